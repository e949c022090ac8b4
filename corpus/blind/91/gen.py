#!/usr/bin/env python3
"""Blind test set 91: 衔接资金 / 东西部协作 / 以工代赈 / 乡村产业 self-evaluation excerpts.

Writes t01.txt..t40.txt and expect.tsv into this directory.
  python3 gen.py               -> documents + expect.tsv
  python3 gen.py --twins DIR   -> each slip document rebuilt without its slip (same draws)
Standard library only; fixed seed; money, rates and scores are Decimal rounded half-up.
"""
import os
import random
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 91091
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------- numbers
def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def fm(x, n=2):
    return f'{q(x, n):.{n}f}'


def pct(a, b, n=2):
    return q(D(a) * 100 / D(b), n)


def money(r, lo, hi):
    return q(D(r.randint(int(lo * 100), int(hi * 100))) / 100)


def fs(x):
    """score / plain decimal without trailing zeros"""
    x = D(x)
    if x == x.to_integral_value():
        return str(int(x))
    s = format(x.normalize(), 'f')
    return s


def frac(r, lo, hi):
    """Decimal fraction in [lo, hi] with 4 digits (drawn as an integer)"""
    return D(r.randint(int(lo * 10000), int(hi * 10000))) / 10000


CN = {1: '一', 2: '两', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十'}
CNO = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十'}


def mutate(r, s, mode=None, pred=None):
    """single-figure clerical slip on a numeric string: transposed digits, dropped digit or stale digit"""
    modes = ['transpose', 'drop', 'stale'] if mode is None else (mode if isinstance(mode, (list, tuple)) else [mode])
    for _ in range(500):
        m = r.choice(modes)
        digs = [i for i, ch in enumerate(s) if ch.isdigit()]
        if m == 'transpose':
            idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
            if not idx:
                continue
            i = r.choice(idx)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif m == 'drop':
            i = r.choice(digs)
            t = s[:i] + s[i + 1:]
        else:
            i = r.choice(digs)
            nd = (int(s[i]) + r.choice([1, 2, 3, 7, 8, 9])) % 10
            t = s[:i] + str(nd) + s[i + 1:]
        if not t or t[0] == '.' or t[-1] == '.' or (t[0] == '0' and len(t) > 1 and t[1] != '.'):
            continue
        if '.' in s and '.' not in t:
            continue
        if D(t) == D(s):
            continue
        if pred is not None and not pred(D(t)):
            continue
        return t
    raise RuntimeError('no mutation for ' + s)


# ----------------------------------------------------------------- identities
PROV = [
    ('贵州省', '黔', '黔岭市', '平溪县', ['青龙镇', '岩脚镇', '木瓜乡', '龙场镇']),
    ('云南省', '云', '澜云市', '澜坪县', ['勐坝镇', '芒岗镇', '南溪乡', '班卡乡']),
    ('甘肃省', '甘', '陇安市', '临峪县', ['石川镇', '马营镇', '新集乡', '峡口乡']),
    ('四川省', '川', '川岳市', '凉溪县', ['金河镇', '白马镇', '洛木乡', '竹坪乡']),
    ('广西壮族自治区', '桂', '桂岭市', '龙岜县', ['那坡镇', '板桥镇', '六合乡', '弄怀乡']),
    ('湖南省', '湘', '湘峰市', '溆阳县', ['花桥镇', '龙潭镇', '双井乡', '黄茅乡']),
    ('河南省', '豫', '豫淇市', '淇东县', ['城郊乡', '桑园镇', '柳林镇', '大河乡']),
    ('陕西省', '陕', '秦安市', '岚川县', ['岚河镇', '铁佛镇', '双溪镇', '蔺口镇']),
    ('宁夏回族自治区', '宁', '六盘市', '固峰县', ['三岔镇', '黄铎镇', '红庄乡', '官厅镇']),
    ('江西省', '赣', '赣岭市', '赣源县', ['梅林镇', '长岗乡', '古陂镇', '银坑镇']),
    ('湖北省', '鄂', '鄂峡市', '恩峡县', ['沙溪镇', '椒园镇', '芭蕉乡', '白杨坪镇']),
    ('山西省', '晋', '晋岚市', '岚峪县', ['东村镇', '宋家湾乡', '王家岔乡', '普明镇']),
]
VILL = ['石门村', '坪上村', '新寨村', '河湾村', '大坡村', '松林村', '白岩村', '龙井村', '杨柳村', '高桥村',
        '水口村', '茶园村', '桃源村', '长冲村', '枫木村', '岔河村', '双龙村', '金竹村', '上坝村', '丰收村',
        '团结村', '凉水村', '岩口村', '沙坪村']
EAST = [('浙江省', '湖滨市', '临湖区'), ('广东省', '粤海市', '南屿区'), ('江苏省', '苏澄市', '澄江区'),
        ('福建省', '闽江市', '屿山区'), ('山东省', '鲁东市', '齐滨区'), ('天津市', '', '津河区')]


class V:
    """year-dependent vocabulary of the genre"""

    def __init__(self, y):
        old = y <= 2020
        self.fund = '财政专项扶贫资金' if old else '衔接推进乡村振兴补助资金'
        self.fs = '扶贫资金' if old else '衔接资金'
        self.lib = '脱贫攻坚项目库' if old else '巩固拓展脱贫攻坚成果和乡村振兴项目库'
        self.poor = '建档立卡贫困户' if old else '脱贫户'
        self.pp = '建档立卡贫困人口' if old else '脱贫人口'
        self.mon = '边缘易致贫户' if old else '监测户'
        self.monp = '边缘易致贫人口' if old else '监测对象'
        self.ewc = '东西部扶贫协作' if old else '东西部协作'
        self.lx = '扶贫开发办公室' if old else ('乡村振兴局' if y <= 2023 else '农业农村局')
        self.goal = '打赢脱贫攻坚战' if old else '巩固拓展脱贫攻坚成果同乡村振兴有效衔接'
        self.loan = '扶贫小额信贷' if old else '脱贫人口小额信贷'
        self.keyv = '深度贫困村' if old else '乡村振兴重点帮扶村'
        self.lab = '建档立卡贫困劳动力' if old else '脱贫劳动力'


def grade_of(score, bands):
    for lo, name in bands:
        if D(score) >= lo:
            return name
    return bands[-1][1]


BAND_STD = [(90, '优'), (80, '良'), (60, '中'), (0, '差')]
BAND_STD2 = [(90, '优秀'), (80, '良好'), (60, '合格'), (0, '不合格')]


def band_text(bands):
    parts = []
    for i, (lo, name) in enumerate(bands):
        if i == 0:
            parts.append(f'{lo}分（含）以上为“{name}”')
        elif lo == 0:
            parts.append(f'{bands[i - 1][0]}分以下为“{name}”')
        else:
            parts.append(f'{lo}分（含）至{bands[i - 1][0]}分为“{name}”')
    return '、'.join(parts)


# ----------------------------------------------------------------- tables
def dwidth(s):
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)


def render(header, rows, style):
    allr = [header] + rows
    if style == 'pipe':
        out = ['| ' + ' | '.join(header) + ' |', '|' + '|'.join(['---'] * len(header)) + '|']
        out += ['| ' + ' | '.join(rw) + ' |' for rw in rows]
        return out
    if style == 'tab':
        return ['\t'.join(rw) for rw in allr]
    if style == 'full':
        return ['│' + '│'.join(rw) + '│' for rw in allr]
    # space aligned
    allr = [[c if c else '—' for c in rw] for rw in allr]
    w = [max(dwidth(rw[i]) for rw in allr) for i in range(len(header))]
    out = []
    for rw in allr:
        cells = [rw[i] + ' ' * (w[i] - dwidth(rw[i])) for i in range(len(rw))]
        out.append('  '.join(cells).rstrip())
    return out


