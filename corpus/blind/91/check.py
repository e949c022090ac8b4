#!/usr/bin/env python3
"""Independent re-reader for blind set 91 (does not import gen.py).

Parses each document's text, re-derives every relation it recognises and reports slips by family.
  python3 check.py                 -> checks t01..t40 against expect.tsv
  python3 check.py --twins DIR     -> also checks that each twin in DIR is clean and differs from
                                      its slip document in exactly one paragraph (line)
  python3 check.py -v              -> print findings and traps per document
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))


def rhu(x, nd):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def ndec(s):
    return len(s.split('.')[1]) if '.' in s else 0


UNITS = ['亿元', '万元', '元', '人次', '万人', '人', '户', '个', '项', '家', '份', '公里', '平方米', '米', '亩', '期',
         '批', '次', '分', '%', '年', '月', '日', '号', '吨', '头', '座', '处', '辆', '村', '名', '所', '条', '间', '天']
NUMRE = re.compile(r'(?<![\d.〔])(\d+(?:\.\d+)?)(?!\d)(?:\s?(' + '|'.join(UNITS) + '))?')
MONEY = {'亿元': D(10000), '万元': D(1), '元': D('0.0001')}
COUNTU = {'户', '人', '人次', '个', '项', '家', '份', '公里', '亩', '期', '村'}
BOUND = set('，。；：、（）()“”,;:')
CNNUM = {'两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}


class Tok:
    __slots__ = ('v', 's', 'unit', 'a', 'b', 'label')

    def __init__(self, v, s, unit, a, b, label):
        self.v, self.s, self.unit, self.a, self.b, self.label = v, s, unit, a, b, label

    @property
    def group(self):
        if self.unit in MONEY:
            return 'money'
        return self.unit

    @property
    def mv(self):
        return self.v * MONEY[self.unit]


def tokens(sent):
    out = []
    prev_end = 0
    for m in NUMRE.finditer(sent):
        unit = m.group(2)
        a = m.start()
        j = a
        while j > prev_end and sent[j - 1] not in BOUND:
            j -= 1
        label = sent[j:a].replace(' ', '')
        out.append(Tok(D(m.group(1)), m.group(1), unit, a, m.end(), label))
        prev_end = m.end()
    return [t for t in out if t.unit]


def sentences(line):
    return [s for s in re.split(r'[。；]', line) if s.strip()]


# ----------------------------------------------------------------- tables
def row_cells(line):
    s = line.strip()
    if '│' in s:
        s = s[1:] if s.startswith('│') else s
        s = s[:-1] if s.endswith('│') else s
        return [c.strip() for c in s.split('│')], 'full'
    if s.count('|') >= 2:
        s = s[1:] if s.startswith('|') else s
        s = s[:-1] if s.endswith('|') else s
        return [c.strip() for c in s.split('|')], 'pipe'
    if '\t' in line:
        return [c.strip() for c in line.split('\t')], 'tab'
    parts = re.split(r' {2,}', s)
    if len(parts) >= 3:
        return parts, 'space'
    return None, None


def split_doc(lines):
    """returns prose lines and tables (list of row lists)"""
    prose, tables = [], []
    cur, cur_style = None, None
    for ln in lines:
        cells, style = row_cells(ln)
        if cells is not None:
            if all(re.fullmatch(r':?-{2,}:?', c) for c in cells if c):
                continue
            if cur is not None and style == cur_style and len(cells) == len(cur[0]):
                cur.append(cells)
            else:
                cur = [cells]
                cur_style = style
                tables.append(cur)
        else:
            cur = None
            prose.append(ln)
    return prose, tables


def num(cell):
    c = cell.strip().rstrip('%').strip()
    if re.fullmatch(r'\d+(?:\.\d+)?', c):
        return D(c), c
    return None, None


TOTAL_LABEL = re.compile(r'合计|总计|小计|总分|总额')


# ----------------------------------------------------------------- the checker
class Check:
    def __init__(self, text):
        self.lines = [l for l in text.split('\n') if l.strip()]
        self.prose, self.tables = split_doc(self.lines)
        self.find = []
        self.traps = set()
        self.wan = []  # every 万元 value in the document
        for ln in self.lines:
            for m in re.finditer(r'(\d+(?:\.\d+)?)\s?万元', ln):
                self.wan.append(D(m.group(1)))
        self.bands = None

    def flag(self, fam, msg):
        self.find.append((fam, msg))

    def rate_ok(self, stated_s, numv, basev):
        r = D(stated_s)
        if basev == 0:
            return numv == 0 and r == 100
        return rhu(numv * 100 / basev, ndec(stated_s)) == r

    # ---------------------------------------------------------- prose rules
    def run(self):
        for ln in self.prose:
            for s in sentences(ln):
                t = tokens(s)
                self.r_sum(s, t)
                self.r_list(s)
                self.r_rates(s, t)
                self.r_change(s, t)
                self.r_balance(s, t)
                self.r_percap(s, t)
                self.r_subsidy(s, t)
                self.r_interest(s, t)
                self.r_score(s, t)
                self.r_unit(s, t)
            self.r_extra(ln, tokens(ln))
        self.r_bands()
        for ln in self.prose:
            for s in sentences(ln):
                self.r_grade(s, tokens(s))
        self.r_tables()
        self.r_table_text()
        self.r_traps()
        return self

    def r_sum(self, s, t):
        if re.search(r'等(?![级次])', s) or '主要用于' in s:
            return
        groups = {}
        for x in t:
            if x.group == 'money' or x.unit in COUNTU:
                groups.setdefault(x.group, []).append(x)
        marker = None
        m = re.search(r'分别为', s)
        if m:
            marker = (m.end(), len(s))
        m = re.search(r'按[^，。；\d]{1,8}分，', s)
        if m and marker is None:
            marker = (m.end(), len(s))
        if marker is None and '构成' in s:
            e = s.index('构成')
            b = s.rfind('由', 0, e)
            if b >= 0:
                marker = (b + 1, e)
        if marker is None:
            m = re.search(r'包括([^。；]+?)([两三四五六七八九十]|\d+)项', s)
            if m:
                marker = (m.start(1), m.end(1))
        if marker is not None:
            st, en = marker
            for g, xs in groups.items():
                before = [x for x in xs if x.b <= st]
                after = [x for x in xs if x.a >= st and x.b <= en]
                if before and len(after) >= 2:
                    tot = before[-1]
                    val = (lambda x: x.mv) if g == 'money' else (lambda x: x.v)
                    if sum(val(x) for x in after) != val(tot):
                        fam = 'sum.breakdown' if g == 'money' else 'count.mismatch'
                        self.flag(fam, f'{tot.s}{tot.unit} ≠ ' + '+'.join(x.s for x in after) + f' | {s[:40]}')
            return
        for m in re.finditer(r'(合计|共计|总计|小计)', s):
            tot = next((x for x in t if 0 <= x.a - m.end() <= 2), None)
            if tot is None or tot.group not in groups:
                continue
            g = tot.group
            lo = max([mm.end() for mm in re.finditer(r'其中|：', s[:m.start()])] + [0])
            parts = [x for x in groups[g] if x.a >= lo and x.b <= m.start()]
            if len(parts) >= 2:
                val = (lambda x: x.mv) if g == 'money' else (lambda x: x.v)
                if sum(val(x) for x in parts) != val(tot):
                    self.flag('sum.breakdown' if g == 'money' else 'count.mismatch', f'合计 {tot.s} | {s[:40]}')

    def r_list(self, s):
        for m in re.finditer(r'(\d+)\s?(个|项|家)([\u4e00-\u9fff]{0,14})（([^）]+)）', s):
            inner = m.group(4)
            if re.search(r'\d', inner):
                continue
            items = [x for x in re.split(r'[、，和及]', inner) if x.strip()]
            if any(len(x.strip()) < 2 for x in items):
                continue  # e.g. 县（市、区）: a qualifier, not a list of names
            if len(items) >= 2 and len(items) != int(m.group(1)):
                self.flag('count.mismatch', f'{m.group(1)}{m.group(2)} vs {len(items)} listed')
        m = re.search(r'包括([^。；]+?)([两三四五六七八九十]|\d+)项', s)
        if m and not re.search(r'\d', m.group(1)):
            n = CNNUM.get(m.group(2)) or int(m.group(2))
            items = [x for x in re.split(r'[、和及]', m.group(1)) if x.strip()]
            if len(items) != n:
                self.flag('count.mismatch', f'{n}项 vs {len(items)}')

    def _grp_before(self, t, pos, g=None, unit_ok=None):
        xs = [x for x in t if x.b <= pos and x.unit != '%' and x.unit not in ('年', '月', '日', '号')]
        if g is not None:
            xs = [x for x in xs if x.group == g]
        return xs

    def r_rates(self, s, t):
        done = set()
        for m in re.finditer(r'为([^，。；%]{0,40}?)的\s?(\d+(?:\.\d+)?)%', s):
            inner_a = m.start(1)
            base = [x for x in t if x.a >= inner_a and x.b <= m.end(1) and x.unit != '%']
            if not base:
                continue
            b = base[-1]
            nums = [x for x in t if x.b <= m.start() and x.group == b.group]
            if not nums:
                continue
            n = nums[-1]
            done.add(m.start(2))
            self._rate(m.group(2), (n.mv if b.group == 'money' else n.v), (b.mv if b.group == 'money' else b.v),
                       f'为…的 {m.group(2)}%')
        for m in re.finditer(r'占([^，。；%]{0,40}?)的\s?(\d+(?:\.\d+)?)%', s):
            base = [x for x in t if x.a >= m.start(1) and x.b <= m.end(1) and x.unit != '%']
            if not base:
                continue
            b = base[-1]
            nums = [x for x in t if x.b <= m.start() and x.group == b.group]
            if not nums:
                continue
            n = nums[-1]
            done.add(m.start(2))
            self._rate(m.group(2), (n.mv if b.group == 'money' else n.v), (b.mv if b.group == 'money' else b.v),
                       f'占…的 {m.group(2)}%')
        for x in t:
            if x.unit != '%' or x.a in done:
                continue
            head = s[:x.a]
            km = re.search(r'(执行率|支出进度|支付率|完成率|获贷率|逾期率|满意度|得分率|收益率|占比)(为|达|达到|是)?\s?$', head)
            if not km:
                continue
            kw = km.group(1)
            prior = [y for y in t if y.b <= x.a and y.unit not in ('%', '年', '月', '日', '号')]
            if kw in ('执行率', '支出进度', '支付率'):
                mon = [y for y in prior if y.group == 'money']
                full = [y for y in mon if re.search(r'全年预算|调整后', y.label)]
                if full:
                    base = full[-1]
                else:
                    base = next((y for y in mon if re.search(r'到位|下达|预算|安排|总投资|收入', y.label)), None)
                numr = [y for y in mon if re.search(r'支出|支付|执行|拨付', y.label)]
                if base is None or not numr:
                    continue
                self._rate(x.s, numr[-1].mv, base.mv, f'{kw} {x.s}%')
                continue
            if not prior:
                continue
            last = prior[-1]
            same = [y for y in prior if y.group == last.group]
            if len(same) < 2:
                continue
            a, b = same[-2], same[-1]
            av = a.mv if a.group == 'money' else a.v
            bv = b.mv if b.group == 'money' else b.v
            if kw == '占比':
                self._rate(x.s, min(av, bv), max(av, bv), f'占比 {x.s}%')
            else:
                self._rate(x.s, bv, av, f'{kw} {x.s}%')

    def _rate(self, stated, numv, basev, msg):
        if not self.rate_ok(stated, numv, basev):
            self.flag('rate.ratio', msg)
        elif D(stated) > 100:
            self.traps.add('rate_over_100')

    def r_change(self, s, t):
        m = re.search(r'由([^，。；]{0,12}?)(\d+(?:\.\d+)?)\s?(元|万元)(增加|提高|增长)到\s?(\d+(?:\.\d+)?)\s?(元|万元)', s)
        if m:
            prev, cur = D(m.group(2)), D(m.group(5))
            g = re.search(r'增长\s?(\d+(?:\.\d+)?)%', s[m.end():])
            if g:
                self._rate(g.group(1), cur - prev, prev, '由…增加到 增长率')
            return
        if not re.search(r'比上年|较上年|同比|比\d{4}年|较\d{4}年', s):
            return
        for m in re.finditer(r'(增加|减少)\s?(\d+(?:\.\d+)?)\s?(万元|元|户|人|个)', s):
            d = D(m.group(2))
            unit = m.group(3)
            g = 'money' if unit in MONEY else unit
            xs = [x for x in t if x.b <= m.start() and x.group == g]
            comp = [x for x in xs if re.search(r'同口径|可比口径', x.label)]
            prevs = comp or [x for x in xs if re.search(r'上年|\d{4}年', x.label)]
            if not prevs:
                continue
            prev = prevs[-1]
            curs = [x for x in xs if x is not prev and not re.search(r'上年', x.label)]
            if not curs:
                continue
            cur = curs[0]
            cv = cur.mv if g == 'money' else cur.v
            pv = prev.mv if g == 'money' else prev.v
            dv = d * MONEY[unit] if g == 'money' else d
            sign_ok = (cv > pv) if m.group(1) == '增加' else (cv < pv)
            if abs(cv - pv) != dv or not sign_ok:
                self.flag('change', f'{m.group(1)}{m.group(2)} vs {cur.s}-{prev.s}')
            if comp:
                self.traps.add('comparable_basis')
            rest = s[m.end():]
            gm = re.match(r'[，,]?\s?(增长|下降)\s?(\d+(?:\.\d+)?)%', rest)
            if gm:
                self._rate(gm.group(2), abs(cv - pv), pv, '增减率')

    def r_balance(self, s, t):
        mon = [x for x in t if x.group == 'money']
        Es = [x for x in mon if re.search(r'结余|结转|剩余|年末', x.label) and not re.search(r'年初|上年', x.label)]
        if not Es:
            return
        E = Es[-1]
        before = [x for x in mon if x.b <= E.a]
        C0 = next((x for x in before if '年初结转' in x.label), None)
        Ss = [x for x in before if re.search(r'支出|支付', x.label)]
        if not Ss:
            return
        S = Ss[-1]
        if C0 is not None:
            B = next((x for x in before if '收入' in x.label and '总计' not in x.label), None)
        else:
            full = [x for x in before if re.search(r'全年预算|调整后', x.label)]
            B = full[-1] if full else next(
                (x for x in before if re.search(r'到位|下达|预算|安排|总投资|收入', x.label)), None)
        if B is None:
            return
        exp = (C0.mv if C0 else 0) + B.mv - S.mv
        if exp != E.mv:
            self.flag('balance.carryover', f'{E.s} ≠ {(C0.s + "+") if C0 else ""}{B.s}-{S.s}')

    def r_percap(self, s, t):
        for m in re.finditer(r'(人均|户均)([\u4e00-\u9fff]{0,4}?)\s?(\d+(?:\.\d+)?)\s?(万元|元)', s):
            if '由' in m.group(2):
                continue
            xs = [x for x in t if x.b <= m.start()]
            mon = [x for x in xs if x.group == 'money']
            cnt = [x for x in xs if x.unit == ('人' if m.group(1) == '人均' else '户')]
            if not mon or not cnt:
                continue
            M, N = mon[-1], cnt[-1]
            calc = M.mv / MONEY[m.group(4)] / N.v
            if rhu(calc, ndec(m.group(3))) != D(m.group(3)):
                self.flag('rate.ratio', f'{m.group(1)} {m.group(3)} vs {M.s}/{N.s}')

    def r_subsidy(self, s, t):
        m = re.search(r'每(人|户)(每(月|学期|年|季度))?\s?(\d+)\s?元', s)
        if not m:
            return
        std = D(m.group(4))
        if m.group(2):
            cnt = [x for x in t if x.unit == '人次']
        else:
            cnt = [x for x in t if x.unit == m.group(1) and x.b <= m.start()]
        mon = [x for x in t if x.group == 'money' and x.a > m.end()]
        if not cnt or not mon:
            return
        if cnt[-1].v * std / 10000 != mon[-1].mv:
            self.flag('rate.ratio', f'标准{std}×{cnt[-1].s} ≠ {mon[-1].s}')

    def r_interest(self, s, t):
        m = re.search(r'贴息率\s?(\d+(?:\.\d+)?)%', s)
        if not m:
            return
        base = [x for x in t if x.group == 'money' and '余额' in x.label and x.b <= m.start()]
        it = [x for x in t if x.group == 'money' and '贴息' in x.label and x.a > m.end()]
        if base and it:
            if rhu(base[-1].mv * D(m.group(1)) / 100, 2) != it[0].mv:
                self.flag('rate.ratio', f'贴息 {it[0].s} vs {base[-1].s}×{m.group(1)}%')
            self.traps.add('interest_on_average_balance')

    def _is_band_sentence(self, s):
        return bool(re.search(r'以上为|以下为|（含）', s))

    def r_score(self, s, t):
        if self._is_band_sentence(s):
            return
        sc = [x for x in t if x.unit == '分']
        tot = next((x for x in sc if '得分' in x.label and re.search(r'综合|总|自评|最终', x.label)), None)
        if tot is None:
            return
        parts = [x for x in sc if x.a > tot.a and not re.search(r'分值|满分|权重', x.label)]
        if len(parts) >= 2 and sum(x.v for x in parts) != tot.v:
            self.flag('score.total', f'{tot.s} ≠ ' + '+'.join(x.s for x in parts))
        for m in re.finditer(r'得分\s?(\d+(?:\.\d+)?)\s?分（分值\s?(\d+(?:\.\d+)?)\s?分）', s):
            if D(m.group(1)) > D(m.group(2)):
                self.flag('score.cap', m.group(0))

    def r_extra(self, s, t):
        for m in re.finditer(r'(\d+(?:\.\d+)?)\s?亿元（(\d+(?:\.\d+)?)\s?万元）', s):
            if rhu(D(m.group(2)) / 10000, ndec(m.group(1))) != D(m.group(1)):
                self.flag('fact.conflict', f'{m.group(1)}亿元 vs {m.group(2)}万元')
        m = re.search(r'年初预算[^，。；\d]{0,10}?(\d+(?:\.\d+)?)\s?万元，年中追加\s?(\d+(?:\.\d+)?)\s?万元，'
                      r'调整后全年预算\s?(\d+(?:\.\d+)?)\s?万元', s)
        if m and D(m.group(1)) + D(m.group(2)) != D(m.group(3)):
            self.flag('sum.breakdown', '年初+追加≠全年预算')
        m = re.search(r'已完工\s?(\d+)\s?个', s)
        m2 = re.search(r'完工项目\s?(\d+)\s?个（含\s?\d{4}\s?年结转项目\s?(\d+)\s?个）', s)
        if m and m2:
            self.traps.add('completed_includes_carryover')
            if int(m.group(1)) + int(m2.group(2)) != int(m2.group(1)):
                self.flag('count.mismatch', '完工含结转')

    def r_unit(self, s, t):
        for x in t:
            if x.unit == '元' and '.' in x.s:
                if x.v in self.wan:
                    self.flag('unit.magnitude', f'{x.s}元 equals a 万元 figure')
                elif (x.v / 10000) in self.wan:
                    self.traps.add('yuan_restatement')

    def r_bands(self):
        bands = []
        for ln in self.prose:
            for m in re.finditer(r'(\d+)\s?分（含）以上为“([^”]+)”', ln):
                bands.append((D(m.group(1)), m.group(2)))
            for m in re.finditer(r'(\d+)\s?分（含）至\s?(\d+)\s?分为“([^”]+)”', ln):
                bands.append((D(m.group(1)), m.group(3)))
            for m in re.finditer(r'(\d+)\s?分以下为“([^”]+)”', ln):
                bands.append((D(0), m.group(2)))
        if bands:
            self.bands = sorted(bands, key=lambda b: -b[0])
            std = [(D(90), '优'), (D(80), '良'), (D(60), '中'), (D(0), '差')]
            std2 = [(D(90), '优秀'), (D(80), '良好'), (D(60), '合格'), (D(0), '不合格')]
            if self.bands not in (std, std2):
                self.traps.add('custom_bands')

    def r_grade(self, s, t):
        if self._is_band_sentence(s):
            return
        gm = re.search(r'(等级|等次|评级)(为|评定为|：)?\s?[“"]?(基本合格|不合格|优秀|良好|合格|优|良|中|差)', s)
        if not gm:
            return
        sc = next((x for x in t if x.unit == '分' and '得分' in x.label and x.a < gm.start()), None)
        if sc is None:
            return
        name = gm.group(3)
        if self.bands:
            exp = next((nm for lo, nm in self.bands if sc.v >= lo), self.bands[-1][1])
            if exp != name:
                self.flag('grade.band', f'{sc.s}分 → {exp}, stated {name}')
        else:
            idx = {'优': 0, '优秀': 0, '良': 1, '良好': 1, '中': 2, '合格': 2, '差': 3, '不合格': 3}.get(name)
            e = 0 if sc.v >= 90 else 1 if sc.v >= 80 else 2 if sc.v >= 60 else 3
            if idx is None or idx != e:
                self.flag('grade.band', f'{sc.s}分 stated {name}')

    # ---------------------------------------------------------- tables
    def r_tables(self):
        score_rows, score_tot = [], []
        for tb in self.tables:
            hdr = tb[0]
            rows = tb[1:]
            ci = {h: i for i, h in enumerate(hdr)}
            wcol = next((i for i, h in enumerate(hdr) if '分值' in h or '权重' in h), None)
            scol = next((i for i, h in enumerate(hdr) if h.strip() == '得分'), None)
            ratecols = [i for i, h in enumerate(hdr) if i > 0 and re.search(r'率|占比|进度|比例', h)]
            moncols = [i for i, h in enumerate(hdr) if i > 0 and i not in ratecols and i not in (wcol, scol)
                       and re.search(r'万元|金额|预算|执行数|支出|资金|投资|收益', h)]
            cntcols = [i for i, h in enumerate(hdr) if i > 0 and i not in ratecols and i not in moncols
                       and re.search(r'（户）|（人）|（个）|户数|人数', h)]
            if wcol is not None and scol is not None:
                for rw in rows:
                    w, _ = num(rw[wcol])
                    sc, _ = num(rw[scol])
                    if sc is None:
                        continue
                    if re.search(r'合计|总计|总分', rw[0]):
                        score_tot.append((w, sc))
                        continue
                    score_rows.append((w, sc))
                    if w is not None and sc > w:
                        self.flag('score.cap', f'{rw[2] if len(rw) > 2 else rw[0]} 得分{sc}>分值{w}')
                    # 得分 = 分值 × 执行率
                    for rc in ratecols:
                        rv, _ = num(rw[rc])
                        if rv is not None and w is not None and '执行率' in hdr[rc]:
                            if min(rhu(w * rv / 100, 2), w) != sc:
                                self.flag('rate.ratio', f'得分{sc} vs 分值{w}×{rv}%')
            # column sums
            tot_i = next((k for k, rw in enumerate(rows) if TOTAL_LABEL.search(rw[0])), None)
            if tot_i is not None and (wcol is None or tot_i == 0):
                if tot_i == 0:
                    parts = rows[1:]
                else:
                    parts = [rw for rw in rows[:tot_i] if not rw[0].startswith('其中')]
                for col in moncols + cntcols:
                    tv, _ = num(rows[tot_i][col])
                    if tv is None:
                        continue
                    vals = [num(rw[col])[0] for rw in parts]
                    if any(v is None for v in vals) or len(vals) < 2:
                        continue
                    if sum(vals) != tv:
                        self.flag('sum.breakdown' if col in moncols else 'count.mismatch',
                                  f'列“{hdr[col]}”合计{tv}≠{sum(vals)}')
            # rate columns
            for rc in ratecols:
                h = hdr[rc]
                if '执行率' in h:
                    nc = next((i for i in moncols if re.search(r'执行数|支出', hdr[i])), None)
                    dc = next((i for i in moncols if '全年预算' in hdr[i]), None) or \
                        next((i for i in moncols if '预算' in hdr[i]), None)
                elif '进度' in h:
                    nc = next((i for i in moncols if '支出' in hdr[i]), None)
                    dc = moncols[0] if moncols else None
                else:
                    left = [i for i in moncols if i < rc]
                    nc = left[-1] if left else None
                    dc = moncols[0] if moncols else None
                if nc is None or dc is None:
                    continue
                sums = []
                for k, rw in enumerate(rows):
                    rv, rs = num(rw[rc])
                    if rv is None:
                        continue
                    nv, _ = num(rw[nc])
                    if nc == dc:
                        if tot_i is None:
                            continue
                        dv, _ = num(rows[tot_i][dc])
                        if k != tot_i:
                            sums.append(rv)
                    else:
                        dv, _ = num(rw[dc])
                    if nv is None or dv is None:
                        continue
                    if not self.rate_ok(rs, nv, dv):
                        self.flag('rate.ratio', f'表列“{h}”{rw[0]} {rs}')
                    elif rv > 100:
                        self.traps.add('rate_over_100')
                if sums and sum(sums) != 100:
                    self.traps.add('rounding_shares')
        if score_tot:
            w, sc = score_tot[-1]
            for ln in self.prose:
                for m in re.finditer(r'(自评|综合)得分\s?(\d+(?:\.\d+)?)\s?分', ln):
                    if '年度综合得分' in ln[max(0, m.start() - 3):m.end()]:
                        continue
                    if D(m.group(2)) != sc:
                        self.flag('fact.conflict', f'正文得分{m.group(2)}≠表内{sc}')
            if sum(x[1] for x in score_rows) != sc:
                self.flag('score.total', f'表内得分合计{sc}≠{sum(x[1] for x in score_rows)}')
            if w is not None and all(x[0] is not None for x in score_rows) and sum(x[0] for x in score_rows) != w:
                self.flag('score.total', f'分值合计{w}≠{sum(x[0] for x in score_rows)}')

    def r_table_text(self):
        rowvals = []
        for tb in self.tables:
            hdr = tb[0]
            if any('指标' in h for h in hdr):
                continue  # indicator tables restate targets, not amounts
            if not any(re.search(r'万元|预算|金额', h) for h in hdr):
                continue
            for rw in tb[1:]:
                lab = re.sub(r'^其中[：:]?', '', rw[0]).strip()
                if len(lab) < 2 or TOTAL_LABEL.search(lab):
                    continue
                vals = {num(c)[0] for c in rw[1:] if num(c)[0] is not None}
                rowvals.append((lab, vals))
        if not rowvals:
            return
        for ln in self.prose:
            for s in sentences(ln):
                for x in tokens(s):
                    if x.unit != '万元':
                        continue
                    hits = [(lab, vals) for lab, vals in rowvals if lab in x.label]
                    if len(hits) != 1:
                        continue
                    head = s[:x.a]
                    if re.search(r'中央资金|省级资金|市级资金|县级资金', head) and not re.search(r'中央|省级|市级|县级', hits[0][0]):
                        continue
                    if x.v not in hits[0][1]:
                        self.flag('table.text', f'正文“{hits[0][0]}”{x.s}万元不在表行中')

    # ---------------------------------------------------------- traps
    def r_traps(self):
        txt = '\n'.join(self.lines)
        for ln in self.prose:
            for s in sentences(ln):
                if re.search(r'\d\s?人(?!次)', s) and re.search(r'\d\s?人次', s):
                    self.traps.add('person_vs_person_times')
                if re.search(r'\d\s?户', s) and re.search(r'\d\s?人(?!次)', s):
                    self.traps.add('household_vs_person')
                if '年初预算' in s and re.search(r'全年预算|调整后', s):
                    self.traps.add('annual_vs_initial_budget')
                if re.search(r'\d\s?期、\s?\d+\s?人次', s):
                    self.traps.add('sessions_vs_person_times')
        if '收入总计' in txt and '年初结转' in txt:
            self.traps.add('total_includes_carryover')
        if re.search(r'未发生|未列支|(?<![\d.])0(\.00)?\s?万元|[|│\t]\s*0\.00\s*[|│\t]|  0\.00(  |$)', txt, re.M):
            self.traps.add('zero_or_not_occurred')
        if re.search(r'含\s?(\d{4}\s?年|上年)结转', txt):
            self.traps.add('completed_includes_carryover')
        if re.search(r'中央资金\s?[\d.]+\s?万元中|中央以工代赈资金\s?[\d.]+\s?万元的', txt):
            self.traps.add('share_over_one_level')
        if re.search(r'\d\s?亿元', txt) and '万元' in txt:
            self.traps.add('yi_vs_wan')
        if re.search(r'其中.{0,16}重点帮扶(村|县)|其中：重点帮扶县', txt):
            self.traps.add('subset_key_villages')
        if re.search(r'口径为|不含其他资金', txt):
            self.traps.add('same_name_other_scope')
        if '得分率' in txt:
            self.traps.add('score_rate_vs_score')
        if re.search(r'\d{4}\s?年度综合得分|上年决算数', txt):
            self.traps.add('other_year_restated')
        if '有效问卷' in txt:
            self.traps.add('valid_questionnaires_base')
        if '上年结转资金' in txt and '全年预算数' in txt:
            self.traps.add('annual_vs_initial_budget')


def check_text(text):
    return Check(text).run()


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    twins = args[args.index('--twins') + 1] if '--twins' in args else None
    exp = {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as f:
        next(f)
        for ln in f:
            p = ln.rstrip('\n').split('\t')
            exp[p[0]] = p[1]
    ok_s = ok_c = fail = 0
    for i in sorted(exp):
        with open(os.path.join(HERE, i + '.txt'), encoding='utf-8') as f:
            text = f.read()
        n = len([l for l in text.split('\n') if l.strip()])
        c = check_text(text)
        fams = {x[0] for x in c.find}
        e = exp[i]
        good = 15 <= n <= 60
        if e == 'clean':
            good = good and not fams and len(c.traps) >= 2
            ok_c += good
        else:
            good = good and fams == {e}
            if twins:
                with open(os.path.join(twins, i + '.txt'), encoding='utf-8') as f:
                    tt = f.read()
                tc = check_text(tt)
                a = [l for l in text.split('\n') if l.strip()]
                b = [l for l in tt.split('\n') if l.strip()]
                ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
                tgood = not tc.find and ndiff == 1
                if not tgood:
                    print(f'{i}: TWIN FAIL findings={tc.find} differing_paragraphs={ndiff}')
                good = good and tgood
            ok_s += good
        if not good:
            fail += 1
            print(f'{i}: FAIL expected={e} lines={n} found={c.find} traps={sorted(c.traps)}')
        elif verbose:
            print(f'{i}: ok {e} found={[x[0] for x in c.find]} traps={sorted(c.traps)}')
    ns = sum(1 for v in exp.values() if v != 'clean')
    nc = len(exp) - ns
    extra = ' (twins checked)' if twins else ''
    print(f'slips confirmed: {ok_s}/{ns} clean confirmed: {ok_c}/{nc} failures: {fail}{extra}')
    return 0 if fail == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
