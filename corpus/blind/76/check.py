#!/usr/bin/env python3
"""Independent re-checker for the blind76 set.

It does NOT import gen.py.  It re-reads every tNN.txt, throws away the site
noise and the glued table lines, keeps the prose only, re-joins paragraphs
that a page break cut in two, and then re-derives, from the prose alone,
every arithmetic / factual relation it can recognise:

  sum.breakdown      total vs. parts (其中/分别为/具体为/由…构成/…合计/括号)
  rate.ratio         执行率, 占…%, 增长/下降%, 完成预算的%, 完成率, 满意度
  balance.carryover  结余 = 预算 − 支出 ; 年末 = 年初 + 收入 − 支出
  score.total        component scores vs. 共计/合计/总分
  grade.band         score vs. stated (or default) band rule
  fact.conflict      the same count (same head noun, same unit) stated twice differently
  unit.magnitude     the same digits given once in 万元 and once in 元

For a slip document the set of families found must be exactly {expected};
for a clean document nothing may be found, and at least two of the brief's
prose traps must be visibly present (non-exhaustive 其中, rounding,
执行率 over 全年预算 with a different 年初预算, a correct rate over 100%,
人 vs 人次).

usage: python3 check.py [-v]
"""
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
VERBOSE = '-v' in sys.argv

NUM = r'(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)'
MONEY_RE = re.compile(r'(' + NUM + r')\s*(亿元|万元|元)')
PCT_RE = re.compile(r'(' + NUM + r')%')
SCORE_RE = re.compile(r'(' + NUM + r')分(?!值|为“|档|制)')
COUNT_UNITS = ['人次', '批次', '家次', '公里', '万亩', '万份', '人', '名', '户', '个', '所', '座', '场', '辆', '份', '件', '家', '套']
COUNT_RE = re.compile(r'(' + NUM + r')(' + '|'.join(COUNT_UNITS) + r')')
DELIM = '，、；：:（）()。“”'
TOL = D('0.0051')

NOISE_RE = re.compile(r'^(文库-|原创力文档|知识共享|道客巴巴|阅读了该文档|上传人：|第\d+页/共\d+页$|下载|预览与源文档|立即下载|VIP|该文档已通过|相关文档)')
TABLE_RE = re.compile(r'(绩效自评表|年初预算数全年预算数|一级指标二级指标|决算总表|决算表|年度总体目标预期目标|评分表|^附表$|^附件)')

HEADS = ['家庭经济困难学生', '学生', '护林员', '困难群众', '供养人员', '残疾人', '优抚对象', '老年人', '学员',
         '扑火队员', '农村公路', '水库', '农户', '送戏下乡', '小区', '在职人员', '事业单位', '车辆']
HEAD_NORM = {'家庭经济困难学生': '学生'}
GRADE_WORDS = ['基本合格', '不合格', '优秀', '良好', '合格', '一般', '较差', '优', '良', '中', '差']
GRADE_RE = re.compile('|'.join(GRADE_WORDS))
DEFAULT_RULES = {
    '优': (['优', '良', '中', '差'], [90, 80, 60]), '良': (['优', '良', '中', '差'], [90, 80, 60]),
    '中': (['优', '良', '中', '差'], [90, 80, 60]), '差': (['优', '良', '中', '差'], [90, 80, 60]),
    '优秀': (['优秀', '良好', '合格', '不合格'], [90, 80, 60]), '良好': (['优秀', '良好', '合格', '不合格'], [90, 80, 60]),
    '合格': (['优秀', '良好', '合格', '不合格'], [90, 80, 60]), '不合格': (['优秀', '良好', '合格', '不合格'], [90, 80, 60]),
    '一般': (['优秀', '良好', '一般', '较差'], [90, 80, 60]), '较差': (['优秀', '良好', '一般', '较差'], [90, 80, 60]),
}


def num(s):
    return D(s.replace(',', ''))


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------