# ----------------------------------------------------------------- context
class Ctx:
    def __init__(self, idx, plan, apply):
        self.idx = idx
        self.plan = plan
        self.rng = random.Random(SEED * 1000 + idx)
        self.srng = random.Random(SEED * 7919 + idx)
        self.slip = plan['slip']
        self.apply = apply
        self.lines = []
        self.detail = None
        self.traps = []
        self.year = plan['year']
        self.v = V(self.year)
        pv = PROV[plan['prov']]
        self.prov, self.ab, self.city, self.county, self.towns = pv
        self.style = plan['style']
        self.spaced = plan['spaced']
        self.variant = plan['variant']

    def p(self, text):
        assert '  ' not in text and '\t' not in text and '|' not in text
        self.lines.append(['p', text])

    def tab(self, header, rows):
        for ln in render(header, rows, self.style):
            self.lines.append(['t', ln])

    def sv(self, fam, right, desc, mode=None, pred=None, wrong=None):
        if self.slip != fam:
            return right
        if wrong is None:
            wrong = mutate(self.srng, right, mode, pred)
        assert self.detail is None, 'two slip sites'
        self.detail = f'{desc}写作“{wrong}”，应为“{right}”'
        return wrong if self.apply else right

    def trap(self, t):
        if t not in self.traps:
            self.traps.append(t)

    def text(self):
        out = []
        for kind, s in self.lines:
            if kind == 'p' and self.spaced:
                s = re.sub(r'(\d)([\u4e00-\u9fff])', r'\1 \2', s)
                s = re.sub(r'([\u4e00-\u9fff])(\d)', r'\1 \2', s)
            out.append(s)
        return '\n'.join(out) + '\n'


def wen(c, kind='财农'):
    return f'{c.ab}{kind}〔{c.year}〕{c.rng.randint(12, 98)}号'


def villages(r, k):
    return r.sample(VILL, k)


def pick_scores(r, weights, drops):
    """weights: list of 分值; drops: candidate deductions"""
    out = []
    for w in weights:
        d = D(r.choice(drops))
        out.append(max(D(w) - d, D(0)))
    return out


# ================================================================= templates
def tpl_A(c):
    """县级衔接资金（专项扶贫资金）项目绩效自评报告"""
    r, v, Y, ct = c.rng, c.v, c.year, c.county
    C = money(r, 1800, 6000)
    P = money(r, 500, 2000)
    M = money(r, 50, 400)
    X = money(r, 200, 1200)
    T = C + P + M + X
    use_table = c.variant == 1
    while True:
        L = money(r, 40, 180)
        K = money(r, 60, 300)
        I = q(T * frac(r, 0.56, 0.68))
        J = T - I - L - K
        sh = [pct(x, T) for x in (I, J, K, L)]
        if use_table and sum(sh) == 100:
            continue
        break
    Ic = q(C * frac(r, 0.56, 0.70))
    rc = pct(Ic, C)
    pIT = pct(I, T)
    S = q(T * frac(r, 0.90, 0.995))
    sp = pct(S, T)
    E = T - S
    Nlib = r.randint(150, 420)
    n = r.randint(45, 120)
    b = r.randint(3, 15)
    a = n - b
    cc = r.randint(2, 9)
    hh = r.randint(2500, 9000)
    Z = money(r, hh * 0.15, hh * 0.35)
    ahh = q(Z * 10000 / hh, 0)
    h1 = r.randint(6000, 15000)
    h2 = r.randint(200, 900)
    H = h1 + h2 + r.randint(2000, 8000)
    Hp = r.randint(int(H * 3.1), int(H * 3.8))
    a0 = r.randint(9000, 14500)
    a1 = a0 + r.randint(700, 1900)
    g = pct(a1 - a0, a0)
    nq = r.randint(300, 600)
    mq = nq - r.randint(1, 15)
    kq = mq - r.randint(3, 25)
    sat = pct(kq, mq)
    s1, s2, s3, s4 = (D(r.choice(x)) for x in (['20', '19', '19.5', '18'], ['20', '19', '18.5', '18'],
                                                ['30', '29', '28.5', '28', '27'], ['30', '29', '28', '27.5']))
    ST = s1 + s2 + s3 + s4
    grade = grade_of(ST, BAND_STD)
    bureau = ct + (c.plan['bureau'] or v.lx)
    c.p(bureau)
    c.p(f'{ct}{Y}年度{v.fund}项目绩效自评报告')
    c.p('一、基本情况')
    c.p('（一）资金安排情况')
    Ps = c.sv('sum.breakdown', fm(P), '省级资金', mode=['transpose', 'stale'])
    c.p(f'{Y}年，{ct}共到位{v.fund}{fm(T)}万元，由中央资金{fm(C)}万元、省级资金{Ps}万元、市级资金{fm(M)}万元和县级资金{fm(X)}万元构成。'
        f'资金依据{wen(c)}、{wen(c)}等文件下达，全部纳入{v.lib}管理。')
    c.p('（二）项目实施情况')
    c.p(f'全县纳入{Y}年度{v.lib}项目{Nlib}个，年度实施项目{n}个，按实施进度分，已完工{a}个、在建{b}个。'
        f'全年共完工项目{a + cc}个（含{Y - 1}年结转项目{cc}个）。')
    c.trap('完工数含上年结转项目（完工≠本年实施−在建）')
    if use_table:
        c.p(f'表1 {Y}年{v.fs}使用结构')
        c.tab(['资金用途', '金额（万元）', '占比（%）'],
              [['产业发展', fm(I), fm(sh[0])], ['基础设施', fm(J), fm(sh[1])], ['就业帮扶', fm(K), fm(sh[2])],
               ['小额信贷贴息', fm(L), fm(sh[3])], ['项目管理费', '0.00', '0.00'], ['合计', fm(T), '100.00']])
        c.trap(f'占比列按四舍五入逐项计算，分项合计{fm(sum(sh))}%而合计行为100.00%')
    else:
        c.p(f'全年{v.fs}{fm(T)}万元，按资金用途分，产业发展{fm(I)}万元、基础设施{fm(J)}万元、就业帮扶{fm(K)}万元、'
            f'小额信贷贴息{fm(L)}万元、项目管理费0.00万元。')
    c.trap('项目管理费0.00万元（该类未发生）')
    c.p('二、绩效目标')
    c.p(f'（一）总体目标：{v.goal}，支持联农带农富农产业发展，补齐农村基础设施短板，守住不发生规模性返贫底线。')
    c.p(f'（二）年度指标：{v.fs}用于产业发展的比重不低于55%，项目完工率不低于90%，受益群众满意度不低于90%。')
    c.p('三、绩效目标完成情况')
    rcs = c.sv('rate.ratio', fm(rc), '中央资金中产业项目资金占比', mode=['transpose', 'stale'])
    c.p(f'（一）资金投入情况。产业发展资金{fm(I)}万元，占{v.fs}总额{fm(T)}万元的{fm(pIT)}%，高于55%的目标要求；'
        f'中央资金{fm(C)}万元中产业项目资金{fm(Ic)}万元，占比{rcs}%。')
    c.trap('占比口径为中央一级资金（中央资金中产业项目占比≠产业资金/全部资金）')
    c.p(f'（二）资金执行情况。截至{Y}年12月31日，全年到位资金{fm(T)}万元，累计支出{fm(S)}万元，支出进度{fm(sp)}%，'
        f'结余{fm(E)}万元，已按规定结转下年使用。')
    c.p(f'（三）项目效益。产业项目带动{v.poor}和{v.mon}{hh}户增收，增收总额{fm(Z)}万元，户均增收{ahh}元；'
        f'全县受益农户{H}户{Hp}人，其中{v.poor}{h1}户、{v.mon}{h2}户。')
    c.trap('户与人并列（受益农户户数/人数），其中仅列脱贫户和监测户（非穷尽）')
    c.p(f'{v.pp}人均纯收入由上年{a0}元增加到{a1}元，增长{fm(g)}%，增速高于全县农村居民人均可支配收入增速。')
    c.trap('增收口径为脱贫人口而非全体农户')
    c.p(f'（四）满意度。发放问卷{nq}份，收回有效问卷{mq}份，其中满意及基本满意{kq}份，满意度{fm(sat)}%。')
    c.trap('满意度以有效问卷为分母而非发放问卷')
    c.p('四、自评结果')
    s2s = c.sv('score.total', fs(s2), '项目过程得分', mode='stale', pred=lambda w: D(0) <= w <= 20)
    c.p(f'对照绩效目标，采用百分制评分。经自评，综合得分{fs(ST)}分，其中项目决策{fs(s1)}分、项目过程{s2s}分、'
        f'项目产出{fs(s3)}分、项目效益{fs(s4)}分，评价等级为“{grade}”。')
    c.p('五、存在问题及改进措施')
    c.p('（一）部分项目前期工作准备不足，开工时间较晚，影响资金支出进度。')
    c.p('（二）部分产业项目联农带农机制不够紧密，带动效果有待提升。')
    c.p(f'下一步，我们将加强项目库动态管理，提前做好项目前期工作，加快资金支出，切实提升{v.fs}使用效益。')


