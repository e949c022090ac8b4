#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py - independent re-reader for blind set 81.

It does not import gen.py.  It reads t01.txt .. t40.txt as text, re-derives
every arithmetic relation it recognises (breakdowns, counts, rates, balances,
changes, unit prices, scores, grades, restatements, tables) and compares what
it finds with expect.tsv:

  * a slip document must yield exactly its expected family;
  * a clean document must yield nothing and visibly hold >= 2 trap kinds.

    python3 check.py              check the set next to this file
    python3 check.py -v           also print every finding and trap
    python3 check.py --twins DIR  check the twins written by gen.py --twins DIR
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
UNITS = ["亿元", "万元", "元", "万人", "人次", "人", "户", "公里", "延米", "立方米", "平方米", "米", "亩",
         "座", "处", "条", "个", "项", "家", "栋", "块", "道", "批", "份", "分", "%"]
TOKRE = re.compile(r"(?<![\dA-Za-z.,〔])(" + NUM + r")(" + "|".join(UNITS) + r")")
MONEY = {"亿元": D(10000), "万元": D(1), "元": D("0.0001")}
COUNT_UNITS = {"人次", "人", "户", "座", "处", "条", "个", "项", "家", "栋", "块", "道", "批", "份"}
OPEN, CLOSE = "（(", "）)"
BOUND = "，。；：、（）()"
ROLE_STOP = ["已", "实际", "累计", "支出", "支付", "拨付", "结转", "结余", "执行", "截至", "截止", "占",
             "审定", "核减", "剩余", "折合", "满意度", "完成", "涉及", "受益", "惠及"]
CLOSING = ("合计", "共计", "总计", "总里程")
CNNUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def q(x, k):
    return D(x).quantize(D(1).scaleb(-k), rounding=ROUND_HALF_UP)


def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


class Tok:
    def __init__(self, m, depth, label, sent):
        self.text = m.group(1)
        self.v = dec(m.group(1))
        self.u = m.group(2)
        self.s, self.e = m.start(), m.end()
        self.depth = depth
        self.label = label
        self.sent = sent

    @property
    def w(self):  # value in 万元 for money
        return self.v * MONEY[self.u] if self.u in MONEY else self.v

    def __repr__(self):
        return f"{self.label}{self.text}{self.u}"


def compatible(u1, u2):
    if u1 in MONEY and u2 in MONEY:
        return True
    return u1 == u2


def family_for(unit):
    if unit in COUNT_UNITS:
        return "count.mismatch"
    if unit == "分":
        return "score.total"
    return "sum.breakdown"


def depth_map(s):
    d, out = 0, []
    for c in s:
        if c in OPEN:
            d += 1
        out.append(d)
        if c in CLOSE:
            d = max(0, d - 1)
    return out


def tokens(s):
    dm = depth_map(s)
    toks = []
    prev_end = 0
    for m in TOKRE.finditer(s):
        st = m.start()
        # label: text since the previous boundary or previous token
        b = prev_end
        for i in range(st - 1, prev_end - 1, -1):
            if s[i] in BOUND:
                b = i + 1
                break
        label = s[b:st]
        if m.group(2) == "元" and s[m.end():m.end() + 1] == "/":
            prev_end = m.end()
            continue
        toks.append(Tok(m, dm[st] if s[st - 1:st] not in OPEN else dm[st], label, s))
        prev_end = m.end()
    return toks, dm


def clean_label(lb):
    for p in ("其中：", "其中", "和", "及", "、"):
        if lb.startswith(p):
            lb = lb[len(p):]
    return lb


def top_seps(s, dm, a, b, depth):
    return "".join(c for i, c in enumerate(s[a:b], start=a) if dm[i] == depth and c in "，；。、：")


