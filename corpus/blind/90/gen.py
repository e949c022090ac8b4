#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind test set 90: 政府采购 / 国有资产 sections of county and city department reports.

Writes t01.txt .. t40.txt and expect.tsv into the output directory (default: the
directory holding this script).  With --twins DIR it writes, for every slip
document, the same document rebuilt without its slip (same random draws) into DIR.

Standard library only; fixed seed; all money, rates and scores are
decimal.Decimal values rounded half-up.  Floats are used only as probabilities.
"""
import argparse
import os
import random
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 900901
MARK = "\u0000"


# ---------------------------------------------------------------- numbers
def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def f2(x):
    return str(q(x, 2))


def pct(num, den, nd=2):
    return q(D(num) * 100 / D(den), nd)


def fp(x, nd=2):
    return str(q(x, nd))


def rmoney(rng, lo, hi):
    lo_c = int((D(str(lo)) * 100).to_integral_value(rounding=ROUND_HALF_UP))
    hi_c = int((D(str(hi)) * 100).to_integral_value(rounding=ROUND_HALF_UP))
    return D(rng.randint(lo_c, hi_c)) / 100


def rint(rng, lo, hi):
    return rng.randint(lo, hi)


def split_amount(rng, total, n, lo_share=15):
    """Split a Decimal total (2 decimals) into n positive parts that add exactly."""
    cents = int(total * 100)
    weights = [rng.randint(lo_share, lo_share + 100) for _ in range(n)]
    s = sum(weights)
    parts = [cents * w // s for w in weights[:-1]]
    parts.append(cents - sum(parts))
    return [D(p) / 100 for p in parts]


def transpose(s, rng):
    idx = [i for i in range(len(s) - 1)
           if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]
           and not (i == 0 and s[1] == "0")]
    if not idx:
        return None
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def drop_digit(s, rng):
    intpart = s.split(".")[0]
    if len(intpart) < 3:
        return None
    i = rng.randint(1, len(intpart) - 1)
    return s[:i] + s[i + 1:]


def slip_amount(s, rng):
    w = transpose(s, rng)
    if w is None:
        w = drop_digit(s, rng)
    if w is None:
        w = f2(D(s) + rmoney(rng, 1, 9))
    return w


# ---------------------------------------------------------------- places, bodies
PLACES = [
    ("湖南省", "湘源市", "青溪县"),
    ("江西省", "赣泉市", "桐川县"),
    ("四川省", "蜀岭市", "安澜县"),
    ("云南省", "滇澄市", "云岭县"),
    ("甘肃省", "陇泉市", "永禾县"),
    ("河北省", "冀宁市", "平川县"),
    ("广东省", "粤溪市", "潭江区"),
    ("安徽省", "皖川市", "淮宁县"),
    ("浙江省", "浙源市", "溪山县"),
    ("山东省", "鲁原市", "汶水县"),
    ("贵州省", "黔林市", "思源县"),
    ("广西壮族自治区", "桂川市", "象江县"),
    ("河南省", "豫平市", "淇阳县"),
    ("湖北省", "鄂江市", "荆溪县"),
]

PROFILES = [
    dict(key="scjg", name="市场监督管理局", level="county",
         duty="负责辖区市场主体登记、食品药品安全监管、产品质量和计量标准化监督管理",
         veh=[("一般公务用车", 1, 2), ("执法执勤用车", 4, 9), ("特种专业技术用车", 1, 2)],
         goods="食品快检设备、执法记录仪", service="食品安全抽检检测服务", works="市场监管所业务用房维修",
         project="食品安全快检设备采购项目", pitems="食品快检车载设备、农药残留快速检测仪、执法记录仪",
         task="食品安全监督抽检", tunit="批次", spec="食品快检车载检测设备、计量标准器具"),
    dict(key="zrzy", name="自然资源局", level="county",
         duty="负责自然资源调查监测、不动产统一登记、国土空间规划和自然资源执法监察",
         veh=[("一般公务用车", 1, 3), ("执法执勤用车", 2, 6), ("特种专业技术用车", 1, 2)],
         goods="测绘仪器、服务器及存储设备", service="不动产登记档案数字化服务", works="不动产登记中心场地改造",
         project="不动产登记信息平台升级项目", pitems="服务器、存储设备、数据库软件及数据迁移服务",
         task="卫片执法图斑核查", tunit="个", spec="全站仪、RTK测量系统和无人机航测设备"),
    dict(key="jtys", name="交通运输局", level="county",
         duty="负责综合交通运输规划、农村公路建设养护管理和交通运输行政执法",
         veh=[("一般公务用车", 1, 2), ("执法执勤用车", 3, 8)],
         goods="治超检测设备、路政巡查设备", service="农村公路技术状况检测服务", works="农村公路安全生命防护工程",
         project="农村公路养护机械购置项目", pitems="小型压路机、沥青灌缝机、道路巡查车载设备",
         task="农村公路日常巡查", tunit="公里", spec="路面检测车载设备和治超称重设备"),
    dict(key="jkzx", inst=True, name="疾病预防控制中心", level="county",
         duty="负责辖区传染病和慢性病防控、免疫规划、卫生检测检验和健康教育",
         veh=[("一般公务用车", 1, 2), ("特种专业技术用车", 2, 5)],
         goods="实验室检测设备、冷链设备", service="实验室质量体系认证服务", works="实验室通风系统改造",
         project="实验室检测能力提升设备采购项目", pitems="全自动核酸提取仪、气相色谱仪、生物安全柜",
         task="传染病监测采样", tunit="份", spec="气相色谱仪、荧光定量PCR仪和生物安全柜"),
    dict(key="gaj", name="公安局", level="county",
         duty="负责辖区社会治安管理、刑事侦查、道路交通安全管理和出入境管理",
         veh=[("一般公务用车", 1, 3), ("执法执勤用车", 18, 45), ("特种专业技术用车", 1, 4)],
         goods="单警装备、执法记录仪", service="视频监控系统运维服务", works="派出所业务用房维修",
         project="执法执勤装备购置项目", pitems="执法记录仪、单警装备、警用无人机",
         task="治安巡逻", tunit="班次", spec="警用无人机、现场勘查设备和视频图像分析设备"),
    dict(key="sthj", svc=True, name="生态环境局", level="branch",
         duty="负责辖区生态环境监督管理、污染防治、环境监测和生态环境执法",
         veh=[("执法执勤用车", 2, 5), ("特种专业技术用车", 1, 2)],
         goods="环境监测仪器、便携式执法取证设备", service="环境空气自动监测站运维服务", works="监测站房改造",
         project="环境空气质量自动监测站运维服务采购项目", pitems="监测站运维、质控比对及数据审核服务",
         task="环境执法检查", tunit="家次", spec="环境空气自动监测仪器和水质在线分析仪"),
    dict(key="slj", name="水利局", level="county",
         duty="负责水资源管理、水利工程建设管理、河湖管护和水旱灾害防御",
         veh=[("一般公务用车", 1, 2), ("应急保障用车", 1, 3)],
         goods="雨量监测设备、防汛物资", service="水利工程运行管护服务", works="小型水库除险加固",
         project="山洪灾害监测预警设备更新项目", pitems="自动雨量站、预警广播、视频监测设备",
         task="河湖巡查", tunit="次", spec="自动雨量站、水位监测站和山洪预警平台设备"),
    dict(key="nync", name="农业农村局", level="county",
         duty="负责农业农村发展规划、农产品质量安全监管、动物疫病防控和农业综合执法",
         veh=[("一般公务用车", 1, 2), ("执法执勤用车", 2, 5)],
         goods="动物防疫物资、农残检测设备", service="耕地质量监测服务", works="高标准农田配套设施",
         project="动物疫病防控物资采购项目", pitems="疫苗冷链设备、消毒药品、防护用品",
         task="农产品质量安全抽检", tunit="批次", spec="疫苗冷链运输设备和农残检测仪"),
    dict(key="cgzf", name="城市管理综合行政执法局", level="city",
         duty="负责市容环境卫生管理、市政设施管理和城市管理综合行政执法",
         veh=[("一般公务用车", 1, 2), ("执法执勤用车", 6, 14), ("特种专业技术用车", 1, 2)],
         goods="环卫作业设备、执法记录仪", service="城区道路清扫保洁服务", works="环卫公厕改造",
         project="环卫作业设备购置项目", pitems="洗扫车、垃圾压缩设备、分类果皮箱",
         task="占道经营整治", tunit="次", spec="洗扫车、垃圾压缩转运设备"),
    dict(key="yjgl", name="应急管理局", level="county",
         duty="负责安全生产综合监督管理、防灾减灾救灾和应急救援体系建设",
         veh=[("一般公务用车", 1, 2), ("执法执勤用车", 2, 4), ("应急保障用车", 1, 3)],
         goods="应急救灾物资、卫星通信设备", service="安全生产技术服务", works="应急物资储备库改造",
         project="应急救灾物资储备采购项目", pitems="帐篷、折叠床、应急照明设备",
         task="安全生产执法检查", tunit="家次", spec="卫星通信指挥设备和应急照明设备"),
    dict(key="jgsw", inst=True, svc=True, name="机关事务服务中心", level="city",
         duty="负责市级机关办公用房管理、公务用车平台运行、公共机构节能和机关后勤保障",
         veh=[("一般公务用车", 6, 15), ("其他用车", 1, 3)],
         goods="办公家具、节能改造设备", service="行政中心物业管理服务", works="行政中心屋面防水改造",
         project="行政中心物业管理服务采购项目", pitems="物业管理、保安保洁及设施设备维保服务",
         task="公务用车保障", tunit="车次", spec="中央空调主机和配电设备"),
    dict(key="jyj", name="教育局", level="county",
         duty="负责全县教育事业发展规划、中小学教育教学管理和教育经费统筹管理",
         veh=[("一般公务用车", 1, 3)],
         goods="教学设备、课桌椅", service="校园安保服务", works="农村学校运动场改造",
         project="中小学智慧教室设备采购项目", pitems="交互式智能平板、录播设备、学生平板",
         task="教师培训", tunit="人次", spec="录播系统和数字化实验室设备"),
    dict(key="tsg", inst=True, name="图书馆", level="city",
         duty="负责文献信息资源收藏、公共阅读服务、数字图书馆建设和全民阅读推广",
         veh=[("特种专业技术用车", 1, 2)],
         goods="图书、自助借还设备", service="数字资源采购服务", works="少儿阅览室改造",
         project="智慧图书馆系统建设项目", pitems="自助借还设备、RFID标签、图书馆管理系统",
         task="阅读推广活动", tunit="场次", spec="自助借还设备和古籍修复设备"),
    dict(key="lyj", name="林业局", level="county",
         duty="负责林业资源保护管理、森林防火、国土绿化和林业行政执法",
         veh=[("一般公务用车", 1, 2), ("执法执勤用车", 1, 3), ("应急保障用车", 1, 2)],
         goods="森林防火物资、巡护设备", service="林业有害生物防治服务", works="防火检查站建设",
         project="森林防火物资采购项目", pitems="风力灭火机、防火服、巡护无人机",
         task="森林防火巡护", tunit="次", spec="防火视频监控设备和巡护无人机"),
    dict(key="mzj", name="民政局", level="county",
         duty="负责社会救助、养老服务、社会事务和基层政权建设",
         veh=[("一般公务用车", 1, 2)],
         goods="养老服务设备、办公设备", service="困难群众救助经办服务", works="敬老院适老化改造",
         project="养老服务设施设备购置项目", pitems="适老化护理床、康复器材、智能监护设备",
         task="特困人员探访", tunit="人次", spec="康复训练设备和智能监护设备"),
    dict(key="rmyy", inst=True, name="人民医院", level="unit",
         duty="承担辖区急危重症救治、常见病多发病诊疗和基层医疗卫生机构业务指导",
         veh=[("一般公务用车", 1, 1), ("特种专业技术用车", 4, 9)],
         goods="医疗设备、医用耗材", service="医疗废物处置服务", works="住院楼手术室净化改造",
         project="医疗设备购置项目", pitems="64排CT、彩色多普勒超声诊断仪、麻醉机",
         task="远程会诊", tunit="例", spec="CT、DR和彩色多普勒超声诊断仪"),
    dict(key="ggzy", inst=True, svc=True, name="公共资源交易中心", level="city",
         duty="负责公共资源交易平台运行维护、交易活动场所管理和交易信息公开",
         veh=[("一般公务用车", 1, 1)],
         goods="服务器、评标区监控设备", service="电子交易平台运维服务", works="开评标场所改造",
         project="电子交易平台运维服务采购项目", pitems="平台运维、等级保护测评及CA数字证书服务",
         task="交易项目见证", tunit="个", spec="服务器集群和评标区音视频监控设备"),
    dict(key="wsjk", name="卫生健康局", level="county",
         duty="负责全县卫生健康事业发展、公共卫生管理、医疗服务监管和卫生监督执法",
         veh=[("一般公务用车", 1, 2), ("执法执勤用车", 1, 3)],
         goods="基层医疗设备、卫生监督执法装备", service="家庭医生签约信息系统运维服务", works="乡镇卫生院业务用房改造",
         project="基层医疗卫生机构设备采购项目", pitems="数字化X射线摄影系统、全自动生化分析仪、心电图机",
         task="卫生监督检查", tunit="户次", spec="DR和全自动生化分析仪"),
]

VEH_ORDER = ["主要领导干部用车", "机要通信用车", "应急保障用车", "一般公务用车", "执法执勤用车",
             "特种专业技术用车", "离退休干部服务用车", "其他用车"]


def unit_name(place, prof):
    prov, city, county = place
    if prof["level"] == "county":
        return county + prof["name"]
    if prof["level"] == "city":
        return city + prof["name"]
    if prof["level"] == "branch":
        return city + "生态环境局" + county + "分局"
    return county + prof["name"]


def draw_vehicles(rng, prof, full):
    """Return ordered list of (type, count)."""
    have = {t: rint(rng, lo, hi) for t, lo, hi in prof["veh"]}
    if full:
        return [(t, have.get(t, 0)) for t in VEH_ORDER]
    return [(t, have[t]) for t, lo, hi in prof["veh"]]


def veh_text(vs):
    return "、".join(f"{t}{n}辆" for t, n in vs)


GRADES4 = ["优秀", "良好", "合格", "不合格"]


def grade_default(s):
    if s >= 90:
        return "优秀"
    if s >= 80:
        return "良好"
    if s >= 60:
        return "合格"
    return "不合格"


# ---------------------------------------------------------------- tables
def render_table(rows, style):
    if style == "tab":
        return ["\t".join(r) for r in rows]
    if style == "pipe":
        out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(["---"] * len(rows[0])) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return out
    if style == "box":
        return [" │ ".join(r) for r in rows]
    if style == "space":
        return ["   ".join(r) for r in rows]
    raise ValueError(style)


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, did, fam, rng):
        self.id = did
        self.fam = fam
        self.rng = rng
        self.lines = []
        self.slip = None
        self.traps = []

    def L(self, s):
        self.lines.append(s)

    def T(self, rows, style):
        self.lines.extend(render_table(rows, style))

    def site(self, fam, correct, wrong_fn, what):
        """A place where family `fam` may be planted.  The wrong value is drawn
        only when the document's family is `fam` -- identical in slip and twin mode."""
        if self.fam != fam:
            return correct
        assert self.slip is None, (self.id, fam)
        wrong = wrong_fn()
        assert wrong != correct, (self.id, fam, correct)
        self.slip = (correct, wrong, what)
        return MARK

    def trap(self, name):
        if name not in self.traps:
            self.traps.append(name)

    def render(self, twin):
        out = []
        for l in self.lines:
            if MARK in l:
                c, w, _ = self.slip
                l = l.replace(MARK, c if twin else w)
            out.append(l)
        return out


