#!/usr/bin/env python3
"""Generator for the blind72 test set (40 excerpts of 项目支出绩效自评报告).

All figures are produced with decimal.Decimal (never float).  Clean documents are
exactly consistent; slip documents carry exactly one planted inconsistency.
Writes t01.txt ... t40.txt and expect.tsv next to this script.
Deterministic: fixed SEED.
"""
import os
import random
from decimal import Decimal as D, ROUND_HALF_UP

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 7272


# ---------------------------------------------------------------- numbers
def q(x, p=2):
    return D(x).quantize(D(1).scaleb(-p), rounding=ROUND_HALF_UP)


def fm(x, p=2, strip=True):
    s = format(q(x, p), 'f')
    if strip and '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def pct(n, d, p=2, strip=True):
    return fm(D(n) * 100 / D(d), p, strip=strip)


def rdec(r, lo, hi, p=2):
    sc = 10 ** p
    a, b = int(D(str(lo)) * sc), int(D(str(hi)) * sc)
    return D(r.randint(a, b)) / D(sc)


def transpose(r, x, p=2, min_diff=D('0.5'), strip=True, max_rel=D('0.2')):
    """swap two adjacent different digits (a tired clerk's transposition)"""
    s = fm(x, p, strip=strip)
    cands = []
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            t = s[:i] + b + a + s[i + 2:]
            if t[0] == '0' and len(t) > 1 and t[1] != '.':
                continue
            if min_diff <= abs(D(t) - D(s)) <= max_rel * D(s):
                cands.append(t)
    if not cands:  # no usable transposition: a one-digit slip instead
        base = D(s)
        unit = D(1).scaleb(-p) if '.' in s else D(1)
        for k in range(0, 8):
            for sg in (1, -1):
                v = base + sg * unit * (10 ** k)
                if v > 0 and min_diff <= abs(v - base) <= max_rel * base:
                    cands.append(fm(v, p, strip=strip))
    assert cands, (x, s)
    return r.choice(cands)


def split_levels(ctx, T, keys, ranges):
    parts, rem = [], T
    for k, (lo, hi) in zip(keys[:-1], ranges):
        a = q(T * D(ctx.r.randint(lo, hi)) / 1000)
        parts.append((k, a))
        rem -= a
    parts.append((keys[-1], rem))
    assert all(a > 0 for _, a in parts)
    return parts


def split_n(r, total, n, p=2, lo=60, hi=140):
    ws = r.sample(range(lo, hi + 1), n)
    sw = sum(ws)
    parts = [q(total * w / sw, p) for w in ws[:-1]]
    parts.append(total - sum(parts))
    assert parts[-1] > 0
    return parts


def split_int(r, total, n, lo=60, hi=140):
    ws = r.sample(range(lo, hi + 1), n)
    sw = sum(ws)
    parts = [total * w // sw for w in ws[:-1]]
    parts.append(total - sum(parts))
    assert parts[-1] > 0
    return parts


def join_and(items, sep='、'):
    if len(items) == 1:
        return items[0]
    return sep.join(items[:-1]) + '和' + items[-1]


CN = {1: '一', 2: '两', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十',
      11: '十一', 12: '十二'}

# ---------------------------------------------------------------- places
PL = {
    '静宁县': ('甘肃', '甘', '平凉市'), '会宁县': ('甘肃', '甘', '白银市'), '临泽县': ('甘肃', '甘', '张掖市'),
    '山丹县': ('甘肃', '甘', '张掖市'), '安化县': ('湖南', '湘', '益阳市'), '桃江县': ('湖南', '湘', '益阳市'),
    '新化县': ('湖南', '湘', '娄底市'), '新田县': ('湖南', '湘', '永州市'), '仁化县': ('广东', '粤', '韶关市'),
    '紫金县': ('广东', '粤', '河源市'), '滦平县': ('河北', '冀', '承德市'), '阜平县': ('河北', '冀', '保定市'),
    '光山县': ('河南', '豫', '信阳市'), '兰考县': ('河南', '豫', '开封市'), '汝阳县': ('河南', '豫', '洛阳市'),
    '苍溪县': ('四川', '川', '广元市'), '仪陇县': ('四川', '川', '南充市'), '宣汉县': ('四川', '川', '达州市'),
    '湄潭县': ('贵州', '黔', '遵义市'), '正安县': ('贵州', '黔', '遵义市'), '兴国县': ('江西', '赣', '赣州市'),
    '遂川县': ('江西', '赣', '吉安市'), '金寨县': ('安徽', '皖', '六安市'), '岳西县': ('安徽', '皖', '安庆市'),
    '沂水县': ('山东', '鲁', '临沂市'), '临朐县': ('山东', '鲁', '潍坊市'), '田东县': ('广西', '桂', '百色市'),
    '三江侗族自治县': ('广西', '桂', '柳州市'), '融水苗族自治县': ('广西', '桂', '柳州市'),
    '会泽县': ('云南', '云', '曲靖市'), '镇雄县': ('云南', '云', '昭通市'), '岢岚县': ('山西', '晋', '忻州市'),
    '紫阳县': ('陕西', '陕', '安康市'), '洛南县': ('陕西', '陕', '商洛市'), '郧西县': ('湖北', '鄂', '十堰市'),
    '淳安县': ('浙江', '浙', '杭州市'), '开化县': ('浙江', '浙', '衢州市'), '长汀县': ('福建', '闽', '龙岩市'),
    '宁化县': ('福建', '闽', '三明市'), '汪清县': ('吉林', '吉', '延边朝鲜族自治州'),
}

TOWN_ROOTS = ['城关', '龙泉', '石桥', '白沙', '新华', '柳林', '青山', '东岳', '黄坡', '大坪', '三河', '马鞍',
              '清溪', '双龙', '高桥', '太平', '永安', '长岭', '梅花', '金山', '桃源', '红星', '河口', '杨柳',
              '古城', '新集', '平安', '西河', '南阳', '兴隆', '官庄', '石门', '花园', '土桥', '板桥', '岔河']

LV = {
    'zy': ['中央资金', '中央财政补助资金', '中央补助资金', '中央转移支付资金', '中央财政资金'],
    'sj': ['省级资金', '省级财政补助资金', '省级补助资金', '省级配套资金', '省级财政资金'],
    'shi': ['市级资金', '市级财政补助资金', '市级补助资金', '市级配套资金', '市级财政资金'],
    'xj': ['县级资金', '县级财政配套资金', '县本级配套资金', '县级配套资金', '县本级财政资金'],
}

H1 = ['一、项目概况', '一、项目基本情况', '一、基本情况', '一、项目概况及资金安排', '一、项目总体情况']
H2 = ['二、项目资金使用及管理情况', '二、资金到位及使用情况', '二、预算执行情况', '二、资金管理情况', '二、项目资金使用情况']
H3 = ['三、绩效目标完成情况', '三、项目绩效目标实现情况', '三、产出及效益情况', '三、绩效指标完成情况分析', '三、项目绩效情况']
H4 = ['四、自评结论', '四、绩效自评结论', '四、综合评价结论', '四、评价结论', '四、自评得分及等级']
PROBLEMS = ['部分乡镇资金拨付进度偏慢，绩效目标设置不够细化。',
            '项目前期工作不够充分，个别子项目开工时间滞后于计划。',
            '绩效监控工作有待加强，基层业务人员对预算绩效管理认识不足。',
            '资金使用进度与项目实施进度衔接不够紧密，年底集中支付现象仍然存在。',
            '部分指标设置偏重数量，质量和效益指标有待进一步细化量化。']
ZERO0 = ['项目实施过程中未收到群众投诉举报，投诉处理办结率100%。',
         '年度内各级审计及财政监督检查未发现问题，问题整改完成率100%。',
         '全年未发生安全生产事故，需整改安全隐患0处，隐患整改率100%。',
         '本年度巡察、审计反馈问题0个，问题整改到位率100%。',
         '项目资金未发生被截留、挤占、挪用情况，违规资金追回率100%（本年度无违规资金）。']
ZERO0_DESC = ['投诉0件 办结率100%', '审计未发现问题 整改率100%', '隐患0处 整改率100%', '反馈问题0个 整改率100%',
              '无违规资金 追回率100%']


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, idx, plan):
        self.idx = idx
        self.plan = plan
        self.r = random.Random(SEED * 1000 + idx)
        self.Y = plan['year']
        self.county = plan['county']
        self.prov, self.abbr, self.city = PL[self.county]
        self.slip = plan.get('slip')
        self.where = plan.get('where')
        self.want = set(plan.get('traps', ()))
        self.slip_desc = None
        self.trap_desc = []
        self.lvs = self.r.randrange(5)
        self.hs = [self.r.randrange(5) for _ in range(4)]
        self.gstyle = self.r.randrange(2)
        self.code = '社'
        self.ps = ''

    def pick(self, xs):
        return self.r.choice(xs)

    def at(self, fam, where):
        return self.slip == fam and self.where == where and self.slip_desc is None

    def mark(self, desc):
        assert self.slip_desc is None
        self.slip_desc = desc

    def has(self, t):
        return t in self.want

    def used(self, t, desc):
        self.trap_desc.append(f'{t}({desc})')

    def wen(self, back=0):
        return f'{self.abbr}财{self.code}〔{self.Y - back}〕{self.r.randint(8, 260)}号'

    def wen_title(self):
        return f'《关于下达{self.Y}年{self.ps}资金的通知》（{self.wen(1)}）'

    def towns(self, n):
        roots = self.r.sample(TOWN_ROOTS, n)
        out = []
        for i, t in enumerate(roots):
            suf = '镇' if (i == 0 or self.r.random() < 0.6) else '乡'
            out.append(t + suf)
        return out


# ---------------------------------------------------------------- shared sentence kinds
def lv_label(ctx, k):
    return LV[k][ctx.lvs]


def levels_sentence(ctx, T, parts, v=None, S=None, round1=False):
    """exhaustive breakdown of T by government level; may host sum.breakdown@levels"""
    r, Y = ctx.r, ctx.Y
    disp = [fm(a) for _, a in parts]
    slip = ctx.at('sum.breakdown', 'levels')
    if slip:
        i = r.randrange(len(parts))
        t = transpose(r, parts[i][1], min_diff=D('1'))
        ctx.mark(f'资金来源分级列表中{lv_label(ctx, parts[i][0])}写作{t}万元，应为{disp[i]}万元；'
                 f'各级相加{fm(T - parts[i][1] + D(t))}万元≠合计{fm(T)}万元')
        disp[i] = t
    items = [f'{lv_label(ctx, k)}{disp[i]}万元' for i, (k, _) in enumerate(parts)]
    if v is None:
        v = r.choice([2, 3, 4, 5] if slip else [0, 1, 2, 3, 4, 5])
    T_ = fm(T)
    if round1:
        assert q(T, 1) != T and v in (0, 3)
        T_ = fm(T, 1, strip=False)
        ctx.used('round1', f'合计按一位小数写作{T_}万元，分项（两位小数）之和为{fm(T)}万元')
    src = r.choice(['上级财政', '省财政厅', f'{ctx.city}财政局', '中央和省级财政', '各级财政'])
    ps = ctx.ps
    if v == 0:
        return f'{Y}年，{src}共下达{ctx.county}{ps}资金{T_}万元，其中{"、".join(items)}。'
    if v == 1:
        return f'该项目资金总额{T_}万元（{"、".join(items)}），资金已全部到位。'
    if v == 2:
        return f'项目资金来源：{"，".join(items)}，合计{T_}万元。'
    if v == 3:
        return f'根据{ctx.wen_title()}等文件，{Y}年度共到位{ps}资金{T_}万元，分别为{join_and(items)}。'
    if v == 4:
        return f'{Y}年{ps}预算{T_}万元，由{CN[len(parts)]}级财政共同承担，具体为：{"；".join(items)}。'
    if v == 5:
        return f'全年共安排{ps}资金{T_}万元。其中：{"，".join(items)}。'
    if v == 'trail':
        rate = pct(S, T)
        ctx.used('trail', f'分级列表后接支出{fm(S)}万元和执行率{rate}%，列表本身{"+".join(disp)}={T_}')
        return (f'{Y}年共下达{ps}资金{T_}万元，其中{"、".join(items)}，截至{Y}年12月31日已支出{fm(S)}万元，'
                f'预算执行率{rate}%。')
    raise ValueError(v)


