#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py - blind test set 79: Chinese social-security / health performance
self-evaluation reports (医保局 / 人社局 / 民政局 / 卫健委 / 残联).

Writes t01.txt ... t40.txt and expect.tsv next to this file.
    python3 gen.py               -> documents + expect.tsv in this directory
    python3 gen.py --twins DIR   -> each slip document rebuilt without its slip

Standard library only; fixed seed; all money / rates are decimal.Decimal,
rounded half-up.  Floats appear only as probabilities / proportions that are
immediately turned into integers or Decimals.
"""
import os
import sys
import random
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 790079
HERE = os.path.dirname(os.path.abspath(__file__))
CN = {2: '两', 3: '三', 4: '四', 5: '五', 6: '六'}


# ---------------------------------------------------------------- numbers
def Q(x, nd):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def fm(x, nd=2):
    return f"{Q(x, nd):.{nd}f}"


def prate(num, den, nd):
    return Q(D(num) * 100 / D(den), nd)


def fr(r, nd):
    return f"{Q(r, nd):.{nd}f}"


def pr(c, lo, hi):
    """a proportion with 5 decimals (Decimal)"""
    return D(c.rng.randint(int(D(lo) * 100000), int(D(hi) * 100000))) / 100000


def cents(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def tie_num(rng, den, rlo, rhi, nd):
    """integer num with num/den*100 exactly halfway at nd decimals and the kept
    digit even (so half-up and half-even disagree)."""
    scale = 10 ** (nd + 2)
    lo, hi = int(D(rlo) * scale), int(D(rhi) * scale)
    for _ in range(40000):
        X = rng.randint(lo, hi)
        if X % 2:
            continue
        t = den * (2 * X + 1)
        if t % (2 * scale) == 0:
            return t // (2 * scale)
    return None


def tie_pair(rng, dlo, dhi, rlo, rhi, nd):
    for _ in range(400):
        den = 32 * rng.randint(dlo // 32 + 1, dhi // 32)
        num = tie_num(rng, den, rlo, rhi, nd)
        if num:
            return num, den
    raise RuntimeError('no tie')


def exec_pair(c, floor, tie_prob):
    """budget F and spending E (Decimals, 2dp) with floor < E <= F; E/F optionally a rounding tie"""
    F_c = 32 * int(floor * 100 * pr(c, '1.03', '1.09') / 32 + 1)
    rlo = Q(floor * 100 * D('1.002') / F_c, 5)
    tie = c.rng.random() < tie_prob
    E_c = tie_num(c.rng, F_c, rlo, '0.998', 2) if tie else None
    if E_c is None:
        tie = False
        E_c = int(F_c * pr(c, rlo, '0.998'))
    return D(F_c) / 100, D(E_c) / 100, tie


def wrong_value(rng, s, mode):
    """A clerk's slip on the displayed number string s."""
    if mode == 'transpose':
        pairs = [i for i in range(len(s) - 1)
                 if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]
                 and not (i == 0 and s[i + 1] == '0')]
        if pairs:
            i = rng.choice(pairs)
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        mode = 'stale'
    if mode == 'drop':
        ip = s.split('.')[0]
        if len(ip) >= 4:
            i = rng.randrange(1, len(ip))
            t = s[:i] + s[i + 1:]
            if D(t) != D(s):
                return t
        mode = 'stale'
    nd = len(s.split('.')[1]) if '.' in s else 0
    v = D(s)
    for _ in range(100):
        f = D(rng.choice([3, 4, 5, 6, 7, 9])) / 100
        delta = Q(v * f, nd)
        if delta == 0:
            delta = D(1).scaleb(-nd) * rng.randint(2, 9)
        w = v - delta if (v >= 95 and v <= 100 and nd <= 2 and '.' in s) or rng.random() < 0.5 else v + delta
        if w > 0 and w != v:
            return f"{Q(w, nd):.{nd}f}"
    raise RuntimeError('stale')


# ---------------------------------------------------------------- places
PROVS = [
    ("四川省", "川", "宜宾市", "叙州区"), ("湖南省", "湘", "益阳市", "桃江县"),
    ("广东省", "粤", "韶关市", "乐昌市"), ("河北省", "冀", "承德市", "平泉市"),
    ("甘肃省", "甘", "张掖市", "临泽县"), ("安徽省", "皖", "淮北市", "濉溪县"),
    ("江西省", "赣", "赣州市", "于都县"), ("河南省", "豫", "南阳市", "镇平县"),
    ("山东省", "鲁", "临沂市", "沂南县"), ("湖北省", "鄂", "宜昌市", "秭归县"),
    ("云南省", "云", "曲靖市", "宣威市"), ("贵州省", "黔", "遵义市", "湄潭县"),
    ("浙江省", "浙", "丽水市", "遂昌县"), ("福建省", "闽", "三明市", "将乐县"),
    ("广西壮族自治区", "桂", "桂林市", "阳朔县"), ("陕西省", "陕", "汉中市", "城固县"),
    ("山西省", "晋", "长治市", "沁县"), ("吉林省", "吉", "四平市", "梨树县"),
    ("黑龙江省", "黑", "绥化市", "海伦市"), ("江苏省", "苏", "盐城市", "滨海县"),
]
DEPTS = {
    'yb': ('医疗保障局', '医疗保障局', '医疗保障局', '医保发', '医疗保障局'),
    'mz': ('民政局', '民政局', '民政厅', '民发', '民政厅'),
    'rs': ('人力资源和社会保障局', '人力资源和社会保障局', '人力资源和社会保障厅', '人社发', '人力资源和社会保障厅'),
    'wj': ('卫生健康局', '卫生健康委员会', '卫生健康委员会', '卫基层发', '卫生健康委员会'),
    'cl': ('残疾人联合会', '残疾人联合会', '残疾人联合会', '残联发', '残疾人联合会'),
}


class Ctx:
    def __init__(self, did, kind, fam, apply, lvl, pidx, year):
        self.did, self.kind, self.fam, self.apply = did, kind, fam, apply
        self.lvl, self.year = lvl, year
        self.prov, self.abbr, self.city, self.county = PROVS[pidx]
        self.rng = random.Random(SEED * 1000 + did)
        self.srng = random.Random(SEED * 1000 + did + 500)
        self.sp = self.rng.choice(['', '', ' '])
        self.wrap = self.rng.choice([0, 0, 0, 36, 42, 48])
        self.tstyle = self.rng.choice(['tab', 'space', 'pipe', 'cell'])
        self.paras = []
        self.traps = []
        self.detail = None
        self.facts = []
        self.scale = {'county': 1, 'city': 6, 'province': 48}[lvl]
        if lvl == 'county':
            self.R = '全县' if self.county.endswith('县') else ('全区' if self.county.endswith('区') else '全市')
        elif lvl == 'city':
            self.R = '全市'
        else:
            self.R = '全区' if self.prov.endswith('自治区') else '全省'

    # text helpers
    def N(self, s, u):
        return f"{self.sp}{s}{self.sp}{u}" if self.sp else f"{s}{u}"

    def P(self, text):
        self.paras.append(('p', text))

    def H(self, text):
        self.paras.append(('h', text))

    def T(self, caption, header, rows, style=None):
        self.paras.append(('t', (caption, header, rows, style or self.tstyle)))

    def trap(self, name):
        if name not in self.traps:
            self.traps.append(name)

    def fact(self, key, s, u):
        self.facts.append((key, s, u))

    def slip(self, fam, s, unit, mode, desc):
        if self.fam != fam:
            return s
        assert self.detail is None, (self.did, fam)
        w = wrong_value(self.srng, s, mode)
        assert D(w) != D(s)
        self.detail = f"'{w}{unit}' should be '{s}{unit}': {desc}"
        return w if self.apply else s

    def org(self, dept):
        d = DEPTS[dept]
        if self.lvl == 'county':
            return f"{self.city}{self.county}{d[0]}"
        if self.lvl == 'city':
            return f"{self.city}{d[1]}"
        return f"{self.prov}{d[2]}"

    def me(self, dept):
        if dept == 'cl':
            return '我会'
        if self.lvl == 'province':
            return '我委' if dept == 'wj' else ('我局' if dept == 'yb' else '我厅')
        return '我委' if (dept == 'wj' and self.lvl == 'city') else '我局'

    def docno(self, dept, y):
        return f"{self.abbr}{DEPTS[dept][3]}〔{y}〕{self.rng.randint(2, 160)}号"

    def finno(self, y):
        return f"{self.abbr}财社〔{y}〕{self.rng.randint(3, 320)}号"


def levels_for(c):
    if c.lvl == 'province':
        return ['中央资金', '省级资金', '市县级资金']
    if c.lvl == 'city':
        return ['中央资金', '省级资金', '市级资金']
    return ['中央资金', '省级资金', '市级资金', '县级资金']


def split_money(c, total, shares):
    """split Decimal total (2dp) into len(shares) positive parts (last = rest)"""
    parts = []
    for sh in shares[:-1]:
        parts.append(Q(total * sh, 2))
    parts.append(total - sum(parts))
    assert all(p > 0 for p in parts), parts
    return parts


def level_shares(c, n):
    if n == 2:
        return [pr(c, '0.55', '0.75'), None]
    if n == 3:
        return [pr(c, '0.52', '0.68'), pr(c, '0.14', '0.26'), None]
    return [pr(c, '0.5', '0.64'), pr(c, '0.12', '0.2'), pr(c, '0.04', '0.09'), None]


def join_labels(labels):
    if len(labels) == 1:
        return labels[0]
    return '、'.join(labels[:-1]) + '和' + labels[-1]


