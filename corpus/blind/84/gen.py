#!/usr/bin/env python3
"""Blind test set 84 generator: 市/县/区 财政部门 whole-budget reports.

Python 3 standard library only.  Fixed seed, deterministic.  Money, rates and
scores are decimal.Decimal rounded half-up; floats are used only as
probabilities / random proportions before quantisation.

usage:  python3 gen.py                 # writes t01..t40.txt + expect.tsv here
        python3 gen.py --twins DIR     # rebuilds each slip document without
                                       # its slip (same random draws) into DIR
"""
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 34
SEED = 84084
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------- helpers
def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, places=0):
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(x, places=0, comma=False):
    v = q(x, places)
    return f"{v:,.{places}f}" if comma else f"{v:.{places}f}"


def pct(a, b, places=2):
    return q(D(a) / D(b) * 100, places)


def grow(a, p, places=1):
    """signed growth in % of a over p"""
    return q((D(a) - D(p)) / D(p) * 100, places)


CN_NUM = "零一二三四五六七八九十"


def cn(n):
    n = int(n)
    if n <= 10:
        return CN_NUM[n] if n != 2 else "两"
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def cn_plain(n):
    n = int(n)
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def sc(x):
    x = D(x)
    return str(int(x)) if x == x.to_integral_value() else str(x.normalize())


BANDS = [(Decimal(90), "优秀"), (Decimal(80), "良好"), (Decimal(60), "合格"), (Decimal(0), "不合格")]


def grade_of(s, bands=BANDS):
    for lo, g in bands:
        if s >= lo:
            return g
    return bands[-1][1]


# ------------------------------------------------------------- place data
# (province, place, level)  -- all places invented
PLACES = {
    "zijiang": ("湖南省", "资江市", "市"),
    "ganmei": ("江西省", "赣湄县", "县"),
    "qiyuan": ("河南省", "淇源县", "县"),
    "minxi": ("四川省", "岷溪县", "县"),
    "ouwan": ("浙江省", "瓯湾区", "区"),
    "yiquan": ("山东省", "沂泉市", "市"),
    "yunshui": ("湖北省", "涢水县", "县"),
    "sanggan": ("河北省", "桑干县", "县"),
    "taochuan": ("甘肃省", "洮川县", "县"),
    "nanpan": ("云南省", "南盘县", "县"),
    "qianxi": ("贵州省", "黔溪县", "县"),
    "fenyuan": ("山西省", "汾源市", "市"),
    "tingyang": ("福建省", "汀阳县", "县"),
    "huaipu": ("江苏省", "淮浦区", "区"),
    "guixi": ("广西壮族自治区", "桂溪县", "县"),
    "wanhe": ("安徽省", "皖河区", "区"),
    "weichuan": ("陕西省", "渭川区", "区"),
    "xingkai": ("黑龙江省", "兴凯县", "县"),
}

TAXES = [("增值税", 0.36), ("企业所得税", 0.12), ("个人所得税", 0.04), ("资源税", 0.03),
         ("城市维护建设税", 0.06), ("房产税", 0.045), ("印花税", 0.02), ("城镇土地使用税", 0.04),
         ("土地增值税", 0.07), ("车船税", 0.015), ("耕地占用税", 0.05), ("契税", 0.12),
         ("环境保护税", 0.004), ("其他税收收入", 0.002)]
NONTAX = [("专项收入", 0.25), ("行政事业性收费收入", 0.15), ("罚没收入", 0.12),
          ("国有资源（资产）有偿使用收入", 0.38), ("政府住房基金收入", 0.03), ("其他收入", 0.07)]
FUNCS = [("一般公共服务支出", 0.10), ("公共安全支出", 0.05), ("教育支出", 0.17), ("科学技术支出", 0.015),
         ("文化旅游体育与传媒支出", 0.015), ("社会保障和就业支出", 0.15), ("卫生健康支出", 0.10),
         ("节能环保支出", 0.03), ("城乡社区支出", 0.07), ("农林水支出", 0.15), ("交通运输支出", 0.04),
         ("住房保障支出", 0.04), ("灾害防治及应急管理支出", 0.01), ("债务付息支出", 0.02), ("其他支出", 0.015)]
SSF = [("企业职工基本养老保险基金", 0.30), ("城乡居民基本养老保险基金", 0.10),
       ("机关事业单位基本养老保险基金", 0.22), ("职工基本医疗保险基金（含生育保险）", 0.16),
       ("城乡居民基本医疗保险基金", 0.17), ("工伤保险基金", 0.02), ("失业保险基金", 0.03)]
DIRECT = ["城乡义务教育补助经费", "基本公共卫生服务补助资金", "困难群众救助补助资金", "农业相关转移支付资金",
          "基本养老金转移支付", "城乡居民基本医疗保险补助", "就业补助资金", "学生资助补助经费",
          "医疗服务与保障能力提升补助资金", "重点生态功能区转移支付"]
SCALE = {"县": 1, "区": 2, "市": 5}


# ------------------------------------------------------------------- Doc
class Doc:
    def __init__(self, spec, twin=False):
        self.spec = spec
        self.idx = spec["idx"]
        self.rng = random.Random(SEED * 1000 + self.idx)
        self.srng = random.Random(SEED * 5003 + self.idx)
        self.slip = spec.get("slip")          # (family, hook) or None
        self.twin = twin
        self.detail = None
        self.traps = []
        self.applied = False
        prov, place, lvl = PLACES[spec["place"]]
        self.prov, self.X, self.u = prov, place, lvl
        self.Y = spec["year"]
        self.SC = "全" + lvl                 # 全县 / 全市 / 全区
        self.BJ = lvl + "本级"               # 县本级 ...
        self.sp = " " if spec.get("sp", True) else ""
        self.comma = spec.get("comma", False)
        self.k = SCALE[lvl]

    # --- random draws (always consumed in the same order) ---
    def u01(self, lo, hi):
        return self.rng.uniform(lo, hi)

    def ri(self, lo, hi):
        return Decimal(self.rng.randint(int(lo), int(hi)))

    def around(self, base, lo=0.8, hi=1.2, places=0):
        return q(D(base) * D(self.rng.uniform(lo, hi)), places)

    def parts(self, total_guess, table, places=0, jitter=(0.7, 1.3)):
        ws = [w * self.rng.uniform(*jitter) for _, w in table]
        s = sum(ws)
        out = []
        for (name, _), w in zip(table, ws):
            v = q(D(total_guess) * D(w / s), places)
            if v <= 0:
                v = Decimal(1).scaleb(-places)
            out.append((name, v))
        return out

    # --- text helpers ---
    def n(self, x, places=0):
        return fmt(x, places, self.comma)

    def a(self, x, places=0, unit="万元"):
        s = fmt(x, places, self.comma)
        return f"{self.sp}{s}{self.sp}{unit}" if self.sp else f"{s}{unit}"

    def y(self, x, places=2):            # 亿元 from 万元
        v = q(D(x) / 10000, places)
        return f"{self.sp}{v}{self.sp}亿元" if self.sp else f"{v}亿元"

    def p(self, x, places=None):
        s = str(x) if places is None else fmt(x, places)
        return f"{self.sp}{s}%" if self.sp else f"{s}%"

    def pn(self, x):
        return self.p(abs(x))

    def gw(self, g):                      # 增长 / 下降 word
        return "增长" if g >= 0 else "下降"

    def trap(self, kind, desc):
        self.traps.append(f"{kind}: {desc}")

    # --- slip machinery ---
    def here(self, hook, family):
        if self.twin or not self.slip:
            return False
        if self.slip[1] == hook:
            assert self.slip[0] == family, (self.idx, hook, family)
            return True
        return False

    def mutate_num(self, s, avoid=()):
        """single-figure clerical edit on a numeric string: transposed
        adjacent digits or one stale digit."""
        r = self.srng
        for _ in range(200):
            chars = list(s)
            mode = r.random()
            if mode < 0.6:
                cands = [i for i in range(len(chars) - 1)
                         if chars[i].isdigit() and chars[i + 1].isdigit() and chars[i] != chars[i + 1]]
                if not cands:
                    continue
                i = r.choice(cands)
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            else:
                cands = [i for i, c in enumerate(chars) if c.isdigit()]
                i = r.choice(cands[1:] if len(cands) > 1 else cands)
                chars[i] = r.choice([d for d in "0123456789" if d != chars[i]])
            t = "".join(chars)
            if t == s or (t[0] == "0" and len(t) > 1 and t[1] != "."):
                continue
            if t.replace(",", "") in [str(x).replace(",", "") for x in avoid]:
                continue
            return t
        raise RuntimeError("mutate failed " + s)

    def sa(self, hook, family, x, places=0, unit="万元", desc="", avoid=()):
        """amount text; wrong if this is the slip carrier"""
        good = fmt(x, places, self.comma)
        if self.here(hook, family):
            bad = self.mutate_num(good, avoid)
            self.applied = True
            self.detail = f"{desc}写作“{bad}{unit}”，应为“{good}{unit}”"
            good = bad
        return f"{self.sp}{good}{self.sp}{unit}" if self.sp else f"{good}{unit}"

    def spct(self, hook, family, x, desc="", avoid=()):
        good = str(x)
        if self.here(hook, family):
            bad = self.mutate_num(good, avoid)
            self.applied = True
            self.detail = f"{desc}写作“{bad}%”，应为“{good}%”"
            good = bad
        return f"{self.sp}{good}%" if self.sp else f"{good}%"


