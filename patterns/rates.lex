# patterns/rates.lex: which rates cannot pass 100% (format:
# src/extract/lexicon.h). A rate is a part over its whole by definition
# when its whole is the set the part is drawn from (覆盖率: covered of all;
# 合格率: passed of all checked); it may pass 100% when its base is another
# population or a plan (参保率 over 户籍人口 counts people insured here but
# registered elsewhere; 完成率 over a target; 增长率; a share 占…的 of
# another quantity).
#
# Examples: the text is extracted alone; the right side is the bound of its
# last percent ("100": cannot pass it; "100?": rarely does; '-': none).

lexicon rate_bound
entry bounded [percent]: 覆盖率 覆盖比率 优良率 兑付率 合格率 达标率 办结率 整改率 激活率 激活比例 知晓率 满意度 满意率 报销比例 报销率 查处率 正常运行率 及时率 准确率 正确率 公开率 结算率 合规率 回复率 答复率 受理率 通过率 入库率 审核率 使用比例 占比 比例 比重 执行到位率 按时完成率 支付比例 下降 降幅 降低
# What was done against a plan (完成率 of trees planted, people trained)
# passes 100% whenever the plan is beaten (超额完成): no bound; a budget's
# completion (预算完成率) usually stays within it.
# A public health service's rate of the people it reaches (管理率,
# 规范管理服务率, 接种率, 建档率, 签约率) is over the population it serves;
# migrants reached but counted elsewhere may take it past 100%, rarely.
entry usually [percent]: 承保率 执行率 支出率 使用率 预算执行率 资金执行率 到位率 支付率 拨付率 预算完成率 支出完成率 管理率 管理服务率 接种率 建档率 签约率
entry free [percent]: 参保率 参保缴费率 增长率 增长 增幅 增速 同比 比上年 提高 环比 超额 占基金收入 收入比 年度指标值 指标值 目标值 预期 提升 完成率 完成比例
example: 定点医药机构监督检查覆盖率100% => 100
example: 政策范围内报销比例92.68% => 100
example: 医保电子凭证激活比例53.43% => 100
example: 项目预算完成率98% => 100?
example: 高血压患者基层规范管理服务率162.40% => 100?
example: 适龄儿童国家免疫规划疫苗接种率96.85% => 100?
example: 全年完成人工造林12,460亩，完成率103.83%。 => -
example: 补助范围为所有特殊教育学生，覆盖比率为100%。 => 100
example: 确保风景区空气质量优良率达到90%以上。 => 100
example: 当年农机购置补贴资金兑付率100%。 => 100
example: 计划和实际承保面积为42.59万亩，承保率为74.02%。 => 100?
# A share with nothing named after its 占 is the figure's part of a whole
# the text takes as known (the 三公 items, each 占 its share): a part.
example: 公务用车购置及运行维护费支出0.4万元，占2.53%；公务接待费支出15.41万元，占97.47%。 => 100
counter: 公务接待费支出15.41万元，占上年的107.47%。 => 100
example: 参保率达101.2% => -
example: 基金支出增长率12.5% => -
# A fall of a quantity is a part of what it was: no more than 100%.
example: 收入合计6149.38万元，较上年减少1755.32万元，下降22.2%。 => 100

