# patterns/roles.lex: what a number is in the report's accounts, read from
# its label (format: src/extract/lexicon.h). The head of a Chinese noun
# phrase comes last, so the word that ends latest in the label decides:
# 预算执行率 is a rate, 全年预算 a budget, 预算支出 a payment.
#
# Examples: the text is extracted alone; the right side is the role of its
# last amount or percent ('-' for none).

lexicon role
# Budgets: what was planned or made available.
entry initial [amount]: 年初预算 年初预算数 年初批复 年初安排 年初下达 年初数 年初部门预算 年初预算安排 年初批复预算 年初资金
entry adjust [amount]: 追加 追加预算 调增 调减 调整 预算调整 调整金额 年中追加 追加资金 新增预算 追加安排 追加安排资金 调增安排 调减安排 追加经费 调增预算 调减预算
entry full [amount]: 预算支出 全年预算 全年预算数 调整后预算 调整后全年预算 调整预算 可使用 可用资金 预算总额 总预算 预算资金 预算数 预算 预算安排 安排 资金总额 年度资金总额 项目总投资 总投资 计划投资 批复 安排资金 计划资金 项目预算 应到位 应到位资金 应拨付 应支付 应发放
entry carry [amount]: 上年结转 上年结余 上年度结转 以前年度结转 年初结转 年初结余 期初结余 期初结存 期初滚存结余 上年结转资金 结转上年 年初结转和结余 上年结转和结余 年初结转结余 上年结转结余 年初结余资金 年初结转资金 上年结余资金 年初结转和结余资金 年初结转结余资金 上年结转结余资金 上年结转和结余资金 年初财政拨款结转和结余 年初财政拨款结转结余
entry allocated [amount]: 下达 下达资金 到位 到位资金 实际到位 拨入 收到 到账 下拨 资金下达 拨付到位
# A fund named without a budget word (…补助资金28万元, 工作经费15万元):
# in a budget statement it is what the payments are measured against.
entry fund [amount]: 资金 经费 补助资金 专项资金 项目资金 奖补资金 补贴资金 补助经费 工作经费 专项经费 补助 财政拨款 拨款 预算内投资 预算内基建投资 预算内资金
# Payments: what was spent.
# 执行 before a budget word says what of it was paid: 实际执行支出预算 is
# the payment, 支出预算 the budget.
# A fund passed on to the units that spend it (直达资金已分配) is paid out
# of what was allocated, and its 分配率 is over that, as a payment rate is;
# what is not passed on (未分配) is left.
entry spent [amount]: 还本付息 已分配 支出 已支出 实际支出 执行数 全年执行数 执行 已执行 实际执行 支付 完成支付 已支付 拨付 已拨付 实际拨付 使用 已使用 已用 已用指标 实际使用 决算 决算数 兑付 发放 累计支出 报账 完成投资 执行支出预算 实际执行预算
# Money taken back by the finance bureau (财政收回, 缴回) or cut (核减)
# after it was made available: what is left is the budget less the
# payments and less this. Bare 收回 is no role: money 收回 earlier and
# allocated again (收回重新分配资金) is a source.
entry withdrawn [amount]: 财政收回 收回统筹 缴回 扣回 核减 审减
# A year's whole income (总收入, 本年收入合计): in an account of it, what is
# left at the end is the income and the carry-over less the spending. A
# kind of income (财政拨款收入, 事业收入, 预算收入) is a part or a budget, not
# the whole: bare 收入 is no role.
entry income [amount]: 总收入 本年收入 收入合计 本年收入合计
# What is left.
entry balance [amount]: 未分配 下年使用 以后年度使用 结转下年 结转下年支出 结余 结转 剩余 余额 未支出 未使用 尚未支付 未支付 未拨付 尚未拨付 结转结余 结余资金 未执行 余 沉淀
# Rates of payment over budget, and of allocation over budget.
entry rate [percent]: 分配率 执行率 支出率 投资完成率 投资执行率 预算执行率 资金执行率 执行进度 支出进度 支付进度 使用完成比率 使用完成率 资金使用率 拨付率 支付率 预算完成率 支付完成率 拨付完成率 支出完成率 执行完成率 完成预算 完成全年预算 完成年初预算
entry allocated_rate [percent]: 到位率 资金到位率
# A change against another year: a breakdown of a change may leave out
# parts that fell, so its parts need not add up to it. A difference (差值,
# 差额: 支出 against 预算) is printed without its sign, the same.
# A way before the account's word says by how much it changed (比上年减少
# 支出613.80万元: spending fell by that much), not what was spent.
# 多, 增 and 减 alone say so only where they close the label (比上年多,
# 同比增): inside a name they are other words (多功能运动场, 增值税, 减免),
# and 最多 says which is largest (龙城区分配资金最多，为132.87万元: none).
entry change [amount percent]: 增加 减少 增长 下降 增幅 降幅 降低 提高 上升 多$ 同比 比上年 较上年 同比增加 同比减少 增$ 减$ 增收 减收 增支 减支 超收 短收 超支 节约 差值 差额 差异率 低于限额 高于限额 减少支出 增加支出 减少收入 增加收入
# Categories of spending and words that only look like roles: they name no
# flow, so a breakdown of 人员支出 and 公用支出 is a list of parts, not a
# budget followed by payments.
# The four budget accounts (一般公共预算, 政府性基金预算, 国有资本经营预算,
# 社会保险基金预算) are names: their 支出 is the account's spending, planned
# in a budget and paid in an execution report or 决算, which the label alone
# does not tell ("一般公共预算支出96.56亿元，为调整预算数的233.6%"); their
# 收入 (一般公共预算本级收入 too) is the account's income, not a budget of
# its spending: the 预算 in an account's name makes nothing a budget.
# A purpose after the account's word (资金主要用于土地平整982.52万元) names
# what the figure went to, a part of the spending: the word before 用于
# is not its head.
# A fund's cumulative balance (累计结余, 滚存结余) is a stock: the balance
# of every year so far, not what this year's income left after its
# spending.
entry none [amount percent]: 最多 最少 累计结余 滚存结余 年末滚存结余 历年累计结余 累计结存 人员支出 公用支出 基本支出 项目支出 资本性支出 基本建设支出 基建支出 基建工程支出 商品和服务支出 工资福利支出 人员经费 公用经费 其余 业余 完成率 支出绩效 支出范围 报销 补助支出 经济分类 功能分类 转移支付 一般公共预算 政府性基金预算 国有资本经营预算 社会保险基金预算 一般公共预算支出 政府性基金预算支出 国有资本经营预算支出 社会保险基金预算支出 一般公共预算收入 政府性基金预算收入 国有资本经营预算收入 社会保险基金预算收入 预算稳定调节基金 增加值 用于 主要用于 有偿使用收入

