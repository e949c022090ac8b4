#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py - independent re-reader for the blind85 set.

It does NOT import gen.py.  It reads only the documents' text, recognises the
arithmetic relations the genre uses (其中 breakdowns, 合计 rows, named rates,
上年 changes, 结转 balances, score sums/caps/bands, restated facts, table-vs-text),
re-derives them with decimal.Decimal (half-up to the printed precision), and
reports findings by slip family plus the trap kinds it saw.

    python3 check.py                 # confirm t01..t40 against expect.tsv
    python3 check.py --twins DIR     # also confirm the slip-free twins in DIR
    python3 check.py --show tNN      # print findings / traps of one document
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = ['个百分点', '万元', '亿元', '元', '%', '户次', '人次', '家次', '台次', '批次', '场次', '台套', '平方米',
         '件', '起', '户', '人', '名', '辆', '台', '套', '份', '分', '项', '个', '处', '天', '次', '家', '亩',
         '公顷', '条', '场', '期', '宗', '篇']
COUNT_UNITS = {'户次', '人次', '家次', '台次', '批次', '场次', '件', '起', '户', '人', '名', '辆', '台套', '台', '套',
               '份', '项', '个', '处', '天', '次', '家', '条', '场', '期', '宗', '篇'}
NUM = r'(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)'
TOK_RE = re.compile(NUM + r'\s*(' + '|'.join(map(re.escape, UNITS)) + ')')
DELIM = '，。；：、（）()'
GRADES = ['基本合格', '不合格', '优秀', '良好', '合格', '优', '良', '中', '差']


def dec_places(s):
    return len(s.split('.')[1]) if '.' in s else 0


def qz(x, nd):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def cn2int(s):
    if s.isdigit():
        return int(s)
    m = {'零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
    if s == '十':
        return 10
    if s.startswith('十'):
        return 10 + m[s[1]]
    if '十' in s:
        a, b = s.split('十')
        return m[a] * 10 + (m[b] if b else 0)
    return m.get(s)


class Tok:
    __slots__ = ('v', 'u', 's', 'e', 'txt', 'label', 'sent', 'para')

    def __init__(self, v, u, s, e, txt, label, sent, para):
        self.v, self.u, self.s, self.e, self.txt, self.label, self.sent, self.para = v, u, s, e, txt, label, sent, para

    def __repr__(self):
        return f'{self.label}{self.txt}{self.u}'


def strip_parens(t):
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'（[^（）]*）', '', t)
        t = re.sub(r'\([^()]*\)', '', t)
    return t


def tokens(text, sent_id=0, para_id=0):
    out = []
    for m in TOK_RE.finditer(text):
        txt, u = m.group(1), m.group(2)
        s, e = m.start(1), m.end(2)
        after = text[e:e + 2]
        if u in ('万元', '元') and after.startswith('以上'):
            continue
        before = text[max(0, s - 1):s]
        if before in ('≥', '≤', '>', '<'):
            continue
        # label: text back to the previous delimiter or previous token
        j = s
        lim = out[-1].e if out else 0
        while j > lim and text[j - 1] not in DELIM:
            j -= 1
        label = text[j:s]
        label = re.sub(r'^(其中)', '', label)
        label = re.sub(r'(为|共计|共|达到|达|约)$', '', label)
        out.append(Tok(D(txt.replace(',', '')), u, s, e, txt, label, sent_id, para_id))
    return out


def is_table_line(line):
    return ('|' in line) or ('｜' in line) or ('\t' in line) or bool(re.search(r'\S {2,}\S', line))


def split_cells(line):
    if '|' in line:
        cells = line.strip().strip('|').split('|')
    elif '｜' in line:
        cells = line.split('｜')
    elif '\t' in line:
        cells = line.split('\t')
    else:
        cells = re.split(r' {2,}', line.strip(' '))
    return [c.strip(' ') for c in cells]


def cellnum(c):
    c = c.strip(' ')
    if re.fullmatch(r'\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?', c):
        return D(c.replace(',', ''))
    return None


class Report:
    def __init__(self):
        self.find = []
        self.traps = set()

    def f(self, fam, msg):
        self.find.append((fam, msg))

    def t(self, kind):
        self.traps.add(kind)


# ============================================================================ document model
class Doc:
    def __init__(self, text):
        self.lines = text.rstrip('\n').split('\n')
        m = re.search(r'(20\d\d)年度', text)
        self.year = int(m.group(1)) if m else None
        self.paras = []      # (line_no, text)
        self.tables = []     # dict(start, header, rows, unit)
        i = 0
        while i < len(self.lines):
            ln = self.lines[i]
            if is_table_line(ln):
                start = i
                rows = []
                while i < len(self.lines) and is_table_line(self.lines[i]):
                    if not re.fullmatch(r'\|?[\s\-|:]+\|?', self.lines[i]):
                        cells = split_cells(self.lines[i])
                        if len(rows) >= 2 and not any(cellnum(c) is not None for c in cells) and \
                                len(cells) != len(rows[0]):
                            break
                        if len(rows) >= 2 and all(cellnum(c) is None for c in cells) and \
                                any('指标' in c for c in cells) and not any('指标' in c for c in rows[0]):
                            break
                        rows.append(cells)
                    i += 1
                unit = None
                for back in (1, 2):
                    if start - back >= 0:
                        mm = re.match(r'单位[：:](\S+)', self.lines[start - back])
                        if mm:
                            unit = mm.group(1)
                caption = self.lines[start - 1] if start > 0 else ''
                if self.tables and self.tables[-1]['end'] == start:
                    caption = ''
                    unit = None
                self.tables.append(dict(start=start, end=i, header=rows[0], rows=rows[1:], unit=unit,
                                        caption=caption))
                continue
            self.paras.append((i, ln.lstrip('# ')))
            i += 1
        # sentences and tokens
        self.sents = []      # (para_index, raw sentence)
        self.toks = []
        for pi, (_, ptxt) in enumerate(self.paras):
            ptxt = ptxt.replace('台（套）', '台套')
            for st in re.split(r'(?<=。)', ptxt):
                if not st.strip():
                    continue
                si = len(self.sents)
                self.sents.append((pi, st))
                self.toks.extend(tokens(st, si, pi))

    def sent_toks(self, si):
        return [t for t in self.toks if t.sent == si]

    def para_toks(self, pi):
        return [t for t in self.toks if t.para == pi]

    def lookup(self, pattern, unit=None, before=None):
        """first prose token whose label matches pattern"""
        for t in self.toks:
            if before is not None and (t.sent > before):
                break
            if (unit is None or t.u == unit) and re.search(pattern, t.label):
                return t
        return None