def tpl_B(c):
    """以工代赈项目绩效自评报告"""
    r, v, Y, ct = c.rng, c.v, c.year, c.county
    town = r.choice(c.towns)
    vs = villages(r, 3)
    kind = c.plan['bureau']
    if '交通' in kind:
        pname = f'{ct}{town}产业路以工代赈项目'
        unit, what = '公里', '硬化产业路'
        content = '硬化产业路及配套排水沟、错车道等附属设施'
    elif '水务' in kind:
        pname = f'{ct}{town}小型农田水利以工代赈项目'
        unit, what = '公里', '新建渠道'
        content = '新建及改造灌溉渠道、蓄水池和田间机耕道'
    else:
        pname = f'{ct}{Y}年{town}以工代赈示范工程'
        unit, what = '公里', '硬化村组道路'
        content = '硬化村组道路、修建产业便道和小型水利设施'
    req = 10 if Y <= 2020 else (15 if Y == 2021 else 30)
    C = money(r, 150, 600)
    L = money(r, 20, 150)
    T = C + L
    w = frac(r, (req + 1) / 100, (req + 12) / 100)
    W = q(C * w)
    over_total = c.variant == 1
    rw = pct(W, T) if over_total else pct(W, C)
    n = r.randint(60, 260)
    k = n * r.randint(4, 9) + r.randint(0, 40)
    m = r.randint(int(n * 0.4), int(n * 0.8))
    aw = q(W * 10000 / n, 0)
    x = D(r.randint(30, 120)) / 10
    y = x + D(r.choice([0, 0, 1, 2, 3])) / 10
    rr = pct(y, x)
    t = r.randint(2, 6)
    tp = r.randint(120, 400)
    S = q(T * frac(r, 0.93, 0.985))
    rs = pct(S, T)
    E = T - S
    sat = q(D(r.randint(920, 995)) / 10, 1)
    n0 = n - r.randint(5, 30)
    m0 = m - r.randint(3, 20)
    aw0 = int(aw) // 500 * 500
    rows_w = [15, 10, 10, 5, 10, 10, 10, 10, 10, 10]
    sc = [D(15), D(10), D(10), D(r.choice([5, 4, 4.5])), D(10), D(10), D(10), D(10),
          D(r.choice(['9', '9.5', '10'])), q(10 * rs / 100)]
    ST = sum(sc)
    grade = grade_of(ST, BAND_STD)
    c.p(ct + kind)
    c.p(f'{pname}绩效自评报告')
    c.p('一、项目基本情况')
    c.p(f'（一）项目概况。{pname}于{Y}年{r.randint(3, 5)}月开工、{r.randint(9, 11)}月完工，'
        f'建设地点位于{town}{vs[0]}、{vs[1]}、{vs[2]}等村，主要建设内容为{content}。')
    c.p(f'（二）资金安排。项目总投资{fm(T)}万元，由中央预算内以工代赈资金{fm(C)}万元和县级配套资金{fm(L)}万元构成，'
        f'中央资金依据{wen(c, "发改投资")}下达。')
    c.p('二、绩效目标')
    c.p('（一）总体目标：采取以工代赈方式建设农村中小型基础设施，组织当地农村劳动力就地就近务工，发放劳务报酬，带动群众增收。')
    c.p(f'（二）年度指标：{what}{fm(x, 1)}{unit}以上，吸纳务工群众{n0}人以上，劳务报酬占中央资金比例不低于{req}%。')
    c.p('三、绩效目标完成情况')
    c.p(f'（一）产出完成情况。计划{what}{fm(x, 1)}{unit}，实际完成{fm(y, 1)}{unit}，完成率{fm(rr)}%，工程一次性验收合格。')
    if y > x:
        c.trap('完成率超过100%（实际超计划）')
    c.p(f'（二）劳务报酬发放情况。项目累计发放劳务报酬{fm(W)}万元，惠及务工群众{n}人（累计{k}人次），人均{aw}元，'
        f'其中{v.pp}和{v.monp}{m}人。')
    c.trap('人与人次并列，人均按人数而非人次计算')
    rws = c.sv('rate.ratio', fm(rw), '劳务报酬占比', mode=['transpose', 'stale'])
    if over_total:
        c.p(f'劳务报酬{fm(W)}万元，占项目总投资{fm(T)}万元的{rws}%，占中央资金的比例高于{req}%的要求。')
        c.trap('劳务报酬占比按项目总投资计算（另称对中央资金比例达标）')
    else:
        c.p(f'劳务报酬{fm(W)}万元，占中央以工代赈资金{fm(C)}万元的{rws}%，高于{req}%的要求。')
        c.trap('劳务报酬占比以中央资金为分母而非项目总投资')
    c.p(f'（三）技能培训。结合项目建设开展务工技能培训{t}期、{tp}人次，提升务工群众就业技能。')
    c.trap('期数与人次并列')
    Es = c.sv('balance.carryover', fm(E), '剩余质保金', mode=['transpose', 'stale'])
    c.p(f'（四）资金支付情况。项目总投资{fm(T)}万元，截至{Y}年12月31日累计支付{fm(S)}万元，支付率{fm(rs)}%，'
        f'剩余{Es}万元为工程质量保证金，待质保期满后支付。')
    c.p('四、绩效指标完成及评分情况')
    c.p(f'表 {pname}绩效指标自评表')
    hdr = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']
    rows = [
        ['产出指标', '数量指标', what, f'≥{fm(x, 1)}{unit}', f'{fm(y, 1)}{unit}'],
        ['产出指标', '数量指标', '吸纳务工群众人数', f'≥{n0}人', f'{n}人'],
        ['产出指标', '质量指标', '工程验收合格率', '100%', '100%'],
        ['产出指标', '时效指标', '项目按期完工率', '100%', '100%' if sc[3] == 5 else '已完工，略有延期'],
        ['成本指标', '经济成本指标', '劳务报酬发放', '足额发放', '足额发放'],
        ['效益指标', '经济效益指标', '务工群众人均劳务报酬', f'≥{aw0}元', f'{aw}元'],
        ['效益指标', '社会效益指标', f'带动{v.pp}和{v.monp}务工', f'≥{m0}人', f'{m}人'],
        ['效益指标', '可持续影响指标', '工程设计使用年限', '≥10年', '10年'],
        ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', f'{fm(sat, 1)}%'],
        ['预算执行', '资金执行', '预算执行率', '100%', f'{fm(rs)}%'],
    ]
    for i, rw_ in enumerate(rows):
        rw_ += [str(rows_w[i]), fs(sc[i])]
    rows.append(['合计', '', '', '', '', '100', fs(ST)])
    c.tab(hdr, rows)
    c.p(f'经自评，该项目总体自评得分{fs(ST)}分，评价等级为“{grade}”。')
    c.p('五、存在问题及下一步措施')
    c.p('部分务工群众技能水平不高，项目建设受雨季影响工期有所延后。下一步将加强务工组织和技能培训，及时支付质保金。')


