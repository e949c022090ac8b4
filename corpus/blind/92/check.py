#!/usr/bin/env python3
"""check.py -- independent re-reader for blind test set 92.

Does not import gen.py.  Reads t??.txt as text, re-derives every arithmetic
relation it recognises and reports inconsistencies by family; also records the
trap kinds it resolved.  Compares with expect.tsv:

  * a slip document must yield exactly its family;
  * a clean document must yield nothing and show at least two trap kinds.

    python3 check.py                 # check the set next to this file
    python3 check.py -v              # also print findings and traps per document
    python3 check.py --twins DIR     # check the twins written by gen.py --twins DIR
"""
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))

MONEY = {"万元", "元"}
COUNT = {"人", "人次", "人月", "户", "家", "所", "个", "项", "名", "笔", "份"}
DELIM = set("，。；：:、（）()“”《》【】\t|")
CN_NUM = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def Dd(s):
    return Decimal(s.replace(",", ""))


def qz(x, nd):
    return x.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


# ---------------------------------------------------------------- tokens
TOK = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*"
                 r"(万元/[^\s，。；、）)|]*|万元|元/[^\s，。；、）)|]*|元|人次|人月|个百分点|个月|人|户|家|所|个|项|名|笔|份|天|分|%)?")


class Tok:
    __slots__ = ("v", "raw", "unit", "s", "e", "label", "sent", "clause", "paren", "line")

    def __repr__(self):
        return f"<{self.raw}{self.unit or ''}@{self.label}>"


def label_before(text, i):
    j = i
    while j > 0 and text[j - 1] not in DELIM and not text[j - 1].isdigit() and text[j - 1] != "%":
        j -= 1
    return text[j:i].strip()


def in_paren(text, i):
    depth = 0
    for ch in text[:i]:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    return depth > 0


def tokens(text, sent=0, line=0):
    out = []
    for m in TOK.finditer(text):
        if not m.group(3):
            continue
        t = Tok()
        t.raw = m.group(1) + (m.group(2) or "")
        t.v = Dd(t.raw)
        u = m.group(3)
        t.unit = u
        t.s, t.e = m.start(), m.end()
        t.label = label_before(text, m.start())
        t.paren = in_paren(text, m.start())
        t.sent = sent
        t.line = line
        out.append(t)
    return out


def is_std(t):
    if "/" in t.unit:
        return True
    if t.unit in MONEY and "每" in t.label and not re.search("最高|不超过|上限", t.label):
        return True
    return False


def is_cap(t):
    return t.unit in MONEY and re.search("最高|不超过|上限", t.label)


def strip_label(lb):
    prev = None
    while prev != lb:
        prev = lb
        lb = re.sub(r"^(其中|共计|共|累计|全年|合计|实际|已|另|计|为|达到|达|均|全部|本年度|本年|截至\S*?日)", "", lb)
    return lb


# ---------------------------------------------------------------- document model
class Table:
    def __init__(self, headers, rows, lines):
        self.headers = headers
        self.rows = rows
        self.lines = lines

    def col(self, pat, exclude=None):
        for i, h in enumerate(self.headers):
            if re.search(pat, h) and not (exclude and re.search(exclude, h)):
                return i
        return None

    def is_total(self, row):
        return bool(re.search("合计|总计|小计|总额", row[0]))


def cellnum(c):
    c = c.strip()
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%|万元|元|人次|人|天|个|笔|家)?", c)
    if not m:
        return None
    return Dd(m.group(1) + (m.group(2) or ""))


def parse_kv(line):
    s = line.rstrip("。")
    parts = s.split("；")
    if len(parts) < 3:
        return None
    kv = []
    for p in parts:
        if "：" not in p:
            return None
        k, v = p.split("：", 1)
        if not k or len(k) > 20:
            return None
        kv.append((k, v))
    return kv


class Docu:
    def __init__(self, text):
        raw = text.split("\n")
        self.lines = [re.sub(r"^#+\s*", "", ln) for ln in raw]
        self.tables = []
        self.prose = []          # (line index, text)
        self.table_lines = set()
        self._tables()
        for i, ln in enumerate(self.lines):
            if i not in self.table_lines and ln.strip():
                self.prose.append((i, ln))
        m = re.search(r"(20\d\d)年(度|部门预算)", "\n".join(self.lines[:3])) or re.search(r"（(20\d\d)年度）", text)
        self.year = int(m.group(1)) if m else None
        # sentences
        self.sents = []          # dict(text, toks, line)
        for li, ln in self.prose:
            for s in re.split(r"(?<=。)", ln):
                if s.strip():
                    k = len(self.sents)
                    self.sents.append({"text": s, "toks": tokens(s, k, li), "line": li})
        self.alltoks = [t for s in self.sents for t in s["toks"]]

    def _tables(self):
        L = self.lines
        i = 0
        n = len(L)
        while i < n:
            ln = L[i]
            if ln.startswith("|"):
                j = i
                block = []
                while j < n and L[j].startswith("|"):
                    cells = [c.strip() for c in L[j].strip().strip("|").split("|")]
                    if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                        block.append(cells)
                    self.table_lines.add(j)
                    j += 1
                self.tables.append(Table(block[0], block[1:], list(range(i, j))))
                i = j
                continue
            if "\t" in ln:
                j = i
                block = []
                while j < n and "\t" in L[j]:
                    block.append([c.strip() for c in L[j].split("\t")])
                    self.table_lines.add(j)
                    j += 1
                self.tables.append(Table(block[0], block[1:], list(range(i, j))))
                i = j
                continue
            kv = parse_kv(ln)
            if kv:
                j = i
                keys = [k for k, _ in kv]
                rows = []
                while j < n:
                    kv2 = parse_kv(L[j])
                    if not kv2 or [k for k, _ in kv2] != keys:
                        break
                    rows.append([v for _, v in kv2])
                    self.table_lines.add(j)
                    j += 1
                if len(rows) >= 2:
                    self.tables.append(Table(keys, rows, list(range(i, j))))
                    i = j
                    continue
                for k in range(i, j):
                    self.table_lines.discard(k)
            if len(re.split(r" {2,}", ln.strip())) >= 3:
                j = i
                block = []
                while j < n and len(re.split(r" {2,}", L[j].strip())) >= 3:
                    block.append(re.split(r" {2,}", L[j].strip()))
                    j += 1
                if len(block) >= 3 and len({len(b) for b in block}) == 1:
                    for k in range(i, j):
                        self.table_lines.add(k)
                    self.tables.append(Table(block[0], block[1:], list(range(i, j))))
                    i = j
                    continue
            i += 1


