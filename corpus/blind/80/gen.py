#!/usr/bin/env python3
"""gen.py -- writes the blind80 test set (year-comparison financial documents).

Usage:
    python3 gen.py               # writes t01.txt..t40.txt and expect.tsv next to this file
    python3 gen.py --twins DIR   # also (only) writes, into DIR, every slip document rebuilt
                                 # without its slip (same random draws)

Python 3 standard library only.  Fixed seed, deterministic.  All money, rates and
scores are decimal.Decimal values rounded half-up; floats are used only as
probabilities for random choices.
"""
import os
import random
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 50
SEED = 8020240
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------
# numbers
# ----------------------------------------------------------------------------
def q(x, nd=2):
    v = x.quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    if v == 0:
        v = abs(v)
    return v


def pct(a, b, nd):
    return q(a * 100 / b, nd)


def fm(v, th=False):
    """money text, 2 decimals, optional thousands separators"""
    return format(q(v, 2), ',.2f' if th else '.2f')


def fr(v):
    """signed rate text for a table column"""
    return str(v)


def fa(v):
    """unsigned text (prose writes the sign as a word)"""
    return str(abs(v))


def score(lo, hi):
    """an evaluation score with one decimal (e.g. 92.0)"""
    return format(q(D(rng.randint(lo, hi)) / 10, 1), '.1f')


def dispw(s):
    return sum(2 if ord(c) > 0x2e7f else 1 for c in s)


def pad(s, w, right=False):
    n = w - dispw(s)
    if n <= 0:
        return s
    return (' ' * n + s) if right else (s + ' ' * n)


# ----------------------------------------------------------------------------
# document model: paragraphs made of tokens; numbers are Slots so that one
# figure can be overridden (the slip) while everything else renders the same.
# ----------------------------------------------------------------------------
class Slot:
    def __init__(self, text):
        self.text = text


def tx(tok, ov):
    if isinstance(tok, Slot):
        return ov.get(id(tok), tok.text)
    return tok


class Lines:
    def __init__(self, lines):
        self.lines = lines

    def render(self, ov):
        return '\n'.join(self.lines)


class Prose:
    def __init__(self, toks, wrap=0):
        self.toks = toks
        self.wrap = wrap

    def render(self, ov):
        s = ''.join(tx(t, ov) for t in self.toks)
        if not self.wrap:
            return s
        # hard wrap like a PDF extraction: break only between two CJK characters
        out, cur = [], ''
        for i, c in enumerate(s):
            cur += c
            nxt = s[i + 1] if i + 1 < len(s) else ''
            if (len(cur) >= self.wrap and ord(c) > 0x2e7f and nxt and ord(nxt) > 0x2e7f
                    and c not in '（“' and nxt not in '）”，。；：、'
                    and not (c in '万亿' and nxt == '元')):
                out.append(cur)
                cur = ''
        if cur:
            out.append(cur)
        return '\n'.join(out)


class Table:
    """layout: tab | space | pipe | cell"""

    def __init__(self, caption, headers, layout, header2=None, th=False,
                 split_after=None, pagemark=None, cont='（续表）'):
        self.caption = caption
        self.headers = headers
        self.header2 = header2
        self.layout = layout
        self.th = th
        self.rows = []
        self.split_after = split_after
        self.pagemark = pagemark
        self.cont = cont

    def row(self, label, texts):
        slots = [Slot(t) for t in texts]
        self.rows.append((label, slots))
        return slots

    def _hdr_lines(self, widths):
        hs = [self.headers] + ([self.header2] if self.header2 else [])
        out = []
        for h in hs:
            if self.layout == 'tab':
                out.append('\t'.join(h))
            elif self.layout == 'pipe':
                out.append('| ' + ' | '.join(h) + ' |')
            elif self.layout == 'space':
                out.append(self._spaced(h, widths))
        if self.layout == 'pipe':
            out.append('|' + '|'.join(['------'] * len(self.headers)) + '|')
        return out

    def _spaced(self, cells, widths):
        parts = []
        for i, c in enumerate(cells):
            if i == 0:
                parts.append(pad(c, widths[0]))
            else:
                parts.append(pad(c, widths[i], right=True))
        return '  '.join(parts).rstrip()

    def _row_line(self, label, cells, widths):
        allc = [label] + cells
        if self.layout == 'tab':
            return ['\t'.join(allc)]
        if self.layout == 'pipe':
            return ['| ' + ' | '.join(allc) + ' |']
        if self.layout == 'space':
            return [self._spaced(allc, widths)]
        return allc  # one cell per line

    def render(self, ov):
        n = len(self.headers)
        widths = [0] * n
        for h in [self.headers] + ([self.header2] if self.header2 else []):
            for i, c in enumerate(h):
                widths[i] = max(widths[i], dispw(c))
        for label, slots in self.rows:
            widths[0] = max(widths[0], dispw(label))
            for i, s in enumerate(slots):
                widths[i + 1] = max(widths[i + 1], dispw(s.text))
        widths = [w + 2 for w in widths]
        if self.layout == 'cell':
            hl = list(self.headers)
        else:
            hl = self._hdr_lines(widths)
        body = []
        parts = []
        for k, (label, slots) in enumerate(self.rows):
            body.extend(self._row_line(label, [tx(s, ov) for s in slots], widths))
            if self.split_after is not None and k + 1 == self.split_after:
                parts.append(body)
                body = []
        parts.append(body)
        first = '\n'.join(self.caption + hl + parts[0])
        if len(parts) == 1:
            return first
        second = '\n'.join(([self.cont] if self.cont else []) + hl + parts[1])
        return first + '\n\n' + self.pagemark + '\n\n' + second


class Doc:
    def __init__(self, did):
        self.did = did
        self.paras = []
        self.cands = {}
        self.traps = []

    def add(self, p):
        self.paras.append(p)
        return p

    def lines(self, *ls):
        return self.add(Lines(list(ls)))

    def prose(self, *toks, wrap=0):
        return self.add(Prose(list(toks), wrap))

    def cand(self, fam, slot, where, kind='money', check=None, loc='prose'):
        self.cands.setdefault(fam, []).append(dict(slot=slot, where=where, kind=kind,
                                                   check=check, loc=loc))

    def trap(self, name):
        if name not in self.traps:
            self.traps.append(name)

    def render(self, ov=None):
        ov = ov or {}
        return '\n\n'.join(p.render(ov) for p in self.paras) + '\n'


def S(text):
    return Slot(text)


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
rng = random.Random(SEED)


