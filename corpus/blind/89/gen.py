#!/usr/bin/env python3
"""gen.py -- generator of blind set 89 (enterprise-support / 专项资金 self-evaluation reports).

Python 3 standard library only.  Fixed seed, deterministic.  All money, rates and
scores are decimal.Decimal rounded half-up; floats are used only as probabilities.

    python3 gen.py                 # writes t01.txt .. t40.txt and expect.tsv next to this file
    python3 gen.py --twins DIR     # writes, for every slip document, its twin without the slip

Every document is built by one of seven structural templates (S1..S7) from its own
random.Random stream; a slip is a single textual substitution applied to one line
after the document has been built, so the twin (same draws, no substitution)
differs from the slip document in exactly one line (= paragraph).
"""
import os
import random
import sys
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 890089
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------- arithmetic
def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def m2(x):
    """money string, 2 decimals"""
    return f"{q(x, 2):.2f}"


def pct(a, b, n=2):
    return q(D(a) * 100 / D(b), n)


def ps(a, b, n=2):
    """percentage string of a/b (no % sign); exact 100 written as 100"""
    v = pct(a, b, n)
    if v == 100:
        return "100"
    return f"{v:.{n}f}"


def sc(x):
    """score string: integer or one/two decimals, trailing zeros dropped"""
    v = q(x, 2)
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return s