# A share of a whole named by one of the "whole" words (占总数的, 占项目支出
# 总额的) is a part of that whole: never over 100% (the bound is tested in
# check_cases; a share of a budget, 占调整预算109.9%, may pass it).
# A share of "the whole" named by a generic word (占总数的89.59%) is of the
# total the report stated last: the nearest earlier figure of the same
# measure whose label names a total (总收入, 总支出, 合计), within a few
# sentences. Examples: the right side is "part/whole=rate" of the share
# found, or '-'.
lexicon change
# A figure, its change against another year and that change as a rate
# ("收入合计192.01万元，较上年减少27.31万元，下降12.5%"): the rate is the
# change over the other year's figure, this year's minus the change when it
# rose (up), plus it when it fell (down). These words say which way; the
# words before the change and before the rate must not disagree. The change
# has no subject of its own: its clause opens with a word of comparison
# (than; "与/相比": 与 opens it and 相比 follows, "与2023年度相比，减少…"),
# or it would be another figure's change ("其中项目支出增加54万元").
# A figure inside the comparison's frame ("与2022年…384万元相比增加149万
# 元") is the other year's own: the rate is the change over it ("over").
# Examples:
# the right side is "change/this year's figure way=rate" (or "change/the
# other year's figure over=rate"), or '-'.
# A budget's adjustment says its way by the same words, and by its own
# (追加, 调增; 调减): one that names none (预算调整) may go either way.
entry up: 增加 增长 增幅 提高 上升 增收 增支 增 多 追加 调增
entry down: 减少 下降 降幅 降低 减收 减支 节约 减 少 调减
entry than: 较 比 同比 相比 与/相比 与/比较
# Words that may open a comparison to say on what basis it is made
# (同口径比上年增长…): the comparison is read past them.
entry basis: 同口径 按同口径 可比口径 按可比口径 同口径下
# A rate of change said over figures adjusted for comparison (可比口径增长,
# 剔除减税降费因素后增长) is over figures the text does not print: no
# ratio of the printed ones is read. (同口径 may say only that both years
# count alike, and its rate is read.)
entry adjusted: 可比口径 剔除 扣除
# A rate said per year over a span (年均增长, a compound average) is no
# change over the year before: it is not read as one.
entry per_year: 年均 年平均 平均每年
example: 2025年部门整体支出31187.82万元，2023年至2025年年均增长17.47%。 => -
example: 全区地方一般公共预算收入实现5.04亿元，上年同期5.24亿元，可比口径增长0.7%。 => -
example: 一般公共预算收入达到28.17亿元，与上年26.87亿元相比，剔除减税降费因素后增长7.0%。 => -
# Nor is a change on the basis left once a figure is taken out (剔除X后，
# 同口径比上年…): X is no figure of the comparison.
example: 机关运行经费支出241.69万元，比上年决算数205.44万元增加36.25万元；剔除新纳入单位机关运行经费43.50万元后，同口径比上年减少7.25万元，下降3.53%。 => -
# A change said of each of two figures side by side ("收入总计A，支出总计
# B，…收支总计各增加C，增长P%") is of both: with one change and one rate,
# the two figures must be the same, and a rate that fits one of them only
# leaves the other in conflict with it (fact.conflict).
entry each: 各 均
# A table's column headed by a change, right after two figure columns
# ("2022年预算数 | 2023年预算数 | 增减"): each row's difference of them,
# signed either way. A rate column (增减率) is none.
entry column: 增减 增减额 增减数 增减变化 差额 增减情况
example: 2023年度收入合计192.01万元，较上年减少27.31万元，下降12.5%。 => 27.31/192.01 down=12.5
example: 财政拨款收入792.22万元，比上年增加189.25万元，增长31.39%，主要原因是人员增加。 => 189.25/792.22 up=31.39
example: 本年支出850088.3元，同比减少54357.12元，降幅6.01%。 => 54357.12/850088.3 down=6.01
# The comparison may say its basis first (basis: 按同口径同比减少).
example: 2019年“三公”经费决算支出数为1165.08万元，按同口径同比减少63.96万元，下降5.2%。 => 63.96/1165.08 down=5.2
example: 2024年度收入合计6149.38万元，与2023年度相比，减少1755.32万元，下降22.2%，主要原因是学生人数减少。 => 1755.32/6149.38 down=22.2
example: 一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。 => 1070/24627 down=4.2
example: 文化旅游体育与传媒支出850088.3元，占支出总预算78.33%，同比减少54357.12元，下降6.00%。 => 54357.12/850088.3 down=6
example: 获得补助资金533万元，与2022年获得补助资金384万元相比增加149万元，增长38.8%。 => 149/384 over=38.8
# A figure named by the comparison alone right before the change (较上年同
# 期24562万元减少…) is the other year's: the rate is the change over it.
example: 从总税收收入看：全区5月份完成16549万元，较上年同期24562万元减少8013万元，降低32.62%。 => 8013/24562 over=32.62
counter: 获得补助资金533万元，与2022年获得补助资金384万元相比增加149万元，增长38.8%。 => 149/384 up=38.8
# The subject's own counts between the figure and its change are passed
# over: the change is of the nearest figure of its measure.
example: 公务接待费支出决算2.1万元，共接待国内来访团组15批次、128人次，较上年减少0.5万元，下降19.23%。 => 0.5/2.1 down=19.23
# A sentence that names its subject before the comparison compares the
# nearest figure of its paragraph labelled the same.
example: 2023年度“三公”经费财政拨款支出决算为12.35万元，完成预算的82.33%。其中：公务用车购置及运行维护费支出决算为8.6万元；公务接待费支出决算为3.75万元。2023年度“三公”经费财政拨款支出决算比上年减少1.25万元，下降9.19%。 => 1.25/12.35 down=9.19
counter: 2023年度“三公”经费财政拨款支出决算为12.35万元。其中：公务接待费支出决算为3.75万元。2023年度“三公”经费财政拨款支出决算比上年减少1.25万元，下降9.19%。 => 1.25/3.75 down=9.19
example: 2022年度“三公”经费支出年初预算为27,080元，支出决算为26,085.58元，完成年初预算的96.33%。其中：公务接待费支出决算为3,080元。\n2022年度“三公”经费支出决算数比上年减少18,987.42元，下降42.13%。 => 18987.42/26085.58 down=42.13
# A change whose own clause names its subject before a comparison with
# another year, in the sentence that stated it, is of the one figure
# before it so named that is not a part of a list: the whole, not a kind
# of it. Two such figures leave the subject untold.
example: 2023年本单位收入1200万元，其中财政拨款收入1000万元，其他收入200万元，支出1150万元，其中基本支出900万元，项目支出250万元，收入较上年减少300万元，同比减少20%。 => 300/1200 down=20
example: 2023年本单位收入1200万元，其中财政拨款收入1000万元，其他收入200万元，收入同比减少300万元，下降20%。 => 300/1200 down=20
counter: 基本支出900万元，项目支出250万元，支出较上年减少100万元，下降8%。 => 100/250 down=8
counter: 基本支出900万元，项目支出250万元，支出较上年减少100万元，下降8%。 => 100/900 down=8
# A comparison with a figure it names (比预算数) is no change against
# another year.
counter: 公务接待费支出数72.88万元，预算数80万元，支出数比预算数减少7.12万元，下降率为8.9%。 => 7.12/72.88 down=8.9
# A figure labelled by the comparison alone, with no way before it
# ("比上年18033万元增长14%"), is the other year's own: the rate is this
# year's over it (~).
example: 2021年我镇预计实现全口径税收收入20558万元，比上年18033万元增长14%，可实现公共财政预算收入11406万元，比上年10005万元增长14%。 => 20558~18033 up=14; 11406~10005 up=14
counter: 2021年我镇预计实现全口径税收收入20558万元，比上年18033万元增长14%。 => 18033/20558 up=14
# A chain opened by a sentence that names its subject: every comparison
# in it, past the ；, is of the figure so named.
example: 2021年度镇本级“三公”经费决算4.5万元，因公出国（境）费0万元。经比较，2021年度镇本级“三公”经费决算较上年决算数减少0.03万元，下降0.66%；较年初预算数减少6.3万元，下降58.3%。 => 0.03/4.5 down=0.66; 6.3/4.5 down=58.3
# A figure compared with two bases, one after the other: each change is of
# it.
example: 2022年总财力为332057万元，较年初预算增加115046万元，增长53.01%，比上年总财力增加73756万元，增长28.55%。 => 115046/332057 up=53.01; 73756/332057 up=28.55
# A sentence that opens with the comparison compares the figure the
# sentence before it states alone (部门决算's "收、支总计…。与上年相比，…"),
# the parts of a list under its total not counted: they are told by it (a
# part's change would name the part).
example: 2022年度收、支总计729.26万元。与2021年相比，收、支总计各增加499.01万元，增长216.7%。 => 499.01/729.26 up=216.7
example: 2022年度收入总计729.26万元，其中财政拨款700万元。与2021年相比，收入总计增加499.01万元，增长216.7%。 => 499.01/729.26 up=216.7
counter: 2022年度收入总计729.26万元，其中财政拨款700万元。与2021年相比，收入总计增加499.01万元，增长216.7%。 => 499.01/700 up=216.7
example: 2019年度我县共筹集彩票公益金3013.36万元，其中：中央彩票公益金362.86万元、省级彩票公益金2294.5万元、州级彩票公益金356万元。比2018年增加425.31万元，增长16.34%。 => 425.31/3013.36 up=16.34
# Two figures stated side by side leave the comparison's subject untold.
counter: 2022年收入总计729.26万元，支出总计700万元。与2021年相比，增加49.01万元，增长7.2%。 => 49.01/729.26 up=7.2
counter: 2022年收入总计729.26万元，支出总计700万元。与2021年相比，增加49.01万元，增长7.2%。 => 49.01/700 up=7.2
counter: 本年支出850088.3元，同比减少54357.12元；项目支出增长6.01%。 => 54357.12/850088.3 down=6.01
counter: 本年支出850万元，其中项目支出增加54万元，增长6.01%。 => 54/850 up=6.01

