#!/usr/bin/env python3
"""Generator of blind test set 77: Chinese government performance-evaluation
reports with scoring tables (财政重点绩效评价 / 第三方评价 / 项目支出绩效自评).

Standard library only, fixed seed, deterministic.  Every money figure, rate
and score is a decimal.Decimal rounded half-up; floats are used only as
probabilities for random choices.

    python3 gen.py                 # writes t01..t40.txt and expect.tsv here
    python3 gen.py --twins DIR     # writes each slip document without its slip

Every figure that a slip may touch is rendered through Ctx.o(key, text); a slip
is an override of exactly one such key, so a twin (built with the same random
draws and no override) differs from its slip document in exactly one line.
"""
import os
import random
import sys
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 770077
HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- numbers
def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def pct(a, b, nd=2):
    return q(D(a) / D(b) * 100, nd)


def money(x):
    return f"{q(x):.2f}"


def num(x):
    """Score / plain number without trailing zeros: 19, 37.5, 9.78."""
    x = q(x)
    s = format(x.normalize(), 'f')
    return s


def sc(x, style):
    return f"{q(x):.2f}" if style == '2' else num(x)


def ptxt(x):
    return f"{q(x):.2f}%"


def rmoney(rng, lo, hi):
    return q(D(rng.randint(int(D(lo) * 100), int(D(hi) * 100))) / 100)


def split_amount(rng, total, n, minshare=D('0.12')):
    """Split a 2-dp amount into n positive 2-dp parts summing exactly."""
    cents = int(total * 100)
    while True:
        cuts = sorted(rng.randint(1, cents - 1) for _ in range(n - 1))
        parts = [b - a for a, b in zip([0] + cuts, cuts + [cents])]
        if min(parts) * n >= cents * minshare:
            return [D(p) / 100 for p in parts]


def swap_digits(text):
    """Transpose the last adjacent pair of different digits (a clerk's slip)."""
    ch = list(text)
    idx = [i for i, c in enumerate(ch) if c.isdigit()]
    for a, b in reversed(list(zip(idx, idx[1:]))):
        if b == a + 1 and ch[a] != ch[b]:
            ch[a], ch[b] = ch[b], ch[a]
            return ''.join(ch)
    raise ValueError(text)


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, ovr):
        self.ovr = ovr or {}
        self.used = []
        self.orig = {}

    def o(self, key, text):
        if key in self.ovr:
            self.used.append(key)
            self.orig[key] = text
            new = self.ovr[key](text)
            assert new != text, (key, text)
            return new
        return text


# ---------------------------------------------------------------- domain
PROV = {
    '湖南': ('湖南省', '湘'), '广东': ('广东省', '粤'), '河北': ('河北省', '冀'),
    '湖北': ('湖北省', '鄂'), '四川': ('四川省', '川'), '江西': ('江西省', '赣'),
    '安徽': ('安徽省', '皖'), '河南': ('河南省', '豫'), '山东': ('山东省', '鲁'),
    '浙江': ('浙江省', '浙'), '福建': ('福建省', '闽'), '云南': ('云南省', '云'),
    '贵州': ('贵州省', '黔'), '甘肃': ('甘肃省', '甘'), '广西': ('广西壮族自治区', '桂'),
    '江苏': ('江苏省', '苏'), '山西': ('山西省', '晋'), '陕西': ('陕西省', '陕'),
}
# invented place names (figures are synthetic; names are not meant to be real)
COUNTY = ['青岚县', '松源县', '桐溪县', '安澜县', '柏川县', '云岫县', '石湄县', '芷江口县',
          '兰汀县', '鹤鸣县', '清漪县', '槐阳县', '溪口县', '丰穰县', '苇塘县', '梓潼坝县']
CITY = ['岚州市', '楠城市', '瑞川市', '沅陵州市', '岱宁市', '鹭江市', '棠阳市', '汀州市']
TOWN = ['石门坎镇', '柳湾镇', '东坪街道', '杏林街道', '白沙镇']
FIRMS = ['华信中正会计师事务所有限公司', '湘楚联合资产评估咨询有限公司', '中和致远项目管理咨询有限公司',
         '正源绩效管理咨询有限公司', '立诚会计师事务所（特殊普通合伙）']

SECT = {
    '医保': dict(bureau='医疗保障局', proj=['医疗服务与保障能力提升补助资金', '城乡医疗救助补助资金'],
               ach=[('开展医疗救助', '人次', '医疗救助人次'), ('完成定点医药机构现场检查', '家', '定点医药机构现场检查数量')],
               q=[('质量指标', '医保信息系统正常运行率', '≥95%', '99.20%'), ('时效指标', '救助资金按时拨付率', '100%', '100%')],
               eff=[('社会效益指标', '困难群众就医负担减轻程度', '有效减轻', '有效减轻'), ('可持续影响指标', '基金监管长效机制建设', '持续完善', '持续完善')],
               sat='参保群众满意度', obj='参保群众',
               sub=['医保信息化建设', '基金监管专项检查', '政策宣传与培训', '经办服务能力建设']),
    '卫健': dict(bureau='卫生健康局', proj=['基本公共卫生服务补助资金', '计划生育家庭奖励扶助资金'],
               ach=[('为65岁及以上老年人提供健康管理服务', '人', '老年人健康管理人数'), ('完成孕前优生健康检查', '对', '孕前优生健康检查对数')],
               q=[('质量指标', '电子健康档案建档率', '≥90%', '93.60%'), ('时效指标', '补助资金拨付及时率', '100%', '100%')],
               eff=[('社会效益指标', '居民健康素养水平', '稳步提升', '稳步提升'), ('可持续影响指标', '基层卫生服务能力', '持续提升', '持续提升')],
               sat='服务对象满意度', obj='服务对象',
               sub=['基本公共卫生服务', '家庭医生签约服务', '健康教育与宣传', '村医补助']),
    '教育': dict(bureau='教育局', proj=['学生资助补助资金', '义务教育薄弱环节改善与能力提升资金'],
               ach=[('资助家庭经济困难学生', '人次', '资助学生人次'), ('完成校舍维修改造', '平方米', '校舍维修改造面积')],
               q=[('质量指标', '资助对象识别准确率', '100%', '100%'), ('时效指标', '资助资金发放及时率', '100%', '100%')],
               eff=[('社会效益指标', '因贫失学辍学情况', '零辍学', '零辍学'), ('可持续影响指标', '学生资助长效机制', '健全', '健全')],
               sat='学生及家长满意度', obj='学生及家长',
               sub=['学前教育资助', '义务教育生活补助', '普通高中国家助学金', '校舍维修改造']),
    '农业农村': dict(bureau='农业农村局', proj=['高标准农田建设资金', '耕地地力保护补贴资金'],
                 ach=[('建成高标准农田', '亩', '高标准农田建设面积'), ('发放补贴涉及农户', '户', '补贴发放农户数')],
                 q=[('质量指标', '工程验收合格率', '100%', '100%'), ('时效指标', '项目按期完工率', '≥95%', '100%')],
                 eff=[('经济效益指标', '亩均粮食产能', '稳步提高', '稳步提高'), ('生态效益指标', '耕地质量等级', '有所提升', '有所提升')],
                 sat='受益农户满意度', obj='受益农户',
                 sub=['田间道路工程', '灌溉与排水工程', '土壤改良工程', '农田防护工程']),
    '民政': dict(bureau='民政局', proj=['特困人员救助供养资金', '居家和社区养老服务补助资金'],
               ach=[('保障特困供养人员', '人', '特困人员供养人数'), ('开展居家养老上门服务', '人次', '上门服务人次')],
               q=[('质量指标', '救助资金社会化发放率', '100%', '100%'), ('时效指标', '供养标准按时调整率', '100%', '100%')],
               eff=[('社会效益指标', '特困人员基本生活保障水平', '有效保障', '有效保障'), ('可持续影响指标', '兜底保障长效机制', '持续健全', '持续健全')],
               sat='供养对象满意度', obj='供养对象',
               sub=['基本生活费', '照料护理费', '敬老院运转补助', '居家养老服务']),
    '交通': dict(bureau='交通运输局', proj=['农村公路养护资金', '农村公路危桥改造资金'],
               ach=[('完成农村公路日常养护', '公里', '日常养护里程'), ('完成危桥改造', '座', '危桥改造数量')],
               q=[('质量指标', '养护工程验收合格率', '100%', '100%'), ('时效指标', '养护工程按期完成率', '≥95%', '97.50%')],
               eff=[('社会效益指标', '群众出行条件', '明显改善', '明显改善'), ('可持续影响指标', '农村公路管养长效机制', '持续完善', '持续完善')],
               sat='沿线群众满意度', obj='沿线群众',
               sub=['县道养护', '乡道养护', '村道养护', '危桥加固改造']),
    '水利': dict(bureau='水利局', proj=['小型水库维修养护资金', '农村饮水工程维修养护资金'],
               ach=[('完成小型水库维修养护', '座', '维修养护水库数量'), ('维修农村供水工程', '处', '供水工程维修数量')],
               q=[('质量指标', '维修养护工程质量合格率', '100%', '100%'), ('时效指标', '汛前完成率', '≥90%', '100%')],
               eff=[('社会效益指标', '水库安全运行', '无安全事故', '无安全事故'), ('可持续影响指标', '工程管护机制', '持续有效', '持续有效')],
               sat='受益群众满意度', obj='受益群众',
               sub=['大坝除险维修', '溢洪道整治', '管理房维修', '监测设施更新']),
    '科技': dict(bureau='科学技术局', proj=['科技创新券补助资金', '企业研发费用后补助资金'],
               ach=[('向科技型中小企业发放创新券', '家', '创新券支持企业数'), ('支持企业研发项目', '个', '支持研发项目数')],
               q=[('质量指标', '补助对象审核合规率', '100%', '100%'), ('时效指标', '补助资金兑付及时率', '≥95%', '100%')],
               eff=[('经济效益指标', '企业研发投入', '持续增长', '持续增长'), ('社会效益指标', '区域创新能力', '有所提升', '有所提升')],
               sat='企业满意度', obj='受补助企业',
               sub=['创新券兑付', '研发费用后补助', '平台建设补助', '项目评审与管理']),
    '乡镇': dict(bureau='人民政府', proj=['农村人居环境整治资金', '村级组织运转经费'],
               ach=[('收运处置农村生活垃圾', '吨', '生活垃圾收运处置量'), ('保障村级组织运转', '个', '保障村（社区）数量')],
               q=[('质量指标', '村庄保洁达标率', '≥90%', '95%'), ('时效指标', '经费拨付及时率', '100%', '100%')],
               eff=[('社会效益指标', '村容村貌', '明显改善', '明显改善'), ('生态效益指标', '农村生活垃圾无害化处理', '有效处理', '有效处理')],
               sat='村民满意度', obj='村民',
               sub=['保洁人员工资', '垃圾清运', '设施设备购置', '村级办公经费']),
    '文旅': dict(bureau='文化广电旅游体育局', proj=['送戏下乡惠民演出资金', '公共文化服务体系建设资金'],
               ach=[('开展送戏下乡演出', '场', '送戏下乡演出场次'), ('公共文化场馆免费开放接待群众', '人次', '接待群众人次')],
               q=[('质量指标', '演出节目审核通过率', '100%', '100%'), ('时效指标', '演出任务按期完成率', '100%', '100%')],
               eff=[('社会效益指标', '群众文化生活', '持续丰富', '持续丰富'), ('可持续影响指标', '公共文化服务机制', '持续完善', '持续完善')],
               sat='群众满意度', obj='观看群众',
               sub=['演出团体补助', '舞台设备租赁', '场馆免费开放补助', '宣传推广']),
    '生态环境': dict(bureau='生态环境局', proj=['大气污染防治资金', '环境监测站运行维护经费'],
                 ach=[('运维空气自动监测站', '个', '空气自动监测站运维数量'), ('排查整治涉气污染源', '家', '排查整治污染源数量')],
                 q=[('质量指标', '监测数据有效率', '≥90%', '96.30%'), ('时效指标', '整治任务按期完成率', '100%', '100%')],
                 eff=[('生态效益指标', '空气质量优良天数比例', '稳中有升', '稳中有升'), ('可持续影响指标', '大气污染联防联控机制', '持续有效', '持续有效')],
                 sat='公众生态环境满意度', obj='公众',
                 sub=['监测站运维', '污染源排查整治', '扬尘治理', '宣传执法']),
}