# 增加值 is value added (an industry's share of GDP), a quantity, not a
# change.
example: 第三产业增加值56亿元 => -
example: 分别用于笼式足球场143.48万元、社区多功能运动场107.04万元 => -
example: 国内增值税3562.18万元 => -
# 有偿使用收入 is a kind of income (国有资源（资产）有偿使用收入), not a use.
example: 国有资源有偿使用收入52066万元 => -
example: 税收收入比上年多352万元 => change
# A spending's change is said as its income's is (增支, 减支 as 增收, 减收).
example: 政府性基金预算支出70230万元，较上年同期91050万元减支20820万元 => change
example: 其中，龙城区分配资金最多，为132.87万元 => -
example: 资金主要用于土地平整982.52万元 => -
example: 2017年区级“三公”经费公共财政拨款支出1360.13万元，比上年减少支出613.80万元 => change
example: 2023年年初预算安排100万元 => initial
example: 2023年医保基金总收入8.62亿元，总支出8.15亿元，当期结余0.47亿元，累计结余6.3亿元 => -
example: 年中追加预算20万元 => adjust
example: 年中调减预算109.97万元 => adjust
# A balance against its ceiling (低于限额) is a difference, no part of a list.
example: 全县政府债务余额83.01亿元，其中一般债务余额42.50亿元、专项债务余额40.51亿元，低于限额9.15亿元 => change
example: 从资金来源看，全年预算资金中中央财政补助资金86.50万元 => fund
# 追加 (调增, 调减) before a budget verb names the change to the budget: 追加安排
# is more money arranged, not the budget arranged.
example: 年中追加安排120.00万元 => adjust
example: 全年预算数为194.19万元 => full
example: 调整后预算861.46万元 => full
example: 预算支出1.00万元 => full
example: 上年结转资金12万元 => carry
example: 年初结转和结余1133.79万元 => carry
example: 年初结余资金318.62万元 => carry
example: 本期结余587.54万元，期初结余2937.10万元 => carry
example: 镇级村级组织运转经费年初结转结余资金32.40万元 => carry
example: 本年新增拨款150万元 => allocated
counter: 比上年新增资金20万元 => allocated
example: 本年收入合计15236.40万元 => income
example: 本年度支出合计1255.12万元 => spent
example: 年末结转和结余86万元 => balance
example: 共下达资金100万元 => allocated
example: 实际到位资金334.67万元 => allocated
example: 截至12月31日实际支出95万元 => spent
example: 全年执行数为194.19万元 => spent
example: 当年预算批复指标71.48亿元，已用指标62.09亿元 => spent
example: 医保基金实际拨付437.32万元 => spent
example: 完成支付488.18万元 => spent
# A fund named by a class of spending (…性支出补助) is that fund, no payment.
example: 政策性社会性支出补助135.54万元 => fund
# Debt service (还本付息: principal repaid, interest paid) is a payment, and
# its parts are payments too (lists.lex).
example: 2024年全市政府债务还本付息138638万元 => spent
example: 结余15.42万元 => balance
# Money not yet paid (未拨付, 尚未支付) is what is left, not a payment.
example: 已拨付项目资金587.94万元 => spent
example: 未拨付资金55.06万元 => balance
# The fund word a label ends in is its longest (补贴资金, not 资金): the
# verb before it governs it.
example: 截至12月31日实际兑付补贴资金2,054.80万元 => spent
example: 截至2023年末，已支出债券资金2,163.48万元 => spent
example: 结转下年使用33.42万元 => balance
example: 收支相抵，结转下年支出2.1亿元 => balance
example: 审计核减工程款5.2万元 => withdrawn
example: 收回重新分配资金81.03万元 => fund
counter: 收回重新分配资金81.03万元 => withdrawn
example: 其中财政拨款收入5505.38万元 => fund
example: 财政收回统筹6.86万元 => withdrawn
example: 本级体育彩票公益金总收入1233.62万元 => income
example: 福彩公益金本年收入83.7万元 => income
example: 预算执行率95% => rate
example: 已分配145095.3万元 => spent
example: 未分配0.08亿元 => balance
example: 分配率97.02% => rate
counter: 收回重新分配资金20万元 => spent
example: 实际已支付186.98万元，支付完成率为94.91% => rate
counter: 项目完成率98% => rate
example: 执行数为125.25万元，完成预算的83.50% => rate
example: 截至年底已完成投资280万元，投资完成率93.33% => rate
example: 本年度财政拨款为150万元 => fund
example: 资金到位率100% => allocated_rate
example: 其中人员支出60万元 => -
example: 基本建设支出0.42亿元 => -
counter: 其中人员支出60万元 => spent
example: 中央财政资金60万元 => fund
example: 2021年预算飞行经费共计9799.2万元 => full
example: 实际执行飞行经费9109.54万元 => spent
example: 批复支出预算1824.15万元 => full
example: 实际执行支出预算1711.15万元 => spent
counter: 实际执行支出预算1711.15万元 => full
# What should have arrived or been paid (应到位, 应拨付) is the plan its
# 到位率 or 拨付率 is measured against; what did is the payment.
example: 应到位4871.71万元 => full
example: 实际到位1696.76万元 => allocated
counter: 应到位4871.71万元 => allocated
example: 应拨付资金120万元 => full
example: 绩效预算管理工作经费5万元 => fund
example: 目前共支付资金1696.76万元 => spent
example: 医疗服务与保障能力提升补助资金（28万元） => fund
# 转移支付 names a kind of fund (money one government passes to another),
# not a payment made.
example: 计划生育转移支付资金589.53万元 => fund
# 中央预算内投资 names a kind of fund (the central budget's investment
# money), not a budget.
example: 中央预算内基建投资65.50亿元 => fund
example: 项目完成率98% => -
example: 同比上年度增加189.25万元 => change
example: 年初预算为2.95万元，差值为0.9万元 => change
example: 住院33580人次报销11663.42万元 => -
example: 2022年一般公共预算支出96.56亿元 => -
example: 中央一般公共预算收入100462.06亿元 => -
example: 地方一般公共预算本级收入83217亿元 => -
# 预算稳定调节基金 is a fund a government sets money aside in (安排) or
# draws on (动用), a part of its spending or income, not a budget.
example: 安排预算稳定调节基金34295万元 => -
counter: 2022年一般公共预算支出96.56亿元 => full