lexicon move
# A figure's move from what it was to what it is ("余额由年初的180万元下降至
# 135万元"), opened by a from-word before the first and joined by a way
# (lexicon change: up, down) and a to-word (下降至, 增加到): a change of that
# way right after it ("，减少45万元") is their difference, and a rate
# ("，增长5.77%") is the change over what it was. A percentage's move is in
# points, no figure. Examples: the right side is "change=now~was way" or
# "now~was way=rate" of each found, or '-'.
entry from: 由 从
entry to: 至 到 为
example: 应收账款余额由年初的180万元下降至135万元，减少45万元。 => 45=135~180 down
example: 参保人数由2022年的5.2万人增加到5.5万人，增长5.77%。 => 5.5~5.2 up=5.77
example: 在编人员由上年的52人减少到48人，减少4人。 => 4=48~52 down
counter: 应收账款余额由年初的180万元下降至135万元，支出减少45万元。 => 45=135~180 down
counter: 资金支付率由上年的85%提高到92%，提高5%。 => 92~85 up=5

lexicon year_pair
# A quantity stated for this year and for the year before, a clause each
# ("本年度收入合计3258909.77元，上年度收入合计3736198.37元"), then its change
# ("收入减少477288.6元", "比上年增加…") and that change's rate ("同比下降
# 12.77%"): the change is the two figures' difference and the rate is the
# change over the year before's figure, not over this year's less the
# change. The two clauses name the same quantity around a word of this
# year and one of the year before (or two years, the later this year's),
# in either order; the change's clause is a way (lexicon change), after the
# quantity's name or a comparison with the year before. Examples: the right
# side is "change=this~before way" then "change/before=rate", or '-'.
entry this: 本年 本年度 今年 当年 本期
entry before: 上年 上年度 去年 上一年 上一年度 上年同期 上期
# Words of the year's span that may open one name and not the other
# (2023年全年接待游客…，2022年接待游客…).
entry span: 全年累计 全年共 全年 累计 共
# Words of a stock at the year's end (年末结转和结余): what the year's
# income less its spending leaves, and the carry-in from its start.
entry end: 年末 期末 年底
example: 本年度收入合计3258909.77元，上年度收入合计3736198.37元，收入减少477288.6元，同比下降12.77%。 => 477288.6=3258909.77~3736198.37 down; 477288.6/3736198.37=12.77
example: 2023年收入合计500万元，2022年收入合计400万元，比上年增加100万元，增长25%。 => 100=500~400 up; 100/400=25
example: 上年度支出合计400万元，本年度支出合计500万元，增加100万元。 => 100=500~400 up
example: 本年收入500万元，上年收入400万元，增加100万元，同比增长25%。 => 100=500~400 up; 100/400=25
# Two quantities of other names, or a change of a third, are no pair.
example: 本年度收入合计500万元，上年度支出合计400万元，增加100万元，增长25%。 => -
example: 本年度收入合计500万元，上年度收入合计400万元，其中项目支出增加100万元，增长25%。 => -
counter: 2023年收入合计500万元，2021年收入合计400万元，增加100万元，增长25%。 => 100=500~400 up; 100/400=25
# A rate right after the pair is this year's over the year before's.
example: 今年完成投资8000万元，去年完成投资6000万元，增长33.3%。 => 8000~6000 up=33.3
example: 2023年全年接待游客120万人次，2022年接待游客100万人次，增加20万人次，增长20%。 => 20=120~100 up; 20/100=20
# The sentence's subject may open the first name only, before its year.
example: 该项目2022年预算200万元，2023年预算250万元，增长25%。 => 250~200 up=25
counter: 该项目2022年预算200万元，2023年支出250万元，增长25%。 => 250~200 up=25
# So may it when nothing follows either year; and a comparison may say its
# basis first (change, basis: 同口径比上年).
example: （1）普通小学上年10321.31元，本年10359.52元，同口径比上年增长0.37%。 => 10359.52~10321.31 up=0.37
# A growth printed negative (增长-33.96%) is a fall.
example: （3）普通高中上年20316.59元，本年13417.25元，同口径增长-33.96%。 => 13417.25~20316.59 down=-33.96
# A clause that names the year before alone (上年为, 上年同期), right after
# a figure or in a bracket after its rate, states that figure's year before.
example: 2023年收入完成12.5亿元，上年为11.8亿元，增加0.7亿元，增长5.9%。 => 0.7=12.5~11.8 up; 0.7/11.8=5.9
# The figure's own rate of another kind may stand between (为预算的…).
example: 全县一般公共预算收入累计完成9.20亿元，为预算的99.5%，上年为10.42亿元，同比减收1.22亿元，下降11.7%。 => 1.22=9.2~10.42 down; 1.22/10.42=11.7
example: 全市完成一般公共预算支出92.27亿元，为年初预算102.10亿元的90.4%，上年同期为87.55亿元，同比增长5.4%。 => 92.27~87.55 up=5.4
example: 一般公共预算收入完成12.5亿元，同比增长5.9%（上年为11.8亿元）。 => 12.5~11.8 up=5.9
example: 一般公共预算收入完成12.5亿元，同比增长5.9%，上年同期为11.8亿元。 => 12.5~11.8 up=5.9
# The clause may name the year before and the figure's own name again.
example: 全年接待游客326.4万人次，同比增长5.22%，上年同期接待游客310.2万人次。 => 326.4~310.2 up=5.22
counter: 全年接待游客326.4万人次，同比增长5.22%，上年同期接待外宾310.2万人次。 => 326.4~310.2 up=5.22
counter: 一般公共预算收入完成12.5亿元，同比增长5.9%，上年同期税收收入为11.8亿元。 => 12.5~11.8 up=5.9

