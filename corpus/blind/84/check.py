#!/usr/bin/env python3
"""Independent re-reader for blind set 84 (does NOT import gen.py).

It parses each tNN.txt as text, re-derives every arithmetic relation it can
recognise (sums with 其中/分别为/由…构成/包括…两项/以上…合计, 加上…减去…总计,
收支相抵 balances, rates over stated figures, growth and 增减额 over two stated
years, counts of listed items, scores/subtotals/caps/grade bands, repeated
facts, prose-vs-table restatements and table arithmetic) and reports the
relations that fail.

usage: python3 check.py [-v] [--twins DIR]
"""
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
D = Decimal

# ------------------------------------------------------------------ lexing
NUM_RE = re.compile(r'(?<![\d.])(\d+(?:\.\d+)?)\s*(亿元|万元|元|%|分(?![钟别类配析解期档布为])|个(?!百分点)|项|家|所|人次|人|户|份|批次|宗|笔)')
OPEN, CLOSE = "（(", "）)"
DELIMS = "，。；：、,;:"
SCOPES = ["全县", "全市", "全区", "县本级", "市本级", "区本级"]
BUDGETS = ["一般公共预算", "政府性基金", "国有资本经营", "社会保险基金", "政府债务", "直达资金", "三公"]
FACT_SUFFIX = ("收入", "支出", "余额", "限额", "总计", "合计", "资金", "结余", "结转", "经费", "债券", "总量")
RATE_WORDS = r'(执行率|支出进度|分配进度|完成率|到位率|满意度|得分率|支出率)'
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def cn2int(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN[s[1]]
    if "十" in s:
        a, b = s.split("十")
        return CN[a] * 10 + (CN[b] if b else 0)
    return CN[s]


def norm_text(s):
    return re.sub(r'(?<=\d),(?=\d{3}(?!\d))', '', s)


def depths(s):
    out, d = [], 0
    for ch in s:
        if ch in OPEN:
            d += 1
            out.append(d)
        elif ch in CLOSE:
            out.append(d)
            d = max(0, d - 1)
        else:
            out.append(d)
    return out


def ulp_of(txt):
    return D(1).scaleb(-len(txt.split(".")[1])) if "." in txt else D(1)


def rhu(x, places):
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


class M:
    """a numeric mention"""
    __slots__ = ("val", "txt", "unit", "kind", "start", "end", "depth", "label", "ctx", "clause", "cls",
                 "sent", "line", "ulp", "wan", "wulp", "item_of", "scope", "bctx", "key", "nlabel")

    def __repr__(self):
        return f"<{self.label}|{self.txt}{self.unit}>"


def unit_kind(u):
    if u in ("亿元", "万元", "元"):
        return "amt"
    if u == "%":
        return "pct"
    if u == "分":
        return "score"
    return "cnt:" + u


def to_wan(v, u):
    return v * 10000 if u == "亿元" else (v / 10000 if u == "元" else v)


def back_label(s, dp, i, stop_at, skip_mentions=True):
    """text ending at i (exclusive) back to a delimiter / open bracket /
    previous mention end; digit-free bracket groups are kept in the label."""
    j = i - 1
    out = []
    while j >= 0 and j >= stop_at:
        ch = s[j]
        if ch in CLOSE:
            # find matching open
            k, depth = j - 1, 1
            while k >= 0 and depth:
                if s[k] in CLOSE:
                    depth += 1
                elif s[k] in OPEN:
                    depth -= 1
                k -= 1
            grp = s[k + 1:j + 1]
            if re.search(r'\d', grp) or k + 1 < stop_at:
                break
            out.append(grp[::-1])
            j = k
            continue
        if ch in OPEN or ch in DELIMS:
            break
        out.append(ch)
        j -= 1
    return "".join(out)[::-1].replace(" ", "").replace("\u3000", "")


def lab_class(lbl):
    if re.search(r'(增加|减少|增收|减收|增支|减支|多|少|下降了?|增长了?)$', lbl):
        return "delta"
    if re.search(r'上年(同期)?(决算数|执行数|完成数)?(为|的)?$', lbl) or re.search(r'由上年的?$', lbl):
        return "prior"
    if re.search(r'预算(数)?(为)?$', lbl) or lbl.endswith("预算安排"):
        return "budget"
    if re.search(r'(分值|满分)$', lbl):
        return "weight"
    return "main"


STRIP_LEAD = re.compile(r'^(其中|全年|累计|共计|共|实现|完成|总体看|经自评|另有|按项目分|从表\d看|1—6月|上半年|'
                        r'由|和|及|以及|包括|加上|减去|'
                        r'[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]|'
                        r'\d{4}年(度|底)?|截至\S*?日)')
STRIP_TAIL = re.compile(r'(为|达到|达|完成|实现|是|预计|决算数|执行数|完成数)$')


def norm_label(lbl):
    scope = None
    year = None
    prev = None
    m = re.match(r'^(\d{4})年', lbl)
    if m:
        year = m.group(1)
    while prev != lbl:
        prev = lbl
        lbl = STRIP_LEAD.sub("", lbl)
    for sc in SCOPES:
        if sc in lbl:
            scope = sc
            lbl = lbl.replace(sc, "")
    prev = None
    while prev != lbl:
        prev = lbl
        lbl = STRIP_TAIL.sub("", lbl)
    lbl = lbl.strip("“”\"")
    return lbl, scope, year


# ------------------------------------------------------------------ doc
class Finding:
    def __init__(self, fam, msg, line):
        self.fam, self.msg, self.line = fam, msg, line

    def __repr__(self):
        return f"{self.fam} (line {self.line}): {self.msg}"


def tol_equal(vals_ulps_target, target):
    """vals: list of (value, ulp) all in the same base; target (value, ulp);
    figures at the finest precision are exact, coarser ones rounded."""
    allu = [u for _, u in vals_ulps_target] + [target[1]]
    f = min(allu)
    tol = sum(u / 2 for u in allu if u > f)
    s = sum(v for v, _ in vals_ulps_target)
    return abs(s - target[0]) <= tol + D("1e-9"), s


def rate_ok(num, den, r, rplaces, extra=()):
    """num/den as (wan value, ulp); r stated percent"""
    if den[0] == 0:
        return num[0] == 0
    f = min(num[1], den[1])
    if num[1] == den[1]:
        return rhu(num[0] / den[0] * 100, rplaces) == r
    na = num[1] / 2 if num[1] > f else 0
    da = den[1] / 2 if den[1] > f else 0
    lo = (num[0] - na) / (den[0] + da) * 100
    hi = (num[0] + na) / (den[0] - da) * 100 if den[0] - da > 0 else D(10 ** 9)
    h = D(1).scaleb(-rplaces) / 2
    return not (hi < r - h or lo > r + h)


class Doc:
    def __init__(self, name, text):
        self.name = name
        self.lines = [norm_text(l.rstrip("\n")) for l in text.split("\n")]
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()
        self.findings = []
        self.traps = set()
        self.verified = {}
        self.mentions = []      # prose mentions
        self.tables = []
        m = re.search(r'(\d{4})年', self.lines[0])
        self.year = m.group(1) if m else None
        self.bands = None

    def ok(self, what):
        self.verified[what] = self.verified.get(what, 0) + 1

    def flag(self, fam, msg, line):
        self.findings.append(Finding(fam, msg, line + 1))

    # ---------------------------------------------------------- structure
    def is_table_line(self, l):
        if "\t" in l:
            return "tsv"
        if l.startswith("|"):
            return "pipe"
        if len(re.split(r' {2,}', l.strip())) >= 3:
            return "aligned"
        return None

    def split_blocks(self):
        i = 0
        self.prose_idx = []
        n = len(self.lines)
        while i < n:
            t = self.is_table_line(self.lines[i])
            if t:
                j = i
                while j < n and self.is_table_line(self.lines[j]) == t:
                    j += 1
                if t != "aligned" or (j - i >= 3 and sum(1 for k in range(i, j) if re.search(r'\d', self.lines[k])) >= 2):
                    self.tables.append(self.parse_table(i, j, t))
                    i = j
                    continue
            self.prose_idx.append(i)
            i += 1

    def parse_table(self, i, j, how):
        rows = []
        for k in range(i, j):
            l = self.lines[k]
            if how == "tsv":
                cells = l.split("\t")
            elif how == "pipe":
                if re.match(r'^\|[-|: ]+\|$', l):
                    continue
                cells = [c.strip(" ") for c in l.strip().strip("|").split("|")]
            else:
                lead = re.match(r'^ *', l).group(0)
                cells = re.split(r' {2,}', l.strip(" "))
                if lead:
                    cells = [""] + cells
            rows.append((k, cells))
        unit = "万元"
        for k in range(max(0, i - 2), i):
            m = re.search(r'单位：\s*(亿元|万元|元)', self.lines[k])
            if m:
                unit = m.group(1)
        return {"rows": rows, "unit": unit, "how": how, "start": i, "end": j}

    # ---------------------------------------------------------- mentions
    def lex_line(self, li):
        s = self.lines[li]
        dp = depths(s)
        # sentences
        sents = []
        st = 0
        for k, ch in enumerate(s):
            if ch == "。" and dp[k] == 0:
                sents.append((st, k + 1))
                st = k + 1
        if st < len(s):
            sents.append((st, len(s)))
        ms = []
        for si, (a, b) in enumerate(sents):
            prev_end = a
            for m in NUM_RE.finditer(s, a, b):
                x = M()
                x.txt, x.unit = m.group(1), m.group(2)
                x.val = D(x.txt)
                x.kind = unit_kind(x.unit)
                x.start, x.end = m.start(), m.end()
                x.depth = dp[m.start()]
                x.label = back_label(s, dp, m.start(), prev_end)
                x.ctx = back_label(s, dp, m.start(), a)
                # clause: back to , ; : 。 (not 、)
                k = m.start() - 1
                while k >= a and s[k] not in "，。；：,;:":
                    k -= 1
                x.clause = s[k + 1:m.start()]
                x.cls = lab_class(x.label) if x.kind != "pct" else "pct"
                x.sent = si
                x.line = li
                x.ulp = ulp_of(x.txt)
                if x.kind == "amt":
                    x.wan = to_wan(x.val, x.unit)
                    x.wulp = to_wan(x.ulp, x.unit)
                else:
                    x.wan, x.wulp = x.val, x.ulp
                x.item_of = None
                prev_end = m.end()
                ms.append(x)
        return s, dp, sents, ms

    # ---------------------------------------------------------- analysis
    def run(self):
        self.split_blocks()
        self.parse_bands()
        heading_scope = None
        heading_budget = None
        heading_year = None
        section = 0
        self.line_info = {}
        for li in self.prose_idx:
            l = self.lines[li]
            is_head = (len(l) <= 40 and not NUM_RE.search(l)) or re.match(r'^表\d', l)
            if is_head:
                section += 1
                for sc in SCOPES:
                    if sc in l:
                        heading_scope = sc
                for bk in BUDGETS:
                    if bk in l:
                        heading_budget = bk
                ym = re.search(r'(\d{4})年', l)
                heading_year = ym.group(1) if ym and li > 0 else heading_year
                if re.match(r'^[一二三四五六七八九十]+、', l):
                    if not any(sc in l for sc in SCOPES):
                        heading_scope = None
                    if not any(bk in l for bk in BUDGETS):
                        heading_budget = None
                    if not ym:
                        heading_year = None
            s, dp, sents, ms = self.lex_line(li)
            for x in ms:
                pre = s[:x.start]
                sc = [(pre.rfind(w), w) for w in SCOPES if pre.rfind(w) >= 0]
                x.scope = max(sc)[1] if sc else heading_scope
                bk = [(pre.rfind(w), w) for w in BUDGETS if pre.rfind(w) >= 0]
                x.bctx = max(bk)[1] if bk else heading_budget
            self.line_info[li] = (s, dp, sents, ms, section, heading_year)
            self.mentions += ms
        used = {x.scope for x in self.mentions if x.scope}
        if len(used) == 1:
            only = used.pop()
            for x in self.mentions:
                x.scope = x.scope or only
        for li in self.prose_idx:
            self.analyse_line(li)
        for li in self.prose_idx:
            self.rates_line(li)
        self.facts()
        for t in self.tables:
            self.check_table(t)
        self.table_text()
        self.detect_traps()

    # bands
    def parse_bands(self):
        txt = "\n".join(self.lines)
        b = {}
        for m in re.finditer(r'(\d+)分?（含）以上为[“"]?(优秀|良好|合格|不合格|基本合格|优|良|中|差)', txt):
            b[m.group(2)] = D(m.group(1))
        for m in re.finditer(r'(\d+)分?（含）(?:至|-|－|—|~)(\d+)分?为[“"]?(优秀|良好|合格|不合格|基本合格|优|良|中|差)', txt):
            b[m.group(3)] = D(m.group(1))
        for m in re.finditer(r'(\d+)分以下为[“"]?(优秀|良好|合格|不合格|基本合格|优|良|中|差)', txt):
            b[m.group(2)] = D(-1)
        for m in re.finditer(r'(优秀|良好|合格|不合格|基本合格|优|良|中|差)（(\d+)分及以上）', txt):
            b[m.group(1)] = D(m.group(2))
        for m in re.finditer(r'(优秀|良好|合格|不合格|基本合格|优|良|中|差)（(\d+)分至(\d+)分）', txt):
            b[m.group(1)] = D(m.group(2))
        for m in re.finditer(r'(优秀|良好|合格|不合格|基本合格|优|良|中|差)（(\d+)分以下）', txt):
            b[m.group(1)] = D(-1)
        self.bands = b or None

    def band_sentence(self, s, a, b):
        seg = s[a:b]
        return bool(re.search(r'(以上为|以下为|分至\d+分|及以上）|（含）)', seg))

    # ---------------------------------------------------------- line-level relations
    def analyse_line(self, li):
        s, dp, sents, ms, section, hy = self.line_info[li]
        for si, (a, b) in enumerate(sents):
            if self.band_sentence(s, a, b):
                for x in ms:
                    if x.sent == si:
                        x.cls = "band"
                continue
            sm = [x for x in ms if x.sent == si]
            self.lists_qizhong(li, s, dp, sents, si, sm, ms)
            self.lists_other(li, s, dp, si, a, b, sm)
            self.plus_minus(li, s, dp, si, a, b, sm)
            self.counts(li, s, a, b, sm)
            self.grades(li, s, a, b, sm)
            self.caps(li, s, sm)
        # balances need the items marked
        for si, (a, b) in enumerate(sents):
            sm = [x for x in ms if x.sent == si]
            self.balances(li, s, si, sm, section)

    def main_before(self, sm, pos, depth, kind, unit=None):
        c = [x for x in sm if x.start < pos and x.depth == depth and x.cls == "main" and x.kind == kind]
        return c[-1] if c else None

    def head_for(self, li, s, dp, sents, si, sm, ms, pos, depth, kind):
        if depth == 0:
            h = self.main_before(sm, pos, 0, kind)
            if h:
                return h
            for sj in range(si - 1, -1, -1):
                c = [x for x in ms if x.sent == sj and x.depth == 0 and x.cls == "main" and x.kind == kind]
                if c:
                    return c[0]
            if si == 0 and not s[:pos].strip():
                prev = [k for k in self.prose_idx if k < li]
                if prev:
                    c = [x for x in self.line_info[prev[-1]][3] if x.depth == 0 and x.cls == "main" and x.kind == kind]
                    if c:
                        return c[0]
            return None
        # bracket: mention right before the opening bracket
        k = pos
        while k >= 0 and not (s[k] in OPEN and dp[k] == depth):
            k -= 1
        c = [x for x in sm if x.end <= k and x.depth == depth - 1 and x.cls == "main" and x.kind == kind]
        return c[-1] if c else None

    def list_end(self, s, dp, pos, depth, limit, sm=()):
        k = pos
        while k < limit:
            ch = s[k]
            if dp[k] == depth and ch == "；" and sm:
                prev = [x for x in sm if pos < x.start < k and x.depth == depth and x.cls == "main" and x.kind != "pct"]
                nxt = re.match(r'^([^，。；：\d]{2,16}?)\s*\d', s[k + 1:limit])
                if prev and nxt and len(prev[-1].label) >= 2 and \
                        nxt.group(1).replace(" ", "")[-2:] == prev[-1].label[-2:]:
                    k += 1
                    continue
            if dp[k] == depth and ch in "；。":
                return k
            if depth > 0 and ch in CLOSE and dp[k] == depth:
                return k
            k += 1
        return limit

    def check_sum(self, li, head, items, exhaustive, what):
        kind = head.kind
        fam = {"amt": "sum.breakdown", "score": "score.total"}.get(kind, "count.mismatch")
        vals = [(x.wan, x.wulp) for x in items]
        ok, s = tol_equal(vals, (head.wan, head.wulp))
        if exhaustive:
            if not ok:
                self.flag(fam, f"{what}: {head.label}{head.txt}{head.unit} ≠ Σ{[x.txt + x.unit for x in items]} = {s}", li)
            else:
                self.ok("sum")
                self.ok_rel("sum", head, items)
        else:
            allu = [u for _, u in vals] + [head.wulp]
            tol = sum(u / 2 for u in allu if u > min(allu))
            if s > head.wan + tol:
                self.flag(fam, f"{what} (partial list exceeds total): {head.txt} < {s}", li)
            else:
                self.traps.add("list.single_part" if len(items) == 1 else "list.nonexhaustive")

    def ok_rel(self, kind, head, items):
        units = {x.unit for x in items} | {head.unit}
        if "亿元" in units and "万元" in units:
            self.traps.add("unit.mixed")
        if "元" in units and "万元" in units:
            self.traps.add("unit.yuan_cents")

    def lists_qizhong(self, li, s, dp, sents, si, sm, ms):
        a, b = sents[si]
        for m in re.finditer(r'其中', s[a:b]):
            k = a + m.start()
            d = dp[k]
            end = self.list_end(s, dp, k, d, b, sm)
            items_all = [x for x in sm if k < x.start < end and x.depth == d]
            intro_end = items_all[0].start if items_all else end
            intro = s[k:intro_end]
            by_kind = {}
            for x in items_all:
                if x.cls == "main" and x.kind != "pct":
                    by_kind.setdefault(x.kind, []).append(x)
            for kind, items in by_kind.items():
                head = self.head_for(li, s, dp, sents, si, sm, ms, k, d, kind)
                if not head:
                    continue
                for x in items:
                    x.item_of = head
                tail = s[items[-1].end:items[-1].end + 3]
                nonexh = bool(re.search(r'(主要|重点|部分|包括)', intro)) or tail.startswith("等") or \
                    tail.startswith("）等")
                if "分别为" in intro or "分别为" in s[k:end]:
                    pass
                if len(items) < 2:
                    if nonexh or True:
                        # a single named part: only partial check
                        self.check_sum(li, head, items, False, "其中(单项)")
                    continue
                if nonexh:
                    self.traps.add("list.nonexhaustive")
                self.check_sum(li, head, items, not nonexh, "其中")
                if d > 0 or any(x.depth > d for x in sm if k < x.start < end):
                    self.traps.add("list.nested")

    def lists_other(self, li, s, dp, si, a, b, sm):
        seg = s[a:b]
        # 分别为 after a head (not inside a 其中 list)
        for m in re.finditer(r'分别为', seg):
            k = a + m.start()
            d = dp[k]
            if "其中" in s[a:k]:
                continue
            end = self.list_end(s, dp, k, d, b)
            items = [x for x in sm if k < x.start < end and x.depth == d and x.cls == "main" and x.kind != "pct"]
            if len(items) < 2:
                continue
            head = self.main_before(sm, k, d, items[0].kind)
            if not head:
                continue
            for x in items:
                x.item_of = head
            self.check_sum(li, head, items, True, "分别为")
        # 由…构成
        for m in re.finditer(r'由([^。；]*?)构成', seg):
            k = a + m.start()
            e = a + m.end()
            items = [x for x in sm if k < x.start < e and x.depth == dp[k] and x.cls == "main" and x.kind != "pct"]
            if len(items) < 2:
                continue
            head = self.main_before(sm, k, dp[k], items[0].kind)
            if not head:
                continue
            for x in items:
                x.item_of = head
            self.check_sum(li, head, items, True, "由…构成")
        # 包括 … N项
        for m in re.finditer(r'包括([^。；]*?)([一二两三四五六七八九十]+)项', seg):
            k = a + m.start()
            e = a + m.end()
            items = [x for x in sm if k < x.start < e and x.depth == dp[k] and x.cls == "main" and x.kind != "pct"]
            n = cn2int(m.group(2))
            if items:
                head = self.main_before(sm, k, dp[k], items[0].kind)
                if len(items) != n:
                    self.flag("count.mismatch", f"包括…{m.group(2)}项 but {len(items)} listed", li)
                if head and len(items) >= 2:
                    for x in items:
                        x.item_of = head
                    self.check_sum(li, head, items, True, "包括…项")
        # 以上/上述/N个…合计 over preceding amounts
        for x in sm:
            if x.kind == "amt" and x.cls == "main" and "合计" in x.label and \
                    re.search(r'(以上|上述|[一二两三四五六七八九十]+(个|项))', x.label):
                prev = [y for y in sm if y.end <= x.start and y.depth == x.depth and y.cls == "main"
                        and y.kind == "amt" and y.item_of is None]
                cm = re.search(r'([一二两三四五六七八九十]+)(个|项)', x.label)
                if len(prev) >= 2:
                    ok, tot = tol_equal([(y.wan, y.wulp) for y in prev], (x.wan, x.wulp))
                    if not ok:
                        self.flag("sum.breakdown", f"合计 {x.txt} ≠ Σ preceding = {tot}", li)
                    if cm and cn2int(cm.group(1)) != len(prev):
                        self.flag("count.mismatch", f"{cm.group(0)} but {len(prev)} amounts listed", li)
                    for y in prev:
                        y.item_of = x
                    self.traps.add("list.named_subset_total")
                elif cm:
                    names = re.split(r'、', x.clause[:x.clause.find(cm.group(0))])
                    names = [n for n in names if n]
                    if len(names) >= 2 and cn2int(cm.group(1)) != len(names):
                        self.flag("count.mismatch", f"{cm.group(0)} but {len(names)} names", li)

    def plus_minus(self, li, s, dp, si, a, b, sm):
        for m in re.finditer(r'加上', s[a:b]):
            k = a + m.start()
            if dp[k] != 0:
                continue
            head = self.main_before(sm, k, 0, "amt")
            if not head:
                continue
            plus, minus, res = [], [], None
            sign = 1
            after = [x for x in sm if x.start > k and x.depth == 0 and x.kind == "amt"]
            for x in after:
                between = s[k:x.start]
                if re.search(r'(总计|合计|总量)$', x.label) or re.match(r'^(年末|年终)', x.label):
                    res = x
                    break
                if "减去" in x.clause or "减去" in x.label:
                    sign = -1
                (plus if sign > 0 else minus).append(x)
            if not res:
                continue
            between = s[k:res.start]
            if re.search(r'等[，,]', between) or not (plus or minus):
                self.traps.add("list.plus_without_amounts")
                continue
            fam = "balance.carryover" if re.search(r'(年末|年终|余额|结余|结转)', res.label) else "sum.breakdown"
            vals = [(x.wan, x.wulp) for x in plus] + [(-x.wan, x.wulp) for x in minus] + [(head.wan, head.wulp)]
            ok, tot = tol_equal(vals, (res.wan, res.wulp))
            for x in plus + minus:
                x.item_of = res
            res.cls = "result"
            if not ok:
                self.flag(fam, f"加上/减去: {head.txt} + {[x.txt for x in plus]} − {[x.txt for x in minus]} = {tot} ≠ {res.label}{res.txt}", li)
            else:
                if re.search(r'(上年结余|上年结转|年初)', " ".join(x.label for x in plus)) or \
                        "调入资金" in " ".join(x.label for x in plus):
                    self.traps.add("total.with_carryover")

    def counts(self, li, s, a, b, sm):
        seg = s[a:b]
        for m in re.finditer(r'(\d+)(个|项|家|所|类)([^，。；：\d]{0,10})[，：]?(?:分别为|分别是|即)：?([^。；]+)', seg):
            n = int(m.group(1))
            names = [t for t in re.split(r'[、]', m.group(4)) if t]
            if len(names) < 2:
                continue
            if re.search(r'\d', m.group(4)):
                continue
            nonexh = names[-1].endswith("等")
            if (nonexh and len(names) > n) or (not nonexh and len(names) != n):
                self.flag("count.mismatch", f"{m.group(1)}{m.group(2)}{m.group(3)} but {len(names)} names listed", li)
            else:
                self.ok("count.listed_names")

    def grades(self, li, s, a, b, sm):
        seg = s[a:b]
        gm = re.search(r'(等级|等次|评级)(为|是)?[“"]?(优秀|良好|基本合格|不合格|合格|优|良|中|差)[”"]', seg)
        if not gm:
            return
        sc = [x for x in sm if x.kind == "score" and x.start < a + gm.start() and re.search(r'(得分|总分|评分)$', x.label)]
        if not sc:
            return
        score = sc[0].val
        word = gm.group(3)
        bands = self.bands
        if not bands or word not in bands:
            bands = {"优": D(90), "良": D(80), "中": D(60), "差": D(-1)} if word in "优良中差" else \
                {"优秀": D(90), "良好": D(80), "合格": D(60), "不合格": D(-1)}
        exp = max(((lo, g) for g, lo in bands.items() if score >= lo), default=(None, None))[1]
        if exp != word:
            self.flag("grade.band", f"score {score} → {exp}, stated {word}", li)
        else:
            self.ok("grade.checked")
            if any(abs(score - lo) <= 2 for lo in bands.values() if lo > 0):
                self.traps.add("grade.near_edge")

    def caps(self, li, s, sm):
        for i, x in enumerate(sm):
            if x.kind == "score" and x.cls == "weight":
                nxt = [y for y in sm[i + 1:i + 3] if y.kind == "score" and y.label.endswith("得分")]
                if nxt and nxt[0].val > x.val:
                    self.flag("score.cap", f"得分 {nxt[0].val} > 分值 {x.val}", li)

    def section_lines(self, li, section):
        return [k for k in self.prose_idx if k <= li and self.line_info[k][4] == section]

    def latest(self, li, section, pred, before=None):
        best = None
        for k in self.section_lines(li, section):
            for x in self.line_info[k][3]:
                if k == li and before is not None and x.start >= before:
                    continue
                if pred(x):
                    best = x
        return best

    def balances(self, li, s, si, sm, section):
        for x in sm:
            if x.kind != "amt" or x.cls not in ("main",) or x.item_of is not None:
                continue
            lb = x.label
            if re.search(r'(结转下年|年终结余|年末结转和结余)$', lb):
                T = self.latest(li, section, lambda y: y.kind == "amt" and re.search(r'收入(总计|合计|总量)$', y.label)
                                and not y.label.startswith("本年"), x.start)
                W = self.latest(li, section, lambda y: y.kind == "amt" and re.search(r'支出(总计|合计|总量)$', y.label), x.start)
                if T and W:
                    ok, v = tol_equal([(T.wan, T.wulp), (-W.wan, W.wulp)], (x.wan, x.wulp))
                    if not ok:
                        self.flag("balance.carryover", f"{lb}{x.txt} ≠ {T.txt} − {W.txt} = {v}", li)
                    else:
                        self.ok("balance.checked")
            elif re.search(r'(当年|本年)收支(结余|缺口)$', lb):
                I = self.latest(li, section, lambda y: y.kind == "amt" and y.cls == "main" and y.item_of is None
                                and re.search(r'收入$', y.label), x.start)
                O = self.latest(li, section, lambda y: y.kind == "amt" and y.cls == "main" and y.item_of is None
                                and re.search(r'支出$', y.label), x.start)
                if I and O:
                    sg = -1 if lb.endswith("缺口") else 1
                    ok, v = tol_equal([(sg * I.wan, I.wulp), (-sg * O.wan, O.wulp)], (x.wan, x.wulp))
                    if not ok:
                        self.flag("balance.carryover", f"{lb}{x.txt} ≠ {I.txt} − {O.txt}", li)
            elif re.match(r'^(结余|结转|结存)(资金)?$', lb):
                first = [y for y in sm if y.kind == "amt" and y.cls == "main" and y.start < x.start]
                outs = [y for y in sm if y.kind == "amt" and y.start < x.start and re.search(r'(支出|支付|使用)', y.label)]
                if first and outs and first[0] is not outs[-1]:
                    ok, v = tol_equal([(first[0].wan, first[0].wulp), (-outs[-1].wan, outs[-1].wulp)], (x.wan, x.wulp))
                    if not ok:
                        self.flag("balance.carryover", f"结余 {x.txt} ≠ {first[0].txt} − {outs[-1].txt}", li)
                    else:
                        self.ok("balance.checked")

    # ---------------------------------------------------------- rates
    def walk_back(self, sm, pos):
        """returns (A, P, Dd) walking back from pos over amounts"""
        P = Dd = None
        for y in reversed([y for y in sm if y.end <= pos and y.kind == "amt"]):
            if y.cls == "delta":
                Dd = Dd or y
                continue
            if y.cls == "budget":
                continue
            if y.cls == "prior":
                if P is None:
                    P = y
                continue
            return y, P, Dd
        return None, P, Dd

    def rates_line(self, li):
        s, dp, sents, ms, section, hy = self.line_info[li]
        for si, (a, b) in enumerate(sents):
            sm = [x for x in ms if x.sent == si]
            for x in sm:
                if x.kind == "pct":
                    self.one_rate(li, s, sm, x)
                elif x.kind == "amt" and x.cls == "delta":
                    A, P, _ = self.walk_back(sm, x.start)
                    if A is None or P is None:
                        continue
                    word = re.search(r'(增加|减少|增收|减收|增支|减支|多|少)$', x.label)
                    if not word:
                        continue
                    diff = A.wan - P.wan
                    up = word.group(1) in ("增加", "增收", "增支", "多")
                    ok, v = tol_equal([(A.wan, A.wulp), (-P.wan, P.wulp)], ((x.wan if up else -x.wan), x.wulp))
                    if not ok:
                        self.flag("change", f"{x.label}{x.txt} but {A.txt} − {P.txt} = {diff}", li)
                    else:
                        self.ok("change.checked")
                        if diff < 0:
                            self.traps.add("change.decline")

    def one_rate(self, li, s, sm, x):
        ctx = x.ctx
        r, rp = x.val, len(x.txt.split(".")[1]) if "." in x.txt else 0
        before = [y for y in sm if y.end <= x.start]
        # budget completion
        m = re.search(r'(年初|调整|全年)?预算(?:数)?(\d+(?:\.\d+)?(?:亿元|万元))?的$', ctx)
        if m and not re.search(r'(增长|下降|占)', ctx):
            kind = m.group(1)
            if m.group(2):
                den = [y for y in before if y.kind == "amt"][-1]
            else:
                cands = [y for y in before if y.kind == "amt" and y.cls == "budget" and (not kind or kind in y.label)]
                if not cands:
                    return
                den = cands[-1]
            nums = [y for y in before if y.kind == "amt" and y.cls == "main"]
            if not nums:
                return
            num = nums[-1]
            self.check_rate(li, num, den, x, r, rp, "完成预算")
            if kind and re.search(r'(年初|调整)', " ".join(y.label for y in before if y.cls == "budget")) and \
                    len([y for y in before if y.cls == "budget"]) >= 2:
                self.traps.add("rate.two_budgets")
            return
        if re.search(r'(同口径|可比口径)', x.clause):
            self.traps.add("rate.same_basis")
            return
        gm = re.search(r'(增长|下降)$', ctx)
        if gm:
            A, P, _ = self.walk_back(sm, x.start)
            if A is None or P is None:
                return
            g = (A.wan - P.wan) / P.wan * 100
            if gm.group(1) == "下降":
                g = -g
                self.traps.add("change.decline")
            self.check_rate(li, (A.wan - P.wan if gm.group(1) == "增长" else P.wan - A.wan, max(A.wulp, P.wulp)),
                            (P.wan, P.wulp), x, r, rp, "增长率", raw=(A, P))
            return
        sm_ = re.search(r'^(.*?)占(.+?)的(?:比重)?(?:为)?$', ctx)
        if sm_:
            X, Y = sm_.group(1), sm_.group(2)
            num = None
            if X:
                c = [y for y in before if y.kind == "amt" and norm_label(y.label)[0] == norm_label(X)[0]]
                num = c[-1] if c else self.find_label(X, x)
            if num is None:
                c = [y for y in before if y.kind == "amt" and y.cls == "main"]
                num = c[-1] if c else None
            den = self.find_label(Y, x)
            if num is None or den is None or den is num:
                return
            self.check_rate(li, num, den, x, r, rp, "占比")
            return
        pm = re.search(r'^(.*?)占比$', ctx)
        if pm:
            X = pm.group(1)
            c = [y for y in self.line_info[li][3] if y.kind == "amt" and y.start < x.start and
                 (norm_label(y.label)[0] == norm_label(X)[0] if X else True)]
            if not c or c[-1].item_of is None:
                return
            self.check_rate(li, c[-1], c[-1].item_of, x, r, rp, "占比")
            return
        rm = re.search(RATE_WORDS + r'(为|达|达到)?$', ctx)
        if rm:
            nums = [y for y in before if y.kind != "pct" and y.cls in ("main",) and y.label != ""]
            if not nums:
                return
            num = nums[-1]
            cands = [y for y in before if y.kind == num.kind and y is not num and y.start < num.start
                     and y.cls in ("main", "budget", "weight", "result")]
            if rm.group(1) == "得分率":
                cands = [y for y in before if y.kind == "score" and y.cls == "weight"]
            if not cands:
                return
            if any(rate_ok((num.wan, num.wulp), (c.wan, c.wulp), r, rp) for c in cands):
                self.ok("rate.checked")
                if num.wan == 0 and any(c.wan == 0 for c in cands):
                    self.traps.add("zero.zero_over_zero")
                if len(cands) > 1:
                    self.traps.add("rate.denominator_choice")
                if rm.group(1) == "得分率":
                    self.traps.add("score.rate_vs_score")
            else:
                self.flag("rate.ratio", f"{rm.group(1)} {x.txt}% ≠ {num.txt}/{[c.txt for c in cands]}", li)

    def find_label(self, Y, x):
        ly, sy, _ = norm_label(Y)
        sy = sy or x.scope
        best = None
        for y in self.mentions:
            if y.kind != "amt" or y.cls not in ("main", "result"):
                continue
            if (y.line, y.start) >= (x.line, x.start):
                break
            ln, lsc, _ = norm_label(y.label)
            if ln == ly and (lsc or y.scope) == sy:
                best = y
        if best is None:
            for y in self.mentions:
                if (y.line, y.start) >= (x.line, x.start):
                    break
                if y.kind == "amt" and y.cls in ("main", "result") and norm_label(y.label)[0] == ly:
                    best = y
        return best

    def check_rate(self, li, num, den, x, r, rp, what, raw=None):
        n = (num.wan, num.wulp) if isinstance(num, M) else num
        d = (den.wan, den.wulp) if isinstance(den, M) else den
        if rate_ok(n, d, r, rp):
            self.ok("rate.checked")
            if d[0] == 0:
                self.traps.add("zero.zero_over_zero")
            if n[1] != d[1]:
                self.traps.add("unit.mixed")
            if r > 100 and what != "增长率":
                self.traps.add("rate.over100")
            if n[1] == d[1] and d[0] != 0:
                exact = n[0] / d[0] * 100
                t = exact * D(10) ** (rp + 1)
                if t == t.to_integral_value() and int(t) % 10 == 5 and \
                        exact.quantize(D(1).scaleb(-rp), rounding="ROUND_HALF_EVEN") != r:
                    self.traps.add("rate.halfup")
        else:
            fam = "rate.ratio"
            self.flag(fam, f"{what}: {x.txt}% ≠ {n[0]}/{d[0]}", li)

    # ---------------------------------------------------------- facts
    def facts(self):
        keys = {}
        for x in self.mentions:
            if x.kind != "amt" or x.cls not in ("main", "result"):
                continue
            lbl, sc, yr = norm_label(x.label)
            if len(lbl) < 4 or not lbl.endswith(FACT_SUFFIX):
                continue
            hy = self.line_info[x.line][5]
            yr = yr if yr and yr != self.year else (hy if hy and hy != self.year else None)
            head = norm_label(x.item_of.label)[0] if x.item_of is not None and x.item_of.cls != "result" else ""
            key = (x.bctx, sc or x.scope, yr, head, lbl)
            keys.setdefault(key, []).append(x)
        for key, xs in keys.items():
            for i in range(1, len(xs)):
                a, b = xs[0], xs[i]
                if a.wan == b.wan:
                    self.ok("fact")
                    self.traps.add("fact.restated")
                    continue
                ok, _ = tol_equal([(a.wan, a.wulp)], (b.wan, b.wulp))
                if ok:
                    self.traps.add("fact.restated")
                    if a.unit != b.unit:
                        self.traps.add("unit.mixed")
                    continue
                if a.txt.replace(".", "") == b.txt.replace(".", "") and {a.unit, b.unit} == {"万元", "元"}:
                    self.flag("unit.magnitude", f"{key[-1]}: {a.txt}{a.unit} vs {b.txt}{b.unit}", b.line)
                else:
                    self.flag("fact.conflict", f"{key[-1]} ({key[1]}): {a.txt}{a.unit} vs {b.txt}{b.unit}", b.line)
                break

    # ---------------------------------------------------------- tables
    def cellnum(self, c):
        c = c.strip().replace(",", "")
        if re.fullmatch(r'-?\d+(\.\d+)?', c):
            return D(c)
        return None

    def table_struct(self, t):
        rows = t["rows"]
        hdr = rows[0][1]
        body = []
        for li, cells in rows[1:]:
            labels = []
            nums = []
            for c in cells:
                v = self.cellnum(c)
                if v is None and not nums:
                    labels.append(c)
                else:
                    nums.append((c, v))
            raw = [c for c in labels]
            lab = "".join(c.strip(" ") for c in labels)
            lvl = 1 if (labels and labels[0].startswith("\u3000")) else 0
            subset = "其中" in lab
            sub = any(c.strip() == "小计" for c in labels) or lab.endswith("小计")
            total = bool(re.search(r'(合计|总计)$', lab)) and not sub
            name = re.sub(r'^[\u3000 ]+', "", lab)
            name = re.sub(r'^(其中：|其中)', "", name)
            name = re.sub(r'^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．])', "", name)
            name = re.sub(r'小计$', "", name)
            body.append(dict(line=li, cells=cells, labels=raw, nums=nums, name=name, lvl=lvl, subset=subset,
                             sub=sub, total=total))
        return hdr, body

    def col_index(self, hdr, pat, exclude=None):
        for j, h in enumerate(hdr):
            if re.search(pat, h) and not (exclude and re.search(exclude, h)):
                return j
        return None

    def cell(self, row, hdr, j):
        """value at header column j (positional when the row is complete,
        right-aligned otherwise)"""
        nlab = len(hdr) - len(row["nums"])
        if len(row["labels"]) + len(row["nums"]) == len(hdr):
            k = j - len(row["labels"])
        else:
            k = j - nlab
        if 0 <= k < len(row["nums"]):
            return row["nums"][k][1]
        return None

    def check_table(self, t):
        hdr, body = self.table_struct(t)
        li0 = t["start"]
        is_score = any("得分" in h for h in hdr) and any(re.search(r'(分值|权重)', h) for h in hdr)
        numcols = [j for j, h in enumerate(hdr) if j > 0 and not re.search(r'(%|率|增长|目标值|实际值)', h)
                   and not re.search(r'(一级|二级|三级)指标', h)]
        fam = "score.total" if is_score else "sum.breakdown"
        if is_score:
            jw = self.col_index(hdr, r'(分值|权重)')
            js = self.col_index(hdr, r'得分')
            for r in body:
                nums = [v for c, v in r["nums"] if v is not None]
                if len(nums) >= 2:
                    w, s_ = nums[0], nums[-1]
                    if s_ > w:
                        self.flag("score.cap", f"table row {r['name']}: 得分 {s_} > 分值 {w}", r["line"])
            getv = lambda r, j: ([v for c, v in r["nums"] if v is not None] or [None])[0 if j == jw else -1]
            numcols = [jw, js]
        else:
            getv = lambda r, j: self.cell(r, hdr, j)
        for j in numcols:
            self.table_sums(t, body, j, getv, fam)
        if not is_score:
            self.table_rows(t, hdr, body)
            self.table_vertical(t, hdr, body)
        self.traps_table(hdr, body)

    def table_sums(self, t, body, j, getv, fam):
        data = [r for r in body if not r["total"]]
        subs = [i for i, r in enumerate(data) if r["sub"]]
        groups = []
        if subs:
            first_sub_first = subs[0] == 0
            if first_sub_first:
                for n, i in enumerate(subs):
                    e = subs[n + 1] if n + 1 < len(subs) else len(data)
                    groups.append((data[i], [r for r in data[i + 1:e] if not r["subset"]]))
            else:
                st = 0
                for i in subs:
                    groups.append((data[i], [r for r in data[st:i] if not r["subset"]]))
                    st = i + 1
            tops = [data[i] for i in subs]
        else:
            tops = [r for r in data if r["lvl"] == 0 and not r["subset"]]
            # indented exhaustive children
            cur = None
            kids = {}
            for r in data:
                if r["lvl"] == 0 and not r["subset"]:
                    cur = r
                elif r["lvl"] == 1 and not r["subset"] and cur is not None:
                    kids.setdefault(id(cur), (cur, []))[1].append(r)
            groups = list(kids.values())
            if len(tops) == len(data) and not groups:
                pass
        for parent, parts in groups:
            pv = getv(parent, j)
            vs = [getv(r, j) for r in parts]
            if pv is None or not parts or any(v is None for v in vs):
                continue
            if sum(vs) != pv:
                self.flag(fam, f"table {parent['name'] or '小计'} col{j}: {pv} ≠ Σ {sum(vs)}", parent["line"])
        # subset rows ≤ parent
        prev = None
        for r in data:
            if r["subset"] and prev is not None:
                a_, b_ = getv(r, j), getv(prev, j)
                if a_ is not None and b_ is not None and a_ > b_:
                    self.flag(fam, f"table subset {r['name']} > {prev['name']}", r["line"])
            elif not r["subset"]:
                prev = r
        for r in body:
            if r["total"]:
                tv = getv(r, j)
                vs = [getv(x, j) for x in tops]
                if tv is None or any(v is None for v in vs) or not vs:
                    continue
                if sum(vs) != tv:
                    self.flag(fam, f"table 合计 col{j}: {tv} ≠ Σ {sum(vs)}", r["line"])

    def table_rows(self, t, hdr, body):
        jc = self.col_index(hdr, r'(决算数|执行数|完成数|^决算|^执行)', r'(上年|%)')
        jp = self.col_index(hdr, r'上年')
        jr = self.col_index(hdr, r'(预算|执行率).*%|%.*预算')
        jg = self.col_index(hdr, r'(增长|增减).*%|^增长')
        jb = None
        if jr is not None:
            h = hdr[jr]
            kind = "调整" if "调整" in h else ("年初" if "年初" in h else None)
            for j, hh in enumerate(hdr):
                if "预算" in hh and "%" not in hh and (kind is None or kind in hh):
                    jb = j
        jtot = self.col_index(hdr, r'^(合计|小计|总计)$')
        jo = self.col_index(hdr, r'年初')
        ji = self.col_index(hdr, r'收入')
        je = self.col_index(hdr, r'支出')
        jend = self.col_index(hdr, r'年末')
        jbal = self.col_index(hdr, r'收支结余')
        for r in body:
            g = lambda j: self.cell(r, hdr, j) if j is not None else None
            if jr is not None and jb is not None and jc is not None:
                c_, b_, rr = g(jc), g(jb), g(jr)
                if None not in (c_, b_, rr) and b_ != 0:
                    rp = len(str(rr).split(".")[1]) if "." in str(rr) else 0
                    if rhu(c_ / b_ * 100, rp) != rr:
                        self.flag("rate.ratio", f"table {r['name']} {hdr[jr]} {rr} ≠ {c_}/{b_}", r["line"])
                    elif rr > 100:
                        self.traps.add("rate.over100")
            if jg is not None and jp is not None and jc is not None:
                c_, p_, gg = g(jc), g(jp), g(jg)
                if None not in (c_, p_, gg) and p_ != 0:
                    rp = len(str(gg).split(".")[1]) if "." in str(gg) else 0
                    if rhu((c_ - p_) / p_ * 100, rp) != gg:
                        self.flag("rate.ratio", f"table {r['name']} growth {gg} ≠ ({c_}-{p_})/{p_}", r["line"])
                elif gg is None and any(c.strip() == "—" for c in r["cells"]):
                    self.traps.add("table.no_prior")
            if jtot is not None:
                vals = [self.cell(r, hdr, j) for j in range(1, len(hdr)) if j != jtot]
                tv = g(jtot)
                if tv is not None and all(v is not None for v in vals) and sum(vals) != tv:
                    self.flag("sum.breakdown", f"table row {r['name']} 合计 {tv} ≠ Σ {sum(vals)}", r["line"])
            if None not in (jo, ji, je, jend):
                o, i_, e_, z = g(jo), g(ji), g(je), g(jend)
                if None not in (o, i_, e_, z) and o + i_ - e_ != z:
                    self.flag("balance.carryover", f"table {r['name']}: {o}+{i_}-{e_} ≠ {z}", r["line"])
            if None not in (ji, je, jbal):
                i_, e_, z = g(ji), g(je), g(jbal)
                if None not in (i_, e_, z) and i_ - e_ != z:
                    self.flag("balance.carryover", f"table {r['name']}: {i_}-{e_} ≠ 结余 {z}", r["line"])

    def table_vertical(self, t, hdr, body):
        st = [r for r in body if r["name"].startswith("年初")]
        en = [r for r in body if r["name"].startswith("年末")]
        if not st or not en:
            return
        plus = [r for r in body if re.search(r'(新增|再融资|转贷|发行)', r["name"])]
        minus = [r for r in body if re.search(r'(偿还|还本)', r["name"]) and "付息" not in r["name"]]
        for j in range(1, len(hdr)):
            a = self.cell(st[0], hdr, j)
            z = self.cell(en[0], hdr, j)
            ps = [self.cell(r, hdr, j) for r in plus]
            ms_ = [self.cell(r, hdr, j) for r in minus]
            if None in [a, z] + ps + ms_:
                continue
            if a + sum(ps) - sum(ms_) != z:
                self.flag("balance.carryover", f"table col {hdr[j]}: 年初+新增−偿还 ≠ 年末", en[0]["line"])
        if any("利息" in r["name"] or "付息" in r["name"] for r in body):
            self.traps.add("table.interest_row")

    def traps_table(self, hdr, body):
        if sum(1 for r in body if r["sub"]) >= 2:
            self.traps.add("table.subtotal_first")
        if any(r["subset"] for r in body):
            self.traps.add("table.subset_rows")
        if any(re.search(r'(目标值|实际值)', h) for h in hdr):
            self.traps.add("table.target_percent_cells")

    def table_text(self):
        rows = {}
        score_rows = {}
        score_total = None
        for t in self.tables:
            hdr, body = self.table_struct(t)
            if any("得分" in h for h in hdr):
                for r in body:
                    nums = [v for c, v in r["nums"] if v is not None]
                    if len(nums) >= 2:
                        if r["total"]:
                            score_total = nums[-1]
                        elif r["name"]:
                            score_rows[r["name"]] = nums[-1]
                continue
            for r in body:
                if r["name"]:
                    vals = [to_wan(v, t["unit"]) for c, v in r["nums"] if v is not None]
                    pcts = [abs(self.cell(r, hdr, j)) for j, h in enumerate(hdr)
                            if re.search(r'(%|率|增长)', h) and self.cell(r, hdr, j) is not None]
                    cols = {h: to_wan(self.cell(r, hdr, j), t["unit"]) for j, h in enumerate(hdr)
                            if j > 0 and self.cell(r, hdr, j) is not None and not re.search(r'(%|率|增长)', h)}
                    rows.setdefault(r["name"], []).append((vals, to_wan(D(1), t["unit"]), pcts, cols))
        for x in self.mentions:
            if x.kind == "score" and x.cls == "main":
                if score_total is not None and re.search(r'(自评得分|综合绩效得分|总得分|综合得分)$', x.label):
                    if x.val != score_total:
                        self.flag("table.text", f"prose total score {x.txt} ≠ table 合计 {score_total}", x.line)
                    else:
                        self.traps.add("table.prose_restated")
                m = re.match(r'^(.+?)指标得分$', norm_label(x.label)[0])
                if m and m.group(1) in score_rows:
                    if x.val != score_rows[m.group(1)]:
                        self.flag("table.text", f"prose {m.group(0)} {x.txt} ≠ table {score_rows[m.group(1)]}", x.line)
                    else:
                        self.traps.add("table.prose_restated")
        if not rows:
            return
        for x in self.mentions:
            if x.kind != "amt" or x.cls != "main":
                continue
            lbl = norm_label(x.label)[0]
            col = None
            if lbl not in rows:
                m = re.match(r'^(.+?)(收入|支出)$', lbl)
                if m and m.group(1) in rows:
                    lbl, col = m.group(1), m.group(2)
                else:
                    continue
            ok = False
            for vals, u, pcts, cols in rows[lbl]:
                cand = vals if col is None else [v for h, v in cols.items() if col in h]
                for v in cand:
                    if tol_equal([(v, u)], (x.wan, x.wulp))[0]:
                        ok = True
            if ok:
                self.traps.add("table.prose_restated")
                if x.unit != "万元" or any(u != 1 for _, u, _, _ in rows[lbl]):
                    self.traps.add("unit.mixed")
            else:
                self.flag("table.text", f"prose {lbl} {x.txt}{x.unit} not in table row {lbl}", x.line)
                continue
            if col is not None:
                continue
            # percentages restated in the same clause chain
            sm = [y for y in self.line_info[x.line][3] if y.sent == x.sent]
            nxt = [y for y in sm if y.start > x.start and y.kind == "amt"]
            stop = nxt[0].start if nxt else 10 ** 9
            for y in sm:
                if y.kind == "pct" and x.start < y.start < stop and re.search(r'(预算的|增长|下降)$', y.ctx) \
                        and not re.search(r'(同口径|可比口径)', y.clause):
                    allp = [p for _, _, pcts, _ in rows[lbl] for p in pcts]
                    if allp and y.val not in allp:
                        self.flag("table.text", f"prose {lbl} rate {y.txt}% not in table row {allp}", x.line)
                    elif allp:
                        self.traps.add("table.prose_restated")

    # ---------------------------------------------------------- traps (visible features)
    def detect_traps(self):
        txt = "\n".join(self.lines)
        T = self.traps
        if re.search(r'(万元|亿元|%)等[，。；]', txt) or re.search(r'主要(税种|支出科目|用于)', txt):
            T.add("list.nonexhaustive")
        if "主要税种" in txt:
            T.add("list.main_taxes")
        if re.search(r'其中[^。]*?（其中', txt) or re.search(r'加上[^。]*?（其中', txt):
            T.add("list.nested")
        if re.search(r'(同口径|可比口径)', txt):
            T.add("rate.same_basis")
        if re.search(r'收入总计[^。]*', txt) and re.search(r'(上年结余|年初结转和结余)', txt):
            T.add("total.with_carryover")
        scopes = {w for w in SCOPES if w in txt}
        if len(scopes) >= 2 and any("本级" in w for w in scopes):
            T.add("scope.same_label")
        if re.search(r'\d+\.\d{2}\s*元', txt) and re.search(r'万元', txt):
            T.add("unit.yuan_cents")
        if re.search(r'\d\s*人次', txt) and re.search(r'\d\s*人(?!次)', txt):
            T.add("count.person_vs_times")
        if re.search(r'\d\s*批次', txt) and re.search(r'\d\s*人次', txt):
            T.add("count.batch_vs_times")
        if re.search(r'\d\s*户', txt) and re.search(r'\d\s*人(?!次)', txt):
            T.add("count.household_vs_person")
        if re.search(r'(费用|支出)未发生', txt):
            T.add("zero.not_incurred")
        if "得分率" in txt:
            T.add("score.rate_vs_score")
        if "个百分点" in txt:
            T.add("rate.points")
        if re.search(r'(支付利息|付息)', txt) and re.search(r'(偿还本金|还本)', txt):
            T.add("debt.principal_vs_service")
        if "限额" in txt and "余额" in txt:
            T.add("debt.limit_vs_balance")
        # pairs of 项目支出 under different heads
        heads = {}
        for x in self.mentions:
            if x.kind == "amt" and x.item_of is not None and x.item_of.cls != "result":
                heads.setdefault(norm_label(x.label)[0], {})[norm_label(x.item_of.label)[0]] = x.wan
        if any(len(v) > 1 and len(set(v.values())) > 1 for v in heads.values()):
            T.add("scope.same_label")
        for t in self.tables:
            hdr, body = self.table_struct(t)
            ji = self.col_index(hdr, r'收入')
            je = self.col_index(hdr, r'支出')
            if ji is not None and je is not None:
                for r in body:
                    a_, b_ = self.cell(r, hdr, ji), self.cell(r, hdr, je)
                    if a_ is not None and b_ is not None and a_ < b_:
                        T.add("balance.negative_year")


# ------------------------------------------------------------------ main
def analyse(path):
    with open(path, encoding="utf-8") as fh:
        d = Doc(os.path.basename(path), fh.read())
    d.run()
    return d


SIGNIFICANT_TRAPS = None   # every detected trap kind counts


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    twins = None
    if "--twins" in args:
        twins = args[args.index("--twins") + 1]
    exp = {}
    with open(os.path.join(HERE, "expect.tsv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            p = line.rstrip("\n").split("\t")
            exp[p[0]] = p[1]
    sc = cc = fail = 0
    nslip = sum(1 for v in exp.values() if v != "clean")
    nclean = len(exp) - nslip
    for tid in sorted(exp):
        d = analyse(os.path.join(HERE, tid + ".txt"))
        fams = [f.fam for f in d.findings]
        e = exp[tid]
        nlines = len(d.lines)
        if not 15 <= nlines <= 60:
            print(f"{tid}: FAIL line count {nlines}")
            fail += 1
            continue
        if e == "clean":
            traps = sorted(d.traps)
            ok = not fams and len(traps) >= 2
            cc += ok
            if not ok:
                fail += 1
            if verbose or not ok:
                print(f"{tid} clean {'ok' if ok else 'FAIL'} findings={d.findings} traps={traps}")
        else:
            ok = fams == [e]
            sc += ok
            if not ok:
                fail += 1
            if verbose or not ok:
                print(f"{tid} {e} {'ok' if ok else 'FAIL'} findings={d.findings}")
    print(f"slips confirmed: {sc}/{nslip} clean confirmed: {cc}/{nclean} failures: {fail}")
    if twins:
        tc = tf = 0
        for tid in sorted(exp):
            if exp[tid] == "clean":
                continue
            p = os.path.join(twins, tid + ".txt")
            if not os.path.exists(p):
                print(f"twin {tid}: missing")
                tf += 1
                continue
            d = analyse(p)
            a = open(os.path.join(HERE, tid + ".txt"), encoding="utf-8").read().split("\n")
            b = open(p, encoding="utf-8").read().split("\n")
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            ok = not d.findings and ndiff == 1
            tc += ok
            if not ok:
                tf += 1
            if verbose or not ok:
                print(f"twin {tid}: {'ok' if ok else 'FAIL'} findings={d.findings} differing paragraphs={ndiff}")
        print(f"twins confirmed: {tc}/{nslip} failures: {tf}")
        fail += tf
    return 0 if fail == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