def tpl_C(c):
    """东西部协作财政援助资金项目绩效自评报告"""
    r, v, Y, ct = c.rng, c.v, c.year, c.county
    ep, ec, ed = EAST[c.plan['east']]
    east_full = f'{ep}{ec}{ed}'
    east = ed
    k = r.choice([2, 3])
    nproj = r.randint(5, 7)
    towns = c.towns
    vs = villages(r, nproj)
    kinds = ['食用菌种植基地建设项目', '冷链物流仓储设施项目', '茶叶加工厂提升改造项目', '就业帮扶车间建设项目',
             '乡村振兴示范点人居环境整治项目', '中药材育苗基地项目', '肉牛养殖小区建设项目']
    r.shuffle(kinds)
    proj = []
    for i in range(nproj):
        proj.append([f'{vs[i]}{kinds[i]}', r.choice(towns), money(r, 120, 900), r.randint(40, 420)])
    T = sum(p[2] for p in proj)
    # batches: independent split of T
    while True:
        cuts = sorted(q(T * frac(r, 0.15, 0.85)) for _ in range(k - 1))
        bats = [cuts[0]] + [cuts[i] - cuts[i - 1] for i in range(1, len(cuts))] + [T - cuts[-1]]
        if all(b_ > 50 for b_ in bats):
            break
    sumP = sum(p[3] for p in proj)
    tj = r.randint(1500, 4000)
    nj = tj + r.randint(-200, 900)
    rj = pct(nj, tj)
    mj = r.randint(int(nj * 0.3), int(nj * 0.6))
    ej = r.randint(int(nj * 0.2), int(nj * 0.5))
    cx = q(D(r.randint(80, 460)) / 100)
    cz = money(r, 1500, float(cx) * 10000 * 0.6)
    g1 = r.randint(3, 9)
    g2 = r.randint(20, 80)
    tr = r.randint(800, 3000)
    ent = r.randint(3, 12)
    inv = money(r, 3000, 30000)
    sat = q(D(r.randint(930, 990)) / 10, 1)
    c.p(f'{ct}{v.ewc}工作领导小组办公室')
    c.p(f'{ct}{Y}年度{v.ewc}财政援助资金项目绩效自评报告')
    c.p('一、基本情况')
    bs = [fm(b_) for b_ in bats]
    bs[1] = c.sv('sum.breakdown', bs[1], '第二批援助资金', mode=['transpose', 'stale'])
    c.p(f'{Y}年，{east_full}（以下简称“{east}”）按照{v.ewc}协议安排我县财政援助资金{fm(T)}万元，分{CN[k]}批下达，'
        f'分别为' + '、'.join(b_ + '万元' for b_ in bs) + '。')
    c.p(f'资金全部纳入{v.lib}管理，共实施援助项目{nproj}个，重点支持产业发展、劳务协作和乡村建设。')
    c.p('二、项目实施情况')
    c.p(f'表1 {Y}年{v.ewc}财政援助资金项目安排情况')
    rows = [[p[0], p[1], fm(p[2]), str(p[3])] for p in proj]
    rows.append(['合计', '', fm(T), str(sumP)])
    c.tab(['项目名称', '实施地点', '援助资金（万元）', f'带动{v.pp}（人）'], rows)
    c.p('三、绩效目标完成情况')
    c.p(f'（一）劳务协作。帮助农村劳动力转移就业{nj}人，为年度目标任务{tj}人的{fm(rj)}%；'
        f'其中{v.lab}{mj}人，到{ep}就业{ej}人。')
    if nj > tj:
        c.trap('转移就业完成率超过100%')
    c.trap('“其中脱贫劳动力”“到东部就业”为非穷尽子项')
    c.p(f'（二）消费帮扶。通过{east}机关食堂采购、线上直播带货、展销会等方式销售{c.prov}农特产品{fm(cx)}亿元，'
        f'其中{east}机关企事业单位直接采购{fm(cz)}万元。')
    c.trap('亿元总额与万元子项混用')
    c.p(f'（三）人才交流。{east}选派挂职干部{g1}人、专业技术人才{g2}人到我县开展帮扶，累计培训基层干部和技术人员{tr}人次。')
    c.p(f'（四）产业合作。引导{ent}家{east}企业到我县投资兴业，实际到位投资{fm(inv)}万元。')
    c.p('四、绩效自评结果')
    weights = [10, 15, 10, 10, 5, 10, 15, 10, 5, 10]
    names = [('产出指标', '数量指标', '实施援助项目数', f'{nproj}个', f'{nproj}个'),
             ('产出指标', '数量指标', '帮助农村劳动力转移就业', f'≥{tj}人', f'{nj}人'),
             ('产出指标', '数量指标', '销售农特产品金额', f'≥{fm(cx - D("0.3"))}亿元', f'{fm(cx)}亿元'),
             ('产出指标', '质量指标', '项目验收合格率', '100%', '100%'),
             ('产出指标', '时效指标', '资金拨付及时率', '100%', '100%'),
             ('成本指标', '经济成本指标', '项目资金控制', f'≤{fm(T)}万元', f'{fm(T)}万元'),
             ('效益指标', '经济效益指标', f'带动{v.pp}增收', f'≥{sumP - r.randint(10, 60)}人', f'{sumP}人'),
             ('效益指标', '社会效益指标', '培训基层干部和技术人员', f'≥{tr - r.randint(50, 200)}人次', f'{tr}人次'),
             ('效益指标', '可持续影响指标', '项目持续发挥效益年限', '≥5年', '5年'),
             ('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', f'{fm(sat, 1)}%')]
    sc = [D(wt) for wt in weights]
    if nj < tj:
        sc[1] = q(D(15) * nj / tj, 1)
    sc[9] = D(r.choice(['9', '9.5', '10']))
    ST = sum(sc)
    grade = grade_of(ST, BAND_STD2)
    rows = []
    cap_i = r.choice([i for i in range(10) if sc[i] == weights[i] and weights[i] >= 15] or
                     [i for i in range(10) if sc[i] == weights[i] and weights[i] >= 10])
    for i, nm in enumerate(names):
        wt = str(weights[i])
        if i == cap_i:
            wt = c.sv('score.cap', wt, f'“{nm[2]}”的分值（得分{fs(sc[i])}分）', mode='stale' if weights[i] == 15 else 'drop',
                      pred=lambda w_, s_=sc[i]: D(0) < w_ < s_)
        rows.append(list(nm) + [wt, fs(sc[i])])
    show_w = c.slip != 'score.cap' and r.random() < 0.6
    rows.append(['合计', '', '', '', '', '100' if show_w else '', fs(ST)])
    c.p('表2 绩效指标自评情况')
    c.tab(['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'], rows)
    c.p(f'综合自评得分{fs(ST)}分，评价等级为“{grade}”。')
    Ts = c.sv('unit.magnitude', fm(T) + '万元', '援助资金总额单位', wrong=fm(T) + '元')
    if c.slip != 'unit.magnitude':
        c.p(f'全年{Ts}援助资金（折合{fm(T * 10000)}元）已全部拨付至项目实施单位，无滞留挪用。')
        c.trap('万元金额以元（含分）复述')
    else:
        c.p(f'全年{Ts}援助资金已全部拨付至项目实施单位，无滞留挪用。')
    c.p('五、存在问题及建议')
    c.p('部分项目联农带农机制仍需完善，消费帮扶产品标准化程度不高。下一步将加强项目后续管护，推动产业合作提质增效。')


def tpl_D(c):
    """乡镇衔接资金产业项目资产收益绩效自评"""
    r, v, Y = c.rng, c.v, c.year
    town = r.choice(c.towns)
    gov = town + '人民政府'
    tz = town[-1]
    nv = r.randint(9, 16)
    k = r.randint(4, 7)
    vs = villages(r, k)
    j = r.randint(2, 3)
    keys = r.sample(vs, j)
    w = r.randint(j + 1, k)
    hp = r.randint(900, 2600)
    pp = r.randint(int(hp * 3.1), int(hp * 3.9))
    hm = r.randint(30, 120)
    pm = r.randint(int(hm * 2.8), int(hm * 3.6))
    np_ = r.randint(3, 6)
    rows = []
    for vn in vs:
        A = money(r, 60, 420)
        R = q(A * frac(r, 0.05, 0.09))
        Dv = q(R * frac(r, 0.55, 0.75))
        Hh = r.randint(40, 260)
        rows.append([vn, A, R, Dv, Hh])
    A = sum(x[1] for x in rows)
    R = sum(x[2] for x in rows)
    Dv = sum(x[3] for x in rows)
    H = sum(x[4] for x in rows)
    T = A + money(r, 0, 60)
    ad = q(Dv * 10000 / H, 0)
    yr = pct(R, A)
    c0 = money(r, 40, 160)
    c1 = c0 + money(r, 8, 60)
    d = c1 - c0
    gr = pct(d, c0)
    n10 = r.randint(2, nv)
    ind = r.choice(['茶叶', '食用菌', '中药材', '肉牛养殖', '光伏', '蔬菜大棚'])
    c.p(gov)
    c.p(f'{town}{Y}年度{v.fs}产业项目资产收益绩效自评报告')
    c.p('一、基本情况')
    c.p(f'{town}辖{nv}个行政村，其中{v.keyv}{w}个，{Y}年全{tz}有{v.poor}{hp}户{pp}人、{v.mon}{hm}户{pm}人。')
    c.trap('户与人并列')
    c.p(f'近年来，我{tz}利用{v.fs}实施{ind}等产业项目{np_}个，累计投入{fm(T)}万元，形成经营性资产{fm(A)}万元，'
        f'已全部完成资产确权登记。')
    c.trap('累计投入≠形成经营性资产（非穷尽）')
    ks = c.sv('count.mismatch', str(k), '确权村数', mode='stale', pred=lambda w_: abs(w_ - k) <= 2 and w_ > 0)
    c.p(f'经营性资产确权到{ks}个村（{"、".join(vs)}），其中{v.keyv}{j}个（{"、".join(keys)}）。')
    c.trap('“其中”仅列重点帮扶村子集')
    c.p('二、绩效目标')
    c.p(f'确保资产保值增值，资产收益优先用于{v.poor}和{v.mon}分红及村内小型公益事业，联农带农机制持续有效。')
    c.p('三、资产收益及分配情况')
    c.p(f'表 {Y}年度资产收益分配情况')
    trows = [[x[0], fm(x[1]), fm(x[2]), fm(x[3]), str(x[4])] for x in rows]
    trows.append(['合计', fm(A), fm(R), fm(Dv), str(H)])
    c.tab(['村名', '确权资产（万元）', '资产收益（万元）', '分红到户（万元）', '受益户数（户）'], trows)
    c.p(f'全年实现资产收益{fm(R)}万元，其中分红到户{fm(Dv)}万元，惠及{v.poor}和{v.mon}{H}户，户均分红{ad}元；'
        f'其余收益用于村内小型公益事业和公益岗位补助。')
    c.p(f'确权资产{fm(A)}万元全年实现收益{fm(R)}万元，资产收益率{fm(yr)}%。')
    c.p('四、村集体经济发展情况')
    ds = c.sv('change', fm(d), '村集体经济收入增加额', mode=['transpose', 'stale'])
    c.p(f'全{tz}{nv}个村村集体经济收入合计{fm(c1)}万元，比上年{fm(c0)}万元增加{ds}万元，增长{fm(gr)}%；'
        f'年收入10万元以上的村达到{n10}个。')
    c.p('五、自评结论')
    sc = [D(r.choice(['20', '19', '18.5'])), D(r.choice(['20', '19', '18'])), D(r.choice(['30', '28.5', '29'])),
          D(r.choice(['30', '29', '27.5']))]
    ST = sum(sc)
    c.p(f'经对照绩效目标自评，综合得分{fs(ST)}分，等级为“{grade_of(ST, BAND_STD2)}”。'
        f'项目资产运营总体良好，收益分配公开透明，群众满意度较高。')
    c.p('六、存在问题')
    c.p('个别村经营主体抗风险能力较弱，收益不够稳定；资产后续管护责任有待进一步压实。')


