#!/usr/bin/env python3
"""Blind test set 82 generator: 教育/科技/文化旅游/体育/卫健 专项资金 自评 and 分配 reports.

Writes t01.txt ... t40.txt and expect.tsv next to this file (or into --out DIR).
  python3 gen.py                 # the set
  python3 gen.py --twins DIR     # each slip document rebuilt without its slip

Python 3 standard library only; fixed seed; money, rates and scores are
decimal.Decimal rounded half-up (floats appear only as probabilities).
"""
import os
import random
import sys
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 82082
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- numbers
def q(x, places='0.01'):
    return D(x).quantize(D(places), rounding=ROUND_HALF_UP)


def m(x):
    return f"{q(x):.2f}"


def pct(num, den, places='0.01'):
    return q(D(num) * 100 / D(den), places)


def rmoney(rng, lo, hi):
    return q(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)


def sc(x):
    """score rendering: 10 -> '10', 9.5 -> '9.5'"""
    x = D(x)
    if x == x.to_integral_value():
        return str(int(x))
    return f"{q(x, '0.1')}"


def grp(n, comma):
    return f"{n:,}" if comma else str(n)


def yuan(x, comma):
    v = q(D(x) * 10000)
    return f"{v:,.2f}" if comma else f"{v:.2f}"


def swap_digits(s, k=0):
    """transpose the k-th (from the right) pair of adjacent differing digits"""
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    pairs = [(idx[j], idx[j + 1]) for j in range(len(idx) - 1)
             if s[idx[j]] != s[idx[j + 1]]]
    pairs = [p for p in pairs if not (p[0] == idx[0] and s[p[1]] == '0')]
    if not pairs:
        return None
    i, j = pairs[-1 - k] if len(pairs) > k else pairs[-1]
    lst = list(s)
    lst[i], lst[j] = lst[j], lst[i]
    return ''.join(lst)


CN = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八'}
CNK = {2: '两', 3: '三', 4: '四', 5: '五'}

# ---------------------------------------------------------------- world
PROV = {
    '江西': ('江西省', '赣'), '湖南': ('湖南省', '湘'), '云南': ('云南省', '云'),
    '广西': ('广西壮族自治区', '桂'), '陕西': ('陕西省', '陕'), '安徽': ('安徽省', '皖'),
    '山东': ('山东省', '鲁'), '四川': ('四川省', '川'), '甘肃': ('甘肃省', '甘'),
    '浙江': ('浙江省', '浙'), '湖北': ('湖北省', '鄂'), '河北': ('河北省', '冀'),
    '贵州': ('贵州省', '黔'), '福建': ('福建省', '闽'),
}

# issuer, province, place stem, level
ISS = {
    'gy_zz': ('赣阳市学生资助管理中心', '江西', '赣阳', '市'),
    'gy_jy': ('赣阳市教育局', '江西', '赣阳', '市'),
    'xy_kj': ('湘源市科学技术局', '湖南', '湘源', '市'),
    'xy_ty': ('湘源市体育局', '湖南', '湘源', '市'),
    'yl_wl': ('云岭州文化和旅游局', '云南', '云岭', '州'),
    'gc_ty': ('桂川市体育局', '广西', '桂川', '市'),
    'gc_jy': ('桂川市教育局', '广西', '桂川', '市'),
    'qy_wj': ('秦阳市卫生健康委员会', '陕西', '秦阳', '市'),
    'qy_wl': ('秦阳市文化和旅游局', '陕西', '秦阳', '市'),
    'wd_jt': ('皖东县教育体育局', '安徽', '皖东', '县'),
    'lp_wj': ('鲁平县卫生健康局', '山东', '鲁平', '县'),
    'lp_kj': ('鲁平县科学技术局', '山东', '鲁平', '县'),
    'sc_wl': ('蜀川市文化广播电视和旅游局', '四川', '蜀川', '市'),
    'sc_wj': ('蜀川市卫生健康委员会', '四川', '蜀川', '市'),
    'lq_kj': ('陇泉市科学技术局', '甘肃', '陇泉', '市'),
    'll_ty': ('临澜市体育局', '浙江', '临澜', '市'),
    'jh_jy': ('荆湖市教育局', '湖北', '荆湖', '市'),
    'ja_wl': ('冀安市文化广电和旅游局', '河北', '冀安', '市'),
    'qf_wj': ('黔峰县卫生健康局', '贵州', '黔峰', '县'),
    'mx_kj': ('闽溪县科技和工业信息化局', '福建', '闽溪', '县'),
}

DEPT = {'edu': '教育厅', 'sci': '科学技术厅', 'cul': '文化和旅游厅', 'spo': '体育局', 'hea': '卫生健康委员会'}

A1 = list("安宁永丰兴泰广长临平清新茂龙凤云金石桃柳华德昌顺和嘉")
A2 = list("平宁安和阳川源江山溪林华康乐城河泉岭浦津")
BR = ["恒信", "瑞科", "华拓", "卓远", "鼎新", "博瑞", "中研", "天工", "锐思", "宏图", "思源", "海纳", "启明", "众诚"]


def place_names(rng, n, suffixes):
    seen, out = set(), []
    while len(out) < n:
        s = rng.choice(A1) + rng.choice(A2)
        if s in seen or s[0] == s[1]:
            continue
        seen.add(s)
        out.append(s + rng.choice(suffixes))
    return out


def recipients(rng, n, kind, stem):
    if kind == 'county':
        return place_names(rng, n, ['县'] * 7 + ['区', '区', '市'])
    if kind == 'kinder':
        towns = place_names(rng, n, ['镇'])
        return [t + '中心幼儿园' for t in towns]
    if kind == 'clinic':
        towns = place_names(rng, n - 3, ['镇', '乡'])
        return [stem + '县人民医院', stem + '县中医医院', stem + '县妇幼保健院'] + [t + '卫生院' for t in towns]
    if kind == 'sciunit':
        base = [stem + '学院', stem + '职业技术学院', stem + '农业科学研究所', stem + '产业技术研究院',
                stem + '中心医院', stem + '林业科学研究所']
        brands = rng.sample(BR, n)
        sfx = ['新材料科技有限公司', '生物科技有限公司', '智能装备有限公司', '电子科技有限公司', '农业发展有限公司', '环保科技有限公司']
        out = base[:]
        i = 0
        while len(out) < n:
            out.append(brands[i] + sfx[i % len(sfx)])
            i += 1
        rng.shuffle(out)
        return out[:n]
    if kind == 'venue':
        towns = place_names(rng, n - 4, ['县', '县', '区'])
        return [stem + '市图书馆', stem + '市文化馆', stem + '市博物馆', stem + '市美术馆'] + [t + '文化馆' for t in towns]
    raise ValueError(kind)


KIND = {  # measure word, noun, column header
    'county': ('个', '县（市、区）', '县（市、区）'),
    'kinder': ('所', '幼儿园', '幼儿园名称'),
    'clinic': ('家', '医疗卫生机构', '单位名称'),
    'sciunit': ('家', '项目承担单位', '承担单位'),
    'venue': ('个', '公共文化场馆', '场馆名称'),
}


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, spec, active):
        self.spec = spec
        self.active = active
        self.lines = []
        self.traps = []
        self.detail = ''
        self.ctx = {}
        self.iss, self.pv, self.stem, self.lvl = ISS[spec['iss']]
        self.provname, self.pabbr = PROV[self.pv]
        self.year = spec['year']
        self.fund = spec['fund']
        self.sector = spec['sector']
        self.jur = {'市': '市', '县': '县', '州': '州'}[self.lvl]

    def host(self, blk):
        s = self.spec.get('slip')
        return bool(s) and s[1] == blk

    def pick(self, blk, correct, wrong, where):
        """return the figure to print; the planted slip only when active"""
        if self.host(blk):
            assert wrong != correct, (self.spec['key'], correct)
            self.detail = f"“{wrong}”（{where}）应为“{correct}”"
            if self.active:
                return wrong
        return correct

    def p(self, s):
        self.lines.append(s)

    def trap(self, k):
        if k not in self.traps:
            self.traps.append(k)


# ---------------------------------------------------------------- tables
def render_table(rows, layout):
    """rows: list of lists of str (first row = header)"""
    out = []
    if layout == 'md':
        out.append('| ' + ' | '.join(rows[0]) + ' |')
        out.append('|' + '|'.join(['---'] * len(rows[0])) + '|')
        for r in rows[1:]:
            out.append('| ' + ' | '.join(r) + ' |')
    elif layout == 'tab':
        for r in rows:
            out.append('\t'.join(r))
    elif layout == 'sp':
        w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for r in rows:
            out.append('  '.join(c + ' ' * (w[i] - len(c)) for i, c in enumerate(r)).rstrip())
    elif layout == 'box':
        n = len(rows[0])
        out.append('┌' + '┬'.join(['────'] * n) + '┐')
        for k, r in enumerate(rows):
            out.append('│' + '│'.join(r) + '│')
            if k == 0:
                out.append('├' + '┼'.join(['────'] * n) + '┤')
        out.append('└' + '┴'.join(['────'] * n) + '┘')
    else:
        raise ValueError(layout)
    return out


# ---------------------------------------------------------------- grade
BANDS = {
    'std4': ([90, 80, 60, 0], ['优秀', '良好', '合格', '不合格'],
             '评价结果分为四个等级：90分（含）以上为“优秀”，80分（含）—90分为“良好”，60分（含）—80分为“合格”，60分以下为“不合格”。'),
    'yl': ([90, 80, 60, 0], ['优', '良', '中', '差'],
           '根据得分确定评价等级：90分（含）以上为“优”，80分（含）—90分为“良”，60分（含）—80分为“中”，60分以下为“差”。'),
    'five': ([90, 80, 70, 60, 0], ['优秀', '良好', '合格', '基本合格', '不合格'],
             '评价等次分为五档：90分（含）以上为“优秀”，80分（含）—90分为“良好”，70分（含）—80分为“合格”，60分（含）—70分为“基本合格”，60分以下为“不合格”。'),
    'c85': ([85, 75, 60, 0], ['优秀', '良好', '合格', '不合格'],
            '按照本地区绩效评价办法，85分（含）以上为“优秀”，75分（含）—85分为“良好”，60分（含）—75分为“合格”，60分以下为“不合格”。'),
    'none': ([90, 80, 60, 0], ['优秀', '良好', '合格', '不合格'], None),
}


def prep_grade(doc, rng, o):
    lows, words, _ = BANDS[o['bands']]
    band = o['band']
    lo = lows[band]
    hi = lows[band - 1] if band > 0 else 100
    if o.get('boundary'):
        tot = D(lo)
        doc.trap('boundary')
    else:
        steps = int((hi - lo) * 2)
        tot = D(lo) + D(rng.randint(1, steps - 1)) / 2
    doc.ctx['tot'] = q(tot, '0.1')
    doc.ctx['grade'] = words[band]
    if o['bands'] == 'c85' or o['bands'] == 'five':
        doc.trap('doc_bands')


