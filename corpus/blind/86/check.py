#!/usr/bin/env python3
"""Independent re-reader for blind86.  It does NOT import gen.py: it reads each
document's text, extracts figures with their labels, re-derives every
relation it recognises and reports inconsistencies by family.  It also names
the trap kinds it can see in each document.

    python3 check.py [DIR]             # DIR defaults to this directory
    python3 check.py --twins TWINDIR   # also verify the slip-free twins
    python3 check.py -v                # print findings and traps per document
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))


def q(x, nd):
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def ndec(s):
    return len(s.split('.')[1]) if '.' in s else 0


# ------------------------------------------------------------------ units
UNITS = ['万元', '个百分点', '人次', '剂次', '批次', '台（套）', '个月', '元', '%', '人', '名', '户', '例', '份', '场',
         '台', '套', '张', '日', '天', '个', '项', '所', '家', '起', '次', '件', '分', '期', '类']
PERSON = {'人', '人次', '名'}
DEVICE = {'台', '套', '台（套）'}
COUNTS = PERSON | DEVICE | {'户', '例', '份', '场', '张', '个', '项', '所', '家', '起', '次', '件', '类', '剂次', '批次'}
NUM_RE = re.compile(r'(\d+(?:\.\d+)?)(' + '|'.join(re.escape(u) for u in UNITS) + ')?')
PUNCT = '，。；：:、（）()“”,;'


def ufam(u):
    if u in PERSON:
        return 'person'
    if u in DEVICE:
        return 'device'
    return u


# terms -> (key, unit family); matched on the end of a label, longest first
TERMS = {
    '门急诊': ('门急诊', 'person'), '门急诊量': ('门急诊', 'person'), '门诊': ('门诊', 'person'),
    '急诊': ('急诊', 'person'), '出院': ('出院', 'person'),
    '编制床位': ('编制床位', '张'), '实际开放床位': ('开放床位', '张'),
    '实际开放总床日数': ('实际开放总床日数', '日'), '实际占用总床日数': ('实际占用总床日数', '日'),
    '出院者占用总床日数': ('出院者占用总床日数', '日'), '病床使用率': ('病床使用率', '%'),
    '平均住院日': ('平均住院日', '日'), '门急诊次均费用': ('门急诊次均费用', '元'),
    '出院者次均费用': ('出院者次均费用', '元'), '药占比': ('药占比', '%'),
    '收入合计': ('收入合计', '万元'), '支出合计': ('支出合计', '万元'), '本年收入': ('收入合计', '万元'),
    '本年支出': ('支出合计', '万元'), '收入总计': ('收入总计', '万元'), '支出总计': ('支出总计', '万元'),
    '结转和结余': ('结转和结余', '万元'),
    '财政补助收入': ('财政补助收入', '万元'), '财政拨款收入': ('财政拨款收入', '万元'), '事业收入': ('事业收入', '万元'),
    '其他收入': ('其他收入', '万元'), '医疗收入': ('医疗收入', '万元'), '科研收入': ('科研收入', '万元'),
    '门诊收入': ('门诊收入', '万元'), '住院收入': ('住院收入', '万元'), '药品收入': ('药品收入', '万元'),
    '教育事业收入': ('教育事业收入', '万元'), '科研事业收入': ('科研事业收入', '万元'),
    '人员经费': ('人员经费', '万元'), '公用经费': ('公用经费', '万元'), '基本支出': ('基本支出', '万元'),
    '项目支出': ('项目支出', '万元'), '资产总额': ('资产总额', '万元'), '负债总额': ('负债总额', '万元'),
    '净资产': ('净资产', '万元'), '负债和净资产总计': ('负债和净资产总计', '万元'), '资产负债率': ('资产负债率', '%'), '常住人口': ('常住人口', 'person'),
    '建档率': ('建档率', '%'), '老年人健康管理率': ('老年人健康管理率', '%'),
    '高血压患者规范管理服务率': ('高血压患者规范管理服务率', '%'),
    '糖尿病患者规范管理服务率': ('糖尿病患者规范管理服务率', '%'), '满意度': ('满意度', '%'),
    '全日制在校生': ('在校生', 'person'), '在校学生': ('在校生', 'person'), '在校生': ('在校生', 'person'),
    '生均财政拨款': ('生均财政拨款', '元'), '合同总金额': ('合同总金额', '万元'), '质保金': ('质保金', '万元'),
    '已按合同支付': ('已支付', '万元'), '财政拨款支出': ('财政拨款支出', '万元'),
    '年初预算': ('年初预算', '万元'), '全年预算': ('全年预算', '万元'), '项目预算': ('项目预算', '万元'),
    '工资福利支出': ('工资福利支出', '万元'), '商品和服务支出': ('商品和服务支出', '万元'),
    '对个人和家庭的补助': ('对个人和家庭的补助', '万元'), '资本性支出': ('资本性支出', '万元'),
    '政府采购支出总额': ('政府采购支出总额', '万元'),
}
TERM_ORDER = sorted(TERMS, key=len, reverse=True)
QUALS = [('上年', '上年'), ('年初', '年初'), ('年末', '年末'), ('财政拨款', '财政拨款'), ('目标', 'target'),
         ('不低于', 'target'), ('不少于', 'target'), ('控制在', 'target'), ('≥', 'target'), ('≤', 'target'),
         ('计划', 'target')]
TRAIL = ['分别为', '达到', '共计', '为', '达', '共', '约', '是', '：', ':']


def term_of(label, unit):
    lab = label
    changed = True
    while changed:
        changed = False
        for t in TRAIL:
            if lab.endswith(t) and len(lab) > len(t):
                lab = lab[:-len(t)]
                changed = True
    for t in TERM_ORDER:
        if lab.endswith(t):
            key, uf = TERMS[t]
            if ufam(unit) != uf:
                return None
            rest = lab[:-len(t)]
            quals = set()
            for w, qq in QUALS:
                if w in rest:
                    if qq in ('年初', '年末') and key != '结转和结余':
                        continue
                    quals.add(qq)
            if t.startswith('财政拨款') and '财政拨款' in quals:
                quals.discard('财政拨款')
            return key, frozenset(quals)
    return None


class Tok:
    __slots__ = ('v', 's', 'u', 'a', 'b', 'label', 'sent', 'paren', 'key', 'line', 'after')

    def __repr__(self):
        return '%s%s[%s]' % (self.s, self.u, self.label)


# ----------------------------------------------------------------- masking
def mask(s):
    s = re.sub(r'\s+', '', s)
    s = re.sub(r'^\d+[.．、]', '', s)
    s = re.sub(r'\d{4}年\d{1,2}月\d{1,2}日', 'Ｄ', s)
    s = re.sub(r'\d{1,2}月\d{1,2}日', 'Ｄ', s)
    s = re.sub(r'\d{4}年度?', 'Ｙ年', s)
    s = re.sub(r'(?<!个)\d{1,2}月', 'Ｍ月', s)
    s = re.sub(r'\d+～\d+岁', 'Ａ岁', s)
    s = re.sub(r'\d+岁', 'Ａ岁', s)
    s = re.sub(r'\d型', 'Ｔ型', s)
    s = re.sub(r'〔\d{4}〕\d+号', '', s)
    s = re.sub(r'本级\d+个单位', '本级单位', s)
    return s


def is_table_line(line):
    return ('|' in line or '\t' in line or '│' in line or re.search(r'\S {2,}\S', line) is not None)


def split_cells(line):
    if '|' in line:
        cells = line.strip().strip('|').split('|')
    elif '│' in line:
        cells = line.strip().strip('│').split('│')
    elif '\t' in line:
        cells = line.split('\t')
    else:
        cells = re.split(r' {2,}', line.rstrip(' '))
    return [c.strip(' ') for c in cells]


def cell_num(c):
    c = c.replace(',', '').strip()
    m = re.fullmatch(r'(-?\d+(?:\.\d+)?)(%?)', c)
    if not m:
        return None
    return (D(m.group(1)), m.group(1), m.group(2))


# ================================================================ document
class Doc:
    def __init__(self, text):
        self.raw = text.split('\n')
        self.find = []      # (family, message)
        self.rel = {}       # relation kind -> number evaluated
        self.traps = set()
        self.prose = []     # (line_no, masked)
        self.tables = []    # (caption, rows)
        cur = None
        caption = ''
        for n, line in enumerate(self.raw):
            if not line.strip():
                continue
            if is_table_line(line):
                if re.fullmatch(r'[\s|│:\-─┼├┤]+', line):
                    continue
                if cur is None:
                    cur = (caption, [], n)
                    self.tables.append(cur)
                cur[1].append(split_cells(line))
            else:
                cur = None
                m = mask(line)
                self.prose.append((n, m))
                caption = m
        self.tokens = []
        self.sents = []     # list of (text, [tokens])
        for n, m in self.prose:
            for sent in re.split(r'(?<=。)', m):
                if not sent:
                    continue
                toks = self.tokenize(sent, n, len(self.sents))
                self.sents.append((sent, toks))
                self.tokens += toks

    def tokenize(self, sent, n, si):
        toks = []
        depth_spans = []
        stack = []
        for i, ch in enumerate(sent):
            if ch in '（(':
                stack.append(i)
            elif ch in '）)' and stack:
                depth_spans.append((stack.pop(), i))
        prev_end = 0
        for m in NUM_RE.finditer(sent):
            if not m.group(2):
                continue
            t = Tok()
            t.s = m.group(1)
            t.v = D(t.s)
            t.u = m.group(2)
            t.a, t.b = m.start(), m.end()
            lb = max([prev_end] + [sent.rfind(p, 0, t.a) + 1 for p in PUNCT])
            t.label = sent[lb:t.a]
            t.sent = si
            t.line = n
            t.after = sent[t.b:t.b + 4]
            t.paren = None
            for (pa, pb) in depth_spans:
                if pa < t.a < pb:
                    t.paren = (pa, pb)
            t.key = term_of(t.label, t.u)
            hm = re.match(r'^([^，。；：]{2,12})：', sent)
            if t.key and hm and hm.group(1) != t.key[0] and t.key[0] in hm.group(1) and hm.end() <= t.a:
                t.key = (t.key[0], t.key[1] | {'sec:' + hm.group(1)})
            toks.append(t)
            prev_end = t.b
        return toks

    def add(self, fam, msg):
        self.find.append((fam, msg))

    def ev(self, name):
        self.rel[name] = self.rel.get(name, 0) + 1


# ================================================================= helpers
def same_fam(a, b):
    return ufam(a.u) == ufam(b.u)


def is_target(t):
    return (any(w in t.label for w in ('≥', '≤', '不低于', '不少于', '控制在', '目标', '以上为', '不超过'))
            or t.after.startswith(('以上', '以内', '以下')))


def fam_for(unit):
    if unit == '分':
        return 'score.total'
    if unit in COUNTS:
        return 'count.mismatch'
    return 'sum.breakdown'


def facts(doc, key, quals=frozenset(), unit=None):
    out = []
    for t in doc.tokens:
        if t.key == (key, quals) and (unit is None or t.u == unit):
            out.append(t.v)
    for (k, v) in doc.tfacts:
        if k == (key, quals):
            out.append(v)
    return sorted(set(out))


# ============================================================ breakdowns
MARKERS = ['分别为', '包括', '由', '分为']


def check_breakdowns(doc):
    for si, (sent, toks) in enumerate(doc.sents):
        for mk in MARKERS:
            for m in re.finditer(mk, sent):
                pos = m.start()
                before = [t for t in toks if t.b <= pos]
                if not before:
                    continue
                tot = before[-1]
                gap = sent[tot.b:pos]
                if not re.fullmatch(r'(，[^，。；\d]{0,10})?，?', gap) or tot.u in ('%', '分'):
                    continue
                if mk == '包括' and sent[max(0, pos - 2):pos] == '主要':
                    continue
                # parts region
                rest = sent[pos:]
                stop = len(sent)
                for sw in ('；', '。', '构成', '两项', '三项', '四项', '五项', '，因', '，已'):
                    k = sent.find(sw, pos)
                    if k != -1:
                        stop = min(stop, k)
                parts = [t for t in toks if pos < t.a < stop and same_fam(t, tot) and t.paren is None]
                if len(parts) < 2:
                    continue
                region = sent[pos:stop]
                if '等' in region[-3:] or '其中' in region:
                    continue
                s = sum(p.v for p in parts)
                doc.ev('breakdown')
                if s != tot.v:
                    doc.add(fam_for(tot.u), '%s%s%s ≠ sum of parts %s (%s)' % (tot.label, tot.s, tot.u, s, sent[:30]))
                elif any(p.u != tot.u for p in parts):
                    doc.traps.add('person_vs_visit')
        # parenthetical breakdown right after a figure
        for t in toks:
            if t.paren is not None:
                continue
            if sent[t.b:t.b + 1] not in ('（', '('):
                continue
            span = [pp for pp in toks if pp.paren is not None and pp.paren[0] == t.b]
            inner = sent[t.b:span[0].paren[1]] if span else ''
            parts = [pp for pp in span if same_fam(pp, t)]
            if len(parts) >= 2 and not any(w in inner for w in ('等', '其中', '含', '主要', '约', '÷')):
                s = sum(p.v for p in parts)
                doc.ev('breakdown')
                if s != t.v:
                    doc.add(fam_for(t.u), '%s%s%s ≠ parenthetical parts %s' % (t.label, t.s, t.u, s))
        # non-exhaustive 其中 / 主要包括…等 / "X中，"
        for t in toks:
            after = sent[t.b:t.b + 8]
            if after.startswith(('，其中', '，主要包括', '中，')) or (sent[t.b:t.b + 2] == '中，'):
                stop = sent.find('；', t.b)
                stop = len(sent) if stop == -1 else stop
                parts = [p for p in toks if t.b < p.a < stop and same_fam(p, t) and p.paren is None]
                if parts and sum(p.v for p in parts) < t.v:
                    doc.traps.add('nonexhaustive')
                elif parts and sum(p.v for p in parts) > t.v:
                    doc.traps.add('overlap_qizhong')
        mm = re.match(r'^(?:（.）)?([^，。；]{2,10})中，', sent)
        if mm:
            k = term_of(mm.group(1), '万元')
            if k:
                tots = facts(doc, k[0], k[1])
                parts = [p for p in toks if p.u == '万元']
                if tots and parts and len(tots) == 1 and sum(p.v for p in parts) < tots[0]:
                    doc.traps.add('nonexhaustive')


def check_countlists(doc):
    for sent, toks in doc.sents:
        for m in re.finditer(r'(\d+)(个|类|项|所|家)([^，。；]{0,8})，?(?:分别为|包括|即)([^。；，]+)', sent):
            tail = m.group(4)
            if re.search(r'\d', tail):
                continue
            items = [x for x in re.split(r'[、和及]', tail) if x]
            if '等' in tail:
                continue
            doc.ev('count-list')
            if len(items) != int(m.group(1)):
                doc.add('count.mismatch', '%s%s%s lists %d items' % (m.group(1), m.group(2), m.group(3), len(items)))
        for m in re.finditer(r'(?:包括|内设)([^。；]*?)等(\d+)(个|类|项)', sent):
            items = [x for x in re.split(r'[、和及]', m.group(1)) if x]
            if len(items) < int(m.group(2)):
                doc.traps.add('count_etc')
            elif len(items) > int(m.group(2)):
                doc.add('count.mismatch', '等%s%s lists more items' % (m.group(2), m.group(3)))


# ================================================================ scores
def check_scores_prose(doc):
    doc.total_score = None
    for sent, toks in doc.sents:
        sc = [t for t in toks if t.u == '分']
        if len(sc) < 2:
            continue
        if '以上为' in sent or '以下为' in sent:
            continue
        full = [t for t in sc if '满分' in t.label]
        if full:
            caps = [t for t in sc if t is not full[0]]
            doc.ev('score-sum')
            if sum(t.v for t in caps) != full[0].v:
                doc.add('score.total', 'caps %s ≠ 满分 %s' % (sum(t.v for t in caps), full[0].v))
            continue
        tot = [t for t in sc if re.search(r'(合计|总得分|共计|总分|综合得分)', t.label)]
        capt = [t for t in sc if ('分值' in t.label or '权重' in t.label)]
        parts = [t for t in sc if t not in tot and t not in capt]
        for p in parts:
            nxt = [c for c in capt if c.paren is not None and c.paren[0] == p.b]
            for c in nxt:
                doc.ev('score-cap')
                if p.v > c.v:
                    doc.add('score.cap', '得分%s exceeds 分值%s' % (p.s, c.s))
        if tot and len(parts) >= 2:
            s = sum(p.v for p in parts)
            doc.ev('score-sum')
            if s != tot[-1].v:
                doc.add('score.total', 'parts %s ≠ total %s' % (s, tot[-1].s))
            doc.total_score = tot[-1].v


def parse_bands(doc):
    text = ''.join(m for _, m in doc.prose)
    bands = []
    for m in re.finditer(r'(\d+)分（含）(?:以上|至(\d+)分)为“([^”]+)”', text):
        bands.append((D(m.group(1)), m.group(3)))
    for m in re.finditer(r'(\d+)分以下为“([^”]+)”', text):
        bands.append((D(0), m.group(2)))
    bands.sort(reverse=True)
    return bands


SYN = {'优秀': 0, '优': 0, '良好': 1, '良': 1, '合格': 2, '中': 2, '基本合格': 2.5, '不合格': 3, '差': 3}


def check_grade(doc):
    bands = parse_bands(doc)
    for sent, toks in doc.sents:
        for m in re.finditer(r'(?:等级|等次)为“?(优秀|良好|基本合格|不合格|合格|优|良|中|差)', sent):
            s = None
            sc = [t for t in toks if t.u == '分' and t.a < m.start() and '分值' not in t.label]
            if sc:
                s = sc[-1].v
            elif doc.total_score is not None:
                s = doc.total_score
            if s is None:
                continue
            g = m.group(1)
            doc.ev('grade-band')
            if bands:
                exp = [b for lo, b in bands if s >= lo][0]
                ok = (g == exp)
            else:
                exp = '优秀' if s >= 90 else '良好' if s >= 80 else '合格' if s >= 60 else '不合格'
                ok = SYN.get(g) == SYN[exp]
            if not ok:
                doc.add('grade.band', 'score %s graded “%s”, band says “%s”' % (s, g, exp))


# ================================================================ tables
def check_tables(doc):
    doc.tfacts = []
    for caption, rows, ln in doc.tables:
        head = rows[0]
        body = rows[1:]
        unit = '分' if ('单位：分' in caption or any('分值' in h for h in head)) else \
            ('万元' if '万元' in caption else None)
        ncol = len(head)
        ratecols = {j for j, h in enumerate(head) if ('率' in h or '占比' in h)}
        for r in body:
            for j in range(1, min(ncol, len(r))):
                x = cell_num(r[j])
                if x and x[2] == '%':
                    ratecols.add(j)
        hidx = {h: j for j, h in enumerate(head)}
        prevc = [j for j, h in enumerate(head) if '上年' in h]
        curc = [j for j, h in enumerate(head) if ('本年' in h or '实际完成' in h)]
        # facts for table.text
        if unit != '分':
            for r in body:
                lab = r[0].replace('\u3000', '').replace('其中：', '')
                for j in range(1, min(ncol, len(r))):
                    x = cell_num(r[j])
                    if not x:
                        continue
                    if j in prevc:
                        ql = frozenset({'上年'})
                    elif j in curc:
                        ql = frozenset()
                    else:
                        continue
                    u = '%' if x[2] else (unit or '万元')
                    k = term_of(lab, u)
                    if k:
                        doc.tfacts.append(((k[0], ql | k[1]), x[0]))
                        if '上年' in ql:
                            doc.traps.add('other_year')
        # block sums
        block = []
        sub_parent = None
        subs = []

        def close_sub():
            if sub_parent is not None and subs:
                for j in range(1, ncol):
                    if j in ratecols:
                        continue
                    pv = cell_num(sub_parent[j]) if j < len(sub_parent) else None
                    vals = [cell_num(s[j]) for s in subs if j < len(s)]
                    if pv and all(vals):
                        ss = sum(v[0] for v in vals)
                        if ss < pv[0]:
                            doc.traps.add('nonexhaustive')
                        elif ss > pv[0]:
                            doc.add(fam_for(unit or '万元'), 'table sub-rows exceed %s' % sub_parent[0])
        for r in body:
            lab = r[0]
            core = lab.replace('\u3000', '')
            is_sub = lab.startswith('\u3000') or core.startswith('其中')
            is_tot = bool(re.search(r'(合计|总计|小计)$', core))
            if is_tot:
                close_sub()
                sub_parent, subs = None, []
                fam = 'score.total' if unit == '分' else fam_for(unit or '万元')
                for j in range(1, ncol):
                    if j in ratecols or j >= len(r):
                        continue
                    tv = cell_num(r[j])
                    vals = [cell_num(b[j]) for b in block if j < len(b)]
                    if tv and vals and all(vals):
                        s = sum(v[0] for v in vals)
                        doc.ev('table-total')
                        if s != tv[0]:
                            doc.add(fam, 'table column %s: rows %s ≠ %s %s' % (head[j], s, core, tv[1]))
                if unit == '分':
                    gj = [j for j, h in enumerate(head) if h.strip() == '得分']
                    if gj and cell_num(r[gj[0]]):
                        doc.total_score = cell_num(r[gj[0]])[0]
                block = []
                continue
            if is_sub:
                subs.append(r)
                continue
            close_sub()
            sub_parent, subs = r, []
            block.append(r)
        close_sub()
        # column relations
        for r in body:
            nums = {j: cell_num(r[j]) for j in range(1, min(ncol, len(r)))}
            if 'cj' in hidx:
                pass
            if prevc and curc:
                p, c = nums.get(prevc[0]), nums.get(curc[0])
                for j, h in enumerate(head):
                    x = nums.get(j)
                    if not (p and c and x):
                        continue
                    if h.startswith('增减额'):
                        doc.ev('table-change')
                        if c[0] - p[0] != x[0]:
                            doc.add('change', '%s 增减额 %s ≠ %s − %s' % (r[0], x[1], c[1], p[1]))
                    if h.startswith('增减率'):
                        doc.ev('table-rate')
                        exp = q((c[0] - p[0]) * 100 / p[0], ndec(x[1]))
                        if exp != x[0]:
                            doc.add('rate.ratio', '%s 增减率 %s ≠ %s' % (r[0], x[1], exp))
            fz = [j for j, h in enumerate(head) if h.strip() == '分值']
            df = [j for j, h in enumerate(head) if h.strip() == '得分']
            dl = [j for j, h in enumerate(head) if '得分率' in h]
            if fz and df:
                a, b = nums.get(fz[0]), nums.get(df[0])
                if a and b:
                    doc.ev('score-cap')
                if a and b and b[0] > a[0]:
                    doc.add('score.cap', '%s 得分%s > 分值%s' % (r[0], b[1], a[1]))
                if dl and a and b and nums.get(dl[0]):
                    x = nums[dl[0]]
                    doc.ev('table-rate')
                    exp = q(b[0] * 100 / a[0], ndec(x[1]))
                    if exp != x[0]:
                        doc.add('rate.ratio', '%s 得分率 %s ≠ %s' % (r[0], x[1], exp))
                    else:
                        doc.traps.add('score_rate')


# ================================================================= rates
def cand_ok(rate, cands):
    nd = ndec(rate.s)
    for a in cands:
        for b in cands:
            if a is b or b.v == 0:
                continue
            if q(a.v * 100 / b.v, nd) == rate.v:
                return (a, b)
    return None


def check_rates(doc, handled):
    for si, (sent, toks) in enumerate(doc.sents):
        for t in toks:
            if t.u != '%' or id(t) in handled or is_target(t):
                continue
            nd = ndec(t.s)
            k = t.key[0] if t.key else ''
            # domain formulas
            dom = {'病床使用率': ('实际占用总床日数', '实际开放总床日数'), '药占比': ('药品收入', '医疗收入'),
                   '资产负债率': ('负债总额', '资产总额')}
            if k in dom:
                A = facts(doc, dom[k][0])
                B = facts(doc, dom[k][1])
                if A and B:
                    doc.ev('rate')
                    if not any(q(a * 100 / b, nd) == t.v for a in A for b in B):
                        doc.add('rate.ratio', '%s %s ≠ %s/%s' % (k, t.s, dom[k][0], dom[k][1]))
                    elif t.v > 100:
                        doc.traps.add('over100')
                    continue
            # 执行率 with both 年初预算 and 全年/调整后预算 in the sentence
            if '执行率' in t.label:
                full = [x for x in toks if x.u == '万元' and ('全年预算' in x.label or '调整后' in x.label)]
                init = [x for x in toks if x.u == '万元' and '年初预算' in x.label]
                spent = [x for x in toks if x.u == '万元' and re.search(r'(实际支出|已支付|支付|执行)', x.label)]
                if full and init and spent:
                    doc.ev('rate')
                    if q(spent[0].v * 100 / full[0].v, nd) != t.v:
                        doc.add('rate.ratio', '执行率 %s ≠ %s/%s' % (t.s, spent[0].s, full[0].s))
                    elif q(spent[0].v * 100 / init[0].v, nd) != t.v:
                        doc.traps.add('fullyear_budget')
                    continue
            cands = [x for x in toks if x.u not in ('%', '分', '个百分点') and x is not t]
            groups = {}
            for x in cands:
                groups.setdefault(ufam(x.u), []).append(x)
            usable = [g for g in groups.values() if len(g) >= 2]
            if not usable:
                continue
            hit = None
            doc.ev('rate')
            for g in usable:
                hit = cand_ok(t, g)
                if hit:
                    break
            if not hit and t.v == 100 and any(all(x.v == 0 for x in g) for g in usable):
                doc.traps.add('zero_div')
                continue
            if not hit:
                doc.add('rate.ratio', '%s%s: no stated pair gives it (%s)' % (t.label, t.s, sent[:40]))
                continue
            if t.v > 100:
                doc.traps.add('over100')
            a, b = hit
            prev = [x for x in cands if x.a < t.a and same_fam(x, a) and x is not a]
            if (prev and prev[-1] is not b and b.a < t.a) or (b.paren is not None) or '÷' in sent[t.b:t.b + 3]:
                doc.traps.add('own_denominator')
            if '÷' in sent[t.b:t.b + 20]:
                doc.traps.add('own_denominator')
        # shares summing to other than 100
        shares = [t for t in toks if t.u == '%' and '占' in t.label]
        if len(shares) >= 3 and sum(t.v for t in shares) != 100:
            doc.traps.add('rounding')


def check_averages(doc):
    def one(res_key, nums, den, mult, nd_default):
        R = [t for t in doc.tokens if t.key and t.key[0] == res_key and not t.key[1]]
        if not R:
            return
        A = facts(doc, nums)
        B = facts(doc, den)
        if not A or not B:
            return
        for r in R:
            doc.ev('average')
            nd = ndec(r.s)
            ok = any(q(a * mult / b, nd) == r.v for a in A for b in B)
            if not ok:
                doc.add('rate.ratio', '%s %s ≠ %s×%s/%s' % (res_key, r.s, nums, mult, den))
            elif any(a * mult / b != r.v for a in A for b in B):
                doc.traps.add('rounding')
    one('平均住院日', '出院者占用总床日数', '出院', 1, 1)
    one('门急诊次均费用', '门诊收入', '门急诊', 10000, 2)
    one('出院者次均费用', '住院收入', '出院', 10000, 2)
    one('生均财政拨款', '财政拨款收入', '在校生', 10000, 2)
    if facts(doc, '门急诊') and any(t.u == '人' for t in doc.tokens):
        doc.traps.add('person_vs_visit')


def check_products(doc):
    for sent, toks in doc.sents:
        if not re.search(r'(标准|定额|每生每|每人每|人均)', sent):
            continue
        res = [t for t in toks if t.u == '万元']
        if not res:
            continue
        r = res[-1]
        cnt = [t for t in toks if t.u in ('人', '人次') and t.a < r.a]
        std = [t for t in toks if t.u == '元' and t.a < r.a and re.search(r'(每|人均|标准)', t.label)]
        mul = [t for t in toks if t.u == '天' and t.a < r.a]
        if not cnt or not std or not (len(cnt) == len(std) or len(std) == 1 and len(cnt) == 1):
            continue
        tot = sum(c.v * s.v for c, s in zip(cnt, std))
        for m in mul:
            tot *= m.v
        exp = q(tot / 10000, ndec(r.s))
        doc.ev('product')
        if exp != r.v:
            doc.add('rate.ratio', 'product %s ≠ stated %s' % (exp, r.s))
        else:
            if tot / 10000 != r.v:
                doc.traps.add('rounding')
            if any(c.u == '人次' for c in cnt) and '学期' in sent:
                doc.traps.add('person_vs_visit')
    text = ''.join(m for _, m in doc.prose)
    if re.search(r'每(生|人)每年', text) and re.search(r'每(生|人)?每(月|学期)|每学期', text):
        doc.traps.add('std_period')


# ================================================================ changes
CHW = r'(增加|减少|提高|降低)$'


def check_changes(doc, handled):
    for sent, toks in doc.sents:
        for i, d in enumerate(toks):
            if d.u == '%' or not re.search(CHW, d.label):
                continue
            prevs = [t for t in toks[:i] if same_fam(t, d) and '上年' in t.label and '剔除' not in t.label]
            if not prevs:
                continue
            B = prevs[-1]
            As = [t for t in toks if t.a < B.a and same_fam(t, d) and '上年' not in t.label and '剔除' not in t.label]
            if not As:
                continue
            A = As[-1]
            a, b = A.v, B.v
            comp = bool(re.search(r'(同口径|可比口径)', d.label))
            if comp:
                ex = [t for t in toks[:i] if '剔除' in t.label and same_fam(t, d)]
                if not ex:
                    continue
                if '上年' in ex[-1].label:
                    b = b - ex[-1].v
                else:
                    a = a - ex[-1].v
                doc.traps.add('comparable')
            up = d.label.endswith(('增加', '提高'))
            doc.ev('change')
            diff = a - b
            if abs(diff) != d.v or (diff > 0 and not up) or (diff < 0 and up):
                doc.add('change', '%s%s%s ≠ %s − %s' % (d.label[-2:], d.s, d.u, a, b))
            doc.traps.add('other_year')
            if i + 1 < len(toks) and toks[i + 1].u == '%' and re.search(r'(增长|下降|提高|降低)$', toks[i + 1].label):
                p = toks[i + 1]
                handled.add(id(p))
                exp = q(abs(diff) * 100 / b, ndec(p.s))
                doc.ev('rate')
                if exp != p.v:
                    doc.add('rate.ratio', 'growth %s ≠ %s' % (p.s, exp))


# ================================================================ balances
def check_balances(doc):
    for sent, toks in doc.sents:
        mt = [t for t in toks if t.u == '万元']
        start = [t for t in mt if '年初' in t.label and re.search(r'(结转|结余)', t.label)]
        end = [t for t in mt if '年末' in t.label and re.search(r'(结转|结余)', t.label)]
        inc = [t for t in mt if '收入' in t.label and '总计' not in t.label]
        exp_ = [t for t in mt if '支出' in t.label and '总计' not in t.label]
        if start and end and inc and exp_:
            doc.ev('balance')
            if start[0].v + inc[0].v - exp_[0].v != end[0].v:
                doc.add('balance.carryover', '年初%s + 收入%s − 支出%s ≠ 年末%s' % (start[0].s, inc[0].s, exp_[0].s, end[0].s))
            continue
        res = [t for t in mt if re.search(r'(结余|节约)', t.label) and not re.search(r'(年初|年末)', t.label)]
        base = [t for t in mt if re.search(r'(到位|预算|下达)', t.label)]
        spend = [t for t in mt if re.search(r'(支出|合同|支付)', t.label) and t.paren is None]
        if res and base and spend:
            doc.ev('balance')
            if base[0].v - spend[0].v != res[0].v:
                doc.add('balance.carryover', '%s − %s ≠ 结余 %s' % (base[0].s, spend[0].s, res[0].s))
    # cross-sentence identities
    a, f, j = facts(doc, '资产总额'), facts(doc, '负债总额'), facts(doc, '净资产')
    if a and f and j:
        doc.ev('identity')
        if any(x == y + z for x in a for y in f for z in j):
            doc.traps.add('asset_identity')
        else:
            doc.add('sum.breakdown', '资产总额 ≠ 负债总额 + 净资产')
    tt = facts(doc, '负债和净资产总计')
    if a and tt:
        if set(a) & set(tt):
            doc.traps.add('asset_identity')
        else:
            doc.add('fact.conflict', '负债和净资产总计 ≠ 资产总额')
    if f and j and tt and not any(y + z == x for x in tt for y in f for z in j):
        doc.add('sum.breakdown', '负债和净资产总计 ≠ 负债总额 + 净资产')
    si, so = facts(doc, '收入总计'), facts(doc, '支出总计')
    if si and so:
        doc.ev('identity')
        if not set(si) & set(so):
            doc.add('balance.carryover', '收入总计 ≠ 支出总计')
        hj = facts(doc, '收入合计')
        if hj and not set(si) & set(hj):
            doc.traps.add('carryover_total')
    h, p, w = facts(doc, '合同总金额'), facts(doc, '已支付'), facts(doc, '质保金')
    if h and p and w:
        doc.ev('balance')
        if not any(x - y == z for x in h for y in p for z in w):
            doc.add('balance.carryover', '质保金 ≠ 合同总金额 − 已支付')


# ============================================================ conflicts
def check_conflicts(doc):
    byk = {}
    for t in doc.tokens:
        if t.key and 'target' not in t.key[1]:
            byk.setdefault(t.key, []).append(t)
    for k, ts in byk.items():
        vals = {}
        for t in ts:
            vals.setdefault((t.v, t.u), t)
        if len(ts) > 1:
            doc.ev('restatement')
        if len(vals) > 1:
            vs = sorted(vals)
            if any(x[0] * 10000 == y[0] or y[0] * 10000 == x[0] for x in vs for y in vs):
                doc.add('unit.magnitude', '%s stated as %s' % (k[0], ', '.join('%s%s' % v for v in vs)))
            else:
                doc.add('fact.conflict', '%s stated as %s' % (k[0], ', '.join('%s%s' % v for v in vs)))
        tv = set(v for kk, v in doc.tfacts if kk == k)
        for t in ts:
            if tv:
                doc.ev('table-text')
            if tv and t.v not in tv:
                doc.add('table.text', '%s prose %s vs table %s' % (k[0], t.s, sorted(tv)))
    # scope: same term, other qualifier, other value
    terms = {}
    for k in byk:
        terms.setdefault(k[0], set()).add(k[1])
    for term, qs in terms.items():
        qs = [x for x in qs if not (x & {'上年', 'target'})]
        if len(qs) >= 2:
            doc.traps.add('scope_name')
    for t in doc.tokens:
        if t.key and '上年' in t.key[1]:
            doc.traps.add('other_year')
    # 元 figures equal to a 万元 figure elsewhere / conversions
    wan = set(t.v for t in doc.tokens if t.u == '万元') | set(v for kk, v in doc.tfacts)
    for sent, toks in doc.sents:
        for i, t in enumerate(toks):
            if t.u != '元':
                continue
            if t.paren is not None and i > 0 and toks[i - 1].u == '万元' and toks[i - 1].b == t.paren[0]:
                doc.ev('conversion')
                if toks[i - 1].v * 10000 == t.v:
                    doc.traps.add('yuan_cents')
                    continue
                doc.add('unit.magnitude', 'conversion %s元 of %s万元' % (t.s, toks[i - 1].s))
                continue
            if '.' in t.s and t.v in wan and not re.search(r'(每|人均|标准|次均|生均)', t.label):
                doc.add('unit.magnitude', '%s元 equals a 万元 figure (%s)' % (t.s, t.label))


def check_misc_traps(doc):
    text = ''.join(m for _, m in doc.prose)
    if '未发生' in text:
        doc.traps.add('zero_div')
    for sent, toks in doc.sents:
        us = set(t.u for t in toks)
        if '人次' in us and '人' in us or '剂次' in us and '人' in us:
            doc.traps.add('person_vs_visit')


def check_doc(text):
    doc = Doc(text)
    doc.total_score = None
    check_tables(doc)
    check_breakdowns(doc)
    check_countlists(doc)
    ts = doc.total_score
    check_scores_prose(doc)
    if doc.total_score is None:
        doc.total_score = ts
    check_grade(doc)
    handled = set()
    check_changes(doc, handled)
    check_rates(doc, handled)
    check_averages(doc)
    check_products(doc)
    check_balances(doc)
    check_conflicts(doc)
    check_misc_traps(doc)
    return doc


# ==================================================================== main
def load_expect(d):
    exp = {}
    with open(os.path.join(d, 'expect.tsv'), encoding='utf-8') as f:
        next(f)
        for line in f:
            if line.strip():
                i, e, det = line.rstrip('\n').split('\t')
                exp[i] = e
    return exp


def main(argv):
    verbose = '-v' in argv
    twins = None
    if '--twins' in argv:
        twins = argv[argv.index('--twins') + 1]
    args = [a for a in argv if not a.startswith('-') and a != twins]
    d = args[0] if args else HERE
    exp = load_expect(d)
    sc = cc = fail = tw = 0
    nslip = sum(1 for v in exp.values() if v != 'clean')
    nclean = len(exp) - nslip
    allrel = {}
    for i in sorted(exp):
        text = open(os.path.join(d, i + '.txt'), encoding='utf-8').read()
        doc = check_doc(text)
        fams = sorted(set(f for f, _ in doc.find))
        for k, v in doc.rel.items():
            allrel[k] = allrel.get(k, 0) + v
        e = exp[i]
        if e == 'clean':
            ok = not fams and len(doc.traps) >= 2
            cc += ok
        else:
            ok = (fams == [e] and len(doc.find) == 1)
            sc += ok
        if not ok:
            fail += 1
        if verbose or not ok:
            print('%s expected=%s got=%s %s traps=%s' % (i, e, fams, '' if ok else 'FAIL', sorted(doc.traps)))
            print('    relations re-derived: %d %s' % (sum(doc.rel.values()), dict(sorted(doc.rel.items()))))
            for f, m in doc.find:
                print('    %s: %s' % (f, m))
        if twins and e != 'clean':
            tp = os.path.join(twins, i + '.txt')
            ttext = open(tp, encoding='utf-8').read()
            tdoc = check_doc(ttext)
            a = [x for x in text.split('\n')]
            b = [x for x in ttext.split('\n')]
            ndiff = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
            tok = (not tdoc.find) and ndiff == 1
            tw += tok
            if not tok:
                fail += 1
                print('%s TWIN FAIL: findings=%s differing paragraphs=%d' % (i, tdoc.find, ndiff))
    if twins:
        print('twins confirmed (clean, one paragraph differs): %d/%d' % (tw, nslip))
    print('relations re-derived over the set: %d %s' % (sum(allrel.values()), dict(sorted(allrel.items()))))
    print('slips confirmed: %d/%d clean confirmed: %d/%d failures: %d' % (sc, nslip, cc, nclean, fail))
    return 0 if fail == 0 else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