def fund_sentence(c, clause, parts, form, slip_ok):
    """clause: text right after a delimiter, ending just before the total."""
    labels = [l for l, _ in parts]
    tot = sum(v for _, v in parts)
    vals = [fm(v) for _, v in parts]
    idx = c.rng.randrange(1, len(parts))
    if slip_ok:
        vals[idx] = c.slip('sum.breakdown', vals[idx], '万元', c.srng.choice(['transpose', 'drop']),
                           f"{labels[idx]} is one of the parts of {clause}{fm(tot)}万元; parts must add to the total")
    T = c.N(fm(tot), '万元')
    if form == 'fenbie':
        s = f"{clause}{T}，其中{join_labels(labels)}分别为{'、'.join(c.N(v, '万元') for v in vals)}"
    elif form == 'goucheng':
        items = [f"{l}{c.N(v, '万元')}" for l, v in zip(labels, vals)]
        s = f"{clause}{T}由{join_labels(items)}{CN[len(items)]}部分构成"
    elif form == 'baokuo':
        items = [f"{l}{c.N(v, '万元')}" for l, v in zip(labels, vals)]
        s = f"{clause}{T}，包括{'、'.join(items)}{CN[len(items)]}项"
    else:  # plain, exact
        items = [f"{l}{c.N(v, '万元')}" for l, v in zip(labels, vals)]
        s = f"{clause}{T}，其中{'、'.join(items)}"
    c.fact(clause, fm(tot), '万元')
    return s


def exec_sentence(c, clause_budget, B, E, allow_rate_slip=True, allow_bal_slip=True, form='e1'):
    """returns sentence; B, E Decimals"""
    p = prate(E, B, 2)
    ps = fr(p, 2)
    if p == 100:
        ps = '100'
    S = B - E
    if allow_rate_slip:
        ps = c.slip('rate.ratio', ps, '%', 'transpose',
                    f"预算执行率 = 实际支出{fm(E)}万元 ÷ {clause_budget}{fm(B)}万元 = {fr(p, 2)}%")
    Ss = fm(S)
    if allow_bal_slip:
        Ss = c.slip('balance.carryover', Ss, '万元', c.srng.choice(['transpose', 'stale']),
                    f"结转结余 = {fm(B)} − {fm(E)} = {fm(S)}万元")
    if S == 0:
        c.trap('zero_or_not_occurred')
    s = (f"截至{c.year}年12月31日，{clause_budget}{c.N(fm(B), '万元')}，实际支出{c.N(fm(E), '万元')}，"
         f"预算执行率{c.N(ps, '%')}，结转结余{c.N(Ss, '万元')}")
    c.fact('实际支出', fm(E), '万元')
    return s


def exec_sentence_daowei(c, prog, B, R, E):
    q = prate(R, B, 2)
    p = prate(E, R, 2)
    qs = fr(q, 2) if q != 100 else '100'
    ps = fr(p, 2) if p != 100 else '100'
    ps = c.slip('rate.ratio', ps, '%', 'transpose',
                f"执行率按到位资金计算 = {fm(E)} ÷ {fm(R)} = {fr(p, 2)}%")
    c.fact('实际支出', fm(E), '万元')
    return (f"{c.year}年预算安排{prog}{c.N(fm(B), '万元')}，实际到位{c.N(fm(R), '万元')}，资金到位率{c.N(qs, '%')}，"
            f"实际支出{c.N(fm(E), '万元')}，资金执行率{c.N(ps, '%')}（按到位资金计算）")


def yoy_sentence(c, label, X, X0, unit, nd, fam_site, form=None):
    """X, X0 ints (nd=0) or Decimals. fam_site in {None,'change','rate'}"""
    diff = X - X0
    up = diff >= 0
    Dv = abs(diff)
    g = Q(D(Dv) * 100 / D(X0), 2)
    fmtv = (lambda v: fm(v, nd)) if nd else (lambda v: str(int(v)))
    Ds = fmtv(Dv)
    gs = fr(g, 2)
    include_rate = fam_site != 'change'
    if fam_site == 'change':
        Ds = c.slip('change', Ds, unit, c.srng.choice(['transpose', 'stale']),
                    f"增减额 = {fmtv(X)} − {fmtv(X0)} = {fmtv(diff)}{unit}")
    if fam_site == 'rate':
        gs = c.slip('rate.ratio', gs, '%', 'transpose',
                    f"增减幅度 = {fmtv(Dv)} ÷ {fmtv(X0)} = {fr(g, 2)}%")
    form = form or c.rng.choice(['a', 'b', 'c'])
    w_inc = '增加' if up else '减少'
    w_g = '增长' if up else '下降'
    NX, NX0, ND = c.N(fmtv(X), unit), c.N(fmtv(X0), unit), c.N(Ds, unit)
    if form == 'a':
        s = f"{label}{NX}，比上年的{NX0}{w_inc}{ND}"
        if include_rate:
            s += f"，{w_g}{c.N(gs, '%')}"
    elif form == 'b':
        s = f"{label}由{c.year - 1}年的{NX0}{'增至' if up else '减至'}{NX}，{w_inc}{ND}"
        if include_rate:
            s += f"，{'增幅' if up else '降幅'}{c.N(gs, '%')}"
    else:
        s = f"{label}{NX}，上年为{NX0}，同比{w_inc}{ND}"
        if include_rate:
            s += f"，{w_g}{c.N(gs, '%')}"
    return s


def restate(c, k=2, money_first=False):
    facts = list(c.facts)
    keys = [f[0] for f in facts]
    assert len(keys) == len(set(keys)), keys
    if money_first:
        money = [f for f in facts if f[2] == '万元']
        first = c.rng.choice(money)
        rest = [f for f in facts if f is not first]
        chosen = [first] + c.rng.sample(rest, min(k - 1, len(rest)))
    else:
        chosen = c.rng.sample(facts, min(k, len(facts)))
    parts = []
    for j, (key, s, u) in enumerate(chosen):
        s2, u2 = s, u
        if j == 0 and c.fam == 'fact.conflict':
            s2 = c.slip('fact.conflict', s, u, c.srng.choice(['transpose', 'stale']),
                        f"restates 「{key}{s}{u}」 given earlier in the report")
        if j == 0 and c.fam == 'unit.magnitude':
            assert u == '万元'
            c.detail = f"'{s}元' should be '{s}万元': restates 「{key}{s}万元」 with the unit dropped to 元"
            u2 = '元' if c.apply else '万元'
        parts.append(f"{key}{c.N(s2, u2)}")
    tail = c.rng.choice(['项目资金使用规范，年度绩效目标基本实现', '资金管理和使用总体规范，群众获得感进一步增强',
                         '各项绩效指标基本完成，自评等级为优秀'])
    c.P('综上所述，' + '，'.join(parts) + '，' + tail + '。')


FILL_PROBLEM = [
    '部分乡镇（街道）经办人员业务能力有待提高，数据录入存在滞后现象；下一步将加强业务培训，完善动态管理机制。',
    '绩效目标设置还不够细化，个别指标可衡量性不强；下一步将结合年度工作任务科学设置绩效指标。',
    '资金拨付进度在上半年相对较慢；下一步将加快资金拨付，确保资金及时足额发放到位。',
    '信息共享机制仍需完善，部门间数据比对频次不足；下一步将按月开展数据比对，实现动态调整。',
]
FILL_MGMT = [
    '项目资金实行专账核算、专款专用，严格按照资金管理办法规定的用途使用，未发现截留、挤占、挪用等情况。',
    '资金通过“一卡通”系统社会化发放，发放名单在村（社区）公示，接受群众监督。',
    '严格执行资金管理制度，建立健全内部审批流程，会计核算规范，资金使用合法合规。',
]


def head(c, dept, title):
    c.H(c.org(dept))
    c.H(title)


def tail(c, dept):
    c.H(c.org(dept))
    c.H(f"{c.year + 1}年{c.rng.randint(1, 4)}月{c.rng.randint(1, 28)}日")


def cat_rows_table(c, caption, header, rows):
    c.T(caption, header, rows)


