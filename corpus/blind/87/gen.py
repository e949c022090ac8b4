#!/usr/bin/env python3
"""Blind test set 87: 党政机关 / 群团 部门整体支出绩效自评报告 and 部门决算说明.

Writes t01.txt .. t40.txt and expect.tsv into the directory of this script
(or into DIR with --out DIR).  With --twins DIR it writes, for every slip
document, the same document rebuilt without its slip (same random draws).

Python 3 standard library only.  Fixed seed, deterministic.  All money,
rates and scores are decimal.Decimal rounded half-up; floats never carry
figures.
"""
import os
import random
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

SEED = 87_2024
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# number helpers
# --------------------------------------------------------------------------
C2 = D('0.01')


def q2(x):
    return D(x).quantize(C2, ROUND_HALF_UP)


def pc(a, b, nd=2):
    """percentage a/b*100, half-up to nd decimals"""
    return (D(a) * 100 / D(b)).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)


def fm(x):
    return format(q2(x), 'f')


def fy(x):
    """万元 -> 元 with thousands separators and cents"""
    return '{:,.2f}'.format(q2(x) * 10000)


def fs(x):
    """score: up to two decimals, no trailing zeros"""
    x = D(x).quantize(C2, ROUND_HALF_UP)
    s = format(x, 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def fp(x):
    return format(x, 'f')


def money(rng, lo, hi, sc=D(1)):
    v = D(rng.randint(int(lo * 100), int(hi * 100))) / 100
    return q2(v * sc)


def cjk_width(s):
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


# --------------------------------------------------------------------------
# slips: single-figure edits
# --------------------------------------------------------------------------
def _transpose(num, k=0):
    """swap the k-th (from the right) pair of adjacent, different digits"""
    pos = [i for i, ch in enumerate(num) if ch.isdigit()]
    pairs = [(pos[j], pos[j + 1]) for j in range(len(pos) - 1)
             if num[pos[j]] != num[pos[j + 1]]]
    i, j = pairs[-1 - k]
    lst = list(num)
    lst[i], lst[j] = lst[j], lst[i]
    return ''.join(lst)


def mutate(s, mut):
    kind = mut[0]
    if kind == 'word':
        return s.replace(mut[1], mut[2])
    if kind == 'unit':
        return s.replace('万元', '元')
    m = re.search(r'\d[\d,]*(?:\.\d+)?', s)
    num = m.group(0)
    if kind == 'transpose':
        new = _transpose(num, mut[1] if len(mut) > 1 else 0)
    elif kind == 'delta':
        dec = len(num.split('.')[1]) if '.' in num else 0
        new = format((D(num) + D(mut[1])).quantize(D(1).scaleb(-dec)), 'f')
    elif kind == 'set':
        new = mut[1]
    elif kind == 'drop':           # drop the digit at index mut[1]
        new = num[:mut[1]] + num[mut[1] + 1:]
    else:
        raise ValueError(kind)
    assert new != num, (s, mut)
    return s[:m.start()] + new + s[m.end():]


# --------------------------------------------------------------------------
# issuing bodies
# --------------------------------------------------------------------------
KINDS = {
    '党委办公室': dict(
        wi=None,
        unit='科', offices=['秘书科', '综合科', '督查科', '信息科', '机要科', '保密科', '政策研究室'],
        projects=['县委重要会议保障经费', '机要密码设备更新', '督查督办工作经费', '党委信息化办公系统运维',
                  '保密技术检查专项', '党内法规备案审查经费'],
        work=('全年计划开展专项督查', '次', '实际开展', '完成率', 12, 30, True),
        duty='负责县委日常运转的组织协调、文电办理、会务安排、督促检查、机要保密和信息综合等工作。',
        out=[('数量指标', '重要会议服务保障', '场', 40, 90), ('数量指标', '督查事项办理', '件', 60, 160),
             ('质量指标', '督查事项按期办结率', '%', 95, 100)],
        eff=[('社会效益指标', '决策部署落实情况', '有效落实'), ('可持续影响指标', '机关运转保障水平', '持续提升')],
        sat='机关干部满意度', meeting='县委全会、县委常委会扩大会议', train=['机要保密业务培训班', '公文写作与办文规范培训班', '督查业务培训班']),
    '组织部': dict(
        wi=None,
        unit='科', offices=['办公室', '组织一科', '组织二科', '干部一科', '干部二科', '干部监督科', '人才工作科'],
        projects=['基层党组织建设经费', '干部教育培训经费', '人才引进专项资金', '党员远程教育站点运维', '村级组织运转补助'],
        work=('全年计划培训干部', '人次', '实际培训', '完成率', 800, 2400, True),
        duty='负责全市党的组织建设、干部队伍建设、人才工作和党员教育管理等工作。',
        out=[('数量指标', '举办干部培训班', '期', 8, 20), ('数量指标', '软弱涣散党组织整顿', '个', 10, 40),
             ('质量指标', '培训合格率', '%', 95, 100)],
        eff=[('社会效益指标', '基层党组织组织力', '明显增强'), ('社会效益指标', '干部队伍能力素质', '持续提升')],
        sat='党员群众满意度', meeting='全市组织工作会议、基层党建述职评议会', train=['新任科级干部任职培训班', '村党组织书记示范培训班', '年轻干部能力提升班']),
    '宣传部': dict(
        wi=None,
        unit='科', offices=['办公室', '理论科', '宣传教育科', '新闻科', '网络宣传管理科', '文明创建科', '文化产业科'],
        projects=['新时代文明实践中心建设', '主题宣传活动经费', '网络舆情监测服务', '精神文明创建专项', '理论宣讲活动经费'],
        work=('全年计划开展理论宣讲', '场', '实际开展', '完成率', 60, 200, True),
        duty='负责全县理论学习、新闻宣传、网络宣传管理、精神文明建设和文化产业发展等工作。',
        out=[('数量指标', '开展主题宣传活动', '场', 20, 60), ('数量指标', '上级媒体刊发稿件', '篇', 150, 400),
             ('质量指标', '舆情处置及时率', '%', 95, 100)],
        eff=[('社会效益指标', '社会文明程度', '稳步提升'), ('社会效益指标', '主流舆论影响力', '持续扩大')],
        sat='群众满意度', meeting='全县宣传思想文化工作会议', train=['新闻宣传业务培训班', '网评员能力提升培训班', '文明实践志愿者骨干培训班']),
    '统战部': dict(
        wi=1,
        unit='科', offices=['办公室', '党派工作科', '民族宗教科', '经济科', '联络科', '港澳台侨工作科'],
        projects=['民族团结进步创建', '宗教事务管理经费', '非公经济人士培训', '港澳台侨联络经费', '统一战线理论研究'],
        work=('全年计划开展宗教活动场所安全检查', '次', '实际开展', '完成率', 40, 120, True),
        duty='负责统一战线方针政策的贯彻落实，协调民族宗教、党外知识分子、非公有制经济人士和港澳台侨等方面工作。',
        out=[('数量指标', '举办党外代表人士培训', '期', 3, 8), ('数量指标', '宗教活动场所安全检查', '次', 40, 120),
             ('质量指标', '民族团结创建达标率', '%', 90, 100)],
        eff=[('社会效益指标', '统一战线凝聚力', '持续增强'), ('社会效益指标', '宗教领域和谐稳定', '无重大事件')],
        sat='党外人士满意度', meeting='全市统战工作会议、民族宗教工作联席会议', train=['党外代表人士理论研修班', '新的社会阶层人士培训班', '民族宗教干部业务培训班']),
    '人大': dict(
        wi=0,
        unit='室', offices=['办公室', '研究室', '法制工作委员会办公室', '财政经济工作委员会办公室', '代表工作委员会办公室',
                           '人事任免工作室', '信访室'],
        projects=['人大代表履职经费', '立法工作经费', '代表联络站建设', '执法检查专项经费', '预算联网监督系统运维'],
        work=('全年计划开展执法检查', '次', '实际开展', '完成率', 4, 10, True),
        duty='负责保障人大常委会依法行使立法、监督、重大事项决定和人事任免等职权，服务人大代表依法履职。',
        out=[('数量指标', '组织执法检查', '次', 4, 10), ('数量指标', '听取审议专项工作报告', '项', 8, 16),
             ('时效指标', '代表建议按期办结率', '%', 95, 100)],
        eff=[('社会效益指标', '监督工作实效', '明显提升'), ('社会效益指标', '代表履职能力', '持续提升')],
        sat='人大代表满意度', meeting='人大常委会会议、主任会议', train=['人大代表履职学习班', '基层人大工作业务培训班', '预算审查监督业务培训班']),
    '政协': dict(
        wi=None,
        unit='室', offices=['办公室', '研究室', '提案委员会办公室', '经济委员会办公室', '文史和学习委员会办公室',
                           '社会和法制委员会办公室'],
        projects=['政协委员履职经费', '提案办理工作经费', '文史资料编纂出版', '专题协商调研经费', '委员工作室建设'],
        work=('全年计划开展专题视察调研', '次', '实际开展', '完成率', 8, 20, True),
        duty='负责保障政协全体会议、常委会议和主席会议的召开，服务委员开展政治协商、民主监督和参政议政。',
        out=[('数量指标', '召开专题协商会', '次', 4, 10), ('数量指标', '立案提案', '件', 120, 260),
             ('时效指标', '提案按期办结率', '%', 95, 100)],
        eff=[('社会效益指标', '建言资政成果转化', '有效转化'), ('社会效益指标', '凝聚共识作用发挥', '持续增强')],
        sat='政协委员满意度', meeting='政协全体会议、常委会议', train=['政协委员履职能力培训班', '提案工作业务培训班', '文史资料征编培训班']),
    '机关事务': dict(
        wi=None,
        unit='科', offices=['办公室', '财务科', '公共机构节能科', '资产管理科', '公务用车管理科', '房产管理科'],
        projects=['办公用房维修改造', '公务用车平台运行维护', '机关食堂运营补助', '公共机构节能改造', '集中办公区物业服务'],
        work=('全年计划完成办公用房维修', '处', '实际完成', '完成率', 10, 30, True),
        duty='负责市级机关办公用房、公务用车、公共机构节能和集中办公区后勤服务保障等工作。',
        out=[('数量指标', '保障集中办公区单位', '家', 20, 60), ('数量指标', '公务出行保障', '车次', 800, 2000),
             ('时效指标', '报修响应及时率', '%', 95, 100)],
        eff=[('社会效益指标', '机关后勤保障水平', '持续提升'), ('可持续影响指标', '公共机构节能降耗', '稳步推进')],
        sat='服务单位满意度', meeting='全市机关事务工作会议', train=['公共机构节能管理培训班', '公务用车驾驶员安全培训班', '国有资产管理业务培训班']),
    '档案馆': dict(
        wi=0,
        unit='科', offices=['办公室', '业务指导科', '接收征集科', '保管利用科', '编研科', '信息技术科'],
        projects=['馆藏档案数字化加工', '库房安防系统升级', '破损档案抢救修复', '地方志编纂出版', '档案开放审核'],
        work=('全年计划完成馆藏档案数字化', '万页', '实际完成', '完成率', 60, 180, True),
        duty='负责集中统一管理党和国家机关及各单位形成的重要档案，提供档案查阅利用服务，开展档案编研和地方志工作。',
        out=[('数量指标', '档案数字化加工', '万页', 60, 180), ('数量指标', '接待查档利用', '人次', 1200, 4000),
             ('质量指标', '数字化成果验收合格率', '%', 98, 100)],
        eff=[('社会效益指标', '档案安全保管水平', '持续提升'), ('可持续影响指标', '档案资源共享利用', '持续推进')],
        sat='查档群众满意度', meeting='全县档案工作会议', train=['档案业务骨干培训班', '档案数字化技术培训班', '机关兼职档案员培训班']),
    '信访': dict(
        wi=0,
        unit='科', offices=['办公室', '接访科', '办信科', '督查科', '网上信访科', '复查复核科'],
        projects=['信访事项办理经费', '网上信访系统运维', '矛盾纠纷化解专项', '律师参与接访服务', '信访干部教育培训'],
        work=('全年受理信访事项', '件', '按期办结', '按期办结率', 600, 1800, False),
        duty='负责受理、交办、转送群众来信来访，协调处理重要信访问题，督查督办信访事项办理。',
        out=[('数量指标', '受理群众来信来访', '件', 600, 1800), ('质量指标', '信访事项及时受理率', '%', 98, 100),
             ('时效指标', '初信初访化解率', '%', 90, 100)],
        eff=[('社会效益指标', '重复信访数量', '明显下降'), ('社会效益指标', '社会和谐稳定', '持续向好')],
        sat='信访群众满意度', meeting='全县信访工作联席会议', train=['信访干部业务培训班', '网上信访系统操作培训班', '矛盾纠纷调处培训班']),
    '工会': dict(
        wi=1,
        unit='部', offices=['办公室', '组织部', '宣传教育部', '权益保障部', '经费审查委员会办公室', '女职工部'],
        projects=['困难职工帮扶', '职工技能竞赛', '职工服务中心运营', '户外劳动者服务站点建设', '职工疗休养'],
        work=('全年计划帮扶困难职工', '户', '实际帮扶', '完成率', 150, 600, True),
        duty='负责维护职工合法权益，组织开展劳动和技能竞赛，做好困难职工帮扶和职工服务工作。',
        out=[('数量指标', '开展技能竞赛', '场', 6, 20), ('数量指标', '帮扶困难职工', '户', 150, 600),
             ('质量指标', '帮扶资金发放准确率', '%', 100, 100)],
        eff=[('社会效益指标', '职工合法权益保障', '有效保障'), ('社会效益指标', '劳动关系和谐稳定', '持续向好')],
        sat='职工满意度', meeting='市总工会全委会议', train=['基层工会主席培训班', '工会财务业务培训班', '劳模工匠宣讲骨干培训班']),
    '共青团': dict(
        wi=1,
        unit='部', offices=['办公室', '组织部', '宣传部', '青少年发展和权益保障部', '学校部'],
        projects=['青少年思想引领活动', '希望工程助学', '青年志愿服务', '青年创业扶持', '青少年心理关爱'],
        work=('全年计划资助困难学生', '人', '实际资助', '完成率', 80, 300, True),
        duty='负责全县共青团组织建设和青少年思想政治引领，组织开展青年志愿服务、希望工程和青少年权益维护工作。',
        out=[('数量指标', '开展主题团日活动', '场', 20, 60), ('数量指标', '资助困难学生', '人', 80, 300),
             ('质量指标', '助学金发放准确率', '%', 100, 100)],
        eff=[('社会效益指标', '青少年思想引领实效', '明显提升'), ('社会效益指标', '志愿服务参与度', '持续提高')],
        sat='青少年满意度', meeting='团县委全委会议', train=['基层团干部培训班', '青年志愿者骨干培训班', '少先队辅导员培训班']),
    '妇联': dict(
        wi=1,
        unit='部', offices=['办公室', '组织联络部', '宣传部', '权益部', '家庭和儿童工作部'],
        projects=['妇女儿童维权服务', '巾帼创业就业培训', '家庭教育指导服务', '困难妇女两癌救助', '最美家庭创建'],
        work=('全年计划开展巾帼技能培训', '人次', '实际培训', '完成率', 300, 1200, True),
        duty='负责团结引领广大妇女，维护妇女儿童合法权益，推进家庭文明建设和巾帼建功活动。',
        out=[('数量指标', '开展维权宣传活动', '场', 10, 40), ('数量指标', '巾帼技能培训', '人次', 300, 1200),
             ('质量指标', '救助资金发放准确率', '%', 100, 100)],
        eff=[('社会效益指标', '妇女儿童合法权益保障', '有效保障'), ('社会效益指标', '家庭文明建设', '持续推进')],
        sat='服务对象满意度', meeting='县妇联执委会议', train=['基层妇联主席培训班', '家庭教育讲师培训班', '巾帼创业带头人培训班']),
}

BODIES = [
    dict(name='中共临溪县委办公室', short='县委办', prov='浙江省', kind='党委办公室', sc=D('1.0')),
    dict(name='中共桐岭市委组织部', short='市委组织部', prov='江西省', kind='组织部', sc=D('1.6')),
    dict(name='中共石岩县委宣传部', short='县委宣传部', prov='湖南省', kind='宣传部', sc=D('0.9')),
    dict(name='中共柳川市委统一战线工作部', short='市委统战部', prov='广西壮族自治区', kind='统战部', sc=D('1.2')),
    dict(name='凤溪市人大常委会办公室', short='市人大常委会办公室', prov='湖北省', kind='人大', sc=D('1.5')),
    dict(name='政协云杉县委员会办公室', short='县政协办公室', prov='云南省', kind='政协', sc=D('0.8')),
    dict(name='澜屿市机关事务管理局', short='市机关事务管理局', prov='福建省', kind='机关事务', sc=D('2.2')),
    dict(name='北漳县档案馆', short='县档案馆', prov='河南省', kind='档案馆', sc=D('0.7'), shiye=True),
    dict(name='瑞沣县信访局', short='县信访局', prov='安徽省', kind='信访', sc=D('0.8')),
    dict(name='梅岭市总工会', short='市总工会', prov='广东省', kind='工会', sc=D('1.4')),
    dict(name='共青团安阜县委员会', short='团县委', prov='山东省', kind='共青团', sc=D('0.5')),
    dict(name='沁川县妇女联合会', short='县妇联', prov='山西省', kind='妇联', sc=D('0.5')),
    dict(name='鹤林县人大常委会办公室', short='县人大常委会办公室', prov='甘肃省', kind='人大', sc=D('0.9')),
    dict(name='政协白岩区委员会办公室', short='区政协办公室', prov='四川省', kind='政协', sc=D('1.0')),
    dict(name='中共秦原县委统一战线工作部', short='县委统战部', prov='陕西省', kind='统战部', sc=D('0.7')),
    dict(name='黔川县机关事务服务中心', short='县机关事务服务中心', prov='贵州省', kind='机关事务', sc=D('1.1'), shiye=True),
    dict(name='宁溪区档案馆', short='区档案馆', prov='江苏省', kind='档案馆', sc=D('0.9'), shiye=True),
    dict(name='嘉湾市妇女联合会', short='市妇联', prov='河北省', kind='妇联', sc=D('0.9')),
    dict(name='中共云屏县委组织部', short='县委组织部', prov='黑龙江省', kind='组织部', sc=D('1.0')),
    dict(name='溆川市信访局', short='市信访局', prov='吉林省', kind='信访', sc=D('1.2')),
    dict(name='中共鹿鸣市委宣传部', short='市委宣传部', prov='浙江省', kind='宣传部', sc=D('1.8')),
    dict(name='共青团澄源市委员会', short='团市委', prov='江西省', kind='共青团', sc=D('0.8')),
]

CN_NUM = '〇一二三四五六七八九十'


def cn(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return '十' + (CN_NUM[n - 10] if n > 10 else '')
    return str(n)


SEC = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

# grade bands
BANDS = {
    'std4': ('根据评价办法，评价结果分为优秀（90分（含）以上）、良好（80分（含）至90分）、'
             '中（60分（含）至80分）、差（60分以下）四个等级。',
             [(90, '优秀'), (80, '良好'), (60, '中'), (0, '差')]),
    'std5': ('评价等级分为五档：90分（含）以上为“优秀”，80分（含）—90分为“良好”，70分（含）—80分为“合格”，'
             '60分（含）—70分为“基本合格”，60分以下为“不合格”。',
             [(90, '优秀'), (80, '良好'), (70, '合格'), (60, '基本合格'), (0, '不合格')]),
    'ylzc': ('评分结果90分（含）以上为“优”，80分（含）—90分为“良”，60分（含）—80分为“中”，60分以下为“差”。',
             [(90, '优'), (80, '良'), (60, '中'), (0, '差')]),
    'none': ('', [(90, '优秀'), (80, '良好'), (60, '合格'), (0, '不合格')]),
}


def grade_of(score, bands):
    for lo, name in bands:
        if score >= lo:
            return name
    return bands[-1][1]


# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------
class Doc:
    def __init__(self, did, spec, with_slip=True):
        self.id = did
        self.spec = spec
        self.body = BODIES[spec['body']]
        self.kd = KINDS[self.body['kind']]
        self.Y = spec['year']
        self.rng = random.Random(SEED * 1000 + spec['seed'])
        self.slip = spec.get('slip') if with_slip else None
        self.slip_used = None
        self.lines = []
        self.traps = []
        self.tstyle = spec.get('tstyle', 'pipe')
        self.tabno = 0
        self.secno = 0
        self.fin = self.gen_fin()

    # -- bookkeeping -------------------------------------------------------
    def fig(self, key, s, what=''):
        if self.slip and self.slip['site'] == key:
            assert self.slip_used is None, key
            new = mutate(s, self.slip['mut'])
            self.slip_used = (s, new, what)
            return new
        return s

    def trap(self, name, desc):
        if name not in [t[0] for t in self.traps]:
            self.traps.append((name, desc))

    def add(self, *ls):
        for l in ls:
            if l is not None and l != '':
                self.lines.append(l)

    def sec(self, title):
        self.add('%s、%s' % (SEC[self.secno], title))
        self.secno += 1

    def table(self, rows, title=None, style=None):
        style = style or self.tstyle
        if title:
            self.tabno += 1
            self.add('表%d  %s' % (self.tabno, title))
        if style == 'pipe':
            for r in rows:
                self.add('| ' + ' | '.join(r) + ' |')
        elif style == 'md':
            self.add('| ' + ' | '.join(rows[0]) + ' |')
            self.add('|' + '|'.join(['---'] * len(rows[0])) + '|')
            for r in rows[1:]:
                self.add('| ' + ' | '.join(r) + ' |')
        elif style == 'tab':
            for r in rows:
                self.add('\t'.join(r))
        elif style == 'space':
            w = [max(cjk_width(r[i]) for r in rows) for i in range(len(rows[0]))]
            for r in rows:
                cells = []
                for i, c in enumerate(r):
                    cells.append(c + ' ' * (w[i] - cjk_width(c)))
                self.add(('    '.join(cells)).rstrip())
        else:
            raise ValueError(style)

    # -- financial model -------------------------------------------------------
    def gen_fin(self):
        r = self.rng
        sc = self.body['sc']
        f = {}
        f['h1'] = money(r, 150, 480, sc)
        f['h2'] = money(r, 8, 60, sc)
        f['H'] = f['h1'] + f['h2']
        f['G'] = money(r, 25, 90, sc)
        f['B'] = f['H'] + f['G']
        npj = r.randint(3, 4)
        names = r.sample(self.kd['projects'], npj)
        f['proj'] = [(n, money(r, 8, 120, sc)) for n in names]
        f['P'] = sum((a for _, a in f['proj']), D(0))
        f['X'] = f['B'] + f['P']
        f['K'] = money(r, 1, 30, sc)
        f['C0'] = money(r, 2, 35, sc)
        f['I'] = f['X'] + f['K'] - f['C0']
        f['c'] = money(r, 0.5, 12, sc)
        f['b'] = money(r, 10, 60, sc) if self.body.get('shiye') else D('0.00')
        f['a'] = f['I'] - f['b'] - f['c']
        if self.spec.get('round3') and f['b'] > 0:
            # nudge 其他收入 by whole cents until the three rounded shares do not add to 100.00
            while pc(f['a'], f['I']) + pc(f['b'], f['I']) + pc(f['c'], f['I']) == 100:
                f['c'] += C2
                f['a'] -= C2
        f['IT'] = f['I'] + f['C0']
        f['Ip'] = q2(f['I'] * D(r.randint(850, 1150)) / 1000)
        if f['Ip'] == f['I']:
            f['Ip'] += D('3.17')
        # 财政拨款 scope
        f['hb'] = q2(f['c'] * D(r.randint(20, 80)) / 100)
        f['FB'] = f['B'] - f['hb']
        f['FP'] = f['P'] - money(r, 1, 15, sc)
        f['F'] = f['FB'] + f['FP']
        f2 = q2(f['F'] * D(r.randint(70, 120)) / 1000)
        f3 = q2(f['F'] * D(r.randint(25, 50)) / 1000)
        f4 = q2(f['F'] * D(r.randint(35, 65)) / 1000)
        f1 = f['F'] - f2 - f3 - f4
        f['func'] = [['一般公共服务支出', f1], ['社会保障和就业支出', f2],
                     ['卫生健康支出', f3], ['住房保障支出', f4]]
        add1 = money(r, 5, 40, sc)
        f['func0'] = [f1 - add1, f2 + money(r, 0, 2), f3 - money(r, 0, 1.5), f4 + money(r, 0, 2)]
        f['F0'] = sum(f['func0'], D(0))
        f['Kf'] = money(r, 0.5, 9, sc)         # 财政拨款 unspent of 全年预算
        f['A'] = f['F'] + f['Kf']
        f['A1'] = f['A'] - f['F0']
        # 三公
        f['out_g'] = r.randint(2, 3)
        f['out_x'] = [r.randint(3, 6) for _ in range(f['out_g'])]
        f['ao'] = money(r, 2, 9)
        f['b1'] = money(r, 12, 26)
        f['b2'] = money(r, 2, 14)
        f['e'] = money(r, 0.4, 5)
        f['Tb_slack'] = money(r, 0.5, 6)
        f['Tp_f'] = D(r.randint(900, 1250)) / 1000
        f['k'] = r.randint(12, 90)
        f['kn'] = f['k'] * r.randint(3, 7) + r.randint(0, 9)
        f['v'] = r.randint(2, 6)
        f['mt'] = money(r, 0.5, 8)
        f['tt'] = money(r, 0.8, 12)
        f['J'] = q2(f['G'] * D(r.randint(700, 1300)) / 1000)
        if f['J'] == f['G']:
            f['J'] += D('1.23')
        f['Jp'] = q2(f['J'] * D(r.randint(850, 1150)) / 1000)
        if f['Jp'] == f['J']:
            f['Jp'] -= D('0.87')
        # 政府采购
        f['q1'] = money(r, 5, 60, sc)
        f['q2'] = money(r, 5, 80, sc)
        f['q3'] = money(r, 3, 50, sc)
        f['s_f'] = D(r.randint(600, 1000)) / 1000
        f['sm_f'] = D(r.randint(500, 1000)) / 1000
        # 人员
        f['e1'] = r.randint(12, 45)
        f['e2'] = r.randint(0, 12)
        f['e3'] = r.randint(1, 4)
        f['w1'] = f['e1'] - r.randint(0, 4)
        f['w2'] = max(0, f['e2'] - r.randint(0, 3))
        f['w3'] = f['e3'] - r.randint(0, 1)
        if f['w1'] + f['w2'] + f['w3'] == f['e1'] + f['e2'] + f['e3']:
            f['w1'] -= 2
        f['t1'] = r.randint(0, 2)
        f['t2'] = r.randint(6, 30)
        # 车辆
        f['veh'] = [('机要通信用车', r.randint(1, 2)), ('应急保障用车', r.randint(1, 2)),
                    ('特种专业技术用车', r.randint(0, 2)), ('其他用车', r.randint(1, 3))]
        f['area'] = r.randint(1800, 9800)
        f['eq50'] = r.randint(0, 3)
        # scores
        f['ded'] = [D(r.choice(['0', '0', '0', '0.5', '1', '1', '1.5', '2'])) for _ in range(8)]
        f['tgt'] = [r.random() for _ in range(8)]
        # work completion
        plan, unit, act, rname, lo, hi, over = self.kd['work']
        N = r.randint(lo, hi)
        if over:
            M = N + r.randint(1, max(2, N // 5))
        else:
            M = N - r.randint(0, max(2, N // 30))
        f['wN'], f['wM'] = N, M
        f['wppl'] = M * r.randint(2, 4) + r.randint(0, 3)
        # satisfaction survey
        f['sat_N'] = r.randint(120, 400)
        f['sat_M'] = f['sat_N'] - r.randint(3, 20)
        f['sat_k3'] = r.randint(1, 9)
        f['sat_k2'] = r.randint(10, 40)
        f['sat_k1'] = f['sat_M'] - f['sat_k2'] - f['sat_k3']
        if self.spec.get('halfsat'):
            # 157/160 = 98.125% -> 98.13% half-up (banker's rounding would give 98.12%)
            f['sat_N'], f['sat_M'], f['sat_k1'], f['sat_k2'], f['sat_k3'] = 168, 160, 136, 21, 3
        f['sat_s'] = pc(f['sat_k1'] + f['sat_k2'], f['sat_M'])
        if self.spec.get('half'):
            # engineered half-up: execution >= 99.995% shown as 100.00% with 0.01 结转
            f['Kf'] = D('0.01')
            f['A'] = f['F'] + f['Kf']
            f['A1'] = f['A'] - f['F0']
        return f

    # ======================================================================
    # blocks
    # ======================================================================
    def b_head(self, o):
        kind = self.spec['kind']
        n = self.body['name']
        if kind == 'self':
            self.add(n, '%s%d年度部门整体支出绩效自评报告' % (n, self.Y))
        elif kind == 'self2':
            self.add('%d年度%s部门整体支出绩效自评报告' % (self.Y, n))
        elif kind == 'final':
            self.add(n, '%s%d年度部门决算情况说明（节选）' % (n, self.Y))
        elif kind == 'budget':
            self.add(n, '%s%d年部门预算情况说明' % (n, self.Y))
        sh, pv, Y = self.body['short'], self.body['prov'], self.Y
        if kind in ('self', 'self2'):
            self.add('根据%s财政厅及本级财政部门关于开展%d年度部门整体支出绩效自评工作的通知要求，%s对%d年度部门整体支出情况开展了自评，'
                     '现将有关情况报告如下：' % (pv, Y, sh, Y))
        elif kind == 'final':
            self.add('按照%s财政厅及本级财政部门关于做好%d年度部门决算公开工作的要求，现将%s%d年度部门决算有关情况说明如下。' % (pv, Y, sh, Y))
        else:
            self.add('根据%s预算公开有关规定，现将%s%d年部门预算情况说明如下。' % (pv, sh, Y))

    def b_duty(self, o):
        self.add('（一）部门职责', '%s%s' % (self.body['short'], self.kd['duty']))

    def b_staff(self, o):
        f = self.fin
        r = self.rng
        nof = o.get('n', 5)
        offs = self.kd['offices'][:nof]
        E = f['e1'] + f['e2'] + f['e3']
        W = f['w1'] + f['w2'] + f['w3']
        T = f['t1'] + f['t2']
        R = W + T
        self.add('（二）机构设置及人员情况')
        word = '科室' if self.kd['unit'] == '科' else ('内设机构' if self.kd['unit'] == '室' else '部室')
        self.add('%s内设%s个%s，分别为%s。' % (
            self.body['short'], self.fig('staff.n', str(nof), '内设机构个数'), word, '、'.join(offs)))
        if o.get('form', 'prose') == 'prose':
            self.add('截至%d年末，核定编制%d名，其中行政编制%d名、事业编制%d名、工勤编制%d名；实有人数%d人，其中在职人员%d人、'
                     '离退休人员%d人。在职人员%d人中，行政人员%d人、事业人员%d人、工勤人员%s人。' % (
                         self.Y, E, f['e1'], f['e2'], f['e3'], R, W, T, W, f['w1'], f['w2'],
                         self.fig('staff.w3', str(f['w3']), '在职工勤人员')))
        else:
            rows = [['人员类别', '编制数（名）', '实有人数（人）'],
                    ['行政', str(f['e1']), str(f['w1'])],
                    ['事业', str(f['e2']), str(f['w2'])],
                    ['工勤', str(f['e3']), str(f['w3'])],
                    ['在职小计', str(E), str(W)],
                    ['离退休', '—', str(T)],
                    ['合计', str(E), str(R)]]
            self.table(rows, '%d年末人员编制及实有人数情况' % self.Y)
        self.trap('bianzhi_vs_shiyou', '编制数%d名 vs 实有在职%d人（空编），编制≠实有' % (E, W))

    def b_income(self, o):
        f = self.fin
        r = self.rng
        form = o.get('form', 'I1')
        a, b, c, I = f['a'], f['b'], f['c'], f['I']
        if form == 'I1':
            self.add('%d年度收入总计%s万元，包括本年收入%s万元和年初结转和结余%s万元。' % (
                self.Y, fm(f['IT']), fm(I), fm(f['C0'])))
            self.trap('total_incl_carry', '收入总计%s万元含年初结转和结余，≠本年收入%s万元' % (fm(f['IT']), fm(I)))
            items = [('财政拨款收入', a)]
            if b > 0:
                items.append(('事业收入', b))
            items.append(('其他收入', c))
            parts = []
            for j, (lab, v) in enumerate(items):
                s = '%s万元' % fm(v)
                if j == len(items) - 1:
                    s = self.fig('inc.c', s, '本年收入构成中的%s' % lab)
                parts.append(lab + s)
            if len(parts) == 3:
                ptxt = '%s、%s和%s' % tuple(parts)
            else:
                ptxt = '%s和%s' % tuple(parts)
            line = '本年收入由%s构成' % ptxt
            if o.get('shares'):
                sh = [pc(v, I) for _, v in items]
                shs = ['%s%%' % fp(x) for x in sh]
                shs[-1] = self.fig('inc.pc', shs[-1], '其他收入占本年收入比重')
                if len(shs) == 3:
                    line += '，分别占本年收入的%s、%s和%s' % tuple(shs)
                else:
                    line += '，分别占本年收入的%s和%s' % tuple(shs)
                tot = sum(sh, D(0))
                if tot != 100:
                    self.trap('round_shares', '收入占比逐项四舍五入后合计%s%%' % fp(tot))
            self.add(line + '。')
        elif form == 'I2':
            Ip = f['Ip']
            d = I - Ip
            w1, w2 = ('增加', '增长') if d > 0 else ('减少', '下降')
            self.add('%d年度本年收入合计%s万元，比上年%s万元%s%s，%s%s%%，主要原因是%s。其中：财政拨款收入%s万元，占%s%%。'
                     '加上年初结转和结余%s万元，收入总计%s万元。' % (
                         self.Y, fm(I), fm(Ip), w1, self.fig('inc.d', '%s万元' % fm(abs(d)), '本年收入比上年增减额'), w2,
                         self.fig('inc.r', fp(pc(abs(d), Ip)), '本年收入增减率'),
                         '人员调资及项目经费增加' if d > 0 else '部分一次性项目到期结束、相应经费减少', fm(a), fp(pc(a, I)), fm(f['C0']), fm(f['IT'])))
            self.trap('nonexh_qizhong', '“其中：财政拨款收入”只列一项，非穷举')
            self.trap('total_incl_carry', '收入总计%s万元含年初结转和结余，≠本年收入合计%s万元' % (fm(f['IT']), fm(I)))
            self.trap('other_year', '上年收入%s万元与本年数并列' % fm(Ip))

    def b_expend(self, o):
        f = self.fin
        X, B, P, H, G = f['X'], f['B'], f['P'], f['H'], f['G']
        form = o.get('form', 'X1')
        if form == 'X1':
            self.add('%d年度本年支出合计%s万元，其中：基本支出%s万元，占%s%%；项目支出%s万元，占%s%%。' % (
                self.Y, fm(X), fm(B), fp(pc(B, X)), fm(P), self.fig('exp.pP', fp(pc(P, X)), '项目支出占比')))
            self.add('基本支出%s万元，包括人员经费%s万元和公用经费%s两项；人员经费由工资福利支出%s万元和对个人和家庭的补助%s构成。'
                     '公用经费主要用于办公费、印刷费、水电费、差旅费、维修（护）费等日常运转支出。' % (
                         fm(B), fm(H), self.fig('exp.G', '%s万元' % fm(G), '公用经费'), fm(f['h1']),
                         self.fig('exp.h2', '%s万元' % fm(f['h2']), '对个人和家庭的补助')))
        else:
            rows = [['项目', '决算数', '占比(%)'],
                    ['基本支出', fm(B), fp(pc(B, X))],
                    ['其中：人员经费', fm(H), fp(pc(H, X))],
                    ['　　　公用经费', fm(G), fp(pc(G, X))],
                    ['项目支出', fm(P), fp(pc(P, X))],
                    ['合计', fm(X), '100.00']]
            self.table(rows, '%d年度支出决算结构（单位：万元）' % self.Y)
            if pc(B, X) + pc(P, X) != 100:
                self.trap('round_shares', '支出占比四舍五入后合计%s%%' % fp(pc(B, X) + pc(P, X)))
        if o.get('K'):
            self.add('收支相抵后，年末结转和结余%s，主要为%s等项目跨年度实施形成的结转资金。' % (
                self.fig('exp.K', '%s万元' % fm(f['K']), '年末结转和结余'), f['proj'][0][0]))

    def b_func(self, o):
        f = self.fin
        rows = [['科目名称', '年初预算数', '决算数', '完成年初预算(%)']]
        F0, F = f['F0'], f['F']
        func = [list(x) for x in f['func']]
        func0 = list(f['func0'])
        if o.get('zero_row'):
            # a row with no 年初预算: 追加 only
            z = money(self.rng, 0.6, 6)
            func[0][1] -= z
            func.append(['城乡社区支出', z])
            func0.append(D('0.00'))
        for (lab, v), v0 in zip(func, func0):
            rate = fp(pc(v, v0)) if v0 else '—'
            rows.append([lab, fm(v0), fm(v), rate])
        rows.append(['合计', fm(F0), fm(F), fp(pc(F, F0))])
        self.table(rows, '%d年度一般公共预算财政拨款支出决算（按功能分类，单位：万元）' % self.Y)
        if o.get('zero_row'):
            self.trap('zero_dash', '城乡社区支出年初预算为0，完成率列示“—”')
        over = [lab for (lab, v), v0 in zip(func, func0) if v0 and v > v0]
        self.add('%d年度一般公共预算财政拨款支出%s万元，完成年初预算%s万元的%s%%，决算数大于年初预算数的主要原因是年中追加了%s等经费。' % (
            self.Y, fm(F), fm(F0), fp(pc(F, F0)), f['proj'][0][0]))
        if F > F0:
            self.trap('over100_zhuijia', '财政拨款决算%s万元超年初预算%s万元（年中追加），完成率%s%%>100%%' % (fm(F), fm(F0), fp(pc(F, F0))))
        i = o.get('restate', 1)
        lab, v = func[i]
        use = {'一般公共服务支出': '机关日常运转和履职工作', '社会保障和就业支出': '机关事业单位基本养老保险缴费、职业年金缴费等',
               '卫生健康支出': '行政事业单位医疗和公务员医疗补助'}[lab]
        self.add('其中：%s%s，主要用于%s；%s%s万元，主要用于住房公积金和提租补贴。' % (
            lab, self.fig('func.prose', '%s万元' % fm(v), '%s（表中决算数%s）' % (lab, fm(v))), use, func[3][0], fm(func[3][1])))
        if o.get('scope'):
            self.add('一般公共预算财政拨款支出中，财政拨款基本支出%s万元，财政拨款项目支出%s万元。' % (fm(f['FB']), fm(f['FP'])))
            self.trap('scope_caizheng', '财政拨款项目支出%s万元 vs 全部资金项目支出%s万元（口径不同）' % (fm(f['FP']), fm(f['P'])))

    def b_exec(self, o):
        f = self.fin
        A0, A1, A, S, K = f['F0'], f['A1'], f['A'], f['F'], f['Kf']
        r = pc(S, A)
        self.add('%d年度财政拨款年初预算%s万元，年中追加预算%s万元，调整后全年预算%s万元；财政拨款实际支出%s万元，'
                 '按全年预算计算的预算执行率为%s，实际支出为年初预算的%s%%。' % (
                     self.Y, fm(A0), fm(A1), fm(A), fm(S), self.fig('be.r', '%s%%' % fp(r), '预算执行率'), fp(pc(S, A0))))
        self.add('年末财政拨款结转%s，主要为跨年度合同尾款，已按规定结转下年使用。' % self.fig('be.K', '%s万元' % fm(K), '财政拨款年末结转'))
        if any(b[0] in ('income', 'expend') for b in self.spec['blocks']):
            self.trap('rate_caizheng_only', '执行率以财政拨款全年预算%s万元为分母，而本年支出/收入合计（%s/%s万元）为全部资金口径' % (
                fm(A), fm(f['X']), fm(f['I'])))
        self.trap('rate_full_vs_initial', '执行率按全年预算%s万元计算（%s%%），同句另列年初预算%s万元' % (fm(A), fp(r), fm(A0)))
        if S > A0:
            self.trap('over100_zhuijia', '实际支出为年初预算的%s%%（年中追加后），超过100%%属正常' % fp(pc(S, A0)))
        if self.spec.get('half'):
            self.trap('round_halfup', '执行率%s/%s=%s%%，四舍五入为100.00%%，但仍结转0.01万元' % (
                fm(S), fm(A), fp(pc(S, A, 4))))

    def b_proj(self, o):
        f = self.fin
        form = o.get('form', 'list')
        pj = f['proj']
        P = f['P']
        if form == 'list':
            parts = []
            for j, (n, a) in enumerate(pj):
                s = '%s万元' % fm(a)
                if j == 1:
                    s = self.fig('pj.a', s, '%s支出' % n)
                parts.append(n + s)
            self.add('%d年度共实施项目%s个，分别为%s，项目支出合计%s万元。' % (
                self.Y, self.fig('pj.n', str(len(pj)), '项目个数'), '、'.join(parts), fm(P)))
        elif form == 'major':
            big = sorted(pj, key=lambda t: -t[1])[:2]
            self.add('%d年度项目支出%s万元，主要用于%s%s万元、%s%s万元等重点项目。' % (
                self.Y, fm(P), big[0][0], fm(big[0][1]), big[1][0], fm(big[1][1])))
            self.trap('major_only', '项目支出%s万元下只列两个重点项目（%s万元），非穷举' % (fm(P), fm(big[0][1] + big[1][1])))
        elif form == 'table':
            r = self.rng
            rows = [['项目名称', '全年预算数', '实际支出', '执行率(%)', '结转下年']]
            tb = ts = tk = D(0)
            for j, (n, a) in enumerate(pj):
                kk = money(r, 0, 6) if j != 0 else D('0.00')
                bb = a + kk
                rate = fp(pc(a, bb))
                if j == 2:
                    rate = self.fig('pjt.rate', rate, '%s执行率' % n)
                rows.append([n, fm(bb), fm(a), rate, fm(kk)])
                tb += bb
                ts += a
                tk += kk
            rows.append(['合计', fm(tb), fm(ts), fp(pc(ts, tb)), fm(tk)])
            self.table(rows, '%d年度项目支出执行情况（单位：万元）' % self.Y)

    def b_sangong(self, o):
        f = self.fin
        r = self.rng
        out = o.get('out', False)
        car = o.get('car', False)
        ao = f['ao'] if out else D('0.00')
        b1 = f['b1'] if car else D('0.00')
        b2 = f['b2']
        bb = b1 + b2
        e = f['e']
        T = ao + bb + e
        Tb = T + f['Tb_slack']
        if o.get('over'):
            Tb = T - min(q2(f['Tb_slack'] / 3), q2(T * D('0.08')))
        Tp = q2(T * f['Tp_f'])
        if Tp == T:
            Tp += D('0.31')
        d = T - Tp
        w1, w2 = ('增加', '增长') if d > 0 else ('减少', '下降')
        form = o.get('form', 'prose')
        self.add('（%s）“三公”经费支出情况' % o.get('no', '一'))
        if form == 'prose':
            self.add('%d年度财政拨款“三公”经费支出%s万元，完成全年预算%s万元的%s，比上年%s万元%s%s，%s%s%%。%s' % (
                self.Y, fm(T), fm(Tb), self.fig('sg.rT', '%s%%' % fp(pc(T, Tb)), '“三公”经费预算完成率'), fm(Tp), w1,
                self.fig('sg.d', '%s万元' % fm(abs(d)), '“三公”经费比上年增减额'), w2, fp(pc(abs(d), Tp)),
                '决算数超过预算数的主要原因是承接上级调研检查任务增加，公务接待及用车支出相应增加。' if T > Tb else
                ('比上年增加的主要原因是恢复开展对外交流及公务用车维修费用增加。' if d > 0 else '比上年减少的主要原因是严格落实过紧日子要求，压减一般性支出。')))
            self.add('其中：因公出国（境）费%s万元，公务用车购置及运行维护费%s万元，公务接待费%s万元。' % (fm(ao), fm(bb), fm(e)))
            if out:
                xs = f['out_x']
                dests = ['赴新加坡考察城市基层治理团组', '赴德国学习职业教育培训团组', '赴日本考察档案数字化管理团组',
                         '赴澳门开展联谊交流团组']
                dl = r.sample(dests, len(xs))
                its = ['%s（%d人）' % (dn, x) for dn, x in zip(dl, xs)]
                lst = '、'.join(its[:-1]) + '和' + its[-1]
                self.add('1.因公出国（境）费%s万元，全年组织因公出国（境）团组%s个、累计%s人次，分别为%s。' % (
                    fm(ao), self.fig('sg.g', str(len(xs)), '出国团组个数'),
                    self.fig('sg.gn', str(sum(xs)), '出国人次'), lst))
            else:
                self.add('1.因公出国（境）费0.00万元，全年未安排因公出国（境）团组，与上年持平。')
                self.trap('zero_weifasheng', '因公出国（境）费0.00万元，未发生')
            if car:
                self.add('2.公务用车购置及运行维护费%s万元，其中：公务用车购置费%s万元，公务用车运行维护费%s。年末公务用车保有量%d辆，'
                         '本年更新购置公务用车1辆。' % (fm(bb), fm(b1), self.fig('sg.b2', '%s万元' % fm(b2), '公务用车运行维护费'), f['v']))
            else:
                self.add('2.公务用车购置及运行维护费%s万元，其中：公务用车购置费0.00万元，公务用车运行维护费%s。年末公务用车保有量%d辆，'
                         '主要用于机要通信、应急保障等公务出行。' % (fm(bb), self.fig('sg.b2', '%s万元' % fm(b2), '公务用车运行维护费'), f['v']))
            self.add('3.公务接待费%s万元，全年国内公务接待%d批次、%d人次，外事接待0批次。' % (fm(e), f['k'], f['kn']))
            self.trap('pici_vs_renci', '公务接待%d批次、%d人次' % (f['k'], f['kn']))
            self.trap('other_year', '上年“三公”经费%s万元与本年%s万元并列' % (fm(Tp), fm(T)))
        else:
            def row(lab, bud, act, prev):
                return [lab, fm(bud), fm(act), fm(prev)]
            # split budget / prev by items proportionally (exact)
            bao = ao + (money(r, 0, 1) if out else D(0))
            bb1 = b1
            bb2 = b2 + money(r, 0.2, 3)
            be = Tb - bao - bb1 - bb2
            if be < e:
                be = e + money(r, 0.1, 1)
                Tb = bao + bb1 + bb2 + be
            pao = q2(ao * f['Tp_f']) if out else D('0.00')
            pb1 = D('0.00')
            pb2 = q2(b2 * D(r.randint(900, 1200)) / 1000)
            pe = q2(e * f['Tp_f'])
            Tp = pao + pb1 + pb2 + pe
            d = T - Tp
            if d == 0:
                pe += D('0.05')
                Tp += D('0.05')
                d = T - Tp
            w1, w2 = ('增加', '增长') if d > 0 else ('减少', '下降')
            rows = [['项目', '全年预算数', '决算数', '上年决算数'],
                    row('因公出国（境）费', bao, ao, pao),
                    row('公务用车购置及运行维护费', bb1 + bb2, bb, pb1 + pb2),
                    row('其中：公务用车购置费', bb1, b1, pb1),
                    row('　　　公务用车运行维护费', bb2, b2, pb2),
                    row('公务接待费', be, e, pe),
                    row('合计', Tb, T, Tp)]
            self.table(rows, '%d年度财政拨款“三公”经费支出决算（单位：万元）' % self.Y)
            self.add('%d年度“三公”经费决算%s万元，全年预算%s万元，完成预算的%s，比上年决算%s万元%s%s，%s%s%%。' % (
                self.Y, fm(T), fm(Tb), self.fig('sg.rT', '%s%%' % fp(pc(T, Tb)), '“三公”经费预算完成率'),
                fm(Tp), w1, self.fig('sg.d', '%s万元' % fm(abs(d)), '“三公”经费比上年增减额'), w2, fp(pc(abs(d), Tp))))
            if not out and o.get('zz'):
                self.add('因公出国（境）费全年预算0.00万元、决算0.00万元，预算执行率按100%计（未发生因公出国（境）支出）。')
                self.trap('zero_weifasheng', '因公出国（境）费预算0、决算0，执行率按100%计（0/0）')
            elif not out:
                self.add('因公出国（境）费全年预算0.00万元、决算0.00万元，未发生因公出国（境）支出。')
                self.trap('zero_weifasheng', '因公出国（境）费预算、决算均为0，未发生')
            self.add('公务接待费支出%s，共接待%d批次、%d人次；公务用车运行维护费支出%s，主要用于%d辆公务用车的燃油、维修、保险等支出。' % (
                self.fig('sg.e_prose', '%s万元' % fm(e), '公务接待费（表中决算数%s）' % fm(e)), f['k'], f['kn'],
                self.fig('sg.b2_unit', '%s万元' % fm(b2), '公务用车运行维护费（表中决算数%s万元）' % fm(b2)), f['v']))
            self.trap('pici_vs_renci', '公务接待%d批次、%d人次' % (f['k'], f['kn']))
            self.trap('other_year', '上年决算列与本年决算列并列（%s vs %s）' % (fm(Tp), fm(T)))
        if o.get('meeting_note', True):
            self.add('另，全年会议费支出%s万元、培训费支出%s万元，按规定未计入“三公”经费。' % (fm(f['mt']), fm(f['tt'])))
            self.trap('sangong_excl_meeting', '“三公”经费合计%s万元不含会议费%s万元、培训费%s万元' % (fm(T), fm(f['mt']), fm(f['tt'])))
        if T > Tb:
            self.trap('over100', '“三公”经费决算超全年预算，完成率%s%%>100%%（有说明）' % fp(pc(T, Tb)))

    def b_meet(self, o):
        f = self.fin
        r = self.rng
        tr = self.kd['train']
        ds = [r.randint(1, 5) for _ in tr]
        ps = [r.randint(30, 150) for _ in tr]
        k = r.randint(4, 15)
        pk = k * r.randint(40, 120)
        items = '、'.join('%s（%d天，%d人）' % (n, dd, pp) for n, dd, pp in zip(tr[:-1], ds[:-1], ps[:-1]))
        items += '和%s（%d天，%d人）' % (tr[-1], ds[-1], ps[-1])
        self.add('（%s）会议费和培训费支出情况' % o.get('no', '二'))
        self.add('%d年度会议费支出%s万元，全年召开%s等会议%d次、参会%d人次；培训费支出%s万元，举办培训班%s期，分别为%s，累计培训%s人次。' % (
            self.Y, fm(f['mt']), self.kd['meeting'], k, pk, fm(f['tt']),
            self.fig('mt.j', str(len(tr)), '培训班期数'), items, self.fig('mt.P', str(sum(ps)), '累计培训人次')))
        self.trap('ren_vs_renci', '各期培训按“人”列示，合计按“人次”（%d人次），会议参会%d人次' % (sum(ps), pk))
        self.trap('nonexh_deng', '“召开…等会议%d次”未逐项列示' % k)

    def b_ops(self, o):
        f = self.fin
        J, Jp = f['J'], f['Jp']
        d = J - Jp
        w1, w2 = ('增加', '增长') if d > 0 else ('减少', '下降')
        lab = '机关运行经费支出' if self.spec['kind'] != 'budget' else '机关运行经费预算'
        prev = '上年' if self.spec['kind'] != 'budget' else '上年预算'
        self.add('（%s）机关运行经费' % o.get('no', '三'))
        line = '%d年度%s%s万元，比%s%s万元%s%s，%s%s%%' % (
            self.Y, lab, fm(J), prev, fm(Jp), w1, self.fig('ops.d', '%s万元' % fm(abs(d)), '机关运行经费增减额'), w2,
            self.fig('ops.r', fp(pc(abs(d), Jp)), '机关运行经费增减率'))
        if o.get('tongkou'):
            x = money(self.rng, 1, 6)
            d2 = J - x - Jp
            w3 = '增加' if d2 > 0 else '减少'
            line += '；剔除本年新划入的集中办公区物业管理费%s万元后，同口径比上年%s%s万元' % (fm(x), w3, fm(abs(d2)))
            self.trap('tongkoujing', '同口径增减额%s万元≠名义增减额%s万元（剔除划入%s万元）' % (fm(abs(d2)), fm(abs(d)), fm(x)))
        line += '，主要原因是%s。机关运行经费主要用于办公费、印刷费、水电费、邮电费、物业管理费、公务用车运行维护费等日常运行支出。' % (
            '集中办公区物业服务费标准调整' if d > 0 else '厉行节约、压减日常公用支出')
        self.add(line)
        self.trap('nonexh_deng', '机关运行经费“主要用于…等”')
        if any(b[0] in ('expend', 'budget_doc') for b in self.spec['blocks']):
            self.trap('gongyong_vs_jiguan', '机关运行经费%s万元 ≠ 公用经费%s万元（口径不同）' % (fm(J), fm(f['G'])))
        self.trap('other_year', '上年机关运行经费%s万元' % fm(Jp))

    def b_procure(self, o):
        f = self.fin
        q1, q2_, q3 = f['q1'], (f['q2'] if o.get('works', True) else D('0.00')), f['q3']
        Q = q1 + q2_ + q3
        s = q2(Q * f['s_f'])
        sm = q2(s * f['sm_f'])
        lab = '政府采购支出总额' if self.spec['kind'] != 'budget' else '政府采购预算'
        self.add('（%s）政府采购情况' % o.get('no', '四'))
        form = o.get('form', 'prose')
        if self.spec['kind'] == 'budget':
            parts = ['政府采购货物预算%s万元' % fm(q1)]
            if q2_ > 0:
                parts.append('政府采购工程预算%s万元' % fm(q2_))
            parts.append('政府采购服务预算%s万元' % fm(q3))
            self.add('%d年政府采购预算%s万元，由%s构成。面向中小企业预留采购份额%s万元，占政府采购预算的%s%%。' % (
                self.Y, fm(Q), '和'.join(parts) if len(parts) == 2 else '、'.join(parts[:-1]) + '和' + parts[-1],
                fm(s), fp(pc(s, Q))))
        elif form == 'prose':
            y = '（%s元）' % fy(Q) if o.get('yuan') else ''
            self.add('%d年度%s%s万元%s，其中：政府采购货物支出%s万元、政府采购工程支出%s、政府采购服务支出%s万元。'
                     '授予中小企业合同金额%s万元，占政府采购支出总额的%s%%，其中授予小微企业合同金额%s万元，占政府采购支出总额的%s。' % (
                         self.Y, lab, fm(Q), y, fm(q1), self.fig('pr.q2', '%s万元' % fm(q2_), '政府采购工程支出'), fm(q3),
                         fm(s), fp(pc(s, Q)), fm(sm), self.fig('pr.psm', '%s%%' % fp(pc(sm, Q)), '小微企业占比')))
            if o.get('yuan'):
                self.trap('yuan_cents', '政府采购支出总额%s万元同时以元列示（%s元）' % (fm(Q), fy(Q)))
        else:
            sq = [q2(x * f['s_f']) for x in (q1, q2_, q3)]
            s = sum(sq, D(0))
            rows = [['采购类别', '采购金额', '授予中小企业合同金额'],
                    ['货物', fm(q1), fm(sq[0])],
                    ['工程', fm(q2_), fm(sq[1])],
                    ['服务', fm(q3), fm(sq[2])],
                    ['合计', fm(Q), fm(s)]]
            self.table(rows, '%d年度政府采购支出情况（单位：万元）' % self.Y)
            self.add('全年政府采购支出%s万元，授予中小企业合同金额%s万元，占比%s%%。' % (fm(Q), fm(s), fp(pc(s, Q))))
        if q2_ == 0:
            self.trap('zero_weifasheng', '政府采购工程支出0.00万元')
        self.trap('nonexh_qizhong_small', '“其中授予小微企业”为中小企业合同的一部分')

    def b_assets(self, o):
        f = self.fin
        r = self.rng
        veh = f['veh']
        V = sum(x for _, x in veh)
        parts = []
        for j, (n, x) in enumerate(veh):
            s = '%d辆' % x
            if j == 2:
                s = self.fig('as.v', s, n)
            parts.append(n + s)
        AT = money(r, 300, 2400, self.body['sc'])
        fa = q2(AT * D(r.randint(400, 700)) / 1000)
        ca = q2(AT * D(r.randint(150, 300)) / 1000)
        self.add('（%s）国有资产占用情况' % o.get('no', '五'))
        self.add('截至%d年12月31日，%s资产总额%s万元，其中：固定资产%s万元、流动资产%s万元等；房屋建筑面积%d平方米；共有车辆%d辆，'
                 '分别为%s；单价50万元以上通用设备%d台（套），单价100万元以上专用设备0台（套）。' % (
                     self.Y + o.get('yoff', 0), self.body['short'], fm(AT), fm(fa), fm(ca), f['area'], V, '、'.join(parts), f['eq50']))
        self.trap('nonexh_deng', '资产总额“其中：固定资产、流动资产等”非穷举（%s+%s<%s）' % (fm(fa), fm(ca), fm(AT)))

    def b_work(self, o):
        f = self.fin
        r = self.rng
        plan, unit, act, rname, lo, hi, over = self.kd['work']
        N, M = f['wN'], f['wM']
        rate = pc(M, N)
        if self.body['kind'] == '工会':
            ppl = f['wppl']
            self.add('%s%d%s，%s%d%s、惠及家庭成员%d人，%s%s%%。' % (
                plan, N, unit, act, M, unit, ppl, rname, self.fig('cp.r', fp(rate), rname)))
            self.trap('hu_vs_ren', '帮扶%d户 vs 惠及%d人' % (M, ppl))
        else:
            self.add('%s%d%s，%s%d%s，%s%s%%。' % (plan, N, unit, act, M, unit, rname, self.fig('cp.r', fp(rate), rname)))
        if M > N:
            self.trap('over100_target', '%s%s%%>100%%（超额完成）' % (rname, fp(rate)))

    def _perf_rows(self):
        """indicator list: (group, sub, name, target, actual, weight, score)"""
        f = self.fin
        r = self.rng
        kd = self.kd
        rows = []
        wts = [20, 15, 15]
        ded = f['ded']
        for j, (sub, name, unit, lo, hi) in enumerate(kd['out']):
            if unit == '%':
                tgt = '≥%d%%' % lo if lo < 100 else '100%'
                act = '%s%%' % fp(q2(D(r.randint(lo * 100, 10000)) / 100)) if lo < 100 else '100%'
            else:
                n = r.randint(lo, hi)
                m = n + r.randint(0, max(1, n // 6))
                if kd['wi'] == j:
                    if kd['work'][6]:
                        n, m = f['wN'], f['wM']
                    else:
                        n, m = f['wN'] // 100 * 100, f['wN']
                tgt = '≥%d%s' % (n, unit)
                act = '%d%s' % (m, unit)
            rows.append(['产出指标', sub, name, tgt, act, wts[j], wts[j] - ded[j]])
        for j, (sub, name, val) in enumerate(kd['eff']):
            rows.append(['效益指标', sub, name, val, val, 15, 15 - ded[3 + j]])
        sp = f['sat_s']
        rows.append(['满意度指标', '服务对象满意度指标', kd['sat'], '≥90%', '%s%%' % fp(sp), 10, 10 - ded[5]])
        return rows

    def b_perf_table(self, o):
        f = self.fin
        rows = self._perf_rows()
        # 预算执行率 row: score = 分值 × 执行率
        er = pc(f['F'], f['A'])
        es = q2(10 * er / 100)
        rows.append(['预算执行', '预算执行率', '预算执行率', '100%', '%s%%' % fp(er), 10, es])
        hdr = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']
        out = [hdr]
        sub = o.get('subtotal', True)
        tot_w = D(0)
        tot_s = D(0)
        slip_idx = o.get('slip_row', 1)
        groups = [('产出指标', [x for x in rows if x[0] == '产出指标']),
                  ('效益指标', [x for x in rows if x[0] == '效益指标']),
                  ('满意度指标', [x for x in rows if x[0] == '满意度指标']),
                  ('预算执行', [x for x in rows if x[0] == '预算执行'])]
        k = 0
        for g, rs in groups:
            gw = gs = D(0)
            for j, x in enumerate(rs):
                sc = fs(x[6])
                if k == slip_idx:
                    sc = self.fig('pt.s', sc, '%s得分' % x[2])
                k += 1
                out.append([g if j == 0 else '', x[1], x[2], x[3], x[4], str(x[5]), sc])
                gw += x[5]
                gs += D(x[6])
            if sub and len(rs) > 1:
                out.append(['%s小计' % g, '', '', '', '', str(gw), fs(gs)])
            tot_w += gw
            tot_s += gs
        out.append(['合计', '', '', '', '', str(tot_w), fs(tot_s)])
        self.table(out, '%d年度部门整体支出绩效自评表' % self.Y, style=o.get('style'))
        self.add('注：预算执行率得分按“预算执行率×分值”计算，为%s分。' % fs(es))
        self.S = tot_s
        if any(x[4] != x[3] and x[3].startswith('≥') and not x[4].endswith('%') for x in rows):
            self.trap('target_exceeded', '数量指标实际完成值超过年度指标值')

    def b_perf_prose(self, o):
        f = self.fin
        rows = self._perf_rows()
        er = pc(f['F'], f['A'])
        s1 = q2(10 * er / 100)
        w2 = sum(x[5] for x in rows if x[0] == '产出指标')
        s2 = sum((D(x[6]) for x in rows if x[0] == '产出指标'), D(0))
        w3 = sum(x[5] for x in rows if x[0] == '效益指标')
        s3 = sum((D(x[6]) for x in rows if x[0] == '效益指标'), D(0))
        w4 = 10
        s4 = D(rows[-1][6])
        out = [x for x in rows if x[0] == '产出指标']
        self.add('（一）预算执行情况（分值10分）：财政拨款全年预算%s万元，实际支出%s万元，预算执行率%s%%，按“预算执行率×分值”计算得分%s分。' % (
            fm(f['A']), fm(f['F']), fp(er), fs(s1)))
        self.add('（二）产出指标（分值%d分）：%s完成%s，%s完成%s，%s达到%s，得分%s分。' % (
            w2, out[0][2], out[0][4], out[1][2], out[1][4], out[2][2], out[2][4],
            self.fig('pp.s', fs(s2), '产出指标得分')))
        self.add('（三）效益指标（分值%d分）：%s%s，%s%s，得分%s分，得分率%s%%。' % (
            w3, rows[3][2], rows[3][4], rows[4][2], rows[4][4], fs(s3), fp(pc(s3, w3))))
        self.add('（四）满意度指标（分值%d分）：%s为%s，得分%s分。' % (w4, rows[5][2], rows[5][4], fs(s4)))
        S = s1 + s2 + s3 + s4
        self.add('以上四项合计得分%s分。' % fs(S))
        self.trap('defen_lv', '效益指标得分%s分、得分率%s%%（得分率≠得分）' % (fs(s3), fp(pc(s3, w3))))
        self.S = S

    def b_perf_excerpt(self, o):
        """部分个性指标（节选），no total row"""
        rows = self._perf_rows()
        pick = [rows[0], rows[1], rows[2], rows[5]]
        out = [['三级指标', '年度指标值', '实际完成值', '分值', '得分']]
        for j, x in enumerate(pick):
            sc = fs(x[6])
            if j == o.get('slip_row', 1):
                sc = self.fig('pe.s', sc, '%s得分（分值%d）' % (x[2], x[5]))
            out.append([x[2], x[3], x[4], str(x[5]), sc])
        self.table(out, '部分个性指标完成情况（节选）', style=o.get('style'))
        self.trap('excerpt_no_total', '节选指标表无合计行，分值合计不为100')

    def b_perf_items(self, o):
        rows = self._perf_rows()
        x0, x1, x2 = rows[0], rows[1], rows[3]
        self.add('主要个性指标完成情况：%s（分值%d分），年度指标值%s，实际完成%s，得分%s分；%s（分值%d分），年度指标值%s，实际完成%s，'
                 '得分%s分；%s（分值%d分），%s，得分%s分。' % (
                     x0[2], x0[5], x0[3], x0[4], fs(x0[6]),
                     x1[2], x1[5], x1[3], x1[4], self.fig('pi.s', fs(x1[6]), '%s得分（分值%d）' % (x1[2], x1[5])),
                     x2[2], x2[5], x2[4], fs(x2[6])))

    def b_sat(self, o):
        f = self.fin
        r = self.rng
        N, M, k1, k2, k3, s = f['sat_N'], f['sat_M'], f['sat_k1'], f['sat_k2'], f['sat_k3'], f['sat_s']
        self.add('通过问卷调查开展满意度测评，共发放问卷%d份，回收有效问卷%d份，其中满意%d份、基本满意%d份、不满意%d份，'
                 '满意度（满意和基本满意问卷占有效问卷的比例）为%s。' % (
                     N, M, k1, k2, k3, self.fig('sat.s', '%s%%' % fp(s), '满意度')))
        if pc(k1 + k2, M, 4) != pc(k1 + k2, M, 2):
            x4 = pc(k1 + k2, M, 3)
            if str(x4).endswith('5'):
                self.trap('round_halfup', '满意度%d/%d=%s%%，四舍五入（half-up）为%s%%' % (k1 + k2, M, fp(x4), fp(s)))
        self.trap('fafang_vs_huishou', '满意度以有效问卷%d份为分母，不是发放%d份' % (M, N))

    def b_concl(self, o):
        f = self.fin
        bk = o.get('bands', 'none')
        txt, bands = BANDS[bk]
        S = getattr(self, 'S', None)
        if S is None or o.get('S') is not None:
            S = D(o.get('S', '93.5'))
        G = grade_of(S, bands)
        if any(S == lo for lo, _ in bands if lo):
            self.trap('band_edge', '得分%s恰为等级下限（含），等级“%s”' % (fs(S), G))
        self.add(txt)
        line = '经综合评价，%s%d年度部门整体支出绩效自评得分%s分，评价等级为%s。' % (
            self.body['short'], self.Y, fs(S), self.fig('cc.G', '“%s”' % G, '评价等级'))
        if o.get('prev'):
            Sp = D(o['prev'])
            line += '（%d年度自评得分%s分，等级为“%s”。）' % (self.Y - 1, fs(Sp), grade_of(Sp, bands))
            self.trap('other_year', '上年自评得分%s分与本年%s分并列' % (fs(Sp), fs(S)))
        self.add(line)

    def b_problems(self, o):
        self.add('%s、存在的问题及改进措施' % SEC[self.secno])
        self.secno += 1
        self.add('一是预算编制精细化程度有待提高，个别项目年中追加较多；二是绩效指标设置以定性指标为主，量化程度不够。'
                 '下一步将加强预算编制与绩效目标的衔接，细化量化绩效指标，提升资金使用效益。')

    def b_sec(self, o):
        self.sec(o['t'])

    def b_text(self, o):
        self.add(o['t'])

    def b_budget_doc(self, o):
        """2025 预算说明: income / expend / 三公 / 绩效目标"""
        f = self.fin
        c = f['c']
        I = f['B'] + f['P'] + f['K']
        a = I - c
        self.sec('收支预算总体情况')
        self.add('%d年收入预算%s万元，由财政拨款收入%s万元和其他收入%s万元构成，分别占收入预算的%s%%和%s%%。' % (
            self.Y, fm(I), fm(a), fm(c), fp(pc(a, I)), fp(pc(c, I))))
        X, B, P, H, G = f['X'], f['B'], f['P'], f['H'], f['G']
        # budget: no carry-over, income = expenditure
        P2 = P + f['K']
        self.add('%d年支出预算%s万元，其中：基本支出%s万元，占%s%%；项目支出%s万元，占%s%%。基本支出包括人员经费%s万元和公用经费%s万元两项。' % (
            self.Y, fm(I), fm(B), fp(pc(B, I)), fm(P2), fp(pc(P2, I)), fm(H), fm(G)))
        if pc(B, I) + pc(P2, I) != 100 or pc(a, I) + pc(c, I) != 100:
            self.trap('round_shares', '占比四舍五入后合计不为100%')
        self.sec('“三公”经费预算情况')
        b2 = f['b2']
        e = f['e']
        T = b2 + e
        Tp = q2(T * f['Tp_f'])
        d = T - Tp
        w1, w2 = ('增加', '增长') if d > 0 else ('减少', '下降')
        self.add('%d年“三公”经费预算%s万元，比上年预算%s万元%s%s万元，%s%s%%。其中：因公出国（境）费0.00万元，公务用车购置及运行维护费%s万元'
                 '（全部为公务用车运行维护费），公务接待费%s万元。' % (
                     self.Y, fm(T), fm(Tp), w1, fm(abs(d)), w2, fp(pc(abs(d), Tp)), fm(b2), fm(e)))
        self.trap('zero_weifasheng', '因公出国（境）费预算0.00万元')
        self.trap('other_year', '上年预算%s万元' % fm(Tp))


# --------------------------------------------------------------------------
# the 40 documents
# --------------------------------------------------------------------------
def B(name, **o):
    return (name, o)


SPECS = []


def spec(**kw):
    SPECS.append(kw)


# ---- slip documents ---------------------------------------------------
# S1 sum.breakdown : 收入构成 其他收入
spec(tag='S1', body=7, year=2021, seed=1, kind='self', tstyle='tab',
     slip=dict(family='sum.breakdown', site='inc.c', mut=('transpose',)),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=5),
             B('sec', t='部门整体收支情况'), B('income', form='I1'), B('expend', form='X1', K=True),
             B('sec', t='绩效目标完成情况'), B('work'), B('sat'),
             B('sec', t='自评结论'), B('concl', bands='std4', S='92.5'), B('problems')])
# S2 sum.breakdown : 项目列表 一个项目金额
spec(tag='S2', body=3, year=2023, seed=2, kind='self2', tstyle='tab',
     slip=dict(family='sum.breakdown', site='pj.a', mut=('transpose',)),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6, form='table'),
             B('sec', t='预算执行情况'), B('exec'), B('proj', form='list'),
             B('sec', t='三公经费及其他支出'), B('sangong', form='prose', out=False, no='一'), B('ops', no='二'),
             B('sec', t='自评结论'), B('concl', bands='ylzc', S='94'), B('problems')])
# S3 rate.ratio : 预算执行率
spec(tag='S3', body=4, year=2022, seed=3, kind='self', tstyle='pipe',
     slip=dict(family='rate.ratio', site='be.r', mut=('transpose',)),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='部门预算执行情况'), B('exec'), B('func', restate=1),
             B('sec', t='绩效指标完成情况'), B('work'), B('perf_excerpt', slip_row=9),
             B('sec', t='自评结论'), B('concl', bands='std4', S='95.5'), B('problems')])
# S4 rate.ratio : 满意度
spec(tag='S4', body=8, year=2020, seed=4, kind='self', tstyle='space',
     slip=dict(family='rate.ratio', site='sat.s', mut=('transpose',)),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=5),
             B('sec', t='部门整体收支情况'), B('income', form='I2'), B('expend', form='table'),
             B('sec', t='绩效目标实现情况'), B('work'), B('sat'), B('perf_items'),
             B('sec', t='自评结论'), B('concl', bands='none', S='91'), B('problems')])
