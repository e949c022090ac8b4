#!/usr/bin/env python3
"""Generator for blind test set blind86 (hospital / primary care / CDC / school
unit reports).  Standard library only, fixed seed, deterministic.

    python3 gen.py                 # writes t01.txt..t40.txt and expect.tsv here
    python3 gen.py --out DIR       # same, into DIR
    python3 gen.py --twins DIR     # slip documents rebuilt without their slip

All money, rates and scores are decimal.Decimal, rounded half-up.  Floats are
never used for figures.
"""
import os
import random
import re
import sys
from decimal import Decimal as Dec, ROUND_HALF_UP

SEED = 86086
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------- helpers
def q(x, nd=2):
    return Dec(x).quantize(Dec(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def pct(a, b, nd=2):
    return q(Dec(a) * 100 / Dec(b), nd)


def money(rng, lo, hi):
    """a Decimal amount with cents drawn in [lo, hi]; bounds are int, str or Decimal"""
    return Dec(rng.randint(int(Dec(str(lo)) * 100), int(Dec(str(hi)) * 100))) / 100


def frac(rng, lo, hi):
    """a Decimal fraction drawn in [lo, hi] with 4 decimals"""
    return Dec(rng.randint(int(Dec(str(lo)) * 10000), int(Dec(str(hi)) * 10000))) / 10000


def fm(x):
    return format(q(x), '.2f')


def fmc(x):
    """money with thousands separators (tables only)"""
    return '{:,.2f}'.format(q(x))


def fp(x, nd=2):
    return format(q(x, nd), '.%df' % nd) + '%'


def fs(x):
    x = Dec(x)
    if x == x.to_integral_value():
        return str(int(x))
    return format(x.normalize(), 'f')


def transpose(s, mrng, avoid_first=True):
    """swap two adjacent distinct digits of a numeric string"""
    idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
    if avoid_first:
        idx2 = [i for i in idx if not (i == 0 and s[1] == '0')]
        idx = idx2 or idx
    if not idx:
        # no adjacent distinct digits: a mistyped last digit instead
        d = s[-1]
        return s[:-1] + str((int(d) + 3) % 10)
    # prefer positions away from the leading digit
    later = [i for i in idx if i > 0]
    pool = later or idx
    i = mrng.choice(pool)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


GRADE4 = [(90, '优'), (80, '良'), (60, '中'), (0, '差')]
GRADE4L = [(90, '优秀'), (80, '良好'), (60, '合格'), (0, '不合格')]
GRADE5 = [(90, '优秀'), (80, '良好'), (70, '合格'), (60, '基本合格'), (0, '不合格')]


def grade_of(s, bands):
    for lo, g in bands:
        if s >= lo:
            return g
    return bands[-1][1]


def band_sentence(bands):
    if bands is GRADE4:
        return '评价等级分为四档：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。'
    if bands is GRADE4L:
        return '评价等级划分为：90分（含）以上为“优秀”，80分（含）至90分为“良好”，60分（含）至80分为“合格”，60分以下为“不合格”。'
    return ('评价等次分为五档：90分（含）以上为“优秀”，80分（含）至90分为“良好”，70分（含）至80分为“合格”，'
            '60分（含）至70分为“基本合格”，60分以下为“不合格”。')


def render_table(rows, style):
    if style == 'pipe':
        out = ['| ' + ' | '.join(rows[0]) + ' |', '|' + '|'.join(['---'] * len(rows[0])) + '|']
        out += ['| ' + ' | '.join(r) + ' |' for r in rows[1:]]
        return out
    if style == 'tab':
        return ['\t'.join(r) for r in rows]
    if style == 'box':
        return ['│' + '│'.join(r) + '│' for r in rows]
    # space-aligned
    w = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    return ['  '.join(r[c].ljust(w[c]) for c in range(len(r))).rstrip() for r in rows]


def pdf_space(line):
    """imitate text extracted from PDF: blanks around figures"""
    line = re.sub(r'(?<=[^\s\d.\-])(\d[\d.]*)', r' \1', line)
    line = re.sub(r'(\d)(?=[^\d.\s%，。；、）)])', r'\1 ', line)
    return line


# ------------------------------------------------------------ name pools
PLACES = [
    ('河北省', '青岚县', '石梁市'), ('山西省', '汾源县', '晋峪市'), ('江西省', '桐溪县', '赣屏市'),
    ('湖南省', '岳溪县', '湘榆市'), ('四川省', '云岭县', '锦川市'), ('甘肃省', '祁川县', '河岚市'),
    ('广西壮族自治区', '青榕县', '桂岭市'), ('浙江省', '临溪县', '越屿市'), ('安徽省', '淮岭县', '皖丰市'),
    ('云南省', '澜川县', '滇宁市'), ('福建省', '东屿县', '闽泉市'), ('河南省', '伏牛县', '豫峰市'),
    ('贵州省', '黔岭县', '筑溪市'), ('吉林省', '白岭县', '松桦市'),
]
PROV_SHORT = {'河北省': '冀', '山西省': '晋', '江西省': '赣', '湖南省': '湘', '四川省': '川', '甘肃省': '甘',
              '广西壮族自治区': '桂', '浙江省': '浙', '安徽省': '皖', '云南省': '云', '福建省': '闽',
              '河南省': '豫', '贵州省': '黔', '吉林省': '吉'}
TOWNS = ['城关镇', '石桥镇', '龙泉镇', '柳河镇', '白马镇', '河口镇', '新塘镇', '太平镇']
STREETS = ['东门街道', '西园街道', '南湖街道', '北关街道']
COLLEGE = ['工业职业技术学院', '师范高等专科学校', '医学高等专科学校', '交通职业技术学院', '科技职业学院']
STD_GW = {2019: 69, 2020: 74, 2021: 79, 2022: 84, 2023: 89, 2024: 94, 2025: 99}


class Ctx:
    pass


def date_after(rng, y):
    return '%d年%d月%d日' % (y + 1, rng.randint(2, 4), rng.randint(1, 28))


# =================================================================== T1
# hospital, whole-unit expenditure self-evaluation
def t1(rng, c, fam, apply, mrng):
    Y = c.year
    U = c.unit
    kind = c.sub
    bz = rng.randrange(320, 720, 10)
    kf = bz + rng.randrange(-20, 95, 5)
    KFCR = kf * 365 - rng.randint(200, 3500)
    u = frac(rng, '0.86', '1.07')
    ZYCR = int(q(KFCR * u, 0))
    BU = pct(ZYCR, KFCR)
    CYCR = ZYCR + rng.randint(-1500, 1500)
    alos_t = frac(rng, '6.8', '9.6')
    CY = int(q(CYCR / alos_t, 0))
    ALOS = q(Dec(CYCR) / CY, 1)
    dCY = rng.randint(300, 2600)
    CY0 = CY - dCY
    M = rng.randint(260000, 640000)
    J = rng.randint(18000, 66000)
    MJ = M + J
    MZSR = q(Dec(MJ) * Dec(rng.randint(16000, 32000)) / 100 / 10000)
    ZYSR = q(Dec(CY) * Dec(rng.randint(620000, 1250000)) / 100 / 10000)
    cj1 = q(MZSR * 10000 / MJ)
    cj2 = q(ZYSR * 10000 / CY)
    YL = MZSR + ZYSR
    YP = q(YL * frac(rng, '0.21', '0.31'))
    YZB = pct(YP, YL)
    KY = money(rng, 20, 160)
    nonexh_sy = rng.random() < 0.5
    SYO = money(rng, 40, 260) if nonexh_sy else Dec(0)
    SY = YL + KY + SYO
    NC = money(rng, 1400, 4200)
    ZJ = money(rng, 120, 680)
    QN = NC + ZJ
    ZCX = QN - money(rng, 0, QN * Dec('0.06'))
    R = pct(ZCX, QN)
    FZ = QN
    QT = money(rng, 60, 480)
    INC = FZ + SY + QT
    RY = q(INC * frac(rng, '0.36', '0.43'))
    WC = q(INC * frac(rng, '0.25', '0.31'))
    GY = q(INC * frac(rng, '0.18', '0.25'))
    EXP = RY + WC + GY
    GZ = q(RY * frac(rng, '0.58', '0.68'))
    SB = q(RY * frac(rng, '0.12', '0.17'))
    ZCZE = money(rng, 22000, 68000)
    FZZE = q(ZCZE * frac(rng, '0.28', '0.58'))
    JZC = ZCZE - FZZE
    ZFL = pct(FZZE, ZCZE)
    staff = rng.randint(520, 1300)
    tech = int(staff * frac(rng, '0.80', '0.88'))
    senior = int(tech * frac(rng, '0.10', '0.17'))
    tMJ = int(MJ * frac(rng, '0.90', '0.98')) // 1000 * 1000
    tCY = int(CY * frac(rng, '0.90', '0.98')) // 100 * 100
    tALOS = q(ALOS + frac(rng, '0.3', '1.2'), 1)
    tYZB = 30 if YZB < 30 else 35
    r1 = pct(MJ, tMJ)
    r2 = pct(CY, tCY)
    qn = rng.randint(600, 1400)
    vn = qn - rng.randint(6, 45)
    sn = int(vn * frac(rng, '0.91', '0.985'))
    sat = pct(sn, vn)
    # score table
    caps = [15, 20, 35, 30]
    names = ['决策', '过程', '产出', '效益']
    want = (Dec(84), Dec('89.5')) if fam == 'grade.band' else (Dec(82), Dec(97))
    while True:
        sc = [Dec(cp) - Dec(rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 7])) / 2 for cp in caps]
        S = sum(sc)
        if want[0] <= S <= want[1]:
            break
    G = grade_of(S, GRADE4)
    style = c.table
    slip = None

    L = []
    L.append('%s%d年度单位整体支出绩效自评报告' % (U, Y))
    L.append('一、基本情况')
    L.append('（一）单位概况。%s是%s卫生健康局所属公益二类事业单位，为%s，承担辖区急危重症救治、常见病多发病诊疗和基层转诊任务。'
             '编制床位%d张，年末实际开放床位%d张；在职职工%d人，其中卫生专业技术人员%d人、高级职称%d人。'
             % (U, c.parent, kind, bz, kf, staff, tech, senior))
    L.append('（二）业务开展情况。全年完成门急诊%d人次（门诊%d人次、急诊%d人次），出院%d人次，较上年%d人次增加%d人次。'
             % (MJ, M, J, CY, CY0, dCY))
    bu_s = fp(BU)
    if fam == 'rate.ratio':
        wrong = transpose(format(BU, '.2f'), mrng) + '%'
        if apply:
            slip = ('rate.ratio', '病床使用率 "%s" should be "%s" = 实际占用总床日数%d ÷ 实际开放总床日数%d'
                    % (wrong, bu_s, ZYCR, KFCR))
            bu_s = wrong
    L.append('实际开放总床日数%d日，实际占用总床日数%d日，病床使用率%s；出院者占用总床日数%d日，出院者平均住院日%s日。'
             % (KFCR, ZYCR, bu_s, CYCR, fs(ALOS)))
    L.append('门急诊次均费用%s元，出院者次均费用%s元，药占比%s。' % (fm(cj1), fm(cj2), fp(YZB)))
    L.append('二、绩效目标')
    L.append('年初设定的整体绩效目标为：门急诊人次不低于%d人次，出院人次不低于%d人次，病床使用率不低于85%%，'
             '平均住院日控制在%s日以内，药占比控制在%d%%以内，患者满意度不低于90%%。' % (tMJ, tCY, fs(tALOS), tYZB))
    L.append('三、预算执行及资金使用情况')
    L.append('（一）收入情况。%d年本年收入合计%s万元，由财政补助收入%s万元、事业收入%s万元和其他收入%s万元构成。'
             % (Y, fm(INC), fm(FZ), fm(SY), fm(QT)))
    if nonexh_sy:
        L.append('事业收入%s万元，主要包括医疗收入%s万元、科研收入%s万元等。' % (fm(SY), fm(YL), fm(KY)))
    else:
        L.append('事业收入%s万元，由医疗收入%s万元和科研收入%s万元构成。' % (fm(SY), fm(YL), fm(KY)))
    L.append('医疗收入%s万元，包括门诊收入%s万元和住院收入%s万元两项；医疗收入中药品收入%s万元。'
             % (fm(YL), fm(MZSR), fm(ZYSR), fm(YP)))
    L.append('（二）支出情况。本年支出合计%s万元，按用途分为人员经费%s万元、药品及卫生材料支出%s万元和其他公用支出%s万元三项。'
             '人员经费中，基本工资和绩效工资%s万元，社会保障缴费%s万元。' % (fm(EXP), fm(RY), fm(WC), fm(GY), fm(GZ), fm(SB)))
    L.append('（三）财政补助资金执行情况。财政补助资金全年预算%s万元（年初预算%s万元、年中追加%s万元），全年实际支出%s万元，'
             '预算执行率%s。' % (fm(QN), fm(NC), fm(ZJ), fm(ZCX), fp(R)))
    L.append('（四）资产负债情况。年末资产总额%s万元，负债总额%s万元，净资产%s万元，资产负债率%s。'
             % (fm(ZCZE), fm(FZZE), fm(JZC), fp(ZFL)))
    L.append('四、绩效目标完成情况及自评结果')
    L.append('（一）产出和效益。门急诊人次目标值%d人次，实际完成%d人次，完成率%s；出院人次目标值%d人次，实际完成%d人次，完成率%s。'
             '病床使用率、平均住院日、药占比等指标均达到年度目标。' % (tMJ, MJ, fp(r1), tCY, CY, fp(r2)))
    L.append('（二）满意度。全年开展患者满意度调查，发放问卷%d份，回收有效问卷%d份，其中表示满意%d份，患者满意度%s。'
             % (qn, vn, sn, fp(sat)))
    L.append('（三）自评得分。按照整体支出绩效评价指标体系逐项打分，各一级指标得分如下（单位：分）：')
    rows = [['一级指标', '分值', '得分', '得分率']]
    for n, cp, s in zip(names, caps, sc):
        rows.append([n, str(cp), fs(s), fp(pct(s, cp))])
    rows.append(['合计', '100', fs(S), fp(pct(S, 100))])
    L += render_table(rows, style)
    L.append(band_sentence(GRADE4))
    g_s = G
    if fam == 'grade.band':
        wrong = {'良': '优', '中': '良', '优': '良'}[G]
        if apply:
            slip = ('grade.band', '自评等级 "%s" should be "%s": 自评得分%s分 falls in the stated band for “%s”'
                    % (wrong, G, fs(S), G))
            g_s = wrong
    L.append('本单位自评得分%s分，自评等级为“%s”。' % (fs(S), g_s))
    L.append('五、存在问题及改进措施')
    mj_s = str(MJ)
    if fam == 'fact.conflict':
        wrong = transpose(mj_s, mrng)
        if apply:
            slip = ('fact.conflict', '门急诊量 restated as "%s人次" in 五、; stated as %s人次 in 一、(二) and 四、(一)'
                    % (wrong, MJ))
            mj_s = wrong
    L.append('一是门诊服务压力持续加大，全年门急诊量达%s人次，高峰时段候诊时间偏长。下一步将推行分时段预约诊疗，优化就诊流程。' % mj_s)
    L.append('二是学科建设仍有短板，高层次人才引进难度较大。下一步将加强与省级医院的专科联盟合作，完善人才培养和激励机制。')
    L.append('三是成本管控有待加强。下一步将深化全面预算管理和成本核算，严格控制不合理支出。')
    L.append('%s' % U)
    L.append(date_after(rng, Y))
    traps = ['over100(完成率%s/%s)' % (fp(r1), fp(r2)), 'fullyear_budget(执行率 over 全年预算 not 年初预算)',
             'own_denominator(满意度 over 有效问卷 %d not 发放 %d)' % (vn, qn), 'score_rate(得分率 column)',
             'asset_identity(资产=负债+净资产)', 'nonexhaustive(人员经费中 / 其中卫生专业技术人员)',
             'person_vs_visit(人次 vs 人)', 'rounding(次均费用 = 收入÷人次)', 'other_year(上年出院人次)']
    if BU > 100:
        traps.append('over100(病床使用率%s)' % fp(BU))
    if nonexh_sy:
        traps.append('nonexhaustive(事业收入 主要包括…等)')
    return L, slip, traps