def money(lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def chance(p):
    return rng.random() < p


def pick(seq):
    return seq[rng.randrange(len(seq))]


def fac(a, b, den):
    """a random factor between a/den and b/den with five decimals"""
    return D(rng.randint(a * 100000 // den, b * 100000 // den)) / 100000


def grow(v, lo, hi):
    """v * (1+g) for a random g (five decimals), to cents"""
    g = D(rng.randint(int(D(lo) * 100000), int(D(hi) * 100000))) / 100000
    return q(v * (1 + g))


def halfup_pair(nd, lo, hi):
    """(prev, cur) with (cur-prev)/prev*100 exactly on a rounding half at nd decimals"""
    # nd=2: prev = 32k cents, diff = j*k cents -> rate = 3.125*j %   (j odd)
    # nd=1: prev = 16k cents, diff = j*k cents -> rate = 6.25*j %    (j odd)
    base = 32 if nd == 2 else 16
    while True:
        k = rng.randint(int(lo * 100) // base, int(hi * 100) // base)
        j = pick([1, 3, 5, 7]) if nd == 2 else pick([1, 3])
        prev = D(base * k) / 100
        cur = prev + D(j * k) / 100
        r = (cur - prev) * 100 / prev * (10 ** nd)
        if r % 1 == D('0.5'):
            return prev, cur


def halfup_ratio(nd, lo, hi, jlo, jhi):
    """(den, num) with num/den*100 exactly on a rounding half at nd decimals"""
    base = 32 if nd == 2 else 16
    step = D('3.125') if nd == 2 else D('6.25')
    while True:
        k = rng.randint(int(lo * 100) // base, int(hi * 100) // base)
        j = rng.randint(jlo, jhi)
        if j % 2 == 0:
            continue
        den = D(base * k) / 100
        num = D(j * k) / 100
        r = num * 100 / den * (10 ** nd)
        if r % 1 == D('0.5'):
            return den, num


# ----------------------------------------------------------------------------
# places, units
# ----------------------------------------------------------------------------
PROVS = [('湖北', '鄂'), ('湖南', '湘'), ('广东', '粤'), ('河北', '冀'), ('甘肃', '甘'),
         ('四川', '川'), ('河南', '豫'), ('江西', '赣'), ('安徽', '皖'), ('浙江', '浙'),
         ('江苏', '苏'), ('山东', '鲁'), ('陕西', '陕'), ('云南', '云'), ('贵州', '黔'),
         ('广西', '桂'), ('福建', '闽'), ('山西', '晋')]
SYL1 = '青云松桐柳梅石安永丰宁平清兴华泉临双白凤'
SYL2 = '川溪河山阳林江源城台岭谷湖坪'
DEPT = {
    '财政': ('财政局', '财政厅', '财预'),
    '教育': ('教育局', '教育厅', '财教'),
    '卫健': ('卫生健康局', '卫生健康委员会', '财社'),
    '农业农村': ('农业农村局', '农业农村厅', '财农'),
    '交通': ('交通运输局', '交通运输厅', '财建'),
    '水利': ('水利局', '水利厅', '财农'),
    '住建': ('住房和城乡建设局', '住房和城乡建设厅', '财建'),
    '文旅': ('文化和旅游局', '文化和旅游厅', '财文'),
    '市场监管': ('市场监督管理局', '市场监督管理局', '财行'),
    '医保': ('医疗保障局', '医疗保障局', '财社'),
    '民政': ('民政局', '民政厅', '财社'),
    '自然资源': ('自然资源局', '自然资源厅', '财资环'),
    '乡镇': ('镇人民政府', '街道办事处', '财预'),
}
PERSONS = ['王建国', '李秀芳', '张卫东', '刘海燕', '陈志强', '杨丽华', '赵明', '黄晓军', '周红梅', '吴立新']
used_names = set()


def placename(suffix):
    while True:
        n = pick(SYL1) + pick(SYL2)
        if n not in used_names:
            used_names.add(n)
            return n + suffix


class Ctx:
    pass


def make_ctx(spec, pidx):
    cx = Ctx()
    cx.sector = spec['sector']
    cx.level = spec['level']
    cx.year = spec['year']
    cx.prov, cx.abbr = PROVS[pidx % len(PROVS)]
    cx.provfull = '广西壮族自治区' if cx.prov == '广西' else cx.prov + '省'
    city = placename('市')
    dept_c, dept_p, fileprefix = DEPT[cx.sector]
    cx.fileprefix = cx.abbr + fileprefix
    if cx.sector == '乡镇':
        if spec.get('street'):
            town = placename('街道')
            county = placename('区')
            cx.unit = county + town + '办事处'
            cx.town = town
        else:
            town = placename('镇')
            county = placename('县')
            cx.unit = county + town + '人民政府'
            cx.town = town
        cx.region = town
        cx.top = cx.provfull + city
        cx.scale = D('0.3')
        cx.quan = '全镇' if town.endswith('镇') else '全街道'
    elif cx.level == 'province':
        cx.unit = cx.provfull + dept_p
        cx.region = cx.provfull
        cx.top = ''
        cx.scale = D(12)
        cx.quan = '全省'
    elif cx.level == 'city':
        cx.unit = city + dept_c
        cx.region = city
        cx.top = cx.provfull
        cx.scale = D(3)
        cx.quan = '全市'
    else:
        suf = pick(['县', '县', '区'])
        county = placename(suf)
        cx.unit = county + dept_c
        cx.region = county
        cx.top = cx.provfull + city
        cx.scale = D(1)
        cx.quan = '全' + suf
    cx.nd = spec.get('nd', 2)
    cx.wrap = spec.get('wrap', 0)
    cx.traps = spec.get('traps', [])
    cx.layout = spec.get('layout', 'tab')
    cx.docno = '%s〔%d〕%d号' % (cx.fileprefix, cx.year - 1 if chance(0.5) else cx.year, rng.randint(2, 260))
    return cx


def sc(cx, v):
    return q(v * cx.scale)


def incw(d):
    return '增加' if d >= 0 else '减少'


def ratew(r):
    return '增长' if r >= 0 else '下降'


def srate(prev, cur, nd):
    """signed rate text for a table, or a no-rate marker when prev is 0"""
    if prev == 0:
        return None
    return pct(cur - prev, prev, nd)


# ----------------------------------------------------------------------------
# generic table builder
# ----------------------------------------------------------------------------
def build_table(caption, heads, cols, rows, layout, header2=None, th=False,
                split_after=None, pagemark=None, nomark='—', nd=2, snd=2, totals=None,
                cont='（续表）'):
    """rows: list of dicts with 'label' and values; cols: role specs
       v:key | diff:a:b | rate:a:b | compl:a:b | share:key
       returns (Table, {label: {col: Slot}})"""
    t = Table(caption, heads, layout, header2=header2, th=th, split_after=split_after,
              pagemark=pagemark, cont=cont)
    out = {}
    for r in rows:
        texts = []
        for c in cols:
            p = c.split(':')
            if p[0] == 'v':
                texts.append(fm(r[p[1]], th))
            elif p[0] == 'diff':
                texts.append(fm(r[p[1]] - r[p[2]], th))
            elif p[0] == 'rate':
                if r[p[2]] == 0:
                    texts.append(r.get('nomark', nomark))
                else:
                    texts.append(fr(pct(r[p[1]] - r[p[2]], r[p[2]], nd)))
            elif p[0] == 'compl':
                if r[p[2]] == 0:
                    texts.append(r.get('nomark', nomark))
                else:
                    texts.append(fr(pct(r[p[1]], r[p[2]], nd)))
            elif p[0] == 'share':
                texts.append(fr(pct(r[p[1]], totals[p[1]], snd)))
            else:
                raise ValueError(c)
        slots = t.row(r['label'], texts)
        out[r['key']] = dict(zip(cols, slots))
    return t, out


def layout_pagemark(k):
    return pick(['- %d -' % k, '—— 第 %d 页 ——' % k, '第%d页' % k, '-%d-' % k])


# ----------------------------------------------------------------------------
# validators for slips
# ----------------------------------------------------------------------------
def keep_rate(prev, nd, printed):
    """a changed 增减额 d' must still give the printed rate at its precision"""
    def ok(newtext, sign=1):
        d2 = D(newtext.replace(',', '')) * sign
        if printed is None:
            return True
        return pct(d2, prev, nd) == printed
    return ok


# ----------------------------------------------------------------------------
# Template A: 部门决算 收入/支出对比 (上年决算数 | 本年决算数 | 增减额 | 增减率)
# ----------------------------------------------------------------------------
def t_A(doc, cx):
    Y, nd, tr = cx.year, cx.nd, cx.traps
    s = cx.scale
    # income
    fin_prev = sc(cx, money(800, 2400))
    fin_cur = grow(fin_prev, '-0.08', '0.18')
    sup_prev = D(0) if 'zero' in tr else sc(cx, money(20, 150))
    sup_cur = sc(cx, money(30, 180))
    if 'halfup' in tr:
        biz_prev, biz_cur = halfup_pair(nd, 60 * s, 300 * s)
    else:
        biz_prev = sc(cx, money(60, 300))
        biz_cur = grow(biz_prev, '-0.2', '0.3')
    oth_prev = sc(cx, money(5, 40))
    oth_cur = grow(oth_prev, '1.05', '1.7') if 'double' in tr else grow(oth_prev, '-0.3', '0.6')
    inc = [dict(key='fin', label='财政拨款收入', prev=fin_prev, cur=fin_cur),
           dict(key='sup', label='上级补助收入', prev=sup_prev, cur=sup_cur,
                nomark=pick(['—', '不适用'])),
           dict(key='biz', label='事业收入', prev=biz_prev, cur=biz_cur),
           dict(key='oth', label='其他收入', prev=oth_prev, cur=oth_cur)]
    I_prev = sum(r['prev'] for r in inc)
    I = sum(r['cur'] for r in inc)
    inc.append(dict(key='tot', label='收入合计', prev=I_prev, cur=I))
    # expenditure
    per_prev = sc(cx, money(500, 1500))
    per_cur = grow(per_prev, '-0.03', '0.12')
    pub_prev = sc(cx, money(60, 260))
    pub_cur = grow(pub_prev, '-0.15', '0.15')
    pro_prev = sc(cx, money(300, 1200))
    pro_cur = grow(pro_prev, '-0.35', '-0.05') if 'fall' in tr else grow(pro_prev, '0.02', '0.4')
    bas_prev, bas_cur = per_prev + pub_prev, per_cur + pub_cur
    E_prev = bas_prev + pro_prev
    E = bas_cur + pro_cur
    B0 = sc(cx, money(40, 300))
    if B0 + I - E < 10 * s:
        B0 = q(B0 + (E - I))
    B1 = B0 + I - E

    doc.lines(cx.top + cx.unit, '%d年度部门决算公开说明' % Y)
    doc.lines('一、收入支出决算总体情况')
    p1 = doc.prose('%d年度本年收入合计' % Y, S(fm(I)), '万元，本年支出合计', S(fm(E)),
                   '万元，年初结转和结余', S(fm(B0)), '万元，年末结转和结余',
                   b1 := S(fm(B1)), '万元。', wrap=cx.wrap)
    doc.cand('balance.carryover', b1, "总体情况段 '年末结转和结余%s万元'" % fm(B1),
             loc='prose')
    doc.lines('二、收入决算情况')
    lay1 = cx.layout
    t1, c1 = build_table(['表1  %d年度收入决算对比表' % Y, '单位：万元'],
                         ['项目', '上年决算数', '本年决算数', '增减额', '增减率（%）'],
                         ['v:prev', 'v:cur', 'diff:cur:prev', 'rate:cur:prev'], inc, lay1,
                         nd=nd, th=cx.th)
    doc.add(t1)
    if 'zero' in tr:
        doc.trap("zero.base: 表1 上级补助收入 上年决算数0.00, 增减率 '%s'" % c1['sup']['rate:cur:prev'].text)
    if 'double' in tr:
        doc.trap("rate>100: 表1 其他收入 增减率 %s" % c1['oth']['rate:cur:prev'].text)
    if 'halfup' in tr:
        doc.trap("half.up: 表1 事业收入 增减率 exact %s%% printed %s" % (
            (biz_cur - biz_prev) * 100 / biz_prev, c1['biz']['rate:cur:prev'].text))
    doc.cand('rate.ratio', c1['biz']['rate:cur:prev'], "表1 事业收入 增减率", kind='rate',
             loc='table')
    dI = I - I_prev
    rI = pct(dI, I_prev, nd)
    toks = ['%d年度收入合计' % Y, S(fm(I)), '万元，比上年', incw(dI), S(fm(abs(dI))), '万元，',
            ratew(rI), S(fa(rI)), '%。其中：财政拨款收入', S(fm(fin_cur)), '万元，占收入合计的',
            S(fa(pct(fin_cur, I, 2))), '%；上级补助收入', S(fm(sup_cur)), '万元，']
    if sup_prev == 0:
        toks += ['上年无此项收入；']
    else:
        d = sup_cur - sup_prev
        toks += ['比上年', incw(d), S(fm(abs(d))), '万元；']
    d = biz_cur - biz_prev
    toks += ['事业收入', S(fm(biz_cur)), '万元，比上年', incw(d), S(fm(abs(d))), '万元；其他收入',
             S(fm(oth_cur)), '万元，比上年']
    r = pct(oth_cur - oth_prev, oth_prev, nd)
    toks += [ratew(r), S(fa(r)), '%']
    if 'double' in tr:
        toks += ['，主要是收到的捐赠及利息收入增加']
    toks += ['。']
    doc.prose(*toks, wrap=cx.wrap)
    doc.lines('三、支出决算情况')
    exp = [dict(key='tot', label='支出合计', prev=E_prev, cur=E),
           dict(key='bas', label=pick(['基本支出', '基本支出小计']), prev=bas_prev, cur=bas_cur),
           dict(key='per', label='　其中：人员经费', prev=per_prev, cur=per_cur),
           dict(key='pub', label='　　　　公用经费', prev=pub_prev, cur=pub_cur),
           dict(key='pro', label='项目支出', prev=pro_prev, cur=pro_cur)]
    if chance(0.5):
        exp = exp[1:] + exp[:1]
    lay2 = cx.layout2
    t2, c2 = build_table(['表2  %d年度支出决算对比表' % Y],
                         ['项目', '上年决算数（万元）', '本年决算数（万元）', '增减额（万元）',
                          '增减率（%）'],
                         ['v:prev', 'v:cur', 'diff:cur:prev', 'rate:cur:prev'], exp, lay2, nd=nd)
    doc.add(t2)
    doc.cand('rate.ratio', c2['per']['rate:cur:prev'], "表2 人员经费 增减率", kind='rate',
             loc='table')
    if 'fall' in tr:
        doc.trap("fall.written: 表2 项目支出 增减率 %s, prose '下降%s%%'" % (
            c2['pro']['rate:cur:prev'].text, c2['pro']['rate:cur:prev'].text.lstrip('-')))
    if 'other' in tr:
        doc.trap("other.year: prose restates 上年支出合计决算数 %s" % fm(E_prev))
    dE = E - E_prev
    rE = pct(dE, E_prev, nd)
    dp = pro_cur - pro_prev
    rp = pct(dp, pro_prev, nd)
    toks = ['%d年度支出合计' % Y, S(fm(E)), '万元，比上年', incw(dE), S(fm(abs(dE))), '万元，',
            ratew(rE), S(fa(rE)), '%。其中：基本支出', S(fm(bas_cur)), '万元，占支出合计的',
            S(fa(pct(bas_cur, E, 2))), '%；项目支出', S(fm(pro_cur)), '万元，比上年', incw(dp),
            S(fm(abs(dp))), '万元，', ratew(rp), S(fa(rp)), '%']
    if 'fall' in tr:
        toks += ['，主要是部分建设项目完工后支出减少']
    toks += ['。']
    doc.prose(*toks, wrap=cx.wrap)
    pubs, pu = S(fm(pub_cur)), S('万元')
    doc.prose('公用经费决算', pubs, pu, '，主要用于办公费、水电费、差旅费、维修（护）费等日常运转支出。')
    doc.cand('table.text', pubs, "公用经费段 '公用经费决算%s万元'（表2 公用经费 本年决算数）"
             % fm(pub_cur))
    doc.cand('unit.magnitude', pu, "公用经费段 '公用经费决算%s万元'（表2 公用经费 本年决算数，单位万元）"
             % fm(pub_cur), kind='unit')
    if 'other' in tr:
        doc.prose('上年同期支出合计决算数为', S(fm(E_prev)), '万元，本年年初结转和结余即上年年末结转和结余。')


# ----------------------------------------------------------------------------
# Template B: 三公经费 (预算数 | 决算数 | 上年决算数 | 比上年增减 [| 增减率])
# ----------------------------------------------------------------------------
def t_B(doc, cx):
    Y, nd, tr = cx.year, cx.nd, cx.traps
    s = cx.scale
    var = cx.variant  # full | lean | compl

    def item(lo, hi, blo='1.02', bhi='1.25'):
        cur = sc(cx, money(lo, hi))
        bud = grow(cur, D(blo) - 1, D(bhi) - 1)
        prev = grow(cur, '-0.25', '0.25')
        return bud, cur, prev

    if 'zero' in tr:
        ab = (D(0), D(0), D(0))
    else:
        ab = item(3, 15)
    if 'fall' in tr:
        buy = (D(0), D(0), sc(cx, money(15, 30)))
    else:
        c = sc(cx, money(15, 28))
        buy = (c, c, D(0))
    run = item(8, 40)
    if 'over' in tr:
        rb = sc(cx, money(4, 16))
        rc = grow(rb, '0.04', '0.20')
        rec = (rb, rc, grow(rc, '-0.2', '0.2'))
    else:
        rec = item(3, 20)
    car = tuple(buy[i] + run[i] for i in range(3))
    tot = tuple(ab[i] + car[i] + rec[i] for i in range(3))
    if tot[0] <= tot[1]:
        tot = (tot[1] + sc(cx, money(2, 6)), tot[1], tot[2])
        # keep columns additive: put the extra budget on 公务用车运行维护费
        extra = tot[0] - (ab[0] + car[0] + rec[0])
        run = (run[0] + extra, run[1], run[2])
        car = tuple(buy[i] + run[i] for i in range(3))
    X, Xb, Xp = tot[1], tot[0], tot[2]

    def rw(key, label, v, nomark='—'):
        return dict(key=key, label=label, budget=v[0], cur=v[1], prev=v[2], nomark=nomark)

    nm = pick(['—', '不适用'])
    rows = [rw('ab', '因公出国（境）费', ab, nm), rw('car', '公务用车购置及运行维护费', car),
            rw('buy', '　其中：公务用车购置费', buy, nm), rw('run', '　　　　公务用车运行维护费', run),
            rw('rec', '公务接待费', rec), rw('tot', '“三公”经费合计', tot)]
    if chance(0.4):
        rows = rows[-1:] + rows[:-1]
    if var == 'full':
        heads = ['项目', '预算数', '决算数', '上年决算数', '比上年增减', '增减率（%）']
        cols = ['v:budget', 'v:cur', 'v:prev', 'diff:cur:prev', 'rate:cur:prev']
    elif var == 'compl':
        heads = ['项目', '预算数', '决算数', '完成预算（%）', '上年决算数', '比上年增减']
        cols = ['v:budget', 'v:cur', 'compl:cur:budget', 'v:prev', 'diff:cur:prev']
    else:
        heads = ['项目', '预算数', '决算数', '上年决算数']
        cols = ['v:budget', 'v:cur', 'v:prev']
    doc.lines(cx.top + cx.unit, '%d年度一般公共预算财政拨款“三公”经费支出决算情况说明' % Y)
    doc.prose('根据%s财政局关于做好%d年度部门决算公开工作的要求，现将本单位%d年度“三公”经费支出决算情况说明如下。'
              % (cx.region if cx.level != 'province' else cx.provfull, Y, Y), wrap=cx.wrap)
    t, c = build_table(['表1  %d年度“三公”经费支出决算表' % Y, '单位：万元'], heads, cols, rows,
                       cx.layout, nd=nd)
    doc.add(t)
    doc.trap("budget.vs.prior: one sentence has '较预算减少%s万元' and '比上年%s%s万元'" % (
        fm(Xb - X), incw(X - Xp), fm(abs(X - Xp))))
    if 'zero' in tr:
        doc.trap("zero.base: 因公出国（境）费 0.00 in every column, no rate")
    if buy[2] == 0 and var == 'full':
        doc.trap("zero.base: 公务用车购置费 上年0.00, 增减率 '%s'" % nm)
    if 'fall' in tr:
        doc.trap("fall.written: 公务用车购置费 比上年 -%s (-100%%), prose '下降100.00%%'" % fm(buy[2]))
    if 'over' in tr:
        doc.trap("over.budget: 公务接待费 完成年初预算的%s%% after 追加" % pct(rec[1], rec[0], nd))
    if 'scope' in tr:
        doc.trap("scope: 全口径“三公”经费 differs from the 一般公共预算财政拨款 figure %s" % fm(X))
    if 'other' in tr:
        doc.trap("other.year: prose restates 上年“三公”经费决算数 %s" % fm(Xp))
    d = X - Xp
    r = pct(d, Xp, nd)
    cs = S(fa(pct(X, Xb, nd)))
    ds = S(fm(abs(d)))
    rs = S(fa(r))
    tail = ['万元，', ratew(r), rs, '%。'] if var != 'lean' else ['万元。']
    doc.prose('%d年度一般公共预算财政拨款“三公”经费支出' % Y, S(fm(X)), '万元，较预算减少',
              S(fm(Xb - X)), '万元，完成预算的', cs, '%；比上年', incw(d), ds, *tail, wrap=cx.wrap)
    if var != 'compl':
        doc.cand('rate.ratio', cs, "第一段 '完成预算的%s%%'（%s÷%s）" % (cs.text, fm(X), fm(Xb)),
                 kind='rate')
    if var == 'lean':
        doc.cand('change', ds, "第一段 '比上年%s%s万元'（%s−%s）" % (incw(d), ds.text, fm(X), fm(Xp)))
    if var == 'compl':
        doc.cand('rate.ratio', rs, "第一段 '比上年%s%s%%'" % (ratew(r), rs.text), kind='rate')
    toks = ['其中：因公出国（境）费', S(fm(ab[1])), '万元，']
    if ab[2] == 0 and ab[1] == 0:
        toks += ['与上年持平，连续三年未安排因公出国（境）团组']
    else:
        dd = ab[1] - ab[2]
        toks += ['比上年', incw(dd), S(fm(abs(dd))), '万元']
    dd = car[1] - car[2]
    rr = pct(dd, car[2], nd)
    toks += ['；公务用车购置及运行维护费', S(fm(car[1])), '万元，比上年', incw(dd), S(fm(abs(dd))),
             '万元，', ratew(rr), S(fa(rr)), '%；公务接待费', S(fm(rec[1])), '万元，']
    if 'over' in tr:
        toks += ['完成年初预算的', S(fa(pct(rec[1], rec[0], nd))),
                 '%，主要是承接上级督导检查任务增加，年中追加了接待经费预算']
    else:
        toks += ['完成预算的', S(fa(pct(rec[1], rec[0], nd))), '%']
    toks += ['。']
    doc.prose(*toks, wrap=cx.wrap)
    us, pu = S(fm(run[1])), S('万元')
    ncar = rng.randint(3, 14)
    doc.prose('公务用车运行维护费', us, pu, '，主要用于%d辆公务用车的燃料、维修、保险、过路过桥等支出。' % ncar)
    doc.cand('table.text', us, "用车段 '公务用车运行维护费%s万元'（表1 决算数）" % fm(run[1]))
    doc.cand('unit.magnitude', pu, "用车段 '公务用车运行维护费%s万元'（表1 决算数，单位万元）" % fm(run[1]),
             kind='unit')
    if buy[1] == 0 and buy[2] > 0:
        doc.prose('本年未购置公务用车，公务用车购置费比上年减少', S(fm(buy[2])), '万元，下降100.00%。')
    else:
        doc.prose('本年按规定更新公务用车1辆，公务用车购置费', S(fm(buy[1])), '万元，上年未发生该项支出。')
    if 'scope' in tr:
        Xall = q(X + sc(cx, money(3, 25)))
        doc.prose('全口径“三公”经费支出', S(fm(Xall)), '万元（含单位资金安排的部分）。')
    if 'other' in tr:
        doc.prose('上年“三公”经费决算数为', S(fm(Xp)), '万元。')


# ----------------------------------------------------------------------------
# Template C: 预算执行情况的报告 (本年预算数 | 本年执行数 | 完成预算% | 上年执行数 | 比上年增长%)
# ----------------------------------------------------------------------------
def t_C(doc, cx):
    Y, nd, tr = cx.year, cx.nd, cx.traps
    s = cx.scale
    R0 = sc(cx, money(40000, 160000))
    big = cx.exptable
    taxes = [('vat', '增值税', '0.34'), ('cit', '企业所得税', '0.12'), ('pit', '个人所得税', '0.04'),
             ('urb', '城市维护建设税', '0.06'), ('deed', '契税', '0.09'), ('otax', '其他税收收入', '0.07')]
    nontax = [('spec', '专项收入', '0.10'), ('fee', '行政事业性收费收入', '0.06'),
              ('fine', '罚没收入', '0.04'), ('asset', '国有资源（资产）有偿使用收入', '0.08')]
    if big:
        taxes = [taxes[0], taxes[1], taxes[2], taxes[5]]
        nontax = [nontax[0], nontax[1], nontax[3]]
    ind = '　'

    def leaf(key, label, w, glo, ghi):
        cur = q(R0 * D(w) * fac(85, 115, 100))
        prev = grow(cur, -D(ghi), -D(glo))
        bud = q(cur / fac(900, 1060, 1000))
        return dict(key=key, label=ind + label, cur=cur, prev=prev, budget=bud)

    glo, ghi = ('-0.16', '0.01') if 'fall' in tr else ('-0.05', '0.18')
    tl = [leaf(k, l, w, glo, ghi) for k, l, w in taxes]
    nl = [leaf(k, l, w, '-0.1', '0.2') for k, l, w in nontax]
    if 'double' in tr:
        a = nl[-1]
        a['prev'] = q(a['cur'] / fac(2150, 2800, 1000))
    if 'halfup' in tr:
        f = nl[1]
        f['prev'], f['cur'] = halfup_pair(nd, R0 * D('0.03'), R0 * D('0.05'))
        f['budget'] = q(f['cur'] / fac(900, 1060, 1000))
    if 'zero' in tr:
        z = dict(key='house', label=ind + '政府住房基金收入', prev=D(0),
                 cur=q(R0 * D('0.01') * fac(50, 150, 100)), nomark=pick(['—', '不适用']))
        z['budget'] = q(z['cur'] / fac(900, 1060, 1000))
        nl.append(z)
    if 'fall' in tr:
        # make sure the tax group really falls
        while sum(r['cur'] for r in tl) >= sum(r['prev'] for r in tl):
            tl[0]['prev'] = q(tl[0]['prev'] * D('1.05'))

    def agg(key, label, rs):
        return dict(key=key, label=label, cur=sum(r['cur'] for r in rs),
                    prev=sum(r['prev'] for r in rs), budget=sum(r['budget'] for r in rs))

    tax = agg('tax', pick(['税收收入', '税收收入小计']), tl)
    non = agg('non', pick(['非税收入', '非税收入小计']), nl)
    tot = agg('tot', '一般公共预算收入合计', [tax, non])
    rows = [tax] + tl + [non] + nl + [tot]
    A, Ab, Ap = tot['cur'], tot['budget'], tot['prev']
    title_place = cx.region
    doc.lines('关于%s%d年预算执行情况和%d年预算草案的报告' % (title_place, Y, Y + 1),
              '——%d年1月%d日在%s第%s届人民代表大会第%s次会议上' % (
                  Y + 1, rng.randint(8, 26), title_place, pick(['十五', '十六', '十七', '十八']),
                  pick(['三', '四', '五'])),
              '%s财政%s%s  %s' % (title_place if cx.level == 'province' else cx.top + title_place,
                                  '厅' if cx.level == 'province' else '局',
                                  pick(['局长', '副局长']) if cx.level != 'province' else '厅长',
                                  pick(PERSONS)))
    doc.lines('一、%d年预算执行情况' % Y)
    r = pct(A - Ap, Ap, nd)
    toks = ['%d年，%s一般公共预算收入完成' % (Y, cx.quan), S(fm(A)), '万元，为调整预算的',
            S(fa(pct(A, Ab, nd))), '%，比上年', ratew(r), S(fa(r)), '%']
    if 'comparable' in tr:
        cmp_ = q(r + D(rng.randint(25, 90)) / 10, nd)
        toks += ['，剔除增值税留抵退税因素后同口径', ratew(cmp_), S(fa(cmp_)), '%']
    toks += ['。']
    doc.prose(*toks, wrap=cx.wrap)
    rt = pct(tax['cur'] - tax['prev'], tax['prev'], nd)
    rn = pct(non['cur'] - non['prev'], non['prev'], nd)
    doc.prose('其中：税收收入', S(fm(tax['cur'])), '万元，比上年', ratew(rt), S(fa(rt)), '%；非税收入',
              S(fm(non['cur'])), '万元，比上年', ratew(rn), S(fa(rn)), '%。', wrap=cx.wrap)
    # table
    if cx.h2:
        heads = ['项目', '本年', '本年', '完成', '上年', '比上年']
        h2 = ['', '预算数', '执行数', '预算%', '执行数', '增长%']
    else:
        heads = ['项目', '调整预算数', '执行数', '完成预算（%）', '上年执行数', '比上年增长（%）']
        h2 = None
    split = (len(tl) + 2) if cx.split else None
    t, c = build_table(['表1  %s%d年一般公共预算收入执行情况表' % (cx.region, Y), '单位：万元'],
                       heads, ['v:budget', 'v:cur', 'compl:cur:budget', 'v:prev', 'rate:cur:prev'],
                       rows, cx.layout, header2=h2, th=cx.th, split_after=split,
                       pagemark=layout_pagemark(rng.randint(2, 9)), nd=nd)
    doc.add(t)
    if 'comparable' in tr:
        doc.trap("comparable: 同口径增长%s%% vs raw %s%%" % (cmp_, r))
    if 'double' in tr:
        doc.trap("rate>100: 国有资源（资产）有偿使用收入 比上年增长 %s" % c['asset']['rate:cur:prev'].text)
    if 'halfup' in tr:
        doc.trap("half.up: 行政事业性收费收入 比上年增长 exact %s%% printed %s" % (
            (nl[1]['cur'] - nl[1]['prev']) * 100 / nl[1]['prev'], c['fee']['rate:cur:prev'].text))
    if 'zero' in tr:
        doc.trap("zero.base: 政府住房基金收入 上年执行数0.00, 增长 '%s'" % c['house']['rate:cur:prev'].text)
    if 'fall' in tr:
        doc.trap("fall.written: 税收收入 %s in the column, prose '下降%s%%'" % (
            c['tax']['rate:cur:prev'].text, c['tax']['rate:cur:prev'].text.lstrip('-')))
    if 'scope' in tr:
        doc.trap("scope: 全口径一般公共预算收入 (含上划) differs from 一般公共预算收入 %s" % fm(A))
    if cx.h2:
        doc.trap("layout: header over two lines")
    if cx.split:
        doc.trap("layout: table split by a page break, header repeated")
    doc.cand('rate.ratio', c['cit']['compl:cur:budget'], '表1 企业所得税 完成预算%', kind='rate',
             loc='table')
    doc.cand('rate.ratio', c['urb' if not big else 'otax']['compl:cur:budget'],
             '表1 %s 完成预算%%' % ('城市维护建设税' if not big else '其他税收收入'), kind='rate', loc='table')
    vat = tl[0]['cur']
    vs, pu = S(fm(vat)), S('万元')
    doc.prose('国内增值税', vs, pu, '，仍是税收收入的第一大税种。', wrap=cx.wrap)
    doc.cand('table.text', vs, "增值税段 '国内增值税%s万元'（表1 增值税 执行数）" % fm(vat))
    doc.cand('unit.magnitude', pu, "增值税段 '国内增值税%s万元'（表1 增值税 执行数，单位万元）" % fm(vat),
             kind='unit')
    if 'scope' in tr:
        T = q(A * fac(150, 230, 100))
        doc.prose('全口径一般公共预算收入（含上划中央、省级收入）完成', S(fm(T)), '万元。')
    U = q(A * fac(80, 260, 100))
    doc.prose('全年共争取上级转移支付补助资金', S(fm(U)), '万元，有力保障了“三保”支出和重点项目建设。',
              wrap=cx.wrap)
    # expenditure
    if big:
        E0 = q(A * fac(260, 380, 100))
        funcs = [('gen', '一般公共服务支出', '0.10'), ('edu', '教育支出', '0.22'),
                 ('soc', '社会保障和就业支出', '0.17'), ('hea', '卫生健康支出', '0.11'),
                 ('agr', '农林水支出', '0.16'), ('oth', '其他支出', '0.24')]
        el = []
        for k, l, w in funcs:
            cur = q(E0 * D(w) * fac(90, 110, 100))
            bud = q(cur / fac(880, 990, 1000))
            prev = q(cur / (1 + fac(-60, 120, 1000)))
            el.append(dict(key=k, label=l, cur=cur, budget=bud, prev=prev))
        if 'over' in tr:
            a = el[4]
            a['budget'] = q(a['cur'] / fac(1040, 1160, 1000))
        et = agg('etot', '一般公共预算支出合计', el)
        E, Ep = et['cur'], et['prev']
        re_ = pct(E - Ep, Ep, nd)
        doc.prose('%s一般公共预算支出由上年的' % cx.quan, S(fm(Ep)), '万元增加到', S(fm(E)),
                  '万元，', ratew(re_), S(fa(re_)), '%，完成年初预算的', S(fa(pct(E, et['budget'], nd))),
                  '%。其中，上级转移支付补助资金', u2 := S(fm(U)), '万元重点用于教育、社会保障和农林水等民生领域。',
                  wrap=cx.wrap)
        rows2 = [et] + el
        t2, c2 = build_table(['表2  %s%d年一般公共预算支出执行情况表（单位：万元）' % (cx.region, Y)],
                             ['项目', '年初预算数', '执行数', '完成预算（%）', '上年执行数', '比上年增长（%）'],
                             ['v:budget', 'v:cur', 'compl:cur:budget', 'v:prev', 'rate:cur:prev'],
                             rows2, cx.layout2, th=cx.th, nd=nd)
        doc.add(t2)
        if 'over' in tr:
            a = el[4]
            doc.prose('农林水支出完成年初预算的', S(fa(pct(a['cur'], a['budget'], nd))),
                      '%，主要是年中追加了上级下达的衔接推进乡村振兴补助资金。')
            doc.trap("over.budget: 农林水支出 完成年初预算的%s%% after 追加" % pct(a['cur'], a['budget'], nd))
        doc.trap("other.year: prose restates 上年一般公共预算支出 %s" % fm(Ep))
    else:
        Ep = q(A * fac(250, 380, 100))
        E = grow(Ep, '-0.04', '0.12')
        re_ = pct(E - Ep, Ep, nd)
        doc.prose('%s一般公共预算支出由上年的' % cx.quan, S(fm(Ep)), '万元增加到' if E >= Ep else '万元减少到',
                  S(fm(E)), '万元，', ratew(re_), S(fa(re_)),
                  '%。其中，上级转移支付补助资金', u2 := S(fm(U)), '万元重点用于教育、社会保障和农林水等民生领域。',
                  wrap=cx.wrap)
    doc.cand('fact.conflict', u2, "支出段 '上级转移支付补助资金%s万元'（收入段已写%s万元）" % (fm(U), fm(U)))


# ----------------------------------------------------------------------------
# Template D: 部门整体支出绩效评价报告 with a three-year table
# ----------------------------------------------------------------------------
def cagr(a, b, years):
    return q(((b / a) ** (D(1) / D(years)) - 1) * 100, 2)


def t_D(doc, cx):
    Y, nd, tr = cx.year, cx.nd, cx.traps
    y0, y1, y2 = Y - 2, Y - 1, Y
    while True:
        per = [sc(cx, money(600, 1600))]
        per += [grow(per[-1], '0.01', '0.09')]
        per += [grow(per[-1], '0.01', '0.09')]
        pub = [sc(cx, money(80, 260))]
        pub += [grow(pub[-1], '-0.12', '0.12')]
        pub += [grow(pub[-1], '-0.12', '0.12')]
        if 'halfup' in tr:
            a, b = halfup_pair(nd, pub[0] * D('0.9'), pub[0] * D('1.1'))
            pub = [pub[0], a, b]
        pro = [sc(cx, money(200, 900))]
        pro += [grow(pro[-1], '-0.2', '0.3')]
        if 'double' in tr:
            pro += [grow(pro[-1], '1.02', '1.6')]
        else:
            pro += [grow(pro[-1], '0.05', '0.35')]
        bas = [per[i] + pub[i] for i in range(3)]
        tot = [bas[i] + pro[i] for i in range(3)]
        if tot[0] < tot[1] < tot[2]:
            break
    rows = [dict(key='bas', label=pick(['基本支出', '基本支出小计']), y0=bas[0], y1=bas[1], y2=bas[2]),
            dict(key='per', label='　人员经费', y0=per[0], y1=per[1], y2=per[2]),
            dict(key='pub', label='　公用经费', y0=pub[0], y1=pub[1], y2=pub[2]),
            dict(key='pro', label='项目支出', y0=pro[0], y1=pro[1], y2=pro[2]),
            dict(key='tot', label='部门整体支出合计', y0=tot[0], y1=tot[1], y2=tot[2])]
    heads = ['项目', '%d年' % y0, '%d年' % y1, '%d年' % y2, '增长率（%）']
    cols = ['v:y0', 'v:y1', 'v:y2', 'rate:y2:y1']
    doc.lines(cx.top + cx.unit, '%d年度部门整体支出绩效评价报告' % Y)
    doc.lines('一、部门基本情况')
    doc.prose('%s内设%d个股（科）室，下属事业单位%d个，年末实有人员%d人。为全面反映部门整体支出的规模、结构和绩效，'
              '本报告对%d—%d年部门支出情况进行对比分析。' % (cx.unit, rng.randint(4, 11), rng.randint(1, 6),
                                                rng.randint(25, 160), y0, y2), wrap=cx.wrap)
    doc.lines('二、部门整体支出情况')
    capline = ['表1  %d—%d年部门整体支出情况' % (y0, y2), '单位：万元']
    t, c = build_table(capline, heads, cols, rows, cx.layout, nd=nd, th=cx.th,
                       split_after=3 if cx.split else None,
                       pagemark=layout_pagemark(rng.randint(2, 5)))
    if cx.cagrcol:
        # add a 年均增长 column after building: rebuild with the extra column
        heads = heads + ['年均增长（%）']
        t = Table(capline, heads, cx.layout, th=cx.th,
                  split_after=3 if cx.split else None, pagemark=t.pagemark)
        c = {}
        for r in rows:
            texts = [fm(r['y0'], cx.th), fm(r['y1'], cx.th), fm(r['y2'], cx.th),
                     fr(pct(r['y2'] - r['y1'], r['y1'], nd)), fr(cagr(r['y0'], r['y2'], 2))]
            sl = t.row(r['label'], texts)
            c[r['key']] = dict(zip(cols + ['cagr'], sl))
    doc.add(t)
    doc.cand('rate.ratio', c['pub']['rate:y2:y1'], '表1 公用经费 增长率（%）', kind='rate', loc='table')
    doc.trap("three-year: prose 比%d年增长 and %d年至%d年年均增长, 连续三年保持增长" % (y0, y0, y2))
    if 'double' in tr:
        doc.trap("rate>100: 表1 项目支出 增长率 %s" % c['pro']['rate:y2:y1'].text)
    if 'halfup' in tr:
        doc.trap("half.up: 表1 公用经费 增长率 exact %s%% printed %s" % (
            (pub[2] - pub[1]) * 100 / pub[1], c['pub']['rate:y2:y1'].text))
    if 'other' in tr:
        doc.trap("other.year: prose restates %d年 and %d年 项目支出" % (y0, y1))
    doc.cand('sum.breakdown', c['pub']['v:y0'], '表1 公用经费 %d年' % y0, loc='table')
    doc.cand('sum.breakdown', c['per']['v:y0'], '表1 人员经费 %d年' % y0, loc='table')
    A = tot[2]
    r = pct(tot[2] - tot[1], tot[1], nd)
    g = pct(tot[2] - tot[0], tot[0], nd)
    cg = cagr(tot[0], tot[2], 2)
    gs, cgs = S(fa(g)), S(fa(cg))
    doc.prose('%d年部门整体支出' % Y, S(fm(A)), '万元，比上年', ratew(r), S(fa(r)), '%%，比%d年增长' % y0, gs,
              '%%，%d年至%d年年均增长' % (y0, y2), cgs, '%，连续三年保持增长。', wrap=cx.wrap)
    doc.cand('rate.ratio', gs, "总体段 '比%d年增长%s%%'（%s÷%s）" % (y0, gs.text, fm(A), fm(tot[0])),
             kind='rate')
    if not cx.cagrcol:
        doc.cand('rate.ratio', cgs, "总体段 '年均增长%s%%'" % cgs.text, kind='rate', check=None)
    rp = pct(pro[2] - pro[1], pro[1], nd)
    toks = ['其中：项目支出', S(fm(pro[2])), '万元，比上年', ratew(rp), S(fa(rp)), '%']
    if 'double' in tr:
        toks += ['，增幅较大主要是新增了省级重点项目']
    toks += ['；基本支出', S(fm(bas[2])), '万元，占部门整体支出的', S(fa(pct(bas[2], A, 2))), '%。']
    doc.prose(*toks, wrap=cx.wrap)
    if 'other' in tr:
        doc.prose('%d年项目支出为' % y0, S(fm(pro[0])), '万元，%d年为' % y1, S(fm(pro[1])), '万元。')
    ps, pu = S(fm(per[2])), S('万元')
    doc.prose('人员经费', ps, pu, '，主要用于在职人员工资福利及社会保障缴费。')
    doc.cand('table.text', ps, "人员经费段 '人员经费%s万元'（表1 人员经费 %d年）" % (fm(per[2]), y2))
    doc.cand('unit.magnitude', pu, "人员经费段 '人员经费%s万元'（表1 单位万元）" % fm(per[2]), kind='unit')
    if cx.struct:
        want = 'share' in tr
        for _ in range(2000):
            w = [D(rng.randint(380, 560)), D(rng.randint(150, 300)), D(rng.randint(40, 160)),
                 D(rng.randint(20, 120))]
            parts = [q(A * x / sum(w)) for x in w[:3]]
            parts.append(A - sum(parts))
            ss = sum(pct(p, A, 2) for p in parts)
            if (ss != 100) == want:
                break
        srows = [dict(key=k, label=l, amt=p) for (k, l), p in
                 zip([('wage', '工资福利支出'), ('good', '商品和服务支出'), ('fam', '对个人和家庭的补助'),
                      ('cap', '资本性支出')], parts)]
        srows.append(dict(key='tot', label='合计', amt=A))
        t2, c2 = build_table(['表2  %d年部门支出按经济分类构成' % Y], ['项目', '金额（万元）', '占比（%）'],
                             ['v:amt', 'share:amt'], srows, cx.layout2, totals={'amt': A}, snd=2)
        if 'share' in tr:
            doc.trap("share.rounding: 表2 占比 adds to %s" % sum(pct(p, A, 2) for p in parts))
        doc.add(t2)
    doc.lines('三、评价结论')
    doc.prose('经综合评价，%s%d年度部门整体支出绩效评价得分为%s分，评价等级为“%s”。'
              % (cx.unit, Y, score(860, 985), pick(['优', '优秀', '良好'])),
              wrap=cx.wrap)


# ----------------------------------------------------------------------------
# Template E: 项目支出绩效自评 with a table in 元 (thousands separators)
# ----------------------------------------------------------------------------
PROJECTS = {
    '市场监管': ['食品安全监督抽检经费', '特种设备安全监管经费', '计量检定设备购置经费', '知识产权保护专项经费'],
    '文旅': ['公共文化服务体系建设经费', '文物保护修缮经费', '乡村旅游提升专项经费', '非遗保护传承经费'],
    '乡镇': ['村级组织运转经费', '农村人居环境整治经费', '一事一议奖补经费', '防汛抗旱应急经费'],
}


def t_E(doc, cx):
    Y, nd, tr = cx.year, cx.nd, cx.traps
    names = PROJECTS[cx.sector]
    rows = []
    for i, n in enumerate(names):
        b = q(money(260000, 2600000) * cx.scale)
        c = q(b * fac(780, 990, 1000))
        rows.append(dict(key='p%d' % i, label=n, budget=b, cur=c))
    if 'halfup' in tr:
        lo, hi = (27, 31) if nd == 2 else (13, 15)
        b, c = halfup_ratio(nd, 300000, 2500000, lo, hi)
        rows[2]['budget'], rows[2]['cur'] = b, c
    if 'over' in tr:
        rows[3]['cur'] = q(rows[3]['budget'] * fac(1030, 1150, 1000))
    B = sum(r['budget'] for r in rows)
    X = sum(r['cur'] for r in rows)
    rows.append(dict(key='tot', label='项目支出合计', budget=B, cur=X))
    doc.lines(cx.top + cx.unit, '%d年度项目支出绩效自评报告' % Y)
    doc.lines('一、项目基本情况')
    doc.prose('根据《%s财政厅关于下达%d年度专项资金的通知》（%s）和本级部门预算批复，%s%d年共实施项目%d个。'
              % (cx.provfull, Y, cx.docno, cx.unit, Y, len(names)), wrap=cx.wrap)
    t, c = build_table(['表1  %d年度项目支出预算执行情况' % Y, '单位：元'],
                       ['项目名称', '预算数', '决算数', '完成预算（%）'],
                       ['v:budget', 'v:cur', 'compl:cur:budget'], rows, cx.layout, th=True, nd=nd)
    doc.add(t)
    doc.trap("yuan.wan: 表1 in 元 with thousands separators, prose restates totals in 万元 rounded")
    if 'halfup' in tr:
        doc.trap("half.up: %s 完成预算 exact %s%% printed %s" % (
            names[2], rows[2]['cur'] * 100 / rows[2]['budget'], c['p2']['compl:cur:budget'].text))
    if 'over' in tr:
        doc.trap("over.budget: %s 完成预算%s%% after 追加" % (names[3], c['p3']['compl:cur:budget'].text))
    doc.lines('二、项目资金使用情况')
    w = lambda v: q(v / 10000)
    doc.prose('%d年项目支出合计预算数为' % Y, S(fm(w(B))), '万元，决算数为', S(fm(w(X))), '万元，完成预算的',
              S(fa(pct(X, B, nd))), '%。', wrap=cx.wrap)
    v0 = rows[0]['cur']
    v0s = S(fm(w(v0)))
    purpose = {'市场监管': '抽检样品购置和检验检测服务', '文旅': '场馆设施维护和公益文化活动',
               '乡镇': '村级组织办公和村干部报酬'}[cx.sector]
    doc.prose(names[0], '决算', v0s, '万元，主要用于%s。' % purpose, wrap=cx.wrap)
    doc.cand('unit.magnitude', v0s, "%s段 '%s决算%s万元'（表1 单位元，应折合为%s万元）"
             % (names[0], names[0], fm(w(v0)), fm(w(v0))), kind='alt', check=None)
    doc.cands['unit.magnitude'][-1]['alt'] = fm(v0)
    doc.cand('table.text', v0s, "%s段 '%s决算%s万元'（表1 决算数折合万元）" % (names[0], names[0], fm(w(v0))))
    v1 = rows[1]['cur']
    doc.prose(names[1], '实际支出', S(fm(v1, True)), '元，完成预算的', S(fa(pct(v1, rows[1]['budget'], nd))),
              '%。', wrap=cx.wrap)
    if 'over' in tr:
        r3 = rows[3]
        doc.prose(names[3], '因年中追加工作任务，完成预算的', S(fa(pct(r3['cur'], r3['budget'], nd))), '%。')
    doc.lines('三、自评结论')
    doc.prose('经自评，项目绩效目标总体完成，自评得分%s分。' % score(880, 990))


# ----------------------------------------------------------------------------
# Template F: 乡镇/街道 部门决算 with a 收入支出决算总表 (carry-over) and an income table
# ----------------------------------------------------------------------------
def t_F(doc, cx):
    Y, nd, tr = cx.year, cx.nd, cx.traps
    s = cx.scale
    gp = sc(cx, money(900, 2600))
    gc = grow(gp, '-0.06', '0.16')
    fp = D(0) if 'zero' in tr else sc(cx, money(60, 300))
    if 'fall' in tr and fp > 0:
        fc = grow(fp, '-0.45', '-0.1')
    else:
        fc = sc(cx, money(80, 320))
    if 'halfup' in tr:
        up, uc = halfup_pair(nd, 300 * s, 900 * s)
    else:
        up = sc(cx, money(300, 900))
        uc = grow(up, '-0.15', '0.25')
    op = sc(cx, money(10, 60))
    oc = grow(op, '1.05', '1.8') if 'double' in tr else grow(op, '-0.3', '0.5')
    inc = [dict(key='gen', label='一般公共预算财政拨款收入', prev=gp, cur=gc),
           dict(key='fund', label='政府性基金预算财政拨款收入', prev=fp, cur=fc, nomark=pick(['—', '不适用'])),
           dict(key='up', label='上级补助收入', prev=up, cur=uc),
           dict(key='oth', label='其他收入', prev=op, cur=oc)]
    Ip = sum(r['prev'] for r in inc)
    I = sum(r['cur'] for r in inc)
    inc.append(dict(key='tot', label='收入合计', prev=Ip, cur=I))
    B0p = sc(cx, money(30, 200))
    Ep = q(Ip + B0p - sc(cx, money(20, 150)))
    B1p = B0p + Ip - Ep
    B0 = B1p
    E = q(I + B0 - sc(cx, money(15, 160)))
    B1 = B0 + I - E
    doc.lines(cx.top + cx.unit, '%d年度部门决算情况说明' % Y)
    doc.lines('一、收入支出决算总体情况')
    bal = [dict(key='b0', label='年初结转和结余', prev=B0p, cur=B0),
           dict(key='inc', label='本年收入合计', prev=Ip, cur=I),
           dict(key='exp', label='本年支出合计', prev=Ep, cur=E),
           dict(key='b1', label='年末结转和结余', prev=B1p, cur=B1)]
    t, c = build_table(['表1  %d年度收入支出决算总表' % Y, '单位：万元'], ['项目', '上年决算数', '本年决算数'],
                       ['v:prev', 'v:cur'], bal, cx.layout, th=cx.th)
    doc.add(t)
    doc.cand('balance.carryover', c['b1']['v:cur'], '表1 年末结转和结余 本年决算数', loc='table')
    dI, dE = I - Ip, E - Ep
    rI, rE = pct(dI, Ip, nd), pct(dE, Ep, nd)
    doc.prose('%d年度，%s本年收入合计' % (Y, cx.town), S(fm(I)), '万元，比上年', incw(dI), S(fm(abs(dI))), '万元，',
              ratew(rI), S(fa(rI)), '%；本年支出合计', S(fm(E)), '万元，比上年', incw(dE), S(fm(abs(dE))),
              '万元，', ratew(rE), S(fa(rE)), '%。', wrap=cx.wrap)
    doc.lines('二、收入决算情况')
    t2, c2 = build_table(['表2  %d年度收入决算对比表' % Y],
                         ['项目', '上年决算数（万元）', '本年决算数（万元）', '增减额（万元）', '增减率（%）'],
                         ['v:prev', 'v:cur', 'diff:cur:prev', 'rate:cur:prev'], inc, cx.layout2, nd=nd)
    doc.add(t2)
    doc.trap("carry-over: 表1 年初+收入-支出=年末 in both columns, 本年年初 = 上年年末")
    if 'zero' in tr:
        doc.trap("zero.base: 政府性基金预算财政拨款收入 上年0.00, 增减率 '%s'" % c2['fund']['rate:cur:prev'].text)
    if 'double' in tr:
        doc.trap("rate>100: 其他收入 增减率 %s" % c2['oth']['rate:cur:prev'].text)
    if 'halfup' in tr:
        doc.trap("half.up: 上级补助收入 增减率 exact %s%% printed %s" % ((uc - up) * 100 / up, c2['up']['rate:cur:prev'].text))
    if 'fall' in tr and fp > 0:
        doc.trap("fall.written: 政府性基金预算财政拨款收入 %s in the column, prose '下降'" % c2['fund']['rate:cur:prev'].text)
    if 'other' in tr:
        doc.trap("other.year: prose restates 上年一般公共预算财政拨款收入 %s" % fm(gp))
    toks = ['其中：一般公共预算财政拨款收入', S(fm(gc)), '万元，占收入合计的', S(fa(pct(gc, I, 2))), '%；']
    if fp == 0:
        toks += ['政府性基金预算财政拨款收入', S(fm(fc)), '万元，上年无此项收入']
    else:
        rf = pct(fc - fp, fp, nd)
        toks += ['政府性基金预算财政拨款收入', S(fm(fc)), '万元，比上年', ratew(rf), S(fa(rf)), '%']
    if 'double' in tr:
        ro = pct(oc - op, op, nd)
        toks += ['；其他收入', S(fm(oc)), '万元，比上年', ratew(ro), S(fa(ro)), '%，主要是收到的资产处置收入增加']
    toks += ['。']
    doc.prose(*toks, wrap=cx.wrap)
    if 'other' in tr:
        doc.prose('上年一般公共预算财政拨款收入为', S(fm(gp)), '万元。')
    doc.lines('三、支出决算情况')
    a = q(E * fac(18, 30, 100))
    b = q(E * fac(25, 40, 100))
    cc = q(E * fac(10, 20, 100))
    doc.prose('本年支出中，一般公共服务支出', S(fm(a)), '万元，农林水支出', S(fm(b)), '万元，城乡社区支出', S(fm(cc)),
              '万元。', wrap=cx.wrap)
    U = q(uc * fac(40, 90, 100))
    doc.prose('全年争取上级项目资金', S(fm(U)), '万元，用于%s等民生项目。' % pick(['农村道路硬化、小型水利设施维修',
                                                                 '老旧小区改造、背街小巷整治']),
              wrap=cx.wrap)
    doc.lines('四、其他重要事项')
    doc.prose('上级项目资金', u2 := S(fm(U)), '万元已按项目进度全部拨付，年末无违规结存。', wrap=cx.wrap)
    doc.cand('fact.conflict', u2, "其他事项段 '上级项目资金%s万元'（支出段已写%s万元）" % (fm(U), fm(U)))


# ----------------------------------------------------------------------------
# Template G: 主要指标对比表 (no 合计): 上年数 | 本年数 | 增减额 | 增减率
# ----------------------------------------------------------------------------
INDIC = {
    '住建': [('城市基础设施建设投资', 800, 3000), ('保障性住房补助资金', 200, 900),
             ('老旧小区改造资金', 150, 700), ('政府采购金额', 60, 300)],
    '交通': [('农村公路建设投资', 900, 3500), ('车购税补助资金', 300, 1200),
             ('公路养护工程支出', 200, 800), ('政府采购金额', 50, 260)],
    '自然资源': [('土地整治项目投资', 500, 2200), ('地质灾害防治资金', 100, 600),
                 ('不动产登记经费', 40, 200), ('政府采购金额', 30, 180)],
}


def t_G(doc, cx):
    Y, nd, tr = cx.year, cx.nd, cx.traps
    rows = []
    rp = sc(cx, money(1500, 5000))
    rows.append(dict(key='inc', label='部门预算收入', prev=rp, cur=grow(rp, '-0.05', '0.15')))
    ep = sc(cx, money(1200, 4500))
    rows.append(dict(key='exp', label='财政拨款支出', prev=ep, cur=grow(ep, '-0.05', '0.15')))
    for i, (n, lo, hi) in enumerate(INDIC[cx.sector]):
        p = sc(cx, money(lo, hi))
        rows.append(dict(key='i%d' % i, label=n, prev=p, cur=grow(p, '-0.25', '0.3')))
    if 'double' in tr:
        r = rows[3]
        r['cur'] = grow(r['prev'], '1.05', '1.7')
    if 'fall' in tr:
        r = rows[4]
        r['cur'] = grow(r['prev'], '-0.4', '-0.12')
    if 'halfup' in tr:
        r = rows[5]
        r['prev'], r['cur'] = halfup_pair(nd, r['prev'] * D('0.8'), r['prev'] * D('1.2'))
    if 'zero' in tr:
        rows.append(dict(key='bond', label='新增专项债券资金', prev=D(0), cur=sc(cx, money(500, 3000)),
                         nomark=pick(['—', '不适用'])))
    doc.lines(cx.top + cx.unit, '%d年度部门整体支出绩效自评报告' % Y)
    doc.lines('一、部门概况')
    doc.prose('%s主要负责本行业规划建设、资金管理和监督检查等工作，内设机构%d个，%d年末在职人员%d人。'
              % (cx.unit, rng.randint(5, 12), Y, rng.randint(30, 150)), wrap=cx.wrap)
    doc.lines('二、主要指标完成情况')
    lay = cx.layout
    heads = ['指标名称', '上年数', '本年数', '增减额', '增减率（%）']
    cols = ['v:prev', 'v:cur', 'diff:cur:prev', 'rate:cur:prev']
    if cx.norate:
        heads, cols = heads[:4], cols[:3]
    t, c = build_table(['表1  %d年主要指标完成情况对比表' % Y, '单位：万元'],
                       heads, cols, rows, lay, nd=nd, th=cx.th,
                       split_after=4 if cx.split else None, pagemark=layout_pagemark(2))
    doc.add(t)
    if not cx.norate:
        if 'double' in tr:
            doc.trap("rate>100: %s 增减率 %s" % (rows[3]['label'], c['i1']['rate:cur:prev'].text))
        if 'fall' in tr:
            doc.trap("fall.written: %s 增减率 %s, prose '下降'" % (rows[4]['label'], c['i2']['rate:cur:prev'].text))
        if 'halfup' in tr:
            r5 = rows[5]
            doc.trap("half.up: %s 增减率 exact %s%% printed %s" % (
                r5['label'], (r5['cur'] - r5['prev']) * 100 / r5['prev'], c['i3']['rate:cur:prev'].text))
        if 'zero' in tr:
            doc.trap("zero.base: 新增专项债券资金 上年0.00, 增减率 '%s'" % c['bond']['rate:cur:prev'].text)
    if cx.split:
        doc.trap("layout: table split by a page break, header repeated")
    for k in ('i1', 'i3'):
        r = next(x for x in rows if x['key'] == k)
        printed = pct(r['cur'] - r['prev'], r['prev'], nd)
        doc.cand('change', c[k]['diff:cur:prev'], '表1 %s 增减额' % r['label'],
                 check=None if cx.norate else keep_rate(r['prev'], nd, printed), loc='table')
    a, b = rows[0], rows[1]
    da, ra = a['cur'] - a['prev'], pct(a['cur'] - a['prev'], a['prev'], nd)
    rb = pct(b['cur'] - b['prev'], b['prev'], nd)
    doc.prose('%d年部门预算收入' % Y, S(fm(a['cur'])), '万元，比上年', incw(da), S(fm(abs(da))), '万元，',
              ratew(ra), S(fa(ra)), '%；财政拨款支出', S(fm(b['cur'])), '万元，比上年', ratew(rb), S(fa(rb)),
              '%。', wrap=cx.wrap)
    r = rows[2]
    rr = pct(r['cur'] - r['prev'], r['prev'], nd)
    doc.prose(r['label'], S(fm(r['cur'])), '万元，比上年', ratew(rr), S(fa(rr)), '%', '，' if 'double' in tr or 'fall' in tr else '。',
              wrap=cx.wrap)
    if 'double' in tr or 'fall' in tr:
        p = doc.paras[-1]
        extra = []
        if 'double' in tr:
            r = rows[3]
            rr = pct(r['cur'] - r['prev'], r['prev'], nd)
            extra += [r['label'], S(fm(r['cur'])), '万元，比上年增长', S(fa(rr)), '%，主要是争取到的上级资金大幅增加']
        if 'fall' in tr:
            r = rows[4]
            rr = pct(r['cur'] - r['prev'], r['prev'], nd)
            extra += (['；'] if extra else []) + [r['label'], S(fm(r['cur'])), '万元，比上年下降', S(fa(rr)),
                                                  '%，主要是部分工程转入收尾阶段']
        p.toks += extra + ['。']
    if 'zero' in tr:
        r = rows[-1]
        doc.prose('本年新增专项债券资金', S(fm(r['cur'])), '万元，上年无此项资金，增减率不适用。')
    doc.lines('三、自评结论')
    doc.prose('经自评，%s%d年度部门整体支出绩效自评得分%s分，等级为“%s”。'
              % (cx.unit, Y, score(850, 980), pick(['优', '良'])), wrap=cx.wrap)


# ----------------------------------------------------------------------------
# Template H: 项目资金来源表 (amount columns only) + prose breakdown of the works
# ----------------------------------------------------------------------------
HPROJ = {
    '水利': ('中小河流治理项目', [('堤防加固工程', 'a'), ('护岸工程', 'b'), ('穿堤建筑物改造工程', 'c')]),
    '农业农村': ('高标准农田建设项目', [('土地平整工程', 'a'), ('灌溉与排水工程', 'b'), ('田间道路工程', 'c')]),
    '交通': ('农村公路提档升级项目', [('路基路面工程', 'a'), ('桥涵工程', 'b'), ('安全生命防护工程', 'c')]),
}


def t_H(doc, cx):
    Y, nd, tr = cx.year, cx.nd, cx.traps
    s = cx.scale
    proj, works = HPROJ[cx.sector]
    lv = '市级' if cx.level == 'county' else '省级'
    own = '县级配套资金' if cx.level == 'county' else '市级配套资金'

    def src(key, label, lo, hi):
        b = sc(cx, money(lo, hi))
        a = b if chance(0.6) else q(b * fac(850, 990, 1000))
        x = q(a * fac(800, 1000, 1000))
        return dict(key=key, label=label, budget=b, arr=a, cur=x)

    base = 32 if nd == 2 else 16
    for attempt in range(20000):
        mem = [src('cen', '　中央资金', 600, 2000), src('prv', '　省级资金', 300, 900)]
        if cx.level == 'county':
            mem.append(src('cty', '　市级资金', 50, 300))
        ownr = src('own', own, 100, 500)
        oth = src('oth', '群众自筹资金', 20, 120)
        tops = [ownr, oth]
        if 'over' in tr:
            gap = sum(r['budget'] - r['cur'] for r in mem + [oth]) + ownr['budget'] - ownr['cur']
            ownr['cur'] = q(ownr['cur'] + gap + sc(cx, money(10, 80)))
            ownr['arr'] = ownr['cur']
        if 'halfup' in tr:
            Bt = sum(r['budget'] for r in mem + tops)
            fix = (Bt * 100) % base
            ownr['budget'] -= fix / 100
            Bt -= fix / 100
            k = int(Bt * 100) // base
            others = sum(r['cur'] for r in mem) + oth['cur']
            if nd == 2:
                js = [33, 35, 37] if 'over' in tr else [21, 23, 25, 27, 29, 31]
            else:
                js = [17] if 'over' in tr else [11, 13, 15]
            j = pick(js)
            Xt = D(j * k) / 100
            ownr['cur'] = Xt - others
            if ownr['cur'] <= 0:
                continue
            if 'over' in tr:
                if ownr['cur'] <= ownr['budget']:
                    continue
                ownr['arr'] = ownr['cur']
            else:
                if ownr['cur'] > ownr['budget']:
                    continue
                if ownr['arr'] < ownr['cur']:
                    ownr['arr'] = ownr['cur']
        head = dict(key='up', label=pick(['上级补助资金', '上级补助资金小计']),
                    budget=sum(r['budget'] for r in mem), arr=sum(r['arr'] for r in mem),
                    cur=sum(r['cur'] for r in mem))
        top = [head] + tops
        tot = dict(key='tot', label='项目资金合计', budget=sum(r['budget'] for r in top),
                   arr=sum(r['arr'] for r in top), cur=sum(r['cur'] for r in top))
        if 'over' in tr and not tot['cur'] > tot['budget']:
            continue
        if cx.sharecol:
            ss = sum(pct(r['budget'], tot['budget'], 2) for r in top)
            if (ss != 100) != ('share' in tr):
                continue
        break
    else:
        raise SystemExit('H: no draw')
    rows = [head] + mem + tops + [tot]
    totals = {'budget': tot['budget']}
    doc.lines('%s%d年%s资金绩效自评报告' % (cx.unit, Y, proj))
    doc.lines('一、项目概况')
    doc.prose('根据《%s财政厅关于下达%d年%s资金的通知》（%s），%s组织实施了%d年%s。'
              % (cx.provfull, Y, proj, cx.docno, cx.unit, Y, proj), wrap=cx.wrap)
    heads = ['资金来源', '预算数', '到位数', '支出数']
    cols = ['v:budget', 'v:arr', 'v:cur']
    if cx.sharecol:
        heads = heads[:2] + ['占比（%）'] + heads[2:]
        cols = cols[:1] + ['share:budget'] + cols[1:]
    t, c = build_table(['表1  %s资金来源及使用情况' % proj, '单位：万元'], heads, cols, rows, cx.layout,
                       th=cx.th, totals=totals, snd=2)
    doc.add(t)
    if 'share' in tr and cx.sharecol:
        doc.trap("share.rounding: 占比 of the top-level rows adds to %s" % sum(
            pct(r['budget'], tot['budget'], 2) for r in top))
    if 'halfup' in tr:
        doc.trap("half.up: 项目资金 完成预算 exact %s%% printed %s" % (tot['cur'] * 100 / tot['budget'],
                                                                   pct(tot['cur'], tot['budget'], nd)))
    if 'over' in tr:
        doc.trap("over.budget: 项目资金 完成年初预算的%s%% after 追加" % pct(tot['cur'], tot['budget'], nd))
    doc.cand('sum.breakdown', c['prv']['v:arr'], '表1 省级资金 到位数', loc='table')
    doc.cand('sum.breakdown', c['cen']['v:cur'], '表1 中央资金 支出数', loc='table')
    doc.lines('二、资金到位及使用情况')
    B, Ar, X = tot['budget'], tot['arr'], tot['cur']
    cw = '完成年初预算的' if 'over' in tr else '完成预算的'
    toks = ['项目资金预算数为', S(fm(B)), '万元，实际到位', S(fm(Ar)), '万元，实际支出', S(fm(X)), '万元，', cw,
            S(fa(pct(X, B, nd))), '%']
    if 'over' in tr:
        toks += ['，超出部分为年中追加的%s' % own]
    toks += ['。']
    doc.prose(*toks, wrap=cx.wrap)
    doc.lines('三、项目实施情况')
    parts = [q(X * fac(30, 45, 100)), q(X * fac(25, 35, 100))]
    T = q(X + sc(cx, money(20, 200)))
    parts.append(T - sum(parts))
    pt = [S(fm(p)) for p in parts]
    ts = S(fm(T))
    doc.prose('项目累计完成投资', ts, '万元（含群众投工投劳折资），包括%s' % works[0][0], pt[0], '万元、%s' % works[1][0],
              pt[1], '万元和%s' % works[2][0], pt[2], '万元三部分。', wrap=cx.wrap)
    for i in range(3):
        doc.cand('sum.breakdown', pt[i], "实施情况段 '%s%s万元'（三部分合计应为%s万元）" % (works[i][0], pt[i].text, fm(T)),
                 loc='prose')
        doc.cands['sum.breakdown'][-1]['prose'] = True
    doc.lines('四、自评结论')
    doc.prose('经自评，该项目绩效目标基本完成，自评得分%s分。' % score(850, 980))


# ----------------------------------------------------------------------------
# slips
# ----------------------------------------------------------------------------
def money_edits(t, th):
    neg = t.startswith('-')
    body = t[1:] if neg else t
    opts = []
    for i in range(len(body) - 1):
        a, b = body[i], body[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            nb = body[:i] + b + a + body[i + 2:]
            if len(nb) > 1 and nb[0] == '0' and nb[1].isdigit():
                continue
            opts.append(('transposed digits', nb))
    if ',' not in body:
        ip = body.split('.')[0]
        if len(ip) >= 3:
            for i in range(1, len(ip)):
                nb = body[:i] + body[i + 1:]
                opts.append(('dropped digit', nb))
    v = D(body.replace(',', ''))
    nd = len(body.split('.')[1]) if '.' in body else 0
    for _ in range(4):
        f = D(rng.choice([-1, 1]) * rng.randint(15, 90)) / 1000
        nv = q(v * (1 + f), nd)
        opts.append(('stale draft value', format(nv, (',' if th else '') + '.%df' % nd)))
    rng.shuffle(opts)
    return [(k, ('-' if neg else '') + nb) for k, nb in opts]


def apply_slip(doc, fam, prefer=None, edit_pref=None):
    cands = list(doc.cands.get(fam, []))
    if prefer:
        cands = [c for c in cands if c['loc'] == prefer] or cands
    rng.shuffle(cands)
    for c in cands:
        slot = c['slot']
        old = slot.text
        if c['kind'] == 'unit':
            return dict(slot=slot, new='元', edit='unit dropped from 万元 to 元', cand=c,
                        old=old)
        if c['kind'] == 'alt':
            return dict(slot=slot, new=c['alt'], edit='元 figure restated as 万元 with the digits unchanged',
                        cand=c, old=old)
        th = ',' in old
        opts = money_edits(old, th)
        if edit_pref:
            opts = [o for o in opts if o[0] == edit_pref] + [o for o in opts if o[0] != edit_pref]
        for edit, new in opts:
            if D(new.replace(',', '')) == D(old.replace(',', '')):
                continue
            if c['check'] and not c['check'](new):
                continue
            return dict(slot=slot, new=new, edit=edit, cand=c, old=old)
    raise SystemExit('no slip for %s in %s' % (fam, doc.did))


# ----------------------------------------------------------------------------
# the plan: 20 slip documents, 20 clean documents
# ----------------------------------------------------------------------------
PLAN = [
    # template, sector, level, slip family, where, traps, options
    ('H', '水利', 'county', 'sum.breakdown', 'table', ['halfup'], dict(layout='pipe', th=True)),
    ('D', '教育', 'city', 'sum.breakdown', 'table', ['double', 'other'], dict(layout='space', layout2='tab')),
    ('H', '农业农村', 'county', 'sum.breakdown', 'prose', ['share'], dict(layout='tab', sharecol=True)),
    ('A', '卫健', 'city', 'rate.ratio', 'table', ['zero', 'fall'], dict(layout='tab', layout2='space')),
    ('C', '财政', 'county', 'rate.ratio', 'table', ['comparable', 'scope'],
     dict(layout='tab', h2=True, split=True)),
    ('D', '文旅', 'province', 'rate.ratio', 'table', ['double'], dict(layout='pipe', layout2='cell', struct=True)),
    ('B', '市场监管', 'county', 'rate.ratio', 'prose', ['zero', 'scope'], dict(layout='tab', variant='full')),
    ('G', '住建', 'city', 'change', 'table', ['zero', 'halfup'], dict(layout='space', nd=1)),
    ('G', '交通', 'county', 'change', 'table', ['double', 'fall'], dict(layout='pipe', th=True, norate=True)),
    ('B', '医保', 'city', 'change', 'prose', ['other', 'over'], dict(layout='space', variant='lean')),
    ('C', '财政', 'city', 'fact.conflict', 'prose', ['halfup', 'fall'], dict(layout='pipe', h2=True, exptable=True,
                                                                            layout2='tab')),
    ('F', '乡镇', 'town', 'fact.conflict', 'prose', ['zero'], dict(layout='cell', layout2='tab', street=True)),
    ('C', '财政', 'province', 'unit.magnitude', 'prose', ['comparable', 'double'],
     dict(layout='space', split=True, th=True)),
    ('E', '市场监管', 'county', 'unit.magnitude', 'prose', ['halfup'], dict(layout='tab')),
    ('A', '教育', 'county', 'table.text', 'prose', ['double', 'other'], dict(layout='pipe', layout2='tab')),
    ('B', '交通', 'city', 'table.text', 'prose', ['fall'], dict(layout='pipe', variant='compl')),
    ('D', '农业农村', 'county', 'table.text', 'prose', ['other', 'halfup'], dict(layout='tab', cagrcol=True)),
    ('F', '乡镇', 'town', 'balance.carryover', 'table', ['halfup'], dict(layout='cell', layout2='space')),
    ('F', '乡镇', 'town', 'balance.carryover', 'table', ['double'], dict(layout='tab', layout2='pipe', street=True)),
    ('A', '民政', 'county', 'balance.carryover', 'prose', ['zero'], dict(layout='space', layout2='pipe')),
    # clean
    ('A', '卫健', 'county', None, None, ['zero', 'double', 'halfup'], dict(layout='tab', layout2='tab', th=True)),
    ('A', '文旅', 'city', None, None, ['fall', 'other', 'zero'], dict(layout='space', layout2='space')),
    ('A', '自然资源', 'province', None, None, ['double', 'halfup', 'fall'], dict(layout='pipe', layout2='space',
                                                                               th=True)),
    ('B', '住建', 'county', None, None, ['zero', 'scope', 'other'], dict(layout='tab', variant='full')),
    ('B', '市场监管', 'city', None, None, ['over', 'scope'], dict(layout='space', variant='compl')),
    ('B', '文旅', 'province', None, None, ['fall', 'over', 'other'], dict(layout='pipe', variant='full')),
    ('C', '财政', 'county', None, None, ['comparable', 'scope', 'zero', 'halfup'],
     dict(layout='tab', h2=True, exptable=True, layout2='space')),
    ('C', '财政', 'city', None, None, ['comparable', 'double', 'fall', 'over'],
     dict(layout='pipe', exptable=True, layout2='pipe', th=True)),
    ('C', '财政', 'province', None, None, ['scope', 'halfup', 'over'],
     dict(layout='space', exptable=True, layout2='tab', th=True)),
    ('D', '卫健', 'city', None, None, ['double', 'other', 'share'], dict(layout='tab', layout2='space', struct=True)),
    ('D', '教育', 'province', None, None, ['halfup', 'share', 'double'],
     dict(layout='space', layout2='pipe', struct=True, split=True, th=True)),
    ('D', '民政', 'county', None, None, ['other', 'double'], dict(layout='pipe', cagrcol=True)),
    ('E', '文旅', 'county', None, None, ['halfup', 'over'], dict(layout='pipe')),
    ('E', '乡镇', 'town', None, None, ['halfup', 'over'], dict(layout='cell')),
    ('F', '乡镇', 'town', None, None, ['zero', 'halfup', 'other'], dict(layout='cell', layout2='tab', th=True)),
    ('F', '乡镇', 'town', None, None, ['double', 'fall', 'other'], dict(layout='space', layout2='space',
                                                                     street=True)),
    ('G', '自然资源', 'city', None, None, ['zero', 'double', 'halfup'], dict(layout='tab', split=True)),
    ('G', '交通', 'province', None, None, ['fall', 'zero', 'halfup'], dict(layout='pipe', split=True)),
    ('H', '水利', 'city', None, None, ['share', 'halfup', 'over'], dict(layout='space', sharecol=True, th=True)),
    ('H', '交通', 'county', None, None, ['share', 'over'], dict(layout='cell', sharecol=True)),
]

TEMPLATES = {'A': t_A, 'B': t_B, 'C': t_C, 'D': t_D, 'E': t_E, 'F': t_F, 'G': t_G, 'H': t_H}
YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]


def build_all():
    order = list(range(len(PLAN)))
    rng.shuffle(order)
    docs = []
    for pos, pi in enumerate(order):
        tmpl, sector, level, fam, where, traps, opt = PLAN[pi]
        did = 't%02d' % (pos + 1)
        year = YEARS[(pi * 3) % len(YEARS)]
        if tmpl == 'D' and year < 2021:
            year += 3
        spec = dict(sector=sector, level=level, year=year, traps=traps,
                    nd=1 if pi % 5 == 3 else 2, wrap=26 if pi % 6 == 2 else 0)
        spec.update(opt)
        cx = make_ctx(spec, pi)
        cx.layout = opt.get('layout', 'tab')
        cx.layout2 = opt.get('layout2', 'tab')
        cx.th = opt.get('th', False)
        cx.h2 = opt.get('h2', False)
        cx.split = opt.get('split', False)
        cx.exptable = opt.get('exptable', False)
        cx.variant = opt.get('variant', 'full')
        cx.struct = opt.get('struct', False)
        cx.cagrcol = opt.get('cagrcol', False)
        cx.sharecol = opt.get('sharecol', False)
        cx.norate = opt.get('norate', False)
        doc = Doc(did)
        TEMPLATES[tmpl](doc, cx)
        slip = None
        if fam:
            pref = ['transposed digits', 'stale draft value', 'dropped digit'][pi % 3]
            slip = apply_slip(doc, fam, where, pref)
        docs.append((doc, fam, slip, traps, tmpl, cx))
    return docs


def main():
    args = sys.argv[1:]
    twins = None
    if args[:1] == ['--twins']:
        twins = args[1]
    docs = build_all()
    if twins:
        os.makedirs(twins, exist_ok=True)
        for doc, fam, slip, traps, tmpl, cx in docs:
            if fam:
                with open(os.path.join(twins, doc.did + '.txt'), 'w', encoding='utf-8') as f:
                    f.write(doc.render())
        return
    rows = []
    for doc, fam, slip, traps, tmpl, cx in docs:
        ov = {}
        if slip:
            ov[id(slip['slot'])] = slip['new']
        text = doc.render(ov)
        n = text.count('\n')
        if not 15 <= n <= 60:
            print("LINES", doc.did, tmpl, n)
        with open(os.path.join(HERE, doc.did + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        if slip:
            c = slip['cand']
            if c['kind'] == 'unit':
                num = c['where'].split("'")[1]
                num = ''.join(ch for ch in num if ch.isdigit() or ch in '.,')
                det = "%s [prose]: printed '%s元' should be '%s万元' (%s)" % (c['where'], num, num, slip['edit'])
            elif c['kind'] == 'alt':
                det = "%s [prose]: printed '%s万元' should be '%s万元' (%s)" % (c['where'], slip['new'], slip['old'],
                                                                      slip['edit'])
            else:
                det = "%s [%s]: printed '%s' should be '%s' (%s)" % (c['where'], c['loc'], slip['new'],
                                                                     slip['old'], slip['edit'])
            rows.append((doc.did, fam, det))
        else:
            rows.append((doc.did, 'clean', 'traps: ' + '; '.join(doc.traps)))
    with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\texpected\tdetail\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


if __name__ == '__main__':
    main()