# ============================================================ doc types
def build_MA(c):
    """城乡医疗救助补助资金 (医保局)"""
    Y, s = c.year, c.scale
    head(c, 'yb', f"{Y}年度城乡医疗救助补助资金项目支出绩效自评报告")
    c.H('一、项目基本情况')
    c.P(f"根据《{c.prov}财政厅 {c.prov}医疗保障局关于下达{Y}年中央财政医疗救助补助资金预算的通知》（{c.finno(Y - 1)}）"
        f"和《关于做好{Y}年城乡医疗救助工作的通知》（{c.docno('yb', Y)}）要求，{c.me('yb')}对{Y}年城乡医疗救助补助资金使用情况开展了绩效自评。")
    # funding
    want_tie = c.rng.random() < 0.5
    lv = levels_for(c)
    if want_tie:
        E_c, F_c = tie_pair(c.rng, 60000 * s, 200000 * s, '0.93', '0.99', 2)
        F, E = D(F_c) / 100, D(E_c) / 100
        c.trap('halfup_rounding')
    else:
        F = cents(c.rng, 600 * s, 2000 * s)
        E = F if c.rng.random() < 0.3 else Q(F * pr(c, '0.9', '0.995'), 2)
    if c.fam in ('balance.carryover',) and E == F:
        E = F - cents(c.rng, 20 * s, 60 * s)
    parts = split_money(c, F, level_shares(c, len(lv)))
    form = c.rng.choice(['fenbie', 'goucheng', 'baokuo']) if c.fam == 'sum.breakdown' else c.rng.choice(['fenbie', 'goucheng', 'baokuo', 'plain'])
    c.P(fund_sentence(c, f"{Y}年{c.R}累计下达城乡医疗救助补助资金", list(zip(lv, parts)), form, True) + '。')
    c.H('二、资金使用情况')
    c.P(exec_sentence(c, '项目预算', F, E, allow_rate_slip=(c.fam == 'rate.ratio' and c.rng.random() < 0.5) or False,
                      allow_bal_slip=True) + '。')
    # categories
    m3 = Q(E * pr(c, '0.18', '0.32'), 2)
    n3 = int(m3 * 10000 / cents(c.rng, 200, 360))
    Rm = E - m3
    zero4 = c.fam not in ('count.mismatch',) and c.rng.random() < 0.4
    m1 = Q(Rm * pr(c, '0.62', '0.74'), 2)
    if zero4:
        m2 = Rm - m1
        m4 = D('0.00')
        n4 = 0
        c.trap('zero_or_not_occurred')
    else:
        m2 = Q(Rm * pr(c, '0.16', '0.24'), 2)
        m4 = Rm - m1 - m2
        n4 = int(m4 * 10000 / cents(c.rng, 3000, 8000)) + 1
    n1 = int(m1 * 10000 / cents(c.rng, 1500, 3500)) + 1
    n2 = int(m2 * 10000 / cents(c.rng, 300, 900)) + 1
    Nv = n1 + n2 + n3 + n4
    P = n3 + int((n1 + n2 + n4) * pr(c, '0.5', '0.8'))
    n4s = str(n4)
    if n4:
        n4s = c.slip('count.mismatch', n4s, '人次', 'transpose',
                     f"倾斜救助人次; the 合计 row {Nv}人次 must equal the sum of the category rows")
    rows = [['资助参保', str(n3), fm(m3)], ['住院救助', str(n1), fm(m1)], ['门诊慢特病救助', str(n2), fm(m2)],
            ['倾斜救助', n4s, fm(m4)], ['合计', str(Nv), fm(E)]]
    c.T(f"表1 {Y}年医疗救助分类支出情况（单位：人次、万元）", ['救助类别', '救助人次', '救助金额（万元）'], rows)
    c.trap('dual_count_zizhu')
    # prose on categories
    sub = c.rng.choice(['c1', 'x3'])
    n2s, m2s = str(n2), fm(m2)
    if c.fam == 'table.text':
        if c.rng.random() < 0.5:
            n2s = c.slip('table.text', n2s, '人次', 'transpose', '门诊慢特病救助人次 restated from 表1')
        else:
            m2s = c.slip('table.text', m2s, '万元', 'transpose', '门诊慢特病救助金额 restated from 表1')
    c1 = Q(m1 * 10000 / n1, 2)
    c1s = fr(c1, 2)
    if sub == 'c1':
        c1s = c.slip('per_unit', c1s, '元', 'transpose', f"次均住院救助 = {fm(m1)}万元 ÷ {n1}人次 = {fr(c1, 2)}元")
    txt = (f"全年共救助困难群众{c.N(P, '人')}、{c.N(Nv, '人次')}。其中住院救助{c.N(n1, '人次')}、{c.N(fm(m1), '万元')}，"
           f"次均住院救助{c.N(c1s, '元')}；门诊慢特病救助{c.N(n2s, '人次')}、{c.N(m2s, '万元')}")
    if n4 == 0:
        txt += '；全年未发生倾斜救助。'
    else:
        txt += '。'
    c.P(txt)
    c.trap('person_vs_visit')
    x3 = Q(m3 * 10000 / n3, 2)
    x3s = fr(x3, 2)
    if sub == 'x3':
        x3s = c.slip('per_unit', x3s, '元', 'transpose', f"人均资助 = {fm(m3)}万元 ÷ {n3}人 = {fr(x3, 2)}元")
    c.P(f"资助参保{c.N(n3, '人')}，资助参保资金{c.N(fm(m3), '万元')}，人均资助{c.N(x3s, '元')}（资助对象包括特困人员、低保对象、返贫致贫人口等）。")
    c.trap('yuan_vs_wanyuan')
    c.H('三、绩效目标完成情况')
    W = int(P / pr(c, '0.9', '0.99')) + 1
    cov = prate(P, W, 2)
    covs = fr(cov, 2)
    if c.fam == 'rate.ratio' and c.detail is None:
        covs = c.slip('rate.ratio', covs, '%', 'transpose', f"救助覆盖率 = {P} ÷ {W} = {fr(cov, 2)}%")
    c.P(f"{c.R}纳入医疗救助范围的困难群众{c.N(W, '人')}，实际得到救助{c.N(P, '人')}，救助覆盖率{c.N(covs, '%')}。")
    E0 = Q(E / (1 + pr(c, '-0.08', '0.14')), 2)
    c.P(yoy_sentence(c, '医疗救助资金支出', E, E0, '万元', 2, 'change' if c.fam == 'change' else None) + '。')
    c.P(c.rng.choice(FILL_MGMT))
    restate(c, 2, money_first=(c.fam == 'unit.magnitude'))
    c.H('四、存在的问题及改进措施')
    c.P(c.rng.choice(FILL_PROBLEM))
    tail(c, 'yb')


def build_MI(c):
    """城乡居民基本医疗保险 财政补助 & 基金运行 (医保局)"""
    Y, s = c.year, c.scale
    head(c, 'yb', f"{Y}年度城乡居民基本医疗保险补助资金项目支出绩效自评报告")
    c.H('一、项目概况')
    c.P(f"为落实城乡居民基本医疗保险财政补助政策，根据《关于做好{Y}年城乡居民基本医疗保障工作的通知》（{c.docno('yb', Y)}）"
        f"和{c.prov}财政厅资金下达文件（{c.finno(Y)}），对{Y}年城乡居民医保补助资金开展绩效自评。")
    std = {2019: 520, 2020: 550, 2021: 580, 2022: 610, 2023: 640, 2024: 670, 2025: 700}[Y]
    tie_cov = c.rng.random() < 0.5
    if tie_cov:
        Z, Y0 = tie_pair(c.rng, 250000 * s, 420000 * s, '0.955', '0.99', 2)
        c.trap('halfup_rounding')
    else:
        Y0 = c.rng.randint(250000 * s, 420000 * s)
        Z = int(Y0 * pr(c, '0.955', '0.99'))
    F = Q(D(std) * Z / 10000, 2)
    c.P(f"按照每人每年{c.N(std, '元')}的财政补助标准，对{c.N(Z, '名')}参保居民给予补助，应拨付财政补助资金{c.N(fm(F), '万元')}。")
    c.trap('yuan_vs_wanyuan')
    lv = levels_for(c)
    parts = split_money(c, F, level_shares(c, len(lv)))
    form = c.rng.choice(['fenbie', 'goucheng']) if c.fam == 'sum.breakdown' else c.rng.choice(['fenbie', 'goucheng', 'plain'])
    c.P(fund_sentence(c, '上述财政补助资金', list(zip([l.replace('资金', '补助') for l in lv], parts)), form, True) + '，已全部拨付至医保基金财政专户。')
    c.H('二、绩效目标完成情况')
    p = prate(Z, Y0, 2)
    ps = fr(p, 2)
    if c.fam == 'rate.ratio':
        ps = c.slip('rate.ratio', ps, '%', 'transpose', f"参保率 = 实际参保{Z}人 ÷ 应参保人数{Y0}人 = {fr(p, 2)}%")
    c.P(f"{Y}年度{c.R}城乡居民医保应参保人数{c.N(Y0, '人')}，实际参保{c.N(Z, '人')}，参保率{c.N(ps, '%')}。")
    c.fact('实际参保', str(Z), '人')
    # total basic insurance coverage over 户籍人口 (may exceed 100%)
    Ze = int(Z * pr(c, '0.18', '0.34'))
    Zt = Z + Ze
    over = c.rng.random() < 0.6
    H = int(Zt / pr(c, '1.01', '1.04')) if over else int(Zt / pr(c, '0.93', '0.99'))
    q = prate(Zt, H, 2)
    Zes = str(Ze)
    Zes = c.slip('count.mismatch', Zes, '人', 'transpose',
                 f"职工医保参保人数; {Zt}人 must equal 城乡居民医保{Z}人 + 职工医保{Ze}人")
    txt = (f"{c.R}基本医疗保险参保总人数{c.N(Zt, '人')}由城乡居民医保{c.N(Z, '人')}和职工医保{c.N(Zes, '人')}两部分组成；"
           f"{c.R}基本医疗保险参保{c.N(Zt, '人')}，户籍人口{c.N(H, '人')}，按户籍人口计算的参保率为{c.N(fr(q, 2), '%')}")
    if q > 100:
        txt += '（含外来务工人员及在校学生在本地参保）'
        c.trap('over100_coverage')
    c.P(txt + '。')
    Z0 = int(Z / pr(c, '0.97', '1.04'))
    c.P(yoy_sentence(c, '城乡居民医保参保人数', Z, Z0, '人', 0, 'change' if c.fam == 'change' else None, form=c.rng.choice(['a', 'c'])) + '。')
    # fund account figures (income covers the fiscal subsidy; visits are paid out of spending)
    I = Q(F * pr(c, '1.45', '1.75'), 2)
    neg = c.rng.random() < 0.4
    O = Q(I * (pr(c, '1.01', '1.06') if neg else pr(c, '0.9', '0.985')), 2)
    A = Q(O * pr(c, '0.3', '0.75'), 2)
    tie_r = c.rng.random() < 0.5
    if tie_r:
        Pb_c, Qs_c = tie_pair(c.rng, int(O * 100 * D('0.8')), int(O * 100 * D('1.05')), '0.60', '0.78', 2)
        Qs, Pb = D(Qs_c) / 100, D(Pb_c) / 100
        c.trap('halfup_rounding')
    else:
        Qs = Q(O * pr(c, '0.8', '1.05'), 2)
        Pb = Q(Qs * pr(c, '0.6', '0.78'), 2)
    C = Q(Qs / pr(c, '0.78', '0.88'), 2)
    n = int(C * 10000 / cents(c.rng, 5200, 8800))
    cc = Q(C * 10000 / n, 2)
    ccs = fr(cc, 2)
    if c.fam == 'per_unit':
        ccs = c.slip('per_unit', ccs, '元', 'transpose', f"次均住院费用 = {fm(C)}万元 ÷ {n}人次 = {fr(cc, 2)}元")
    r = prate(Pb, Qs, 2)
    npp = int(n * pr(c, '0.72', '0.86'))
    c.trap('person_vs_visit')
    c.P(f"全年城乡居民医保住院{c.N(n, '人次')}（涉及参保居民{c.N(npp, '人')}），住院总费用{c.N(fm(C), '万元')}，次均住院费用{c.N(ccs, '元')}；"
        f"政策范围内住院费用{c.N(fm(Qs), '万元')}，统筹基金支付{c.N(fm(Pb), '万元')}，政策范围内住院费用报销比例{c.N(fr(r, 2), '%')}。")
    # fund account
    Dd = I - O
    E = A + Dd
    mths = Q(E * 12 / O, 1)
    Es, Ds = fm(E), fm(Dd)
    site = c.rng.choice(['E', 'D'])
    if c.fam == 'balance.carryover':
        if site == 'E':
            Es = c.slip('balance.carryover', Es, '万元', 'transpose',
                        f"年末累计结余 = 年初{fm(A)} + 收入{fm(I)} − 支出{fm(O)} = {fm(E)}万元")
        else:
            Ds = c.slip('balance.carryover', Ds, '万元', 'transpose', f"当期结余 = {fm(I)} − {fm(O)} = {fm(Dd)}万元")
    if Dd < 0 and not (c.fam == 'balance.carryover' and site == 'D'):
        cur = f"当期收不抵支{c.N(fm(-Dd), '万元')}"
        c.trap('cumulative_vs_current')
    else:
        cur = f"当期结余{c.N(Ds, '万元')}"
    txt = (f"{Y}年城乡居民医保基金年初累计结余{c.N(fm(A), '万元')}，当年基金收入{c.N(fm(I), '万元')}，基金支出{c.N(fm(O), '万元')}，"
           f"{cur}，年末累计结余{c.N(Es, '万元')}")
    if not (c.fam == 'balance.carryover' and site == 'E'):
        txt += f"，累计结余可支付{c.N(fr(mths, 1), '个月')}"
    c.P(txt + '。')
    c.trap('cumulative_vs_current')
    c.fact('当年基金收入', fm(I), '万元')
    if c.fam != 'balance.carryover' and (c.lvl != 'county' or c.rng.random() < 0.3):
        # fund table by insurance type (never beside a slipped balance: the slip must not be restated)
        Ie = Q(I * pr(c, '0.8', '1.6'), 2)
        Ae = Q(Ie * pr(c, '0.5', '1.1'), 2)
        Oe = Q(Ie * pr(c, '0.82', '0.96'), 2)
        De, Ee = Ie - Oe, Ae + Ie - Oe
        rows = [['职工医保', fm(Ae), fm(Ie), fm(Oe), fm(De), fm(Ee)], ['城乡居民医保', fm(A), fm(I), fm(O), fm(Dd), fm(E)],
                ['合计', fm(Ae + A), fm(Ie + I), fm(Oe + O), fm(De + Dd), fm(Ee + E)]]
        c.T(f"表1 {Y}年基本医疗保险基金运行情况（单位：万元）", ['险种', '年初累计结余', '基金收入', '基金支出', '当期结余', '年末累计结余'], rows)
    c.P(c.rng.choice(FILL_MGMT))
    restate(c, 2, money_first=(c.fam == 'unit.magnitude'))
    c.H('三、存在的问题及下一步工作')
    c.P(c.rng.choice(FILL_PROBLEM))
    tail(c, 'yb')