def tpl_E(c):
    """小额信贷贴息资金绩效自评"""
    r, v, Y, ct = c.rng, c.v, c.year, c.county
    bureau = ct + (c.plan['bureau'] or v.lx)
    Bal = money(r, 3000, 18000)
    h = r.randint(800, 4000)
    avg = q(Bal / h)
    nl = money(r, 800, 5000)
    hn = r.randint(200, 1200)
    need = h + r.randint(100, 900)
    got = need - r.randint(0, 60)
    rg = pct(got, need)
    Bavg = q(Bal * frac(r, 0.85, 1.1))
    ir = D(r.choice(['3.45', '3.65', '3.85', '4.35', '4.75']))
    I = q(Bavg * ir / 100)
    B0 = q(I * frac(r, 0.7, 0.9))
    add = q(I * frac(r, 0.15, 0.35))
    B1 = B0 + add
    while B1 <= I:
        add += D('10.00')
        B1 = B0 + add
    S = I
    re_ = pct(S, B1)
    E = B1 - S
    r2 = pct(S, B0)
    sc_ = q(I * frac(r, 0.6, 0.9))
    sx = I - sc_
    o = money(r, 5, float(Bal) * 0.015)
    orr = pct(o, Bal)
    c.p(bureau)
    c.p(f'{ct}{Y}年度{v.loan}贴息资金绩效自评报告')
    c.p('一、项目基本情况')
    c.p(f'为支持{v.poor}和{v.mon}发展生产、增收致富，{ct}持续落实{v.loan}政策，对符合条件的贷款按规定给予贴息，'
        f'贴息资金由{v.fs}和县级财政资金共同安排。')
    c.p('二、资金安排及执行情况')
    c.p(f'年初预算安排贴息资金{fm(B0)}万元，年中追加{fm(add)}万元，调整后全年预算{fm(B1)}万元，全年实际支付{fm(S)}万元，'
        f'预算执行率{fm(re_)}%，结余{fm(E)}万元。')
    c.trap('执行率按调整后全年预算计算（同句另列年初预算）')
    c.p(f'全年实际支付{fm(S)}万元，为年初预算{fm(B0)}万元的{fm(r2)}%，主要是年中贷款投放量增加，相应追加了贴息资金。')
    c.trap('决算为年初预算的百分比超过100%')
    c.p(f'贴息资金{fm(I)}万元由中央{v.fs}{fm(sc_)}万元和县级财政资金{fm(sx)}万元构成。')
    c.p('三、绩效目标完成情况')
    c.p(f'截至{Y}年12月末，全县{v.loan}余额{fm(Bal)}万元，涉及{v.poor}和{v.mon}{h}户，户均贷款{fm(avg)}万元。')
    c.p(f'当年新发放贷款{fm(nl)}万元、{hn}户；全县有贷款意愿的{v.poor}和{v.mon}{need}户，累计获贷{got}户，获贷率{fm(rg)}%。')
    c.p(f'按贷款年均余额{fm(Bavg)}万元、年化贴息率{fm(ir)}%测算，全年应贴息{fm(I)}万元，已全部兑付到户。')
    c.trap('贴息按年均余额而非年末余额计算')
    Is = c.sv('unit.magnitude', fm(I) + '万元', '贴息资金兑付额单位', wrong=fm(I) + '元')
    c.p(f'全年{Is}贴息资金分{CN[2]}次兑付，兑付结果在村务公开栏公示。')
    c.p(f'全县贷款余额{fm(Bal)}万元中逾期贷款{fm(o)}万元，逾期率{fm(orr)}%，低于2%的风险控制线；'
        f'全年未发生风险补偿金代偿，代偿金额0万元。')
    c.trap('风险补偿代偿0万元（未发生）')
    c.p('四、自评结论')
    sc = [D(r.choice(['20', '19'])), D(r.choice(['20', '19.5', '18'])), D(r.choice(['30', '29', '28'])),
          D(r.choice(['30', '28.5', '29']))]
    ST = sum(sc)
    c.p(f'经自评，综合得分{fs(ST)}分，其中决策{fs(sc[0])}分、过程{fs(sc[1])}分、产出{fs(sc[2])}分、效益{fs(sc[3])}分，'
        f'绩效等级为“{grade_of(ST, BAND_STD)}”。')
    c.p('五、存在问题及改进措施')
    c.p('部分贷款户发展项目单一，产业风险相对集中；个别乡镇贷后管理不到位。下一步将加强贷前审查和贷后跟踪，防范化解逾期风险。')


