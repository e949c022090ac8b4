#!/usr/bin/env python3
"""check.py - independent re-reader for the blind78 set.

Does NOT import gen.py.  It reads tNN.txt as text, re-derives every relation it can
recognise (sums of breakdowns, shares, growth rates, differences, completion and
execution rates, carry-over balances, counts, facts stated twice, table rows and their
totals, table vs prose, 元 vs 万元 restatements), and compares with expect.tsv:

  * each slip document must yield findings of exactly its family;
  * each clean document must yield no finding and visibly hold at least two trap kinds.

    python3 check.py                 # checks the set next to this file
    python3 check.py --twins DIR     # DIR holds slip-free twins of the slip documents:
                                     # each must be clean and differ from its slip
                                     # document in exactly one paragraph (line)
    python3 check.py -v              # also print every finding / trap per document
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))

NUM = r'\d[\d,]*(?:\.\d+)?'
MONEY_UNITS = ('万元', '元')
COUNT_UNITS = ('辆', '人次', '人', '名', '批次', '个', '平方米', '台套', '期', '张', '户', '场次', '项')
TOK = re.compile(r'(?<![\d.,])(' + NUM + r')(万元|元|%|辆|人次|人|名|批次|个|平方米|台套|期|张|户|场次|项)(?!以上)')

FUNC_CLASSES = ['一般公共服务支出', '公共安全支出', '教育支出', '科学技术支出', '文化旅游体育与传媒支出', '社会保障和就业支出',
                '卫生健康支出', '节能环保支出', '城乡社区支出', '农林水支出', '交通运输支出', '住房保障支出',
                '灾害防治及应急管理支出', '自然资源海洋气象等支出']
SG_LABELS = ['三公经费', '因公出国境费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费']
FACT_LABELS = ['收入总计', '支出总计', '本年收入合计', '本年支出合计', '年初结转和结余', '年末结转和结余',
               '用事业基金弥补收支差额', '结余分配', '财政拨款收入', '事业收入', '经营收入', '其他收入', '基本支出', '项目支出',
               '经营支出', '人员经费', '公用经费', '一般公共预算财政拨款支出', '财政拨款支出', '年初财政拨款结转和结余',
               '年末财政拨款结转和结余', '机关运行经费', '政府采购支出总额', '政府采购货物支出', '政府采购工程支出',
               '政府采购服务支出', '授予中小企业合同金额', '授予小微企业合同金额', '收入预算总计', '支出预算总计', '本年收入预算',
               '上年结转', '一般公共预算拨款收入', '政府性基金预算拨款收入', '政府采购预算总额', '资产总额', '流动资产',
               '固定资产', '无形资产'] + FUNC_CLASSES + SG_LABELS
INCOME_ROWS = {'财政拨款收入', '事业收入', '经营收入', '其他收入', '上级补助收入', '附属单位上缴收入'}
BOUNDARY_WORDS = ['主要用于', '其中', '分别为', '主要为', '包括', '由']
COMPOUND_BUDGET = ['一般公共预算', '政府性基金预算', '国有资本经营预算']
HEADER_WORDS = ['项目', '预算数', '决算数', '上年决算数', '增减额', '增减率', '收入', '支出']


def q(x, n):
    return D(x).quantize(D(1).scaleb(-n), ROUND_HALF_UP)


def ndec(s):
    return len(s.split('.')[1]) if '.' in s else 0


def val(s):
    return D(s.replace(',', ''))


def pctv(a, b, n):
    return q(D(a) / D(b) * 100, n)


def norm(s):
    s = s.replace(' ', '').replace('\u3000', '')
    s = s.replace('因公出国（境）', '因公出国境').replace('台（套）', '台套')
    s = s.replace('“三公”', '三公').replace('"三公"', '三公')
    return s


class Tok:
    __slots__ = ('s', 'e', 'raw', 'v', 'u', 'role', 'sub', 'sign', 'label', 'kind', 'when', 'item', 'pre', 'cl')

    def __repr__(self):
        return f"<{self.raw}{self.u} {self.role}/{self.sub} {self.label} {self.when} {self.kind}>"


class Doc:
    def __init__(self, name, lines):
        self.name = name
        self.lines = lines
        self.findings = []
        self.traps = set()
        self.facts = []  # (scope, label, when, kind, value_in_wan, unit, is_table, raw, where)
        m = re.search(r'(20\d\d)年', lines[0])
        self.Y = int(m.group(1)) if m else 2023
        self.kind = 'budget' if '预算说明' in lines[0] else 'final'
        self.verified_shares = []
        self.n = {}
        self.implied_prev = {}

    def tick(self, what):
        self.n[what] = self.n.get(what, 0) + 1

    def find(self, fam, msg):
        self.findings.append((fam, msg))

    # ------------------------------------------------------------------ structure
    def segments(self):
        """yields ('heading'|'prose'|'table', payload, line index)."""
        i = 1
        n = len(self.lines)
        yield ('title', self.lines[0], 0)
        while i < n:
            ln = self.lines[i]
            if is_heading(ln):
                yield ('heading', ln, i)
                i += 1
                continue
            if is_caption(ln):
                j = i + 1
                while j < n and not self.lines[j].startswith('注：'):
                    j += 1
                yield ('table', (ln, self.lines[i + 1:j]), i)
                if j < n:
                    yield ('prose', self.lines[j], j)
                i = j + 1
                continue
            yield ('prose', ln, i)
            i += 1


def is_heading(ln):
    if re.match(r'^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分)', ln):
        if '，' not in ln and '。' not in ln and not re.search(r'\d+\.\d\d', ln):
            return True
    return False


def is_caption(ln):
    return ln.endswith('表') and '，' not in ln and '。' not in ln


# ---------------------------------------------------------------------- prose analysis

def prev_markers(Y):
    return ['上年度', '上年同期', '上年', '去年', f'{Y - 1}年']


def strip_compounds(s):
    for w in COMPOUND_BUDGET:
        s = s.replace(w, '')
    return s.replace('上年结转', '结转项')


def find_label(prefix):
    best = None
    for lab in FACT_LABELS:
        k = prefix.rfind(lab)
        if k < 0:
            continue
        end = k + len(lab)
        key = (end, len(lab))
        if best is None or key > best[0]:
            best = (key, lab)
    if best is None:
        return None
    lab = best[1]
    if '三公经费' in prefix and lab not in SG_LABELS:
        lab = '三公经费'
    if '收入总计' in prefix and '支出总计' in prefix:
        lab = '收入总计和支出总计'
    return lab


def tokenize(doc, sent, scope):
    toks = []
    last_end = 0
    for m in TOK.finditer(sent):
        t = Tok()
        t.s, t.e = m.start(), m.end()
        t.raw, t.u = m.group(1), m.group(2)
        t.v = val(t.raw)
        # item index and clause prefix
        t.item = sent.count('；', 0, t.s)
        start = max(sent.rfind(ch, 0, t.s) for ch in '，；：、。')
        cl_start = max(start + 1, last_end)
        pre = sent[cl_start:t.s]
        for w in BOUNDARY_WORDS:
            k = pre.rfind(w)
            if k >= 0:
                pre = pre[k + len(w):]
        t.pre = pre
        t.cl = sent[max(sent.rfind(ch, 0, t.s) for ch in '，；。') + 1:t.s]  # whole clause before token
        t.role, t.sub, t.sign = 'plain', None, 0
        t.label, t.kind, t.when = None, None, 'cur'
        before = sent[max(0, t.s - 6):t.s]
        if t.u == '%':
            t.role = 'pct'
            clb = t.cl
            if '可比口径' in clb or '同口径' in clb:
                t.sub = 'comparable'
                t.sign = -1 if re.search(r'下降$', before) else 1
            elif '占' in clb:
                t.sub = 'share'
            elif re.search(r'(增长|增幅|增幅为|上升)$', before):
                t.sub, t.sign = 'growth', 1
            elif re.search(r'(下降|降幅|降幅为|减少)$', before):
                t.sub, t.sign = 'growth', -1
            elif re.search(r'(完成预算的?|执行率为?|完成率为?|完成年初预算的?|完成全年预算的?)$', before):
                t.sub = 'completion'
            else:
                t.sub = 'other'
        else:
            if re.search(r'(增加|减少|节约|超支)$', before) and t.u in MONEY_UNITS:
                t.role = 'delta'
                t.sign = -1 if re.search(r'(减少|节约)$', before) else 1
            else:
                clx = strip_compounds(t.cl)
                if '剔除' in t.cl:
                    t.role = 'factor'
                elif re.search(r'(比|较)(年初|全年)?预算数?$', sent[:t.s]):
                    t.role = 'ref'
                elif re.search(r'由$', sent[:t.s]) and re.match(r'(万元|元)(增加|减少)至', sent[t.s + len(t.raw):]):
                    t.role = 'prev'
                elif any(pm in clx for pm in prev_markers(doc.Y)):
                    t.role = 'prev'
                else:
                    yrs = [int(y) for y in re.findall(r'(20\d\d)年', clx)]
                    if any(y < doc.Y - 1 for y in yrs):
                        t.role = 'other'
            if t.u in MONEY_UNITS and t.role != 'factor':
                t.label = find_label(t.pre)
                ck = strip_compounds(t.cl)
                if '预算' in ck and '决算' not in ck:
                    t.kind = 'budget'
                elif '决算' in ck:
                    t.kind = 'final'
                else:
                    t.kind = doc.kind
                t.when = {'prev': 'prev', 'other': 'other'}.get(t.role, 'cur')
        toks.append(t)
        last_end = t.e
    return toks


def label_scope(label, scope):
    if label in SG_LABELS:
        return 'SG'
    return scope


def add_fact(doc, scope, label, when, kind, v, u, is_table, raw, where):
    if label == '收入总计和支出总计':
        add_fact(doc, scope, '收入总计', when, kind, v, u, is_table, raw, where)
        add_fact(doc, scope, '支出总计', when, kind, v, u, is_table, raw, where)
        return
    wan = v / 10000 if u == '元' else v
    doc.facts.append((label_scope(label, scope), label, when, kind, wan, u, is_table, raw, where, v))


def analyse_sentence(doc, sent, scope, lineno, in_paren=False):
    toks = tokenize(doc, sent, scope)
    money = [t for t in toks if t.u in MONEY_UNITS]
    where = f"L{lineno + 1}"
    # ---- facts
    for t in money:
        if t.role in ('plain',) and t.label:
            add_fact(doc, scope, t.label, 'cur', t.kind, t.v, t.u, False, t.raw, where)
    # ---- changes (per item)
    analyse_changes(doc, sent, toks, scope, where)
    # ---- comparable-basis rates
    for t in toks:
        if t.role == 'pct' and t.sub == 'comparable':
            mx = re.search(r'剔除[^，；。]*?(' + NUM + r')(万元|元)后', sent[:t.s])
            doc.traps.add('comparable')
            anchors = [a for a in find_anchors(doc, sent) if a[0] < t.s]
            if mx and anchors:
                info = anchor_info(doc, sent, toks, anchors[0], anchors)
                if info and info['prev'] is not None and info['cur'] is not None:
                    x = val(mx.group(1))
                    cur, prev = info['cur'].v, info['prev'].v
                    exp = pctv(abs(cur - x - prev), prev, ndec(t.raw))
                    doc.traps.add('comparable')
                    doc.tick('comparable-rate')
                    if exp != t.v or (cur - x - prev) * t.sign < 0:
                        doc.find('rate.ratio', f"{where} 可比口径增长率 {t.raw}% ≠ ({cur}−{x}−{prev})/{prev} = {exp}%")
    # ---- shares
    first_plain = next((t for t in money if t.role == 'plain'), None)
    shares_implicit = []
    for t in toks:
        if t.role == 'pct' and t.sub == 'share':
            num = None
            for u in money:
                if u.e <= t.s and u.item == t.item and u.role == 'plain':
                    num = u
            if num is None:
                continue
            mb = re.search(r'占([^，；。]*?)的?$', sent[:t.s])
            base_label = mb.group(1) if mb else ''
            base_label = base_label[:-1] if base_label.endswith('的') else base_label
            base = None
            if base_label:
                base = lookup(doc, base_label, scope)
            if base is None and not base_label:
                if first_plain is not None and first_plain is not num:
                    base = first_plain.v if first_plain.u == num.u else None
            if base is None or base == 0:
                continue
            exp = pctv(num.v, base, ndec(t.raw))
            doc.tick('share')
            if exp != t.v:
                doc.find('rate.ratio', f"{where} 占比 {t.raw}% ≠ {num.raw}/{base} = {exp}%")
            elif not base_label:
                shares_implicit.append(t.v)
    if len(shares_implicit) >= 2 and sum(shares_implicit) != 100:
        doc.traps.add('rounding_shares')
    # ---- completion / execution rates
    for t in toks:
        if t.role == 'pct' and t.sub == 'completion':
            num = den = den_full = None
            for u in toks:
                if u.e > t.s or u.role not in ('plain',) or u.u == '%':
                    continue
                p = strip_compounds(u.cl)
                if re.search(r'(决算|执行数|实际支出|实际完成|支出决算)', p):
                    num = u
                elif re.search(r'(全年[^，；]*预算|调整后预算)', p):
                    den_full = u
                elif re.search(r'(预算|计划)', p):
                    den = u
            den = den_full or den
            if num is None or den is None or den.v == 0 or num.u != den.u:
                continue
            exp = pctv(num.v, den.v, ndec(t.raw))
            doc.tick('completion')
            if exp != t.v:
                doc.find('rate.ratio', f"{where} 完成/执行率 {t.raw}% ≠ {num.raw}/{den.raw} = {exp}%")
            else:
                if t.v > 100:
                    doc.traps.add('over_budget')
                if den_full is not None and (doc.line_both or any('年初预算' in u.cl for u in toks if u.e < t.s)):
                    doc.traps.add('exec_over_adjusted')
    # ---- project balance and 年初+追加=全年
    b0 = add = full = act = bal = None
    for u in money:
        if u.role != 'plain':
            continue
        p = u.cl
        if re.search(r'年初预算', p):
            b0 = u
        elif re.search(r'追加', p):
            add = u
        elif re.search(r'全年[^，；]*预算', p):
            full = u
        elif re.search(r'(实际支出|执行数)', p):
            act = u
        elif re.search(r'结余$', p) or re.search(r'结转下年$', p):
            bal = u
    if b0 is not None and add is not None and full is not None and not in_paren:
        doc.tick('budget-add')
        if b0.v + add.v != full.v:
            doc.find('sum.breakdown', f"{where} 全年预算 {full.raw} ≠ 年初 {b0.raw} + 追加 {add.raw}")
    if bal is not None and full is not None and act is not None:
        doc.tick('project-balance')
        if full.v - act.v != bal.v:
            doc.find('balance.carryover', f"{where} 结余 {bal.raw} ≠ {full.raw} − {act.raw} = {full.v - act.v}")
    # ---- money breakdowns
    analyse_breakdown(doc, sent, toks, where)
    # ---- count breakdowns (per item)
    analyse_counts(doc, sent, toks, where)
    # ---- trap markers
    units = {t.u for t in toks}
    if ('人' in units and '人次' in units) or ('批次' in units and '人次' in units):
        doc.traps.add('person_vs_persontime')
    if '未发生' in sent or re.search(r'预算数0(万元|元)', sent):
        doc.traps.add('zero_not_incurred')
    if any(t.role == 'other' for t in toks) or re.search(r'截至' + str(doc.Y - 1) + r'年', sent):
        doc.traps.add('other_year')
    an = find_anchors(doc, sent)
    if (any(re.search(r'预算', a[2]) and not re.search(r'上年|去年', a[2]) for a in an) or '完成预算' in sent) and \
            any(re.search(r'上年|去年', a[2]) for a in an):
        doc.traps.add('budget_vs_final_cmp')
    if '新增' in sent and not any(t.role == 'pct' and t.sub == 'growth' for t in toks):
        doc.traps.add('new_item')


def lookup(doc, label, scope):
    lab = find_label(label)
    if lab is None or lab != label.strip():
        lab = label if label in FACT_LABELS else lab
    if lab is None:
        return None
    cands = [f for f in doc.facts if f[1] == lab and f[2] == 'cur']
    same = [f for f in cands if f[0] == label_scope(lab, scope)]
    use = same or cands
    if not use:
        return None
    return use[0][4] if use[0][5] == '万元' else use[0][9]


def find_anchors(doc, sent):
    Y = doc.Y
    pat = re.compile(
        r'(?:比|较)(?:上年度|上年同期|上年|去年|%d年)(?:决算数|预算数|决算|预算|实际执行数|执行数)?(?:为)?'
        r'|(?:比|较)(?:年初|全年)?预算数?(?=\d)'
        r'|与(?:上年度|上年|去年|%d年)相比，?'
        r'|(?<![比较])(?:上年度|上年)(?:决算数|预算数)?为(?=\d)' % (Y - 1, Y - 1))
    return [(m.start(), m.end(), m.group(0)) for m in pat.finditer(sent)]


def anchor_info(doc, sent, toks, a, anchors):
    s, e, txt = a
    nxt = min([x[0] for x in anchors if x[0] > s] + [len(sent)])
    item = sent.count('；', 0, s)
    cur = prev = delta = rate = None
    for t in toks:
        if t.e <= s and t.item == item and t.role == 'plain' and t.u in MONEY_UNITS:
            cur = t
    for t in toks:
        if t.s == e and t.u in MONEY_UNITS:
            prev = t
    if txt.startswith('与'):
        mf = re.compile(r'由(' + NUM + r')(万元|元)(增加|减少)至(' + NUM + r')(万元|元)').search(sent, e, nxt)
        if mf:
            prev = next((t for t in toks if t.s == mf.start(1)), None)
            cur = next((t for t in toks if t.s == mf.start(4)), None)
    for t in toks:
        if e <= t.s < nxt and t.item == item:
            if t.role == 'delta' and delta is None:
                delta = t
            if t.role == 'pct' and t.sub == 'growth' and rate is None:
                rate = t
    if cur is None:
        return None
    kind = 'budget' if '预算' in txt else ('final' if ('决算' in txt or '执行' in txt) else doc.kind)
    same_year = not re.search(r'上年|去年|\d{4}年', txt)
    return dict(cur=cur, prev=prev, delta=delta, rate=rate, kind=kind, same_year=same_year)


def analyse_changes(doc, sent, toks, scope, where):
    anchors = find_anchors(doc, sent)
    for a in anchors:
        info = anchor_info(doc, sent, toks, a, anchors)
        if info is None:
            continue
        cur, prev, delta, rate = info['cur'], info['prev'], info['delta'], info['rate']
        if prev is not None and cur.label:
            add_fact(doc, scope, cur.label, 'cur' if info['same_year'] else 'prev', info['kind'], prev.v, prev.u, False,
                     prev.raw, where)
        if prev is not None and delta is not None:
            if prev.u != cur.u or delta.u != cur.u:
                continue
            doc.tick('change-diff')
            if cur.v - prev.v != delta.sign * delta.v:
                doc.find('change', f"{where} {cur.label or ''} 增减额 {delta.raw} ≠ {cur.raw} − {prev.raw} = {cur.v - prev.v}")
        implied = prev.v if prev is not None else (cur.v - delta.sign * delta.v if delta is not None else None)
        if implied is None and rate is not None and cur.label:
            r = rate.v / 100 * rate.sign
            implied = cur.v / (1 + r)  # approximate, only used for the plausibility of last year's totals
        if implied is not None and cur.label and not info['same_year']:
            doc.implied_prev.setdefault(cur.label, implied)
        if rate is not None:
            if prev is not None:
                base, diff = prev.v, cur.v - prev.v
            elif delta is not None:
                base, diff = cur.v - delta.sign * delta.v, delta.sign * delta.v
                doc.traps.add('no_prev')
            else:
                continue
            if base <= 0:
                continue
            exp = pctv(abs(diff), base, ndec(rate.raw))
            doc.tick('growth-rate')
            if exp != rate.v or (diff != 0 and (diff > 0) != (rate.sign > 0)):
                doc.find('rate.ratio', f"{where} 增长率 {rate.raw}% ≠ {abs(diff)}/{base} = {exp}%")
            else:
                if rate.sign < 0:
                    doc.traps.add('decline_positive')
                if rate.sign > 0 and rate.v > 100:
                    doc.traps.add('over100')
                if any(t.role == 'pct' and t.sub == 'share' and t.item == cur.item for t in toks):
                    doc.traps.add('share_vs_growth')
        elif prev is not None and delta is None:
            pass


def analyse_breakdown(doc, sent, toks, where):
    trig = None
    for pat, kind in ((r'由(?=[^，。；]*构成)', 'gou'), (r'分别为', 'fen'), (r'其中：?', 'qz'), (r'主要用于', 'main')):
        m = re.search(pat, sent)
        if m and (trig is None or m.start() < trig[0]):
            trig = (m.start(), m.end(), kind)
    if trig is None:
        return
    s, e, kind = trig
    money = [t for t in toks if t.u in MONEY_UNITS]
    total = next((t for t in money if t.s < s and t.role == 'plain'), None)
    if total is None:
        return
    if kind == 'gou':
        end = sent.find('构成', e)
        parts = [t for t in money if e <= t.s < end and t.role == 'plain']
    else:
        parts = [t for t in money if t.s >= e and t.role == 'plain']
    parts = [t for t in parts if t.u == total.u]
    if not parts:
        return
    tail = sent[parts[-1].e:parts[-1].e + 4]
    partial = ('等' in tail) or kind == 'main' or len(parts) == 1
    ssum = sum(t.v for t in parts)
    doc.tick('breakdown')
    if partial:
        if ssum < total.v:
            doc.traps.add('nonexhaustive' if len(parts) > 1 else 'partial_single')
        elif ssum > total.v:
            doc.find('sum.breakdown', f"{where} 分项之和 {ssum} 大于合计 {total.raw}")
        return
    if ssum != total.v:
        doc.find('sum.breakdown', f"{where} {total.label or '合计'} {total.raw} ≠ " + '+'.join(t.raw for t in parts) + f" = {ssum}")


def analyse_counts(doc, sent, toks, where):
    items = sent.split('；')
    off = 0
    for it in items:
        lo, hi = off, off + len(it)
        off = hi + 1
        k = it.find('其中')
        if k < 0:
            continue
        kabs = lo + k
        ct = [t for t in toks if lo <= t.s < hi and t.u in COUNT_UNITS]
        after = [t for t in ct if t.s > kabs]
        if not after:
            continue
        u = after[0].u
        parts = [t for t in after if t.u == u]
        total = None
        for t in ct:
            if t.s < kabs and t.u == u:
                total = t
        if total is None:
            continue
        tail = it[parts[-1].e - lo:parts[-1].e - lo + 3]
        ssum = sum(t.v for t in parts)
        doc.tick('count')
        if len(parts) == 1 or '等' in tail:
            if ssum < total.v:
                doc.traps.add('partial_single')
            continue
        if ssum != total.v:
            doc.find('count.mismatch', f"{where} {total.raw}{u} ≠ " + '+'.join(t.raw for t in parts) + f" = {ssum}")
    m = re.search(r'内设(\d+)个[^：:]*[：:]([^。]*)。', sent)
    if m:
        n = int(m.group(1))
        listed = [x for x in m.group(2).split('、') if x]
        if n != len(listed):
            doc.find('count.mismatch', f"{where} 内设{n}个 ≠ 列举{len(listed)}个")


def analyse_prose_line(doc, line, scope, lineno):
    s = norm(line)
    # parentheticals first
    def paren(m):
        inner = m.group(1)
        before = s[:m.start()]
        tb = list(TOK.finditer(before))
        ti = list(TOK.finditer(inner))
        if tb and tb[-1].end() == len(before) and ti:
            total_raw, total_u = tb[-1].group(1), tb[-1].group(2)
            if inner.startswith('其中'):
                parts = [x for x in ti if x.group(2) == total_u]
                if len(parts) >= 2 and '等' not in inner:
                    doc.tick('paren-breakdown')
                    ssum = sum(val(x.group(1)) for x in parts)
                    if ssum != val(total_raw):
                        doc.find('sum.breakdown', f"L{lineno + 1} （其中）{total_raw} ≠ " + '+'.join(x.group(1) for x in parts))
            elif len(ti) == 1 and ti[0].group(2) == '元' and total_u == '万元':
                y = val(ti[0].group(1))
                w = val(total_raw)
                if y == w * 10000:
                    doc.traps.add('yuan_restated')
                elif y == w:
                    doc.find('unit.magnitude', f"L{lineno + 1} {total_raw}万元 restated as {ti[0].group(1)}元")
                else:
                    doc.find('fact.conflict', f"L{lineno + 1} {total_raw}万元 vs {ti[0].group(1)}元")
        # tokens inside are analysed as their own sentence for rates etc.
        return ''
    doc.line_both = bool('年初预算' in s and re.search(r'全年[^，；。]*预算', s))
    s2 = re.sub(r'（([^（）]*)）', lambda m: paren(m), s)
    for sent in s2.split('。'):
        if sent.strip():
            analyse_sentence(doc, sent, scope, lineno)


# ---------------------------------------------------------------------- tables

def parse_table(doc, caption, body, scope, lineno):
    unit = '万元'
    rows = [r for r in body]
    if rows and rows[0].startswith('单位'):
        unit = '元' if rows[0].endswith('元') and not rows[0].endswith('万元') else '万元'
        rows = rows[1:]
    if not rows:
        return
    header = rows[0]
    data = rows[1:]
    table = []  # list of (label, {col: raw})
    if '\t' in header or ' | ' in header or re.search(r'\S {3,}\S', header):
        if '\t' in header:
            sp = lambda x: x.split('\t')
        elif ' | ' in header:
            sp = lambda x: [c.strip() for c in x.split('|')]
        else:
            sp = lambda x: re.split(r' {3,}', x)
        cols = sp(header)
        cu = re.search(r'（(万元|元)）', header)
        if cu:
            unit = cu.group(1)
            cols = [re.sub(r'（(万元|元)）', '', c) for c in cols]
        if cols[0] == '收入':  # two-sided 收支总表
            for r in data:
                cells = sp(r) + ['', '', '', '']
                for lab, x, side in ((cells[0], cells[1], 'L'), (cells[2], cells[3], 'R')):
                    if lab:
                        table.append((lab, {cols[1]: x}, side))
        else:
            for r in data:
                cells = sp(r)
                table.append((cells[0], dict(zip(cols[1:], cells[1:])), None))
    elif header.startswith('收入 决算数'):
        for r in data:
            pairs = re.findall(r'(\S+?)\s+(-?[\d,]+\.\d{2})', r)
            for lab, x in pairs:
                base = norm(re.sub(r'^[一二三四五六七八九十]+、', '', lab))
                side = 'L' if (base in INCOME_ROWS or '收入' in base or base in ('用事业基金弥补收支差额', '年初结转和结余')) else 'R'
                table.append((lab, {'决算数': x}, side))
    elif header == '项目':
        cells = [x for x in rows if x.strip() != '|']
        hdr = []
        while cells and cells[0] in HEADER_WORDS:
            hdr.append(cells.pop(0))
        n = len(hdr)
        for k in range(0, len(cells) - n + 1, n):
            row = cells[k:k + n]
            table.append((row[0], dict(zip(hdr[1:], row[1:])), None))
    elif header.startswith('项目'):
        cols = ['项目'] + re.findall(r'预算数|决算数|增减额|增减率', header[2:])
        for r in data:
            m = re.match(r'^(\d+\.)?(.*?)((?:\d+\.\d{2})+)$', r)
            if not m:
                continue
            nums = re.findall(r'\d+\.\d{2}', m.group(3))
            table.append(((m.group(1) or '') + m.group(2), dict(zip(cols[1:], nums)), None))
    else:
        return
    # normalise
    rowsn = []
    for lab, cells, side in table:
        nl = norm(re.sub(r'^(\d+\.|[一二三四五六七八九十]+、|其中：|（[一二三四五六七八九十]+）)', '', lab.strip()))
        if nl == '合计' and ('三公' in caption):
            nl = '三公经费'
        rowsn.append((nl, cells, side))
    if any(',' in x for _, c, _ in rowsn for x in c.values()):
        doc.traps.add('table_thousands')
    Y = doc.Y
    where = f"L{lineno + 1}表"

    def colkind(col):
        if '增减' in col:
            return None
        if col.startswith(f'{Y - 1}年'):
            return ('prev', 'budget' if '预算' in col else 'final')
        if '上年' in col:
            return ('prev', 'budget' if '预算' in col else 'final')
        return ('cur', 'budget' if '预算' in col else 'final')

    num = lambda x: val(x) if re.fullmatch(r'-?[\d,]+\.\d+', x or '') else None
    for lab, cells, side in rowsn:
        if lab in FACT_LABELS:
            for col, x in cells.items():
                ck = colkind(col)
                v = num(x)
                if ck and v is not None:
                    tscope = 'ALL' if '收入支出' in caption else scope
                    add_fact(doc, tscope, lab, ck[0], ck[1], v, unit, True, x, where)
    get = {}
    for lab, cells, side in rowsn:
        get.setdefault(lab, cells)
    # 三公 table relations
    if '三公经费' in get:
        doc.tick('table-sangong')
        for col in get['三公经费']:
            if '增减率' in col:
                continue
            f = lambda lab: num(get.get(lab, {}).get(col, '0.00')) or D(0)
            if f('三公经费') != f('因公出国境费') + f('公务用车购置及运行费') + f('公务接待费'):
                doc.find('sum.breakdown', f"{where} 合计({col}) ≠ 三项之和")
            if '公务用车购置费' in get and f('公务用车购置及运行费') != f('公务用车购置费') + f('公务用车运行费'):
                doc.find('sum.breakdown', f"{where} 公务用车购置及运行费({col}) ≠ 购置+运行")
        cols = list(get['三公经费'].keys())
        if '增减额' in cols:
            cprev = [c for c in cols if c.startswith(f'{Y - 1}年')]
            ccur = [c for c in cols if c.startswith(f'{Y}年')]
            if cprev and ccur:
                for lab, cells, side in rowsn:
                    a, b, dd = num(cells.get(cprev[0])), num(cells.get(ccur[0])), num(cells.get('增减额'))
                    rr = cells.get('增减率', '')
                    if None in (a, b, dd):
                        continue
                    if b - a != dd:
                        doc.find('change', f"{where} {lab} 增减额 {dd} ≠ {b}−{a}")
                    if a == 0:
                        if b != 0 and rr in ('—', '-', ''):
                            doc.traps.add('new_item')
                        continue
                    mr = re.fullmatch(r'(-?\d+(?:\.\d+)?)%', rr)
                    if mr:
                        exp = q((b - a) / a * 100, ndec(mr.group(1)))
                        if exp != val(mr.group(1).lstrip('-')) * (-1 if mr.group(1).startswith('-') else 1):
                            doc.find('rate.ratio', f"{where} {lab} 增减率 {rr} ≠ {exp}%")
                        elif exp < 0:
                            doc.traps.add('table_yoy_negative')
    # 收支总表 relations
    if '本年收入合计' in get and '本年支出合计' in get:
        doc.tick('table-summary')
        f = lambda lab: num(get.get(lab, {}).get('决算数', '0.00')) or D(0)
        left = [num(c['决算数']) for lab, c, side in rowsn if side == 'L' and lab in INCOME_ROWS]
        right = [num(c['决算数']) for lab, c, side in rowsn if side == 'R' and (lab in FUNC_CLASSES or lab == '经营支出')]
        if sum(left) != f('本年收入合计'):
            doc.find('sum.breakdown', f"{where} 本年收入合计 ≠ 各项收入之和")
        if sum(right) != f('本年支出合计'):
            doc.find('sum.breakdown', f"{where} 本年支出合计 ≠ 各功能分类之和")
        if f('收入总计') != f('本年收入合计') + f('用事业基金弥补收支差额') + f('年初结转和结余'):
            doc.find('balance.carryover', f"{where} 收入总计 ≠ 本年收入+事业基金+年初结转")
        if f('支出总计') != f('本年支出合计') + f('结余分配') + f('年末结转和结余'):
            doc.find('balance.carryover', f"{where} 支出总计 ≠ 本年支出+结余分配+年末结转")
        if f('收入总计') != f('支出总计'):
            doc.find('balance.carryover', f"{where} 收入总计 ≠ 支出总计")


# ---------------------------------------------------------------------- document-level

def fact_value(doc, label, scope='ALL', kind=None):
    fs = [f for f in doc.facts if f[1] == label and f[2] == 'cur' and f[0] == label_scope(label, scope)
          and (kind is None or f[3] == kind)]
    prose = [f for f in fs if not f[6]]
    use = prose or fs
    return use[0][4] if use else None


def analyse_doc(doc):
    scope = 'ALL'
    sg_units = set()
    other_units = set()
    for kind, payload, i in doc.segments():
        if kind == 'heading':
            scope = 'FB' if '财政拨款' in payload and '三公' not in payload else 'ALL'
            sg_sec = '三公' in payload
            continue
        if kind == 'title':
            sg_sec = False
            continue
        if kind == 'table':
            cap, body = payload
            parse_table(doc, cap, body, scope, i)
            continue
        analyse_prose_line(doc, payload, scope, i)
        for m in TOK.finditer(norm(payload)):
            if m.group(2) in MONEY_UNITS:
                (sg_units if sg_sec else other_units).add(m.group(2))
    if '元' in sg_units and '万元' not in sg_units and '万元' in other_units:
        doc.traps.add('sangong_yuan')
    # facts: conflicts
    groups = {}
    for f in doc.facts:
        groups.setdefault((f[0], f[1], f[2], f[3]), []).append(f)
    for key, fs in groups.items():
        vals = {f[4] for f in fs}
        if len(fs) > 1:
            doc.tick('fact-restated')
        if len(vals) <= 1:
            continue
        prose = [f for f in fs if not f[6]]
        table = [f for f in fs if f[6]]
        wan = {f[9] for f in prose if f[5] == '万元'}
        yuan_as_wan = [f for f in prose if f[5] == '元' and f[9] in wan]
        pv = {f[4] for f in prose}
        tv = {f[4] for f in table}
        if yuan_as_wan:
            doc.find('unit.magnitude', f"{key[1]}: {yuan_as_wan[0][7]}元 vs {yuan_as_wan[0][7]}万元")
        elif len(pv) > 1:
            doc.find('fact.conflict', f"{key[1]} ({key[2]},{key[3]}): " + ' vs '.join(f[7] + f[5] + '@' + f[8] for f in prose))
        elif len(tv) > 1:
            doc.find('fact.conflict', f"{key[1]} table: " + ' vs '.join(f[7] for f in table))
        else:
            doc.find('table.text', f"{key[1]}: prose {prose[0][7]}{prose[0][5]} vs table {table[0][7]}")
    # prev budget vs prev final of the same item
    prevs = {}
    for f in doc.facts:
        if f[2] == 'prev':
            prevs.setdefault((f[0], f[1]), {}).setdefault(f[3], set()).add(f[4])
    for k, d in prevs.items():
        if 'budget' in d and 'final' in d and d['budget'] != d['final']:
            doc.traps.add('prev_budget_vs_final')
    # same label, different scopes
    byl = {}
    for f in doc.facts:
        if f[2] == 'cur' and f[0] in ('ALL', 'FB'):
            byl.setdefault((f[1], f[3]), {}).setdefault(f[0], set()).add(f[4])
    for k, d in byl.items():
        if 'ALL' in d and 'FB' in d and d['ALL'] != d['FB']:
            doc.traps.add('scope')
    # balances
    A, R, P, Dd = (fact_value(doc, x) for x in ('年初结转和结余', '本年收入合计', '本年支出合计', '年末结转和结余'))
    E = fact_value(doc, '用事业基金弥补收支差额') or D(0)
    G = fact_value(doc, '结余分配') or D(0)
    if E or G:
        doc.traps.add('fund_makeup')
    if None not in (A, R, P, Dd):
        doc.tick('balance')
        if A + R + E - P - G != Dd:
            doc.find('balance.carryover', f"年末结转和结余 {Dd} ≠ {A}+{R}+{E}−{P}−{G} = {A + R + E - P - G}")
    TIi, TIo = fact_value(doc, '收入总计'), fact_value(doc, '支出总计')
    if TIo is not None and None not in (P, Dd):
        if P + G + Dd != TIo:
            doc.find('balance.carryover', f"支出总计 {TIo} ≠ {P}+{G}+{Dd}")
    if TIi is not None and None not in (A, R):
        if R + E + A != TIi:
            doc.find('balance.carryover', f"收入总计 {TIi} ≠ {R}+{E}+{A}")
    if (TIi is not None and R is not None and TIi != R) or (TIo is not None and P is not None and TIo != P):
        doc.traps.add('total_incl_carryover')
    # last year's figures implied by this year's comparisons must be mutually possible
    ip = doc.implied_prev
    for big, small in (('支出总计', '本年支出合计'), ('收入总计', '本年收入合计'), ('收入总计和支出总计', '本年支出合计'),
                       ('收入总计和支出总计', '本年收入合计'), ('本年收入合计', '财政拨款收入'),
                       ('本年支出合计', '一般公共预算财政拨款支出'), ('收入预算总计', '一般公共预算拨款收入'),
                       ('支出预算总计', '项目支出'), ('收入预算总计', '项目支出')):
        if big in ip and small in ip:
            doc.tick('prior-year-plausibility')
            if ip[small] > ip[big] + D('0.01'):
                doc.find('fact.conflict', f"上年{small} {ip[small]:.2f} > 上年{big} {ip[big]:.2f}")
    AF, F, PF, DF = (fact_value(doc, x, 'FB') for x in ('年初财政拨款结转和结余', '财政拨款收入', '财政拨款支出', '年末财政拨款结转和结余'))
    if None not in (AF, F, PF, DF):
        doc.tick('balance-fiscal')
        if AF + F - PF != DF:
            doc.find('balance.carryover', f"年末财政拨款结转和结余 {DF} ≠ {AF}+{F}−{PF}")
    return doc


def analyse_file(path):
    with open(path, encoding='utf-8') as f:
        lines = [x.rstrip('\n') for x in f]
    while lines and not lines[-1].strip():
        lines.pop()
    doc = Doc(os.path.basename(path), lines)
    return analyse_doc(doc)


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
    twins = None
    if args[:1] == ['--twins']:
        twins = args[1]
    exp = {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as f:
        next(f)
        for ln in f:
            i, e, d = ln.rstrip('\n').split('\t')
            exp[i] = (e, d)
    failures = 0
    if twins:
        ok = 0
        n = 0
        for i, (e, d) in sorted(exp.items()):
            if e == 'clean':
                continue
            n += 1
            tp = os.path.join(twins, f"{i}.txt")
            if not os.path.exists(tp):
                print(f"{i}: twin missing")
                failures += 1
                continue
            td = analyse_file(tp)
            with open(os.path.join(HERE, f"{i}.txt"), encoding='utf-8') as f:
                a = f.read().split('\n')
            with open(tp, encoding='utf-8') as f:
                b = f.read().split('\n')
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            good = (not td.findings) and ndiff == 1
            if good:
                ok += 1
            else:
                failures += 1
                print(f"{i}: twin findings={td.findings} differing paragraphs={ndiff}")
        print(f"twins confirmed clean and one paragraph away: {ok}/{n} failures: {failures}")
        return 0 if failures == 0 else 1
    slips = cleans = 0
    nsl = sum(1 for e, _ in exp.values() if e != 'clean')
    ncl = sum(1 for e, _ in exp.values() if e == 'clean')
    for i, (e, d) in sorted(exp.items()):
        doc = analyse_file(os.path.join(HERE, f"{i}.txt"))
        fams = sorted({f for f, _ in doc.findings})
        if e == 'clean':
            good = not doc.findings and len(doc.traps) >= 2
            if good:
                cleans += 1
            else:
                failures += 1
                print(f"{i}: expected clean; findings={doc.findings} traps={sorted(doc.traps)}")
        else:
            good = fams == [e]
            if good:
                slips += 1
            else:
                failures += 1
                print(f"{i}: expected {e}; got {doc.findings}")
        if verbose:
            print(f"{i} [{e}] findings={doc.findings}\n    traps={sorted(doc.traps)}\n    checked={doc.n}")
    print(f"slips confirmed: {slips}/{nsl} clean confirmed: {cleans}/{ncl} failures: {failures}")
    return 0 if failures == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