KEY_DEC = [('项目立项', '立项依据充分性'), ('项目立项', '立项程序规范性'), ('绩效目标', '绩效目标合理性'),
           ('绩效目标', '绩效指标明确性'), ('资金投入', '预算编制科学性'), ('资金投入', '资金分配合理性')]
KEY_PRO = [('资金管理', '资金到位率'), ('资金管理', '预算执行率'), ('资金管理', '资金使用合规性'),
           ('组织实施', '管理制度健全性'), ('组织实施', '制度执行有效性')]
REASONS = {
    '立项依据充分性': '立项依据中未明确资金测算标准', '立项程序规范性': '立项材料不完整',
    '绩效目标合理性': '绩效目标与实际工作内容匹配度不高', '绩效指标明确性': '部分绩效指标未细化量化',
    '预算编制科学性': '预算编制测算依据不充分', '资金分配合理性': '资金分配因素未充分体现绩效',
    '资金到位率': '部分资金到位滞后', '预算执行率': '预算未全部执行', '资金使用合规性': '个别支出凭证附件不全',
    '管理制度健全性': '未制定项目专项管理办法', '制度执行有效性': '项目档案资料归档不及时',
}
GRADE_SETS = {
    '4': [(D(90), '优'), (D(80), '良'), (D(60), '中'), (D(0), '差')],
    '4b': [(D(90), '优秀'), (D(80), '良好'), (D(60), '合格'), (D(0), '不合格')],
    '5': [(D(90), '优秀'), (D(80), '良好'), (D(70), '合格'), (D(60), '基本合格'), (D(0), '不合格')],
    '85': [(D(85), '优秀'), (D(70), '良好'), (D(60), '合格'), (D(0), '不合格')],
}


def grade_of(score, bands):
    for lo, g in GRADE_SETS[bands]:
        if score >= lo:
            return g


def band_text(bands, rng):
    if bands == '4':
        return ('评价结果分为优、良、中、差四个等级：综合得分90分（含）以上为“优”，80分（含）-90分为“良”，'
                '60分（含）-80分为“中”，60分以下为“差”。')
    if bands == '4b':
        return ('评价等级分为优秀、良好、合格、不合格四档，其中90（含）-100分为优秀，80（含）-90分为良好，'
                '60（含）-80分为合格，60分以下为不合格。')
    if bands == '5':
        return ('评价等次分为“优秀”“良好”“合格”“基本合格”“不合格”五个等次：90分（含）以上为“优秀”，'
                '80分（含）-90分为“良好”，70分（含）-80分为“合格”，60分（含）-70分为“基本合格”，60分以下为“不合格”。')
    if bands == '85':
        return ('按照本地区绩效评价结果分级规定，综合得分85分（含）以上为“优秀”，70分（含）-85分为“良好”，'
                '60分（含）-70分为“合格”，60分以下为“不合格”。')
    return ''


# ---------------------------------------------------------------- tables
def dwidth(s):
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def render(header, rows, layout, header2=None, wrap_col=None, wrap_at=7):
    """Render a table as text lines in one of the layouts:
    tab, space, pipe, cell (one cell per line), wrap (space layout whose long
    cells in wrap_col continue on the next line)."""
    out = []
    if layout == 'tab':
        out.append('\t'.join(header))
        if header2:
            out.append('\t'.join(header2))
        for r in rows:
            out.append('\t'.join(r).rstrip('\t'))
        return out
    if layout == 'pipe':
        out.append('| ' + ' | '.join(header) + ' |')
        if header2:
            out.append('| ' + ' | '.join(header2) + ' |')
        out.append('|' + '|'.join(['---'] * len(header)) + '|')
        for r in rows:
            out.append('| ' + ' | '.join(r) + ' |')
        return out
    if layout == 'cell':
        for h in header:
            out.append(h)
        for r in rows:
            for c in r:
                out.append(c if c != '' else '—')
        return out
    # space / wrap: fixed-width columns
    cont = {}
    rr = []
    for i, r in enumerate(rows):
        r = list(r)
        if layout == 'wrap' and wrap_col is not None and len(r[wrap_col]) > wrap_at + 3:
            cut = wrap_at
            txt = r[wrap_col]
            while cut > 2 and (txt[cut - 1] in '0123456789.扣' or txt[cut] in '0123456789.'):
                cut -= 1
            head, tail = txt[:cut], txt[cut:]
            if True:
                r[wrap_col] = head
                cont[i] = tail
        rr.append(r)
    allrows = [header] + ([header2] if header2 else []) + rr
    widths = [max(dwidth(r[j]) for r in allrows) for j in range(len(header))]

    def line(r):
        cells = []
        for j, c in enumerate(r):
            cells.append(c + ' ' * (widths[j] - dwidth(c)))
        return '   '.join(cells).rstrip()

    out.append(line(header))
    if header2:
        out.append(line(header2))
    for i, r in enumerate(rr):
        out.append(line(r))
        if i in cont:
            pad = sum(widths[:wrap_col]) + 3 * wrap_col
            out.append(' ' * pad + cont[i])
    return out