def fam_for_unit(u):
    if u in ('万元', '元', '亿元'):
        return 'sum.breakdown'
    if u == '分':
        return 'score.total'
    return 'count.mismatch'


def rate_ok(stated_txt, num, den):
    nd = dec_places(stated_txt)
    if den == 0:
        return num == 0 and D(stated_txt) in (D(100), D(0))
    return qz(D(num) * 100 / D(den), nd) == D(stated_txt)


def is_half_case(num, den, nd):
    if den == 0:
        return False
    x = D(num) * 100 / D(den)
    return x == qz(x, nd + 1) and str(qz(x, nd + 1))[-1] == '5'


# ============================================================================ relation checks
def check_qizhong(doc, R):
    for si, (pi, raw) in enumerate(doc.sents):
        raw = raw.replace('台（套）', '台套')
        # parenthetical 其中 / 含 : part <= total
        for m in re.finditer(r'（(其中|含)([^（）]*)）', raw):
            inner = m.group(2)
            itoks = tokens(inner)
            pre = tokens(raw[:m.start()])
            if not itoks or not pre:
                continue
            u = itoks[0].u
            if u in ('分', '%'):
                continue
            tot = next((t for t in reversed(pre) if t.u == u), None)
            if tot is None:
                continue
            if sum(t.v for t in itoks if t.u == u) > tot.v:
                R.f(fam_for_unit(u), f'括注部分{inner}大于总数{tot}')
            else:
                R.t('nonexhaustive' if m.group(1) == '其中' else 'carry_total')
        st = strip_parens(raw)
        for m in re.finditer(r'其中', st):
            k = m.start()
            seg = st[m.end():]
            seg = seg.split('。')[0]
            pre = tokens(st[:k])
            segt = tokens(seg)
            if not segt:
                continue
            u = segt[0].u
            if u == '%':
                continue
            tot = next((t for t in reversed(pre) if t.u == u), None)
            if tot is None:
                continue
            sep = '；' if '；' in seg else '、'
            items = seg.lstrip('：:').split(sep)
            vals = []
            shares = []
            capitems = []
            for it in items:
                itt = tokens(it)
                same = [t for t in itt if t.u == u]
                if not same:
                    break
                if u == '分' and '得' in it:
                    mm = re.search(r'得分?' + NUM + '分', it)
                    val = D(mm.group(1)) if mm else same[0].v
                else:
                    val = same[0].v
                vals.append(val)
                pt = [t for t in itt if t.u == '%' and t.label == '占']
                if pt:
                    shares.append((val, pt[0]))
            if not vals:
                continue
            region = sep.join(items[:len(vals)])
            exhaustive = (len(vals) >= 2 and not re.search(r'等(?!级|次|同|于)', region)
                          and not seg.lstrip('：:').startswith('主要'))
            s = sum(vals)
            if exhaustive:
                if s != tot.v:
                    R.f(fam_for_unit(u), f'其中各项之和{s}{u}≠总数{tot}')
                else:
                    R.t('breakdown_ok')
            else:
                if s > tot.v:
                    R.f(fam_for_unit(u), f'其中部分{s}{u}>总数{tot}')
                else:
                    R.t('nonexhaustive')
            if shares:
                tot_pct = D(0)
                for val, pt in shares:
                    if not rate_ok(pt.txt, val, tot.v):
                        R.f('rate.ratio', f'占比{pt.txt}%≠{val}/{tot.v}')
                    tot_pct += D(pt.txt)
                if exhaustive and len(shares) == len(vals) and tot_pct != 100:
                    R.t('rounding')
        # score caps in raw items "（w分）得s分"
        for mm in re.finditer(r'（' + NUM + r'分）得' + NUM + '分', raw):
            if D(mm.group(2)) > D(mm.group(1)):
                R.f('score.cap', f'得分{mm.group(2)}超过分值{mm.group(1)}')


def check_countlists(doc, R):
    for si, (pi, raw) in enumerate(doc.sents):
        for m in re.finditer(r'([一二两三四五六七八九十]+|\d+)(个[^，。：；]{0,16}?)[，：]?(分别为|分别是|包括|即)：?([^。]+)', raw):
            n = cn2int(m.group(1))
            lst = m.group(4)
            if re.search(r'\d', lst):
                continue
            items = [x for x in lst.split('、') if x]
            if n != len(items):
                R.f('count.mismatch', f'称{m.group(1)}{m.group(2)}，列举{len(items)}项')
            else:
                R.t('countlist_ok')


RATE_RULES = [
    # (rate label regex, numerator label regex, denominator label regexes in preference order)
    (r'执行率', r'实际支出|全年执行|执行数', [r'全年预算|调整后全年预算|调整后预算', r'年初预算|预算']),
    (r'结案率', r'^结案$|审执结|审结|^结案', [r'立案', r'受理']),
    (r'办结率', r'办结', [r'受理']),
    (r'整改率', r'已整改|已完成整改|已回复整改|回复整改', [r'责令整改|排查|发现|检察建议']),
    (r'合格率', r'^合格', [r'抽检']),
    (r'核查率', r'核查', [r'图斑']),
    (r'调解成功率|成功率', r'调解成功', [r'调解矛盾纠纷|排查调解']),
    (r'破案率', r'破获', [r'立刑事案件|立案']),
    (r'查处率', r'^查处$', [r'受理']),
    (r'达标率', r'达到|优于', [r'断面']),
]


