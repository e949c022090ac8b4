#!/usr/bin/env python3
"""check.py -- independent re-reader for the blind80 set.

It does not import gen.py.  It reads each tNN.txt as text, finds the tables
(tabs, runs of spaces, pipes, one cell per line, two-line headers, tables split
by a page break with the header repeated, thousands separators), reads the
prose, re-derives every relation it recognises and reports the slip families
it finds.  It also records which traps of the genre a document visibly holds.

    python3 check.py              # checks the set against expect.tsv
    python3 check.py -v           # also prints every finding and trap
    python3 check.py --twins DIR  # checks the twins written by gen.py --twins DIR
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))

HEAD_FIRST = {'项目', '项目名称', '科目名称', '指标名称', '资金来源', '科目'}
PAGE_RE = re.compile(r'^\s*(-\s*\d+\s*-|—+\s*第\s*\d+\s*页\s*—+|第\s*\d+\s*页|\f)\s*$')
CONT_RE = re.compile(r'^[（(]?续表[）)]?$')
NOMARK = {'—', '——', '-', '不适用', '/', '–'}
UNIT = {'万元': D(10000), '元': D(1), '亿元': D(100000000)}


def rq(x, nd):
    v = x.quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    return abs(v) if v == 0 else v


def is_half(x, nd):
    """exact quotient lies on a rounding half at nd decimals"""
    y = abs(x) * (D(10) ** nd)
    return y % 1 == D('0.5')


def parse_num(s):
    """-> (Decimal|None, decimals) ; None for an empty / no-rate marker"""
    t = s.strip().replace(',', '').replace('−', '-')
    if t.endswith('%'):
        t = t[:-1]
    if t in NOMARK or t == '':
        return None, 0
    if not re.fullmatch(r'-?\d+(\.\d+)?', t):
        raise ValueError(s)
    nd = len(t.split('.')[1]) if '.' in t else 0
    return D(t), nd


def is_numish(s):
    t = s.strip()
    return t in NOMARK or bool(re.fullmatch(r'-?\d[\d,]*(\.\d+)?%?', t))


def strip_paren(s):
    return re.sub(r'[（(][^（）()\d]*[）)]', '', s)


def norm_name(raw):
    s = raw.strip(' \t')
    indent = s.startswith('　') or s.lstrip('　').startswith('其中')
    s = s.strip('　 ')
    s = re.sub(r'^其中[：:]', '', s)
    s = re.sub(r'^[一二三四五六七八九十]+、', '', s)
    s = re.sub(r'^[（(][一二三四五六七八九十]+[）)]', '', s)
    s = re.sub(r'^\d+[.、．]', '', s)
    s = strip_paren(s)
    s = s.replace('“', '').replace('”', '').replace('"', '')
    s = re.sub(r'[（(]?小计[）)]?$', '', s)
    return s, indent


# ----------------------------------------------------------------------------
# tables
# ----------------------------------------------------------------------------
def split_cells(line, layout):
    if layout == 'pipe':
        s = line.strip(' ')
        if s.startswith('|'):
            s = s[1:]
        if s.endswith('|'):
            s = s[:-1]
        return [c.strip(' \t') for c in s.split('|')]
    if layout == 'tab':
        return [c.strip(' ') for c in line.split('\t')]
    if layout == 'space':
        return re.split(r' {2,}', line.rstrip())
    raise ValueError(layout)


def is_sep(line):
    return bool(re.fullmatch(r'\s*\|?[\s\-:|]+\|?\s*', line)) and '-' in line


def header_layout(line):
    s = line.strip(' ')
    if s.startswith('|'):
        c = split_cells(line, 'pipe')
        if c and c[0] in HEAD_FIRST:
            return 'pipe'
    if '\t' in line and line.split('\t')[0].strip() in HEAD_FIRST:
        return 'tab'
    c = re.split(r' {2,}', s)
    if len(c) >= 2 and c[0] in HEAD_FIRST:
        return 'space'
    if s in HEAD_FIRST:
        return 'cell'
    return None


def role_of(h):
    h = h.replace(' ', '')
    if '完成预算' in h or '预算执行率' in h or h.startswith('完成'):
        return 'compl'
    if '占比' in h or '比重' in h:
        return 'share'
    if '年均' in h:
        return 'cagr'
    if '增减率' in h or '增长率' in h or '增幅' in h or ('增长' in h and '%' in h):
        return 'rate'
    if '增减' in h:
        return 'diff_budget' if '预算' in h else 'diff'
    if '上年' in h:
        return 'prev'
    if '预算' in h:
        return 'budget'
    m = re.match(r'^(20\d\d)年', h)
    if m:
        return ('year', int(m.group(1)))
    if '到位' in h:
        return 'arr'
    if any(k in h for k in ('本年', '决算', '执行', '金额', '支出数')):
        return 'cur'
    return 'amount'


AMOUNT_ROLES = ('prev', 'cur', 'budget', 'diff', 'diff_budget', 'amount', 'arr')


def is_amount(role):
    return role in AMOUNT_ROLES or (isinstance(role, tuple) and role[0] == 'year')


class Table:
    def __init__(self, heads, rows, caption, lines_used, first_line):
        self.heads = heads
        self.caption = caption
        self.first_line = first_line
        self.header_lines = lines_used
        self.roles = [role_of(h) for h in heads]
        capunit = None
        for c in caption:
            m = re.search(r'单位[：:]\s*(万元|元|亿元)', c)
            if m:
                capunit = UNIT[m.group(1)]
        self.scales = []
        for h in heads:
            m = re.search(r'[（(](万元|元|亿元)[）)]', h)
            self.scales.append(UNIT[m.group(1)] if m else (capunit or D(10000)))
        self.rows = []
        for cells in rows:
            raw = cells[0]
            name, indent = norm_name(raw)
            vals = []
            for c in cells[1:]:
                vals.append(parse_num(c))
            self.rows.append(dict(raw=raw, name=name, indent=indent, vals=vals,
                                  texts=cells[1:]))
        self.thousands = any(',' in t for r in self.rows for t in r['texts'])
        self.ncol = len(heads)

    def col(self, role):
        for i, r in enumerate(self.roles):
            if r == role:
                return i
        return None

    def years(self):
        return sorted(r[1] for r in self.roles if isinstance(r, tuple))

    def col_for(self, kind, Y):
        """column index (in heads) for a value kind"""
        if kind == 'cur':
            i = self.col('cur')
            if i is None and self.years():
                i = self.col(('year', max(self.years())))
            return i
        if kind == 'prev':
            i = self.col('prev')
            if i is None and self.years():
                i = self.col(('year', max(self.years()) - 1))
            return i
        if kind == 'budget':
            return self.col('budget')
        if kind == 'arr':
            return self.col('arr')
        if isinstance(kind, tuple):
            i = self.col(kind)
            if i is None and kind[1] == Y - 1:
                i = self.col('prev')
            return i
        return None

    def value(self, row, ci):
        """(Decimal in 元, printed Decimal, decimals) or None"""
        if ci is None or ci == 0:
            return None
        v, nd = row['vals'][ci - 1]
        if v is None:
            return None
        return v * self.scales[ci], v, nd


def find_tables(lines):
    """returns list of Table and the set of line indices they use"""
    used = set()
    tables = []
    n = len(lines)
    i = 0
    while i < n:
        lay = header_layout(lines[i]) if lines[i].strip() else None
        if lay is None:
            i += 1
            continue
        # caption: preceding non-blank lines of the same paragraph
        k = i - 1
        caption = []
        while k >= 0 and lines[k].strip():
            caption.insert(0, lines[k])
            used.add(k)
            k -= 1
        if lay == 'cell':
            j = i
            block = []
            while j < n and lines[j].strip():
                block.append(lines[j])
                j += 1
            first = next(t for t in range(1, len(block)) if is_numish(block[t]))
            m = first - 1
            heads = [b.strip() for b in block[:m]]
            data = block[m:]
            rows = [data[t:t + m] for t in range(0, len(data), m)]
            rows = [[r[0]] + [c.strip() for c in r[1:]] for r in rows]
            for t in range(i, j):
                used.add(t)
            tables.append(Table(heads, rows, caption, None, i))
            i = j
            continue
        hdr = [split_cells(lines[i], lay)]
        j = i + 1
        if j < n and lay in ('tab', 'pipe') and not is_sep(lines[j]) and lines[j].strip():
            c2 = split_cells(lines[j], lay)
            if c2 and c2[0].strip() == '' and len(c2) == len(hdr[0]) and \
                    not any(is_numish(x) for x in c2[1:] if x.strip()):
                hdr.append(c2)
                j += 1
        if lay == 'pipe' and j < n and is_sep(lines[j]):
            j += 1
        header_lines = lines[i:j]
        heads = [''.join(h[t].strip() for h in hdr) for t in range(len(hdr[0]))]
        for t in range(i, j):
            used.add(t)
        rows = []

        def belongs(line):
            if lay == 'pipe':
                return line.strip().startswith('|')
            if lay == 'tab':
                return '\t' in line
            return len(re.split(r' {2,}', line.strip())) >= 2

        while True:
            while j < n and lines[j].strip() and belongs(lines[j]):
                if not (lay == 'pipe' and is_sep(lines[j])):
                    cells = split_cells(lines[j], lay)
                    if lay == 'space' and cells and cells[0] == '':
                        cells = cells[1:]
                    rows.append(cells)
                used.add(j)
                j += 1
            # page break with the header repeated?
            k = j
            while k < n and not lines[k].strip():
                k += 1
            if k < n and PAGE_RE.match(lines[k]):
                k2 = k + 1
                while k2 < n and not lines[k2].strip():
                    k2 += 1
                if k2 < n and CONT_RE.match(lines[k2].strip()):
                    k2 += 1
                if lines[k2:k2 + len(header_lines)] == header_lines:
                    for t in range(k, k2 + len(header_lines)):
                        used.add(t)
                    j = k2 + len(header_lines)
                    continue
            break
        tables.append(Table(heads, rows, caption, header_lines, i))
        i = j
    return tables, used


# ----------------------------------------------------------------------------
# the checker
# ----------------------------------------------------------------------------
class Checker:
    def __init__(self, text):
        self.text = text
        self.lines = text.split('\n')
        self.findings = []
        self.traps = {}
        self.n = 0
        m = re.search(r'(20\d\d)年', '\n'.join(self.lines[:4]))
        self.Y = int(m.group(1)) if m else None
        self.tables, used = find_tables(self.lines)
        self.prose = self._prose_paragraphs(used)
        self.names = {}
        for t in self.tables:
            for r in t.rows:
                self._addname(r['name'], t, r)
                if r['name'].endswith('合计') and len(r['name']) - 2 >= 4:
                    self._addname(r['name'][:-2], t, r)

    def _addname(self, name, t, r):
        if name and name not in self.names:
            self.names[name] = (t, r)

    def _prose_paragraphs(self, used):
        paras, cur = [], []
        for i, l in enumerate(self.lines):
            if i in used or PAGE_RE.match(l) or not l.strip():
                if cur:
                    paras.append(''.join(cur))
                    cur = []
                continue
            cur.append(l.strip())
        if cur:
            paras.append(''.join(cur))
        return paras

    def find(self, fam, msg):
        self.findings.append((fam, msg))

    def trap(self, kind, msg):
        self.traps.setdefault(kind, msg)

    # ------------------------------------------------------------------ tables
    def check_tables(self):
        for ti, t in enumerate(self.tables):
            tag = '表@%d' % (t.first_line + 1)
            if t.thousands:
                self.trap('layout.thousands', tag)
            if t.header_lines and len(t.header_lines) >= 2 and not is_sep(t.header_lines[1]):
                self.trap('layout.two-line-header', tag)
            names = [r['name'] for r in t.rows]
            bal = {}
            for r in t.rows:
                for key, pat in (('b0', '年初结转和结余'), ('b1', '年末结转和结余'), ('inc', '收入合计'),
                                 ('exp', '支出合计')):
                    if pat in r['name']:
                        bal[key] = r
            if len(bal) == 4:
                for ci in range(1, t.ncol):
                    if not is_amount(t.roles[ci]):
                        continue
                    v = {k: t.value(r, ci) for k, r in bal.items()}
                    if any(x is None for x in v.values()):
                        continue
                    lhs = v['b0'][0] + v['inc'][0] - v['exp'][0]
                    self.n += 1
                    if lhs != v['b1'][0]:
                        self.find('balance.carryover', '%s %s: %s+%s-%s=%s, printed %s' % (
                            tag, t.heads[ci], v['b0'][1], v['inc'][1], v['exp'][1],
                            lhs / t.scales[ci], v['b1'][1]))
                self.trap('balance.ok', tag)
                continue
            self._sums(t, tag)
            self._rows(t, tag)

    def _sums(self, t, tag):
        tots = [r for r in t.rows if '合计' in r['name'] or '总计' in r['name']]
        if len(tots) != 1:
            return
        tot = tots[0]
        top = [r for r in t.rows if not r['indent'] and r is not tot]
        groups = []
        for k, r in enumerate(t.rows):
            if r['indent'] or r is tot:
                continue
            mem = []
            for r2 in t.rows[k + 1:]:
                if r2['indent']:
                    mem.append(r2)
                else:
                    break
            if mem:
                groups.append((r, mem))
        for ci in range(1, t.ncol):
            if not is_amount(t.roles[ci]):
                continue

            def val(r):
                v = r['vals'][ci - 1][0]
                return v if v is not None else D(0)
            s = sum(val(r) for r in top)
            self.n += 1
            if s != val(tot):
                self.find('sum.breakdown', '%s %s: rows add to %s, 合计 printed %s' % (
                    tag, t.heads[ci], s, val(tot)))
            for h, mem in groups:
                s = sum(val(r) for r in mem)
                self.n += 1
                if s != val(h):
                    self.find('sum.breakdown', '%s %s %s: members add to %s, printed %s' % (
                        tag, h['name'], t.heads[ci], s, val(h)))
        # share columns add to 100 after rounding?
        for ci in range(1, t.ncol):
            if t.roles[ci] == 'share':
                vals = [r['vals'][ci - 1] for r in top]
                if all(v[0] is not None for v in vals):
                    s = sum(v[0] for v in vals)
                    if s != 100 and abs(s - 100) <= D('0.05'):
                        self.trap('share.rounding', '%s %s adds to %s' % (tag, t.heads[ci], s))

    def _rowvals(self, t, r):
        Y = self.Y
        ci_cur = t.col_for('cur', Y)
        ci_prev = t.col_for('prev', Y)
        ci_bud = t.col('budget')
        g = lambda ci: t.value(r, ci)
        return g(ci_cur), g(ci_prev), g(ci_bud)

    def _rows(self, t, tag):
        Y = self.Y
        tot = [r for r in t.rows if '合计' in r['name'] or '总计' in r['name']]
        for r in t.rows:
            cur, prev, bud = self._rowvals(t, r)
            negprinted = False
            for ci in range(1, t.ncol):
                role = t.roles[ci]
                pv, pnd = r['vals'][ci - 1]
                txt = r['texts'][ci - 1]
                where = '%s %s %s' % (tag, r['name'], t.heads[ci])
                if pv is not None and pv < 0 and role in ('rate', 'diff'):
                    negprinted = True
                if role == 'diff':
                    if cur is None or prev is None or pv is None:
                        continue
                    exp = (cur[0] - prev[0]) / t.scales[ci]
                    self.n += 1
                    if rq(exp, pnd) != pv:
                        self.find('change', '%s: printed %s, %s-%s=%s' % (where, txt, cur[1], prev[1], exp))
                elif role == 'diff_budget':
                    if cur is None or bud is None or pv is None:
                        continue
                    exp = (cur[0] - bud[0]) / t.scales[ci]
                    self.n += 1
                    if rq(exp, pnd) != pv:
                        self.find('change', '%s: printed %s, expected %s' % (where, txt, exp))
                elif role == 'rate':
                    if cur is None or prev is None:
                        continue
                    if prev[0] == 0:
                        if pv is None:
                            self.trap('zero.base', '%s printed %s' % (where, txt))
                        else:
                            self.find('rate.ratio', '%s: printed %s on a zero base' % (where, txt))
                        continue
                    if pv is None:
                        self.find('rate.ratio', '%s: no rate printed' % where)
                        continue
                    x = (cur[0] - prev[0]) * 100 / prev[0]
                    self.n += 1
                    if rq(x, pnd) != pv:
                        self.find('rate.ratio', '%s: printed %s, computed %s' % (where, txt, x))
                    else:
                        self._rate_traps(x, pnd, where)
                elif role == 'compl':
                    if cur is None or bud is None:
                        continue
                    if bud[0] == 0:
                        if pv is not None:
                            self.find('rate.ratio', '%s: printed %s on a zero budget' % (where, txt))
                        continue
                    if pv is None:
                        self.find('rate.ratio', '%s: no completion printed' % where)
                        continue
                    x = cur[0] * 100 / bud[0]
                    self.n += 1
                    if rq(x, pnd) != pv:
                        self.find('rate.ratio', '%s: printed %s, computed %s' % (where, txt, x))
                    else:
                        if is_half(x, pnd):
                            self.trap('half.up', '%s exact %s' % (where, x))
                        if x > 100 and '追加' in self.text:
                            self.trap('over.budget', '%s %s%%' % (where, txt))
                elif role == 'share':
                    ref = None
                    for cj in range(ci - 1, 0, -1):
                        if is_amount(t.roles[cj]) and t.roles[cj] not in ('diff', 'diff_budget'):
                            ref = cj
                            break
                    if ref is None or len(tot) != 1 or pv is None:
                        continue
                    a = t.value(r, ref)
                    w = t.value(tot[0], ref)
                    if a is None or w is None or w[0] == 0:
                        continue
                    x = a[0] * 100 / w[0]
                    self.n += 1
                    if rq(x, pnd) != pv:
                        self.find('rate.ratio', '%s: printed %s, computed %s' % (where, txt, x))
                    elif is_half(x, pnd):
                        self.trap('half.up', '%s exact %s' % (where, x))
                elif role == 'cagr':
                    ys = t.years()
                    if len(ys) < 2 or pv is None:
                        continue
                    a = t.value(r, t.col(('year', ys[0])))
                    b = t.value(r, t.col(('year', ys[-1])))
                    if a is None or b is None or a[0] <= 0:
                        continue
                    x = ((b[0] / a[0]) ** (D(1) / D(ys[-1] - ys[0])) - 1) * 100
                    self.n += 1
                    if rq(x, pnd) != pv:
                        self.find('rate.ratio', '%s: printed %s, computed %s' % (where, txt, x))
            r['negprinted'] = negprinted

    def _rate_traps(self, x, nd, where):
        if x > 100:
            self.trap('rate>100', '%s %s' % (where, x))
        if is_half(x, nd):
            self.trap('half.up', '%s exact %s' % (where, x))

    # ------------------------------------------------------------------ prose
    def resolve(self, ctx):
        """table row whose name occurs last (then longest) in ctx"""
        best = None
        for name, tr in self.names.items():
            p = ctx.rfind(name)
            if p < 0:
                continue
            key = (p + len(name), len(name))
            if best is None or key > best[0]:
                best = (key, name, tr)
        return best

    def check_prose(self):
        self.facts = {}
        for para in self.prose:
            self.cur_subj = None
            text = strip_paren(para).replace('“', '').replace('”', '')
            for sent in text.split('。'):
                if sent.strip():
                    self._sentence(sent)
        for key, vals in self.facts.items():
            distinct = {}
            for v in vals:
                distinct.setdefault(v[0], v)
            if len(distinct) > 1:
                vs = list(distinct.values())
                if len({v[1] for v in vs}) == 1 and len({v[2] for v in vs}) > 1:
                    self.find('unit.magnitude', '%s stated as %s' % (key[0], ', '.join(v[1] + v[2] for v in vs)))
                elif key[1]:
                    continue
                else:
                    self.find('fact.conflict', '%s stated as %s' % (key[0], ', '.join(v[1] + v[2] for v in vs)))

    def _vkind(self, ctx):
        if re.search(r'上年|去年|上一年', ctx):
            return 'prev'
        ys = re.findall(r'(20\d\d)年', ctx)
        if ys and int(ys[-1]) != self.Y:
            return ('year', int(ys[-1]))
        if re.search(r'年初预算|调整预算|预算数|预算为|预算安排|安排预算', ctx):
            return 'budget'
        if '到位' in ctx:
            return 'arr'
        return 'cur'

    def _keyphrase(self, ctx):
        s = ctx
        for _ in range(4):
            s2 = re.sub(r'(共计|合计|总计|总额|决算数为|决算数|执行数为|预算数为|由上年的|由上年|为|达到|达|完成|实现|决算|的)$', '', s)
            s2 = re.sub(r'^(20\d\d年度?|全年|本年|上年|全县|全市|全省|全区|全镇|全街道|其中|共|累计|争取|下达|安排|另外|按|包括|和|及|新增|实际)', '', s2)
            s = s2
        s = s.replace('全口径', '')
        if len(s) >= 4 and re.search(r'(资金|经费|收入|支出|补助|投资|结余|工程|费)$', s):
            return s
        return None

    def _subject_value(self, subj, kind):
        """value in 元 of the current subject for a kind"""
        if subj is None:
            return None
        if subj['type'] == 'table':
            t, r = subj['tr']
            v = t.value(r, t.col_for(kind, self.Y))
            return v[0] if v else None
        return subj['vals'].get(kind)

    def _sentence(self, sent):
        toks = list(re.finditer(r'(?<![\d.,])(-?\d[\d,]*(?:\.\d+)?)(万元|亿元|元|%)', sent))
        last = 0
        seen_budget_change = seen_prev_change = False
        money_vals = []   # (pos, ctx, value in 元, is_value)
        for m in toks:
            start = m.start()
            seg = sent[last:start]
            cut = max(seg.rfind(ch) for ch in '，；：、,;:')
            ctx = seg[cut + 1:] if cut >= 0 else seg
            ctx = ctx.strip()
            last = m.end()
            if self.cur_subj is None:
                b = self.resolve(sent[:start])
                if b:
                    self.cur_subj = dict(type='table', tr=b[2], name=b[1])
            num = D(m.group(1).replace(',', ''))
            nd = len(m.group(1).split('.')[1]) if '.' in m.group(1) else 0
            unit = m.group(2)
            raw = m.group(1)
            if unit == '%':
                self._percent(ctx, num, nd, raw, sent)
                continue
            sc = UNIT[unit]
            ch = re.search(r'(比|较)(上年|去年|上一年|(20\d\d)年|年初预算|调整预算|预算)(决算数|执行数|预算数|同期)?'
                           r'(增加|减少|增收|减收|增支|减支)$', ctx) or re.search(r'同比(增加|减少|增收|减收)$', ctx)
            if ch:
                pre = ctx[:ch.start()]
                if pre:
                    b = self.resolve(pre)
                    if b:
                        self.cur_subj = dict(type='table', tr=b[2], name=b[1])
                self._change(ch, ctx, num, nd, sc, raw, sent)
                if '预算' in ch.group(0):
                    seen_budget_change = True
                else:
                    seen_prev_change = True
                continue
            money_vals.append((start, ctx, num * sc, raw + unit))
            self._value(ctx, num, nd, sc, raw, unit)
        # exhaustive breakdowns and carry-over in prose
        self._prose_sums(sent, money_vals)
        if seen_budget_change and seen_prev_change and getattr(self, '_ok_budget_change', False):
            self.trap('budget.vs.prior', sent[:40])
        self._ok_budget_change = False

    def _value(self, ctx, num, nd, sc, raw, unit):
        scope = '全口径' if '全口径' in ctx else ''
        kind = self._vkind(ctx)
        b = self.resolve(ctx)
        if b and not scope:
            t, r = b[2]
            self.cur_subj = dict(type='table', tr=b[2], name=b[1])
            ci = t.col_for(kind, self.Y)
            v = t.value(r, ci)
            if v is None:
                if ci is None:
                    # a figure the table does not hold (another year): keep as a prose fact
                    self.facts.setdefault((b[1], '', str(kind)), []).append((num * sc, raw, unit))
                return
            exp = rq(v[0] / sc, nd)
            self.n += 1
            if exp == num:
                if v[0] != num * sc:
                    self.trap('yuan.wan', '%s%s restates %s' % (raw, unit, v[1]))
                if kind == 'prev' or isinstance(kind, tuple):
                    self.trap('other.year', '%s %s %s%s' % (b[1], kind, raw, unit))
                return
            if num == v[1] and sc != t.scales[ci]:
                self.find('unit.magnitude', '%s: prose %s%s, table %s (%s)' % (b[1], raw, unit, v[1],
                                                                              '万元' if t.scales[ci] == 10000 else '元'))
            else:
                self.find('table.text', '%s %s: prose %s%s, table %s' % (b[1], kind, raw, unit, v[1]))
            return
        if b and scope:
            t, r = b[2]
            v = t.value(r, t.col_for(kind, self.Y))
            if v is not None and v[0] != num * sc:
                self.trap('scope', '%s%s %s%s vs table %s' % (scope, b[1], raw, unit, v[1]))
            self.cur_subj = None
            return
        kp = self._keyphrase(ctx)
        if kp:
            key = (kp, scope, str(kind))
            self.facts.setdefault(key, []).append((num * sc, raw, unit))
            if scope:
                for k2, vals in self.facts.items():
                    if k2[0] == kp and not k2[1] and any(x[0] != num * sc for x in vals):
                        self.trap('scope', kp)
            subj = dict(type='prose', name=kp, vals={})
            if self.cur_subj and self.cur_subj.get('type') == 'prose' and self.cur_subj['name'] == kp:
                subj = self.cur_subj
            subj['vals'][kind] = num * sc
            self.cur_subj = subj
            return
        rest = re.sub(r'^(20\d\d年度?)', '', ctx)
        if re.fullmatch(r'(为|达到|完成|实现|增加到|减少到|实际支出|实际到位|支出|决算数为|决算|执行数为|实际|到位)?', rest):
            subj = self.cur_subj
            if subj is None:
                return
            if subj['type'] == 'table':
                t, r = subj['tr']
                ci = t.col_for(kind, self.Y)
                v = t.value(r, ci)
                if v is None:
                    return
                self.n += 1
                if rq(v[0] / sc, nd) != num:
                    if num == v[1] and sc != t.scales[ci]:
                        self.find('unit.magnitude', '%s: prose %s%s, table %s' % (subj['name'], raw, unit, v[1]))
                    else:
                        self.find('table.text', '%s %s: prose %s%s, table %s' % (subj['name'], kind, raw, unit,
                                                                                  v[1]))
                elif kind == 'prev' or isinstance(kind, tuple):
                    self.trap('other.year', '%s %s' % (subj['name'], kind))
            else:
                old = subj['vals'].get(kind)
                if old is not None and old != num * sc:
                    self.find('fact.conflict', '%s %s: %s vs %s' % (subj['name'], kind, old, num * sc))
                subj['vals'][kind] = num * sc
                self.facts.setdefault((subj['name'], '', str(kind)), []).append((num * sc, raw, unit))

    def _change(self, ch, ctx, num, nd, sc, raw, sent):
        subj = self.cur_subj
        word = ch.group(0)
        sign = -1 if re.search(r'减少|减收|减支', word) else 1
        basew = ch.group(2) or ''
        if '预算' in basew:
            bkind = 'budget'
        elif ch.group(3):
            bkind = ('year', int(ch.group(3)))
        else:
            bkind = 'prev'
        cur = self._subject_value(subj, 'cur')
        base = self._subject_value(subj, bkind)
        if cur is None:
            return
        if base is None:
            if subj and subj['type'] == 'prose':
                subj['vals'][bkind] = cur - sign * num * sc
            return
        exp = (cur - base) / sc
        self.n += 1
        if rq(exp, nd) != sign * num:
            self.find('change', '%s: stated %s%s%s, computed %s' % (subj['name'], word, raw, '', exp))
        elif bkind == 'budget':
            self._ok_budget_change = True

    def _percent(self, ctx, num, nd, raw, sent):
        subj = self.cur_subj
        if re.search(r'同口径|可比口径', ctx):
            cur = self._subject_value(subj, 'cur')
            prev = self._subject_value(subj, 'prev')
            if cur is not None and prev:
                sign = -1 if '下降' in ctx else 1
                x = (cur - prev) * 100 / prev
                if rq(x, nd) != sign * num:
                    self.trap('comparable', '%s %s%% vs raw %s' % (ctx, raw, rq(x, nd)))
            return
        m = re.search(r'(完成|为)(年初|调整)?预算的$|预算(完成|执行)率为?$', ctx)
        if m:
            pre = ctx[:m.start()]
            if pre:
                b = self.resolve(pre)
                if b:
                    subj = self.cur_subj = dict(type='table', tr=b[2], name=b[1])
            cur = self._subject_value(subj, 'cur')
            bud = self._subject_value(subj, 'budget')
            if cur is None or not bud:
                return
            x = cur * 100 / bud
            self.n += 1
            if rq(x, nd) != num:
                self.find('rate.ratio', '%s: stated 完成预算%s%%, computed %s' % (subj['name'], raw, x))
            else:
                if is_half(x, nd):
                    self.trap('half.up', '%s completion %s' % (subj['name'], x))
                if x > 100 and '追加' in self.text:
                    self.trap('over.budget', '%s %s%%' % (subj['name'], raw))
            return
        m = re.search(r'占(.+?)的(比重为?)?$', ctx) or re.search(r'占比$', ctx)
        if m:
            cur = self._subject_value(subj, 'cur')
            whole = None
            if m.groups() and m.group(1):
                b = self.resolve(m.group(1))
                if b:
                    t, r = b[2]
                    v = t.value(r, t.col_for('cur', self.Y))
                    whole = v[0] if v else None
            if cur is None or not whole:
                return
            x = cur * 100 / whole
            self.n += 1
            if rq(x, nd) != num:
                self.find('rate.ratio', '%s: stated share %s%%, computed %s' % (subj['name'], raw, x))
            elif is_half(x, nd):
                self.trap('half.up', '%s share %s' % (subj['name'], x))
            return
        m = re.search(r'年均(增长|下降)$', ctx)
        if m:
            ys = re.search(r'(20\d\d)年?(?:至|—|-|到)(20\d\d)年', ctx)
            if not subj or subj['type'] != 'table':
                return
            t, r = subj['tr']
            if ys:
                y0, y1 = int(ys.group(1)), int(ys.group(2))
            else:
                yy = t.years()
                if len(yy) < 2:
                    return
                y0, y1 = yy[0], yy[-1]
            a = self._subject_value(subj, ('year', y0))
            b = self._subject_value(subj, 'cur' if y1 == self.Y else ('year', y1))
            if not a or b is None:
                return
            x = ((b / a) ** (D(1) / D(y1 - y0)) - 1) * 100
            sign = -1 if m.group(1) == '下降' else 1
            self.n += 1
            if rq(x, nd) != sign * num:
                self.find('rate.ratio', '%s: stated 年均 %s%%, computed %s' % (subj['name'], raw, x))
            return
        m = re.search(r'(增长|下降)$', ctx)
        if m:
            pre = ctx[:m.start()]
            yb = re.search(r'(比|较)(20\d\d)年$', pre)
            bkind = ('year', int(yb.group(2))) if yb else 'prev'
            p2 = re.sub(r'(比|较)(上年|去年|上一年|20\d\d年)?(同期)?$', '', pre)
            if p2:
                b = self.resolve(p2)
                if b:
                    subj = self.cur_subj = dict(type='table', tr=b[2], name=b[1])
            cur = self._subject_value(subj, 'cur')
            base = self._subject_value(subj, bkind)
            if cur is None or not base:
                return
            sign = -1 if m.group(1) == '下降' else 1
            x = (cur - base) * 100 / base
            self.n += 1
            if rq(x, nd) != sign * num:
                self.find('rate.ratio', '%s: stated %s%s%%, computed %s' % (subj['name'], m.group(1), raw, x))
                return
            self._rate_traps(x, nd, subj['name'])
            if sign < 0 and subj['type'] == 'table' and subj['tr'][1].get('negprinted'):
                self.trap('fall.written', '%s 下降%s%% vs minus in the table' % (subj['name'], raw))
            if self.cur_subj and self.cur_subj.get('type') == 'prose':
                pass
            return

    def _prose_sums(self, sent, money_vals):
        # A, B, C ... ，合计 T   (explicit total after a list)
        for k, (pos, ctx, v, raw) in enumerate(money_vals):
            if re.fullmatch(r'(合计|共计|总计)(为)?', ctx) and k >= 2:
                colon = sent.rfind('：', 0, pos)
                parts = [x for x in money_vals[:k] if x[0] > colon]
                if len(parts) >= 2:
                    s = sum(x[2] for x in parts)
                    self.n += 1
                    if s != v:
                        self.find('sum.breakdown', 'prose list adds to %s, total %s' % (s, raw))
        # T ，包括 A、B 和 C 三部分
        m = re.search(r'包括', sent)
        if m:
            cw = re.search(r'[两二三四五六七八九十]+(部分|项)', sent[m.end():])
            if cw:
                endp = m.end() + cw.start()
                before = [x for x in money_vals if x[0] < m.start()]
                parts = [x for x in money_vals if m.start() < x[0] < endp]
                if before and len(parts) >= 2:
                    T = before[-1]
                    s = sum(x[2] for x in parts)
                    self.n += 1
                    if s != T[2]:
                        self.find('sum.breakdown', 'prose breakdown adds to %s, total %s' % (s, T[3]))
        # carry-over stated in one sentence
        got = {}
        for pos, ctx, v, raw in money_vals:
            for key, pat in (('b0', '年初结转和结余'), ('b1', '年末结转和结余'), ('inc', '收入合计'),
                             ('exp', '支出合计')):
                if pat in ctx and key not in got:
                    got[key] = (v, raw)
        if len(got) == 4:
            self.n += 1
            if got['b0'][0] + got['inc'][0] - got['exp'][0] != got['b1'][0]:
                self.find('balance.carryover', 'prose: %s+%s-%s != %s' % (
                    got['b0'][1], got['inc'][1], got['exp'][1], got['b1'][1]))
            else:
                self.trap('balance.ok', 'prose')

    def run(self):
        self.check_tables()
        self.check_prose()
        return self


GENRE_TRAPS = ['rate>100', 'fall.written', 'zero.base', 'comparable', 'over.budget', 'share.rounding',
               'budget.vs.prior', 'scope', 'other.year', 'half.up', 'yuan.wan']


def paragraphs(text):
    return [p for p in re.split(r'\n\s*\n', text.strip('\n'))]


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    twins = args[args.index('--twins') + 1] if '--twins' in args else None
    exp = {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as f:
        head = f.readline()
        for line in f:
            if line.strip():
                i, e, d = line.rstrip('\n').split('\t')
                exp[i] = (e, d)
    if twins:
        ok = bad = 0
        for i, (e, d) in sorted(exp.items()):
            if e == 'clean':
                continue
            tw = open(os.path.join(twins, i + '.txt'), encoding='utf-8').read()
            orig = open(os.path.join(HERE, i + '.txt'), encoding='utf-8').read()
            c = Checker(tw).run()
            pa, pb = paragraphs(tw), paragraphs(orig)
            ndiff = sum(1 for a, b in zip(pa, pb) if a != b) + abs(len(pa) - len(pb))
            good = not c.findings and ndiff == 1
            if good:
                ok += 1
            else:
                bad += 1
                print('TWIN FAIL %s: findings=%s paragraphs differing=%d' % (i, c.findings, ndiff))
            if verbose:
                print(i, 'twin', 'ok' if good else 'FAIL', c.findings, ndiff)
        print('twins clean and one paragraph apart: %d/%d failures: %d' % (ok, ok + bad, bad))
        return 1 if bad else 0
    slips_ok = clean_ok = fails = 0
    nrel = 0
    nslip = sum(1 for e, d in exp.values() if e != 'clean')
    nclean = sum(1 for e, d in exp.values() if e == 'clean')
    for i, (e, d) in sorted(exp.items()):
        text = open(os.path.join(HERE, i + '.txt'), encoding='utf-8').read()
        nl = text.count('\n')
        c = Checker(text).run()
        nrel += c.n
        fams = sorted({f for f, m in c.findings})
        traps = [t for t in GENRE_TRAPS if t in c.traps]
        problems = []
        if not 15 <= nl <= 60:
            problems.append('%d lines' % nl)
        if e == 'clean':
            if fams:
                problems.append('findings %s' % c.findings)
            if len(traps) < 2:
                problems.append('only traps %s' % traps)
            if not problems:
                clean_ok += 1
        else:
            if fams != [e]:
                problems.append('expected %s, found %s' % (e, c.findings))
            q = re.search(r"printed '([^']+)'", d)
            if not q or q.group(1) not in text:
                problems.append('quoted figure not in the text')
            if not problems:
                slips_ok += 1
        if problems:
            fails += 1
            print('FAIL %s (%s): %s' % (i, e, '; '.join(problems)))
        if verbose:
            print('%s %-18s relations=%d found=%s traps=%s' % (i, e, c.n, fams, traps))
            for f, m in c.findings:
                print('     ', f, m)
            for t in traps:
                print('      trap', t, c.traps[t])
    if verbose:
        print('relations re-derived over the set: %d' % nrel)
    print('slips confirmed: %d/%d clean confirmed: %d/%d failures: %d' % (slips_ok, nslip, clean_ok, nclean,
                                                                            fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