def rend_grade_bands(doc, o):
    t = BANDS[o['bands']][2]
    if t:
        doc.p('（二）评价方法和等级。采用因素分析法和比较法，对照绩效目标逐项打分。' + t)


def rend_grade(doc, o):
    lows, words, _ = BANDS[o['bands']]
    band = o['band']
    g = doc.ctx['grade']
    wrong = words[band - 1] if band > 0 else words[1]
    g = doc.pick('grade', g, wrong, '评价等级')
    tot = doc.ctx['tot']
    subj = o.get('subj', '该项资金')
    if o.get('sayscore', True):
        doc.p(f"经综合评价，{subj}{doc.year}年度绩效自评得分{tot}分，评价等级为“{g}”。")
    else:
        doc.p(f"综合上述指标完成情况，评价等级为“{g}”。")


# ---------------------------------------------------------------- per-head items
def item_gen(rng, code, year):
    """returns (text, amount, traps, label)"""
    if code == 'gz_zxj':
        p = rng.randint(600, 2400)
        pc = 2 * p - rng.randint(8, 60)
        amt = q(D(pc) * 1000 / 10000)
        return (f"普通高中国家助学金：资助学生{grp(p, True)}人、{grp(pc, True)}人次（春、秋两学期分别认定），按每人次1000元标准发放，发放{m(amt)}万元",
                amt, ['person_vs_renci', 'per_head_yuan'], '普通高中国家助学金', pc)
    if code == 'zz_zxj':
        p = rng.randint(300, 1800)
        amt = q(D(p) * 2000 / 10000)
        return (f"中职国家助学金：资助学生{p}人，每生每年2000元，发放{m(amt)}万元", amt, ['per_head_yuan'], '中职国家助学金', p)
    if code == 'zz_mxf':
        p = rng.randint(800, 3500)
        st = rng.choice([2000, 2200, 2400])
        amt = q(D(p) * st / 10000)
        return (f"中职免学费：免除学费{p}人，每生每年{st}元，计{m(amt)}万元", amt, ['per_head_yuan'], '中职免学费', p)
    if code == 'jss':
        p1, p2 = rng.randint(500, 3000), rng.randint(400, 2600)
        amt = q((D(p1) * 1000 + D(p2) * 1250) / 10000)
        return (f"义务教育家庭经济困难寄宿生生活补助：小学{p1}人、每生每年1000元，初中{p2}人、每生每年1250元，计{m(amt)}万元",
                amt, ['per_head_yuan'], '寄宿生生活补助', p1 + p2)
    if code == 'yy':
        p = rng.randint(3000, 12000)
        d = 4 if year <= 2021 else 5
        amt = q(D(p) * d * 200 / 10000)
        return (f"农村义务教育学生营养改善计划：惠及学生{grp(p, True)}人，每生每天{d}元，全年按200天计，补助{m(amt)}万元",
                amt, ['per_head_yuan'], '营养改善计划', p)
    if code == 'zd':
        n = rng.randint(5, 14)
        st = rng.choice([30, 40, 50, 60, 80])
        amt = q(D(n) * st)
        return (f"重点研发计划项目{n}项，每项资助{st}万元，计{m(amt)}万元", amt, [], '重点研发计划项目', n)
    if code == 'qn':
        n = rng.randint(12, 40)
        st = rng.choice([8, 10])
        amt = q(D(n) * st)
        return (f"自然科学基金青年项目{n}项，每项资助{st}万元，计{m(amt)}万元", amt, [], '自然科学基金青年项目', n)
    if code == 'tp':
        p = rng.randint(20, 90)
        st = rng.choice([6000, 8000, 10000])
        amt = q(D(p) * st / 10000)
        return (f"科技特派员工作补助：选派科技特派员{p}人，每人每年{st}元，计{m(amt)}万元", amt, ['per_head_yuan'], '科技特派员工作补助', p)
    if code == 'hbz':
        n = rng.randint(15, 60)
        amt = rmoney(rng, 120, 480)
        return (f"科技型中小企业研发费用后补助：补助企业{n}家，计{m(amt)}万元", amt, [], '研发费用后补助', n)
    if code == 'sx':
        n = rng.randint(90, 380)
        st = rng.choice([3000, 4000, 5000])
        amt = q(D(n) * st / 10000)
        return (f"送戏下乡：组织演出{n}场，每场补助{st}元，计{m(amt)}万元", amt, ['per_head_yuan'], '送戏下乡', n)
    if code == 'zx':
        n = rng.randint(20, 80)
        st = rng.choice([2, 3])
        amt = q(D(n) * st)
        return (f"村级综合文化服务中心设备购置：支持{n}个，每个补助{st}万元，计{m(amt)}万元", amt, [], '村级综合文化服务中心', n)
    if code == 'fy':
        p = rng.randint(20, 60)
        st = rng.choice([8000, 10000])
        amt = q(D(p) * st / 10000)
        return (f"非遗代表性传承人传习补助：补助传承人{p}人，每人每年{st}元，计{m(amt)}万元", amt, ['per_head_yuan'], '传承人传习补助', p)
    if code == 'mf':
        n = rng.randint(5, 18)
        st = rng.choice([5, 8, 10])
        amt = q(D(n) * st)
        return (f"公共图书馆、文化馆（站）免费开放补助：补助场馆{n}个，每个{st}万元，计{m(amt)}万元", amt, [], '免费开放补助', n)
    if code == 'zdy':
        b = rng.randint(3, 6)
        pc = rng.randint(300, 1200)
        st = rng.choice([300, 400])
        amt = q(D(pc) * st / 10000)
        return (f"社会体育指导员培训：分{b}批次培训{pc}人次，每人次补助{st}元，计{m(amt)}万元",
                amt, ['batch_vs_renci', 'per_head_yuan'], '社会体育指导员培训', pc)
    if code == 'lj':
        n = rng.randint(20, 90)
        st = D(rng.choice(['3.50', '4.20', '4.80']))
        amt = q(D(n) * st)
        return (f"全民健身路径：新建{n}条，每条{st}万元，计{m(amt)}万元", amt, [], '全民健身路径', n)
    if code == 'cg':
        n = rng.randint(4, 15)
        st = rng.choice([10, 15, 20, 30])
        amt = q(D(n) * st)
        return (f"公共体育场馆免费低收费开放补助：补助场馆{n}个，每个{st}万元，计{m(amt)}万元", amt, [], '场馆开放补助', n)
    if code == 'xly':
        p = rng.randint(500, 1800)
        pc = p + rng.randint(40, 300)
        st = rng.choice([150, 200])
        amt = q(D(pc) * st / 10000)
        return (f"青少年体育冬夏令营：参加学生{p}人、{pc}人次，每人次补助{st}元，计{m(amt)}万元",
                amt, ['person_vs_renci', 'per_head_yuan'], '冬夏令营', pc)
    if code == 'gw':
        pop = rmoney(rng, 25, 140)
        st = {2019: 69, 2020: 74, 2021: 79, 2022: 84, 2023: 89, 2024: 94, 2025: 99}[year]
        amt = q(pop * st)
        return (f"基本公共卫生服务补助：按常住人口{pop}万人、人均{st}元标准测算，计{m(amt)}万元",
                amt, ['wanren_x_yuan'], '基本公共卫生服务补助', None)
    if code == 'qy':
        h = rng.randint(8000, 30000)
        p = h * 2 + rng.randint(100, 5000)
        st = rng.choice([10, 12, 15])
        amt = q(D(p) * st / 10000)
        return (f"家庭医生签约服务补助：签约{grp(h, True)}户、{grp(p, True)}人，按每人每年{st}元补助，计{m(amt)}万元",
                amt, ['hu_vs_ren', 'per_head_yuan'], '家庭医生签约服务补助', p)
    if code == 'la':
        p = rng.randint(3000, 15000)
        st = rng.choice([120, 150, 180])
        amt = q(D(p) * st / 10000)
        return (f"农村适龄妇女“两癌”检查：检查{p}人，每人{st}元，计{m(amt)}万元", amt, ['per_head_yuan'], '“两癌”检查', p)
    if code == 'yq':
        n = rng.randint(800, 4000)
        st = rng.choice([240, 300])
        amt = q(D(n) * st / 10000)
        return (f"免费孕前优生健康检查：检查{n}对（{2 * n}人），每对{st}元，计{m(amt)}万元",
                amt, ['dui_vs_ren', 'per_head_yuan'], '孕前优生健康检查', n)
    raise ValueError(code)


def prep_perhead(doc, rng, o):
    items = []
    for code in o['items']:
        items.append(item_gen(rng, code, doc.year))
    doc.ctx['ph'] = items
    doc.ctx['ph_n'] = {code: it[4] for code, it in zip(o['items'], items)}
    tot = sum((it[1] for it in items), D(0))
    doc.ctx['ph_total'] = tot
    if o.get('defines_T', True):
        doc.ctx['T'] = tot
    for it in items:
        for t in it[2]:
            doc.trap(t)


def rend_perhead(doc, o):
    items = doc.ctx['ph']
    if o.get('first'):
        doc.p(f"（一）资金安排情况。{doc.year}年{doc.fund}按政策标准和任务量测算安排，具体如下：")
    else:
        doc.p(o.get('intro', '资金按政策标准测算下达，具体安排如下：'))
    for i, it in enumerate(items, 1):
        doc.p(f"（{i}）{it[0]}。")
    k = len(items)
    doc.p(f"以上{CNK.get(k, str(k))}项资金合计{m(doc.ctx['ph_total'])}万元。")


# ---------------------------------------------------------------- fund / overview
def prep_fund(doc, rng, o):
    if 'T' not in doc.ctx:
        doc.ctx['T'] = rmoney(rng, o.get('lo', 300), o.get('hi', 3000))


def docno(doc, rng):
    return f"{doc.pabbr}财{rng.choice(['教', '科', '文', '社', '行'])}〔{doc.year - 1 if rng.random() < 0.5 else doc.year}〕{rng.randint(11, 260)}号"


def prep_ov(doc, rng, o):
    T = doc.ctx['T']
    mode = o['mode']
    doc.ctx['ov_docno'] = docno(doc, rng)
    if mode == 'two':
        C = q(T * D(rng.randint(45, 80)) / 100)
        doc.ctx['ov'] = (C, T - C)
    elif mode == 'partial':
        C = q(T * D(rng.randint(40, 60)) / 100)
        P = q(T * D(rng.randint(15, 30)) / 100)
        doc.ctx['ov'] = (C, P)
        doc.trap('nonexhaustive')
    elif mode == 'budget':
        B = q(T * D(rng.randint(8, 25)) / 100)
        doc.ctx['ov'] = (T - B, B, rng.randint(5, 9))