def find_in(toks, pat, unit_ok, excl=None):
    for t in toks:
        if t.u == '%' or t.u == '个百分点':
            continue
        if not unit_ok(t):
            continue
        if re.search(pat, t.label) and not (excl and re.search(excl, t.label)):
            return t
    return None


def check_rates(doc, R):
    for si, (pi, raw) in enumerate(doc.sents):
        st = doc.sent_toks(si)
        pt = doc.para_toks(pi)
        for i, t in enumerate(st):
            if t.u != '%':
                continue
            lab = t.label
            # ---- explicit "完成X{n}的p%" / "占X{n}的p%"
            if lab == '的' and i > 0 and st[i - 1].u != '%':
                den = st[i - 1]
                num = next((x for x in reversed(st[:i - 1]) if x.u == den.u), None)
                if num is not None:
                    if not rate_ok(t.txt, num.v, den.v):
                        R.f('rate.ratio', f'{t.txt}%≠{num}/{den}')
                    elif num.v > den.v:
                        R.t('over100')
                    else:
                        R.t('rate_ok')
                continue
            # ---- 完成(年初)预算的
            if re.search(r'完成(年初)?预算的$', lab):
                before = st[:i]
                num = next((x for x in reversed(before) if re.search(r'决算|支出', x.label) and x.u in ('万元', '元')), None)
                if '年初' in lab:
                    den = next((x for x in reversed(before) if re.search(r'年初预算', x.label)), None)
                else:
                    den = next((x for x in reversed(before) if re.search(r'预算', x.label) and x.u in ('万元', '元')), None)
                if num is None or den is None:
                    continue
                if den.v == 0 and num.v == 0:
                    if D(t.txt) == 100:
                        R.t('zero')
                    else:
                        R.f('rate.ratio', f'0/0 记为{t.txt}%')
                    continue
                if not rate_ok(t.txt, num.v, den.v):
                    R.f('rate.ratio', f'完成预算{t.txt}%≠{num}/{den}')
                else:
                    R.t('over100' if num.v > den.v else 'rate_ok')
                continue
            # ---- 占X的p% with a named denominator
            mm = re.match(r'占(.+)的$', lab)
            if mm:
                name = mm.group(1)
                den = doc.lookup(re.escape(name) + '$')
                num = next((x for x in reversed(st[:i]) if den is not None and x.u == den.u and x is not den), None)
                if den is None or num is None:
                    continue
                if not rate_ok(t.txt, num.v, den.v):
                    R.f('rate.ratio', f'{lab}{t.txt}%≠{num}/{den}')
                else:
                    nearest = [x for x in st[:i] if x.u == den.u and x is not num]
                    if nearest and nearest[-1] is not den:
                        R.t('denominator')
                    R.t('rate_ok')
                continue
            # ---- growth / decline percentages handled in check_changes
            if re.search(r'(增长|下降|上升|减少|增加)$', lab):
                continue
            # ---- 满意度
            if re.search(r'满意度|满意率', lab):
                sat = [x for x in st[:i] if re.search(r'满意$', x.label) and '不满意' not in x.label]
                den = next((x for x in st[:i] if re.search(r'有效问卷', x.label)), None)
                if den is None:
                    den = next((x for x in st[:i] if re.search(r'问卷', x.label)), None)
                if not sat or den is None:
                    continue
                if not rate_ok(t.txt, sum(x.v for x in sat), den.v):
                    R.f('rate.ratio', f'满意度{t.txt}%≠{sum(x.v for x in sat)}/{den}')
                else:
                    if any(re.search(r'发放', x.label) for x in st[:i]):
                        R.t('denominator')
                    R.t('rate_ok')
                continue
            # ---- 优良天数比例
            if re.search(r'优良天数比例|优良率', lab):
                num = next((x for x in st[:i] if '优良天数' in x.label and x.u == '天'), None)
                yr = re.search(r'(20\d\d)年', raw)
                y = int(yr.group(1)) if yr else doc.year
                days = 366 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 365
                if num is None:
                    continue
                if not rate_ok(t.txt, num.v, days):
                    R.f('rate.ratio', f'优良天数比例{t.txt}%≠{num.v}/{days}')
                else:
                    R.t('leap' if days == 366 else 'rate_ok')
                continue
            # ---- named rates
            for rl, npat, dpats in RATE_RULES:
                if not re.search(rl, lab):
                    continue
                unit_ok = (lambda x: x.u in ('万元', '元')) if rl == r'执行率' else (lambda x: x.u in COUNT_UNITS)
                num = find_in(st[:i], npat, unit_ok) or find_in(pt, npat, unit_ok)
                den = None
                alt = []
                for dp in dpats:
                    cand = find_in(st[:i], dp, unit_ok, excl=npat) or find_in(pt, dp, unit_ok, excl=npat)
                    if cand is not None:
                        if den is None:
                            den = cand
                        else:
                            alt.append(cand)
                if num is None or den is None:
                    break
                if rate_ok(t.txt, num.v, den.v):
                    if alt and any(not rate_ok(t.txt, num.v, a.v) for a in alt):
                        R.t('base' if rl == r'执行率' else 'denominator')
                    if num.v > den.v:
                        R.t('over100')
                    if is_half_case(num.v, den.v, dec_places(t.txt)):
                        R.t('rounding')
                    R.t('rate_ok')
                else:
                    R.f('rate.ratio', f'{lab}{t.txt}%≠{num}/{den}')
                break