# S5 balance.carryover : 年末结转和结余
spec(tag='S5', body=9, year=2023, seed=5, kind='final', tstyle='pipe',
     slip=dict(family='balance.carryover', site='exp.K', mut=('transpose',)),
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='一般公共预算财政拨款支出决算情况'), B('func', restate=1, scope=True),
             B('sec', t='其他重要事项情况说明'), B('sangong', form='prose', out=False, car=False, no='一'),
             B('ops', no='二'), B('procure', no='三')])
# S6 balance.carryover : 财政拨款年末结转
spec(tag='S6', body=5, year=2019, seed=6, kind='self', tstyle='md',
     slip=dict(family='balance.carryover', site='be.K', mut=('delta', '0.30')),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=5),
             B('sec', t='预算执行情况'), B('exec'), B('proj', form='major'),
             B('sec', t='绩效目标完成情况'), B('work'), B('perf_table', subtotal=False),
             B('sec', t='自评结论'), B('concl', bands='std4'), B('problems')])
# S7 change : 三公 比上年增减额
spec(tag='S7', body=2, year=2024, seed=7, kind='final', tstyle='tab',
     slip=dict(family='change', site='sg.d', mut=('transpose',)),
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1', shares=False), B('expend', form='X1', K=True),
             B('sec', t='“三公”经费及会议费培训费'), B('sangong', form='prose', out=True, car=True, no='一'),
             B('meet', no='二'), B('sec', t='其他重要事项'), B('ops', no='一'), B('assets', no='二')])