def build_TK(c):
    """特困人员救助供养 (民政局)"""
    Y, s = c.year, c.scale
    head(c, 'mz', f"{Y}年度特困人员救助供养资金项目支出绩效自评报告")
    c.H('一、基本情况')
    c.P(f"根据《{c.prov}民政厅 {c.prov}财政厅关于提高{Y}年城乡特困人员基本生活标准的通知》（{c.docno('mz', Y)}），"
        f"结合困难群众救助补助资金下达文件（{c.finno(Y)}），{c.me('mz')}组织开展了{Y}年度特困人员救助供养资金绩效自评。")
    # objects and standards first (funding must cover the payments)
    a = c.rng.randint(300 * s, 800 * s)
    b = c.rng.randint(1200 * s, 3200 * s)
    Nn = a + b
    x = c.rng.randint(70, 110) * 10
    Ta = Q(D(x) * a * 12 / 10000, 2)
    y1 = c.rng.randint(60, 95) * 10
    y2 = y1 + c.rng.randint(3, 8) * 10
    Tb = Q(D(b) * (6 * y1 + 6 * y2) / 10000, 2)
    k = int(Nn * pr(c, '0.22', '0.38'))
    Tk = Q(D(k) * c.rng.randint(80000, 160000) / 100 / 10000, 2)
    F, E, tie = exec_pair(c, Ta + Tb + Tk, 0.7)
    if tie:
        c.trap('halfup_rounding')
    lv = levels_for(c)
    parts = split_money(c, F, level_shares(c, len(lv)))
    form = c.rng.choice(['fenbie', 'goucheng', 'baokuo']) if c.fam == 'sum.breakdown' else c.rng.choice(['fenbie', 'goucheng', 'baokuo', 'plain'])
    c.P(fund_sentence(c, f"全年共筹集特困人员救助供养资金", list(zip(lv, parts)), form, True) + '。')
    u = int(Nn * pr(c, '0.08', '0.22'))
    rr = Nn - u
    us = str(u)
    if c.fam == 'count.mismatch':
        us = c.slip('count.mismatch', us, '人', c.srng.choice(['transpose', 'stale']),
                    f"城市特困人员; {Nn}人 must equal 城市 + 农村 ({u} + {rr})")
        c.P(f"截至{Y}年12月底，{c.R}共有特困人员{c.N(Nn, '人')}，其中城市特困人员、农村特困人员分别为{c.N(us, '人')}、{c.N(rr, '人')}。"
            f"按供养方式分，集中供养{c.N(a, '人')}，分散供养{c.N(b, '人')}。")
    else:
        c.P(f"截至{Y}年12月底，{c.R}共有特困人员{c.N(Nn, '人')}，其中城市特困人员{c.N(us, '人')}、农村特困人员{c.N(rr, '人')}。"
            f"按供养方式分，集中供养{c.N(a, '人')}，分散供养{c.N(b, '人')}。")
    c.fact(f"{c.R}共有特困人员", str(Nn), '人')
    c.H('二、资金使用及标准落实情况')
    Tas = fm(Ta)
    if c.fam == 'per_unit' and c.rng.random() < 0.5:
        Tas = c.slip('per_unit', Tas, '万元', 'transpose', f"{x}元 × {a}人 × 12个月 = {fm(Ta)}万元")
    c.P(f"集中供养人员基本生活标准为每人每月{c.N(x, '元')}，按月均集中供养{c.N(a, '人')}、12个月计算，全年发放集中供养基本生活费{c.N(Tas, '万元')}。")
    c.P(f"分散供养人员基本生活费1—6月按每人每月{c.N(y1, '元')}、7—12月按每人每月{c.N(y2, '元')}标准发放，"
        f"月均保障分散供养人员{c.N(b, '人')}，全年发放{c.N(fm(Tb), '万元')}。")
    c.trap('midyear_standard')
    c.trap('yuan_vs_wanyuan')
    pk = Q(Tk * 10000 / k, 2)
    pks = fr(pk, 2)
    if c.fam == 'per_unit' and c.detail is None:
        pks = c.slip('per_unit', pks, '元', 'transpose', f"人均照料护理补贴 = {fm(Tk)}万元 ÷ {k}人 = {fr(pk, 2)}元")
    c.P(f"为{c.N(k, '名')}失能、半失能特困人员发放照料护理补贴{c.N(fm(Tk), '万元')}，人均{c.N(pks, '元')}。")
    c.P(exec_sentence(c, '年度预算', F, E, allow_rate_slip=(c.fam == 'rate.ratio'), allow_bal_slip=True) + '。'
        + '全年未发生供养服务机构安全责任事故和资金冒领事件。')
    c.trap('zero_or_not_occurred')
    c.H('三、绩效指标完成情况')
    N0 = int(Nn / pr(c, '0.96', '1.06'))
    c.P(yoy_sentence(c, '年末特困人员', Nn, N0, '人', 0, 'change' if c.fam == 'change' else None) + '。')
    sat = D(c.rng.randint(920, 990)) / 10
    rows = [['特困人员救助供养人数', f"≥{int(Nn * D('0.95'))}人", f"{Nn}人"],
            ['分散供养基本生活标准', f"≥{y1}元/人·月", f"{y2}元/人·月"],
            ['资金发放及时率', '100%', '100%'], ['受助对象满意度', '≥90%', f"{sat}%"]]
    c.T(f"表1 {Y}年特困人员救助供养主要绩效指标完成情况", ['三级指标', '年度指标值', '实际完成值'], rows,
        style=c.rng.choice(['tab', 'pipe', 'space']))
    restate(c, 2, money_first=(c.fam == 'unit.magnitude'))
    c.H('四、存在问题及改进措施')
    c.P(c.rng.choice(FILL_PROBLEM))
    tail(c, 'mz')