class Checker:
    def __init__(self, text):
        self.text = text
        self.lines = text.split("\n")
        self.find = []      # (family, detail)
        self.traps = set()
        self.reg = {}       # canonical label -> list of (value, where)
        self.scores_total = []   # (value, where, kind)

    def flag(self, fam, detail):
        self.find.append((fam, detail))

    # ------------------------------------------------------------------ tables
    def split_blocks(self):
        blocks, cur = [], []
        kinds = []
        for ln in self.lines:
            k = None
            if "\t" in ln:
                k = "tsv"
            elif ln.startswith("|"):
                k = "md"
            elif ln.startswith("│"):
                k = "bar"
            elif re.search(r"\S {2,}\S", ln) and "。" not in ln:
                k = "space"
            if k:
                cur.append((k, ln))
            else:
                if len(cur) >= 2:
                    blocks.append(cur)
                elif cur:
                    self.prose_lines.append(cur[0][1])
                cur = []
                self.prose_lines.append(ln)
        if len(cur) >= 2:
            blocks.append(cur)
        return blocks

    def parse_table(self, block):
        rows = []
        for k, ln in block:
            if k == "tsv":
                cells = ln.split("\t")
            elif k == "md":
                if re.match(r"^\|[-|: ]+\|$", ln):
                    continue
                cells = [c.strip() for c in ln.strip()[1:-1].split("|")]
            elif k == "bar":
                cells = [c.strip() for c in ln.strip()[1:-1].split("│")]
            else:
                cells = [("" if c == "/" else c) for c in re.split(r" {2,}", ln.strip())]
            rows.append([c.strip() for c in cells])
        w = max(len(r) for r in rows)
        return [r + [""] * (w - len(r)) for r in rows]

    def check_tables(self):
        for block in self.blocks:
            rows = self.parse_table(block)
            hdr, data = rows[0], rows[1:]
            ncol = len(hdr)
            role = {}
            for j, h in enumerate(hdr):
                if j == 0:
                    continue
                if "得分率" in h:
                    role[j] = "srate"
                elif "得分" in h:
                    role[j] = "score"
                elif "分值" in h or "权重" in h:
                    role[j] = "weight"
                elif "执行率" in h:
                    role[j] = "rate"
                elif any(w in h for w in ("预算数", "执行数", "金额", "投资", "到位", "支出", "资金")):
                    role[j] = "money"
            def num(c):
                c = c.replace(",", "")
                if re.fullmatch(r"\d+(?:\.\d+)?", c):
                    return D(c)
                return None
            kindof = []
            for r in data:
                if any(c in ("合计", "总计", "总分") for c in r):
                    kindof.append("total")
                elif any(c == "小计" for c in r):
                    kindof.append("sub")
                else:
                    kindof.append("data")
            sumcols = [j for j in role if role[j] in ("money", "weight", "score")]
            fam_of = lambda j: "score.total" if role[j] in ("weight", "score") else "sum.breakdown"
            # 其中-children (self-evaluation funds table)
            parent = None
            for i, r in enumerate(data):
                if r[0].startswith("其中") and i > 0:
                    parent = i - 1
            if parent is not None:
                kids = [data[i] for i in range(parent + 1, len(data)) if kindof[i] == "data"]
                for j in sumcols:
                    if role[j] != "money":
                        continue
                    pv = num(data[parent][j])
                    vals = [num(r[j]) for r in kids]
                    if pv is not None and all(v is not None for v in vals):
                        if sum(vals) != pv:
                            self.flag("sum.breakdown", f"表{hdr[j]}：{data[parent][0]}{pv}≠{sum(vals)}")
            # subtotals and totals
            group, subs = [], []
            has_sub = "sub" in kindof
            for i, r in enumerate(data):
                if i == parent:
                    continue
                if kindof[i] == "data":
                    group.append(r)
                elif kindof[i] == "sub":
                    for j in sumcols:
                        vals = [num(g[j]) for g in group]
                        sv = num(r[j])
                        if sv is not None and all(v is not None for v in vals):
                            if sum(vals) != sv:
                                self.flag(fam_of(j), f"表小计{hdr[j]}：{sv}≠{sum(vals)}")
                    subs.append(r)
                    group = []
                    self.traps.add("subtotal_table")
                else:
                    base = subs if has_sub else [data[k] for k in range(len(data)) if kindof[k] == "data" and k != parent]
                    for j in sumcols:
                        vals = [num(g[j]) for g in base]
                        tv = num(r[j])
                        if tv is not None and vals and all(v is not None for v in vals):
                            if sum(vals) != tv:
                                self.flag(fam_of(j), f"表合计{hdr[j]}：{tv}≠{sum(vals)}")
                            else:
                                self.traps.add("total_row")
                        elif tv is not None and vals and role[j] in ("score", "weight"):
                            vv = [v for v in vals if v is not None]
                            if sum(vv) != tv:
                                self.flag(fam_of(j), f"表合计{hdr[j]}：{tv}≠{sum(vv)}")
                    for j in role:
                        if role[j] == "score" and num(r[j]) is not None:
                            self.scores_total.append((num(r[j]), "table", "表总分"))
            # caps, rates
            wj = [j for j in role if role[j] == "weight"]
            sj = [j for j in role if role[j] == "score"]
            for r in data:
                if wj and sj:
                    w, s = num(r[wj[0]]), num(r[sj[0]])
                    if w is not None and s is not None and s > w:
                        self.flag("score.cap", f"表{r[0] or r[2]}得分{s}>分值{w}")
                for j in role:
                    if role[j] == "srate" and wj and sj:
                        w, s = num(r[wj[0]]), num(r[sj[0]])
                        c = r[j].rstrip("%")
                        if w and s is not None and num(c) is not None:
                            if q(s * 100 / w, ndec(c)) != num(c):
                                self.flag("rate.ratio", f"表得分率{c}≠{s}/{w}")
                            else:
                                self.traps.add("score_rate")
                    if role[j] == "rate":
                        bj = [k for k in role if "全年预算" in hdr[k]]
                        ej = [k for k in role if "执行数" in hdr[k]]
                        if bj and ej:
                            b, e = num(r[bj[0]]), num(r[ej[0]])
                            c = r[j]
                            if b == 0 and e == 0:
                                if c in ("", "—", "-", "/", "100%", "100.00%", "未发生"):
                                    self.traps.add("zero_zero")
                                else:
                                    self.flag("rate.ratio", f"表0/0执行率{c}")
                            elif b and e is not None and c.endswith("%"):
                                if q(e * 100 / b, ndec(c[:-1])) != num(c[:-1]):
                                    self.flag("rate.ratio", f"表执行率{c}≠{e}/{b}")
                                if any("年初" in h for h in hdr):
                                    aj = [k for k in role if "年初" in hdr[k]]
                                    a = num(r[aj[0]])
                                    if a and q(e * 100 / a, ndec(c[:-1])) != num(c[:-1]):
                                        self.traps.add("rate_full_budget")
            # registry for table.text
            for r in data:
                lab = r[0]
                if lab and lab not in ("合计", "小计", "总计", "总分"):
                    self.table_rows.setdefault(lab, []).append({hdr[j]: num(r[j]) for j in range(1, min(ncol, len(r)))})

    # ------------------------------------------------------------------ prose
    def run(self):
        self.prose_lines = []
        self.table_rows = {}
        self.blocks = self.split_blocks()
        self.check_tables()
        self.sents = []
        for ln in self.prose_lines:
            for st in re.split(r"(?<=。)", ln):
                if st.strip():
                    toks, dm = tokens(st)
                    self.sents.append((st, toks, dm))
        # registry of labelled money values
        for st, toks, dm in self.sents:
            for t in toks:
                if t.u in MONEY:
                    self.reg.setdefault(clean_label(t.label), []).append(t)
        for st, toks, dm in self.sents:
            self.lists(st, toks, dm)
            self.rates(st, toks)
            self.balances(st, toks)
            self.prices(st, toks)
            self.scores(st, toks)
        self.facts()
        self.units()
        self.table_text()
        self.grades()
        self.misc_traps()
        return self

    # -------------------------------------------------------------- lists
    def parse_parts(self, s, dm, toks, start, depth, tunit, end=None):
        parts, closing, role_stop, mixed = [], None, False, False
        pos = start
        for t in toks:
            if t.s < start or (end is not None and t.s >= end):
                continue
            if t.depth != depth:
                continue
            seps = top_seps(s, dm, pos, t.s, depth)
            if "；" in seps or "。" in seps:
                break
            lb = clean_label(t.label)
            if lb.startswith(CLOSING):
                if compatible(t.u, tunit):
                    closing = t
                break
            if not compatible(t.u, tunit):
                if parts and "，" in seps:
                    break
                mixed = True
                pos = t.e
                continue
            if parts and "，" in seps and any(w in lb for w in ROLE_STOP):
                role_stop = True
                break
            parts.append(t)
            pos = t.e
        return parts, closing, role_stop, mixed

    def judge(self, total, parts, closing, mode, what):
        unit = (total or closing).u
        fam = family_for(unit)
        if len(parts) < 1:
            return
        sp = sum(p.w for p in parts) if unit in MONEY else sum(p.v for p in parts)
        tv = None
        if total is not None:
            tv = total.w if unit in MONEY else total.v
            if total.u == "亿元" and any(p.u == "万元" for p in parts):
                self.traps.add("mixed_units")
        if closing is not None:
            cv = closing.w if unit in MONEY else closing.v
            if sp != cv:
                self.flag(fam, f"{what}：分项和{sp}≠合计{cv}")
            if tv is not None and tv != cv:
                self.flag(fam, f"{what}：总额{tv}≠合计{cv}")
            return
        if tv is None:
            return
        if mode == "exh":
            if len(parts) >= 2 and sp != tv:
                self.flag(fam, f"{what}：分项和{sp}≠总额{tv}（{total.label}）")
        else:
            if sp > tv:
                self.flag(fam, f"{what}：其中各项和{sp}>总额{tv}")
            elif sp < tv:
                self.traps.add("partial_list")
            if mode == "etc":
                self.traps.add("etc_list")

    def nearest_before(self, toks, pos, depth, unit):
        best = None
        for t in toks:
            if t.e <= pos and t.depth == depth and compatible(t.u, unit):
                best = t
        return best

    def lists(self, s, toks, dm):
        qz_count = 0
        # M1 资金来源构成为：
        for m in re.finditer(r"资金来源构成为：", s):
            tot = self.nearest_before(toks, m.start(), 0, "万元")
            parts, closing, _, _ = self.parse_parts(s, dm, toks, m.end(), 0, "万元")
            self.judge(tot, parts, closing, "exh", "资金来源构成")
        # M2 由…构成
        for m in re.finditer(r"，由", s):
            e = s.find("构成", m.end())
            if e < 0:
                e = s.find("组成", m.end())
            if e < 0:
                continue
            tot = self.nearest_before(toks, m.start(), dm[m.start()], "万元")
            parts, closing, _, _ = self.parse_parts(s, dm, toks, m.end(), dm[m.start()], tot.u if tot else "万元", end=e)
            if tot:
                self.judge(tot, parts, closing, "exh", "由…构成")
                if any("结转" in p.label for p in parts):
                    self.traps.add("carry_in")
        # M3 bracket after a token
        for t in toks:
            if s[t.e:t.e + 1] in OPEN:
                close = t.e + 1
                d0 = dm[t.e]
                while close < len(s) and not (s[close] in CLOSE and dm[close] == d0):
                    close += 1
                body = s[t.e + 1:close]
                inner = [x for x in toks if t.e < x.s < close and x.depth == d0]
                comp = [x for x in inner if compatible(x.u, t.u)]
                if body.startswith("其中"):
                    parts, closing, _, _ = self.parse_parts(s, dm, toks, t.e + 1, d0, t.u, end=close)
                    self.judge(t, parts, closing, "plain", "括号其中")
                    if t.depth == 0 and re.search(r"其中[^（]*$", s[:t.s]):
                        self.traps.add("nested")
                    self.traps.add("bracket_list")
                elif body.startswith("含") and comp and clean_label(comp[0].label) not in ("含", ""):
                    for x in comp:
                        if x.w > t.w:
                            self.flag("sum.breakdown", f"含{x}>{t}")
                        else:
                            self.traps.add("inclusion")
                elif "折合" in body or body.startswith("含"):
                    for x in comp:
                        if t.u in MONEY and x.u in MONEY and x.w != t.w:
                            self.flag("fact.conflict", f"折合{x}≠{t}")
                        elif x.u == "元" and t.u == "万元":
                            self.traps.add("yuan_cents")
                elif len(comp) >= 2:
                    mode = "etc" if "等" in body else "exh"
                    parts, closing, _, _ = self.parse_parts(s, dm, toks, t.e + 1, d0, t.u, end=close)
                    self.judge(t, parts, closing, mode, "括号分项")
                    self.traps.add("bracket_list")
                elif len(comp) == 1 and comp[0].u == "元" and t.u == "万元":
                    x = comp[0]
                    if x.w != t.w:
                        self.flag("unit.magnitude" if x.v == t.v else "fact.conflict", f"括号复述{x}≠{t}")
                    else:
                        self.traps.add("yuan_cents")
                elif inner and not comp:
                    self.traps.add("unit_mix_people")
        # M4 其中 (top level and not directly inside a bracket)
        for m in re.finditer(r"其中：?", s):
            if s[m.start() - 1:m.start()] in OPEN:
                continue
            d = dm[m.start()]
            after = [t for t in toks if t.s >= m.end() and t.depth == d]
            if not after:
                continue
            first = after[0]
            if top_seps(s, dm, m.end(), first.s, d).strip("："):
                continue
            tot = self.nearest_before(toks, m.start(), d, first.u)
            if tot is None:
                continue
            qz_count += 1
            parts, closing, role_stop, mixed = self.parse_parts(s, dm, toks, m.end(), d, tot.u)
            tail = s[parts[-1].e:parts[-1].e + 2] if parts else ""
            mode = "etc" if "等" in tail else "plain"
            self.judge(tot, parts, closing, mode, "其中")
            if role_stop:
                self.traps.add("role_tail")
            if mixed:
                self.traps.add("unit_mix_people")
            if any(("结转" in p.label or "结余" in p.label) for p in parts):
                self.traps.add("carry_in")
            # a 其中 whose total is in other units than some sibling in brackets (人 vs 户)
            if any(x.u != tot.u and x.u in COUNT_UNITS and tot.u in COUNT_UNITS and tot.e < x.s < m.start() for x in toks):
                self.traps.add("unit_mix_people")
        if qz_count >= 2 and "；" in s:
            self.traps.add("two_lists")
        # M5 分别为
        for m in re.finditer(r"，分别为：?", s):
            tot = self.nearest_before(toks, m.start(), 0, "个")
            prevtok = [t for t in toks if t.e <= m.start() and t.depth == 0]
            if not prevtok:
                continue
            tot = prevtok[-1]
            if top_seps(s, dm, tot.e, m.start(), 0):
                continue
            # end of the list: first top-level ，；。 after start
            end = m.end()
            while end < len(s) and not (dm[end] == 0 and s[end] in "，；。"):
                end += 1
            comp = [t for t in toks if m.end() <= t.s < end and t.depth == 0 and compatible(t.u, tot.u)]
            if comp:
                parts, closing, _, _ = self.parse_parts(s, dm, toks, m.end(), 0, tot.u, end=end)
                self.judge(tot, parts, closing, "exh", "分别为")
            else:
                seg = [x for x in split_top(s, dm, m.end(), end, "、") if x.strip()]
                if tot.u in COUNT_UNITS and len(seg) != tot.v:
                    self.flag("count.mismatch", f"{tot}，列出{len(seg)}项")
                elif tot.u in COUNT_UNITS:
                    self.traps.add("named_count")
                # measures inside the list versus a closing 总里程/合计
                rest = s[end:]
                mc = re.match(r"，(总里程|合计|共计)", rest)
                if mc:
                    ct = [t for t in toks if t.s >= end and t.depth == 0][0]
                    ms = [t for t in toks if m.end() <= t.s < end and t.u == ct.u]
                    if ms and sum(x.v for x in ms) != ct.v:
                        self.flag(family_for(ct.u), f"分别为列表{ct.u}之和{sum(x.v for x in ms)}≠{ct}")
                    elif ms:
                        self.traps.add("list_closing_total")
        # M6 分X批下达
        for m in re.finditer(r"分([一二两三四五六七八九十])批下达：", s):
            n = CNNUM[m.group(1)]
            prev = [t for t in toks if t.e <= m.start() and t.depth == 0]
            tot = prev[-1] if prev and not top_seps(s, dm, prev[-1].e, m.start(), 0).replace("，", "") and "，" in s[prev[-1].e:m.start()] else None
            parts, closing, _, _ = self.parse_parts(s, dm, toks, m.end(), 0, "万元")
            if len(parts) != n:
                self.flag("count.mismatch", f"分{m.group(1)}批，列出{len(parts)}批")
            self.judge(tot, parts, closing, "exh", "分批下达")
            self.traps.add("batches")
        # M7 count colon list: N座：a，b，…，合计…
        for t in toks:
            if t.u in COUNT_UNITS and s[t.e:t.e + 1] == "：" and t.depth == 0:
                end = s.find("。", t.e)
                segs = split_top(s, dm, t.e + 1, end if end > 0 else len(s), "，")
                items, closing = [], None
                for sg in segs:
                    if sg.lstrip().startswith(CLOSING):
                        closing = sg
                        break
                    items.append(sg)
                if len(items) != t.v:
                    self.flag("count.mismatch", f"{t}：列出{len(items)}项")
                else:
                    self.traps.add("named_count")
                if closing:
                    ct = [x for x in toks if x.s > t.e and x.depth == 0 and clean_label(x.label).startswith(CLOSING)]
                    ms = [x for x in toks if t.e < x.s < ct[0].s and x.depth == 0 and compatible(x.u, ct[0].u)]
                    if sum(x.w for x in ms) != ct[0].w:
                        self.flag(family_for(ct[0].u), f"项目清单合计{ct[0]}≠{sum(x.w for x in ms)}")
                    else:
                        self.traps.add("project_list")
        # M9 N条共X公里（names）
        for m in re.finditer(r"(\d+)(条|座|个)共(" + NUM + r")(公里|米|延米)（([^）]*)）", s):
            names = [x for x in m.group(5).split("、") if x]
            if len(names) != int(m.group(1)):
                self.flag("count.mismatch", f"{m.group(1)}{m.group(2)}，括号列出{len(names)}项")
            else:
                self.traps.add("named_count")
        # 主要用于…等 / 主要包括…等
        if re.search(r"主要(用于|包括)[^。]*等", s):
            self.traps.add("etc_list")

    # -------------------------------------------------------------- rates
    def find_tok(self, toks, *keys, unit=None, before=None, endswith=False):
        for t in toks:
            if before is not None and t.s >= before:
                continue
            lb = clean_label(t.label)
            if unit and not compatible(t.u, unit):
                continue
            for k in keys:
                if (lb.endswith(k) if endswith else k in lb):
                    return t
        return None

    def rate_check(self, t, num, den, what):
        if num is None or den is None:
            return
        k = ndec(t.text)
        nv = num.w if num.u in MONEY else num.v
        dv = den.w if den.u in MONEY else den.v
        if dv == 0:
            return
        exact = nv * 100 / dv
        if q(exact, k) != t.v:
            self.flag("rate.ratio", f"{what}{t.text}%≠{nv}/{dv}={q(exact, k + 2)}%")
            return
        if t.v > 100:
            self.traps.add("over100")
        ex = exact.normalize()
        if ex == q(exact, k + 1) and str(q(exact, k + 1))[-1] == "5":
            self.traps.add("halfup")

    def rates(self, s, toks):
        pcts = [t for t in toks if t.u == "%"]
        for t in pcts:
            lb = t.label
            if "按" in lb and t.v == 100:
                self.traps.add("zero_zero")
                continue
            if lb.endswith("执行率"):
                num = self.find_tok(toks, "全年执行数", "实际支出", "本年支出", "执行数", unit="万元", before=t.s)
                den = self.find_tok(toks, "全年预算数", unit="万元", before=t.s) or \
                    self.find_tok(toks, "预算数", "到位资金", "下达", unit="万元", before=t.s)
                self.rate_check(t, num, den, "执行率")
                a = self.find_tok(toks, "年初预算数", unit="万元", before=t.s)
                if a is not None and num is not None and den is not None and a.w != den.w:
                    if q(num.w * 100 / a.w, ndec(t.text)) != t.v:
                        self.traps.add("rate_full_budget")
            elif "为年初预算数的" in lb:
                num = self.find_tok(toks, "全年执行数", unit="万元")
                den = self.find_tok(toks, "年初预算数", unit="万元")
                self.rate_check(t, num, den, "执行数/年初预算")
            elif lb.endswith("审减率"):
                self.rate_check(t, self.find_tok(toks, "核减", unit="万元"), self.find_tok(toks, "送审", unit="万元"), "审减率")
            elif "占审定金额的" in lb:
                num = [x for x in toks if x.e <= t.s and x.u in MONEY][-1]
                den = self.reg_last("审定金额")
                self.rate_check(t, num, den, "支付进度")
            elif lb.endswith("完成率"):
                num = self.find_tok(toks, "实际完成", before=t.s)
                den = self.find_tok(toks, "计划", before=t.s)
                if num and den and num.u == den.u:
                    self.rate_check(t, num, den, "完成率")
            elif "满意度为" in lb:
                a = self.find_tok(toks, "满意", unit="份", endswith=True)
                b = self.find_tok(toks, "基本满意", unit="份", endswith=True)
                m = self.find_tok(toks, "有效问卷", unit="份")
                if a and b and m:
                    fake = type("X", (), {})()
                    fake.u, fake.v, fake.w = "份", a.v + b.v, a.v + b.v
                    self.rate_check(t, fake, m, "满意度")
            elif lb.endswith("得分率"):
                sc = [x for x in toks if x.e <= t.s and x.u == "分" and clean_label(x.label).endswith("得分")]
                wt = [x for x in toks if x.e <= t.s and x.u == "分" and "分值" in x.label]
                if sc and wt:
                    self.rate_check(t, sc[-1], wt[-1], "得分率")
                    self.traps.add("score_rate")
            elif lb.endswith(("增长", "下降")):
                d = self.find_tok(toks, "比上年增加", "比上年减少", unit="万元")
                ys = [x for x in toks if re.match(r"\d{4}年\S*项目支出$", clean_label(x.label))]
                if d and len(ys) >= 2:
                    self.rate_check(t, d, ys[1], "增减率")
        # shares: 分别占总投资的p1%、p2%…
        m = re.search(r"分别占(总投资|合计)的", s)
        if m:
            shares = [t for t in pcts if t.s >= m.start()]
            money = [t for t in toks if t.u in MONEY and t.s < m.start() and t.depth == 0]
            tot, parts = money[0], money[1:]
            if len(parts) == len(shares):
                for p, sh in zip(parts, shares):
                    self.rate_check(sh, p, tot, "占比")
                tsum = sum(x.v for x in shares)
                if tsum != 100:
                    self.traps.add("share_rounding")

    def reg_last(self, key):
        for lb, ts in self.reg.items():
            if lb.endswith(key) and "占" not in lb:
                return ts[-1]
        return None

    # -------------------------------------------------------------- balances / differences
    def balances(self, s, toks):
        def tk(*k, **kw):
            return self.find_tok(toks, *k, unit="万元", **kw)
        for t in toks:
            if t.u not in MONEY:
                continue
            lb = clean_label(t.label)
            if lb.endswith("结转下年") or lb == "结转下年":
                b = tk("全年预算数", "预算数")
                c = tk("实际支出", "全年执行数")
                if b and c and b.w - c.w != t.w:
                    self.flag("balance.carryover", f"结转{t.w}≠{b.w}-{c.w}")
            elif lb.endswith("年末结转资金"):
                a = self.find_tok(toks, "初项目结转资金", "年初结转资金", unit="万元")
                b = tk("本年下达资金")
                c = tk("本年支出")
                if a and b and c:
                    if a.w + b.w - c.w != t.w:
                        self.flag("balance.carryover", f"年末结转{t.w}≠{a.w}+{b.w}-{c.w}")
                    else:
                        self.traps.add("carry_in")
            elif lb.endswith("年末结转和结余"):
                a = tk("收入总计")
                c = tk("支出合计")
                if a and c:
                    if a.w - c.w != t.w:
                        self.flag("balance.carryover", f"年末结转和结余{t.w}≠{a.w}-{c.w}")
                    else:
                        self.traps.add("carry_in")
            elif lb.startswith("剩余"):
                x = [y for y in toks if y.e <= t.s and "累计支付" in y.label]
                sd = self.reg_last("审定金额")
                if x and sd and sd.w - x[-1].w != t.w:
                    self.flag("balance.carryover", f"剩余{t.w}≠{sd.w}-{x[-1].w}")
            elif lb.endswith("核减"):
                a, b = tk("送审"), tk("审定金额")
                if a and b and a.w - b.w != t.w:
                    self.flag("sum.breakdown", f"核减{t.w}≠{a.w}-{b.w}")
            elif lb.endswith("全年预算数"):
                a, z = tk("年初预算数"), tk("年中追加")
                if a and z and a.w + z.w != t.w:
                    self.flag("sum.breakdown", f"全年预算{t.w}≠{a.w}+{z.w}")
            elif lb.endswith("变更后合同金额"):
                a, z = tk("原合同金额"), tk("增加")
                if a and z and a.w + z.w != t.w:
                    self.flag("sum.breakdown", f"变更后合同{t.w}≠{a.w}+{z.w}")
                self.traps.add("scope")
            elif re.search(r"比上年(增加|减少)$", lb):
                ys = [x for x in toks if re.match(r"\d{4}年\S*项目支出$", clean_label(x.label))]
                if len(ys) >= 2:
                    cur, prev = ys[0].w, ys[1].w
                    sign = 1 if "增加" in lb else -1
                    if "同口径" in lb:
                        x = self.find_tok(toks, "剔除", unit="万元")
                        prev = prev - x.w
                        self.traps.add("comparable")
                    if (cur - prev) != sign * t.w:
                        self.flag("change", f"{lb}{t.w}≠{cur}-{prev}")
                    else:
                        self.traps.add("change_ok")

    # -------------------------------------------------------------- unit prices
    def prices(self, s, toks):
        m = re.search(r"每户(\d+)元标准补助，(\d+)户共补助资金(" + NUM + r")万元", s)
        if m:
            if D(m.group(1)) * D(m.group(2)) != dec(m.group(3)) * 10000:
                self.flag("rate.ratio", f"户均补助×户数≠{m.group(3)}万元")
            else:
                self.traps.add("unit_price")
        m = re.search(r"加固每户(\d+)元、重建每户(\d+)元的标准，共发放补助资金(" + NUM + r")万元", s)
        if m:
            a = self.find_doc_tok("加固", "户")
            b = self.find_doc_tok("拆除重建", "户")
            if a and b:
                if a.v * D(m.group(1)) + b.v * D(m.group(2)) != dec(m.group(3)) * 10000:
                    self.flag("rate.ratio", "分类补助×户数≠补助资金")
                else:
                    self.traps.add("unit_price")
        m = re.search(r"财政资金(" + NUM + r")万元，建设面积(\d+)亩，亩均财政投入(" + NUM + r")元", s)
        if m:
            if q(dec(m.group(1)) * 10000 / D(m.group(2)), ndec(m.group(3))) != dec(m.group(3)):
                self.flag("rate.ratio", "亩均财政投入")
            else:
                self.traps.add("unit_price")

    def find_doc_tok(self, key, unit):
        for st, toks, dm in self.sents:
            for t in toks:
                if t.u == unit and key in t.label:
                    return t
        return None

    # -------------------------------------------------------------- scores
    def scores(self, s, toks):
        for m in re.finditer(r"分值(" + NUM + r")分，得分(" + NUM + r")分", s):
            w, sc = dec(m.group(1)), dec(m.group(2))
            if sc > w:
                self.flag("score.cap", f"得分{sc}>分值{w}")
            self.pair_scores.append(sc)
        m = re.search(r"合计得分(" + NUM + r")分", s)
        if m:
            tv = dec(m.group(1))
            if self.pair_scores and sum(self.pair_scores) != tv:
                self.flag("score.total", f"各项得分和{sum(self.pair_scores)}≠合计{tv}")
            self.scores_total.append((tv, "prose", "合计得分"))
        m = re.search(r"分别得分((?:" + NUM + r")分(?:、(?:" + NUM + r")分)+)，综合得分(" + NUM + r")分", s)
        if m:
            vals = [dec(x) for x in re.findall(NUM, m.group(1))]
            tv = dec(m.group(2))
            if sum(vals) != tv:
                self.flag("score.total", f"四类得分和{sum(vals)}≠综合得分{tv}")
            self.scores_total.append((tv, "prose", "综合得分"))
        m = re.search(r"得分(" + NUM + r")分，评价等级为“([^”]+)”", s)
        if m:
            self.conclusion = (dec(m.group(1)), m.group(2))

    def grades(self):
        if not self.conclusion:
            return
        S, G = self.conclusion
        for v, kind, what in self.scores_total:
            if v != S:
                self.flag("table.text" if kind == "table" else "fact.conflict", f"{what}{v}≠结论得分{S}")
        bands = []
        for m in re.finditer(r"(\d+)分（含）以上为“?([^，。；“”]+?)”?[，。；]", self.text):
            bands.append((D(m.group(1)), D(101), m.group(2)))
        for m in re.finditer(r"(\d+)分（含）至(\d+)分为“?([^，。；“”]+?)”?[，。；]", self.text):
            bands.append((D(m.group(1)), D(m.group(2)), m.group(3)))
        for m in re.finditer(r"(\d+)分以下为“?([^，。；“”]+?)”?[，。；]", self.text):
            bands.append((D(0), D(m.group(1)), m.group(2)))
        if not bands:
            dflt = {"优": (90, 101), "优秀": (90, 101), "良": (80, 90), "良好": (80, 90), "中": (60, 80),
                    "中等": (60, 80), "合格": (60, 80), "一般": (60, 80), "差": (0, 60), "不合格": (0, 60)}
            bands = [(D(a), D(b), w) for w, (a, b) in dflt.items()]
        else:
            if bands[0][0] != 90:
                self.traps.add("stated_bands")
        ok = any(w == G and a <= S < b for a, b, w in bands)
        if not ok:
            self.flag("grade.band", f"{S}分对应等级不是“{G}”")

    # -------------------------------------------------------------- restatements
    def facts(self):
        keys = {}
        for st, toks, dm in self.sents:
            for t in toks:
                if t.u not in MONEY:
                    continue
                lb = clean_label(t.label)
                key = None
                if lb.endswith("总投资"):
                    key = "总投资"
                elif lb.endswith("合同金额"):
                    key = "合同金额"
                    if lb.endswith("原合同金额"):
                        key = "原合同金额"
                    elif lb.endswith("变更后合同金额"):
                        key = "变更后合同金额"
                elif lb.endswith("审定金额") or lb.endswith("送审金额"):
                    key = lb[-4:]
                if key:
                    keys.setdefault(key, []).append(t)
        for key, ts in keys.items():
            vals = {t.w for t in ts}
            if len(vals) > 1:
                if not (len(ts) == 2 and ts[0].v == ts[1].v and {ts[0].u, ts[1].u} == {"万元", "元"}):
                    self.flag("fact.conflict", f"{key}：{'/'.join(str(t) for t in ts)}")
            elif len(ts) > 1 and len({t.u for t in ts}) > 1:
                self.traps.add("restate_other_unit")
        # other year / other scope: same label with different year prefix
        ylab = {}
        for st, toks, dm in self.sents:
            for t in toks:
                m = re.match(r"(\d{4})年(.+)$", clean_label(t.label))
                if m and t.u in MONEY:
                    ylab.setdefault(m.group(2), {}).setdefault(m.group(1), set()).add(t.w)
        for lab, ys in ylab.items():
            if len(ys) >= 2:
                self.traps.add("other_year")
        if re.search(r"口径", self.text):
            self.traps.add("scope")

    def units(self):
        wan = {}
        for st, toks, dm in self.sents:
            for t in toks:
                if t.u == "万元":
                    wan.setdefault(t.v, []).append(t)
        for st, toks, dm in self.sents:
            for t in toks:
                if t.u == "元" and "每" not in t.label and "均" not in t.label:
                    if t.v in wan:
                        self.flag("unit.magnitude", f"{t}与{wan[t.v][0]}同数而单位为元")
                    elif (t.v / 10000) in wan:
                        self.traps.add("yuan_cents")

    def table_text(self):
        if not self.table_rows:
            return
        for st, toks, dm in self.sents:
            for t in toks:
                lb = clean_label(t.label)
                for rl, cellsets in self.table_rows.items():
                    col = None
                    if lb == rl:
                        col = None
                    elif lb == rl + "得分":
                        col = "得分"
                    else:
                        continue
                    vals = set()
                    for cells in cellsets:
                        for h, v in cells.items():
                            if v is None:
                                continue
                            if col and col != h:
                                continue
                            vals.add(v)
                    tv = t.v if t.u not in MONEY else t.w
                    if vals and tv not in vals:
                        self.flag("table.text", f"文字{t}与表“{rl}”{sorted(vals)}不符")
                    elif vals:
                        self.traps.add("table_restated")

    def misc_traps(self):
        if re.search(r"\d+人次[^。]*\d+人[，。]", self.text):
            self.traps.add("unit_mix_people")
        if "同口径" in self.text:
            self.traps.add("comparable")


