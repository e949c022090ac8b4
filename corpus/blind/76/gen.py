#!/usr/bin/env python3
"""Generator for the blind76 test set.

Writes t01.txt … t40.txt and expect.tsv next to this file.  Deterministic
(fixed seed).  All money / rate / score arithmetic is done with
decimal.Decimal (never float), so the clean documents are exactly
consistent; each slip document is built from the same consistent values
and then exactly one figure in one prose sentence is replaced by a
"tired clerk" value (transposed digits, stale figure, wrong unit, stale
grade).

Three document kinds, all copied "from a document-sharing site":
  A  项目支出绩效自评报告      (prose + glued 绩效自评表)
  B  部门整体支出绩效自评报告  (prose + glued 部门整体自评表 / 评分表)
  C  部门决算说明              (prose + glued 收入支出决算总表 / 三公经费表)
"""
import copy
import os
import random
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 7620250
rng = random.Random(SEED)      # everything that shapes a document
vrng = random.Random(SEED)     # only the wrong value of a slip (so a slip-free twin draws the same)

# --------------------------------------------------------------------------
# number helpers (Decimal only)
# --------------------------------------------------------------------------
CENT = D('0.01')


def q2(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def amt(lo, hi):
    lo, hi = D(str(lo)), D(str(hi))
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def M(x):            # money, two decimals
    return f"{q2(x):.2f}"


def P(x):            # percent (already ×100), two decimals, "100" when exact
    x = q2(x)
    return '100' if x == 100 else f"{x:.2f}"


def ratio(a, b):     # percent a/b rounded half-up to 0.01
    return q2(D(a) * 100 / D(b))


def S(x):            # score: up to two decimals, trailing zeros dropped
    s = f"{q2(x):.2f}"
    return s.rstrip('0').rstrip('.')


def Y10(x, comma=True):   # 万元 -> 元 string
    v = q2(D(x) * 10000)
    return f"{v:,.2f}" if comma else f"{v:.2f}"


def pick(seq):
    return rng.choice(seq)


def frac(lo, hi):
    lo, hi = D(str(lo)), D(str(hi))
    return D(rng.randint(int(lo * 1000), int(hi * 1000))) / 1000


def transpose(s, min_rel=D('0.001'), min_abs=D('0.05')):
    """swap two adjacent (different) digits of a numeric string."""
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    for mr, ma in ((min_rel, min_abs), (D(0), D('0.01'))):
        cands = []
        for a, b in zip(idx, idx[1:]):
            if s[a] == s[b]:
                continue
            t = list(s)
            t[a], t[b] = t[b], t[a]
            t = ''.join(t)
            if t[0] == '0' and len(t.split('.')[0]) > 1:
                continue
            va, vb = D(s.replace(',', '')), D(t.replace(',', ''))
            if abs(va - vb) < ma or abs(va - vb) < abs(va) * mr:
                continue
            cands.append(t)
        if cands:
            return vrng.choice(cands)
    raise ValueError('cannot transpose ' + s)


def transpose_max(s, wmax):
    """transposition that stays within the indicator weight when possible."""
    t = None
    for _ in range(30):
        t = transpose(s, min_abs=D('0.5'))
        if D(t) <= D(wmax):
            return t
    return t


# --------------------------------------------------------------------------
# places, bureaus, sectors
# --------------------------------------------------------------------------
PROVS = [('湖南', '湘'), ('湖北', '鄂'), ('四川', '川'), ('贵州', '黔'), ('云南', '云'),
         ('江西', '赣'), ('安徽', '皖'), ('河南', '豫'), ('河北', '冀'), ('山东', '鲁'),
         ('广西', '桂'), ('甘肃', '甘'), ('陕西', '陕'), ('山西', '晋'), ('吉林', '吉'),
         ('福建', '闽'), ('浙江', '浙'), ('广东', '粤'), ('黑龙江', '黑'), ('内蒙古', '内')]
SYL1 = list('安宁平清临石丰桃兴昌崇柳云汉永福乐德明华金长青龙凤松泰和茶怀白沙黎梅竹岑')
SYL2 = list('溪源江泉岭川山水城林州丰远化口陵坪湾塘')
_used_names = set()


def prov_full(p):
    return {'广西': '广西壮族自治区', '内蒙古': '内蒙古自治区'}.get(p, p + '省')


def county():
    while True:
        a, b = pick(SYL1), pick(SYL2)
        if a == b:
            continue
        suf = pick(['县'] * 6 + ['区', '市'])
        name = a + b + suf
        if name not in _used_names:
            _used_names.add(name)
            return name, suf


SECTORS = [
    dict(k='edu', bureau='教育局', proj='义务教育家庭经济困难学生生活补助',
         noun='家庭经济困难学生', head='学生', u='人', n=(900, 4200), verb='资助',
         renci='按春、秋两个学期分别发放，全年累计资助学生{m}人次', rc=(D('1.55'), D('1.95')),
         q2=('覆盖中小学校', '所', (18, 70), '覆盖学校数'),
         quals=[('补助资金发放准确率', '100%', '100%'), ('补助资金发放及时率', '≥95%', '100%')],
         effs=[('家庭经济困难学生就学负担', '有效减轻', '有效减轻'), ('因贫失学辍学情况', '不发生', '未发生')],
         sat='受助学生及家长满意度', upper='省财政厅、省教育厅', dk='教', fn='教育支出',
         uses=['学生生活补助发放', '寄宿生营养膳食补助', '资助信息系统维护及政策宣传'],
         goal='落实家庭经济困难学生资助政策，保障家庭经济困难学生顺利完成学业'),
    dict(k='forest', bureau='林业局', proj='生态护林员补助',
         noun='生态护林员', head='护林员', u='名', n=(150, 980), verb='选聘',
         renci='组织巡山护林业务培训4期，累计培训护林员{m}人次', rc=(D('2.2'), D('3.6')),
         q2=('管护森林面积', '万亩', (20, 160), '管护森林面积'),
         quals=[('护林员劳务补助发放准确率', '100%', '100%'), ('巡护日志填写合格率', '≥90%', '96.5%')],
         effs=[('森林火灾受害率', '≤0.9‰', '0.12‰'), ('脱贫人口稳定增收', '明显', '明显')],
         sat='护林员满意度', upper='省林业局、省财政厅', dk='农', fn='农林水支出',
         uses=['生态护林员劳务补助', '护林员意外伤害保险', '巡护装备购置及培训'],
         goal='通过选聘脱贫人口担任生态护林员，实现生态保护与稳定增收双赢'),
    dict(k='medins', bureau='医疗保障局', proj='城乡医疗救助',
         noun='困难群众', head='困难群众', u='人', n=(1200, 9800), verb='资助参保',
         renci='全年累计救助困难群众{m}人次', rc=(D('1.4'), D('2.9')),
         q2=('定点医疗机构一站式结算覆盖', '家', (20, 90), '一站式结算机构数'),
         quals=[('救助对象参保资助到位率', '100%', '100%'), ('政策范围内住院费用救助比例', '≥70%', '72.6%')],
         effs=[('困难群众医疗费用负担', '有效减轻', '有效减轻'), ('因病致贫返贫情况', '有效遏制', '有效遏制')],
         sat='救助对象满意度', upper='省财政厅、省医疗保障局', dk='社', fn='卫生健康支出',
         uses=['资助困难群众参保', '住院医疗救助', '门诊慢特病救助'],
         goal='全面落实困难群众医疗救助政策，减轻困难群众医疗费用负担'),
    dict(k='civil', bureau='民政局', proj='特困人员救助供养',
         noun='特困供养人员', head='供养人员', u='人', n=(400, 3100), verb='保障',
         renci='按月足额发放基本生活费，全年累计救助特困供养人员{m}人次', rc=(D('11.2'), D('11.9')),
         q2=('敬老院（供养服务机构）', '所', (6, 24), '供养服务机构数'),
         quals=[('救助供养金发放准确率', '100%', '100%'), ('集中供养机构安全事故', '0起', '0起')],
         effs=[('特困人员基本生活', '有效保障', '有效保障'), ('兜底保障能力', '持续提升', '持续提升')],
         sat='特困供养人员满意度', upper='省财政厅、省民政厅', dk='社', fn='社会保障和就业支出',
         uses=['分散供养基本生活费', '集中供养机构运转补助', '照料护理补贴'],
         goal='保障特困人员基本生活，提高特困人员救助供养水平'),
    dict(k='disab', bureau='残疾人联合会', proj='困难残疾人生活补贴和重度残疾人护理补贴',
         noun='困难残疾人', head='残疾人', u='人', n=(800, 5200), verb='补贴',
         renci='按月发放，全年累计补贴残疾人{m}人次', rc=(D('11.0'), D('11.8')),
         q2=('残疾人康复服务机构', '个', (3, 15), '康复服务机构数'),
         quals=[('补贴发放准确率', '100%', '100%'), ('补贴按月发放率', '100%', '100%')],
         effs=[('残疾人生活质量', '有效改善', '有效改善'), ('残疾人家庭负担', '明显减轻', '明显减轻')],
         sat='残疾人及其家属满意度', upper='省财政厅、省残联', dk='社', fn='社会保障和就业支出',
         uses=['困难残疾人生活补贴', '重度残疾人护理补贴', '残疾人证办理及核查'],
         goal='落实残疾人两项补贴制度，保障困难残疾人基本生活和重度残疾人长期照护需求'),
    dict(k='vet', bureau='退役军人事务局', proj='重点优抚对象抚恤补助',
         noun='重点优抚对象', head='优抚对象', u='人', n=(600, 3600), verb='保障',
         renci='按季度发放，全年累计发放优抚对象{m}人次', rc=(D('3.6'), D('3.95')),
         q2=('退役军人服务站', '个', (10, 40), '服务站数'),
         quals=[('抚恤补助资金发放准确率', '100%', '100%'), ('资金发放及时率', '100%', '100%')],
         effs=[('优抚对象生活水平', '稳步提高', '稳步提高'), ('拥军优属氛围', '持续浓厚', '持续浓厚')],
         sat='优抚对象满意度', upper='省财政厅、省退役军人事务厅', dk='社', fn='社会保障和就业支出',
         uses=['定期抚恤金', '定期生活补助', '优抚对象医疗补助'],
         goal='落实优抚政策，保障重点优抚对象生活待遇'),
    dict(k='health', bureau='卫生健康局', proj='基本公共卫生服务',
         noun='65岁及以上老年人', head='老年人', u='人', n=(6000, 28000), verb='健康管理',
         renci='全年累计随访管理老年人{m}人次', rc=(D('1.8'), D('3.6')),
         q2=('规范化电子健康档案', '万份', (12, 60), '电子健康档案建档数'),
         quals=[('高血压患者规范管理率', '≥60%', '68.4%'), ('孕产妇系统管理率', '≥90%', '95.2%')],
         effs=[('居民健康素养水平', '逐步提高', '逐步提高'), ('重大传染病疫情', '不发生', '未发生')],
         sat='城乡居民满意度', upper='省财政厅、省卫生健康委', dk='社', fn='卫生健康支出',
         uses=['基层医疗卫生机构服务补助', '家庭医生签约服务补助', '项目督导考核及培训'],
         goal='为城乡居民免费提供基本公共卫生服务，逐步缩小城乡居民基本公共卫生服务差距'),
    dict(k='hrss', bureau='人力资源和社会保障局', proj='就业补助资金',
         noun='职业技能培训学员', head='学员', u='人', n=(500, 3800), verb='补贴',
         renci='全年累计培训学员{m}人次', rc=(D('1.3'), D('1.9')),
         q2=('新增城镇就业', '人', (900, 4200), '新增城镇就业人数'),
         quals=[('培训合格率', '≥85%', '91.3%'), ('补贴资金发放准确率', '100%', '100%')],
         effs=[('城镇登记失业率', '≤4.5%', '3.6%'), ('重点群体就业稳定性', '稳中有升', '稳中有升')],
         sat='补贴对象满意度', upper='省财政厅、省人力资源和社会保障厅', dk='社', fn='社会保障和就业支出',
         uses=['职业培训补贴', '社会保险补贴', '公益性岗位补贴'],
         goal='落实就业优先政策，促进重点群体就业创业'),
    dict(k='emerg', bureau='应急管理局', proj='森林防灭火能力建设',
         noun='半专业扑火队员', head='扑火队员', u='人', n=(120, 640), verb='组建',
         renci='开展扑火技能实战演练12场，累计培训扑火队员{m}人次', rc=(D('2.0'), D('4.0')),
         q2=('防火检查站', '个', (6, 30), '防火检查站数'),
         quals=[('扑火装备配备达标率', '100%', '100%'), ('火情处置及时率', '100%', '100%')],
         effs=[('森林火灾发生率', '明显下降', '明显下降'), ('群众防火意识', '明显增强', '明显增强')],
         sat='群众满意度', upper='省财政厅、省应急管理厅', dk='建', fn='灾害防治及应急管理支出',
         uses=['扑火队伍建设', '防火物资及装备购置', '防火宣传及培训'],
         goal='提升森林火灾综合防控能力，保障人民群众生命财产安全'),
    dict(k='transport', benef='{n}公里农村公路路况明显改善', bureau='交通运输局', proj='农村公路养护',
         noun='农村公路', head='农村公路', u='公里', n=(300, 2400), verb='养护', ndec=True,
         renci=None,
         q2=('危桥改造', '座', (4, 22), '危桥改造数'),
         quals=[('养护路段优良路率', '≥70%', '76.8%'), ('路面病害处置及时率', '≥90%', '95.6%')],
         effs=[('农村群众出行条件', '明显改善', '明显改善'), ('道路通行安全水平', '持续提升', '持续提升')],
         sat='沿线群众满意度', upper='省交通运输厅、省财政厅', dk='建', fn='交通运输支出',
         uses=['日常养护', '路面中修', '安全生命防护工程'],
         goal='保障农村公路安全畅通，提升农村公路养护管理水平'),
    dict(k='water', benef='{n}座小型水库全部安全度汛', bureau='水利局', proj='小型水库维修养护',
         noun='小型水库', head='水库', u='座', n=(20, 120), verb='维修养护',
         renci=None,
         q2=('水库雨水情测报设施', '套', (10, 60), '测报设施数'),
         quals=[('维修养护工程验收合格率', '100%', '100%'), ('安全鉴定完成率', '100%', '100%')],
         effs=[('水库安全运行', '无垮坝事故', '无垮坝事故'), ('灌溉保障能力', '有效提升', '有效提升')],
         sat='受益群众满意度', upper='省水利厅、省财政厅', dk='农', fn='农林水支出',
         uses=['大坝及溢洪道维修', '放水设施维修养护', '管理设施及巡查'],
         goal='消除小型水库安全隐患，保障水库安全运行和效益发挥'),
    dict(k='agri', benef='{n}户补贴农户按时足额领取补贴', bureau='农业农村局', proj='耕地地力保护补贴',
         noun='补贴农户', head='农户', u='户', n=(9000, 46000), verb='惠及',
         renci=None,
         q2=('补贴面积', '万亩', (20, 120), '补贴面积'),
         quals=[('补贴资金兑付准确率', '100%', '100%'), ('补贴面积公示率', '100%', '100%')],
         effs=[('耕地地力', '稳步提升', '稳步提升'), ('农民种粮积极性', '有效调动', '有效调动')],
         sat='补贴农户满意度', upper='省财政厅、省农业农村厅', dk='农', fn='农林水支出',
         uses=['补贴资金兑付', '面积核实及公示', '政策宣传及系统维护'],
         goal='支持耕地地力保护，促进粮食生产和农民增收'),
    dict(k='culture', benef='全年{n}场送戏下乡演出深受群众欢迎', bureau='文化旅游广电局', proj='公共文化服务体系建设',
         noun='送戏下乡', head='送戏下乡', u='场', n=(60, 320), verb='开展',
         renci=None,
         q2=('免费开放文化场馆', '个', (4, 16), '免费开放场馆数'),
         quals=[('演出节目质量达标率', '≥95%', '100%'), ('场馆免费开放率', '100%', '100%')],
         effs=[('群众文化生活', '不断丰富', '不断丰富'), ('公共文化服务均等化水平', '有效提升', '有效提升')],
         sat='群众满意度', upper='省财政厅、省文化和旅游厅', dk='教', fn='文化旅游体育与传媒支出',
         uses=['送戏下乡演出补助', '场馆免费开放运行', '农家书屋图书更新'],
         goal='完善公共文化服务体系，保障群众基本文化权益'),
    dict(k='housing', benef='{n}个老旧小区改造后面貌焕然一新', bureau='住房和城乡建设局', proj='城镇老旧小区改造',
         noun='老旧小区', head='小区', u='个', n=(8, 46), verb='改造',
         renci=None,
         q2=('改造惠及居民', '户', (1200, 6800), '惠及居民户数'),
         quals=[('改造工程验收合格率', '100%', '100%'), ('改造项目开工率', '100%', '100%')],
         effs=[('小区居住环境', '明显改善', '明显改善'), ('居民生活便利度', '有效提升', '有效提升')],
         sat='小区居民满意度', upper='省住房和城乡建设厅、省财政厅', dk='建', fn='城乡社区支出',
         uses=['小区基础设施改造', '完善类设施改造', '设计监理及前期费用'],
         goal='改善老旧小区居住条件，提升城市品质'),
]

DEPT_EXTRA = [  # bureaus used only for B / C documents
    dict(bureau='司法局', fn='公共安全支出', thing='人民调解案件', tu='件'),
    dict(bureau='自然资源局', fn='自然资源海洋气象等支出', thing='不动产登记业务', tu='件'),
    dict(bureau='市场监督管理局', fn='一般公共服务支出', thing='食品安全抽检', tu='批次'),
    dict(bureau='统计局', fn='一般公共服务支出', thing='统计执法检查', tu='家次'),
    dict(bureau='审计局', fn='一般公共服务支出', thing='审计项目', tu='个'),
    dict(bureau='生态环境分局', fn='节能环保支出', thing='环境执法检查', tu='家次'),
]
for s in SECTORS:
    s.setdefault('thing', '政务服务事项')
    s.setdefault('tu', '件')

SITES = {
    'wenku': dict(top=['文库-千万精品文档，你想要的都能搜到，下载即用。'],
                  brk=['下载文档', '下载后继续阅读'], tail=['下载后继续阅读', '下载文档', '相关文档推荐']),
    'book118': dict(top=['原创力文档', '知识共享，知识创造价值'],
                    brk=['预览与源文档一致，下载高清无水印'], tail=['该文档已通过原创力文档审核，下载后可编辑', '立即下载']),
    'doc88': dict(top=['道客巴巴', '阅读了该文档的用户还阅读了这些文档'],
                  brk=['下载积分：500', '下载文档'], tail=['下载后继续阅读', 'VIP会员免费下载']),
}

# --------------------------------------------------------------------------
# glue: a table with all separators lost
# --------------------------------------------------------------------------


def glue(cells, p=0.18):
    out = ''
    for c in cells:
        c = str(c)
        if c == '':
            continue
        if out and out[-1].isdigit() and (c[0].isdigit()) and rng.random() < p:
            out += ' '
        elif out and out[-1] in '%‰' and c[0].isdigit() and rng.random() < p:
            out += ' '
        out += c
    return out


# --------------------------------------------------------------------------
# band rules (评价等次)
# --------------------------------------------------------------------------
RULESETS = {
    'std4': (['优', '良', '中', '差'], [90, 80, 60]),
    'yx4': (['优秀', '良好', '合格', '不合格'], [90, 80, 60]),
    'yb4': (['优秀', '良好', '一般', '较差'], [90, 80, 60]),
    'q75': (['优', '良', '中', '差'], [90, 75, 60]),
    'five': (['优秀', '良好', '合格', '基本合格', '不合格'], [90, 80, 70, 60]),
}


def grade_of(T, rs):
    names, th = RULESETS[rs]
    for i, t in enumerate(th):
        if T >= t:
            return names[i]
    return names[-1]


def rule_text(rs, variant):
    names, th = RULESETS[rs]
    k = len(names)
    if variant == 0:
        parts = [f"{names[0]}（{th[0]}分及以上）"]
        for i in range(1, k - 1):
            parts.append(f"{names[i]}（{th[i]}分（含）-{th[i-1]}分）")
        parts.append(f"{names[-1]}（{th[-1]}分以下）")
        return '评价等次分为' + '、'.join(parts) + '。'
    if variant == 1:
        parts = [f"{th[0]}分（含）以上为{names[0]}"]
        for i in range(1, k - 1):
            parts.append(f"{th[i]}（含）-{th[i-1]}分为{names[i]}")
        parts.append(f"{th[-1]}分以下为{names[-1]}")
        return '评价结果实行百分制，' + '，'.join(parts) + '。'
    if variant == 2:
        parts = [f"总分≥{th[0]}分为“{names[0]}”"]
        for i in range(1, k - 1):
            parts.append(f"{th[i]}分≤总分<{th[i-1]}分为“{names[i]}”")
        parts.append(f"总分<{th[-1]}分为“{names[-1]}”")
        return '等级评定标准：' + '，'.join(parts) + '。'
    if variant == 3:
        parts = [f"得分在{th[0]}分以上（含{th[0]}分）的为{names[0]}"]
        for i in range(1, k - 1):
            parts.append(f"{th[i]}分至{th[i-1]}分（不含）的为{names[i]}")
        parts.append(f"{th[-1]}分以下的为{names[-1]}")
        return '按照评分标准，' + '，'.join(parts) + '。'
    parts = [f"{names[0]}（≥{th[0]}分）"]
    for i in range(1, k - 1):
        parts.append(f"{names[i]}（[{th[i]},{th[i-1]})分）")
    parts.append(f"{names[-1]}（<{th[-1]}分）")
    return f"自评结果分为{'四' if k == 4 else '五'}档：" + '、'.join(parts) + '。'


# --------------------------------------------------------------------------
# shared sentence pools
# --------------------------------------------------------------------------

def grade_sentence(v, T, G, subj):
    return [
        f"综合评定，{subj}自评得分{T}分，自评等级为“{G}”。",
        f"经自评，{subj}绩效自评得分为{T}分，评价等次为{G}。",
        f"{subj}绩效自评结论为“{G}”，综合得分{T}分。",
        f"总体来看，绩效目标基本实现，{subj}自评总分{T}分，属“{G}”等次。",
        f"对照评分标准，{subj}最终得分{T}分，对应等级为{G}。",
    ][v]


def score_sentence_4(v, s0, s1, s2, s3, T):
    """预算执行 / 产出 / 效益 / 满意度."""
    return [
        f"其中预算执行率得分{s0}分，产出指标得分{s1}分，效益指标得分{s2}分，满意度指标得分{s3}分，共计{T}分。",
        f"分项看，预算执行{s0}分、产出{s1}分、效益{s2}分、服务对象满意度{s3}分，合计得分{T}分。",
        f"经逐项打分，资金执行指标得{s0}分，产出指标得{s1}分，效益指标得{s2}分，满意度指标得{s3}分，自评总分{T}分。",
        f"自评总得分{T}分，其中：预算执行率{s0}分，产出指标{s1}分，效益指标{s2}分，满意度指标{s3}分。",
        f"各项得分为：预算执行率指标{s0}分，产出指标{s1}分，效益指标{s2}分，满意度指标{s3}分，得分合计{T}分。",
    ][v]


def score_sentence_nested(v, s0, s1, s23, s3, T):
    """效益 includes 满意度 (seed style)."""
    return [
        f"每一项绩效指标都已评分：项目资金执行率得分{s0}分，产出指标得分{s1}分，效益指标得分{s23}分（含满意度指标{s3}分），共计得分{T}分。",
        f"资金执行得{s0}分，产出指标得{s1}分，效益指标得{s23}分（其中满意度{s3}分），总分{T}分。",
        f"预算执行率{s0}分、产出指标{s1}分、效益指标{s23}分（含服务对象满意度{s3}分），合计{T}分。",
        f"自评总分{T}分，其中：资金执行{s0}分，产出{s1}分，效益{s23}分（满意度指标{s3}分计入效益指标）。",
        f"项目执行率得分{s0}分，产出指标得分{s1}分，效益指标（含满意度）得分{s23}分，共计{T}分。",
    ][v]


def score_sentence_ipoe(v, a, b, c, d, T):
    """投入 / 过程 / 产出 / 效益."""
    return [
        f"其中投入指标得分{a}分、过程指标得分{b}分、产出指标得分{c}分、效益指标得分{d}分，合计{T}分。",
        f"从各部分看，投入{a}分，过程{b}分，产出{c}分，效益{d}分，总得分{T}分。",
        f"自评总分{T}分，其中：投入指标{a}分，过程指标{b}分，产出指标{c}分，效益指标{d}分。",
        f"按一级指标汇总，投入类得{a}分，过程类得{b}分，产出类得{c}分，效益类得{d}分，共计{T}分。",
        f"投入、过程、产出、效益四类指标分别得分{a}分、{b}分、{c}分、{d}分，得分合计{T}分。",
    ][v]


def s0_sentence(v, R, s0):
    return [
        f"按照评分规则，预算执行率指标分值10分，得分{s0}分。",
        f"预算执行率得分为{s0}分（满分10分）。",
        f"该项指标分值10分，按执行率{R}%计算得分{s0}分。",
        f"资金执行指标权重10分，自评得分{s0}分。",
        f"执行率指标得{s0}分。",
    ][v]


def survey_sentence(v, qv, qs, sv, st):
    cmp = '高于' if D(sv) >= D(st) else '低于'
    q = qv + rng.randint(3, 40)
    return [
        f"共发放满意度调查问卷{q}份，回收有效问卷{qv}份，其中表示满意的{qs}份，满意度为{sv}%。",
        f"随机抽取{qv}名服务对象开展问卷调查，{qs}名表示满意，满意度{sv}%。",
        f"满意度调查采取问卷方式进行，收回有效问卷{qv}份，满意和基本满意{qs}份，综合满意度达{sv}%。",
        f"通过入户走访和电话回访，共调查服务对象{qv}人，满意{qs}人，满意率{sv}%。",
        f"满意度指标：有效样本{qv}份，满意样本{qs}份，满意度{sv}%，{cmp}年度目标值{st}%。",
    ][v]


def over100_sentence(v, desc, a, t, u, p):
    return [
        f"数量指标方面，{desc}{a}{u}，完成年度目标（{t}{u}）的{p}%。",
        f"{desc}{a}{u}，目标值为{t}{u}，完成率{p}%。",
        f"全年{desc}{a}{u}，超额完成{t}{u}的年度任务，完成率达{p}%。",
        f"{desc}完成{a}{u}，为计划数{t}{u}的{p}%。",
        f"对照年度目标{t}{u}，实际{desc}{a}{u}，完成率为{p}%。",
    ][v]


PROBLEMS = [
    '一是绩效目标设置还不够细化，部分指标量化程度不高；二是项目资金支付进度前松后紧，年底集中支付现象仍然存在。下一步将加强预算执行监控，督促各实施单位按进度支付资金。',
    '个别实施单位对绩效管理重视不够，佐证资料收集不够及时完整。今后将加强业务培训，压实绩效管理主体责任，提高自评质量。',
    '部分指标的年度指标值设定偏保守，与实际完成值差距较大；项目资金监管手段仍以事后检查为主。下一步将科学合理设置绩效目标，强化事中监控。',
    '项目实施过程中存在资料归档不规范、信息公开不及时等问题。我们将建立健全项目档案管理制度，按规定及时公开绩效信息。',
    '受上级资金下达时间较晚影响，部分资金未能在年内支付完毕，预算执行进度有待提高。下一步将提前做好项目储备，确保资金下达后及时形成支出。',
    '基层经办人员业务能力参差不齐，对政策理解存在偏差。下一步将分层分类开展业务培训，提升经办服务水平。',
]

APPLY = [
    '自评结果将作为以后年度预算安排和政策调整的重要依据，并按规定在本单位门户网站公开。',
    '绩效自评结果已报县财政局备案，并将在部门预决算公开时一并公开，接受社会监督。',
    '我局将根据自评发现的问题及时整改，自评报告按要求向社会公开。',
    '自评结果将与下年度预算编制挂钩，对绩效不高的支出予以调减。',
    '自评报告及自评表将随部门决算一并公开。',
]


def noise_top(site, fname, npages):
    s = SITES[site]
    lines = list(s['top'])
    if site == 'doc88':
        lines.insert(1, fname)
        lines.append(f"上传人：{pick(['文档大师', 'jy2019', '清风徐来', 'wdzx88', '老李的文档'])}  页数：{npages}  大小：{rng.randint(28, 260)}KB")
    elif site == 'book118':
        lines.append(fname)
        lines.append(f"第1页/共{npages}页")
    else:
        lines.append(fname)
        lines.append(f"第1页/共{npages}页")
    return lines


def page_break(site, page, npages):
    s = SITES[site]
    opts = [[f"第{page}页/共{npages}页"], [pick(s['brk'])], [pick(s['brk']), f"第{page}页/共{npages}页"]]
    return pick(opts)


def split_para(text):
    """split a prose paragraph between two CJK characters after a comma."""
    cands = []
    for i in range(10, len(text) - 10):
        a, b = text[i - 1], text[i]
        if '\u4e00' <= a <= '\u9fff' and '\u4e00' <= b <= '\u9fff' and '，' in text[:i]:
            cands.append(i)
    mid = len(text) // 2
    cands.sort(key=lambda i: abs(i - mid))
    i = pick(cands[:8])
    return text[:i], text[i:]


def assemble(site, fname, npages, body, breaks, tail_ok=True):
    """body: list of lines; breaks: list of body indices of prose paragraphs to split."""
    lines = noise_top(site, fname, npages)
    page = 2
    for i, ln in enumerate(body):
        if i in breaks:
            a, b = split_para(ln)
            lines.append(a)
            lines += page_break(site, page, npages)
            page += 1
            lines.append(b)
        else:
            lines.append(ln)
    if tail_ok:
        lines.append(pick(SITES[site]['tail']))
    return lines


def split_parts(total, k, lo=0.15, ranges=None):
    """split Decimal total into k positive 2dp parts that sum exactly."""
    while True:
        if ranges:
            ws = [D(rng.randint(a, b)) for a, b in ranges]
        else:
            ws = [D(rng.randint(int(lo * 100), 100)) for _ in range(k)]
        sw = sum(ws)
        parts = [q2(total * w / sw) for w in ws[:-1]]
        last = total - sum(parts)
        if last > 0 and all(p > 0 for p in parts):
            return parts + [last]


# --------------------------------------------------------------------------
# A: 项目支出绩效自评报告
# --------------------------------------------------------------------------
HEADS_A = [
    ['一、项目基本情况', '二、绩效自评工作开展情况', '三、项目资金使用及管理情况', '四、绩效指标完成情况分析', '五、自评结论', '六、存在的问题及改进措施'],
    ['一、项目概况', '二、自评工作组织情况', '三、预算执行情况', '四、绩效目标实现情况', '五、综合评价结论', '六、问题与建议'],
    ['一、基本情况', '二、绩效自评工作情况', '三、资金使用情况', '四、绩效目标完成情况', '五、自评得分及等级', '六、存在问题和下一步措施'],
    ['（一）项目基本情况', '（二）自评工作开展情况', '（三）资金投入和使用情况', '（四）产出和效益情况', '（五）自评结果', '（六）存在的问题及改进建议'],
    ['一、项目概述', '二、评价工作开展情况', '三、项目资金到位及执行情况', '四、绩效指标完成分析', '五、评价结论', '六、存在问题及整改措施'],
]


def build_A(d):
    sec = d['sec']
    Y = d['year']
    cty, reg = d['county'], d['reg']
    prov, ab = d['prov']
    slip = d['slip']      # the slip actually planted (None for a slip-free twin)
    fam = d['fam']        # the planned family (shapes wording identically in doc and twin)
    traps = d['traps']
    bureau = cty + sec['bureau']
    proj = sec['proj'] + pick(['资金', '项目', '专项资金', '']) if not sec['proj'].endswith('资金') else sec['proj']
    projX = proj if proj.endswith('资金') else (proj[:-2] if proj.endswith('项目') else proj) + '资金'
    notes = []          # trap notes for expect.tsv
    detail = ''

    # ---------------- money ----------------
    lo, hi = pick([(25, 95), (90, 420), (380, 2600)])
    while True:
        X = amt(lo, hi)
        Yb = q2(X * frac(0.08, 0.45)) if rng.random() < 0.8 else D('0.00')
        Z = amt(D(lo) * D('0.03'), D(hi) * D('0.12')) if ('carry' in traps or rng.random() < 0.45) else D('0.00')
        W = X + Yb + Z
        if 'quannian' in traps:
            Xpre = q2(X * frac(0.55, 0.85))
        else:
            Xpre = X if rng.random() < 0.5 else q2(X * frac(0.7, 0.95))
        W0 = Yb + Xpre
        if 'exec100' in traps:
            E = W
        else:
            E = q2(W * D(rng.randint(86000, 99500)) / 100000)
        if 'quannian' in traps and E <= W0:
            continue
        if E < Z + D('1'):
            continue
        R = ratio(E, W)
        raw10 = E * 10 / W
        s0 = min(D(10), q2(raw10))
        if 'round' in traps and not ((R * 100) % 10 == 5 and R < 100 and q2(raw10) == q2(R / 10)):
            continue   # 执行率/10 ends in 5 at the third decimal: half-up vs truncation differ
        break
    B = W - E
    Ez = Z
    Ec = E - Ez
    if 'round' in traps:
        notes.append(f"rounding: 执行率 {P(R)}% → 得分 {P(R)}/10 = {R / 10} shown as {S(s0)} (half-up, truncation would give {(R / 10).quantize(CENT, rounding='ROUND_DOWN')})")

    # ---------------- facts ----------------
    lo_n, hi_n = sec['n']
    if sec.get('ndec'):
        t = D(rng.randint(lo_n * 10, hi_n * 10)) / 10
        n = q2(t * frac(1.01, 1.12)).quantize(D('0.1'), rounding=ROUND_HALF_UP)
        tS, nS = f"{t}", f"{n}"
    else:
        t = rng.randint(lo_n, hi_n)
        t = int(round(t, -1)) if t > 100 else t
        n = int(D(t) * (1 + D(rng.randint(15, 140)) / 1000)) if 'over100' in traps else t
        if n == t and 'over100' in traps:
            n += 1
        tS, nS = str(t), str(n)
    pct_n = ratio(D(nS), D(tS))
    u = sec['u']
    # second quantity indicator
    nm2, u2, rg2, lab2 = sec['q2']
    if u2 == '万亩' or u2 == '万份':
        t2 = D(rng.randint(rg2[0] * 10, rg2[1] * 10)) / 10
        t2S = f"{t2}"
    else:
        t2 = rng.randint(*rg2)
        t2S = str(t2)
    k_towns = rng.randint(8, 26)

    # ---------------- indicators / scores ----------------
    want = d['want_band']   # (lo, hi) for total
    heavy = want[1] <= D('90')
    for _try in range(4000):
        rows_out, rows_eff = [], []
        wq = pick([[20, 10, 10, 10], [15, 15, 10, 10], [20, 15, 15], [15, 10, 15, 10]])
        # qty1
        rows_out.append(('数量指标', sec['noun'] + ('数' if u in ('人', '名', '户') else '规模'),
                         f"≥{tS}{u}", f"{nS}{u}", D(wq[0]), D(wq[0]), ''))
        # qty2 maybe short
        short2 = rng.random() < (0.9 if heavy else 0.5)
        if short2:
            if isinstance(t2, D):
                a2 = (t2 * (frac(0.6, 0.9) if heavy else frac(0.8, 0.97))).quantize(D('0.1'), rounding=ROUND_HALF_UP)
            else:
                a2 = int(D(t2) * D(rng.randint(600 if heavy else 780, 970)) / 1000)
            s2q = q2(D(wq[1]) * D(str(a2)) / D(t2S))
            rows_out.append(('数量指标', lab2, f"{t2S}{u2}", f"{a2}{u2}", D(wq[1]), s2q,
                             pick(['部分项目受天气影响进度滞后，已督促加快实施', '个别乡镇申报不及时，下年度加强统筹', '受上级资金下达时间影响，部分任务顺延至下年度'])))
        else:
            a2 = t2
            rows_out.append(('数量指标', lab2, f"{t2S}{u2}", f"{a2}{u2}", D(wq[1]), D(wq[1]), ''))
        qs_ = sec['quals']
        for j, w in enumerate(wq[2:]):
            nm, tg, ac = qs_[j % len(qs_)]
            if heavy and rng.random() < 0.5 and tg.endswith('%'):
                tnum = D(tg.lstrip('≥≤').rstrip('%'))
                acn = (tnum * frac(0.86, 0.97)).quantize(D('0.1'), rounding=ROUND_HALF_UP)
                rows_out.append(('质量指标' if j == 0 else '时效指标', nm, tg, f"{acn}%", D(w), q2(D(w) * acn / tnum),
                                 '个别环节把关不严，已责令整改'))
            else:
                rows_out.append(('质量指标' if j == 0 else '时效指标', nm, tg, ac, D(w), D(w), ''))
        we = pick([[15, 15], [20, 10], [10, 20]])
        for j, w in enumerate(we):
            nm, tg, ac = sec['effs'][j]
            if rng.random() < (0.85 if heavy else 0.35):
                sc = D(w) - min(D(w) * D('0.4'), D(pick(['0.5', '1', '1.5', '2', '2.5', '3', '4'] + (['5', '6', '7', '8'] if heavy else []))))
                rows_eff.append(('社会效益指标', nm, tg, '基本实现', D(w), sc, '部分群体受益不明显，需进一步加大政策宣传力度'))
            else:
                rows_eff.append(('社会效益指标' if j == 0 else '可持续影响指标', nm, tg, ac, D(w), D(w), ''))
        # satisfaction
        st = pick([85, 90, 95])
        qv = rng.randint(120, 600)
        if rng.random() < (0.3 if heavy else 0.6):
            qs = rng.randint(int(qv * st / 100) + 1, qv)
        else:
            qs = rng.randint(int(qv * 0.8), int(qv * st / 100))
        sv = ratio(qs, qv)
        if sv >= st:
            s_sat = D(10)
        else:
            s_sat = q2(D(10) * sv / st)
        s_out = sum(r[5] for r in rows_out)
        s_eff = sum(r[5] for r in rows_eff)
        T = s0 + s_out + s_eff + s_sat
        if want[0] <= T < want[1]:
            break
    else:
        raise RuntimeError('no score combination for ' + repr(want))
    rs = d['ruleset']
    G = grade_of(T, rs)
    if 'band75' in traps:
        notes.append(f"band rule 良 starts at 75 (not 80): {S(T)}分 is 良")
    if 'five' in traps:
        notes.append('five-level band rule (基本合格 between 60 and 70)')

    # ---------------- prose ----------------
    heads = pick(HEADS_A)
    docno = f"{ab}财{sec['dk']}〔{Y - 1 if rng.random() < 0.5 else Y}〕{rng.randint(3, 180)}号"
    uplevel = pick([sec['upper'].replace('省', prov_full(prov), 1), f"{prov_full(prov)}财政厅", '市财政局'])
    title = pick([
        f"{bureau}{Y}年度{proj}绩效自评报告",
        f"{Y}年度{proj[:-2] if proj.endswith('项目') else proj}项目支出绩效自评报告",
        f"关于{Y}年{proj}绩效自评情况的报告",
        f"{bureau}{Y}年项目支出绩效自评报告（{proj}）",
        f"{proj}{Y}年度绩效自评报告",
    ])

    # sources sentence (sum)
    parts_src = [('上级补助', X), ('本级配套', Yb), ('上年结转', Z)]
    partsL = [p for p in parts_src if p[1] > 0]
    # slip: one part transposed
    shown = {k: M(v) for k, v in parts_src}
    if slip == 'sum.breakdown':
        # a part that is not restated anywhere else in the prose (上年结转 is, in the 结转 sentence)
        key = vrng.choice([p[0] for p in partsL if p[0] != '上年结转'])
        true = shown[key]
        while True:
            bad = transpose(true)
            if D(bad) != D(true):
                break
        shown[key] = bad
        detail = (f"来源构成句: {key} stated {bad}万元, parts must add to 全年预算 {M(W)}万元; "
                  f"should be {true}万元 (digits transposed)")
    kword = {2: '两', 3: '三'}[len(partsL)] if len(partsL) > 1 else ''
    sv_src = d['v']['src'] if len(partsL) > 1 else 9
    def lst(fmt_names):
        out = []
        for (k, v), nm in zip(parts_src, fmt_names):
            if v > 0:
                out.append(nm.format(shown[k]))
        return out
    if sv_src == 0:
        bits = lst([f"{uplevel}下达{projX}{{}}万元（{docno}）", f"{reg}级财政配套{{}}万元", '加上上年结转资金{}万元'])
        src = f"{Y}年，" + '，'.join(bits) + f"，全年预算数合计{M(W)}万元。"
    elif sv_src == 1:
        bits = lst(['上级补助{}万元', '本级配套{}万元', '上年结转{}万元'])
        src = f"本项目{Y}年全年预算资金{M(W)}万元，由" + '、'.join(bits[:-1]) + '和' + bits[-1] + f"{kword}部分构成。"
    elif sv_src == 2:
        bits = lst(['中央及省级补助{}万元', f"{cty}本级安排{{}}万元", '上年结转{}万元'])
        src = f"{Y}年该项目资金总额为{M(W)}万元，资金来源分别为：" + '，'.join(bits) + '。'
    elif sv_src == 3:
        bits = lst(['上级下达{}万元', f"{reg}财政安排{{}}万元", '上年度结转{}万元'])
        src = f"项目全年可用资金{M(W)}万元，具体为：" + '、'.join(bits) + '。'
    elif sv_src == 4:
        bits = lst(['上级专项资金{}万元', '本级财政资金{}万元', '上年结转资金{}万元'])
        src = f"资金到位方面，项目共到位资金{M(W)}万元，其中：" + '，'.join(bits) + '，资金到位率100%。'
    else:  # single source
        src = f"{uplevel}下达{projX}{M(W)}万元（{docno}），全部为当年财政拨款。"

    fact1 = pick([
        f"{Y}年，项目惠及全{reg}{k_towns}个乡镇（街道），{sec['verb']}{sec['noun']}{nS}{u}。",
        f"截至{Y}年底，累计{sec['verb']}{sec['noun']}{nS}{u}，覆盖{k_towns}个乡镇（街道）。",
        f"项目覆盖全{reg}{k_towns}个乡镇（街道），{sec['verb']}{sec['noun']}{nS}{u}。",
        f"本年度项目实施范围涉及{k_towns}个乡镇（街道），共{sec['verb']}{sec['noun']}{nS}{u}。",
        f"项目在全{reg}{k_towns}个乡镇（街道）实施，全年{sec['verb']}{sec['noun']}{nS}{u}。",
    ])
    bg = pick([
        f"为{sec['goal']}，根据{uplevel}相关文件精神，{bureau}组织实施了{proj}。",
        f"{proj}是{cty}保障和改善民生的重要项目，由{bureau}负责组织实施，项目目标为{sec['goal']}。",
        f"按照中央、省关于{sec['proj']}的政策要求，{bureau}牵头实施{proj}，项目年度总体目标为{sec['goal']}。",
        f"{proj}的主要目标是{sec['goal']}，项目实施单位为{bureau}。",
        f"{bureau}是{proj}的主管部门和实施单位，项目旨在{sec['goal']}。",
    ])
    P1 = bg + src + fact1

    work = pick([
        f"根据{reg}财政局关于开展{Y}年度项目支出绩效自评工作的通知要求，{bureau}成立了由主要负责同志任组长的绩效自评工作小组，对照年初设定的绩效目标逐项开展自评。",
        f"本次自评对象为{Y}年度{proj}，自评范围包括资金投入、使用管理、产出和效益等方面，采取资料核查与实地抽查相结合的方式进行。",
        f"自评工作由局计划财务股牵头，各业务股室配合，通过查阅账簿凭证、核对台账资料、抽查实施情况等方式开展。",
        f"自评采用百分制，按照项目支出绩效自评表设定的指标逐项打分，其中预算执行率分值10分，产出、效益和满意度指标分值90分。",
        f"{bureau}严格按照绩效自评工作要求，全面收集整理项目资料，对{Y}年度项目实施情况进行了客观评价。",
    ])
    rule = ''
    if d['rule_shown']:
        rule = rule_text(rs, d['v']['rule'])
    basisA = pick([
        f"根据《{prov_full(prov)}财政厅关于开展{Y}年度项目支出绩效自评工作的通知》（{ab}财绩〔{Y + 1}〕{rng.randint(2, 40)}号）要求，",
        f"按照{prov_full(prov)}财政厅关于转移支付资金绩效自评的统一部署，",
        f"依据《{prov_full(prov)}{'省级' if prov_full(prov).endswith('省') else '区级'}财政专项资金绩效评价管理办法》，",
        f"为落实{prov_full(prov)}全面实施预算绩效管理的要求，",
        f"根据{prov_full(prov)}和{reg}财政局预算绩效管理工作安排，",
    ])
    P2 = basisA + '我局组织开展了本项目绩效自评。' + work + rule

    # execution sentence
    ev = d['v']['exec']
    if 'quannian' in traps and ev not in (1, 4):
        ev = pick([1, 4])
    if ev == 4 and E <= W0:
        ev = 1 if W0 != W else 0
    Rs = P(R)
    if slip == 'rate.ratio' and d['slip_site'] == 'exec':
        while True:
            badR = transpose(Rs, min_abs=D('0.2'))
            if D(badR) <= 100:
                break
        detail = f"执行率句: 执行率 stated {badR}% but {M(E)}/{M(W)} = {Rs}%; should be {Rs}% (digits transposed)"
        Rs = badR
    exec_s = [
        f"截至{Y}年12月31日，项目全年预算数{M(W)}万元，实际支出{M(E)}万元，预算执行率为{Rs}%。",
        f"项目年初预算{M(W0)}万元，全年预算数{M(W)}万元，全年执行数{M(E)}万元，执行率{Rs}%。",
        f"全年共支付资金{M(E)}万元，占全年预算数{M(W)}万元的{Rs}%。",
        f"资金执行方面，{M(W)}万元预算资金已拨付{M(E)}万元，预算执行率为{Rs}%（按全年预算数计算）。",
        f"本年度实际完成支出{M(E)}万元，按全年预算{M(W)}万元计算，执行率为{Rs}%，超出年初预算{M(W0)}万元的部分为年中追加资金。",
        f"项目资金{M(W)}万元，已支出{M(E)}万元，执行率达{Rs}%。",
    ][ev]
    if 'quannian' in traps:
        notes.append(f"执行率 {P(R)}% is over 全年预算 {M(W)} (年初预算 {M(W0)} would give {P(ratio(E, W0))}%)")
    s0v = d['v']['s0']
    s0s = s0_sentence(s0v, P(R), S(s0))
    if fam == 'rate.ratio' and d['slip_site'] == 'exec':
        s0s = ''          # keep the slipped rate from touching a second relation
    # balance sentence
    if B == 0:
        bal = pick(['项目资金已全部支出，无结余。', '年度预算资金全部执行完毕，未形成结转结余。'])
    else:
        Bs = M(B)
        if slip == 'balance.carryover':
            if vrng.random() < 0.5 and W0 != W and W0 > E:
                badB = M(W0 - E)
                why = 'stale: 年初预算 − 支出'
            else:
                badB = transpose(Bs)
                why = 'digits transposed'
            detail = f"结余句: 结余 stated {badB}万元 but {M(W)} − {M(E)} = {Bs}万元; should be {Bs}万元 ({why})"
            Bs = badB
        bv = d['v']['bal']
        if bv == 4 and (Z == 0 or fam == 'sum.breakdown'):
            bv = 0      # (for a sum slip: keep the source figures from being restated here)
        bal = [
            f"全年预算{M(W)}万元扣除实际支出{M(E)}万元后，结余{Bs}万元，已按规定结转下年使用。",
            f"年末结余资金{Bs}万元（全年预算数{M(W)}万元减去执行数{M(E)}万元），已按规定收回财政统筹。",
            f"项目结转结余{Bs}万元，系全年预算{M(W)}万元与实际支出{M(E)}万元之差，主要为尚未结算的项目尾款。",
            f"扣除已支出的{M(E)}万元，{M(W)}万元预算资金尚余{Bs}万元，将结转至{Y + 1}年继续用于本项目。",
            f"上年结转{M(Z)}万元加上本年下达{M(X + Yb)}万元，减去本年支出{M(E)}万元，年末结转{Bs}万元。",
        ][bv]
    # uses
    u1, u2_, u3 = split_parts(E, 3, ranges=[(55, 82), (10, 28), (4, 14)])
    un = sec['uses']
    if 'partial' in traps:
        pv = d['v']['use']
        # drop the biggest share to make the gap obvious
        parts = sorted(zip(un, [u1, u2_, u3]), key=lambda x: -x[1])
        (a, ua), (b, ub), (c, uc) = parts[1], parts[2], parts[0]
        use = [
            f"全年支出{M(E)}万元，其中{a}{M(ua)}万元、{b}{M(ub)}万元等。",
            f"{M(E)}万元支出中，主要为{a}{M(ua)}万元和{b}{M(ub)}万元。",
            f"支出{M(E)}万元，主要用于{c}、{a}、{b}等方面，其中{a}{M(ua)}万元。",
            f"全年支出{M(E)}万元，其中：{a}支出{M(ua)}万元，占{P(ratio(ua, E))}%。",
            f"项目支出{M(E)}万元，其中{b}{M(ub)}万元，其余资金主要用于{c}和{a}。",
        ][pv]
        notes.append('non-exhaustive 其中 (listed uses sum below 支出)')
    else:
        pv = d['v']['use']
        use = [
            f"资金具体用于：{un[0]}{M(u1)}万元、{un[1]}{M(u2_)}万元、{un[2]}{M(u3)}万元，合计{M(E)}万元。",
            f"从支出结构看，{M(E)}万元支出分别为：{un[0]}{M(u1)}万元，{un[1]}{M(u2_)}万元，{un[2]}{M(u3)}万元。",
            f"实际支出{M(E)}万元分别用于{un[0]}（{M(u1)}万元）、{un[1]}（{M(u2_)}万元）和{un[2]}（{M(u3)}万元）。",
            f"按用途划分，{un[0]}{M(u1)}万元，{un[1]}{M(u2_)}万元，{un[2]}{M(u3)}万元，三项共计{M(E)}万元。",
            f"支出构成为：{un[0]}{M(u1)}万元，{un[1]}{M(u2_)}万元，{un[2]}{M(u3)}万元，合计{M(E)}万元。",
        ][pv]
    # 元 restatement (rounding trap) — optional
    yuan_s = ''
    if 'yuan' in traps:
        off = D(rng.randint(-4999, 4999)) / 100
        if off == 0:
            off = D('12.34')
        Ey = q2(E * 10000 + off)
        yuan_s = pick([
            f"全年实际拨付资金{Ey:,.2f}元，均通过国库集中支付系统直接支付。",
            f"项目资金支付明细账显示，全年累计支出{Ey:,.2f}元。",
            f"据财务决算，本项目本年支出数为{Ey:.2f}元。",
            f"会计账面反映本项目支出{Ey:,.2f}元。",
            f"截至年底，项目资金实际支付{Ey:.2f}元。",
        ])
        notes.append(f"rounding: 支出 restated in 元 ({Ey:,.2f}元) rounds to {M(E)}万元")
    P3 = exec_s + s0s
    P3b = bal + use + yuan_s

    # indicators prose
    desc = f"{sec['verb']}{sec['noun']}"
    if 'over100' in traps:
        ind1 = over100_sentence(d['v']['o100'], desc, nS, tS, u, P(pct_n))
        notes.append(f"completion {P(pct_n)}% > 100 is right ({nS}/{tS})")
    else:
        ind1 = pick([f"数量指标方面，全年{desc}{nS}{u}，达到年度目标要求。",
                     f"{desc}{nS}{u}，按计划完成。",
                     f"全年实际{desc}{nS}{u}，年度数量目标全面完成。",
                     f"产出数量上，{desc}{nS}{u}，与年度目标值持平。",
                     f"项目共{desc}{nS}{u}，数量指标完成良好。"])
    qrows = rows_out[2:]
    qual = pick(['质量指标方面，', '质量方面，', '经抽查，', '在质量和时效上，', '质量指标完成情况：']) + f"{qrows[0][1]}{pick(['', '达到', '为'])}{qrows[0][3]}"
    if len(qrows) > 1:
        qual += f"，{qrows[1][1]}{qrows[1][3]}"
    qual += '。'
    renci_s = ''
    if 'renci' in traps and sec.get('renci'):
        lo_r, hi_r = sec['rc']
        m_rc = int(D(nS) * frac(lo_r, hi_r))
        renci_s = sec['renci'].format(m=m_rc) + '。'
        notes.append(f"人 vs 人次: {nS}{u} {sec['head']} vs {m_rc}人次 (different counts, not a conflict)")
    Ssv = P(sv)
    if slip == 'rate.ratio' and d['slip_site'] == 'survey':
        badS = transpose(Ssv, min_abs=D('0.3'))
        while D(badS) > 100:
            badS = transpose(Ssv, min_abs=D('0.3'))
        detail = f"满意度调查句: 满意度 stated {badS}% but {qs}/{qv} = {Ssv}%; should be {Ssv}% (digits transposed)"
        Ssv = badS
    surv = survey_sentence(d['v']['surv'], qv, qs, Ssv, st)
    P4 = ind1 + qual + renci_s + surv

    # effects + third mention of the fact + restatement of E
    nS3 = nS
    if slip == 'fact.conflict':
        nS3 = transpose(nS, min_abs=D('1'))
        detail = f"成效段: {sec['noun']} restated as {nS3}{u}, earlier {nS}{u} (also table); should be {nS}{u}"
    e0 = f"{sec['effs'][0][0]}{sec['effs'][0][2]}"
    if u in ('人', '名'):
        eff = pick([
            f"通过项目实施，{e0}，{nS3}名{sec['noun']}直接受益。",
            f"项目的实施使{nS3}名{sec['noun']}直接受益，{e0}。",
            f"全年{nS3}名{sec['noun']}从项目中受益，社会效益明显。",
            f"{nS3}名{sec['noun']}享受到了政策红利，{e0}。",
            f"从受益情况看，{sec['noun']}{nS3}{u}直接受益，{e0}。",
        ])
    else:
        eff = pick([
            f"通过项目实施，{e0}，全年{sec['verb']}{sec['noun']}{nS3}{u}的任务全面完成。",
            f"{sec['benef'].format(n=nS3)}，{e0}。",
            f"项目实施后，{sec['benef'].format(n=nS3)}，社会效益明显。",
            f"全年共{sec['verb']}{sec['noun']}{nS3}{u}，{e0}。",
            f"{sec['benef'].format(n=nS3)}，群众获得感明显增强。",
        ])
    Eunit = '万元'
    if slip == 'unit.magnitude':
        Eunit = '元'
        detail = f"成效段: 资金 restated as {M(E)}元; should be {M(E)}万元 (= {Y10(E)}元)"
    rest = [
        f"项目{M(E)}{Eunit}资金全部用于{un[0]}等方面，未发现截留、挤占、挪用现象。",
        f"全年累计拨付项目资金{M(E)}{Eunit}，均按规定程序支付。",
        f"{M(E)}{Eunit}项目资金的使用严格执行国库集中支付制度。",
        f"本年度共使用资金{M(E)}{Eunit}，资金使用合规。",
        f"通过实施本项目，{M(E)}{Eunit}财政资金切实发挥了效益。",
    ][d['v']['rest']]
    P4b = eff + rest

    # score + grade
    s0S, s1S, s2S, s3S, TS = S(s0), S(s_out), S(s_eff), S(s_sat), S(T)
    if slip == 'score.total':
        opts = []
        for which, true, wmax in (('s1', s1S, sum(r[4] for r in rows_out)), ('s2', s2S, sum(r[4] for r in rows_eff))):
            try:
                bad = transpose_max(true, wmax)
            except ValueError:
                continue
            if D(bad) <= wmax:
                opts.append((which, true, bad, 'digits transposed'))
        if opts:
            which, true, bad, why = vrng.choice(opts)
        else:   # clerk kept an earlier draft's figure
            which, true = 's1', s1S
            bad, why = S(D(true) - D(vrng.choice(['1.5', '2', '2.5', '3']))), 'stale draft figure'
        if which == 's1':
            s1S = bad
            nm = '产出指标得分'
        else:
            s2S = bad
            nm = '效益指标得分'
        detail = (f"得分句: {nm} stated {bad}分; components must sum to 总分 {S(T)}; should be {true}分 "
                  f"({why})")
    if 'nested' in traps:
        sc_s = score_sentence_nested(rng.randint(0, 4), s0S, s1S, S(s_eff + s_sat), s3S, TS)
        notes.append('效益指标得分 includes 满意度 (含…), total = 执行+产出+效益')
    else:
        sc_s = score_sentence_4(d['v']['score'], s0S, s1S, s2S, s3S, TS)
    GS = G
    if slip == 'grade.band':
        names, th = RULESETS[rs]
        gi = names.index(G)
        if gi == 0:
            GS = names[1]
        else:
            GS = names[gi - 1]
        detail = (f"等级句: {S(T)}分 labelled “{GS}” but band rule ({rs}: "
                  f"{'/'.join(f'{a}≥{b}' for a, b in zip(names, th))}) gives “{G}”; should be {G}")
    subj = pick(['该项目', '本项目', proj])
    gr_s = grade_sentence(d['v']['grade'], TS, GS, subj)
    P5 = sc_s + gr_s if rng.random() < 0.5 else gr_s + sc_s
    if 'boundary' in traps:
        notes.append(f"score exactly {TS} on a band boundary (含)")

    P6 = pick(PROBLEMS) + pick(APPLY)

    # ---------------- table ----------------
    tbl = table_A(d, proj, bureau, W0, W, E, R, s0, X + Yb, Ec, Z, Ez, rows_out, rows_eff,
                  (sec['sat'], f"≥{st}%", f"{P(sv)}%", D(10), s_sat), T, G)

    body = [title]
    if rng.random() < 0.5:
        body.append(bureau)
    paras = [heads[0], P1, heads[1], P2, heads[2], P3, P3b, heads[3], P4, P4b, heads[4], P5, heads[5], P6]
    body += paras
    if d['table_pos'] == 'mid':
        body = body[:-2] + tbl + body[-2:]
    else:
        body += [pick(['附件：项目支出绩效自评表', '附表', f"附件：{Y}年度项目支出绩效自评表"])] + tbl
    body += [bureau, f"{Y + 1}年{rng.randint(1, 4)}月{rng.randint(1, 28)}日"]
    prose_idx = [i for i, ln in enumerate(body) if len(ln) > 60 and '，' in ln and '。' in ln]
    breaks = set(rng.sample(prose_idx, k=min(len(prose_idx), d['nbreaks'])))
    fname = pick([f"{cty}{sec['bureau']}{Y}年度项目支出绩效自评报告.docx", f"{title}.doc", f"{title}.pdf",
                  f"{Y}年{sec['proj']}绩效自评报告.docx"])
    lines = assemble(d['site'], fname, rng.randint(3, 8), body, breaks)
    return lines, detail, notes


def fmt_row(r):
    l2, nm, tg, ac, w, s, why = r
    return [l2, nm, tg, ac, S(w), S(s), why]


def table_A(d, proj, bureau, W0, W, E, R, s0, Wc, Ec, Z, Ez, rows_out, rows_eff, sat, T, G):
    Y = d['year']
    title = pick([f"{Y}年度项目支出绩效自评表", f"项目支出绩效自评表（{Y}年度）", f"{Y}年度项目支出绩效自评表单位：万元"])
    head = glue(['项目名称', proj, '主管部门', bureau, '实施单位', bureau])
    bud = ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分',
           '年度资金总额', M(W0), M(W), M(E), '10', P(R) + '%', S(s0),
           '其中：当年财政拨款', M(W0), M(Wc), M(Ec), '—', '—',
           '上年结转资金', (M(Z) if Z > 0 else ''), (M(Ez) if Z > 0 else ''), '—', '—',
           '其他资金', '—', '—']
    bud = glue(bud)
    goal = glue(['年度总体目标', '预期目标', '实际完成情况', d['sec']['goal'], '全面完成年度目标任务'])
    ind = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']
    sw_out = sum(r[4] for r in rows_out)
    ind += [f"产出指标（{S(sw_out)}分）" if rng.random() < 0.5 else '产出指标']
    last2 = None
    for r in rows_out:
        cells = fmt_row(r)
        if cells[0] == last2:
            cells[0] = ''
        last2 = r[0]
        ind += cells
    sw_eff = sum(r[4] for r in rows_eff)
    ind += [f"效益指标（{S(sw_eff)}分）" if rng.random() < 0.5 else '效益指标']
    last2 = None
    for r in rows_eff:
        cells = fmt_row(r)
        if cells[0] == last2:
            cells[0] = ''
        last2 = r[0]
        ind += cells
    nm, tg, ac, w, s = sat
    ind += ['满意度指标', '服务对象满意度指标', nm, tg, ac, S(w), S(s), '' if s == w else '个别对象对发放进度有意见，将加强政策解释']
    ind = glue(ind)
    tot = glue(['总分', '100', S(T), pick(['', f"自评等级：{G}", ''])])
    lay = d['table_layout']
    if lay == 0:
        return [title + head + bud + goal + ind + tot]
    if lay == 1:
        return [title, head + bud + goal, ind + tot]
    if lay == 2:
        return [title, head, bud, goal, ind, tot]
    return [title + head + bud, goal + ind + tot]