def current_for(doc, si, st, idx_cmp, unit):
    """current-year figure for a change sentence: nearest same-unit token before 比/较上年,
    else the sentence's subject label looked up in the document."""
    before = [x for x in st if x.s < idx_cmp and x.u == unit]
    if before:
        return before[-1]
    raw = doc.sents[si][1]
    subj = re.split(r'[，。；：]', raw[:idx_cmp])[-1]
    subj = re.sub(r'^.*?。', '', subj)
    subj = re.sub(r'[（(][一二三四五六七八九十\d]+[）)]', '', subj).strip()
    if not subj:
        return None
    for t in doc.toks:
        if t.u == unit and t.label.endswith(subj) and t.sent <= si:
            return t
    return None


def check_changes(doc, R):
    for si, (pi, raw) in enumerate(doc.sents):
        st = doc.sent_toks(si)
        # 同口径 clause
        if '同口径' in raw:
            X = st[0] if st else None
            P = next((x for x in st if re.search(r'比上年决算数$|比上年$', x.label)), None)
            S_ = next((x for x in st if '剔除' in x.label), None)
            mm = re.search(r'同口径比上年(增加|减少)' + NUM + '万元(?:，(增长|下降)' + NUM + '%)?', raw)
            if X and P and S_ and mm:
                cmp_ = X.v - S_.v - P.v
                dd = D(mm.group(2))
                ok = (cmp_ == dd if mm.group(1) == '增加' else -cmp_ == dd)
                if not ok:
                    R.f('change', f'同口径增减{dd}≠({X.v}-{S_.v})-{P.v}')
                else:
                    R.t('comparable')
                if mm.group(4) and not rate_ok(mm.group(4), abs(cmp_), P.v):
                    R.f('rate.ratio', f'同口径增减率{mm.group(4)}%')
            # the plain 比上年 clause of the same sentence is still checked below (up to the first ；)
            raw_main = raw.split('；')[0]
        else:
            raw_main = raw
        for m in re.finditer(r'(比|较)上年(末)?(决算数|的)?', raw_main):
            after = [x for x in st if x.s >= m.end()]
            if not after or after[0].s != m.end():
                continue
            P = after[0]
            unit = P.u
            cur = current_for(doc, si, st, m.start(), unit)
            if cur is None:
                continue
            rest = raw_main[P.e:]
            ma = re.match(r'(增加|减少)' + NUM + re.escape(unit), rest)
            mp = re.match(r'(?:(?:增加|减少)' + NUM + re.escape(unit) + r'，)?(增长|下降|上升)' + NUM + '(%|个百分点)', rest)
            diff = cur.v - P.v
            if ma:
                dd = D(ma.group(2))
                ok = (diff == dd) if ma.group(1) == '增加' else (-diff == dd)
                if not ok:
                    R.f('change', f'{cur}比上年{P}{ma.group(1)}{dd}（应为{abs(diff)}）')
                else:
                    R.t('change_ok')
            if mp:
                g, kind = mp.group(3), mp.group(4)
                if kind == '个百分点':
                    if qz(abs(diff), dec_places(g)) != D(g):
                        R.f('change', f'百分点变化{g}≠{cur.v}-{P.v}')
                    else:
                        R.t('pp')
                else:
                    if not rate_ok(g, abs(diff), P.v):
                        R.f('rate.ratio', f'增减率{g}%≠{abs(diff)}/{P.v}')
                    else:
                        R.t('change_ok')
            if ma or mp:
                R.t('otheryear')