def date_line(rng, y):
    return f"{y}年{rint(rng, 2, 8)}月{rint(rng, 1, 28)}日"


# ---------------------------------------------------------------- shared pieces
def procurement(rng, d, total_lo, total_hi, zero_works):
    G = rmoney(rng, D(total_lo) * D("0.3"), D(total_hi) * D("0.6"))
    S = rmoney(rng, D(total_lo) * D("0.2"), D(total_hi) * D("0.4"))
    E = D("0.00") if zero_works else rmoney(rng, D(total_lo) * D("0.1"), D(total_hi) * D("0.3"))
    T = G + E + S
    # SME amount: below T; kept below G as well, so a share over 货物 would look plausible
    M = q(T * D(rng.randint(5500, 9200)) / 10000)
    if M >= G and rng.random() < 0.7:
        M = q(G * D(rng.randint(7000, 9600)) / 10000)
    m = q(M * D(rng.randint(3000, 8500)) / 10000)
    return dict(G=G, E=E, S=S, T=T, M=M, m=m)


def opex_pair(rng, lo, hi):
    Y = rmoney(rng, lo, hi)
    r = D(rng.randint(300, 2200)) / 10000
    if rng.random() < 0.5:
        X = q(Y * (1 + r))
    else:
        X = q(Y * (1 - r))
    if X == Y:
        X = Y + D("1.11")
    return X, Y


def change_words(x, y):
    return ("增加", "增长") if x > y else ("减少", "下降")


def score_rows(rng, caps, max_ded=3):
    """Scores for caps; a few deductions in half points."""
    out = []
    for c in caps:
        if rng.random() < 0.35:
            ded = D(rng.randint(1, max_ded * 2)) / 2
            ded = min(ded, c - 1)
            out.append(c - ded)
        else:
            out.append(D(c))
    return out


def fs(x):
    """Format a score: integer if whole, else one decimal."""
    x = D(x)
    if x == x.to_integral_value():
        return str(int(x))
    return str(q(x, 1))