def build_DB(c):
    """城乡最低生活保障 (民政局)"""
    Y, s = c.year, c.scale
    head(c, 'mz', f"{Y}年度城乡最低生活保障资金绩效自评报告")
    c.H('一、项目基本情况')
    h1 = c.rng.randint(600 * s, 1500 * s)
    n1 = int(h1 * pr(c, '1.5', '1.9'))
    h2 = c.rng.randint(3000 * s, 7000 * s)
    n2 = int(h2 * pr(c, '1.7', '2.3'))
    h, n = h1 + h2, n1 + n2
    formB = c.fam in ('count.mismatch', 'table.text') or (c.fam is None and c.rng.random() < 0.5)
    x1 = c.rng.randint(38, 62) * 10
    x2a = c.rng.randint(28, 45) * 10
    x2b = x2a + c.rng.randint(2, 6) * 10
    stdU = x1 + c.rng.randint(12, 35) * 10
    stdR = int(x2b * 12 * pr(c, '1.15', '1.45') / 100 + 1) * 100
    c.P(f"依据《{c.prov}最低生活保障审核确认办法》和《关于调整{Y}年城乡低保标准的通知》（{c.docno('mz', Y)}），"
        f"{c.R}城市低保标准为每人每月{c.N(stdU, '元')}，农村低保标准为每人每年{c.N(stdR, '元')}。")
    T1 = Q(D(x1) * n1 * 12 / 10000, 2)
    T2 = Q(D(n2) * (6 * x2a + 6 * x2b) / 10000, 2)
    if formB:
        c.P(f"截至{Y}年底，{c.R}共有城乡低保对象{c.N(h, '户')}{c.N(n, '人')}，分类情况见表1。")
        h1s = str(h1)
        h1s = c.slip('count.mismatch', h1s, '户', 'transpose', f"城市低保户数; 合计 row {h}户 must equal the sum of the rows")
        rows = [['城市低保', h1s, str(n1), fm(T1)], ['农村低保', str(h2), str(n2), fm(T2)], ['合计', str(h), str(n), fm(T1 + T2)]]
        c.T(f"表1 {Y}年城乡低保保障情况", ['类别', '保障户数', '保障人数', '全年支出（万元）'], rows)
        if c.fam == 'table.text' or c.rng.random() < 0.5:
            h2s = c.slip('table.text', str(h2), '户', 'transpose', '农村低保户数 restated from 表1')
            c.P(f"其中农村低保{c.N(h2s, '户')}，占保障户数的比重较大，是低保工作的重点。")
    else:
        c.P(f"截至{Y}年底，{c.R}共有城乡低保对象{c.N(h, '户')}{c.N(n, '人')}，其中城市低保{c.N(h1, '户')}{c.N(n1, '人')}、"
            f"农村低保{c.N(h2, '户')}{c.N(n2, '人')}。")
    c.trap('household_vs_person')
    c.fact(f"{c.R}共有城乡低保对象", str(h), '户')
    T1s = fm(T1)
    T1s = c.slip('per_unit', T1s, '万元', 'transpose', f"{x1}元 × {n1}人 × 12个月 = {fm(T1)}万元")
    c.P(f"城市低保按每人每月{c.N(x1, '元')}的月人均补差标准，为{c.N(n1, '人')}发放12个月，共计发放城市低保金{c.N(T1s, '万元')}；"
        f"农村低保月人均补差1—6月按每人每月{c.N(x2a, '元')}、7—12月按每人每月{c.N(x2b, '元')}计发，月均保障农村低保对象{c.N(n2, '人')}，"
        f"全年发放农村低保金{c.N(fm(T2), '万元')}。")
    c.trap('midyear_standard')
    c.H('二、资金投入及使用情况')
    lv = levels_for(c)
    F = Q((T1 + T2) * pr(c, '1.02', '1.08'), 2)
    parts = split_money(c, F, level_shares(c, len(lv)))
    spent = [Q(p * pr(c, '0.985', '1.0'), 2) for p in parts]
    rows = []
    slip_row = c.rng.randrange(len(parts))
    for i, (l, bgt, sp) in enumerate(zip(lv, parts, spent)):
        rt = prate(sp, bgt, 2)
        rts = fr(rt, 2)
        if i == slip_row:
            rts = c.slip('rate.ratio', rts, '%', 'transpose', f"{l}执行率 = {fm(sp)} ÷ {fm(bgt)} = {fr(rt, 2)}% (表2)")
        rows.append([l, fm(bgt), fm(sp), rts + '%'])
    Es = sum(spent)
    if c.rng.random() < 0.5:
        rows.append(['上年结转资金', '0.00', '0.00', '—'])
        c.trap('zero_or_not_occurred')
    rows.append(['合计', fm(F), fm(Es), fr(prate(Es, F, 2), 2) + '%'])
    c.P(f"{Y}年{c.R}共下达城乡低保资金{c.N(fm(F), '万元')}，分级次执行情况见表2。")
    c.fact(f"{Y}年{c.R}共下达城乡低保资金", fm(F), '万元')
    c.T(f"表2 {Y}年城乡低保资金执行情况（单位：万元）", ['资金来源', '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'], rows)
    c.H('三、绩效目标实现情况')
    n0 = int(n / pr(c, '0.96', '1.06'))
    c.P(yoy_sentence(c, f"{c.R}低保对象", n, n0, '人', 0, 'change' if c.fam == 'change' else None) + '。')
    c.P(c.rng.choice(FILL_MGMT))
    restate(c, 2, money_first=(c.fam == 'unit.magnitude'))
    c.H('四、存在的问题及建议')
    c.P(c.rng.choice(FILL_PROBLEM))
    tail(c, 'mz')


def build_CJ(c):
    """残疾人两项补贴 (残联)"""
    Y, s = c.year, c.scale
    head(c, 'cl', f"{Y}年度困难残疾人生活补贴和重度残疾人护理补贴资金绩效自评报告")
    c.H('一、项目概况')
    c.P(f"根据《{c.prov}残疾人联合会 {c.prov}民政厅 {c.prov}财政厅关于落实残疾人两项补贴制度的通知》（{c.docno('cl', Y - 1)}），"
        f"我会会同民政、财政部门对{Y}年残疾人两项补贴资金开展绩效自评。")
    lv = ['省级资金', '市级资金', '县级资金'] if c.lvl == 'county' else (['中央资金', '省级资金', '市县级资金'] if c.lvl == 'province' else ['省级资金', '市级资金', '区县资金'])
    a = c.rng.randint(2500 * s, 6000 * s)
    a1 = int(a * pr(c, '0.18', '0.35'))
    a2 = a - a1
    b1 = c.rng.randint(1500 * s, 3500 * s)
    b2 = c.rng.randint(1500 * s, 3500 * s)
    b = b1 + b2
    cc = int(min(a, b) * pr(c, '0.25', '0.45'))
    x = c.rng.choice([60, 70, 76, 80, 90, 100])
    y1 = c.rng.choice([100, 110, 120, 130])
    y2 = c.rng.choice([60, 70, 80, 90])
    Ta = Q(D(x) * a * 12 / 10000, 2)
    Tb1, Tb2 = Q(D(y1) * b1 * 12 / 10000, 2), Q(D(y2) * b2 * 12 / 10000, 2)
    F, E, tie = exec_pair(c, Ta + Tb1 + Tb2, 0.5)
    if tie:
        c.trap('halfup_rounding')
    parts = split_money(c, F, level_shares(c, 3))
    form = c.rng.choice(['fenbie', 'goucheng', 'baokuo']) if c.fam == 'sum.breakdown' else c.rng.choice(['fenbie', 'goucheng', 'plain'])
    c.P(fund_sentence(c, '全年安排残疾人两项补贴资金', list(zip(lv, parts)), form, True) + '。')
    c.H('二、补贴发放情况')
    a1s = str(a1)
    if c.fam == 'count.mismatch':
        a1s = c.slip('count.mismatch', a1s, '人', 'transpose', f"城镇生活补贴对象; {a}人 must equal 城镇 + 农村 ({a1} + {a2})")
        c.P(f"困难残疾人生活补贴对象{c.N(a, '人')}，其中城镇、农村分别为{c.N(a1s, '人')}、{c.N(a2, '人')}。")
    else:
        c.P(f"困难残疾人生活补贴对象{c.N(a, '人')}，其中城镇{c.N(a1, '人')}、农村{c.N(a2, '人')}。")
    Tas = fm(Ta)
    Tas = c.slip('per_unit', Tas, '万元', 'transpose', f"{x}元 × {a}人 × 12个月 = {fm(Ta)}万元")
    c.P(f"困难残疾人生活补贴按每人每月{c.N(x, '元')}标准，为{c.N(a, '人')}发放12个月，共计发放{c.N(Tas, '万元')}。")
    c.P(f"重度残疾人护理补贴对象{c.N(b, '人')}由一级重度残疾人{c.N(b1, '人')}和二级重度残疾人{c.N(b2, '人')}组成。"
        f"一级护理补贴按每人每月{c.N(y1, '元')}标准，为{c.N(b1, '人')}发放12个月，计{c.N(fm(Tb1), '万元')}；"
        f"二级护理补贴按每人每月{c.N(y2, '元')}标准，为{c.N(b2, '人')}发放12个月，计{c.N(fm(Tb2), '万元')}。")
    c.P(f"同时享受两项补贴{c.N(cc, '人')}，两项补贴共惠及残疾人{c.N(a + b - cc, '人')}、{c.N(a + b, '人次')}。"
        f"经数据比对核查，全年未发生冒领、重复领取补贴情况。")
    c.trap('zero_or_not_occurred')
    c.trap('person_vs_visit')
    c.trap('yuan_vs_wanyuan')
    c.P(exec_sentence(c, '全年预算', F, E, allow_rate_slip=(c.fam == 'rate.ratio'), allow_bal_slip=True) + '。')
    c.H('三、绩效目标完成情况')
    a0 = int(a / pr(c, '0.95', '1.08'))
    c.P(yoy_sentence(c, '生活补贴享受人数', a, a0, '人', 0, 'change' if c.fam == 'change' else None) + '。')
    c.fact('困难残疾人生活补贴对象', str(a), '人')
    c.P(c.rng.choice(FILL_MGMT))
    restate(c, 2, money_first=(c.fam == 'unit.magnitude'))
    c.H('四、存在问题和改进措施')
    c.P(c.rng.choice(FILL_PROBLEM))
    tail(c, 'cl')