# S8 change : 2025 预算说明 机关运行经费
spec(tag='S8', body=10, year=2025, seed=8, kind='budget', tstyle='pipe',
     slip=dict(family='change', site='ops.d', mut=('delta', '-0.10')),
     blocks=[B('head'), B('budget_doc'), B('sec', t='机关运行经费及政府采购预算'), B('ops', no='一'), B('procure', no='二', works=False),
             B('sec', t='绩效目标设置情况'), B('text', t='2025年团县委全部项目均编制了绩效目标，绩效目标覆盖率100%。'),
             B('text', t='主要目标为：开展主题团日活动不少于40场，资助困难学生不少于150人，青少年满意度不低于90%。')])
# S9 score.total : 绩效自评表 一个指标得分
spec(tag='S9', body=1, year=2022, seed=9, kind='self', tstyle='pipe',
     slip=dict(family='score.total', site='pt.s', mut=('delta', '-1')),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='部门预算执行情况'), B('exec'),
             B('sec', t='绩效自评情况'), B('work'), B('perf_table', subtotal=True, slip_row=1),
             B('concl', bands='std4'), B('problems')])
# S10 score.total : 产出指标得分 prose
spec(tag='S10', body=11, year=2021, seed=10, kind='self2', tstyle='tab',
     slip=dict(family='score.total', site='pp.s', mut=('delta', '1')),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=4),
             B('sec', t='部门整体收支情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='绩效自评得分情况'), B('perf_prose'), B('sat'),
             B('sec', t='自评结论'), B('concl', bands='std5'), B('problems')])