# ================================================================= B1
# 部门决算说明（节选）/ 部门预算说明（节选）— prose only
def build_b1(d, rng, m):
    fy, U, prof = m["year"], m["unit"], m["prof"]
    budget = m.get("budget", False)
    ry = fy - 1 if budget else fy
    L = d.L
    ow = "机构运行经费" if prof.get("inst") else "机关运行经费"

    if budget:
        L(f"{U}{fy}年部门预算说明（节选）")
        L("第三部分 其他重要事项的情况说明")
        L(f"八、{ow}安排情况")
    else:
        L(f"{U}{fy}年度部门决算说明（节选）")
        L("第四部分 其他重要事项及相关口径情况说明")
        L(f"一、{ow}支出情况")

    X, Y = opex_pair(rng, 28, 190)
    inc, grow = change_words(X, Y)
    Dd = abs(X - Y)
    P = pct(Dd, Y)
    Ds = d.site("change", f2(Dd), lambda: slip_amount(f2(Dd), rng), f"{ow}比上年增减额")
    rate = "" if d.fam == "change" else f"，{grow}{P}%"
    reason = ("新增业务用房投入使用，水电费和物业管理费相应增加" if X > Y
              else "严格落实过紧日子要求，压减会议费、差旅费等一般性支出")
    if budget:
        L(f"{fy}年本部门{ow}财政拨款预算{f2(X)}万元，比{fy - 1}年预算{f2(Y)}万元{inc}{Ds}万元{rate}。主要原因是{reason}。")
    else:
        L(f"{fy}年度本部门{ow}支出{f2(X)}万元，比{fy - 1}年度的{f2(Y)}万元{inc}{Ds}万元{rate}。主要原因是{reason}。")
    a, b, c = split_amount(rng, q(X * D(rng.randint(55, 85)) / 100), 3)
    word = "预算" if budget else "支出"
    L(f"{ow}{word}{f2(X)}万元中，主要包括办公费{f2(a)}万元、水电费{f2(b)}万元、差旅费{f2(c)}万元等。")
    d.trap("non_exhaustive")

    zero_works = rng.random() < 0.5
    p = procurement(rng, d, 40, 900, zero_works)
    if budget:
        L("九、政府采购预算情况")
        L(f"{fy}年本部门政府采购预算总额{f2(p['T'])}万元，其中：货物类采购预算{f2(p['G'])}万元、工程类采购预算{f2(p['E'])}万元、服务类采购预算{f2(p['S'])}万元。")
        L(f"{fy}年本部门面向中小企业预留采购份额{f2(p['M'])}万元，占政府采购预算总额的{pct(p['M'], p['T'])}%，其中：预留给小微企业{f2(p['m'])}万元，占政府采购预算总额的{pct(p['m'], p['T'])}%。")
    else:
        L("二、政府采购支出情况")
        L(f"{fy}年度本部门政府采购支出总额{f2(p['T'])}万元，其中：政府采购货物支出{f2(p['G'])}万元、政府采购工程支出{f2(p['E'])}万元、政府采购服务支出{f2(p['S'])}万元。")
        L(f"授予中小企业合同金额{f2(p['M'])}万元，占政府采购支出总额的{pct(p['M'], p['T'])}%，其中：授予小微企业合同金额{f2(p['m'])}万元，占政府采购支出总额的{pct(p['m'], p['T'])}%。")
    d.trap("share_over_total")
    d.trap("micro_share_over_total")
    if not budget:
        T0 = q(p["T"] * D(rng.randint(70, 135)) / 100)
        if T0 == p["T"]:
            T0 += D("3.70")
        i3, g3 = change_words(p["T"], T0)
        L(f"全年政府采购支出总额{f2(p['T'])}万元，比上年的{f2(T0)}万元{i3}{f2(abs(p['T'] - T0))}万元，{g3}{pct(abs(p['T'] - T0), T0)}%，主要是{'集中更新执法及办公设备' if p['T'] > T0 else '上年集中采购的设备进入使用期，本年采购需求减少'}。")
    if zero_works:
        L("本年度未发生工程类政府采购；" + ("预算" if budget else "支出") + f"主要用于采购{prof['goods']}及{prof['service']}等。")
        d.trap("zero_category")
    else:
        L(f"政府采购主要用于{prof['goods']}、{prof['works']}及{prof['service']}等。")

    L("十、国有资产占用情况" if budget else "三、国有资产占用情况")
    vs = draw_vehicles(rng, prof, full=rng.random() < 0.5)
    N = sum(n for _, n in vs)
    Ns = d.site("count.mismatch", str(N), lambda: str(N + 1), "车辆总数")
    k, j = rint(rng, 0, 3), rint(rng, 0, 2)
    L(f"截至{ry}年12月31日，本部门共有车辆{Ns}辆，其中：{veh_text(vs)}；单位价值50万元以上通用设备{k}台（套），单位价值100万元以上专用设备{j}台（套）。")
    d.trap("count_units_mixed")
    A0 = rmoney(rng, 300, 6000)
    dA = q(A0 * D(rng.randint(200, 1800)) / 10000)
    A = A0 + dA if rng.random() < 0.7 else A0 - dA
    inc2, grow2 = change_words(A, A0)
    L(f"{ry}年末资产总额{f2(A)}万元，比上年末的{f2(A0)}万元{inc2}{f2(abs(A - A0))}万元，{grow2}{pct(abs(A - A0), A0)}%，主要是{'新购置执法及办公设备' if A > A0 else '按规定报废处置一批已达使用年限的设备'}。")
    if budget:
        L(f"{fy}年部门预算安排购置车辆0辆，安排购置单位价值50万元以上通用设备0台（套）、单位价值100万元以上专用设备0台（套）。")
        d.trap("zero_category")

    L("十一、预算绩效管理情况" if budget else "四、预算绩效管理情况")
    n1, n2, n3 = rint(rng, 2, 9), rint(rng, 1, 5), rint(rng, 0, 2)
    n = n1 + n2 + n3
    F = rmoney(rng, 120, 2500)
    S = q(D(rng.randint(860, 985)) / 10, 1)
    G = grade_default(S)
    if d.fam == "grade.band":
        idx = GRADES4.index(G)
        wrongG = GRADES4[idx + 1] if idx == 0 else GRADES4[idx - 1]
    Gs = d.site("grade.band", G, lambda: wrongG, "部门整体支出绩效自评等级")
    if budget:
        L(f"{fy}年本部门实行绩效目标管理的项目{n}个，涉及预算资金{f2(F)}万元，其中：重点项目{n1}个、一般项目{n2 + n3}个。")
        L(f"{fy - 1}年度本部门整体支出绩效自评得分{fs(S)}分，自评等级为“{Gs}”，自评结果已随{fy - 1}年度部门决算公开。")
    else:
        L(f"本部门组织对{fy}年度{n}个项目开展绩效自评，涉及资金{f2(F)}万元，其中：自评等级为优秀的{n1}个、良好的{n2}个、合格的{n3}个。")
        L(f"部门整体支出绩效自评得分{fs(S)}分，自评等级为“{Gs}”，自评结果已报同级财政部门备案。")

    L("十二、其他需要说明的情况" if budget else "五、其他需要说明的情况")
    if m.get("yuan"):
        Ay = A * 10000 + D(rng.randint(-5000, 4999)) / 100
        assert q(Ay / 10000) == A
        L(f"本部门已完成{ry}年度行政事业单位国有资产年报编报工作，年报反映资产总额{f2(Ay)}元，与财务账面一致。")
        d.trap("yuan_with_cents")
    else:
        As = d.site("unit.magnitude", f"{f2(A)}万元", lambda: f"{f2(A)}元", "国有资产年报资产总额（单位）")
        L(f"本部门已完成{ry}年度行政事业单位国有资产年报编报工作，年报反映资产总额{As}，与财务账面一致。")
    L("本部门无政府性基金预算财政拨款" + ("安排" if budget else "支出") + "，无国有资本经营预算财政拨款" + ("安排。" if budget else "支出。"))
    if prof.get("inst"):
        L("名词解释：机构运行经费，指为保障事业单位运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。")
    else:
        L("名词解释：机关运行经费，指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。")
    L(U)
    L(date_line(rng, fy if budget else fy + 1))