def build_GL(c):
    """高龄津贴 (民政局)"""
    Y, s = c.year, c.scale
    head(c, 'mz', f"{Y}年度高龄津贴项目支出绩效自评报告")
    c.H('一、项目基本情况')
    c.P(f"为保障高龄老年人基本生活，根据《{c.prov}高龄津贴发放管理办法》（{c.docno('mz', Y - 2)}），"
        f"对辖区80周岁及以上老年人按年龄段发放高龄津贴。")
    n1 = c.rng.randint(6000 * s, 12000 * s)
    n2 = c.rng.randint(900 * s, 2000 * s)
    n3 = c.rng.randint(20 * s, 90 * s)
    nn = n1 + n2 + n3
    x1, x2, x3 = c.rng.choice([50, 60, 80, 100]), c.rng.choice([150, 200, 300]), c.rng.choice([400, 500, 600, 800])
    c.P(f"{c.R}享受高龄津贴的老年人共{c.N(nn, '人')}，其中80—89周岁、90—99周岁、100周岁及以上分别为"
        f"{c.N(n1, '人')}、{c.N(n2, '人')}、{c.N(n3, '人')}。")
    c.fact(f"{c.R}享受高龄津贴的老年人共", str(nn), '人')
    c.H('二、资金发放情况')
    T = [Q(D(xx) * nx * 12 / 10000, 2) for xx, nx in ((x1, n1), (x2, n2), (x3, n3))]
    Ts = [fm(t) for t in T]
    j = c.rng.randrange(3)
    Ts[j] = c.slip('per_unit', Ts[j], '万元', c.srng.choice(['transpose', 'drop']),
                   f"{(x1, x2, x3)[j]}元 × {(n1, n2, n3)[j]}人 × 12个月 = {fm(T[j])}万元")
    labs = ['80—89周岁', '90—99周岁', '100周岁及以上']
    segs = [f"{l}老年人按每人每月{c.N(xx, '元')}标准发放，{c.N(nx, '人')}全年12个月共发放{c.N(t, '万元')}"
            for l, xx, nx, t in zip(labs, (x1, x2, x3), (n1, n2, n3), Ts)]
    c.P('；'.join(segs) + '。')
    c.trap('yuan_vs_wanyuan')
    c.P(f"高龄津贴按月发放，全年惠及老年人{c.N(nn, '人')}、累计发放{c.N(nn * 12, '人次')}，未发生漏发、错发情况。")
    c.trap('person_vs_visit')
    c.trap('zero_or_not_occurred')
    if c.fam != 'per_unit':
        Tt = sum(T)
        c.P(f"全年发放高龄津贴{c.N(fm(Tt), '万元')}由80—89周岁{c.N(fm(T[0]), '万元')}、90—99周岁{c.N(fm(T[1]), '万元')}"
            f"和100周岁及以上{c.N(fm(T[2]), '万元')}三部分组成。")
    lv = ['省级资金', '市级资金', '县级资金'] if c.lvl == 'county' else (['省级资金', '市级资金', '区县资金'] if c.lvl == 'city' else ['省级资金', '市县级资金'])
    F, E, tie = exec_pair(c, sum(T), 0.5)
    parts = split_money(c, F, level_shares(c, len(lv)))
    form = c.rng.choice(['fenbie', 'baokuo']) if c.fam == 'sum.breakdown' else c.rng.choice(['fenbie', 'baokuo', 'plain'])
    c.P(fund_sentence(c, '全年下达高龄津贴资金', list(zip(lv, parts)), form, True) + '。')
    if tie:
        c.trap('halfup_rounding')
    c.P(exec_sentence(c, '项目预算', F, E, allow_rate_slip=(c.fam == 'rate.ratio'), allow_bal_slip=True) + '。')
    c.H('三、绩效目标完成情况')
    n0 = int(nn / pr(c, '0.94', '1.04'))
    c.P(yoy_sentence(c, '享受高龄津贴人数', nn, n0, '人', 0, 'change' if c.fam == 'change' else None) + '。')
    c.P(c.rng.choice(FILL_MGMT))
    restate(c, 2, money_first=(c.fam == 'unit.magnitude'))
    c.H('四、存在的问题')
    c.P(c.rng.choice(FILL_PROBLEM))
    tail(c, 'mz')


def build_JY(c):
    """就业补助资金 (人社局)"""
    Y, s = c.year, c.scale
    head(c, 'rs', f"{Y}年度就业补助资金项目支出绩效自评报告")
    c.H('一、项目概况')
    c.P(f"根据《{c.prov}财政厅 {c.prov}人力资源和社会保障厅关于下达{Y}年就业补助资金的通知》（{c.finno(Y)}）"
        f"及《就业补助资金管理办法》有关规定，{c.me('rs')}对{Y}年就业补助资金开展绩效自评。")
    lv = levels_for(c)
    F = cents(c.rng, 1200 * s, 3200 * s)
    parts = split_money(c, F, level_shares(c, len(lv)))
    form = c.rng.choice(['fenbie', 'goucheng', 'plain'])
    c.P(fund_sentence(c, f"{Y}年共下达就业补助资金", list(zip(lv, parts)), form, False) + '。')
    g1 = Q(F * pr(c, '0.25', '0.35'), 2)
    g2 = Q(F * pr(c, '0.15', '0.25'), 2)
    c.P(f"资金主要用于支持高校毕业生就业创业{c.N(fm(g1), '万元')}、支持农民工返乡入乡创业{c.N(fm(g2), '万元')}等方面，"
        f"重点保障就业困难人员就业。")
    c.trap('nonexhaustive_qizhong')
    c.H('二、资金使用情况')
    Rs = [p for p in parts[:-1]] + [Q(parts[-1] * pr(c, '0.86', '0.97'), 2)]
    Es = [Q(r * pr(c, '0.9', '0.995'), 2) for r in Rs]
    R, E = sum(Rs), sum(Es)
    rows = [[l, fm(b), fm(r), fm(e), fr(prate(e, r, 2), 2) + '%'] for l, b, r, e in zip(lv, parts, Rs, Es)]
    if c.rng.random() < 0.5:
        rows.append(['上年结转资金', '0.00', '0.00', '0.00', '—'])
        c.trap('zero_or_not_occurred')
    rows.append(['合计', fm(F), fm(R), fm(E), fr(prate(E, R, 2), 2) + '%'])
    c.T(f"表1 {Y}年就业补助资金到位及支出情况（单位：万元）", ['资金来源', '预算数(A)', '到位数(B)', '支出数(C)', '执行率(C/B)'], rows)
    c.P(exec_sentence_daowei(c, '就业补助资金', F, R, E) + f"，{lv[-1]}未足额到位。")
    # composition of E
    x = c.rng.choice([1500, 1600, 1800, 1900, 2000, 2200])
    M = c.rng.choice([12, 12, 10, 11])
    k = int(E * pr(c, '0.12', '0.2') * 10000 / (x * M))
    e3 = Q(D(x) * k * M / 10000, 2)
    e1 = Q(E * pr(c, '0.28', '0.36'), 2)
    e2 = Q(E * pr(c, '0.2', '0.28'), 2)
    e4 = Q(E * pr(c, '0.05', '0.09'), 2)
    e5 = E - e1 - e2 - e3 - e4
    assert e5 > 0
    labs = ['职业培训补贴', '社会保险补贴', '公益性岗位补贴', '就业见习补贴', '创业补贴']
    vals = [fm(v) for v in (e1, e2, e3, e4, e5)]
    jj = c.rng.choice([1, 3, 4])
    vals[jj] = c.slip('sum.breakdown', vals[jj], '万元', c.srng.choice(['transpose', 'drop']),
                      f"{labs[jj]} is one of the 五项 making up 全年支出就业补助资金{fm(E)}万元")
    items = [f"{l}{c.N(v, '万元')}" for l, v in zip(labs, vals)]
    c.P(f"全年支出就业补助资金{c.N(fm(E), '万元')}，包括{'、'.join(items[:-1])}和{items[-1]}五项。")
    tp = c.rng.randint(1500 * s, 4000 * s)
    tv = int(tp * pr(c, '1.15', '1.4'))
    pt = Q(e1 * 10000 / tp, 2)
    pts = fr(pt, 2)
    pts = c.slip('per_unit', pts, '元', 'transpose', f"人均补贴 = {fm(e1)}万元 ÷ {tp}人 = {fr(pt, 2)}元")
    c.P(f"职业培训补贴{c.N(fm(e1), '万元')}用于补贴培训{c.N(tp, '人')}、{c.N(tv, '人次')}，人均补贴{c.N(pts, '元')}。"
        f"按每人每月{c.N(x, '元')}标准，为{c.N(k, '名')}公益性岗位人员发放岗位补贴{c.N(M, '个月')}，共计{c.N(fm(e3), '万元')}。")
    c.trap('person_vs_visit')
    c.trap('yuan_vs_wanyuan')
    c.H('三、绩效目标完成情况')
    J = c.rng.randint(3000 * s, 8000 * s)
    r1 = int(J * pr(c, '0.15', '0.25'))
    r2 = int(J * pr(c, '0.05', '0.1'))
    c.P(f"{Y}年{c.R}城镇新增就业{c.N(J, '人')}，其中帮助失业人员再就业{c.N(r1, '人')}、就业困难人员实现就业{c.N(r2, '人')}等。")
    c.fact(f"{Y}年{c.R}城镇新增就业", str(J), '人')
    J0 = int(J / pr(c, '0.94', '1.08'))
    c.P(yoy_sentence(c, '城镇新增就业人数', J, J0, '人', 0, 'change' if c.fam == 'change' else None) + '。')
    restate(c, 2, money_first=(c.fam == 'unit.magnitude'))
    c.H('四、存在问题及改进措施')
    c.P(c.rng.choice(FILL_PROBLEM))
    tail(c, 'rs')