def rend_ov(doc, o):
    T = doc.ctx['T']
    mode = o['mode']
    giver = '市财政局' if doc.lvl == '县' else '省财政厅'
    src = f"《{doc.provname}财政厅 {doc.provname}{DEPT[doc.sector]}关于下达{doc.year}年{doc.fund}的通知》"
    if mode == 'two':
        C, P = doc.ctx['ov']
        Cs = doc.pick('ov', m(C), swap_digits(m(C)), '中央财政资金')
        doc.p(f"（一）资金安排情况。根据{src}（{doc.ctx['ov_docno']}），{giver}下达我{doc.jur}{doc.year}年{doc.fund}{m(T)}万元，由中央财政资金{Cs}万元和省级财政资金{m(P)}万元构成。")
    elif mode == 'partial':
        C, P = doc.ctx['ov']
        doc.p(f"（一）资金安排情况。{doc.year}年，各级财政共安排我{doc.jur}{doc.fund}{m(T)}万元，其中中央财政资金{m(C)}万元、省级财政资金{m(P)}万元（{doc.ctx['ov_docno']}）。")
    elif mode == 'budget':
        A, B, mon = doc.ctx['ov']
        doc.p(f"（一）资金安排情况。{doc.year}年{doc.fund}年初预算{m(A)}万元，{mon}月追加预算{m(B)}万元，全年预算{m(T)}万元。")
    doc.p(o.get('use', '资金主要用于' + txt(doc, 'use') + '。'))


# ---------------------------------------------------------------- execution
def prep_exec(doc, rng, o):
    T = doc.ctx['T']
    mode = o['mode']
    if mode == 'full':
        S = T
    else:
        for _ in range(5000):
            S = q(T * D(rng.randint(8600, 9990)) / 10000 + D(rng.randint(0, 99)) / 100)
            if S >= T:
                continue
            exact = D(S) * 100 / D(T)
            trunc = exact.quantize(D('0.01'), rounding='ROUND_DOWN')
            r = pct(S, T)
            if o.get('roundtrap'):
                if r != trunc:
                    break
            else:
                break
        if o.get('roundtrap'):
            doc.trap('rounding')
    doc.ctx['S'] = S
    doc.ctx['K'] = T - S
    doc.ctx['R'] = pct(S, T)
    if mode == 'init':
        # 追加 so that 支出 exceeds 年初预算
        B = q(T - S + (S * D(rng.randint(3, 15)) / 100))
        doc.ctx['exinit'] = (T - B, B)
        doc.ctx['R2'] = pct(S, T - B)
        doc.trap('full_vs_initial')
        doc.trap('over100')


def rend_exec(doc, o):
    T, S, K, R = doc.ctx['T'], doc.ctx['S'], doc.ctx['K'], doc.ctx['R']
    mode = o['mode']
    name = o.get('name', doc.fund)
    Rs = doc.pick('exec_r', f"{R}", swap_digits(f"{R}"), '预算执行率')
    Ks = doc.pick('exec_k', m(K), swap_digits(m(K)), '结转下年')
    if mode == 'full':
        doc.p(f"截至{doc.year}年12月31日，{name}到位资金{m(T)}万元，实际支出{m(S)}万元，资金已全部支出，预算执行率{Rs}%。")
    elif mode == 'simple':
        doc.p(f"截至{doc.year}年12月31日，{name}到位资金{m(T)}万元，实际支出{m(S)}万元，结转下年{Ks}万元，预算执行率{Rs}%。")
    elif mode == 'init':
        A, B = doc.ctx['exinit']
        doc.p(f"{name}年初预算{m(A)}万元，年中追加{m(B)}万元后全年预算{m(T)}万元；截至12月31日实际支出{m(S)}万元，结转下年{Ks}万元，按全年预算计算的执行率为{Rs}%，支出数为年初预算的{doc.ctx['R2']}%。")


# ---------------------------------------------------------------- allocation
def prep_alloc(doc, rng, o):
    T = doc.ctx['T']
    n = o['n']
    names = recipients(rng, n, o['kind'], doc.stem)
    reserve = q(T * D(rng.randint(3, 8)) / 100) if o.get('reserve') else D(0)
    want = o.get('sharesum')  # '99.99' / '100.01' / None
    for attempt in range(20000):
        w = [rng.randint(40, 160) for _ in range(n)]
        tw = sum(w)
        rest = T - reserve
        amts = [q(rest * wi / tw) for wi in w]
        amts[-1] = rest - sum(amts[:-1])
        if amts[-1] <= 0:
            continue
        rows_amt = amts + ([reserve] if o.get('reserve') else [])
        shares = [pct(a, T) for a in rows_amt]
        ssum = sum(shares, D(0))
        if len(set(amts)) != len(amts):
            continue
        if want is None:
            if o.get('share') and ssum != D('100.00'):
                continue
            break
        if ssum == D(want):
            break
    else:
        raise RuntimeError('share target not reached')
    if want:
        doc.trap('share_rounding')
    dup = None
    if o.get('dup'):
        dup = o.get('dupidx', 2)
        doc.trap('dup_recipient')
    if o.get('reserve'):
        doc.trap('reserve_row')
    counts = None
    if o.get('count'):
        lo, hi = o['countrange']
        counts = [rng.randint(lo, hi) for _ in range(n)]
        phn = doc.ctx.get('ph_n', {})
        link = [phn[c] for c in o.get('countlink', []) if c in phn]
        if link:
            # the 项目数 column must add to the projects counted in the per-item list
            tot = sum(link)
            assert tot >= n
            counts = [1] * n
            for _ in range(tot - n):
                counts[rng.randrange(n)] += 1
    doc.ctx['alloc'] = dict(names=names, amts=amts, shares=shares, reserve=reserve, dup=dup, counts=counts)


def rend_alloc(doc, o):
    a = doc.ctx['alloc']
    T = doc.ctx['T']
    mw, noun, col = KIND[o['kind']]
    names, amts, shares, counts = a['names'], a['amts'], a['shares'], a['counts']
    n = len(names)
    dup = a['dup']
    disp = names[:]
    if dup is not None:
        # recipient `dup` receives two batches: rows dup and dup+1 carry the same name
        disp[dup] = names[dup] + '（第一批）'
        disp[dup + 1] = names[dup] + '（第二批）'
    ndistinct = n - (1 if dup is not None else 0)
    Ns = doc.pick('alloc_n', str(ndistinct), str(ndistinct + 2),
                  f"分配单位个数；表列{n}行" + (f"，{names[dup]}分两批列两行" if dup is not None else '') + f"，实为{ndistinct}{mw}")
    fname = o.get('name', doc.fund)
    if o['layout'] == 'prose':
        parts = [f"{disp[i]}{m(amts[i])}万元" for i in range(n)]
        if o.get('reserve'):
            parts.append(f"预留资金{m(a['reserve'])}万元")
        doc.p(f"按照因素法，{fname}共分配至{Ns}{mw}{noun}，分别为：" + '、'.join(parts) + f"，合计{m(T)}万元。")
        return
    doc.p(f"按照因素法，{fname}共分配至{Ns}{mw}{noun}，分配情况如下表（单位：万元）：")
    hdr = ['序号', col, '分配金额（万元）']
    if o.get('share'):
        hdr.append('占比（%）')
    if counts:
        hdr.append(o['counthdr'])
    rows = [hdr]
    cand = [i for i in range(n) if dup is None or i not in (dup, dup + 1)]
    imax = max(cand, key=lambda i: amts[i])
    imin = min(cand, key=lambda i: amts[i])
    slip_row = o.get('sliprow', 4)
    while slip_row in (imax, imin) or (dup is not None and slip_row in (dup, dup + 1)):
        slip_row += 1
    for i in range(n):
        amt_s = m(amts[i])
        if i == slip_row:
            amt_s = doc.pick('alloc_sum', amt_s, swap_digits(amt_s, o.get('swapk', 0)), f"表中{disp[i]}分配金额")
        r = [str(i + 1), disp[i], amt_s]
        if o.get('share'):
            r.append(f"{shares[i]}")
        if counts:
            r.append(str(counts[i]))
        rows.append(r)
    if o.get('reserve'):
        r = [str(n + 1), o.get('reservename', '预留资金（待绩效考核后下达）'), m(a['reserve'])]
        if o.get('share'):
            r.append(f"{shares[-1]}")
        if counts:
            r.append('—')
        rows.append(r)
    r = ['合计', '—', m(T)]
    if o.get('share'):
        r.append('100.00')
    if counts:
        r.append(str(sum(counts)))
    rows.append(r)
    for line in render_table(rows, o['layout']):
        doc.p(line)
    # prose restatement of table figures
    amax = doc.pick('alloc_text', m(amts[imax]), swap_digits(m(amts[imax])), f"正文中{names[imax]}分配金额")
    line = f"其中，{names[imax]}分配资金最多，为{amax}万元；{names[imin]}最少，为{m(amts[imin])}万元。"
    if counts and o.get('countsay'):
        icm = max(cand, key=lambda i: (counts[i], -i))
        cs = doc.pick('alloc_ctext', str(counts[icm]), str(counts[icm] + 1) if counts[icm] % 10 != 9 else str(counts[icm] - 1),
                      f"正文中{names[icm]}{o['countunit']}数")
        line += f"{names[icm]}{o['countsay']}最多，共{cs}{o['countunit']}。"
    doc.p(line)
    if dup is not None:
        doc.p(f"{names[dup]}因项目分两批次申报，资金分两批下达，表中分列两行。")
    if o.get('reserve'):
        doc.p(f"预留资金{m(a['reserve'])}万元用于年中根据绩效考核结果统筹安排，年底前已全部下达。")


# ---------------------------------------------------------------- multi-level list
ML = {
    'edu': [('改善学校基本办学条件', ['校舍维修改造', '食堂及宿舍设施改造', '运动场地改造']),
            ('提升教育信息化水平', ['多媒体教室建设', '校园网络设备更新', '智慧校园平台建设']),
            ('配备教学仪器设备', ['实验室仪器', '图书', '音体美器材']),
            ('支持薄弱学校能力提升', '所学校')],
    'cul': [('开展送文化下乡', ['文艺演出补助', '流动图书服务', '农村公益电影放映']),
            ('保障公共文化场馆免费开放', ['公共图书馆', '文化馆', '博物馆']),
            ('推进非遗保护传承', ['代表性项目保护', '传承人传习', '展示展演活动']),
            ('建设基层综合文化服务中心', '个中心')],
    'spo': [('建设全民健身场地设施', ['全民健身路径', '笼式足球场', '社区多功能运动场']),
            ('举办群众体育赛事活动', ['全民健身运动会', '社区运动会', '老年人体育活动']),
            ('发展青少年体育', ['体育传统特色学校', '青少年冬夏令营', '青少年锦标赛']),
            ('建设体育社会组织', '个单项体育协会')],
    'sci': [('支持基础研究', ['自然科学基金', '重点实验室运行补助', '科研设施开放共享']),
            ('开展关键核心技术攻关', ['产业链攻关项目', '重大科技专项', '农业科技攻关']),
            ('促进科技成果转化', ['技术合同登记奖补', '中试基地补助', '科技成果转化基金']),
            ('建设科技创新平台', '个创新平台')],
    'hea': [('开展重大传染病防控', ['艾滋病防治', '结核病防治', '疫苗针对传染病监测']),
            ('加强慢性病综合防控', ['高血压筛查', '糖尿病患者管理', '癌症早诊早治']),
            ('提升卫生应急能力', ['应急物资储备', '应急演练', '应急队伍培训']),
            ('提升基层服务能力', '家卫生院')],
}


