#!/usr/bin/env python3
"""check.py — independent re-reader for blind set 82.

It does not import gen.py.  It reads every tNN.txt as plain text, recognises the
relations it can (table 合计 rows, 分别为/由…构成 breakdowns, 执行率, 结转,
增减额, 满意度 surveys, per-head products, score tables, grade bands, 元/万元
restatements, counts of recipients) and re-derives them.  A slip document must
yield exactly its expected family; a clean document must yield nothing and show
at least two trap kinds.

  python3 check.py               # check the set in this directory
  python3 check.py --twins DIR   # also check the twins written by gen.py --twins DIR
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
NUM = r'(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)'
CNUM = {'一': 1, '两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}


def num(s):
    return D(s.replace(',', ''))


def places(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


def rnd(x, p, mode=ROUND_HALF_UP):
    return x.quantize(D(1).scaleb(-p), rounding=mode)


def cn(s):
    return CNUM[s] if s in CNUM else int(s)


class Reader:
    def __init__(self, text):
        self.text = text
        self.lines = [ln for ln in text.split('\n') if ln.strip()]
        self.findings = []
        self.traps = set()
        self.tables = []
        self.prose = []
        self.fund_totals = []   # (label, Decimal)
        self.year = None
        m = re.search(r'(\d{4})年', '\n'.join(self.lines[:3]))
        if m:
            self.year = int(m.group(1))

    # ------------------------------------------------------------ helpers
    def find(self, fam, msg):
        self.findings.append((fam, msg))

    def rate(self, stated, n, d, what):
        """stated: string of the percentage"""
        if d == 0:
            if n == 0:
                self.traps.add('zero')
            return
        exact = n * 100 / d
        self.checked.append('rate')
        p = places(stated)
        exp = rnd(exact, p)
        st = num(stated)
        if exp != st:
            self.find('rate.ratio', f"{what}: stated {stated}% but {n}/{d} = {exp}%")
            return
        if st > 100:
            self.traps.add('over100')
        if rnd(exact, p, ROUND_DOWN) != st:
            self.traps.add('rounding')

    # ------------------------------------------------------------ tables
    def split_tables(self):
        i = 0
        L = self.lines
        cur = None
        for ln in L:
            kind = None
            s = ln.strip()
            if s.startswith('|'):
                kind = 'md'
            elif s[:1] in '│┌├└':
                kind = 'box'
            elif '\t' in ln:
                kind = 'tab'
            elif re.search(r'\S {2,}\S', ln):
                kind = 'sp'
            if kind is None:
                cur = None
                self.prose.append(ln)
                continue
            if re.fullmatch(r'[|\-\s:]+', s) or s[:1] in '┌├└':
                continue
            if kind == 'md':
                cells = [c.strip() for c in s.strip('|').split('|')]
            elif kind == 'box':
                cells = [c.strip() for c in s.strip('│').split('│')]
            elif kind == 'tab':
                cells = [c.strip() for c in ln.split('\t')]
            else:
                cells = re.split(r' {2,}', s)
            if cur is None or cur['kind'] != kind:
                cur = dict(kind=kind, rows=[])
                self.tables.append(cur)
            cur['rows'].append(cells)
            i += 1

    def col(self, hdr, *keys, exclude=()):
        for i, h in enumerate(hdr):
            if any(k in h for k in keys) and not any(e in h for e in exclude):
                return i
        return None

    def check_tables(self):
        self.alloc = None
        self.ind = None
        for t in self.tables:
            hdr = t['rows'][0]
            body = t['rows'][1:]
            if self.col(hdr, '分值') is not None and self.col(hdr, '得分') is not None:
                self.check_ind(hdr, body)
            elif self.col(hdr, '金额') is not None:
                self.check_alloc(hdr, body)

    def is_total(self, row):
        return any(c in ('合计', '总计', '小计', '总分') for c in row)

    def check_alloc(self, hdr, body):
        ca = self.col(hdr, '金额')
        cname = self.col(hdr, '县', '单位', '名称', '幼儿园', '场馆', exclude=('金额',))
        cs = self.col(hdr, '占比', '比例')
        cc = [i for i, h in enumerate(hdr) if re.search(r'（(项|人|人次|场|个)）|人数|项目数', h) and i not in (ca, cs)]
        total = None
        rows = []
        for r in body:
            if self.is_total(r):
                total = r
            else:
                rows.append(r)
        info = dict(names={}, counts={}, reserve=None, distinct=0, rows=len(rows))
        if total is None:
            return
        T = num(total[ca])
        s = sum(num(r[ca]) for r in rows)
        self.checked.append('table.sum')
        if s != T:
            self.find('sum.breakdown', f"allocation table: rows add to {s}, 合计 {T}")
        self.fund_totals.append(('分配表合计', T))
        if cs is not None:
            ssum = D(0)
            for r in rows:
                sh = r[cs]
                ssum += num(sh)
                exp = rnd(num(r[ca]) * 100 / T, places(sh))
                if exp != num(sh):
                    self.find('rate.ratio', f"share of {r[cname]}: stated {sh} expected {exp}")
            tot_sh = num(total[cs])
            if ssum != tot_sh:
                if abs(ssum - tot_sh) <= D('0.005') * len(rows):
                    self.traps.add('share_rounding')
                else:
                    self.find('sum.breakdown', f"shares add to {ssum}, 合计 {tot_sh}")
        for c in cc:
            vals = [r[c] for r in rows if re.fullmatch(r'\d+', r[c])]
            if re.fullmatch(r'\d+', total[c]):
                if sum(int(v) for v in vals) != int(total[c]):
                    self.find('count.mismatch', f"column {hdr[c]} adds to {sum(int(v) for v in vals)}, 合计 {total[c]}")
        bases = []
        for r in rows:
            name = r[cname]
            if re.search(r'预留|未分配|待分配', name):
                self.traps.add('reserve_row')
                info['reserve'] = num(r[ca])
                continue
            base = re.sub(r'（第[一二三四五]批）$', '', name)
            bases.append(base)
            info['names'].setdefault(base, []).append(num(r[ca]))
            for c in cc:
                if re.fullmatch(r'\d+', r[c]):
                    info['counts'].setdefault(base, []).append(int(r[c]))
        if len(set(bases)) < len(bases):
            self.traps.add('dup_recipient')
        info['distinct'] = len(set(bases))
        self.alloc = info

    def check_ind(self, hdr, body):
        cw = self.col(hdr, '分值')
        cs = self.col(hdr, '得分')
        cn3 = self.col(hdr, '三级指标')
        ca = self.col(hdr, '实际完成值')
        total = None
        sw = D(0)
        ss = D(0)
        rows = {}
        for r in body:
            if self.is_total(r):
                total = r
                continue
            w, s = num(r[cw]), num(r[cs])
            self.checked.append('ind.cap')
            sw += w
            ss += s
            if s > w:
                self.find('score.cap', f"indicator {r[cn3]}: 得分 {s} > 分值 {w}")
            if '视同' in r[ca] or '未发生' in r[ca]:
                self.traps.add('zero')
            rows[r[cn3]] = r[ca]
        if total is not None:
            if total[cs] not in ('—', ''):
                self.checked.append('ind.total')
                if ss != num(total[cs]):
                    self.find('score.total', f"indicator scores add to {ss}, 总分 {total[cs]}")
                self.score_totals.append(num(total[cs]))
            if re.fullmatch(NUM, total[cw]) and sw != num(total[cw]):
                self.find('score.total', f"weights add to {sw}, stated {total[cw]}")
        self.ind = rows

    # ------------------------------------------------------------ prose
    def check_prose(self):
        P = self.prose
        txt = '\n'.join(P)
        self.score_totals = getattr(self, 'score_totals', [])
        wan = set()
        for ln in self.lines:
            for m in re.finditer(NUM + r'万元', ln):
                wan.add(num(m.group(1)))
        # -------- overview
        for m in re.finditer(NUM + r'万元，由(.+?)构成', txt):
            T = num(m.group(1))
            parts = [num(x) for x in re.findall(NUM + r'万元', m.group(2))]
            self.checked.append('ov.parts')
            if sum(parts) != T:
                self.find('sum.breakdown', f"{T} 由 {parts} 构成 (sum {sum(parts)})")
            self.fund_totals.append(('下达', T))
        for m in re.finditer(NUM + r'万元，其中([^。（]+)', txt):
            T = num(m.group(1))
            parts = [num(x) for x in re.findall(NUM + r'万元', m.group(2))]
            if not parts:
                continue
            if sum(parts) > T:
                self.find('sum.breakdown', f"其中 parts {parts} exceed {T}")
            elif sum(parts) < T:
                self.traps.add('nonexhaustive')
            if re.search(r'共安排|下达', txt[max(0, m.start() - 40):m.start()]):
                self.fund_totals.append(('安排', T))
        for m in re.finditer(r'年初预算' + NUM + r'万元，(\d+)月追加预算' + NUM + r'万元，全年预算' + NUM + r'万元', txt):
            A, B, T = num(m.group(1)), num(m.group(3)), num(m.group(4))
            self.checked.append('budget')
            if A + B != T:
                self.find('sum.breakdown', f"年初 {A} + 追加 {B} != 全年 {T}")
            self.fund_totals.append(('全年预算', T))
        # -------- execution
        for m in re.finditer(r'到位资金' + NUM + r'万元，实际支出' + NUM + r'万元(，资金已全部支出|，结转下年' + NUM + r'万元)?，预算执行率' + NUM + '%', txt):
            T, S = num(m.group(1)), num(m.group(2))
            self.checked.append('exec')
            if m.group(4):
                K = num(m.group(4))
                if T - S != K:
                    self.find('balance.carryover', f"到位 {T} - 支出 {S} = {T - S}, stated 结转 {K}")
            elif m.group(3) and S != T:
                self.find('balance.carryover', f"全部支出 but {S} != {T}")
            self.rate(m.group(5), S, T, '预算执行率')
            self.exec_rate = m.group(5)
            self.fund_totals.append(('到位', T))
        for m in re.finditer(r'年初预算' + NUM + r'万元，年中追加' + NUM + r'万元后全年预算' + NUM + r'万元；[^；]*?实际支出' + NUM +
                             r'万元，结转下年' + NUM + r'万元，按全年预算计算的执行率为' + NUM + r'%，支出数为年初预算的' + NUM + '%', txt):
            A, B, T, S, K = (num(m.group(i)) for i in range(1, 6))
            self.checked.append('exec.init')
            if A + B != T:
                self.find('sum.breakdown', f"年初 {A} + 追加 {B} != 全年 {T}")
            if T - S != K:
                self.find('balance.carryover', f"全年 {T} - 支出 {S} = {T - S}, stated 结转 {K}")
            self.rate(m.group(6), S, T, '执行率（全年预算）')
            self.rate(m.group(7), S, A, '支出占年初预算')
            self.traps.add('full_vs_initial')
            self.exec_rate = m.group(6)
            self.fund_totals.append(('全年预算', T))
        # -------- allocation prose
        for m in re.finditer(r'共分配至(\d+)(?:个|所|家)[^，。]*?，分别为：(.+?)，合计' + NUM + '万元', txt):
            N = int(m.group(1))
            T = num(m.group(3))
            items = re.findall(r'([^、：]+?)' + NUM + '万元', m.group(2))
            s = sum(num(v) for _, v in items)
            if s != T:
                self.find('sum.breakdown', f"allocation list adds to {s}, 合计 {T}")
            names = [n for n, _ in items if not re.search(r'预留|未分配', n)]
            if len(items) != len(names):
                self.traps.add('reserve_row')
            if len(set(names)) != N:
                self.find('count.mismatch', f"{N} recipients stated, {len(set(names))} listed")
            self.fund_totals.append(('分配合计', T))
        m = re.search(r'共分配至(\d+)(?:个|所|家)\S*?，分配情况如下表', txt)
        if m and self.alloc:
            N = int(m.group(1))
            self.checked.append('alloc.count')
            if N != self.alloc['distinct']:
                self.find('count.mismatch', f"{N} recipients stated, table lists {self.alloc['distinct']}")
        if self.alloc:
            for name, vals in self.alloc['names'].items():
                if len(vals) != 1:
                    continue
                for ln in P:
                    for mm in re.finditer(re.escape(name) + r'[^。；\d]{0,10}?' + NUM + r'(万元|项)', ln):
                        v = num(mm.group(1))
                        self.checked.append('table.text')
                        if re.search(r'\d{4}年|上年', ln[max(0, mm.start() - 12):mm.start()]):
                            continue
                        if mm.group(2) == '万元' and v != vals[0]:
                            self.find('table.text', f"{name}: prose {v}, table {vals[0]}")
                        if mm.group(2) == '项':
                            cs = self.alloc['counts'].get(name)
                            if cs and v != cs[0]:
                                self.find('table.text', f"{name}: prose {v}项, table {cs[0]}项")
            if self.alloc['reserve'] is not None:
                for mm in re.finditer(r'预留资金' + NUM + '万元', txt):
                    if num(mm.group(1)) != self.alloc['reserve']:
                        self.find('table.text', f"预留 prose {mm.group(1)}, table {self.alloc['reserve']}")
        # -------- per-head items
        self.check_perhead(P)
        # -------- multi-level list
        self.check_ml(P)
        # -------- survey
        for m in re.finditer(r'(?:发放问卷|调查对象)(\d+)(?:份|人)，(?:回收有效问卷|有效受访)(\d+)(?:份|人)，有效(?:回收|受访)率' + NUM + '%', txt):
            N, M = int(m.group(1)), int(m.group(2))
            self.rate(m.group(3), D(M), D(N), '有效回收率')
            rest = txt[m.end():m.end() + 300]
            mm = re.search(r'分别为(\d+)(?:份|人)、(\d+)(?:份|人)、(\d+)(?:份|人)、(\d+)(?:份|人)，满意度（(.+?)）为' + NUM + '%', rest)
            if mm:
                a, b, c, d = (int(mm.group(i)) for i in range(1, 5))
                self.checked.append('survey')
                if a + b + c + d != M:
                    self.find('count.mismatch', f"survey categories add to {a + b + c + d}, 有效 {M}")
                dfn = mm.group(5)
                nume = a + b + (c if '基本满意' in dfn else 0)
                if '基本满意' in dfn:
                    self.traps.add('sat_incl_basic')
                self.rate(mm.group(6), D(nume), D(M), '满意度')
                self.sat = mm.group(6)
        # -------- score prose
        for m in re.finditer(r'自评得分' + NUM + r'分，各一级指标得分分别为：(.+?)。', txt):
            tot = num(m.group(1))
            parts = re.findall(r'([^\s、：，]{2,6}?指标)（(\d+)分）' + NUM + '分', m.group(2))
            self.sp = {}
            s = D(0)
            for name, w, v in parts:
                s += num(v)
                self.sp[name] = (num(w), num(v))
                if num(v) > num(w):
                    self.find('score.cap', f"{name}: 得分 {v} > 分值 {w}")
            self.checked.append('sp')
            if s != tot:
                self.find('score.total', f"一级指标 scores add to {s}, stated {tot}")
            self.score_totals.append(tot)
        for m in re.finditer(r'([^\s、：，]{2,6}?指标)得分率为' + NUM + '%', txt):
            name = re.sub(r'^其中', '', m.group(1))
            if getattr(self, 'sp', None) and name in self.sp:
                w, v = self.sp[name]
                self.rate(m.group(2), v, w, f"{name}得分率")
                self.traps.add('score_rate')
        # -------- grade
        self.check_grade(txt)
        # -------- 决算 balance
        A = B = None
        for m in re.finditer(r'收入总计' + NUM + r'万元，包括本年收入合计' + NUM + r'万元和年初结转和结余' + NUM + r'万元两部分', txt):
            C, B, A = num(m.group(1)), num(m.group(2)), num(m.group(3))
            self.checked.append('bal.income')
            if A + B != C:
                self.find('sum.breakdown', f"收入总计 {C} != {B} + {A}")
            if C != B:
                self.traps.add('income_total')
        for m in re.finditer(r'本年收入合计中，财政拨款收入' + NUM + '万元', txt):
            if B is not None:
                if num(m.group(1)) > B:
                    self.find('sum.breakdown', "财政拨款收入 exceeds 本年收入合计")
                else:
                    self.traps.add('nonexhaustive')
        D2 = None
        for m in re.finditer(r'本年支出合计' + NUM + r'万元，分别为基本支出' + NUM + r'万元、项目支出' + NUM + r'万元；年末结转和结余' + NUM + '万元', txt):
            Dt, D1, D2, E = (num(m.group(i)) for i in range(1, 5))
            self.checked.append('bal.balance')
            if D1 + D2 != Dt:
                self.find('sum.breakdown', f"本年支出 {Dt} != {D1} + {D2}")
            if A is not None and A + B - Dt != E:
                self.find('balance.carryover', f"{A} + {B} - {Dt} = {A + B - Dt}, stated 年末 {E}")
        for m in re.finditer(r'财政拨款安排的项目支出' + NUM + '万元', txt):
            if D2 is not None and num(m.group(1)) != D2:
                if num(m.group(1)) < D2:
                    self.traps.add('scope')
                else:
                    self.find('sum.breakdown', '财政拨款项目支出 exceeds 项目支出')
        # -------- change
        for m in re.finditer(r'为' + NUM + r'万元，比(\d{4})年的' + NUM + r'万元(增加|减少)' + NUM + r'万元(?:，(增长|下降)' + NUM + '%)?', txt):
            C1, C0, dl = num(m.group(1)), num(m.group(3)), num(m.group(5))
            diff = C1 - C0 if m.group(4) == '增加' else C0 - C1
            self.checked.append('change')
            if diff != dl:
                self.find('change', f"{C1} vs {C0}: stated {m.group(4)} {dl}, difference {diff}")
            if m.group(7):
                self.rate(m.group(7), abs(C1 - C0), C0, '增长率')
            rest = txt[m.end():m.end() + 200]
            mm = re.match(r'[^\n]*\n剔除(\d{4})年一次性安排的\S*?' + NUM + r'万元后，同口径(增加|减少)' + NUM + '万元', rest)
            if mm:
                E = num(mm.group(2))
                d2 = C1 - (C0 - E)
                st = num(mm.group(4)) * (1 if mm.group(3) == '增加' else -1)
                if d2 != st:
                    self.find('change', f"同口径: expected {d2}, stated {st}")
                else:
                    self.traps.add('comparable')
        for m in re.finditer(r'（(\d{4})年\S*?为' + NUM + '万元。）', txt):
            if self.year and int(m.group(1)) != self.year:
                self.traps.add('other_year')
        # -------- 元 vs 万元
        for ln in P:
            for m in re.finditer(NUM + '元', ln):
                st = m.start()
                if st > 0 and ln[st - 1] == '万':
                    continue
                if ln[m.end():m.end() + 1] == '/':
                    continue
                if re.search(r'每|人均|标准', ln[max(0, st - 8):st]):
                    continue
                v = num(m.group(1))
                self.checked.append('unit')
                if v in wan:
                    self.find('unit.magnitude', f"{m.group(0)} restates a 万元 figure with the unit 元")
                elif places(m.group(1)) == 2 and (v / 10000) in wan:
                    self.traps.add('yuan_cents')
        # -------- restatements between table and prose
        if self.ind:
            for k, v in self.ind.items():
                if '满意度' in k and getattr(self, 'sat', None) and v.endswith('%'):
                    if num(v[:-1]) != num(self.sat):
                        self.find('table.text', f"满意度 table {v} prose {self.sat}%")
                if '预算执行率' in k and getattr(self, 'exec_rate', None) and v.endswith('%'):
                    if num(v[:-1]) != num(self.exec_rate):
                        self.find('table.text', f"执行率 table {v} prose {self.exec_rate}%")
        # -------- the same fund total stated in several places
        vals = {v for _, v in self.fund_totals}
        if len(self.fund_totals) > 1:
            self.checked.append('fact')
        if len(vals) > 1:
            self.find('fact.conflict', f"fund total stated as {sorted(vals)}")
        if '视同' in txt or re.search(r'未发生', txt):
            self.traps.add('zero')

    def check_perhead(self, P):
        items = []
        for i, ln in enumerate(P):
            m = re.match(r'（(\d+)）', ln)
            if m:
                am = list(re.finditer(r'(?:计|发放|补助)' + NUM + r'万元', ln))
                if not am:
                    continue
                amount = num(am[-1].group(1))
                items.append((i, amount))
                stds = list(re.finditer(r'(每(人次|生|人|项|场|个|条|户|对)(?:每(?:年|学期|天))?(?:资助|补助)?|人均)' + NUM + r'(万元|元)', ln))
                if not stds:
                    continue
                total = D(0)
                for s in stds:
                    unit = s.group(2) or '万人'
                    before = ln[:s.start()]
                    if unit == '人次':
                        cre = NUM + '人次'
                    elif unit in ('生', '人'):
                        cre = NUM + '人(?!次)'
                    elif unit == '万人':
                        cre = NUM + '万人'
                    else:
                        cre = NUM + re.escape(unit)
                    cm = [c for c in re.finditer(cre, before)
                          if not (unit in ('生', '人') and before[c.start() - 1:c.start()] == '万')]
                    if not cm:
                        self.find('sum.breakdown', f"per-head item without count: {ln[:20]}")
                        continue
                    cnt = num(cm[-1].group(1))
                    st = num(s.group(3))
                    v = cnt * st
                    after = ln[s.end():s.end() + 14]
                    dm = re.match(r'，全年按(\d+)天计', after)
                    if dm:
                        v *= int(dm.group(1))
                    if s.group(4) == '元' and unit != '万人':
                        v = v / 10000
                        self.traps.add('per_head_yuan')
                    if unit == '万人':
                        self.traps.add('wanren_x_yuan')
                    total += v
                self.checked.append('product')
                if rnd(total, 2) != amount:
                    self.find('sum.breakdown', f"per-head product {rnd(total, 2)} != {amount}: {ln[:24]}")
                if re.search(NUM + '人(?!次)', ln) and re.search(NUM + '人次', ln):
                    self.traps.add('person_vs_renci')
                if re.search(NUM + '户', ln) and re.search(NUM + '人', ln):
                    self.traps.add('hu_vs_ren')
                if re.search(NUM + '对', ln) and re.search(NUM + '人', ln):
                    self.traps.add('dui_vs_ren')
                if re.search(NUM + '批次', ln) and re.search(NUM + '人次', ln):
                    self.traps.add('batch_vs_renci')
                continue
            m = re.match(r'以上(\S)项资金合计' + NUM + '万元', ln)
            if m:
                k = cn(m.group(1))
                self.checked.append('perhead.sum')
                if len(items) != k:
                    self.find('count.mismatch', f"以上{k}项 but {len(items)} items listed")
                s = sum(a for _, a in items)
                if s != num(m.group(2)):
                    self.find('sum.breakdown', f"items add to {s}, 合计 {m.group(2)}")
                items = []

    def check_ml(self, P):
        for i, ln in enumerate(P):
            m = re.search(r'主要用于以下(\S)个方面，共计' + NUM + '万元', ln)
            if not m:
                continue
            k = cn(m.group(1))
            T = num(m.group(2))
            self.fund_totals.append(('共计', T))
            got = []
            for ln2 in P[i + 1:]:
                mm = re.match(r'([一二三四五六七八九])是', ln2)
                if not mm:
                    break
                am = re.search(r'安排资金' + NUM + '万元', ln2)
                A = num(am.group(1))
                got.append(A)
                ex = re.search(r'分别用于(.+?)。', ln2)
                if ex:
                    parts = [num(x) for x in re.findall(NUM + '万元', ex.group(1))]
                    if sum(parts) != A:
                        self.find('sum.breakdown', f"{mm.group(1)}是: parts {sum(parts)} != {A}")
                ne = re.search(r'主要用于(.+?)等。', ln2)
                if ne:
                    parts = [num(x) for x in re.findall(NUM + '万元', ne.group(1))]
                    if sum(parts) > A:
                        self.find('sum.breakdown', f"{mm.group(1)}是: listed parts exceed {A}")
                    elif sum(parts) < A:
                        self.traps.add('nonexhaustive')
                pr = re.search(r'支持(\d+)\S+?，每[个所家]补助' + NUM + '万元', ln2)
                if pr and int(pr.group(1)) * num(pr.group(2)) != A:
                    self.find('sum.breakdown', f"{mm.group(1)}是: product != {A}")
            self.checked.append('ml')
            if len(got) != k:
                self.find('count.mismatch', f"以下{k}个方面 but {len(got)} listed")
            if sum(got) != T:
                self.find('sum.breakdown', f"方面 add to {sum(got)}, 共计 {T}")

    def check_grade(self, txt):
        bands = []
        for m in re.finditer(r'(\d+)分（含）以上为“(\S+?)”', txt):
            bands.append((int(m.group(1)), m.group(2)))
        for m in re.finditer(r'(\d+)分（含）—(\d+)分为“(\S+?)”', txt):
            bands.append((int(m.group(1)), m.group(3)))
        for m in re.finditer(r'(\d+)分以下为“(\S+?)”', txt):
            bands.append((0, m.group(2)))
        stated = re.search(r'评价等级为“(\S+?)”', txt)
        if not stated:
            return
        word = stated.group(1)
        if not bands:
            vocab = [['优秀', '良好', '合格', '不合格'], ['优', '良', '中', '差']]
            for v in vocab:
                if word in v:
                    bands = list(zip([90, 80, 60, 0], v))
        else:
            if sorted(b for b, _ in bands) != [0, 60, 80, 90]:
                self.traps.add('doc_bands')
        bands.sort(reverse=True)
        ms = re.search(r'绩效自评得分' + NUM + '分，评价等级为', txt)
        tots = set(self.score_totals)
        if ms:
            tots.add(num(ms.group(1)))
        if len(tots) > 1:
            self.find('score.total', f"overall score stated as {sorted(tots)}")
        if not tots or not bands:
            return
        tot = max(tots)
        exp = next(w for lo, w in bands if tot >= lo)
        self.checked.append('grade')
        if exp != word:
            self.find('grade.band', f"score {tot} falls in “{exp}”, stated “{word}”")
        if any(tot == lo for lo, _ in bands if lo > 0):
            self.traps.add('boundary')

    def run(self):
        self.score_totals = []
        self.checked = []
        self.split_tables()
        self.check_tables()
        self.check_prose()
        return self


def read(path):
    with open(path, encoding='utf-8') as f:
        return Reader(f.read()).run()


def main():
    args = sys.argv[1:]
    twins = args[args.index('--twins') + 1] if '--twins' in args else None
    exp = {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as f:
        next(f)
        for ln in f:
            tid, fam, detail = ln.rstrip('\n').split('\t')
            exp[tid] = fam
    ok_s = ok_c = fail = 0
    nslip = sum(1 for v in exp.values() if v != 'clean')
    nclean = len(exp) - nslip
    for tid in sorted(exp):
        r = read(os.path.join(HERE, tid + '.txt'))
        fams = [f for f, _ in r.findings]
        n = len(r.lines)
        if not 15 <= len(open(os.path.join(HERE, tid + '.txt'), encoding='utf-8').read().rstrip('\n').split('\n')) <= 60:
            print(f"FAIL {tid}: {n} lines")
            fail += 1
            continue
        if exp[tid] == 'clean':
            if not fams and len(r.traps) >= 2:
                ok_c += 1
                print(f"ok   {tid} clean  traps={sorted(r.traps)}")
                if '-v' in args:
                    print('       checked:', ' '.join(f"{k}×{r.checked.count(k)}" for k in sorted(set(r.checked))))
            else:
                fail += 1
                print(f"FAIL {tid} clean: findings={r.findings} traps={sorted(r.traps)}")
        else:
            if fams == [exp[tid]]:
                ok_s += 1
                print(f"ok   {tid} {exp[tid]}: {r.findings[0][1]}")
                if '-v' in args:
                    print('       checked:', ' '.join(f"{k}×{r.checked.count(k)}" for k in sorted(set(r.checked))))
            else:
                fail += 1
                print(f"FAIL {tid} expected {exp[tid]}: findings={r.findings}")
    if twins:
        for tid in sorted(exp):
            if exp[tid] == 'clean':
                continue
            p = os.path.join(twins, tid + '.txt')
            if not os.path.exists(p):
                fail += 1
                print(f"FAIL twin {tid}: missing")
                continue
            r = read(p)
            a = [ln for ln in open(os.path.join(HERE, tid + '.txt'), encoding='utf-8').read().split('\n') if ln.strip()]
            b = [ln for ln in open(p, encoding='utf-8').read().split('\n') if ln.strip()]
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            if r.findings or ndiff != 1:
                fail += 1
                print(f"FAIL twin {tid}: findings={r.findings} differing paragraphs={ndiff}")
            else:
                print(f"ok   twin {tid}: clean, differs in 1 paragraph")
    print(f"slips confirmed: {ok_s}/{nslip} clean confirmed: {ok_c}/{nclean} failures: {fail}")
    return 0 if fail == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