def split_top(s, dm, a, b, sep):
    segs, cur = [], ""
    d0 = dm[a] if a < len(dm) else 0
    for i in range(a, b):
        c = s[i]
        if c == sep and dm[i] == d0:
            segs.append(cur)
            cur = ""
        else:
            cur += c
    segs.append(cur)
    return segs


def analyse(text):
    ck = Checker(text)
    ck.pair_scores = []
    ck.conclusion = None
    return ck.run()


TRAP_KINDS = {"partial_list", "etc_list", "mixed_units", "share_rounding", "yuan_cents", "halfup",
              "rate_full_budget", "over100", "unit_mix_people", "zero_zero", "carry_in", "scope",
              "other_year", "comparable", "score_rate", "role_tail", "nested", "two_lists",
              "subtotal_table", "unit_price", "stated_bands", "project_list", "restate_other_unit",
              "table_restated", "inclusion"}


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    exp = {}
    with open(os.path.join(HERE, "expect.tsv"), encoding="utf-8") as f:
        next(f)
        for ln in f:
            i, fam, det = ln.rstrip("\n").split("\t")
            exp[i] = fam
    failures = 0
    if "--twins" in args:
        tdir = args[args.index("--twins") + 1]
        ok = 0
        n = 0
        for i, fam in sorted(exp.items()):
            if fam == "clean":
                continue
            n += 1
            a = open(os.path.join(HERE, i + ".txt"), encoding="utf-8").read().split("\n")
            b = open(os.path.join(tdir, i + ".txt"), encoding="utf-8").read().split("\n")
            ck = analyse("\n".join(b))
            diff = [k for k in range(max(len(a), len(b))) if (a[k] if k < len(a) else None) != (b[k] if k < len(b) else None)]
            good = not ck.find and len(a) == len(b) and len(diff) == 1
            if good:
                ok += 1
            else:
                failures += 1
                print(f"TWIN FAIL {i}: findings={ck.find} differing paragraphs={len(diff)}")
            if verbose:
                print(f"{i} twin: findings={ck.find} diff={diff}")
        print(f"twins confirmed: {ok}/{n} failures: {failures}")
        return 1 if failures else 0
    sc = cc = ns = nc = 0
    for i, fam in sorted(exp.items()):
        text = open(os.path.join(HERE, i + ".txt"), encoding="utf-8").read()
        ck = analyse(text)
        fams = {f for f, _ in ck.find}
        traps = ck.traps & TRAP_KINDS
        nlines = len(text.rstrip("\n").split("\n"))
        if not 15 <= nlines <= 60:
            print(f"FAIL {i}: {nlines} lines")
            failures += 1
        if fam == "clean":
            nc += 1
            if not fams and len(traps) >= 2:
                cc += 1
            else:
                failures += 1
                print(f"FAIL {i} (clean): findings={ck.find} traps={sorted(traps)}")
        else:
            ns += 1
            if fams == {fam}:
                sc += 1
            else:
                failures += 1
                print(f"FAIL {i} ({fam}): findings={ck.find}")
        if verbose:
            print(f"{i} {fam}: {ck.find} traps={sorted(traps)}")
    print(f"slips confirmed: {sc}/{ns} clean confirmed: {cc}/{nc} failures: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