# =================================================================== T2
# hospital final-accounts explanation (决算说明)
def t2(rng, c, fam, apply, mrng):
    Y = c.year
    U = c.unit
    bz = rng.randrange(100, 520, 10)
    staff = rng.randint(260, 980)
    CZ0 = money(rng, 900, 3600)
    CZ = CZ0 + money(rng, -300, 500)
    YL0 = money(rng, bz * 40, bz * 72)
    YL = YL0 + money(rng, -800, 2600)
    KY0 = money(rng, 10, 90)
    KY = KY0 + money(rng, -8, 40)
    hid = rng.random() < 0.5
    SYO0 = money(rng, 30, 160) if hid else Dec(0)
    SYO = (SYO0 + money(rng, -20, 40)) if hid else Dec(0)
    SY0 = YL0 + KY0 + SYO0
    SY = YL + KY + SYO
    QT0 = money(rng, 80, 600)
    shares_round = rng.random() < 0.7
    # choose 其他收入 so that the shares need rounding (sum 99.99 or 100.01) when wanted
    for _ in range(4000):
        QT = QT0 + money(rng, -60, 90)
        BNSR = CZ + SY + QT
        pa, ps, pq = pct(CZ, BNSR), pct(SY, BNSR), pct(QT, BNSR)
        if (pa + ps + pq != 100) == shares_round:
            break
    BNSR0 = CZ0 + SY0 + QT0
    NCJZ = money(rng, 300, 2200)
    SRZJ = BNSR + NCJZ
    BNZC = BNSR - money(rng, -200, 600)
    if BNZC > BNSR + NCJZ - 50:
        BNZC = BNSR + NCJZ - 50
    NMJZ = NCJZ + BNSR - BNZC
    ZCZJ = BNZC + NMJZ
    XM = q(BNZC * frac(rng, '0.06', '0.14'))
    JB = BNZC - XM
    E1 = q(BNZC * frac(rng, '0.40', '0.48'))
    E3 = q(BNZC * frac(rng, '0.02', '0.05'))
    E4 = q(BNZC * frac(rng, '0.04', '0.09'))
    E2 = BNZC - E1 - E3 - E4
    XMcz = q(XM * frac(rng, '0.45', '0.80'))
    CZA = money(rng, 20, 260)           # 年初财政拨款结转和结余
    CZZC = CZA + CZ - money(rng, 5, 200)
    CZD = CZA + CZ - CZZC
    comparable = (fam != 'change') and rng.random() < 0.6
    oneoff = '疫情防控专项经费' if 2021 <= Y <= 2024 else '大型医用设备购置专项经费'
    CZZC0 = CZZC + money(rng, 60, 420) if not comparable else CZZC + money(rng, 30, 150)
    ONE = money(rng, 200, 500)  # 上年一次性安排 (only used when comparable)
    d_raw = CZZC0 - CZZC
    ZCE = money(rng, 15000, 52000)
    FZE = q(ZCE * frac(rng, '0.25', '0.55'))
    JZC = ZCE - FZE
    LD = q(ZCE * frac(rng, '0.30', '0.45'))
    GD = q(ZCE * frac(rng, '0.35', '0.50'))
    CG = money(rng, 600, 4200)
    ZX = q(CG * frac(rng, '0.55', '0.92'))
    pzx = pct(ZX, CG)
    YX = money(rng, 2, 18)
    JD = money(rng, '0.5', 6)
    SG = YX + JD
    style = c.table
    slip = None
    L = []
    L.append('%s%d年度单位决算情况说明' % (U, Y))
    L.append('一、单位基本情况')
    L.append('%s为%s卫生健康局所属差额拨款事业单位，编制床位%d张，年末在职职工%d人。纳入%d年度单位决算编制范围的为本级1个单位。'
             % (U, c.parent, bz, staff, Y))
    L.append('二、收入支出决算总体情况说明')
    L.append('%d年度收入总计%s万元，包括本年收入合计%s万元和年初结转和结余%s万元两项；支出总计%s万元，包括本年支出合计%s万元'
             '和年末结转和结余%s万元两项。' % (Y, fm(SRZJ), fm(BNSR), fm(NCJZ), fm(ZCZJ), fm(BNZC), fm(NMJZ)))
    dS = BNSR - BNSR0
    word = '增加' if dS >= 0 else '减少'
    word2 = '增长' if dS >= 0 else '下降'
    why = '门诊和住院业务量回升、医疗收入增加' if dS >= 0 else '上年一次性补助收入本年未再安排'
    L.append('本年收入合计%s万元，比上年%s万元%s%s万元，%s%s，主要原因是%s。'
             % (fm(BNSR), fm(BNSR0), word, fm(abs(dS)), word2, fp(pct(abs(dS), BNSR0)), why))
    L.append('三、收入决算情况说明')
    L.append('本年收入合计%s万元中，财政拨款收入%s万元，占%s；事业收入%s万元，占%s；其他收入%s万元，占%s。'
             % (fm(BNSR), fm(CZ), fp(pa), fm(SY), fp(ps), fm(QT), fp(pq)))
    L.append('各项收入与上年对比情况如下（单位：万元）：')
    rows = [['项目', '上年决算数', '本年决算数', '增减额', '增减率']]
    fmt = fmc if style == 'tab' else fm

    def row(lbl, a0, a1):
        d = a1 - a0
        return [lbl, fmt(a0), fmt(a1), fmt(d), fp(pct(d, a0))]
    rows.append(row('财政拨款收入', CZ0, CZ))
    rows.append(row('事业收入', SY0, SY))
    rows.append(row('\u3000其中：医疗收入', YL0, YL))
    rows.append(row('\u3000\u3000\u3000\u3000\u3000科研收入', KY0, KY))
    rows.append(row('其他收入', QT0, QT))
    rows.append(row('本年收入合计', BNSR0, BNSR))
    L += render_table(rows, style)
    ky_s = fm(KY)
    if fam == 'table.text':
        wrong = transpose(ky_s, mrng)
        if apply:
            slip = ('table.text', 'prose 科研收入 "%s万元" should be "%s万元" as in the 收入 table (本年决算数)' % (wrong, ky_s))
            ky_s = wrong
    L.append('科研收入%s万元，主要为院内课题配套及横向合作经费。' % ky_s)
    L.append('四、支出决算情况说明')
    L.append('本年支出合计%s万元，由基本支出%s万元和项目支出%s万元构成。' % (fm(BNZC), fm(JB), fm(XM)))
    e3_s = fm(E3)
    if fam == 'sum.breakdown':
        wrong = transpose(e3_s, mrng)
        if apply:
            slip = ('sum.breakdown', '对个人和家庭的补助 "%s万元" should be "%s万元": the four economic classes must add to 本年支出合计 %s万元'
                    % (wrong, e3_s, fm(BNZC)))
            e3_s = wrong
    L.append('按经济分类，本年支出合计%s万元，分别为工资福利支出%s万元、商品和服务支出%s万元、对个人和家庭的补助%s万元、资本性支出%s万元。'
             % (fm(BNZC), fm(E1), fm(E2), e3_s, fm(E4)))
    L.append('项目支出中，财政拨款安排的项目支出%s万元，主要用于公共卫生服务、重点专科建设和设备购置等。' % fm(XMcz))
    L.append('五、财政拨款收入支出决算情况说明')
    L.append('年初财政拨款结转和结余%s万元，本年财政拨款收入%s万元，本年财政拨款支出%s万元，年末财政拨款结转和结余%s万元（%s元）。'
             % (fm(CZA), fm(CZ), fm(CZZC), fm(CZD), fm(CZD * 10000)))
    if comparable:
        base = CZZC0 - ONE
        d2 = CZZC - base
        L.append('一般公共预算财政拨款支出%s万元，比上年%s万元%s%s万元；剔除上年一次性安排的%s%s万元后，'
                 '同口径比上年%s%s万元，%s%s。' % (fm(CZZC), fm(CZZC0), '减少' if d_raw > 0 else '增加', fm(abs(d_raw)),
                                        oneoff, fm(ONE), '增加' if d2 >= 0 else '减少', fm(abs(d2)),
                                        '增长' if d2 >= 0 else '下降', fp(pct(abs(d2), base))))
    else:
        d_s = fm(d_raw)
        if fam == 'change':
            wrong = transpose(d_s, mrng)
            if apply:
                slip = ('change', '减少额 "%s万元" should be "%s万元" = 上年%s − 本年%s'
                        % (wrong, d_s, fm(CZZC0), fm(CZZC)))
                d_s = wrong
        L.append('一般公共预算财政拨款支出%s万元，比上年%s万元减少%s万元，下降%s，主要原因是上年安排的%s本年不再安排。'
                 % (fm(CZZC), fm(CZZC0), d_s, fp(pct(d_raw, CZZC0)), oneoff))
    L.append('六、资产负债情况说明')
    L.append('截至%d年12月31日，资产总额%s万元，其中流动资产%s万元、固定资产%s万元；负债总额%s万元，净资产%s万元，'
             '负债和净资产总计%s万元。' % (Y, fm(ZCE), fm(LD), fm(GD), fm(FZE), fm(JZC), fm(FZE + JZC)))
    L.append('七、政府采购及“三公”经费情况说明')
    L.append('本年政府采购支出总额%s万元，其中授予中小企业合同金额%s万元，占政府采购支出总额的%s。' % (fm(CG), fm(ZX), fp(pzx)))
    L.append('“三公”经费支出%s万元，包括公务用车运行维护费%s万元和公务接待费%s万元两项，因公出国（境）费用未发生。'
             % (fm(SG), fm(YX), fm(JD)))
    L.append('八、名词解释')
    L.append('年初结转和结余：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。')
    traps = ['carryover_total(收入总计 %s ≠ 本年收入合计 %s)' % (fm(SRZJ), fm(BNSR)),
             'scope_name(项目支出 %s vs 财政拨款安排的项目支出 %s)' % (fm(XM), fm(XMcz)),
             'nonexhaustive(资产总额 其中流动/固定)', 'asset_identity(负债和净资产总计 = 资产总额)', 'yuan_cents(年末财政拨款结转和结余 restated in 元)',
             'other_year(上年决算数)', 'zero_div(因公出国（境）费用未发生)']
    if shares_round:
        traps.append('rounding(收入占比合计%s)' % fp(pa + ps + pq))
    if hid:
        traps.append('nonexhaustive(表中 其中：医疗收入+科研收入 < 事业收入)')
    if comparable:
        traps.append('comparable(同口径 change after 剔除上年一次性经费)')
    return L, slip, traps