# --------------------------------------------------------------------------
# B: 部门整体支出绩效自评报告
# --------------------------------------------------------------------------
HEADS_B = [
    ['一、部门基本情况', '二、部门整体收支情况', '三、部门整体绩效目标完成情况', '四、自评结论', '五、存在的问题及改进措施'],
    ['一、部门概况', '二、部门预算收支及执行情况', '三、绩效目标实现情况', '四、综合评价结论', '五、问题与建议'],
    ['（一）基本情况', '（二）收支情况', '（三）履职成效', '（四）自评得分', '（五）存在问题及下一步打算'],
    ['一、部门（单位）基本情况', '二、部门整体支出情况', '三、部门整体支出绩效情况', '四、自评结果', '五、改进措施和建议'],
    ['一、基本概况', '二、预算执行情况', '三、主要绩效', '四、绩效自评结论', '五、存在问题和建议'],
]

DUTY = [
    '的主要职责是贯彻执行国家和省、市有关方针政策和法律法规，拟订全{reg}相关领域发展规划并组织实施，负责行业监督管理和公共服务。',
    '作为{reg}政府工作部门，主要负责本行业政策落实、规划编制、监督管理和公共服务等工作，完成{reg}委、{reg}政府交办的其他任务。',
    '承担全{reg}相关领域的综合管理职能，负责组织实施年度重点工作任务，统筹推进行业改革发展。',
    '是{reg}政府主管本行业工作的职能部门，负责研究拟订行业政策措施，指导、协调和监督全{reg}相关工作。',
    '负责贯彻落实上级关于本领域的决策部署，组织实施行业发展规划，承担行业统计、监管执法和公共服务职能。',
]