def split(rng, total, k, lo=30, hi=100):
    w = [rng.randint(lo, hi) for _ in range(k)]
    parts = [q(total * wi / sum(w)) for wi in w]
    parts[-1] = total - sum(parts[:-1])
    return parts


def prep_ml(doc, rng, o):
    T = doc.ctx['T']
    kinds = o['kinds']  # list like ['ex','ne','prod']
    k = len(kinds)
    pool = ML_FUND.get(doc.fund, ML[doc.sector])
    prod_i = kinds.index('prod') if 'prod' in kinds else None
    items = []
    # the product item first fixes its amount
    prod_amt = None
    if prod_i is not None:
        nn = rng.randint(4, 12)
        st = rng.choice([5, 8, 10, 12, 15, 20])
        prod_amt = q(D(nn) * st)
    while True:
        rest = T - (prod_amt or D(0))
        others = [i for i in range(k) if i != prod_i]
        parts = split(rng, rest, len(others))
        if all(p > 20 for p in parts):
            break
    j = 0
    topics = [t for t in pool if isinstance(t[1], list)]
    rng.shuffle(topics)
    for i, kd in enumerate(kinds):
        if kd == 'prod':
            items.append(('prod', pool[3][0], pool[3][1], prod_amt, nn, st))
        else:
            A = parts[j]
            topic, subs = topics[j]
            j += 1
            if kd == 'ex':
                sub = split(rng, A, 3)
                items.append(('ex', topic, subs, A, sub))
            else:
                sub = [q(A * D(rng.randint(25, 40)) / 100), q(A * D(rng.randint(20, 35)) / 100)]
                items.append(('ne', topic, subs[:2], A, sub))
                doc.trap('nonexhaustive')
    doc.ctx['ml'] = items


def rend_ml(doc, o):
    items = doc.ctx['ml']
    T = doc.ctx['T']
    k = len(items)
    doc.p(f"{o.get('name', doc.fund)}主要用于以下{CNK[k]}个方面，共计{m(T)}万元：")
    for i, it in enumerate(items):
        head = f"{CN[i + 1]}是{it[1]}，安排资金{m(it[3])}万元，"
        if it[0] == 'ex':
            sub = [m(x) for x in it[4]]
            si = o.get('slipsub', 1)
            sub[si] = doc.pick('ml', sub[si], swap_digits(sub[si]), f"{CN[i + 1]}是中{it[2][si]}金额") if i == o.get('slipitem', -1) else sub[si]
            doc.p(head + f"分别用于{it[2][0]}{sub[0]}万元、{it[2][1]}{sub[1]}万元和{it[2][2]}{sub[2]}万元。")
        elif it[0] == 'ne':
            doc.p(head + f"主要用于{it[2][0]}{m(it[4][0])}万元、{it[2][1]}{m(it[4][1])}万元等。")
        else:
            unit = it[2]
            doc.p(head + f"支持{it[4]}{unit}，每{unit[0]}补助{it[5]}万元。")


