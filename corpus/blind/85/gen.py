#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""blind85 generator: 40 synthetic excerpts of 部门整体支出绩效自评报告 / 部门决算说明
of 政法、市场监管、生态环境、应急管理、自然资源、城管执法、税务 departments.

Python 3 standard library only.  Fixed seed, deterministic.  All money, rates and
scores are decimal.Decimal rounded half-up; floats are used only as probabilities.

    python3 gen.py                 -> writes t01.txt..t40.txt and expect.tsv next to this file
    python3 gen.py --twins DIR     -> writes, for every slip document, the same document
                                      rebuilt without its slip (same random draws) into DIR
"""
import os
import random
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 850085


# ----------------------------------------------------------------------------- numbers
def q(x, nd=2):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def fm(x):
    """万元 amount, two decimals"""
    return str(q(x, 2))


def fp(x, nd=2):
    return str(q(x, nd))


def pct(a, b, nd=2):
    return q(D(a) * 100 / D(b), nd)


def yuan(x):
    """元 amount with thousands separators and cents"""
    s = str(q(x, 2))
    ip, dp = s.split('.')
    out = ''
    while len(ip) > 3:
        out = ',' + ip[-3:] + out
        ip = ip[:-3]
    return ip + out + '.' + dp


CNUM = '零一二三四五六七八九'


def cn(n):
    if n < 10:
        return CNUM[n]
    if n < 20:
        return '十' + (CNUM[n - 10] if n > 10 else '')
    t, u = divmod(n, 10)
    return CNUM[t] + '十' + (CNUM[u] if u else '')


def mutations(s):
    """single-figure edits of a numeric string: adjacent transpositions (also across the
    decimal point), one dropped integer digit, one changed digit (stale draft value)."""
    pos = [i for i, c in enumerate(s) if c.isdigit()]
    out = []

    def ok(t):
        ip = t.split('.')[0]
        return t != s and ip != '' and not (len(ip) > 1 and ip[0] == '0')

    for a, b in zip(pos, pos[1:]):
        if s[a] != s[b]:
            t = list(s)
            t[a], t[b] = t[b], t[a]
            t = ''.join(t)
            if ok(t):
                out.append(('transposed digits', t))
    ip = s.split('.')[0]
    if len(ip) >= 3:
        for i in range(1, len(ip)):
            t = s[:i] + s[i + 1:]
            if ok(t):
                out.append(('dropped digit', t))
    for i in pos:
        for dg in '0123456789':
            if dg != s[i]:
                t = s[:i] + dg + s[i + 1:]
                if ok(t):
                    out.append(('stale draft value', t))
    seen, res = set(), []
    for k, t in out:
        if t not in seen:
            seen.add(t)
            res.append((k, t))
    return res


# ----------------------------------------------------------------------------- data
SECT = {
    'scjg': dict(
        field='市场监督管理', body='政府工作部门',
        duties='负责市场主体统一登记注册和信用监管，组织市场监管综合执法，承担食品安全、特种设备安全、产品质量安全和药品医疗器械监督管理，负责计量、标准化、认证认可和知识产权保护等工作',
        depts=['办公室', '综合规划科', '登记注册科', '信用监督管理科', '价格监督检查和反不正当竞争科',
               '网络交易监督管理科', '质量发展科', '食品生产安全监督管理科', '食品经营安全监督管理科',
               '特种设备安全监察科', '计量标准科', '药品医疗器械监督管理科', '知识产权科', '执法稽查科'],
        subs=['市场监管综合行政执法大队', '消费者权益保护中心', '检验检测中心'],
        staff=('行政人员', '参照公务员法管理事业人员', '工勤人员'),
        func='一般公共服务支出',
        adds=['食品安全抽检监测', '特种设备隐患排查治理', '民生计量器具强制检定', '知识产权保护'],
        proj=['食品安全抽检监测经费', '“双随机、一公开”监管工作经费', '特种设备安全监察专项经费'],
        people='市场主体', unitw='户'),
    'sthj': dict(
        field='生态环境', body='政府工作部门',
        duties='负责建立健全生态环境基本制度，统筹协调重大生态环境问题，监督管理大气、水、土壤污染防治和固体废物、化学品环境管理，组织开展生态环境监测和生态环境保护执法检查',
        depts=['办公室', '法规与标准科', '大气环境科', '水生态环境科', '土壤生态环境科', '固体废物与化学品科',
               '环境影响评价与排放管理科', '生态环境监测与科技科', '自然生态保护科', '核与辐射安全科'],
        subs=['生态环境保护综合行政执法支队', '生态环境监测站'],
        staff=('行政人员', '参照公务员法管理事业人员', '工勤人员'),
        func='节能环保支出',
        adds=['大气污染防治', '饮用水水源地保护', '第二次全国污染源普查'],
        proj=['大气污染防治专项资金', '生态环境监测能力建设经费', '环境执法专项经费'],
        people='排污单位', unitw='家'),
    'yjgl': dict(
        field='应急管理', body='政府工作部门',
        duties='负责组织编制总体应急预案和安全生产规划，指导应急救援体系建设，统筹综合防灾减灾救灾工作，依法行使安全生产综合监督管理职权，指导协调森林火灾、水旱灾害等防治工作',
        depts=['办公室', '应急指挥中心', '风险监测和综合减灾科', '火灾防治和防汛抗旱科',
               '危险化学品安全监督管理科', '安全生产基础科', '安全生产综合协调科', '政策法规科', '救灾和物资保障科'],
        subs=['应急管理综合行政执法大队', '应急救援保障中心'],
        staff=('行政人员', '参照公务员法管理事业人员', '工勤人员'),
        func='灾害防治及应急管理支出',
        adds=['森林防灭火', '防汛抗旱物资储备', '安全生产专项整治'],
        proj=['安全生产监管执法经费', '应急物资储备经费', '防汛抗旱应急专项经费'],
        people='生产经营单位', unitw='家'),
    'zrzy': dict(
        field='自然资源', body='政府工作部门',
        duties='负责自然资源统一确权登记和资产管理，组织编制国土空间规划并监督实施，负责耕地保护和土地、矿产资源开发利用监管，承担自然资源执法监察和测绘地理信息管理工作',
        depts=['办公室', '国土空间规划科', '耕地保护监督科', '自然资源确权登记科', '地质矿产科',
               '国土空间用途管制科', '执法监察科', '测绘地理信息科', '自然资源开发利用科'],
        subs=['不动产登记中心', '土地储备中心', '自然资源执法监察大队'],
        staff=('行政人员', '参照公务员法管理事业人员', '工勤人员'),
        func='自然资源海洋气象等支出',
        adds=['耕地保护激励', '国土空间规划编制', '地质灾害防治'],
        proj=['卫片执法监督检查经费', '国土空间总体规划编制经费', '地质灾害防治专项资金'],
        people='用地单位', unitw='宗'),
    'cgzf': dict(
        field='城市管理和综合行政执法', body='政府工作部门',
        duties='负责市容环境卫生、市政公用设施和园林绿化管理，集中行使城市管理领域行政处罚权，负责数字化城市管理平台运行和城市管理问题的受理、派遣与考核',
        depts=['办公室', '法制科', '市容环境卫生科', '市政设施管理科', '执法督察科', '数字城管指挥中心',
               '园林绿化科', '渣土管理科'],
        subs=['城市管理行政执法大队', '环境卫生管理所'],
        staff=('行政人员', '参照公务员法管理事业人员', '工勤人员'),
        func='城乡社区支出',
        adds=['城市精细化管理', '生活垃圾分类', '违法建设整治'],
        proj=['数字城管运行维护经费', '城市管理执法装备购置经费', '违法建设整治专项经费'],
        people='沿街商户', unitw='户'),
    'sfj': dict(
        field='司法行政', body='政府工作部门',
        duties='负责统筹推进法治政府建设，承担行政复议和行政应诉工作，指导人民调解、社区矫正、法律援助和公共法律服务体系建设，组织实施普法宣传',
        depts=['办公室', '法治督察科', '行政复议与应诉科', '社区矫正管理科', '人民参与和促进法治科',
               '公共法律服务管理科', '律师公证工作科', '法治调研科'],
        subs=['法律援助中心', '公证处'],
        staff=('行政人员', '参照公务员法管理事业人员', '工勤人员'),
        func='公共安全支出',
        adds=['法律援助', '社区矫正', '人民调解以案代补'],
        proj=['法律援助专项经费', '社区矫正工作经费', '人民调解工作经费'],
        people='群众', unitw='人'),
    'jcy': dict(
        field='法律监督', body='国家法律监督机关',
        duties='依法履行刑事检察、民事检察、行政检察和公益诉讼检察职能，对刑事立案、侦查、审判和刑罚执行活动实行法律监督，受理控告申诉',
        depts=['办公室', '第一检察部', '第二检察部', '第三检察部', '第四检察部', '第五检察部',
               '综合业务部', '政治部', '检务保障部'],
        subs=[],
        staff=('检察官', '检察辅助人员', '司法行政人员'),
        func='公共安全支出',
        adds=['公益诉讼办案', '智慧检务建设', '司法救助'],
        proj=['办案业务经费', '公益诉讼专项经费', '检察信息化建设经费'],
        people='群众', unitw='人'),
    'gaj': dict(
        field='公安', body='政府工作部门',
        duties='负责预防、制止和侦查违法犯罪活动，维护社会治安秩序，管理交通、消防、户政和出入境等行政事务，承担重大活动安全保卫工作',
        depts=['指挥中心', '政治处', '刑事侦查大队', '治安管理大队', '交通警察大队', '网络安全保卫大队',
               '经济犯罪侦查大队', '法制大队', '警务保障室', '禁毒大队'],
        subs=[],
        staff=('人民警察', '警务技术人员', '工勤人员'),
        func='公共安全支出',
        adds=['社会治安防控', '禁毒专项行动', '道路交通安全整治'],
        proj=['公安业务装备经费', '禁毒专项经费', '交通安全管理经费'],
        people='群众', unitw='人'),
    'sw': dict(
        field='税费征收管理', body='国家税务总局派出机构',
        duties='负责辖区内税收、社会保险费和有关非税收入的征收管理，组织落实税费优惠政策，开展纳税服务、税务稽查和税收宣传',
        depts=['办公室', '法制股', '税政股', '收入核算股', '纳税服务股', '征收管理股', '社会保险费股',
               '财务管理股', '人事教育股', '第一税务分局', '第二税务分局'],
        subs=[],
        staff=('公务员', '参照公务员法管理人员', '工勤人员'),
        func='一般公共服务支出',
        adds=['税费优惠政策落实', '办税服务厅改造', '税收宣传'],
        proj=['税收征管专项经费', '办税服务厅运行经费', '税务信息化运维经费'],
        people='纳税人', unitw='户'),
    'fy': dict(
        field='审判', body='国家审判机关',
        duties='依法审理刑事、民事、行政等各类案件，执行生效法律文书，开展诉源治理和诉讼服务，对辖区人民法庭工作进行指导',
        depts=['立案庭', '刑事审判庭', '民事审判第一庭', '民事审判第二庭', '行政审判庭', '审判监督庭',
               '执行局', '办公室', '政治部', '司法警察大队'],
        subs=[],
        staff=('法官', '审判辅助人员', '司法行政人员'),
        func='公共安全支出',
        adds=['执行攻坚', '智慧法院建设', '诉源治理'],
        proj=['办案业务经费', '执行专项经费', '法庭建设维护经费'],
        people='当事人', unitw='人'),
}

ORGS = {
    'lz_scj': ('湖南省', '澧州市', '澧州市市场监督管理局', '市市场监管局', 'scjg', '市'),
    'wn_scj': ('安徽省', '皖宁县', '皖宁县市场监督管理局', '县市场监管局', 'scjg', '县'),
    'by_sthj': ('河北省', '泊阳市', '泊阳市生态环境局', '市生态环境局', 'sthj', '市'),
    'qc_sthj': ('河南省', '淇川市', '淇川市生态环境局淇南分局', '淇南分局', 'sthj', '区'),
    'rx_yj': ('江西省', '瑞溪县', '瑞溪县应急管理局', '县应急管理局', 'yjgl', '县'),
    'mx_yj': ('贵州省', '麻溪县', '麻溪县应急管理局', '县应急局', 'yjgl', '县'),
    'hc_zr': ('广东省', '海澄市', '海澄市自然资源局', '市自然资源局', 'zrzy', '市'),
    'yb_zr': ('广西壮族自治区', '邕北县', '邕北县自然资源局', '县自然资源局', 'zrzy', '县'),
    'rx_zf': ('浙江省', '箬溪县', '箬溪县综合行政执法局', '县综合执法局', 'cgzf', '县'),
    'jz_cg': ('湖北省', '荆渚市', '荆渚市城市管理执法局', '市城管执法局', 'cgzf', '市'),
    'my_sf': ('四川省', '岷阳县', '岷阳县司法局', '县司法局', 'sfj', '县'),
    'qy_sf': ('陕西省', '秦原市', '秦原市司法局', '市司法局', 'sfj', '市'),
    'lp_jc': ('甘肃省', '陇平县', '陇平县人民检察院', '县检察院', 'jcy', '县'),
    'lp_ga': ('云南省', '澜屏县', '澜屏县公安局', '县公安局', 'gaj', '县'),
    'th_sw': ('山东省', '泰河市', '国家税务总局泰河市岱阳区税务局', '区税务局', 'sw', '区'),
    'mx_fy': ('福建省', '梅溪县', '梅溪县人民法院', '县法院', 'fy', '县'),
}

# n, org, year, archetype, slip site (None = clean), heading style, table style, percent decimals
SPECS = [
    # ---- slip documents
    (1, 'lz_scj', 2022, 'A', 'sum.procure', 'plain', 'pipe', 2),
    (2, 'by_sthj', 2021, 'A', 'sum.functable', 'md', 'tab', 2),
    (3, 'jz_cg', 2023, 'B', 'rate.enf', 'plain', 'fw', 2),
    (4, 'rx_yj', 2024, 'B', 'rate.exec', 'md', 'space', 2),
    (5, 'hc_zr', 2020, 'B', 'bal.exec', 'plain', 'pipe', 2),
    (6, 'th_sw', 2022, 'A', 'bal.carry', 'plain', 'fw', 2),
    (7, 'my_sf', 2019, 'A', 'chg.jgyx', 'md', 'space', 2),
    (8, 'lp_ga', 2023, 'E', 'chg.sg', 'plain', 'tab', 2),
    (9, 'lp_jc', 2021, 'B', 'tot.prose', 'plain', 'pipe', 2),
    (10, 'wn_scj', 2024, 'D', 'tot.table', 'md', 'fw', 2),
    (11, 'mx_yj', 2022, 'D', 'cap.table', 'plain', 'space', 1),
    (12, 'yb_zr', 2025, 'B', 'cap.prose', 'md', 'pipe', 2),
    (13, 'qy_sf', 2020, 'B', 'grade.stated', 'plain', 'tab', 2),
    (14, 'rx_zf', 2021, 'C', 'grade.default', 'plain', 'pipe', 2),
    (15, 'lz_scj', 2019, 'B', 'fact.staff', 'md', 'fw', 2),
    (16, 'qc_sthj', 2023, 'B', 'fact.fine', 'plain', 'space', 2),
    (17, 'mx_fy', 2022, 'A', 'count.depts', 'plain', 'tab', 2),
    (18, 'my_sf', 2024, 'B', 'count.enf', 'md', 'pipe', 2),
    (19, 'rx_yj', 2020, 'E', 'tt.sg', 'plain', 'space', 2),
    (20, 'hc_zr', 2024, 'D', 'tt.score', 'md', 'tab', 2),
    # ---- clean documents
    (21, 'wn_scj', 2021, 'A', None, 'plain', 'pipe', 2),
    (22, 'qc_sthj', 2020, 'A', None, 'md', 'fw', 2),
    (23, 'by_sthj', 2024, 'B', None, 'plain', 'space', 2),
    (24, 'mx_yj', 2019, 'B', None, 'md', 'tab', 1),
    (25, 'yb_zr', 2021, 'A', None, 'plain', 'space', 2),
    (26, 'jz_cg', 2020, 'E', None, 'plain', 'pipe', 2),
    (27, 'rx_zf', 2024, 'B', None, 'md', 'fw', 2),
    (28, 'qy_sf', 2023, 'A', None, 'plain', 'tab', 2),
    (29, 'lp_jc', 2024, 'D', None, 'plain', 'fw', 2),
    (30, 'lp_ga', 2020, 'B', None, 'md', 'space', 2),
    (31, 'th_sw', 2025, 'D', None, 'plain', 'pipe', 2),
    (32, 'mx_fy', 2019, 'B', None, 'plain', 'tab', 2),
    (33, 'lz_scj', 2023, 'C', None, 'md', 'space', 2),
    (34, 'hc_zr', 2022, 'C', None, 'plain', 'fw', 2),
    (35, 'by_sthj', 2019, 'C', None, 'plain', 'tab', 2),
    (36, 'rx_yj', 2022, 'A', None, 'md', 'pipe', 2),
    (37, 'wn_scj', 2019, 'E', None, 'plain', 'fw', 2),
    (38, 'my_sf', 2021, 'D', None, 'md', 'space', 2),
    (39, 'th_sw', 2020, 'E', None, 'plain', 'tab', 1),
    (40, 'jz_cg', 2025, 'D', None, 'plain', 'pipe', 2),
]

FAMILY = {
    'sum.procure': 'sum.breakdown', 'sum.functable': 'sum.breakdown',
    'rate.enf': 'rate.ratio', 'rate.exec': 'rate.ratio',
    'bal.exec': 'balance.carryover', 'bal.carry': 'balance.carryover',
    'chg.jgyx': 'change', 'chg.sg': 'change',
    'tot.prose': 'score.total', 'tot.table': 'score.total',
    'cap.table': 'score.cap', 'cap.prose': 'score.cap',
    'grade.stated': 'grade.band', 'grade.default': 'grade.band',
    'fact.staff': 'fact.conflict', 'fact.fine': 'fact.conflict',
    'count.depts': 'count.mismatch', 'count.enf': 'count.mismatch',
    'tt.sg': 'table.text', 'tt.score': 'table.text',
}


# ----------------------------------------------------------------------------- document
class Doc:
    def __init__(self, spec, slip_on):
        (self.n, okey, self.year, self.arch, site, self.hstyle, self.tstyle, self.pdp) = spec
        self.prov, self.city, self.name, self.short, skey, self.lvl = ORGS[okey]
        self.S = SECT[skey]
        self.sector = skey
        self.rng = random.Random(SEED * 1000 + self.n)
        self.srng = random.Random(SEED * 1000 + 500 + self.n)   # used only to pick the slip edit
        self.site = site
        self.slip_on = slip_on and site is not None
        self.L = []
        self.traps = []
        self.slipinfo = None
        self.v = {}
        self.secno = 0

    # -- random helpers (all draws come from self.rng; never depend on slip_on)
    def money(self, lo, hi):
        return D(self.rng.randint(int(D(lo) * 100), int(D(hi) * 100))) / 100

    def split(self, total, k, wlo=10, whi=40):
        cents = int(q(total) * 100)
        ws = [self.rng.randint(wlo, whi) for _ in range(k)]
        sw = sum(ws)
        parts = [cents * w // sw for w in ws]
        for i in range(1, k):
            parts[i] += self.rng.randint(-97, 97) if parts[i] > 500 else 0
        parts[0] += cents - sum(parts)
        return [D(p) / 100 for p in parts]

    def isplit(self, total, k, wlo=10, whi=40):
        ws = [self.rng.randint(wlo, whi) for _ in range(k)]
        sw = sum(ws)
        parts = [total * w // sw for w in ws]
        parts[0] += total - sum(parts)
        return parts

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)

    # -- output helpers
    def add(self, s):
        assert '  ' not in s and '|' not in s and '\t' not in s and '｜' not in s, s
        self.L.append(s)

    def h(self, text):
        self.L.append(('## ' if self.hstyle == 'md' else '') + text)

    def sec(self, title):
        self.secno += 1
        self.h(f'{cn(self.secno)}、{title}')

    def p(self, x):
        return fp(x, self.pdp)

    def pc(self, a, b):
        return pct(a, b, self.pdp)

    def table(self, header, rows, unit=None, title=None):
        if title:
            self.add(title)
        if unit:
            self.add(unit)
        st = self.tstyle

        def row(cells):
            cells = [c if c != '' else '—' for c in cells]
            if st == 'pipe':
                return '| ' + ' | '.join(cells) + ' |'
            if st == 'tab':
                return '\t'.join(cells)
            if st == 'fw':
                return '｜'.join(cells)
            return '    '.join(cells)
        self.L.append(row(header))
        if st == 'pipe':
            self.L.append('|' + '|'.join(['---'] * len(header)) + '|')
        for r in rows:
            self.L.append(row(r))

    def trap(self, s):
        self.traps.append(s)

    # -- slip helper
    def slip(self, site, old, what, relation, ok=lambda t: True, cands=None, prefer=None):
        """return the figure string to print at this slip site."""
        if not (self.slip_on and self.site == site):
            return old
        cands = list(cands) if cands is not None else mutations(old)
        self.srng.shuffle(cands)
        # pick the kind of clerk's error first, then a figure of that kind
        kinds = ['transposed digits', 'dropped digit', 'stale draft value']
        first = prefer or self.srng.choice(['transposed digits'] * 5 + ['dropped digit'] * 2 + ['stale draft value'] * 3)
        order = [first] + [k for k in kinds if k != first]
        cands.sort(key=lambda c: order.index(c[0]))
        for kind, new in cands:
            if ok(new):
                self.slipinfo = (FAMILY[site],
                                 f'{what}“{new}”应为“{old}”（{kind}；{relation}）')
                return new
        raise RuntimeError('no slip candidate for ' + site)


# ----------------------------------------------------------------------------- blocks
def blk_title(d):
    kinds = {
        'A': [f'{d.year}年度部门决算说明', f'{d.year}年度部门决算情况说明'],
        'B': [f'{d.year}年度部门整体支出绩效自评报告'],
        'C': [f'{d.year}年度项目支出绩效自评报告'],
        'D': [f'{d.year}年度部门整体支出绩效评价报告', f'{d.year}年度部门整体支出绩效自评报告'],
        'E': [f'{d.year}年度部门决算其他重要事项的情况说明'],
    }[d.arch]
    k = d.pick(kinds)
    if d.hstyle == 'md':
        d.L.append('# ' + d.name)
        d.L.append('# ' + k)
    else:
        d.add(d.name)
        d.add(k)


def blk_intro(d):
    d.add(f'根据{d.city}财政局关于开展{d.year}年度预算绩效自评工作的通知要求，{d.short}组织对{d.year}年度'
          f'{"部门整体支出" if d.arch != "C" else "项目支出"}情况开展了绩效自评，现将有关情况报告如下。')


def blk_basic(d, staff_change=False):
    S = d.S
    d.sec('部门基本情况')
    d.add(f'（一）部门职责。{d.short}是{d.city if d.lvl != "区" else d.city + "岱阳区"}的{S["body"]}，主要职责是{S["duties"]}。')
    n = d.rng.randint(6, min(10, len(S['depts'])))
    idx = sorted(d.rng.sample(range(len(S['depts'])), n))
    names = [S['depts'][i] for i in idx]
    nstr = d.slip('count.depts', cn(n), '内设机构数',
                  f'列举的内设机构为{n}个',
                  cands=[('stale draft value', cn(n + 1)), ('stale draft value', cn(n - 1))])
    word = {'jcy': '个业务和综合部门', 'fy': '个审判业务部门和综合部门', 'gaj': '个警种部门和综合部门'}.get(d.sector, '个职能科（室）')
    line = f'（二）机构设置。{d.short}内设{nstr}{word}，分别为{"、".join(names)}。'
    if S['subs']:
        m = d.rng.randint(1, len(S['subs']))
        if m == 1:
            line += f'下属二级单位1个，即{S["subs"][0]}。'
        else:
            line += f'下属二级单位{"两" if m == 2 else cn(m)}个，分别为{"、".join(S["subs"][:m])}。'
    d.add(line)
    d.v['ndept'] = n
    z = d.rng.randint(*{'gaj': (150, 320), 'fy': (80, 160), 'jcy': (40, 90), 'sw': (80, 200)}.get(d.sector, (28, 110)))
    z1 = z - d.rng.randint(3, max(4, z // 4))
    z2 = z - z1
    a = z - d.rng.randint(1, 6)
    a1, a2, a3 = d.isplit(a, 3, 10, 40)
    a1, a2, a3 = sorted([a1, a2, a3], reverse=True)
    if a3 == 0:
        a3, a1 = 1, a1 - 1
    r = d.rng.randint(6, 45)
    r1 = d.rng.randint(0, 2) if d.year < 2022 else 0
    r2 = r - r1
    t1, t2, t3 = S['staff']
    d.v['staff'] = a
    d.v['bianzhi'] = z
    txt = (f'（三）人员情况。{d.short}核定编制{z}名，其中行政编制{z1}名、事业编制{z2}名。'
           f'{d.year}年末实有在职人员{a}人，其中{t1}{a1}人、{t2}{a2}人、{t3}{a3}人。')
    if r1:
        txt += f'离退休人员{r}人，其中离休{r1}人、退休{r2}人。'
    else:
        txt += f'另有退休人员{r}人。'
    d.trap(f'编制数与实有人数不同（核定编制{z}名，实有在职人员{a}人）')
    if staff_change:
        a0 = a + d.rng.choice([-3, -2, -1, 1, 2, 3, 4])
        dv = a - a0
        txt += f'实有在职人员较上年末的{a0}人{"增加" if dv > 0 else "减少"}{abs(dv)}人，主要是{"新招录公务员" if dv > 0 else "人员退休和调出"}。'
        d.trap(f'人数同比变化（上年末{a0}人，本年末{a}人）')
    d.add(txt)


def fin_prepare(d):
    """doc-level 决算 figures shared by income / functional / appropriation / basic blocks"""
    if 'E' in d.v:
        return
    big = {'sw': (2600, 5200), 'gaj': (5200, 9800), 'fy': (2600, 4800), 'jcy': (1500, 2800)}.get(d.sector, (900, 3200))
    E = d.money(*big)
    b = q(E * D(d.rng.randint(52, 74)) / 100)
    p = E - b
    pe_share = D(d.rng.randint(72, 86)) / 100
    pe = q(b * pe_share)
    pu = b - pe
    pf = q(p * D(d.rng.randint(70, 95)) / 100)
    Dfin = b + pf
    C = d.money(20, 260)
    o = d.money(3, 60)
    I = E + d.money(5, 120) - C
    if I - o <= Dfin:
        I = Dfin + o + d.money(5, 60)
    f = I - o
    F = C + I - E
    d.v.update(E=E, b=b, p=p, pe=pe, pu=pu, pf=pf, Dfin=Dfin, C=C, I=I, f=f, o=o, F=F)


def blk_income(d, totals=True, shares=True, want_round=False):
    fin_prepare(d)
    v = d.v
    u = None
    if shares and want_round:
        # three income sources; redraw until the rounded shares do not add to exactly 100
        for _ in range(400):
            u = d.money(3, 90)
            v['o'] = d.money(3, 60)
            v['f'] = v['I'] - v['o'] - u
            if d.pc(v['f'], v['I']) + d.pc(u, v['I']) + d.pc(v['o'], v['I']) != 100:
                break
    I, f, o, C, E, b, p, F = (v[k] for k in ('I', 'f', 'o', 'C', 'E', 'b', 'p', 'F'))
    d.sec('收入支出决算总体情况说明')
    if totals:
        d.add(f'{d.year}年度收入总计{fm(I + C)}万元（含年初结转和结余{fm(C)}万元），支出总计{fm(E + F)}万元（含年末结转和结余{fm(F)}万元）。')
        d.trap(f'收入总计{fm(I + C)}万元包含年初结转和结余，不等于本年收入合计{fm(I)}万元')
    I0 = q(I * D(d.rng.randint(82, 118)) / 100)
    dI = I - I0
    if shares and u is not None:
        pf_, pu_, po_ = d.pc(f, I), d.pc(u, I), d.pc(o, I)
        inc = (f'（一）收入决算情况。本年收入合计{fm(I)}万元，其中：财政拨款收入{fm(f)}万元，占{d.p(pf_)}%；'
               f'上级补助收入{fm(u)}万元，占{d.p(pu_)}%；其他收入{fm(o)}万元，占{d.p(po_)}%。')
        if pf_ + pu_ + po_ != 100:
            d.trap(f'收入构成占比四舍五入后合计{d.p(pf_ + pu_ + po_)}%')
    elif shares:
        pf_, po_ = d.pc(f, I), d.pc(o, I)
        inc = f'（一）收入决算情况。本年收入合计{fm(I)}万元，其中：财政拨款收入{fm(f)}万元，占{d.p(pf_)}%；其他收入{fm(o)}万元，占{d.p(po_)}%。'
        if pf_ + po_ != 100:
            d.trap(f'收入构成占比四舍五入后合计{d.p(pf_ + po_)}%')
    else:
        oo = fm(o)
        inc = f'（一）收入决算情况。本年收入合计{fm(I)}万元，其中：财政拨款收入{fm(f)}万元、其他收入{oo}万元。'
    inc += (f'本年收入合计比上年决算数{fm(I0)}万元{"增加" if dI >= 0 else "减少"}{fm(abs(dI))}万元，'
            f'{"增长" if dI >= 0 else "下降"}{d.p(d.pc(abs(dI), I0))}%，主要原因是{d.pick(d.S["adds"])}等项目经费增加。' if dI >= 0 else
            f'本年收入合计比上年决算数{fm(I0)}万元减少{fm(abs(dI))}万元，下降{d.p(d.pc(abs(dI), I0))}%，主要原因是一次性项目经费减少。')
    d.add(inc)
    if not totals:
        d.add(f'年初结转和结余{fm(C)}万元，主要为上年未完工项目结转资金。')
    Fs = d.slip('bal.carry', fm(F), '年末结转和结余',
                f'年初结转和结余{fm(C)}+本年收入合计{fm(I)}−本年支出合计{fm(E)}={fm(F)}',
                ok=lambda t: D(t) != F and D(t) > 0)
    if shares:
        d.add(f'（二）支出决算情况。本年支出合计{fm(E)}万元，其中：基本支出{fm(b)}万元，占{d.p(d.pc(b, E))}%；'
              f'项目支出{fm(p)}万元，占{d.p(d.pc(p, E))}%。年末结转和结余{Fs}万元，主要为{d.pick(d.S["proj"])}等项目结转资金。')
        if d.pc(b, E) + d.pc(p, E) != 100:
            d.trap(f'支出构成占比四舍五入后合计{d.p(d.pc(b, E) + d.pc(p, E))}%')
    else:
        d.add(f'（二）支出决算情况。本年支出合计{fm(E)}万元，其中：基本支出{fm(b)}万元、项目支出{fm(p)}万元。'
              f'年末结转和结余{Fs}万元，主要为{d.pick(d.S["proj"])}等项目结转资金。')


def blk_functable(d, shares=False):
    fin_prepare(d)
    v = d.v
    Dfin = v['Dfin']
    d.sec('一般公共预算财政拨款支出决算情况说明')
    main = q(Dfin * D(d.rng.randint(62, 82)) / 100)
    parts = [main] + d.split(Dfin - main, 3, 10, 30)
    names = [d.S['func'], '社会保障和就业支出', '卫生健康支出', '住房保障支出']
    P = q(Dfin * D(d.rng.randint(84, 112)) / 100)
    dd = Dfin - P
    word = '增加' if dd >= 0 else '减少'
    d.add(f'{d.year}年度一般公共预算财政拨款支出{fm(Dfin)}万元，比上年决算数{fm(P)}万元{word}{fm(abs(dd))}万元，'
          f'{"增长" if dd >= 0 else "下降"}{d.p(d.pc(abs(dd), P))}%，主要原因是{d.pick(d.S["adds"])}等支出{"增加" if dd >= 0 else "减少"}。按支出功能分类科目列示如下：')
    x2 = d.slip('sum.functable', fm(parts[1]), '表中“社会保障和就业支出”决算数',
                f'四个科目决算数之和应等于合计{fm(Dfin)}万元',
                ok=lambda t: D(t) != parts[1], prefer='dropped digit')
    rows = []
    if shares:
        sh = [d.pc(x, Dfin) for x in parts]
        rows.append(['合计', fm(Dfin), d.p(100)])
        for i, (nm, x) in enumerate(zip(names, parts)):
            rows.append([nm, fm(x) if i != 1 else x2, d.p(sh[i])])
        if sum(sh) != 100:
            d.trap(f'功能科目占比四舍五入后合计{d.p(sum(sh))}%')
        d.table(['支出功能分类科目', '决算数', '占比（%）'], rows, unit='单位：万元')
    else:
        rows.append(['合计', fm(Dfin)])
        for i, (nm, x) in enumerate(zip(names, parts)):
            rows.append([nm, fm(x) if i != 1 else x2])
        d.table(['支出功能分类科目', '决算数'], rows, unit='单位：万元')


def blk_fin(d, with_change=True):
    fin_prepare(d)
    v = d.v
    Dfin, E = v['Dfin'], v['E']
    if 'sec_fin' not in d.v:
        d.sec('财政拨款支出决算情况说明')
    over = d.chance(0.75)
    if over:
        A = q(Dfin * D(d.rng.randint(78, 96)) / 100)
    else:
        A = q(Dfin * D(d.rng.randint(101, 112)) / 100)
    rA = d.pc(Dfin, A)
    line = (f'本年一般公共预算财政拨款支出年初预算为{fm(A)}万元，支出决算为{fm(Dfin)}万元，完成年初预算的{d.p(rA)}%。')
    if over:
        line += f'决算数大于年初预算数的主要原因是年中追加了{d.pick(d.S["adds"])}、{d.pick(d.S["proj"])}等经费。'
        d.trap(f'完成年初预算{d.p(rA)}%超过100%（年中追加）')
    else:
        line += '决算数小于年初预算数的主要原因是严格控制一般性支出，部分项目按进度结转下年。'
    line += f'一般公共预算财政拨款支出{fm(Dfin)}万元，占本年支出合计的{d.p(d.pc(Dfin, E))}%。' if 'I' in v and d.v.get('has_income') else ''
    d.add(line)


def blk_basicexp(d):
    fin_prepare(d)
    v = d.v
    d.add(f'{d.year}年度一般公共预算财政拨款基本支出{fm(v["b"])}万元，其中：人员经费{fm(v["pe"])}万元（主要包括基本工资、津贴补贴、奖金、'
          f'机关事业单位基本养老保险缴费、职业年金缴费、住房公积金、退休费等）；公用经费{fm(v["pu"])}万元（主要包括办公费、印刷费、'
          f'水电费、邮电费、差旅费、维修费、公务接待费、公务用车运行维护费等）。')
    d.add(f'{d.year}年度一般公共预算财政拨款项目支出{fm(v["pf"])}万元，主要用于{"、".join(d.S["proj"][:2])}等项目。')
    d.trap(f'同名不同口径：项目支出{fm(v["p"])}万元（全部资金）与财政拨款项目支出{fm(v["pf"])}万元')


def sangong_prepare(d):
    if 'Dt' in d.v:
        return
    v = d.v
    bo = D(0) if d.chance(0.8) else d.money(2, 6)
    do = D(0)
    buy = d.chance(0.35)
    bp = d.money(16, 32) if buy else D(0)
    dp = bp - (d.money(D('0.2'), D('1.5')) if buy else D(0))
    br = d.money(6, 40)
    dr = br - d.money(D('0.3'), br * D('0.3'))
    bh = d.money(1, 9)
    dh_yuan = D(d.rng.randint(int(bh * D('0.4') * 1000000), int(bh * 1000000))) / 100
    dh = q(dh_yuan / 10000)
    Bt = bo + bp + br + bh
    Dt = do + dp + dr + dh
    Pt = q(Dt * D(d.rng.randint(103, 130)) / 100)
    V = d.rng.randint(3, 16)
    V1 = d.rng.randint(max(1, V - 4), V)
    sp = d.rng.randint(1, 3)
    batch = d.rng.randint(12, 90)
    people = batch * d.rng.randint(3, 8) + d.rng.randint(0, 9)
    k = d.rng.randint(1, 2) if buy else 0
    v.update(bo=bo, do=do, bp=bp, dp=dp, br=br, dr=dr, bh=bh, dh=dh, dh_yuan=dh_yuan, Bt=Bt, Dt=Dt, Pt=Pt,
             V=V, V1=V1, sp=sp, batch=batch, people=people, buy=buy, k=k)


def blk_sangong(d, table=False, change_pct=True, yuan_restate=False, zero_100=False):
    sangong_prepare(d)
    v = d.v
    bo, do, bp, dp, br, dr, bh, dh = (v[k] for k in ('bo', 'do', 'bp', 'dp', 'br', 'dr', 'bh', 'dh'))
    Bt, Dt, Pt = v['Bt'], v['Dt'], v['Pt']
    bv, dv = bp + br, dp + dr
    d.sec('财政拨款“三公”经费支出决算情况说明')
    chg = Pt - Dt
    chs = d.slip('chg.sg', fm(chg), '“三公”经费比上年减少额',
                 f'上年决算{fm(Pt)}−本年决算{fm(Dt)}={fm(chg)}',
                 ok=lambda t: D(t) != chg and D(t) > 0)
    line = (f'{d.year}年度一般公共预算财政拨款“三公”经费支出年初预算{fm(Bt)}万元，支出决算{fm(Dt)}万元，'
            f'完成预算的{d.p(d.pc(Dt, Bt))}%，比上年决算数{fm(Pt)}万元减少{chs}万元')
    line += f'，下降{d.p(d.pc(chg, Pt))}%。' if change_pct else '。'
    line += '决算数小于预算数的主要原因是认真落实中央八项规定精神和过紧日子要求，严格控制“三公”经费支出。'
    d.add(line)
    if table:
        def r(a, b):
            return d.p(d.pc(b, a)) if a != 0 else '—'
        rows = [['合计', fm(Bt), fm(Dt), r(Bt, Dt)],
                ['因公出国（境）费', fm(bo), fm(do), r(bo, do)],
                ['公务用车购置及运行维护费', fm(bv), fm(dv), r(bv, dv)],
                ['其中：公务用车购置费', fm(bp), fm(dp), r(bp, dp)],
                ['　　　公务用车运行维护费', fm(br), fm(dr), r(br, dr)],
                ['公务接待费', fm(bh), fm(dh), r(bh, dh)]]
        d.table(['项目', '年初预算数', '决算数', '完成预算（%）'], rows, unit='单位：万元',
                title=f'表1　{d.year}年度一般公共预算财政拨款“三公”经费支出决算表')
        if bo == 0:
            d.trap('因公出国（境）费预算0、决算0，表中完成率列为“—”')
        if bo == 0:
            d.add('因公出国（境）费：全年未安排因公出国（境）团组，未发生因公出国（境）费用。')
        else:
            d.add(f'因公出国（境）费：原计划的出国（境）考察任务取消，全年未发生因公出国（境）费用。')
        veh = (f'公务用车购置及运行维护费支出{fm(dv)}万元，主要用于{v["V"]}辆公务用车的燃料费、维修费、保险费、过路过桥费等支出' +
               (f'，本年更新购置执法执勤用车{v["k"]}辆。' if v['buy'] else '，本年未购置公务用车。'))
        d.add(veh)
        dhs = d.slip('tt.sg', fm(dh), '正文公务接待费支出',
                     f'表1公务接待费决算数为{fm(dh)}万元',
                     ok=lambda t: D(t) != dh and D(t) < bh * 3)
        d.add(f'公务接待费支出{dhs}万元，全年共接待国内公务来访{v["batch"]}批次、{v["people"]}人次，主要为上级部门督导检查和兄弟单位工作交流；未发生外事接待。')
        d.trap(f'批次与人次（{v["batch"]}批次、{v["people"]}人次）')
    else:
        if bo == 0:
            if zero_100:
                d.add(f'1.因公出国（境）费。年初预算0.00万元，支出决算0.00万元，完成预算的100%，全年未安排因公出国（境）团组。')
                d.trap('因公出国（境）费预算0、决算0，表述为完成预算的100%')
            else:
                d.add(f'1.因公出国（境）费。年初预算0.00万元，支出决算0.00万元，全年未发生因公出国（境）费用。')
                d.trap('因公出国（境）费预算0、决算0，未发生')
        else:
            d.add(f'1.因公出国（境）费。年初预算{fm(bo)}万元，支出决算0.00万元，完成预算的0.00%，主要是原计划的出国（境）考察任务取消。')
            d.trap(f'因公出国（境）费有预算{fm(bo)}万元但决算为0')
        d.add(f'2.公务用车购置及运行维护费。年初预算{fm(bv)}万元，支出决算{fm(dv)}万元，完成预算的{d.p(d.pc(dv, bv))}%，'
              f'其中：公务用车购置费{fm(dp)}万元、公务用车运行维护费{fm(dr)}万元。' +
              (f'本年更新购置执法执勤用车{v["k"]}辆。' if v['buy'] else '本年未购置公务用车。') +
              f'年末公务用车保有量{v["V"]}辆（不含特种专业技术用车{v["sp"]}辆），其中执法执勤用车{v["V1"]}辆。')
        d.trap(f'非穷尽“其中执法执勤用车{v["V1"]}辆”（保有量{v["V"]}辆）')
        ytxt = f'（{yuan(v["dh_yuan"])}元）' if yuan_restate else ''
        d.add(f'3.公务接待费。年初预算{fm(bh)}万元，支出决算{fm(dh)}万元{ytxt}，完成预算的{d.p(d.pc(dh, bh))}%。'
              f'全年共接待国内公务来访{v["batch"]}批次、{v["people"]}人次，主要为上级部门督导检查和兄弟单位工作交流。')
        d.trap(f'批次与人次（{v["batch"]}批次、{v["people"]}人次）')
        if yuan_restate:
            d.trap(f'金额以元复述并含分（{fm(dh)}万元即{yuan(v["dh_yuan"])}元，万元数四舍五入）')


def blk_jgyx(d, change_pct=True, comparable=False):
    fin_prepare(d)
    X = d.v['pu']
    if comparable:
        s = q(X * D(d.rng.randint(8, 18)) / 100)
        P = X - s + q(X * D(d.rng.randint(2, 7)) / 100)
        d2 = P - (X - s)
        d.add(f'{d.year}年度本部门机关运行经费支出{fm(X)}万元，比上年决算数{fm(P)}万元增加{fm(X - P)}万元，主要原因是本年起'
              f'{d.S["subs"][0] if d.S["subs"] else "派出机构"}纳入部门决算范围；剔除新纳入单位机关运行经费{fm(s)}万元后，'
              f'同口径比上年减少{fm(d2)}万元，下降{d.p(d.pc(d2, P))}%。')
        d.trap(f'同口径变化（剔除{fm(s)}万元后同口径减少{fm(d2)}万元）')
        return
    P = q(X * D(d.rng.randint(92, 116)) / 100)
    if P == X:
        P += D('0.37')
    dv = X - P
    dvs = d.slip('chg.jgyx', fm(abs(dv)), '机关运行经费比上年增减额',
                 f'本年{fm(X)}与上年{fm(P)}之差为{fm(abs(dv))}',
                 ok=lambda t: D(t) != abs(dv))
    word = '增加' if dv > 0 else '减少'
    line = f'{d.year}年度本部门机关运行经费支出{fm(X)}万元，比上年决算数{fm(P)}万元{word}{dvs}万元'
    if change_pct:
        line += f'，{"增长" if dv > 0 else "下降"}{d.p(d.pc(abs(dv), P))}%'
    line += '，主要原因是' + ('办公设备集中更新和物业服务费标准调整。' if dv > 0 else '持续压减一般性支出，严控办公费、差旅费和会议费。')
    d.add(line)
    d.trap(f'机关运行经费{fm(X)}万元与公用经费相同口径复述')


def blk_procure(d):
    T = d.money(60, 780)
    has_e = d.chance(0.45)
    if has_e:
        g, e, s = d.split(T, 3, 10, 40)
    else:
        g, s = d.split(T, 2, 10, 40)
        e = D(0)
    m = q(T * D(d.rng.randint(62, 96)) / 100)
    w = q(m * D(d.rng.randint(35, 85)) / 100)
    gs = d.slip('sum.procure', fm(g), '政府采购货物支出',
                f'货物+工程+服务应等于政府采购支出总额{fm(T)}万元',
                ok=lambda t: D(t) != g)
    d.add(f'{d.year}年度本部门政府采购支出总额{fm(T)}万元，其中：政府采购货物支出{gs}万元、政府采购工程支出{fm(e)}万元、'
          f'政府采购服务支出{fm(s)}万元。授予中小企业合同金额{fm(m)}万元，占政府采购支出总额的{d.p(d.pc(m, T))}%，'
          f'其中授予小微企业合同金额{fm(w)}万元，占政府采购支出总额的{d.p(d.pc(w, T))}%。')
    d.trap(f'小微企业占比{d.p(d.pc(w, T))}%以政府采购支出总额{fm(T)}万元为分母，而非中小企业合同金额{fm(m)}万元')
    if e == 0:
        d.trap('政府采购工程支出为0')


def blk_assets(d):
    sangong_prepare(d)
    v = d.v
    V, V1, sp = v['V'], v['V1'], v['sp']
    rest = V - V1
    a = d.rng.randint(0, min(1, rest))
    b = d.rng.randint(0, rest - a)
    e = rest - a - b
    Vc = V + sp
    k = d.rng.randint(0, 6)
    j = d.rng.randint(0, 3)
    area = d.money(1800, 9000)
    off = q(area * D(d.rng.randint(40, 70)) / 100)
    d.add(f'截至{d.year}年12月31日，本部门共有车辆{Vc}辆，其中：机要通信用车{a}辆、应急保障用车{b}辆、执法执勤用车{V1}辆、'
          f'特种专业技术用车{sp}辆、其他用车{e}辆。单价50万元以上通用设备{k}台（套），单价100万元以上专用设备{j}台（套）。'
          f'房屋建筑面积{area}平方米，其中办公用房{off}平方米。')
    d.trap(f'车辆总数{Vc}辆含特种专业技术用车，公务用车保有量{V}辆不含；“单价50万元以上”为门槛值')
    d.trap(f'非穷尽“其中办公用房{off}平方米”')


# ----------------------------------------------------------------------------- enforcement
def enf_scjg(d):
    a = d.rng.randint(600, 2600)
    a2 = a - d.rng.randint(3, 40)
    b = d.rng.randint(90, 420)
    bz = d.rng.randint(3, 18)
    c = b - d.rng.randint(2, 25)
    f = d.money(60, 480)
    f0 = q(f * D(d.rng.randint(70, 95)) / 100)
    cr = d.pc(c, b)
    crs = d.slip('rate.enf', d.p(cr), '结案率', f'结案{c}件÷立案{b}件={d.p(cr)}%',
                 ok=lambda t: D(t) != cr and D(t) != d.pc(c, a) and D(t) <= 100)
    d.add(f'（一）执法办案。全年受理投诉举报{a}件，办结{a2}件，办结率{d.p(d.pc(a2, a))}%；立案查处各类违法案件{b}件'
          f'（其中重大案件{bz}件），结案{c}件，结案率{crs}%；罚没款{fm(f)}万元，较上年的{fm(f0)}万元增长{d.p(d.pc(f - f0, f0))}%。')
    d.trap(f'结案率以立案{b}件为分母，同句另有受理投诉举报{a}件')
    d.trap(f'非穷尽“其中重大案件{bz}件”')
    d.trap(f'上年罚没款{fm(f0)}万元与本年{fm(f)}万元并列')
    n = d.rng.randint(8, 30)
    h = d.rng.randint(700, 2400)
    qq = d.rng.randint(30, 160)
    q2 = qq - d.rng.randint(0, 6)
    s = d.rng.randint(600, 2200)
    s2 = s - d.rng.randint(5, 40)
    d.add(f'（二）日常监管。开展“双随机、一公开”抽查{n}批次，检查市场主体{h}户次，责令整改{qq}户，已整改{q2}户，'
          f'整改率{d.p(d.pc(q2, qq))}%；完成食品安全监督抽检{s}批次，合格{s2}批次，抽检合格率{d.p(d.pc(s2, s))}%。')
    d.trap(f'户次与户、件与批次混用（检查{h}户次、责令整改{qq}户、抽检{s}批次）')
    d.v.update(fine=f, fine_label='罚没款', h=h, h_phrase=f'全年检查市场主体{h}户次')


def enf_sthj(d):
    pp = d.rng.randint(900, 4200)
    h = d.rng.randint(300, 1600)
    b = d.rng.randint(25, 160)
    bz = d.rng.randint(1, 8)
    c = b - d.rng.randint(0, 8)
    f = d.money(80, 900)
    d.add(f'（一）环境执法。全年出动执法人员{pp}人次，检查企业{h}家次，立案查处环境违法案件{b}起（其中移送公安机关案件{bz}起），'
          f'结案{c}起，结案率{d.p(d.pc(c, b))}%；罚没款{fm(f)}万元。')
    d.trap(f'人次、家次、起同句并列（{pp}人次、{h}家次、{b}起）')
    d.trap(f'非穷尽“其中移送公安机关案件{bz}起”')
    days = 366 if d.year % 4 == 0 else 365
    nn = d.rng.randint(250, 330)
    rr = d.pc(nn, days)
    r0 = rr - D(d.rng.randint(5, 40)) / 10
    kk = d.rng.randint(6, 18)
    k1 = kk - d.rng.randint(0, 2)
    d.add(f'（二）环境质量。{d.year}年全{"市" if d.lvl == "市" else "区"}环境空气质量优良天数{nn}天，优良天数比例为{d.p(rr)}%，'
          f'较上年的{d.p(r0)}%上升{fp(rr - r0, d.pdp)}个百分点。国、省控地表水考核断面{kk}个，其中达到或优于Ⅲ类水质断面{k1}个，'
          f'达标率{d.p(d.pc(k1, kk))}%。')
    if days == 366:
        d.trap(f'闰年：优良天数比例{d.p(rr)}%以366天为分母')
    d.trap(f'百分点变化（{d.p(r0)}%→{d.p(rr)}%）')
    a = d.rng.randint(150, 900)
    a2 = a - d.rng.randint(0, 12)
    d.add(f'（三）信访投诉。全年受理环境信访投诉{a}件，按期办结{a2}件，办结率{d.p(d.pc(a2, a))}%。')
    d.v.update(fine=f, fine_label='罚没款', h=h, h_phrase=f'全年检查企业{h}家次')


def enf_yjgl(d):
    h = d.rng.randint(400, 1800)
    qq = d.rng.randint(800, 4200)
    q2 = qq - d.rng.randint(5, 60)
    b = d.rng.randint(20, 120)
    f = d.money(30, 320)
    d.add(f'（一）安全生产执法。全年开展安全生产执法检查{h}家次，排查一般安全隐患{qq}处，已整改{q2}处，整改率{d.p(d.pc(q2, qq))}%；'
          f'立案查处安全生产违法行为{b}起，罚没款{fm(f)}万元。')
    d.trap(f'家次、处、起同句并列（{h}家次、{qq}处、{b}起）')
    x0 = d.rng.randint(8, 30)
    x = x0 - d.rng.randint(1, 6)
    y0 = d.rng.randint(4, 15)
    y = y0 - d.rng.randint(1, 3)
    d.add(f'（二）事故防控。全年发生生产安全事故{x}起，较上年的{x0}起下降{d.p(d.pc(x0 - x, x0))}%；死亡{y}人，'
          f'较上年的{y0}人下降{d.p(d.pc(y0 - y, y0))}%，未发生较大及以上生产安全事故。')
    d.trap(f'起数、人数同比下降（{x0}→{x}起，{y0}→{y}人）')
    e = d.rng.randint(12, 60)
    ep = e * d.rng.randint(40, 160)
    t = d.rng.randint(6, 30)
    tp = t * d.rng.randint(40, 120)
    d.add(f'（三）应急准备。组织开展各类应急演练{e}场次，参演{ep}人次；举办安全生产培训{t}期，培训{tp}人次。')
    d.v.update(fine=f, fine_label='罚没款', h=h, h_phrase=f'全年开展安全生产执法检查{h}家次')


def enf_zrzy(d):
    t = d.rng.randint(120, 900)
    t2 = t - d.rng.randint(0, 10)
    b = d.rng.randint(15, 90)
    ha = d.money(20, 400)
    c = b - d.rng.randint(0, 6)
    f = d.money(40, 600)
    cr = d.pc(c, b)
    d.add(f'（一）执法监察。全年下发卫片执法图斑{t}个，已完成核查{t2}个，核查率{d.p(d.pc(t2, t))}%；立案查处土地违法案件{b}件，'
          f'涉及土地面积{ha}亩，结案{c}件，结案率{d.p(cr)}%；收缴罚没款{fm(f)}万元。')
    d.trap(f'个、件、亩同句并列（图斑{t}个、案件{b}件、{ha}亩）')
    ta = d.rng.randint(800, 3000)
    na = ta + d.rng.randint(-40, 400)
    reg = d.rng.randint(6000, 26000)
    d.add(f'（二）耕地保护。全年新增耕地{na}亩，完成年度目标任务{ta}亩的{d.p(d.pc(na, ta))}%；办理不动产登记{reg}件。')
    if na > ta:
        d.trap(f'完成率{d.p(d.pc(na, ta))}%超过100%')
    d.v.update(fine=f, fine_label='罚没款', h=t, h_phrase=f'全年下发的{t}个卫片执法图斑已基本核查完毕')


def enf_cgzf(d):
    a = d.rng.randint(9000, 60000)
    b = a - d.rng.randint(300, 3000)
    c = b - d.rng.randint(20, 400)
    cr = d.pc(c, b)
    crs = d.slip('rate.enf', d.p(cr), '数字城管结案率', f'结案{c}件÷立案{b}件={d.p(cr)}%',
                 ok=lambda t: D(t) != cr and D(t) != d.pc(c, a) and D(t) <= 100)
    d.add(f'（一）数字城管。全年数字城管平台受理各类城市管理问题{a}件，立案{b}件，结案{c}件，结案率{crs}%。')
    d.trap(f'结案率以立案{b}件为分母而非受理{a}件')
    k = d.rng.randint(40, 400)
    m = d.money(2000, 40000)
    h = d.rng.randint(1500, 9000)
    v = d.rng.randint(100, 900)
    pc_ = d.rng.randint(200, 1600)
    f = d.money(40, 380)
    d.add(f'（二）执法查处。查处违法建设{k}处，拆除面积{m}平方米；规范占道经营{h}户次，查处渣土运输违规{v}台次；'
          f'办理行政处罚案件{pc_}件，罚没款{fm(f)}万元。')
    d.trap(f'处、户次、台次、件同段并列（{k}处、{h}户次、{v}台次、{pc_}件）')
    d.v.update(fine=f, fine_label='罚没款', h=h, h_phrase=f'全年规范占道经营{h}户次')


def enf_sfj(d):
    a = d.rng.randint(1200, 6800)
    b = a - d.rng.randint(10, 120)
    d.add(f'（一）人民调解。全{d.lvl}各级人民调解组织共排查调解矛盾纠纷{a}件，调解成功{b}件，调解成功率{d.p(d.pc(b, a))}%。')
    c1 = d.rng.randint(60, 260)
    c2 = d.rng.randint(200, 800)
    c3 = d.rng.randint(2, 20)
    c = c1 + c2 + c3
    c2s = d.slip('count.enf', str(c2), '民事法律援助案件数',
                 f'刑事{c1}+民事{c2}+行政{c3}应等于{c}件',
                 ok=lambda t: int(t) != c2)
    k = d.rng.randint(3000, 16000)
    d.add(f'（二）法律援助。办理法律援助案件{c}件，其中：刑事案件{c1}件、民事案件{c2s}件、行政案件{c3}件。'
          f'全年提供法律咨询{k}人次。')
    x0 = d.rng.randint(150, 600)
    y = d.rng.randint(80, 300)
    z = d.rng.randint(80, 300)
    x = x0 + y - z
    d.add(f'（三）社区矫正。年初在册社区矫正对象{x0}人，全年新接收{y}人、解除矫正{z}人，年末在册{x}人，未发生脱管漏管情况。')
    d.trap(f'件与人次（法律援助{c}件、咨询{k}人次）；社区矫正年初{x0}+接收{y}−解除{z}=年末{x}人')
    d.v.update(h=k)


def enf_jcy(d):
    a = d.rng.randint(60, 260)
    ap = a + d.rng.randint(5, 60)
    b = a - d.rng.randint(5, 30)
    bp = b + d.rng.randint(3, 40)
    c = d.rng.randint(150, 520)
    cp = c + d.rng.randint(10, 90)
    dd = c - d.rng.randint(5, 40)
    dp = dd + d.rng.randint(8, 70)
    d.add(f'（一）刑事检察。全年受理审查逮捕案件{a}件{ap}人，批准逮捕{b}件{bp}人；受理审查起诉案件{c}件{cp}人，'
          f'提起公诉{dd}件{dp}人。')
    d.trap(f'件与人并列（{a}件{ap}人等）')
    e1 = d.rng.randint(30, 140)
    e2 = d.rng.randint(0, 12)
    e3 = d.rng.randint(2, 20)
    e = e1 + e2 + e3
    s = d.rng.randint(20, 120)
    s2 = s - d.rng.randint(0, 4)
    d.add(f'（二）公益诉讼。立案办理公益诉讼案件{e}件，其中：行政公益诉讼案件{e1}件、民事公益诉讼案件{e2}件、'
          f'刑事附带民事公益诉讼案件{e3}件。发出诉前检察建议{s}件，已回复整改{s2}件，整改率{d.p(d.pc(s2, s))}%。')
    v = d.rng.randint(80, 400)
    d.add(f'（三）控告申诉。全年受理群众来信来访{v}件，七日内程序性回复率100%，三个月内办理过程或结果答复率100%。')
    d.v.update(h=v)


def enf_gaj(d):
    b = d.rng.randint(300, 1500)
    c = b - d.rng.randint(40, 300)
    sus = d.rng.randint(200, 900)
    d.add(f'（一）打击犯罪。全年立刑事案件{b}起，破获刑事案件{c}起，破案率{d.p(d.pc(c, b))}%；抓获犯罪嫌疑人{sus}人。')
    a = d.rng.randint(800, 3600)
    a2 = a - d.rng.randint(10, 120)
    ap = d.rng.randint(500, 2600)
    d.add(f'（二）治安管理。受理治安案件{a}起，查处{a2}起，查处率{d.p(d.pc(a2, a))}%；查处治安违法人员{ap}人。')
    t = d.rng.randint(20000, 90000)
    x0 = d.rng.randint(60, 260)
    x = x0 - d.rng.randint(2, 30)
    d.add(f'（三）交通管理。查处各类交通违法行为{t}起，全年发生道路交通事故{x}起，较上年的{x0}起下降{d.p(d.pc(x0 - x, x0))}%。')
    d.trap(f'起与人并列（立案{b}起、抓获{sus}人）；事故起数同比下降（{x0}→{x}起）')
    d.v.update(h=a)


def enf_sw(d):
    T = d.money(180000, 620000)
    t1, t2, t3 = d.split(T, 3, 20, 60)
    t1, t2, t3 = sorted([t1, t2, t3], reverse=True)
    t10 = q(t1 * D(d.rng.randint(86, 99)) / 100)
    d.add(f'（一）组织收入。全年组织税费收入{fm(T)}万元，其中：税收收入{fm(t1)}万元、社会保险费收入{fm(t2)}万元、'
          f'非税收入{fm(t3)}万元。税收收入较上年的{fm(t10)}万元增加{fm(t1 - t10)}万元，增长{d.p(d.pc(t1 - t10, t10))}%。')
    d.trap(f'组织的税费收入{fm(T)}万元与本部门经费收支口径不同')
    k = d.rng.randint(300, 2600)
    amt = d.money(3000, 40000)
    hh = d.rng.randint(8000, 40000)
    jm = d.money(2000, 30000)
    d.add(f'（二）税费服务。办理增值税留抵退税{k}户次、退税金额{fm(amt)}万元；为{hh}户小微企业和个体工商户减免税费{fm(jm)}万元。')
    ck = d.rng.randint(20, 120)
    bk1 = d.money(300, 3000)
    bk2 = d.money(20, 400)
    bk3 = d.money(20, 600)
    bk = bk1 + bk2 + bk3
    d.add(f'（三）税务稽查。全年检查纳税人{ck}户，查补收入{fm(bk)}万元，其中：查补税款{fm(bk1)}万元、滞纳金{fm(bk2)}万元、罚款{fm(bk3)}万元。')
    d.trap(f'户次与户（留抵退税{k}户次、减免{hh}户）')
    d.v.update(h=hh)


def enf_fy(d):
    a0 = d.rng.randint(300, 1200)
    an = d.rng.randint(4000, 14000)
    a = a0 + an
    b = a - d.rng.randint(300, 1500)
    m = q(D(b) * D(d.rng.randint(55, 75)) / 100)
    m = int(m)
    d.add(f'（一）审判执行。全年受理各类案件{a}件（含旧存{a0}件），审执结{b}件，结案率{d.p(d.pc(b, a))}%；其中民商事案件审结{m}件。')
    d.trap(f'结案率以受理数{a}件（含旧存{a0}件）为分母')
    t = d.rng.randint(3000, 9000)
    o = t - d.rng.randint(200, 2000)
    d.add(f'（二）诉讼服务。全年网上立案{o}件，占一审立案总数{t}件的{d.p(d.pc(o, t))}%。')
    w = d.rng.randint(2000, 9000)
    zb = d.rng.randint(200, 1500)
    d.add(f'（三）司法公开。公开裁判文书{w}篇，庭审直播{zb}场次。')
    d.v.update(h=a)


ENF = dict(scjg=enf_scjg, sthj=enf_sthj, yjgl=enf_yjgl, zrzy=enf_zrzy, cgzf=enf_cgzf, sfj=enf_sfj,
           jcy=enf_jcy, gaj=enf_gaj, sw=enf_sw, fy=enf_fy)


GOALS = {
    'scjg': ['“双随机、一公开”抽查计划完成率≥100%', '投诉举报按时办结率≥95%', '食品安全监督抽检合格率≥97%'],
    'sthj': ['环境空气质量优良天数比例≥80%', '国、省控地表水考核断面达标率≥85%', '环境信访投诉按期办结率≥95%'],
    'yjgl': ['较大及以上生产安全事故起数为0', '安全隐患整改率≥95%', '全年应急演练≥12场次'],
    'zrzy': ['卫片执法图斑核查率≥98%', '年度新增耕地任务完成率≥100%', '土地违法案件结案率≥85%'],
    'cgzf': ['数字城管案件结案率≥95%', '违法建设查处率≥90%', '群众对市容环境满意度≥85%'],
    'sfj': ['矛盾纠纷调解成功率≥95%', '法律援助案件质量合格率≥95%', '社区矫正对象脱管漏管率为0'],
    'jcy': ['诉前检察建议整改率≥90%', '群众来信七日内程序性回复率≥100%', '案件质量评查合格率≥95%'],
    'gaj': ['刑事案件破案率≥80%', '治安案件查处率≥95%', '道路交通事故起数同比下降'],
    'sw': ['税费收入预算完成率≥100%', '纳税人满意度≥90%', '税费优惠政策落实率≥100%'],
    'fy': ['法定审限内结案率≥95%', '网上立案率≥80%', '裁判文书上网公开率≥95%'],
}


def blk_goals(d):
    g = GOALS[d.sector]
    d.sec('部门整体绩效目标')
    d.add(f'{d.year}年度，{d.short}围绕{d.S["field"]}主责主业设定部门整体支出绩效目标：' + '；'.join(g) +
          '；部门预算执行率≥90%，“三公”经费支出不超过年初预算。')


def blk_enforce(d):
    d.sec('绩效目标完成情况')
    before = len(d.L)
    ENF[d.sector](d)
    d.v['subn'] = len(d.L) - before


def blk_satis(d):
    label = '（' + cn(d.v.get('subn', 3) + 1) + '）'
    n = d.rng.randint(200, 1200)
    m = n - d.rng.randint(3, 40)
    s3 = d.rng.randint(2, 25)
    s2 = d.rng.randint(10, 90)
    s1 = m - s2 - s3
    r = d.pc(s1 + s2, m)
    obj = {'sfj': '受援群众', 'fy': '诉讼当事人', 'jcy': '人民群众', 'sw': '纳税人缴费人'}.get(d.sector, '服务对象')
    d.add(f'{label}满意度调查。采取线上线下相结合方式开展{obj}满意度调查，共发放问卷{n}份，回收有效问卷{m}份，'
          f'其中满意{s1}份、基本满意{s2}份、不满意{s3}份，综合满意度{d.p(r)}%。')
    d.trap(f'满意度以有效问卷{m}份为分母（发放{n}份），分子为满意与基本满意之和')
    d.v['satis'] = r


def blk_budget(d, variant='prose', half_up=False):
    d.sec('部门整体支出情况')
    big = {'sw': (2600, 5200), 'gaj': (5200, 9800), 'fy': (2600, 4800), 'jcy': (1500, 2800)}.get(d.sector, (700, 2800))
    A1 = d.money(big[0] * 6 // 10, big[1] * 6 // 10)
    A2 = d.money(big[0] // 5, big[1] * 2 // 5)
    A = A1 + A2
    add = q(A * D(d.rng.randint(5, 22)) / 100)
    B = A + add
    R = q(B * D(d.rng.randint(5, 60)) / 1000)
    if half_up:
        # 全年预算 a multiple of 8.00 and a rate of exactly xx.x25 / xx.x25-type (…125 or …625 thousandths):
        # the 执行率 then ends in an exact 5 at the third decimal, after an even digit (half-up trap)
        cents = int(B * 100)
        cents = (cents + 799) // 800 * 800
        B = D(cents) / 100
        add = B - A
        N = d.pick([90125, 91625, 93125, 94625, 95125, 96625, 97125, 98625])
        R = B - B * N / 100000
    E = B - R
    r = d.pc(E, B)
    if half_up and E * 100 / B == q(E * 100 / B, 3):
        d.trap(f'执行率{E * 100 / B}%按四舍五入记为{d.p(r)}%')
    rA = d.pc(E, A)
    if variant == 'prose':
        rs = d.slip('rate.exec', d.p(r), '预算执行率', f'全年实际支出{fm(E)}÷全年预算{fm(B)}={d.p(r)}%',
                    ok=lambda t: D(t) != r and D(t) != rA and D(t) <= 100)
        Rs = d.slip('bal.exec', fm(R), '年末结转结余', f'全年预算{fm(B)}−全年实际支出{fm(E)}={fm(R)}',
                    ok=lambda t: D(t) != R and D(t) > 0)
        d.add(f'{d.year}年度部门年初预算{fm(A)}万元，其中基本支出{fm(A1)}万元、项目支出{fm(A2)}万元。年中追加'
              f'{d.pick(d.S["adds"])}等经费{fm(add)}万元，调整后全年预算{fm(B)}万元。全年实际支出{fm(E)}万元，'
              f'预算执行率{rs}%，年末结转结余{Rs}万元。')
        d.trap(f'执行率{d.p(r)}%以全年预算{fm(B)}万元为分母（同段另有年初预算{fm(A)}万元，按年初计算为{d.p(rA)}%）')
    else:
        A1b = A1
        B1 = A1 + q(add * D(d.rng.randint(10, 40)) / 100)
        B2 = B - B1
        E1 = B1 - q(R * D(d.rng.randint(0, 20)) / 100)
        E2 = E - E1
        rows = [['合计', fm(A), fm(B), fm(E), d.p(d.pc(E, B))],
                ['基本支出', fm(A1b), fm(B1), fm(E1), d.p(d.pc(E1, B1))],
                ['项目支出', fm(A2), fm(B2), fm(E2), d.p(d.pc(E2, B2))]]
        d.add(f'{d.year}年度部门年初预算{fm(A)}万元，年中追加{d.pick(d.S["adds"])}等经费{fm(add)}万元，调整后全年预算{fm(B)}万元，'
              f'全年实际支出{fm(E)}万元，年末结转结余{fm(R)}万元。预算执行情况如下：')
        d.table(['项目', '年初预算数', '全年预算数', '全年执行数', '执行率（%）'], rows, unit='单位：万元')
        d.trap(f'执行率列以全年预算数为分母（合计{d.p(d.pc(E, B))}%，按年初预算为{d.p(rA)}%）')
    d.v.update(bA=A, bB=B, bE=E, bR=R)
    if d.chance(0.6):
        pf = q(A2 * D(d.rng.randint(60, 90)) / 100)
        d.add(f'按资金来源分，年初预算项目支出中一般公共预算财政拨款安排{fm(pf)}万元，其余为上年结转资金和其他资金。')
        d.trap(f'同名不同口径：项目支出{fm(A2)}万元（全部资金）与其中财政拨款安排{fm(pf)}万元')


# ----------------------------------------------------------------------------- scores
BANDS_STATED = [
    ('评价等级划分为：90分（含）以上为“优秀”，80分（含）至90分为“良好”，60分（含）至80分为“合格”，60分以下为“不合格”。',
     [(90, '优秀'), (80, '良好'), (60, '合格'), (0, '不合格')]),
    ('评分90分以上（含90分）为优，80分以上（含80分）不足90分为良，60分以上（含60分）不足80分为中，60分以下为差。',
     [(90, '优'), (80, '良'), (60, '中'), (0, '差')]),
    ('评价结果分为四档：总分85分（含）以上为“优秀”，75分（含）至85分为“良好”，60分（含）至75分为“合格”，60分以下为“不合格”。',
     [(85, '优秀'), (75, '良好'), (60, '合格'), (0, '不合格')]),
]


def grade_of(S, bands):
    for lo, g in bands:
        if S >= lo:
            return g
    return bands[-1][1]


def score_parts(d, weights, target=None, nd=1):
    """scores per 一级 indicator, each <= its weight; optional target window for total"""
    for _ in range(2000):
        ss = []
        for w in weights:
            ded = D(d.rng.randint(0, int(w) * 2)) / (10 if nd == 1 else 10)
            if d.chance(0.25):
                ded = D(0)
            ss.append(q(D(w) - ded * D('0.6'), nd))
        S = sum(ss)
        if target is None or target[0] <= S < target[1]:
            return ss, S
    raise RuntimeError('score window')


def blk_score(d, mode='prose', rate_col=False, bands='stated', window=None, boundary=False):
    d.sec('自评结论')
    weights = d.pick([(20, 20, 40, 20), (15, 25, 40, 20), (10, 20, 40, 30), (20, 15, 45, 20)])
    names = ['投入', '过程', '产出', '效益']
    ss, S = score_parts(d, weights, (D(88), D(93)) if boundary else window)
    # a 一级 score must lose at least what the listed 三级 indicators of that group lost
    ded = d.v.get('ded', {})
    need = [ded.get(nm, D(0)) for nm in names]
    for i in range(4):
        if need[i] and D(weights[i]) - ss[i] < need[i]:
            ss[i] = q(D(weights[i]) - need[i] - D(d.rng.randint(0, 4)) / 10, 1)
    S = sum(ss)
    target = D(90) if boundary else (window[0] + D('0.5') if window and not (window[0] <= S < window[1]) else None)
    if target is not None:
        diff = target - S
        for i in (0, 1, 3, 2):
            hi = D(weights[i]) - need[i]
            new = min(max(ss[i] + diff, D(0)), hi)
            diff -= new - ss[i]
            ss[i] = new
        S = sum(ss)
        assert diff == 0, 'score adjust'
    if boundary:
        d.trap('总分恰为90分，落在“优秀/优”档下限（含）')
    if bands == 'stated':
        btxt, blist = d.pick(BANDS_STATED[:2] if boundary else BANDS_STATED)
    else:
        btxt, blist = '', [(90, '优'), (80, '良'), (60, '中'), (0, '差')]
    g = grade_of(S, blist)
    wrong = {x[1] for x in blist} - {g}
    order = [x[1] for x in blist]
    if d.site == 'grade.stated' and d.slip_on:
        gi = order.index(g)
        ng = order[gi - 1] if gi > 0 else order[gi + 1]
        d.slipinfo = ('grade.band', f'评价等级“{ng}”应为“{g}”（stale draft value；总分{S}分落在“{g}”档）')
        gs = ng
    else:
        gs = g
    if mode == 'prose':
        s2 = str(ss[1])
        s2s = d.slip('tot.prose', s2, '过程指标得分', f'四项一级指标得分之和应为总分{S}分',
                     ok=lambda t: D(t) != ss[1] and D(t) <= weights[1] and D(t) > 0)
        parts = []
        for i, (nm, w, s) in enumerate(zip(names, weights, ss)):
            parts.append(f'{nm}指标（{w}分）得{s2s if i == 1 else s}分')
        d.add(f'经综合评价，{d.short}{d.year}年度部门整体支出绩效自评得分{S}分，其中：' + '、'.join(parts) + '。')
        d.add((btxt + '根据评分结果，' if btxt else '') + f'{d.year}年度部门整体支出绩效自评等级为“{gs}”。')
    else:
        rows = []
        tot_ix = d.srng.randint(0, 3) if False else 2
        for i, (nm, w, s) in enumerate(zip(names, weights, ss)):
            sv = str(s)
            if i == tot_ix:
                sv = d.slip('tot.table', sv, f'评分表“{nm}指标”得分', f'四项一级指标得分之和应为合计{S}分',
                            ok=lambda t: D(t) != s and D(t) <= w and D(t) > 0)
            row = [f'{nm}指标', str(w), sv]
            if rate_col:
                row.append(d.p(d.pc(s, w)))
            rows.append(row)
        tot = ['合计', '100', str(S)]
        if rate_col:
            tot.append(d.p(S))
            d.trap(f'得分率列与得分列并存（合计得分{S}分、得分率{d.p(S)}%）')
        rows.append(tot)
        hdr = ['一级指标', '分值', '得分'] + (['得分率（%）'] if rate_col else [])
        d.add(f'根据部门整体支出绩效评价指标体系，各一级指标得分情况如下：')
        d.table(hdr, rows, unit='单位：分')
        d.add(f'{d.year}年度部门整体支出绩效自评总分{S}分。' + btxt + f'自评等级为“{gs}”。')
        # prose restatement of the 效益 score (table.text site)
        s4 = ss[3]
        s4s = d.slip('tt.score', str(s4), '正文效益指标得分', f'评分表效益指标得分为{s4}分',
                     ok=lambda t: D(t) != s4 and D(t) <= weights[3] and D(t) > 0)
        lost = D(weights[3]) - s4
        d.add(f'效益指标得分{s4s}分，' + ('扣分主要原因是部分社会效益指标未达到年度目标值。' if lost > 0 else '各项效益指标均达到年度目标。'))
    d.v.update(S=S, grade=g)
    if not btxt:
        d.trap(f'未列明等级划分，总分{S}分按通行90/80/60档为“{g}”')


IND1 = {'scjg': ('市场主体双随机抽查户次', '户次'), 'sthj': ('重点排污单位执法检查家次', '家次'),
        'yjgl': ('生产经营单位执法检查家次', '家次'), 'zrzy': ('卫片执法图斑核查数', '个'),
        'cgzf': ('违法建设查处数', '处'), 'sfj': ('法律援助案件办理数', '件'), 'jcy': ('公益诉讼案件办理数', '件'),
        'gaj': ('街面巡逻防控场次', '场次'), 'sw': ('税务稽查检查户数', '户'), 'fy': ('审执结案件数', '件')}


def target_rows(d, n_rows, exhaustive):
    """indicator rows: (一级, 二级, 三级, target, actual, w, s) ; sector-flavoured"""
    S = d.S
    unitw = S['unitw']
    n1, u1 = IND1[d.sector]
    sat1 = '效益指标' if not exhaustive else '满意度指标'
    pool = [
        ('产出指标', '数量指标', n1, 'count', u1),
        ('产出指标', '数量指标', '开展专项整治行动', 'count', '次'),
        ('产出指标', '数量指标', '组织业务培训', 'count', '期'),
        ('产出指标', '质量指标', '案件办结率', 'rate', '%'),
        ('产出指标', '质量指标', '问题整改到位率', 'rate', '%'),
        ('产出指标', '时效指标', '投诉举报按时处置率', 'rate', '%'),
        ('效益指标', '社会效益指标', '群众知晓率', 'rate', '%'),
        ('效益指标', '社会效益指标', '重大责任事件发生数', 'le0', '起'),
        ('效益指标', '可持续影响指标', '长效监管机制建立情况', 'yes', ''),
        (sat1, '满意度指标', '服务对象满意度', 'rate', '%'),
    ]
    rows = []
    sel = pool[:n_rows] if exhaustive else sorted(d.rng.sample(range(len(pool)), n_rows))
    if not exhaustive:
        sel = [pool[i] for i in sel]
    for (l1, l2, l3, kind, u) in sel:
        w = d.rng.randint(4, 9) if not exhaustive else None
        rows.append([l1, l2, l3, kind, u, w])
    return rows


def fill_target(d, kind, u, met):
    if kind == 'count':
        tgt = d.rng.randint(4, 60) * (1 if u in ('次', '期') else 10)
        act = tgt + d.rng.randint(0, tgt // 3 + 1) if met else tgt - d.rng.randint(1, max(1, tgt // 6))
        return f'≥{tgt}{u}', f'{act}{u}'
    if kind == 'rate':
        tgt = d.pick([85, 90, 95, 98])
        act = q(D(tgt) + D(d.rng.randint(0, 140)) / 10, 1) if met else q(D(tgt) - D(d.rng.randint(5, 40)) / 10, 1)
        if act > 100:
            act = D('100.0')
        return f'≥{tgt}%', f'{act}%'
    if kind == 'le0':
        return '0起', '0起' if met else '1起'
    return '建立健全', '已建立' if met else '部分建立'


def blk_targets(d, exhaustive=False, n_rows=6):
    """非穷尽的主要绩效指标表（D 型）；cap.table slip site"""
    rows = target_rows(d, n_rows, exhaustive)
    out = []
    cap_ix = 1
    for i, (l1, l2, l3, kind, u, w) in enumerate(rows):
        met = d.chance(0.7)
        if i == cap_ix:
            met = False
            s = q(D(w - 1) + D(w) / 10, 1)
        elif met:
            s = D(w)
        else:
            s = q(D(w) - D(d.rng.randint(2, 10)) / 10, 1)
        tg, ac = fill_target(d, kind, u, met)
        g1 = l1[:2]
        d.v.setdefault('ded', {})
        d.v['ded'][g1] = d.v['ded'].get(g1, D(0)) + (D(w) - s)
        sv = str(s)
        if i == cap_ix:
            sv = d.slip('cap.table', sv, f'主要绩效指标表“{l3}”得分', f'该指标分值为{w}分，得分不应超过分值',
                        ok=lambda t, w=w: D(t) > w, prefer='transposed digits')
        out.append([l1, l2, l3, tg, ac, str(w), sv])
    d.add('主要绩效指标完成情况如下表（仅列示部分三级指标）：')
    d.table(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], out)
    d.trap('非穷尽的主要指标表（仅列部分三级指标，不设合计行）')


def blk_capprose(d):
    """prose discussion of two key indicators with 分值/得分 (cap.prose slip site)"""
    w1 = d.rng.randint(5, 9)
    s1 = D(w1)
    w2 = d.pick([5, 6, 8, 9])
    s2 = q(D(w2 - 1) + D(w2) / 10, 1)
    hp = d.v.get('h_phrase', '全年监督检查任务按计划推进')
    s2s = d.slip('cap.prose', str(s2), '“服务对象满意度”指标得分', f'该指标分值为{w2}分，得分不应超过分值',
                 ok=lambda t: D(t) > w2, prefer='transposed digits')
    d.v.setdefault('ded', {})
    d.v['ded']['效益'] = d.v['ded'].get('效益', D(0)) + (D(w2) - s2)
    sat = d.v.get('satis')
    sattxt = f'综合满意度{d.p(sat)}%，略低于年度目标值' if sat is not None else '个别事项群众反映办理时限偏长'
    d.add(f'从主要指标看：监督检查覆盖指标分值{w1}分，{hp}，完成年度目标，得{s1}分；'
          f'服务对象满意度指标分值{w2}分，{sattxt}，得{s2s}分。')
    d.trap('正文逐项列示主要指标分值与得分（非穷尽，不构成合计关系）')


# ----------------------------------------------------------------------------- project (C)
def blk_project(d):
    S = d.S
    proj = d.pick(S['proj'])
    d.add(f'项目名称：{proj}')
    d.add(f'主管部门：{d.name}　　实施单位：{d.name}')
    d.sec('项目基本情况')
    A1 = d.money(40, 420)
    A2 = d.money(0, 60) if d.chance(0.5) else D(0)
    A = A1 + A2
    add = q(A * D(d.rng.randint(-8, 20)) / 100)
    if add == 0:
        add = D('3.60')
    B1 = A1 + add
    B2 = A2
    B = B1 + B2
    E1 = B1 - q(B1 * D(d.rng.randint(0, 60)) / 1000)
    E2 = B2
    E = E1 + E2
    r = d.pc(E, B)
    se = q(10 * E / B, 2)
    word = '追加' if add > 0 else '调减'
    d.add(f'{proj}主要用于{d.pick(["执法装备购置和检验检测服务", "专项检查和第三方技术服务", "宣传培训和业务系统运行维护"])}。'
          f'项目年初预算{fm(A)}万元，年中{word}预算{fm(abs(add))}万元，全年预算{fm(B)}万元；全年执行{fm(E)}万元。')
    if add > 0:
        d.trap(f'执行率以全年预算{fm(B)}万元为分母（年初预算{fm(A)}万元）')
    else:
        d.trap(f'年中调减预算{fm(abs(add))}万元，执行率以调减后的全年预算{fm(B)}万元为分母')
    d.sec('绩效自评表')
    rows = [['年度资金总额', fm(A), fm(B), fm(E), '10', d.p(r), str(se)],
            ['其中：当年财政拨款', fm(A1), fm(B1), fm(E1), '', '', ''],
            ['　　　上年结转资金', fm(A2), fm(B2), fm(E2), '', '', ''],
            ['　　　其他资金', '0.00', '0.00', '0.00', '', '', '']]
    d.table(['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率（%）', '得分'], rows, unit='单位：万元')
    d.trap(f'资金得分{se}=10×执行率')
    d.trap('其他资金年初、全年、执行均为0，执行率与得分列为“—”')
    if A2 > 0:
        d.trap(f'年度资金总额含上年结转资金{fm(A2)}万元')
    # exhaustive indicator table: 产出 50, 效益 30, 满意度 10
    spec = [('产出指标', '数量指标', f'{S["people"]}检查覆盖数', 'count', S['unitw'] + '次' if S['unitw'] in ('户', '家') else '次', 15),
            ('产出指标', '数量指标', '专项整治行动次数', 'count', '次', 10),
            ('产出指标', '质量指标', '问题整改到位率', 'rate', '%', 15),
            ('产出指标', '时效指标', '任务按期完成率', 'rate', '%', 10),
            ('效益指标', '社会效益指标', '重大责任事件发生数', 'le0', '起', 15),
            ('效益指标', '可持续影响指标', '长效监管机制建立情况', 'yes', '', 15),
            ('满意度指标', '服务对象满意度指标', '服务对象满意度', 'rate', '%', 10)]
    out = []
    grp = {'产出指标': D(0), '效益指标': D(0), '满意度指标': D(0)}
    for (l1, l2, l3, kind, u, w) in spec:
        met = d.chance(0.7)
        s = D(w) if met else q(D(w) - D(d.rng.randint(3, 25)) / 10, 1)
        tg, ac = fill_target(d, kind, u, met)
        grp[l1] += s
        out.append([l1, l2, l3, tg, ac, str(w), str(s)])
    d.table(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], out)
    total = se + grp['产出指标'] + grp['效益指标'] + grp['满意度指标']
    for _ in range(1):
        pass
    d.sec('自评结论')
    g = grade_of(total, [(90, '优'), (80, '良'), (60, '中'), (0, '差')])
    order = ['优', '良', '中', '差']
    if d.site == 'grade.default' and d.slip_on:
        gi = order.index(g)
        ng = order[gi - 1] if gi > 0 else order[gi + 1]
        d.slipinfo = ('grade.band', f'自评等级“{ng}”应为“{g}”（stale draft value；总分{total}分按通行90/80/60档为“{g}”）')
        gs = ng
    else:
        gs = g
    d.add(f'经自评，本项目{d.year}年度绩效自评总分{total}分，其中：预算执行率得分{se}分、产出指标得分{grp["产出指标"]}分、'
          f'效益指标得分{grp["效益指标"]}分、满意度指标得分{grp["满意度指标"]}分，自评等级为“{gs}”。')
    d.trap(f'未列明等级划分，总分{total}分按通行90/80/60档为“{g}”')
    d.v.update(S=total, grade=g)


# ----------------------------------------------------------------------------- E-type tables
def blk_vehicle_table(d):
    sangong_prepare(d)
    v = d.v
    V, V1, sp = v['V'], v['V1'], v['sp']
    rest = V - V1
    a = d.rng.randint(0, min(1, rest))
    b = d.rng.randint(0, rest - a)
    e = rest - a - b
    Vc = V + sp
    d.add(f'截至{d.year}年12月31日，本部门车辆配置情况如下：')
    d.table(['车辆类别', '数量（辆）'], [['合计', str(Vc)], ['机要通信用车', str(a)], ['应急保障用车', str(b)],
                                    ['执法执勤用车', str(V1)], ['特种专业技术用车', str(sp)], ['其他用车', str(e)]])
    k = d.rng.randint(0, 6)
    d.add(f'单价50万元以上通用设备{k}台（套），单价100万元以上专用设备{d.rng.randint(0, 2)}台（套）。')
    d.trap(f'车辆合计{Vc}辆含特种专业技术用车{sp}辆，与公务用车保有量口径不同；“单价50万元以上”为门槛值')


def blk_procure_table(d):
    T = d.money(80, 900)
    g, e, s = d.split(T, 3, 10, 40)
    mg = q(g * D(d.rng.randint(60, 100)) / 100)
    me = q(e * D(d.rng.randint(60, 100)) / 100)
    ms = q(s * D(d.rng.randint(60, 100)) / 100)
    m = mg + me + ms
    d.add(f'{d.year}年度本部门政府采购支出总额{fm(T)}万元，授予中小企业合同金额{fm(m)}万元，占政府采购支出总额的{d.p(d.pc(m, T))}%。分类情况如下：')
    d.table(['采购类别', '采购金额', '授予中小企业合同金额'],
            [['合计', fm(T), fm(m)], ['货物类', fm(g), fm(mg)], ['工程类', fm(e), fm(me)], ['服务类', fm(s), fm(ms)]],
            unit='单位：万元')


# ----------------------------------------------------------------------------- closing
PROBLEMS = [
    '一是预算编制的精细化程度有待提高，部分项目年中追加调整较多，年初预算的约束作用发挥不够充分。',
    '二是绩效目标设置还不够科学，个别指标以定性描述为主，量化程度不高，难以全面反映履职成效。',
    '三是绩效结果运用不够充分，评价结果与下年度预算安排的衔接机制尚需完善。',
    '四是信息化支撑能力仍有短板，部分业务系统和办公设备老化，运维保障压力较大。',
]
MEASURES = [
    '下一步，我们将加强预算编制与绩效目标的衔接，细化量化绩效指标，强化预算执行进度监控，'
    '对执行偏慢的项目及时分析原因、督促整改，并将自评结果作为下年度预算安排的重要依据。',
    '下一步，我们将严格落实过紧日子要求，健全全过程预算绩效管理链条，推动绩效运行监控常态化，'
    '提高财政资金使用效益。',
]


def blk_close(d, restate=None):
    d.sec('存在的问题及改进措施')
    k = d.rng.randint(2, 4)
    for t in PROBLEMS[:k]:
        d.add(t)
    if restate == 'staff':
        a = d.v['staff']
        as_ = d.slip('fact.staff', str(a), '“存在的问题”部分复述的实有在职人员数',
                     f'基本情况部分为实有在职人员{a}人', ok=lambda t: int(t) != a and abs(int(t) - a) < 40)
        d.add(f'同时，人员力量与工作任务不相匹配。{d.short}实有在职人员{as_}人，一线执法和业务人员长期超负荷运转。')
        if d.site is None:
            d.trap(f'实有在职人员{a}人在“存在的问题”部分一致复述')
    if restate == 'fine':
        f = d.v['fine']
        fs = d.slip('fact.fine', fm(f), '效益部分复述的罚没款', f'执法部分为罚没款{fm(f)}万元',
                    ok=lambda t: D(t) != f, prefer='dropped digit')
        d.add(f'从效益看，全年收缴罚没款{fs}万元，均按规定及时足额缴入国库，执法震慑作用进一步显现。')
    d.add(d.pick(MEASURES))


def blk_sign(d):
    d.add(d.name)
    d.add(f'{d.year + 1}年{d.rng.randint(1, 5)}月{d.rng.randint(1, 28)}日')


# ----------------------------------------------------------------------------- archetypes
def build(spec, slip_on):
    d = Doc(spec, slip_on)
    site = d.site
    blk_title(d)
    a = d.arch
    if a == 'A':
        # 部门决算说明
        blk_basic(d, staff_change=(d.n % 3 == 0))
        bal = site == 'bal.carry'
        d.v['has_income'] = True
        blk_income(d, totals=not bal, shares=not bal and d.n % 2 == 1, want_round=(d.n % 4 == 1))
        if site == 'sum.functable' or d.n in (22, 28):
            blk_functable(d, shares=(d.n == 28))
            d.v['sec_fin'] = 1
        blk_fin(d)
        blk_basicexp(d)
        blk_sangong(d, table=(d.n in (21, 36)), change_pct=True, yuan_restate=(d.n in (25, 28)), zero_100=(d.n == 22))
        d.sec('其他重要事项的情况说明')
        d.add('（一）机关运行经费支出情况')
        blk_jgyx(d, change_pct=(site != 'chg.jgyx'), comparable=(d.n in (25, 36)))
        d.add('（二）政府采购支出情况')
        blk_procure(d)
        d.add('（三）国有资产占用情况')
        blk_assets(d)
        if d.n in (6, 21, 17):
            d.sec('预算绩效情况说明')
            d.add(f'{d.year}年度本部门对{len(d.S["proj"])}个项目开展了绩效自评，涉及资金{fm(d.v["pf"])}万元，自评结果均为“良好”及以上。')
    elif a == 'B':
        blk_intro(d)
        blk_basic(d, staff_change=(d.n in (24, 30)))
        if d.n % 3 != 1:
            blk_goals(d)
        blk_budget(d, variant='table' if d.n in (27, 32) else 'prose', half_up=(d.n in (23, 30)))
        blk_enforce(d)
        blk_satis(d)
        if site == 'cap.prose' or d.n in (24, 27):
            blk_capprose(d)
        blk_score(d, mode='prose', bands='stated' if (site == 'grade.stated' or d.n % 2 == 1) else 'default',
                  window=(D(80), D('89.5')) if site == 'grade.stated' else None, boundary=(d.n == 30))
        restate = {'fact.staff': 'staff', 'fact.fine': 'fine'}.get(site)
        if site is None:
            restate = {23: 'fine', 27: 'staff', 30: 'staff'}.get(d.n)
        blk_close(d, restate=restate)
        blk_sign(d)
    elif a == 'C':
        blk_project(d)
        d.sec('偏差原因及改进措施')
        d.add('个别指标未达到年度目标值，主要是受检对象数量变化和专项行动时间调整影响。下一步将加强项目执行进度监控，'
              '科学合理设置绩效目标，确保资金使用效益。')
        blk_sign(d)
    elif a == 'D':
        blk_intro(d)
        blk_basic(d)
        if d.n % 2 == 0:
            blk_goals(d)
        blk_budget(d, variant='table' if d.n in (10, 31, 40) else 'prose', half_up=(d.n == 38))
        blk_enforce(d)
        if site == 'cap.table' or d.n in (29, 38):
            blk_targets(d, exhaustive=False, n_rows=5)
        blk_satis(d)
        blk_score(d, mode='table', rate_col=(site not in ('tot.table',) and d.n % 2 == 1 and site != 'tt.score') or d.n == 40,
                  bands='stated', boundary=(d.n == 29))
        blk_close(d)
    elif a == 'E':
        blk_sangong(d, table=True, change_pct=(site != 'chg.sg'))
        d.sec('机关运行经费支出情况说明')
        blk_jgyx(d, change_pct=True, comparable=(d.n == 26))
        d.sec('政府采购支出情况说明')
        if d.n in (19, 37):
            blk_procure_table(d)
        else:
            blk_procure(d)
        d.sec('国有资产占用情况说明')
        if d.n in (8, 26, 39):
            blk_vehicle_table(d)
        else:
            blk_assets(d)
    if d.slip_on and d.slipinfo is None:
        raise RuntimeError(f'slip {site} not planted in doc {d.n}')
    return d


def order():
    perm = list(range(len(SPECS)))
    random.Random(SEED).shuffle(perm)
    return perm   # perm[i] = index into SPECS of document t{i+1:02d}


def main(argv):
    twins = None
    if len(argv) >= 3 and argv[1] == '--twins':
        twins = argv[2]
        os.makedirs(twins, exist_ok=True)
    perm = order()
    rows = []
    for i, si in enumerate(perm):
        spec = SPECS[si]
        tid = f't{i + 1:02d}'
        if twins:
            if spec[4] is None:
                continue
            d = build(spec, slip_on=False)
            with open(os.path.join(twins, tid + '.txt'), 'w', encoding='utf-8') as fh:
                fh.write('\n'.join(d.L) + '\n')
            continue
        d = build(spec, slip_on=True)
        n = len(d.L)
        assert 15 <= n <= 60, (tid, n)
        with open(os.path.join(HERE, tid + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(d.L) + '\n')
        if spec[4] is None:
            rows.append((tid, 'clean', '；'.join(d.traps)))
        else:
            fam, det = d.slipinfo
            rows.append((tid, fam, det))
    if not twins:
        with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as fh:
            fh.write('id\texpected\tdetail\n')
            for r in rows:
                fh.write('\t'.join(r) + '\n')


if __name__ == '__main__':
    main(sys.argv)