def tpl_F(c):
    """乡村振兴局部门决算说明"""
    r, v, Y, ct = c.rng, c.v, c.year, c.county
    unit = ct + (c.plan['bureau'] or v.lx)
    C0 = money(r, 20, 300)
    RI = money(r, 800, 6000)
    RT = C0 + RI
    C1 = money(r, 10, 200)
    EI = RT - C1
    RIp = q(RI * frac(r, 0.7, 0.95))
    d = RI - RIp
    g = pct(d, RIp)
    O = money(r, 5, 60)
    F = RI - O
    rf = pct(F, RI)
    Bs = q(EI * frac(r, 0.06, 0.15))
    Pall = EI - Bs
    Fe = q(EI * frac(r, 0.85, 0.97))
    F0 = q(Fe * frac(r, 0.55, 0.85))
    rfe = pct(Fe, F0)
    Pf = q(Pall * frac(r, 0.8, 0.95))
    gy = money(r, 2, 12)
    gx = money(r, 0.5, 4)
    g3 = gy + gx
    g3p = g3 + money(r, 0.3, 3)
    dd = g3p - g3
    gg = pct(dd, g3p)
    ope = money(r, 20, 80)
    opep = q(ope * frac(r, 0.85, 0.98))
    do = ope - opep
    go = pct(do, opep)
    oper = opep - money(r, 2, 10)
    gp = money(r, 50, 600)
    gsme = q(gp * frac(r, 0.6, 0.95))
    rgs = pct(gsme, gp)
    npj = r.randint(12, 40)
    ea = r.randint(int(npj * 0.5), npj - 2)
    eb = r.randint(1, npj - ea - 1)
    ec = npj - ea - eb
    mpj = q(Pall * frac(r, 0.7, 0.95))
    c.p(f'{unit}{Y}年度部门决算情况说明')
    c.p('一、部门基本情况')
    if '中心' in unit:
        c.p(f'{unit}为县{v.lx}所属公益一类事业单位，内设{r.randint(3, 5)}个科室，'
            f'{Y}年末实有人员{r.randint(12, 30)}人，主要承担{v.fs}项目管理、防止返贫监测帮扶等技术支撑和服务保障工作。')
    else:
        c.p(f'{unit}为县人民政府工作部门，内设{r.randint(4, 7)}个股室，下设{r.randint(1, 3)}个事业单位，'
            f'{Y}年末实有人员{r.randint(18, 60)}人，主要负责{v.goal}相关政策落实、{v.fs}项目管理和监测帮扶等工作。')
    c.p('二、收入支出决算总体情况')
    c.p(f'{Y}年度收入总计{fm(RT)}万元，由本年收入合计{fm(RI)}万元和年初结转和结余{fm(C0)}万元构成。')
    c.trap('收入总计含年初结转和结余（收入总计≠本年收入合计）')
    C1s = c.sv('balance.carryover', fm(C1), '年末结转和结余', mode=['transpose', 'stale'])
    c.p(f'{Y}年度年初结转和结余{fm(C0)}万元，本年收入{fm(RI)}万元，本年支出{fm(EI)}万元，年末结转和结余{C1s}万元。')
    ds = c.sv('change', fm(d), '本年收入比上年增加额', mode=['transpose', 'stale'])
    c.p(f'本年收入合计{fm(RI)}万元，比上年{fm(RIp)}万元增加{ds}万元，增长{fm(g)}%，主要原因是中央和省级{v.fs}规模增加。')
    c.p('三、收入决算情况')
    c.p(f'一般公共预算财政拨款收入{fm(F)}万元，占本年收入合计{fm(RI)}万元的{fm(rf)}%；其他收入{fm(O)}万元，主要为利息收入等。')
    c.p('四、支出决算情况')
    c.p(f'本年支出合计{fm(EI)}万元，包括基本支出{fm(Bs)}万元和项目支出{fm(Pall)}万元两项。'
        f'基本支出主要用于人员工资、社会保障缴费和办公费等；项目支出主要用于产业发展、基础设施、就业帮扶等方面。')
    c.p('五、财政拨款支出决算情况')
    c.p(f'{Y}年度一般公共预算财政拨款支出{fm(Fe)}万元，为年初预算{fm(F0)}万元的{fm(rfe)}%，'
        f'决算数大于年初预算数的主要原因是年中追加{v.fs}。')
    c.trap('决算为年初预算的百分比超过100%（年中追加）')
    c.p(f'财政拨款支出中，项目支出{fm(Pf)}万元，口径为财政拨款，不含其他资金安排的项目支出。')
    c.trap('“项目支出”两种口径（全部资金与财政拨款）')
    c.p('六、“三公”经费支出情况')
    c.p(f'{Y}年度“三公”经费支出{fm(g3)}万元，由公务用车运行维护费{fm(gy)}万元和公务接待费{fm(gx)}万元构成；'
        f'因公出国（境）费和公务用车购置费均为0万元，未发生。')
    c.trap('因公出国（境）费、公务用车购置费0万元（未发生）')
    c.p(f'{Y}年度“三公”经费支出{fm(g3)}万元，比上年{fm(g3p)}万元减少{fm(dd)}万元，下降{fm(gg)}%，主要是严格执行公务接待标准。')
    c.p('七、机关运行经费支出情况')
    c.p(f'{Y}年度机关运行经费{fm(ope)}万元，比上年同口径数{fm(opep)}万元增加{fm(do)}万元，增长{fm(go)}%'
        f'（上年决算数为{fm(oper)}万元，因职能划入按同口径调整）。')
    c.trap('同口径比较（上年决算数与上年同口径数不同）')
    c.p('八、政府采购支出情况')
    c.p(f'{Y}年度政府采购支出总额{fm(gp)}万元，其中授予中小企业合同金额{fm(gsme)}万元，'
        f'占政府采购支出总额{fm(gp)}万元的{fm(rgs)}%。')
    c.p('九、预算绩效管理情况')
    ebs = c.sv('count.mismatch', str(eb), '评价结果为良的项目数', mode='stale', pred=lambda w_: 0 < w_ < 20)
    c.p(f'对{npj}个项目开展绩效自评，涉及资金{fm(mpj)}万元，按评价结果分，优{ea}个、良{ebs}个、中{ec}个。')
    c.p('十、名词解释')
    c.p('年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。')
    c.p('机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。')


def tpl_G(c):
    """项目支出绩效自评表（乡村产业）"""
    r, v, Y, ct = c.rng, c.v, c.year, c.county
    dept = ct + c.plan['bureau']
    prod = r.choice([('茶叶', '新建标准化茶园', '亩'), ('肉牛', '新建标准化圈舍', '平方米'),
                     ('食用菌', '新建食用菌大棚', '个'), ('中药材', '建设中药材种植基地', '亩'),
                     ('柑橘', '改造低产柑橘园', '亩'), ('蔬菜', '新建钢架大棚', '个')])
    pname = f'{ct}{prod[0]}产业发展项目'
    a0 = money(r, 200, 900)
    add = money(r, 30, 200)
    a1 = a0 + add
    c0 = money(r, 20, 150)
    c1 = c0
    B0 = a0 + c0
    B1 = a1 + c1
    S_a = q(a1 * frac(r, 0.88, 0.99))
    S_c = c1
    S = S_a + S_c
    er = pct(S, B1)
    es = q(10 * er / 100)
    x = r.randint(200, 1500)
    y = x + r.randint(0, 120)
    hx = r.randint(150, 600)
    hy = hx + r.randint(0, 80)
    ix = r.choice([1200, 1500, 1800, 2000])
    iy = ix + r.randint(30, 600)
    wx = r.randint(30, 120)
    wy = wx + r.randint(0, 30)
    sat = q(D(r.randint(905, 990)) / 10, 1)
    tl = r.choice(['95%', '90%', '96%'])
    weights = [10, 10, 10, 10, 10, 10, 10, 10, 10]
    sc = [D(10)] * 9
    sc = list(sc)
    sc[3] = D(r.choice(['9', '9.5', '8']))
    sc[8] = D(r.choice(['9', '9.5', '10']))
    ST = es + sum(sc)
    grade = grade_of(ST, BAND_STD)
    c.p(f'{Y}年度项目支出绩效自评表')
    c.p(f'项目名称：{pname}')
    c.p(f'主管部门：{dept}')
    c.p(f'实施单位：{ct}{r.choice(c.towns)}人民政府等{r.randint(3, 6)}个乡镇')
    hdr = ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']
    rows = [['年度资金总额', fm(B0), fm(B1), fm(S), '10', fm(er) + '%', fs(es)],
            ['其中：当年财政拨款', fm(a0), fm(a1), fm(S_a), '', '', ''],
            ['上年结转资金', fm(c0), fm(c1), fm(S_c), '', '', ''],
            ['其他资金', '0.00', '0.00', '0.00', '', '', '']]
    c.tab(hdr, rows)
    c.trap('执行率按全年预算数而非年初预算数计算；年度资金总额含上年结转资金')
    c.trap('其他资金0.00（未发生）')
    c.p(f'年度总体目标：{prod[1]}{x}{prod[2]}，带动{v.poor}{hx}户以上稳定增收，建立健全联农带农机制。')
    c.p(f'实际完成情况：{prod[1]}{y}{prod[2]}，带动{v.poor}{hy}户，户均增收{iy}元，项目已通过县级验收。')
    names = [('产出指标', '数量指标', prod[1], f'≥{x}{prod[2]}', f'{y}{prod[2]}'),
             ('产出指标', '数量指标', f'带动{v.poor}户数', f'≥{hx}户', f'{hy}户'),
             ('产出指标', '质量指标', '项目验收合格率', '100%', '100%'),
             ('产出指标', '时效指标', '项目完成及时率', '100%', tl),
             ('产出指标', '成本指标', '项目建设成本控制', f'≤{fm(B1)}万元', f'{fm(S)}万元'),
             ('效益指标', '经济效益指标', f'带动{v.poor}户均增收', f'≥{ix}元', f'{iy}元'),
             ('效益指标', '社会效益指标', '带动务工就业人数', f'≥{wx}人', f'{wy}人'),
             ('效益指标', '可持续影响指标', '联农带农机制持续运行', '长期', '长期'),
             ('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', f'{fm(sat, 1)}%')]
    tot_i = r.choice([0, 1, 2, 4, 5, 6, 7])
    cap_i = r.choice([i for i in (0, 1, 2, 4, 5, 6, 7) if i != tot_i])
    irows = []
    for i, nm in enumerate(names):
        wt = str(weights[i])
        s_ = fs(sc[i])
        if i == tot_i:
            s_ = c.sv('score.total', s_, f'“{nm[2]}”得分', mode=['drop', 'stale'], pred=lambda w_: D(0) <= w_ < 10)
        if i == cap_i:
            wt = c.sv('score.cap', wt, f'“{nm[2]}”的分值（得分{s_}分）', mode=['drop', 'stale'],
                      pred=lambda w_: D(0) < w_ < 10)
        dev = '' if sc[i] == weights[i] else ('受雨季影响部分工程延期' if i == 3 else '个别群众对后续管护有意见')
        irows.append(list(nm) + [wt, s_, dev])
    show_w = c.slip != 'score.cap'
    irows.append(['总分', '', '', '', '', '100' if show_w else '', fs(ST), ''])
    c.tab(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], irows)
    c.p(f'自评结论：本项目年初预算{fm(B0)}万元，年中追加后全年预算数{fm(B1)}万元，全年执行数{fm(S)}万元，'
        f'执行率{fm(er)}%（按全年预算数计算）。')
    Sas = c.sv('table.text', fm(S_a), '正文复述的当年财政拨款执行数', mode=['transpose', 'stale'])
    c.p(f'其中当年财政拨款执行{Sas}万元，上年结转资金已全部执行完毕。')
    c.p(f'项目总体完成年度绩效目标，自评得分{fs(ST)}分，评价等级为“{grade}”。')
    c.p('存在问题：项目前期准备时间较长，个别子项目完工时间晚于计划；下一步将加快项目实施进度，强化项目资产后续管护。')