def check_balances(doc, R):
    L = doc.lookup
    C = L(r'年初结转和结余$', '万元')
    I = L(r'本年收入合计$', '万元')
    E = L(r'本年支出合计$', '万元')
    F = L(r'年末结转和结余$', '万元')
    if C and I and E and F:
        if C.v + I.v - E.v != F.v:
            R.f('balance.carryover', f'年初{C.v}+收入{I.v}-支出{E.v}≠年末{F.v}')
        else:
            R.t('balance_ok')
    TI = L(r'收入总计$', '万元')
    TE = L(r'支出总计$', '万元')
    if TI and I and C:
        if TI.v != I.v + C.v:
            R.f('sum.breakdown', f'收入总计{TI.v}≠本年收入{I.v}+年初结转{C.v}')
        elif TI.v != I.v:
            R.t('carry_total')
    if TE and E and F:
        if TE.v != E.v + F.v:
            R.f('sum.breakdown', f'支出总计{TE.v}≠本年支出{E.v}+年末结转{F.v}')
    # 财政拨款支出 = 财政拨款基本支出 + 财政拨款项目支出
    FD = L(r'一般公共预算财政拨款支出$', '万元')
    FB = L(r'财政拨款基本支出$', '万元')
    FP = L(r'财政拨款项目支出$', '万元')
    if FD and FB and FP:
        if FB.v + FP.v != FD.v:
            R.f('sum.breakdown', f'财政拨款基本{FB.v}+项目{FP.v}≠{FD.v}')
        else:
            R.t('breakdown_ok')
    # 公务用车保有量(不含特种专业技术用车) + 特种专业技术用车 = 车辆总数
    for si, (pi, raw) in enumerate(doc.sents):
        m = re.search(r'公务用车保有量' + NUM + r'辆（不含特种专业技术用车' + NUM + '辆）', raw)
        if m:
            tot = L(r'共有车辆$', '辆')
            if tot:
                if D(m.group(1)) + D(m.group(2)) != tot.v:
                    R.f('count.mismatch', f'保有量{m.group(1)}+特种{m.group(2)}≠车辆{tot.v}')
                else:
                    R.t('scope')
    # 三公 total vs its three items (年初预算 and 支出决算), across the numbered paragraphs
    head = next((si for si, (pi, raw) in enumerate(doc.sents) if '“三公”经费支出年初预算' in raw), None)
    if head is not None:
        st = doc.sent_toks(head)
        Bt = next((t for t in st if t.label.endswith('年初预算')), None)
        Dt = next((t for t in st if t.label.endswith('支出决算')), None)
        items = []
        for key in ('1.因公出国', '2.公务用车购置及运行维护费', '3.公务接待费'):
            pi = next((i for i, (_, p) in enumerate(doc.paras) if p.startswith(key)), None)
            if pi is None:
                break
            pt = doc.para_toks(pi)
            b = next((t for t in pt if t.label.endswith('年初预算')), None)
            dd = next((t for t in pt if t.label.endswith('支出决算')), None)
            if b is None or dd is None:
                break
            items.append((b.v, dd.v))
        if len(items) == 3 and Bt and Dt:
            if sum(b for b, _ in items) != Bt.v:
                R.f('sum.breakdown', '三公各项年初预算之和≠合计')
            elif sum(x for _, x in items) != Dt.v:
                R.f('sum.breakdown', '三公各项支出决算之和≠合计')
            else:
                R.t('breakdown_ok')
    # per paragraph: budget composition and 结转结余
    for pi in range(len(doc.paras)):
        pt = [t for t in doc.para_toks(pi) if t.u == '万元']
        A = next((t for t in pt if re.search(r'年初预算$', t.label)), None)
        ADD = next((t for t in pt if re.search(r'追加', t.label)), None)
        CUT = next((t for t in pt if re.search(r'调减', t.label)), None)
        B = next((t for t in pt if re.search(r'全年预算$', t.label)), None)
        EX = next((t for t in pt if re.search(r'实际支出$|全年执行$', t.label)), None)
        RR = next((t for t in pt if re.search(r'结转结余$', t.label) and '和' not in t.label), None)
        if A and B and (ADD or CUT):
            exp = A.v + ADD.v if ADD else A.v - CUT.v
            if exp != B.v:
                R.f('sum.breakdown', f'年初{A.v}±调整≠全年{B.v}')
            else:
                R.t('budget_ok')
        if B and EX and RR:
            if B.v - EX.v != RR.v:
                R.f('balance.carryover', f'全年预算{B.v}-支出{EX.v}≠结转结余{RR.v}')
            else:
                R.t('balance_ok')
    # stocks of persons: 年初在册 + 接收 - 解除 = 年末在册
    for si, (pi, raw) in enumerate(doc.sents):
        st = doc.sent_toks(si)
        a = next((t for t in st if '年初在册' in t.label), None)
        b = next((t for t in st if '接收' in t.label), None)
        c = next((t for t in st if '解除' in t.label), None)
        e = next((t for t in st if '年末在册' in t.label), None)
        if a and b and c and e:
            if a.v + b.v - c.v != e.v:
                R.f('balance.carryover', '在册人数不平衡')
            else:
                R.t('balance_ok')


def parse_bands(doc):
    for pi, (_, raw) in enumerate(doc.paras):
        for sent in re.split(r'(?<=。)', raw):
            names = re.findall(r'为“?(' + '|'.join(GRADES) + ')”?', sent)
            if len(names) < 3:
                continue
            bands = []
            for m in re.finditer(r'(\d+)分([^，。；“]*?)为“?(' + '|'.join(GRADES) + ')”?', sent):
                lo = D(m.group(1))
                if '以下' in m.group(2):
                    lo = D(0)
                bands.append((lo, m.group(3)))
            if len(bands) >= 3:
                return sorted(bands, reverse=True), True
    return None, False


def check_scores(doc, R):
    # caps in prose "分值w分 ... 得s分"
    for si, (pi, raw) in enumerate(doc.sents):
        for m in re.finditer(r'分值' + NUM + r'分[^；。]*?得' + NUM + '分', raw):
            if D(m.group(2)) > D(m.group(1)):
                R.f('score.cap', f'得分{m.group(2)}超过分值{m.group(1)}')
            else:
                R.t('cap_ok')
    # overall score and grade
    S = None
    for si, (pi, raw) in enumerate(doc.sents):
        m = re.search(r'(?:自评得分|自评总分|绩效自评总分|总分)' + NUM + '分', raw)
        if m:
            S = D(m.group(1))
            break
    if S is None:
        for tb in doc.tables:
            for r in tb['rows']:
                if r and r[0] in ('合计', '总分') and '得分' in tb['header']:
                    S = cellnum(r[tb['header'].index('得分')])
    gm = None
    for si, (pi, raw) in enumerate(doc.sents):
        gm = re.search(r'(?:等级|等次)(?:为|：)“?(' + '|'.join(GRADES) + ')”?', raw)
        if gm and not re.search(r'划分|分为', raw[:gm.start()]):
            break
        gm = None
    if S is not None and gm:
        bands, stated = parse_bands(doc)
        if not bands:
            g = gm.group(1)
            if len(g) == 1:
                bands = [(D(90), '优'), (D(80), '良'), (D(60), '中'), (D(0), '差')]
            else:
                bands = [(D(90), '优秀'), (D(80), '良好'), (D(60), '合格'), (D(0), '不合格')]
            R.t('default_bands')
        exp = next(name for lo, name in bands if S >= lo)
        if exp != gm.group(1):
            R.f('grade.band', f'总分{S}应为“{exp}”，文中为“{gm.group(1)}”')
        else:
            if any(S == lo for lo, _ in bands if lo > 0):
                R.t('boundary')
            R.t('grade_ok')


def level1_scores(doc):
    out = {}
    for tb in doc.tables:
        h = tb['header']
        wi, si = col_index(h, r'^分值'), col_index(h, r'^得分$')
        if h and h[0] == '一级指标' and wi is not None and si is not None and col_index(h, r'三级指标') is None:
            for r in tb['rows']:
                w, s = cellnum(r[wi]), cellnum(r[si])
                if w is not None and s is not None and r[0] not in ('合计', '总分'):
                    out[r[0]] = (w, s)
    for _, raw in doc.sents:
        for m in re.finditer(r'([投入过程产出效益]{2}指标)（' + NUM + r'分）得' + NUM + '分', raw):
            out[m.group(1)] = (D(m.group(2)), D(m.group(3)))
    return out


