#!/usr/bin/env python3
"""Independent re-reader for blind set 77.

It does not import gen.py.  It reads each tNN.txt as text, recovers the tables
from whatever layout they are written in (tabs, runs of spaces, pipes, one
cell per line, wrapped cells, two-line headers), reads the prose with regular
expressions, re-derives every relation it recognises and reports findings by
slip family.  It also records the trap kinds it verified.

    python3 check.py                # checks t01..t40 against expect.tsv
    python3 check.py --twins DIR    # each twin is clean and differs from its
                                    # slip document in exactly one paragraph
    python3 check.py -v             # print findings and traps per document
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
NUM = r'(\d+(?:\.\d+)?)'
NUMCELL = re.compile(r'^-?\d+(?:\.\d+)?%?$')
LAYOUT_TRAPS = {'wrapped_cells', 'two_line_header', 'one_cell_per_line'}


def rq(x, nd):
    return x.quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def ndec(s):
    s = s.rstrip('%')
    return len(s.split('.')[1]) if '.' in s else 0


def isnum(c):
    return bool(NUMCELL.match(c.strip()))


def val(c):
    return D(c.strip().rstrip('%').replace(',', ''))


def strip_caption(name):
    return re.sub(r'[（(]\d+(?:\.\d+)?分[)）]', '', name).strip()


def norm_name(name):
    n = strip_caption(name)
    n = re.sub(r'指标$', '', n)
    n = re.sub(r'^项目', '', n)
    return n


LEVEL1 = re.compile(r'^(项目)?(决策|过程|管理|产出|效益)(指标)?$|^(满意度|成本|产出|效益)指标$')


def is_level1(name):
    return bool(LEVEL1.match(strip_caption(name)))


# ------------------------------------------------------------------ grades
DEFAULT_BANDS = [(D(90), {'优', '优秀'}), (D(80), {'良', '良好'}), (D(60), {'中', '合格', '一般'}), (D(0), {'差', '不合格', '较差'})]
GRADE_WORDS = '优秀|良好|基本合格|不合格|合格|较差|一般|优|良|中|差'


def parse_bands(text):
    bands = []
    for m in re.finditer(r'(\d+)分?（含）(?:以上|[-—~～至]\s*\d+分?)(?:的)?为[“"]?(' + GRADE_WORDS + r')[”"]?', text):
        bands.append((D(m.group(1)), m.group(2)))
    for m in re.finditer(r'(\d+)分以下(?:的)?为[“"]?(' + GRADE_WORDS + r')[”"]?', text):
        bands.append((D(0), m.group(2)))
    if not bands:
        return None
    bands = sorted(set(bands), key=lambda x: -x[0])
    return [(lo, {g}) for lo, g in bands]


def band_of(score, bands):
    for lo, gs in bands:
        if score >= lo:
            return gs
    return set()


# ------------------------------------------------------------------ tables
HEADER_SET = {'一级指标', '二级指标', '三级指标', '分值', '得分', '得分率', '权重', '扣分原因', '子项目', '子项目名称',
              '序号', '资金来源', '项目资金', '预算数', '支出数', '执行数', '执行率', '结余', '实际支出', '年初预算数',
              '全年预算数', '全年执行数', '年度指标值', '实际完成值', '偏差原因分析及改进措施', '指标名称'}


def role_of(h):
    h0 = re.sub(r'[（(][^）)]*[)）]', '', h).strip()
    if '得分率' in h0:
        return 'srate'
    if '扣分' in h0 or '原因' in h0 or '偏差' in h0:
        return 'text'
    if '得分' in h0:
        return 'score'
    if '分值' in h0 or '权重' in h0 or '满分' in h0:
        return 'weight'
    if '年初预算' in h0:
        return 'b0'
    if '全年预算' in h0:
        return 'b1'
    if '全年执行' in h0 or '执行数' in h0 or '支出' in h0:
        return 'exe'
    if '执行率' in h0:
        return 'erate'
    if '结余' in h0:
        return 'bal'
    if '预算' in h0:
        return 'b1'
    if '指标值' in h0 or h0 == '年度':
        return 'target'
    if '完成值' in h0 or h0 == '实际':
        return 'actual'
    if '序号' in h0:
        return 'seq'
    return 'name'


class Table:
    def __init__(self, caption, body):
        self.caption = caption
        self.layout = None
        self.header = []
        self.rows = []          # list of dict(role->value string) plus 'names' list
        self.raw = []
        self.two_line_header = False
        self.wrapped = False
        self.parse(body)

    def parse(self, body):
        body = [b for b in body if not b.startswith('单位：')]
        first = body[0]
        if first.startswith('|'):
            self.layout = 'pipe'
        elif '\t' in first:
            self.layout = 'tab'
        elif re.search(r'\S {2,}\S', first):
            self.layout = 'space'
        else:
            self.layout = 'cell'
        rows = []
        if self.layout == 'pipe':
            for ln in body:
                if re.match(r'^\|[\s\-:|]+\|$', ln):
                    continue
                rows.append([c.strip() for c in ln.strip()[1:-1].split('|')])
        elif self.layout == 'tab':
            for ln in body:
                rows.append([c.strip() for c in ln.split('\t')])
        elif self.layout == 'space':
            for ln in body:
                rows.append([c for c in re.split(r' {2,}', ln.strip())])
        else:
            hdr = []
            i = 0
            while i < len(body) and re.sub(r'[（(][^）)]*[)）]', '', body[i]).strip() in HEADER_SET:
                hdr.append(body[i])
                i += 1
            n = len(hdr)
            rows.append(hdr)
            rest = body[i:]
            for k in range(0, len(rest), n):
                rows.append([('' if c in ('—', '/', '-') else c) for c in rest[k:k + n]])
        header = rows[0]
        data = rows[1:]
        # second header line: a row right after the header without any number
        if data and not any(isnum(c) for c in data[0]) and self.layout != 'cell':
            self.two_line_header = True
            if self.layout in ('tab', 'pipe'):
                header = [(a + b).strip() for a, b in zip(header, data[0] + [''] * (len(header) - len(data[0])))]
            data = data[1:]
        self.header = header
        roles = [role_of(h) for h in header]
        self.roles = roles
        numroles = [r for r in roles if r in ('weight', 'score', 'srate', 'b0', 'b1', 'exe', 'erate', 'bal')]
        out = []
        for cells in data:
            if self.layout == 'space':
                if not any(isnum(c) for c in cells) and out:
                    # continuation of a wrapped cell of the previous row
                    self.wrapped = True
                    prev = out[-1]
                    key = prev['_lasttext']
                    if key is not None:
                        prev[key] = prev[key] + ''.join(cells)
                        if key == 'text':
                            pass
                        else:
                            prev['names'][-1] = prev[key]
                    continue
                r = {'names': [], '_lasttext': None}
                k = 0
                seq_done = roles[0] != 'seq'
                numcells = []
                trailing = []
                for c in cells:
                    if not seq_done and re.match(r'^\d+$', c):
                        seq_done = True
                        continue
                    seq_done = True
                    if isnum(c):
                        numcells.append(c)
                    elif numcells:
                        trailing.append(c)
                    else:
                        r['names'].append(c)
                for role, c in zip(numroles, numcells):
                    r[role] = c
                if r['names']:
                    r['name'] = r['names'][-1]
                    r['_lasttext'] = 'name'
                if trailing:
                    r['text'] = ''.join(trailing)
                    r['_lasttext'] = 'text'
                r['first'] = r['names'][0] if r['names'] else ''
                r['nnames'] = len(r['names'])
                out.append(r)
            else:
                cells = cells + [''] * (len(roles) - len(cells))
                r = {'names': []}
                for role, c, h in zip(roles, cells, header):
                    if role == 'name':
                        r['names'].append(c)
                    elif c != '':
                        r[role] = c
                r['first'] = r['names'][0] if r['names'] else ''
                nonempty = [c for c in r['names'] if c]
                r['name'] = nonempty[-1] if nonempty else ''
                r['nnames'] = len(nonempty)
                r['cells'] = cells
                out.append(r)
        self.rows = out

    @property
    def kind(self):
        if 'b1' in self.roles and 'exe' in self.roles:
            return 'fund'
        if 'weight' in self.roles and 'score' in self.roles:
            return 'score'
        return 'other'


def split_doc(text):
    lines = text.split('\n')
    tables = []
    prose = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if re.match(r'^附?表\d+\s', ln):
            j = i + 1
            body = []
            while j < len(lines) and lines[j].strip() != '':
                body.append(lines[j])
                j += 1
            tables.append(Table(ln, body))
            i = j
            continue
        if ln.strip():
            prose.append(ln)
        i += 1
    return tables, prose


# ------------------------------------------------------------------ the checker
class Doc:
    def __init__(self, text):
        self.text = text
        self.findings = []
        self.traps = set()
        self.tables, self.prose = split_doc(text)
        m = re.search(r'(20\d\d)年度', '\n'.join(self.prose[:3]))
        self.year = m.group(1) if m else None
        self.ptext = '\n'.join(self.prose)
        self.bands = parse_bands(self.ptext)
        self.wanyuan = set()
        self.table_total = None
        self.table_groups = {}
        self.table_items = {}
        self.fund_total = None
        self.fund_rows = {}
        self.fund_score = None
        self.run()

    def flag(self, fam, msg):
        self.findings.append((fam, msg))

    def rate_ok(self, stated, num_, den):
        """stated: text like '97.76%'; checks half-up rounding at stated precision."""
        nd = ndec(stated)
        exact = D(num_) / D(den) * 100
        ok = rq(exact, nd) == val(stated)
        if ok and exact.quantize(D(1).scaleb(-nd), rounding=ROUND_DOWN) != rq(exact, nd):
            self.traps.add('rate_half_up')
        return ok

    def other_year(self, sent):
        if re.search(r'上年(?!结转)|上一年度', sent):
            return True
        sent = re.sub(r'20\d\d年\d+月\d+日', '', sent)
        for y in re.findall(r'(20\d\d)年', sent):
            if self.year and y != self.year:
                return True
        return False

    # -------------------------------------------------------------- tables
    def check_fund(self, t):
        rows = t.rows
        tot = None
        for r in rows:
            if re.search(r'合计|总额|总计', r['first'] + r['name']):
                tot = r
        if tot is None:
            # no total row: per-row relations only
            parts = rows
        else:
            parts = [r for r in rows if r is not tot]
            self.fund_total = tot if self.fund_total is None else self.fund_total
        for r in rows:
            for k in ('b0', 'b1', 'exe', 'bal'):
                if k in r:
                    self.wanyuan.add(val(r[k]))
            nm = re.sub(r'^其中[：:]', '', r['name'])
            self.fund_rows[nm] = r
            if 'erate' in r and 'b1' in r and 'exe' in r:
                if val(r['b1']) == 0:
                    self.traps.add('zero_over_zero')
                elif not self.rate_ok(r['erate'], val(r['exe']), val(r['b1'])):
                    self.flag('rate.ratio', f"{t.caption}: {r['name']} 执行率 {r['erate']}")
                elif val(r['erate']) > 100:
                    self.traps.add('rate_over_100')
            if 'bal' in r and 'b1' in r and 'exe' in r:
                if val(r['b1']) - val(r['exe']) != val(r['bal']):
                    self.flag('balance.carryover', f"{t.caption}: {r['name']} 结余 {r['bal']}")
                else:
                    self.traps.add('balance_ok')
        if tot is not None:
            for k in ('b0', 'b1', 'exe', 'bal'):
                if k in tot and all(k in p for p in parts):
                    s = sum(val(p[k]) for p in parts)
                    if s != val(tot[k]):
                        self.flag('sum.breakdown', f"{t.caption}: 列 {k} 分项和 {s} ≠ {tot[k]}")
            if 'score' in tot and 'weight' in tot:
                self.fund_score = (val(tot['weight']), val(tot['score']))
                if val(tot['score']) > val(tot['weight']):
                    self.flag('score.cap', f"{t.caption}: 资金得分 {tot['score']}")
                if re.search(r'执行率×分值|分值×执行率', self.ptext):
                    exp1 = rq(val(tot['weight']) * val(tot['erate']) / 100, 2)
                    exp2 = rq(val(tot['weight']) * val(tot['exe']) / val(tot['b1']), 2)
                    if val(tot['score']) in (exp1, exp2):
                        self.traps.add('fund_score_formula')
                    else:
                        self.flag('score.total', f"资金得分 {tot['score']} ≠ 分值×执行率")

    def check_score(self, t):
        rows = t.rows
        summary = not any(role_of(h) == 'name' and ('三级' in h or '二级' in h) for h in t.header)
        groups = []      # dict(row, items)
        total = None
        grade_row = None
        items_all = []
        for r in rows:
            label = r['first'] if t.layout != 'space' else (r['names'][0] if r['names'] else '')
            if re.search(r'合计|总分|总计', label):
                total = r
                continue
            if '等级' in label:
                grade_row = r
                continue
            if summary:
                groups.append({'row': r, 'name': r['name'], 'items': []})
                continue
            if t.layout == 'space':
                sub = r['nnames'] == 1 and is_level1(r['names'][0])
                glabel = r['names'][0] if (r['nnames'] > 1 and is_level1(r['names'][0])) else None
            else:
                sub = bool(r['first']) and r['nnames'] == 1 and is_level1(r['first'])
                sub = sub or (len(r['names']) > 1 and r['names'][1] == '小计')
                glabel = r['first'] if (r['first'] and not sub) else None
            if sub:
                groups.append({'row': r, 'name': r['first'] or r['names'][0], 'items': []})
            else:
                if glabel:
                    groups.append({'row': None, 'name': glabel, 'items': []})
                if not groups:
                    groups.append({'row': None, 'name': '?', 'items': []})
                groups[-1]['items'].append(r)
                items_all.append(r)
        # per-row checks
        for r in [g['row'] for g in groups if g['row']] + items_all + ([total] if total else []):
            if 'weight' in r and 'score' in r:
                w, s = val(r['weight']), val(r['score'])
                if s > w:
                    self.flag('score.cap', f"{t.caption}: {r['name']} 得分 {r['score']} > 分值 {r['weight']}")
                if 'srate' in r:
                    if w == 0:
                        pass
                    elif not self.rate_ok(r['srate'], s, w):
                        self.flag('rate.ratio', f"{t.caption}: {r['name']} 得分率 {r['srate']}")
                    else:
                        self.traps.add('score_rate_column')
                if w == 0 and r is not total:
                    self.traps.add('zero_weight_level1')
                m = re.search(r'扣' + NUM + '分', r.get('text', ''))
                if m:
                    if D(m.group(1)) != w - s:
                        self.flag('score.total', f"{t.caption}: {r['name']} 扣分 {m.group(1)} ≠ {w - s}")
                    else:
                        self.traps.add('deduction_in_reason')
            if r is not total and 'weight' in r:
                self.table_items[norm_name(r['name'])] = r
        # group relations
        gsum_s = D(0)
        gsum_w = D(0)
        for g in groups:
            its = g['items']
            gw = sum(val(i['weight']) for i in its if 'weight' in i) if its else None
            gs = sum(val(i['score']) for i in its if 'score' in i) if its else None
            if g['row'] is not None:
                row = g['row']
                if its:
                    if gs != val(row['score']):
                        self.flag('score.total', f"{t.caption}: {g['name']} 小计 {row['score']} ≠ 三级之和 {gs}")
                    if gw != val(row['weight']):
                        self.flag('score.total', f"{t.caption}: {g['name']} 权重 {row['weight']} ≠ {gw}")
                gw, gs = val(row['weight']), val(row['score'])
            m = re.search(r'[（(]' + NUM + r'分[)）]', g['name'])
            if m and gw is not None:
                if D(m.group(1)) == gw:
                    self.traps.add('caption_weight')
                else:
                    self.flag('score.total', f"{t.caption}: {g['name']} 括注分值 ≠ {gw}")
            if gw == 0:
                self.traps.add('zero_weight_level1')
            self.table_groups[norm_name(g['name'])] = (gw, gs)
            gsum_s += gs
            gsum_w += gw
        if total is not None and 'score' in total:
            ts = val(total['score'])
            self.table_total = ts
            if gsum_s != ts:
                fund = None
                m = re.search(r'预算执行率得分' + NUM + '分', total.get('text', ''))
                if m:
                    fund = D(m.group(1))
                elif self.fund_score:
                    fund = self.fund_score[1]
                if fund is not None and gsum_s + fund == ts:
                    self.traps.add('fund_score_in_total')
                    if self.fund_score and self.fund_score[1] != fund:
                        self.flag('table.text', f"总分行资金得分 {fund} ≠ 资金表 {self.fund_score[1]}")
                    gsum_w += self.fund_score[0] if self.fund_score else D(10)
                else:
                    self.flag('score.total', f"{t.caption}: 合计 {total['score']} ≠ {gsum_s}")
            if 'weight' in total and val(total['weight']) != gsum_w:
                self.flag('score.total', f"{t.caption}: 合计分值 {total['weight']} ≠ {gsum_w}")
        if grade_row is not None and self.table_total is not None:
            g = grade_row.get('name') or ''
            cells = [c for c in grade_row.get('cells', grade_row['names']) if c and '等级' not in c]
            g = cells[-1] if cells else g
            bands = self.bands or DEFAULT_BANDS
            if g not in band_of(self.table_total, bands):
                self.flag('grade.band', f"表中等级 {g} 与得分 {self.table_total} 不符")
            self.table_grade = g
        self.n_level1 = len(groups)
        self.n_level3 = len(items_all)

    def check_self_targets(self, t):
        """自评表: keep (target number, unit) -> actual for linking with prose."""
        self.targets = getattr(self, 'targets', {})
        for r in t.rows:
            tg, ac = r.get('target', ''), r.get('actual', '')
            m1 = re.match(r'^≥?' + NUM + r'(\D+)$', tg)
            m2 = re.match(r'^' + NUM + r'(\D+)$', ac)
            if m1 and m2 and '%' not in tg:
                self.targets[(D(m1.group(1)), m1.group(2))] = (D(m2.group(1)), m2.group(2), r['name'])

    # -------------------------------------------------------------- prose
    def check_prose(self):
        P = self.ptext
        sents = []
        for ln in self.prose:
            for s in re.split(r'(?<=[。；])', ln):
                if s.strip():
                    sents.append(s)
        for m in re.finditer(NUM + r'万元', P):
            self.wanyuan.add(D(m.group(1)))
        # unit restatements
        for m in re.finditer(r'(?<![万\d.])' + NUM + r'元', P):
            v = D(m.group(1))
            if v in self.wanyuan:
                self.flag('unit.magnitude', f"{m.group(0)} 与万元数字相同")
            elif v / 10000 in self.wanyuan:
                self.traps.add('yuan_restated')
        totals = []
        grades = []
        for s in sents:
            oy = self.other_year(s)
            if oy:
                if re.search(r'\d', re.sub(r'20\d\d年(度)?', '', s)):
                    self.traps.add('other_year_figure')
                self.check_change(s)
                continue
            self.check_money_sentence(s)
            for m in re.finditer(r'(综合评价得分|综合得分|自评得分|自评总分|评价总分|总得分|总分)(?:为|是|：)?' + NUM + '分(?!（含）|以下|以上|之间)', s):
                totals.append(D(m.group(2)))
            for m in re.finditer(r'(评价等级|绩效等级|自评等级|评价结果|绩效评价结果|评价等次)(?:为|：)[“"]?(' + GRADE_WORDS + ')', s):
                grades.append(m.group(2))
        # total score: prose vs prose, prose vs table
        if len(set(totals)) > 1:
            self.flag('fact.conflict', f"总分前后不一 {totals}")
        ptotal = totals[0] if totals else None
        if ptotal is not None and self.table_total is not None and ptotal != self.table_total:
            self.flag('table.text', f"正文总分 {ptotal} ≠ 表 {self.table_total}")
        # level-1 list
        for m in re.finditer(r'((?:[\u4e00-\u9fa5]+、)+[\u4e00-\u9fa5]+?)[一二三四五六七八九]项一级指标分别得分((?:' + NUM + r'分、?)+)(?:，综合得分' + NUM + '分)?', P):
            names = m.group(1).split('、')
            scores = [D(x) for x in re.findall(NUM + '分', m.group(2))]
            if len(names) != len(scores):
                self.flag('count.mismatch', '一级指标名称与得分个数不符')
                continue
            for n_, s_ in zip(names, scores):
                tg = self.table_groups.get(norm_name(n_))
                if tg and tg[1] != s_:
                    self.flag('table.text', f"{n_} 得分 {s_} ≠ 表 {tg[1]}")
            if '综合得分' in m.group(0):
                tot = D(re.search(r'综合得分' + NUM + '分', m.group(0)).group(1))
                if sum(scores) != tot:
                    self.flag('score.total', f"一级得分之和 {sum(scores)} ≠ 综合得分 {tot}")
                else:
                    self.traps.add('level1_list_total')
                if ptotal is None:
                    ptotal = tot
        if ptotal is None:
            ptotal = self.table_total
        # grade vs bands
        bands = self.bands or DEFAULT_BANDS
        if self.bands:
            self.traps.add('band_rule')
            tops = [lo for lo, _ in self.bands]
            if len(self.bands) >= 5:
                self.traps.add('five_level_bands')
            if D(85) in tops:
                self.traps.add('band_85_variant')
        for g in grades:
            if ptotal is None:
                continue
            if g not in band_of(ptotal, bands):
                self.flag('grade.band', f"等级 {g} 与得分 {ptotal} 不符")
            else:
                if not self.bands:
                    self.traps.add('default_bands')
                if any(ptotal == lo for lo, _ in bands if lo > 0):
                    self.traps.add('band_boundary')
                if g not in band_of(ptotal, DEFAULT_BANDS):
                    self.traps.add('band_differs_from_default')
        self.overall_grade = grades[0] if grades else getattr(self, 'table_grade', None)
        # per-group prose lines
        for m in re.finditer(r'（[一二三四五六七八九]）(\S+?)指标(?:（' + NUM + r'分）)?，得分' + NUM + r'分(?:，得分率' + NUM + '%)?', P):
            name, w, s, r = m.group(1), m.group(2), D(m.group(3)), m.group(4)
            tg = self.table_groups.get(norm_name(name))
            if w is not None:
                if tg and tg[0] != D(w):
                    self.flag('table.text', f"{name} 权重 {w} ≠ 表 {tg[0]}")
                elif tg:
                    self.traps.add('caption_weight')
                if s > D(w):
                    self.flag('score.cap', f"{name} 得分 {s} > {w}")
            if tg and tg[1] != s:
                self.flag('table.text', f"{name} 得分 {s} ≠ 表 {tg[1]}")
            if r is not None:
                wd = D(w) if w is not None else (tg[0] if tg else None)
                if wd:
                    if not self.rate_ok(r + '%', s, wd):
                        self.flag('rate.ratio', f"{name} 得分率 {r}%")
                    else:
                        self.traps.add('score_rate_prose')
                        self.ind_band(r)
        for m in re.finditer(r'([\u4e00-\u9fa5]+?)指标权重' + NUM + r'分，得分' + NUM + r'分，得分率' + NUM + '%', P):
            name, w, s, r = m.group(1), D(m.group(2)), D(m.group(3)), m.group(4)
            if not self.rate_ok(r + '%', s, w):
                self.flag('rate.ratio', f"{name} 得分率 {r}%")
            else:
                self.traps.add('score_rate_prose')
                self.ind_band(r)
            tg = self.table_groups.get(norm_name(name))
            if tg and (tg[0] != w or tg[1] != s):
                self.flag('table.text', f"{name} {w}/{s} ≠ 表 {tg}")
        # indicator deductions and scores in prose
        for m in re.finditer(r'“([^”]+)”指标（' + NUM + r'分）得' + NUM + r'分，扣' + NUM + '分', P):
            name, w, s, d = m.group(1), D(m.group(2)), D(m.group(3)), D(m.group(4))
            if w - s != d:
                self.flag('score.total', f"{name} 扣分 {d} ≠ {w - s}")
            else:
                self.traps.add('deduction_prose')
            if s > w:
                self.flag('score.cap', f"{name} 得分 {s} > {w}")
            ti = self.table_items.get(norm_name(name))
            if ti and (val(ti['weight']) != w or val(ti['score']) != s):
                self.flag('table.text', f"{name} 与表不符")
        for m in re.finditer(r'“([^”]+)”指标分值' + NUM + r'分，得分' + NUM + '分', P):
            name, w, s = m.group(1), D(m.group(2)), D(m.group(3))
            if s > w:
                self.flag('score.cap', f"{name} 得分 {s} > 分值 {w}")
            ti = self.table_items.get(norm_name(name))
            if ti and (val(ti['weight']) != w or val(ti['score']) != s):
                self.flag('table.text', f"{name} 与表不符")
        if re.search(r'权重为0分', P):
            self.traps.add('zero_weight_level1')
        # counts
        m = re.search(r'一级指标(\d+)个、三级指标(\d+)个', P)
        if m and hasattr(self, 'n_level1'):
            if int(m.group(1)) != self.n_level1 or int(m.group(2)) != self.n_level3:
                self.flag('count.mismatch', f"指标个数 {m.group(0)} ≠ 表 {self.n_level1}/{self.n_level3}")
            else:
                self.traps.add('counts')
        # survey
        for m in re.finditer(r'发放调查问卷(\d+)份，回收有效问卷(\d+)份，其中“非常满意”(\d+)份、“满意”(\d+)份，\S*?为' + NUM + '%', P):
            n_, mm, a, b, p = int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), m.group(5)
            if a + b > mm or mm > n_:
                self.flag('count.mismatch', '问卷份数不合')
            elif not self.rate_ok(p + '%', a + b, mm):
                self.flag('rate.ratio', f"满意度 {p}%")
            else:
                self.traps.add('survey')
        # achievements: plan vs actual
        for m in re.finditer(r'计划(\S*?)(\d+)(人次|人|户|对|家|个|座|处|场|亩|平方米|公里|吨)，实际\S*?(\d+)\3，完成率' + NUM + '%', P):
            t_, a_, r_ = D(m.group(2)), D(m.group(4)), m.group(5)
            if not self.rate_ok(r_ + '%', a_, t_):
                self.flag('rate.ratio', f"完成率 {r_}%")
            elif val(r_) > 100:
                self.traps.add('rate_over_100')
            tg = getattr(self, 'targets', {}).get((t_, m.group(3)))
            if tg and tg[0] != a_:
                self.flag('table.text', f"实际完成 {a_} ≠ 表 {tg[0]}（{tg[2]}）")
        for m in re.finditer(r'参训(\d+)人、累计(\d+)人次', P):
            if m.group(1) != m.group(2):
                self.traps.add('person_vs_times')
        if re.search(r'实际发生政府采购0万元|按“未发生”处理', P):
            self.traps.add('zero_over_zero')
        ft = self.fund_total
        # carry-over totals
        m = re.search(r'本年财政拨款收入' + NUM + r'万元、其他收入' + NUM + r'万元，本年收入合计' + NUM + r'万元；加上年结转资金' + NUM + r'万元，资金总计' + NUM + '万元', P)
        if m:
            a, o, t, c, z = (D(m.group(i)) for i in range(1, 6))
            if a + o != t or t + c != z:
                self.flag('sum.breakdown', '收入合计/总计不符')
            else:
                self.traps.add('carry_total')
            if ft is not None and 'b1' in ft and val(ft['b1']) != z:
                self.flag('table.text', f"资金总计 {z} ≠ 表 {ft['b1']}")

        # exhaustive / non-exhaustive breakdowns
        for s in sents:
            self.check_breakdown(s)

    def ind_band(self, r):
        g = getattr(self, 'overall_grade', None)
        if g:
            bands = self.bands or DEFAULT_BANDS
            if g not in band_of(D(r), bands):
                self.traps.add('indicator_other_band')

    def check_money_sentence(self, s):
        def get(p):
            m = re.search(p, s)
            return D(m.group(1)) if m else None
        b0 = get(r'年初预算(?:数)?(?:为)?' + NUM + '万元')
        add = get(r'追加' + NUM + '万元')
        b1 = get(r'全年预算(?:数)?(?:为)?' + NUM + '万元')
        scope = '当年财政拨款全年执行' in s
        exe = get(r'(?<!当年财政拨款)全年执行(?:数)?(?:为)?' + NUM + '万元')
        m = re.search(r'预算执行率(?:为)?' + NUM + '%', s)
        rate = m.group(1) + '%' if m else None
        bal = get(r'结余(?:资金)?' + NUM + '万元')
        m = re.search(r'占年初预算的' + NUM + '%', s)
        ob0 = m.group(1) + '%' if m else None
        if b0 is not None and add is not None and b1 is not None:
            if b0 + add != b1:
                self.flag('sum.breakdown', f"年初 {b0} + 追加 {add} ≠ 全年 {b1}")
        if rate and exe is not None and b1 is not None:
            if not self.rate_ok(rate, exe, b1):
                self.flag('rate.ratio', f"预算执行率 {rate}")
            elif b0 is not None and b0 != b1:
                self.traps.add('rate_full_budget')
        if ob0 and exe is not None and b0 is not None:
            if not self.rate_ok(ob0, exe, b0):
                self.flag('rate.ratio', f"占年初预算 {ob0}")
            elif val(ob0) > 100:
                self.traps.add('rate_over_100')
        if bal is not None and exe is not None and b1 is not None:
            if b1 - exe != bal:
                self.flag('balance.carryover', f"结余 {bal} ≠ {b1 - exe}")
            else:
                self.traps.add('balance_ok')
        # prose vs fund table
        ft = self.fund_total
        if ft is not None:
            for k, v in (('b0', b0), ('b1', b1), ('exe', exe)):
                if v is not None and k in ft and val(ft[k]) != v:
                    self.flag('table.text', f"正文 {k} {v} ≠ 表 {ft[k]}")
            if rate and 'erate' in ft and val(ft['erate']) != val(rate):
                self.flag('table.text', f"正文执行率 {rate} ≠ 表 {ft['erate']}")
        if scope:
            v = get(r'当年财政拨款全年执行' + NUM + '万元')
            row = self.fund_rows.get('当年财政拨款')
            if row is not None and 'exe' in row:
                if val(row['exe']) != v:
                    self.flag('table.text', f"当年财政拨款执行 {v} ≠ 表 {row['exe']}")
                else:
                    self.traps.add('scope_fiscal_only')
        m = re.search(r'计算得' + NUM + '分', s)
        if m and self.fund_score and D(m.group(1)) != self.fund_score[1]:
            self.flag('table.text', f"正文资金得分 {m.group(1)} ≠ 表 {self.fund_score[1]}")

    def check_change(self, s):
        m = re.search(r'较上年' + NUM + r'万元(增加|减少)' + NUM + r'万元，(增长|下降)' + NUM + '%', s)
        if not m:
            return
        prev, d, g = D(m.group(1)), D(m.group(3)), m.group(5) + '%'
        cur = None
        if self.fund_total is not None and 'b1' in self.fund_total:
            cur = val(self.fund_total['b1'])
        if cur is None:
            return
        diff = cur - prev if m.group(2) == '增加' else prev - cur
        if diff != d:
            self.flag('change', f"增减额 {d} ≠ {diff}")
        elif not self.rate_ok(g, d, prev):
            self.flag('rate.ratio', f"增长率 {g}")
        else:
            self.traps.add('change_ok')

    def check_breakdown(self, s):
        m = re.search(NUM + r'万元，由(.+?)构成', s)
        if m:
            total = D(m.group(1))
            parts = [D(x) for x in re.findall(NUM + '万元', m.group(2))]
            if sum(parts) != total:
                self.flag('sum.breakdown', f"构成之和 {sum(parts)} ≠ {total}")
            else:
                self.traps.add('exhaustive_breakdown_ok')
        m = re.search(NUM + r'万元，其中[^，。]*?分别为((?:' + NUM + r'万元、?)+)', s)
        if m:
            total = D(m.group(1))
            parts = [D(x) for x in re.findall(NUM + '万元', m.group(2))]
            if sum(parts) != total:
                self.flag('sum.breakdown', f"分别为之和 {sum(parts)} ≠ {total}")
            else:
                self.traps.add('exhaustive_breakdown_ok')
        m = re.search(NUM + r'万元，其中(.+?)，占比分别为((?:' + NUM + r'%、?)+)', s)
        if m:
            total = D(m.group(1))
            parts = [D(x) for x in re.findall(NUM + '万元', m.group(2))]
            shares = re.findall(NUM + '%', m.group(3))
            ok = len(parts) == len(shares)
            for p, sh in zip(parts, shares):
                if not self.rate_ok(sh + '%', p, total):
                    self.flag('rate.ratio', f"占比 {sh}%")
                    ok = False
            if sum(parts) != total:
                self.flag('sum.breakdown', f"来源之和 {sum(parts)} ≠ {total}")
            elif ok and sum(D(x) for x in shares) != 100:
                self.traps.add('shares_rounding')
        m = re.search(r'主要用于((?:[^，。]*?' + NUM + r'万元、?)+)等', s)
        if m:
            parts = [D(x) for x in re.findall(NUM + '万元', m.group(1))]
            ref = val(self.fund_total['exe']) if self.fund_total is not None and 'exe' in self.fund_total else None
            if ref is not None and sum(parts) < ref:
                self.traps.add('non_exhaustive')
            elif ref is not None and sum(parts) > ref:
                self.flag('sum.breakdown', '主要用于之和超过执行数')

    def run(self):
        for t in self.tables:
            if t.kind == 'fund':
                self.check_fund(t)
            if t.two_line_header:
                self.traps.add('two_line_header')
            if t.wrapped:
                self.traps.add('wrapped_cells')
            if t.layout == 'cell':
                self.traps.add('one_cell_per_line')
        for t in self.tables:
            if t.kind == 'score':
                self.check_score(t)
                self.check_self_targets(t)
        self.check_prose()

    def families(self):
        return sorted(set(f for f, _ in self.findings))


def load_expect():
    exp, det = {}, {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as f:
        next(f)
        for ln in f:
            i, e, d = ln.rstrip('\n').split('\t')
            exp[i] = e
            det[i] = d
    return exp, det


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    exp, det = load_expect()
    if '--twins' in args:
        tdir = args[args.index('--twins') + 1]
        ok = bad = 0
        for i, e in sorted(exp.items()):
            if e == 'clean':
                continue
            tp = os.path.join(tdir, i + '.txt')
            tw = open(tp, encoding='utf-8').read()
            sl = open(os.path.join(HERE, i + '.txt'), encoding='utf-8').read()
            d = Doc(tw)
            pa = [ln for ln in tw.split('\n') if ln.strip()]
            pb = [ln for ln in sl.split('\n') if ln.strip()]
            ndiff = sum(1 for a, b in zip(pa, pb) if a != b) + abs(len(pa) - len(pb))
            if not d.findings and ndiff == 1:
                ok += 1
            else:
                bad += 1
                print(f"TWIN FAIL {i}: findings={d.findings} differing paragraphs={ndiff}")
        print(f"twins confirmed: {ok}/{ok + bad} failures: {bad}")
        return 0 if bad == 0 else 1
    sc = cc = fail = 0
    ns = sum(1 for e in exp.values() if e != 'clean')
    nc = sum(1 for e in exp.values() if e == 'clean')
    for i, e in sorted(exp.items()):
        d = Doc(open(os.path.join(HERE, i + '.txt'), encoding='utf-8').read())
        fams = d.families()
        sem = sorted(d.traps - LAYOUT_TRAPS)
        if verbose:
            print(i, e, fams, d.findings, 'traps:', sorted(d.traps))
        if e == 'clean':
            claimed = [c.strip().split('(')[0] for c in det[i].replace('traps:', '').split(',') if c.strip()]
            missing = [c for c in claimed if c not in d.traps]
            if missing:
                print(f"  {i}: claimed traps not seen: {missing}")
            if not fams and len(sem) >= 2 and not missing:
                cc += 1
            else:
                fail += 1
                print(f"FAIL {i} clean: findings={d.findings} semantic traps={sem}")
        else:
            if fams == [e]:
                sc += 1
            else:
                fail += 1
                print(f"FAIL {i} {e}: findings={d.findings}")
    print(f"slips confirmed: {sc}/{ns} clean confirmed: {cc}/{nc} failures: {fail}")
    return 0 if fail == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