lexicon account
# An account's year told whole (a 预算执行 or 决算 report of a government
# fund: 一般公共预算, 政府性基金, 国有资本经营): the whole income, the whole
# spending, then "收支相抵" and what is left. The cue says what the figure
# after it is, whatever it is called (结余, 结转下年, 结转结余): the
# nearest whole income less the nearest whole spending stated before it,
# each the figure of a clause that ends in a word naming its side whole
# (总收入, 收入总计; 总支出, 支出总计), within a few sentences. A kind of
# income or spending (一般公共预算收入) is a part, not the side. Examples:
# the right side is "income-spending=balance", or '-'.
# 收支结余 names both sides itself: it is a cue of its own.
entry net: 收支相抵 收支轧差 收支结余
# A side's name may end in a verb of outturn (政府性基金预算收入完成).
entry outturn: 完成 实现
entry plus: 加上 再加上
# What a clause adding to a named figure may name it by: 本级收入 is the
# account's own income, its 一般公共预算收入 (and so for spending).
entry plus_alias: 本级收入=一般公共预算收入 本级支出=一般公共预算支出
# A figure taken away in the statement (减去) makes it no sum of parts.
entry minus: 减去 再减去 扣除 扣减
entry income: 总收入 收入总计 收入总量 收入合计 收入总额 收入共计 总财力 可用资金
entry spending: 总支出 支出总计 支出总量 支出合计 支出总额 支出共计
# The cue's own paragraph may state its account's sides named by their
# kind alone (社会保险基金预算收入, …支出): those are its sides.
entry income_kind: 收入
entry spending_kind: 支出
example: 2023年，市本级政府性基金预算总收入87.32亿元，其中：当年政府性基金预算收入28.36亿元，转移性收入58.96亿元；市本级政府性基金预算总支出84.37亿元。收支相抵，年终结余2.95亿元。\n2023年，市本级社会保险基金预算收入65.17亿元，社会保险基金预算支出57.93亿元。收支相抵，本年收支结余7.24亿元，年终滚存结余78.09亿元。 => 87.32-84.37=2.95; 65.17-57.93=7.24
example: 全年一般公共预算收入12.5亿元，加上上级补助收入30.2亿元，总收入为42.7亿元。一般公共预算支出40.1亿元，加上上解上级支出0.5亿元，总支出为40.6亿元。收支相抵，结转下年支出2.1亿元。 => 42.7=12.5+30.2; 40.6=40.1+0.5; 42.7-40.6=2.1
example: 政府性基金预算收入合计8000万元，加上上级补助收入1200万元，收入总计9200万元。政府性基金预算支出7500万元，调出资金600万元，支出总计8100万元。上述收支相抵，年终结余1100万元，全部结转下年使用。 => 9200=8000+1200; 9200-8100=1100
example: 2023年全市收入总量2970亿元。\n支出总量2425.6亿元，其中一般公共预算支出2060.4亿元。收支相抵后，结转下年544.4亿元。 => 2970-2425.6=544.4
# 加上 may lead a list of what is added, each item with its figure (a
# breakdown of one in brackets aside); a sentence that opens with 加上 adds
# to the figure of the total's side (lists.lex, side) its paragraph opened
# with, not to a part of its 其中 list.
example: 全县公共财政预算收入43101万元，加上级补助收入348499万元（其中：专项补助收入29496万元、一般性转移支付收入319003万元），债务转贷收入7700万元，全县一般预算总收入399300万元。 => 399300=43101+348499+7700
example: 全区一般公共预算收入24.25亿元，增长3.0%。其中：税收收入完成15.16亿元；非税收入完成9.09亿元。加上上级补助收入30.36亿元、上年结转3.42亿元、调入资金12.94亿元，收入总计70.97亿元。全区一般公共预算支出64.51亿元。加上上解支出3.14亿元、结转下年3.32亿元，支出总计70.97亿元。 => 70.97=24.25+30.36+3.42+12.94; 70.97=64.51+3.14+3.32
example: 按现行财政体制结算，全镇一般公共预算可用资金为23173.15万元。加上上年结余1728.62万元，全年一般公共预算可用资金为24901.77万元。 => 24901.77=23173.15+1728.62
counter: 全区一般公共预算收入24.25亿元，增长3.0%；其中税收收入完成15.16亿元，上年结转3.42亿元，调入资金12.94亿元，收入总计70.97亿元。 => 70.97=24.25+15.16+3.42+12.94
# The clause of 加上 may name what it adds to (the account's income or
# spending, by its name or alias): the figure under that name earlier in
# the paragraph, not a kind of spending (民生支出) stated after it.
example: 全县一般公共预算收入完成301559万元，为预算的92.8%。其中，税收收入184439万元；非税收入117120万元。本级收入加上上级补助收入444901万元、调入资金39625万元、上年结转52117万元，收入总计838202万元。 => 838202=301559+444901+39625+52117
example: 全县一般公共预算支出完成793264万元，为预算的94.5%。民生支出625409万元，占一般公共预算支出的比重为78.8%。一般公共预算支出加上解上级支出17531万元、债务还本支出22529万元、结转下年支出25384万元，支出总计858708万元。 => 858708=793264+17531+22529+25384
counter: 全县一般公共预算支出完成793264万元，为预算的94.5%。民生支出625409万元，占一般公共预算支出的比重为78.8%。一般公共预算支出加上解上级支出17531万元、债务还本支出22529万元、结转下年支出25384万元，支出总计858708万元。 => 858708=625409+17531+22529+25384
counter: 全县一般公共预算收入完成301559万元。县级财力加上上级补助收入444901万元、上年结转52117万元，收入总计838202万元。 => 838202=301559+444901+52117
example: 全市一般公共预算收入890.7亿元。一般公共预算收入加上中央转移支付和税收返还538.8亿元、一般债务收入46亿元、调入资金等15.6亿元、上年结余51.7亿元，减去市对区转移支付和税收返还412.8亿元，预算总收入为1130亿元。 => -
# An account's means (可用资金, 可用财力: what came in and was carried in,
# less what went up to the level above) are what its own spending (一般公
# 共预算支出) is set against: what is left is the means less that spending,
# after 收支相抵 or in a sentence that opens with what is left (closing)
# right after the spending's. Against a whole income (总收入) the spending
# must be whole too (上解 is spent out of it), as above.
entry available: 可用资金 可用财力 总财力 可用财力总额
entry means_spending: 一般公共预算支出 公共财政预算支出 政府性基金预算支出 政府性基金支出 财政总支出 财政支出
entry closing: 结余 年终结余 结转下年 结转结余 年末结余 净结余
example: 全镇一般公共预算可用资金为23173.15万元。加上上年结余1728.62万元，全年一般公共预算可用资金为24901.77万元。2021年一般公共预算支出21498.92万元，为调整预算的99.05%。结余3402.85万元。 => 24901.77=23173.15+1728.62; 24901.77-21498.92=3402.85
example: 全年可用财力15200万元，全年一般公共预算支出14300万元，收支相抵，结转下年900万元。 => 15200-14300=900
counter: 全年可用财力15200万元，全年一般公共预算支出14300万元。其中教育支出3200万元。结余900万元。 => 15200-14300=900
counter: 全镇一般公共预算收入8200万元，一般公共预算支出7900万元。结余300万元。 => 8200-7900=300
# A fund's balance of the period (当期结余, as 医保 funds disclose it) is
# that period's income less its spending, each stated before it under the
# fund's own name; a deficit (当期赤字) is printed without its sign and is
# not read.
entry period_balance: 当期结余 本期结余 当年结余 本年结余
example: 2023年一季度职工基本医疗保险基金收入4563万元，其中：基本医疗保险费收入4020万元，其他收入543万元。2023年一季度职工基本医疗保险基金支出3551万元。2023年一季度职工基本医疗保险基金当期结余1012万元，累计结余29768万元。 => 4563-3551=1012
counter: 城乡居民基本医疗保险基金收入116万元。职工基本医疗保险基金支出3870万元。职工基本医疗保险基金当期结余1012万元。 => 116-3870=1012
# A sentence names its fund once, at its income: a bare 支出 and 当期结余
# right after it are that fund's.
example: 截至12月底，全县医保基金收入5.62亿元，支出4.98亿元，当期结余0.64亿元，累计结余12.3亿元。 => 5.62-4.98=0.64
counter: 截至12月底，全县医保基金收入5.62亿元，其中个人缴费1.2亿元，支出4.98亿元，当期结余0.64亿元。 => 5.62-4.98=0.64
# The label keeps no date (当年结余 reads 结余): a balance word alone right
# after the fund's income and bare 支出 is the period's too; 累计结余 is not.
entry balance_alone: 结余 结存
example: 2023年职工基本医疗保险基金收入5.8亿元，支出5.2亿元，当年结余0.6亿元，累计结余12.4亿元。 => 5.8-5.2=0.6
example: 2023年职工基本医疗保险基金收入5.8亿元，支出5.2亿元，累计结余12.4亿元。 => -
# A fund's balance carried over the years (cumulative: 累计结余) at the
# year's end (cumulative_close; a label keeps no date: 2023年末累计结余
# reads 末累计结余) is the one at its start (cumulative_open) plus the
# year's income less its spending, stated with the period's balance.
entry cumulative: 累计结余 滚存结余 累计结存
entry cumulative_open: 上年末 上年底 年初 期初 上年
entry cumulative_close: 末 年末 期末 年底
example: 2023年基金收入14826.47万元，基金支出13721.11万元，当年结余1105.36万元。上年末累计结余9642.18万元，2023年末累计结余10747.54万元。 => 14826.47-13721.11=1105.36; 9642.18+14826.47-13721.11=10747.54
example: 2020年城乡居民医保基金年初累计结余124377.04万元，当年基金收入179823.40万元，基金支出175723.43万元，当期结余4099.97万元，年末累计结余128477.01万元。 => 179823.4-175723.43=4099.97; 124377.04+179823.4-175723.43=128477.01
example: 全年基金收入18642.37万元，较上年17286.90万元增长7.84%，其中征缴收入16925.40万元、财政补贴收入1512.60万元、利息收入204.37万元；基金支出17405.79万元，当年结余1236.58万元，年末累计结余12548.20万元。 => 18642.37-17405.79=1236.58
# A year told in items of its own (a 决算 report): 年末结转和结余 is
# 年初结转和结余 plus the year's income less its spending, all four of one
# scope (财政拨款, or none), the scope between the time word and the
# balance noun; the year's income and spending are named by a year word
# (本年收入) or a sum word (收入合计), or by the scope itself (财政拨款收入).
# A year whose balance is also distributed (结余分配, 提取) is not read.
entry year_open: 年初 期初
# A stock carried over the year (债务余额) moves by what was added to it
# and what was taken off, each stated once in the sentence that gives it
# at the year's start and then again.
entry stock: 余额
entry stock_in: 新增 举借 发行
entry stock_out: 偿还 还本 减少
example: 年初债务余额28.79亿元，当年新增债券5.20亿元，偿还到期本金2.09亿元，截至2020年末，全县政府债务余额31.90亿元，债务余额控制在限额以内。 => 28.79+5.2-2.09=31.9
entry year_close: 年末 期末 年底 年终
entry carry_noun: 结转和结余 结转结余
entry this_year: 本年度 本年 当年
# The report's own unit named before the year's side (部门收入合计, 单位
# 支出合计), and the year's spending said to be what was actually spent
# (本年度实际支出), name the same sides.
entry own_unit: 本部门 本单位 部门 单位
entry actual: 实际
entry distribution: 结余分配 提取 缴回
# Money drawn from a reserve to cover the year's gap (用事业基金弥补收支差
# 额, the 决算 form's 使用非财政拨款结余 since 2016) comes in beside the
# year's income: what is left counts it.
entry drawn: 用事业基金弥补收支差额 事业基金弥补收支差额 弥补收支差额 使用非财政拨款结余 使用专用结余
example: 年初结转和结余3058.08万元，本年收入合计53917.83万元，用事业基金弥补收支差额39.60万元，本年支出合计56751.58万元，年末结转和结余263.93万元。 => 3058.08+39.6+53917.83-56751.58=263.93
example: 一、收入决算情况：本年收入合计5258.78万元，其中财政拨款收入5213.60万元，其他收入45.18万元。\n二、支出决算情况：本年支出合计5338.82万元，其中基本支出1936.27万元，项目支出3402.55万元。\n三、结转结余情况：年初结转和结余486.32万元，年末结转和结余406.28万元。 => 486.32+5258.78-5338.82=406.28
example: 年初财政拨款结转和结余624.15万元；本年财政拨款收入7,318.40万元；\n本年财政拨款支出7,516.92万元，其中基本支出2,215.37万元、项目支出5,301.55万元；\n年末财政拨款结转和结余425.63万元。 => 624.15+7318.4-7516.92=425.63
# Another scope's figures are not this account's.
counter: 年初结转和结余624.15万元；本年财政拨款收入7,318.40万元；本年财政拨款支出7,516.92万元；年末结转和结余425.63万元。 => 624.15+7318.4-7516.92=425.63
example: 2025年度部门收入合计8,935.86万元，其中：一般公共预算财政拨款收入8,557.74万元，其他收入378.12万元。\n本年度实际支出8,711.41万元，预算执行率为95.63%。\n年初结转结余368.59万元，年末结转结余593.04万元。 => 368.59+8935.86-8711.41=593.04
counter: 2025年度项目收入合计8,935.86万元。本年度实际支出8,711.41万元。年初结转结余368.59万元，年末结转结余593.04万元。 => 368.59+8935.86-8711.41=593.04
example: 年初结转和结余100万元，本年收入合计500万元，本年支出合计480万元，结余分配10万元，年末结转和结余110万元。 => -
# Without both sides whole, what is left cannot be told from the text.
example: 国有资本经营预算收入1493万元，上年结转140万元。国有资本经营预算支出1459万元。上述收支相抵，年终结余174万元。 => -
example: 收入合计500万元，支出合计480万元，收支基本平衡。 => -
example: 我县总财力为332057万元，比上年增加73756万元。总支出为312487万元，其中一般公共预算支出277798万元，上解支出394万元，安排预算稳定调节基金34295万元。收支相抵，年终结转结余19570万元。 => 332057-312487=19570