# =================================================================== T3
# basic public health service project (基本公共卫生服务)
def t3(rng, c, fam, apply, mrng):
    Y = c.year
    U = c.unit
    std = STD_GW[Y]
    if '社区' in U or '卫生院' in U:
        POP = rng.randint(22000, 98000)
        area = '辖区'
    else:
        POP = rng.randint(120000, 460000)
        area = '全县'
    FUND = q(Dec(std) * POP / 10000)
    ZY = q(FUND * frac(rng, '0.60', '0.78'))
    SJ = q(FUND * frac(rng, '0.10', '0.18'))
    SX = FUND - ZY - SJ
    ZC = FUND - money(rng, '0.5', FUND * Dec('0.05'))
    JY = FUND - ZC
    R = pct(ZC, FUND)
    CW = q(ZC * frac(rng, '0.40', '0.55'))
    pcw = pct(CW, ZC)
    JD = int(POP * frac(rng, '0.905', '0.97'))
    JDL = pct(JD, POP)
    O65 = int(POP * frac(rng, '0.12', '0.18'))
    O65m = int(O65 * frac(rng, '0.63', '0.79'))
    O65r = pct(O65m, O65)
    He = int(POP * frac(rng, '0.045', '0.07'))
    Hm = int(He * frac(rng, '0.52', '0.72'))
    Hg = int(Hm * frac(rng, '0.63', '0.82'))
    Hr = pct(Hg, Hm)
    De = int(POP * frac(rng, '0.018', '0.03'))
    Dm = int(De * frac(rng, '0.50', '0.70'))
    Dg = int(Dm * frac(rng, '0.62', '0.80'))
    Dr = pct(Dg, Dm)
    JZ = int(POP * frac(rng, '0.18', '0.36'))
    lec = rng.randint(24, 160)
    aud = lec * rng.randint(35, 90)
    qn = rng.randint(300, 900)
    sn = int(qn * frac(rng, '0.88', '0.97'))
    sat = pct(sn, qn)
    caps = [50, 30, 10, 10]
    while True:
        sc = [Dec(cp) - Dec(rng.choice([0, 1, 2, 3, 4, 5, 6])) / 2 for cp in caps]
        S = sum(sc)
        if Dec(85) <= S <= Dec(99):
            break
    bands = GRADE4L if rng.random() < 0.5 else GRADE5
    G = grade_of(S, bands)
    with_table = (fam != 'rate.ratio') and rng.random() < 0.6
    slip = None
    L = []
    L.append('%d年度基本公共卫生服务补助资金项目支出绩效自评报告' % Y)
    L.append('填报单位：%s' % U)
    L.append('一、项目基本情况')
    L.append('%d年基本公共卫生服务经费人均财政补助标准为%d元，%s常住人口%d人，按标准测算全年补助资金%s万元。'
             % (Y, std, area, POP, fm(FUND)))
    L.append('全年补助资金%s万元，分别为中央补助%s万元、省级补助%s万元、县级配套%s万元，已全部拨付到位。'
             % (fm(FUND), fm(ZY), fm(SJ), fm(SX)))
    L.append('项目包括居民健康档案管理、健康教育、预防接种、0～6岁儿童健康管理、孕产妇健康管理、老年人健康管理、'
             '慢性病患者健康管理等12类服务，由乡镇卫生院、社区卫生服务中心和村卫生室共同提供。')
    L.append('二、绩效目标')
    L.append('居民电子健康档案建档率≥90%；65岁及以上老年人健康管理率≥62%；高血压患者、2型糖尿病患者基层规范管理服务率≥60%；'
             '适龄儿童国家免疫规划疫苗接种率≥90%；居民满意度≥85%。')
    L.append('三、资金使用情况')
    jy_s = fm(JY)
    if fam == 'balance.carryover':
        wrong = transpose(jy_s, mrng)
        if apply:
            slip = ('balance.carryover', '结余 "%s万元" should be "%s万元" = 到位资金%s − 实际支出%s'
                    % (wrong, jy_s, fm(FUND), fm(ZC)))
            jy_s = wrong
    L.append('截至%d年12月31日，到位资金%s万元，实际支出%s万元，结余%s万元，资金执行率%s。'
             % (Y, fm(FUND), fm(ZC), jy_s, fp(R)))
    L.append('实际支出%s万元中，拨付村卫生室%s万元，占%s，主要用于村医开展健康档案、随访管理等服务的补助。' % (fm(ZC), fm(CW), fp(pcw)))
    L.append('四、绩效目标完成情况')
    L.append('1.居民健康档案：%s常住人口%d人，累计建立电子健康档案%d人，建档率%s。' % (area, POP, JD, fp(JDL)))
    L.append('2.老年人健康管理：%s65岁及以上常住老年人%d人，接受健康管理%d人，老年人健康管理率%s。' % (area, O65, O65m, fp(O65r)))
    hr_s = fp(Hr)
    if fam == 'rate.ratio':
        wrong = transpose(format(Hr, '.2f'), mrng) + '%'
        if apply:
            slip = ('rate.ratio', '高血压规范管理服务率 "%s" should be "%s" = 规范管理%d ÷ 年内已管理%d'
                    % (wrong, hr_s, Hg, Hm))
            hr_s = wrong
    L.append('3.高血压患者管理：高血压患者估算%d人，年内已管理%d人，其中按照规范要求管理%d人，高血压患者规范管理服务率%s（规范管理人数÷年内已管理人数）。'
             % (He, Hm, Hg, hr_s))
    L.append('4.糖尿病患者管理：2型糖尿病患者估算%d人，年内已管理%d人，其中按照规范要求管理%d人，糖尿病患者规范管理服务率%s（规范管理人数÷年内已管理人数）。'
             % (De, Dm, Dg, fp(Dr)))
    L.append('5.预防接种：全年接种国家免疫规划疫苗%d剂次，适龄儿童国家免疫规划疫苗接种率保持在90%%以上。' % JZ)
    L.append('6.健康教育：开展健康知识讲座%d场，受众%d人次。' % (lec, aud))
    L.append('7.满意度：抽样调查居民%d人，表示满意%d人，满意度%s。' % (qn, sn, fp(sat)))
    if with_table:
        L.append('主要指标完成情况见下表：')
        rows = [['指标名称', '年度指标值', '实际完成值'],
                ['建档率', '≥90%', fp(JDL)], ['老年人健康管理率', '≥62%', fp(O65r)],
                ['高血压患者规范管理服务率', '≥60%', fp(Hr)], ['糖尿病患者规范管理服务率', '≥60%', fp(Dr)],
                ['满意度', '≥85%', fp(sat)]]
        L += render_table(rows, c.table)
    L.append('五、自评得分')
    L.append('按照评分标准，本项目产出指标得分%s分（分值50分），效益指标得分%s分（分值30分），满意度指标得分%s分（分值10分），'
             '预算执行得分%s分（分值10分），合计%s分。' % (fs(sc[0]), fs(sc[1]), fs(sc[2]), fs(sc[3]), fs(S)))
    L.append(band_sentence(bands))
    L.append('本项目自评等级为“%s”。' % G)
    L.append('六、存在问题及下一步措施')
    L.append('部分村医信息化操作能力不足，随访记录录入不及时；下一步将加强培训考核，推进智慧随访终端应用。')
    traps = ['own_denominator(规范管理服务率 over 年内已管理 not 估算数)', 'rounding(补助资金 = %d元×%d人 rounded to 万元)' % (std, POP),
             'count_etc(“等12类服务” lists 7)', 'person_vs_visit(受众人次 / 剂次 vs 人)',
             'own_denominator(村卫生室占比 over 实际支出 not 到位资金)']
    if with_table:
        traps.append('table_restate(rates restated in indicator table)')
    return L, slip, traps


