#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent consistency checker for the blind71 set.

Re-reads every tNN.txt (it does not import the generator), parses the tables (layouts L1-L4)
and the 说明 prose, runs arithmetic checks and reports the families of inconsistency it finds.
Then it compares its findings with expect.tsv: a clean document must show no finding, a slip
document must show its expected family and no other family.

usage: python3 check.py [-v] [tNN ...]
"""
import os
import re
import sys
import unicodedata
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
WAN = D(10000)

# ----------------------------------------------------------------------------- lexicon
CLASS_NAMES = ['一般公共服务支出', '外交支出', '国防支出', '公共安全支出', '教育支出', '科学技术支出',
               '文化旅游体育与传媒支出', '社会保障和就业支出', '卫生健康支出', '节能环保支出', '城乡社区支出',
               '农林水支出', '交通运输支出', '住房保障支出', '灾害防治及应急管理支出', '其他支出']
LEX = [('收入总计和支出总计', 'BOTH'), ('收入、支出总计', 'BOTH'), ('收、支总计', 'BOTH'), ('收支总计', 'BOTH'),
       ('收入总计', '收入总计'), ('支出总计', '支出总计'),
       ('本年收入合计', '本年收入合计'), ('本年度收入', '本年收入合计'), ('本年收入', '本年收入合计'),
       ('收入合计', '本年收入合计'), ('全年收入', '本年收入合计'),
       ('本年支出合计', '本年支出合计'), ('本年支出', '本年支出合计'), ('支出合计', '本年支出合计'),
       ('全年支出', '本年支出合计'), ('支出总额', '本年支出合计'),
       ('年初结转和结余', '年初结转和结余'), ('年末结转和结余', '年末结转和结余'), ('结余分配', '结余分配'),
       ('使用非财政拨款结余', '使用非财政拨款结余'),
       ('一般公共预算财政拨款收入', '一般公共预算财政拨款收入'), ('政府性基金预算财政拨款收入', '政府性基金预算财政拨款收入'),
       ('财政拨款收入', '财政拨款收入'), ('事业收入', '事业收入'), ('经营收入', '经营收入'), ('其他收入', '其他收入'),
       ('一般公共预算财政拨款基本支出', '基本支出'), ('财政拨款基本支出', '基本支出'), ('基本支出', '基本支出'),
       ('项目支出', '项目支出'), ('人员经费', '人员经费'), ('公用经费', '公用经费'),
       ('“三公”经费', '三公'), ('"三公"经费', '三公'), ('三公经费', '三公'),
       ('因公出国（境）费', '出国'), ('因公出国(境)费', '出国'),
       ('公务用车购置及运行维护费', '车'), ('公务用车购置及运行费', '车'), ('公务用车购置费', '购置'),
       ('公务用车运行维护费', '运行'), ('公务用车运行费', '运行'), ('公务接待费', '接待')]
LEX += [(c, 'CLS:' + c) for c in CLASS_NAMES]

INCOME_ITEMS = ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '上级补助收入', '事业收入', '经营收入',
                '附属单位上缴收入', '其他收入']
CHILDREN = {'三公': {'出国', '车', '购置', '运行', '接待'}, '车': {'购置', '运行'},
            '本年支出合计': {'基本支出', '项目支出'} | {'CLS:' + c for c in CLASS_NAMES},
            '本年收入合计': set(INCOME_ITEMS) | {'财政拨款收入'},
            '基本支出': {'人员经费', '公用经费'},
            '收入总计': {'本年收入合计', '年初结转和结余', '使用非财政拨款结余'},
            '支出总计': {'本年支出合计', '结余分配', '年末结转和结余'}}
SG_ROWS = {'合计': '三公', '“三公”经费合计': '三公', '因公出国（境）费': '出国', '因公出国(境)费': '出国',
           '公务用车购置及运行费': '车', '公务用车购置及运行维护费': '车', '公务用车购置费': '购置',
           '公务用车运行费': '运行', '公务用车运行维护费': '运行', '公务接待费': '接待'}

TITLE_RE = re.compile(r'(收入支出决算总表|收入决算表|支出决算表|“三公”经费支出决算表|"三公"经费支出决算表|三公经费支出决算表)')
HEAD_RE = re.compile(r'^(（?[一二三四五六七八九十]+[、）]|说明[：:]?$|附表$|附：|附件|决算说明$|注[：:])')
UNIT_RE = re.compile(r'单位[：:]\s*(万元|元)')
AMT_RE = re.compile(r'(-?\d[\d,]*(?:\.\d+)?)\s*(万元|元)')
PCT_RE = re.compile(r'(-?\d+(?:\.\d+)?)\s*[%％]')
CNT_RE = re.compile(r'(\d+)\s*(批次|人次|辆)')
QZ_RE = re.compile(r'其中|具体为|包括|包含|(?<=元)中')


class Q:
    """A quantity in 元 with an uncertainty (half of the last displayed unit)."""
    __slots__ = ('v', 'tol', 'unit', 'src')

    def __init__(self, v, unit, src=''):
        self.v = v * WAN if unit == '万元' else v
        self.unit = unit
        self.tol = D(50) if unit == '万元' else D('0.005')
        self.src = src

    def __repr__(self):
        return f'{self.shown()}'

    def shown(self):
        return (f'{self.v / WAN:.2f}万元' if self.unit == '万元' else f'{self.v:.2f}元')


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def num(cell):
    c = cell.strip().replace(',', '').replace('，', '')
    if c in ('', '-', '—', '－', '|', '--'):
        return D(0)
    try:
        return D(c)
    except Exception:
        return None


def is_money(cell):
    c = cell.strip()
    return c in ('-', '—', '－') or re.fullmatch(r'-?[\d,]+\.\d+', c) is not None


def is_empty(cell):
    return cell.strip() in ('', '|')


def norm(label):
    return re.sub(r'[\s　]', '', label).replace('其中：', '').replace('其中:', '')


# ----------------------------------------------------------------------------- table parsing
def split_l4(lines):
    hdr = lines[0]
    starts = []
    pos, i = 0, 0
    cells = re.split(r' {2,}', hdr.strip())
    # compute display start of each header cell
    col = 0
    k = 0
    while k < len(hdr):
        if hdr[k] != ' ' and (k == 0 or hdr[k - 1: k + 1].startswith(' ') and hdr[max(0, k - 2):k] == '  ' or k == 0):
            starts.append(col)
        col += dwidth(hdr[k])
        k += 1
    if len(starts) != len(cells):
        starts = []
        col = 0
        k = 0
        in_cell = False
        gap = 0
        for ch in hdr:
            if ch == ' ':
                gap += 1
            else:
                if not in_cell or gap >= 2:
                    starts.append(col)
                in_cell = True
                gap = 0
            col += dwidth(ch)
    rows = [cells]
    for ln in lines[1:]:
        parts = re.split(r' {2,}', ln.strip())
        if len(parts) == len(cells) and not ln.startswith(' '):
            rows.append(parts)
            continue
        row = [''] * len(cells)
        col, gap, cur, cstart = 0, 2, '', None
        segs = []
        for ch in ln + '  ':
            if ch == ' ':
                gap += 1
                if gap == 2 and cur:
                    segs.append((cstart, cur.rstrip()))
                    cur = ''
                elif cur and gap < 2:
                    cur += ch
            else:
                if gap >= 2 or not cur:
                    if cur:
                        segs.append((cstart, cur.rstrip()))
                        cur = ''
                    cstart = col
                cur += ch
                gap = 0
            col += dwidth(ch)
        for st, txt in segs:
            j = min(range(len(starts)), key=lambda x: abs(starts[x] - st))
            row[j] = txt
        rows.append(row)
    return rows


def split_l2(lines):
    best = None
    for n in range(2, 9):
        if len(lines) % n or len(lines) // n < 2:
            continue
        rows = [lines[i:i + n] for i in range(0, len(lines), n)]
        hdr = rows[0]
        if any(is_empty(c) or is_money(c) for c in hdr):
            continue
        ok = True
        for j in range(n):
            kinds = set()
            for r in rows[1:]:
                c = r[j]
                if is_empty(c):
                    continue
                kinds.add('m' if is_money(c) else 't')
            if len(kinds) > 1:
                ok = False
                break
        if ok:
            best = rows
            break
    if best is None:
        raise ValueError('cannot split L2 table')
    return [[('' if is_empty(c) else c.strip()) for c in r] for r in best]


def detect_layout(line):
    if re.search(r'\s\|\s|\s\|$|^\|', line):
        return 'L1'
    if '\t' in line:
        return 'L3'
    if re.search(r'\S {2,}\S', line):
        return 'L4'
    return 'L2'


def table_kind(title):
    if '收入支出决算总表' in title:
        return 'SZ'
    if '基本支出决算表' in title:
        return 'JB'
    if '三公' in title:
        return 'SG'
    if '收入决算表' in title:
        return 'SR'
    if '支出决算表' in title:
        return 'ZC'
    return None


def parse_doc(text):
    lines = text.split('\n')
    title = next(l for l in lines if l.strip())
    m = re.search(r'(20\d\d)年', title)
    year = int(m.group(1)) if m else None
    tables, prose = [], []
    i = lines.index(title) + 1
    while i < len(lines):
        ln = lines[i]
        if TITLE_RE.search(ln) and '。' not in ln:
            kind = table_kind(ln)
            unit = None
            mu = UNIT_RE.search(ln)
            if mu:
                unit = mu.group(1)
            j = i + 1
            while j < len(lines) and j <= i + 2 and unit is None:
                mu = UNIT_RE.search(lines[j])
                if mu:
                    unit = mu.group(1)
                    j += 1
                    break
                j += 1
            if unit is None:
                raise ValueError('no unit caption for ' + ln)
            layout = detect_layout(lines[j])
            body = []
            k = j
            if layout == 'L2':
                while k < len(lines):
                    t = lines[k]
                    if TITLE_RE.search(t) or HEAD_RE.search(t.strip()) or '。' in t:
                        break
                    body.append(t)
                    k += 1
                while body and body[-1].strip() == '':
                    body.pop()
                rows = split_l2(body)
            else:
                while k < len(lines) and lines[k].strip() != '':
                    body.append(lines[k])
                    k += 1
                if layout == 'L1':
                    rows = [[c.strip() for c in re.split(r'\s*\|\s*', b)] for b in body]
                elif layout == 'L3':
                    rows = [[c.strip() for c in b.split('\t')] for b in body]
                else:
                    rows = split_l4(body)
                n = len(rows[0])
                rows = [r + [''] * (n - len(r)) for r in rows]
            tables.append({'kind': kind, 'title': ln.strip(), 'unit': unit, 'layout': layout,
                           'header': rows[0], 'rows': rows[1:]})
            i = k
            continue
        if '。' in ln:
            prose.append(ln.strip())
        i += 1
    return {'title': title, 'year': year, 'tables': tables, 'prose': '\n'.join(prose)}


# ----------------------------------------------------------------------------- findings
class Findings:
    def __init__(self):
        self.items = []
        self.warn = []
        self.traps = set()     # benign features observed (rounding, zero base, ...)

    def add(self, fam, msg):
        self.items.append((fam, msg))

    def fams(self):
        return sorted({f for f, _ in self.items})


def close(a, b, tol):
    return abs(a - b) <= tol + D('0.0000001')


def sum_tol(unit):
    return D(100) if unit == '万元' else D('0.01')


# ----------------------------------------------------------------------------- table checks
def check_tables(doc, F):
    TV = {}       # (key, role) -> Q

    def close(a, b, tol):          # shadows the module-level close: also notes benign rounding
        ok = abs(a - b) <= tol + D('0.0000001')
        if ok and a != b:
            F.traps.add('round')
        return ok

    def put(key, role, q):
        if (key, role) not in TV:
            TV[(key, role)] = q

    for t in doc['tables']:
        u = t['unit']
        tol = D('0.01')       # table numbers are in the table's own unit, 2 decimals
        k = t['kind']
        rows = t['rows']
        tn = t['title']
        if k == 'SZ':
            left, right = [], []
            for r in rows:
                if r[0]:
                    left.append((norm(r[0]), num(r[1])))
                if r[2]:
                    right.append((norm(r[2]), num(r[3])))
            L = dict(left)
            R = dict(right)
            inc_items = []
            for lab, v in left:
                if lab == '本年收入合计':
                    break
                inc_items.append((lab, v))
            exp_items = []
            for lab, v in right:
                if lab == '本年支出合计':
                    break
                exp_items.append((lab, v))
            s = sum(v for _, v in inc_items)
            if not close(L['本年收入合计'], s, tol):
                F.add('sum.breakdown', f'{tn}: 本年收入合计{L["本年收入合计"]} ≠ 各收入项之和{s}')
            s = sum(v for _, v in exp_items)
            if not close(R['本年支出合计'], s, tol):
                F.add('sum.breakdown', f'{tn}: 本年支出合计{R["本年支出合计"]} ≠ 各功能类之和{s}')
            ti = L['本年收入合计'] + L.get('使用非财政拨款结余', D(0)) + L.get('年初结转和结余', D(0))
            if not close(L['收入总计'], ti, tol):
                F.add('balance', f'{tn}: 收入总计{L["收入总计"]} ≠ 本年收入合计+使用非财政拨款结余+年初结转和结余={ti}')
            to = R['本年支出合计'] + R.get('结余分配', D(0)) + R.get('年末结转和结余', D(0))
            if not close(R['支出总计'], to, tol):
                F.add('balance', f'{tn}: 支出总计{R["支出总计"]} ≠ 本年支出合计+结余分配+年末结转和结余={to}')
            if not close(L['收入总计'], R['支出总计'], D(0)):
                F.add('balance', f'{tn}: 收入总计{L["收入总计"]} ≠ 支出总计{R["支出总计"]}')
            for lab, v in left:
                put(lab, 'cur', Q(v, u, 'SZ'))
            for lab, v in right:
                key = 'CLS:' + lab if lab in CLASS_NAMES else lab
                put(key, 'cur', Q(v, u, 'SZ'))
            put('财政拨款收入', 'cur', Q(L.get('一般公共预算财政拨款收入', D(0)) + L.get('政府性基金预算财政拨款收入', D(0)), u, 'SZ'))
            doc['SZ'] = {'inc': inc_items, 'exp': exp_items}
        elif k in ('ZC', 'SR'):
            hdr = t['header']
            data = []
            for r in rows:
                code = r[0].strip()
                name = norm(r[1])
                vals = [num(c) for c in r[2:]]
                if None in vals:
                    F.add('parse', f'{tn}: bad number in {r}')
                    continue
                data.append((code, name, vals))
            ncol = len(hdr) - 2
            for code, name, vals in data:
                if len(code) == 3 and len([c for c, _, _ in data if len(c) == 5 and c.startswith(code)]) == 1:
                    F.traps.add('singlekuan')
            for code, name, vals in data:
                if not close(vals[0], sum(vals[1:]), tol):
                    F.add('sum.breakdown', f'{tn}: {code}{name} 合计列{vals[0]} ≠ 其余各列之和{sum(vals[1:])}')
            by = {code: vals for code, name, vals in data if code}
            for code, name, vals in data:
                if len(code) in (3, 5):
                    kids = [v for c, v in by.items() if len(c) == len(code) + 2 and c.startswith(code)]
                    if kids:
                        for j in range(ncol):
                            s = sum(x[j] for x in kids)
                            if not close(vals[j], s, tol):
                                F.add('sum.breakdown', f'{tn}: {code}{name} 第{j + 1}数列{vals[j]} ≠ 下级科目之和{s}')
            tot = [vals for code, name, vals in data if not code and '合计' in name]
            cls = [v for c, v in by.items() if len(c) == 3]
            if tot:
                for j in range(ncol):
                    s = sum(x[j] for x in cls)
                    if not close(tot[0][j], s, tol):
                        F.add('sum.breakdown', f'{tn}: 合计行第{j + 1}数列{tot[0][j]} ≠ 各类之和{s}')
                colnames = [norm(h) for h in hdr[2:]]
                if k == 'ZC':
                    put('本年支出合计', 'cur', Q(tot[0][0], u, 'ZC'))
                    for j, cn in enumerate(colnames):
                        if cn in ('基本支出', '项目支出'):
                            put(cn, 'cur', Q(tot[0][j], u, 'ZC'))
                    for code, name, vals in data:
                        if len(code) == 3:
                            put('CLS:' + name, 'cur', Q(vals[0], u, 'ZC'))
                    doc['ZC'] = {'classes': {name: vals[0] for code, name, vals in data if len(code) == 3},
                                 'total': tot[0], 'unit': u, 'colnames': colnames,
                                 'rows': {code: (name, vals) for code, name, vals in data if code}}
                else:
                    put('本年收入合计', 'cur', Q(tot[0][0], u, 'SR'))
                    for j, cn in enumerate(colnames):
                        if cn in ('财政拨款收入', '事业收入', '其他收入', '经营收入'):
                            put(cn, 'cur', Q(tot[0][j], u, 'SR'))
                    doc['SR'] = {'cols': dict(zip(colnames, tot[0])), 'unit': u}
        elif k == 'JB':
            trip = []
            for r in rows:
                if len(r) >= 6:
                    trip.append((r[0].strip(), norm(r[1]), r[2]))
                    trip.append((r[3].strip(), norm(r[4]), r[5]))
                else:
                    trip.append((r[0].strip(), norm(r[1]), r[2]))
            groups, items, summ = {}, {}, {}
            for code, name, val in trip:
                if not code and not name:
                    continue
                v = num(val)
                if code and len(code) == 3:
                    groups[code] = v
                elif code and len(code) == 5:
                    items[code] = v
                elif name:
                    summ[name] = v
            for g, gv in groups.items():
                s = sum(v for c, v in items.items() if c.startswith(g))
                if not close(gv, s, tol):
                    F.add('sum.breakdown', f'{tn}: {g}类{gv} ≠ 明细之和{s}')
            ren = sum(v for g, v in groups.items() if g in ('301', '303'))
            gong = sum(v for g, v in groups.items() if g not in ('301', '303'))
            if '人员经费合计' in summ and not close(summ['人员经费合计'], ren, tol):
                F.add('sum.breakdown', f'{tn}: 人员经费合计{summ["人员经费合计"]} ≠ 301+303={ren}')
            if '公用经费合计' in summ and not close(summ['公用经费合计'], gong, tol):
                F.add('sum.breakdown', f'{tn}: 公用经费合计{summ["公用经费合计"]} ≠ 302+310={gong}')
            if '合计' in summ:
                s = summ.get('人员经费合计', ren) + summ.get('公用经费合计', gong)
                if not close(summ['合计'], s, tol):
                    F.add('sum.breakdown', f'{tn}: 合计{summ["合计"]} ≠ 人员经费合计+公用经费合计={s}')
                put('基本支出', 'jb', Q(summ['合计'], u, 'JB'))
            if '人员经费合计' in summ:
                put('人员经费', 'cur', Q(summ['人员经费合计'], u, 'JB'))
            if '公用经费合计' in summ:
                put('公用经费', 'cur', Q(summ['公用经费合计'], u, 'JB'))
            doc['JB'] = {'items': items, 'unit': u}
        elif k == 'SG':
            hdr = [norm(h) for h in t['header']]
            vals = {}   # (key, role) -> value
            pcts = {}   # (key, kind) -> cell string
            if rows and norm(rows[0][0]) in ('预算数', '决算数', '上年决算数', '本年决算数', '年初预算数'):
                keys = [SG_ROWS.get(h) for h in hdr[1:]]
                for r in rows:
                    rl = norm(r[0])
                    role = 'prev' if '上年' in rl else 'budget' if '预算' in rl else 'cur'
                    for key, c in zip(keys, r[1:]):
                        if key:
                            vals[(key, role)] = num(c)
            else:
                roles = []
                for h in hdr[1:]:
                    if '执行率' in h:
                        roles.append('exec%')
                    elif '增减' in h:
                        roles.append('growth%')
                    elif '上年' in h:
                        roles.append('prev')
                    elif '预算' in h:
                        roles.append('budget')
                    else:
                        roles.append('cur')
                for r in rows:
                    key = SG_ROWS.get(norm(r[0]))
                    if not key:
                        continue
                    for role, c in zip(roles, r[1:]):
                        if role.endswith('%'):
                            pcts[(key, role)] = c.strip()
                        else:
                            vals[(key, role)] = num(c)
            rolesset = {r for (_, r) in vals}
            for role in rolesset:
                g = lambda kk: vals.get((kk, role), D(0))
                s = g('出国') + g('车') + g('接待')
                if ('三公', role) in vals and not close(g('三公'), s, tol):
                    F.add('sum.breakdown', f'{tn}: {role} 合计{g("三公")} ≠ 出国+车辆+接待={s}')
                if ('购置', role) in vals:
                    s = g('购置') + g('运行')
                    if not close(g('车'), s, tol):
                        F.add('sum.breakdown', f'{tn}: {role} 公务用车购置及运行费{g("车")} ≠ 购置+运行={s}')
                elif ('运行', role) in vals and g('运行') > g('车') + tol:
                    F.add('sum.breakdown', f'{tn}: {role} 公务用车运行费大于公务用车购置及运行费')
            for (key, kind), cs in pcts.items():
                cu = vals.get((key, 'cur'), D(0))
                base = vals.get((key, 'prev' if kind == 'growth%' else 'budget'), D(0))
                if base == 0:
                    if cs not in ('-', '', '—', '－'):
                        F.add('rate.ratio', f'{tn}: {key} 基数为0却列示{kind} {cs}')
                    else:
                        F.traps.add('zero')
                    continue
                try:
                    st = D(cs.rstrip('%'))
                except Exception:
                    F.add('rate.ratio', f'{tn}: {key} {kind} 非数字 {cs}')
                    continue
                num_ = (cu - base) if kind == 'growth%' else cu
                ok, exp = rate_ok(st, Q(num_, u), Q(base, u), kind == 'growth%', Q(cu, u))
                if not ok:
                    F.add('rate.ratio', f'{tn}: {key} {kind} 列示{cs}，按表计算应为{exp}')
            for (key, role), v in vals.items():
                put(key, role, Q(v, u, 'SG'))
            doc['SG'] = {'vals': vals, 'unit': u}
    return TV


def decimals(s):
    return len(s.split('.')[1]) if '.' in s else 0


def rate_ok(stated, numq, denq, growth=False, curq=None, st_str=None):
    """stated percent (Decimal) vs numq/denq*100; for growth numq = cur-prev (tolerances added)."""
    st_str = st_str if st_str is not None else str(stated)
    half = D(5) / (D(10) ** (decimals(st_str) + 1))
    if denq.v == 0:
        return False, 'n/a'
    exact = numq.v / denq.v * 100
    if abs(stated - exact) <= half + D('0.000001'):
        return True, f'{exact:.2f}'
    # loose: operands uncertain by their display rounding
    ntol = numq.tol * (2 if growth else 1)
    lo_d, hi_d = denq.v - denq.tol, denq.v + denq.tol
    cands = []
    for nn in (numq.v - ntol, numq.v + ntol):
        for dd in (lo_d, hi_d):
            if dd != 0:
                cands.append(nn / dd * 100)
    lo, hi = min(cands), max(cands)
    return (lo - half <= stated <= hi + half), f'{exact:.2f}'


# ----------------------------------------------------------------------------- prose
def find_labels(s):
    occ = []
    for word, key in LEX:
        for m in re.finditer(re.escape(word), s):
            occ.append((m.start(), m.end(), key))
    occ.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    taken = [False] * (len(s) + 1)
    chosen = []
    for st, en, key in occ:
        if any(taken[st:en]):
            continue
        for p in range(st, en):
            taken[p] = True
        chosen.append((st, en, key))
    chosen.sort()
    return chosen


def keys_of(label):
    return ['收入总计', '支出总计'] if label == 'BOTH' else [label]


def analyze_sentence(s, year, sid):
    labels = find_labels(s)
    masked = list(s)
    for st, en, _ in labels:
        for p in range(st, en):
            masked[p] = '□'
    masked = ''.join(masked)
    ev = []
    for st, en, key in labels:
        ev.append((st, en, 'label', key))
    for m in AMT_RE.finditer(masked):
        ev.append((m.start(), m.end(), 'amt', (m.group(1), m.group(2))))
    for m in PCT_RE.finditer(masked):
        ev.append((m.start(), m.end(), 'pct', m.group(1)))
    for m in CNT_RE.finditer(masked):
        ev.append((m.start(), m.end(), 'cnt', (m.group(1), m.group(2))))
    for m in QZ_RE.finditer(masked):
        ev.append((m.start(), m.end(), 'qz', None))
    ev.sort()
    prev_year = f'{year - 1}年' if year else '@@@'

    def depth_at(p):
        seg = masked[:p]
        return seg.count('（') + seg.count('(') - seg.count('）') - seg.count(')')

    stmts = {}            # key -> dict
    facts = []            # (key, role, Q, sentence id)
    counts = []
    relations = []        # (parentkey, parentQ, [(key, Q)], complete-flag decided later)
    checks = []           # derived: ('change'|'growth'|'exec'|'share'|'chgbud', data)
    cur_label = None
    pend_labels = []
    queue = []
    pend_den = None
    last_end = 0
    last_label_end = None
    last_label_start = None
    last_cur = None       # (key, Q, depth)
    scopes = []           # stack of dict(parent=(key,Q), depth, kids=[])
    sent_curs = []        # cur amounts of this sentence: (label, Q, depth)

    def stmt(key):
        return stmts.setdefault(key, {'key': key})

    for idx, (st, en, typ, val) in enumerate(ev):
        d = depth_at(st)
        while scopes and d < scopes[-1]['depth']:
            relations.append(scopes.pop())
        if typ == 'label':
            gap = masked[last_end:st]
            if '占' in gap:
                pend_den = val
            else:
                cur_label = val
                pend_labels.append(val)
                last_label_start = st
                last_label_end = en
            continue
        if typ == 'qz':
            parent = last_cur if last_cur and last_cur[2] <= d else None
            nxt = next((e for e in ev[idx + 1:] if e[2] == 'label'), None)
            if parent and nxt and nxt[3] in CHILDREN.get(parent[0], set()):
                scopes.append({'parent': parent, 'depth': d, 'kids': []})
            continue
        window = masked[last_end:st]
        if last_label_end is not None and last_end <= last_label_start < st:
            post = masked[last_label_end:st]
            k0 = max(masked.rfind(ch, 0, last_label_start) for ch in '，；。：、（）')
            pre = masked[max(k0 + 1, last_end):last_label_start]
        else:
            post = window
            pre = ''
        if typ == 'cnt':
            n, unit = val
            ctx = masked[max(0, st - 14):st]
            key = None
            if unit in ('批次', '人次') and '接待' in ctx:
                key = '接待' + unit
            elif unit == '辆':
                if re.search(r'保有量|现有|实有', ctx):
                    key = '车辆保有量'
                elif re.search(r'购置|新购|购买', ctx):
                    key = '购置车辆'
            if key:
                counts.append((key, int(n), sid))
            last_end = en
            continue
        if typ == 'amt':
            raw, unit = val
            q = Q(D(raw.replace(',', '')), unit, f'句{sid}')
            if re.search(r'增加|减少|增减额|节约', post):
                role = 'chgbud' if '预算' in post else 'change'
                if re.search(r'减少|节约', post):
                    q.v = -abs(q.v)
            elif re.search(r'上年|上一年|去年|同期|' + prev_year, post + pre):
                role = 'prev'
            elif '预算' in post and '决算' not in post[post.rfind('预算'):]:
                role = 'budget'
            else:
                role = 'cur'
            if '分别' in window and len(pend_labels) >= 2:
                queue = pend_labels[:]
            if queue:
                label = queue.pop(0)
            else:
                label = cur_label
            pend_labels = []
            last_end = en
            if label is None:
                continue
            for key in keys_of(label):
                sm = stmt(key)
                if role == 'cur':
                    sm.setdefault('cur', q)
                    facts.append((key, 'cur', q, sid))
                elif role in ('prev', 'budget'):
                    sm.setdefault(role, q)
                    facts.append((key, role, q, sid))
                else:
                    sm.setdefault(role, []).append(q)
            if role == 'cur':
                # "A、B，两项合计即C" : parent stated after its parts
                if '合计' in window and label in CHILDREN:
                    kids = [(lb, qq) for lb, qq, dd in sent_curs if dd == d and lb in CHILDREN[label]]
                    if len(kids) >= 2:
                        relations.append({'parent': (label, q, d), 'depth': d, 'kids': kids})
                sent_curs.append((label, q, d))
                last_cur = (label, q, d)
                # scope membership
                while scopes and scopes[-1]['depth'] == d:
                    sc = scopes[-1]
                    if label in CHILDREN.get(sc['parent'][0], set()):
                        sc['kids'].append((label, q))
                        break
                    relations.append(scopes.pop())
            continue
        if typ == 'pct':
            sval = D(val)
            if re.search(r'执行率|完成预算|完成年初预算|为预算|为年初预算|占预算|占年初预算', window):
                kind = 'exec'
            elif re.search(r'增长|下降|增幅|降幅|增减率|上升', window):
                kind = 'growth'
                if re.search(r'下降|降幅', window):
                    sval = -abs(sval)
            elif '占' in window:
                kind = 'share'
            else:
                kind = None
            if kind and last_cur:
                lk = last_cur[0]
                if kind == 'share':
                    den = pend_den
                    if den is None and scopes:
                        den = scopes[-1]['parent'][0]
                        denq = scopes[-1]['parent'][1]
                    else:
                        denq = None
                    checks.append(('share', lk, last_cur[1], den, denq, sval, val, sid))
                else:
                    for key in keys_of(lk):
                        checks.append((kind, key, sval, val, sid))
            pend_den = None
            last_end = en
            continue
    while scopes:
        relations.append(scopes.pop())
    return stmts, facts, counts, relations, checks


# ----------------------------------------------------------------------------- doc-level checks
def as_unit(v, unit):
    return f'{v / WAN:.2f}万元' if unit == '万元' else f'{v:.2f}元'


def same(p, t):
    """prose quantity p vs table quantity t."""
    if p.unit == t.unit:
        return abs(p.v - t.v) <= D('0.0001') * (WAN if p.unit == '万元' else 1)
    return abs(p.v - t.v) <= max(p.tol, t.tol) + D('0.0001')


def magnitude_slip(p, t):
    for f in (WAN, 1 / WAN):
        alt = p.v * f
        if t.v != 0 and abs(alt - t.v) <= max(p.tol * f if f > 1 else p.tol, t.tol) + D('0.01'):
            return True
    return False


def check_prose(doc, TV, F):
    year = doc['year']
    sents = [s for s in re.split(r'(?<=。)', doc['prose']) if s.strip()]
    all_facts, all_counts, all_rel, all_checks, all_stmts = [], [], [], [], []
    for sid, s in enumerate(sents, 1):
        stmts, facts, counts, rels, checks = analyze_sentence(s, year, sid)
        all_facts += facts
        all_counts += counts
        all_rel += [(r, sid) for r in rels]
        all_checks += checks
        all_stmts.append((sid, stmts))
    fixed = {}

    def tv(key, role):
        q = TV.get((key, role))
        if q is None and key == '基本支出' and role == 'cur':
            q = TV.get(('基本支出', 'jb'))
        if q is None and key == '一般公共预算财政拨款收入' and role == 'cur':
            q = TV.get(('财政拨款收入', 'cur')) if ('政府性基金预算财政拨款收入', 'cur') not in TV else None
        return q

    # prose vs tables
    for key, role, q, sid in all_facts:
        t = tv(key, role)
        if t is None:
            continue
        if not same(q, t):
            if magnitude_slip(q, t):
                F.add('unit.magnitude', f'句{sid}: {key}({role}) 文中{q.shown()}，表中{t.shown()}（单位/量级不符）')
                fixed[id(q)] = t
            else:
                F.add('table.text', f'句{sid}: {key}({role}) 文中{q.shown()}，表中{t.shown()}')
    # facts restated in prose only
    groups = {}
    for key, role, q, sid in all_facts:
        if tv(key, role) is not None:
            continue
        groups.setdefault((key, role), []).append((q, sid))
    prose_val = {}
    for (key, role), lst in groups.items():
        base = lst[0][0]
        prose_val[(key, role)] = base
        for q, sid in lst[1:]:
            if not same(q, base):
                if magnitude_slip(q, base):
                    F.add('unit.magnitude', f'{key}({role}) 文中先后为{base.shown()}与{q.shown()}（量级不符）')
                else:
                    F.add('fact.conflict', f'{key}({role}) 文中先后为{base.shown()}（句{lst[0][1]}）与{q.shown()}（句{sid}）')
    cg = {}
    for key, n, sid in all_counts:
        cg.setdefault(key, []).append((n, sid))
    for key, lst in cg.items():
        vals = {n for n, _ in lst}
        if len(vals) > 1:
            F.add('fact.conflict', f'{key} 文中先后为' + '、'.join(f'{n}（句{sid}）' for n, sid in lst))

    def best(key, role, stm=None):
        """most precise value: table, else this sentence, else prose elsewhere."""
        t = tv(key, role)
        if t is not None:
            return t
        if stm is not None and role in stm:
            q = stm[role]
            return fixed.get(id(q), q)
        return prose_val.get((key, role))

    # benign features
    for sid, stmts in all_stmts:
        for key, sm in stmts.items():
            if any(q.v < 0 for q in sm.get('change', [])):
                F.traps.add('neg')
    kinds_by = {}
    for c in all_checks:
        if c[0] in ('growth', 'exec'):
            if c[0] == 'growth' and c[2] < 0:
                F.traps.add('neg')
            kinds_by.setdefault((c[4], c[1]), set()).add(c[0])
            if c[0] == 'exec':
                cu, bu = tv(c[1], 'cur'), tv(c[1], 'budget')
                if cu and bu and cu.v < bu.v:
                    F.traps.add('budget')
    if any(v == {'growth', 'exec'} for v in kinds_by.values()):
        F.traps.add('base')
    if '上年未发生' in doc['prose']:
        F.traps.add('zero')
    if any(t['unit'] == '元' for t in doc['tables']) and re.search(r'\d万元', doc['prose']):
        F.traps.add('yuan')
    if 'ZC' in doc and any(k == '基本支出' and r == 'cur' for k, r, _, _ in all_facts):
        cn = doc['ZC']['colnames']
        if '基本支出' in cn:
            j = cn.index('基本支出')
            with_basic = [c for c, (nm, v) in doc['ZC']['rows'].items() if len(c) == 3 and v[j] != 0]
            if len(with_basic) >= 2:
                F.traps.add('classmove')
    if 'SZ' in doc:
        sz = [t for t in doc['tables'] if t['kind'] == 'SZ'][0]
        for r in sz['rows']:
            if norm(r[2]) == '结余分配' and num(r[3]) != 0:
                F.traps.add('jieyu')
    if 'SG' in doc:
        vals = doc['SG']['vals']
        if vals.get(('车', 'cur'), D(0)) > 0 and not any(vals.get(('购置', r), D(0)) for r in ('cur', 'budget', 'prev')):
            if ('购置', 'cur') not in vals:
                F.traps.add('sgrun')

    # changes
    for sid, stmts in all_stmts:
        for key, sm in stmts.items():
            for role, base_role in (('change', 'prev'), ('chgbud', 'budget')):
                for q in sm.get(role, []):
                    cu = best(key, 'cur', sm)
                    pr = best(key, base_role, sm)
                    if cu is None or pr is None:
                        continue
                    exp = cu.v - pr.v
                    tol = q.tol + cu.tol + pr.tol
                    if not close(q.v, exp, tol):
                        what = '比预算' if role == 'chgbud' else '比上年'
                        F.add('change', f'句{sid}: {key}{what}增减额写作{q.shown()}，{cu.shown()}-{pr.shown()}应为{as_unit(exp, q.unit)}')
    # rates
    for c in all_checks:
        if c[0] in ('growth', 'exec'):
            kind, key, sval, sstr, sid = c
            sm = dict(all_stmts)[sid].get(key, {})
            cu = best(key, 'cur', sm)
            base = best(key, 'prev' if kind == 'growth' else 'budget', sm)
            if cu is None or base is None or base.v == 0:
                continue
            if kind == 'growth':
                numq = Q(cu.v - base.v, '元')
                numq.tol = cu.tol + base.tol
                ok, exp = rate_ok(sval, numq, base, False, st_str=sstr)
            else:
                ok, exp = rate_ok(sval, cu, base, st_str=sstr)
            if not ok:
                F.add('rate.ratio', f'句{sid}: {key} {"增减率" if kind == "growth" else "执行率"}写作{sstr}%，应为{exp}%')
        else:
            _, lk, q, den, denq, sval, sstr, sid = c
            if den is None:
                continue
            sm = dict(all_stmts)[sid]
            numq = best(lk, 'cur', sm.get(lk, {})) if tv(lk, 'cur') else fixed.get(id(q), q)
            dq = best(den, 'cur', sm.get(den, {})) or denq
            if dq is None or numq is None:
                continue
            ok, exp = rate_ok(sval, numq, dq, st_str=sstr)
            if not ok:
                F.add('rate.ratio', f'句{sid}: {lk}占{den}比例写作{sstr}%，应为{exp}%')
    # "其中" decompositions
    income_nonzero = None
    if 'SZ' in doc:
        income_nonzero = {lab for lab, v in doc['SZ']['inc'] if v != 0}
    elif 'SR' in doc:
        m = {'财政拨款收入': '一般公共预算财政拨款收入'}
        income_nonzero = {m.get(k, k) for k, v in doc['SR']['cols'].items() if v != 0 and k != '本年收入合计' and k != '合计'}
    classes = None
    if 'ZC' in doc:
        classes = {'CLS:' + c for c in doc['ZC']['classes']}
    elif 'SZ' in doc:
        classes = {'CLS:' + lab for lab, v in doc['SZ']['exp']}
    for sc, sid in all_rel:
        pkey, pq, _ = sc['parent']
        kids = sc['kids']
        if not kids:
            continue
        pq = fixed.get(id(pq), pq)
        ks = {k for k, _ in kids}
        complete = False
        if pkey == '三公':
            complete = ks in ({'出国', '车', '接待'}, {'出国', '购置', '运行', '接待'})
        elif pkey == '车':
            complete = ks == {'购置', '运行'}
        elif pkey == '基本支出':
            complete = ks == {'人员经费', '公用经费'}
        elif pkey == '本年支出合计':
            complete = ks == {'基本支出', '项目支出'} or (classes is not None and ks == classes)
        elif pkey == '本年收入合计':
            kk = {('一般公共预算财政拨款收入' if k == '财政拨款收入' else k) for k in ks}
            complete = income_nonzero is not None and kk == income_nonzero
        elif pkey in ('收入总计', '支出总计'):
            complete = len(ks) >= 2
        s = sum(fixed.get(id(q), q).v for _, q in kids)
        unit_tol = D(100) if any(q.unit == '万元' for _, q in kids) or pq.unit == '万元' else D('0.01')
        fam = 'balance' if pkey in ('收入总计', '支出总计') else 'sum.breakdown'
        if complete and not close(pq.v, s, unit_tol):
            F.add(fam, f'句{sid}: {pkey}{pq.shown()} ≠ 其中各项之和{Q(s, "元").shown()}')
        elif not complete and s > pq.v + unit_tol:
            F.add(fam, f'句{sid}: {pkey}{pq.shown()} 小于其中所列部分之和{Q(s, "元").shown()}')
        elif complete and s != pq.v:
            F.traps.add('round')
        elif not complete and s < pq.v - unit_tol:
            F.traps.add('nonexh')
        if pkey == '车' and ks == {'运行'}:
            F.traps.add('sgrun')
    # carry-over flow
    def getv(key, default=None):
        q = tv(key, 'cur')
        if q is None:
            q = prose_val.get((key, 'cur'))
        return q if q is not None else default
    A0, R, E, T = getv('年初结转和结余'), getv('本年收入合计'), getv('本年支出合计'), getv('年末结转和结余')
    S = getv('结余分配', Q(D(0), '元'))
    U = getv('使用非财政拨款结余', Q(D(0), '元'))
    if None not in (A0, R, E, T):
        flow = A0.v + R.v + U.v - E.v - S.v
        tol = D(100) if any(x.unit == '万元' for x in (A0, R, E, T)) else D('0.01')
        if not close(flow, T.v, tol):
            F.add('balance', f'年初{A0.shown()}+本年收入{R.shown()}+使用非财政拨款结余{U.shown()}-本年支出{E.shown()}'
                             f'-结余分配{S.shown()}={as_unit(flow, T.unit)}，但年末结转和结余为{T.shown()}')


def check_cross(doc, TV, F):
    def val(k):
        return TV.get(k)
    pairs = []
    if 'SZ' in doc and 'ZC' in doc:
        sz = dict(doc['SZ']['exp'])
        for name, v in doc['ZC']['classes'].items():
            q1 = TV.get(('CLS:' + name, 'cur'))
            if name in sz:
                a = Q(sz[name], [t for t in doc['tables'] if t['kind'] == 'SZ'][0]['unit'])
                b = Q(v, doc['ZC']['unit'])
                if not same(a, b):
                    F.add('xtable', f'收支总表{name}{a.shown()} ≠ 支出决算表{b.shown()}')
        a = Q(sz.get('本年支出合计', D(0)), 'x')
    if 'JB' in doc and 'ZC' in doc:
        fiscal_only = True
        if 'SZ' in doc:
            fiscal_only = all(v == 0 for lab, v in doc['SZ']['inc'] if lab != '一般公共预算财政拨款收入')
        if 'SR' in doc:
            fiscal_only = fiscal_only and all(v == 0 for k, v in doc['SR']['cols'].items() if k in ('事业收入', '其他收入', '经营收入'))
        a, b = TV.get(('基本支出', 'jb')), TV.get(('基本支出', 'cur'))
        if fiscal_only and a and b and not same(a, b):
            F.add('xtable', f'基本支出决算表合计{a.shown()} ≠ 支出决算表基本支出{b.shown()}')
    if 'JB' in doc and 'SG' in doc:
        u = doc['JB']['unit']
        for code, key in (('30217', '接待'), ('30231', '运行')):
            if code in doc['JB']['items'] and (key, 'cur') in doc['SG']['vals']:
                a = Q(doc['JB']['items'][code], u)
                b = Q(doc['SG']['vals'][(key, 'cur')], doc['SG']['unit'])
                if not same(a, b):
                    F.add('xtable', f'基本支出表{code} {a.shown()} ≠ 三公表{key} {b.shown()}')
    if 'SZ' in doc and 'SR' in doc:
        a = TV.get(('本年收入合计', 'cur'))


def check_file(path):
    text = open(path, encoding='utf-8').read()
    F = Findings()
    try:
        doc = parse_doc(text)
        TV = check_tables(doc, F)
        # cross-table totals via TV collisions
        for t1 in doc['tables']:
            pass
        check_cross(doc, TV, F)
        check_prose(doc, TV, F)
        # same key from two tables
    except Exception as e:  # pragma: no cover
        import traceback
        F.add('parse', f'{type(e).__name__}: {e} ' + traceback.format_exc().splitlines()[-3])
        doc = None
    return F, doc


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    verbose = '-v' in sys.argv
    expect, detail = {}, {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as f:
        next(f)
        for ln in f:
            p = ln.rstrip('\n').split('\t')
            expect[p[0]] = p[1]
            detail[p[0]] = p[2] if len(p) > 2 else ''
    ids = args or sorted(expect)
    agree = 0
    for i in ids:
        F, doc = check_file(os.path.join(HERE, i + '.txt'))
        fams = F.fams()
        exp = expect.get(i, '?')
        missing = []
        if exp == 'clean':
            listed = re.findall(r'(?:^traps: |; )([a-z]+):', detail.get(i, ''))
            missing = [t for t in listed if t not in F.traps]
            ok = not fams and not missing and len(listed) >= 2
        else:
            ok = fams == [exp]
        agree += ok
        status = 'OK ' if ok else 'BAD'
        extra = f'  traps seen: {",".join(sorted(F.traps))}' if exp == 'clean' else ''
        if missing:
            extra += f'  MISSING traps: {",".join(missing)}'
        print(f'{status} {i} expected={exp:15s} found={",".join(fams) or "clean"}{extra}')
        if verbose or not ok:
            for fam, msg in F.items:
                print(f'      [{fam}] {msg}')
    print(f'\n{agree}/{len(ids)} documents agree with expect.tsv')
    return 0 if agree == len(ids) else 1


if __name__ == '__main__':
    sys.exit(main())