# An asset's book value: what it cost (原值) less what has worn off it
# (累计折旧; 累计摊销 for an intangible) is what it is worth in the books
# (净值, 账面价值). The three stated one after the other, in any order
# (the net first with the other two in brackets, or cost, wear, net), each
# named by the word that ends latest in its label, are that identity; a
# list's parts between them that name none of the three are passed over.
# Examples: the right side is "net=gross-less", or '-'.
lexicon book_value
entry gross: 原值 账面原值 资产原值 原价
entry less: 累计折旧 已提折旧 折旧累计 累计摊销 已提摊销
entry net: 净值 账面净值 资产净值 账面价值 账面净额
example: 截至2021年12月底，资产总额6590.02万元，其中流动资产373.64万元，固定资产净值6216.38万元（固定资产原值6606.25万元，累计折旧389.87万元）。 => 6216.38=6606.25-389.87
example: 2023年末，固定资产原值1250.6万元，累计折旧410.2万元，净值840.4万元。 => 840.4=1250.6-410.2
example: 无形资产原值36万元，累计摊销12万元，账面价值24万元。 => 24=36-12
# Three figures of other names, or a wear that is the year's (本年计提) and
# not the whole, make no identity of the three in a row.
example: 固定资产原值1250.6万元，本年新增资产410.2万元，资产总额840.4万元。 => -
counter: 固定资产原值1250.6万元，本年计提折旧410.2万元，净值840.4万元。 => 840.4=1250.6-410.2

