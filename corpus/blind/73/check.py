#!/usr/bin/env python3
"""check.py - independent re-check of the blind73 documents.

It reads only t*.txt (and expect.tsv for the comparison); it imports nothing from
gen.py.  Every figure is parsed back from the text (prose and the three table layouts:
" | ", tab, one cell per line), all arithmetic is redone with decimal.Decimal, and
each failed relation is reported with its family.  A slip document passes when the
set of failing families is exactly {its expected family}; a clean document passes
when nothing fails and every trap named in expect.tsv is recognised in the text
(and at least three are).

usage: python3 check.py [-v] [t05 ...]
"""
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))

NUM = r'(-?\d[\d,]*(?:\.\d+)?)'
MON = NUM + r'\s*(万元|元)'
PC = NUM + r'\s*%'


def dec(s):
    return D(s.replace(',', ''))


class Money:
    """an amount with the precision it was written in"""

    def __init__(self, num, unit):
        self.raw = num
        self.unit = unit
        v = dec(num)
        self.yuan = v * 10000 if unit == '万元' else v
        self.tol = D('100') if unit == '万元' else D('0.01')

    def __repr__(self):
        return f'{self.raw}{self.unit}'


def tol_of(*ms):
    return max(m.tol for m in ms if m is not None)


def pct_tol(txt):
    t = txt.replace(',', '')
    nd = len(t.split('.')[1]) if '.' in t else 0
    return D(5) / (D(10) ** (nd + 1)) + D('0.0000001')


def rate_ok(stated_txt, num, den):
    if den == 0:
        return True
    true = num * 100 / den
    return abs(dec(stated_txt) - true) <= pct_tol(stated_txt)


def cn_num(x):
    return format(x.normalize(), 'f') if isinstance(x, D) else str(x)


HEADER_VOCAB = {'一级指标', '二级指标', '三级指标', '指标', '指标名称', '分值', '得分', '项目', '金额（万元）', '金额（元）',
                '占比（%）', '科目名称', '年初预算数', '决算数', '上年预算数', '本年预算数', '全年预算数', '执行数',
                '执行率（%）', '年初预算', '调整预算', '全年预算'}
TOTAL_LABEL = re.compile(r'^(合计|总计|总分)')


def is_num(s):
    return re.fullmatch(r'-?\d[\d,]*(?:\.\d+)?', s.strip() or 'x') is not None


