#!/usr/bin/env python3
"""check.py -- independent re-reader of blind set 89.

Does NOT import gen.py.  It reads each tNN.txt as text, recognises tables and the
genre's arithmetic phrasings, re-derives every relation it can, and reports
findings by slip family.  It also looks for the trap kinds that a clean document
must visibly hold.

    python3 check.py               # checks t01..t40 against expect.tsv
    python3 check.py -v            # also prints findings / traps per document
    python3 check.py --twins DIR   # also checks the twins written by gen.py --twins DIR
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
UNITS = r"万元|亿元|人次|场次|批次|元|%|家|项|个|户|人|份|件|场|批|分|次|起"
TOK = re.compile(rf"(?<![\d.])({NUM})\s*({UNITS})?")
MONEY = {"万元": D(1), "亿元": D(10000)}
COUNTU = {"家", "项", "个", "户", "人次", "人", "份", "件", "场", "场次", "批次", "次", "起"}
GRADES = r"优秀|良好|基本合格|不合格|合格|优|良|中|差"


def dec(s):
    return D(s.replace(",", ""))


def q(x, n):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def ndec(s):
    return len(s.split(".")[1]) if "." in s else 0


class Tok:
    __slots__ = ("v", "u", "s", "e", "raw")

    def __init__(self, m, base=0):
        self.raw = m.group(1)
        self.v = dec(m.group(1))
        self.u = m.group(2)
        self.s = m.start() + base
        self.e = m.end() + base

    def wan(self):
        return self.v * MONEY[self.u] if self.u in MONEY else None

    def __repr__(self):
        return f"{self.raw}{self.u or ''}"


def toks(text, base=0):
    out = []
    for m in TOK.finditer(text):
        # skip digits glued to Chinese date / document-number contexts
        after = text[m.end(1):m.end(1) + 1]
        if m.group(2) is None and after in "年月日号届":
            continue
        out.append(Tok(m, base))
    return out


def uclass(u):
    if u in MONEY:
        return "money"
    if u in COUNTU:
        return "count:" + u
    if u == "分":
        return "score"
    return None


def fam_of(cls):
    if cls == "money":
        return "sum.breakdown"
    if cls == "score":
        return "score.total"
    return "count.mismatch"


# ----------------------------------------------------------------- tables
def row_kind(line):
    s = line.strip()
    if s.startswith("|") and s.count("|") >= 3:
        return "pipe"
    if s.count("｜") >= 2:
        return "full"
    if "\t" in s:
        return "tab"
    if "。" not in s and re.match(r"^[^：；。]+：[^；]*(；[^：；]+：[^；]*){2,}$", s):
        return "kv"
    if "。" not in s and len(re.split(r" {2,}", s)) >= 3:
        return "space"
    return None


def split_row(line, kind):
    s = line.strip()
    if kind == "pipe":
        return [c.strip() for c in s.strip("|").split("|")]
    if kind == "full":
        return [c.strip() for c in s.split("｜")]
    if kind == "tab":
        return [c.strip() for c in s.split("\t")]
    if kind == "space":
        return [c.strip() for c in re.split(r" {2,}", s)]
    if kind == "kv":
        return [tuple(p.split("：", 1)) for p in s.split("；")]
    return None


class Table:
    def __init__(self, start, header, rows, lines):
        self.start = start
        self.header = header
        self.rows = rows            # list of lists of str (same length as header)
        self.lines = lines          # line index of each row

    def col(self, pat):
        for j, h in enumerate(self.header):
            if re.search(pat, h):
                return j
        return None


def find_tables(lines):
    tables = []
    i = 0
    while i < len(lines):
        k = row_kind(lines[i])
        if not k:
            i += 1
            continue
        j = i
        block = []
        while j < len(lines) and row_kind(lines[j]) == k:
            block.append(j)
            j += 1
        if k == "kv":
            parsed = [split_row(lines[x], k) for x in block]
            keys = [p[0] for p in parsed[0]]
            rows, idx = [], []
            for x, p in zip(block, parsed):
                dct = dict(p)
                rows.append([dct.get(kk, "") for kk in keys])
                idx.append(x)
            if len(rows) >= 2:
                tables.append(Table(block[0], keys, rows, idx))
        else:
            cells = [(x, split_row(lines[x], k)) for x in block]
            cells = [(x, c) for x, c in cells if not all(re.fullmatch(r"-+", y) for y in c if y)]
            if len(cells) >= 3:
                header = cells[0][1]
                rows = [c for x, c in cells[1:]]
                idx = [x for x, c in cells[1:]]
                w = len(header)
                rows = [r + [""] * (w - len(r)) for r in rows]
                tables.append(Table(block[0], header, rows, idx))
        i = j
    return tables


CELL = re.compile(rf"^[≥≤<>＞＜=]?\s*({NUM})\s*(万元/家|万元|亿元|%|家|项|个|户|人次|人|份|件|场|起|次|分)?$")


def cell_num(c):
    c = c.strip()
    m = CELL.match(c)
    if not m:
        return None
    return dec(m.group(1)), m.group(2)


def is_total(label):
    return label.strip() in ("合计", "总计", "小计", "总分")


def row_label(r):
    for c in r:
        if c and c not in ("—",) and cell_num(c) is None:
            return c
    return ""


def col_class(h, table_money):
    if re.search(r"序号|标准|率|指标值|完成值", h):
        return None
    if "分值" in h or "得分" in h:
        return "score"
    if "万元" in h or "金额" in h or "资金" in h:
        return "money"
    m = re.search(r"（(家|项|个|户|人次|人)）", h)
    if m:
        return "count:" + m.group(1)
    if re.search(r"预算数|执行数", h) and table_money:
        return "money"
    return None


# ----------------------------------------------------------------- document
class Doc:
    def __init__(self, text):
        self.text = text
        self.lines = text.rstrip("\n").split("\n")
        self.tables = find_tables(self.lines)
        tl = set()
        for t in self.tables:
            tl.update(t.lines)
            tl.add(t.start)
            for x in range(t.start, (t.lines[-1] if t.lines else t.start) + 1):
                tl.add(x)
        self.table_lines = tl
        self.prose = [(i, l) for i, l in enumerate(self.lines) if i not in tl]
        m = re.search(r"(20\d\d)年", "\n".join(self.lines[:3]))
        self.year = int(m.group(1)) if m else None
        self.findings = []
        self.traps = {}

    def find(self, fam, msg):
        self.findings.append((fam, msg))

    def trap(self, kind, msg):
        self.traps.setdefault(kind, msg)

    def sentences(self):
        for i, l in self.prose:
            for s in re.split(r"(?<=。)", l):
                if s.strip():
                    yield i, s


# ----------------------------------------------------------------- prose relations
def clause_of(s, pos):
    a = max(s.rfind("；", 0, pos), s.rfind("。", 0, pos))
    b = [x for x in (s.find("；", pos), s.find("。", pos)) if x != -1]
    return a + 1, (min(b) if b else len(s))


def check_breakdowns(doc):
    for i, s in doc.sentences():
        for cl in s.split("；"):
            # 分别为
            for m in re.finditer(r"分别为[：:]?", cl):
                before, after = cl[:m.start()], cl[m.end():]
                bt = [t for t in toks(before) if t.u and t.u != "%" and uclass(t.u)]
                if not bt:
                    continue
                tot = bt[-1]
                cls = uclass(tot.u)
                at = toks(after)
                # drop percentages and parenthesised shares
                parts = [t for t in at if t.u and uclass(t.u) == cls]
                if not parts:
                    seg = re.split(r"[，。]", after)[0]
                    items = [x for x in seg.split("、") if x.strip()]
                    if len(items) >= 2 and cls and cls.startswith("count"):
                        if D(len(items)) != tot.v:
                            doc.find("count.mismatch", f"line {i + 1}: {tot} but {len(items)} items listed")
                        else:
                            doc.trap("list.count", f"{tot} = {len(items)} named items")
                    continue
                if cls == "money":
                    sm = sum(t.wan() for t in parts)
                    ok = sm == tot.wan()
                else:
                    sm = sum(t.v for t in parts)
                    ok = sm == tot.v
                if not ok:
                    doc.find(fam_of(cls), f"line {i + 1}: {tot} ≠ Σ {parts} = {sm}")
                shares = [t for t in at if t.u == "%" and "占" in after[max(0, t.s - 4):t.s]]
                if len(shares) == len(parts) >= 2:
                    ss = sum(t.v for t in shares)
                    if ss != 100:
                        doc.trap("rounding", f"line {i + 1}: shares add to {ss}%")
            # 由 … 构成
            for m in re.finditer(rf"({NUM})\s*(万元|亿元|分)，由(.*?)构成", cl):
                tot = toks(cl[m.start():m.end(2)])[0]
                cls = uclass(tot.u)
                parts = [t for t in toks(m.group(3)) if t.u and uclass(t.u) == cls]
                if len(parts) < 2:
                    continue
                if cls == "money":
                    ok = sum(t.wan() for t in parts) == tot.wan()
                else:
                    ok = sum(t.v for t in parts) == tot.v
                if not ok:
                    doc.find(fam_of(cls), f"line {i + 1}: {tot} ≠ Σ {parts}")
            # 分N批下达
            m = re.search(rf"({NUM})\s*(万元|亿元)(?:（[^）]*）)?，分([两三四五六])批下达[：:](.*)", cl)
            if m:
                tot = toks(cl[m.start():m.end(2)])[0]
                parts = [t for t in toks(m.group(4)) if t.u in MONEY]
                nb = "两三四五六".index(m.group(3)) + 2
                if len(parts) != nb:
                    doc.find("count.mismatch", f"line {i + 1}: 分{m.group(3)}批 but {len(parts)} batches")
                elif sum(t.wan() for t in parts) != tot.wan():
                    doc.find("sum.breakdown", f"line {i + 1}: batches {parts} ≠ {tot}")
                else:
                    doc.trap("batches", f"line {i + 1}: {nb} batches add up")


RATE_LABEL = re.compile(r"(执行率|拨付率|完成率|通过率|满意度|得分率|到位率|增长|下降|占)(?:为)?\s*$")
SKIP_BEFORE = re.compile(r"(不低于|不少于|达到|≥|≤|超过|不超过|高于|低于|的)\s*$")


def ratio_ok(stated, a, b, nd):
    if b == 0:
        return False
    return q(a * 100 / b, nd) == stated


def base_candidates(doc, unit, exclude_line):
    """numbers with the same unit stated for last year anywhere in the document"""
    out = []
    keys = ["上年"] + ([f"{doc.year - 1}年"] if doc.year else [])
    for i, s in doc.sentences():
        if any(k in s for k in keys):
            for t in toks(s):
                if t.u == unit:
                    out.append((i, t))
    return out


def check_rates(doc):
    for i, s in doc.sentences():
        ts = toks(s)
        for t in ts:
            if t.u != "%":
                continue
            pre = s[max(0, t.s - 10):t.s]
            post = s[t.e:t.e + 3]
            if post.startswith(("以上", "以下")) or SKIP_BEFORE.search(pre):
                continue
            lm = RATE_LABEL.search(pre)
            if not lm:
                continue
            label = lm.group(1)
            a0, b0 = clause_of(s, t.s)
            clause = s[a0:t.s]
            if label in ("增长", "下降") and re.search(r"可比价|可比口径|同口径", clause):
                doc.trap("comparable", f"line {i + 1}: growth {t} stated on a comparable basis")
                continue
            nd = ndec(t.raw)
            cands = [x for x in ts if x is not t and x.u and x.u != "%" and x.u != "元" and x.s < t.s]
            if label in ("增长", "下降"):
                ok = False
                cur = [x for x in cands]
                for c in cur:
                    for b in cands:
                        if b is c or b.u != c.u:
                            continue
                        diff = (c.v - b.v) if label == "增长" else (b.v - c.v)
                        if b.v and ratio_ok(t.v, diff, b.v, nd):
                            ok = True
                if not ok and cur:
                    # base stated elsewhere for last year
                    c = cur[-1]
                    for li, b in base_candidates(doc, c.u, i):
                        diff = (c.v - b.v) if label == "增长" else (b.v - c.v)
                        if b.v and ratio_ok(t.v, diff, b.v, nd):
                            ok = True
                            if li != i:
                                doc.trap("growth.elsewhere", f"line {i + 1}: growth {t} over a base on line {li + 1}")
                if not cur:
                    continue
                if not ok:
                    doc.find("rate.ratio", f"line {i + 1}: {label} {t} matches no pair")
                continue
            if len(cands) < 2 and label != "满意度":
                if not cands:
                    continue
            vals = []
            for x in cands:
                w = x.wan()
                vals.append((x, w if w is not None else x.v, "money" if w is not None else x.u))
            ok = None
            for x, xv, xc in vals:
                for y, yv, yc in vals:
                    if x is y or xc != yc:
                        continue
                    if ratio_ok(t.v, xv, yv, nd):
                        ok = (x, y)
                        break
                if ok:
                    break
            if not vals or len(vals) < 2:
                continue
            if not ok:
                doc.find("rate.ratio", f"line {i + 1}: {label} {t} matches no pair of {cands}")
                continue
            x, y = ok
            if t.v > 100:
                doc.trap("over100", f"line {i + 1}: {label} {t} > 100% and correct")
            ctx = s[:t.s]
            if "全年预算" in ctx and "年初预算" in ctx:
                doc.trap("budget.scope", f"line {i + 1}: {label} {t} over 全年预算 with 年初预算 stated")
            if label == "通过率" and "受理" in s and "申报" in s:
                # which denominator?
                doc.trap("pass.denominator", f"line {i + 1}: 通过率 {t} = {x}/{y}")
            if label == "满意度" and "发放" in s and "回收" in s:
                doc.trap("sat.denominator", f"line {i + 1}: 满意度 {t} = {x}/{y} (回收, not 发放)")
            if label == "得分率":
                doc.trap("score.rate", f"line {i + 1}: 得分率 {t} vs 得分 {x}")
            if label == "占":
                pass
    # leverage ratio 1:L
    for i, s in doc.sentences():
        for m in re.finditer(rf"撬动比(?:为)?\s*1[:：∶]\s*({NUM})", s):
            L = dec(m.group(1))
            nd = ndec(m.group(1))
            ms = [t for t in toks(s[:m.start()]) if t.u in MONEY]
            ok = any(q(a.wan() / b.wan(), nd) == L for a in ms for b in ms if a is not b and b.wan())
            if not ms:
                continue
            if not ok:
                doc.find("rate.ratio", f"line {i + 1}: 撬动比 1:{L} matches no pair")
            else:
                if len({t.u for t in ms}) > 1:
                    doc.trap("unit.mix", f"line {i + 1}: 撬动比 1:{L} across 亿元/万元")
                else:
                    doc.trap("leverage", f"line {i + 1}: 撬动比 1:{L}")


def check_balance(doc):
    labs = {}
    for key in ("年初结转和结余", "本年收入合计", "本年支出合计", "年末结转和结余"):
        m = re.search(key + rf"\s*({NUM})\s*万元", doc.text)
        if m:
            labs[key] = dec(m.group(1))
    if len(labs) == 4:
        if labs["年初结转和结余"] + labs["本年收入合计"] - labs["本年支出合计"] != labs["年末结转和结余"]:
            doc.find("balance.carryover", f"年初 {labs['年初结转和结余']} + 收入 {labs['本年收入合计']} − "
                                          f"支出 {labs['本年支出合计']} ≠ 年末 {labs['年末结转和结余']}")
    m1 = re.search(rf"收入总计\s*({NUM})\s*万元", doc.text)
    if m1 and "本年收入合计" in labs and dec(m1.group(1)) != labs["本年收入合计"]:
        if "年初结转和结余" in labs and labs["本年收入合计"] + labs["年初结转和结余"] == dec(m1.group(1)):
            doc.trap("carryin.total", f"收入总计 {m1.group(1)} = 本年收入 + 年初结转和结余")
    # remainders
    Tc = [dec(m.group(2)) for m in re.finditer(rf"(安排|下达|全年预算|项目资金)[^，。；\d]{{0,20}}?({NUM})\s*万元", doc.text)]
    for i, s in doc.sentences():
        for m in re.finditer(rf"(?<!结转和)(结转下年|剩余|结余)\s*({NUM})\s*万元", s):
            R = dec(m.group(2))
            Ss = [dec(x.group(2)) for x in
                  re.finditer(rf"(拨付|支出|执行)[^，。；\d]{{0,10}}?({NUM})\s*万元", s[:m.start()])]
            if not Ss or not Tc:
                continue
            if not any(T - S == R for T in Tc for S in Ss):
                doc.find("balance.carryover", f"line {i + 1}: remainder {R} ≠ budget − spent ({Tc} / {Ss})")


def check_change(doc):
    pat = re.compile(rf"(比上年|较上年)\s*(?:({NUM})\s*(万元|亿元|个|家|项|户))?\s*(增加|减少)\s*({NUM})\s*(万元|亿元|个|家|项|户)")
    for i, s in doc.sentences():
        for m in pat.finditer(s):
            unit = m.group(6)
            d = dec(m.group(5))
            before = [t for t in toks(s[:m.start()]) if t.u == unit]
            if not before:
                continue
            cur = before[-1].v
            if m.group(2):
                prev = dec(m.group(2))
            else:
                pm = re.search(rf"（上年[^）\d]*({NUM})\s*{unit}）", s[m.end():m.end() + 30])
                if not pm:
                    continue
                prev = dec(pm.group(1))
            diff = cur - prev if m.group(4) == "增加" else prev - cur
            if diff != d:
                doc.find("change", f"line {i + 1}: {m.group(4)} {d} but {cur} vs {prev}")
            else:
                doc.trap("change.ok", f"line {i + 1}: 比上年{m.group(4)} {d}")


def parse_bands(doc):
    for i, s in doc.sentences():
        if len(re.findall(rf"为“({GRADES})”", s)) >= 3 and "分" in s:
            bands = []
            for cl in s.split("，"):
                for m in re.finditer(rf"为“({GRADES})”", cl):
                    if "以下" in cl:
                        bands.append((D(0), m.group(1)))
                        continue
                    nums = toks(cl[:m.start()])
                    if nums:
                        bands.append((nums[0].v, m.group(1)))
            if len(bands) >= 3:
                return sorted(bands, key=lambda x: -x[0])
    return None


DEFAULT_BANDS = {"优": [(90, "优"), (80, "良"), (60, "中"), (0, "差")],
                 "优秀": [(90, "优秀"), (80, "良好"), (60, "合格"), (0, "不合格")]}


def check_scores(doc):
    # per-indicator caps in prose
    for i, s in doc.sentences():
        for m in re.finditer(rf"（分值\s*({NUM})\s*分）[^。]*?得\s*({NUM})\s*分", s):
            w, g = dec(m.group(1)), dec(m.group(2))
            if g > w:
                doc.find("score.cap", f"line {i + 1}: 得 {g} > 分值 {w}")
        for m in re.finditer(rf"指标分值\s*({NUM})\s*分，得分\s*({NUM})\s*分", s):
            w, g = dec(m.group(1)), dec(m.group(2))
            if g > w:
                doc.find("score.cap", f"line {i + 1}: 得分 {g} > 分值 {w}")
    # score tables
    score_rows, totals = [], []
    for t in doc.tables:
        jw, jg = t.col(r"^分值"), t.col(r"^得分$")
        if jw is None or jg is None:
            continue
        for r, li in zip(t.rows, t.lines):
            w, g = cell_num(r[jw]), cell_num(r[jg])
            lab = row_label(r)
            if is_total(lab):
                totals.append((lab, w, g, li, t))
                continue
            if w is None or g is None:
                continue
            score_rows.append((r, w[0], g[0], li, t))
            if g[0] > w[0]:
                doc.find("score.cap", f"line {li + 1}: 得分 {g[0]} > 分值 {w[0]}")
    for lab, w, g, li, t in totals:
        rows = [x for x in score_rows if (lab == "总分" or x[4] is t)]
        if g is not None and sum(x[2] for x in rows) != g[0]:
            doc.find("score.total", f"line {li + 1}: Σ得分 {sum(x[2] for x in rows)} ≠ {g[0]}")
        if w is not None and sum(x[1] for x in rows) != w[0]:
            doc.find("score.total", f"line {li + 1}: Σ分值 {sum(x[1] for x in rows)} ≠ {w[0]}")
    table_total = totals[-1][2][0] if totals and totals[-1][2] else None
    # 一级 subtotal stated in prose
    for i, s in doc.sentences():
        for m in re.finditer(rf"其中(\S{{2,4}})指标（({NUM})\s*分）得分\s*({NUM})\s*分", s):
            name = m.group(1)
            rows = [x for x in score_rows if x[0] and x[0][0].startswith(name)]
            if rows:
                if sum(x[2] for x in rows) != dec(m.group(3)):
                    doc.find("score.total", f"line {i + 1}: {name} subtotal {m.group(3)} ≠ Σ rows")
                if sum(x[1] for x in rows) != dec(m.group(2)):
                    doc.find("score.total", f"line {i + 1}: {name} weight {m.group(2)} ≠ Σ rows")
    # count of 二级指标 vs table
    m = re.search(r"二级指标\s*(\d+)\s*个", doc.text)
    if m and score_rows:
        n = len([x for x in score_rows])
        if n != int(m.group(1)):
            doc.find("count.mismatch", f"二级指标 {m.group(1)} 个 but {n} rows")
    # total + grade
    bands = parse_bands(doc)
    for i, s in doc.sentences():
        m = re.search(rf"得分\s*({NUM})\s*分[^。]*?(等级|等次)(?:为|：)\s*[“\"]?({GRADES})", s)
        if not m:
            continue
        T = dec(m.group(1))
        gname = m.group(3)
        if table_total is not None and T != table_total:
            doc.find("table.text", f"line {i + 1}: prose total {T} ≠ table total {table_total}")
        b = bands
        if not b:
            key = "优" if gname in ("优", "良", "中", "差") else "优秀"
            b = DEFAULT_BANDS[key]
            if gname == "基本合格":
                continue
        exp = None
        for lo, gg in b:
            if T >= lo:
                exp = gg
                break
        if exp != gname:
            doc.find("grade.band", f"line {i + 1}: {T} 分 graded “{gname}”, band says “{exp}”")
        elif bands:
            dflt = DEFAULT_BANDS["优" if gname in ("优", "良", "中", "差") else "优秀"]
            de = next(gg for lo, gg in dflt if T >= lo)
            if de != gname:
                doc.trap("own.bands", f"line {i + 1}: {T} 分 is “{gname}” only under the document's own bands")
            else:
                doc.trap("bands.stated", f"grade read against stated bands")


def check_counts(doc):
    for i, s in doc.sentences():
        m = re.search(r"(\d+)\s*项，涉及企业\s*(\d+)\s*家（其中\s*(\d+)\s*家企业同年入选两个", s)
        if m:
            M, N, k = map(int, m.groups())
            if M != N + k:
                doc.find("count.mismatch", f"line {i + 1}: {M} 项 ≠ {N} 家 + {k}")
            else:
                doc.trap("jia.xiang", f"line {i + 1}: {M} 项 vs {N} 家")
        m = re.search(r"共确定补助(\S{1,3}?)\s*(\d+)\s*个，涉及企业\s*(\d+)\s*家", s)
        m2_ = re.search(r"共确定补助企业\s*(\d+)\s*家", s)
        if m or m2_:
            tabs = [t for t in doc.tables if t.start > i]
            if not tabs:
                continue
            t = tabs[0]
            data = [r for r in t.rows if not is_total(row_label(r))]
            names = [row_label(r) for r in data]
            if m:
                K, E = int(m.group(2)), int(m.group(3))
                if K != len(data):
                    doc.find("count.mismatch", f"line {i + 1}: {K} 个 but {len(data)} rows")
                if E != len(set(names)):
                    doc.find("count.mismatch", f"line {i + 1}: {E} 家 but {len(set(names))} names")
                if K != E:
                    doc.trap("jia.xiang", f"line {i + 1}: {K} 个 vs {E} 家")
            else:
                E = int(m2_.group(1))
                if E != len(data) or E != len(set(names)):
                    doc.find("count.mismatch", f"line {i + 1}: {E} 家 but {len(data)} rows")
        m = re.search(r"(\d+)\s*个，分别为[^；]*；涉及\S{1,6}?\s*(\d+)\s*家", s)
        if m and m.group(1) != m.group(2):
            doc.trap("jia.xiang", f"line {i + 1}: {m.group(1)} 个 vs {m.group(2)} 家")
        if re.search(r"(\d+)\s*人次", s) and re.search(r"(\d+)\s*(家|人)(?!次)", s):
            doc.trap("persons", f"line {i + 1}: 人次 alongside 家/人")
        if re.search(r"(\d+)\s*户", s) and re.search(r"(\d+)\s*(人|个)(?!次)", s):
            doc.trap("persons", f"line {i + 1}: 户 alongside 人/个")
        if re.search(r"(\d+)\s*批次\s*(\d+)\s*人次", s):
            doc.trap("persons", f"line {i + 1}: 批次 vs 人次")


def check_units(doc):
    wan_raw = {m.group(1) for m in re.finditer(rf"(?<![\d.,])({NUM})\s*万元", doc.text)}
    for i, l in enumerate(doc.lines):
        for m in re.finditer(rf"(?<![\d.,])({NUM})\s*元", l):
            if l[m.end() - 2:m.end()] == "万元" or l[m.end() - 2:m.end()] == "亿元":
                continue
            pre = l[max(0, m.start() - 1):m.start()]
            raw = m.group(1)
            # parenthesised 元 restatement of a 万元 amount
            pm = re.search(rf"({NUM})\s*万元（$", l[:m.start()])
            if pm:
                if dec(pm.group(1)) * 10000 != dec(raw):
                    doc.find("unit.magnitude", f"line {i + 1}: {pm.group(1)} 万元 ≠ {raw} 元")
                else:
                    doc.trap("yuan.cents", f"line {i + 1}: {pm.group(1)} 万元 = {raw}元")
                continue
            if raw in wan_raw:
                doc.find("unit.magnitude", f"line {i + 1}: {raw}元 equals a 万元 figure")
        for m in re.finditer(rf"({NUM})\s*万元（({NUM})\s*亿元）", l):
            if dec(m.group(1)) != dec(m.group(2)) * 10000:
                doc.find("unit.magnitude", f"line {i + 1}: {m.group(1)} 万元 ≠ {m.group(2)} 亿元")
            else:
                doc.trap("unit.mix", f"line {i + 1}: {m.group(1)} 万元 = {m.group(2)} 亿元")


def check_tables(doc):
    pol = re.search(rf"按([^，。]{{1,12}}?)的\s*({NUM})%[^。]*?最高不超过\s*({NUM})\s*万元", doc.text)
    for t in doc.tables:
        table_money = any("万元" in h for h in t.header)
        classes = [col_class(h, table_money) for h in t.header]
        data = [(r, li) for r, li in zip(t.rows, t.lines)]
        # total rows
        for k, (r, li) in enumerate(data):
            lab = row_label(r)
            if not is_total(lab) or lab == "总分":
                continue
            parts = [x for x, _ in data[:k] if not is_total(row_label(x))]
            for j, cls in enumerate(classes):
                if cls is None or cls == "score":
                    continue
                tv = cell_num(r[j])
                pv = [cell_num(x[j]) for x in parts]
                if tv is None or any(p is None for p in pv):
                    continue
                if sum(p[0] for p in pv) != tv[0]:
                    doc.find(fam_of(cls), f"line {li + 1}: column “{t.header[j]}” Σ {sum(p[0] for p in pv)} ≠ {tv[0]}")
            # score columns of a 合计 row are checked in check_scores
        # 其中 rows
        for k, (r, li) in enumerate(data):
            lab = row_label(r)
            if not lab.startswith("其中") or k == 0:
                continue
            parent = data[k - 1][0]
            parts = [x for x, _ in data[k:] if not is_total(row_label(x))]
            for j, cls in enumerate(classes):
                if cls != "money":
                    continue
                pv = [cell_num(x[j]) for x in parts]
                tv = cell_num(parent[j])
                if tv is None or any(p is None for p in pv):
                    continue
                if sum(p[0] for p in pv) != tv[0]:
                    doc.find("sum.breakdown", f"line {li + 1}: 其中 rows of “{t.header[j]}” ≠ {tv[0]}")
                else:
                    doc.trap("carryin.row", f"line {li + 1}: 其中 rows add up (incl. 上年结转)")
            if "上年结转" in " ".join(row_label(x) for x, _ in data):
                doc.trap("carryin.row", "全年预算 includes 上年结转资金 row")
        # product rows: count × standard = amount
        jc, js, ja = t.col(r"（家|（个|（项|（户"), t.col("标准"), t.col("金额")
        if jc is not None and js is not None and ja is not None:
            for r, li in data:
                c, sd, a = cell_num(r[jc]), cell_num(r[js]), cell_num(r[ja])
                if c and sd and a and c[0] * sd[0] != a[0]:
                    doc.find("sum.breakdown", f"line {li + 1}: {c[0]} × {sd[0]} ≠ {a[0]}")
                if c and c[0] == 0 and a and a[0] == 0:
                    doc.trap("zero", f"line {li + 1}: 0 in a category")
        # capped award
        if pol:
            base_label, rate, cap = pol.group(1), dec(pol.group(2)), dec(pol.group(3))
            jb, jaw = t.col(re.escape(base_label)), t.col("补助金额")
            if jb is not None and jaw is not None:
                for r, li in data:
                    if is_total(row_label(r)):
                        continue
                    b, a = cell_num(r[jb]), cell_num(r[jaw])
                    if not b or not a:
                        continue
                    exp = min(q(b[0] * rate / 100, 2), cap)
                    if exp != a[0]:
                        doc.find("rate.ratio", f"line {li + 1}: award {a[0]} ≠ min({rate}% × {b[0]}, {cap})")
                    elif a[0] == cap and q(b[0] * rate / 100, 2) > cap:
                        doc.trap("cap", f"line {li + 1}: award capped at {cap} < {rate}% × {b[0]}")
        # rates in columns
        for j, h in enumerate(t.header):
            if "率" not in h or re.search(r"指标值|完成值", h):
                continue
            for r, li in data:
                cv = r[j].strip()
                m = re.fullmatch(rf"({NUM})%", cv)
                if not m:
                    if cv in ("—", "/", "-") and any(cell_num(x) and cell_num(x)[0] == 0 for x in r):
                        doc.trap("zero", f"line {li + 1}: 0/0 rate shown as {cv}")
                    continue
                stated = dec(m.group(1))
                nd = ndec(m.group(1))
                nums = [cell_num(x)[0] for k2, x in enumerate(r) if k2 != j and cell_num(x) and
                        cell_num(x)[1] != "%"]
                ok = any(ratio_ok(stated, a, b, nd) for a in nums for b in nums if b)
                if not ok:
                    doc.find("rate.ratio", f"line {li + 1}: {h} {cv} matches no pair in row")
                else:
                    if "得分率" in h:
                        doc.trap("score.rate", f"line {li + 1}: 得分率 column")
                    if "执行率" in h and t.col("年初") is not None and t.col("全年") is not None:
                        a0 = cell_num(r[t.col("年初")])
                        a1 = cell_num(r[t.col("全年预算")])
                        if a0 and a1 and a0[0] != a1[0]:
                            doc.trap("budget.scope", f"line {li + 1}: 执行率 over 全年预算 (年初 differs)")
                    if "通过率" in h and t.col("受理") is not None:
                        doc.trap("pass.denominator", f"line {li + 1}: 通过率 column with 受理 column")
        # zero indicator rows
        for r, li in data:
            if any(re.fullmatch(r"0(起|家|项|个|万元)", x.strip()) for x in r):
                doc.trap("zero", f"line {li + 1}: zero-valued indicator")


def check_table_text(doc):
    labels = {}
    for t in doc.tables:
        allcells = {}
        for r in t.rows:
            for c in r:
                if c and cell_num(c) is None:
                    allcells[c] = allcells.get(c, 0) + 1
        for r in t.rows:
            nums = [cell_num(c) for j, c in enumerate(r) if "序号" not in t.header[j]]
            nums = [x[0] for x in nums if x]
            for c in r:
                if c and cell_num(c) is None and len(c) >= 4 and allcells[c] == 1 and not is_total(c) \
                        and not c.startswith("其中") and c not in t.header:
                    labels[c] = nums
    for i, l in doc.prose:
        for lab, nums in labels.items():
            for m in re.finditer(re.escape(lab), l):
                tail = l[m.end():]
                tail = re.split(r"[，。；、]", tail.lstrip("”"))[0]
                for tk in toks(tail):
                    if tk.u in ("%", None, "元"):
                        continue
                    if tk.v not in nums:
                        doc.find("table.text", f"line {i + 1}: “{lab}” {tk} not in table row {nums}")


def check_traps_text(doc):
    t = doc.text
    if re.search(r"主要用于[^。]*等", t):
        doc.trap("nonexhaustive", "主要用于…等")
    for i, s in doc.sentences():
        if re.search(r"其中[，,]?\S{0,20}(重点|培育库|名单|龙头|基地)", s):
            doc.trap("nonexhaustive", f"line {i + 1}: 其中 of key enterprises only")
        if re.search(r"(未发生|无企业)", s):
            doc.trap("zero", f"line {i + 1}: 未发生")
        if re.search(r"财政拨款项目支出", s) and re.search(r"项目支出\s*\d", t):
            doc.trap("scope", f"line {i + 1}: 财政拨款项目支出 vs 项目支出")
        if doc.year and f"{doc.year - 1}年" in s and re.search(r"\d\s*(万元|亿元)", s):
            doc.trap("other.year", f"line {i + 1}: figure of {doc.year - 1}")
        if re.search(r"可比口径|同口径|可比价", s):
            doc.trap("comparable", f"line {i + 1}: 可比/同口径")


def analyse(text):
    doc = Doc(text)
    check_breakdowns(doc)
    check_rates(doc)
    check_balance(doc)
    check_change(doc)
    check_scores(doc)
    check_counts(doc)
    check_units(doc)
    check_tables(doc)
    check_table_text(doc)
    check_traps_text(doc)
    return doc


TRAP_KINDS = {"cap", "jia.xiang", "nonexhaustive", "pass.denominator", "sat.denominator", "growth.elsewhere",
              "unit.mix", "zero", "rounding", "yuan.cents", "budget.scope", "over100", "persons", "carryin.total",
              "carryin.row", "scope", "other.year", "comparable", "score.rate", "own.bands"}


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    twins = args[args.index("--twins") + 1] if "--twins" in args else None
    exp = {}
    with open(os.path.join(HERE, "expect.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            idd, fam, detail = line.rstrip("\n").split("\t", 2)
            exp[idd] = fam
    slips_ok = clean_ok = failures = 0
    nslip = sum(1 for v in exp.values() if v != "clean")
    nclean = len(exp) - nslip
    for idd in sorted(exp):
        text = open(os.path.join(HERE, idd + ".txt"), encoding="utf-8").read()
        n = len(text.rstrip("\n").split("\n"))
        doc = analyse(text)
        fams = [f for f, _ in doc.findings]
        traps = sorted(k for k in doc.traps if k in TRAP_KINDS)
        ok = 15 <= n <= 60
        if exp[idd] == "clean":
            ok = ok and not fams and len(traps) >= 2
            clean_ok += ok
        else:
            ok = ok and fams == [exp[idd]]
            slips_ok += ok
        if not ok:
            failures += 1
        if verbose or not ok:
            print(f"{idd} {'OK ' if ok else 'FAIL'} expected={exp[idd]} lines={n} findings={doc.findings} traps={traps}")
    twin_ok = 0
    if twins:
        for idd in sorted(exp):
            if exp[idd] == "clean":
                continue
            p = os.path.join(twins, idd + ".txt")
            if not os.path.exists(p):
                print(f"twin {idd} missing")
                failures += 1
                continue
            tt = open(p, encoding="utf-8").read()
            doc = analyse(tt)
            a = open(os.path.join(HERE, idd + ".txt"), encoding="utf-8").read().rstrip("\n").split("\n")
            b = tt.rstrip("\n").split("\n")
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            ok = not doc.findings and ndiff == 1 and len(a) == len(b)
            twin_ok += ok
            if not ok:
                failures += 1
            if verbose or not ok:
                print(f"twin {idd} {'OK ' if ok else 'FAIL'} diff_paragraphs={ndiff} findings={doc.findings}")
        print(f"twins confirmed: {twin_ok}/{nslip}")
    print(f"slips confirmed: {slips_ok}/{nslip} clean confirmed: {clean_ok}/{nclean} failures: {failures}")


if __name__ == "__main__":
    main()