# A unit's balance sheet: what it owns (资产总额) less what it owes (负债
# 总额) is its net assets (净资产), read as book_value is.
lexicon net_assets
entry gross: 资产总额 资产合计 总资产 资产总计
entry less: 负债总额 负债合计 总负债 负债总计
entry net: 净资产 净资产总额 净资产合计
example: 2023年末资产总额1500万元，其中流动资产500万元，固定资产1000万元；负债总额300万元，净资产1200万元。 => 1200=1500-300
example: 截至年底，本单位资产总额1500万元，负债总额300万元，净资产总额1200万元。 => 1200=1500-300
example: 截至年底，本单位资产总额1500万元，流动负债300万元，净资产1200万元。 => -

# Points: weights (what an indicator can score) and scores (what it did).
lexicon score_role
entry weight [score]: 分值 指标分值 权重 满分 总分值 标准分 权重分
entry score [score]: 得分 自评得分 评分 实得 评价得分 综合得分 总得分 最终得分 评分结果 自评分 得 计分 自评总分
example: 指标分值10分 => weight
example: 自评得分48分 => score
example: 项目绩效自评总分为95.5分 => score
example: 产出指标（50分） => -
# Points in brackets closing a caption or heading line are what the part
# is worth, though a score word names it.
example: 绩效指标评分表（90分） => weight
example: 预算执行率评分（10分）\n指标 | 分值 | 得分 => weight
# Points a score is said to be taken out of ("产出指标75分中得72分") are
# the weight: the words after them say so.
entry weight_after [after]: 中得 中实得 中获得 中得分 中共得
example: 评分结果：产出指标75分中得72分 => score