# =================================================================== T4
# CDC whole-unit expenditure
def t4(rng, c, fam, apply, mrng):
    Y = c.year
    U = c.unit
    bz = rng.randint(42, 128)
    sy = bz - rng.randint(0, 9)
    nks = rng.randint(9, 14)
    NC = money(rng, 900, 3600)
    adj = money(rng, -120, 520)
    QN = NC + adj
    ZC = QN - money(rng, 1, QN * Dec('0.07'))
    R = pct(ZC, QN)
    XM = q(ZC * frac(rng, '0.25', '0.45'))
    JB = ZC - XM
    CZ = QN
    SY = money(rng, 60, 460)
    OTH = money(rng, 5, 60)
    SR = CZ + SY + OTH
    RY0 = money(rng, 500, 1800)
    RY = RY0 + money(rng, 10, 160)
    dRY = RY - RY0
    X1 = money(rng, 40, 220)
    X2 = money(rng, 30, 180)
    X3 = money(rng, 20, 120)
    nrep = rng.randint(900, 6500)
    ntime = nrep - rng.randint(0, 25)
    rrep = pct(ntime, nrep)
    ET = rng.randint(2500, 14000)
    JK = ET - rng.randint(0, 80)
    rjk = pct(JK, ET)
    JZ = rng.randint(30000, 160000)
    tT = rng.randrange(4000, 20000, 500)
    T = tT + rng.randint(50, tT // 8)
    rT = pct(T, tT)
    m = rng.randint(6, 11)
    rows_def = [('预算编制', 10), ('目标设置', 5), ('预算执行', 15), ('预算管理', 10), ('资产管理', 5), ('产出指标', 30), ('效益指标', 25)]
    while True:
        sc = [Dec(cp) - Dec(rng.choice([0, 0, 0, 1, 1, 2, 3, 4])) / 2 for _, cp in rows_def]
        S = sum(sc)
        if Dec(86) <= S <= Dec(98):
            break
    G = grade_of(S, GRADE4L)
    slip = None
    L = []
    L.append('%s%d年度部门整体支出绩效自评报告' % (U, Y))
    L.append('一、部门基本情况')
    L.append('%s为%s卫生健康委员会所属公益一类事业单位，核定编制%d人，年末实有在编人员%d人。内设办公室、财务科、传染病防制科、'
             '免疫规划科、慢性病防制科、检验科等%d个科室。' % (U, c.parent, bz, sy, nks))
    L.append('二、部门预算执行情况')
    L.append('%d年部门财政拨款年初预算%s万元，年中调整后全年预算%s万元，实际支出%s万元，预算执行率%s（按调整后全年预算计算）。'
             % (Y, fm(NC), fm(QN), fm(ZC), fp(R)))
    L.append('实际支出中，基本支出%s万元，项目支出%s万元。' % (fm(JB), fm(XM)))
    L.append('本年收入合计%s万元，其中财政拨款收入%s万元，事业收入%s万元（主要为预防性健康体检和检验检测服务收入）。'
             % (fm(SR), fm(CZ), fm(SY)))
    L.append('人员经费%s万元，比上年%s万元增加%s万元，增长%s，主要是落实绩效工资政策。' % (fm(RY), fm(RY0), fm(dRY), fp(pct(dRY, RY0))))
    L.append('主要项目包括重大传染病防控经费%s万元（%s元）、免疫规划冷链设备购置%s万元、实验室检测能力提升%s万元等。'
             % (fm(X1), fm(X1 * 10000), fm(X2), fm(X3)))
    x2_s = fm(X2) + '万元'
    if fam == 'unit.magnitude':
        if apply:
            slip = ('unit.magnitude', '冷链设备合同金额 "%s元" should be "%s万元" (unit dropped)' % (fm(X2), fm(X2)))
            x2_s = fm(X2) + '元'
    L.append('冷链设备购置项目已完成政府采购，合同金额%s已于%d月全额支付，设备已投入使用。' % (x2_s, m))
    L.append('三、部门绩效目标完成情况')
    L.append('1.传染病防控：全年网络直报法定传染病%d例，其中按时限报告%d例，报告及时率%s；应处置突发公共卫生事件0起，'
             '已处置0起，处置率100%%。' % (nrep, ntime, fp(rrep)))
    L.append('2.免疫规划：辖区适龄儿童%d人，建立预防接种证%d人，建证率%s；全年接种免疫规划疫苗%d剂次。' % (ET, JK, fp(rjk), JZ))
    L.append('3.检验检测：完成各类样本检测%d份，年度目标%d份，完成率%s。' % (T, tT, fp(rT)))
    L.append('4.慢性病防控：完成死因监测、慢性病及危险因素监测等年度任务，监测数据上报完整。')
    L.append('四、自评得分情况')
    L.append('根据部门整体支出绩效评价指标体系，各项指标得分如下（单位：分）：')
    rows = [['评价指标', '分值', '得分']]
    sc_s = [fs(s) for s in sc]
    if fam == 'score.total':
        # stale draft value of one row score (one point lower), still within its cap
        cand = []
        for k, ((nm, cp), sv) in enumerate(zip(rows_def, sc)):
            if sv >= 2 and cp >= 10:
                cand.append((k, fs(sv - 1)))
        cand = [cand[mrng.randrange(len(cand))]]
        k, w = cand[0]
        if apply:
            slip = ('score.total', '%s得分 "%s" should be "%s": the rows must add to 合计 %s' % (rows_def[k][0], w, sc_s[k], fs(S)))
            sc_s[k] = w
    for (nm, cp), s in zip(rows_def, sc_s):
        rows.append([nm, str(cp), s])
    rows.append(['合计', '100', fs(S)])
    L += render_table(rows, c.table)
    L.append(band_sentence(GRADE4L))
    L.append('经综合评定，本部门%d年度整体支出绩效自评得分%s分，自评等级为“%s”。' % (Y, fs(S), G))
    L.append('五、存在问题及改进措施')
    L.append('项目支出执行进度前松后紧，部分检测设备到货时间滞后；下一步将细化用款计划，加强执行进度监控。')
    traps = ['fullyear_budget(执行率 over 调整后全年预算)', 'nonexhaustive(本年收入合计 其中 财政拨款+事业 < 合计)',
             'count_etc(“等%d个科室” lists 6)' % nks, 'yuan_cents(重大传染病防控经费 restated in 元)',
             'zero_div(处置 0/0 = 100%)', 'over100(检测完成率%s)' % fp(rT), 'person_vs_visit(剂次 vs 人)',
             'other_year(上年人员经费)']
    return L, slip, traps


# =================================================================== T5
# equipment purchase project
EQUIP = {
    'hosp': [('彩色多普勒超声诊断仪', '台'), ('全自动生化分析仪', '台'), ('数字化X射线摄影系统', '套'), ('电子胃肠镜系统', '套'),
             ('多参数监护仪', '台'), ('有创呼吸机', '台')],
    'cdc': [('实时荧光定量PCR仪', '台'), ('二级生物安全柜', '台'), ('全自动核酸提取仪', '台'), ('超低温冰箱', '台'),
            ('气相色谱质谱联用仪', '套')],
    'edu': [('工业机器人实训工作站', '套'), ('数控车床', '台'), ('虚拟仿真实训系统', '套'), ('智能制造产线实训台', '套'),
            ('高性能计算服务器', '台')],
    'comm': [('十二导心电图机', '台'), ('全自动血细胞分析仪', '台'), ('便携式彩色超声仪', '台'), ('全自动尿液分析仪', '台'),
             ('中医体质辨识系统', '套')],
}


def t5(rng, c, fam, apply, mrng):
    Y = c.year
    U = c.unit
    kind = c.sub
    eq = EQUIP[kind][:]
    rng.shuffle(eq)
    eq = eq[:4]
    cnts = [rng.randint(1, 6) for _ in eq]
    N = sum(cnts)
    YS = money(rng, 180, 1600)
    JY = money(rng, 3, YS * Dec('0.08'))
    HT = YS - JY
    x1 = q(HT * frac(rng, '0.25', '0.45'))
    x2 = q(HT * frac(rng, '0.20', '0.35'))
    x3 = HT - x1 - x2
    ZF = q(HT * frac(rng, '0.88', '0.97'))
    WK = HT - ZF
    R = pct(ZF, YS)
    P = rng.randint(6000, 48000)
    Qp = int(P * frac(rng, '0.55', '0.85'))
    vn = rng.randint(40, 160)
    sn = vn - rng.randint(0, vn // 20)
    sat = pct(sn, vn)
    want = (Dec(81), Dec('89.5')) if fam == 'grade.band' else (Dec(80), Dec(98))
    caps = [15, 20, 40, 25]
    while True:
        sc = [Dec(cp) - Dec(rng.choice([0, 1, 2, 3, 4, 5, 6, 8])) / 2 for cp in caps]
        S = sum(sc)
        if want[0] <= S <= want[1]:
            break
    G = grade_of(S, GRADE4L)
    proj = {'hosp': '医疗设备购置', 'cdc': '实验室检测设备购置', 'edu': '实训设备购置', 'comm': '基层医疗设备配置'}[kind]
    fund = {'hosp': '卫生健康发展资金', 'cdc': '重大传染病防控补助资金', 'edu': '现代职业教育质量提升计划资金',
            'comm': '基层医疗卫生机构能力建设补助资金'}[kind]
    slip = None
    L = []
    L.append('%s%d年%s项目支出绩效自评报告' % (U, Y, proj))
    L.append('一、项目概况')
    L.append('（一）项目基本情况。根据%s财政厅关于下达%d年%s的通知，%s获批%s项目资金%s万元，资金性质为省级财政专项资金。'
             % (c.prov, Y, fund, U, proj, fm(YS)))
    L.append('（二）项目绩效目标。按计划完成设备采购、安装和验收，设备验收合格率100%，使用科室满意度不低于90%。')
    L.append('二、项目资金使用情况')
    L.append('项目预算%s万元，经公开招标确定合同总金额%s万元，节约资金%s万元，节约资金已由财政收回。' % (fm(YS), fm(HT), fm(JY)))
    x2_s = fm(x2)
    if fam == 'sum.breakdown':
        wrong = transpose(x2_s, mrng)
        if apply:
            slip = ('sum.breakdown', '第二包 "%s万元" should be "%s万元": the three 包组 must add to 合同总金额 %s万元'
                    % (wrong, x2_s, fm(HT)))
            x2_s = wrong
    L.append('合同总金额%s万元，分三个包组签订，分别为第一包%s万元、第二包%s万元、第三包%s万元。' % (fm(HT), fm(x1), x2_s, fm(x3)))
    L.append('截至%d年12月31日，已按合同支付%s万元（%s元），质保金%s万元待验收满一年后支付，结转下年；'
             '项目预算执行率%s（已支付金额÷项目预算%s万元）。' % (Y, fm(ZF), fm(ZF * 10000), fm(WK), fp(R), fm(YS)))
    L.append('三、项目实施情况')
    parts = '、'.join('%s%d%s' % (n, k, u) for (n, u), k in zip(eq, cnts))
    L.append('本年共购置设备%d台（套），分别为%s。设备均已完成安装调试并通过验收，验收合格率100%%。' % (N, parts))
    ht_s = fm(HT) + '万元'
    if fam == 'unit.magnitude':
        if apply:
            slip = ('unit.magnitude', '固定资产入账价值 "%s元" should be "%s万元" (unit dropped; = 合同总金额)' % (fm(HT), fm(HT)))
            ht_s = fm(HT) + '元'
    L.append('新购设备已全部登记入固定资产账，入账价值%s。' % ht_s)
    L.append('四、绩效指标完成情况')
    L.append('（一）产出指标。设备购置数量%d台（套），到货率100%%；设备验收合格率100%%；采购过程未发生质疑投诉。' % N)
    L.append('（二）效益指标。设备投入使用后新增检查检验服务%d人次，服务对象%d人，相关服务等待时间明显缩短。' % (P, Qp))
    L.append('（三）满意度指标。对使用科室%d名工作人员开展问卷调查，表示满意%d人，满意度%s。' % (vn, sn, fp(sat)))
    L.append('五、自评结论')
    g_s = G
    if fam == 'grade.band':
        wrong = '优秀'
        if apply:
            slip = ('grade.band', '自评等级 "%s" should be "%s": 总得分%s分 is below 90 (usual 90/80/60 bands)' % (wrong, G, fs(S)))
            g_s = wrong
    L.append('项目决策、过程、产出、效益四类指标分别得分%s分、%s分、%s分、%s分，总得分%s分，自评等级为“%s”。'
             % (fs(sc[0]), fs(sc[1]), fs(sc[2]), fs(sc[3]), fs(S), g_s))
    L.append('六、存在问题及建议')
    L.append('部分设备操作人员培训不足，设备功能开发利用不充分；建议加强厂家驻场培训，建立设备使用效率分析制度。')
    traps = ['yuan_cents(已支付 restated in 元 with cents)', 'own_denominator(执行率 over 项目预算 not 合同金额)',
             'person_vs_visit(服务人次 %d vs 服务对象 %d人)' % (P, Qp),
             'balance_scope(质保金 = 合同总金额 − 已支付, 节约资金 returned, not 预算 − 支付)', 'zero_div(未发生质疑投诉)']
    return L, slip, traps


# =================================================================== T6
# higher-education institution
def t6(rng, c, fam, apply, mrng):
    Y = c.year
    U = c.unit
    a = rng.randint(6000, 16000)
    b = rng.randint(400, 2600)
    N = a + b
    T = rng.randint(520, 1300)
    tt = int(T * frac(rng, '0.62', '0.75'))
    CZ0 = money(rng, 9000, 26000)
    CZ = CZ0 + money(rng, -500, 1800)
    JYSR = q(Dec(N) * Dec(rng.randint(4200, 6800)) / 10000)
    KYSR = money(rng, 80, 900)
    SY = JYSR + KYSR
    SY0 = SY - money(rng, -300, 600)
    QT0 = money(rng, 100, 900)
    QT = QT0 + money(rng, -80, 200)
    SR = CZ + SY + QT
    SR0 = CZ0 + SY0 + QT0
    RY = q(SR * frac(rng, '0.48', '0.56'))
    GY = q(SR * frac(rng, '0.15', '0.22'))
    XM = q(SR * frac(rng, '0.18', '0.28'))
    ZC = RY + GY + XM
    RY0 = RY - money(rng, -200, 900)
    GY0 = GY - money(rng, -300, 400)
    XM0 = XM - money(rng, -800, 900)
    ZC0 = RY0 + GY0 + XM0
    sj = q(CZ * 10000 / N)
    N0 = N - rng.randint(-300, 900)
    sj0 = q(CZ0 * 10000 / N0)
    NC = q(CZ * frac(rng, '0.86', '0.95'))
    ZJ = CZ - NC
    QN = CZ
    CZZC = QN - money(rng, 5, QN * Dec('0.04'))
    R = pct(CZZC, QN)
    ZCE = money(rng, 60000, 240000)
    FZE = q(ZCE * frac(rng, '0.12', '0.40'))
    JZC = ZCE - FZE
    comparable = (fam != 'change') and rng.random() < 0.5
    ONE = money(rng, 300, 1200)
    slip = None
    L = []
    L.append('%s%d年度部门整体支出绩效自评报告' % (U, Y))
    L.append('一、部门概况')
    L.append('%s是%s人民政府举办、%s教育厅主管的全日制普通高等学校。学校现有全日制在校生%d人，分别为普通专科生%d人、五年制高职学生%d人；'
             '教职工%d人，其中专任教师%d人。' % (U, c.prov, c.prov, N, a, b, T, tt))
    L.append('二、部门收支情况')
    L.append('（一）收入情况。本年收入合计%s万元，包括财政拨款收入%s万元、事业收入%s万元和其他收入%s万元三项。'
             '事业收入%s万元，由教育事业收入%s万元和科研事业收入%s万元构成，教育事业收入主要为学费、住宿费等教育收费。'
             % (fm(SR), fm(CZ), fm(SY), fm(QT), fm(SY), fm(JYSR), fm(KYSR)))
    L.append('（二）收支对比情况见下表（单位：万元）：')
    rows = [['项目', '上年决算数', '本年决算数'],
            ['财政拨款收入', fm(CZ0), fm(CZ)], ['事业收入', fm(SY0), fm(SY)], ['其他收入', fm(QT0), fm(QT)],
            ['收入合计', fm(SR0), fm(SR)],
            ['人员经费', fm(RY0), fm(RY)], ['公用经费', fm(GY0), fm(GY)], ['项目支出', fm(XM0), fm(XM)],
            ['支出合计', fm(ZC0), fm(ZC)]]
    L += render_table(rows, c.table)
    dSR = SR - SR0
    L.append('本年收入合计%s万元，比上年%s万元%s%s万元，%s%s。' % (fm(SR), fm(SR0), '增加' if dSR >= 0 else '减少', fm(abs(dSR)),
                                                   '增长' if dSR >= 0 else '下降', fp(pct(abs(dSR), SR0))))
    dZC = ZC - ZC0
    if comparable:
        dc = ZC - ONE - ZC0
        L.append('本年支出合计%s万元，比上年%s万元%s%s万元；剔除本年一次性追加的实训基地建设资金%s万元后，同口径比上年%s%s万元，%s%s。'
                 % (fm(ZC), fm(ZC0), '增加' if dZC >= 0 else '减少', fm(abs(dZC)), fm(ONE),
                    '增加' if dc >= 0 else '减少', fm(abs(dc)), '增长' if dc >= 0 else '下降', fp(pct(abs(dc), ZC0))))
    else:
        d_s = fm(abs(dZC))
        if fam == 'change':
            wrong = transpose(d_s, mrng)
            if apply:
                slip = ('change', '支出合计增减额 "%s万元" should be "%s万元" = 本年%s − 上年%s' % (wrong, d_s, fm(ZC), fm(ZC0)))
                d_s = wrong
        L.append('本年支出合计%s万元，比上年%s万元%s%s万元，%s%s。' % (fm(ZC), fm(ZC0), '增加' if dZC >= 0 else '减少', d_s,
                                                       '增长' if dZC >= 0 else '下降', fp(pct(abs(dZC), ZC0))))
    ry_s = fm(RY)
    if fam == 'table.text':
        wrong = transpose(ry_s, mrng)
        if apply:
            slip = ('table.text', 'prose 人员经费 "%s万元" should be "%s万元" as in the 收支对比 table' % (wrong, ry_s))
            ry_s = wrong
    L.append('人员经费%s万元，主要用于教职工基本工资、津贴补贴、绩效工资和社会保障缴费等。' % ry_s)
    L.append('（三）财政拨款预算执行情况。财政拨款年初预算%s万元，全年预算%s万元（含年中追加%s万元），实际支出%s万元，'
             '预算执行率%s（按全年预算计算）。' % (fm(NC), fm(QN), fm(ZJ), fm(CZZC), fp(R)))
    L.append('（四）资产情况。年末资产总额%s万元，负债总额%s万元，净资产%s万元。' % (fm(ZCE), fm(FZE), fm(JZC)))
    L.append('三、绩效目标完成情况')
    n_s = str(N)
    if fam == 'fact.conflict':
        wrong = transpose(n_s, mrng)
        if apply:
            slip = ('fact.conflict', '年末全日制在校生 "%s人" conflicts with 一、部门概况 (%d人, = %d+%d)' % (wrong, N, a, b))
            n_s = wrong
    L.append('1.办学规模：年末全日制在校生%s人，办学规模保持稳定。' % n_s)
    L.append('2.经费保障：生均财政拨款%s元（财政拨款收入÷全日制在校生人数），较上年%s元%s%s元。'
             % (fm(sj), fm(sj0), '提高' if sj >= sj0 else '降低', fm(abs(sj - sj0))))
    L.append('3.人才培养：毕业生初次就业率、专业对口率等指标均达到年度目标，学生资助政策落实到位。')
    L.append('4.满意度：学生及家长满意度调查结果良好，各项满意度指标均高于90%。')
    L.append('四、存在问题及改进措施')
    L.append('部分专业实训条件与产业需求仍有差距，预算执行进度不够均衡；下一步将加强项目库建设和预算执行动态监控。')
    traps = ['fullyear_budget(执行率 over 全年预算 not 年初预算)', 'nonexhaustive(其中专任教师)',
             'asset_identity(资产=负债+净资产)', 'other_year(上年决算数 / 上年生均)', 'rounding(生均 = 万元×10000÷人 rounded)',
             'scope_name(事业收入 = 教育+科研 beside 收入合计)']
    if comparable:
        traps.append('comparable(同口径 after 剔除本年一次性追加)')
    return L, slip, traps


# =================================================================== T7
# secondary vocational school student aid
def t7(rng, c, fam, apply, mrng):
    Y = c.year
    U = c.unit
    F = rng.choice([2000, 2200, 2400, 2500, 3000, 3500])
    s1 = rng.randint(300, 1800)
    s2 = rng.randint(300, 1800)
    S_rc = s1 + s2
    ZXJ = Dec(S_rc) * 1000 / 10000
    g1 = rng.randint(s2 * 2 // 5, s2 * 3 // 5)
    g2 = s2 - g1
    uniq = max(s1, s2) + rng.randint(0, min(s1, s2) // 4)
    mstu = rng.randint(900, 4200)
    MXF = Dec(mstu) * F / 10000
    YS = ZXJ + MXF
    kn = rng.randint(uniq * 9 // 10, uniq + 40)
    k1 = int(kn * frac(rng, '0.2', '0.35'))
    k2 = int(kn * frac(rng, '0.15', '0.3'))
    k3 = rng.randint(3, 30)
    qn = rng.randint(300, 900)
    vn = qn - rng.randint(3, 30)
    sn = int(vn * frac(rng, '0.90', '0.985'))
    sat = pct(sn, vn)
    caps = [15, 15, 40, 30]
    while True:
        sc = [Dec(cp) - Dec(rng.choice([0, 1, 2, 3, 4, 5])) / 2 for cp in caps]
        S = sum(sc)
        if Dec(88) <= S <= Dec(99):
            break
    G = grade_of(S, GRADE4L)
    slip = None
    L = []
    L.append('%s%d年度中等职业教育学生资助补助资金绩效自评报告' % (U, Y))
    L.append('一、项目基本情况')
    L.append('根据%s财政厅、教育厅有关文件，%d年下达我校中等职业教育学生资助补助资金共计%s万元，分别为国家助学金%s万元、免学费补助资金%s万元。'
             % (c.prov, Y, fm(YS), fm(ZXJ), fm(MXF)))
    L.append('政策标准：国家助学金资助标准为每生每年2000元，按春、秋两个学期发放，每学期1000元；免学费补助标准为每生每年%d元。' % F)
    L.append('二、绩效目标')
    L.append('资助资金按时足额发放，资金发放及时率100%；受助学生认定准确；资助政策知晓率不低于95%；受助学生满意度不低于90%。')
    L.append('指标体系设置决策、过程、产出、效益四个一级指标，分值分别为15分、15分、40分、30分，满分100分。')
    L.append('三、资金使用及发放情况')
    L.append('1.国家助学金：全年共资助学生%d人次，分别为春季学期%d人、秋季学期%d人。' % (S_rc, s1, s2))
    g1_s = str(g1)
    if fam == 'count.mismatch':
        wrong = transpose(g1_s, mrng)
        if apply:
            slip = ('count.mismatch', '一年级 "%s人" should be "%d人": 一年级+二年级 must equal 秋季学期受助%d人' % (wrong, g1, s2))
            g1_s = wrong
    L.append('秋季学期受助学生%d人，分别为一年级%s人、二年级%d人。' % (s2, g1_s, g2))
    L.append('全年共资助%d人次，按每人每学期1000元标准发放国家助学金%s万元。' % (S_rc, fm(ZXJ)))
    L.append('按人数统计，全年受助学生%d人（春、秋两学期均受助的按1人统计）。' % uniq)
    L.append('2.免学费：全年惠及学生%d人，按每生每年%d元标准拨付免学费补助%s万元。' % (mstu, F, fm(MXF)))
    L.append('3.资金执行：下达资金%s万元，实际支出%s万元，预算执行率100%%，无结余。' % (fm(YS), fm(YS)))
    L.append('认定家庭经济困难学生%d人，其中脱贫家庭学生%d人、低保家庭学生%d人、残疾学生%d人。' % (kn, k1, k2, k3))
    L.append('四、绩效目标完成情况')
    L.append('资助资金均通过学生资助卡发放，未发生截留、挤占、挪用情况；全年收到资助相关投诉0件，办结0件，投诉办结率100%。')
    L.append('开展受助学生满意度问卷调查，发放问卷%d份，回收有效问卷%d份，表示满意%d份，满意度%s。' % (qn, vn, sn, fp(sat)))
    L.append('五、自评结果')
    sc_s = [fs(x) for x in sc]
    if fam == 'score.total':
        k = mrng.choice([1, 2, 3])
        w = (k, fs(sc[k] - 1))
        k, cand = w
        if apply:
            slip = ('score.total', '"%s指标得分%s分" should be "%s指标得分%s分": four parts must add to 合计%s分'
                    % (['决策', '过程', '产出', '效益'][k], cand, ['决策', '过程', '产出', '效益'][k], sc_s[k], fs(S)))
            sc_s[k] = cand
    L.append('本项目决策指标得分%s分、过程指标得分%s分、产出指标得分%s分、效益指标得分%s分，合计%s分，自评等级为“%s”。'
             % (sc_s[0], sc_s[1], sc_s[2], sc_s[3], fs(S), G))
    L.append('六、存在问题及改进措施')
    L.append('家庭经济困难学生动态认定工作仍需加强；下一步将完善认定档案管理，加强资助育人宣传。')
    traps = ['person_vs_visit(资助%d人次 vs 受助学生%d人)' % (S_rc, uniq),
             'std_period(每生每年2000元 vs 每学期1000元)', 'zero_div(投诉 0/0 = 100%)',
             'nonexhaustive(困难学生 其中 脱贫/低保/残疾)', 'own_denominator(满意度 over 有效问卷 %d not 发放 %d)' % (vn, qn)]
    return L, slip, traps


# =================================================================== T8
# compulsory-education school
def t8(rng, c, fam, apply, mrng):
    Y = c.year
    U = c.unit
    if Y <= 2019:
        a_std, b_std = 600, 800
    elif Y <= 2022:
        a_std, b_std = 650, 850
    else:
        a_std, b_std = 720, 940
    meal = 4 if Y <= 2021 else 5
    pts = ['水口教学点', '岭下教学点', '竹林教学点', '上坪教学点', '河湾教学点']
    rng.shuffle(pts)
    npt = rng.randint(2, 4)
    pts = pts[:npt]
    n1 = rng.randint(600, 2200)
    n2 = rng.randint(400, 1600)
    N = n1 + n2
    cls = N // 45 + rng.randint(1, 6)
    jn = int(N * frac(rng, '0.18', '0.42'))
    T = int(N / frac(rng, '13.5', '16.5'))
    GYJF = q((Dec(n1) * a_std + Dec(n2) * b_std) / 10000)
    days = rng.choice([190, 195, 200, 200])
    nn = N - rng.randint(0, 60)
    YY = q(Dec(nn) * meal * days / 10000)
    p1 = int(n1 * frac(rng, '0.04', '0.12'))
    p2 = int(n2 * frac(rng, '0.06', '0.16'))
    BZ = q((Dec(p1) * 1000 + Dec(p2) * 1250) / 10000)
    A = money(rng, 5, 120)
    CZ = money(rng, 1400, 5200)
    QT = money(rng, 5, 60)
    B = CZ + QT
    C = A + B - money(rng, 2, 80)
    D = A + B - C
    XM = GYJF + YY + BZ + money(rng, 10, 90)
    JB = C - XM
    GYb = q(JB * frac(rng, '0.08', '0.14'))
    RY = JB - GYb
    tr = T * rng.randint(2, 4) + rng.randint(0, 30)
    bands = GRADE4 if rng.random() < 0.5 else GRADE5
    while True:
        sc = [Dec(cp) - Dec(rng.choice([0, 1, 2, 3, 4, 5, 6])) / 2 for cp in (20, 20, 35, 25)]
        S = sum(sc)
        if Dec(83) <= S <= Dec(98):
            break
    G = grade_of(S, bands)
    school = '九年一贯制学校'
    slip = None
    L = []
    L.append('%s%d年度单位整体支出绩效自评报告' % (U, Y))
    L.append('一、单位基本情况')
    npt_s = str(npt)
    if fam == 'count.mismatch':
        wrong = str(npt + 1)
        if apply:
            slip = ('count.mismatch', '教学点 "%s个" should be "%d个": %d teaching points are listed (stale draft count)' % (wrong, npt, npt))
            npt_s = wrong
    L.append('%s是%s教育局所属公益一类事业单位，为%s。学校下设%s个教学点，分别为%s。'
             % (U, c.parent, school, npt_s, '、'.join(pts[:-1]) + '和' + pts[-1]))
    L.append('现有教学班%d个，在校学生%d人，分别为小学部%d人、初中部%d人；其中寄宿生%d人。在编教职工%d人。' % (cls, N, n1, n2, jn, T))
    L.append('二、收支情况')
    d_s = fm(D)
    if fam == 'balance.carryover':
        wrong = transpose(d_s, mrng)
        if apply:
            slip = ('balance.carryover', '年末结转和结余 "%s万元" should be "%s万元" = 年初%s + 收入%s − 支出%s'
                    % (wrong, d_s, fm(A), fm(B), fm(C)))
            d_s = wrong
    L.append('%d年年初结转和结余%s万元，本年收入%s万元，本年支出%s万元，年末结转和结余%s万元。' % (Y, fm(A), fm(B), fm(C), d_s))
    L.append('本年收入%s万元，由财政拨款收入%s万元和其他收入%s万元构成。' % (fm(B), fm(CZ), fm(QT)))
    L.append('本年支出%s万元，由基本支出%s万元和项目支出%s万元构成；基本支出%s万元，包括人员经费%s万元和公用经费%s万元两项。'
             % (fm(C), fm(JB), fm(XM), fm(JB), fm(RY), fm(GYb)))
    L.append('三、主要项目资金使用情况')
    L.append('1.义务教育公用经费：按小学生%d人、每生每年%d元，初中生%d人、每生每年%d元的基准定额，核拨公用经费%s万元。'
             % (n1, a_std, n2, b_std, fm(GYJF)))
    L.append('2.农村义务教育学生营养改善计划：惠及学生%d人，按每生每天%d元、全年%d天计，发放膳食补助%s万元。' % (nn, meal, days, fm(YY)))
    L.append('3.家庭经济困难寄宿生生活补助：补助标准为小学每生每年1000元、初中每生每年1250元，按每学年10个月计发，'
             '即小学每生每月100元、初中每生每月125元。')
    L.append('全年资助小学寄宿生%d人、初中寄宿生%d人，分别按小学每生每年1000元、初中每生每年1250元标准发放生活补助%s万元。'
             % (p1, p2, fm(BZ)))
    L.append('4.校舍维修改造：本年未安排校舍维修改造项目，相关支出未发生。')
    L.append('四、绩效目标完成情况')
    L.append('适龄儿童少年入学率100%%，控辍保学任务全面完成；全年组织教师参加各级各类培训%d人次。' % tr)
    L.append('学生体质健康测试合格率、家长满意度等指标均达到年度目标。')
    L.append('五、自评结果')
    L.append('本单位预算编制、预算执行、产出、效益四项指标得分分别为%s分、%s分、%s分、%s分，合计%s分。'
             % (fs(sc[0]), fs(sc[1]), fs(sc[2]), fs(sc[3]), fs(S)))
    L.append(band_sentence(bands))
    L.append('本单位自评等级为“%s”。' % G)
    L.append('六、存在问题及改进措施')
    L.append('部分教学点功能室配置不足，公用经费使用结构有待优化；下一步将统筹资金向薄弱教学点倾斜。')
    traps = ['std_period(寄宿生补助 每年 vs 每月)', 'rounding(公用经费/膳食补助 = 人×标准 rounded to 万元)',
             'nonexhaustive(其中寄宿生)', 'zero_div(校舍维修改造 未发生)', 'person_vs_visit(培训%d人次 vs 教职工%d人)' % (tr, T),
             'carryover_total(年末结转 = 年初 + 收入 − 支出)']
    return L, slip, traps


TEMPLATES = {'T1': t1, 'T2': t2, 'T3': t3, 'T4': t4, 'T5': t5, 'T6': t6, 'T7': t7, 'T8': t8}

# template -> slip families of its slip documents; remaining five-minus-len are clean
PLAN = {
    'T1': ['rate.ratio', 'grade.band', 'fact.conflict'],
    'T2': ['sum.breakdown', 'change', 'table.text'],
    'T3': ['rate.ratio', 'balance.carryover'],
    'T4': ['score.total', 'unit.magnitude'],
    'T5': ['sum.breakdown', 'grade.band', 'unit.magnitude'],
    'T6': ['change', 'fact.conflict', 'table.text'],
    'T7': ['score.total', 'count.mismatch'],
    'T8': ['balance.carryover', 'count.mismatch'],
}
STYLES = ['pipe', 'tab', 'space', 'box']


def unit_name(rng, tpl, k, place):
    prov, county, city = place
    town = TOWNS[k % len(TOWNS)]
    if tpl == 'T1':
        return [(county + '人民医院', '二级甲等综合医院'), (city + '中医医院', '三级乙等中医医院'),
                (county + '第二人民医院', '二级综合医院'), (city + '第一人民医院', '三级乙等综合医院'),
                (county + '中医院', '二级甲等中医医院')][k % 5], None
    if tpl == 'T2':
        return [county + '妇幼保健院', county + '人民医院', city + '中西医结合医院', county + '中医医院',
                city + '精神卫生中心'][k % 5], None
    if tpl == 'T3':
        return [county + '卫生健康局', county + town + '卫生院', city + STREETS[k % 4] + '社区卫生服务中心',
                county + '卫生健康局', county + town + '中心卫生院'][k % 5], None
    if tpl == 'T4':
        return [county + '疾病预防控制中心', city + '疾病预防控制中心'][k % 2], None
    if tpl == 'T5':
        opts = [(county + '人民医院', 'hosp'), (city + '疾病预防控制中心', 'cdc'),
                (city[:2] + COLLEGE[0], 'edu'), (county + town + '中心卫生院', 'comm'),
                (city + '中医医院', 'hosp')]
        return opts[k % 5][0], opts[k % 5][1]
    if tpl == 'T6':
        return city[:2] + COLLEGE[k % 5], None
    if tpl == 'T7':
        return [county + '职业教育中心', city + '卫生职业学校', county + '职业中等专业学校', city + '财经职业学校',
                county + '第二职业高级中学'][k % 5], None
    if tpl == 'T8':
        return [county + town + '中心学校', city + '实验学校', county + '育才学校', county + town + '中心学校',
                city + '明德学校'][k % 5], None


def build_plan():
    rng = random.Random(SEED)
    items = []
    for tpl in sorted(PLAN):
        fams = PLAN[tpl] + [None] * (5 - len(PLAN[tpl]))
        for k, f in enumerate(fams):
            items.append((tpl, k, f))
    rng.shuffle(items)
    years = list(range(2019, 2026)) * 6
    rng.shuffle(years)
    tcount = 0
    docs = []
    for i, (tpl, k, f) in enumerate(items):
        c = Ctx()
        place = PLACES[(i * 5 + 3) % len(PLACES)]
        c.prov, c.county, c.city = place
        c.year = years[i]
        u = unit_name(rng, tpl, k, place)
        if tpl == 'T1':
            (c.unit, c.sub), _ = u
        else:
            c.unit, c.sub = u
        c.parent = c.city if c.unit.startswith(c.city) else c.county
        c.table = STYLES[tcount % 4]
        if tpl in ('T1', 'T2', 'T3', 'T4', 'T6'):
            tcount += 1
        c.pdf = (i % 5 == 2)
        docs.append((i + 1, tpl, f, c))
    return docs


def make_doc(i, tpl, fam, c, apply):
    rng = random.Random(SEED * 1000 + i)
    mrng = random.Random(SEED * 7 + i * 13)
    L, slip, traps = TEMPLATES[tpl](rng, c, fam, apply, mrng)
    if c.pdf:
        L = [pdf_space(x) if not ('|' in x or '\t' in x or '│' in x or '  ' in x) else x for x in L]
    return L, slip, traps


def main(argv):
    out = HERE
    twins = None
    if '--out' in argv:
        out = argv[argv.index('--out') + 1]
    if '--twins' in argv:
        twins = argv[argv.index('--twins') + 1]
    docs = build_plan()
    if twins:
        os.makedirs(twins, exist_ok=True)
        for i, tpl, fam, c in docs:
            if fam is None:
                continue
            L, slip, _ = make_doc(i, tpl, fam, c, apply=False)
            assert slip is None
            with open(os.path.join(twins, 't%02d.txt' % i), 'w', encoding='utf-8') as f:
                f.write('\n'.join(L) + '\n')
        return
    os.makedirs(out, exist_ok=True)
    rows = ['id\texpected\tdetail']
    for i, tpl, fam, c in docs:
        L, slip, traps = make_doc(i, tpl, fam, c, apply=True)
        if fam:
            assert slip and slip[0] == fam, (i, fam, slip)
            det = slip[1]
            if c.pdf:
                # quote the wrong figure exactly as it appears in the PDF-style text
                det = re.sub(r'"(\d+(?:\.\d+)?)([^"%\d.][^"]*)"', r'"\1 \2"', det, count=1)
            rows.append('t%02d\t%s\t%s' % (i, fam, det))
        else:
            rows.append('t%02d\tclean\ttraps: %s' % (i, '; '.join(traps)))
        assert 15 <= len(L) <= 60, (i, len(L))
        with open(os.path.join(out, 't%02d.txt' % i), 'w', encoding='utf-8') as f:
            f.write('\n'.join(L) + '\n')
    with open(os.path.join(out, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main(sys.argv[1:])