def col_index(header, pat):
    for i, h in enumerate(header):
        if re.search(pat, h):
            return i
    return None


def check_tables(doc, R):
    for tb in doc.tables:
        hdr, rows, unit = tb['header'], tb['rows'], tb['unit']
        if not rows:
            continue
        is_ind = col_index(hdr, r'一级指标') is not None and col_index(hdr, r'三级指标') is not None
        if unit is None:
            mu = re.search(r'（(辆|人|件|个)）', ''.join(hdr))
            unit = mu.group(1) if mu else ''
        lab_i = col_index(hdr, r'三级指标') if is_ind else 0
        w_i = col_index(hdr, r'^分值')
        s_i = col_index(hdr, r'^得分$')
        # caps
        if w_i is not None and s_i is not None:
            for r in rows:
                w, s = cellnum(r[w_i]), cellnum(r[s_i])
                if w is not None and s is not None:
                    if s > w:
                        R.f('score.cap', f'表中“{r[lab_i]}”得分{s}>分值{w}')
                    else:
                        R.t('cap_ok')
        if is_ind and '部分' in tb['caption']:
            R.t('nonexhaustive')
            # listed 三级 indicators of a 一级 group cannot lose more than the group lost
            lost = {}
            for r in rows:
                w, s = cellnum(r[w_i]), cellnum(r[s_i])
                if w is not None and s is not None:
                    lost[r[0]] = lost.get(r[0], D(0)) + (w - s)
            grp = level1_scores(doc)
            for g, l in lost.items():
                if g in grp:
                    gw, gs = grp[g]
                    if gw - gs < l:
                        R.f('score.total', f'{g}所列三级指标共扣{l}分，超过一级指标扣分{gw - gs}')
                    else:
                        R.t('group_ok')
            continue
        if not is_ind and col_index(hdr, r'^分值') is None:
            pass
        if is_ind:
            # group sums vs prose "X指标得分v分"
            grp = {}
            for r in rows:
                s = cellnum(r[s_i]) if s_i is not None else None
                if s is not None:
                    grp[r[0]] = grp.get(r[0], D(0)) + s
            for g, tot in grp.items():
                for si, (pi, raw) in enumerate(doc.sents):
                    m = re.search(re.escape(g) + r'得分' + NUM + '分', raw)
                    if m:
                        if D(m.group(1)) != tot:
                            R.f('score.total', f'{g}各三级指标得分之和{tot}≠正文{m.group(1)}')
                        else:
                            R.t('group_ok')
                        break
            continue
        # structure: totals, tops, children
        tot_rows = [r for r in rows if r[0] in ('合计', '总计', '总分')]
        tops, children = [], {}
        cur = None
        for r in rows:
            if r[0] in ('合计', '总计', '总分'):
                continue
            if r[0].startswith('其中') or r[0].startswith('　'):
                if cur is not None:
                    children.setdefault(id(cur), (cur, []))[1].append(r)
                continue
            tops.append(r)
            cur = r
        sum_cols = [i for i, h in enumerate(hdr) if i > 0 and not re.search(r'率|%|占比|指标值|完成值', h)]
        for ci in sum_cols:
            fam = 'score.total' if (unit == '分' or re.search(r'分值|得分', hdr[ci])) else fam_for_unit(unit or '件')
            for tr in tot_rows:
                vals = [cellnum(r[ci]) for r in tops]
                tv = cellnum(tr[ci])
                if tv is None or any(v is None for v in vals):
                    continue
                if sum(vals) != tv:
                    R.f(fam, f'表“{hdr[ci]}”列各行之和{sum(vals)}≠合计{tv}')
                else:
                    R.t('breakdown_ok')
            for _, (parent, kids) in children.items():
                pv = cellnum(parent[ci])
                kv = [cellnum(k[ci]) for k in kids]
                if pv is None or any(v is None for v in kv):
                    continue
                if len(kids) >= 2 and sum(kv) != pv:
                    R.f(fam, f'表“{parent[0]}”{hdr[ci]}{pv}≠其中各项之和{sum(kv)}')
                elif len(kids) == 1 and kv[0] > pv:
                    R.f(fam, f'表“{parent[0]}”其中项大于总数')
                else:
                    R.t('breakdown_ok')
        # rate columns
        for ci, h in enumerate(hdr):
            if ci == 0 or not re.search(r'率|占比|完成预算', h):
                continue
            if re.search(r'得分率', h):
                ni, di = s_i, w_i
            elif re.search(r'占比', h):
                ni, di = col_index(hdr, r'决算|金额|数$'), None
            elif re.search(r'执行率', h):
                ni, di = col_index(hdr, r'执行数|决算'), col_index(hdr, r'全年预算') or col_index(hdr, r'预算')
            else:
                ni, di = col_index(hdr, r'决算|执行数'), col_index(hdr, r'预算')
            if ni is None:
                continue
            tot_row = tot_rows[0] if tot_rows else None
            for r in rows:
                rv = r[ci]
                num = cellnum(r[ni])
                den = cellnum(r[di]) if di is not None else (cellnum(tot_row[ni]) if tot_row else None)
                if num is None or den is None:
                    continue
                if cellnum(rv) is None:
                    if den == 0 and num == 0:
                        R.t('zero')
                        continue
                    if rv in ('—', '-', ''):
                        continue
                if den == 0:
                    continue
                if not rate_ok(rv, num, den):
                    R.f('rate.ratio', f'表“{r[0]}”{h}{rv}≠{num}/{den}')
                else:
                    if num > den:
                        R.t('over100')
                    if re.search(r'得分率', h):
                        R.t('scorerate')
                    if re.search(r'执行率', h) and col_index(hdr, r'年初预算') is not None:
                        ai = col_index(hdr, r'年初预算')
                        a = cellnum(r[ai])
                        if a and not rate_ok(rv, num, a):
                            R.t('base')
            if re.search(r'占比', h) and tot_rows:
                s = sum(cellnum(r[ci]) for r in tops if cellnum(r[ci]) is not None)
                if s != 100:
                    R.t('rounding')
        # score = 分值 x 执行率
        ei = col_index(hdr, r'执行率')
        if ei is not None and w_i is not None and s_i is not None:
            ni, di = col_index(hdr, r'执行数'), col_index(hdr, r'全年预算')
            for r in rows:
                w, s = cellnum(r[w_i]), cellnum(r[s_i])
                if w is None or s is None or ni is None or di is None:
                    continue
                num, den = cellnum(r[ni]), cellnum(r[di])
                exact = min(w, w * num / den)
                viarate = min(w, w * D(r[ei]) / 100)
                nd = dec_places(r[s_i])
                if s not in (qz(exact, nd), qz(viarate, nd)):
                    R.f('rate.ratio', f'资金得分{s}≠分值×执行率')
                else:
                    R.t('formula_ok')
        # table vs prose
        check_table_text(doc, tb, R)