def build_B(d):
    Y = d['year']
    cty, reg = d['county'], d['reg']
    slip = d['slip']      # the slip actually planted (None for a slip-free twin)
    fam = d['fam']        # the planned family (shapes wording identically in doc and twin)
    traps = d['traps']
    dept = d['dept']
    bureau = cty + dept['bureau']
    notes, detail = [], ''
    # staff
    n1 = rng.randint(6, 28)
    n2 = rng.randint(4, 40)
    n3 = rng.randint(0, 4)
    n = n1 + n2 + n3
    m = n - rng.randint(0, 4)
    rr = rng.randint(3, 30)
    k_sub = rng.randint(1, 6)
    k_ks = rng.randint(4, 11)
    # money
    lo, hi = pick([(300, 900), (800, 3000), (2500, 9000)])
    for _ in range(1000):
        W0 = amt(lo, hi)
        ADD = q2(W0 * frac(0.03, 0.35))
        C0 = q2(W0 * frac(0.01, 0.08))
        R_in = W0 + ADD
        W = R_in + C0
        E = q2(W * D(rng.randint(88000, 99000)) / 100000) if 'exec100' not in traps else W
        if 'quannian' in traps and E <= W0:
            continue
        break
    R2 = D('0.00') if rng.random() < 0.6 else q2(R_in * frac(0.01, 0.06))
    R3 = q2(R_in * frac(0.005, 0.03)) if rng.random() < 0.7 else D('0.00')
    R1 = R_in - R2 - R3
    C1 = W - E
    E1 = q2(E * frac(0.45, 0.62))
    E2 = E - E1
    pE = q2(E1 * frac(0.78, 0.9))
    qE = E1 - pE
    R = ratio(E, W)
    raw10 = E * 10 / W
    s0 = min(D(10), q2(raw10))
    # 三公
    a = amt(2, 18)
    b = amt(0.5, 9)
    T3 = a + b
    Tb = q2(T3 * frac(1.05, 1.45))
    d3 = Tb - T3
    p3 = ratio(d3, Tb)
    kb = rng.randint(12, 140)
    mmb = kb * rng.randint(3, 7) + rng.randint(0, kb)
    # training 人/人次
    tq = rng.randint(3, 12)
    tt = rng.randint(200, 1600)
    tp = int(tt * frac(0.35, 0.8))
    # over100 thing
    thing, tu = dept['thing'], dept['tu']
    tgt = rng.randint(30, 900) * (10 if tu in ('件', '批次') else 1)
    got = int(tgt * frac(1.03, 1.25))
    pgot = ratio(got, tgt)

    scheme = d['scheme']   # 'exec4' or 'ipoe'
    want = d['want_band']
    heavy = want[1] <= D('90')
    extra = ['5', '6', '7', '8'] if heavy else []
    for _try in range(5000):
        if scheme == 'exec4':
            s1 = D(50) - D(pick(['0', '0', '0.5', '1', '1.5', '2', '3', '4', '5', '6'] + extra + extra))
            s2 = D(30) - D(pick(['0', '0', '0.5', '1', '2', '2.5', '3', '4', '5'] + extra))
            st = pick([85, 90, 95])
            qv = rng.randint(80, 400)
            qs = rng.randint(int(qv * 0.82), qv)
            sv = ratio(qs, qv)
            s3 = D(10) if sv >= st else q2(D(10) * sv / st)
            T = s0 + s1 + s2 + s3
            comps = (s0, s1, s2, s3)
        else:
            ws = pick([(20, 20, 40, 20), (15, 25, 35, 25), (20, 20, 30, 30)])
            ded = [D(pick(['0', '0', '0.5', '1', '1.5', '2', '3', '4'] + extra)) for _ in range(4)]
            comps = tuple(D(w) - x for w, x in zip(ws, ded))
            T = sum(comps)
            st = pick([85, 90, 95])
            qv = rng.randint(80, 400)
            qs = rng.randint(int(qv * 0.85), qv)
            sv = ratio(qs, qv)
        if want[0] <= T < want[1]:
            break
    else:
        raise RuntimeError('B score')
    rs = d['ruleset']
    G = grade_of(T, rs)

    heads = pick(HEADS_B)
    title = pick([f"{bureau}{Y}年度部门整体支出绩效自评报告", f"{Y}年度{bureau}部门整体支出绩效自评报告",
                  f"{bureau}关于{Y}年度部门整体支出绩效自评情况的报告", f"{bureau}{Y}年部门整体支出绩效评价报告",
                  f"{Y}年{bureau}整体支出绩效自评报告"])
    duty = bureau + pick(DUTY).format(reg=reg)
    # staff sentence (sum)
    sn = {'n1': str(n1), 'n2': str(n2), 'n3': str(n3)}
    if slip == 'sum.breakdown':
        key = vrng.choice(['n1', 'n2'])
        true = sn[key]
        bad = str(int(true) + vrng.choice([-2, -1, 1, 2, 3])) if len(true) == 1 or true[0] == true[-1] else true[::-1]
        if bad == true or int(bad) <= 0:
            bad = str(int(true) + 1)
        sn[key] = bad
        nm = '行政编制' if key == 'n1' else '事业编制'
        detail = f"人员句: {nm} stated {bad}名; 编制 parts must add to {n}名; should be {true}名"
    sv_st = d['v']['src']
    if n3 == 0 and sv_st in (1,):
        sv_st = 0
    third = f"、工勤编制{sn['n3']}名" if n3 else ''
    staff = [
        f"本部门核定编制{n}名，分别为行政编制{sn['n1']}名、事业编制{sn['n2']}名{third}；年末实有在职人员{m}人，退休人员{rr}人。",
        f"局机关及下属单位共有编制{n}名，由行政编制{sn['n1']}名、事业编制{sn['n2']}名和工勤编制{sn['n3']}名组成，实有在职人员{m}人。",
        f"编制总数{n}名（行政编制{sn['n1']}名、事业编制{sn['n2']}名{third}），实有在职人员{m}人，另有退休人员{rr}人。",
        f"人员编制方面，核定编制{n}名，具体为：行政编制{sn['n1']}名，事业编制{sn['n2']}名{third.replace('、', '，')}；实有在职人员{m}人。",
        f"全局核定编制{n}名，其中行政编制{sn['n1']}名、事业编制{sn['n2']}名{third}，编制全部核定到位；实有在职人员{m}人。",
    ][sv_st]
    org = pick([f"内设{k_ks}个股室，下属事业单位{k_sub}个。", f"局机关设{k_ks}个股室，另有下属事业单位{k_sub}个。",
                f"机关内设股室{k_ks}个，所属事业单位{k_sub}个。", f"现有内设机构{k_ks}个、下属事业单位{k_sub}个。",
                f"内设机构包括办公室、计划财务股等{k_ks}个股室，下属事业单位{k_sub}个。"])
    prov, ab = d['prov']
    basis = pick([
        f"根据《{prov_full(prov)}财政厅关于开展{Y}年度预算绩效自评工作的通知》（{ab}财绩〔{Y + 1}〕{rng.randint(2, 40)}号）要求，{bureau}对{Y}年度部门整体支出开展了绩效自评。",
        f"按照{prov_full(prov)}全面实施预算绩效管理的部署和{reg}财政局的统一安排，现将{bureau}{Y}年度部门整体支出绩效自评情况报告如下。",
        f"为落实{prov_full(prov)}预算绩效管理工作要求，{bureau}组织对{Y}年度部门整体支出进行了自评。",
        f"依据{prov_full(prov)}部门整体支出绩效评价办法，{bureau}对本部门{Y}年度预算资金使用情况开展了自评。",
        f"{bureau}按照{prov_full(prov)}财政厅和{reg}财政局有关要求，对{Y}年度部门整体支出绩效进行了自我评价。",
    ])
    P1 = duty + org + staff

    # income (sum)
    inc_items = [('一般公共预算财政拨款收入', R1), ('政府性基金预算财政拨款收入', R2), ('其他收入', R3)]
    inc_items = [x for x in inc_items if x[1] > 0]
    if len(inc_items) == 1:
        inc = f"{Y}年部门收入{M(R_in)}万元，全部为一般公共预算财政拨款收入。"
    else:
        lst_ = '，'.join(f"{k}{M(v)}万元" for k, v in inc_items)
        inc = pick([
            f"{Y}年部门收入合计{M(R_in)}万元，其中：{lst_}。",
            f"全年收入{M(R_in)}万元，分别为{lst_}。",
            f"本年度总收入{M(R_in)}万元，具体为：{lst_}。",
            f"{lst_}，合计{M(R_in)}万元。",
            f"部门收入{M(R_in)}万元，由{'、'.join(f'{k}{M(v)}万元' for k, v in inc_items)}构成。",
        ])
    exp = pick([
        f"全年支出{M(E)}万元，其中：基本支出{M(E1)}万元（人员经费{M(pE)}万元、公用经费{M(qE)}万元），项目支出{M(E2)}万元。",
        f"本年支出合计{M(E)}万元，分别为基本支出{M(E1)}万元、项目支出{M(E2)}万元。",
        f"部门全年支出{M(E)}万元，由基本支出{M(E1)}万元和项目支出{M(E2)}万元两部分构成。",
        f"基本支出{M(E1)}万元，项目支出{M(E2)}万元，合计支出{M(E)}万元。",
        f"{Y}年支出总额{M(E)}万元，具体为基本支出{M(E1)}万元（含人员经费{M(pE)}万元），项目支出{M(E2)}万元。",
    ])
    # execution
    Rs = P(R)
    if slip == 'rate.ratio':
        Rs = transpose(Rs, min_abs=D('0.2'))
        while D(Rs) > 100:
            Rs = transpose(P(R), min_abs=D('0.2'))
        detail = f"执行率句: 执行率 stated {Rs}% but {M(E)}/{M(W)} = {P(R)}%; should be {P(R)}% (digits transposed)"
    ev = d['v']['exec'] % 5
    if 'quannian' in traps and ev not in (0, 1, 4):
        ev = pick([0, 1, 4])
    exe = [
        f"年初预算{M(W0)}万元，年中追加{M(ADD)}万元，加上上年结转{M(C0)}万元，全年预算数{M(W)}万元，全年支出{M(E)}万元，预算执行率{Rs}%。",
        f"部门全年预算数{M(W)}万元（年初预算{M(W0)}万元），实际支出{M(E)}万元，执行率{Rs}%。",
        f"全年实际支出{M(E)}万元，占全年预算数{M(W)}万元的{Rs}%。",
        f"按调整后全年预算{M(W)}万元计算，全年支出{M(E)}万元，预算执行率为{Rs}%。",
        f"全年可用预算资金{M(W)}万元，已支出{M(E)}万元，预算执行率达{Rs}%，年初预算为{M(W0)}万元。",
    ][ev]
    if ev in (0, 1, 4) and W0 != W:
        notes.append(f"执行率 {P(R)}% over 全年预算 {M(W)}, not 年初 {M(W0)} ({P(ratio(E, W0))}%)")
        traps.add('quannian')
    # balance
    C1s = M(C1)
    if slip == 'balance.carryover':
        if vrng.random() < 0.5:
            C1s = M(C0)
            why = 'stale: copied 年初 figure'
        else:
            C1s = transpose(C1s)
            why = 'digits transposed'
        detail = f"结转句: 年末结转和结余 stated {C1s}万元 but {M(C0)} + {M(R_in)} − {M(E)} = {M(C1)}万元; should be {M(C1)}万元 ({why})"
    bal = [
        f"年初结转和结余{M(C0)}万元，本年收入{M(R_in)}万元，本年支出{M(E)}万元，年末结转和结余{C1s}万元。",
        f"上年结转{M(C0)}万元加本年收入{M(R_in)}万元，扣除本年支出{M(E)}万元，年末结转和结余{C1s}万元。",
        f"年末结转和结余{C1s}万元，为年初结转和结余{M(C0)}万元与本年收入{M(R_in)}万元之和减去本年支出{M(E)}万元后的余额。",
        f"本年收入{M(R_in)}万元、年初结转和结余{M(C0)}万元，本年支出{M(E)}万元，形成年末结转和结余{C1s}万元，主要为跨年度项目资金。",
        f"资金结转方面，年初结转和结余{M(C0)}万元，当年收入{M(R_in)}万元，当年支出{M(E)}万元，年末结转和结余{C1s}万元。",
    ][d['v']['bal']]
    # 三公
    sg = [
        f"{Y}年“三公”经费支出{M(T3)}万元，其中因公出国（境）费0万元、公务用车运行维护费{M(a)}万元、公务接待费{M(b)}万元，比预算数{M(Tb)}万元减少{M(d3)}万元，下降{P(p3)}%。",
        f"“三公”经费全年支出{M(T3)}万元，分别为公务用车运行维护费{M(a)}万元、公务接待费{M(b)}万元，因公出国（境）费0万元；较年初预算{M(Tb)}万元节约{M(d3)}万元，下降{P(p3)}%。",
        f"“三公”经费年初预算{M(Tb)}万元，实际支出{M(T3)}万元，较预算减少{M(d3)}万元，下降{P(p3)}%。",
        f"全年“三公”经费支出{M(T3)}万元，比预算{M(Tb)}万元下降{P(p3)}%，具体为公务用车运行维护费{M(a)}万元、公务接待费{M(b)}万元。",
        f"严格控制“三公”经费，全年支出{M(T3)}万元，较预算数{M(Tb)}万元减少{M(d3)}万元，下降{P(p3)}%。",
    ][d['v']['sg']]
    jd = pick([f"全年国内公务接待{kb}批次{mmb}人次。", f"共接待{kb}批次、{mmb}人次，均严格执行接待标准。",
               f"公务接待方面，全年{kb}批次，累计{mmb}人次。", f"国内公务接待{kb}批次，接待人数{mmb}人次（含陪同人员）。",
               f"全年发生公务接待{kb}批次{mmb}人次，未超标准接待。"])
    notes.append(f"公务接待 {kb}批次 vs {mmb}人次")
    # s0
    s0s = ''
    if scheme == 'exec4' and fam != 'rate.ratio':
        s0s = s0_sentence(d['v']['s0'], P(R), S(s0))
    P2a = inc + exp
    P2b = exe + s0s + bal
    P2c = sg + jd

    # achievements
    ov = pick([f"全年共办结{thing}{got}{tu}，完成年度计划{tgt}{tu}的{P(pgot)}%。",
               f"{thing}办结{got}{tu}，年度计划为{tgt}{tu}，完成率{P(pgot)}%。",
               f"全年办结{thing}{got}{tu}，超额完成{tgt}{tu}的年度任务，完成率达{P(pgot)}%。",
               f"{thing}办结量{got}{tu}，为计划数{tgt}{tu}的{P(pgot)}%。",
               f"对照年度计划{tgt}{tu}，全年实际办结{thing}{got}{tu}，完成率为{P(pgot)}%。"])
    if 'over100' in traps:
        notes.append(f"completion {P(pgot)}% > 100 is right ({got}/{tgt})")
    else:
        ov = pick([f"全年共办结{thing}{got}{tu}，圆满完成年度计划。", f"{thing}办结{got}{tu}，各项业务运行平稳。",
                   f"全年受理并办结{thing}{got}{tu}，按时办结率100%。", f"{thing}全年办结{got}{tu}，群众反映良好。",
                   f"业务工作方面，办结{thing}{got}{tu}。"])
    trn = pick([
        f"组织开展业务培训{tq}期，累计培训{tt}人次，参训干部职工{tp}人。",
        f"全年举办各类培训班{tq}期，参训{tt}人次（{tp}人）。",
        f"开展业务培训{tq}期共{tt}人次，覆盖{tp}人。",
        f"全年开展业务培训{tq}期{tt}人次，参训人员{tp}人。",
        f"培训方面，共举办培训{tq}期，培训{tt}人次，实际参训{tp}人。",
    ]) if 'renci' in traps else ''
    if trn:
        notes.append(f"人 vs 人次: 培训 {tt}人次 vs {tp}人")
    mS = str(m)
    if slip == 'fact.conflict':
        mS = transpose(mS, min_abs=D('1')) if len(mS) > 1 and mS[0] != mS[1] and mS[1] != '0' else str(m + vrng.choice([2, 3, -2]))
        detail = f"履职段: 在职人员 restated as {mS}人, earlier {m}人; should be {m}人"
    fact2 = pick([
        f"全局{mS}名在职人员坚守岗位，各项重点工作有序推进。",
        f"{mS}名在职人员全部参加了年度考核，考核合格率100%。",
        f"在职人员{mS}人全部签订了党风廉政建设责任书。",
        f"截至年底，全局在职人员{mS}人，干部队伍结构持续优化。",
        f"全局{mS}名在职人员全年未发生违纪违法问题。",
    ])
    surv = ''
    if scheme == 'exec4':
        surv = survey_sentence(d['v']['surv'], qv, qs, P(sv), st)
    Eunit = '万元'
    if slip == 'unit.magnitude':
        Eunit = '元'
    P3 = ov + trn + fact2 + surv

    # score + grade
    if scheme == 'exec4':
        cs = [S(x) for x in comps]
        TS = S(T)
        if slip == 'score.total':
            i = vrng.choice([1, 2])
            true = cs[i]
            try:
                cs[i] = transpose_max(true, [None, 50, 30][i])
                why = 'digits transposed'
            except ValueError:
                cs[i], why = S(D(true) - 2), 'stale draft figure'
            if D(cs[i]) > [None, 50, 30][i]:
                cs[i], why = S(D(true) - 2), 'stale draft figure'
            detail = f"得分句: {'产出' if i == 1 else '效益'}指标得分 stated {cs[i]}分; components must sum to {TS}; should be {true}分 ({why})"
        sc = score_sentence_4(d['v']['score'], cs[0], cs[1], cs[2], cs[3], TS)
    else:
        cs = [S(x) for x in comps]
        TS = S(T)
        if slip == 'score.total':
            i = vrng.choice([1, 2])
            true = cs[i]
            try:
                cs[i] = transpose_max(true, ws[i])
                why = 'digits transposed'
            except ValueError:
                cs[i], why = S(D(true) - 2), 'stale draft figure'
            if D(cs[i]) > ws[i]:
                cs[i], why = S(D(true) - 2), 'stale draft figure'
            detail = f"得分句: {'过程' if i == 1 else '产出'}指标得分 stated {cs[i]}分; components must sum to {TS}; should be {true}分 ({why})"
        sc = score_sentence_ipoe(d['v']['score'], *cs, TS)
    GS = G
    if slip == 'grade.band':
        names, th = RULESETS[rs]
        gi = names.index(G)
        GS = names[gi - 1] if gi > 0 else names[1]
        detail = (f"等级句: {TS}分 labelled “{GS}” but band rule ({rs}: "
                  f"{'/'.join(f'{a}≥{b}' for a, b in zip(names, th))}) gives “{G}”; should be {G}")
    rule = rule_text(rs, d['v']['rule']) if d['rule_shown'] else ''
    gr = grade_sentence(d['v']['grade'], TS, GS, pick(['本部门', '我局', '部门整体支出']))
    P4 = rule + sc + gr
    P5 = pick(PROBLEMS) + pick(APPLY)

    # table
    if scheme == 'exec4':
        Wb = E1 + (q2(C1 * frac(0.1, 0.6)) if C1 > 0 else D('0.00'))
        W0b = Wb
        W0p = W0 - W0b
        Wp = W - Wb
        assert W0p > 0 and Wp >= E2
        cellsT = [f"{Y}年度部门整体支出绩效自评表", '部门名称', bureau, '年度预算申请（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分',
                  '年度资金总额', M(W0), M(W), M(E), '10', P(R) + '%', S(s0),
                  '其中：基本支出', M(W0b), M(Wb), M(E1), '—', '—', '—', '项目支出', M(W0p), M(Wp), M(E2), '—', '—', '—']
        t1 = glue(cellsT)
        ind = ['年度总体目标', '预期目标', '实际完成情况', '全面履行部门职责，完成年度重点工作任务', '年度重点工作任务全面完成',
               '绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施',
               '产出指标', '数量指标', f"{thing}办结数", f"≥{tgt}{tu}", f"{got}{tu}", '20', None,
               '质量指标', '重点工作完成率', '≥95%', '100%', '15', None, '时效指标', '资金拨付及时率', '100%', '100%', '15', None,
               '效益指标', '社会效益指标', '履职效能', '有效提升', '有效提升', '15', None, '可持续影响指标', '长效管理机制', '健全', '健全', '15', None,
               '满意度指标', '服务对象满意度指标', '服务对象满意度', f"≥{st}%", f"{P(sv)}%", '10', S(comps[3]), '',
               '总分', '100', S(T)]
        # distribute s1 / s2 to rows
        s_rows = split_score([D(20), D(15), D(15)], comps[1]) + split_score([D(15), D(15)], comps[2])
        it = iter(s_rows)
        ind = [S(next(it)) if c is None else c for c in ind]
        t2 = glue(ind)
        tb = [t1, t2] if rng.random() < 0.6 else [t1 + t2]
    else:
        rows = ['一级指标', '二级指标', '三级指标', '分值', '得分']
        labels = [('投入', [('预算编制', '预算编制科学性'), ('目标设置', '绩效目标合理性'), ('预算编制', '预算编制规范性')]),
                  ('过程', [('资金管理', '预算执行率'), ('资金管理', '资金使用合规性'), ('组织实施', '管理制度健全性')]),
                  ('产出', [('产出数量', '重点工作完成率'), ('产出质量', '工作质量达标率'), ('产出时效', '工作完成及时性')]),
                  ('效益', [('社会效益', '履职效能'), ('满意度', '服务对象满意度')])]
        for (lab, subs), w, sc_ in zip(labels, ws, comps):
            wsplit = split_weight(D(w), len(subs))
            ssplit = split_score(wsplit, sc_)
            rows.append(f"{lab}（{w}分）")
            for (l2, l3), ww, ss in zip(subs, wsplit, ssplit):
                rows += [l2, l3, S(ww), S(ss)]
        rows += ['合计', '100', S(T)]
        Wb = E1 + (q2(C1 * frac(0.1, 0.6)) if C1 > 0 else D('0.00'))
        tbud = glue([f"{Y}年度部门整体支出绩效自评表", '部门名称', bureau, '年度预算申请（万元）', '年初预算数', '全年预算数', '全年执行数', '执行率',
                     '年度资金总额', M(W0), M(W), M(E), P(R) + '%', '其中：基本支出', M(Wb), M(Wb), M(E1), '—',
                     '项目支出', M(W0 - Wb), M(W - Wb), M(E2), '—'])
        tb = [tbud, f"{Y}年度部门整体支出绩效评价评分表" + ('' if rng.random() < 0.5 else '单位：分'), glue(rows)]
        if rng.random() < 0.5:
            tb = [tb[0], tb[1] + tb[2]]
    body = [title, basis, heads[0], P1, heads[1], P2a, P2b, P2c, heads[2], P3, heads[3], P4, heads[4], P5]
    # unit restatement line
    rest = pick([
        f"全年{M(E)}{Eunit}支出均严格按照预算批复执行。",
        f"{M(E)}{Eunit}部门支出全部纳入绩效自评范围。",
        f"部门全年支出{M(E)}{Eunit}，未发生超预算、无预算支出。",
        f"本年度部门整体支出{M(E)}{Eunit}已全部纳入绩效监控。",
        f"{M(E)}{Eunit}支出资金的使用严格执行财务制度。",
    ])
    if slip == 'unit.magnitude':
        detail = f"收支段: 部门支出 restated as {M(E)}元; should be {M(E)}万元"
    body[7] = body[7] + rest
    if d['table_pos'] == 'mid':
        body = body[:-2] + tb + body[-2:]
    else:
        body += tb
    body += [bureau, f"{Y + 1}年{rng.randint(1, 5)}月{rng.randint(1, 28)}日"]
    prose_idx = [i for i, ln in enumerate(body) if len(ln) > 60 and '，' in ln and '。' in ln]
    breaks = set(rng.sample(prose_idx, k=min(len(prose_idx), d['nbreaks'])))
    fname = pick([f"{title}.docx", f"{title}.pdf", f"{cty}{dept['bureau']}{Y}年部门整体支出绩效自评报告.doc"])
    lines = assemble(d['site'], fname, rng.randint(3, 9), body, breaks)
    return lines, detail, notes