# ---------------------------------------------------------------- the checker
class Checker:
    def __init__(self, text):
        self.d = Docu(text)
        self.find = []       # (family, message)
        self.traps = set()
        self.scores = {}     # indicator -> (weight, score) from prose
        self.table_total_score = None
        self.rels = 0

    def flag(self, fam, msg):
        self.find.append((fam, msg))

    def run(self):
        for s in self.d.sents:
            if re.search(r"(?<![\w\d])[-−]\d", s["text"]):
                self.flag("sign", "负数金额或人数")
        self.tables()
        self.sums()
        self.products()
        self.score_prose()
        self.rates()
        self.generic_share()
        self.balances()
        self.changes()
        self.grades()
        self.facts()
        self.units()
        self.counts()
        self.table_text()
        self.special()
        return self

    # ------------------------------------------------------------ tables
    def tables(self):
        for T in self.d.tables:
            H = T.headers
            body = [r for r in T.rows if not T.is_total(r)]
            tot = [r for r in T.rows if T.is_total(r)]
            # column sums
            if tot:
                tr = tot[0]
                for ci, h in enumerate(H):
                    if ci == 0 or re.search("标准|率|比例|天数|月数|利率|指标值|完成值", h):
                        continue
                    tv = cellnum(tr[ci]) if ci < len(tr) else None
                    if tv is None:
                        continue
                    vals = [cellnum(r[ci]) for r in body if ci < len(r)]
                    if any(v is None for v in vals):
                        continue
                    s = sum(vals)
                    self.rels += 1
                    if s != tv:
                        if re.search("分值|得分", h):
                            fam = "score.total"
                        elif re.search("万元|元|金额|预算|执行|补贴|本金", h):
                            fam = "sum.breakdown"
                        else:
                            fam = "count.mismatch"
                        self.flag(fam, f"表“{h}”列各行之和{s}≠合计{tv}")
                    elif re.search("得分", h):
                        self.table_total_score = tv
            # horizontal: 春季+秋季=人次
            cs, ca, cn = T.col("春季"), T.col("秋季"), T.col("人次")
            if cs is not None and ca is not None and cn is not None:
                for r in T.rows:
                    a, b, c = cellnum(r[cs]), cellnum(r[ca]), cellnum(r[cn])
                    if None not in (a, b, c) and a + b != c:
                        self.flag("count.mismatch", f"{r[0]}：春季{a}+秋季{b}≠{c}人次")
                self.traps.add("人与人次")
            # execution rate column
            cr, cb, ce = T.col("执行率"), T.col("预算"), T.col("执行数|执行（")
            if cr is not None and cb is not None and ce is not None:
                for r in T.rows:
                    a, b = cellnum(r[cb]), cellnum(r[ce])
                    rt = r[cr].strip()
                    if a is None or b is None:
                        continue
                    if a == 0:
                        if b == 0:
                            self.traps.add("0/0未发生")
                        continue
                    if not rt.endswith("%"):
                        continue
                    val = qz(b * 100 / a, ndec(rt[:-1]))
                    self.rels += 1
                    if val != Dd(rt[:-1]):
                        self.flag("rate.ratio", f"{r[0]}执行率{rt}≠{val}%")
                    elif val > 100:
                        self.traps.add("比率超过100%")
            # score cap and execution-rate score rule
            cw, cg = T.col("分值"), T.col("得分")
            if cw is not None and cg is not None:
                self.score_table = T
                rule = any("分值×执行率" in s["text"] for s in self.d.sents)
                for r in body:
                    w, g = cellnum(r[cw]), cellnum(r[cg])
                    if w is None or g is None:
                        continue
                    self.rels += 1
                    if g > w:
                        self.flag("score.cap", f"{r[2] if len(r) > 2 else r[0]}得分{g}>分值{w}")
                    if rule and "执行率" in " ".join(r[:3]):
                        ca_ = T.col("完成值")
                        rv = r[ca_].rstrip("%")
                        rate = Dd(rv)
                        exp = qz(w * min(rate, Decimal(100)) / 100, 2)
                        self.rels += 1
                        if exp != g:
                            self.flag("score.rule", f"执行率得分{g}≠{exp}")
                        else:
                            self.traps.add("执行率得分=分值×执行率（超100%封顶）")
                self.n_indicators = len(body)
            self.table_products(T, body)

    def table_products(self, T, body):
        H = T.headers
        cstd = T.col("标准")
        camt = T.col("应补|金额|补贴（元）|岗位补贴（", exclude="标准|实补")
        cpaid = T.col("实补")
        cpr, crt, cmo = T.col("本金"), T.col("利率"), T.col("月数")
        if cpr is not None and crt is not None and cmo is not None and camt is not None:
            cap = self.cap_value()
            for r in body:
                p, rt, mo, a = cellnum(r[cpr]), cellnum(r[crt]), cellnum(r[cmo]), cellnum(r[camt])
                if None in (p, rt, mo, a):
                    continue
                v = qz(p * rt / 100 * mo / 12, ndec(r[camt]))
                if "封顶" in r[0]:
                    if cap is None:
                        continue
                    v = min(v, cap)
                    self.traps.add("封顶/限额")
                self.rels += 1
                if v != a:
                    self.flag("prod", f"{r[0]}贴息{a}≠{v}")
            return
        if cstd is None or camt is None:
            return
        cnt = None
        for pat in ["取证", "人月", "人次", "人数|受助|受益|吸纳|（人）"]:
            cnt = T.col(pat, exclude="标准")
            if cnt is not None:
                break
        spring, autumn = T.col("春季"), T.col("秋季")
        if T.col("人次") is None and spring is not None and autumn is not None:
            cnt = None
        cday = T.col("天数")
        crat = T.col("比例")
        amt_wan = "万元" in H[camt]
        std_wan = "万元" in H[cstd]
        stds, days = set(), set()
        for r in body:
            if cnt is not None:
                n = cellnum(r[cnt])
            else:
                a_, b_ = cellnum(r[spring]), cellnum(r[autumn])
                n = None if None in (a_, b_) else a_ + b_
            sv, a = cellnum(r[cstd]), cellnum(r[camt])
            if None in (n, sv, a):
                continue
            v = n * sv
            if cday is not None:
                dv = cellnum(r[cday])
                v *= dv
                days.add(dv)
            if crat is not None:
                v = v * Dd(r[crat].rstrip("%")) / 100
            if std_wan and not amt_wan:
                v *= 10000
            if amt_wan and not std_wan:
                v /= 10000
            v = qz(v, ndec(r[camt]))
            stds.add(sv)
            self.rels += 1
            if v != a:
                self.flag("prod", f"{r[0]}：{n}×{sv}…={v}≠{a}")
            if cpaid is not None:
                p = cellnum(r[cpaid])
                cap = self.cap_value(unit="元")
                if p is not None:
                    e = min(a, cap) if cap is not None else a
                    self.rels += 1
                    if e != p:
                        self.flag("prod", f"{r[0]}实补{p}≠{e}")
                    if p < a:
                        self.traps.add("封顶/限额")
        if len(stds) >= 2:
            self.traps.add("标准分档（单一标准×总数≠总额）")
        if len(days) >= 2:
            self.traps.add("各校天数不同")
        hs = " ".join(H)
        if (cnt is not None and re.search("取证|人月|人次", H[cnt]) and re.search("（人）|人数|培训人次", hs.replace(H[cnt], ""))) or crat is not None:
            self.traps.add("人/人次/人月口径" if crat is None else "分期兑付比例")

    def cap_value(self, unit="万元", kw="贴息|补贴"):
        for t in self.d.alltoks:
            if is_cap(t) and t.unit == unit and re.search(kw, t.label):
                return t.v
        return None

    # ------------------------------------------------------------ sums
    def sums(self):
        for s in self.d.sents:
            text, toks = s["text"], s["toks"]
            for m in re.finditer("其中|主要用于", text):
                p = m.start()
                nonexh_kw = m.group() == "主要用于"
                after = [t for t in toks if t.s > p and not t.paren and t.unit in MONEY | COUNT and not is_std(t)]
                before = [t for t in toks if t.e <= p and not t.paren and t.unit in MONEY | COUNT]
                for u in {t.unit for t in after}:
                    items = [t for t in after if t.unit == u]
                    tot = [t for t in before if t.unit == u]
                    if len(items) < 2 and not (nonexh_kw and items):
                        continue
                    if not tot:
                        continue
                    T = tot[-1]
                    last = items[-1]
                    seg = re.split("[，。；]", text[last.e:])[0]
                    nonexh = nonexh_kw or "等" in seg
                    self.check_sum(T, items, nonexh, text)
            # 由 … 构成
            m = re.search(r"由(.+?)(构成|组成)", text)
            if m:
                items = [t for t in toks if m.start() < t.s < m.end() and t.unit in MONEY | COUNT and not t.paren]
                if len(items) >= 2:
                    u = items[0].unit
                    tot = [t for t in toks if t.e <= m.start() and t.unit == u and not t.paren]
                    if tot:
                        self.check_sum(tot[-1], [t for t in items if t.unit == u], False, text)
            # 分别为 … (合计)
            m = re.search("分别为", text)
            if m:
                stop = re.search("，合计", text[m.end():])
                end = m.end() + stop.start() if stop else len(text)
                items = [t for t in toks if m.end() <= t.s < end and t.unit in MONEY | COUNT and not t.paren]
                if items:
                    u = items[0].unit
                    items = [t for t in items if t.unit == u]
                    anchor = text.find("包括") if "包括" in text[:m.start()] else m.start()
                    tot = [t for t in toks if t.e <= anchor and t.unit == u and not t.paren]
                    if stop:
                        tt = [t for t in toks if t.s >= end and t.unit == u]
                        if tt:
                            tot = [tt[0]]
                    if tot and len(items) >= 2:
                        self.check_sum(tot[-1], items, False, text)
                    # numeral of items
                    k = re.search(r"(?:包括|为)([^，。；]*?)(两|二|三|四|五|六)(项|档)", text[:m.start()])
                    if k:
                        names = [x for x in re.split("、|和", k.group(1)) if x]
                        want = CN_NUM[k.group(2)]
                        if k.group(3) == "项" and len(names) != want:
                            self.flag("count.mismatch", f"“{k.group(2)}项”列出{len(names)}项")
                        if len(items) != want:
                            self.flag("count.mismatch", f"“{k.group(2)}{k.group(3)}”对应{len(items)}个数")
            # A、B，合计 T (no 分别为)
            if "分别为" not in text:
                for m in re.finditer("，合计", text):
                    tt = [t for t in toks if t.s >= m.end() and t.unit in MONEY | COUNT]
                    if not tt:
                        continue
                    T = tt[0]
                    items = [t for t in toks if t.e <= m.start() and t.unit == T.unit and not t.paren and not is_std(t)]
                    if len(items) >= 2:
                        self.check_sum(T, items, False, text)
            # 年初预算 + 追加 = 全年预算
            a0 = [t for t in toks if "年初预算" in t.label and t.unit == "万元"]
            ad = [t for t in toks if "追加" in t.label and t.unit == "万元"]
            a1 = [t for t in toks if re.search("全年预算", t.label) and t.unit == "万元"]
            if a0 and ad and a1 and a0[0].s < ad[0].s < a1[0].s:
                self.rels += 1
                if a0[0].v + ad[0].v != a1[0].v:
                    self.flag("sum.breakdown", f"年初{a0[0].v}+追加{ad[0].v}≠全年{a1[0].v}")

    def check_sum(self, T, items, nonexh, text):
        s = sum(t.v for t in items)
        fam = "sum.breakdown" if T.unit in MONEY else "count.mismatch"
        if nonexh:
            self.rels += 1
            if s > T.v:
                self.flag(fam, f"非穷尽列举之和{s}>{T.raw}{T.unit}")
            elif s < T.v:
                self.traps.add("非穷尽列举（…等）")
            return
        self.rels += 1
        if s != T.v:
            self.flag(fam, f"{T.label}{T.raw}{T.unit}≠各项之和{s}")
            return
        if re.search("收入.*总计", T.label) and any("年初结转" in t.label or "上年结转" in t.label for t in items):
            self.traps.add("收入总计含年初结转")
        # shares of items
        shares = []
        for t in items:
            m = re.match(r"[（(，]占\s*(\d+(?:\.\d+)?)%", text[t.e:])
            if m:
                shares.append(m.group(1))
                val = qz(t.v * 100 / T.v, ndec(m.group(1)))
                self.rels += 1
                if val != Dd(m.group(1)):
                    self.flag("rate.ratio", f"{t.label}占比{m.group(1)}%≠{val}%")
        if len(shares) == len(items) and shares and sum(Dd(x) for x in shares) != 100:
            self.traps.add("占比四舍五入合计≠100%")

    # ------------------------------------------------------------ prose products
    def products(self):
        for s in self.d.sents:
            toks = s["toks"]
            stds = [t for t in toks if is_std(t) and t.unit in MONEY]
            if not stds:
                continue
            counts = [t for t in toks if t.unit in {"人", "人次", "人月", "名", "个", "户", "笔"}]
            amts = [t for t in toks if t.unit in MONEY and not is_std(t) and not is_cap(t) and t.s > stds[-1].s
                    and re.search("计|发放|落实|免除|资助金额|补贴|资金", t.label)]
            if not counts or not amts:
                continue
            used = set()
            total = Decimal(0)
            ok = True
            for st in stds:
                if "每月" in st.label:
                    pref = ["人月"]
                elif "每学期" in st.label:
                    pref = ["人次"]
                else:
                    pref = ["人", "名", "个", "户", "笔"]
                cands = [c for c in counts if c.unit in pref and id(c) not in used]
                if not cands:
                    ok = False
                    break
                bef = [c for c in cands if c.s < st.s]
                c = bef[-1] if bef else cands[0]
                used.add(id(c))
                total += c.v * st.v * (10000 if st.unit == "万元" else 1)
                if c.unit in ("人次", "人月") and any(x.unit == "人" for x in counts):
                    self.traps.add("人/人次/人月口径")
            if not ok:
                continue
            a = amts[0]
            v = qz(total / (10000 if a.unit == "万元" else 1), ndec(a.raw))
            self.rels += 1
            if v != a.v:
                self.flag("prod", f"{a.label}{a.raw}{a.unit}≠{v}")
            if len({st.v for st in stds}) >= 2:
                self.traps.add("标准分档（单一标准×总数≠总额）")

    # ------------------------------------------------------------ rates
    RATE = {
        "执行率": (["支出", "执行", "拨付", "使用", "决算"], [["全年预算", "调整后预算", "可用资金", "资金总额", "全年下达"], ["预算", "下达", "到位"]]),
        "完成率": (["完成", "实际"], [["目标", "计划", "任务"]]),
        "就业率": (["就业"], [["毕业生", "取证"]]),
        "覆盖率": (["资助", "纳入", "覆盖", "享受"], [["认定", "建档立卡", "脱贫", "困难"]]),
        "满意度": (["满意"], [["有效"], ["回收"], ["问卷", "调查", "发放", "抽样"]]),
        "满意率": (["满意"], [["有效"], ["回收"], ["问卷", "调查", "发放", "抽样"]]),
        "取证率": (["取证"], [["培训"]]),
        "留用率": (["留用"], [["期满"], ["见习"]]),
        "达标率": (["达标"], [["抽测", "监测"]]),
        "合格率": (["合格"], [["抽测", "监测", "抽查"]]),
        "知晓率": (["知晓"], [["抽查", "调查"]]),
        "还款率": (["还款"], [["到期"]]),
        "稳岗率": (["在岗"], [["吸纳"]]),
    }

    def rates(self):
        for s in self.d.sents:
            toks = s["toks"]
            for t in toks:
                if t.unit != "%":
                    continue
                kw = next((k for k in self.RATE if t.label.endswith(k)), None)
                if kw == "执行率" and t.label.endswith("执行率") and "（" in s["text"][t.e:t.e + 1] and False:
                    pass
                if kw is None:
                    if t.label.endswith("得分率"):
                        self.score_rate(t)
                    continue
                num_kw, den_groups = self.RATE[kw]
                pool = [x for x in toks if x.unit in MONEY | COUNT and not x.paren or (x.paren and "预算" in x.label)]
                pool = [x for x in pool if x.unit in MONEY | COUNT and not is_std(x)]
                den = None
                for g in den_groups:
                    cands = [x for x in pool if any(k in x.label for k in g)]
                    if cands:
                        den = min(cands, key=lambda x: (x.s > t.s, abs(x.s - t.s)))
                        break
                if den is None:
                    continue
                nums = [x for x in pool if x is not den and x.unit == den.unit and any(k in x.label for k in num_kw)
                        and not any(k in x.label for g in den_groups for k in g)]
                if not nums:
                    continue
                num = min(nums, key=lambda x: (x.s > t.s, abs(x.s - t.s)))
                if den.v == 0:
                    self.traps.add("0/0未发生")
                    continue
                val = qz(num.v * 100 / den.v, ndec(t.raw))
                self.rels += 1
                if val != t.v:
                    self.flag("rate.ratio", f"{kw}{t.raw}%≠{num.raw}/{den.raw}={val}%")
                    continue
                if val > 100:
                    self.traps.add("比率超过100%")
                if kw == "执行率":
                    init = [x for x in pool if "年初预算" in x.label]
                    if init and den is not init[0] and qz(num.v * 100 / init[0].v, ndec(t.raw)) != t.v:
                        self.traps.add("执行率按全年预算（同句另有年初预算）")
                if kw in ("满意度", "满意率") and "有效" in den.label and any("发放" in x.label for x in pool):
                    self.traps.add("满意度按有效问卷计")
                if kw == "覆盖率":
                    self.coverage_seen = True

    def score_rate(self, t):
        name = re.sub("^其中", "", t.label)[:-3]
        if name in self.scores:
            w, g = self.scores[name]
            val = qz(g * 100 / w, ndec(t.raw))
            self.rels += 1
            if val != t.v:
                self.flag("rate.ratio", f"{name}得分率{t.raw}%≠{val}%")
            else:
                self.traps.add("得分率≠得分")

    def generic_share(self):
        for s in self.d.sents:
            text, toks = s["text"], s["toks"]
            for m in re.finditer(r"(占|为|完成)([^，。；%]*?)的\s*(\d+(?:\.\d+)?)%", text):
                pt = next((t for t in toks if t.unit == "%" and t.s == m.start(3)), None)
                if pt is None:
                    continue
                inner = [t for t in toks if m.start(2) <= t.s < m.end(2) and t.unit in MONEY | COUNT]
                if inner:
                    den = inner[-1]
                else:
                    phrase = m.group(2).strip()
                    cands = [t for t in toks if phrase and phrase in t.label and t.unit in MONEY | COUNT]
                    if not cands:
                        continue
                    den = cands[0]
                nums = [t for t in toks if t.e <= m.start() and t.unit == den.unit and not t.paren]
                if not nums:
                    continue
                num = nums[-1]
                val = qz(num.v * 100 / den.v, ndec(pt.raw))
                self.rels += 1
                if val != pt.v:
                    self.flag("rate.ratio", f"{num.raw}/{den.raw}={val}%≠{pt.raw}%")
                else:
                    if val > 100:
                        self.traps.add("比率超过100%")
                    if "在校" in den.label and getattr(self, "coverage_seen", False):
                        self.traps.add("覆盖率口径（认定困难学生 vs 在校生）")

    # ------------------------------------------------------------ balances
    def balances(self):
        for s in self.d.sents:
            toks = [t for t in s["toks"] if t.unit in MONEY and not t.paren]
            # type 2: 年初 + 收入 - 支出 = 年末
            b0 = [t for t in toks if re.search("年初", t.label)]
            inc = [t for t in toks if re.search("本年收入|注入|新增", t.label)]
            out = [t for t in toks if re.search("本年支出|代偿支出", t.label)]
            end = [t for t in toks if "年末" in t.label]
            if b0 and inc and out and end:
                v = b0[0].v + inc[0].v - out[0].v
                self.rels += 1
                if v != end[0].v:
                    self.flag("balance.carryover", f"年初{b0[0].raw}+收入{inc[0].raw}-支出{out[0].raw}={v}≠年末{end[0].raw}")
                continue
            xs = [t for t in toks if re.search("结余|结转", t.label) and not re.search("年初|年末|上年结转", t.label)]
            if not xs:
                continue
            X = xs[0]
            buds = None
            for g in (["全年预算", "可用资金", "资金总额", "全年下达"], ["预算", "下达"]):
                c = [t for t in toks if any(k in t.label for k in g) and t.s < X.s]
                if c:
                    buds = c[-1]
                    break
            exps = [t for t in toks if re.search("支出|执行|拨付|使用", t.label) and "预算" not in t.label and t.s < X.s]
            if not buds or not exps:
                continue
            v = buds.v - exps[-1].v
            self.rels += 1
            if v != X.v:
                self.flag("balance.carryover", f"{buds.raw}-{exps[-1].raw}={v}≠{X.label}{X.raw}")
            elif any("年初预算" in t.label for t in toks) and buds.label.find("年初") < 0:
                self.traps.add("执行率按全年预算（同句另有年初预算）")

    # ------------------------------------------------------------ changes
    def changes(self):
        for s in self.d.sents:
            text, toks = s["text"], s["toks"]
            m = re.search(r"(比|较)(.*?)(增加|减少|提高|下降)", text)
            if not m:
                continue
            word = m.group(3)
            dt = [t for t in toks if t.s >= m.end() and t.unit in MONEY | {"个百分点", "人", "人次"}]
            if not dt:
                continue
            dtok = dt[0]
            inner = [t for t in toks if m.start(2) <= t.s < m.end(2) and t.unit in MONEY | {"%", "人", "人次"}]
            tongkou = re.search("同口径|可比口径", text)
            if inner:
                prev = inner[0]
            elif tongkou:
                pv = [t for t in toks if "上年" in t.label and t.unit in MONEY]
                if not pv:
                    continue
                prev = pv[0]
            else:
                continue
            cur_c = [t for t in toks if t.e <= m.start() and t.unit == prev.unit and t is not prev and "上年" not in t.label]
            if not cur_c:
                continue
            cur = cur_c[-1]
            base = prev.v
            if tongkou:
                adj = [t for t in toks if re.search("划转|剔除|含", t.label) and t.unit in MONEY and t is not prev]
                if adj:
                    base = prev.v - adj[0].v
                    self.traps.add("同口径比较（剔除划转因素）")
            diff = cur.v - base if word in ("增加", "提高") else base - cur.v
            if dtok.unit == "个百分点":
                self.traps.add("上年数据/百分点")
            self.rels += 1
            if diff != dtok.v:
                self.flag("change", f"{cur.raw}与{base}之差{diff}≠{word}{dtok.raw}")
            else:
                self.traps.add("上年数据并列（跨年度数字）")
            g = re.search(r"(增长|下降)\s*(\d+(?:\.\d+)?)%", text[dtok.e:])
            if g:
                val = qz(abs(cur.v - base) * 100 / base, ndec(g.group(2)))
                self.rels += 1
                if val != Dd(g.group(2)):
                    self.flag("rate.ratio", f"增幅{g.group(2)}%≠{val}%")

    # ------------------------------------------------------------ scores in prose
    def score_prose(self):
        pat1 = re.compile(r"([\u4e00-\u9fa5]*?(?:指标|预算执行))（分值(\d+(?:\.\d+)?)分）得分(\d+(?:\.\d+)?)分")
        pat2 = re.compile(r"([\u4e00-\u9fa5]*?(?:指标|预算执行))分值(\d+(?:\.\d+)?)分，得分(\d+(?:\.\d+)?)分")
        for s in self.d.sents:
            text = s["text"]
            items = [(m.group(1), Dd(m.group(2)), Dd(m.group(3))) for m in pat1.finditer(text)]
            items += [(m.group(1), Dd(m.group(2)), Dd(m.group(3))) for m in pat2.finditer(text)]
            if not items:
                continue
            for nm, w, g in items:
                nm = re.sub("^(其中|依据评价指标体系|对照绩效指标逐项评分)", "", nm)
                self.scores[nm] = (w, g)
                self.rels += 1
                if g > w:
                    self.flag("score.cap", f"{nm}得分{g}>分值{w}")
            m = re.search(r"(合计|总得分|总分)(\d+(?:\.\d+)?)分", text)
            if m and len(items) >= 2:
                tot = Dd(m.group(2))
                self.rels += 1
                if sum(g for _, _, g in items) != tot:
                    self.flag("score.total", f"各项得分之和{sum(g for _, _, g in items)}≠{tot}")
                if sum(w for _, w, _ in items) != 100:
                    self.flag("score.total", "分值之和≠100")

    # ------------------------------------------------------------ grades
    def bands(self):
        text = "\n".join(self.d.lines)
        b = []
        for m in re.finditer(r"(\d+)分（含）(?:以上|至\d+分)为“(优秀|良好|基本合格|不合格|合格|优|良|中|差)”", text):
            b.append((Decimal(m.group(1)), m.group(2)))
        if b:
            b.sort(reverse=True)
            low = re.search(r"\d+分以下为“(优秀|良好|基本合格|不合格|合格|优|良|中|差)”", text)
            if low:
                b.append((Decimal(0), low.group(1)))
            return b, True
        return None, False

    def grades(self):
        b, stated = self.bands()
        for s in self.d.sents:
            text = s["text"]
            if "（含）" in text:
                continue
            m = re.search(r"(?:评价等级|评价等次|评定等级)(?:为|：)?“(优秀|良好|基本合格|不合格|合格|优|良|中|差)”", text)
            if not m:
                continue
            g = m.group(1)
            sm = re.findall(r"(?:总分|自评得分|总得分|合计)(\d+(?:\.\d+)?)分", text[:m.start()])
            if sm:
                total = Dd(sm[-1])
                if self.table_total_score is not None and total != self.table_total_score:
                    self.flag("table.text", f"正文总分{total}≠表中合计{self.table_total_score}")
            elif self.table_total_score is not None:
                total = self.table_total_score
            else:
                continue
            bands = b
            if not bands:
                if g in ("优", "良", "中", "差"):
                    bands = [(Decimal(90), "优"), (Decimal(80), "良"), (Decimal(60), "中"), (Decimal(0), "差")]
                else:
                    bands = [(Decimal(90), "优秀"), (Decimal(80), "良好"), (Decimal(60), "合格"), (Decimal(0), "不合格")]
            want = next(n for lo, n in bands if total >= lo)
            self.rels += 1
            if want != g:
                self.flag("grade.band", f"{total}分应为“{want}”而写“{g}”")
            elif any(abs(total - lo) <= 1 for lo, _ in bands if lo > 0):
                self.traps.add("分数临近等级边界")

    # ------------------------------------------------------------ facts
    def ctx(self, s, t):
        text = s["text"]
        a = max(text.rfind(ch, 0, t.s) for ch in "，；。") + 1
        bs = [text.find(ch, t.e) for ch in "，；。"]
        bs = [x for x in bs if x >= 0]
        b = min(bs) if bs else len(text)
        clause = text[a:b]
        yr = "cur"
        if re.search("上年|上一年|去年|上届", clause):
            yr = "prev"
        for m in re.finditer(r"(20\d\d)(年|届)", clause):
            if self.d.year and int(m.group(1)) != self.d.year:
                yr = m.group(1)
        scope = "cz" if "财政拨款" in text else ("kb" if re.search("同口径|可比口径", text) else "")
        line = self.d.lines[s["line"]]
        m = re.match(r"^\s*\d+[.、．]([^：:，。]{1,14})[：:]", line)
        if m:
            scope += "/" + m.group(1)
        return yr, scope

    def facts(self):
        seen = {}
        for s in self.d.sents:
            for t in s["toks"]:
                if t.unit not in MONEY | COUNT or t.paren:
                    continue
                lb = strip_label(t.label)
                if len(lb) < 3 or re.search("每|标准|最高|不超过|不少于|不低于|目标|约|以上|以下", lb) \
                        or re.fullmatch("(春季|秋季)学期|上半年|下半年", lb):
                    continue
                yr, scope = self.ctx(s, t)
                key = (lb, t.unit)
                seen.setdefault(key, []).append((yr, scope, t.v, t.raw))
        for key, lst in seen.items():
            groups = {}
            for yr, scope, v, raw in lst:
                groups.setdefault((yr, scope), set()).add(v)
            for g, vals in groups.items():
                if len(vals) > 1:
                    self.flag("fact.conflict", f"“{key[0]}”{sorted(vals)}{key[1]}")
            allv = {v for vs in groups.values() for v in vs}
            if len(groups) > 1 and len(allv) > 1:
                ys = {g[0] for g in groups}
                ss = {g[1] for g in groups}
                if len(ys) > 1:
                    self.traps.add("另一年度同名数字")
                if len(ss) > 1:
                    self.traps.add("同名不同口径（全部资金vs财政拨款）")

    # ------------------------------------------------------------ units
    def units(self):
        wan = set()
        for t in self.d.alltoks:
            if t.unit == "万元":
                wan.add(t.v)
        for T in self.d.tables:
            for ci, h in enumerate(T.headers):
                if "万元" in h:
                    for r in T.rows:
                        v = cellnum(r[ci]) if ci < len(r) else None
                        if v is not None:
                            wan.add(v)
        for s in self.d.sents:
            text, toks = s["text"], s["toks"]
            for i, t in enumerate(toks):
                if t.unit != "元" or is_std(t) or is_cap(t):
                    continue
                self.rels += 1
                if t.v in wan:
                    self.flag("unit.magnitude", f"{t.raw}元与某万元数相同")
                    continue
                # conversions: X万元（Y元） / Y元，折合X万元
                nb = None
                if i > 0 and toks[i - 1].unit == "万元" and t.paren and text[toks[i - 1].e:t.s].strip() == "（":
                    nb = toks[i - 1]
                elif i + 1 < len(toks) and toks[i + 1].unit == "万元" and "折合" in toks[i + 1].label:
                    nb = toks[i + 1]
                if nb is not None:
                    self.rels += 1
                    if qz(t.v / 10000, ndec(nb.raw)) != nb.v:
                        self.flag("unit.magnitude", f"{t.raw}元折合≠{nb.raw}万元")
                    else:
                        self.traps.add("元与万元换算（四舍五入/分位）")

    # ------------------------------------------------------------ counts of listed items
    def counts(self):
        for s in self.d.sents:
            text = s["text"]
            for t in s["toks"]:
                if t.unit not in ("个", "所", "家", "项"):
                    continue
                a = max(text.rfind(ch, 0, t.s) for ch in "，。；：") + 1
                seg = text[a:t.s]
                if "、" in seg and not re.search(r"\d", seg):
                    n = len([x for x in re.split("、|和", seg) if x])
                    self.rels += 1
                    if n != t.v:
                        self.flag("count.mismatch", f"列出{n}项而写{t.raw}{t.unit}")
                    else:
                        self.traps.add("列举项数核对（表行数≠项数）") if any(len(T.rows) - 1 != n for T in self.d.tables if T.headers and "工种" in T.headers[0]) else None
            m = re.search(r"三级指标(\d+)个", text)
            if m and hasattr(self, "n_indicators"):
                self.rels += 1
                if int(m.group(1)) != self.n_indicators:
                    self.flag("count.mismatch", f"三级指标{m.group(1)}个≠表中{self.n_indicators}行")
            for m in re.finditer(r"(\d+)(所学校|家企业)|学校共(\d+)所", text):
                n = int(m.group(1) or m.group(3))
                key = "学校" if (m.group(2) or "所学校").startswith("所") else "企业"
                for T in self.d.tables:
                    if key in T.headers[0]:
                        rows = [r for r in T.rows if not T.is_total(r)]
                        self.rels += 1
                        if len(rows) != n:
                            self.flag("count.mismatch", f"{n}{key}≠表中{len(rows)}行")

    # ------------------------------------------------------------ prose vs table
    def table_text(self):
        for T in self.d.tables:
            if "分值" in T.headers:
                continue
            labels = [r[0] for r in T.rows if len(r[0]) >= 4 and not T.is_total(r)]
            units = set()
            for h in T.headers:
                for u in ("万元", "元", "人次", "人", "天", "笔"):
                    if u in h:
                        units.add(u)
                        break
            for s in self.d.sents:
                text = s["text"]
                for r in T.rows:
                    L = r[0]
                    if L not in labels or L not in text:
                        continue
                    st = text.find(L) + len(L)
                    ends = [text.find(ch, st) for ch in "，；。"]
                    ends = [x for x in ends if x >= 0]
                    ends += [text.find(o, st) for o in labels if o != L and text.find(o, st) >= 0]
                    en = min(ends) if ends else len(text)
                    rowvals = {cellnum(c) for c in r[1:]} - {None}
                    for t in s["toks"]:
                        if st <= t.s < en and t.unit in units and not is_std(t) and not is_cap(t):
                            self.rels += 1
                            if t.v not in rowvals:
                                self.flag("table.text", f"正文{L}{t.raw}{t.unit}不在表行{sorted(rowvals)}")

    # ------------------------------------------------------------ special relations
    def special(self):
        for s in self.d.sents:
            text = s["text"]
            m = re.search(r"LPR[^。]*?为\s*(\d+(?:\.\d+)?)%[^。]*?贴息年利率为\s*(\d+(?:\.\d+)?)%", text)
            k = re.search(r"LPR）?的(\d+)%", text)
            if m and k:
                val = qz(Dd(m.group(1)) * Dd(k.group(1)) / 100, ndec(m.group(2)))
                self.rels += 1
                if val != Dd(m.group(2)):
                    self.flag("rate.ratio", f"贴息利率{m.group(2)}%≠{val}%")
                else:
                    self.traps.add("贴息按LPR的50%")
                self.tiexi = Dd(m.group(2))
            m = re.search(r"按[^。，]*?(\d[\d,]*(?:\.\d+)?)万元的(\d+(?:\.\d+)?)%提取[^。，]*?(\d[\d,]*(?:\.\d+)?)万元", text)
            if m:
                val = qz(Dd(m.group(1)) * Dd(m.group(2)) / 100, ndec(m.group(3)))
                self.rels += 1
                if val != Dd(m.group(3)):
                    self.flag("prod", f"提取额{m.group(3)}≠{val}")
            m = re.search(r"贷款(\d+(?:\.\d+)?)万元[^。]*?应贴息(\d+(?:\.\d+)?)万元[^。]*?(\d+(?:\.\d+)?)万元上限[^。]*?实际贴息(\d+(?:\.\d+)?)万元", text)
            if m and getattr(self, "tiexi", None) is not None:
                base, due, cap, paid = (Dd(m.group(i)) for i in range(1, 5))
                if qz(base * self.tiexi / 100, ndec(m.group(2))) != due:
                    self.flag("prod", f"应贴息{due}≠{base}×{self.tiexi}%")
                self.rels += 1
                if min(due, cap) != paid:
                    self.flag("prod", f"实际贴息{paid}≠min({due},{cap})")
                else:
                    self.traps.add("封顶/限额")
            for m in re.finditer(r"(\d[\d,]*)人、(\d[\d,]*)人次", text):
                if Dd(m.group(2)) > Dd(m.group(1)):
                    self.traps.add("人与人次")
            if re.search(r"申领0人|0万元（未发生）|未发生代偿|代偿支出0万元|未发生支出", text):
                self.traps.add("0/0未发生")