# ---------------------------------------------------------------- model
def make_scores(rng, spec, sect):
    """Build indicator groups and scores.  Returns list of groups:
    {name, w, items:[{l2,name,w,s,reason,target,actual}]}"""
    style = spec['style']
    groups = []
    S = SECT[sect]
    if style == 'key':
        wts = spec.get('weights') or rng.choice([(20, 20, 40, 20), (15, 25, 35, 25), (20, 20, 30, 30), (20, 15, 40, 25)])
        names = spec.get('gnames') or rng.choice([('项目决策', '项目过程', '项目产出', '项目效益'), ('决策', '过程', '产出', '效益')])
        dec = rng.sample(KEY_DEC, 4)
        dec.sort(key=lambda x: KEY_DEC.index(x))
        pro = rng.sample(KEY_PRO, 4)
        pro.sort(key=lambda x: KEY_PRO.index(x))
        outp = [('数量指标', S['ach'][0][2]), ('数量指标', S['ach'][1][2]), (S['q'][0][0], S['q'][0][1]), (S['q'][1][0], S['q'][1][1])]
        eff = [(S['eff'][0][0], S['eff'][0][1]), (S['eff'][1][0], S['eff'][1][1]), ('满意度', S['sat'])]
        for gname, w, items in zip(names, wts, [dec, pro, outp, eff]):
            ws = split_int(rng, w, len(items))
            groups.append(dict(name=gname, w=D(w), items=[dict(l2=a, name=b, w=D(x), s=D(x), reason='') for (a, b), x in zip(items, ws)]))
    else:  # self-evaluation table (项目支出绩效自评表)
        wts = spec.get('weights') or (50, 30, 10)
        outp = [('数量指标', S['ach'][0][2]), ('数量指标', S['ach'][1][2]), (S['q'][0][0], S['q'][0][1]), (S['q'][1][0], S['q'][1][1])]
        tgt = {S['q'][0][1]: (S['q'][0][2], S['q'][0][3]), S['q'][1][1]: (S['q'][1][2], S['q'][1][3])}
        eff = [(S['eff'][0][0], S['eff'][0][1]), (S['eff'][1][0], S['eff'][1][1])]
        tgt.update({S['eff'][0][1]: (S['eff'][0][2], S['eff'][0][3]), S['eff'][1][1]: (S['eff'][1][2], S['eff'][1][3])})
        sat = [('服务对象满意度指标', S['sat'])]
        gnames = ['产出指标', '效益指标', '满意度指标']
        glist = [outp, eff, sat]
        if spec.get('zero_cost'):
            gnames.append('成本指标')
            glist.append([('经济成本指标', '项目成本节约情况')])
            wts = tuple(wts) + (0,)
        for gname, w, items in zip(gnames, wts, glist):
            ws = split_int(rng, w, len(items)) if w else [0] * len(items)
            its = []
            for (a, b), x in zip(items, ws):
                t, act = tgt.get(b, ('', ''))
                if b == '项目成本节约情况':
                    t, act = '不适用', '—'
                its.append(dict(l2=a, name=b, w=D(x), s=D(x), reason='', target=t, actual=act))
            groups.append(dict(name=gname, w=D(w), items=its))
    return groups