def check_table_summary(doc, tb, R):
    hdr, rows = tb['header'], tb['rows']
    trow = next((r for r in rows if r[0] in ('合计', '年度资金总额')), None)
    if trow is None:
        return
    near = [pi for pi, (ln, _) in enumerate(doc.paras) if tb['start'] - 4 <= ln < tb['start']]
    for ci, h in enumerate(hdr):
        if ci == 0 or not h.endswith('数') or cellnum(trow[ci]) is None:
            continue
        key = h[:-1]
        for pi in near:
            for t in doc.para_toks(pi):
                if t.u == '万元' and t.label.endswith(key):
                    if t.v != cellnum(trow[ci]):
                        R.f('table.text', f'正文{t}与表中{trow[0]}{h}{trow[ci]}不一致')
                    else:
                        R.t('tabletext_ok')
    si_ = col_index(hdr, r'^得分$')
    if trow[0] == '年度资金总额' and si_ is not None and cellnum(trow[si_]) is not None:
        t = doc.lookup(r'执行率得分$', '分')
        if t is not None:
            if t.v != cellnum(trow[si_]):
                R.f('table.text', f'正文{t}与表中资金得分{trow[si_]}不一致')
            else:
                R.t('tabletext_ok')
    if trow[0] == '合计' and si_ is not None:
        for si, (pi, raw) in enumerate(doc.sents):
            m = re.search(r'(?:自评总分|自评得分)' + NUM + '分', raw)
            if m:
                if D(m.group(1)) != cellnum(trow[si_]):
                    R.f('table.text', f'正文总分{m.group(1)}与表中合计{trow[si_]}不一致')
                else:
                    R.t('tabletext_ok')
                break


def check_table_text(doc, tb, R):
    check_table_summary(doc, tb, R)
    hdr, rows = tb['header'], tb['rows']
    numcols = [i for i, h in enumerate(hdr) if i > 0 and not re.search(r'率|%|占比|指标值|完成值', h)]
    for r in rows:
        lab = r[0].replace('其中：', '').strip('　 ')
        if lab in ('合计', '总计', '总分', '') or len(lab) < 3:
            continue
        for si, (pi, raw) in enumerate(doc.sents):
            for m in re.finditer(re.escape(lab), raw):
                if m.start() > 0 and raw[m.start() - 1] not in '，。；：、（' and not raw[:m.start()].endswith('）'):
                    continue
                rest = raw[m.end():]
                mt = re.match(r'([^，。；、\d]{0,8}?)' + NUM + r'(万元|元|分|辆|件|个)', rest)
                if not mt:
                    continue
                between, val = mt.group(1), D(mt.group(2))
                col = None
                if '预算' in between:
                    col = col_index(hdr, r'年初预算' if '年初' in between else r'预算')
                elif re.search(r'决算|支出|执行', between):
                    col = col_index(hdr, r'决算|执行数')
                elif '得分' in between:
                    col = col_index(hdr, r'^得分$')
                elif '分值' in between:
                    col = col_index(hdr, r'^分值')
                elif len(numcols) == 1:
                    col = numcols[0]
                if col is None:
                    continue
                cv = cellnum(r[col])
                if cv is None:
                    continue
                if cv != val:
                    R.f('table.text', f'正文“{lab}{between}{mt.group(2)}”与表中{cv}不一致')
                else:
                    R.t('tabletext_ok')


FACT_KEYS = ['实有在职人员', '罚没款', '核定编制', '机关运行经费支出', '政府采购支出总额', '本年收入合计', '本年支出合计',
             '公务用车保有量', '收入总计', '支出总计', '年末结转和结余', '年初结转和结余', '一般公共预算财政拨款支出',
             '一般公共预算财政拨款基本支出', '项目支出', '综合满意度', '授予中小企业合同金额', '特种专业技术用车',
             '执法执勤用车']
QUALS = ['上年', '去年', '年初', '预算', '财政拨款', '同口径', '剔除', '调整', '追加', '购置']


def check_facts(doc, R):
    seen = {}
    for t in doc.toks:
        key = next((k for k in FACT_KEYS if t.label.endswith(k) or t.label.endswith(k + '为')), None)
        if key is None:
            continue
        raw = doc.sents[t.sent][1].replace('台（套）', '台套')
        ctx = raw[:t.s]
        inside = ctx.count('（') > ctx.count('）')
        # qualifiers: the figure's own label, plus (outside brackets) the sentence leading to it
        qctx = t.label if inside else t.label + strip_parens(ctx)
        quals = frozenset(q for q in QUALS if q in qctx)
        years = frozenset(y for y in re.findall(r'(20\d\d)年', t.label) if doc.year and int(y) != doc.year)
        seen.setdefault(key, []).append((quals | years, t))
    for key, lst in seen.items():
        for i in range(len(lst)):
            for j in range(i + 1, len(lst)):
                (qa, a), (qb, b) = lst[i], lst[j]
                if a.u != b.u:
                    continue
                if qa == qb and a.v != b.v:
                    R.f('fact.conflict', f'{key}前后不一：{a}与{b}')
                elif qa == qb and a.v == b.v:
                    R.t('restated_ok')
                elif qa != qb and a.v != b.v:
                    R.t('scope')


