#!/usr/bin/env python3
"""gen.py - generator of the blind73 test set.

Writes t01.txt ... t40.txt, expect.tsv and manifest.tsv into this folder.
All figures are decimal.Decimal; no float ever touches an amount, a rate or a score
(floats are used only to draw random proportions, which are turned into Decimal
strings before use).  Deterministic: the seed is fixed.
"""
import json
import os
import random
import re
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 73073


# ---------------------------------------------------------------- numbers
def qz(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)


def pct(a, b, nd):
    return qz(D(a) * 100 / D(b), nd)


def fs(x):
    """score / small decimal without trailing zeros"""
    x = D(x)
    if x == x.to_integral_value():
        return str(int(x))
    return format(x.normalize(), 'f')


def fp(p):
    """percentage text (no % sign)"""
    if p == 100:
        return '100'
    return str(p)


def Dr(f, nd=4):
    return D(str(round(f, nd)))


# ---------------------------------------------------------------- reference data
UNITS = [
    # province, city, county, name, kind
    ('湖南省', '衡阳市', '祁东县', '归阳镇人民政府', 'town'),
    ('江西省', '赣州市', '于都县', '银坑镇人民政府', 'town'),
    ('四川省', '南充市', '营山县', '绿水镇人民政府', 'town'),
    ('河南省', '周口市', '郸城县', '宁平镇人民政府', 'town'),
    ('贵州省', '遵义市', '湄潭县', '永兴镇人民政府', 'town'),
    ('甘肃省', '天水市', '秦安县', '兴国镇人民政府', 'town'),
    ('湖北省', '黄冈市', '蕲春县', '漕河镇人民政府', 'town'),
    ('广西壮族自治区', '玉林市', '博白县', '龙潭镇人民政府', 'town'),
    ('云南省', '曲靖市', '会泽县', '娜姑镇人民政府', 'town'),
    ('安徽省', '六安市', '霍邱县', '城西湖乡人民政府', 'town'),
    ('广东省', '韶关市', '乐昌市', '乐城街道办事处', 'street'),
    ('山东省', '临沂市', '兰山区', '银雀山街道办事处', 'street'),
    ('湖南省', '长沙市', '开福区', '东风路街道办事处', 'street'),
    ('浙江省', '金华市', '义乌市', '稠城街道办事处', 'street'),
    ('陕西省', '宝鸡市', '渭滨区', '清姜街道办事处', 'street'),
    ('重庆市', '', '万州区', '高笋塘街道办事处', 'street'),
    ('河北省', '邢台市', '襄都区', '西大街街道办事处', 'street'),
    ('湖北省', '恩施州', '利川市', '第一中学', 'school'),
    ('四川省', '绵阳市', '三台县', '芦溪中学', 'school'),
    ('河南省', '信阳市', '光山县', '第二高级中学', 'school'),
    ('甘肃省', '定西市', '临洮县', '文峰中学', 'school'),
    ('江西省', '吉安市', '永丰县', '恩江小学', 'school'),
    ('云南省', '昭通市', '镇雄县', '实验小学', 'school'),
    ('贵州省', '毕节市', '大方县', '第三中学', 'school'),
    ('湖南省', '永州市', '祁阳市', '浯溪镇中心学校', 'school'),
    ('湖南省', '怀化市', '溆浦县', '人民医院', 'hospital'),
    ('河南省', '南阳市', '内乡县', '中医院', 'hospital'),
    ('四川省', '达州市', '渠县', '三汇镇中心卫生院', 'hospital'),
    ('甘肃省', '陇南市', '西和县', '人民医院', 'hospital'),
    ('江西省', '上饶市', '鄱阳县', '妇幼保健院', 'hospital'),
    ('广东省', '梅州市', '五华县', '华城镇卫生院', 'hospital'),
    ('安徽省', '阜阳市', '临泉县', '第二人民医院', 'hospital'),
    ('甘肃省', '张掖市', '临泽县', '农业农村局', 'dept'),
    ('湖南省', '益阳市', '桃江县', '司法局', 'dept'),
    ('河北省', '承德市', '隆化县', '自然资源和规划局', 'dept'),
    ('广东省', '韶关市', '乐昌市', '水务局', 'dept'),
    ('山东省', '菏泽市', '曹县', '市场监督管理局', 'dept'),
    ('湖北省', '荆州市', '监利市', '交通运输局', 'dept'),
    ('贵州省', '黔东南州', '天柱县', '林业局', 'dept'),
    ('云南省', '大理州', '宾川县', '退役军人事务局', 'dept'),
    ('四川省', '宜宾市', '屏山县', '民政局', 'dept'),
    ('陕西省', '汉中市', '城固县', '住房和城乡建设局', 'dept'),
]

KIND_CN = {'town': '乡镇', 'street': '街道', 'school': '中小学', 'hospital': '医院/卫生院', 'dept': '县直部门'}

DUTIES = {
    'town': ['主要职责是贯彻执行党和国家的路线方针政策，负责辖区经济发展、乡村振兴、社会事务管理和公共服务等工作。',
             '本镇下设党政综合办公室、经济发展办公室、社会事务办公室、综合行政执法队等内设机构，负责全镇行政事务。',
             '全面负责本行政区域内的经济社会发展、社会治理、生态环境保护和安全生产等工作。'],
    'street': ['主要职责是加强党的建设，组织公共服务，实施综合管理，监督专业管理，动员社会参与，指导社区建设。',
               '街道办事处内设党政办公室、社区建设办公室、社会事务办公室、平安建设办公室等机构，承担辖区社会治理职能。',
               '负责辖区城市管理、社区服务、平安建设、民生保障和基层党建等工作。'],
    'school': ['学校为公益一类事业单位，主要承担全日制义务教育阶段教育教学任务。',
               '学校主要职责是实施学历教育，开展教育教学、德育、体育卫生和学生资助等工作。',
               '本校为全额拨款事业单位，承担辖区适龄学生的教育教学工作，促进基础教育均衡发展。'],
    'hospital': ['医院为公益二类事业单位，承担辖区医疗救治、急诊急救、公共卫生和健康管理等任务。',
                 '主要职责是提供基本医疗服务和基本公共卫生服务，承担辖区常见病、多发病诊疗及转诊工作。',
                 '本院承担全县危急重症救治、县域医共体牵头和基层医疗卫生机构业务指导等职能。'],
    'dept': ['主要职责是贯彻执行国家和省、市有关法律法规，拟订全县行业发展规划并组织实施。',
             '内设办公室、政策法规股、计划财务股、业务管理股等股室，负责本行业的行政管理和执法监督工作。',
             '承担本系统行政审批、行业监管、执法检查和公共服务等职能，完成县委县政府交办的其他任务。'],
}

FILLER = [
    '预算编制的精细化程度有待进一步提高，个别项目绩效目标设置不够细化、量化。',
    '部分项目资金支付进度偏慢，年中预算调整较多，预算约束力有待加强。',
    '下一步将加强预算执行监控，建立支出进度通报机制，提高财政资金使用效益。',
    '进一步完善内部控制制度，规范资产管理和政府采购程序，严格执行中央八项规定精神。',
    '强化绩效评价结果运用，将评价结果作为以后年度预算安排的重要依据。',
    '加强财务人员业务培训，提高会计核算和预决算编报质量。',
    '绩效自评工作还存在重形式、轻实效的问题，指标佐证材料收集不够及时。',
    '严格落实过紧日子要求，压减一般性支出，优先保障基本民生和重点工作。',
]

REASONS_UP = ['上级转移支付补助增加', '新增乡村振兴项目资金', '落实基本工资调标政策', '新增基础设施维修项目资金', '人员调入及工资标准调整']
REASONS_DOWN = ['上级专项转移支付减少', '上年一次性项目本年未再安排', '非税收入减少', '部分项目结束，资金相应减少']
REASONS_OP_UP = ['办公楼维修及水电费增加', '新增信息化运维费用', '机构改革后人员增加', '物业管理费标准提高']
REASONS_OP_DOWN = ['严控公用经费开支', '压减办公费和差旅费', '严格落实过紧日子要求，压减一般性支出', '会议费、培训费压减']
REASONS_SG_UP = ['公务用车维修费用增加', '上级检查调研接待任务增加', '公务用车保险及燃油费用上涨']
REASONS_SG_DOWN = ['严格执行公务接待标准', '公务用车运行维护费压减', '严格落实中央八项规定精神，压减公务接待']
REASONS_DEV = {
    '决策': ['绩效目标设置不够细化，部分指标难以量化', '预算编制不够精准，年中调整较多', '个别项目立项论证不够充分'],
    '过程': ['年中追加资金到位较晚，支付进度滞后', '个别项目验收延期，资金未能按期支付', '资产台账更新不够及时', '部分会计凭证附件不够完整'],
    '产出': ['部分工作受天气影响推迟实施', '个别工程项目未按期完工', '部分任务完成时间晚于计划'],
    '效益': ['满意度调查中部分群众对办事效率提出意见', '长效管理机制尚在完善中', '项目效益尚未完全显现'],
}
REASONS_UNEX = ['项目资金年底下达，尚未完成支付', '部分工程尚未完成竣工结算', '政府采购合同尚在履约期内']

PROJECTS = {
    'town': ['人居环境整治', '农村公路养护', '基层党建经费', '防汛抗旱应急', '村级公益事业一事一议'],
    'street': ['社区综合服务', '老旧小区改造配套', '网格化管理', '文明城市创建', '辖区环境卫生保洁'],
    'school': ['校舍维修改造', '学生营养改善计划', '教育信息化建设', '义务教育公用经费保障', '教师培训'],
    'hospital': ['基本公共卫生服务', '医疗设备购置', '家庭医生签约服务', '重点专科建设', '医共体信息化建设'],
    'dept': ['高标准农田建设', '普法宣传', '执法装备购置', '行业安全生产监管', '业务信息系统运维'],
}

FUNC_SUBJ = {
    'town': ['一般公共服务支出', '社会保障和就业支出', '卫生健康支出', '城乡社区支出', '农林水支出', '住房保障支出'],
    'street': ['一般公共服务支出', '社会保障和就业支出', '城乡社区支出', '卫生健康支出', '住房保障支出'],
    'school': ['教育支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
    'hospital': ['卫生健康支出', '社会保障和就业支出', '住房保障支出'],
    'dept': ['一般公共服务支出', '农林水支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出'],
}

STAFF_RANGE = {'town': (30, 90), 'street': (20, 60), 'school': (40, 150), 'hospital': (80, 400), 'dept': (10, 45)}

IND = {
    '决策': [('绩效目标', '绩效目标合理性'), ('绩效目标', '绩效指标明确性'), ('决策过程', '预算编制科学性'),
             ('资金分配', '资金分配合理性'), ('项目立项', '立项依据充分性')],
    '过程': [('资金管理', '资金到位率'), ('资金管理', '资金使用合规性'), ('组织实施', '管理制度健全性'),
             ('组织实施', '制度执行有效性'), ('资产管理', '资产管理规范性')],
    '产出': [('产出数量', '重点工作完成率'), ('产出质量', '工作任务达标率'), ('产出时效', '任务完成及时性'),
             ('产出成本', '成本控制有效性')],
    '效益': [('社会效益', '公共服务水平提升'), ('可持续影响', '长效管理机制健全性'), ('满意度', '服务对象满意度')],
}
GROUP_W100 = [(15, 25, 35, 25), (20, 20, 40, 20), (15, 20, 40, 25), (20, 25, 30, 25), (10, 30, 35, 25)]
GROUP_W90 = [(15, 15, 35, 25), (10, 20, 35, 25), (15, 20, 30, 25)]
GRADE_WORDS = {'优': ['优', '优秀'], '良': ['良', '良好'], '中': ['中', '中等'], '差': ['差']}


def band(s):
    s = D(s)
    if s >= 90:
        return '优'
    if s >= 80:
        return '良'
    if s >= 60:
        return '中'
    return '差'


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, idx, unit, dtype, year, M, sep, slip, traps, rng):
        self.idx, self.u, self.dt, self.Y, self.M, self.sep = idx, unit, dtype, year, M, sep
        self.slip, self.want, self.r = slip, set(traps), rng
        self.kind = unit[4]
        self.L = []
        self.fx = {}
        self.used = set()
        self.notes = []  # per-trap notes
        self.detail = None
        self.slip_done = False
        self.pnd = 2 if rng.random() < 0.8 else 1
        self.comma = False
        self.sp = ' ' if rng.random() < 0.2 else ''   # PDF-like space between figure and unit
        self.mind = D('0.05') if M == '万元' else D('1')
        self.tables = []

    # --- naming
    def uname(self, full=False):
        p, c, co, n, k = self.u
        if full:
            return f'{c}{co}{n}'
        return f'{co}{n}' if self.r.random() < 0.7 else n if k in ('town', 'street', 'dept') else f'{co}{n}'

    # --- money
    def money(self, lo, hi):
        if self.M == '万元':
            return D(self.r.randint(int(lo * 100), int(hi * 100))) / 100
        return D(self.r.randint(int(lo * 1000000), int(hi * 1000000))) / 100

    def wan(self, x):
        """a 万元-sized Decimal converted to the document unit (for ranges)"""
        return x if self.M == '万元' else x * 10000

    def f(self, x):
        if x == 0:
            return self.r.choice(['0', '0.00'])
        return f'{x:,.2f}' if self.comma else f'{x:.2f}'

    def mo(self, x):
        return f'{self.f(x)}{self.sp}{self.M}'

    def pc(self, a, b):
        return pct(a, b, self.pnd)

    def pick(self, seq):
        return self.r.choice(seq)

    def has(self, t):
        return t in self.want

    def use(self, t, note):
        self.used.add(t)
        self.notes.append(f'{t}: {note}')

    def slipped(self, s, repairs):
        """record the planted slip; `repairs` = [(regex, replacement)] that turn the document back into a clean one"""
        assert not self.slip_done, 'two slips'
        self.slip_done = True
        self.detail = s
        self.repairs = repairs

    def add(self, line):
        self.L.append(line)

    def head(self, titles):
        CN = '一二三四五六七八九十'
        if not hasattr(self, 'hstyle'):
            self.hstyle = self.r.choice(['cn', 'cn', 'cn', 'part'] if self.dt != 'P' else ['cn', 'cn', 'paren'])
            self.hn = 0
        t = self.pick(titles)
        n = CN[self.hn]
        self.hn += 1
        if self.hstyle == 'cn':
            self.add(f'{n}、{t}')
        elif self.hstyle == 'part':
            self.add(f'第{n}部分  {t}')
        else:
            self.add(f'（{n}）{t}')