lexicon share_whole
entry whole: 总数 总额 总量 总计 合计 全部 总体
# A share of a budget (占调整预算109.9%) may pass 100%; the 预算 in the
# name of a budget account (一般公共预算项目支出总额 is that account's
# spending) makes no share one of a budget.
entry account: 一般公共预算 政府性基金预算 国有资本经营预算 社会保险基金预算
entry total: 总收入 总支出 总额 总计 合计 共计 总金额 总资金 总规模 总数 总量 总投资 总预算
# A whole named by a word for the year (占全年实际支出的) is the figure
# named by another such word (年度实际支出) or by none (实际支出), where one
# value only goes by that name before it.
entry year: 全年 年度 本年度 本年 当年
example: 调整后预算为7413.25万元，年度实际支出7261.67万元，预算执行率为97.96%。\n按经济分类，基本支出5813.48万元（其中人员经费4955.09万元、公用经费858.39万元），项目支出1448.19万元。\n人员经费占全年实际支出的68.24%，比重较高。 => 4955.09/7261.67=68.24
# A whole named X总额 is the figure named X, or X and one of these words
# for an amount (占政府采购合同总额的 is over 政府采购合同金额).
entry amount: 金额 资金 数额 总金额 规模
example: 本年度政府采购合同金额共计2,716.45万元。授予中小企业合同金额2,103.80万元，占政府采购合同总额的77.4%；授予小微企业合同金额1,412.36万元，占52.0%。 => 2103.8/2716.45=77.4; 1412.36/2716.45=52
# A share whose whole is printed right before its 的, in a clause that opens
# with one of these words, is the figure before that clause over it.
entry of: 完成 为 占 达到 达 相当于 是
# A rate of coverage right after a part of a breakdown is that part over
# the breakdown's total (a rate of passing or finishing is of something
# else: 合格率 of what was checked; and a 比例 of its own kind, 报销比例,
# is of the costs it covers).
entry part_rate: 覆盖率 覆盖比例 占比 比重
example: 全县共有义务教育阶段学生32560人，其中享受营养改善计划学生28650人，覆盖率87.99%。 => 28650/32560=87.99
counter: 全县共有义务教育阶段学生32560人，其中享受营养改善计划学生28650人，合格率87.99%。 => 28650/32560=87.99
counter: 城乡居民医保基金支出8420.5万元，其中住院报销6210.3万元，门诊慢特病报销865.2万元，住院政策范围内报销比例70.5%。 => 865.2/8420.5=70.5
# Without a breakdown, a coverage rate right after a whole and the part of
# it covered, alone in their run, is the later over the earlier (its whole
# inferred from its place: the check calls a gap a warning). A coverage of
# land (森林覆盖率) is over the territory, not the figure before: entry land
# names the measures of area.
entry land: 公顷 亩 平方米 平方公里 平方千米
example: 全市林地面积145.29万公顷，森林面积133.14万公顷，森林覆盖率69.83%。 => -
example: 截至2023年末，全区常住人口32.6万人，家庭医生签约12.18万人，签约服务覆盖率37.36%。 => 12.18/32.6=37.36
counter: 全县培训农民1200人，种植类800人，养殖类300人，覆盖率37.5%。 => 300/800=37.5
# A rate that names its part before 占比 is that part's, wherever the part
# stands in the list; a name no part (or two) opens with leaves it unread.
example: 一般公共预算收入完成8.65亿元，其中税收收入6.12亿元，非税收入2.53亿元，税收占比70.8%。 => 6.12/8.65=70.8
counter: 一般公共预算收入完成8.65亿元，其中税收收入6.12亿元，非税收入2.53亿元，税收占比70.8%。 => 2.53/8.65=70.8
example: 一般公共预算收入完成8.65亿元，其中税收收入6.12亿元，非税收入2.53亿元，债务占比70.8%。 => -
example: 一般公共预算支出累计完成107752万元，完成预算数257288万元的41.9%，比上年减支9240万元，下降7.9%。 => 107752/257288=41.9
example: 全年下达资金88万元，为年初预算100万元的88%。 => 88/100=88
# A change against another year is no share's quantity.
example: 地方财政收入完成1000万元，较上年同期增长2.61%。其中：税收收入完成660万元，较上年同期增长18.39%，增收103万元，税收收入占地方财政收入66%。 => 660/1000=66
# 占X的比重/比例为P%: the whole is named before 的, and a name followed by
# the verb reporting it (…支出完成225.31亿元) names the same quantity.
example: 全市一般公共预算支出完成225.31亿元，占预算的86.1%。全市民生支出165.8亿元，增长7.8%，民生支出占一般公共预算支出的比重为73.6%。 => 165.8/225.31=73.6
# The measure may follow the whole without 的 (占…支出比重P%).
example: 全市一般公共预算支出累计完成457.4亿元，同比下降8%。全市民生支出375.4亿元，占一般公共预算支出比重82.1%。 => 375.4/457.4=82.1
# Shares joined as a run after as many quantities joined are theirs one to
# one ("分别为A和B，占…的P和Q"); with fewer quantities joined, whose share
# is whose cannot be told.
example: 全市政府采购规模为5000万元，市级、区县预算单位采购规模分别为1000万元和4000万元，占全市政府采购规模的20%和80%。 => 1000/5000=20; 4000/5000=80
example: 全市政府采购规模为5000万元，区县预算单位采购规模4000万元，占全市政府采购规模和全省规模的80%和8%。 => -
# Shares said to be respective (分别占) pair the same way with the parts of
# a list, each listed under its own name, over the list's total; as many
# shares as parts, or none is read.
example: 项目资金来源总额300.3万元，其中中央资金156.4万元、省级资金98.7万元、县级资金45.2万元，分别占52.1%、32.9%和15.1%。 => 156.4/300.3=52.1; 98.7/300.3=32.9; 45.2/300.3=15.1
example: 项目资金来源总额300.3万元，其中中央资金156.4万元、省级资金98.7万元、县级资金45.2万元，分别占52.1%和32.9%。 => -
counter: 全年下达资金88万元，其中中央资金100万元的88%用于培训。 => 88/100=88
example: 公益金总收入221万元。用于全民健身支出198万元，占总数的89.59%。 => 198/221=89.59
# A bracket right after a share that holds one figure named by the whole's
# head noun (after its last 的) is that whole, printed for reference.
example: 投入公益金4500万元，占2013年筹集的福彩公益金的62.5%（2013年本级共筹集福彩公益金7205.72万元）。 => 4500/7205.72=62.5
counter: 投入公益金4500万元，占2013年筹集的福彩公益金的62.5%（其中市本级使用资金7205.72万元）。 => 4500/7205.72=62.5
example: 全年总支出500万元，其中人员经费150万元，占总额的30%。 => 150/500=30
# The whole may be stated after its shares in their sentence, named as in
# the share or with a word for all of it (合计).
example: 本年度财政拨款收入3560.8万元，占本年收入的92.5%，其他收入288.7万元，占本年收入的7.5%，本年收入合计3849.5万元。 => 3560.8/3849.5=92.5; 288.7/3849.5=7.5
counter: 本年度财政拨款收入3560.8万元，占本年收入的92.5%，本年支出合计3849.5万元。 => 3560.8/3849.5=92.5
counter: 用于全民健身支出198万元，占总数的89.59%。 => 198/221=89.59
counter: 项目资金221万元。用于全民健身支出198万元，占总数的89.59%。 => 198/221=89.59
# A share is one: a stray comma after its 占 changes nothing, and the
# figure before it is a part, no whole for the next.
example: “三公”经费支出决算中，因公出国（境）费支出0元，占0%；公务用车购置及运行维护费支出23,005.58元，占,88.19%；公务接待费支出3,080元，占11.81%。 => -
# A sentence that opens by naming the whole its items are in ("…支出决算
# 中，"): its bare shares are over the figure so named before it.
example: “三公”经费支出预算为63.30万元，支出决算为42.00万元，完成预算的66.35%。\n（二）具体情况说明\n2021年度“三公”经费支出决算中，因公出国（境）费支出决算0.00万元，公务接待费支出决算30.00万元，占71.43%；公务用车购置及运行维护费支出决算12.00万元，占28.57%。 => 30/42=71.43; 12/42=28.57
# Parts each followed by its share of one named whole: the whole is the
# figure named so, never the part before (whose name may end alike).
example: 本年收入合计6023.69万元，其中：财政拨款收入5505.38万元，占收入合计的91.40%；上级补助收入0万元，占收入合计的0%；事业收入514.89万元，占收入合计的8.55%。 => 5505.38/6023.69=91.4; 0/6023.69=0; 514.89/6023.69=8.55