def check_units(doc, R):
    wan = [t for t in doc.toks if t.u == '万元']
    for t in doc.toks:
        if t.u != '元':
            continue
        same = [w for w in wan if w.sent == t.sent]
        raw = doc.sents[t.sent][1]
        prevw = [w for w in same if w.e <= t.s and raw[w.e:t.s].strip() in ('（', '(', '，合', '（合')]
        if prevw and abs(prevw[-1].v * 10000 - t.v) > 50:
            if prevw[-1].v == t.v:
                R.f('unit.magnitude', f'{t}与万元数相同')
            else:
                R.f('fact.conflict', f'{prevw[-1]}与括注{t}不一致')
            continue
        if any(abs(w.v * 10000 - t.v) <= 50 for w in same):
            R.t('yuan')
            if not any(w.v * 10000 == t.v for w in same):
                R.t('rounding')
            continue
        if any(w.v == t.v for w in wan):
            R.f('unit.magnitude', f'{t}与万元数相同')


def check_misc_traps(doc, R):
    PAIRS = [('人', '人次'), ('户', '户次'), ('家', '家次'), ('批次', '人次'), ('件', '人'), ('件', '户次'),
             ('起', '人次'), ('起', '家次'), ('处', '户次'), ('件', '批次'), ('场次', '人次'), ('期', '人次'), ('起', '人')]
    for si, (pi, raw) in enumerate(doc.sents):
        us = {t.u for t in doc.sent_toks(si)}
        if any(a in us and b in us for a, b in PAIRS):
            R.t('unitpair')
    text = '\n'.join(doc.lines)
    if '万元以上' in text:
        R.t('threshold')
    z = doc.lookup(r'核定编制$')
    a = doc.lookup(r'实有在职人员$')
    if z and a and z.v != a.v:
        R.t('bianzhi')
    if re.search(r'预算0\.00万元，支出决算0\.00万元|未发生因公出国', text):
        R.t('zero')


def analyse(text):
    doc = Doc(text)
    R = Report()
    check_qizhong(doc, R)
    check_countlists(doc, R)
    check_rates(doc, R)
    check_changes(doc, R)
    check_balances(doc, R)
    check_scores(doc, R)
    check_tables(doc, R)
    check_facts(doc, R)
    check_units(doc, R)
    check_misc_traps(doc, R)
    return R


TRAP_KINDS = {'nonexhaustive', 'rounding', 'base', 'over100', 'unitpair', 'zero', 'carry_total', 'scope', 'otheryear',
              'comparable', 'scorerate', 'leap', 'denominator', 'bianzhi', 'threshold', 'boundary', 'pp', 'yuan',
              'default_bands'}


def read_expect():
    rows = {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as fh:
        next(fh)
        for ln in fh:
            p = ln.rstrip('\n').split('\t')
            rows[p[0]] = (p[1], p[2])
    return rows


def main(argv):
    exp = read_expect()
    if len(argv) >= 3 and argv[1] == '--show':
        R = analyse(open(os.path.join(HERE, argv[2] + '.txt'), encoding='utf-8').read())
        print('expected:', exp[argv[2]][0])
        for f in R.find:
            print('FIND', f)
        print('TRAPS', sorted(R.traps))
        return 0
    twins = argv[2] if len(argv) >= 3 and argv[1] == '--twins' else None
    slips_ok = clean_ok = 0
    n_slip = n_clean = 0
    failures = []
    for tid, (fam, det) in sorted(exp.items()):
        text = open(os.path.join(HERE, tid + '.txt'), encoding='utf-8').read()
        nl = len(text.rstrip('\n').split('\n'))
        if not 15 <= nl <= 60:
            failures.append(f'{tid}: {nl} lines')
        R = analyse(text)
        fams = {f for f, _ in R.find}
        if fam == 'clean':
            n_clean += 1
            tk = R.traps & TRAP_KINDS
            if not fams and len(tk) >= 2:
                clean_ok += 1
            else:
                failures.append(f'{tid}: clean but findings={R.find} traps={sorted(tk)}')
        else:
            n_slip += 1
            if fams == {fam}:
                slips_ok += 1
            else:
                failures.append(f'{tid}: expected {fam}, got {R.find}')
    print(f'slips confirmed: {slips_ok}/{n_slip} clean confirmed: {clean_ok}/{n_clean} failures: {len(failures)}')
    for f in failures:
        print('  FAIL', f)
    if twins:
        tw_ok = 0
        tw_fail = []
        for tid, (fam, det) in sorted(exp.items()):
            if fam == 'clean':
                continue
            p = os.path.join(twins, tid + '.txt')
            if not os.path.exists(p):
                tw_fail.append(f'{tid}: twin missing')
                continue
            a = open(os.path.join(HERE, tid + '.txt'), encoding='utf-8').read().rstrip('\n').split('\n')
            b = open(p, encoding='utf-8').read().rstrip('\n').split('\n')
            R = analyse('\n'.join(b))
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            if not R.find and ndiff == 1 and len(a) == len(b):
                tw_ok += 1
            else:
                tw_fail.append(f'{tid}: twin findings={R.find} differing paragraphs={ndiff}')
        print(f'twins confirmed: {tw_ok}/{n_slip} failures: {len(tw_fail)}')
        for f in tw_fail:
            print('  FAIL', f)
        failures += tw_fail
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