def tpl_H(c):
    """市级衔接资金整体绩效自评"""
    r, v, Y = c.rng, c.v, c.year
    city = c.city
    bureau = city + c.plan['bureau']
    ncty = r.randint(5, 7)
    pool = [c.county] + ['东' + c.county[1:], '西' + c.county[1:], c.city[:1] + '北区', c.city[:1] + '阳县',
                         c.city[:1] + '安县', c.city[:1] + '源县', c.city[:1] + '川区']
    ctys = pool[:ncty]
    rows = []
    for cn in ctys:
        al = money(r, 3000, 15000)
        ind = q(al * frac(r, 0.56, 0.70))
        sp = q(al * frac(r, 0.90, 0.995))
        rows.append([cn, al, ind, sp])
    key = r.sample(range(ncty), 2)
    key.sort()
    T = sum(x[1] for x in rows)
    I = sum(x[2] for x in rows)
    S = sum(x[3] for x in rows)
    Tk = sum(rows[i][1] for i in key)
    Ik = sum(rows[i][2] for i in key)
    Sk = sum(rows[i][3] for i in key)
    C = q(T * frac(r, 0.55, 0.68))
    P = q(T * frac(r, 0.18, 0.25))
    M = q(T * frac(r, 0.02, 0.05))
    X = T - C - P - M
    bands = [[(85, '优秀'), (75, '良好'), (60, '合格'), (0, '不合格')],
             [(90, '优'), (80, '良'), (60, '中'), (0, '差')],
             [(90, '优秀'), (80, '良好'), (70, '合格'), (60, '基本合格'), (0, '不合格')]][c.variant]
    while True:
        sc = [D(r.choice(['20', '19', '18.5', '18'])), D(r.choice(['15', '14', '13.5'])),
              D(r.choice(['25', '24', '23', '22.5'])), D(r.choice(['40', '37', '36.5', '35', '34']))]
        ST = sum(sc)
        if c.variant == 0 and not (85 <= ST < 90):
            continue
        if c.variant == 2 and not (80 <= ST < 90):
            continue
        break
    grade = grade_of(ST, bands)
    prevST = ST - D(r.choice(['1.5', '2', '3', '0.5']))
    prevg = grade_of(prevST, bands)
    Nlib = r.randint(800, 2500)
    n = r.randint(300, 700)
    b = r.randint(20, 60)
    a = n - b
    imax = max(range(ncty), key=lambda i: rows[i][1])
    c.p(bureau)
    c.p(f'{city}{Y}年度{v.fund}整体绩效自评报告')
    c.p('一、资金基本情况')
    c.p(f'{Y}年，全市共下达{v.fund}{fm(T / 10000)}亿元（{fm(T)}万元），由中央资金{fm(C)}万元、省级资金{fm(P)}万元、'
        f'市级资金{fm(M)}万元和县级资金{fm(X)}万元构成，涉及{ncty}个县（市、区）。')
    c.trap('亿元总额与万元明细并列（亿元四舍五入）')
    c.p(f'其中{len(key)}个国家乡村振兴重点帮扶县（{rows[key[0]][0]}、{rows[key[1]][0]}）下达{fm(Tk)}万元。')
    c.trap('“其中”仅为重点帮扶县子集')
    c.p('二、资金分配及使用情况')
    c.p(f'表1 {Y}年各县（市、区）{v.fs}分配及支出情况')
    trows = [[x[0], fm(x[1]), fm(x[2]), fm(pct(x[2], x[1])), fm(x[3]), fm(pct(x[3], x[1]))] for x in rows]
    trows.append(['合计', fm(T), fm(I), fm(pct(I, T)), fm(S), fm(pct(S, T))])
    trows.append(['其中：重点帮扶县', fm(Tk), fm(Ik), fm(pct(Ik, Tk)), fm(Sk), fm(pct(Sk, Tk))])
    c.tab(['县（市、区）', '下达资金（万元）', '产业发展资金（万元）', '产业占比（%）', '已支出（万元）', '支出进度（%）'], trows)
    c.trap('表内“其中：重点帮扶县”行不计入合计')
    c.p(f'全市用于产业发展的资金{fm(I)}万元，占下达资金{fm(T)}万元的{fm(pct(I, T))}%，高于55%的目标要求。')
    c.p(f'截至{Y}年12月31日，全市下达资金{fm(T)}万元，累计支出{fm(S)}万元，支出进度{fm(pct(S, T))}%。')
    vms = c.sv('table.text', fm(rows[imax][1]), f'正文复述的{rows[imax][0]}下达资金', mode=['transpose', 'stale'])
    c.p(f'分县看，{rows[imax][0]}下达资金{vms}万元，资金规模全市最大。')
    c.p('三、项目实施情况')
    c.p(f'全市纳入{v.lib}项目{Nlib}个，年度实施项目{n}个，按实施进度分，已完工{a}个、在建{b}个。')
    c.p('四、评价结论')
    c.p(f'按照《{c.prov}{v.fs}绩效评价办法》，评价结果分为{CN[len(bands)]}个等次：综合得分{band_text(bands)}。')
    if bands[0][0] != 90 or len(bands) != 4:
        c.trap('文件自定评价等次分档（不同于90/80/60）')
    gs = c.sv('grade.band', grade, '评价等次', wrong=grade_of(ST - 5 if bands[0][0] <= ST else ST + 5, bands)
              if c.slip == 'grade.band' else None)
    c.p(f'经自评，综合得分{fs(ST)}分，其中资金投入{fs(sc[0])}分、资金管理{fs(sc[1])}分、项目管理{fs(sc[2])}分、'
        f'产出与效益{fs(sc[3])}分，等次为“{gs}”。')
    c.p(f'（{Y - 1}年度综合得分{fs(prevST)}分，等次为“{prevg}”。）')
    c.trap('复述上一年度得分与等次')
    c.p('五、存在问题及建议')
    c.p('部分县项目储备质量不高，资金支出进度不均衡；个别产业项目联农带农效果不明显。建议强化项目库建设和资金调度。')