def build_GW(c):
    """基本公共卫生服务 (卫健委)"""
    Y, s = c.year, c.scale
    head(c, 'wj', f"{Y}年度基本公共卫生服务补助资金绩效自评报告")
    c.H('一、项目基本情况')
    c.P(f"根据《关于做好{Y}年基本公共卫生服务工作的通知》（{c.docno('wj', Y)}）和资金下达文件（{c.finno(Y)}），"
        f"{c.R}持续实施国家基本公共卫生服务项目。")
    std = {2019: 69, 2020: 74, 2021: 79, 2022: 84, 2023: 89, 2024: 94, 2025: 99}[Y]
    Nn = c.rng.randint(250000 * s, 600000 * s)
    T = Q(D(std) * Nn / 10000, 2)
    c.P(f"{Y}年基本公共卫生服务经费人均补助标准为{c.N(std, '元')}，按辖区常住人口{c.N(Nn, '人')}测算，应安排补助资金{c.N(fm(T), '万元')}。")
    c.trap('yuan_vs_wanyuan')
    lv = levels_for(c)
    parts = split_money(c, T, level_shares(c, len(lv)))
    form = c.rng.choice(['fenbie', 'goucheng', 'baokuo']) if c.fam == 'sum.breakdown' else c.rng.choice(['fenbie', 'goucheng', 'plain'])
    c.P(fund_sentence(c, '实际到位基本公共卫生服务补助资金', list(zip(lv, parts)), form, True) + '。')
    c.H('二、资金使用情况')
    E = Q(T * pr(c, '0.93', '0.995'), 2)
    c.P(exec_sentence(c, '全年预算', T, E, allow_rate_slip=False, allow_bal_slip=True) + '。')
    c.H('三、绩效指标完成情况')
    sub = c.rng.choice(['m', 'k', 'h'])
    m = int(Nn * pr(c, '0.88', '0.96'))
    p1 = prate(m, Nn, 2)
    p1s = fr(p1, 2)
    if sub == 'm':
        p1s = c.slip('rate.ratio', p1s, '%', 'transpose', f"建档率 = {m}份 ÷ {Nn}人 = {fr(p1, 2)}%")
    c.P(f"辖区常住人口{c.N(Nn, '人')}，累计建立居民电子健康档案{c.N(m, '份')}，电子健康档案建档率{c.N(p1s, '%')}。")
    if c.rng.random() < 0.5:
        k, o = tie_pair(c.rng, int(Nn * 0.14), int(Nn * 0.19), '0.66', '0.78', 1)
        c.trap('halfup_rounding')
    else:
        o = int(Nn * pr(c, '0.14', '0.19'))
        k = int(o * pr(c, '0.66', '0.78'))
    p2 = prate(k, o, 1)
    p2s = fr(p2, 1)
    if sub == 'k':
        p2s = c.slip('rate.ratio', p2s, '%', 'transpose', f"老年人健康管理率 = {k}人 ÷ {o}人 = {fr(p2, 1)}%")
    c.P(f"辖区65岁及以上老年人{c.N(o, '人')}，接受健康管理{c.N(k, '人')}，老年人健康管理率{c.N(p2s, '%')}。")
    hp = int(Nn * pr(c, '0.06', '0.09'))
    hs = int(hp * pr(c, '0.64', '0.76'))
    p3 = prate(hs, hp, 2)
    p3s = fr(p3, 2)
    if sub == 'h':
        p3s = c.slip('rate.ratio', p3s, '%', 'transpose', f"高血压患者规范管理率 = {hs}人 ÷ {hp}人 = {fr(p3, 2)}%")
    c.P(f"在管高血压患者{c.N(hp, '人')}，其中规范管理{c.N(hs, '人')}，高血压患者规范管理率{c.N(p3s, '%')}。"
        f"全年辖区未发生突发公共卫生事件，相关处置指标不适用。")
    c.trap('zero_or_not_occurred')
    sg = int(Nn * pr(c, '0.3', '0.42'))
    sv = int(sg * pr(c, '1.5', '2.6'))
    c.P(f"{c.R}家庭医生签约服务覆盖重点人群，签约居民{c.N(sg, '人')}，全年提供签约履约服务{c.N(sv, '人次')}。")
    c.trap('person_vs_visit')
    k0 = int(k / pr(c, '0.95', '1.07'))
    c.P(yoy_sentence(c, '老年人健康管理人数', k, k0, '人', 0, 'change' if c.fam == 'change' else None) + '。')
    c.fact('接受健康管理', str(k), '人')
    sat = D(c.rng.randint(880, 970)) / 10
    rows = [['居民电子健康档案建档率', '≥90%', f"{fr(p1, 2)}%"] if c.fam != 'rate.ratio' else ['居民电子健康档案动态使用', '≥60%', '达标'],
            ['老年人健康管理率', '≥65%', f"{fr(p2, 1)}%"] if c.fam != 'rate.ratio' else ['老年人健康体检覆盖', '持续开展', '已完成'],
            ['突发公共卫生事件报告及时率', '100%', '未发生'], ['居民满意度', '≥85%', f"{sat}%"]]
    c.T(f"表1 {Y}年基本公共卫生服务主要绩效指标", ['三级指标', '年度指标值', '实际完成值'], rows,
        style=c.rng.choice(['tab', 'pipe', 'space']))
    restate(c, 2, money_first=(c.fam == 'unit.magnitude'))
    c.H('四、存在的问题及改进措施')
    c.P(c.rng.choice(FILL_PROBLEM))
    tail(c, 'wj')


def build_JJ(c):
    """部门整体支出 / 医保基金运行 (医保局)"""
    Y, s = c.year, c.scale
    head(c, 'yb', f"{Y}年度部门整体支出绩效自评报告")
    c.H('一、部门基本情况')
    c.P(f"{c.org('yb')}主要负责{c.R}医疗保障政策的组织实施和基金监督管理。按照《关于开展{Y}年度部门整体支出绩效自评工作的通知》"
        f"（{c.finno(Y + 1)}）要求，现将自评情况报告如下。")
    B = cents(c.rng, 300 * s, 900 * s)
    E = Q(B * pr(c, '0.93', '0.998'), 2)
    c.P(exec_sentence(c, '部门预算', B, E, allow_rate_slip=False, allow_bal_slip=False) + '。')
    c.H('二、医保基金运行情况')
    Ze = c.rng.randint(40000 * s, 90000 * s)
    Zr = c.rng.randint(200000 * s, 420000 * s)
    Ie = Q(Ze * cents(c.rng, 4000, 7000) / 10000, 2)
    Ae = Q(Ie * pr(c, '0.6', '1.5'), 2)
    Oe = Q(Ie * pr(c, '0.82', '0.96'), 2)
    Ir = Q(Zr * cents(c.rng, 850, 1100) / 10000, 2)
    Ar = Q(Ir * pr(c, '0.3', '0.7'), 2)
    neg = c.rng.random() < 0.5
    Or = Q(Ir * (pr(c, '1.01', '1.05') if neg else pr(c, '0.9', '0.985')), 2)
    De, Dr = Ie - Oe, Ir - Or
    Ee, Er = Ae + De, Ar + Dr
    rows = [['职工医保', fm(Ae), fm(Ie), fm(Oe), fm(De), fm(Ee)], ['城乡居民医保', fm(Ar), fm(Ir), fm(Or), fm(Dr), fm(Er)],
            ['合计', fm(Ae + Ar), fm(Ie + Ir), fm(Oe + Or), fm(De + Dr), fm(Ee + Er)]]
    c.T(f"表1 {Y}年基本医疗保险基金收支情况（单位：万元）", ['险种', '年初累计结余', '基金收入', '基金支出', '当期结余', '年末累计结余'], rows)
    c.trap('cumulative_vs_current')
    Ies = c.slip('table.text', fm(Ie), '万元', 'transpose', '职工医保基金收入 restated from 表1')
    c.P(f"职工医保基金收入{c.N(Ies, '万元')}，职工医保基金支出{c.N(fm(Oe), '万元')}，基金运行平稳。")
    mths = Q(Er * 12 / Or, 1)
    txt = f"城乡居民医保年末累计结余{c.N(fm(Er), '万元')}，按当年基金支出{c.N(fm(Or), '万元')}计算可支付{c.N(fr(mths, 1), '个月')}"
    if Dr < 0:
        txt += f"；当年城乡居民医保当期收不抵支{c.N(fm(-Dr), '万元')}，主要是住院人次增加所致"
    c.P(txt + '。')
    # insured persons
    zz = int(Zr * pr(c, '0.04', '0.09'))
    Zt = Ze + Zr
    if c.fam == 'count.mismatch':
        Zes = c.slip('count.mismatch', str(Ze), '人', 'transpose', f"职工医保参保人数; {Zt}人 must equal {Ze} + {Zr}")
        c.P(f"{c.R}基本医疗保险参保{c.N(Zt, '人')}，其中职工医保、城乡居民医保分别为{c.N(Zes, '人')}、{c.N(Zr, '人')}。")
    else:
        c.P(f"{c.R}基本医疗保险参保{c.N(Zt, '人')}，其中职工医保{c.N(Ze, '人')}、城乡居民医保{c.N(Zr, '人')}（含资助参保{c.N(zz, '人')}）。")
        c.trap('parenthetical_subpart')
    c.fact(f"{c.R}基本医疗保险参保", str(Zt), '人')
    over = c.rng.random() < 0.6
    H = int(Zt / pr(c, '1.01', '1.04')) if over else int(Zt / pr(c, '0.93', '0.99'))
    q = prate(Zt, H, 2)
    txt = f"{c.R}户籍人口{c.N(H, '人')}，基本医疗保险参保{c.N(Zt, '人')}，按户籍人口计算的参保率为{c.N(fr(q, 2), '%')}"
    if q > 100:
        txt += '，超过100%系外来务工人员及在校学生在本地参保所致'
        c.trap('over100_coverage')
    c.P(txt + '。')
    # visits, share
    oi = Q(Or * pr(c, '0.62', '0.78'), 2)
    C = Q(oi / pr(c, '0.55', '0.7'), 2)
    n = int(C * 10000 / cents(c.rng, 5000, 9000))
    cc = Q(C * 10000 / n, 2)
    ccs = c.slip('per_unit', fr(cc, 2), '元', 'transpose', f"次均住院费用 = {fm(C)}万元 ÷ {n}人次 = {fr(cc, 2)}元")
    v2 = c.rng.randint(200000 * s, 500000 * s)
    nt = n + int(n * pr(c, '0.3', '0.6'))
    Vp = int((nt + v2) * pr(c, '0.35', '0.55'))
    c.P(f"全年{c.N(Vp, '人')}享受基本医保待遇，累计{c.N(nt + v2, '人次')}，其中住院{c.N(nt, '人次')}、门诊{c.N(v2, '人次')}。"
        f"城乡居民医保住院{c.N(n, '人次')}，住院总费用{c.N(fm(C), '万元')}，次均住院费用{c.N(ccs, '元')}。")
    c.trap('person_vs_visit')
    sh = prate(oi, Or, 2)
    shs = c.slip('rate.ratio', fr(sh, 2), '%', 'transpose', f"占比 = {fm(oi)} ÷ {fm(Or)} = {fr(sh, 2)}%")
    c.P(f"城乡居民医保基金支出{c.N(fm(Or), '万元')}，其中住院支出{c.N(fm(oi), '万元')}，占城乡居民医保基金支出的{c.N(shs, '%')}。")
    Zt0 = int(Zt / pr(c, '0.97', '1.03'))
    c.P(yoy_sentence(c, '基本医疗保险参保人数', Zt, Zt0, '人', 0, 'change' if c.fam == 'change' else None) + '。')
    restate(c, 2, money_first=(c.fam == 'unit.magnitude'))
    c.H('三、存在问题及改进措施')
    c.P(c.rng.choice(FILL_PROBLEM))
    tail(c, 'yb')


