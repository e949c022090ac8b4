#!/usr/bin/env python3
"""Independent verifier for the blind72 set.

Does NOT import gen.py.  It re-reads every tNN.txt, re-parses the figures with
regular expressions and re-computes every arithmetic relation it knows about
(sums of 其中/分别为 lists, rates, balances, count x standard, unit conversions,
repeated statements, score bands).  Each relation is tagged with the slip family
it would belong to if it failed.

Verdict per document (compared with expect.tsv):
  clean  -> no relation fails, and at least three trap features are detected;
  family -> exactly one relation fails and it is of that family.
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
N = r'(\d+(?:\.\d+)?)'


def dec(x):
    return D(x)


def places(s):
    return len(s.split('.')[1]) if '.' in s else 0


def q(x, p):
    return x.quantize(D(1).scaleb(-p), rounding=ROUND_HALF_UP)


def rate_ok(stated, num, den):
    """stated percentage (string) equals num/den*100 up to the stated precision"""
    true = D(num) * 100 / D(den)
    p = places(stated)
    return abs(D(stated) - true) <= D(5) * D(10) ** (-(p + 1)) + D('1e-9')


def first(pat, s, cast=dec):
    m = re.search(pat, s)
    return cast(m.group(1)) if m else None


class Doc:
    def __init__(self, tid, text):
        self.tid = tid
        self.text = text
        self.lines = [ln for ln in text.split('\n') if ln.strip()]
        self.sec = {}
        cur = 0
        for ln in self.lines:
            m = re.match(r'^([一二三四五])、', ln)
            if m:
                cur = '一二三四五'.index(m.group(1)) + 1
                continue
            self.sec.setdefault(cur, []).append(ln)
        self.results = []   # (family, ok, description)
        self.traps = set()

    def rel(self, fam, ok, desc):
        self.results.append((fam, bool(ok), desc))

    def lines_of(self, *secs):
        out = []
        for s in secs:
            out += self.sec.get(s, [])
        return out

    def grep(self, word, secs=None):
        src = self.lines if secs is None else self.lines_of(*secs)
        return [ln for ln in src if word in ln]


def is_table_row(ln):
    return ' | ' in ln or '\t' in ln


# ------------------------------------------------------------------ generic relations
LV_RE = re.compile(r'(中央和省级[^，、；。（）\d]*|中央[^，、；。（）\d]*|省级[^，、；。（）\d]*|市级[^，、；。（）\d]*|'
                   r'县级[^，、；。（）\d]*|县本级[^，、；。（）\d]*)(\d+(?:\.\d+)?)万元')
TOTAL_RE = re.compile(r'(?:资金总额|共下达|共到位|转下达|全年到位|到位|共安排|总投资|预算|合计|总计|共计|收到上级|下达资金|下达我县)[^\d，。；]{0,30}?(\d+(?:\.\d+)?)万元')


def total_of_sec1(doc):
    """all totals stated in section 一 (must agree) -> the total"""
    tots = []
    for ln in doc.lines_of(1):
        if is_table_row(ln):
            continue
        m = TOTAL_RE.search(ln)
        if m and '应安排' not in ln:
            tots.append(m.group(1))
        for m in re.finditer(r'共争取文物保护资金' + N + '万元', ln):
            tots.append(m.group(1))
    if tots:
        best = D(max(tots, key=places))
        agree = all(abs(D(t) - best) <= D(5) * D(10) ** (-(places(t) + 1)) for t in tots)
        if len({D(t) for t in tots}) > 1:
            doc.traps.add('round')
        doc.rel('fact.conflict', agree, f'section-1 totals agree {sorted(set(tots))}')
        return best
    return None


def check_levels(doc, T_doc):
    prev_total = None
    for ln in doc.lines:
        if is_table_row(ln):
            continue
        items = [(m.group(1), D(m.group(2)), m.start()) for m in LV_RE.finditer(ln)]
        m = TOTAL_RE.search(ln)
        tot = D(m.group(1)) if m else None
        tol = D(5) * D(10) ** (-(places(m.group(1)) + 1)) if m and places(m.group(1)) < 2 and '.' in m.group(1) else D(0)
        if not items:
            if tot is not None:
                prev_total = tot
            continue
        # the total must not itself be a level item
        if tot is not None and any(abs(m.start(1) - it[2]) < 40 and it[1] == tot for it in items):
            tot = None
        if tot is None and '上述资金' in ln:
            tot = prev_total
        if tot is None:
            tot = T_doc
        partial = (len(items) == 1 or re.search(r'万元等[。，]', ln) or '其余' in ln
                   or items[0][0].startswith('中央和省级'))
        parts = [it[1] for it in items]
        if partial:
            doc.traps.add('partial')
            doc.rel('sum.breakdown', sum(parts) < tot, f'partial level list {parts} < {tot}')
        else:
            doc.rel('sum.breakdown', abs(sum(parts) - tot) <= tol, f'levels {"+".join(map(str, parts))} = {tot}')
            if tol and sum(parts) != tot:
                doc.traps.add('round')
                doc.refined_T = sum(parts)
        if '已支出' in ln and '执行率' in ln:
            S = first(r'已支出' + N + '万元', ln)
            r = re.search(r'执行率' + N + '%', ln).group(1)
            doc.traps.add('trail')
            doc.rel('rate.ratio', rate_ok(r, S, tot), f'trail rate {r}% = {S}/{tot}')
        if tot is not None:
            prev_total = tot


BATCH_PART = re.compile(r'(第一批|第二批|提前批|清算资金|提前下达|追加下达)[^\d，、；。]{0,14}?(\d+(?:\.\d+)?)万元')


def check_batches(doc):
    for ln in doc.lines_of(1):
        if '批' not in ln and '追加下达' not in ln:
            continue
        if '分别为' in ln:
            seg = ln.split('分别为', 1)[1].split('总计')[0]
            parts = [D(x) for x in re.findall(N + '万元', seg)]
            tots = [D(x) for x in re.findall(r'总计' + N + '万元', ln)]
        else:
            parts = [D(m.group(2)) for m in BATCH_PART.finditer(ln)]
            tots = [D(x) for x in re.findall(r'(?:共下达[^\d]{0,20}?|共计|合计|全年到位资金|上级[^\d]{0,20}?资金)' + N + '万元', ln)]
        if len(parts) < 2 or not tots:
            continue
        if len(tots) >= 2:
            doc.traps.add('batch2')
        doc.rel('fact.conflict', len(set(tots)) == 1, f'batch totals agree {tots}')
        doc.rel('sum.breakdown', sum(parts) == tots[0], f'batches {parts} = {tots[0]}')
        if '拨付率' in ln:
            S = first(r'已拨付' + N + '万元', ln)
            r = first(r'拨付率' + N + '%', ln, str)
            doc.traps.add('trail')
            doc.rel('rate.ratio', rate_ok(r, S, tots[0]), f'batch trail rate {r} = {S}/{tots[0]}')


S_RE = r'(?:实际支出|执行数|已拨付资金|累计支付资金|全年支出|已完成支付|已支出)' + N + '万元'
RATE_RE = r'(?:执行率为|执行率|支出进度|占下达资金总额的|拨付率|支付率|占到位资金的)' + N + '%'
BAL_RE = r'(?:结余资金|结转资金|结余|结转|未支出)' + N + '(万元|元)'


def check_spending(doc, T_doc):
    S_all = []
    lastS = None
    for ln in doc.lines_of(2):
        if is_table_row(ln) or '具体为' in ln or '明细' in ln or '按用途' in ln or '按小区' in ln:
            continue
        if not re.search(r'执行率|支出进度|占下达资金|拨付率|支付率|占到位资金|结余|结转|未支出', ln):
            continue
        budget = None
        m = re.search(r'(?:调整为|调整后预算数|全年预算为)' + N + '万元', ln)
        if m:
            budget = D(m.group(1))
            t0 = first(r'年初预算(?:安排)?' + N + '万元', ln)
            doc.traps.add('adjbud')
            doc.rel('fact.conflict', budget == T_doc, f'adjusted budget {budget} = funding total {T_doc}')
            add = first(r'追加' + N + '万元', ln)
            if add is not None:
                doc.rel('sum.breakdown', t0 + add == budget, f'{t0}+{add}={budget}')
        elif '到位' in ln and '计划' in ln:
            P = first(r'(?:计划总投资|计划投资)' + N + '万元', ln)
            budget = first(r'(?:到位资金|实际到位)' + N + '万元', ln)
            r1 = first(r'到位率' + N + '%', ln, str)
            doc.traps.add('daowei')
            doc.rel('rate.ratio', rate_ok(r1, budget, P), f'到位率 {r1} = {budget}/{P}')
            doc.rel('fact.conflict', budget == T_doc, f'到位 {budget} = funding total {T_doc}')
        else:
            budget = first(r'(?:预算数|年度预算|可用资金|全年下达资金)' + N + '万元', ln)
            if budget is not None:
                doc.rel('fact.conflict', budget == T_doc, f'budget {budget} = funding total {T_doc}')
            else:
                budget = T_doc
        S = first(S_RE, ln)
        if S is None:
            S = first(r'项目资金' + N + '万元已全部支出', ln)
        if S is None:
            S = lastS
            if S is None:
                continue
        else:
            S_all.append(S)
            lastS = S
        r = first(RATE_RE, ln, str)
        if r is not None:
            doc.rel('rate.ratio', rate_ok(r, S, budget), f'rate {r}% = {S}/{budget}')
        m = re.search(BAL_RE, ln)
        if m:
            B, u = D(m.group(1)), m.group(2)
            if u == '元':
                doc.rel('unit.magnitude' if B == budget - S else 'balance.carryover', False,
                        f'balance {B}元 vs {budget}-{S}={budget - S}万元')
            else:
                doc.rel('balance.carryover', B == budget - S, f'balance {B} = {budget}-{S}')
        elif re.search(r'无结转结余|无结余|无结转', ln):
            doc.rel('balance.carryover', S == budget, f'no balance: {S} = {budget}')
    # every statement of 实际支出 in the document agrees (incl. spending quoted in section 一)
    for ln in doc.lines_of(1):
        for m in re.finditer(r'(?:已支出|已拨付|已完成支付)' + N + '万元', ln):
            S_all.append(D(m.group(1)))
    for ln in doc.lines:
        for m in re.finditer(r'全年实际支出' + N + '万元', ln):
            S_all.append(D(m.group(1)))
    if S_all:
        doc.rel('fact.conflict', len(set(S_all)) == 1, f'spending statements agree {sorted(set(S_all))}')
    return S_all[0] if S_all else None


def parse_table(doc, header_word):
    rows, on = [], False
    for ln in doc.lines:
        if is_table_row(ln):
            cells = [c.strip() for c in re.split(r' \| |\t', ln)]
            if header_word in cells[0]:
                on = True
                rows = []
                continue
            if on:
                rows.append(cells)
        elif on and rows:
            break
    return rows


def check_fund_table(doc):
    rows = parse_table(doc, '资金来源')
    if not rows:
        return None
    body, tot = rows[:-1], rows[-1]
    assert tot[0] == '合计'
    doc.traps.add('table')
    for r in body + [tot]:
        doc.rel('rate.ratio', rate_ok(r[3].rstrip('%'), D(r[2]), D(r[1])), f'table row {r[0]} {r[3]} = {r[2]}/{r[1]}')
    doc.rel('sum.breakdown', sum(D(r[1]) for r in body) == D(tot[1]), 'table budget column sum')
    doc.rel('sum.breakdown', sum(D(r[2]) for r in body) == D(tot[2]), 'table spent column sum')
    return D(tot[1]), D(tot[2])


def check_grade(doc):
    body = ' '.join(doc.lines_of(4))
    s = first(r'(?:自评得分|综合得分|总得分|合计)' + N + '分', body, str)
    if s is None:
        return
    m = re.search(r'(?:等级为|结果为|评定为|等级评定为)[“"]?(优秀|良好|中等|优|良|中|差)', body)
    g = {'优': 0, '优秀': 0, '良': 1, '良好': 1, '中': 2, '中等': 2, '差': 3}[m.group(1)]
    sc = D(s)
    band = 0 if sc >= 90 else 1 if sc >= 80 else 2 if sc >= 60 else 3
    doc.rel('grade.band', g == band, f'score {s} -> band {band}, stated {m.group(1)}')
    subs = re.findall(r'(项目决策|项目过程|项目产出|项目效益|资金管理|产出指标|效益指标|预算执行率|满意度指标)' + N + '分', body)
    if subs:
        doc.traps.add('subscore')
        doc.rel('sum.breakdown', sum(D(v) for _, v in subs) == sc, f'sub-scores {subs} = {s}')


# ------------------------------------------------------------------ sector relations
def sec_health(doc, T, S):
    ln = doc.grep('人均基本公共卫生服务经费补助标准')[0]
    std, P, amt = (first(r'标准为' + N + '元', ln), first(r'常住人口' + N + '人', ln), first(r'补助资金' + N + '万元', ln))
    doc.traps.add('std')
    doc.rel('count.mismatch', P * std / 10000 == amt, f'{P}x{std}={amt}')
    doc.rel('fact.conflict', amt == T, f'need {amt} = funds {T}')
    ln = doc.grep('建档')[0]
    Nn = first(r'(?:建档|电子健康档案)' + N + '(?:人|份)', ln)
    doc.rel('rate.ratio', rate_ok(first(r'建档率(?:达到)?' + N + '%', ln, str), Nn, P), 'record rate')
    ln = doc.grep('老年人健康管理率')[0]
    O, M = first(r'老年人' + N + '人', ln), first(r'健康管理' + N + '人', ln)
    r = first(r'健康管理率' + N + '%', ln, str)
    doc.rel('rate.ratio', rate_ok(r, M, O), f'elderly {r} = {M}/{O}')
    if '较上年' in ln:
        p0, d = first(r'较上年的' + N + '%', ln), first(r'提高' + N + '个百分点', ln)
        doc.traps.add('lastyr')
        doc.rel('rate.ratio', p0 + d == D(r), f'{p0}+{d}={r}')
    for ln in doc.grep('村卫生室'):
        if '占实际支出' in ln:
            v, r = first(r'村卫生室' + N + '万元', ln), first(r'的' + N + '%', ln, str)
            doc.traps.add('partial')
            doc.rel('rate.ratio', rate_ok(r, v, S), f'village {r} = {v}/{S}')


def sec_nutrition(doc, T, S):
    ln = doc.grep('受益学生')[0]
    k, k1, k2 = (first(r'全县' + N + '所', ln), first(r'小学' + N + '所', ln), first(r'初中' + N + '所', ln))
    n, n1, n2 = first(r'受益学生' + N + '人', ln), first(r'小学生' + N + '人', ln), first(r'初中生' + N + '人', ln)
    doc.rel('sum.breakdown', k1 + k2 == k, 'schools')
    doc.rel('sum.breakdown', n1 + n2 == n, 'students')
    ln = doc.grep('每生每天')[0]
    std, days, amt = first(r'每天' + N + '元', ln), first(N + '天', ln.split('元', 1)[1]), first(N + '万元', ln)
    doc.traps.add('std')
    doc.rel('count.mismatch', n * std * days / 10000 == amt, f'{n}x{std}x{days}={amt}')
    doc.rel('fact.conflict', amt == S, f'subsidy {amt} = spending {S}')
    n_std = first(N + '名学生', ln)
    if n_std is not None:
        doc.rel('fact.conflict', n_std == n, 'students in standard sentence')
    rows = parse_table(doc, '学段')
    if rows:
        body, tot = rows[:-1], rows[-1]
        doc.traps.add('table')
        for j in (1, 2, 3):
            doc.rel('sum.breakdown', sum(D(r[j]) for r in body) == D(tot[j]), f'school-stage table column {j}')
        doc.rel('fact.conflict', D(tot[1]) == k and D(tot[2]) == n and D(tot[3]) == amt, 'table totals = text')
        for r in body:
            doc.rel('count.mismatch', D(r[2]) * std * days / 10000 == D(r[3]), f'stage {r[0]}')
    for ln in doc.grep('元，学生实际受益'):
        y = first(r'补助' + N + '元', ln)
        doc.traps.add('unitmix')
        doc.rel('unit.magnitude', y / 10000 == amt, f'{y}元 = {amt}万元')
    for ln in doc.grep('食堂供餐率'):
        kk, r = first(r'食堂供餐学校' + N + '所', ln), first(r'供餐率' + N + '%', ln, str)
        doc.traps.add('partial')
        doc.rel('rate.ratio', rate_ok(r, kk, k), 'canteen rate')
    for ln in doc.grep('寄宿制学生'):
        doc.traps.add('overlap')


def sec_aid(doc, T, S):
    ln = doc.grep('全年资助普通高中学生')[0] if doc.grep('全年资助普通高中学生') else doc.grep('全年共资助')[0]
    sp, fa = first(r'春季学期(?:资助普通高中家庭经济困难学生)?' + N + '人', ln), first(r'秋季学期(?:资助)?' + N + '人', ln)
    rc = first(r'资助(?:普通高中学生)?' + N + '人次', ln)
    a1, a2 = first(r'一档' + N + '人次', ln), first(r'二档' + N + '人次', ln)
    gx = first(r'助学金' + N + '万元', ln)
    doc.traps.add('renci')
    doc.rel('sum.breakdown', sp + fa == rc, 'semesters -> 人次')
    doc.rel('sum.breakdown', a1 + a2 == rc, 'tiers -> 人次')
    st = doc.grep('每生每学期')[0]
    s1, s2 = first(r'一档每生每学期' + N + '元', st), first(r'二档每生每学期' + N + '元', st)
    doc.traps.add('std')
    doc.rel('count.mismatch', (a1 * s1 + a2 * s2) / 10000 == gx, f'{a1}x{s1}+{a2}x{s2}={gx}')
    ln = doc.grep('免学费政策')[0]
    m, zm = first(r'免学费政策' + N + '人', ln), first(r'补助' + N + '万元', ln)
    g, zg = first(r'助学金' + N + '人', ln), first(r'人、' + N + '万元', ln)
    doc.rel('count.mismatch', m * 2000 / 10000 == zm, 'free tuition')
    doc.rel('count.mismatch', g * 2000 / 10000 == zg, 'vocational grant')
    doc.rel('sum.breakdown', gx + zm + zg == S, f'programmes {gx}+{zm}+{zg} = spending {S}')
    ms = [D(x) for x in re.findall(r'(?:免学费政策|免学费学生)' + N + '人', doc.text)]
    doc.rel('fact.conflict', len(set(ms)) == 1, f'free-tuition count statements {ms}')
    for ln in doc.grep('助学金', secs=[3]):
        y = first(r'助学金' + N + '元已', ln)
        if y is not None:
            doc.traps.add('unitmix')
            doc.rel('unit.magnitude', y / 10000 == gx, f'{y}元={gx}万元')
    if doc.grep('脱贫家庭学生'):
        doc.traps.add('overlap')


def sec_farmland(doc, T, S):
    ln = doc.grep('核实耕地地力保护补贴面积')[0]
    A, h, rt, amt = (first(r'面积' + N + '亩', ln), first(r'农户' + N + '户', ln), first(r'每亩' + N + '元', ln),
                     first(r'资金' + N + '万元', ln))
    doc.traps.add('std')
    doc.rel('count.mismatch', abs(A * rt / 10000 - amt) <= D('0.005'), f'{A}x{rt}={A * rt / 10000} ~ {amt}')
    doc.rel('fact.conflict', amt == S, 'payout = spending')
    for ln in doc.grep('一卡通'):
        y = first(r'共计' + N + '元', ln)
        if y is not None:
            doc.traps.add('unitmix')
            doc.rel('unit.magnitude', q(y / 10000, 2) == amt and abs(y - A * rt) <= D('0.005'), f'{y}元 ~ {amt}万元')
    for ln in doc.grep('较上年'):
        a0, da = first(r'较上年的' + N + '亩', ln), first(r'减少' + N + '亩', ln)
        doc.traps.add('lastyr')
        doc.rel('sum.breakdown', a0 - da == A, 'area vs last year')
    for ln in doc.grep('新型经营主体'):
        xh, ya = first(N + '户', ln), first(N + '亩', ln)
        doc.traps.add('partial')
        doc.rel('sum.breakdown', xh < h and ya < A, 'subset')
    ln = doc.grep('满意度调查问卷')[0]
    n, mm, kk, r = (first(r'问卷' + N + '份', ln), first(r'有效问卷' + N + '份', ln), first(r'满意' + N + '份', ln),
                    first(r'满意度' + N + '%', ln, str))
    doc.traps.add('denom')
    doc.rel('rate.ratio', rate_ok(r, kk, mm), f'satisfaction {r} = {kk}/{mm}')
    rows = parse_table(doc, '乡镇')
    if rows:
        body, tot = rows[:-1], rows[-1]
        doc.traps.add('table')
        doc.rel('sum.breakdown', sum(D(r[1]) for r in body) == D(tot[1]) == A, 'town areas')
        ssum = sum(D(r[2]) for r in body)
        doc.rel('sum.breakdown', abs(ssum - D(tot[2])) <= D('0.005') * len(body) and D(tot[2]) == amt, 'town money (rounding)')
        if ssum != D(tot[2]):
            doc.traps.add('round')
        for r in body:
            doc.rel('count.mismatch', q(D(r[1]) * rt / 10000, 2) == D(r[2]), f'town {r[0]}')
            if D(r[1]) == 0:
                doc.traps.add('town0')


def sec_hsfarm(doc, T, S):
    tb = check_fund_table(doc)
    if tb:
        doc.rel('fact.conflict', tb[0] == T and (S is None or tb[1] == S), 'table totals vs text')
    X = first(r'建成高标准农田' + N + '亩', doc.text)
    task = first(r'高标准农田建设任务' + N + '亩', doc.text)
    plans = [D(x) for x in re.findall(r'计划建设任务' + N + '亩', doc.text)]
    doc.rel('fact.conflict', (task == X and not plans) or (plans and task == plans[0]), f'task {task} vs plan {plans} / built {X}')
    for ln in doc.grep('完成率'):
        if '计划建设任务' in ln:
            plan, r = first(r'任务' + N + '亩', ln), first(r'完成率' + N + '%', ln, str)
            doc.traps.add('over100')
            doc.rel('rate.ratio', rate_ok(r, X, plan), f'{r} = {X}/{plan}')
    doc.traps.add('partial')
    for ln in doc.grep('累计建成'):
        w = first(r'含本年度' + N + '万亩', ln)
        doc.traps.add('cumul')
        doc.rel('unit.magnitude', w * 10000 == X, f'{w}万亩 = {X}亩')


def sec_river(doc, T, S):
    ln = doc.grep('标段')[0]
    nb, done, r = first(r'分' + N + '个标段', ln), first(r'已完工' + N + '个', ln), first(r'完工率' + N + '%', ln, str)
    doc.rel('rate.ratio', rate_ok(r, done, nb), 'sections')
    L = first(r'治理长度' + N + '公里', doc.text)
    a = first(r'新建堤防' + N + '公里', doc.text)
    doc.traps.add('partial')
    doc.rel('sum.breakdown', a < L, 'levee part < length')
    for ln in doc.grep('累计完成中小河流治理'):
        doc.traps.add('cumul')
        doc.rel('sum.breakdown', first(r'治理' + N + '公里', ln) > L, 'cumulative > current')


def sec_water(doc, T, S):
    for ln in doc.grep('管网维修改造'):
        if is_table_row(ln):
            continue
        parts = [D(x) for x in re.findall(r'(?:管网维修改造|水源工程维护|净化消毒设备购置|水质检测)' + N + '万元', ln)]
        doc.rel('sum.breakdown', sum(parts) == S, f'uses {parts} = {S}')
        t = first(r'合计' + N + '万元', ln)
        if t is not None:
            doc.rel('fact.conflict', t == S, 'uses total = spending')
    rows = parse_table(doc, '支出内容')
    if rows:
        body, tot = rows[:-1], rows[-1]
        doc.traps.add('table')
        doc.rel('sum.breakdown', sum(D(r[1]) for r in body) == D(tot[1]), 'use table sum')
        doc.rel('fact.conflict', D(tot[1]) == S, 'use table total = spending')
        for r in body:
            doc.rel('rate.ratio', rate_ok(r[2].rstrip('%'), D(r[1]), S), f'share {r}')
        ps = sum(D(r[2].rstrip('%')) for r in body)
        doc.rel('rate.ratio', abs(ps - 100) <= D('0.005') * len(body), f'shares add to ~100 ({ps})')
        if ps != 100:
            doc.traps.add('round')
    for ln in doc.grep('计划维修养护'):
        plan, k, r = first(r'供水工程' + N + '处', ln), first(r'实际完成' + N + '处', ln), first(r'完成率' + N + '%', ln, str)
        doc.traps.add('over100')
        doc.rel('rate.ratio', rate_ok(r, k, plan), f'{r} = {k}/{plan}')
    for ln in doc.grep('千吨万人'):
        doc.traps.add('partial')
    ln = doc.grep('集中供水覆盖')[0]
    P, C, Z = first(r'农村人口' + N + '人', ln), first(r'覆盖' + N + '人', ln), first(r'入户' + N + '人', ln)
    r1, r2 = first(r'集中供水率' + N + '%', ln, str), first(r'普及率' + N + '%', ln, str)
    doc.rel('rate.ratio', rate_ok(r1, C, P), f'coverage {r1} = {C}/{P}')
    doc.rel('rate.ratio', rate_ok(r2, Z, P), f'tap {r2} = {Z}/{P}')
    if '较上年' in ln:
        p0, d = first(r'较上年的' + N + '%', ln), first(r'提高' + N + '个百分点', ln)
        doc.traps.add('lastyr')
        doc.rel('rate.ratio', p0 + d == D(r2), 'last year + delta')
    ln = doc.grep('检测水样')[0]
    w, g, r = first(r'水样' + N + '份', ln), first(r'合格' + N + '份', ln), first(r'达标率' + N + '%', ln, str)
    doc.rel('rate.ratio', rate_ok(r, g, w), 'water quality')


def sec_road(doc, T, S):
    ln = doc.grep('补助标准')[0]
    s1, s2, s3 = (first(r'县乡道每公里' + N, ln), first(r'村道每公里' + N, ln), first(r'每座' + N, ln))
    Z = first(r'车购税资金' + N + '万元', ln)
    ln3 = doc.grep('其中县乡道')[0]
    tot, a, b, kb = (first(r'新改建' + N + '公里', ln3), first(r'县乡道' + N + '公里', ln3), first(r'村道' + N + '公里', ln3),
                     first(r'危桥' + N + '座', ln3))
    doc.traps.add('std')
    doc.rel('count.mismatch', a * s1 + b * s2 + kb * s3 == Z, f'{a}x{s1}+{b}x{s2}+{kb}x{s3}={Z}')
    doc.rel('sum.breakdown', a + b == tot, 'road km')
    plan_km = first(r'计划新改建农村公路' + N + '公里', doc.text)
    doc.rel('fact.conflict', plan_km == tot, 'planned = built km')
    doc.rel('fact.conflict', first(r'改造危桥' + N + '座', doc.text) == kb, 'planned = built bridges')
    tb = check_fund_table(doc)
    doc.rel('fact.conflict', tb[0] == T, 'table total = funding')
    bal = first(r'结余资金' + N + '万元', doc.text)
    doc.rel('balance.carryover', bal == tb[0] - tb[1], f'balance {bal} = {tb[0]}-{tb[1]}')
    for ln in doc.grep('支付进度'):
        doc.traps.add('trail')
        s, r = first(r'已完成支付' + N + '万元', ln), first(r'支付进度' + N + '%', ln, str)
        doc.rel('fact.conflict', s == tb[1], 'trail spending = table')
        doc.rel('rate.ratio', rate_ok(r, s, T), 'trail progress')
    for ln in doc.grep('水泥混凝土路面'):
        doc.traps.add('partial')
        doc.rel('sum.breakdown', first(N + '公里', ln) < tot, 'cement subset')
    ln = doc.grep('优良中等路率')[0]
    TL, g, r = first(r'总里程' + N + '公里', ln), first(r'优良中等路' + N + '公里', ln), first(r'路率' + N + '%', ln, str)
    doc.rel('rate.ratio', rate_ok(r, g, TL), 'good-road rate')


def sec_dibao(doc, T, S):
    ln = [x for x in doc.grep('发放低保金') if '其中城市低保金' in x][0]
    amt = first(r'发放低保金' + N + '万元', ln)
    m1 = re.search(r'城市低保金' + N + '(万元|元)', ln)
    a1, u1 = D(m1.group(1)), m1.group(2)
    a2 = first(r'农村低保金' + N + '万元', ln)
    doc.rel('fact.conflict', amt == S, 'payout = spending')
    if u1 == '万元':
        doc.rel('sum.breakdown', a1 + a2 == amt, f'{a1}+{a2}={amt}')
    else:
        doc.rel('unit.magnitude' if a1 + a2 == amt else 'sum.breakdown', False, f'城市低保金 {a1}元 (+{a2} vs {amt})')
    st = doc.grep('保障标准分别为')[0]
    doc.traps.add('std')
    if '较上年' in st:
        s1, s2 = first(r'城市每人每月' + N + '元', st), first(r'农村每人每年' + N + '元', st)
        p1, p2 = [D(x) for x in re.findall(r'较上年的' + N + '元、' + N + '元', st)[0]]
        d1, d2 = [D(x) for x in re.findall(r'提高' + N + '元和' + N + '元', st)[0]]
        doc.traps.add('lastyr')
        doc.rel('sum.breakdown', p1 + d1 == s1 and p2 + d2 == s2, 'standards vs last year')
    for ln in doc.grep('农村低保金', secs=[3]):
        y = first(r'农村低保金' + N + '元已', ln)
        if y is not None:
            doc.traps.add('unitmix')
            doc.rel('unit.magnitude', y / 10000 == a2, f'{y}元={a2}万元')
    for ln in doc.grep('亿元'):
        y = first(N + '亿元', ln, str)
        doc.traps.add('unitmix')
        doc.rel('unit.magnitude', q(amt / 10000, places(y)) == D(y), f'{y}亿元 ~ {amt}万元')
    if doc.grep('保障对象中'):
        doc.traps.add('overlap')


def sec_relief(doc, T, S):
    ln = doc.grep('急难型')[0]
    n, m = first(r'(?:临时救助|困难群众)' + N + '人', ln), first(N + '人次', ln)
    a, b = first(r'急难型(?:临时救助)?' + N + '人次', ln), first(r'支出型(?:临时救助)?' + N + '人次', ln)
    A = first(r'(?:救助资金|临时救助金)' + N + '万元', ln)
    avg = first(r'救助(?:水平)?' + N + '元', ln, str)
    doc.traps.add('renci')
    doc.rel('sum.breakdown', a + b == m, f'{a}+{b}={m}人次')
    doc.rel('rate.ratio', rate_ok(avg, A * 10000 / 100, m), f'avg {avg} = {A}万/{m}')  # percent helper reused
    ln2 = doc.grep('特困供养人员')[0]
    tot, x, y = first(r'特困供养人员' + N + '人', ln2), first(r'集中供养' + N + '人', ln2), first(r'分散供养' + N + '人', ln2)
    sst, TK = first(r'每人每月' + N + '元', ln2), first(r'供养资金' + N + '万元', ln2)
    bl, care = first(r'基本生活费' + N + '万元', ln2), first(r'照料护理补贴' + N + '万元', ln2)
    doc.traps.add('std')
    doc.rel('sum.breakdown', x + y == tot, 'special hardship persons')
    doc.rel('count.mismatch', tot * sst * 12 / 10000 == bl, f'{tot}x{sst}x12={bl}')
    doc.rel('sum.breakdown', bl + care == TK, 'special hardship money')
    sp = doc.grep('其中临时救助支出')[0]
    A2, TK2 = first(r'临时救助支出' + N + '万元', sp), first(r'供养支出' + N + '万元', sp)
    doc.rel('sum.breakdown', A2 + TK2 == S, f'{A2}+{TK2}={S}')
    doc.rel('fact.conflict', A2 == A and TK2 == TK, 'section 2 vs section 3 amounts')
    ms = [D(x) for x in re.findall(N + '人次临时救助', doc.text)] + [m]
    doc.rel('fact.conflict', len(set(ms)) == 1, f'人次 statements {ms}')
    if doc.grep('临时救助对象中'):
        doc.traps.add('overlap')


def sec_employ(doc, T, S):
    rows = parse_table(doc, '支出项目')
    if rows:
        doc.traps.add('table')
        body, tot = rows[:-1], rows[-1]
        parts = [D(r[2]) for r in body]
        doc.rel('sum.breakdown', sum(parts) == D(tot[2]), 'table sum')
        doc.rel('fact.conflict', D(tot[2]) == S, 'table total = spending')
        cc = first(N + '户', [r for r in body if r[0] == '一次性创业补贴'][0][1])
        kk_t = first(N + '人', [r for r in body if r[0] == '求职创业补贴'][0][1])
    else:
        ln = [x for x in doc.grep('具体为') if '全年实际支出' in x][0]
        parts = [D(x) for x in re.findall(r'补贴' + N + '万元', ln)]
        doc.rel('sum.breakdown', sum(parts) == S, f'uses {parts} = {S}')
    ln = doc.grep('一次性创业补贴', secs=[3])[0]
    c, a4 = first(r'创业补贴' + N + '户', ln), first(r'共计' + N + '万元', ln)
    kk = first(r'向' + N + '名', ln)
    doc.traps.add('std')
    doc.rel('count.mismatch', c * 5000 / 10000 == a4, f'{c}x5000={a4}')
    doc.rel('fact.conflict', a4 == parts[3], 'startup amount sec2 vs sec3')
    doc.rel('count.mismatch', kk * 1000 / 10000 == parts[4], 'job-seeking subsidy')
    tr = doc.grep('职业技能培训')[0]
    t = first(r'培训' + N + '人次', tr)
    doc.traps.add('renci')
    if rows:
        doc.rel('fact.conflict', first(N + '人次', body[0][1]) == t and cc == c and kk_t == kk, 'table counts vs text')
    for ln in doc.grep('完成年度目标任务'):
        e, plan, r = first(r'新增就业' + N + '人', ln), first(r'任务' + N + '人', ln), first(r'的' + N + '%', ln, str)
        doc.traps.add('over100')
        doc.rel('rate.ratio', rate_ok(r, e, plan), f'{r} = {e}/{plan}')


def sec_relic(doc, T, S):
    ln = doc.grep('共实施文物保护项目')[0]
    k = first(r'项目' + N + '个', ln)
    items = re.findall(r'（\d+）[^；。]*?' + N + '万元', ln)
    doc.rel('count.mismatch', len(items) == k, f'claimed {k}, listed {len(items)}')
    doc.rel('sum.breakdown', sum(D(x) for x in items) == T, 'projects sum = total')
    doc.traps.add('partial')


def sec_oldhouse(doc, T, S):
    ln = doc.grep('全年完成改造老旧小区')[0]
    k, h = first(r'小区' + N + '个', ln), first(N + '户', ln)
    hs = [D(x) for x in re.findall(N + '户居民', doc.text)] + [h]
    plan = first(r'计划改造城镇老旧小区' + N + '个', doc.text)
    doc.rel('fact.conflict', plan == k, 'planned = done estates')
    b1, b2 = first(r'涉及楼栋' + N + '栋', doc.text), first(r'个、' + N + '栋', ln)
    doc.rel('fact.conflict', b1 == b2, 'buildings plan vs done')
    hs.append(first(r'栋、居民' + N + '户', doc.text))
    doc.rel('fact.conflict', len(set(hs)) == 1, f'household statements {hs}')
    for ln in doc.grep('累计改造'):
        K, H = first(r'老旧小区' + N + '个', ln), first(r'居民' + N + '户', ln)
        k2, h2 = [D(x) for x in re.findall(r'改造' + N + '个、' + N + '户', ln)[0]]
        doc.traps.add('cumul')
        doc.rel('fact.conflict', k2 == k and h2 == h and K > k and H > h, 'cumulative vs current')
    for ln in doc.grep('上述资金中'):
        parts = [D(x) for x in re.findall(N + '万元', ln)]
        doc.rel('sum.breakdown', sum(parts) == T, 'levels of 上述资金')
    for ln in doc.grep('按小区划分'):
        seg = ln.split('分别为：', 1)[1].split('，合计')[0]
        parts = [D(x) for x in re.findall(N + '万元', seg)]
        tot = first(r'合计' + N + '万元', ln)
        doc.rel('sum.breakdown', abs(sum(parts) - tot) <= D('0.005') * len(parts) and tot == T, 'estates (rounding)')
        if sum(parts) != tot:
            doc.traps.add('round')


def sec_forest(doc, T, S):
    ln = doc.grep('选聘生态护林员')[0]
    n, A, per = first(r'护林员' + N + '人', ln), first(r'面积' + N + '万亩', ln), first(r'人均管护' + N + '亩', ln)
    doc.rel('rate.ratio', q(A * 10000 / n, 0) == per, 'area per ranger')
    ln = doc.grep('劳务补助标准')[0]
    std = first(r'每人每年' + N + '元', ln)
    m = re.search(r'劳务补助' + N + '(万元|元)。', ln)
    amt, u = D(m.group(1)), m.group(2)
    doc.traps.add('std')
    if u == '万元':
        doc.rel('count.mismatch', n * std / 10000 == amt, f'{n}x{std}={amt}')
        doc.rel('fact.conflict', amt == S, 'payout = spending')
    else:
        doc.rel('unit.magnitude' if n * std / 10000 == amt else 'count.mismatch', False, f'{amt}元 vs {n}x{std}')
    for ln in doc.grep('个乡镇，分别为'):
        c = first(r'全县' + N + '个乡镇', ln)
        items = re.findall(r'[乡镇]' + N + '人', ln.split('分别为', 1)[1])
        doc.rel('count.mismatch', len(items) == c, f'claimed {c} towns, listed {len(items)}')
        doc.rel('sum.breakdown', sum(D(x) for x in items) == n, 'rangers by town')
        if '0' in items:
            doc.traps.add('town0')
    for ln in doc.grep('较上年的'):
        n0, d = first(r'较上年的' + N + '人', ln), first(r'增加' + N + '人', ln)
        doc.traps.add('lastyr')
        doc.rel('sum.breakdown', n0 + d == n, 'last year + increase')
    if doc.grep('脱贫人口') and doc.grep('低保对象'):
        doc.traps.add('overlap')


def sec_medaid(doc, T, S):
    ln = doc.grep('资助金额')[0]
    tot = tot_ = first(r'医疗保险' + N + '人', ln)
    trip = re.findall(r'(?:特困人员|低保对象|防止返贫监测对象)' + N + '人（[^）]*?每人' + N + '元）', ln)
    Z = first(r'资助金额' + N + '万元', ln)
    doc.traps.add('std')
    doc.rel('sum.breakdown', sum(D(a) for a, _ in trip) == tot, 'insured persons')
    doc.rel('count.mismatch', sum(D(a) * D(b) for a, b in trip) / 10000 == Z, 'contribution subsidy')
    ln = doc.grep('住院救助')[0]
    m1, m2, u = first(r'住院救助' + N + '人次', ln), first(r'门诊救助' + N + '人次', ln), first(r'共救助' + N + '人', ln)
    b, b1, b2 = first(r'直接救助资金' + N + '万元', ln), first(r'住院救助' + N + '万元', ln), first(r'门诊救助' + N + '万元', ln)
    doc.traps.add('renci')
    doc.rel('sum.breakdown', b1 + b2 == b, 'direct aid split')
    doc.rel('sum.breakdown', Z + b == S, f'{Z}+{b} = spending {S}')
    rows = parse_table(doc, '资助类别')
    if rows:
        body, tot = rows[:-1], rows[-1]
        doc.traps.add('table')
        doc.rel('sum.breakdown', sum(D(r[1]) for r in body) == D(tot[1]) == tot_, 'category persons')
        for r in body:
            doc.rel('count.mismatch', q(D(r[1]) * D(r[2]) / 10000, 2) == D(r[3]), f'category {r[0]}')
        ms = sum(D(r[3]) for r in body)
        doc.rel('sum.breakdown', abs(ms - D(tot[3])) <= D('0.005') * len(body) and D(tot[3]) == Z, 'category money (rounding)')
        if ms != D(tot[3]):
            doc.traps.add('round')
    for ln in doc.grep('资助参保资金'):
        y = first(r'资金' + N + '元', ln)
        doc.traps.add('unitmix')
        doc.rel('unit.magnitude', y / 10000 == Z, 'yuan = wan')
    if doc.grep('直接救助对象中'):
        doc.traps.add('overlap')


SECTOR_KEYS = [('基本公共卫生', sec_health), ('营养改善', sec_nutrition), ('助学金', sec_aid), ('耕地地力', sec_farmland),
               ('高标准农田', sec_hsfarm), ('中小河流', sec_river), ('供水工程', sec_water), ('农村公路', sec_road),
               ('最低生活保障', sec_dibao), ('临时救助', sec_relief), ('就业补助', sec_employ), ('文物保护', sec_relic),
               ('老旧小区', sec_oldhouse), ('护林员', sec_forest), ('医疗救助', sec_medaid)]


def detect_traps(doc):
    t = doc.text
    if re.search(r'人次', t) and re.search(r'\d人[，、（]', t):
        doc.traps.add('renci')
    if re.search(r'较上年', t):
        doc.traps.add('lastyr')
    if re.search(r'累计', t) and re.search(r'其中(?:本年度|20\d\d年)', t):
        doc.traps.add('cumul')
    for r in re.findall(N + '%', t):
        if D(r) > 100:
            doc.traps.add('over100')
    if re.search(r'(?:0个|0处|0件|无违规资金)[^。]*100%|未收到群众投诉[^。]*100%|未发现问题[^。]*100%', t):
        doc.traps.add('zero0')
    if re.search(r'\d{6,}元', t):
        doc.traps.add('unitmix')


def run(tid, text):
    doc = Doc(tid, text)
    T = total_of_sec1(doc)
    doc.refined_T = None
    check_levels(doc, T)
    if doc.refined_T is not None and abs(doc.refined_T - T) < D('0.05'):
        T = doc.refined_T   # total was stated with fewer decimals than its parts
    check_batches(doc)
    S = check_spending(doc, T)
    check_grade(doc)
    fn = None
    for key, f in SECTOR_KEYS:
        if key in text:
            fn = f
            break
    assert fn, tid
    fn(doc, T, S)
    detect_traps(doc)
    return doc


def main():
    exp = {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as f:
        next(f)
        for ln in f:
            tid, e, _ = ln.rstrip('\n').split('\t')
            exp[tid] = e
    bad = 0
    for tid in sorted(exp):
        text = open(os.path.join(HERE, tid + '.txt'), encoding='utf-8').read()
        nl = len(text.rstrip('\n').split('\n'))
        try:
            doc = run(tid, text)
        except Exception as e:  # a parse failure is a failure of the set
            print(f'{tid} PARSE-ERROR {type(e).__name__}: {e}')
            bad += 1
            continue
        fails = [(f, d) for f, ok, d in doc.results if not ok]
        e = exp[tid]
        if e == 'clean':
            ok = not fails and len(doc.traps) >= 3
        else:
            ok = len(fails) == 1 and fails[0][0] == e
        ok = ok and 8 <= nl <= 30
        bad += not ok
        tag = 'OK ' if ok else 'BAD'
        info = '; '.join(f'{f}: {d}' for f, d in fails) if fails else f'traps={",".join(sorted(doc.traps))}'
        print(f'{tag} {tid} {e:18s} lines={nl:2d} relations={len(doc.results):2d} {info}')
    print(f'\n{len(exp) - bad}/{len(exp)} documents agree with expect.tsv')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