# ---------------------------------------------------------------- survey
def prep_survey(doc, rng, o):
    N = rng.randint(200, 1500)
    M = N if o.get('allback') else N - rng.randint(3, max(4, N // 12))
    target = rng.choice([D('0.93'), D('0.95'), D('0.96'), D('0.97')])
    while True:
        ab = int(M * (target + D(rng.randint(-30, 20)) / 1000))
        a = int(ab * D(rng.randint(55, 75)) / 100)
        b = ab - a
        rest = M - ab
        c = rest - rng.randint(1, max(1, rest // 3))
        d = rest - c
        if c > 0 and d > 0 and d != c:
            break
    num = a + b + (c if o.get('abc') else 0)
    doc.ctx['sv'] = (N, M, a, b, c, d)
    doc.ctx['sat'] = pct(num, M)
    if o.get('abc'):
        doc.trap('sat_incl_basic')


def rend_survey(doc, o):
    N, M, a, b, c, d = doc.ctx['sv']
    u = o.get('unit', '份')
    tgt = txt(doc, 'svt')
    mon = {2019: 11, 2020: 12, 2021: 11, 2022: 12, 2023: 11, 2024: 12, 2025: 11}[doc.year]
    if u == '份':
        doc.p(f"为了解{tgt}对项目实施效果的评价，{doc.year}年{mon}月采取线上问卷与入户走访相结合的方式开展满意度调查，共发放问卷{N}份，回收有效问卷{M}份，有效回收率{pct(M, N)}%。")
    else:
        doc.p(f"为了解{tgt}对项目实施效果的评价，{doc.year}年{mon}月委托第三方机构开展满意度电话调查，共拨打调查对象{N}人，有效受访{M}人，有效受访率{pct(M, N)}%。")
    ds = doc.pick('sv_d', str(d), swap_digits(str(d)) or str(d + 10), '“不满意”数')
    sat = doc.ctx['sat']
    ss = doc.pick('sv_s', f"{sat}", swap_digits(f"{sat}"), '满意度')
    word = '份' if u == '份' else '人'
    base = '有效问卷' if u == '份' else '有效受访人数'
    num = '“非常满意”“满意”“基本满意”之和' if o.get('abc') else '“非常满意”与“满意”之和'
    doc.p(f"{'有效问卷中' if u == '份' else '有效受访者中'}，评价为“非常满意”“满意”“基本满意”“不满意”的分别为{a}{word}、{b}{word}、{c}{word}、{ds}{word}，满意度（{num}占{base}的比例）为{ss}%。")


# ---------------------------------------------------------------- indicator table
IND = {
    'edu': [('产出指标', '数量指标', '普通高中国家助学金资助人次', ('link', ['gz_zxj'], '人次', 2500, 3800)),
            ('产出指标', '质量指标', '资助资金发放准确率', '100%', '100%'),
            ('产出指标', '时效指标', '资金拨付及时率', '≥95%', 'P95'),
            ('产出指标', '成本指标', '普通高中国家助学金补助标准', '2000元/生·年', '2000元/生·年'),
            ('效益指标', '社会效益指标', '家庭经济困难学生应助尽助率', '100%', '100%'),
            ('效益指标', '可持续影响指标', '资助政策知晓率', '≥90%', 'P90'),
            ('满意度指标', '服务对象满意度指标', '受助学生满意度', '≥90%', 'SAT')],
    'sci': [('产出指标', '数量指标', '立项支持项目数', ('link', ['zd', 'qn'], '项', 40, 90)),
            ('产出指标', '数量指标', '授权发明专利数', lambda r: ('≥{}件', 'cnt', 20, 60)),
            ('产出指标', '质量指标', '项目验收通过率', '≥90%', 'P90'),
            ('产出指标', '时效指标', '资金拨付及时率', '≥95%', 'P95'),
            ('效益指标', '经济效益指标', '带动企业研发投入', lambda r: ('≥{}万元', 'cnt', 3000, 9000)),
            ('效益指标', '社会效益指标', '培养科技人才', lambda r: ('≥{}人', 'cnt', 100, 400)),
            ('满意度指标', '服务对象满意度指标', '项目承担单位满意度', '≥90%', 'SAT')],
    'cul': [('产出指标', '数量指标', '送戏下乡演出场次', ('opt', ['sx'], '场', 100, 300)),
            ('产出指标', '数量指标', '免费开放补助场馆数', ('opt', ['mf'], '个', 10, 30)),
            ('产出指标', '数量指标', '补助非遗代表性传承人', ('opt', ['fy'], '人', 20, 60)),
            ('产出指标', '质量指标', '非遗项目保护传承覆盖率', '≥95%', 'P95'),
            ('产出指标', '时效指标', '资金下达及时率', '100%', '100%'),
            ('效益指标', '社会效益指标', '群众参与文化活动人次', lambda r: ('≥{}万人次', 'cnt', 20, 80)),
            ('效益指标', '可持续影响指标', '基层文化设施持续运行率', '≥90%', 'P90'),
            ('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', 'SAT')],
    'spo': [('产出指标', '数量指标', '举办体育赛事活动', lambda r: ('≥{}场次', 'cnt', 30, 120)),
            ('产出指标', '数量指标', '新建全民健身路径', ('opt', ['lj'], '条', 20, 80)),
            ('产出指标', '数量指标', '补助开放场馆数', ('opt', ['cg'], '个', 4, 15)),
            ('产出指标', '数量指标', '社会体育指导员培训人次', ('opt', ['zdy'], '人次', 300, 1200)),
            ('产出指标', '数量指标', '冬夏令营参与人次', ('opt', ['xly'], '人次', 500, 2000)),
            ('产出指标', '质量指标', '健身器材验收合格率', '100%', '100%'),
            ('产出指标', '时效指标', '场馆年开放天数', '≥330天', lambda r: ('{}天', 'cnt', 332, 360)),
            ('效益指标', '社会效益指标', '经常参加体育锻炼人数比例', '≥38%', 'P38'),
            ('效益指标', '可持续影响指标', '健身设施完好率', '≥95%', 'P95'),
            ('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', 'SAT')],
    'hea': [('产出指标', '数量指标', '居民电子健康档案建档率', '≥90%', 'P90'),
            ('产出指标', '数量指标', '高血压患者规范管理率', '≥60%', 'P60'),
            ('产出指标', '数量指标', '65岁及以上老年人健康管理率', '≥62%', 'P62'),
            ('产出指标', '质量指标', '重点人群家庭医生签约率', '≥70%', 'P70'),
            ('产出指标', '时效指标', '资金拨付及时率', '≥95%', 'P95'),
            ('效益指标', '社会效益指标', '孕产妇系统管理率', '≥90%', 'P90'),
            ('满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', 'SAT')],
}


def prep_ind(doc, rng, o):
    rows = []
    for spec in IND[doc.sector]:
        l1, l2, l3, tgt = spec[0], spec[1], spec[2], spec[3]
        if isinstance(tgt, tuple):
            kind, codes, unit, lo, hi = tgt
            phn = doc.ctx.get('ph_n', {})
            have = [phn[c] for c in codes if c in phn]
            if kind == 'opt' and not have:
                continue
            a = sum(have) if have else rng.randint(lo, hi)
            t = a - rng.randint(1, max(2, a // 10))
            rows.append([l1, l2, l3, f"≥{t}{unit}", f"{a}{unit}"])
            continue
        if callable(tgt):
            fmt, _, lo, hi = tgt(rng)
            t = rng.randint(lo, hi)
            a = t + rng.randint(1, max(2, t // 8))
            unit = fmt.replace('≥{}', '')
            rows.append([l1, l2, l3, fmt.format(t), f"{a}{unit}"])
            continue
        act = spec[4]
        if callable(act):
            fmt, _, lo, hi = act(rng)
            act = fmt.format(rng.randint(lo, hi))
        elif act == 'SAT':
            if 'sat' in doc.ctx and not o.get('nosat'):
                act = f"{doc.ctx['sat']}%"
            else:
                act = f"{q(D(rng.randint(9100, 9890)) / 100)}%"
        elif act.startswith('P'):
            base = int(act[1:])
            act = f"{q(D(base * 100 + rng.randint(20, min((100 - base) * 100 - 10, 800))) / 100)}%"
        rows.append([l1, l2, l3, tgt, act])
    if o.get('zero'):
        at = max(i for i, r in enumerate(rows) if r[1] in ('数量指标', '质量指标')) + 1
        rows.insert(at, ['产出指标', '质量指标', '检查发现问题整改率', '100%', '100%（未发现问题，视同完成）'])
        doc.trap('zero')
    if o.get('execrow'):
        rows.append(['预算执行', '预算执行率', '预算执行率', '100%', f"{doc.ctx['R']}%"])
    n = len(rows)
    # weights summing to 100
    while True:
        w = [rng.choice([5, 10, 10, 10, 15, 15, 20]) for _ in range(n - 1)]
        last = 100 - sum(w)
        if 5 <= last <= 20:
            w.append(last)
            break
    ded_units = int((D(100) - doc.ctx['tot']) * 2)
    dd = [0] * n
    for _ in range(ded_units):
        while True:
            i = rng.randrange(n)
            if (w[i] * 2 - dd[i]) > 2 and not rows[i][4].startswith('100'):
                dd[i] += 1
                break
    scores = [D(w[i]) - D(dd[i]) / 2 for i in range(n)]
    assert sum(scores) == doc.ctx['tot']
    doc.ctx['ind'] = (rows, w, scores)


def rend_ind(doc, o):
    rows, w, scores = doc.ctx['ind']
    hdr = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']
    out = [hdr]
    srow = o.get('sliprow', 0)
    if doc.host('ind_cap'):
        while scores[srow] <= w[srow] - 2 or rows[srow][4].startswith('100%（'):
            srow += 1
    for i, r in enumerate(rows):
        ws, ss = str(w[i]), sc(scores[i])
        if i == srow:
            if doc.host('ind_total'):
                ss = doc.pick('ind_total', ss, sc(scores[i] - 1), f"表中“{r[2]}”得分")
            if doc.host('ind_cap'):
                ws = doc.pick('ind_cap', ws, str(w[i] - 2), f"表中“{r[2]}”分值")
        out.append(r + [ws, ss])
    out.append(['总分', '—', '—', '—', '—', '100' if o.get('wtotal') else '—', f"{doc.ctx['tot']}"])
    doc.p(o.get('intro', f"{doc.fund}绩效指标完成情况如下表："))
    for line in render_table(out, o['layout']):
        doc.p(line)


# ---------------------------------------------------------------- score prose
def prep_sp(doc, rng, o):
    ws = rng.choice([[15, 20, 40, 25], [20, 20, 35, 25], [10, 20, 40, 30], [15, 15, 40, 30]])
    ded = int((D(100) - doc.ctx['tot']) * 2)
    dd = [0, 0, 0, 0]
    for _ in range(ded):
        while True:
            i = rng.randrange(4)
            if ws[i] * 2 - dd[i] > 4:
                dd[i] += 1
                break
    s = [D(ws[i]) - D(dd[i]) / 2 for i in range(4)]
    doc.ctx['sp'] = (ws, s)


def rend_sp(doc, o):
    ws, s = doc.ctx['sp']
    names = ['决策指标', '过程指标', '产出指标', '效益指标']
    wss = [str(x) for x in ws]
    sss = [sc(x) for x in s]
    si = o.get('slipi', 1)
    if doc.host('sp_total'):
        sss[si] = doc.pick('sp_total', sss[si], sc(s[si] - 1), f"{names[si]}得分")
    if doc.host('sp_cap'):
        # stale draft weight, below the score
        cand = ws[si] - 5
        while cand >= s[si]:
            cand -= 5
        assert cand > 0
        wss[si] = doc.pick('sp_cap', wss[si], str(cand), f"{names[si]}分值")
    parts = '、'.join(f"{names[i]}（{wss[i]}分）{sss[i]}分" for i in range(4))
    doc.p(f"根据绩效评价指标体系逐项打分，项目自评得分{doc.ctx['tot']}分，各一级指标得分分别为：{parts}。")
    if o.get('rate'):
        j = o.get('ratei', 2)
        doc.p(f"其中{names[j]}得分率为{pct(s[j], ws[j])}%，主要扣分点为部分指标完成进度滞后。")
        doc.trap('score_rate')


# ---------------------------------------------------------------- 决算 balance
def prep_bal(doc, rng, o):
    # department totals scaled so that the special fund fits inside 项目支出
    base = doc.ctx.get('ph_total', rmoney(rng, 300, 3000))
    D2 = base + rmoney(rng, 60, 600)
    D1 = q(D2 * D(rng.randint(25, 70)) / 100)
    D_ = D1 + D2
    E = rmoney(rng, 10, 200)
    Q = base + q((D2 - base) * D(rng.randint(30, 80)) / 100)
    C1 = Q + q(D1 * D(rng.randint(85, 98)) / 100)
    B1 = C1 + q(E * D(rng.randint(20, 90)) / 100)
    slack = D_ + E - B1
    A = q(slack * D(rng.randint(20, 80)) / 100)
    B = D_ + E - A
    assert B1 < B and Q < D2
    doc.ctx['bal'] = (A, B, A + B, D_, D1, D2, E, Q, B1)
    doc.ctx['fin_C1'] = C1
    doc.ctx['T'] = doc.ctx.get('T', D2)
    doc.trap('income_total')
    doc.trap('scope')
    doc.trap('nonexhaustive')


def rend_bal(doc, o):
    A, B, C, D_, D1, D2, E, Q, B1 = doc.ctx['bal']
    y = doc.year
    Es = doc.pick('bal', m(E), swap_digits(m(E)), '年末结转和结余')
    doc.p(f"{y}年度收入总计{m(C)}万元，包括本年收入合计{m(B)}万元和年初结转和结余{m(A)}万元两部分。本年收入合计中，财政拨款收入{m(B1)}万元。")
    doc.p(f"{y}年度本年支出合计{m(D_)}万元，分别为基本支出{m(D1)}万元、项目支出{m(D2)}万元；年末结转和结余{Es}万元。")
    doc.p(f"项目支出中，财政拨款安排的项目支出{m(Q)}万元，其余为事业收入等非财政拨款资金安排的支出。")


# ---------------------------------------------------------------- change
def prep_ch(doc, rng, o):
    C1 = doc.ctx['T'] if o.get('useT') else doc.ctx.get('fin_C1') or rmoney(rng, 300, 3000)
    up = o.get('up', True)
    delta = rmoney(rng, 15, C1 * D('0.25'))
    C0 = C1 - delta if up else C1 + delta
    doc.ctx['ch'] = (C1, C0, delta)
    if o.get('comparable'):
        E = q(delta * D(rng.randint(130, 180)) / 100) if up else q(delta * D(rng.randint(30, 70)) / 100)
        doc.ctx['ch_E'] = E
        doc.trap('comparable')
    if o.get('otheryear'):
        doc.ctx['ch_C2'] = q(C0 * D(rng.randint(80, 120)) / 100)
        doc.trap('other_year')


def rend_ch(doc, o):
    C1, C0, dl = doc.ctx['ch']
    y = doc.year
    up = o.get('up', True)
    word = '增加' if up else '减少'
    ds = doc.pick('ch', m(dl), swap_digits(m(dl)), f"比上年{word}额")
    item = o.get('item', doc.fund)
    line = f"{y}年{item}为{m(C1)}万元，比{y - 1}年的{m(C0)}万元{word}{ds}万元"
    if o.get('growth', True):
        line += f"，{'增长' if up else '下降'}{pct(dl, C0)}%"
    line += f"。主要原因是{o.get('reason', txt(doc, 'chreason')[0 if up else 1])}。"
    doc.p(line)
    if o.get('comparable'):
        E = doc.ctx['ch_E']
        base = C0 - E
        d2 = C1 - base
        w2 = '增加' if d2 >= 0 else '减少'
        doc.p(f"剔除{y - 1}年一次性安排的{txt(doc, 'once')}{m(E)}万元后，同口径{w2}{m(abs(d2))}万元。")
    if o.get('otheryear'):
        doc.p(f"（{y - 2}年{item}为{m(doc.ctx['ch_C2'])}万元。）")


# ---------------------------------------------------------------- unit restatement
def prep_un(doc, rng, o):
    doc.ctx['un_comma'] = rng.random() < 0.5
    if not doc.host('un'):
        doc.trap('yuan_cents')


def rend_un(doc, o):
    comma = doc.ctx['un_comma']
    _pick = doc.pick

    def upick(blk, good, bad, where):
        out = _pick(blk, good, bad, where)
        if doc.host(blk):
            doc.detail = f"“{bad}元”（{where}）应为“{good}元”（即{bad}万元）：万元数额漏写“万”字"
        return out
    if o['what'] == 'T':
        v = doc.ctx['T']
        good = yuan(v, comma)
        s = upick('un', good, m(v), '拨付金额（单位应为万元或数值应为元）')
        doc.p(f"按照国库集中支付有关规定，上述资金已全部下达至各使用单位，下达金额合计{s}元。")
    elif o['what'] == 'S':
        v = doc.ctx['S']
        good = yuan(v, comma)
        s = upick('un', good, m(v), '支出金额（单位应为万元或数值应为元）')
        doc.p(f"经核对国库支付记录，本年度实际支付{s}元，与财务账面一致。")
    elif o['what'] == 'item':
        it = doc.ctx['ph'][o.get('idx', 0)]
        good = yuan(it[1], comma)
        s = upick('un', good, m(it[1]), f"{it[3]}发放金额（单位应为万元或数值应为元）")
        doc.p(f"{it[3]}资金通过“一卡通”系统直接发放至受益对象账户，发放金额{s}元。")
    elif o['what'] == 'D2':
        v = doc.ctx['bal'][5]
        doc.p(f"项目支出{yuan(v, comma)}元均已按规定履行政府采购及国库集中支付程序。")


# ---------------------------------------------------------------- sector text
SECT = {
    'edu': dict(use='资助家庭经济困难学生、改善学校办学条件和提升教育教学质量',
                goal='确保家庭经济困难学生应助尽助，资助资金按时足额发放，资助政策知晓率和受助学生满意度进一步提高。',
                svt='受助学生及家长', chreason=('中职学校招生规模扩大，资助对象相应增加', '部分学生毕业离校，资助对象相应减少'),
                once='校舍维修专项', out='资助资金均按时足额发放至受助学生，未发生漏助、错助情况，各项产出指标达到年度目标。', issues='部分学校资助档案管理不够规范，资助育人成效评价手段较为单一。'),
    'sci': dict(use='支持基础研究、关键核心技术攻关、科技成果转化和科技创新平台建设',
                goal='完成年度立项项目实施任务，推动一批关键技术突破和科技成果转化，带动企业加大研发投入。',
                svt='项目承担单位', chreason=('新增重点研发计划项目', '部分项目进入验收阶段，后续资助减少'),
                once='创新平台建设补助', out='立项项目均按合同约定推进，年度考核任务基本完成，部分项目已形成专利和技术标准。', issues='部分项目实施进度滞后，项目验收后成果跟踪问效机制有待完善。'),
    'cul': dict(use='公共文化场馆免费开放、送文化下乡、非遗保护传承和基层综合文化服务中心建设',
                goal='公共文化场馆全部免费开放，送戏下乡场次和群众参与人次达到年度目标，群众文化获得感不断增强。',
                svt='基层群众', chreason=('新增基层综合文化服务中心建设任务', '上年一次性安排的场馆改造项目完成'),
                once='场馆维修改造经费', out='公共文化场馆全部实现免费开放，送戏下乡和非遗展示活动按计划开展，产出指标达到年度目标。', issues='部分基层文化设施利用率不高，文化活动内容与群众需求对接不够精准。'),
    'spo': dict(use='全民健身场地设施建设、群众体育赛事活动、青少年体育和体育社会组织建设',
                goal='新建一批全民健身场地设施，组织开展群众体育赛事活动，提高经常参加体育锻炼人数比例。',
                svt='健身群众', chreason=('新增全民健身场地设施建设任务', '上年承办的省级赛事结束'),
                once='省级赛事承办经费', out='新建健身设施已全部验收并投入使用，群众体育赛事活动按计划举办，产出指标达到年度目标。', issues='部分健身器材后期维护管护责任不明确，赛事活动覆盖面仍需扩大。'),
    'hea': dict(use='基本公共卫生服务、重大传染病防控、慢性病防控和基层医疗卫生服务能力提升',
                goal='居民健康档案、慢病管理、老年人健康管理等服务指标达到国家考核要求，群众健康获得感持续增强。',
                svt='辖区居民', chreason=('补助标准提高、服务人口增加', '上年疫情防控一次性经费不再安排'),
                once='疫情防控经费', out='各项基本公共卫生服务和重点疾病防控任务按计划推进，主要服务指标达到考核要求。', issues='基层医疗卫生机构人员力量不足，部分服务项目质量有待提高。'),
}


FUNDTEXT = {
    '学前教育发展资金': dict(
        use='扩大普惠性学前教育资源、改善幼儿园办园条件和资助家庭经济困难幼儿',
        goal='新增普惠性学位，改善农村幼儿园办园条件，普惠性幼儿园覆盖率达到年度目标。',
        out='幼儿园改扩建和设施设备购置项目按计划完成，普惠性学位供给进一步增加，产出指标达到年度目标。',
        svt='幼儿家长', issues='部分幼儿园改扩建项目前期手续办理较慢，保教质量提升措施有待细化。'),
    '义务教育薄弱环节改善与能力提升补助资金': dict(
        use='改善义务教育学校基本办学条件、提升教育信息化水平和配备教学仪器设备',
        goal='完成薄弱学校校舍改造和设施设备配备任务，义务教育学校办学条件达到基本办学标准。',
        out='校舍改造、信息化建设和仪器设备配备项目均已完工并通过验收，产出指标达到年度目标。',
        svt='学校师生及家长', once='校舍抗震加固专项', issues='个别项目工程结算滞后，新配备设备使用培训不够充分。'),
    '中等职业教育质量提升资金': dict(
        use='中职学校实训基地建设、“双师型”教师培养和中职学生资助',
        once='实训基地建设专项'),
    '旅游发展专项资金': dict(
        use='旅游基础设施建设、旅游宣传推广和乡村旅游发展',
        goal='完成旅游厕所、游客服务中心等基础设施建设任务，接待游客人次和旅游收入实现增长。',
        out='旅游基础设施项目按期完工，宣传推广活动按计划开展，产出指标达到年度目标。',
        svt='游客及景区周边群众', chreason=('新增A级旅游景区创建和乡村旅游重点村建设任务', '上年一次性安排的景区基础设施项目已完工'),
        once='景区基础设施建设经费', issues='部分旅游项目建成后运营管理跟进不够，宣传推广精准度有待提高。'),
    '文物保护专项资金': dict(
        use='文物保护修缮、文物安全防护和考古调查勘探',
        goal='完成年度文物保护修缮和安全防护工程，文物安全事故零发生。',
        out='文物保护修缮和安全防护项目按计划实施，考古调查工作按期完成，产出指标达到年度目标。',
        svt='文物所在地群众及游客'),
    '美术馆公共图书馆文化馆（站）免费开放补助资金': dict(
        use='公共文化场馆免费开放运行保障、基本公共文化服务项目和流动服务',
        goal='美术馆、公共图书馆、文化馆（站）全部免费开放，年接待人次和流动服务场次达到年度目标。',
        out='各场馆全年免费开放，基本服务项目全部免费提供，流动服务按计划开展，产出指标达到年度目标。',
        svt='场馆读者及观众'),
    '非物质文化遗产保护专项资金': dict(
        use='非遗代表性项目保护、传承人传习补助和非遗展示展演',
        goal='非遗代表性项目得到有效保护，传承人传习活动正常开展，非遗展示展演场次达到年度目标。'),
    '青少年体育发展专项资金': dict(
        use='青少年体育赛事、体育传统特色学校建设和青少年体育冬夏令营',
        goal='组织开展青少年体育赛事和冬夏令营活动，青少年体质健康水平进一步提升。',
        svt='参训学生及家长'),
    '公共体育场馆免费低收费开放补助资金': dict(
        use='公共体育场馆免费或低收费开放运行补助和社会体育指导员培训',
        goal='公共体育场馆全年免费或低收费开放，年开放天数和服务人次达到年度目标。'),
    '重大传染病防控经费': dict(
        use='艾滋病、结核病等重大传染病防控、慢性病防控和卫生应急能力建设',
        goal='重大传染病疫情得到有效控制，重点人群筛查和规范管理率达到国家考核要求。',
        out='各项重大传染病防控任务按计划推进，重点人群筛查、随访管理指标达到考核要求。'),
    '医疗服务与保障能力提升补助资金': dict(
        use='卫生应急能力建设、重大疾病防控和基层医疗卫生服务能力提升'),
    '基层医疗卫生机构能力建设资金': dict(
        use='基层医疗卫生机构设备购置、业务用房改造和人员培训',
        goal='改善基层医疗卫生机构服务条件，基层诊疗量占比稳步提高。',
        out='设备购置和业务用房改造项目按计划完成，基层医务人员培训任务全部完成。'),
}

ML_FUND = {
    '旅游发展专项资金': [('建设旅游基础设施', ['旅游厕所', '游客服务中心', '景区道路']),
                   ('开展旅游宣传推广', ['线上宣传营销', '旅游推介会', '文旅节庆活动']),
                   ('发展乡村旅游', ['乡村旅游重点村', '精品民宿提升', '乡村旅游培训']),
                   ('支持A级旅游景区创建', '个景区')],
}


def txt(doc, key):
    ft = FUNDTEXT.get(doc.fund, {})
    if key in ft:
        return ft[key]
    if doc.sector == 'hea' and key in ('once', 'chreason') and doc.year - 1 < 2020:
        return {'once': '医疗设备购置一次性经费',
                'chreason': ('补助标准提高、服务人口增加', '上年一次性安排的医疗设备购置经费不再安排')}[key]
    return SECT[doc.sector][key]


# ---------------------------------------------------------------- assembling
PREP_ORDER = ['grade', 'perhead', 'fund', 'alloc', 'ml', 'exec', 'ov', 'survey', 'ind', 'sp', 'bal', 'ch', 'un']
PREP = dict(grade=prep_grade, perhead=prep_perhead, fund=prep_fund, alloc=prep_alloc, ml=prep_ml, exec=prep_exec,
            ov=prep_ov, survey=prep_survey, ind=prep_ind, sp=prep_sp, bal=prep_bal, ch=prep_ch, un=prep_un)
REND = dict(perhead=rend_perhead, alloc=rend_alloc, ml=rend_ml, exec=rend_exec, ov=rend_ov, survey=rend_survey,
            ind=rend_ind, sp=rend_sp, bal=rend_bal, ch=rend_ch, un=rend_un)


def build(spec, active):
    doc = Doc(spec, active)
    rng = random.Random(f"{SEED}-{spec['key']}")
    B = spec['blocks']
    for name in PREP_ORDER:
        if name in B:
            PREP[name](doc, rng, B[name])
    date_m = rng.randint(1, 4)
    date_d = rng.randint(5, 28)
    if spec.get('style') == 'final':
        assemble_final(doc, rng, date_m, date_d)
    else:
        assemble_report(doc, rng, date_m, date_d)
    return doc


def assemble_report(doc, rng, mo, da):
    B = doc.spec['blocks']
    s = doc.spec
    doc.p(doc.iss)
    tv = s.get('title', 0)
    titles = [f"{doc.year}年度{doc.fund}绩效自评报告",
              f"关于{doc.year}年{doc.fund}分配使用情况的自评报告",
              f"{doc.iss}{doc.year}年{doc.fund}项目支出绩效自评报告",
              f"{doc.year}年{doc.fund}绩效自评情况说明"]
    doc.p(titles[tv])
    doc.p(f"按照{doc.provname}财政厅关于开展{doc.year}年度财政资金绩效自评工作的要求，我{'中心' if '中心' in doc.iss else '局' if '局' in doc.iss else '委'}对{doc.fund}使用情况开展了绩效自评，现将有关情况报告如下。")
    doc.p('一、基本情况' if tv % 2 == 0 else '一、项目概况')
    if 'perhead' in B and B['perhead'].get('first'):
        REND['perhead'](doc, B['perhead'])
    if 'ov' in B:
        REND['ov'](doc, B['ov'])
    doc.p('（二）绩效目标。' + txt(doc, 'goal'))
    doc.p('二、绩效自评工作开展情况')
    doc.p('（一）评价对象和范围。本次自评对象为' + f"{doc.year}年度{doc.fund}，范围涵盖资金分配、拨付、使用及产出效益等环节。")
    if 'grade' in B:
        rend_grade_bands(doc, B['grade'])
    doc.p('三、资金分配及使用情况' if ('alloc' in B or 'ml' in B) else '三、资金使用情况')
    for name in ['perhead', 'alloc', 'ml', 'exec', 'un', 'ch']:
        if name in B and not (name == 'perhead' and B['perhead'].get('first')):
            REND[name](doc, B[name])
    doc.p('四、绩效目标完成情况')
    if 'ind' in B:
        REND['ind'](doc, B['ind'])
    else:
        doc.p('（一）产出情况。' + txt(doc, 'out'))
    if 'survey' in B:
        REND['survey'](doc, B['survey'])
    doc.p('五、自评结论')
    if 'sp' in B:
        REND['sp'](doc, B['sp'])
    if 'grade' in B:
        rend_grade(doc, B['grade'])
    doc.p('六、存在的问题及改进措施')
    doc.p('（一）存在的问题。' + txt(doc, 'issues'))
    doc.p('（二）改进措施。进一步加强资金监管和绩效跟踪，督促项目单位加快实施进度，强化绩效评价结果应用。')
    doc.p(doc.iss)
    doc.p(f"{doc.year + 1}年{mo}月{da}日")


def assemble_final(doc, rng, mo, da):
    B = doc.spec['blocks']
    doc.p(doc.iss)
    doc.p(f"{doc.year}年度部门决算说明")
    doc.p('第一部分 部门概况')
    doc.p(f"一、主要职能。{doc.iss}主要负责{txt(doc, 'use')}等工作，统筹管理{doc.fund}。")
    staff = rng.randint(12, 60)
    doc.p(f"二、机构人员情况。本部门内设科室{rng.randint(4, 9)}个，年末实有人员{staff}人。")
    doc.p('第二部分 收入支出决算总体情况')
    REND['bal'](doc, B['bal'])
    doc.p('第三部分 财政拨款支出决算情况')
    REND['ch'](doc, B['ch'])
    doc.p('第四部分 项目支出绩效情况')
    if 'perhead' in B:
        REND['perhead'](doc, B['perhead'])
    if 'survey' in B:
        REND['survey'](doc, B['survey'])
    if 'un' in B:
        REND['un'](doc, B['un'])
    doc.p(f"经自评，{doc.fund}绩效目标总体完成，资金使用规范，未发现截留、挤占、挪用等问题。")
    doc.p('第五部分 其他重要事项说明')
    doc.p(f"本年度“三公”经费支出控制在预算以内，机关运行经费支出较上年有所压减。")
    doc.p(doc.iss)
    doc.p(f"{doc.year + 1}年{mo}月{da}日")


# ---------------------------------------------------------------- the forty
def specs():
    S = []

    def add(key, sector, iss, year, fund, blocks, slip=None, **kw):
        d = dict(key=key, sector=sector, iss=iss, year=year, fund=fund, blocks=blocks, slip=slip)
        d.update(kw)
        S.append(d)

    # ---------------- slip documents
    add('s01', 'edu', 'wd_jt', 2022, '学前教育发展资金',
        dict(fund=dict(lo=300, hi=700), grade=dict(bands='std4', band=1), alloc=dict(n=12, kind='kinder', layout='tab', reserve=True, sliprow=5),
             ov=dict(mode='two'), exec=dict(mode='simple'), sp=dict(rate=False)),
        slip=('sum.breakdown', 'alloc_sum'), title=0)
    add('s02', 'cul', 'ja_wl', 2021, '公共文化服务体系建设专项资金',
        dict(fund=dict(lo=800, hi=2200), grade=dict(bands='yl', band=0), ml=dict(kinds=['ex', 'ne', 'prod'], slipitem=0, slipsub=1),
             ov=dict(mode='partial'), exec=dict(mode='simple'), survey=dict()),
        slip=('sum.breakdown', 'ml'), title=1)
    add('s03', 'hea', 'lp_wj', 2023, '基本公共卫生服务补助资金',
        dict(grade=dict(bands='std4', band=0), perhead=dict(items=['gw', 'qy', 'la']), ov=dict(mode='two'),
             exec=dict(mode='simple'), ind=dict(layout='md', wtotal=True)),
        slip=('rate.ratio', 'exec_r'), title=0)
    add('s04', 'spo', 'gc_ty', 2020, '全民健身专项资金',
        dict(fund=dict(lo=400, hi=1500), grade=dict(bands='none', band=0), alloc=dict(n=11, kind='county', layout='md', share=True),
             ov=dict(mode='two'), exec=dict(mode='full'), survey=dict(), sp=dict(rate=True)),
        slip=('rate.ratio', 'sv_s'), title=2)
    add('s05', 'sci', 'xy_kj', 2021, '科技计划项目专项资金',
        dict(grade=dict(bands='std4', band=0), perhead=dict(items=['zd', 'qn', 'hbz']), ov=dict(mode='two'),
             exec=dict(mode='init'), ind=dict(layout='box')),
        slip=('balance.carryover', 'exec_k'), title=0)
    add('s06', 'edu', 'gy_zz', 2023, '学生资助补助资金',
        dict(bal=dict(), ch=dict(up=True, item='财政拨款支出', comparable=True), perhead=dict(items=['zz_zxj', 'zz_mxf'], defines_T=False), un=dict(what='D2')),
        slip=('balance.carryover', 'bal'), style='final')
    add('s07', 'cul', 'sc_wl', 2024, '旅游发展专项资金',
        dict(fund=dict(lo=600, hi=1800), grade=dict(bands='std4', band=1), alloc=dict(n=10, kind='county', layout='prose'),
             ov=dict(mode='two'), exec=dict(mode='simple'), ch=dict(up=True, useT=True, growth=False), sp=dict(rate=True)),
        slip=('change', 'ch'), title=3)
    add('s08', 'hea', 'qf_wj', 2019, '医疗服务与保障能力提升补助资金',
        dict(fund=dict(lo=200, hi=600), grade=dict(bands='five', band=1), ml=dict(kinds=['ex', 'ne', 'ex']),
             ov=dict(mode='budget'), exec=dict(mode='simple'), ch=dict(up=False, useT=True, growth=False, comparable=True), survey=dict(abc=True)),
        slip=('change', 'ch'), title=2)
    add('s09', 'sci', 'lq_kj', 2022, '科技创新引导专项资金',
        dict(fund=dict(lo=900, hi=2500), grade=dict(bands='std4', band=0),
             alloc=dict(n=11, kind='sciunit', layout='sp', count=True, counthdr='项目数（项）', countrange=(2, 9)),
             ov=dict(mode='partial'), exec=dict(mode='simple', roundtrap=True), ind=dict(layout='md', sliprow=2, wtotal=True)),
        slip=('score.total', 'ind_total'), title=1)
    add('s10', 'spo', 'll_ty', 2023, '体育彩票公益金',
        dict(grade=dict(bands='yl', band=0), perhead=dict(items=['zdy', 'lj', 'cg', 'xly']), ov=dict(mode='two'),
             exec=dict(mode='simple'), survey=dict(unit='人'), sp=dict(rate=True, ratei=2, slipi=1)),
        slip=('score.total', 'sp_total'), title=0)
    add('s11', 'edu', 'jh_jy', 2020, '学生资助补助资金',
        dict(grade=dict(bands='std4', band=0), perhead=dict(items=['gz_zxj', 'zz_zxj', 'jss']), ov=dict(mode='two'),
             exec=dict(mode='full'), ind=dict(layout='box', sliprow=3)),
        slip=('score.cap', 'ind_cap'), title=2)
    add('s12', 'hea', 'qy_wj', 2024, '重大传染病防控经费',
        dict(fund=dict(lo=500, hi=1600), grade=dict(bands='std4', band=0), alloc=dict(n=13, kind='county', layout='tab', share=True, sharesum='100.01'),
             ov=dict(mode='two'), exec=dict(mode='simple'), sp=dict(rate=True, ratei=2, slipi=3)),
        slip=('score.cap', 'sp_cap'), title=3)
    add('s13', 'cul', 'yl_wl', 2025, '非物质文化遗产保护专项资金',
        dict(grade=dict(bands='std4', band=1), perhead=dict(items=['fy', 'sx', 'mf']), ov=dict(mode='two'),
             exec=dict(mode='simple'), ind=dict(layout='tab', wtotal=True)),
        slip=('grade.band', 'grade'), title=0)
    add('s14', 'sci', 'mx_kj', 2020, '科技成果转化专项资金',
        dict(fund=dict(lo=200, hi=800), grade=dict(bands='five', band=2),
             alloc=dict(n=10, kind='sciunit', layout='box', count=True, counthdr='项目数（项）', countrange=(1, 5)),
             ov=dict(mode='two'), exec=dict(mode='simple'), sp=dict()),
        slip=('grade.band', 'grade'), title=1)
    add('s15', 'spo', 'xy_ty', 2021, '青少年体育发展专项资金',
        dict(fund=dict(lo=300, hi=900), grade=dict(bands='std4', band=0), alloc=dict(n=12, kind='county', layout='md', dup=True, dupidx=3),
             ov=dict(mode='two'), exec=dict(mode='simple'), survey=dict()),
        slip=('count.mismatch', 'alloc_n'), title=2)
    add('s16', 'edu', 'gc_jy', 2024, '义务教育薄弱环节改善与能力提升补助资金',
        dict(fund=dict(lo=1500, hi=4000), grade=dict(bands='std4', band=0), ml=dict(kinds=['ex', 'ex', 'ne', 'prod']),
             ov=dict(mode='two'), exec=dict(mode='simple'), survey=dict(), sp=dict()),
        slip=('count.mismatch', 'sv_d'), title=0)
    add('s17', 'hea', 'sc_wj', 2022, '基层医疗卫生机构能力建设资金',
        dict(fund=dict(lo=500, hi=1500), grade=dict(bands='std4', band=0), alloc=dict(n=14, kind='county', layout='sp', share=True),
             ov=dict(mode='partial'), exec=dict(mode='simple'), survey=dict()),
        slip=('table.text', 'alloc_text'), title=1)
    add('s18', 'sci', 'lp_kj', 2025, '基础研究专项资金',
        dict(fund=dict(lo=150, hi=500), grade=dict(bands='std4', band=1),
             alloc=dict(n=10, kind='sciunit', layout='md', count=True, counthdr='项目数（项）', countrange=(1, 8), countsay='承担项目', countunit='项'),
             ov=dict(mode='two'), exec=dict(mode='simple'), sp=dict(rate=True)),
        slip=('table.text', 'alloc_ctext'), title=3)
    add('s19', 'cul', 'qy_wl', 2019, '文物保护专项资金',
        dict(fund=dict(lo=300, hi=1200), grade=dict(bands='std4', band=0), alloc=dict(n=11, kind='county', layout='tab', reserve=True),
             ov=dict(mode='two'), exec=dict(mode='simple'), un=dict(what='T'), sp=dict()),
        slip=('unit.magnitude', 'un'), title=0)
    add('s20', 'spo', 'wd_jt', 2025, '公共体育场馆免费低收费开放补助资金',
        dict(grade=dict(bands='std4', band=0), perhead=dict(items=['cg', 'zdy']), ov=dict(mode='two'),
             exec=dict(mode='simple'), un=dict(what='item', idx=1), ind=dict(layout='tab')),
        slip=('unit.magnitude', 'un'), title=1)

    # ---------------- clean documents
    add('c01', 'edu', 'gy_zz', 2021, '学生资助补助资金',
        dict(grade=dict(bands='std4', band=0), perhead=dict(items=['gz_zxj', 'zz_mxf', 'yy']), ov=dict(mode='two'),
             exec=dict(mode='simple', roundtrap=True), un=dict(what='T'), ind=dict(layout='md', zero=True, execrow=True), survey=dict(abc=True)),
        title=0)
    add('c02', 'edu', 'gy_jy', 2023, '学前教育发展资金',
        dict(fund=dict(lo=800, hi=2000), grade=dict(bands='c85', band=0), alloc=dict(n=13, kind='county', layout='md', share=True, sharesum='99.99', reserve=True, dup=True, dupidx=5),
             ov=dict(mode='partial'), exec=dict(mode='init')),
        title=1)
    add('c03', 'edu', 'jh_jy', 2022, '中等职业教育质量提升资金',
        dict(bal=dict(), ch=dict(up=False, item='财政拨款支出', comparable=True, otheryear=True), perhead=dict(items=['zz_zxj', 'zz_mxf'], defines_T=False), un=dict(what='D2')),
        style='final')
    add('c04', 'edu', 'wd_jt', 2019, '义务教育薄弱环节改善与能力提升补助资金',
        dict(fund=dict(lo=600, hi=1800), grade=dict(bands='std4', band=0, boundary=True), ml=dict(kinds=['ex', 'ne', 'prod']),
             ov=dict(mode='budget'), exec=dict(mode='simple', roundtrap=True), survey=dict(unit='人'), sp=dict(rate=True)),
        title=2)
    add('c05', 'sci', 'xy_kj', 2024, '科技计划项目专项资金',
        dict(grade=dict(bands='std4', band=0), perhead=dict(items=['zd', 'qn', 'tp']),
             alloc=dict(n=12, kind='sciunit', layout='tab', count=True, counthdr='项目数（项）', countrange=(1, 7), dup=True, dupidx=6, countsay='承担项目', countunit='项', countlink=['zd', 'qn']),
             ov=dict(mode='two'), exec=dict(mode='simple'), ind=dict(layout='tab', zero=True)),
        title=3)
    add('c06', 'sci', 'lq_kj', 2020, '科技创新引导专项资金',
        dict(fund=dict(lo=1200, hi=3000), grade=dict(bands='yl', band=1), ml=dict(kinds=['ex', 'ne', 'ne', 'prod']),
             ov=dict(mode='two'), exec=dict(mode='init'), ch=dict(up=True, useT=True, comparable=True), sp=dict(rate=True)),
        title=0)
    add('c07', 'sci', 'mx_kj', 2023, '科技特派员及成果转化专项资金',
        dict(grade=dict(bands='five', band=0), perhead=dict(items=['tp', 'hbz', 'zd']), ov=dict(mode='two'),
             exec=dict(mode='simple'), un=dict(what='item', idx=0), survey=dict(), ind=dict(layout='box', execrow=True)),
        title=1)
    add('c08', 'sci', 'lp_kj', 2021, '科技发展专项资金',
        dict(bal=dict(), ch=dict(up=True, item='财政拨款支出', otheryear=True), survey=dict(), un=dict(what='D2')),
        style='final')
    add('c09', 'cul', 'yl_wl', 2022, '公共文化服务体系建设专项资金',
        dict(fund=dict(lo=900, hi=2600), grade=dict(bands='c85', band=0), alloc=dict(n=15, kind='county', layout='box', share=True, sharesum='100.01', reserve=True),
             ov=dict(mode='partial'), exec=dict(mode='simple', roundtrap=True), survey=dict(abc=True), sp=dict()),
        title=2)
    add('c10', 'cul', 'ja_wl', 2024, '非物质文化遗产保护专项资金',
        dict(grade=dict(bands='yl', band=0), perhead=dict(items=['fy', 'sx']), ov=dict(mode='two'),
             exec=dict(mode='init'), ind=dict(layout='md', wtotal=True), survey=dict()),
        title=3)
    add('c11', 'cul', 'sc_wl', 2020, '旅游发展专项资金',
        dict(fund=dict(lo=700, hi=2000), grade=dict(bands='std4', band=1, boundary=True), ml=dict(kinds=['ex', 'ne', 'prod']),
             ov=dict(mode='budget'), exec=dict(mode='full'), ch=dict(up=False, useT=True, otheryear=True), sp=dict(rate=True)),
        title=0)
    add('c12', 'cul', 'qy_wl', 2025, '美术馆公共图书馆文化馆（站）免费开放补助资金',
        dict(fund=dict(lo=400, hi=1100), grade=dict(bands='std4', band=0), alloc=dict(n=12, kind='venue', layout='prose', reserve=True),
             ov=dict(mode='two'), exec=dict(mode='simple'), un=dict(what='T'), sp=dict(rate=True)),
        title=1)
    add('c13', 'spo', 'gc_ty', 2022, '体育彩票公益金',
        dict(fund=dict(lo=800, hi=2400), grade=dict(bands='std4', band=0), ml=dict(kinds=['ex', 'ne', 'ex', 'prod']),
             ov=dict(mode='partial'), exec=dict(mode='simple'), ch=dict(up=True, useT=True, comparable=True), survey=dict()),
        title=2)
    add('c14', 'spo', 'll_ty', 2019, '全民健身专项资金',
        dict(grade=dict(bands='none', band=0), perhead=dict(items=['zdy', 'lj', 'xly'], first=True),
             alloc=dict(n=12, kind='county', layout='md', share=True, sharesum='99.99', dup=True, dupidx=8),
             exec=dict(mode='simple', roundtrap=True)),
        title=3)
    add('c15', 'spo', 'xy_ty', 2024, '青少年体育发展专项资金',
        dict(grade=dict(bands='std4', band=0), perhead=dict(items=['xly', 'cg']), ov=dict(mode='two'),
             exec=dict(mode='full'), ind=dict(layout='sp', zero=True, execrow=True), survey=dict(allback=True)),
        title=0)
    add('c16', 'spo', 'wd_jt', 2023, '公共体育场馆免费低收费开放补助资金',
        dict(bal=dict(), ch=dict(up=True, item='财政拨款支出', comparable=True, otheryear=True), perhead=dict(items=['cg', 'zdy'], defines_T=False), un=dict(what='item', idx=1)),
        style='final')
    add('c17', 'hea', 'qy_wj', 2021, '基本公共卫生服务补助资金',
        dict(grade=dict(bands='std4', band=0), perhead=dict(items=['gw', 'qy', 'yq']), ov=dict(mode='two'),
             exec=dict(mode='simple', roundtrap=True), ind=dict(layout='md', wtotal=True), survey=dict(abc=True)),
        title=1)
    add('c18', 'hea', 'qf_wj', 2025, '医疗服务与保障能力提升补助资金',
        dict(fund=dict(lo=300, hi=900), grade=dict(bands='five', band=1), alloc=dict(n=12, kind='clinic', layout='tab', share=True, sharesum='100.01', reserve=True, dup=True, dupidx=4),
             ov=dict(mode='partial'), exec=dict(mode='init'), sp=dict(rate=True)),
        title=2)
    add('c19', 'hea', 'lp_wj', 2020, '重大传染病防控经费',
        dict(fund=dict(lo=200, hi=700), grade=dict(bands='c85', band=0), ml=dict(kinds=['ex', 'ne', 'ex']),
             ov=dict(mode='budget'), exec=dict(mode='simple'), survey=dict(), un=dict(what='S')),
        title=3)
    add('c20', 'hea', 'sc_wj', 2024, '基本公共卫生服务补助资金',
        dict(bal=dict(), ch=dict(up=True, item='财政拨款支出', comparable=True, otheryear=True), perhead=dict(items=['gw', 'la'], defines_T=False), survey=dict(abc=True)),
        style='final')
    return S


def order(S):
    rng = random.Random(SEED)
    keys = [s['key'] for s in S]
    while True:
        rng.shuffle(keys)
        first = keys[:10]
        if 3 <= sum(k.startswith('s') for k in first) <= 7 and 3 <= sum(k.startswith('s') for k in keys[30:]) <= 7:
            break
    return {k: f"t{i + 1:02d}" for i, k in enumerate(keys)}


TRAPNAME = {
    'nonexhaustive': '非穷举的“其中/主要用于…等”', 'share_rounding': '占比四舍五入后合计不等于100%',
    'reserve_row': '合计含预留/未分配行', 'dup_recipient': '同一单位分两批列两行（家数≠行数）',
    'full_vs_initial': '执行率按全年预算而非年初预算', 'over100': '正确的超100%比率（支出超年初预算）',
    'rounding': '执行率四舍五入进位', 'person_vs_renci': '人与人次', 'hu_vs_ren': '户与人', 'dui_vs_ren': '对与人',
    'batch_vs_renci': '批次与人次', 'per_head_yuan': '元/人标准与万元合计', 'wanren_x_yuan': '万人×元=万元',
    'zero': '0/0视同100%', 'income_total': '收入总计含年初结转（≠本年收入合计）', 'scope': '项目支出口径不同（全部资金与财政拨款）',
    'other_year': '另一年度数字', 'comparable': '同口径增减', 'score_rate': '得分率与得分',
    'doc_bands': '文件自定等级区间', 'boundary': '得分恰在等级下限（含）', 'yuan_cents': '万元金额以元（带分）复述',
    'sat_incl_basic': '满意度口径含“基本满意”',
}


REASON = {
    'sum.breakdown': '穷举分解的各项之和与合计不符', 'rate.ratio': '所述百分比不等于所列数字之商',
    'balance.carryover': '结转/结余不等于预算（收入）减支出', 'change': '增减额不等于两年数之差',
    'score.total': '分项得分之和不等于总分', 'score.cap': '得分超过该指标分值',
    'grade.band': '等级与得分所在区间不符', 'count.mismatch': '个数与所列项目数或分项数之和不符',
    'table.text': '正文复述与表中数字不符', 'unit.magnitude': '万元金额以元表述（量级错一万倍）',
}


def main():
    args = sys.argv[1:]
    out = HERE
    twins = None
    if '--out' in args:
        out = args[args.index('--out') + 1]
    if '--twins' in args:
        twins = args[args.index('--twins') + 1]
    S = specs()
    ids = order(S)
    if twins:
        os.makedirs(twins, exist_ok=True)
        for s in S:
            if s['slip']:
                doc = build(s, active=False)
                with open(os.path.join(twins, ids[s['key']] + '.txt'), 'w', encoding='utf-8') as f:
                    f.write('\n'.join(doc.lines) + '\n')
        print(f"twins written to {twins}")
        return
    os.makedirs(out, exist_ok=True)
    rows = []
    for s in S:
        doc = build(s, active=True)
        n = len(doc.lines)
        assert 15 <= n <= 60, (s['key'], n)
        tid = ids[s['key']]
        with open(os.path.join(out, tid + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(doc.lines) + '\n')
        if s['slip']:
            rows.append((tid, s['slip'][0], doc.detail + '；' + REASON[s['slip'][0]]))
        else:
            assert len(doc.traps) >= 2, s['key']
            rows.append((tid, 'clean', 'traps: ' + '; '.join(f"{t}（{TRAPNAME[t]}）" for t in doc.traps)))
    rows.sort()
    with open(os.path.join(out, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\texpected\tdetail\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print(f"wrote {len(rows)} documents to {out}")


if __name__ == '__main__':
    main()