# ---------------------------------------------------------- budget core
def halfup_tweak(doc, A, B):
    """return delta (0..199) such that (A+delta)/B*100 has exactly three
    decimals ending in 5 with an even second decimal (half-up != half-even)."""
    for dlt in range(0, 400):
        v = (A + dlt) * 100 / B
        t = v * 1000
        if t == t.to_integral_value() and int(t) % 10 == 5 and (int(t) // 10) % 2 == 0:
            return Decimal(dlt)
    return None


def budget_core(doc, halfup=False):
    """all figures of a whole budget, integer 万元, drawn in fixed order"""
    c = {}
    k = doc.k
    T_guess = doc.ri(45000 * k, 160000 * k)
    taxes = doc.parts(T_guess, TAXES)
    T = sum(v for _, v in taxes)
    ratio = doc.u01(0.58, 0.78)
    N_guess = q(T * D(1 / ratio - 1))
    nontax = doc.parts(N_guess, NONTAX)
    N = sum(v for _, v in nontax)
    A = T + N
    B1 = q(A / D(doc.u01(0.965, 1.035)), 0)
    B1 = q(B1 / 800) * 800                     # budgets are round numbers
    if halfup:
        dlt = halfup_tweak(doc, A, B1)
        nontax[-1] = (nontax[-1][0], nontax[-1][1] + dlt)
        N += dlt
        A += dlt
    B0 = q(A / D(doc.u01(0.93, 1.07)) / 100) * 100
    g = doc.u01(-0.09, 0.13)
    P = q(A / D(1 + g))
    c.update(taxes=taxes, T=T, nontax=nontax, N=N, A=A, B0=B0, B1=B1, P=P)
    PT = q(T / D(1 + doc.u01(-0.12, 0.14)))
    PN = q(N / D(1 + doc.u01(-0.15, 0.2)))
    c.update(PT=PT, PN=PN)
    # transfers
    s1 = doc.around(A * D("0.05"))
    s2 = doc.around(A * D("1.25"))
    s3 = doc.around(A * D("0.28"))
    d1 = q(doc.around(A * D("0.07")) / 10) * 10
    d2 = q(doc.around(A * D("0.05")) / 10) * 10
    m1 = doc.around(A * D("0.06"))
    m2 = doc.around(A * D("0.006"))
    F = doc.around(A * D("0.03"))
    L = doc.around(A * D("0.04"))
    S = s1 + s2 + s3
    Dz = d1 + d2
    M = m1 + m2
    TT = A + S + Dz + M + F + L
    U = doc.around(A * D("0.06"))
    R = d2 + doc.around(A * D("0.01"))
    Q = doc.around(A * D("0.02"))
    K = q(TT * D(doc.u01(0.012, 0.03)))
    E = TT - U - R - Q - K
    k1 = q(K * D(doc.u01(0.6, 0.9)))
    k2 = K - k1
    c.update(s1=s1, s2=s2, s3=s3, S=S, d1=d1, d2=d2, Dz=Dz, m1=m1, m2=m2, M=M, F=F, L=L, TT=TT,
             U=U, R=R, Q=Q, K=K, E=E, EE=E + U + R + Q, k1=k1, k2=k2)
    funcs = doc.parts(E, FUNCS)
    diff = E - sum(v for _, v in funcs)
    funcs[-1] = (funcs[-1][0], funcs[-1][1] + diff)
    if funcs[-1][1] <= 0:
        funcs[0] = (funcs[0][0], funcs[0][1] + funcs[-1][1] - 100)
        funcs[-1] = (funcs[-1][0], Decimal(100))
    c["funcs"] = funcs
    c["EB"] = q(E / D(doc.u01(0.93, 0.995)))
    c["EB0"] = q(E / D(doc.u01(0.80, 0.92)) / 100) * 100
    c["EP"] = q(E / D(1 + doc.u01(-0.06, 0.1)))
    c["fprior"] = [(nm, q(v / D(1 + doc.u01(-0.12, 0.15)))) for nm, v in funcs]
    # government fund
    gi = doc.parts(A * D(doc.u01(0.5, 1.1)),
                   [("国有土地使用权出让收入", 0.86), ("城市基础设施配套费收入", 0.06),
                    ("污水处理费收入", 0.03), ("其他政府性基金收入", 0.05)])
    G = sum(v for _, v in gi)
    GB = q(G / D(doc.u01(0.85, 1.05)) / 100) * 100
    GP = q(G / D(1 + doc.u01(-0.3, -0.05)))
    gs = doc.around(G * D("0.12"))
    n2 = q(doc.around(A * D("0.22")) / 10) * 10
    rs = q(doc.around(A * D("0.04")) / 10) * 10
    gd = n2 + rs
    gl = doc.around(G * D("0.08"))
    GT = G + gs + gd + gl
    GO = m1
    GR = rs + doc.around(A * D("0.01"))
    GK = q(GT * D(doc.u01(0.03, 0.09)))
    GE = GT - GO - GR - GK
    c.update(gi=gi, G=G, GB=GB, GP=GP, gs=gs, n2=n2, rs=rs, gd=gd, gl=gl, GT=GT, GO=GO, GR=GR, GK=GK,
             GE=GE, GET=GE + GO + GR)
    # state capital
    cis = doc.parts(m2 / D(doc.u01(0.30, 0.40)),
                    [("利润收入", 0.55), ("股利、股息收入", 0.35), ("产权转让收入", 0.10)])
    C = sum(v for _, v in cis)
    cl = doc.around(C * D("0.1"))
    CT = C + cl
    CO = m2
    CK = q(CT * D(doc.u01(0.05, 0.15)))
    CE = CT - CO - CK
    c.update(cis=cis, C=C, cl=cl, CT=CT, CO=CO, CK=CK, CE=CE, CET=CE + CO)
    # debt
    D0g = q(doc.around(A * D("1.1")) / 10) * 10
    D0s = q(doc.around(A * D("1.6")) / 10) * 10
    pg = R
    ps = GR
    DBg = D0g + d1 + d2 - pg
    DBs = D0s + n2 + rs - ps
    DLg = q((DBg * D(doc.u01(1.01, 1.08))) / 100) * 100
    DLs = q((DBs * D(doc.u01(1.01, 1.08))) / 100) * 100
    ig = q(D0g * D(doc.u01(0.028, 0.034)))
    is_ = q(D0s * D(doc.u01(0.03, 0.036)))
    c.update(D0g=D0g, D0s=D0s, D0=D0g + D0s, n1=d1, rg=d2, pg=pg, ps=ps, DBg=DBg, DBs=DBs, DB=DBg + DBs,
             DLg=DLg, DLs=DLs, DL=DLg + DLs, ig=ig, is_=is_, DIn=ig + is_, DP=pg + ps,
             DN=d1 + n2, DR=d2 + rs)
    c["DS"] = c["DP"] + c["DIn"]
    return c


# ============================================================== KINDS
KIND_UNIT = {"KC": "国库股", "KD": "预算股", "KE": "债务管理股", "KF": "预算股", "KH": "预算绩效管理中心",
             "KI": "社会保障股", "KJ": "综合股"}


def head_lines(doc, title, sub=None, body=None):
    L = [title]
    if sub:
        L.append(sub)
    body = body or f"{doc.X}财政局"
    if body == f"{doc.X}财政局" and doc.spec["kind"] in KIND_UNIT:
        body += KIND_UNIT[doc.spec["kind"]]
    L.append(body)
    return L


ORD = ["十五", "十六", "十七", "十八", "十九"]


# ---------------------------------------------------------------- KA
def kind_KA(doc):
    """预算执行情况和预算草案的报告（人代会书面报告节选），纯文字"""
    v = doc.spec.get("v", 0)
    c = budget_core(doc, halfup=doc.spec.get("halfup", False))
    X, Y, u, SC = doc.X, doc.Y, doc.u, doc.SC
    L = head_lines(doc, f"关于{X}{Y}年预算执行情况和{Y + 1}年预算草案的报告",
                   f"——{Y + 1}年1月{doc.ri(8, 28)}日在{X}第{doc.rng.choice(ORD)}届人民代表大会第{cn_plain(doc.ri(2, 5))}次会议上")
    L.append("各位代表：")
    L.append(f"受{X}人民政府委托，现将{X}{Y}年预算执行情况和{Y + 1}年预算草案提请大会审议，并请{X}政协委员和列席人员提出意见。")
    L.append(f"一、{Y}年预算执行情况")
    A, E = c["A"], c["E"]
    L.append(f"{Y}年，面对经济下行压力和减税降费政策叠加影响，{X}财政部门坚持稳中求进工作总基调，统筹发展和安全，"
             f"全{u}财政收支运行总体平稳。全年{SC}一般公共预算收入{doc.y(A)}，一般公共预算支出{doc.y(E)}，“三保”支出得到有效保障。")
    doc.trap("unit.mixed", f"亿元概述（{doc.y(A).strip()}、{doc.y(E).strip()}）与后文万元明细并存，按四舍五入一致")
    L.append("（一）一般公共预算执行情况")
    L.append("1.收入执行情况。")
    g = grow(A, c["P"], 1)
    inc = A - c["P"]
    rB1 = pct(A, c["B1"])
    if v == 0:
        s = (f"{SC}一般公共预算收入完成{doc.a(A)}，为调整预算{doc.a(c['B1'])}的"
             f"{doc.spct('ka_rate', 'rate.ratio', rB1, '一般公共预算收入完成调整预算的比例', avoid=[pct(A, c['B0'])])}，"
             f"比上年{doc.a(c['P'])}{doc.gw(g)}{doc.pn(g)}，{'增收' if inc >= 0 else '减收'}"
             f"{doc.sa('ka_change', 'change', abs(inc), desc='一般公共预算收入比上年' + ('增收额' if inc >= 0 else '减收额'))}。")
    else:
        rB0 = pct(A, c["B0"])
        s = (f"{SC}一般公共预算收入{doc.a(A)}，年初预算{doc.a(c['B0'])}，调整预算{doc.a(c['B1'])}，"
             f"完成调整预算的{doc.spct('ka_rate', 'rate.ratio', rB1, '一般公共预算收入完成调整预算的比例', avoid=[rB0])}，"
             f"完成年初预算的{doc.p(rB0)}；比上年{doc.a(c['P'])}{doc.gw(g)}{doc.pn(g)}，"
             f"{'增收' if inc >= 0 else '减收'}{doc.sa('ka_change', 'change', abs(inc), desc='一般公共预算收入比上年增减额')}。")
        doc.trap("rate.two_budgets", "同一句给出年初预算和调整预算，两个完成比例分别以各自预算为分母")
        if rB0 > 100:
            doc.trap("rate.over100", f"完成年初预算的{rB0}%（调整后预算口径另计）")
    if g < 0:
        doc.trap("change.decline", f"收入比上年下降，两个年度数均给出（{c['P']}→{A}）")
    gs = q(g + D(doc.u01(1.5, 4.5)), 1)
    s += f"剔除增值税留抵退税等政策性减收因素后，同口径{doc.gw(gs)}{doc.pn(gs)}。"
    doc.trap("rate.same_basis", f"同口径{doc.gw(gs)}{abs(gs)}%与按两年数计算的{doc.gw(g)}{abs(g)}%不同，且同口径基数未给出")
    sT = pct(c["T"], A)
    gT = grow(c["T"], c["PT"], 1)
    gN = grow(c["N"], c["PN"], 1)
    s += (f"其中：税收收入{doc.a(c['T'])}，{doc.gw(gT)}{doc.pn(gT)}，税收收入占一般公共预算收入的比重为{doc.p(sT)}；"
          f"非税收入{doc.a(c['N'])}，{doc.gw(gN)}{doc.pn(gN)}。")
    L.append(s)
    if doc.spec.get("halfup"):
        doc.trap("rate.halfup", f"{A}/{c['B1']}恰为三位小数尾数5，四舍五入得{rB1}%（银行家舍入会得到不同值）")
    taxes = dict(c["taxes"])
    if doc.spec.get("taxlist", "main") == "main":
        main = ["增值税", "企业所得税", "个人所得税", "土地增值税", "契税"]
        tot = sum(taxes[m] for m in main)
        L.append("从主要税种看，" + "，".join(f"{m}{doc.a(taxes[m])}" for m in main)
                 + f"，以上五个主要税种合计{doc.a(tot)}，占税收收入的{doc.p(pct(tot, c['T']))}。")
        doc.trap("list.main_taxes", f"主要税种只列五项，合计{tot}万元小于税收收入{c['T']}万元")
    else:
        main = ["增值税", "企业所得税", "个人所得税", "城市维护建设税", "契税"]
        other = c["T"] - sum(taxes[m] for m in main)
        L.append(f"分税种看，税收收入{doc.a(c['T'])}由" + "、".join(f"{m}{doc.a(taxes[m])}" for m in main)
                 + f"和其他各税{doc.a(other)}构成。")
    nt = c["nontax"]
    hook_i = doc.spec.get("nt_slip", 2)
    items = []
    for i, (nm, vv) in enumerate(nt):
        if i == hook_i:
            items.append(f"{nm}{doc.sa('ka_sum', 'sum.breakdown', vv, desc='非税收入构成中' + nm)}")
        else:
            items.append(f"{nm}{doc.a(vv)}")
    L.append(f"非税收入{doc.a(c['N'])}，其中：" + "，".join(items) + "。")
    L.append("2.支出执行情况。")
    gE = grow(E, c["EP"], 1)
    L.append(f"{SC}一般公共预算支出{doc.a(E)}，为调整预算{doc.a(c['EB'])}的{doc.p(pct(E, c['EB']))}，"
             f"比上年{doc.a(c['EP'])}{doc.gw(gE)}{doc.pn(gE)}。")
    f = dict(c["funcs"])
    four = ["教育支出", "社会保障和就业支出", "卫生健康支出", "农林水支出"]
    Z = sum(f[x] for x in four)
    L.append(f"坚持民生优先，教育、社会保障和就业、卫生健康、农林水四项重点支出合计{doc.a(Z)}，"
             f"占一般公共预算支出的{doc.p(pct(Z, E))}，分别为" + "、".join(doc.a(f[x]).strip() for x in four) + "。")
    others = ["一般公共服务支出", "城乡社区支出", "交通运输支出", "住房保障支出"]
    L.append("其他主要支出科目中，" + "，".join(f"{x}{doc.a(f[x])}" for x in others) + "等，均按预算及时拨付。")
    doc.trap("list.nonexhaustive", "“其他主要支出科目中……等”只列部分科目，无总数")
    L.append("3.收支平衡情况。")
    L.append(f"{SC}一般公共预算收入{doc.a(A)}，加上上级补助收入{doc.a(c['S'])}（其中：返还性收入{doc.a(c['s1'])}，"
             f"一般性转移支付收入{doc.a(c['s2'])}，专项转移支付收入{doc.a(c['s3'])}），债务转贷收入{doc.a(c['Dz'])}，"
             f"调入资金{doc.a(c['M'])}，动用预算稳定调节基金{doc.a(c['F'])}，上年结余{doc.a(c['L'])}，"
             f"收入{'总量' if doc.spec.get('zl') else '总计'}{doc.a(c['TT'])}。")
    doc.trap("list.nested", "收入总计的加项中，上级补助收入自带（其中：……）子清单，子项不能再计入总计")
    doc.trap("total.with_carryover", f"收入总计{c['TT']}万元含调入资金、上年结余等，不等于本级收入{A}万元")
    L.append(f"{SC}一般公共预算支出{doc.a(E)}，加上上解上级支出{doc.a(c['U'])}，债务还本支出{doc.a(c['R'])}，"
             f"安排预算稳定调节基金{doc.a(c['Q'])}，支出{'总量' if doc.spec.get('zl') else '总计'}{doc.a(c['EE'])}。"
             f"收支相抵，结转下年{doc.a(c['K'])}。")
    L.append("（二）政府性基金预算执行情况")
    G = c["G"]
    gG = grow(G, c["GP"], 1)
    g1 = c["gi"][0][1]
    L.append(f"{SC}政府性基金预算收入{doc.a(G)}，为调整预算{doc.a(c['GB'])}的{doc.p(pct(G, c['GB']))}，"
             f"比上年{doc.a(c['GP'])}{doc.gw(gG)}{doc.pn(gG)}，主要是土地市场持续低迷。"
             f"其中，国有土地使用权出让收入{doc.a(g1)}，占政府性基金预算收入的{doc.p(pct(g1, G))}。")
    doc.trap("change.decline", f"政府性基金收入下降，上年{c['GP']}万元与本年{G}万元均给出")
    L.append(f"政府性基金预算收入{doc.a(G)}，加上上级补助收入{doc.a(c['gs'])}、专项债务转贷收入{doc.a(c['gd'])}、"
             f"上年结余{doc.a(c['gl'])}，收入总计{doc.a(c['GT'])}；政府性基金预算支出{doc.a(c['GE'])}，"
             f"加上调出资金{doc.a(c['GO'])}、专项债务还本支出{doc.a(c['GR'])}，支出总计{doc.a(c['GET'])}；"
             f"收支相抵，结转下年{doc.a(c['GK'])}。")
    L.append("（三）国有资本经营预算执行情况")
    L.append(f"{SC}国有资本经营预算收入{doc.a(c['C'])}，加上上年结余{doc.a(c['cl'])}，收入总计{doc.a(c['CT'])}。"
             f"国有资本经营预算支出{doc.a(c['CE'])}，加上调出资金{doc.a(c['CO'])}，支出总计{doc.a(c['CET'])}，"
             f"收支相抵，结转下年{doc.a(c['CK'])}。调出资金占国有资本经营预算收入的{doc.p(pct(c['CO'], c['C']))}，"
             f"全部调入一般公共预算统筹使用。")
    L.append("（四）政府债务情况")
    L.append(f"截至{Y}年底，{SC}政府债务余额{doc.a(c['DB'])}，其中：一般债务{doc.a(c['DBg'])}，专项债务{doc.a(c['DBs'])}。"
             f"上级核定{SC}政府债务限额{doc.a(c['DL'])}，债务余额控制在限额以内。")
    L.append(f"二、{Y + 1}年预算草案")
    An = q(A * D(doc.u01(1.03, 1.07)))
    L.append(f"{Y + 1}年{SC}一般公共预算收入预期安排{doc.a(An)}，比{Y}年完成数增长{doc.p(pct(An - A, A, 1))}；"
             f"一般公共预算支出预期安排{doc.a(q(E * D(doc.u01(0.9, 0.97))))}。")
    L.append("以上报告，请予审议。")
    return L


# ---------------------------------------------------------------- KK
def kind_KK(doc):
    """2025年上半年预算执行情况的报告"""
    c = budget_core(doc)
    X, u, SC = doc.X, doc.u, doc.SC
    h = D(doc.u01(0.47, 0.56))
    A = q(c["A"] * h)
    T = q(c["T"] * h)
    N = A - T
    B0 = c["B0"]
    P = q(A / D(1 + doc.u01(-0.05, 0.09)))
    PT = q(T / D(1 + doc.u01(-0.1, 0.08)))
    PN = q(N / D(1 + doc.u01(-0.1, 0.2)))
    L = head_lines(doc, f"关于{X}2025年上半年预算执行情况的报告",
                   f"——2025年7月{doc.ri(20, 30)}日在{X}第{doc.rng.choice(ORD)}届人民代表大会常务委员会第{cn_plain(doc.ri(12, 30))}次会议上",
                   f"{X}财政局")
    L.append("主任、各位副主任、各位委员：")
    L.append(f"受{X}人民政府委托，现将{X}2025年上半年预算执行情况报告如下，请予审议。")
    L.append("一、一般公共预算执行情况")
    g = grow(A, P, 1)
    r0 = pct(A, B0)
    gs = q(g + D(doc.u01(1.2, 3.8)), 1)
    L.append(f"1—6月，{SC}一般公共预算收入完成{doc.a(A)}，为年初预算{doc.a(B0)}的"
             f"{doc.spct('kk_rate', 'rate.ratio', r0, '上半年一般公共预算收入为年初预算的比例')}，"
             f"比上年同期{doc.a(P)}{doc.gw(g)}{doc.pn(g)}；剔除上年同期一次性收入因素，同口径增长{doc.p(gs)}。"
             f"收入运行总体平稳。")
    doc.trap("rate.same_basis", f"同口径增长{gs}%≠按两期数计算的{g}%")
    gT = grow(T, PT, 1)
    gN = grow(N, PN, 1)
    sT = pct(T, A)
    L.append(f"其中：税收收入{doc.a(T)}，同比{doc.gw(gT)}{doc.pn(gT)}；非税收入{doc.a(N)}，同比{doc.gw(gN)}{doc.pn(gN)}。"
             f"税收收入占比{doc.p(sT)}，比上年同期{'提高' if sT >= pct(PT, P) else '回落'}"
             f"{abs(q(sT - pct(PT, P), 2))}个百分点。")
    doc.trap("rate.points", "“提高/回落×个百分点”是两期占比之差，不是增长率")
    taxes = dict(c["taxes"])
    four = ["增值税", "企业所得税", "个人所得税", "契税"]
    tv = [q(taxes[m] * h) for m in four]
    tot = sum(tv)
    L.append("主要税种中，" + "，".join(f"{m}{doc.a(x)}" for m, x in zip(four, tv))
             + f"，四个主要税种合计{doc.a(tot)}，占税收收入的{doc.p(pct(tot, T))}。")
    doc.trap("list.main_taxes", f"只列四个主要税种，合计{tot}万元<税收收入{T}万元")
    E = q(c["E"] * D(doc.u01(0.48, 0.58)))
    EB = c["EB0"]
    EP = q(E / D(1 + doc.u01(-0.04, 0.08)))
    gE = grow(E, EP, 1)
    Zm = q(E * D(doc.u01(0.72, 0.8)))
    L.append(f"1—6月，{SC}一般公共预算支出{doc.a(E)}，为年初预算{doc.a(EB)}的{doc.p(pct(E, EB))}，"
             f"比上年同期{doc.a(EP)}{doc.gw(gE)}{doc.pn(gE)}。其中，民生支出{doc.a(Zm)}，占一般公共预算支出的{doc.p(pct(Zm, E))}。")
    f = dict(c["funcs"])
    parts = []
    for nm in ["教育支出", "卫生健康支出", "农林水支出"]:
        cur = q(f[nm] * D(doc.u01(0.45, 0.6)))
        pr = q(cur / D(1 + doc.u01(-0.1, 0.12)))
        if abs(cur - pr) < cur / 200:
            pr = q(cur * D("0.97"))
        gg = grow(cur, pr, 1)
        parts.append(f"{nm}{doc.a(cur)}，比上年同期{doc.a(pr)}{doc.gw(gg)}{doc.pn(gg)}")
        if gg < 0:
            doc.trap("change.decline", f"{nm}下降，两期数均给出")
    L.append("分科目看，" + "；".join(parts) + "。")
    L.append("二、政府性基金预算执行情况")
    G = q(c["G"] * D(doc.u01(0.3, 0.45)))
    GB = c["GB"]
    GP = q(G / D(1 + doc.u01(-0.35, -0.08)))
    gG = grow(G, GP, 1)
    GE = q(c["GE"] * D(doc.u01(0.35, 0.5)))
    GEB = q(c["GE"] * D(doc.u01(0.95, 1.05)) / 100) * 100
    L.append(f"1—6月，{SC}政府性基金预算收入{doc.a(G)}，为年初预算{doc.a(GB)}的{doc.p(pct(G, GB))}，"
             f"比上年同期{doc.a(GP)}下降{doc.pn(gG)}，减收{doc.a(GP - G)}，主要是国有土地使用权出让收入减少。"
             f"政府性基金预算支出{doc.a(GE)}，为年初预算{doc.a(GEB)}的{doc.p(pct(GE, GEB))}。")
    doc.trap("change.decline", f"政府性基金收入由上年同期{GP}万元下降至{G}万元，减收额与两期数一致")
    L.append("三、直达资金管理情况")
    DA = q(c["A"] * D(doc.u01(0.18, 0.3)))
    DX = q(DA * D(doc.u01(0.55, 0.75)))
    L.append(f"截至6月末，{SC}累计收到中央直达资金{doc.a(DA)}，已全部分配下达，分配进度100%；"
             f"已形成支出{doc.a(DX)}，支出进度{doc.p(pct(DX, DA))}，高于序时进度。")
    L.append("四、下半年工作安排")
    fact_A = doc.sa("kk_fact", "fact.conflict", A, desc="第四部分重述的上半年一般公共预算收入")
    L.append(f"总体看，上半年{SC}一般公共预算收入完成{fact_A}，收支运行总体平稳，但财政收支紧平衡态势没有根本改变。"
             f"下半年，我们将加强收入征管，依法依规组织收入，严控一般性支出，兜牢“三保”底线。")
    if not doc.slip or doc.slip[1] != "kk_fact":
        doc.trap("fact.restated", f"第四部分重述上半年一般公共预算收入{A}万元，与第一部分一致")
    L.append("一是抓好收入组织，密切跟踪重点税源企业，确保全年收入目标完成。")
    L.append("二是强化支出管理，优先保障“三保”支出和重点民生项目，从严控制非急需非刚性支出。")
    L.append("三是防范化解债务风险，按时足额偿还到期政府债券本息，坚决遏制新增隐性债务。")
    L.append("以上报告，请予审议。")
    return L


# ---------------------------------------------------------------- KB
def kind_KB(doc):
    """财政决算报告：全X 与 X本级 两个口径，文字+小表"""
    c = budget_core(doc)
    X, Y, u, SC, BJ = doc.X, doc.Y, doc.u, doc.SC, doc.BJ
    render = doc.spec.get("render", "tsv")
    L = head_lines(doc, f"关于{X}{Y}年财政决算的报告",
                   f"——{Y + 1}年{doc.ri(7, 9)}月{doc.ri(10, 28)}日在{X}第{doc.rng.choice(ORD)}届人民代表大会常务委员会第{cn_plain(doc.ri(5, 20))}次会议上",
                   f"{X}财政局")
    L.append("主任、各位副主任、各位委员：")
    L.append(f"受{X}人民政府委托，现将{X}{Y}年{SC}和{BJ}财政决算情况报告如下，请予审议。")
    L.append(f"一、{SC}收支决算情况")
    A1, E1 = c["A"], c["E"]
    g1 = grow(A1, c["P"], 1)
    gE1 = grow(E1, c["EP"], 1)
    L.append(f"（一）一般公共预算。{SC}一般公共预算收入{doc.a(A1)}，比上年{doc.gw(g1)}{doc.pn(g1)}，"
             f"加上上级补助收入、债务转贷收入、调入资金、上年结余等，收入总计{doc.a(c['TT'])}。"
             f"{SC}一般公共预算支出{doc.a(E1)}，比上年{doc.gw(gE1)}{doc.pn(gE1)}，加上上解支出、债务还本支出、"
             f"安排预算稳定调节基金等，支出总计{doc.a(c['EE'])}。收支相抵，年终结余{doc.a(c['K'])}。")
    doc.trap("list.plus_without_amounts", "“加上……等，收入总计”只列名称不列金额，总计不能由列出的数相加")
    L.append(f"（二）政府性基金预算。{SC}政府性基金预算收入{doc.a(c['G'])}，加上上级补助收入{doc.a(c['gs'])}、"
             f"专项债务转贷收入{doc.a(c['gd'])}、上年结余{doc.a(c['gl'])}，收入总计{doc.a(c['GT'])}。"
             f"{SC}政府性基金预算支出{doc.a(c['GE'])}，加上调出资金{doc.a(c['GO'])}、专项债务还本支出{doc.a(c['GR'])}，"
             f"支出总计{doc.a(c['GET'])}。年终结余{doc.a(c['GK'])}。")
    L.append(f"（三）国有资本经营预算。{SC}国有资本经营预算收入{doc.a(c['C'])}，加上上年结余{doc.a(c['cl'])}，"
             f"收入总计{doc.a(c['CT'])}。{SC}国有资本经营预算支出{doc.a(c['CE'])}，加上调出资金{doc.a(c['CO'])}，"
             f"支出总计{doc.a(c['CET'])}。年终结余{doc.a(c['CK'])}。")
    SA = doc.ri(30000 * doc.k, 90000 * doc.k)
    SB = q(SA * D(doc.u01(0.86, 0.98)))
    SD = q(SA * D(doc.u01(0.8, 1.4)))
    L.append(f"（四）社会保险基金预算。{SC}社会保险基金收入{doc.a(SA)}，社会保险基金支出{doc.a(SB)}，"
             f"当年收支结余{doc.a(SA - SB)}，年末滚存结余{doc.a(SD)}。")
    doc.trap("balance.partial", f"社保基金年末滚存结余{SD}万元≠当年收支结余{SA - SB}万元（未给年初数）")
    # 本级
    sh = D(doc.u01(0.72, 0.86))
    A2 = q(A1 * sh)
    T2 = q(c["T"] * sh)
    N2 = A2 - T2
    B2 = q(A2 / D(doc.u01(0.97, 1.03)) / 100) * 100
    BT2 = q(T2 / D(doc.u01(0.95, 1.02)) / 100) * 100
    BN2 = B2 - BT2
    S2 = q(c["S"] * D(doc.u01(0.85, 0.95)))
    H2 = doc.around(A2 * D("0.03"))
    Dz2 = c["Dz"]
    M2 = c["M"]
    L2 = q(c["L"] * sh)
    TT2 = A2 + S2 + H2 + Dz2 + M2 + L2
    BX2 = doc.around(A2 * D("0.25"))
    U2 = c["U"]
    R2 = c["R"]
    K2 = q(TT2 * D(doc.u01(0.012, 0.03)))
    E2 = TT2 - BX2 - U2 - R2 - K2
    k21 = q(K2 * D(doc.u01(0.6, 0.9)))
    k22 = K2 - k21
    L.append(f"二、{BJ}收支决算情况")
    L.append(f"（一）一般公共预算。{BJ}一般公共预算收入{doc.a(A2)}，为调整预算{doc.a(B2)}的{doc.p(pct(A2, B2))}。"
             f"{BJ}一般公共预算收入{doc.a(A2)}，加上上级补助收入{doc.a(S2)}、下级上解收入{doc.a(H2)}、债务转贷收入{doc.a(Dz2)}、"
             f"调入资金{doc.a(M2)}、上年结余{doc.a(L2)}，收入总计{doc.a(TT2)}。")
    doc.trap("scope.same_label", f"“一般公共预算收入”在{SC}（{A1}万元）与{BJ}（{A2}万元）两个口径下数值不同")
    L.append(f"{BJ}一般公共预算支出{doc.a(E2)}，加上补助下级支出{doc.a(BX2)}、上解上级支出{doc.a(U2)}、债务还本支出{doc.a(R2)}，"
             f"支出总计{doc.a(TT2 - K2)}。收支相抵，年终结余{doc.a(K2)}（其中：结转下年支出"
             f"{doc.sa('kb_sum', 'sum.breakdown', k21, desc='年终结余括号内的结转下年支出')}，净结余{doc.a(k22)}）。")
    doc.trap("list.nested", "年终结余自带（其中：结转下年支出、净结余）子清单")
    L.append(f"表1　{Y}年{BJ}一般公共预算收入决算表")
    L.append("单位：万元")
    rows = [("项目", "调整预算数", "决算数", "完成调整预算%"),
            ("税收收入", doc.n(BT2), doc.n(T2), str(pct(T2, BT2))),
            ("非税收入", doc.n(BN2), doc.n(N2), str(pct(N2, BN2))),
            ("合计", doc.n(B2), doc.n(A2), str(pct(A2, B2)))]
    L += render_table(rows, render)
    if pct(N2, BN2) > 100 or pct(T2, BT2) > 100:
        doc.trap("rate.over100", "表中一项收入完成调整预算超过100%")
    L.append(f"从表1看，{BJ}税收收入{doc.a(T2)}，占{BJ}一般公共预算收入的{doc.p(pct(T2, A2))}。")
    L.append(f"三、{BJ}政府性基金和债务情况")
    G2 = q(c["G"] * D(doc.u01(0.85, 0.95)))
    L.append(f"{BJ}政府性基金预算收入{doc.a(G2)}，其中国有土地使用权出让收入{doc.a(q(G2 * D('0.86')))}。"
             f"{Y}年末，{SC}政府债务余额{doc.a(c['DB'])}，其中：一般债务{doc.a(c['DBg'])}，专项债务{doc.a(c['DBs'])}，"
             f"均控制在限额以内。")
    L.append("四、决算与预算执行数变动情况")
    fE2 = doc.sa("kb_fact", "fact.conflict", E2, desc=f"第四部分重述的{BJ}一般公共预算支出")
    L.append(f"与{u}人大常委会审查的{Y}年预算执行数相比，{BJ}一般公共预算支出{fE2}，与执行数一致；"
             f"{BJ}一般公共预算收入决算数无变动，主要是执行中已按规定完成收入对账。")
    if not doc.slip or doc.slip[1] != "kb_fact":
        doc.trap("fact.restated", f"第四部分重述{BJ}一般公共预算支出{E2}万元，与第二部分一致")
    L.append("五、落实人大预算决议情况")
    L.append("一是加强收入征管，依法依规组织收入；二是兜牢“三保”底线，优化支出结构；三是规范政府债务管理，防范化解风险。")
    L.append("以上报告，请予审议。")
    return L


# ---------------------------------------------------------------- tables
def render_table(rows, how):
    out = []
    if how == "tsv":
        for r in rows:
            out.append("\t".join(r))
    elif how == "pipe":
        for i, r in enumerate(rows):
            out.append("| " + " | ".join(r) + " |")
            if i == 0:
                out.append("|" + "|".join("---" for _ in r) + "|")
    elif how == "aligned":
        w = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
        for r in rows:
            out.append("  ".join(r[j] + " " * (w[j] - len(r[j])) if j < len(r) - 1 else r[j]
                                 for j in range(len(r))).rstrip())
    else:
        raise ValueError(how)
    return out


# ---------------------------------------------------------------- KC
def kind_KC(doc):
    """一般公共预算收入决算表（小计在前，分项在后）+ 文字说明"""
    c = budget_core(doc)
    X, Y, SC = doc.X, doc.Y, doc.SC
    render = doc.spec.get("render", "tsv")
    L = head_lines(doc, f"{X}{Y}年一般公共预算收入决算情况说明", None, f"{X}财政局")
    L.append("一、收入决算总体情况")
    A, T, N, P = c["A"], c["T"], c["N"], c["P"]
    L.append("@@PARA@@")
    L.append(f"表1　{Y}年{SC}一般公共预算收入决算表")
    L.append("单位：万元")
    taxes = c["taxes"]
    # budgets and priors per item
    hdr = ("项目", "调整预算数", "决算数", "为调整预算%", "上年决算数", "比上年增长%")
    rows = [hdr]
    tb = []
    for nm, v in taxes:
        b = q(v / D(doc.u01(0.9, 1.08)))
        pr = q(v / D(1 + doc.u01(-0.25, 0.3)))
        tb.append((nm, b, v, pr))
    nb = []
    for nm, v in c["nontax"]:
        b = q(v / D(doc.u01(0.8, 1.15)))
        pr = q(v / D(1 + doc.u01(-0.3, 0.35)))
        nb.append((nm, b, v, pr))
    # a new item with no prior-year figure
    nb[4] = (nb[4][0], nb[4][1], nb[4][2], Decimal(0))
    def row(nm, b, v, pr):
        gr = "—" if pr == 0 else str(grow(v, pr, 1))
        return (nm, doc.n(b), doc.n(v), str(pct(v, b)), doc.n(pr) if pr else "—", gr)
    sb = lambda lst, i: sum(x[i] for x in lst)
    rows.append(row("税收收入小计", sb(tb, 1), sb(tb, 2), sb(tb, 3)))
    rows += [row("　　" + nm, b, v, pr) for nm, b, v, pr in tb]
    rows.append(row("非税收入小计", sb(nb, 1), sb(nb, 2), sb(nb, 3)))
    rows += [row("　　" + nm, b, v, pr) for nm, b, v, pr in nb]
    Btot = sb(tb, 1) + sb(nb, 1)
    Ptot = sb(tb, 3) + sb(nb, 3)
    rows.append(row("一般公共预算收入合计", Btot, A, Ptot))
    L += render_table(rows, render)
    doc.trap("table.subtotal_first", "表中“税收收入小计”“非税收入小计”行在其分项之前，分项之后紧接下一个小计")
    doc.trap("table.no_prior", f"{nb[4][0]}上年无数，增长率列为“—”")
    over = [(nm, pct(v, b)) for nm, b, v, pr in tb + nb if pct(v, b) > 100]
    if over:
        doc.trap("rate.over100", "表中" + "、".join(f"{nm}为调整预算的{r}%" for nm, r in over[:3]) + "等超过100%")
    L[L.index("@@PARA@@")] = (f"{Y}年，{SC}一般公共预算收入决算数为{doc.a(A)}，为调整预算{doc.a(Btot)}的{doc.p(pct(A, Btot))}，"
            f"比上年决算数{doc.a(Ptot)}{doc.gw(grow(A, Ptot, 1))}{doc.pn(grow(A, Ptot, 1))}。收入决算明细见表1。")
    if grow(A, Ptot, 1) < 0:
        doc.trap("change.decline", "收入比上年下降，两年数均给出")
    L.append("二、主要收入项目说明")
    T_ = sb(tb, 2)
    L.append(f"1.税收收入{doc.a(T_)}，占一般公共预算收入的{doc.p(pct(T_, A))}。"
             f"从主要税种看：")
    picks = doc.spec.get("picks", [0, 1, 11, 8])
    slip_pick = doc.spec.get("tt_pick", None)
    for j, i in enumerate(picks):
        nm, b, v, pr = tb[i]
        gr = grow(v, pr, 1)
        vs = doc.sa("kc_table", "table.text", v, desc=f"文字说明中的{nm}（表1为{doc.n(v)}万元）") if slip_pick == j \
            else doc.a(v)
        stat = "" if j in doc.spec.get("bare", []) else f"，为调整预算的{doc.p(pct(v, b))}，比上年{doc.gw(gr)}{doc.pn(gr)}"
        L.append(f"（{cn_plain(j + 1)}）{nm}{vs}{stat}。"
                 + (doc.rng.choice(["主要是重点企业生产经营恢复、入库增加。", "主要是加强征管、清缴欠税。"])
                    if gr >= 0 else doc.rng.choice(["主要是房地产市场调整影响。", "主要是上年同期基数较高。"])))
    N_ = sb(nb, 2)
    L.append(f"2.非税收入{doc.a(N_)}，占一般公共预算收入的{doc.p(pct(N_, A))}，其中国有资源（资产）有偿使用收入"
             f"{doc.a(nb[3][2])}，主要是矿产资源出让收益和国有资产出租收入。")
    if pct(T_, A) + pct(N_, A) != 100:
        doc.trap("rate.shares_rounding", f"税收占比{pct(T_, A)}%与非税占比{pct(N_, A)}%之和为{pct(T_, A) + pct(N_, A)}%")
    L.append("三、有关情况说明")
    L.append("表中决算数已与税务、国库部门核对一致；上年决算数按本年科目口径进行了调整。")
    return L


# ---------------------------------------------------------------- KD
def kind_KD(doc):
    """一般公共预算支出功能科目执行表（分项缩进，其中项为子集）+ 说明"""
    c = budget_core(doc)
    X, Y, SC = doc.X, doc.Y, doc.SC
    render = doc.spec.get("render", "aligned")
    funcs = c["funcs"]
    E = c["E"]
    L = head_lines(doc, f"{X}{Y}年一般公共预算支出执行情况说明", None, f"{X}财政局")
    L.append("一、支出执行总体情况")
    rows = [("项目", "年初预算", "调整预算", "执行数", "完成调整预算%", "上年执行数", "增长%")]
    B0s = B1s = Ps = Decimal(0)
    info = {}
    for nm, v in funcs:
        b0 = q(v / D(doc.u01(1.0, 1.2)))
        b1 = q(v / D(doc.u01(0.9, 1.04)))
        pr = q(v / D(1 + doc.u01(-0.15, 0.2)))
        info[nm] = (b0, b1, v, pr)
        B0s += b0
        B1s += b1
        Ps += pr
    rate_slip = doc.spec.get("rate_row")
    for nm, v in funcs:
        b0, b1, v, pr = info[nm]
        r = pct(v, b1)
        rs = str(r)
        if rate_slip == nm and doc.here("kd_rate", "rate.ratio"):
            rs = doc.mutate_num(rs)
            doc.applied = True
            doc.detail = f"表中{nm}“完成调整预算%”写作“{rs}”，应为“{r}”（{v}/{b1}）"
        rows.append((nm, doc.n(b0), doc.n(b1), doc.n(v), rs, doc.n(pr), str(grow(v, pr, 1))))
        if nm == "教育支出":
            sub = q(v * D(doc.u01(0.55, 0.7)))
            sb0 = q(sub / D(doc.u01(0.85, 1.0)))
            sb1 = q(sub / D(doc.u01(0.92, 1.03)))
            spr = q(sub / D(1 + doc.u01(-0.1, 0.1)))
            rows.append(("　　其中：普通教育", doc.n(sb0), doc.n(sb1), doc.n(sub), str(pct(sub, sb1)), doc.n(spr),
                         str(grow(sub, spr, 1))))
        if nm == "社会保障和就业支出":
            sub = q(v * D(doc.u01(0.3, 0.45)))
            sb0 = q(sub / D(doc.u01(0.85, 1.0)))
            sb1 = q(sub / D(doc.u01(0.92, 1.03)))
            spr = q(sub / D(1 + doc.u01(-0.1, 0.1)))
            rows.append(("　　其中：养老保险缴费补助", doc.n(sb0), doc.n(sb1), doc.n(sub), str(pct(sub, sb1)),
                         doc.n(spr), str(grow(sub, spr, 1))))
    rows.append(("支出合计", doc.n(B0s), doc.n(B1s), doc.n(E), str(pct(E, B1s)), doc.n(Ps), str(grow(E, Ps, 1))))
    doc.trap("table.subset_rows", "表中“其中：”行是上一科目的子集，不参与合计")
    rE0 = pct(E, B0s)
    gE = grow(E, Ps, 1)
    L.append(f"{Y}年，{SC}一般公共预算支出{doc.y(E)}，年初预算{doc.a(B0s)}，执行中追加调整后，调整预算为{doc.a(B1s)}，"
             f"执行数为年初预算的{doc.p(rE0)}、调整预算的{doc.p(pct(E, B1s))}，比上年{doc.gw(gE)}{doc.pn(gE)}。")
    doc.trap("rate.two_budgets", f"同一句给出年初预算与调整预算，完成年初预算{rE0}%（超过100%）")
    doc.trap("unit.mixed", f"文字用亿元（{doc.y(E).strip()}），表用万元（{E}）")
    L.append(f"表1　{Y}年{SC}一般公共预算支出执行情况表")
    L.append("单位：万元")
    L += render_table(rows, render)
    L.append("二、重点支出情况")
    pick = doc.spec.get("tt_row")
    for j, nm in enumerate(["教育支出", "社会保障和就业支出", "卫生健康支出", "农林水支出"]):
        b0, b1, v, pr = info[nm]
        if pick == nm:
            vs = doc.sa("kd_table", "table.text", v, desc=f"文字说明中的{nm}（表1执行数为{doc.n(v)}万元）",
                        avoid=[b0, b1, pr])
        else:
            vs = doc.a(v)
        gg = grow(v, pr, 1)
        stat = "" if nm in doc.spec.get("bare", []) else f"，完成调整预算的{doc.p(pct(v, b1))}，比上年{doc.gw(gg)}{doc.pn(gg)}"
        L.append(f"{j + 1}.{nm}{vs}{stat}。"
                 + ["主要用于落实义务教育经费保障机制、学前教育发展等。",
                    "主要用于机关事业单位养老保险缴费、城乡低保和特困人员供养等。",
                    "主要用于基本公共卫生服务、公立医院改革和医疗救助等。",
                    "主要用于高标准农田建设、巩固拓展脱贫攻坚成果和水利工程建设等。"][j])
    doc.trap("list.nonexhaustive", "“主要用于……等”只列用途，无金额拆分")
    four = sum(info[nm][2] for nm in ["教育支出", "社会保障和就业支出", "卫生健康支出", "农林水支出"])
    if pick is None:
        L.append(f"上述四项重点民生支出合计{doc.a(four)}，占一般公共预算支出的{doc.p(pct(four, E))}。")
        doc.trap("list.cross_paragraph", "“上述四项……合计”是前面四段金额之和，不与表中合计行相比")
    else:
        L.append("上述四项重点民生支出均按进度及时拨付，有力保障了基本民生。")
    L.append("三、其他说明")
    L.append("执行数超过年初预算的科目，主要是执行中上级追加专项转移支付和新增一般债券安排的支出。")
    return L


# ---------------------------------------------------------------- KE
def kind_KE(doc):
    """政府债务情况说明"""
    c = budget_core(doc)
    X, Y, SC = doc.X, doc.Y, doc.SC
    tab = doc.spec.get("table")
    L = head_lines(doc, f"{X}{Y}年政府债务情况说明", None, f"{X}财政局")
    L.append("一、政府债务限额情况")
    L.append(f"经省人民政府批准，省财政厅核定{Y}年{SC}政府债务限额{doc.a(c['DL'])}，其中：一般债务限额{doc.a(c['DLg'])}，"
             f"专项债务限额{doc.a(c['DLs'])}。")
    L.append("二、政府债务余额情况")
    if doc.spec.get("yi"):
        doc.trap("unit.yi_head_wan_parts", f"债务余额用亿元（{doc.y(c['DB']).strip()}），分项用万元，合计按四舍五入一致")
    L.append(f"截至{Y}年12月31日，{SC}政府债务余额{doc.y(c['DB']) if doc.spec.get('yi') else doc.a(c['DB'])}，"
             f"其中：一般债务余额{doc.a(c['DBg'])}，"
             f"专项债务余额{doc.a(c['DBs'])}。债务余额低于核定限额{doc.a(c['DL'] - c['DB'])}，控制在限额以内。")
    doc.trap("debt.limit_vs_balance", f"限额{c['DL']}万元与余额{c['DB']}万元是两个量，差额单列")
    L.append("三、政府债券发行情况")
    L.append(f"{Y}年，省财政厅转贷{SC}政府债券{doc.a(c['DN'] + c['DR'])}，其中：新增债券{doc.a(c['DN'])}"
             f"（其中：新增一般债券{doc.a(c['n1'])}，新增专项债券{doc.a(c['n2'])}），再融资债券{doc.a(c['DR'])}"
             f"（其中：再融资一般债券{doc.a(c['rg'])}，再融资专项债券{doc.a(c['rs'])}）。")
    doc.trap("list.nested", "转贷债券清单的两个分项各带（其中：……）子清单")
    L.append("新增专项债券主要用于产业园区基础设施、城镇老旧小区改造、农业农村和社会事业等领域；"
             "再融资债券全部用于偿还到期政府债券本金。")
    L.append("四、政府债务还本付息情况")
    L.append(f"{Y}年，{SC}政府债务还本付息{doc.a(c['DS'])}，其中：偿还本金{doc.a(c['DP'])}（其中：一般债务{doc.a(c['pg'])}，"
             f"专项债务{doc.a(c['ps'])}），支付利息"
             f"{doc.sa('ke_sum', 'sum.breakdown', c['DIn'], desc='还本付息清单中的支付利息')}。")
    doc.trap("debt.principal_vs_service", f"还本付息{c['DS']}万元含利息，余额变动只减偿还本金{c['DP']}万元")
    L.append("五、政府债务余额变动情况")
    L.append(f"年初{SC}政府债务余额{doc.sa('ke_bal', 'balance.carryover', c['D0'], desc='年初政府债务余额')}，"
             f"加上本年新增债券{doc.a(c['DN'])}、再融资债券{doc.a(c['DR'])}，减去偿还本金{doc.a(c['DP'])}，"
             f"年末政府债务余额{doc.a(c['DB'])}。")
    if tab:
        L.append(f"表1　{Y}年{SC}政府债务变动情况表")
        L.append("单位：万元")
        rows = [("项目", "一般债务", "专项债务", "合计")]
        for nm, g_, s_ in [("债务限额", c["DLg"], c["DLs"]), ("年初债务余额", c["D0g"], c["D0s"]),
                           ("本年新增债券", c["n1"], c["n2"]), ("本年再融资债券", c["rg"], c["rs"]),
                           ("本年偿还本金", c["pg"], c["ps"]), ("本年支付利息", c["ig"], c["is_"]),
                           ("年末债务余额", c["DBg"], c["DBs"])]:
            rows.append((nm, doc.n(g_), doc.n(s_), doc.n(g_ + s_)))
        L += render_table(rows, tab)
        doc.trap("table.interest_row", "表中“本年支付利息”行夹在年初与年末余额之间，但不进入余额变动")
    L.append("六、政府债务风险情况")
    L.append(f"按财政部债务风险评估办法测算，{Y}年末{SC}政府法定债务风险等级为绿色，债务风险总体可控。"
             f"下一步将严格落实还本付息资金，坚决遏制隐性债务增量。")
    return L


# ---------------------------------------------------------------- KF
def kind_KF(doc):
    """直达资金绩效自评报告"""
    c = budget_core(doc)
    X, Y, SC = doc.X, doc.Y, doc.SC
    nproj = doc.spec.get("nproj", 6)
    rest = [x for x in DIRECT if x not in ("困难群众救助补助资金", "农业相关转移支付资金")]
    names = doc.rng.sample(rest, nproj - 2) + ["困难群众救助补助资金", "农业相关转移支付资金"]
    doc.rng.shuffle(names)
    amts = [q(D(doc.rng.uniform(0.3, 1.8)) * 1000 * doc.k * D(doc.rng.uniform(0.5, 3)), 2) for _ in names]
    DA = sum(amts)
    DX = q(DA * D(doc.u01(0.93, 0.995)), 2)
    DK = DA - DX
    L = head_lines(doc, f"{X}{Y}年度财政直达资金绩效自评报告", None, f"{X}财政局")
    L.append("一、基本情况")
    nstated = nproj
    if doc.here("kf_count", "count.mismatch"):
        nstated = nproj + doc.srng.choice([-1, 1])
        doc.applied = True
        doc.detail = f"资金下达情况中“涉及{nstated}个项目”，其后列出{nproj}个项目名称，应为“{nproj}个”"
    L.append(f"（一）资金下达情况。{Y}年，{SC}共收到中央财政直达资金{doc.a(DA, 2)}，涉及{nstated}个项目，分别为："
             + "、".join(names) + "。按项目分，其中：" + "，".join(f"{nm}{doc.a(v, 2)}" for nm, v in zip(names, amts)) + "。")
    tgt = doc.rng.choice([90, 95])
    NP = doc.ri(3000 * doc.k, 9000 * doc.k)
    L.append(f"（二）绩效目标。年初设定的绩效目标为：直达资金分配下达率100%，支出进度不低于{tgt}%，"
             f"资金使用合规率100%，惠及困难群众不少于{q(NP * D('0.9') / 100) * 100}人，群众满意度不低于90%。")
    L.append("二、绩效目标完成情况")
    rX = pct(DX, DA)
    L.append(f"（一）资金分配和支出情况。截至{Y}年12月31日，{SC}直达资金{doc.a(DA, 2)}已全部分配下达，"
             f"累计支出{doc.a(DX, 2)}，支出进度{doc.p(rX)}，结余{doc.a(DK, 2)}，结余资金已按规定收回统筹使用。")
    a_ = q(NP * D(doc.u01(0.65, 0.8)))
    b_ = NP - a_
    cc = doc.ri(NP // 5, NP // 2)
    nb = doc.ri(2, 5)
    npx = doc.ri(120, 400)
    L.append(f"（二）产出指标完成情况。组织直达资金监控系统操作培训{nb}批次、{npx}人次。"
             f"困难群众救助补助资金惠及困难群众{NP}人，其中：城乡低保对象{a_}人，"
             f"特困供养人员{b_}人；实施临时救助{cc}人次。")
    doc.trap("count.person_vs_times", f"困难群众{NP}人=低保{a_}人+特困{b_}人，临时救助{cc}人次不计入；培训{nb}批次与{npx}人次不同计量")
    towns = doc.ri(9, 18)
    zt = doc.ri(3, int(towns) - 4)
    jd = doc.ri(1, 3)
    xt = towns - zt - jd
    sub_slip = doc.spec.get("sub_slip")
    if sub_slip and doc.here("kf_sub", "count.mismatch"):
        wrong = xt + doc.srng.choice([-1, 1])
        doc.applied = True
        doc.detail = (f"乡镇覆盖数中“乡{wrong}个”：镇{zt}个、乡{wrong}个、街道{jd}个之和为{zt + wrong + jd}个，"
                      f"与“{towns}个乡镇（街道）”不符，乡应为“{xt}个”")
        xts = str(wrong)
    else:
        xts = str(xt)
    hh = doc.ri(800 * doc.k, 2500 * doc.k)
    hp = q(hh * D(doc.u01(2.6, 3.4)))
    L.append(f"资金覆盖{SC}{towns}个乡镇（街道），其中：镇{zt}个，乡{xts}个，街道{jd}个。"
             f"农业相关转移支付资金惠及脱贫户和监测户{hh}户、{hp}人。")
    doc.trap("count.household_vs_person", f"{hh}户与{hp}人是不同计量单位")
    qn = doc.ri(300, 600)
    qv = qn - doc.ri(5, 30)
    qs = q(qv * D(doc.u01(0.9, 0.98)))
    L.append(f"（三）效益指标完成情况。开展受益群众满意度问卷调查，发放问卷{qn}份，收回有效问卷{qv}份，"
             f"其中表示满意的{qs}份，满意度{doc.p(pct(qs, qv))}。")
    doc.trap("rate.denominator_choice", f"满意度以有效问卷{qv}份为分母，不是发放问卷{qn}份")
    L.append(f"（四）抗疫特别国债等一次性资金。{Y}年未安排相关一次性直达资金，相应支出未发生，不纳入本次评价。")
    doc.trap("zero.not_incurred", "一次性资金未发生，不计算执行率")
    L.append("三、自评结果")
    sp_ = Decimal(40) - doc.rng.choice([0, 0, 1, 2])
    se_ = Decimal(30) - doc.rng.choice([0, 1, 2])
    sm_ = Decimal(20) - (Decimal(1) if rX < 98 else 0)
    ss_ = Decimal(10) - D(doc.rng.choice(["0", "0.5", "1"]))
    S = sp_ + se_ + sm_ + D(ss_)
    L.append(f"根据直达资金绩效评价指标体系，本次自评得分{sc(S)}分，其中：产出指标{sc(sp_)}分，效益指标{sc(se_)}分，"
             f"资金管理指标{sc(sm_)}分，满意度指标{sc(ss_)}分，自评等级为“{grade_of(S)}”。")
    L.append("四、存在问题")
    L.append("一是个别项目资金分配时间偏晚，影响支出进度；二是部分项目绩效指标设置不够细化，量化指标偏少。")
    L.append("五、下一步措施")
    L.append("严格落实直达资金“一竿子插到底”要求，加强直达资金监控系统应用，督促项目单位加快支出进度，提高资金使用效益。")
    return L


# ---------------------------------------------------------------- KG
def kind_KG(doc):
    """财政局部门整体支出绩效自评报告"""
    X, Y = doc.X, doc.Y
    render = doc.spec.get("render", "tsv")
    L = head_lines(doc, f"{X}财政局{Y}年度部门整体支出绩效自评报告", None, f"{X}财政局")
    L.append("一、部门基本情况")
    ks = doc.rng.sample(["办公室", "预算股", "国库股", "综合股", "经济建设股", "社会保障股", "农业股", "政府采购股",
                         "绩效管理股", "债务管理股", "会计监督股", "法规税政股"], int(doc.ri(7, 10)))
    pz = doc.ri(40, 90)
    pt = doc.ri(15, 40)
    L.append(f"{X}财政局内设{len(ks)}个股室，分别为：" + "、".join(ks) + f"；下属事业单位{doc.ri(2, 5)}个。"
             f"年末实有在职人员{pz}人，另有退休人员{pt}人。")
    L.append("二、部门整体收支情况")
    f1 = doc.ri(2500, 5200) + q(D(doc.rng.random()), 2)
    f2 = q(D(doc.u01(30, 200)), 2)
    RI = f1 + f2
    RC = q(D(doc.u01(80, 600)), 2)
    RT = RI + RC
    PK = q(D(doc.u01(40, 300)), 2)
    PE = RT - PK
    pb = q(PE * D(doc.u01(0.45, 0.7)), 2)
    pp = PE - pb
    fp = q(f1 * D(doc.u01(0.94, 0.99)), 2)
    fpb = q(pb * D(doc.u01(0.93, 0.99)), 2)
    fpp = fp - fpb
    L.append(f"{Y}年，本部门收入总计{doc.a(RT, 2)}，其中：本年收入合计{doc.a(RI, 2)}（其中：财政拨款收入{doc.a(f1, 2)}，"
             f"其他收入{doc.a(f2, 2)}），年初结转和结余{doc.a(RC, 2)}。")
    doc.trap("total.with_carryover", f"收入总计{RT}万元含年初结转和结余，本年收入合计为{RI}万元")
    L.append(f"本年支出合计{doc.a(PE, 2)}，年末结转和结余{doc.a(PK, 2)}。本年支出合计{doc.a(PE, 2)}由基本支出{doc.a(pb, 2)}"
             f"和项目支出{doc.a(pp, 2)}构成。财政拨款支出{doc.a(fp, 2)}，包括基本支出{doc.a(fpb, 2)}、项目支出{doc.a(fpp, 2)}两项。")
    doc.trap("scope.same_label", f"“项目支出”先指全部资金（{pp}万元），后指财政拨款（{fpp}万元）")
    tg = q(D(doc.u01(4, 15)), 2)
    tp = q(tg * D(doc.u01(1.05, 1.35)), 2)
    cv = q(tg * 10000 * D(doc.u01(0.6, 0.8)), 2)
    cj = q(tg * 10000 - cv + D(doc.u01(-49, 49)), 2)      # parts in 元 sum to tg 万元 within rounding
    tgx = q((cv + cj) / 10000, 2)
    L.append(f"{Y}年“三公”经费支出{doc.a(tgx, 2)}，比上年{doc.a(tp, 2)}减少{doc.a(tp - tgx, 2)}，"
             f"其中：公务用车运行维护费{doc.a(cv, 2, '元')}，公务接待费{doc.a(cj, 2, '元')}，因公出国（境）费用未发生。"
             + (f"因公出国（境）费年初预算{doc.a(0, 0)}，实际支出{doc.a(0, 0)}，预算执行率100%。" if doc.spec.get("zero") else ""))
    if doc.spec.get("zero"):
        doc.trap("zero.zero_over_zero", "因公出国（境）费预算0、支出0，执行率写作100%")
    doc.trap("unit.yuan_cents", f"“三公”经费{tgx}万元，分项以元计（{cv}元+{cj}元），四舍五入一致")
    doc.trap("zero.not_incurred", "因公出国（境）费用未发生")
    L.append("三、绩效自评情况")
    L.append("根据《部门整体支出绩效评价指标体系》，从预算编制、预算执行、资产管理、履职效能四个方面进行自评。"
             "评价结果分为四档：90分（含）以上为“优秀”，80分（含）至90分为“良好”，60分（含）至80分为“合格”，"
             "60分以下为“不合格”。")
    spec_rows = [("预算编制", [("预算编制合理性", 6), ("绩效目标合理性", 5), ("绩效指标明确性", 4)]),
                 ("预算执行", [("预算执行率", 10), ("结转结余率", 5), ("政府采购执行率", 5), ("财务合规性", 5)]),
                 ("资产管理", [("资产管理制度健全性", 5), ("固定资产利用率", 5)]),
                 ("履职效能", [("重点工作完成率", 20), ("预决算公开及时性", 10), ("服务对象满意度", 20)])]
    lose = doc.spec.get("lose", 3)
    # decide deductions
    leaves = [(g, nm, w) for g, lst in spec_rows for nm, w in lst]
    ded = {}
    for _ in range(lose):
        g, nm, w = doc.rng.choice(leaves)
        ded[nm] = ded.get(nm, Decimal(0)) + D(doc.rng.choice(["0.5", "1", "1.5", "2", "3"]))
    if "target" in doc.spec:      # steer to a total near a band edge
        need = Decimal(100) - D(doc.spec["target"])
        cur = sum(ded.values())
        nm = "服务对象满意度"
        ded[nm] = ded.get(nm, Decimal(0)) + (need - cur)
    scores = {nm: max(Decimal(0), D(w) - ded.get(nm, 0)) for g, nm, w in leaves}
    S = sum(scores.values())
    with_sub = doc.spec.get("subtotals", True)
    rows = [("一级指标", "二级指标", "分值", "得分")]
    tslip = doc.spec.get("score_leaf")
    for g, lst in spec_rows:
        gw_ = sum(w for _, w in lst)
        gs_ = sum(scores[nm] for nm, _ in lst)
        if with_sub:
            rows.append((g, "小计", str(gw_), sc(gs_)))
        for j, (nm, w) in enumerate(lst):
            sv = sc(scores[nm])
            if tslip == nm and doc.here("kg_score", "score.total"):
                good = scores[nm]
                bad = good - D(doc.srng.choice(["1", "0.5"]))
                sv = sc(bad)
                doc.applied = True
                doc.detail = (f"评分表中“{nm}”得分写作“{bad}”，与“{g}”小计{gs_}分及其余分项不合，应为“{good}”")
            rows.append(("" if (with_sub or j) else g, nm, str(w), sv))
    rows.append(("合计", "", "100", sc(S)))
    L.append(f"表1　{X}财政局{Y}年度部门整体支出绩效自评得分表")
    L += render_table(rows, render)
    if with_sub:
        doc.trap("table.subtotal_first", "一级指标小计行在其二级指标之前，之后紧接下一个一级指标小计")
    # prose score rate trap
    g0 = spec_rows[3]
    gw_ = sum(w for _, w in g0[1])
    gs_ = sum(scores[nm] for nm, _ in g0[1])
    L.append(f"其中，履职效能指标分值{gw_}分，得分{sc(gs_)}分，得分率{doc.p(pct(gs_, gw_))}；"
             f"预算执行率指标得分{sc(scores['预算执行率'])}分。")
    doc.trap("score.rate_vs_score", f"得分率{pct(gs_, gw_)}%是得分/分值，不是得分")
    gr = grade_of(S)
    if doc.here("kg_grade", "grade.band"):
        bad = {"优秀": "良好", "良好": "优秀", "合格": "良好", "不合格": "合格"}[gr]
        doc.applied = True
        doc.detail = f"自评得分{sc(S)}分，按文中“90分（含）以上为优秀、80分（含）至90分为良好”应为“{gr}”，文中写作“{bad}”"
        gr = bad
    L.append(f"经自评，{X}财政局{Y}年度部门整体支出绩效自评得分{sc(S)}分，评价等级为“{gr}”。")
    if Decimal(88) <= S < 92 and not doc.slip:
        doc.trap("grade.near_edge", f"得分{S}分接近等级分界线")
    L.append("四、存在问题及改进措施")
    L.append("一是部分项目绩效目标细化量化不够；二是年末结转结余资金仍有一定规模。下一步将加强预算绩效目标审核，"
             "加快支出进度，压减结转结余。")
    return L


# ---------------------------------------------------------------- KH
def kind_KH(doc):
    """财政运行综合绩效自评报告"""
    c = budget_core(doc)
    X, Y, SC = doc.X, doc.Y, doc.SC
    A, T, E = c["A"], c["T"], c["E"]
    L = head_lines(doc, f"{X}{Y}年度财政运行综合绩效自评报告", None, f"{X}财政局")
    L.append("一、基本情况")
    Z3 = q(E * D(doc.u01(0.3, 0.42)))
    f = dict(c["funcs"])
    Zm = q(E * D(doc.u01(0.72, 0.8)))
    sT = pct(T, A)
    gA1 = grow(A, c["P"], 1)
    gs1 = q(gA1 + D(doc.u01(1.0, 3.0)), 1)
    L.append(f"{Y}年，{SC}一般公共预算收入{doc.a(A)}，比上年{doc.a(c['P'])}{doc.gw(gA1)}{doc.pn(gA1)}，"
             f"扣除上年一次性收入等不可比因素后，可比口径{doc.gw(gs1)}{doc.pn(gs1)}。")
    doc.trap("rate.same_basis", f"可比口径{gs1}%与按两年数计算的{gA1}%不同")
    if gA1 < 0:
        doc.trap("change.decline", f"收入下降，两年数均给出（{c['P']}→{A}）")
    L.append(f"{Y}年，{SC}一般公共预算收入{doc.a(A)}中，税收收入{doc.a(T)}，税收收入占一般公共预算收入的{doc.p(sT)}；"
             f"一般公共预算支出{doc.a(E)}，其中“三保”支出{doc.a(Z3)}。民生支出{doc.a(Zm)}，占一般公共预算支出的"
             f"{doc.p(pct(Zm, E))}。")
    doc.trap("list.single_item", "“其中‘三保’支出”只列一项，不是完整拆分")
    L.append("二、绩效目标")
    L.append("年初设定的财政运行绩效目标为：一般公共预算收入增长5%以上，税收收入占比不低于65%，“三保”支出保障率100%，"
             "一般公共预算支出执行率不低于95%，政府法定债务风险等级保持绿色。")
    L.append("三、自评结果")
    L.append("评价采用百分制，按“优秀（90分及以上）、良好（80分至90分）、合格（60分至80分）、不合格（60分以下）”四个等级评定。")
    gA = grow(A, c["P"], 2)
    rE = pct(E, c["EB"])
    ind = [("一般公共预算收入增长率", 15, "≥5%", f"{gA}%", Decimal(15) if gA >= 5 else (Decimal(12) if gA >= 0 else Decimal(8))),
           ("税收收入占比", 15, "≥65%", f"{sT}%", Decimal(15) if sT >= 65 else Decimal(12)),
           ("“三保”支出保障率", 15, "100%", "100%", Decimal(15)),
           ("一般公共预算支出执行率", 15, "≥95%", f"{rE}%", Decimal(15) if rE >= 95 else Decimal("13.5")),
           ("民生支出占比", 10, "≥70%", f"{pct(Zm, E)}%", Decimal(10)),
           ("债务风险等级", 10, "绿色", "绿色", Decimal(10)),
           ("预决算公开合规性", 10, "100%", "100%", Decimal(10) - D(doc.rng.choice([0, 0, "0.5"]))),
           ("绩效管理覆盖率", 10, "100%", f"{doc.rng.choice([92, 95, 96, 100])}%", None)]
    cov = D(ind[-1][3].rstrip("%"))
    ind[-1] = ind[-1][:4] + (q(cov / 10, 1) if cov < 100 else Decimal(10),)
    S = sum(x[4] for x in ind)
    table = doc.spec.get("render")
    if table:
        rows = [("指标", "分值", "目标值", "实际值", "得分")]
        for nm, w, t, a_, s_ in ind:
            rows.append((nm, str(w), t, a_, sc(s_)))
        rows.append(("合计", "100", "", "", sc(S)))
        L.append(f"表1　{X}{Y}年度财政运行综合绩效自评指标得分表")
        L += render_table(rows, table)
        doc.trap("table.target_percent_cells", "表中目标值/实际值列含百分数，不属于分值/得分")
        if cov < 100:
            doc.trap("score.rate_vs_score", f"绩效管理覆盖率{cov}%按比例得分{q(cov / 10, 1)}分")
    L.append(f"（一）收入质量。{SC}一般公共预算收入比上年{doc.gw(gA)}{doc.pn(gA)}，税收收入占比{doc.p(sT)}，"
             f"{'均达到' if gA >= 5 and sT >= 65 else '部分未达到'}年初目标。")
    L.append(f"（二）支出管理。“三保”支出足额保障，一般公共预算支出完成调整预算的{doc.p(rE)}，"
             f"民生支出占比{doc.p(pct(Zm, E))}。")
    L.append("（三）债务管理。政府法定债务风险等级保持绿色，到期债券本息按时足额偿还，未发生逾期。")
    L.append(f"（四）管理规范。预决算按规定时限公开，绩效管理覆盖率{ind[-1][3]}。")
    grp = [("收入质量指标", ind[0][4] + ind[1][4]), ("支出管理指标", ind[2][4] + ind[3][4] + ind[4][4]),
           ("债务管理指标", ind[5][4]), ("管理规范指标", ind[6][4] + ind[7][4])]
    items = []
    for j, (nm, v) in enumerate(grp):
        if j == doc.spec.get("grp_slip", -1):
            good = str(v)
            if doc.here("kh_score", "score.total"):
                bad = sc(v - D(doc.srng.choice(["1", "1.5", "2"])))
                doc.applied = True
                doc.detail = f"综合得分的分项中“{nm}{bad}分”应为“{sc(v)}分”（各分项之和应等于{sc(S)}分）"
                items.append(f"{nm}{bad}分")
                continue
        items.append(f"{nm}{sc(v)}分")
    gr = grade_of(S)
    if doc.here("kh_grade", "grade.band"):
        bad = {"优秀": "良好", "良好": "优秀", "合格": "良好", "不合格": "合格"}[gr]
        doc.applied = True
        doc.detail = f"综合得分{sc(S)}分按文中“优秀（90分及以上）、良好（80分至90分）”应为“{gr}”，文中写作“{bad}”"
        gr = bad
    L.append(f"经自评，{Y}年度{SC}财政运行综合绩效得分{sc(S)}分，其中：" + "，".join(items) + f"，等级为“{gr}”。")
    L.append("四、主要成效")
    L.append(f"一是收入质量稳步提升，税收收入占比{sT}%；二是支出结构持续优化，民生支出占比保持在七成以上；"
             f"三是债务风险总体可控，按时足额偿还到期债券本息{doc.a(c['DS'])}。")
    L.append("五、存在问题和改进措施")
    L.append("收入增长的可持续性仍需加强，部分领域绩效管理覆盖不全。下一步将深化预算绩效管理改革，推动绩效评价结果与预算安排挂钩。")
    return L


# ---------------------------------------------------------------- KI
def kind_KI(doc):
    """社会保险基金预算执行情况说明"""
    X, Y, SC = doc.X, doc.Y, doc.SC
    render = doc.spec.get("render", "pipe")
    with_open = doc.spec.get("open_col", True)
    k = doc.k
    L = head_lines(doc, f"{X}{Y}年社会保险基金预算执行情况说明", None, f"{X}财政局")
    rows_v = []
    for nm, w in SSF:
        inc = q(D(doc.u01(0.7, 1.3)) * D(w) * 120000 * k)
        out = q(inc * D(doc.u01(0.82, 1.06)))
        op = q(inc * D(doc.u01(0.4, 1.6)))
        rows_v.append((nm, op, inc, out, op + inc - out))
    SA = sum(r[2] for r in rows_v)
    SB = sum(r[3] for r in rows_v)
    S0 = sum(r[1] for r in rows_v)
    SD = sum(r[4] for r in rows_v)
    SAB = q(SA / D(doc.u01(0.96, 1.04)) / 100) * 100
    s1 = q(SA * D(doc.u01(0.55, 0.65)))
    s2 = q(SA * D(doc.u01(0.25, 0.33)))
    s3 = q(SA * D(doc.u01(0.02, 0.04)))
    s4 = SA - s1 - s2 - s3
    b1 = q(SB * D(doc.u01(0.96, 0.99)))
    b2 = SB - b1
    L.append("一、总体情况")
    L.append(f"{Y}年，{SC}社会保险基金收入{doc.a(SA)}，为预算{doc.a(SAB)}的{doc.p(pct(SA, SAB))}，其中：保险费收入{doc.a(s1)}，"
             f"财政补贴收入{doc.a(s2)}，利息收入{doc.a(s3)}，其他收入{doc.a(s4)}。")
    L.append(f"{SC}社会保险基金支出{doc.a(SB)}，其中：社会保险待遇支出{doc.a(b1)}，其他支出{doc.a(b2)}。")
    L.append(f"收支相抵，当年收支结余{doc.a(SA - SB)}，加上年初滚存结余"
             f"{doc.sa('ki_bal', 'balance.carryover', S0, desc='年初滚存结余')}，年末滚存结余{doc.a(SD)}。")
    neg = [r[0] for r in rows_v if r[2] < r[3]]
    if neg:
        doc.trap("balance.negative_year", f"{neg[0]}当年收不抵支，年末滚存结余低于年初")
    L.append("二、分险种执行情况")
    L.append(f"表1　{Y}年{SC}社会保险基金预算执行情况表")
    L.append("单位：万元")
    if with_open:
        hdr = ("险种", "年初滚存结余", "本年收入", "本年支出", "年末滚存结余")
        rows = [hdr] + [(nm, doc.n(op), doc.n(i), doc.n(o), doc.n(e)) for nm, op, i, o, e in rows_v]
        rows.append(("合计", doc.n(S0), doc.n(SA), doc.n(SB), doc.n(SD)))
    else:
        hdr = ("险种", "本年收入", "本年支出", "当年收支结余", "年末滚存结余")
        rows = [hdr] + [(nm, doc.n(i), doc.n(o), doc.n(i - o), doc.n(e)) for nm, op, i, o, e in rows_v]
        rows.append(("合计", doc.n(SA), doc.n(SB), doc.n(SA - SB), doc.n(SD)))
    L += render_table(rows, render)
    big = rows_v[0]
    L.append(f"其中，企业职工基本养老保险基金收入{doc.a(big[2])}，支出{doc.a(big[3])}，"
             f"{'当年收支结余' if big[2] >= big[3] else '当年收支缺口'}{doc.a(abs(big[2] - big[3]))}。")
    L.append("三、参保和待遇享受情况")
    np_ = doc.ri(150000 * k, 300000 * k)
    nd = q(np_ * D(doc.u01(0.25, 0.35)))
    nr = doc.ri(200000 * k, 600000 * k)
    L.append(f"年末{SC}城乡居民基本养老保险参保{np_}人，其中领取待遇{nd}人；全年城乡居民医保基金支付住院和门诊待遇{nr}人次。")
    doc.trap("count.person_vs_times", f"参保{np_}人、领取待遇{nd}人与待遇{nr}人次不可相加")
    un = doc.ri(300 * k, 1200 * k)
    ua = q(un * D(doc.u01(0.12, 0.2)), 2)
    L.append(f"全年发放失业保险金{doc.a(ua, 2)}，惠及{un}人次；工伤保险基金支付工伤待遇{doc.a(q(ua * D('0.6'), 2), 2)}。")
    L.append("四、存在问题")
    L.append("部分险种当期收支平衡压力加大，基金保值增值能力有待提升。下一步将加强基金收支预算管理，确保待遇按时足额发放。")
    return L


# ---------------------------------------------------------------- KJ
def kind_KJ(doc):
    """政府性基金预算和国有资本经营预算执行情况"""
    c = budget_core(doc)
    X, Y, SC = doc.X, doc.Y, doc.SC
    L = head_lines(doc, f"{X}{Y}年政府性基金预算和国有资本经营预算执行情况", None, f"{X}财政局")
    L.append("一、政府性基金预算执行情况")
    G, GP, GB = c["G"], c["GP"], c["GB"]
    gG = grow(G, GP, 1)
    dec = GP - G
    if doc.spec.get("yi"):
        doc.trap("unit.yi_head_wan_parts", f"政府性基金收入以亿元表述（{doc.y(G).strip()}），构成以万元列示")
    L.append(f"{Y}年，{SC}政府性基金预算收入{doc.y(G) if doc.spec.get('yi') else doc.a(G)}，为调整预算{doc.a(GB)}的{doc.p(pct(G, GB))}，"
             f"比上年{doc.a(GP)}下降{doc.pn(gG)}，减收"
             f"{doc.sa('kj_change', 'change', dec, desc='政府性基金预算收入比上年减收额')}。"
             + "其中：" + "，".join(f"{nm}{doc.a(v)}" for nm, v in c["gi"]) + "。")
    doc.trap("change.decline", f"收入下降，上年{GP}万元、本年{G}万元均给出")
    if pct(G, GB) > 100:
        doc.trap("rate.over100", f"完成调整预算{pct(G, GB)}%")
    L.append(f"政府性基金预算收入{doc.a(G)}，加上上级补助收入{doc.a(c['gs'])}、专项债务转贷收入{doc.a(c['gd'])}"
             f"（其中：新增专项债券{doc.a(c['n2'])}，再融资专项债券{doc.a(c['rs'])}）、上年结余{doc.a(c['gl'])}，"
             f"收入总计{doc.a(c['GT'])}。")
    doc.trap("list.nested", "收入总计加项中专项债务转贷收入自带（其中：……）")
    doc.trap("total.with_carryover", f"收入总计{c['GT']}万元含上年结余和转贷收入")
    GE = c["GE"]
    gep = q(GE / D(1 + doc.u01(-0.2, 0.1)))
    gge = grow(GE, gep, 1)
    L.append(f"{SC}政府性基金预算支出{doc.a(GE)}，比上年{doc.a(gep)}{doc.gw(gge)}{doc.pn(gge)}，"
             f"主要用于城乡社区建设、征地和拆迁补偿、农业农村和专项债券项目等。")
    doc.trap("list.nonexhaustive", "“主要用于……等”不列金额")
    L.append(f"{SC}政府性基金预算支出{doc.a(GE)}，加上调出资金{doc.a(c['GO'])}、专项债务还本支出{doc.a(c['GR'])}，"
             f"支出总计{doc.a(c['GET'])}。收支相抵，结转下年{doc.a(c['GK'])}。")
    L.append("二、国有资本经营预算执行情况")
    C = c["C"]
    CP = q(C / D(1 + doc.u01(-0.2, 0.25)))
    gC = grow(C, CP, 1)
    L.append(f"{Y}年，{SC}国有资本经营预算收入{doc.a(C)}，比上年{doc.a(CP)}{doc.gw(gC)}{doc.pn(gC)}，其中："
             + "，".join(f"{nm}{doc.a(v)}" for nm, v in c["cis"]) + "。")
    L.append(f"国有资本经营预算收入{doc.a(C)}，加上上年结余{doc.a(c['cl'])}，收入总计{doc.a(c['CT'])}。"
             f"国有资本经营预算支出{doc.a(c['CE'])}，加上调出资金{doc.a(c['CO'])}，支出总计{doc.a(c['CET'])}，"
             f"收支相抵，结转下年{doc.a(c['CK'])}。")
    L.append(f"按照国有资本收益调入一般公共预算的比例要求，调出资金占国有资本经营预算收入的{doc.p(pct(c['CO'], C))}，"
             f"高于30%的规定比例。")
    L.append("三、预算绩效管理情况")
    L.append(f"对土地出让收入安排的{doc.ri(8, 20)}个重点项目开展绩效运行监控，对专项债券项目开展全生命周期绩效管理，"
             f"绩效目标覆盖率100%。")
    L.append("四、存在的问题")
    L.append("受房地产市场调整影响，土地出让收入持续下滑，政府性基金预算收支平衡难度加大；"
             "国有企业盈利能力偏弱，国有资本经营预算收入规模较小。")
    return L


KINDS = {"KA": kind_KA, "KB": kind_KB, "KC": kind_KC, "KD": kind_KD, "KE": kind_KE, "KF": kind_KF,
         "KG": kind_KG, "KH": kind_KH, "KI": kind_KI, "KJ": kind_KJ, "KK": kind_KK}

# ------------------------------------------------------------ the 40 docs
SPECS = [
    dict(kind="KA", place="ganmei", year=2022, v=0, halfup=True),                                  # t01 clean
    dict(kind="KF", place="qianxi", year=2021, slip=("count.mismatch", "kf_count")),               # t02
    dict(kind="KC", place="qiyuan", year=2020, render="tsv", bare=[1]),                                      # t03 clean
    dict(kind="KA", place="zijiang", year=2023, v=1, taxlist="full",
         slip=("sum.breakdown", "ka_sum"), nt_slip=2, zl=True),                                             # t04
    dict(kind="KG", place="tingyang", year=2022, render="tsv", target="88.5",
         slip=("grade.band", "kg_grade")),                                                         # t05
    dict(kind="KE", place="sanggan", year=2021, table="tsv", yi=True),                                      # t06 clean
    dict(kind="KB", place="yunshui", year=2020, render="pipe", slip=("fact.conflict", "kb_fact")),  # t07
    dict(kind="KD", place="yiquan", year=2023, render="pipe", tt_row="社会保障和就业支出", bare=["社会保障和就业支出", "卫生健康支出"],
         slip=("table.text", "kd_table")),                                                         # t08
    dict(kind="KI", place="minxi", year=2022, render="pipe", open_col=True),                       # t09 clean
    dict(kind="KK", place="ouwan", year=2025, slip=("rate.ratio", "kk_rate")),                     # t10
    dict(kind="KH", place="fenyuan", year=2023, render="aligned"),                                 # t11 clean
    dict(kind="KI", place="nanpan", year=2020, render="tsv", open_col=False,
         slip=("balance.carryover", "ki_bal")),                                                    # t12
    dict(kind="KF", place="guixi", year=2022, nproj=7),                                            # t13 clean
    dict(kind="KA", place="taochuan", year=2019, v=0, slip=("change", "ka_change")),               # t14
    dict(kind="KD", place="huaipu", year=2021, render="aligned", bare=["卫生健康支出"]),                                  # t15 clean
    dict(kind="KG", place="wanhe", year=2024, render="pipe", score_leaf="政府采购执行率", lose=4,
         slip=("score.total", "kg_score")),                                                        # t16
    dict(kind="KB", place="xingkai", year=2023, render="tsv"),                                     # t17 clean
    dict(kind="KE", place="weichuan", year=2022, slip=("balance.carryover", "ke_bal")),            # t18
    dict(kind="KC", place="ganmei", year=2024, render="pipe", picks=[0, 1, 8, 11], tt_pick=2, bare=[2, 0],
         slip=("table.text", "kc_table")),                                                         # t19
    dict(kind="KA", place="yunshui", year=2024, v=1, taxlist="main", zl=True),                              # t20 clean
    dict(kind="KH", place="qiyuan", year=2022, grp_slip=1, slip=("score.total", "kh_score")),      # t21
    dict(kind="KJ", place="qianxi", year=2023),                                                    # t22 clean
    dict(kind="KA", place="fenyuan", year=2021, v=0, slip=("rate.ratio", "ka_rate")),              # t23
    dict(kind="KG", place="huaipu", year=2020, render="aligned", subtotals=True, lose=2),          # t24 clean
    dict(kind="KE", place="zijiang", year=2024, yi=True, slip=("sum.breakdown", "ke_sum")),                 # t25
    dict(kind="KK", place="wanhe", year=2025),                                                     # t26 clean
    dict(kind="KF", place="minxi", year=2023, nproj=5, sub_slip=True,
         slip=("count.mismatch", "kf_sub")),                                                       # t27
    dict(kind="KJ", place="tingyang", year=2019, slip=("change", "kj_change")),                    # t28
    dict(kind="KB", place="nanpan", year=2022, render="aligned", slip=("sum.breakdown", "kb_sum")),  # t29
    dict(kind="KI", place="sanggan", year=2024, render="aligned", open_col=True),                  # t30 clean
    dict(kind="KH", place="weichuan", year=2020, render="pipe", slip=("grade.band", "kh_grade")),  # t31
    dict(kind="KE", place="guixi", year=2023, table="pipe", yi=True),                                       # t32 clean
    dict(kind="KD", place="taochuan", year=2022, render="tsv", rate_row="交通运输支出", bare=["教育支出"],
         slip=("rate.ratio", "kd_rate")),                                                          # t33
    dict(kind="KG", place="yiquan", year=2021, render="tsv", subtotals=False, lose=3, zero=True),             # t34 clean
    dict(kind="KK", place="huaipu", year=2025, slip=("fact.conflict", "kk_fact")),                 # t35
    dict(kind="KA", place="xingkai", year=2020, v=1, taxlist="main", halfup=True),                 # t36 clean
    dict(kind="KH", place="ouwan", year=2021),                                                     # t37 clean
    dict(kind="KC", place="weichuan", year=2019, render="aligned", bare=[3]),                                # t38 clean
    dict(kind="KJ", place="yiquan", year=2024, yi=True),                                                    # t39 clean
    dict(kind="KF", place="nanpan", year=2024, nproj=6),                                           # t40 clean
]
for i, s in enumerate(SPECS):
    s["idx"] = i + 1
    s.setdefault("sp", (i * 7) % 3 != 0)
    s.setdefault("comma", (i * 5) % 4 == 1)


def build(spec, twin=False):
    doc = Doc(spec, twin=twin)
    lines = KINDS[spec["kind"]](doc)
    if spec.get("slip") and not twin:
        assert doc.applied, f"slip not applied in t{spec['idx']:02d}"
    assert 15 <= len(lines) <= 60, (spec["idx"], len(lines))
    return doc, lines


def main():
    args = sys.argv[1:]
    if args[:1] == ["--twins"]:
        out = args[1]
        os.makedirs(out, exist_ok=True)
        for spec in SPECS:
            if not spec.get("slip"):
                continue
            doc, lines = build(spec, twin=True)
            with open(os.path.join(out, f"t{spec['idx']:02d}.txt"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
        return
    rows = ["id\texpected\tdetail"]
    for spec in SPECS:
        doc, lines = build(spec)
        tid = f"t{spec['idx']:02d}"
        with open(os.path.join(HERE, tid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        if spec.get("slip"):
            rows.append(f"{tid}\t{spec['slip'][0]}\t{doc.detail}")
        else:
            seen = []
            for t in doc.traps:
                if t not in seen:
                    seen.append(t)
            rows.append(f"{tid}\tclean\ttraps: " + "; ".join(seen))
    with open(os.path.join(HERE, "expect.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