class Doc:
    def __init__(self, tid, text):
        self.tid = tid
        self.text = text
        self.lines = text.split('\n')
        if self.lines and self.lines[-1] == '':
            self.lines.pop()
        self.fails = []
        self.traps = set()
        self.mentions = {}      # key -> [(value, tol, lineno, shown)]
        self.tables = []        # dicts: hdr, rows, start
        self.table_lines = set()
        self.prose = []         # (lineno, text)
        self.unit = '万元'

    # ------------------------------------------------------------ utilities
    def fail(self, fam, msg):
        self.fails.append((fam, msg))

    def mention(self, key, value, tol, ln, shown):
        self.mentions.setdefault(key, []).append((value, tol, ln, shown))

    def first(self, key):
        v = self.mentions.get(key)
        return v[0] if v else None

    # ------------------------------------------------------------ tables
    def find_tables(self):
        L = self.lines
        i = 0
        n = len(L)
        while i < n:
            line = L[i]
            if ' | ' in line or '\t' in line:
                j = i
                rows = []
                while j < n and (' | ' in L[j] or '\t' in L[j]):
                    sep = ' | ' if ' | ' in L[j] else '\t'
                    cells = [x.strip() for x in L[j].split(sep.strip() if sep == ' | ' else '\t')]
                    rows.append(cells)
                    self.table_lines.add(j)
                    j += 1
                self.tables.append({'hdr': rows[0], 'rows': rows[1:], 'start': i, 'layout': 'pipe' if ' | ' in line else 'tab'})
                i = j
                continue
            if line.strip() in HEADER_VOCAB and i + 1 < n and L[i + 1].strip() in HEADER_VOCAB:
                hdr = []
                j = i
                while j < n and L[j].strip() in HEADER_VOCAB:
                    hdr.append(L[j].strip())
                    j += 1
                k = len(hdr)
                rows = []
                while j + k <= n:
                    cells = [L[j + m].strip() for m in range(k)]
                    if not all(is_num(x) for x in cells[1:]) or cells[0] == '':
                        break
                    rows.append(cells)
                    j += k
                    if TOTAL_LABEL.match(cells[0]):
                        break
                for m in range(i, j):
                    self.table_lines.add(m)
                self.tables.append({'hdr': hdr, 'rows': rows, 'start': i, 'layout': 'cell'})
                i = j
                continue
            i += 1
        for ln, line in enumerate(L):
            if ln not in self.table_lines and line.strip():
                self.prose.append((ln, line))

    # ------------------------------------------------------------ main
    def run(self):
        self.find_tables()
        units = re.findall(MON, self.text)
        if units:
            cnt = {}
            for _, u in units:
                cnt[u] = cnt.get(u, 0) + 1
            self.unit = max(cnt, key=cnt.get)
        for ln, line in self.prose:
            self.p_staff(ln, line)
            if self.is_project(line):
                self.p_project(ln, line)
                continue
            self.p_income(ln, line)
            self.p_expend(ln, line)
            self.p_growth(ln, line)
            self.p_carry(ln, line)
            if '财政拨款支出' in line or '一般公共预算支出预算' in line:
                self.p_func(ln, line)
            elif re.search(r'全年预算|调整后预算|部门预算', line):
                self.p_exec(ln, line)
            if '政府采购' in line:
                self.p_proc(ln, line)
            if '三公' in line:
                self.p_sangong(ln, line)
            if '机关运行经费' in line:
                self.p_opcost(ln, line)
            self.p_score_prose(ln, line)
        self.p_vehicles()
        self.c_tables()
        self.c_doclevel()
        self.c_conflicts()
        self.d_traps()

    # ------------------------------------------------------------ staff
    def p_staff(self, ln, line):
        pats = {
            'quota': r'(?<!行政)(?<!事业)编制(?:数)?(?:为)?(\d+)\s*[人名](?!次)',
            'q_admin': r'行政编制(\d+)\s*[人名]',
            'q_inst': r'事业编制(\d+)\s*[人名]',
            'actual': r'实有(?:人数|人员)?(\d+)\s*[人名](?!次)',
            'active': r'在职(?:人员)?(\d+)\s*[人名](?!次)',
            'retired': r'退休(?:人员)?(\d+)\s*[人名](?!次)',
        }
        got = {}
        for k, p in pats.items():
            m = re.search(p, line)
            if m:
                got[k] = int(m.group(1))
                self.mention('staff:' + k, D(got[k]), D(0), ln, m.group(0))
        if {'actual', 'active', 'retired'} <= got.keys():
            if got['actual'] != got['active'] + got['retired']:
                self.fail('sum.breakdown', f'L{ln + 1} 实有{got["actual"]} ≠ 在职{got["active"]}+退休{got["retired"]}')
        if {'quota', 'q_admin', 'q_inst'} <= got.keys():
            if got['quota'] != got['q_admin'] + got['q_inst']:
                self.fail('sum.breakdown', f'L{ln + 1} 编制{got["quota"]} ≠ 行政+事业')
        if '人次' in line:
            self.renci_line = True

    # ------------------------------------------------------------ income
    INC_TOTAL = r'(本年收入合计|本年收入总计|收入预算总计|收入预算合计|收入合计|收入总计|共取得收入|本年收入|收入预算)(?:为)?'
    INC_PART = r'(一般公共预算财政拨款收入|一般公共预算拨款收入|政府性基金预算拨款收入|财政拨款收入|上级补助收入|事业收入|经营收入|其他收入)(?:为)?'

    def p_income(self, ln, line):
        tot = None
        for m in re.finditer(self.INC_TOTAL + MON, line):
            tot = Money(m.group(2), m.group(3))
            self.mention('inc_total', tot.yuan, tot.tol, ln, m.group(0))
            break
        parts = []
        for m in re.finditer(self.INC_PART + MON + r'(?:[，,]\s*占(?:收入合计的|本年收入的)?' + PC + ')?', line):
            mo = Money(m.group(2), m.group(3))
            parts.append((m.group(1), mo, m.group(4)))
            self.mention('inc:' + m.group(1), mo.yuan, mo.tol, ln, m.group(0))
        if tot is not None and len(parts) >= 2:
            self.sum_check('sum.breakdown', ln, '收入合计', tot, [p[1] for p in parts])
        if tot is not None:
            for lab, mo, sh in parts:
                if sh is not None and not rate_ok(sh, mo.yuan, tot.yuan):
                    self.fail('rate.ratio', f'L{ln + 1} {lab}占比{sh}% ≠ {mo}/{tot}')

    def sum_check(self, fam, ln, name, tot, parts):
        s = sum(p.yuan for p in parts)
        t = tol_of(tot, *parts)
        diff = abs(s - tot.yuan)
        if diff > t:
            self.fail(fam, f'L{ln + 1} {name}{tot} ≠ 分项之和 {[str(p) for p in parts]}')
            return False
        if diff > 0:
            self.traps.add('rounding')
        return True

    # ------------------------------------------------------------ expenditure
    EXP_TOTAL = r'(?<![费购款算])(本年支出合计|支出预算总计|支出预算合计|支出合计|支出总计|全年支出|本年支出|支出预算)(?:为)?'
    EXP_PART = r'(基本支出|项目支出|人员经费|日常公用经费|公用经费)(?:为)?'

    def p_expend(self, ln, line):
        tot = None
        for m in re.finditer(self.EXP_TOTAL + MON, line):
            tot = Money(m.group(2), m.group(3))
            self.mention('exp_total', tot.yuan, tot.tol, ln, m.group(0))
            break
        parts = {}
        shares = {}
        for m in re.finditer(self.EXP_PART + MON + r'(?:[，,]\s*占' + PC + ')?', line):
            lab = '公用经费' if m.group(1) == '日常公用经费' else m.group(1)
            mo = Money(m.group(2), m.group(3))
            parts.setdefault(lab, mo)
            if m.group(4):
                shares[lab] = m.group(4)
            self.mention('exp:' + lab, mo.yuan, mo.tol, ln, m.group(0))
        if tot is not None and '基本支出' in parts and '项目支出' in parts:
            self.sum_check('sum.breakdown', ln, '支出合计', tot, [parts['基本支出'], parts['项目支出']])
            for lab, sh in shares.items():
                if not rate_ok(sh, parts[lab].yuan, tot.yuan):
                    self.fail('rate.ratio', f'L{ln + 1} {lab}占比{sh}%')
        if {'基本支出', '人员经费', '公用经费'} <= parts.keys():
            self.sum_check('sum.breakdown', ln, '基本支出', parts['基本支出'], [parts['人员经费'], parts['公用经费']])
        for sent in line.split('。'):
            if re.search(r'基本支出' + MON, sent) and re.search(r'人员经费' + MON, sent) and re.search(r'项目支出' + MON, sent):
                self.traps.add('nested')

    # ------------------------------------------------------------ growth
    GROWTH = (MON + r'(?:（[^）]*）)?[，,]?\s*(?:比|较)上年(?:预算)?(?:的)?\s*(?:' + MON + r'\s*)?(增加|减少)' + MON +
              r'[，,]\s*(?:同比)?(增长|下降|增幅|降幅)(?:为)?' + PC)

    def p_growth(self, ln, line):
        for m in re.finditer(self.GROWTH, line):
            cur = Money(m.group(1), m.group(2))
            last = Money(m.group(3), m.group(4)) if m.group(3) else None
            up = m.group(5) == '增加'
            d = Money(m.group(6), m.group(7))
            w2 = m.group(8)
            rt = m.group(9)
            if up != (w2 in ('增长', '增幅')):
                self.fail('rate.ratio', f'L{ln + 1} 增减方向不一致 {m.group(0)}')
            implied = cur.yuan - d.yuan if up else cur.yuan + d.yuan
            if last is not None and abs(last.yuan - implied) > tol_of(cur, d, last):
                self.fail('rate.ratio', f'L{ln + 1} 本年{cur}与上年{last}之差 ≠ {d}')
            if not rate_ok(rt, d.yuan, implied):
                self.fail('rate.ratio', f'L{ln + 1} 增减率{rt}% ≠ {d}/{implied}')
            if not up:
                self.traps.add('negative_change')
            self.growths.append((ln, cur, d, up, rt, implied))
        if '上年为0' in line:
            self.traps.add('zero_base')
            m = re.search(MON + r'[，,]?\s*(?:比|较)上年(?:预算)?增加' + MON + r'[，,]\s*因?上年为0', line)
            if m:
                a, b = Money(m.group(1), m.group(2)), Money(m.group(3), m.group(4))
                if abs(a.yuan - b.yuan) > tol_of(a, b):
                    self.fail('rate.ratio', f'L{ln + 1} 上年为0但增加额{b}≠本年{a}')

    # ------------------------------------------------------------ carry-over
    def p_carry(self, ln, line):
        m = re.search(r'(年初结转和结余|年初结转结余|上年结转结余)(?:为)?' + MON, line)
        if m:
            mo = Money(m.group(2), m.group(3))
            self.mention('carry_begin', mo.yuan, mo.tol, ln, m.group(0))
        m = re.search(r'(年末结转和结余|年末结转结余|结转下年)(?:为)?' + MON, line)
        if m:
            mo = Money(m.group(2), m.group(3))
            self.mention('carry_end', mo.yuan, mo.tol, ln, m.group(0))

    # ------------------------------------------------------------ department budget execution
    def p_exec(self, ln, line):
        B = re.search(r'(?:全年预算数|全年预算|调整后预算|部门预算)(?:数)?(?:为)?' + MON, line)
        B0 = re.search(r'年初预算(?:数)?(?:为)?' + MON, line)
        adj = re.search(r'(追加|调增|调减)(?:预算)?' + MON, line)
        X = re.search(r'(全年执行数|执行数|决算数|实际支出|决算支出|执行)(?:为)?' + MON, line)
        rt = re.search(r'(?:预算执行率|执行率|完成预算的)(?:为|达)?' + PC, line)
        U = re.search(r'未执行部分' + MON, line)
        Bm = Money(B.group(1), B.group(2)) if B else None
        Xm = Money(X.group(2), X.group(3)) if X else None
        if Bm:
            self.mention('dept_budget', Bm.yuan, Bm.tol, ln, B.group(0))
        if Xm:
            self.mention('dept_exec', Xm.yuan, Xm.tol, ln, X.group(0))
        if rt:
            self.mention('exec_rate', dec(rt.group(1)), pct_tol(rt.group(1)), ln, rt.group(0))
            if dec(rt.group(1)) < 100:
                self.traps.add('exec_below')
        if Bm and B0 and adj:
            b0 = Money(B0.group(1), B0.group(2))
            a = Money(adj.group(2), adj.group(3))
            sign = -1 if adj.group(1) == '调减' else 1
            if abs(b0.yuan + sign * a.yuan - Bm.yuan) > tol_of(b0, a, Bm):
                self.fail('sum.breakdown', f'L{ln + 1} 全年预算{Bm} ≠ 年初{b0}{"-" if sign < 0 else "+"}{a}')
        if Bm and Xm and rt and not rate_ok(rt.group(1), Xm.yuan, Bm.yuan):
            self.fail('rate.ratio', f'L{ln + 1} 执行率{rt.group(1)}% ≠ {Xm}/{Bm}')
        if Bm and Xm and U:
            u = Money(U.group(1), U.group(2))
            if abs(Bm.yuan - Xm.yuan - u.yuan) > tol_of(Bm, Xm, u):
                self.fail('balance.carryover', f'L{ln + 1} 未执行{u} ≠ {Bm}-{Xm}')

    # ------------------------------------------------------------ 财政拨款支出 (functional table prose)
    def p_func(self, ln, line):
        m = re.search(r'财政拨款支出(?:决算数|决算)?(?:为)?' + MON, line)
        if m:
            F = Money(m.group(1), m.group(2))
            self.mention('fiscal_exp', F.yuan, F.tol, ln, m.group(0))
            p = re.search(r'占本年支出合计的' + PC, line)
            if p:
                self.pending_func_share = (ln, F, p.group(1))
            fb = re.search(r'年初预算' + MON, line)
            FB = None
            if fb:
                FB = Money(fb.group(1), fb.group(2))
                self.mention('fiscal_budget', FB.yuan, FB.tol, ln, fb.group(0))
            r = re.search(r'完成年初预算的' + PC, line)
            if r:
                self.pending_func_rate = (ln, F, FB, r.group(1))
            dm = re.search(r'比年初预算(增加|减少)' + MON, line)
            if dm:
                self.pending_func_diff = (ln, F, dm.group(1) == '增加', Money(dm.group(2), dm.group(3)))
        m = re.search(r'一般公共预算支出预算' + MON, line)
        if m:
            G = Money(m.group(1), m.group(2))
            self.mention('gp_budget', G.yuan, G.tol, ln, m.group(0))

    # ------------------------------------------------------------ procurement
    def p_proc(self, ln, line):
        T = re.search(r'政府采购(?:支出|预算)(?:总额|合计)?(?:为)?' + MON, line)
        Tm = Money(T.group(1), T.group(2)) if T else None
        if Tm:
            self.mention('proc_total', Tm.yuan, Tm.tol, ln, T.group(0))
        parts = []
        m = re.search(r'货物、工程、服务类?分别为' + MON + '、' + MON + '、' + MON, line)
        if m:
            parts = [Money(m.group(1), m.group(2)), Money(m.group(3), m.group(4)), Money(m.group(5), m.group(6))]
        else:
            for kw in ('货物', '工程', '服务'):
                mm = re.search(r'(?:政府采购' + kw + r'(?:支出|预算)|' + kw + '类|' + kw + ')' + MON, line)
                if mm:
                    parts.append(Money(mm.group(1), mm.group(2)))
        if Tm and len(parts) == 3:
            self.sum_check('sum.breakdown', ln, '政府采购支出总额', Tm, parts)
        sme = re.search(r'授予中小企业合同(?:金额)?' + MON + r'(?:[，,]\s*占(政府采购支出总额的)?' + PC + ')?', line)
        mic = re.search(r'授予小微企业合同(?:金额)?' + MON +
                        r'(?:[，,]\s*占(授予中小企业合同金额的|中小企业合同金额的|政府采购支出总额的)' + PC + ')?', line)
        if sme:
            m_ = Money(sme.group(1), sme.group(2))
            if Tm and m_.yuan > Tm.yuan + tol_of(m_, Tm):
                self.fail('sum.breakdown', f'L{ln + 1} 中小企业{m_} > 总额{Tm}')
            if sme.group(4) and Tm and not rate_ok(sme.group(4), m_.yuan, Tm.yuan):
                self.fail('rate.ratio', f'L{ln + 1} 中小企业占比{sme.group(4)}% ≠ {m_}/{Tm}')
            if mic:
                x = Money(mic.group(1), mic.group(2))
                self.traps.add('sme_nonexh')
                if x.yuan > m_.yuan + tol_of(x, m_):
                    self.fail('sum.breakdown', f'L{ln + 1} 小微{x} > 中小{m_}')
                if mic.group(4):
                    den = m_ if '中小企业' in mic.group(3) else Tm
                    if '中小企业' in mic.group(3):
                        self.traps.add('share_denom')
                    if den and not rate_ok(mic.group(4), x.yuan, den.yuan):
                        self.fail('rate.ratio', f'L{ln + 1} 小微占比{mic.group(4)}% ≠ {x}/{den}')

    # ------------------------------------------------------------ 三公
    def p_sangong(self, ln, line):
        T = re.search(r'(?:“三公”|三公)经费(?:支出|决算|预算)?(?:合计)?(?:为)?' + MON, line)
        if not T:
            return
        Tm = Money(T.group(1), T.group(2))
        self.mention('sangong', Tm.yuan, Tm.tol, ln, T.group(0))
        get = lambda p: (lambda m: Money(m.group(1), m.group(2)) if m else None)(re.search(p + MON, line))
        ab = get(r'因公出国（境）费(?:支出)?')
        car = get(r'公务用车购置及运行维护费')
        buy = get(r'公务用车购置费')
        run = get(r'公务用车运行维护费')
        rec = get(r'公务接待费')
        if car and buy and run:
            self.sum_check('sum.breakdown', ln, '公务用车购置及运行维护费', car, [buy, run])
        if ab and rec and (car or run):
            parts = [ab, rec] + ([car] if car else [x for x in (buy, run) if x])
            self.sum_check('sum.breakdown', ln, '“三公”经费', Tm, parts)
        if ab and ab.yuan == 0:
            self.traps.add('zero_value')

    def p_opcost(self, ln, line):
        m = re.search(r'机关运行经费(?:支出|预算)?(?:为)?' + MON, line)
        if m:
            mo = Money(m.group(1), m.group(2))
            self.mention('opcost', mo.yuan, mo.tol, ln, m.group(0))

    # ------------------------------------------------------------ projects
    def is_project(self, line):
        return re.search(r'(安排资金|下达资金|项目预算|预算资金)' + MON, line) is not None

    def p_project(self, ln, line):
        b = re.search(r'(安排资金|下达资金|项目预算|预算资金)' + MON, line)
        Bm = Money(b.group(2), b.group(3))
        rest = line[b.end():]
        s = re.search(r'(实际支出|已支付|完成支付|支出)' + MON, rest)
        r = re.search(r'(执行率|支付率)(?:为|达)?' + PC, rest)
        z = re.search(r'(结余资金|结余|结转)' + MON, rest)
        if s:
            Sm = Money(s.group(2), s.group(3))
            if r and not rate_ok(r.group(2), Sm.yuan, Bm.yuan):
                self.fail('rate.ratio', f'L{ln + 1} 项目执行率{r.group(2)}% ≠ {Sm}/{Bm}')
            if z:
                Zm = Money(z.group(2), z.group(3))
                if abs(Bm.yuan - Sm.yuan - Zm.yuan) > tol_of(Bm, Sm, Zm):
                    self.fail('balance.carryover', f'L{ln + 1} 项目结余{Zm} ≠ {Bm}-{Sm}')
                if Zm.yuan == 0:
                    self.traps.add('zero_value')

    # ------------------------------------------------------------ score prose
    def p_score_prose(self, ln, line):
        m = re.search(r'(综合自评得分|自评得分|综合得分|自评总分|总得分|最终得分|共计得分|总分)(?:为)?' + NUM + r'\s*分', line)
        S = None
        if m:
            S = dec(m.group(2))
            self.mention('score', S, D(0), ln, m.group(0))
        g = re.search(r'(?:等级|等次)(?:为|评定为)?[：:]?\s*[“"]?(优秀|良好|中等|优|良|中|差)', line) or \
            re.search(r'属于[“"]?(优秀|良好|中等|优|良|中|差)[”"]?等次', line)
        if g:
            self.grades.append((ln, g.group(1)[0], S))
        comps = [(c.group(1), dec(c.group(2))) for c in
                 re.finditer(r'(预算执行率|决策指标|过程指标|产出指标|效益指标|满意度指标|绩效指标)得分' + NUM + r'\s*分', line)]
        if comps:
            self.comps.append((ln, comps, S))
            if S is not None and sum(v for _, v in comps) != S:
                self.fail('score.total', f'L{ln + 1} 分项得分之和{sum(v for _, v in comps)} ≠ 总分{S}')
        if '指标' in line and ('得分' in line or '扣' in line) and '“' in line:
            self.reason_lines.append((ln, line))
        if '偏差原因' in line:
            self.has_reason = True

    # ------------------------------------------------------------ vehicles
    KINDS = r'(主要领导干部用车|一般公务用车|执法执勤用车|特种专业技术用车|应急保障用车|机要通信用车|离退休干部用车|其他用车)(\d+)\s*辆'

    def p_vehicles(self):
        tot = []
        kinds = []
        for ln, line in self.prose:
            for si, sent in enumerate(line.split('。')):
                for m in re.finditer(r'车辆(?:共)?(\d+)\s*辆', sent):
                    tot.append((ln, si, int(m.group(1))))
                for m in re.finditer(self.KINDS, sent):
                    kinds.append((ln, si, m.group(1), int(m.group(2))))
        for ln, si, n in tot:
            self.mention('veh_total', D(n), D(0), ln, f'车辆{n}辆')
        if not tot:
            return
        ln0, si0, N = tot[0]
        s = sum(k[3] for k in kinds)
        if s > N:
            self.fail('sum.breakdown', f'L{ln0 + 1} 分类车辆之和{s} > 车辆总数{N}')
        elif kinds and s < N:
            self.traps.add('veh_partial')
        elif kinds and s == N and any((k[0], k[1]) != (ln0, si0) for k in kinds):
            self.traps.add('veh_other_sentence')

    # ------------------------------------------------------------ tables
    def money_cell(self, txt):
        return Money(txt, self.unit)

    def c_tables(self):
        self.score_tables = []
        for t in self.tables:
            h = t['hdr']
            if '分值' in h and '得分' in h:
                self.t_score(t)
            elif h[0] == '科目名称':
                self.t_func(t)
            elif any('执行数' in x or '决算数' in x for x in h):
                self.t_budget(t)
            elif any('金额' in x for x in h):
                self.t_income(t)
            else:
                self.fail('parse', f'unknown table {h}')

    def split_total(self, t):
        body = [r for r in t['rows'] if r and not TOTAL_LABEL.match(r[0])]
        tot = [r for r in t['rows'] if r and TOTAL_LABEL.match(r[0])]
        return body, (tot[0] if tot else None)

    def t_score(self, t):
        h = t['hdr']
        iw, iscore = h.index('分值'), h.index('得分')
        body, tot = self.split_total(t)
        rows = []
        group = None
        for r in body:
            if '一级指标' in h and r[h.index('一级指标')]:
                group = r[h.index('一级指标')]
            label = r[iw - 1] or next((x for x in r[:iw] if x), '')
            w, s = dec(r[iw]), dec(r[iscore])
            rows.append((label, group or label, w, s))
            if s > w:
                self.fail('score.cap', f'“{label}”得分{s} > 分值{w}')
        W = sum(r[2] for r in rows)
        S = sum(r[3] for r in rows)
        if tot is not None:
            tw, ts = dec(tot[iw]), dec(tot[iscore])
            if tw != W:
                self.fail('score.total', f'评分表分值合计{tw} ≠ 各项之和{W}')
            if ts != S:
                self.fail('score.total', f'评分表得分合计{ts} ≠ 各项之和{S}')
        else:
            tw, ts = W, S
        self.score_tables.append({'rows': rows, 'W': tw, 'S': ts})

    def col(self, h, *names):
        for i, x in enumerate(h):
            if any(n in x for n in names):
                return i
        return None

    def t_budget(self, t):
        h = t['hdr']
        i0, ia, ib, ix, ir = (self.col(h, '年初预算'), self.col(h, '调整预算'), self.col(h, '全年预算'),
                              self.col(h, '执行数', '决算数'), self.col(h, '执行率'))
        body, tot = self.split_total(t)
        for r in t['rows']:
            if i0 is not None and ia is not None:
                a, b, c = self.money_cell(r[i0]), self.money_cell(r[ia]), self.money_cell(r[ib])
                if abs(a.yuan + b.yuan - c.yuan) > tol_of(a, b, c):
                    self.fail('sum.breakdown', f'预算表“{r[0]}”全年预算≠年初+调整')
            if ir is not None and not rate_ok(r[ir], dec(r[ix]), dec(r[ib])):
                self.fail('rate.ratio', f'预算表“{r[0]}”执行率{r[ir]} ≠ 执行数/全年预算')
        if tot is not None:
            for i in (i0, ia, ib, ix):
                if i is None:
                    continue
                self.sum_check('sum.breakdown', t['start'], f'预算表“{h[i]}”合计', self.money_cell(tot[i]),
                               [self.money_cell(r[i]) for r in body])
            self.tmention('dept_budget', self.money_cell(tot[ib]))
            self.tmention('dept_exec', self.money_cell(tot[ix]))
            if ir is not None:
                self.tvals['exec_rate'] = (dec(tot[ir]), pct_tol(tot[ir]))
                if dec(tot[ir]) < 100:
                    self.traps.add('exec_below')

    def tmention(self, key, mo):
        self.tvals[key] = (mo.yuan, mo.tol)

    def t_func(self, t):
        h = t['hdr']
        body, tot = self.split_total(t)
        if tot is None:
            return
        for i in range(1, len(h)):
            self.sum_check('sum.breakdown', t['start'], f'功能分类表“{h[i]}”合计', self.money_cell(tot[i]),
                           [self.money_cell(r[i]) for r in body])
        if '决算数' in h:
            self.tmention('fiscal_exp', self.money_cell(tot[h.index('决算数')]))
            self.tmention('fiscal_budget', self.money_cell(tot[h.index('年初预算数')]))
        if '本年预算数' in h:
            self.tmention('gp_budget', self.money_cell(tot[h.index('本年预算数')]))
            self.tmention('gp_last', self.money_cell(tot[h.index('上年预算数')]))

    def t_income(self, t):
        h = t['hdr']
        body, tot = self.split_total(t)
        ia = self.col(h, '金额')
        ip = self.col(h, '占比')
        if tot is None:
            return
        T = self.money_cell(tot[ia])
        self.sum_check('sum.breakdown', t['start'], '收入表合计', T, [self.money_cell(r[ia]) for r in body])
        self.tmention('inc_total', T)
        if ip is not None and dec(tot[ip]) != 100:
            self.fail('rate.ratio', f'收入表合计行占比{tot[ip]} ≠ 100')
        for r in body:
            mo = self.money_cell(r[ia])
            self.tmention('inc:' + r[0], mo)
            if ip is not None and not rate_ok(r[ip], mo.yuan, T.yuan):
                self.fail('rate.ratio', f'收入表“{r[0]}”占比{r[ip]}')

    # ------------------------------------------------------------ document-level relations
    def c_doclevel(self):
        inc, exp = self.first('inc_total'), self.first('exp_total')
        if inc is None and 'inc_total' in self.tvals:
            inc = (self.tvals['inc_total'][0], self.tvals['inc_total'][1], -1, 'table')
        b, e = self.first('carry_begin'), self.first('carry_end')
        if b and e and inc and exp:
            t = max(b[1], e[1], inc[1], exp[1])
            if abs(b[0] + inc[0] - exp[0] - e[0]) > t:
                self.fail('balance.carryover', f'年末结转{e[3]} ≠ 年初{b[3]}+收入-支出')
            if b[0] > 0:
                self.traps.add('carry_begin_nonzero')
        if b and b[0] == 0:
            self.traps.add('zero_value')
        # functional-table prose
        if self.pending_func_share and exp:
            ln, F, p = self.pending_func_share
            if not rate_ok(p, F.yuan, exp[0]):
                self.fail('rate.ratio', f'L{ln + 1} 财政拨款支出占比{p}%')
        if self.pending_func_rate:
            ln, F, FB, p = self.pending_func_rate
            fb = FB.yuan if FB else self.tvals.get('fiscal_budget', (None,))[0]
            if fb is not None and not rate_ok(p, F.yuan, fb):
                self.fail('rate.ratio', f'L{ln + 1} 完成年初预算{p}%')
        if self.pending_func_diff:
            ln, F, up, d = self.pending_func_diff
            fb = self.tvals.get('fiscal_budget', (None,))[0]
            if fb is not None and abs((F.yuan - fb) - (d.yuan if up else -d.yuan)) > d.tol:
                self.fail('table.text', f'L{ln + 1} 比年初预算增减额与表不符')
        # growth on a B-doc functional table: implied last year vs table
        if 'gp_last' in self.tvals:
            for ln, cur, d, up, rt, implied in self.growths:
                g = self.first('gp_budget')
                if g and g[2] == ln and abs(implied - self.tvals['gp_last'][0]) > cur.tol:
                    self.fail('table.text', f'L{ln + 1} 上年预算{implied}与表中合计不符')
        # growth measured against last year while a budget figure is present
        B = self.first('dept_budget')
        if B is None and 'dept_budget' in self.tvals:
            B = (self.tvals['dept_budget'][0], self.tvals['dept_budget'][1], -1, 'table')
        for ln, cur, d, up, rt, implied in self.growths:
            if exp and abs(cur.yuan - exp[0]) <= cur.tol and B and abs(B[0] - exp[0]) > B[1]:
                self.traps.add('growth_vs_lastyear')
        # scores
        if self.score_tables:
            tot = sum(t['S'] for t in self.score_tables)
            W = sum(t['W'] for t in self.score_tables)
            if W != 100:
                self.fail('score.total', f'分值总计{W} ≠ 100')
            sc = self.first('score')
            if sc and sc[0] != tot:
                self.fail('score.total', f'自评得分{sc[0]} ≠ 评分表得分合计{tot}')
            Ws = sorted(t['W'] for t in self.score_tables)
            if Ws == [10, 90]:
                self.traps.add('score_split')
            main = max(self.score_tables, key=lambda t: t['W'])
            small = min(self.score_tables, key=lambda t: t['W']) if len(self.score_tables) > 1 else None
            for ln, comps, S in self.comps:
                for name, v in comps:
                    if name == '绩效指标':
                        ref = main['S']
                    elif name == '预算执行率':
                        ref = small['S'] if small else None
                    else:
                        g = name[:-2]
                        rows = [r for r in main['rows'] if r[1] == g]
                        ref = sum(r[3] for r in rows) if rows else None
                    if ref is not None and ref != v:
                        self.fail('table.text', f'L{ln + 1} {name}得分{v} ≠ 表中{ref}')
            allrows = [r for t in self.score_tables for r in t['rows']]
            for ln, line in self.reason_lines:
                for m in re.finditer(r'“([^”]+)”', line):
                    hit = [r for r in allrows if r[0] == m.group(1)]
                    if not hit:
                        continue
                    _, _, w, s = hit[0]
                    tail = line[m.end():]
                    gs = re.search(r'得分' + NUM + r'\s*分', tail)
                    ws = re.search(r'分值' + NUM + r'\s*分', tail)
                    ks = re.search(r'扣' + NUM + r'\s*分', tail)
                    if gs and dec(gs.group(1)) != s:
                        self.fail('table.text', f'L{ln + 1} “{m.group(1)}”得分{gs.group(1)} ≠ 表中{s}')
                    if ws and dec(ws.group(1)) != w:
                        self.fail('table.text', f'L{ln + 1} “{m.group(1)}”分值{ws.group(1)} ≠ 表中{w}')
                    if ks and dec(ks.group(1)) != w - s:
                        self.fail('table.text', f'L{ln + 1} “{m.group(1)}”扣分{ks.group(1)} ≠ 表中{w - s}')
            if self.has_reason and any(r[3] < r[2] for r in allrows):
                self.traps.add('score_below_reason')
        for ln, g, S in self.grades:
            s = S if S is not None else (self.first('score') or (None,))[0]
            if s is None:
                continue
            want = '优' if s >= 90 else '良' if s >= 80 else '中' if s >= 60 else '差'
            if g != want:
                self.fail('grade.band', f'L{ln + 1} 得分{s}对应“{want}”，文中为“{g}”')
            if s in (D(60), D(80), D(90)):
                self.traps.add('grade_boundary')

    def c_conflicts(self):
        for key, ms in self.mentions.items():
            base = ms[0]
            for m in ms[1:]:
                if abs(m[0] - base[0]) > max(m[1], base[1]):
                    self.fail('fact.conflict', f'{key}: L{base[2] + 1}“{base[3]}” vs L{m[2] + 1}“{m[3]}”')
            if key in self.tvals:
                tv, tt = self.tvals[key]
                for m in ms:
                    if abs(m[0] - tv) > max(m[1], tt):
                        self.fail('table.text', f'{key}: 文中L{m[2] + 1}“{m[3]}” ≠ 表中{tv}')

    def d_traps(self):
        prose = '\n'.join(l for _, l in self.prose)
        if '人次' in prose and any(k.startswith('staff:') for k in self.mentions):
            self.traps.add('renci')
        if re.search(r'(?<![\d.,])0(?:\.00)?\s*(?:万元|元)', prose):
            self.traps.add('zero_value')


