#!/usr/bin/env python3
"""Independent re-reader for blind set blind88.

Does NOT import gen.py.  It reads tNN.txt as plain text, finds the figures
(with their units), the tables, and the relations the genre states (breakdowns,
rates, balances, year-on-year changes, products of area x standard, scores and
grades, restatements, counts of listed items, prose vs table), recomputes every
relation it recognises and reports the inconsistent ones by family.

  python3 check.py               checks t01..t40 against expect.tsv
  python3 check.py --twins DIR   also checks DIR/tNN.txt (slip documents rebuilt
                                 without their slip): each must be clean and
                                 differ from its slip document in one paragraph
  python3 check.py -v            prints every finding and every trap seen
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))


def rhu(x, nd):
    return x.quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------ units
DIM = {
    '万元': ('money', D(10000)), '元': ('money', D(1)),
    '万亩': ('area', D(10000)), '亩': ('area', D(1)), '公顷': ('area', D(15)), '平方公里': ('area', D(1500)),
    '人': ('person', D(1)), '名': ('person', D(1)), '人次': ('visit', D(1)), '户': ('household', D(1)),
    '株': ('plant', D(1)), '个': ('item', D(1)), '处': ('site', D(1)), '座': ('structure', D(1)),
    '份': ('copy', D(1)), '起': ('case', D(1)), '期': ('session', D(1)), '项': ('entry', D(1)),
    '种': ('species', D(1)), '天': ('day', D(1)), '分': ('score', D(1)), '%': ('pct', D(1)),
    '‰': ('permille', D(1)), '次': ('times', D(1)), '家': ('org', D(1)), '块': ('piece', D(1)),
    '个百分点': ('pp', D(1)),
}
COUNT_DIMS = {'person', 'visit', 'household', 'item', 'site', 'structure', 'copy', 'case', 'session',
              'entry', 'species', 'day', 'times', 'org', 'piece', 'plant'}
UNIT_RE = (r'(万元|元/亩|元/株|元/人/年|株/亩|元(?!/)|万亩|平方公里|公顷|亩|人次|人|名|户|株|个百分点|个|处|座|份|起|期|项|种|天'
           r'|分(?![钟别配布批类])|%|‰|次|家|块)')
NUM = r'(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)'
QRE = re.compile(r'(?<![\d.,A-Za-z〔第])' + NUM + r'\s*' + UNIT_RE)
STD_RES = [
    (re.compile(r'每亩(?:每年)?' + NUM + r'元'), 'yuan/mu'),
    (re.compile(r'每亩' + NUM + r'株'), 'plant/mu'),
    (re.compile(r'每人每年' + NUM + r'元'), 'yuan/person'),
    (re.compile(r'每株' + NUM + r'元'), 'yuan/plant'),
    (re.compile(r'亩均(?:财政)?(?:投入|投资)?' + NUM + r'元'), 'yuan/mu'),
]
STD_UNIT = {'元/亩': 'yuan/mu', '元/株': 'yuan/plant', '元/人/年': 'yuan/person', '株/亩': 'plant/mu'}
CJK = re.compile(r'[\u4e00-\u9fff“”]')
STRIP_PRE = ['其中', '包括', '含', '共计', '共', '全县', '全市', '全区', '全旗', '全局', '全场', '我县', '我市',
             '我区', '我旗', '由', '和', '及', '加上', '另有']
STRIP_POST = ['为', '达到', '达', '共计', '共', '计', '约', '是', '有', '了']
UNIT_TOKENS = sorted([u for u in DIM if CJK.match(u[0])] + ['元/亩'], key=len, reverse=True)
CN_NUM = {'两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}


def dnum(s):
    return D(s.replace(',', ''))


def ndec(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


class Q:
    __slots__ = ('val', 'txt', 'unit', 'dim', 'fac', 'nd', 's', 'e', 'key', 'raw', 'line', 'std')

    def __init__(self, txt, unit, s, e, line, std=None):
        self.txt = txt
        self.val = dnum(txt)
        self.unit = unit
        self.std = std
        if std:
            self.dim, self.fac = 'std:' + std, D(1)
        else:
            self.dim, self.fac = DIM[unit]
        self.nd = ndec(txt)
        self.s, self.e, self.line = s, e, line
        self.key, self.raw = '', ''

    @property
    def base(self):
        return self.val * self.fac

    def __repr__(self):
        return f"{self.txt}{self.unit or ''}"


def raw_key(text, pos):
    j = pos
    while j > 0 and CJK.match(text[j - 1]):
        j -= 1
    raw = text[j:pos]
    if j > 0 and text[j - 1].isdigit():
        # the run starts right after another figure: drop that figure's unit,
        # or keep a year ("2016年度任务")
        if raw.startswith('年'):
            k = j
            while k > 0 and text[k - 1].isdigit():
                k -= 1
            raw = text[k:pos]
        else:
            for u in UNIT_TOKENS:
                if raw.startswith(u):
                    raw = raw[len(u):]
                    break
    return raw


def norm_key(raw):
    k = raw
    changed = True
    while changed:
        changed = False
        for p in STRIP_PRE:
            if k.startswith(p) and len(k) > len(p):
                k = k[len(p):]
                changed = True
        for p in STRIP_POST:
            if k.endswith(p) and len(k) > len(p):
                k = k[:-len(p)]
                changed = True
    return k


def quantities(text):
    """all figures with units in a piece of text (standards first)"""
    out = []
    taken = []
    for rx, kind in STD_RES:
        for m in rx.finditer(text):
            out.append(Q(m.group(1), None, m.start(1), m.end(), text, std=kind))
            taken.append((m.start(), m.end()))
    for m in QRE.finditer(text):
        if any(a <= m.start(1) < b for a, b in taken):
            continue
        unit = m.group(2)
        if unit in STD_UNIT:
            qq = Q(m.group(1), None, m.start(1), m.end(), text, std=STD_UNIT[unit])
        else:
            qq = Q(m.group(1), unit, m.start(1), m.end(), text)
        out.append(qq)
    out.sort(key=lambda x: x.s)
    for qq in out:
        qq.raw = raw_key(text, qq.s)
        qq.key = norm_key(qq.raw)
    return out


def same(a, b):
    """the same quantity, allowing for the rounding of a restatement"""
    if a.dim != b.dim:
        return None
    if a.base == b.base:
        return True
    try:
        if rhu(b.base / a.fac, a.nd) == a.val:
            return True
        if rhu(a.base / b.fac, b.nd) == b.val:
            return True
    except InvalidOperation:
        pass
    return False


# ------------------------------------------------------------------ tables
BOX = set('┌┐└┘├┤┬┴┼─')


def split_row(line):
    t = line.strip()
    if t and set(t) <= BOX:
        return 'border'
    if re.fullmatch(r'\|?\s*:?-{3,}.*', t):
        return 'border'
    if t.startswith('|') and t.count('|') >= 3:
        return [c.strip() for c in t.strip('|').split('|')]
    if t.startswith('│') and t.count('│') >= 3:
        return [c.strip() for c in t.strip('│').split('│')]
    if '\t' in t:
        return [c.strip() for c in t.split('\t')]
    cells = re.split(r'[ \u3000]{2,}', t)
    if len(cells) >= 3:
        return cells
    return None


def cellnum(c):
    c = c.strip()
    if re.fullmatch(r'-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?', c):
        return dnum(c)
    return None


def header_unit(h):
    m = re.search(r'[（(]([^）)]+)[）)]', h)
    u = m.group(1) if m else ''
    if u in DIM:
        return DIM[u][0], DIM[u][1], u
    if '率' in h or '占比' in h or '比例' in h or '比重' in h:
        return 'pct', D(1), '%'
    if '分值' in h or '得分' in h or '权重' in h:
        return 'score', D(1), '分'
    return None, None, None


class Table:
    def __init__(self, start, rows):
        self.start = start
        self.header = rows[0][1]
        self.lines = [i for i, _ in rows]
        self.body = []     # (line index, cells)
        for i, cells in rows[1:]:
            self.body.append((i, cells))
        ncol = len(self.header)
        self.cols = [header_unit(h) for h in self.header]
        self.total = None
        self.data = []
        for i, cells in self.body:
            if len(cells) != ncol:
                continue
            if any(re.search(r'合计|总计|小计', c) for c in cells):
                self.total = (i, cells)
            else:
                self.data.append((i, cells))
        # row-name column: a 名称 column, else the last non-numeric column
        # before the first numeric one
        self.namecol = 0
        named = [j for j, h in enumerate(self.header) if '名称' in h]
        if named:
            self.namecol = named[0]
        elif self.data:
            cells = self.data[0][1]
            for j, c in enumerate(cells):
                if cellnum(c) is not None and j > 0 and self.cols[j][0]:
                    break
                if cellnum(c) is None:
                    self.namecol = j

    def numcols(self):
        return [j for j, c in enumerate(self.cols) if c[0] is not None]


def find_tables(lines):
    tables = []
    cur = []
    for i, ln in enumerate(lines):
        sr = split_row(ln)
        if sr == 'border':
            continue
        if sr:
            cur.append((i, sr))
        else:
            if len(cur) >= 2:
                tables.append(Table(cur[0][0], cur))
            cur = []
    if len(cur) >= 2:
        tables.append(Table(cur[0][0], cur))
    return tables


# ------------------------------------------------------------------ analysis
class Report:
    def __init__(self):
        self.findings = []
        self.traps = {}

    def flag(self, fam, msg):
        self.findings.append((fam, msg))

    def trap(self, kind, msg):
        self.traps.setdefault(kind, msg)

    @property
    def families(self):
        return sorted({f for f, _ in self.findings})


def sentences(line):
    out = []
    pos = 0
    for m in re.finditer(r'[^。]+。?', line):
        out.append(m.group(0))
        pos = m.end()
    return out


def analyse(text):
    rep = Report()
    lines = text.split('\n')
    tables = find_tables(lines)
    tline = {x for t in tables for x in t.lines}
    prose = [(i, ln) for i, ln in enumerate(lines)
             if i not in tline and split_row(ln) != 'border']
    allq = []       # prose quantities in reading order
    sents = []
    for i, ln in prose:
        for s in sentences(ln):
            qs = quantities(s)
            sents.append((i, s, qs))
            allq.extend(qs)

    check_restatements(rep, sents)
    check_keyed(rep, allq)
    check_breakdowns(rep, sents)
    check_rates(rep, sents)
    check_balance(rep, sents)
    check_change(rep, sents)
    check_products(rep, sents)
    check_lists(rep, sents, tables, lines)
    check_scores(rep, sents, tables, text)
    check_umag(rep, allq)
    for t in tables:
        check_table(rep, t)
    check_table_text(rep, tables, sents)
    doc_traps(rep, sents, allq, text)
    return rep


# -- restatement in brackets: 6350亩（约423.33公顷）, 15.06万亩, 338.72万元（3,387,200.00元）
def check_restatements(rep, sents):
    for _, s, qs in sents:
        for a in qs:
            m = re.match(r'\s*[（(](?:约|折合|合|即)?\s*', s[a.e:])
            if not m:
                continue
            st = a.e + m.end()
            b = next((x for x in qs if x.s == st), None)
            if b is None or b.std or a.std:
                continue
            r_ = same(a, b)
            if r_ is None:
                continue
            if r_:
                if a.unit != b.unit:
                    if a.dim == 'money':
                        rep.trap('yuan', f"{a}（{b}）")
                    else:
                        rep.trap('unitconv', f"{a}（{b}）")
            else:
                rep.flag('fact.conflict', f"restatement {a} vs {b}")


# -- the same labelled quantity stated twice
def check_keyed(rep, allq):
    by = {}
    wan = {x.txt.replace(',', '') for x in allq if x.unit == '万元'}
    for x in allq:
        if x.std or x.dim in ('pp',):
            continue
        if x.unit == '元' and x.txt.replace(',', '') in wan:
            continue            # a unit slip, judged by check_umag
        if x.dim == 'pct' and (re.search(r'不低于|不少于|不高于|控制在|目标|达到', x.raw)
                               or re.match(r'\s*(以上|以内|以下)', x.line[x.e:])):
            continue            # a target, not an achieved value
        if len(x.key) < 4:
            continue
        # a figure in brackets right after another one is a restatement
        if x.s > 0 and x.line[x.s - 1] in '（(':
            continue
        by.setdefault((x.key, x.dim if x.dim != 'pct' else 'pct'), []).append(x)
    for (k, dim), xs in by.items():
        for i in range(len(xs)):
            for j in range(i + 1, len(xs)):
                r_ = same(xs[i], xs[j])
                if r_ is False:
                    rep.flag('fact.conflict', f"{k}: {xs[i]} vs {xs[j]}")
                elif r_ and xs[i].unit != xs[j].unit:
                    rep.trap('unitconv', f"{k}: {xs[i]} = {xs[j]}")
    # another year / another scope of the same name
    keys = {}
    for x in allq:
        if not x.std and len(x.key) >= 2:
            keys.setdefault((x.key, x.dim), x)
    for (k, dim), x in keys.items():
        for pre, kind in (('上年度', 'otheryear'), ('上年', 'otheryear'), ('财政拨款', 'scope')):
            if k.startswith(pre) and (k[len(pre):], dim) in keys:
                y = keys[(k[len(pre):], dim)]
                if x.base != y.base:
                    rep.trap(kind, f"{k} {x} vs {y.key} {y}")


def cnt_word(w):
    if w is None:
        return None
    if w.isdigit():
        return int(w)
    return CN_NUM.get(w)


def fam_for(dim):
    if dim == 'score':
        return 'score.total'
    if dim in COUNT_DIMS and dim != 'plant':
        return 'count.mismatch'
    return 'sum.breakdown'


def sum_ok(total, parts):
    tot = sum(p.base for p in parts)
    if tot == total.base:
        return True
    return rhu(tot / total.fac, total.nd) == total.val


def check_breakdowns(rep, sents):
    for _, s, qs in sents:
        plain = [x for x in qs if not x.std and x.dim != 'pct']
        # 由 A、B 和 C (三部分)构成
        for m in re.finditer(r'由', s):
            m2 = re.compile(r'(?:(两|二|三|四|五|六|七|八|九|十|\d+)(?:部分|项|类|个方面|批次|批))?(构成|组成)').search(s, m.end())
            if not m2:
                continue
            nxt = s.find('由', m.end())
            if nxt != -1 and nxt < m2.start():
                continue
            before = [x for x in plain if x.e <= m.start()]
            if not before:
                continue
            total = before[-1]
            parts = [x for x in plain if m.end() <= x.s < m2.start() and x.dim == total.dim]
            if len(parts) < 2:
                continue
            _judge(rep, total, parts, cnt_word(m2.group(1)), s)
        # 包括 A、B 两项/两类/两批次/两部分
        for m in re.finditer(r'包括', s):
            m2 = re.compile(r'(两|二|三|四|五|六|七|八|九|十|\d+)(部分|项|类|个方面|批次|批)').search(s, m.end())
            if not m2:
                continue
            seg = s[m.end():m2.start()]
            if '等' in seg[-3:]:
                continue
            before = [x for x in plain if x.e <= m.start()]
            if not before:
                continue
            total = before[-1]
            parts = [x for x in plain if m.end() <= x.s < m2.start() and x.dim == total.dim]
            if len(parts) < 2:
                continue
            _judge(rep, total, parts, cnt_word(m2.group(1)), s)
        # 其中 …… 分别为 a、b、c
        m = re.search(r'其中', s)
        if m and '分别为' in s[m.end():]:
            k = s.index('分别为', m.end())
            before = [x for x in plain if x.e <= m.start()]
            if before:
                total = before[-1]
                stop = s.find('；', k)
                stop = len(s) if stop == -1 else stop
                parts = [x for x in plain if k < x.s < stop and x.dim == total.dim]
                if len(parts) >= 2:
                    _judge(rep, total, parts, None, s)
        # 2022年 a万元，2023年 b万元，两年合计/累计 c万元
        for x in plain:
            if re.search(r'两年(合计|累计|共计)', x.raw):
                parts = [y for y in plain if y.e <= x.s and y.dim == x.dim and re.match(r'\d{4}年', y.raw)]
                if len(parts) >= 2:
                    if sum_ok(x, parts):
                        rep.trap('twoyear', f"{parts} -> {x}")
                    else:
                        rep.flag('sum.breakdown', f"two-year total {x} != {parts}")
        # 年初预算 + 年中追加(调整) = 全年预算
        ini = [x for x in plain if x.dim == 'money' and '年初预算' in x.raw]
        add = [x for x in plain if x.dim == 'money' and re.search(r'追加|调增', x.raw)]
        full = [x for x in plain if x.dim == 'money' and re.search(r'全年预算|调整后预算', x.raw)]
        if ini and add and full and ini[0].s < add[0].s < full[0].s:
            if ini[0].base + add[0].base != full[0].base:
                rep.flag('sum.breakdown', f"{ini[0]} + {add[0]} != {full[0]}")
        # 收入总计 = 本年收入合计 + 年初结转和结余
        for x in plain:
            if '收入总计' in x.raw:
                inc = [y for y in plain if '本年收入' in y.raw and y.dim == x.dim]
                cb = [y for y in plain if '年初结转' in y.raw and y.dim == x.dim]
                if inc and cb:
                    if inc[0].base + cb[0].base == x.base:
                        rep.trap('carryin', f"收入总计{x} = {inc[0]} + {cb[0]}")
                    else:
                        rep.flag('sum.breakdown', f"收入总计 {x} != {inc[0]} + {cb[0]}")
        # non-exhaustive 其中 (trap only): parts of one run after 其中 sum below total
        for m in re.finditer(r'其中', s):
            if '分别为' in s[m.end():]:
                continue
            before = [x for x in plain if x.e <= m.start()]
            if not before:
                continue
            total = before[-1]
            end = len(s)
            for sep in '，；。':
                p = s.find(sep, m.end())
                if p != -1:
                    end = min(end, p)
            parts = [x for x in plain if m.end() <= x.s < end and x.dim == total.dim]
            if len(parts) >= 2 and sum(p.base for p in parts) < total.base:
                rep.trap('noexh', f"其中 {parts} < {total}")
        if re.search(r'主要用于[^。]*等', s) or re.search(r'包括[^。]*等[，。；]', s):
            rep.trap('noexh', s[:30])


def _judge(rep, total, parts, n, s):
    if n is not None and n != len(parts):
        rep.flag('count.mismatch', f"{n} items announced, {len(parts)} listed: {s[:40]}")
    if not sum_ok(total, parts):
        rep.flag(fam_for(total.dim), f"{total} != sum{parts}")
    elif any(p.unit != total.unit for p in parts):
        rep.trap('unitconv', f"{total} = sum{parts}")


# -- rates
RATE_WORDS = ('率', '占', '比例', '比重', '满意度')
GROWTH = ('增长', '下降', '提高', '降低', '增加', '减少')


def check_rates(rep, sents):
    for _, s, qs in sents:
        for p in qs:
            if p.dim != 'pct':
                continue
            k = p.raw
            if not (any(w in k for w in RATE_WORDS) or k.endswith('的') or k.endswith(GROWTH)):
                continue
            if re.search(r'不低于|不少于|不高于|控制在|目标', k):
                continue
            if re.match(r'\s*(以上|以内|以下)', s[p.e:]):
                continue
            if p.s > 0 and s[p.s - 1] in '≥≤><':
                continue
            cands = [x for x in qs if not x.std and x.dim not in ('pct', 'pp', 'permille') and x is not p]
            groups = {}
            for x in cands:
                groups.setdefault(x.dim, []).append(x)
            groups = {g: xs for g, xs in groups.items() if len(xs) >= 2}
            if not groups:
                continue
            growth = k.endswith(GROWTH)
            hit = None
            for g, xs in groups.items():
                for a in xs:
                    for b in xs:
                        if a is b:
                            continue
                        if b.base == 0:
                            if a.base == 0 and p.val == 100:
                                hit = (a, b, 'zero')
                            continue
                        v = rhu(a.base / b.base * 100, p.nd)
                        if v == p.val:
                            hit = hit or (a, b, 'ratio')
                        if growth and rhu(abs(a.base - b.base) / b.base * 100, p.nd) == p.val:
                            hit = hit or (a, b, 'growth')
            if hit is None:
                rep.flag('rate.ratio', f"{k}{p} not a quotient of {cands}")
                continue
            a, b, how = hit
            if how == 'zero':
                rep.trap('zero', f"{k}{p} (0/0)")
            if p.val > 100 and how == 'ratio':
                rep.trap('over100', f"{k}{p} = {a}/{b}")
            if '得分率' in k:
                rep.trap('scorerate', f"{k}{p}")
            if '执行率' in k and '年初预算' in s and '年初' not in b.raw:
                rep.trap('twobudget', f"{k}{p} over {b.raw}{b}, not 年初预算")
            if re.search(r'成活率|保存率', k) and '计划' in s:
                plan = [x for x in cands if '计划' in x.raw and x.dim == b.dim]
                if plan and b is not plan[0]:
                    rep.trap('survival', f"{k}{p} over {b}, not 计划 {plan[0]}")
            if '满意度' in k:
                issued = [x for x in cands if '发放' in x.raw]
                if issued and b is not issued[0]:
                    rep.trap('survey', f"{k}{p} over {b}, not 发放 {issued[0]}")


# -- 结转/结余 = 预算 − 支出 (or 年初 + 收入 − 支出)
def check_balance(rep, sents):
    for _, s, qs in sents:
        money = [x for x in qs if x.dim == 'money' and not x.std]
        for c in money:
            if not re.search(r'结转|结余', c.raw) or re.search(r'年初|上年|以前年度', c.raw):
                continue
            others = [x for x in money if x is not c]
            if len(others) < 2:
                continue
            ok = False
            for a in others:
                for b in others:
                    if a is not b and a.base - b.base == c.base:
                        ok = True
            if not ok:
                for a in others:
                    for b in others:
                        for z in others:
                            if len({id(a), id(b), id(z)}) == 3 and a.base + b.base - z.base == c.base:
                                ok = True
            if not ok:
                rep.flag('balance.carryover', f"{c.raw}{c} vs {others}")


# -- 比上年增加/减少 X
def check_change(rep, sents):
    for _, s, qs in sents:
        for x in qs:
            if x.std or x.dim in ('pct', 'pp'):
                continue
            if not re.search(r'(增加|减少|增长|下降)$', x.raw):
                continue
            pre = s[:x.s]
            if not re.search(r'(比|较)(上年|上一年|\d{4}年|同期)|同比|同口径|可比口径', pre):
                continue
            others = [y for y in qs if y is not x and y.dim == x.dim and not y.std
                      and not re.search(r'(增加|减少|增长|下降)$', y.raw)]
            if len(others) < 2:
                continue
            ok = any(abs(a.base - b.base) == x.base for a in others for b in others if a is not b)
            if not ok:
                rep.flag('change', f"{x.raw}{x} vs {others}")
            else:
                rep.trap('prevyear', f"{x.raw}{x}")
                if re.search(r'同口径|可比口径', s):
                    rep.trap('samekou', f"{x.raw}{x}")


# -- area x standard = money, persons x standard = money, ...
PROD = {'yuan/mu': ('area', 'money'), 'plant/mu': ('area', 'plant'),
        'yuan/person': ('person', 'money'), 'yuan/plant': ('plant', 'money')}


def check_products(rep, sents):
    seen = {}
    for _, s, qs in sents:
        for clause in re.split(r'；', s):
            cq = quantities(clause)
            for st in [x for x in cq if x.std]:
                kind = st.std
                ind, outd = PROD[kind]
                ins = [x for x in cq if x.dim == ind and not x.std]
                outs = [x for x in cq if x.dim == outd and not x.std and x is not None]
                if ind == outd:
                    continue
                if not ins or not outs:
                    continue
                ok = False
                for a in ins:
                    for o in outs:
                        if a.base * st.val == o.base:
                            ok = True
                        elif a.base and rhu(o.base / a.base, st.nd) == st.val and '约' in clause:
                            ok = True
                            rep.trap('rounding', f"约{st.val} = {o}/{a}")
                if ok:
                    seen.setdefault(kind, set()).add(st.val)
                else:
                    rep.flag('calc.product', f"{ins} x {st.val}{kind} vs {outs}")
    for kind, vals in seen.items():
        if len(vals) >= 2:
            rep.trap('stdtype', f"{kind}: {sorted(vals)}")


# -- counts of listed items, counts of table rows
NOUNS = ['乡镇', '林场', '项目区', '项目', '村']


def check_lists(rep, sents, tables, lines):
    for _, s, qs in sents:
        for m in re.finditer(r'(\d+)(个|处|家|座)([\u4e00-\u9fff]{0,20}?)[，,：:]\s*(?:分别为|分别是|即|包括)[：:]?([^。；]+)', s):
            items = [it for it in re.split(r'、|和|及', m.group(4)) if it.strip()]
            n = int(m.group(1))
            if items and items[-1].endswith('等'):
                if len(items) <= n:
                    continue
            if len(items) != n:
                rep.flag('count.mismatch', f"{n}{m.group(2)}{m.group(3)} vs {len(items)} listed")
        for m in re.finditer(r'((?:[\u4e00-\u9fff]{2,16}、)*[\u4e00-\u9fff]{2,16})等(\d+)个', s):
            items = m.group(1).split('、')
            if len(items) > int(m.group(2)):
                rep.flag('count.mismatch', f"等{m.group(2)}个 but {len(items)} listed")
    # "涉及8个乡镇" / "下辖5个林场" / "共实施项目7个" against the table rows
    text = '\n'.join(lines)
    pats = [re.compile(r'(?:涉及|分布在|下辖)(\d+)个(' + '|'.join(NOUNS) + ')'),
            re.compile(r'(?:共实施|实施)(' + '|'.join(NOUNS) + r')(\d+)个')]
    for li, ln in enumerate(lines):
        for k, rx in enumerate(pats):
            for m in rx.finditer(ln):
                n, noun = (int(m.group(1)), m.group(2)) if k == 0 else (int(m.group(2)), m.group(1))
                cand = [t for t in tables if any(noun in h for h in t.header)]
                if not cand:
                    continue
                after = [t for t in cand if t.start > li]
                t = after[0] if after else cand[-1]
                if len(t.data) != n:
                    rep.flag('count.mismatch', f"{n}个{noun} vs {len(t.data)} table rows")


# -- scores and grades
DEFAULT_BANDS = {'优秀': 90, '优': 90, '良好': 80, '良': 80, '合格': 60, '中': 60, '不合格': 0, '差': 0}
GRADES = r'(优秀|良好|基本合格|不合格|合格|优|良|中|差)'


def parse_bands(text):
    b = {}
    for m in re.finditer(r'(\d+)分（含）以上为[“"]?' + GRADES, text):
        b[m.group(2)] = int(m.group(1))
    for m in re.finditer(r'(\d+)分（含）(?:至|—|-|～|到)(\d+)分为[“"]?' + GRADES, text):
        b[m.group(3)] = int(m.group(1))
    for m in re.finditer(r'(\d+)分以下为[“"]?' + GRADES, text):
        b[m.group(2)] = 0
    return b


def check_scores(rep, sents, tables, text):
    for _, s, qs in sents:
        for m in re.finditer(r'(?:分值|权重)(?:为)?(\d+(?:\.\d+)?)分[，,、]?\s*(?:实际|自评)?得分(?:为)?(\d+(?:\.\d+)?)分', s):
            if D(m.group(2)) > D(m.group(1)):
                rep.flag('score.cap', m.group(0))
    bands = parse_bands(text)
    use = bands if len(bands) >= 3 else DEFAULT_BANDS
    totals = [(m.start(), D(m.group(1))) for m in
              re.finditer(r'(?:自评|综合|总|评价)(?:总)?得?分(?:为|是)?(\d+(?:\.\d+)?)分', text)]
    for m in re.finditer(r'(?:等级|等次|评级|结果)(?:为|是|：|:)?\s*[“"]?' + GRADES + r'[”"]?', text):
        g = m.group(1)
        prev = [t for t in totals if t[0] < m.start()]
        if not prev or g not in use:
            continue
        t = prev[-1][1]
        lo = use[g]
        higher = sorted(v for v in use.values() if v > lo)
        hi = higher[0] if higher else 10 ** 6
        if not (lo <= t < hi):
            rep.flag('grade.band', f"{t}分 graded {g} (band {lo}-{hi})")
        elif use is bands:
            d = DEFAULT_BANDS
            dg = None
            for name in ('优秀', '良好', '合格', '不合格') if g in ('优秀', '良好', '合格', '不合格', '基本合格') else ('优', '良', '中', '差'):
                if t >= d[name]:
                    dg = name
                    break
            if dg != g:
                rep.trap('bands', f"{t}分 is {g} under the stated bands ({dg} under 90/80/60)")
            else:
                rep.trap('bands_stated', f"{t}分 {g}")


# -- 1760.33元 for 1760.33万元
def check_umag(rep, allq):
    wan = {x.txt.replace(',', '') for x in allq if x.unit == '万元'}
    for x in allq:
        if x.unit == '元' and x.txt.replace(',', '') in wan:
            rep.flag('unit.magnitude', f"{x} restates {x.txt}万元")


# -- tables
def check_table(rep, t):
    if not t.data:
        return
    nc = t.numcols()
    scorecols = [j for j in nc if t.cols[j][0] == 'score']
    # column sums against the 合计 row
    if t.total:
        _, tc = t.total
        for j in nc:
            dim = t.cols[j][0]
            h = t.header[j]
            if dim == 'pct' or re.search(r'率|标准|单价|均', h):
                continue
            tv = cellnum(tc[j])
            vals = [cellnum(c[j]) for _, c in t.data]
            if tv is None or any(v is None for v in vals):
                continue
            if sum(vals) != tv:
                fam = 'score.total' if '得分' in h else fam_for(dim)
                rep.flag(fam, f"column {h}: sum {sum(vals)} != {tv}")
    # 得分 <= 分值
    wj = [j for j in scorecols if re.search(r'分值|权重', t.header[j])]
    sj = [j for j in scorecols if '得分' in t.header[j] and '率' not in t.header[j]]
    if wj and sj:
        for _, c in t.data:
            w, s_ = cellnum(c[wj[0]]), cellnum(c[sj[0]])
            if w is not None and s_ is not None and s_ > w:
                rep.flag('score.cap', f"{c} score above weight")
    # rate columns
    rows = t.data + ([t.total] if t.total else [])
    for j in nc:
        if t.cols[j][0] != 'pct':
            continue
        others = [k for k in nc if k != j and t.cols[k][0] != 'pct']
        best = None
        for a in others:
            for b in others:
                if a == b or t.cols[a][0] != t.cols[b][0]:
                    continue
                res = []
                for _, c in rows:
                    pv, av, bv = cellnum(c[j]), cellnum(c[a]), cellnum(c[b])
                    if pv is None or av is None or not bv:
                        res.append(None)
                        continue
                    res.append(rhu(av * t.cols[a][1] / (bv * t.cols[b][1]) * 100, ndec(c[j])) == pv)
                score = sum(1 for x in res if x)
                if best is None or score > best[0]:
                    best = (score, res, f"{t.header[a]}/{t.header[b]}")
        share = None
        if t.total:
            for a in others:
                tot = cellnum(t.total[1][a])
                if not tot:
                    continue
                res = []
                for _, c in rows:
                    pv, av = cellnum(c[j]), cellnum(c[a])
                    if pv is None or av is None:
                        res.append(None)
                        continue
                    res.append(rhu(av / tot * 100, ndec(c[j])) == pv)
                score = sum(1 for x in res if x)
                if share is None or score > share[0]:
                    share = (score, res, a)
        pick = best
        mode = 'pair'
        if share and (pick is None or share[0] > pick[0]):
            pick, mode = share, 'share'
        if pick is None or pick[0] == 0:
            continue
        for (_, c), ok in zip(rows, pick[1]):
            if ok is False:
                rep.flag('rate.ratio', f"table {t.header[j]} row {c}")
        if mode == 'share' and all(x is not False for x in pick[1]):
            ssum = sum(cellnum(c[j]) for _, c in t.data)
            if ssum != 100:
                rep.trap('rounding', f"shares sum to {ssum}")
        if mode == 'pair' and all(x is not False for x in pick[1]):
            if any(cellnum(c[j]) is not None and cellnum(c[j]) > 100 for _, c in rows):
                rep.trap('over100', f"table {t.header[j]}")
            if '得分率' in t.header[j]:
                rep.trap('scorerate', 'table 得分率')


TT_DIMS = {'money', 'area', 'person', 'household', 'plant'}


def check_table_text(rep, tables, sents):
    for t in tables:
        names = []
        allnames = [c[t.namecol] for _, c in t.data]
        for _, c in t.data:
            nm = c[t.namecol]
            if len(nm) >= 2 and cellnum(nm) is None and allnames.count(nm) == 1:
                names.append((nm, c))
        if not names:
            continue
        dims = {}
        for j in t.numcols():
            dims.setdefault(t.cols[j][0], []).append(j)
        for _, s, qs in sents:
            occ = []
            for nm, c in names:
                for m in re.finditer(re.escape(nm), s):
                    occ.append((m.start(), m.end(), nm, c))
            occ.sort()
            for k, (a, b, nm, c) in enumerate(occ):
                end = occ[k + 1][0] if k + 1 < len(occ) else len(s)
                for sep in '；。':
                    p = s.find(sep, b)
                    if p != -1:
                        end = min(end, p)
                for x in qs:
                    if not (b <= x.s < end) or x.std or x.dim not in TT_DIMS or x.dim not in dims:
                        continue
                    ok = False
                    for j in dims[x.dim]:
                        cv = cellnum(c[j])
                        if cv is None:
                            continue
                        fake = Q(c[j], t.cols[j][2], 0, 0, '')
                        if same(x, fake):
                            ok = True
                    if not ok:
                        rep.flag('table.text', f"{nm}: prose {x} not in table row {c}")
                    else:
                        rep.trap('tabletext_ok', f"{nm} {x}")


def doc_traps(rep, sents, allq, text):
    if any(x.unit == '人次' for x in allq) and any(x.dim == 'person' for x in allq):
        rep.trap('renci', '人 and 人次')
    for _, s, qs in sents:
        if any(x.dim == 'household' for x in qs) and any(x.dim == 'person' for x in qs):
            rep.trap('hh', s[:30])
    if '未发生' in text:
        rep.trap('notoccur', '未发生')


# ------------------------------------------------------------------ driver
TRAP_KINDS = {'unitconv', 'yuan', 'noexh', 'over100', 'twobudget', 'survival', 'survey', 'renci', 'hh',
              'zero', 'carryin', 'scope', 'otheryear', 'samekou', 'scorerate', 'twoyear', 'stdtype',
              'rounding', 'bands', 'prevyear', 'notoccur'}


def read(p):
    with open(p, encoding='utf-8') as fh:
        return fh.read()


def main(argv):
    verbose = '-v' in argv
    twins = None
    if '--twins' in argv:
        twins = argv[argv.index('--twins') + 1]
    exp = []
    for ln in read(os.path.join(HERE, 'expect.tsv')).splitlines()[1:]:
        tid, fam, detail = ln.split('\t')
        exp.append((tid, fam, detail))
    ok_slip = ok_clean = fail = 0
    nslip = sum(1 for e in exp if e[1] != 'clean')
    nclean = len(exp) - nslip
    for tid, fam, _ in exp:
        text = read(os.path.join(HERE, tid + '.txt'))
        rep = analyse(text)
        traps = sorted(k for k in rep.traps if k in TRAP_KINDS)
        good = True
        msgs = []
        if fam == 'clean':
            if rep.families:
                good = False
                msgs.append(f"clean document flagged: {rep.findings}")
            if len(traps) < 2:
                good = False
                msgs.append(f"fewer than two trap kinds: {traps}")
        else:
            if rep.families != [fam]:
                good = False
                msgs.append(f"expected only {fam}, found {rep.findings}")
        if twins and fam != 'clean':
            tp = os.path.join(twins, tid + '.txt')
            ttext = read(tp)
            trep = analyse(ttext)
            if trep.families:
                good = False
                msgs.append(f"twin flagged: {trep.findings}")
            a, b = text.split('\n'), ttext.split('\n')
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            if ndiff != 1:
                good = False
                msgs.append(f"twin differs in {ndiff} paragraphs")
        if good:
            if fam == 'clean':
                ok_clean += 1
            else:
                ok_slip += 1
        else:
            fail += 1
        if verbose or not good:
            print(f"{tid} {fam:18s} {'OK ' if good else 'BAD'} found={rep.families} traps={traps}")
            for m_ in msgs:
                print('    ' + m_)
            if verbose:
                for f_, msg in rep.findings:
                    print(f"    - {f_}: {msg}")
    print(f"slips confirmed: {ok_slip}/{nslip} clean confirmed: {ok_clean}/{nclean} failures: {fail}")
    return 0 if fail == 0 else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
