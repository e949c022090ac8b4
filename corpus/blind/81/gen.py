#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py - blind test set 81: infrastructure project self-evaluation reports
(交通 / 水利 / 农业农村 / 住建 项目支出绩效自评报告 and 重点项目绩效评价报告).

    python3 gen.py              writes t01.txt .. t40.txt and expect.tsv next to this file
    python3 gen.py --twins DIR  writes, for every slip document, its twin rebuilt
                                without the slip (same random draws) into DIR

Standard library only.  Fixed seed, deterministic.  Money, rates and scores are
decimal.Decimal rounded half-up; floats are used only as probabilities.
"""
import os
import random
import sys
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 81081
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------
# decimal helpers
# ----------------------------------------------------------------------------
def q(x, k=2):
    return D(x).quantize(D(1).scaleb(-k), rounding=ROUND_HALF_UP)


def m2(x):
    return f"{q(x):.2f}"


def mth(x):
    """money with thousands separators (used by some bureaus)"""
    return f"{q(x):,.2f}"


def pct(n, d, k=2):
    return q(D(n) * 100 / D(d), k)


def ptx(p, k=2):
    return f"{q(p, k):.{k}f}"


def money(r, lo, hi):
    return D(r.randint(int(lo * 100), int(hi * 100))) / 100


def split(r, total, n, whole=(), lo=25, hi=100):
    """split Decimal total into n positive parts; indexes in whole get whole 万元"""
    ws = [r.randint(lo, hi) for _ in range(n)]
    s = sum(ws)
    parts = []
    for i in range(n - 1):
        p = q(total * ws[i] / s)
        if i in whole:
            p = q(p, 0)
        parts.append(p)
    parts.append(total - sum(parts))
    assert all(p > 0 for p in parts), (total, parts)
    return parts


def isplit(r, total, n, lo=1):
    """split integer total into n integer parts >= lo"""
    while True:
        cuts = sorted(r.sample(range(1, total), n - 1))
        parts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
        if min(parts) >= lo:
            return parts


CN = "零一二三四五六七八九十"


def cn(n):
    return CN[n] if n <= 10 else str(n)


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ----------------------------------------------------------------------------
# slips
# ----------------------------------------------------------------------------
def mutate(text, how, sr):
    """single-figure edits a clerk makes"""
    if how == "transpose":
        c = [i for i in range(len(text) - 1)
             if text[i].isdigit() and text[i + 1].isdigit() and text[i] != text[i + 1]
             and not (i == 0 and text[1] == "0")]
        i = sr.choice(c)
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if how == "drop":
        ip = text.split(".")[0]
        i = sr.randint(1, len(ip) - 1)
        return text[:i] + text[i + 1:]
    if how == "stale":
        k = len(text.split(".")[1]) if "." in text else 0
        v = D(text.replace(",", ""))
        f = D(sr.randint(102, 107)) / 100 if sr.random() < 0.5 else D(sr.randint(93, 98)) / 100
        return f"{q(v * f, k):.{k}f}"
    if how == "sc_down":
        v = D(text) - D(sr.randint(1, 3)) / 2
        return fmt_sc(v)
    if how == "stale_down":
        v = D(text.replace(",", ""))
        return f"{q(v * D(sr.randint(93, 98)) / 100):.2f}"
    if how == "pm1":
        return str(int(text) + sr.choice([1, -1]))
    if how == "unit":
        assert text.endswith("万元")
        return text[:-2] + "元"
    raise ValueError(how)


class Doc:
    def __init__(self, num, spec, twin=False):
        self.num = num
        self.id = f"t{num:02d}"
        self.spec = spec
        self.r = random.Random(SEED * 1000 + num)
        self.sr = random.Random(SEED * 7 + num * 13)
        self.slip = spec.get("slip")          # (family, slot, how) or None
        self.twin = twin
        self.slipinfo = None
        self.lines = []
        self.traps = []
        self.Y = spec["year"]

    def add(self, s):
        self.lines.append(s)

    def trap(self, name):
        if name not in self.traps:
            self.traps.append(name)

    def slot(self, name):
        return bool(self.slip) and self.slip[1] == name

    def v(self, name, text, where=""):
        """render figure text for slot name; the slip edits exactly this figure"""
        if self.slot(name):
            how = self.slip[2]
            new = mutate(text, how, self.sr)
            assert new != text
            self.slipinfo = (text, new, where)
            return text if self.twin else new
        return text


# ----------------------------------------------------------------------------
# vocabulary
# ----------------------------------------------------------------------------
TOWNS = ("白沙 石门 青龙 柳塘 双河 枫林 金竹 马坪 长乐 桃源 杨柳 清水 高桥 新田 龙潭 梅溪 大坪 "
         "松柏 荷塘 三江 乌石 黄泥 竹山 凤凰 茶园 沙坪 鹿鸣 云台 狮岭 泉塘 杉木 桂花 "
         "牛角 丰乐 仙岩 樟树 兴隆 永和 太平 官庄").split()
COMMUNITIES = ("纺织厂宿舍 供销社家属区 农机厂生活区 粮站 人民路 建设路 东风 向阳 机械厂 印刷厂 "
               "电力局宿舍 物资局 解放路 工农 红星 文化路 税务局宿舍 食品公司").split()
FIRMS = ["正衡会计师事务所有限公司", "汇诚工程造价咨询有限公司", "中和信会计师事务所",
         "恒诺项目管理咨询有限公司", "诚明工程造价咨询有限公司", "天衡达会计师事务所有限责任公司",
         "华审联合会计师事务所", "立方工程咨询有限公司"]
EVALFIRMS = ["弘信达会计师事务所有限公司", "明正绩效评价咨询有限公司", "公诚会计师事务所（普通合伙）"]

# (province, short, locality pool)
PROVS = [
    ("湖南省", "湘", ["潇阳县", "澧源县", "湘平市"]),
    ("江西省", "赣", ["宁川县", "修源县", "赣东市"]),
    ("四川省", "川", ["岷安县", "蜀丰县", "青衣县"]),
    ("贵州省", "黔", ["桐溪县", "黔岭县"]),
    ("河南省", "豫", ["淇平县", "汝川县", "豫东市"]),
    ("安徽省", "皖", ["皖溪县", "颍东县"]),
    ("广西壮族自治区", "桂", ["岭阳县", "桂丰县"]),
    ("甘肃省", "甘", ["陇泉县", "洮川县"]),
    ("山东省", "鲁", ["沂丰县", "汶阳市"]),
    ("湖北省", "鄂", ["荆阳县", "汉北市"]),
    ("云南省", "云", ["滇源县", "澜平县"]),
    ("河北省", "冀", ["燕川县", "滹阳县"]),
]

FIELD_SRC = {
    "交通": ["中央车购税补助资金", "省级交通专项资金", "市级补助资金", "县级配套资金", "地方政府专项债券资金"],
    "水利": ["中央水利发展资金", "省级水利发展资金", "市级配套资金", "县级配套资金", "地方政府专项债券资金"],
    "农业": ["中央农田建设补助资金", "省级财政资金", "市级财政资金", "县级财政资金", "统筹整合涉农资金"],
    "住建": ["中央财政城镇保障性安居工程补助资金", "省级补助资金", "地方政府专项债券资金", "市级财政配套资金", "居民出资"],
}
FIELD_DEPT = {"交通": "交通运输", "水利": "水利", "农业": "农业农村", "住建": "住房和城乡建设"}
FIELD_CAT = {"交通": "建", "水利": "农", "农业": "农", "住建": "建"}


# ----------------------------------------------------------------------------
# tables
# ----------------------------------------------------------------------------
def render_table(rows, style):
    if style == "tsv":
        return ["\t".join(r) for r in rows]
    if style == "md":
        out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(["---"] * len(rows[0])) + "|"]
        return out + ["| " + " | ".join(r) + " |" for r in rows[1:]]
    if style == "bar":
        return ["│" + "│".join(r) + "│" for r in rows]
    if style == "space":
        rows = [[c if c else "/" for c in r] for r in rows]
        w = [max(dwidth(r[i]) for r in rows) for i in range(len(rows[0]))]
        return ["  ".join(c + " " * (w[i] - dwidth(c)) for i, c in enumerate(r)).rstrip() for r in rows]
    raise ValueError(style)


# ----------------------------------------------------------------------------
# sectors: 建设内容 with counts and lengths
# ----------------------------------------------------------------------------
def sec_road(doc):
    r, Y = doc.r, doc.Y
    n = r.randint(3, 5)
    tw = r.sample(TOWNS, 2 * n)
    names = [f"{tw[2 * i]}至{tw[2 * i + 1]}公路" for i in range(n)]
    lens = [money(r, 2.2, 11.8) for _ in range(n)]
    L = sum(lens)
    mid, small = r.randint(1, 3), r.randint(1, 4)
    guard, signs = money(r, 3, 14), r.randint(40, 160)
    plan = q(L * D(r.randint(90, 97)) / 100, 0)
    lines = []
    if doc.spec.get("road_form", "len") == "len":
        items = "、".join(f"{nm}{doc.v('road_len' + str(i), m2(l), '建设内容') if i == 1 else m2(l)}公里"
                         for i, (nm, l) in enumerate(zip(names, lens)))
        lines.append(f"本项目新改建农村公路{doc.v('road_n', str(n), '建设内容')}条，分别为{items}，总里程{m2(L)}公里；"
                     f"改造危桥{mid + small}座，其中中桥{mid}座、小桥{small}座；安装波形护栏{m2(guard)}公里，设置警示标志牌{signs}块。")
    else:
        lines.append(f"本项目建设内容包括：新改建农村公路{n}条共{m2(L)}公里（{'、'.join(names)}），"
                     f"改造危桥{mid + small}座，安装波形护栏{m2(guard)}公里，设置警示标志牌{signs}块。")
    return dict(name=f"{Y}年农村公路提质改造工程", field="交通", lines=lines,
                target=("新改建农村公路", "公里", plan, L),
                out=[("数量指标", "新改建农村公路里程", f"≥{plan}公里", f"{m2(L)}公里"),
                     ("数量指标", "危桥改造数量", f"{mid + small}座", f"{mid + small}座"),
                     ("质量指标", "交工验收合格率", "100%", "100%"),
                     ("时效指标", "工程按期完工率", "100%", "100%")],
                ben=[("社会效益指标", "沿线群众出行条件", "明显改善", "明显改善"),
                     ("可持续影响指标", "公路设计使用年限", "≥15年", "15年")],
                scale=(1800, 7800), content="路基、路面、桥涵及安全防护等工程",
                goal="进一步完善农村公路网络，提升农村公路通行能力和安全水平",
                bureau=["交通运输局", "农村公路建设养护中心"], proj_short="农村公路提质改造工程")


def sec_bridge(doc):
    r, Y = doc.r, doc.Y
    n = r.randint(3, 6)
    tw = r.sample(TOWNS, n)
    sfx = ["大桥", "桥", "河桥", "溪桥", "中桥"]
    names = [t + r.choice(sfx) for t in tw]
    lens = [D(r.randint(160, 960)) / 10 for _ in range(n)]
    rebuild = r.randint(1, n - 1)
    lines = [f"本项目改造农村公路危桥{n}座，分别为{'、'.join(f'{a}（{l:.1f}延米）' for a, l in zip(names, lens))}，"
             f"合计{sum(lens):.1f}延米；其中拆除重建{rebuild}座、维修加固{n - rebuild}座。"]
    return dict(name=f"{Y}年农村公路危桥改造工程", field="交通", lines=lines,
                target=("危桥改造", "座", n, n),
                out=[("数量指标", "完成危桥改造数量", f"{n}座", f"{n}座"),
                     ("质量指标", "桥梁荷载试验合格率", "100%", "100%"),
                     ("时效指标", "当年完工率", "100%", "100%")],
                ben=[("社会效益指标", "消除桥梁安全隐患", "有效消除", "有效消除"),
                     ("可持续影响指标", "桥梁设计使用年限", "≥30年", "50年")],
                scale=(600, 2200), content="桥梁下部结构、上部结构及桥面系等工程",
                goal="消除农村公路桥梁安全隐患，保障群众安全便捷出行",
                bureau=["公路事业发展中心", "交通运输局"], proj_short="农村公路危桥改造工程")


def sec_arterial(doc):
    r, Y = doc.r, doc.Y
    code = f"S{r.randint(201, 399)}"
    t1, t2 = r.sample(TOWNS, 2)
    L = money(r, 9, 31)
    l1 = q(L * D(r.randint(45, 80)) / 100)
    nb, nc, nx = r.randint(2, 9), r.randint(18, 70), r.randint(6, 24)
    plan = q(L * D(r.randint(80, 95)) / 100, 1)
    lines = [f"{code}线{t1}至{t2}段改建工程路线全长{m2(L)}公里，按二级公路标准建设，路基宽度10米，"
             f"其中利用老路改建{m2(l1)}公里、新建{m2(L - l1)}公里；全线设置大中桥{nb}座、涵洞{nc}道、平面交叉{nx}处。"]
    return dict(name=f"{code}线{t1}至{t2}段改建工程", field="交通", lines=lines,
                target=("路基路面工程完成里程", "公里", plan, L),
                out=[("数量指标", "路基工程完成里程", f"≥{plan}公里", f"{m2(L)}公里"),
                     ("数量指标", "桥梁建设数量", f"{nb}座", f"{nb}座"),
                     ("质量指标", "分项工程合格率", "100%", "100%"),
                     ("时效指标", "年度建设任务完成率", "≥85%", "100%")],
                ben=[("经济效益指标", "沿线产业发展带动作用", "明显", "明显"),
                     ("社会效益指标", "干线公路通行能力", "显著提升", "显著提升")],
                scale=(12000, 42000), content="路基、路面、桥涵、交通安全设施等工程",
                goal="提升普通省道技术等级和通行能力，完善区域干线公路网",
                bureau=["公路建设养护中心", "交通运输局"], proj_short=f"{code}线改建工程", big=True)


def sec_reservoir(doc):
    r, Y = doc.r, doc.Y
    n = r.randint(3, 5)
    names = [t + "水库" for t in r.sample(TOWNS, n)]
    inv = [money(r, 90, 520) for _ in range(n)]
    cen = [q(x * D(r.randint(55, 75)) / 100, 0) for x in inv]
    lines = []
    items = "，".join(f"{nm}投资{m2(x)}万元（中央资金{m2(c)}万元、县级资金{m2(x - c)}万元）"
                     for nm, x, c in zip(names, inv, cen))
    lines.append(f"本批次实施小型水库除险加固{doc.v('res_n', str(n), '建设内容')}座：{items}，合计投资{m2(sum(inv))}万元。")
    lines.append("主要建设内容包括大坝防渗处理、溢洪道改造、放水设施更新、防汛道路及管理房维修等。")
    tgt = ("完成除险加固水库", "座", n, n)
    if doc.slot("res_n"):
        seep = r.randint(800, 2400)
        tgt = ("大坝防渗处理", "米", seep - r.randint(20, 120), seep)
    return dict(name=f"{Y}年度小型水库除险加固项目", field="水利", lines=lines,
                target=tgt, fixed_total=sum(inv), src_fixed=[("中央水利发展资金", sum(cen)), ("县级配套资金", sum(inv) - sum(cen))],
                out=[("数量指标", "除险加固水库数量", f"{n}座", f"{n}座") if not doc.slot("res_n") else
                     ("数量指标", "除险加固水库数量", "按计划完成", "已完成"),
                     ("质量指标", "工程质量评定合格率", "100%", "100%"),
                     ("时效指标", "汛前完成主体工程", "按期", "按期")],
                ben=[("社会效益指标", "下游保护人口", "≥1.2万人", "1.5万人"),
                     ("可持续影响指标", "水库安全运行", "长期", "长期")],
                scale=None, content="大坝防渗、溢洪道改造及放水设施更新等工程",
                goal="消除小型水库安全隐患，恢复水库防洪和灌溉功能",
                bureau=["水利局"], proj_short="小型水库除险加固项目")


def sec_river(doc):
    r, Y = doc.r, doc.Y
    rv = r.choice(TOWNS) + r.choice(["河", "溪", "水"])
    L = money(r, 5, 17)
    dike = q(L * D(r.randint(25, 45)) / 100)
    left = q(L * D(r.randint(20, 35)) / 100)
    right = q(L * D(r.randint(15, 30)) / 100)
    dredge = r.randint(20000, 160000)
    gates = r.randint(4, 15)
    ks = [r.randint(2, 6), r.randint(1, 5), r.randint(1, 4)]
    N = sum(ks)
    lines = [f"{rv}{doc.spec['county']}段治理工程治理河长{m2(L)}公里，新建堤防{m2(dike)}公里，"
             f"新建护岸{m2(left + right)}公里，其中左岸{m2(left)}公里、右岸{m2(right)}公里；"
             f"河道清淤疏浚{dredge}立方米，新建（改建）穿堤涵闸{gates}座。",
             f"整治险工险段{doc.v('risk_n', str(N), '建设内容')}处，分别为崩岸段{ks[0]}处、险工段{ks[1]}处、卡口段{ks[2]}处。"]
    plan = q((left + right) * D(r.randint(90, 98)) / 100, 1)
    return dict(name=f"{Y}年{rv}治理工程", field="水利", lines=lines,
                target=("新建护岸", "公里", plan, left + right),
                out=[("数量指标", "治理河长", f"{m2(L)}公里", f"{m2(L)}公里"),
                     ("数量指标", "新建堤防长度", f"{m2(dike)}公里", f"{m2(dike)}公里"),
                     ("质量指标", "单元工程质量合格率", "100%", "100%"),
                     ("时效指标", "主汛期前完成度汛工程", "按期", "按期")],
                ben=[("社会效益指标", "防洪标准", "10年一遇", "10年一遇"),
                     ("生态效益指标", "河道生态环境", "明显改善", "明显改善")],
                scale=(1600, 5200), content="堤防、护岸、清淤疏浚及穿堤建筑物等工程",
                goal=f"提高{rv}防洪能力，保障沿岸群众生命财产安全",
                bureau=["水务局", "河湖保护中心"], proj_short=f"{rv}治理工程")


def sec_water(doc):
    r, Y = doc.r, doc.Y
    n1, n2 = r.randint(2, 6), r.randint(3, 12)
    L = money(r, 18, 95)
    k = r.randint(4, 20)
    v = r.randint(6, 28)
    h = r.randint(1800, 9000)
    p = h * 3 + r.randint(-h // 3, h // 2)
    pp = r.randint(p // 12, p // 6)
    lines = [f"新建集中供水工程{n1}处、改造提升{n2}处，新建及改造供水管网{m2(L)}公里，新建蓄水池{k}座；"
             f"工程覆盖{v}个行政村，受益人口{p}人（{h}户），其中脱贫人口{pp}人。"]
    doc.trap("人/户 不同单位")
    plan = p - r.randint(200, 1200)
    return dict(name=f"{Y}年农村供水保障工程", field="水利", lines=lines,
                target=("新增及改善农村供水受益人口", "人", plan, p),
                out=[("数量指标", "新建改造供水工程", f"{n1 + n2}处", f"{n1 + n2}处"),
                     ("数量指标", "供水管网长度", f"≥{int(L)}公里", f"{m2(L)}公里"),
                     ("质量指标", "水质达标率", "≥95%", "100%"),
                     ("时效指标", "工程完工及时率", "100%", "100%")],
                ben=[("社会效益指标", "农村自来水普及率", "≥90%", "93%"),
                     ("可持续影响指标", "工程运行管护机制", "健全", "健全")],
                scale=(900, 3600), content="水源工程、净水设施、输配水管网等工程",
                goal="巩固提升农村供水保障水平，解决农村群众饮水安全问题",
                bureau=["水利局", "农村供水服务中心"], proj_short="农村供水保障工程")


def sec_irrig(doc):
    r, Y = doc.r, doc.Y
    nm = r.choice(TOWNS) + "灌区"
    l1, l2 = money(r, 6, 22), money(r, 12, 48)
    ks = [r.randint(4, 16), r.randint(6, 30), r.randint(1, 5), r.randint(5, 26)]
    a1, a2 = r.randint(3000, 12000), r.randint(15000, 60000)
    lines = [f"{nm}续建配套与节水改造项目改造干渠{m2(l1)}公里、支渠{m2(l2)}公里，维修渠系建筑物{sum(ks)}座，"
             f"其中节制闸{ks[0]}座、分水闸{ks[1]}座、渡槽{ks[2]}座、涵洞{ks[3]}座；"
             f"新增节水灌溉面积{a1}亩，恢复及改善灌溉面积{a2}亩。"]
    plan = a2 - r.randint(500, 3000)
    return dict(name=f"{Y}年度{nm}续建配套与节水改造项目", field="水利", lines=lines,
                target=("恢复及改善灌溉面积", "亩", plan, a2),
                out=[("数量指标", "改造渠道长度", f"{m2(l1 + l2)}公里", f"{m2(l1 + l2)}公里"),
                     ("数量指标", "渠系建筑物维修", f"{sum(ks)}座", f"{sum(ks)}座"),
                     ("质量指标", "工程验收合格率", "100%", "100%"),
                     ("时效指标", "灌溉季节前完工", "按期", "按期")],
                ben=[("经济效益指标", "灌溉水利用系数", "≥0.55", "0.56"),
                     ("社会效益指标", "灌区农业生产条件", "明显改善", "明显改善")],
                scale=(1500, 6500), content="渠道衬砌、渠系建筑物配套及量测水设施等工程",
                goal=f"提高{nm}灌溉保证率和用水效率，保障粮食生产",
                bureau=[nm + "管理局", "水利局"], proj_short=f"{nm}续建配套与节水改造项目")


def sec_farm(doc):
    r, Y = doc.r, doc.Y
    a = r.randint(4000, 16000)
    b = r.randint(2000, 9000)
    A = a + b
    nc, lc, lr, npump = r.randint(20, 90), money(r, 12, 60), money(r, 8, 40), r.randint(2, 12)
    v, w = r.randint(2, 5), r.randint(6, 20)
    lines = [f"建设高标准农田{A}亩，分别为新建{a}亩、改造提升{b}亩；项目涉及{v}个乡镇{w}个行政村。",
             f"新建及整修沟渠{nc}条共{m2(lc)}公里，新建机耕路{m2(lr)}公里，新建小型泵站{npump}座。"]
    return dict(name=f"{Y}年度高标准农田建设项目", field="农业", lines=lines, area=A,
                target=("建设高标准农田", "亩", A, A),
                out=[("数量指标", "高标准农田建设面积", f"{A}亩", f"{A}亩"),
                     ("数量指标", "新建及整修沟渠", f"{nc}条", f"{nc}条"),
                     ("质量指标", "工程验收合格率", "100%", "100%"),
                     ("成本指标", "亩均财政投入", "≤3000元", "符合标准")],
                ben=[("经济效益指标", "亩均粮食产能提高", "≥50公斤", "60公斤"),
                     ("可持续影响指标", "工程设计使用年限", "≥15年", "15年")],
                scale=None, content="田块整治、灌溉排水、田间道路及农田防护等工程",
                goal="建成旱涝保收、高产稳产的高标准农田，夯实粮食安全基础",
                bureau=["农业农村局", "农田建设服务中心"], proj_short="高标准农田建设项目")


def sec_village(doc):
    r, Y = doc.r, doc.Y
    s = r.choice([800, 1000, 1200, 1500])
    h = r.randint(600, 3200)
    k, L, g = r.randint(3, 14), money(r, 6, 32), r.randint(30, 160)
    v = r.randint(8, 30)
    h2 = h + r.randint(200, 900)
    p = h2 * 3 + r.randint(0, h2)
    X = D(h * s) / 10000
    lines = [f"完成农村户用卫生厕所改造{h}户，新建村级公共厕所{k}座，建设污水收集管网{m2(L)}公里，配置垃圾收集点{g}个；"
             f"项目覆盖{v}个行政村，受益农户{h2}户{p}人。",
             f"户厕改造按每户{s}元标准补助，{h}户共补助资金{m2(X)}万元。"]
    doc.trap("单价×数量（元/户 对 万元）")
    plan = h - r.randint(20, 150)
    return dict(name=f"{Y}年度农村人居环境整治提升项目", field="农业", lines=lines, subsidy=X,
                target=("农村户厕改造", "户", plan, h),
                out=[("数量指标", "户厕改造数量", f"≥{plan}户", f"{h}户"),
                     ("数量指标", "村级公共厕所", f"{k}座", f"{k}座"),
                     ("质量指标", "改厕质量合格率", "≥95%", "98%"),
                     ("时效指标", "年度任务完成时间", "12月底前", "按期")],
                ben=[("社会效益指标", "农村卫生厕所普及率", "≥85%", "88%"),
                     ("生态效益指标", "村庄环境卫生状况", "明显改善", "明显改善")],
                scale=(500, 1600), content="户厕改造、公共厕所、污水收集及垃圾收运设施",
                goal="改善农村人居环境，建设宜居宜业和美乡村",
                bureau=["乡村振兴局", "农业农村局"], proj_short="农村人居环境整治提升项目")


def sec_comm(doc):
    r, Y = doc.r, doc.Y
    n = r.randint(3, 5)
    names = [c + "小区" for c in r.sample(COMMUNITIES, n)]
    bld = [r.randint(4, 30) for _ in range(n)]
    hh = [b * r.randint(14, 36) for b in bld]
    S = r.randint(30000, 180000)
    lines = [f"改造老旧小区{n}个，分别为{'、'.join(names)}，涉及楼栋{sum(bld)}栋、居民{sum(hh)}户，改造建筑面积{S}平方米。",
             "改造内容包括小区道路、雨污管网、供水供电、消防安防、绿化照明及适老化设施等。"]
    doc.trap("包括…等（非穷尽）")
    return dict(name=f"{Y}年城镇老旧小区改造项目", field="住建", lines=lines, comm=(names, bld, hh),
                target=("完成改造老旧小区", "个", n, n),
                out=[("数量指标", "改造老旧小区数量", f"{n}个", f"{n}个"),
                     ("数量指标", "惠及居民户数", f"≥{sum(hh) - 50}户", f"{sum(hh)}户"),
                     ("质量指标", "工程竣工验收合格率", "100%", "100%"),
                     ("时效指标", "年度开工率", "100%", "100%")],
                ben=[("社会效益指标", "居民居住环境", "明显改善", "明显改善"),
                     ("可持续影响指标", "长效管理机制", "建立", "已建立")],
                scale=(1200, 5800), content="小区基础设施和公共服务设施改造",
                goal="改善老旧小区居民居住条件，提升城市品质",
                bureau=["住房和城乡建设局", "城市更新服务中心"], proj_short="城镇老旧小区改造项目")


def sec_drain(doc):
    r, Y = doc.r, doc.Y
    a, b = money(r, 6, 28), money(r, 5, 24)
    k, mm = r.randint(120, 900), r.randint(1, 4)
    cap = r.choice([2000, 5000, 8000, 10000, 15000])
    lines = [f"新建雨污分流管网{m2(a + b)}公里（其中雨水管网{m2(a)}公里、污水管网{m2(b)}公里），改造检查井{k}座，"
             f"新建污水提升泵站{mm}座，设计规模为每日{cap}立方米。"]
    plan = q((a + b) * D(r.randint(88, 99)) / 100, 1)
    return dict(name=f"{Y}年城区雨污分流管网改造工程", field="住建", lines=lines,
                target=("新建雨污分流管网", "公里", plan, a + b),
                out=[("数量指标", "新建雨污分流管网长度", f"≥{plan}公里", f"{m2(a + b)}公里"),
                     ("数量指标", "改造检查井", f"{k}座", f"{k}座"),
                     ("质量指标", "管道闭水试验合格率", "100%", "100%"),
                     ("时效指标", "工程完工时间", "年底前", "按期")],
                ben=[("生态效益指标", "城市生活污水集中收集率", "≥70%", "74%"),
                     ("社会效益指标", "城区内涝点", "明显减少", "明显减少")],
                scale=(2200, 9800), content="雨水管网、污水管网、检查井及提升泵站等工程",
                goal="完善城区排水体系，提升污水收集处理效能",
                bureau=["城市管理局", "排水管理处", "住房和城乡建设局"], proj_short="城区雨污分流管网改造工程")


def sec_house(doc):
    r, Y = doc.r, doc.Y
    a, b = r.randint(60, 320), r.randint(20, 140)
    s1, s2 = r.choice([8000, 10000, 12000]), r.choice([30000, 35000, 40000])
    X = D(a * s1 + b * s2) / 10000
    p = (a + b) * 3 + r.randint(0, a + b)
    lines = [f"完成农村危房改造{a + b}户，分别为C级危房加固{a}户、D级危房拆除重建{b}户，涉及农村低收入群体{p}人。",
             f"按照加固每户{s1}元、重建每户{s2}元的标准，共发放补助资金{m2(X)}万元。"]
    doc.trap("单价×数量（元/户 对 万元）")
    doc.trap("人/户 不同单位")
    plan = a + b - r.randint(3, 15)
    return dict(name=f"{Y}年度农村危房改造项目", field="住建", lines=lines, subsidy=X, fixed_total=X,
                src_fixed=None, target=("农村危房改造", "户", plan, a + b),
                out=[("数量指标", "危房改造户数", f"≥{plan}户", f"{a + b}户"),
                     ("质量指标", "竣工验收合格率", "100%", "100%"),
                     ("时效指标", "补助资金发放及时率", "100%", "100%")],
                ben=[("社会效益指标", "农村低收入群体住房安全保障", "有效保障", "有效保障")],
                scale=None, content="农村危房加固和拆除重建补助",
                goal="保障农村低收入群体住房安全",
                bureau=["住房和城乡建设局", "村镇建设服务中心"], proj_short="农村危房改造项目")


SECTORS = dict(road=sec_road, bridge=sec_bridge, arterial=sec_arterial, reservoir=sec_reservoir,
               river=sec_river, water=sec_water, irrig=sec_irrig, farm=sec_farm, village=sec_village,
               comm=sec_comm, drain=sec_drain, house=sec_house)


# ----------------------------------------------------------------------------
# document
# ----------------------------------------------------------------------------
def build(doc):
    sp, r, Y = doc.spec, doc.r, doc.Y
    prov, short, county = sp["prov"], sp["short"], sp["county"]
    sec = SECTORS[sp["sector"]](doc)
    field = sec["field"]
    bureau = county + sp["bureau"]
    kabbr = county[0]
    style = sp.get("style", "tsv")
    key = sp.get("key", False)          # 重点项目绩效评价 (third party, commissioned by 财政局)
    proj = sec["name"]

    # -------------------------------------------------- money model
    if sec.get("fixed_total") is not None:
        T = sec["fixed_total"]
    elif sec.get("big"):
        T = D(r.randint(sec["scale"][0], sec["scale"][1]))
    elif sp["sector"] == "farm":
        T = D(sec["area"]) * r.randint(1600, 2600) / 10000
        T = q(T, 0)
    else:
        T = money(r, *sec["scale"])
    if sp["sector"] == "village":
        T = q(sec["subsidy"] + money(r, 300, 900))
    srcl = FIELD_SRC[field]
    if sp["sector"] == "village":
        srcl = ["中央财政衔接推进乡村振兴补助资金", "省级财政衔接资金", "市级财政资金", "县级财政资金", "统筹整合涉农资金"]
    # ---------------------------------------------------- this year's money
    srcv = sp.get("src", "compose")
    if srcv == "yi":
        T = q(T, 0) if T >= 10000 else D(r.randint(10000, 26000))
    exe = sp.get("exe", "simple")
    dl = sp.get("dl")
    if dl == "years":
        B = q(T * D(r.randint(45, 65)) / 100)
    elif sp.get("other_year"):
        B = q(T * D(r.randint(55, 90)) / 100)
    else:
        B = q(T * D(r.randint(55, 100)) / 100)
    C = q(B * D(r.randint(850, 985)) / 1000)
    if sp.get("halfup"):
        # engineer a quotient with an exact 5 in the third decimal (half-up matters)
        while True:
            B = D(8 * r.randint(int(T * D("0.5") / 8), int(T * D("0.9") / 8)))
            C = D(r.randint(int(B * D("0.86")), int(B * D("0.99"))))
            t = C * 100 / B
            if t == t.quantize(D("0.001")) and str(t.quantize(D("0.001")))[-1] == "5":
                break
        doc.trap("执行率恰在0.005处四舍五入")
    if exe in ("yearend", "income", "carrysrc", "selftable"):
        a0 = q(B * D(r.randint(8, 25)) / 100)
    else:
        a0 = D(0)
    Bnew = B - a0
    # ---------------------------------------------------- header
    m_rep = r.randint(3, 5)
    if key:
        doc.add(f"{county}{proj}重点绩效评价报告")
        doc.add(f"委托单位：{county}财政局；评价机构：{sp['evalfirm']}；项目主管部门：{bureau}")
    elif r.random() < 0.5:
        doc.add(bureau)
        doc.add(f"{proj}绩效自评报告")
    else:
        doc.add(f"{proj}{'' if proj.endswith('项目') else '项目'}支出绩效自评报告")
        doc.add(f"单位名称：{bureau}；填报日期：{Y + 1}年{m_rep}月{r.randint(2, 28)}日")

    doc.add("一、基本情况")
    doc.add("（一）项目概况")
    dept = FIELD_DEPT[field]
    fno = r.randint(12, 260)
    doc.add(f"根据《{prov}财政厅 {prov}{dept}厅关于下达{Y}年{sec['proj_short']}资金的通知》"
            f"（{short}财{FIELD_CAT[field]}〔{Y}〕{fno}号）等文件，{bureau}组织实施{proj}，"
            f"主要建设{sec['content']}。")
    for ln in sec["lines"]:
        doc.add(ln)

    # ---------------------------------------------------- 总投资及资金来源
    doc.add("（二）项目总投资及资金来源")
    k = sp.get("nsrc", 3)
    if sec.get("src_fixed"):
        labs = [a for a, _ in sec["src_fixed"]]
        parts = [b for _, b in sec["src_fixed"]]
        srcv = "compose2" if srcv not in ("compose", "compose2", "bracket") else srcv
    else:
        labs = [srcl[i] for i in sorted(r.sample(range(len(srcl)), k))]
        parts = split(r, T, k, whole=(0,))
    if srcv == "compose":
        items = "、".join(f"{l}{doc.v('src_part', m2(p), '资金来源') if i == 1 else m2(p)}万元"
                         for i, (l, p) in enumerate(zip(labs, parts)))
        doc.add(f"项目批复总投资{m2(T)}万元，资金来源构成为：{items}。")
    elif srcv == "compose2":
        items = "、".join(f"{l}{m2(p)}万元" for l, p in zip(labs[:-1], parts[:-1])) + f"和{labs[-1]}{m2(parts[-1])}万元"
        doc.add(f"项目总投资{m2(T)}万元，由{items}构成。")
    elif srcv == "bracket":
        items = "、".join(f"{l}{m2(p)}万元" for l, p in zip(labs, parts))
        doc.add(f"项目总投资{m2(T)}万元（{items}）。")
    elif srcv == "yi":
        while True:
            parts = split(r, T, k, whole=(0,))
            shares = [pct(p, T) for p in parts]
            if sum(shares) != 100:
                break
        items = "、".join(f"{l}{m2(p)}万元" for l, p in zip(labs, parts))
        doc.add(f"项目概算总投资{yi(T)}亿元，其中{items}，分别占总投资的"
                f"{'、'.join(ptx(s) + '%' for s in shares)}。")
        doc.trap("亿元总额与万元分项")
        doc.trap(f"占比合计{ptx(sum(shares))}%（四舍五入）")
    elif srcv == "nested":
        selfp = q(T * D(r.randint(5, 15)) / 100)
        F = T - selfp
        fparts = split(r, F, k, whole=(0,))
        items = "、".join(f"{l}{m2(p)}万元" for l, p in zip(labs, fparts))
        selfl = "群众自筹资金" if field == "农业" else "单位自筹资金"
        doc.add(f"项目总投资{m2(T)}万元，其中财政资金{m2(F)}万元（其中{items}），{selfl}{m2(selfp)}万元。")
        doc.trap("其中内嵌其中")
        labs, parts = labs, fparts
        if sp["sector"] == "farm":
            u = q(F * 10000 / sec["area"])
            doc.add(f"项目财政资金{m2(F)}万元，建设面积{sec['area']}亩，亩均财政投入{m2(u)}元。")
            doc.trap("亩均（元/亩 对 万元）")
    elif srcv in ("table", "table_sub"):
        pass  # rendered below, after caption
    if srcv == "table":
        arr = [q(B * p / T) for p in parts[:-1]]
        arr.append(B - sum(arr))
        spent = [q(C * a / B) for a in arr[:-1]]
        spent.append(C - sum(spent))
        doc.add(f"项目总投资{m2(T)}万元，资金来源及到位情况见表1。")
        doc.add("表1 项目资金来源及到位情况（单位：万元）")
        rows = [["资金来源", "计划投资", "实际到位", "已支出"]]
        for i, (l, p, a, sp_) in enumerate(zip(labs, parts, arr, spent)):
            at = m2(a)
            if i == 1:
                at = doc.v("tbl_part", at, f"表1“{l}”实际到位")
            rows.append([l, m2(p), at, m2(sp_)])
        rows.append(["合计", m2(sum(parts)), m2(sum(arr)), m2(sum(spent))])
        for ln in render_table(rows, style):
            doc.add(ln)
        doc.add(f"{labs[0]}{doc.v('tt_src', m2(arr[0]), '表1后文字')}万元已于{Y}年{r.randint(4, 9)}月拨付到位，"
                f"其余资金按工程进度拨付。")
        doc.trap("表格合计行")
    if srcv == "table_sub":
        doc.add(f"项目总投资{m2(T)}万元，{Y - 1}—{Y}年分年度下达及支出情况见下表。")
        doc.add(f"表1 {Y - 1}—{Y}年项目资金下达及支出情况（单位：万元）")
        rows = [["资金来源", "年度", "下达金额", "支出金额"]]
        gt = [D(0), D(0)]
        y2s = [q(B * p / T) for p in parts[:-1]]
        y2s.append(B - sum(y2s))
        e2s = [q(C * y / B) for y in y2s[:-1]]
        e2s.append(C - sum(e2s))
        for l, p, y2, e2 in zip(labs, parts, y2s, e2s):
            y1 = p - y2
            e1 = y1
            rows.append([l, f"{Y - 1}年", m2(y1), m2(e1)])
            rows.append(["", f"{Y}年", m2(y2), m2(e2)])
            rows.append(["", "小计", m2(p), m2(e1 + e2)])
            gt[0] += p
            gt[1] += e1 + e2
        rows.append(["合计", "", m2(gt[0]), m2(gt[1])])
        for ln in render_table(rows, style):
            doc.add(ln)
        doc.trap("小计+合计表")
    if sp.get("etc_use"):
        doc.add(f"项目资金主要用于{sec['content'].replace('等', '')}等。")
        doc.trap("主要用于…等")

    # ---------------------------------------------------- 二、绩效目标
    doc.add("二、绩效目标")
    tl, tu, tplan, tact = sec["target"]
    doc.add(f"总体目标：{sec['goal']}。年度目标：{tl}{fq(tplan)}{tu}以上，"
            f"工程验收合格率100%，受益群众满意度90%以上。")

    # ---------------------------------------------------- 三、评价工作
    doc.add("三、绩效评价工作开展情况")
    bands = sp.get("bands", "none")
    firm_note = f"委托{sp['evalfirm']}" if key else "成立绩效自评工作小组"
    doc.add(f"{Y + 1}年{max(1, m_rep - 2)}月，{firm_note}，采取资料核查、现场勘验和问卷调查相结合的方式，"
            f"对照绩效目标逐项评价。")
    if bands == "std4":
        doc.add("评价结果实行百分制，90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。")
        gw = ["优秀", "良好", "合格", "不合格"]
        bl = [90, 80, 60]
    elif bands == "five":
        doc.add("评价结果分为五个等级：90分（含）以上为优秀，80分（含）至90分为良好，70分（含）至80分为中等，"
                "60分（含）至70分为合格，60分以下为不合格。")
        gw = ["优秀", "良好", "中等", "合格", "不合格"]
        bl = [90, 80, 70, 60]
    elif bands == "shift":
        doc.add("综合得分85分（含）以上为“优”，70分（含）至85分为“良”，60分（含）至70分为“中”，60分以下为“差”。")
        gw = ["优", "良", "中", "差"]
        bl = [85, 70, 60]
        doc.trap("文中自定等级区间（85/70/60）")
    else:
        gw = sp.get("gwords", ["优", "良", "中", "差"])
        bl = [90, 80, 60]

    # ---------------------------------------------------- 四、资金使用
    doc.add("四、绩效目标实现情况")
    doc.add("（一）资金到位及使用情况")
    if srcv == "table_sub":
        assert a0 == 0, "table_sub lists this year's 下达 = 全年预算"
    if dl == "batches":
        n = r.randint(2, 4)
        bs = split(r, Bnew, n, whole=tuple(range(n - 1)))
        seg = []
        for i, b in enumerate(bs):
            mo = 2 + i * 3 + r.randint(0, 1)
            bt = doc.v("batch_part", m2(b), f"第{cn(i + 1)}批") if i == n - 1 else m2(b)
            seg.append(f"第{cn(i + 1)}批于{mo}月下达{bt}万元（{short if i == 0 else kabbr}财{FIELD_CAT[field]}〔{Y}〕{r.randint(5, 90)}号）")
        nb = "两" if n == 2 else cn(n)
        if r.random() < 0.5:
            doc.add(f"{Y}年下达项目资金{m2(Bnew)}万元，分{nb}批下达：{'，'.join(seg)}。")
        else:
            doc.add(f"{Y}年项目资金分{nb}批下达：{'，'.join(seg)}，合计{m2(Bnew)}万元。")
    elif dl == "years":
        Y0 = Y - 2
        prev = [q(T * D(r.randint(10, 17)) / 100), q(T * D(r.randint(10, 17)) / 100)]
        tot = sum(prev) + Bnew
        S_cum = sum(prev) - a0 + C
        doc.add(f"{Y0}—{Y}年累计下达项目资金{m2(tot)}万元，其中{Y0}年{m2(prev[0])}万元、{Y0 + 1}年{m2(prev[1])}万元、"
                f"{Y}年{m2(Bnew)}万元，截至{Y}年12月31日累计支出{m2(S_cum)}万元。")
        doc.trap("下达列表后接支出（角色不同）")
    elif dl == "twolists":
        bp = [q(Bnew * p / sum(parts)) for p in parts[:-1]]
        bp.append(Bnew - sum(bp))
        e = q(C * D(r.randint(82, 92)) / 100)
        f = q((C - e) * D(r.randint(50, 80)) / 100)
        g = C - e - f
        doc.add(f"{Y}年到位资金{m2(Bnew)}万元，其中{'、'.join(f'{l}{m2(p)}万元' for l, p in zip(labs, bp))}；"
                f"实际支出{m2(C)}万元，其中建安工程费{m2(e)}万元、工程建设其他费用{m2(f)}万元、预备费{m2(g)}万元。")
        doc.trap("一句两个其中（两个总额）")
    if sp.get("other_year"):
        if dl != "batches":
            doc.add(f"{Y}年下达项目资金{m2(Bnew)}万元，当年全部到位。")
        pv = q((T - B) * D(r.randint(40, 95)) / 100)
        doc.add(f"{Y - 1}年下达项目资金{m2(pv)}万元，已在{Y - 1}年度绩效自评中评价，不纳入本次评价范围。")
        doc.trap("他年同名数字")

    if exe == "full":
        Z = q(B * D(r.randint(12, 40)) / 100)
        A = B - Z
        P = pct(C, B)
        tail = ""
        if C > A:
            tail = f"，全年执行数为年初预算数的{ptx(pct(C, A))}%"
            doc.trap("执行数超年初预算（追加后>100%）")
        doc.add(f"{Y}年年初预算数{m2(A)}万元，年中追加预算{m2(Z)}万元，全年预算数{m2(B)}万元，"
                f"全年执行数{m2(C)}万元，预算执行率{doc.v('exec_P', ptx(P), '预算执行率')}%{tail}。")
        doc.trap("执行率以全年预算为分母（同句有年初预算）")
    elif exe == "simple":
        P = pct(C, B)
        doc.add(f"{Y}年项目全年预算数{m2(B)}万元，实际支出{m2(C)}万元，预算执行率{doc.v('exec_P', ptx(P), '预算执行率')}%，"
                f"结转下年{doc.v('carry_D', m2(B - C), '结转下年')}万元。")
    elif exe == "yearend":
        doc.add(f"{Y}年初项目结转资金{m2(a0)}万元，本年下达资金{m2(Bnew)}万元，本年支出{m2(C)}万元，"
                f"年末结转资金{doc.v('yearend_d', m2(B - C), '年末结转资金')}万元。")
        doc.trap("资金总额含年初结转")
    elif exe == "carrysrc":
        doc.add(f"{Y}年项目可用资金{m2(B)}万元，由上年结转资金{m2(a0)}万元和本年下达资金{m2(Bnew)}万元构成；"
                f"本年支出{m2(C)}万元，年末结转资金{m2(B - C)}万元。")
        doc.trap("资金来源含上年结转")
    elif exe == "income":
        doc.add(f"{Y}年本项目收入总计{m2(B)}万元，其中本年收入合计{m2(Bnew)}万元、年初结转和结余{m2(a0)}万元；"
                f"支出合计{m2(C)}万元，年末结转和结余{m2(B - C)}万元。")
        doc.trap("收入总计≠本年收入合计（含年初结转）")
    elif exe == "selftable":
        Z = q(B * D(r.randint(10, 30)) / 100)
        A = B - Z
        a2 = b2 = c2 = a0
        b1 = Bnew
        c1 = C - c2
        a1 = A - a2
        P = pct(C, B)
        sc = min(D(10), q(10 * C / B, 2))
        doc.add(f"表2 {Y}年度项目资金执行情况")
        rows = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                ["年度资金总额", m2(A), m2(B), m2(C), "10", ptx(P) + "%", m2(sc)],
                ["其中：当年财政拨款", m2(a1), m2(b1), m2(c1), "—", ptx(pct(c1, b1)) + "%", "—"],
                ["上年结转资金", m2(a2), m2(b2), m2(c2), "—", "100.00%", "—"],
                ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"]]
        for ln in render_table(rows, style):
            doc.add(ln)
        doc.trap("0/0（其他资金未发生）")
        doc.trap("执行率以全年预算为分母（同表有年初预算）")
        doc.trap("资金来源含上年结转")
        sp["_selfscore"] = sc
    if sp.get("zero") and exe != "selftable":
        doc.add("本项目无其他资金，上年结转资金0万元、支出0万元，结转资金执行率按100%计。")
        doc.trap("0/0 按100%计")
    if sp.get("yuan"):
        doc.add(f"全年执行数{m2(C)}万元（折合{C * 10000:.2f}元）已全部完成国库集中支付。")
        doc.trap("万元以元（含分）复述")
    if sp.get("etc_spend"):
        e = q(C * D(r.randint(60, 78)) / 100)
        f = q(C * D(r.randint(5, 12)) / 100)
        doc.add(f"从支出结构看，{Y}年支出{m2(C)}万元，主要包括建安工程费{m2(e)}万元、监理费{m2(f)}万元等。")
        doc.trap("其中…等（部分列举）")
    if sp.get("scope"):
        fin = q(C * D(r.randint(70, 92)) / 100)
        doc.add(f"按全部资金口径，{Y}年项目支出{m2(C)}万元；按一般公共预算财政拨款口径，项目支出{m2(fin)}万元，差额为专项债券及其他资金支出。")
        doc.trap("同名不同口径（全部资金/财政拨款）")
    if sp.get("change"):
        cat = {"交通": "交通建设", "水利": "水利建设", "农业": "农业农村建设", "住建": "城乡建设"}[field]
        cur = q(C * D(r.randint(130, 260)) / 100)
        prevc = q(cur * D(r.randint(60, 140)) / 100)
        while prevc == cur:
            prevc += D("13.27")
        d = cur - prevc
        word = "增加" if d > 0 else "减少"
        lead = f"{Y}年本单位{cat}类项目支出{m2(cur)}万元（含本项目{m2(C)}万元），{Y - 1}年{cat}类项目支出{m2(prevc)}万元，"
        if sp["change"] == "same":
            once = q(prevc * D(r.randint(8, 25)) / 100)
            d2 = cur - (prevc - once)
            w2 = "增加" if d2 > 0 else "减少"
            doc.add(lead + f"比上年{word}{m2(abs(d))}万元；剔除上年一次性征地拆迁补偿{m2(once)}万元后，"
                    f"同口径比上年{w2}{m2(abs(d2))}万元。")
            doc.trap("同口径增减")
        else:
            doc.add(lead + f"比上年{word}{m2(abs(d))}万元，{'增长' if d > 0 else '下降'}{ptx(pct(abs(d), prevc))}%。")
            doc.trap("增减额与增长率")
        doc.trap("括号含本项目（单项包含，非分项）")
    if sp.get("restate_unit"):
        what = "补助资金" if sec.get("subsidy") is not None and sp["sector"] == "house" else "全年执行资金"
        val = sec["subsidy"] if what == "补助资金" else C
        doc.add(f"{what}{doc.v('restate_unit', m2(val) + '万元', '资金使用复述')}全部用于{sec['content']}，未发现截留、挤占、挪用等情况。")

    # ---------------------------------------------------- 合同、结算审计、支付
    if sp.get("audit", True):
        doc.add("（二）项目实施及结算审计情况")
        W = q(T * D(r.randint(7800, 8900)) / 10000)
        SD = q(W * D(r.randint(930, 995)) / 1000)
        SA = q(SD * D(r.randint(10300, 11100)) / 10000)
        K = SA - SD
        firm = r.choice(FIRMS)
        am = r.randint(1, 2)
        contract_txt = f"项目通过公开招标确定施工单位，签订施工合同，合同金额{m2(W)}万元。"
        if sp.get("variation"):
            v0 = q(W * D(r.randint(3, 8)) / 100)
            W0 = W - v0
            contract_txt = (f"项目通过公开招标确定施工单位，原合同金额{m2(W0)}万元，实施中因设计变更签订补充协议增加{m2(v0)}万元，"
                            f"变更后合同金额{m2(W)}万元。")
            doc.trap("原合同金额/变更后合同金额（同名不同口径）")
        doc.add(contract_txt)
        doc.add(f"工程于{Y}年{r.randint(9, 12)}月完工并通过交工验收，{Y + 1}年{am}月经{firm}结算审计，"
                f"送审金额{m2(SA)}万元，审定金额{m2(SD)}万元，核减{m2(K)}万元，"
                f"审减率{doc.v('audit_rate', ptx(pct(K, SA)), '审减率')}%。")
        X = q(SD * D(r.randint(8200, 9700)) / 10000)
        pay = sp.get("pay", "rest")
        if pay == "rest":
            doc.add(f"截至{Y + 1}年{am + 1}月底，累计支付工程款{m2(X)}万元，占审定金额的{ptx(pct(X, SD))}%，"
                    f"剩余{m2(SD - X)}万元（含质量保证金）待缺陷责任期满后支付。")
        elif pay == "yuan":
            doc.add(f"截至{Y + 1}年{am + 1}月底，累计支付工程款{m2(X)}万元（{X * 10000:,.2f}元），占审定金额的{ptx(pct(X, SD))}%。")
            doc.trap("万元以元（含分、千分位）复述")
        if sp.get("restate_contract"):
            doc.add(f"工程款按施工合同（合同金额{doc.v('restate_contract', m2(W), '合同金额复述')}万元）约定的进度节点审核拨付，"
                    f"未发现超合同付款情况。")

    # ---------------------------------------------------- 绩效指标
    doc.add(f"（{cn(3 if sp.get('audit', True) else 2)}）绩效指标完成情况")
    P_done = pct(tact, tplan) if tplan else None
    if tplan:
        tpl, tac = fq(tplan), fq(tact)
        doc.add(f"计划{tl}{tpl}{tu}，实际完成{tac}{tu}，完成率{ptx(P_done)}%。")
        if P_done > 100:
            doc.trap("完成率超过100%")
    # satisfaction
    sat = sp.get("sat", True)
    Psat = None
    if sat:
        nq = r.randint(120, 400)
        mq = nq - r.randint(0, 12)
        u = r.randint(0, mq // 20 + 2)
        j = r.randint(mq // 10, mq // 4)
        kq = mq - u - j
        Psat = pct(kq + j, mq)
        doc.add(f"通过问卷调查开展满意度测评，共发放问卷{nq}份，回收有效问卷{mq}份，其中满意{kq}份、基本满意{j}份、不满意{u}份，"
                f"满意度为{doc.v('sat_rate', ptx(Psat), '满意度')}%（满意与基本满意之和占有效问卷的比例）。")
    if sp.get("persons"):
        pt = r.randint(300, 1600)
        pp = r.randint(pt // 4, pt // 2)
        nb2 = r.randint(2, 6)
        doc.add(f"项目建设期间吸纳当地群众务工{pt}人次，实际务工人员{pp}人，发放劳务报酬{m2(q(T * D(r.randint(150, 450)) / 10000))}万元；"
                f"组织施工安全和技术培训{nb2}批次{r.randint(nb2 * 20, nb2 * 60)}人次。")
        doc.trap("人次/人")
        doc.trap("批次/人次")

    # score
    scv = sp.get("score", "table3")
    target_S = sp.get("S")
    if target_S is None:
        target_S = D(r.randint(168, 196)) / 2
    S = D(target_S)
    if scv == "table3" or scv == "pairs":
        rows_i = [("产出指标",) + x for x in sec["out"]] + [("效益指标",) + x for x in sec["ben"]]
        rows_i.append(("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%",
                       f"{ptx(Psat)}%" if Psat is not None and not doc.slot("sat_rate") else "≥90%"))
        nout, nben = len(sec["out"]), len(sec["ben"])
        w_out = split_int_weights(r, 50, nout)
        w_ben = split_int_weights(r, 30, nben)
        wts = w_out + w_ben + [10]
        budget_w = 10
        if sp.get("_selfscore") is not None:
            bsc = sp["_selfscore"]
        else:
            bsc = min(D(10), q(10 * C / B, 2))
        others = q((S - bsc) * 2, 0) / 2
        S = bsc + others
        ded = D(90) - others
        caps = [D(0) if (tv == av and "%" in tv) else q(D(w) * D("0.4") * 2, 0) / 2
                for (_, _, _, tv, av), w in zip(rows_i[:-1], wts[:-1])] + [D(1)]
        if sum(caps) < ded:
            caps = [q(D(w) * D("0.5") * 2, 0) / 2 for w in wts[:-1]] + [D(1)]
        scores = distribute_ded(r, wts, ded, caps)
        if scv == "table3":
            doc.add("表3 绩效指标完成情况")
            rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
            prev1 = None
            slipped_row = None
            if doc.slot("tbl_score_leaf"):
                slipped_row = max(i for i in range(len(scores)) if scores[i] >= 2)
            for ri, ((a1, a2, a3, tv, av), w, s) in enumerate(zip(rows_i, wts, scores)):
                st = fmt_sc(s)
                if ri == slipped_row:
                    st = doc.v("tbl_score_leaf", st, f"表3“{a3}”得分")
                rows.append([a1 if a1 != prev1 else "", a2, a3, tv, av, str(w), st])
                prev1 = a1
            rows.append(["预算执行", "", "预算执行率", "100%", f"{ptx(pct(C, B))}%", "10", fmt_sc(bsc)])
            rows.append(["总分", "", "", "", "", "100", fmt_sc(S)])
            for ln in render_table(rows, style):
                doc.add(ln)
        else:
            so = sum(scores[:nout]); sb = sum(scores[nout:nout + nben]); ss = scores[-1]
            doc.add(f"1.预算执行：指标分值10分，得分{fmt_sc(bsc)}分。")
            doc.add(f"2.产出指标：指标分值50分，得分{fmt_sc(so)}分，得分率{ptx(pct(so, 50))}%。")
            doc.add(f"3.效益指标：指标分值30分，得分{fmt_sc(sb)}分，得分率{ptx(pct(sb, 30))}%。")
            doc.add(f"4.满意度指标：指标分值10分，得分{fmt_sc(ss)}分。")
            doc.add(f"以上四项合计得分{fmt_sc(S)}分。")
            doc.trap("得分率与得分并列")
    elif scv in ("summary", "prose4"):
        names4 = ["决策", "过程", "产出", "效益"]
        wts = [20, 20, 30, 30] if sp.get("w4") != "b" else [15, 25, 30, 30]
        scores = distribute_ded(r, wts, D(100) - S, [q(D(w) * D("0.35") * 2, 0) / 2 for w in wts])
        if scv == "summary":
            doc.add("表3 评价指标得分汇总")
            rows = [["一级指标", "分值", "得分", "得分率"]]
            for nm, w, s in zip(names4, wts, scores):
                rows.append([nm + "指标", str(w), fmt_sc(s), ptx(pct(s, w)) + "%"])
            rows.append(["合计", "100", fmt_sc(S), ptx(S) + "%"])
            for ln in render_table(rows, style):
                doc.add(ln)
            doc.trap("得分率与得分并列")
            why = ["绩效目标细化量化不足", "部分资金支付滞后、档案资料不完整", "部分工程完工时间滞后于计划",
                   "建后长效管护机制尚未健全"]
            ix = max(range(4), key=lambda i: (wts[i] - scores[i], i))
            doc.add(f"其中{names4[ix]}指标得分{doc.v('tt_score', fmt_sc(scores[ix]), '表3后文字')}分，"
                    f"扣分主要原因是{why[ix]}。")
        else:
            parts_s = [fmt_sc(s) for s in scores]
            parts_s[1] = doc.v("score_part", parts_s[1], "过程指标得分")
            doc.add(f"经评价，该项目决策、过程、产出、效益四类指标分别得分{parts_s[0]}分、{parts_s[1]}分、{parts_s[2]}分、{parts_s[3]}分，"
                    f"综合得分{fmt_sc(S)}分。")

    # ---------------------------------------------------- 五、结论
    doc.add("五、评价结论")
    gi = 0
    while gi < len(bl) and S < bl[gi]:
        gi += 1
    G = gw[gi]
    if doc.slot("grade"):
        # five stated bands: take the lower neighbour (its default-band range would still hold the score)
        wrong = gw[gi + 1] if (bands == "five" or gi == 0) else gw[gi - 1]
        doc.slipinfo = (G, wrong, "评价等级")
        G = G if doc.twin else wrong
    concl = (f"综上，{proj}{'绩效评价' if key else '绩效自评'}得分{fmt_sc(S)}分，"
             f"评价等级为“{G}”。")
    doc.add(concl)
    if sp.get("restate_invest"):
        doc.add(f"本项目总投资{doc.v('restate_invest', m2(T), '总投资复述')}万元，已完成年度建设任务并发挥效益。")
    if sp.get("restate_yi"):
        doc.add(f"本项目总投资{m2(T)}万元，已完成年度建设任务并发挥效益。")
        doc.trap("亿元/万元同一总额复述")

    doc.add("六、存在的问题及改进措施")
    probs = ["部分子项目开工较晚，资金支付进度前松后紧。", "工程建设资料归档不够及时，个别签证手续不完备。",
             "建后管护经费来源不稳定，长效管护机制有待健全。", "绩效目标设置不够细化，个别指标难以量化考核。"]
    pr = r.sample(probs, 2)
    doc.add(f"1.{pr[0]}2.{pr[1]}下一步将加快项目建设和资金支付进度，完善建后管护制度。")
    doc.add("七、绩效评价结果应用")
    doc.add(f"评价结果将作为以后年度安排同类项目资金的重要依据，并按规定在{county}人民政府门户网站公开。")
    return doc


def split_int_weights(r, total, n):
    """integer indicator weights (multiples of 5 where possible)"""
    base = [total // n // 5 * 5] * n
    rem = total - sum(base)
    i = 0
    while rem > 0:
        step = 5 if rem >= 5 else rem
        base[i % n] += step
        rem -= step
        i += 1
    return base


def distribute_ded(r, wts, ded, caps):
    """scores = weights minus deductions (multiples of 0.5, at most caps[i]) summing to ded"""
    ded = D(ded)
    units = int(ded * 2)
    assert D(units) / 2 == ded and units <= sum(int(c * 2) for c in caps), (ded, caps)
    dd = [D(0)] * len(wts)
    while units > 0:
        i = r.randrange(len(wts))
        if dd[i] + D("0.5") <= caps[i]:
            dd[i] += D("0.5")
            units -= 1
    return [D(w) - x for w, x in zip(wts, dd)]


def fq(x):
    if isinstance(x, D):
        return str(int(x)) if x == x.to_integral() else m2(x)
    return str(x)


def yi(T):
    return f"{D(T) / 10000:.4f}".rstrip("0").rstrip(".")


def fmt_sc(s):
    s = D(s)
    if s == s.to_integral():
        return str(int(s))
    t = f"{s:.2f}".rstrip("0")
    return t


# ----------------------------------------------------------------------------
# plan of the 40 documents
# ----------------------------------------------------------------------------
SLIPS = [
    # family, slot, how, sector, extra spec
    ("sum.breakdown", "src_part", "transpose", "road", dict(src="compose", exe="full", score="table3", bands="std4")),
    ("sum.breakdown", "tbl_part", "stale_down", "comm", dict(src="table", exe="simple", score="pairs", style="md")),
    ("sum.breakdown", "batch_part", "drop", "water", dict(src="bracket", dl="batches", exe="simple", score="prose4", key=True)),
    ("rate.ratio", "audit_rate", "transpose", "reservoir", dict(src="compose2", exe="yearend", score="table3", style="space")),
    ("rate.ratio", "sat_rate", "transpose", "farm", dict(src="nested", nsrc=3, exe="selftable", score="table3", style="bar")),
    ("rate.ratio", "exec_P", "transpose", "drain", dict(src="yi", nsrc=3, exe="full", score="summary", style="tsv", key=True, bands="std4")),
    ("balance.carryover", "carry_D", "transpose", "irrig", dict(src="compose", exe="simple", score="pairs", dl="years")),
    ("balance.carryover", "yearend_d", "stale", "village", dict(src="bracket", exe="yearend", score="table3", style="md")),
    ("fact.conflict", "restate_invest", "transpose", "arterial", dict(src="compose", nsrc=4, exe="full", score="table3", style="tsv", restate_invest=True)),
    ("fact.conflict", "restate_contract", "stale", "bridge", dict(src="compose2", exe="simple", score="prose4", restate_contract=True, key=True, bands="five")),
    ("unit.magnitude", "restate_unit", "unit", "house", dict(src="compose2", exe="simple", score="pairs", restate_unit=True, audit=False)),
    ("unit.magnitude", "restate_unit", "unit", "road", dict(src="bracket", exe="full", score="table3", style="space", restate_unit=True, road_form="list")),
    ("count.mismatch", "res_n", "pm1", "reservoir", dict(src="compose", exe="simple", score="pairs")),
    ("count.mismatch", "risk_n", "pm1", "river", dict(src="compose", nsrc=4, exe="full", score="table3", style="bar")),
    ("table.text", "tt_src", "transpose", "comm", dict(src="table", exe="simple", score="prose4", style="space", key=True)),
    ("table.text", "tt_score", "sc_down", "farm", dict(src="compose", nsrc=3, exe="simple", score="summary", style="md", key=True)),
    ("score.total", "score_part", "sc_down", "water", dict(src="compose", exe="yearend", score="prose4", key=True, bands="std4")),
    ("score.total", "tbl_score_leaf", "sc_down", "arterial", dict(src="bracket", nsrc=3, exe="simple", score="table3", style="tsv")),
    ("grade.band", "grade", None, "drain", dict(src="compose", exe="simple", score="pairs", bands="five", S="74.5")),
    ("grade.band", "grade", None, "bridge", dict(src="nested", exe="full", score="table3", style="md", S="86.5", gwords=["优秀", "良好", "合格", "不合格"])),
]

CLEAN = [
    ("road", dict(src="yi", nsrc=4, exe="full", dl="batches", score="table3", style="tsv", restate_yi=True, yuan=True)),
    ("bridge", dict(src="table_sub", exe="full", score="pairs", style="bar", persons=True, bands="shift", S="87")),
    ("arterial", dict(src="yi", nsrc=3, exe="selftable", score="summary", style="md", key=True, restate_yi=True, variation=True)),
    ("reservoir", dict(src="compose2", exe="income", score="table3", style="tsv", dl=None, etc_spend=True)),
    ("river", dict(src="nested", exe="full", dl="twolists", score="prose4", key=True, bands="five", S="78.5", other_year=True)),
    ("river", dict(src="table", exe="simple", score="table3", style="space", change="same", zero=True, halfup=True)),
    ("water", dict(src="yi", nsrc=3, exe="full", score="pairs", halfup=True, pay="yuan")),
    ("irrig", dict(src="table_sub", exe="full", score="summary", style="space", key=True, scope=True)),
    ("irrig", dict(src="nested", exe="carrysrc", dl="years", score="table3", style="bar", persons=True)),
    ("farm", dict(src="nested", nsrc=4, exe="full", dl="batches", score="pairs", etc_use=True, change="plain")),
    ("village", dict(src="compose", exe="income", score="summary", style="tsv", key=True, bands="shift", S="72.5", other_year=True)),
    ("village", dict(src="bracket", exe="selftable", score="table3", style="md", dl="twolists")),
    ("comm", dict(src="table_sub", exe="full", score="prose4", style="tsv", key=True, variation=True)),
    ("drain", dict(src="table", exe="full", score="table3", style="bar", yuan=True, scope=True)),
    ("house", dict(src="compose2", exe="selftable", score="summary", style="space", audit=False, other_year=True)),
    ("house", dict(src="bracket", exe="yearend", score="pairs", audit=False, change="same", persons=True)),
    ("road", dict(src="nested", exe="full", dl="years", score="prose4", key=True, bands="std4", etc_spend=True, zero=True)),
    ("reservoir", dict(src="bracket", exe="full", dl="batches", score="table3", style="space", pay="yuan", halfup=True)),
    ("arterial", dict(src="table", nsrc=4, exe="income", score="table3", style="md", scope=True)),
    ("farm", dict(src="yi", nsrc=3, exe="simple", score="table3", style="tsv", change="plain", persons=True, other_year=True)),
]


def plan():
    r = random.Random(SEED)
    kinds = [("slip", i) for i in range(len(SLIPS))] + [("clean", i) for i in range(len(CLEAN))]
    r.shuffle(kinds)
    years = [2019, 2020, 2021, 2022, 2023, 2024]
    specs = []
    for num, (kind, i) in enumerate(kinds, start=1):
        if kind == "slip":
            fam, slot, how, sector, extra = SLIPS[i]
            sp = dict(extra)
            sp["slip"] = (fam, slot, how)
            sp["family"] = fam
        else:
            sector, extra = CLEAN[i]
            sp = dict(extra)
            sp["family"] = "clean"
        sp["sector"] = sector
        prov, short, pool = PROVS[(num * 5) % len(PROVS)]
        sp["prov"], sp["short"] = prov, short
        sp["county"] = pool[(num // len(PROVS)) % len(pool)]
        sp["year"] = years[(num * 7 + i) % len(years)]
        sp["evalfirm"] = EVALFIRMS[num % len(EVALFIRMS)]
        specs.append((num, sp))
    # bureau: from the sector's list, alternating
    out = []
    for num, sp in specs:
        probe = Doc(num, dict(sp, bureau="", slip=None))
        sec = SECTORS[sp["sector"]](probe)
        sp["bureau"] = sec["bureau"][num % len(sec["bureau"])]
        out.append((num, sp))
    return out


def make(num, sp, twin=False):
    doc = Doc(num, dict(sp), twin=twin)
    build(doc)
    return doc


def main():
    args = sys.argv[1:]
    specs = plan()
    if args and args[0] == "--twins":
        outdir = args[1]
        os.makedirs(outdir, exist_ok=True)
        for num, sp in specs:
            if sp["family"] == "clean":
                continue
            doc = make(num, sp, twin=True)
            with open(os.path.join(outdir, doc.id + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(doc.lines) + "\n")
        return
    rows = ["id\texpected\tdetail"]
    for num, sp in specs:
        doc = make(num, sp)
        with open(os.path.join(HERE, doc.id + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(doc.lines) + "\n")
        if sp["family"] == "clean":
            detail = "traps: " + "; ".join(doc.traps)
        else:
            old, new, where = doc.slipinfo
            detail = (f"{where}: '{new}' should be '{old}' ({sp['slip'][2] or 'wrong band'}; "
                      f"slot {sp['slip'][1]})")
        rows.append(f"{doc.id}\t{sp['family']}\t{detail}")
    with open(os.path.join(HERE, "expect.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
