#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen.py -- writes the blind75 test set (t01.txt .. t40.txt, expect.tsv).

Every figure is a decimal.Decimal (never a float).  A document is first
built as an exactly consistent model; a slip document then has ONE
displayed figure/word changed the way a tired clerk would change it.
Run:  python3 gen.py      (deterministic: fixed seed)
"""
import os
import random
import sys
import unicodedata
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools import PROVS, SYL1, SYL2, PROJECTS, REASON_CNT, REASON_PCT, REASON_SAT, \
    REASON_QUAL, OVER_NOTE  # noqa: E402

getcontext().prec = 34
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 75075
R = random.Random(SEED)
C2 = D('0.01')
HUNDRED = D(100)


class Retry(Exception):
    pass


NOSLIP = False   # when True, a slip document is rebuilt with the slip left out (its 'twin')


# ---------------------------------------------------------------- numbers
def q2(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


def amt(lo, hi):
    """random amount in 万元 with 2 decimals, lo..hi are ints or Decimals"""
    lo = int(D(lo) * 100)
    hi = int(D(hi) * 100)
    return D(R.randint(lo, hi)) / 100


def frac(lo, hi):
    """random Decimal fraction between lo/1000 and hi/1000 (ints)"""
    return D(R.randint(lo, hi)) / 1000


def fa(x):
    return '%s' % q2(x)


def fnum(x):
    s = '%s' % q2(x)
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def ambiguous(raw):
    """True if raw (a Decimal) is too close to a 2-decimal rounding tie."""
    f = (raw * 100) % 1
    return abs(f - D('0.5')) < D('0.02')


def pct_str(r, style):
    if r == HUNDRED and style == 'int100':
        return '100%'
    return '%s%%' % q2(r)


def yuan(x):
    """Decimal yuan -> '1,234,567.89元'"""
    s = '%s' % q2(x)
    ip, dp = s.split('.')
    ip = '{:,}'.format(int(ip))
    return ip + '.' + dp + '元'


def transpose(s):
    """swap the first pair of adjacent different digits from the right"""
    digits = list(s)
    idx = [i for i, c in enumerate(digits) if c.isdigit()]
    for k in range(len(idx) - 1, 0, -1):
        i, j = idx[k - 1], idx[k]
        if digits[i] != digits[j] and not (i == idx[0] and digits[j] == '0'):
            digits[i], digits[j] = digits[j], digits[i]
            return ''.join(digits)
    raise Retry('cannot transpose ' + s)


def grade(S):
    if S >= 90:
        return '优'
    if S >= 80:
        return '良'
    if S >= 60:
        return '中'
    return '差'


CN = {1: '一', 2: '两', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 10: '十'}


def cnum(n, cn_ok=True):
    if cn_ok and n in CN and R.random() < 0.35:
        return CN[n]
    return str(n)


def pick(seq):
    return seq[R.randrange(len(seq))]


def split_int(total, k, step):
    """split integer total into k positive multiples of step, roughly balanced"""
    units = total // step
    if units < k or units * step != total:
        raise Retry('split')
    parts = [units // k] * k
    for i in range(units - sum(parts)):
        parts[R.randrange(k)] += 1
    for _ in range(R.randint(0, k)):
        a, b = R.randrange(k), R.randrange(k)
        if a != b and parts[a] > max(1, units // (2 * k)):
            parts[a] -= 1
            parts[b] += 1
    return [p * step for p in parts]


# ---------------------------------------------------------------- places
def uniq_name(used, suffix):
    while True:
        n = pick(SYL1) + pick(SYL2) + suffix
        if n not in used:
            used.add(n)
            return n


def make_place(level):
    prov, ab = pick(PROVS)
    used = set()
    city = uniq_name(used, '市')
    county = uniq_name(used, pick(['县', '县', '县', '区', '市']))
    towns = [uniq_name(used, pick(['镇', '镇', '镇', '乡', '街道'])) for _ in range(24)]
    if level == 'province':
        unit, unitname, region = prov, '省', ('个市州', '全省')
    elif level == 'city':
        unit, unitname, region = prov + city, '市', ('个县（市、区）', '全市')
    else:
        unit, unitname, region = city + county, county[-1], ('个乡镇（街道）', '全' + county[-1])
    return dict(level=level, prov=prov, ab=ab, city=city, county=county, towns=towns,
                unit=unit, unitname=unitname, region=region)


def bureau_name(proj, pl):
    if proj['sector'] == '乡镇':
        return pl['city'] + pl['county'] + pl['towns'][0] + ('办事处' if pl['towns'][0].endswith('街道') else '人民政府')
    b = proj['bureau']
    if pl['level'] == 'province':
        pv = {'教育局': '教育厅', '农业农村局': '农业农村厅', '科学技术局': '科学技术厅', '民政局': '民政厅',
              '交通运输局': '交通运输厅', '水利局': '水利厅', '卫生健康局': '卫生健康委员会'}
        return pl['prov'] + pv.get(b, b)
    if pl['level'] == 'city':
        return pl['city'] + b
    return pl['city'] + pl['county'] + b


def issuer(pl):
    if pl['level'] == 'province':
        return '财政部', ['财']
    if pl['level'] == 'city':
        return pl['prov'].replace('壮族自治区', '自治区') + '财政厅', [pl['ab'] + '财']
    return pick([pl['city'] + '财政局', pl['prov'].replace('壮族自治区', '自治区') + '财政厅', '省、市财政部门',
                 pl['city'] + '财政局', '上级财政部门']), [pl['ab'] + '财', pl['city'][0] + '财']


def fileno(pl, proj, year):
    _, pre = issuer(pl)
    p = pick(pre) + proj['fcode']
    return '%s〔%d〕%d号' % (p, year, R.randint(3, 260))


# ---------------------------------------------------------------- budget
def build_budget(proj, pl, cfg):
    scale = {'county': 1, 'city': 3, 'province': 12}[pl['level']]
    lo, hi = proj['rng']
    for _ in range(500):
        b = {}
        T = amt(lo * scale, hi * scale)
        # level breakdown
        if pl['level'] == 'province':
            names = ['中央', '省级']
        elif pl['level'] == 'city':
            names = ['中央', '省级', '市级']
        else:
            names = ['中央', '省级', pick(['县级', '县级', '本级'])]
            if pl['county'].endswith('区'):
                names[2] = '区级'
        if cfg.get('wanyuan'):
            # parts given in yuan (with cents); T = rounded sum
            parts_y = []
            tot_y = int(T * 10000)
            shares = [frac(600, 780), frac(120, 250)]
            rest = tot_y
            for sh in shares[:len(names) - 1]:
                v = int(D(tot_y) * sh) + R.randint(1, 99)
                parts_y.append(D(v) + D(R.randint(1, 99)) / 100)
                rest -= v
            parts_y.append(D(rest) + D(R.randint(1, 99)) / 100 + R.randint(1, 9) * 7)
            tot_yd = sum(parts_y)
            T = q2(tot_yd / 10000)
            if ambiguous(tot_yd / 10000):
                continue
            b['levels'] = list(zip(names, parts_y))
            b['levels_in_yuan'] = True
        else:
            parts = []
            rem = T
            shares = [frac(550, 780), frac(100, 250)]
            for sh in shares[:len(names) - 1]:
                v = q2(T * sh)
                parts.append(v)
                rem -= v
            parts.append(rem)
            if rem <= 0:
                continue
            b['levels'] = list(zip(names, parts))
            b['levels_in_yuan'] = False
        b['T'] = T
        nb = cfg.get('nbatch', 2)
        if nb == 1:
            b['batches'] = [T]
        elif nb == 2:
            b1 = q2(T * frac(550, 800))
            b['batches'] = [b1, T - b1]
        else:
            b1 = q2(T * frac(450, 600))
            b2 = q2(T * frac(200, 300))
            b['batches'] = [b1, b2, T - b1 - b2]
        a0_cur = b['batches'][0] if (nb > 1 and cfg.get('a0_first')) else T
        C = q2(T * frac(30, 110)) if cfg.get('carry') else D(0)
        O = q2(T * frac(20, 80)) if cfg.get('other') else D(0)
        O0 = O if (O and R.random() < 0.6) else D(0)
        mode = cfg.get('exec', 'normal')
        if mode == 'full':
            ec, ek, eo = T, C, O
        elif mode == 'over':
            ec, ek, eo = q2(T * frac(1008, 1045)), C, O
        else:
            lo_r, hi_r = cfg.get('exec_range', (860, 995))
            ec = q2(T * frac(lo_r, hi_r)) + D(R.randint(0, 99)) / 100
            ec = min(ec, T - D('0.37'))
            ek = C if (C == 0 or R.random() < 0.7) else q2(C * frac(700, 950))
            eo = O if (O == 0 or R.random() < 0.6) else q2(O * frac(800, 990))
        A0 = a0_cur + O0
        A = T + C + O
        E = ec + ek + eo
        raw = E * 100 / A
        r = q2(raw)
        if ambiguous(raw):
            continue
        w = D(10)
        s_raw = q2(min(raw, HUNDRED) * w / 100)
        s = q2(min(r, HUNDRED) * w / 100)
        if s != s_raw:
            continue
        if cfg.get('round') and (min(r, HUNDRED) * w / 100) == s:
            continue          # want a product that needs rounding (3rd decimal)
        if cfg.get('round') and r == HUNDRED:
            continue
        sub = [('当年财政拨款', a0_cur, T, ec), ('上年结转资金', D(0), C, ek), ('其他资金', O0, O, eo)]
        subrates = []
        bad = False
        for name, x0, x, e in sub:
            if x > 0:
                rr = e * 100 / x
                if ambiguous(rr):
                    bad = True
                subrates.append(q2(rr))
            else:
                subrates.append(None)
        if bad:
            continue
        r0 = q2(E * 100 / A0)
        if ambiguous(E * 100 / A0):
            continue
        b.update(dict(a0_cur=a0_cur, C=C, O=O, O0=O0, ec=ec, ek=ek, eo=eo, A0=A0, A=A, E=E,
                      r=r, w=w, s=s, sub=sub, subrates=subrates, r0=r0, B=A - E))
        return b
    raise Retry('budget')


# ---------------------------------------------------------------- indicators
def fmt_val(kind, unit, v):
    if kind == 'dec':
        return '%s%s' % (q2(v), unit)
    if kind in ('pct', 'p100', 'sat'):
        return '%s%%' % fnum(v)
    return '%s%s' % (fnum(v), unit)


def build_indicators(proj, n, cfg, year, level='county'):
    lscale = {'county': 1, 'city': 3, 'province': 12}[level]
    pool = proj['inds']
    sat = [e for e in pool if e[3] == 'sat'][0]
    ben = [e for e in pool if e[0] == '效益指标']
    out_ = [e for e in pool if e[0] in ('产出指标', '成本指标')]
    need_qual = cfg.get('qual')
    chosen_ben = []
    if need_qual:
        chosen_ben.append(pick([e for e in ben if e[3] == 'qual']))
    else:
        nq = [e for e in ben if e[3] != 'qual']
        chosen_ben.append(pick(nq) if nq else pick(ben))
    n_ben = 1 if n <= 4 else pick([1, 2])
    while len(chosen_ben) < n_ben:
        e = pick(ben)
        if e not in chosen_ben:
            chosen_ben.append(e)
        elif len(ben) <= len(chosen_ben):
            break
    n_out = n - 1 - len(chosen_ben)
    if n_out > len(out_):
        n_out = len(out_)
    chosen_out = [e for e in out_ if e[3] == 'cnt'][:1]
    rest = [e for e in out_ if e not in chosen_out]
    R.shuffle(rest)
    if cfg.get('le'):
        les = [e for e in rest if e[3] == 'le']
        if les:
            rest.remove(les[0])
            rest.insert(0, les[0])
    if cfg.get('ge95'):
        ps = [e for e in rest if e[3] == 'p100']
        if ps:
            rest.remove(ps[0])
            rest.insert(0, ps[0])
    chosen_out += rest[:n_out - len(chosen_out)]
    # keep pool order for a natural table
    order = {id(e): i for i, e in enumerate(pool)}
    chosen_out.sort(key=lambda e: order[id(e)])
    chosen_ben.sort(key=lambda e: order[id(e)])
    # weights: 产出(+成本) 50/60, 效益 30/20, 满意度 10
    wo, wb = pick([(50, 30), (60, 20), (40, 40)]) if n > 3 else (40, 40)
    if len(chosen_ben) == 2 and wb < 20:
        wb, wo = 30, 50
    step_o = 5 if wo // 5 >= len(chosen_out) and R.random() < 0.7 else 1
    wts_o = split_int(wo, len(chosen_out), step_o)
    wts_b = split_int(wb, len(chosen_ben), 5 if R.random() < 0.7 else 1)
    inds = []
    for e, w in list(zip(chosen_out, wts_o)) + list(zip(chosen_ben, wts_b)) + [(sat, 10)]:
        l1, l2, name, kind, unit, lo, hi, extra = e
        if kind in ('cnt', 'dec') and unit != '个':
            lo, hi = lo * lscale, hi * lscale
        inds.append(dict(l1=l1, l2=l2, name=name, kind=kind, unit=unit, lo=lo, hi=hi, extra=extra,
                         w=D(w), reason=''))
    # decide which indicators are missed
    cand_miss = [i for i, x in enumerate(inds) if x['kind'] in ('cnt', 'pct', 'sat', 'dec')]
    if cfg.get('protect_cnt'):
        first_cnt = [i for i, x in enumerate(inds) if x['kind'] == 'cnt'][:1]
        cand_miss = [i for i in cand_miss if i not in first_cnt]
    n_miss = cfg.get('missed', 0)
    if cfg.get('miss_mode') == 'harsh':
        n_miss = min(n_miss, len(cand_miss))
    if n_miss > len(cand_miss):
        raise Retry('miss')
    missed = set(R.sample(cand_miss, n_miss))
    ge95_done = False
    le_done = False
    for i, x in enumerate(inds):
        kind, unit, w = x['kind'], x['unit'], x['w']
        miss = i in missed
        x['met'] = not miss
        sign = '≥'
        if kind == 'cnt':
            t = D(R.randint(x['lo'], x['hi']))
            if t > 1000:
                t = (t / 10).to_integral_value() * 10
            if miss:
                a = (t * frac(850, 970)).to_integral_value()
            else:
                a = t + (t * frac(0, 90) / 1).to_integral_value() if R.random() < 0.75 else t
            x['tval'], x['aval'] = t, a
            x['tv'] = pick(['≥', '≥', '≥', '']) + fmt_val(kind, unit, t)
            if x['tv'][0] != '≥' and not miss:
                x['tv'] = '≥' + x['tv']
        elif kind == 'dec':
            t = D(R.randint(x['lo'] * 100, x['hi'] * 100)) / 100
            a = q2(t * frac(880, 970)) if miss else q2(t * frac(1000, 1060))
            x['tval'], x['aval'] = t, a
            x['tv'] = '≥' + fmt_val(kind, unit, t)
        elif kind == 'pct':
            t = D(R.randint(x['lo'], x['hi']))
            if miss:
                a = t - D(R.randint(50, 380)) / 100
            else:
                a = t + D(R.randint(0, int((min(D(99), t + 6) - t) * 100))) / 100
            x['tval'], x['aval'] = t, a
            x['tv'] = '≥' + fmt_val(kind, unit, t)
        elif kind == 'p100':
            if cfg.get('ge95') and not ge95_done:
                t = D(pick(['95', '98', '90']))
                x['tv'] = '≥%s%%' % t
                ge95_done = True
                x['ge95'] = True
            else:
                t = HUNDRED
                x['tv'] = pick(['100%', '=100%', '100%'])
            x['tval'], x['aval'] = t, HUNDRED
        elif kind == 'le':
            t = D(R.randint(x['lo'], x['hi']))
            a = t - R.randint(1, int(t) // 3) if (cfg.get('le') and not le_done) else t - R.randint(0, 2)
            le_done = le_done or a < t
            x['tval'], x['aval'] = t, D(a)
            x['tv'] = '≤' + fmt_val(kind, unit, t)
            sign = '≤'
        elif kind == 'std':
            vals = x['extra']
            v = D(vals[min(len(vals) - 1, max(0, (year - 2019) * len(vals) // 6))])
            x['tval'], x['aval'] = v, v
            x['tv'] = pick(['', '=', '≥']) + fmt_val(kind, unit, v)
        elif kind == 'qual':
            tq, aq = x['extra']
            x['tval'] = x['aval'] = None
            x['tv'], x['av'] = tq, aq
        elif kind == 'sat':
            t = D(pick(['85', '90', '90', '95']))
            if miss:
                a = t - D(R.randint(150, 600)) / 100
            else:
                a = t + D(R.randint(30, int((D(99) - t) * 100))) / 100
            x['tval'], x['aval'] = t, a
            x['tv'] = '≥' + fmt_val('pct', '', t)
        x['sign'] = '≤' if x['tv'].startswith('≤') else ('≥' if x['tv'].startswith('≥') else '=')
        if kind != 'qual':
            x['av'] = fmt_val(kind, unit, x['aval'])
        # score
        if miss:
            if x['sign'] == '≤':
                ratio = x['tval'] / x['aval']
            else:
                ratio = x['aval'] / x['tval']
            if ratio > D('0.985'):
                raise Retry('miss ratio')
            mode = cfg.get('miss_mode', 'prop')
            if mode == 'prop':
                s = q2(w * ratio)
            else:
                s = w - D(pick(['1', '2', '0.5', '1.5']))
            if s >= w or s <= 0:
                raise Retry('miss score')
            x['s'] = s
            if kind == 'sat':
                pool_r = REASON_SAT
            elif kind == 'pct':
                pool_r = REASON_PCT
            elif x['unit'] in ('人', '人次', '户', '剂次'):
                pool_r = REASON_CNT[:2] + REASON_CNT[3:]
            else:
                pool_r = [REASON_CNT[1], REASON_CNT[2], REASON_CNT[4]]
            x['reason'] = pick(pool_r)
        else:
            x['s'] = w
    if cfg.get('ge95') and not ge95_done:
        raise Retry('ge95')
    if cfg.get('le') and not le_done:
        raise Retry('le')
    if cfg.get('qual') and not any(x['kind'] == 'qual' for x in inds):
        raise Retry('qual')
    if cfg.get('over_note'):
        c = [x for x in inds if x['met'] and x['kind'] == 'cnt' and x['aval'] > x['tval']]
        if not c:
            raise Retry('over_note')
        c[0]['reason'] = pick(OVER_NOTE)
    return inds


def completion(x):
    raw = x['aval'] * 100 / x['tval']
    if ambiguous(raw):
        raise Retry('compl')
    return q2(raw)


# ---------------------------------------------------------------- table rendering
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)


def render(rows, layout, st):
    """rows: list of (kind, cells). kinds: meta, bh (budget header), br, ih, ir, tot, goal"""
    out = []
    if layout == 'lines':
        for kind, cells in rows:
            for c in cells:
                if c in ('', None) or c in ('—', '/', '-') and kind not in ('ir',):
                    continue
                if kind == 'ir' and c == '':
                    continue
                out.append(c)
        return out
    if layout == 'spaces':
        ncol = max(len(c) for _, c in rows)
        widths = [0] * ncol
        for kind, cells in rows:
            if kind in ('meta', 'goal'):
                continue
            for i, c in enumerate(cells):
                widths[i] = max(widths[i], dwidth(c))
        for kind, cells in rows:
            cells = list(cells)
            while cells and cells[-1] == '':
                cells.pop()
            cells = [c if c != '' else '—' for c in cells]
            if st['pad'] and kind not in ('meta', 'goal'):
                parts = []
                for i, c in enumerate(cells):
                    if i < len(cells) - 1:
                        parts.append(c + ' ' * (widths[i] - dwidth(c) + 2))
                    else:
                        parts.append(c)
                out.append(''.join(parts).rstrip())
            else:
                out.append((' ' * st['gap']).join(cells))
        return out
    sep = ' | ' if layout == 'pipe' else '\t'
    for kind, cells in rows:
        line = sep.join(cells)
        if layout == 'pipe':
            if st['border']:
                line = '| ' + line + ' |'
            line = line.rstrip()
        out.append(line)
    return out


def table_rows(doc, layout, st):
    b = doc['bud']
    disp = doc['disp']
    rows = []
    empty = st['empty'] if layout in ('pipe', 'tab') else '—'
    if st['meta'] and layout != 'lines':
        rows.append(('meta', ['项目名称', doc['projfull']]))
        rows.append(('meta', ['主管部门', doc['bureau'], '实施单位', doc['impl']]))
    first = pick(['项目资金（万元）', '项目资金（万元）', '资金情况（万元）']) if layout != 'spaces' or st['pad'] \
        else '项目资金（万元）'
    rows.append(('bh', [first, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']))
    rows.append(('br', ['年度资金总额', disp['A0'], disp['A'], disp['E'], '10', disp['r'], disp['s']]))
    labels = ['其中：当年财政拨款', '上年结转资金', '其他资金']
    for i, (name, x0, x, e) in enumerate(b['sub']):
        if layout == 'lines' and i > 0 and x == 0 and not st['show_zero']:
            continue
        z = st['zero']
        c0 = disp['sub'][i][0] if x0 != 0 else z
        c1 = disp['sub'][i][1] if x != 0 else z
        c2 = disp['sub'][i][2] if (x != 0 or e != 0) else z
        if layout == 'lines':
            c0 = c0 if c0 not in ('—', '/', '') else '0.00'
            c1 = c1 if c1 not in ('—', '/', '') else '0.00'
            c2 = c2 if c2 not in ('—', '/', '') else '0.00'
        rate = disp['subrates'][i] if (st['sub_rates'] and disp['subrates'][i]) else empty
        rows.append(('br', [labels[i], c0, c1, c2, empty, rate, empty]))
    if st['goal'] and layout in ('pipe', 'tab'):
        rows.append(('goal', ['年度总体目标', '预期目标', '实际完成情况']))
        rows.append(('goal', ['', doc['proj']['goal'], '已按计划完成，详见绩效指标完成情况']))
    rows.append(('ih', ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分',
                        '偏差原因分析及改进措施']))
    prev1 = prev2 = None
    for x in disp['inds']:
        l1, l2 = x['l1'], x['l2']
        c1 = l1 if (l1 != prev1 or not st['merge']) else ''
        c2 = l2 if (l2 != prev2 or l1 != prev1 or not st['merge']) else ''
        if layout in ('spaces',):
            c1, c2 = l1, l2
        if layout == 'lines':
            c1 = l1 if l1 != prev1 else ''
            c2 = l2 if (l2 != prev2 or l1 != prev1) else ''
        prev1, prev2 = l1, l2
        reason = x['reason']
        if not reason and st['noreason']:
            reason = st['noreason']
        rows.append(('ir', [c1, c2, x['name'], x['tv'], x['av'], fnum(x['w']), x['s'], reason]))
    if layout in ('pipe', 'tab'):
        rows.append(('tot', ['总分', '', '', '', '', '100', disp['S_table'], '']))
    else:
        rows.append(('tot', ['总分', '100', disp['S_table']]))
    return rows


# ---------------------------------------------------------------- prose helpers
def W(x):
    return fa(x) + '万元'


def town_list(doc, n):
    return '、'.join(doc['pl']['towns'][1:1 + n])


def S_str(doc, S):
    return doc['sfmt'](S)


# ---------------------------------------------------------------- phrasing (>=5 variants per kind)
def s_intro(c):
    return pick([
        f"为{c['goal']}，{c['Y']}年{c['bureau']}组织实施{c['short']}项目。",
        f"{c['short']}项目是{c['Y']}年{c['unitfull']}重点民生项目之一，主要目标是{c['goal']}。",
        f"{c['Y']}年，我单位围绕“{c['goal']}”的目标，认真做好{c['short']}资金管理和项目实施工作。",
        f"该项目实施主体为{c['impl']}，项目目标为{c['goal']}。",
        f"按照上级部署，{c['bureau']}牵头实施{c['Y']}年度{c['short']}项目，{c['goal']}。",
        f"{c['short']}资金主要用于{'、'.join(c['uses'][:2])}等方面，目的是{c['goal']}。",
    ])


def s_issue(c, nb, bt, variant=None):
    """bt: list of batch strings (display); c['T'] total string"""
    T, Y, up, proj = c['T'], c['Y'], c['up'], c['projname']
    if nb == 1:
        v = [
            f"根据《关于下达{Y}年{proj}的通知》（{c['f1']}），{up}下达{proj}{T}万元。",
            f"{Y}年{up}下达{proj}{T}万元（{c['f1']}）。",
            f"{Y}年度共安排{proj}{T}万元。",
            f"本年度{proj}到位{T}万元，文件依据为{c['f1']}。",
            f"{up}于{Y}年{R.randint(2, 6)}月下达{proj}{T}万元。",
        ]
    elif nb == 2:
        b1, b2 = bt
        v = [
            f"{Y}年，{up}分两批下达{proj}共计{T}万元，分别为{b1}万元和{b2}万元。",
            f"{Y}年{proj}共{T}万元，分两次下达：第一批{b1}万元（{c['f1']}），第二批{b2}万元（{c['f2']}）。",
            f"本年度{proj}{T}万元由两批资金组成，分别为提前下达{b1}万元、正式下达{b2}万元。",
            f"{up}先后下达{Y}年{proj}{T}万元（第一批{b1}万元，第二批{b2}万元），分两批拨付到位。",
            f"根据{c['f1']}和{c['f2']}，{Y}年共收到{proj}{T}万元，分两批到位，其中第一批{b1}万元、第二批{b2}万元。",
        ]
    else:
        b1, b2, b3 = bt
        v = [
            f"{Y}年，{up}分三批下达{proj}共计{T}万元，分别为{b1}万元、{b2}万元和{b3}万元。",
            f"{Y}年{proj}共{T}万元，分三次下达：第一批{b1}万元，第二批{b2}万元，第三批{b3}万元。",
            f"本年度{proj}{T}万元由三批资金组成，分别为{b1}万元、{b2}万元、{b3}万元。",
            f"{up}先后分三批下达{Y}年{proj}{T}万元（{b1}万元、{b2}万元、{b3}万元）。",
            f"{Y}年共收到{proj}{T}万元，分三批到位，其中第一批{b1}万元、第二批{b2}万元、第三批{b3}万元。",
        ]
    if variant is not None:
        return v[variant]
    return pick(v)


def s_levels(c, levels, in_yuan, T):
    def f(x):
        return yuan(x) if in_yuan else fa(x) + '万元'
    parts = [(n, f(x)) for n, x in levels]
    joined = '、'.join(n + '资金' + s for n, s in parts)
    joined2 = '，'.join(n + '财政资金' + s for n, s in parts)
    names = '、'.join(n.replace('级', '') for n, _ in parts)
    k = len(parts)
    vals = '、'.join(s for _, s in parts[:-1]) + '和' + parts[-1][1]
    return pick([
        f"上述资金中，{joined}，合计{T}万元。",
        f"{T}万元中，{joined2}。",
        f"资金来源为：{joined}，共计{T}万元。",
        f"按资金级次分，{names}{CN[k]}级分别安排{vals}，总计{T}万元。",
        f"从来源看，{T}万元由{joined}组成。",
    ])


def s_levels_partial(c, levels, T):
    n, x = levels[0]
    return pick([
        f"下达资金{T}万元中，其中{n}资金{fa(x)}万元。",
        f"{T}万元资金中，其中{n}补助资金{fa(x)}万元，其余为地方配套。",
        f"到位资金{T}万元，其中{n}财政补助{fa(x)}万元。",
    ])


def s_carry(c):
    C, A, Y = c['C'], c['A'], c['Y']
    oth = f"和其他资金{c['O']}万元" if c.get('O') else ''
    oth2 = f"、其他资金{c['O']}万元" if c.get('O') else ''
    return pick([
        f"加上上年结转资金{C}万元{oth}，全年可支配资金合计{A}万元。",
        f"{Y - 1}年结转至本年度使用的资金{C}万元{oth}，全年预算数调整为{A}万元。",
        f"全年预算数{A}万元，其中上年结转{C}万元{oth2}。",
        f"连同上年结转的{C}万元{oth}，本年度该项目可用资金共{A}万元。",
        f"上年结余结转{C}万元{oth}并入本年预算，全年预算总额{A}万元。",
    ])


def s_a0(c, A0s):
    return pick([
        f"该项目年初预算{A0s}万元。",
        f"年初预算数为{A0s}万元。",
        f"年初部门预算安排该项目资金{A0s}万元。",
        f"项目年初预算安排{A0s}万元。",
        f"{c['Y']}年年初预算数{A0s}万元。",
    ])


def s_spend(c, with_rate=True, over_note=False):
    E, r, Y = c['E'], c['r'], c['Y']
    if with_rate:
        v = [
            f"截至{Y}年12月31日，实际支出{E}万元，预算执行率{r}。",
            f"全年执行数{E}万元，执行率为{r}。",
            f"年度内共支出资金{E}万元，占全年预算数的{r}。",
            f"项目资金已支付{E}万元，资金执行率达{r}。",
            f"至年末累计拨付{E}万元，预算执行率{r}。",
        ]
    else:
        v = [
            f"截至{Y}年12月31日，实际支出{E}万元。",
            f"全年执行数{E}万元。",
            f"年度内共支出资金{E}万元。",
            f"项目资金已支付{E}万元。",
            f"至年末累计拨付{E}万元。",
        ]
    s = pick(v)
    if over_note:
        s = s[:-1] + pick(['，执行数超出预算部分系使用往来资金先行垫付。', '，超出部分为以前年度暂付款在本年核销。',
                           '，超预算部分由单位调剂资金先行垫支。'])
    return s


def s_denom(c, kind):
    if kind == 'a0':
        return pick([
            f"若按年初预算{c['A0']}万元计算，执行率为{c['r0']}。",
            f"全年执行数相当于年初预算{c['A0']}万元的{c['r0']}。",
            f"与年初预算{c['A0']}万元相比，执行数达到年初预算的{c['r0']}。",
        ])
    if kind == 'cur':
        return pick([
            f"其中当年财政拨款支出{c['ec']}万元，占当年财政拨款的{c['rc']}。",
            f"当年财政拨款执行{c['ec']}万元，当年财政拨款执行率{c['rc']}。",
        ])
    return pick([
        f"上年结转资金{c['C']}万元已支出{c['ek']}万元，结转资金执行率{c['rk']}。",
        f"上年结转的{c['C']}万元本年支出{c['ek']}万元，结转资金执行率为{c['rk']}。",
    ])


def s_balance(c, Bs):
    Y = c['Y']
    why = pick(['部分资金拨付手续尚在办理', '部分对象资格复核未结束', '年底资金到位较晚', '部分事项尚未完成结算'])
    return pick([
        f"年末结余{Bs}万元，结转下年继续使用。",
        f"尚未支出的{Bs}万元已按规定结转至{Y + 1}年。",
        f"结余资金{Bs}万元，主要为{why}，将于{Y + 1}年上半年支付完毕。",
        f"资金结转结余{Bs}万元。",
        f"剩余{Bs}万元因{why}暂未支付，结转下年。",
    ])


def s_uses(c, uses, amounts, E, exhaustive):
    parts = [(u, fa(x)) for u, x in zip(uses, amounts)]
    if exhaustive:
        j = '、'.join(f"用于{u}{x}万元" for u, x in parts)
        j2 = '、'.join(f"{u}{x}万元" for u, x in parts)
        return pick([
            f"按用途分，{j}，合计{E}万元。",
            f"支出的{E}万元全部用于项目实施，分别为{j2}。",
            f"资金使用方面，{j}，共计{E}万元。",
            f"从支出结构看，{j2}，合计{E}万元。",
            f"{E}万元支出由{j2}构成。",
        ])
    j2 = '、'.join(f"{u}{x}万元" for u, x in parts)
    return pick([
        f"已支出的{E}万元中，主要用于{j2}等。",
        f"全年支出{E}万元，其中{j2}。",
        f"在已支出的{E}万元中，其中{parts[0][0]}{parts[0][1]}万元。",
        f"支出{E}万元，其中：{j2}等。",
    ])


def s_region(c, n, second=False):
    unit, whole = c['region']
    if not second:
        return pick([
            f"项目覆盖{whole}{n}{unit}。",
            f"资金惠及{whole}{n}{unit}。",
            f"项目实施范围为{whole}{n}{unit}。",
            f"本项目在{whole}{n}{unit}全面铺开。",
            f"补助对象分布在{whole}{n}{unit}。",
        ])
    return pick([
        f"截至年底，{n}{unit}均已按要求完成资金兑付和台账建设。",
        f"{n}{unit}全部完成年度任务。",
        f"组织对{n}{unit}开展了全覆盖督导检查。",
        f"年末对{n}{unit}的实施情况逐一进行了核查。",
        f"经核查，{n}{unit}资金均已拨付到位。",
    ])


def s_indicator(c, x, with_rate, avs=None, ps=None):
    name, tv = x['name'], x['tv']
    av = avs if avs is not None else x['av']
    tvw = tv.replace('≥', pick(['不低于', '≥', '≥'])) if tv.startswith('≥') else tv
    if with_rate:
        return pick([
            f"{name}年度目标{tvw}，实际完成{av}，完成率{ps}。",
            f"{name}实际达到{av}（目标{tvw}），完成年度目标的{ps}。",
            f"全年{name}{av}，年度指标值{tvw}，完成率{ps}。",
        ])
    return pick([
        f"{name}年度目标{tvw}，实际完成{av}。",
        f"{name}实际达到{av}（目标{tvw}）。",
        f"全年{name}{av}，年度指标值为{tvw}。",
        f"{name}：计划{tvw}，完成{av}。",
        f"在{name}方面，实际完成{av}，目标值{tvw}。",
    ])


def s_count(c, N, by_l1, nmet, parts_ok=True):
    ks = {'产出指标': '产出', '成本指标': '成本', '效益指标': '效益', '满意度指标': '满意度'}
    p1 = '、'.join(f"{k}{cnum(v)}项" for k, v in by_l1)
    p2 = '、'.join(f"{ks[k]}{v}项" for k, v in by_l1)
    Nn = cnum(N)
    v_parts = [
        f"本项目共设置三级绩效指标{Nn}项，其中{p1}。",
        f"自评表共列示三级指标{N}项（{p2}）。",
        f"年初设定的{N}项三级指标中，完成{nmet}项，未完成{N - nmet}项。",
    ]
    v_plain = [
        f"绩效目标共分解为{Nn}个三级指标。",
        f"对照年初设定的{Nn}项绩效指标逐项打分。",
        f"本次自评共涉及三级指标{N}项。",
    ]
    return pick(v_plain if not parts_ok else v_parts + v_plain)


def s_dims(c, sb, dims, S):
    ks = {'产出指标': '产出', '成本指标': '成本', '效益指标': '效益', '满意度指标': '满意度'}
    a = '，'.join(f"{k}{v}分" for k, v in dims)
    b = '、'.join(f"{k}得分{v}分" for k, v in dims)
    d = '，'.join(f"{ks[k]}{v}分" for k, v in dims)
    return pick([
        f"其中预算执行{sb}分，{a}。",
        f"分项看，预算执行率得分{sb}分、{b}。",
        f"各部分得分为：预算执行{sb}分，{d}。",
        f"预算执行率指标得{sb}分，{'，'.join(f'{k}得{v}分' for k, v in dims)}，合计{S}分。",
        f"从构成看，预算执行得分{sb}分，{a}。",
    ])


def s_bscore(c, r, sb, over):
    if over:
        return pick([
            f"预算执行率为{r}，超过100%按满分计，得{sb}分。",
            f"资金执行率{r}，该项分值10分，按满分计得{sb}分。",
            f"预算执行情况（10分）：执行率{r}，得{sb}分。",
        ])
    return pick([
        f"预算执行率{r}，该项得分{sb}分。",
        f"资金执行率指标分值10分，按执行率{r}计得{sb}分。",
        f"执行率{r}×10分={sb}分。",
        f"预算执行情况（10分）：执行率{r}，得{sb}分。",
        f"预算执行率为{r}，按比例计得{sb}分。",
    ])


def s_conclusion(c, S, G, band=False):
    q = pick(['“%s”' % G, G, G])
    s = pick([
        f"经自评，该项目综合得分{S}分，等级为{q}。",
        f"综上，{c['Y']}年度{c['short']}项目绩效自评得分{S}分，评价等级为{q}。",
        f"自评结论：总得分{S}分，自评等级{q}。",
        f"本次自评得分{S}分，对应等级为{q}。",
        f"根据评分标准，项目自评得分为{S}分，绩效等级评定为{q}。",
        f"项目绩效自评得分{S}分，等级为{q}。",
    ])
    if band:
        s += pick(['（90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差）',
                   '（评价等级划分：90—100分为优，80—90分（不含）为良，60—80分（不含）为中，60分以下为差）'])
    return s


def s_problem():
    return pick([
        '存在的问题：个别乡镇资金拨付进度偏慢，绩效目标设置的精细化程度有待提高。',
        '下一步，将进一步加强预算执行监控，提高绩效目标编制质量。',
        '存在问题：基层经办力量薄弱，资金使用台账不够规范。改进措施：加强培训和日常监管。',
        '今后将强化绩效运行监控，及时纠正执行偏差，提升资金使用效益。',
        '问题与建议：部分指标值设置偏保守，下一年度将结合实际科学设定。',
    ])


def h(sec, opts):
    return pick(opts[sec])


HEAD_SETS = [
    ('一、项目基本情况', '二、资金使用情况', '三、绩效目标完成情况', '四、自评结论'),
    ('一、项目概况', '二、项目资金到位及使用情况', '三、绩效指标完成情况', '四、绩效自评结论'),
    ('（一）项目基本情况', '（二）资金执行情况', '（三）绩效目标实现情况', '（四）自评结果'),
    ('一、基本情况', '二、预算执行情况', '三、项目绩效情况', '四、评价结论'),
    ('一、项目资金安排情况', '二、资金管理和使用情况', '三、绩效自评情况', '四、综合评价结论'),
]


def s_conclusion_dept(c, S, G, band=False):
    q = pick(['“%s”' % G, G, G])
    s = pick([
        f"经自评，{c['Y']}年度部门整体支出绩效得分{S}分，等级为{q}。",
        f"综上，本部门{c['Y']}年度整体支出绩效自评得分{S}分，评价等级为{q}。",
        f"自评结论：部门整体支出绩效总得分{S}分，自评等级{q}。",
        f"本次部门整体支出绩效自评得分{S}分，对应等级为{q}。",
        f"根据评分标准，部门整体支出自评得分为{S}分，绩效等级评定为{q}。",
    ])
    if band:
        s += pick(['（90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差）',
                   '（评价等级划分：90—100分为优，80—90分（不含）为良，60—80分（不含）为中，60分以下为差）'])
    return s


# ---------------------------------------------------------------- specs
SLIPS = [
    ('sum.breakdown', 'table_subrow', True), ('sum.breakdown', 'prose_batch', False),
    ('rate.ratio', 'table_denA0', True), ('rate.ratio', 'prose_completion', True),
    ('balance.carryover', 'table_forgot_carry', True), ('balance.carryover', 'nt_forgot_carry', False),
    ('score.total', 'table_total', True), ('score.total', 'prose_total', True),
    ('score.cap', 'indicator_over', True), ('score.cap', 'budget_over', True),
    ('score.rule', 'met_below', True), ('score.rule', 'budget_score', True),
    ('grade.band', 'table', True), ('grade.band', 'nt_dept', False),
    ('table.text', 'indicator_actual', True), ('table.text', 'budget_amount', True),
    ('fact.conflict', 'region', True), ('fact.conflict', 'nt_benef', False),
    ('count.mismatch', 'indicator_count', True), ('count.mismatch', 'nt_town_list', False),
]
NT_KIND = {'prose_batch': 'proj', 'nt_forgot_carry': 'dept', 'nt_dept': 'dept', 'nt_benef': 'proj',
           'nt_town_list': 'proj'}
TRAPS_TABLE = ['missed', 'cap100', 'round', 'sources', 'ge95', 'qual', 'denom', 'wanyuan', 'nonexh',
               'carry', 'le', 'over_note', 'sub_rates']
TRAP_TEXT = {
    'missed': 'missed target scored below weight WITH 偏差原因',
    'cap100': '执行率>100% capped at full 得分',
    'round': 'budget 得分 rounded (执行率×10 has 3+ decimals)',
    'total90': '总分100 = 预算执行10 + indicator 分值90',
    'sources': '其中 rows (当年财政拨款/上年结转/其他资金) add up to 年度资金总额',
    'ge95': 'target ≥9x% with actual 100%',
    'qual': 'qualitative indicator with full score',
    'denom': 'rate over another denominator',
    'wanyuan': 'level breakdown in 元 that rounds to the 万元 total',
    'nonexh': 'non-exhaustive 其中 in prose (parts < total)',
    'carry': '上年结转资金 makes 全年预算 > 年初预算',
    'le': '≤ target beaten (actual lower) with full score',
    'over_note': 'met target with explanatory 偏差 text and full score',
    'sub_rates': 'sub-row 执行率 shown (each over its own row)',
    'a0first': '年初预算 = first batch only, 全年 > 年初',
    'pct_over_denoms': 'several ratio statements over different denominators',
}


def choose_cfg_table(sp, layout):
    fam, var = sp['fam'], sp['var']
    cfg = dict(nbatch=pick([1, 2, 2, 3]), a0_first=R.random() < 0.3, carry=R.random() < 0.35,
               other=R.random() < 0.2, exec=pick(['normal', 'normal', 'full']), sub_rates=R.random() < 0.25,
               missed=pick([0, 0, 1]), qual=R.random() < 0.5, ge95=R.random() < 0.3, le=R.random() < 0.2,
               over_note=R.random() < 0.12, denom=R.random() < 0.2, wanyuan=R.random() < 0.15,
               nonexh=R.random() < 0.3, levels=R.random() < 0.55, region=R.random() < 0.35,
               count=R.random() < 0.45, nrest=pick([1, 2, 2, 3]), dims=R.random() < 0.4,
               bscore=R.random() < 0.4, band=R.random() < 0.25, problem=R.random() < 0.5,
               a0sent=R.random() < 0.3, balance=R.random() < 0.6, uses=R.random() < 0.5,
               region2=R.random() < 0.5, compl=R.random() < 0.4)
    traps = []
    if fam == 'clean':
        k = pick([3, 4, 4, 5])
        traps = R.sample(TRAPS_TABLE, k)
        if 'cap100' in traps and 'round' in traps:
            traps.remove('round')
        for t in ['missed', 'cap100', 'round', 'sources', 'ge95', 'qual', 'denom', 'wanyuan', 'nonexh',
                  'carry', 'le', 'over_note', 'sub_rates']:
            if t not in traps:
                continue
        if 'missed' in traps:
            cfg['missed'] = 1
        if 'cap100' in traps:
            cfg['exec'] = 'over'
        if 'round' in traps:
            cfg['exec'] = 'normal'
            cfg['round'] = True
        if 'sources' in traps:
            if R.random() < 0.5:
                cfg['other'] = True
            else:
                cfg['carry'] = True
        if 'carry' in traps:
            cfg['carry'] = True
        for t in ['ge95', 'qual', 'le', 'over_note', 'sub_rates', 'denom', 'wanyuan', 'nonexh']:
            if t in traps:
                cfg[t] = True
        if 'wanyuan' in traps:
            cfg['levels'] = True
    if cfg['exec'] == 'over':
        cfg['balance'] = False
    # slip-specific constraints
    if var == 'table_subrow':
        cfg['sub_rates'] = False
        cfg['denom'] = False
        cfg['other'] = cfg['other'] or not cfg['carry']
    if var == 'table_denA0':
        cfg.update(carry=True, exec='full', bscore=False, denom=False, sub_rates=False, spend_rate=False,
                   dims=False, a0_first=False)
    if var == 'table_forgot_carry':
        cfg.update(carry=True, exec='normal', exec_range=(790, 890), balance=True)
    if var == 'budget_over':
        cfg.update(exec='over', balance=False, missed=1)
    if var == 'budget_score':
        cfg.update(exec='normal', round=True)
    if var == 'indicator_over':
        cfg['missed'] = pick([1, 2])
        cfg['exec'] = 'normal'
        cfg['protect_cnt'] = True
    if var == 'table':   # grade.band
        cfg.update(missed=3, miss_mode='harsh', exec='normal', exec_range=(760, 900))
    if var == 'budget_amount':
        cfg.update(a0sent=True, denom=False)
    if var == 'region':
        cfg.update(region=True, region2=True)
    if var == 'indicator_count':
        cfg['count'] = True
    if var in ('prose_completion',):
        cfg['compl'] = True
    if cfg.get('denom'):
        kinds = ['cur']
        if cfg['carry']:
            kinds.append('carry')
        kinds.append('a0')
        cfg['denom_kind'] = pick(kinds)
        if cfg['denom_kind'] == 'a0' and not (cfg['carry'] or cfg['a0_first'] or cfg['other']):
            cfg['carry'] = True
    if layout == 'lines':
        cfg['n'] = pick([3, 4])
        cfg['nrest'] = min(cfg['nrest'], 2)
    else:
        cfg['n'] = pick([5, 6, 6, 7])
    if cfg['missed'] and cfg['n'] <= 3 and fam == 'grade.band':
        cfg['n'] = 4
    return cfg, traps


def ctx_base(doc):
    pl, proj, Y = doc['pl'], doc['proj'], doc['Y']
    up, _ = issuer(pl)
    if pl['level'] == 'county':
        unitfull = pl['county']
    elif pl['level'] == 'city':
        unitfull = pl['city']
    else:
        unitfull = pl['prov']
    region = pl['region']
    if proj['sector'] == '乡镇':
        region = ('个村（社区）', '全' + ('街道' if pl['towns'][0].endswith('街道') else '镇'))
    return dict(Y=Y, bureau=doc['bureau'], unitfull=unitfull, impl=doc['impl'], goal=proj['goal'],
                short=proj['short'], projname=proj['name'], up=up, f1=fileno(pl, proj, Y), f2=fileno(pl, proj, Y),
                uses=proj['uses'], region=region)


def sfmt_factory():
    if R.random() < 0.5:
        return fnum
    return lambda x: '%s' % q2(x)


def title_lines(doc, dept=False):
    Y, b, short = doc['Y'], doc['bureau'], doc['proj']['short'] if not dept else ''
    if dept:
        return pick([[f"{b}{Y}年度部门整体支出绩效自评报告"],
                     [b, f"{Y}年度部门整体支出绩效自评报告"],
                     [f"{Y}年度{b}部门整体支出绩效自评报告"],
                     [f"关于{b}{Y}年度部门整体支出绩效自评情况的报告"],
                     [f"{b}部门整体支出绩效自评报告（{Y}年度）"]])
    return pick([[f"{b}{Y}年度{short}项目支出绩效自评报告"],
                 [b, f"{Y}年度项目支出绩效自评报告（{doc['proj']['name']}）"],
                 [f"关于{Y}年度{doc['proj']['name']}绩效自评情况的报告"],
                 [f"{Y}年{short}项目绩效自评报告", f"（{b}）"],
                 [f"{b}关于{Y}年{short}资金的绩效自评报告"]])


def pub_line(doc):
    Y = doc['Y']
    return pick([f"发布时间：{Y + 1}-0{R.randint(2, 6)}-{R.randint(10, 28)}  来源：{doc['bureau']}",
                 f"信息来源：{doc['bureau']}　发布日期：{Y + 1}年{R.randint(2, 6)}月{R.randint(3, 28)}日",
                 f"【字体：大 中 小】 {Y + 1}-0{R.randint(3, 8)}-{R.randint(10, 28)}",
                 None, None])


def detail_traps(traps):
    return 'traps: ' + '; '.join(TRAP_TEXT[t] for t in traps)


# ---------------------------------------------------------------- table doc
def build_table_doc(sp):
    proj, Y, layout = sp['proj'], sp['year'], sp['layout']
    fam, var = sp['fam'], sp['var']
    pl = make_place(sp['level'])
    doc = dict(id=sp['id'], proj=proj, Y=Y, pl=pl, layout=layout, fam=fam, var=var)
    doc['bureau'] = bureau_name(proj, pl)
    doc['impl'] = doc['bureau'] if R.random() < 0.6 else doc['bureau'] + pick(
        [{'county': '及各乡镇', 'city': '及各县（市、区）', 'province': '及各市州'}[pl['level']], '及下属单位', '及项目实施单位'])
    doc['projfull'] = f"{Y}年{proj['name']}"
    cfg, traps_wanted = choose_cfg_table(sp, layout)
    doc['cfg'] = cfg
    b = build_budget(proj, pl, cfg)
    doc['bud'] = b
    inds = build_indicators(proj, cfg['n'], cfg, Y, pl['level'])
    if cfg.get('miss_mode') == 'harsh':
        for x in inds:
            if not x['met']:
                x['s'] = q2(x['s'] * frac(450, 800))
    sfmt = sfmt_factory()
    doc['sfmt'] = sfmt
    pstyle = pick(['int100', 'dec'])
    # ---- display model (true values first)
    disp = dict(A0=fa(b['A0']), A=fa(b['A']), E=fa(b['E']), r=pct_str(b['r'], pstyle), s=sfmt(b['s']))
    disp['sub'] = [[fa(x0), fa(x), fa(e)] for _, x0, x, e in b['sub']]
    disp['subrates'] = [pct_str(r, pstyle) if r is not None else None for r in b['subrates']]
    s_budget = b['s']
    detail = ''
    # ---- slips that change scores (must happen before totals)
    if var == 'indicator_over':
        c = [x for x in inds if x['met'] and x['kind'] == 'cnt' and x['w'] >= 3]
        if not c:
            raise Retry('io')
        x = min(c, key=lambda y: y['w'])
        x['aval'] = (x['tval'] * frac(1030, 1150)).to_integral_value()
        x['av'] = fmt_val('cnt', x['unit'], x['aval'])
        x['tv'] = '≥' + fmt_val('cnt', x['unit'], x['tval']) if not x['tv'].startswith('≥') else x['tv']
        x['reason'] = ''
        sw = q2(x['w'] * x['aval'] / x['tval'])
        if sw <= x['w'] or ambiguous(x['w'] * x['aval'] / x['tval']):
            raise Retry('io2')
        detail = (f"indicator '{x['name']}' 得分 {sfmt(sw)} exceeds its 分值 {fnum(x['w'])} "
                  f"(clerk scored actual/target×分值 = {x['av']}/{x['tv']}); should be {fnum(x['w'])}")
        if not NOSLIP:
            x['s'] = sw
    if var == 'budget_over':
        s_budget = q2(b['r'] * b['w'] / 100)
        if s_budget <= 10:
            raise Retry('bo')
        detail = f"budget row 得分 {sfmt(s_budget)} exceeds 分值 10 (执行率 {disp['r']} not capped); should be 10"
        if NOSLIP:
            s_budget = b['s']
        disp['s'] = sfmt(s_budget)
    if var == 'met_below':
        c = [x for x in inds if x['met'] and x['kind'] not in ('qual',) and x['w'] >= 3 and not x['reason']]
        if not c:
            raise Retry('mb')
        x = pick(c)
        sb_ = x['w'] - pick([D(1), D(2), D('0.5')])
        if not NOSLIP:
            x['s'] = sb_
        detail = (f"indicator '{x['name']}' met its target ({x['av']} vs {x['tv']}) but 得分 {sfmt(sb_)} "
                  f"< 分值 {fnum(x['w'])} with no 偏差原因; should be {fnum(x['w'])}")
    if var == 'budget_score':
        try:
            sbad = D(transpose(fa(b['s'])))
        except Retry:
            sbad = b['s'] - D(1)
        if sbad > 10 or sbad == b['s'] or abs(sbad - b['s']) < D('0.05'):
            sbad = b['s'] - D(1)
        if not NOSLIP:
            s_budget = sbad
        disp['s'] = sfmt(s_budget)
        detail = (f"budget row 得分 {sfmt(sbad)} is not 执行率 {disp['r']} × 10 = {sfmt(b['s'])}")
    for x in inds:
        x['sd'] = sfmt(x['s'])
    S_true = s_budget + sum(x['s'] for x in inds)
    if S_true > 100:
        raise Retry('S>100')
    if var == 'table':
        if not (80 <= S_true < 90):
            raise Retry('band')
    elif S_true < 80 and fam != 'clean':
        pass
    if S_true < 80 and fam == 'clean' and R.random() < 0.8:
        raise Retry('low')
    if var in ('table_total', 'prose_total') and S_true == S_true.to_integral_value():
        raise Retry('integral S')
    S_table = S_true
    S_prose = S_true
    G = grade(S_true)
    if var == 'table_total':
        delta = pick([D(1), D(-1), D(2), D('0.5')])
        S_bad = S_true + delta
        if S_bad > 100 or grade(S_bad) != grade(S_true):
            S_bad = S_true - abs(delta)
        if grade(S_bad) != grade(S_true):
            raise Retry('tt')
        if not NOSLIP:
            S_table = S_prose = S_bad
        detail = (f"总分 得分 {sfmt(S_bad)} ≠ sum of 得分 (budget {sfmt(s_budget)} + indicators) = {sfmt(S_true)}; "
                  f"prose repeats {sfmt(S_bad)}")
    if var == 'prose_total':
        try:
            S_bad = D(transpose(fa(S_true)))
        except Retry:
            S_bad = S_true - 1
        if S_bad > 100 or grade(S_bad) != grade(S_true) or abs(S_bad - S_true) < D('0.05'):
            S_bad = S_true - D(1) if S_true >= 91 else S_true + D('0.5')
        if grade(S_bad) != grade(S_true):
            raise Retry('pt')
        if not NOSLIP:
            S_prose = S_bad
        detail = f"prose 自评得分 {sfmt(S_bad)} ≠ table 总分 {sfmt(S_true)} (= sum of 得分)"
    G_disp = G
    if var == 'table':
        G_disp = G if NOSLIP else '优'
        detail = f"自评得分 {sfmt(S_true)} labelled 等级 优; band 80–90 gives 良"
    disp['S_table'] = sfmt(S_table)
    # sub-row slip
    if var == 'table_subrow':
        cands = [(i, col) for i in range(3) for col in (0, 2)
                 if (b['sub'][i][1] if col == 0 else b['sub'][i][3]) >= 1]
        i, col = pick(cands)
        orig = disp['sub'][i][col]
        bad = transpose(orig)
        if not NOSLIP:
            disp['sub'][i][col] = bad
        cname = ['年初预算数', '全年预算数', '全年执行数'][col]
        tot = [disp['A0'], disp['A'], disp['E']][col]
        detail = (f"{['其中：当年财政拨款', '上年结转资金', '其他资金'][i]} {cname} shows {bad}, so 其中 rows do not add "
                  f"to 年度资金总额 {tot}; should be {orig}")
    if var == 'table_denA0':
        if not NOSLIP:
            disp['r'] = pct_str(b['r0'], pstyle)
        if b['r0'] <= 100 or b['A0'] == b['A']:
            raise Retry('denA0')
        detail = (f"执行率 {disp['r']} = 全年执行数/年初预算数 ({disp['E']}/{disp['A0']}); should be "
                  f"全年执行数/全年预算数 = {pct_str(b['r'], pstyle)} (得分 10 either way)")
    disp['inds'] = [dict(l1=x['l1'], l2=x['l2'], name=x['name'], tv=x['tv'], av=x['av'], w=x['w'], s=x['sd'],
                         reason=x['reason']) for x in inds]
    # ---- prose
    c = ctx_base(doc)
    c.update(T=fa(b['T']), C=fa(b['C']), O=fa(b['O']) if b['O'] else None, A=fa(b['A']), A0=fa(b['A0']),
             E=disp['E'], r=disp['r'], ec=fa(b['ec']), ek=fa(b['ek']),
             rc=pct_str(b['subrates'][0], pstyle), rk=pct_str(b['subrates'][1], pstyle) if b['C'] else None,
             r0=pct_str(b['r0'], pstyle))
    present = set()
    optional = {}   # key -> sentence (may be dropped to fit)
    sec1, sec2, sec3, sec4 = [], [], [], []
    sec1.append(('opt_intro', s_intro(c)))
    bt = [fa(x) for x in b['batches']]
    nb = len(bt)
    if var == 'prose_batch':
        raise Retry('n/a')
    issue = s_issue(c, nb, bt)
    lvl_merge = False
    if cfg['levels']:
        if cfg.get('wanyuan'):
            sec1.append(('req', issue))
            sec1.append(('req', s_levels(c, b['levels'], True, c['T'])))
            present.add('wanyuan')
        elif cfg.get('nonexh') and R.random() < 0.4:
            sec1.append(('req', issue))
            sec1.append(('req', s_levels_partial(c, b['levels'], c['T'])))
            present.add('nonexh')
        else:
            sec1.append(('req', issue))
            sec1.append(('opt_lv', s_levels(c, b['levels'], False, c['T'])))
    else:
        sec1.append(('req', issue))
    N_region = R.randint(8, 22) if pl['level'] == 'county' else R.randint(5, 14)
    if proj['sector'] == '乡镇':
        N_region = R.randint(8, 25)
    N_region2 = N_region
    if var == 'region':
        N_region2 = N_region + pick([2, -2, 3, 1, -1])
        nr2 = N_region2
        N_region2 = N_region if NOSLIP else nr2
        detail = (f"fact conflict: first stated {N_region}{c['region'][0]}, later {nr2}{c['region'][0]}; "
                  f"should be {N_region} both times")
    if cfg['region']:
        sec1.append(('req' if var == 'region' else 'opt_region', s_region(c, N_region)))
    if b['C'] > 0:
        sec1.append(('opt_carry', s_carry(c)))
    if cfg['a0sent']:
        a0s = c['A0']
        if var == 'budget_amount':
            a0bad = transpose(c['A0'])
            a0s = c['A0'] if NOSLIP else a0bad
            detail = f"prose 年初预算 {a0bad}万元 ≠ table 年度资金总额 年初预算数 {c['A0']}"
        sec1.append(('req' if var == 'budget_amount' else 'opt_a0', s_a0(c, a0s)))
    # sec2
    with_rate = cfg.get('spend_rate', True)
    sec2.append(('req', s_spend(c, with_rate, over_note=(b['r'] > 100))))
    if cfg.get('denom'):
        k = cfg['denom_kind']
        if k == 'a0' and b['A0'] == b['A']:
            k = 'cur'
        if k == 'carry' and not (b['C'] > 0 and b['ek'] > 0):
            k = 'cur'
        sec2.append(('req', s_denom(c, k)))
        present.add('denom')
    if cfg['uses']:
        uses = proj['uses'][:]
        R.shuffle(uses)
        if cfg.get('nonexh') and 'nonexh' not in present:
            k = min(len(uses), pick([1, 2]))
            am = [q2(b['E'] * frac(150, 450))]
            if k == 2:
                am.append(q2(b['E'] * frac(100, 300)))
            sec2.append(('req', s_uses(c, uses[:k], am, c['E'], False)))
            present.add('nonexh')
        else:
            k = min(len(uses), pick([2, 3]))
            am = []
            rem = b['E']
            for j in range(k - 1):
                v = q2(b['E'] * frac(200, 450))
                am.append(v)
                rem -= v
            am.append(rem)
            if rem > 0:
                sec2.append(('opt_uses', s_uses(c, uses[:k], am, c['E'], True)))
    if cfg['balance'] and b['B'] > 0:
        Bs = fa(b['B'])
        if var == 'table_forgot_carry':
            bad = b['B'] - b['C']
            if bad <= D('0.5'):
                raise Retry('fc')
            Bs = fa(b['B']) if NOSLIP else fa(bad)
            detail = (f"结余 {fa(bad)}万元 = 当年下达 − 全年执行 (forgot 上年结转 {c['C']}); should be 全年预算 {c['A']} − "
                      f"执行 {c['E']} = {fa(b['B'])}")
        sec2.append(('req' if var == 'table_forgot_carry' else 'opt_bal', s_balance(c, Bs)))
    elif var == 'table_forgot_carry':
        raise Retry('fc2')
    # sec3
    n_tab = len(inds)
    if cfg['count']:
        N = n_tab
        by = []
        for x in inds:
            if not by or by[-1][0] != x['l1']:
                by.append([x['l1'], 0])
            by[-1][1] += 1
        nmet = sum(1 for x in inds if x['met'])
        if var == 'indicator_count':
            N = n_tab + pick([1, -1, 2])
            detail = f"text says {N} 三级指标, table lists {n_tab}"
            if NOSLIP:
                N = n_tab
            sec3.append(('req', s_count(c, N, by, nmet, parts_ok=False)))
        else:
            sec3.append(('opt_count', s_count(c, N, by, nmet)))
    rest_cands = [x for x in inds if x['kind'] != 'qual']
    R.shuffle(rest_cands)
    if var == 'prose_completion':
        rest_cands.sort(key=lambda x: 0 if (x['kind'] in ('cnt', 'dec') and x['sign'] == '≥') else 1)
    if var == 'indicator_actual':
        rest_cands.sort(key=lambda x: 0 if x['kind'] in ('cnt', 'dec', 'pct', 'sat') else 1)
    nrest = cfg['nrest']
    done_special = False
    for x in rest_cands[:nrest]:
        avs = None
        with_p = False
        ps = None
        key = 'opt_ind'
        if not done_special and var == 'indicator_actual':
            num = x['av']
            try:
                avs = transpose(num)
            except Retry:
                continue
            if avs == num:
                continue
            detail = f"prose gives {x['name']} actual {avs}; table 实际完成值 {num}"
            if NOSLIP:
                avs = None
            done_special = True
            key = 'req'
        elif x['kind'] in ('cnt', 'dec') and (cfg['compl'] or var == 'prose_completion') and x['sign'] == '≥':
            p = completion(x)
            ps = '%s%%' % p
            with_p = True
            if var == 'prose_completion' and not done_special:
                ps2 = transpose('%s' % p)
                if abs(D(ps2) - p) < D('0.05'):
                    raise Retry('pc')
                ps = ('%s%%' % p) if NOSLIP else ps2 + '%'
                detail = f"完成率 {ps2}% for {x['name']} ≠ actual/target = {x['av']}/{x['tv']} = {p}%"
                done_special = True
                key = 'req'
        sec3.append((key, s_indicator(c, x, with_p, avs, ps)))
    if var in ('indicator_actual', 'prose_completion') and not done_special:
        raise Retry('special')
    if cfg['region'] and cfg['region2']:
        sec3.append(('req' if var == 'region' else 'opt_region2', s_region(c, N_region2, second=True)))
    # sec4
    dims = []
    for x in inds:
        if not dims or dims[-1][0] != x['l1']:
            dims.append([x['l1'], D(0)])
        dims[-1][1] += x['s']
    if cfg['dims']:
        sec4.append(('opt_dims', s_dims(c, sfmt(s_budget), [(k, sfmt(v)) for k, v in dims], sfmt(S_table))))
    if cfg['bscore']:
        sec4.append(('opt_bscore', s_bscore(c, disp['r'], disp['s'], over=(b['r'] > 100 and var != 'budget_over'))))
    sec4.append(('req', s_conclusion(c, sfmt(S_prose), G_disp, band=cfg['band'])))
    if cfg['problem']:
        sec4.append(('opt_problem', s_problem()))
    # ---- table
    st = dict(empty=pick(['', '—', '/']), zero=pick(['0.00', '0', '—']), meta=R.random() < 0.6,
              goal=R.random() < 0.3, merge=R.random() < 0.5, sub_rates=cfg['sub_rates'],
              noreason=pick(['', '', '无', '/']) if layout != 'lines' else pick(['', '', '无']),
              pad=R.random() < 0.6, gap=pick([2, 3, 4]), border=R.random() < 0.3, show_zero=False)
    if layout == 'spaces' and st['noreason'] == '':
        st['noreason'] = ''
    rows = table_rows(doc | {'disp': disp}, layout, st)
    tlines = render(rows, layout, st)
    ttitle = pick(['附件：项目支出绩效自评表', f'{Y}年度项目支出绩效自评表', '项目支出绩效自评表',
                   f'附表：{proj["short"]}绩效自评表（{Y}年度）', f'（{Y}年度）项目支出绩效自评表'])
    unitline = pick([None, '单位：万元', None])
    # ---- assemble with line budget
    heads = list(pick(HEAD_SETS))
    use_heads = layout != 'lines' or R.random() < 0.3
    title = title_lines(doc)
    pub = pub_line(doc)
    drop_order = ['opt_intro', 'opt_problem', 'opt_uses', 'opt_lv', 'opt_dims', 'opt_count', 'opt_ind',
                  'opt_a0', 'opt_bscore', 'opt_bal', 'opt_carry', 'opt_region2', 'opt_region']
    secs = [sec1, sec2, sec3, sec4]
    for _ in range(len(drop_order) + 2):
        lines = list(title)
        if pub:
            lines.append(pub)
        for i, sec in enumerate(secs):
            if use_heads:
                lines.append(heads[i])
            sents = [s for _, s in sec]
            if not sents:
                pass
            elif layout == 'lines' or len(sents) <= 2:
                lines.append(''.join(sents))
            else:
                cut = R.randint(1, len(sents) - 1)
                lines.append(''.join(sents[:cut]))
                lines.append(''.join(sents[cut:]))
            if i == 2:
                lines.append(ttitle)
                if unitline and layout != 'lines':
                    lines.append(unitline)
                lines.extend(tlines)
        if len(lines) <= 60:
            break
        dropped = False
        for key in drop_order:
            for sec in secs:
                for k, (kk, s) in enumerate(sec):
                    if kk == key:
                        del sec[k]
                        dropped = True
                        break
                if dropped:
                    break
            if dropped:
                break
        if not dropped:
            raise Retry('too long')
    if len(lines) > 60 or len(lines) < 15:
        raise Retry('len %d' % len(lines))
    # ---- traps present
    if fam == 'clean':
        pres = set()
        if any(not x['met'] for x in inds):
            pres.add('missed')
        if b['r'] > 100:
            pres.add('cap100')
        if b['r'] < 100 and (b['r'] * b['w'] / 100) != b['s']:
            pres.add('round')
        if sum(1 for _, _, x, _ in b['sub'] if x > 0) >= 2:
            pres.add('sources')
        if any(x.get('ge95') for x in inds):
            pres.add('ge95')
        if any(x['kind'] == 'qual' for x in inds):
            pres.add('qual')
        if b['C'] > 0:
            pres.add('carry')
        if any(x['kind'] == 'le' and x['aval'] < x['tval'] for x in inds):
            pres.add('le')
        if any(x['met'] and x['reason'] for x in inds):
            pres.add('over_note')
        if cfg['sub_rates'] and sum(1 for r in b['subrates'] if r is not None) >= 1:
            pres.add('sub_rates')
        if b['a0_cur'] != b['T']:
            pres.add('a0first')
        allsents = ''.join(s for sec in secs for _, s in sec)
        for t in ('denom', 'wanyuan', 'nonexh'):
            if t in present:
                # still present after dropping?
                pres.add(t)
        pres.add('total90')
        real = [t for t in pres if t != 'total90']
        if len(real) < 3:
            raise Retry('traps')
        order = ['total90'] + TRAPS_TABLE + ['a0first']
        detail = detail_traps([t for t in order if t in pres])
        _ = allsents
    doc['text'] = '\n'.join(lines) + '\n'
    doc['detail'] = detail
    doc['nlines'] = len(lines)
    return doc


# ---------------------------------------------------------------- prose-only project doc
TRAPS_NT = ['missed', 'cap100', 'round', 'denom', 'wanyuan', 'nonexh', 'carry', 'qual', 'ge95', 'le']
CNG = '一二三四五六七八'


def nt_group_head(k, l1, w, s):
    cn = CNG[k]
    return pick([
        f"（{cn}）{l1}（分值{w}分，得分{s}分）",
        f"（{cn}）{l1}：分值{w}分，得分{s}分。",
        f"（{cn}）{l1}，满分{w}分，自评得分{s}分。",
        f"（{cn}）{l1}（满分{w}分）：得{s}分。",
        f"（{cn}）{l1}完成情况（分值{w}分，实得{s}分）",
    ])


def nt_ind_line(i, x, sd, numstyle='%d、'):
    name, tv, av, w = x['name'], x['tv'], x['av'], fnum(x['w'])
    i = numstyle % i
    tvw = tv.replace('≥', pick(['不低于', '≥'])) if tv.startswith('≥') else tv
    v = [
        f"{i}{name}：年度目标{tvw}，实际完成{av}，分值{w}分，得{sd}分。",
        f"{i}{name}指标（{w}分）：目标{tvw}，实际{av}，得{sd}分。",
        f"{i}{name}目标值{tvw}，实际完成{av}，得{sd}分（分值{w}分）。",
        f"{i}{name}年度指标值{tvw}、实际完成值{av}，该项{w}分，自评{sd}分。",
    ]
    if x['met'] and x['kind'] != 'qual':
        v.append(f"{i}{name}实际完成{av}，达到{tvw}的目标，得满分{w}分。")
    line = pick(v)
    if x['reason']:
        line = line[:-1] + pick(['，偏差原因：', '，主要原因是', '；未达标原因：']) + x['reason'] + '。'
    return line


def s_benef(c, noun, unit, n, second=False):
    if not second:
        return pick([f"项目惠及{noun}{n}{unit}。", f"全年共惠及{noun}{n}{unit}。",
                     f"资金直接惠及{noun}{n}{unit}。", f"项目实施惠及{n}{unit}{noun}。",
                     f"本年度惠及{noun}{n}{unit}，政策覆盖面进一步扩大。"])
    return pick([f"资金兑付到位后，共惠及{noun}{n}{unit}。", f"经统计，项目累计惠及{n}{unit}。",
                 f"全年补助资金惠及{noun}{n}{unit}，群众获得感明显增强。",
                 f"通过项目实施，惠及{noun}{n}{unit}。", f"年末核实，实际惠及{n}{unit}{noun}。"])


def s_townlist(c, n, names):
    return pick([
        f"项目涉及{n}个乡镇，分别为{names}。",
        f"实施范围包括{names}，共{n}个乡镇。",
        f"项目覆盖{n}个乡镇（{names}）。",
        f"在{n}个乡镇开展，即{names}。",
        f"补助对象分布于{names}，共{n}个乡镇。",
    ])


def build_nt_proj(sp):
    proj, Y = sp['proj'], sp['year']
    fam, var = sp['fam'], sp['var']
    pl = make_place(sp['level'])
    doc = dict(id=sp['id'], proj=proj, Y=Y, pl=pl, layout='none', fam=fam, var=var)
    doc['bureau'] = bureau_name(proj, pl)
    doc['impl'] = doc['bureau']
    cfg = dict(nbatch=pick([1, 2, 2, 3]), carry=R.random() < 0.35, exec=pick(['normal', 'normal', 'full']),
               missed=pick([0, 1]), qual=R.random() < 0.5, ge95=R.random() < 0.3, le=R.random() < 0.3,
               denom=R.random() < 0.2, wanyuan=R.random() < 0.15, nonexh=R.random() < 0.3,
               levels=R.random() < 0.5, uses=R.random() < 0.5, balance=True, problem=R.random() < 0.7)
    traps = []
    if fam == 'clean':
        traps = R.sample(TRAPS_NT, pick([3, 4, 4, 5]))
        if 'cap100' in traps and 'round' in traps:
            traps.remove('round')
        if 'missed' in traps:
            cfg['missed'] = 1
        if 'cap100' in traps:
            cfg['exec'] = 'over'
        if 'round' in traps:
            cfg.update(exec='normal', round=True)
        for t in ('denom', 'wanyuan', 'nonexh', 'carry', 'qual', 'ge95', 'le'):
            if t in traps:
                cfg[t] = True
        if cfg['wanyuan']:
            cfg['levels'] = True
    if var == 'prose_batch':
        cfg['nbatch'] = pick([2, 3])
    if var == 'nt_town_list':
        if pl['level'] != 'county':
            raise Retry('tl')
    if cfg['exec'] == 'over':
        cfg['balance'] = False
    if cfg.get('denom'):
        ks = ['cur', 'a0'] + (['carry'] if cfg['carry'] else [])
        cfg['denom_kind'] = pick(ks)
        if cfg['denom_kind'] == 'a0':
            cfg['carry'] = True
    cfg['n'] = pick([4, 5, 6])
    b = build_budget(proj, pl, cfg)
    inds = build_indicators(proj, cfg['n'], cfg, Y, pl['level'])
    sfmt = sfmt_factory()
    doc['sfmt'] = sfmt
    pstyle = pick(['int100', 'dec'])
    c = ctx_base(doc)
    c.update(T=fa(b['T']), C=fa(b['C']), O=None, A=fa(b['A']), A0=fa(b['A0']), E=fa(b['E']),
             r=pct_str(b['r'], pstyle), ec=fa(b['ec']), ek=fa(b['ek']),
             rc=pct_str(b['subrates'][0], pstyle), rk=pct_str(b['subrates'][1], pstyle) if b['C'] else None,
             r0=pct_str(b['r0'], pstyle))
    detail = ''
    present = set()
    lines = title_lines(doc)
    pub = pub_line(doc)
    if pub:
        lines.append(pub)
    hs = pick([HEAD_SETS[i] for i in (0, 1, 3, 4)])
    lines.append(hs[0])
    p1 = [s_intro(c)]
    bt = [fa(x) for x in b['batches']]
    if var == 'prose_batch':
        k = R.randrange(len(bt))
        orig = bt[k]
        bad = transpose(orig)
        bt[k] = bad
        detail = (f"batch {k + 1} shown as {bt[k]}万元; batches sum to {fa(sum(D(x) for x in bt))} ≠ total {c['T']}万元; "
                  f"should be {orig}")
        if NOSLIP:
            bt[k] = orig
    issue = s_issue(c, len(bt), bt)
    p1.append(issue)
    if cfg['levels']:
        if cfg['wanyuan']:
            p1.append(s_levels(c, b['levels'], True, c['T']))
            present.add('wanyuan')
        elif cfg['nonexh'] and R.random() < 0.5:
            p1.append(s_levels_partial(c, b['levels'], c['T']))
            present.add('nonexh')
        else:
            p1.append(s_levels(c, b['levels'], False, c['T']))
    lines.append(''.join(p1))
    p1b = []
    noun = proj['benef'][1]
    unit = proj['benef'][0] if proj['benef'][0] != '家' else '家'
    nb = R.randint(300, 30000) if unit != '家' else R.randint(20, 300)
    if var == 'nt_benef' or R.random() < 0.4:
        p1b.append(s_benef(c, noun, unit, nb))
    if var == 'nt_town_list' or (pl['level'] == 'county' and proj['sector'] != '乡镇' and R.random() < 0.4):
        n = R.randint(5, 9)
        names = '、'.join(pl['towns'][1:1 + n])
        nstate = n
        if var == 'nt_town_list':
            if not NOSLIP:
                names = '、'.join(pl['towns'][1:n])
            detail = f"text says {n}个乡镇 but lists {n - 1} names"
        p1b.append(s_townlist(c, nstate, names))
    if b['C'] > 0:
        p1b.append(s_carry(c))
        present.add('carry')
    if p1b:
        lines.append(''.join(p1b))
    lines.append(hs[1])
    p2 = [s_spend(c, True, over_note=b['r'] > 100)]
    if cfg.get('denom'):
        k = cfg['denom_kind']
        if k == 'a0' and b['A0'] == b['A']:
            k = 'cur'
        if k == 'carry' and not (b['C'] > 0 and b['ek'] > 0):
            k = 'cur'
        p2.append(s_denom(c, k))
        present.add('denom')
    if cfg['uses'] or (cfg['nonexh'] and 'nonexh' not in present):
        uses = proj['uses'][:]
        R.shuffle(uses)
        if cfg['nonexh'] and 'nonexh' not in present:
            k = min(len(uses), pick([1, 2]))
            am = [q2(b['E'] * frac(150, 400))] + ([q2(b['E'] * frac(100, 300))] if k == 2 else [])
            p2.append(s_uses(c, uses[:k], am, c['E'], False))
            present.add('nonexh')
        else:
            k = min(len(uses), pick([2, 3]))
            am = [q2(b['E'] * frac(200, 450)) for _ in range(k - 1)]
            am.append(b['E'] - sum(am))
            if am[-1] > 0:
                p2.append(s_uses(c, uses[:k], am, c['E'], True))
    if cfg['balance'] and b['B'] > 0:
        p2.append(s_balance(c, fa(b['B'])))
    lines.append(''.join(p2))
    lines.append(pick(['三、绩效指标完成及评分情况', '三、绩效目标完成情况及自评得分', '三、绩效自评情况',
                       '三、各项指标完成情况', '三、绩效指标分析']))
    rs = pct_str(b['r'], pstyle)
    sb = b['s']
    lines.append(pick([f"（一）预算执行情况（10分）：预算执行率{rs}，得{sfmt(sb)}分。",
                       f"（一）预算执行（分值10分）：执行率{rs}，" + (
                           "超过100%按满分计，" if b['r'] > 100 else "按比例计，") + f"得{sfmt(sb)}分。",
                       f"（一）资金执行率（10分）：全年执行率{rs}，该项得{sfmt(sb)}分。"]))
    groups = []
    for x in inds:
        if not groups or groups[-1][0] != x['l1']:
            groups.append([x['l1'], []])
        groups[-1][1].append(x)
    S = sb
    numstyle = pick(['%d、', '（%d）', '%d、'])
    for k, (l1, xs) in enumerate(groups):
        wsum = sum(x['w'] for x in xs)
        ssum = sum(x['s'] for x in xs)
        S += ssum
        lines.append(nt_group_head(k + 1, l1, fnum(wsum), sfmt(ssum)))
        for i, x in enumerate(xs):
            lines.append(nt_ind_line(i + 1, x, sfmt(x['s']), numstyle))
    if S < 80 and fam == 'clean':
        raise Retry('low')
    lines.append(hs[3])
    concl = [s_conclusion(c, sfmt(S), grade(S), band=R.random() < 0.3)]
    if var == 'nt_benef':
        nb2 = nb + pick([100, -100, 10, 1000]) if nb > 1200 else nb + pick([12, 20, -10])
        concl.insert(0, s_benef(c, noun, unit, nb if NOSLIP else nb2, second=True))
        detail = f"fact conflict: 惠及 first {nb}{unit}, later {nb2}{unit}; should be {nb} both times"
    elif 'nt_benef' != var and any('惠及' in l for l in lines) and R.random() < 0.5:
        concl.insert(0, s_benef(c, noun, unit, nb, second=True))
    lines.append(''.join(concl))
    if cfg['problem']:
        lines.append(pick(['五、存在问题及改进措施', '五、存在的问题和建议', '五、问题及改进']))
        lines.append(s_problem())
    if fam == 'clean':
        pres = set(present)
        if any(not x['met'] for x in inds):
            pres.add('missed')
        if b['r'] > 100:
            pres.add('cap100')
        if b['r'] < 100 and (b['r'] * b['w'] / 100) != b['s']:
            pres.add('round')
        if any(x['kind'] == 'qual' for x in inds):
            pres.add('qual')
        if any(x.get('ge95') for x in inds):
            pres.add('ge95')
        if any(x['kind'] == 'le' and x['aval'] < x['tval'] for x in inds):
            pres.add('le')
        if len(pres) < 3:
            raise Retry('traps')
        detail = detail_traps([t for t in TRAPS_NT if t in pres])
    if not (15 <= len(lines) <= 60):
        raise Retry('len')
    doc['text'] = '\n'.join(lines) + '\n'
    doc['detail'] = detail
    doc['nlines'] = len(lines)
    return doc


# ---------------------------------------------------------------- prose-only department doc
DEPT_INFO = {
    '医保': ('医疗保障', ['办公室', '待遇保障股', '医药服务管理股', '基金监管股', '医药价格和招标采购股', '规划财务股']),
    '卫健': ('卫生健康', ['办公室', '医政医管股', '基层卫生股', '疾病预防控制股', '妇幼健康股', '规划财务股']),
    '教育': ('教育', ['办公室', '基础教育股', '计划财务股', '人事股', '学生资助管理中心', '督导室']),
    '农业农村': ('农业农村', ['办公室', '农村经营管理股', '种植业股', '农业机械化股', '计划财务股', '乡村产业股']),
    '科技': ('科学技术', ['办公室', '科技计划股', '成果转化股', '科技服务股', '政策法规股']),
    '民政': ('民政', ['办公室', '社会救助股', '养老服务股', '社会事务股', '基层政权建设股', '规划财务股']),
    '交通': ('交通运输', ['办公室', '综合规划股', '建设管理股', '公路养护股', '运输管理股', '安全监督股']),
    '水利': ('水利', ['办公室', '水资源股', '工程建设股', '河湖管理股', '水旱灾害防御股', '农村水利股']),
    '乡镇': ('基层治理', ['党政综合办公室', '经济发展办公室', '社会事务办公室', '综合行政执法队', '财政所']),
}
DEPT_SECS = [
    ('投入指标', [('预算编制科学性', 5), ('绩效目标合理性', 5), ('绩效指标明确性', 5), ('在职人员控制率', 5)]),
    ('过程指标', [('预算执行率', 10), ('结转结余率', 5), ('资金使用合规性', 5), ('政府采购执行率', 5),
              ('资产管理规范性', 5)]),
    ('产出指标', [('重点工作任务完成率', 10), ('工作完成及时性', 10), ('工作质量达标率', 10)]),
    ('效益指标', [('社会效益', 10), ('服务对象满意度', 10)]),
]
DEPT_DESC = {
    '预算编制科学性': '预算编制符合部门职责和年度工作计划', '绩效目标合理性': '绩效目标与部门职责相符、依据充分',
    '绩效指标明确性': '绩效指标细化量化、可衡量', '在职人员控制率': '在职人员控制在核定编制内',
    '资金使用合规性': '资金使用符合财经制度规定', '政府采购执行率': '按政府采购预算执行采购',
    '资产管理规范性': '资产配置、处置规范，账实相符', '重点工作任务完成率': '年度重点工作任务全部完成',
    '工作完成及时性': '各项工作按时间节点推进', '工作质量达标率': '工作质量符合上级考核要求',
    '社会效益': '部门履职效果明显，社会反响良好', '服务对象满意度': '服务对象满意度调查结果较好',
}
DEPT_DESC_DED = {
    '预算编制科学性': '预算编制基本符合要求', '绩效目标合理性': '绩效目标基本合理', '绩效指标明确性': '部分绩效指标量化不足',
    '在职人员控制率': '在职人员基本控制在编制内', '资金使用合规性': '资金使用基本规范', '政府采购执行率': '政府采购基本按预算执行',
    '资产管理规范性': '资产管理基本规范', '重点工作任务完成率': '年度重点工作任务基本完成',
    '工作完成及时性': '个别工作推进滞后', '工作质量达标率': '工作质量基本达到考核要求',
    '社会效益': '部门履职效果较好', '服务对象满意度': '服务对象满意度略低于目标',
}
DEPT_DED_REASON = {
    '预算编制科学性': '部分项目预算测算依据不够充分', '绩效目标合理性': '个别项目绩效目标与实际工作衔接不够',
    '绩效指标明确性': '部分指标未细化量化', '在职人员控制率': '年中借调人员未及时办理手续',
    '资金使用合规性': '个别报销凭证附件不齐全', '政府采购执行率': '个别采购项目未按计划实施',
    '资产管理规范性': '资产卡片信息更新不及时', '重点工作任务完成率': '个别重点任务延至次年完成',
    '工作完成及时性': '部分工作未在规定时限内完成', '工作质量达标率': '个别工作质量考核未达标',
    '社会效益': '部分工作社会影响尚未充分显现', '服务对象满意度': '满意度调查结果略低于目标值',
}
DEDUCT = ['个别项目绩效目标不够细化', '部分支出进度滞后于序时进度', '资产卡片信息更新不及时',
          '个别工作未在规定时限内完成', '满意度调查样本量偏小', '个别指标值设置偏低']


def build_nt_dept(sp):
    Y = sp['year']
    fam, var = sp['fam'], sp['var']
    proj = sp['proj']
    pl = make_place(sp['level'])
    doc = dict(id=sp['id'], proj=proj, Y=Y, pl=pl, layout='none', fam=fam, var=var)
    doc['bureau'] = bureau_name(proj, pl)
    doc['impl'] = doc['bureau']
    sfmt = sfmt_factory()
    pstyle = pick(['int100', 'dec'])
    scale = {'county': 1, 'city': 3, 'province': 10}[pl['level']]
    traps = []
    cfgc = dict(carry=R.random() < 0.5, over=False, round=False, denom=R.random() < 0.25, deduct=pick([0, 1, 2]))
    if fam == 'clean':
        traps = R.sample(['carry', 'cap100', 'round', 'denom', 'missed', 'sources'], pick([3, 4]))
        if 'cap100' in traps and 'round' in traps:
            traps.remove('round')
        cfgc['carry'] = 'carry' in traps or cfgc['carry']
        cfgc['over'] = 'cap100' in traps
        cfgc['round'] = 'round' in traps
        cfgc['denom'] = 'denom' in traps or cfgc['denom']
        if 'missed' in traps:
            cfgc['deduct'] = max(1, cfgc['deduct'])
    if var == 'nt_forgot_carry':
        cfgc.update(carry=True, over=False)
    if var == 'nt_dept':
        cfgc['deduct'] = 5
    for _ in range(400):
        A0 = amt(400 * scale, 3000 * scale)
        x1 = q2(A0 * frac(450, 750))
        x2 = A0 - x1
        add = q2(A0 * frac(30, 180))
        C = q2(A0 * frac(20, 90)) if cfgc['carry'] else D(0)
        A = A0 + add + C
        if cfgc['over']:
            E = q2(A * frac(1006, 1030))
        elif var == 'nt_forgot_carry':
            E = q2(A * frac(820, 920))
        else:
            E = q2(A * frac(880, 995)) if R.random() < 0.8 else A
        raw = E * 100 / A
        if ambiguous(raw):
            continue
        r = q2(raw)
        wb = D(10)
        sb = q2(min(r, HUNDRED) * wb / 100)
        if sb != q2(min(raw, HUNDRED) * wb / 100):
            continue
        if cfgc['round'] and (r >= 100 or min(r, HUNDRED) * wb / 100 == sb):
            continue
        e1 = q2(x1 * frac(930, 1000))
        e2 = E - e1
        if e2 <= 0:
            continue
        B = A - E
        rb = q2(B * 100 / A) if B > 0 else None
        if B > 0 and ambiguous(B * 100 / A):
            continue
        r0 = q2(E * 100 / A0)
        if ambiguous(E * 100 / A0):
            continue
        if var == 'nt_forgot_carry' and B - C <= D('0.5'):
            continue
        break
    else:
        raise Retry('dept budget')
    # scores
    items = []
    for sec, its in DEPT_SECS:
        for name, w in its:
            items.append(dict(sec=sec, name=name, w=D(w), s=D(w), reason=''))
    bi = [it for it in items if it['name'] == '预算执行率'][0]
    bi['s'] = sb
    cand = [it for it in items if it['name'] not in ('预算执行率', '结转结余率')]
    for it in R.sample(cand, cfgc['deduct']):
        it['s'] = it['w'] - D(pick(['0.5', '1', '1.5', '2'])) * (2 if var == 'nt_dept' else 1)
        it['reason'] = DEPT_DED_REASON[it['name']]
    S = sum(it['s'] for it in items)
    if var == 'nt_dept' and not (80 <= S < 90):
        raise Retry('band')
    if fam == 'clean' and S < 80:
        raise Retry('low')
    G = grade(S)
    Gd = '优' if (var == 'nt_dept' and not NOSLIP) else G
    detail = ''
    if var == 'nt_dept':
        detail = f"自评得分 {sfmt(S)} labelled 等级 优; band 80–90 gives 良"
    Bs = fa(B)
    if var == 'nt_forgot_carry':
        Bs = fa(B) if NOSLIP else fa(B - C)
        detail = (f"结余 {fa(B - C)}万元 = 全年预算 − 执行 − 上年结转 (clerk also subtracted the carry-over); "
                  f"should be {fa(A)} − {fa(E)} = {fa(B)}")
    rs = pct_str(r, pstyle)
    c = dict(Y=Y, short='部门整体支出')
    lines = title_lines(doc, dept=True)
    pub = pub_line(doc)
    if pub:
        lines.append(pub)
    lines.append(pick(['一、部门基本情况', '一、部门概况', '一、基本情况', '一、部门职责及机构设置']))
    field, offices = DEPT_INFO[proj['sector']]
    suf = {'province': '处', 'city': '科', 'county': '股'}[pl['level']]
    offices = [o[:-1] + suf if o.endswith('股') else o for o in offices]
    unitword = {'province': '个处室', 'city': '个科室', 'county': '个股室'}[pl['level']]
    n_off = R.randint(4, len(offices))
    offs = offices[:n_off]
    lines.append(pick([f"{doc['bureau']}主要负责全{pl['unitname']}{field}领域政策落实、规划编制和监督管理工作。",
                       f"{doc['bureau']}是主管全{pl['unitname']}{field}工作的部门，承担相关政策执行和行业管理职责。",
                       f"本部门主要职责是贯彻落实{field}方面的方针政策，组织实施年度重点工作。"]))
    lines.append(pick([f"内设{cnum(n_off)}{unitword}，分别为{'、'.join(offs)}。",
                       f"单位内设机构{n_off}个：{'、'.join(offs)}。",
                       f"下设{'、'.join(offs)}共{n_off}个内设机构。"]) +
                 (lambda k: f"核定编制{k}名，年末实有在职人员{k - R.randint(0, 4)}名。")(R.randint(*{'county': (12, 60), 'city': (25, 90), 'province': (50, 160)}[pl['level']])))
    lines.append(pick(['二、部门预算及执行情况', '二、部门整体收支情况', '二、预算执行情况', '二、预算安排及执行情况']))
    a0s = pick([f"{Y}年年初预算{fa(A0)}万元，其中基本支出{fa(x1)}万元、项目支出{fa(x2)}万元。",
                f"年初预算数为{fa(A0)}万元，其中：基本支出{fa(x1)}万元，项目支出{fa(x2)}万元。",
                f"部门年初预算{fa(A0)}万元，由基本支出{fa(x1)}万元和项目支出{fa(x2)}万元组成。",
                f"年初部门预算总额{fa(A0)}万元，按支出性质分为基本支出{fa(x1)}万元和项目支出{fa(x2)}万元。",
                f"年初预算安排{fa(A0)}万元，其中基本支出{fa(x1)}万元，项目支出{fa(x2)}万元。"])
    if C > 0:
        adds = pick([f"年中追加预算{fa(add)}万元，加上上年结转资金{fa(C)}万元，全年预算数{fa(A)}万元。",
                     f"年中追加{fa(add)}万元，上年结转{fa(C)}万元，调整后全年预算{fa(A)}万元。",
                     f"全年预算调整为{fa(A)}万元，其中年中追加{fa(add)}万元、上年结转{fa(C)}万元。",
                     f"经年中调整，追加预算{fa(add)}万元，另有上年结转{fa(C)}万元，全年可用资金{fa(A)}万元。",
                     f"加上年中追加的{fa(add)}万元和上年结转的{fa(C)}万元，全年预算总额{fa(A)}万元。"])
    else:
        adds = pick([f"年中追加预算{fa(add)}万元，全年预算数{fa(A)}万元。",
                     f"年中追加{fa(add)}万元，调整后全年预算{fa(A)}万元。",
                     f"经年中调整，追加预算{fa(add)}万元，全年可用资金{fa(A)}万元。",
                     f"加上年中追加的{fa(add)}万元，全年预算总额{fa(A)}万元。",
                     f"全年预算调整为{fa(A)}万元，其中年中追加{fa(add)}万元。"])
    spend = pick([f"全年实际支出{fa(E)}万元，其中基本支出{fa(e1)}万元、项目支出{fa(e2)}万元。",
                  f"{Y}年度实际支出{fa(E)}万元，分别为基本支出{fa(e1)}万元、项目支出{fa(e2)}万元。",
                  f"全年支出{fa(E)}万元，由基本支出{fa(e1)}万元和项目支出{fa(e2)}万元构成。",
                  f"决算支出{fa(E)}万元（基本支出{fa(e1)}万元，项目支出{fa(e2)}万元）。",
                  f"本年度实际支出{fa(E)}万元，其中人员经费和公用经费{fa(e1)}万元，项目支出{fa(e2)}万元。"])
    if r > 100:
        spend = spend[:-1] + '，超预算部分系动用单位往来资金垫付。'
    rate = pick([f"预算执行率为{rs}。", f"部门预算执行率{rs}。", f"全年预算执行率达到{rs}。",
                 f"支出占全年预算的{rs}。", f"预算执行率{rs}，较上年有所提高。"])
    p = [a0s, adds, spend, rate]
    present = set()
    if cfgc['denom']:
        p.append(pick([f"若按年初预算{fa(A0)}万元计算，执行率为{pct_str(r0, pstyle)}。",
                       f"全年执行数相当于年初预算{fa(A0)}万元的{pct_str(r0, pstyle)}。",
                       f"与年初预算{fa(A0)}万元相比，执行数达到年初预算的{pct_str(r0, pstyle)}。"]))
        present.add('denom')
    if B > 0:
        p.append(s_balance(dict(Y=Y), Bs))
    lines.append(''.join(p[:2]))
    lines.append(''.join(p[2:]))
    lines.append(pick(['三、绩效自评情况', '三、部门整体支出绩效指标完成情况', '三、绩效指标评分情况', '三、绩效分析']))
    for k, (sec, its) in enumerate(DEPT_SECS):
        xs = [it for it in items if it['sec'] == sec]
        wsum = sum(it['w'] for it in xs)
        ssum = sum(it['s'] for it in xs)
        parts = []
        for it in xs:
            if it['name'] == '预算执行率':
                t = f"预算执行率（{fnum(it['w'])}分）：全年预算执行率{rs}，得{sfmt(it['s'])}分"
            elif it['name'] == '结转结余率':
                if B > 0 and var != 'nt_forgot_carry':
                    t = f"结转结余率（{fnum(it['w'])}分）：结转结余率{pct_str(rb, pstyle)}，控制在合理范围，得{sfmt(it['s'])}分"
                else:
                    t = f"结转结余率（{fnum(it['w'])}分）：结转结余控制在合理范围，得{sfmt(it['s'])}分"
            else:
                desc = DEPT_DESC_DED.get(it['name'], '基本达到要求') if it['reason'] else DEPT_DESC[it['name']]
                t = f"{it['name']}（{fnum(it['w'])}分）：{desc}，得{sfmt(it['s'])}分"
                if it['reason']:
                    t += pick(['，扣分原因：', '，主要是', '，因']) + it['reason']
            parts.append(t)
        head = pick([f"（{CNG[k]}）{sec}（分值{fnum(wsum)}分，得分{sfmt(ssum)}分）：",
                     f"（{CNG[k]}）{sec}：分值{fnum(wsum)}分，得分{sfmt(ssum)}分。",
                     f"（{CNG[k]}）{sec}，满分{fnum(wsum)}分，自评得分{sfmt(ssum)}分。"])
        lines.append(head + '；'.join(parts) + '。')
    lines.append(pick(['四、自评结论', '四、评价结论', '四、自评结果', '四、综合评价']))
    lines.append(s_conclusion_dept(c, sfmt(S), Gd, band=R.random() < 0.4))
    lines.append(pick(['五、存在问题及改进措施', '五、存在的问题', '五、下一步工作打算']))
    lines.append(s_problem())
    lines.append(pick(['六、其他需说明的情况', '六、结果应用']))
    lines.append(pick(['无。', '自评结果将作为下一年度预算安排的重要参考。', '本报告自评结果已按要求公开。']))
    if fam == 'clean':
        pres = set(present)
        if C > 0:
            pres.add('carry')
        if r > 100:
            pres.add('cap100')
        if r < 100 and min(r, HUNDRED) * wb / 100 != sb:
            pres.add('round')
        if any(it['reason'] for it in items):
            pres.add('missed')
        pres.add('sources')   # 其中 breakdowns (基本/项目) that add up
        if len(pres) < 3:
            raise Retry('traps')
        txt = dict(TRAP_TEXT)
        txt['sources'] = '其中 breakdowns 基本支出+项目支出 that add up'
        txt['missed'] = 'items scored below weight WITH a stated 扣分原因'
        txt['denom'] = 'rate over 年初预算 (another denominator)'
        txt['carry'] = '全年预算 = 年初 + 追加 + 上年结转'
        detail = 'traps: ' + '; '.join(txt[t] for t in ['carry', 'cap100', 'round', 'denom', 'missed', 'sources']
                                       if t in pres)
    if not (15 <= len(lines) <= 60):
        raise Retry('len %d' % len(lines))
    doc['text'] = '\n'.join(lines) + '\n'
    doc['detail'] = detail
    doc['nlines'] = len(lines)
    return doc


# ---------------------------------------------------------------- main
def main():
    specs = [dict(fam=f, var=v, table=t) for f, v, t in SLIPS]
    specs += [dict(fam='clean', var='', table=True) for _ in range(15)]
    specs += [dict(fam='clean', var=k, table=False) for k in ('proj', 'proj', 'proj', 'dept', 'dept')]
    R.shuffle(specs)
    # layouts for the 30 table docs; grade.band table doc needs room (not 'lines')
    layouts = ['pipe'] * 8 + ['tab'] * 8 + ['spaces'] * 7 + ['lines'] * 7
    R.shuffle(layouts)
    tdocs = [s for s in specs if s['table']]
    for s, lay in zip(tdocs, layouts):
        s['layout'] = lay
    gb = [s for s in tdocs if s['var'] == 'table'][0]
    if gb['layout'] == 'lines':
        other = [s for s in tdocs if s['layout'] != 'lines' and s['fam'] == 'clean'][0]
        gb['layout'], other['layout'] = other['layout'], 'lines'
    porder = list(range(len(PROJECTS))) * 3
    R.shuffle(porder)
    years = list(range(2019, 2025))
    out = []
    twins = []
    for i, s in enumerate(specs):
        s['id'] = 't%02d' % (i + 1)
        s['proj'] = PROJECTS[porder[i]]
        s['year'] = pick(years)
        lev = pick(['county'] * 6 + ['city'] * 3 + ['province'] * 2)
        if s['proj']['sector'] == '乡镇' or s['var'] in ('nt_town_list',):
            lev = 'county'
        s['level'] = lev
        for attempt in range(3000):
            state = R.getstate()
            try:
                if s['table']:
                    d = build_table_doc(s)
                elif s['var'] in NT_KIND and NT_KIND[s['var']] == 'dept' or s['var'] == 'dept':
                    d = build_nt_dept(s)
                else:
                    d = build_nt_proj(s)
                break
            except Retry:
                continue
        else:
            raise SystemExit('could not build %s %s %s' % (s['id'], s['fam'], s['var']))
        out.append(d)
        with open(os.path.join(HERE, d['id'] + '.txt'), 'w', encoding='utf-8') as f:
            f.write(d['text'])
        if s['fam'] != 'clean':
            # rebuild the same document with the slip left out (same random draws)
            global NOSLIP
            after = R.getstate()
            R.setstate(state)
            NOSLIP = True
            try:
                if s['table']:
                    t = build_table_doc(s)
                elif s['var'] in NT_KIND and NT_KIND[s['var']] == 'dept':
                    t = build_nt_dept(s)
                else:
                    t = build_nt_proj(s)
            finally:
                NOSLIP = False
                R.setstate(after)
            twins.append((d['id'], s['fam'], t['text']))
    with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\texpected\tdetail\n')
        for d in out:
            f.write('%s\t%s\t%s\n' % (d['id'], d['fam'], d['detail']))
    with open(os.path.join(HERE, 'manifest.tsv'), 'w', encoding='utf-8') as f:
        f.write('id\tlayout\tkind\tsector\tproject\tlevel\tyear\tlines\tvariant\n')
        for d in out:
            kind = 'table' if d['layout'] not in ('none',) else ('dept' if '部门整体' in d['text'][:80] else 'prose')
            f.write('%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' % (
                d['id'], d['layout'], kind, d['proj']['sector'], d['proj']['short'], d['pl']['level'],
                d['Y'], d['nlines'], d['var'] or '-'))
    os.makedirs(os.path.join(HERE, 'twins'), exist_ok=True)
    for i, fam, text in twins:
        with open(os.path.join(HERE, 'twins', i + '.twin'), 'w', encoding='utf-8') as f:
            f.write(text)
    print('wrote %d documents, %d slip-free twins' % (len(out), len(twins)))


if __name__ == '__main__':
    main()