def prose_paragraphs(path):
    raw = [ln.rstrip('\n') for ln in open(path, encoding='utf-8')]
    keep = []
    for ln in raw:
        s = ln.strip()
        if not s:
            continue
        if NOISE_RE.search(s) or re.search(r'\.(docx?|pdf)$', s):
            continue
        if TABLE_RE.search(s) and '。' not in s:
            continue
        keep.append(s)
    # re-join paragraphs cut by a page break: a prose fragment has a comma
    # but no final 。; the next kept line continues it.
    paras = []
    buf = ''
    for s in keep:
        if buf:
            buf += s
            if buf.endswith('。'):
                paras.append(buf)
                buf = ''
            continue
        if '，' in s and not s.endswith('。'):
            buf = s
        else:
            paras.append(s)
    if buf:
        paras.append(buf)
    return [p for p in paras if '。' in p]


def sentences(paras):
    out = []
    for p in paras:
        for s in p.split('。'):
            if s.strip():
                out.append(s.strip())
    return out


# --------------------------------------------------------------------------
# tokens
# --------------------------------------------------------------------------

def depth_map(s):
    dep, d = [], 0
    for ch in s:
        if ch in '（(':
            d += 1
            dep.append(d)
            continue
        if ch in '）)':
            dep.append(d)
            d = max(0, d - 1)
            continue
        dep.append(d)
    return dep


class Tok:
    def __init__(self, kind, start, end, val, unit, raw, s, prev_end):
        self.kind, self.start, self.end, self.val, self.unit, self.raw = kind, start, end, val, unit, raw
        # label before: from the later of (last delimiter, previous token end) to start
        i = start
        lo = max(prev_end, 0)
        while i > lo and s[i - 1] not in DELIM:
            i -= 1
        self.lb = s[i:start]
        j = end
        while j < len(s) and s[j] not in DELIM:
            j += 1
        self.la = s[end:j]


def tokens(s):
    """money (万元-normalised), percents, scores, counts, in order."""
    found = []
    for m in MONEY_RE.finditer(s):
        v = num(m.group(1))
        u = m.group(2)
        vw = v / 10000 if u == '元' else (v * 10000 if u == '亿元' else v)
        found.append(('money', m.start(), m.end(), vw, u, m.group(1)))
    taken = [(a, b) for _, a, b, *_ in found]

    def free(a, b):
        return all(b <= x or a >= y for x, y in taken)
    for m in PCT_RE.finditer(s):
        if free(m.start(), m.end()):
            found.append(('pct', m.start(), m.end(), num(m.group(1)), '%', m.group(1)))
            taken.append((m.start(), m.end()))
    for m in SCORE_RE.finditer(s):
        if free(m.start(), m.end()):
            found.append(('score', m.start(), m.end(), num(m.group(1)), '分', m.group(1)))
            taken.append((m.start(), m.end()))
    for m in COUNT_RE.finditer(s):
        if free(m.start(), m.end()):
            # not a year / date / document number
            if m.start() > 0 and s[m.start() - 1] in '〔[':
                continue
            found.append(('count', m.start(), m.end(), num(m.group(1)), m.group(2), m.group(1)))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    toks = []
    prev_end = 0
    for k, a, b, v, u, r in found:
        toks.append(Tok(k, a, b, v, u, r, s, prev_end))
        prev_end = b
    return toks


def uclass(t):
    if t.kind == 'money':
        return 'money'
    if t.kind == 'count':
        return {'名': '人'}.get(t.unit, t.unit)
    return t.kind


# --------------------------------------------------------------------------
# the rules
# --------------------------------------------------------------------------