# S11 score.cap : 节选表 得分>分值
spec(tag='S11', body=0, year=2020, seed=11, kind='self', tstyle='pipe',
     slip=dict(family='score.cap', site='pe.s', mut=('set', '17')),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='部门整体收支情况'), B('income', form='I2'), B('expend', form='X1'),
             B('sec', t='绩效目标完成情况'), B('work'), B('perf_excerpt', slip_row=1),
             B('sec', t='自评结论'), B('concl', bands='std4', S='94.5', prev='92'), B('problems')])
# S12 score.cap : prose items 得分>分值
spec(tag='S12', body=16, year=2024, seed=12, kind='self2', tstyle='space',
     slip=dict(family='score.cap', site='pi.s', mut=('set', '18')),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=5, form='table'),
             B('sec', t='部门整体收支情况'), B('income', form='I1'), B('expend', form='table', K=True),
             B('sec', t='绩效目标完成情况'), B('work'), B('perf_items'), B('sat'),
             B('sec', t='自评结论'), B('concl', bands='ylzc', S='95.5'), B('problems')])
# S13 grade.band : default bands
spec(tag='S13', body=14, year=2019, seed=13, kind='self', tstyle='tab',
     slip=dict(family='grade.band', site='cc.G', mut=('word', '良好', '优秀')),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=5),
             B('sec', t='部门整体收支情况'), B('income', form='I1'), B('expend', form='X1', K=True),
             B('sec', t='绩效目标完成情况'), B('sangong', form='prose', out=False, no='一'), B('work'), B('sat'),
             B('sec', t='自评结论'), B('concl', bands='none', S='88.5'), B('problems')])