def split_weight(w, k):
    base = (w / k).quantize(D('1'), rounding=ROUND_HALF_UP)
    ws = [base] * (k - 1)
    ws.append(w - sum(ws))
    return ws


def split_score(ws, total):
    """distribute a (deducted) total over weights ws; each part <= weight."""
    ded = sum(ws) - total
    parts = list(ws)
    i = 0
    order = list(range(len(ws)))
    rng.shuffle(order)
    while ded > 0:
        j = order[i % len(order)]
        take = min(ded, parts[j] - D('0.5'), D(pick(['0.5', '1', '1.5', '2', '3'])))
        if take > 0:
            parts[j] -= take
            ded -= take
        i += 1
        if i > 200:
            parts[order[0]] -= ded
            ded = 0
    return parts


# --------------------------------------------------------------------------
# C: 部门决算说明
# --------------------------------------------------------------------------
FN_CODES = {
    '一般公共服务支出': ('201', '2010301', '行政运行'),
    '教育支出': ('205', '2050101', '行政运行'),
    '社会保障和就业支出': ('208', '2080505', '机关事业单位基本养老保险缴费支出'),
    '卫生健康支出': ('210', '2101101', '行政单位医疗'),
    '住房保障支出': ('221', '2210201', '住房公积金'),
    '农林水支出': ('213', '2130101', '行政运行'),
    '交通运输支出': ('214', '2140101', '行政运行'),
    '文化旅游体育与传媒支出': ('207', '2070101', '行政运行'),
    '城乡社区支出': ('212', '2120101', '行政运行'),
    '灾害防治及应急管理支出': ('224', '2240101', '行政运行'),
    '公共安全支出': ('204', '2040601', '行政运行'),
    '自然资源海洋气象等支出': ('220', '2200101', '行政运行'),
    '节能环保支出': ('211', '2110101', '行政运行'),
}