def split(total, weights):
    s = sum(weights)
    parts = [qz(total * w / s) for w in weights[:-1]]
    parts.append(total - sum(parts))
    return parts


def rounded_split(c, approx_wan, weights):
    """parts shown in 万元 rounded from 元 figures: sum of parts differs from the total by 0.01"""
    for _ in range(5000):
        total_fen = int(D(str(approx_wan)) * 1000000) + c.r.randint(-99999, 99999)
        w = [int(x * 10000) for x in weights]
        parts = [total_fen * x // sum(w) + c.r.randint(-3000, 3000) for x in w[:-1]]
        parts.append(total_fen - sum(parts))
        disp = [qz(D(p) / 1000000) for p in parts]
        tot = qz(D(total_fen) / 1000000)
        if sum(disp) != tot and abs(sum(disp) - tot) == D('0.01'):
            return tot, disp
    raise RuntimeError('rounded split')


def transpose(c, x, mind=None, keep_lt=None):
    """swap two adjacent digits of a money figure (a tired clerk's slip)"""
    mind = c.mind if mind is None else mind
    s = f'{x:.2f}'
    pos = [i for i, ch in enumerate(s) if ch.isdigit()]
    cands = []
    for a, b in zip(pos, pos[1:]):
        if s[a] == s[b]:
            continue
        t = list(s)
        t[a], t[b] = t[b], t[a]
        t = ''.join(t)
        if t[0] == '0' and not t.startswith('0.'):
            continue
        v = D(t)
        if abs(v - x) < mind:
            continue
        if keep_lt is not None and v >= keep_lt:
            continue
        cands.append((a == pos[0] and len(s.split('.')[0]) >= 2, v))
    if not cands:
        return None
    pref = [v for lead, v in cands if not lead]
    return c.r.choice(pref or [v for _, v in cands])


def transpose_pct(c, p):
    s = str(p)
    pos = [i for i, ch in enumerate(s) if ch.isdigit()]
    cands = []
    for a, b in zip(pos, pos[1:]):
        if s[a] == s[b]:
            continue
        t = list(s)
        t[a], t[b] = t[b], t[a]
        t = ''.join(t)
        if t[0] == '0' and not t.startswith('0.'):
            continue
        v = D(t)
        if abs(v - p) >= D('0.5') and v <= 100:
            cands.append((a == pos[0], v))
    pref = [v for lead, v in cands if not lead]
    return c.r.choice(pref or [v for _, v in cands]) if cands else None


def growth_words(c, up):
    if up:
        return c.pick([('增加', '增长'), ('增加', '增长'), ('增加', '增幅')])
    return c.pick([('减少', '下降'), ('减少', '下降'), ('减少', '降幅')])


def make_growth(c, cur, up=None, lo=0.02, hi=0.25, key=None):
    """returns (last, delta, up, rate) with rate against last year; `key` shares one last-year figure"""
    if key and key in c.fx:
        return c.fx[key]
    if key:
        c.fx[key] = make_growth(c, cur, up, lo, hi)
        return c.fx[key]
    if up is None:
        up = c.r.random() < 0.6
    while True:
        g = Dr(c.r.uniform(lo, hi))
        last = qz(cur / (1 + g)) if up else qz(cur / (1 - g))
        d = abs(cur - last)
        if d > 0 and last > 0:
            return last, d, up, c.pc(d, last)


def neg_wanted(c):
    """should the next growth statement be a decrease (negative change trap)?"""
    if c.has('negative_change') and 'negative_change' not in c.used:
        return False
    return None


# ---------------------------------------------------------------- sections
def sec_head(c):
    p, ci, co, n, k = c.u
    Y = c.Y
    py = Y + 1 if c.dt != 'B' else Y
    pm = 9 if c.dt != 'B' else 3
    chrome = [
        '首页 > 信息公开 > 财政资金 > 预决算公开',
        f'当前位置：首页 > 政务公开 > {co}政府信息公开 > 部门预决算',
        f'发布时间：{py}-0{c.r.randint(1, pm)}-{c.r.randint(10, 28)}  来源：{co}{n}  浏览次数：{c.r.randint(30, 900)}',
        '【字体：大 中 小】  打印本页  关闭窗口',
        f'信息来源：{co}{n}   发布日期：{py}年{c.r.randint(1, pm)}月{c.r.randint(1, 28)}日',
    ]
    if c.r.random() < 0.7:
        c.add(c.pick(chrome))
    if c.dt == 'P':
        t = c.pick([f'{co}{n}{Y}年度部门整体支出绩效自评报告', f'{Y}年度{co}{n}部门整体支出绩效自评报告',
                    f'{ci}{co}{n}{Y}年部门整体支出绩效自评报告', f'{co}{n}关于{Y}年度部门整体支出绩效自评情况的报告',
                    f'{c.uname()}{Y}年度整体支出绩效自评报告'])
    elif c.dt == 'J':
        t = c.pick([f'{co}{n}{Y}年度部门决算公开说明', f'{co}{n}{Y}年部门决算情况说明', f'关于{co}{n}{Y}年度部门决算的说明',
                    f'{ci}{co}{n}{Y}年度部门决算', f'{c.uname()}{Y}年度单位决算公开'])
    else:
        t = c.pick([f'{co}{n}{Y}年部门预算公开说明', f'{co}{n}{Y}年度部门预算编制说明', f'关于{co}{n}{Y}年部门预算的说明',
                    f'{ci}{co}{n}{Y}年单位预算公开', f'{c.uname()}{Y}年部门预算情况说明'])
    c.add(t)


def sec_staff(c):
    r = c.r
    k = c.kind
    Y = c.Y if c.dt != 'B' else c.Y - 1
    quota = r.randint(*STAFF_RANGE[k]) if '卫生院' not in c.u[3] else r.randint(25, 90)
    active = quota - r.randint(0, max(1, quota // 10))
    retired = r.randint(3, max(6, quota // 3))
    actual = active + retired
    st_actual = actual
    if c.slip == 'sb_staff':
        st_actual = actual + r.choice([-3, -2, 2, 3])
        c.slipped(f'人员：实有人数写作{st_actual}人，而所列在职{active}人+退休{retired}人={actual}人（其中为穷尽列举），实有人数应为{actual}人（沿用旧数）',
                  [(r'(实有(?:人数|人员)?)' + str(st_actual) + r'([人名])', r'\g<1>' + str(actual) + r'\2')])
    c.fx['active'] = active
    c.fx['quota'] = quota
    c.fx['actual'] = actual
    q1 = q2 = None
    if k in ('town', 'street', 'dept') and r.random() < 0.5:
        q1 = r.randint(quota // 2, quota - 1)
        q2 = quota - q1
    bz = '教职工编制' if k == 'school' else '编制'
    t = r.randrange(5)
    if q1 is not None:
        t = 1
    if t == 0:
        s = f'{c.uname()}核定{bz}{quota}人，年末实有人数{st_actual}人，其中：在职人员{active}人，退休人员{retired}人。'
    elif t == 1:
        extra = f'（其中行政编制{q1}人、事业编制{q2}人）' if q1 is not None else ''
        s = f'单位编制数{quota}人{extra}，实有人数{st_actual}人，其中在职{active}人、退休{retired}人。'
    elif t == 2:
        s = f'人员情况：{bz}{quota}人，实有{st_actual}人。实有人员中，在职人员{active}人，离退休人员{retired}人。'
    elif t == 3:
        s = f'截至{Y}年底，本单位共有{bz}{quota}名，实有人员{st_actual}名，包括在职人员{active}名和退休人员{retired}名。'
    else:
        s = f'年末实有人数{st_actual}人（在职{active}人，退休{retired}人），核定{bz}{quota}人。'
    c.add(s)
    if c.has('renci'):
        if k == 'hospital':
            n = r.randint(30000, 260000) if '卫生院' not in c.u[3] else r.randint(12000, 60000)
            dis = r.randint(1500, 12000) if '卫生院' not in c.u[3] else r.randint(300, 2500)
            s2 = c.pick([f'全年完成门急诊诊疗{n}人次，出院{dis}人次，开展职工业务培训{r.randint(actual + 20, actual * 4)}人次。',
                         f'全年门急诊服务{n}人次，住院服务{dis}人次。'])
        elif k == 'school':
            s2 = c.pick([f'全年组织教师参加各级各类培训{r.randint(actual + 15, actual * 4)}人次，开展教研活动{r.randint(20, 60)}场次。',
                         f'全年教职工参加继续教育和校本研修累计{r.randint(actual + 15, actual * 4)}人次。'])
        else:
            s2 = c.pick([f'全年组织干部职工参加政治理论和业务培训{r.randint(actual + 10, actual * 5)}人次，开展集中学习{r.randint(12, 48)}场次。',
                         f'全年干部职工参加各类学习培训{r.randint(actual + 10, actual * 5)}人次，下村（社区）走访服务{r.randint(300, 2000)}人次。'])
        c.add(s2)
        c.use('renci', f'实有人数{actual}人，另述培训/诊疗若干“人次”，人次≠人数')


def income_labels(c):
    k = c.kind
    r = c.r
    if c.dt == 'B':
        if k in ('school', 'hospital'):
            return ['一般公共预算拨款收入', '事业收入', '其他收入'], [0.8, 0.15, 0.05] if k == 'school' else [0.3, 0.65, 0.05]
        return r.choice([(['一般公共预算拨款收入', '政府性基金预算拨款收入'], [0.9, 0.1]),
                         (['一般公共预算拨款收入', '其他收入'], [0.95, 0.05]),
                         (['一般公共预算拨款收入', '政府性基金预算拨款收入', '其他收入'], [0.85, 0.1, 0.05])])
    if k == 'hospital':
        return ['财政拨款收入', '事业收入', '其他收入'], [r.uniform(0.2, 0.4), r.uniform(0.55, 0.75), 0.04]
    if k == 'school':
        return r.choice([(['财政拨款收入', '事业收入', '其他收入'], [0.85, 0.1, 0.05]),
                         (['财政拨款收入', '其他收入'], [0.96, 0.04])])
    return r.choice([(['财政拨款收入', '其他收入'], [r.uniform(0.9, 0.98), 0.04]),
                     (['财政拨款收入', '上级补助收入', '其他收入'], [0.85, 0.1, 0.05])])


def join_he(items):
    if len(items) == 1:
        return items[0]
    return '、'.join(items[:-1]) + '和' + items[-1]


def sec_income(c, allow_table=False):
    r = c.r
    labels, weights = income_labels(c)
    weights = [Dr(w * r.uniform(0.85, 1.15)) for w in weights]
    # scale the budget to the head count: 人员经费 per serving staff member of roughly 10-24 万元
    pc = {'school': (10, 16), 'hospital': (14, 24)}.get(c.kind, (12, 20))
    fac = D('1.48') if c.kind == 'hospital' else D('1.83')
    target = c.fx['active'] * Dr(r.uniform(*pc)) * fac
    lo, hi = float(target * D('0.9')), float(target * D('1.1'))
    if c.has('rounding') and c.fx.get('round_at') == 'inc':
        T, parts = rounded_split(c, r.uniform(lo, hi), weights)
        c.use('rounding', f'收入各项由元数四舍五入为万元，合计{T}与分项之和{sum(parts)}相差0.01')
    else:
        T = c.money(lo, hi)
        parts = split(T, weights)
    c.fx['inc'] = T
    c.fx['gp_inc'] = parts[0]
    c.fx['fin_inc'] = parts[0]
    shown = list(parts)
    Y = c.Y
    if c.slip == 'sb_income':
        i = len(parts) - 1 if c.dt == 'B' else (0 if r.random() < 0.6 else len(parts) - 1)
        v = transpose(c, parts[i])
        shown[i] = v
        c.slipped(f'收入合计{c.f(T)}{c.M}（各项为穷尽列举），但{labels[i]}写作{c.f(v)}（数字错位），分项之和为{c.f(sum(shown))}；{labels[i]}应为{c.f(parts[i])}{c.M}',
                  [(re.escape(labels[i] + c.mo(v)), labels[i] + c.mo(parts[i]))])
    P = [f'{lab}{c.mo(v)}' for lab, v in zip(labels, shown)]
    grow_ok = True
    up = neg_wanted(c)
    if c.dt == 'B':
        t = r.randrange(5)
        if t == 0:
            s = f'{Y}年收入预算总计{c.mo(T)}，其中：{"，".join(P)}。'
        elif t == 1:
            last, d, up, rt = make_growth(c, T, up, key='B_total')
            w1, w2 = growth_words(c, up)
            s = f'{c.uname()}{Y}年部门收入预算{c.mo(T)}，比上年预算{w1}{c.mo(d)}，{w2}{fp(rt)}%。其中：{"、".join(P)}。'
            if not up:
                c.use('negative_change', f'收入预算比上年预算减少{c.f(d)}，下降{fp(rt)}%')
        elif t == 2:
            s = f'本年收入预算{c.mo(T)}，包括{join_he(P)}。'
        elif t == 3 and c.slip != 'sb_income':
            sh = [f'{lab}{c.mo(v)}，占{fp(c.pc(v, T))}%' for lab, v in zip(labels, shown)]
            s = f'收入预算合计{c.mo(T)}。其中，{"；".join(sh)}。'
        else:
            s = f'按照收支平衡的原则，{Y}年部门收入预算{c.mo(T)}，收入构成为：{"，".join(P)}。'
        c.add(s)
        return
    table = allow_table and c.slip != 'sb_income' and r.random() < 0.45
    if table:
        c.add(c.pick([f'{Y}年度本年收入合计{c.mo(T)}，收入构成如下表：', f'本年收入合计{c.mo(T)}，具体见下表。',
                      f'{Y}年收入合计{c.mo(T)}，各项收入情况见下表：', f'本年收入总计{c.mo(T)}，按来源分列如下：',
                      f'全年共取得收入{c.mo(T)}（详见表{len(c.tables) + 1}）。']))
        rows = [[lab, c.f(v), fp(c.pc(v, T))] for lab, v in zip(labels, shown)]
        rows.append(['合计', c.f(T), '100'])
        emit_table(c, f'表{len(c.tables) + 1}  {Y}年度收入决算情况表（单位：{c.M}）',
                   ['项目', f'金额（{c.M}）', '占比（%）'], rows)
        return True
    t = r.randrange(5)
    if c.slip == 'sb_income' and t == 3:
        t = 0
    if t == 0:
        s = f'{Y}年度本年收入合计{c.mo(T)}，其中：{"，".join(P)}。'
    elif t == 1:
        last, d, up, rt = make_growth(c, T, up)
        w1, w2 = growth_words(c, up)
        s = f'本年收入总计{c.mo(T)}，比上年{w1}{c.mo(d)}，{w2}{fp(rt)}%。其中：{"、".join(P)}。'
        if not up:
            c.use('negative_change', f'本年收入比上年减少{c.f(d)}，下降{fp(rt)}%（对上年数{c.f(T + d)}计算）')
    elif t == 2:
        s = f'全年共取得收入{c.mo(T)}，包括{join_he(P)}。'
    elif t == 3:
        sh = [f'{lab}{c.mo(v)}，占{fp(c.pc(v, T))}%' for lab, v in zip(labels, shown)]
        s = f'收入合计{c.mo(T)}。其中，{"；".join(sh)}。'
    else:
        last, d, up, rt = make_growth(c, T, up)
        w1, w2 = ('增加', '增幅') if up else ('减少', '降幅')
        why = c.pick(REASONS_UP if up else REASONS_DOWN)
        s = f'本年收入{c.mo(T)}，较上年的{c.mo(last)}{w1}{c.mo(d)}，{w2}{fp(rt)}%，主要是{why}。收入构成为：{"，".join(P)}。'
        if not up:
            c.use('negative_change', f'本年收入较上年减少{c.f(d)}，降幅{fp(rt)}%')
    c.add(s)


def sec_expend(c):
    r = c.r
    Y = c.Y
    I = c.fx['inc']
    S0 = c.fx.get('S0', D(0))
    hosp = c.kind == 'hospital'
    bshare = Dr(r.uniform(0.8, 0.93) if hosp else r.uniform(0.55, 0.85))
    if c.dt == 'B':
        E = I
        A = qz(E * bshare)
        Bp = E - A
    elif c.has('rounding') and c.fx.get('round_at') == 'exp':
        E, (A, Bp) = rounded_split(c, float(I + S0) * r.uniform(0.88, 0.99), [bshare, 1 - bshare])
        c.use('rounding', f'基本支出{A}+项目支出{Bp}={A + Bp}，与支出合计{E}差0.01（元数四舍五入）')
    else:
        E = qz((I + S0) * Dr(r.uniform(0.88, 0.99)))
        A = qz(E * bshare)
        Bp = E - A
    a1 = qz(A * Dr(r.uniform(0.75, 0.93)))
    a2 = A - a1
    c.fx.update(exp=E, basic=A, proj=Bp, person=a1, public=a2)
    up = neg_wanted(c)
    total_kw = '支出预算总计' if c.dt == 'B' else None
    nested_t = [0, 2, 3, 4]
    t = r.choice(nested_t) if c.has('nested') else r.randrange(5)
    if c.has('growth_vs_lastyear') and c.dt != 'B':
        t = 3
    if t == 0:
        s = f'{total_kw or "本年支出合计"}{c.mo(E)}，其中：基本支出{c.mo(A)}（人员经费{c.mo(a1)}、公用经费{c.mo(a2)}），项目支出{c.mo(Bp)}。'
    elif t == 1:
        s = (f'{total_kw or "本年支出合计"}{c.mo(E)}，其中：基本支出{c.mo(A)}，占{fp(c.pc(A, E))}%；项目支出{c.mo(Bp)}，占{fp(c.pc(Bp, E))}%。'
             f'基本支出中，人员经费{c.mo(a1)}，公用经费{c.mo(a2)}。')
    elif t == 2:
        s = f'{"支出预算" if c.dt == "B" else "全年支出"}{c.mo(E)}，其中基本支出{c.mo(A)}，人员经费{c.mo(a1)}，公用经费{c.mo(a2)}，项目支出{c.mo(Bp)}。'
    elif t == 3:
        last, d, up, rt = make_growth(c, E, up, key='B_total' if c.dt == 'B' else None)
        c.fx['exp_growth'] = (last, d, up, rt)
        w1, w2 = growth_words(c, up)
        yr = '比上年预算' if c.dt == 'B' else '比上年'
        s = (f'{total_kw or "支出总计"}{c.mo(E)}，{yr}{w1}{c.mo(d)}，{w2}{fp(rt)}%。按支出性质分：基本支出{c.mo(A)}，'
             f'其中人员经费{c.mo(a1)}、公用经费{c.mo(a2)}；项目支出{c.mo(Bp)}。')
        if not up:
            c.use('negative_change', f'支出比上年减少{c.f(d)}，下降{fp(rt)}%')
    else:
        s = f'{"支出预算" if c.dt == "B" else "本年支出"}{c.mo(E)}，包括基本支出{c.mo(A)}和项目支出{c.mo(Bp)}；其中基本支出用于人员经费{c.mo(a1)}、日常公用经费{c.mo(a2)}。'
    if t in (0, 2, 3, 4):
        c.use('nested', f'人员经费{c.f(a1)}与公用经费{c.f(a2)}包含在基本支出{c.f(A)}内，与项目支出同句列出；合计=基本+项目')
    c.add(s)


def sec_carry(c):
    r = c.r
    I, E = c.fx['inc'], c.fx['exp']
    S0 = c.fx['S0']
    S1 = S0 + I - E
    c.fx['S1'] = S1
    shown = S1
    if c.slip == 'bc_carry':
        shown = I - E
        how = '漏计年初结转和结余'
        if S0 == 0 or shown < 0:
            shown = transpose(c, S1)
            how = '数字错位'
        c.slipped(f'年末结转和结余写作{c.f(shown)}，但年初{c.f(S0)}+收入{c.f(I)}-支出{c.f(E)}={c.f(S1)}；应为{c.f(S1)}{c.M}（{how}）',
                  [(re.escape(c.mo(shown)), c.mo(S1))])
    t = r.randrange(5)
    if t == 0:
        s = f'年初结转和结余{c.mo(S0)}，本年收入{c.mo(I)}，本年支出{c.mo(E)}，年末结转和结余{c.mo(shown)}。'
    elif t == 1:
        s = f'{c.Y}年初结转和结余{c.mo(S0)}，年末结转和结余{c.mo(shown)}。'
    elif t == 2:
        s = f'年末结转和结余{c.mo(shown)}，主要为{c.pick(REASONS_UNEX)}；年初结转和结余为{c.mo(S0)}。'
    elif t == 3:
        s = f'上年结转结余{c.mo(S0)}，本年收支相抵后结转下年{c.mo(shown)}。'
    else:
        s = f'收支相抵后，年末结转和结余{c.mo(shown)}（含年初结转和结余{c.mo(S0)}）。'
    c.add(s)
    if S0 > 0 and c.slip != 'bc_carry':
        c.use('carry_begin_nonzero', f'年末{c.f(S1)}=年初{c.f(S0)}+收入-支出，≠收入-支出{c.f(I - E)}')
    if S0 == 0:
        c.use('zero_value', '年初结转和结余为0')


def budget_numbers(c):
    r = c.r
    X = c.fx['exp']
    below = c.has('exec_below') or c.has('growth_vs_lastyear') or c.slip == 'rr_exec' or r.random() < 0.6
    if below:
        B = qz(X / Dr(r.uniform(0.86, 0.985)))
    else:
        B = X
    B0 = qz(B * Dr(r.uniform(0.85, 1.08)))
    adj = B - B0
    rt = c.pc(X, B)
    c.fx.update(B=B, B0=B0, adj=adj, rate=rt)
    if B != X:
        if c.has('exec_below') or c.has('growth_vs_lastyear') or r.random() < 0.5:
            c.use('exec_below', f'执行数{c.f(X)}低于全年预算{c.f(B)}，执行率{fp(rt)}%为正确比值')
        if 'exp_growth' in c.fx:
            last, d, up, grt = c.fx['exp_growth']
            c.use('growth_vs_lastyear', f'支出增幅{fp(grt)}%以上年{c.f(last)}为基数，非对预算{c.f(B)}')
    return X, B, B0, adj, rt


def sec_exec_prose(c):
    r = c.r
    X, B, B0, adj, rt = budget_numbers(c)
    shown = rt
    if c.slip == 'rr_exec':
        shown = transpose_pct(c, rt)
        c.slipped(f'预算执行率写作{fp(shown)}%，执行数{c.f(X)}/全年预算{c.f(B)}={fp(rt)}%（数字错位）',
                  [(r'(执行率(?:为|达)?|完成预算的)' + re.escape(fp(shown)) + '%', r'\g<1>' + fp(rt) + '%')])
    aw = ('追加', '调增') if adj >= 0 else ('调减', '调减')
    t = r.randrange(5)
    Y = c.Y
    if t == 0:
        s = f'{Y}年年初预算{c.mo(B0)}，年中{aw[0]}预算{c.mo(abs(adj))}，全年预算{c.mo(B)}，全年执行数{c.mo(X)}，预算执行率{fp(shown)}%。'
    elif t == 1:
        s = f'全年预算数为{c.mo(B)}（年初预算{c.mo(B0)}，{aw[1]}{c.mo(abs(adj))}），决算数{c.mo(X)}，执行率为{fp(shown)}%。'
    elif t == 2:
        s = f'本年度部门预算{c.mo(B)}，实际支出{c.mo(X)}，预算执行率{fp(shown)}%。'
    elif t == 3:
        U = B - X
        tail = f'，未执行部分{c.mo(U)}主要为{c.pick(REASONS_UNEX)}' if U > 0 else ''
        s = f'预算执行方面，调整后预算{c.mo(B)}，执行{c.mo(X)}，执行率达{fp(shown)}%{tail}。'
    else:
        s = f'全年预算{c.mo(B)}，决算支出{c.mo(X)}，完成预算的{fp(shown)}%。'
    c.add(s)


def sec_exec_table(c):
    """budget execution table (pipe/tab only)"""
    r = c.r
    X, B, B0, adj, rt = budget_numbers(c)
    A, Bp = c.fx['basic'], c.fx['proj']
    # split B into rows
    Bb = qz(A / Dr(r.uniform(0.95, 1.0))) if B != X else A
    if Bb > B:
        Bb = A
    Bpb = B - Bb
    if Bpb < Bp:
        Bb, Bpb = A, B - A
    B0b = qz(Bb * Dr(r.uniform(0.9, 1.05)))
    B0p = B0 - B0b
    if B0p <= 0:
        B0b = qz(B0 * Bb / B)
        B0p = B0 - B0b
    rows = [['基本支出', B0b, Bb - B0b, Bb, A], ['项目支出', B0p, Bpb - B0p, Bpb, Bp], ['合计', B0, adj, B, X]]
    six = r.random() < 0.6
    Y = c.Y
    if c.slip == 'tt_budget':
        v = transpose(c, B, keep_lt=None)
        c.add(c.pick([f'{Y}年部门全年预算{c.mo(v)}，各项支出执行情况见下表。', f'全年预算{c.mo(v)}，预算执行情况如下表：']))
        c.slipped(f'说明中全年预算写作{c.f(v)}，表中合计行全年预算为{c.f(B)}；应为{c.f(B)}{c.M}（数字错位）',
                  [('全年预算' + re.escape(c.mo(v)), '全年预算' + c.mo(B))])
    else:
        t = r.randrange(5)
        if t == 0:
            c.add(f'{Y}年全年预算{c.mo(B)}，执行数{c.mo(X)}，预算执行率{fp(rt)}%，具体情况如下表：')
        elif t == 1:
            c.add(f'本年度调整后预算{c.mo(B)}，实际支出{c.mo(X)}，执行率{fp(rt)}%。分项执行情况见下表。')
        elif t == 2:
            c.add('预算执行情况见下表：')
        elif t == 3:
            c.add(f'全年预算数为{c.mo(B)}，决算数{c.mo(X)}，执行率为{fp(rt)}%，其中基本支出和项目支出执行情况如下：')
        else:
            c.add(f'截至{Y}年12月31日，部门预算执行率{fp(rt)}%，分项情况如下表。')
    out = []
    for lab, b0, ad, bb, x in rows:
        if six:
            out.append([lab, c.f(b0), c.f(ad) if ad != 0 else '0', c.f(bb), c.f(x), fp(c.pc(x, bb))])
        else:
            out.append([lab, c.f(bb), c.f(x), fp(c.pc(x, bb))])
    hdr = ['项目', '年初预算', '调整预算', '全年预算', '执行数', '执行率（%）'] if six else ['项目', '全年预算数', '执行数', '执行率（%）']
    emit_table(c, f'表{len(c.tables) + 1}  {Y}年度预算执行情况表（单位：{c.M}）', hdr, out)


def sec_func(c):
    r = c.r
    Y = c.Y
    pool = FUNC_SUBJ[c.kind]
    primary = pool[0] if c.kind != 'dept' or r.random() < 0.5 else pool[1]
    subs = [primary] + r.sample([x for x in pool if x != primary], min(len(pool) - 1, r.randint(2, 3)))
    E = c.fx['exp']
    if c.dt == 'B':
        F = c.fx['gp_inc']
        wts = [Dr(r.uniform(0.05, 1)) for _ in subs]
        wts[0] = wts[0] + 2
        cur = split(F, wts)
        lastv = [qz(v / Dr(r.uniform(0.85, 1.15))) for v in cur]
        FL = sum(lastv)
        up = neg_wanted(c)
        if up is False or (up is None and F < FL):
            # force a decrease relative to last year
            if F >= FL:
                lastv[0] += (F - FL) + qz(F * Dr(r.uniform(0.03, 0.12)))
                FL = sum(lastv)
        d = abs(F - FL)
        upf = F > FL
        rt = c.pc(d, FL)
        w1, w2 = growth_words(c, upf)
        if d == 0:
            c.add(f'本年一般公共预算支出预算{c.mo(F)}，与上年预算持平。')
        else:
            c.add(c.pick([f'本年一般公共预算支出预算{c.mo(F)}，比上年预算{w1}{c.mo(d)}，{w2}{fp(rt)}%，按功能分类情况如下表：',
                          f'{Y}年一般公共预算支出预算{c.mo(F)}，比上年预算{w1}{c.mo(d)}，{w2}{fp(rt)}%。',
                          f'{c.uname()}{Y}年一般公共预算支出预算{c.mo(F)}，较上年预算{w1}{c.mo(d)}，{w2}{fp(rt)}%，主要用于{subs[0]}。',
                          f'一般公共预算支出预算{c.mo(F)}（详见下表），比上年预算{w1}{c.mo(d)}，{w2}{fp(rt)}%。',
                          f'按功能分类，{Y}年一般公共预算支出预算{c.mo(F)}，比上年预算{w1}{c.mo(d)}，{w2}{fp(rt)}%，具体如下：']))
            if not upf:
                c.use('negative_change', f'一般公共预算支出预算比上年预算减少{c.f(d)}，下降{fp(rt)}%')
        rows = [[s, c.f(l), c.f(v)] for s, l, v in zip(subs, lastv, cur)] + [['合计', c.f(FL), c.f(F)]]
        emit_table(c, f'表{len(c.tables) + 1}  一般公共预算支出预算表（按功能分类，单位：{c.M}）', ['科目名称', '上年预算数', '本年预算数'], rows)
        return
    hosp = c.kind == 'hospital'
    F = min(qz(c.fx['fin_inc'] * Dr(r.uniform(0.9, 1.0))), E)
    wts = [Dr(r.uniform(0.05, 1)) for _ in subs]
    wts[0] = wts[0] + 2
    fin = split(F, wts)
    bud = [qz(v / Dr(r.uniform(0.86, 1.08))) for v in fin]
    FB = sum(bud)
    tot_fin = F
    if c.slip == 'sb_table_total':
        k = r.randrange(1, len(subs))
        tot_fin = F - fin[k] + bud[k]
        if abs(tot_fin - F) < c.mind:
            bud[k] = fin[k] + qz(fin[k] * D('0.1')) + 1
            FB = sum(bud)
            tot_fin = F - fin[k] + bud[k]
        c.slipped(f'财政拨款支出表合计行决算数写作{c.f(tot_fin)}，系把“{subs[k]}”的年初预算数{c.f(bud[k])}当作决算数相加；各行决算数之和为{c.f(F)}，合计应为{c.f(F)}{c.M}',
                  [(r'(?m)^(合计(?: \| |\t|\n)' + re.escape(c.f(FB)) + r'(?: \| |\t|\n))' + re.escape(c.f(tot_fin)) + '$',
                    r'\g<1>' + c.f(F))])
        c.add(c.pick([f'{Y}年度财政拨款支出按功能分类情况如下表：', '一般公共预算财政拨款支出决算情况见下表。']))
    else:
        t = r.randrange(5)
        p = fp(c.pc(F, E))
        rr = fp(c.pc(F, FB))
        if t == 0:
            s = f'{Y}年度一般公共预算财政拨款支出{c.mo(F)}，占本年支出合计的{p}%，完成年初预算的{rr}%。'
        elif t == 1:
            w = '增加' if F >= FB else '减少'
            s = f'财政拨款支出决算数为{c.mo(F)}，比年初预算{w}{c.mo(abs(F - FB))}，完成年初预算的{rr}%。'
        elif t == 2:
            s = f'本年财政拨款支出{c.mo(F)}，主要用于{subs[0]}、{subs[1]}等方面（见下表）。'
        elif t == 3:
            s = f'一般公共预算财政拨款支出{c.mo(F)}，占本年支出合计的{p}%。'
        else:
            s = f'{Y}年财政拨款支出决算{c.mo(F)}，年初预算{c.mo(FB)}，完成年初预算的{rr}%。'
        c.add(s)
    rows = [[s, c.f(b), c.f(v)] for s, b, v in zip(subs, bud, fin)] + [['合计', c.f(FB), c.f(tot_fin)]]
    emit_table(c, f'表{len(c.tables) + 1}  财政拨款支出决算表（按功能分类，单位：{c.M}）', ['科目名称', '年初预算数', '决算数'], rows)


def sec_sangong(c):
    r = c.r
    Y = c.Y
    big = c.kind in ('hospital', 'town', 'dept')
    f = D(0)
    v1 = c.money(8, 25) if (r.random() < 0.2 and big) else D(0)
    v2 = c.money(1.5, 12)
    h = c.money(0.3, 6)
    v = v1 + v2
    T = f + v + h
    c.fx['sangong'] = T
    bud = c.dt == 'B'
    up = neg_wanted(c)
    t = r.randrange(5)
    if v1 > 0 and t == 2:
        t = 0
    kw = '预算' if bud else ''
    if t == 0:
        s = (f'{Y}年“三公”经费{"预算" if bud else "支出"}{c.mo(T)}，其中：因公出国（境）费{c.mo(f)}，公务用车购置及运行维护费{c.mo(v)}'
             f'（其中：公务用车购置费{c.mo(v1)}，公务用车运行维护费{c.mo(v2)}），公务接待费{c.mo(h)}。')
    elif t == 1:
        last, d, up, rt = make_growth(c, T, up, 0.05, 0.3)
        w1, w2 = growth_words(c, up)
        b = r.randint(4, 40)
        s = (f'“三公”经费{"预算" if bud else "决算"}{c.mo(T)}，比上年{kw}{w1}{c.mo(d)}，{w2}{fp(rt)}%。其中：因公出国（境）费{c.mo(f)}；'
             f'公务用车购置及运行维护费{c.mo(v)}；公务接待费{c.mo(h)}' + ('' if bud else f'，共接待{b}批次{b * r.randint(4, 9)}人次') + '。')
        if not up:
            c.use('negative_change', f'“三公”经费比上年减少{c.f(d)}，下降{fp(rt)}%')
    elif t == 2:
        s = f'三公经费{"预算" if bud else ""}合计{c.mo(T)}，包括因公出国（境）费{c.mo(f)}、公务用车运行维护费{c.mo(v2)}、公务接待费{c.mo(h)}，本年{"未安排" if bud else "未发生"}公务用车购置费。'
    elif t == 3:
        s = (f'“三公”经费{"预算" if bud else "支出"}{c.mo(T)}。因公出国（境）费{c.mo(f)}，与上年持平；公务用车购置及运行维护费{c.mo(v)}，'
             f'其中公务用车购置费{c.mo(v1)}、公务用车运行维护费{c.mo(v2)}；公务接待费{c.mo(h)}。')
    else:
        last, d, up, rt = make_growth(c, T, up, 0.05, 0.3)
        w1, w2 = growth_words(c, up)
        s = (f'{Y}年“三公”经费{"预算" if bud else "支出"}{c.mo(T)}，较上年{kw}{w1}{c.mo(d)}，{w2}{fp(rt)}%，主要是{c.pick(REASONS_SG_DOWN if not up else REASONS_SG_UP)}。'
             f'其中：因公出国（境）费{c.mo(f)}，公务用车购置及运行维护费{c.mo(v)}，公务接待费{c.mo(h)}。')
        if not up:
            c.use('negative_change', f'“三公”经费比上年减少{c.f(d)}，下降{fp(rt)}%')
    c.add(s)
    c.use('zero_value', '因公出国（境）费为0')


def sec_opcost(c):
    r = c.r
    Y = c.Y
    if c.kind in ('school', 'hospital'):
        c.add(c.pick(['本单位为事业单位，不涉及机关运行经费。', '本单位不属于行政单位和参照公务员法管理的事业单位，无机关运行经费支出。']))
        return
    X = qz(c.fx['public'] * Dr(r.uniform(0.45, 0.85)))
    c.fx['opcost'] = X
    bud = c.dt == 'B'
    yr = '比上年预算' if bud else '比上年'
    kw = '预算' if bud else '支出'
    if c.has('zero_base') and c.slip != 'rr_growth':
        why = c.pick(['上年该项经费在主管部门统一列支', '机构改革后首次单独核算', '上年机关运行经费由县级财政统一列支']
                     )
        if c.r.random() < 0.5:
            s = f'{Y}年机关运行经费{kw}{c.mo(X)}，{yr}增加{c.mo(X)}，因上年为0，无法计算增幅，主要原因是{why}。'
        else:
            s = f'机关运行经费{kw}{c.mo(X)}，上年为0，无法计算增幅（{why}）。'
        c.add(s)
        c.use('zero_base', f'机关运行经费上年为0，无增幅')
        return
    up = neg_wanted(c)
    last, d, up, rt = make_growth(c, X, up, 0.04, 0.3)
    shown = rt
    if c.slip == 'rr_growth':
        alt = c.pc(d, X)  # against this year's figure instead of last year's
        if abs(alt - rt) >= D('0.5'):
            shown = alt
            how = f'误以本年数{c.f(X)}为基数'
        else:
            shown = transpose_pct(c, rt)
            how = '数字错位'
        c.slipped(f'机关运行经费{"增长" if up else "下降"}率写作{fp(shown)}%，{"增加" if up else "减少"}额{c.f(d)}/上年数{c.f(last)}={fp(rt)}%（{how}）',
                  [(r'(下降|增长|增幅|降幅)' + re.escape(fp(shown)) + '%', r'\g<1>' + fp(rt) + '%')])
    w1, w2 = growth_words(c, up)
    t = r.randrange(4)
    if t == 0:
        s = f'{Y}年度机关运行经费{kw}{c.mo(X)}，{yr}{w1}{c.mo(d)}，{w2}{fp(shown)}%，主要原因是{c.pick(REASONS_OP_UP if up else REASONS_OP_DOWN)}。'
    elif t == 1:
        s = f'本部门{Y}年机关运行经费{c.mo(X)}，较上年{"预算" if bud else ""}{w1}{c.mo(d)}，{("增幅" if up else "降幅")}{fp(shown)}%，主要是{c.pick(REASONS_OP_UP if up else REASONS_OP_DOWN)}。'
    elif t == 2 and not bud:
        s = f'机关运行经费支出{c.mo(X)}，比上年{c.mo(last)}{w1}{c.mo(d)}，{w2}{fp(shown)}%。'
    else:
        s = f'机关运行经费{kw}{c.mo(X)}（主要用于办公费、水电费、差旅费、物业管理费等），{yr}{w1}{c.mo(d)}，{w2}{fp(shown)}%。'
    if not up:
        c.use('negative_change', f'机关运行经费比上年减少{c.f(d)}，下降{fp(rt)}%')
    c.add(s)


def sec_proc(c):
    r = c.r
    Y = c.Y
    E = c.fx['exp']
    T = qz(E * Dr(r.uniform(0.04, 0.2)))
    zero_w = c.has('zero_value') and 'zero_value' not in c.used or r.random() < 0.25
    if zero_w:
        g, s_ = split(T, [Dr(r.uniform(0.3, 0.8)), Dr(r.uniform(0.2, 0.6))])
        w = D(0)
    else:
        g, w, s_ = split(T, [Dr(r.uniform(0.2, 0.6)), Dr(r.uniform(0.2, 0.6)), Dr(r.uniform(0.1, 0.4))])
    c.fx['proc'] = T
    if c.dt == 'B':
        t = r.randrange(5)
        if t == 0:
            s = f'{Y}年政府采购预算总额{c.mo(T)}，其中：货物类{c.mo(g)}、工程类{c.mo(w)}、服务类{c.mo(s_)}。'
        elif t == 1:
            s = f'政府采购预算合计{c.mo(T)}，其中政府采购货物预算{c.mo(g)}，政府采购工程预算{c.mo(w)}，政府采购服务预算{c.mo(s_)}。'
        elif t == 2:
            s = f'本年度政府采购预算{c.mo(T)}，其中货物{c.mo(g)}、工程{c.mo(w)}、服务{c.mo(s_)}。'
        elif t == 3:
            s = f'{Y}年安排政府采购预算{c.mo(T)}，货物、工程、服务类分别为{c.mo(g)}、{c.mo(w)}、{c.mo(s_)}。'
        else:
            s = f'政府采购预算总额{c.mo(T)}（货物类{c.mo(g)}，工程类{c.mo(w)}，服务类{c.mo(s_)}），全部纳入政府采购管理。'
        c.add(s)
        if w == 0:
            c.use('zero_value', '政府采购工程预算0')
        return
    m = qz(T * Dr(r.uniform(0.6, 1.0)))
    x = qz(m * Dr(r.uniform(0.35, 0.95)))
    pm = c.pc(m, T)
    px_m = c.pc(x, m)
    px_t = c.pc(x, T)
    gs = g
    pms = pm
    if c.slip == 'sb_proc':
        gs = transpose(c, g)
        c.slipped(f'政府采购支出总额{c.f(T)}，货物{c.f(gs)}+工程{c.f(w)}+服务{c.f(s_)}={c.f(gs + w + s_)}；货物支出应为{c.f(g)}{c.M}（数字错位）',
                  [(re.escape(c.mo(gs)), c.mo(g))])
    if c.slip == 'rr_share':
        pms = transpose_pct(c, pm)
        c.slipped(f'授予中小企业合同金额占比写作{fp(pms)}%，{c.f(m)}/{c.f(T)}={fp(pm)}%（数字错位）',
                  [(r'(占(?:政府采购支出总额的)?)' + re.escape(fp(pms)) + '%', r'\g<1>' + fp(pm) + '%')])
    t = r.choice([0, 2, 4]) if c.has('share_denom') else r.randrange(5)
    if t == 0:
        s = (f'{Y}年度政府采购支出总额{c.mo(T)}，其中：政府采购货物支出{c.mo(gs)}、政府采购工程支出{c.mo(w)}、政府采购服务支出{c.mo(s_)}。'
             f'授予中小企业合同金额{c.mo(m)}，占政府采购支出总额的{fp(pms)}%，其中：授予小微企业合同金额{c.mo(x)}，占授予中小企业合同金额的{fp(px_m)}%。')
    elif t == 1:
        s = (f'本年政府采购支出合计{c.mo(T)}，包括货物类{c.mo(gs)}、工程类{c.mo(w)}、服务类{c.mo(s_)}；授予中小企业合同金额{c.mo(m)}，'
             f'占政府采购支出总额的{fp(pms)}%，其中授予小微企业合同金额{c.mo(x)}，占政府采购支出总额的{fp(px_t)}%。')
    elif t == 2:
        s = (f'政府采购情况：全年政府采购支出{c.mo(T)}（货物{c.mo(gs)}，工程{c.mo(w)}，服务{c.mo(s_)}）。授予中小企业合同金额{c.mo(m)}，'
             f'占{fp(pms)}%；其中授予小微企业合同金额{c.mo(x)}，占中小企业合同金额的{fp(px_m)}%。')
    elif t == 3:
        s = (f'{c.uname()}{Y}年政府采购支出总额为{c.mo(T)}，其中货物{c.mo(gs)}，工程{c.mo(w)}，服务{c.mo(s_)}。主要面向中小企业采购，'
             f'授予中小企业合同金额{c.mo(m)}，占政府采购支出总额的{fp(pms)}%（其中授予小微企业合同金额{c.mo(x)}）。')
    else:
        s = (f'政府采购支出总额{c.mo(T)}，货物、工程、服务类分别为{c.mo(gs)}、{c.mo(w)}、{c.mo(s_)}。授予中小企业合同金额{c.mo(m)}，'
             f'占政府采购支出总额的{fp(pms)}%，其中授予小微企业合同金额{c.mo(x)}，占授予中小企业合同金额的{fp(px_m)}%。')
    c.add(s)
    c.use('sme_nonexh', f'“其中”仅列小微企业{c.f(x)}，是中小企业{c.f(m)}的一部分，非穷尽')
    if t in (0, 2, 4):
        c.use('share_denom', f'小微企业占比{fp(px_m)}%以中小企业合同金额为分母（占总额为{fp(px_t)}%）')
    if w == 0:
        c.use('zero_value', '政府采购工程支出0')


def sec_assets(c):
    r = c.r
    Y = c.Y - 1 if c.dt == 'B' else c.Y
    k = c.kind
    if k == 'hospital':
        kinds = [('一般公务用车', r.randint(0, 2)), ('特种专业技术用车', r.randint(2, 6))]
        other = ('特种专业技术用车', '救护车')
    elif k == 'school':
        kinds = [('一般公务用车', r.randint(0, 1)), ('其他用车', r.randint(1, 3))]
        other = ('其他用车', '校车及后勤保障车辆')
    elif k == 'dept':
        kinds = [('一般公务用车', r.randint(1, 2)), ('执法执勤用车', r.randint(1, 5)), ('特种专业技术用车', r.randint(0, 2))]
        other = ('特种专业技术用车', '专业检测车辆')
    else:
        kinds = [('一般公务用车', r.randint(1, 2)), ('执法执勤用车', r.randint(1, 3)), ('应急保障用车', r.randint(1, 2))]
        other = ('应急保障用车', '防汛应急车辆')
    kinds = [kv for kv in kinds if kv[1] > 0]
    N = sum(v for _, v in kinds)
    eq50 = r.randint(0, 3)
    eq100 = r.randint(0, 2) if k != 'hospital' else r.randint(1, 6)
    KL = lambda ks: '，'.join(f'{a}{b}辆' for a, b in ks)
    KL2 = lambda ks: '、'.join(f'{a}{b}辆' for a, b in ks)
    if c.slip == 'sb_vehicle':
        if N < 3:
            kinds[-1] = (kinds[-1][0], kinds[-1][1] + 2)
            N = sum(v for _, v in kinds)
        Ns = N - r.choice([1, 1, 2])
        c.slipped(f'车辆总数写作{Ns}辆，但分类车辆之和为{N}辆（{KL2(kinds)}），超过总数；车辆总数应为{N}辆（沿用上年数）',
                  [(f'车辆{Ns}辆', f'车辆{N}辆')])
        t = r.choice([0, 3, 4])
        if t == 0:
            s = f'截至{Y}年12月31日，共有车辆{Ns}辆，其中：{KL(kinds)}；单价50万元以上通用设备{eq50}台（套），单价100万元以上专用设备{eq100}台（套）。'
        elif t == 3:
            s = f'截至{Y}年底，{c.uname()}共有车辆{Ns}辆，其中{KL2(kinds)}。单价100万元以上专用设备{eq100}台（套）。'
        else:
            s = f'资产方面，本单位年末车辆{Ns}辆，其中：{KL2(kinds)}；单价100万元以上专用设备{eq100}台（套）。'
        c.add(s)
        return
    c.fx['veh'] = N
    mode = 'full'
    if c.has('veh_other_sentence') and len(kinds) >= 2 and any(a == other[0] for a, _ in kinds):
        mode = 'other'
    elif c.has('veh_partial') and len(kinds) >= 2:
        mode = 'partial'
    if mode == 'other':
        ok = [kv for kv in kinds if kv[0] != other[0]]
        n_other = [b for a, b in kinds if a == other[0]][0]
        t = r.randrange(3)
        if t == 0:
            s = (f'年末共有车辆{N}辆，其中{KL2(ok)}。{other[0]}{n_other}辆为{other[1]}，已计入上述车辆总数。'
                 f'单价50万元以上通用设备{eq50}台（套），单价100万元以上专用设备{eq100}台（套）。')
        elif t == 1:
            s = (f'截至{Y}年12月31日，共有车辆{N}辆，其中：{KL(ok)}。另有{other[0]}{n_other}辆（{other[1]}），包含在车辆总数内；'
                 f'单价100万元以上专用设备{eq100}台（套）。')
        else:
            s = (f'资产方面，本单位年末车辆{N}辆，其中{KL2(ok)}。{other[0]}{n_other}辆另行登记管理，均计入上述车辆数。'
                 f'单价50万元以上通用设备{eq50}台（套）。')
        c.use('veh_other_sentence', f'车辆{N}辆=首句所列{sum(b for _, b in ok)}辆+另句所述{other[0]}{n_other}辆')
    elif mode == 'partial':
        sub = kinds[:r.randint(1, len(kinds) - 1)]
        t = r.randrange(3)
        if t == 0:
            s = f'国有资产占用情况：车辆{N}辆（其中{KL2(sub)}）；单价50万元以上通用设备{eq50}台（套）；单价100万元以上专用设备{eq100}台（套）。'
        elif t == 1:
            s = f'截至{Y}年12月31日，共有车辆{N}辆，其中：{KL(sub)}；单价100万元以上专用设备{eq100}台（套）。'
        else:
            s = f'资产方面，本单位年末车辆{N}辆，其中{KL2(sub)}，其余为其他用途车辆；单价50万元以上通用设备{eq50}台（套）。'
        c.use('veh_partial', f'车辆{N}辆，“其中”只列{KL2(sub)}（{sum(b for _, b in sub)}辆），其余种类未列，非穷尽')
    else:
        t = r.randrange(4)
        if t == 0:
            s = f'截至{Y}年12月31日，共有车辆{N}辆，其中：{KL(kinds)}；单价50万元以上通用设备{eq50}台（套），单价100万元以上专用设备{eq100}台（套）。'
        elif t == 1:
            s = f'截至{Y}年底，{c.uname()}共有车辆{N}辆，其中{KL2(kinds)}。无单价50万元以上通用设备，单价100万元以上专用设备{eq100}台（套）。'
        elif t == 2:
            s = f'资产方面，本单位年末车辆{N}辆，其中：{KL2(kinds)}；单价100万元以上专用设备{eq100}台（套）。'
        else:
            s = f'国有资产占用情况：截至{Y}年12月31日，车辆{N}辆，其中{KL2(kinds)}；单价50万元以上通用设备{eq50}台（套）。'
    c.add(s)


def sec_projects(c, n=None):
    r = c.r
    names = r.sample(PROJECTS[c.kind], 3)
    n = n or r.randint(1, 2)
    slip_i = r.randrange(n) if c.slip == 'bc_project' else -1
    nst = r.choice(['paren', 'dot'])
    for i in range(n):
        Bp = qz(c.fx['proj'] * Dr(r.uniform(0.08, 0.35)))
        full = r.random() < 0.3 and i != slip_i
        Y = Bp if full else qz(Bp * Dr(r.uniform(0.72, 0.97)))
        Z = Bp - Y
        rt = c.pc(Y, Bp)
        Zs = Z
        if i == slip_i:
            Zs = transpose(c, Z)
            if Zs is None:
                Zs = Z + qz(Z * D('0.1')) + 1
            c.slipped(f'“{names[i]}”项目结余写作{c.f(Zs)}，预算{c.f(Bp)}-支出{c.f(Y)}={c.f(Z)}；结余应为{c.f(Z)}{c.M}',
                  [(r'(结余|结转|结余资金)' + re.escape(c.mo(Zs)), r'\g<1>' + c.mo(Z))])
        t = r.randrange(5)
        j = i + 1
        if nst == 'dot' and t != 3:
            t = 3
        elif nst == 'paren' and t == 3:
            t = 0
        if t == 0:
            s = f'（{j}）{names[i]}项目：安排资金{c.mo(Bp)}，实际支出{c.mo(Y)}，执行率{fp(rt)}%，结余{c.mo(Zs)}。'
        elif t == 1:
            tail = '，将按规定结转使用' if Zs != 0 else ''
            s = f'（{j}）{names[i]}项目下达资金{c.mo(Bp)}，已支付{c.mo(Y)}，结余资金{c.mo(Zs)}{tail}。'
        elif t == 2:
            s = f'（{j}）{names[i]}项目预算{c.mo(Bp)}，完成支付{c.mo(Y)}，支付率{fp(rt)}%，结转{c.mo(Zs)}。'
        elif t == 3:
            tail = f'，结余原因为{c.pick(REASONS_UNEX)}' if Zs != 0 else '，资金已全部支付'
            s = f'{j}.{names[i]}：预算资金{c.mo(Bp)}，实际支出{c.mo(Y)}，结余{c.mo(Zs)}{tail}。'
        else:
            s = f'（{j}）{names[i]}项目安排资金{c.mo(Bp)}，支出{c.mo(Y)}，执行率{fp(rt)}%，结余{c.mo(Zs)}。'
        c.add(s)
        if Z == 0 and i != slip_i:
            c.use('zero_value', f'{names[i]}项目结余0')


# ---------------------------------------------------------------- tables
def emit_table(c, title, hdr, rows, blank_cells=None):
    c.tables.append(title)
    if title:
        c.add(title)
    if c.sep == 'cell':
        assert len(hdr) <= 3, hdr
        c.add('')
        for h in hdr:
            c.add(h)
        for row in rows:
            for x in row:
                c.add(x)
        c.add('')
        return
    sep = ' | ' if c.sep == 'pipe' else '\t'
    c.add(sep.join(hdr))
    for row in rows:
        line = sep.join(row)
        if c.sep == 'pipe':
            line = line.replace(' |  | ', ' |  | ')
        c.add(line)


# ---------------------------------------------------------------- performance
def build_indicators(c, total):
    r = c.r
    gw = r.choice(GROUP_W90 if total == 90 else GROUP_W100)
    groups = []
    for g, w in zip(['决策', '过程', '产出', '效益'], gw):
        pool = list(IND[g])
        if total == 100 and g == '过程' and r.random() < 0.5:
            pool.append(('资金管理', '预算执行率'))
        n = 2 if g in ('决策', '效益') else r.randint(2, 3)
        items = r.sample(pool, n)
        # integer weights >= 3
        ws = [3] * n
        rest = w - 3 * n
        for _ in range(rest):
            ws[r.randrange(n)] += 1
        groups.append((g, [(a, b, D(x)) for (a, b), x in zip(items, ws)]))
    return groups


def deduct(c, weights, ded, cap_idx=None):
    """distribute deduction `ded` (multiple of 0.5) over a few rows, none losing more than 40% of its weight"""
    r = c.r
    n = len(weights)
    scores = list(weights)
    cand = [i for i in range(n) if i != cap_idx]
    focus = r.sample(cand, min(len(cand), r.randint(1, 3)))
    limit = {i: (weights[i] * D('0.4') / D('0.5')).to_integral_value(rounding='ROUND_FLOOR') * D('0.5') for i in cand}
    left = D(ded)
    while left > 0:
        pool = [i for i in focus if weights[i] - scores[i] < limit[i]] or \
               [i for i in cand if weights[i] - scores[i] < limit[i]]
        if not pool:
            raise RuntimeError('deduction too large')
        i = r.choice(pool)
        step = min(left, D('0.5') if r.random() < 0.5 else D(1), limit[i] - (weights[i] - scores[i]))
        scores[i] -= step
        left -= step
    return scores


def grade_text(c, g):
    return c.pick(GRADE_WORDS[g])


def conclusion(c, S, G, comps=None):
    r = c.r
    Y = c.Y
    g = grade_text(c, G)
    c.fx['gword'] = g
    if comps:
        ct = '，'.join(f'{k}得分{fs(v)}分' for k, v in comps)
        return c.pick([f'综合自评得分{fs(S)}分（{ct}），评价等级为“{g}”。',
                       f'经自评，{ct}，共计得分{fs(S)}分，自评等级为{g}。',
                       f'部门整体支出绩效自评总得分{fs(S)}分，其中{ct}，属于“{g}”等次。'])
    return c.pick([f'经综合评价，{c.uname()}{Y}年度部门整体支出绩效自评得分为{fs(S)}分，自评等级为“{g}”。',
                   f'自评结论：综合得分{fs(S)}分，评价等级{g}。',
                   f'根据评价指标体系逐项打分，总分{fs(S)}分，绩效评价等级为{g}。',
                   f'本次自评最终得分{fs(S)}分，等级“{g}”。',
                   f'部门整体支出绩效自评总得分{fs(S)}分，属于“{g}”等次。'])


def reason_line(c, name, w, s, wrong_s=None, group='过程', t=None, why=None):
    r = c.r
    ss = s if wrong_s is None else wrong_s
    if why is None:
        used = c.fx.setdefault('dev_used', set())
        pool = [x for x in REASONS_DEV[group] if x not in used] or REASONS_DEV[group]
        why = c.pick(pool)
        used.add(why)
    if t is None:
        t = r.randrange(5)
    if t == 0:
        return f'“{name}”指标得分{fs(ss)}分（分值{fs(w)}分），偏差原因：{why}。'
    if t == 1:
        return f'偏差原因：“{name}”指标分值{fs(w)}分，得分{fs(ss)}分，主要是{why}。'
    if t == 2:
        return f'偏差原因分析：“{name}”指标未达到满分（分值{fs(w)}分，得分{fs(ss)}分），原因是{why}。'
    if t == 3:
        return f'其中“{name}”指标得分{fs(ss)}分，低于分值{fs(w)}分，偏差原因是{why}。'
    return f'“{name}”指标扣{fs(w - ss)}分，得分{fs(ss)}分，偏差原因为{why}。'


def sec_perf_table(c):
    """P documents: score table(s) + deviation reasons + conclusion"""
    r = c.r
    split10 = c.has('score_split') or c.slip == 'st_split'
    total_w = 90 if split10 else 100
    groups = build_indicators(c, total_w)
    fmt = '3col' if c.sep == 'cell' else r.choice(['5col', '5col', '4col', '3col'])
    if c.slip == 'st_table' or (c.slip == 'sc_row' and c.fx.get('sc_fmt') == '5col'):
        fmt = '5col'
    if c.slip == 'sc_row' and c.fx.get('sc_fmt') == '3col':
        fmt = '3col'
    if c.slip == 'tt_score_reason' and fmt == '3col':
        fmt = '5col' if c.sep != 'cell' else '3col'
    # rows to score
    if fmt == '3col':
        rows = [(g, None, g, sum(w for _, _, w in items)) for g, items in groups]
    else:
        rows = [(g, a, b, w) for g, items in groups for a, b, w in items]
    weights = [w for *_, w in rows]
    # choose deduction
    s1 = None
    if split10:
        rt = c.fx['rate']
        s1 = qz(rt / 10)
    if c.has('grade_boundary'):
        target = D(r.choice([90, 90, 80]))
        ded = D(total_w) - target
        c.use('grade_boundary', f'自评得分恰为{fs(target)}分，等级{band(target)}（{fs(target)}分属“{band(target)}”档下限）')
    elif c.slip == 'gb_hi':
        ded = D(r.choice(['10.5', '11', '12.5', '14', '15.5', '17']))
    else:
        ded = D(r.choice(['0', '1', '1.5', '2', '2.5', '3', '3.5', '4', '5', '6', '7.5', '8', '11', '12.5', '16', '23']))
        if (c.has('score_below_reason') or c.slip in ('st_table', 'tt_score_reason')) and ded == 0:
            ded = D('2')
    if fmt == '3col' and c.has('score_below_reason') and ded == 0:
        ded = D('2')
    cap_i = None
    over = D(0)
    if c.slip == 'sc_row':
        cap_i = r.randrange(len(rows))
        over = D(r.choice(['0.5', '1', '2']))
        ded = max(ded, over + D('1.5'))
    scores = deduct(c, weights, ded + over, cap_idx=cap_i) if (ded + over) > 0 else list(weights)
    if cap_i is not None:
        scores[cap_i] = weights[cap_i] + over
        if band(sum(scores)) != band(sum(scores) - over):
            raise RuntimeError('repair would change the grade')
        c.slipped(f'“{rows[cap_i][2]}”得分{fs(scores[cap_i])}分超过其分值{fs(weights[cap_i])}分（应不高于{fs(weights[cap_i])}分）；'
                  f'各项得分合计与总分一致（若改为{fs(weights[cap_i])}分，总分相应为{fs(sum(scores) - over)}分）', [])
    S2 = sum(scores)
    tot_shown = S2
    if c.slip == 'st_table':
        # stale total: written before a deduction was booked
        dd = [w - s for w, s in zip(weights, scores) if w != s]
        delta = dd[0] if dd else D(1)
        tot_shown = S2 + delta
        if band(tot_shown) != band(S2):
            raise RuntimeError('repair would change the grade')
        c.slipped(f'评分表合计行得分写作{fs(tot_shown)}分（结论同），但各指标得分之和为{fs(S2)}分；总分应为{fs(S2)}分（漏减一项扣分）', [])
    Y = c.Y
    # ---- emit tables
    if split10:
        title = c.pick([f'表{len(c.tables) + 1}  预算执行情况评分表', '预算执行率评分（10分）', f'表{len(c.tables) + 1}  预算执行率得分'])
        emit_table(c, title, ['指标', '分值', '得分'], [['年度预算执行率', '10', fs(s1)]])
        c.use('score_split', f'总分100=预算执行率10分表（得{fs(s1)}）+绩效指标90分表（得{fs(S2)}）')
    title = c.pick([f'表{len(c.tables) + 1}  {Y}年度部门整体支出绩效评价指标得分表', f'附表：{c.uname()}部门整体支出绩效自评表',
                    f'{"绩效指标评分表（90分）" if split10 else "部门整体支出绩效自评指标表"}'])
    if fmt == '5col':
        hdr = ['一级指标', '二级指标', '三级指标', '分值', '得分']
        out = []
        prev = None
        for (g, a, b, w), s in zip(rows, scores):
            out.append([g if g != prev else '', a, b, fs(w), fs(s)])
            prev = g
        out.append(['合计', '', '', fs(sum(weights)), fs(tot_shown)])
    elif fmt == '4col':
        hdr = ['二级指标', '三级指标', '分值', '得分']
        out = [[a, b, fs(w), fs(s)] for (g, a, b, w), s in zip(rows, scores)]
        out.append(['合计', '', fs(sum(weights)), fs(tot_shown)])
    else:
        hdr = ['一级指标', '分值', '得分']
        out = [[g, fs(w), fs(s)] for (g, a, b, w), s in zip(rows, scores)]
        out.append([c.pick(['合计', '总分']), fs(sum(weights)), fs(tot_shown)])
    emit_table(c, title, hdr, out)
    # ---- deviation reasons
    below = [i for i, (w, s) in enumerate(zip(weights, scores)) if s < w]
    if c.slip == 'tt_score_reason':
        if not below:
            raise RuntimeError('need a deduction')
        i = below[0]
        step = D(r.choice(['0.5', '1']))
        wrong = scores[i] + step if scores[i] + step < weights[i] else scores[i] - D('0.5')
        t = r.randrange(5)
        why = c.pick(REASONS_DEV[rows[i][0]])
        lw = reason_line(c, rows[i][2], weights[i], scores[i], wrong, rows[i][0], t, why)
        lr = reason_line(c, rows[i][2], weights[i], scores[i], None, rows[i][0], t, why)
        c.add(lw)
        c.slipped(f'偏差原因说明中“{rows[i][2]}”得分写作{fs(wrong)}分，表中为{fs(scores[i])}分；应为{fs(scores[i])}分',
                  [(re.escape(lw), lr)])
    elif below and (c.has('score_below_reason') or r.random() < 0.6):
        for i in below[:r.randint(1, 2)]:
            c.add(reason_line(c, rows[i][2], weights[i], scores[i], group=rows[i][0]))
        c.use('score_below_reason', f'“{rows[below[0]][2]}”得分{fs(scores[below[0]])}低于分值{fs(weights[below[0]])}，已说明偏差原因')
    # ---- conclusion
    if split10:
        S = s1 + S2
        Ss = S
        if c.slip == 'st_split':
            Ss = S + D(r.choice(['1', '2', '0.5', '-1']))
            if band(Ss) != band(S):
                Ss = S - (Ss - S)
            c.slipped(f'综合自评得分写作{fs(Ss)}分，预算执行率得分{fs(s1)}+绩效指标得分{fs(S2)}={fs(S)}分；应为{fs(S)}分',
                      [(r'((?:得分为|得分|总分))' + re.escape(fs(Ss)) + '分', r'\g<1>' + fs(S) + '分')])
        G = band(Ss)
        c.fx['S'] = Ss
        c.add(conclusion(c, Ss, G, [('预算执行率', s1), ('绩效指标', S2)]))
        return
    S = tot_shown
    G = band(S)
    if c.slip == 'gb_hi':
        G = '优'
        c.slipped(f'自评得分{fs(S)}分，等级却写作“优”；按90分以上为优、80-90为良，应为“良”', [])
    c.fx['S'] = S
    comps = None
    if fmt in ('5col', '3col') and c.slip not in ('st_table', 'sc_row') and r.random() < 0.4:
        comps = [(f'{g}指标', sum(s for (gg, *_), s in zip(rows, scores) if gg == g)) for g, _ in groups]
    c.add(conclusion(c, S, G, comps))
    # ---- repairs for the score slips, now that the layout is fixed
    SEPR = r'(?: \| |\t)'
    def cell_re(label, w, sc):
        if c.sep == 'cell':
            return r'(?m)^(' + re.escape(label) + r'\n' + re.escape(fs(w)) + r'\n)' + re.escape(fs(sc)) + '$'
        return r'(?m)^([^\n]*' + re.escape(label) + SEPR + re.escape(fs(w)) + SEPR + r')' + re.escape(fs(sc)) + '$'
    def total_re(tot):
        if c.sep == 'cell':
            return r'(?m)^((?:合计|总分)\n' + re.escape(fs(sum(weights))) + r'\n)' + re.escape(fs(tot)) + '$'
        return r'(?m)^((?:合计|总分)[^\n]*' + SEPR + r')' + re.escape(fs(tot)) + '$'
    prose_re = lambda v: r'((?:得分为|得分|总分))' + re.escape(fs(v)) + '分'
    if c.slip == 'sc_row':
        lab = rows[cap_i][2]
        newS = S - over
        c.repairs = [(cell_re(lab, weights[cap_i], scores[cap_i]), r'\g<1>' + fs(weights[cap_i])),
                     (total_re(S), r'\g<1>' + fs(newS)), (prose_re(S), r'\g<1>' + fs(newS) + '分')]
    if c.slip == 'st_table':
        c.repairs = [(total_re(tot_shown), r'\g<1>' + fs(S2)), (prose_re(tot_shown), r'\g<1>' + fs(S2) + '分')]
    if c.slip == 'gb_hi':
        right = {'优': '良', '优秀': '良好'}[c.fx['gword']]
        c.repairs = [(r'((?:等级|属于)(?:为)?[“"]?)' + c.fx['gword'] + r'(?![秀好等])', r'\g<1>' + right)]


def sec_perf_summary(c):
    """J documents: a one-line self-evaluation summary (no table)"""
    r = c.r
    Y = c.Y
    if c.slip == 'gb_lo':
        S = D(r.choice(['72', '74.5', '76', '77.5', '78']))
        G = '良'
        c.slipped(f'自评得分{fs(S)}分，等级写作“良”；60-80分应为“中”', [])
    elif c.has('grade_boundary'):
        S = D(r.choice([90, 80]))
        G = band(S)
        c.use('grade_boundary', f'自评得分恰为{fs(S)}分，等级{G}')
    else:
        S = D(r.choice(['95', '92.5', '96', '88', '91.5', '85', '98', '93']))
        G = band(S)
    n = r.randint(2, 9)
    comps = None
    if r.random() < 0.4 and c.slip != 'gb_lo':
        # four group scores that add to S
        ws = r.choice(GROUP_W100)
        ded = 100 - S
        sc = deduct(c, [D(w) for w in ws], ded) if ded > 0 else [D(w) for w in ws]
        comps = [(f'{g}指标', v) for g, v in zip(['决策', '过程', '产出', '效益'], sc)]
    lead = c.pick([f'{Y}年，本部门对{n}个项目开展了绩效自评，并开展了部门整体支出绩效自评。',
                   f'本部门按要求组织开展了{Y}年度预算绩效自评工作。', f'{Y}年度部门整体支出已开展绩效自评。',
                   f'根据县财政局要求，本部门组织对{Y}年度部门整体支出开展了绩效自评。',
                   f'{Y}年本部门实现项目绩效自评全覆盖，共涉及{n}个项目。'])
    c.add(lead + conclusion(c, S, G, comps))
    if c.slip == 'gb_lo':
        right = {'良': '中', '良好': '中等'}[c.fx['gword']]
        c.repairs = [(r'((?:等级|属于)(?:为)?[“"]?)' + c.fx['gword'] + r'(?![秀好等])', r'\g<1>' + right)]


def sec_fc_staff(c):
    act = c.fx['active']
    v = act
    if c.slip == 'fc_staff':
        v = act + c.r.choice([-2, -1, 1, 2])
        c.slipped(f'人员管理处写“年末在职人员{v}人”，与基本情况中在职人员{act}人不一致；应为{act}人',
                  [(f'(年末在职人员){v}人', f'\\g<1>{act}人')])
    c.add(c.pick([f'人员管理方面，严格执行编制管理规定，年末在职人员{v}人，未超出核定编制。',
                  f'财政供养人员控制率：年末在职人员{v}人，核定编制{c.fx["quota"]}人，未超编。',
                  f'人员管理：年末在职人员{v}人，在编制限额内，人员经费保障到位。',
                  f'{c.Y}年末在职人员{v}人，财政供养人员控制率未超过100%。',
                  f'本年度严格控制人员编制，年末在职人员{v}人。']))


def sec_fc_opcost(c):
    X = c.fx['opcost']
    v = X
    if c.slip == 'fc_opcost':
        v = transpose(c, X)
        c.slipped(f'绩效部分写“机关运行经费{c.f(v)}”，与第五部分机关运行经费{c.f(X)}不一致；应为{c.f(X)}{c.M}（数字错位）',
                  [(re.escape(c.mo(v)), c.mo(X))])
    c.add(c.pick([f'经济性方面，{c.Y}年机关运行经费{c.mo(v)}，严格控制在年初预算以内。',
                  f'全年机关运行经费{c.mo(v)}，“三公”经费控制在预算额度以内。',
                  f'机关运行经费{c.mo(v)}，较好地保障了机关日常运转。',
                  f'{c.Y}年度机关运行经费支出{c.mo(v)}，未超出预算。',
                  f'公用经费控制方面，机关运行经费{c.mo(v)}，未突破年初预算。']))


# ---------------------------------------------------------------- documents
def doc_P(c):
    r = c.r
    c.fx['S0'] = (c.money(0.01 * 800, 0.08 * 800) if c.kind != 'dept' else c.money(3, 40)) if (
        c.has('carry_begin_nonzero') or r.random() < 0.6) else D(0)
    if c.has('zero_value') and not c.has('carry_begin_nonzero') and r.random() < 0.3:
        c.fx['S0'] = D(0)
    sec_head(c)
    if r.random() < 0.5:
        c.add(c.pick(['填报单位（盖章）：' + c.uname(), f'填报日期：{c.Y + 1}年{r.randint(1, 4)}月{r.randint(1, 28)}日']))
    c.head(['部门基本情况', '基本情况', '部门概况'])
    c.add(c.pick(DUTIES[c.kind]))
    sec_staff(c)
    c.head(['部门整体收支情况', '收支情况', '部门整体支出管理及使用情况'])
    sec_income(c)
    sec_expend(c)
    sec_carry(c)
    c.head(['预算执行情况', '预算执行情况', '部门预算执行情况'])
    use_table = c.slip == 'tt_budget' or (c.sep != 'cell' and c.slip != 'rr_exec' and r.random() < 0.35)
    if use_table:
        sec_exec_table(c)
    else:
        sec_exec_prose(c)
    if c.slip == 'bc_project' or r.random() < 0.4:
        c.add(c.pick(['重点项目执行情况：', '重点项目资金使用情况如下：', '主要项目支出情况如下：']))
        sec_projects(c)
    econ = c.has('zero_value') or c.has('zero_base') or c.has('sme_nonexh') or c.has('share_denom') or \
        c.has('veh_partial') or c.has('veh_other_sentence') or c.slip == 'rr_share' or r.random() < 0.3
    if econ:
        c.head(['资金使用效益（经济性）', '经济性分析', '“三公”经费、政府采购及资产管理情况'])
        if c.has('zero_value') or c.has('zero_base') or r.random() < 0.5:
            sec_sangong(c)
        if c.has('zero_base') or (c.kind not in ('school', 'hospital') and r.random() < 0.3):
            sec_opcost(c)
        if c.has('sme_nonexh') or c.has('share_denom') or c.slip == 'rr_share' or r.random() < 0.4:
            sec_proc(c)
        if c.has('veh_partial') or c.has('veh_other_sentence') or r.random() < 0.3:
            sec_assets(c)
    c.head(['绩效自评情况', '绩效自评结果', '部门整体支出绩效自评结论'])
    if c.slip == 'fc_staff' or r.random() < 0.25:
        sec_fc_staff(c)
    sec_perf_table(c)
    c.head(['存在的问题及改进措施', '存在问题和整改措施', '下一步改进措施'])
    for x in r.sample(FILLER, r.randint(1, 2)):
        c.add(x)


def doc_J(c):
    r = c.r
    c.fx['S0'] = c.wan(D(0)) if (c.has('zero_value') and r.random() < 0.3 and not c.has('carry_begin_nonzero')) else (
        c.money(5, 180) if (c.has('carry_begin_nonzero') or c.slip == 'bc_carry' or r.random() < 0.7) else D(0))
    sec_head(c)
    c.head(['部门基本情况', '部门概况', '单位基本情况'])
    c.add(c.pick(DUTIES[c.kind]))
    sec_staff(c)
    c.head(['收入支出决算总体情况', '收入支出决算情况说明', '部门决算收支情况'])
    inc_table = sec_income(c, allow_table=True)
    sec_expend(c)
    sec_carry(c)
    if c.slip == 'sb_table_total' or not inc_table or r.random() < 0.5:
        c.head(['财政拨款支出决算情况', '一般公共预算财政拨款支出情况'])
        sec_func(c)
    if c.has('exec_below') or c.has('growth_vs_lastyear') or r.random() < 0.4:
        sec_exec_prose(c)
    c.head(['“三公”经费支出情况', '“三公”经费财政拨款支出决算情况'])
    sec_sangong(c)
    c.head(['机关运行经费支出情况', '机关运行经费'])
    sec_opcost(c)
    c.head(['政府采购支出情况', '政府采购情况'])
    sec_proc(c)
    c.head(['国有资产占用情况', '国有资产占有使用情况'])
    sec_assets(c)
    c.head(['预算绩效管理情况', '绩效管理工作开展情况'])
    if c.slip == 'fc_opcost':
        sec_fc_opcost(c)
    elif 'opcost' in c.fx and r.random() < 0.3:
        sec_fc_opcost(c)
    sec_perf_summary(c)


def doc_B(c):
    r = c.r
    sec_head(c)
    c.head(['部门基本情况', '部门概况', '单位概况'])
    c.add(c.pick(DUTIES[c.kind]))
    sec_staff(c)
    c.head(['收支预算总体情况', '部门收支预算情况', '收支预算说明'])
    sec_income(c)
    sec_expend(c)
    if True:
        c.head(['一般公共预算支出预算情况', '一般公共预算拨款支出情况'])
        sec_func(c)
    c.head(['“三公”经费预算情况', '“三公”经费预算'])
    sec_sangong(c)
    c.head(['机关运行经费预算', '机关运行经费安排情况'])
    sec_opcost(c)
    c.head(['政府采购预算情况', '政府采购安排情况'])
    sec_proc(c)
    c.head([f'国有资产占用情况（截至{c.Y - 1}年12月31日）', '国有资产占有使用情况'])
    sec_assets(c)
    c.head(['预算绩效目标设置情况', '绩效目标管理情况'])
    n = r.randint(3, 15)
    c.add(f'{c.Y}年本部门{n}个项目全部编制了绩效目标，实现绩效目标管理全覆盖。')


# ---------------------------------------------------------------- plan
SLIPS = [
    ('sb_income', 'sum.breakdown', 'B'), ('sb_proc', 'sum.breakdown', 'J'), ('sb_vehicle', 'sum.breakdown', 'J'),
    ('sb_staff', 'sum.breakdown', 'P'), ('sb_table_total', 'sum.breakdown', 'J'),
    ('rr_exec', 'rate.ratio', 'P'), ('rr_growth', 'rate.ratio', 'J'), ('rr_share', 'rate.ratio', 'P'),
    ('bc_carry', 'balance.carryover', 'J'), ('bc_project', 'balance.carryover', 'P'),
    ('st_table', 'score.total', 'P'), ('st_split', 'score.total', 'P'),
    ('sc_row', 'score.cap', 'P'), ('sc_row', 'score.cap', 'P'),
    ('gb_hi', 'grade.band', 'P'), ('gb_lo', 'grade.band', 'J'),
    ('tt_score_reason', 'table.text', 'P'), ('tt_budget', 'table.text', 'P'),
    ('fc_staff', 'fact.conflict', 'P'), ('fc_opcost', 'fact.conflict', 'J'),
]
CLEAN_TYPES = ['P'] * 8 + ['J'] * 7 + ['B'] * 5

TRAPS_FOR = {
    'P': ['nested', 'sme_nonexh', 'share_denom', 'veh_partial', 'veh_other_sentence', 'rounding', 'growth_vs_lastyear',
          'exec_below', 'renci', 'negative_change', 'zero_value', 'zero_base', 'score_below_reason', 'score_split',
          'carry_begin_nonzero', 'grade_boundary'],
    'J': ['nested', 'sme_nonexh', 'share_denom', 'veh_partial', 'veh_other_sentence', 'rounding', 'growth_vs_lastyear',
          'exec_below', 'renci', 'negative_change', 'zero_value', 'zero_base', 'carry_begin_nonzero', 'grade_boundary'],
    'B': ['nested', 'veh_partial', 'veh_other_sentence', 'rounding', 'renci', 'negative_change', 'zero_value', 'zero_base'],
}
SAFE_SLIP_TRAPS = ['nested', 'renci', 'negative_change', 'zero_value']


def plan(rng):
    items = [(s, fam, dt) for s, fam, dt in SLIPS] + [(None, 'clean', dt) for dt in CLEAN_TYPES]
    rng.shuffle(items)
    units = list(UNITS)
    rng.shuffle(units)
    usage = {t: 0 for t in TRAPS_FOR['P']}
    seps = ['pipe'] * 20 + ['tab'] * 14 + ['cell'] * 6
    rng.shuffle(seps)
    out = []
    sc_fmts = ['5col', '3col']
    for i, (slip, fam, dt) in enumerate(items):
        need_gov = slip in ('rr_growth', 'fc_opcost')
        # unit
        for j, u in enumerate(units):
            if need_gov and u[4] in ('school', 'hospital'):
                continue
            unit = units.pop(j)
            break
        # traps
        if slip is None:
            feas = list(TRAPS_FOR[dt])
            if unit[4] in ('school', 'hospital'):
                feas.remove('zero_base')
            k = rng.choice([3, 3, 4, 4, 5])
            feas.sort(key=lambda t: (usage[t], rng.random()))
            traps = []
            for t in feas:
                if len(traps) >= k:
                    break
                if t == 'grade_boundary' and 'score_split' in traps or t == 'score_split' and 'grade_boundary' in traps:
                    continue
                if t == 'veh_partial' and 'veh_other_sentence' in traps or t == 'veh_other_sentence' and 'veh_partial' in traps:
                    continue
                traps.append(t)
            for t in traps:
                usage[t] += 1
        else:
            traps = rng.sample(SAFE_SLIP_TRAPS, rng.randint(1, 2))
        out.append(dict(slip=slip, fam=fam, dt=dt, unit=unit, traps=traps))
    # separators: score cap 5col needs non-cell; st_table, tt_budget need non-cell
    need_nc = [k for k, d in enumerate(out) if d['slip'] in ('st_table', 'tt_budget', 'sc_row')]
    cells = [k for k in range(40) if seps[k] == 'cell']
    for k in need_nc:
        if seps[k] == 'cell':
            for m in range(40):
                if seps[m] != 'cell' and out[m]['slip'] not in ('st_table', 'tt_budget', 'sc_row') and m not in need_nc:
                    seps[k], seps[m] = seps[m], seps[k]
                    break
    scn = 0
    for k, d in enumerate(out):
        d['sep'] = seps[k]
        if d['slip'] == 'sc_row':
            d['sc_fmt'] = sc_fmts[scn]
            scn += 1
        if d['dt'] == 'B':
            d['year'] = rng.randint(2020, 2025)
        else:
            d['year'] = rng.randint(2019, 2024)
    byears = [2025, 2022, 2023, 2021, 2020, 2024]
    rng.shuffle(byears)
    for d in out:
        if d['dt'] == 'B':
            d['year'] = byears.pop()
    # money unit: four documents in 元 (never with the rounding trap)
    cand = [k for k, d in enumerate(out) if 'rounding' not in d['traps']]
    for j, k in enumerate(rng.sample(cand, 4)):
        out[k]['M'] = '元'
        out[k]['comma'] = j < 2   # two of them with thousands separators
    return out


def build(i, d, seed):
    rng = random.Random(seed)
    c = Ctx(i, d['unit'], d['dt'], d['year'], d.get('M', '万元'), d['sep'], d['slip'], d['traps'], rng)
    c.comma = d.get('comma', False)
    if d.get('sc_fmt'):
        c.fx['sc_fmt'] = d['sc_fmt']
    if c.has('rounding'):
        c.fx['round_at'] = 'inc' if c.dt == 'B' else rng.choice(['inc', 'exp'])
    if c.has('zero_value') and c.dt == 'P':
        pass
    {'P': doc_P, 'J': doc_J, 'B': doc_B}[c.dt](c)
    return c


def main():
    rng = random.Random(SEED)
    items = plan(rng)
    rows = []
    man = []
    repairs = {}
    for i, d in enumerate(items, 1):
        for attempt in range(200):
            try:
                c = build(i, d, SEED * 1000 + i * 17 + attempt)
            except (RuntimeError, AssertionError, TypeError) as e:
                continue
            n = len(c.L)
            if not (15 <= n <= 50):
                continue
            if d['slip'] and not c.slip_done:
                continue
            if d['slip'] is None:
                missing = [t for t in d['traps'] if t not in c.used]
                if missing or len(c.used) < 3:
                    continue
            break
        else:
            raise SystemExit(f'cannot build t{i:02d} {d}')
        tid = f't{i:02d}'
        with open(os.path.join(HERE, tid + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(c.L) + '\n')
        if d['slip']:
            rows.append((tid, d['fam'], f'[{d["slip"]}] {c.detail}'))
            repairs[tid] = c.repairs
        else:
            notes = {}
            for nt in c.notes:
                k, v = nt.split(': ', 1)
                notes.setdefault(k, v)
            rows.append((tid, 'clean', 'traps: ' + '; '.join(f'{k}（{v}）' for k, v in sorted(notes.items()))))
        p, ci, co, nm, k = d['unit']
        man.append((tid, d['dt'], k, f'{p}{ci}{co}{nm}', str(d['year']), c.M, c.sep, str(len(c.L)),
                    d['slip'] or 'clean', ','.join(sorted(c.used))))
    with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('id\texpected\tdetail\n')
        for r in rows:
            fh.write('\t'.join(r) + '\n')
    with open(os.path.join(HERE, 'repairs.json'), 'w', encoding='utf-8') as fh:
        json.dump(repairs, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, 'manifest.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('id\tdoctype\tkind\tunit\tyear\tmoney_unit\ttable_layout\tlines\tplan\ttraps_present\n')
        for r in man:
            fh.write('\t'.join(r) + '\n')
    print('wrote', len(rows), 'documents')


if __name__ == '__main__':
    main()