# Words before a score that make it the total of the scores before it
# ("…得分40分，共计得分100分"). Examples: the right side is the sum relation
# found, "total=part+part", or '-'.
lexicon score_total
entry total: 共计 合计 总计 小计 总分 累计 共得 总得分 综合得分
example: 资金执行率得分10分，产出指标得分50分，效益指标得分40分，共计得分100分。 => 100=10+50+40
# Items of a list the sentence opens as scores (…得分情况：) are scores
# though they name no score word.
example: 产出指标得分情况：数量指标18分、质量指标14分、时效指标8分、成本指标7分，产出指标小计47分。 => 47=18+14+8+7
counter: 产出指标（50分）：数量指标18分、质量指标14分、时效指标8分、成本指标7分，小计47分。 => 47=18+14+8+7
example: 产出指标得分50分，效益指标得分40分。 => -
# Points a score is taken out of (75分中得72分) are weights, no part.
example: 评分结果：产出指标75分中得72分，效益指标15分中得12分，满意度指标10分中得10分，各项得分合计94分。 => 94=72+12+10
# Words after a weight in brackets that open the list of its parts'
# weights ("效益指标（30分）下设社会效益指标18分、…"): a form divides a
# weight among what it sets under it, so the parts' weights are its whole.
entry sub: 下设 下分 分设 分为 其中 其中包括 包括
example: 效益指标（30分）下设社会效益指标18分、经济效益指标6分、可持续影响指标8分，该项目效益指标实际得28分。 => 30=18+6+8
example: 产出指标（50分），其中数量指标20分、质量指标15分、时效指标15分。 => 50=20+15+15
counter: 产出指标（50分）下设数量指标、质量指标，自评得48分。 => 50=48
counter: 产出指标（50分）下设数量指标20分、质量指标15分等。 => 50=20+15