# S14 grade.band : stated 5 bands
spec(tag='S14', body=12, year=2023, seed=14, kind='self2', tstyle='pipe',
     slip=dict(family='grade.band', site='cc.G', mut=('word', '合格', '良好')),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='部门整体收支情况'), B('income', form='I2'), B('expend', form='X1'),
             B('sec', t='绩效目标完成情况'), B('work'), B('perf_items'),
             B('sec', t='自评结论'), B('concl', bands='std5', S='78.5'), B('problems')])
# S15 unit.magnitude : 公用经费 以元列示
spec(tag='S15', body=8, year=2022, seed=15, kind='self2', tstyle='tab',
     slip=dict(family='unit.magnitude', site='exp.G', mut=('unit',)),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='部门整体收支情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='其他支出情况'), B('ops', no='一'),
             B('sec', t='绩效目标完成情况'), B('work'), B('sec', t='自评结论'), B('concl', bands='none', S='95'), B('problems')])
# S16 unit.magnitude : 三公表后文字 公务用车运行维护费 以元列示
spec(tag='S16', body=6, year=2021, seed=16, kind='final', tstyle='space',
     slip=dict(family='unit.magnitude', site='sg.b2_unit', mut=('unit',)),
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1', shares=True), B('expend', form='table', K=True),
             B('sec', t='财政拨款“三公”经费支出决算情况'), B('sangong', form='table', out=False, car=True, no='一'),
             B('sec', t='其他重要事项情况说明'), B('ops', no='一'), B('procure', no='二', form='table'), B('assets', no='三')])