# ================================================================= B2
# 部门整体支出绩效自评报告 — prose with one small table
def build_b2(d, rng, m):
    fy, U, prof, style = m["year"], m["unit"], m["prof"], m["style"]
    L = d.L
    L(U)
    L(f"{fy}年度部门整体支出绩效自评报告")
    L("一、部门基本情况")
    L("（一）部门职能及机构人员")
    k, u = rint(rng, 4, 9), rint(rng, 1, 4)
    E = rint(rng, 25, 90)
    P = E - rint(rng, 1, 6)
    R = rint(rng, 5, 40)
    L(f"本部门主要职责是{prof['duty']}。内设{k}个股（科）室，下属事业单位{u}个。核定编制{E}名，{fy}年末实有在职人员{P}人，退休人员{R}人。")

    # ---- money
    Y0 = rmoney(rng, 600, 3500)
    Ya = q(Y0 * D(rng.randint(600, 2500)) / 10000)
    Y = Y0 + Ya
    X = Y0 + q(Ya * D(rng.randint(25, 90)) / 100)
    Z = Y - X
    A = rmoney(rng, 10, 160)
    Bo = rmoney(rng, 5, 120)
    Bf = Y
    B = Bf + Bo
    Co = q((A + Bo) * D(rng.randint(30, 90)) / 100)
    C = X + Co
    Dz = A + B - C
    IT = A + B
    Xb = q(X * D(rng.randint(55, 80)) / 100)
    Xp = X - Xb
    Cob = q(Co * D(rng.randint(20, 80)) / 100)
    C1 = Xb + Cob
    C2 = C - C1

    L("（二）部门整体收支情况")
    L(f"{fy}年度收入总计{f2(IT)}万元，其中：年初结转和结余{f2(A)}万元、本年收入合计{f2(B)}万元（其中财政拨款收入{f2(Bf)}万元、其他收入{f2(Bo)}万元）。")
    d.trap("total_includes_carryover")
    Dzs = d.site("balance.carryover", f2(Dz), lambda: slip_amount(f2(Dz), rng), "年末结转和结余")
    L(f"本年支出合计{f2(C)}万元，其中：基本支出{f2(C1)}万元、项目支出{f2(C2)}万元。年末结转和结余{Dzs}万元。")

    L("二、部门整体支出绩效目标")
    plan = rint(rng, 60, 400)
    done = plan + rint(rng, 3, 60)
    L(f"围绕部门职责，年初设定整体绩效目标：全年计划开展{prof['task']}{plan}{prof['tunit']}，重点项目按期完成率100%，政府采购执行率100%，服务对象满意度不低于90%。")

    L("三、绩效自评结果")
    caps = [15, 25, 35, 25]
    sc = score_rows(rng, caps, 3)
    if sc[3] == caps[3]:
        sc[3] = caps[3] - rng.choice([D("1"), D("1.5"), D("2"), D("2.5"), D("3")])
    S = sum(sc)
    G = grade_default(S)
    a_s = d.site("score.total", fs(sc[0]),
                 lambda: fs(sc[0] - 1) if sc[0] > 1 else fs(sc[0] + D("0.5")), "预算编制指标得分")
    L(f"按照部门整体支出绩效评价指标体系，本部门{fy}年度整体支出绩效自评得分{fs(S)}分，其中：预算编制{a_s}分（满分{caps[0]}分）、预算执行{fs(sc[1])}分（满分{caps[1]}分）、履职产出{fs(sc[2])}分（满分{caps[2]}分）、履职效益{fs(sc[3])}分（满分{caps[3]}分），自评等级为“{G}”。")
    L(f"履职效益指标满分{caps[3]}分，得分{fs(sc[3])}分，得分率{pct(sc[3], caps[3])}%，扣分原因是部分效益指标未设置量化目标值。")
    d.trap("score_rate")
    L(f"全年计划开展{prof['task']}{plan}{prof['tunit']}，实际完成{done}{prof['tunit']}，完成率{pct(done, plan)}%。")
    d.trap("rate_over_100")
    t = rint(rng, 3, 10)
    qn = P * rint(rng, 2, 4) + rint(rng, 1, 20)
    L(f"全年组织业务培训{t}期，累计培训干部职工{qn}人次，在职人员{P}人均参加培训。")
    d.trap("person_vs_persontime")

    L("四、预算执行情况")
    r = pct(X, Y)
    rs = d.site("rate.ratio", str(r), lambda: transpose(str(r), rng) or str(r + 1), "预算执行率")
    L(f"{fy}年度财政拨款年初预算{f2(Y0)}万元，年中追加{f2(Ya)}万元，全年预算{f2(Y)}万元；全年财政拨款支出{f2(X)}万元，为年初预算的{pct(X, Y0)}%，预算执行率{rs}%（按全年预算口径计算），年末财政拨款结转{f2(Z)}万元。")
    d.trap("rate_over_full_year_budget")
    L(f"全年财政拨款支出{f2(X)}万元中，基本支出{f2(Xb)}万元、项目支出{f2(Xp)}万元。")
    d.trap("scope_differs")

    zero_works = rng.random() < 0.5
    variant = rng.choice(["qizhong", "fenbie", "shares"])
    if variant == "shares":
        zero_works = False
    for _ in range(500):
        p = procurement(rng, d, 60, 700, zero_works)
        shares = [pct(p[k], p["T"]) for k in ("G", "E", "S")]
        if variant != "shares" or sum(shares) != 100:
            break
    Ts = d.site("fact.conflict", f2(p["T"]), lambda: slip_amount(f2(p["T"]), rng), "政府采购支出总额（复述）")
    L(f"全年政府采购支出总额{Ts}万元均按规定编报政府采购预算和实施计划，未发生无预算、超预算采购。")

    L("五、政府采购情况")
    if variant == "qizhong":
        L(f"{fy}年度本部门政府采购支出总额{f2(p['T'])}万元，其中：政府采购货物支出{f2(p['G'])}万元、政府采购工程支出{f2(p['E'])}万元、政府采购服务支出{f2(p['S'])}万元。")
    elif variant == "shares":
        L(f"{fy}年度本部门政府采购支出总额{f2(p['T'])}万元，其中：政府采购货物支出{f2(p['G'])}万元（占比{shares[0]}%）、政府采购工程支出{f2(p['E'])}万元（占比{shares[1]}%）、政府采购服务支出{f2(p['S'])}万元（占比{shares[2]}%）。")
        assert sum(shares) != 100
        d.trap("rounding_shares")
    else:
        L(f"{fy}年度本部门政府采购支出总额{f2(p['T'])}万元，货物、工程、服务类政府采购支出分别为{f2(p['G'])}万元、{f2(p['E'])}万元和{f2(p['S'])}万元。")
    if zero_works:
        d.trap("zero_category")
    L(f"授予中小企业合同金额{f2(p['M'])}万元，占政府采购支出总额的{pct(p['M'], p['T'])}%，其中：授予小微企业合同金额{f2(p['m'])}万元，占政府采购支出总额的{pct(p['m'], p['T'])}%。")
    if variant != "fenbie":
        d.trap("share_over_total")
    d.trap("micro_share_over_total")
    n1, n2, n3 = rint(rng, 1, 4), rint(rng, 1, 6), rint(rng, 0, 5)
    n4 = 0 if rng.random() < 0.6 else 1
    n = n1 + n2 + n3 + n4
    L(f"全年共组织实施政府采购项目{n}个，其中：公开招标{n1}个、竞争性磋商{n2}个、询价{n3}个、单一来源{n4}个。")
    if n4 == 0 or n3 == 0:
        d.trap("zero_category")
    PB = q(p["T"] * D(rng.randint(85, 115)) / 100)
    PS = q(PB * D(rng.randint(200, 1100)) / 10000)
    PC = PB - PS
    L(f"上述项目采购预算{f2(PB)}万元，合同总金额{f2(PC)}万元，节约资金{f2(PS)}万元，节约率{pct(PS, PB)}%。")
    d.trap("saving_rate_over_budget")

    L("六、资产管理情况")
    cur0, cur1 = rmoney(rng, 50, 600), rmoney(rng, 50, 600)
    F0 = rmoney(rng, 300, 4000)
    F1 = q(F0 * D(rng.randint(88, 112)) / 100)
    W0, W1 = (D("0.00"), rmoney(rng, 40, 400)) if rng.random() < 0.6 else (D("0.00"), D("0.00"))
    I0 = rmoney(rng, 5, 80)
    I1 = q(I0 * D(rng.randint(85, 99)) / 100)
    A0s, A1s = cur0 + F0 + W0 + I0, cur1 + F1 + W1 + I1
    L(f"表1 {fy}年度资产情况表（单位：万元）")
    rows = [["项目", "年初数", "年末数"],
            ["流动资产", f2(cur0), f2(cur1)],
            ["固定资产净值", f2(F0), f2(F1)]]
    if W1 > 0:
        rows.append(["在建工程", f2(W0), f2(W1)])
    rows += [["无形资产净值", f2(I0), f2(I1)], ["资产总计", f2(A0s), f2(A1s)]]
    d.T(rows, style)
    inc, grow = change_words(A1s, A0s)
    extra = f"（含在建工程{f2(W1)}万元）" if W1 > 0 else ""
    if W1 > 0:
        d.trap("cip_in_total")
    L(f"年末资产总计{f2(A1s)}万元{extra}，较年初的{f2(A0s)}万元{inc}{f2(abs(A1s - A0s))}万元，{grow}{pct(abs(A1s - A0s), A0s)}%。")
    Dp = rmoney(rng, 80, 900)
    L(f"年末固定资产原值{f2(F1 + Dp)}万元，累计折旧{f2(Dp)}万元，固定资产净值{f2(F1)}万元。")
    vs = draw_vehicles(rng, prof, full=False)
    N = sum(n for _, n in vs)
    kk = rint(rng, 0, 4)
    L(f"年末共有车辆{N}辆，其中：{veh_text(vs)}；单位价值50万元以上通用设备{kk}台（套）。")
    d.trap("count_units_mixed")

    L("七、存在的问题及改进措施")
    L(rng.choice([
        "一是部分项目绩效目标设置不够细化，量化指标偏少；二是个别项目支出进度前慢后快。下一步将加强绩效目标审核，按月调度预算执行进度，提高资金使用效益。",
        "一是年中追加预算较多，年初预算编制的完整性有待提高；二是资产管理与预算管理衔接不够紧密。下一步将提高预算编制精准度，结合资产存量审核新增资产配置预算。",
        "一是政府采购意向公开和需求论证工作有待加强；二是部分效益指标以定性描述为主，难以量化考核。下一步将规范采购需求管理，完善部门整体绩效指标体系。",
    ]))
    L(U)
    L(date_line(rng, fy + 1))