lexicon completion
# A target, what was done and the rate of completion, in one clause run ("计划完成农村公路建设50公里，实际完成52公里，完成率104%"):
# the rate is the actual over the target, and may pass 100% (超额完成),
# which the arithmetic shows. The target's label names a plan, the
# actual's names doing and no plan, the rate's ends in a completion rate.
# Examples: the right side is "actual/target=rate" of each found, or '-'.
entry plan: 计划 目标 任务 预期 年度目标 预算 指标值 年度指标值 目标值
entry actual: 实际 完成 已完成 累计完成 实际完成
entry rate [percent]: 完成率 完成比例 任务完成率 计划完成率 目标完成率
# A bracket right after a rate that names its base (按申报数计算, 以受理
# 数为基数) says which figure of its sentence the rate is over: the figure
# right before the rate over the one so named (ratio.named_base).
entry named_base: 按/计算 以/为基数 以/为分母
example: 共收到申报127项，受理119项，最终确定支持85项，通过率66.93%（按申报数计算）。 => 85/127=66.93
example: 共收到申报127项，受理119项，最终确定支持85项，通过率71.43%（以受理数为基数）。 => 85/119=71.43
counter: 共收到申报127项，受理119项，最终确定支持85项，通过率66.93%（按申报数计算）。 => 85/119=66.93
counter: 实现产值120亿元，其中可比价格产值110亿元，同比增长8.5%（按可比价格计算）。 => 120/110=8.5
# What was done past the target may stand between the actual and the rate
# (超额完成150亩): the actual less the target (budget.change).
entry excess [amount count]: 超额完成 超额 超出计划 超计划 多完成
example: 计划完成农村公路建设50公里，实际完成52公里，完成率104%；计划新建桥梁3座，实际完成3座，完成率100%。 => 52/50=104; 3/3=100
example: 年度目标培训农民1200人次，实际培训1180人次，完成率98.33%。 => 1180/1200=98.33
counter: 计划投资300万元，完成投资280万元，其中设备120万元，完成率93.33%。 => 120/280=93.33
example: 全年计划完成造林面积3000亩，实际完成3150亩，超额完成150亩，完成率105%。 => 3150/3000=105
# What was done may come first and the target after it: each is told by
# its own words, not by its place.
example: 本年度共完成道路硬化12.5公里，计划任务12公里，完成率104.2%；新建桥梁3座。 => 12.5/12=104.2
# What was done, its difference from the plan, then the rate: the actual
# over the plan.
example: 营养改善计划实际受益学生18420人，比计划受益人数17800人多620人，完成率103.48%。 => 18420/17800=103.48
counter: 本年度共完成道路硬化12.5公里，完成桥梁3座，完成率104.2%。 => 12.5/3=104.2
# The target may follow the rate, in a bracket or in a clause of its own
# right after it, named by a plan word alone.
example: 全年共完成农村危房改造320户，完成率106.7%，年度计划任务300户。 => 320/300=106.7
counter: 全年共完成农村危房改造320户，完成率106.7%，另排查危房300户。 => 320/300=106.7
example: 项目完成率98% => -
# A target is printed with its bound (≥, ≤ for one met below it).
example: 家庭经济困难学生资助人数，年度指标值≥3200人次，实际完成3086人次，完成率96.44%。 => 3086/3200=96.44
# The target may follow the rate in a bracket of its own; what was done is
# the figure before the rate, the parts of its list passed over.
example: 共完成道路硬化12.6公里，其中新建8.4公里，改建4.2公里，完成率105%（计划12公里）。 => 12.6/12=105
counter: 共完成道路硬化12.6公里，其中新建8.4公里，改建4.2公里，完成率105%（计划12公里）。 => 4.2/12=105
counter: 完成危房改造120户，完成率100%（其中整体重建80户）。 => 120/80=100
# A rate named by what its part did, the act and a suffix (办结率: 办结 +
# 率), right after a figure whose label ends with that act ("办结248件"),
# is that figure over the figure of the same measure right before it in the
# clause run, the set the act was done to ("受理256件"; a list's total when
# it is one of the list's parts), unless that is smaller than the part.
# 满意度 is 满意 + 度: a degree of the act, rated the same way.
# (服务率: the act served, 规范管理服务率 of 规范管理.)
entry act_suffix: 率 比例 比率 度 服务率
# A part whose act is denied (未分配50万元) is what was not done.
entry act_not: 未 不 非 无 没 没有 尚未
# The money the act is done to may open the rate's name (资金到位率) and
# close the part's label (到位资金): 到位 either way.
entry act_object: 资金 金额 经费
# The set the act was due to be done to (应参保人数) may follow the rate,
# or come between the part and it: the part over it.
entry due: 应 应当
example: 全县城乡居民医保参保32.46万人，应参保33.18万人，参保率97.83%。 => 32.46/33.18=97.83
example: 全年共受理群众来信来访256件，办结248件，办结率96.9%。 => 248/256=96.9
# A figure its clause names as the plan (385.4公里的年度任务) is the
# target, and the figure before it what was done.
example: 全年养护农村公路408.1公里，超额完成385.4公里的年度任务，完成率达105.89%。 => 408.1/385.4=105.89
example: 共检查企业256家，合格248家，合格率96.9%。 => 248/256=96.9
example: 年内已管理7177人，其中按照规范要求管理4834人，高血压患者规范管理服务率67.35%。 => 4834/7177=67.35
example: 全年共受理行政审批事项256件，按时办结248件，按时办结率96.9%。 => 248/256=96.9
example: 巡察反馈问题48个，已整改40个，整改率83.3%。 => 40/48=83.3
# The rate's name may say more of the act than the part's label does.
example: 抽检食品样品1500批次，合格1470批次，抽检合格率98%。 => 1470/1500=98
example: 全年受理投诉256件，其中电话投诉200件，网络投诉56件，办结248件，办结率96.9%。 => 248/256=96.9
counter: 全年受理投诉256件，办结248件，满意率96.9%。 => 248/256=96.9
example: 本次共发放满意度调查问卷200份，回收有效问卷200份，其中表示满意的183份，群众满意度为91.5%。 => 183/200=91.5
# Answers graded by degree, parts of one list each ending alike with the
# act (非常满意, 满意, 基本满意; none denied, 不满意), are all of the act
# done: the rate is their sum over the set. The lowest grades (partial:
# 基本满意, 比较满意) some reports count and some leave out; either
# reading holds.
entry partial: 基本 比较 较为 较
example: 回收有效问卷358份，其中“非常满意”204份、“满意”137份，参保群众满意度为95.25%。 => 204+137/358=95.25
example: 回收有效问卷400份，其中非常满意260份、满意100份、基本满意20份、不满意20份，满意度为95%。 => 260+100+20?/400=95
counter: 全年受理投诉256件；办结248件，办结率96.9%。 => 248/256=96.9
counter: 全年受理投诉200件，办结248件，办结率96.9%。 => 248/200=96.9
counter: 全年受理投诉256件，办结248人，办结率96.9%。 => 248/256=96.9
counter: 下达直达资金1000万元，已分配950万元，未分配50万元，分配率95%。 => 50/950=95
example: 下达资金200万元，到位资金190万元，资金到位率95%。 => 190/200=95
example: 下达资金200万元，到位资金190万元，到位率95%。 => 190/200=95
example: 2023年全市城乡居民医保参保人数68.5万人，参保率97.6%，应参保人数70.2万人。 => 68.5/70.2=97.6
counter: 2023年全市城乡居民医保参保人数68.5万人，参保率97.6%，户籍人口70.2万人。 => 68.5/70.2=97.6
counter: 下达资金200万元，未到位资金10万元，资金到位率95%。 => 10/200=95
# What a plan saved after the target and the actual ("采购计划金额…，实际
# 采购金额…，节约资金…，节约率…"): the plan less the actual, its rate over
# the plan (budget.change and ratio.change_over; the right side is then
# "saved=plan-actual" and "saved/plan=rate").
entry saving [amount]: 节约 节余 节省 节支
entry saving_rate [percent]: 节约率 节支率 节资率 节约比例
example: 采购计划金额共计97156.16万元，实际采购金额共计81298.42万元，共节约资金15857.74万元，节约率为16%。 => 15857.74=97156.16-81298.42; 15857.74/97156.16=16
example: 政府采购预算金额500万元，实际采购金额450万元，节约资金50万元。 => 50=500-450
example: 计划投资300万元，实际完成投资280万元，节约资金30万元。 => 30=300-280
# The actual's rate of completion may stand between it and the saving.
example: 项目计划投资500万元，实际完成投资480万元，投资完成率96%，节约资金20万元。 => 480/500=96; 20=500-480
# The plan and the actual may each be followed by the list of their parts,
# their statements then ending with a 。: the lists are asides.
example: 2022年纳入集中采购的预算规模为3600万元，其中：货物类1200万元；服务类2400万元。实际采购规模为3300万元，其中：货物类1100万元；服务类2200万元。节约资金300万元，节约率为8.33%。 => 300=3600-3300; 300/3600=8.33
counter: 采购预算规模为3600万元。实际采购规模为3300万元。节约资金300万元。 => 300=3600-3300
# A purchase's actual is what its contracts came to (合同金额, 中标金额,
# 成交金额); a part of it with its share is an aside.
entry contract [amount]: 合同金额 合同总金额 中标金额 中标总金额 成交金额 成交总金额
example: 全年采购预算1069.06万元，合同总金额954.26万元，其中公开招标合同金额784.08万元，占合同总金额的82.17%；节约资金114.80万元，节约率10.74%。 => 114.8=1069.06-954.26; 114.8/1069.06=10.74
counter: 全年采购预算1069.06万元，合同总金额954.26万元，其中公开招标合同金额784.08万元，占合同总金额的82.17%；节约资金114.80万元，节约率10.74%。 => 114.8=1069.06-784.08; 114.8/1069.06=10.74