# S17 count.mismatch : 内设机构个数
spec(tag='S17', body=13, year=2024, seed=17, kind='self', tstyle='md',
     slip=dict(family='count.mismatch', site='staff.n', mut=('delta', '1')),
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=5),
             B('sec', t='部门整体收支情况'), B('income', form='I1'), B('expend', form='X1', K=True),
             B('sec', t='绩效目标完成情况'), B('work'), B('perf_table', subtotal=True),
             B('sec', t='自评结论'), B('concl', bands='std4'), B('problems')])
# S18 count.mismatch : 累计培训人次
spec(tag='S18', body=18, year=2020, seed=18, kind='final', tstyle='tab',
     slip=dict(family='count.mismatch', site='mt.P', mut=('transpose',)),
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I2'), B('expend', form='X1', K=True),
             B('sec', t='“三公”经费及会议费培训费'), B('sangong', form='prose', out=False, no='一'), B('meet', no='二'),
             B('sec', t='其他重要事项'), B('ops', no='一'), B('procure', no='二', yuan=True)])
# S19 table.text : 公务接待费 文字与表不一致
spec(tag='S19', body=9, year=2019, seed=19, kind='final', tstyle='pipe',
     slip=dict(family='table.text', site='sg.e_prose', mut=('transpose',)),
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I2'), B('expend', form='table', K=True),
             B('sec', t='财政拨款“三公”经费支出决算情况'), B('sangong', form='table', out=False, car=False, no='一'),
             B('sec', t='其他重要事项情况说明'), B('ops', no='一'), B('assets', no='二')])