class Doc:
    def __init__(self, path):
        self.path = path
        self.paras = prose_paragraphs(path)
        self.sents = sentences(self.paras)
        self.issues = []
        self.features = set()
        self.labels = {}         # doc-level label -> money value (for 占…的%)
        self.last_rate = None
        self.lists = []          # per sentence
        self.checked = {}        # relation kind -> how many were verified
        self.doc_lists = []      # (sentence, total value) of every money list seen so far

    def issue(self, fam, msg):
        self.issues.append((fam, msg))

    def tick(self, kind):
        self.checked[kind] = self.checked.get(kind, 0) + 1

    # ---------------- sums ----------------
    def find_lists(self, s, toks, dep):
        lists = []
        exh_markers = ('分别为', '分别是', '分别用于', '具体为', '资金来源分别为')
        for m in re.finditer(r'其中[:：]?|分别为[:：]?|分别是|分别用于|具体为[:：]?|资金来源分别为[:：]?|由|包括|主要为|主要用于[^，。；]{0,6}?[:：]?', s):
            mk = m.group(0).rstrip('：:')
            before = [t for t in toks if t.end <= m.start() and t.kind in ('money', 'count')]
            if not before:
                continue
            tot = before[-1]
            gap = s[tot.end:m.start()]
            if len(gap) > 6 or '。' in gap or '；' in gap:
                continue
            if dep[tot.start] != dep[m.start()]:
                continue
            parts = []
            seg_has_share = False
            stop = len(s)
            for sm in re.finditer(r'比预算|比上年|较|与上年|同比|资金到位率|授予|主要原因|加上|扣除|减去|其余|构成|组成|两部分|三部分', s[m.end():]):
                stop = m.end() + sm.start()
                break
            pos = m.end()
            for t in toks:
                if t.start < m.end() or t.start >= stop:
                    continue
                between = s[pos:t.start]
                if '；' in between and not seg_has_share:
                    break
                if '占' in between:
                    seg_has_share = True
                pos = t.end
                if t.kind == 'pct':
                    if '占' in t.lb or s[max(0, t.start - 1):t.start] in ('占',):
                        seg_has_share = True
                    continue
                if uclass(t) != uclass(tot):
                    continue
                if dep[t.start] > dep[m.start()]:
                    # "A（12.30万元）、B（4.50万元）": a paren that holds nothing but the amount
                    op, cl = s.rfind('（', 0, t.start), s.find('）', t.end)
                    if not (op >= 0 and cl >= 0 and s[op + 1:cl] == s[t.start:t.end]):
                        continue
                parts.append(t)
            if not parts:
                continue
            tail = s[m.end():stop + 4]
            exh = (mk in exh_markers or
                   (mk == '由' and re.search(r'构成|组成', tail)) or
                   (mk == '包括' and re.search(r'两部分|三部分', tail)) or
                   re.search(r'合计|共计|三部分|两部分|构成|组成', tail) is not None or
                   any(p.lb.lstrip('、，').startswith('其他') for p in parts) or
                   (any('基本支出' in p.lb for p in parts) and any('项目支出' in p.lb for p in parts)))
            if mk in ('主要为', '主要用于'):
                exh = False
            lists.append(dict(total=tot, parts=parts, exh=bool(exh), start=m.start(), end=(parts[-1].end), mk=mk))
        # total after: "…，(三项)?合计/共计 X"
        for m in re.finditer(r'(合计|共计|总计)(支出|为)?(' + NUM + r')\s*(万元|元|亿元|人|名)', s):
            tt = [t for t in toks if t.start == m.start(3)]
            if not tt:
                continue
            tot = tt[0]
            seg_start = s.rfind('：', 0, m.start()) + 1
            parts = [t for t in toks if seg_start <= t.start and t.end <= m.start() and uclass(t) == uclass(tot)
                     and dep[t.start] == dep[m.start()]]
            if len(parts) < 2:
                continue
            lists.append(dict(total=tot, parts=parts, exh=True, start=seg_start, end=tot.end, mk='合计'))
        # parenthesised breakdown right after an amount
        for t in toks:
            if t.kind not in ('money', 'count'):
                continue
            j = t.end
            if j < len(s) and s[j] in '（(':
                k = s.find('）', j)
                inner = s[j + 1:k]
                if re.search(r'含|其中|减|扣除|差|加|占', inner):
                    continue
                parts = [u for u in toks if j < u.start < k and uclass(u) == uclass(t)]
                if len(parts) >= 2:
                    lists.append(dict(total=t, parts=parts, exh=True, start=j, end=k, mk='（）'))
        return lists

    def rule_sum(self, s, toks, dep):
        lists = self.find_lists(s, toks, dep)
        for L in lists:
            self.tick('sum' if L['exh'] else 'sum-partial')
            tot = L['total'].val
            sm = sum(p.val for p in L['parts'])
            tol = TOL * len(L['parts']) if L['total'].unit == '元' or any(p.unit == '元' for p in L['parts']) else D('0.001')
            if L['exh']:
                if abs(sm - tot) > tol:
                    self.issue('sum.breakdown', f"parts {'+'.join(p.raw for p in L['parts'])} = {sm} ≠ {L['total'].raw} [{L['mk']}] in: {s[:70]}")
            else:
                if sm > tot + tol:
                    self.issue('sum.breakdown', f"partial parts exceed total {L['total'].raw} in: {s[:70]}")
                elif sm < tot:
                    self.features.add('partial')
        return lists

    # ---------------- rates ----------------
    @staticmethod
    def classify(t):
        lb, la = t.lb, t.la
        if re.search(r'年初预算', lb):
            return 'W0'
        if re.search(r'(支出|执行数|执行|拨付|支付|使用|支出决算|决算)(数|为|了|达|的)?$', lb):
            return 'E'
        if re.search(r'全年预算|预算资金|预算数|项目资金|可用资金|调整后', lb + '|' + la):
            return 'W'
        return None

    def check_pct(self, stated, num_, den, what, s):
        if den == 0:
            return
        self.tick('rate:' + what)
        calc = num_ * 100 / den
        if abs(calc - stated) > TOL:
            self.issue('rate.ratio', f"{what}: stated {stated}% but {num_}/{den} = {calc:.4f}% in: {s[:70]}")
            return False
        if stated > 100:
            self.features.add('over100')
        return True

    def rule_rates(self, s, toks, lists):
        money = [t for t in toks if t.kind == 'money']
        # (a) 执行率
        m = re.search(r'执行率(?:为|达)?(' + NUM + r')%', s)
        if m and '得' not in s[m.end():m.end() + 3]:
            R = num(m.group(1))
            cls = {}
            for t in money:
                c = self.classify(t)
                if c:
                    cls.setdefault(c, []).append(t)
            if 'E' in cls and 'W' in cls:
                E, W = cls['E'][-1].val, cls['W'][0].val
                ok = self.check_pct(R, E, W, '执行率', s)
                self.last_rate = R
                if ok and 'W0' in cls and cls['W0'][0].val != W:
                    self.features.add('quannian')
            elif VERBOSE:
                print('   [unparsed 执行率]', s[:80])
            if 'E' not in cls or 'W' not in cls:
                self.last_rate = R
        # (b) 占…%
        for m in re.finditer(r'占(?P<lab>[^，。；%]*?)(?P<p>' + NUM + r')%', s):
            p = num(m.group('p'))
            lab = m.group('lab')
            # numerator: amount right before 占, or labelled amount
            before = [t for t in money if t.end <= m.start()]
            numer = None
            pre = s[:m.start()]
            k = len(pre)
            while k > 0 and pre[k - 1] not in DELIM:
                k -= 1
            label_before = pre[k:]
            if label_before and not re.search(NUM, label_before):
                cands = [t for t in money if t.lb.endswith(label_before)]
                if cands:
                    numer = cands[0]
            if numer is None and before and len(s[before[-1].end:m.start()]) <= 2:
                numer = before[-1]
            if numer is None:
                continue
            den = None
            lab_amt = MONEY_RE.search(lab)
            if lab_amt:
                lt = [t for t in money if m.start() < t.start < m.end()]
                den = lt[0].val if lt else None
            elif lab.rstrip('的'):
                key = lab.rstrip('的')
                c = [t for t in money if t.lb.endswith(key)]
                if c:
                    den = c[0].val
                elif key in self.labels:
                    den = self.labels[key]
            if den is None:
                encl = [L for L in lists if L['start'] <= m.start() and L['mk'] != '（）' and L['total'].kind == 'money']
                if encl:
                    den = encl[-1]['total'].val
            if den is None and lab.rstrip('的'):
                # a named total stated in an earlier sentence only as "…合计X万元"
                key = lab.rstrip('的')
                prev = [tot for sent, tot in self.doc_lists if key[:4] in sent]
                if prev:
                    den = prev[-1]
            if den is None:
                if VERBOSE:
                    print('   [unparsed 占]', s[max(0, m.start() - 20):m.end()])
                continue
            self.check_pct(p, numer.val, den, '占比', s)
        # (c) 增长 / 下降
        for m in re.finditer(r'(比|较|与|同比)(?P<what>[^，。\d]{0,8}?)(?:(?P<base>' + NUM + r')万元)?(?:相比)?，?(?:收、支总计各)?'
                             r'(?:(?P<dir>增加|减少|节约)(?P<d>' + NUM + r')万元，?)?(?P<g>增长|下降|降低)(?P<p>' + NUM + r')%', s):
            if not m.group('base') and not m.group('d'):
                continue
            p = num(m.group('p'))
            encl = [L for L in lists if L['end'] <= m.start() and L['total'].kind == 'money']
            before = [t for t in money if t.end <= m.start()]
            if encl and before and before[-1].end <= encl[-1]['end'] + 1:
                cur = encl[-1]['total'].val
            elif before:
                cur = before[-1].val
            else:
                continue
            if m.group('base'):
                base = num(m.group('base'))
                dd = abs(cur - base)
                if m.group('d') and abs(num(m.group('d')) - dd) > D('0.001'):
                    self.issue('rate.ratio', f"增减额 {m.group('d')} ≠ |{cur}−{base}| in: {s[:70]}")
            else:
                dd = num(m.group('d'))
                base = cur - dd if m.group('dir') == '增加' else cur + dd
            self.check_pct(p, dd, base, '增减率', s)
        # (d) 完成预算
        m = re.search(r'完成(?:年初)?预算的(' + NUM + r')%|为年初预算(?:数)?' + NUM + r'万元的(' + NUM + r')%|预算完成率(' + NUM + r')%', s)
        if m:
            p = num(next(g for g in m.groups() if g))
            numer = [t for t in money if re.search(r'决算(数|为)?$', t.lb)]
            den = [t for t in money if re.search(r'预算(数|为)?$', t.lb) and '决算' not in t.lb]
            if numer and den:
                self.check_pct(p, numer[0].val, den[0].val, '完成预算', s)
            elif VERBOSE:
                print('   [unparsed 完成预算]', s[:80])
        # (e) 完成率 of counts
        if re.search(r'完成率|完成年度目标|为计划数|的年度任务|完成年度计划', s):
            pm = list(re.finditer(r'(' + NUM + r')%', s))
            counts = [t for t in toks if t.kind == 'count']
            tgt = [t for t in counts if re.search(r'目标|计划|任务|超额完成', s[max(0, t.start - 8):t.start]) or t.la.startswith('的年度任务')]
            act = [t for t in counts if t not in tgt and uclass(t) in [uclass(x) for x in tgt]]
            if pm and tgt and act:
                self.check_pct(num(pm[-1].group(1)), act[0].val, tgt[0].val, '完成率', s)
        # (f) 满意度 survey
        if '满意' in s and re.search(r'满意(度|率)(?:为|达)?(' + NUM + r')%', s):
            p = num(re.search(r'满意(?:度|率)(?:为|达)?(' + NUM + r')%', s).group(1))
            counts = [t for t in toks if t.kind == 'count']
            qv = [t for t in counts if re.search(r'有效问卷|有效样本|共调查|随机抽取', t.lb)]
            qs = [t for t in counts if re.search(r'满意的?$|满意样本$', t.lb) or t.la.startswith('表示满意')]
            if qv and qs:
                self.check_pct(p, qs[0].val, qv[0].val, '满意度', s)

    # ---------------- s0 from 执行率 ----------------
    def rule_s0(self, s, toks):
        if not re.search(r'执行率|资金执行', s):
            return
        if re.search(r'共计|合计|总分|总得分|产出', s):
            return
        sc = [t for t in toks if t.kind == 'score' and not re.search(r'分值|满分|权重', t.lb) and depth_map(s)[t.start] == 0]
        if not sc:
            return
        m = re.search(r'执行率(?:为|达)?(' + NUM + r')%', s)
        R = num(m.group(1)) if m else self.last_rate
        if R is None:
            return
        exp = min(D(10), R / 10)
        self.tick('s0')
        if abs(sc[-1].val - exp) > D('0.006'):
            self.issue('rate.ratio', f"执行率得分 {sc[-1].raw} vs 执行率 {R}% in: {s[:70]}")
        elif (R * 100) % 10 != 0 and R < 100:
            self.features.add('round')

    # ---------------- balance ----------------
    def rule_balance(self, s, toks):
        if not re.search(r'结余|结转|尚余|剩余', s):
            return
        money = [t for t in toks if t.kind == 'money']
        cin, inflow, spend, out, W = [], [], [], [], []
        for t in money:
            lb = t.lb
            if re.search(r'(上年|年初|上年度)(财政拨款)?结转', lb):
                cin.append(t)
            elif re.search(r'结余|尚余|剩余|年末(财政拨款)?结转|^年末结转', lb):
                out.append(t)
            elif re.search(r'收入|本年下达|当年下达', lb):
                inflow.append(t)
            elif re.search(r'(支出|执行数|执行)(的)?$', lb):
                spend.append(t)
            elif re.search(r'全年预算|预算资金|预算数', lb + '|' + t.la):
                W.append(t)
        if not out or not spend:
            return
        o = out[0].val
        e = sum(t.val for t in spend)
        if W:
            calc = W[0].val - e
        elif cin or inflow:
            calc = sum(t.val for t in cin) + sum(t.val for t in inflow) - e
        else:
            return
        self.tick('balance')
        if abs(calc - o) > D('0.001'):
            self.issue('balance.carryover', f"结余/结转 stated {out[0].raw} but computed {calc} in: {s[:70]}")

    # ---------------- scores ----------------
    def rule_score(self, s, toks):
        dep = depth_map(s)
        tm = re.search(r'(共计得分|共计|合计得分|得分合计|合计|总得分|自评总分|自评总得分|总分)(为)?(' + NUM + r')分', s)
        if not tm:
            return
        T = num(tm.group(3))
        comps = [t for t in toks if t.kind == 'score' and t.start != tm.start(3) and dep[t.start] == 0
                 and not re.search(r'分值|满分|权重', t.lb)]
        if len(comps) < 2 or not re.search(r'执行|产出|效益|满意|投入|过程', s):
            return
        sm = sum(t.val for t in comps)
        self.tick('score')
        if abs(sm - T) > D('0.001'):
            self.issue('score.total', f"components {'+'.join(t.raw for t in comps)} = {sm} ≠ {T} in: {s[:70]}")
        if any(dep[t.start] > 0 for t in toks if t.kind == 'score' and '满意' in t.lb):
            self.features.add('nested')

    # ---------------- grades ----------------
    def find_rule(self):
        for s in self.sents:
            names = [m.group(0) for m in GRADE_RE.finditer(s)]
            if len(names) < 4:
                continue
            seen = []
            for n in names:
                if n not in seen:
                    seen.append(n)
            ths = sorted({int(x) for x in re.findall(r'(?<![\d.])(\d{2,3})(?![\d.])', s) if 40 <= int(x) <= 100 and int(x) != 100}, reverse=True)
            if len(ths) == len(seen) - 1:
                return seen, ths
        return None

    def rule_grade(self):
        rule = self.find_rule()
        for s in self.sents:
            gm = re.search(r'(等级为|等次为|结论为|属|对应等级为|评级为)“?(' + '|'.join(GRADE_WORDS) + r')”?', s)
            if not gm:
                continue
            sm = re.search(r'(得分为?|总分|综合得分|最终得分)(' + NUM + r')分', s)
            if not sm:
                continue
            T, G = num(sm.group(2)), gm.group(2)
            names, th = rule if rule and G in rule[0] else DEFAULT_RULES.get(G, (None, None))
            if names is None:
                continue
            exp = names[-1]
            for n, t in zip(names, th):
                if T >= t:
                    exp = n
                    break
            self.tick('grade')
            if exp != G:
                self.issue('grade.band', f"{T}分 labelled {G}, rule gives {exp}: {s[:60]}")
            elif rule and rule[1] != [90, 80, 60]:
                self.features.add('band_rule')

    # ---------------- facts ----------------
    def rule_facts(self):
        seen = {}
        for s in self.sents:
            for t in tokens(s):
                if t.kind != 'count':
                    continue
                if re.search(r'目标|计划|任务|超额完成', t.lb) or t.la.startswith('的年度任务'):
                    continue
                head = None
                for h in HEADS:
                    if t.lb.endswith(h) or re.search(h + r'(共|达|为)$', t.lb):
                        head = h
                        break
                if head is None:
                    win = t.la[:10]
                    for h in HEADS:
                        if win.startswith(h) or (h in win and win.index(h) + len(h) <= 10 and not re.search(r'[，、]', win[:win.index(h)])):
                            head = h
                            break
                if head is None:
                    continue
                head = HEAD_NORM.get(head, head)
                key = (head, uclass(t))
                seen.setdefault(key, set()).add(t.val)
        for key, vals in seen.items():
            self.tick('fact:' + key[0])
            if len(vals) > 1:
                self.issue('fact.conflict', f"{key[0]} ({key[1]}) stated as {sorted(vals)}")
        heads_p = {k[0] for k in seen if k[1] == '人'}
        heads_c = {k[0] for k in seen if k[1] == '人次'}
        if heads_p & heads_c:
            self.features.add('renci')

    def rule_renci_generic(self, s, toks):
        ppl = [t for t in toks if t.kind == 'count' and t.unit in ('人', '名')]
        rc = [t for t in toks if t.kind == 'count' and t.unit == '人次']
        if ppl and rc and {t.val for t in ppl}.isdisjoint({t.val for t in rc}) and re.search(r'培训|参训', s):
            self.features.add('renci')

    # ---------------- units ----------------
    def rule_units(self):
        wan, yuan = [], []
        for s in self.sents:
            for t in tokens(s):
                if t.kind != 'money' or num(t.raw) == 0:
                    continue
                if re.search(r'每|标准', t.lb):
                    continue
                (yuan if t.unit == '元' else wan).append(t)
        wan_vals = {num(t.raw) for t in wan}
        for t in yuan:
            r = num(t.raw)
            if r in wan_vals and r >= 1:
                self.issue('unit.magnitude', f"{t.raw}元 but {t.raw}万元 elsewhere")
                continue
            close = [w for w in wan_vals if abs(w - r / 10000) <= D('0.005')]
            if close:
                self.tick('unit')
            if close and all(w != r / 10000 for w in close):
                self.features.add('round')
        for t in wan:
            r = num(t.raw)
            if r >= 100000 and any(abs(w - r / 10000) <= D('0.005') for w in wan_vals):
                self.issue('unit.magnitude', f"{t.raw}万元 looks like 元")

    def run(self):
        for s in self.sents:
            toks = tokens(s)
            dep = depth_map(s)
            for t in toks:
                if t.kind == 'money':
                    key = t.lb
                    for lab in ('本年收入合计', '本年支出合计', '政府采购支出总额', '本年收入', '本年支出', '全年预算数'):
                        if key.endswith(lab):
                            self.labels[lab] = t.val
            lists = self.rule_sum(s, toks, dep)
            self.doc_lists += [(s, L['total'].val) for L in lists if L['total'].kind == 'money' and L['exh']]
            self.rule_rates(s, toks, lists)
            self.rule_s0(s, toks)
            self.rule_balance(s, toks)
            self.rule_score(s, toks)
            self.rule_renci_generic(s, toks)
        self.rule_grade()
        self.rule_facts()
        self.rule_units()
        return self


