#!/usr/bin/env python3
"""gen.py -- blind test set 92 (学生资助 / 就业补助 / 人才资金 self-evaluation excerpts).

Python 3 standard library only.  Fixed seed, deterministic.  All money, rates
and scores are decimal.Decimal rounded half-up; floats are used only as
probabilities.

    python3 gen.py                 # writes t01.txt .. t40.txt and expect.tsv next to this file
    python3 gen.py --twins DIR     # writes, for every slip document, the same document without its slip
"""
import os
import sys
import random
from decimal import Decimal, ROUND_HALF_UP

SEED = 9292
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- numbers
def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, nd=2):
    return D(x).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def wan(yuan):
    return q(D(yuan) / 10000)


def pct(a, b, nd=2):
    return q(D(a) * 100 / D(b), nd)


def f2(x):
    return f"{q(x):.2f}"


def fy(x):
    """yuan amount: integer when whole, otherwise with cents"""
    x = D(x)
    if x == x.to_integral_value():
        return f"{x:.0f}"
    return f"{q(x):.2f}"


def fs(x):
    """score: 1 decimal when needed"""
    x = D(x)
    if x == x.to_integral_value():
        return f"{x:.0f}"
    return f"{x.normalize():f}"


def rnd_money(r, lo, hi):
    """random Decimal in [lo, hi] with cents"""
    return q(D(r.randint(int(D(lo) * 100), int(D(hi) * 100))) / 100)


def transpose(s):
    """swap the last pair of adjacent, different digits"""
    ch = list(s)
    idx = [i for i, c in enumerate(ch) if c.isdigit()]
    for k in range(len(idx) - 1, 0, -1):
        i, j = idx[k - 1], idx[k]
        if ch[i] != ch[j]:
            ch[i], ch[j] = ch[j], ch[i]
            return "".join(ch)
    raise ValueError(s)


def alter(s):
    """a clerk's single-figure slip: transposed adjacent digits, or (when all digits agree) a mistyped last digit"""
    try:
        return transpose(s)
    except ValueError:
        i = max(k for k, ch in enumerate(s) if ch.isdigit())
        return s[:i] + str((int(s[i]) + 3) % 10) + s[i + 1:]


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, slip):
        self.lines = []
        self.slip = slip          # slip key (family or family#n) or None
        self.detail = None
        self.traps = []

    def add(self, s):
        self.lines.append(s)

    def S(self, key, good, bad, what):
        good, bad = str(good), str(bad)
        assert good != bad, (key, good)
        if self.slip == key:
            assert self.detail is None, key
            self.detail = f"{what}写作“{bad}”，应为“{good}”"
            return bad
        return good

    def trap(self, t):
        if t not in self.traps:
            self.traps.append(t)


class Ctx:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def n(self, v):
        """count formatting (thousands separators in some documents)"""
        return f"{v:,}" if (self.comma and v >= 1000) else str(v)

    def u(self, s):
        """space between number and unit in some documents (pdf-extracted look)"""
        return s


def H(doc, c, level, text):
    if c.hstyle == "md":
        doc.add(("#" * (level + 1)) + " " + text)
    else:
        doc.add(text)


def title(doc, c, name, kind="绩效自评报告"):
    if c.hstyle == "md":
        doc.add(f"# {c.unit}")
        doc.add(f"## {c.year}年度{name}{kind}")
    else:
        doc.add(c.unit)
        doc.add(f"{c.year}年度{name}{kind}")


def table(c, headers, rows, style=None):
    style = style or c.style
    rows = [[str(x) for x in r] for r in rows]
    if style == "pipe":
        out = ["| " + " | ".join(headers) + " |", "|" + "|".join(["---"] * len(headers)) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in rows]
    elif style == "tab":
        out = ["\t".join(headers)] + ["\t".join(r) for r in rows]
    elif style == "space":
        w = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
        fmt = lambda cells: "  ".join(x.ljust(w[i]) for i, x in enumerate(cells)).rstrip()
        out = [fmt(headers)] + [fmt(r) for r in rows]
    elif style == "kv":
        out = ["；".join(f"{h}：{x}" for h, x in zip(headers, r)) + "。" for r in rows]
    else:
        raise ValueError(style)
    return out


# ---------------------------------------------------------------- scores and grades
SCHEMES = {
    "A": ([(90, "优秀"), (80, "良好"), (60, "合格"), (0, "不合格")],
          "评价结果分为四个等级：90分（含）以上为“优秀”，80分（含）至90分为“良好”，60分（含）至80分为“合格”，60分以下为“不合格”。"),
    "B": ([(90, "优"), (80, "良"), (60, "中"), (0, "差")],
          "绩效评价实行百分制，综合得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"),
    "D": ([(90, "优秀"), (80, "良好"), (70, "合格"), (60, "基本合格"), (0, "不合格")],
          "评价等次分为五个等次：90分（含）至100分为“优秀”，80分（含）至90分为“良好”，70分（含）至80分为“合格”，60分（含）至70分为“基本合格”，60分以下为“不合格”。"),
    "A0": ([(90, "优秀"), (80, "良好"), (60, "合格"), (0, "不合格")], None),
    "B0": ([(90, "优"), (80, "良"), (60, "中"), (0, "差")], None),
}


def grade_of(total, scheme):
    for lo, g in SCHEMES[scheme][0]:
        if total >= lo:
            return g


def wrong_grade(total, scheme):
    bands = SCHEMES[scheme][0]
    g = grade_of(total, scheme)
    names = [b[1] for b in bands]
    i = names.index(g)
    return names[i - 1] if i > 0 else names[i + 1]


def assign_scores(r, inds, deduct_total=None, fixed=None):
    """inds: list of [l1, l2, l3, target, actual, weight]; returns scores (Decimal) list.
    deduct_total: exact points to deduct (Decimal, multiple of 0.5); otherwise 1..3 random deductions."""
    fixed = fixed or {}
    n = len(inds)
    scores = [D(x[5]) for x in inds]
    for i, v in fixed.items():
        scores[i] = D(v)
    free = [i for i in range(n) if i not in fixed]
    pref = [i for i in free if inds[i][1] in ("质量指标", "时效指标", "可持续影响指标", "服务对象满意度指标")]
    if len(pref) >= 3:
        free = pref
    if deduct_total is None:
        k = r.randint(1, 3)
        for i in r.sample(free, k):
            scores[i] -= D(r.choice([1, 2, 3])) / 2
    else:
        left = D(deduct_total) - sum(D(inds[i][5]) - D(v) for i, v in fixed.items())
        while left > 0:
            i = r.choice(free)
            cap = D(inds[i][5]) / 2
            room = scores[i] - (D(inds[i][5]) - cap)
            if room <= 0:
                continue
            step = min(left, room, D(r.choice([1, 2, 3, 4])) / 2)
            scores[i] -= step
            left -= step
    return scores


def tt(c):
    """points to deduct when the document asks for a given total score"""
    return None if c.target_total is None else D(100) - D(c.target_total)


def score_table_lines(c, inds, scores, style=None, actual_col="实际完成值"):
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", actual_col, "分值", "得分"]
    rows = [[x[0], x[1], x[2], x[3], x[4], fs(x[5]), fs(s)] for x, s in zip(inds, scores)]
    tot_w = sum(D(x[5]) for x in inds)
    tot_s = sum(scores)
    rows.append(["合计", "—", "—", "—", "—", fs(tot_w), fs(tot_s)])
    return table(c, heads, rows, style)


PROBLEMS = [
    "部分学校资助档案管理不够规范，个别受助学生材料归档不及时。",
    "绩效目标设置还不够细化，部分指标以定性描述为主，量化程度有待提高。",
    "基层经办人员变动较频繁，业务培训的覆盖面和针对性仍需加强。",
    "资金拨付进度前松后紧，第四季度支出占比偏高。",
    "信息系统数据比对仍以人工为主，与民政、乡村振兴等部门的数据共享不够及时。",
    "政策宣传的精准度不够，部分服务对象对申领流程了解不多。",
]
MEASURES = [
    "下一步将严格落实资助对象动态管理，按学期开展数据比对，确保应助尽助。",
    "进一步细化量化绩效指标，加强绩效运行监控，及时纠正执行偏差。",
    "加强经办人员业务培训，规范资金申报、审核、拨付和档案管理流程。",
    "加快预算执行进度，合理安排资金拨付节点，提高资金使用效益。",
    "推进部门间信息共享，提高补贴申领“免申即享”比例。",
]


def tail(doc, c, r, num="五"):
    H(doc, c, 1, f"{num}、存在的问题及改进措施")
    p = r.sample(PROBLEMS, 2)
    m = r.sample(MEASURES, 2)
    doc.add(f"存在的问题：一是{p[0]}二是{p[1]}")
    doc.add(f"改进措施：{m[0]}{m[1]}")


def band_and_grade(doc, c, total, what="自评总分"):
    bt = SCHEMES[c.scheme][1]
    g = grade_of(total, c.scheme)
    bad = wrong_grade(total, c.scheme)
    gg = doc.S("grade.band", g, bad, f"评价等级“{g}”")
    if any(abs(total - lo) <= 1 for lo, _ in SCHEMES[c.scheme][0] if lo > 0):
        doc.trap(f"总分{fs(total)}分临近等级分界，等级“{g}”按{'文中所列' if bt else '通常90/80/60'}分档判定")
    return bt, gg


# ---------------------------------------------------------------- funds by level
def split_levels(r, T, levels, want_round_trap):
    """split T (Decimal) into len(levels) parts; shares 2 decimals half-up.
    If want_round_trap, retry until the shares do not add to 100.00."""
    for _ in range(2000):
        ws = [r.randint(lo * 10000, hi * 10000) for lo, hi in levels]
        parts = [q(T * D(w) / 1000000) for w in ws[:-1]]
        last = T - sum(parts)
        if last <= 0:
            continue
        parts.append(last)
        shares = [pct(p, T) for p in parts]
        s = sum(shares)
        if want_round_trap and s != 100:
            return parts, shares
        if not want_round_trap:
            return parts, shares
    raise RuntimeError("no split")


PROV_ABBR = {"四川省": "川", "贵州省": "黔", "江西省": "赣", "甘肃省": "甘", "湖北省": "鄂", "河南省": "豫",
             "安徽省": "皖", "湖南省": "湘", "山东省": "鲁", "广东省": "粤", "浙江省": "浙",
             "广西壮族自治区": "桂", "河北省": "冀", "云南省": "云", "陕西省": "陕", "江苏省": "苏"}


def wenhao(r, c, kind="财教"):
    return f"{PROV_ABBR[c.prov]}{kind}〔{c.year - 1}〕{r.randint(12, 260)}号"