# S20 table.text : 功能分类 文字与表不一致
spec(tag='S20', body=20, year=2022, seed=20, kind='final', tstyle='space',
     slip=dict(family='table.text', site='func.prose', mut=('transpose',)),
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='一般公共预算财政拨款支出决算情况'), B('func', restate=1, scope=True),
             B('sec', t='其他重要事项情况说明'), B('sangong', form='prose', out=False, car=False, no='一'), B('procure', no='二')])

# ---- clean documents --------------------------------------------------
spec(tag='C1', body=0, year=2023, seed=101, kind='final', tstyle='pipe',
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='一般公共预算财政拨款支出决算情况'), B('func', restate=1, scope=True, zero_row=True),
             B('sec', t='其他重要事项情况说明'), B('sangong', form='prose', out=False, car=False, no='一'), B('ops', no='二')])
spec(tag='C2', body=1, year=2019, seed=102, kind='self', tstyle='tab',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=7, form='table'),
             B('sec', t='预算执行情况'), B('exec'), B('proj', form='table'),
             B('sec', t='绩效目标完成情况'), B('work'), B('perf_table', subtotal=True),
             B('sec', t='自评结论'), B('concl', bands='std4', prev='91.5'), B('problems')])
spec(tag='C3', body=2, year=2020, seed=103, kind='self2', tstyle='space',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='部门整体收支情况'), B('income', form='I2'), B('expend', form='X1', K=True),
             B('sec', t='“三公”经费等支出情况'), B('sangong', form='prose', out=True, car=False, no='一'), B('ops', no='二', tongkou=True),
             B('sec', t='自评结论'), B('concl', bands='ylzc', S='96'), B('problems')])