def rmoney(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def yuan(x):
    """万元 -> 元 string with thousands separators and cents"""
    v = q(D(x) * 10000, 2)
    return f"{v:,.2f}"


def prob(rng, p):
    return rng.random() < p


# ----------------------------------------------------------------- slips
def transpose(s, rng):
    """swap two adjacent different digits of a numeric string"""
    idx = [i for i in range(len(s) - 1)
           if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
    # also allow swapping across the decimal point neighbourhood digits only
    if not idx:
        return None
    i = rng.choice(idx)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0" and len(t.split(".")[0]) > 1:
        return None
    return t


def stale(s, rng, lo=1, hi=3):
    """a stale draft value: the last integer digit moved by lo..hi"""
    intpart, dot, frac = s.partition(".")
    v = int(intpart)
    for _ in range(20):
        d = rng.randint(lo, hi) * rng.choice([-1, 1])
        if v + d >= 0 and v + d != v:
            return str(v + d) + dot + frac
    return None


def drop_digit(s, rng):
    intpart, dot, frac = s.partition(".")
    if len(intpart) < 3:
        return None
    i = rng.randrange(1, len(intpart))
    t = intpart[:i] + intpart[i + 1:]
    return t + dot + frac


# ----------------------------------------------------------------- places & bureaus
PROV_SHORT = {"浙江省": "浙", "湖南省": "湘", "安徽省": "皖", "河南省": "豫", "江苏省": "苏",
              "四川省": "川", "湖北省": "鄂", "广东省": "粤", "福建省": "闽", "江西省": "赣",
              "广西壮族自治区": "桂", "陕西省": "陕", "河北省": "冀", "重庆市": "渝", "山东省": "鲁"}

# (province, city, bureau name, department family)
BUREAUS = [
    ("浙江省", "临屿市", "临屿市经济和信息化局", "工信"),
    ("湖南省", "湘源市", "湘源市工业和信息化局", "工信"),
    ("安徽省", "淮泽市", "淮泽市经济和信息化局", "工信"),
    ("河南省", "伊阳市", "伊阳市中小企业服务中心", "工信"),
    ("山东省", "岱阳市", "岱阳市工业和信息化局", "工信"),
    ("江苏省", "澄川市", "澄川市科学技术局", "科技"),
    ("四川省", "岷安县", "岷安县经济科技和信息化局", "科技"),
    ("湖北省", "荆川市", "荆川市科技创新服务中心", "科技"),
    ("山东省", "岱阳市", "岱阳市科学技术局", "科技"),
    ("广东省", "粤陵市", "粤陵市商务局", "商务"),
    ("福建省", "闽溪县", "闽溪县商务局", "商务"),
    ("江西省", "赣原市", "赣原市会展服务中心", "商务"),
    ("广西壮族自治区", "桂川市", "桂川市投资促进局", "商务"),
    ("江苏省", "澄川市", "澄川市商务局", "商务"),
    ("陕西省", "秦塬市", "秦塬市发展和改革委员会", "发改"),
    ("河北省", "燕台县", "燕台县发展和改革局", "发改"),
    ("重庆市", "渝川区", "重庆市渝川区发展和改革委员会", "发改"),
    ("浙江省", "临屿市", "临屿市发展和改革委员会", "发改"),
]

RESTRICT = {"伊阳市中小企业服务中心": {"jk", "txjk", "ggpt", "zjtx", "szzx"},
            "荆川市科技创新服务中心": {"kjcxq", "fhq", "kjjh", "gxqy", "yfhbz"},
            "赣原市会展服务中心": {"zhbz", "hzjj"},
            "桂川市投资促进局": {"zsyz", "wmqy", "xbbz"}}

DEPT_PROV = {"工信": "工业和信息化厅", "科技": "科学技术厅", "商务": "商务厅", "发改": "发展和改革委员会"}
DEPT_DOC = {"工信": "企", "科技": "教", "商务": "贸", "发改": "建"}

BRANDS = ["恒达", "瑞丰", "华科", "鼎盛", "新锐", "金桥", "众诚", "天工", "博远", "宏图", "晶创",
          "海纳", "中联", "信和", "远航", "格林", "卓越", "佳美", "欣荣", "盛泰", "泓润", "凯力",
          "永晟", "德润", "明辉", "联创", "拓普", "云帆", "精诚", "长泰"]
TRADES = ["精密机械", "新材料", "电子科技", "智能装备", "生物医药", "汽车零部件", "纺织", "食品",
          "光电科技", "化工", "信息技术", "环保科技", "家居", "模具", "电气", "包装", "医疗器械"]


def company_names(rng, city, n):
    short = city[:2]
    out, seen = [], set()
    while len(out) < n:
        b = rng.choice(BRANDS)
        if b in seen:
            continue
        seen.add(b)
        suffix = "股份有限公司" if prob(rng, 0.25) else "有限公司"
        out.append(f"{short}{b}{rng.choice(TRADES)}{suffix}")
    return out


# ----------------------------------------------------------------- tables
def dwidth(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def render_table(rows, style):
    """rows: list of lists of str, first row is the header"""
    out = []
    if style == "pipe":
        for i, r in enumerate(rows):
            out.append("| " + " | ".join(r) + " |")
            if i == 0:
                out.append("|" + "|".join(["---"] * len(r)) + "|")
    elif style == "tab":
        for r in rows:
            out.append("\t".join(r))
    elif style == "full":
        for r in rows:
            out.append("｜".join(c if c else "—" for c in r))
    elif style == "space":
        rr = [[c if c else "—" for c in r] for r in rows]
        w = [max(dwidth(r[j]) for r in rr) for j in range(len(rr[0]))]
        for r in rr:
            cells = [c + " " * (w[j] - dwidth(c)) for j, c in enumerate(r)]
            out.append("  ".join(cells).rstrip())
    elif style == "kv":
        head = rows[0]
        for r in rows[1:]:
            out.append("；".join(f"{h}：{c}" for h, c in zip(head, r) if c))
    else:
        raise ValueError(style)
    return out


GRADE4 = ["优", "良", "中", "差"]
GRADE4L = ["优秀", "良好", "合格", "不合格"]


def default_grade(score, long=False):
    s = D(score)
    i = 0 if s >= 90 else 1 if s >= 80 else 2 if s >= 60 else 3
    return (GRADE4L if long else GRADE4)[i]


class Doc:
    def __init__(self):
        self.lines = []
        self.slips = {}     # family -> list of (idx, old, new, detail)
        self.traps = []     # descriptions

    def add(self, s):
        assert "\n" not in s
        self.lines.append(s)
        return len(self.lines) - 1

    def extend(self, ls):
        return [self.add(x) for x in ls]

    def slip(self, fam, idx, old, new, detail):
        if new is None or new == old:
            return
        line = self.lines[idx]
        assert line.count(old) == 1, (fam, old, line)
        self.slips.setdefault(fam, []).append((idx, old, new, detail))

    def trap(self, t):
        if t not in self.traps:
            self.traps.append(t)


def date_line(rng, year):
    return f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(2, 28)}日"


def docno(rng, prov, dept, year):
    return f"{PROV_SHORT[prov]}财{DEPT_DOC[dept]}〔{year}〕{rng.randint(11, 219)}号"


# ============================================================ S1 tiered awards
S1_TOPICS = {
    "zjtx": dict(dept="工信", fund="专精特新中小企业发展专项资金", obj="专精特新企业",
                 purpose="引导中小企业走专业化、精细化、特色化、新颖化发展道路",
                 policy="关于促进专精特新中小企业高质量发展的若干措施",
                 tiers=[("国家级专精特新“小巨人”企业", [50, 100], (1, 4)),
                        ("省级专精特新中小企业", [20, 30], (4, 12)),
                        ("市级专精特新中小企业", [5, 10], (8, 25))],
                 key="纳入重点产业链“链主”培育库的企业", rev="营业收入"),
    "gxqy": dict(dept="科技", fund="高新技术企业培育奖补资金", obj="高新技术企业和科技型中小企业",
                 purpose="壮大高新技术企业群体，推动科技型企业梯次成长",
                 policy="高新技术企业倍增行动实施方案",
                 tiers=[("首次认定的高新技术企业", [20, 30], (6, 18)),
                        ("重新认定的高新技术企业", [10, 15], (5, 15)),
                        ("新入库科技型中小企业", [2, 3], (20, 45))],
                 key="列入市级“瞪羚”培育名单的企业", rev="高新技术产品收入"),
    "dszx": dict(dept="商务", fund="电子商务发展专项资金", obj="电子商务示范企业",
                 purpose="培育电子商务市场主体，促进线上线下融合发展",
                 policy="电子商务高质量发展奖励办法",
                 tiers=[("国家级电子商务示范企业", [50], (1, 2)),
                        ("省级电子商务示范企业", [20, 30], (2, 6)),
                        ("市级电子商务示范企业", [5, 10], (5, 15))],
                 key="农产品上行龙头企业", rev="网络零售额"),
    "wmqy": dict(dept="商务", fund="外贸主体培育专项资金", obj="外贸企业",
                 purpose="壮大外贸经营主体，稳定外贸基本盘",
                 policy="外贸主体培育三年行动奖励办法",
                 tiers=[("年进出口额首次突破1亿美元的企业", [30], (1, 3)),
                        ("年进出口额首次突破3000万美元的企业", [10, 15], (3, 8)),
                        ("新增有进出口实绩的企业", [2], (15, 40))],
                 key="省级外贸转型升级基地内企业", rev="进出口额"),
}


def build_s1(rng, ctx):
    t = S1_TOPICS[ctx["topic"]]
    prov, city, bureau, dept = ctx["bureau"]
    year, style = ctx["year"], ctx["style"]
    d = Doc()
    X = [D(rng.choice(x[1])) for x in t["tiers"]]
    n = [rng.randint(*x[2]) for x in t["tiers"]]
    zero = ctx["variant"].get("zero", False)
    if zero:
        n[0] = 0
        n[1] = max(n[1], 3)
    N = sum(n)
    k = rng.randint(1, 3)
    M = N + k
    amt = [n[i] * X[i] for i in range(3)]
    S = sum(amt)
    T = D((int(S * D(rng.randint(1020, 1150)) / 1000) // 10 + 1) * 10)
    R = T - S
    p = ps(S, T)
    tgt = max(5, N + rng.randint(-5, 6))
    cr = ps(N, tgt)
    R0 = rmoney(rng, 8, 120)
    R1 = q(R0 * (1 + D(rng.randint(300, 1800)) / 10000))
    g = ps(R1 - R0, R0)
    D0 = rmoney(rng, 3000, 30000)
    dd = rmoney(rng, 200, 3000)
    D1 = D0 + dd
    qn = N + rng.randint(5, 20)
    qr = qn - rng.randint(1, 3)
    qs = qr - rng.randint(0, 2)
    sat = ps(qs, qr)
    a = q(pct(S, T) / 10, 1)
    b = D(40) - D(rng.choice(["0", "0.5", "1", "1.5", "2"]))
    c = D(30) - D(rng.choice(["0", "1", "1.5", "2", "3"]))
    e = D(10) - D(rng.choice(["0", "0.5", "1"]))
    tot = a + b + c + e
    longg = prob(rng, 0.5)
    grade = default_grade(tot, longg)
    # enterprises named in the key list (taken from tiers 1 and 2)
    m = rng.randint(2, min(4, n[0] + n[1]))
    names = company_names(rng, city, m)
    tiers_of = []
    avail = [0] * n[0] + [1] * n[1]
    rng.shuffle(avail)
    tiers_of = avail[:m]
    s_key = sum(X[i] for i in tiers_of)
    elsewhere = ctx["variant"].get("elsewhere", prob(rng, 0.5))

    d.add(bureau)
    d.add(f"{year}年度{t['fund']}绩效自评报告")
    d.add("一、基本情况")
    d.add(f"（一）项目概况。为{t['purpose']}，根据《{prov}财政厅 {prov}{DEPT_PROV[dept]}关于下达{year}年"
          f"{t['fund']}的通知》（{docno(rng, prov, dept, year)}），{city}财政局会同我单位安排{t['fund']} {m2(T)} 万元。"
          f"按照《{city}{t['policy']}》，对{t['tiers'][0][0]}一次性奖励 {X[0]} 万元，对{t['tiers'][1][0]}一次性奖励 {X[1]} 万元，"
          f"对{t['tiers'][2][0]}一次性奖励 {X[2]} 万元，同一企业同年入选多个层级名单的按就高原则奖励，不重复享受。")
    d.add(f"（二）绩效目标。年度计划奖补{t['obj']}不少于 {tgt} 家，奖补资金拨付率达到 95% 以上，"
          f"获奖补企业{t['rev']}保持增长，企业满意度不低于 90%。")
    if elsewhere:
        d.add(f"{year - 1}年，本批获奖补企业合计实现{t['rev']} {m2(R0)} 亿元，作为本年度效益指标的对比基数。")
        d.trap(f"growth rate {g}% computed over last year's {t['rev']} {m2(R0)} 亿元 stated in another paragraph")
    d.add("二、资金使用情况")
    li_bal = d.add(f"截至{year}年12月31日，已拨付奖补资金 {m2(S)} 万元，资金拨付率 {p}%，结转下年 {m2(R)} 万元，"
                   f"主要是年度认定名单公布时间较晚，剩余资金结转用于下一年度奖补。")
    d.add(f"本年度共认定各级{t['obj']} {M} 项，涉及企业 {N} 家（其中 {k} 家企业同年入选两个层级名单，"
          f"按就高原则只享受较高一级奖补）。奖补分布如下：")
    d.trap(f"家 vs 项: {M} 项 of recognitions but {N} 家 enterprises ({k} listed twice)")
    rows = [["类别", "企业数（家）", "奖补标准（万元/家）", "奖补金额（万元）"]]
    for i in range(3):
        rows.append([t["tiers"][i][0], str(n[i]), str(X[i]), m2(amt[i])])
    rows.append(["合计", str(N), "—", m2(S)])
    d.extend(render_table(rows, style))
    if zero:
        d.add(f"注：{t['tiers'][0][0]}本年度无企业入选，未发生奖补支出。")
        d.trap(f"0 家 in tier “{t['tiers'][0][0]}” (未发生)")
    li_key = d.add(f"其中，{t['key']} {m} 家，分别为{'、'.join(names)}，合计获得奖补 {m2(s_key)} 万元。")
    d.trap(f"non-exhaustive 其中 of only the key enterprises ({m} 家, {m2(s_key)} 万元 of {m2(S)} 万元)")
    d.add("三、绩效目标完成情况")
    d.add(f"（一）产出指标。实际奖补{t['obj']} {N} 家，年度目标 {tgt} 家，完成率 {cr}%；"
          f"奖补资金均在名单公示结束后及时拨付到企业。")
    if pct(N, tgt) > 100:
        d.trap(f"completion rate over 100% ({cr}%)")
    if elsewhere:
        d.add(f"（二）效益指标。获奖补企业全年实现{t['rev']} {m2(R1)} 亿元，同比增长 {g}%；"
              f"研发投入 {m2(D1)} 万元，比上年增加 {m2(dd)} 万元（上年 {m2(D0)} 万元）。")
    else:
        d.add(f"（二）效益指标。获奖补企业全年实现{t['rev']} {m2(R1)} 亿元，较上年 {m2(R0)} 亿元增长 {g}%；"
              f"研发投入 {m2(D1)} 万元，比上年增加 {m2(dd)} 万元（上年 {m2(D0)} 万元）。")
    d.add(f"（三）满意度指标。向获奖补企业发放满意度调查问卷 {qn} 份，回收有效问卷 {qr} 份，"
          f"其中满意及基本满意 {qs} 份，满意度 {sat}%。")
    d.trap(f"满意度 {sat}% over 回收 {qr} 份, not over 发放 {qn} 份")
    d.add("四、自评结论")
    d.add(f"经自评，综合得分 {sc(tot)} 分，由预算执行 {sc(a)} 分、产出指标 {sc(b)} 分、效益指标 {sc(c)} 分、"
          f"满意度指标 {sc(e)} 分构成，评价等级为“{grade}”。")
    d.add("五、存在问题及改进措施")
    d.add("一是部分企业对奖补政策了解不够及时，申报材料质量参差不齐；二是资金拨付进度受认定名单公布时间影响较大。"
          "下一步将加强政策宣传解读，优化申报兑现流程，提高资金使用效益。")
    d.add(bureau)
    d.add(date_line(rng, year))

    # slips
    srng = ctx["srng"]
    old = f"结转下年 {m2(R)} 万元"
    nv = transpose(m2(R), srng) or stale(m2(R), srng)
    d.slip("balance.carryover", li_bal, old, f"结转下年 {nv} 万元",
           f"结转下年 “{nv}” 万元 should be {m2(R)} (安排 {m2(T)} − 已拨付 {m2(S)})")
    nm = m + srng.choice([-1, 1])
    d.slip("count.mismatch", li_key, f"{t['key']} {m} 家", f"{t['key']} {nm} 家",
           f"“{nm} 家” should be {m}: {m} enterprises are named")
    return d


# ============================================================ S2 capped-rate subsidy
S2_TOPICS = {
    "jsgz": dict(dept="工信", fund="工业企业技术改造专项资金", base="设备投资额", rates=[8, 10], caps=[200, 300],
                 elig="列入年度计划并完成竣工验收的工业企业技术改造项目", item="项目", itemcol="项目名称",
                 dup=True, metric="工业产值",
                 items=["生产线智能化改造项目", "数字化车间建设项目", "节能降碳改造项目", "自动化装备升级项目",
                        "智能仓储物流改造项目", "质量检测能力提升项目"]),
    "yfhbz": dict(dept="科技", fund="企业研发费用后补助资金", base="研发费用增量", rates=[10], caps=[50, 100],
                  elig="上年度研发费用较前一年度增长的规模以上工业企业和高新技术企业", item="企业", itemcol=None,
                  dup=False, metric="新产品产值", items=[]),
    "zhbz": dict(dept="商务", fund="企业参加境内外重点展会补助资金", base="展位费", rates=[50], caps=[8, 10],
                 elig="参加市商务局年度重点展会目录内展会的外贸企业", item="展次", itemcol="展会名称",
                 dup=True, metric="出口额",
                 items=["中国进出口商品交易会（广交会）", "中国国际进口博览会", "德国汉诺威工业博览会",
                        "东盟博览会", "迪拜五大行业展", "美国拉斯维加斯消费电子展", "日本东京国际礼品展"]),
    "xbbz": dict(dept="商务", fund="出口信用保险保费补助资金", base="实缴保费", rates=[50, 60], caps=[20, 30],
                 elig="投保短期出口信用保险的中小微外贸企业", item="企业", itemcol=None,
                 dup=False, metric="出口额", items=[]),
}


def build_s2(rng, ctx):
    t = S2_TOPICS[ctx["topic"]]
    prov, city, bureau, dept = ctx["bureau"]
    year, style = ctx["year"], ctx["style"]
    d = Doc()
    rate = D(rng.choice(t["rates"]))
    cap = D(rng.choice(t["caps"]))
    E = rng.randint(6, 8)
    names = company_names(rng, city, E)
    thr = cap * 100 / rate                     # base at which the cap starts to bind
    ncap = rng.randint(1, 3)
    rows_data = []                              # (name, itemname, base, award)
    for i, nm in enumerate(names):
        if i < ncap:
            base = rmoney(rng, float(thr) * 1.08, float(thr) * 2.6)
        else:
            base = rmoney(rng, float(thr) * 0.15, float(thr) * 0.92)
        rows_data.append([nm, None, base])
    rng.shuffle(rows_data)
    dup = t["dup"]
    if dup:
        j = rng.randrange(E)
        base2 = rmoney(rng, float(thr) * 0.2, float(thr) * 0.9)
        rows_data.insert(j + 1, [rows_data[j][0], None, base2])
        dupname = rows_data[j][0]
    K = len(rows_data)
    if t["items"]:
        its = rng.sample(t["items"], min(K, len(t["items"])))
        while len(its) < K:
            its.append(rng.choice(t["items"]))
        for r, it in zip(rows_data, its):
            r[1] = it
    for r in rows_data:
        r.append(min(q(r[2] * rate / 100), cap))
    S = sum(r[3] for r in rows_data)
    B = sum(r[2] for r in rows_data)
    T = D((int(S * D(rng.randint(1030, 1150)) / 1000) // 10 + 1) * 10)
    T0 = q(T * D(rng.randint(60, 90)) / 100) if prob(rng, 0.7) else T
    a_prov = q(T * D(rng.randint(40, 70)) / 100)
    b_city = T - a_prov
    R = T - S
    p = ps(S, T)
    tgt = E - rng.randint(-1, 2)
    cr = ps(E, tgt)
    L = q(B / S)
    V0 = rmoney(rng, 5, 80)
    V1 = q(V0 * (1 + D(rng.randint(200, 2200)) / 10000))
    g = ps(V1 - V0, V0)
    qn = E + rng.randint(5, 25)
    qr = qn - rng.randint(0, 3)
    qs = qr - rng.randint(0, 2)
    sat = ps(qs, qr)
    tot = D(100) - D(rng.choice(["1", "1.5", "2", "2.5", "3", "4", "5.5"]))
    longg = prob(rng, 0.5)
    grade = default_grade(tot, longg)
    # an uncapped row for the prose restatement (unique name)
    cand = [r for r in rows_data if r[3] < cap and sum(1 for x in rows_data if x[0] == r[0]) == 1]
    ex = rng.choice(cand)

    d.add(bureau)
    d.add(f"关于{year}年度{t['fund']}项目支出绩效自评情况的报告")
    d.add("一、项目基本情况")
    d.add(f"根据《{city}{t['fund']}管理办法》，对{t['elig']}，按{t['base']}的 {rate}% 给予补助，"
          f"单家企业最高不超过 {cap} 万元。")
    d.add(f"{year}年项目资金 {m2(T)} 万元，由省级资金 {m2(a_prov)} 万元和市级配套资金 {m2(b_city)} 万元构成。")
    d.add("二、绩效目标")
    d.add(f"支持企业不少于 {tgt} 家，补助资金执行率不低于 90%，企业满意度不低于 90%，"
          f"受补助企业{t['metric']}实现增长。")
    d.add("三、项目实施及资金使用情况")
    if dup:
        d.add(f"经企业申报、第三方审核、专家评审和社会公示，共确定补助{t['item']} {K} 个，涉及企业 {E} 家"
              f"（{dupname}有两个{t['item']}同时入选）。补助明细如下：")
        d.trap(f"家 vs 项: {K} {t['item']} but {E} 家 ({dupname} appears twice)")
    else:
        d.add(f"经企业申报、第三方审核、专家评审和社会公示，共确定补助企业 {E} 家。补助明细如下：")
    head = ["序号", "企业名称"] + ([t["itemcol"]] if t["itemcol"] else []) + \
           [f"{t['base']}（万元）", "补助金额（万元）"]
    rows = [head]
    for i, r in enumerate(rows_data, 1):
        rows.append([str(i), r[0]] + ([r[1]] if t["itemcol"] else []) + [m2(r[2]), m2(r[3])])
    rows.append(["合计", "—"] + (["—"] if t["itemcol"] else []) + [m2(B), m2(S)])
    d.extend(render_table(rows, style))
    capped = [r for r in rows_data if r[3] == cap]
    d.trap(f"cap: {len(capped)} row(s) at the {cap} 万元 ceiling, less than {rate}% × base "
           f"(e.g. {capped[0][0]} {m2(capped[0][2])} → {cap})")
    if T0 < T:
        d.add(f"项目年初预算 {m2(T0)} 万元，年中追加 {m2(T - T0)} 万元，全年预算 {m2(T)} 万元；"
              f"全年实际拨付补助资金 {m2(S)} 万元（{yuan(S)}元），预算执行率 {p}%，"
              f"剩余 {m2(R)} 万元已按规定收回市级财政。")
        d.trap(f"执行率 {p}% over 全年预算 {m2(T)} not 年初预算 {m2(T0)} (same sentence)")
    else:
        d.add(f"全年实际拨付补助资金 {m2(S)} 万元（{yuan(S)}元），预算执行率 {p}%，"
              f"剩余 {m2(R)} 万元已按规定收回市级财政。")
    li_bal = len(d.lines) - 1
    d.trap(f"amount restated in 元 with cents: {m2(S)} 万元 = {yuan(S)}元")
    d.add("四、绩效目标完成情况")
    d.add(f"（一）产出指标。支持企业 {E} 家，年度目标 {tgt} 家，完成率 {cr}%；补助资金于公示结束后一次性拨付到位。")
    if pct(E, tgt) > 100:
        d.trap(f"completion rate over 100% ({cr}%)")
    d.add(f"（二）效益指标。带动企业{t['base']} {m2(B)} 万元，财政补助 {m2(S)} 万元，撬动比为 1:{L}；"
          f"受补助企业全年实现{t['metric']} {m2(V1)} 亿元，较上年 {m2(V0)} 亿元增长 {g}%。")
    li_tt = d.add(f"如{ex[0]}获补助 {m2(ex[3])} 万元，有效缓解了企业资金压力。")
    d.add(f"（三）满意度指标。发放问卷 {qn} 份，回收 {qr} 份，满意 {qs} 份，满意度 {sat}%。")
    d.add("五、自评结论")
    li_um = d.add(f"全年兑现补助资金 {m2(S)} 万元，惠及企业 {E} 家。经自评，项目综合得分 {sc(tot)} 分，"
                  f"评价等级为“{grade}”。")
    d.add("六、存在问题及下一步措施")
    d.add("项目申报集中在第四季度，审核兑现周期偏长；部分企业财务核算不规范，影响基数认定。"
          "下一步将推行常态化申报和“免申即享”，提高政策兑现效率。")
    d.add(bureau)
    d.add(date_line(rng, year))

    srng = ctx["srng"]
    d.slip("unit.magnitude", li_um, f"全年兑现补助资金 {m2(S)} 万元", f"全年兑现补助资金 {m2(S)}元",
           f"“{m2(S)}元” should be {m2(S)} 万元 (unit dropped)")
    ov = m2(ex[3])
    nv = transpose(ov, srng) or stale(ov, srng)
    d.slip("table.text", li_tt, f"获补助 {ov} 万元", f"获补助 {nv} 万元",
           f"prose “{nv}” 万元 for {ex[0]} should be {ov} as in the table")
    return d


# ============================================================ S3 application funnel
S3_TOPICS = {
    "kjjh": dict(dept="科技", fund="市级科技计划项目专项资金", u="项", what="科技计划项目",
                 cats=["重点研发计划项目", "科技成果转化项目", "自然科学基金项目", "软科学研究项目"],
                 per=[(30, 80), (20, 60), (5, 15), (2, 5)],
                 natl="承担单位性质", nat=["企业", "高等院校", "科研院所", "医疗卫生机构"],
                 out="新增专利申请"),
    "wjm": dict(dept="商务", fund="外经贸发展专项资金", u="项", what="外经贸发展专项资金项目",
                cats=["出口信用保险保费补助", "境外展会补助", "跨境电商发展补助", "进口贴息"],
                per=[(3, 12), (2, 8), (10, 30), (20, 60)],
                natl="企业规模", nat=["大型企业", "中型企业", "小型企业", "微型企业"],
                out="新开拓国际市场"),
    "jk": dict(dept="工信", fund="中小企业纾困专项资金", u="户", what="纾困资金",
               cats=["流动资金贷款贴息", "融资担保费补助", "房租减免补助", "应急转贷服务费补助"],
               per=[(5, 20), (2, 8), (1, 4), (1, 3)],
               natl="企业规模", nat=["中型企业", "小型企业", "微型企业", "个体工商户"],
               out="稳定就业岗位"),
    "szzx": dict(dept="工信", fund="中小企业数字化转型专项资金", u="项", what="数字化转型项目",
                 cats=["数字化改造项目", "工业互联网平台应用", "“上云用数赋智”项目", "智能制造诊断服务"],
                 per=[(20, 60), (10, 30), (2, 6), (1, 3)],
                 natl="所属行业", nat=["装备制造", "纺织服装", "食品加工", "其他行业"],
                 out="新增上云企业"),
}


def build_s3(rng, ctx):
    t = S3_TOPICS[ctx["topic"]]
    prov, city, bureau, dept = ctx["bureau"]
    year, style = ctx["year"], ctx["style"]
    v = ctx["variant"]
    u = t["u"]
    d = Doc()
    zero = v.get("zero", False)
    col = v.get("ratecol", False)
    den = v.get("den", "申报")
    cats = []
    for i, cname in enumerate(t["cats"]):
        if zero and i == 3:
            cats.append([cname, 0, 0, 0, D(0)])
            continue
        A = rng.randint(8, 60)
        B = A - rng.randint(0, max(1, A // 6))
        C = max(1, B - rng.randint(1, max(2, B // 2)))
        money = sum(rmoney(rng, *t["per"][i]) for _ in range(C))
        cats.append([cname, A, B, C, money])
    A = sum(c[1] for c in cats)
    B = sum(c[2] for c in cats)
    C = sum(c[3] for c in cats)
    Sm = sum(c[4] for c in cats)
    if A == B:                      # make 受理 differ from 申报
        cats[0][1] += 2
        A += 2
    T = D((int(Sm * D(rng.randint(1030, 1160)) / 1000) // 10 + 1) * 10)
    R = T - Sm
    qp = ps(Sm, T)
    pr = ps(C, A) if den == "申报" else ps(C, B)
    # breakdown of supported items by nature
    parts = [0, 0, 0, 0]
    wts = [0.2, 0.35, 0.3, 0.15]
    for _ in range(C):
        x, j = rng.random(), 0
        while j < 3 and x > wts[j]:
            x -= wts[j]
            j += 1
        parts[j] += 1
    A0 = max(5, A - rng.randint(-8, 25))
    if A0 == A:
        A0 = A - 3
    ga = ps(A - A0, A0)
    h = rng.randint(4, 12)
    pt = rng.randint(180, 900)
    pe = rng.randint(90, min(pt - 20, 500))
    tot = D(100) - D(rng.choice(["2", "3", "3.5", "4", "5", "6.5", "8"]))
    grade = default_grade(tot, prob(rng, 0.5))

    d.add(bureau)
    d.add(f"{year}年度{t['fund']}绩效自评报告")
    d.add("一、项目基本情况")
    d.add(f"{t['fund']}主要用于支持{'、'.join(t['cats'][:3])}等方向。{year}年全年下达资金 {m2(T)} 万元，"
          f"已拨付 {m2(Sm)} 万元，拨付率 {qp}%，剩余 {m2(R)} 万元因部分支持对象尚未完成核查验收，结转下年使用。")
    li_bal = len(d.lines) - 1
    d.add("二、项目申报和评审情况")
    sentence = (f"本年度共收到申报 {A} {u}，经形式审查受理 {B} {u}（{A - B} {u}因材料不全或不符合申报条件未予受理），"
                f"经专家评审、实地核查和社会公示，最终确定支持 {C} {u}")
    if col:
        li_rate = d.add(sentence + "，分类情况见下表：")
    else:
        extra = "（按申报数计算）" if den == "申报" else "（按受理数计算）"
        li_rate = d.add(sentence + f"，通过率 {pr}%{extra}。分类情况见下表：")
    if den == "申报":
        d.trap(f"通过率 over 申报 {A} (not over 受理 {B})")
    head = ["类别", f"申报数（{u}）", f"受理数（{u}）", f"通过数（{u}）"] + (["通过率"] if col else []) + ["拨付资金（万元）"]
    rows = [head]
    for c in cats:
        r = [c[0], str(c[1]), str(c[2]), str(c[3])]
        if col:
            r.append("—" if c[1] == 0 else (ps(c[3], c[1]) if den == "申报" else ps(c[3], c[2])) + "%")
        r.append(m2(c[4]))
        rows.append(r)
    tr = ["合计", str(A), str(B), str(C)]
    if col:
        tr.append(pr + "%")
    tr.append(m2(Sm))
    rows.append(tr)
    d.extend(render_table(rows, style))
    if col:
        li_rate = len(d.lines) - 1 - 0
        # the rate slip in column layouts goes to the first category row
        row_idx = len(d.lines) - len(cats) - 1
        li_rate = row_idx
    if zero:
        d.add(f"{t['cats'][3]}本年度无企业申报，未发生支出，相关指标按不适用处理。")
        d.trap(f"0 申报 in “{t['cats'][3]}” (未发生, 通过率 shown as —)" if col else
               f"0 申报 in “{t['cats'][3]}” (未发生)")
    li_cnt = d.add(f"支持的 {C} {u}中，按{t['natl']}分别为：" +
                   "、".join(f"{t['nat'][i]} {parts[i]} {u}" for i in range(4)) + "。")
    d.add(f"申报总量 {A} {u}，较上年 {A0} {u}" + ("增长" if A >= A0 else "下降") + f" {ps(abs(A - A0), A0)}%，政策知晓度进一步提高。")
    d.add("三、绩效目标完成情况")
    d.add(f"（一）政策宣传。组织政策宣讲和申报辅导 {h} 场次，参训 {pt} 人次，覆盖企业 {pe} 家。")
    d.trap(f"人次 vs 家: {pt} 人次 but {pe} 家")
    d.add(f"（二）资金兑付。所有支持{t['what']}均在公示结束后拨付资金，未发现截留、挤占、挪用等情况。")
    d.add(f"（三）实施效果。通过专项资金引导，{t['out']}等指标明显改善，政策带动效应逐步显现。")
    d.add("四、自评结论")
    d.add(f"经自评，该项目综合得分 {sc(tot)} 分，评价等级为“{grade}”。")
    d.add("五、存在问题及改进建议")
    d.add("一是申报材料形式审查退回比例仍然偏高；二是个别项目验收进度滞后，影响资金拨付。"
          "建议进一步优化申报指南，加强过程跟踪和验收管理。")
    d.add(bureau)
    d.add(date_line(rng, year))

    srng = ctx["srng"]
    if col:
        c0 = cats[0]
        good = (ps(c0[3], c0[1]) if den == "申报" else ps(c0[3], c0[2])) + "%"
        nv = transpose(good[:-1], srng) or stale(good[:-1], srng)
        d.slip("rate.ratio", li_rate, good, nv + "%",
               f"通过率 “{nv}%” of {c0[0]} should be {good} ({c0[3]}/{c0[1] if den == '申报' else c0[2]})")
    else:
        nv = transpose(pr, srng) or stale(pr, srng)
        d.slip("rate.ratio", li_rate, f"通过率 {pr}%", f"通过率 {nv}%",
               f"通过率 “{nv}%” should be {pr}% ({C}/{A if den == '申报' else B})")
    i = srng.randrange(4)
    while parts[i] == 0:
        i = srng.randrange(4)
    nvv = parts[i] + srng.choice([-1, 1])
    d.slip("count.mismatch", li_cnt, f"{t['nat'][i]} {parts[i]} {u}", f"{t['nat'][i]} {nvv} {u}",
           f"“{t['nat'][i]} {nvv} {u}” should be {parts[i]}: parts must add to {C}")
    return d


def table_cell_slip(d, start, rows, style, r, c, newval):
    """register a slip replacing cell rows[r][c] by newval; returns (idx, old, new) or None"""
    old_lines = render_table(rows, style)
    rows2 = [list(x) for x in rows]
    rows2[r][c] = newval
    new_lines = render_table(rows2, style)
    diff = [i for i in range(len(old_lines)) if old_lines[i] != new_lines[i]]
    if len(diff) != 1 or len(old_lines) != len(new_lines):
        return None
    i = diff[0]
    return start + i, old_lines[i], new_lines[i]


BANDS = {
    "B4": ("评价结果分为优、良、中、差四个等级：综合得分 90 分（含）以上为“优”，80 分（含）至 90 分为“良”，"
           "60 分（含）至 80 分为“中”，60 分以下为“差”。", [(90, "优"), (80, "良"), (60, "中"), (0, "差")]),
    "B5": ("评价等次分为“优秀”“良好”“合格”“基本合格”和“不合格”五个等次，其中 90（含）-100 分为“优秀”，"
           "80（含）-90 分为“良好”，70（含）-80 分为“合格”，60（含）-70 分为“基本合格”，60 分以下为“不合格”。",
           [(90, "优秀"), (80, "良好"), (70, "合格"), (60, "基本合格"), (0, "不合格")]),
    "B85": ("按照市级财政支出绩效评价管理办法，评价结果分为四档：85 分（含）以上为“优秀”，70 分（含）至 85 分为“良好”，"
            "60 分（含）至 70 分为“合格”，60 分以下为“不合格”。",
            [(85, "优秀"), (70, "良好"), (60, "合格"), (0, "不合格")]),
}


def band_grade(bands, score):
    for lo, gname in bands:
        if D(score) >= lo:
            return gname
    return bands[-1][1]


# ============================================================ S4 indicator score table
S4_TOPICS = {
    "fgqq": dict(dept="发改", fund="重大项目前期工作专项经费",
                 purpose="保障全市重大项目谋划储备和前期工作推进的专项经费",
                 uses=["项目可行性研究", "专项规划编制", "专家评审论证"],
                 items=[("完成可研报告编制项目数", "个", (12, 40)), ("纳入省重点项目库项目数", "个", (8, 30)),
                        ("争取中央预算内投资项目数", "个", (5, 20))],
                 satname="项目单位满意度"),
    "kjcxq": dict(dept="科技", fund="科技创新券专项资金",
                  purpose="降低中小企业研发成本、促进科技资源开放共享的普惠性政策资金",
                  uses=["企业购买检验检测服务", "研究开发服务", "技术转移服务"],
                  items=[("兑付创新券企业数", "家", (80, 260)), ("服务机构开展技术服务次数", "次", (300, 900)),
                         ("新增科技型中小企业", "家", (40, 150))],
                  satname="企业满意度"),
    "dsnc": dict(dept="商务", fund="电子商务进农村综合示范专项资金",
                 purpose="完善县域农村电子商务公共服务体系、畅通农产品上行渠道的中央专项资金",
                 uses=["县级电商公共服务中心运营", "村级电商服务站点建设", "农村电商人才培训"],
                 items=[("建设村级电商服务站点", "个", (40, 120)), ("开展电商实操培训", "人次", (1500, 4000)),
                        ("培育农村电商带头人", "人", (60, 200))],
                 satname="农户及经营主体满意度"),
    "ggpt": dict(dept="工信", fund="中小企业公共服务平台运营补助资金",
                 purpose="支持中小企业公共服务示范平台为中小企业提供公益性服务的补助资金",
                 uses=["平台运营维护", "公益性培训", "管理咨询服务"],
                 items=[("服务中小企业数量", "家", (600, 2000)), ("组织公益性培训", "场", (20, 60)),
                        ("培训企业经营管理人员", "人次", (1200, 5000))],
                 satname="服务企业满意度"),
    "hzjj": dict(dept="商务", fund="会展经济发展专项资金",
                 purpose="培育品牌展会、扩大会展经济规模的市级专项资金",
                 uses=["引进品牌展会", "展会宣传推介", "展馆公共服务"],
                 items=[("引进和举办品牌展会", "个", (6, 20)), ("组织参展企业", "家", (300, 1200)),
                        ("展会期间意向成交项目", "个", (40, 160))],
                 satname="参展企业满意度"),
}

WSCHEMES = [
    [("决策", "项目立项", 5), ("决策", "绩效目标", 5), ("决策", "资金投入", 5),
     ("过程", "资金管理", 10), ("过程", "组织实施", 10),
     ("产出", "产出数量", 15), ("产出", "产出质量", 10), ("产出", "产出时效", 5), ("产出", "产出成本", 10),
     ("效益", "社会效益", 10), ("效益", "经济效益", 10), ("效益", "满意度", 5)],
    [("决策", "项目立项", 4), ("决策", "绩效目标", 3), ("决策", "资金投入", 3),
     ("过程", "资金管理", 12), ("过程", "组织实施", 8),
     ("产出", "产出数量", 15), ("产出", "产出质量", 10), ("产出", "产出时效", 5), ("产出", "产出成本", 10),
     ("效益", "经济效益", 10), ("效益", "社会效益", 10), ("效益", "可持续影响", 5), ("效益", "满意度", 5)],
]


def build_s4(rng, ctx):
    t = S4_TOPICS[ctx["topic"]]
    prov, city, bureau, dept = ctx["bureau"]
    year, style = ctx["year"], ctx["style"]
    v = ctx["variant"]
    d = Doc()
    scheme = WSCHEMES[rng.randrange(2)]
    bkey = v.get("bands", "B4")
    btext, bands = BANDS[bkey]
    ratecol = v.get("ratecol", False)
    # satisfaction item (tied to the 满意度 row)
    qn = rng.randint(120, 400)
    qr = qn - rng.randint(2, 15)
    qs = qr - rng.randint(3, 25)
    sat = ps(qs, qr)
    sat_s = D(5) if pct(qs, qr) >= 90 else D("4.5") if pct(qs, qr) >= 85 else D(4)
    # budget item
    T1 = rmoney(rng, 150, 1500)
    T0 = q(T1 * D(rng.randint(70, 92)) / 100)
    X = q(T1 * D(rng.randint(880, 995)) / 1000)
    p = ps(X, T1)
    ex_w = D(rng.choice([4, 5]))
    ex_s = ex_w if pct(X, T1) >= 95 else q(ex_w * pct(X, T1) / 100, 1)
    # deductions on table rows
    target_low = 85 if bkey == "B85" and v.get("band_trap", True) else 90
    for _ in range(200):
        scores = []
        for (g1, g2, w) in scheme:
            if g2 == "满意度":
                scores.append(sat_s)
                continue
            ded = D(rng.choice(["0", "0", "0", "0.5", "1", "1", "1.5", "2", "2.5", "3"]))
            scores.append(max(D(0), D(w) - ded))
        tot = sum(scores)
        if bkey == "B85" and v.get("band_trap", True):
            if 85 <= tot < 90:
                break
        elif v.get("low", False):
            if 80 <= tot < 90:
                break
        elif tot >= 90:
            break
    grade = band_grade(bands, tot)
    op = sum(s for (g1, g2, w), s in zip(scheme, scores) if g1 == "产出")
    opr = ps(op, 40)
    items = []
    for (nm, u, rr) in t["items"]:
        tg = rng.randint(*rr)
        ac = int(tg * rng.randint(86, 135) / 100)
        w = D(rng.choice([3, 4, 5]))
        s = w if ac >= tg else q(w * D(ac) / tg, 1)
        items.append((nm, u, tg, ac, w, s))
    n3 = len(scheme) * 2 + rng.randint(1, 6)

    d.add(bureau)
    d.add(f"{year}年度{t['fund']}绩效评价（自评）报告")
    d.add("一、项目基本情况")
    d.add(f"{t['fund']}是{t['purpose']}。{year}年安排资金 {m2(T1)} 万元，主要用于{'、'.join(t['uses'])}等方面。")
    d.trap("non-exhaustive “主要用于…等” list")
    d.add("二、绩效目标")
    d.add(f"年度目标：" + "；".join(f"{nm}不少于 {tg} {u}" for (nm, u, tg, ac, w, s) in items) +
          f"；资金执行率不低于 90%；{t['satname']}不低于 85%。")
    d.add("三、评价方法和评价标准")
    d.add(f"本次自评采用比较法和因素分析法，从决策、过程、产出、效益四个维度设置二级指标 {len(scheme)} 个、"
          f"三级指标 {n3} 个，满分 100 分。")
    d.add(btext)
    if bkey == "B85" and 85 <= tot < 90:
        d.trap(f"document's own bands: {sc(tot)} 分 is “优秀” under its 85-point band (would be 良 under 90/80/60)")
    d.add("四、评价结果")
    d.add("（一）二级指标得分情况")
    head = ["一级指标", "二级指标", "分值", "得分"] + (["得分率"] if ratecol else [])
    rows = [head]
    for (g1, g2, w), s in zip(scheme, scores):
        rows.append([g1 + "指标", g2, str(w), sc(s)] + ([ps(s, w) + "%"] if ratecol else []))
    rows.append(["合计", "—", "100", sc(tot)] + ([ps(tot, 100) + "%"] if ratecol else []))
    tstart = len(d.lines)
    d.extend(render_table(rows, style))
    if ratecol:
        d.trap("得分率 column differs from 得分 (rates over each 分值)")
    d.add(f"其中产出指标（40 分）得分 {sc(op)} 分，得分率 {opr}%。")
    d.trap(f"得分率 {opr}% vs 得分 {sc(op)} 分 of the 产出 block")
    d.add("（二）主要三级指标完成情况（选取部分指标说明）")
    li_items = []
    k = 1
    for (nm, u, tg, ac, w, s) in items[:2]:
        li_items.append((d.add(f"{k}. “{nm}”（分值 {sc(w)} 分）：目标值 {tg} {u}，实际完成 {ac} {u}，"
                               f"完成率 {ps(ac, tg)}%，得 {sc(s)} 分。"), w, s))
        if ac > tg:
            d.trap(f"completion rate over 100% ({nm} {ps(ac, tg)}%)")
        k += 1
    li_ex = d.add(f"{k}. “资金执行率”（分值 {sc(ex_w)} 分）：年初预算 {m2(T0)} 万元，全年预算 {m2(T1)} 万元，"
                  f"实际支出 {m2(X)} 万元，执行率 {p}%，得 {sc(ex_s)} 分。")
    d.trap(f"执行率 {p}% over 全年预算 {m2(T1)}, not 年初预算 {m2(T0)} (same sentence; {ps(X, T0)}% over 年初)")
    k += 1
    d.add(f"{k}. “{t['satname']}”（分值 5 分）：发放问卷 {qn} 份，回收有效问卷 {qr} 份，"
          f"满意及基本满意 {qs} 份，满意度 {sat}%，得 {sc(sat_s)} 分。")
    d.add("（三）综合评价结论")
    li_grade = d.add(f"综合自评得分 {sc(tot)} 分，评价等级为“{grade}”。")
    d.add("五、存在问题及改进措施")
    d.add("一是绩效目标设置偏重数量指标，效益指标量化程度不高；二是资金拨付与项目进度衔接不够紧密。"
          "下一步将细化绩效指标，加强执行监控和结果应用。")
    d.add(bureau)
    d.add(date_line(rng, year))

    srng = ctx["srng"]
    # score.total: a row in 决策/过程/效益 (not 满意度), score lowered
    cand = [i for i, ((g1, g2, w), s) in enumerate(zip(scheme, scores))
            if g1 in ("决策", "过程", "效益") and g2 != "满意度" and s >= 2]
    srng.shuffle(cand)
    for i in cand:
        s = scores[i]
        for nv in [sc(s - D(rng_choice)) for rng_choice in srng.sample(["1", "0.5", "1.5", "2"], 4)]:
            if ratecol:
                break
            res = table_cell_slip(d, tstart, rows, style, i + 1, 3, nv)
            if res:
                li, o, n_ = res
                d.slip("score.total", li, o, n_,
                       f"{scheme[i][1]} 得分 “{nv}” should be {sc(s)}: rows must add to the total {sc(tot)}")
                break
        if "score.total" in d.slips:
            break
    # score.cap: the 分值 of a fully-scored count item made stale, or a transposed decimal score
    for li, w, s in li_items:
        line = d.lines[li]
        ts = sc(s)
        if "." in ts:
            tv = ts[::-1] if len(ts) == 3 else None
            if tv and D(tv) > w:
                d.slip("score.cap", li, f"得 {ts} 分", f"得 {tv} 分",
                       f"得分 “{tv}” exceeds the indicator's 分值 {sc(w)} (should be {ts})")
                break
        if s == w:
            nw = sc(w - 1)
            d.slip("score.cap", li, f"（分值 {sc(w)} 分）", f"（分值 {nw} 分）",
                   f"分值 “{nw}” is below the 得分 {sc(s)}: the indicator's 分值 is {sc(w)}")
            break
    # grade.band
    names = [gname for lo, gname in bands]
    gi = names.index(grade)
    ng = names[gi + 1] if gi == 0 else names[gi - 1]
    d.slip("grade.band", li_grade, f"评价等级为“{grade}”", f"评价等级为“{ng}”",
           f"grade “{ng}” for {sc(tot)} 分 should be “{grade}” under the stated bands")
    return d


# ============================================================ S5 department budget / 决算
S5_TOPICS = {
    "gx": dict(func="资源勘探工业信息等支出", dept="工信", duty="拟订并组织实施工业和信息化发展规划，推进产业结构战略性调整和优化升级，"
                            "负责中小企业发展的宏观指导",
               proj="工业转型升级专项", perf="规模以上工业增加值", perfu="亿元", comp="按可比价格计算"),
    "kj": dict(func="科学技术支出", dept="科技", duty="拟订科技创新规划和政策并组织实施，负责科技计划项目管理、"
                            "高新技术企业培育和科技成果转化工作",
               proj="科技创新发展专项", perf="全社会研发经费投入", perfu="亿元", comp="按同口径计算"),
    "sw": dict(func="商业服务业等支出", dept="商务", duty="拟订内外贸易和国际经济合作发展规划，负责推进流通产业结构调整、"
                            "促进消费和稳外贸稳外资工作",
               proj="商贸流通发展专项", perf="社会消费品零售总额", perfu="亿元", comp="按可比口径计算"),
    "fg": dict(func="城乡社区支出", dept="发改", duty="拟订并组织实施国民经济和社会发展规划，统筹重大项目布局，"
                            "负责投资综合管理和价格监督工作",
               proj="重大项目谋划储备专项", perf="固定资产投资", perfu="亿元", comp="按同口径计算"),
}


def build_s5(rng, ctx):
    t = S5_TOPICS[ctx["topic"]]
    prov, city, bureau, dept = ctx["bureau"]
    year = ctx["year"]
    v = ctx["variant"]
    d = Doc()
    ks = rng.randint(5, 11)
    su = rng.randint(1, 3)
    np1 = rng.randint(25, 90)
    np2 = rng.randint(5, 24)
    b1 = rmoney(rng, 800, 6000)
    b2 = rmoney(rng, 5, 120)
    B = b1 + b2
    C = rmoney(rng, 20, 600)
    A = B + C
    # expenditure with shares that do not add to 100.00 when asked
    E = q(B * D(rng.randint(900, 990)) / 1000 + C * D(rng.randint(300, 900)) / 1000)
    e1 = q(E * D(rng.randint(300000, 650000)) / 1000000)
    e2 = E - e1
    for _ in range(2000):
        f1 = q(E * D(rng.randint(80000, 200000)) / 1000000)
        f2 = q(E * D(rng.randint(30000, 90000)) / 1000000)
        f3 = E - f1 - f2
        sh = [pct(f1, E), pct(f2, E), pct(f3, E)]
        if v.get("rounding", False) == (sum(sh) != 100):
            break
    F = C + B - E
    e2f = q(e2 * D(rng.randint(700, 950)) / 1000)
    b1p = q(b1 * D(rng.randint(800, 1200)) / 1000)
    if b1p == b1:
        b1p = b1 - D("12.5")
    db = b1 - b1p
    P1 = q(e2 * D(rng.randint(250, 450)) / 1000)
    P0 = q(P1 * D(rng.randint(600, 850)) / 1000)
    padd = P1 - P0
    PX = q(P1 * D(rng.randint(900, 1000)) / 1000)
    pp = ps(PX, P1)
    tg1 = rmoney(rng, 3, 25)
    tg2 = rmoney(rng, 0.5, 8)
    tg = tg1 + tg2
    tgp = q(tg * D(rng.randint(1030, 1300)) / 1000)
    dtg = tgp - tg
    jb = rng.randint(20, 90)
    jr = jb * rng.randint(3, 7) + rng.randint(0, 9)
    V0 = rmoney(rng, 80, 900)
    V1n = q(V0 * D(rng.randint(1020, 1110)) / 1000)
    gcomp = D(rng.randint(30, 95)) / 10
    tot = D(100) - D(rng.choice(["2", "3", "4.5", "5", "6", "7.5"]))
    grade = default_grade(tot, prob(rng, 0.5))

    d.add(f"{bureau}{year}年度部门整体支出绩效自评报告")
    d.add("一、部门基本情况")
    d.add(f"{bureau}主要职责是{t['duty']}。内设科室 {ks} 个，下属事业单位 {su} 个；年末实有人员 {np1 + np2} 人，"
          f"分别为在职人员 {np1} 人、退休人员 {np2} 人。")
    d.add("二、部门收支情况")
    d.add(f"（一）收入情况。{year}年度收入总计 {m2(A)} 万元，由本年收入合计 {m2(B)} 万元和年初结转和结余 {m2(C)} 万元构成。")
    d.trap(f"收入总计 {m2(A)} includes 年初结转和结余 {m2(C)}; 本年收入合计 is {m2(B)}")
    li_sum = d.add(f"本年收入合计 {m2(B)} 万元，分别为财政拨款收入 {m2(b1)} 万元、其他收入 {m2(b2)} 万元。")
    if db > 0:
        li_chg = d.add(f"财政拨款收入 {m2(b1)} 万元，比上年增加 {m2(db)} 万元（上年 {m2(b1p)} 万元），"
                       f"主要原因是新增产业扶持类项目资金。")
    else:
        li_chg = d.add(f"财政拨款收入 {m2(b1)} 万元，比上年减少 {m2(-db)} 万元（上年 {m2(b1p)} 万元），"
                       f"主要原因是部分一次性项目到期退出。")
    d.add(f"（二）支出情况。本年支出合计 {m2(E)} 万元，按支出性质分别为基本支出 {m2(e1)} 万元、项目支出 {m2(e2)} 万元。")
    d.add(f"按支出功能分类，{m2(E)} 万元支出分别为一般公共服务支出 {m2(f1)} 万元（占 {sh[0]}%）、"
          f"社会保障和就业支出 {m2(f2)} 万元（占 {sh[1]}%）、{t['func']} {m2(f3)} 万元（占 {sh[2]}%）。")
    if sum(sh) != 100:
        d.trap(f"rounded shares {sh[0]}% + {sh[1]}% + {sh[2]}% = {sum(sh)}%")
    d.add(f"项目支出中，财政拨款项目支出 {m2(e2f)} 万元，主要用于{t['proj']}、信息化运维、政策宣传等方面。")
    d.trap(f"same name, other scope: 项目支出 {m2(e2)} (all funds) vs 财政拨款项目支出 {m2(e2f)}")
    li_bal = d.add(f"年末结转和结余 {m2(F)} 万元，主要是{t['proj']}部分子项目跨年度实施，资金按进度结转下年支付。")
    d.add(f"（三）重点项目执行情况。{t['proj']}年初预算 {m2(P0)} 万元，年中追加 {m2(padd)} 万元，全年预算 {m2(P1)} 万元，"
          f"全年执行 {m2(PX)} 万元，执行率 {pp}%。")
    d.trap(f"执行率 {pp}% over 全年预算 {m2(P1)} not 年初预算 {m2(P0)} ({ps(PX, P0)}% over 年初)")
    d.add(f"（四）“三公”经费。“三公”经费支出 {m2(tg)} 万元，分别为因公出国（境）费 0.00 万元、"
          f"公务用车运行维护费 {m2(tg1)} 万元、公务接待费 {m2(tg2)} 万元。")
    d.add(f"“三公”经费 {m2(tg)} 万元，较上年 {m2(tgp)} 万元减少 {m2(dtg)} 万元；全年公务接待 {jb} 批次 {jr} 人次，"
          f"因公出国（境）费未发生。")
    d.trap("0.00 因公出国（境）费 (未发生); 批次 vs 人次")
    d.add("三、部门履职绩效")
    if v.get("comparable", True):
        d.add(f"全年{t['perf']}完成 {m2(V1n)} {t['perfu']}（上年 {m2(V0)} {t['perfu']}），{t['comp']}增长 {gcomp}%，"
              f"高于年度目标。")
        d.trap(f"growth {gcomp}% {t['comp']} (可比/同口径), not the nominal quotient of {m2(V1n)}/{m2(V0)}")
    else:
        d.add(f"全年{t['perf']}完成 {m2(V1n)} {t['perfu']}，较上年 {m2(V0)} {t['perfu']}增长 {ps(V1n - V0, V0)}%，高于年度目标。")
    d.add(f"年初结转和结余 {m2(C)} 万元，即{year - 1}年度决算中的年末结转和结余，已按规定优先安排使用。")
    d.trap(f"figure of another year restated ({year - 1}年末结转和结余 = {year}年初 {m2(C)})")
    d.add("四、自评结论")
    d.add(f"经自评，部门整体支出绩效得分 {sc(tot)} 分，等级为“{grade}”。")
    d.add("五、存在问题及改进措施")
    d.add("一是预算编制精细化程度有待提高，年中追加调整较多；二是个别项目支出进度前慢后快。"
          "下一步将强化预算执行监控，加强绩效目标与预算安排的衔接。")
    d.add(bureau)
    d.add(date_line(rng, year))

    srng = ctx["srng"]
    ov = m2(b2)
    nv = transpose(ov, srng) or stale(ov, srng)
    d.slip("sum.breakdown", li_sum, f"其他收入 {ov} 万元", f"其他收入 {nv} 万元",
           f"其他收入 “{nv}” should be {ov}: parts must add to 本年收入合计 {m2(B)}")
    ov = m2(abs(db))
    nv = transpose(ov, srng) or stale(ov, srng)
    d.slip("change", li_chg, f"上年{'增加' if db > 0 else '减少'} {ov} 万元", f"上年{'增加' if db > 0 else '减少'} {nv} 万元",
           f"增减额 “{nv}” should be {ov} ({m2(b1)} − {m2(b1p)})")
    ov = m2(F)
    nv = transpose(ov, srng) or stale(ov, srng)
    d.slip("balance.carryover", li_bal, f"年末结转和结余 {ov} 万元", f"年末结转和结余 {nv} 万元",
           f"年末结转和结余 “{nv}” should be {ov} ({m2(C)} + {m2(B)} − {m2(E)})")
    return d


# ============================================================ S6 batches and leverage
S6_TOPICS = {
    "cyfz": dict(dept="发改", fund="产业发展专项资金", what="项目", u="个",
                 kinds=["先进制造业项目", "战略性新兴产业项目", "生产性服务业项目"],
                 dirs=["产业链延链补链", "重大产业项目贴息", "园区公共配套"], inv="带动社会投资", lev=(4, 12), tr=(30, 400),
                 out="产值", ent="企业", entu="家"),
    "zsyz": dict(dept="商务", fund="招商引资专项资金", what="签约项目", u="个",
                 kinds=["制造业项目", "现代服务业项目", "总部经济项目"],
                 dirs=["招商引资项目落地奖励", "招商推介活动", "产业招商图谱编制"], inv="实际到位资金", lev=(10, 35), tr=(20, 150),
                 out="营业收入", ent="项目业主单位", entu="家"),
    "txjk": dict(dept="工信", fund="中小企业纾困贷款贴息资金", what="企业", u="户",
                 kinds=["中型企业", "小型企业", "微型企业"],
                 dirs=["流动资金贷款贴息", "应急转贷周转", "融资担保降费"], inv="撬动银行贷款", lev=(25, 60), tr=(10, 80),
                 out="营业收入", ent="企业", entu="户"),
    "zzy": dict(dept="工信", fund="制造业高质量发展专项资金", what="项目", u="个",
                kinds=["智能化改造项目", "绿色化改造项目", "服务型制造项目"],
                dirs=["智能制造", "绿色制造", "服务型制造"], inv="带动企业投资", lev=(4, 10), tr=(30, 300),
                out="工业产值", ent="企业", entu="家"),
}


def build_s6(rng, ctx):
    t = S6_TOPICS[ctx["topic"]]
    prov, city, bureau, dept = ctx["bureau"]
    year = ctx["year"]
    v = ctx["variant"]
    d = Doc()
    T = D(rng.randint(*t["tr"]) * 100)
    a1 = q(T * D(rng.randint(300, 500)) / 1000) + D(rng.randint(1, 99)) / 100
    a2 = q(T * D(rng.randint(200, 400)) / 1000) + D(rng.randint(1, 99)) / 100
    a3 = T - a1 - a2
    S = q(T * D(rng.randint(900, 995)) / 1000)
    R = T - S
    p = ps(S, T)
    n = [rng.randint(5, 25), rng.randint(3, 15), rng.randint(2, 10)]
    N = sum(n)
    NE = N - rng.randint(1, 4)
    tgt = N - rng.randint(-3, 5)
    K = D(rng.randint(int(T) * t["lev"][0] // 100, int(T) * t["lev"][1] // 100)) / 100   # 亿元, 2 decimals
    L = q(K * 10000 / T)
    V0r = rmoney(rng, 30, 400)
    comp = v.get("comparable", prob(rng, 0.5))
    V0 = q(V0r * D(rng.randint(880, 960)) / 1000) if comp else V0r
    V1 = q(V0 * D(rng.randint(1030, 1200)) / 1000)
    dv = V1 - V0
    X0 = rmoney(rng, 2000, 40000)
    X1 = q(X0 * D(rng.randint(1020, 1180)) / 1000)
    gx = ps(X1 - X0, X0)
    jobs = rng.randint(300, 3000)
    hh = rng.randint(50, 400)
    tot = D(100) - D(rng.choice(["2", "3", "3.5", "4", "5", "6"]))
    grade = default_grade(tot, prob(rng, 0.5))
    docs = [docno(rng, prov, dept, year) for _ in range(3)]

    d.add(bureau)
    d.add(f"{year}年{t['fund']}绩效自评报告")
    d.add("一、基本情况")
    li_b = d.add(f"（一）资金安排。{year}年共安排{t['fund']} {m2(T)} 万元（{m2(T / 10000)} 亿元），分三批下达："
                 f"第一批 {m2(a1)} 万元（{docs[0]}），第二批 {m2(a2)} 万元（{docs[1]}），第三批 {m2(a3)} 万元（{docs[2]}）。")
    d.trap(f"万元 vs 亿元: {m2(T)} 万元 = {m2(T / 10000)} 亿元")
    d.add(f"（二）支持方向。资金主要用于{'、'.join(t['dirs'])}等方面，重点向产业链关键环节倾斜。")
    d.add("二、绩效目标")
    d.add(f"全年支持{t['what']}不少于 {tgt} {t['u']}，{t['inv']}不低于 {m2(K * D('0.8'))} 亿元，"
          f"资金执行率不低于 90%，受支持{t['ent']}{t['out']}保持增长。")
    if comp:
        d.add(f"受支持{t['ent']}上年{t['out']}按可比口径调整为 {m2(V0)} 亿元（{year - 1}年度报告数为 {m2(V0r)} 亿元，"
              f"因部分{t['ent']}迁出或注销，已相应剔除）。")
        d.trap(f"可比口径: last year's {t['out']} restated {m2(V0)} 亿元 (reported {m2(V0r)} 亿元)")
    d.add("三、资金使用情况")
    li_bal = d.add(f"截至{year}年底，专项资金实际支出 {m2(S)} 万元，执行率 {p}%，结转下年 {m2(R)} 万元，"
                   f"主要是第三批资金下达时间较晚。")
    li_cnt = d.add(f"全年共支持{t['what']} {N} {t['u']}，分别为" +
                   "、".join(f"{t['kinds'][i]} {n[i]} {t['u']}" for i in range(3)) + "；" +
                   (f"涉及{t['ent']} {NE} {t['entu']}（部分{t['ent']}承担多个项目）。" if t["u"] != "户"
                    else f"带动稳定就业 {jobs} 人。"))
    if t["u"] != "户":
        d.trap(f"{N} {t['u']} vs {NE} {t['entu']} (家 vs 项)")
    else:
        d.trap(f"户 vs 人: {N} 户 enterprises, {jobs} 人 jobs")
    d.add("四、绩效目标完成情况")
    d.add(f"（一）产出指标。支持{t['what']} {N} {t['u']}，年度目标 {tgt} {t['u']}，完成率 {ps(N, tgt)}%。")
    if N > tgt:
        d.trap(f"completion rate over 100% ({ps(N, tgt)}%)")
    d.add(f"（二）效益指标。财政资金 {m2(T)} 万元{t['inv']} {m2(K)} 亿元，撬动比 1:{L}。")
    d.trap(f"撬动比 1:{L} across units ({m2(K)} 亿元 ÷ {m2(T)} 万元)")
    if comp:
        li_chg = d.add(f"受支持{t['ent']}全年实现{t['out']} {m2(V1)} 亿元，比上年增加 {m2(dv)} 亿元"
                       f"（上年可比口径 {m2(V0)} 亿元）。")
    else:
        li_chg = d.add(f"受支持{t['ent']}全年实现{t['out']} {m2(V1)} 亿元，比上年增加 {m2(dv)} 亿元（上年 {m2(V0)} 亿元）。")
    d.add(f"实现税收 {m2(X1)} 万元，较上年 {m2(X0)} 万元增长 {gx}%。")
    if t["u"] != "户":
        d.add(f"项目建成后新增就业岗位 {jobs} 个，带动周边 {hh} 户农户增收。")
        d.trap("户 vs 个 (岗位) counts")
    d.add(f"（三）满意度指标。对受支持{t['ent']}开展问卷调查，满意度为 {rng.randint(90, 99)}.{rng.randint(0, 9)}%。")
    d.add("五、自评结论")
    li_um = d.add(f"本年度{t['fund']} {m2(T)} 万元已全部下达到位，经自评得分 {sc(tot)} 分，等级为“{grade}”。")
    d.add("六、存在问题和建议")
    d.add("一是资金分批下达，第三批到位偏晚，影响年内执行进度；二是部分项目投产后效益释放需要时间。"
          "建议提前下达资金计划，加强项目全过程跟踪问效。")
    d.add(bureau)
    d.add(date_line(rng, year))

    srng = ctx["srng"]
    ov = m2(a2)
    nv = transpose(ov, srng) or stale(ov, srng)
    d.slip("sum.breakdown", li_b, f"第二批 {ov} 万元", f"第二批 {nv} 万元",
           f"第二批 “{nv}” should be {ov}: three batches must add to {m2(T)}")
    ov = m2(dv)
    nv = transpose(ov, srng) or stale(ov, srng)
    d.slip("change", li_chg, f"增加 {ov} 亿元", f"增加 {nv} 亿元",
           f"增加额 “{nv}” 亿元 should be {ov} ({m2(V1)} − {m2(V0)})")
    d.slip("unit.magnitude", li_um, f"{t['fund']} {m2(T)} 万元", f"{t['fund']} {m2(T)}元",
           f"“{m2(T)}元” should be {m2(T)} 万元 (unit dropped)")
    return d


# ============================================================ S7 绩效自评表 as text
S7_TOPICS = {
    "gyhlw": dict(dept="工信", fund="工业互联网创新发展专项资金",
                  goal="支持企业上云上平台，培育行业级工业互联网平台，提升制造业数字化水平",
                  q1=("支持企业上云上平台数", "家", (80, 300)), q2=("培育行业级工业互联网平台", "个", (2, 6)),
                  ql=("项目验收合格率", 95), zero=("违规使用资金事项", "起"), tl=("资金拨付及时率", 100),
                  ec=("企业生产效率平均提升", 8), so=("带动新增就业", "人", (200, 900)),
                  su="平台持续运营服务", sat="企业满意度"),
    "fhq": dict(dept="科技", fund="科技企业孵化器运营补助资金",
                goal="支持孵化载体提升专业化服务能力，扩大在孵企业规模，提高孵化成效",
                q1=("在孵企业数量", "家", (60, 260)), q2=("新增毕业企业", "家", (5, 30)),
                ql=("孵化器年度考核优良率", 80), zero=("发生安全生产责任事故", "起"), tl=("补助资金拨付及时率", 100),
                ec=("在孵企业营业收入增长", 10), so=("在孵企业吸纳就业", "人", (500, 2500)),
                su="孵化服务体系持续运行", sat="在孵企业满意度"),
    "xysy": dict(dept="商务", fund="县域商业体系建设专项资金",
                 goal="改造提升乡镇商贸中心，完善村级商业网点，健全县乡村三级物流配送体系",
                 q1=("改造提升乡镇商贸中心", "个", (4, 15)), q2=("新建改造村级便民商店", "个", (30, 120)),
                 ql=("项目竣工验收合格率", 100), zero=("发生重大质量安全事故", "起"), tl=("项目按期完工率", 90),
                 ec=("农村网络零售额增长", 8), so=("带动农户增收", "户", (300, 2000)),
                 su="三级物流配送体系持续运营", sat="群众满意度"),
    "xmqq": dict(dept="发改", fund="重点项目前期工作经费",
                 goal="推进重点项目前期工作，加快项目审批和开工建设，做实重大项目储备",
                 q1=("完成前期研究项目", "个", (10, 40)), q2=("新开工重点项目", "个", (5, 25)),
                 ql=("前期成果评审通过率", 90), zero=("违规使用经费事项", "起"), tl=("前期工作按期完成率", 90),
                 ec=("争取上级资金增长", 5), so=("新增入库重大项目", "个", (20, 80)),
                 su="项目储备滚动机制运行", sat="项目单位满意度"),
    "kjds": dict(dept="商务", fund="跨境电子商务发展专项资金",
                 goal="培育跨境电商主体，建设海外仓和公共服务平台，扩大跨境电商进出口规模",
                 q1=("新增跨境电商经营主体", "家", (40, 200)), q2=("支持公共海外仓", "个", (2, 8)),
                 ql=("项目验收合格率", 95), zero=("违规使用资金事项", "起"), tl=("资金拨付及时率", 100),
                 ec=("跨境电商进出口额增长", 12), so=("带动就业", "人", (300, 1500)),
                 su="公共服务平台持续运营", sat="企业满意度"),
}


def build_s7(rng, ctx):
    t = S7_TOPICS[ctx["topic"]]
    prov, city, bureau, dept = ctx["bureau"]
    year, style = ctx["year"], ctx["style"]
    d = Doc()
    f0 = rmoney(rng, 200, 2000)
    add = q(f0 * D(rng.randint(50, 300)) / 1000)
    f1 = f0 + add
    c1 = rmoney(rng, 10, float(f0) * 0.2)
    A0, A1 = f0, f1 + c1
    fx = q(f1 * D(rng.randint(900, 995)) / 1000)
    cx = q(c1 * D(rng.randint(700, 1000)) / 1000)
    X = fx + cx
    p = pct(X, A1)
    es = q(p / 10, 2)
    ind = []   # (一级, 二级, 三级, 指标值, 实际值, 分值, 得分, numeric actual, unit)
    n1, u1, r1 = t["q1"]
    tg1 = rng.randint(*r1)
    ac1 = int(tg1 * rng.randint(100, 130) / 100)
    ind.append(["产出指标", "数量指标", n1, f"≥{tg1}{u1}", f"{ac1}{u1}", D(15), D(15), ac1, u1])
    n2, u2, r2 = t["q2"]
    tg2 = rng.randint(*r2)
    ac2 = max(1, int(tg2 * rng.randint(80, 125) / 100))
    s2 = D(10) if ac2 >= tg2 else q(D(10) * ac2 / tg2, 1)
    ind.append(["产出指标", "数量指标", n2, f"≥{tg2}{u2}", f"{ac2}{u2}", D(10), s2, ac2, u2])
    ql, qv = t["ql"]
    qa = D(rng.randint(max(qv * 10, 900), 1000)) / 10
    ind.append(["产出指标", "质量指标", ql, "100%" if qv == 100 else f"≥{qv}%", f"{sc(qa)}%", D(10),
                D(10) if qa >= qv else D(8), None, "%"])
    zn, zu = t["zero"]
    ind.append(["产出指标", "质量指标", zn, f"0{zu}", f"0{zu}", D(5), D(5), 0, zu])
    tl, tv = t["tl"]
    ta = D(rng.choice([tv, 100]))
    ind.append(["产出指标", "时效指标", tl, "100%" if tv == 100 else f"≥{tv}%", f"{sc(ta)}%", D(10), D(10), None, "%"])
    ec, ev = t["ec"]
    ea = D(rng.randint(ev * 10 - 25, ev * 10 + 60)) / 10
    es_ = D(10) if ea >= ev else D("8.5")
    ind.append(["效益指标", "经济效益指标", ec, f"≥{ev}%", f"{sc(ea)}%", D(10), es_, None, "%"])
    sn, su_, sr = t["so"]
    stg = rng.randint(*sr)
    sac = int(stg * rng.randint(92, 140) / 100)
    ss = D(10) if sac >= stg else D(9)
    ind.append(["效益指标", "社会效益指标", sn, f"≥{stg}{su_}", f"{sac}{su_}", D(10), ss, sac, su_])
    ind.append(["效益指标", "可持续影响指标", t["su"], "长期", "持续发挥作用", D(10),
                D(10) - D(rng.choice(["0", "0.5", "1"])), None, ""])
    sa = D(rng.randint(880, 990)) / 10
    ind.append(["满意度指标", "服务对象满意度指标", t["sat"], "≥90%", f"{sc(sa)}%", D(10),
                D(10) if sa >= 90 else D(9), None, "%"])
    tot = es + sum(r[6] for r in ind)
    longg = prob(rng, 0.6)
    grade = default_grade(tot, longg)

    d.add(f"{year}年度项目支出绩效自评表")
    d.add(f"项目名称：{t['fund']}　主管部门：{city}{ {'工信': '工业和信息化局', '科技': '科学技术局', '商务': '商务局', '发改': '发展和改革委员会'}[dept]}　实施单位：{bureau}")
    fhead = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    frows = [fhead,
             ["年度资金总额", m2(A0), m2(A1), m2(X), "10", f"{p:.2f}%", sc(es)],
             ["其中：当年财政拨款", m2(f0), m2(f1), m2(fx), "—", "—", "—"],
             ["上年结转资金", "0.00", m2(c1), m2(cx), "—", "—", "—"],
             ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"]]
    fstart = len(d.lines)
    d.extend(render_table(frows, style))
    d.trap(f"执行率 {p:.2f}% over 全年预算 {m2(A1)} (年初 {m2(A0)}); 全年预算 includes 上年结转 {m2(c1)}")
    d.add(f"年度总体目标：{t['goal']}。")
    ihead = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    irows = [ihead] + [[r[0], r[1], r[2], r[3], r[4], sc(r[5]), sc(r[6])] for r in ind] + \
            [["总分", "", "", "", "", "100", sc(tot)]]
    istart = len(d.lines)
    d.extend(render_table(irows, style))
    d.trap(f"zero indicator “{zn}” 0{zu} (未发生)")
    if ac1 > tg1:
        d.trap(f"target exceeded: {n1} {ac1}{u1} vs ≥{tg1}{u1}")
    d.add("自评说明：")
    d.add(f"一、资金情况。项目年初预算 {m2(A0)} 万元，年中追加财政拨款 {m2(add)} 万元，加上上年结转 {m2(c1)} 万元，"
          f"全年预算 {m2(A1)} 万元；全年执行 {m2(X)} 万元，其中上年结转资金执行 {m2(cx)} 万元。")
    li_tt = d.add(f"二、指标完成情况。“{n1}”实际完成 {ac1} {u1}，“{sn}”实际完成 {sac} {su_}，"
                  f"各项产出和效益指标总体达到年度目标。")
    d.add(f"三、偏差原因及改进措施。{'“' + n2 + '”未达预期，主要是部分项目建设周期延长；' if ac2 < tg2 else ''}"
          f"上年结转资金中部分尾款待项目审计后支付。下一步将加快项目验收和资金支付进度。")
    li_grade = d.add(f"四、自评结论。项目自评得分 {sc(tot)} 分，等级为“{grade}”。")
    d.add(f"填报单位：{bureau}　填报日期：{date_line(rng, year)}")

    srng = ctx["srng"]
    good = f"{p:.2f}"
    for _ in range(10):
        nv = transpose(good, srng) or stale(good, srng)
        if nv and D(nv) <= 100:
            break
    res = table_cell_slip(d, fstart, frows, style, 1, 5, nv + "%")
    if res:
        d.slip("rate.ratio", res[0], res[1], res[2],
               f"执行率 “{nv}%” should be {good}% ({m2(X)}/{m2(A1)})")
    cand = [i for i, r in enumerate(ind) if r[6] >= 5]
    srng.shuffle(cand)
    for i in cand:
        s = ind[i][6]
        nv = sc(s - D(srng.choice(["1", "0.5", "2"])))
        res = table_cell_slip(d, istart, irows, style, i + 1, 6, nv)
        if res:
            d.slip("score.total", res[0], res[1], res[2],
                   f"“{ind[i][2]}” 得分 “{nv}” should be {sc(s)}: scores must add to 总分 {sc(tot)}")
            break
    names = GRADE4L if longg else GRADE4
    gi = names.index(grade)
    ng = names[gi + 1] if gi == 0 else names[gi - 1]
    d.slip("grade.band", li_grade, f"等级为“{grade}”", f"等级为“{ng}”",
           f"grade “{ng}” for {sc(tot)} 分 should be “{grade}” (90/80/60)")
    for _ in range(20):
        nv = str(ac1 + srng.choice([-3, -2, 2, 3, 10]))
        if int(nv) not in (tg1, 15):
            break
    d.slip("table.text", li_tt, f"“{n1}”实际完成 {ac1} {u1}", f"“{n1}”实际完成 {nv} {u1}",
           f"prose “{nv} {u1}” for “{n1}” should be {ac1}{u1} as in the table")
    return d


# ============================================================ plan
BUILDERS = {"S1": build_s1, "S2": build_s2, "S3": build_s3, "S4": build_s4,
            "S5": build_s5, "S6": build_s6, "S7": build_s7}
TOPICS = {"S1": S1_TOPICS, "S2": S2_TOPICS, "S3": S3_TOPICS, "S4": S4_TOPICS,
          "S5": S5_TOPICS, "S6": S6_TOPICS, "S7": S7_TOPICS}

# (template, topic, slip family or None, variant)
PLAN = [
    ("S1", "zjtx", None, {"zero": False, "elsewhere": True}),
    ("S1", "gxqy", "balance.carryover", {"zero": False, "elsewhere": False}),
    ("S1", "dszx", None, {"zero": True, "elsewhere": False}),
    ("S1", "wmqy", "count.mismatch", {"zero": True, "elsewhere": True}),
    ("S1", "zjtx", None, {"zero": False, "elsewhere": False}),
    ("S2", "jsgz", None, {}),
    ("S2", "yfhbz", "unit.magnitude", {}),
    ("S2", "zhbz", None, {}),
    ("S2", "xbbz", None, {}),
    ("S2", "zhbz", "table.text", {}),
    ("S3", "kjjh", None, {"zero": False, "ratecol": False, "den": "申报"}),
    ("S3", "wjm", "rate.ratio", {"zero": True, "ratecol": False, "den": "申报"}),
    ("S3", "jk", None, {"zero": False, "ratecol": True, "den": "申报"}),
    ("S3", "szzx", "count.mismatch", {"zero": False, "ratecol": True, "den": "受理"}),
    ("S3", "wjm", None, {"zero": True, "ratecol": True, "den": "申报"}),
    ("S4", "fgqq", None, {"bands": "B85", "ratecol": False}),
    ("S4", "kjcxq", "score.total", {"bands": "B4", "ratecol": False}),
    ("S4", "dsnc", "score.cap", {"bands": "B5", "ratecol": True}),
    ("S4", "ggpt", None, {"bands": "B5", "ratecol": True, "low": True}),
    ("S4", "hzjj", "grade.band", {"bands": "B85", "ratecol": False}),
    ("S4", "fgqq", "score.cap", {"bands": "B4", "ratecol": False, "low": True}),
    ("S4", "dsnc", None, {"bands": "B4", "ratecol": True}),
    ("S5", "gx", None, {"rounding": True, "comparable": True}),
    ("S5", "kj", "sum.breakdown", {"rounding": False, "comparable": False}),
    ("S5", "sw", None, {"rounding": True, "comparable": False}),
    ("S5", "fg", "balance.carryover", {"rounding": True, "comparable": True}),
    ("S5", "gx", "change", {"rounding": False, "comparable": True}),
    ("S5", "sw", None, {"rounding": False, "comparable": True}),
    ("S6", "cyfz", None, {"comparable": True}),
    ("S6", "zsyz", "sum.breakdown", {"comparable": False}),
    ("S6", "txjk", None, {"comparable": False}),
    ("S6", "zzy", "change", {"comparable": True}),
    ("S6", "cyfz", "unit.magnitude", {"comparable": False}),
    ("S6", "txjk", None, {"comparable": True}),
    ("S7", "gyhlw", "rate.ratio", {}),
    ("S7", "fhq", None, {}),
    ("S7", "xysy", "score.total", {}),
    ("S7", "xmqq", "grade.band", {}),
    ("S7", "kjds", None, {}),
    ("S7", "gyhlw", "table.text", {}),
]

STYLES = ["pipe", "tab", "full", "space", "kv"]
LAYOUT = {"S1": "prose + small table", "S2": "prose + list table", "S3": "prose + small table",
          "S4": "prose + score table", "S5": "prose only", "S6": "prose only", "S7": "self-evaluation form as text tables"}


def make_plan():
    rng = random.Random(SEED)
    order = list(range(len(PLAN)))
    rng.shuffle(order)
    bcount = {}
    years = list(range(2019, 2026))
    items = []
    for pos, pi in enumerate(order):
        tpl, topic, fam, variant = PLAN[pi]
        dept = TOPICS[tpl][topic]["dept"]
        cands = [b for b in BUREAUS if b[3] == dept and topic in RESTRICT.get(b[2], {topic})
                 and not (tpl == "S5" and b[2] in RESTRICT)]
        cands.sort(key=lambda b: (bcount.get(b[2], 0), rng.random()))
        bureau = cands[0]
        bcount[bureau[2]] = bcount.get(bureau[2], 0) + 1
        year = years[pos % 7] if pos < 14 else rng.choice(years)
        style = STYLES[pos % 5] if tpl not in ("S5", "S6") else "prose"
        if tpl == "S7" and style == "kv":
            style = "tab"
        items.append(dict(id=f"t{pos + 1:02d}", tpl=tpl, topic=topic, fam=fam, variant=variant,
                          bureau=bureau, year=year, style=style))
    return items


def build(item, with_slip):
    rng = random.Random(f"{SEED}:{item['id']}")
    srng = random.Random(f"{SEED}:{item['id']}:slip")
    ctx = dict(item, srng=srng)
    d = BUILDERS[item["tpl"]](rng, ctx)
    lines = list(d.lines)
    detail = None
    if item["fam"]:
        opts = d.slips.get(item["fam"])
        assert opts, (item["id"], item["fam"], "no slip option")
        idx, old, new, detail = opts[0]
        assert lines[idx].count(old) == 1
        if with_slip:
            lines[idx] = lines[idx].replace(old, new, 1)
        detail = f"line {idx + 1}: {detail}"
    assert 15 <= len(lines) <= 60, (item["id"], len(lines))
    return lines, d, detail


def main():
    args = sys.argv[1:]
    plan = make_plan()
    if args and args[0] == "--twins":
        outdir = args[1]
        os.makedirs(outdir, exist_ok=True)
        for it in plan:
            if it["fam"]:
                lines, d, detail = build(it, with_slip=False)
                with open(os.path.join(outdir, it["id"] + ".txt"), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
        return
    rows = ["id\texpected\tdetail"]
    meta = ["id\ttemplate\ttopic\tlayout\tstyle\tbureau\tprovince\tyear"]
    for it in plan:
        lines, d, detail = build(it, with_slip=True)
        with open(os.path.join(HERE, it["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        if it["fam"]:
            rows.append(f"{it['id']}\t{it['fam']}\t{detail}")
        else:
            rows.append(f"{it['id']}\tclean\ttraps: " + "; ".join(d.traps))
        meta.append(f"{it['id']}\t{it['tpl']}\t{it['topic']}\t{LAYOUT[it['tpl']]}\t{it['style']}\t"
                    f"{it['bureau'][2]}\t{it['bureau'][0]}\t{it['year']}")
    with open(os.path.join(HERE, "expect.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(HERE, "meta.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(meta) + "\n")


if __name__ == "__main__":
    main()
