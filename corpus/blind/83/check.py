#!/usr/bin/env python3
"""Independent re-reader for blind set 83 (does not import gen.py).

It reads each tNN.txt as text, finds the relations it can recognise
(breakdowns, rates, changes, balances, products, scores, grades, tables,
prose restatements of table cells, 元/万元 restatements, list counts),
re-derives them and reports the ones that do not hold.  It also notes
which trap kinds each document visibly holds.

  python3 check.py                 # check OUTDIR against expect.tsv
  python3 check.py -v              # also print every relation found
  python3 check.py --twins DIR     # check twins written by gen.py --twins DIR
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = ['万元', '元/亩', '元/人·月', '元', '亩', '户', '人次', '人', '台（套）', '台', '套', '架', '个月', '个',
         '项', '%', '分', '份', '批次', '次', '名', '公里', '米', '期', '盏', '座', '处', '家', '辆']
UNIT_ALT = '(?:' + '|'.join(re.escape(u) for u in UNITS) + ')'
TOK = re.compile(r'(?<![\d.])(-?\d+(?:\.\d+)?)[ \u3000]*(' + '|'.join(re.escape(u) for u in UNITS) + ')')
CLS = {'万元': 'money', '元': 'money', '人': 'person', '名': 'person', '人次': 'ptimes', '户': 'hh',
       '台': 'machine', '套': 'machine', '台（套）': 'machine', '架': 'machine', '个': 'ge', '份': 'copies',
       '分': 'score', '亩': 'area', '%': 'pct', '元/亩': 'std', '元/人·月': 'std', '个月': 'months',
       '公里': 'km', '米': 'm', '批次': 'batch', '期': 'batch'}
DELIM = set('，。；：:、（）()“”"《》\t,;!?！？【】〔〕[]—-%')
CNUM = {'一': 1, '两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6}
GRADE_RE = re.compile(r'基本合格|不合格|合格|优秀|良好|优|良|中|差')
FAMILIES = ['sum.breakdown', 'rate.ratio', 'balance.carryover', 'change', 'score.total', 'score.cap',
            'grade.band', 'fact.conflict', 'unit.magnitude', 'count.mismatch', 'table.text']


def q(x, nd):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def ndec(s):
    s = s.rstrip('%')
    return len(s.split('.')[1]) if '.' in s else 0


def label_before(text, pos):
    i = pos
    while i > 0 and text[i - 1] in ' \u3000':
        i -= 1
    j = i
    while j > 0 and text[j - 1] not in DELIM and not text[j - 1].isdigit() and text[j - 1] not in ' \u3000':
        j -= 1
    return text[j:i]


class Tok:
    __slots__ = ('s', 'v', 'unit', 'cls', 'start', 'end', 'label', 'sent')

    def __init__(self, m, text, sent):
        self.s = m.group(1)
        self.unit = m.group(2)
        self.v = D(self.s)
        self.cls = CLS.get(self.unit, self.unit)
        self.start, self.end = m.start(), m.end()
        self.label = label_before(text, m.start())
        self.sent = sent

    @property
    def base(self):
        return self.v * 10000 if self.unit == '万元' else self.v

    def __repr__(self):
        return f"{self.label}{self.s}{self.unit}"


def toks_of(text, sent=None):
    return [Tok(m, text, sent) for m in TOK.finditer(text)]


def sum_eq(total, items):
    """items/total: Tok. exact when same unit, else within rounding."""
    units = {t.unit for t in items} | {total.unit}
    if total.cls != 'money' or len(units) == 1:
        return sum(t.v for t in items) == total.v
    return abs(sum(t.base for t in items) - total.base) <= 50 * len(items)


def fam_for(cls):
    if cls in ('money', 'area', 'km', 'm'):
        return 'sum.breakdown'
    if cls == 'score':
        return 'score.total'
    return 'count.mismatch'


# ------------------------------------------------------------------ tables
NUMCELL = re.compile(r'^-?\d+(?:\.\d+)?%?$')


def is_num(c):
    return bool(NUMCELL.match(c.strip()))


def cval(c):
    return D(c.strip().rstrip('%'))


class Table:
    def __init__(self, rows, lines):
        self.header = [h.strip() for h in rows[0]]
        self.rows = [[c.strip() for c in r] for r in rows[1:]]
        self.lines = lines


def find_tables(lines):
    tables = []
    used = set()
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if '\t' in ln:
            j = i
            block = []
            while j < n and '\t' in lines[j]:
                block.append(lines[j].split('\t'))
                j += 1
            tables.append(Table(block, list(range(i, j))))
            used.update(range(i, j))
            i = j
            continue
        cells = re.split(r'\s{2,}', ln.strip())
        if len(cells) >= 3 and not re.match(r'^表\d', ln):
            j = i
            block = []
            while j < n and not re.match(r'^表\d', lines[j]):
                c = re.split(r'\s{2,}', lines[j].strip())
                if len(c) < 3:
                    break
                block.append(c)
                j += 1
            if len(block) >= 3:
                tables.append(Table(block, list(range(i, j))))
                used.update(range(i, j))
                i = j
                continue
        toks = ln.split(' ')
        if len(toks) >= 12 and sum(1 for t in toks if is_num(t)) * 3 >= len(toks) and ('合计' in toks or '总分' in toks):
            k = 0
            while k + 1 < len(toks) and not is_num(toks[k + 1]):
                k += 1
            ncol = k  # tokens before the first row label
            if ncol >= 2 and len(toks) % ncol == 0:
                rows = [toks[x:x + ncol] for x in range(0, len(toks), ncol)]
                tables.append(Table(rows, [i]))
                used.add(i)
        i += 1
    return tables, used


def col_kind(h):
    if '率' in h or '%' in h:
        return 'rate'
    if '标准' in h or '元/' in h:
        return 'std'
    if h in ('分值', '得分'):
        return 'score'
    if '月数' in h:
        return 'count'
    if '亩' in h:
        return 'area'
    if any(k in h for k in ('人', '户', '台', '数量')):
        return 'count'
    if any(k in h for k in ('万元', '（元）', '金额', '资金', '预算', '执行数', '决算数', '增减额', '投资', '报酬')):
        return 'money'
    return 'text'


class Checker:
    def __init__(self, text):
        self.text = text
        self.lines = text.split('\n')
        self.rels = []
        self.traps = set()
        m = re.search(r'(20\d\d)年度', text)
        self.year = int(m.group(1)) if m else None
        self.tables, used = find_tables(self.lines)
        self.sents = []
        for i, ln in enumerate(self.lines):
            if i in used:
                continue
            for part in re.split(r'(?<=。)', ln):
                if part.strip():
                    self.sents.append(part)
        self.stoks = [toks_of(s, k) for k, s in enumerate(self.sents)]
        self.alltoks = [t for ts in self.stoks for t in ts]

    def rel(self, fam, ok, desc, vals):
        self.rels.append(dict(family=fam, ok=ok, desc=desc, vals=[str(v) for v in vals]))
        return ok

    # ------------------------------------------------------------ run all
    def run(self):
        for k, s in enumerate(self.sents):
            T = self.stoks[k]
            self.r_qizhong(s, T)
            self.r_composed(s, T)
            self.r_rates(s, T)
            self.r_change(s, T)
            self.r_raise(s, T)
            self.r_balance(s, T)
            self.r_product(s, T)
            self.r_percap(s, T)
            self.r_yuanwan(s)
            self.r_scores(s, T)
            self.r_listcount(s)
            self.r_budgetadd(s, T)
            self.r_traps_sentence(s, T)
        self.r_grade()
        self.r_unitmag()
        for tb in self.tables:
            self.r_table(tb)
        self.r_score_total_tables()
        self.r_table_text()
        self.r_traps_doc()
        return self

    # ------------------------------------------------------------ 其中 lists
    def r_qizhong(self, s, T):
        for m in re.finditer('其中', s):
            p = m.end()
            ends = [s.find(c, p) for c in '，；。']
            ends = [e for e in ends if e >= 0]
            e = min(ends) if ends else len(s)
            items = [t for t in T if p <= t.start < e and t.cls != 'pct']
            if not items:
                continue
            cls = items[0].cls
            items = [t for t in items if t.cls == cls]
            before = [t for t in T if t.end <= m.start() and t.cls == cls]
            if not before:
                continue
            total = before[-1]
            region = s[p:e]
            if '等' in region[region.rfind(items[-1].s):]:
                self.traps.add('nonexh')
                continue
            if len(items) == 1:
                self.traps.add('single_qizhong')
                continue
            ok = sum_eq(total, items)
            self.rel(fam_for(cls), ok, f"其中: {total!r} = {' + '.join(map(repr, items))}",
                     [total.s] + [t.s for t in items])
            if ok and any(('上年结转' in t.label or '年初结转' in t.label) for t in items):
                self.traps.add('carryover_total')
            # shares: 分别占…的P1%、P2%和P3%
            mm = re.search(r'分别占[^，。；]*?的', s[e:])
            if mm:
                pts = [t for t in T if t.cls == 'pct' and t.start >= e + mm.end()]
                pts = pts[:len(items)]
                if len(pts) == len(items):
                    allok = True
                    for it, pt in zip(items, pts):
                        c = q(it.base / total.base * 100, ndec(pt.s))
                        ok2 = c == pt.v
                        allok &= ok2
                        self.rel('rate.ratio', ok2, f"share {it!r}/{total!r} = {pt.s}% (calc {c})", [pt.s])
                    if allok and sum(pt.v for pt in pts) != 100:
                        self.traps.add('round_share')

    # ------------------------------------------------------------ 由…构成 / 包括…两项 / 分为…两部分 / 三项合计
    def r_composed(self, s, T):
        pats = [(r'由(.*?)构成', None), (r'包括(.*?)(两|三|四|五|六)项', 2), (r'分为(.*?)(两|三|四|五)部分', 2)]
        for pat, gi in pats:
            for m in re.finditer(pat, s):
                items = [t for t in T if m.start(1) <= t.start < m.end(1) and t.cls != 'pct']
                if not items:
                    continue
                cls = items[0].cls
                items = [t for t in items if t.cls == cls]
                before = [t for t in T if t.end <= m.start() and t.cls == cls]
                if not before:
                    continue
                total = before[-1]
                ok = sum_eq(total, items)
                self.rel(fam_for(cls), ok, f"composed: {total!r} = {' + '.join(map(repr, items))}",
                         [total.s] + [t.s for t in items])
                if ok and any(('上年结转' in t.label or '年初结转' in t.label) for t in items):
                    self.traps.add('carryover_total')
                if gi:
                    nn = CNUM[m.group(gi)]
                    self.rel('count.mismatch', nn == len(items), f"composed count {nn} vs {len(items)} items",
                             [m.group(gi)])
        for m in re.finditer(r'分别为', s):
            ends = [s.find(c, m.end()) for c in '，；。']
            ends = [e for e in ends if e >= 0]
            e = min(ends) if ends else len(s)
            items = [t for t in T if m.end() <= t.start < e and t.cls != 'pct']
            if len(items) < 2:
                continue
            cls = items[0].cls
            items = [t for t in items if t.cls == cls]
            before = [t for t in T if t.end <= m.start() and t.cls == cls]
            if not before:
                continue
            total = before[-1]
            ok = sum_eq(total, items)
            self.rel(fam_for(cls), ok, f"分别为: {total!r} = {' + '.join(map(repr, items))}",
                     [total.s] + [t.s for t in items])
        for m in re.finditer(r'(两|三|四|五)项合计', s):
            after = [t for t in T if t.start >= m.end()]
            if not after:
                continue
            total = after[0]
            items = [t for t in T if t.end <= m.start() and t.cls == total.cls]
            nn = CNUM[m.group(1)]
            items = items[-nn:]
            self.rel('count.mismatch', len(items) == nn, f"项合计 count {nn}", [m.group(1)])
            ok = sum_eq(total, items)
            self.rel(fam_for(total.cls), ok, f"项合计: {total!r} = {' + '.join(map(repr, items))}",
                     [total.s] + [t.s for t in items])

    # ------------------------------------------------------------ rates
    def r_rates(self, s, T):
        for t in T:
            if t.cls != 'pct':
                continue
            lab = t.label
            before = [x for x in T if x.end <= t.start and x.cls != 'pct']
            num = den = None
            kind = None
            if any(k in lab for k in ('执行率', '使用率', '支出率', '支出进度', '支付进度')):
                kind = 'exec'
                nums = [x for x in before if x.cls == 'money' and x.label and '预算' not in x.label and
                        any(k in x.label for k in ('支出', '执行', '发放', '兑付', '拨付', '使用'))]
                dens = [x for x in before if x.cls == 'money' and
                        any(k in x.label for k in ('预算', '可用', '到位', '下达', '资金总额', '筹集'))]
                full = [x for x in dens if '年初' not in x.label]
                if nums and dens:
                    num = nums[-1]
                    den = (full or dens)[-1]
                    early = [x for x in dens if '年初' in x.label and x.v != den.v]
                    if early and full:
                        c_early = q(num.base / early[-1].base * 100, ndec(t.s))
                        if c_early != t.v:
                            self._pending_full = True
            elif '完成率' in lab:
                kind = 'compl'
                nums = [x for x in before if ('实际' in x.label or '完成' in x.label)]
                dens = [x for x in before if any(k in x.label for k in ('计划', '目标', '任务'))]
                if nums and dens and nums[-1].cls == dens[-1].cls:
                    num, den = nums[-1], dens[-1]
            elif '满意度' in lab or '满意率' in lab:
                kind = 'sat'
                nums = [x for x in before if '满意' in x.label]
                dens = ([x for x in before if '有效' in x.label or '回收' in x.label or '收回' in x.label] or
                        [x for x in before if any(k in x.label for k in ('走访', '调查', '问卷'))])
                if nums and dens:
                    num, den = nums[-1], dens[-1]
            elif '得分率' in lab:
                kind = 'srate'
                nums = [x for x in before if '得分' in x.label]
                dens = [x for x in before if '分值' in x.label]
                if nums and dens:
                    num, den = nums[-1], dens[-1]
            else:
                m = re.search(r'(?<!分别)(占|为|是|完成)([^，。；]*?)的\s*$', s[:t.start])
                if m:
                    kind = 'of'
                    inner = [x for x in T if m.start(2) <= x.start < m.end(2) and x.cls != 'pct']
                    if inner:
                        den = inner[-1]
                    else:
                        target = m.group(2).strip()
                        if len(target) >= 3:
                            cands = [x for x in self.alltoks if x.label.endswith(target) and x.cls != 'pct']
                            if cands:
                                den = cands[0]
                    if den is not None:
                        nums = [x for x in T if x.end <= m.start() and x.cls == den.cls and
                                not any(k in x.label for k in ('人均', '次均', '每', '增加', '减少', '较', '比', '上年', '下降', '提高'))]
                        if nums:
                            num = nums[-1]
                        else:
                            den = None
            if num is None or den is None or den.v == 0:
                continue
            exact = num.base / den.base * 100
            c = q(exact, ndec(t.s))
            ok = c == t.v
            self.rel('rate.ratio', ok, f"rate[{kind}] {num!r}/{den!r} = {t.s}% (calc {c})", [t.s])
            if ok:
                if c > 100:
                    self.traps.add('over100')
                scaled = exact * (D(10) ** ndec(t.s))
                if scaled - int(scaled) == D('0.5'):
                    self.traps.add('rate_halfup')
                if kind == 'srate':
                    self.traps.add('score_rate')
                if kind == 'exec' and getattr(self, '_pending_full', False):
                    self.traps.add('fullbudget')
            self._pending_full = False

    # ------------------------------------------------------------ changes
    def r_change(self, s, T):
        m = re.search(r'(较|比)(上年末|上年|同期|\d{4}年)', s)
        if not m:
            return
        after = [t for t in T if t.start >= m.end()]
        if not after or after[0].start - m.end() > 2:
            return
        prev = after[0]
        km = re.compile(r'(增加|减少|提高|降低|增长|下降)').search(s, prev.end)
        if not km:
            return
        ch = [t for t in T if t.start >= km.end() and t.start - km.end() <= 2]
        if not ch:
            return
        ch = ch[0]
        sign = 1 if km.group(1) in ('增加', '提高', '增长') else -1
        curs = [t for t in T if t.end <= m.start() and t.cls == prev.cls and t.unit == prev.unit]
        if not curs:
            return
        cur = curs[-1]
        self.traps.add('other_year')
        if ch.cls != 'pct':
            ok = cur.v - prev.v == sign * ch.v
            self.rel('change', ok, f"change {cur!r} - {prev!r} = {sign * ch.v}", [ch.s, cur.s, prev.s])
            gm = re.compile(r'(增长|下降)[ \u3000]*(-?\d+(?:\.\d+)?)%').search(s, ch.end)
            if gm and '同口径' not in s[ch.end:gm.start()]:
                g = D(gm.group(2))
                gsign = 1 if gm.group(1) == '增长' else -1
                c = q((cur.v - prev.v) / prev.v * 100, ndec(gm.group(2)))
                self.rel('rate.ratio', c == gsign * g, f"growth {gm.group(0)} (calc {c})", [gm.group(2)])
        # 同口径
        if '同口径' in s:
            once = [t for t in T if '一次性' in t.label]
            adj = [t for t in T if '同口径' in t.label and t.cls != 'pct']
            gm = re.search(r'同口径(增长|下降)[ \u3000]*(-?\d+(?:\.\d+)?)%', s)
            if once and adj:
                self.rel('sum.breakdown', prev.v - once[0].v == adj[0].v,
                         f"同口径 base {prev!r} - {once[0]!r} = {adj[0]!r}", [adj[0].s])
            if adj and gm:
                g = D(gm.group(2)) * (1 if gm.group(1) == '增长' else -1)
                c = q((cur.v - adj[0].v) / adj[0].v * 100, ndec(gm.group(2)))
                ok = c == g
                self.rel('rate.ratio', ok, f"同口径 growth {g} (calc {c})", [gm.group(2)])
                if ok:
                    self.traps.add('same_caliber')

    def r_raise(self, s, T):
        for m in re.finditer(r'由([^，。；]*?)提高到', s):
            old = [t for t in T if m.start(1) <= t.start < m.end(1)]
            new = [t for t in T if t.start >= m.end()]
            if not old or len(new) < 2:
                continue
            old, new_, d = old[-1], new[0], new[1]
            if not re.match(r'^[，、]?(提高|增加)', s[new_.end:d.start].strip()):
                continue
            if re.search(r'\d{4}年', s[m.start():old.start]) or '上年' in s[m.start():old.start]:
                self.traps.add('other_year')
            ok = new_.v - old.v == d.v
            self.rel('change', ok, f"raise {old!r} -> {new_!r} by {d!r}", [d.s, old.s, new_.s])

    # ------------------------------------------------------------ balances
    def r_balance(self, s, T):
        for cls in ('money', 'person'):
            X = [t for t in T if t.cls == cls]
            beg = [t for t in X if '年初' in t.label and any(k in t.label for k in ('结转', '结余', '余额', '在册'))]
            end = [t for t in X if '年初' not in t.label and ('年末' in t.label or '结余' in t.label or '结转下年' in t.label)
                   and not t.label.startswith('由')]
            inc = [t for t in X if any(k in t.label for k in ('本年收入', '本年到位', '新增', '下达', '本年拨入'))]
            spd = [t for t in X if any(k in t.label for k in ('支出', '发放', '停发', '兑付')) and '总计' not in t.label
                   and '预算' not in t.label]
            bud = [t for t in X if any(k in t.label for k in ('可用', '到位', '预算')) and '年初' not in t.label
                   and '本年到位' not in t.label]
            if not end or not spd:
                continue
            sp = [t for t in spd if '本年' in t.label] or spd
            e = end[-1]
            sp = [t for t in sp if t.start < e.start]
            if not sp:
                continue
            sp = sp[-1]
            if beg and inc:
                ok = beg[0].v + inc[0].v - sp.v == e.v
                self.rel('balance.carryover', ok, f"balance {beg[0]!r} + {inc[0]!r} - {sp!r} = {e!r}",
                         [e.s, beg[0].s, inc[0].s, sp.s])
            elif bud and not beg:
                b = [t for t in bud if t.start < sp.start]
                if not b:
                    continue
                b = b[-1]
                ok = b.v - sp.v == e.v
                self.rel('balance.carryover', ok, f"balance {b!r} - {sp!r} = {e!r}", [e.s, b.s, sp.s])

    # ------------------------------------------------------------ products
    def r_product(self, s, T):
        for st in T:
            if st.cls != 'money':
                continue
            lab = st.label
            if '每亩' in lab:
                qc, months = 'area', None
            elif '每人每月' in lab:
                qc, months = 'person', True
            elif '每户' in lab:
                qc, months = 'hh', None
            else:
                continue
            qty = [t for t in T if t.cls == qc]
            amt = [t for t in T if t.cls == 'money' and t is not st and t.start > st.start and '每' not in t.label]
            if not qty or not amt:
                continue
            mult = qty[0].v * st.v
            if months:
                mo = [t for t in T if t.cls == 'months']
                if not mo:
                    continue
                mult *= mo[0].v
            a = amt[0]
            calc = q(mult / (10000 if a.unit == '万元' else 1), ndec(a.s))
            self.rel('fact.conflict', calc == a.v, f"product {qty[0]!r} x {st!r} = {a!r} (calc {calc})", [a.s])

    def r_percap(self, s, T):
        for t in T:
            if t.cls != 'money' or not (t.label.endswith('人均') or '次均' in t.label):
                continue
            money = [x for x in T if x.cls == 'money' and x is not t and '均' not in x.label]
            den = [x for x in T if x.cls == ('ptimes' if '次均' in t.label else 'person')]
            if not money or not den:
                continue
            c = q(money[-1].base / den[0].v, ndec(t.s))
            self.rel('rate.ratio', c == t.v, f"per-capita {money[-1]!r}/{den[0]!r} = {t!r} (calc {c})", [t.s])

    def r_yuanwan(self, s):
        pats = [r'(?P<w>\d+\.\d+)[ \u3000]*万元（(?P<y>\d+(?:\.\d+)?)[ \u3000]*元）',
                r'(?P<y>\d+(?:\.\d+)?)[ \u3000]*元，折合[ \u3000]*(?P<w>\d+\.\d+)[ \u3000]*万元',
                r'(?P<y>\d+(?:\.\d+)?)[ \u3000]*元（折合[ \u3000]*(?P<w>\d+\.\d+)[ \u3000]*万元）']
        for p in pats:
            for m in re.finditer(p, s):
                y, w = D(m.group('y')), D(m.group('w'))
                ok = q(y / 10000, 2) == w
                self.rel('fact.conflict', ok, f"元/万元 {m.group(0)}", [m.group('w'), m.group('y')])
                if ok:
                    if '.' in m.group('y'):
                        self.traps.add('yuan_cents')
                    if y / 10000 != w:
                        self.traps.add('round_wan')

    # ------------------------------------------------------------ scores
    def r_scores(self, s, T):
        for m in re.finditer(r'分值[ \u3000]*(\d+(?:\.\d+)?)[ \u3000]*分', s):
            g = re.compile(r'得分[ \u3000]*(\d+(?:\.\d+)?)[ \u3000]*分').search(s, m.end())
            if g:
                ok = D(g.group(1)) <= D(m.group(1))
                self.rel('score.cap', ok, f"cap 得分{g.group(1)} <= 分值{m.group(1)}", [m.group(1), g.group(1)])
        m = re.search(r'(综合自评得分|总得分|自评得分|综合得分)[ \u3000]*(\d+(?:\.\d+)?)[ \u3000]*分（([^）]*)）', s)
        if m:
            items = [t for t in toks_of(m.group(3)) if t.cls == 'score']
            if len(items) >= 2:
                ok = sum(t.v for t in items) == D(m.group(2))
                self.rel('score.total', ok, f"score parts {m.group(2)} = {'+'.join(t.s for t in items)}",
                         [m.group(2)] + [t.s for t in items])

    def bands(self):
        for s in self.sents:
            gw = GRADE_RE.findall(s)
            if '以下' not in s or len(set(gw)) < 3:
                continue
            bands = {}
            first = GRADE_RE.search(s)
            gfirst = s[first.end():first.end() + 1] == '（'
            ms = [m for m in GRADE_RE.finditer(s)]
            if gfirst:
                ms = [m for m in ms if s[m.end():m.end() + 1] == '（']
                for i, m in enumerate(ms):
                    seg = s[m.end(): ms[i + 1].start() if i + 1 < len(ms) else len(s)]
                    nums = re.findall(r'\d+(?:\.\d+)?', seg)
                    bands[m.group(0)] = D(0) if '以下' in seg else (D(nums[0]) if nums else None)
            else:
                prev = 0
                for m in ms:
                    seg = s[prev:m.start()]
                    seg = re.split(r'[，；]', seg)[-1]
                    nums = re.findall(r'\d+(?:\.\d+)?', seg)
                    bands[m.group(0)] = D(0) if '以下' in seg else (D(nums[0]) if nums else None)
                    prev = m.end()
            if all(v is not None for v in bands.values()) and len(bands) >= 3:
                return bands
        return None

    def r_grade(self):
        bands = self.bands()
        stated = bands is not None
        if bands is None:
            bands = {'优秀': D(90), '良好': D(80), '合格': D(60), '不合格': D(0)}
        syn = {'优': '优秀', '良': '良好', '中': '合格', '差': '不合格',
               '优秀': '优', '良好': '良', '合格': '中', '不合格': '差'}
        for s in self.sents:
            for m in re.finditer(r'(等级为|等次为|评定为|自评等级：)“?(基本合格|不合格|合格|优秀|良好|优|良|中|差)”?', s):
                sc = [t for t in toks_of(s[:m.start()]) if t.cls == 'score' and '分值' not in t.label]
                if not sc:
                    continue
                score = sc[0].v
                best = max((b for b in bands.items() if b[1] <= score), key=lambda b: b[1])
                g = m.group(2)
                ok = g == best[0] or syn.get(g) == best[0]
                self.rel('grade.band', ok, f"grade {score} -> {best[0]} stated {g} ({'stated' if stated else 'default'} bands)",
                         [g])
                if ok and any(abs(score - b) <= D('0.5') for b in bands.values() if b > 0):
                    self.traps.add('band_edge')

    # ------------------------------------------------------------ 元 vs 万元 literals
    def r_unitmag(self):
        wan = {t.s for t in self.alltoks if t.unit == '万元'}
        for t in self.alltoks:
            if t.unit == '元' and t.s in wan and '.' in t.s and len(t.s.replace('.', '')) >= 4:
                self.rel('unit.magnitude', False, f"{t.s}元 restates {t.s}万元", [t.s + '元', t.s])

    # ------------------------------------------------------------ list counts
    def r_listcount(self, s):
        for m in re.finditer(r'(\d+)个([^，。；\d]{0,12})，分别为([^。；]+)', s):
            lst = m.group(3)
            if lst.rstrip().endswith('等'):
                self.traps.add('nonexh')
                continue
            items = [x for x in re.split(r'、|和', lst) if x.strip()]
            self.rel('count.mismatch', len(items) == int(m.group(1)), f"list of {m.group(1)} has {len(items)} items",
                     [m.group(1)])
        for m in re.finditer(r'([^，。；：]*?)等(\d+)个', s):
            items = [x for x in m.group(1).split('、') if x.strip()]
            if len(items) < int(m.group(2)):
                self.traps.add('nonexh')
            else:
                self.rel('count.mismatch', False, f"等{m.group(2)}个 but {len(items)} listed", [m.group(2)])

    def r_budgetadd(self, s, T):
        a = [t for t in T if t.label.endswith('年初预算') and t.cls == 'money']
        b = [t for t in T if '追加' in t.label and t.cls == 'money']
        c = [t for t in T if '全年预算' in t.label and t.cls == 'money']
        if a and b and c:
            self.rel('sum.breakdown', a[0].v + b[0].v == c[0].v, f"{a[0]!r} + {b[0]!r} = {c[0]!r}",
                     [a[0].s, b[0].s, c[0].s])

    # ------------------------------------------------------------ tables
    def r_table(self, tb):
        H = tb.header
        kinds = [col_kind(h) for h in H]
        rows = [r for r in tb.rows if len(r) == len(H)]
        label = lambda r: r[0]
        tot_rows = [r for r in rows if label(r) in ('合计', '总计')]
        data = [r for r in rows if label(r) not in ('合计', '总计', '总分') and not label(r).startswith('其中')]
        # 其中 rows (fund table)
        for i, r in enumerate(rows):
            if label(r).startswith('其中') and i > 0:
                parent = rows[i - 1]
                parts = rows[i:]
                for j, kd in enumerate(kinds):
                    if kd != 'money' or not is_num(parent[j]):
                        continue
                    if not all(is_num(p[j]) for p in parts):
                        continue
                    ok = sum(cval(p[j]) for p in parts) == cval(parent[j])
                    self.rel('sum.breakdown', ok, f"table {H[j]}: {parent[0]} = sum(其中 rows)", [parent[j]] + [p[j] for p in parts])
                    if ok and any('上年结转' in p[0] for p in parts):
                        self.traps.add('carryover_total')
                data = [rows[i - 1]]
                break
        # 合计 rows
        for tr in tot_rows:
            for j, kd in enumerate(kinds):
                if kd in ('money', 'count', 'area', 'score') and is_num(tr[j]) and all(is_num(r[j]) for r in data):
                    ok = sum(cval(r[j]) for r in data) == cval(tr[j])
                    fam = {'money': 'sum.breakdown', 'area': 'sum.breakdown', 'count': 'count.mismatch',
                           'score': 'score.total'}[kd]
                    self.rel(fam, ok, f"table {H[j]} 合计 {tr[j]}", [tr[j]] + [r[j] for r in data])
        idx = {h: j for j, h in enumerate(H)}
        find = lambda pred: next((j for j, h in enumerate(H) if pred(h)), None)
        j_area = find(lambda h: '亩' in h and '元' not in h)
        j_std = find(lambda h: '标准' in h)
        j_amt = find(lambda h: '金额' in h or h.endswith('（元）'))
        j_pm = find(lambda h: '人月' in h)
        j_prev = find(lambda h: '上年' in h or (self.year and str(self.year - 1) in h))
        j_cur = find(lambda h: '本年' in h or (self.year and str(self.year) in h))
        j_diff = find(lambda h: '增减额' in h)
        j_drate = find(lambda h: '增减率' in h)
        j_exe = find(lambda h: '执行数' in h)
        j_bud = find(lambda h: '预算数' in h and '年初' not in h)
        j_bud0 = find(lambda h: '年初预算' in h)
        j_er = find(lambda h: '执行率' in h)
        j_w = idx.get('分值')
        j_s = idx.get('得分')
        j_sr = idx.get('得分率')
        for r in rows:
            # products
            if j_std is not None and j_amt is not None and is_num(r[j_std]) and is_num(r[j_amt]):
                qty = None
                if j_area is not None and is_num(r[j_area]):
                    qty = cval(r[j_area])
                elif j_pm is not None and is_num(r[j_pm]):
                    qty = cval(r[j_pm])
                if qty is not None:
                    c = q(qty * cval(r[j_std]), ndec(r[j_amt]))
                    self.rel('fact.conflict', c == cval(r[j_amt]), f"row {r[0]} product (calc {c})", [r[j_amt]])
            if j_diff is not None and j_cur is not None and j_prev is not None and all(is_num(r[x]) for x in (j_diff, j_cur, j_prev)):
                ok = cval(r[j_cur]) - cval(r[j_prev]) == cval(r[j_diff])
                self.rel('change', ok, f"row {r[0]} 增减额", [r[j_diff], r[j_cur], r[j_prev]])
                self.traps.add('other_year')
                if j_drate is not None and is_num(r[j_drate]):
                    c = q((cval(r[j_cur]) - cval(r[j_prev])) / cval(r[j_prev]) * 100, ndec(r[j_drate]))
                    self.rel('rate.ratio', c == cval(r[j_drate]), f"row {r[0]} 增减率 (calc {c})", [r[j_drate]])
            if j_er is not None and j_exe is not None and j_bud is not None and all(is_num(r[x]) for x in (j_er, j_exe, j_bud)):
                c = q(cval(r[j_exe]) / cval(r[j_bud]) * 100, ndec(r[j_er]))
                ok = c == cval(r[j_er])
                self.rel('rate.ratio', ok, f"row {r[0]} 执行率 (calc {c})", [r[j_er]])
                if ok and j_bud0 is not None and is_num(r[j_bud0]) and cval(r[j_bud0]) != cval(r[j_bud]):
                    self.traps.add('fullbudget')
                if j_w is not None and j_s is not None and is_num(r[j_w]) and is_num(r[j_s]):
                    c2 = q(cval(r[j_w]) * cval(r[j_er]) / 100, ndec(r[j_s]))
                    ok2 = c2 == cval(r[j_s])
                    self.rel('rate.ratio', ok2, f"row {r[0]} 执行率得分 (calc {c2})", [r[j_s]])
                    if ok2:
                        self.traps.add('rate_score')
            if j_w is not None and j_s is not None and is_num(r[j_w]) and is_num(r[j_s]) and r[0] not in ('合计', '总分'):
                self.rel('score.cap', cval(r[j_s]) <= cval(r[j_w]), f"row {r[0]} 得分 <= 分值", [r[j_w], r[j_s]])
                if j_sr is not None and is_num(r[j_sr]):
                    c = q(cval(r[j_s]) / cval(r[j_w]) * 100, ndec(r[j_sr]))
                    ok = c == cval(r[j_sr])
                    self.rel('rate.ratio', ok, f"row {r[0]} 得分率 (calc {c})", [r[j_sr]])
                    if ok:
                        self.traps.add('score_rate')
            elif j_w is not None and j_s is not None and j_sr is not None and all(is_num(r[x]) for x in (j_w, j_s, j_sr)):
                c = q(cval(r[j_s]) / cval(r[j_w]) * 100, ndec(r[j_sr]))
                self.rel('rate.ratio', c == cval(r[j_sr]), f"row {r[0]} 得分率 (calc {c})", [r[j_sr]])
        if j_prev is not None:
            self.traps.add('other_year')
        # rounding of products: 合计面积 x 标准 vs 合计金额
        if j_area is not None and j_std is not None and j_amt is not None and tot_rows:
            stds = {r[j_std] for r in data if is_num(r[j_std])}
            tr = tot_rows[0]
            if len(stds) == 1 and is_num(tr[j_area]) and is_num(tr[j_amt]):
                whole = q(cval(tr[j_area]) * cval(stds.pop()), 2)
                if whole != cval(tr[j_amt]) and sum(cval(r[j_amt]) for r in data) == cval(tr[j_amt]):
                    self.traps.add('round_product')

    def r_score_total_tables(self):
        """总分 row = all 得分 (and 分值) cells of the document's score tables."""
        for tb in self.tables:
            H = tb.header
            if '得分' not in H:
                continue
            for r in tb.rows:
                if len(r) != len(H) or r[0] != '总分':
                    continue
                for col in ('得分', '分值'):
                    j = H.index(col) if col in H else None
                    if j is None or not is_num(r[j]):
                        continue
                    cells = []
                    for tb2 in self.tables:
                        if col in tb2.header:
                            j2 = tb2.header.index(col)
                            for r2 in tb2.rows:
                                if len(r2) == len(tb2.header) and r2[0] not in ('总分', '合计') and is_num(r2[j2]):
                                    cells.append(r2[j2])
                    ok = sum(cval(c) for c in cells) == cval(r[j])
                    self.rel('score.total', ok, f"总分 {col} {r[j]} = sum of {len(cells)} cells", [r[j]] + cells)

    def r_table_text(self):
        for tb in self.tables:
            H = tb.header
            rows = [r for r in tb.rows if len(r) == len(H)]
            labels = [r[0] for r in rows]
            numcols = [j for j in range(1, len(H)) if any(is_num(r[j]) for r in rows)]
            if not numcols:
                continue
            for r in rows:
                R = r[0]
                if len(R) < 3 or labels.count(R) > 1 or R in ('合计', '总分', '总计'):
                    continue
                for s in self.sents:
                    pos = s.find(R)
                    if pos < 0:
                        continue
                    tail = s[pos + len(R):]
                    tail = re.split(r'[。；]', tail)[0]
                    m = re.match(r'^([^，、\d]{0,4})[ \u3000]*(-?\d+(?:\.\d+)?)[ \u3000]*' + UNIT_ALT, tail)
                    if m and is_num(r[numcols[0]]):
                        j = numcols[0]
                        ok = D(m.group(2)) == cval(r[j])
                        self.rel('table.text', ok, f"prose {R}{m.group(0)} vs table {H[j]} {r[j]}", [m.group(2)])
                    for j in numcols:
                        key = re.sub(r'（.*?）|\(.*?\)', '', H[j]).strip()
                        if len(key) < 2 or not is_num(r[j]):
                            continue
                        km = re.search(re.escape(key) + r'(?!率)([^\d。；]{0,6}?)[ \u3000]*(-?\d+(?:\.\d+)?)[ \u3000]*' + UNIT_ALT, tail)
                        if km and '、' not in km.group(1):
                            ok = D(km.group(2)) == cval(r[j])
                            self.rel('table.text', ok, f"prose {R}…{key}{km.group(2)} vs table {r[j]}", [km.group(2)])

    # ------------------------------------------------------------ traps
    def r_traps_sentence(self, s, T):
        cl = {t.cls for t in T}
        if 'ptimes' in cl and ({'person', 'hh'} & cl):
            self.traps.add('person_times')
        if 'ptimes' in cl and 'batch' in cl:
            self.traps.add('batch_times')
        if re.search(r'\d[ \u3000]*户[ \u3000]*\d+[ \u3000]*人(?!次)', s):
            self.traps.add('hu_ren')
        if re.search(r'主要(用于|包括)[^。]*?等', s):
            self.traps.add('nonexh')
        for t in T:
            if '上年' in t.label:
                self.traps.add('other_year')
            y = re.search(r'(\d{4})年[^，。；\d]{0,6}$', s[max(0, t.start - 14):t.start])
            if y and self.year and int(y.group(1)) < self.year:
                self.traps.add('other_year')

    def r_traps_doc(self):
        if re.search(r'费[^。；，]{0,4}未发生', self.text) or any(
                t.v == 0 and '出国' in t.label for t in self.alltoks):
            self.traps.add('zero_na')
        proj = {t.v for t in self.alltoks if t.label.endswith('项目支出') and t.cls == 'money'}
        if len(proj) >= 2 and '财政拨款' in self.text:
            self.traps.add('scope')