# ================================================================ T1 义务教育生活补助
def t_yiwu(doc, r, c):
    Y = c.year
    n = c.n
    cats = [("小学寄宿生", 1000, (600, 2300)), ("初中寄宿生", 1250, (500, 1900)),
            ("小学非寄宿生", 500, (150, 700)), ("初中非寄宿生", 625, (120, 600))]
    rows = []
    X = 0
    for name, std, (lo, hi) in cats:
        base = r.randint(lo, hi)
        ns = base + r.randint(-30, 30)
        na = base + r.randint(-20, 50)
        pt = D(std) / 2
        cnt = ns + na
        rows.append([name, pt, ns, na, cnt, pt * cnt])
        X += max(ns, na) + r.randint(3, max(4, min(ns, na) // 25))
    Ns = sum(x[2] for x in rows)
    Na = sum(x[3] for x in rows)
    Yc = sum(x[4] for x in rows)
    Amt = sum(x[5] for x in rows)
    E = wan(Amt)
    carry = rnd_money(r, "1.5", "9.8")
    T = E + carry
    shares = "shares" in c.flags
    parts, sh = split_levels(r, T, [(50, 58), (22, 28), (4, 8), (0, 0)], shares)
    R = pct(E, T)
    G = (Yc * 9 // 10) // 100 * 100
    rg = pct(Yc, G)
    S = r.randint(Na * 4, Na * 7)
    qq = pct(Na, S)
    Q = r.randint(400, 900)
    Q2 = Q - r.randint(5, 30)
    M = Q2 - r.randint(3, 25)
    m = pct(M, Q2)

    title(doc, c, "义务教育阶段家庭经济困难学生生活补助资金")
    H(doc, c, 1, "一、基本情况")
    H(doc, c, 2, "（一）项目概况")
    doc.add(f"根据《关于做好{Y}年城乡义务教育补助经费管理工作的通知》（{wenhao(r, c)}），{c.place}对义务教育阶段家庭经济困难学生按学段和寄宿情况分档发放生活补助：小学寄宿生每生每年1000元、初中寄宿生每生每年1250元，非寄宿生按同学段寄宿生标准的50%执行，分春、秋两个学期发放。")
    H(doc, c, 2, "（二）资金投入情况")
    if shares:
        doc.add(f"{Y}年共下达生活补助资金{f2(T)}万元，其中：中央财政{f2(parts[0])}万元（占{sh[0]}%），省级财政{f2(parts[1])}万元（占{sh[1]}%），市级财政{f2(parts[2])}万元（占{sh[2]}%），县级财政{f2(parts[3])}万元（占{sh[3]}%）。")
        if sum(sh) != 100:
            doc.trap(f"资金来源占比四舍五入后合计{sum(sh)}%（各项占比均按两位小数四舍五入，正确）")
    else:
        city = doc.S("sum.breakdown", f2(parts[2]), alter(f2(parts[2])), "市级财政资金")
        doc.add(f"{Y}年共下达生活补助资金{f2(T)}万元，由中央财政{f2(parts[0])}万元、省级财政{f2(parts[1])}万元、市级财政{city}万元和县级财政{f2(parts[3])}万元构成。")
    H(doc, c, 1, "二、绩效目标")
    doc.add("总体目标：全面落实义务教育阶段家庭经济困难学生生活补助政策，做到应助尽助，保障家庭经济困难学生顺利完成学业。")
    doc.add(f"年度目标：资助家庭经济困难学生不少于{n(G)}人次；补助资金按学期足额发放；认定家庭经济困难学生资助覆盖率100%；受助学生家长满意度不低于90%。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）资金使用情况")
    doc.add(f"截至{Y}年12月31日，全年可用资金{f2(T)}万元，实际支出{f2(E)}万元（{fy(Amt)}元），预算执行率{R}%，结转下年{f2(carry)}万元，按规定继续用于学生资助。")
    if Amt != Amt.to_integral_value() or wan(Amt) * 10000 != Amt:
        doc.trap(f"支出以元计为{fy(Amt)}元，折合万元四舍五入为{f2(E)}万元")
    H(doc, c, 2, "（二）产出完成情况")
    doc.add(f"全年共资助家庭经济困难学生{n(X)}人、{n(Yc)}人次，其中春季学期{n(Ns)}人次、秋季学期{n(Na)}人次。")
    doc.add(f"全年资助{n(Yc)}人次，为年度目标{n(G)}人次的{rg}%。")
    doc.trap(f"人与人次：全年资助{X}人、{Yc}人次，金额按人次×学期标准计算，不能用人数×年标准")
    doc.trap(f"目标超额完成，完成比例{rg}%超过100%")
    doc.add("分类别发放情况如下表：")
    trows = [[x[0], fy(x[1]), n(x[2]), n(x[3]), n(x[4]), fy(x[5])] for x in rows]
    trows.append(["合计", "—", n(Ns), n(Na), n(Yc), fy(Amt)])
    for ln in table(c, ["类别", "补助标准（元/生·学期）", "春季学期（人）", "秋季学期（人）", "受助人次", "补助金额（元）"], trows):
        doc.add(ln)
    doc.trap("补助标准按学段和寄宿情况分四档（500/625/250/312.5元每生每学期），单一标准×总人次不等于总额")
    H(doc, c, 2, "（三）效益情况")
    doc.add(f"秋季学期认定家庭经济困难学生{n(Na)}人，实际资助{n(Na)}人，资助覆盖率100.00%；秋季学期受助学生{n(Na)}人，占全县义务教育阶段在校生{n(S)}人的{qq}%。")
    doc.trap(f"资助覆盖率100%以认定困难学生为分母，占在校生比例{qq}%为另一口径")
    unit = doc.S("unit.magnitude", "万元", "元", f"资助资金“{f2(E)}万元”的单位")
    doc.add(f"资助资金{f2(E)}{unit}全部通过“一卡通”系统直接发放至学生或监护人账户，未发生截留、挤占、挪用现象。")
    doc.add(f"本年度开展满意度调查，发放问卷{Q}份，回收有效问卷{Q2}份，其中表示满意{M}份，满意度{m}%。")
    doc.trap(f"满意度按有效问卷{Q2}份计算，不按发放问卷{Q}份")
    H(doc, c, 1, "四、自评结论")
    inds = [
        ["产出指标", "数量指标", "资助学生人次", f"≥{G}人次", f"{Yc}人次", 15],
        ["产出指标", "数量指标", "认定困难学生资助覆盖率", "100%", "100%", 10],
        ["产出指标", "质量指标", "资助对象认定准确率", "100%", "100%", 10],
        ["产出指标", "时效指标", "资金按学期发放及时率", "100%", "100%", 10],
        ["产出指标", "成本指标", "初中寄宿生生活补助标准", "1250元/生·年", "1250元/生·年", 5],
        ["效益指标", "社会效益指标", "因贫辍学学生人数", "0人", "0人", 15],
        ["效益指标", "可持续影响指标", "资助工作长效机制", "健全", "健全", 10],
        ["满意度指标", "服务对象满意度指标", "受助学生家长满意度", "≥90%", f"{m}%", 15],
        ["预算执行", "预算执行", "预算执行率", "≥90%", f"{R}%", 10],
    ]
    scores = assign_scores(r, inds, deduct_total=tt(c))
    total = sum(scores)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    for ln in score_table_lines(c, inds, scores):
        doc.add(ln)
    doc.add(f"经综合评价，本项目自评总分{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T14 学前教育幼儿资助
def t_xueqian(doc, r, c):
    Y = c.year
    n = c.n
    z1 = r.choice([500, 600, 750])
    z2 = z1 + r.choice([100, 150, 250])
    rows = []
    X = 0
    for name, std, (lo, hi) in [("公办幼儿园", z1, (400, 1500)), ("普惠性民办幼儿园", z2, (150, 700))]:
        base = r.randint(lo, hi)
        ns = base + r.randint(-25, 25)
        na = base + r.randint(-10, 40)
        cnt = ns + na
        rows.append([name, D(std), ns, na, cnt, D(std) * cnt])
        X += max(ns, na) + r.randint(3, 12)
    Ns = sum(x[2] for x in rows)
    Na = sum(x[3] for x in rows)
    Yc = sum(x[4] for x in rows)
    Amt = sum(x[5] for x in rows)
    E = wan(Amt)
    carry = rnd_money(r, "0.8", "6.5")
    T = E + carry
    parts, sh = split_levels(r, T, [(45, 55), (25, 30), (0, 0)], False)
    R = pct(E, T)
    S = r.randint(Na * 5, Na * 9)
    qq = pct(Na, S)
    zero_kind = r.choice(["孤儿", "烈士子女"])

    title(doc, c, "学前教育幼儿资助资金")
    H(doc, c, 1, "一、基本情况")
    doc.add(f"为保障家庭经济困难幼儿、孤儿和残疾儿童接受普惠性学前教育，{c.place}按照《{c.prov}学前教育资助管理办法》，对上述幼儿减免保育教育费：公办幼儿园每生每学期{z1}元，普惠性民办幼儿园每生每学期{z2}元，按春、秋两个学期分别核定。")
    doc.add(f"{Y}年下达学前教育幼儿资助资金{f2(T)}万元，分别为中央财政{f2(parts[0])}万元、省级财政{f2(parts[1])}万元、县级财政{f2(parts[2])}万元。")
    H(doc, c, 1, "二、绩效目标")
    doc.add("按时足额落实学前教育幼儿资助政策，家庭经济困难幼儿应助尽助，资助资金发放准确率100%，受助幼儿家长满意度不低于90%。")
    H(doc, c, 1, "三、绩效目标完成情况")
    H(doc, c, 2, "（一）资金执行情况")
    doc.add(f"全年下达资金{f2(T)}万元，实际支出{f2(E)}万元，预算执行率{R}%，结余{f2(carry)}万元已按规定结转下年使用。")
    H(doc, c, 2, "（二）资助发放情况")
    doc.add(f"全年资助幼儿{n(X)}人、{n(Yc)}人次，发放资助资金{f2(E)}万元（{fy(Amt)}元）。")
    doc.trap(f"人与人次：全年资助幼儿{X}人、{Yc}人次，按人次×学期标准计算")
    trows = [[x[0], fy(x[1]), n(x[2]), n(x[3]), n(x[4]), fy(x[5])] for x in rows]
    trows.append(["合计", "—", n(Ns), n(Na), n(Yc), fy(Amt)])
    for ln in table(c, ["园所类型", "减免标准（元/生·学期）", "春季学期（人）", "秋季学期（人）", "资助人次", "资助金额（元）"], trows):
        doc.add(ln)
    doc.trap(f"公办园与普惠性民办园标准不同（{z1}元、{z2}元每生每学期）")
    doc.add(f"{zero_kind}入园资助：本年度全县无符合条件的申请对象，申领0人，未发生资助支出。")
    doc.trap(f"{zero_kind}类申领0人，未发生")
    H(doc, c, 2, "（三）效益情况")
    doc.add(f"秋季学期受助幼儿{n(Na)}人，占全县在园幼儿{n(S)}人的{qq}%。")
    unit = doc.S("unit.magnitude", "万元", "元", f"资助资金“{f2(E)}万元”的单位")
    doc.add(f"资助资金{f2(E)}{unit}已全部落实到受助幼儿，由幼儿园直接减免保育教育费，未发生截留挪用。")
    Q = r.randint(300, 700)
    M = Q - r.randint(4, 20)
    m = pct(M, Q)
    doc.add(f"抽样调查受助幼儿家长{Q}人，表示满意{M}人，满意度{m}%。")
    H(doc, c, 1, "四、自评结论")
    inds = [
        ["产出指标", "数量指标", "资助幼儿人次", f"≥{(Yc * 9 // 10) // 10 * 10}人次", f"{Yc}人次", 20],
        ["产出指标", "质量指标", "资助资金发放准确率", "100%", "100%", 15],
        ["产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 15],
        ["产出指标", "成本指标", "公办园减免标准", f"{z1}元/生·学期", f"{z1}元/生·学期", 10],
        ["效益指标", "社会效益指标", "家庭经济困难幼儿入园保障", "有效保障", "有效保障", 15],
        ["满意度指标", "服务对象满意度指标", "受助幼儿家长满意度", "≥90%", f"{m}%", 15],
        ["预算执行", "预算执行", "预算执行率", "≥90%", f"{R}%", 10],
    ]
    scores = assign_scores(r, inds, deduct_total=tt(c))
    total = sum(scores)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    for ln in score_table_lines(c, inds, scores):
        doc.add(ln)
    doc.add(f"综上，本项目自评得分{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T2 营养改善计划
SCHOOLS = ["城关第一小学", "城关第二小学", "石门镇中心小学", "龙潭镇中心学校", "青山乡九年一贯制学校",
           "白沙镇初级中学", "河口镇中心小学", "双溪乡中心学校", "马坪镇初级中学", "新华乡中心小学",
           "桃源镇九年一贯制学校", "柳营乡中心小学"]


def t_yingyang(doc, r, c):
    Y = c.year
    n = c.n
    std = 4 if Y <= 2020 else 5
    K = r.randint(6, 7)
    names = r.sample(SCHOOLS, K)
    days = r.sample(range(186, 207), K)
    rows = []
    for nm, d in zip(names, days):
        s = r.randint(120, 1400)
        rows.append([nm, s, d, std, s * d * std])
    Ss = sum(x[1] for x in rows)
    Amt = sum(x[4] for x in rows)
    E = wan(Amt)
    A1 = E + rnd_money(r, "0.6", "6.0")
    A0 = q(E * D(r.randint(88, 96)) / 100)
    B = A1 - A0
    R = pct(E, A1)
    C = A1 - E
    r0 = pct(E, A0)
    mx = max(rows, key=lambda x: x[1])
    M1 = r.randint(800, 2000)
    M2 = M1 - r.randint(20, 90)
    h = pct(M2, M1)
    Q = r.randint(500, 1000)
    M = Q - r.randint(5, 30)
    m = pct(M, Q)
    G = (Ss * 95 // 100) // 100 * 100

    title(doc, c, "农村义务教育学生营养改善计划专项资金")
    H(doc, c, 1, "一、基本情况")
    doc.add(f"{c.place}{Y}年纳入国家农村义务教育学生营养改善计划实施范围的学校共{K}所，受益学生{n(Ss)}人。膳食补助国家基础标准为每生每天{std}元，按学生实际在校就餐天数核拨；因各校校历和寄宿安排不同，全年供餐天数在{min(days)}天至{max(days)}天之间。")
    doc.trap(f"各校供餐天数不同（{min(days)}至{max(days)}天），不能用总人数×统一天数×标准")
    H(doc, c, 1, "二、绩效目标")
    doc.add(f"年度目标：受益学生不少于{n(G)}人；膳食补助标准每生每天{std}元；全年不发生食品安全责任事故；学生满意度不低于90%。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）资金投入和使用情况")
    rr = doc.S("rate.ratio", f"{R}", alter(f"{R}"), "预算执行率")
    doc.add(f"年初预算营养膳食补助资金{f2(A0)}万元，年中根据实际就餐人数追加{f2(B)}万元，全年预算{f2(A1)}万元；全年实际支出{f2(E)}万元，预算执行率{rr}%（按全年预算计算），结余{f2(C)}万元已按规定收回统筹。")
    doc.trap(f"执行率{R}%按全年预算{f2(A1)}万元计算，同句另有年初预算{f2(A0)}万元")
    doc.add(f"决算数{f2(E)}万元，为年初预算{f2(A0)}万元的{r0}%，主要是年中追加了预算。")
    doc.trap(f"决算为年初预算的{r0}%，超过100%属正常（年中追加）")
    H(doc, c, 2, "（二）各校补助发放情况")
    trows = [[x[0], n(x[1]), x[2], x[3], n(x[4])] for x in rows]
    trows.append(["合计", n(Ss), "—", "—", n(Amt)])
    for ln in table(c, ["学校", "受益学生（人）", "供餐天数（天）", "补助标准（元/生·天）", "补助金额（元）"], trows):
        doc.add(ln)
    doc.add(f"全县{K}所学校受益学生合计{n(Ss)}人，补助金额合计{n(Amt)}元，折合{f2(E)}万元。")
    if wan(Amt) * 10000 != Amt:
        doc.trap(f"补助金额{Amt}元折合万元四舍五入为{f2(E)}万元")
    smax = doc.S("table.text", n(mx[1]), alter(n(mx[1])), f"正文中{mx[0]}受益学生人数")
    H(doc, c, 2, "（三）产出和效益情况")
    doc.add(f"{mx[0]}受益学生{smax}人，为全县最多，全年供餐{mx[2]}天。")
    doc.add(f"全年未发生食品安全责任事故。秋季学期抽测学生{n(M1)}人，体质健康达标{n(M2)}人，达标率{h}%。")
    doc.add(f"发放学生满意度问卷{Q}份，其中满意{M}份，满意率{m}%。")
    H(doc, c, 1, "四、自评结论")
    inds = [
        ["产出指标", "数量指标", "受益学生人数", f"≥{G}人", f"{Ss}人", 20],
        ["产出指标", "质量指标", "食品安全责任事故", "0起", "0起", 15],
        ["产出指标", "时效指标", "补助资金按月拨付率", "100%", "100%", 10],
        ["产出指标", "成本指标", "膳食补助标准", f"{std}元/生·天", f"{std}元/生·天", 10],
        ["效益指标", "社会效益指标", "学生体质健康达标率", "≥90%", f"{h}%", 15],
        ["满意度指标", "服务对象满意度指标", "学生满意率", "≥90%", f"{m}%", 15],
        ["预算执行", "预算执行", "资金支出进度", "及时", "及时", 15],
    ]
    scores = assign_scores(r, inds, deduct_total=tt(c))
    total = sum(scores)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    for ln in score_table_lines(c, inds, scores):
        doc.add(ln)
    doc.add(f"本项目自评总分{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T3 中职学校学生资助
MAJORS = ["机电技术应用", "计算机应用", "会计事务", "汽车运用与维修", "现代农艺技术", "护理", "电子商务", "旅游服务与管理"]


def t_zhongzhi(doc, r, c):
    Y = c.year
    n = c.n
    s1, s2, s3 = r.randint(500, 1200), r.randint(480, 1150), r.randint(420, 1100)
    S = s1 + s2 + s3
    ft = r.choice([1000, 1200])
    n1 = S - r.randint(30, 120)
    n2 = S - r.randint(10, 80)
    F = wan((n1 + n2) * ft)
    m1 = r.randint((s1 + s2) // 3, (s1 + s2) // 2)
    m2 = m1 + r.randint(-30, 40)
    Gz = wan((m1 + m2) * 1000)
    X = max(m1, m2) + r.randint(10, 40)
    fa = F + rnd_money(r, "0.5", "4.0")
    ga = Gz + rnd_money(r, "0.3", "3.0")
    A = fa + ga
    B = F + Gz
    Cc = A - B
    R = pct(B, A)
    P = r.randint(m2 // 3, m2 // 2)
    Qk = r.randint(200, 500)
    Qk1 = Qk - r.randint(3, 20)
    k = pct(Qk1, Qk)
    I = rnd_money(r, "1500", "4200")
    s0 = rnd_money(r, "20", "160")
    O = I + s0 - rnd_money(r, "15", "140")
    It = I + s0
    e = It - O

    title(doc, c, "学生资助项目支出")
    H(doc, c, 1, "一、基本情况")
    doc.add(f"我校为公办全日制中等职业学校，开设{'、'.join(r.sample(MAJORS, 4))}等专业。{Y}年秋季学期全日制在校生{n(S)}人，其中一年级{n(s1)}人、二年级{n(s2)}人、三年级{n(s3)}人。")
    doc.add(f"{Y}年学生资助项目预算{f2(A)}万元，包括中职免学费补助资金、中职国家助学金两项，分别为{f2(fa)}万元、{f2(ga)}万元。中职国家奖学金本年度我校无学生获评，未发生支出。")
    doc.trap("中职国家奖学金无人获评，未发生")
    H(doc, c, 1, "二、绩效目标")
    doc.add("免学费政策覆盖全部符合条件的全日制正式学籍学生；国家助学金按学期足额发放；建档立卡等家庭经济困难学生资助覆盖率100%；资助政策知晓率不低于95%。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）资金执行情况")
    cc = doc.S("balance.carryover", f2(Cc), alter(f2(Cc)), "学生资助项目结余")
    doc.add(f"学生资助项目预算{f2(A)}万元，实际支出{f2(B)}万元，结余{cc}万元，预算执行率{R}%。")
    doc.add(f"实际支出{f2(B)}万元由免学费资金{f2(F)}万元和国家助学金{f2(Gz)}万元构成。")
    H(doc, c, 2, "（二）产出情况")
    doc.add(f"1.免学费：春季学期{n(n1)}人、秋季学期{n(n2)}人享受免学费，共{n(n1 + n2)}人次，按每生每学期{ft}元标准，落实免学费资金{f2(F)}万元。")
    doc.add(f"2.国家助学金：一、二年级涉农专业学生和家庭经济困难学生享受国家助学金，春季学期{n(m1)}人、秋季学期{n(m2)}人，共{n(m1 + m2)}人次，按每生每学期1000元标准，发放国家助学金{f2(Gz)}万元。全年实际受助学生{n(X)}人。")
    doc.trap(f"人与人次：国家助学金{m1 + m2}人次对应受助学生{X}人，金额按人次计算")
    doc.add(f"3.建档立卡等家庭经济困难学生{n(P)}人，纳入国家助学金资助{n(P)}人，资助覆盖率100.00%。")
    doc.add("4.退役士兵学生学费资助：本年度无符合条件的申请对象，申领0人，资金未发生。")
    H(doc, c, 2, "（三）效益情况")
    doc.add(f"随机抽查学生{Qk}人，知晓资助政策{Qk1}人，政策知晓率{k}%；全年无学生因家庭经济困难辍学。")
    H(doc, c, 2, "（四）学校收支总体情况")
    doc.add(f"收入总计{f2(It)}万元，由本年收入合计{f2(I)}万元和年初结转和结余{f2(s0)}万元构成。")
    doc.add(f"年初结转和结余{f2(s0)}万元，本年收入合计{f2(I)}万元，本年支出合计{f2(O)}万元，年末结转和结余{f2(e)}万元。")
    doc.trap(f"收入总计{f2(It)}万元含年初结转和结余，不等于本年收入合计{f2(I)}万元")
    H(doc, c, 1, "四、自评结论")
    parts = [("决策指标", 15), ("过程指标", 20), ("产出指标", 40), ("效益指标", 25)]
    inds = [["", "", p, "", "", w] for p, w in parts]
    sc = assign_scores(r, inds, deduct_total=tt(c))
    total = sum(sc)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    doc.add("按照项目支出绩效评价指标体系逐项打分，" + "，".join(f"{p}（分值{w}分）得分{fs(s)}分" for (p, w), s in zip(parts, sc)) + f"，合计{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T4 普通高中资助
def t_gaozhong(doc, r, c):
    Y = c.year
    n = c.n
    tiers = [("一档", 1250), ("二档", 1000), ("三档", 750)]
    rows = []
    for nm, st in tiers:
        base = r.randint(250, 1100)
        sp = base + r.randint(-20, 20)
        au = base + r.randint(-15, 35)
        rows.append([nm, st, sp, au, (sp + au) * st])
    Gy = sum(x[4] for x in rows)
    Gz = wan(Gy)
    Nsp = sum(x[2] for x in rows)
    Nau = sum(x[3] for x in rows)
    h1 = r.randint(1, 3)
    h2 = r.randint(2, 6)
    z1, z2 = r.choice([(1100, 800), (1200, 900), (1000, 700)])
    k1 = r.randint(150, 600)
    k2 = r.randint(200, 900)
    Zy = k1 * z1 + k2 * z2
    Z = wan(Zy)
    o = rnd_money(r, "8", "40")
    B = Gz + Z + o
    A = B + rnd_money(r, "1.2", "12.0")
    R = pct(B, A)
    S = r.randint(Nau * 4, Nau * 6)
    qq = pct(Nau, S)
    P = r.randint(Nau // 4, Nau // 2)

    title(doc, c, "普通高中学生资助补助资金")
    H(doc, c, 1, "一、基本情况")
    doc.add(f"{c.place}现有普通高中{h1 + h2}所，其中省级示范性普通高中{h1}所、一般普通高中{h2}所，{Y}年秋季学期在校生{n(S)}人。")
    doc.add(f"{Y}年普通高中学生资助补助资金预算{f2(A)}万元，主要用于国家助学金{f2(Gz)}万元、免学杂费{f2(Z)}万元等。")
    doc.trap("预算“主要用于…等”为非穷尽列举，所列两项之和小于预算")
    H(doc, c, 1, "二、绩效目标")
    doc.add("国家助学金按一、二、三档分档资助，平均资助标准每生每年2000元；脱贫家庭学生等免学杂费对象应免尽免；资助资金发放及时率100%。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）国家助学金发放情况")
    trows = [[x[0], x[1], n(x[2]), n(x[3]), n(x[4])] for x in rows]
    trows.append(["合计", "—", n(Nsp), n(Nau), n(Gy)])
    for ln in table(c, ["档次", "标准（元/生·学期）", "春季学期（人）", "秋季学期（人）", "金额（元）"], trows):
        doc.add(ln)
    doc.add(f"全年发放国家助学金{f2(Gz)}万元（{n(Gy)}元），资助{n(Nsp + Nau)}人次。")
    doc.trap("国家助学金分三档（1250/1000/750元每生每学期），金额按各档人次×标准逐档计算")
    H(doc, c, 2, "（二）免学杂费落实情况")
    doc.add(f"省级示范性普通高中{n(k1)}人，每生每年{z1}元；一般普通高中{n(k2)}人，每生每年{z2}元；合计免除学杂费{f2(Z)}万元。")
    doc.trap(f"免学杂费标准因学校类别不同（{z1}元、{z2}元）")
    H(doc, c, 2, "（三）资金使用情况")
    doc.add(f"全年实际支出{f2(B)}万元，由国家助学金{f2(Gz)}万元、免学杂费{f2(Z)}万元和市县普通高中奖助学金{f2(o)}万元构成。")
    doc.add(f"全年预算{f2(A)}万元，实际支出{f2(B)}万元，预算执行率{R}%，结余{f2(A - B)}万元。")
    H(doc, c, 2, "（四）效益情况")
    doc.add(f"脱贫家庭学生{n(P)}人，全部纳入资助{n(P)}人，资助覆盖率100.00%；秋季学期受助学生{n(Nau)}人，占全县普通高中在校生{n(S)}人的{qq}%。")
    doc.trap(f"覆盖率100%以脱贫家庭学生为分母，在校生口径为{qq}%")
    H(doc, c, 1, "四、自评结论")
    inds = [
        ["产出指标", "数量指标", "国家助学金资助人次", f"≥{((Nsp + Nau) * 9 // 10) // 10 * 10}人次", f"{Nsp + Nau}人次", 20],
        ["产出指标", "数量指标", "免学杂费学生人数", f"≥{((k1 + k2) * 9 // 10) // 10 * 10}人", f"{k1 + k2}人", 10],
        ["产出指标", "质量指标", "资助对象认定准确率", "100%", "100%", 10],
        ["产出指标", "时效指标", "资金发放及时率", "100%", "98%", 10],
        ["效益指标", "社会效益指标", "因贫失学辍学人数", "0人", "0人", 20],
        ["效益指标", "可持续影响指标", "资助育人机制", "完善", "基本完善", 10],
        ["满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", f"{q(D(r.randint(9200, 9900)) / 100)}%", 10],
        ["预算执行", "预算执行", "预算执行率", "≥95%", f"{R}%", 10],
    ]
    fx = {3: 9, 5: 9}
    if c.target_total is not None:
        scores = assign_scores(r, inds, deduct_total=D(100) - D(c.target_total), fixed=fx)
    else:
        scores = assign_scores(r, inds, fixed=fx)
    total = sum(scores)
    bt, g = band_and_grade(doc, c, total)
    doc.add(bt or "评分采用百分制。")
    for ln in score_table_lines(c, inds, scores):
        doc.add(ln)
    doc.add(f"经评价，自评总分{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T5 高校学生资助
def t_gaoxiao(doc, r, c):
    Y = c.year
    n = c.n
    if Y >= 2024:
        gj, lz, zx = 10000, 6000, [4700, 3700, 2700]
    else:
        gj, lz, zx = 8000, 5000, [4400, 3300, 2200]
    S = r.randint(6000, 15000)
    n1 = r.randint(3, 12)
    n2 = r.randint(S // 60, S // 35)
    p = [r.randint(S // 40, S // 25), r.randint(S // 25, S // 15), r.randint(S // 30, S // 18)]
    P = sum(p)
    rows = [("国家奖学金", gj, n1), ("国家励志奖学金", lz, n2)]
    rows += [(f"国家助学金（{lv}）", st, cnt) for lv, st, cnt in zip(["一等", "二等", "三等"], zx, p)]
    rows = [[a, b, cnt, wan(b * cnt)] for a, b, cnt in rows]
    Sig = sum(x[3] for x in rows)
    Ncnt = sum(x[2] for x in rows)
    o1 = r.randint(0, n1)
    o2 = r.randint(n2 * 6 // 10, n2 * 9 // 10)
    X = Ncnt - o1 - o2
    I = rnd_money(r, "4000", "12000")
    cx = q(I * 4 / 100)
    U = cx + rnd_money(r, "1", "25")
    u = pct(U, cx)
    W = q(U * D(r.randint(30, 45)) / 100)
    V = q(U * D(r.randint(25, 35)) / 100)
    E = Sig + U
    slack = (U - cx) + rnd_money(r, "3", "40")
    ab = Sig + slack
    a = q(ab * D(r.randint(55, 70)) / 100)
    b = ab - a
    T = a + b + cx
    R = pct(E, T)
    posts = r.randint(150, 500)
    pt = posts * r.randint(2, 4) + r.randint(0, 30)
    green = r.randint(60, 400)

    title(doc, c, "学生资助专项资金")
    H(doc, c, 1, "一、基本情况")
    doc.add(f"学院现有全日制在校生{n(S)}人。{Y}年认定家庭经济困难学生{n(P)}人，分为特别困难、困难、一般困难三档，分别为{n(p[0])}人、{n(p[1])}人、{n(p[2])}人。")
    doc.add(f"{Y}年学生资助资金总额{f2(T)}万元，由中央财政资金{f2(a)}万元、省级财政资金{f2(b)}万元和学校事业收入提取资金{f2(cx)}万元构成。")
    doc.add(f"学校按事业收入{f2(I)}万元的4%提取学生资助经费{f2(cx)}万元。")
    H(doc, c, 1, "二、绩效目标")
    doc.add("按规定评审发放国家奖助学金，家庭经济困难学生资助全覆盖；资助资金发放及时准确；受助学生满意度不低于90%。")
    H(doc, c, 1, "三、资助实施情况")
    trows = [[x[0], x[1], n(x[2]), f2(x[3])] for x in rows]
    trows.append(["合计", "—", n(Ncnt), f2(Sig)])
    for ln in table(c, ["资助项目", "标准（元/生·年）", "受助（人）", "金额（万元）"], trows):
        doc.add(ln)
    doc.add(f"全年共资助学生{n(X)}人、{n(Ncnt)}人次（获国家励志奖学金、国家奖学金的学生可同时申请国家助学金）。")
    doc.trap(f"人与人次：奖助学金{Ncnt}人次对应受助学生{X}人")
    doc.trap("国家助学金分一、二、三等，标准不同")
    doc.add(f"认定家庭经济困难学生{n(P)}人，获国家助学金资助{n(P)}人，资助覆盖率100.00%。")
    doc.add(f"学校提取经费实际支出{f2(U)}万元，为提取额{f2(cx)}万元的{u}%，超出部分由学校事业收入统筹安排。")
    doc.trap(f"学校提取经费使用为提取额的{u}%，超过100%")
    doc.add(f"学校提取经费支出{f2(U)}万元，主要用于勤工助学酬金{f2(W)}万元、校内困难补助{f2(V)}万元等。")
    doc.add(f"设置勤工助学岗位{posts}个，全年参与学生{n(pt)}人次；开通“绿色通道”为{green}名新生办理入学手续。")
    doc.trap("学校提取经费“主要用于…等”为非穷尽列举")
    doc.add("服兵役学费补偿代偿：本年度无申请学生，申领0人，未发生。")
    H(doc, c, 2, "资金执行情况")
    doc.add(f"全年实际支出{f2(E)}万元，其中国家奖助学金{f2(Sig)}万元、学校提取经费支出{f2(U)}万元。")
    doc.add(f"资助资金总额{f2(T)}万元，实际支出{f2(E)}万元，预算执行率{R}%，结转下年{f2(T - E)}万元。")
    H(doc, c, 1, "四、自评结论")
    parts = [("决策指标", 15), ("过程指标", 20), ("产出指标", 40), ("效益指标", 25)]
    inds = [["", "", pp, "", "", w] for pp, w in parts]
    sc = assign_scores(r, inds, deduct_total=tt(c), fixed={0: 15})
    total = sum(sc)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    shown = [fs(s) for s in sc]
    if c.slip_target == "score":
        i = 2
        bad = fs(sc[i] - D(r.choice([1, 2])))
        shown[i] = doc.S("score.total", shown[i], bad, f"{parts[i][0]}得分")
    doc.add("依据评价指标体系，" + "，".join(f"{pp}（分值{w}分）得分{s}分" for (pp, w), s in zip(parts, shown)) + f"，合计{fs(total)}分，评价等级为“{g}”。")
    if "scorerate" in c.flags:
        doc.add(f"其中产出指标得分率{pct(sc[2], 40)}%，效益指标得分率{pct(sc[3], 25)}%。")
        doc.trap(f"得分率与得分不同：产出指标得分{fs(sc[2])}分、得分率{pct(sc[2], 40)}%")
    tail(doc, c, r)


# ================================================================ T6 公益性岗位补贴
def t_gongyi(doc, r, c):
    Y = c.year
    n = c.n
    w1 = r.choice([1550, 1650, 1750, 1850, 1900, 2000])
    w2 = r.choice([500, 600, 800])
    sb = r.choice([780, 820, 860, 910, 960, 1020])
    ins = r.choice([60, 80, 100])
    y1 = r.randint(40, 200)
    y2 = r.randint(120, 600)
    M1 = y1 * 11 + r.randint(0, y1)
    M2 = y2 * 10 + r.randint(0, y2 * 2)
    lv1 = r.randint(3, 15)
    lv2 = r.randint(8, 40)
    Z = y1 + y2 + lv1 + lv2
    Z2 = y2 + lv2
    P1, P2 = M1 * w1, M2 * w2
    SB = M1 * sb
    IN = Z2 * ins
    x1, x2, x3 = wan(P1 + P2), wan(SB), wan(IN)
    E = x1 + x2 + x3
    A1 = E + rnd_money(r, "2", "30")
    A0 = q(A1 * D(r.randint(80, 92)) / 100)
    B = A1 - A0
    srcs, _ = split_levels(r, A1, [(45, 55), (20, 30), (0, 0)], False)
    R = pct(E, A1)
    E0 = E + rnd_money(r, "5", "60")
    Dd = E0 - E
    rd = pct(Dd, E0)
    G = ((y1 + y2) * 9 // 10) // 10 * 10

    title(doc, c, "公益性岗位补贴资金")
    H(doc, c, 1, "一、基本情况")
    H(doc, c, 2, "（一）项目概况")
    doc.add(f"公益性岗位主要用于安置就业困难人员和脱贫劳动力。城镇公益性岗位补贴按当地最低工资标准每人每月{w1}元执行，并对单位缴纳的社会保险费给予补贴；乡村公益性岗位补贴标准为每人每月{w2}元。补贴期限一般不超过3年。")
    H(doc, c, 2, "（二）资金情况")
    doc.add(f"年初预算{f2(A0)}万元，年中追加{f2(B)}万元，全年预算{f2(A1)}万元，资金来源为中央就业补助资金、省级就业补助资金和县级配套资金三项，分别为{f2(srcs[0])}万元、{f2(srcs[1])}万元、{f2(srcs[2])}万元。")
    H(doc, c, 1, "二、绩效目标")
    doc.add(f"年末公益性岗位在岗人数不少于{G}人，补贴资金按月足额发放，安置对象满意度不低于90%。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）岗位开发和人员安置情况")
    doc.add(f"年末在岗{n(y1 + y2)}人，其中城镇公益性岗位{n(y1)}人、乡村公益性岗位{n(y2)}人；全年累计安置{n(Z)}人次（含期满退出、中途离岗后补充的人员）。")
    doc.trap(f"年末在岗{y1 + y2}人、累计安置{Z}人次、补贴按人月计算，三者口径不同")
    H(doc, c, 2, "（二）补贴发放情况")
    trows = [["城镇公益性岗位", n(y1), n(M1), w1, n(P1)], ["乡村公益性岗位", n(y2), n(M2), w2, n(P2)],
             ["合计", n(y1 + y2), n(M1 + M2), "—", n(P1 + P2)]]
    for ln in table(c, ["岗位类别", "年末在岗（人）", "补贴人月", "岗位补贴标准（元/人·月）", "岗位补贴（元）"], trows):
        doc.add(ln)
    doc.add(f"城镇公益性岗位社会保险补贴按每人每月{sb}元标准，累计{n(M1)}人月，计{n(SB)}元。")
    doc.add(f"乡村公益性岗位统一购买意外伤害保险，每人每年{ins}元，为{n(Z2)}人投保，计{n(IN)}元。")
    doc.add(f"全年岗位补贴、社会保险补贴和意外伤害保险支出分别为{f2(x1)}万元、{f2(x2)}万元、{f2(x3)}万元，合计{f2(E)}万元。")
    H(doc, c, 2, "（三）资金执行情况")
    doc.add(f"全年实际支出{f2(E)}万元，预算执行率{R}%（按全年预算{f2(A1)}万元计算，年初预算为{f2(A0)}万元）。")
    doc.trap(f"执行率{R}%以全年预算为分母，同句另列年初预算")
    dd = doc.S("change", f2(Dd), alter(f2(Dd)), "较上年减少额")
    if "growth" in c.flags:
        doc.add(f"全年实际支出{f2(E)}万元，较上年支出{f2(E0)}万元减少{dd}万元，下降{rd}%，主要是部分岗位人员期满退出、岗位总量压减。")
    else:
        doc.add(f"全年实际支出{f2(E)}万元，较上年支出{f2(E0)}万元减少{dd}万元，主要是部分岗位人员期满退出、岗位总量压减。")
    doc.trap(f"上年支出{f2(E0)}万元为上年数，与本年支出并列")
    H(doc, c, 2, "（四）效益情况")
    Q = r.randint(200, 500)
    M = Q - r.randint(2, 15)
    doc.add(f"对在岗人员开展满意度调查{Q}人，表示满意{M}人，满意度{pct(M, Q)}%。公益性岗位人员均签订劳动协议，未发生拖欠补贴情况。")
    H(doc, c, 1, "四、自评结论")
    inds = [
        ["产出指标", "数量指标", "年末在岗人数", f"≥{G}人", f"{y1 + y2}人", 20],
        ["产出指标", "质量指标", "补贴发放准确率", "100%", "100%", 15],
        ["产出指标", "时效指标", "补贴按月发放率", "100%", "100%", 15],
        ["效益指标", "社会效益指标", "就业困难人员托底安置", "有效", "有效", 20],
        ["满意度指标", "服务对象满意度指标", "在岗人员满意度", "≥90%", f"{pct(M, Q)}%", 15],
        ["预算执行", "预算执行", "预算执行率", "≥90%", f"{R}%", 15],
    ]
    scores = assign_scores(r, inds, deduct_total=tt(c))
    total = sum(scores)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    for ln in score_table_lines(c, inds, scores):
        doc.add(ln)
    doc.add(f"经综合评定，本项目自评总分{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T7 职业技能培训补贴
TRADES = ["电工", "焊工", "育婴员", "中式烹调师", "农艺工", "家政服务员", "保育师", "养老护理员", "美容师",
          "汽车维修工", "茶艺师", "电子商务师"]


def t_peixun(doc, r, c):
    Y = c.year
    n = c.n
    s1 = r.choice([1000, 1200, 1300])
    s2, s3 = s1 + 500, s1 + 1000
    K = r.randint(4, 5)
    trades = r.sample(TRADES, K)
    rows = []
    for i, t in enumerate(trades):
        levels = ["初级", "中级"] if i < 2 else ["初级"]
        for lv in levels:
            std = s1 if lv == "初级" else s2
            tr = r.randint(40, 260)
            ce = tr - r.randint(tr // 20, tr // 6)
            rows.append([t, lv, tr, ce, std, ce * std])
    Ntr = sum(x[2] for x in rows)
    Nce = sum(x[3] for x in rows)
    Amt = sum(x[5] for x in rows)
    E1 = wan(Amt)
    E2 = rnd_money(r, "3", "18")
    E = E1 + E2
    A = E + rnd_money(r, "2", "25")
    R = pct(E, A)
    cr = pct(Nce, Ntr)
    G = (Ntr * 85 // 100) // 100 * 100
    rg = pct(Ntr, G)
    J = r.randint(Nce * 6 // 10, Nce * 8 // 10)
    jr = pct(J, Nce)

    title(doc, c, "职业技能培训补贴资金")
    H(doc, c, 1, "一、基本情况")
    doc.add(f"按照《{c.prov}职业技能提升行动专账资金管理办法》，对参加职业技能培训并取得职业资格证书或职业技能等级证书的人员，按初级、中级、高级分档给予补贴，标准分别为每人{s1}元、{s2}元、{s3}元。")
    doc.add(f"{Y}年职业技能培训补贴资金全年预算{f2(A)}万元。")
    H(doc, c, 1, "二、绩效目标")
    doc.add(f"全年开展补贴性职业技能培训不少于{n(G)}人次，取证率不低于80%，培训后就业率不低于60%。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）培训开展情况")
    kk = doc.S("count.mismatch", str(K), str(K + 1), f"工种个数（所列为{K}个）")
    doc.add(f"本年度共开展{'、'.join(trades)}{kk}个工种（职业）培训，累计培训{n(Ntr)}人次，取证{n(Nce)}人，取证率{cr}%。")
    doc.add(f"全年累计培训{n(Ntr)}人次，为年度目标{n(G)}人次的{rg}%。")
    doc.trap(f"培训{Ntr}人次超额完成目标，完成比例{rg}%超过100%")
    H(doc, c, 2, "（二）补贴发放情况")
    trows = [[x[0], x[1], n(x[2]), n(x[3]), x[4], n(x[5])] for x in rows]
    trows.append(["合计", "—", n(Ntr), n(Nce), "—", n(Amt)])
    for ln in table(c, ["工种", "等级", "培训人次", "取证人数", "补贴标准（元/人）", "补贴金额（元）"], trows):
        doc.add(ln)
    doc.trap(f"补贴按取证人数×等级标准计算，不按培训人次；初级{s1}元、中级{s2}元两档")
    doc.trap(f"表中{len(rows)}行对应{K}个工种（电工等分初、中级两行）")
    doc.add("高级工培训本年度未开班，高级工补贴申领0人，未发生支出。")
    doc.add(f"全年发放职业培训补贴{f2(E1)}万元、职业技能鉴定补贴{f2(E2)}万元，合计{f2(E)}万元。")
    doc.add(f"全年预算{f2(A)}万元，实际支出{f2(E)}万元，预算执行率{R}%，结余{f2(A - E)}万元。")
    H(doc, c, 2, "（三）效益情况")
    doc.add(f"取证{n(Nce)}人中，培训后6个月内实现就业{n(J)}人，培训后就业率{jr}%。")
    H(doc, c, 1, "四、自评结论")
    inds = [
        ["产出指标", "数量指标", "补贴性培训人次", f"≥{G}人次", f"{Ntr}人次", 15],
        ["产出指标", "质量指标", "培训取证率", "≥80%", f"{cr}%", 15],
        ["产出指标", "时效指标", "补贴审核发放时限", "≤30个工作日", "≤30个工作日", 10],
        ["效益指标", "社会效益指标", "培训后就业率", "≥60%", f"{jr}%", 20],
        ["效益指标", "可持续影响指标", "技能人才队伍建设", "持续加强", "持续加强", 10],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", f"{q(D(r.randint(9100, 9900)) / 100)}%", 15],
        ["预算执行", "预算执行", "预算执行率", "≥90%", f"{R}%", 15],
    ]
    if c.target_total is not None:
        scores = assign_scores(r, inds, deduct_total=D(100) - D(c.target_total))
    else:
        scores = assign_scores(r, inds, deduct_total=tt(c))
    total = sum(scores)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    for ln in score_table_lines(c, inds, scores):
        doc.add(ln)
    doc.add(f"本项目自评总分{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T8 创业担保贷款贴息
LPR = {2019: "4.15", 2020: "3.85", 2021: "3.85", 2022: "3.65", 2023: "3.45", 2024: "3.10"}


def t_chuangye(doc, r, c):
    Y = c.year
    n = c.n
    L = D(LPR[Y])
    h = q(L / 2, 3)
    hs = f"{h.normalize():f}"
    cap = D(5) if q(300 * h / 100) > 5 else D(4)
    k1 = r.randint(60, 220)
    P1 = q(D(k1) * rnd_money(r, "12", "19"))
    n1 = r.randint(40, 180)
    l1 = q(D(n1) * rnd_money(r, "13", "20"))
    n2 = r.randint(3, 12)
    l2 = q(D(n2) * rnd_money(r, "60", "220"))
    m1 = r.randint(5, 9)
    m2 = r.randint(4, 8)
    i1 = q(P1 * h / 100)
    i2 = q(l1 * h / 100 * m1 / 12)
    i3 = q(l2 * h / 100 * m2 / 12)
    full = q(300 * h / 100)
    X = i1 + i2 + i3 + cap
    A = X + rnd_money(r, D("0.5"), X * D("0.08"))
    R = pct(X, A)
    N = n1 + n2
    Lt = l1 + l2
    u = n1 + r.randint(0, n1 // 10)
    v = u * 2 + n2 * r.randint(8, 20)
    Mt = r.randint(40, 160)
    Mok = Mt - r.randint(0, Mt // 25)
    g0 = rnd_money(r, "300", "1500")
    g1 = rnd_money(r, "50", "400")

    title(doc, c, "创业担保贷款贴息资金")
    H(doc, c, 1, "一、基本情况")
    doc.add(f"根据《{c.prov}创业担保贷款实施办法》，个人创业担保贷款最高额度20万元，小微企业最高300万元。贴息按贷款合同签订日一年期贷款市场报价利率（LPR）的50%执行，本年度适用的一年期LPR为{L}%，贴息年利率为{hs}%；小微企业贴息每户每年最高不超过{cap}万元。")
    doc.trap(f"贴息利率为LPR的一半（{L}%×50%={hs}%），不是LPR本身")
    pay = doc.S("fact.conflict", f2(X), alter(f2(X)), "第二处“共拨付贴息资金”")
    doc.add(f"{Y}年贴息资金预算{f2(A)}万元，实际拨付贴息资金{f2(X)}万元，预算执行率{R}%，结余{f2(A - X)}万元。")
    H(doc, c, 1, "二、绩效目标")
    doc.add("新发放创业担保贷款稳步增长，贴息资金按季足额拨付，贷款按期还款率不低于95%，以创业带动就业作用明显。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）贷款发放情况")
    doc.add(f"全年新发放创业担保贷款{N}笔、{f2(Lt)}万元，其中个人创业担保贷款{n1}笔、{f2(l1)}万元，小微企业创业担保贷款{n2}笔、{f2(l2)}万元。扶持个人创业{u}人，带动就业{n(v)}人。")
    doc.trap(f"笔、人、户口径不同：个人贷款{n1}笔扶持创业{u}人")
    H(doc, c, 2, "（二）贴息资金拨付情况")
    trows = [
        ["上年结转个人贷款", k1, f2(P1), f"{hs}%", 12, f2(i1)],
        ["本年新发放个人贷款", n1, f2(l1), f"{hs}%", m1, f2(i2)],
        ["本年新发放小微企业贷款", n2, f2(l2), f"{hs}%", m2, f2(i3)],
        ["上年结转小微企业贷款（封顶）", 1, "300.00", f"{hs}%", 12, f2(cap)],
        ["合计", k1 + n1 + n2 + 1, f2(P1 + l1 + l2 + 300), "—", "—", f2(X)],
    ]
    for ln in table(c, ["贷款类别", "笔数", "计息本金（万元）", "贴息年利率", "计息月数", "贴息金额（万元）"], trows):
        doc.add(ln)
    doc.add(f"上年结转的1户小微企业贷款300万元，按规定应贴息{f2(full)}万元，超过每户每年{cap}万元上限，实际贴息{f2(cap)}万元。")
    doc.trap(f"封顶：应贴息{f2(full)}万元，按每户{cap}万元上限实际贴息")
    doc.add(f"全年共拨付贴息资金{pay}万元，全部通过经办银行直接贴付至借款人账户。")
    H(doc, c, 2, "（三）风险防控情况")
    doc.add(f"本年到期贷款{Mt}笔，按期还款{Mok}笔，按期还款率{pct(Mok, Mt)}%；全年未发生代偿，代偿金额0万元。")
    doc.add(f"担保基金年初余额{f2(g0)}万元，本年新增注入{f2(g1)}万元，代偿支出0万元，年末余额{f2(g0 + g1)}万元。")
    doc.trap("代偿为0，未发生")
    H(doc, c, 1, "四、自评结论")
    inds = [
        ["产出指标", "数量指标", "新发放创业担保贷款笔数", f"≥{N * 9 // 10}笔", f"{N}笔", 20],
        ["产出指标", "质量指标", "贷款按期还款率", "≥95%", f"{pct(Mok, Mt)}%", 15],
        ["产出指标", "时效指标", "贴息资金按季拨付", "按季拨付", "按季拨付", 10],
        ["效益指标", "社会效益指标", "带动就业人数", f"≥{v * 8 // 10}人", f"{v}人", 20],
        ["满意度指标", "服务对象满意度指标", "借款人满意度", "≥90%", f"{q(D(r.randint(9300, 9900)) / 100)}%", 15],
        ["预算执行", "预算执行", "预算执行率", "≥90%", f"{R}%", 20],
    ]
    scores = assign_scores(r, inds, deduct_total=tt(c))
    total = sum(scores)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    for ln in score_table_lines(c, inds, scores):
        doc.add(ln)
    doc.add(f"本项目自评得分{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T9 一次性吸纳就业补贴
ENT_WORDS = ["宏达机械", "恒信电子", "绿源食品", "精诚物流", "华瑞纺织", "天成建材", "博远信息", "康宁医药",
             "盛丰农业", "金穗粮油", "鑫泰汽配", "云帆电商"]
ENT_TYPES = ["有限公司", "股份有限公司", "科技有限公司"]


def t_xina(doc, r, c):
    Y = c.year
    n = c.n
    std = r.choice([1000, 1500])
    cap = r.choice([30000, 50000])
    K = r.randint(6, 7)
    words = r.sample(ENT_WORDS, K)
    prefix = c.place[:2]
    ents = [f"{prefix}{w}{r.choice(ENT_TYPES)}" for w in words]
    rows = []
    capped_i = r.randrange(K)
    for i, e in enumerate(ents):
        if i == capped_i:
            k = cap // std + r.randint(3, 15)
        else:
            k = r.randint(4, cap // std - 1)
        due = k * std
        paid = min(due, cap)
        rows.append([e, k, std, due, paid])
    M = sum(x[1] for x in rows)
    Due = sum(x[3] for x in rows)
    Paid = sum(x[4] for x in rows)
    X = wan(Paid)
    g = r.randint(M // 2, M * 3 // 4)
    hh = M - g
    mx = max(rows, key=lambda x: x[1])
    if mx is rows[capped_i]:
        mx = max([x for i, x in enumerate(rows) if i != capped_i], key=lambda x: x[1])
    cp = rows[capped_i]
    s = M - r.randint(2, M // 10 + 2)
    A = X + rnd_money(r, "0.5", "8")

    title(doc, c, "一次性吸纳就业补贴资金")
    H(doc, c, 1, "一、基本情况")
    doc.add(f"对招用毕业年度或离校2年内未就业高校毕业生、登记失业的16—24岁青年，与其签订1年以上劳动合同并按规定缴纳社会保险费的企业，按每人{std}元给予一次性吸纳就业补贴，每户企业补贴总额最高不超过{cap}元。")
    doc.add(f"{Y}年一次性吸纳就业补贴资金预算{f2(A)}万元，从就业补助资金中列支。")
    H(doc, c, 1, "二、绩效目标")
    doc.add("补贴政策应享尽享，补贴资金“免申即享”比例逐步提高，吸纳人员稳岗率不低于85%。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）补贴发放情况")
    doc.add(f"全年共审核通过{K}家企业的补贴申请，发放一次性吸纳就业补贴{f2(X)}万元（{n(Paid)}元），涉及吸纳人员{M}人，其中吸纳高校毕业生{g}人、登记失业青年{hh}人。")
    trows = [[x[0], x[1], x[2], n(x[3]), n(x[4])] for x in rows]
    trows.append(["合计", M, "—", n(Due), n(Paid)])
    for ln in table(c, ["企业名称", "吸纳人数（人）", "补贴标准（元/人）", "应补金额（元）", "实补金额（元）"], trows):
        doc.add(ln)
    doc.add(f"受每户最高{cap}元限额影响，{cp[0]}吸纳{cp[1]}人、应补{n(cp[3])}元，实补{n(cp[4])}元。")
    doc.trap(f"封顶：{cp[0]}应补{cp[3]}元，实补{cp[4]}元，实补合计小于人数×标准")
    doc.trap(f"户与人：{K}家企业、吸纳{M}人，补贴按人计算、按户封顶")
    doc.trap(f"补贴总额以万元和元并列（{f2(X)}万元即{Paid}元）")
    kmax = doc.S("table.text", str(mx[1]), alter(str(mx[1])) if mx[1] >= 10 else str(mx[1] + 3), f"正文中{mx[0]}吸纳人数")
    doc.add(f"未受限额影响的企业中，{mx[0]}吸纳{kmax}人，吸纳人数最多。")
    doc.add(f"全年预算{f2(A)}万元，实际支出{f2(X)}万元，预算执行率{pct(X, A)}%。")
    H(doc, c, 2, "（二）效益情况")
    gg = doc.S("fact.conflict", str(g), alter(str(g)) if g >= 10 else str(g + 2), "第二处“吸纳高校毕业生”人数")
    doc.add(f"补贴政策有效带动青年就业，吸纳高校毕业生{gg}人全部签订1年以上劳动合同。")
    doc.add(f"补贴发放6个月后回访，吸纳人员{M}人中仍在岗{s}人，稳岗率{pct(s, M)}%。")
    H(doc, c, 1, "四、自评结论")
    inds = [
        ["产出指标", "数量指标", "享受补贴企业数", f"≥{K - 1}家", f"{K}家", 20],
        ["产出指标", "数量指标", "吸纳就业人数", f"≥{M * 9 // 10}人", f"{M}人", 20],
        ["产出指标", "质量指标", "补贴发放准确率", "100%", "100%", 15],
        ["效益指标", "社会效益指标", "吸纳人员稳岗率", "≥85%", f"{pct(s, M)}%", 20],
        ["满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", f"{q(D(r.randint(9200, 9900)) / 100)}%", 15],
        ["预算执行", "预算执行", "预算执行率", "≥90%", f"{pct(X, A)}%", 10],
    ]
    scores = assign_scores(r, inds, deduct_total=tt(c))
    total = sum(scores)
    bt, g2 = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    for ln in score_table_lines(c, inds, scores):
        doc.add(ln)
    doc.add(f"本项目自评总分{fs(total)}分，评价等级为“{g2}”。")
    tail(doc, c, r)


# ================================================================ T10 高校毕业生就业见习
def t_biye(doc, r, c):
    Y = c.year
    n = c.n
    a = r.randint(200, 900)
    b = r.randint(2500, 7000)
    cc = r.randint(2000, 6000)
    N = a + b + cc
    M = N - r.randint(N // 25, N // 10)
    R = pct(M, N)
    N0 = N - r.randint(-400, 600)
    M0 = N0 - r.randint(N0 // 18, N0 // 9)
    R0 = pct(M0, N0)
    Bk = r.randint(30, 120)
    Pp = Bk * r.randint(4, 9)
    Hh = r.randint(Pp // 3, Pp * 2 // 3)
    H1 = Hh - r.randint(5, 40)
    J = r.randint(H1 // 2, H1 * 3 // 4)
    s = r.choice([1500, 1650, 1800, 2000])
    HM = Hh * 5 + r.randint(0, Hh)
    W1 = wan(HM * s)
    Qn = r.randint(150, 900)
    qs = r.choice([1000, 1500])
    W2 = wan(Qn * qs)
    W3 = rnd_money(r, "4", "25")
    E = W1 + W2 + W3
    A = E + rnd_money(r, "2", "30")
    R2 = pct(E, A)
    G = r.choice([85, 88, 90])

    title(doc, c, "高校毕业生就业创业补助资金")
    H(doc, c, 1, "一、基本情况")
    doc.add(f"{Y}届{c.place}生源高校毕业生{n(N)}人，其中研究生{n(a)}人、本科生{n(b)}人、专科（高职）生{n(cc)}人。")
    doc.add(f"{Y}年高校毕业生就业创业补助资金预算{f2(A)}万元，主要用于就业见习补贴、一次性求职创业补贴和就业服务活动经费。")
    H(doc, c, 1, "二、绩效目标")
    doc.add(f"{Y}届高校毕业生年末就业率不低于{G}%；组织离校未就业高校毕业生参加就业见习；困难家庭毕业生求职创业补贴应发尽发。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）就业情况")
    rr = doc.S("rate.ratio", f"{R}", alter(f"{R}"), f"{Y}届毕业生就业率")
    doc.add(f"{Y}届高校毕业生{n(N)}人，截至{Y}年12月31日已实现就业{n(M)}人，就业率{rr}%。")
    if "ppoint" in c.flags:
        doc.add(f"{Y - 1}届毕业生{n(N0)}人，实现就业{n(M0)}人，就业率{R0}%。")
        word = "提高" if R >= R0 else "下降"
        doc.add(f"{Y}届毕业生就业率{R}%，较上年的{R0}%{word}{abs(R - R0)}个百分点。")
        doc.trap(f"上年（{Y - 1}届）毕业生人数与就业率为另一年度数据；百分点差为{R - R0}")
    H(doc, c, 2, "（二）就业见习情况")
    doc.add(f"新认定就业见习基地{Bk}家，募集见习岗位{n(Pp)}个，组织{n(Hh)}人参加见习，见习期满{n(H1)}人，其中留用{n(J)}人，留用率{pct(J, H1)}%。")
    doc.add(f"参加见习{n(Hh)}人，见习补贴按每人每月{s}元标准发放，全年累计{n(HM)}人月，发放见习补贴{f2(W1)}万元。")
    doc.trap(f"见习补贴按人月（{HM}人月）计算，与见习人数{Hh}人口径不同")
    H(doc, c, 2, "（三）求职创业补贴发放情况")
    doc.add(f"为{n(Qn)}名毕业年度内困难家庭高校毕业生发放一次性求职创业补贴，每人{qs}元，计{f2(W2)}万元。")
    doc.add("高校毕业生首次创业补贴：本年度无符合条件的申请对象，申领0人，未发生支出。")
    doc.trap("首次创业补贴申领0人，未发生")
    H(doc, c, 2, "（四）资金执行情况")
    doc.add(f"全年支出{f2(E)}万元，由见习补贴{f2(W1)}万元、求职创业补贴{f2(W2)}万元和就业服务活动经费{f2(W3)}万元构成。")
    doc.add(f"全年预算{f2(A)}万元，实际支出{f2(E)}万元，预算执行率{R2}%，结余{f2(A - E)}万元。")
    H(doc, c, 1, "四、自评结论")
    parts = [("产出指标", 50), ("效益指标", 30), ("满意度指标", 10), ("预算执行", 10)]
    inds = [["", "", pp, "", "", w] for pp, w in parts]
    sc = assign_scores(r, inds, deduct_total=tt(c))
    total = sum(sc)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    doc.add("对照绩效指标逐项评分：" + "；".join(f"{pp}分值{w}分，得分{fs(s_)}分" for (pp, w), s_ in zip(parts, sc)) + f"；总得分{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T11 人才发展专项资金
def t_rencai(doc, r, c):
    Y = c.year
    n = c.n
    cats = {"A类": 100, "B类": 50, "C类": 20, "D类": 5}
    plan = [("A类（首年兑付）", "A类", 40, (1, 2)), ("B类（首年兑付）", "B类", 40, (1, 4)),
            ("B类（第二年兑付）", "B类", 30, (1, 3)), ("C类（首年兑付）", "C类", 40, (3, 10)),
            ("C类（第三年兑付）", "C类", 30, (2, 8)), ("D类（一次性兑付）", "D类", 100, (10, 40))]
    rows = []
    for lab, cat, ratio, (lo, hi) in plan:
        k = r.randint(lo, hi)
        rows.append([lab, k, cats[cat], ratio, q(D(k) * cats[cat] * ratio / 100)])
    Np = sum(x[1] for x in rows)
    Hs = sum(x[4] for x in rows)
    nd = r.randint(8, 40)
    nm = nd * 12 - r.randint(0, nd * 5)
    lv = wan(nm * 3000)
    k1 = r.randint(1, 3)
    k2 = r.randint(2, 6)
    tm = D(k1 * 100 + k2 * 50)
    X = Hs + lv + tm
    A = X + rnd_money(r, "5", "60")
    R = pct(X, A)
    lev, _ = split_levels(r, A, [(55, 70), (0, 0)], False)
    X0 = X - rnd_money(r, "20", "150")
    Dd = X - X0
    gr = pct(Dd, X0)
    Zt = rnd_money(r, "30", "120")
    D2 = X - (X0 - Zt)
    g2 = pct(D2, X0 - Zt)

    title(doc, c, "人才发展专项资金")
    H(doc, c, 1, "一、基本情况")
    H(doc, c, 2, "（一）项目概况")
    doc.add(f"为落实《{c.place}高层次人才引进培育若干措施》，对新引进的A、B、C、D四类人才分别给予每人100万元、50万元、20万元、5万元安家补贴，A、B、C类按40%、30%、30%分三年兑付，D类一次性兑付；对新引进的全日制博士研究生给予每人每月3000元生活补贴，期限三年。")
    doc.trap("安家补贴分三年按40%/30%/30%兑付，本年兑付额≠人数×补贴标准")
    H(doc, c, 2, "（二）资金情况")
    doc.add(f"{Y}年人才发展专项资金预算{f2(A)}万元，由市级财政{f2(lev[0])}万元和区县财政{f2(lev[1])}万元构成。")
    H(doc, c, 1, "二、绩效目标")
    doc.add("年度引进高层次人才和全日制博士数量稳步增长，人才政策兑现率100%，用人单位满意度不低于90%。")
    H(doc, c, 1, "三、自评结果")
    H(doc, c, 2, "（一）安家补贴兑付情况")
    trows = [[x[0], x[1], x[2], f"{x[3]}%", f2(x[4])] for x in rows]
    trows.append(["合计", Np, "—", "—", f2(Hs)])
    for ln in table(c, ["人才类别", "人数（人）", "补贴标准（万元/人）", "本年兑付比例", "兑付金额（万元）"], trows):
        doc.add(ln)
    doc.add(f"本年兑付安家补贴{Np}人、{f2(Hs)}万元。")
    H(doc, c, 2, "（二）博士生活补贴发放情况")
    doc.add(f"在职全日制博士{nd}人，全年累计发放{n(nm)}人月，每人每月3000元，计{f2(lv)}万元。")
    doc.trap(f"生活补贴按人月计算（{nd}人、{nm}人月）")
    H(doc, c, 2, "（三）创新创业团队资助情况")
    doc.add(f"资助创新创业团队{k1 + k2}个，其中一类团队{k1}个、二类团队{k2}个。一类团队{k1}个，每个100万元；二类团队{k2}个，每个50万元；资助金额{f2(tm)}万元。")
    H(doc, c, 2, "（四）资金支出情况")
    doc.add(f"全年支出{f2(X)}万元，包括安家补贴、生活补贴、团队资助三项，分别为{f2(Hs)}万元、{f2(lv)}万元、{f2(tm)}万元。")
    doc.add(f"全年预算{f2(A)}万元，实际支出{f2(X)}万元，预算执行率{R}%。")
    dd = doc.S("change", f2(Dd), alter(f2(Dd)), "比上年增加额")
    if "growth" in c.flags:
        doc.add(f"全年支出{f2(X)}万元，比上年支出{f2(X0)}万元增加{dd}万元，增长{gr}%。")
    else:
        doc.add(f"全年支出{f2(X)}万元，比上年支出{f2(X0)}万元增加{dd}万元，主要是首年兑付人才增加。")
    if "tongkou" in c.flags:
        doc.add(f"上年支出{f2(X0)}万元中含已划转至市科技局管理的科技人才项目经费{f2(Zt)}万元，剔除该因素后，全年支出{f2(X)}万元同口径比上年增加{f2(D2)}万元，增长{g2}%。")
        doc.trap(f"同口径增加{f2(D2)}万元（剔除划转{f2(Zt)}万元），与直接比较的{f2(Dd)}万元不同")
    H(doc, c, 1, "四、自评结论")
    inds = [
        ["产出指标", "数量指标", "兑付安家补贴人数", f"≥{Np - 3}人", f"{Np}人", 20],
        ["产出指标", "数量指标", "资助创新创业团队数", f"≥{k1 + k2}个", f"{k1 + k2}个", 10],
        ["产出指标", "质量指标", "人才政策兑现率", "100%", "100%", 15],
        ["产出指标", "时效指标", "补贴兑付及时性", "及时", "基本及时", 10],  # fixed 9
        ["效益指标", "社会效益指标", "人才集聚效应", "明显", "明显", 20],
        ["满意度指标", "服务对象满意度指标", "用人单位满意度", "≥90%", f"{q(D(r.randint(9000, 9900)) / 100)}%", 15],
        ["预算执行", "预算执行", "预算执行率", "≥90%", f"{R}%", 10],
    ]
    scores = assign_scores(r, inds, deduct_total=tt(c), fixed={3: "9.5"})
    total = sum(scores)
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    for ln in score_table_lines(c, inds, scores):
        doc.add(ln)
    doc.add(f"经评价，本项目自评总分{fs(total)}分，评价等级为“{g}”。")
    tail(doc, c, r)


# ================================================================ T12 部门决算/预算情况说明
def t_juesuan(doc, r, c):
    Y = c.year
    budget = "budget" in c.flags
    I = rnd_money(r, "900", "6000")
    for _ in range(5000):
        fr = q(I * D(r.randint(800000, 900000)) / 1000000)
        sy = q(I * D(r.randint(30000, 95000)) / 1000000)
        ot = I - fr - sy
        if "shares" not in c.flags or pct(fr, I) + pct(sy, I) + pct(ot, I) != 100:
            break
    else:
        raise RuntimeError("no share split")
    s0 = rnd_money(r, "15", "260")
    It = I + s0
    if budget:
        O = It
    else:
        O = It - rnd_money(r, "10", "200")
    e = It - O
    x = q(O * D(r.randint(35, 60)) / 100)
    y = O - x
    It0 = It - rnd_money(r, -150, "400")
    dI = It - It0
    F = q(fr * D(r.randint(90, 99)) / 100) if not budget else fr
    fx = q(F * D(r.randint(40, 65)) / 100)
    fy_ = F - fx
    F0 = F - rnd_money(r, -120, "300")
    dF = F - F0
    items = r.sample(c.items, 2)
    it1 = q(fy_ * D(r.randint(20, 35)) / 100)
    it2 = q(fy_ * D(r.randint(15, 30)) / 100)
    A3 = rnd_money(r, "3", "12")
    j = q(A3 * D(r.randint(20, 45)) / 100)
    kk = q(A3 * D(r.randint(30, 50)) / 100)
    B3 = j + kk

    yr = f"{Y}年"
    if budget:
        doc.add((("# " if c.hstyle == "md" else "") + f"{c.unit}{Y}年部门预算情况说明"))
    else:
        doc.add((("# " if c.hstyle == "md" else "") + f"{c.unit}{Y}年度部门决算情况说明"))
    H(doc, c, 1, "一、部门基本情况")
    doc.add(f"{c.unit}为{c.parent}所属公益一类事业单位，主要承担{c.duty}等职能，内设{r.randint(4, 8)}个科室。")
    if budget:
        H(doc, c, 1, "二、收支预算总体情况")
        doc.add(f"{yr}收入预算总计{f2(It)}万元，由本年收入{f2(I)}万元和上年结转{f2(s0)}万元构成。")
        doc.trap(f"收入预算总计{f2(It)}万元含上年结转，不等于本年收入{f2(I)}万元")
        w = "增加" if dI >= 0 else "减少"
        why = "学生资助项目预算增加" if dI >= 0 else "上年一次性项目到期不再安排"
        doc.add(f"收入预算总计{f2(It)}万元，比{Y - 1}年预算{f2(It0)}万元{w}{f2(abs(dI))}万元，主要是{why}。")
        doc.trap(f"{Y - 1}年预算{f2(It0)}万元为上年数")
        H(doc, c, 1, "三、收入预算情况")
        doc.add(f"本年收入{f2(I)}万元，其中：财政拨款收入{f2(fr)}万元，事业收入{f2(sy)}万元，其他收入{f2(ot)}万元。")
        H(doc, c, 1, "四、支出预算情况")
        doc.add(f"支出预算{f2(O)}万元，其中：基本支出{f2(x)}万元，占{pct(x, O)}%；项目支出{f2(y)}万元，占{pct(y, O)}%。")
        doc.add(f"项目支出{f2(y)}万元，主要用于{items[0]}{f2(q(y * D(30) / 100))}万元、{items[1]}{f2(q(y * D(20) / 100))}万元等。")
        doc.trap("项目支出“主要用于…等”非穷尽")
        H(doc, c, 1, "五、财政拨款支出预算情况")
        doc.add(f"财政拨款支出预算{f2(F)}万元，其中基本支出{f2(fx)}万元、项目支出{f2(fy_)}万元。")
        doc.trap(f"项目支出{f2(y)}万元（全部资金）与财政拨款项目支出{f2(fy_)}万元口径不同")
        w = "增加" if dF >= 0 else "减少"
        doc.add(f"财政拨款支出预算{f2(F)}万元，比{Y - 1}年预算{f2(F0)}万元{w}{f2(abs(dF))}万元。")
        H(doc, c, 1, "六、“三公”经费预算情况")
        doc.add(f"{yr}“三公”经费预算{f2(B3)}万元，其中公务接待费{f2(j)}万元，公务用车运行维护费{f2(kk)}万元，因公出国（境）费0万元。")
        doc.trap("因公出国（境）费0万元")
        return
    H(doc, c, 1, "二、收入支出决算总体情况说明")
    doc.add(f"{Y}年度收入总计{f2(It)}万元、支出总计{f2(It)}万元。")
    w = "增加" if dI >= 0 else "减少"
    why = "上级追加的补助项目资金增加" if dI >= 0 else "上年一次性项目资金到期后不再安排"
    doc.add(f"收入总计{f2(It)}万元，比上年度{f2(It0)}万元{w}{f2(abs(dI))}万元，主要是{why}。")
    doc.trap(f"上年度收入总计{f2(It0)}万元为上年数")
    H(doc, c, 1, "三、收入决算情况说明")
    doc.add(f"收入总计{f2(It)}万元，由本年收入合计{f2(I)}万元和年初结转和结余{f2(s0)}万元构成。")
    doc.trap(f"收入总计{f2(It)}万元含年初结转和结余，不等于本年收入合计{f2(I)}万元")
    if "shares" in c.flags:
        sh = [pct(fr, I), pct(sy, I), pct(ot, I)]
        doc.add(f"本年收入合计{f2(I)}万元，其中：财政拨款收入{f2(fr)}万元，占{sh[0]}%；事业收入{f2(sy)}万元，占{sh[1]}%；其他收入{f2(ot)}万元，占{sh[2]}%。")
        if sum(sh) != 100:
            doc.trap(f"收入占比合计{sum(sh)}%（四舍五入）")
    else:
        doc.add(f"本年收入合计{f2(I)}万元，其中：财政拨款收入{f2(fr)}万元，事业收入{f2(sy)}万元，其他收入{f2(ot)}万元。")
    H(doc, c, 1, "四、支出决算情况说明")
    xs = doc.S("sum.breakdown", f2(x), alter(f2(x)), "基本支出")
    doc.add(f"本年支出合计{f2(O)}万元，分别为基本支出{xs}万元、项目支出{f2(y)}万元。")
    doc.add(f"项目支出{f2(y)}万元，主要用于{items[0]}{f2(it1)}万元、{items[1]}{f2(it2)}万元等。")
    doc.trap("项目支出“主要用于…等”非穷尽")
    ee = doc.S("balance.carryover", f2(e), alter(f2(e)), "年末结转和结余")
    doc.add(f"年初结转和结余{f2(s0)}万元，本年收入合计{f2(I)}万元，本年支出合计{f2(O)}万元，年末结转和结余{ee}万元。")
    H(doc, c, 1, "五、财政拨款支出决算情况说明")
    doc.add(f"{Y}年度财政拨款支出{f2(F)}万元，其中基本支出{f2(fx)}万元、项目支出{f2(fy_)}万元。")
    doc.trap(f"项目支出{f2(y)}万元（全部资金）与财政拨款项目支出{f2(fy_)}万元口径不同")
    w = "增加" if dF >= 0 else "减少"
    if "growth" in c.flags:
        doc.add(f"财政拨款支出{f2(F)}万元，比上年决算数{f2(F0)}万元{w}{f2(abs(dF))}万元，{'增长' if dF >= 0 else '下降'}{pct(abs(dF), F0)}%。")
    else:
        doc.add(f"财政拨款支出{f2(F)}万元，比上年决算数{f2(F0)}万元{w}{f2(abs(dF))}万元。")
    H(doc, c, 1, "六、“三公”经费支出决算情况说明")
    doc.add(f"{Y}年度“三公”经费预算{f2(A3)}万元，支出{f2(B3)}万元，完成预算的{pct(B3, A3)}%。")
    doc.add(f"“三公”经费支出{f2(B3)}万元，其中公务接待费{f2(j)}万元，公务用车运行维护费{f2(kk)}万元，因公出国（境）费0万元（未发生）。")
    doc.trap("因公出国（境）费0万元，未发生")


# ================================================================ T13 就业补助资金绩效自评表
def t_zipingbiao(doc, r, c):
    Y = c.year
    n = c.n
    a1 = rnd_money(r, "800", "3000")
    a2 = rnd_money(r, "200", "900")
    a3 = rnd_money(r, "100", "600")
    over = "over" in c.flags
    b1 = a1 if r.random() < 0.5 else q(a1 * D(r.randint(93, 99)) / 100)
    b2 = q(a2 * D(r.randint(85, 99)) / 100)
    b3 = q(a3 * D(r.randint(103, 112)) / 100) if over else q(a3 * D(r.randint(80, 98)) / 100)
    A = a1 + a2 + a3
    B = b1 + b2 + b3
    R = pct(B, A, 1)
    rr = [pct(b1, a1, 1), pct(b2, a2, 1), pct(b3, a3, 1)]
    N0 = r.randint(20, 80) * 100
    N1 = N0 + r.randint(50, 900)
    rN = pct(N1, N0)
    tr = r.randint(800, 3000)
    sbn = r.randint(300, 2000)
    gy = r.randint(100, 800)
    u = q(D(r.randint(28, 42)) / 10, 1)
    sat = q(D(r.randint(925, 990)) / 10, 1)
    es = q(min(R, D(100)) * 10 / 100)

    doc.add("附件")
    doc.add(f"{c.prov}就业补助资金绩效自评表（{Y}年度）")
    doc.add("转移支付（项目）名称：就业补助资金")
    doc.add(f"中央主管部门：人力资源社会保障部；地方主管部门：{c.prov}人力资源和社会保障厅")
    doc.add(f"资金使用单位：{c.unit}")
    doc.add("资金投入情况（万元）：")
    frows = [["年度资金总额", f2(A), f2(B), f"{R}%"],
             ["其中：中央财政资金", f2(a1), f2(b1), f"{rr[0]}%"],
             ["省级财政资金", f2(a2), f2(b2), f"{rr[1]}%"],
             ["市县财政资金", f2(a3), f2(b3), f"{rr[2]}%"],
             ["其他资金（含以前年度结转）", "0.00", "0.00", "—"]]
    for ln in table(c, ["资金来源", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"], frows, c.style2):
        doc.add(ln)
    doc.trap("其他资金预算数、执行数均为0，执行率以“—”列示（0/0）")
    if over:
        doc.trap(f"市县财政资金执行率{rr[2]}%超过100%（动用以前年度结余）")
    doc.add(f"总体目标完成情况：全年城镇新增就业{n(N1)}人，完成目标任务{n(N0)}人的{rN}%；开展补贴性职业技能培训{n(tr)}人次；发放社会保险补贴{n(sbn)}人，公益性岗位安置{n(gy)}人；城镇登记失业率{u}%。")
    doc.trap(f"城镇新增就业完成目标的{rN}%，超过100%")
    inds = [
        ["产出指标", "数量指标", "补贴性职业技能培训人次", f"≥{tr * 9 // 1000 * 100}人次", f"{tr}人次", 10],
        ["产出指标", "数量指标", "享受社会保险补贴人数", f"≥{sbn * 8 // 1000 * 100}人", f"{sbn}人", 10],
        ["产出指标", "数量指标", "公益性岗位安置人数", f"≥{gy * 9 // 100 * 10}人", f"{gy}人", 10],
        ["产出指标", "质量指标", "补贴资金发放准确率", "100%", "100%", 10],
        ["产出指标", "时效指标", "补贴资金拨付及时率", "≥95%", f"{q(D(r.randint(955, 1000)) / 10, 1)}%", 10],
        ["效益指标", "社会效益指标", "城镇新增就业人数", f"≥{N0}人", f"{N1}人", 15],
        ["效益指标", "社会效益指标", "城镇登记失业率", "≤4.5%", f"{u}%", 10],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", f"{sat}%", 15],
        ["预算执行", "预算执行", "预算执行率", "≥90%", f"{R}%", 10],
    ]
    scores = assign_scores(r, inds[:-1], deduct_total=tt(c)) + [es]
    total = sum(scores)
    shown = [fs(s) for s in scores]
    if c.slip_target == "score":
        cand = [i for i in range(len(inds) - 1) if scores[i] == D(inds[i][5])]
        i = cand[0]
        shown[i] = doc.S("score.total", shown[i], fs(scores[i] - 2), f"“{inds[i][2]}”得分")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [[x[0], x[1], x[2], x[3], x[4], fs(x[5]), s] for x, s in zip(inds, shown)]
    rows.append(["合计", "—", "—", "—", "—", "100", fs(total)])
    doc.add("绩效指标完成情况：")
    for ln in table(c, heads, rows):
        doc.add(ln)
    nk = doc.S("count.mismatch", str(len(inds)), str(len(inds) + 1), f"三级指标个数（表中为{len(inds)}个）")
    doc.add(f"说明：本表共设置三级指标{nk}个；预算执行率指标得分按“分值×执行率”计算，执行率超过100%的按满分计。")
    if R > 100:
        doc.trap("预算执行率超过100%按满分计")
    else:
        doc.trap(f"预算执行率得分{fs(es)}分=10分×{R}%")
    bt, g = band_and_grade(doc, c, total)
    if bt:
        doc.add(bt)
    doc.add(f"自评结论：自评得分{fs(total)}分，评价等级为“{g}”。存在问题：部分县区资金支出进度偏慢，个别补贴审核时限偏长。")


# ================================================================ the set
TEMPLATES = {"yiwu": t_yiwu, "xueqian": t_xueqian, "yingyang": t_yingyang, "zhongzhi": t_zhongzhi,
             "gaozhong": t_gaozhong, "gaoxiao": t_gaoxiao, "gongyi": t_gongyi, "peixun": t_peixun,
             "chuangye": t_chuangye, "xina": t_xina, "biye": t_biye, "rencai": t_rencai,
             "juesuan": t_juesuan, "zipingbiao": t_zipingbiao}

SECTOR = {"yiwu": "学生资助（义务教育生活补助）", "xueqian": "学生资助（学前教育）", "yingyang": "学生资助（营养改善计划）",
          "zhongzhi": "学生资助（中职免学费/助学金）", "gaozhong": "学生资助（普通高中）", "gaoxiao": "学生资助（高校奖助学金）",
          "gongyi": "就业补助（公益性岗位）", "peixun": "就业补助（职业技能培训）", "chuangye": "就业补助（创业担保贷款贴息）",
          "xina": "就业补助（一次性吸纳就业补贴）", "biye": "就业补助（高校毕业生就业见习）", "rencai": "人才发展专项资金",
          "juesuan": "部门决算/预算说明", "zipingbiao": "就业补助资金绩效自评表"}

# (template, slip key, province, place, unit, year, style, hstyle, scheme, options)
SPECS = [
    ("yiwu", None, "四川省", "岷江县", "岷江县教育局", 2021, "pipe", "plain", "A", dict(flags={"shares"}, comma=True)),
    ("gongyi", "change", "河南省", "伏牛县", "伏牛县人力资源和社会保障局", 2022, "tab", "md", "B", {}),
    ("yingyang", None, "贵州省", "清水江县", "清水江县教育局", 2023, "space", "plain", "D", dict(target_total="90")),
    ("zipingbiao", "score.total", "河北省", "滦北县", "滦北县人力资源和社会保障局", 2020, "kv", "plain", "B", dict(style2="tab", slip_target="score")),
    ("chuangye", None, "湖南省", "沅澧市", "沅澧市就业服务中心", 2022, "pipe", "md", "A", {}),
    ("gaoxiao", "score.total", "湖北省", "云梦泽市", "云梦泽职业技术学院", 2023, "pipe", "plain", "A0", dict(slip_target="score")),
    ("zhongzhi", "balance.carryover", "江西省", "章源县", "章源县职业中等专业学校", 2019, "pipe", "plain", "B0", {}),
    ("peixun", None, "安徽省", "淝水县", "淝水县公共就业和人才服务中心", 2021, "tab", "plain", "A", {}),
    ("rencai", "change", "浙江省", "鹿城湾市", "鹿城湾市人才发展服务中心", 2024, "pipe", "md", "A0", {}),
    ("xina", None, "山东省", "汶河县", "汶河县人力资源和社会保障局", 2023, "space", "plain", "B", {}),
    ("yiwu", "unit.magnitude", "甘肃省", "祁水县", "祁水县教育局", 2020, "kv", "plain", "A0", dict(flags={"shares"})),
    ("biye", None, "广东省", "东江市", "东江市人力资源和社会保障局", 2024, "pipe", "plain", "D", dict(flags={"ppoint"}, comma=True)),
    ("juesuan", "sum.breakdown", "广西壮族自治区", "桂江县", "桂江县就业服务中心", 2022, "pipe", "plain", "A", dict(flags={"shares", "growth"}, parent="桂江县人力资源和社会保障局", duty="就业创业政策落实、公共就业服务、公益性岗位和职业培训补贴经办", items=["公益性岗位补贴", "职业培训补贴", "就业见习补贴", "社会保险补贴"])),
    ("gaozhong", None, "陕西省", "洛源县", "洛源县学生资助管理中心", 2023, "pipe", "md", "A", {}),
    ("yingyang", "table.text", "云南省", "南溪县", "南溪县教育体育局", 2022, "tab", "plain", "B0", {}),
    ("xueqian", None, "四川省", "雅河县", "雅河县教育局", 2024, "pipe", "plain", "B", {}),
    ("peixun", "count.mismatch", "河南省", "淇源县", "淇源县就业服务中心", 2023, "pipe", "md", "A0", {}),
    ("zipingbiao", None, "甘肃省", "黑河川县", "黑河川县人力资源和社会保障局", 2023, "tab", "plain", "A", dict(style2="kv", flags={"over"})),
    ("xina", "fact.conflict", "安徽省", "皖江市", "皖江市人力资源和社会保障局", 2021, "pipe", "plain", "A0", {}),
    ("gongyi", None, "湖南省", "湘源县", "湘源县人力资源和社会保障局", 2020, "pipe", "plain", "D", dict(flags={"growth"}, target_total="80")),
    ("biye", "rate.ratio", "湖北省", "汉北县", "汉北县人力资源和社会保障局", 2021, "pipe", "plain", "A0", {}),
    ("gaoxiao", None, "山东省", "沂北市", "沂北职业技术学院", 2022, "space", "plain", "B", dict(flags={"scorerate"}, comma=True)),
    ("juesuan", "balance.carryover", "贵州省", "乌蒙县", "乌蒙县学生资助管理中心", 2024, "pipe", "md", "A", dict(parent="乌蒙县教育局", duty="学生资助政策落实、资助资金发放管理和资助信息统计", items=["国家助学金", "免学杂费", "生活补助", "营养膳食补助"])),
    ("zhongzhi", None, "河北省", "滦北县", "滦北县职业技术教育中心", 2023, "pipe", "plain", "A", {}),
    ("gaozhong", "grade.band", "广东省", "韩江县", "韩江县教育局", 2019, "space", "plain", "A", dict(target_total="89.5")),
    ("rencai", None, "江苏省", "淮源市", "淮源市人力资源和社会保障局", 2023, "pipe", "plain", "B", dict(flags={"growth", "tongkou"}, target_total="89.5")),
    ("chuangye", "fact.conflict", "江西省", "赣西市", "赣西市就业创业服务中心", 2023, "tab", "md", "A0", {}),
    ("xueqian", "unit.magnitude", "河北省", "滦西县", "滦西县教育局", 2021, "tab", "plain", "A0", {}),
    ("yiwu", None, "广西壮族自治区", "桂江县", "桂江县教育局", 2024, "space", "plain", "B0", dict(flags={"shares"}, comma=True)),
    ("peixun", "grade.band", "四川省", "雅河县", "雅河县就业服务局", 2024, "tab", "plain", "D", dict(target_total="79.5")),
    ("zipingbiao", "count.mismatch", "陕西省", "洛源县", "洛源县人力资源和社会保障局", 2022, "pipe", "plain", "B0", dict(style2="pipe")),
    ("yingyang", "rate.ratio", "甘肃省", "黑河川县", "黑河川县教育局", 2019, "pipe", "plain", "A", {}),
    ("xina", "table.text", "浙江省", "鹿城湾市", "鹿城湾市就业管理服务中心", 2020, "pipe", "md", "B", {}),
    ("gongyi", None, "安徽省", "淝水县", "淝水县人力资源和社会保障局", 2024, "kv", "plain", "A", dict(flags={"growth"})),
    ("juesuan", None, "河南省", "伏牛县", "伏牛县第一高级中学", 2025, "pipe", "plain", "A", dict(flags={"budget"}, parent="伏牛县教育局", duty="普通高中教育教学和学生资助政策落实", items=["国家助学金", "免学杂费", "教学设备购置", "校舍维修"])),
    ("biye", None, "江苏省", "淮源市", "淮源市高校毕业生就业服务中心", 2019, "pipe", "plain", "A", dict(flags={"ppoint"}, target_total="88")),
    ("gaoxiao", None, "陕西省", "秦川市", "秦川职业技术学院", 2024, "kv", "plain", "D", dict(flags={"scorerate"})),
    ("yiwu", "sum.breakdown", "湖南省", "湘源县", "湘源县教育局", 2022, "pipe", "plain", "A", {}),
    ("rencai", None, "山东省", "汶河县", "汶河县人才发展服务中心", 2021, "tab", "plain", "A0", dict(flags={"growth", "tongkou"})),
    ("zhongzhi", None, "云南省", "南溪县", "南溪县职业高级中学", 2020, "pipe", "md", "B", {}),
]

HINT = {"sum.breakdown": "各组成部分之和与合计不符", "rate.ratio": "所列比率不等于所列两数之商",
        "balance.carryover": "结余/结转不等于预算（年初+收入）减支出", "change": "增减额不等于两年数字之差",
        "score.total": "各项得分之和不等于合计得分", "grade.band": "等级与总分所在分档不符",
        "fact.conflict": "同一数量前后两处数值不同", "unit.magnitude": "万元数字改写为元（量级错1万倍）",
        "count.mismatch": "个数与所列项目数不符", "table.text": "正文复述表中数字与表不符"}

LAYOUT = {"pipe": "正文+竖线表格", "tab": "正文+制表符表格", "space": "正文+空格对齐表格", "kv": "正文+“键：值；”行式表格"}


def make_ctx(spec):
    tpl, slip, prov, place, unit, year, style, hstyle, scheme, opt = spec
    return Ctx(tpl=tpl, prov=prov, place=place, unit=unit, year=year, style=style, hstyle=hstyle, scheme=scheme,
               flags=set(opt.get("flags", set())), comma=opt.get("comma", False), style2=opt.get("style2", style),
               target_total=opt.get("target_total"), slip_target=opt.get("slip_target"),
               parent=opt.get("parent", ""), duty=opt.get("duty", ""), items=opt.get("items", []))


def order():
    """shuffle the specs into document ids (fixed seed)"""
    k = 0
    while True:
        idx = list(range(len(SPECS)))
        random.Random(SEED + k).shuffle(idx)
        flags = [SPECS[i][1] is not None for i in idx]
        run = best = 0
        prev = None
        for f in flags:
            run = run + 1 if f == prev else 1
            prev = f
            best = max(best, run)
        if best <= 3 and abs(sum(flags[:20]) - 10) <= 1:
            return idx
        k += 1


def build(spec, with_slip):
    c = make_ctx(spec)
    r = random.Random(f"{SEED}:{c.unit}:{c.year}:{c.tpl}")
    doc = Doc(spec[1] if with_slip else None)
    TEMPLATES[c.tpl](doc, r, c)
    if with_slip and spec[1]:
        assert doc.detail, spec
    return doc, c


def main(argv):
    global SEED
    twins = None
    out = HERE
    if "--seed" in argv:                      # robustness runs only; the set itself uses the fixed SEED
        SEED = int(argv[argv.index("--seed") + 1])
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
        os.makedirs(out, exist_ok=True)
    if "--twins" in argv:
        twins = argv[argv.index("--twins") + 1]
        os.makedirs(twins, exist_ok=True)
    exp = ["id\texpected\tdetail"]
    meta = ["id\ttemplate\tsector\tunit\tprovince\tyear\tlayout\tlines"]
    for k, si in enumerate(order()):
        spec = SPECS[si]
        tid = f"t{k + 1:02d}"
        if twins:
            if spec[1]:
                doc, c = build(spec, with_slip=False)
                with open(os.path.join(twins, tid + ".txt"), "w", encoding="utf-8") as f:
                    f.write("\n".join(doc.lines) + "\n")
            continue
        doc, c = build(spec, with_slip=True)
        assert 15 <= len(doc.lines) <= 60, (tid, len(doc.lines))
        with open(os.path.join(out, tid + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(doc.lines) + "\n")
        fam = spec[1].split("#")[0] if spec[1] else "clean"
        if spec[1]:
            detail = doc.detail + "；" + HINT[fam]
        else:
            detail = "traps: " + "；".join(doc.traps)
        exp.append(f"{tid}\t{fam}\t{detail}")
        lay = LAYOUT[c.style] if c.tpl not in ("zhongzhi", "juesuan", "biye") else ("纯正文" if c.tpl == "juesuan" else "纯正文（评分以正文列示）")
        if c.tpl == "zipingbiao":
            lay = f"自评表：资金表{LAYOUT[c.style2][3:]}，指标表{LAYOUT[c.style][3:]}"
        if c.hstyle == "md":
            lay += "，Markdown标题"
        meta.append(f"{tid}\t{c.tpl}\t{SECTOR[c.tpl]}\t{c.unit}\t{c.prov}\t{c.year}\t{lay}\t{len(doc.lines)}")
    if not twins:
        with open(os.path.join(out, "expect.tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(exp) + "\n")
        with open(os.path.join(out, "meta.tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(meta) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