def tpl_I(c):
    """就业帮扶类衔接资金项目绩效自评（公益性岗位、雨露计划、交通补助）"""
    r, v, Y, ct = c.rng, c.v, c.year, c.county
    bureau = ct + (c.plan['bureau'] or v.lx)
    pos = r.randint(300, 1500)
    m = pos - r.randint(0, 40)
    s = r.choice([500, 600, 700, 800])
    pm = m * r.randint(9, 12) - r.randint(0, 60)
    W1 = q(D(pm * s) / 10000)
    st = r.randint(400, 1500)
    sk = st * 2 - r.randint(10, 120)
    W2 = q(D(sk * 1500) / 10000)
    tr = r.randint(500, 3000)
    ts = r.choice([300, 400, 500, 600])
    W3 = q(D(tr * ts) / 10000)
    S = W1 + W2 + W3
    Bt = S + money(r, 5, 80)
    re_ = pct(S, Bt)
    E = Bt - S
    jt = r.randint(15000, 60000)
    job = jt + r.randint(-300, 2500)
    jr = pct(job, jt)
    nq = r.randint(200, 500)
    mq = nq - r.randint(1, 12)
    kq = mq - r.randint(2, 20)
    sat = pct(kq, mq)
    while True:
        sc = [D(r.choice(['20', '19', '18', '17'])), D(r.choice(['20', '19', '18.5', '17'])),
              D(r.choice(['30', '29', '28', '26'])), D(r.choice(['30', '29.5', '28', '27', '25']))]
        ST = sum(sc)
        if c.slip == 'grade.band' and not (80 <= ST < 90):
            continue
        break
    grade = grade_of(ST, BAND_STD2)
    c.p(bureau)
    c.p(f'{ct}{Y}年度就业帮扶类{v.fs}项目绩效自评报告')
    c.p('一、项目基本情况')
    c.p(f'{Y}年，{ct}统筹安排就业帮扶类{v.fs}，用于乡村公益性岗位补贴、雨露计划职业教育补助和跨省务工交通补助等。')
    c.p('二、资金安排及支出情况')
    c.p(f'全年安排就业帮扶资金{fm(Bt)}万元，实际支出{fm(S)}万元，执行率{fm(re_)}%，结余{fm(E)}万元已收回县级统筹。')
    c.p(f'实际支出的{fm(S)}万元由公益性岗位补贴{fm(W1)}万元、雨露计划补助{fm(W2)}万元和跨省务工交通补助{fm(W3)}万元构成；'
        f'技能培训补贴当年由人社部门其他资金安排，{v.fs}未列支。')
    c.trap('技能培训补贴未列支（0）')
    c.p('三、绩效目标完成情况')
    c.p(f'（一）乡村公益性岗位。全县开发乡村公益性岗位{pos}个，安置{v.pp}和{v.monp}{m}人；'
        f'按每人每月{s}元标准发放岗位补贴，全年累计发放{pm}人次（按月计），共{fm(W1)}万元。')
    c.trap('岗位个数、人数、人次并列，补贴按人次（人月）计算')
    c.p(f'（二）雨露计划。资助雨露计划职业教育学生{st}人，春秋两季共{sk}人次，每人每学期1500元，共发放{fm(W2)}万元。')
    c.trap('雨露计划按人次而非人数计发')
    c.p(f'（三）跨省务工交通补助。为跨省务工{v.pp}{tr}人发放一次性交通补助，每人{ts}元，共{fm(W3)}万元。')
    c.p(f'（四）稳岗就业。全县{v.pp}外出务工{job}人，为年度目标任务{jt}人的{fm(jr)}%。')
    if job > jt:
        c.trap('务工人数完成率超过100%')
    c.p(f'（五）满意度。发放问卷{nq}份，收回有效问卷{mq}份，其中满意{kq}份，满意度{fm(sat)}%。')
    c.p('四、自评得分')
    wrong_g = None
    if c.slip == 'grade.band':
        wrong_g = '优秀' if grade == '良好' else '良好'
    gs = c.sv('grade.band', grade, '评价等级', wrong=wrong_g)
    c.p(f'经自评，综合得分{fs(ST)}分，其中决策{fs(sc[0])}分、过程{fs(sc[1])}分、产出{fs(sc[2])}分、效益{fs(sc[3])}分，'
        f'评价等级为“{gs}”。')
    c.p(f'分项看，产出指标分值30分，得分{fs(sc[2])}分，得分率{fm(pct(sc[2], 30))}%，主要是部分学生资助申报不及时。')
    c.trap('得分率与得分并列')
    c.p('五、存在问题及改进措施')
    c.p('公益性岗位人员年龄偏大，岗位管理有待规范；雨露计划政策知晓率仍需提高。下一步将加强岗位动态管理和政策宣传。')


TPL = {'A': tpl_A, 'B': tpl_B, 'C': tpl_C, 'D': tpl_D, 'E': tpl_E, 'F': tpl_F, 'G': tpl_G, 'H': tpl_H, 'I': tpl_I}

# ----------------------------------------------------------------- plan
# (template, slip family or None, bureau suffix, variant)
PLAN = [
    ('A', 'sum.breakdown', '乡村振兴局', 0), ('A', 'rate.ratio', '农业农村局', 1), ('A', 'score.total', '财政局', 0),
    ('A', None, '乡村振兴局', 1), ('A', None, '民族宗教事务局', 0),
    ('B', 'rate.ratio', '发展和改革局', 0), ('B', 'balance.carryover', '交通运输局', 0),
    ('B', None, '水务局', 1), ('B', None, '发展和改革局', 0), ('B', None, '交通运输局', 0),
    ('C', 'sum.breakdown', '', 0), ('C', 'score.cap', '', 0), ('C', 'unit.magnitude', '', 0), ('C', None, '', 0),
    ('D', 'change', '', 0), ('D', 'count.mismatch', '', 0), ('D', None, '', 0), ('D', None, '', 0),
    ('E', 'unit.magnitude', '地方金融服务中心', 0), ('E', None, '', 0), ('E', None, '财政局', 0),
    ('E', None, '地方金融服务中心', 0),
    ('F', 'balance.carryover', '', 0), ('F', 'change', '', 0), ('F', 'count.mismatch', '乡村振兴服务中心', 0),
    ('F', None, '', 0), ('F', None, '乡村振兴服务中心', 0),
    ('G', 'score.total', '农业农村局', 0), ('G', 'score.cap', '林业局', 0), ('G', 'table.text', '畜牧兽医服务中心', 0),
    ('G', None, '供销合作社联合社', 0), ('G', None, '农业农村局', 0),
    ('H', 'grade.band', '乡村振兴局', 0), ('H', 'table.text', '财政局', 1), ('H', None, '农业农村局', 2),
    ('H', None, '乡村振兴局', 0),
    ('I', 'grade.band', '人力资源和社会保障局', 0), ('I', None, '', 0), ('I', None, '人力资源和社会保障局', 0),
    ('I', None, '公共就业和人才服务中心', 0),
]
STYLES = ['pipe', 'tab', 'space', 'full']


def build_plan():
    r = random.Random(SEED)
    order = list(range(len(PLAN)))
    while True:
        r.shuffle(order)
        slips_first = [PLAN[i][1] is not None for i in order]
        # interleave: no run of more than 3 of a kind, and slips not front-loaded
        runs_ok = all(len(set(slips_first[i:i + 4])) == 2 for i in range(len(order) - 3))
        if runs_ok and 8 <= sum(slips_first[:20]) <= 12:
            break
    plans = []
    years = [2019, 2020, 2021, 2022, 2023, 2024, 2025]
    for pos, i in enumerate(order):
        tpl, slip, bureau, variant = PLAN[i]
        y = years[pos % 7] if tpl not in ('F',) else r.choice([2021, 2022, 2023, 2024])
        if tpl == 'H' and y <= 2020:
            y = 2021 + pos % 4
        if tpl == 'I' and y <= 2020:
            y = 2022
        plans.append(dict(tpl=tpl, slip=slip, bureau=bureau, variant=variant, year=y,
                          prov=pos % 12, style=STYLES[pos % 4], spaced=(pos % 5 == 3),
                          east=pos % len(EAST)))
    return plans


def build(idx, plan, apply):
    c = Ctx(idx, plan, apply)
    TPL[plan['tpl']](c)
    if plan['slip']:
        assert c.detail, (idx, plan)
    return c


def main():
    args = sys.argv[1:]
    plans = build_plan()
    if args and args[0] == '--twins':
        out = args[1]
        os.makedirs(out, exist_ok=True)
        for i, pl in enumerate(plans, 1):
            if pl['slip']:
                c = build(i, pl, apply=False)
                with open(os.path.join(out, f't{i:02d}.txt'), 'w', encoding='utf-8') as f:
                    f.write(c.text())
        return
    rows = ['id\texpected\tdetail']
    for i, pl in enumerate(plans, 1):
        c = build(i, pl, apply=True)
        with open(os.path.join(HERE, f't{i:02d}.txt'), 'w', encoding='utf-8') as f:
            f.write(c.text())
        if pl['slip']:
            rows.append(f't{i:02d}\t{pl["slip"]}\t{c.detail}')
        else:
            rows.append(f't{i:02d}\tclean\t陷阱：' + '；'.join(c.traps))
    with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
