#!/usr/bin/env python3
"""gen.py - writes the blind78 test set (40 budget / final-account documents + expect.tsv).

Python 3 standard library only.  Fixed seed, deterministic.  All money, rates and
counts are decimal.Decimal / int; Decimal rounding is ROUND_HALF_UP everywhere.
Floats appear only as probabilities (rng.random() < p).

    python3 gen.py                 # writes t01.txt .. t40.txt and expect.tsv next to this file
    python3 gen.py --twins DIR     # writes DIR/tNN.txt for every slip document, rebuilt without its slip

Every document is rendered from one consistent model.  Renderers register "slip sites":
the same paragraph re-rendered with exactly one figure edited.  A slip document is the
clean rendering with one chosen site's paragraph swapped in; its twin is the clean
rendering itself (same random draws, because the slip is applied after rendering).
"""
import os
import re
import sys
import random
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 7820250
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------- helpers

def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), ROUND_HALF_UP)


def pct(a, b, n):
    return q(D(a) / D(b) * 100, n)


def fm(v):
    return f"{D(v):.2f}"


def fmc(v):
    return f"{D(v):,.2f}"


def r100(x):
    """round a yuan amount half-up to whole hundreds of yuan (so it is an exact 2-decimal wan)."""
    return (D(x) / 100).quantize(D(1), ROUND_HALF_UP) * 100


CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三']


def spaced(s):
    """PDF-extraction style: blanks around numbers (not before % and not next to brackets)."""
    s = re.sub(r'(?<=[^\s\d.,%（）〔〕\-“”])(?=\d)', ' ', s)
    s = re.sub(r'(?<=\d)(?=[^\s\d.,%（）〔〕\-“”])', ' ', s)
    return s


def digit_mutations(s):
    """single-figure edits of a number string: adjacent transpositions and dropped digits."""
    out = []
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            t = s[:i] + b + a + s[i + 2:]
            if not (t[0] == '0' and len(t) > 1 and t[1] != '.'):
                out.append(('transposed digits', t))
    ip, _, dp = s.partition('.')
    ipd = ip.replace(',', '')
    if len(ipd) >= 2:
        for i in range(len(ipd)):
            t = ipd[:i] + ipd[i + 1:]
            if t[0] != '0':
                out.append(('dropped digit', t + ('.' + dp if dp else '')))
    seen, res = set(), []
    for k, t in out:
        if t not in seen and t != s:
            seen.add(t)
            res.append((k, t))
    return res


# ----------------------------------------------------------------------------- coverage tables

PROVS = [
    ('浙江省', '浙', '丽水市', '遂昌县', '妙高'), ('江苏省', '苏', '盐城市', '射阳县', '合德'),
    ('湖南省', '湘', '益阳市', '桃江县', '桃花江'), ('湖北省', '鄂', '黄冈市', '麻城市', '鼓楼'),
    ('广东省', '粤', '韶关市', '乐昌市', '乐城'), ('四川省', '川', '南充市', '营山县', '朗池'),
    ('河北省', '冀', '承德市', '平泉市', '平泉'), ('山东省', '鲁', '临沂市', '沂南县', '界湖'),
    ('河南省', '豫', '信阳市', '光山县', '紫水'), ('安徽省', '皖', '六安市', '霍山县', '衡山'),
    ('江西省', '赣', '赣州市', '于都县', '贡江'), ('福建省', '闽', '三明市', '尤溪县', '城关'),
    ('云南省', '云', '临沧市', '耿马傣族佤族自治县', '耿马'), ('甘肃省', '甘', '张掖市', '临泽县', '沙河'),
    ('陕西省', '陕', '汉中市', '城固县', '博望'), ('广西壮族自治区', '桂', '玉林市', '北流市', '北流'),
    ('贵州省', '黔', '遵义市', '湄潭县', '湄江'),
]