def grow_phrase(cur, prev):
    dlt = cur - prev
    if dlt >= 0:
        return '增加', M(dlt), '增长', P(ratio(dlt, prev))
    return '减少', M(-dlt), '下降', P(ratio(-dlt, prev))


def build_C(d):
    Y = d['year']
    cty, reg = d['county'], d['reg']
    slip = d['slip']      # the slip actually planted (None for a slip-free twin)
    fam = d['fam']        # the planned family (shapes wording identically in doc and twin)
    traps = d['traps']
    dept = d['dept']
    bureau = cty + dept['bureau']
    notes, detail = [], ''
    k_sub = rng.randint(1, 5)
    n1 = rng.randint(6, 30)
    n2 = rng.randint(3, 40)
    lo, hi = pick([(280, 900), (800, 3200), (2600, 8800)])
    for _ in range(2000):
        R1 = amt(lo, hi)
        R2 = q2(R1 * frac(0.004, 0.05)) if rng.random() < 0.7 else D('0.00')
        FC0 = q2(R1 * frac(0.0, 0.06))
        OC0 = q2(R1 * frac(0.0, 0.02))
        C0 = FC0 + OC0
        R = R1 + R2
        G = q2((R1 + FC0) * frac(0.9, 0.995))
        FC1 = FC0 + R1 - G
        Oth = q2((OC0 + R2) * frac(0.3, 1.0))
        E = G + Oth
        C1 = C0 + R - E
        X = R + C0
        E1 = q2(E * frac(0.55, 0.8))
        E2 = E - E1
        if Oth >= E2 or C1 < 0:
            continue
        if fam == 'sum.breakdown' and R2 == 0:
            continue
        if fam == 'balance.carryover' and FC0 == 0:
            continue
        G1, G2 = E1, E2 - Oth
        break
    else:
        raise RuntimeError('C')
    p1, p2 = ratio(R1, R), ratio(R2, R)
    q1_, q2_ = ratio(E1, E), ratio(E2, E)
    Xp = q2(X * frac(0.78, 1.22))
    Gp = q2(G * frac(0.8, 1.2))
    if 'over100' in traps:
        Gb = q2(G * frac(0.82, 0.97))
        notes.append(f"完成年初预算 {P(ratio(G, Gb))}% > 100 is right (年中追加)")
    else:
        Gb = q2(G * frac(1.01, 1.12))
    # function categories of G
    fns = [dept['fn']] + [f for f in ['社会保障和就业支出', '卫生健康支出', '住房保障支出'] if f != dept['fn']]
    if rng.random() < 0.3:
        fns = fns[:3]
    wts = [D(rng.randint(55, 80))] + [D(rng.randint(5, 15)) for _ in fns[1:]]
    sw = sum(wts)
    gv = [q2(G * w / sw) for w in wts[1:]]
    gv = [G - sum(gv)] + gv
    ev = [gv[0] + Oth] + gv[1:]
    # 三公
    a_b = amt(3, 16)
    b_b = amt(1, 8)
    a = q2(a_b * frac(0.7, 1.0))
    bb = q2(b_b * frac(0.5, 1.0))
    T3, Tb3 = a + bb, a_b + b_b
    kb = rng.randint(15, 160)
    mm = kb * rng.randint(3, 6) + rng.randint(0, kb)
    o = q2(G1 * frac(0.08, 0.2))
    op = q2(o * frac(0.85, 1.2))
    # procurement
    Pp = amt(20, 300)
    while True:
        pp1, pp2, pp3 = split_parts(Pp, 3)
        shs = [ratio(x, Pp) for x in (pp1, pp2, pp3)]
        if 'shares' not in traps or sum(shs) != 100:
            break
    sme = q2(Pp * frac(0.6, 1.0))
    if 'shares' in traps:
        notes.append(f"rounding: 政府采购 shares {'+'.join(P(x) for x in shs)} = {P(sum(shs))}% (not exactly 100)")
    # vehicles
    veh1 = rng.randint(0, 3)
    veh2 = rng.randint(1, 8)
    veh = veh1 + veh2
    k_prj = rng.randint(3, 15)

    title = pick([f"{bureau}{Y}年度部门决算公开说明", f"{Y}年度{bureau}部门决算说明", f"{bureau}{Y}年部门决算情况说明",
                  f"{bureau}{Y}年度部门决算", f"{Y}年{bureau}部门决算公开"])
    kS1 = str(k_sub)
    kS2 = str(k_sub)
    if slip == 'fact.conflict':
        bad = str(k_sub + vrng.choice([1, 2, -1])) if k_sub > 1 else str(k_sub + vrng.choice([1, 2]))
        if vrng.random() < 0.5:
            kS1 = bad
        else:
            kS2 = bad
        detail = f"部门概况 vs 决算单位构成: 事业单位 stated {kS1}个 and {kS2}个; should be {k_sub}个 both times"
    intro = pick([
        f"{bureau}是{reg}政府工作部门，内设股室{rng.randint(4, 10)}个，下设事业单位{kS1}个；年末实有人员{n1 + n2}人，其中行政人员{n1}人、事业人员{n2}人。",
        f"本部门下设事业单位{kS1}个，年末在职人员{n1 + n2}人，分别为行政人员{n1}人、事业人员{n2}人。",
        f"{bureau}主要负责全{reg}相关行业管理工作，下设事业单位{kS1}个，在职人员{n1 + n2}人（行政{n1}人、事业{n2}人）。",
        f"本部门为{reg}政府组成部门，下设事业单位{kS1}个，年末实有人员{n1 + n2}人，由行政人员{n1}人和事业人员{n2}人组成。",
        f"{bureau}机关内设股室{rng.randint(4, 10)}个，下设事业单位{kS1}个，年末在职人员{n1 + n2}人，具体为行政人员{n1}人、事业人员{n2}人。",
    ])
    scope = pick([
        f"纳入{Y}年度部门决算编制范围的单位包括局机关本级和{kS2}个事业单位。",
        f"本部门决算由局机关本级决算和{kS2}个事业单位决算汇总而成。",
        f"部门决算汇总范围为局机关及所属{kS2}个事业单位。",
        f"本部门决算包括局机关本级及下属{kS2}个事业单位。",
        f"纳入本部门决算汇编的为局机关本级和{kS2}个事业单位。",
    ])
    # 总体
    vX, dX, gX, pX = grow_phrase(X, Xp)
    pXs = pX
    if slip == 'rate.ratio':
        pXs = transpose(pX, min_abs=D('0.2'))
        detail = f"总体情况句: {gX}率 stated {pXs}% but {dX}/{M(Xp)} = {pX}%; should be {pX}% (digits transposed)"
    tot = [
        f"{Y}年度收入总计{M(X)}万元、支出总计{M(X)}万元，与上年相比，收、支总计各{vX}{dX}万元，{gX}{pXs}%。",
        f"{Y}年度收、支总计均为{M(X)}万元，比上年{vX}{dX}万元，{gX}{pXs}%。",
        f"本年度收入总计和支出总计均为{M(X)}万元，较上年{vX}{dX}万元，{gX}{pXs}%，主要原因是人员经费和项目支出变动。",
        f"部门收支总计{M(X)}万元，与上年相比{vX}{dX}万元，{gX}{pXs}%。",
        f"收入总计{M(X)}万元，支出总计{M(X)}万元，同比{vX}{dX}万元，{gX}{pXs}%。",
    ][d['v']['tot']]
    comp = pick([
        f"收入总计由本年收入{M(R)}万元和年初结转和结余{M(C0)}万元构成。",
        f"收入总计{M(X)}万元包括本年收入合计{M(R)}万元、年初结转和结余{M(C0)}万元两部分。",
        f"支出总计由本年支出{M(E)}万元和年末结转和结余{M(C1)}万元构成。",
        f"支出总计{M(X)}万元由本年支出合计{M(E)}万元和年末结转和结余{M(C1)}万元两部分构成。",
        f"收入总计中，本年收入合计{M(R)}万元，年初结转和结余{M(C0)}万元。",
    ])
    notes.append(f"收入总计 {M(X)} ≠ 本年收入合计 {M(R)} (总计 includes 年初结转和结余)")
    notes.append(f"项目支出 {M(E2)} (本年支出, all funds) vs {M(G2)} (一般公共预算财政拨款 only): different scopes, not a conflict")
    # 收入
    srcs = {'R1': M(R1), 'R2': M(R2)}
    key = 'R2' if fam == 'sum.breakdown' else None   # R1 is restated in the 财政拨款 sentence
    if slip == 'sum.breakdown':
        true = srcs[key]
        srcs[key] = transpose(true)
        detail = f"收入句: {'财政拨款收入' if key == 'R1' else '其他收入'} stated {srcs[key]}万元; 财政拨款+其他 must equal 本年收入合计 {M(R)}; should be {true}万元 (digits transposed)"
    if R2 > 0 and fam == 'sum.breakdown':
        # keep the slipped part out of any 占…% clause (one slip, one broken relation)
        if key == 'R2' and rng.random() < 0.5:
            inc = f"本年收入{M(R)}万元，由财政拨款收入{srcs['R1']}万元和其他收入{srcs['R2']}万元构成，财政拨款收入占{P(p1)}%。"
        else:
            inc = pick([f"财政拨款收入{srcs['R1']}万元、其他收入{srcs['R2']}万元，本年收入合计{M(R)}万元。",
                        f"{Y}年度本年收入合计{M(R)}万元，分别为财政拨款收入{srcs['R1']}万元、其他收入{srcs['R2']}万元。"])
    elif R2 > 0:
        inc = pick([
            f"本年收入合计{M(R)}万元，其中：财政拨款收入{srcs['R1']}万元，占本年收入合计的{P(p1)}%；其他收入{srcs['R2']}万元，占{P(p2)}%。",
            f"{Y}年度本年收入合计{M(R)}万元，分别为财政拨款收入{srcs['R1']}万元（占{P(p1)}%）、其他收入{srcs['R2']}万元（占{P(p2)}%）。",
            f"本年收入{M(R)}万元，由财政拨款收入{srcs['R1']}万元和其他收入{srcs['R2']}万元构成，财政拨款收入占{P(p1)}%。",
            f"财政拨款收入{srcs['R1']}万元、其他收入{srcs['R2']}万元，本年收入合计{M(R)}万元。",
            f"本年收入合计{M(R)}万元，其中财政拨款收入{srcs['R1']}万元，占本年收入合计的{P(p1)}%；其他收入{srcs['R2']}万元，占本年收入合计的{P(p2)}%。",
        ])
    else:
        inc = f"本年收入合计{M(R)}万元，全部为财政拨款收入。"
    exp = pick([
        f"本年支出合计{M(E)}万元，其中：基本支出{M(E1)}万元，占本年支出合计的{P(q1_)}%；项目支出{M(E2)}万元，占{P(q2_)}%。",
        f"本年支出合计{M(E)}万元，分别为基本支出{M(E1)}万元（占{P(q1_)}%）和项目支出{M(E2)}万元（占{P(q2_)}%）。",
        f"本年支出合计{M(E)}万元，其中基本支出{M(E1)}万元，占本年支出合计的{P(q1_)}%；项目支出{M(E2)}万元，占本年支出合计的{P(q2_)}%。",
        f"基本支出{M(E1)}万元、项目支出{M(E2)}万元，本年支出合计{M(E)}万元，基本支出占{P(q1_)}%。",
        f"本年支出合计{M(E)}万元，由基本支出{M(E1)}万元和项目支出{M(E2)}万元构成，项目支出占{P(q2_)}%。",
    ])
    # 财政拨款 balance
    FC1s = M(FC1)
    if slip == 'balance.carryover':
        if vrng.random() < 0.5 and FC0 > 0 and FC0 != FC1:
            FC1s = M(FC0)
            why = 'stale: copied 年初 figure'
        else:
            FC1s = transpose(FC1s)
            why = 'digits transposed'
        detail = f"财政拨款结转句: 年末财政拨款结转和结余 stated {FC1s}万元 but {M(FC0)} + {M(R1)} − {M(G)} = {M(FC1)}万元; should be {M(FC1)}万元 ({why})"
    fbal = [
        f"年初财政拨款结转和结余{M(FC0)}万元，本年财政拨款收入{M(R1)}万元，本年财政拨款支出{M(G)}万元，年末财政拨款结转和结余{FC1s}万元。",
        f"{Y}年度财政拨款收入{M(R1)}万元，财政拨款支出{M(G)}万元，加上年初财政拨款结转和结余{M(FC0)}万元，年末财政拨款结转和结余{FC1s}万元。",
        f"年末财政拨款结转和结余{FC1s}万元，系年初财政拨款结转和结余{M(FC0)}万元加本年财政拨款收入{M(R1)}万元、减本年财政拨款支出{M(G)}万元形成。",
        f"财政拨款方面，年初结转和结余{M(FC0)}万元，本年收入{M(R1)}万元，本年支出{M(G)}万元，年末结转和结余{FC1s}万元。",
        f"本年财政拨款收入{M(R1)}万元、支出{M(G)}万元，年初财政拨款结转和结余{M(FC0)}万元，年末财政拨款结转和结余{FC1s}万元。",
    ][d['v']['bal']]
    # G sentence
    vG, dG, gG, pG = grow_phrase(G, Gp)
    gshare = ratio(G, E)
    gs = pick([
        f"{Y}年度一般公共预算财政拨款支出{M(G)}万元，占本年支出合计的{P(gshare)}%，与上年相比{vG}{dG}万元，{gG}{pG}%。",
        f"一般公共预算财政拨款支出{M(G)}万元，比上年{vG}{dG}万元，{gG}{pG}%，主要原因是人员调整及项目变化。",
        f"本年一般公共预算财政拨款支出{M(G)}万元，较上年{vG}{dG}万元，{gG}{pG}%。",
        f"一般公共预算财政拨款支出决算{M(G)}万元，同比{vG}{dG}万元，{gG}{pG}%，占本年支出合计的{P(gshare)}%。",
        f"全年一般公共预算财政拨款支出{M(G)}万元，与上年相比{vG}{dG}万元，{gG}{pG}%。",
    ])
    comp_b = pick([
        f"一般公共预算财政拨款支出年初预算为{M(Gb)}万元，支出决算为{M(G)}万元，完成年初预算的{P(ratio(G, Gb))}%。",
        f"年初预算{M(Gb)}万元，支出决算{M(G)}万元，完成年初预算的{P(ratio(G, Gb))}%。",
        f"一般公共预算财政拨款支出决算数{M(G)}万元，为年初预算数{M(Gb)}万元的{P(ratio(G, Gb))}%。",
        f"与年初预算{M(Gb)}万元相比，支出决算{M(G)}万元，完成年初预算的{P(ratio(G, Gb))}%。",
        f"年初预算数{M(Gb)}万元，决算数{M(G)}万元，预算完成率{P(ratio(G, Gb))}%。",
    ])
    if 'over100' in traps:
        comp_b += '决算数大于年初预算数的主要原因是年中追加了人员经费和专项工作经费。'
    else:
        comp_b += '决算数小于年初预算数的主要原因是厉行节约、压减一般性支出。'
    if 'partial' in traps:
        big = list(zip(fns, gv))[:2]
        fb = pick([
            f"一般公共预算财政拨款支出{M(G)}万元主要用于以下方面：{big[0][0]}{M(big[0][1])}万元，{big[1][0]}{M(big[1][1])}万元等。",
            f"一般公共预算财政拨款支出{M(G)}万元，其中{big[0][0]}{M(big[0][1])}万元，占{P(ratio(big[0][1], G))}%。",
            f"一般公共预算财政拨款支出{M(G)}万元，主要为{big[0][0]}{M(big[0][1])}万元和{big[1][0]}{M(big[1][1])}万元。",
            f"从功能分类看，一般公共预算财政拨款支出{M(G)}万元主要用于{big[0][0]}（{M(big[0][1])}万元）、{big[1][0]}（{M(big[1][1])}万元）等方面。",
            f"一般公共预算财政拨款支出{M(G)}万元，其中：{big[0][0]}{M(big[0][1])}万元，{big[1][0]}{M(big[1][1])}万元。",
        ])
        notes.append('non-exhaustive 主要用于…等 (function breakdown lists only part of G)')
    else:
        fb = pick([
            f"按支出功能分类，一般公共预算财政拨款支出{M(G)}万元分别为" + '，'.join(f"{f}{M(v)}万元" for f, v in zip(fns, gv)) + '。',
            f"一般公共预算财政拨款支出{M(G)}万元具体为：" + '；'.join(f"{f}{M(v)}万元，占{P(ratio(v, G))}%" for f, v in zip(fns, gv)) + '。',
            '按功能分类，' + '、'.join(f"{f}{M(v)}万元" for f, v in zip(fns, gv)) + f"，合计{M(G)}万元。",
            f"按支出功能分类科目，一般公共预算财政拨款支出{M(G)}万元由" + '、'.join(f"{f}{M(v)}万元" for f, v in zip(fns, gv)) + '构成。',
            f"一般公共预算财政拨款支出{M(G)}万元分别用于" + '，'.join(f"{f}{M(v)}万元" for f, v in zip(fns, gv)) + '。',
        ])
    # 三公
    sg = pick([
        f"“三公”经费财政拨款年初预算{M(Tb3)}万元，支出决算{M(T3)}万元，完成预算的{P(ratio(T3, Tb3))}%。",
        f"{Y}年度“三公”经费财政拨款支出决算为{M(T3)}万元，年初预算为{M(Tb3)}万元，完成预算的{P(ratio(T3, Tb3))}%。",
        f"“三公”经费预算数{M(Tb3)}万元，决算数{M(T3)}万元，完成预算的{P(ratio(T3, Tb3))}%，决算数小于预算数的主要原因是严格执行中央八项规定精神。",
        f"全年“三公”经费支出决算{M(T3)}万元，为年初预算{M(Tb3)}万元的{P(ratio(T3, Tb3))}%。",
        f"“三公”经费支出决算{M(T3)}万元，年初预算{M(Tb3)}万元，完成预算的{P(ratio(T3, Tb3))}%。",
    ])
    sg2 = pick([
        f"其中：因公出国（境）费0万元；公务用车购置及运行维护费{M(a)}万元，全部为公务用车运行维护费；公务接待费{M(bb)}万元。",
        f"具体为：因公出国（境）费0万元，公务用车运行维护费{M(a)}万元，公务接待费{M(bb)}万元，三项合计{M(T3)}万元。",
        f"分项看，因公出国（境）费0万元，公务用车运行维护费{M(a)}万元，公务接待费{M(bb)}万元。",
        f"其中，公务用车运行维护费{M(a)}万元，主要用于车辆燃油、维修和保险；公务接待费{M(bb)}万元；未发生因公出国（境）费。",
        f"“三公”经费支出{M(T3)}万元分别为公务用车运行维护费{M(a)}万元、公务接待费{M(bb)}万元，因公出国（境）费为零。",
    ])
    sg3 = pick([f"国内公务接待{kb}批次{mm}人次。", f"全年共接待{kb}批次，{mm}人次（不包括陪同人员）。",
                f"全年国内公务接待共{kb}批次，接待人数{mm}人次。", f"本年度共发生国内公务接待{kb}批次、{mm}人次。",
                f"公务接待{kb}批次、{mm}人次，主要为上级部门检查指导工作。"])
    notes.append(f"公务接待 {kb}批次 vs {mm}人次")
    vo, do_, go_, po = grow_phrase(o, op)
    run = pick([
        f"{Y}年度机关运行经费支出{M(o)}万元，比上年{vo}{do_}万元，{go_}{po}%。",
        f"机关运行经费{M(o)}万元，较上年{vo}{do_}万元，{go_}{po}%。",
        f"本部门机关运行经费支出{M(o)}万元，与上年相比{vo}{do_}万元，{go_}{po}%。",
        f"机关运行经费支出{M(o)}万元，与上年相比{vo}{do_}万元，{go_}{po}%，主要是办公费和差旅费变动。",
        f"全年机关运行经费{M(o)}万元，同比{vo}{do_}万元，{go_}{po}%。",
    ])
    pur = (f"{Y}年度政府采购支出总额{M(Pp)}万元，其中：货物类{M(pp1)}万元，占{P(shs[0])}%；工程类{M(pp2)}万元，占{P(shs[1])}%；服务类{M(pp3)}万元，占{P(shs[2])}%。"
           if 'shares' in traps else pick([
        f"{Y}年度政府采购支出总额{M(Pp)}万元，其中：政府采购货物支出{M(pp1)}万元、政府采购工程支出{M(pp2)}万元、政府采购服务支出{M(pp3)}万元。",
        f"政府采购支出总额{M(Pp)}万元，分别为货物类{M(pp1)}万元、工程类{M(pp2)}万元、服务类{M(pp3)}万元。",
        f"全年政府采购货物支出{M(pp1)}万元、工程支出{M(pp2)}万元、服务支出{M(pp3)}万元，合计{M(Pp)}万元。",
        f"政府采购支出总额{M(Pp)}万元，由货物采购{M(pp1)}万元、工程采购{M(pp2)}万元和服务采购{M(pp3)}万元构成。",
        f"政府采购支出总额{M(Pp)}万元，具体为：货物{M(pp1)}万元，工程{M(pp2)}万元，服务{M(pp3)}万元。",
    ])) + f"授予中小企业合同金额{M(sme)}万元，占政府采购支出总额的{P(ratio(sme, Pp))}%。"
    vehs = pick([
        f"截至{Y}年12月31日，本部门共有车辆{veh}辆，其中：一般公务用车{veh1}辆，执法执勤用车{veh2}辆。",
        f"年末共有车辆{veh}辆，分别为一般公务用车{veh1}辆、执法执勤用车{veh2}辆。",
        f"本部门年末共有车辆{veh}辆，由一般公务用车{veh1}辆和执法执勤用车{veh2}辆组成。",
        f"截至年底，共有车辆{veh}辆（一般公务用车{veh1}辆、执法执勤用车{veh2}辆）。",
        f"国有资产方面，年末车辆{veh}辆，具体为一般公务用车{veh1}辆、执法执勤用车{veh2}辆。",
    ]) if veh1 else f"截至{Y}年12月31日，本部门共有车辆{veh}辆，全部为执法执勤用车。"
    Gu = '万元'
    if slip == 'unit.magnitude':
        Gu = '元'
        detail = f"绩效管理段: 一般公共预算项目支出 restated as {M(G2)}元; should be {M(G2)}万元"
    perf = pick([
        f"本部门组织对{k_prj}个项目开展了绩效自评，涉及一般公共预算项目支出{M(G2)}{Gu}。",
        f"{Y}年度纳入绩效自评范围的项目共{k_prj}个，一般公共预算项目支出{M(G2)}{Gu}，实现绩效自评全覆盖。",
        f"对一般公共预算项目支出{M(G2)}{Gu}（{k_prj}个项目）全部开展了绩效自评。",
        f"全年共对{k_prj}个项目实施绩效自评，涉及一般公共预算项目支出{M(G2)}{Gu}。",
        f"绩效管理方面，一般公共预算项目支出{M(G2)}{Gu}全部设定了绩效目标并开展自评，共{k_prj}个项目。",
    ])
    gsplit = pick([
        f"按经济性质分，一般公共预算财政拨款基本支出{M(G1)}万元，项目支出{M(G2)}万元，合计{M(G)}万元。",
        f"一般公共预算财政拨款支出中，基本支出{M(G1)}万元，项目支出{M(G2)}万元。",
        f"一般公共预算财政拨款支出{M(G)}万元，分别为基本支出{M(G1)}万元和项目支出{M(G2)}万元。",
        f"从经济性质看，基本支出{M(G1)}万元，项目支出{M(G2)}万元，合计{M(G)}万元。",
        f"一般公共预算财政拨款支出{M(G)}万元由基本支出{M(G1)}万元、项目支出{M(G2)}万元构成。",
    ])

    # tables
    inc_rows = ['一、一般公共预算财政拨款收入', '1', M(R1), '二、政府性基金预算财政拨款收入', '2', '',
                '三、上级补助收入', '3', '', '四、事业收入', '4', '', '五、经营收入', '5', '',
                '六、附属单位上缴收入', '6', '', '七、其他收入', '7', (M(R2) if R2 > 0 else '')]
    cn = '一二三四五六七八九十'
    exp_rows = []
    for i, (f, v) in enumerate(sorted(zip(fns, ev), key=lambda x: FN_CODES[x[0]][0])):
        exp_rows += [f"{cn[i]}、{f}", str(32 + i), M(v)]
    t1 = ['收入支出决算总表', '公开01表', f"部门：{bureau}", '金额单位：万元', '收入', '支出', '项目', '行次', '金额', '项目', '行次', '金额', '栏次', '1', '栏次', '2']
    # interleave income / expense rows (flattened two-column layout)
    ni, ne = len(inc_rows) // 3, len(exp_rows) // 3
    for i in range(max(ni, ne)):
        if i < ni:
            t1 += inc_rows[3 * i:3 * i + 3]
        if i < ne:
            t1 += exp_rows[3 * i:3 * i + 3]
    t1 += ['本年收入合计', '8', M(R), '本年支出合计', '40', M(E), '年初结转和结余', '9', M(C0), '年末结转和结余', '41', M(C1),
           '总计', '10', M(X), '总计', '42', M(X)]
    t1 = glue(t1)
    t3 = glue(['“三公”经费财政拨款支出决算表', '公开07表', '单位：万元', '预算数', '决算数', '合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费',
               '小计', '公务用车购置费', '公务用车运行费', '合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费', '小计', '公务用车购置费', '公务用车运行费',
               '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12',
               M(Tb3), '0.00', M(a_b), '0.00', M(a_b), M(b_b), M(T3), '0.00', M(a), '0.00', M(a), M(bb)])
    tg = ['一般公共预算财政拨款支出决算表', '公开05表', '单位：万元', '科目编码', '科目名称', '本年支出', '合计', '基本支出', '项目支出']
    for f, v in zip(fns, gv):
        code, sub, subn = FN_CODES[f]
        if f == fns[0]:
            vb = min(v, G1 - sum(gv[1:]))
            tg += [code, f, M(v), M(vb), M(v - vb), sub, subn, M(vb), M(vb), '']
        else:
            tg += [code, f, M(v), M(v), '', sub, subn, M(v), M(v), '']
    tg += ['合计', M(G), M(G1), M(G2)]
    tg = glue(tg)
    tables = [t1, t3] + ([tg] if rng.random() < 0.5 else [])

    h = pick([
        ['一、部门职责及机构设置', '二、{Y}年度部门决算表', '（一）收入支出决算总体情况', '（二）收入决算情况', '（三）支出决算情况',
         '（四）财政拨款收入支出决算总体情况', '（五）一般公共预算财政拨款支出决算情况', '（六）“三公”经费财政拨款支出情况', '（七）机关运行经费、政府采购及国有资产情况', '三、附表'],
        ['第一部分 {bureau}概况', '第二部分 {Y}年度部门决算情况说明', '1.收入支出决算总体情况', '2.收入决算情况', '3.支出决算情况',
         '4.财政拨款收入支出决算总体情况', '5.一般公共预算财政拨款支出决算情况', '6.“三公”经费支出决算情况', '7.其他重要事项说明', '第三部分 {Y}年度部门决算报表'],
        ['第一部分 部门概况', '第二部分 部门决算情况说明', '一、收入支出决算总体情况说明', '二、收入决算情况说明', '三、支出决算情况说明',
         '四、财政拨款收入支出决算总体情况说明', '五、一般公共预算财政拨款支出决算情况说明', '六、“三公”经费支出决算情况说明', '七、其他重要事项的情况说明', '第三部分 附表'],
        ['一、部门基本情况', '二、部门决算情况', '（一）收支总体情况', '（二）收入情况', '（三）支出情况',
         '（四）财政拨款收支情况', '（五）一般公共预算财政拨款支出情况', '（六）“三公”经费支出情况', '（七）其他需要说明的情况', '三、决算公开表'],
        ['第一部分 单位概况', '第二部分 决算情况说明', '（一）收入支出决算总体情况', '（二）收入决算情况', '（三）支出决算情况',
         '（四）财政拨款收入支出决算情况', '（五）一般公共预算财政拨款支出决算情况', '（六）“三公”经费财政拨款支出决算情况', '（七）机关运行经费等其他情况说明', '第三部分 公开报表'],
    ])
    h = [x.format(Y=Y, bureau=bureau) for x in h]
    prov, ab = d['prov']
    pre = pick([
        f"根据{prov_full(prov)}财政厅关于做好{Y}年度部门决算公开工作的要求，现将{bureau}{Y}年度部门决算公开如下。",
        f"按照《{prov_full(prov)}部门决算公开操作规程》，{bureau}{Y}年度部门决算说明如下。",
        f"依据{prov_full(prov)}及{reg}财政局决算公开有关规定，现公开{bureau}{Y}年度部门决算。",
        f"为落实{prov_full(prov)}预决算公开工作部署，{bureau}公开{Y}年度部门决算情况。",
        f"根据{reg}财政局统一部署和{prov_full(prov)}财政厅有关文件精神，{bureau}编制并公开了{Y}年度部门决算。",
    ])
    body = [title, pre, h[0], intro + scope, h[1], h[2], tot + comp, h[3], inc, h[4], exp, h[5], fbal,
            h[6], gs + comp_b + fb + gsplit, h[7], sg + sg2 + sg3, h[8], run + pur + vehs + perf, h[9]] + tables
    if rng.random() < 0.3:
        body.insert(1, bureau)
    prose_idx = [i for i, ln in enumerate(body) if len(ln) > 60 and '，' in ln and '。' in ln]
    breaks = set(rng.sample(prose_idx, k=min(len(prose_idx), d['nbreaks'])))
    fname = pick([f"{title}.docx", f"{title}.pdf", f"{cty}{dept['bureau']}{Y}年度部门决算.doc"])
    lines = assemble(d['site'], fname, rng.randint(6, 24), body, breaks)
    return lines, detail, notes