lexicon per_unit
# Words that make an amount a figure per head or per item (a standard, a
# price), whose unit is rightly 元 among 万元 totals. A whole amount in 元
# that is a budget figure (下达, 安排, 资金) among two or more 万元 figures
# of its sentence, with none of these words near it, is a candidate for a
# unit slip (the check weighs the magnitudes). Examples: the right side
# lists the candidates.
entry per: 每 标准 人均 户均 亩均 次均 日均 平均 单价 均价 定额 /人 /户 /亩 元/ 每人 每户 每亩
example: 体育彩票公益金739万元，用于场馆维修等532万元；下达西峰区207元，用于全民健身活动。 => 207元
counter: 共下达补助资金36万元，按每人300元发放，其余结转12万元。 => 300元
counter: 慰问资金合计3.6万元，慰问标准300元，共下达资金2万元。 => 300元
counter: 资助脱贫家庭学生3560人次，发放资助资金486.2万元，人均1365.7元。 => 1365.7元
counter: 文化事业财政补助收入230591万元，人均文化事业费23.93元。 => 23.93元
counter: 下达耕地地力保护补贴资金2856.32万元，补贴面积42.5万亩，每亩补贴67.2元。 => 67.2元
counter: 全县共落实耕地地力保护补贴资金5860.3万元，补贴面积86.2万亩，亩均补贴67.98元。 => 67.98元
example: 下达资金100万元，其中中央资金60万元、省级资金40元。 => 40元

