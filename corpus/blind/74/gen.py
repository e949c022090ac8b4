#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the blind74 test set of county/city fiscal-report excerpts.

Every amount is a decimal.Decimal in 万元 (no float anywhere).  A consistent
"world" of figures is generated per document, then rendered as prose (and
sometimes a small table).  Slip documents get exactly one planted error at
render time; clean documents get >= 3 deliberate traps.

Usage:  python3 gen.py            (writes t01.txt .. t40.txt and expect.tsv)
"""
import os
import random
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 7402
YI = D(10000)
Q0, Q2 = D(1), D('0.01')


def qz(x, qq=Q2):
    return x.quantize(qq, rounding=ROUND_HALF_UP)


def yiv(v):
    """value in 亿元 as printed (2 decimals)"""
    return qz(v / YI, Q2)


def pct(a, b, dp=1):
    return qz(a * 100 / b, D(1).scaleb(-dp))


def gro(a, b, dp=1):
    return qz((a / b - 1) * 100, D(1).scaleb(-dp))


def pct_s(a, b, dp=1):
    """ratio percent that is the same whether computed from exact 万元 values
    or from the 亿元-rounded printed values; None if they disagree"""
    e = pct(a, b, dp)
    p = pct(yiv(a) * YI, yiv(b) * YI, dp)
    return e if e == p else None


def gro_s(a, b, dp=1):
    e = gro(a, b, dp)
    p = gro(yiv(a) * YI, yiv(b) * YI, dp)
    return e if e == p else None


PLACES = [
    ('河北省', '石家庄市', '平山县'), ('山西省', '晋中市', '平遥县'),
    ('内蒙古自治区', '鄂尔多斯市', '准格尔旗'), ('辽宁省', '鞍山市', '海城市'),
    ('吉林省', '通化市', '梅河口市'), ('黑龙江省', '绥化市', '肇东市'),
    ('江苏省', '宿迁市', '沭阳县'), ('浙江省', '湖州市', '安吉县'),
    ('安徽省', '合肥市', '肥西县'), ('福建省', '泉州市', '安溪县'),
    ('江西省', '赣州市', '南康区'), ('山东省', '潍坊市', '寿光市'),
    ('河南省', '信阳市', '固始县'), ('湖北省', '宜昌市', '宜都市'),
    ('湖南省', '长沙市', '浏阳市'), ('广东省', '惠州市', '博罗县'),
    ('广西壮族自治区', '贵港市', '平南县'), ('重庆市', '', '綦江区'),
    ('四川省', '成都市', '简阳市'), ('贵州省', '遵义市', '仁怀市'),
    ('云南省', '红河哈尼族彝族自治州', '弥勒市'), ('陕西省', '榆林市', '神木市'),
    ('甘肃省', '张掖市', '临泽县'), ('青海省', '海东市', '互助土族自治县'),
    ('宁夏回族自治区', '吴忠市', '青铜峡市'), ('新疆维吾尔自治区', '昌吉回族自治州', '玛纳斯县'),
    ('湖北省', '黄冈市', '麻城市'), ('山东省', '临沂市', '沂水县'),
    ('江苏省', '徐州市', '邳州市'), ('浙江省', '金华市', '东阳市'),
    ('安徽省', '阜阳市', '太和县'), ('河南省', '周口市', '鹿邑县'),
    ('湖南省', '邵阳市', '邵东市'), ('四川省', '南充市', '阆中市'),
    ('广东省', '清远市', '英德市'), ('江西省', '上饶市', '鄱阳县'),
    ('福建省', '南平市', '建瓯市'), ('河北省', '邯郸市', '武安市'),
    ('山西省', '长治市', '襄垣县'), ('云南省', '曲靖市', '宣威市'),
    ('陕西省', '宝鸡市', '凤翔区'), ('贵州省', '毕节市', '威宁彝族回族苗族自治县'),
]
SURN = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈曾彭吕苏卢蒋蔡丁魏叶潘杜夏钟汪田姜范方石姚谭廖邹熊金陆孔白崔毛邱秦江史顾侯邵孟龙段钱汤尹黎常武贺龚'
GIVN = '建国明华志刚海燕红军立新玉兰文斌晓东春梅永强丽娟德胜国庆秀英伟光卫东学军俊杰'
CNUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']

TAXES = [  # name, base share of 税收收入
    ('增值税', '0.37'), ('企业所得税', '0.11'), ('个人所得税', '0.03'), ('资源税', '0.02'),
    ('城市维护建设税', '0.06'), ('房产税', '0.05'), ('印花税', '0.02'), ('城镇土地使用税', '0.04'),
    ('土地增值税', '0.07'), ('车船税', '0.01'), ('耕地占用税', '0.05'), ('契税', '0.12'),
    ('环境保护税', '0.005'),
]
FUNCS = [  # name (with 支出), table short name, base share of 一般公共预算支出
    ('一般公共服务支出', '一般公共服务', '0.09'), ('公共安全支出', '公共安全', '0.04'),
    ('教育支出', '教育', '0.17'), ('科学技术支出', '科学技术', '0.015'),
    ('文化旅游体育与传媒支出', '文化旅游体育与传媒', '0.015'), ('社会保障和就业支出', '社会保障和就业', '0.15'),
    ('卫生健康支出', '卫生健康', '0.10'), ('节能环保支出', '节能环保', '0.025'),
    ('城乡社区支出', '城乡社区', '0.08'), ('农林水支出', '农林水', '0.14'),
    ('交通运输支出', '交通运输', '0.04'), ('住房保障支出', '住房保障', '0.035'),
]
NONTAX = ['专项收入', '行政事业性收费收入', '罚没收入', '国有资源（资产）有偿使用收入', '捐赠收入', '政府住房基金收入']
SSI = ['企业职工基本养老保险基金收入', '城乡居民基本养老保险基金收入', '机关事业单位基本养老保险基金收入',
       '职工基本医疗保险基金收入', '城乡居民基本医疗保险基金收入', '失业保险基金收入', '工伤保险基金收入']

ROUND_NOTES = [
    '注：因四舍五入，分项数之和与合计数略有差异。',
    '（部分数据因四舍五入存在尾差。）',
    '以上亿元数据均由万元数四舍五入保留两位小数，分项合计与总数存在尾差。',
    '说明：分项数据经四舍五入，合计数与分项之和不完全一致。',
    '（注：文中数据四舍五入，个别合计数与分项相加存在尾差。）',
]

TRAPS = ['tongkoujing', 'rounding', 'nonexhaustive', 'adjbudget', 'minsheng',
         'lastyear', 'neggrowth', 'debtlimit', 'subbreakdown', 'balanced']
TRAP_CN = {
    'tongkoujing': '同口径增长与按两年数字直接计算的增幅不同（有说明）',
    'rounding': '亿元四舍五入尾差/同一数字万元与亿元两种口径',
    'nonexhaustive': '其中只列主要项目（非穷尽）',
    'adjbudget': '为预算%按调整预算计算（同时给出年初预算）',
    'minsheng': '民生支出占比以一般公共预算支出为分母',
    'lastyear': '上年数与本年数并列',
    'neggrowth': '负增长（下降）',
    'debtlimit': '债务余额低于限额（不是错误）',
    'subbreakdown': '上级补助收入=返还性+一般性转移支付+专项转移支付（完整且相加一致）',
    'balanced': '收入总计=支出总计（收支平衡）',
}


def rfrac(rng, lo, hi):
    lo, hi = D(lo), D(hi)
    return D(rng.randint(int(lo * 10000), int(hi * 10000))) / 10000


def transpose(s, rng, minrel, maxrel=None):
    """swap two adjacent differing digits of the numeric string s (may contain
    '.' or ','); relative change must be >= minrel"""
    plain = s.replace(',', '')
    val = D(plain)
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    pairs = [(idx[k], idx[k + 1]) for k in range(len(idx) - 1)
             if idx[k + 1] == idx[k] + 1 and s[idx[k]] != s[idx[k + 1]]]
    rng.shuffle(pairs)
    for i, j in pairs:
        t = s[:i] + s[j] + s[i] + s[j + 1:]
        if t[0] == '0' and len(t.split('.')[0].replace(',', '')) > 1:
            continue
        nv = D(t.replace(',', ''))
        rel = abs(nv - val) / val
        if rel >= minrel and (maxrel is None or rel <= maxrel):
            return t
    return None


class Doc:
    def __init__(self, idx, kind, variant, traps, seed):
        self.idx = idx
        self.kind = kind          # 'clean' or family
        self.variant = variant    # slip variant or None
        self.traps = list(traps)  # planned traps (clean docs)
        self.rng = random.Random(seed)
        self.lines = []
        self.detail = ''
        self.W = {}

    # ------------------------------------------------------------ helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def ramt(self, lo, hi):
        if self.Q == Q0:
            return D(self.rng.randint(lo, hi))
        return D(self.rng.randint(lo * 100, hi * 100)) / 100

    def sc(self, v, lo, hi):
        return qz(v * rfrac(self.rng, lo, hi), self.Q)

    def wan(self, v):
        v = qz(v, self.Q)
        s = format(v, ',') if self.comma else str(v)
        return s + '万元'

    def yi(self, v):
        return str(yiv(v)) + '亿元'

    def A(self, v, unit):
        return self.yi(v) if unit == 'yi' else self.wan(v)

    def P(self, p):
        return str(abs(p)) + '%'

    def gw(self, p, up='增长', down='下降'):
        return up if p >= 0 else down

    def ratio(self, a, b, strict):
        r = pct_s(a, b, self.pdp) if strict else pct(a, b, self.pdp)
        return r

    def growth(self, a, b, strict):
        return gro_s(a, b, self.pdp) if strict else gro(a, b, self.pdp)

    def sample_prev(self, v, lo, hi, strict, minabs='0.3'):
        for _ in range(4000):
            g = rfrac(self.rng, lo, hi)
            prev = qz(v / (1 + g), self.Q)
            s = self.growth(v, prev, strict)
            if s is None or abs(s) < D(minabs):
                continue
            return prev, s
        raise RuntimeError('sample_prev')

    def sample_budget(self, v, lo, hi, strict):
        for _ in range(4000):
            u = rfrac(self.rng, lo, hi)
            b = qz(v / u, self.Q)
            s = self.ratio(v, b, strict)
            if s is None:
                continue
            return b, s
        raise RuntimeError('sample_budget')

    # ------------------------------------------------------------ world
    def gen_world(self):
        rng, c, W = self.rng, self.cfg, self.W
        yi_rev = c['rev_unit'] == 'yi'
        # ---- revenue: tax / nontax
        for _ in range(20000):
            Rt = self.ramt(30000, 420000)
            T = qz(Rt * rfrac(rng, '0.56', '0.80'), self.Q)
            N = qz(Rt - T, self.Q)
            R = T + N
            if yi_rev:
                tail = yiv(T) + yiv(N) - yiv(R)
                if bool(c.get('rev_tail')) != (tail != 0):
                    continue
            if c.get('need_yi_R_big') and yiv(N) < D('1.00'):
                continue
            break
        W.update(T=T, N=N, R=R)
        # taxes (all 13 sum to T)
        shares = {n: D(s) * rfrac(rng, '0.7', '1.3') for n, s in TAXES}
        tot = sum(shares.values())
        tv = {}
        for n, _s in TAXES[1:]:
            tv[n] = qz(T * shares[n] / tot, self.Q)
        tv['增值税'] = T - sum(tv.values())
        tprev, tg = {}, {}
        for n, _s in TAXES:
            g = rfrac(rng, '-0.25', '0.28')
            tprev[n] = qz(tv[n] / (1 + g), self.Q)
            tg[n] = gro(tv[n], tprev[n], 1)
            while abs(tg[n]) < D('0.3'):
                g = rfrac(rng, '-0.25', '0.28')
                tprev[n] = qz(tv[n] / (1 + g), self.Q)
                tg[n] = gro(tv[n], tprev[n], 1)
        W['tax'] = tv
        W['tax_prev'] = tprev
        W['tax_g'] = tg
        W['T_prev'] = sum(tprev.values())
        # nontax prev sampled so that R growth is strict (if R printed in 亿元)
        for _ in range(20000):
            g = rfrac(rng, c.get('N_glo', '-0.2'), c.get('N_ghi', '0.2'))
            Np = qz(N / (1 + g), self.Q)
            Rp = W['T_prev'] + Np
            gr = self.growth(R, Rp, True)
            gn = self.growth(N, Np, True)
            if yi_rev and yiv(W['T_prev']) + yiv(Np) != yiv(Rp):
                continue
            if gr is None or gn is None or abs(gr) < D('0.3') or abs(gn) < D('0.3'):
                continue
            lo, hi = D(c.get('R_glo', '-0.15')), D(c.get('R_ghi', '0.16'))
            if not (lo * 100 <= gr <= hi * 100):
                continue
            break
        W.update(N_prev=Np, R_prev=Rp)
        # nontax items (non-exhaustive)
        nt = {}
        for n in NONTAX:
            nt[n] = qz(N * rfrac(rng, '0.04', '0.22'), self.Q)
        W['nt'] = nt
        # ---- expenditure
        k = rfrac(rng, '1.7', '3.6')
        E = qz(R * k, self.Q)
        fsh = {n: D(s) * rfrac(rng, '0.7', '1.3') for n, _t, s in FUNCS}
        fv, fprev, fg = {}, {}, {}
        for n, _t, _s in FUNCS:
            fv[n] = qz(E * fsh[n] * D('0.93'), self.Q)
        fv['其他支出'] = E - sum(fv.values())
        for n in fv:
            g = rfrac(rng, '-0.18', '0.22')
            fprev[n] = qz(fv[n] / (1 + g), self.Q)
        for n in fv:
            fg[n] = gro(fv[n], fprev[n], 1)
            while abs(fg[n]) < D('0.3'):
                fprev[n] = qz(fv[n] / (1 + rfrac(rng, '-0.18', '0.22')), self.Q)
                fg[n] = gro(fv[n], fprev[n], 1)
        # adjust 其他支出 prev so that E growth is strict
        for _ in range(20000):
            Ep = sum(fprev.values())
            ge = self.growth(E, Ep, True)
            if ge is not None and abs(ge) >= D('0.3'):
                break
            fprev['其他支出'] = qz(fprev['其他支出'] * rfrac(rng, '0.97', '1.03'), self.Q)
        fg['其他支出'] = gro(fv['其他支出'], fprev['其他支出'], 1)
        W['fn'], W['fn_prev'], W['fn_g'] = fv, fprev, fg
        W['E'], W['E_prev'] = E, sum(fprev.values())
        for _ in range(20000):
            M = qz(E * rfrac(rng, '0.72', '0.86'), self.Q)
            if self.ratio(M, E, True) is not None:
                break
        W['M'] = M
        for _ in range(20000):
            Mp = qz(W['E_prev'] * rfrac(rng, '0.70', '0.84'), self.Q)
            if abs(pct(Mp, W['E_prev']) - pct(M, E)) >= D('1.0'):
                break
        W['M_prev'] = Mp
        # ---- balance
        for _ in range(2000):
            UP = self.sc(R, '0.01', '0.06')
            DR = self.sc(E, '0.01', '0.05')
            DI = DR + self.sc(E, '0.0', '0.04')
            TI = self.sc(R, '0.03', '0.20')
            PB = self.sc(E, '0.005', '0.03')
            STI = self.sc(R, '0.01', '0.05') if c.get('stab_in') else D(0)
            STO = self.sc(R, '0.01', '0.04') if c.get('stab_out') else D(0)
            C = self.sc(E, '0.004', '0.03')
            SUB = E + UP + DR + STO + C - (R + DI + TI + PB + STI)
            if SUB > E * D('0.25') and len({PB, C, UP, DR, TI}) == 5:
                break
        IT = R + SUB + DI + TI + PB + STI
        ETx = E + UP + DR + STO
        W.update(UP=UP, DR=DR, DI=DI, TI=TI, PB=PB, STI=STI, STO=STO, C=C, SUB=SUB, IT=IT, ETx=ETx)
        ret = self.sc(SUB, '0.02', '0.07')
        gtp = self.sc(SUB, '0.50', '0.72')
        W.update(ret=ret, gtp=gtp, stp=SUB - ret - gtp)
        # ---- government fund
        FR = self.sc(R, '0.3', '2.2')
        land = self.sc(FR, '0.70', '0.93')
        FS = self.sc(FR, '0.02', '0.15')
        FDI = self.sc(FR, '0.2', '1.1')
        FP = self.sc(FR, '0.01', '0.08')
        FIT = FR + FS + FDI + FP
        FTO = self.sc(FR, '0.02', '0.10')
        FRP = self.sc(FDI, '0.0', '0.25')
        FC = self.sc(FIT, '0.005', '0.05')
        while FC in (FP, FS, FRP, FTO):
            FC = self.sc(FIT, '0.005', '0.05')
        FE = FIT - FTO - FRP - FC
        W.update(FR=FR, land=land, FS=FS, FDI=FDI, FP=FP, FIT=FIT, FTO=FTO, FRP=FRP, FC=FC, FE=FE,
                 FET=FE + FTO + FRP)
        # ---- SOE
        SR = self.ramt(300, 9000)
        SP = qz(SR * rfrac(rng, '0.02', '0.3'), self.Q)
        SS = qz(SR * rfrac(rng, '0.0', '0.2'), self.Q) if c.get('soe_sub') else D(0)
        SIT = SR + SP + SS
        STO2 = qz(SR * rfrac(rng, '0.2', '0.35'), self.Q)
        SC = qz(SIT * rfrac(rng, '0.01', '0.2'), self.Q)
        while SC in (SP, SS, STO2):
            SC = qz(SIT * rfrac(rng, '0.01', '0.2'), self.Q)
        SE = SIT - STO2 - SC
        W.update(SR=SR, SP=SP, SS=SS, SIT=SIT, STO2=STO2, SC=SC, SE=SE, SET=SE + STO2)
        # ---- social security fund
        yi_ss = c.get('ss_unit') == 'yi'
        for _ in range(20000):
            XR = self.sc(R, '0.5', '2.0')
            if c.get('ss_gap'):
                XE = self.sc(XR, '1.02', '1.10')
            else:
                XE = self.sc(XR, '0.86', '0.97')
            XS = self.sc(XR, '0.4', '1.3')
            cur = XR - XE
            end = XS + cur
            if yi_ss:
                if yiv(XR) - yiv(XE) != yiv(cur) or yiv(XS) + yiv(cur) != yiv(end):
                    continue
                if yiv(abs(cur)) < D('0.50'):
                    continue
            break
        W.update(XR=XR, XE=XE, XS=XS, Xcur=cur, Xend=end)
        ssh = dict(zip(SSI, [('0.25', '0.45'), ('0.05', '0.12'), ('0.10', '0.22'), ('0.12', '0.22'),
                             ('0.10', '0.20'), ('0.01', '0.03'), ('0.005', '0.02')]))
        W['ssi'] = {n: qz(XR * rfrac(rng, *ssh[n]), self.Q) for n in SSI}
        # ---- debt
        yi_debt = c.get('debt_unit') == 'yi'
        for _ in range(50000):
            D1 = self.sc(R, '1.5', '7.0')
            G1 = self.sc(D1, '0.30', '0.60')
            S1 = D1 - G1
            IG = self.sc(G1, '0.05', '0.18')
            IS = self.sc(S1, '0.08', '0.25')
            RG = self.sc(G1, '0.03', '0.12')
            RS = self.sc(S1, '0.01', '0.08')
            G0 = G1 - IG + RG
            S0 = S1 - IS + RS
            LG = self.sc(G1, '1.02', '1.15')
            LS = self.sc(S1, '1.02', '1.15')
            I, RP, D0, L = IG + IS, RG + RS, G0 + S0, LG + LS
            if yi_debt:
                t1 = yiv(G1) + yiv(S1) - yiv(D1)
                t2 = yiv(D0) + yiv(I) - yiv(RP) - yiv(D1)
                t3 = yiv(LG) + yiv(LS) - yiv(L)
                t4 = yiv(IG) + yiv(IS) - yiv(I)
                if c.get('debt_tail'):
                    if t1 == 0 or t2 != 0 or t3 != 0 or t4 != 0:
                        continue
                elif t1 != 0 or t2 != 0 or t3 != 0 or t4 != 0:
                    continue
            break
        W.update(D1=D1, G1=G1, S1=S1, IG=IG, IS=IS, RG=RG, RS=RS, G0=G0, S0=S0, LG=LG, LS=LS,
                 I=I, RP=RP, D0=D0, L=L)
        # no two different quantities may coincide (a coincidence would read like a copied/stale figure)
        vals = [v for k, v in W.items() if isinstance(v, D) and v != 0]
        for k in ('tax', 'tax_prev', 'fn', 'fn_prev', 'nt', 'ssi'):
            vals += [v for v in W[k].values() if v != 0]
        if len(set(vals)) != len(vals):
            raise RuntimeError('coincident values')

    # ------------------------------------------------------------ title
    def render_title(self):
        c, Y, Y1, a = self.county, self.Y, self.Y + 1, self.a
        nm = self.pick(SURN) + self.pick(GIVN) + self.pick(GIVN)
        d = self.rng.randint(3, 28)
        n, k = self.pick(['十七', '十八', '十九']), self.pick(['一', '二', '三', '四', '五'])
        if self.report == 'budget':
            t = self.pick([f'关于{c}{Y}年预算执行情况和{Y1}年预算草案的报告',
                           f'{c}{Y}年财政预算执行情况和{Y1}年财政预算草案的报告（摘要）',
                           f'关于{c}{Y}年全{a}和{a}级预算执行情况与{Y1}年全{a}和{a}级预算草案的报告',
                           f'关于{self.city}{c}{Y}年预算执行情况及{Y1}年预算安排的报告',
                           f'{c}{Y}年预算执行情况和{Y1}年预算（草案）'])
            s = self.pick([f'——{Y1}年1月{d}日在{c}第{n}届人民代表大会第{k}次会议上',
                           f'{c}财政局局长  {nm}', f'（{Y1}年1月{d}日）', None, f'{c}财政局'])
            i = self.pick(['各位代表：',
                           f'受{c}人民政府委托，现将{c}{Y}年预算执行情况和{Y1}年预算草案提请大会审议，并请政协委员和列席人员提出意见。',
                           None, None])
        else:
            m = self.rng.randint(6, 9)
            t = self.pick([f'关于{c}{Y}年财政决算的报告', f'{c}{Y}年度财政决算报告',
                           f'关于{c}{Y}年财政决算和{Y1}年上半年预算执行情况的报告',
                           f'{self.prov}{self.city}{c}{Y}年财政总决算情况说明',
                           f'关于{c}{Y}年度财政决算（草案）的报告'])
            s = self.pick([f'——{Y1}年{m}月{d}日在{c}第{n}届人民代表大会常务委员会第{k}次会议上',
                           f'{c}财政局局长  {nm}', None, f'（{Y1}年{m}月{d}日）', f'{c}财政局'])
            i = self.pick(['主任、各位副主任、秘书长、各位委员：',
                           f'受{c}人民政府委托，现将{c}{Y}年财政决算情况报告如下，请予审议。',
                           None, None])
        self.lines.append(t)
        if s:
            self.lines.append(s)
        if i:
            self.lines.append(i)

    # ------------------------------------------------------------ overview
    def render_overview(self):
        W, c, a, Y = self.W, self.cfg, self.a, self.Y
        u = c['ov_unit']
        R = self.A(W['R'], u)
        E = self.A(W['E'], u)
        if self.variant == 'f_overview_rev':
            wrong_s = transpose(str(yiv(W['R'])) if u == 'yi' else format(qz(W['R'], self.Q), ',' if self.comma else ''),
                                self.rng, D('0.02'))
            R = wrong_s + ('亿元' if u == 'yi' else '万元')
            right = self.A(W['R'], c['rev_unit'])
            self.detail = (f'概述段一般公共预算收入「{R}」与收入部分{right}不一致，'
                           f'应为{self.A(W["R"], u)}（税收+非税及增幅均按后者成立）')
        M = self.A(W['M'], u)
        if self.variant == 'f_minsheng':
            wrong_s = transpose(str(yiv(W['M'])) if u == 'yi' else format(qz(W['M'], self.Q), ',' if self.comma else ''),
                                self.rng, D('0.02'))
            M = wrong_s + ('亿元' if u == 'yi' else '万元')
            self.detail = (f'概述段民生支出「{M}」与支出部分民生支出{self.A(W["M"], c["exp_unit"])}不一致，'
                           f'应为{self.A(W["M"], u)}（占比按后者成立）')
        ctx = {2019: '经济下行压力加大和大规模减税降费', 2020: '新冠肺炎疫情冲击', 2021: '疫情散发和经济恢复不均衡',
               2022: '超预期因素冲击和大规模增值税留抵退税', 2023: '经济恢复基础尚不牢固', 2024: '房地产市场持续调整'}[Y]
        lead = self.pick([f'{Y}年，面对{ctx}等不利影响，全{a}财政部门坚持稳中求进工作总基调，财政运行总体平稳。',
                          f'{Y}年，在{a}委、{a}政府的坚强领导下，全{a}上下克服{ctx}带来的困难，财政收支保持平稳运行。',
                          f'{Y}年是极不平凡的一年，受{ctx}影响，财政收支矛盾较为突出。',
                          f'过去一年，全{a}各级各部门积极应对{ctx}，统筹发展和安全，财政经济运行稳中有进。',
                          f'{Y}年，全{a}财政工作紧紧围绕{a}委、{a}政府中心工作，有效应对{ctx}。'])
        need = set()
        if self.variant == 'f_minsheng' or 'M' in c.get('ov_items', []):
            need.add('M')
        if self.variant == 'f_overview_rev':
            need.add('R')
        if c.get('round_mode') == 'mix' and 'rev' not in c['sections']:
            need.add('E')
        if c.get('round_mode') == 'mix' and 'rev' in c['sections']:
            need.add('R')
        tpl = [(f'全{a}一般公共预算收入完成{R}，一般公共预算支出{E}，各项民生支出{M}。', 'REM'),
               (f'全年一般公共预算支出{E}，其中民生支出{M}，民生保障有力有效。', 'EM'),
               (f'一般公共预算收入{R}，一般公共预算支出{E}，用于民生领域支出{M}。', 'REM'),
               (f'全年民生支出达到{M}，财政保障民生的力度进一步加大。', 'M'),
               (f'全{a}一般公共预算收入完成{R}，一般公共预算支出{E}。', 'RE'),
               (f'全年实现一般公共预算收入{R}，完成一般公共预算支出{E}。', 'RE'),
               (f'一般公共预算收入{R}，一般公共预算支出{E}，收支平稳。', 'RE'),
               (f'全{a}地方一般公共预算收入{R}，为全年经济社会发展提供了财力保障。', 'R'),
               (f'全年一般公共预算收入达到{R}，一般公共预算支出达到{E}。', 'RE')]
        if 'M' in need:
            cands = [t for t, k in tpl if 'M' in k and all(x in k for x in need)]
        else:
            cands = [t for t, k in tpl if 'M' not in k and all(x in k for x in need)]
        body = self.pick(cands)
        self.lines.append(lead + body)

    # ------------------------------------------------------------ revenue
    def budget_clause(self, key, v, unit, mode, strict, exp=False):
        """returns (clause text, note). mode: none/plain/init/adj/both/adjbase"""
        W = self.W
        if mode == 'none':
            return None
        lo, hi = ('0.95', '1.07') if not exp else ('0.90', '1.02')
        B0, p0 = self.sample_budget(v, lo, hi, strict)
        W[key + '_B0'] = B0
        if mode in ('both', 'adjbase'):
            for _ in range(4000):
                B1, p1 = self.sample_budget(v, '0.93', '1.06', strict)
                if abs(p1 - p0) >= D('2.0'):
                    break
            W[key + '_B1'], W[key + '_p0'], W[key + '_p1'] = B1, p0, p1
            shown = p1
            if mode == 'adjbase':
                shown = p0
                self.detail = (f'{"一般公共预算支出" if exp else "一般公共预算收入"}「为调整预算的{self.P(p0)}」实为对年初预算'
                               f'{self.A(B0, unit)}的比例，对调整预算{self.A(B1, unit)}应为{self.P(p1)}')
                self.bad_pct = self.P(p0)
            t = self.pick([
                f'年初预算{self.A(B0, unit)}，调整预算{self.A(B1, unit)}，@，完成调整预算的{self.P(shown)}',
                f'@，为调整预算{self.A(B1, unit)}的{self.P(shown)}（年初预算{self.A(B0, unit)}）',
                f'@，完成调整预算的{self.P(shown)}，年初预算为{self.A(B0, unit)}、调整预算为{self.A(B1, unit)}',
                f'年初预算为{self.A(B0, unit)}，经{self.a}人大常委会批准调整预算为{self.A(B1, unit)}，@，为调整预算的{self.P(shown)}',
                f'年初预算{self.A(B0, unit)}，年中调整预算{self.A(B1, unit)}，@，按调整预算计算完成{self.P(shown)}',
            ])
            return t
        if mode == 'plain':
            return '@，' + self.pick([f'为预算的{self.P(p0)}', f'完成预算的{self.P(p0)}', f'为年度预算的{self.P(p0)}',
                                      f'完成全年预算的{self.P(p0)}', f'为年初预算的{self.P(p0)}'])
        if mode == 'init':
            return '@，' + self.pick([f'为年初预算{self.A(B0, unit)}的{self.P(p0)}', f'完成年初预算{self.A(B0, unit)}的{self.P(p0)}',
                                      f'完成预算{self.A(B0, unit)}的{self.P(p0)}', f'为预算数{self.A(B0, unit)}的{self.P(p0)}',
                                      f'预算{self.A(B0, unit)}，完成预算的{self.P(p0)}'])
        if mode == 'adj':
            B1, p1 = self.sample_budget(v, '0.95', '1.06', strict)
            return '@，' + self.pick([f'为调整预算{self.A(B1, unit)}的{self.P(p1)}', f'完成调整预算{self.A(B1, unit)}的{self.P(p1)}',
                                      f'调整预算为{self.A(B1, unit)}，完成调整预算的{self.P(p1)}',
                                      f'为变动预算{self.A(B1, unit)}的{self.P(p1)}',
                                      f'调整预算{self.A(B1, unit)}，执行率为调整预算的{self.P(p1)}'])
        raise ValueError(mode)

    def growth_clause(self, v, prev, unit, mode, strict, label, reason=None):
        """mode: plain/prev/prevdiff/tkj_both/tkj_only/wrong"""
        g = self.growth(v, prev, strict)
        assert g is not None, (label, v, prev)
        gw = self.gw(g)
        Pv = self.A(prev, unit)
        if mode == 'plain':
            return self.pick([f'同比{gw}{self.P(g)}', f'比上年{gw}{self.P(g)}', f'较上年{gw}{self.P(g)}',
                              f'{gw}{self.P(g)}', f'与上年相比{gw}{self.P(g)}'])
        if mode in ('prev', 'wrong'):
            if mode == 'wrong':
                good = g
                g = self.wrong_growth
                gw = self.gw(g)
                self.bad_pct = self.P(g)
                self.detail = (f'{label}「{gw}{self.P(g)}」与上年{Pv}、本年{self.A(v, unit)}不符，'
                               f'应为{self.gw(good)}{self.P(good)}（{self.wrong_why}）')
            return self.pick([f'比上年的{Pv}{gw}{self.P(g)}', f'较上年{Pv}{gw}{self.P(g)}',
                              f'上年同期为{Pv}，同比{gw}{self.P(g)}', f'比上年（{Pv}）{gw}{self.P(g)}',
                              f'与上年{Pv}相比{gw}{self.P(g)}'])
        if mode == 'prevdiff':
            d = v - prev
            if unit == 'yi' and yiv(v) - yiv(prev) != yiv(abs(d)) * (1 if d >= 0 else -1):
                return self.growth_clause(v, prev, unit, 'prev', strict, label)
            dw = self.pick([('增支', '减支'), ('增加', '减少')] if '支出' in label else [('增收', '减收'), ('增加', '减少')])
            dw = dw[0] if d >= 0 else dw[1]
            Dd = self.A(abs(d), unit)
            return self.pick([f'比上年{Pv}{dw}{Dd}，{gw}{self.P(g)}', f'较上年{Pv}{dw}{Dd}、{gw}{self.P(g)}',
                              f'上年为{Pv}，同比{dw}{Dd}，{gw}{self.P(g)}', f'比上年的{Pv}{dw}{Dd}，{gw}{self.P(g)}',
                              f'较上年{Pv}{dw}{Dd}，同比{gw}{self.P(g)}'])
        if mode in ('tkj_both', 'tkj_only'):
            delta = rfrac(self.rng, '1.5', '7.0')
            gc = qz(g + delta, D(1).scaleb(-self.pdp))
            gw2 = self.gw(gc)
            reason = reason or '一次性因素'
            self.tkj_note = f'{label}同口径{gw2}{self.P(gc)}，按两年数字直接计算为{gw}{self.P(g)}'
            if mode == 'tkj_both':
                base = self.pick([f'比上年的{Pv}{gw}{self.P(g)}', f'较上年{Pv}{gw}{self.P(g)}',
                                  f'上年同期为{Pv}，同比{gw}{self.P(g)}'])
                tail = self.pick([f'，剔除{reason}因素后同口径{gw2}{self.P(gc)}', f'（同口径{gw2}{self.P(gc)}）',
                                  f'，按同口径计算{gw2}{self.P(gc)}', f'，扣除{reason}影响，可比口径{gw2}{self.P(gc)}',
                                  f'，剔除{reason}等因素，同口径{gw2}{self.P(gc)}'])
                return base + tail
            return self.pick([f'上年完成{Pv}，剔除{reason}因素后同口径{gw2}{self.P(gc)}',
                              f'比上年{Pv}同口径{gw2}{self.P(gc)}（已剔除{reason}因素）',
                              f'上年为{Pv}，按同口径计算{gw2}{self.P(gc)}',
                              f'与上年{Pv}相比，剔除{reason}因素后{gw2}{self.P(gc)}',
                              f'上年同期{Pv}，可比口径{gw2}{self.P(gc)}（{reason}因素已作扣除）'])
        raise ValueError(mode)

    def tkj_reason(self):
        return {2019: '减税降费', 2020: '减税降费和缓税', 2021: '上年缓税入库', 2022: '大规模留抵退税',
                2023: '上年留抵退税基数', 2024: '上年一次性收入'}[self.Y]

    def render_rev(self, heading):
        W, c, a, Y = self.W, self.cfg, self.a, self.Y
        u = c['rev_unit']
        strict = True
        self.lines.append(heading)
        R = W['R']
        # ---- total sentence
        subj, verb = self.pick([(f'全{a}一般公共预算收入', None), (f'{Y}年全{a}一般公共预算收入', None),
                                (f'全{a}地方一般公共预算收入', None), ('一般公共预算收入', None),
                                (f'{Y}年，全{a}完成一般公共预算收入', '')])
        if verb is None:
            verb = self.pick(['完成', '实现', '累计完成', '', '达到'] + (['预计完成'] if self.report == 'budget' else []))
        first = f'{subj}{verb}{self.A(R, u)}'
        bmode = c['rev_budget']
        bc = self.budget_clause('R', R, u, bmode, strict)
        gmode = c['rev_growth']
        gc = self.growth_clause(R, W['R_prev'], u, gmode, strict, '一般公共预算收入', self.tkj_reason()) if gmode else None
        if bc is None:
            s = first
        elif bc.startswith('@'):
            s = first + bc[1:]
        else:
            # budget amounts before the actual: "X年初预算…，@，…"
            s = bc.replace('@', self.pick(['实际完成', '执行', '完成']) + self.A(R, u))
            s = subj.replace('完成', '') + s if not subj.endswith('完成一般公共预算收入') else f'{Y}年，全{a}一般公共预算收入' + s
        if gc:
            flip = self.rng.randint(1, 100) <= 50
            if bc is not None and bc.startswith('@，') and (flip or '调整预算为' in bc):
                s = first + '，' + gc + '，' + bc[2:]
            else:
                s = s + '，' + gc
        line = s + '。'
        # ---- tax / nontax split
        T, N = W['T'], W['N']
        split = c['rev_split']
        Ts, Ns = self.A(T, u), self.A(N, u)
        if self.variant == 'u_nontax':
            wrong = str(yiv(N)) + '万元'
            self.detail = f'非税收入「{wrong}」单位错误，应为{yiv(N)}亿元（税收收入{Ts}+非税收入=一般公共预算收入{self.A(R, u)}）'
            Ns = wrong
        elif self.variant == 's_taxnontax':
            num = str(yiv(N)) if u == 'yi' else format(qz(N, self.Q), ',' if self.comma else '')
            t = transpose(num, self.rng, D('0.01'))
            Ns = t + ('亿元' if u == 'yi' else '万元')
            self.detail = (f'非税收入「{Ns}」应为{self.A(N, u)}（数字颠倒）：税收收入{Ts}+非税收入≠一般公共预算收入{self.A(R, u)}')
        gT = gro(T, W['T_prev'], self.pdp)
        gN = gro(N, W['N_prev'], self.pdp)
        if split == 'g':
            sp = self.pick(['其中：', '其中，', '从收入结构看，']) + \
                f'税收收入{Ts}，{self.gw(gT)}{self.P(gT)}；非税收入{Ns}，{self.gw(gN)}{self.P(gN)}。'
        elif split == 'prev':
            assert self.growth(T, W['T_prev'], strict) is not None
            sp = self.pick(['其中，', '其中：', '分类看，']) + \
                f'税收收入完成{Ts}，比上年{self.A(W["T_prev"], u)}{self.gw(gT)}{self.P(gT)}；非税收入完成{Ns}，比上年{self.A(W["N_prev"], u)}{self.gw(gN)}{self.P(gN)}。'
        elif split == 'share':
            sT = self.ratio(T, R, strict)
            assert sT is not None and self.ratio(N, R, strict) is not None
            sN = self.ratio(N, R, strict)
            sp = f'从收入结构看，税收收入{Ts}，占一般公共预算收入的{self.P(sT)}；非税收入{Ns}，占{self.P(sN)}。'
        elif split == 'fenbie':
            sp = self.pick(['其中税收收入、非税收入分别完成', '税收收入和非税收入分别为', '其中，税收收入与非税收入分别实现']) + \
                f'{Ts}和{Ns}，分别{self.gw(gT)}{self.P(gT)}和{self.gw(gN)}{self.P(gN)}。'
        elif split == 'taxshare':
            sT = self.ratio(T, R, strict)
            assert sT is not None
            sp = self.pick([f'其中税收收入{Ts}，税收占比{self.P(sT)}；非税收入{Ns}。',
                            f'税收收入{Ts}，占一般公共预算收入比重为{self.P(sT)}，非税收入{Ns}。'])
        elif split == 'paren':
            sp = f'按收入类别划分，税收收入实现{Ts}（上年{self.A(W["T_prev"], u)}），非税收入实现{Ns}（上年{self.A(W["N_prev"], u)}）。'
        else:
            sp = self.pick(['其中，', '其中：', '收入构成上，']) + f'税收收入{Ts}，非税收入{Ns}。'
        if c.get('rev_tail') and 'rounding' in self.traps:
            sp += self.pick(ROUND_NOTES)
        if self.rng.randint(1, 100) <= 50:
            self.lines.append(line + sp)
        else:
            self.lines.append(line)
            self.lines.append(sp)
        # ---- main taxes (non-exhaustive)
        if c.get('rev_taxes'):
            self.lines.append(self.tax_sentence(u))
        if c.get('rev_nt'):
            names = self.rng.sample(NONTAX[:4], self.rng.randint(2, 3))
            items = [f'{n}{self.A(W["nt"][n], u)}' for n in names]
            self.lines.append(self.pick(['非税收入中，', '非税收入主要项目：', '从非税收入看，', '非税收入主要包括：', '非税收入方面，'])
                              + '，'.join(items) + '。')
        if c.get('table') == 'tax':
            self.tax_table()

    def prose_taxes(self):
        if '_ptax' not in self.__dict__:
            k = self.rng.randint(4, 6)
            pool = [n for n, _ in TAXES if n != '环境保护税']
            chosen = self.rng.sample(pool[:12], k)
            if 'neggrowth' in self.traps and not any(self.W['tax_g'][n] < 0 for n in chosen):
                negs = [n for n in pool if self.W['tax_g'][n] < 0]
                if negs:
                    chosen[-1] = negs[0]
                    chosen = list(dict.fromkeys(chosen))
            order = [n for n, _ in TAXES if n in chosen]
            self._ptax = order
        return self._ptax

    def tax_sentence(self, u):
        W = self.W
        names = self.prose_taxes()
        vals = {n: W['tax'][n] for n in names}
        shown = {n: self.A(vals[n], u) for n in names}
        if self.variant == 'f_table_tax':
            n0 = names[0]
            num = str(yiv(vals[n0])) if u == 'yi' else format(qz(vals[n0], self.Q), ',' if self.comma else '')
            t = transpose(num, self.rng, D('0.03'))
            shown[n0] = t + ('亿元' if u == 'yi' else '万元')
            self.detail = (f'正文{n0}「{shown[n0]}」与表中{n0}{self.wan(vals[n0])}不一致，应为{self.A(vals[n0], u)}')
        g = {n: W['tax_g'][n] for n in names}
        style = self.pick(['a', 'b', 'c', 'e', 'f'])
        if style == 'a':
            return '主要税种中，' + '；'.join(f'{n}{shown[n]}，{self.gw(g[n])}{self.P(g[n])}' for n in names) + '。'
        if style == 'b':
            return '分税种看，' + '；'.join(f'{n}完成{shown[n]}，同比{self.gw(g[n])}{self.P(g[n])}' for n in names) + '。'
        if style == 'c':
            parts, prev = [], None
            for n in names:
                w = self.gw(g[n])
                parts.append((w if w != prev else '') + self.P(g[n]))
                prev = w
            gl = '、'.join(parts[:-1]) + '和' + parts[-1]
            return '税收收入中，' + '、'.join(f'{n}{shown[n]}' for n in names) + '，分别' + gl + '。'
        if style == 'e':
            neg = [n for n in names if g[n] < 0]
            pos = [n for n in names if g[n] >= 0]
            s = ''
            if neg:
                s += '受房地产市场下行等因素影响，' + '，'.join(f'{n}{shown[n]}，下降{self.P(g[n])}' for n in neg) + '。'
            if pos:
                s += ('同时，' if neg else '') + '，'.join(f'{n}{shown[n]}，增长{self.P(g[n])}' for n in pos) + '。'
            return s
        return '其中主要税种：' + '、'.join(f'{n}{shown[n]}（{self.gw(g[n])}{self.P(g[n])}）' for n in names) + '。'

    def table_sep(self):
        return self.pick([' | ', '\t'])

    def fmt_cell(self, v):
        v = qz(v, self.Q)
        return format(v, ',') if self.comma else str(v)

    def pcell(self, p, sign=True):
        s = str(p)
        return s + ('%' if self.pct_sign_in_table else '')

    def tax_table(self):
        W, Y, a = self.W, self.Y, self.a
        sep = self.table_sep()
        self.pct_sign_in_table = self.rng.randint(1, 100) <= 30
        names = list(self.prose_taxes())
        extra = [n for n, _ in TAXES if n not in names and n != '环境保护税']
        self.rng.shuffle(extra)
        names = names + extra[:self.rng.randint(1, 3)]
        names = [n for n, _ in TAXES if n in names]
        other = W['T'] - sum(W['tax'][n] for n in names)
        other_p = W['T_prev'] - sum(W['tax_prev'][n] for n in names)
        rows = [(n, W['tax'][n], W['tax_prev'][n]) for n in names] + [('其他税收', other, other_p)]
        budgets = {}
        for n, v, p in rows:
            budgets[n] = qz(v / rfrac(self.rng, '0.90', '1.10'), self.Q)
        cap = self.pick([f'表1  {Y}年全{a}税收收入完成情况', f'附表：{Y}年税收收入分税种完成情况',
                         f'{Y}年主要税种收入情况表', f'表  {Y}年全{a}税收收入分项目完成情况', f'{Y}年税收收入明细'])
        unitline = self.rng.randint(1, 100) <= 50
        self.lines.append(cap + ('' if unitline else '（单位：万元）'))
        if unitline:
            self.lines.append('单位：万元')
        style = self.cfg.get('tax_table_style') or self.pick(['A', 'B', 'C', 'E'])
        if style == 'A':
            hdr = ['项目', '上年完成数', '预算数', '完成数', '完成预算%', '同比增长%']
        elif style == 'B':
            hdr = ['税种', '预算数', '完成数', '为预算%', '上年完成数', '比上年增长%']
        elif style == 'C':
            hdr = ['项目', '上年决算数', '本年决算数', '增减%']
        else:
            hdr = ['税种', '完成数', '上年完成数', '同比增长%']
        self.lines.append(sep.join(hdr))
        bad_row = None
        if self.variant == 'r_table_budget':
            cand = [n for n, v, p in rows if n != '其他税收']
            bad_row = self.pick(cand)
        tot_b = sum(budgets.values())
        allrows = rows + [(self.pick(['税收收入合计', '合计', '税收收入']), W['T'], W['T_prev'])]
        budgets[allrows[-1][0]] = tot_b
        for n, v, p in allrows:
            cells = {'项目': n, '税种': n, '上年完成数': self.fmt_cell(p), '上年决算数': self.fmt_cell(p),
                     '预算数': self.fmt_cell(budgets[n]), '完成数': self.fmt_cell(v), '本年决算数': self.fmt_cell(v)}
            bp = pct(v, budgets[n], 1)
            gp = gro(v, p, 1)
            if n == bad_row:
                wrong = transpose(str(bp), self.rng, D('0.004'))
                if wrong is None or abs(D(wrong) - bp) < D('0.5'):
                    wrong = str(qz(bp + D('4.5'), D('0.1')))
                self.detail = (f'表中{n}完成预算%「{wrong}{"%" if self.pct_sign_in_table else ""}」应为{bp}'
                               f'（完成数{self.fmt_cell(v)}÷预算数{self.fmt_cell(budgets[n])}）')
                self.bad_pct = wrong + ('%' if self.pct_sign_in_table else '')
                bp = D(wrong)
            cells['完成预算%'] = cells['为预算%'] = self.pcell(bp)
            cells['同比增长%'] = cells['比上年增长%'] = cells['增减%'] = self.pcell(gp)
            self.lines.append(sep.join(cells[h] for h in hdr))

    # ------------------------------------------------------------ expenditure
    def render_exp(self, heading):
        W, c, a, Y = self.W, self.cfg, self.a, self.Y
        u = c['exp_unit']
        strict = True
        self.lines.append(heading)
        E = W['E']
        subj, verb = self.pick([(f'全{a}一般公共预算支出', None), ('一般公共预算支出', None),
                                (f'{Y}年全{a}一般公共预算支出', None), (f'全{a}完成一般公共预算支出', ''),
                                ('一般公共预算支出决算数为', '')])
        if verb is None:
            verb = self.pick(['完成', '', '累计完成', '实现', '共计'])
        first = f'{subj}{verb}{self.A(E, u)}'
        bmode = c['exp_budget']
        bc = self.budget_clause('E', E, u, bmode, strict, exp=True)
        gmode = c['exp_growth']
        gc = self.growth_clause(E, W['E_prev'], u, gmode, strict, '一般公共预算支出', '一次性支出') if gmode else None
        if bc is None:
            s = first
        elif bc.startswith('@'):
            s = first + bc[1:]
        else:
            s = '一般公共预算支出' + bc.replace('@', self.pick(['实际支出', '完成', '执行']) + self.A(E, u))
        if gc:
            if bc is not None and bc.startswith('@，') and '调整预算为' in bc:
                s = first + '，' + gc + '，' + bc[2:]
            else:
                s = s + '，' + gc
        line = s + '。'
        # functions (non-exhaustive)
        fl = None
        if c.get('exp_funcs'):
            k = self.rng.randint(4, 7)
            names = [n for n, _t, _s in FUNCS]
            chosen = self.rng.sample(names, k)
            chosen = [n for n in names if n in chosen]
            self.prose_funcs = chosen
            fv, fg = W['fn'], W['fn_g']
            A = lambda n: self.A(fv[n], u)
            style = self.pick(['a', 'b', 'c', 'd', 'e'])
            if style == 'a':
                fl = '其中：' + '；'.join(f'{n}{A(n)}，{self.gw(fg[n])}{self.P(fg[n])}' for n in chosen) + '。'
            elif style == 'b':
                fl = '分科目看，' + '，'.join(f'{n}{A(n)}' for n in chosen) + '。'
            elif style == 'c':
                fl = '重点支出中，' + '；'.join(f'{n}{A(n)}，同比{self.gw(fg[n])}{self.P(fg[n])}' for n in chosen) + '。'
            elif style == 'd':
                fl = '主要支出项目完成情况：' + '，'.join(f'{n}{A(n)}' for n in chosen) + '。'
            else:
                sel = chosen[:3]
                short = {n: t for n, t, _s in FUNCS}
                labs = '、'.join(short[n] for n in sel[:-1]) + '、' + sel[-1]
                parts, prev = [], None
                for n in sel:
                    w = self.gw(fg[n])
                    parts.append((w if w != prev else '') + self.P(fg[n]))
                    prev = w
                fl = (f'{labs}分别为' + '、'.join(A(n) for n in sel) + '，分别' + '、'.join(parts[:-1]) + '和' + parts[-1] + '。')
        # minsheng
        ml = None
        if c.get('exp_minsheng'):
            M = W['M']
            sh = self.ratio(M, E, strict)
            if self.variant == 'r_share':
                good = sh
                stale = pct(W['M_prev'], W['E_prev'], self.pdp)
                sh = stale
                self.bad_pct = self.P(sh)
                self.detail = (f'民生支出占比「{self.P(sh)}」沿用了上年比例，按民生支出{self.A(M, u)}÷一般公共预算支出'
                               f'{self.A(E, u)}应为{self.P(good)}')
            Ms = self.A(M, u)
            ml = self.pick([f'全{a}民生支出{Ms}，占一般公共预算支出的{self.P(sh)}。',
                            f'坚持尽力而为、量力而行，用于民生方面的支出达{Ms}，占比{self.P(sh)}。',
                            f'各项民生支出合计{Ms}，占全部支出的{self.P(sh)}。',
                            f'民生领域支出{Ms}，民生支出占一般公共预算支出比重达{self.P(sh)}。',
                            f'全年民生支出{Ms}，占一般公共预算支出总额的{self.P(sh)}，民生保障持续加强。'])
        parts = [line] + [x for x in (fl, ml) if x]
        if self.rng.randint(1, 100) <= 40 and len(parts) > 1:
            self.lines.append(parts[0] + parts[1])
            for p in parts[2:]:
                self.lines.append(p)
        else:
            for p in parts:
                self.lines.append(p)
        if c.get('table') == 'fn':
            self.fn_table()

    def fn_table(self):
        W, Y, a = self.W, self.Y, self.a
        sep = self.table_sep()
        self.pct_sign_in_table = self.rng.randint(1, 100) <= 30
        names = list(getattr(self, 'prose_funcs', []))
        extra = [n for n, _t, _s in FUNCS if n not in names]
        self.rng.shuffle(extra)
        names = names + extra[:max(0, 7 - len(names))]
        names = [n for n, _t, _s in FUNCS if n in names]
        short = {n: t for n, t, _s in FUNCS}
        use_short = self.rng.randint(1, 100) <= 50
        fv, fp = W['fn'], W['fn_prev']
        other = W['E'] - sum(fv[n] for n in names)
        other_p = W['E_prev'] - sum(fp[n] for n in names)
        rows = [((short[n] if use_short else n), fv[n], fp[n]) for n in names] + [('其他支出', other, other_p)]
        rows.append((self.pick(['合计', '一般公共预算支出合计', '总计']), W['E'], W['E_prev']))
        cap = self.pick([f'表2  {Y}年一般公共预算主要支出项目情况', f'附表：{Y}年一般公共预算支出分功能科目完成情况',
                         f'{Y}年全{a}一般公共预算支出明细', f'表  {Y}年一般公共预算支出决算情况', f'{Y}年一般公共预算支出情况表'])
        self.lines.append(cap + '（单位：万元）')
        hdr = self.pick([['科目', '上年决算数', '决算数', '比上年增长%'], ['项目', '本年支出', '上年支出', '增减%'],
                         ['功能分类', '上年执行数', '执行数', '同比增长%']])
        self.lines.append(sep.join(hdr))
        for n, v, p in rows:
            g = gro(v, p, 1)
            cells = []
            for h in hdr:
                if h in ('科目', '项目', '功能分类'):
                    cells.append(n)
                elif h.startswith('上年'):
                    cells.append(self.fmt_cell(p))
                elif h in ('决算数', '本年支出', '执行数'):
                    cells.append(self.fmt_cell(v))
                else:
                    cells.append(self.pcell(g))
            self.lines.append(sep.join(cells))

    # ------------------------------------------------------------ balance
    def render_bal(self, heading):
        W, c, a = self.W, self.cfg, self.a
        self.lines.append(heading)
        w = self.wan
        vals = {k: W[k] for k in ('R', 'SUB', 'DI', 'TI', 'PB', 'STI', 'E', 'UP', 'DR', 'STO', 'C', 'IT', 'ETx')}
        shown = {k: w(v) for k, v in vals.items()}
        if self.variant == 'u_balrev':
            shown['R'] = str(yiv(W['R'])) + '万元'
            self.detail = (f'平衡部分一般公共预算收入「{shown["R"]}」单位错误，应为{w(W["R"])}'
                           f'（={self.A(W["R"], self.cfg["rev_unit"])}，收入总计各项相加亦按此成立）')
        if self.variant == 's_balside':
            side = self.cfg['bal_slip_key']
            num = format(qz(vals[side], self.Q), ',' if self.comma else '')
            t = transpose(num, self.rng, D('0.02'))
            shown[side] = t + '万元'
            nm = {'SUB': '上级补助收入', 'DI': '债务转贷收入', 'TI': '调入资金', 'UP': '上解支出', 'DR': '债务还本支出'}[side]
            tot = '收入总计' if side in ('SUB', 'DI', 'TI') else '支出总计'
            self.detail = f'{nm}「{shown[side]}」应为{w(vals[side])}（数字颠倒），{tot}各项相加不等'
        balanced = c['bal_variant'] == 'A'
        carry_s = shown['C']
        if self.variant == 'b_carry':
            if self.rng.randint(1, 100) <= 50:
                wrongC = W['IT'] - W['ETx'] - W['PB']
                why = '漏计上年结余'
                carry_s = w(wrongC)
            else:
                carry_s = transpose(format(qz(W['C'], self.Q), ',' if self.comma else ''), self.rng, D('0.02')) + '万元'
                why = '数字颠倒'
            self.detail = (f'结转下年「{carry_s}」不等于收入总计{w(W["IT"])}减支出总计{w(W["ETx"])}，应为{w(W["C"])}（{why}）')
        inc = [('一般公共预算收入', 'R'), ('上级补助收入', 'SUB'), ('债务转贷收入', 'DI'), ('调入资金', 'TI'),
               (self.pick(['上年结余', '上年结转']), 'PB')]
        if W['STI']:
            inc.append(('动用预算稳定调节基金', 'STI'))
        exp = [('一般公共预算支出', 'E'), (self.pick(['上解支出', '上解上级支出']), 'UP'), ('债务还本支出', 'DR')]
        if W['STO']:
            exp.append((self.pick(['安排预算稳定调节基金', '补充预算稳定调节基金']), 'STO'))
        ITs = shown['IT']
        if balanced:
            ET = W['ETx'] + W['C']
            ETs = w(ET)
            cl = self.pick(['结转下年', '结转下年支出', '年终结转'])
            exp_c = exp + [(cl, 'C')]
            j = lambda lst: '、'.join(f'{n}{shown[k]}' for n, k in lst)
            jc = lambda lst: '，'.join(f'{n}{shown[k]}' for n, k in lst)
            style = self.pick([1, 2, 3, 4, 5])
            if style == 1:
                s = (f'按现行财政体制结算，全{a}{inc[0][0]}{shown["R"]}，加' + j(inc[1:]) + f'，收入总计{ITs}；'
                     f'{exp_c[0][0]}{shown["E"]}，加' + j(exp_c[1:]) + f'，支出总计{ETs}。全{a}一般公共预算收支平衡。')
            elif style == 2:
                s = (f'收入总计{ITs}，其中：' + jc(inc) + f'。支出总计{ETs}，其中：' + jc(exp_c) + '。收支相等，当年平衡。')
            elif style == 3:
                s = (f'全{a}收入总量{ITs}，包括' + j(inc) + f'；支出总量{ETs}，包括' + j(exp_c) + '。当年收支平衡。')
            elif style == 4:
                s = (jc(inc) + f'，收入合计{ITs}。' + jc(exp_c) + f'，支出合计{ETs}。收支平衡。')
            else:
                s = (f'从财力构成看，' + j(inc) + f'，收入总计{ITs}；从支出安排看，' + j(exp_c) +
                     f'，支出总计{ETs}。收入总计与支出总计相等，实现收支平衡。')
            self.lines.append(s)
        else:
            ETs = shown['ETx']
            j = lambda lst: '、'.join(f'{n}{shown[k]}' for n, k in lst)
            jc = lambda lst: '，'.join(f'{n}{shown[k]}' for n, k in lst)
            style = self.pick([1, 2, 3, 4, 5])
            if style == 1:
                s = (f'全{a}{inc[0][0]}{shown["R"]}，加' + j(inc[1:]) + f'，收入总计{ITs}。'
                     f'{exp[0][0]}{shown["E"]}，加' + j(exp[1:]) + f'，支出总计{ETs}。收支相抵，结转下年{carry_s}。')
            elif style == 2:
                s = (f'收入合计{ITs}，其中' + j(inc) + f'；支出合计{ETs}，其中' + j(exp) +
                     f'。收支相抵后年终结余{carry_s}，全部为结转下年的项目资金。')
            elif style == 3:
                s = (jc(inc) + f'，收入总量为{ITs}；' + jc(exp) + f'，支出总量为{ETs}。收支相抵，结转下年支出{carry_s}。')
            elif style == 4:
                s = (f'收入总计{ITs}（' + j(inc) + f'），支出总计{ETs}（' + j(exp) +
                     f'），收支相抵，结余{carry_s}，按规定结转下年使用。')
            else:
                s = (f'全{a}收入总计{ITs}，支出总计{ETs}，收支相抵，年终结余{carry_s}。其中收入总计包括' + j(inc) +
                     '；支出总计包括' + j(exp) + '。')
            self.lines.append(s)
        if c.get('bal_sub'):
            parts = [('返还性收入', W['ret']), ('一般性转移支付收入', W['gtp']), ('专项转移支付收入', W['stp'])]
            ps = [w(v) for _n, v in parts]
            if self.variant == 's_subbd':
                kx = self.rng.choice([1, 2])
                t = transpose(format(qz(parts[kx][1], self.Q), ',' if self.comma else ''), self.rng, D('0.02'))
                ps[kx] = t + '万元'
                self.detail = (f'{parts[kx][0]}「{ps[kx]}」应为{w(parts[kx][1])}：返还性+一般性转移支付+专项转移支付'
                               f'≠上级补助收入{w(W["SUB"])}')
            SUBs = shown['SUB'] if self.variant != 's_balside' or self.cfg['bal_slip_key'] != 'SUB' else w(W['SUB'])
            n0, n1, n2 = [p[0] for p in parts]
            s = self.pick([f'上级补助收入{SUBs}中，{n0}{ps[0]}，{n1}{ps[1]}，{n2}{ps[2]}。',
                           f'其中上级补助收入{SUBs}，包括{n0}{ps[0]}、{n1}{ps[1]}和{n2}{ps[2]}。',
                           f'上级补助收入共计{SUBs}，分别为：{n0}{ps[0]}、{n1}{ps[1]}、{n2}{ps[2]}。',
                           f'从上级补助构成看，{n0}{ps[0]}、{n1}{ps[1]}、{n2}{ps[2]}，上级补助收入合计{SUBs}。',
                           f'上级补助收入{SUBs}（{n0}{ps[0]}、{n1}{ps[1]}、{n2}{ps[2]}）。'])
            self.lines.append(s)

    # ------------------------------------------------------------ fund
    def render_fund(self, heading):
        W, c, a, Y = self.W, self.cfg, self.a, self.Y
        self.lines.append(heading)
        w = self.wan
        FR = W['FR']
        gm = c.get('fund_growth')
        gcl = None
        if gm:
            lo, hi = c.get('fund_g', ('-0.30', '0.10'))
            W['FR_prev'], _g = self.sample_prev(FR, lo, hi, False)
            if c.get('fund_prev_fixed'):
                W['FR_prev'] = c['fund_prev_fixed']
            gcl = self.growth_clause(FR, W['FR_prev'], 'wan', gm, False, '政府性基金预算收入')
        bcl = None
        if c.get('fund_budget'):
            B, p = self.sample_budget(FR, '0.70', '1.10', False)
            bcl = self.pick([f'为预算的{self.P(p)}', f'完成调整预算的{self.P(p)}', f'完成预算{w(B)}的{self.P(p)}'])
        landt = w(W['land'])
        lg = None
        if c.get('fund_land_g'):
            W['land_prev'], lg = self.sample_prev(W['land'], '-0.35', '0.08', False)
        cl = [x for x in (bcl, gcl) if x]
        tail = ('，' + '，'.join(cl)) if cl else ''
        falling = gm is not None and FR < W['FR_prev']
        style = self.pick([1, 2, 3, 5] + ([4, 4] if falling else []))
        if style == 1:
            s1 = f'{Y}年全{a}政府性基金预算收入{w(FR)}{tail}。其中，国有土地使用权出让收入{landt}' + \
                 (f'，{self.gw(lg)}{self.P(lg)}' if lg is not None else '') + '。'
        elif style == 2:
            s1 = f'政府性基金收入完成{w(FR)}{tail}，其中国有土地使用权出让收入{landt}。'
        elif style == 3:
            s1 = f'全{a}政府性基金预算收入实现{w(FR)}{tail}，其中土地出让收入{landt}。'
        elif style == 4:
            s1 = f'受房地产市场调整影响，全{a}政府性基金收入{w(FR)}{tail}。其中国有土地使用权出让收入{landt}。'
        else:
            s1 = f'政府性基金预算收入{w(FR)}（其中国有土地使用权出让收入{landt}）{tail}。'
        s2 = self.pick([f'加上级补助收入{w(W["FS"])}、专项债务转贷收入{w(W["FDI"])}、上年结余{w(W["FP"])}，收入总计{w(W["FIT"])}。',
                        f'加上上级补助收入{w(W["FS"])}、债务转贷收入{w(W["FDI"])}和上年结转{w(W["FP"])}，收入总量为{w(W["FIT"])}。',
                        f'收入总计{w(W["FIT"])}，包括政府性基金预算收入{w(FR)}、上级补助收入{w(W["FS"])}、专项债务转贷收入{w(W["FDI"])}、上年结余{w(W["FP"])}。',
                        f'当年政府性基金收入加上级补助收入{w(W["FS"])}、专项债券转贷收入{w(W["FDI"])}、上年结转结余{w(W["FP"])}，收入合计{w(W["FIT"])}。',
                        f'加上级补助{w(W["FS"])}、地方政府专项债务转贷收入{w(W["FDI"])}、上年结余{w(W["FP"])}后，收入总计{w(W["FIT"])}。'])
        FCs = w(W['FC'])
        if self.variant == 'b_fund':
            if self.rng.randint(1, 100) <= 50:
                wr = W['FIT'] - W['FE'] - W['FRP']
                FCs = w(wr)
                why = '漏减调出资金'
            else:
                FCs = transpose(format(qz(W['FC'], self.Q), ',' if self.comma else ''), self.rng, D('0.02')) + '万元'
                why = '数字颠倒'
            self.detail = f'政府性基金年末结余「{FCs}」应为{w(W["FC"])}（收入总计{w(W["FIT"])}−支出总计{w(W["FET"])}；{why}）'
        FE, FTO, FRP, FET = w(W['FE']), w(W['FTO']), w(W['FRP']), w(W['FET'])
        s3 = self.pick([f'政府性基金预算支出{FE}，加调出资金{FTO}、专项债务还本支出{FRP}，支出总计{FET}。收支相抵，年末结余{FCs}。',
                        f'政府性基金支出完成{FE}；调出资金{FTO}，专项债务还本支出{FRP}，支出合计{FET}。收支相抵，结转下年{FCs}。',
                        f'支出总计{FET}，其中政府性基金预算支出{FE}、调出资金{FTO}、债务还本支出{FRP}；收支相抵后，年终结余{FCs}。',
                        f'全{a}政府性基金预算支出{FE}，调出资金{FTO}，专项债务还本支出{FRP}，支出总量{FET}，收支相抵结余{FCs}，结转下年使用。',
                        f'政府性基金预算支出{FE}，调出资金{FTO}，还本支出方面专项债务还本支出{FRP}，支出总计{FET}；收支相抵，结转下年{FCs}。'])
        if s2.startswith('收入总计') or self.rng.randint(1, 100) <= 50:
            self.lines.append(s1 + s2)
            self.lines.append(s3)
        else:
            self.lines.append(s1 + s2 + s3)

    # ------------------------------------------------------------ SOE
    def render_soe(self, heading):
        W, c, a, Y = self.W, self.cfg, self.a, self.Y
        self.lines.append(heading)
        w = self.wan
        SR, SP, SS, SIT, STO, SC, SE, SET = (W[k] for k in ('SR', 'SP', 'SS', 'SIT', 'STO2', 'SC', 'SE', 'SET'))
        B, p = self.sample_budget(SR, '0.85', '1.25', False)
        sub = f'、上级补助收入{w(SS)}' if SS else ''
        style = self.pick([1, 2, 3, 4, 5])
        if style == 1:
            s = (f'国有资本经营预算收入{w(SR)}，为预算的{self.P(p)}，加上年结余{w(SP)}{sub}，收入总计{w(SIT)}；'
                 f'国有资本经营预算支出{w(SE)}，调出资金{w(STO)}，支出总计{w(SET)}，收支相抵，结转下年{w(SC)}。')
        elif style == 2:
            s = (f'全{a}国有资本经营收入完成{w(SR)}，加上年结转{w(SP)}{sub}，收入总计{w(SIT)}。'
                 f'国有资本经营支出{w(SE)}，调出资金{w(STO)}（调入一般公共预算统筹使用），支出总计{w(SET)}。收支相抵，结转下年{w(SC)}。')
        elif style == 3:
            s = (f'国有资本经营预算收入{w(SR)}，主要是国有企业上缴利润和产权转让收入，完成预算{w(B)}的{self.P(p)}。'
                 f'加上年结余{w(SP)}{sub}，收入总计{w(SIT)}。国有资本经营预算支出{w(SE)}，调入一般公共预算{w(STO)}，'
                 f'支出总计{w(SET)}，收支相抵，结余{w(SC)}。')
        elif style == 4:
            s = (f'{Y}年国有资本经营预算收入{w(SR)}{sub.replace("、", "，")}，上年结余{w(SP)}，收入合计{w(SIT)}；'
                 f'国有资本经营预算支出{w(SE)}，调出资金{w(STO)}，支出合计{w(SET)}；收支相抵，结转下年{w(SC)}。')
        else:
            s = (f'收入总计{w(SIT)}，其中国有资本经营预算收入{w(SR)}、上年结余{w(SP)}{sub}；支出总计{w(SET)}，其中国有资本经营预算支出{w(SE)}、'
                 f'调出资金{w(STO)}。收支相抵，结转下年{w(SC)}。')
        self.lines.append(s)

    # ------------------------------------------------------------ social security
    def render_ss(self, heading):
        W, c, a, Y = self.W, self.cfg, self.a, self.Y
        self.lines.append(heading)
        u = c.get('ss_unit', 'wan')
        A = lambda v: self.A(v, u)
        XR, XE, XS, cur, end = W['XR'], W['XE'], W['XS'], W['Xcur'], W['Xend']
        gcl = ''
        if c.get('ss_growth'):
            W['XR_prev'], _ = self.sample_prev(XR, '-0.05', '0.15', u == 'yi')
            if c.get('ss_prev_fixed'):
                W['XR_prev'] = c['ss_prev_fixed']
            gcl = '，' + self.growth_clause(XR, W['XR_prev'], u, c['ss_growth'], u == 'yi', '社会保险基金收入')
        ends = A(end)
        curs = A(abs(cur))
        if self.variant == 'b_ssroll':
            if cur < 0:
                wrong = XS - cur  # sign slip: gap added instead of subtracted
                ends = A(wrong)
                why = '收支缺口被加到了上年末滚存结余上'
            else:
                ends = transpose(str(yiv(end)) if u == 'yi' else format(qz(end, self.Q), ',' if self.comma else ''),
                                 self.rng, D('0.02')) + ('亿元' if u == 'yi' else '万元')
                why = '数字颠倒'
            self.detail = f'社会保险基金年末滚存结余「{ends}」应为{A(end)}（上年末{A(XS)}{"+" if cur >= 0 else "−"}{curs}；{why}）'
        if self.variant == 'u_sscur':
            curs = str(yiv(cur)) + '万元'
            self.detail = f'社会保险基金当年收支结余「{curs}」单位错误，应为{yiv(cur)}亿元（收入{A(XR)}−支出{A(XE)}）'
        if cur >= 0:
            style = self.pick([1, 2, 3, 4, 5])
            if style == 1:
                s = (f'全{a}社会保险基金收入{A(XR)}{gcl}；社会保险基金支出{A(XE)}。当年收支结余{curs}，'
                     f'加上年末滚存结余{A(XS)}，年末滚存结余{ends}。')
            elif style == 2:
                s = (f'社保基金收入{A(XR)}{gcl}，社保基金支出{A(XE)}，本年收支结余{curs}，年初滚存结余{A(XS)}，年末滚存结余{ends}。')
            elif style == 3:
                s = (f'{Y}年社会保险基金预算收入完成{A(XR)}{gcl}；社会保险基金预算支出完成{A(XE)}。收支相抵，当期结余{curs}，'
                     f'年末滚存结余{ends}（上年末滚存结余{A(XS)}）。')
            elif style == 4:
                s = (f'上年末滚存结余{A(XS)}，本年社会保险基金收入{A(XR)}{gcl}{"；" if gcl else "、"}社会保险基金支出{A(XE)}，当年结余{curs}，'
                     f'年末累计结余{ends}。')
            else:
                s = (f'全{a}社会保险基金收入合计{A(XR)}{gcl}，社会保险基金支出合计{A(XE)}，当年收支结余{curs}；'
                     f'年初滚存结余{A(XS)}，年末滚存结余{ends}，滚存结余规模继续扩大。')
        else:
            style = self.pick([1, 2, 3, 4, 5])
            if style == 1:
                s = (f'全{a}社会保险基金收入{A(XR)}{gcl}，社会保险基金支出{A(XE)}，当年收支缺口{curs}，'
                     f'动用历年滚存结余弥补后，年末滚存结余{ends}（上年末滚存结余{A(XS)}）。')
            elif style == 2:
                s = (f'社保基金收入{A(XR)}{gcl}；社保基金支出{A(XE)}，收支缺口{curs}。年初滚存结余{A(XS)}，年末滚存结余{ends}。')
            elif style == 3:
                s = (f'社会保险基金预算收入{A(XR)}{gcl}，社会保险基金预算支出{A(XE)}，支大于收，当年收支缺口{curs}，'
                     f'上年末滚存结余{A(XS)}，年末滚存结余{ends}。')
            elif style == 4:
                s = (f'上年末滚存结余{A(XS)}；{Y}年社会保险基金收入{A(XR)}{gcl}{"；" if gcl else "、"}社会保险基金支出{A(XE)}，'
                     f'当年收支缺口{curs}，年末累计结余{ends}。')
            else:
                s = (f'全{a}社会保险基金收入{A(XR)}{gcl}，社会保险基金支出{A(XE)}，当期收支缺口{curs}由历年滚存结余弥补，'
                     f'年末滚存结余{ends}，年初滚存结余为{A(XS)}。')
        self.lines.append(s)
        if c.get('ss_items'):
            names = self.rng.sample(SSI, self.rng.randint(2, 3))
            names = [n for n in SSI if n in names]
            self.lines.append(self.pick(['分险种看，', '其中，', '主要险种中，', '从险种结构看，', '其中主要险种：'])
                              + '，'.join(f'{n}{A(W["ssi"][n])}' for n in names) + '。')

    # ------------------------------------------------------------ debt
    def render_debt(self, heading):
        W, c, a, Y = self.W, self.cfg, self.a, self.Y
        self.lines.append(heading)
        u = c['debt_unit']
        A = lambda v: self.A(v, u)
        D1s, G1s, S1s = A(W['D1']), A(W['G1']), A(W['S1'])
        if self.variant == 's_debtsplit':
            num = str(yiv(W['S1'])) if u == 'yi' else format(qz(W['S1'], self.Q), ',' if self.comma else '')
            S1s = transpose(num, self.rng, D('0.02')) + ('亿元' if u == 'yi' else '万元')
            self.detail = f'专项债务余额「{S1s}」应为{A(W["S1"])}（数字颠倒）：一般债务{G1s}+专项债务≠政府债务余额{D1s}'
        if self.variant == 'u_debtspe':
            S1s = str(yiv(W['S1'])) + '万元'
            self.detail = f'专项债务余额「{S1s}」单位错误，应为{yiv(W["S1"])}亿元（一般债务{G1s}+专项债务=政府债务余额{D1s}）'
        parts = []
        if c.get('debt_split', True):
            parts.append(self.pick([
                f'截至{Y}年末，全{a}政府债务余额{D1s}，其中：一般债务{G1s}，专项债务{S1s}。',
                f'{Y}年末，全{a}地方政府债务余额为{D1s}，包括一般债务余额{G1s}、专项债务余额{S1s}。',
                f'年末政府债务余额{D1s}（一般债务{G1s}，专项债务{S1s}）。',
                f'全{a}政府债务余额{D1s}。分类型看，一般债务余额{G1s}，专项债务余额{S1s}。',
                f'截至{Y}年底，我{a}一般债务余额{G1s}、专项债务余额{S1s}，合计政府债务余额{D1s}。']))
        if c.get('debt_roll'):
            D0s = A(W['D0'])
            if self.variant == 'b_debtroll':
                stale = W['D0'] - qz(W['D0'] * rfrac(self.rng, '0.05', '0.12'), self.Q)
                D0s = A(stale)
                self.detail = (f'年初政府债务余额「{D0s}」为陈旧数字，按年末余额{D1s}−新增{A(W["I"])}+偿还{A(W["RP"])}应为{A(W["D0"])}，'
                               '年初+新增−偿还≠年末')
            I, RP = A(W['I']), A(W['RP'])
            split_i = c.get('debt_issue_split')
            Ip = f'（其中一般债券{A(W["IG"])}、专项债券{A(W["IS"])}）' if split_i else ''
            end_word = '年末余额' if c.get('debt_split', True) else '年末政府债务余额'
            parts.append(self.pick([
                f'{Y}年初政府债务余额{D0s}，当年新增政府债券{I}{Ip}，偿还到期债务本金{RP}，{end_word}{D1s}。',
                f'上年末政府债务余额{D0s}，{Y}年发行政府债券{I}{Ip}，偿还债务本金{RP}，年末政府债务余额{D1s}。',
                f'年初债务余额{D0s}，本年新增债务{I}{Ip}，偿还政府债务本金{RP}，期末余额{D1s}。',
                f'期初余额{D0s}，加：本年举借{I}{Ip}，减：本年偿还{RP}，期末余额{D1s}。',
                f'{Y}年全{a}举借债务{I}{Ip}，偿还本金{RP}；年初余额{D0s}，年末余额{D1s}。']))
        if c.get('debt_limit'):
            L, LG, LS = A(W['L']), A(W['LG']), A(W['LS'])
            comp = c.get('debt_limit_split')
            st = self.pick([1, 2, 3, 4, 5])
            if st == 1:
                s = f'经省政府批准，{self.prov}财政厅核定我{a}{Y}年政府债务限额{L}' + (f'，其中一般债务限额{LG}、专项债务限额{LS}' if comp else '') + '。'
            elif st == 2:
                s = f'{Y}年{self.prov}财政厅下达我{a}政府债务限额{L}' + (f'（一般债务限额{LG}，专项债务限额{LS}）' if comp else '') + '，政府债务余额控制在限额以内。'
            elif st == 3:
                s = f'全{a}政府债务限额为{L}' + (f'，其中一般债务限额{LG}，专项债务限额{LS}' if comp else '') + '，债务余额未超过限额，债务风险总体可控。'
            elif st == 4:
                s = f'债务余额低于省核定的债务限额{L}' + (f'（一般债务限额{LG}、专项债务限额{LS}）' if comp else '') + '，风险处于可控区间。'
            else:
                s = f'政府债务余额控制在{self.prov}核定的政府债务限额{L}以内' + (f'，其中一般债务限额为{LG}，专项债务限额为{LS}' if comp else '') + '。'
            parts.append(s)
            if self.variant == 'f_limit':
                wrong = transpose(str(yiv(W['L'])) if u == 'yi' else format(qz(W['L'], self.Q), ',' if self.comma else ''),
                                  self.rng, D('0.01'))
                for _ in range(50):
                    if wrong and D(wrong.replace(',', '')) * (YI if u == 'yi' else 1) > W['D1'] * D('1.005'):
                        break
                    wrong = transpose(str(yiv(W['L'])) if u == 'yi' else format(qz(W['L'], self.Q), ',' if self.comma else ''),
                                      self.rng, D('0.01'))
                ws = wrong + ('亿元' if u == 'yi' else '万元')
                self.detail = f'政府债务限额前后不一致：前文{L}，后文「{ws}」，应为{L}'
                parts.append(self.pick([f'下一步，将严格在政府债务限额{ws}内举借债务，防范化解债务风险。',
                                        f'总体看，全{a}政府债务余额在限额{ws}以内，风险可控。',
                                        f'全{a}将继续把债务余额控制在债务限额{ws}以内，坚决遏制隐性债务增量。',
                                        f'综上，{Y}年末政府债务余额未突破省核定的限额{ws}。',
                                        f'债务规模始终控制在限额{ws}之内，未发生债务违约。']))
        if self.rng.randint(1, 100) <= 50 and len(parts) >= 2:
            self.lines.append(parts[0] + parts[1])
            for p in parts[2:]:
                self.lines.append(p)
        else:
            for p in parts:
                self.lines.append(p)
        if c.get('debt_tail') and 'rounding' in self.traps:
            self.lines.append(self.pick(ROUND_NOTES))
        if c.get('table') == 'debt':
            self.debt_table()

    def debt_table(self):
        W, Y = self.W, self.Y
        sep = self.table_sep()
        tu = 'wan'
        self.lines.append(self.pick([f'表3  {Y}年政府债务情况', f'{Y}年政府债务限额及余额情况表', f'附表：{Y}年全{self.a}政府债务情况',
                                     f'{Y}年地方政府债务余额变动情况', f'表  政府债务限额和余额']) +
                          ('（单位：亿元）' if tu == 'yi' else '（单位：万元）'))
        hdr = self.pick([['项目', '年初余额', '本年举借', '本年偿还', '年末余额', '债务限额'],
                         ['类别', '年初余额', '本年新增', '本年偿还', '年末余额', '限额']])
        self.lines.append(sep.join(hdr))
        cellf = (lambda v: str(yiv(v))) if tu == 'yi' else self.fmt_cell
        rows = [('一般债务', W['G0'], W['IG'], W['RG'], W['G1'], W['LG']),
                ('专项债务', W['S0'], W['IS'], W['RS'], W['S1'], W['LS']),
                ('合计', W['D0'], W['I'], W['RP'], W['D1'], W['L'])]
        for r in rows:
            self.lines.append(sep.join([r[0]] + [cellf(v) for v in r[1:]]))

    # ------------------------------------------------------------ assemble
    def build(self):
        c = self.cfg
        self.render_title()
        if c.get('overview'):
            self.render_overview()
        nums = ['一', '二', '三', '四', '五', '六', '七']
        n = 0
        secs = c['sections']
        gp = [s for s in secs if s in ('rev', 'exp', 'bal')]
        Y, a = self.Y, self.a
        H = {
            'gp': [f'一般公共预算执行情况', '一般公共预算收支情况', f'{Y}年一般公共预算收支执行情况', '一般公共预算收支决算情况',
                   f'全{a}一般公共预算执行情况'],
            'rev': ['一般公共预算收入情况', '收入情况', '一般公共预算收入完成情况', '收入执行情况', '地方一般公共预算收入'],
            'exp': ['一般公共预算支出情况', '支出情况', '一般公共预算支出执行情况', '支出完成情况', '重点支出保障情况'],
            'bal': ['收支平衡情况', '一般公共预算收支平衡情况', '财政收支平衡情况', '平衡情况', f'全{a}财力及收支平衡'],
            'fund': ['政府性基金预算执行情况', '政府性基金预算收支情况', f'{Y}年政府性基金预算执行情况', '政府性基金预算收支决算情况',
                     f'全{a}政府性基金预算情况'],
            'soe': ['国有资本经营预算执行情况', '国有资本经营预算收支情况', '国有资本经营预算决算情况', f'{Y}年国有资本经营预算执行情况',
                    f'全{a}国有资本经营预算情况'],
            'ss': ['社会保险基金预算执行情况', '社会保险基金预算收支情况', '社保基金预算执行情况', f'{Y}年社会保险基金预算执行情况',
                   '社会保险基金收支情况'],
            'debt': ['政府债务情况', '政府债务管理情况', '地方政府债务情况', '政府债务限额及余额情况', '政府债务举借和偿还情况'],
        }
        if self.report == 'budget':
            H = {k: [h for h in v if '决算' not in h] for k, v in H.items()}
        else:
            H = {k: [h for h in v if '执行情况' not in h] or v for k, v in H.items()}
        done_gp = False
        for s in secs:
            if s in ('rev', 'exp', 'bal'):
                if len(gp) == 1:
                    hd = nums[n] + '、' + {'rev': self.pick(['一般公共预算收入情况', f'{Y}年一般公共预算收入完成情况', '一般公共预算收入执行情况']),
                                           'exp': self.pick(['一般公共预算支出情况', f'{Y}年一般公共预算支出执行情况', '一般公共预算支出完成情况']),
                                           'bal': self.pick(['一般公共预算收支平衡情况', '一般公共预算财力及平衡情况', f'{Y}年一般公共预算平衡情况'])}[s]
                    n += 1
                else:
                    if not done_gp:
                        self.lines.append(nums[n] + '、' + self.pick(H['gp']))
                        n += 1
                        done_gp = True
                        sub = 0
                    hd = '（' + nums[sub] + '）' + self.pick(H[s])
                    sub += 1
                getattr(self, 'render_' + s)(hd)
            else:
                hd = nums[n] + '、' + self.pick(H[s])
                n += 1
                getattr(self, 'render_' + s)(hd)


# ====================================================================== planning
SLIPS = {
    'sum.breakdown': ['s_taxnontax', 's_debtsplit', 's_balside', 's_subbd'],
    'rate.ratio': ['r_table_budget', 'r_growth', 'r_share', 'r_adjbase'],
    'balance.carryover': ['b_carry', 'b_debtroll', 'b_ssroll', 'b_fund'],
    'unit.magnitude': ['u_nontax', 'u_balrev', 'u_debtspe', 'u_sscur'],
    'fact.conflict': ['f_overview_rev', 'f_limit', 'f_table_tax', 'f_minsheng'],
}


def plan(doc, rng):
    """fill doc.cfg: sections, units and options, honouring slip/traps"""
    v, traps = doc.variant, set(doc.traps)
    c = {}
    need = set()
    # --- requirements
    if v in ('s_taxnontax', 'u_nontax', 'r_table_budget', 'f_table_tax', 'f_overview_rev'):
        need.add('rev')
    if v in ('s_debtsplit', 'b_debtroll', 'u_debtspe', 'f_limit'):
        need.add('debt')
    if v in ('s_balside', 's_subbd', 'b_carry', 'u_balrev'):
        need.add('bal')
    if v == 'u_balrev':
        need.add('rev')
    if v in ('r_share', 'f_minsheng'):
        need.add('exp')
    if v in ('b_ssroll', 'u_sscur'):
        need.add('ss')
    if v == 'b_fund':
        need.add('fund')
    if v == 'r_growth':
        need.add(rng.choice(['rev', 'exp', 'fund', 'ss']))
    if v == 'r_adjbase':
        need.add(rng.choice(['rev', 'exp']))
    if 'tongkoujing' in traps or 'adjbudget' in traps:
        need.add(rng.choice(['rev', 'exp']) if 'rev' not in need and 'exp' not in need else ('rev' if 'rev' in need else 'exp'))
    if 'minsheng' in traps:
        need.add('exp')
    if 'debtlimit' in traps:
        need.add('debt')
    if 'subbreakdown' in traps or 'balanced' in traps:
        need.add('bal')
    if 'nonexhaustive' in traps and not need & {'rev', 'exp', 'fund', 'ss'}:
        need.add(rng.choice(['rev', 'exp', 'fund']))
    if 'rounding' in traps:
        opts = []
        if v not in ('s_taxnontax',):
            opts.append('revtail')
        opts += ['mix']
        if v not in ('s_debtsplit', 'b_debtroll', 'u_debtspe', 'f_limit'):
            opts.append('debttail')
        c['round_mode'] = rng.choice(opts)
        if c['round_mode'] == 'revtail':
            need.add('rev')
        elif c['round_mode'] == 'debttail':
            need.add('debt')
        else:
            if not need & {'rev', 'exp'}:
                need.add(rng.choice(['rev', 'exp']))
    if 'neggrowth' in traps and not need & {'rev', 'fund', 'ss'}:
        need.add(rng.choice(['rev', 'fund']))
    if 'lastyear' in traps and not need & {'rev', 'exp', 'fund', 'ss'}:
        need.add(rng.choice(['rev', 'exp', 'fund', 'ss']))
    # --- fill up to 2-4 sections
    allsec = ['rev', 'exp', 'bal', 'fund', 'soe', 'ss', 'debt']
    target = max(len(need), rng.choice([2, 3, 3, 4]))
    pool = [s for s in allsec if s not in need]
    rng.shuffle(pool)
    secs = set(need)
    while len(secs) < target:
        secs.add(pool.pop())
    if len(secs) < 2:
        secs.add(pool.pop())
    order = [s for s in allsec if s in secs]
    c['sections'] = order
    # --- units
    c['rev_unit'] = rng.choice(['yi', 'yi', 'wan'])
    c['exp_unit'] = rng.choice(['yi', 'wan'])
    c['debt_unit'] = rng.choice(['yi', 'wan'])
    c['ss_unit'] = rng.choice(['wan', 'wan', 'yi'])
    c['ov_unit'] = rng.choice(['yi', 'wan'])
    if v in ('u_nontax',):
        c['rev_unit'] = 'yi'
        c['need_yi_R_big'] = True
    if v == 'u_debtspe':
        c['debt_unit'] = 'yi'
    if v == 'u_sscur':
        c['ss_unit'] = 'yi'
    if v in ('f_overview_rev',):
        c['overview'] = True
    if v == 'f_minsheng':
        c['overview'] = True
        c['ov_items'] = ['M']
    if 'rev' in secs and 'bal' in secs and c['rev_unit'] == 'yi' and v != 'u_balrev':
        pass  # mixed units happen naturally
    # --- revenue options
    c['rev_budget'] = rng.choice(['none', 'plain', 'init', 'adj', 'plain'])
    c['rev_growth'] = rng.choice(['plain', 'prev', 'prevdiff', 'plain'])
    c['rev_split'] = rng.choice(['g', 'prev', 'share', 'fenbie', 'taxshare', 'paren', 'plain'])
    c['rev_taxes'] = rng.randint(1, 100) <= 60
    c['rev_nt'] = rng.randint(1, 100) <= 30
    c['exp_budget'] = rng.choice(['none', 'plain', 'init', 'adj'])
    c['exp_growth'] = rng.choice(['plain', 'prev', 'prevdiff', None])
    c['exp_funcs'] = rng.randint(1, 100) <= 70
    c['exp_minsheng'] = rng.randint(1, 100) <= 60
    c['bal_variant'] = rng.choice(['A', 'B'])
    c['bal_sub'] = rng.randint(1, 100) <= 35
    c['stab_in'] = rng.randint(1, 100) <= 30
    c['stab_out'] = rng.randint(1, 100) <= 30
    c['fund_growth'] = rng.choice(['plain', 'prev', None])
    c['fund_budget'] = rng.randint(1, 100) <= 50
    c['fund_land_g'] = rng.randint(1, 100) <= 50
    c['soe_sub'] = rng.randint(1, 100) <= 30
    c['ss_gap'] = rng.randint(1, 100) <= 30
    c['ss_growth'] = rng.choice(['prev', 'plain', None])
    c['ss_items'] = rng.randint(1, 100) <= 30
    c['debt_split'] = True
    c['debt_roll'] = rng.randint(1, 100) <= 70
    c['debt_limit'] = rng.randint(1, 100) <= 70
    c['debt_limit_split'] = rng.randint(1, 100) <= 40
    c['debt_issue_split'] = rng.randint(1, 100) <= 40
    c['table'] = None
    if doc.Y == 2022:
        c['R_glo'], c['R_ghi'] = '-0.15', '0.02'
    # --- traps
    if 'tongkoujing' in traps:
        if 'rev' in secs:
            c['rev_growth'] = rng.choice(['tkj_both', 'tkj_only'])
        else:
            c['exp_growth'] = rng.choice(['tkj_both', 'tkj_only'])
    if 'adjbudget' in traps:
        if 'rev' in secs and ('exp' not in secs or rng.randint(1, 100) <= 50):
            c['rev_budget'] = 'both'
        else:
            c['exp_budget'] = 'both'
    if 'minsheng' in traps:
        c['exp_minsheng'] = True
    if 'debtlimit' in traps:
        c['debt_limit'] = True
    if 'subbreakdown' in traps:
        c['bal_sub'] = True
    if 'balanced' in traps:
        c['bal_variant'] = 'A'
    if 'nonexhaustive' in traps:
        if 'rev' in secs:
            c['rev_taxes'] = True
        elif 'exp' in secs:
            c['exp_funcs'] = True
        # fund always lists land revenue (non-exhaustive)
    if 'rounding' in traps:
        m = c['round_mode']
        if m == 'revtail':
            c['rev_unit'] = 'yi'
            c['rev_tail'] = True
        elif m == 'debttail':
            c['debt_unit'] = 'yi'
            c['debt_tail'] = True
        else:
            # same figure printed in 亿元 and 万元
            if 'rev' in secs:
                c['rev_unit'] = 'yi'
                if 'bal' not in secs:
                    c['overview'] = True
                    c['ov_unit'] = 'wan'
            else:
                c['exp_unit'] = 'yi'
                if 'bal' not in secs:
                    c['overview'] = True
                    c['ov_unit'] = 'wan'
    if 'neggrowth' in traps:
        if 'rev' in secs:
            c['rev_taxes'] = True   # prose_taxes forces a declining tax
            if c['rev_split'] in ('plain', 'share', 'taxshare'):
                c['rev_split'] = 'g'
            c['N_glo'], c['N_ghi'] = '-0.25', '-0.04'   # nontax declines
        elif 'fund' in secs:
            c['fund_growth'] = rng.choice(['plain', 'prev'])
            c['fund_g'] = ('-0.30', '-0.03')
        else:
            c['ss_growth'] = 'prev'
    if 'lastyear' in traps:
        if 'rev' in secs:
            if c['rev_growth'] not in ('tkj_both', 'tkj_only'):
                c['rev_growth'] = rng.choice(['prev', 'prevdiff'])
        elif 'exp' in secs:
            if c['exp_growth'] not in ('tkj_both', 'tkj_only'):
                c['exp_growth'] = rng.choice(['prev', 'prevdiff'])
        elif 'fund' in secs:
            c['fund_growth'] = 'prev'
        else:
            c['ss_growth'] = 'prev'
    # --- slip constraints
    if v in ('s_taxnontax', 'u_nontax'):
        c['rev_split'] = rng.choice(['g', 'fenbie', 'plain', 'taxshare'])
        c['rev_nt'] = False
    if v == 'r_table_budget':
        c['table'] = 'tax'
        c['tax_table_style'] = rng.choice(['A', 'B'])
        c['rev_taxes'] = True
    if v == 'f_table_tax':
        c['table'] = 'tax'
        c['rev_taxes'] = True
    if v in ('s_debtsplit', 'u_debtspe'):
        c['debt_limit_split'] = False
    if v == 'b_debtroll':
        c['debt_roll'] = True
    if v == 'f_limit':
        c['debt_limit'] = True
    if v == 's_balside':
        c['bal_slip_key'] = rng.choice(['SUB', 'DI', 'TI', 'UP', 'DR'])
        if c['bal_slip_key'] == 'SUB':
            c['bal_sub'] = False
    if v == 's_subbd':
        c['bal_sub'] = True
    if v == 'b_carry':
        c['bal_variant'] = 'B'
    if v in ('r_share', 'f_minsheng'):
        c['exp_minsheng'] = True
    if v == 'u_sscur':
        c['ss_gap'] = False
    if v == 'b_ssroll':
        pass
    if v == 'r_growth':
        sec = [s for s in ('rev', 'exp', 'fund', 'ss') if s in need][0]
        c['r_growth_sec'] = sec
        if sec == 'rev':
            c['rev_growth'] = 'wrong'
        elif sec == 'exp':
            c['exp_growth'] = 'wrong'
        elif sec == 'fund':
            c['fund_growth'] = 'wrong'
        else:
            c['ss_growth'] = 'wrong'
    if v == 'r_adjbase':
        if 'rev' in need:
            c['rev_budget'] = 'adjbase'
        else:
            c['exp_budget'] = 'adjbase'
    # --- tables for ~1 in 4 documents
    if c['table'] is None and doc.want_table:
        opts = []
        if 'rev' in secs:
            opts.append('tax')
        if 'exp' in secs:
            opts.append('fn')
        if 'debt' in secs and v not in ('s_debtsplit', 'b_debtroll', 'u_debtspe', 'f_limit'):
            opts.append('debt')
        if opts:
            c['table'] = rng.choice(opts)
            if c['table'] == 'tax':
                c['rev_taxes'] = True
    if 'rounding' in traps and c.get('debt_tail') and c['table'] == 'debt':
        c['table'] = None
    if c['table'] == 'tax' and v in ('s_taxnontax', 'u_nontax'):
        c['table'] = None
    doc.cfg = c


def trap_note(d, t):
    W, c = d.W, d.cfg
    w = d.wan
    secs = c['sections']
    if t == 'tongkoujing':
        return d.tkj_note or ''
    if t == 'rounding':
        if c.get('rev_tail'):
            return (f'税收收入{yiv(W["T"])}+非税收入{yiv(W["N"])}={yiv(W["T"]) + yiv(W["N"])}亿元，'
                    f'一般公共预算收入印{yiv(W["R"])}亿元，尾差0.01由万元四舍五入造成，文中有说明')
        if c.get('debt_tail'):
            return (f'一般债务{yiv(W["G1"])}+专项债务{yiv(W["S1"])}={yiv(W["G1"]) + yiv(W["S1"])}亿元，'
                    f'债务余额印{yiv(W["D1"])}亿元，尾差由四舍五入造成，文中有说明')
        if 'rev' in secs:
            return f'一般公共预算收入同时以{yiv(W["R"])}亿元和{w(W["R"])}（或其近似）两种单位列示，四舍五入后一致'
        return f'一般公共预算支出同时以{yiv(W["E"])}亿元和{w(W["E"])}两种单位列示，四舍五入后一致'
    if t == 'nonexhaustive':
        if 'rev' in secs and c.get('rev_taxes'):
            names = d.prose_taxes()
            tot = sum(W['tax'][n] for n in names)
            return f'“其中”只列{len(names)}个主要税种，合计{w(tot)}＜税收收入{w(W["T"])}'
        if 'exp' in secs and c.get('exp_funcs'):
            names = getattr(d, 'prose_funcs', [])
            tot = sum(W['fn'][n] for n in names)
            return f'只列{len(names)}个主要支出科目，合计{w(tot)}＜一般公共预算支出{w(W["E"])}'
        return f'只列国有土地使用权出让收入{w(W["land"])}＜政府性基金预算收入{w(W["FR"])}'
    if t == 'adjbudget':
        k = 'R' if c.get('rev_budget') == 'both' else 'E'
        nm = '一般公共预算收入' if k == 'R' else '一般公共预算支出'
        return (f'{nm}为调整预算{w(W[k + "_B1"])}的{W[k + "_p1"]}%；若按年初预算{w(W[k + "_B0"])}计算则为{W[k + "_p0"]}%')
    if t == 'minsheng':
        return f'民生支出{w(W["M"])}÷一般公共预算支出{w(W["E"])}={pct(W["M"], W["E"])}%（分母是全部支出，不是所列科目之和）'
    if t == 'lastyear':
        return '文中上年数与本年数并列（不可当作本年数的重复或冲突）'
    if t == 'neggrowth':
        return '文中有下降（负增长）的表述，与上年数一致'
    if t == 'debtlimit':
        return f'政府债务余额{w(W["D1"])}＜债务限额{w(W["L"])}'
    if t == 'subbreakdown':
        return f'返还性收入{w(W["ret"])}+一般性转移支付收入{w(W["gtp"])}+专项转移支付收入{w(W["stp"])}=上级补助收入{w(W["SUB"])}'
    if t == 'balanced':
        return f'收入总计=支出总计={w(W["IT"])}（支出总计含结转下年{w(W["C"])}）'
    return ''


def make_doc(i, kind, variant, traps, want_table, seed):
    for attempt in range(200):
        rng = random.Random(seed * 1000 + attempt)
        d = Doc(i, kind, variant, traps, seed * 1000 + attempt + 7)
        d.want_table = want_table
        d.prov, d.city, d.county = PLACE_ORDER[i - 1]
        d.a = {'县': '县', '市': '市', '区': '区', '旗': '旗'}[d.county[-1]]
        d.Y = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
        d.report = rng.choice(['budget', 'final'])
        d.Q = rng.choice([Q0, Q2, Q2])
        d.comma = rng.randint(1, 100) <= 20
        d.pdp = 1
        d.bad_pct = None
        d.tkj_note = None
        plan(d, rng)
        try:
            d.gen_world()
            if variant == 'r_growth':
                setup_wrong_growth(d)
            d.build()
        except Exception as e:  # resample
            last_err = repr(e)
            continue
        if variant and not d.detail:
            continue
        if not (10 <= len(d.lines) <= 35):
            continue
        return d
    raise RuntimeError(f'doc {i} failed: {locals().get("last_err")}')


def setup_wrong_growth(d):
    """choose a wrong stated growth for the r_growth slip (computed on a wrong base)"""
    W, c = d.W, d.cfg
    sec = c['r_growth_sec']
    if sec == 'rev':
        v, p = W['R'], W['R_prev']
    elif sec == 'exp':
        v, p = W['E'], W['E_prev']
    elif sec == 'fund':
        v = W['FR']
        # fund prev sampled in render; pre-sample here and freeze
        p = qz(v / (1 + rfrac(d.rng, '-0.25', '0.10')), d.Q)
        c['fund_prev_fixed'] = p
    else:
        v = W['XR']
        p = qz(v / (1 + rfrac(d.rng, '0.01', '0.12')), d.Q)
        c['ss_prev_fixed'] = p
    good = gro(v, p, d.pdp)
    mode = d.rng.choice(['budget', 'older', 'transpose'])
    wrong = None
    if mode == 'transpose':
        t = transpose(str(abs(good)), d.rng, D('0.05'))
        if t is not None:
            wrong = D(t) * (1 if good >= 0 else -1)
            why = '增幅数字颠倒'
    if wrong is None and mode in ('older', 'transpose'):
        older = qz(p / (1 + rfrac(d.rng, '0.04', '0.12')), d.Q)
        wrong = gro(v, older, d.pdp)
        why = '按前年数字计算的增幅（基数错用）'
    if wrong is None:
        wrong = qz(good + rfrac(d.rng, '2.0', '6.0'), D('0.1'))
        why = '增幅计算基数错误'
    if abs(wrong - good) < D('0.6'):
        wrong = qz(good + D('3.1'), D('0.1'))
        why = '增幅计算基数错误'
    d.wrong_growth = wrong
    d.wrong_why = why
    d.wrong_prev = p


PLACE_ORDER = list(PLACES)
random.Random(SEED + 1).shuffle(PLACE_ORDER)


def main():
    rng = random.Random(SEED)
    kinds = ['clean'] * 20
    for fam in SLIPS:
        kinds += [fam] * 4
    rng.shuffle(kinds)
    var_iter = {fam: list(vs) for fam, vs in SLIPS.items()}
    for vs in var_iter.values():
        rng.shuffle(vs)
    # trap plans for the 20 clean documents: every trap used, 3-5 each
    trap_plans = []
    counts = {t: 0 for t in TRAPS}
    for k in range(20):
        n = rng.choice([3, 4, 4, 5])
        order = sorted(TRAPS, key=lambda t: (counts[t], rng.randint(0, 10 ** 6)))
        sel = order[:n]
        for t in sel:
            counts[t] += 1
        trap_plans.append(sel)
    tables = set(rng.sample(range(40), 8))
    docs = []
    ci = 0
    for i, kind in enumerate(kinds, 1):
        if kind == 'clean':
            variant, traps = None, trap_plans[ci]
            ci += 1
        else:
            variant, traps = var_iter[kind].pop(), []
        d = make_doc(i, kind, variant, traps, (i - 1) in tables, SEED + i)
        docs.append(d)
    rows = ['id\texpected\tdetail']
    for d in docs:
        name = f't{d.idx:02d}'
        with open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(d.lines) + '\n')
        if d.kind == 'clean':
            det = 'traps: ' + '; '.join(f'{t}={TRAP_CN[t]}：{trap_note(d, t)}' for t in d.traps)
        else:
            det = f'[{d.variant}] ' + d.detail
        rows.append(f'{name}\t{d.kind}\t{det}')
    with open(os.path.join(HERE, 'expect.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')
    print(f'wrote {len(docs)} documents')


if __name__ == '__main__':
    main()