def split_int(rng, w, n):
    if n == 1:
        return [w]
    while True:
        cuts = sorted(rng.sample(range(1, w), n - 1))
        parts = [b - a for a, b in zip([0] + cuts, cuts + [w])]
        if min(parts) >= max(2, w // (n * 2)) and max(parts) * n * 10 <= w * 17:
            return parts


def deduct(rng, groups, total_ded, avoid=(), step=D('0.5')):
    """Distribute a total deduction over items (never a whole item)."""
    items = [it for g in groups for it in g['items'] if it['w'] >= 2 and it['name'] not in avoid]
    left = q(total_ded)
    guard = 0
    while left > 0 and guard < 1000:
        guard += 1
        it = rng.choice(items)
        room = it['s'] - it['w'] * D('0.4')
        if room < step:
            continue
        d = min(left, step * rng.randint(1, 3), q(room // step * step))
        if d <= 0:
            continue
        it['s'] -= d
        left -= d
    assert left == 0, left


# ---------------------------------------------------------------- document
def build(spec, ovr=None):
    rng = random.Random(SEED * 100 + spec['n'])
    ctx = Ctx(ovr)
    o = ctx.o
    sect = spec['sector']
    S = SECT[sect]
    pname, pabbr = PROV[spec['prov']]
    year = spec['year']
    level = spec['level']
    sst = spec.get('sfmt', 'n')
    if level == 'county':
        place = pname + rng.choice(COUNTY)
        fin = '财政局'
    elif level == 'city':
        place = pname + rng.choice(CITY)
        fin = '财政局'
    elif level == 'town':
        cty = rng.choice(COUNTY)
        place = pname + cty + rng.choice(TOWN)
        fin = '财政局'
    else:
        place = pname
        fin = '财政厅'
    short = place.replace(pname, '') or pname
    finorg = (pname + cty if level == 'town' else place) + fin
    bureau = S['bureau']
    if sect == '乡镇':
        org = place + ('办事处' if place.endswith('街道') else bureau)
    else:
        org = place + bureau if level != 'province' else pname + bureau.replace('局', '厅') if sect in ('教育', '民政', '交通', '水利', '科技', '生态环境') else place + bureau
    proj = S['proj'][spec.get('pi', 0)]
    issuer = spec['issuer']

    # ---- funds
    lo, hi = {'county': (120, 900), 'city': (400, 3000), 'province': (3000, 20000), 'town': (40, 180)}[level]
    b1 = rmoney(rng, lo, hi)
    if spec.get('shares') == 'third':
        k = rmoney(rng, D(lo) / 3, D(hi) / 3)
        b1 = k * 3
        srcb = [k, k, k]
    elif spec.get('shares') == 'sixth':
        k = rmoney(rng, D(lo) / 6, D(hi) / 6)
        b1 = k * 6
        srcb = [k, k, k * 4]
    else:
        srcb = split_amount(rng, b1, 3)
    srcn = ['中央补助资金', '省级补助资金', ('县级配套资金' if level in ('county', 'town') else '市级配套资金' if level == 'city' else '省本级统筹资金')]
    nsub = spec.get('nsub', 4)
    subs = S['sub'][:nsub]
    subb = split_amount(rng, b1, nsub)
    rlo, rhi = spec.get('rlo', 880), spec.get('rhi', 1000)
    for _ in range(5000):
        if spec.get('full_exec'):
            sube = list(subb)
        else:
            sube = [q(b_ * D(rng.randint(rlo, rhi)) / 1000) for b_ in subb]
        e = sum(sube)
        if e == b1 and not spec.get('full_exec'):
            continue
        x = D(e) / D(b1) * 100
        if spec.get('halfup') and q(x) == x.quantize(D('0.01'), rounding='ROUND_DOWN'):
            continue
        break
    rate = pct(e, b1)
    srce = split_exec(rng, srcb, e)
    if spec.get('add'):
        if spec.get('over_b0'):
            add = q(b1 - e + b1 * D(rng.randint(3, 10)) / 100)
        else:
            add = rmoney(rng, b1 * D('0.05'), b1 * D('0.2'))
        b0 = b1 - add
    else:
        add = D(0)
        b0 = b1
    # F1 categories: 当年财政拨款 / 上年结转资金 / 其他资金
    carry = q(b1 * D(rng.randint(5, 15)) / 100) if spec.get('carry') else D(0)
    other = q(b1 * D(rng.randint(3, 8)) / 100) if spec.get('other') else D(0)
    cur = b1 - carry - other
    cur0 = b0 - carry - other
    e_carry = carry
    e_other = other
    e_cur = e - e_carry - e_other
    assert e_cur > 0 and cur0 > 0

    # ---- scores
    groups = make_scores(rng, spec, sect)
    fund_w = D(10) if spec['style'] == 'self' else D(0)
    fund_s = q(fund_w * rate / 100) if fund_w else D(0)
    full = sum(g['w'] for g in groups) + fund_w
    tgt_lo, tgt_hi = spec.get('total', (90, 97))
    want = D(rng.randint(int(tgt_lo * 2), int(tgt_hi * 2) - 1)) / 2
    if 'total_exact' in spec:
        want = D(spec['total_exact'])
    ded = (full - fund_w) - (want - fund_s)
    ded = q(ded / D('0.5'), 0) * D('0.5') if 'total_exact' not in spec else q(full - fund_s - want)
    if ded < 0:
        ded = D(0)
    avoid_ = tuple(spec.get('nodeduct', ())) + (tuple(it['name'] for it in groups[spec['ndg']]['items']) if 'ndg' in spec else ())
    deduct(rng, groups, ded, avoid=avoid_, step=D('0.5') if 'total_exact' not in spec else D('0.25'))
    if spec['style'] == 'self' and spec.get('zero_cost'):
        pass
    for g in groups:
        g['s'] = sum(it['s'] for it in g['items'])
        for it in g['items']:
            if it['s'] < it['w']:
                it['reason'] = REASONS.get(it['name'], rng.choice(['部分工作进度滞后', '佐证资料不完整', '过程管理资料不规范', '绩效监控记录不完整']))
    total = sum(g['s'] for g in groups) + fund_s
    bands = spec.get('bands')
    grade = grade_of(total, bands or ('4' if spec.get('gword', 'short') == 'short' else '4b'))

    # ---- achievements
    ach = []
    for i, (verb, unit, tname) in enumerate(S['ach']):
        if unit in ('人次', '人', '户', '对'):
            t = rng.choice([300, 500, 800, 1200, 2000, 3000, 6000])
        elif unit in ('亩', '平方米', '吨'):
            t = rng.choice([1500, 3000, 5000, 8000, 12000])
        elif unit == '公里':
            t = rng.choice([150, 300, 500, 800, 1200])
        else:
            t = rng.choice([8, 12, 20, 30, 50, 80, 120])
        if i == 0 and spec.get('over100'):
            a = t + max(1, t * rng.randint(5, 30) // 100)
        else:
            a = t + t * rng.randint(0, 8) // 100
        ach.append(dict(verb=verb, unit=unit, name=tname, t=t, a=a))
    if spec['style'] == 'self':
        for g in groups:
            for it in g['items']:
                for a_ in ach:
                    if it['name'] == a_['name']:
                        it['target'] = f"≥{a_['t']}{a_['unit']}"
                        it['actual'] = f"{a_['a']}{a_['unit']}"
                if it['name'] == S['sat']:
                    it['target'] = '≥90%'
                    it['actual'] = '达到目标值'

    # ---- survey
    sv_n = rng.randint(180, 600)
    sv_m = sv_n - rng.randint(3, 25)
    sv_k = sv_m * rng.randint(905, 985) // 1000
    sv_a = sv_k * rng.randint(60, 75) // 100
    sv_b = sv_k - sv_a
    sv_p = pct(sv_a + sv_b, sv_m)

    L = []
    add_line = L.append
    tables_after = {}

    # ==================== title block
    docyear = year + 1
    if issuer == 'fin':
        add_line(finorg)
        add_line(f"关于{year}年度{proj}财政重点绩效评价情况的报告")
        if level == 'province':
            add_line(f"{pabbr}财绩〔{docyear}〕{rng.randint(3, 40)}号")
    elif issuer == 'third':
        add_line(f"{place}{year}年度{proj}绩效评价报告")
        add_line(f"委托单位：{finorg}    评价机构：{rng.choice(FIRMS)}")
    else:
        add_line(org)
        add_line(f"{year}年度{proj}项目支出绩效自评报告")
    # ==================== 一、项目概况
    add_line("一、项目概况")
    kind_ = {'医保': '社', '卫健': '社', '民政': '社', '教育': '教', '文旅': '教', '科技': '教', '农业农村': '农',
             '水利': '农', '乡镇': '农', '交通': '建', '生态环境': '资环'}[sect]
    fdoc = f"（{pabbr}财{kind_}〔{year - rng.randint(0, 1)}〕{rng.randint(11, 298)}号）"
    p1 = f"为{purpose(sect)}，根据{pname.replace('壮族自治区', '')}财政厅相关资金分配文件{fdoc}，{year}年{short}共安排{proj}{money(b1)}万元"
    if spec.get('breakdown') == 'exh':
        p1 += (f"，由{srcn[0]}{o('bd0', money(srcb[0]))}万元、{srcn[1]}{o('bd1', money(srcb[1]))}万元和"
               f"{srcn[2]}{o('bd2', money(srcb[2]))}万元构成")
    elif spec.get('breakdown') == 'fenbie':
        p1 += f"，其中{srcn[0][:-2]}、{srcn[1][:-2]}、{srcn[2][:-2]}分别为{o('bd0', money(srcb[0]))}万元、{o('bd1', money(srcb[1]))}万元、{o('bd2', money(srcb[2]))}万元"
    elif spec.get('shares'):
        p1 += (f"，其中{srcn[0]}{money(srcb[0])}万元、{srcn[1]}{money(srcb[1])}万元、{srcn[2]}{money(srcb[2])}万元，"
               f"占比分别为{ptxt(pct(srcb[0], b1))}、{ptxt(pct(srcb[1], b1))}、{ptxt(pct(srcb[2], b1))}")
    p1 += "。"
    add_line(p1)
    me = '我' + ('办' if org.endswith('办事处') else '镇' if org.endswith('人民政府') else '局')
    p2 = f"项目由{org if issuer != 'self' else me}组织实施，资金主要用于{'、'.join(subs[:3])}等方面。"
    if spec.get('nonexh'):
        p2 = (f"项目由{org if issuer != 'self' else me}组织实施，资金主要用于{subs[0]}{money(sube[0])}万元、"
              f"{subs[1]}{money(sube[1])}万元等方面。")
    add_line(p2)

    # ==================== 二、资金投入和使用情况
    add_line("二、资金投入和使用情况")
    sent = []
    if spec.get('add'):
        s_ = f"项目年初预算{money(b0)}万元，年中追加{money(add)}万元，全年预算{money(b1)}万元，全年执行{money(e)}万元，预算执行率{ptxt(rate)}"
        if spec.get('over_b0'):
            s_ += f"，执行数占年初预算的{ptxt(pct(e, b0))}"
        sent.append(s_)
    elif spec.get('no_exec_sentence'):
        sent.append(f"项目全年预算{money(b1)}万元，资金已全部下达")
    else:
        sent.append(f"项目全年预算{money(b1)}万元，全年执行{o('p_exe', money(e))}万元，预算执行率{o('p_rate', ptxt(rate))}")
    if spec.get('balance'):
        sent.append(f"年末结余{o('p_bal', money(b1 - e))}万元，已按规定收回财政统筹使用")
    if spec.get('yuan'):
        sent.append(f"全年执行数折合{money(e * 10000)}元")
    if spec.get('unit_slip') == 'exe':
        sent.append(f"截至{year}年12月31日，项目资金累计支付{o('u_exe', money(e) + '万元')}")
    add_line('，'.join(sent) + "。")
    if spec.get('carry_total'):
        add_line(f"从资金来源看，本年财政拨款收入{money(cur)}万元、其他收入{money(other)}万元，本年收入合计{money(cur + other)}万元；"
                 f"加上年结转资金{money(carry)}万元，资金总计{money(b1)}万元。")
    if spec.get('scope'):
        add_line(f"其中当年财政拨款全年执行{money(e_cur)}万元，上年结转资金全部执行完毕。")
    if spec.get('change'):
        prev = q(b1 * D(rng.randint(80, 95)) / 100)
        add_line(f"{year}年项目预算较上年{money(prev)}万元增加{money(b1 - prev)}万元，增长{ptxt(pct(b1 - prev, prev))}。")
    if spec.get('unit_slip') == 'sub':
        add_line(f"分项目看，{subs[1]}支出{o('u_sub', money(sube[1]) + '万元')}，主要用于{S['ach'][0][0]}相关工作。")
    if spec['style'] == 'self':
        add_line(f"预算执行率指标分值{num(fund_w)}分，按“执行率×分值”计算得{sc(fund_s, sst)}分。")
    if spec.get('zero_zero'):
        add_line("本年度项目未安排政府采购预算，实际发生政府采购0万元，政府采购执行率指标按“未发生”处理，不扣分。")

    # fund table
    ftab = spec.get('fund')
    if ftab:
        F = fund_table(spec, ctx, b0, b1, e, rate, cur, cur0, carry, other, e_cur, e_carry, e_other, srcn, srcb, srce, fund_w, fund_s, sst, add)
        tnum = len([k for k in tables_after]) + 1
        L.append('')
        L.extend(F)
        L.append('')
    dtab = spec.get('detail')
    if dtab:
        if L[-1] != '':
            L.append('')
        L.extend(detail_table(spec, ctx, subs, subb, sube, b1, e, rate))
        L.append('')

    # ==================== 三、评价结论
    add_line("三、评价结论" if issuer != 'self' else "三、绩效自评结论")
    meth = "本次评价采用百分制，" if spec.get('say100', True) else "本次评价"
    if issuer == 'self':
        meth = "按照项目支出绩效自评表逐项对照打分，"
    if bands:
        add_line(meth + band_text(bands, rng))
    if spec.get('counts'):
        n3 = sum(len(g['items']) for g in groups if g['w'] > 0 or spec.get('count_zero', True))
        add_line(f"评价指标体系共设置一级指标{len(groups)}个、三级指标{n3}个。")
    conc = []
    tword = {'fin': '综合得分', 'third': '综合评价得分', 'self': '自评得分'}[issuer]
    if spec.get('state_total', True):
        conc.append(f"经评价，该项目{tword}{o('p_total', sc(total, sst))}分")
    if spec.get('state_grade', True):
        gw = {'fin': '评价等级为', 'third': '绩效评价结果为', 'self': '自评等级为'}[issuer]
        conc.append(f"{gw}“{o('p_grade', grade)}”")
    if spec.get('glist'):
        gs = [g for g in groups if g['w'] > 0]
        conc.append(f"{'、'.join(g['name'] for g in gs)}{cn(len(gs))}项一级指标分别得分" +
                    '、'.join(sc(g['s'], sst) + '分' for g in gs))
    if conc:
        add_line('，'.join(conc) + "。")
    if spec.get('glist_total'):
        gs = [g for g in groups if g['w'] > 0]
        add_line(f"{'、'.join(g['name'] for g in gs)}{cn(len(gs))}项一级指标分别得分" +
                 '、'.join(sc(g['s'], sst) + '分' for g in gs) + f"，综合得分{o('p_gltotal', sc(total, sst))}分，评价等级为“{grade}”。")
    # score table
    stab = spec.get('score')
    if stab:
        L.append('')
        L.extend(score_table(spec, ctx, groups, total, full, fund_w, fund_s, grade, sst))
        L.append('')

    # ==================== 四、绩效目标完成情况
    add_line("四、绩效目标完成情况")
    k = 0
    for g in groups:
        if g['w'] == 0:
            if spec.get('zero_cost'):
                add_line(f"（{cnum(k)}）{g['name']}：本项目不适用成本指标，权重为0分，不计分。")
                k += 1
            continue
        if spec.get('per_group') and g['name'] in spec['per_group']:
            gtxt = f"（{cnum(k)}）{g['name']}指标"
            if spec.get('capw'):
                gtxt += f"（{num(g['w'])}分）"
            gtxt += f"，得分{o('g_' + g['name'], sc(g['s'], sst))}分"
            if spec.get('grate'):
                gtxt += f"，得分率{o('gr_' + g['name'], ptxt(pct(g['s'], g['w'])))}"
            gtxt += "。"
            ded_items = [it for it in g['items'] if it['s'] < it['w']]
            if spec.get('deduct_prose') and ded_items:
                it = ded_items[0]
                gtxt += f"其中“{it['name']}”指标（{num(it['w'])}分）得{sc(it['s'], sst)}分，扣{num(it['w'] - it['s'])}分，主要原因是{it['reason']}。"
            add_line(gtxt)
            k += 1
    if spec.get('cap_prose'):
        it = [it for it in groups[1]['items'] if it['s'] < it['w']][0]
        add_line(f"从{groups[1]['name']}情况看，“{it['name']}”指标分值{num(it['w'])}分，得分{o('cap', sc(it['s'], sst))}分，主要是{it['reason']}。")
    if spec.get('ind_band'):
        bset = bands or ('4' if spec.get('gword', 'short') == 'short' else '4b')
        cand = [g for g in groups if g['w'] > 0 and grade_of(pct(g['s'], g['w']), bset) != grade]
        assert cand, spec['n']
        g = min(cand, key=lambda g: g['s'] / g['w'])
        add_line(f"分指标看，{g['name']}指标权重{num(g['w'])}分，得分{sc(g['s'], sst)}分，得分率{o('ib_rate', ptxt(pct(g['s'], g['w'])))}，"
                 f"按总分等级标准折算属于“{grade_of(pct(g['s'], g['w']), bset)}”档，与项目总体等级不同。")
    a0, a1 = ach
    if spec.get('over100'):
        add_line(f"产出方面，计划{a0['verb']}{a0['t']}{a0['unit']}，实际{a0['verb']}{a0['a']}{a0['unit']}，完成率{ptxt(pct(a0['a'], a0['t']))}；"
                 f"{a1['verb']}{a1['a']}{a1['unit']}，达到年度目标。")
    else:
        add_line(f"产出方面，全年{a0['verb']}{a0['a']}{a0['unit']}、{a1['verb']}{a1['a']}{a1['unit']}，均达到年度目标值。")
    if spec.get('renci'):
        n_ = rng.randint(40, 160)
        add_line(f"组织业务培训{rng.randint(2, 5)}期，参训{n_}人、累计{n_ * rng.randint(2, 3) + rng.randint(1, 9)}人次。")
    if spec.get('survey'):
        add_line(f"满意度方面，共向{S['obj']}发放调查问卷{sv_n}份，回收有效问卷{sv_m}份，其中“非常满意”{sv_a}份、“满意”{sv_b}份，"
                 f"{S['sat']}为{o('sv', ptxt(sv_p))}。")
    # ==================== 五、存在问题
    add_line("五、存在的问题")
    probs = [it for g in groups for it in g['items'] if it['s'] < it['w']]
    ptxts = []
    for it in probs:
        if it['reason'] not in ptxts:
            ptxts.append(it['reason'])
    ptxts = ptxts[:2] or ['绩效目标设置仍需细化']
    add_line(f"一是{ptxts[0]}；二是{ptxts[-1] if len(ptxts) > 1 else '绩效运行监控不够及时'}。")
    if spec.get('prior'):
        py = q(D(rng.randint(780, 960)) / 10, 1)
        add_line(f"与{year - 1}年度评价相比（{year - 1}年度预算执行率为{ptxt(D(rng.randint(7500, 9600)) / 100)}、综合得分{num(py)}分），项目管理规范性有所提升。")
    if not spec.get('nosugg'):
        add_line("六、有关建议")
        add_line("进一步细化量化绩效目标，加快预算执行进度，强化绩效评价结果应用。")
    sign = org if issuer == 'self' else (finorg if issuer == 'fin' else '评价机构（盖章）')
    add_line(sign)
    add_line(f"{docyear}年{rng.randint(2, 6)}月{rng.randint(1, 28)}日")

    model = dict(total=total, grade=grade, b1=b1, e=e, rate=rate, groups=groups, ach=ach, sv=(sv_n, sv_m, sv_a, sv_b, sv_p),
                 place=place, org=org, proj=proj, year=year, subs=subs, subb=subb, sube=sube, srcb=srcb, srce=srce)
    for k_ in ctx.ovr:
        assert ctx.used.count(k_) == 1, (spec['n'], k_, ctx.used)
    return L, model, ctx


def split_exec(rng, budgets, e):
    """Split total execution e over budgets, each part <= its budget, rates differing."""
    tot = sum(budgets)
    for _ in range(5000):
        parts = [q(b * e / tot * D(rng.randint(985, 1015)) / 1000) for b in budgets[:-1]]
        last = e - sum(parts)
        if all(p <= b for p, b in zip(parts, budgets)) and D(0) < last <= budgets[-1]:
            return parts + [last]
    parts = [q(b * e / tot) for b in budgets]
    parts[-1] += e - sum(parts)
    return parts


def cn(n):
    return '一二三四五六七八九十'[n - 1]


def cnum(k):
    return '一二三四五六七八九十'[k]


def purpose(sect):
    return {
        '医保': '提升医疗保障服务能力、减轻困难群众医疗费用负担', '卫健': '提高基本公共卫生服务均等化水平',
        '教育': '保障家庭经济困难学生顺利完成学业、改善办学条件', '农业农村': '提升耕地质量和粮食综合生产能力',
        '民政': '保障特困人员基本生活、发展居家养老服务', '交通': '保障农村公路安全畅通',
        '水利': '保障小型水库安全运行和农村群众饮水安全', '科技': '激励企业加大研发投入、提升自主创新能力',
        '乡镇': '改善农村人居环境、保障村级组织正常运转', '文旅': '丰富基层群众精神文化生活',
        '生态环境': '持续改善环境空气质量',
    }[sect]


def fund_table(spec, ctx, b0, b1, e, rate, cur, cur0, carry, other, e_cur, e_carry, e_other, srcn, srcb, srce, fund_w, fund_s, sst, add):
    o = ctx.o
    kind, layout = spec['fund']
    lines = []
    if kind == 'F1':
        lines.append(f"表1  项目资金投入及执行情况（单位：万元）" if spec['style'] != 'self' else "附表1  项目支出绩效自评表（资金部分）  单位：万元")
        header = ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']
        fw = num(fund_w) if fund_w else '10'
        fs = sc(fund_s, sst) if fund_w else sc(q(D(10) * rate / 100), sst)
        rows = [['年度资金总额', money(b0), money(b1), money(e), fw, ptxt(rate), fs]]
        e_cur_s = o('f_e_cur', money(e_cur))
        rows.append(['其中：当年财政拨款', money(cur0), money(cur), e_cur_s, '', '', ''])
        rows.append(['上年结转资金', money(carry), money(carry), money(e_carry), '', '', ''])
        rows.append(['其他资金', money(other), money(other), money(e_other), '', '', ''])
        if spec['style'] != 'self':
            header = header[:4] + ['执行率']
            rows = [r[:4] + [r[5]] for r in rows]
            blank = (4,)
        else:
            blank = (4, 5, 6)
        if layout in ('space', 'wrap', 'cell'):
            for r in rows[1:]:
                for j in blank:
                    r[j] = '—' if layout == 'cell' else ''
        lines.extend(render(header, rows, layout, wrap_col=0, wrap_at=5))
    else:  # F2: by source with per-row 执行率 and 合计
        lines.append("表1  项目资金来源及执行情况")
        header = ['资金来源', '预算数（万元）', '执行数（万元）', '执行率']
        rows = []
        for n_, b_, e_ in zip(srcn, srcb, srce):
            rows.append([n_, money(b_), money(e_), ptxt(pct(e_, b_))])
        rows.append(['合计', money(b1), money(e), ptxt(rate)])
        lines.extend(render(header, rows, layout))
    return lines


def detail_table(spec, ctx, subs, subb, sube, b1, e, rate):
    o = ctx.o
    kind, layout = spec['detail']
    lines = ["表2  子项目预算及支出明细表"]
    if kind == 'rate':
        lines.append("单位：万元")
        header = ['序号', '子项目', '预算数', '支出数', '执行率']
        rows = [[str(i + 1), n_, money(b_), money(e_), o(f'd_rate{i}', ptxt(pct(e_, b_)))] for i, (n_, b_, e_) in enumerate(zip(subs, subb, sube))]
        rows.append(['', '合计', money(b1), money(e), ptxt(rate)])
        if layout == 'cell':
            rows[-1][0] = '—'
    elif kind == 'norate':
        header = ['子项目名称', '预算数（万元）', '实际支出（万元）']
        rows = [[n_, money(b_), o(f'd_exe{i}', money(e_))] for i, (n_, b_, e_) in enumerate(zip(subs, subb, sube))]
        rows.append(['合计', money(b1), money(e)])
    else:  # bal, no total row
        header = ['子项目名称', '预算数（万元）', '支出数（万元）', '结余（万元）']
        rows = [[n_, money(b_), money(e_), o(f'd_bal{i}', money(b_ - e_))] for i, (n_, b_, e_) in enumerate(zip(subs, subb, sube))]
    lines.extend(render(header, rows, layout))
    return lines


def score_table(spec, ctx, groups, total, full, fund_w, fund_s, grade, sst):
    o = ctx.o
    kind, layout = spec['score']
    cols = spec.get('scols', ())
    h2 = spec.get('header2')
    cap = {'key': "表3  绩效评价指标体系及评分表", 'summary': "表3  一级指标得分汇总表", 'self': "附表2  项目支出绩效自评表（指标部分）",
           'l2': "表3  绩效评价指标得分情况（二级指标）"}[kind]
    lines = [cap]
    if kind == 'key':
        header = ['一级指标', '二级指标', '三级指标', '分值', '得分']
        if 'rate' in cols:
            header.append('得分率')
        if 'reason' in cols:
            header.append('扣分原因')
        rows = []
        for g in groups:
            gname = g['name'] + (f"（{num(g['w'])}分）" if spec.get('capw_table') else '')
            r = [gname, '', '', num(g['w']), o('t_g_' + g['name'], sc(g['s'], sst))]
            if 'rate' in cols:
                r.append(ptxt(pct(g['s'], g['w'])) if g['w'] else '—')
            if 'reason' in cols:
                r.append('')
            rows.append(r)
            last = None
            for it in g['items']:
                r = ['', it['l2'] if it['l2'] != last else '', it['name'], o('t_w_' + it['name'], num(it['w'])), o('t_s_' + it['name'], sc(it['s'], sst))]
                last = it['l2']
                if 'rate' in cols:
                    r.append(ptxt(pct(it['s'], it['w'])) if it['w'] else '—')
                if 'reason' in cols:
                    r.append(f"{it['reason']}，扣{num(it['w'] - it['s'])}分" if it['s'] < it['w'] else '')
                rows.append(r)
        r = ['合计', '', '', num(full), o('t_total', sc(total, sst))]
        if 'rate' in cols:
            r.append(ptxt(pct(total, full)))
        if 'reason' in cols:
            r.append('')
        rows.append(r)
        if spec.get('grade_row'):
            rows.append(['评价等级', '', '', '', o('t_grade', grade)] + ([''] * (len(header) - 5)))
        header2 = None
        if h2:
            header2 = ['', '', '', '（分）', '（分）'] + (['（%）'] if 'rate' in cols else []) + ([''] if 'reason' in cols else [])
        lines.extend(render(header, rows, layout, header2=header2, wrap_col=(len(header) - 1 if 'reason' in cols else 2), wrap_at=(12 if 'reason' in cols else 8)))
    elif kind == 'summary':
        header = ['一级指标', '分值', '得分'] + (['得分率'] if 'rate' in cols else [])
        rows = []
        for g in groups:
            r = [g['name'], num(g['w']), o('t_g_' + g['name'], sc(g['s'], sst))]
            if 'rate' in cols:
                r.append(ptxt(pct(g['s'], g['w'])) if g['w'] else '—')
            rows.append(r)
        r = ['合计', num(full), o('t_total', sc(total, sst))]
        if 'rate' in cols:
            r.append(ptxt(pct(total, full)))
        rows.append(r)
        lines.extend(render(header, rows, layout))
    elif kind == 'l2':
        header = ['一级指标', '二级指标', '分值', '得分']
        rows = []
        for g in groups:
            rows.append([g['name'], '小计', num(g['w']), sc(g['s'], sst)])
            l2s = []
            for it in g['items']:
                if it['l2'] not in l2s:
                    l2s.append(it['l2'])
            for l2 in l2s:
                w = sum(it['w'] for it in g['items'] if it['l2'] == l2)
                s = sum(it['s'] for it in g['items'] if it['l2'] == l2)
                rows.append(['', l2, num(w), sc(s, sst)])
        rows.append(['合计', '', num(full), sc(total, sst)])
        lines.extend(render(header, rows, layout))
    else:  # self
        header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']
        rows = []
        for g in groups:
            first = True
            last = None
            for it in g['items']:
                gname = (g['name'] + (f"（{num(g['w'])}分）" if spec.get('capw_table') else '')) if first else ''
                first = False
                rows.append([gname, it['l2'] if it['l2'] != last else '', it['name'], it['target'], o('t_act_' + it['name'], it['actual']),
                             o('t_w_' + it['name'], num(it['w'])), o('t_s_' + it['name'], sc(it['s'], sst)),
                             (f"{it['reason']}，扣{num(it['w'] - it['s'])}分" if it['s'] < it['w'] else '')])
                last = it['l2']
        if spec.get('total_weight_blank'):
            rows.append(['总分', '', '', '', '', '', sc(total, sst), f"含预算执行率得分{sc(fund_s, sst)}分"])
        else:
            rows.append(['总分', '', '', '', '', num(full), sc(total, sst), f"含预算执行率得分{sc(fund_s, sst)}分"])
        header2 = None
        if h2:
            header = ['一级指标', '二级指标', '三级指标', '年度', '实际', '分值', '得分', '偏差原因分析']
            header2 = ['', '', '', '指标值', '完成值', '（分）', '（分）', '及改进措施']
        lines.extend(render(header, rows, layout, header2=header2))
    return lines


# ---------------------------------------------------------------- the 40 documents
def specs():
    B = dict
    S = [
        # n, sector, prov, level, year, issuer, style
        B(n=1, sector='医保', prov='湖南', level='county', year=2022, issuer='fin', style='key', bands='4',
          fund=('F2', 'tab'), score=('key', 'tab'), scols=('rate', 'reason'), glist=True, survey=True, over100=True,
          traps='band_rule;score_rate_column;deduction_in_reason;survey;rate_over_100'),
        B(n=2, sector='教育', prov='广东', level='city', year=2021, issuer='third', style='key', bands='4b', gword='long',
          fund=('F2', 'pipe'), score=('key', 'pipe'), scols=('reason',), per_group=('项目决策', '项目过程'), capw=True, deduct_prose=True,
          nodeduct=('资金分配合理性',), renci=True, traps='caption_weight;deduction_prose;person_vs_times'),
        B(n=3, sector='农业农村', prov='河北', level='county', year=2023, issuer='self', style='self',
          fund=('F1', 'tab'), detail=('rate', 'space'), score=('self', 'tab'), carry=True, other=True, formula=True, survey=True,
          traps='fund_score_formula;fund_score_in_total;survey'),
        B(n=4, sector='卫健', prov='湖北', level='city', year=2020, issuer='fin', style='key',
          fund=('F2', 'space'), score=('key', 'space'), add=True, over_b0=True, ind_band=True, yuan=True,
          traps='rate_full_budget;rate_over_100;yuan_restated;indicator_other_band'),
        B(n=5, sector='民政', prov='四川', level='county', year=2021, issuer='fin', style='key', bands='4',
          fund=('F2', 'tab'), score=('key', 'tab'), total=(82, 89), per_group=('项目产出',), gnames=('项目决策', '项目过程', '项目产出', '项目效益'),
          traps='band_rule;score_rate_column'),
        B(n=6, sector='交通', prov='江西', level='province', year=2022, issuer='fin', style='key', bands='5', nosugg=True,
          fund=('F2', 'pipe'), score=('key', 'wrap'), scols=('reason',), total=(72, 79), prior=True, counts=True,
          traps='five_level_bands;other_year_figure;counts;wrapped_cells'),
        B(n=7, sector='水利', prov='安徽', level='county', year=2019, issuer='self', style='self', zero_cost=True,
          fund=('F1', 'pipe'), score=('self', 'pipe'), carry=True, capw_table=True, carry_total=True, other=True,
          traps='zero_weight_level1;caption_weight;carry_total;fund_score_in_total'),
        B(n=8, sector='科技', prov='河南', level='city', year=2023, issuer='third', style='key', bands='4',
          fund=('F1', 'space'), score=('key', 'space'), breakdown='exh', gword='short', carry=False,
          traps='exhaustive_breakdown;band_rule'),
        B(n=9, sector='文旅', prov='山东', level='county', year=2022, issuer='fin', style='key', bands='4',
          fund=('F2', 'tab'), score=('key', 'tab'), per_group=('过程', '效益'), gnames=('决策', '过程', '产出', '效益'), survey=True,
          traps='survey;band_rule'),
        B(n=10, sector='乡镇', prov='浙江', level='town', year=2024, issuer='self', style='self', shares='third',
          fund=('F1', 'tab'), score=('self', 'tab'), header2=True, nonexh=True, zero_zero=True,
          traps='shares_rounding(33.33%×3=99.99%);non_exhaustive;zero_over_zero;two_line_header;fund_score_in_total'),
        B(n=11, sector='生态环境', prov='福建', level='city', year=2021, issuer='fin', style='key', bands='4',
          fund=('F2', 'pipe'), score=('summary', 'cell'), balance=True, per_group=('项目产出',), gnames=('项目决策', '项目过程', '项目产出', '项目效益'),
          traps='band_rule;one_cell_per_line'),
        B(n=12, sector='医保', prov='云南', level='province', year=2020, issuer='fin', style='key', bands='85', total=(85, 89),
          fund=('F2', 'tab'), score=('key', 'tab'), scols=('rate',), ind_band=True, glist=True,
          traps='band_85_variant;score_rate_column;indicator_other_band'),
        B(n=13, sector='卫健', prov='贵州', level='county', year=2023, issuer='self', style='self', halfup=True,
          fund=('F1', 'space'), score=('self', 'tab'), carry=True, scope=True, survey=True, renci=True,
          traps='rate_half_up;scope_fiscal_only;survey;person_vs_times'),
        B(n=14, sector='教育', prov='甘肃', level='county', year=2020, issuer='fin', style='key', unit_slip='sub',
          fund=('F2', 'tab'), detail=('rate', 'tab'), score=('key', 'tab'), bands='4', nosugg=True,
          traps='band_rule'),
        B(n=15, sector='农业农村', prov='广西', level='county', year=2024, issuer='third', style='key', bands='4b', gword='long',
          fund=('F2', 'space'), detail=('norate', 'tab'), score=('key', 'pipe'), scols=('rate',), total_exact=90, change=True,
          traps='band_boundary(90分含=优秀);change_ok;score_rate_column'),
        B(n=16, sector='民政', prov='江苏', level='city', year=2022, issuer='fin', style='key', bands='4',
          fund=('F2', 'tab'), score=('summary', 'tab'),
          cap_prose=True,
          traps='band_rule'),
        B(n=17, sector='交通', prov='山西', level='county', year=2021, issuer='self', style='key', state_grade=False,
          fund=('F2', 'tab'), score=('key', 'tab'), grade_row=True, scols=('reason',), total=(82, 89),
          traps='deduction_in_reason'),
        B(n=18, sector='水利', prov='陕西', level='province', year=2023, issuer='fin', style='key', bands='5', total=(62, 69),
          fund=('F2', 'pipe'), score=('key', 'pipe'), scols=('rate', 'reason'), ind_band=False,
          traps='five_level_bands(基本合格档);score_rate_column;deduction_in_reason'),
        B(n=19, sector='科技', prov='湖南', level='county', year=2022, issuer='self', style='self', other=True, carry=True,
          fund=('F1', 'tab'), score=('self', 'tab'),
          traps='fund_score_in_total'),
        B(n=20, sector='文旅', prov='广东', level='county', year=2019, issuer='fin', style='key', bands='4',
          fund=('F2', 'tab'), score=('key', 'space'), header2=True, scols=('rate',), shares='sixth', survey=True,
          traps='shares_rounding(16.67%+16.67%+66.67%=100.01%);two_line_header;score_rate_column;survey'),
        B(n=21, sector='乡镇', prov='河北', level='town', year=2022, issuer='self', style='self', zero_cost=True,
          fund=('F1', 'space'), score=('self', 'tab'), add=True, over_b0=True, renci=True,
          traps='zero_weight_level1;rate_full_budget;rate_over_100;person_vs_times'),
        B(n=22, sector='生态环境', prov='湖北', level='county', year=2020, issuer='fin', style='key', bands='4',
          fund=('F2', 'tab'), score=('summary', 'cell'), per_group=('项目决策',), gnames=('项目决策', '项目过程', '项目产出', '项目效益'),
          traps='band_rule;one_cell_per_line'),
        B(n=23, sector='医保', prov='四川', level='city', year=2024, issuer='third', style='key', bands='85', total=(86, 89), nosugg=True,
          fund=('F2', 'tab'), score=('key', 'wrap'), scols=('reason',), prior=True,
          traps='band_85_variant;other_year_figure;deduction_in_reason;wrapped_cells'),
        B(n=24, sector='卫健', prov='江西', level='county', year=2021, issuer='fin', style='key', bands='4',
          fund=('F2', 'space'), score=('key', 'tab'), survey=True,
          traps='band_rule'),
        B(n=25, sector='教育', prov='安徽', level='county', year=2023, issuer='self', style='self', over100=True,
          fund=('F1', 'tab'), score=('self', 'tab'), carry=True,
          traps='rate_over_100;fund_score_in_total'),
        B(n=26, sector='农业农村', prov='河南', level='province', year=2021, issuer='fin', style='key', bands='4b', gword='long',
          fund=('F2', 'tab'), score=('key', 'tab'), scols=('rate',), header2=True, counts=True, nonexh=True, yuan=True, per_group=('项目产出', '项目效益'), grate=True,
          gnames=('项目决策', '项目过程', '项目产出', '项目效益'),
          traps='counts;non_exhaustive;yuan_restated;score_rate_prose;two_line_header'),
        B(n=27, sector='民政', prov='山东', level='county', year=2024, issuer='third', style='key', bands='4',
          fund=('F1', 'pipe'), score=('key', 'pipe'), carry=True, carry_total=True, other=True, change=True, glist_total=True,
          traps='carry_total;change_ok;level1_list_total'),
        B(n=28, sector='交通', prov='浙江', level='city', year=2020, issuer='fin', style='key', bands='4',
          fund=('F2', 'tab'), detail=('bal', 'tab'), score=('summary', 'tab'), scols=('rate',),
          traps='score_rate_column'),
        B(n=29, sector='水利', prov='福建', level='county', year=2022, issuer='self', style='self',
          fund=('F1', 'wrap'), score=('self', 'pipe'), header2=True, halfup=True, renci=True, carry=True,
          traps='rate_half_up;person_vs_times;two_line_header;fund_score_in_total'),
        B(n=30, sector='科技', prov='云南', level='city', year=2023, issuer='self', style='self', total_weight_blank=True,
          fund=('F1', 'tab'), score=('self', 'tab'), nodeduct=('资金兑付及时率', '补助资金兑付及时率'),
          traps='fund_score_in_total'),
        B(n=31, sector='文旅', prov='贵州', level='county', year=2021, issuer='fin', style='key', bands='85', total=(85, 89),
          fund=('F2', 'tab'), score=('key', 'tab'), per_group=('项目效益',), gnames=('项目决策', '项目过程', '项目产出', '项目效益'),
          traps='band_85_variant'),
        B(n=32, sector='乡镇', prov='甘肃', level='town', year=2023, issuer='fin', style='key', bands='4',
          fund=('F2', 'pipe'), score=('key', 'tab'), scols=('reason',), survey=True, prior=True, balance=True,
          traps='survey;other_year_figure;balance_ok;deduction_in_reason'),
        B(n=33, sector='生态环境', prov='广西', level='province', year=2024, issuer='third', style='key', bands='5', total=(80, 84),
          fund=('F2', 'pipe'), score=('key', 'pipe'), scols=('rate', 'reason'), ind_band=True, counts=True, ndg=0,
          traps='five_level_bands;indicator_other_band;score_rate_column;counts'),
        B(n=34, sector='医保', prov='江苏', level='county', year=2019, issuer='fin', style='key', bands='4',
          fund=('F2', 'tab'), detail=('norate', 'space'), score=('key', 'tab'),
          traps='band_rule'),
        B(n=35, sector='卫健', prov='山西', level='city', year=2022, issuer='fin', style='key', bands='4', total_exact=80,
          fund=('F2', 'tab'), score=('summary', 'pipe'), scols=('rate',), per_group=('项目产出',), deduct_prose=True,
          gnames=('项目决策', '项目过程', '项目产出', '项目效益'), zero_zero=True,
          traps='band_boundary(80分含=良);score_rate_column;deduction_prose;zero_over_zero'),
        B(n=36, sector='教育', prov='陕西', level='county', year=2020, issuer='fin', style='key',
          fund=('F2', 'tab'), score=('summary', 'cell'), per_group=('项目产出',), grate=True, gnames=('项目决策', '项目过程', '项目产出', '项目效益'),
          traps='default_bands'),
        B(n=37, sector='农业农村', prov='湖北', level='county', year=2022, issuer='fin', style='key', bands='4', total=(91, 95),
          fund=('F2', 'tab'), detail=('rate', 'pipe'), glist_total=True, per_group=('项目决策', '项目效益'), capw=True,
          gnames=('项目决策', '项目过程', '项目产出', '项目效益'), state_total=False, state_grade=False,
          traps='caption_weight;band_rule'),
        B(n=38, sector='民政', prov='广东', level='province', year=2023, issuer='fin', style='key', bands='4b', gword='long',
          fund=('F2', 'tab'), score=('key', 'tab'), scols=('rate',), breakdown='fenbie', halfup=True, ind_band=True,
          traps='exhaustive_breakdown_ok;rate_half_up;indicator_other_band;score_rate_column'),
        B(n=39, sector='交通', prov='河南', level='county', year=2024, issuer='self', style='self', zero_cost=True,
          fund=('F1', 'tab'), score=('self', 'tab'), full_exec=True, carry=True, scope=True, survey=True,
          traps='zero_weight_level1;scope_fiscal_only;survey;fund_score_in_total'),
        B(n=40, sector='水利', prov='浙江', level='county', year=2021, issuer='fin', style='key', bands='4', unit_slip='exe',
          fund=('F2', 'space'), score=('key', 'tab'), scols=('reason',),
          traps='deduction_in_reason;band_rule'),
    ]
    return S


def first_deducted_free(groups, gi=None):
    for g in groups if gi is None else [groups[gi]]:
        for it in g['items']:
            if it['s'] == it['w'] and it['w'] >= 3:
                return it
    raise ValueError


# slips: n -> (family, override-key, transform(text)->text, detail template)
def slips(models):
    def swap(t):
        return swap_digits(t)
    out = {}
    m = models

    # t02 score.total: a full-score 三级 得分 cell typed as a stale value one point lower
    g = m[2]['groups']
    it = first_deducted_free(g, 2)
    out[2] = ('score.total', 't_s_' + it['name'], lambda t: num(D(t) - 1),
              f"表3三级指标“{it['name']}”得分单元格误为“{{new}}”，应为“{{old}}”（该一级指标各三级得分之和与一级小计不符）")
    # t03 rate.ratio: a 子项目 执行率 cell transposed
    out[3] = ('rate.ratio', 'd_rate1', swap, "表2第2行子项目执行率误为“{new}”，按预算数/支出数应为“{old}”")
    # t05 grade.band: total 80-90 under 4-level bands, grade stated as 优
    out[5] = ('grade.band', 'p_grade', lambda t: '优', "评价结论中等级误为“{new}”，综合得分在80（含）-90分之间，应为“{old}”")
    # t08 sum.breakdown: 由…构成 part
    out[8] = ('sum.breakdown', 'bd1', swap, "项目概况中省级补助资金误为“{new}万元”，三项构成之和应等于总额，应为“{old}万元”")
    # t09 table.text: prose restates 一级 score of 项目过程
    out[9] = ('table.text', 'g_过程', lambda t: num(D(t) - 2) if D(t) >= 3 else num(D(t) + 1),
              "绩效目标完成情况中“过程”得分误为“{new}分”，表3一级小计为“{old}分”")
    # t11 balance.carryover: 结余 in prose
    out[11] = ('balance.carryover', 'p_bal', swap, "资金使用情况中年末结余误为“{new}万元”，全年预算减全年执行应为“{old}万元”")
    # t14 unit.magnitude: sub-project expenditure restated in 元
    out[14] = ('unit.magnitude', 'u_sub', lambda t: t.replace('万元', '元'), "分项目支出误写为“{new}”，单位应为万元，即“{old}”")
    # t16 score.cap: prose 三级 indicator score above its 分值
    it16 = [it for it in m[16]['groups'][1]['items'] if it['s'] < it['w']][0]
    out[16] = ('score.cap', 'cap', lambda t: num(it16['w'] + D('0.5')),
               f"正文“{it16['name']}”指标分值{num(it16['w'])}分，得分误为“{{new}}分”，超过分值，应为“{{old}}分”")
    # t17 grade.band: table 评价等级 cell
    out[17] = ('grade.band', 't_grade', lambda t: '优', "表3“评价等级”单元格误为“{new}”，合计得分在80-90分之间，应为“{old}”")
    # t19 sum.breakdown: 其中 row 全年执行数 cell
    out[19] = ('sum.breakdown', 'f_e_cur', swap, "附表1“其中：当年财政拨款”全年执行数误为“{new}”，各来源之和应等于年度资金总额执行数，应为“{old}”")
    # t22 score.total: one-cell-per-line summary table, 一级 score cell
    out[22] = ('score.total', 't_g_项目产出', lambda t: num(D(t) - 1), "表3“项目产出”得分误为“{new}”，各一级得分之和应等于合计，应为“{old}”")
    # t24 rate.ratio: 满意度 from survey counts
    out[24] = ('rate.ratio', 'sv', swap, "满意度误为“{new}”，按（非常满意+满意）/有效问卷应为“{old}”")
    # t25 table.text: 自评表 实际完成值 cell vs prose
    n25 = SECT['教育']['ach'][0][2]
    out[25] = ('table.text', 't_act_' + n25, swap, f"附表2“{n25}”实际完成值误为“{{new}}”，正文为“{{old}}”")
    # t28 balance.carryover: 结余 cell of 子项目 (table has no 合计 row)
    out[28] = ('balance.carryover', 'd_bal2', swap, "表2第3行子项目结余误为“{new}”，预算数减支出数应为“{old}”")
    # t30 score.cap: 自评表 分值 cell typed lower than the 得分
    it30 = [it for g in m[30]['groups'] for it in g['items'] if it['s'] == it['w'] and it['w'] >= 4][0]
    out[30] = ('score.cap', 't_w_' + it30['name'], lambda t: num(D(t) - 2),
               f"附表2“{it30['name']}”分值误为“{{new}}”，得分{num(it30['s'])}超过分值，分值应为“{{old}}”")
    # t31 grade.band: 85-point bands, total 85-89 but stated 良好 (clerk used the 90 rule)
    out[31] = ('grade.band', 'p_grade', lambda t: '良好', "评价结论等级误为“{new}”，按文中85分（含）以上为优秀的规定应为“{old}”")
    # t34 sum.breakdown: 明细 row 实际支出 cell
    out[34] = ('sum.breakdown', 'd_exe2', swap, "表2第3行子项目实际支出误为“{new}”，各子项目之和应等于合计，应为“{old}”")
    # t36 rate.ratio: 得分率 in prose
    out[36] = ('rate.ratio', 'gr_项目产出', lambda t: f"{D(t[:-1]) - D('2.5'):.2f}%", "“项目产出”得分率误为“{new}”，得分/权重应为“{old}”")
    # t37 score.total: prose total after the 一级 list
    out[37] = ('score.total', 'p_gltotal', lambda t: num(D(t) + 1), "一级指标得分列举后综合得分误为“{new}分”，各项之和应为“{old}分”")
    # t40 unit.magnitude: total execution restated in 元
    out[40] = ('unit.magnitude', 'u_exe', lambda t: t.replace('万元', '元'), "累计支付资金误写为“{new}”，单位应为万元，即“{old}”")
    return out


def write_doc(path, lines):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines).rstrip('\n') + '\n')


def main():
    args = sys.argv[1:]
    twins = None
    if args and args[0] == '--twins':
        twins = args[1]
        os.makedirs(twins, exist_ok=True)
    sp = specs()
    clean = {}
    for s in sp:
        clean[s['n']] = build(s)
    SL = slips({n: v[1] for n, v in clean.items()})
    rows = []
    for s in sp:
        n = s['n']
        name = f"t{n:02d}.txt"
        if n in SL:
            fam, key, fn, det = SL[n]
            lines, model, ctx = build(s, {key: fn})
            assert ctx.used == [key]
            old = ctx.orig[key]
            new = fn(old)
            detail = det.format(old=old, new=new)
            if twins:
                write_doc(os.path.join(twins, name), clean[n][0])
                continue
            rows.append((f"t{n:02d}", fam, detail))
        else:
            lines = clean[n][0]
            if twins:
                continue
            rows.append((f"t{n:02d}", 'clean', 'traps: ' + s['traps'].replace(';', ', ')))
        if not (15 <= len(lines) <= 60): print("LEN", n, len(lines))
        write_doc(os.path.join(HERE, name), lines)
    if not twins:
        with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as f:
            f.write('id\texpected\tdetail\n')
            for r in rows:
                f.write('\t'.join(r) + '\n')


if __name__ == '__main__':
    main()