def levels_partial(ctx, T, parts, v=None):
    """non-exhaustive 其中 about the level breakdown (trap 'partial')"""
    r, Y, ps = ctx.r, ctx.Y, ctx.ps
    T_ = fm(T)
    if v is None:
        v = r.randrange(4)
    k0, a0 = parts[0]
    if v == 0:
        ctx.used('partial', f'其中只列{lv_label(ctx, k0)}{fm(a0)}万元（总额{T_}万元）')
        return f'{Y}年共下达{ps}资金{T_}万元，其中{lv_label(ctx, k0)}{fm(a0)}万元。'
    if v == 1:
        k1, a1 = parts[1]
        ctx.used('partial', f'其中…等：{fm(a0)}+{fm(a1)}<{T_}（带“等”）')
        return (f'{Y}年，{ctx.city}财政局转下达{ps}资金{T_}万元，其中包括{lv_label(ctx, k0)}{fm(a0)}万元、'
                f'{lv_label(ctx, k1)}{fm(a1)}万元等。')
    if v == 2:
        kl, al = parts[-1]
        ctx.used('partial', f'其中只列{lv_label(ctx, kl)}{fm(al)}万元（总额{T_}万元），其余为上级补助')
        return f'项目资金{T_}万元，其中{lv_label(ctx, kl)}{fm(al)}万元已纳入年初预算，其余为上级补助资金。'
    if v == 3:
        up = sum(a for k, a in parts if k in ('zy', 'sj'))
        ctx.used('partial', f'其中中央和省级补助合计{fm(up)}万元（总额{T_}万元）')
        return f'全年到位{ps}资金{T_}万元，其中中央和省级补助资金{fm(up)}万元。'
    raise ValueError(v)


def batches_sentence(ctx, T, bp, v=None, S=None):
    r, Y, ps = ctx.r, ctx.Y, ctx.ps
    disp = [fm(a) for a in bp]
    slip = ctx.at('sum.breakdown', 'batches')
    if slip:
        i = r.randrange(len(bp))
        t = transpose(r, bp[i], min_diff=D('1'))
        ctx.mark(f'分批下达列表中第{CN[i + 1]}批写作{t}万元，应为{disp[i]}万元；各批相加'
                 f'{fm(T - bp[i] + D(t))}万元≠总计{fm(T)}万元')
        disp[i] = t
    n = len(bp)
    T_ = fm(T)
    if v is None:
        v = r.choice([0, 3, 4] if n == 2 else [2, 5])
    m1, m2 = r.randint(1, 4), r.randint(6, 10)
    if v == 0:
        return (f'{ps}资金分两批下达：第一批{disp[0]}万元（{ctx.wen(1)}），第二批{disp[1]}万元（{ctx.wen()}），'
                f'共计{T_}万元。')
    if v == 1:
        ctx.used('batch2', f'总额{T_}先后两次出现，第一批{disp[0]}+第二批{disp[1]}={T_}')
        return f'{Y}年共下达{ps}资金{T_}万元，其中第一批{disp[0]}万元、第二批{disp[1]}万元，合计{T_}万元。'
    if v == 2:
        return f'{Y}年{ps}资金分{CN[n]}批次下达，分别为{"万元、".join(disp)}万元，总计{T_}万元。'
    if v == 3:
        return f'上级提前下达{ps}资金{disp[0]}万元，{m2}月追加下达{disp[1]}万元，全年到位资金{T_}万元。'
    if v == 4:
        return f'第一批资金{disp[0]}万元于{m1}月到位，第二批资金{disp[1]}万元于{m2}月到位，两批共计{T_}万元。'
    if v == 5:
        return f'{Y}年累计收到上级{ps}资金{T_}万元，具体为：提前批{disp[0]}万元；第二批{disp[1]}万元；清算资金{disp[2]}万元。'
    if v == 'trail':
        rate = pct(S, T)
        ctx.used('trail', f'批次列表后接拨付{fm(S)}万元和拨付率{rate}%，{"+".join(disp)}={T_}')
        return (f'{Y}年共下达{ps}资金{T_}万元，其中提前下达{disp[0]}万元、第二批{disp[1]}万元，截至年底已拨付'
                f'{fm(S)}万元，拨付率{rate}%。')
    raise ValueError(v)


def wrong_balance(r, B):
    opts = [transpose(r, B, min_diff=D('0.5'))] if len(fm(B).replace('.', '')) > 1 else []
    opts += [fm(B + 1), fm(B + 10)]
    if B > 1:
        opts.append(fm(B - 1))
    if B > 10:
        opts.append(fm(B - 10))
    opts = [o for o in opts if o is not None and D(o) > 0 and D(o) != B]
    return r.choice(opts)


