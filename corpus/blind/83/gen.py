#!/usr/bin/env python3
"""Blind test set 83: 乡镇/街道/村级组织/县直部门 三农与民生补贴 绩效自评报告.

Writes t01.txt..t40.txt and expect.tsv into the directory of this script
(or --out DIR).  `--twins DIR` writes, for every slip document, the same
document rebuilt from the same random draws without its slip.

Standard library only.  Every document has its own random.Random seeded
with a fixed string, so output is deterministic.  Money, rates and scores
are decimal.Decimal rounded half-up; floats are used only as
probabilities.
"""
import os
import random
import sys
from decimal import Decimal as D, ROUND_HALF_UP

SEED = "blind83"


# ---------------------------------------------------------------- helpers
def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def m2(x):
    return f"{q(x):.2f}"


def pc(a, b, nd=2):
    """percentage a/b*100 rounded half-up to nd decimals, as string"""
    v = q(D(a) / D(b) * 100, nd)
    return f"{v:.{nd}f}"


def money(r, lo, hi):
    return D(r.randint(int(lo * 100), int(hi * 100))) / 100


def transpose(s):
    """swap the right-most pair of adjacent, different digits (not across the point)"""
    for j in range(len(s) - 1, 0, -1):
        a, b = s[j - 1], s[j]
        if a.isdigit() and b.isdigit() and a != b:
            if j - 1 == 0 and b == '0':
                continue
            return s[:j - 1] + b + a + s[j + 1:]
    if '.' in s:  # digits on both sides of the point, e.g. 50.44 -> 54.04
        i = s.index('.')
        if i > 0 and i + 1 < len(s) and s[i - 1] != s[i + 1]:
            return s[:i - 1] + s[i + 1] + '.' + s[i - 1] + s[i + 2:]
    last = int(s[-1])
    return s[:-1] + str((last + 3) % 10)


def transpose_left(s):
    """swap the left-most pair of adjacent, different digits in the integer part"""
    for j in range(1, len(s)):
        a, b = s[j - 1], s[j]
        if a == '.' or b == '.':
            break
        if a.isdigit() and b.isdigit() and a != b:
            if j - 1 == 0 and b == '0':
                continue
            return s[:j - 1] + b + a + s[j + 1:]
    return transpose(s)


def dwidth(s):
    w = 0
    for ch in s:
        w += 2 if ord(ch) > 0x2E80 else 1
    return w


def render_table(rows, layout):
    """rows: list of lists of str (rows[0] = header)."""
    if layout == 'tab':
        return ['\t'.join(r) for r in rows]
    rows = [[c if c != '' else '—' for c in r] for r in rows]
    if layout == 'glued':
        return [' '.join(c for r in rows for c in r)]
    # space aligned
    ncol = max(len(r) for r in rows)
    widths = [0] * ncol
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], dwidth(c))
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            pad = widths[i] - dwidth(c)
            if i == 0:
                cells.append(c + ' ' * pad)
            else:
                cells.append(' ' * pad + c)
        out.append(('   '.join(cells)).rstrip())
    return out


def grade4(score, names=('优秀', '良好', '合格', '不合格')):
    if score >= 90:
        return names[0]
    if score >= 80:
        return names[1]
    if score >= 60:
        return names[2]
    return names[3]


PROV = {
    '湖南': ('湖南省', '湘'), '四川': ('四川省', '川'), '江西': ('江西省', '赣'),
    '河南': ('河南省', '豫'), '贵州': ('贵州省', '黔'), '甘肃': ('甘肃省', '甘'),
    '山东': ('山东省', '鲁'), '广西': ('广西壮族自治区', '桂'), '安徽': ('安徽省', '皖'),
    '湖北': ('湖北省', '鄂'), '河北': ('河北省', '冀'), '云南': ('云南省', '云'),
}

VILLAGES = ['东坪村', '西坪村', '河口村', '上营村', '下营村', '桃园村', '竹林村', '新华村',
            '红旗村', '马鞍村', '石门村', '杉木村', '梨树村', '大湾村', '柏林村', '长冲村',
            '金竹村', '枫香村', '龙潭村', '高桥村', '茶园村', '松林村']
TOWNS = ['城关镇', '石桥镇', '岔河镇', '官塘乡', '双溪镇', '沙坪镇', '大营镇', '杨柳乡',
         '白果乡', '龙门镇', '花园乡', '石龙镇', '新市镇', '青山镇', '枫林乡', '桂花镇']
COUNTY_TOWNS = {
    '柳溪县': ['城关镇', '石桥镇', '太平镇', '永安乡', '南岭乡', '东湖镇', '西河乡'],
    '青岚县': ['城关镇', '岔河镇', '龙洞乡', '金鸡镇', '白水镇', '三合乡', '回龙镇'],
    '桂田县': ['城关镇', '官塘乡', '桥头镇', '洋溪乡', '沙洲镇', '马田镇', '上坪乡'],
    '杞梁县': ['城关镇', '花园乡', '北关镇', '高庙乡', '三里镇', '黄集乡', '马店镇'],
    '云岫县': ['城关镇', '杨柳乡', '坪上镇', '羊场镇', '茶店乡', '河坝镇', '龙井乡'],
    '泉湾县': ['城关镇', '沙坪镇', '红水乡', '新墩镇', '柳林乡', '东湾镇', '下河乡'],
    '东皋县': ['城关镇', '大营镇', '新市镇', '北宅镇', '王庄乡', '东岭镇', '石河镇'],
    '岭西县': ['城厢镇', '石龙镇', '那坡镇', '古岭乡', '大安镇', '六合乡', '平塘镇'],
    '安澜县': ['城关镇', '双桥镇', '高河镇', '洪庙乡', '三河镇', '白湖镇', '平安乡'],
    '梅岗县': ['城关镇', '双溪镇', '黄坡镇', '河口镇', '杨林乡', '三店镇', '白沙镇'],
    '松源县': ['城关镇', '龙门镇', '大庄乡', '北岭镇', '石佛镇', '西营乡', '马坊镇'],
    '禾丰县': ['城关镇', '白果乡', '新街镇', '大寨乡', '河西镇', '平坝乡', '龙街镇'],
}


class Doc:
    def __init__(self, tkey, k, spec, twin=False):
        self.tkey = tkey
        self.k = k
        self.spec = spec
        self.family = spec.get('family')
        self.twin = twin
        self.rng = random.Random(f"{SEED}:{tkey}:{k}")
        self.sp = spec.get('sp', False)
        self.year = spec['year']
        self.prov, self.pabbr = PROV[spec['prov']]
        self.county = spec['county']
        self.body = spec['body']
        self.slip = None
        self.traps = list(spec.get('traps', []))

    def U(self, v, unit):
        if unit == '%':
            return f" {v}%" if self.sp else f"{v}%"
        return f" {v} {unit}" if self.sp else f"{v}{unit}"

    def UP(self, v, unit):
        """figure right after an opening bracket: no leading space"""
        return f"{v} {unit}" if self.sp else f"{v}{unit}"

    def pick(self, fam, right, wrong, desc):
        if self.family != fam:
            return right
        assert wrong != right, (self.tkey, self.k, right)
        self.slip = dict(family=fam, desc=desc, wrong=wrong, right=right)
        return right if self.twin else wrong

    def date_line(self):
        r = self.rng
        return f"{self.year + 1}年{r.randint(1, 4)}月{r.randint(1, 28)}日"