BUILDERS = {'MA': build_MA, 'MI': build_MI, 'TK': build_TK, 'DB': build_DB, 'CJ': build_CJ,
            'GL': build_GL, 'JY': build_JY, 'GW': build_GW, 'JJ': build_JJ}

SLIP_PLAN = [
    ('sum.breakdown', 'JY'), ('sum.breakdown', 'MA'),
    ('rate.ratio', 'MI'), ('rate.ratio', 'DB'), ('rate.ratio', 'GW'),
    ('balance.carryover', 'MI'), ('balance.carryover', 'TK'),
    ('per_unit', 'MA'), ('per_unit', 'GL'), ('per_unit', 'JJ'),
    ('change', 'CJ'), ('change', 'GW'),
    ('fact.conflict', 'TK'), ('fact.conflict', 'JY'),
    ('unit.magnitude', 'GL'), ('unit.magnitude', 'DB'),
    ('count.mismatch', 'CJ'), ('count.mismatch', 'MA'),
    ('table.text', 'JJ'), ('table.text', 'DB'),
]
CLEAN_PLAN = ['MA', 'MA', 'MI', 'MI', 'MI', 'TK', 'TK', 'DB', 'DB', 'CJ', 'CJ', 'GL', 'GL',
              'JY', 'JY', 'GW', 'GW', 'GW', 'JJ', 'JJ']


def make_plan():
    rng = random.Random(SEED)
    items = [(f, k) for f, k in SLIP_PLAN] + [(None, k) for k in CLEAN_PLAN]
    rng.shuffle(items)
    provs = list(range(len(PROVS)))
    rng.shuffle(provs)
    plan = []
    for i, (fam, kind) in enumerate(items):
        did = i + 1
        lvl = rng.choices(['county', 'city', 'province'], [5, 3, 2])[0]
        year = rng.randint(2019, 2025)
        plan.append((did, fam, kind, lvl, provs[i % len(provs)], year))
    return plan


# ---------------------------------------------------------------- rendering
def is_break_ok(a, b):
    bad = set('0123456789.,%-—')
    return a not in bad and b not in bad and b not in '，。；、）：' and a not in '（《“'


def wrap_text(t, w):
    if not w or len(t) <= w:
        return [t]
    out, cur = [], ''
    for i, ch in enumerate(t):
        cur += ch
        if len(cur) >= w and i + 1 < len(t) and is_break_ok(ch, t[i + 1]):
            out.append(cur)
            cur = ''
    if cur:
        out.append(cur)
    return out


def render_table(caption, header, rows, style):
    lines = [caption]
    allr = [header] + rows
    if style == 'tab':
        lines += ['\t'.join(r) for r in allr]
    elif style == 'pipe':
        lines.append('| ' + ' | '.join(header) + ' |')
        lines.append('|' + '|'.join(['---'] * len(header)) + '|')
        lines += ['| ' + ' | '.join(r) + ' |' for r in rows]
    elif style == 'space':
        widths = [max(len(r[j]) for r in allr) for j in range(len(header))]
        for r in allr:
            lines.append(''.join(cell + ' ' * (widths[j] - len(cell) + (3 if j % 2 else 2)) for j, cell in enumerate(r)).rstrip())
    else:
        for r in allr:
            lines += list(r)
    return lines


def render(c, wrap, nocell=False):
    blocks = []
    ncell = 0
    for kind, x in c.paras:
        if kind == 'p':
            blocks.append(wrap_text(x, wrap))
        elif kind == 'h':
            blocks.append([x])
        else:
            cap, hd, rows, style = x
            if style == 'cell':
                ncell += 1
                if nocell or ncell > 1:
                    style = 'tab' if (c.did % 2) else 'space'
            blocks.append(render_table(cap, hd, rows, style))
    return '\n\n'.join('\n'.join(b) for b in blocks) + '\n'


def build(entry, apply):
    did, fam, kind, lvl, pidx, year = entry
    c = Ctx(did, kind, fam, apply, lvl, pidx, year)
    BUILDERS[kind](c)
    if fam:
        assert c.detail, (did, fam, kind)
    return c


def document(entry, apply):
    c = build(entry, apply)
    c0 = build(entry, False) if entry[1] else c   # layout decided on the slip-free text
    for wrap, nocell in ((c.wrap, False), (0, False), (c.wrap, True), (0, True)):
        n0 = render(c0, wrap, nocell).count('\n')
        n1 = render(c, wrap, nocell).count('\n')
        if max(n0, n1) <= 60:
            break
    else:
        raise RuntimeError(f"doc {entry[0]} too long")
    text = render(c, wrap, nocell)
    nlines = text.count('\n')
    assert 15 <= nlines <= 60, (entry[0], nlines)
    return c, text


TRAP_TEXT = {
    'person_vs_visit': '人 vs 人次 counts of the same people (not a conflict)',
    'household_vs_person': '户 vs 人 counts of the same households',
    'dual_count_zizhu': '资助参保 counted as 救助人次 in 表1 and as 参保人数 in prose',
    'over100_coverage': '参保率 over 户籍人口 exceeds 100%',
    'midyear_standard': 'standard changed mid-year (1—6月 / 7—12月)',
    'yuan_vs_wanyuan': 'per-head figures in 元 beside totals in 万元',
    'cumulative_vs_current': '累计结余 vs 当期结余 (incl. negative 当期 / 收不抵支)',
    'halfup_rounding': 'a rate whose exact value is a rounding tie, rounded half-up',
    'nonexhaustive_qizhong': 'non-exhaustive 主要用于…等 / 其中…等 (parts < total)',
    'zero_or_not_occurred': 'a 0 / 未发生 row or item',
    'parenthetical_subpart': '（含…）subpart not to be added to the breakdown',
}


def main():
    args = sys.argv[1:]
    plan = make_plan()
    if args and args[0] == '--twins':
        out = args[1]
        os.makedirs(out, exist_ok=True)
        for entry in plan:
            if entry[1]:
                _, text = document(entry, False)
                with open(os.path.join(out, f"t{entry[0]:02d}.txt"), 'w', encoding='utf-8') as f:
                    f.write(text)
        return
    rows = []
    for entry in plan:
        did, fam, kind, lvl, pidx, year = entry
        c, text = document(entry, True)
        with open(os.path.join(HERE, f"t{did:02d}.txt"), 'w', encoding='utf-8') as f:
            f.write(text)
        if fam:
            rows.append((f"t{did:02d}", fam, c.detail))
        else:
            rows.append((f"t{did:02d}", 'clean', 'traps: ' + '; '.join(TRAP_TEXT[t] for t in c.traps)))
    with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\texpected\tdetail\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


if __name__ == '__main__':
    main()