# ---------------------------------------------------------------- driver
def load_expect(d):
    exp = {}
    with open(os.path.join(d, 'expect.tsv'), encoding='utf-8') as fh:
        next(fh)
        for ln in fh:
            if not ln.strip():
                continue
            i, e, det = ln.rstrip('\n').split('\t', 2)
            exp[i] = (e, det)
    return exp


def check_doc(path, verbose=False):
    with open(path, encoding='utf-8') as fh:
        txt = fh.read()
    c = Checker(txt).run()
    if verbose:
        print(f"== {os.path.basename(path)}  traps={sorted(c.traps)}")
        for r in c.rels:
            print(('   ok  ' if r['ok'] else '  FAIL ') + r['family'] + '  ' + r['desc'])
    return c


def main(argv):
    verbose = '-v' in argv
    twins = None
    if '--twins' in argv:
        twins = argv[argv.index('--twins') + 1]
    only = [a for a in argv[1:] if re.match(r'^t\d\d$', a)]
    exp = load_expect(HERE)
    ids = sorted(exp)
    if only:
        ids = [i for i in ids if i in only]
    failures = 0
    slip_ok = clean_ok = 0
    for i in ids:
        e, det = exp[i]
        c = check_doc(os.path.join(HERE, i + '.txt'), verbose)
        fails = [r for r in c.rels if not r['ok']]
        if e == 'clean':
            listed = [x.strip() for x in det.split(':', 1)[1].split(',')] if ':' in det else []
            missing = [x for x in listed if x not in c.traps]
            if not fails and len(c.traps) >= 2 and not missing:
                clean_ok += 1
            else:
                failures += 1
                print(f"{i} clean FAILED: fails={[(r['family'], r['desc']) for r in fails]} traps={sorted(c.traps)} missing={missing}")
        else:
            m = re.search(r'wrong=“([^”]*)”', det)
            wrong = m.group(1) if m else None
            wnum = re.match(r'-?\d+(?:\.\d+)?', wrong).group(0) if wrong and re.match(r'-?\d', wrong) else wrong
            if len(fails) == 1 and fails[0]['family'] == e and (wnum is None or wnum in fails[0]['vals'] or wrong in fails[0]['vals']):
                slip_ok += 1
            else:
                failures += 1
                print(f"{i} {e} FAILED: fails={[(r['family'], r['desc'], r['vals']) for r in fails]}")
    nslip = sum(1 for i in ids if exp[i][0] != 'clean')
    nclean = len(ids) - nslip
    print(f"slips confirmed: {slip_ok}/{nslip} clean confirmed: {clean_ok}/{nclean} failures: {failures}")
    if twins:
        tw_ok = 0
        tw_fail = 0
        names = sorted(f[:-4] for f in os.listdir(twins) if re.match(r'^t\d\d\.txt$', f))
        for i in names:
            with open(os.path.join(twins, i + '.txt'), encoding='utf-8') as fh:
                a = fh.read().split('\n')
            with open(os.path.join(HERE, i + '.txt'), encoding='utf-8') as fh:
                b = fh.read().split('\n')
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            c = check_doc(os.path.join(twins, i + '.txt'), verbose)
            fails = [r for r in c.rels if not r['ok']]
            if exp.get(i, ('clean',))[0] != 'clean' and ndiff == 1 and not fails:
                tw_ok += 1
            else:
                tw_fail += 1
                print(f"twin {i} FAILED: ndiff={ndiff} fails={[(r['family'], r['desc']) for r in fails]}")
        missing = [i for i in ids if exp[i][0] != 'clean' and i not in names]
        tw_fail += len(missing)
        print(f"twins confirmed: {tw_ok}/{nslip} twin failures: {tw_fail}")
        failures += tw_fail
    return 0 if failures == 0 else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
