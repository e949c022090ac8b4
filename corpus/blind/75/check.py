#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check.py -- independent re-check of the blind75 set.

Reads only t*.txt and expect.tsv (never imports gen.py / pools.py).
For every document it parses the 绩效自评表 in whichever of the four
layouts it is written (" | ", tab, runs of spaces, one cell per line),
parses the prose, recomputes every relation it can find, and lists the
inconsistencies it sees, each tagged with a slip family.

A slip document passes when its expected family is found and no other
family is; a clean document passes when nothing is found and at least
three traps are recognised in it.
Usage:  python3 check.py [-v] [dir]
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HUND = D(100)
LABELS = [('total', r'年度资金总额'), ('cur', r'当年财政拨款'), ('carry', r'上年结转'), ('other', r'其他资金')]
L1SET = {'产出指标', '成本指标', '效益指标', '满意度指标'}
L2SET = {'数量指标', '质量指标', '时效指标', '经济成本指标', '社会成本指标', '生态环境成本指标', '社会效益指标',
         '经济效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'}
EMPTY = {'', '—', '/', '-', '－', '无'}
CNUM = {'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}
QUAL_RANK = {'差': 0, '一般': 1, '较好': 2, '良好': 2, '好': 3}
AMT_RE = re.compile(r'([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万元|元)(?![/／])')
PCT_RE = re.compile(r'([0-9]+(?:\.[0-9]+)?)%')
ITEM_RE = r'^([0-9]{1,2}(?:、|\.(?![0-9]))|（[0-9]{1,2}）)'
REASON_WORDS = re.compile(r'原因|因|主要是|偏差|受|由于')


def dec(s):
    return D(s.replace(',', ''))


def half_unit(s):
    """half of the last shown decimal place of numeric string s"""
    s = s.strip().rstrip('%')
    if '.' in s:
        return D(1).scaleb(-len(s.split('.')[1])) / 2
    return D('0.5')


def cn_or_int(s):
    if s.isdigit():
        return int(s)
    if s in CNUM:
        return CNUM[s]
    if len(s) == 2 and s[0] == '十':
        return 10 + CNUM[s[1]]
    if len(s) == 2 and s[1] == '十':
        return CNUM[s[0]] * 10
    return None


def q2(x):
    return x.quantize(D('0.01'), rounding=ROUND_HALF_UP)


def is_num(s):
    return re.fullmatch(r'-?[0-9]+(?:\.[0-9]+)?', s.strip()) is not None


def cellnum(s):
    s = (s or '').strip()
    if s in EMPTY:
        return None
    m = re.fullmatch(r'([0-9][0-9,]*(?:\.[0-9]+)?)%?', s)
    return dec(m.group(1)) if m else None


# ------------------------------------------------------------------ table parsing
def detect_layout(lines):
    for ln in lines:
        if '年初预算数' in ln and '全年执行数' in ln or ln.strip() == '年初预算数':
            if '|' in ln:
                return 'pipe'
            if '\t' in ln:
                return 'tab'
            if ln.strip() == '年初预算数':
                return 'lines'
            if re.search(r'\S {2,}\S', ln):
                return 'spaces'
    return 'none'


def split_cells(ln, layout):
    if layout == 'pipe':
        s = ln.rstrip()
        if s.startswith('|') and s.endswith('|'):      # bordered row
            s = s[1:-1]
        return [c.strip() for c in s.split('|')]
    if layout == 'tab':
        return [c.strip() for c in ln.split('\t')]
    return re.split(r'\s{2,}', ln.strip())


def label_of(cell):
    for key, pat in LABELS:
        if re.search(pat, cell):
            return key
    return None


def parse_rows_layout(lines, layout):
    """returns table dict and (start, end) line index range of the table"""
    t = dict(budget={}, inds=[], total=None, layout=layout)
    hb = next(i for i, ln in enumerate(lines) if '年初预算数' in split_cells(ln, layout))
    start = hb
    if hb > 0 and lines[hb - 1].startswith('主管部门'):
        start = hb - 2
    i = hb + 1
    while i < len(lines):
        cells = split_cells(lines[i], layout)
        if any('三级指标' in c for c in cells) or any(c == '年度总体目标' for c in cells):
            break
        li = next((k for k, c in enumerate(cells) if label_of(c)), None)
        if li is not None:
            vals = cells[li + 1:] + [''] * 6
            t['budget'][label_of(cells[li])] = dict(a0=vals[0], a=vals[1], e=vals[2], w=vals[3], r=vals[4], s=vals[5])
        i += 1
    while i < len(lines) and not any('三级指标' in c for c in split_cells(lines[i], layout)):
        i += 1
    hdr = split_cells(lines[i], layout)
    off = hdr.index('一级指标') if '一级指标' in hdr else 0
    i += 1
    prev1 = prev2 = ''
    while i < len(lines):
        cells = split_cells(lines[i], layout)
        nonempty = [c for c in cells if c]
        if nonempty and nonempty[0] == '总分':
            nums = [cellnum(c) for c in nonempty[1:] if cellnum(c) is not None]
            t['total'] = dict(w=nums[0], s=nums[1], s_str=[c for c in nonempty[1:] if cellnum(c) is not None][1])
            break
        cells = cells[off:] + [''] * 8
        l1 = cells[0] if cells[0] not in EMPTY else prev1
        l2 = cells[1] if cells[1] not in EMPTY else prev2
        prev1, prev2 = l1, l2
        t['inds'].append(dict(l1=l1, l2=l2, name=cells[2], tv=cells[3], av=cells[4], w=cells[5], s=cells[6],
                              reason=cells[7] if cells[7] not in EMPTY else ''))
        i += 1
    return t, (start, i)


def parse_lines_layout(lines):
    t = dict(budget={}, inds=[], total=None, layout='lines')
    hb = next(i for i, ln in enumerate(lines) if ln.strip() == '年初预算数')
    start = hb - 1
    i = hb
    while lines[i].strip() != '得分':
        i += 1
    i += 1
    cur = None
    vals = {}
    order = []
    while lines[i].strip() not in ('一级指标', '年度总体目标'):
        s = lines[i].strip()
        lab = label_of(s)
        if lab:
            cur = lab
            vals[cur] = []
            order.append(cur)
        elif cur and s not in EMPTY:
            vals[cur].append(s)
        i += 1
    for k, v in vals.items():
        if k == 'total':
            v = v + [''] * 6
            t['budget'][k] = dict(a0=v[0], a=v[1], e=v[2], w=v[3], r=v[4], s=v[5])
        else:
            amts = [x for x in v if '%' not in x] + ['', '', '']
            rates = [x for x in v if '%' in x]
            t['budget'][k] = dict(a0=amts[0], a=amts[1], e=amts[2], w='', r=rates[0] if rates else '', s='')
    while lines[i].strip() != '偏差原因分析及改进措施':
        i += 1
    i += 1
    toks = []
    while lines[i].strip() != '总分':
        toks.append(lines[i].strip())
        i += 1
    tot = [lines[i + 1].strip(), lines[i + 2].strip()]
    t['total'] = dict(w=dec(tot[0]), s=dec(tot[1]), s_str=tot[1])
    end = i + 2
    l1 = l2 = ''
    k = 0
    while k < len(toks):
        x = toks[k]
        if x in L1SET:
            l1 = x
            k += 1
            continue
        if x in L2SET:
            l2 = x
            k += 1
            continue
        name, tv, av, w, s = toks[k:k + 5]
        k += 5
        reason = ''
        if k < len(toks) and toks[k] not in L1SET and toks[k] not in L2SET:
            nxt_is_name = (k + 4 < len(toks) and is_num(toks[k + 3]) and is_num(toks[k + 4]))
            if not nxt_is_name:
                reason = toks[k] if toks[k] not in EMPTY else ''
                k += 1
        t['inds'].append(dict(l1=l1, l2=l2, name=name, tv=tv, av=av, w=w, s=s, reason=reason))
    return t, (start, end)


# ------------------------------------------------------------------ indicator semantics
def parse_val(v):
    v = v.strip()
    m = re.match(r'(≥|≤|=|＞|＜|>=|<=)?\s*([0-9]+(?:\.[0-9]+)?)(.*)$', v)
    if not m:
        return None
    sign = {'≥': 'ge', '>=': 'ge', '≤': 'le', '<=': 'le', '=': 'eq', '＞': 'ge', '＜': 'le'}.get(m.group(1), 'eq')
    return sign, D(m.group(2)), m.group(3).strip()


def met_status(tv, av):
    """True / False / None(unknown)"""
    pt, pa = parse_val(tv), parse_val(av)
    if pt and pa:
        sign, t, _ = pt
        a = pa[1]
        if sign == 'ge':
            return a >= t
        if sign == 'le':
            return a <= t
        return a >= t if pt[2] == '%' else a == t
    if pt is None and pa is None:
        if tv == av:
            return True
        if tv in QUAL_RANK and av in QUAL_RANK:
            return QUAL_RANK[av] >= QUAL_RANK[tv]
        return None
    return None


# ------------------------------------------------------------------ prose helpers
def amounts(s):
    out = []
    for m in AMT_RE.finditer(s):
        v = dec(m.group(1))
        out.append((v / 10000 if m.group(2) == '元' else v, m.group(2), m.start(), m.end()))
    return out


def clauses(text):
    out = []
    for para in text.split('\n'):
        for s in re.split(r'(?<=。)', para):
            if s.strip():
                out.append(s.strip())
    return out


def labeled(text, pats):
    for p in pats:
        m = re.search(p + r'\s*([0-9][0-9,]*(?:\.[0-9]+)?)万元', text)
        if m:
            return dec(m.group(m.lastindex))
    return None


A_PATS = [r'全年可支配资金合计', r'全年预算数调整为', r'可用资金共', r'全年预算总额', r'全年预算数',
          r'调整后全年预算', r'全年可用资金', r'全年预算调整为']
E_PATS = [r'实际支出', r'全年执行数', r'共支出资金', r'已支付', r'累计拨付', r'决算支出', r'全年支出']
A0_PATS = [r'年初(?:部门)?预算(?:数)?(?:为|安排)?(?:该项目资金)?', r'年初部门预算总额']
C_PATS = [r'上年结转资金', r'上年结转的', r'上年结转', r'结转至本年度使用的资金', r'上年结余结转']


def grade_of(S):
    return '优' if S >= 90 else '良' if S >= 80 else '中' if S >= 60 else '差'


# ------------------------------------------------------------------ the check
def check_doc(text):
    F = []          # findings (family, message)
    traps = set()
    lines = text.rstrip('\n').split('\n')
    layout = detect_layout(lines)
    T = None
    rng = (len(lines), len(lines))
    if layout in ('pipe', 'tab', 'spaces'):
        T, rng = parse_rows_layout(lines, layout)
    elif layout == 'lines':
        T, rng = parse_lines_layout(lines)
    prose_lines = [ln for k, ln in enumerate(lines) if not (rng[0] <= k <= rng[1])]
    prose = '\n'.join(prose_lines)
    ind_names = [x['name'] for x in T['inds']] if T else []

    # ---------------- table checks
    tb = {}
    if T:
        bud = T['budget']
        tot = bud.get('total')
        for key in ('total', 'cur', 'carry', 'other'):
            if key in bud:
                row = bud[key]
                tb[key] = {c: (cellnum(row[c]) or D(0)) for c in ('a0', 'a', 'e')}
        subs = [k for k in ('cur', 'carry', 'other') if k in bud]
        if subs:
            for col, cname in (('a0', '年初预算数'), ('a', '全年预算数'), ('e', '全年执行数')):
                ssum = sum(tb[k][col] for k in subs)
                if abs(ssum - tb['total'][col]) > D('0.005'):
                    F.append(('sum.breakdown', f"{cname}: 其中 rows sum {ssum} ≠ 年度资金总额 {tb['total'][col]}"))
            if sum(1 for k in subs if tb[k]['a'] > 0) >= 2:
                traps.add('sources')
        if 'carry' in tb and tb['carry']['a'] > 0 and tb['total']['a'] > tb['total']['a0']:
            traps.add('carry')
        A, E = tb['total']['a'], tb['total']['e']
        r_s = tot['r']
        r = cellnum(r_s)
        if r is not None and A:
            if abs(r - E * 100 / A) > half_unit(r_s) + D('1e-9'):
                F.append(('rate.ratio', f"执行率 {r_s} ≠ 全年执行数/全年预算数 = {q2(E * 100 / A)}%"))
        for k in subs:
            rs = bud[k]['r']
            rv = cellnum(rs)
            if rv is not None and tb[k]['a']:
                if abs(rv - tb[k]['e'] * 100 / tb[k]['a']) > half_unit(rs) + D('1e-9'):
                    F.append(('rate.ratio', f"{k} 执行率 {rs} ≠ {q2(tb[k]['e'] * 100 / tb[k]['a'])}%"))
                else:
                    traps.add('sub_rates')
        w = cellnum(tot['w']) or D(10)
        s = cellnum(tot['s'])
        if s is not None and r is not None:
            exp = min(r, HUND) * w / 100
            if s > w:
                F.append(('score.cap', f"budget 得分 {tot['s']} > 分值 {w}"))
            elif abs(s - exp) > half_unit(tot['s']) + D('1e-9'):
                F.append(('score.rule', f"budget 得分 {tot['s']} ≠ 执行率×分值 = {exp}"))
            else:
                if r > 100 and s == w:
                    traps.add('cap100')
                if exp != s and r < 100:
                    traps.add('round')
        # indicators
        ssum = s or D(0)
        wsum = w
        for x in T['inds']:
            xw, xs = cellnum(x['w']), cellnum(x['s'])
            if xw is None or xs is None:
                F.append(('parse', f"indicator {x['name']} w/s unreadable"))
                continue
            wsum += xw
            ssum += xs
            met = met_status(x['tv'], x['av'])
            if xs > xw:
                F.append(('score.cap', f"{x['name']} 得分 {x['s']} > 分值 {x['w']}"))
            elif xs < xw and not x['reason']:
                F.append(('score.rule', f"{x['name']} scored {x['s']} < {x['w']} without 偏差原因 (met={met})"))
            elif xs < xw and met is False:
                traps.add('missed')
            if met and xs == xw:
                if x['tv'].startswith('≥9') and x['av'] == '100%':
                    traps.add('ge95')
                if parse_val(x['tv']) is None:
                    traps.add('qual')
                pt, pa = parse_val(x['tv']), parse_val(x['av'])
                if pt and pt[0] == 'le' and pa and pa[1] < pt[1]:
                    traps.add('le')
                if x['reason']:
                    traps.add('over_note')
        if T['total'] is None:
            F.append(('parse', 'no 总分 row'))
        else:
            if T['total']['w'] != 100 or wsum != 100:
                F.append(('score.total', f"总分 分值 {T['total']['w']} / sum of 分值 {wsum}"))
            elif w == 10:
                traps.add('total90')
            if abs(T['total']['s'] - ssum) > D('0.005'):
                F.append(('score.total', f"总分 得分 {T['total']['s']} ≠ sum of 得分 {ssum}"))

    # ---------------- prose: document-level labelled figures
    cls = clauses(prose)

    def is_ind_clause(c):
        return any(n in c for n in ind_names) or re.match(ITEM_RE, c)

    amt_cls = [c for c in cls if not is_ind_clause(c)]
    joined = '\n'.join(amt_cls)
    A_doc = labeled(joined, A_PATS)
    E_doc = labeled(joined, E_PATS)
    A0_doc = labeled(joined, A0_PATS)
    C_doc = labeled(joined, C_PATS)
    O_doc = labeled(joined, [r'其他资金'])
    add_doc = labeled(joined, [r'年中追加(?:预算)?', r'年中追加的', r'追加预算'])
    T_doc = None
    for c in amt_cls:
        if re.search(r'分(两|二|三|四|2|3|4)(?:批|次)|由(两|三|四)批|第一批', c) and amounts(c):
            T_doc = amounts(c)[0][0]
            break
    for c in amt_cls:
        if T_doc is None and re.search(r'下达|安排|收到|到位', c) and amounts(c) and '年初' not in c and \
                '结转' not in c:
            T_doc = amounts(c)[0][0]
            break
    if T:
        # table.text: prose figures vs table cells
        for name, val, cell in (('年初预算', A0_doc, tb['total']['a0']), ('全年预算', A_doc, tb['total']['a']),
                                ('全年执行数', E_doc, tb['total']['e']),
                                ('上年结转', C_doc, tb.get('carry', {}).get('a')),
                                ('其他资金', O_doc, tb.get('other', {}).get('a')),
                                ('当年下达', T_doc, tb.get('cur', {}).get('a')),
                                ('当年财政拨款支出', labeled(joined, [r'当年财政拨款支出', r'当年财政拨款执行']),
                                 tb.get('cur', {}).get('e')),
                                ('结转资金支出', labeled(joined, [r'上年结转的?[0-9.,]+万元(?:已支出|本年支出)']),
                                 tb.get('carry', {}).get('e'))):
            if val is not None and cell is not None and abs(val - cell) > D('0.005'):
                F.append(('table.text', f"prose {name} {val} ≠ table {cell}"))
        A_use = tb['total']['a']
        E_use = tb['total']['e']
        A0_use = tb['total']['a0']
        T_use = tb.get('cur', {}).get('a', T_doc)
        C_use = tb.get('carry', {}).get('a', C_doc)
        ec_use = tb.get('cur', {}).get('e')
    else:
        A_use = A_doc if A_doc is not None else T_doc
        if A_doc is None and T_doc is not None and C_doc:
            A_use = T_doc + C_doc
        E_use, A0_use, T_use, C_use, ec_use = E_doc, A0_doc, T_doc, C_doc, None
        if A0_use is None and T_doc is not None and A_doc is None:
            A0_use = None

    # ---------------- rates
    for c in amt_cls:
        for part in re.split(r'[；]', c):
            if '%' not in part or '完成率' in part or '结转结余率' in part:
                continue
            if not re.search(r'执行率|占全年预算|支出进度|达到年初预算|相当于年初预算|占当年财政拨款', part):
                continue
            pm = PCT_RE.findall(part)
            if not pm:
                continue
            rs = pm[-1] if '执行率' not in part else PCT_RE.search(part[part.index('执行率'):]).group(1) \
                if PCT_RE.search(part[part.index('执行率'):]) else pm[-1]
            rv = D(rs)
            am = amounts(part)
            spend = labeled(part, [r'已支出', r'本年支出', r'支出', r'执行'] + E_PATS)
            if '年初预算' in part:
                den = labeled(part, [r'年初预算']) or A0_use
                num = E_use
                kind = 'a0'
            elif '当年财政拨款' in part or '当年下达' in part:
                den = T_use
                num = spend if spend is not None else ec_use
                kind = 'cur'
            elif '结转资金执行率' in part:
                den = labeled(part, C_PATS) or C_use
                num = labeled(part, [r'已支出', r'本年支出'])
                kind = 'carry'
            else:
                den = A_use
                num = spend if (spend is not None and am) else E_use
                kind = 'A'
            if den is None or num is None or den == 0:
                continue
            calc = num * 100 / den
            if abs(rv - calc) > half_unit(rs + '%') + D('1e-9'):
                F.append(('rate.ratio', f"prose rate {rs}% ({kind}) ≠ {q2(calc)}%"))
            elif kind != 'A':
                traps.add('denom')
            if T and kind == 'A' and cellnum(T['budget']['total']['r']) is not None and \
                    abs(rv - cellnum(T['budget']['total']['r'])) > D('0.005'):
                F.append(('table.text', f"prose 执行率 {rs}% ≠ table {T['budget']['total']['r']}"))
            if kind == 'A' and rv > 100:
                traps.add('cap100_prose')

    # ---------------- budget-score sentences
    for c in cls:
        for part in re.split(r'[；]', c):
            if '执行率' not in part or '%' not in part:
                continue
            part = re.sub(r'^（[一二三四五六七八]）[^：。]*?(?:）：|。)', '', part)
            m = re.search(r'(?:得(?:满分|分)?|=)\s*([0-9]+(?:\.[0-9]+)?)分', part)
            if not m or '完成率' in part:
                continue
            rs = PCT_RE.search(part).group(1)
            rv = D(rs)
            ss = m.group(1)
            sv = D(ss)
            wm = re.search(r'分值\s*([0-9]+)分|（([0-9]+)分）|\(([0-9]+)分\)|×\s*([0-9]+)分|该项分值([0-9]+)分', part)
            wv = D(next(g for g in wm.groups() if g)) if wm else D(10)
            exp = min(rv, HUND) * wv / 100
            if sv > wv:
                F.append(('score.cap', f"prose budget score {ss} > {wv}"))
            elif abs(sv - exp) > half_unit(ss) + D('1e-9'):
                F.append(('score.rule', f"prose budget score {ss} ≠ {rv}%×{wv} = {exp}"))
            else:
                if rv > 100:
                    traps.add('cap100')
                elif exp != sv:
                    traps.add('round')
            if T:
                ts = cellnum(T['budget']['total']['s'])
                if ts is not None and abs(ts - sv) > D('0.005'):
                    F.append(('table.text', f"prose budget score {ss} ≠ table {ts}"))
            if not T and A_use and E_use and '年初' not in part:
                if abs(rv - E_use * 100 / A_use) > half_unit(rs) + D('1e-9'):
                    F.append(('rate.ratio', f"score sentence rate {rs}% ≠ {q2(E_use * 100 / A_use)}%"))

    # ---------------- breakdowns (batches, levels, uses, 其中)
    for c in amt_cls:
        am = amounts(c)
        if len(am) < 2:
            continue
        cm = re.search(r'分(两|二|三|四|2|3|4)(?:批|次)|由(两|三|四)批|(两|三)部分', c)
        if cm or re.search(r'第[一二三四]批', c):
            total = am[0][0]
            parts = am[1:]
            if cm:
                n = cn_or_int(next(g for g in cm.groups() if g))
                if n != len(parts):
                    F.append(('count.mismatch', f"分{n}批 but {len(parts)} amounts listed"))
            sp = sum(p[0] for p in parts)
            if abs(sp - total) > D('0.005'):
                F.append(('sum.breakdown', f"batches sum {sp} ≠ {total}"))
            continue
        if '结转' in c and re.search('|'.join(A_PATS), c):
            # carry sentence: 全年 = 当年 + 结转 + 其他  (or 年初 + 追加 + 结转)
            Av = labeled(c, A_PATS)
            Cv = labeled(c, C_PATS)
            Ov = labeled(c, [r'其他资金']) or D(0)
            if add_doc is not None and A0_doc is not None and not T and Av is not None and Cv is not None:
                if abs(A0_doc + add_doc + Cv - Av) > D('0.005'):
                    F.append(('balance.carryover', f"全年 {Av} ≠ 年初 {A0_doc} + 追加 {add_doc} + 结转 {Cv}"))
                else:
                    traps.add('carry')
            elif T_use is not None and Av is not None and Cv is not None:
                if abs(T_use + Cv + Ov - Av) > D('0.005'):
                    F.append(('balance.carryover', f"全年 {Av} ≠ 当年 {T_use} + 结转 {Cv} + 其他 {Ov}"))
                else:
                    traps.add('carry')
            continue
        if '追加' in c and not T:
            Av = labeled(c, A_PATS)
            if Av is not None and A0_doc is not None and add_doc is not None and '结转' not in c:
                if abs(A0_doc + add_doc - Av) > D('0.005'):
                    F.append(('balance.carryover', f"全年 {Av} ≠ 年初 {A0_doc} + 追加 {add_doc}"))
            continue
        mixed = len({u for _, u, _, _ in am}) > 1
        tol = D('0.005') if mixed else D('0.0001')
        tm = re.search(r'(合计|共计|总计)\s*([0-9][0-9,]*(?:\.[0-9]+)?)(万元|元)', c)
        total = parts = None
        exhaustive = True
        if tm and am[-1][2] == tm.start(2):
            total = am[-1][0]
            parts = [p[0] for p in am[:-1]]
        elif re.search(r'主要用于.*等。?$|等。?$', c) and re.search(r'万元中|其中', c):
            k = c.index('其中') if '其中' in c else c.index('万元中')
            before = [p for p in am if p[3] <= k + 2]
            after = [p for p in am if p[2] > k]
            if before and after:
                total = before[-1][0]
                parts = [p[0] for p in after]
                exhaustive = False
        elif '其中' in c:
            k = c.index('其中')
            before = [p for p in am if p[3] <= k]
            after = [p for p in am if p[2] > k]
            if before and after:
                total = before[-1][0]
                parts = [p[0] for p in after]
                exhaustive = '分别' in c[k:]
        elif re.search(r'分别为|分别是|组成|构成|分为|万元中，', c):
            total = am[0][0]
            parts = [p[0] for p in am[1:]]
        elif re.search(r'万元（', c):
            total = am[0][0]
            parts = [p[0] for p in am[1:]]
            exhaustive = not re.search(r'（[^）]*(含|等)', c)
        if total is None:
            continue
        sp = sum(parts)
        if sp > total + tol or (exhaustive and abs(sp - total) > tol):
            F.append(('sum.breakdown', f"parts {sp} vs total {total} in: {c[:40]}"))
        else:
            if sp < total - tol:
                traps.add('nonexh')
            if mixed and sp != total:
                traps.add('wanyuan')

    # ---------------- balance
    for c in amt_cls:
        if re.search(r'结转结余率|上年结余结转|上年结转', c):
            continue
        m = re.search(r'(?:年末结余|尚未支出的|结余资金|资金结转结余|剩余|年末结转结余|结余)\s*([0-9][0-9,]*(?:\.[0-9]+)?)万元', c)
        if m and A_use is not None and E_use is not None:
            Bv = dec(m.group(1))
            if abs(Bv - (A_use - E_use)) > D('0.005'):
                F.append(('balance.carryover', f"结余 {Bv} ≠ 全年 {A_use} − 执行 {E_use} = {A_use - E_use}"))
    m = re.search(r'结转结余率\s*([0-9]+(?:\.[0-9]+)?)%', prose)
    if m:
        mb = re.search(r'(?:年末结余|尚未支出的|结余资金|资金结转结余|剩余|年末结转结余)\s*([0-9][0-9,]*(?:\.[0-9]+)?)万元', prose)
        if mb and A_use:
            calc = dec(mb.group(1)) * 100 / A_use
            if abs(D(m.group(1)) - calc) > half_unit(m.group(1)) + D('1e-9'):
                F.append(('rate.ratio', f"结转结余率 {m.group(1)}% ≠ {q2(calc)}%"))
            else:
                traps.add('denom')

    # ---------------- indicator restatements (table docs)
    if T:
        for c in cls:
            for x in T['inds']:
                if x['name'] not in c or not re.search(r'目标|计划|指标值|实际|完成', c):
                    continue
                seg = c.replace(x['name'], '')
                seg = re.sub(r'[0-9]{4}年', '', seg)
                cm = re.search(r'完成(?:率|年度目标的)\s*([0-9]+(?:\.[0-9]+)?)%', seg)
                pt, pa = parse_val(x['tv']), parse_val(x['av'])
                if cm:
                    seg = seg.replace(cm.group(0), '')
                    if pt and pa and pt[1]:
                        calc = pa[1] * 100 / pt[1]
                        if abs(D(cm.group(1)) - calc) > half_unit(cm.group(1)) + D('1e-9'):
                            F.append(('rate.ratio', f"完成率 {cm.group(1)}% for {x['name']} ≠ {q2(calc)}%"))
                nums = [D(n) for n in re.findall(r'([0-9]+(?:\.[0-9]+)?)', seg)]
                allowed = {v[1] for v in (pt, pa) if v}
                for n in nums:
                    if n not in allowed:
                        F.append(('table.text', f"prose value {n} for {x['name']} not in table ({x['tv']} / {x['av']})"))

    # ---------------- counts
    if T:
        n_tab = len(T['inds'])
        for c in cls:
            m = re.search(r'(?:三级(?:绩效)?指标|绩效指标)\s*([0-9]+|[一二两三四五六七八九十]+)\s*项', c) or \
                re.search(r'([0-9]+|[一二两三四五六七八九十]+)\s*(?:项|个)(?:三级)?(?:绩效)?指标', c)
            if not m:
                continue
            n = cn_or_int(m.group(1))
            if n != n_tab:
                F.append(('count.mismatch', f"text {n} 三级指标, table {n_tab}"))
            by = {}
            for x in T['inds']:
                k1 = x['l1'].replace('指标', '')
                by[k1] = by.get(k1, 0) + 1
            for k, v in re.findall(r'(产出|成本|效益|满意度)(?:指标)?([0-9]+|[一二两三四五六七八九十])项', c):
                if by.get(k) != cn_or_int(v):
                    F.append(('count.mismatch', f"{k} {v}项 vs table {by.get(k)}"))
            mm = re.search(r'完成([0-9]+)项，未完成([0-9]+)项', c)
            if mm:
                nmet = sum(1 for x in T['inds'] if cellnum(x['s']) == cellnum(x['w']))
                if int(mm.group(1)) != nmet or int(mm.group(2)) != n_tab - nmet:
                    F.append(('count.mismatch', f"完成/未完成 {mm.groups()} vs table {nmet}/{n_tab - nmet}"))
    for c in cls:
        m = re.search(r'([0-9]+|[一二两三四五六七八九十]+)个(乡镇|股室|科室|处室|内设机构)', c) or \
            re.search(r'内设机构([0-9]+)个', c)
        if not m:
            continue
        runs = re.findall(r'[^，。：（）、]+(?:、[^，。：（）、]+)+', c)
        if not runs:
            continue
        run = max(runs, key=lambda s: s.count('、'))
        if run.endswith('等'):
            continue
        n = cn_or_int(m.group(1))
        if n != run.count('、') + 1:
            F.append(('count.mismatch', f"{n}{m.group(0)[-2:]} but {run.count('、') + 1} listed"))

    # ---------------- repeated facts
    facts = {}
    for m in re.finditer(r'([0-9]+)个(乡镇（街道）|乡镇|县（市、区）|市州|村（社区）)', prose):
        facts.setdefault(m.group(2)[:2], set()).add(int(m.group(1)))
    for m in re.finditer(r'惠及[^0-9，。；]{0,8}?([0-9]+)(户|人|家)', prose):
        facts.setdefault('惠及' + m.group(2), set()).add(int(m.group(1)))
    for k, v in facts.items():
        if len(v) > 1:
            F.append(('fact.conflict', f"{k}: {sorted(v)}"))

    # ---------------- prose score structure (docs without a table)
    S_prose = G = None
    for c in cls:
        m = re.search(r'([0-9]+(?:\.[0-9]+)?)分[，,][^。]{0,14}?等级[^优良中差。]{0,6}(优|良|中|差)', c)
        if m:
            S_prose, G = D(m.group(1)), m.group(2)
    if S_prose is None:
        F.append(('parse', 'no conclusion'))
    else:
        if grade_of(S_prose) != G:
            F.append(('grade.band', f"{S_prose} labelled {G}, band gives {grade_of(S_prose)}"))
        if T and T['total'] and abs(T['total']['s'] - S_prose) > D('0.005'):
            F.append(('score.total', f"prose 自评得分 {S_prose} ≠ 总分 {T['total']['s']}"))
    # dims sentence
    for c in cls:
        if '预算执行' not in c or '产出' not in c or '满意度' not in c or '分' not in c:
            continue
        if c.startswith('（'):
            continue
        pairs = re.findall(r'(预算执行|产出|成本|效益|满意度)(?:率)?(?:指标)?(?:得分|得)?\s*([0-9]+(?:\.[0-9]+)?)分', c)
        if len(pairs) < 3:
            continue
        tot = sum(D(v) for _, v in pairs)
        mt = re.search(r'合计\s*([0-9]+(?:\.[0-9]+)?)分', c)
        ref = D(mt.group(1)) if mt else S_prose
        if ref is not None and abs(tot - ref) > D('0.005'):
            F.append(('score.total', f"dimension scores sum {tot} ≠ {ref}"))
        if T:
            by = {}
            for x in T['inds']:
                k1 = x['l1'].replace('指标', '')
                by[k1] = by.get(k1, D(0)) + (cellnum(x['s']) or D(0))
            for k, v in pairs:
                if k != '预算执行' and (k not in by or abs(by[k] - D(v)) > D('0.005')):
                    F.append(('table.text', f"prose {k} {v} ≠ table sum {by.get(k)}"))
    if not T:
        secs = []
        cur = None
        for ln in prose_lines:
            hm = re.match(r'^（([一二三四五六七八])）', ln)
            if hm and re.search(r'[0-9]+(?:\.[0-9]+)?分', ln):
                cut = [p for p in (ln.find('。'), ln.find('）：')) if p >= 0]
                head = ln[:min(cut) + 1] if cut else ln
                nums = re.findall(r'([0-9]+(?:\.[0-9]+)?)分', head)
                if len(nums) < 2:
                    more = re.search(r'得(?:分)?\s*([0-9]+(?:\.[0-9]+)?)分', ln[len(head):])
                    nums = nums + ([more.group(1)] if more else [])
                cur = dict(w=D(nums[0]), s=D(nums[1]) if len(nums) > 1 else None, items=[], line=ln)
                secs.append(cur)
                rest = ln[len(head):]
                if '执行率' not in head and '执行率' not in rest[:30] or '；' in rest:
                    for it in re.split(r'；', rest):
                        im = re.search(r'（([0-9]+(?:\.[0-9]+)?)分）', it)
                        sm = re.search(r'得(?:满分)?\s*([0-9]+(?:\.[0-9]+)?)分', it)
                        if im and sm:
                            cur['items'].append((it, D(im.group(1)), D(sm.group(1))))
                continue
            if cur is not None and re.match(ITEM_RE, ln):
                wm = re.search(r'分值\s*([0-9]+(?:\.[0-9]+)?)分|（([0-9]+(?:\.[0-9]+)?)分）|该项\s*([0-9]+(?:\.[0-9]+)?)分|'
                               r'满分\s*([0-9]+(?:\.[0-9]+)?)分', ln)
                sm = re.search(r'得满分\s*([0-9]+(?:\.[0-9]+)?)分', ln) or \
                    re.search(r'(?:得|自评)\s*([0-9]+(?:\.[0-9]+)?)分', ln)
                if wm and sm:
                    cur['items'].append((ln, D(next(g for g in wm.groups() if g)), D(sm.group(1))))
                continue
            if not hm:
                cur = None if not re.match(ITEM_RE, ln) else cur
        if secs:
            total = D(0)
            for sc in secs:
                total += sc['s'] or D(0)
                if sc['items']:
                    iw = sum(w for _, w, _ in sc['items'])
                    isum = sum(s for _, _, s in sc['items'])
                    if iw != sc['w']:
                        F.append(('score.total', f"section 分值 {sc['w']} ≠ items {iw}"))
                    if sc['s'] is not None and abs(isum - sc['s']) > D('0.005'):
                        F.append(('score.total', f"section 得分 {sc['s']} ≠ items {isum}"))
                    for it, w, s in sc['items']:
                        if '执行率' in it:
                            continue
                        if s > w:
                            F.append(('score.cap', f"item {s} > {w}: {it[:20]}"))
                        elif s < w:
                            if REASON_WORDS.search(it.split('得')[-1]) or REASON_WORDS.search(it):
                                traps.add('missed')
                            else:
                                F.append(('score.rule', f"item {s} < {w} without reason: {it[:20]}"))
                        elif re.search(r'目标(?:值)?(?:为)?(不低于|≥)9[0-9]%.*实际(?:完成)?100%', it):
                            traps.add('ge95')
                        elif re.search(r'目标(?:值)?(?:为)?(有效|明显|稳步|不断|长期|较好|好)', it) and s == w:
                            traps.add('qual')
                        elif '≤' in it and s == w:
                            traps.add('le')
            if S_prose is not None and abs(total - S_prose) > D('0.005'):
                F.append(('score.total', f"sections sum {total} ≠ 自评得分 {S_prose}"))
    if 'cap100_prose' in traps:
        traps.discard('cap100_prose')
        traps.add('cap100')
    return F, traps, layout


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    verbose = '-v' in sys.argv
    d = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    exp = {}
    with open(os.path.join(d, 'expect.tsv'), encoding='utf-8') as f:
        next(f)
        for ln in f:
            i, e, _ = ln.rstrip('\n').split('\t')
            exp[i] = e
    ok = bad = 0
    lay_count = {}
    for i in sorted(exp):
        text = open(os.path.join(d, i + '.txt'), encoding='utf-8').read()
        n = len(text.rstrip('\n').split('\n'))
        try:
            F, traps, layout = check_doc(text)
        except Exception as e:   # a parse crash is a failure
            F, traps, layout = [('parse', 'crash: %r' % e)], set(), '?'
        lay_count[layout] = lay_count.get(layout, 0) + 1
        fams = sorted({f for f, _ in F})
        e = exp[i]
        problems = []
        if not (15 <= n <= 60):
            problems.append(f'{n} lines')
        if e == 'clean':
            if F:
                problems.append('findings in clean doc')
            if len(traps - {'total90'}) < 3:
                problems.append(f'only {len(traps - {"total90"})} traps recognised (besides total90)')
        else:
            if e not in fams:
                problems.append('expected slip not found')
            if any(f != e for f in fams):
                problems.append('other families found')
        status = 'OK ' if not problems else 'BAD'
        ok += not problems
        bad += bool(problems)
        print(f"{status} {i} {layout:6s} lines={n:2d} expected={e:18s} found={','.join(fams) or '-':18s} "
              f"traps={','.join(sorted(traps))}" + (('  <-- ' + '; '.join(problems)) if problems else ''))
        if verbose or problems:
            for f, msg in F:
                print(f"      {f}: {msg}")
    print(f"\nlayouts: {lay_count}")
    print(f"{ok} agree, {bad} disagree")
    # slip-free twins (written by gen.py): each must be clean, proving the slip document
    # differs from a consistent document only by the planted slip
    tdir = os.path.join(d, 'twins')
    if os.path.isdir(tdir):
        tok = tbad = 0
        for fn in sorted(os.listdir(tdir)):
            if not fn.endswith('.twin'):
                continue
            F, traps, layout = check_doc(open(os.path.join(tdir, fn), encoding='utf-8').read())
            if F:
                tbad += 1
                print(f"BAD twin {fn}: " + '; '.join(f'{f}: {m}' for f, m in F))
            else:
                tok += 1
        print(f"twins: {tok} clean, {tbad} with findings")
        bad += tbad
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