# ================================================================= B3
# 政府采购项目绩效自评报告 — tables
def build_b3(d, rng, m):
    fy, U, prof, style = m["year"], m["unit"], m["prof"], m["style"]
    L = d.L
    half_up = m.get("half_up", False)
    L(U)
    L(f"{fy}年度{prof['project']}绩效自评报告")
    L("一、项目基本情况")
    src = rng.choice(["本级财政预算安排", "上级专项转移支付资金", "本级财政预算安排及上级补助资金"])
    L(f"（一）项目概况。为提升履职保障能力，{fy}年{U}实施{prof['project']}，主要采购{prof['pitems']}等，资金来源为{src}。")

    # procurement rows
    methods = ["公开招标", "竞争性磋商", "询价", "单一来源"]
    counts = [rint(rng, 1, 3), rint(rng, 1, 4), rint(rng, 0, 3) if not m.get("need_xunjia") else rint(rng, 1, 3),
              0 if rng.random() < 0.65 else 1]
    rows = []
    for meth, c in zip(methods, counts):
        if c == 0:
            rows.append((meth, 0, D("0.00"), D("0.00"), D("0.00")))
            continue
        if meth == "公开招标":
            b = rmoney(rng, 150, 900)
        elif meth == "单一来源":
            b = rmoney(rng, 20, 120)
        else:
            b = rmoney(rng, 15, 200)
        sv = q(b * D(rng.randint(50, 1200)) / 10000) if meth != "单一来源" else q(b * D(rng.randint(0, 200)) / 10000)
        rows.append((meth, c, b, b - sv, sv))
    PB = sum(r[2] for r in rows)
    PC = sum(r[3] for r in rows)
    PS = sum(r[4] for r in rows)
    nproc = sum(r[1] for r in rows)

    # budget & spending
    if half_up:
        # 全年预算 a multiple of 200, execution rate exactly x.xx5 with even hundredths digit
        k = int(PC / 170) + 1 + rint(rng, 0, 2)
        while True:
            base = D(rng.randint(8600, 9960)) / 100
            if int(base * 100) % 2 == 0:
                break
        while True:
            Y = D(200 * k)
            X = q(Y * (base + D("0.005")) / 100)
            if X >= PC:
                break
            k += 1
        assert (X * 100 / Y) % D("0.01") == D("0.005")
        d.trap("half_up")
    else:
        Y = q(PC + PC * D(rng.randint(3, 25)) / 100)
        X = PC + q((Y - PC) * D(rng.randint(20, 95)) / 100)
    Ya = q(Y * D(rng.randint(0, 18)) / 100) if rng.random() < 0.6 else D("0.00")
    Y0 = Y - Ya
    Z = Y - X
    adj = f"年中追加{f2(Ya)}万元" if Ya > 0 else "年中未作调整"
    L(f"（二）资金安排。项目年初预算{f2(Y0)}万元，{adj}，全年预算{f2(Y)}万元。")
    L("二、项目绩效目标")
    qty = rint(rng, 12, 260)
    if prof.get("svc"):
        L(f"计划完成{prof['pitems']}等{qty}项服务内容采购，服务验收合格率100%，合同履约及时率不低于95%，使用人员满意度不低于90%。")
    else:
        L(f"计划完成{prof['pitems']}等{qty}台（套）设备及配套服务采购，验收合格率100%，合同履约及时率不低于95%，使用人员满意度不低于90%。")

    L("三、项目资金使用情况")
    r = pct(X, Y)
    zd = rng.choice(["已按规定收回同级财政统筹使用", "主要为项目质保金，按合同约定于质保期满后支付"])
    zw = "结余" if zd.startswith("已") else "结转"
    L(f"截至{fy}年12月31日，项目全年预算{f2(Y)}万元，实际支出{f2(X)}万元，预算执行率{r}%，{zw}{f2(Z)}万元{zd}。")

    L("四、政府采购执行情况")
    lvname = m["place"][1] if prof["level"] == "city" else m["place"][2]
    agency = rng.choice(["社会代理机构", "市政府采购中心"] + ([] if prof["key"] == "ggzy" else [lvname + "公共资源交易中心"]))
    with_rate_col = d.fam != "rate.ratio"
    L(f"本项目采购活动均委托{agency}组织实施，各采购方式执行情况如下（金额单位：万元）：")
    hdr = ["采购方式", "项目数（个）", "采购预算", "合同金额", "节约资金"] + (["节约率（%）"] if with_rate_col else [])
    trows = [hdr]
    for meth, c, b, cc, sv in rows:
        row = [meth, str(c), f2(b), f2(cc), f2(sv)]
        if with_rate_col:
            row.append(str(pct(sv, b)) if c > 0 else "—")
        trows.append(row)
    tot = ["合计", str(nproc), f2(PB), f2(PC), f2(PS)] + ([str(pct(PS, PB))] if with_rate_col else [])
    trows.append(tot)
    d.T(trows, style)
    if any(c == 0 for _, c, *_ in rows):
        d.trap("zero_category")
    Co = rows[0][3]
    pr = pct(PS, PB)
    prs = d.site("rate.ratio", str(pr), lambda: str(pct(PS, PC)), "采购节约率")
    L(f"全年采购预算{f2(PB)}万元，合同总金额{f2(PC)}万元，其中公开招标合同金额{f2(Co)}万元，占合同总金额的{pct(Co, PC)}%；节约资金{f2(PS)}万元，节约率{prs}%。")
    d.trap("single_item_qizhong")
    d.trap("saving_rate_over_budget")
    xq = rows[2]
    if xq[1] > 0:
        Cq = d.site("table.text", f2(xq[3]), lambda: slip_amount(f2(xq[3]), rng), "询价采购合同金额（正文复述表格）")
        what = f"{prof['service']}等配套服务" if prof.get("svc") else f"{prof['goods']}等小额通用货物"
        L(f"询价采购项目{xq[1]}个，合同金额{Cq}万元，主要为{what}。")
    else:
        L("本年度未采用询价方式采购，单一来源采购均履行了公示程序。" if rows[3][1] > 0 else "本年度未发生询价和单一来源采购。")
    M = q(PC * D(rng.randint(4000, 9500)) / 10000)
    mm = q(M * D(rng.randint(2500, 8000)) / 10000)
    L(f"授予中小企业合同金额{f2(M)}万元，占合同总金额的{pct(M, PC)}%，其中授予小微企业合同金额{f2(mm)}万元，占合同总金额的{pct(mm, PC)}%。")
    d.trap("micro_share_over_total")

    L("五、绩效指标完成情况")
    Nq = rint(rng, 40, 160)
    Mq = Nq - rint(rng, 2, 12)
    Kq = Mq - rint(rng, 0, max(1, Mq // 12))
    sat = pct(Kq, Mq)
    tb = rint(rng, 2, 6)
    tp = tb * rint(rng, 12, 40)
    svc = prof.get("svc", False)
    # deductions only where a shortfall is plausible: 时效, 社会效益, 可持续
    ded_t = D(rng.randint(1, 4)) / 2 if rng.random() < 0.4 else D(0)
    ded_b = D(rng.randint(1, 6)) / 2 if rng.random() < 0.5 else D(0)
    ded_k = D(rng.randint(1, 4)) / 2 if rng.random() < 0.35 else D(0)
    tt = q(D(rng.randint(9000, 9490)) / 100) if ded_t else q(D(rng.randint(9500, 10000)) / 100)
    qtxt = f"{qty}项" if svc else f"{qty}台（套）"
    ind = [
        ("产出指标", "数量指标", "服务内容数量" if svc else "设备采购数量", qtxt, qtxt, 15, D(0)),
        ("产出指标", "数量指标", "操作培训", f"{tb}批次", f"{tb}批次{tp}人次", 5, D(0)),
        ("产出指标", "质量指标", "服务验收合格率" if svc else "验收合格率", "100%", "100%", 15, D(0)),
        ("产出指标", "时效指标", "合同履约及时率", "≥95%", f"{tt}%", 10, ded_t),
        ("产出指标", "成本指标", "合同金额控制", f"≤{f2(PB)}万元", f"{f2(PC)}万元", 5, D(0)),
        ("效益指标", "社会效益指标", "履职保障能力", "明显提升", "有所提升" if ded_b else "明显提升", 20, ded_b),
        ("效益指标", "可持续影响指标", "服务连续稳定性" if svc else "设备正常使用年限", "服务期内持续稳定" if svc else "≥6年",
         "基本达到" if ded_k else "达到", 10, ded_k),
        ("满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%", f"{sat}%", 10, D(0)),
        ("预算执行", "预算执行", "预算执行率", "100%", f"{r}%", 10, D(0)),
    ]
    if rng.random() < 0.5:
        ind = [x for x in ind if x[2] != "操作培训"]
        ind[0] = ind[0][:5] + (20, D(0))
    caps = [x[5] for x in ind]
    assert sum(caps) == 100, caps
    sc = [D(x[5]) - x[6] for x in ind]
    # the budget-execution row loses points below 100%
    sc[-1] = q(D(caps[-1]) * r / 100, 1) if r < 100 else D(caps[-1])
    sc[-1] = D(int(sc[-1] * 2)) / 2
    S = sum(sc)
    G = grade_default(S)
    lv1 = len(set(x[0] for x in ind))
    lv2 = len(set(x[1] for x in ind))
    lv3 = len(ind)
    c3 = d.site("count.mismatch", str(lv3), lambda: str(lv3 + 1), "三级指标个数")
    L(f"本项目共设置一级指标{lv1}个、二级指标{lv2}个、三级指标{c3}个，各项指标完成情况及得分见下表。")
    # choose the row for a score slip: one whose score is not restated anywhere
    ded_rows = [i for i in range(len(ind) - 1) if sc[i] < ind[i][5]]
    slip_row = rng.choice(ded_rows) if ded_rows else rng.randrange(0, len(ind) - 1)
    irows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    for i, (x, s) in enumerate(zip(ind, sc)):
        cell = fs(s)
        if i == slip_row:
            cap = D(x[5])
            cell = d.site("score.total", fs(s), lambda: fs(cap) if s < cap else fs(cap - 1), f"“{x[2]}”指标得分")
        irows.append([x[0], x[1], x[2], x[3], x[4], str(x[5]), cell])
    irows.append(["合计", "—", "—", "—", "—", "100", fs(S)])
    d.T(irows, style)
    L(f"项目验收后，向使用科室及基层站所发放满意度调查问卷{Nq}份，收回有效问卷{Mq}份，其中满意及基本满意{Kq}份，满意度{sat}%。")
    d.trap("satisfaction_over_returned")
    L(f"项目实施中组织{'系统' if prof.get('svc') else '设备'}操作培训{tb}批次，培训使用人员{tp}人次。")
    d.trap("batch_vs_persontime")

    L("六、自评结论")
    L(f"经综合评价，本项目自评得分{fs(S)}分，自评等级为“{G}”。")
    L("七、存在的问题及改进措施")
    if prof.get("svc"):
        L("一是部分服务需求论证不够充分，个别服务内容调整导致采购周期延长；二是服务质量考核以定性评价为主。下一步将提前开展需求调查和市场调研，细化服务考核指标，严格履约验收。")
    else:
        L("一是部分采购需求论证不够充分，个别设备参数调整导致采购周期延长；二是资产入账与验收衔接不够及时。下一步将提前开展需求调查和市场调研，严格履约验收，及时办理资产登记。")
    L(U)
    L(date_line(rng, fy + 1))


# ================================================================= B4
# 国有资产管理绩效自评 — tables
BANDS = [
    (("优秀", "良好", "一般", "较差"), (90, 80, 60)),
    (("优", "良", "中", "差"), (90, 80, 60)),
    (("优秀", "良好", "合格", "不合格"), (85, 75, 60)),
]


def build_b4(d, rng, m):
    fy, U, prof, style = m["year"], m["unit"], m["prof"], m["style"]
    L = d.L
    names, cuts = BANDS[m.get("bands", 0)]
    L(U)
    if rng.random() < 0.5:
        L(f"{fy}年度国有资产管理绩效自评报告")
    else:
        L(f"{fy}年度部门整体支出绩效自评报告（资产管理部分）")
    L("一、基本情况")
    k = rint(rng, 3, 9)
    E = rint(rng, 20, 80)
    P = E - rint(rng, 1, 7)

    cur0, cur1 = rmoney(rng, 80, 900), rmoney(rng, 80, 900)
    # fixed asset classes
    vs = draw_vehicles(rng, prof, full=False)
    N = sum(n for _, n in vs)
    H = rmoney(rng, 1200, 9000)
    classes = [
        ("房屋及构筑物", "平方米", f2(H), rmoney(rng, 600, 5000)),
        ("通用设备", "台（套）", str(rint(rng, 80, 900)), rmoney(rng, 60, 700)),
        ("专用设备", "台（套）", str(rint(rng, 5, 120)), rmoney(rng, 40, 900)),
        ("车辆", "辆", str(N), rmoney(rng, 15 * max(N, 1), 28 * max(N, 1))),
        ("家具用具及其他", "件", str(rint(rng, 100, 1500)), rmoney(rng, 10, 120)),
    ]
    fa = []
    for name, unit, num, orig in classes:
        dep = q(orig * D(rng.randint(15, 70)) / 100)
        fa.append((name, unit, num, orig, dep, orig - dep))
    O = sum(x[3] for x in fa)
    Dp = sum(x[4] for x in fa)
    F1 = sum(x[5] for x in fa)
    F0 = q(F1 * D(rng.randint(90, 115)) / 100)
    W0 = rmoney(rng, 30, 300) if rng.random() < 0.5 else D("0.00")
    W1 = W0 + rmoney(rng, 50, 500)
    I0 = rmoney(rng, 5, 90)
    I1 = q(I0 * D(rng.randint(85, 99)) / 100)
    A0 = cur0 + F0 + W0 + I0
    A1 = cur1 + F1 + W1 + I1
    Lb = q(cur1 * D(rng.randint(10, 60)) / 100)
    L(f"{U}内设{k}个股室，核定编制{E}名，年末实有人员{P}人。截至{fy}年12月31日，单位资产总计{f2(A1)}万元，负债总计{f2(Lb)}万元，净资产{f2(A1 - Lb)}万元。")
    L("二、资产管理绩效目标")
    L("年初设定资产管理目标为：资产账实相符率100%，固定资产利用率不低于95%，资产配置不超过标准，资产处置按规定程序报批，国有资产年报按时准确报送。")
    L("三、资产管理情况")
    L("（一）资产总体情况")
    L("表1 资产构成情况表（单位：万元）")
    d.T([["项目", "年初数", "年末数"],
         ["流动资产", f2(cur0), f2(cur1)],
         ["固定资产净值", f2(F0), f2(F1)],
         ["在建工程", f2(W0), f2(W1)],
         ["无形资产净值", f2(I0), f2(I1)],
         ["资产总计", f2(A0), f2(A1)]], style)
    inc, grow = change_words(A1, A0)
    dA = abs(A1 - A0)
    dAs = d.site("change", f2(dA), lambda: slip_amount(f2(dA), rng), "资产总计比年初增减额")
    rate = "" if d.fam == "change" else f"，{grow}{pct(dA, A0)}%"
    L(f"年末资产总计{f2(A1)}万元，较年初的{f2(A0)}万元{inc}{dAs}万元{rate}，主要是{prof['works']}工程持续投入及新购置设备。")
    L(f"在建工程{f2(W1)}万元为{prof['works']}工程，尚未办理竣工财务决算，列入资产总计但未转入固定资产。")
    d.trap("cip_in_total")
    L("（二）固定资产情况")
    L("表2 固定资产分类情况表")
    rows = [["资产类别", "计量单位", "数量", "原值（万元）", "累计折旧（万元）", "净值（万元）"]]
    for name, unit, num, orig, dep, net in fa:
        rows.append([name, unit, num, f2(orig), f2(dep), f2(net)])
    if m.get("cip_row"):
        rows.append(["固定资产小计", "—", "—", f2(O), f2(Dp), f2(F1)])
        rows.append(["在建工程", "—", "—", f2(W1), "—", f2(W1)])
        rows.append(["合计", "—", "—", f2(O + W1), "—", f2(F1 + W1)])
        d.T(rows, style)
        L("注：合计行原值含在建工程，在建工程单独列示且不计提折旧。")
        d.trap("subtotal_plus_cip")
    else:
        rows.append(["合计", "—", "—", f2(O), f2(Dp), f2(F1)])
        d.T(rows, style)
    d.trap("count_units_mixed")
    L(f"年末固定资产原值{f2(O)}万元，累计折旧{f2(Dp)}万元，固定资产净值{f2(F1)}万元；上年末固定资产净值为{f2(F0)}万元。")
    d.trap("prior_year_restated")
    Os = d.site("table.text", f2(fa[2][3]), lambda: slip_amount(f2(fa[2][3]), rng), "专用设备原值（正文复述表2）")
    L(f"专用设备原值{Os}万元，主要为{prof['spec']}。")
    kk = rint(rng, 0, 4)
    Ok = rmoney(rng, 60, 180) * kk if kk else D("0.00")
    ktxt = f"单位价值50万元以上设备{kk}台（套），原值合计{f2(Ok)}万元" if kk else "无单位价值50万元以上设备"
    L(f"年末共有车辆{N}辆，其中：{veh_text(vs)}；{ktxt}。")
    h1 = q(E * D(rng.randint(900, 1650)) / 100)
    h2 = q((H - h1) * D(rng.randint(35, 70)) / 100)
    h3 = H - h1 - h2
    h3s = d.site("sum.breakdown", f2(h3), lambda: slip_amount(f2(h3), rng), "附属用房面积")
    L(f"房屋建筑面积{f2(H)}平方米，其中：办公用房{f2(h1)}平方米、业务用房{f2(h2)}平方米、附属用房{h3s}平方米；按核定编制{E}人计算，人均办公用房面积{f2(h1 / E)}平方米。")
    d.trap("per_capita_over_staffing")

    L("四、绩效自评结果")
    L(f"评价等级划分为：{cuts[0]}分（含）以上为“{names[0]}”，{cuts[1]}分（含）至{cuts[0]}分为“{names[1]}”，{cuts[2]}分（含）至{cuts[1]}分为“{names[2]}”，{cuts[2]}分以下为“{names[3]}”。")
    L("表3 资产管理绩效自评得分表")
    inds = [("资产配置合规性", 15), ("资产账实相符率", 15), ("固定资产利用率", 20), ("资产处置规范性", 15),
            ("资产信息化管理", 15), ("国有资产年报质量", 20)]
    caps = [c for _, c in inds]
    target = m.get("target")
    while True:
        sc = score_rows(rng, caps, 4)
        S = sum(sc)
        if target is None or target[0] <= S < target[1]:
            break
    if S >= cuts[0]:
        G = names[0]
    elif S >= cuts[1]:
        G = names[1]
    elif S >= cuts[2]:
        G = names[2]
    else:
        G = names[3]
    if cuts[0] != 90 and 85 <= S < 90:
        d.trap("stated_bands")
    rows = [["指标", "分值", "得分", "得分率（%）"]]
    for (nm, c), s in zip(inds, sc):
        rows.append([nm, str(c), fs(s), str(pct(s, c))])
    rows.append(["合计", "100", fs(S), str(pct(S, 100))])
    d.T(rows, style)
    d.trap("score_rate")
    if d.fam == "grade.band":
        i = names.index(G)
        wrongG = names[i + 1] if i == 0 else names[i - 1]
    Gs = d.site("grade.band", G, lambda: wrongG, "资产管理绩效自评等级")
    L(f"经自评，本单位{fy}年度资产管理绩效自评得分{fs(S)}分，评价等级为“{Gs}”。")
    L("五、存在的问题及改进措施")
    L(rng.choice([
        "一是部分已达使用年限的设备未及时办理报废处置；二是在建工程转固不够及时。下一步将开展资产清查盘点，按程序办理处置和竣工决算转固手续。",
        "一是资产卡片信息与实物存放地点存在个别不一致；二是闲置设备调剂使用机制尚不健全。下一步将开展全面盘点，推进闲置资产共享共用。",
        "一是资产配置预算与实际需求衔接不够紧密；二是资产管理信息系统数据更新不够及时。下一步将严格按配置标准编制资产配置预算，落实专人维护资产数据。",
    ]))
    L(U)
    L(date_line(rng, fy + 1))


# ================================================================= B5
# 部门决算 — 机关运行经费、国有资产占用及政府采购支出信息表 as text
def build_b5(d, rng, m):
    fy, U, prof, style = m["year"], m["unit"], m["prof"], m["style"]
    L = d.L
    ow = "机构运行经费" if prof.get("inst") else "机关运行经费"
    L(f"{U}{fy}年度部门决算")
    L(f"第三部分 {fy}年度部门决算情况说明")
    L("一、收入支出决算总体情况说明")
    A = rmoney(rng, 5, 260)
    B = rmoney(rng, 400, 6000)
    Dz = q((A + B) * D(rng.randint(1, 9)) / 100)
    C = A + B - Dz
    Dzs = d.site("balance.carryover", f2(Dz), lambda: slip_amount(f2(Dz), rng), "年末结转和结余")
    if d.fam == "balance.carryover":
        L(f"{fy}年度本部门年初结转和结余{f2(A)}万元，本年收入合计{f2(B)}万元，本年支出合计{f2(C)}万元，年末结转和结余{Dzs}万元。")
    else:
        L(f"{fy}年度本部门收入总计{f2(A + B)}万元，支出总计{f2(A + B)}万元，收支平衡。其中：年初结转和结余{f2(A)}万元，本年收入合计{f2(B)}万元，本年支出合计{f2(C)}万元，年末结转和结余{Dzs}万元。")
        d.trap("total_includes_carryover")

    L(f"二、{ow}支出情况说明")
    X, Y = opex_pair(rng, 30, 220)
    comparable = m.get("comparable", False)
    if comparable:
        Ypub = q(Y * D(rng.randint(75, 92)) / 100)
        inc, grow = change_words(X, Y)
        L(f"{fy}年度本部门{ow}支出{f2(X)}万元，比上年同口径{f2(Y)}万元{inc}{f2(abs(X - Y))}万元，{grow}{pct(abs(X - Y), Y)}%。{fy - 1}年度决算公开数为{f2(Ypub)}万元，因{fy}年机构改革划入相关职能及人员，按同口径调整为{f2(Y)}万元。")
        d.trap("comparable_basis")
    else:
        inc, grow = change_words(X, Y)
        L(f"{fy}年度本部门{ow}支出{f2(X)}万元，比{fy - 1}年度的{f2(Y)}万元{inc}{f2(abs(X - Y))}万元，{grow}{pct(abs(X - Y), Y)}%，主要原因是{'新增业务用房物业管理费' if X > Y else '压减一般性支出'}。")

    zero_works = rng.random() < 0.5
    p = procurement(rng, d, 50, 800, zero_works)
    L("三、政府采购支出情况说明")
    sum_site = d.fam == "sum.breakdown"
    if sum_site:
        L(f"{fy}年度本部门政府采购支出总额{f2(p['T'])}万元，主要用于{prof['goods']}和{prof['service']}等。")
    else:
        L(f"{fy}年度本部门政府采购支出总额{f2(p['T'])}万元，其中：政府采购货物支出{f2(p['G'])}万元、政府采购工程支出{f2(p['E'])}万元、政府采购服务支出{f2(p['S'])}万元。")
    L(f"授予中小企业合同金额{f2(p['M'])}万元，占政府采购支出总额的{pct(p['M'], p['T'])}%，其中：授予小微企业合同金额{f2(p['m'])}万元，占政府采购支出总额的{pct(p['m'], p['T'])}%。")
    d.trap("share_over_total")
    d.trap("micro_share_over_total")
    if zero_works:
        d.trap("zero_category")
    T0 = q(p["T"] * D(rng.randint(70, 135)) / 100)
    if T0 == p["T"]:
        T0 += D("2.30")
    i3, g3 = change_words(p["T"], T0)
    L(f"全年政府采购支出总额{f2(p['T'])}万元，比上年的{f2(T0)}万元{i3}{f2(abs(p['T'] - T0))}万元，{g3}{pct(abs(p['T'] - T0), T0)}%。")

    L("四、国有资产占用情况说明")
    vs = draw_vehicles(rng, prof, full=True)
    N = sum(n for _, n in vs)
    k, j = rint(rng, 0, 3), rint(rng, 0, 2)
    Aa0 = rmoney(rng, 400, 9000)
    Aa = q(Aa0 * D(rng.randint(90, 118)) / 100)
    inc2, grow2 = change_words(Aa, Aa0)
    short = [(t, n) for t, n in vs if n > 0]
    L(f"截至{fy}年12月31日，本部门共有车辆{N}辆，其中：{veh_text(short)}；单位价值50万元以上通用设备{k}台（套），单位价值100万元以上专用设备{j}台（套）。")
    L(f"年末资产总额{f2(Aa)}万元，比上年末的{f2(Aa0)}万元{inc2}{f2(abs(Aa - Aa0))}万元。")
    d.trap("count_units_mixed")

    L(f"附表 {fy}年度{ow}支出、国有资产占用情况及政府采购支出信息表")
    rows = [["项目", "计量单位", "数量（金额）"],
            [f"一、{ow}支出", "万元", f2(X)],
            ["二、政府采购支出总额", "万元", f2(p["T"])]]
    cats = [("（一）政府采购货物支出", p["G"]), ("（二）政府采购工程支出", p["E"]), ("（三）政府采购服务支出", p["S"])]
    slip_cat = rng.choice([0, 2])
    for i, (nm, v) in enumerate(cats):
        cell = f2(v)
        if i == slip_cat:
            cell = d.site("sum.breakdown", f2(v), lambda: slip_amount(f2(v), rng), f"信息表“{nm[3:]}”")
        rows.append([nm, "万元", cell])
    rows.append(["三、授予中小企业合同金额", "万元", f2(p["M"])])
    rows.append(["其中：授予小微企业合同金额", "万元", f2(p["m"])])
    rows.append(["四、车辆数合计", "辆", str(N)])
    cn = "（一）（二）（三）（四）（五）（六）（七）（八）".replace("）", "）|").split("|")
    for i, (t, n) in enumerate(vs):
        rows.append([f"{cn[i]}{t}", "辆", str(n)])
    rows.append(["五、单位价值50万元以上通用设备", "台（套）", str(k)])
    rows.append(["六、单位价值100万元以上专用设备", "台（套）", str(j)])
    d.T(rows, style)

    L("五、预算绩效情况说明")
    n = rint(rng, 3, 14)
    F = rmoney(rng, 80, 3000)
    L(f"本部门组织对{fy}年度{n}个项目开展了绩效自评，涉及资金{f2(F)}万元，自评结果均为良好及以上。")
    if m.get("yuan"):
        Fy = F * 10000 + D(rng.randint(-5000, 4999)) / 100
        L(f"上述项目资金{f2(Fy)}元已全部按预算用途拨付使用，未发现截留、挪用情况。")
        d.trap("yuan_with_cents")
    else:
        Fs = d.site("unit.magnitude", f"{f2(F)}万元", lambda: f"{f2(F)}元", "自评项目涉及资金（单位）")
        L(f"上述项目资金{Fs}已全部按预算用途拨付使用，未发现截留、挪用情况。")
    L("六、其他重要事项情况说明")
    Aas = d.site("fact.conflict", f2(Aa), lambda: slip_amount(f2(Aa), rng), "年末资产总额（复述）")
    if m.get("prev_restate"):
        L(f"本部门年末资产总额{Aas}万元（上年末资产总额{f2(Aa0)}万元），已全部纳入资产管理信息系统动态管理。")
        d.trap("prior_year_restated")
    else:
        L(f"本部门年末资产总额{Aas}万元，已全部纳入资产管理信息系统动态管理。")
    L("第四部分 名词解释")
    L("政府采购支出：指各级国家机关、事业单位和团体组织使用财政性资金采购依法制定的集中采购目录以内的或者采购限额标准以上的货物、工程和服务的支出。")
    L("车辆数：指单位用于履行公务的机动车辆，包括领导干部用车、一般公务用车和执法执勤用车等。")


# ================================================================= plan
BUILDERS = {"B1": build_b1, "B2": build_b2, "B3": build_b3, "B4": build_b4, "B5": build_b5}

# (builder, family or None, options)
PLAN = [
    ("B1", "change", {"budget": True}),
    ("B1", "count.mismatch", {}),
    ("B1", "unit.magnitude", {}),
    ("B1", "grade.band", {}),
    ("B1", None, {"yuan": True}),
    ("B1", None, {"budget": True, "yuan": True}),
    ("B1", None, {}),
    ("B1", None, {"yuan": True}),
    ("B2", "balance.carryover", {}),
    ("B2", "score.total", {}),
    ("B2", "rate.ratio", {}),
    ("B2", "fact.conflict", {}),
    ("B2", None, {}),
    ("B2", None, {}),
    ("B2", None, {}),
    ("B2", None, {}),
    ("B3", "rate.ratio", {}),
    ("B3", "score.total", {}),
    ("B3", "count.mismatch", {"half_up": True}),
    ("B3", "table.text", {"need_xunjia": True}),
    ("B3", None, {"half_up": True}),
    ("B3", None, {}),
    ("B3", None, {"half_up": True}),
    ("B3", None, {}),
    ("B4", "sum.breakdown", {}),
    ("B4", "change", {"bands": 1}),
    ("B4", "table.text", {"bands": 2, "cip_row": True}),
    ("B4", "grade.band", {"bands": 0}),
    ("B4", None, {"bands": 2, "target": (85, 90)}),
    ("B4", None, {"bands": 1, "cip_row": True}),
    ("B4", None, {"bands": 0}),
    ("B4", None, {"bands": 2, "target": (85, 90), "cip_row": True}),
    ("B5", "sum.breakdown", {}),
    ("B5", "fact.conflict", {"comparable": True}),
    ("B5", "unit.magnitude", {}),
    ("B5", "balance.carryover", {}),
    ("B5", None, {"yuan": True, "comparable": True}),
    ("B5", None, {"prev_restate": True}),
    ("B5", None, {"yuan": True, "prev_restate": True}),
    ("B5", None, {"comparable": True, "prev_restate": True}),
]

STYLES = ["tab", "pipe", "box", "space"]


def make_meta(master):
    # builders in rounds of five (no builder twice in a row); slip and clean documents
    # of each builder in shuffled order; no three slips or three cleans in a row.
    by_b = {b: [i for i, p in enumerate(PLAN) if p[0] == b] for b in BUILDERS}
    while True:
        seq, last = [], None
        for _ in range(8):
            rnd = list(BUILDERS)
            master.shuffle(rnd)
            while rnd[0] == last:
                master.shuffle(rnd)
            seq += rnd
            last = rnd[-1]
        pools = {b: master.sample(v, len(v)) for b, v in by_b.items()}
        order = [pools[b].pop() for b in seq]
        kinds = [PLAN[i][1] is None for i in order]
        if all(not (kinds[i - 2] == kinds[i - 1] == kinds[i]) for i in range(2, len(kinds))):
            break
    profs = list(range(len(PROFILES)))
    metas = []
    for pos, pi in enumerate(order):
        b, fam, opts = PLAN[pi]
        prof = PROFILES[(pos * 7 + 3) % len(PROFILES)]
        place = PLACES[(pos * 5 + 1) % len(PLACES)]
        year = 2025 if opts.get("budget") else 2019 + (pos * 3 + pi) % 6
        style = STYLES[(pos + pi) % 4]
        meta = dict(opts)
        meta.update(builder=b, fam=fam, prof=prof, place=place, year=year, style=style,
                    unit=unit_name(place, prof), id=f"t{pos + 1:02d}", seed=master.randrange(10 ** 9))
        metas.append(meta)
    return metas


LAYOUT = {"B1": "prose", "B2": "prose + small table", "B3": "prose + tables", "B4": "prose + tables",
          "B5": "prose + information table as text"}


def build(meta):
    rng = random.Random(meta["seed"])
    d = Doc(meta["id"], meta["fam"], rng)
    BUILDERS[meta["builder"]](d, rng, meta)
    if meta["fam"]:
        assert d.slip is not None, meta["id"]
    n = len(d.lines)
    assert 15 <= n <= 60, (meta["id"], n)
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--twins", default=None)
    args = ap.parse_args()
    master = random.Random(SEED)
    metas = make_meta(master)
    docs = [(m, build(m)) for m in metas]
    if args.twins:
        os.makedirs(args.twins, exist_ok=True)
        for m, d in docs:
            if m["fam"]:
                with open(os.path.join(args.twins, m["id"] + ".txt"), "w", encoding="utf-8") as f:
                    f.write("\n".join(d.render(twin=True)) + "\n")
        return
    os.makedirs(args.out, exist_ok=True)
    exp = ["id\texpected\tdetail"]
    for m, d in docs:
        with open(os.path.join(args.out, m["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(d.render(twin=False)) + "\n")
        if m["fam"]:
            c, w, what = d.slip
            ln = [i for i, l in enumerate(d.lines) if MARK in l][0] + 1
            exp.append(f"{m['id']}\t{m['fam']}\t{what} (line {ln}): stated “{w}” should be “{c}”")
        else:
            exp.append(f"{m['id']}\tclean\ttraps: " + "; ".join(d.traps))
    with open(os.path.join(args.out, "expect.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(exp) + "\n")
    with open(os.path.join(args.out, "meta.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tbuilder\tlayout\tstyle\tprovince\tunit\tyear\n")
        for m, d in docs:
            f.write(f"{m['id']}\t{m['builder']}\t{LAYOUT[m['builder']]}\t{m['style'] if m['builder'] != 'B1' else '-'}\t{m['place'][0]}\t{m['unit']}\t{m['year']}\n")


if __name__ == "__main__":
    main()
