#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent re-reader for blind set 90.

Does not import gen.py.  Reads each tNN.txt as text, recognises the relations it
can (sums with 其中/分别为/合计 rows, rates, changes, balances, scores, grades,
restatements, counts), recomputes them with decimal.Decimal (half-up), and
reports every mismatch with its slip family.  It also looks for the traps a
clean document is meant to hold.

  check.py [DIR]            confirm slips and cleans against DIR/expect.tsv
  check.py --twins TDIR     confirm each twin in TDIR is clean and differs from
                            its slip document in exactly one paragraph (line)
  check.py --show tNN       print findings and traps of one document
"""
import argparse
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ units
COUNT_UNITS = ["台（套）", "人次", "批次", "车次", "户次", "家次", "班次", "场次", "公里", "辆", "个", "项",
               "份", "期", "件", "家", "例", "次", "人", "名"]
UNITS = ["万元", "元", "平方米", "分", "%"] + COUNT_UNITS
UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
AMT_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(" + UNIT_RE + r")(?!以上|以下|以内)")
DELIMS = set("，。；：、（）()“”\"《》:;,| \t│")
CN_NUM = "一二三四五六七八九十"


def dec(s):
    return D(s.replace(",", ""))


def qr(x, nd):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def ndigits(s):
    return len(s.split(".")[1]) if "." in s else 0


def family_of_unit(u):
    if u in ("万元", "元", "平方米"):
        return "sum.breakdown"
    if u == "分":
        return "score.total"
    return "count.mismatch"


def to_wan(v, u):
    return v / 10000 if u == "元" else v


# ------------------------------------------------------------------ vocabulary
VOCAB = {
    "政府采购支出总额": "政府采购支出总额", "政府采购预算总额": "政府采购预算总额",
    "政府采购货物支出": "政府采购货物支出", "政府采购工程支出": "政府采购工程支出", "政府采购服务支出": "政府采购服务支出",
    "货物类采购预算": "货物类采购预算", "工程类采购预算": "工程类采购预算", "服务类采购预算": "服务类采购预算",
    "授予中小企业合同金额": "授予中小企业合同金额", "授予小微企业合同金额": "授予小微企业合同金额",
    "面向中小企业预留采购份额": "面向中小企业预留采购份额",
    "资产总额": "资产总额", "资产总计": "资产总额", "负债总计": "负债总计", "净资产": "净资产",
    "固定资产原值": "固定资产原值", "累计折旧": "累计折旧", "固定资产净值": "固定资产净值",
    "流动资产": "流动资产", "在建工程": "在建工程", "无形资产净值": "无形资产净值",
    "车辆": "车辆", "车辆数合计": "车辆", "车辆数": "车辆", "车辆数量": "车辆",
    "机关运行经费支出": "机关运行经费支出", "机关运行经费财政拨款预算": "机关运行经费财政拨款预算",
    "收入总计": "收入总计", "支出总计": "支出总计", "本年收入合计": "本年收入合计", "本年支出合计": "本年支出合计",
    "年初结转和结余": "年初结转和结余", "年末结转和结余": "年末结转和结余",
    "合同总金额": "合同总金额", "采购预算": "采购预算", "节约资金": "节约资金",
    "全年预算": "全年预算", "年初预算": "年初预算", "财政拨款年初预算": "年初预算",
    "专用设备原值": "专用设备原值", "房屋建筑面积": "房屋建筑面积",
    "办公用房": "办公用房", "业务用房": "业务用房", "附属用房": "附属用房",
    "单位价值50万元以上通用设备": "单位价值50万元以上通用设备",
    "单位价值100万元以上专用设备": "单位价值100万元以上专用设备",
    "房屋及构筑物数量": "房屋建筑面积",
    "涉及资金": "涉及资金", "项目资金": "涉及资金", "上述项目资金": "涉及资金",
}
STRIP_PREFIX = ["其中", "本部门", "本单位", "单位", "全年", "年末", "本年度", "年度", "共有", "共", "年报反映",
                "截至", "上述", "项目"]
PREV_PREFIX = ["上年末", "上年", "年初"]


def clean_label(lab):
    lab = re.sub(r"^\d{4}年(度|末)?", "", lab)
    lab = re.sub(r"(为|是|达|约|共计)$", "", lab)
    return lab


def canon(lab):
    """Return (key, prev) for a vocabulary label, or None."""
    lab = clean_label(lab)
    if not lab or lab[0] in "比较":
        return None
    prev = False
    for _ in range(8):
        if lab in VOCAB:
            return VOCAB[lab], prev
        for p in PREV_PREFIX:
            if lab.startswith(p) and lab[len(p):] in VOCAB:
                return VOCAB[lab[len(p):]], True
        for p in STRIP_PREFIX:
            if lab.startswith(p) and len(lab) > len(p):
                lab = lab[len(p):]
                break
        else:
            return None
    return None


# ------------------------------------------------------------------ text model
class Amt:
    __slots__ = ("v", "s", "u", "label", "start", "end", "line", "sent", "paren")

    def __init__(self, v, s, u, label, start, end, line, sent, paren):
        self.v, self.s, self.u, self.label = v, s, u, label
        self.start, self.end, self.line, self.sent, self.paren = start, end, line, sent, paren

    def __repr__(self):
        return f"{self.label}:{self.s}{self.u}"


def paren_depth_map(text):
    depth, out = 0, []
    for ch in text:
        if ch in "（(":
            depth += 1
        out.append(depth)
        if ch in "）)":
            depth = max(0, depth - 1)
    return out


def amounts_in(text, line_no, sent_no):
    pd = paren_depth_map(text)
    out = []
    for mt in AMT_RE.finditer(text):
        st = mt.start()
        j = st
        while j > 0 and text[j - 1] not in DELIMS:
            j -= 1
        label = text[j:st]
        out.append(Amt(dec(mt.group(1)), mt.group(1), mt.group(2), label, st, mt.end(), line_no, sent_no, pd[st]))
    return out


def is_table_line(line):
    return ("\t" in line) or line.startswith("|") or (" │ " in line) or bool(re.search(r"\S {3,}\S", line))


def split_row(line):
    if line.startswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
    elif "\t" in line:
        cells = [c.strip() for c in line.split("\t")]
    elif " │ " in line:
        cells = [c.strip() for c in line.split("│")]
    else:
        cells = [c.strip() for c in re.split(r" {3,}", line.strip())]
    return cells


def cell_num(c):
    c = c.strip()
    if re.fullmatch(r"-?\d+(?:\.\d+)?%?", c):
        return dec(c.rstrip("%")), c.rstrip("%")
    return None


class Table:
    def __init__(self, rows, caption, first_line):
        self.header = rows[0]
        self.rows = rows[1:]
        self.caption = caption
        self.line = first_line

    def col(self, *keys, exclude=()):
        for i, h in enumerate(self.header):
            if any(k in h for k in keys) and not any(e in h for e in exclude):
                return i
        return None


class Doc:
    def __init__(self, name, text):
        self.name = name
        self.lines = text.rstrip("\n").split("\n")
        self.tables = []
        self.prose = []          # (line_no, text)
        i = 0
        while i < len(self.lines):
            if is_table_line(self.lines[i]):
                j = i
                rows = []
                while j < len(self.lines) and is_table_line(self.lines[j]):
                    cells = split_row(self.lines[j])
                    if not all(re.fullmatch(r"-{3,}", c) for c in cells):
                        rows.append(cells)
                    j += 1
                cap = self.lines[i - 1] if i > 0 else ""
                self.tables.append(Table(rows, cap, i))
                i = j
            else:
                self.prose.append((i, self.lines[i]))
                i += 1
        self.sents = []          # (line_no, sent_no, text, amts)
        sn = 0
        for ln, t in self.prose:
            for s in re.split(r"(?<=。)", t):
                if s.strip():
                    self.sents.append((ln, sn, s, amounts_in(s, ln, sn)))
                    sn += 1
        self.all_amts = [a for _, _, _, am in self.sents for a in am]
        self.findings = []
        self.traps = set()
        self.fy = None
        mt = re.search(r"(\d{4})年", self.lines[0] + (self.lines[1] if len(self.lines) > 1 else ""))
        if mt:
            self.fy = int(mt.group(1))

    def find(self, fam, msg):
        self.findings.append((fam, msg))

    def trap(self, t):
        self.traps.add(t)


def fmt(x):
    return str(x)


def rate_ok(doc, stated_s, num, den, what):
    """Compare a stated percentage with num/den; returns True when consistent."""
    nd = ndigits(stated_s)
    if den == 0:
        return None
    exact = num * 100 / den
    calc = qr(exact, nd)
    ok = calc == dec(stated_s)
    if ok:
        # half-up boundary: the next digit is exactly 5 and nothing follows
        scaled = exact * (D(10) ** nd)
        if scaled - int(scaled) == D("0.5"):
            doc.trap("half_up")
        if dec(stated_s) > 100:
            doc.trap("rate_over_100")
    else:
        doc.find("rate.ratio", f"{what}: stated {stated_s}% but {num}/{den} = {calc}%")
    return ok


# ------------------------------------------------------------------ relations: lists
def list_items(sent, amts, start, stop_at_paren_close=False, paren_level=0):
    """Amounts after position `start` until '；' or end (or the closing paren)."""
    end = len(sent)
    k = sent.find("；", start)
    if k >= 0:
        end = k
    if stop_at_paren_close:
        depth = 0
        for i in range(start, len(sent)):
            if sent[i] in "（(":
                depth += 1
            elif sent[i] in "）)":
                if depth == 0:
                    end = min(end, i)
                    break
                depth -= 1
    span = sent[start:end]
    items = [a for a in amts if start <= a.start < end and a.paren == paren_level and a.u != "%"]
    return items, span


def check_lists(doc):
    scoped = {}   # item label -> list of (head key, value)
    for ln, sn, s, amts in doc.sents:
        # 其中 / 分别为 / X万元中，
        marks = [(m.start(), m.end(), "qz") for m in re.finditer(r"其中[：:，]?", s)]
        marks += [(m.start(), m.end(), "fb") for m in re.finditer(r"分别为", s)]
        marks += [(m.start(), m.end(), "zh") for m in re.finditer(r"(?<=万元)中，", s)]
        for ms, me, kind in marks:
            pd = paren_depth_map(s)
            lvl = pd[ms]
            in_paren = lvl > 0
            items, span = list_items(s, amts, me, stop_at_paren_close=in_paren, paren_level=lvl)
            if not items:
                continue
            u = items[0].u
            items = [a for a in items if a.u == u]
            heads = [a for a in amts if a.end <= ms and a.u == u and a.paren <= lvl]
            if not heads:
                continue
            head = heads[-1]
            nonex = bool(re.search(r"(" + UNIT_RE + r")等", span)) or ("主要包括" in span) or ("主要用于" in span)
            total = sum(a.v for a in items)
            hk = canon(head.label)
            for a in items:
                scoped.setdefault(clean_label(a.label).replace("其中", ""), []).append((hk[0] if hk else head.label, a.v))
            if nonex:
                if total < head.v:
                    doc.trap("non_exhaustive")
                continue
            if len(items) == 1:
                if items[0].v > head.v:
                    doc.find(family_of_unit(u), f"line {ln + 1}: 其中 item {items[0]} exceeds {head}")
                elif items[0].v < head.v:
                    doc.trap("single_item_qizhong")
                continue
            if total != head.v:
                doc.find(family_of_unit(u), f"line {ln + 1}: parts {[a.s for a in items]} sum {total} ≠ {head.s}{u} ({head.label})")
            else:
                if any(a.v == 0 for a in items):
                    doc.trap("zero_category")
            # shares inside the list: （占比P%）
            shares = []
            for mt in re.finditer(r"（占比?(\d+(?:\.\d+)?)%）", span):
                pos = me + mt.start()
                prev = [a for a in items if a.end <= pos]
                if prev:
                    shares.append(mt.group(1))
                    rate_ok(doc, mt.group(1), prev[-1].v, head.v, f"share of {prev[-1].label}")
            if len(shares) >= 2 and sum(dec(x) for x in shares) != 100:
                doc.trap("rounding_shares")
    for lab, vals in scoped.items():
        heads = {h for h, _ in vals}
        vs = {v for _, v in vals}
        if len(heads) > 1 and len(vs) > 1:
            doc.trap("scope_differs")


# ------------------------------------------------------------------ relations: rates
def lookup(doc, name, before_line, before_sent):
    """Prose amount whose label ends with name (canonical match preferred), nearest before."""
    cands = []
    for a in doc.all_amts:
        lab = clean_label(a.label)
        c = canon(a.label)
        if (c and c[0] == VOCAB.get(name, name) and not c[1]) or (lab.endswith(name) and lab[:1] not in "比较"):
            cands.append(a)
    if not cands:
        return None
    before = [a for a in cands if a.sent <= before_sent]
    return (before or cands)[-1]


def check_rates(doc):
    for ln, sn, s, amts in doc.sents:
        nonpct = [a for a in amts if a.u != "%"]
        # 占/为 NAME 的 P%
        for mt in re.finditer(r"(占|为)([^，。；、0-9]{2,20}?)的(\d+(?:\.\d+)?)%", s):
            name = mt.group(2)
            num = [a for a in nonpct if a.end <= mt.start()]
            if not num:
                continue
            den = lookup(doc, name, ln, sn)
            if den is None or den.u != num[-1].u:
                continue
            n = num[-1]
            rate_ok(doc, mt.group(3), n.v, den.v, f"line {ln + 1}: {n.label} over {name}")
            if "小微" in n.label or "小微" in name:
                if "中小企业" not in name:
                    doc.trap("micro_share_over_total")
            if "中小企业" in n.label and "总额" in name:
                others = [a for a in doc.all_amts if "货物" in a.label and a.u == n.u and a.v > 0]
                if others and qr(n.v * 100 / others[0].v, 2) != qr(n.v * 100 / den.v, 2):
                    doc.trap("share_over_total")
            if name.endswith("年初预算") and "全年预算" in s:
                pass
        # 执行率
        for mt in re.finditer(r"执行率(?:为)?(\d+(?:\.\d+)?)%", s):
            before = [a for a in nonpct if a.end <= mt.start() and a.u == "万元"]
            bud = [a for a in before if "全年预算" in a.label or "调整后" in a.label]
            if not bud:
                bud = [a for a in before if re.search(r"预算(数)?$", clean_label(a.label))]
            spend = [a for a in before if re.search(r"(支出|执行数|决算数)$", clean_label(a.label))]
            if not bud or not spend:
                continue
            ok = rate_ok(doc, mt.group(1), spend[-1].v, bud[-1].v, f"line {ln + 1}: 执行率")
            y0 = [a for a in before if clean_label(a.label).endswith("年初预算")]
            if ok and y0 and y0[-1] is not bud[-1]:
                alt = qr(spend[-1].v * 100 / y0[-1].v, ndigits(mt.group(1)))
                if alt != dec(mt.group(1)):
                    doc.trap("rate_over_full_year_budget")
        # 节约率 and 节约资金
        for mt in re.finditer(r"节约率(?:为)?(\d+(?:\.\d+)?)%", s):
            pb = [a for a in nonpct if clean_label(a.label).endswith("采购预算")]
            pc = [a for a in nonpct if clean_label(a.label).endswith("合同总金额") or clean_label(a.label) == "合同金额"]
            sv = [a for a in nonpct if clean_label(a.label).endswith("节约资金")]
            if not pb:
                continue
            sval = sv[0].v if sv else (pb[0].v - pc[0].v if pc else None)
            if sval is None:
                continue
            ok = rate_ok(doc, mt.group(1), sval, pb[0].v, f"line {ln + 1}: 节约率")
            if ok and pc and qr(sval * 100 / pc[0].v, ndigits(mt.group(1))) != dec(mt.group(1)):
                doc.trap("saving_rate_over_budget")
        # 完成率: 计划 N，实际完成 M
        for mt in re.finditer(r"完成率(\d+(?:\.\d+)?)%", s):
            plan = [a for a in nonpct if a.end <= mt.start() and "计划" in s[max(0, a.start - 30):a.start]]
            done = [a for a in nonpct if a.end <= mt.start() and "实际完成" in a.label]
            if plan and done and plan[0].u == done[-1].u and plan[0] is not done[-1]:
                rate_ok(doc, mt.group(1), done[-1].v, plan[0].v, f"line {ln + 1}: 完成率")
        # 满意度: 收回 M，满意 K
        for mt in re.finditer(r"满意度(\d+(?:\.\d+)?)%", s):
            ret = [a for a in nonpct if "收回" in a.label]
            sat = [a for a in nonpct if "满意" in a.label]
            sent_ = [a for a in nonpct if "发放" in a.label]
            if ret and sat:
                ok = rate_ok(doc, mt.group(1), sat[-1].v, ret[-1].v, f"line {ln + 1}: 满意度")
                if ok and sent_ and sent_[0].v != ret[-1].v:
                    doc.trap("satisfaction_over_returned")
        # 得分率: 满分A分，得分b分，得分率P%
        for mt in re.finditer(r"满分(\d+(?:\.\d+)?)分，得分(\d+(?:\.\d+)?)分，得分率(\d+(?:\.\d+)?)%", s):
            if rate_ok(doc, mt.group(3), dec(mt.group(2)), dec(mt.group(1)), f"line {ln + 1}: 得分率"):
                doc.trap("score_rate")
        # 人均办公用房面积
        for mt in re.finditer(r"按(核定编制|实有人员)(\d+)人计算，人均办公用房面积(\d+(?:\.\d+)?)平方米", s):
            off = [a for a in amts if clean_label(a.label).endswith("办公用房") and a.u == "平方米"]
            if off:
                calc = qr(off[0].v / dec(mt.group(2)), ndigits(mt.group(3)))
                if calc != dec(mt.group(3)):
                    doc.find("rate.ratio", f"line {ln + 1}: 人均办公用房 {mt.group(3)} ≠ {calc}")
                elif mt.group(1) == "核定编制" and re.search(r"实有(在职)?人员\d+人", "\n".join(doc.lines)):
                    doc.trap("per_capita_over_staffing")


# ------------------------------------------------------------------ relations: changes
def check_changes(doc):
    for ln, sn, s, amts in doc.sents:
        for mt in re.finditer(r"(比|较)([^，。；]*?)(\d+(?:\.\d+)?)(万元|辆|平方米)(增加|减少)(\d+(?:\.\d+)?)(万元|辆|平方米)"
                              r"(?:，(增长|下降)(\d+(?:\.\d+)?)%)?", s):
            lvl = paren_depth_map(s)[mt.start()]
            cur = [a for a in amts if a.end <= mt.start() and a.u == mt.group(4) and a.paren == lvl]
            if not cur:
                continue
            X, Y, Dd = cur[-1].v, dec(mt.group(3)), dec(mt.group(6))
            sign = 1 if mt.group(5) == "增加" else -1
            if X - Y != sign * Dd:
                doc.find("change", f"line {ln + 1}: {cur[-1].s} − {mt.group(3)} = {X - Y}, stated {mt.group(5)}{mt.group(6)}")
            elif "同口径" in mt.group(2) or "可比口径" in mt.group(2):
                doc.trap("comparable_basis")
            if mt.group(9):
                rate_ok(doc, mt.group(9), abs(X - Y), Y, f"line {ln + 1}: 增减率")


# ------------------------------------------------------------------ relations: balances and identities
def prose_fact(doc, key, prev=False):
    out = []
    for a in doc.all_amts:
        c = canon(a.label)
        if c and c[0] == key and c[1] == prev and a.paren == 0:
            out.append(a)
    return out


def check_balances(doc):
    for ln, sn, s, amts in doc.sents:
        # 结转/结余 = 全年预算 − 支出
        for a in amts:
            lab = clean_label(a.label)
            if a.u != "万元" or not re.search(r"(结转|结余)$", lab) or "年初" in lab or "和结余" in lab:
                continue
            before = [b for b in amts if b.end <= a.start and b.u == "万元"]
            bud = [b for b in before if "全年预算" in b.label]
            spend = [b for b in before if re.search(r"支出$", clean_label(b.label))]
            if bud and spend:
                if bud[-1].v - spend[-1].v != a.v:
                    doc.find("balance.carryover", f"line {ln + 1}: {bud[-1].s} − {spend[-1].s} ≠ {a.s} ({lab})")
        # 年初预算 + 追加/调减 = 全年预算
        y0 = [a for a in amts if clean_label(a.label).endswith("年初预算") and a.u == "万元"]
        ya = [a for a in amts if re.search(r"(追加|调增|调减)$", clean_label(a.label)) and a.u == "万元"]
        yy = [a for a in amts if clean_label(a.label).endswith("全年预算") and a.u == "万元"]
        if y0 and yy:
            adj = sum((-a.v if "调减" in a.label else a.v) for a in ya)
            if y0[0].v + adj != yy[0].v and (ya or "未作调整" in s):
                doc.find("sum.breakdown", f"line {ln + 1}: 年初预算 + 调整 ≠ 全年预算")
        # 节约资金 = 采购预算 − 合同总金额
        pb = [a for a in amts if clean_label(a.label).endswith("采购预算")]
        pc = [a for a in amts if clean_label(a.label).endswith("合同总金额")]
        sv = [a for a in amts if clean_label(a.label).endswith("节约资金")]
        if pb and pc and sv and pb[0].v - pc[0].v != sv[0].v:
            doc.find("balance.carryover", f"line {ln + 1}: 采购预算 − 合同总金额 ≠ 节约资金")
        # 原值 − 累计折旧 = 净值
        o = [a for a in amts if clean_label(a.label).endswith("固定资产原值")]
        dp = [a for a in amts if clean_label(a.label).endswith("累计折旧")]
        nv = [a for a in amts if re.search(r"(固定资产)?净值$", clean_label(a.label)) and not a.label.startswith("上年")]
        if o and dp and nv and o[0].v - dp[0].v != nv[0].v:
            doc.find("sum.breakdown", f"line {ln + 1}: 原值 − 累计折旧 ≠ 净值")
        # 资产 − 负债 = 净资产
        at = [a for a in amts if canon(a.label) == ("资产总额", False)]
        lb = [a for a in amts if canon(a.label) == ("负债总计", False)]
        na = [a for a in amts if canon(a.label) == ("净资产", False)]
        if at and lb and na and at[0].v - lb[0].v != na[0].v:
            doc.find("sum.breakdown", f"line {ln + 1}: 资产 − 负债 ≠ 净资产")
    A = prose_fact(doc, "年初结转和结余")
    B = prose_fact(doc, "本年收入合计")
    C = prose_fact(doc, "本年支出合计")
    Dz = prose_fact(doc, "年末结转和结余")
    if A and B and C and Dz:
        if A[0].v + B[0].v - C[0].v != Dz[0].v:
            doc.find("balance.carryover", f"年初 {A[0].s} + 收入 {B[0].s} − 支出 {C[0].s} ≠ 年末 {Dz[0].s}")
    IT = prose_fact(doc, "收入总计")
    ET = prose_fact(doc, "支出总计")
    if IT and A and B:
        if IT[0].v != A[0].v + B[0].v:
            doc.find("sum.breakdown", "收入总计 ≠ 年初结转和结余 + 本年收入合计")
        elif IT[0].v != B[0].v:
            doc.trap("total_includes_carryover")
    if ET and C and Dz and ET[0].v != C[0].v + Dz[0].v:
        doc.find("sum.breakdown", "支出总计 ≠ 本年支出合计 + 年末结转和结余")


# ------------------------------------------------------------------ scores and grades
DEFAULT_BANDS = [(90, ("优秀", "优")), (80, ("良好", "良")), (60, ("合格", "中", "一般", "及格")), (0, ("不合格", "差", "较差"))]


def check_scores(doc):
    for ln, sn, s, amts in doc.sents:
        for mt in re.finditer(r"(\d+(?:\.\d+)?)分（(?:满分|分值)(\d+(?:\.\d+)?)分）", s):
            if dec(mt.group(1)) > dec(mt.group(2)):
                doc.find("score.cap", f"line {ln + 1}: {mt.group(1)} > {mt.group(2)}")
    text = "\n".join(doc.lines)
    bands = []
    for mt in re.finditer(r"(\d+)分（含）以上为“([^”]+)”", text):
        bands.append((int(mt.group(1)), (mt.group(2),)))
    for mt in re.finditer(r"(\d+)分（含）(?:至|-|～|~)(\d+)分为“([^”]+)”", text):
        bands.append((int(mt.group(1)), (mt.group(3),)))
    for mt in re.finditer(r"(\d+)分以下为“([^”]+)”", text):
        bands.append((0, (mt.group(2),)))
    bands.sort(key=lambda b: -b[0])
    use = bands if len(bands) >= 3 else DEFAULT_BANDS
    for ln, sn, s, amts in doc.sents:
        mg = re.search(r"(?:等级|等次)(?:为|评定为)“([^”]+)”", s)
        if not mg:
            continue
        sc = [a for a in amts if a.u == "分" and re.search(r"(得分|总分)$", clean_label(a.label)) and a.paren == 0]
        if not sc:
            continue
        S = sc[0].v
        expect = None
        for cut, names in use:
            if S >= cut:
                expect = names
                break
        for t in doc.tables:
            cdef = t.col("得分", exclude=("率",))
            for r in t.rows:
                if r[0] in ("合计", "总分", "总计") and cdef is not None and cdef < len(r):
                    tv = cell_num(r[cdef])
                    if tv and tv[0] != S:
                        doc.find("table.text", f"line {ln + 1}: 自评得分 {sc[0].s} vs score table total {tv[1]}")
        if expect and mg.group(1) not in expect:
            doc.find("grade.band", f"line {ln + 1}: score {sc[0].s} graded “{mg.group(1)}”, bands give {expect[0]}")
        elif use is bands:
            dflt = [n for c, n in DEFAULT_BANDS if S >= c][0]
            names_all = [b[1][0] for b in bands]
            if names_all.index(mg.group(1)) != [0, 1, 2, 3][[90, 80, 60, 0].index([c for c in (90, 80, 60, 0) if S >= c][0])]:
                doc.trap("stated_bands")


# ------------------------------------------------------------------ tables
def strip_num_label(lab):
    lab = re.sub(r"^[" + CN_NUM + r"]+、", "", lab)
    lab = re.sub(r"^（[" + CN_NUM + r"]+）", "", lab)
    lab = re.sub(r"^其中[：:]", "", lab)
    return lab


def header_name(h):
    return re.sub(r"（[^）]*）|\([^)]*\)", "", h).strip()


def check_tables(doc):
    text = "\n".join(doc.lines)
    for t in doc.tables:
        hdr = t.header
        labels = [r[0] for r in t.rows]
        hier = any(re.match(r"^[" + CN_NUM + r"]+、", l) for l in labels)
        ucol = t.col("计量单位", "单位")
        if hier:
            vcol = len(hdr) - 1
            i = 0
            while i < len(t.rows):
                r = t.rows[i]
                if re.match(r"^[" + CN_NUM + r"]+、", r[0]):
                    kids, subs, j = [], [], i + 1
                    while j < len(t.rows) and not re.match(r"^[" + CN_NUM + r"]+、", t.rows[j][0]):
                        if t.rows[j][0].startswith("（"):
                            kids.append(t.rows[j])
                        elif t.rows[j][0].startswith("其中"):
                            subs.append(t.rows[j])
                        j += 1
                    pv = cell_num(r[vcol])
                    unit = r[ucol] if ucol is not None else "万元"
                    if pv and kids:
                        vals = [cell_num(k[vcol]) for k in kids]
                        if all(vals):
                            tot = sum(v[0] for v in vals)
                            if tot != pv[0]:
                                doc.find(family_of_unit(unit), f"table line {t.line + 1}: {strip_num_label(r[0])} {pv[1]} ≠ sum of sub-rows {tot}")
                            elif any(v[0] == 0 for v in vals):
                                doc.trap("zero_category")
                    for sb in subs:
                        sv = cell_num(sb[vcol])
                        if pv and sv and sv[0] > pv[0]:
                            doc.find(family_of_unit(unit), f"table: 其中 row exceeds parent")
                    i = j
                else:
                    i += 1
            continue
        # flat table with total rows; a 小计 replaces the rows it sums
        ncol = len(hdr)
        items = []
        seg = 0
        for ti, r in enumerate(t.rows):
            lab = r[0]
            is_sub = lab.endswith("小计")
            is_grand = lab in ("合计", "总计", "资产总计", "资产总额")
            if lab.startswith("其中"):
                continue
            if not (is_sub or is_grand):
                items.append(r)
                continue
            body = items[seg:] if is_sub else items
            for c in range(1, ncol):
                h = hdr[c]
                if "率" in h:
                    continue
                tv = cell_num(r[c]) if c < len(r) else None
                if not tv:
                    continue
                vals = [cell_num(b[c]) if c < len(b) else None for b in body]
                if not vals or not all(vals):
                    continue
                tot = sum(v[0] for v in vals)
                if "得分" in h or "分值" in h:
                    fam = "score.total"
                elif "个" in h or "数量" in h or "项目数" in h:
                    fam = "count.mismatch"
                else:
                    fam = "sum.breakdown"
                if tot != tv[0]:
                    doc.find(fam, f"table line {t.line + 1}: column {h} sums to {tot}, {lab} {tv[1]}")
                elif is_grand and any(b[0] == "在建工程" for b in body):
                    doc.trap("cip_in_total")
                    if any(b[0].endswith("小计") for b in body):
                        doc.trap("subtotal_plus_cip")
            if is_sub:
                items = items[:seg] + [r]
                seg = len(items)
            else:
                items = [r]
                seg = 1
        # row relations
        cb, cc, cs, cr = t.col("采购预算"), t.col("合同金额"), t.col("节约资金"), t.col("节约率")
        cfen, cdef, cdr = t.col("分值"), t.col("得分", exclude=("率",)), t.col("得分率")
        co, cdp, cn = t.col("原值"), t.col("累计折旧"), t.col("净值")
        for r in t.rows:
            g = lambda c: cell_num(r[c]) if c is not None and c < len(r) else None
            if cb is not None and cc is not None and cs is not None:
                b, c_, sv = g(cb), g(cc), g(cs)
                if b and c_ and sv and b[0] - c_[0] != sv[0]:
                    doc.find("balance.carryover", f"table row {r[0]}: 采购预算 − 合同金额 ≠ 节约资金")
                if b and c_ and b[0] == 0:
                    doc.trap("zero_category")
                rt = g(cr)
                if rt and b and sv and b[0] > 0:
                    ok = rate_ok(doc, rt[1], sv[0], b[0], f"table row {r[0]}: 节约率")
                    if ok and c_ and qr(sv[0] * 100 / c_[0], ndigits(rt[1])) != rt[0]:
                        doc.trap("saving_rate_over_budget")
            if cfen is not None and cdef is not None:
                fv, dv = g(cfen), g(cdef)
                if fv and dv and dv[0] > fv[0]:
                    doc.find("score.cap", f"table row {r[0]}: 得分 {dv[1]} > 分值 {fv[1]}")
                rt = g(cdr)
                if rt and fv and dv and fv[0] > 0:
                    if rate_ok(doc, rt[1], dv[0], fv[0], f"table row {r[0]}: 得分率"):
                        doc.trap("score_rate")
            if co is not None and cdp is not None and cn is not None:
                o, dp, nv = g(co), g(cdp), g(cn)
                if o and dp and nv and o[0] - dp[0] != nv[0]:
                    doc.find("sum.breakdown", f"table row {r[0]}: 原值 − 累计折旧 ≠ 净值")
        # indicator counts
        c1, c2, c3 = t.col("一级指标"), t.col("二级指标"), t.col("三级指标")
        if c3 is not None:
            body = [r for r in t.rows if r[0] not in ("合计", "总计", "总分")]
            got = {"一级": len({r[c1] for r in body}) if c1 is not None else None,
                   "二级": len({r[c2] for r in body}) if c2 is not None else None,
                   "三级": len(body)}
            for mt in re.finditer(r"(一级|二级|三级)指标(\d+)个", text):
                if got.get(mt.group(1)) is not None and got[mt.group(1)] != int(mt.group(2)):
                    doc.find("count.mismatch", f"{mt.group(1)}指标 stated {mt.group(2)}, table has {got[mt.group(1)]}")
        if ucol is not None:
            units = {r[ucol] for r in t.rows if ucol < len(r)}
            if "辆" in units and ({"台（套）", "件", "项"} & units):
                doc.trap("count_units_mixed")


# ------------------------------------------------------------------ restatements
def table_facts(doc):
    """(key, prev, value, unit, desc) for cells of the tables."""
    out = []
    for t in doc.tables:
        hdr = t.header
        unit_cap = "万元" if "万元" in t.caption else None
        ucol = t.col("计量单位")
        c0, c1 = t.col("年初"), t.col("年末")
        for r in t.rows:
            lab = strip_num_label(r[0])
            if c0 is not None and c1 is not None:
                for c, prev in ((c0, True), (c1, False)):
                    v = cell_num(r[c]) if c < len(r) else None
                    k = canon(lab)
                    if v and k:
                        out.append((k[0], prev, v[0], unit_cap or "万元", f"table {lab}/{hdr[c]}", lab, hdr[c]))
                continue
            for c in range(1, len(hdr)):
                v = cell_num(r[c]) if c < len(r) else None
                if not v:
                    continue
                hn = header_name(hdr[c])
                u = None
                mu = re.search(r"（(万元|元|%)）", hdr[c])
                if mu:
                    u = mu.group(1)
                elif ucol is not None and ucol < len(r):
                    u = r[ucol]
                elif unit_cap:
                    u = unit_cap
                if ucol is not None and c == len(hdr) - 1:
                    k = canon(lab)
                else:
                    k = canon(lab + hn)
                out.append((k[0] if k else None, False, v[0], u, f"table {lab}/{hn}", lab, hn))
    return out


def check_restatements(doc):
    facts = {}
    for a in doc.all_amts:
        if a.u not in ("万元", "元", "辆", "平方米"):
            continue
        c = canon(a.label)
        if not c:
            continue
        facts.setdefault(c, []).append(a)
    fam_seen = set()
    for (k, prev), lst in facts.items():
        for i in range(len(lst)):
            for j in range(i + 1, len(lst)):
                a, b = lst[i], lst[j]
                va, vb = to_wan(a.v, a.u), to_wan(b.v, b.u)
                if a.u == b.u and a.v == b.v:
                    continue
                if {a.u, b.u} == {"万元", "元"}:
                    w, y = (a, b) if a.u == "万元" else (b, a)
                    if qr(y.v / 10000, 2) == w.v:
                        doc.trap("yuan_with_cents")
                        continue
                    if y.v == w.v:
                        doc.find("unit.magnitude", f"{k}: {w.s}万元 restated as {y.s}元")
                        continue
                doc.find("fact.conflict", f"{k}{'(上年)' if prev else ''}: {a.s}{a.u} (line {a.line + 1}) vs {b.s}{b.u} (line {b.line + 1})")
    # current vs previous year of the same name
    for (k, prev), lst in facts.items():
        if prev and (k, False) in facts:
            if any(x.v != lst[0].v for x in facts[(k, False)]):
                doc.trap("prior_year_restated")
    # prose vs table
    tf = table_facts(doc)
    rlabs = {x[5] for x in tf if x[5]}
    ctx = {}
    for ln, sn, s, amts in doc.sents:
        st = s.lstrip().replace("其中，", "").replace("其中", "")
        for rl in rlabs:
            if st.startswith(rl):
                ctx[sn] = rl
    for a in doc.all_amts:
        if a.paren and a.u == "%":
            continue
        c = canon(a.label)
        lab = clean_label(a.label).replace("其中", "")
        for key, prev, v, u, desc, rlab, hn in tf:
            match = False
            if c and key and c == (key, prev):
                match = True
            elif not prev and ctx.get(a.sent) == rlab and lab == hn:
                match = True
            elif not prev and rlab and lab.startswith(rlab) and len(lab) > len(rlab):
                rest = lab[len(rlab):]
                rest = rest[2:] if rest.startswith("采购") else rest
                if rest and (rest == hn or (hn.startswith(rest) and hn[len(rest):] in ("数",))):
                    match = True
            if not match:
                continue
            if u and u not in (a.u,) and not ({u, a.u} <= {"万元", "元"}):
                continue
            if a.u == (u or a.u) and a.v == v:
                continue
            if a.u == "元" and (u or "万元") == "万元":
                if qr(a.v / 10000, 2) == v:
                    doc.trap("yuan_with_cents")
                    continue
                if a.v == v:
                    doc.find("unit.magnitude", f"{desc}: {v}万元 restated as {a.s}元")
                    continue
            doc.find("table.text", f"line {a.line + 1}: {a.label} {a.s}{a.u} vs {desc} {v}")
    # generic: the same digits stated in 元 and in 万元
    wan = {a.s for a in doc.all_amts if a.u == "万元"}
    for a in doc.all_amts:
        if a.u == "元" and a.s in wan and ("unit.magnitude", a.s) not in fam_seen:
            if not any(f[0] == "unit.magnitude" for f in doc.findings):
                doc.find("unit.magnitude", f"line {a.line + 1}: {a.s}元 repeats the digits of {a.s}万元")


# ------------------------------------------------------------------ other visible traps
def surface_traps(doc):
    text = "\n".join(doc.lines)
    if "未发生" in text or re.search(r"(?<![\d.])0(?:\.00)?(万元|个|辆)", text):
        doc.trap("zero_category")
    if re.search(r"\d+人次", text) and re.search(r"\d+人(?!次)", text):
        doc.trap("person_vs_persontime")
    if re.search(r"\d+批次", text) and re.search(r"\d+人次", text):
        doc.trap("batch_vs_persontime")
    if re.search(r"\d+辆", text) and re.search(r"\d+台（套）", text):
        doc.trap("count_units_mixed")
    if re.search(r"含在建工程\d", text):
        doc.trap("cip_in_total")


def analyse(name, text):
    doc = Doc(name, text)
    check_lists(doc)
    check_rates(doc)
    check_changes(doc)
    check_balances(doc)
    check_scores(doc)
    check_tables(doc)
    check_restatements(doc)
    surface_traps(doc)
    return doc


# ------------------------------------------------------------------ main
def load_expect(d):
    rows = {}
    with open(os.path.join(d, "expect.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            i, e, det = line.split("\t", 2)
            rows[i] = (e, det)
    return rows


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default=HERE)
    ap.add_argument("--twins", default=None)
    ap.add_argument("--show", default=None)
    args = ap.parse_args()
    exp = load_expect(args.dir)

    if args.show:
        doc = analyse(args.show, read(os.path.join(args.dir, args.show + ".txt")))
        for f in doc.findings:
            print("FINDING", *f)
        print("TRAPS", sorted(doc.traps))
        return 0

    if args.twins:
        ok = bad = 0
        for i, (e, det) in sorted(exp.items()):
            if e == "clean":
                continue
            tp = os.path.join(args.twins, i + ".txt")
            if not os.path.exists(tp):
                print(f"{i}: twin missing")
                bad += 1
                continue
            tw = read(tp)
            doc = analyse(i, tw)
            a = read(os.path.join(args.dir, i + ".txt")).rstrip("\n").split("\n")
            b = tw.rstrip("\n").split("\n")
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            if doc.findings or ndiff != 1:
                bad += 1
                print(f"{i}: twin findings={doc.findings} differing paragraphs={ndiff}")
            else:
                ok += 1
        print(f"twins confirmed: {ok}/{ok + bad} failures: {bad}")
        return 1 if bad else 0

    slips_ok = clean_ok = fails = 0
    nslip = sum(1 for e, _ in exp.values() if e != "clean")
    nclean = sum(1 for e, _ in exp.values() if e == "clean")
    for i, (e, det) in sorted(exp.items()):
        doc = analyse(i, read(os.path.join(args.dir, i + ".txt")))
        fams = {f[0] for f in doc.findings}
        nlines = len(doc.lines)
        if not 15 <= nlines <= 60:
            print(f"{i}: {nlines} lines")
            fails += 1
            continue
        if e == "clean":
            listed = [t.strip() for t in det.replace("traps:", "").split(";") if t.strip()]
            missing = [t for t in listed if t not in doc.traps]
            if fams or len(doc.traps) < 2 or missing:
                fails += 1
                print(f"{i}: clean FAIL findings={doc.findings} traps={sorted(doc.traps)} missing={missing}")
            else:
                clean_ok += 1
        else:
            if fams == {e}:
                slips_ok += 1
            else:
                fails += 1
                print(f"{i}: expected {e}, got {doc.findings}")
    print(f"slips confirmed: {slips_ok}/{nslip} clean confirmed: {clean_ok}/{nclean} failures: {fails}")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