spec(tag='C4', body=3, year=2021, seed=104, kind='final', tstyle='md',
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1', shares=True), B('expend', form='table', K=True),
             B('sec', t='财政拨款“三公”经费支出决算情况'), B('sangong', form='table', out=True, car=False, no='一'),
             B('sec', t='其他重要事项情况说明'), B('meet', no='一'), B('procure', no='二', form='table'), B('assets', no='三')])
spec(tag='C5', body=4, year=2024, seed=105, kind='self', tstyle='pipe',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=7),
             B('sec', t='部门整体收支情况'), B('income', form='I1'), B('expend', form='X1', K=True),
             B('sec', t='绩效自评得分情况'), B('perf_prose'), B('sat'), B('work'),
             B('sec', t='自评结论'), B('concl', bands='std5'), B('problems')])
spec(tag='C6', body=5, year=2022, seed=106, kind='final', tstyle='tab',
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I2'), B('expend', form='X1', K=True),
             B('sec', t='一般公共预算财政拨款支出决算情况'), B('func', restate=2, scope=True),
             B('sec', t='其他重要事项情况说明'), B('sangong', form='prose', out=False, car=True, over=True, no='一'), B('meet', no='二'),
             B('procure', no='三', works=False, yuan=True)])
spec(tag='C7', half=True, body=6, year=2020, seed=107, kind='self2', tstyle='pipe',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6, form='table'),
             B('sec', t='预算执行情况'), B('exec'), B('proj', form='major'),
             B('sec', t='绩效目标完成情况'), B('work'), B('perf_excerpt'),
             B('sec', t='自评结论'), B('concl', bands='std4', S='93', prev='90.5'), B('problems')])
spec(tag='C8', round3=True, body=7, year=2024, seed=108, kind='final', tstyle='space',
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='“三公”经费及其他支出'), B('sangong', form='prose', out=False, car=False, no='一'), B('meet', no='二'),
             B('ops', no='三'), B('procure', no='四'), B('assets', no='五')])
spec(tag='C9', body=8, year=2023, seed=109, kind='self', tstyle='tab',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='预算执行情况'), B('exec'), B('func', restate=2),
             B('sec', t='绩效目标完成情况'), B('work'), B('sat'), B('perf_table', subtotal=False),
             B('sec', t='自评结论'), B('concl', bands='none'), B('problems')])
spec(tag='C10', body=9, year=2021, seed=110, kind='self2', tstyle='md',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6, form='table'),
             B('sec', t='部门整体收支情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='绩效目标完成情况'), B('work'), B('perf_items'),
             B('sec', t='自评结论'), B('concl', bands='std4', S='90', prev='88'), B('problems')])
spec(tag='C11', body=10, year=2019, seed=111, kind='self', tstyle='pipe',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=5),
             B('sec', t='部门整体收支情况'), B('income', form='I2'), B('expend', form='table', K=True),
             B('sec', t='绩效目标完成情况'), B('proj', form='list'), B('work'), B('perf_prose'),
             B('sec', t='自评结论'), B('concl', bands='ylzc'), B('problems')])
spec(tag='C12', body=11, year=2023, seed=112, kind='final', tstyle='tab',
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1'), B('expend', form='X1', K=True),
             B('sec', t='财政拨款“三公”经费支出决算情况'), B('sangong', form='table', out=False, car=False, no='一', zz=True),
             B('sec', t='其他重要事项情况说明'), B('ops', no='一', tongkou=True), B('procure', no='二', works=False)])
spec(tag='C13', body=12, year=2020, seed=113, kind='final', tstyle='pipe',
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='一般公共预算财政拨款支出决算情况'), B('func', restate=1, scope=True),
             B('sec', t='其他重要事项情况说明'), B('sangong', form='prose', out=True, car=True, no='一'), B('assets', no='二')])
spec(tag='C14', half=True, halfsat=True, body=13, year=2021, seed=114, kind='self', tstyle='space',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='部门支出及预算执行情况'), B('expend', form='X1'), B('exec'), B('proj', form='list'),
             B('sec', t='绩效目标完成情况'), B('work'), B('sat'),
             B('sec', t='自评结论'), B('concl', bands='std5', S='86.5', prev='84'), B('problems')])
spec(tag='C15', round3=True, body=15, year=2022, seed=115, kind='self2', tstyle='tab',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6, form='table'),
             B('sec', t='部门整体收支情况'), B('income', form='I1', shares=True), B('expend', form='table', K=True),
             B('sec', t='绩效自评得分情况'), B('perf_prose'), B('work'),
             B('sec', t='自评结论'), B('concl', bands='none'), B('problems')])
spec(tag='C16', body=17, year=2024, seed=116, kind='final', tstyle='md',
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I2'), B('expend', form='X1', K=True),
             B('sec', t='财政拨款“三公”经费支出决算情况'), B('sangong', form='table', out=False, car=True, no='一', zz=True),
             B('sec', t='其他重要事项情况说明'), B('meet', no='一'), B('procure', no='二', form='table', works=False)])
spec(tag='C17', body=19, year=2022, seed=117, kind='self', tstyle='pipe',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='预算执行情况'), B('exec'), B('proj', form='table'),
             B('sec', t='绩效目标完成情况'), B('work'), B('perf_table', subtotal=True, style='tab'),
             B('sec', t='自评结论'), B('concl', bands='std4'), B('problems')])
spec(tag='C18', body=21, year=2025, seed=118, kind='budget', tstyle='pipe',
     blocks=[B('head'), B('budget_doc'), B('sec', t='机关运行经费及政府采购预算'), B('ops', no='一'), B('procure', no='二'),
             B('assets', no='三', yoff=-1),
             B('sec', t='绩效目标设置情况'), B('text', t='2025年团市委全部项目均编制了绩效目标，绩效目标覆盖率100%。'),
             B('text', t='主要目标为：开展主题团日活动不少于30场，青年志愿服务项目不少于12个，青少年满意度不低于90%。'),
             B('sec', t='名词解释'),
             B('text', t='机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。'),
             B('text', t='“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。')])
spec(tag='C19', body=14, year=2024, seed=119, kind='final', tstyle='tab',
     blocks=[B('head'), B('sec', t='收入支出决算总体情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='一般公共预算财政拨款支出决算情况'), B('func', restate=1, zero_row=True),
             B('sec', t='其他重要事项情况说明'), B('sangong', form='prose', out=False, car=False, over=True, no='一'),
             B('ops', no='二'), B('procure', no='三', yuan=True)])
spec(tag='C20', halfsat=True, round3=True, body=16, year=2019, seed=120, kind='self', tstyle='space',
     blocks=[B('head'), B('sec', t='部门基本情况'), B('duty'), B('staff', n=6),
             B('sec', t='部门整体收支情况'), B('income', form='I1', shares=True), B('expend', form='X1', K=True),
             B('sec', t='绩效目标完成情况'), B('proj', form='major'), B('work'), B('sat'), B('perf_excerpt', style='pipe'),
             B('sec', t='自评结论'), B('concl', bands='std4', S='91.5'), B('problems')])

# interleaving: fixed permutation of the 40 specs
ORDER_SEED = 8787


def build(spec_, with_slip=True):
    d = Doc(None, spec_, with_slip)
    for name, o in spec_['blocks']:
        getattr(d, 'b_' + name)(o)
    if with_slip and spec_.get('slip'):
        assert d.slip_used is not None, spec_['tag']
    return d


def ordered():
    idx = list(range(len(SPECS)))
    random.Random(ORDER_SEED).shuffle(idx)
    return [SPECS[i] for i in idx]


TRAP_NAMES = {
    'bianzhi_vs_shiyou': '编制数≠实有人数',
    'total_incl_carry': '收入总计含年初结转和结余≠本年收入',
    'round_shares': '占比四舍五入合计≠100%',
    'nonexh_qizhong': '非穷举“其中”',
    'nonexh_qizhong_small': '“其中授予小微企业”为子集',
    'nonexh_deng': '“主要用于…等/其中…等”非穷举',
    'other_year': '另一年度数字并列',
    'zero_dash': '年初预算为0，比率列“—”',
    'over100_zhuijia': '追加后决算超年初预算，比率>100%',
    'scope_caizheng': '财政拨款口径与全部资金口径同名',
    'rate_full_vs_initial': '执行率以全年预算为分母，同句列年初预算',
    'round_halfup': '比率按四舍五入（half-up）列示',
    'major_only': '项目支出只列重点项目',
    'zero_weifasheng': '0/未发生',
    'pici_vs_renci': '批次 vs 人次',
    'sangong_excl_meeting': '“三公”不含会议费、培训费',
    'over100': '“三公”决算超预算，完成率>100%',
    'ren_vs_renci': '人 vs 人次',
    'tongkoujing': '同口径增减≠名义增减',
    'gongyong_vs_jiguan': '机关运行经费≠公用经费',
    'yuan_cents': '万元数以元（含分）重述',
    'over100_target': '超额完成，完成率>100%',
    'hu_vs_ren': '户 vs 人',
    'target_exceeded': '实际完成值超过指标值',
    'defen_lv': '得分率 vs 得分',
    'excerpt_no_total': '节选指标表无合计',
    'fafang_vs_huishou': '满意度分母为有效问卷而非发放数',
    'rate_caizheng_only': '执行率只以财政拨款预算为分母',
    'band_edge': '得分恰在等级边界',
}


def main():
    args = sys.argv[1:]
    out = HERE
    twins = None
    if '--out' in args:
        out = args[args.index('--out') + 1]
    if '--twins' in args:
        twins = args[args.index('--twins') + 1]
    specs = ordered()
    if twins:
        os.makedirs(twins, exist_ok=True)
        for i, sp in enumerate(specs, 1):
            if sp.get('slip'):
                d = build(sp, with_slip=False)
                with open(os.path.join(twins, 't%02d.txt' % i), 'w', encoding='utf-8') as fh:
                    fh.write('\n'.join(d.lines) + '\n')
        return
    os.makedirs(out, exist_ok=True)
    rows = ['id\texpected\tdetail']
    for i, sp in enumerate(specs, 1):
        d = build(sp)
        n = len(d.lines)
        assert 15 <= n <= 60, (sp['tag'], n)
        with open(os.path.join(out, 't%02d.txt' % i), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(d.lines) + '\n')
        if sp.get('slip'):
            old, new, what = d.slip_used
            det = '%s: stated 「%s」, should be 「%s」' % (what, new, old)
            rows.append('t%02d\t%s\t%s' % (i, sp['slip']['family'], det))
        else:
            assert len(d.traps) >= 2, sp['tag']
            det = 'traps: ' + '; '.join('%s（%s）' % (TRAP_NAMES[k], v) for k, v in d.traps)
            rows.append('t%02d\tclean\t%s' % (i, det))
    with open(os.path.join(out, 'expect.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()