BRIEF = {'partial', 'round', 'quannian', 'over100', 'renci'}


def main():
    exp = {}
    with open(os.path.join(HERE, 'expect.tsv'), encoding='utf-8') as f:
        next(f)
        for ln in f:
            i, e, _ = ln.rstrip('\n').split('\t', 2)
            exp[i] = e
    bad = 0
    counts = {'slip_ok': 0, 'clean_ok': 0}
    for i in sorted(exp):
        path = os.path.join(HERE, i + '.txt')
        lines = open(path, encoding='utf-8').read().splitlines()
        doc = Doc(path).run()
        fams = {f for f, _ in doc.issues}
        e = exp[i]
        problems = []
        if not 10 <= len(lines) <= 40:
            problems.append(f"{len(lines)} lines")
        if e == 'clean':
            if fams:
                problems.append('clean doc has findings')
            tr = doc.features & BRIEF
            if len(tr) < 2:
                problems.append(f"only {sorted(tr)} brief traps visible")
            ok = not problems
            counts['clean_ok'] += ok
            summary = 'traps=' + ','.join(sorted(doc.features))
        else:
            if fams != {e}:
                problems.append(f"found {sorted(fams) or 'nothing'}, expected {e}")
            ok = not problems
            counts['slip_ok'] += ok
            summary = 'found=' + ','.join(sorted(fams))
        bad += not ok
        print(f"{i}\t{e:18s}\t{'OK ' if ok else 'FAIL'}\t{summary}" + ('' if ok else '\t' + '; '.join(problems)))
        if VERBOSE:
            print('      checked: ' + ', '.join(f"{k}×{v}" for k, v in sorted(doc.checked.items())))
        if VERBOSE or not ok:
            for f_, msg in doc.issues:
                print(f"      - {f_}: {msg}")
    if '--twins' in sys.argv:
        tdir = sys.argv[sys.argv.index('--twins') + 1]
        print('\ntwin check (each slip document rebuilt without its slip):')
        for i in sorted(exp):
            if exp[i] == 'clean':
                continue
            tp = os.path.join(tdir, i + '.txt')
            tw = Doc(tp).run()
            a_p = prose_paragraphs(os.path.join(HERE, i + '.txt'))
            b_p = prose_paragraphs(tp)
            diff = [(x, y) for x, y in zip(a_p, b_p) if x != y]
            ok = not tw.issues and len(a_p) == len(b_p) and len(diff) == 1
            bad += not ok
            print(f"{i}\t{'OK ' if ok else 'FAIL'}\ttwin findings={len(tw.issues)}\tparagraphs differing={len(diff)}")
            if not ok:
                for f_, msg in tw.issues:
                    print(f"      - {f_}: {msg}")
    n_slip = sum(1 for v in exp.values() if v != 'clean')
    n_clean = len(exp) - n_slip
    print(f"\nslips confirmed: {counts['slip_ok']}/{n_slip}   clean confirmed: {counts['clean_ok']}/{n_clean}   failures: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