lexicon per_head
# A money figure named per unit (户均, 每人, or printed "300元/人") is the
# sentence's total over its count of that unit: total = count × amount per
# unit, within the figures' rounding. Each entry is the unit (a count's
# measure word) and the words that make an amount per it; people may be
# counted as 人, 名, 位 or 人次 (entry people). Read only where the sentence
# has one count of the unit and one other money figure. Examples: the right
# side is "total=count×each" of each found, or '-'.
entry 户: 户均 每户 户次均
entry 人: 人均 每人 生均 每生 每名 每位 次均 人次均 每人次
entry 亩: 亩均 每亩
entry 平方米: 每平方米 每平米
entry 公里: 每公里
entry people: 人 名 位 人次
# An amount per unit per period (人均月补助348元, 每人每月, 300元/人/月,
# 每人每学期) is a standard, not a share of the total: the total is paid
# over months or terms to a count that changes from one to the next (a
# year-end count of recipients), so count × amount × periods only
# approximates it. Such a figure is not read.
entry period: 月 季 周 日 天 学期 学年 季度
# A price each (单价) in the bracket right after a count, then what they
# came to (计): the amount is the count times the price.
entry price: 单价 均价
example: 全年新购置救灾物资：睡袋420个（单价170元，计71400元）、救生衣200件（单价137元，计27400元）。 => 71400=420×170; 27400=200×137
example: 本年度共发放补助资金356.8万元，惠及农户1784户，户均补助2000元。 => 3568000=1784×2000
example: 慰问对象120人，慰问标准300元/人，市级资金配套3.6万元。 => 36000=120×300
example: 全年办理医保报销业务1.25万人次，报销金额3860万元，人均报销3088元。 => 38600000=12500×3088
example: 2023年全县职工医保住院报销2356人次，报销金额1862.5万元，次均报销7905元。 => 18625000=2356×7905
counter: 本年度共发放补助资金356.8万元，惠及农户1784户，其中脱贫户520户，户均补助2000元。 => 3568000=1784×2000
counter: 本年度共下达资金400万元，发放补助资金356.8万元，惠及农户1784户，户均补助2000元。 => 3568000=1784×2000
counter: 全年发放城乡低保金2860.5万元，惠及困难群众4120户6850人，人均月补助348元。 => 28605000=6850×348
example: 全年发放城乡低保金2860.5万元，惠及困难群众4120户6850人，人均月补助348元。 => -
example: 全年发放高龄津贴86.4万元，惠及老人720人，补助标准100元/人/月。 => -
example: 资助学生1200人次，每人每学期补助1000元，全年共发放240万元。 => -
# With the periods each count was paid stated in its clause, the product
# is exact: total = count × amount per unit per period × periods (a count
# of times, 人次, counts each period already: no product).
example: 岗位补贴按每人每月600元标准发放：全年在岗的383人补贴12个月，计275.76万元；年中补充上岗的61人按同一标准平均补贴6个月，计21.96万元。 => 2757600=383×600×12; 219600=61×600×6
example: 受益学生4326人，膳食补助标准为每生每天5元，全年按在校200天计算，应安排补助资金432.60万元。 => 4326000=4326×5×200
example: 困难残疾人生活补贴：累计发放15204人次，补贴标准为每人每月60元，发放12个月，计91.22万元。 => -
example: 资助学生1287人，资助标准为每生每年2000元，全年发放助学金257.40万元。 => 2574000=1287×2000
example: 全年公用经费支出286.45万元，按年平均在校生2716人计算，生均公用经费1054.68元，较上年生均1012.40元增长4.18%。 => 2864500=2716×1054.68
example: 共发放临时救助金12.6万元，救助困难群众210人次，人均600元。 => 126000=210×600
example: 全年共实施临时救助864户次，惠及困难群众1973人次，支出临时救助资金286.45万元，户次均救助水平3315.39元。 => 2864500=864×3315.39
# Per the thing a count counts, printed right after its measure word
# (12个村: 每村, 每个村; 12所学校: 每所, with 学校 named before 每).
example: 资金到位后，拨付至12个村，每村5万元，共计拨付60万元。 => 600000=12×50000
example: 全县12所学校每所补助5万元，共计60万元。 => 600000=12×50000
example: 全年下达县级科技计划项目补助资金528万元，支持项目33项，平均每项补助16.00万元。 => 5280000=33×160000
counter: 拨付至12个村，每个项目5万元，共计拨付60万元。 => 600000=12×50000
example: 全年共投入资金1200万元，完成改造校舍8所，改造面积12000平方米，每平方米造价1000元。 => 12000000=12000×1000
# A count broken into parts in the sentence is the one the amount is per,
# not its parts.
example: 本年度共开展培训12期，培训人员860人次，其中基层干部320人次，技术人员540人次，人均培训费用500元，共支出培训费43万元。 => 430000=860×500
# A figure named per the measure word of a count beside it (每期, of 12期)
# is the one other figure of its own measure over that count, a count as
# an amount; a word for items of any kind (每个, 每所: lexicon list, item)
# must be followed by the thing the count's label names.
example: 开展培训12期，培训人员600人次，平均每期培训50人次。 => 600=12×50
example: 全年开展文艺演出24场，观众4800人次，平均每场观众200人次。 => 4800=24×200
example: 改造学校5所，每所学校补助20万元，共投入资金100万元。 => 1000000=5×200000
counter: 实施项目10个，完成投资500万元，每个村补助5万元。 => 5000000=10×50000
# 平均 (average) right after 每 and the measure word names no thing: the
# measure word alone is the unit.
entry average: 平均 均
example: 农村饮水安全巩固提升工程每处平均投资4.2万元，共实施18处，总投资75.6万元。 => 756000=18×42000
counter: 每个项目平均投资4.2万元，共实施18处，总投资75.6万元。 => 756000=18×42000
# An amount per unit the text compares another with (低于每公里80万元的
# 控制标准, 不超过每户5000元) is a bound or a standard, not what each got:
# only the figure compared is the total's share.
entry bound: 低于 高于 不超过 不高于 不低于 超过 未超过 控制在 少于 多于
example: 新改建农村公路47.6公里，完成投资3427.2万元，每公里建设成本72万元，低于每公里80万元的控制标准。 => 34272000=47.6×720000
counter: 新改建农村公路47.6公里，完成投资3427.2万元，每公里建设成本72万元，低于每公里80万元的控制标准。 => 34272000=47.6×800000