# The areas a 绩效自评表's points are divided into: the project form's
# 预算执行, 产出, 效益 and 满意度, and the department form's 决策, 过程,
# 产出 and 效益. A report's score followed by one score per area, each in a
# sentence that names that area alone ("1.预算执行完成情况：…得分4.44分。
# 2.产出指标完成情况：…得分39分。…"), is broken down by them when they name
# every area of one form. Examples: the right side is the sum relation
# found, "total=part+part", or '-'.
lexicon score_area
entry budget: 预算执行 资金执行 执行率
entry output: 产出
entry effect: 效益 效果
entry satisfaction: 满意度
entry decision: 决策
entry process: 过程 预算管理
# The 部门整体支出 forms' own areas: 部门管理, 部门履职 and 履职效益 (an
# effect: 效益), or 投入, 过程, 产出 and 效果; some name the first two by the
# budget's stages, 预算决策 (a decision) and 预算管理 (its process).
entry management: 部门管理
entry duty: 部门履职
entry input: 投入
example: 绩效自评得分83.44分，自评等级为良。1.预算执行完成情况：预算执行率为22.22%，绩效自评得分4.44分。2.产出指标完成情况：绩效自评得分39分。3.效益指标完成情况：绩效自评得分30分。4.满意度指标完成情况：绩效自评得分10分。 => 83.44=4.44+39+30+10
example: 自评总得分95分。决策指标得分18分；过程指标得分19分；产出指标得分38分；效益指标得分20分。 => 95=18+19+38+20
# In the report score's own sentence, a score with no word of its own
# after it is the part of the area it names (a score in brackets is a
# weight).
example: 项目绩效自评总分为95.5分，其中项目决策15分，项目过程19.5分，项目产出38分，项目效益23分。 => 95.5=15+19.5+38+23
counter: 项目绩效自评总分为95.5分，其中项目决策（15分），项目过程（19.5分），项目产出（38分），项目效益（23分）。 => 95.5=15+19.5+38+23
# So is one in the sentence right after it that opens with 其中.
example: 经自评，本部门2020年度部门整体支出绩效自评总分93.6分，等级为“优”。其中，投入19.9分（满分20分）、过程16.9分（满分20分）、产出27.2分（满分30分）、效益29.6分（满分30分）。 => 93.6=19.9+16.9+27.2+29.6
counter: 绩效自评得分83.44分。产出指标得分39分。效益指标得分30分。满意度指标得分10分。 => 83.44=39+30+10
example: 2023年度部门整体支出绩效自评得分为93.6分，其中：部门管理25分，部门履职46.6分，履职效益22分。 => 93.6=25+46.6+22
example: 部门整体支出绩效评价得分91分，其中投入指标18分，过程指标22分，产出指标32分，效果指标19分。 => 91=18+22+32+19
example: 部门整体支出绩效自评得分为93.91分，评价等级为“优”。其中，预算决策指标得分18.63分（满分20分），预算管理指标得分19.91分（满分20分），产出指标得分35.67分（满分40分），效益指标得分19.70分（满分20分）。 => 93.91=18.63+19.91+35.67+19.7
example: 该项目绩效自评总得分为92分，其中决策指标19分、过程指标18分、产出指标37分、效益指标14分、满意度指标4分。 => 92=19+18+37+14+4
# Whatever its areas are called, a list of scores each with its weight in
# brackets, the weights adding up to the whole 100, is every area of the
# form (extract/rel_points.cc, WeightedAreaScores).
example: 本部门2019年度整体支出绩效自评得分97.5分，其中：预算编制13.5分（满分15分）、预算执行25分（满分25分）、履职产出35分（满分35分）、履职效益23分（满分25分）。 => 97.5=13.5+25+35+23
counter: 本部门2019年度整体支出绩效自评得分97.5分，其中：预算编制13.5分（满分15分）、履职产出35分（满分35分）。 => 97.5=13.5+35
# The weights the same way, apart: the whole's weight (满分) is its areas'.
example: 本次评价满分100分，其中：决策指标20分，过程指标20分，产出指标40分，效益指标20分。 => 100=20+20+40+20
example: 本次评价满分100分，其中：产出指标（50分），效益指标（30分），满意度指标（10分）。 => -

# A score named by a word that points back (该部分得分, 该指标得分, 该项得分)
# is the one of the part or indicator just described, never the report's:
# a section's where the word names a part (部分), an indicator's otherwise.
# In a section whose heading gives its weight (（三）项目产出（分值35分）),
# a later 该部分得分 is that section's score. Examples: the right side is
# the section's "score/weight" and the sums found, or '-'.
lexicon score_self
entry section: 该部分 本部分 此部分
entry item: 该指标 此指标 本指标 该项得分 此项得分 本项得分 该项指标
example: （三）项目产出（分值35分）\n全年补贴农机具4860台（套），该部分得分36分。\n六、自评结论\n项目决策得分13分、项目过程得分14分、项目产出得分36分、项目效益得分30分，自评总分93分。 => 36/35; 93=13+14+36+30
example: （三）项目产出（分值35分）\n全年补贴农机具4860台（套），该部分得分33分。 => 33/35
counter: （三）项目产出（分值35分）\n全年补贴农机具4860台（套），产出指标完成较好。效益指标得分30分。 => 30/35

# A scoring standard stated as a step (extract/rel_steps.cc): 每, a way word,
# a number, a unit word, a deduction word, then the points ("每低于1个百分点
# 扣0.5分", "每延迟1个月扣1分"). short: each step under the target; over:
# each step above a ceiling; late: each step of time past the date, the
# delay stated before it by a figure labelled with a delay word ("延迟2个
# 月"). Examples: the right side is "target/actual or shortfall, weight,
# score, step" of the relation found, or '-'.
lexicon score_step
entry short: 每低于 每低 每少于 每少 每减少 每下降 每降低 每差
entry over: 每超过 每超出 每高于 每多于
entry late: 每延迟 每推迟 每滞后 每超期 每逾期
entry delay: 延迟 推迟 滞后 超期 逾期
entry percent: 个百分点 百分点 %
entry time: 个工作日 个月 个季度 天 日 周
entry deduct: 扣减 扣除 扣
# A score said to be computed by a formula (按执行率×20分计算, 得分=预算
# 执行率×分值): computed, it holds to its rounding, not within the
# judgement a scorer's rule allows.
entry formula: × 乘以
example: 服务对象满意度：年度目标值≥90%，实际完成值86%。评分规则：满意度达到90%及以上得满分10分，每低1个百分点扣1分。该指标得分7分。 => 90/86 10 7 1
example: 预算执行率：年度预算数680万元，全年执行612万元，预算执行率90%。评分标准为“预算执行率达到100%得满分10分，每低于1个百分点扣0.5分，扣完为止”，该指标得分5分。 => 100/90 10 5 0.5
example: 时效指标：工程竣工时间（分值5分）。年度目标为2023年10月底前完工，实际于2023年12月底完工，延迟2个月。按照“每延迟1个月扣1分”的评分标准，该指标得4分。 => 2 5 4 1
example: 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因\n预算执行 | 预算执行率 | 100% | 94% | 10 | 7.5 | 部分设备采购尾款未到支付节点\n注：预算执行率指标评分标准为“执行率达到100%得满分，每低于1个百分点扣0.5分”。 => 100/94 10 7.5 0.5
# No score stated after the standard: nothing to check it against.
counter: 评分规则：满意度达到90%及以上得满分10分，每低1个百分点扣1分。 => 90/86 10 7 1

