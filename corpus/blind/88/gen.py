#!/usr/bin/env python3
"""Generator of blind test set blind88 (林业/生态环境/自然资源/水土保持 绩效自评).

Python 3 standard library only.  Fixed seed, deterministic.  All money, rates,
areas and scores are decimal.Decimal rounded half-up; random numbers are drawn
with randint/choice/sample only (no floats).

  python3 gen.py               -> writes t01.txt ... t40.txt and expect.tsv here
  python3 gen.py --twins DIR   -> writes, for every slip document, the same
                                  document built from the same random draws but
                                  without its slip, as DIR/tNN.txt
"""
import os
import random
import sys
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 880088
HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------- numbers
def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def f2(x):
    return f"{q(x, 2):.2f}"


def fn(x, nd):
    return f"{q(x, nd):.{nd}f}"


def fi(x):
    x = D(x)
    assert x == x.to_integral_value(), x
    return str(int(x))


def fs(x):
    """score: 9, 9.5, 9.75"""
    s = f"{q(x, 2):.2f}".rstrip('0').rstrip('.')
    return s


def pct(a, b, nd=2):
    return q(D(a) * 100 / D(b), nd)


def yuan(wan):
    return f"{q(D(wan) * 10000, 2):,.2f}"


def split_int(total, k, r, lo=5, hi=20):
    ws = [r.randint(lo, hi) for _ in range(k)]
    s = sum(ws)
    parts = [total * w // s for w in ws]
    parts[-1] = total - sum(parts[:-1])
    return parts


def split_money(total, k, r, lo=5, hi=20, weights=None):
    cents = int(q(total) * 100)
    ws = weights if weights else [r.randint(lo, hi) for _ in range(k)]
    s = sum(ws)
    parts = [cents * w // s for w in ws]
    parts[-1] = cents - sum(parts[:-1])
    return [D(p) / 100 for p in parts]


def swap(s):
    """transpose two adjacent different digits (a typing slip); the decimal
    point stays where it is"""
    c = list(s)
    pos = [i for i, ch in enumerate(c) if ch.isdigit()]
    cand = [(pos[j], pos[j + 1]) for j in range(len(pos) - 1)
            if c[pos[j]] != c[pos[j + 1]] and not (pos[j] == 0 and c[pos[j + 1]] == '0')]
    if not cand:        # nothing to transpose: the last digit is mistyped
        j = pos[-1]
        c[j] = str((int(c[j]) + 3) % 10)
        return ''.join(c)
    i, k = cand[len(cand) // 2]
    c[i], c[k] = c[k], c[i]
    return ''.join(c)


def grade_default(t, names):
    if t >= 90:
        return names[0]
    if t >= 80:
        return names[1]
    if t >= 60:
        return names[2]
    return names[3]


GR_A = ('优秀', '良好', '合格', '不合格')
GR_B = ('优', '良', '中', '差')


# ----------------------------------------------------------------- doc
class Doc:
    def __init__(self, slip):
        self.slip = slip
        self.lines = []
        self.detail = ''
        self.traps = []
        self.used = False

    def L(self, *xs):
        for x in xs:
            self.lines.append(x)

    def sl(self, fam, true, wrong, what):
        """return the wrong figure when this document carries slip `fam`"""
        if self.slip == fam:
            assert not self.used
            assert wrong != true
            self.used = True
            self.detail = f"{what}写作“{wrong}”，应为“{true}”"
            return wrong
        return true

    def trap(self, *t):
        for x in t:
            if x not in self.traps:
                self.traps.append(x)


def dwidth(s):
    return sum(2 if ord(ch) > 0x2e7f else 1 for ch in s)


def table(doc, header, rows, style):
    if style == 'pipe':
        doc.L('| ' + ' | '.join(header) + ' |')
        doc.L('|' + '|'.join(['---'] * len(header)) + '|')
        for rw in rows:
            doc.L('| ' + ' | '.join(rw) + ' |')
    elif style == 'tab':
        for rw in [header] + rows:
            doc.L('\t'.join(rw))
    elif style == 'space':
        # fixed column widths computed from the header only, so a slipped
        # cell never moves the other rows
        ws = [max(dwidth(h) + 4, 14) for h in header]
        for rw in [header] + rows:
            out = ''
            for j, cell in enumerate(rw):
                pad = ws[j] - dwidth(cell)
                out += cell + (' ' * max(pad, 2) if j < len(rw) - 1 else '')
            doc.L(out.rstrip())
    elif style == 'box':
        doc.L('┌' + '┬'.join(['────'] * len(header)) + '┐')
        for i, rw in enumerate([header] + rows):
            doc.L('│' + '│'.join(rw) + '│')
            if i == 0:
                doc.L('├' + '┼'.join(['────'] * len(header)) + '┤')
        doc.L('└' + '┴'.join(['────'] * len(header)) + '┘')
    else:
        raise ValueError(style)


def score_rows(r, spec, max_ded=3):
    """spec: list of (level1, name, weight).  returns rows of Decimal scores"""
    out = []
    for l1, name, w in spec:
        w = D(w)
        k = r.randint(0, 9)
        if k < 5:
            s = w
        elif k < 8:
            s = w - D(r.choice([5, 10, 15, 20])) / 10
        else:
            s = w - D(r.randint(1, max_ded))
        if s < 0:
            s = w
        out.append([l1, name, w, s])
    return out


def score_slip(doc, rows, what):
    """score.total slip: one indicator score is a stale draft figure one
    point lower (never above its weight)."""
    idx = None
    for i, rw in enumerate(rows):
        if rw[3] >= 2 and rw[3] < rw[2]:
            idx = i
            break
    if idx is None:
        for i, rw in enumerate(rows):
            if rw[3] >= 2:
                idx = i
                break
    true = fs(rows[idx][3])
    wrong = fs(rows[idx][3] - 1)
    shown = doc.sl('score.total', true, wrong,
                   f"{what}中“{rows[idx][1]}”一行得分")
    return idx, shown


def bands_sentence(style):
    if style == 'A':
        return ('评价等级分为优秀、良好、合格、不合格四档：90分（含）以上为优秀，'
                '80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。',
                [(90, '优秀'), (80, '良好'), (60, '合格'), (0, '不合格')])
    if style == 'B':
        return ('评价结果分为四个等次：85分（含）以上为“优”，75分（含）至85分为“良”，'
                '60分（含）至75分为“中”，60分以下为“差”。',
                [(85, '优'), (75, '良'), (60, '中'), (0, '差')])
    if style == 'C':
        return ('评价等次分为“优秀”“良好”“合格”“基本合格”和“不合格”五个等次，其中90分（含）以上为“优秀”，'
                '80分（含）至90分为“良好”，70分（含）至80分为“合格”，60分（含）至70分为“基本合格”，60分以下为“不合格”。',
                [(90, '优秀'), (80, '良好'), (70, '合格'), (60, '基本合格'), (0, '不合格')])
    if style == 'E':
        return ('自评等级按得分确定：90分（含）以上为优秀，75分（含）至90分为良好，'
                '60分（含）至75分为合格，60分以下为不合格。',
                [(90, '优秀'), (75, '良好'), (60, '合格'), (0, '不合格')])
    raise ValueError(style)


def band_grade(t, bands):
    for lo, g in bands:
        if t >= lo:
            return g
    return bands[-1][1]


def wrong_grade(t, bands):
    """the grade of the neighbouring band (a stale grade from a draft)"""
    g = band_grade(t, bands)
    names = [b[1] for b in bands]
    i = names.index(g)
    return names[i - 1] if i > 0 else names[i + 1]


TOWN_POOL = ['城关镇', '石门乡', '龙潭镇', '青山乡', '白沙镇', '长岭乡', '双河镇', '桃源乡',
             '清水镇', '高坪乡', '马鞍镇', '枫林乡', '水口镇', '杨柳乡', '金竹镇', '黄土乡',
             '新田镇', '大坪乡', '柏树镇', '红岩乡', '三江镇', '茶园乡']
FARM_POOL = ['红旗林场', '东风林场', '青山林场', '柳河林场', '鹿鸣林场', '松岭林场', '白桦林场',
             '北沟林场', '岔路河林场', '黑松林场']
MINE_POOL = ['李家沟采石场', '马坡砖厂取土场', '北山石灰石矿', '后河沙石料场', '王庄煤矿废弃工业场地',
             '西岭铁矿排土场', '石湾建筑石料矿', '杨树湾采砂场', '东梁页岩矿']
BASIN_POOL = ['清河', '柳沟', '杏子河', '石门沟', '黄花川', '南沟', '白马河']


def stamp(doc, M, r):
    doc.L(M['unit'], f"{M['y'] + 1}年{r.randint(2, 5)}月{r.randint(1, 28)}日")


def docno(M, r):
    return f"{M['abbr']}财资环〔{M['y'] - r.randint(0, 1)}〕{r.randint(11, 198)}号"


# =================================================================== B1
def b_gyl(d, r, M):
    """森林生态效益补偿资金（公益林补偿） 项目自评"""
    y, x = M['y'], M['x']
    n = r.randint(160, 700)
    A_nat = n * 300
    A_nat_w = D(A_nat) / 10000
    A_nat_ha = D(A_nat) / 15
    std_nat = r.choice([15, 16])
    std_prov = r.choice([8, 10, 12, 13, 14])
    A_prov = r.randint(200, 1200) * 100
    A_prov_w = D(A_prov) / 10000
    A_prov_ha = q(D(A_prov) / 15)
    A_tot_w = A_nat_w + A_prov_w
    land_w = A_tot_w + D(r.randint(800, 4000)) / 100
    F_c = D(A_nat * std_nat) / 10000
    F_p = D(A_prov * std_prov) / 10000
    F = F_c + F_p
    carry = q(F * r.randint(8, 60) / 1000)
    E = F - carry
    rate = pct(E, F)
    s = r.choice([6000, 7200, 8400, 9600, 10800, 12000])
    N = r.randint(int(E * D('0.15') * 10000 / s) + 1, int(E * D('0.28') * 10000 / s) + 2)
    H = D(N * s) / 10000
    X3 = q(E * r.randint(30, 80) / 1000)
    X2 = H + q(E * r.randint(20, 60) / 1000)
    X1 = E - X2 - X3
    assert X1 > 0
    hh = r.randint(1500, 9000)
    tp = r.randint(2, 6)
    tr = N * r.randint(2, 4) - r.randint(0, 9)
    qn = r.randint(150, 400)
    qr = qn - r.randint(1, 12)
    qs = qr - r.randint(3, max(4, qr // 10))
    sat = pct(qs, qr)
    k = r.randint(3, 6)
    style = M['tab']
    names = GR_A if r.randint(0, 1) else GR_B

    d.L(M['unit'], f"{y}年度森林生态效益补偿资金项目绩效自评报告")
    d.L('一、基本情况', '（一）项目概况')
    d.L(f"{M['cty']}现有林地面积{fn(land_w, 2)}万亩，其中纳入森林生态效益补偿范围的公益林{fn(A_tot_w, 2)}万亩，"
        f"包括国家级公益林{fn(A_nat_w, 2)}万亩、省级公益林{fn(A_prov_w, 2)}万亩两类。")
    d.L(f"根据{M['pshort']}财政厅、{M['pshort']}林业局《关于下达{y}年森林生态效益补偿资金的通知》（{docno(M, r)}），"
        f"{y}年我{x}共获得森林生态效益补偿资金{f2(F)}万元，由中央财政补助{f2(F_c)}万元和省级财政补助{f2(F_p)}万元构成。")
    d.L(f"其中，国家级公益林{fn(A_nat_w, 2)}万亩按每亩{std_nat}元的标准补偿，计{f2(F_c)}万元；"
        f"省级公益林{fn(A_prov_w, 2)}万亩按每亩{std_prov}元的标准补偿，计{f2(F_p)}万元。")
    d.L('（二）项目绩效目标',
        '落实国家级和省级公益林管护责任，补偿资金兑付到位率100%，公益林面积不减少，'
        '森林火灾受害率控制在0.9‰以内，林农满意度不低于90%。')
    d.L('二、绩效自评工作开展情况',
        f"按照{M['city']}财政局关于开展{y}年度项目支出绩效自评工作的要求，我局成立自评工作小组，"
        f"对照年初绩效目标逐项核实佐证资料，采取资料审核与实地抽查相结合的方式开展自评，实地抽查{k}个乡镇。")
    d.L('三、资金使用情况',
        f"{y}年该项目全年预算{f2(F)}万元，截至12月31日实际支出{f2(E)}万元，预算执行率{rate}%，"
        f"结转下年{f2(carry)}万元继续用于公益林管护。")
    x3 = d.sl('sum.breakdown', f2(X3), swap(f2(X3)), '全年支出构成中“森林防火及林业有害生物防治支出”')
    d.L(f"全年支出{f2(E)}万元由补偿性支出{f2(X1)}万元、公共管护支出{f2(X2)}万元和森林防火及林业有害生物防治支出{x3}万元三部分构成。")
    d.L(f"补偿性支出直接兑付到{hh}户林权权利人；公共管护支出主要用于聘用护林员劳务报酬、管护设施维护、界桩标牌设置等，"
        f"其中护林员劳务报酬{f2(H)}万元。")
    d.L(f"全{x}聘用专职护林员{N}人，按每人每年{s}元的标准发放劳务报酬，共计{f2(H)}万元；"
        f"全年组织护林员业务培训{tp}期、累计培训{tr}人次。")
    d.L('四、绩效目标完成情况')
    ha = d.sl('fact.conflict', fi(A_nat_ha), swap(fi(A_nat_ha)), '产出指标中国家级公益林面积（公顷）')
    d.L(f"（一）产出指标。全{x}国家级公益林{ha}公顷、省级公益林{f2(A_prov_ha)}公顷全部落实管护责任。补偿资金兑付到位率100%。")
    d.L(f"（二）效益指标。{y}年全{x}未发生重大森林火灾，公益林林分质量稳步提升，补偿资金全部兑付到户，林农护林积极性明显提高。")
    d.L(f"（三）满意度指标。发放林农满意度调查问卷{qn}份，回收有效问卷{qr}份，其中表示满意的{qs}份，满意度{sat}%。")
    spec = [('预算执行', '预算执行率', 10), ('产出指标', '国家级公益林管护面积', 10),
            ('产出指标', '省级公益林管护面积', 10), ('产出指标', '补偿资金兑付到位率', 10),
            ('产出指标', '护林员到岗率', 10), ('效益指标', '森林火灾受害率', 10),
            ('效益指标', '公益林生态功能稳定性', 15), ('效益指标', '林农护林积极性', 15),
            ('满意度指标', '林农满意度', 10)]
    rows = score_rows(r, spec)
    rows[0][3] = q(rate / 10, 2)
    T = sum(rw[3] for rw in rows)
    d.L('五、自评得分情况', '表1 绩效指标自评得分表')
    table(d, ['一级指标', '三级指标', '分值', '得分'],
          [[a, b, fs(w), fs(s_)] for a, b, w, s_ in rows] + [['合计', '—', '100', fs(T)]], style)
    g = grade_default(T, names)
    d.L('六、自评结论', f"经综合评价，该项目{y}年度绩效自评得分{fs(T)}分，评价等级为“{g}”。")
    d.L('七、存在的问题及改进措施',
        '部分乡镇护林员年龄偏大，巡护手段较为单一；下一步将推广智慧护林巡护系统，加强护林员动态管理。')
    stamp(d, M, r)
    d.trap(f'不同级别公益林补偿标准不同（国家级每亩{std_nat}元、省级每亩{std_prov}元），面积×标准=资金',
           '万亩与公顷互换表述一致', '“主要用于…等”非穷尽列举', '护林员人数与培训人次并存',
           '满意度以回收问卷而非发放问卷为分母')


# =================================================================== B2
def b_zl(d, r, M):
    """国土绿化（人工造林） 项目自评"""
    y, x = M['y'], M['x']
    Mn = r.randint(6, 8)
    towns = r.sample(TOWN_POOL, Mn)
    p = [r.randint(4, 28) * 50 for _ in range(Mn)]
    c = [pi + r.choice([0, 0, 50, 100, 150]) for pi in p]
    if sum(c) == sum(p):
        c[0] += 100
    P, C = sum(p), sum(c)
    P1 = (P * r.randint(55, 75) // 100) // 50 * 50
    P2 = P - P1
    C1 = P1 + 50 * r.randint(1, (C - P) // 50)
    C2 = C - C1
    std1 = r.choice([300, 400, 500, 600])
    std2 = r.choice([70, 100, 120, 150])
    F1 = D(P1 * std1) / 10000
    F2 = D(P2 * std2) / 10000
    F_c = F1 + F2
    F_l = D(r.randint(2000, 9000)) / 100
    F = F_c + F_l
    sub = split_money(F_c, Mn, r, weights=p)
    den = r.choice([74, 89, 111, 167])
    N = C1 * den
    Np = P1 * den
    S = N * r.randint(880, 975) // 1000
    rS = pct(S, N)
    carry = q(F * r.randint(10, 90) / 1000)
    E = F - carry
    rE = pct(E, F)
    rC = pct(C, P)
    P_prev = r.randint(20, 70) * 100
    cov0 = q(D(r.randint(4500, 7000)) / 100)
    cov1 = cov0 + D(r.randint(5, 40)) / 100
    C1_ha = q(D(C1) / 15)
    order = sorted(range(Mn), key=lambda i: -c[i])
    ia, ib = order[0], order[1]
    qn = r.randint(120, 300)
    qr = qn - r.randint(0, 10)
    qs = qr - r.randint(2, 15)
    sat = pct(qs, qr)
    style = M['tab']
    names = GR_A

    d.L(M['unit'], f"{y}年国土绿化（人工造林）项目支出绩效自评报告")
    d.L('一、项目基本情况', '（一）项目概况')
    d.L(f"按照{M['city']}林业局下达的{y}年营造林生产计划，我{x}{y}年计划造林{P}亩（约{f2(D(P) / 15)}公顷），"
        f"其中人工造林{P1}亩、封山育林{P2}亩；上年计划造林{P_prev}亩。")
    d.L(f"项目涉及{Mn}个乡镇，分别是{'、'.join(towns)}。")
    d.L(f"项目资金来源为中央财政林业草原改革发展资金和县级财政配套资金，总投资{f2(F)}万元，"
        f"由中央财政补助{f2(F_c)}万元和县级配套资金{f2(F_l)}万元构成。")
    d.L(f"中央财政补助按计划任务测算：人工造林{P1}亩，按每亩{std1}元补助{f2(F1)}万元；"
        f"封山育林{P2}亩，按每亩{std2}元补助{f2(F2)}万元。")
    d.L('（二）绩效目标',
        f"年度绩效目标为：完成营造林任务{P}亩，苗木成活率不低于85%，资金执行率不低于90%，群众满意度不低于90%。")
    d.L('二、绩效目标完成情况', '（一）任务完成情况')
    d.L(f"截至{y}年11月底，全{x}实际完成造林{C}亩，其中人工造林和封山育林分别为{C1}亩、{C2}亩；"
        f"完成计划任务{P}亩的{rC}%，超额完成年度任务。")
    d.L('（二）苗木栽植与成活情况')
    d.L(f"完成人工造林{C1}亩，按每亩{den}株的密度栽植，实际栽植苗木{N}株。")
    rs = d.sl('rate.ratio', str(rS), swap(str(rS)), '苗木成活率')
    d.L(f"经县林业局组织检查验收，计划用苗{Np}株、实际栽植{N}株，成活{S}株，成活率{rs}%，达到年度目标。")
    d.L('（三）分乡镇完成情况', f"表1 {y}年分乡镇造林完成情况")
    rows = [[towns[i], str(p[i]), str(c[i]), str(pct(c[i], p[i])), f2(sub[i])] for i in range(Mn)]
    rows.append(['合计', str(P), str(C), str(rC), f2(F_c)])
    table(d, ['乡镇', '计划任务（亩）', '完成面积（亩）', '完成率（%）', '中央补助（万元）'], rows, style)
    ca = d.sl('table.text', str(c[ia]), swap(str(c[ia])), f"正文中{towns[ia]}完成造林面积（亩）")
    d.L(f"全{x}完成造林{C}亩，其中{towns[ia]}完成{ca}亩、{towns[ib]}完成{c[ib]}亩，完成面积居全{x}前两位。")
    d.L('三、资金使用情况',
        f"{y}年项目全年预算{f2(F)}万元，实际支出{f2(E)}万元，预算执行率{rE}%，"
        f"结转下年{f2(carry)}万元，主要为封山育林后续管护费用。")
    d.L('四、项目效益',
        f"项目实施后新增森林面积{f2(C1_ha)}公顷，全{x}森林覆盖率由上年的{cov0}%提高到{cov1}%。")
    d.L(f"开展群众满意度调查，发放问卷{qn}份，回收{qr}份，其中满意{qs}份，满意度{sat}%。")
    s1 = q(rE / 10, 2)
    s2 = D(50) - D(r.choice([0, 1, 2]))
    s3 = D(30) - D(r.choice([0, 1, 2, 3])) / 2
    s4 = D(10) - D(r.choice([0, 1, 2])) / 2
    T = s1 + s2 + s3 + s4
    d.L('五、自评结论',
        f"项目自评总分{fs(T)}分，由预算执行率得分{fs(s1)}分、产出指标得分{fs(s2)}分、效益指标得分{fs(s3)}分"
        f"和满意度指标得分{fs(s4)}分构成，评价等级为“{grade_default(T, names)}”。")
    d.L('六、存在问题及建议', '部分造林地块立地条件差，补植补造任务较重；建议提前调运苗木，加强造林后期管护。')
    stamp(d, M, r)
    d.trap(f'完成率超过100%（{rC}%，超额完成）', '成活率以实际栽植株数而非计划用苗为分母',
           '乡镇“其中”仅列两个乡镇（非穷尽）', '人工造林与封山育林补助标准不同', '亩与公顷换算一致',
           '上年计划造林面积（另一年度数字）', '苗木株数=面积×每亩株数')


# =================================================================== B3
def b_tb(d, r, M):
    """天然林资源保护工程（天保） 项目自评，林场分表"""
    y, x = M['y'], M['x']
    K = r.randint(4, 6)
    farms = r.sample(FARM_POOL, K)
    ha = [r.randint(150, 900) * 20 for _ in range(K)]
    nn = [max(8, h // r.randint(300, 500)) for h in ha]
    A_ha = sum(ha)
    A_mu = A_ha * 15
    A_w = q(D(A_mu) / 10000, 2)
    Nn = sum(nn)
    std = r.choice([6, 8, 10])
    Fm = D(A_mu * std) / 10000
    Fs = D(r.randint(10000, 60000)) / 100
    Fp = D(r.randint(5000, 30000)) / 100
    F = Fm + Fs + Fp
    a = split_money(F, K, r, weights=ha)
    cc = [D(0) if r.randint(0, 2) == 0 else q(a[i] * r.randint(10, 60) / 1000) for i in range(K)]
    if sum(cc) == 0:
        cc[0] = q(a[0] * D('0.03'))
    e = [a[i] - cc[i] for i in range(K)]
    E = sum(e)
    C = sum(cc)
    Badd = C + D(r.randint(1000, 9000)) / 100
    B0 = F - Badd
    rE = pct(E, F)
    rE0 = pct(E, B0)
    F_prev = F - D(r.randint(-8000, 15000)) / 100
    dF = F - F_prev
    word = '增加' if dF > 0 else '减少'
    pt = Nn * r.randint(40, 90)
    ia = max(range(K), key=lambda i: ha[i])
    style = M['tab']
    names = GR_A if r.randint(0, 1) else GR_B

    d.L(M['unit'], f"{y}年度天然林资源保护工程财政资金绩效自评报告")
    d.L('一、项目基本情况', '（一）项目概况')
    d.L(f"{M['short']}下辖{K}个林场，天然林管护面积{A_ha}公顷（约{fn(A_w, 2)}万亩），管护人员共{Nn}人。")
    d.L('（二）资金来源及构成')
    d.L(f"根据《关于下达{y}年天然林资源保护工程财政资金的通知》（{docno(M, r)}），{y}年下达天然林保护工程资金{f2(F)}万元，"
        f"由森林管护费{f2(Fm)}万元、社会保险补助{f2(Fs)}万元和政策性社会性支出补助{f2(Fp)}万元三部分构成。")
    d.L(f"森林管护费{f2(Fm)}万元按天然林管护面积{A_mu}亩、每亩每年{std}元的标准测算下达。")
    dd = d.sl('change', f2(abs(dF)), swap(f2(abs(dF))), '较上年增减额')
    d.L(f"{y}年下达资金{f2(F)}万元，较上年{f2(F_prev)}万元{word}{dd}万元，主要是社会保险补助基数调整。")
    d.L('二、绩效目标',
        '天然林管护面积不减少，森林管护责任落实率100%，森林火灾受害率控制在0.9‰以内，资金执行率不低于90%。')
    d.L('三、绩效目标完成情况', '（一）资金执行情况')
    d.L(f"{y}年年初预算{f2(B0)}万元，年中追加{f2(Badd)}万元，全年预算{f2(F)}万元；全年实际支出{f2(E)}万元，"
        f"预算执行率{rE}%，实际支出占年初预算的{rE0}%。")
    cs = d.sl('balance.carryover', f2(C), swap(f2(C)), '结转下年资金')
    d.L(f"全年预算{f2(F)}万元扣除实际支出{f2(E)}万元后，结转下年{cs}万元，均为林场已签订合同尚未结算的管护费用。")
    d.L('表1 各林场资金安排及执行情况')
    rows = [[farms[i], str(ha[i]), str(nn[i]), f2(a[i]), f2(e[i])] for i in range(K)]
    rows.append(['合计', str(A_ha), str(Nn), f2(F), f2(E)])
    table(d, ['林场', '管护面积（公顷）', '管护人员（人）', '下达资金（万元）', '实际支出（万元）'], rows, style)
    d.L(f"{farms[ia]}管护面积最大，为{ha[ia]}公顷，下达资金{f2(a[ia])}万元，实际支出{f2(e[ia])}万元。")
    d.L('（二）产出及效益情况')
    d.L(f"全年落实天然林管护责任面积{A_ha}公顷，管护责任落实率100%；组织开展森林巡护{pt}人次。")
    d.L("全年接报森林火情0起，及时处置0起，处置率100%；未发生重大林业有害生物灾害，天然林资源总量稳中有升。")
    spec = [('投入', '预算执行率', 10), ('投入', '资金到位率', 10), ('产出', '天然林管护面积', 20),
            ('产出', '管护责任落实率', 10), ('效益', '森林火灾受害率', 15), ('效益', '天然林资源保护成效', 15),
            ('满意度', '林区职工满意度', 20)]
    rows2 = score_rows(r, spec)
    T = sum(rw[3] for rw in rows2)
    d.L('四、自评结论')
    d.L('；'.join(f"{rw[1]}分值{fs(rw[2])}分，得分{fs(rw[3])}分" for rw in rows2[:4]) + '。')
    d.L('；'.join(f"{rw[1]}分值{fs(rw[2])}分，得分{fs(rw[3])}分" for rw in rows2[4:]) + '。')
    d.L(f"综合自评得分{fs(T)}分，评价等级为“{grade_default(T, names)}”。")
    stamp(d, M, r)
    d.trap('执行率按全年预算计算、同句另列年初预算', '实际支出占年初预算超过100%（追加后）',
           '0起/0起=100%', '公顷与万亩、亩换算一致', '管护人员“人”与巡护“人次”并存', '较上年增减额')


# =================================================================== B4
def b_tg(d, r, M):
    """新一轮退耕还林补助资金"""
    y, x = M['y'], M['x']
    bat = r.choice([(('第二次', 300), ('第三次', 400)), (('第一次', 500), ('第二次', 300)),
                    (('第二次', 300), ('第三次', 500))])
    y2, y3 = y - r.randint(2, 3), y - r.randint(5, 6)
    (b2, s2), (b3, s3) = bat
    A2 = r.randint(20, 120) * 150
    A3 = r.randint(20, 100) * 150
    F2 = D(A2 * s2) / 10000
    F3 = D(A3 * s3) / 10000
    F = F2 + F3
    k = r.randint(4, 6)
    towns = r.sample(TOWN_POOL, k)
    A = A2 + A3
    ar = split_int(A, k, r)
    hs = [max(20, a_ // r.randint(3, 7)) for a_ in ar]
    mo = split_money(F, k, r, weights=ar)
    HH = sum(hs)
    PP = HH * r.randint(31, 39) // 10
    vil = k * r.randint(3, 7)
    Cb = D(r.randint(0, 3000)) / 100
    G = D(r.randint(50, 900)) / 100
    E = Cb + F - G
    F_prev = q(F * r.randint(70, 140) / 100)
    ca = r.randint(20, 60) * 50
    cs = ca - r.randint(20, 300)
    rcs = pct(cs, ca)
    mo_ = r.randint(6, 11)
    style = M['tab']
    names = GR_A

    d.L(M['unit'], f"{y}年度新一轮退耕还林补助资金绩效自评报告")
    d.L('一、项目基本情况')
    d.L(f"{y}年，上级下达我{x}新一轮退耕还林补助资金{f2(F)}万元，包括{y2}年度退耕还林任务{A2}亩{b2}补助{f2(F2)}万元、"
        f"{y3}年度退耕还林任务{A3}亩{b3}补助{f2(F3)}万元两批次。")
    d.L(f"{y2}年度退耕还林任务{A2}亩，按每亩{s2}元计{f2(F2)}万元；{y3}年度退耕还林任务{A3}亩，按每亩{s3}元计{f2(F3)}万元。")
    d.L(f"兑现范围涉及{k}个乡镇{vil}个村，共{HH}户{PP}人，退耕地面积{A}亩（{fi(D(A) / 15)}公顷）。")
    d.L('二、绩效目标', '补助资金兑现率100%，退耕地造林保存率不低于85%，兑现对象满意度不低于90%。')
    d.L('三、绩效目标完成情况', '（一）资金到位及使用情况')
    d.L(f"上年结转{f2(Cb)}万元，本年下达{f2(F)}万元，可用资金{f2(Cb + F)}万元，全年兑现{f2(E)}万元，结余{f2(G)}万元。")
    d.L(f"补助资金全部通过惠农“一卡通”直接兑付到户，全年兑现金额{f2(E)}万元（{yuan(E)}元）。")
    v2 = d.sl('unit.magnitude', f"{f2(F2)}万元", f"{f2(F2)}元", f"{y2}年度任务补助资金金额单位")
    d.L(f"其中，{y2}年度任务{b2}补助资金{v2}已于{y}年{mo_}月全部兑付到户。")
    d.L(f"{y - 1}年兑现{f2(F_prev)}万元，{y}年兑现{f2(E)}万元，两年累计兑现{f2(F_prev + E)}万元。")
    d.L('表1 分乡镇兑现面积及资金分配情况')
    rows = [[towns[i], str(ar[i]), str(hs[i]), f2(mo[i])] for i in range(k)]
    rows.append(['合计', str(A), str(HH), f2(F)])
    table(d, ['乡镇', '兑现面积（亩）', '兑现农户（户）', '本年下达资金（万元）'], rows, style)
    d.L('（二）产出及效益情况')
    d.L(f"组织对退耕地开展保存情况抽查，抽查面积{ca}亩，保存面积{cs}亩，保存率{rcs}%。")
    d.L('退耕农户户均增收明显，坡耕地水土流失得到有效控制。')
    spec = [('资金管理', '资金到位率', 10), ('资金管理', '兑现及时率', 10), ('产出', '兑现面积', 20),
            ('产出', '兑现准确率', 15), ('效益', '退耕地保存率', 15), ('效益', '农户增收', 15),
            ('满意度', '兑现对象满意度', 15)]
    rows2 = score_rows(r, spec)
    T = sum(rw[3] for rw in rows2)
    d.L('四、自评结论', '表2 自评得分')
    table(d, ['一级指标', '三级指标', '分值', '得分'],
          [[a_, b_, fs(w), fs(s_)] for a_, b_, w, s_ in rows2] + [['合计', '—', '100', fs(T)]], style)
    d.L(f"自评得分{fs(T)}分，评价结果为“{grade_default(T, names)}”。")
    stamp(d, M, r)
    d.trap(f'不同批次补助标准不同（每亩{s2}元、{s3}元）', '户与人并存', '万元金额以元带分重述一致',
           '两年兑现合计', '上年结转+本年下达−兑现=结余', '亩与公顷换算一致')


# =================================================================== B5
def b_hly(d, r, M):
    """生态护林员补助资金"""
    y, x = M['y'], M['x']
    s_c = r.choice([10000, 8000])
    s_p = r.choice([6000, 5000, 4800])
    N_c = r.randint(150, 600)
    N_p = r.randint(50, 200)
    N = N_c + N_p
    F_c = D(N_c * s_c) / 10000
    F_p = D(N_p * s_p) / 10000
    F = F_c + F_p
    k = r.randint(5, 8)
    towns = r.sample(TOWN_POOL, k)
    ns = split_int(N, k, r)
    pv = [n_ - r.randint(0, max(1, n_ // 6)) for n_ in ns]
    Npov = sum(pv)
    ar = [n_ * r.randint(12, 40) * 100 for n_ in ns]
    Am = sum(ar)
    carry = q(F * r.randint(40, 90) / 1000)
    E = F - carry
    rE = pct(E, F)
    tp = r.randint(2, 8)
    tr = N * r.randint(1, 3) + r.randint(0, 40)
    ins = r.randint(3, 12) * 10
    style = M['tab']
    bstyle = M.get('bands', 'A')
    btxt, bands = bands_sentence(bstyle)
    spec = [('预算执行', 10), ('产出指标', 40), ('效益指标', 30), ('满意度指标', 20)]
    sc = []
    for nm, w in spec:
        ded = D(r.choice([0, 0, 5, 10, 15, 20, 25, 30, 40])) / 10
        sc.append((nm, D(w), D(w) - ded))
    T = sum(s_ for _, _, s_ in sc)
    # aim some documents at a score close to a band edge
    g_true = band_grade(T, bands)

    d.L(M['unit'], f"{y}年度生态护林员补助资金项目绩效自评报告")
    d.L('一、项目基本情况', '（一）项目背景',
        '为巩固拓展脱贫攻坚成果，按照“县建、乡管、村用”的管理机制，从脱贫人口和监测对象中选聘生态护林员，落实森林资源管护责任。')
    d.L('（二）资金安排',
        f"{y}年下达生态护林员补助资金{f2(F)}万元，由中央财政资金{f2(F_c)}万元和省级财政资金{f2(F_p)}万元构成。")
    d.L(f"中央资金劳务补助{f2(F_c)}万元，按选聘{N_c}人、每人每年{s_c}元的标准发放；"
        f"省级资金劳务补助{f2(F_p)}万元，按选聘{N_p}人、每人每年{s_p}元的标准发放。")
    kk = d.sl('count.mismatch', str(k), str(k + 1), '护林员分布乡镇个数')
    d.L('（三）选聘情况',
        f"全{x}共选聘生态护林员{N}人，由中央资金选聘{N_c}人和省级资金选聘{N_p}人构成，其中脱贫人口{Npov}人；护林员分布在{kk}个乡镇。")
    d.L('表1 分乡镇生态护林员选聘及管护情况')
    rows = [[towns[i], str(ns[i]), str(pv[i]), str(ar[i])] for i in range(k)]
    rows.append(['合计', str(N), str(Npov), str(Am)])
    table(d, ['乡镇', '护林员（人）', '其中脱贫人口（人）', '管护面积（亩）'], rows, style)
    d.L('二、绩效目标', '护林员选聘任务完成率100%，劳务补助按时足额发放，管护区内森林资源无重大破坏，护林员满意度不低于90%。')
    d.L('三、绩效目标完成情况')
    d.L(f"（一）资金执行。全年预算{f2(F)}万元，实际发放劳务补助{f2(E)}万元，执行率{rE}%，"
        f"结转下年{f2(carry)}万元，为12月份劳务补助次年1月发放。")
    d.L(f"（二）产出情况。护林员管护森林面积{fn(D(Am) / 10000, 2)}万亩，全年组织岗前及业务培训{tp}期{tr}人次，"
        f"开展巡山护林检查{ins}次。")
    d.L('（三）效益情况。护林员人均年增收明显，管护区内未发生重大森林火灾和乱砍滥伐案件。')
    d.L('四、自评得分')
    d.L(btxt)
    for nm, w, s_ in sc:
        d.L(f"{nm}：分值{fs(w)}分，得分{fs(s_)}分。")
    gg = d.sl('grade.band', g_true, wrong_grade(T, bands), '综合评价等级')
    d.L(f"综合自评总分{fs(T)}分，由{'、'.join(f'{nm}得分{fs(s_)}分' for nm, _, s_ in sc)}构成，自评等级为“{gg}”。")
    d.L('五、存在问题', '部分护林员年龄偏大，巡护轨迹上传不及时；下一步将加强培训和考核，实行动态调整。')
    stamp(d, M, r)
    d.trap('中央与省级资金护林员补助标准不同，人数×标准=资金', '“其中脱贫人口”仅为部分人数',
           '护林员“人”与培训“人次”并存', '文中列明的等级分档（非通用分档）' if bstyle != 'A' else '等级按文中分档')


# =================================================================== B6
def b_sd(d, r, M):
    """湿地保护与恢复补助资金"""
    y, x = M['y'], M['x']
    W = D(r.randint(300000, 2500000)) / 100
    while True:         # a protection rate with digits that can be mistyped
        Wp = q(W * r.randint(500, 850) / 1000)
        rW = pct(Wp, W)
        if len(set(str(rW).replace('.', ''))) >= 3:
            break
    W_w = q(W * 15 / 10000, 2)
    R_mu = r.randint(10, 80) * 150
    R_ha = D(R_mu) / 15
    F_c = D(r.randint(20000, 90000)) / 100
    F_l = D(r.randint(3000, 20000)) / 100
    F = F_c + F_l
    carry = q(F * r.randint(5, 70) / 1000)
    E = F - carry
    rE = pct(E, F)
    uses = ['退化湿地修复', '监测监管能力建设', '湿地巡护', '科普宣教']
    for _ in range(50):
        u = split_money(E, 4, r, lo=3, hi=20)
        sh = [pct(v, E) for v in u]
        if sum(sh) != 100 or M.get('allow100'):
            break
    b_prev = r.randint(90, 200)
    b = b_prev + r.randint(2, 15)
    qn = r.randint(100, 300)
    qr = qn - r.randint(0, 8)
    qs = qr - r.randint(2, 12)
    sat = pct(qs, qr)
    style = M['tab']
    names = GR_A if r.randint(0, 1) else GR_B

    d.L(M['unit'], f"{y}年度湿地保护与恢复补助资金项目绩效自评报告")
    d.L('一、基本情况')
    rw = d.sl('rate.ratio', str(rW), swap(str(rW)), '湿地保护率')
    d.L(f"{M['cty']}湿地总面积{f2(W)}公顷（约{fn(W_w, 2)}万亩），其中纳入保护体系的湿地{f2(Wp)}公顷，湿地保护率{rw}%。")
    d.L(f"{y}年下达湿地保护与恢复补助资金{f2(F)}万元，由中央财政资金{f2(F_c)}万元和地方配套资金{f2(F_l)}万元构成，"
        f"主要用于退化湿地修复、湿地监测、科普宣教等。")
    d.L('二、绩效目标', '湿地面积不减少，修复退化湿地任务按期完成，湿地保护率保持稳定，周边群众满意度不低于90%。')
    d.L('三、绩效目标完成情况', '（一）产出完成情况')
    d.L(f"全年修复退化湿地{R_mu}亩（{fi(R_ha)}公顷），新建湿地监测点{r.randint(2, 9)}个，设立界碑界桩{r.randint(20, 120)}块。")
    d.L(f"{y}年监测到鸟类{b}种，比上年{b_prev}种增加{b - b_prev}种；监测到的鸟类中有国家重点保护鸟类{r.randint(8, 30)}种。")
    d.L('（二）资金使用情况')
    d.L(f"全年预算{f2(F)}万元，实际支出{f2(E)}万元，预算执行率{rE}%，结转下年{f2(carry)}万元。")
    d.L('表1 资金支出结构')
    rows = [[uses[i], f2(u[i]), str(sh[i])] for i in range(4)]
    rows.append(['合计', f2(E), '100.00'])
    table(d, ['支出用途', '金额（万元）', '占比（%）'], rows, style)
    d.L(f"（三）满意度情况。向湿地周边群众发放问卷{qn}份，回收{qr}份，其中满意{qs}份，满意度{sat}%。")
    spec = [('投入', '预算执行率', 10), ('产出', '退化湿地修复面积', 20), ('产出', '监测点建设', 10),
            ('产出', '修复工程验收合格率', 10), ('效益', '湿地保护率', 15), ('效益', '鸟类种数', 15),
            ('满意度', '周边群众满意度', 20)]
    rows2 = score_rows(r, spec)
    T = sum(rw_[3] for rw_ in rows2)
    d.L('四、自评结论')
    d.L('；'.join(f"{a_}分值{fs(w)}分，得分{fs(s_)}分" for _, a_, w, s_ in rows2) + '。')
    d.L(f"综合评价，项目自评得分{fs(T)}分，评价等级为“{grade_default(T, names)}”。")
    stamp(d, M, r)
    d.trap('湿地保护率以湿地总面积为分母（公顷），同句有万亩重述', '占比四舍五入后合计不等于100%',
           '“主要用于…等”非穷尽', '鸟类种数较上年增减', '亩与公顷换算一致')


# =================================================================== B7
def b_gb(d, r, M):
    """高标准农田建设"""
    y, x = M['y'], M['x']
    n = r.randint(4, 6)
    towns = r.sample(TOWN_POOL, n)
    pa = [t + '项目区' for t in towns]
    a = [r.randint(20, 90) * 100 for _ in range(n)]
    A_mu = sum(a)
    A_w = D(A_mu) / 10000
    std = r.choice([1500, 2000, 2400, 3000])
    F = D(A_mu * std) / 10000
    inv = [D(ai * std) / 10000 for ai in a]
    nw = [r.randint(3, 60) for _ in range(n)]
    NEW = sum(nw)
    F_c = q(F * r.randint(45, 60) / 100)
    F_p = q(F * r.randint(15, 25) / 100)
    F_l = F - F_c - F_p
    y1 = q(F * r.randint(55, 80) / 100)
    y2 = F - y1
    carry = q(y2 * r.randint(5, 60) / 100)
    E = F - carry
    rE = pct(E, F)
    A_prev = D(r.randint(100, 500)) / 100
    i1 = r.randint(0, n - 1)
    style = M['tab']
    names = GR_A if r.randint(0, 1) else GR_B

    d.L(M['unit'], f"{y}年度高标准农田建设项目绩效自评报告")
    d.L('一、项目概况')
    d.L(f"{y}年{M['city']}下达我{x}高标准农田建设任务{fn(A_w, 2)}万亩（{f2(D(A_mu) / 15)}公顷），"
        f"分布在{n}个项目区；上年度建设任务{fn(A_prev, 2)}万亩。")
    d.L(f"建设任务{fn(A_w, 2)}万亩，按亩均财政投入{std}元测算，总投资{f2(F)}万元。")
    d.L(f"总投资{f2(F)}万元由中央财政资金{f2(F_c)}万元、省级财政资金{f2(F_p)}万元和县级财政资金{f2(F_l)}万元构成。")
    d.L(f"项目资金跨年度安排，{y}年安排{f2(y1)}万元，{y + 1}年安排{f2(y2)}万元，两年合计{f2(F)}万元。")
    d.L('二、绩效目标', '完成高标准农田建设任务，新增耕地面积符合规划，工程质量验收合格率100%，受益群众满意度不低于90%。')
    d.L('三、绩效目标完成情况', '（一）产出情况', f"表1 {y}年各项目区建设内容及投资")
    nws = [str(v) for v in nw]
    tot_new = d.sl('sum.breakdown', str(NEW), str(NEW + 10) if NEW % 100 < 90 else str(NEW - 10),
                   '表1“合计”行新增耕地（亩）')
    rows = [[pa[i], str(a[i]), nws[i], f2(inv[i])] for i in range(n)]
    rows.append(['合计', str(A_mu), tot_new, f2(F)])
    table(d, ['项目区', '建设面积（亩）', '新增耕地（亩）', '财政投资（万元）'], rows, style)
    n1 = d.sl('table.text', str(nw[i1]), str(nw[i1] + 1) if nw[i1] < 10 else swap(str(nw[i1])),
              f"正文中{pa[i1]}新增耕地（亩）")
    d.L(f"{pa[i1]}建设面积{a[i1]}亩，新增耕地{n1}亩，已通过县级初验。")
    d.L(f"截至{y + 1}年6月，建设任务{fn(A_w, 2)}万亩已完成{fn(A_w, 2)}万亩，完成率100%，工程质量验收合格率100%。")
    d.L('（二）资金使用情况')
    d.L(f"项目总投资{f2(F)}万元，截至评价时点实际支出{f2(E)}万元，资金执行率{rE}%，结转{f2(carry)}万元用于工程尾款及质保金。")
    d.L('（三）效益情况', '项目区灌溉保证率明显提高，粮食综合生产能力稳步提升，受益群众满意度达到95%以上。')
    spec = [('决策', '项目立项规范性', 10), ('过程', '资金到位率', 10), ('过程', '资金执行率', 10),
            ('产出', '建设面积', 20), ('产出', '工程质量合格率', 15), ('效益', '粮食产能提升', 20),
            ('满意度', '受益群众满意度', 15)]
    rows2 = score_rows(r, spec)
    T = sum(rw[3] for rw in rows2)
    d.L('四、自评结论', '表2 绩效评价得分情况')
    table(d, ['一级指标', '三级指标', '分值', '得分'],
          [[a_, b_, fs(w), fs(s_)] for a_, b_, w, s_ in rows2] + [['合计', '—', '100', fs(T)]],
          'tab' if style == 'pipe' else 'pipe')
    d.L(f"经评价，项目自评得分{fs(T)}分，等级为“{grade_default(T, names)}”。")
    stamp(d, M, r)
    d.trap('万亩与公顷换算一致', '面积×亩均投入=总投资', '两年度资金合计', '上年度建设任务（另一年度数字）',
           '完成率100%由同一面积计算')


# =================================================================== B8
def b_ks(d, r, M):
    """历史遗留废弃矿山生态修复"""
    y, x = M['y'], M['x']
    m = r.randint(3, 6)
    mines = r.sample(MINE_POOL, m)
    ar = [D(r.randint(300, 3500)) / 100 for _ in range(m)]
    A_ha = sum(ar)
    A_mu = A_ha * 15
    F_c = D(r.randint(30000, 150000)) / 100
    F_p = D(r.randint(5000, 40000)) / 100
    F_l = D(r.randint(2000, 20000)) / 100
    F = F_c + F_p + F_l
    carry = q(F * r.randint(20, 150) / 1000)
    E = F - carry
    rE = pct(E, F)
    per = q(F * 10000 / A_mu, 2)
    style = M['tab']
    names = GR_A if r.randint(0, 1) else GR_B

    d.L(M['unit'], f"{y}年历史遗留废弃矿山生态修复项目绩效自评报告")
    d.L('一、项目基本情况')
    mm = d.sl('count.mismatch', str(m), str(m + 1), '修复矿山处数')
    d.L(f"根据{M['pshort']}自然资源厅历史遗留矿山生态修复工作部署，{y}年我{x}完成{mm}处历史遗留废弃矿山生态修复，"
        f"分别为{'、'.join(mines)}。")
    d.L(f"修复治理总面积{f2(A_ha)}公顷（{f2(A_mu)}亩），其中{mines[0]}{f2(ar[0])}公顷、{mines[1]}{f2(ar[1])}公顷为重点修复区域。")
    d.L('修复内容主要包括削坡整形、危岩清理、覆土复绿、排水工程等。')
    d.L(f"项目总投资{f2(F)}万元，由中央财政资金{f2(F_c)}万元、省级财政资金{f2(F_p)}万元和县级自筹资金{f2(F_l)}万元构成。")
    d.L('二、绩效目标', '完成历史遗留废弃矿山修复任务，修复区植被覆盖度不低于60%，无新增地质灾害隐患，周边群众满意度不低于85%。')
    d.L('三、绩效目标完成情况', '（一）资金执行情况')
    d.L(f"项目全年预算{f2(F)}万元，实际支出{f2(E)}万元，执行率{rE}%，结余{f2(carry)}万元结转下年用于后期管护。")
    d.L('（二）产出及效益情况')
    d.L(f"各修复点均已完成覆土复绿，植被覆盖度达到{r.randint(62, 80)}%。")
    qn = r.randint(60, 200)
    qr = qn - r.randint(1, 9)
    qs = qr - r.randint(2, 12)
    d.L(f"向矿区周边群众发放满意度调查问卷{qn}份，回收{qr}份，其中满意{qs}份，满意度{pct(qs, qr)}%。")
    d.L(f"按修复面积{f2(A_mu)}亩、总投资{f2(F)}万元计算，项目单位面积投入约{f2(per)}元/亩，低于同类项目平均水平。")
    d.L('修复后消除了崩塌、滑坡等地质灾害隐患，矿区周边生态环境和人居环境明显改善。')
    spec = [('决策', '项目立项及目标设置', 10), ('过程', '资金到位率', 10), ('过程', '预算执行率', 10),
            ('过程', '管理制度执行', 10), ('产出', '修复面积', 15), ('产出', '工程验收合格率', 10),
            ('效益', '植被覆盖度', 15), ('效益', '地质灾害隐患消除', 10), ('满意度', '周边群众满意度', 10)]
    rows2 = score_rows(r, spec)
    T = sum(rw[3] for rw in rows2)
    shown = [fs(rw[3]) for rw in rows2]
    if d.slip == 'score.total':
        idx, val = score_slip(d, rows2, '表1')
        shown[idx] = val
    d.L('四、自评得分', '表1 项目绩效自评得分')
    table(d, ['一级指标', '三级指标', '分值', '得分'],
          [[rows2[i][0], rows2[i][1], fs(rows2[i][2]), shown[i]] for i in range(len(rows2))]
          + [['合计', '—', '100', fs(T)]], style)
    d.L(f"综合自评得分{fs(T)}分，评价等级为“{grade_default(T, names)}”。")
    d.L('五、存在的问题', '部分修复点位土层较薄，植被长势不均衡；下一步将加强后期抚育管护，适时补植补种。')
    stamp(d, M, r)
    d.trap('公顷与亩换算一致（带小数）', '单位面积投入（约…元/亩）为四舍五入值', '“其中”仅列两处重点修复区（非穷尽）',
           '满意度以回收问卷为分母', '“主要包括…等”非穷尽')


# =================================================================== B9
def b_st(d, r, M):
    """水土保持 小流域综合治理"""
    y, x = M['y'], M['x']
    basin = r.choice(BASIN_POOL)
    K_ha = r.randint(800, 4000)                 # 公顷, integer
    K = D(K_ha) / 100                           # 平方公里, 2 dec
    K_mu = K_ha * 15
    parts = split_int(K_ha, 5, r, lo=3, hi=20)
    Ke = K + D(r.randint(200, 3000)) / 100
    Kb = Ke + D(r.randint(1000, 6000)) / 100
    rK = pct(K, Ke)
    F_c = D(r.randint(30000, 120000)) / 100
    F_p = D(r.randint(5000, 30000)) / 100
    F_l = D(r.randint(2000, 15000)) / 100
    F = F_c + F_p + F_l
    carry = q(F * r.randint(10, 90) / 1000)
    E = F - carry
    rE = pct(E, F)
    gu = r.randint(5, 40)
    ls = r.randint(1, 8)
    qn = r.randint(80, 260)
    qr = qn - r.randint(1, 9)
    qs = qr - r.randint(2, 14)
    v0 = D(r.randint(3500, 6000)) / 100
    v1 = v0 + D(r.randint(50, 400)) / 100
    bstyle = M.get('bands', 'A')
    btxt, bands = bands_sentence(bstyle)
    spec = [('决策', 10), ('过程', 20), ('产出', 40), ('效益', 30)]
    sc = []
    for nm, w in spec:
        ded = D(r.choice([0, 5, 10, 15, 20, 30, 40, 50, 60])) / 10
        sc.append((nm, D(w), D(w) - ded))
    # push the total near the 80/75 edge for some documents
    if M.get('edge'):
        lo_edge = [b[0] for b in bands if b[0] > 0][1]   # second band's lower bound
        target = D(lo_edge) + D(r.randint(0, 40)) / 10
        diff = sum(s_ for _, _, s_ in sc) - target
        nm, w, s_ = sc[2]
        sc[2] = (nm, w, s_ - diff)
        assert sc[2][2] <= sc[2][1]
    T = sum(s_ for _, _, s_ in sc)
    g_true = band_grade(T, bands)
    style = M['tab']

    d.L(M['unit'], f"{y}年度{basin}小流域综合治理项目绩效自评报告")
    d.L('一、项目概况')
    d.L(f"{basin}小流域位于{M['cty']}中部，流域面积{f2(Kb)}平方公里，其中水土流失面积{f2(Ke)}平方公里。")
    d.L(f"{y}年完成治理水土流失面积{f2(K)}平方公里，由梯田{parts[0]}公顷、水土保持林{parts[1]}公顷、经济林{parts[2]}公顷、"
        f"种草{parts[3]}公顷和封禁治理{parts[4]}公顷构成。")
    d.L(f"项目总投资{f2(F)}万元，由中央财政水利发展资金{f2(F_c)}万元、省级财政资金{f2(F_p)}万元和县级配套资金{f2(F_l)}万元构成。")
    d.L('二、绩效目标', '完成小流域综合治理任务，水土流失治理度达到70%以上，林草覆盖率提高2个百分点以上，项目区群众满意度不低于90%。')
    d.L('三、绩效目标完成情况', '（一）产出完成情况')
    d.L(f"新建谷坊{gu}座、拦沙坝{ls}座，配套建设作业便道和排水沟渠。")
    d.L(f"项目区水土流失面积{f2(Ke)}平方公里，{y}年完成治理{f2(K)}平方公里，水土流失治理度{rK}%。")
    d.L('（二）资金执行情况')
    d.L(f"项目全年预算{f2(F)}万元，实际支出{f2(E)}万元，预算执行率{rE}%，结转下年{f2(carry)}万元。")
    d.L('（三）效益情况')
    km = d.sl('fact.conflict', str(K_mu), swap(str(K_mu)), '效益部分重述的完成治理水土流失面积（亩）')
    d.L(f"项目区林草覆盖率由{v0}%提高到{v1}%；{y}年完成治理水土流失面积{km}亩，年均减少土壤侵蚀量明显。")
    d.L(f"开展项目区群众满意度调查，发放问卷{qn}份，回收{qr}份，其中满意{qs}份，满意度{pct(qs, qr)}%。")
    d.L('四、自评结论')
    d.L(btxt)
    d.L('；'.join(f"{nm}指标分值{fs(w)}分，得分{fs(s_)}分" for nm, w, s_ in sc) + '。')
    gg = d.sl('grade.band', g_true, wrong_grade(T, bands), '自评等级')
    d.L(f"项目自评总分{fs(T)}分，自评等级为“{gg}”。")
    d.L('五、存在问题及建议', '部分梯田田坎稳定性有待观察，后期管护责任需进一步落实；建议建立管护台账，明确管护主体。')
    stamp(d, M, r)
    d.trap('平方公里与公顷、亩换算（构成部分以公顷计、总量以平方公里计）', '水土流失治理度以项目区水土流失面积为分母',
           f'文中分档（{bstyle}）', '“其中水土流失面积”为部分', '满意度以回收问卷为分母')


# =================================================================== B10
def b_wr(d, r, M):
    """污染防治专项资金"""
    y, x = M['y'], M['x']
    cats = [('大气污染防治', ['燃煤锅炉淘汰改造', '扬尘在线监测', '餐饮油烟治理']),
            ('水污染防治', ['城区污水管网完善', '入河排污口整治', '饮用水水源地保护']),
            ('土壤污染防治', ['受污染耕地安全利用', '重点监管单位隐患排查']),
            ('农村环境整治', ['农村生活污水治理', '畜禽养殖污染治理'])]
    projs = []
    tot = {}
    for cname, plist in cats:
        k = r.randint(1, 2)
        chosen = r.sample(plist, k)
        amt = [D(r.randint(5000, 60000)) / 100 for _ in range(k)]
        tot[cname] = sum(amt)
        for pn, am in zip(chosen, amt):
            projs.append((pn, cname, am))
    F = sum(tot.values())
    F_prev = q(F * r.randint(80, 125) / 100)
    if F_prev == F:
        F_prev += D('12.50')
    dF = F - F_prev
    word = '增加' if dF > 0 else '减少'
    carry = q(F * r.randint(20, 120) / 1000)
    E = F - carry
    rE = pct(E, F)
    Dv = (366 if y % 4 == 0 else 365) - r.randint(0, 6)
    gd = Dv - r.randint(15, 80)
    rg = pct(gd, Dv)
    ns = r.randint(6, 15)
    ms = ns - r.randint(0, 2)
    rm = pct(ms, ns)
    sat_s = D(10) - D(r.choice([0, 2, 3, 5, 8])) / 10
    style = M['tab']
    names = GR_A if r.randint(0, 1) else GR_B
    Fa = tot['大气污染防治']
    air = [p_ for p_ in projs if p_[1] == '大气污染防治']

    d.L(M['unit'], f"{y}年度{M['city']}生态环境保护（污染防治）专项资金绩效自评报告")
    d.L('一、基本情况')
    d.L(f"{y}年共下达污染防治专项资金{f2(F)}万元，由大气污染防治资金{f2(Fa)}万元、水污染防治资金{f2(tot['水污染防治'])}万元、"
        f"土壤污染防治资金{f2(tot['土壤污染防治'])}万元和农村环境整治资金{f2(tot['农村环境整治'])}万元构成。")
    dd = d.sl('change', f2(abs(dF)), swap(f2(abs(dF))), '较上年增减额')
    d.L(f"{y}年下达资金{f2(F)}万元，较上年{f2(F_prev)}万元{word}{dd}万元，主要是中央水污染防治资金下达额度变化。")
    va = d.sl('unit.magnitude', f"{f2(Fa)}万元", f"{f2(Fa)}元", '大气污染防治资金金额单位')
    d.L(f"其中大气污染防治资金{va}主要用于{'、'.join(p_[0] for p_ in air)}等{len(air)}个项目。")
    d.L('二、绩效目标', '空气质量优良天数比例达到省定目标，国省控断面水质达标率不低于90%，受污染耕地安全利用率达到93%以上。')
    d.L('三、绩效目标完成情况', '（一）资金使用情况')
    d.L(f"全年预算{f2(F)}万元，实际支出{f2(E)}万元，预算执行率{rE}%，结转下年{f2(carry)}万元。")
    d.L(f"全年共实施项目{len(projs)}个，各项目资金安排见表1。", '表1 污染防治项目资金安排')
    rows = [[str(i + 1), pn, cn, f2(am)] for i, (pn, cn, am) in enumerate(projs)]
    rows.append(['—', '合计', '—', f2(F)])
    table(d, ['序号', '项目名称', '类别', '下达资金（万元）'], rows, style)
    d.L('（二）产出及效益情况')
    d.L(f"全年有效监测天数{Dv}天，空气质量优良天数{gd}天，优良天数比例{rg}%。")
    d.L(f"全{x}{ns}个国省控断面中，水质达到或优于Ⅲ类的断面{ms}个，达标率{rm}%。")
    d.L('全年发生突发环境事件0起，妥善处置0起，处置率100%。')
    d.L(f"满意度指标分值10分，得分{fs(sat_s)}分，得分率{pct(sat_s, 10)}%。")
    spec = [('决策', '目标设定', 10), ('过程', '资金管理', 20), ('产出', '项目完成率', 20),
            ('产出', '工程验收合格率', 10), ('效益', '环境质量改善', 30)]
    rows2 = score_rows(r, spec)
    T = sum(rw[3] for rw in rows2) + sat_s
    d.L('四、自评结论')
    d.L('；'.join(f"{b_}分值{fs(w)}分，得分{fs(s_)}分" for _, b_, w, s_ in rows2) + f"；满意度分值10分，得分{fs(sat_s)}分。")
    d.L(f"项目综合得分{fs(T)}分，评价等级为“{grade_default(T, names)}”。")
    stamp(d, M, r)
    d.trap('0起/0起=100%', '得分率与得分并存', '优良天数比例以有效监测天数为分母', '较上年增减额',
           '“其中…主要用于…等”与项目个数一致')


# =================================================================== B11
def b_bm(d, r, M):
    """部门整体支出绩效自评"""
    y, x = M['y'], M['x']
    Cb = D(r.randint(2000, 30000)) / 100
    I1 = D(r.randint(150000, 900000)) / 100
    I2 = D(r.randint(0, 80000)) / 100
    I3 = D(r.randint(500, 9000)) / 100
    I = I1 + I2 + I3
    TI = I + Cb
    Eb = q(I * r.randint(30, 50) / 100)
    Ep = q((I + Cb - Eb) * r.randint(85, 97) / 100)
    E = Eb + Ep
    Ce = Cb + I - E
    assert Ce > 0
    Ep_f = q(Ep * r.randint(70, 92) / 100)
    E_prev = q(E * r.randint(85, 115) / 100)
    if E_prev == E:
        E_prev -= D('3.6')
    X = E - E_prev
    word = '增加' if X > 0 else '减少'
    gr = pct(abs(X), E_prev)
    E_prev2 = E_prev - D(r.randint(1000, 8000)) / 100
    X2 = E - E_prev2
    w2 = '增加' if X2 > 0 else '减少'
    B0 = q(E * r.randint(88, 99) / 100)
    B1 = E + D(r.randint(500, 8000)) / 100
    rB = pct(E, B1)
    rB0 = pct(E, B0)
    g_ = D(r.randint(300, 3000)) / 100
    g_prev = g_ + D(r.randint(50, 900)) / 100
    nk = r.randint(5, 12)
    nj = r.randint(1, 5)
    npp = r.randint(30, 160)
    style = M['tab']
    names = GR_A if r.randint(0, 1) else GR_B
    spec = [('预算编制', '预算编制合理性', 10), ('预算执行', '预算执行率', 15), ('预算执行', '结转结余控制', 5),
            ('预算管理', '“三公经费”控制率', 5), ('预算管理', '资产管理规范性', 5), ('履职效能', '重点工作完成率', 25),
            ('履职效能', '部门绩效目标实现', 20), ('满意度', '服务对象满意度', 15)]
    rows2 = score_rows(r, spec)
    T = sum(rw[3] for rw in rows2)
    shown = [fs(rw[3]) for rw in rows2]

    d.L(M['unit'], f"{y}年度部门整体支出绩效自评报告")
    d.L('一、部门基本情况', '（一）部门职能')
    d.L(f"{M['duty']}{M['short']}内设{nk}个股室，下属{nj}个事业单位，{y}年末在职人员{npp}人。")
    d.L('（二）部门收支情况')
    d.L(f"{y}年本年收入合计{f2(I)}万元，由一般公共预算财政拨款收入{f2(I1)}万元、政府性基金预算财政拨款收入{f2(I2)}万元"
        f"和其他收入{f2(I3)}万元构成；加上年初结转和结余{f2(Cb)}万元，收入总计{f2(TI)}万元。")
    d.L(f"{y}年本年支出合计{f2(E)}万元，包括基本支出{f2(Eb)}万元和项目支出{f2(Ep)}万元两部分；其中财政拨款项目支出{f2(Ep_f)}万元。")
    ce = d.sl('balance.carryover', f2(Ce), swap(f2(Ce)), '年末结转和结余')
    d.L(f"年初结转和结余{f2(Cb)}万元，本年收入{f2(I)}万元，本年支出{f2(E)}万元，年末结转和结余{ce}万元。")
    d.L('二、部门整体支出绩效情况', '（一）预算执行情况')
    d.L(f"{y}年年初预算{f2(B0)}万元，全年预算{f2(B1)}万元，全年支出{f2(E)}万元，预算执行率{rB}%，全年支出占年初预算的{rB0}%。")
    d.L(f"{y}年本年支出{f2(E)}万元，比上年{f2(E_prev)}万元{word}{f2(abs(X))}万元，{'增长' if X > 0 else '下降'}{gr}%。")
    d.L(f"按可比口径计算，本年支出{f2(E)}万元较上年同口径支出{f2(E_prev2)}万元{w2}{f2(abs(X2))}万元。")
    d.L(f"“三公”经费支出{f2(g_)}万元，比上年{f2(g_prev)}万元减少{f2(g_prev - g_)}万元。")
    d.L('（二）履职效能情况', M['work'])
    if d.slip == 'score.total':
        idx, val = score_slip(d, rows2, '表1')
        shown[idx] = val
    d.L('三、自评结论', '表1 部门整体支出绩效自评得分表')
    table(d, ['一级指标', '二级指标', '分值', '得分'],
          [[rows2[i][0], rows2[i][1], fs(rows2[i][2]), shown[i]] for i in range(len(rows2))]
          + [['合计', '—', '100', fs(T)]], style)
    d.L(f"部门整体支出绩效自评得分{fs(T)}分，评价等级为“{grade_default(T, names)}”。")
    d.L('四、存在问题及改进措施', '预算编制精细化程度有待提高，项目支出进度前慢后快；下一步将强化预算执行动态监控，提高资金使用效益。')
    stamp(d, M, r)
    d.trap('收入总计含年初结转（≠本年收入合计）', '项目支出与“财政拨款项目支出”口径不同',
           '执行率按全年预算、同句列年初预算，且占年初预算超过100%', '可比口径（同口径）增减额', '比上年增减额及增长率')


# =================================================================== B12
def b_yh(d, r, M):
    """林业有害生物（松材线虫病）防治"""
    y, x = M['y'], M['x']
    Af = r.randint(40, 300) * 100
    Ap = Af - r.randint(0, 20) * 100
    Ad = Ap + r.randint(1, 30) * 50
    if Ad > Af:
        Ad = Af
    An = Ad - r.randint(1, max(1, Ad // 500)) * 50      # 无公害防治率 90% 以上
    tp = r.randint(200, 3000) * 10
    t = tp + r.randint(5, 300) * 5
    stdt = r.choice([60, 80, 100, 120, 140])
    Mt = D(t * stdt) / 10000
    F_c = q(Mt * r.randint(50, 70) / 100)
    F_p = q(Mt * r.randint(10, 20) / 100)
    F_l = Mt - F_c - F_p + D(r.randint(1000, 8000)) / 100
    F = F_c + F_p + F_l
    Cb = D(r.randint(500, 4000)) / 100
    Av = Cb + F
    carry = q(Av * r.randint(10, 60) / 1000)
    E = Av - carry
    rE = pct(E, Av)
    tr = r.randint(100, 600)
    style = M['tab']
    names = GR_A if r.randint(0, 1) else GR_B

    d.L(M['unit'], f"{y}年度林业有害生物（松材线虫病）防治项目绩效自评报告")
    d.L('一、项目基本情况')
    d.L(f"{y}年全{x}松材线虫病等林业有害生物发生面积{Af}亩（{f2(D(Af) / 15)}公顷），计划防治面积{Ap}亩。")
    d.L(f"本年度项目资金{f2(F)}万元，由中央财政资金{f2(F_c)}万元、省级财政资金{f2(F_p)}万元和县级财政资金{f2(F_l)}万元构成；"
        f"另有上年结转资金{f2(Cb)}万元。")
    d.L('二、绩效目标', '完成年度防治任务，病死松树清理率100%，无公害防治率不低于85%，疫情发生面积和病死松树数量实现“双下降”。')
    d.L('三、绩效目标完成情况', '（一）产出完成情况')
    d.L(f"全年完成防治作业面积{Ad}亩，完成计划防治面积{Ap}亩的{pct(Ad, Ap)}%，其中无公害防治{An}亩，无公害防治率{pct(An, Ad)}%。")
    d.L(f"年初计划清理病死松树{tp}株，实际清理{t}株，清理任务完成率{pct(t, tp)}%。")
    d.L(f"病死松树清理按每株{stdt}元的标准结算，{t}株清理费用共计{f2(Mt)}万元。")
    d.L(f"举办防治技术培训班{r.randint(2, 6)}期，培训林农和防治队员{tr}人次；全年新发生疫情小班0个，未发生疫情扩散。")
    d.L('（二）资金使用情况')
    d.L(f"可用资金{f2(Av)}万元由上年结转{f2(Cb)}万元和本年度项目资金{f2(F)}万元构成。")
    d.L(f"可用资金{f2(Av)}万元，实际支出{f2(E)}万元，执行率{rE}%，结余{f2(carry)}万元结转下年。")
    spec = [('投入', '资金到位率', 10), ('投入', '预算执行率', 10), ('产出', '防治作业面积', 15),
            ('产出', '病死松树清理率', 15), ('产出', '无公害防治率', 10), ('效益', '疫情发生面积下降', 20),
            ('满意度', '林农满意度', 20)]
    rows2 = score_rows(r, spec)
    T = sum(rw[3] for rw in rows2)
    d.L('四、自评结论', '表1 自评得分表（得分率=得分÷分值）')
    table(d, ['一级指标', '三级指标', '分值', '得分', '得分率（%）'],
          [[a_, b_, fs(w), fs(s_), str(pct(s_, w))] for a_, b_, w, s_ in rows2]
          + [['合计', '—', '100', fs(T), str(pct(T, 100))]], style)
    d.L(f"项目自评总分{fs(T)}分，评价等级为“{grade_default(T, names)}”。")
    stamp(d, M, r)
    d.trap('完成率超过100%', '“其中无公害防治”为部分面积', '株数×每株标准=清理费用', '可用资金含上年结转',
           '得分率与得分并存', '亩与公顷换算一致')


# =================================================================== units
DUTY = {
    'ly': '负责本辖区森林、湿地等资源的监督管理，组织开展造林绿化、森林防火和林业有害生物防治工作。',
    'zr': '负责自然资源调查监测、国土空间规划、耕地保护和矿山生态修复等工作。',
    'hj': '负责辖区生态环境监督管理，组织实施大气、水、土壤污染防治和生态环境监测工作。',
}
WORK = {
    'ly': '全年完成营造林任务，森林督查图斑整改到位，森林火灾受害率控制在目标以内，林长制各项工作有序推进。',
    'zr': '全年完成耕地保护目标责任，国土空间规划编制按期推进，历史遗留矿山修复任务全部完成。',
    'hj': '全年空气质量和地表水水质达到省定目标，生态环境执法检查覆盖辖区重点排污单位。',
}


def U(prov, pshort, abbr, city, cty, unit, short, x, kind='ly'):
    return dict(prov=prov, pshort=pshort, abbr=abbr, city=city, cty=cty, unit=unit, short=short, x=x,
                duty=DUTY[kind], work=WORK[kind])


UN = {
    'qx_ly': U('湖南省', '湖南省', '湘', '湘阳市', '青溪县', '青溪县林业局', '我局', '县'),
    'lt_ly': U('江西省', '江西省', '赣', '赣源市', '莲塘县', '莲塘县林业局', '我局', '县'),
    'gl_ly': U('广西壮族自治区', '自治区', '桂', '桂中市', '桂岭县', '桂岭县林业局', '我局', '县'),
    'mc_lc': U('四川省', '四川省', '川', '川北市', '岷川县', '岷川县林业和草原局', '我局', '县'),
    'hdt': U('内蒙古自治区', '自治区', '内', '锡林市', '哈达图旗', '哈达图旗林业和草原局', '我局', '旗'),
    'ql_ly': U('贵州省', '贵州省', '黔', '黔阳市', '黔岭县', '黔岭县林业局', '我局', '县'),
    'yx_ly': U('重庆市', '重庆市', '渝', '重庆市', '云溪区', '重庆市云溪区林业局', '我局', '区'),
    'qf': U('黑龙江省', '黑龙江省', '黑', '青峰林区', '青峰林业局施业区', '黑龙江青峰林业局有限公司', '本局', '局'),
    'sb': U('河北省', '河北省', '冀', '塞阳市', '塞北林场经营区', '塞阳市塞北机械林场管理处', '本场', '场'),
    'sj': U('吉林省', '吉林省', '吉', '长岭州', '松江县', '松江县林业局', '我局', '县'),
    'lf_lc': U('云南省', '云南省', '云', '普澜市', '澜峰县', '澜峰县林业和草原局', '我局', '县'),
    'lq_lc': U('甘肃省', '甘肃省', '甘', '陇东市', '陇泉县', '陇泉县林业和草原局', '我局', '县'),
    'yh_ly': U('陕西省', '陕西省', '陕', '延北市', '延河县', '延河县林业局', '我局', '县'),
    'yb_sd': U('江苏省', '江苏省', '苏', '盐滨市', '盐滨市', '盐滨市湿地保护管理中心', '本中心', '市'),
    'jl_ly': U('湖北省', '湖北省', '鄂', '荆岭市', '荆岭市', '荆岭市林业局', '我局', '市'),
    'ox_ny': U('浙江省', '浙江省', '浙', '瓯州市', '瓯溪县', '瓯溪县农业农村局', '我局', '县'),
    'yd_ny': U('安徽省', '安徽省', '皖', '皖江市', '颍东县', '颍东县农业农村局', '我局', '县'),
    'jl_zr': U('湖北省', '湖北省', '鄂', '荆岭市', '荆岭市', '荆岭市自然资源和规划局', '我局', '市', 'zr'),
    'lh_zr': U('山西省', '山西省', '晋', '晋阳市', '岚河县', '岚河县自然资源局', '我局', '县', 'zr'),
    'hdt_zr': U('内蒙古自治区', '自治区', '内', '锡林市', '哈达图旗', '哈达图旗自然资源局', '我局', '旗', 'zr'),
    'sy_zr': U('河北省', '河北省', '冀', '塞阳市', '塞阳市', '塞阳市自然资源和规划局', '我局', '市', 'zr'),
    'lq_st': U('甘肃省', '甘肃省', '甘', '陇东市', '陇泉县', '陇泉县水土保持工作站', '本站', '县'),
    'yh_st': U('陕西省', '陕西省', '陕', '延北市', '延河县', '延河县水土保持工作队', '本队', '县'),
    'ty_sl': U('福建省', '福建省', '闽', '汀州市', '汀源县', '汀源县水利局', '我局', '县'),
    'tz_hj': U('福建省', '福建省', '闽', '汀州市', '汀州市', '汀州市生态环境局', '我局', '市', 'hj'),
    'wj_hj': U('安徽省', '安徽省', '皖', '皖江市', '皖江市', '皖江市生态环境局', '我局', '市', 'hj'),
    'jl_hj': U('湖北省', '湖北省', '鄂', '荆岭市', '荆岭市', '荆岭市生态环境局', '我局', '市', 'hj'),
    'xy_hj': U('湖南省', '湖南省', '湘', '湘阳市', '湘阳市', '湘阳市生态环境局', '我局', '市', 'hj'),
    'yb_hj': U('江苏省', '江苏省', '苏', '盐滨市', '盐滨市', '盐滨市生态环境局', '我局', '市', 'hj'),
    'ox_ly': U('浙江省', '浙江省', '浙', '瓯州市', '瓯溪县', '瓯溪县林业局', '我局', '县'),
}

STYLES = ['pipe', 'tab', 'space', 'box']

# (builder, slip family or None, unit, year, extras)
PLAN = [
    (b_gyl, 'sum.breakdown', 'qx_ly', 2021, {}),
    (b_gyl, 'fact.conflict', 'lt_ly', 2023, {}),
    (b_gyl, None, 'gl_ly', 2019, {}),
    (b_gyl, None, 'mc_lc', 2024, {}),
    (b_zl, 'rate.ratio', 'hdt', 2022, {}),
    (b_zl, 'table.text', 'ql_ly', 2020, {}),
    (b_zl, None, 'yx_ly', 2025, {}),
    (b_tb, 'balance.carryover', 'qf', 2020, {}),
    (b_tb, 'change', 'sb', 2022, {}),
    (b_tb, None, 'sj', 2024, {}),
    (b_tb, None, 'lf_lc', 2019, {}),
    (b_tg, 'unit.magnitude', 'ql_ly', 2021, {}),
    (b_tg, None, 'lq_lc', 2023, {}),
    (b_tg, None, 'yh_ly', 2020, {}),
    (b_hly, 'count.mismatch', 'lf_lc', 2022, {}),
    (b_hly, 'grade.band', 'gl_ly', 2021, {'bands': 'B'}),
    (b_hly, None, 'mc_lc', 2023, {'bands': 'E'}),
    (b_sd, 'rate.ratio', 'yb_sd', 2024, {}),
    (b_sd, None, 'jl_ly', 2021, {}),
    (b_sd, None, 'lt_ly', 2019, {}),
    (b_gb, 'sum.breakdown', 'ox_ny', 2023, {}),
    (b_gb, 'table.text', 'yd_ny', 2021, {}),
    (b_gb, None, 'jl_zr', 2025, {}),
    (b_ks, 'score.total', 'lh_zr', 2022, {}),
    (b_ks, 'count.mismatch', 'hdt_zr', 2024, {}),
    (b_ks, None, 'sy_zr', 2020, {}),
    (b_st, 'fact.conflict', 'lq_st', 2020, {}),
    (b_st, 'grade.band', 'yh_st', 2023, {'bands': 'C'}),
    (b_st, None, 'ty_sl', 2024, {'bands': 'E', 'edge': True}),
    (b_wr, 'change', 'tz_hj', 2021, {}),
    (b_wr, 'unit.magnitude', 'wj_hj', 2023, {}),
    (b_wr, None, 'jl_hj', 2019, {}),
    (b_wr, None, 'xy_hj', 2025, {}),
    (b_bm, 'balance.carryover', 'qx_ly', 2022, {}),
    (b_bm, 'score.total', 'lh_zr', 2024, {}),
    (b_bm, None, 'yx_ly', 2021, {}),
    (b_bm, None, 'yb_hj', 2023, {}),
    (b_yh, None, 'yx_ly', 2022, {}),
    (b_yh, None, 'ox_ly', 2024, {}),
    (b_yh, None, 'lt_ly', 2025, {}),
]


def order():
    """document ids: a fixed shuffle of the plan so slips and clean interleave"""
    idx = list(range(len(PLAN)))
    random.Random(SEED).shuffle(idx)
    return idx          # idx[k] = plan index of document t{k+1:02d}


def build(pi, with_slip=True):
    fn, slip, uk, y, extra = PLAN[pi]
    M = dict(UN[uk])
    M.update(extra)
    M['y'] = y
    M['tab'] = STYLES[pi % 4]
    d = Doc(slip if with_slip else None)
    r = random.Random(SEED * 100 + pi)
    fn(d, r, M)
    if with_slip and slip:
        assert d.used, (pi, slip)
    n = len(d.lines)
    assert 15 <= n <= 60, (pi, n)
    return d


def main(argv):
    twins = None
    if len(argv) >= 2 and argv[0] == '--twins':
        twins = argv[1]
        os.makedirs(twins, exist_ok=True)
    ids = order()
    out = ['id\texpected\tdetail']
    for k, pi in enumerate(ids):
        tid = f"t{k + 1:02d}"
        slip = PLAN[pi][1]
        if twins:
            if slip:
                d = build(pi, with_slip=False)
                with open(os.path.join(twins, tid + '.txt'), 'w', encoding='utf-8') as fh:
                    fh.write('\n'.join(d.lines) + '\n')
            continue
        d = build(pi)
        with open(os.path.join(HERE, tid + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(d.lines) + '\n')
        if slip:
            out.append(f"{tid}\t{slip}\t{d.detail}")
        else:
            out.append(f"{tid}\tclean\ttraps: {'；'.join(d.traps)}")
    if not twins:
        with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main(sys.argv[1:])