# --------------------------------------------------------------------------
# plan
# --------------------------------------------------------------------------
SLIPS = ([('sum.breakdown', k) for k in 'ABC'] + [('rate.ratio', k) for k in 'ABC'] +
         [('balance.carryover', k) for k in 'ABC'] + [('grade.band', k) for k in 'AAB'] +
         [('score.total', k) for k in 'AAB'] + [('fact.conflict', k) for k in 'ABC'] +
         [('unit.magnitude', k) for k in 'AC'])
CLEANS = ['A'] * 9 + ['B'] * 4 + ['C'] * 7

BRIEF_TRAPS = {'partial', 'round', 'quannian', 'over100', 'renci', 'yuan', 'shares'}


def make_plan():
    items = [(f, k) for f, k in SLIPS] + [(None, k) for k in CLEANS]
    rng.shuffle(items)
    years = [2019, 2020, 2021, 2022, 2023, 2024]
    secs = list(SECTORS)
    rng.shuffle(secs)
    plan = []
    si = 0
    dept_cycle = []
    for i, (fam, kind) in enumerate(items):
        d = dict(id=f"t{i + 1:02d}", slip=fam, fam=fam, kind=kind)
        d['year'] = years[i % 6] if i < 36 else pick(years)
        d['county'], d['reg'] = county()
        d['prov'] = PROVS[(i * 7) % len(PROVS)]
        d['site'] = pick(list(SITES))
        d['nbreaks'] = pick([0, 1, 1, 2])
        d['table_pos'] = pick(['end', 'end', 'mid'])
        d['table_layout'] = rng.randint(0, 3)
        d['v'] = dict(src=rng.randint(0, 4), exec=rng.randint(0, 5), bal=rng.randint(0, 4), use=rng.randint(0, 4),
                      score=rng.randint(0, 4), grade=rng.randint(0, 4), rule=rng.randint(0, 4), s0=rng.randint(0, 4),
                      surv=rng.randint(0, 4), o100=rng.randint(0, 4), rest=rng.randint(0, 4), tot=rng.randint(0, 4),
                      sg=rng.randint(0, 4))
        d['ruleset'] = pick(['std4', 'std4', 'yx4', 'yb4', 'five', 'q75'])
        d['rule_shown'] = rng.random() < 0.7
        if kind == 'A':
            d['sec'] = secs[si % len(secs)]
            si += 1
            d['dept'] = d['sec']
        else:
            if not dept_cycle:
                dept_cycle.extend(rng.sample(SECTORS + DEPT_EXTRA, len(SECTORS + DEPT_EXTRA)))
            d['dept'] = dept_cycle.pop()
        d['scheme'] = pick(['exec4', 'ipoe'])
        # traps
        tr = set()
        if fam is None:
            opts = ['partial', 'round', 'over100', 'renci', 'yuan', 'quannian'] if kind == 'A' else \
                   ['over100', 'renci', 'quannian'] if kind == 'B' else ['over100', 'partial', 'shares']
            k = min(len(opts), rng.randint(3, 4))
            tr = set(rng.sample(opts, k))
            if kind == 'A' and 'renci' in tr and d['sec'].get('renci') is None:
                tr.discard('renci')
                tr.add(pick(['partial', 'round', 'yuan']))
        else:
            opts = ['partial', 'round', 'over100', 'renci', 'yuan', 'quannian'] if kind == 'A' else \
                   ['over100', 'renci'] if kind == 'B' else ['over100', 'partial', 'shares']
            tr = set(rng.sample(opts, rng.randint(1, 2)))
            if kind == 'A' and 'renci' in tr and d['sec'].get('renci') is None:
                tr.discard('renci')
        if kind == 'A' and rng.random() < 0.2 and fam != 'score.total':
            tr.add('nested')
        if fam == 'sum.breakdown' and kind == 'A':
            tr.discard('partial')
            d['v']['src'] = pick([0, 1, 2, 3])       # explicit exhaustive wording
            tr.add('carry')
        if fam == 'balance.carryover' and kind == 'A':
            tr.add('carry')
        if fam == 'rate.ratio' and kind == 'A':
            d['slip_site'] = pick(['exec', 'survey'])
        else:
            d['slip_site'] = None
        if fam == 'unit.magnitude':
            tr.discard('yuan')
        if fam == 'sum.breakdown' and kind == 'B':
            d['v']['src'] = pick([0, 1, 2, 3])
        d['traps'] = tr
        # score band
        if fam == 'grade.band':
            d['rule_shown'] = True
            gi = sum(1 for p in plan if p['fam'] == 'grade.band')
            d['ruleset'] = ['std4', 'yx4', 'five'][gi % 3]
            d['want_band'] = [(D('90.2'), D('96')), (D('82'), D('89.9')), (D('74'), D('79.8'))][gi % 3]
        elif fam is None and rng.random() < 0.3:
            d['want_band'] = (D('76'), D('89.5'))
            if kind in 'AB' and rng.random() < 0.5:
                d['ruleset'] = 'q75'
                d['rule_shown'] = True
                d['want_band'] = (D('76'), D('79.9'))
                tr.add('band75')
        else:
            d['want_band'] = (D('86'), D('99.6'))
        if d['ruleset'] == 'five' and d['rule_shown']:
            tr.add('five')
        if kind == 'B' and fam in ('grade.band', 'score.total') and d['scheme'] == 'ipoe' and rng.random() < 0.5:
            d['scheme'] = 'exec4'
        plan.append(d)
    return plan


