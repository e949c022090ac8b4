#!/usr/bin/env python3
"""Independent re-reader for blind set 87 (does not import gen.py).

It parses each document's text, re-derives every arithmetic relation it can
recognise (breakdowns, table totals and subtotals, rates, balances, year-on-
year changes, score sums, caps, grade bands, counts, prose-vs-table
restatements, 万元/元 restatements) and reports the slip families it finds.

  python3 check.py               check t01..t40 against expect.tsv
  python3 check.py --twins DIR   also check that every twin in DIR is clean
                                 and differs from its slip document in
                                 exactly one paragraph (line)
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
NUM = r'\d[\d,]*(?:\.\d+)?'


def dec(s):
    return D(s.replace(',', ''))


def ndec(s):
    return len(s.split('.')[1]) if '.' in s else 0


def pct(a, b, nd):
    return (D(a) * 100 / D(b)).quantize(D(1).scaleb(-nd), ROUND_HALF_UP)


def to_wan(v, unit):
    return v / 10000 if unit == '元' else v


class Checker:
    def __init__(self, text):
        self.text = text
        self.lines = text.split('\n')
        self.found = []          # (family, message)
        self.traps = {}          # kind -> evidence
        self.facts = {}          # key -> (value, where)
        self.tables = []
        self.n = 0               # relations re-derived

    # ------------------------------------------------------------ helpers
    def flag(self, fam, msg):
        self.found.append((fam, msg))

    def trap(self, kind, ev):
        self.traps.setdefault(kind, ev)

    def check_rate(self, stated, num, den, what, fam='rate.ratio'):
        """stated: string like '96.53'; num/den Decimal"""
        self.n += 1
        nd = ndec(stated)
        sv = dec(stated)
        if den == 0:
            if num == 0:
                self.trap('zero_zero', '%s: 0/0' % what)
                return
            self.flag(fam, '%s: denominator 0' % what)
            return
        exp = pct(num, den, nd)
        if exp != sv:
            self.flag(fam, '%s: stated %s%%, %s/%s gives %s%%' % (what, stated, num, den, exp))
            return
        exact = D(num) * 100 / D(den)
        if exact > 100:
            self.trap('rate_over_100', '%s %s%%' % (what, stated))
        if exact != sv:
            # rounding happened; note half-up cases and 100.00 with remainder
            q = (exact * D(10) ** nd) % 1
            if q == D('0.5'):
                self.trap('round_halfup', '%s: exact %s rounded half-up to %s' % (what, exact.normalize(), stated))
            if sv == 100 and num != den:
                self.trap('round_halfup', '%s: %s/%s shown as %s%%' % (what, num, den, stated))

    def check_sum(self, total, parts, what, fam='sum.breakdown', exhaustive=True):
        """total: (value, unit); parts: list of (label, value, unit)"""
        self.n += 1
        tv = to_wan(total[0], total[1])
        s = sum((to_wan(v, u) for _, v, u in parts), D(0))
        if exhaustive and s == tv:
            return
        if not exhaustive and s <= tv:
            if s < tv:
                self.trap('non_exhaustive', '%s: listed %s < %s' % (what, s, tv))
            return
        # does reading a 元 figure as 万元 repair it?  -> unit slip
        for i, (lab, v, u) in enumerate(parts):
            if u == '元':
                s2 = s - to_wan(v, u) + v
                if (exhaustive and s2 == tv) or (not exhaustive and s2 <= tv):
                    self.flag('unit.magnitude', '%s: %s %s元 looks like 万元' % (what, lab, v))
                    return
        if total[1] == '元' and exhaustive and s == total[0]:
            self.flag('unit.magnitude', '%s: total in 元' % what)
            return
        self.flag(fam, '%s: parts %s %s total %s' % (what, s, '≠' if exhaustive else '>', tv))

    def fact(self, key, value, unit, where):
        v = to_wan(value, unit) if unit in ('万元', '元') else value
        if key in self.facts:
            self.n += 1
            ov, ou, owhere = self.facts[key]
            if ov != v:
                if unit == '元' and value == ov or ou == '元' and self.facts[key][0] * 10000 == value:
                    self.flag('unit.magnitude', '%s: %s vs %s (元/万元)' % (key, value, ov))
                else:
                    self.flag('fact.conflict', '%s: %s (%s) vs %s (%s)' % (key, value, where, ov, owhere))
        else:
            self.facts[key] = (v, unit, where)

    def get(self, key):
        return self.facts[key][0] if key in self.facts else None

    # ------------------------------------------------------------ tables
    def parse_tables(self):
        blocks = []
        cur = []
        title = None
        for ln in self.lines:
            is_t = False
            cells = None
            if ln.startswith('|'):
                if re.fullmatch(r'\|(?:-+\|)+', ln):
                    continue
                cells = [c.strip(' ') for c in ln.strip().strip('|').split('|')]
                is_t = True
            elif '\t' in ln:
                cells = [c.strip(' ') for c in ln.split('\t')]
                is_t = True
            elif re.search(r'\S {2,}\S', ln) and not re.match(r'表\d+', ln):
                cells = re.split(r' {2,}', ln.rstrip())
                is_t = len(cells) >= 3
            if is_t:
                cur.append(cells)
            else:
                if cur:
                    blocks.append((title, cur))
                    cur = []
                title = ln if re.match(r'表\d+', ln) else None
        if cur:
            blocks.append((title, cur))
        for title, rows in blocks:
            self.tables.append(self.table(title or '', rows))

    ROLES = [('年初预算数', 'bud0'), ('全年预算数', 'bud'), ('上年决算数', 'prev'), ('决算数', 'act'),
             ('实际支出', 'act'), ('结转下年', 'carry'), ('执行率', 'r_exec'), ('完成年初预算', 'r_init'),
             ('占比', 'share'), ('授予中小企业合同金额', 'amt2'), ('采购金额', 'amt'), ('编制数', 'c1'),
             ('实有人数', 'c2'), ('分值', 'w'), ('得分', 's'), ('实际完成值', 'actual'), ('三级指标', 'name'),
             ('年度指标值', 'target')]

    def table(self, title, rows):
        hdr = rows[0]
        roles = {}
        for i, h in enumerate(hdr):
            for key, role in self.ROLES:
                if key in h:
                    roles.setdefault(role, i)
                    break
        t = {'title': title, 'hdr': hdr, 'roles': roles, 'rows': []}
        for r in rows[1:]:
            first = r[0]
            lab = first
            if 'name' in roles and r[roles['name']].strip():
                lab = r[roles['name']]
            if re.search(r'合计|总计', first):
                kind = 'total'
            elif first.endswith('小计'):
                kind = 'sub'
            elif first.startswith('其中') or first.startswith('\u3000'):
                kind = 'child'
            else:
                kind = 'top'
            clean = re.sub(r'^其中[：:]', '', lab).strip('\u3000 ')
            t['rows'].append({'cells': r, 'kind': kind, 'label': clean})
        return t

    def cell(self, row, t, role):
        i = t['roles'].get(role)
        if i is None or i >= len(row['cells']):
            return None
        c = row['cells'][i].strip()
        if c in ('—', '-', ''):
            return None
        if not re.fullmatch(NUM, c):
            return None
        return c

    def val(self, row, t, role):
        c = self.cell(row, t, role)
        return dec(c) if c is not None else None

    def check_tables(self):
        money = ['bud0', 'bud', 'act', 'prev', 'carry', 'amt', 'amt2']
        for t in self.tables:
            roles = t['roles']
            is_score = 'w' in roles and 's' in roles
            for role in money + ['c1', 'c2', 'w', 's']:
                if role not in roles:
                    continue
                fam = 'score.total' if role in ('w', 's') else (
                    'count.mismatch' if role in ('c1', 'c2') else 'sum.breakdown')
                self.table_sums(t, role, fam)
            if is_score:
                for row in t['rows']:
                    w, s = self.val(row, t, 'w'), self.val(row, t, 's')
                    self.n += 1
                    if w is not None and s is not None and s > w:
                        self.flag('score.cap', '%s: 得分%s > 分值%s' % (row['label'], s, w))
                if not any(r['kind'] == 'total' for r in t['rows']):
                    self.trap('excerpt_no_total', t['title'])
            # rate columns
            total = next((r for r in t['rows'] if r['kind'] == 'total'), None)
            for row in t['rows']:
                if 'r_exec' in roles:
                    c = self.cell(row, t, 'r_exec')
                    a, b = self.val(row, t, 'act'), self.val(row, t, 'bud')
                    if c is not None and a is not None and b is not None:
                        self.check_rate(c, a, b, '%s执行率' % row['label'])
                if 'r_init' in roles:
                    c = self.cell(row, t, 'r_init')
                    a, b = self.val(row, t, 'act'), self.val(row, t, 'bud0')
                    if b == 0 and a and a > 0:
                        if row['cells'][roles['r_init']].strip() != '—':
                            self.flag('rate.ratio', '%s: 年初预算0' % row['label'])
                        else:
                            self.trap('zero_dash', '%s 年初预算0，列“—”' % row['label'])
                    elif c is not None and a is not None and b is not None:
                        self.check_rate(c, a, b, '%s完成年初预算' % row['label'])
                if 'share' in roles and total is not None:
                    c = self.cell(row, t, 'share')
                    a, tt = self.val(row, t, 'act'), self.val(total, t, 'act')
                    if c is not None and a is not None and tt:
                        self.check_rate(c, a, tt, '%s占比' % row['label'])
                if 'carry' in roles:
                    k, b, a = self.val(row, t, 'carry'), self.val(row, t, 'bud'), self.val(row, t, 'act')
                    self.n += 1
                    if None not in (k, b, a) and k != b - a:
                        self.flag('balance.carryover', '%s: 结转%s ≠ %s−%s' % (row['label'], k, b, a))
            if 'share' in roles:
                tops = [self.val(r, t, 'share') for r in t['rows'] if r['kind'] == 'top']
                if None not in tops and sum(tops) != 100:
                    self.trap('round_shares', '%s 占比合计%s' % (t['title'], sum(tops)))
                kids = [self.val(r, t, 'share') for r in t['rows'] if r['kind'] == 'child']
                par = next((self.val(r, t, 'share') for r in t['rows'] if r['label'] == '基本支出'), None)
                if kids and par is not None and None not in kids and sum(kids) != par:
                    self.trap('round_shares', '子项占比合计%s≠%s' % (sum(kids), par))
            if 'c1' in roles and 'c2' in roles:
                self.trap('bianzhi_vs_shiyou', '编制数与实有人数两列')
            if 'prev' in roles:
                self.trap('other_year', '上年决算数列')

    def table_sums(self, t, role, fam):
        subs = []
        group = []
        last_top = None
        kids = {}
        for row in t['rows']:
            v = self.val(row, t, role)
            raw = self.cell(row, t, role)
            if row['kind'] == 'top':
                group.append((row, v or D(0)))
                last_top = row['label']
                kids[last_top] = []
            elif row['kind'] == 'child':
                if last_top is not None:
                    kids[last_top].append((row['label'], v or D(0)))
            elif row['kind'] == 'sub':
                self.n += 1
                s = sum((x for _, x in group), D(0))
                if v is not None and s != v:
                    self.flag(fam, '%s %s: 小计%s ≠ %s' % (t['title'], role, v, s))
                subs.append(v if v is not None else s)
                group = []
            elif row['kind'] == 'total':
                self.n += 1
                s = sum(subs, D(0)) + sum((x for _, x in group), D(0))
                if v is not None and s != v:
                    self.flag(fam, '%s %s: 合计%s ≠ %s' % (t['title'], role, v, s))
        # children
        complete = {'公务用车购置及运行维护费': ('购置费', '运行维护费'), '基本支出': ('人员经费', '公用经费')}
        for row in t['rows']:
            if row['kind'] != 'top' or not kids.get(row['label']):
                continue
            pv = self.val(row, t, role)
            if pv is None:
                continue
            ks = kids[row['label']]
            s = sum((x for _, x in ks), D(0))
            need = complete.get(row['label'])
            if need and len(ks) == len(need) and all(any(n in k for k, _ in ks) for n in need):
                if s != pv:
                    self.flag(fam, '%s %s: %s ≠ 子项合计%s' % (t['title'], role, pv, s))
            elif s > pv:
                self.flag(fam, '%s %s: 其中项%s > %s' % (t['title'], role, s, pv))

    def find_table(self, pred):
        for t in self.tables:
            if pred(t):
                return t
        return None

    def trow(self, t, label):
        for r in t['rows']:
            if r['label'] == label or (label == '合计' and r['kind'] == 'total'):
                return r
        return None

    def vs_table(self, t, label, role, value, unit, what):
        """prose restatement of a table cell"""
        if t is None:
            return
        r = self.trow(t, label)
        if r is None:
            return
        tv = self.val(r, t, role)
        if tv is None:
            return
        self.n += 1
        v = to_wan(value, unit) if unit in ('万元', '元') else value
        if v != tv:
            if unit == '元' and value == tv:
                self.flag('unit.magnitude', '%s: %s元 vs table %s万元' % (what, value, tv))
            else:
                self.flag('table.text', '%s: prose %s vs table %s' % (what, value, tv))

    # ------------------------------------------------------------ prose
    def items(self, s, unit_re=r'万元|元'):
        """'A 1.00万元、B 2.00万元和C 3.00万元' -> [(A, 1.00, 万元), ...]"""
        out = []
        for m in re.finditer(r'([^、，；和\d]+?)(' + NUM + r')(' + unit_re + r')', s):
            out.append((m.group(1).strip(), dec(m.group(2)), m.group(3)))
        return out

    def check_prose(self):
        T = self.text
        sg_table = self.find_table(lambda t: any(r['label'] == '公务接待费' for r in t['rows']))
        func_table = self.find_table(lambda t: 'r_init' in t['roles'])
        exp_table = self.find_table(lambda t: 'share' in t['roles'])
        pr_table = self.find_table(lambda t: 'amt' in t['roles'])
        perf_table = self.find_table(lambda t: 'w' in t['roles'] and any(r['kind'] == 'total' for r in t['rows']))
        anyperf = [t for t in self.tables if 'w' in t['roles']]

        # --- staff
        for m in re.finditer(r'内设(\d+)个(?:科室|内设机构|部室)，分别为([^。]+)。', T):
            n = int(m.group(1))
            k = len(m.group(2).split('、'))
            if n != k:
                self.flag('count.mismatch', '内设机构%d个 vs 列示%d个' % (n, k))
        m = re.search(r'核定编制(\d+)名，其中行政编制(\d+)名、事业编制(\d+)名、工勤编制(\d+)名', T)
        if m:
            a = [int(x) for x in m.groups()]
            if a[0] != sum(a[1:]):
                self.flag('count.mismatch', '编制%d ≠ %d' % (a[0], sum(a[1:])))
            self.fact('编制数', D(a[0]), '名', '编制')
        m = re.search(r'实有人数(\d+)人，其中在职人员(\d+)人、离退休人员(\d+)人', T)
        if m:
            a = [int(x) for x in m.groups()]
            if a[0] != a[1] + a[2]:
                self.flag('count.mismatch', '实有%d ≠ %d+%d' % tuple(a))
            self.fact('在职人员', D(a[1]), '人', '实有')
            if self.get('编制数') is not None and self.get('编制数') != a[1]:
                self.trap('bianzhi_vs_shiyou', '编制%s vs 在职%d' % (self.get('编制数'), a[1]))
        m = re.search(r'在职人员(\d+)人中，行政人员(\d+)人、事业人员(\d+)人、工勤人员(\d+)人', T)
        if m:
            a = [int(x) for x in m.groups()]
            self.fact('在职人员', D(a[0]), '人', '在职人员中')
            if a[0] != sum(a[1:]):
                self.flag('count.mismatch', '在职%d ≠ %d' % (a[0], sum(a[1:])))

        # --- income
        m = re.search(r'收入总计(' + NUM + r')万元，包括本年收入(' + NUM + r')万元和年初结转和结余(' + NUM + r')万元', T)
        if m:
            t_, i_, c_ = [dec(x) for x in m.groups()]
            self.check_sum((t_, '万元'), [('本年收入', i_, '万元'), ('年初结转和结余', c_, '万元')], '收入总计')
            self.fact('收入总计', t_, '万元', 'R1')
            self.fact('本年收入', i_, '万元', 'R1')
            self.fact('年初结转和结余', c_, '万元', 'R1')
            if t_ != i_:
                self.trap('total_incl_carry', '收入总计%s≠本年收入%s' % (t_, i_))
        for m in re.finditer(r'(?:本年收入|\d{4}年收入预算(' + NUM + r')万元，)由([^。]+?)构成(?:，分别占(?:本年收入|收入预算)的([^。]+))?。', T):
            its = self.items(m.group(2))
            if m.group(1):
                tot = dec(m.group(1))
                self.fact('收入预算', tot, '万元', 'budget')
            else:
                tot = self.get('本年收入')
            if tot is None:
                continue
            self.check_sum((tot, '万元'), its, '本年收入构成')
            if m.group(3):
                shs = re.findall(r'(' + NUM + r')%', m.group(3))
                if len(shs) == len(its):
                    for (lab, v, u), sh in zip(its, shs):
                        self.check_rate(sh, to_wan(v, u), tot, '%s占比' % lab)
                    ssum = sum((dec(x) for x in shs), D(0))
                    if ssum != 100:
                        self.trap('round_shares', '收入占比合计%s' % ssum)
        m = re.search(r'本年收入合计(' + NUM + r')万元，比上年(' + NUM + r')万元(增加|减少)(' + NUM + r')(万元|元)，(增长|下降)(' + NUM + r')%', T)
        if m:
            cur, prev, dv = dec(m.group(1)), dec(m.group(2)), dec(m.group(4))
            self.fact('本年收入', cur, '万元', 'I2')
            self.check_change(cur, prev, m.group(3), dv, m.group(5), m.group(6), m.group(7), '本年收入')
        m = re.search(r'其中：财政拨款收入(' + NUM + r')万元，占(' + NUM + r')%。加上年初结转和结余(' + NUM + r')万元，收入总计(' + NUM + r')万元', T)
        if m:
            a, p, c, tt = m.group(1), m.group(2), dec(m.group(3)), dec(m.group(4))
            i_ = self.get('本年收入')
            self.check_rate(p, dec(a), i_, '财政拨款收入占比')
            self.trap('non_exhaustive', '其中只列财政拨款收入')
            self.check_sum((tt, '万元'), [('本年收入', i_, '万元'), ('年初结转和结余', c, '万元')], '收入总计')
            self.fact('收入总计', tt, '万元', 'I2')
            if tt != i_:
                self.trap('total_incl_carry', '收入总计%s≠本年收入合计%s' % (tt, i_))

        # --- expenditure
        m = re.search(r'(?:本年支出合计|\d{4}年支出预算)(' + NUM + r')万元，其中：基本支出(' + NUM + r')万元，占(' + NUM + r')%；项目支出(' + NUM + r')万元，占(' + NUM + r')%', T)
        if m:
            x, b, pb, p, pp = m.groups()
            x, b, p = dec(x), dec(b), dec(p)
            self.check_sum((x, '万元'), [('基本支出', b, '万元'), ('项目支出', p, '万元')], '本年支出')
            self.check_rate(pb, b, x, '基本支出占比')
            self.check_rate(pp, p, x, '项目支出占比')
            if dec(pb) + dec(pp) != 100:
                self.trap('round_shares', '支出占比合计%s' % (dec(pb) + dec(pp)))
            self.fact('本年支出合计', x, '万元', 'R4')
            self.fact('基本支出', b, '万元', 'R4')
            self.fact('项目支出', p, '万元', 'R4')
        if exp_table is not None:
            r = self.trow(exp_table, '合计')
            if r is not None:
                self.fact('本年支出合计', self.val(r, exp_table, 'act'), '万元', 'table')
            for lab in ('基本支出', '项目支出', '人员经费', '公用经费'):
                r = self.trow(exp_table, lab)
                if r is not None:
                    self.fact(lab, self.val(r, exp_table, 'act'), '万元', 'table')
        m = re.search(r'基本支出(?:(' + NUM + r')万元，)?包括(人员经费' + NUM + r'(?:万元|元)和公用经费' + NUM + r'(?:万元|元))(两|三)项', T)
        if m:
            its = self.items(m.group(2))
            b = dec(m.group(1)) if m.group(1) else self.get('基本支出')
            if m.group(1):
                self.fact('基本支出', b, '万元', 'R5')
            if len(its) != {'两': 2, '三': 3}[m.group(3)]:
                self.flag('count.mismatch', '基本支出包括%s项 vs %d' % (m.group(3), len(its)))
            if b is not None:
                self.check_sum((b, '万元'), its, '基本支出构成')
            for lab, v, u in its:
                if u == '万元':
                    self.fact(lab, v, u, 'R5')
        m = re.search(r'人员经费由工资福利支出(' + NUM + r')万元和对个人和家庭的补助(' + NUM + r')(万元|元)构成', T)
        if m and self.get('人员经费') is not None:
            self.check_sum((self.get('人员经费'), '万元'), [('工资福利支出', dec(m.group(1)), '万元'),
                                                        ('对个人和家庭的补助', dec(m.group(2)), m.group(3))], '人员经费构成')
        if re.search(r'公用经费主要用于[^。]*等', T):
            self.trap('non_exhaustive', '公用经费主要用于…等')
        m = re.search(r'年末结转和结余(' + NUM + r')(万元|元)', T)
        if m:
            k = to_wan(dec(m.group(1)), m.group(2))
            it, x = self.get('收入总计'), self.get('本年支出合计')
            if it is not None and x is not None and k != it - x:
                if m.group(2) == '元' and dec(m.group(1)) == it - x:
                    self.flag('unit.magnitude', '年末结转和结余 元')
                else:
                    self.flag('balance.carryover', '年末结转和结余%s ≠ %s−%s' % (k, it, x))

        # --- 功能分类 prose vs table
        m = re.search(r'一般公共预算财政拨款支出(' + NUM + r')万元，完成年初预算(' + NUM + r')万元的(' + NUM + r')%', T)
        if m:
            f, f0 = dec(m.group(1)), dec(m.group(2))
            self.check_rate(m.group(3), f, f0, '财政拨款完成年初预算')
            self.vs_table(func_table, '合计', 'act', f, '万元', '财政拨款支出')
            self.vs_table(func_table, '合计', 'bud0', f0, '万元', '财政拨款年初预算')
            self.fact('财政拨款支出', f, '万元', 'func prose')
            if f > f0:
                self.trap('over100_zhuijia', '财政拨款支出超年初预算')
        m = re.search(r'其中：((?:一般公共服务|社会保障和就业|卫生健康)支出)(' + NUM + r')(万元|元)，主要用于[^；]+；(住房保障支出)(' + NUM + r')万元', T)
        if m:
            self.vs_table(func_table, m.group(1), 'act', dec(m.group(2)), m.group(3), m.group(1))
            self.vs_table(func_table, m.group(4), 'act', dec(m.group(5)), '万元', m.group(4))
        m = re.search(r'财政拨款支出中，财政拨款基本支出(' + NUM + r')万元，财政拨款项目支出(' + NUM + r')万元', T)
        if m:
            fb, fp_ = dec(m.group(1)), dec(m.group(2))
            f = self.get('财政拨款支出')
            if f is not None:
                self.check_sum((f, '万元'), [('财政拨款基本支出', fb, '万元'), ('财政拨款项目支出', fp_, '万元')], '财政拨款支出')
            if self.get('项目支出') is not None and self.get('项目支出') != fp_:
                self.trap('scope', '财政拨款项目支出%s vs 项目支出%s' % (fp_, self.get('项目支出')))

        # --- budget execution
        m = re.search(r'财政拨款年初预算(' + NUM + r')万元，年中追加预算(' + NUM + r')万元，调整后全年预算(' + NUM + r')万元；'
                      r'财政拨款实际支出(' + NUM + r')万元，按全年预算计算的预算执行率为(' + NUM + r')%，实际支出为年初预算的(' + NUM + r')%', T)
        if m:
            a0, a1, a, s = [dec(m.group(i)) for i in (1, 2, 3, 4)]
            self.check_sum((a, '万元'), [('年初预算', a0, '万元'), ('年中追加', a1, '万元')], '全年预算')
            self.check_rate(m.group(5), s, a, '预算执行率')
            self.check_rate(m.group(6), s, a0, '实际支出占年初预算')
            self.trap('rate_full_vs_initial', '执行率按全年预算，同句列年初预算')
            self.fact('预算执行率', dec(m.group(5)), '%', 'exec')
            mk = re.search(r'年末财政拨款结转(' + NUM + r')(万元|元)', T)
            if mk:
                k = to_wan(dec(mk.group(1)), mk.group(2))
                if k != a - s:
                    self.flag('balance.carryover', '财政拨款结转%s ≠ %s−%s' % (k, a, s))
            if func_table is not None:
                self.vs_table(func_table, '合计', 'act', s, '万元', '财政拨款实际支出')
                self.vs_table(func_table, '合计', 'bud0', a0, '万元', '财政拨款年初预算')

        # --- projects
        m = re.search(r'共实施项目(\d+)个，分别为([^。]+?)，项目支出合计(' + NUM + r')万元', T)
        if m:
            its = self.items(m.group(2))
            if int(m.group(1)) != len(its):
                self.flag('count.mismatch', '项目%s个 vs 列示%d个' % (m.group(1), len(its)))
            self.check_sum((dec(m.group(3)), '万元'), its, '项目支出')
            self.fact('项目支出', dec(m.group(3)), '万元', 'proj list')
        m = re.search(r'项目支出(' + NUM + r')万元，主要用于([^。]+?)等重点项目', T)
        if m:
            self.check_sum((dec(m.group(1)), '万元'), self.items(m.group(2)), '重点项目', exhaustive=False)
            self.fact('项目支出', dec(m.group(1)), '万元', 'proj major')
            self.trap('major_only', '项目支出只列重点项目')

        # --- 三公 prose
        m = re.search(r'“三公”经费支出(' + NUM + r')万元，完成全年预算(' + NUM + r')万元的(' + NUM + r')%，比上年(' + NUM + r')万元(增加|减少)(' + NUM + r')(万元|元)，(增长|下降)(' + NUM + r')%', T)
        if m:
            t_, tb, tp = dec(m.group(1)), dec(m.group(2)), dec(m.group(4))
            self.check_rate(m.group(3), t_, tb, '“三公”预算完成率')
            self.check_change(t_, tp, m.group(5), dec(m.group(6)), m.group(7), m.group(8), m.group(9), '“三公”经费')
            self.fact('“三公”经费', t_, '万元', 'sg prose')
            self.trap('other_year', '上年“三公”经费%s' % tp)
        m = re.search(r'“三公”经费决算(' + NUM + r')万元，全年预算(' + NUM + r')万元，完成预算的(' + NUM + r')%，比上年决算(' + NUM + r')万元(增加|减少)(' + NUM + r')(万元|元)，(增长|下降)(' + NUM + r')%', T)
        if m:
            t_, tb, tp = dec(m.group(1)), dec(m.group(2)), dec(m.group(4))
            self.check_rate(m.group(3), t_, tb, '“三公”预算完成率')
            self.check_change(t_, tp, m.group(5), dec(m.group(6)), m.group(7), m.group(8), m.group(9), '“三公”经费')
            self.vs_table(sg_table, '合计', 'act', t_, '万元', '“三公”决算')
            self.vs_table(sg_table, '合计', 'bud', tb, '万元', '“三公”预算')
            self.vs_table(sg_table, '合计', 'prev', tp, '万元', '“三公”上年决算')
        m = re.search(r'“三公”经费预算(' + NUM + r')万元，比上年预算(' + NUM + r')万元(增加|减少)(' + NUM + r')(万元|元)，(增长|下降)(' + NUM + r')%。其中：([^。]+)。', T)
        if m:
            t_, tp = dec(m.group(1)), dec(m.group(2))
            self.check_change(t_, tp, m.group(3), dec(m.group(4)), m.group(5), m.group(6), m.group(7), '“三公”经费预算')
            its = self.items(re.sub(r'（[^）]*）', '', m.group(8)))
            self.check_sum((t_, '万元'), its, '“三公”经费预算构成')
            self.trap('other_year', '上年预算%s' % tp)
        m = re.search(r'其中：(因公出国（境）费' + NUM + r'(?:万元|元)，公务用车购置及运行维护费' + NUM + r'(?:万元|元)，公务接待费' + NUM + r'(?:万元|元))。', T)
        if m and self.get('“三公”经费') is not None:
            its = self.items(m.group(1))
            self.check_sum((self.get('“三公”经费'), '万元'), its, '“三公”经费构成')
            for lab, v, u in its:
                self.fact(lab, v, u, 'sg 其中')
        for m in re.finditer(r'\d\.(因公出国（境）费|公务用车购置及运行维护费|公务接待费)(' + NUM + r')(万元|元)', T):
            self.fact(m.group(1), dec(m.group(2)), m.group(3), 'sg item')
        m = re.search(r'公务用车购置及运行维护费(' + NUM + r')万元，其中：公务用车购置费(' + NUM + r')万元，公务用车运行维护费(' + NUM + r')(万元|元)', T)
        if m:
            self.check_sum((dec(m.group(1)), '万元'), [('购置费', dec(m.group(2)), '万元'), ('运行维护费', dec(m.group(3)), m.group(4))],
                           '公务用车购置及运行维护费')
        m = re.search(r'因公出国（境）团组(\d+)个、累计(\d+)人次，分别为([^。]+)。', T)
        if m:
            ppl = [int(x) for x in re.findall(r'（(\d+)人）', m.group(3))]
            if int(m.group(1)) != len(ppl):
                self.flag('count.mismatch', '团组%s个 vs 列示%d' % (m.group(1), len(ppl)))
            if int(m.group(2)) != sum(ppl):
                self.flag('count.mismatch', '出国%s人次 vs %d' % (m.group(2), sum(ppl)))
        if re.search(r'\d+批次、\d+人次', T):
            self.trap('pici_vs_renci', '接待批次与人次')
        if re.search(r'未发生因公出国（境）支出|未安排因公出国（境）团组', T):
            self.trap('zero_weifasheng', '因公出国未发生')
        if sg_table is not None:
            m = re.search(r'公务接待费支出(' + NUM + r')(万元|元)', T)
            if m:
                self.vs_table(sg_table, '公务接待费', 'act', dec(m.group(1)), m.group(2), '公务接待费')
            m = re.search(r'公务用车运行维护费支出(' + NUM + r')(万元|元)', T)
            if m:
                self.vs_table(sg_table, '公务用车运行维护费', 'act', dec(m.group(1)), m.group(2), '公务用车运行维护费')
            m = re.search(r'因公出国（境）费全年预算(' + NUM + r')万元、决算(' + NUM + r')万元(?:，预算执行率按(' + NUM + r')%计)?', T)
            if m:
                if m.group(3):
                    self.check_rate(m.group(3), dec(m.group(2)), dec(m.group(1)), '因公出国（境）费执行率')
                self.vs_table(sg_table, '因公出国（境）费', 'bud', dec(m.group(1)), '万元', '出国预算')
                self.vs_table(sg_table, '因公出国（境）费', 'act', dec(m.group(2)), '万元', '出国决算')
        if re.search(r'未计入“三公”经费', T):
            self.trap('sangong_excl_meeting', '会议费培训费不计入“三公”')
        for m in re.finditer(r'(会议费|培训费)支出(' + NUM + r')(万元|元)', T):
            self.fact(m.group(1), dec(m.group(2)), m.group(3), 'meeting')

        # --- training list
        m = re.search(r'举办培训班(\d+)期，分别为([^。]+?)，累计培训(\d+)人次', T)
        if m:
            its = re.findall(r'（(\d+)天，(\d+)人）', m.group(2))
            if int(m.group(1)) != len(its):
                self.flag('count.mismatch', '培训班%s期 vs 列示%d' % (m.group(1), len(its)))
            if int(m.group(3)) != sum(int(p) for _, p in its):
                self.flag('count.mismatch', '培训%s人次 vs %d' % (m.group(3), sum(int(p) for _, p in its)))
            self.trap('ren_vs_renci', '各期“人”合计为“人次”')

        # --- 机关运行经费
        m = re.search(r'机关运行经费(?:支出|预算)(' + NUM + r')万元，比上年(?:预算)?(' + NUM + r')万元(增加|减少)(' + NUM + r')(万元|元)，(增长|下降)(' + NUM + r')%'
                      r'(?:；剔除[^。]*?(' + NUM + r')万元后，同口径比上年(增加|减少)(' + NUM + r')万元)?', T)
        if m:
            j, jp = dec(m.group(1)), dec(m.group(2))
            self.check_change(j, jp, m.group(3), dec(m.group(4)), m.group(5), m.group(6), m.group(7), '机关运行经费')
            if m.group(8):
                x = dec(m.group(8))
                d2 = j - x - jp
                sign = '增加' if d2 > 0 else '减少'
                if sign != m.group(9) or abs(d2) != dec(m.group(10)):
                    self.flag('change', '同口径增减%s%s ≠ %s' % (m.group(9), m.group(10), d2))
                self.trap('tongkoujing', '同口径增减')
            g = self.get('公用经费')
            if g is not None and g != j:
                self.trap('gongyong_vs_jiguan', '机关运行经费%s ≠ 公用经费%s' % (j, g))
            self.trap('other_year', '上年机关运行经费%s' % jp)

        # --- 政府采购
        m = re.search(r'政府采购支出总额(' + NUM + r')万元(?:（(' + NUM + r')元）)?，其中：(政府采购货物支出[^。]+?)。'
                      r'授予中小企业合同金额(' + NUM + r')万元，占政府采购支出总额的(' + NUM + r')%，其中授予小微企业合同金额(' + NUM + r')万元，占政府采购支出总额的(' + NUM + r')%', T)
        if m:
            q = dec(m.group(1))
            if m.group(2):
                qy = dec(m.group(2))
                if qy != q * 10000:
                    self.flag('unit.magnitude' if qy == q else 'fact.conflict', '采购总额 元 %s vs %s万元' % (qy, q))
                else:
                    self.trap('yuan_cents', '采购总额以元（含分）重述')
            self.check_sum((q, '万元'), self.items(m.group(3)), '政府采购构成')
            s, sm = dec(m.group(4)), dec(m.group(6))
            self.check_rate(m.group(5), s, q, '中小企业占比')
            self.check_rate(m.group(7), sm, q, '小微企业占比')
            if sm > s:
                self.flag('sum.breakdown', '小微 > 中小')
            else:
                self.trap('non_exhaustive', '其中授予小微企业')
            if '政府采购工程支出0.00万元' in m.group(3):
                self.trap('zero_weifasheng', '工程0')
        m = re.search(r'全年政府采购支出(' + NUM + r')万元，授予中小企业合同金额(' + NUM + r')万元，占比(' + NUM + r')%', T)
        if m:
            q, s = dec(m.group(1)), dec(m.group(2))
            self.check_rate(m.group(3), s, q, '中小企业占比')
            self.vs_table(pr_table, '合计', 'amt', q, '万元', '采购合计')
            self.vs_table(pr_table, '合计', 'amt2', s, '万元', '中小企业合计')
        m = re.search(r'政府采购预算(' + NUM + r')万元，由([^。]+?)构成。面向中小企业预留采购份额(' + NUM + r')万元，占政府采购预算的(' + NUM + r')%', T)
        if m:
            q = dec(m.group(1))
            self.check_sum((q, '万元'), self.items(m.group(2)), '政府采购预算构成')
            self.check_rate(m.group(4), dec(m.group(3)), q, '中小企业预留份额占比')

        # --- 资产
        m = re.search(r'资产总额(' + NUM + r')万元，其中：([^；。]+?)等；', T)
        if m:
            self.check_sum((dec(m.group(1)), '万元'), self.items(m.group(2)), '资产总额', exhaustive=False)
        m = re.search(r'共有车辆(\d+)辆，分别为([^；。]+)', T)
        if m:
            vs = [int(x) for x in re.findall(r'(\d+)辆', m.group(2))]
            if int(m.group(1)) != sum(vs):
                self.flag('count.mismatch', '车辆%s辆 vs %d' % (m.group(1), sum(vs)))

        # --- work completion
        for m in re.finditer(r'(全年[^，。\d]*?)(\d+)(万页|人次|件|次|场|处|户|人)，(实际[^，。\d]*|按期办结)(\d+)\3(、惠及家庭成员(\d+)人)?，([^，。\d]*率)(' + NUM + r')%', T):
            self.check_rate(m.group(9), D(m.group(5)), D(m.group(2)), m.group(8))
            if m.group(6):
                self.trap('hu_vs_ren', '户 vs 人')

        # --- satisfaction
        m = re.search(r'共发放问卷(\d+)份，回收有效问卷(\d+)份，其中满意(\d+)份、基本满意(\d+)份、不满意(\d+)份，满意度（[^）]*）为(' + NUM + r')%', T)
        if m:
            n, mm, k1, k2, k3 = [int(m.group(i)) for i in range(1, 6)]
            if mm != k1 + k2 + k3:
                self.flag('count.mismatch', '有效问卷%d ≠ %d' % (mm, k1 + k2 + k3))
            self.check_rate(m.group(6), D(k1 + k2), D(mm), '满意度')
            self.fact('满意度', dec(m.group(6)), '%', 'survey')
            self.trap('fafang_vs_huishou', '分母为有效问卷%d（发放%d）' % (mm, n))

        # --- performance prose (一)…(四) + 合计
        items = re.findall(r'（[一二三四五六]）[^（\n]*?指标（分值(\d+)分）：[^\n]*?得分(' + NUM + r')分|（[一二三四五六]）预算执行情况（分值(\d+)分）：[^\n]*?得分(' + NUM + r')分', T)
        m = re.search(r'（一）预算执行情况（分值(\d+)分）：财政拨款全年预算(' + NUM + r')万元，实际支出(' + NUM + r')万元，预算执行率(' + NUM + r')%，按“预算执行率×分值”计算得分(' + NUM + r')分', T)
        if m:
            w, a, s, r, sc = int(m.group(1)), dec(m.group(2)), dec(m.group(3)), m.group(4), dec(m.group(5))
            self.check_rate(r, s, a, '预算执行率')
            exp = (D(w) * dec(r) / 100).quantize(D('0.01'), ROUND_HALF_UP)
            if exp != sc:
                self.flag('score.total', '预算执行得分%s ≠ %s×%s%%' % (sc, w, r))
        parts = []
        for mm in re.finditer(r'（[一二三四五六]）(?:预算执行情况|[^（\n：]*?指标)（分值(\d+)分）：[^\n]*?得分(' + NUM + r')分(?:，得分率(' + NUM + r')%)?', T):
            w, s = dec(mm.group(1)), dec(mm.group(2))
            parts.append(s)
            if s > w:
                self.flag('score.cap', '得分%s > 分值%s' % (s, w))
            if mm.group(3):
                self.check_rate(mm.group(3), s, w, '得分率')
                self.trap('defen_lv', '得分率 vs 得分')
        m = re.search(r'以上[一二三四五六]项合计得分(' + NUM + r')分', T)
        if m and parts:
            if sum(parts, D(0)) != dec(m.group(1)):
                self.flag('score.total', '合计得分%s ≠ %s' % (m.group(1), sum(parts, D(0))))
            self.fact('自评得分', dec(m.group(1)), '分', 'perf prose')
        m = re.search(r'（[一二三四五六]）满意度指标（分值\d+分）：[^，。]*?满意度为(' + NUM + r')%', T)
        if m:
            self.fact('满意度', dec(m.group(1)), '%', 'perf prose')
        if self.get('预算执行率') is not None and re.search(r'本年(?:收入|支出)(?:合计)?' + NUM, T):
            self.trap('rate_caizheng_only', '执行率以财政拨款预算为分母，收入含非财政拨款')
        # perf items with 分值 but no total
        for mm in re.finditer(r'([^；：，。]+?)（分值(\d+)分），[^；。]*?得分(' + NUM + r')分', T):
            if dec(mm.group(3)) > dec(mm.group(2)):
                self.flag('score.cap', '%s 得分%s > 分值%s' % (mm.group(1), mm.group(3), mm.group(2)))
        # perf table cross-checks
        if perf_table is not None:
            r = self.trow(perf_table, '合计')
            if r is not None:
                self.fact('自评得分', self.val(r, perf_table, 's'), '分', 'perf table')
            m = re.search(r'注：预算执行率得分按“预算执行率×分值”计算，为(' + NUM + r')分', T)
            er = next((x for x in perf_table['rows'] if x['label'] == '预算执行率'), None)
            if er is not None:
                act = er['cells'][perf_table['roles']['actual']].rstrip('%')
                w = self.val(er, perf_table, 'w')
                sc = self.val(er, perf_table, 's')
                exp = (w * dec(act) / 100).quantize(D('0.01'), ROUND_HALF_UP)
                if exp != sc:
                    self.flag('score.total', '预算执行率得分%s ≠ %s' % (sc, exp))
                if m and dec(m.group(1)) != sc:
                    self.flag('table.text', '注中得分%s vs 表%s' % (m.group(1), sc))
                if self.get('预算执行率') is not None and self.get('预算执行率') != dec(act):
                    self.flag('table.text', '预算执行率 文%s vs 表%s' % (self.get('预算执行率'), act))
        for t in anyperf:
            for row in t['rows']:
                if '满意度' in row['label'] and 'actual' in t['roles'] and self.get('满意度') is not None:
                    a = row['cells'][t['roles']['actual']].rstrip('%')
                    if re.fullmatch(NUM, a) and dec(a) != self.get('满意度'):
                        self.flag('table.text', '满意度 表%s vs 文%s' % (a, self.get('满意度')))
                if 'target' in t['roles'] and 'actual' in t['roles']:
                    tg = re.fullmatch(r'≥(\d+)(\D+)', row['cells'][t['roles']['target']])
                    ac = re.fullmatch(r'(\d+)(\D+)', row['cells'][t['roles']['actual']])
                    if tg and ac and tg.group(2) == ac.group(2) and int(ac.group(1)) > int(tg.group(1)):
                        self.trap('target_exceeded', row['label'])

        # --- grades
        bands = self.parse_bands(T)
        for m in re.finditer(r'自评得分(' + NUM + r')分，评价等级为“([^”]+)”', T):
            self.fact('自评得分', dec(m.group(1)), '分', 'concl')
            self.check_grade(dec(m.group(1)), m.group(2), bands)
        for m in re.finditer(r'（(\d{4})年度自评得分(' + NUM + r')分，等级为“([^”]+)”', T):
            self.check_grade(dec(m.group(2)), m.group(3), bands)
            self.trap('other_year', '%s年度自评得分%s' % (m.group(1), m.group(2)))

        # --- misc trap markers
        if re.search(r'召开[^。]*?等会议\d+次', T):
            self.trap('non_exhaustive', '召开…等会议')
        if re.search(r'主要用于[^。]*等日常运行支出', T):
            self.trap('non_exhaustive', '机关运行经费主要用于…等')

    DEFAULT_BANDS = [(D(90), ('优秀', '优')), (D(80), ('良好', '良')), (D(60), ('合格', '中', '及格')), (D(0), ('不合格', '差'))]

    def parse_bands(self, T):
        bands = []
        for m in re.finditer(r'(?:为|、|和)([\u4e00-\u9fa5]{1,4})（(\d+)分（含）(?:以上|至\d+分)）', T):
            bands.append((D(m.group(2)), (m.group(1),)))
        for m in re.finditer(r'(\d+)分（含）(?:以上|—\d+分)为“([^”]+)”', T):
            bands.append((D(m.group(1)), (m.group(2),)))
        m = re.search(r'(?:、|和)([\u4e00-\u9fa5]+)（(\d+)分以下）|(\d+)分以下为“([^”]+)”', T)
        if m:
            bands.append((D(0), (m.group(1) or m.group(4),)))
        if bands:
            bands.sort(key=lambda x: -x[0])
            return bands
        return None

    def check_grade(self, score, grade, bands):
        self.n += 1
        if bands is None:
            use = self.DEFAULT_BANDS
        else:
            use = bands
        for lo, names in use:
            if score >= lo:
                if grade not in names:
                    self.flag('grade.band', '得分%s 应为%s, 写作%s' % (score, names[0], grade))
                elif score == lo and lo > 0:
                    self.trap('band_edge', '%s 恰在等级下限' % score)
                return
        return

    def check_change(self, cur, prev, word, dv, unit, word2, rate, what):
        self.n += 1
        d = cur - prev
        dvw = to_wan(dv, unit)
        exp_word = '增加' if d > 0 else '减少'
        if word != exp_word or abs(d) != dvw:
            if unit == '元' and dv == abs(d):
                self.flag('unit.magnitude', '%s 增减额以元' % what)
            else:
                self.flag('change', '%s: %s%s%s vs %s−%s=%s' % (what, word, dv, unit, cur, prev, d))
        exp2 = '增长' if d > 0 else '下降'
        if word2 != exp2:
            self.flag('change', '%s: %s vs direction' % (what, word2))
        self.check_rate(rate, abs(d), prev, '%s增减率' % what)

    def run(self):
        self.parse_tables()
        self.check_tables()
        self.check_prose()
        return self


def families(ch):
    return sorted(set(f for f, _ in ch.found))


def main():
    args = sys.argv[1:]
    twins = args[args.index('--twins') + 1] if '--twins' in args else None
    exp = {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as fh:
        next(fh)
        for ln in fh:
            ln = ln.rstrip('\n')
            if ln:
                i, e, d = ln.split('\t', 2)
                exp[i] = (e, d)
    ok_s = ok_c = fail = 0
    n_s = sum(1 for e, _ in exp.values() if e != 'clean')
    n_c = len(exp) - n_s
    for i in sorted(exp):
        e, _ = exp[i]
        with open(os.path.join(HERE, i + '.txt'), encoding='utf-8') as fh:
            text = fh.read()
        nl = len(text.rstrip('\n').split('\n'))
        ch = Checker(text).run()
        fams = families(ch)
        if not 15 <= nl <= 60:
            print('%s FAIL line count %d' % (i, nl))
            fail += 1
            continue
        if e == 'clean':
            if not fams and len(ch.traps) >= 2:
                ok_c += 1
                print('%s clean ok   relations %3d, traps(%d): %s' % (i, ch.n, len(ch.traps), ', '.join(sorted(ch.traps))))
            else:
                fail += 1
                print('%s FAIL clean: found %s traps %d' % (i, ch.found, len(ch.traps)))
        else:
            if fams == [e]:
                ok_s += 1
                print('%s slip ok    relations %3d, %s: %s' % (i, ch.n, e, ch.found[0][1]))
            else:
                fail += 1
                print('%s FAIL slip expected %s found %s' % (i, e, ch.found))
        if twins and e != 'clean':
            tp = os.path.join(twins, i + '.txt')
            with open(tp, encoding='utf-8') as fh:
                tt = fh.read()
            tch = Checker(tt).run()
            a, b = text.rstrip('\n').split('\n'), tt.rstrip('\n').split('\n')
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            if families(tch) or ndiff != 1:
                fail += 1
                print('%s FAIL twin: found %s, %d paragraphs differ' % (i, tch.found, ndiff))
            else:
                print('%s twin ok    clean, 1 paragraph differs' % i)
    print('slips confirmed: %d/%d clean confirmed: %d/%d failures: %d' % (ok_s, n_s, ok_c, n_c, fail))


if __name__ == '__main__':
    main()