def spend_lines(ctx, T, S, mode=None, T0=None, P=None):
    r, Y = ctx.r, ctx.Y
    B = T - S
    rate = pct(S, T)
    rs = rate
    here = False
    if ctx.at('rate.ratio', 'exec'):
        here = True
        rs = transpose(r, D(rate), 2, D('0.5'))
        ctx.mark(f'预算执行率写作{rs}%，按支出{fm(S)}万元÷预算{fm(T)}万元应为{rate}%')
    Bs, Bu = fm(B), '万元'
    if ctx.at('balance.carryover', 'spend'):
        here = True
        Bs = wrong_balance(r, B)
        ctx.mark(f'结余/结转写作{Bs}万元，应为{fm(T)}−{fm(S)}={fm(B)}万元')
    elif ctx.at('unit.magnitude', 'balance'):
        here = True
        Bu = '元'
        ctx.mark(f'结转资金写作{Bs}元，按{fm(T)}−{fm(S)}应为{Bs}万元（单位误作“元”）')
    disp = r.choice(['已按规定结转下年继续使用', f'已全部结转至{Y + 1}年使用', '已按程序上缴县财政',
                     f'将用于{Y + 1}年支付项目尾款', '已由县财政收回统筹使用'])
    T_, S_ = fm(T), fm(S)
    if mode is None:
        if B == 0:
            mode = r.choice(['z0', 'z1', 'z2', 'z3', 'z4'])
        elif here:
            mode = r.choice(['e2', 'e4', 'e6'])
        else:
            mode = r.choice(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6'])
    M = r.randint(6, 10)
    L = []
    if mode == 'z0':
        L.append(f'截至{Y}年12月31日，项目资金{T_}万元已全部支出，预算执行率{rs}%，无结转结余。')
    elif mode == 'z1':
        L.append(f'全年实际支出{S_}万元，执行率{rs}%，资金无结余。')
    elif mode == 'z2':
        L.append(f'该项目预算数{T_}万元，全年执行数{S_}万元，预算执行率{rs}%。')
    elif mode == 'z3':
        L.append(f'资金到位后，我局严格按照资金管理办法及时拨付，全年实际支出{S_}万元，支出进度{rs}%。')
    elif mode == 'z4':
        L.append(f'项目资金已按规定全部拨付到位，实际支出{S_}万元，执行率{rs}%，无结转结余资金。')
    elif mode == 'e0':
        L.append(f'截至{Y}年12月31日，项目实际支出{S_}万元，预算执行率{rs}%，结余资金{Bs}{Bu}，{disp}。')
    elif mode == 'e1':
        L.append(f'全年累计支付资金{S_}万元，执行率为{rs}%；结余资金{Bs}{Bu}，{disp}。')
    elif mode == 'e2':
        L.append(f'该项目预算数{T_}万元，全年执行数{S_}万元，预算执行率{rs}%，年末结转资金{Bs}{Bu}，{disp}。')
    elif mode == 'e3':
        L.append(f'资金到位后，我局严格按照资金管理办法及时拨付，全年实际支出{S_}万元，支出进度{rs}%。')
        L.append(f'年末结余资金{Bs}{Bu}，{disp}。')
    elif mode == 'e4':
        L.append(f'年度预算{T_}万元，实际支出{S_}万元，未支出{Bs}{Bu}，执行率{rs}%；未支出资金已结转至{Y + 1}年继续使用。')
    elif mode == 'e5':
        L.append(f'截至年底，已拨付资金{S_}万元，占下达资金总额的{rs}%，结转资金{Bs}{Bu}，{disp}。')
    elif mode == 'e6':
        L.append(f'{Y}年可用资金{T_}万元，其中实际支出{S_}万元、结余{Bs}{Bu}，预算执行率{rs}%。')
    elif mode == 'adj0':
        ctx.used('adjbud', f'年初预算{fm(T0)}，调整后{T_}，执行率{rs}%按调整后预算')
        L.append(f'该项目年初预算{fm(T0)}万元，年中根据上级追加资金调整为{T_}万元；全年实际支出{S_}万元，'
                 f'按调整后预算计算的执行率为{rs}%，结余{Bs}{Bu}，{disp}。')
    elif mode == 'adj1':
        ctx.used('adjbud', f'年初预算{fm(T0)}，调整后{T_}，执行率{rs}%按调整后预算')
        L.append(f'调整后预算数{T_}万元（年初预算{fm(T0)}万元），全年支出{S_}万元，预算执行率{rs}%，结余{Bs}{Bu}。')
    elif mode == 'adj2':
        ctx.used('adjbud', f'年初{fm(T0)}+追加{fm(T - T0)}={T_}，执行率{rs}%按全年预算')
        L.append(f'年初预算安排{fm(T0)}万元，{M}月追加{fm(T - T0)}万元后全年预算为{T_}万元，实际支出{S_}万元，执行率{rs}%。')
    elif mode == 'dw0':
        ctx.used('daowei', f'到位率{pct(T, P)}%以计划{fm(P)}为分母，支付率{rs}%以到位{T_}为分母')
        L.append(f'项目计划总投资{fm(P)}万元，截至{Y}年底累计到位资金{T_}万元，资金到位率{pct(T, P)}%；'
                 f'已完成支付{S_}万元，支付率{rs}%（按到位资金计算）。')
    elif mode == 'dw1':
        ctx.used('daowei', f'到位率{pct(T, P)}%以计划{fm(P)}为分母，支出占到位资金{rs}%')
        L.append(f'计划投资{fm(P)}万元，实际到位{T_}万元（到位率{pct(T, P)}%），其中已支出{S_}万元，占到位资金的{rs}%，'
                 f'结转{Bs}{Bu}。')
    else:
        raise ValueError(mode)
    return L


GR = [('优', '良', '中', '差'), ('优秀', '良好', '中等', '差')]


def grade_idx(s):
    return 0 if s >= 90 else 1 if s >= 80 else 2 if s >= 60 else 3


SUBW = [[('项目决策', 20), ('项目过程', 20), ('项目产出', 40), ('项目效益', 20)],
        [('资金管理', 20), ('产出指标', 50), ('效益指标', 30)],
        [('预算执行率', 10), ('产出指标', 50), ('效益指标', 30), ('满意度指标', 10)]]


def bare(proj, Y):
    for pre in (f'{Y}年度', f'{Y}年'):
        if proj.startswith(pre):
            return proj[len(pre):]
    return proj


def conclusion(ctx, bureau, proj, v=None):
    r, Y = ctx.r, ctx.Y
    proj = bare(proj, Y)
    g = GR[ctx.gstyle]
    if ctx.slip == 'grade.band':
        s = r.choice([D('89.5'), D('89'), D('88.5'), D('79.5'), D('79')])
        gi = grade_idx(s) - 1
        ctx.mark(f'自评得分{fm(s, 1)}分却评定为“{g[gi]}”，按90/80/60分档应为“{g[grade_idx(s)]}”')
    else:
        s = D(r.randint(82, 98)) + (D('0.5') if r.random() < 0.35 else 0)
        if ctx.plan.get('score'):
            s = D(ctx.plan['score'])
        gi = grade_idx(s)
    s_ = fm(s, 1)
    if v is None:
        v = r.choice(['sub0', 'sub1']) if ctx.has('subscore') else r.randrange(5)
    if v == 0:
        return [f'经自评，该项目综合得分{s_}分，评价等级为“{g[gi]}”。']
    if v == 1:
        return [f'按照项目支出绩效评价指标体系逐项打分，{proj}自评得分{s_}分，绩效等级为{g[gi]}。']
    if v == 2:
        return [f'综上，{Y}年度{proj}绩效自评得分{s_}分，自评结果为“{g[gi]}”。']
    if v == 3:
        return [f'本次自评满分100分，{ctx.county}{bureau}自评得分{s_}分，绩效评价等级评定为{g[gi]}。']
    if v == 4:
        return [f'根据评分标准（90分及以上为{g[0]}，80（含）—90分为{g[1]}，60（含）—80分为{g[2]}，60分以下为{g[3]}），'
                f'本项目自评得分{s_}分，等级为{g[gi]}。']
    # sub-scores that add up to the total
    w = SUBW[r.randrange(3)]
    deficit = D(100) - s
    while True:
        cuts = [D(r.randint(0, int(deficit * 2))) / 2 for _ in w[:-1]]
        last = deficit - sum(cuts)
        if last >= 0 and all(c <= wt for c, (_, wt) in zip(cuts + [last], w)):
            break
    comps = [(nm, D(wt) - c) for (nm, wt), c in zip(w, cuts + [last])]
    assert sum(c for _, c in comps) == s
    ctx.used('subscore', '+'.join(fm(c, 1) for _, c in comps) + f'={s_}')
    if v == 'sub0':
        items = '、'.join(f'{nm}{fm(c, 1)}分' for nm, c in comps)
        return [f'经自评，{items}，合计{s_}分，自评等级为{g[gi]}。']
    items = '，'.join(f'{nm}{fm(c, 1)}分' for nm, c in comps)
    return [f'各项指标得分为：{items}，总得分{s_}分，评定为“{g[gi]}”。']


def table(ctx, rows, sep=None):
    sep = sep or ctx.pick([' | ', '\t'])
    return [sep.join(x) for x in rows]


# ---------------------------------------------------------------- sectors
PH_STD = {2019: 69, 2020: 74, 2021: 79, 2022: 84, 2023: 89, 2024: 94, 2025: 99}


def sec_health(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '基本公共卫生服务补助'
    proj = ctx.pick(['基本公共卫生服务项目', '基本公共卫生服务补助资金项目'])
    bureau = '卫生健康局'
    std = PH_STD[Y]
    P = r.randint(1500, 6500) * 100
    T = D(P) * std / 10000
    parts = split_levels(ctx, T, ['zy', 'sj', 'shi', 'xj'], [(560, 640), (150, 200), (40, 80)])
    nhc, nvc = r.randint(12, 26), r.randint(150, 420)
    s1 = [ctx.pick([
        '基本公共卫生服务项目是促进基本公共卫生服务逐步均等化的重要内容，主要包括居民健康档案管理、健康教育、'
        '预防接种、0—6岁儿童健康管理、老年人健康管理、慢性病患者健康管理等服务。',
        f'为落实国家基本公共卫生服务项目，{Y}年我县继续为城乡居民免费提供居民健康档案管理、预防接种、老年人健康管理等基本公共卫生服务。',
        f'{Y}年，{c}{bureau}按照国家基本公共卫生服务规范要求，组织全县{nhc}家乡镇卫生院（社区卫生服务中心）和{nvc}个村卫生室实施项目。'])]
    s1.append(f'{Y}年人均基本公共卫生服务经费补助标准为{std}元，按全县常住人口{P}人测算，全年应安排补助资金{fm(T)}万元。')
    ctx.used('std', f'{P}人×{std}元={fm(T)}万元')
    if ctx.has('partial_lv'):
        s1.append(levels_partial(ctx, T, parts, 0))
    else:
        s1.append(levels_sentence(ctx, T, parts))
    B = q(T * rdec(r, 0, '0.045', 5)) if r.random() < 0.7 else D(0)
    S = T - B
    s2 = spend_lines(ctx, T, S)
    if ctx.has('partial'):
        v = q(S * rdec(r, '0.42', '0.55', 5))
        s2.append(f'其中拨付村卫生室{fm(v)}万元，占实际支出的{pct(v, S)}%，达到不低于40%的要求。')
        ctx.used('partial', f'其中只列村卫生室{fm(v)}万元，占比{pct(v, S)}%以支出{fm(S)}为分母')
    N = P * r.randint(900, 965) // 1000
    O = P * r.randint(130, 185) // 1000
    M = O * r.randint(620, 780) // 1000
    h1, h2 = P * r.randint(55, 80) // 1000, P * r.randint(18, 30) // 1000
    ro = pct(M, O)
    s3 = [ctx.pick([
        f'全县居民电子健康档案建档{N}人，建档率{pct(N, P)}%。',
        f'截至{Y}年底，累计建立居民电子健康档案{N}份，电子建档率达到{pct(N, P)}%（以常住人口{P}人计）。'])]
    if ctx.has('lastyr'):
        d = rdec(r, '0.6', '3.8', 2)
        p0 = D(ro) - d
        s3.append(f'辖区65岁及以上老年人{O}人，已纳入健康管理{M}人，老年人健康管理率{ro}%，较上年的{fm(p0)}%提高{fm(d)}个百分点。')
        ctx.used('lastyr', f'上年{fm(p0)}%+{fm(d)}={ro}%')
    else:
        s3.append(f'辖区65岁及以上老年人{O}人，已纳入健康管理{M}人，老年人健康管理率{ro}%。')
    s3.append(f'高血压患者规范管理{h1}人、2型糖尿病患者规范管理{h2}人，均按规范开展季度随访和年度健康体检。')
    k = r.randint(120, 380)
    s3.append(ctx.pick([f'全年开展健康教育讲座{k}场次，受益群众{k * r.randint(40, 90)}人次。',
                        f'开展健康教育咨询活动{k}次，发放宣传资料{k * r.randint(100, 300)}份。']))
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_nutrition(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '农村义务教育学生营养改善计划补助'
    ctx.code = '教'
    proj = ctx.pick(['农村义务教育学生营养改善计划', '农村义务教育学生营养改善计划项目'])
    bureau = ctx.pick(['教育局', '教育和体育局'])
    std = 5 if Y >= 2022 else 4
    days = 200
    k1, k2 = r.randint(40, 120), r.randint(8, 25)
    n1, n2 = r.randint(9000, 26000), r.randint(4000, 12000)
    N, k = n1 + n2, k1 + k2
    S = D(N) * std * days / 10000
    B = q(S * rdec(r, '0.004', '0.02', 5)) if ctx.plan.get('bal', True) else D(0)
    T = S + B
    s1 = [ctx.pick([
        f'为改善农村学生营养状况、提高农村学生健康水平，{c}自2012年起实施农村义务教育学生营养改善计划，{Y}年继续在全县农村义务教育学校实施。',
        f'农村义务教育学生营养改善计划是国家为提高农村学生健康水平实施的惠民工程，资金全部由中央财政承担。'])]
    nb = 3 if ctx.plan.get('nb') == 3 else 2
    bp = split_n(r, T, nb)
    if ctx.has('batchtrail'):
        s1.append(batches_sentence(ctx, T, bp, 'trail', S=S))
    elif ctx.has('batch2'):
        s1.append(batches_sentence(ctx, T, bp, 1))
    else:
        s1.append(batches_sentence(ctx, T, bp))
    s2 = spend_lines(ctx, T, S)
    line = (f'全县{k}所农村义务教育学校（其中小学{k1}所、初中{k2}所）全部纳入营养改善计划实施范围，受益学生{N}人，'
            f'其中小学生{n1}人、初中生{n2}人。')
    s3 = [line]
    if ctx.has('table'):
        s3.append('分学段受益情况如下：')
        rows = [['学段', '学校数（所）', '受益学生（人）', '补助资金（万元）'],
                ['小学', str(k1), str(n1), fm(D(n1) * std * days / 10000, 2, False)],
                ['初中', str(k2), str(n2), fm(D(n2) * std * days / 10000, 2, False)],
                ['合计', str(k), str(N), fm(S, 2, False)]]
        s3 += table(ctx, rows)
        ctx.used('table', '分学段表：学校、学生、资金三列均与合计一致，资金=人数×标准×天数')
    s3.append(ctx.pick([f'按照每生每天{std}元、全年{days}天的标准，全年共拨付营养膳食补助资金{fm(S)}万元。',
                        f'补助标准为每生每天{std}元，按在校{days}天计算，{N}名学生全年所需补助资金{fm(S)}万元已足额拨付。']))
    ctx.used('std', f'{N}人×{std}元×{days}天={fm(S)}万元')
    if ctx.has('unitmix'):
        s3.append(f'全年累计发放营养膳食补助{fm(S * 10000, 0)}元，学生实际受益覆盖率100%。')
        ctx.used('unitmix', f'{fm(S * 10000, 0)}元={fm(S)}万元')
    if ctx.has('overlap'):
        x, y, z = N * r.randint(300, 450) // 1000, N * r.randint(250, 380) // 1000, N * r.randint(8, 20) // 1000
        s3.append(f'受益学生中，寄宿制学生{x}人、脱贫家庭学生{y}人、残疾学生{z}人，均实现应补尽补。')
        ctx.used('overlap', f'寄宿/脱贫/残疾为交叉身份，{x}+{y}+{z}与{N}无加总关系')
    if ctx.has('partial'):
        kk = k - r.randint(2, 9)
        s3.append(f'其中食堂供餐学校{kk}所，食堂供餐率{pct(kk, k)}%，其余学校采取企业（单位）供餐模式。')
        ctx.used('partial', f'其中只列食堂供餐{kk}所（共{k}所），供餐率{pct(kk, k)}%')
    s3.append(ctx.pick(['全年开展食品安全专项检查4次，学校食堂量化等级评定均达到B级以上。',
                        '各学校严格落实陪餐制度和食材采购索证索票制度，全年未发生食品安全事故。']))
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_aid(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '学生资助补助'
    ctx.code = '教'
    proj = ctx.pick(['学生资助资金项目', '普通高中国家助学金及中职免学费补助资金', '学生资助补助经费项目'])
    bureau = ctx.pick(['教育局', '教育和体育局'])
    while True:
        s1_, s2_ = r.randint(300, 900), r.randint(500, 1400)
        f1_, f2_ = s1_ + r.randint(-40, 40), s2_ + r.randint(-60, 60)
        if (s1_ + f1_ + s2_ + f2_) % 2 == 0:
            break
    A1, A2 = s1_ + f1_, s2_ + f2_
    Ay = 1250 * A1 + 750 * A2
    GX = D(Ay) / 10000
    m, g = r.randint(600, 2400), r.randint(200, 900)
    ZM, ZG = D(m) * 2000 / 10000, D(g) * 2000 / 10000
    S = GX + ZM + ZG
    B = q(S * rdec(r, '0.01', '0.05', 5))
    T = S + B
    parts = split_levels(ctx, T, ['zy', 'sj', 'xj'], [(600, 720), (120, 200)])
    s1 = [ctx.pick([
        f'为保障家庭经济困难学生顺利完成学业，{Y}年{c}全面落实普通高中国家助学金、中职学校免学费和中职国家助学金等资助政策。',
        f'学生资助资金主要用于普通高中国家助学金、中等职业教育免学费补助和中职国家助学金发放，确保“不让一个学生因家庭经济困难而失学”。'])]
    T0 = None
    if ctx.has('adjbud'):
        T0 = q(T * rdec(r, '0.82', '0.93', 5))
    if ctx.has('trail'):
        s1.append(levels_sentence(ctx, T, parts, 'trail', S=S))
    else:
        s1.append(levels_sentence(ctx, T, parts))
    s2 = spend_lines(ctx, T, S, mode=r.choice(['adj0', 'adj1', 'adj2']) if T0 else None, T0=T0)
    s3 = []
    s3.append(f'普通高中国家助学金分两档，其中一档每生每学期1250元、二档每生每学期750元。')
    s3.append(ctx.pick([
        f'{Y}年春季学期资助普通高中家庭经济困难学生{s1_ + s2_}人，秋季学期资助{f1_ + f2_}人，全年共资助{A1 + A2}人次，'
        f'其中一档{A1}人次、二档{A2}人次，发放国家助学金{fm(GX)}万元。',
        f'全年资助普通高中学生{A1 + A2}人次（春季学期{s1_ + s2_}人、秋季学期{f1_ + f2_}人），按一档{A1}人次、二档{A2}人次'
        f'核发国家助学金{fm(GX)}万元。']))
    ctx.used('std', f'一档{A1}×1250+二档{A2}×750={Ay}元={fm(GX)}万元')
    ctx.used('renci', f'春{s1_ + s2_}人+秋{f1_ + f2_}人={A1 + A2}人次')
    s3.append(f'落实中职学校免学费政策{m}人，按每生每年2000元标准补助{fm(ZM)}万元；发放中职国家助学金{g}人、{fm(ZG)}万元。')
    if ctx.has('unitmix'):
        s3.append(f'上述普通高中国家助学金{Ay}元已全部通过资助卡发放到学生本人。')
        ctx.used('unitmix', f'{Ay}元={fm(GX)}万元')
    if ctx.has('overlap'):
        x, y = (A1 + A2) * r.randint(540, 650) // 1000, (A1 + A2) * r.randint(420, 520) // 1000
        s3.append(f'受资助学生中，脱贫家庭学生{x}人次、低保家庭学生{y}人次（部分学生同时具有两类身份）。')
        ctx.used('overlap', f'脱贫{x}+低保{y}>{A1 + A2}人次，身份交叉')
    if ctx.at('fact.conflict', 'count'):
        m2 = int(transpose(r, D(m), 0, D('9')))
        s3.append(f'资助政策宣传覆盖全县所有中学和中职学校，中职免学费学生{m2}人应免尽免，资助对象认定准确率100%。')
        ctx.mark(f'中职免学费学生前文为{m}人（且{m}×2000元={fm(ZM)}万元），后文写作{m2}人')
    else:
        s3.append('资助政策宣传覆盖全县所有中学和中职学校，资助对象认定准确率100%。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_farmland(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '耕地地力保护补贴'
    ctx.code = '农'
    proj = ctx.pick(['耕地地力保护补贴项目', '耕地地力保护补贴资金'])
    bureau = '农业农村局'
    rate = rdec(r, 88, 128, 2)
    h = r.randint(30000, 98000)
    towns = None
    if ctx.has('towns'):
        nt = r.randint(7, 10)
        names = ctx.towns(nt)
        while True:
            A = rdec(r, 180000, 620000, 2)
            ar = split_n(r, A, nt - 1) + [D(0)]
            if len(set(ar)) < nt:
                continue
            yy = q(A * rate, 2)
            S = q(yy / 10000)
            am = [q(a * rate / 10000) for a in ar]
            if sum(am) != S:
                break
        names[-1] = ctx.pick(['城东街道', '城西街道', '城南街道'])
        towns = list(zip(names, ar, am))
    else:
        A = rdec(r, 180000, 620000, 2)
        yy = q(A * rate, 2)
        S = q(yy / 10000)
    B = q(S * rdec(r, '0.002', '0.015', 5))
    T = S + B
    s1 = [ctx.pick([
        f'耕地地力保护补贴是中央财政实施的强农惠农政策，补贴对象为拥有耕地承包权的种地农民，{Y}年{c}继续按照“依法依规、公开透明”的原则组织实施。',
        f'为鼓励农民保护耕地地力、促进粮食生产，{c}{bureau}{Y}年对全县拥有耕地承包权的农户发放耕地地力保护补贴。'])]
    if ctx.has('batch2'):
        s1.append(batches_sentence(ctx, T, split_n(r, T, 2), 1))
    else:
        s1.append(ctx.pick([
            f'{Y}年上级下达我县{ctx.ps}资金{fm(T)}万元（{ctx.wen(1)}），全部为中央财政资金。',
            f'{ctx.city}财政局转下达{Y}年中央财政{ctx.ps}资金{fm(T)}万元，资金于{r.randint(3, 5)}月全部到位。']))
    s2 = spend_lines(ctx, T, S)
    s3 = [f'{Y}年全县核实耕地地力保护补贴面积{fm(A)}亩，涉及农户{h}户，补贴标准为每亩{fm(rate)}元，全年发放补贴资金{fm(S)}万元。']
    ctx.used('std', f'{fm(A)}亩×{fm(rate)}元={fm(yy)}元≈{fm(S)}万元')
    if ctx.has('unitmix'):
        s3.append(f'补贴资金通过惠农“一卡通”直接发放到户，共计{fm(yy, 2, strip=False)}元，兑付率100%。')
        ctx.used('unitmix', f'{fm(yy, 2, False)}元≈{fm(S)}万元（四舍五入）')
    if ctx.has('lastyr'):
        dA = rdec(r, 300, 2600, 2)
        s3.append(f'补贴面积较上年的{fm(A + dA)}亩减少{fm(dA)}亩，主要是部分耕地被依法征收和用于非农建设。')
        ctx.used('lastyr', f'{fm(A + dA)}−{fm(dA)}={fm(A)}')
    if ctx.has('partial'):
        xh = r.randint(150, 900)
        ya = q(A * rdec(r, '0.06', '0.14', 5))
        s3.append(f'其中种粮大户、家庭农场等新型经营主体{xh}户，补贴面积{fm(ya)}亩。')
        ctx.used('partial', f'其中只列新型经营主体{xh}户/{fm(ya)}亩（总{h}户/{fm(A)}亩）')
    tbl = []
    if towns:
        s3.append('各乡镇（街道）补贴面积及资金见下表：')
        rows = [['乡镇（街道）', '补贴面积（亩）', '补贴资金（万元）']]
        for nm, a, m in towns:
            rows.append([nm, fm(a, 2, False), fm(m, 2, False)])
        rows.append(['合计', fm(A, 2, False), fm(S, 2, False)])
        tbl = table(ctx, rows)
        s3 += tbl
        s3.append('注：各乡镇补贴资金按四舍五入保留两位小数，合计数按总面积计算。')
        ctx.used('round', f'表中乡镇资金之和{fm(sum(t[2] for t in towns))}≠合计{fm(S)}（逐项四舍五入）')
        ctx.used('town0', f'{towns[-1][0]}面积0亩、资金0万元')
    n, mm = r.randint(200, 500), 0
    mm = n - r.randint(2, 15)
    kk = mm - r.randint(3, 20)
    s3.append(f'发放满意度调查问卷{n}份，回收有效问卷{mm}份，其中表示满意{kk}份，满意度{pct(kk, mm)}%。')
    ctx.used('denom', f'满意度{pct(kk, mm)}%以有效问卷{mm}为分母（非发放{n}份）')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_hsfarm(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '高标准农田建设'
    ctx.code = '农'
    proj = f'{Y}年度高标准农田建设项目'
    bureau = '农业农村局'
    X = r.randint(12, 50) * 1000
    std = 1500 if Y <= 2021 else 2000
    T = D(X) * std / 10000 + rdec(r, 20, 180, 2)
    parts = split_levels(ctx, T, ['zy', 'sj', 'shi', 'xj'], [(560, 640), (200, 260), (30, 60)])
    sp = [q(a * rdec(r, '0.86', '0.99', 5)) for _, a in parts]
    S = sum(sp)
    B = T - S
    plan = X - r.randint(1, 4) * 1000 if ctx.has('over100') else X
    s1 = [f'{Y}年{c}高标准农田建设任务{plan}亩，按亩均财政投入不低于{std}元的标准安排资金，项目涉及{r.randint(3, 7)}个乡镇。']
    P = None
    if ctx.has('trail'):
        s1.append(levels_sentence(ctx, T, parts, 'trail', S=S))
    else:
        s1.append(levels_sentence(ctx, T, parts))
    s2 = []
    if ctx.has('table'):
        s2.append('资金来源及支出情况如下：')
        rows = [['资金来源', '预算数（万元）', '支出数（万元）', '执行率']]
        for (k, a), s in zip(parts, sp):
            rows.append([lv_label(ctx, k), fm(a, 2, False), fm(s, 2, False), pct(s, a, 2, False) + '%'])
        rows.append(['合计', fm(T, 2, False), fm(S, 2, False), pct(S, T, 2, False) + '%'])
        s2 += table(ctx, rows)
        ctx.used('table', '资金来源表各行执行率及合计一致')
    if ctx.at('balance.carryover', 'prose'):
        Bs = wrong_balance(r, B)
        ctx.mark(f'结转写作{Bs}万元，应为{fm(T)}−{fm(S)}={fm(B)}万元')
        s2.append(f'全年下达资金{fm(T)}万元，实际支出{fm(S)}万元，结转{Bs}万元，结转资金主要为工程质保金和审计后结算尾款。')
    elif ctx.has('daowei'):
        P = q(T * rdec(r, '1.04', '1.15', 5))
        s2 += spend_lines(ctx, T, S, mode=ctx.pick(['dw0', 'dw1']), P=P)
    else:
        s2 += spend_lines(ctx, T, S)
    y = X * r.randint(15, 40) // 100
    s3 = []
    if ctx.has('over100'):
        s3.append(f'年度计划建设任务{plan}亩，实际建成高标准农田{X}亩，完成率{pct(X, plan)}%，其中高效节水灌溉{y}亩。')
        ctx.used('over100', f'{X}/{plan}={pct(X, plan)}%')
    else:
        s3.append(f'{Y}年度建成高标准农田{X}亩，其中高效节水灌溉{y}亩，项目区涉及{r.randint(18, 60)}个行政村。')
    ctx.used('partial', f'其中高效节水灌溉{y}亩为{X}亩的子集')
    s3.append(f'新建和改造灌排渠道{rdec(r, 20, 90, 2)}公里、田间道路{rdec(r, 15, 60, 2)}公里，新建小型泵站{r.randint(4, 30)}座、'
              f'蓄水池{r.randint(10, 60)}口。')
    if ctx.has('cumul'):
        cum = rdec(r, 12, 45, 2)
        s3.append(f'截至{Y}年底，全县累计建成高标准农田{fm(cum)}万亩（含本年度{fm(D(X) / 10000)}万亩），'
                  f'项目区粮食亩均增产{r.randint(40, 110)}公斤。')
        ctx.used('cumul', f'累计{fm(cum)}万亩≠当年{X}亩；{X}亩={fm(D(X) / 10000)}万亩')
    s3.append(f'项目竣工验收合格率100%，受益群众满意度{rdec(r, 92, 98, 1)}%。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


RIVERS = ['白沙河', '清水河', '龙潭河', '柳溪河', '黄泥河', '石门河', '青龙河', '双溪河']


def sec_river(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    riv = ctx.pick(RIVERS)
    ctx.ps = '中小河流治理'
    ctx.code = '农'
    proj = f'{riv}{ctx.pick(["城区段", "中游段", "下游段", "集镇段"])}中小河流治理工程'
    bureau = '水利局'
    T = rdec(r, 1500, 4800, 2)
    parts = split_levels(ctx, T, ['zy', 'sj', 'xj'], [(550, 700), (150, 250)])
    S = q(T * rdec(r, '0.78', '0.97', 5))
    L = rdec(r, 6, 24, 2)
    a = q(L * rdec(r, '0.35', '0.8', 5))
    s1 = [f'{proj}是{ctx.prov}省{Y}年中小河流治理重点项目，主要建设内容为新建堤防、生态护岸、清淤疏浚及配套穿堤建筑物。']
    if ctx.has('partial_lv'):
        s1.append(levels_partial(ctx, T, parts, r.choice([0, 1, 3])))
    else:
        s1.append(levels_sentence(ctx, T, parts))
    if ctx.has('daowei'):
        P = q(T * rdec(r, '1.05', '1.25', 5))
        s2 = spend_lines(ctx, T, S, mode=ctx.pick(['dw0', 'dw1']), P=P)
    else:
        s2 = spend_lines(ctx, T, S)
    nb = r.randint(3, 6)
    s3 = [f'完成河道治理长度{fm(L)}公里，其中新建堤防{fm(a)}公里，清淤疏浚河道{rdec(r, 2, 9, 1)}万立方米。']
    ctx.used('partial', f'其中只列新建堤防{fm(a)}公里（治理长度{fm(L)}公里）')
    done = nb - r.randint(0, 1)
    s3.append(f'工程共分{nb}个标段实施，已完工{done}个，标段完工率{pct(done, nb)}%；分部工程验收合格率100%。')
    if ctx.has('cumul'):
        cumL = L + rdec(r, 20, 80, 2)
        plan5 = '“十四五”以来' if Y >= 2021 else '“十三五”以来'
        s3.append(f'{plan5}，全县累计完成中小河流治理{fm(cumL)}公里（含本工程）。')
        ctx.used('cumul', f'累计{fm(cumL)}公里≠当年{fm(L)}公里')
    s3.append(f'项目建成后可保护沿岸人口{rdec(r, 1, 9, 1)}万人、耕地{rdec(r, 0.5, 4, 1)}万亩，防洪标准由5年一遇提高到{ctx.pick(["10", "20"])}年一遇。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_water(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '农村供水工程维修养护'
    ctx.code = '农'
    proj = ctx.pick(['农村供水工程维修养护项目', '农村饮水安全工程维修养护项目', '农村饮水工程维修养护补助资金'])
    bureau = '水利局'
    T = rdec(r, 180, 900, 2)
    parts = split_levels(ctx, T, ['zy', 'sj', 'xj'], [(450, 600), (200, 300)])
    B = q(T * rdec(r, '0.01', '0.06', 5))
    S = T - B
    uses = split_n(r, S, 4)
    un = ['管网维修改造', '水源工程维护', '净化消毒设备购置', '水质检测']
    s1 = [ctx.pick([f'为巩固农村供水保障成果，{Y}年{c}对全县农村供水工程实施维修养护，重点解决管网老化、水源保护和净化消毒设施运行问题。',
                    f'农村供水工程维修养护资金主要用于农村集中供水工程和分散供水工程的日常维修养护，保障农村群众饮水安全。'])]
    T0 = None
    if ctx.has('adjbud'):
        T0 = q(T * rdec(r, '0.80', '0.92', 5))
    s1.append(levels_sentence(ctx, T, parts))
    s2 = spend_lines(ctx, T, S, mode=ctx.pick(['adj0', 'adj1', 'adj2']) if T0 else None, T0=T0)
    v = r.randrange(2)
    its = [f'{n}{fm(u)}万元' for n, u in zip(un, uses)]
    if ctx.has('table'):
        s2.append('资金支出明细如下：')
        rows = [['支出内容', '金额（万元）', '占比']]
        for n, u in zip(un, uses):
            rows.append([n, fm(u, 2, False), pct(u, S, 2, False) + '%'])
        rows.append(['合计', fm(S, 2, False), '100.00%'])
        s2 += table(ctx, rows)
        psum = sum(D(pct(u, S, 2, False)) for u in uses)
        ctx.used('table', f'支出明细表，占比列逐项四舍五入，之和{fm(psum, 2, False)}%')
    elif v == 0:
        s2.append(f'按用途划分，{"、".join(its)}。')
    else:
        s2.append(f'支出明细为：（1）{its[0]}；（2）{its[1]}；（3）{its[2]}；（4）{its[3]}，合计{fm(S)}万元。')
    k = r.randint(18, 60)
    s3 = []
    if ctx.has('over100'):
        plan = k - r.randint(2, 6)
        s3.append(f'计划维修养护供水工程{plan}处，实际完成{k}处，完成率{pct(k, plan)}%，受益人口{r.randint(20000, 90000)}人。')
        ctx.used('over100', f'{k}/{plan}={pct(k, plan)}%')
    else:
        s3.append(f'全年完成农村供水工程维修养护{k}处，受益人口{r.randint(20000, 90000)}人。')
    if ctx.has('partial'):
        x = r.randint(2, 6)
        s3.append(f'其中千吨万人供水工程{x}处，均配备了净化消毒设施。')
        ctx.used('partial', f'其中千吨万人工程{x}处（共{k}处）')
    Pn = r.randint(120000, 520000)
    C = Pn * r.randint(880, 960) // 1000
    Z = Pn * r.randint(860, 950) // 1000
    while Z == C:
        Z -= r.randint(50, 900)
    r1, r2 = pct(C, Pn), pct(Z, Pn)
    r1s = r1
    if ctx.at('rate.ratio', 'cov'):
        r1s = transpose(r, D(r1), 2, D('0.5'))
        ctx.mark(f'农村集中供水率写作{r1s}%，按{C}÷{Pn}应为{r1}%')
    line = f'全县农村人口{Pn}人，集中供水覆盖{C}人，农村集中供水率{r1s}%；自来水入户{Z}人，自来水普及率{r2}%'
    if ctx.has('lastyr'):
        d = rdec(r, '0.5', '2.5', 2)
        line += f'，较上年的{fm(D(r2) - d)}%提高{fm(d)}个百分点'
        ctx.used('lastyr', f'{fm(D(r2) - d)}+{fm(d)}={r2}')
    s3.append(line + '。')
    w = r.randint(150, 600)
    gq = w - r.randint(0, 6)
    s3.append(f'全年检测水样{w}份，合格{gq}份，水质达标率{pct(gq, w)}%。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_road(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '农村公路建设'
    ctx.code = '建'
    proj = ctx.pick(['农村公路建设项目', '农村公路提档升级工程', '“四好农村路”建设项目'])
    bureau = '交通运输局'
    a, b = rdec(r, 8, 30, 1), rdec(r, 30, 90, 1)
    st1, st2, st3 = ctx.pick([60, 80, 100]), ctx.pick([20, 25, 30]), ctx.pick([30, 40, 50])
    kb = r.randint(2, 9)
    Z = a * st1 + b * st2 + kb * st3
    sj, xj = rdec(r, 200, 900, 2), rdec(r, 150, 700, 2)
    T = Z + sj + xj
    parts = [('zy', Z), ('sj', sj), ('xj', xj)]
    sp = [q(p * rdec(r, '0.90', '0.995', 5)) for _, p in parts]
    S = sum(sp)
    labels = ['中央车购税资金', '省级补助资金', '县级配套资金']
    s1 = [f'{Y}年{c}实施{proj}，计划新改建农村公路{fm(a + b)}公里、改造危桥{kb}座。']
    s1.append(f'按照县乡道每公里{st1}万元、村道每公里{st2}万元、危桥改造每座{st3}万元的补助标准，争取中央车购税资金{fm(Z)}万元。')
    ctx.used('std', f'{fm(a)}×{st1}+{fm(b)}×{st2}+{kb}×{st3}={fm(Z)}')
    if ctx.has('trail'):
        s1.append(f'{Y}年项目总投资{fm(T)}万元，其中{labels[0]}{fm(Z)}万元、{labels[1]}{fm(sj)}万元、{labels[2]}{fm(xj)}万元，'
                  f'截至年底已完成支付{fm(S)}万元，支付进度{pct(S, T)}%。')
        ctx.used('trail', f'列表后接支付{fm(S)}及进度{pct(S, T)}%')
    else:
        s1.append(f'项目总投资{fm(T)}万元，其中{labels[0]}{fm(Z)}万元、{labels[1]}{fm(sj)}万元、{labels[2]}{fm(xj)}万元。')
    s2 = ['项目资金预算及执行情况如下：']
    rows = [['资金来源', '预算数（万元）', '执行数（万元）', '执行率']]
    slip_row = None
    if ctx.at('rate.ratio', 'table'):
        slip_row = r.randrange(3)
    for i, ((k, p), s) in enumerate(zip(parts, sp)):
        rt = pct(s, p, 2, False)
        if i == slip_row:
            wrong = transpose(r, D(rt), 2, D('0.5'), strip=False)
            ctx.mark(f'执行情况表中{labels[i]}执行率写作{wrong}%，按{fm(s)}÷{fm(p)}应为{rt}%')
            rt = wrong
        rows.append([labels[i], fm(p, 2, False), fm(s, 2, False), rt + '%'])
    rows.append(['合计', fm(T, 2, False), fm(S, 2, False), pct(S, T, 2, False) + '%'])
    s2 += table(ctx, rows)
    s2.append(f'结余资金{fm(T - S)}万元为工程质保金，待质保期满后支付。')
    s3 = [f'全年完成农村公路新改建{fm(a + b)}公里，其中县乡道{fm(a)}公里、村道{fm(b)}公里；改造危桥{kb}座，完成率100%。']
    if ctx.has('partial'):
        x = q((a + b) * rdec(r, '0.5', '0.85', 3), 1)
        s3.append(f'新改建路面中水泥混凝土路面{fm(x, 1)}公里，其余为沥青混凝土路面。')
        ctx.used('partial', f'水泥路面{fm(x, 1)}公里为{fm(a + b)}公里的一部分')
    TL = rdec(r, 1800, 4200, 1)
    g = q(TL * rdec(r, '0.78', '0.9', 3), 1)
    s3.append(f'全县农村公路总里程{fm(TL, 1)}公里，其中优良中等路{fm(g, 1)}公里，优良中等路率{pct(g, TL)}%。')
    s3.append(f'交工验收质量合格率100%，沿线受益群众{r.randint(30000, 120000)}人。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_dibao(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '城乡居民最低生活保障补助'
    proj = ctx.pick(['城乡最低生活保障资金', '城乡居民最低生活保障补助资金'])
    bureau = '民政局'
    st1 = 560 + 30 * (Y - 2019) + r.choice([0, 10, 20, 30])
    st2 = 4200 + 300 * (Y - 2019) + r.choice([0, 60, 120, 180])
    h1, h2 = r.randint(800, 3000), r.randint(6000, 18000)
    n1, n2 = h1 + r.randint(200, h1), h2 + r.randint(1000, h2)
    a1 = q(D(n1) * rdec(r, 380, 520, 2) * 12 / 10000)
    a2 = q(D(n2) * rdec(r, 260, 380, 2) * 12 / 10000)
    S = a1 + a2
    B = q(S * rdec(r, '0.003', '0.02', 5)) if r.random() < 0.7 else D(0)
    T = S + B
    parts = split_levels(ctx, T, ['zy', 'sj', 'xj'], [(650, 780), (120, 200)])
    s1 = [ctx.pick([f'最低生活保障资金用于保障城乡低保对象基本生活，{Y}年{c}严格落实低保对象认定和动态管理制度，做到应保尽保、应退尽退。',
                    f'为兜牢民生底线，{c}{bureau}{Y}年继续实施城乡居民最低生活保障制度，按月足额发放低保金。'])]
    s1.append(levels_sentence(ctx, T, parts))
    s2 = spend_lines(ctx, T, S)
    u1 = '万元'
    if ctx.at('unit.magnitude', 'part'):
        u1 = '元'
        ctx.mark(f'城市低保金写作{fm(a1)}元，应为{fm(a1)}万元（{fm(a1)}+{fm(a2)}={fm(S)}万元）')
    s3 = [f'全年累计保障城市低保对象{h1}户{n1}人、农村低保对象{h2}户{n2}人，发放低保金{fm(S)}万元，其中城市低保金{fm(a1)}{u1}、'
          f'农村低保金{fm(a2)}万元。']
    if ctx.has('lastyr'):
        d1, d2 = r.choice([20, 30, 40]), r.choice([240, 300, 360])
        s3.append(f'保障标准分别为城市每人每月{st1}元、农村每人每年{st2}元，较上年的{st1 - d1}元、{st2 - d2}元分别提高{d1}元和{d2}元，低保金按保障标准与家庭人均收入的差额计发。')
        ctx.used('lastyr', f'{st1 - d1}+{d1}={st1}，{st2 - d2}+{d2}={st2}')
    else:
        s3.append(f'保障标准分别为城市每人每月{st1}元、农村每人每年{st2}元，低保金按差额补助方式计发。')
    ctx.used('std', '“分别为”后是保障标准（元/人/月、元/人/年）而非资金分项')
    if ctx.has('overlap'):
        x, y, z = (n1 + n2) * r.randint(350, 500) // 1000, (n1 + n2) * r.randint(120, 200) // 1000, (n1 + n2) * r.randint(300, 420) // 1000
        s3.append(f'保障对象中，脱贫人口{x}人、重度残疾人{y}人、60岁以上老年人{z}人。')
        ctx.used('overlap', f'三类交叉身份，{x}+{y}+{z}与{n1 + n2}人无加总关系')
    if ctx.has('unitmix'):
        s3.append(f'农村低保金{fm(a2 * 10000, 0)}元已通过“一卡通”按月足额发放到户。')
        ctx.used('unitmix', f'{fm(a2 * 10000, 0)}元={fm(a2)}万元')
    if ctx.has('yiyuan'):
        assert S >= 10000
        s3.append(f'全年低保资金支出规模达{fm(S / 10000, 2, strip=False)}亿元，占全县民生救助类支出的比重进一步提高。')
        ctx.used('yiyuan', f'{fm(S / 10000, 2, False)}亿元≈{fm(S)}万元')
    s3.append(f'低保对象动态管理率100%，全年新纳入{r.randint(200, 900)}户、退出{r.randint(150, 800)}户。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_relief(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '困难群众救助补助'
    proj = ctx.pick(['困难群众救助补助资金（临时救助和特困供养）', '临时救助及特困人员供养资金'])
    bureau = '民政局'
    a, b = r.randint(600, 2500), r.randint(300, 1500)
    m = a + b
    n = m - r.randint(m // 8, m // 4)
    A1 = q(D(a) * rdec(r, 800, 1600, 2) / 10000)
    A2 = q(D(b) * rdec(r, 1500, 3500, 2) / 10000)
    A = A1 + A2
    x, y = r.randint(300, 1200), r.randint(1200, 4000)
    sst = 750 + 50 * (Y - 2019) + r.choice([0, 50])
    BL = D(x + y) * sst * 12 / 10000
    CARE = rdec(r, 30, 300, 2)
    TK = BL + CARE
    S = A + TK
    B = q(S * rdec(r, '0.005', '0.03', 5))
    T = S + B
    parts = split_levels(ctx, T, ['zy', 'sj', 'xj'], [(600, 720), (150, 220)])
    s1 = [ctx.pick([f'{Y}年{c}{bureau}统筹使用困难群众救助补助资金，重点保障特困人员基本生活和遭遇突发性、紧迫性困难群众的临时救助需求。',
                    '困难群众救助补助资金主要用于特困人员救助供养和临时救助，切实兜住兜牢基本民生底线。'])]
    s1.append(levels_sentence(ctx, T, parts))
    s2 = spend_lines(ctx, T, S)
    s2.append(f'其中临时救助支出{fm(A)}万元、特困人员供养支出{fm(TK)}万元。')
    avg = fm(A * 10000 / m, 0)
    s3 = [ctx.pick([
        f'全年实施临时救助{n}人、{m}人次，其中急难型临时救助{a}人次、支出型临时救助{b}人次，支出救助资金{fm(A)}万元，人次均救助{avg}元。',
        f'全年共救助困难群众{n}人，累计{m}人次（急难型{a}人次、支出型{b}人次），发放临时救助金{fm(A)}万元，人次均救助水平{avg}元。'])]
    ctx.used('renci', f'急难{a}+支出{b}={m}人次≠{n}人')
    s3.append(f'全县特困供养人员{x + y}人，其中集中供养{x}人、分散供养{y}人；基本生活标准为每人每月{sst}元，全年发放特困供养资金{fm(TK)}万元，'
              f'其中基本生活费{fm(BL)}万元、照料护理补贴{fm(CARE)}万元。')
    ctx.used('std', f'{x + y}人×{sst}元×12月={fm(BL)}万元，+照料护理{fm(CARE)}={fm(TK)}')
    if ctx.has('overlap'):
        p1, p2, p3 = n * r.randint(400, 550) // 1000, n * r.randint(60, 120) // 1000, n * r.randint(380, 520) // 1000
        s3.append(f'临时救助对象中，低保对象{p1}人、特困人员{p2}人、脱贫人口{p3}人，部分对象身份重叠。')
        ctx.used('overlap', f'{p1}+{p2}+{p3}>{n}人，身份交叉')
    tail = '临时救助“先行救助”制度全面落实，救助对象认定准确率100%。'
    if ctx.at('fact.conflict', 'count'):
        m2 = int(transpose(r, D(m), 0, D('9')))
        tail = f'全年{m2}人次临时救助均在规定时限内办结，“先行救助”制度全面落实。'
        ctx.mark(f'临时救助人次前文为{m}人次（{a}+{b}），后文写作{m2}人次')
    s3.append(tail)
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_employ(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '就业补助'
    proj = '就业补助资金'
    bureau = '人力资源和社会保障局'
    t = r.randint(1200, 5000)
    a1 = q(D(t) * rdec(r, 800, 1500, 2) / 10000)
    s_ = r.randint(150, 800)
    a2 = q(D(s_) * rdec(r, 2400, 4800, 2) / 10000)
    g = r.randint(80, 600)
    a3 = q(D(g) * rdec(r, 6000, 14000, 2) / 10000)
    cc = r.randint(40, 300)
    a4 = D(cc) * 5000 / 10000
    kk = r.randint(300, 1500)
    a5 = D(kk) * 1000 / 10000
    uses = [('职业培训补贴', a1, f'{t}人次'), ('社会保险补贴', a2, f'{s_}人'), ('公益性岗位补贴', a3, f'{g}人'),
            ('一次性创业补贴', a4, ''), ('求职创业补贴', a5, '')]
    S = sum(u[1] for u in uses)
    B = q(S * rdec(r, '0.01', '0.05', 5))
    T = S + B
    parts = split_levels(ctx, T, ['zy', 'sj', 'xj'], [(550, 700), (150, 250)])
    s1 = [ctx.pick([f'就业补助资金主要用于职业培训补贴、社会保险补贴、公益性岗位补贴、一次性创业补贴和求职创业补贴等支出，{Y}年{c}围绕稳就业目标统筹使用。',
                    f'为落实就业优先政策，{Y}年{c}{bureau}统筹使用中央、省、县三级就业补助资金，重点支持重点群体就业创业。'])]
    s1.append(levels_sentence(ctx, T, parts))
    s2 = spend_lines(ctx, T, S)
    disp = [fm(u[1]) for u in uses]
    if ctx.at('sum.breakdown', 'uses'):
        i = r.choice([0, 1, 2])
        wv = transpose(r, uses[i][1], min_diff=D('1'))
        ctx.mark(f'支出明细中{uses[i][0]}写作{wv}万元，应为{disp[i]}万元；明细相加{fm(S - uses[i][1] + D(wv))}≠实际支出{fm(S)}万元')
        disp[i] = wv
    if ctx.has('table'):
        s2.append(f'全年实际支出{fm(S)}万元，支出明细如下：')
        rows = [['支出项目', '受益对象', '金额（万元）']]
        for (nm, _, cnt), d in zip(uses, disp):
            rows.append([nm, cnt or {'一次性创业补贴': f'{cc}户', '求职创业补贴': f'{kk}人'}[nm], fm(D(d), 2, False)])
        rows.append(['合计', '—', fm(S, 2, False)])
        s2 += table(ctx, rows)
        ctx.used('table', '支出明细表合计一致')
    else:
        its = [f'（{i + 1}）{nm}{d}万元' + (f'（{cnt}）' if cnt else '') for i, ((nm, _, cnt), d) in enumerate(zip(uses, disp))]
        s2.append(f'全年实际支出{fm(S)}万元，具体为：{"；".join(its)}。')
    s3 = []
    e = r.randint(1500, 6000)
    if ctx.has('over100'):
        plan = e * 100 // r.randint(104, 118)
        s3.append(f'全年城镇新增就业{e}人，完成年度目标任务{plan}人的{pct(e, plan)}%。')
        ctx.used('over100', f'{e}/{plan}={pct(e, plan)}%')
    else:
        s3.append(f'全年城镇新增就业{e}人，城镇登记失业率控制在{rdec(r, 2.5, 3.9, 1)}%以内。')
    tp = t - r.randint(t // 6, t // 3)
    s3.append(f'开展补贴性职业技能培训{t}人次，涉及{tp}人，其中脱贫劳动力{t * r.randint(200, 350) // 1000}人次，培训合格率{rdec(r, 90, 98, 1)}%。')
    ctx.used('renci', f'培训{t}人次/{tp}人')
    cshow = cc
    if ctx.at('count.mismatch', 'std'):
        cshow = int(transpose(r, D(cc), 0, D('5')))
        ctx.mark(f'一次性创业补贴写作{cshow}户×每户5000元，但金额{fm(a4)}万元对应{cc}户（应为{fm(D(cshow) / 2)}万元）')
    s3.append(f'发放一次性创业补贴{cshow}户，每户5000元，共计{fm(a4)}万元；向{kk}名困难毕业生发放求职创业补贴，每人1000元。')
    ctx.used('std', f'每户5000元/每人1000元为标准')
    s3.append(f'开发公益性岗位安置就业困难人员{g}人，零就业家庭保持动态清零。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


RELICS = ['古民居', '文庙大成殿', '石拱桥', '古戏台', '红军标语旧址', '革命旧址', '古塔', '宗祠', '书院', '城墙遗址']


def sec_relic(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '文物保护专项'
    ctx.code = '文'
    proj = ctx.pick(['文物保护专项资金项目', '国家文物保护资金项目', '文物保护利用专项资金'])
    bureau = ctx.pick(['文化广电和旅游局', '文化和旅游局', '文物局'])
    k = r.randint(4, 6)
    nm = [t + s for t, s in zip(ctx.r.sample(TOWN_ROOTS, k), ctx.r.sample(RELICS, k))]
    am = [rdec(r, 35, 380, 2) for _ in range(k)]
    T = sum(am)
    s1 = [f'{Y}年{c}共争取文物保护资金{fm(T)}万元，用于辖区内文物保护单位的保护修缮、安防消防及预防性保护。']
    listed = list(zip(nm, am))
    claimed = k
    if ctx.at('count.mismatch', 'list'):
        claimed = k + r.choice([1, -1])
        ctx.mark(f'称“全年共实施文物保护项目{claimed}个”，但具体列出{k}项（各项金额合计正好为{fm(T)}万元）')
    items = [f'（{i + 1}）{n if n.endswith("修缮") else n + "保护修缮"}{fm(a)}万元' for i, (n, a) in enumerate(listed)]
    s1.append(f'全年共实施文物保护项目{claimed}个，具体为：{"；".join(items)}。')
    T0 = None
    B = q(T * rdec(r, '0.03', '0.15', 5))
    S = T - B
    if ctx.has('adjbud'):
        T0 = q(T * rdec(r, '0.75', '0.9', 5))
    if ctx.at('balance.carryover', 'spend'):
        s2 = spend_lines(ctx, T, S, mode=ctx.pick(['e2', 'e4']))
    else:
        s2 = spend_lines(ctx, T, S, mode=ctx.pick(['adj0', 'adj1']) if T0 else None, T0=T0)
    x = r.randint(1, 2)
    s3 = [f'完成文物本体修缮面积{r.randint(1200, 9800)}平方米；各修缮项目均通过省文物局组织的竣工验收，其中涉及全国重点文物保护单位{x}处。']
    ctx.used('partial', f'其中只列国保单位{x}处')
    s3.append(f'新建（改造）安防、消防系统{r.randint(2, 6)}套，文物安全事故发生数为0。')
    s3.append(f'项目实施后接待参观游客{r.randint(3, 30)}万人次，较上年增长{rdec(r, 5, 30, 1)}%。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_oldhouse(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '城镇老旧小区改造'
    ctx.code = '建'
    proj = ctx.pick(['城镇老旧小区改造项目', f'{Y}年城镇老旧小区改造工程'])
    bureau = '住房和城乡建设局'
    k = r.randint(5, 8) if ctx.has('round') else r.randint(9, 24)
    bld = k * r.randint(4, 12)
    hh = bld * r.randint(18, 40)
    area = rdec(r, 8, 60, 2)
    s1 = [f'{Y}年{c}计划改造城镇老旧小区{k}个，涉及楼栋{bld}栋、居民{hh}户，主要改造内容为水电气管网、屋面防水、外墙保温、加装电梯和小区环境整治。']
    if ctx.has('round'):
        names = [ctx.pick(['幸福', '建设', '粮站', '供销', '水电', '教师', '纺织', '农机', '人民', '电力', '税务', '卫生'])
                 for _ in range(k)]
        while True:
            yuan = [rdec(r, 800000, 6500000, 2) for _ in range(k)]
            parts = [q(y / 10000) for y in yuan]
            T = q(sum(yuan) / 10000)
            if sum(parts) != T:
                break
        seen = set()
        labs = []
        for i, n in enumerate(names):
            lab = n + ctx.pick(['小区', '家属院', '片区'])
            while lab in seen:
                lab = n + str(i + 1) + '号院'
            seen.add(lab)
            labs.append(lab)
    else:
        T = rdec(r, 900, 6000, 2)
    zy = q(T * rdec(r, '0.45', '0.6', 5))
    sj = q(T * rdec(r, '0.15', '0.25', 5))
    xj = T - zy - sj
    if ctx.has('batch2'):
        s1.append(batches_sentence(ctx, T, split_n(r, T, 2), 1))
        s1.append(f'上述资金中，中央补助资金{fm(zy)}万元、省级补助资金{fm(sj)}万元、县级配套资金{fm(xj)}万元。')
    elif ctx.has('trail'):
        parts_l = [('zy', zy), ('sj', sj), ('xj', xj)]
        B0 = q(T * rdec(r, '0.02', '0.12', 5))
        S0 = T - B0
        s1.append(levels_sentence(ctx, T, parts_l, 'trail', S=S0))
    else:
        s1.append(f'项目总投资{fm(T)}万元，其中中央补助资金{fm(zy)}万元、省级补助资金{fm(sj)}万元、县级配套资金{fm(xj)}万元。')
    if ctx.has('trail'):
        S = S0
    else:
        S = T - q(T * rdec(r, '0.02', '0.12', 5))
    T0 = q(T * rdec(r, '0.8', '0.92', 5)) if ctx.has('adjbud') else None
    s2 = spend_lines(ctx, T, S, mode=ctx.pick(['adj0', 'adj1']) if T0 else None, T0=T0)
    if ctx.has('round'):
        its = [f'{l}{fm(p)}万元' for l, p in zip(labs, parts)]
        s2.append(f'按小区划分，各小区改造资金分别为：{"、".join(its)}，合计{fm(T)}万元（各小区金额由元折算为万元并四舍五入）。')
        ctx.used('round', f'各小区之和{fm(sum(parts))}≠合计{fm(T)}，差额由逐项四舍五入造成')
    s3 = []
    hs = hh
    s3.append(f'全年完成改造老旧小区{k}个、{bld}栋、{hh}户，改造建筑面积{fm(area)}万平方米，完成率100%。')
    if ctx.has('cumul'):
        K, H = k + r.randint(20, 70), hh + r.randint(3000, 12000)
        s3.append(f'2019年以来全县累计改造老旧小区{K}个、惠及居民{H}户，其中{Y}年改造{k}个、{hh}户。')
        ctx.used('cumul', f'累计{K}个/{H}户 vs 当年{k}个/{hh}户')
    s3.append(f'完成雨污分流改造管网{rdec(r, 3, 25, 2)}公里，加装电梯{r.randint(3, 40)}部，新增停车位{r.randint(120, 900)}个。')
    if ctx.at('fact.conflict', 'count'):
        hs = int(transpose(r, D(hh), 0, D('9')))
        ctx.mark(f'改造户数前文为{hh}户，后文写作{hs}户')
        s3.append(f'项目实施后{hs}户居民居住条件明显改善，居民满意度{rdec(r, 90, 98, 1)}%。')
    else:
        s3.append(f'项目实施后小区居民居住条件明显改善，居民满意度{rdec(r, 90, 98, 1)}%。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


def sec_forest(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '生态护林员补助'
    ctx.code = '农'
    proj = ctx.pick(['生态护林员项目', '生态护林员补助资金', '建档立卡生态护林员选聘项目'])
    bureau = ctx.pick(['林业局', '自然资源局', '林业和草原局'])
    std = ctx.pick([10000, 8000]) if Y <= 2021 else 10000
    n = r.randint(220, 900)
    S = D(n) * std / 10000
    B = q(rdec(r, 2, 15, 2)) if r.random() < 0.5 else D(0)
    T = S + B
    s1 = [ctx.pick([f'生态护林员项目通过选聘脱贫人口和监测对象担任护林员，实现“一人护林、全家脱贫”，{Y}年{c}继续按要求选聘和管理生态护林员。',
                    f'为巩固拓展脱贫攻坚成果、加强森林资源管护，{c}{bureau}{Y}年组织实施生态护林员项目。'])]
    zy = q(T * rdec(r, '0.7', '0.85', 5))
    s1.append(ctx.pick([f'{Y}年共下达生态护林员补助资金{fm(T)}万元，其中中央资金{fm(zy)}万元、省级资金{fm(T - zy)}万元。',
                        f'{Y}年到位生态护林员补助资金{fm(T)}万元（中央{fm(zy)}万元、省级{fm(T - zy)}万元）。']))
    s2 = spend_lines(ctx, T, S)
    A = rdec(r, 30, 160, 1)
    s3 = [f'全县共选聘生态护林员{n}人，管护森林面积{fm(A, 1)}万亩，人均管护{fm(A * 10000 / n, 0)}亩。']
    Su = '万元'
    if ctx.at('unit.magnitude', 'total'):
        Su = '元'
        ctx.mark(f'劳务补助写作{fm(S)}元，{n}人×{std}元={fm(D(n) * std, 0)}元，应为{fm(S)}万元')
    s3.append(f'护林员劳务补助标准为每人每年{std}元，按季度考核后发放，全年共发放劳务补助{fm(S)}{Su}。')
    ctx.used('std', f'{n}×{std}元={fm(S)}万元')
    if ctx.has('towns') or ctx.slip == 'count.mismatch':
        nt = r.randint(6, 9)
        names = ctx.towns(nt)
        cnts = split_int(r, n, nt - (1 if ctx.has('town0') else 0))
        if ctx.has('town0'):
            cnts.append(0)
        its = [f'{t}{x}人' for t, x in zip(names, cnts)]
        claimed = nt
        if ctx.at('count.mismatch', 'towns'):
            j = r.randrange(nt)
            its = its[:j] + its[j + 1:]
            # the dropped town's people are folded into the previous town so the people still add up
            cnts2 = cnts[:j] + cnts[j + 1:]
            jj = max(0, j - 1)
            cnts2[jj] += cnts[j]
            names2 = names[:j] + names[j + 1:]
            its = [f'{t}{x}人' for t, x in zip(names2, cnts2)]
            ctx.mark(f'称覆盖{nt}个乡镇，但只列出{nt - 1}个乡镇（人数合计仍为{n}人）')
        s3.append(f'护林员覆盖全县{claimed}个乡镇，分别为{"、".join(its)}。')
        if ctx.has('town0'):
            ctx.used('town0', f'{names[-1]}0人')
            s3.append(f'{names[-1]}因管护区域已纳入国有林场统一管护，本年度未安排护林员岗位。')
    if ctx.has('overlap'):
        x, y = n * r.randint(600, 800) // 1000, n * r.randint(300, 450) // 1000
        hint = ctx.pick(['（两类身份存在交叉）', ''])
        s3.append(f'选聘的护林员中，脱贫人口{x}人、低保对象{y}人{hint}，带动{n * 3 + r.randint(0, n)}名家庭成员稳定增收。')
        ctx.used('overlap', f'脱贫{x}+低保{y}>{n}，身份交叉')
    if ctx.has('lastyr'):
        n0 = n - r.randint(5, 60)
        s3.append(f'护林员人数较上年的{n0}人增加{n - n0}人。')
        ctx.used('lastyr', f'{n0}+{n - n0}={n}')
    s3.append('全年森林火灾受害率控制在0.9‰以内，护林员到岗履职率100%。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


MED_P = {2019: 250, 2020: 280, 2021: 320, 2022: 350, 2023: 380, 2024: 400, 2025: 400}


def sec_medaid(ctx):
    r, Y, c = ctx.r, ctx.Y, ctx.county
    ctx.ps = '医疗救助补助'
    proj = ctx.pick(['城乡医疗救助补助资金', '医疗救助补助资金项目'])
    bureau = '医疗保障局'
    p = MED_P[Y]
    q1, q2 = ctx.pick([150, 200, 220]), ctx.pick([80, 100, 120])
    while True:
        n1, n2, n3 = r.randint(1500, 5000), r.randint(6000, 22000), r.randint(800, 4000)
        Zy = n1 * p + n2 * q1 + n3 * q2
        if Zy % 100 == 0:
            break
    Z = D(Zy) / 10000
    m1, m2 = r.randint(3000, 12000), r.randint(5000, 30000)
    b1 = q(D(m1) * rdec(r, 900, 2500, 2) / 10000)
    b2 = q(D(m2) * rdec(r, 80, 300, 2) / 10000)
    u = (m1 + m2) * r.randint(350, 600) // 1000
    S = Z + b1 + b2
    B = q(S * rdec(r, '0.005', '0.04', 5))
    T = S + B
    while ctx.has('round1') and (q(T, 1) == T or q(T, 1) == fm(T, 1)):
        B += D('0.01')
        T = S + B
    parts = split_levels(ctx, T, ['zy', 'sj', 'xj'], [(580, 700), (150, 230)])
    s1 = [ctx.pick([f'城乡医疗救助补助资金用于资助困难群众参加城乡居民基本医疗保险和对其难以负担的医疗费用给予补助，{Y}年{c}{bureau}按规定统筹使用。',
                    f'为减轻困难群众医疗费用负担，{Y}年{c}继续实施城乡医疗救助，资助困难群众参保并对经基本医保、大病保险报销后的个人自付费用给予救助。'])]
    if ctx.has('trail'):
        s1.append(levels_sentence(ctx, T, parts, 'trail', S=S))
    elif ctx.has('round1'):
        s1.append(levels_sentence(ctx, T, parts, ctx.pick([0, 3]), round1=True))
    else:
        s1.append(levels_sentence(ctx, T, parts))
    if ctx.at('unit.magnitude', 'balance'):
        s2 = spend_lines(ctx, T, S, mode=ctx.pick(['e2', 'e4', 'e0']))
    elif ctx.has('round1'):
        s2 = spend_lines(ctx, T, S, mode=ctx.pick(['e2', 'e4']))
    else:
        s2 = spend_lines(ctx, T, S)
    s3 = [f'资助困难群众参加城乡居民基本医疗保险{n1 + n2 + n3}人，其中特困人员{n1}人（全额资助，每人{p}元）、低保对象{n2}人（定额资助，每人{q1}元）、'
          f'防止返贫监测对象{n3}人（定额资助，每人{q2}元），资助金额{fm(Z)}万元。']
    ctx.used('std', f'{n1}×{p}+{n2}×{q1}+{n3}×{q2}={Zy}元={fm(Z)}万元')
    if ctx.has('table'):
        s3.append('资助参保分类情况如下：')
        rows = [['资助类别', '人数（人）', '资助标准（元/人）', '资助金额（万元）']]
        cats = [('特困人员', n1, p), ('低保对象', n2, q1), ('防止返贫监测对象', n3, q2)]
        for nm, nn, pp in cats:
            rows.append([nm, str(nn), str(pp), fm(D(nn) * pp / 10000, 2, False)])
        rows.append(['合计', str(n1 + n2 + n3), '—', fm(Z, 2, False)])
        s3 += table(ctx, rows)
        rs = sum(q(D(nn) * pp / 10000) for _, nn, pp in cats)
        ctx.used('table', f'资助分类表，分项金额逐项四舍五入，之和{fm(rs, 2, False)}，合计{fm(Z, 2, False)}')
    if ctx.has('unitmix'):
        s3.append(f'资助参保资金{Zy}元已全额划转至医保基金专户。')
        ctx.used('unitmix', f'{Zy}元={fm(Z)}万元')
    s3.append(f'实施住院救助{m1}人次、门诊救助{m2}人次，共救助{u}人，支出直接救助资金{fm(b1 + b2)}万元，其中住院救助{fm(b1)}万元、门诊救助{fm(b2)}万元。')
    ctx.used('renci', f'{m1}+{m2}人次≠{u}人；{fm(b1)}+{fm(b2)}={fm(b1 + b2)}')
    if ctx.has('overlap'):
        x, y, z = u * r.randint(450, 600) // 1000, u * r.randint(100, 180) // 1000, u * r.randint(400, 550) // 1000
        s3.append(f'直接救助对象中，低保对象{x}人、特困人员{y}人、脱贫人口{z}人。')
        ctx.used('overlap', f'{x}+{y}+{z}>{u}人，身份交叉')
    s3.append(f'困难群众参保率保持在100%，住院费用政策范围内救助比例达到{ctx.pick(["70", "75", "80"])}%。')
    return dict(proj=proj, bureau=bureau, s1=s1, s2=s2, s3=s3)


SECTORS = dict(health=sec_health, nutrition=sec_nutrition, aid=sec_aid, farmland=sec_farmland, hsfarm=sec_hsfarm,
               river=sec_river, water=sec_water, road=sec_road, dibao=sec_dibao, relief=sec_relief,
               employ=sec_employ, relic=sec_relic, oldhouse=sec_oldhouse, forest=sec_forest, medaid=sec_medaid)


# ---------------------------------------------------------------- document
def header(ctx, proj, bureau):
    Y, c, r = ctx.Y, ctx.county, ctx.r
    for pre in (f'{Y}年度', f'{Y}年'):
        if proj.startswith(pre):
            proj = proj[len(pre):]
            break
    v = r.randrange(5)
    if v == 0:
        return [f'{c}{bureau}', f'{Y}年度{proj}支出绩效自评报告']
    if v == 1:
        return [f'{c}{Y}年{proj}绩效自评报告']
    if v == 2:
        return [f'关于{Y}年度{proj}绩效自评情况的报告']
    if v == 3:
        return [f'{c}{bureau}{Y}年度{proj}绩效自评报告',
                f'按照{ctx.city}财政局关于开展{Y}年度项目支出绩效自评工作的通知要求，现将自评情况报告如下：']
    return [f'{proj}（{Y}年度）项目支出绩效自评报告', f'填报单位：{c}{bureau}']


def build(idx, plan):
    ctx = Ctx(idx, plan)
    sec = SECTORS[plan['sector']](ctx)
    proj, bureau = sec['proj'], sec['bureau']
    L = header(ctx, proj, bureau)
    L.append(H1[ctx.hs[0]])
    L += sec['s1']
    L.append(H2[ctx.hs[1]])
    L += sec['s2']
    L.append(H3[ctx.hs[2]])
    L += sec['s3']
    if ctx.has('zero0'):
        i = ctx.r.randrange(len(ZERO0))
        L.append(ZERO0[i])
        ctx.used('zero0', ZERO0_DESC[i])
    L.append(H4[ctx.hs[3]])
    L += conclusion(ctx, bureau, proj)
    if ctx.r.random() < 0.5 and len(L) < 26:
        L.append('五、存在的问题及改进措施')
        L.append(ctx.pick(PROBLEMS))
    if ctx.r.random() < 0.4 and len(L) < 28:
        L.append(f'{ctx.county}{bureau}')
        L.append(f'{ctx.Y + 1}年{ctx.r.randint(1, 4)}月{ctx.r.randint(1, 28)}日')
    if ctx.slip:
        assert ctx.slip_desc, (idx, plan)
        exp, detail = ctx.slip, ctx.slip_desc
    else:
        assert len({t.split('(')[0] for t in ctx.trap_desc}) >= 3, (idx, ctx.trap_desc)
        exp, detail = 'clean', '; '.join(ctx.trap_desc)
    assert 8 <= len(L) <= 30, (idx, len(L))
    return L, exp, detail, ctx


# ---------------------------------------------------------------- plan
PLAN = [
    # slip documents
    dict(sector='health', year=2023, county='静宁县', slip='sum.breakdown', where='levels', traps=['lastyr']),
    dict(sector='nutrition', year=2022, county='安化县', slip='sum.breakdown', where='batches', nb=3, traps=['partial']),
    dict(sector='employ', year=2021, county='光山县', slip='sum.breakdown', where='uses', traps=['table']),
    dict(sector='river', year=2020, county='宣汉县', slip='rate.ratio', where='exec', traps=['cumul']),
    dict(sector='water', year=2024, county='会泽县', slip='rate.ratio', where='cov', traps=['over100', 'partial']),
    dict(sector='road', year=2019, county='遂川县', slip='rate.ratio', where='table', traps=[]),
    dict(sector='farmland', year=2023, county='临朐县', slip='balance.carryover', where='spend', traps=['unitmix']),
    dict(sector='hsfarm', year=2021, county='金寨县', slip='balance.carryover', where='prose', traps=['table', 'cumul']),
    dict(sector='relic', year=2022, county='岢岚县', slip='balance.carryover', where='spend', traps=[]),
    dict(sector='medaid', year=2024, county='郧西县', slip='unit.magnitude', where='balance', traps=[]),
    dict(sector='forest', year=2020, county='正安县', slip='unit.magnitude', where='total', traps=['overlap']),
    dict(sector='dibao', year=2025, county='田东县', slip='unit.magnitude', where='part', traps=['lastyr']),
    dict(sector='aid', year=2023, county='阜平县', slip='fact.conflict', where='count', traps=[]),
    dict(sector='oldhouse', year=2022, county='淳安县', slip='fact.conflict', where='count', traps=['cumul']),
    dict(sector='relief', year=2021, county='会宁县', slip='fact.conflict', where='count', traps=[]),
    dict(sector='forest', year=2024, county='紫阳县', slip='count.mismatch', where='towns', traps=[]),
    dict(sector='employ', year=2023, county='新化县', slip='count.mismatch', where='std', traps=['over100']),
    dict(sector='relic', year=2020, county='长汀县', slip='count.mismatch', where='list', traps=[]),
    dict(sector='water', year=2021, county='兴国县', slip='grade.band', traps=['subscore', 'adjbud']),
    dict(sector='health', year=2019, county='滦平县', slip='grade.band', traps=['lastyr']),
    # clean documents
    dict(sector='health', year=2024, county='苍溪县', traps=['partial', 'lastyr', 'zero0']),
    dict(sector='nutrition', year=2023, county='湄潭县', traps=['batch2', 'unitmix', 'overlap', 'table']),
    dict(sector='nutrition', year=2019, county='三江侗族自治县', traps=['batchtrail', 'partial', 'subscore']),
    dict(sector='aid', year=2022, county='岳西县', traps=['overlap', 'unitmix']),
    dict(sector='aid', year=2025, county='汝阳县', traps=['trail', 'adjbud', 'zero0']),
    dict(sector='farmland', year=2022, county='临泽县', traps=['towns', 'unitmix', 'lastyr']),
    dict(sector='farmland', year=2020, county='兰考县', traps=['batch2', 'partial', 'zero0']),
    dict(sector='hsfarm', year=2023, county='仪陇县', traps=['over100', 'cumul', 'trail', 'daowei', 'table']),
    dict(sector='river', year=2022, county='仁化县', traps=['daowei', 'cumul', 'partial_lv', 'subscore']),
    dict(sector='water', year=2023, county='沂水县', traps=['over100', 'lastyr', 'zero0', 'partial', 'table']),
    dict(sector='road', year=2021, county='桃江县', traps=['partial', 'trail']),
    dict(sector='dibao', year=2020, county='汪清县', traps=['lastyr', 'overlap', 'unitmix', 'yiyuan']),
    dict(sector='relief', year=2024, county='镇雄县', traps=['overlap', 'zero0']),
    dict(sector='employ', year=2025, county='紫金县', traps=['over100', 'table']),
    dict(sector='relic', year=2023, county='洛南县', traps=['adjbud', 'subscore']),
    dict(sector='oldhouse', year=2021, county='宁化县', traps=['cumul', 'trail', 'zero0']),
    dict(sector='oldhouse', year=2024, county='开化县', traps=['batch2', 'round', 'adjbud']),
    dict(sector='forest', year=2023, county='融水苗族自治县', traps=['towns', 'town0', 'overlap', 'lastyr']),
    dict(sector='medaid', year=2022, county='新田县', traps=['unitmix', 'round1']),
    dict(sector='medaid', year=2025, county='山丹县', traps=['overlap', 'trail', 'subscore', 'table']),
]


def main():
    order = list(range(len(PLAN)))
    random.Random(SEED).shuffle(order)
    rows = []
    for tid, pi in enumerate(order, 1):
        L, exp, detail, ctx = build(tid, PLAN[pi])
        with open(os.path.join(OUT, f't{tid:02d}.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(L) + '\n')
        rows.append((f't{tid:02d}', exp, f'[{PLAN[pi]["sector"]}/{ctx.Y}/{ctx.prov}{ctx.county}] ' + detail))
    with open(os.path.join(OUT, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\texpected\tdetail\n')
        for row in rows:
            f.write('\t'.join(row) + '\n')
    fams = {}
    for _, e, _ in rows:
        fams[e] = fams.get(e, 0) + 1
    print(fams)


if __name__ == '__main__':
    main()