# ---------------------------------------------------------------- driver
def analyse(path):
    with open(path, encoding="utf-8") as f:
        return Checker(f.read()).run()


def main(argv):
    global HERE
    verbose = "-v" in argv
    if "--dir" in argv:                       # check a set written elsewhere (robustness runs)
        HERE = argv[argv.index("--dir") + 1]
    exp = {}
    with open(os.path.join(HERE, "expect.tsv"), encoding="utf-8") as f:
        next(f)
        for ln in f:
            tid, fam, detail = ln.rstrip("\n").split("\t")
            exp[tid] = fam
    if "--twins" in argv:
        tdir = argv[argv.index("--twins") + 1]
        ok = fail = 0
        for tid, fam in sorted(exp.items()):
            if fam == "clean":
                continue
            tp = os.path.join(tdir, tid + ".txt")
            c = analyse(tp)
            a = open(os.path.join(HERE, tid + ".txt"), encoding="utf-8").read().split("\n")
            b = open(tp, encoding="utf-8").read().split("\n")
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            good = not c.find and ndiff == 1
            ok += good
            fail += not good
            if not good or verbose:
                print(tid, fam, "twin findings:", c.find, "paragraphs differing:", ndiff)
        print(f"twins clean and one paragraph apart: {ok}/{ok + fail} failures: {fail}")
        return 0 if fail == 0 else 1
    sc = cc = fail = 0
    ns = sum(1 for v in exp.values() if v != "clean")
    nc = len(exp) - ns
    for tid, fam in sorted(exp.items()):
        c = analyse(os.path.join(HERE, tid + ".txt"))
        fams = {f for f, _ in c.find}
        if fam == "clean":
            good = not fams and len(c.traps) >= 2
            cc += good
        else:
            good = fams == {fam} and len(c.find) == 1
            sc += good
        fail += not good
        if verbose or not good:
            print(f"{tid} expected={fam} {'OK' if good else 'FAIL'}")
            for f_, m in c.find:
                print("    finding:", f_, m)
            print(f"    relations checked: {c.rels}; traps:", "；".join(sorted(c.traps)))
    print(f"slips confirmed: {sc}/{ns} clean confirmed: {cc}/{nc} failures: {fail}")
    return 0 if fail == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