# The forms, each by the areas it divides its points into (a word of each
# area of score_area). No examples of their own: score_area's run them.
lexicon score_form
entry project: 预算执行 产出 效益 满意度
entry department: 决策 过程 产出 效益
# 满意度 set apart from 效益 as an area of its own.
entry project_five: 决策 过程 产出 效益 满意度
entry department_duty: 部门管理 部门履职 效益
entry department_input: 投入 过程 产出 效果

# Money newly made available (本年新增拨款, 新增资金: a fund noun after one
# of these words) is an allocation, not a change, unless its label compares
# it with another year (比上年新增资金 is a change). Examples are the role
# lexicon's (本年新增拨款150万元 => allocated).
# A rate that names the kind of budget it is over (完成年初预算的64.15%) is
# over a budget of that kind, a role of the role lexicon: a statement that
# holds none (only 可用资金, a 全年预算) does not print the rate's
# denominator, and the rate is not read against the statement's figures.
# Examples: the right side is the rates read in budget statements, or '-'.
lexicon rate_base
entry initial: 完成年初预算 年初预算完成率 占年初预算
example: 全年实际可用资金15965.51万元。\n2024年实现财政总支出15884.57万元，完成年初预算的64.15%。 => -
example: 年初预算16000万元，全年实际可用资金15965.51万元。2024年实现财政总支出15884.57万元，完成年初预算的99.28%。 => 99.28
counter: 全年实际可用资金15965.51万元。\n2024年实现财政总支出15884.57万元，完成年初预算的64.15%。 => 64.15
# A figure in a clause that opens with 对 and names a one-off grant (对首次
# 认定的高新技术企业一次性奖励20万元) is a policy's award to each of a
# class of recipients, no money of the report's own: a statement after it
# still takes the budget stated before it.
entry award: 一次性奖励 一次性补助 一次性奖补 一次性补贴 一次性资助
example: 安排奖补资金480.00万元。对首次认定的企业一次性奖励20万元，对重新认定的企业一次性奖励10万元。\n二、资金使用情况\n已拨付奖补资金465.00万元，资金拨付率96.88%，结转下年15.00万元。 => 96.88
counter: 安排奖补资金480.00万元。对首次认定的13家企业共奖励260万元。\n二、资金使用情况\n已拨付奖补资金465.00万元，资金拨付率96.88%，结转下年15.00万元。 => 96.88

# A rate of the investment (投资完成率) is over the project's whole
# investment (总投资), which a report states once, often in its overview,
# apart from the year's or the cumulative money it reports on: that figure
# is one more reading of the rate's budget when the statement names none.
# Examples: the right side is "rate/whole" of each such reading, or '-'.
lexicon investment
entry rate: 投资完成率 投资执行率 投资完成比例 投资完成进度
entry whole: 总投资 批复总投资 计划总投资 概算总投资 计划投资 项目总投资 投资总额
example: 一、项目概况：项目建设期2021—2024年，批复总投资12,000.00万元。\n三、累计情况：截至2023年底，项目累计到位资金9,200.00万元，累计支出8,765.30万元，累计投资完成率73.04%。 => 73.04/12000
counter: 一、项目概况：项目建设期2021—2024年，批复总投资12,000.00万元。\n三、累计情况：截至2023年底，项目累计到位资金9,200.00万元，累计支出8,765.30万元，资金执行率95.28%。 => 95.28/12000

lexicon new_money
entry new: 新增 本年新增

# Money passed on (拨付) goes to a unit or from it: the label alone does not
# say which. In one unit's account of a year, a carry-in, then such money,
# then a payment of its own and what is left ("上年结转12.80万元，当年拨付
# 45.00万元，全年支出50.36万元，结余8.44万元"), it is what came in. Examples
# are the check cases' (tests/check/cases.txt).
lexicon either_way
entry paid: 拨付 当年拨付 本年拨付 拨付资金 拨付经费

# Words right after a figure that say it is what did not happen: money not
# yet arrived, paid out or spent ("县级配套资金尚有60.00万元未到位"). Such a
# figure is a shortfall, none of the accounts' figures: no budget a rate is
# over, no payment. Examples: the right side is the figure's role ('-': none).
lexicon shortfall
entry after: 未到位 未拨付 未支付 未下达 未使用 未支出 未执行 未落实
example: 截至2023年12月31日，实际到位资金1,220.00万元，县级配套资金尚有60.00万元未到位。 => -
counter: 截至2023年12月31日，实际到位资金1,220.00万元，县级配套资金60.00万元已到位。 => -