# sector key -> (display, county bureau, province bureau, secondary units [(name, kind)], function classes, projects, duty)
SECT = {
    'edu': ('教育', '教育局', '教育厅', [('第一中学', 'school'), ('实验小学', 'school'), ('职业中等专业学校', 'school')],
            ['教育支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
            ['学生资助', '校舍维修改造', '教育信息化建设', '教师培训'], '全县（市）基础教育、职业教育的统筹规划和管理'),
    'health': ('卫生健康', '卫生健康局', '卫生健康委员会', [('人民医院', 'hospital'), ('中医医院', 'hospital'), ('疾病预防控制中心', 'center')],
               ['卫生健康支出', '社会保障和就业支出', '住房保障支出'],
               ['基本公共卫生服务', '重大传染病防控', '医疗设备购置', '家庭医生签约服务'], '医疗卫生、疾病预防控制和公共卫生服务'),
    'agri': ('农业农村', '农业农村局', '农业农村厅', [('农业技术推广中心', 'center'), ('畜牧兽医站', 'station')],
             ['农林水支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
             ['高标准农田建设', '耕地地力保护', '农技推广体系建设', '动物疫病防控'], '农业农村发展规划、农技推广和农产品质量安全监管'),
    'water': ('水利', '水利局', '水利厅', [('水利工程管理站', 'station'), ('河道堤防管理所', 'station')],
              ['农林水支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
              ['小型水库维修养护', '河道堤防岁修', '山洪灾害防治', '农村饮水安全维修'], '水资源管理、水利工程建设与运行管理和防汛抗旱'),
    'forest': ('林业', '林业局', '林业局', [('国有林场', 'station'), ('林业工作站', 'station')],
               ['农林水支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
               ['森林防火', '林业有害生物防治', '公益林管护', '国土绿化'], '林业资源保护、森林防火和国土绿化'),
    'transport': ('交通运输', '交通运输局', '交通运输厅', [('公路养护中心', 'center')],
                  ['交通运输支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
                  ['农村公路养护', '危桥改造', '公路安全生命防护工程', '客运站运营补助'], '公路建设、养护管理和道路运输管理'),
    'culture': ('文化旅游', '文化广电旅游体育局', '文化和旅游厅', [('图书馆', 'center'), ('文化馆', 'center')],
                ['文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
                ['公共文化服务体系建设', '非遗保护传承', '全民阅读推广', '送戏下乡'], '公共文化服务、文物保护和旅游推广'),
    'civil': ('民政', '民政局', '民政厅', [('社会福利院', 'center')],
              ['社会保障和就业支出', '卫生健康支出', '住房保障支出'],
              ['特困人员供养', '养老服务体系建设', '困难群众临时救助', '殡葬改革'], '社会救助、养老服务和社会事务管理'),
    'hrss': ('人力资源社会保障', '人力资源和社会保障局', '人力资源和社会保障厅', [('就业服务中心', 'center')],
             ['社会保障和就业支出', '卫生健康支出', '住房保障支出'],
             ['就业创业补贴', '职业技能提升培训', '劳动保障监察', '人才引进'], '就业创业、社会保险和劳动关系管理'),
    'medins': ('医疗保障', '医疗保障局', '医疗保障局', [('医疗保障事务中心', 'center')],
               ['卫生健康支出', '社会保障和就业支出', '住房保障支出'],
               ['医保基金监管', '医保信息化建设', '医疗救助经办', '医保政策宣传'], '医疗保障政策落实、基金监管和经办服务'),
    'town': ('乡镇', None, None, [('镇人民政府', 'town')],
             ['一般公共服务支出', '农林水支出', '城乡社区支出', '社会保障和就业支出'],
             ['村级组织运转保障', '农村人居环境整治', '防汛抢险', '乡村振兴示范村建设'], '辖区经济发展、社会管理和公共服务'),
    'street': ('街道', None, None, [('街道办事处', 'street')],
               ['一般公共服务支出', '城乡社区支出', '社会保障和就业支出', '卫生健康支出'],
               ['社区网格化管理', '老旧小区改造配套', '社区居家养老服务', '市容环境整治'], '辖区社区建设、城市管理和居民服务'),
    'market': ('市场监管', '市场监督管理局', '市场监督管理局', [('市场监督管理所', 'station')],
               ['一般公共服务支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
               ['食品安全抽检', '特种设备安全监察', '消费维权', '计量检定'], '市场主体登记、食品药品安全和市场秩序监管'),
    'justice': ('司法行政', '司法局', '司法厅', [('司法所', 'station')],
                ['公共安全支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
                ['法律援助', '人民调解', '社区矫正', '普法宣传'], '法治宣传、人民调解、社区矫正和法律服务'),
    'eco': ('生态环境', '生态环境局', '生态环境厅', [('生态环境监测站', 'center')],
            ['节能环保支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
            ['大气污染防治', '水环境监测', '土壤污染防治', '环境执法'], '生态环境保护、污染防治和环境监测'),
    'emerg': ('应急管理', '应急管理局', '应急管理厅', [('应急救援指挥中心', 'center')],
              ['灾害防治及应急管理支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
              ['安全生产执法', '应急物资储备', '森林消防队伍建设', '自然灾害救助'], '安全生产监管、应急救援和防灾减灾'),
}
SECT_ORDER = ['edu', 'health', 'agri', 'water', 'forest', 'transport', 'culture', 'civil', 'hrss', 'medins',
              'town', 'street', 'market', 'justice', 'eco', 'emerg']

TOWNS = ['青山', '石门', '白沙', '龙泉', '金竹', '双溪', '新华', '城南', '东岳', '桥头']

UP_REASONS = ['人员工资正常晋级晋档及社会保障缴费基数调整', '新增项目资金安排', '上级专项资金增加',
              '在职人员增加', '年中追加专项业务经费']
DOWN_REASONS = ['严格落实过紧日子要求，压减一般性支出', '部分项目已于上年完成，本年不再安排',
                '上级专项资金减少', '人员退休减少', '公用经费定额标准调整']

FAMILIES = ['sum.breakdown', 'rate.ratio', 'balance.carryover', 'change', 'fact.conflict',
            'unit.magnitude', 'count.mismatch', 'table.text']
FAMILY_COUNTS = {'change': 4, 'sum.breakdown': 3, 'rate.ratio': 3, 'balance.carryover': 2, 'fact.conflict': 2,
                 'unit.magnitude': 2, 'count.mismatch': 2, 'table.text': 2}

TRAP_TEXT = {
    'nonexhaustive': '非穷尽列举（其中/主要用于…等，分项之和小于合计）',
    'partial_single': '“其中”只列一项（非穷尽）',
    'rounding_shares': '占比逐项四舍五入后合计不等于100%',
    'yuan_restated': '万元金额以元（带角分）重述',
    'no_prev': '增减句未给出上年数（无法核对差额）',
    'comparable': '按可比口径（剔除因素后）计算增幅',
    'over100': '增幅超过100%（翻番）',
    'decline_positive': '“下降X%”以正数表述',
    'new_item': '上年为0，本年新增，无增幅',
    'total_incl_carryover': '收入总计含年初结转和结余，不等于本年收入合计',
    'prev_budget_vs_final': '同一项目上年预算数与上年决算数并存且不同',
    'person_vs_persontime': '人与人次、批次与人次并存',
    'zero_not_incurred': '0预算0决算/未发生',
    'other_year': '重述其他年度的数字',
    'scope': '同名指标不同口径（全部资金与财政拨款）',
    'sangong_yuan': '三公经费一节以元为单位，其余为万元',
    'share_vs_growth': '同句中“占”（本年结构）与“增长”（对上年）并存',
    'over_budget': '决算超预算/执行率或完成率超过100%',
    'fund_makeup': '用事业基金弥补收支差额、结余分配进入平衡式',
    'exec_over_adjusted': '执行率按全年（调整后）预算而非年初预算计算',
    'budget_vs_final_cmp': '同一句既与预算数比较又与上年决算数比较',
    'table_thousands': '表格金额带千分位',
    'table_yoy_negative': '表内增减率为负数而正文写“下降”',
}


# ----------------------------------------------------------------------------- context

class Ctx:
    def __init__(self, sp, rng):
        self.sp = sp
        self.rng = rng
        self.lines = []
        self.sites = []
        self.traps = []
        self.hn = 0
        self.tables = 0

    # random draws (floats only as probabilities)
    def R(self, a, b):
        return self.rng.randint(a, b)

    def P(self, p):
        return self.rng.random() < p

    def C(self, seq):
        return self.rng.choice(seq)

    def money(self, lo, hi):
        return D(self.rng.randint(int(D(lo) * 100), int(D(hi) * 100))) / 100

    def frac(self, lo, hi):  # per-mille bounds
        return D(self.rng.randint(lo, hi)) / 1000

    def trap(self, *ts):
        for t in ts:
            if t not in self.traps:
                self.traps.append(t)

    def sty(self, s):
        return spaced(s) if self.sp['spaced'] else s

    def head(self, t):
        self.lines.append(f"{CN[self.hn]}、{t}")
        self.hn += 1

    def raw(self, s):
        self.lines.append(s)
        return len(self.lines) - 1

    def text(self, s):
        self.lines.append(self.sty(s))
        return len(self.lines) - 1

    def para(self, tpl, v, sites=()):
        good = tpl(v)
        idx = len(self.lines)
        self.lines.append(self.sty(good))
        for fam, key, wrong, detail, guard in sites:
            if wrong is None:
                continue
            bad = tpl(dict(v, **{key: wrong}))
            if bad == good:
                continue
            self.sites.append(dict(family=fam, idx=idx, bad=self.sty(bad), detail=detail,
                                   right=v[key], wrong=wrong, guard=guard))
        return idx

    def table_site(self, idx, bad, fam, right, wrong, detail):
        self.sites.append(dict(family=fam, idx=idx, bad=bad, detail=detail, right=right, wrong=wrong, guard='money'))

    # --- site helpers
    def mut_money(self, v, detail, fam):
        """(fam, wrong string, detail) for a money figure: transposition / dropped digit / stale draft."""
        s = fm(v)
        cands = digit_mutations(s)
        kinds = [k for k, _ in cands]
        if self.P(0.25) or not cands:
            delta = D(self.C([1, 2, 5, 10, 20, 50]))
            w = v + delta if self.P(0.5) or v - delta <= 0 else v - delta
            return fm(w), f"{detail}（旧稿数）"
        k, t = self.C(cands)
        return t, f"{detail}（{k}）"

    def mut_rate(self, r):
        s = str(r)
        cands = [t for k, t in digit_mutations(s) if abs(D(t) - r) >= D('0.3')]
        if self.P(0.3) or not cands:
            w = r + D(self.C(['1.2', '-1.2', '2.5', '-2.5', '0.8', '-0.8'])) * (D('1') if '.' in s else 1)
            w = q(w, len(s.split('.')[1]) if '.' in s else 0)
            if w <= 0:
                w = r + D('1.5')
                w = q(w, len(s.split('.')[1]) if '.' in s else 0)
            return str(w)
        return self.C(cands)

    def mut_count(self, n):
        opts = [n + 1, n + 2, n - 1, n - 2] if n >= 3 else [n + 1, n + 2]
        if n >= 12 and n % 10 != n // 10 % 10:
            s = str(n)
            opts.append(int(s[:-2] + s[-1] + s[-2]))
        opts = [o for o in opts if o >= 0 and o != n]
        return self.C(opts)


def chg_parts(cur, prev, dec):
    d = cur - prev
    inc = '增加' if d >= 0 else '减少'
    grow = '增长' if d >= 0 else '下降'
    r = pct(abs(d), prev, dec) if prev != 0 else None
    return d, inc, grow, r


def change_clause(c, label, cur, prev, form, u='万元', ref='上年', refkind='', reason=None, site_label=None,
                  allow_rate_site=True):
    """returns (tpl, vals, sites) for '<label><cur><u><clause>'.  tpl(v) renders the clause only."""
    dec = c.sp['pdec']
    d, inc, grow, r = chg_parts(cur, prev, dec)
    v = {'cur': fm(cur), 'prev': fm(prev), 'd': fm(abs(d)), 'r': str(r) if r is not None else ''}
    sites = []
    lab = site_label or label
    if d < 0:
        c.trap('decline_positive')
    if r is not None and r > 100 and d > 0:
        c.trap('over100')
    if form in ('hid', 'hid2'):
        c.trap('no_prev')
    rw = {'增长': '增幅', '下降': '降幅'}[grow]
    forms = {
        'hid': lambda v: f"，比{ref}{inc}{v['d']}{u}，{grow}{v['r']}%",
        'hid2': lambda v: f"，较{ref}{refkind}{inc}{v['d']}{u}，{grow}{v['r']}%",
        'full': lambda v: f"，比{ref}{refkind}{v['prev']}{u}{inc}{v['d']}{u}，{grow}{v['r']}%",
        'full2': lambda v: f"，较{ref}{refkind}{v['prev']}{u}{inc}{v['d']}{u}，{rw}{v['r']}%",
        'was': lambda v: f"，{ref}{refkind}为{v['prev']}{u}，{inc}{v['d']}{u}，{grow}{v['r']}%",
        'yoy': lambda v: f"，{ref}{refkind}为{v['prev']}{u}，同比{grow}{v['r']}%",
        'nod': lambda v: f"，比{ref}{refkind}{v['prev']}{u}{inc}{v['d']}{u}",
    }
    tpl = forms[form]
    has_prev = form in ('full', 'full2', 'was', 'yoy', 'nod')
    has_d = form != 'yoy'
    has_r = form != 'nod'
    # change site: the difference figure, only where the two years' figures are both stated
    if has_prev and has_d and d != 0:
        cands = []
        for k, t in digit_mutations(v['d']):
            dt = D(t)
            if dt == abs(d):
                continue
            if has_r and pct(dt, prev, dec) != r:
                continue
            cands.append((abs(dt - abs(d)), k, t))
        if not has_r:
            for delta in (D(1), D(2), D(5), D(10)):
                cands.append((delta, '旧稿数', fm(abs(d) + delta)))
        cands = [x for x in cands if x[0] >= D('0.10')]
        if cands:
            if has_r:
                cands.sort(key=lambda x: (-x[0], x[2]))
                top = cands[:3]
            else:
                top = [x for x in cands if x[1] != 'dropped digit'] or cands
            _, k, t = c.C(top)
            sites.append(('change', 'd', t,
                          f"{lab}{inc}额“{t}{u}”应为“{v['d']}{u}”（{fm(cur)}−{fm(prev)}；{k}）", 'money'))
    if has_r and r is not None and allow_rate_site:
        w = c.mut_rate(r)
        if has_prev:
            why = f"{fm(abs(d))}÷{fm(prev)}"
        else:
            why = f"{fm(abs(d))}÷({fm(cur)}{'−' if d >= 0 else '+'}{fm(abs(d))})"
        sites.append(('rate.ratio', 'r', w, f"{lab}{grow}率“{w}%”应为“{v['r']}%”（{why}）", 'rate'))
    return tpl, v, sites


# ----------------------------------------------------------------------------- models

def split_parts(c, total, n, main_lo=550, main_hi=850):
    """split total (Decimal) into n positive parts, first the main one (weights in 1/100000)."""
    for _ in range(200):
        ws = [D(c.R(main_lo * 100, main_hi * 100))]
        rest = 100000 - ws[0]
        for i in range(n - 2):
            ws.append(D(c.R(max(1000, int(rest) // (n + 2)), max(2000, int(rest) // 2))))
            rest -= ws[-1]
        if rest < 1000:
            continue
        parts = [q(total * w / 100000) for w in ws]
        last = total - sum(parts)
        if last > 0 and all(p > 0 for p in parts):
            return parts + [last]
    raise RuntimeError('split failed')


def shares(parts, total, dec):
    return [pct(p, total, dec) for p in parts]


def split_with_rounding_trap(c, total, n, dec, want):
    for _ in range(300):
        parts = split_parts(c, total, n)
        s = sum(shares(parts, total, dec))
        if (s != 100) == want:
            return parts
    return parts


def prev_of(c, cur, mode='any'):
    if mode == 'up':
        g = c.frac(20, 350)
    elif mode == 'down':
        g = -c.frac(20, 320)
    elif mode == 'double':
        g = c.frac(1050, 2400)
    else:
        g = c.frac(20, 300) if c.P(0.6) else -c.frac(20, 300)
    p = q(D(cur) / (1 + g))
    if p == cur:
        p = cur - D('1.00')
    return p


def model_staff(c, kind):
    st = {}
    if kind in ('school',):
        st['classes'] = c.R(18, 60)
        st['students'] = st['classes'] * c.R(38, 52)
        st['N'] = c.R(80, 260)
        st['M'] = st['N'] - c.R(0, 12)
        st['t'] = st['M'] - c.R(6, 25)
        st['r2'] = c.R(20, 120)
    elif kind == 'hospital':
        st['beds'] = c.R(150, 600)
        st['obeds'] = st['beds'] + c.R(10, 120)
        st['m1'] = c.R(200, 700)
        st['m2'] = c.R(60, 300)
        st['M'] = st['m1'] + st['m2']
        st['visits'] = c.R(150000, 900000)
        st['dis'] = c.R(9000, 40000)
    else:
        st['a'] = c.R(4, 40)
        st['b'] = c.R(2, 30)
        st['N'] = st['a'] + st['b']
        st['m1'] = c.R(2, st['a'])
        st['m2'] = c.R(1, st['b'])
        st['m3'] = c.R(0, 6)
        st['M'] = st['m1'] + st['m2'] + st['m3']
        st['r1'] = c.R(0, 2)
        st['r2'] = c.R(3, 40)
        st['RT'] = st['r1'] + st['r2']
        st['train'] = c.R(3, 12)
        st['trainp'] = st['train'] * c.R(30, 120)
    return st


def model_sangong(c, m, budget_doc=False):
    sp = c.sp
    big = sp['scale'][1] > 8000

    def yuan(lo, hi):
        return D(c.R(lo // 100, hi // 100) * 100)

    g = {}
    g['ab'] = yuan(40000, 160000) if (big or sp['level'] != 'county') and c.P(0.45) else D(0)
    g['a'] = r100(g['ab'] * c.frac(600, 980)) if g['ab'] > 0 and c.P(0.7) else D(0)
    g['bb1'] = yuan(150000, 280000) if (c.P(0.3) or sp.get('tt_where') == 'sangong') else D(0)
    g['b1'] = g['bb1'] - (yuan(100, 4000) if c.P(0.5) else 0) if g['bb1'] > 0 else D(0)
    g['bb2'] = yuan(30000, 420000 if big else 220000)
    g['b2'] = r100(g['bb2'] * c.frac(640, 990))
    g['cb'] = yuan(8000, 160000 if big else 90000)
    g['over'] = c.P(0.3)
    g['c'] = r100(g['cb'] * (c.frac(1030, 1350) if g['over'] else c.frac(420, 990)))
    g['bb'] = g['bb1'] + g['bb2']
    g['b'] = g['b1'] + g['b2']
    g['B3'] = g['ab'] + g['bb'] + g['cb']
    g['X3'] = g['a'] + g['b'] + g['c']
    # prior-year final figures
    g['a0'] = r100(g['a'] * c.frac(800, 1300)) if g['a'] > 0 and c.P(0.6) else D(0)
    g['b10'] = yuan(120000, 260000) if c.P(0.2) else D(0)
    g['b20'] = r100(g['b2'] * (c.frac(700, 1300)))
    g['c0'] = r100(g['c'] * (c.frac(600, 1500)))
    if g['c0'] == g['c']:
        g['c0'] += 100
    g['b0'] = g['b10'] + g['b20']
    g['X30'] = g['a0'] + g['b0'] + g['c0']
    # vehicles & reception
    g['v1'] = c.R(0, 6)
    g['v2'] = c.R(1, 4)
    g['v3'] = c.R(0, 2)
    g['V'] = g['v1'] + g['v2'] + g['v3']
    g['k'] = c.R(12, 260)
    g['k2'] = c.R(0, 3) if sp['level'] != 'county' else 0
    g['k1'] = g['k'] - g['k2']
    g['p'] = g['k'] * c.R(3, 9)
    g['ga'] = c.R(1, 3) if g['a'] > 0 else 0
    g['pa'] = g['ga'] * c.R(2, 5) if g['a'] > 0 else 0
    return g


def model_final(c):
    sp = c.sp
    lo, hi = sp['scale']
    m = {}
    Pt = c.money(lo, hi)
    shb = c.frac(550, 880) if sp['utype'] == '事业' else c.frac(620, 930)
    B = q(Pt * shb)
    J = Pt - B
    B1 = q(B * c.frac(700, 930))
    B2 = B - B1
    Oexp = c.money(20, 160) if sp['oper'] else D(0)
    P = B + J + Oexp
    if sp['utype'] == '行政':
        BF = B if c.P(0.5) else q(B * c.frac(900, 990))
        JF = q(J * c.frac(820, 980))
    else:
        BF = q(B * c.frac(450, 950))
        JF = q(J * c.frac(350, 900))
    PF = BF + JF
    AF = D(0) if c.P(0.2) else c.money(1, max(2, int(PF * D('0.08'))))
    DF = D(0) if c.P(0.15) else c.money(1, max(2, int(PF * D('0.07'))))
    F = PF + DF - AF
    Anf = D(0) if (sp['utype'] == '行政' and c.P(0.6)) else c.money(1, max(2, int((P - PF) * D('0.25')) + 3))
    Dnf = c.money(0, max(1, int((P - PF) * D('0.2')) + 2))
    E = c.money(5, 80) if (sp['utype'] == '事业' and c.P(0.6)) else D(0)
    G = c.money(1, 25) if (sp['utype'] == '事业' and (sp['oper'] or c.P(0.4))) else D(0)
    O = (Oexp + c.money(2, 40)) if sp['oper'] else D(0)
    need = (P - PF) + Dnf + G - Anf - E
    if sp['utype'] == '事业':
        Q = D(0) if c.P(0.3) else c.money(1, max(2, int(need * D('0.08')) + 2))
        if need - O - Q <= 0:
            Dnf += (O + Q - need) + c.money(5, 30)
            need = (P - PF) + Dnf + G - Anf - E
        S = need - O - Q
    else:
        if need < 0:
            Dnf += -need + c.money(1, 10)
            need = (P - PF) + Dnf + G - Anf - E
        S, O, Q = D(0), D(0), need
    A = AF + Anf
    Dd = DF + Dnf
    R = F + S + O + Q
    TI = R + E + A
    assert TI == P + G + Dd, (TI, P, G, Dd)
    m.update(dict(B=B, J=J, B1=B1, B2=B2, Oexp=Oexp, P=P, BF=BF, JF=JF, PF=PF, AF=AF, DF=DF, F=F, S=S, O=O, Q=Q,
                  A=A, D=Dd, E=E, G=G, R=R, TI=TI))
    # function classes of all-fund expenditure
    nfc = min(len(sp['fc']), c.R(3, 4) if c.P(0.75) else 2)
    m['fcn'] = sp['fc'][:nfc]
    m['fcv'] = split_with_rounding_trap(c, P, nfc, sp['pdec'], c.P(0.75))
    m['fcf'] = split_with_rounding_trap(c, PF, nfc, sp['pdec'], c.P(0.6))
    # prior year, kept consistent with this year: last year's closing balance is this year's opening
    # balance (D0 = A, AF0' = AF), last year's totals obey the same identities (no fund make-up, no
    # distribution last year), fiscal figures never exceed all-fund figures.
    P0 = prev_of(c, P)
    TI0 = P0 + A
    A0 = q(TI0 * c.frac(5, 90))
    R0 = TI0 - A0
    mode = 'double' if c.P(0.2) else 'any'
    for attempt in range(60):
        F0 = prev_of(c, F, mode if attempt < 30 else 'any')
        AF0 = q(A0 * c.frac(0, 1000))
        PF0 = F0 + AF0 - AF
        if 0 < F0 <= R0 and 0 < PF0 <= P0:
            break
    else:
        F0 = q(R0 * F / R)
        AF0 = A0
        PF0 = F0 + AF0 - AF
        assert 0 < PF0 <= P0, (PF0, P0)
    m.update(dict(P0=P0, TI0=TI0, R0=R0, F0=F0, PF0=PF0))
    m['B0'] = prev_of(c, B, 'up')
    m['J0'] = prev_of(c, J)
    # 机关运行经费
    m['X'] = q(B2 * c.frac(550, 950))
    m['X0'] = prev_of(c, m['X'], 'any')
    m['xo'] = [q(m['X'] * c.frac(180, 320)), q(m['X'] * c.frac(80, 200)), q(m['X'] * c.frac(40, 120))]
    # procurement
    T = q(J * c.frac(80, 450)) + q(B2 * c.frac(50, 300))
    if T < 2:
        T = c.money(20, 60)
    gw = [q(T * c.frac(300, 700)), (q(T * c.frac(100, 400)) if c.P(0.5) else D(0))]
    gw.append(T - gw[0] - gw[1])
    if gw[2] <= 0:
        gw = [q(T * D('0.6')), D(0), T - q(T * D('0.6'))]
    m['GP'] = (T, gw)
    m['GPm'] = q(T * c.frac(550, 1000))
    m['GPmm'] = q(m['GPm'] * c.frac(300, 950))
    # assets
    m['house'] = c.R(600, 9000)
    m['house1'] = q(D(m['house']) * c.frac(200, 600), 0)
    m['e1'] = c.R(0, 4)
    m['e2'] = c.R(0, 3)
    FA = q(P * c.frac(300, 1500))
    CA = q(P * c.frac(50, 400))
    IA = q(P * c.frac(5, 60))
    m['assets'] = (FA + CA + IA, CA, FA, IA)
    # projects for self-evaluation
    projs = []
    for name in c.rng.sample(sp['projects'], 2):
        B0p = c.money(10, max(20, int(J * D('0.3'))))
        add = c.money(1, max(2, int(B0p * D('0.5')))) if c.P(0.5) else D(0)
        Bp = B0p + add
        Xp = q(Bp * (c.frac(700, 995) if c.P(0.75) else D(1)))
        projs.append(dict(name=name, B0=B0p, add=add, B=Bp, X=Xp, Z=Bp - Xp))
    m['projs'] = projs
    # self-evaluation of the whole department: fiscal funds
    m['BT'] = AF + F
    m['XT'] = PF
    m['BT0'] = m['BT'] - (c.money(1, max(2, int(m['BT'] * D('0.15')))) if c.P(0.7) else D(0))
    m['sg'] = model_sangong(c, m)
    m['staff'] = model_staff(c, sp['ukind'])
    return m


def model_budget(c):
    sp = c.sp
    lo, hi = sp['scale']
    m = {}
    R = c.money(lo, hi)
    if sp['utype'] == '事业':
        F = q(R * c.frac(350, 900))
        F2 = q(R * c.frac(10, 80)) if c.P(0.3) else D(0)
        Q = q(R * c.frac(5, 40)) if c.P(0.6) else D(0)
        S = R - F - F2 - Q
    else:
        F = q(R * c.frac(930, 1000))
        F2 = q((R - F) * c.frac(300, 900)) if c.P(0.3) else D(0)
        Q = R - F - F2
        S = D(0)
    K = D(0) if c.P(0.25) else q(R * c.frac(10, 120))
    TI = R + K
    B = q(TI * (c.frac(550, 880) if sp['utype'] == '事业' else c.frac(620, 930)))
    J = TI - B
    B1 = q(B * c.frac(700, 930))
    B2 = B - B1
    m.update(dict(R=R, F=F, F2=F2, S=S, Q=Q, K=K, TI=TI, B=B, J=J, B1=B1, B2=B2))
    nfc = min(len(sp['fc']), c.R(3, 4) if c.P(0.75) else 2)
    m['fcn'] = sp['fc'][:nfc]
    m['fcv'] = split_with_rounding_trap(c, TI, nfc, sp['pdec'], c.P(0.75))
    m['TI0'] = prev_of(c, TI)
    K0 = q(m['TI0'] * c.frac(0, 100))
    m['R0'] = m['TI0'] - K0
    m['F0'] = min(q(m['R0'] * F / R * c.frac(940, 1010)), m['R0'])
    m['J0'] = prev_of(c, J, 'double' if c.P(0.25) else 'any')
    if m['J0'] > q(m['TI0'] * D('0.6')):
        m['J0'] = q(m['TI0'] * c.frac(300, 600))
    m['B0'] = prev_of(c, B, 'up')
    m['X'] = q(B2 * c.frac(550, 950))
    m['X0'] = prev_of(c, m['X'])
    T = q(J * c.frac(80, 400)) + q(B2 * c.frac(50, 250))
    gw = [q(T * c.frac(300, 700)), (q(T * c.frac(100, 400)) if c.P(0.5) else D(0))]
    gw.append(T - gw[0] - gw[1])
    m['GP'] = (T, gw)
    m['GPm'] = q(T * c.frac(300, 600))
    m['house'] = c.R(600, 9000)
    m['e1'] = c.R(0, 4)
    m['e2'] = c.R(0, 3)
    m['nproj'] = c.R(4, 18)
    m['sg'] = model_sangong(c, m, budget_doc=True)
    # budget-doc 三公: prior-year budget figures (万元, whole hundreds of yuan)
    g = m['sg']
    g['ab0'] = g['ab'] if c.P(0.6) else D(0)
    g['bb10'] = D(0) if c.P(0.7) else D(c.R(1500, 2800) * 100)
    g['bb20'] = r100(g['bb2'] * c.frac(850, 1300))
    g['cb0'] = r100(g['cb'] * c.frac(900, 1400))
    if g['cb0'] == g['cb']:
        g['cb0'] += 100
    g['bb0'] = g['bb10'] + g['bb20']
    g['B30'] = g['ab0'] + g['bb0'] + g['cb0']
    g['Xf2'] = r100(g['B30'] * c.frac(700, 980))  # final of year Y-2
    g['Xe1'] = r100(g['B30'] * c.frac(760, 990))  # executed (final) of year Y-1
    m['staff'] = model_staff(c, sp['ukind'])
    return m


# ----------------------------------------------------------------------------- rendering helpers

def wan_or_yuan(c, yuan_amount):
    """三公 amounts: the model keeps yuan; documents show 元 or 万元."""
    if c.sp['sgyuan']:
        return fm(yuan_amount), '元'
    return fm(yuan_amount / 10000), '万元'


def share_list(c, names, parts, total, dec, sep='；'):
    ss = shares(parts, total, dec)
    if sum(ss) != 100:
        c.trap('rounding_shares')
    return ss


# ----------------------------------------------------------------------------- sections: final accounts

def s_basic(c, m, want_count_site=False):
    sp = c.sp
    st = m['staff']
    c.head(c.C(['部门基本情况', '单位基本情况', '机构和人员情况']) if not sp['is_unit'] else c.C(['单位基本情况', '单位概况']))
    if sp['ukind'] not in ('school', 'hospital') and c.P(0.5):
        offices = c.rng.sample(['办公室', '财务股', '业务股', '综合股', '监督股', '法规股', '计划股'], c.R(3, 5))
        c.text(f"{sp['org']}主要负责{sp['duty']}，内设{len(offices)}个股室：{'、'.join(offices)}。")
    else:
        c.text(f"{sp['org']}主要负责{sp['duty']}等工作。")
    if sp['ukind'] == 'school':
        v = {k: str(x) for k, x in st.items()}
        c.trap('partial_single')
        c.para(lambda v: f"学校现有教学班{v['classes']}个，在校学生{v['students']}人；核定教职工编制{v['N']}名，"
                         f"年末在职教职工{v['M']}人，其中专任教师{v['t']}人；退休人员{v['r2']}人。", v)
    elif sp['ukind'] == 'hospital':
        v = {k: str(x) for k, x in st.items()}
        c.trap('person_vs_persontime')
        tpl = (lambda v: f"医院编制床位{v['beds']}张，实际开放床位{v['obeds']}张；年末在职职工{v['M']}人，其中在编人员{v['m1']}人、"
                         f"编外聘用人员{v['m2']}人；全年门急诊{v['visits']}人次，出院{v['dis']}人次。")
        sites = []
        for k, nm in (('m1', '在编人员'), ('m2', '编外聘用人员')):
            w = c.mut_count(st[k])
            sites.append(('count.mismatch', k, str(w),
                          f"{nm}“{w}人”应为“{st[k]}人”（在职职工{st['M']}人＝{st['m1']}＋{st['m2']}）", 'count'))
        c.para(tpl, v, sites)
    else:
        v = {k: str(x) for k, x in st.items()}
        if sp['utype'] == '行政':
            L = dict(a='行政编制', b='事业编制', m1='行政人员', m2='事业人员', m3='工勤人员')
        else:
            L = dict(a='事业编制', b='工勤编制', m1='专业技术人员', m2='管理人员', m3='工勤技能人员')
        tpl = (lambda v: f"{c.sp['bz']}编制{v['N']}名，其中{L['a']}{v['a']}名、{L['b']}{v['b']}名；年末实有在职人员{v['M']}人，"
                         f"其中{L['m1']}{v['m1']}人、{L['m2']}{v['m2']}人、{L['m3']}{v['m3']}人；离退休人员{v['RT']}人，"
                         f"其中离休{v['r1']}人、退休{v['r2']}人。")
        sites = []
        for k, tot, parts, nm, u in (('m2', 'M', 'm1,m2,m3', L['m2'], '人'), ('m1', 'M', 'm1,m2,m3', L['m1'], '人'),
                                     ('r2', 'RT', 'r1,r2', '退休', '人'), ('b', 'N', 'a,b', L['b'], '名')):
            w = c.mut_count(st[k])
            sites.append(('count.mismatch', k, str(w),
                          f"{nm}“{w}{u}”应为“{st[k]}{u}”（合计{st[tot]}{u}＝{'＋'.join(str(st[p]) for p in parts.split(','))}）",
                          'count'))
        c.para(tpl, v, sites)
        if c.P(0.6):
            c.trap('person_vs_persontime')
            c.text(f"全年组织干部职工参加业务培训{st['train']}期、{st['trainp']}人次。")


def s_overall(c, m, variant):
    """收入支出决算总体情况.  variant: 'totals' (states 收入总计/支出总计) or 'nototals' (safe for a balance slip)."""
    sp = c.sp
    Y = sp['Y']
    c.head(c.C([f'{Y}年度收入支出决算总体情况', '收入支出决算总体情况']))
    dec = sp['pdec']
    if variant == 'totals':
        if m['A'] > 0 or m['E'] > 0:
            c.trap('total_incl_carryover')
        tpl, v, sites = change_clause(c, '收支总计', m['TI'], m['TI0'], 'hid')
        v['TI'] = fm(m['TI'])
        c.para(lambda v: f"{Y}年度收入总计和支出总计均为{v['TI']}万元" + tpl(v).replace('，比上年', '，与上年相比各') + "。",
               v, [s for s in sites if s[0] != 'rate.ratio'])
    # 本年收入 / 本年支出 with prior year
    fR = c.C(['full', 'full2', 'was', 'nod', 'hid'])
    fP = c.C(['full', 'full2', 'nod', 'hid2'])
    if sp.get('family') == 'change':
        pref = sp.get('site_pref') or []
        fR = 'nod' if '本年收入合计' in pref else c.C(['full', 'full2', 'was'])
        fP = 'nod' if ('本年支出合计' in pref or ('机关运行经费' in pref and sp['utype'] == '事业')) else c.C(['full', 'full2'])
    tR, vR, sR = change_clause(c, '本年收入合计', m['R'], m['R0'], fR, refkind='决算数' if fR in ('full', 'nod') else '')
    tP, vP, sP = change_clause(c, '本年支出合计', m['P'], m['P0'], fP, refkind='决算数' if fP != 'hid2' else '')
    reasonR = c.C(UP_REASONS if m['R'] >= m['R0'] else DOWN_REASONS)
    reasonP = c.C(UP_REASONS if m['P'] >= m['P0'] else DOWN_REASONS)
    vv = {}
    for k, x in vR.items():
        vv['R_' + k] = x
    for k, x in vP.items():
        vv['P_' + k] = x

    def tpl(v):
        a = {k[2:]: x for k, x in v.items() if k.startswith('R_')}
        b = {k[2:]: x for k, x in v.items() if k.startswith('P_')}
        return (f"本年收入合计{a['cur']}万元{tR(a)}，主要原因是{reasonR}；"
                f"本年支出合计{b['cur']}万元{tP(b)}，主要原因是{reasonP}。")
    sites = [(f, 'R_' + k, w, d, g) for f, k, w, d, g in sR] + [(f, 'P_' + k, w, d, g) for f, k, w, d, g in sP]
    c.para(tpl, vv, sites)
    # balance
    v = {k: fm(m[k]) for k in ('A', 'R', 'E', 'P', 'G', 'D')}
    if m['E'] > 0 or m['G'] > 0:
        c.trap('fund_makeup')
    calc = f"{fm(m['A'])}＋{fm(m['R'])}" + (f"＋{fm(m['E'])}" if m['E'] > 0 else '') + f"−{fm(m['P'])}" + \
           (f"−{fm(m['G'])}" if m['G'] > 0 else '')

    def btpl(v):
        s = f"年初结转和结余{v['A']}万元，本年收入合计{v['R']}万元，"
        if m['E'] > 0:
            s += f"用事业基金弥补收支差额{v['E']}万元，"
        s += f"本年支出合计{v['P']}万元，"
        if m['G'] > 0:
            s += f"结余分配{v['G']}万元，"
        s += f"年末结转和结余{v['D']}万元，主要是尚未完成的项目资金结转下年继续使用。"
        return s
    sites = []
    if variant == 'nototals':
        w, det = c.mut_money(m['D'], '年末结转和结余', 'balance.carryover')
        sites.append(('balance.carryover', 'D', w, f"年末结转和结余“{w}万元”应为“{fm(m['D'])}万元”（{calc}）", 'money'))
    c.para(btpl, v, sites)


def s_income(c, m, variant, table_present=False):
    sp = c.sp
    dec = sp['pdec']
    c.head(c.C(['收入决算情况', '收入决算情况说明']))
    src = [(n, m[k]) for n, k in (('财政拨款收入', 'F'), ('事业收入', 'S'), ('经营收入', 'O'), ('其他收入', 'Q')) if m[k] > 0]
    R = m['R']
    if len(src) == 1:
        c.text(f"本年收入合计{fm(R)}万元，全部为财政拨款收入。")
        return
    if sp.get('q_standalone') and m['Q'] > 0:
        c.trap('partial_single')
        sF = pct(m['F'], R, dec)
        c.text(f"本年收入合计{fm(R)}万元，主要为财政拨款收入{fm(m['F'])}万元，占{sF}%。")
    elif variant == 'shares':
        ss = share_list(c, [n for n, _ in src], [x for _, x in src], R, dec)
        v = {'R': fm(R)}
        for i, (n, x) in enumerate(src):
            v[f'x{i}'] = fm(x)
            v[f's{i}'] = str(ss[i])
        growF = c.P(0.5)
        if growF:
            tF, vF, sF = change_clause(c, '财政拨款收入', m['F'], m['F0'], 'hid')
            c.trap('share_vs_growth')
            for k, x in vF.items():
                v['F_' + k] = x

        def tpl(v):
            items = []
            for i, (n, x) in enumerate(src):
                s = f"{n}{v[f'x{i}']}万元，占{v[f's{i}']}%"
                if i == 0 and growF:
                    s += tF({k[2:]: x for k, x in v.items() if k.startswith('F_')})
                items.append(s)
            return f"本年收入合计{v['R']}万元，其中：" + '；'.join(items) + '。'
        sites = []
        for i, (n, x) in enumerate(src):
            w = c.mut_rate(ss[i])
            sites.append(('rate.ratio', f's{i}', w, f"{n}占比“{w}%”应为“{ss[i]}%”（{fm(x)}÷{fm(R)}）", 'rate'))
        c.para(tpl, v, sites)
    else:  # 构成 without shares
        v = {'R': fm(R)}
        for i, (n, x) in enumerate(src):
            v[f'x{i}'] = fm(x)

        def tpl(v):
            parts = [f"{n}{v[f'x{i}']}万元" for i, (n, x) in enumerate(src)]
            return f"本年收入合计{v['R']}万元，由" + '、'.join(parts[:-1]) + '和' + parts[-1] + '构成。'
        sites = []
        for i, (n, x) in enumerate(src):
            if n == '财政拨款收入' or table_present:
                continue
            w, det = c.mut_money(x, n, 'sum.breakdown')
            sites.append(('sum.breakdown', f'x{i}', w,
                          f"{n}“{w}万元”应为“{fm(x)}万元”（本年收入合计{fm(R)}万元＝" +
                          '＋'.join(fm(y) for _, y in src) + '）', 'money'))
        c.para(tpl, v, sites)
    if m['Q'] > 0 and sp.get('q_standalone'):
        v = {'Q': fm(m['Q'])}
        sites = []
        if table_present:
            w, det = c.mut_money(m['Q'], '其他收入', 'table.text')
            sites.append(('table.text', 'Q', w, f"正文其他收入“{w}万元”与收支总表“{fmc(m['Q']) if sp['thousands'] else fm(m['Q'])}”不符，应为“{fm(m['Q'])}万元”", 'tt'))
        c.para(lambda v: f"其他收入{v['Q']}万元，主要是存款利息收入和零星服务收入等。", v, sites)


def s_expend(c, m, variant):
    sp = c.sp
    dec = sp['pdec']
    c.head(c.C(['支出决算情况', '支出决算情况说明']))
    P = m['P']
    parts = [('基本支出', m['B']), ('项目支出', m['J'])] + ([('经营支出', m['Oexp'])] if m['Oexp'] > 0 else [])
    ss = share_list(c, None, [x for _, x in parts], P, dec)
    v = {'P': fm(P)}
    for i, (n, x) in enumerate(parts):
        v[f'x{i}'] = fm(x)
        v[f's{i}'] = str(ss[i])

    def tpl(v):
        return f"本年支出合计{v['P']}万元，其中：" + '；'.join(
            f"{n}{v[f'x{i}']}万元，占{v[f's{i}']}%" for i, (n, x) in enumerate(parts)) + '。'
    sites = []
    for i, (n, x) in enumerate(parts):
        w = c.mut_rate(ss[i])
        sites.append(('rate.ratio', f's{i}', w, f"{n}占比“{w}%”应为“{ss[i]}%”（{fm(x)}÷{fm(P)}）", 'rate'))
    c.para(tpl, v, sites)
    # basic split
    v = {'B': fm(m['B']), 'B1': fm(m['B1']), 'B2': fm(m['B2'])}
    form = c.C(['two', 'fen'])
    if form == 'two':
        tpl = lambda v: (f"基本支出{v['B']}万元，包括人员经费和公用经费两项，分别为{v['B1']}万元和{v['B2']}万元；"
                         f"人员经费主要包括基本工资、津贴补贴、社会保障缴费等，公用经费主要包括办公费、水电费、差旅费等。")
    else:
        tpl = lambda v: (f"基本支出{v['B']}万元由人员经费{v['B1']}万元和公用经费{v['B2']}万元构成，"
                         f"用于保障机构正常运转和完成日常工作任务。")
    sites = []
    for k, n in (('B1', '人员经费'), ('B2', '公用经费')):
        w, det = c.mut_money(m[k], n, 'sum.breakdown')
        sites.append(('sum.breakdown', k, w, f"{n}“{w}万元”应为“{fm(m[k])}万元”（基本支出{fm(m['B'])}＝{fm(m['B1'])}＋{fm(m['B2'])}）", 'money'))
    if not sp.get('no_b12_site'):
        c.para(tpl, v, sites)
    else:
        c.para(tpl, v)
    # project uses: non-exhaustive
    (n1, p1), (n2, p2) = [(p['name'], p['X']) for p in m['projs']]
    c.trap('nonexhaustive')
    c.text(f"项目支出{fm(m['J'])}万元，主要用于{n1}{fm(p1)}万元、{n2}{fm(p2)}万元等项目。")
    # function classes
    if variant == 'fc_shares':
        fs = share_list(c, m['fcn'], m['fcv'], P, dec)
        v = {'P': fm(P)}
        for i in range(len(m['fcn'])):
            v[f'f{i}'] = fm(m['fcv'][i])
            v[f'fs{i}'] = str(fs[i])
        tpl = lambda v: (f"按支出功能分类，本年支出合计{v['P']}万元，其中：" + '；'.join(
            f"{n}{v[f'f{i}']}万元，占{v[f'fs{i}']}%" for i, n in enumerate(m['fcn'])) + '。')
        sites = []
        for i, n in enumerate(m['fcn']):
            w = c.mut_rate(fs[i])
            sites.append(('rate.ratio', f'fs{i}', w, f"{n}占比“{w}%”应为“{fs[i]}%”（{fm(m['fcv'][i])}÷{fm(P)}）", 'rate'))
        c.para(tpl, v, sites)
    elif variant == 'fc_构成':
        v = {'P': fm(P)}
        for i in range(len(m['fcn'])):
            v[f'f{i}'] = fm(m['fcv'][i])

        def tpl(v):
            ps = [f"{n}{v[f'f{i}']}万元" for i, n in enumerate(m['fcn'])]
            return f"按支出功能分类，本年支出合计{v['P']}万元由" + '、'.join(ps[:-1]) + '和' + ps[-1] + '构成。'
        sites = []
        for i, n in enumerate(m['fcn']):
            w, det = c.mut_money(m['fcv'][i], n, 'sum.breakdown')
            sites.append(('sum.breakdown', f'f{i}', w, f"{n}“{w}万元”应为“{fm(m['fcv'][i])}万元”（本年支出合计{fm(P)}＝" +
                          '＋'.join(fm(x) for x in m['fcv']) + '）', 'money'))
        c.para(tpl, v, sites)


def s_fiscal(c, m, allow_balance_site=False):
    sp = c.sp
    dec = sp['pdec']
    Y = sp['Y']
    c.head(c.C(['财政拨款收入支出决算情况', '一般公共预算财政拨款支出决算情况']))
    v = {k: fm(m[k]) for k in ('F', 'AF', 'PF', 'DF')}
    sites = []
    if allow_balance_site:
        w, det = c.mut_money(m['DF'], '年末财政拨款结转和结余', 'balance.carryover')
        sites.append(('balance.carryover', 'DF', w, f"年末财政拨款结转和结余“{w}万元”应为“{fm(m['DF'])}万元”（{fm(m['AF'])}＋{fm(m['F'])}−{fm(m['PF'])}）", 'money'))
    c.para(lambda v: f"{Y}年度财政拨款收入{v['F']}万元，年初财政拨款结转和结余{v['AF']}万元，财政拨款支出{v['PF']}万元，"
                     f"年末财政拨款结转和结余{v['DF']}万元。", v, sites)
    sPF = pct(m['PF'], m['P'], dec)
    form = c.C(['full', 'full2', 'hid', 'was'])
    if sp.get('need_change_nod'):
        form = c.C(['full', 'full2', 'was'])
    t, vv, ss = change_clause(c, '一般公共预算财政拨款支出', m['PF'], m['PF0'], form, refkind='决算数' if form != 'hid' else '')
    vv['s'] = str(sPF)
    c.trap('share_vs_growth')
    reason = c.C(UP_REASONS if m['PF'] >= m['PF0'] else DOWN_REASONS)
    w = c.mut_rate(sPF)
    ss = ss + [('rate.ratio', 's', w, f"一般公共预算财政拨款支出占本年支出合计比重“{w}%”应为“{sPF}%”（{fm(m['PF'])}÷{fm(m['P'])}）", 'rate')]
    c.para(lambda v: f"一般公共预算财政拨款支出{v['cur']}万元，占本年支出合计的{v['s']}%" + t(v) + f"，主要原因是{reason}。", vv, ss)
    c.trap('scope')
    v = {'PF': fm(m['PF']), 'BF': fm(m['BF']), 'JF': fm(m['JF'])}
    c.para(lambda v: f"一般公共预算财政拨款支出{v['PF']}万元由基本支出{v['BF']}万元和项目支出{v['JF']}万元构成。", v)


def sangong_table(c, g, layout, budget_doc=False):
    """三公 table.  returns dict label -> (line index, rendered cell string) for table.text sites."""
    sp = c.sp
    Y = sp['Y']
    # the 三公 table is always in 万元, even where the prose of the section is in 元
    w = lambda y: y / 10000
    if budget_doc:
        cols = ['项目', f'{Y - 1}年预算数', f'{Y}年预算数', '增减额', '增减率']
        rows = [('合计', g['B30'], g['B3']), ('1.因公出国（境）费', g['ab0'], g['ab']),
                ('2.公务用车购置及运行费', g['bb0'], g['bb']), ('其中：公务用车购置费', g['bb10'], g['bb1']),
                ('公务用车运行费', g['bb20'], g['bb2']), ('3.公务接待费', g['cb0'], g['cb'])]
        body = []
        for lab, a, b in rows:
            a, b = w(a), w(b)
            dd = b - a
            rr = (str(q(dd / a * 100, sp['pdec'])) + '%') if a != 0 else '—'
            if a == 0 and b == 0:
                rr = '—'
            if a != 0 and dd < 0:
                c.trap('table_yoy_negative')
            body.append([lab, fm(a), fm(b), fm(dd), rr])
    else:
        cols = ['项目', '预算数', '决算数']
        rows = [('合计', g['B3'], g['X3']), ('1.因公出国（境）费', g['ab'], g['a']),
                ('2.公务用车购置及运行费', g['bb'], g['b']), ('其中：公务用车购置费', g['bb1'], g['b1']),
                ('公务用车运行费', g['bb2'], g['b2']), ('3.公务接待费', g['cb'], g['c'])]
        body = [[lab, fm(w(a)), fm(w(b))] for lab, a, b in rows]
        if layout in ('cell', 'cellpipe'):
            cols = ['项目', '决算数']
            body = [[r[0], r[2]] for r in body]
    title = f"{Y}年度财政拨款“三公”经费支出{'预算' if budget_doc else '决算'}表"
    return render_table(c, title, '单位：万元', cols, body, layout)


def render_table(c, title, unitline, cols, body, layout):
    """renders a table; returns {(row label, col index): (line idx, function(newcell)->new line)}."""
    sp = c.sp
    th = sp['thousands'] and layout in ('tab', 'pipe', 'spaces')
    cellfmt = (lambda s: fmc(D(s)) if re.fullmatch(r'-?\d+\.\d\d', s) else s) if th else (lambda s: s)
    if th:
        c.trap('table_thousands')
    c.raw(title)
    cells = {}
    if layout == 'unit_in_header':
        cols = [cols[0]] + [f"{x}（万元）" for x in cols[1:]]
        layout = 'tab'
    else:
        c.raw(unitline)
    if layout in ('tab', 'pipe', 'spaces'):
        sep = {'tab': '\t', 'pipe': ' | ', 'spaces': '    '}[layout]
        c.raw(sep.join(cols))
        for row in body:
            rr = [row[0]] + [cellfmt(x) for x in row[1:]]
            idx = c.raw(sep.join(rr))
            for j in range(1, len(row)):
                def mk(newcell, rr=rr, j=j, sep=sep):
                    r2 = list(rr)
                    r2[j] = cellfmt(newcell)
                    return sep.join(r2)
                cells[(row[0], j)] = (idx, mk, rr[j])
    elif layout in ('cell', 'cellpipe'):
        for x in cols:
            c.raw(x)
            if layout == 'cellpipe':
                c.raw('|')
        for row in body:
            for j, x in enumerate(row):
                idx = c.raw(x)
                if j > 0:
                    cells[(row[0], j)] = (idx, (lambda newcell: newcell), x)
                if layout == 'cellpipe':
                    c.raw('|')
    elif layout == 'glued':
        c.raw(''.join(cols))
        for row in body:
            rr = list(row)
            idx = c.raw(''.join(rr))
            for j in range(1, len(row)):
                def mk(newcell, rr=rr, j=j):
                    r2 = list(rr)
                    r2[j] = newcell
                    return ''.join(r2)
                cells[(row[0], j)] = (idx, mk, rr[j])
    return cells


def s_sangong(c, m, opts):
    sp = c.sp
    Y = sp['Y']
    dec = sp['pdec']
    g = m['sg']
    c.head(c.C(['财政拨款“三公”经费支出决算情况', '“三公”经费支出决算情况说明']))
    if sp['sgyuan']:
        c.trap('sangong_yuan')
    W = lambda y: wan_or_yuan(c, y)
    X3, u = W(g['X3'])
    B3, _ = W(g['B3'])
    z = pct(g['X3'], g['B3'], dec)
    if z > 100:
        c.trap('over_budget')
    a, _ = W(g['a'])
    b, _ = W(g['b'])
    cc, _ = W(g['c'])
    # summary with breakdown (exhaustive 其中 of three)
    v = {'X3': X3, 'a': a, 'b': b, 'c': cc, 'B3': B3, 'z': str(z)}
    v['X30'], _ = W(g['X30'])
    d3, inc3, grow3, r3 = chg_parts(g['X3'], g['X30'], dec)
    v['d3'], _ = W(abs(d3))
    v['r3'] = str(r3)
    if d3 < 0:
        c.trap('decline_positive')
    over_txt = '，决算数大于预算数主要是年中追加了公务接待任务经费' if z > 100 else '，决算数小于预算数主要是厉行节约、从严控制公务活动'
    sites = []
    wz = c.mut_rate(z)
    sites.append(('rate.ratio', 'z', wz, f"“三公”经费完成预算“{wz}%”应为“{z}%”（{X3}÷{B3}）", 'rate'))
    if opts.get('sum_site'):
        for k, n, y in (('a', '因公出国（境）费', g['a']), ('c', '公务接待费', g['c'])):
            if y == 0:
                continue
            ww = W(y)[0]
            cand = [t for _, t in digit_mutations(ww)]
            if cand:
                t = c.C(cand)
                sites.append(('sum.breakdown', k, t, f"{n}“{t}{u}”应为“{ww}{u}”（“三公”经费{X3}{u}＝{a}＋{b}＋{cc}）", 'money'))
    c.trap('budget_vs_final_cmp')
    c.para(lambda v: f"{Y}年度“三公”经费财政拨款支出决算为{v['X3']}{u}，其中：因公出国（境）费{v['a']}{u}，"
                     f"公务用车购置及运行费{v['b']}{u}，公务接待费{v['c']}{u}。“三公”经费支出决算{v['X3']}{u}，"
                     f"比上年决算数{v['X30']}{u}{inc3}{v['d3']}{u}，{grow3}{v['r3']}%；年初预算数为{v['B3']}{u}，完成预算的{v['z']}%"
                     f"{over_txt}。", v, sites)
    if opts.get('itemized', True):
        # item 1: abroad
        if g['a'] == 0 and g['ab'] == 0:
            c.trap('zero_not_incurred')
            c.text(f"1.因公出国（境）费：预算数0{u}，决算数0{u}，全年未发生因公出国（境）费用。")
        elif g['a'] == 0:
            c.trap('zero_not_incurred')
            ab, _ = W(g['ab'])
            c.text(f"1.因公出国（境）费：预算数{ab}{u}，决算数0{u}，原计划出访任务取消，全年未发生因公出国（境）费用。")
        else:
            c.trap('person_vs_persontime')
            c.text(f"1.因公出国（境）费{a}{u}，全年组织因公出国（境）团组{g['ga']}个、{g['pa']}人次，主要用于考察交流。")
        # item 2: vehicles
        vv = {}
        vv['b'] = b
        vv['b1'], _ = W(g['b1'])
        vv['b2'], _ = W(g['b2'])
        vv['bb'], _ = W(g['bb'])
        db, incb, growb, rb = chg_parts(g['b'], g['b0'], dec)
        vv['b0'], _ = W(g['b0'])
        vv['db'], _ = W(abs(db))
        vv['rb'] = str(rb)
        zb = pct(g['b'], g['bb'], dec)
        vv['zb'] = str(zb)
        if zb > 100:
            c.trap('over_budget')
        sites = []
        if not opts.get('table_text_site'):
            inner = lambda v: f"（其中：公务用车购置费{v['b1']}{u}，公务用车运行费{v['b2']}{u}）"
        else:
            inner = lambda v: ''
        # change site on db (only edits that keep the stated rate true)
        dsites = []
        base_prev = g['b0']
        for kk, t in digit_mutations(vv['db']):
            tv = D(t) * (10000 if u == '万元' else 1)
            if tv == abs(db) or base_prev == 0:
                continue
            if pct(tv, base_prev, dec) != rb:
                continue
            diff = abs(tv - abs(db)) / (10000 if u == '万元' else 1)
            if diff >= D('0.10') if u == '万元' else diff >= D('1000'):
                dsites.append((diff, kk, t))
        if dsites:
            dsites.sort(key=lambda x: (-x[0], x[2]))
            _, kk, t = c.C(dsites[:3])
            sites.append(('change', 'db', t, f"公务用车购置及运行费{incb}额“{t}{u}”应为“{vv['db']}{u}”（{vv['b']}−{vv['b0']}；{kk}）", 'money'))
        wzb = c.mut_rate(zb)
        sites.append(('rate.ratio', 'zb', wzb, f"公务用车购置及运行费完成预算“{wzb}%”应为“{zb}%”（{vv['b']}÷{vv['bb']}）", 'rate'))
        if db < 0:
            c.trap('decline_positive')
        if opts.get('veh_norate'):
            sites = [x for x in sites if x[0] != 'change']
            cands = [(k, t) for k, t in digit_mutations(vv['db']) if k == 'transposed digits']
            if cands:
                k, t = c.C(cands)
                sites.append(('change', 'db', t, f"公务用车购置及运行费{incb}额“{t}{u}”应为“{vv['db']}{u}”（{vv['b']}−{vv['b0']}；{k}）", 'money'))
            c.para(lambda v: f"2.公务用车购置及运行费决算数{v['b']}{u}" + inner(v) +
                             f"，比上年决算数{v['b0']}{u}{incb}{v['db']}{u}；预算数{v['bb']}{u}，完成预算的{v['zb']}%。", vv, sites)
        else:
            c.para(lambda v: f"2.公务用车购置及运行费决算数{v['b']}{u}" + inner(v) +
                             f"，比上年决算数{v['b0']}{u}{incb}{v['db']}{u}，{growb}{v['rb']}%；预算数{v['bb']}{u}，完成预算的{v['zb']}%。",
                   vv, sites)
        if g['b1'] > 0 and g['b10'] == 0:
            c.trap('new_item')
            c.text(f"公务用车购置费{vv['b1']}{u}，上年无此项支出，为本年新增，用于更新报废的公务用车1辆。")
        if opts.get('table_text_site'):
            vt = {'b2': vv['b2']}
            c.para(lambda v: f"公务用车运行费{v['b2']}{u}，主要用于车辆燃油、维修、保险、过路过桥等支出。", vt,
                   [('table.text', 'b2', None, '', 'money')])
            c._tt_b2 = len(c.lines) - 1
        # vehicles count
        vc = {k: str(g[k]) for k in ('V', 'v1', 'v2', 'v3')}
        sites = []
        for k, n in (('v1', '执法执勤用车'), ('v2', '一般公务用车'), ('v3', '特种专业技术用车')):
            wv = c.mut_count(g[k])
            sites.append(('count.mismatch', k, str(wv), f"{n}“{wv}辆”应为“{g[k]}辆”（保有量{g['V']}辆＝{g['v1']}＋{g['v2']}＋{g['v3']}）", 'count'))
        c.para(lambda v: f"截至{Y}年12月31日，公务用车保有量{v['V']}辆，其中执法执勤用车{v['v1']}辆、一般公务用车{v['v2']}辆、"
                         f"特种专业技术用车{v['v3']}辆。", vc, sites)
        # item 3: reception
        vr = {'c': cc}
        vr['c0'], _ = W(g['c0'])
        dc, incc, growc, rc = chg_parts(g['c'], g['c0'], dec)
        vr['dc'], _ = W(abs(dc))
        vr['rc'] = str(rc)
        vr['k'] = str(g['k'])
        vr['p'] = str(g['p'])
        vr['k1'] = str(g['k1'])
        vr['k2'] = str(g['k2'])
        if dc < 0:
            c.trap('decline_positive')
        if rc > 100 and dc > 0:
            c.trap('over100')
        c.trap('person_vs_persontime')
        sites = []
        wr = c.mut_rate(rc)
        sites.append(('rate.ratio', 'rc', wr, f"公务接待费{growc}率“{wr}%”应为“{rc}%”（{vr['dc']}÷{vr['c0']}）", 'rate'))
        if g['k2'] > 0:
            wk = c.mut_count(g['k1'])
            sites.append(('count.mismatch', 'k1', str(wk), f"国内公务接待“{wk}批次”应为“{g['k1']}批次”（{g['k']}＝{g['k1']}＋{g['k2']}）", 'count'))
            tail = lambda v: f"，其中国内公务接待{v['k1']}批次、外事接待{v['k2']}批次"
        else:
            tail = lambda v: ''
        if c.P(0.5):
            vr['cb'], _ = W(g['cb'])
            de, ince, growe, re_ = chg_parts(g['c'], g['cb'], dec)
            vr['de'], _ = W(abs(de))
            vr['re'] = str(re_)
            c.trap('budget_vs_final_cmp')
            if de > 0:
                c.trap('over_budget')
            mid = lambda v: f"，比年初预算数{v['cb']}{u}{ince}{v['de']}{u}，{growe}{v['re']}%"
        else:
            mid = lambda v: ''
        c.para(lambda v: f"3.公务接待费决算数{v['c']}{u}" + mid(v) + f"，比上年决算数{v['c0']}{u}{incc}{v['dc']}{u}，{growc}{v['rc']}%；"
                         f"全年共接待{v['k']}批次、{v['p']}人次" + tail(v) + "。", vr, sites)


def s_sangong_table(c, m, layout, tt_site=False):
    g = m['sg']
    cells = sangong_table(c, g, layout)
    c.raw("注：本表“三公”经费为财政拨款安排的支出，金额单位为万元。")
    if tt_site and hasattr(c, '_tt_b2'):
        # the prose line restating 公务用车运行费 gets the edited figure; the table keeps the right one
        idx = c._tt_b2
        for s in list(c.sites):
            if s['family'] == 'table.text' and s['idx'] == idx:
                c.sites.remove(s)
        right, unit = wan_or_yuan(c, g['b2'])
        cands = [t for _, t in digit_mutations(right)]
        if cands:
            t = c.C(cands)
            bad = c.sty(f"公务用车运行费{t}{unit}，主要用于车辆燃油、维修、保险、过路过桥等支出。")
            tabcell = cells[('公务用车运行费', 2 if ('公务用车运行费', 2) in cells else 1)][2]
            c.sites.append(dict(family='table.text', idx=idx, bad=bad,
                                detail=f"正文公务用车运行费“{t}{unit}”与“三公”经费表决算数“{tabcell}”（万元）不符，应为“{right}{unit}”",
                                right=right, wrong=t, guard='tt'))


def s_jiguan(c, m, form=None):
    sp = c.sp
    Y = sp['Y']
    c.head(c.C(['机关运行经费支出情况', '机关运行经费情况说明']))
    if sp['utype'] == '事业':
        c.trap('zero_not_incurred')
        c.text(f"本单位为公益{c.C(['一', '二'])}类事业单位，{Y}年度不使用一般公共预算财政拨款安排机关运行经费。")
        return
    form = form or c.C(['full', 'full2', 'hid', 'nod', 'was', 'from'])
    comparable = c.P(0.7) and m['X'] > m['X0'] and sp.get('family') != 'change'
    if form == 'from' and not comparable:
        d, inc, grow, r = chg_parts(m['X'], m['X0'], sp['pdec'])
        v = {'X': fm(m['X']), 'X0': fm(m['X0']), 'd': fm(abs(d)), 'r': str(r)}
        reason = c.C(UP_REASONS if d >= 0 else DOWN_REASONS)
        if d < 0:
            c.trap('decline_positive')
        sites = [('rate.ratio', 'r', c.mut_rate(r), '', 'rate')]
        sites[0] = ('rate.ratio', 'r', sites[0][2], f"机关运行经费{grow}率“{sites[0][2]}%”应为“{r}%”（{fm(abs(d))}÷{fm(m['X0'])}）", 'rate')
        cands = [(k, t) for k, t in digit_mutations(v['d']) if pct(D(t), m['X0'], sp['pdec']) == r and abs(D(t) - abs(d)) >= D('0.10')]
        if cands:
            k, t = c.C(cands)
            sites.append(('change', 'd', t, f"机关运行经费{inc}额“{t}万元”应为“{v['d']}万元”（{v['X']}−{v['X0']}；{k}）", 'money'))
        c.para(lambda v: f"{Y}年度本部门机关运行经费支出{v['X']}万元。与上年相比，机关运行经费由{v['X0']}万元{inc}至{v['X']}万元，"
                         f"{inc}{v['d']}万元，{grow}{v['r']}%，主要原因是{reason}。", v, sites)
    elif comparable:
        d = m['X'] - m['X0']
        x = q(d * c.frac(200, 850))
        rr = m['X'] - x - m['X0']
        r = pct(abs(rr), m['X0'], sp['pdec'])
        factor = c.C(['机构改革划转人员经费', '调整工资标准等政策性增支', '新增退休人员一次性补助'])
        c.trap('comparable')
        v = {'X': fm(m['X']), 'X0': fm(m['X0']), 'd': fm(d), 'x': fm(x), 'r': str(r)}
        w = c.mut_rate(r)
        c.para(lambda v: f"{Y}年度本部门机关运行经费支出{v['X']}万元，比上年决算数{v['X0']}万元增加{v['d']}万元；剔除{factor}"
                         f"{v['x']}万元后，按可比口径{'增长' if rr >= 0 else '下降'}{v['r']}%。", v,
               [('rate.ratio', 'r', w, f"机关运行经费可比口径增长率“{w}%”应为“{r}%”（({fm(m['X'])}−{fm(x)}−{fm(m['X0'])})÷{fm(m['X0'])}）", 'rate')])
    else:
        t, v, sites = change_clause(c, '机关运行经费', m['X'], m['X0'], form, refkind='决算数' if form in ('full', 'nod') else '')
        reason = c.C(UP_REASONS if m['X'] >= m['X0'] else DOWN_REASONS)
        c.para(lambda v: f"{Y}年度本部门机关运行经费支出{v['cur']}万元" + t(v) + f"，主要原因是{reason}。", v, sites)
    o1, o2, o3 = m['xo']
    c.trap('nonexhaustive')
    c.text(f"机关运行经费主要用于办公费{fm(o1)}万元、水电费{fm(o2)}万元、差旅费{fm(o3)}万元以及印刷费、物业管理费等。")


def s_procure(c, m, variant):
    sp = c.sp
    Y = sp['Y']
    dec = sp['pdec']
    c.head(c.C(['政府采购支出情况', '政府采购情况说明']))
    T, (g, w, s) = m['GP']
    if variant == 'none':
        c.trap('zero_not_incurred')
        c.text(f"{Y}年度本单位未发生政府采购支出。")
        return
    v = {'T': fm(T), 'g': fm(g), 'w': fm(w), 's': fm(s)}
    sites = []
    for k, n in (('g', '政府采购货物支出'), ('s', '政府采购服务支出')):
        ww, det = c.mut_money(D(v[k]), n, 'sum.breakdown')
        sites.append(('sum.breakdown', k, ww, f"{n}“{ww}万元”应为“{v[k]}万元”（政府采购支出总额{v['T']}＝{v['g']}＋{v['w']}＋{v['s']}）", 'money'))
    if variant == 'fen':
        c.para(lambda v: f"{Y}年度政府采购支出总额{v['T']}万元，其中货物类、工程类、服务类采购分别为{v['g']}万元、{v['w']}万元、{v['s']}万元。",
               v, sites)
    else:
        c.para(lambda v: f"{Y}年度政府采购支出总额{v['T']}万元，其中：政府采购货物支出{v['g']}万元、政府采购工程支出{v['w']}万元、"
                         f"政府采购服务支出{v['s']}万元。", v, sites)
    pm = pct(m['GPm'], T, dec)
    pmm = pct(m['GPmm'], m['GPm'], dec)
    v = {'m': fm(m['GPm']), 'mm': fm(m['GPmm']), 'pm': str(pm), 'pmm': str(pmm)}
    sites = []
    wpm = c.mut_rate(pm)
    sites.append(('rate.ratio', 'pm', wpm, f"授予中小企业合同金额占比“{wpm}%”应为“{pm}%”（{fm(m['GPm'])}÷{fm(T)}）", 'rate'))
    wpmm = c.mut_rate(pmm)
    sites.append(('rate.ratio', 'pmm', wpmm, f"授予小微企业合同金额占比“{wpmm}%”应为“{pmm}%”（{fm(m['GPmm'])}÷{fm(m['GPm'])}）", 'rate'))
    c.para(lambda v: f"授予中小企业合同金额{v['m']}万元，占政府采购支出总额的{v['pm']}%，其中授予小微企业合同金额{v['mm']}万元，"
                     f"占授予中小企业合同金额的{v['pmm']}%。", v, sites)


def s_assets(c, m, variant, year_end=None):
    sp = c.sp
    Y = year_end or sp['Y']
    c.head(c.C(['国有资产占有使用情况', '国有资产占用情况说明']))
    g = m['sg']
    c.trap('partial_single')
    c.text(f"截至{Y}年12月31日，本{'单位' if sp['is_unit'] else '部门'}共有房屋{m['house']}平方米，其中办公用房{m.get('house1', m['house'] // 3)}平方米；"
           f"车辆{g['V']}辆；单价50万元以上通用设备{m['e1']}台（套），单价100万元以上专用设备{m['e2']}台（套）。")
    if variant == 'assets' and 'assets' in m:
        TA, CA, FA, IA = m['assets']
        v = {'TA': fm(TA), 'CA': fm(CA), 'FA': fm(FA), 'IA': fm(IA)}
        sites = []
        for k, n in (('CA', '流动资产'), ('IA', '无形资产')):
            ww, det = c.mut_money(D(v[k]), n, 'sum.breakdown')
            sites.append(('sum.breakdown', k, ww, f"{n}“{ww}万元”应为“{v[k]}万元”（资产总额{v['TA']}＝{v['CA']}＋{v['FA']}＋{v['IA']}）", 'money'))
        c.para(lambda v: f"年末资产总额{v['TA']}万元，由流动资产{v['CA']}万元、固定资产{v['FA']}万元和无形资产{v['IA']}万元构成。", v, sites)


def s_perf(c, m, opts):
    """预算绩效 / 部门整体支出绩效自评 paragraphs restating the accounts."""
    sp = c.sp
    Y = sp['Y']
    dec = sp['pdec']
    c.head(c.C(['预算绩效情况说明', '部门整体支出绩效自评情况']))
    # restatement paragraph (fact.conflict / unit.magnitude sites)
    key = opts.get('restate', 'P')
    lab = {'P': '本年支出合计', 'R': '本年收入合计'}[key]
    v = {'x': fm(m[key]), 'u': '万元'}
    sites = []
    ww, det = c.mut_money(m[key], lab, 'fact.conflict')
    cands = [t for _, t in digit_mutations(fm(m[key]))]
    if cands:
        ww = c.C(cands)
    sites.append(('fact.conflict', 'x', ww, f"绩效自评段重述{lab}“{ww}万元”与前文“{fm(m[key])}万元”不一致，应为“{fm(m[key])}万元”", 'restate'))
    sites.append(('unit.magnitude', 'u', '元', f"绩效自评段重述{lab}“{fm(m[key])}元”单位脱落，应为“{fm(m[key])}万元”", 'unit'))
    c.para(lambda v: f"部门整体支出绩效自评结果显示，{Y}年度{lab}{v['x']}{v['u']}，资金主要用于保障人员工资、机构运转和重点项目实施，"
                     f"整体支出绩效自评等级为“{c.sp['grade']}”。", v, sites)
    if opts.get('yuan_restate'):
        c.trap('yuan_restated')
        other = 'R' if key == 'P' else 'P'
        olab = {'P': '本年支出合计', 'R': '本年收入合计'}[other]
        c.text(f"纳入本次绩效自评范围的{olab}为{fm(m[other])}万元（{fm(m[other] * 10000)}元）。")
    # execution rate over the adjusted (full-year) budget
    BT, BT0, XT = m['BT'], m['BT0'], m['XT']
    w = pct(XT, BT, dec)
    v = {'BT': fm(BT), 'BT0': fm(BT0), 'add': fm(BT - BT0), 'XT': fm(XT), 'w': str(w)}
    sites = []
    ww = c.mut_rate(w)
    sites.append(('rate.ratio', 'w', ww, f"财政拨款预算执行率“{ww}%”应为“{w}%”（{fm(XT)}÷{fm(BT)}）", 'rate'))
    if BT != BT0:
        c.trap('exec_over_adjusted')
        if XT > BT0:
            c.trap('over_budget')
        c.para(lambda v: f"全年财政拨款预算数{v['BT']}万元（其中年初预算{v['BT0']}万元，年中追加{v['add']}万元），"
                         f"执行数{v['XT']}万元，预算执行率{v['w']}%。", v, sites)
    else:
        c.para(lambda v: f"全年财政拨款预算数{v['BT']}万元，执行数{v['XT']}万元，预算执行率{v['w']}%。", v, sites)


def s_projects(c, m, opts):
    sp = c.sp
    dec = sp['pdec']
    c.head(c.C(['重点项目绩效目标完成情况', '项目支出绩效自评情况']))
    for i, p in enumerate(m['projs']):
        w = pct(p['X'], p['B'], dec)
        v = {'B0': fm(p['B0']), 'add': fm(p['add']), 'B': fm(p['B']), 'X': fm(p['X']), 'Z': fm(p['Z']), 'w': str(w)}
        sites = []
        if p['Z'] > 0:
            ww, det = c.mut_money(p['Z'], '结余', 'balance.carryover')
            sites.append(('balance.carryover', 'Z', ww, f"{p['name']}项目结余“{ww}万元”应为“{v['Z']}万元”（{v['B']}−{v['X']}）", 'money'))
        wr = c.mut_rate(w)
        sites.append(('rate.ratio', 'w', wr, f"{p['name']}项目执行率“{wr}%”应为“{w}%”（{v['X']}÷{v['B']}）", 'rate'))
        if p['add'] > 0:
            c.trap('exec_over_adjusted')
            tpl = lambda v, p=p: (f"{i + 1}.{p['name']}项目：年初预算{v['B0']}万元，年中追加{v['add']}万元，全年预算{v['B']}万元，"
                                  f"实际支出{v['X']}万元，结余{v['Z']}万元，预算执行率{v['w']}%。")
        else:
            tpl = lambda v, p=p: (f"{i + 1}.{p['name']}项目：全年预算{v['B']}万元，实际支出{v['X']}万元，结余{v['Z']}万元，"
                                  f"预算执行率{v['w']}%。")
        c.para(tpl, v, sites)
    # an output target exceeded
    plan = c.R(200, 1500)
    done = plan + c.R(10, 400)
    cr = pct(done, plan, dec)
    c.trap('over_budget')
    unit = c.C(['人次', '户', '场次'])
    if unit == '人次':
        c.trap('person_vs_persontime')
    v = {'plan': str(plan), 'done': str(done), 'cr': str(cr)}
    wr = c.mut_rate(cr)
    c.para(lambda v: f"产出指标方面，计划完成服务{v['plan']}{unit}，实际完成{v['done']}{unit}，完成率{v['cr']}%。", v,
           [('rate.ratio', 'cr', wr, f"产出完成率“{wr}%”应为“{cr}%”（{done}÷{plan}）", 'rate')])


def s_summary_table(c, m, layout):
    """收入支出决算总表 (4 columns: 收入项目 金额 支出项目 金额)."""
    sp = c.sp
    Y = sp['Y']
    left = [('一、财政拨款收入', m['F'])]
    k = 1
    for n, key in (('事业收入', 'S'), ('经营收入', 'O'), ('其他收入', 'Q')):
        k += 1
        left.append((f"{CN[k - 1]}、{n}", m[key]))
    right = [(f"{CN[i]}、{n}", x) for i, (n, x) in enumerate(zip(m['fcn'], m['fcv']))]
    if m['Oexp'] > 0:
        right.append((f"{CN[len(right)]}、经营支出", m['Oexp']))
    while len(left) < len(right):
        left.append(('', None))
    while len(right) < len(left):
        right.append(('', None))
    left += [('本年收入合计', m['R']), ('用事业基金弥补收支差额', m['E']), ('年初结转和结余', m['A']), ('收入总计', m['TI'])]
    right += [('本年支出合计', m['P']), ('结余分配', m['G']), ('年末结转和结余', m['D']), ('支出总计', m['TI'])]
    th = sp['thousands']
    if th:
        c.trap('table_thousands')
    f = fmc if th else fm
    c.raw(f"{Y}年度收入支出决算总表")
    c.raw("单位：万元")
    cells = {}
    if layout == 'tab':
        c.raw("收入\t决算数\t支出\t决算数")
        for (ln, lv), (rn, rv) in zip(left, right):
            c.raw('\t'.join([ln, f(lv) if lv is not None else '', rn, f(rv) if rv is not None else '']))
    else:  # glued text-extraction rows: "label value label value"
        c.raw("收入 决算数 支出 决算数")
        for (ln, lv), (rn, rv) in zip(left, right):
            parts = []
            if ln:
                parts.append(f"{ln} {f(lv)}")
            if rn:
                parts.append(f"{rn} {f(rv)}")
            c.raw(' '.join(parts))
    c.raw("注：本表含全部资金来源，收入总计包含年初结转和结余。")
    if m['A'] > 0 or m['E'] > 0:
        c.trap('total_incl_carryover')


# ----------------------------------------------------------------------------- sections: budget documents

def b_overall(c, m):
    sp = c.sp
    Y = sp['Y']
    dec = sp['pdec']
    c.head(c.C([f'{Y}年收支预算总体情况', '收支预算总体情况']))
    c.trap('total_incl_carryover')
    form = c.C(['hid', 'full', 'full2']) if not sp.get('need_change_nod') else 'full'
    t, v, sites = change_clause(c, '收入预算总计', m['TI'], m['TI0'], form, refkind='预算数' if form != 'hid' else '')
    v['R'] = fm(m['R'])
    v['K'] = fm(m['K'])
    if m['K'] > 0:
        for k, n in (('K', '上年结转'),):
            ww, det = c.mut_money(m['K'], n, 'sum.breakdown')
            sites.append(('sum.breakdown', k, ww, f"{n}“{ww}万元”应为“{v['K']}万元”（收入预算总计{v['cur']}＝{v['R']}＋{v['K']}）", 'money'))
        c.para(lambda v: f"{Y}年收入预算总计{v['cur']}万元" + t(v) + f"；其中：本年收入预算{v['R']}万元，上年结转{v['K']}万元。", v, sites)
    else:
        c.para(lambda v: f"{Y}年收入预算总计{v['cur']}万元" + t(v) + f"，全部为本年收入预算，无上年结转。", v, sites)
    # expenditure
    ss = share_list(c, None, [m['B'], m['J']], m['TI'], dec)
    v = {'TI': fm(m['TI']), 'B': fm(m['B']), 'J': fm(m['J']), 'sB': str(ss[0]), 'sJ': str(ss[1])}
    tJ, vJ, sJ = change_clause(c, '项目支出', m['J'], m['J0'], c.C(['full', 'hid', 'nod']) if not sp.get('need_change_nod') else 'nod',
                               refkind='预算数')
    for k, x in vJ.items():
        v['J_' + k] = x
    sites = []
    for k, n, x in (('sB', '基本支出', m['B']), ('sJ', '项目支出', m['J'])):
        w = c.mut_rate(D(v[k]))
        sites.append(('rate.ratio', k, w, f"{n}占比“{w}%”应为“{v[k]}%”（{fm(x)}÷{fm(m['TI'])}）", 'rate'))
    sites += [(f, 'J_' + k, w, d, g) for f, k, w, d, g in sJ]
    c.trap('share_vs_growth')
    c.para(lambda v: f"支出预算总计{v['TI']}万元，其中：基本支出{v['B']}万元，占{v['sB']}%；项目支出{v['J']}万元，占{v['sJ']}%" +
           tJ({k[2:]: x for k, x in v.items() if k.startswith('J_')}) + "。", v, sites)


def b_income(c, m):
    sp = c.sp
    dec = sp['pdec']
    c.head(c.C(['收入预算情况', '收入预算说明']))
    src = [(n, m[k]) for n, k in (('一般公共预算拨款收入', 'F'), ('政府性基金预算拨款收入', 'F2'), ('事业收入', 'S'), ('其他收入', 'Q'))
           if m[k] > 0]
    if len(src) == 1:
        c.text(f"本年收入预算{fm(m['R'])}万元，全部为一般公共预算拨款收入。")
        return
    ss = share_list(c, None, [x for _, x in src], m['R'], dec)
    v = {'R': fm(m['R'])}
    for i, (n, x) in enumerate(src):
        v[f'x{i}'] = fm(x)
        v[f's{i}'] = str(ss[i])
    tF, vF, sF = change_clause(c, '一般公共预算拨款收入', m['F'], m['F0'], 'hid', refkind='预算数')
    for k, x in vF.items():
        v['F_' + k] = x
    sites = []
    for i, (n, x) in enumerate(src):
        w = c.mut_rate(ss[i])
        sites.append(('rate.ratio', f's{i}', w, f"{n}占比“{w}%”应为“{ss[i]}%”（{fm(x)}÷{fm(m['R'])}）", 'rate'))

    def tpl(v):
        items = []
        for i, (n, x) in enumerate(src):
            s = f"{n}{v[f'x{i}']}万元，占本年收入预算的{v[f's{i}']}%"
            if i == 0:
                s += tF({k[2:]: x for k, x in v.items() if k.startswith('F_')})
            items.append(s)
        return f"本年收入预算{v['R']}万元，其中：" + '；'.join(items) + '。'
    c.trap('share_vs_growth')
    c.para(tpl, v, sites)


def b_expend(c, m):
    sp = c.sp
    dec = sp['pdec']
    c.head(c.C(['支出预算情况', '支出预算说明']))
    v = {'B': fm(m['B']), 'B1': fm(m['B1']), 'B2': fm(m['B2'])}
    sites = []
    for k, n in (('B1', '人员经费'), ('B2', '公用经费')):
        w, det = c.mut_money(m[k], n, 'sum.breakdown')
        sites.append(('sum.breakdown', k, w, f"{n}“{w}万元”应为“{fm(m[k])}万元”（基本支出{fm(m['B'])}＝{fm(m['B1'])}＋{fm(m['B2'])}）", 'money'))
    c.para(lambda v: f"基本支出预算{v['B']}万元，包括人员经费和公用经费两项，分别为{v['B1']}万元和{v['B2']}万元。", v, sites)
    fs = share_list(c, m['fcn'], m['fcv'], m['TI'], dec)
    v = {'TI': fm(m['TI'])}
    for i in range(len(m['fcn'])):
        v[f'f{i}'] = fm(m['fcv'][i])
        v[f'fs{i}'] = str(fs[i])
    sites = []
    for i, n in enumerate(m['fcn']):
        w = c.mut_rate(fs[i])
        sites.append(('rate.ratio', f'fs{i}', w, f"{n}占比“{w}%”应为“{fs[i]}%”（{fm(m['fcv'][i])}÷{fm(m['TI'])}）", 'rate'))
    c.para(lambda v: f"按支出功能分类，支出预算总计{v['TI']}万元，其中：" + '；'.join(
        f"{n}{v[f'f{i}']}万元，占{v[f'fs{i}']}%" for i, n in enumerate(m['fcn'])) + '。', v, sites)


def b_sangong(c, m, opts):
    sp = c.sp
    Y = sp['Y']
    dec = sp['pdec']
    g = m['sg']
    c.head(c.C(['“三公”经费预算情况', '财政拨款“三公”经费预算说明']))
    W = lambda y: (fm(y / 10000), '万元')
    v = {}
    for k in ('B3', 'B30', 'ab', 'bb', 'bb1', 'bb2', 'cb'):
        v[k] = W(g[k])[0]
    d, inc, grow, r = chg_parts(g['B3'], g['B30'], dec)
    v['d'] = W(abs(d))[0]
    v['r'] = str(r)
    if d < 0:
        c.trap('decline_positive')
    sites = []
    wr = c.mut_rate(r)
    sites.append(('rate.ratio', 'r', wr, f"“三公”经费预算{grow}率“{wr}%”应为“{r}%”（{v['d']}÷{v['B30']}）", 'rate'))
    if opts.get('sum_site'):
        for k, n in (('cb', '公务接待费'),):
            t = c.C([x for _, x in digit_mutations(v[k])])
            sites.append(('sum.breakdown', k, t, f"{n}“{t}万元”应为“{v[k]}万元”（“三公”经费预算{v['B3']}＝{v['ab']}＋{v['bb']}＋{v['cb']}）", 'money'))
    if g['ab'] == 0:
        c.trap('zero_not_incurred')
    c.para(lambda v: f"{Y}年“三公”经费财政拨款预算{v['B3']}万元，比上年预算数{v['B30']}万元{inc}{v['d']}万元，{grow}{v['r']}%；"
                     f"其中：因公出国（境）费{v['ab']}万元，公务用车购置及运行费{v['bb']}万元（其中：公务用车购置费{v['bb1']}万元，"
                     f"公务用车运行费{v['bb2']}万元），公务接待费{v['cb']}万元。", v, sites)
    if c.P(0.6):
        c.trap('prev_budget_vs_final')
        de, ince, growe, re_ = chg_parts(g['B3'], g['Xe1'], dec)
        c.text(f"{Y}年“三公”经费财政拨款预算{v['B3']}万元，较上年实际执行数{fm(g['Xe1'] / 10000)}万元{ince}{fm(abs(de) / 10000)}万元，"
               f"{growe}{re_}%，上年执行数低于上年预算数主要是公务用车运行费节约。")
    else:
        c.trap('other_year')
        c.text(f"{Y - 2}年“三公”经费财政拨款决算数为{fm(g['Xf2'] / 10000)}万元，{Y}年预算数较{Y - 2}年决算数{'增加' if g['B3'] >= g['Xf2'] else '减少'}"
               f"{fm(abs(g['B3'] - g['Xf2']) / 10000)}万元。")
    vc = {k: str(g[k]) for k in ('V', 'v1', 'v2', 'v3')}
    sites = []
    for k, n in (('v1', '执法执勤用车'), ('v2', '一般公务用车')):
        wv = c.mut_count(g[k])
        sites.append(('count.mismatch', k, str(wv), f"{n}“{wv}辆”应为“{g[k]}辆”（保有量{g['V']}辆＝{g['v1']}＋{g['v2']}＋{g['v3']}）", 'count'))
    c.trap('other_year')
    c.para(lambda v: f"截至{Y - 1}年底，本{'单位' if sp['is_unit'] else '部门'}公务用车保有量{v['V']}辆，其中执法执勤用车{v['v1']}辆、"
                     f"一般公务用车{v['v2']}辆、特种专业技术用车{v['v3']}辆；{Y}年{'计划购置公务用车1辆' if g['bb1'] > 0 else '不安排公务用车购置'}。",
           vc, sites)


def b_sangong_table(c, m, layout, tt_site):
    g = m['sg']
    cells = sangong_table(c, g, layout, budget_doc=True)
    c.raw("注：增减率以上年预算数为基数计算，上年预算数为0的不计算增减率。")
    c.trap('new_item') if g['bb10'] == 0 and g['bb1'] > 0 else None
    if tt_site:
        right = fm(g['bb2'] / 10000)
        cands = [t for _, t in digit_mutations(right)]
        t = c.C(cands)
        v = {'x': right}
        c.para(lambda v: f"公务用车运行费预算{v['x']}万元，主要用于车辆燃油、维修、保险等支出。", v,
               [('table.text', 'x', t, f"正文公务用车运行费预算“{t}万元”与“三公”经费预算表“{cells[('公务用车运行费', 2)][2]}”不符，应为“{right}万元”",
                 'tt')])


def b_jiguan(c, m):
    sp = c.sp
    Y = sp['Y']
    c.head(c.C(['机关运行经费预算情况', '机关运行经费安排情况']))
    if sp['utype'] == '事业':
        c.trap('zero_not_incurred')
        c.text(f"本单位为事业单位，{Y}年不安排机关运行经费预算。")
        return
    form = c.C(['hid', 'full', 'nod'])
    if c.P(0.5) and m['X'] > m['X0'] and sp.get('family') != 'change':
        d = m['X'] - m['X0']
        x = q(d * c.frac(200, 850))
        rr = m['X'] - x - m['X0']
        r = pct(abs(rr), m['X0'], sp['pdec'])
        factor = c.C(['新增划入职能相应经费', '调整工资标准等政策性增支'])
        c.trap('comparable')
        v = {'X': fm(m['X']), 'X0': fm(m['X0']), 'd': fm(d), 'x': fm(x), 'r': str(r)}
        w = c.mut_rate(r)
        c.para(lambda v: f"{Y}年本部门机关运行经费预算{v['X']}万元，比上年预算数{v['X0']}万元增加{v['d']}万元；剔除{factor}"
                         f"{v['x']}万元后，同口径增长{v['r']}%，主要用于办公费、印刷费、水电费、差旅费等。", v,
               [('rate.ratio', 'r', w, f"机关运行经费同口径增长率“{w}%”应为“{r}%”（({fm(m['X'])}−{fm(x)}−{fm(m['X0'])})÷{fm(m['X0'])}）", 'rate')])
    else:
        t, v, sites = change_clause(c, '机关运行经费', m['X'], m['X0'], form, refkind='预算数' if form != 'hid' else '')
        c.para(lambda v: f"{Y}年本部门机关运行经费预算{v['cur']}万元" + t(v) + "，主要用于办公费、印刷费、水电费、差旅费等。", v, sites)
    c.trap('nonexhaustive')


def b_procure(c, m):
    sp = c.sp
    Y = sp['Y']
    dec = sp['pdec']
    c.head(c.C(['政府采购预算情况', '政府采购预算说明']))
    T, (g, w, s) = m['GP']
    v = {'T': fm(T), 'g': fm(g), 'w': fm(w), 's': fm(s)}
    sites = []
    for k, n in (('g', '货物类'), ('s', '服务类')):
        ww, det = c.mut_money(D(v[k]), n, 'sum.breakdown')
        sites.append(('sum.breakdown', k, ww, f"{n}“{ww}万元”应为“{v[k]}万元”（政府采购预算总额{v['T']}＝{v['g']}＋{v['w']}＋{v['s']}）", 'money'))
    c.para(lambda v: f"{Y}年政府采购预算总额{v['T']}万元，其中：货物类{v['g']}万元、工程类{v['w']}万元、服务类{v['s']}万元。", v, sites)
    pm = pct(m['GPm'], T, dec)
    v = {'m': fm(m['GPm']), 'pm': str(pm)}
    wpm = c.mut_rate(pm)
    c.para(lambda v: f"面向中小企业预留采购份额{v['m']}万元，占政府采购预算总额的{v['pm']}%。", v,
           [('rate.ratio', 'pm', wpm, f"预留中小企业份额占比“{wpm}%”应为“{pm}%”（{fm(m['GPm'])}÷{fm(T)}）", 'rate')])


def b_perf(c, m):
    sp = c.sp
    Y = sp['Y']
    c.head(c.C(['预算绩效目标设置情况', '绩效目标管理情况']))
    v = {'J': fm(m['J'])}
    sites = [('unit.magnitude', 'u', '元', f"绩效目标段重述项目支出预算“{fm(m['J'])}元”单位脱落，应为“{fm(m['J'])}万元”", 'unit')]
    cands = [t for _, t in digit_mutations(fm(m['J']))]
    t = c.C(cands)
    sites.append(('fact.conflict', 'J', t, f"绩效目标段项目支出预算“{t}万元”与前文“{fm(m['J'])}万元”不一致，应为“{fm(m['J'])}万元”", 'restate'))
    v['u'] = '万元'
    c.para(lambda v: f"{Y}年本部门{m['nproj']}个项目全部编制绩效目标，涉及项目支出预算{v['J']}{v['u']}，绩效目标覆盖率100%。", v, sites)


# ----------------------------------------------------------------------------- documents

def build(sp, slim=0):
    rng = random.Random(f"{SEED}:{sp['id']}")
    c = Ctx(sp, rng)
    fam = sp['family']
    Y = sp['Y']
    kind = sp['kind']
    dw = '单位' if sp['is_unit'] else '部门'
    # title / preface
    if kind == 'final':
        c.raw(f"{sp['title_org']}{Y}年度{dw}决算说明")
        if sp['docno']:
            c.text(f"按照《{sp['prov']}财政厅关于做好{Y}年度部门决算编报工作的通知》（{sp['pabbr']}财预〔{Y + 1}〕{sp['docn']}号）要求，"
                   f"现将{sp['org']}{Y}年度{dw}决算情况说明如下。")
    elif kind == 'budget':
        c.raw(f"{sp['title_org']}{Y}年{dw}预算说明")
        if sp['docno']:
            c.text(f"根据《{sp['prov']}财政厅关于编制{Y}年省级部门预算的通知》（{sp['pabbr']}财预〔{Y - 1}〕{sp['docn']}号）精神，"
                   f"结合本{dw}职责，编制{Y}年{dw}预算。")
    else:
        c.raw(f"{sp['title_org']}{Y}年度{dw}整体支出绩效自评报告")
        if sp['docno']:
            c.text(f"按照《{sp['prov']}财政厅关于开展{Y}年度预算绩效自评工作的通知》（{sp['pabbr']}财绩〔{Y + 1}〕{sp['docn']}号）要求，"
                   f"现将{sp['org']}{Y}年度整体支出绩效自评情况报告如下。")
    if kind in ('final', 'perf'):
        m = model_final(c)
    else:
        m = model_budget(c)
    layout = sp['layout']
    if slim >= 3 and sp.get('sg_layout') in ('cell', 'cellpipe'):
        sp = dict(sp, sg_layout='tab')
        c.sp = sp

    if kind == 'final':
        s_basic(c, m)
        has_sum_table = layout in ('tab', 'glued') and fam not in ('balance.carryover',)
        s_overall(c, m, 'nototals' if fam == 'balance.carryover' and sp['bal_where'] == 'overall' else
                  ('totals' if c.P(0.6) and fam != 'balance.carryover' else 'nototals'))
        s_income(c, m, 'shares' if fam not in ('sum.breakdown',) or c.P(0.3) else 'gou', table_present=has_sum_table)
        if fam == 'sum.breakdown' or c.P(0.5):
            s_expend(c, m, 'fc_构成' if (fam == 'sum.breakdown' and not has_sum_table) else 'fc_shares')
        else:
            s_expend(c, m, 'fc_shares')
        if fam == 'balance.carryover' and sp['bal_where'] == 'fiscal' or (c.P(0.5) and slim < 2):
            s_fiscal(c, m, allow_balance_site=(fam == 'balance.carryover'))
        tts = fam == 'table.text' and sp['tt_where'] == 'sangong'
        s_sangong(c, m, {'table_text_site': tts, 'itemized': True,
                         'veh_norate': fam == 'change' and '公务用车' in (sp.get('site_pref') or [])})
        sg_layout = sp.get('sg_layout')
        if sg_layout:
            s_sangong_table(c, m, sg_layout, tt_site=tts)
        if slim < 2 or fam == 'change':
            s_jiguan(c, m, form=(('nod' if '机关运行经费' in (sp.get('site_pref') or []) else c.C(['from', 'full']))
                                 if fam == 'change' else None))
        if (c.P(0.6) and slim < 1) or fam == 'sum.breakdown':
            s_procure(c, m, c.C(['list', 'fen']) if m['GP'][0] > 0 else 'none')
        if (c.P(0.4) and slim < 1) or (fam == 'sum.breakdown' and '资产总额' in sp.get('site_pref', [])):
            s_assets(c, m, 'assets' if (c.P(0.6) or fam == 'sum.breakdown') else 'plain')
        if fam in ('fact.conflict', 'unit.magnitude') or c.P(0.5):
            s_perf(c, m, {'restate': c.C(['P', 'R']), 'yuan_restate': c.P(0.5)})
        if has_sum_table:
            s_summary_table(c, m, layout)
    elif kind == 'perf':
        s_basic(c, m)
        c.head('部门整体收支情况')
        if m['A'] > 0 or m['E'] > 0:
            c.trap('total_incl_carryover')
        v = {k: fm(m[k]) for k in ('TI', 'R', 'P', 'A', 'D')}
        c.text(f"{Y}年度收入总计{v['TI']}万元，其中本年收入合计{v['R']}万元、年初结转和结余{v['A']}万元"
               + (f"、用事业基金弥补收支差额{fm(m['E'])}万元" if m['E'] > 0 else '') + "。")
        # balance sentence
        calc = f"{fm(m['A'])}＋{fm(m['R'])}" + (f"＋{fm(m['E'])}" if m['E'] > 0 else '') + f"−{fm(m['P'])}" + \
               (f"−{fm(m['G'])}" if m['G'] > 0 else '')
        vb = {k: fm(m[k]) for k in ('P', 'D', 'G')}
        if m['G'] > 0 or m['E'] > 0:
            c.trap('fund_makeup')
        c.para(lambda v: f"本年支出合计{v['P']}万元" + (f"，结余分配{v['G']}万元" if m['G'] > 0 else '') +
               f"，年末结转和结余{v['D']}万元。", vb)
        s_expend(c, m, 'fc_shares' if fam != 'sum.breakdown' else 'fc_构成')
        s_perf(c, m, {'restate': c.C(['P', 'R']), 'yuan_restate': c.P(0.6)})
        s_sangong(c, m, {'itemized': True, 'table_text_site': fam == 'table.text'})
        if sp.get('sg_layout'):
            s_sangong_table(c, m, sp['sg_layout'], tt_site=(fam == 'table.text'))
        s_projects(c, m, {})
        c.head('存在的问题及改进措施')
        c.text("部分项目资金支付进度偏慢，绩效目标设置的可衡量性有待提高。下一步将加强预算执行监控，细化量化绩效指标。")
    else:  # budget
        s_basic(c, m)
        b_overall(c, m)
        b_income(c, m)
        b_expend(c, m)
        b_sangong(c, m, {'sum_site': fam == 'sum.breakdown'})
        if sp.get('sg_layout'):
            b_sangong_table(c, m, sp['sg_layout'], tt_site=(fam == 'table.text'))
        b_jiguan(c, m)
        if c.P(0.6) and slim < 1:
            b_procure(c, m)
        if c.P(0.5) and slim < 1:
            s_assets(c, m, 'plain', year_end=Y - 1)
            c.trap('other_year')
        if fam in ('fact.conflict', 'unit.magnitude') or c.P(0.5):
            b_perf(c, m)
    return c


def choose_site(c, sp):
    fam = sp['family']
    rs = random.Random(f"{SEED}:{sp['id']}:slip")
    text = '\n'.join(c.lines)
    cands = []
    for s in c.sites:
        if s['family'] != fam:
            continue
        if s['guard'] == 'money':
            r = re.escape(s['right'])
            if len(re.findall(r'(?<![\d.,])' + r + r'(?![\d])', text)) != 1:
                continue
            if re.search(r'(?<![\d.,])' + re.escape(s['wrong']) + r'(?![\d])', text):
                continue
        if s['guard'] == 'restate':
            if re.search(r'(?<![\d.,])' + re.escape(s['wrong']) + r'(?![\d])', text):
                continue
        if s['guard'] == 'tt':
            r = re.escape(s['right'])
            if len(re.findall(r'(?<![\d.,])' + r + r'(?![\d])', text)) > 2:
                continue
            if re.search(r'(?<![\d.,])' + re.escape(s['wrong']) + r'(?![\d])', text):
                continue
        if s['guard'] == 'rate':
            if len(re.findall(r'(?<![\d.])' + re.escape(s['right']) + '%', text)) != 1:
                continue
            if re.search(r'(?<![\d.])' + re.escape(s['wrong']) + '%', text):
                continue
        cands.append(s)
    if not cands:
        raise RuntimeError(f"{sp['id']}: no site for {fam}")
    pref = sp.get('site_pref')
    if pref:
        pc = [s for s in cands if any(p in s['detail'] for p in pref)]
        if pc:
            cands = pc
    return rs.choice(cands)


# ----------------------------------------------------------------------------- the 40 specs

def make_specs():
    rng = random.Random(SEED)
    fams = []
    for f in FAMILIES:
        fams += [f] * FAMILY_COUNTS[f]
    slots = fams + [None] * 20
    # interleave: shuffle until no run of 4 equal slip/clean flags
    while True:
        rng.shuffle(slots)
        flags = ''.join('s' if x else 'c' for x in slots)
        if 'ssss' not in flags and 'cccc' not in flags and flags[:2] not in ('ss', 'cc'):
            break
    layouts_final = ['tab', 'glued', None, None, 'tab', None, 'glued', None]
    sg_layouts = ['tab', 'cell', 'cellpipe', 'pipe', 'glued', 'spaces', 'unit_in_header', None, None, None]
    specs = []
    seen = {}
    prefs = {'sum.breakdown': [['政府采购'], ['资产总额', '本年支出合计', '本年收入合计'], ['人员经费', '公用经费']],
             'count.mismatch': [['人”', '名”'], ['辆']],
             'rate.ratio': [['增长率', '下降率'], ['占比'], ['执行率', '完成预算', '完成率']],
             'change': [['机关运行经费'], ['本年支出合计'], ['公务用车'], ['本年收入合计', '一般公共预算']]}
    years_final = [2019, 2020, 2021, 2022, 2023, 2024]
    years_budget = [2020, 2021, 2022, 2023, 2024, 2025]
    for i in range(40):
        fam = slots[i]
        sk = SECT_ORDER[i % len(SECT_ORDER)]
        disp, bureau, pbureau, units, fc, projects, duty = SECT[sk]
        prov, pabbr, city, county, town0 = PROVS[(i * 7) % len(PROVS)]
        level = 'city' if i % 6 == 5 else ('prov' if i in (8, 27, 33) else 'county')
        if sk in ('town', 'street'):
            level = 'county'
        is_unit = sk in ('town', 'street') or (i % 3 == 1)
        if level == 'prov' and bureau is None:
            level = 'county'
        # kind
        k_f = seen.get(fam, 0)
        seen[fam] = k_f + 1
        if fam == 'balance.carryover':
            kind = 'final' if k_f == 0 else 'perf'
        elif fam in ('count.mismatch',):
            kind = rng.choice(['final', 'budget'])
        else:
            kind = ['final', 'final', 'budget', 'final', 'perf', 'budget', 'final'][i % 7]
        if fam == 'balance.carryover':
            bal_where = 'overall' if kind == 'final' else 'project'
        else:
            bal_where = None
        # org name
        place = {'county': county, 'city': city, 'prov': prov}[level]
        if is_unit:
            uname, ukind = units[i % len(units)]
            if ukind == 'town':
                org = f"{county}{TOWNS[i % len(TOWNS)]}镇人民政府"
            elif ukind == 'street':
                org = f"{county}{town0}街道办事处"
            elif uname == '市场监督管理所' or uname == '司法所':
                org = f"{county}{TOWNS[i % len(TOWNS)]}{uname}"
            elif uname == '国有林场':
                org = f"{county}{TOWNS[i % len(TOWNS)]}国有林场"
            else:
                org = f"{place}{uname}"
        else:
            ukind = 'bureau'
            org = f"{place}{pbureau if level == 'prov' else bureau}"
        utype = '行政' if ukind in ('bureau', 'town', 'street') or (is_unit and ukind == 'station' and sk in ('market', 'justice')) else '事业'
        if ukind == 'hospital':
            scale = (15000, 60000)
        elif ukind == 'school':
            scale = (1500, 6000)
        elif ukind in ('town', 'street'):
            scale = (1500, 5000)
        elif ukind in ('center', 'station'):
            scale = (150, 1200)
        else:
            scale = (400, 3500) if level == 'county' else (1500, 9000)
        if level == 'prov':
            scale = (scale[0] * 3, scale[1] * 3)
        Y = rng.choice(years_budget if kind == 'budget' else years_final)
        layout = layouts_final[i % len(layouts_final)] if kind == 'final' else None
        sg_layout = sg_layouts[i % len(sg_layouts)]
        tt_where = None
        if fam == 'table.text':
            if kind == 'final' and layout in ('tab', 'glued') and rng.random() < 0.5:
                tt_where = 'income'
            else:
                tt_where = 'sangong'
                if sg_layout is None:
                    sg_layout = 'tab'
        if kind == 'budget' and sg_layout in ('glued', 'cell', 'cellpipe'):
            sg_layout = {'glued': 'tab', 'cell': 'spaces', 'cellpipe': 'pipe'}[sg_layout]
        if is_unit:
            duty = {'school': '学校教育教学、学生管理和校园安全', 'hospital': '医疗救治、急诊急救和基本公共卫生服务',
                    'town': duty, 'street': duty}.get(ukind, f"{disp}领域的技术服务和具体业务工作")
        title_org = org
        docno = (i % 3 != 2)
        if not docno and not org.startswith(prov):
            title_org = (prov + city + org) if level == 'county' else (prov + org if level == 'city' else org)
        sp = dict(id=f"t{i + 1:02d}", family=fam, sector=sk, sector_name=disp, prov=prov, pabbr=pabbr, city=city,
                  county=county, level=level, org=org, title_org=title_org, is_unit=is_unit, ukind=ukind, utype=utype,
                  kind=kind, Y=Y, scale=scale, layout=layout, sg_layout=sg_layout, fc=fc, projects=projects, duty=duty,
                  spaced=(i % 4 == 3), pdec=(1 if i % 5 == 2 else 2), sgyuan=(i % 4 == 1), thousands=(i % 3 == 0 or layout == 'tab'),
                  oper=(ukind == 'station' and sk == 'forest'), docno=docno, docn=(i * 13) % 47 + 3,
                  bz=('本单位' if is_unit else '本部门'), grade=rng.choice(['优', '优秀', '良好', '良']),
                  bal_where=bal_where, tt_where=tt_where)
        if fam == 'change':
            sp['need_change_nod'] = (i % 2 == 0)
        if fam in prefs:
            sp['site_pref'] = prefs[fam][k_f % len(prefs[fam])]
        if fam == 'table.text' and tt_where == 'income':
            sp['q_standalone'] = True
        specs.append(sp)
    return specs


def render_all(twins_dir=None):
    specs = make_specs()
    rows = []
    out = {}
    for sp in specs:
        # retry a few spec tweaks deterministically if the document has no site for its family
        for slim in range(5):
            c = build(sp, slim)
            if len(c.lines) <= 60:
                break
        if sp['family']:
            site = choose_site(c, sp)
            slip_lines = list(c.lines)
            slip_lines[site['idx']] = site['bad']
            out[sp['id']] = (slip_lines, list(c.lines))
            rows.append((sp['id'], sp['family'], site['detail']))
        else:
            out[sp['id']] = (list(c.lines), None)
            rows.append((sp['id'], 'clean', '；'.join(f"{t}: {TRAP_TEXT[t]}" for t in c.traps)))
        n = len(c.lines)
        assert 15 <= n <= 60, (sp['id'], n)
    if twins_dir:
        os.makedirs(twins_dir, exist_ok=True)
        for sid, (doc, twin) in out.items():
            if twin is not None:
                with open(os.path.join(twins_dir, f"{sid}.txt"), 'w', encoding='utf-8') as f:
                    f.write('\n'.join(twin) + '\n')
        return specs
    for sid, (doc, twin) in out.items():
        with open(os.path.join(HERE, f"{sid}.txt"), 'w', encoding='utf-8') as f:
            f.write('\n'.join(doc) + '\n')
    with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\texpected\tdetail\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    return specs


if __name__ == '__main__':
    if len(sys.argv) >= 3 and sys.argv[1] == '--twins':
        render_all(twins_dir=sys.argv[2])
    else:
        render_all()