def build(d):
    d = copy.deepcopy(d)
    rng.seed(f"{SEED}-{d['id']}")
    vrng.seed(f"{SEED}-v-{d['id']}")
    return {'A': build_A, 'B': build_B, 'C': build_C}[d['kind']](d)


def main():
    twins = None
    if '--twins' in sys.argv:
        twins = sys.argv[sys.argv.index('--twins') + 1]
        os.makedirs(twins, exist_ok=True)
    plan = make_plan()
    rows = []
    for d in plan:
        lines, detail, notes = build(d)
        assert 10 <= len(lines) <= 40, (d['id'], len(lines))
        with open(os.path.join(HERE, d['id'] + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        kind = {'A': '项目支出绩效自评报告', 'B': '部门整体支出绩效自评报告', 'C': '部门决算说明'}[d['kind']]
        if d['slip']:
            assert detail, d['id']
            rows.append((d['id'], d['slip'], f"[{kind}] {detail}"))
            if twins:
                t = dict(d, slip=None)
                tl, _, _ = build(t)
                with open(os.path.join(twins, d['id'] + '.txt'), 'w', encoding='utf-8') as f:
                    f.write('\n'.join(tl) + '\n')
        else:
            rows.append((d['id'], 'clean', f"[{kind}] traps: " + '; '.join(notes)))
    with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\texpected\tdetail\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


if __name__ == '__main__':
    main()
