#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the blind71 test set (40 部门决算 excerpts, 20 with one planted slip).

All amounts are decimal.Decimal (never float).  Internally every amount is kept in 元;
tables and prose display it in 万元 or 元.  Run:  python3 gen.py   (writes t01.txt..t40.txt,
expect.tsv).  check.py is a separate, independent re-reader of the written files.
"""
import os
import random
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP

from refdata import CLS, KUAN, XIANG, SECTORS, UNITS, JB301, JB303, JB302

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 7107
WAN = D(10000)
ZERO = D(0)


def q(x, n=2):
    return x.quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def transpose_str(s, rng, minrel=D('0.004'), minabs=None):
    """Swap two adjacent distinct digits of a numeric string (a tired clerk's slip)."""
    base = D(s.replace(',', ''))
    cands = []
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            t = s[:i] + b + a + s[i + 2:]
            if t[0] == '0' and len(t.split('.')[0]) > 1:
                continue
            v = D(t.replace(',', ''))
            diff = abs(v - base)
            if minabs is not None and diff < minabs:
                continue
            if base != 0 and diff / abs(base) < minrel:
                continue
            cands.append(t)
    if not cands:
        return None
    return rng.choice(cands)


class Cell:
    """A numeric table cell. v = raw value in 元 (money) or percent value (pct)."""
    def __init__(self, v, kind='money', key=None):
        self.v = v
        self.kind = kind
        self.key = key
        self.ov = None          # override display string (slips)


class Table:
    def __init__(self, kind, title, header):
        self.kind = kind
        self.title = title
        self.header = header
        self.rows = []
        self.rel = []           # (total_cell, [part cells]) for rounding verification

    def find(self, pred):
        for r in self.rows:
            if pred(r):
                return r
        raise KeyError('row not found')


# ---------------------------------------------------------------------------------
class Doc:
    def __init__(self, spec):
        self.spec = spec
        self.id = spec['id']
        self.rng = random.Random(SEED * 1000 + spec['id'] * 17 + spec.get('attempt', 0))
        self.layout = spec['layout']
        self.mode = spec['mode']
        self.sector = spec['sector']
        self.sec = SECTORS[self.sector]
        self.prov, self.unit = spec['unit']
        self.Y = spec['year']
        self.tu = '万元' if self.mode in ('wan_exact', 'wan_round') else '元'
        self.pu = '元' if self.mode == 'yuan' else '万元'
        self.g = {'wan_exact': D(100), 'wan_round': D(1), 'yuan': D('0.01'), 'yuan_wan': D('0.01')}[self.mode]
        rng = self.rng
        self.sep_t = rng.randint(0, 1) == 1 or self.tu == '元'
        self.sep_p = rng.randint(0, 2) == 0 or self.pu == '元'
        self.zero = rng.choice(['0.00', '-', ''] if self.layout != 'L4' else ['0.00', '-'])
        self.l2empty = rng.choice(['|', '|', ''])
        self.rdec = rng.choice([1, 2, 2])
        self.pct_none = rng.choice(['-', '-', '']) if self.layout != 'L4' else '-'
        self.fiscal = self.sec['fiscal']
        self.shown = set()
        self.tables = []
        self.sents = []         # list of (kind, text)
        self.forbid = set()
        self.traps = []
        self.detail = ''
        self.counters = None

    # ---------------- random helpers ----------------
    def chance(self, p):
        return self.rng.randint(1, 100) <= p

    def amt(self, lo, hi):
        g = self.g
        lo_u = int(D(lo) * WAN / g)
        hi_u = int(D(hi) * WAN / g)
        return D(self.rng.randint(lo_u, hi_u)) * g

    def frac(self, x, pct):
        n = int(x / self.g) * pct // 100
        return D(n) * self.g

    def jfrac(self, x, lo, hi):
        """x * p/100 with p drawn from [lo, hi] to two decimals (avoids round-number ratios)."""
        n = int(x / self.g) * self.rng.randint(lo * 100, hi * 100) // 10000
        return D(n) * self.g

    def alloc(self, total, weights):
        n = int(total / self.g)
        s = sum(weights)
        parts = [n * w // s for w in weights]
        k = max(range(len(weights)), key=lambda i: weights[i])
        parts[k] += n - sum(parts)
        return [D(p) * self.g for p in parts]

    def wts(self, pairs):
        return [self.rng.randint(lo, hi) * 10 + self.rng.randint(0, 9) for lo, hi in pairs]

    # ---------------- model ----------------
    def build_model(self, opt):
        rng, sec = self.rng, self.sec
        V = {}
        items = []
        for it in sec['items']:
            code, kind, lo, hi, optional = it
            if optional and not self.chance(55):
                continue
            if code == '20502XX':
                code = '2050204' if '高级' in self.unit else '2050203'
            items.append((code, kind, lo, hi))
        E = self.amt(*[str(x) for x in sec['size']])
        amts = self.alloc(E, self.wts([(lo, hi) for _, _, lo, hi in items]))
        rows = {}
        for (code, kind, _, _), a in zip(items, amts):
            if kind == 'B':
                rows[code] = [a, ZERO]
            elif kind == 'P':
                rows[code] = [ZERO, a]
            else:
                b = self.jfrac(a, 45, 80)
                rows[code] = [b, a - b]
        self.items = rows
        B = sum(v[0] for v in rows.values())
        P = sum(v[1] for v in rows.values())
        V['E'], V['B'], V['P'] = E, B, P
        self.classes = sorted({c[:3] for c in rows})
        for c3 in self.classes:
            V['cls.' + c3] = sum(v[0] + v[1] for c, v in rows.items() if c[:3] == c3)
        # carry-over, income
        V['A0'] = ZERO if self.chance(22) and not opt.get('needA0') else self.jfrac(E, 2, 12)
        V['T'] = ZERO if self.chance(18) and not opt.get('needT') else self.jfrac(E, 2, 12)
        V['S'] = self.jfrac(E, 1, 3) if opt.get('jieyu') else ZERO
        R = E + V['T'] + V['S'] - V['A0']
        V['R'] = R
        if self.fiscal:
            inc = {'一般': R, '事业': ZERO, '其他': ZERO}
        else:
            lo, hi = sec['other']
            if self.sector == 'wenhua':
                qt = self.jfrac(R, lo, hi)
                inc = {'事业': ZERO, '其他': qt}
            else:
                sy = self.jfrac(R, lo, hi)
                qt = self.jfrac(R, 1, 3) if self.chance(75) else ZERO
                inc = {'事业': sy, '其他': qt}
            inc['一般'] = R - inc['事业'] - inc['其他']
        for k, v in inc.items():
            V['inc.' + k] = v
        V['TOT'] = R + V['A0']
        assert V['TOT'] == E + V['S'] + V['T']
        # previous year
        trend = opt.get('trend') or rng.choice(['up', 'down'])
        self.trend = trend
        V['Ep'] = self.jfrac(E, 80, 96) if trend == 'up' else self.jfrac(E, 104, 124)
        V['Bp'] = self.jfrac(B, 86, 97) if self.chance(60) else self.jfrac(B, 103, 112)
        V['Rp'] = (self.jfrac(R, 82, 96) if self.chance(50) else self.jfrac(R, 104, 118))
        V['inc.一般.p'] = (self.jfrac(inc['一般'], 82, 96) if self.chance(50) else self.jfrac(inc['一般'], 104, 118))
        V['TOTp'] = (self.jfrac(V['TOT'], 84, 96) if self.chance(50) else self.jfrac(V['TOT'], 104, 116))
        # three public expenses
        small = sec['size'][1] <= 450
        c = self.amt('0.12', '1.6') if small else self.amt('0.3', '3.2')
        has_car = opt.get('car', self.chance(78))
        vr = (self.amt('0.4', '2.6') if small else self.amt('0.8', '6.4')) if has_car else ZERO
        vp = self.amt('9', '21') if (has_car and opt.get('buycar')) else ZERO
        o = ZERO
        cb = c if self.chance(15) and not opt.get('sg_under') else self.jfrac(c, 104, 160)
        vrb = self.jfrac(vr, 100, 128) if not opt.get('sg_under') else self.jfrac(vr, 105, 128)
        vpb = vp
        ob = self.amt('1.5', '3') if opt.get('o_budget') else ZERO
        cp = (self.jfrac(c, 62, 92) if self.chance(50) else self.jfrac(c, 108, 150))
        vrp = (self.jfrac(vr, 75, 93) if self.chance(50) else self.jfrac(vr, 107, 130)) if has_car else ZERO
        vpp = self.amt('9', '20') if opt.get('prevbuy') and vp == 0 and has_car else ZERO
        for k, (cu, bu, pr) in {'o': (o, ob, ZERO), 'vp': (vp, vpb, vpp), 'vr': (vr, vrb, vrp), 'c': (c, cb, cp)}.items():
            V['sg.' + k], V['sg.' + k + '.b'], V['sg.' + k + '.p'] = cu, bu, pr
        for suf in ('', '.b', '.p'):
            V['sg.v' + suf] = V['sg.vp' + suf] + V['sg.vr' + suf]
            V['sg.t' + suf] = V['sg.o' + suf] + V['sg.v' + suf] + V['sg.c' + suf]
        nb = rng.randint(4, 40)
        self.cnt = {'nb': nb, 'np': nb * rng.randint(3, 7) + rng.randint(0, 4),
                    'car': rng.randint(1, 3) if has_car else 0, 'buy': 1 if vp else 0}
        # basic expenditure by economic classification (fiscal-only units)
        if self.fiscal:
            gong = self.jfrac(B, 11, 22)
            need = (c + vr) * 2 + self.amt('1', '3')
            if gong < need:
                gong = need
            if gong * 2 > B:
                raise ValueError('gong too large')
            ren = B - gong
            r303 = ZERO if self.chance(35) else self.jfrac(ren, 2, 9)
            r301 = ren - r303
            short = self.layout == 'L2'
            pick301 = [JB301[0], JB301[1]] + rng.sample(JB301[2:], 2 if short else rng.randint(3, 5))
            pick301.sort()
            a301 = self.alloc(r301, self.wts([(lo, hi) for _, _, lo, hi in pick301]))
            pick303 = sorted(rng.sample(JB303, 1 if short else rng.randint(1, 2))) if r303 else []
            a303 = self.alloc(r303, self.wts([(lo, hi) for _, _, lo, hi in pick303])) if r303 else []
            rest = gong - c - vr
            r310 = self.jfrac(rest, 4, 12) if (self.chance(30) and not short) else ZERO
            rest -= r310
            pick302 = [JB302[0]] + rng.sample(JB302[1:], 2 if short else rng.randint(3, 5))
            pick302.sort()
            a302 = self.alloc(rest, self.wts([(lo, hi) for _, _, lo, hi in pick302]))
            g302 = [(cd, nm, a) for (cd, nm, _, _), a in zip(pick302, a302)]
            g302.append(('30217', '公务接待费', c))
            if vr:
                g302.append(('30231', '公务用车运行维护费', vr))
            g302.sort()
            self.jb = {'301': [(cd, nm, a) for (cd, nm, _, _), a in zip(pick301, a301)],
                       '303': [(cd, nm, a) for (cd, nm, _, _), a in zip(pick303, a303)],
                       '302': g302,
                       '310': [('31002', '办公设备购置', r310)] if r310 else []}
            for grp, lst in self.jb.items():
                for _, _, a in lst:
                    if a <= 0:
                        raise ValueError('nonpositive jb item')
            V['jb.ren'], V['jb.gong'], V['jb.tot'] = ren, gong, B
        # revenue table rows (mixed units)
        if not self.fiscal:
            codes = sorted(rows)
            main = max(codes, key=lambda cd: rows[cd][0] + rows[cd][1])
            sr = {cd: {'一般': ZERO, '事业': ZERO, '其他': ZERO} for cd in codes}
            sr[main]['事业'] = inc['事业']
            sr[main]['其他'] = inc['其他']
            w = [int((rows[cd][0] + rows[cd][1]) / self.g) for cd in codes]
            for cd, a in zip(codes, self.alloc(inc['一般'], w)):
                sr[cd]['一般'] = a
            self.sr = sr
        for k, v in V.items():
            if k not in ('S',) and not k.startswith('sg.') and not k.startswith('inc.') and k not in ('A0', 'T'):
                assert v > 0, k
        self.V = V

    # ---------------- display ----------------
    def tval(self, raw):
        return q(raw / WAN) if self.tu == '万元' else q(raw)

    def fnum(self, v, sep):
        return f'{v:,.2f}' if sep else f'{v:.2f}'

    def tcell(self, c):
        if isinstance(c, str):
            return c
        if c.ov is not None:
            return c.ov
        if c.kind == 'pct':
            if c.v is None:
                return self.pct_none
            return f'{c.v:.2f}'
        v = self.tval(c.v)
        if v == 0:
            return self.zero
        return self.fnum(v, self.sep_t)

    def pval(self, raw):
        return q(raw / WAN) if self.pu == '万元' else q(raw)

    def ev(self, key):
        raw = self.V[key]
        if key in self.shown:
            t = self.tval(raw)
            if self.tu == self.pu:
                return t
            return t / WAN if self.pu == '万元' else t * WAN
        return self.pval(raw)

    def fa(self, v, unit=None):
        return self.fnum(v, self.sep_p) + (unit or self.pu)

    def P(self, key, o=None, name=None):
        o = o or {}
        name = name or key
        if name + '$' in o:
            return o[name + '$']
        if name in o:
            return self.fa(o[name])
        return self.fa(self.pval(self.V[key]))

    def chg(self, kc, kp):
        return q(self.ev(kc) - self.ev(kp))

    def rate(self, kc, kp):
        return q((self.ev(kc) - self.ev(kp)) / self.ev(kp) * 100, self.rdec)

    def ratio(self, kn, kd):
        return q(self.ev(kn) / self.ev(kd) * 100, self.rdec)

    def pc(self, v):
        return f'{v:.{self.rdec}f}'

    # ---------------- tables ----------------
    def M(self, key=None, raw=None):
        if key is not None:
            self.shown.add(key)
            return Cell(self.V[key], key=key)
        return Cell(raw)

    def t_SZ(self):
        rng, V = self.rng, self.V
        hdr = rng.choice([['收入项目', '决算数', '支出项目', '决算数'], ['项目', '金额', '项目', '金额'],
                          ['收入', '本年决算数', '支出', '本年决算数'], ['项目（收入）', '决算数', '项目（支出）', '决算数']])
        t = Table('SZ', '收入支出决算总表', hdr)
        left = [('一般公共预算财政拨款收入', self.M('inc.一般'))]
        if self.layout != 'L2' or self.chance(30):
            left.append(('政府性基金预算财政拨款收入', self.M(raw=ZERO)))
        if not self.fiscal and V['inc.事业'] or self.chance(40) and self.layout != 'L2':
            left.append(('事业收入', self.M('inc.事业')))
        if self.chance(25) and self.layout != 'L2':
            left.append(('经营收入', self.M(raw=ZERO)))
        if V['inc.其他'] or self.chance(50):
            left.append(('其他收入', self.M('inc.其他')))
        right = [(CLS[c], self.M('cls.' + c)) for c in self.classes]
        n = max(len(left), len(right))
        for i in range(n):
            l = left[i] if i < len(left) else ('', '')
            r = right[i] if i < len(right) else ('', '')
            t.rows.append([l[0], l[1], r[0], r[1]])
        rin = self.M('R')
        rout = self.M('E')
        t.rows.append(['本年收入合计', rin, '本年支出合计', rout])
        use = self.M(raw=ZERO)
        sa = self.M('S')
        t.rows.append(['使用非财政拨款结余', use, '结余分配', sa])
        a0 = self.M('A0')
        te = self.M('T')
        t.rows.append(['年初结转和结余', a0, '年末结转和结余', te])
        ti = self.M('TOT')
        to = self.M('TOT')
        t.rows.append(['收入总计', ti, '支出总计', to])
        t.rel.append((rin, [x[1] for x in left]))
        t.rel.append((rout, [x[1] for x in right]))
        t.rel.append((ti, [rin, use, a0]))
        t.rel.append((to, [rout, sa, te]))
        self.tables.append(t)
        return t

    def t_ZC(self):
        rng, V = self.rng, self.V
        hdr = rng.choice([['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
                          ['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出'],
                          ['科目代码', '科目名称', '支出合计', '基本支出', '项目支出']])
        t = Table('ZC', '支出决算表', hdr)
        tot = [self.M('E'), self.M('B'), self.M('P')]
        t.rows.append(['', '合计'] + tot)
        t.rel.append((tot[0], tot[1:]))
        cls_cells = []
        for c3 in self.classes:
            codes = sorted(cd for cd in self.items if cd[:3] == c3)
            b = sum(self.items[cd][0] for cd in codes)
            p = sum(self.items[cd][1] for cd in codes)
            cc = [self.M('cls.' + c3), self.M(raw=b), self.M(raw=p)]
            t.rows.append([c3, CLS[c3]] + cc)
            t.rel.append((cc[0], cc[1:]))
            cls_cells.append(cc)
            kc_all = []
            for k5 in sorted({cd[:5] for cd in codes}):
                sub = [cd for cd in codes if cd[:5] == k5]
                kb = sum(self.items[cd][0] for cd in sub)
                kp = sum(self.items[cd][1] for cd in sub)
                kc = [self.M(raw=kb + kp), self.M(raw=kb), self.M(raw=kp)]
                t.rows.append([k5, KUAN[k5]] + kc)
                t.rel.append((kc[0], kc[1:]))
                kc_all.append(kc)
                xc_all = []
                for cd in sub:
                    xb, xp = self.items[cd]
                    xc = [self.M(raw=xb + xp), self.M(raw=xb), self.M(raw=xp)]
                    t.rows.append([cd, XIANG[cd]] + xc)
                    t.rel.append((xc[0], xc[1:]))
                    xc_all.append(xc)
                for j in range(3):
                    t.rel.append((kc[j], [x[j] for x in xc_all]))
            for j in range(3):
                t.rel.append((cc[j], [x[j] for x in kc_all]))
        for j in range(3):
            t.rel.append((tot[j], [x[j] for x in cls_cells]))
        self.tables.append(t)
        return t

    def t_SR(self):
        rng, V = self.rng, self.V
        cols = ['一般', '事业', '其他'] if V['inc.事业'] else ['一般', '其他']
        names = {'一般': '财政拨款收入', '事业': '事业收入', '其他': '其他收入'}
        first = rng.choice([['科目编码', '科目名称', '本年收入合计'], ['功能分类科目编码', '科目名称', '合计']])
        t = Table('SR', '收入决算表', first + [names[c] for c in cols])
        tot = [self.M('R')] + [self.M('inc.' + c) for c in cols]
        t.rows.append(['', '合计'] + tot)
        t.rel.append((tot[0], tot[1:]))
        sr = self.sr
        cls_cells = []
        for c3 in self.classes:
            codes = sorted(cd for cd in sr if cd[:3] == c3)

            def mk(cds):
                vals = [sum(sr[cd][c] for cd in cds) for c in cols]
                cells = [self.M(raw=sum(vals))] + [self.M(raw=v) for v in vals]
                t.rel.append((cells[0], cells[1:]))
                return cells
            cc = mk(codes)
            t.rows.append([c3, CLS[c3]] + cc)
            cls_cells.append(cc)
            kall = []
            for k5 in sorted({cd[:5] for cd in codes}):
                sub = [cd for cd in codes if cd[:5] == k5]
                kc = mk(sub)
                t.rows.append([k5, KUAN[k5]] + kc)
                kall.append(kc)
                xall = []
                for cd in sub:
                    xc = mk([cd])
                    t.rows.append([cd, XIANG[cd]] + xc)
                    xall.append(xc)
                for j in range(len(kc)):
                    t.rel.append((kc[j], [x[j] for x in xall]))
            for j in range(len(cc)):
                t.rel.append((cc[j], [x[j] for x in kall]))
        for j in range(len(tot)):
            t.rel.append((tot[j], [x[j] for x in cls_cells]))
        self.tables.append(t)
        return t

    def t_JB(self, double=None):
        rng, V = self.rng, self.V
        if double is None:
            double = self.layout != 'L2' and self.chance(50)
        gname = {'301': '工资福利支出', '303': '对个人和家庭的补助', '302': '商品和服务支出', '310': '资本性支出'}

        def group(g):
            lst = self.jb[g]
            if not lst:
                return []
            gc = self.M(raw=sum(a for _, _, a in lst))
            out = [[g, gname[g], gc]]
            cells = []
            for cd, nm, a in lst:
                ce = self.M(raw=a)
                out.append([cd, nm, ce])
                cells.append(ce)
            t.rel.append((gc, cells))
            return out
        if double:
            hdr = rng.choice([['科目编码', '人员经费科目', '决算数', '科目编码', '公用经费科目', '决算数'],
                              ['编码', '人员经费', '决算数', '编码', '公用经费', '决算数']])
            t = Table('JB2', '一般公共预算财政拨款基本支出决算表', hdr)
            L = group('301') + group('303')
            R = group('302') + group('310')
            for i in range(max(len(L), len(R))):
                l = L[i] if i < len(L) else ['', '', '']
                r = R[i] if i < len(R) else ['', '', '']
                t.rows.append(l + r)
            ren, gong, tot = self.M('jb.ren'), self.M('jb.gong'), self.M('jb.tot')
            t.rows.append(['', '人员经费合计', ren, '', '公用经费合计', gong])
            t.rows.append(['', '合计', tot, '', '', ''])
        else:
            hdr = rng.choice([['科目编码', '科目名称', '决算数'], ['经济分类科目编码', '科目名称', '金额'],
                              ['科目代码', '科目名称', '本年决算数']])
            t = Table('JB1', '一般公共预算财政拨款基本支出决算表', hdr)
            for g in ('301', '303', '302', '310'):
                t.rows.extend(group(g))
            ren, gong, tot = self.M('jb.ren'), self.M('jb.gong'), self.M('jb.tot')
            t.rows.append(['', '人员经费合计', ren])
            t.rows.append(['', '公用经费合计', gong])
            t.rows.append(['', '合计', tot])
        grp_cells = {r[0]: r[2] for r in t.rows if len(r[0]) == 3}
        grp_cells.update({r[3]: r[5] for r in t.rows if len(r) > 3 and len(r[3]) == 3})
        t.rel.append((ren, [grp_cells[g] for g in ('301', '303') if g in grp_cells]))
        t.rel.append((gong, [grp_cells[g] for g in ('302', '310') if g in grp_cells]))
        t.rel.append((tot, [ren, gong]))
        self.tables.append(t)
        return t

    def t_SG(self, horizontal=None, prev=None, extra=None, drop_buy=None):
        """extra in (None, 'growth', 'exec')."""
        rng, V = self.rng, self.V
        if horizontal is None:
            horizontal = self.chance(30)
        if prev is None:
            prev = self.chance(45)
        if drop_buy is None:
            drop_buy = False
        keys = [('t', '合计'), ('o', '因公出国（境）费'), ('v', '公务用车购置及运行费'),
                ('vp', '公务用车购置费'), ('vr', '公务用车运行费'), ('c', '公务接待费')]
        if drop_buy:
            assert V['sg.vp'] == 0 and V['sg.vp.b'] == 0 and V['sg.vp.p'] == 0
            keys = [k for k in keys if k[0] != 'vp']
        title = rng.choice(['一般公共预算财政拨款“三公”经费支出决算表', '“三公”经费支出决算表'])
        roles = [('.b', '预算数'), ('', '决算数')] + ([('.p', '上年决算数')] if prev else [])
        cells = {}
        if horizontal:
            hdr = ['项目'] + [nm for _, nm in keys]
            if not drop_buy and self.chance(50):
                hdr[hdr.index('公务用车购置费')] = '其中：公务用车购置费'
            t = Table('SGH', title, hdr)
            for suf, rn in roles:
                row = [rn]
                for k, _ in keys:
                    ce = self.M('sg.' + k + suf)
                    cells[(k, suf)] = ce
                    row.append(ce)
                t.rows.append(row)
        else:
            h0 = rng.choice([['项目', '预算数', '决算数'], ['项 目', '年初预算数', '决算数'], ['项目', '预算数', '本年决算数']])
            hdr = h0 + (['上年决算数'] if prev else [])
            if extra == 'growth':
                assert prev
                hdr.append(rng.choice(['增减率（%）', '比上年增减（%）']))
            elif extra == 'exec':
                hdr.append(rng.choice(['执行率（%）', '预算执行率（%）']))
            t = Table('SGV', title, hdr)
            for k, nm in keys:
                if k in ('vp', 'vr'):
                    nm = ('其中：' if (k == 'vp' or drop_buy) else '') + nm
                row = [nm]
                for suf, _ in roles:
                    ce = self.M('sg.' + k + suf)
                    cells[(k, suf)] = ce
                    row.append(ce)
                if extra == 'growth':
                    cu, pr = self.tval(V['sg.' + k]), self.tval(V['sg.' + k + '.p'])
                    row.append(Cell(None if pr == 0 else q((cu - pr) / pr * 100), 'pct'))
                elif extra == 'exec':
                    cu, bu = self.tval(V['sg.' + k]), self.tval(V['sg.' + k + '.b'])
                    row.append(Cell(None if bu == 0 else q(cu / bu * 100), 'pct'))
                t.rows.append(row)
        for suf, _ in roles:
            t.rel.append((cells[('t', suf)], [cells[('o', suf)], cells[('v', suf)], cells[('c', suf)]]))
            if not drop_buy:
                t.rel.append((cells[('v', suf)], [cells[('vp', suf)], cells[('vr', suf)]]))
        t.sg_prev, t.sg_extra, t.sg_h = prev, extra, horizontal
        self.tables.append(t)
        return t

    def rounding_ok(self, need_nonzero):
        worst, nz = ZERO, False
        for t in self.tables:
            for tot, parts in t.rel:
                d = abs(self.tval(tot.v) - sum(self.tval(p.v) for p in parts))
                worst = max(worst, d)
                if d > 0:
                    nz = True
        if worst > D('0.01'):
            return False
        return nz or not need_nonzero

    # ---------------- prose ----------------
    def dirw(self, d, kind='rate'):
        if d >= 0:
            return ('增加', {'rate': '增长', 'fu': '增幅'}[kind])
        return ('减少', {'rate': '下降', 'fu': '降幅'}[kind])

    def add(self, kind, text):
        self.sents.append((kind, text))

    def reason_up(self):
        p = self.sec['proj']
        return self.rng.choice(['人员调资及社保缴费基数调整', f'新增{p}等项目', '在职人员增加、工资标准提高',
                                f'{p}项目资金增加', '落实增人增资政策'])

    def reason_down(self):
        return self.rng.choice(['部分项目上年已完工、本年资金减少', '严格落实过紧日子要求、压减一般性开支',
                                '退休人员增加、在职人员减少', '上级专项资金下达减少', '一次性项目支出减少'])

    # total
    def s_total(self, v, o=None):
        o = o or {}
        Y, T = self.Y, self.P('TOT', o)
        if v == 0:
            s = f'{Y}年度收入总计{T}，支出总计{self.P("TOT", o, "TOT2")}。'
        elif v == 1:
            s = f'本单位{Y}年度收、支总计均为{T}。'
        elif v == 2:
            s = f'{Y}年度收入、支出总计各为{T}，收支平衡。'
        elif v == 3:
            s = f'全年收入总计和支出总计均为{T}。'
        elif v == 4:
            s = f'{self.unit}{Y}年度决算收入总计{T}、支出总计{self.P("TOT", o, "TOT2")}。'
        else:
            d = o.get('d', self.chg('TOT', 'TOTp'))
            r = o.get('r', self.rate('TOT', 'TOTp'))
            w = self.dirw(d)
            s = f'{Y}年度收支总计{T}，上年为{self.P("TOTp", o)}，{w[0]}{self.fa(abs(d))}，{w[1]}{self.pc(abs(r))}%。'
        self.add('total', s)

    # income
    def s_income(self, v, o=None):
        o = o or {}
        V, Y = self.V, self.Y
        R = self.P('R', o)
        if v == 0:
            parts = []
            for k, nm in (('一般', '一般公共预算财政拨款收入'), ('事业', '事业收入'), ('其他', '其他收入')):
                if V['inc.' + k]:
                    parts.append(f'{nm}{self.P("inc." + k, o)}，占本年收入的{self.pc(o.get("p" + k, self.ratio("inc." + k, "R")))}%')
            s = f'本年收入合计{R}，其中：' + '；'.join(parts) + '。'
        elif v == 1:
            d = o.get('d', self.chg('R', 'Rp'))
            r = o.get('r', self.rate('R', 'Rp'))
            w = self.dirw(d)
            s = f'{Y}年度本年收入{R}，比上年{w[0]}{self.fa(abs(d))}，{w[1]}{self.pc(abs(r))}%（上年{self.P("Rp", o)}）。'
        elif v == 2:
            s = f'本年收入合计{R}，其中一般公共预算财政拨款收入{self.P("inc.一般", o)}，占本年收入的{self.pc(o.get("p", self.ratio("inc.一般", "R")))}%。'
        elif v == 3:
            if self.fiscal:
                s = f'全年收入{R}，全部为一般公共预算财政拨款收入。'
            else:
                oth = '事业收入和其他收入' if V['inc.事业'] and V['inc.其他'] else ('事业收入' if V['inc.事业'] else '其他收入')
                s = f'全年收入{R}，主要来源为一般公共预算财政拨款收入{self.P("inc.一般", o)}，另有少量{oth}。'
        elif v == 4:
            d = o.get('d', self.chg('R', 'Rp'))
            r = o.get('r', self.rate('R', 'Rp'))
            s = f'本年收入合计{R}，上年同期为{self.P("Rp", o)}，增减额为{self.fa(d)}，增减率为{self.pc(r)}%。'
        else:
            d = o.get('d', self.chg('R', 'Rp'))
            r = o.get('r', self.rate('R', 'Rp'))
            w = self.dirw(d)
            s = f'本年度收入{R}，与上年{self.P("Rp", o)}相比{w[0]}{self.fa(abs(d))}，{w[1]}{self.pc(abs(r))}%。'
        self.add('income', s)

    # expenditure vs previous year
    def s_expend(self, v, o=None):
        o = o or {}
        Y = self.Y
        E, Ep = self.P('E', o), self.P('Ep', o)
        d = o.get('d', self.chg('E', 'Ep'))
        r = o.get('r', self.rate('E', 'Ep'))
        w = self.dirw(d)
        rs = self.reason_up() if d >= 0 else self.reason_down()
        dd, rr = self.fa(abs(d)), self.pc(abs(r))
        if v == 0:
            s = f'本年支出合计{E}，比上年决算数{Ep}{w[0]}{dd}，{w[1]}{rr}%，主要原因是{rs}。'
        elif v == 1:
            w2 = self.dirw(d, 'fu')
            s = f'本年支出{E}，较上年（{Ep}）{w[0]}{dd}，{w2[1]}{rr}%。变动的主要原因是{rs}。'
        elif v == 2:
            s = f'{Y}年度支出合计{E}，{Y - 1}年度为{Ep}，同比{w[0]}{dd}，{w[1]}{rr}%。'
        elif v == 3:
            s = f'本年支出合计{E}，与上年{Ep}相比{w[0]}{dd}，{w[1]}{rr}%，主要是{rs}。'
        elif v == 4:
            s = f'全年支出{E}，同比{w[1]}{rr}%（上年{Ep}），{w[0]}{dd}。'
        else:
            s = f'本年支出合计{E}，上年同期为{Ep}，增减额为{self.fa(d)}，增减率为{self.pc(r)}%。'
        self.add('expend', s)

    # basic / project
    def s_bp(self, v, o=None):
        o = o or {}
        E, B, P = self.P('E', o), self.P('B', o), self.P('P', o)
        pB = self.pc(o.get('pB', self.ratio('B', 'E')))
        pP = self.pc(o.get('pP', self.ratio('P', 'E')))
        proj = self.sec['proj']
        if v == 0:
            s = f'本年支出合计{E}，其中：基本支出{B}，占{pB}%；项目支出{P}，占{pP}%。'
        elif v == 1:
            s = f'按支出性质分，基本支出{B}，项目支出{P}。'
        elif v == 2:
            s = f'基本支出{B}，占本年支出合计的{pB}%，主要用于保障机构正常运转和在职人员工资福利；项目支出{P}，占本年支出合计的{pP}%，主要用于{proj}。'
        elif v == 3:
            s = f'本年支出{E}中，基本支出和项目支出分别为{B}和{P}。'
        elif v == 4:
            s = f'本年支出合计{E}，其中基本支出{B}，项目支出{P}，项目支出主要用于{proj}。'
        else:
            s = f'本年支出合计{E}，其中基本支出{B}，占本年支出合计的{pB}%。'
        self.add('bp', s)

    def s_classmove(self):
        others = [CLS[c] for c in self.classes if c in ('208', '210', '221')]
        main = max(self.classes, key=lambda c: self.V['cls.' + c])
        others = [CLS[c] for c in self.classes if c != main and c in ('208', '210', '221')]
        s = (f'基本支出中除{CLS[main]}外，机关事业单位养老保险缴费、职工医疗保障和住房公积金等按功能分类分别列入'
             + '、'.join(others) + '，未计入本单位主体功能科目。')
        self.add('classmove', s)

    # basic expenditure by economic nature
    def s_econ(self, v, o=None):
        o = o or {}
        B, ren, gong = self.P('jb.tot', o), self.P('jb.ren', o), self.P('jb.gong', o)
        if v == 0:
            s = (f'一般公共预算财政拨款基本支出{B}，其中：人员经费{ren}，主要包括基本工资、津贴补贴、奖金、社会保障缴费、住房公积金等；'
                 f'公用经费{gong}，主要包括办公费、水电费、差旅费、维修（护）费和其他交通费用等。')
        elif v == 1:
            s = (f'基本支出{B}，其中人员经费{ren}，占基本支出的{self.pc(o.get("p1", self.ratio("jb.ren", "jb.tot")))}%；'
                 f'公用经费{gong}，占基本支出的{self.pc(o.get("p2", self.ratio("jb.gong", "jb.tot")))}%。')
        elif v == 2:
            s = f'人员经费{ren}、公用经费{gong}，两项合计即基本支出{B}。'
        elif v == 3:
            d = o.get('d', self.chg('jb.tot', 'Bp'))
            w = self.dirw(d)
            s = f'财政拨款基本支出{B}，较上年{self.P("Bp", o)}{w[0]}{self.fa(abs(d))}，其中人员经费{ren}，公用经费{gong}。'
        elif v == 4:
            s = f'{self.Y}年一般公共预算财政拨款基本支出{B}，包括人员经费{ren}和公用经费{gong}。'
        else:
            s = f'人员经费支出{ren}，公用经费支出{gong}，公用经费主要用于办公、水电、差旅、维修及车辆运行等日常运转。'
        self.add('econ', s)

    # three public expenses: total
    def s_sgt(self, v, o=None):
        o = o or {}
        Y = self.Y
        t, tb, tp = self.P('sg.t', o), self.P('sg.t.b', o), self.P('sg.t.p', o)
        e = self.pc(o.get('e', self.ratio('sg.t', 'sg.t.b')))
        d = o.get('d', self.chg('sg.t', 'sg.t.p'))
        r = o.get('r', self.rate('sg.t', 'sg.t.p'))
        w = self.dirw(d)
        rsn = self.rng.choice(['严格执行中央八项规定精神，压减公务接待和车辆使用', '厉行节约，严控公务接待标准和陪餐人数',
                               '公务用车使用频次减少、维修费用下降', '部分公务活动改为线上开展'])
        if v == 0:
            s = f'{Y}年度“三公”经费财政拨款支出预算为{tb}，支出决算为{t}，完成预算的{e}%。'
        elif v == 1:
            s = f'“三公”经费决算{t}，年初预算{tb}，预算执行率为{e}%，决算数小于预算数的主要原因是{rsn}。'
        elif v == 2:
            rs = rsn if d < 0 else '公务用车车龄增长、维修费用上升'
            s = f'“三公”经费支出{t}，比上年{tp}{w[0]}{self.fa(abs(d))}，{w[1]}{self.pc(abs(r))}%，主要原因是{rs}。'
        elif v == 3:
            bd = o.get('bd', q(self.ev('sg.t.b') - self.ev('sg.t')))
            s = (f'本年度“三公”经费支出{t}，较年初预算减少{self.fa(bd)}，执行率{e}%；'
                 f'与上年相比{w[0]}{self.fa(abs(d))}，{w[1]}{self.pc(abs(r))}%（上年决算{tp}）。')
        elif v == 4:
            s = f'“三公”经费年初预算数{tb}，实际支出{t}，为预算数的{e}%。'
        elif v == 5:
            s = f'{Y}年“三公”经费共计支出{t}，上年为{tp}，增减额为{self.fa(d)}，增减率为{self.pc(r)}%。'
        else:
            s = f'“三公”经费支出{t}，比上年{w[0]}{self.fa(abs(d))}，{w[1]}{self.pc(abs(r))}%。'
        self.add('sgt', s)

    def s_sgp(self, v, o=None):
        o = o or {}
        t, oo, vv, vp, vr, c = (self.P('sg.' + k, o) for k in ('t', 'o', 'v', 'vp', 'vr', 'c'))
        if v == 0:
            s = f'“三公”经费支出{t}，其中：因公出国（境）费{oo}，公务用车购置及运行费{vv}（其中：公务用车购置费{vp}，公务用车运行费{vr}），公务接待费{c}。'
        elif v == 1:
            s = f'按类别分，因公出国（境）费、公务用车购置及运行费、公务接待费分别为{oo}、{vv}和{c}。'
        elif v == 2:
            s = f'“三公”经费{t}具体为：因公出国（境）费{oo}；公务用车运行费{vr}；公务接待费{c}。'
        elif v == 3:
            s = f'本年未发生因公出国（境）费；公务用车购置及运行费{vv}，其中公务用车运行费{vr}；公务接待费{c}。'
        elif v == 4:
            s = (f'“三公”经费中，公务接待费{c}，占“三公”经费的{self.pc(o.get("p1", self.ratio("sg.c", "sg.t")))}%；'
                 f'公务用车购置及运行费{vv}，占“三公”经费的{self.pc(o.get("p2", self.ratio("sg.v", "sg.t")))}%。')
        else:
            s = f'公务用车购置及运行维护费{vv}，其中：公务用车购置费{vp}，公务用车运行维护费{vr}；公务接待费{c}；因公出国（境）费{oo}。'
        self.add('sgp', s)

    def s_sgi(self, v, o=None):
        o = o or {}
        n, m, k = o.get('nb', self.cnt['nb']), o.get('np', self.cnt['np']), o.get('car', self.cnt['car'])
        c, vr = self.P('sg.c', o), self.P('sg.vr', o)
        rsn = self.rng.choice(['上级部门检查指导工作和外地考察交流的工作餐', '接待上级业务督导和兄弟单位学习交流',
                               '保障检查考核和调研接待工作'])
        if v == 0:
            s = f'公务接待费{c}，共接待{n}批次{m}人次，主要用于{rsn}。'
        elif v == 1:
            d = o.get('d', self.chg('sg.c', 'sg.c.p'))
            r = o.get('r', self.rate('sg.c', 'sg.c.p'))
            w = self.dirw(d)
            s = f'公务接待费支出{c}，比上年{self.P("sg.c.p", o)}{w[0]}{self.fa(abs(d))}，{w[1]}{self.pc(abs(r))}%，全年接待{n}批次、{m}人次。'
        elif v == 2:
            s = f'公务用车运行费{vr}，用于保障现有{k}辆公务用车的燃油、维修、保险和过路过桥等支出。'
        elif v == 3:
            d = o.get('d', self.chg('sg.vr', 'sg.vr.p'))
            w = self.dirw(d)
            s = f'公务用车运行维护费{vr}，较上年{w[0]}{self.fa(abs(d))}（上年{self.P("sg.vr.p", o)}），年末公务用车保有量为{k}辆。'
        elif v == 4:
            bd = o.get('bd', q(self.ev('sg.c.b') - self.ev('sg.c')))
            s = f'本年度公务接待{n}批次、{m}人次，公务接待费{c}，较预算减少{self.fa(bd)}。'
        elif v == 5:
            s = f'本年新购置公务用车{self.cnt["buy"]}辆，公务用车购置费{self.P("sg.vp", o)}，上年未发生该项支出。'
        elif v == 6:
            s = f'全年公务接待{n}批次，公务接待费{c}，主要为{rsn}。'
        else:
            s = f'截至年末，本单位公务用车保有量{k}辆，全部用于{self.sec["work"]}业务保障。'
        self.add('sgi', s)

    def s_carry(self, v, o=None):
        o = o or {}
        V = self.V
        A0, T = self.P('A0', o), self.P('T', o)
        rsn = self.rng.choice(['部分项目尚未完工，资金结转下年继续使用', '部分项目资金于年底下达，尚未支付',
                               '项目按合同进度支付，剩余资金结转下年'])
        if v == 0:
            s = f'年初结转和结余{A0}，年末结转和结余{T}。'
        elif v == 1:
            s = f'年末结转和结余{T}，主要是{rsn}。'
        elif v == 2:
            sa = f'结余分配{self.P("S", o)}，' if V['S'] else ''
            s = f'年初结转和结余{A0}，本年收入{self.P("R", o)}，本年支出{self.P("E", o)}，{sa}年末结转和结余{T}。'
        elif v == 3:
            s = f'本年结余分配{self.P("S", o)}，主要为按规定提取的职工福利基金和事业基金；年末结转和结余{T}。'
        elif v == 4:
            sa = f'和结余分配{self.P("S", o)}' if V['S'] else ''
            s = f'年初结转和结余{A0}，加上本年收入{self.P("R", o)}、减去本年支出{self.P("E", o)}{sa}后，年末结转和结余{T}。'
        else:
            if V['T'] == 0 and V['A0'] == 0:
                s = '本年度无年初结转和结余，年末也未形成结转和结余。'
            elif V['T'] == 0:
                s = f'年初结转和结余{A0}已全部使用，年末无结转和结余。'
            else:
                s = f'年初无结转和结余，年末结转和结余{T}。' if V['A0'] == 0 else f'年末结转和结余{T}，{rsn}。'
        self.add('carry', s)

    def s_cls(self, v, o=None):
        o = o or {}
        V = self.V
        order = sorted(self.classes, key=lambda c: -V['cls.' + c])
        X = {c: self.P('cls.' + c, o, 'cls.' + c) for c in self.classes}
        pc = {c: self.pc(o.get('p.' + c, self.ratio('cls.' + c, 'E'))) for c in self.classes}
        if v == 0:
            s = '按支出功能分类，' + '；'.join(f'{CLS[c]}{X[c]}，占本年支出合计的{pc[c]}%' for c in order[:3]) + '。'
        elif v == 1:
            c = order[0]
            s = f'从支出结构看，{CLS[c]}{X[c]}，占本年支出的{pc[c]}%，主要用于{self.sec["work"]}等方面。'
        elif v == 2:
            s = f'本年支出合计{self.P("E", o)}，其中' + '、'.join(f'{CLS[c]}{X[c]}' for c in self.classes) + '。'
        elif v == 3:
            cs = order[:3]
            s = '、'.join(CLS[c] for c in cs) + '分别为' + '、'.join(X[c] for c in cs[:-1]) + f'和{X[cs[-1]]}。'
        elif v == 4:
            s = f'{CLS["208"]}{X["208"]}，主要是机关事业单位基本养老保险缴费等支出。'
        else:
            s = f'{CLS["221"]}{X["221"]}，为按规定为职工缴纳的住房公积金。'
        self.add('cls', s)

    def s_fiscal(self, v, o=None):
        o = o or {}
        a = self.P('inc.一般', o)
        if v == 0:
            s = f'一般公共预算财政拨款收入{a}，占本年收入合计的{self.pc(o.get("p", self.ratio("inc.一般", "R")))}%。'
        elif v == 1:
            d = o.get('d', self.chg('inc.一般', 'inc.一般.p'))
            r = o.get('r', self.rate('inc.一般', 'inc.一般.p'))
            w = self.dirw(d)
            s = f'{self.Y}年度一般公共预算财政拨款收入{a}，比上年{w[0]}{self.fa(abs(d))}，{w[1]}{self.pc(abs(r))}%（上年{self.P("inc.一般.p", o)}）。'
        elif v == 2:
            s = f'本年收到一般公共预算财政拨款收入{a}，主要用于保障人员工资、机构运转和{self.sec["proj"]}。'
        elif v == 3:
            d = o.get('d', self.chg('inc.一般', 'inc.一般.p'))
            w = self.dirw(d)
            s = f'全年一般公共预算财政拨款收入{a}，与上年{self.P("inc.一般.p", o)}相比{w[0]}{self.fa(abs(d))}。'
        else:
            s = f'一般公共预算财政拨款收入为{a}，是本单位最主要的资金来源。'
        self.add('fiscal', s)

    def s_reason(self):
        p = self.sec['proj']
        s = self.rng.choice([f'下一步将进一步加强预算执行管理，提高{p}等资金的使用效益。',
                             '决算数据已经单位负责人审核，并按规定在门户网站公开。',
                             '本单位无政府性基金预算财政拨款收支，也无国有资本经营预算财政拨款收支。',
                             '本单位严格落实过紧日子要求，持续压减非急需、非刚性支出。',
                             f'各项资金均按照预算批复用途使用，重点保障了{self.sec["work"]}工作的正常开展。',
                             '本年度未发生会议费超标准开支，政府采购均按规定程序执行。'])
        self.add('reason', s)

    def s_intro(self):
        s = self.rng.choice([f'根据{self.prov}财政部门关于部门决算公开的统一要求，现将{self.unit}{self.Y}年度部门决算情况说明如下。',
                             f'本单位为{self.prov}所属基层预算单位，纳入{self.Y}年度部门决算编制范围的仅为本级。',
                             f'按照预决算公开有关规定，{self.unit}对{self.Y}年度收支决算情况说明如下。',
                             f'{self.unit}{self.Y}年度部门决算已经同级财政部门批复，现予公开。'])
        self.add('intro', s)

    # ---------------- rendering ----------------
    def render_table(self, t, n):
        rng = self.rng
        pre = rng.choice([f'表{n} ', f'附表{n}：', f'表{n}　', ''])
        lines = [pre + t.title]
        cap = rng.choice([f'单位：{self.tu}', f'金额单位：{self.tu}', f'编制单位：{self.unit}    单位：{self.tu}'])
        lines.append(cap)
        grid = [list(t.header)] + [[self.tcell(c) for c in r] for r in t.rows]
        L = self.layout
        if L == 'L1':
            lines += [' | '.join(r) for r in grid]
        elif L == 'L3':
            lines += ['\t'.join(r) for r in grid]
        elif L == 'L4':
            nc = len(grid[0])
            w = [max(dwidth(r[j]) for r in grid) for j in range(nc)]
            for r in grid:
                s = ''
                for j, cell in enumerate(r):
                    s += cell + (' ' * (w[j] - dwidth(cell) + 2) if j < nc - 1 else '')
                lines.append(s.rstrip())
        else:
            for r in grid:
                for cell in r:
                    lines.append(cell if cell != '' else self.l2empty)
        return lines

    def render(self):
        rng = self.rng
        title = rng.choice([f'{self.unit}{self.Y}年度部门决算', f'{self.unit}{self.Y}年部门决算公开说明',
                            f'{self.unit}{self.Y}年度决算公开说明', f'{self.Y}年度{self.unit}部门决算',
                            f'{self.unit}关于{self.Y}年度部门决算的公开说明'])
        # paragraphs: group sentences
        sents = [s for _, s in self.sents]
        paras, cur = [], ''
        for i, s in enumerate(sents):
            cur += s
            if rng.randint(1, 100) <= 45 or i == len(sents) - 1:
                paras.append(cur)
                cur = ''
        tblocks = []
        for i, t in enumerate(self.tables, 1):
            tblocks.append(self.render_table(t, i))
        out = [title, '']
        prose_first = rng.randint(0, 1) == 0
        h1 = rng.choice(['一、部门决算情况说明', '一、收入支出决算总体情况说明', '决算说明', f'一、{self.Y}年度部门决算情况', '一、总体情况'])
        h2 = rng.choice(['二、部门决算报表', '附表', '二、决算公开表', '二、决算报表'])
        if prose_first:
            out.append(h1)
            out += paras
            out.append('')
            out.append(h2)
            for b in tblocks:
                out += b
                out.append('')
        else:
            for b in tblocks:
                out += b
                out.append('')
            out.append(rng.choice(['说明：', '三、决算情况说明', '附：说明']))
            out += paras
        while out and out[-1] == '':
            out.pop()
        return '\n'.join(out) + '\n'


# =================================================================================
# sentence variant bookkeeping
KIND_ORDER = ['intro', 'total', 'income', 'fiscal', 'expend', 'bp', 'classmove', 'cls', 'econ', 'carry',
              'sgt', 'sgp', 'sgi', 'prevE', 'reason']
NVAR = {'total': 6, 'income': 6, 'fiscal': 5, 'expend': 6, 'bp': 6, 'cls': 6, 'econ': 6, 'carry': 6,
        'sgt': 7, 'sgp': 6, 'sgi': 8}
USAGE = {}


def var_info(doc, kind, v):
    """(keys mentioned, feasible) for a sentence variant."""
    V, cnt = doc.V, doc.cnt
    sg_table = [t for t in doc.tables if t.kind.startswith('SG')]
    under = V['sg.t'] < V['sg.t.b']
    if kind == 'total':
        return ({'TOT', 'TOTp'} if v == 5 else {'TOT'}), True
    if kind == 'income':
        keys = [{'R', 'inc.一般', 'inc.事业', 'inc.其他'}, {'R', 'Rp'}, {'R', 'inc.一般'}, {'R', 'inc.一般'},
                {'R', 'Rp'}, {'R', 'Rp'}][v]
        feas = not (v in (0, 2) and doc.fiscal)
        return keys, feas
    if kind == 'fiscal':
        return [{'inc.一般', 'R'}, {'inc.一般', 'inc.一般.p'}, {'inc.一般'}, {'inc.一般', 'inc.一般.p'}, {'inc.一般'}][v], True
    if kind == 'expend':
        return {'E', 'Ep'}, True
    if kind == 'bp':
        return [{'E', 'B', 'P'}, {'B', 'P'}, {'B', 'P', 'E'}, {'E', 'B', 'P'}, {'E', 'B', 'P'}, {'E', 'B'}][v], True
    if kind == 'econ':
        keys = [{'jb.tot', 'jb.ren', 'jb.gong', 'B'}] * 3 + [{'jb.tot', 'jb.ren', 'jb.gong', 'Bp', 'B'},
                                                            {'jb.tot', 'jb.ren', 'jb.gong', 'B'}, {'jb.ren', 'jb.gong'}]
        return keys[v], doc.fiscal
    if kind == 'sgt':
        keys = [{'sg.t', 'sg.t.b'}, {'sg.t', 'sg.t.b'}, {'sg.t', 'sg.t.p'}, {'sg.t', 'sg.t.b', 'sg.t.p'},
                {'sg.t', 'sg.t.b'}, {'sg.t', 'sg.t.p'}, {'sg.t', 'sg.t.p'}][v]
        feas = True
        if v in (1, 3):
            feas = under
        if v == 6:
            feas = bool(sg_table) and sg_table[0].sg_prev
        return keys, feas
    if kind == 'sgp':
        keys = [{'sg.t', 'sg.o', 'sg.v', 'sg.vp', 'sg.vr', 'sg.c'}, {'sg.o', 'sg.v', 'sg.c'},
                {'sg.t', 'sg.o', 'sg.vr', 'sg.c'}, {'sg.v', 'sg.vr', 'sg.c'}, {'sg.c', 'sg.v', 'sg.t'},
                {'sg.v', 'sg.vp', 'sg.vr', 'sg.c', 'sg.o'}][v]
        feas = True
        if v == 2:
            feas = V['sg.vp'] == 0
        if v in (0, 4, 5):
            feas = V['sg.v'] > 0
        return keys, feas
    if kind == 'sgi':
        keys = [{'sg.c', 'nb', 'np'}, {'sg.c', 'sg.c.p', 'nb', 'np'}, {'sg.vr', 'car'}, {'sg.vr', 'sg.vr.p', 'car'},
                {'nb', 'np', 'sg.c', 'sg.c.b'}, {'sg.vp', 'buy'}, {'nb', 'sg.c'}, {'car'}][v]
        feas = True
        if v in (2, 3, 7):
            feas = cnt['car'] > 0 and V['sg.vr'] > 0 and (v != 3 or V['sg.vr.p'] > 0)
        if v == 4:
            feas = V['sg.c.b'] > V['sg.c']
        if v == 5:
            feas = V['sg.vp'] > 0 and V['sg.vp.p'] == 0
        return keys, feas
    if kind == 'carry':
        keys = [{'A0', 'T'}, {'T'}, {'A0', 'R', 'E', 'S', 'T'}, {'S', 'T'}, {'A0', 'R', 'E', 'S', 'T'}, {'A0', 'T'}][v]
        feas = True
        if v == 0:
            feas = V['A0'] > 0 or V['T'] > 0
        if v == 1:
            feas = V['T'] > 0
        if v == 3:
            feas = V['S'] > 0
        return keys, feas
    if kind == 'cls':
        order = sorted(doc.classes, key=lambda c: -V['cls.' + c])
        keys = [{'cls.' + c for c in order[:3]} | {'E'}, {'cls.' + order[0], 'E'},
                {'cls.' + c for c in doc.classes} | {'E'}, {'cls.' + c for c in order[:3]},
                {'cls.208'}, {'cls.221'}][v]
        return keys, True
    raise KeyError(kind)


def call(doc, kind, v, o=None):
    getattr(doc, 's_' + kind)(v, o)
    USAGE[(kind, v)] = USAGE.get((kind, v), 0) + 1


def nsent(doc):
    return sum(s.count('。') for _, s in doc.sents)


def fill(doc, target):
    rng = doc.rng
    used_kinds = {k for k, _ in doc.sents}
    guard = 0
    while nsent(doc) < target and guard < 60:
        guard += 1
        if rng.randint(1, 100) <= 12 and 'reason' not in used_kinds:
            doc.s_reason()
            used_kinds.add('reason')
            continue
        opts = []
        for kind, nv in NVAR.items():
            if kind in used_kinds and kind != 'sgi':
                continue
            if kind == 'sgi' and sum(1 for k, _ in doc.sents if k == 'sgi') >= 1:
                continue
            for v in range(nv):
                keys, feas = var_info(doc, kind, v)
                if not feas or keys & doc.forbid:
                    continue
                rel = 4 if keys & doc.shown else 1
                opts.append((kind, v, rel))
        if not opts:
            break
        kinds = {}
        for kind, v, rel in opts:
            kinds[kind] = max(kinds.get(kind, 0), rel)
        klist = sorted(kinds)
        kind = rng.choices(klist, weights=[kinds[k] for k in klist])[0]
        vs = [v for k, v, _ in opts if k == kind]
        low = min(USAGE.get((kind, v), 0) for v in vs)
        v = rng.choice([v for v in vs if USAGE.get((kind, v), 0) == low])
        call(doc, kind, v)
        used_kinds.add(kind)
        if nsent(doc) > 8:
            doc.sents.pop()
            break


def order_sents(doc):
    doc.sents.sort(key=lambda ks: KIND_ORDER.index(ks[0]) if ks[0] in KIND_ORDER else 99)


def prose_rel_ok(doc):
    """Rounding in prose units must stay within 0.01 for every decomposition the prose may state."""
    V = doc.V
    pv = doc.pval
    rels = [('E', ['B', 'P']), ('TOT', ['R', 'A0']), ('TOT', ['E', 'S', 'T']),
            ('R', ['inc.一般', 'inc.事业', 'inc.其他']), ('E', ['cls.' + c for c in doc.classes]),
            ('sg.t', ['sg.o', 'sg.v', 'sg.c']), ('sg.v', ['sg.vp', 'sg.vr']),
            ('sg.t.b', ['sg.o.b', 'sg.v.b', 'sg.c.b']), ('sg.t.p', ['sg.o.p', 'sg.v.p', 'sg.c.p'])]
    if doc.fiscal:
        rels.append(('jb.tot', ['jb.ren', 'jb.gong']))
    for tot, parts in rels:
        if abs(pv(V[tot]) - sum(pv(V[p]) for p in parts)) > D('0.01'):
            return False
    flow = pv(V['A0']) + pv(V['R']) - pv(V['E']) - pv(V['S']) - pv(V['T'])
    return abs(flow) <= D('0.01')


def tr(doc, v, minabs=None):
    """transposed prose value (Decimal) of Decimal v in prose units."""
    s = doc.fnum(v, False)
    t = transpose_str(s, doc.rng, minabs=minabs if minabs is not None else D('0.05'))
    if t is None:
        raise ValueError('cannot transpose ' + s)
    return D(t)


def tr_pct(doc, r):
    s = doc.pc(r)
    t = transpose_str(s, doc.rng, minrel=D('0.03'), minabs=D('1'))
    if t is None:
        raise ValueError('cannot transpose pct')
    return D(t)


def tcell_val(doc, key):
    return doc.tval(doc.V[key])


def pick_tables(doc, need=(), avoid=()):
    """Choose 1-3 tables for the doc, containing `need`, excluding `avoid`."""
    rng = doc.rng
    if doc.layout == 'L2':
        combos = [['SZ', 'SG'], ['SG'], ['SZ']] + ([['JB']] if doc.fiscal else [])
    else:
        combos = [['SZ', 'ZC', 'SG'], ['ZC', 'SG'], ['SZ', 'SG'], ['SZ', 'ZC']]
        if doc.fiscal:
            combos += [['ZC', 'JB'], ['JB', 'SG'], ['SZ', 'JB', 'SG'], ['ZC', 'JB', 'SG']]
        else:
            combos += [['SR', 'ZC'], ['SZ', 'SR', 'ZC'], ['SR', 'ZC', 'SG']]
    ok = [c for c in combos if set(need) <= set(c) and not set(avoid) & set(c)]
    if not ok:
        raise ValueError('no table combo')
    return rng.choice(ok)


def build_tables(doc, names, sg_kw=None, jb_kw=None):
    for n in ['SZ', 'SR', 'ZC', 'JB', 'SG']:
        if n in names:
            if n == 'SG':
                doc.t_SG(**(sg_kw or {}))
            elif n == 'JB':
                doc.t_JB(**(jb_kw or {}))
            else:
                getattr(doc, 't_' + n)()


def cell_of(t, label_col, label, col):
    r = t.find(lambda r: r[label_col] == label)
    return r[col]


def set_ov(doc, cell, val):
    cell.ov = doc.fnum(val, doc.sep_t)


# =================================================================================
# slip recipes.  Each returns detail text; may raise ValueError to force a retry.
def sb_class_row(doc):
    names = pick_tables(doc, need=['ZC'], avoid=['SZ'])
    build_tables(doc, names)
    t = [x for x in doc.tables if x.kind == 'ZC'][0]
    V = doc.V
    cands = []
    for c3 in doc.classes:
        kuans = sorted({cd[:5] for cd in doc.items if cd[:3] == c3})
        if len(kuans) >= 2:
            cands.append((c3, kuans))
    if not cands:
        raise ValueError('no multi-kuan class')
    c3, kuans = doc.rng.choice(cands)
    k5 = min(kuans, key=lambda k: sum(v[0] + v[1] for cd, v in doc.items.items() if cd[:5] == k))
    kval = sum(doc.items[cd][0] + doc.items[cd][1] for cd in doc.items if cd[:5] == k5)
    row = t.find(lambda r: r[0] == c3)
    shown = doc.tval(V['cls.' + c3]) - doc.tval(kval)
    set_ov(doc, row[2], shown)
    doc.forbid |= {'cls.' + c3}
    return (f'支出决算表 {c3} {CLS[c3]} 行“合计”列印为{doc.fnum(shown, doc.sep_t)}，漏加了款 {k5} {KUAN[k5]}'
            f'（{doc.fnum(doc.tval(kval), doc.sep_t)}），应为{doc.fnum(doc.tval(V["cls." + c3]), doc.sep_t)}（{doc.tu}）')


def sb_jb_group(doc):
    if not doc.fiscal:
        raise ValueError('need fiscal')
    names = pick_tables(doc, need=['JB'])
    build_tables(doc, names, jb_kw={})
    t = [x for x in doc.tables if x.kind.startswith('JB')][0]
    doc.forbid |= {'jb.ren'}
    if doc.jb['303'] and doc.rng.randint(0, 1) == 0:
        r301 = sum(a for _, _, a in doc.jb['301'])
        cell = t.find(lambda r: '人员经费合计' in r)
        cell = cell[cell.index('人员经费合计') + 1]
        set_ov(doc, cell, doc.tval(r301))
        return (f'基本支出决算表“人员经费合计”印为{doc.fnum(doc.tval(r301), doc.sep_t)}，只加了301工资福利支出，'
                f'漏加303对个人和家庭的补助，应为{doc.fnum(doc.tval(doc.V["jb.ren"]), doc.sep_t)}（{doc.tu}）')
    g302 = sum(a for _, _, a in doc.jb['302'])
    shown = tr(doc, doc.tval(g302), minabs=D('0.05') if doc.tu == '万元' else D('500'))
    for r in t.rows:
        for j in range(0, len(r), 3):
            if r[j] == '302':
                set_ov(doc, r[j + 2], shown)
    return (f'基本支出决算表302商品和服务支出小计印为{doc.fnum(shown, doc.sep_t)}（数字颠倒），'
            f'各明细之和为{doc.fnum(doc.tval(g302), doc.sep_t)}（{doc.tu}）')


def sb_sg_total(doc):
    V = doc.V
    names = pick_tables(doc, need=['SG'])
    if doc.rng.randint(0, 1) == 0 and abs(V['sg.t.p'] - V['sg.t']) >= D('500'):
        build_tables(doc, names, sg_kw=dict(prev=False, extra=None))
        t = [x for x in doc.tables if x.kind.startswith('SG')][0]
        stale = doc.tval(V['sg.t.p'])
        cell = t.rows[1][1] if t.sg_h else t.rows[0][2]
        set_ov(doc, cell, stale)
        doc.forbid |= {'sg.t'}
        if doc.rng.randint(0, 1) == 0:
            pv = doc.pval(V['sg.t.p'])
            e = q(pv / doc.ev('sg.t.b') * 100, doc.rdec)
            call(doc, 'sgt', doc.rng.choice([0, 4]), {'sg.t': pv, 'e': e})
        return (f'“三公”经费表决算数“合计”印为{doc.fnum(stale, doc.sep_t)}（沿用上年决算数），'
                f'本年各项之和为{doc.fnum(doc.tval(V["sg.t"]), doc.sep_t)}（{doc.tu}）')
    if V['sg.v'] == 0:
        raise ValueError('no car')
    build_tables(doc, names, sg_kw=dict(extra=None))
    t = [x for x in doc.tables if x.kind.startswith('SG')][0]
    shown = tr(doc, doc.tval(V['sg.v']), minabs=D('0.05') if doc.tu == '万元' else D('500'))
    if t.sg_h:
        cell = t.rows[1][3]
    else:
        cell = t.rows[2][2]
    set_ov(doc, cell, shown)
    doc.forbid |= {'sg.v', 'sg.t'}
    return (f'“三公”经费表决算数“公务用车购置及运行费”印为{doc.fnum(shown, doc.sep_t)}，'
            f'与其中购置费、运行费之和{doc.fnum(doc.tval(V["sg.v"]), doc.sep_t)}不符，合计行亦不等于各项之和（{doc.tu}）')


def sb_prose(doc):
    if not doc.fiscal:
        raise ValueError('need fiscal')
    names = pick_tables(doc, avoid=['JB'])
    build_tables(doc, names)
    doc.forbid |= {'jb.ren'}
    ren = doc.pval(doc.V['jb.ren'])
    wrong = tr(doc, ren)
    call(doc, 'econ', doc.rng.choice([0, 4]), {'jb.ren': wrong})
    return (f'说明中基本支出{doc.fa(doc.pval(doc.V["B"]))}“其中”人员经费写作{doc.fa(wrong)}（应为{doc.fa(ren)}），'
            f'人员经费+公用经费≠基本支出')


def ba_stale_end(doc):
    V = doc.V
    if abs(V['A0'] - V['T']) < D('1000') or V['A0'] == 0:
        raise ValueError('A0~T')
    names = pick_tables(doc, need=['SZ'])
    build_tables(doc, names)
    t = [x for x in doc.tables if x.kind == 'SZ'][0]
    row = t.find(lambda r: r[2] == '年末结转和结余')
    set_ov(doc, row[3], doc.tval(V['A0']))
    tot = doc.tval(V['E']) + doc.tval(V['S']) + doc.tval(V['A0'])
    row = t.find(lambda r: r[2] == '支出总计')
    set_ov(doc, row[3], tot)
    doc.forbid |= {'T', 'TOT', 'A0'}
    return (f'收支总表“年末结转和结余”误填为年初数{doc.fnum(doc.tval(V["A0"]), doc.sep_t)}，支出总计随之为'
            f'{doc.fnum(tot, doc.sep_t)}，与收入总计{doc.fnum(doc.tval(V["TOT"]), doc.sep_t)}不平（{doc.tu}）；'
            f'年末应为{doc.fnum(doc.tval(V["T"]), doc.sep_t)}')


def ba_total_in(doc):
    V = doc.V
    names = pick_tables(doc, need=['SZ'])
    build_tables(doc, names)
    t = [x for x in doc.tables if x.kind == 'SZ'][0]
    row = t.find(lambda r: r[0] == '收入总计')
    shown = tr(doc, doc.tval(V['TOT']), minabs=D('0.05') if doc.tu == '万元' else D('500'))
    set_ov(doc, row[1], shown)
    doc.forbid |= {'TOT'}
    return (f'收支总表“收入总计”印为{doc.fnum(shown, doc.sep_t)}（数字颠倒），支出总计为'
            f'{doc.fnum(doc.tval(V["TOT"]), doc.sep_t)}，本年收入合计+年初结转和结余亦为该数（{doc.tu}）')


def ba_prose_flow(doc):
    V = doc.V
    if V['A0'] == 0 or V['T'] == 0:
        raise ValueError('need A0/T')
    names = pick_tables(doc, avoid=['SZ'])
    build_tables(doc, names)
    wrong = tr(doc, doc.pval(V['T']))
    doc.forbid |= {'T', 'A0', 'TOT'}
    call(doc, 'carry', doc.rng.choice([2, 4]), {'T': wrong})
    return (f'说明中年初结转和结余{doc.fa(doc.pval(V["A0"]))}+本年收入{doc.fa(doc.pval(V["R"]))}-本年支出'
            f'{doc.fa(doc.pval(V["E"]))}' + (f'-结余分配{doc.fa(doc.pval(V["S"]))}' if V['S'] else '') +
            f'应得年末结转和结余{doc.fa(doc.pval(V["T"]))}，文中写作{doc.fa(wrong)}')


def tt_reception(doc):
    V = doc.V
    names = pick_tables(doc, need=['SG'])
    build_tables(doc, names)
    wrong = tr(doc, doc.pval(V['sg.c']), minabs=D('0.05') if doc.pu == '万元' else D('500'))
    doc.forbid |= {'sg.c'}
    call(doc, 'sgi', doc.rng.choice([0, 6]), {'sg.c': wrong})
    return f'说明中公务接待费写作{doc.fa(wrong)}，“三公”经费表决算数为{doc.fa(doc.pval(V["sg.c"]))}'


def tt_carry(doc):
    V = doc.V
    if V['T'] == 0:
        raise ValueError('need T')
    names = pick_tables(doc, need=['SZ'])
    build_tables(doc, names)
    if V['A0'] and abs(V['A0'] - V['T']) > D('1000') and doc.rng.randint(0, 1) == 0:
        wrong = doc.pval(V['A0'])
        how = '（误用年初数）'
    else:
        wrong = tr(doc, doc.pval(V['T']))
        how = '（数字颠倒）'
    doc.forbid |= {'T'}
    call(doc, 'carry', 1, {'T': wrong})
    return f'说明中年末结转和结余写作{doc.fa(wrong)}{how}，收支总表为{doc.fa(doc.pval(V["T"]))}'


def tt_class(doc):
    V = doc.V
    names = pick_tables(doc, need=['ZC'])
    build_tables(doc, names)
    c3 = doc.rng.choice(['208', '221'])
    wrong = tr(doc, doc.pval(V['cls.' + c3]))
    doc.forbid |= {'cls.' + c3}
    call(doc, 'cls', 4 if c3 == '208' else 5, {'cls.' + c3: wrong})
    return f'说明中{CLS[c3]}写作{doc.fa(wrong)}，支出决算表{c3}行为{doc.fa(doc.pval(V["cls." + c3]))}'


def tt_project(doc):
    V = doc.V
    names = pick_tables(doc, need=['ZC'])
    build_tables(doc, names)
    wrong = tr(doc, doc.pval(V['P']))
    doc.forbid |= {'P'}
    call(doc, 'bp', 1, {'P': wrong})
    return f'说明中项目支出写作{doc.fa(wrong)}，支出决算表合计行项目支出为{doc.fa(doc.pval(V["P"]))}'


def rr_exec(doc):
    V = doc.V
    names = pick_tables(doc, need=['SG'])
    build_tables(doc, names, sg_kw=dict(extra=None))
    e = doc.ratio('sg.t', 'sg.t.b')
    wrong = tr_pct(doc, e)
    doc.forbid |= {'sg.t.b'}
    call(doc, 'sgt', doc.rng.choice([0, 1, 4]), {'e': wrong})
    return (f'说明中“三公”经费预算执行率写作{doc.pc(wrong)}%，决算{doc.fa(doc.pval(V["sg.t"]))}/预算'
            f'{doc.fa(doc.pval(V["sg.t.b"]))}应为{doc.pc(e)}%')


def rr_growth(doc):
    V = doc.V
    names = pick_tables(doc)
    build_tables(doc, names)
    d = doc.chg('E', 'Ep')
    r = doc.rate('E', 'Ep')
    wrong = q(d / doc.ev('E') * 100, doc.rdec)
    if abs(wrong - r) < D('0.5'):
        raise ValueError('growth slip too small')
    doc.forbid |= {'Ep'}
    call(doc, 'expend', doc.rng.choice([0, 1, 2, 3, 4, 5]), {'r': wrong})
    return (f'说明中本年支出增减率写作{doc.pc(wrong)}%（误以本年数为分母），'
            f'按上年{doc.fa(doc.pval(V["Ep"]))}计应为{doc.pc(r)}%')


def rr_share(doc):
    V = doc.V
    if doc.fiscal:
        names = pick_tables(doc, need=['ZC'])
        build_tables(doc, names)
        order = sorted(doc.classes, key=lambda c: -V['cls.' + c])
        c = order[0]
        p = doc.ratio('cls.' + c, 'E')
        wrong = tr_pct(doc, p)
        doc.forbid |= {'cls.' + c}
        call(doc, 'cls', 1, {'p.' + c: wrong})
        return f'说明中{CLS[c]}占本年支出的比例写作{doc.pc(wrong)}%，应为{doc.pc(p)}%'
    names = pick_tables(doc)
    build_tables(doc, names)
    p = doc.ratio('inc.一般', 'R')
    wrong = tr_pct(doc, p)
    doc.forbid |= {'inc.一般'}
    if doc.rng.randint(0, 1) == 0:
        call(doc, 'fiscal', 0, {'p': wrong})
    else:
        call(doc, 'income', 2, {'p': wrong})
    return f'说明中一般公共预算财政拨款收入占本年收入比例写作{doc.pc(wrong)}%，应为{doc.pc(p)}%'


def ch_expend(doc):
    V = doc.V
    names = pick_tables(doc)
    build_tables(doc, names)
    d = doc.chg('E', 'Ep')
    wrong = tr(doc, abs(d))
    wrong = wrong if d >= 0 else -wrong
    doc.forbid |= {'Ep'}
    call(doc, 'expend', doc.rng.choice([0, 1, 2, 3, 4, 5]), {'d': wrong})
    return f'说明中本年支出比上年增减额写作{doc.fa(abs(wrong))}，{doc.fa(doc.pval(V["E"]))}-{doc.fa(doc.pval(V["Ep"]))}应为{doc.fa(d)}'


def ch_sg(doc):
    V = doc.V
    names = pick_tables(doc, need=['SG'])
    build_tables(doc, names, sg_kw=dict(prev=True, extra=doc.rng.choice([None, 'growth']), horizontal=doc.rng.randint(0, 2) == 0))
    d = doc.chg('sg.t', 'sg.t.p')
    wrong = tr(doc, abs(d))
    wrong = wrong if d >= 0 else -wrong
    doc.forbid |= {'sg.t.p'}
    call(doc, 'sgt', 6, {'d': wrong})
    return f'说明中“三公”经费比上年增减额写作{doc.fa(abs(wrong))}，表中决算数与上年决算数之差应为{doc.fa(d)}'


def ch_reception(doc):
    V = doc.V
    if not (V['sg.c'] < V['sg.c.p'] and V['sg.c.b'] > V['sg.c']):
        raise ValueError('need c<cp, cb>c')
    names = pick_tables(doc)
    build_tables(doc, names)
    d = doc.chg('sg.c', 'sg.c.p')
    wrongabs = q(doc.ev('sg.c.b') - doc.ev('sg.c'))
    if abs(wrongabs - abs(d)) < D('0.05') * (1 if doc.pu == '万元' else 10000):
        raise ValueError('too close')
    doc.forbid |= {'sg.c.p', 'sg.c'}
    call(doc, 'sgi', 1, {'d': -wrongabs})
    return (f'说明中公务接待费比上年减少额写作{doc.fa(wrongabs)}（实为与预算之差），'
            f'本年{doc.fa(doc.pval(V["sg.c"]))}-上年{doc.fa(doc.pval(V["sg.c.p"]))}应为{doc.fa(d)}')


def um_wan_as_yuan(doc):
    """万元 tables; one prose figure carries 元 as unit."""
    V = doc.V
    names = pick_tables(doc)
    build_tables(doc, names)
    opts = []
    if any(t.kind.startswith('SG') for t in doc.tables):
        opts.append(('sgi', 0, 'sg.c', '公务接待费'))
        if V['sg.vr'] and doc.cnt['car']:
            opts.append(('sgi', 2, 'sg.vr', '公务用车运行费'))
    if any(t.kind == 'SZ' for t in doc.tables) and V['T']:
        opts.append(('carry', 1, 'T', '年末结转和结余'))
    if any(t.kind == 'ZC' for t in doc.tables):
        opts.append(('bp', 1, 'P', '项目支出'))
    kind, v, key, nm = doc.rng.choice(opts)
    val = doc.pval(V[key])
    doc.forbid |= {key}
    call(doc, kind, v, {key + '$': doc.fnum(val, doc.sep_p) + '元'})
    return f'说明中{nm}写作{doc.fnum(val, doc.sep_p)}元，表中单位为万元，应为{doc.fnum(val, doc.sep_p)}万元'


def um_yuan_as_wan(doc):
    """元 tables, 万元 prose; one figure copied with its 元 digits but labelled 万元."""
    V = doc.V
    names = pick_tables(doc, need=['SG'])
    build_tables(doc, names)
    opts = [('sgi', 0, 'sg.c', '公务接待费')]
    if V['sg.vr'] and doc.cnt['car']:
        opts.append(('sgi', 2, 'sg.vr', '公务用车运行费'))
    kind, v, key, nm = doc.rng.choice(opts)
    raw = q(V[key])
    doc.forbid |= {key}
    call(doc, kind, v, {key + '$': doc.fnum(raw, True) + '万元'})
    return f'说明中{nm}写作{doc.fnum(raw, True)}万元（照抄元表数字），应为{doc.fa(doc.pval(V[key]))}'


def um_yuan_wan_digits(doc):
    """元 tables and 元 prose; one figure given in 万元 digits but labelled 元."""
    V = doc.V
    names = pick_tables(doc, need=['SZ'])
    build_tables(doc, names)
    if V['T'] < D('200000'):
        raise ValueError('T too small')
    w = q(V['T'] / WAN)
    doc.forbid |= {'T'}
    call(doc, 'carry', 1, {'T$': doc.fnum(w, False) + '元'})
    return f'说明中年末结转和结余写作{doc.fnum(w, False)}元（实为万元数），收支总表为{doc.fnum(q(V["T"]), True)}元'


def fc_batches(doc):
    names = pick_tables(doc)
    build_tables(doc, names)
    nb = doc.cnt['nb']
    s = str(nb)
    wrong = int(s[::-1]) if len(s) == 2 and s[0] != s[1] and s[1] != '0' else nb + doc.rng.choice([-3, -2, 2, 3, 5])
    call(doc, 'sgi', 0)
    v2 = 4 if doc.V['sg.c.b'] > doc.V['sg.c'] else 6
    call(doc, 'sgi', v2, {'nb': wrong})
    doc.forbid |= {'nb', 'np'}
    return f'说明两处公务接待批次不一致：先写{nb}批次，后写{wrong}批次'


def fc_prevE(doc):
    V = doc.V
    names = pick_tables(doc)
    build_tables(doc, names)
    call(doc, 'expend', doc.rng.choice([0, 2, 3, 4, 5]))
    ep = doc.pval(V['Ep'])
    wrong = tr(doc, ep)
    doc.add('prevE', doc.rng.choice([f'作为对比基数，{doc.Y - 1}年度本单位支出合计为{doc.fa(wrong)}。',
                                     f'{doc.Y - 1}年度决算支出合计{doc.fa(wrong)}，当年执行了较多一次性项目。']))
    doc.forbid |= {'Ep'}
    return f'说明两处上年（{doc.Y - 1}年）支出合计不一致：{doc.fa(ep)}与{doc.fa(wrong)}'


def fc_cars(doc):
    names = pick_tables(doc)
    build_tables(doc, names)
    if not doc.cnt['car'] or not doc.V['sg.vr']:
        raise ValueError('need car')
    k = doc.cnt['car']
    wrong = k + 1 if k < 3 and doc.rng.randint(0, 1) == 0 else k - 1 if k > 1 else k + 1
    call(doc, 'sgi', 2)
    call(doc, 'sgi', 7, {'car': wrong})
    doc.forbid |= {'car'}
    return f'说明两处公务用车数量不一致：“现有{k}辆”与“保有量{wrong}辆”'


SLIPS = {
    'sum.breakdown': [('sb_class_row', sb_class_row, False, {}), ('sb_jb_group', sb_jb_group, True, {}),
                      ('sb_sg_total', sb_sg_total, True, {'car': True}), ('sb_prose', sb_prose, True, {})],
    'balance': [('ba_stale_end', ba_stale_end, True, {'needA0': True, 'needT': True}),
                ('ba_total_in', ba_total_in, True, {}),
                ('ba_prose_flow', ba_prose_flow, True, {'needA0': True, 'needT': True})],
    'table.text': [('tt_reception', tt_reception, True, {}), ('tt_carry', tt_carry, True, {'needT': True}),
                   ('tt_class', tt_class, False, {}), ('tt_project', tt_project, False, {})],
    'rate.ratio': [('rr_exec', rr_exec, True, {'sg_under': True}), ('rr_growth', rr_growth, True, {}),
                   ('rr_share', rr_share, True, {})],
    'change': [('ch_expend', ch_expend, True, {}), ('ch_sg', ch_sg, True, {}),
               ('ch_reception', ch_reception, True, {'sg_under': True})],
    'unit.magnitude': [('um_wan_as_yuan', um_wan_as_yuan, True, {}), ('um_yuan_as_wan', um_yuan_as_wan, True, {}),
                       ('um_yuan_wan_digits', um_yuan_wan_digits, True, {'needT': True})],
    'fact.conflict': [('fc_batches', fc_batches, True, {}), ('fc_prevE', fc_prevE, True, {}),
                      ('fc_cars', fc_cars, True, {'car': True})],
}
UM_MODE = {'um_wan_as_yuan': 'wan_exact', 'um_yuan_as_wan': 'yuan_wan', 'um_yuan_wan_digits': 'yuan'}


# =================================================================================
# clean recipes (traps)
TRAP_TEXT = {
    'round': '万元表由元数四舍五入，个别合计与分项之和差0.01',
    'yuan': '表格单位为元、说明单位为万元（已正确换算、四舍五入）',
    'nonexh': '“其中”只列部分项目（非穷尽）',
    'zero': '零基数：上年或预算为0的增减率/执行率写作“-”',
    'classmove': '基本支出分列在208/210/221等不同类，主体类的基本支出小于基本支出总额',
    'singlekuan': '类下只有一个款（如221住房保障支出仅22102住房改革支出）',
    'sgrun': '公务用车购置及运行费的“其中”只列运行费（购置费为0/空）',
    'jieyu': '收支总表存在结余分配，年末=年初+收入-支出-结余分配',
    'neg': '负增长（减少X、下降Y% 或 增减额为负数）',
    'budget': '“三公”决算小于预算，执行率<100%',
    'base': '同一段落分别对预算（执行率/较预算减少）和对上年（增减率）计算百分比',
}


def once(doc, kind, v, o=None):
    """forced sentence, unless a sentence of that kind is already there"""
    if any(k == kind for k, _ in doc.sents):
        return
    call(doc, kind, v, o)


def clean_recipe(doc, traps):
    rng, V = doc.rng, doc.V
    need, sg_kw = [], {}
    details = []
    if 'zero' in traps or 'sgrun' in traps or 'budget' in traps or 'base' in traps:
        need.append('SG')
    if 'classmove' in traps or 'singlekuan' in traps:
        need.append('ZC')
    if 'jieyu' in traps:
        need.append('SZ')
    if 'zero' in traps:
        if doc.layout == 'L2' or rng.randint(0, 1) == 0:
            sg_kw.update(prev=True, extra='growth', horizontal=False)
        else:
            sg_kw.update(extra='exec', horizontal=False)
    if 'sgrun' in traps:
        if V['sg.vp'] or V['sg.vp.b'] or V['sg.vp.p'] or not V['sg.vr']:
            raise ValueError('sgrun needs no purchase')
        sg_kw.update(drop_buy=rng.randint(0, 1) == 0)
    names = pick_tables(doc, need=need)
    build_tables(doc, names, sg_kw=sg_kw)
    if 'nonexh' in traps:
        opts = []
        if not doc.fiscal:
            opts.append(('income', 2, '本年收入合计“其中”只列一般公共预算财政拨款收入'))
        if 'ZC' in names:
            opts.append(('bp', 5, '本年支出合计“其中”只列基本支出'))
        if V['sg.vp'] and V['sg.v']:
            opts.append(('sgp', 3, '公务用车购置及运行费“其中”只列运行费，购置费另有发生'))
        if not opts:
            raise ValueError('nonexh n/a')
        kind, v, txt = rng.choice(opts)
        once(doc, kind, v)
        details.append('nonexh: ' + txt)
    if 'classmove' in traps:
        once(doc, 'bp', rng.choice([0, 2, 4]))
        doc.s_classmove()
    if 'sgrun' in traps:
        once(doc, 'sgp', 3)
    if 'jieyu' in traps:
        once(doc, 'carry', rng.choice([2, 3, 4]))
    if 'neg' in traps:
        if doc.trend != 'down':
            raise ValueError('need down')
        once(doc, 'expend', rng.choice([0, 1, 2, 3, 4, 5]))
    if 'budget' in traps:
        if not V['sg.t'] < V['sg.t.b']:
            raise ValueError('need under budget')
        once(doc, 'sgt', rng.choice([0, 1, 4]))
    if 'base' in traps:
        if not V['sg.t'] < V['sg.t.b']:
            raise ValueError('need under budget')
        once(doc, 'sgt', 3)
    if 'zero' in traps and V['sg.vp'] and not V['sg.vp.p']:
        once(doc, 'sgi', 5)
    for tname in traps:
        if not any(d.startswith(tname + ':') for d in details):
            details.append(f'{tname}: {TRAP_TEXT[tname]}')
    return '; '.join(details)


TRAP_OPTS = {'zero': {}, 'sgrun': {'car': True}, 'budget': {'sg_under': True}, 'base': {'sg_under': True},
             'jieyu': {'jieyu': True}, 'neg': {'trend': 'down'}, 'nonexh': {}, 'classmove': {}, 'singlekuan': {},
             'round': {}, 'yuan': {}}


# =================================================================================
def plan():
    rng = random.Random(SEED)
    ids = list(range(1, 41))
    slip_ids = sorted(rng.sample(ids, 20))
    fams = list(SLIPS)
    counts = {f: 3 for f in fams}
    counts[rng.choice(fams)] = 2
    famlist = [f for f in fams for _ in range(counts[f])]
    rng.shuffle(famlist)
    layouts = ['L1', 'L2', 'L3', 'L4'] * 10
    rng.shuffle(layouts)
    secs = list(SECTORS)
    seclist = []
    while len(seclist) < 40:
        s2 = secs[:]
        rng.shuffle(s2)
        seclist += s2
    years = [2019, 2020, 2021, 2022, 2023, 2024] * 7
    rng.shuffle(years)
    specs = []
    fam_i = 0
    var_counter = {}
    used_units = {}
    used_pairs = set()
    clean_modes = ['wan_round'] * 5 + ['yuan_wan'] * 5 + ['yuan'] * 2 + ['wan_exact'] * 8
    rng.shuffle(clean_modes)
    must = ['jieyu', 'jieyu', 'classmove', 'classmove', 'singlekuan', 'singlekuan', 'budget', 'budget', 'nonexh',
            'nonexh', 'zero', 'zero', 'sgrun', 'sgrun', 'neg', 'neg', 'base', 'base']
    clean_ids = [i for i in ids if i not in slip_ids]
    must_of = {}
    nonfiscal = [s for s in SECTORS if not SECTORS[s]['fiscal']]
    for t in must:
        for i in clean_ids:
            if i in must_of:
                continue
            if t in ('classmove', 'singlekuan') and layouts[i - 1] == 'L2':
                continue
            if t == 'jieyu' and SECTORS[seclist[i - 1]]['fiscal']:
                seclist[i - 1] = rng.choice(nonfiscal)
            must_of[i] = t
            break
    for i in ids:
        sp = {'id': i, 'layout': layouts[i - 1], 'sector': seclist[i - 1], 'year': years[i - 1],
              'must': must_of.get(i)}
        if i in slip_ids:
            fam = famlist[fam_i]
            fam_i += 1
            cands = [r for r in SLIPS[fam] if r[2] or sp['layout'] != 'L2']
            k = var_counter.get(fam, 0)
            var_counter[fam] = k + 1
            r = cands[k % len(cands)]
            sp['family'] = fam
            sp['recipe'] = r[0]
            sp['mode'] = UM_MODE.get(r[0]) or rng.choice(['wan_exact'] * 5 + ['yuan', 'yuan_wan'])
            if r[0] in ('sb_jb_group', 'sb_prose') and sp['sector'] not in [s for s in SECTORS if SECTORS[s]['fiscal']]:
                sp['sector'] = rng.choice([s for s in SECTORS if SECTORS[s]['fiscal']])
            if r[0] == 'rr_share' and SECTORS[sp['sector']]['fiscal'] and sp['layout'] == 'L2':
                sp['sector'] = rng.choice([s for s in SECTORS if not SECTORS[s]['fiscal']])
        else:
            sp['family'] = 'clean'
            sp['mode'] = clean_modes.pop()
        pool = UNITS[sp['sector']]
        cnt = used_units.get(sp['sector'], 0)
        used_units[sp['sector']] = cnt + 1
        sp['unit'] = pool[cnt % len(pool)]
        while (sp['unit'][1], sp['year']) in used_pairs:
            sp['year'] = 2019 + (sp['year'] - 2019 + 1) % 6
        used_pairs.add((sp['unit'][1], sp['year']))
        specs.append(sp)
    return specs


def choose_traps(doc, rng):
    base = [doc.spec['must']] if doc.spec.get('must') else []
    if doc.mode == 'wan_round':
        base.append('round')
    if doc.mode == 'yuan_wan':
        base.append('yuan')
    pool = ['nonexh', 'nonexh', 'zero', 'zero', 'budget', 'base', 'neg', 'sgrun']
    if doc.layout != 'L2':
        pool += ['classmove', 'singlekuan']
    if not doc.fiscal:
        pool += ['jieyu', 'jieyu', 'jieyu']
    k = max(0, rng.randint(2, 3) - len(base))
    extra = []
    while len(extra) < k:
        t = rng.choice(pool)
        if t in extra or t in base or ({t} | set(extra) | set(base)) >= {'base', 'budget'}:
            continue
        extra.append(t)
    return base + extra


def make_doc(sp):
    for attempt in range(400):
        sp2 = dict(sp, attempt=attempt)
        doc = Doc(sp2)
        rng = doc.rng
        try:
            if sp['family'] == 'clean':
                traps = choose_traps(doc, rng)
                opt = {}
                for t in traps:
                    opt.update(TRAP_OPTS[t])
                if ('zero' in traps or 'nonexh' in traps) and 'sgrun' not in traps:
                    k = rng.randint(0, 2)
                    if k == 0:
                        opt.update(car=True, buycar=True)
                    elif k == 1 and 'zero' in traps:
                        opt.update(car=True, prevbuy=True)
                doc.build_model(opt)
                if not prose_rel_ok(doc):
                    raise ValueError('prose rounding')
                doc.detail = clean_recipe(doc, traps)
                if not doc.rounding_ok(need_nonzero='round' in traps):
                    raise ValueError('rounding')
            else:
                rec = [r for r in SLIPS[sp['family']] if r[0] == sp['recipe']][0]
                doc.build_model(dict(rec[3]))
                if not prose_rel_ok(doc):
                    raise ValueError('prose rounding')
                if not doc.rounding_ok(False):
                    raise ValueError('rounding')
                doc.detail = rec[1](doc)
        except (ValueError, AssertionError, KeyError, IndexError):
            continue
        saved = dict(USAGE)
        target = rng.randint(4, 7)
        if rng.randint(1, 100) <= 35 and nsent(doc) < 7:
            doc.s_intro()
        fill(doc, target)
        order_sents(doc)
        n = nsent(doc)
        if not 3 <= n <= 8:
            USAGE.clear()
            USAGE.update(saved)
            continue
        text = doc.render()
        if len(text.splitlines()) > 80:
            USAGE.clear()
            USAGE.update(saved)
            continue
        return doc, text
    raise RuntimeError(f'could not build doc {sp["id"]}')


def main():
    specs = plan()
    rows = ['id\texpected\tdetail']
    meta = ['id\tlayout\tmode\tsector\tunit\tyear\trecipe\ttables\tlines\tsentences']
    for sp in specs:
        doc, text = make_doc(sp)
        name = f't{sp["id"]:02d}'
        with open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        fam = sp['family']
        det = doc.detail
        if fam == 'clean':
            det = 'traps: ' + det
        rows.append(f'{name}\t{fam}\t{det}')
        meta.append('\t'.join([name, sp['layout'], sp['mode'], sp['sector'], doc.unit, str(doc.Y),
                               sp.get('recipe', 'clean'), '+'.join(t.kind for t in doc.tables),
                               str(len(text.splitlines())), str(nsent(doc))]))
    with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')
    with open(os.path.join(HERE, 'manifest.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(meta) + '\n')
    with open(os.path.join(HERE, 'variant_usage.tsv'), 'w', encoding='utf-8') as f:
        for k in sorted(USAGE):
            f.write(f'{k[0]}\t{k[1]}\t{USAGE[k]}\n')


if __name__ == '__main__':
    main()