def check_doc(tid, text):
    d = Doc(tid, text)
    d.growths = []
    d.grades = []
    d.comps = []
    d.reason_lines = []
    d.has_reason = False
    d.tvals = {}
    d.pending_func_share = d.pending_func_rate = d.pending_func_diff = None
    d.run()
    return d


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    verbose = '-v' in sys.argv
    exp = {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as fh:
        hdr = fh.readline()
        assert hdr.strip().split('\t') == ['id', 'expected', 'detail'], hdr
        for line in fh:
            tid, e, det = line.rstrip('\n').split('\t')
            exp[tid] = (e, det)
    ids = args or sorted(exp)
    ok = 0
    bad = []
    fams = {}
    for tid in ids:
        path = os.path.join(HERE, tid + '.txt')
        raw = open(path, 'rb').read()
        text = raw.decode('utf-8')
        nlines = len(text.rstrip('\n').split('\n'))
        d = check_doc(tid, text)
        e, det = exp[tid]
        got = sorted(set(f for f, _ in d.fails))
        problems = []
        if not 15 <= nlines <= 50:
            problems.append(f'{nlines} lines')
        if e == 'clean':
            if got:
                problems.append('clean doc fails: ' + '; '.join(f'{f}: {m}' for f, m in d.fails))
            claimed = re.findall(r'(?:traps: |; )([a-z_]+)（', det)
            missing = [t for t in claimed if t not in d.traps]
            if missing:
                problems.append(f'claimed traps not recognised: {missing} (recognised {sorted(d.traps)})')
            if len(claimed) < 3:
                problems.append(f'only {len(claimed)} traps claimed')
        else:
            if got != [e]:
                problems.append(f'expected exactly [{e}], got {got}: ' + '; '.join(f'{f}: {m}' for f, m in d.fails))
        fams[e] = fams.get(e, 0) + 1
        if problems:
            bad.append((tid, problems))
            print(f'{tid} FAIL  ({e})')
            for p in problems:
                print('     ', p)
        else:
            ok += 1
            if verbose:
                print(f'{tid} ok    {e:18s} fails={[m for _, m in d.fails]} traps={sorted(d.traps)}')
    print(f'\n{ok}/{len(ids)} documents agree with expect.tsv; families: ' +
          ', '.join(f'{k}={v}' for k, v in sorted(fams.items())))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