# ====================================================== T1 耕地地力保护补贴
def t_gengdi(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    county = d.spec['level'] == 'county'
    std = D(r.randint(9500, 13800)) / 100
    old_std = std - D(r.randint(80, 420)) / 100
    nv = r.randint(5, 7)
    pool = COUNTY_TOWNS[d.county] if county else VILLAGES
    names = r.sample(pool, nv)
    for _ in range(500):
        if county:
            areas = [D(r.randint(800000, 4200000)) / 100 for _ in names]
        else:
            areas = [D(r.randint(60000, 420000)) / 100 for _ in names]
        amts = [q(a * std) for a in areas]
        ta, tamt = sum(areas), sum(amts)
        if q(ta * std) != tamt:
            break
    hh = [int(a / (D(r.randint(30, 60)) / 10)) for a in areas]
    thh = sum(hh)
    people = r.randint(int(thh * 26 / 10), int(thh * 34 / 10))
    tph = r.randint(int(thh * 5 / 100), int(thh * 12 / 100))
    issued = q(tamt / 10000)
    bal = money(r, 0.5, 30 if county else 4)
    avail = issued + bal
    carry = money(r, 1, 25 if county else 3)
    alloc = avail - carry
    rate = pc(issued, avail)
    step = 1000 if county else 100
    plan = D(int(ta / step) * step - step)
    cr = pc(ta, plan)
    valid = r.choice([96, 120, 150, 180, 200]) - r.randint(0, 5)
    sat = valid - r.randint(1, 9)
    satp = pc(sat, valid)
    s1 = 10 if D(rate) >= D('99.5') else 9
    s2, s3, s4 = r.randint(36, 40), r.randint(26, 30), r.randint(17, 20)
    tot = s1 + s2 + s3 + s4
    g = grade4(tot)
    bi = max(range(nv), key=lambda i: areas[i])
    unitw = '县' if county else ('乡' if d.body.endswith('乡人民政府') else '镇')
    vunit = '乡镇' if county else '行政村'
    src = '市财政局' if county else '县财政局'
    L = [d.body, f"{Y}年度耕地地力保护补贴项目绩效自评报告", "一、基本情况", "（一）项目概况",
         f"耕地地力保护补贴是国家强农惠农富农政策的重要内容，补贴资金通过“一卡通”直接兑付到户，用于支持耕地地力保护和粮食生产。"
         f"根据《{d.prov}财政厅 {d.prov}农业农村厅关于下达{Y}年耕地地力保护补贴资金的通知》（{d.pabbr}财农〔{Y}〕{r.randint(12, 98)}号），"
         f"{src}下达我{unitw}{Y}年耕地地力保护补贴资金{U(m2(alloc), '万元')}。",
         "（二）补贴对象和标准",
         f"补贴对象为拥有耕地承包权的种地农民，补贴依据为二轮承包耕地面积，已改变用途的耕地和长期抛荒地不予补贴。"
         f"经核定，{Y}年补贴标准为每亩{U(m2(std), '元')}（{Y - 1}年为每亩{U(m2(old_std), '元')}）。",
         f"全{unitw}共核定补贴面积{U(m2(ta), '亩')}，涉及{nv}个{vunit}{U(thh, '户')}{U(people, '人')}，其中脱贫户{U(tph, '户')}。",
         "（三）资金到位及发放情况",
         f"表1  {Y}年耕地地力保护补贴发放明细"]
    hdr = ['乡镇' if county else '村名', '补贴面积（亩）', '补贴标准（元/亩）', '补贴金额（元）', '补贴户数（户）']
    rows = [hdr] + [[names[i], m2(areas[i]), m2(std), m2(amts[i]), str(hh[i])] for i in range(nv)]
    rows.append(['合计', m2(ta), '—', m2(tamt), str(thh)])
    L += render_table(rows, d.spec['layout'])
    carry_s = d.pick('sum.breakdown', m2(carry), transpose(m2(carry)),
                     '上年结转资金 in the 由…构成 breakdown of 可用补贴资金')
    L.append(f"{Y}年可用补贴资金{U(m2(avail), '万元')}，由本年下达资金{U(m2(alloc), '万元')}和上年结转资金{U(carry_s, '万元')}构成。")
    L.append(f"截至{Y}年12月31日，全年可用补贴资金{U(m2(avail), '万元')}，累计发放{U(m2(issued), '万元')}（{UP(m2(tamt), '元')}），"
             f"预算执行率{U(rate, '%')}，结余{U(m2(bal), '万元')}，已按规定结转下年统筹使用。")
    big_s = d.pick('table.text', m2(amts[bi]), transpose(m2(amts[bi])),
                   f'prose restatement of {names[bi]} 补贴金额 (table row)')
    L.append(f"从各{'乡镇' if county else '村'}情况看，{names[bi]}补贴面积和补贴金额均为全{unitw}最多，补贴金额{U(big_s, '元')}。")
    L += ["二、绩效目标完成情况",
          f"（一）数量指标：年度计划补贴面积{U(m2(plan), '亩')}，实际补贴面积{U(m2(ta), '亩')}，完成率{U(cr, '%')}。",
          f"（二）时效指标：补贴资金于{Y}年{r.choice([6, 7, 8])}月底前全部兑付到户，按时兑付率100%。",
          "（三）效益指标：补贴政策群众知晓率达到95%以上，耕地撂荒现象得到遏制，粮食播种面积保持稳定。",
          f"（四）满意度指标：随机抽取农户开展问卷调查，收回有效问卷{U(valid, '份')}，满意和基本满意{U(sat, '份')}，满意度{U(satp, '%')}。",
          "三、自评结论",
          f"经自评，该项目自评得分{U(tot, '分')}，其中预算执行得分{U(s1, '分')}、产出指标得分{U(s2, '分')}、效益指标得分{U(s3, '分')}、"
          f"满意度指标得分{U(s4, '分')}，评价等级为“{g}”。",
          "四、存在的问题",
          "一是部分农户土地流转后承包户与实际种植户不一致，补贴面积核实难度较大；二是村级公示资料归档不够规范。",
          "五、下一步工作",
          "进一步加强补贴面积核实和公示管理，推动补贴发放与耕地保护责任落实挂钩。",
          d.body, d.date_line()]
    return L


# ====================================================== T2 农机购置与应用补贴
MACH = [('拖拉机', '台', 1.6, 3.2), ('联合收割机', '台', 2.5, 5.8), ('水稻插秧机', '台', 0.6, 1.8),
        ('植保无人驾驶航空器', '架', 0.8, 1.6), ('谷物烘干机', '台', 3.0, 6.5), ('微耕机', '台', 0.05, 0.12),
        ('饲料（草）收获加工机械', '台', 0.3, 1.2)]


def t_nongji(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    cats = r.sample(MACH[:6], 5)
    cats.append(('其他机具', '台（套）', 0.05, 0.4))
    cnt = [r.randint(12, 260) for _ in cats[:-1]] + [r.randint(6, 60)]
    amt = [q(D(c) * money(r, lo, hi)) for c, (_, _, lo, hi) in zip(cnt, cats)]
    hh = [max(1, c - r.randint(0, c // 5)) for c in cnt]
    n, paid, th = sum(cnt), sum(amt), sum(hh)
    bal = money(r, 2, 60)
    avail = paid + bal
    carry = money(r, 5, 80)
    central = avail - carry
    ur = pc(paid, avail)
    prev_n = n - r.randint(20, 140)
    dn = n - prev_n
    plan_n = (n // 50) * 50 - r.choice([0, 50])
    cr = pc(n, plan_n)
    tp = r.randint(th // 20, th // 8)
    bt, pt = r.randint(3, 8), r.randint(180, 620)
    chk = r.randint(n // 6, n // 3)
    ns = r.choice([120, 150, 200, 240])
    valid = ns - r.randint(0, 8)
    sat = valid - r.randint(2, 12)
    sw = [10, 40, 30, 20]
    sc = [10 if D(ur) >= 98 else 9, r.randint(35, 40), r.randint(25, 30), r.randint(17, 20)]
    tot = sum(sc)
    NJ = '农机购置与应用补贴' if Y >= 2021 else '农机购置补贴'
    L = [d.body, f"{Y}年度{NJ}项目绩效自评报告", "一、项目基本情况", "（一）项目背景",
         f"{NJ}是推进农业机械化、提高农业综合生产能力的重要政策。我县严格执行“自主购机、定额补贴、先购后补、县级结算、直补到卡（户）”的操作方式，"
         f"补贴资金通过{NJ}辅助管理系统办理结算。",
         "（二）资金安排",
         f"{Y}年全县{NJ}全年可用资金{U(m2(avail), '万元')}，包括当年下达中央财政资金{U(m2(central), '万元')}、上年结转资金{U(m2(carry), '万元')}两项。",
         "二、绩效目标",
         f"年度绩效目标为：补贴各类农业机具不少于{U(plan_n, '台（套）')}，补贴资金使用率不低于90%，购机户满意度不低于90%。",
         "三、绩效目标完成情况", "（一）产出情况"]
    layout = d.spec['layout']
    if layout == 'prose':
        items = []
        for i, ((nm, un, _, _), c) in enumerate(zip(cats, cnt)):
            cs = str(c)
            if d.family == 'count.mismatch' and i == 2:
                cs = d.pick('count.mismatch', cs, transpose(cs) if len(set(cs)) > 1 else str(c + 9),
                            f'{nm} sub-count in the 其中 list under 补贴机具总数')
            items.append(f"{nm}{U(cs, un)}")
        L.append(f"全年共补贴各类农业机具{U(n, '台（套）')}，其中" + '、'.join(items[:-1]) + f"和{items[-1]}。")
        L.append(f"全年兑付补贴资金{U(m2(paid), '万元')}，受益购机户{U(th, '户')}，其中脱贫户{U(tp, '户')}。")
    else:
        L.append(f"表1  {Y}年{NJ}实施情况")
        rows = [['机具品目', '补贴数量（台/套）', '补贴资金（万元）', '受益户数（户）']]
        for (nm, un, _, _), c, a, h in zip(cats, cnt, amt, hh):
            rows.append([nm, str(c), m2(a), str(h)])
        rows.append(['合计', str(n), m2(paid), str(th)])
        L += render_table(rows, layout)
        bi = max(range(len(cats)), key=lambda i: cnt[i])
        L.append(f"全年共补贴各类农业机具{U(n, '台（套）')}，兑付补贴资金{U(m2(paid), '万元')}，其中{cats[bi][0]}补贴数量{U(cnt[bi], cats[bi][1])}，"
                 f"为补贴数量最多的品目。受益购机户{U(th, '户')}，其中脱贫户{U(tp, '户')}。")
    L.append(f"补贴机具总量{U(n, '台（套）')}，较上年{U(prev_n, '台（套）')}增加{U(dn, '台（套）')}，为年度目标{U(plan_n, '台（套）')}的{U(cr, '%')}。")
    L.append(f"对单台补贴额5万元以上的机具实行100%现场核验，全年现场核验机具{U(chk, '台（套）')}；组织农机手和基层农机化人员培训{U(bt, '批次')}、{U(pt, '人次')}。")
    L.append("（二）资金使用情况")
    ur_s = d.pick('rate.ratio', ur, pc(paid, central),
                  '资金使用率 (stale draft computed over 当年下达中央财政资金 instead of 全年可用资金)')
    L.append(f"截至{Y}年12月31日，全年可用资金{U(m2(avail), '万元')}，已兑付补贴资金{U(m2(paid), '万元')}，资金使用率{U(ur_s, '%')}，"
             f"结转下年{U(m2(bal), '万元')}，主要为年底前已申请但尚未完成核验的机具补贴。")
    L += ["（三）效益和满意度",
          "农机装备结构进一步优化，主要农作物耕种收综合机械化水平稳步提高，农机社会化服务能力明显增强。",
          f"发放购机户满意度调查问卷{U(ns, '份')}，收回有效问卷{U(valid, '份')}，满意{U(sat, '份')}，满意度{U(pc(sat, valid), '%')}。",
          "四、自评结论",
          f"对照年度绩效目标逐项自评，项目综合得分{U(tot, '分')}，其中资金执行{U(sc[0], '分')}、产出指标{U(sc[1], '分')}、效益指标{U(sc[2], '分')}、"
          f"满意度指标{U(sc[3], '分')}，自评等级为“{grade4(tot)}”。",
          "五、存在问题及改进措施",
          "部分机具补贴申请集中在年底，核验和结算时间紧；下一步将加强资金调度，做到随申请、随核验、随兑付。",
          d.body, d.date_line()]
    return L


# ====================================================== T3 农村低保和特困供养
def t_dibao(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    h = r.randint(2400, 7800)
    p = r.randint(int(h * 16 / 10), int(h * 19 / 10))
    prev_h = h + r.randint(30, 260)
    dh = prev_h - h
    c1 = r.randint(p // 6, p // 4)
    c2 = r.randint(p // 3, p // 2)
    c3 = p - c1 - c2
    std = r.choice([380, 400, 420, 450, 470, 500, 520, 550, 580, 600]) + 0
    old = std - r.choice([20, 25, 30, 35, 40])
    tk = std * 13 // 10
    tc = r.randint(80, 320)
    td = r.randint(600, 1900)
    t = tc + td
    dis = r.randint(t // 8, t // 4)
    lb = q(D(p * std * 12) * D(r.randint(52, 72)) / 100 / 10000)
    lb_prev = lb - q(lb * D(r.randint(20, 90)) / 1000)
    dlb = lb - lb_prev
    ta = q(D(tc * tk * 12) * D(r.randint(100, 135)) / 100 / 10000)
    tb_yuan = td * tk * 12
    tb = q(D(tb_yuan) / 10000)
    tkm = ta + tb
    tm = r.randint(900, 3200)
    tmh = r.randint(tm // 2, tm * 9 // 10)
    tmm = q(D(tm) * D(r.randint(550, 1400)) / 10000)
    avg = q(tmm * 10000 / tm, 0)
    spend = lb + tkm + tmm
    bal = money(r, 20, 160)
    fund = spend + bal
    fc = q(fund * D(r.randint(70, 80)) / 100)
    fp = q(fund * D(r.randint(8, 14)) / 100)
    fl = fund - fc - fp
    er = pc(spend, fund)
    plan_p = (p // 100) * 100
    sv = r.randint(180, 320)
    ss = sv - r.randint(2, 14)
    sc = [r.randint(9, 10), r.randint(36, 40), r.randint(26, 30), r.randint(8, 10)]
    tot = sum(sc)
    has_gp = d.spec.get('gp', True)
    lb_tail = f"，增长{U(pc(dlb, lb_prev), '%')}" if has_gp else ''
    dlb_s = d.pick('change', m2(dlb), transpose(m2(dlb)), '比上年增加额 of 农村低保金')
    lb_re = d.pick('unit.magnitude', U(m2(lb), '万元'), U(m2(lb), '元'),
                   '农村低保金 restated in 自评结论 with unit 元 instead of 万元')
    L = [d.body, f"{Y}年度农村最低生活保障和特困人员救助供养资金绩效自评报告", "一、基本情况", "（一）保障对象情况",
         f"截至{Y}年12月底，全县共有农村低保对象{U(h, '户')}{U(p, '人')}，较上年末{U(prev_h, '户')}减少{U(dh, '户')}，主要是动态管理中退出了家庭收入明显增加的对象。",
         f"全县农村低保对象{U(p, '人')}中，一类、二类、三类保障对象分别为{U(c1, '人')}、{U(c2, '人')}、{U(c3, '人')}。",
         *dibao_table(d, h, p, lb),
         f"全县农村特困供养人员{U(t, '人')}，其中集中供养{U(tc, '人')}、分散供养{U(td, '人')}；其中重度残疾人和失能、半失能人员{U(dis, '人')}。",
         "（二）保障标准",
         f"{Y}年农村低保标准由每人每月{U(old, '元')}提高到{U(std, '元')}，提高{U(std - old, '元')}；"
         f"特困人员基本生活标准按不低于当地低保标准1.3倍确定，为每人每月{U(tk, '元')}。",
         "二、资金安排及使用情况",
         f"{Y}年全县共筹集农村低保和特困供养资金{U(m2(fund), '万元')}，其中中央补助资金{U(m2(fc), '万元')}、省级补助资金{U(m2(fp), '万元')}、县级配套资金{U(m2(fl), '万元')}。",
         f"全年累计发放农村低保金{U(m2(lb), '万元')}，比上年{U(m2(lb_prev), '万元')}增加{U(dlb_s, '万元')}{lb_tail}。",
         f"全年发放特困人员救助供养金{U(m2(tkm), '万元')}，其中集中供养{U(m2(ta), '万元')}、分散供养{U(m2(tb), '万元')}。",
         f"分散供养特困人员按每人每月{U(tk, '元')}标准按月发放基本生活费，{U(td, '人')}全年{U(12, '个月')}共发放{U(f'{tb_yuan}.00', '元')}。",
         f"全年实施临时救助{U(tm, '人次')}，涉及{U(tmh, '户')}，发放临时救助金{U(m2(tmm), '万元')}，次均救助{U(avg, '元')}。",
         f"全年可用资金{U(m2(fund), '万元')}，实际支出{U(m2(spend), '万元')}，支出率{U(er, '%')}，结余{U(m2(bal), '万元')}结转下年继续用于困难群众救助。",
         "三、绩效目标完成情况",
         f"（一）产出指标：农村低保对象应保尽保，保障人数{U(p, '人')}，完成年度目标{U(plan_p, '人')}的{U(pc(p, plan_p), '%')}；低保金、特困供养金按月足额发放。",
         "（二）效益指标：困难群众基本生活得到有效保障，未发生因救助不及时导致的冲击社会道德底线事件。",
         f"（三）满意度指标：入户走访低保家庭{U(sv, '户')}，满意{U(ss, '户')}，满意度{U(pc(ss, sv), '%')}。",
         "四、自评结论",
         f"全年发放农村低保金{lb_re}，全部通过社会保障卡发放到户。",
         f"项目自评得分{U(tot, '分')}，其中预算执行{U(sc[0], '分')}、产出指标{U(sc[1], '分')}、效益指标{U(sc[2], '分')}、满意度指标{U(sc[3], '分')}，自评等级为“{grade4(tot)}”。",
         "五、存在问题和改进措施",
         "一是部分乡镇低保动态管理台账更新不及时；二是临时救助“小金额先行救助”落实不够到位。下一步将加强业务培训和督导检查。",
         d.body, d.date_line()]
    return L


def dibao_table(d, h, p, lb):
    lay = d.spec.get('layout', 'prose')
    if lay == 'prose':
        return []
    r = d.rng
    towns = COUNTY_TOWNS[d.county][:r.randint(5, 7)]
    k = len(towns)
    wts = [r.randint(60, 140) for _ in towns]
    hh = [h * w // sum(wts) for w in wts]
    hh[-1] = h - sum(hh[:-1])
    pp = [p * w // sum(wts) for w in wts]
    pp[-1] = p - sum(pp[:-1])
    mm = [q(lb * x / p) for x in pp]
    mm[-1] = lb - sum(mm[:-1])
    rows = [['乡镇', '低保户数（户）', '低保人数（人）', '发放低保金（万元）']]
    for i in range(k):
        rows.append([towns[i], str(hh[i]), str(pp[i]), m2(mm[i])])
    rows.append(['合计', str(h), str(p), m2(lb)])
    return [f"表1  {d.year}年各乡镇农村低保对象及低保金发放情况"] + render_table(rows, lay)


# ====================================================== T4 以工代赈
PROJ = ['产业路建设项目', '灌溉渠道改造项目', '村组道路硬化项目', '小型农田水利设施项目', '产业园区配套设施项目']


def t_ygdz(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    n = r.randint(3, 4)
    vil = r.sample(VILLAGES, n)
    kinds = r.sample(PROJ, n)
    names = [v + k for v, k in zip(vil, kinds)]
    cen = [money(r, 120, 480) for _ in range(n)]
    loc = [money(r, 10, 90) for _ in range(n)]
    inv = [c + l for c, l in zip(cen, loc)]
    lab = [q(c * D(r.randint(31, 42)) / 100) for c in cen]
    wk = [r.randint(40, 160) for _ in range(n)]
    C, Lc, T, LAB, W = sum(cen), sum(loc), sum(inv), sum(lab), sum(wk)
    share = pc(LAB, C)
    avg = q(LAB * 10000 / W, 0)
    x = r.randint(W // 3, W * 2 // 3)
    avail = T
    bal = money(r, 15, 60)
    spent = avail - bal
    er = pc(spent, avail)
    km = q(D(r.randint(62, 180)) / 10, 1)
    plan_km = q(km - D(r.randint(2, 12)) / 10, 1)
    tb, tp = r.randint(3, 9), r.randint(150, 480)
    sc = [r.randint(9, 10), r.randint(45, 50), r.randint(25, 30), r.randint(8, 10)]
    tot = sum(sc)
    zh = '、'.join(names[:-1]) + '和' + names[-1]
    thr = 30 if Y >= 2022 else 15
    L = [d.body, f"{Y}年度中央财政以工代赈项目绩效自评报告", "一、项目基本情况",
         f"{Y}年，我县共实施中央财政以工代赈项目{n}个，分别为{zh}。",
         f"项目总投资{U(m2(T), '万元')}，由中央财政以工代赈资金{U(m2(C), '万元')}和县级配套资金{U(m2(Lc), '万元')}构成。",
         "项目建设内容主要包括新建（改建）产业路、灌溉渠道、村组道路等小型农村基础设施，项目实施中优先吸纳当地农村劳动力特别是脱贫人口务工。",
         "二、绩效目标",
         f"新建和改建道路不少于{U(plan_km, '公里')}，劳务报酬发放比例不低于中央财政以工代赈资金的{thr}%，带动当地群众务工增收。",
         "三、项目实施及资金使用情况",
         f"表1  {Y}年以工代赈项目实施情况"]
    rows = [['项目名称', '总投资（万元）', '中央资金（万元）', '劳务报酬（万元）', '务工人数（人）']]
    for i in range(n):
        rows.append([names[i], m2(inv[i]), m2(cen[i]), m2(lab[i]), str(wk[i])])
    rows.append(['合计', m2(T), m2(C), m2(LAB), str(W)])
    L += render_table(rows, d.spec['layout'])
    bal_s = d.pick('balance.carryover', m2(bal), transpose(m2(bal)), '结余 of 项目资金 (到位 − 已支出)')
    L.append(f"截至{Y}年12月31日，项目资金到位{U(m2(avail), '万元')}，已支出{U(m2(spent), '万元')}，支出进度{U(er, '%')}，"
             f"结余{U(bal_s, '万元')}，为项目质保金，将于质保期满后支付。")
    share_s = d.pick('rate.ratio', share, transpose_left(share), '劳务报酬占中央财政以工代赈资金的比例')
    L.append(f"项目共吸纳当地群众务工{U(W, '人')}，其中脱贫人口和防止返贫监测对象{U(x, '人')}；发放劳务报酬{U(m2(LAB), '万元')}，人均{U(avg, '元')}，"
             f"占中央财政以工代赈资金的{U(share_s, '%')}，达到不低于{thr}%的政策要求。")
    L.append(f"完成新建（改建）道路{U(km, '公里')}，为计划{U(plan_km, '公里')}的{U(pc(km, plan_km), '%')}；开展务工技能培训{U(tb, '期')}、{U(tp, '人次')}。")
    L += ["四、绩效目标完成情况",
          "项目建成后有效改善了项目区群众生产生活条件，产业路和灌溉渠道通达率明显提高，劳务报酬按月足额发放，未发生拖欠农民工工资情况。",
          "五、自评结论",
          f"经自评，项目综合得分{U(tot, '分')}，其中预算执行{U(sc[0], '分')}、产出指标{U(sc[1], '分')}、效益指标{U(sc[2], '分')}、满意度指标{U(sc[3], '分')}，自评等级为“{grade4(tot)}”。",
          "六、存在问题",
          "部分项目受雨季影响开工较晚；务工群众技能培训内容与岗位需求结合不够紧密。下一步将提前谋划项目储备，加强技能培训。",
          d.body, d.date_line()]
    return L


# ====================================================== T5 村级组织运转经费
def t_cunji(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    n = r.randint(7, 11)
    vil = r.sample(VILLAGES, n)
    cad = [r.randint(4, 7) for _ in vil]
    CAD = sum(cad)
    m = r.randint(CAD * 55 // 100, CAD * 75 // 100)
    f = CAD - m
    pm = r.randint(CAD * 60 // 100, CAD * 85 // 100)
    p1 = n
    p2 = CAD - n
    s1 = r.choice([2600, 2800, 3000, 3200, 3500])
    s2 = s1 - r.choice([600, 800, 1000])
    y1 = p1 * s1 * 12
    y2 = p2 * s2 * 12
    a = q(D(y1 + y2) / 10000)
    s_off = r.choice([D('3.00'), D('4.00'), D('5.00'), D('6.00')])
    old_off = s_off - r.choice([D('0.50'), D('1.00')])
    b = s_off * n
    svc = [money(r, 3, 9) for _ in vil]
    c = sum(svc)
    tot = a + b + c
    # per-village allocation of 报酬: proportional to cadres, last one gets the rest
    pay = []
    for i in range(n):
        pay.append(q(a * cad[i] / CAD))
    pay[-1] = a - sum(pay[:-1])
    per_v = [pay[i] + s_off + svc[i] for i in range(n)]
    bud = tot - money(r, 8, 30)
    over = pc(tot, bud)
    zh = '、'.join(vil[:-1]) + '和' + vil[-1]
    m_s = d.pick('count.mismatch', str(m), str(m + 2),
                 '男 sub-count under 村“两委”干部总数 (stale figure from before two cadres were replaced; 男 + 女 ≠ 总数)')
    c_s = d.pick('sum.breakdown', m2(c), transpose(m2(c)), '服务群众专项经费 in the 由…构成 breakdown of 村级组织运转经费')
    unitw = '乡' if '乡' in d.body[-6:] else '镇'
    L = [d.body, f"{Y}年度村级组织运转经费绩效自评报告", "一、基本情况",
         f"全{unitw}辖{n}个行政村，分别为{zh}。",
         f"全{unitw}村“两委”干部共{U(CAD, '人')}，其中男{U(m_s, '人')}、女{U(f, '人')}；其中党员{U(pm, '人')}。",
         "二、资金安排标准",
         f"村党组织书记{U(p1, '名')}，基本报酬按每人每月{U(s1, '元')}标准发放，全年{U(12, '个月')}共发放{U(f'{y1}.00', '元')}。",
         f"其他村干部{U(p2, '名')}，基本报酬按每人每月{U(s2, '元')}标准发放，全年{U(12, '个月')}共发放{U(f'{y2}.00', '元')}。",
         f"村级组织办公经费标准由{Y - 1}年的每村每年{U(m2(old_off), '万元')}提高到{U(m2(s_off), '万元')}，提高{U(m2(s_off - old_off), '万元')}，全年拨付办公经费{U(m2(b), '万元')}。",
         "服务群众专项经费根据各村人口规模和服务事项核定，主要用于村内公益事业、环境整治、便民服务等支出。",
         "三、资金使用情况",
         f"全年村级组织运转经费{U(m2(tot), '万元')}，由村干部基本报酬{U(m2(a), '万元')}、村级组织办公经费{U(m2(b), '万元')}和服务群众专项经费{U(c_s, '万元')}构成。",
         f"年初预算{U(m2(bud), '万元')}，全年实际支出{U(m2(tot), '万元')}，为年初预算的{U(over, '%')}，主要是年中落实村干部报酬待遇追加了资金。",
         f"表1  {Y}年各村运转经费拨付情况"]
    rows = [['村名', '村干部人数（人）', '运转经费（万元）']]
    for i in range(n):
        rows.append([vil[i], str(cad[i]), m2(per_v[i])])
    rows.append(['合计', str(CAD), m2(tot)])
    L += render_table(rows, d.spec['layout'])
    sc = [r.randint(18, 20), r.randint(26, 30), r.randint(27, 30), r.randint(17, 20)]
    t = sum(sc)
    L += ["四、绩效目标完成情况",
          "村级组织运转经费按季度足额拨付到村，村干部报酬按月发放，村级组织正常运转和服务群众能力得到保障。",
          f"经自评，项目总得分{U(t, '分')}，其中项目决策{U(sc[0], '分')}、项目过程{U(sc[1], '分')}、项目产出{U(sc[2], '分')}、项目效益{U(sc[3], '分')}，等级为“{grade4(t)}”。",
          "五、存在问题及建议",
          "个别村服务群众专项经费使用进度偏慢，村务公开内容不够细化。下一步将督促各村严格执行村级财务管理制度。",
          d.body, d.date_line()]
    return L


# ====================================================== T6 乡镇部门决算说明
FUNC = ['一般公共服务支出', '公共安全支出', '社会保障和就业支出', '卫生健康支出', '城乡社区支出', '农林水支出', '住房保障支出']


def t_juesuan(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    for _ in range(500):
        pe, pu = money(r, 600, 1400), money(r, 90, 260)
        bs = pe + pu
        ps = money(r, 400, 1600)
        exp = bs + ps
        sb, spp = pc(bs, exp), pc(ps, exp)
        if D(sb) + D(spp) != 100:
            break
    end = money(r, 10, 120)
    carry = money(r, 15, 150)
    inc = exp + end - carry
    tot = inc + carry
    for _ in range(500):
        i2 = money(r, 20, 200)
        i3 = money(r, 2, 30)
        i1 = inc - i2 - i3
        ishare = [pc(i1, inc), pc(i2, inc), pc(i3, inc)]
        if sum(D(x) for x in ishare) != 100:
            break
    prev_inc = inc - money(r, 40, 300)
    dinc = inc - prev_inc
    funcs = ['一般公共服务支出', '农林水支出'] + r.sample([f for f in FUNC if f not in ('一般公共服务支出', '农林水支出')], 3)
    funcs.sort(key=FUNC.index)
    fp_total = i1 - money(r, 5, 40)
    share = [D(r.randint(100, 400)) for _ in funcs]
    cur = [q(fp_total * s / sum(share)) for s in share]
    cur[-1] = fp_total - sum(cur[:-1])
    prev = [q(c * D(r.choice([x for x in range(75, 126) if x != 100])) / 100) for c in cur]
    prev = [p if p > 5 else c + 10 for p, c in zip(prev, cur)]
    diff = [c - p for c, p in zip(cur, prev)]
    rate = [pc(df, p) for df, p in zip(diff, prev)]
    fbs = bs - money(r, 1, 20)
    fps = fp_total - fbs
    assert 0 < fps < ps, (fps, ps)
    car, rec = money(r, 3, 15), money(r, 1, 6)
    sg = car + rec
    sgb = sg + money(r, 0.5, 4)
    rb, rp = r.randint(20, 90), 0
    rp = rb * r.randint(3, 6)
    gp_g, gp_w, gp_s = money(r, 10, 80), money(r, 50, 400), money(r, 10, 90)
    gpt = gp_g + gp_w + gp_s
    sme = gpt - money(r, 0, 30)
    smi = sme - money(r, 5, 40)
    pexp = exp + money(r, -120, 60)
    once = q(pexp * D(r.randint(40, 110)) / 1000)
    adj = pexp - once
    jy = pu - money(r, 1, 10)
    jyp = jy + money(r, 2, 20)
    k = r.randint(6, 9)
    staff = r.randint(38, 95)
    mm = r.randint(staff // 2, staff * 3 // 4)
    pm = r.randint(staff // 2, staff * 4 // 5)
    nv, nc = r.randint(8, 18), r.randint(1, 3)
    has_gp = d.spec.get('gp', True)
    inc_tail = f"，增长{U(pc(dinc, prev_inc), '%')}" if has_gp else ''
    dinc_s = d.pick('change', m2(dinc), transpose(m2(dinc)), '本年收入合计比上年增加额')
    unit = '街道' if d.body.endswith('街道办事处') else ('乡' if d.body.endswith('乡人民政府') else '镇')
    fi = funcs.index('农林水支出') if '农林水支出' in funcs else len(funcs) - 1
    nlname = funcs[fi]
    nl_s = d.pick('table.text', m2(cur[fi]), transpose(m2(cur[fi])), f'prose restatement of table row {nlname}（{Y}年决算数）')
    L = [f"{d.body}{Y}年度部门决算情况说明", "一、部门基本情况",
         f"{d.body}内设党政综合办公室、经济发展办公室、社会事务办公室、综合行政执法队等{k}个机构，年末实有在职人员{U(staff, '人')}，"
         f"其中男{U(mm, '人')}、女{U(staff - mm, '人')}；其中党员{U(pm, '人')}。"
         + (f"全街道辖{nc + 4}个社区、{nv}个行政村。" if unit == '街道' else f"全{unit}辖{nv}个行政村、{nc}个社区。"),
         "二、收入支出决算总体情况说明",
         f"{Y}年度收入总计{U(m2(tot), '万元')}，其中本年收入合计{U(m2(inc), '万元')}、年初结转和结余{U(m2(carry), '万元')}；"
         f"支出总计{U(m2(tot), '万元')}，其中本年支出合计{U(m2(exp), '万元')}、年末结转和结余{U(m2(end), '万元')}。",
         f"本年收入合计{U(m2(inc), '万元')}，较上年{U(m2(prev_inc), '万元')}增加{U(dinc_s, '万元')}{inc_tail}，主要原因是{'乡村振兴衔接项目' if Y >= 2021 else '脱贫攻坚项目'}和基层干部待遇保障资金增加。",
         f"本年收入合计{U(m2(inc), '万元')}，其中一般公共预算财政拨款收入{U(m2(i1), '万元')}、政府性基金预算财政拨款收入{U(m2(i2), '万元')}、其他收入{U(m2(i3), '万元')}，"
         f"分别占本年收入合计的{U(ishare[0], '%')}、{U(ishare[1], '%')}和{U(ishare[2], '%')}。",
         "三、支出决算情况说明",
         f"本年支出合计{U(m2(exp), '万元')}，其中基本支出{U(m2(bs), '万元')}、项目支出{U(m2(ps), '万元')}，分别占本年支出合计的{U(sb, '%')}和{U(spp, '%')}。",
         f"基本支出{U(m2(bs), '万元')}，其中人员经费{U(m2(pe), '万元')}、公用经费{U(m2(pu), '万元')}。人员经费主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费等；"
         "公用经费主要包括办公费、印刷费、水电费、差旅费、维修（护）费等。",
         f"本年支出合计{U(m2(exp), '万元')}，比上年{U(m2(pexp), '万元')}{'增加' if exp >= pexp else '减少'}{U(m2(abs(exp - pexp)), '万元')}；"
         f"剔除上年一次性安排的灾后恢复重建资金{U(m2(once), '万元')}后，同口径上年支出{U(m2(adj), '万元')}，本年同口径增长{U(pc(exp - adj, adj), '%')}。",
         "四、一般公共预算财政拨款支出决算情况说明",
         f"{Y}年度一般公共预算财政拨款支出{U(m2(fp_total), '万元')}，其中基本支出{U(m2(fbs), '万元')}、项目支出{U(m2(fps), '万元')}。按支出功能分类如下：",
         "表1  一般公共预算财政拨款支出决算表（按功能分类）    单位：万元"]
    rows = [['科目名称', f'{Y}年决算数', f'{Y - 1}年决算数', '增减额', '增减率']]
    for i, fn in enumerate(funcs):
        rows.append([fn, m2(cur[i]), m2(prev[i]), m2(diff[i]), rate[i] + '%'])
    dt = fp_total - sum(prev)
    rows.append(['合计', m2(fp_total), m2(sum(prev)), m2(dt), pc(dt, sum(prev)) + '%'])
    L += render_table(rows, d.spec['layout'])
    L += [f"{nlname}{U(nl_s, '万元')}，主要用于农村综合改革、{'巩固拓展脱贫攻坚成果衔接乡村振兴' if Y >= 2021 else '脱贫攻坚'}和村级组织运转等方面。",
          "五、“三公”经费财政拨款支出决算情况说明",
          f"{Y}年度“三公”经费财政拨款支出决算中，因公出国（境）费{U('0', '万元')}、公务用车购置及运行维护费{U(m2(car), '万元')}、公务接待费{U(m2(rec), '万元')}，三项合计{U(m2(sg), '万元')}。",
          f"“三公”经费支出{U(m2(sg), '万元')}，为年初预算{U(m2(sgb), '万元')}的{U(pc(sg, sgb), '%')}。因公出国（境）费全年未发生，与上年持平；"
          f"公务接待费主要用于上级检查指导和兄弟乡镇考察交流等公务活动，全年共接待{U(rb, '批次')}、{U(rp, '人次')}。",
          "六、其他重要事项情况说明",
          f"机关运行经费{U(m2(jy), '万元')}，比上年{U(m2(jyp), '万元')}减少{U(m2(jyp - jy), '万元')}，下降{U(pc(jyp - jy, jyp), '%')}，主要是严格落实过紧日子要求，压减一般性支出。",
          f"{Y}年度政府采购支出总额{U(m2(gpt), '万元')}，其中政府采购货物支出{U(m2(gp_g), '万元')}、政府采购工程支出{U(m2(gp_w), '万元')}、政府采购服务支出{U(m2(gp_s), '万元')}。",
          f"授予中小企业合同金额{U(m2(sme), '万元')}，占政府采购支出总额的{U(pc(sme, gpt), '%')}，其中授予小微企业合同金额{U(m2(smi), '万元')}。",
          f"本年项目支出{U(m2(ps), '万元')}中，{U(m2(fps), '万元')}为一般公共预算财政拨款安排，其余为政府性基金和其他资金安排。"]
    return L


# ====================================================== T7 街道部门整体支出绩效自评
OFFICES = ['党政综合办公室', '党建工作办公室', '社区建设办公室', '经济发展办公室', '社会事务办公室', '平安建设办公室',
           '综合行政执法队', '退役军人服务站', '便民服务中心']


def t_jiedao(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    k = r.randint(5, 7)
    offs = OFFICES[:2] + r.sample(OFFICES[2:], k - 2)
    s = r.randint(42, 110)
    mm = r.randint(s * 4 // 10, s * 6 // 10)
    pm = r.randint(s // 2, s * 4 // 5)
    nc = r.randint(5, 12)
    a = money(r, 1500, 4800)
    add = money(r, 120, 900)
    b = a + add
    e = b - money(r, 10, 150)
    bs = q(e * D(r.randint(45, 65)) / 100)
    ps = e - bs
    sgp = money(r, 6, 20)
    sg = sgp - money(r, 0.5, 3)
    W = [('投入指标', 20), ('过程指标', 30), ('产出指标', 30), ('效果指标', 20)]
    target = d.spec.get('target')
    for _ in range(2000):
        halves = d.spec.get('halves', False)
        sc = []
        for nm, w in W:
            lo = w - 4
            v = D(r.randint(lo * 2 if halves else lo, w * 2 if halves else w)) / (2 if halves else 1)
            sc.append(v)
        t = sum(sc)
        if target is None or t == D(target):
            break
    bands = ('优', '良', '中', '差')
    g = grade4(t, bands)
    has_rate = d.spec.get('rate_col', True)
    fmt = (lambda v: f"{v:.1f}" if halves else f"{v:.0f}")
    hdr = ['一级指标', '分值', '得分'] + (['得分率'] if has_rate else [])
    rows = [hdr]
    slip_i = d.spec.get('slip_row', 1)
    for i, ((nm, w), v) in enumerate(zip(W, sc)):
        vs = fmt(v)
        if i == slip_i:
            wrong = fmt(v - 2) if v - 2 >= 0 else fmt(v - 1)
            vs = d.pick('score.total', vs, wrong, f'{nm} 得分 in the score table (合计 row unchanged)')
        rows.append([nm, str(w), vs] + ([pc(v, w) + '%'] if has_rate else []))
    rows.append(['合计', '100', fmt(t)] + ([pc(t, 100) + '%'] if has_rate else []))
    wrong_g = {'优': '良', '良': '优', '中': '良', '差': '中'}[g]
    g_s = d.pick('grade.band', g, wrong_g, 'overall 评价等级 versus the stated bands')
    ri = 2  # 产出指标 restated in prose
    L = [f"{d.body}{Y}年度部门整体支出绩效自评报告", "一、部门基本情况",
         f"{d.body}内设{k}个工作机构，分别为{'、'.join(offs[:-1])}和{offs[-1]}。年末实有在职人员{U(s, '人')}，其中男{U(mm, '人')}、女{U(s - mm, '人')}；其中党员{U(pm, '人')}。",
         f"街道辖{nc}个社区，主要承担党的建设、社区治理、公共服务、平安建设、城市管理等职能。",
         "二、部门整体支出情况",
         f"{Y}年年初预算{U(m2(a), '万元')}，年中追加{U(m2(add), '万元')}，全年预算{U(m2(b), '万元')}，全年支出{U(m2(e), '万元')}，预算执行率{U(pc(e, b), '%')}。",
         f"全年支出{U(m2(e), '万元')}，为年初预算的{U(pc(e, a), '%')}，主要是年中追加了社区工作者薪酬调标和老旧小区改造配套资金。",
         f"全年支出{U(m2(e), '万元')}，按性质分为基本支出{U(m2(bs), '万元')}和项目支出{U(m2(ps), '万元')}两部分。",
         f"“三公”经费支出{U(m2(sg), '万元')}，比上年{U(m2(sgp), '万元')}减少{U(m2(sgp - sg), '万元')}，下降{U(pc(sgp - sg, sgp), '%')}。",
         "三、绩效自评情况", "（一）评价方法和等级",
         "本次自评采用百分制，评价等级分为优（90分（含）以上）、良（80分（含）-90分）、中（60分（含）-80分）、差（60分以下）四个等级。",
         "（二）自评得分", f"表1  {Y}年度部门整体支出绩效自评得分情况"]
    L += render_table(rows, d.spec['layout'])
    L += ["（三）自评结论",
          f"经自评，{d.body}{Y}年度部门整体支出绩效自评得分{U(fmt(t), '分')}，评价等级为“{g_s}”。",
          f"产出指标分值{U(W[ri][1], '分')}，得分{U(fmt(sc[ri]), '分')}，得分率{U(pc(sc[ri], W[ri][1]), '%')}，社区治理、民生服务等重点任务基本完成。",
          "四、存在问题及改进措施",
          "一是预算编制精细化程度不高，年中追加较多；二是部分项目绩效目标设置不够量化。下一步将加强预算编制与绩效目标管理的衔接。",
          d.body, d.date_line()]
    return L


# ====================================================== T8 项目支出绩效自评表
T8P = {
    'xczx': dict(proj='衔接推进乡村振兴补助资金（产业发展）项目', impl='各乡镇人民政府',
                 inds=[('产出指标', '数量指标', '支持产业发展项目数', '≥{v}个', 4, 12),
                       ('产出指标', '数量指标', '带动脱贫户和监测户', '≥{v}户', 300, 900),
                       ('产出指标', '质量指标', '项目验收合格率', '100%', None, None),
                       ('产出指标', '时效指标', '资金拨付及时率', '≥95%', None, None),
                       ('效益指标', '经济效益指标', '带动脱贫人口人均增收', '≥{v}元', 300, 800),
                       ('效益指标', '可持续影响指标', '项目持续发挥效益年限', '≥5年', None, None),
                       ('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', None, None)]),
    'gyg': dict(proj='乡村公益性岗位补贴项目', impl='县公共就业和人才服务中心',
                inds=[('产出指标', '数量指标', '开发乡村公益性岗位', '≥{v}个', 400, 1200),
                      ('产出指标', '数量指标', '脱贫劳动力占上岗人员比例', '≥{v}%', 60, 80),
                      ('产出指标', '质量指标', '岗位补贴发放准确率', '100%', None, None),
                      ('产出指标', '时效指标', '补贴按月发放率', '100%', None, None),
                      ('效益指标', '社会效益指标', '脱贫劳动力就业稳定率', '≥90%', None, None),
                      ('效益指标', '可持续影响指标', '岗位管理制度健全性', '健全', None, None),
                      ('满意度指标', '服务对象满意度指标', '上岗人员满意度', '≥90%', None, None)]),
    'wfgz': dict(proj='农村低收入群体等重点对象住房安全保障（危房改造）项目', impl='各乡镇人民政府',
                 inds=[('产出指标', '数量指标', '完成农村危房改造', '≥{v}户', 80, 300),
                       ('产出指标', '质量指标', '竣工验收合格率', '100%', None, None),
                       ('产出指标', '时效指标', '当年开工率', '100%', None, None),
                       ('产出指标', '成本指标', '户均补助标准', '≤{v}万元', 2, 4),
                       ('效益指标', '社会效益指标', '重点对象住房安全保障率', '100%', None, None),
                       ('效益指标', '可持续影响指标', '改造后房屋安全使用年限', '≥20年', None, None),
                       ('满意度指标', '服务对象满意度指标', '改造户满意度', '≥90%', None, None)]),
    'gs': dict(proj='农村供水工程维修养护项目', impl='县农村供水管理站',
               inds=[('产出指标', '数量指标', '维修养护农村供水工程', '≥{v}处', 40, 160),
                     ('产出指标', '数量指标', '更换改造供水管网', '≥{v}公里', 20, 80),
                     ('产出指标', '质量指标', '维修养护工程验收合格率', '100%', None, None),
                     ('产出指标', '时效指标', '维修养护任务完成及时率', '≥95%', None, None),
                     ('效益指标', '社会效益指标', '农村自来水普及率', '≥{v}%', 88, 93),
                     ('效益指标', '可持续影响指标', '工程长效运行管护机制', '健全', None, None),
                     ('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', None, None)]),
}


def t_zibiao(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    P = T8P[d.spec['proj']]
    inds = P['inds']
    weights = [12, 12, 8, 8, 15, 15, 20] if len(inds) == 7 else None
    # 产出 40, 效益 30, 满意度 20, 预算执行 10
    a1 = money(r, 300, 1800)
    b1 = a1 + money(r, 10, 200)
    a2 = money(r, 10, 120)
    b2 = a2
    a3 = D(0)
    b3 = D(0)
    a, b = a1 + a2 + a3, b1 + b2 + b3
    e2 = b2
    e1 = b1 - money(r, 1, 40)
    e3 = D(0)
    e = e1 + e2 + e3
    er = pc(e, b)
    s0 = q(D(10) * D(er) / 100, 2)
    rows_i = []
    scores = []
    for (l1, l2, l3, tv, lo, hi), w in zip(inds, weights):
        short = tv not in ('≥5年', '≥20年') and r.random() < 0.35
        if lo is not None:
            v = r.randint(lo, hi)
            tvs = tv.format(v=v)
            unit = tvs.lstrip('≥≤').lstrip('0123456789')
            if tv.startswith('≤'):
                act = f"{v}.{r.randint(1, 4)}{unit}" if short else f"{v}{unit}"
            elif unit == '%':
                act = f"{v - r.randint(1, 3)}{unit}" if short else f"{v + r.randint(1, 4)}{unit}"
            elif short:
                act = f"{v - r.randint(1, max(1, v // 10))}{unit}"
            else:
                act = f"{v + r.randint(0, max(1, v // 10))}{unit}"
        else:
            tvs = tv
            if short:
                act = {'100%': f"{r.randint(96, 99)}%", '≥95%': f"{r.randint(90, 94)}%",
                       '≥90%': f"{r.randint(85, 89)}%", '健全': '基本健全'}[tv]
            else:
                act = {'100%': '100%', '≥95%': f"{r.randint(96, 100)}%", '≥90%': f"{r.randint(91, 98)}%",
                       '健全': '健全', '≥5年': '5年', '≥20年': '20年'}[tv]
        sco = w - r.randint(1, 2) if short else w
        scores.append(sco)
        rows_i.append([l1, l2, l3, tvs, act, w, sco, short])
    total = s0 + sum(scores)
    show_wt = d.spec.get('weight_total', True)
    cap_i = d.spec.get('cap_row', 0)
    sum_i = d.spec.get('sum_row', 1)
    out = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']]
    for i, (l1, l2, l3, tvs, act, w, sco, short) in enumerate(rows_i):
        ws, ss = str(w), str(sco)
        if i == cap_i and d.family == 'score.cap':
            wrong = str(sco - 2) if sco >= 8 else str(sco - 1)
            ws = d.pick('score.cap', ws, wrong, f'分值 of 三级指标 {l3} (得分 {sco} now above it)')
        if i == sum_i and d.family == 'score.total':
            ss = d.pick('score.total', ss, str(sco - 1), f'得分 of 三级指标 {l3} (总分 row unchanged)')
        dev = '未完全达到年度指标值，已督促整改' if short else '无'
        out.append([l1, l2, l3, tvs, act, ws, ss, dev])
    out.append(['总分', '', '', '', '', '100' if show_wt else '', f"{total:.2f}", ''])
    g = grade4(total)
    lay = d.spec['layout']
    L = [d.body, f"{Y}年度{P['proj']}绩效自评报告", "一、项目概况",
         f"{P['proj']}由{d.body}主管，{P['impl']}具体实施。{Y}年项目年初预算{U(m2(a), '万元')}，全年预算{U(m2(b), '万元')}（含上年结转资金{UP(m2(b2), '万元')}），全年执行{U(m2(e), '万元')}，预算执行率{U(er, '%')}。",
         "项目资金严格按照专项资金管理办法使用，未发现截留、挤占、挪用等情况。",
         "二、绩效自评结果", f"表1  {Y}年度项目支出绩效自评表",
         f"项目名称：{P['proj']}", f"主管部门：{d.body}    实施单位：{P['impl']}"]
    fund = [['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
            ['年度资金总额', m2(a), m2(b), m2(e), '10', er + '%', f"{s0:.2f}"],
            ['其中：当年财政拨款', m2(a1), m2(b1), m2(e1), '—', '—', '—'],
            ['上年结转资金', m2(a2), m2(b2), m2(e2), '—', '—', '—'],
            ['其他资金', m2(a3), m2(b3), m2(e3), '—', '—', '—']]
    L += render_table(fund, lay)
    L.append("年度总体目标完成情况：按计划完成年度建设和发放任务，资金使用规范，受益群众满意度较高。")
    if lay == 'tab':
        L += render_table(out, 'tab')
    else:
        out2 = [[c if c != '' else '—' for c in row] for row in out]
        L += render_table(out2, lay)
    L += ["三、自评结论",
          f"经自评，该项目绩效自评总得分{U(f'{total:.2f}', '分')}，自评等级为“{g}”。",
          "四、存在问题及改进措施",
          "部分绩效指标设置偏宽泛，个别项目资金拨付集中在下半年。下一步将细化量化绩效指标，加快资金拨付进度。",
          d.body, d.date_line()]
    return L


# ====================================================== T9 高龄津贴 / 计生扶助
def t_gaoling(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    kind = d.spec['kind']
    if kind == 'gl':
        cats = [('80—89周岁', r.choice([50, 60, 80, 100])), ('90—99周岁', r.choice([150, 200, 300])),
                ('100周岁及以上', r.choice([500, 600, 800]))]
        n = [r.randint(900, 3200), r.randint(120, 520), r.randint(3, 15)]
        title = '高龄老人津贴'
    else:
        cats = [('奖励扶助对象', r.choice([80, 100])), ('特别扶助（伤残）对象', r.choice([550, 590, 620])),
                ('特别扶助（死亡）对象', r.choice([680, 720, 770]))]
        n = [r.randint(3000, 9000), r.randint(150, 600), r.randint(200, 700)]
        title = '计划生育家庭奖励扶助和特别扶助资金'
    pm = [x * 12 - r.randint(0, x) for x in n]  # 发放人月数
    amt = [pmi * s for pmi, (_, s) in zip(pm, cats)]
    N = sum(n)
    yuan = sum(amt)
    wan = q(D(yuan) / 10000)
    p0 = N - r.randint(40, 200)
    add = r.randint(250, 600)
    rm = p0 + add - N
    ra = r.randint(N + 100, N * 2)
    a = money(r, 2, 40)
    bal_end = money(r, 3, 45)
    wan_prev = q(wan * D(r.randint(900, 975)) / 1000)
    bin_ = wan + bal_end - a
    sc = [r.randint(9, 10), r.randint(36, 40), r.randint(26, 30), r.randint(8, 10)]
    tot = sum(sc)
    old100 = n[2]
    d_s = d.pick('balance.carryover', m2(bal_end), transpose(m2(bal_end)), '年末结余 (年初结余 + 本年到位 − 全年发放)')
    re_s = d.pick('unit.magnitude', U(m2(wan), '万元'), U(m2(wan), '元'), f'{title} total restated in 自评结论 with 元 instead of 万元')
    who = '全乡' if d.body.endswith('乡人民政府') else ('全镇' if d.body.endswith('镇人民政府') else '全县')
    L = [d.body, f"{Y}年度{title}项目绩效自评报告", "一、项目基本情况"]
    if kind == 'gl':
        L.append(f"为保障高龄老年人基本生活，{who}对80周岁以上户籍老年人按月发放高龄津贴，新增对象自核准次月起发放，死亡对象自次月起停发。")
    else:
        L.append("计划生育家庭奖励扶助和特别扶助资金用于符合条件的农村部分计划生育家庭和计划生育特殊家庭，按年度资格确认、按月计发、按季发放。")
    L.append(f"{Y}年初在册{U(p0, '人')}，年内新增{U(add, '人')}，因死亡、迁出等原因停发{U(rm, '人')}，年末在册{U(N, '人')}。")
    L.append(f"年内开展待遇领取资格认证{U(ra, '人次')}，认证覆盖年末在册{U(N, '人')}。")
    L += ["二、资金发放情况", f"表1  {Y}年{title}发放情况"]
    rows = [['类别', '年末人数（人）', '发放人月数', '标准（元/人·月）', '发放金额（元）']]
    for (nm, s), ni, pmi, am in zip(cats, n, pm, amt):
        rows.append([nm, str(ni), str(pmi), str(s), f"{am}.00"])
    rows.append(['合计', str(N), str(sum(pm)), '—', f"{yuan}.00"])
    L += render_table(rows, d.spec['layout'])
    L.append(f"全年共发放{title}{U(f'{yuan}.00', '元')}，折合{U(m2(wan), '万元')}，均通过惠民惠农财政补贴资金“一卡通”发放到户。")
    L.append(f"全年发放金额{U(m2(wan), '万元')}，比上年{U(m2(wan_prev), '万元')}增加{U(m2(wan - wan_prev), '万元')}，"
             f"增长{U(pc(wan - wan_prev, wan_prev), '%')}，主要是{'高龄老年人数自然增长' if kind == 'gl' else '奖励扶助对象年满60周岁新纳入人数增加'}。")
    L.append(f"年初结余资金{U(m2(a), '万元')}，本年到位资金{U(m2(bin_), '万元')}，全年发放{U(m2(wan), '万元')}，年末结余{U(d_s, '万元')}。")
    if kind == 'gl':
        L.append(f"{cats[2][0]}老年人{U(old100, '人')}，按每人每月{U(cats[2][1], '元')}标准发放，其中年内新增百岁老人{U(r.randint(1, max(1, old100 // 3)), '人')}。")
    else:
        L.append(f"{cats[0][0]}按每人每月{U(cats[0][1], '元')}标准计发，其中年满60周岁新纳入对象{U(r.randint(200, 700), '人')}。")
    L += ["三、绩效目标完成情况",
          "（一）产出指标：符合条件对象应发尽发，发放准确率100%；资金按月（季）足额发放，发放及时率100%。",
          ("（二）效益指标：高龄老年人生活质量得到改善，敬老爱老的社会氛围进一步浓厚。" if kind == 'gl' else
           "（二）效益指标：计划生育家庭特别是特殊家庭的生活困难得到缓解，政策知晓率进一步提高。"),
          "四、自评结论",
          f"全年发放{re_s}，未发现冒领、错发情况。项目自评得分{U(tot, '分')}，其中预算执行{U(sc[0], '分')}、产出指标{U(sc[1], '分')}、"
          f"效益指标{U(sc[2], '分')}、满意度指标{U(sc[3], '分')}，等级为“{grade4(tot)}”。",
          "五、存在问题",
          "部分对象死亡后亲属未及时报告，存在停发滞后的风险；下一步将加强与公安、殡葬数据比对。",
          d.body, d.date_line()]
    return L


# ====================================================== T10 村级一事一议
def t_yishi(d):
    r, Y, U, UP = d.rng, d.year, d.U, d.UP
    fb = money(r, 25, 90)
    hhp = r.randint(150, 520)
    per = r.choice([50, 60, 80, 100, 120, 150])
    cm_yuan = hhp * per
    cm = q(D(cm_yuan) / 10000)
    sd = money(r, 0.5, 6)
    T = fb + cm + sd
    fbs = fb - money(r, 0.8, 3.5)
    bal = fb - fbs
    km = q(D(r.randint(12, 48)) / 10, 1)
    wdt = r.choice(['3.5', '4.0', '4.5'])
    dm = r.randint(300, 1800)
    ld = r.randint(20, 90)
    hh = hhp + r.randint(5, 80)
    pp = r.randint(int(hh * 28 / 10), int(hh * 36 / 10))
    tp = r.randint(hh // 12, hh // 6)
    nq = r.choice([60, 80, 100])
    vq = nq - r.randint(0, 4)
    sq = vq - r.randint(1, 6)
    snd = 2
    if d.spec.get('halfup'):
        nq = vq = 40
        sq = r.choice([37, 39])  # 92.5 / 97.5 -> half-up to 93 / 98
        snd = 0
    W = [20, 25, 30, 25]
    names = ['项目决策', '项目过程', '项目产出', '项目效益']
    target = d.spec.get('target')
    for _ in range(3000):
        sc = [D(r.randint(w - 6, w)) for w in W]
        t = sum(sc)
        if target is None or t == D(target):
            break
    bands = ('优秀', '良好', '合格', '不合格')
    g = grade4(t, bands)
    wrong_g = {'优秀': '良好', '良好': '优秀', '合格': '良好', '不合格': '合格'}[g]
    g_s = d.pick('grade.band', g, wrong_g, '评价等级 versus the stated bands')
    cap_i = d.spec.get('cap_row', 2)
    village = d.spec['village']
    L = [d.body, f"{village}{Y}年度村级公益事业一事一议财政奖补项目绩效自评报告", "一、项目基本情况",
         f"经村民代表会议讨论通过，{village}{Y}年实施村组道路硬化及配套设施建设一事一议财政奖补项目，"
         f"硬化村组道路{U(km, '公里')}（路面宽{wdt}米），修建排水沟{U(dm, '米')}，安装太阳能路灯{U(ld, '盏')}。",
         f"项目总投资{U(m2(T), '万元')}，由财政奖补资金{U(m2(fb), '万元')}、村民筹资{U(m2(cm), '万元')}和社会捐赠{U(m2(sd), '万元')}构成。",
         f"村民筹资按每户{U(per, '元')}标准向{U(hhp, '户')}筹集，共筹资{U(f'{cm_yuan}.00', '元')}（折合{UP(m2(cm), '万元')}），筹资方案经村民代表会议通过并张榜公示。",
         f"项目惠及{U(hh, '户')}{U(pp, '人')}，其中脱贫户{U(tp, '户')}。",
         "二、资金使用情况",
         f"截至{Y}年12月31日，财政奖补资金到位{U(m2(fb), '万元')}，实际支出{U(m2(fbs), '万元')}，支付进度{U(pc(fbs, fb), '%')}，"
         f"结余{U(m2(bal), '万元')}为工程质保金，待质保期满后支付。",
         "项目资金实行村财乡管，专账核算，工程款按进度凭验收单据支付，未发现挤占挪用情况。",
         "三、绩效自评情况",
         "按照评分标准，综合得分90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。"]
    texts = ['项目经村民代表会议民主议定，立项程序规范，绩效目标明确',
             '资金到位及时，财务管理和项目管理制度执行到位，工程监理和验收程序完整',
             '道路硬化、排水沟和路灯建设任务全部完成，工程质量验收合格',
             '群众出行和农产品运输条件明显改善，村容村貌得到提升']
    for i, (nm, w, v, tx) in enumerate(zip(names, W, sc, texts)):
        ws = str(w)
        if i == cap_i and d.family == 'score.cap':
            ws = d.pick('score.cap', ws, str(int(v) - 3), f'分值 of {nm} (得分 {v} now above it)')
        if v < w:
            tx += '，' + ['但项目前期论证资料不够完整', '但个别工程款支付凭证不够规范', '但部分路段排水沟盖板未同步完成',
                         '但后期管护机制尚不健全'][i]
        L.append(f"{i + 1}.{nm}（分值{ws}分）：{tx}，得分{U(f'{v:.0f}', '分')}。")
    L += [f"问卷调查：发放问卷{U(nq, '份')}，收回有效问卷{U(vq, '份')}，满意{U(sq, '份')}，满意度{U(pc(sq, vq, snd), '%')}。",
          "四、自评结论",
          f"综合自评得分{U(f'{t:.0f}', '分')}（项目决策{UP(f'{sc[0]:.0f}', '分')}、项目过程{U(f'{sc[1]:.0f}', '分')}、项目产出{U(f'{sc[2]:.0f}', '分')}、"
          f"项目效益{U(f'{sc[3]:.0f}', '分')}），评价等级为“{g_s}”。",
          "五、存在问题及建议",
          "项目建成后管护责任落实不够到位。建议落实村级公益设施管护责任，明确管护人员和经费。",
          d.body, d.date_line()]
    return L


# ====================================================== plan
T = {'gengdi': t_gengdi, 'nongji': t_nongji, 'dibao': t_dibao, 'ygdz': t_ygdz, 'cunji': t_cunji,
     'juesuan': t_juesuan, 'jiedao': t_jiedao, 'zibiao': t_zibiao, 'gaoling': t_gaoling, 'yishi': t_yishi}

SPECS = {
    'gengdi': [
        dict(prov='湖南', county='柳溪县', body='柳溪县农业农村局', year=2021, layout='space', level='county',
             family='sum.breakdown'),
        dict(prov='四川', county='青岚县', body='青岚县岔河镇人民政府', year=2023, layout='tab', level='town', sp=True,
             traps=['other_year', 'hu_ren', 'single_qizhong', 'yuan_cents', 'round_wan', 'round_product', 'over100', 'carryover_total']),
        dict(prov='江西', county='桂田县', body='桂田县官塘乡人民政府', year=2020, layout='glued', level='town',
             family='table.text'),
        dict(prov='河南', county='杞梁县', body='杞梁县农业农村局', year=2024, layout='space', level='county',
             traps=['other_year', 'hu_ren', 'single_qizhong', 'yuan_cents', 'round_wan', 'round_product', 'over100', 'carryover_total']),
    ],
    'nongji': [
        dict(prov='山东', county='东皋县', body='东皋县农业农村局', year=2022, layout='prose', family='count.mismatch'),
        dict(prov='贵州', county='云岫县', body='云岫县农业机械化服务中心', year=2021, layout='tab', sp=True,
             traps=['over100', 'batch_times', 'single_qizhong', 'carryover_total', 'other_year']),
        dict(prov='甘肃', county='泉湾县', body='泉湾县农业农村局', year=2024, layout='space', family='rate.ratio'),
        dict(prov='广西', county='岭西县', body='岭西县农业农村局', year=2019, layout='glued',
             traps=['over100', 'batch_times', 'single_qizhong', 'carryover_total', 'other_year']),
    ],
    'dibao': [
        dict(prov='安徽', county='安澜县', body='安澜县民政局', year=2023, family='unit.magnitude'),
        dict(prov='湖北', county='梅岗县', body='梅岗县民政局', year=2020, sp=True, layout='space',
             traps=['hu_ren', 'person_times', 'single_qizhong', 'over100', 'other_year']),
        dict(prov='河北', county='松源县', body='松源县民政局', year=2022, family='change', gp=False),
        dict(prov='云南', county='禾丰县', body='禾丰县民政局', year=2025, layout='tab',
             traps=['hu_ren', 'person_times', 'single_qizhong', 'over100', 'other_year']),
    ],
    'ygdz': [
        dict(prov='广西', county='岭西县', body='岭西县发展和改革局', year=2023, layout='tab', family='rate.ratio'),
        dict(prov='河南', county='杞梁县', body='杞梁县发展和改革委员会', year=2021, layout='space',
             traps=['single_qizhong', 'nonexh', 'over100', 'batch_times']),
        dict(prov='河北', county='松源县', body='松源县发展和改革局', year=2024, layout='glued', family='balance.carryover'),
        dict(prov='江西', county='桂田县', body='桂田县发展和改革委员会', year=2022, layout='space', sp=True,
             traps=['single_qizhong', 'nonexh', 'over100', 'batch_times']),
    ],
    'cunji': [
        dict(prov='湖北', county='梅岗县', body='梅岗县双溪镇人民政府', year=2021, layout='space', family='count.mismatch'),
        dict(prov='甘肃', county='泉湾县', body='泉湾县沙坪镇人民政府', year=2023, layout='tab',
             traps=['single_qizhong', 'nonexh', 'over100', 'other_year']),
        dict(prov='山东', county='东皋县', body='东皋县大营镇人民政府', year=2020, layout='glued', family='sum.breakdown'),
        dict(prov='贵州', county='云岫县', body='云岫县杨柳乡人民政府', year=2024, layout='space', sp=True,
             traps=['single_qizhong', 'nonexh', 'over100', 'other_year']),
    ],
    'juesuan': [
        dict(prov='湖南', county='柳溪县', body='柳溪县石桥镇人民政府', year=2022, layout='space', family='change', gp=False),
        dict(prov='云南', county='禾丰县', body='禾丰县白果乡人民政府', year=2019, layout='tab',
             traps=['carryover_total', 'round_share', 'nonexh', 'scope', 'zero_na', 'batch_times', 'other_year', 'same_caliber', 'single_qizhong']),
        dict(prov='河北', county='松源县', body='松源县龙门镇人民政府', year=2023, layout='glued', family='table.text'),
        dict(prov='四川', county='青岚县', body='青岚县青山街道办事处', year=2025, layout='space', sp=True,
             traps=['carryover_total', 'round_share', 'nonexh', 'scope', 'zero_na', 'batch_times', 'other_year', 'same_caliber', 'single_qizhong']),
    ],
    'jiedao': [
        dict(prov='安徽', county='安澜县', body='安澜县枫林街道办事处', year=2022, layout='space', family='score.total',
             rate_col=False, slip_row=1),
        dict(prov='湖北', county='梅岗县', body='梅岗县新市街道办事处', year=2023, layout='tab',
             traps=['fullbudget', 'over100', 'score_rate', 'single_qizhong', 'other_year']),
        dict(prov='甘肃', county='泉湾县', body='泉湾县城关街道办事处', year=2020, layout='glued', family='grade.band'),
        dict(prov='广西', county='岭西县', body='岭西县桂花街道办事处', year=2024, layout='space', sp=True, halves=True,
             target='89.5', traps=['fullbudget', 'over100', 'score_rate', 'band_edge', 'single_qizhong']),
    ],
    'zibiao': [
        dict(prov='湖南', county='柳溪县', body='柳溪县乡村振兴局', year=2022, layout='tab', proj='xczx',
             family='score.cap', weight_total=False, cap_row=0),
        dict(prov='山东', county='东皋县', body='东皋县人力资源和社会保障局', year=2020, layout='tab', proj='gyg',
             weight_total=False, traps=['fullbudget', 'carryover_total', 'rate_score', 'other_year']),
        dict(prov='江西', county='桂田县', body='桂田县住房和城乡建设局', year=2021, layout='space', proj='wfgz',
             family='score.total', sum_row=4),
        dict(prov='贵州', county='云岫县', body='云岫县水务局', year=2025, layout='tab', proj='gs',
             traps=['fullbudget', 'carryover_total', 'rate_score', 'other_year']),
    ],
    'gaoling': [
        dict(prov='河南', county='杞梁县', body='杞梁县花园乡人民政府', year=2023, layout='space', kind='gl',
             family='unit.magnitude'),
        dict(prov='广西', county='岭西县', body='岭西县石龙镇人民政府', year=2021, layout='tab', kind='gl', sp=True,
             traps=['person_times', 'yuan_cents', 'single_qizhong', 'other_year']),
        dict(prov='四川', county='青岚县', body='青岚县卫生健康局', year=2022, layout='glued', kind='jsf',
             family='balance.carryover'),
        dict(prov='甘肃', county='泉湾县', body='泉湾县民政局', year=2019, layout='space', kind='gl',
             traps=['person_times', 'yuan_cents', 'single_qizhong', 'other_year']),
    ],
    'yishi': [
        dict(prov='湖南', county='柳溪县', body='柳溪县石桥镇东坪村民委员会', village='东坪村', year=2023,
             family='grade.band', target=88),
        dict(prov='四川', county='青岚县', body='青岚县岔河镇马鞍村民委员会', village='马鞍村', year=2021, target=90, halfup=True,
             traps=['hu_ren', 'single_qizhong', 'yuan_cents', 'round_wan', 'band_edge', 'rate_halfup']),
        dict(prov='山东', county='东皋县', body='东皋县大营镇河口村股份经济合作社', village='河口村', year=2024, sp=True,
             family='score.cap', cap_row=2),
        dict(prov='云南', county='禾丰县', body='禾丰县白果乡桃园村民委员会', village='桃园村', year=2020, target=80, halfup=True,
             traps=['hu_ren', 'single_qizhong', 'yuan_cents', 'round_wan', 'band_edge', 'rate_halfup']),
    ],
}


def plan():
    items = []
    for tkey, specs in SPECS.items():
        for k, spec in enumerate(specs):
            items.append((tkey, k))
    rr = random.Random(SEED + ':order')
    for _ in range(200000):
        rr.shuffle(items)
        fams = [SPECS[t][k].get('family') for t, k in items]
        first = sum(1 for f in fams[:20] if f)
        # interleave: no run of more than 3 of the same kind, halves balanced
        runs_ok = True
        run = 1
        for i in range(1, 40):
            if bool(fams[i]) == bool(fams[i - 1]):
                run += 1
                if run > 3:
                    runs_ok = False
            else:
                run = 1
        tk_ok = all(items[i][0] != items[i - 1][0] for i in range(1, 40))
        if 9 <= first <= 11 and runs_ok and tk_ok:
            break
    else:
        raise SystemExit('no admissible order found')
    return [(f"t{i + 1:02d}", t, k) for i, (t, k) in enumerate(items)]


def build(tkey, k, twin=False):
    d = Doc(tkey, k, SPECS[tkey][k], twin)
    lines = T[tkey](d)
    return d, '\n'.join(lines) + '\n'


def main(argv):
    out = os.path.dirname(os.path.abspath(__file__))
    twins = None
    i = 1
    while i < len(argv):
        if argv[i] == '--twins':
            twins = argv[i + 1]
            i += 2
        elif argv[i] == '--out':
            out = argv[i + 1]
            i += 2
        else:
            raise SystemExit(f"unknown argument {argv[i]}")
    P = plan()
    if twins:
        os.makedirs(twins, exist_ok=True)
        for did, tkey, k in P:
            if SPECS[tkey][k].get('family'):
                d, txt = build(tkey, k, twin=True)
                with open(os.path.join(twins, did + '.txt'), 'w', encoding='utf-8') as fh:
                    fh.write(txt)
        return
    exp = ['id\texpected\tdetail']
    for did, tkey, k in P:
        d, txt = build(tkey, k)
        ctx = ''
        if d.family:
            _, twin = build(tkey, k, twin=True)
            dl = [(a, b) for a, b in zip(txt.split('\n'), twin.split('\n')) if a != b]
            assert len(dl) == 1, (did, len(dl))
            a, b = dl[0]
            w = d.slip['wrong']
            pos = 0
            while a[pos] == b[pos]:
                pos += 1
            pos = a.rfind(w, 0, pos + len(w))
            assert pos >= 0, (did, w)
            ctx = a[max(0, pos - 16): pos + len(w) + 6].replace('\t', ' ')
        n = txt.count('\n')
        assert 15 <= n <= 60, (did, tkey, k, n)
        with open(os.path.join(out, did + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write(txt)
        if d.family:
            s = d.slip
            exp.append(f"{did}\t{d.family}\twrong=“{s['wrong']}” right=“{s['right']}” in “…{ctx}…”: {s['desc']}")
        else:
            exp.append(f"{did}\tclean\ttraps: {', '.join(d.traps)}")
    with open(os.path.join(out, 'expect.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(exp) + '\n')


if __name__ == '__main__':
    main(sys.argv)
