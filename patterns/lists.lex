# patterns/lists.lex: the words of breakdowns, a total and its parts
# (format: src/extract/lexicon.h).
#
# Examples: the text is extracted alone; the right side lists its
# breakdowns as "total=part+part complete" (complete: yes, likely, no or ?;
# no total: "=part+part"), several separated by "; ", or '-' for none; a
# counter-example names what the text must not give.

lexicon list
# Words that open a list of parts. A list that says it is whole:
entry whole: 分别为 分别是 具体为 具体是 分别 明细为 即：
# A list cut where its text ends (a page saved in part), right after a
# comma or inside an item begun after one, goes on where it was cut,
# whatever word opened it: nothing is claimed for its sum.
example: 2021年部门预算项目支出20万元，分别是交流经费5万元，评审经费3万元，监管经费4万元，科 => 20=5+3+4 no
example: 2021年部门预算项目支出20万元，分别是交流经费5万元，评审经费3万元，监管经费4万元， => 20=5+3+4 no
# "即：" (namely, then a colon) opens the parts of the figure before it, a
# list within a list: the outer list's item ends there.
example: 项目支出预算资金为2836.14万元，其中：1.本年财政拨款项目预算资金为2827.23万元，即：冻猪肉储备经费82.8万元、粮食风险基金2,000万元、救灾物资采购专项资金744.43万元。 => 2836.14=2827.23 ?; 2827.23=82.8+2000+744.43 yes
# Words that close a list opened by 由 (由 A 和 B 构成): what a figure is
# made of, named whole, the list ending at the word.
entry made_of: 构成 组成
example: 本年收入1544.58万元，由财政拨款收入1523.25万元和其他收入21.33万元构成，财政拨款收入占98.62%。 => 1544.58=1523.25+21.33 yes
example: 本年支出合计2324.92万元，由基本支出1857.61万元、项目支出467.31万元组成。 => 2324.92=1857.61+467.31 yes
example: 2023年项目资金总额300万元由中央资金200万元和省级资金100万元构成，全年支出280万元。 => 300=200+100 yes
# A list that may name some parts only:
entry open: 其中 包括 包含 含 主要包括 主要有 主要用于 用于 主要是 主要为 资金来源为 资金来源 来源为
# 含 (including) under a count names some of what it counts: however the
# list ends, it says nothing of the rest (全额拨款单位15个(含行政单位1个，
# 参公管理事业单位1个): two kinds among fifteen units).
entry counted_some: 含 包含
example: 全额拨款单位15个(含行政单位1个，参公管理事业单位1个)、差额拨款事业单位1个。 => 15=1+1 ?
# A list whose parts add up to its total exactly ends at a ；: what follows
# is another statement (a further part would exceed the total).
example: 2018年，市财政局共下达市级及以上水利发展资金289403万元，其中：中央财政资金202377万元，市级财政资金87026万元；本次纳入绩效评价范围的市级及以上资金151640万元。 => 289403=202377+87026 ?
# List words that tell an item by its purpose: opening two clauses of a
# sentence, after any stop, they are the items' own verb and open no list
# (其中，…，用于A30万元，用于B196.21万元). (其中 twice is two lists.)
entry item_verb: 用于 主要用于
example: 用于竞技体育支出226.21万元。其中：用于举办大型体育赛事30万元，用于资助体育后备人才培养196.21万元。 => 226.21=30+196.21 likely
# Names of a statistical hierarchy, "outer>inner": the inner is within the
# outer (the national statistics of education funding: 教育经费总投入 holds
# 国家财政性教育经费, which holds 一般公共预算教育经费). Listed one after the
# other under 其中, the inner is a part of the part before it, not a sibling.
# So are the economic classes of spending: 基本支出 is 人员经费 and 公用经费
# (项目支出 the other half of the whole).
entry nested: 国家财政性教育经费>一般公共预算教育经费 国家财政性教育经费>一般公共预算安排的教育经费 一般公共预算教育经费>教育事业费 基本支出>人员经费 基本支出>公用经费
example: 全年支出1014.80万元，其中基本支出789.92万元，人员经费700.58万元，公用经费89.34万元，项目支出224.88万元。 => 1014.8=789.92+224.88 likely
example: 全县教育经费总投入为73728万元。其中：国家财政性教育经费64507万元，一般公共预算教育经费64469万元。 => 73728=64507 ?
counter: 全县教育经费总投入为73728万元。其中：国家财政性教育经费64507万元，一般公共预算教育经费64469万元。 => 73728=64507+64469 ?
# 主要为 opens the main parts of the figure before it, as 主要是 does (its
# list here ends at the ；, the clauses after it left unread: no sum is claimed).
example: 2019年，我区转移性补助收入10.77亿元，其中：一般公共转移支付补助收入10.72亿元，主要为税收返还收入0.75亿元；一般性转移支付收入6.95亿元；专项转移收入3.02亿元。 => 10.77=10.72 ?; 10.72=0.75 ?
# The sources of a sum of money (资金来源为…) are its parts.
example: 项目总投资800万元，资金来源为中央预算内投资500万元、省级财政资金200万元、县级配套100万元。 => 800=500+200+100 likely
example: 本年实际支出90万元，资金来源：上级补助60万元，本级财政30万元。 => 90=60+30 likely
# What was carried in is one of the sources so named.
example: 2024年该项目资金总额为2716.20万元，资金来源分别为：中央及省级补助1923.81万元，市本级安排488.65万元，上年结转303.74万元。 => 2716.2=1923.81+488.65+303.74 yes
# An amount per unit (平均每家, 户均) is no total of the list after it:
# the figure before it is.
example: 共下达补助资金386.27万元，平均每家21.46万元；其中高新技术企业11家，补助297.45万元。 => 386.27=297.45 ?
# A figure named by an account's word alone (已支出, 实际支出) after the
# parts is the statement moving on to that account, even under a total
# whose name ends in 支出 (a fund named by its budget subject): parts are
# named by what they are.
example: 收到省级文化发展专项支出300万元，其中：公共文化设施建设补助资金300万元，已支出256.4万元，支付率85.47%。 => 300=300 ?
counter: 收到省级文化发展专项支出300万元，其中：公共文化设施建设补助资金300万元，已支出256.4万元，支付率85.47%。 => 300=300+256.4 ?
# A list whose first parts are set apart by 、 or ， ends at a ； (the stop
# of the next rank); one whose parts are set apart by ； runs on. One
# that names its items by 、 before any figure ends at its ； too: the
# figures after it are another clause's.
example: 该项目预算共安排546.23万元，其中：中央248.73万元，省级230.54万元，县级66.96万元；应支付贴息资金444.86万元，实际支付355.16万元。 => 546.23=248.73+230.54+66.96 likely
counter: 设置党政机构10个：即党政综合办公室、党建工作办公室、应急管理办公室；下辖社区居委会5个和村委会1个。 => 10=5+1
example: 医疗收入11418.70万元。医疗收入中，门诊收入3482.56万元、住院收入7936.14万元；按收入性质分，药品收入3254.33万元，卫生材料收入1186.42万元。 => 11418.7=3482.56+7936.14 yes
counter: 医疗收入11418.70万元。医疗收入中，门诊收入3482.56万元、住院收入7936.14万元；按收入性质分，药品收入3254.33万元，卫生材料收入1186.42万元。 => 11418.7=3482.56+7936.14+3254.33+1186.42 yes
# Names followed by a figure in their clause are that part's names: the
# ； after it parts two parts of a list of clauses.
example: 全年投入资金900万元，其中城区、东区、西区三个站点建设合计500万元；设备购置300万元；人员培训100万元。 => 900=500+300+100 likely
example: 该项目中央、省级、县级预算共安排546.23万元，其中：中央248.73万元，省级230.54万元，县级66.96万元。 => 546.23=248.73+230.54+66.96 yes
# Parts set apart by ； are clauses with their own detail: what follows the
# last part in its clause is its detail, and the list runs to the end.
example: 该项目预算共安排30万元，其中：设备购置10万元，已完成采购；人员培训20万元，已完成培训。 => 30=10+20 likely
counter: 该项目预算共安排30万元，其中：设备购置10万元，已完成采购；人员培训20万元，已完成培训；另支付上年欠款5万元。 => 30=10+20 likely
# A part's figure of another family is its detail, not a second part: the
# counts and the amounts are two lists over the same parts.
example: 全年实施项目5个，其中：道路项目2个，总共投资120万元；水利项目3个，总共投资80万元。 => 5=2+3 likely
example: 下达资金4.5亿元，涉及项目9个。其中：住建局6个2.8亿元、教育局3个1.7亿元。 => 9=6+3 likely; 4.5=2.8+1.7 likely
# A clause after the ； that is one more part of the same shape (one figure,
# its label ending in the parts' head word) is the list's last part.
example: 全年支出320万元。其中：场地设施支出140万元，群众体育组织支出50万元，全民健身活动支出100万元；后备人才培养支出30万元。 => 320=140+50+100+30 likely
example: 预算资金共计120万元，支出90万元，结转30万元。其中局机关预算资金100万元，支出80万元，结转20万元；中心预算资金20万元，支出10万元，结转10万元。 => 30=20+10 likely; 120=100+20 likely; 90=80+10 likely
# A payment is made of payments: a clause under a total paid out that opens
# with a budget states one part's budget and payment, no list of parts.
# A 决算's 收入总计 is the year's income and what was carried in, and its
# 支出总计 the year's spending and what is carried out: the carry-over and
# the year-end balance are parts of them. A 支出合计 is the spending alone.
example: 2023年度收入总计620.5万元，其中本年收入580.36万元，年初结转和结余40.14万元。支出总计620.5万元，其中本年支出575.12万元，年末结转和结余45.38万元。 => 620.5=580.36+40.14 likely; 620.5=575.12+45.38 likely
example: 2023年度支出合计575.12万元，其中基本支出420.5万元，项目支出154.62万元，年末结转和结余45.38万元。 => 575.12=420.5+154.62 ?
# Parts set apart by ；, each with its own rate in its clause: the rates
# are the parts', and the list goes on past them. A rate after parts set
# apart by 、 or ， is the whole's, and ends the list.
example: “三公”经费支出决算为12.35万元，其中：因公出国（境）费支出决算为0万元，完成预算的0%；公务用车购置及运行维护费支出决算为8.6万元，完成预算的86%；公务接待费支出决算为3.75万元，完成预算的75%。 => 12.35=0+8.6+3.75 yes
example: 下达资金100万元，其中中央60万元、省级40万元，执行率95%，结余5万元。 => 100=60+40 ?
example: 全市中央直达资金规模72.30亿元，支出66.99亿元，支出进度92.7%。其中，市本级管理的资金总额为34.25亿元，形成支出32.73亿元，支付进度95.6%。 => -
counter: 全市中央直达资金规模72.30亿元，支出66.99亿元，支出进度92.7%。其中，市本级管理的资金总额为34.25亿元，形成支出32.73亿元，支付进度95.6%。 => 66.99=34.25+32.73 ?
# Measure words that count the items of a list (7个项目, 三项, 两批): a
# count before a list says how many parts it has, and a count total whose
# groups fall short is a count against its items; 人, 人次, 户 count people
# and households, quantities that add like amounts.
entry item: 个 项 类 批 笔 部 次 块 方 处 所 条 种
example: 2023年分两批下达资金，分别为60万元、40万元。 => =60+40 yes
# A figure, then a clause saying into how many parts it was split (分两次
# 下达, 分为3批), then as many clauses of one figure each to the sentence's
# end: its parts, all of them. A count that names items of its own (产业项目
# 3个，总共投资…) announces no split of the figure before it.
entry split: 分 分为 分成
example: 医疗救助补助资金共2104.34万元，分两次下达：第一批1271.02万元（皖财社〔2020〕241号），第二批833.23万元（白财社〔2020〕46号）。 => 2104.34=1271.02+833.23 yes
example: 2023年项目建设数量6个,其中:基础设施建设项目数量1个,总共投资200万元(新安村公路建设项目200万元);产业项目3个,总共投资1288.64万元(葡萄大棚建设项目500万元,水果蔬菜大棚项目330万元,冷链物流项目458.64万元);美丽家园1个,共投资150万元(移民新村建设项目150万元);移民技能培训项目1个,总共投资15万元。 => 6=1+3+1+1 likely; 200=200 ?; 1288.64=500+330+458.64 likely; 150=150 ?
# Nouns whose units are each of one kind: a post of an establishment (编
# 制) is 行政, 事业 or 工勤, never two; an official vehicle (车辆, 用车) is
# of one class (一般公务用车, 执法执勤用车, 特种专业技术用车). A count of
# them broken down by parts that each name the noun (by any of its names,
# joined by '|') is a partition by kind (tests/check cases.txt: its parts
# cannot overlap), where people (在职人员, 党员) may be counted under two
# parts. A school is of one level (小学, 初中, 高中…): a count of 中小学
# by level is a partition too; so is a count of indicators (指标) by their
# kind (产出, 效益, 满意度; 定量, 定性), each under one heading of the form.
entry kinds: 编制 车辆|用车 中小学|幼儿园|小学|初中|高中|中学|九年一贯制|中职|职业高中 指标
# Posts (编制) are not people: a staff of people listed by the posts they
# hold may hold people outside them (编外, 工勤), so the list is not whole.
entry posts: 编制
example: 街道共有工作人员73人，其中行政编制25人、参公编制20人、事业编制26人。 => 73=25+20+26 ?
# So does a staff listed by the kind of post each holds (行政编制人员,
# 事业编制人员): people on none (工勤, 编外) may be left out.
entry posted_people: 编制人员
example: 在职人员总数25人，其中：行政编制人员7人、参公编制人员4人、事业编制人员13人。 => 25=7+4+13 ?
counter: 街道共有工作人员73人，其中行政编制25人、参公编制20人、事业编制26人。 => 73=25+20+26 likely
# Nor are people posts: under a count of posts (its name ends in 编制),
# people named by no post are the parts of another total, the staff.
counter: 共有编制18人，人数37，其中财政供养人员12人、离退休21人、其他人员4人。 => 18=12+21+4 yes
# Words in a list, or right after it, that say it is not whole.
entry partial: 等 等等 等方面 等项目 等支出 等费用
# What a part was before it moved (rates.lex, move: 由…调整为) is no part.
example: 政府性基金预算由年初的80000万元调整为50000万元，其中：土地出让收入由年初预算的65000万元调整为35000万元，城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。 => 50000=35000+10000+5000 ?
# Words that single out a part among the whole's (其中，A…最多…；B…最多): the
# parts are examples, not the list of them.
entry singled: 最多 最高 最大 最少 最低 最小
example: 2021年全国共计498个生猪调出大县将获得26.90亿元奖励资金。其中，河南获得的资金奖励最多，58个生猪调出大县将获得高达3.60亿元奖励；而湖南的获奖生猪调出大县最多，有64个，共计将获得3.42亿元的资金奖励。 => 498=58+64 no; 26.9=3.6 no
# A figure announced as the sum of what came before ("…30.9万元，共计下达
# 61.8万元") ends the list: it restates the total.
entry sum: 共计 合计 总计 累计 共 总共 小计
# Words that open with a sum word but are words of their own (共同富裕, 共享;
# 累计结余, a fund's balance carried over the years): a clause they open is
# no sum of the figures before it.
entry not_sum: 共享 共同 共建 共治 共商 共赢 共青 共性 共识 共产 共济 共用 累计结余 累计结存 累计折旧 累计摊销
example: 我县公务员医疗补助收入602.49万元，其中：保费收入543.49万元，利息收入59万元，支出14.95万元，本期结余587.54万元，期初结余2937.10万元，累计结余3524.64万元。 => 602.49=543.49+59 ?
example: 体制结算收入6582.47万元。具体为：保障基数3688万元，税收分成741.47万元，公共服务奖补资金948万元，共同富裕专项基金1000万元，财政管理绩效奖励资金205万元。 => 6582.47=3688+741.47+948+1000+205 yes
# A sum before any part of the list sums the names in its clause: it is
# the list's first part. A list opened at a sentence's start breaks down
# the figure the sentence before is about, not an aside in its brackets.
example: 2014年投入公益金4500万元，占2013年筹集的公益金的62.5%（2013年共筹集公益金7205.72万元）。其中甲、乙、丙三个项目合计2600万元；敬老院配套资金930万元；康复中心300万元；其他项目670万元。 => 4500=2600+930+300+670 yes
counter: 2014年投入公益金4500万元，占2013年筹集的公益金的62.5%（2013年共筹集公益金7205.72万元）。其中甲、乙、丙三个项目合计2600万元；敬老院配套资金930万元；康复中心300万元；其他项目670万元。 => 7205.72=2600+930+300+670 yes
example: 项目建设数量6个，其中：基础设施项目1个，总共投资200万元；产业项目5个，总共投资800万元。 => 6=1+5 likely
# A sentence of one figure opening with a sum word right after a list's
# sentence closes the list.
example: 项目资金主要用于：购置设备45.6万元；人员培训12万元；宣传5万元。合计62.6万元。 => 62.6=45.6+12+5 yes
counter: 项目资金主要用于：购置设备45.6万元；人员培训12万元；宣传5万元。其中设备62.6万元。 => 62.6=45.6+12+5 yes
# A count added with no comparison (增加8个项目) is a count of its own, no
# change against another year: its bracket breaks it down.
example: 年初批复预算8个项目985万元（含1个年初结转项目50万元），年中增加8个项目（含上年转列项目5个），实际到位资金334.67万元。 => 8=1 ?; 985=50 no; 8=5 ?
# A figure announced as a sum right after a clause of figures joined by 、
# (one to an item; an aside in brackets is no item) is their total, and the
# sum word says the list is whole.
example: 2016年末在职12人（含2005年撤区并乡3人）、退休14人，共26人。 => 12=3 ?; 26=12+14 yes
example: 下达中央资金30.9万元、县级资金30.9万元，共计下达61.8万元。 => 61.8=30.9+30.9 yes
counter: 实有编制12人，在职12人、退休14人，共26人。 => 26=12+12+14 yes
example: 建成示范点3个、培训基地2个，共享资源10个。 => -
# Totals of one measure stated together, broken down by clauses set apart
# by ；, each stating as many of that measure in the same order: the k-th
# figure of each clause is a part of the k-th total. A change breaks down
# a change only.
example: 共涉及18个乡镇69个村委会，受灾人口53504人。其中，甲州9个乡镇33个村委会32062人受灾；乙县9个乡镇36个村委会21442人受灾。 => 18=9+9 likely; 69=33+36 likely; 53504=32062+21442 likely
counter: 收入累计完成24627万元，完成年初预算数60999万元的40.4%。其中：税收收入8103万元，比上年增收1284万元；非税收入16524万元，比上年减收2354万元。 => 24627=8103+16524 likely; 60999=1284+2354 likely
# Shares of one unnamed whole (占P%, rel_budget.cc) that add up to 100%
# make a whole list of their quantities, where one step of the whole
# would show in the printed shares.
example: 选取7个项目开展重点评价。等级为优良的项目有4个，占57%，等级为中的项目有3个，占43%。 => 7=4+3 yes
counter: 共评价1000个项目，等级为优良的项目有571个，占57%，等级为中的项目有428个，占43%。 => 1000=571+428 yes
counter: 选取7个项目开展重点评价。等级为优良的项目有4个，占57%，等级为中的项目有2个，占29%。 => 7=4+2 yes
# After a colon, items one to a clause, each of one figure (an aside in
# brackets apart), and then the sum word (in its own clause, or right after
# the last figure). A clause before any figure that says in how many parts
# the whole comes (分三批) opens such a list too, of just that many items.
example: 该项目分三批实施，一批项目批复投资3374.3万元（其中建筑工程3292万元），二批项目批复投资2069.51万元，三批项目批复投资778.59万元，合计批复总投资6222.4万元。 => 3374.3=3292 ?; 6222.4=3374.3+2069.51+778.59 yes
counter: 该项目分两批实施，一批项目批复投资3374.3万元，二批项目批复投资2069.51万元，三批项目批复投资778.59万元，合计批复总投资6222.4万元。 => 6222.4=3374.3+2069.51+778.59 yes
example: 自评范围包括：基层科普行动计划1200万元，科普活动等补助580万元共计1780万元。 => 1780=1200+580 yes
example: 资金安排如下：培训费12万元，资料费3万元，差旅费5万元，合计20万元。 => 20=12+3+5 yes
counter: 资金安排如下：培训费12万元（含专家费2万元），资料费3万元，合计15万元。 => 15=12+2+3 yes
counter: 主要成效：培训农民500人，发放资金10万元，合计惠及2000人。 => 2000=500 yes
# A payment's parts may be named as payments (支付利息 under 还本付息): the
# list goes on past them.
example: 2023年全县政府债务还本付息26976万元，其中：偿还本金14519万元（其中：一般债务8372万元，专项债务6147万元），支付利息12457万元。 => 26976=14519+12457 likely; 14519=8372+6147 likely
# The classes (类) of spending by function (政府收支分类科目, 支出功能分
# 类), older names beside the current ones: a list of them may print a
# class's own items (款, 项) right after it, which are inside the class.
entry function_class: 一般公共服务支出 外交支出 国防支出 公共安全支出 教育支出 科学技术支出 文化旅游体育与传媒支出 文化体育与传媒支出 社会保障和就业支出 社会保险基金支出 卫生健康支出 医疗卫生与计划生育支出 医疗卫生支出 节能环保支出 城乡社区支出 农林水支出 交通运输支出 资源勘探工业信息等支出 资源勘探信息等支出 商业服务业等支出 金融支出 援助其他地区支出 自然资源海洋气象等支出 国土海洋气象等支出 住房保障支出 粮油物资储备支出 灾害防治及应急管理支出 债务付息支出 债务发行费用支出
example: 2025年年初预算数430.31万元，其中：文化旅游体育与传媒支出预算286.85万元，群众文化支出预算286.85万元，社会保障和就业支出预算107.16万元，卫生健康支出预算19.57万元，住房保障支出预算16.73万元。 => 430.31=286.85+107.16+19.57+16.73 likely
# The words that open a clause giving a cause: it runs to the sentence's
# end, and a list opening the next sentence does not break down a figure
# in it (nor a change against another year): the list is of what the
# sentence is about.
entry aside: 主要原因是 原因是 主要原因为 原因为 主要是由于 主要系
example: 2023年度收入合计192.01万元，较上年减少27.31万元，主要原因是2022年有疫情防控经费29.01万元。其中：财政拨款收入113.68万元，事业收入78.3万元。 => 192.01=113.68+78.3 likely
counter: 2023年度收入合计192.01万元，主要原因是2022年有疫情防控经费29.01万元。其中：财政拨款收入113.68万元，事业收入78.3万元。 => 29.01=113.68+78.3 likely
# The words that open a clause about what is besides the list before it
# ("…其中：财政拨款收入1603.29万元，占100%。此外，年初结转和结余141.88万
# 元"): the list ends before it.
entry beyond: 此外
# (另外 is no such word: 另外295亿元 is as often the other part.)
counter: 筹集公益金591亿元，其中的295亿元进入中央彩票公益金，另外296亿元由地方支配使用。 => 591=295 ?
example: 2021年度收入合计1603.29万元，其中：财政拨款收入1500万元，事业收入103.29万元，此外，年初结转和结余141.88万元。 => 1603.29=1500+103.29 ?
# Words right before a list word that say more items follow, beside the
# figure before them (另外还有用于A…、用于B…): the list word opens no list
# under that figure.
entry also: 还有 另有
example: 资金用途包括4个项目，用于社会保障318.24亿元，另外还有用于社会福利1.05亿元、用于体育事业7.24亿元、用于教育事业19.70亿元。 => -
counter: 资金用途包括4个项目，用于社会保障318.24亿元，另外还有用于社会福利1.05亿元、用于体育事业7.24亿元、用于教育事业19.70亿元。 => 318.24=1.05+7.24+19.7 likely
# The words of a figure of what is held at a time (车辆保有量17辆): in a
# list of what was added, spent or counted otherwise, it is no part.
entry stock: 保有量 存量
example: 2013年新增5辆车，分别为局机关增加公务用车2辆，文化馆增加文化项目公务用车1辆，图书馆增加流动图书车2辆，单位车辆保有量17辆。 => 5=2+1+2 yes
# A part said of each of several things (A和B各1辆) is that figure times
# their number: its list proves no shortfall.
entry each: 各 均
example: 2013年新增5辆车，分别为局机关增加公务用车2辆，文化馆增加文化项目公务用车1辆，图书馆增加文化项目公务用车和流动图书车各1辆。 => 5=2+1+1 no
# A part said to be all of its total (占100%) closes the list to all but
# parts of nothing.
example: 2021年度收入合计4,385.46万元，较上年决算数减少2,173.83万元，下降33.1%。其中：财政拨款收入4,385.46万元，占100.00%，年初结转和结余1,074.18万元。 => 4385.46=4385.46 ?
# A list that names a deduction shows how its figure is derived (净值 =
# 原值 − 累计折旧): a difference, not a sum of parts.
entry deduction: 折旧 累计折旧 摊销 累计摊销 减值准备 扣除 核销 抵减 减去
example: 固定资产净值6216.38万元（固定资产原值6606.25万元，累计折旧389.87万元）。 => -
# So does a part named and then cut back (…资金调减2.66万元): the year's
# allocations net of what was taken away, not a sum. A bare 调减 after
# the parts is the whole's own adjustment, a statement after the list.
entry cut: 调减 核减 扣回 收回
example: 下达我单位资金1.53万元，其中：造林补助2.42万元，森林生态效益补偿资金调减2.66万元，管护补助1.77万元。 => -
counter: 下达我区资金111万元，其中低保资金100万元，孤儿基本生活保障金11万元，调减40万元，全年实际下达71万元。 => 111=100+11 likely
# So does one that says it takes a figure away (减去): what was left, as
# a budget less what was paid.
example: 年末结余资金132.60万元（全年预算数1040.20万元减去执行数907.60万元），已按规定收回财政统筹。 => -
counter: 资产总额6590.02万元（流动资产373.64万元，固定资产6216.38万元）。 => -
# A part named 其他/其余 covers the rest: the list is a partition. A list
# word right after it names that rest (其他资金来源, 其余用于) and opens no
# list of its own.
entry other: 其他 其它 其余 剩余
example: 2020年收入4816.24万元,其中:财政拨款收入3859.53万元,其他资金来源956.71万元。 => 4816.24=3859.53+956.71 yes
# Words that open a bracket restating the figure before it, rounded, most
# often in a bigger unit ("13826.91万元（约1.38亿元）"; a figure's own 约 says
# it too): one quantity, no part of it (extract: restate.approx).
entry restate_about: 约 折合 约合 即
example: 全年实际支出13826.91万元（约1.38亿元），预算执行率96.06%。 => -
# Words that send the reader to a numbered table for a figure ("本年收入
# 合计25419.38万元，详见表1。"): the table's sum row (table_sum) holds the
# same figure (extract: restate.see_table; tests/check/cases.txt).
entry see_table: 详见表 见表 如表 详见附表 见附表
entry table_sum: 合计 总计
# Words that open a sentence summing the report up ("综上，全区2024年末政府
# 债务余额137.71亿元"): its figures restate the report's of the same name,
# the place it is of (place) and the year's number aside (extract:
# restate.summary; tests/check/cases.txt).
entry summary: 综上所述 综上 总的看 总的来看 总体来看 总体上看 总体而言 总之
entry place: 全区 全市 全县 全省 全镇 全乡 全旗 全州 全盟 全国
# An account's former name (公共财政预算, the name of 一般公共预算 before
# 2015) names the same account in a summary.
entry former: 公共财政预算收入=一般公共预算收入 公共财政预算支出=一般公共预算支出
# Words that point back to the project named before (该项目年度预算):
# a figure so named restates the nearest one named …项目 and the same
# words (see rel_restate.cc, PointedBack).
entry anaphora: 该项目 本项目 上述项目 此项目
# Parts that name every member of a partition of their total ("门诊共济…，
# 住院共济…": outpatient and inpatient are all there is) make a whole list;
# members of one partition are joined by '/'. What has been done and what
# has not (已脱贫/未脱贫, 已整改/未整改) is all there is too, and so are the
# three industries of an economy (GDP is their value added).
entry partition: 门诊/住院 城镇职工/城乡居民 职工/居民 中央/地方 男/女 城镇/农村 本级/下级 税收收入/非税收入 人员经费/公用经费 已/未 第一产业/第二产业/第三产业
# Parts that have named every member are all of the total: past a ；, the
# statement has moved on to the total's sibling.
example: 从经济性质看，基本支出863.50万元，包括人员经费760.30万元和公用经费103.20万元；项目支出339.32万元。 => 863.5=760.3+103.2 yes
# The levels of government whose money funds a project, one word per level
# with its names joined by '|': parts that are the money of three levels or
# more, a level each ("其中中央资金…、省级资金…、县级配套资金…"), are
# probably the whole of the fund (a one-digit gap is then a slip).
entry levels: 中央 省级|省|自治区 市级|市|州级|州 县级|县|区级|区本级 乡镇|乡级|镇级|村级
example: 下达高标准农田建设资金3,560.00万元，其中中央资金2,136.00万元、省级资金854.40万元、县级配套资金549.60万元，建成高标准农田2.4万亩。 => 3560=2136+854.4+549.6 likely
counter: 下达资金3,560.00万元，其中中央资金2,136.00万元、省级资金854.40万元、群众自筹549.60万元，建成高标准农田2.4万亩。 => 3560=2136+854.4+549.6 likely
# Wholes defined as the sum of fixed classes, "WHOLE=CLASS/CLASS/…" with a
# class's names joined by '|': a list under a total that names the whole,
# each part of one class and every class there, is whole whatever its
# wording. The “三公”经费 are, by their definition, 因公出国（境）费,
# 公务接待费 and 公务用车购置及运行（维护）费 (车辆运行费, 公车…), and
# nothing else. 存量资金 (money a budget unit holds unspent) is its 结转
# (carried over for its purpose) and its 结余 (left when the purpose is
# done or ended).
entry defined: 三公=出国/接待/用车|车辆|公车 存量资金=结转/结余
example: 2023年收回存量资金35万元，其中收回结转资金20万元，收回结余资金15万元。 => 35=20+15 yes
counter: 2023年收回存量资金35万元，其中收回结转资金20万元，收回其他资金15万元。 => 35=20+15 yes
example: 2022年“三公”经费支出合计15.6万元，其中：公务接待费3.5万元，车辆运行费12.1万元，因公出国（境）费0万元。 => 15.6=3.5+12.1+0 yes
counter: 2022年“三公”经费支出合计15.6万元，其中：公务接待费3.5万元，车辆运行费12.1万元。 => 15.6=3.5+12.1 yes
counter: 会议费和培训费合计15.6万元，其中：公务接待费3.5万元，车辆运行费12.1万元，因公出国（境）费0万元。 => 15.6=3.5+12.1+0 yes
# A list under such a whole that stops at its first item's stop goes on in
# the clauses after it on its line that each open with a class it did not
# name.
example: “三公”经费支出15.6万元。其中：因公出国（境）费0万元。公务用车运行维护费12.1万元，同比减少1万元；公务接待费3.5万元，同比持平。 => 15.6=0+12.1+3.5 yes
counter: “三公”经费支出15.6万元。其中：因公出国（境）费0万元。公务用车运行维护费12.1万元，同比减少1万元。会议费3.5万元。 => 15.6=0+12.1+3.5 yes
# A clause that names a class the list named itself restates that part, and
# so does one that repeats a figure read after the list.
counter: “三公”经费支出15.6万元。其中：因公出国（境）费0万元。公务用车运行维护费12.1万元，同比减少1万元；公务用车运行维护费12.1万元主要用于车辆维修；公务接待费3.5万元。 => 15.6=0+12.1+12.1+3.5 yes
counter: “三公”经费支出15.6万元，其中：因公出国（境）费0万元，公务接待费3.5万元。公务接待费3.5万元，主要用于接待上级检查；公务用车运行维护费12.1万元。 => 15.6=0+3.5+3.5+12.1 yes
# The identities of the 决算 forms, "total=part+part": in one table the
# cell after the total's name holds the sum of the cells after its parts'
# names, column by column, wherever in their rows the names stand (the two
# sides of a 收入支出决算总表). A part marked ? may be missing (a form
# before 2016 prints no 使用非财政拨款结余 row); names joined by '|' are
# one part's. The 收入支出决算总表: what came in, with what was carried in,
# is all there was; what went out, with what was carried on, is the same.
# The 财政拨款 one counts the 财政拨款 carry-over only. The 基本支出 table
# closes with 人员经费合计 and 公用经费合计; the 三公 table's 公务用车 row
# holds 购置 and 运行.
entry identity: 收入总计=本年收入合计+使用非财政拨款结余?+使用专用结余?+年初结转和结余|年初财政拨款结转和结余 支出总计=本年支出合计+结余分配?+年末结转和结余|年末财政拨款结转和结余 合计=人员经费合计+公用经费合计 公务用车购置及运行费=公务用车购置费+公务用车运行费 公务用车购置及运行维护费=公务用车购置费+公务用车运行维护费
example: 收入支出决算总表\n单位：万元\n项目 | 决算数 | 项目 | 决算数\n本年收入合计 | 757.01 | 本年支出合计 | 719.45\n使用非财政拨款结余 | - | 结余分配 | -\n年初结转和结余 | 28.84 | 年末结转和结余 | 66.40\n收入总计 | 785.85 | 支出总计 | 785.85 => 785.85=757.01+28.84 yes; 785.85=719.45+66.4 yes
example: 财政拨款收入支出决算总表\n单位：万元\n收入 | 决算数 | 支出 | 决算数\n本年收入合计 | 500 | 本年支出合计 | 480\n年初财政拨款结转和结余 | 10 | 年末财政拨款结转和结余 | 30\n收入总计 | 510 | 支出总计 | 510 => 510=500+10 yes; 510=480+30 yes
# A name printed twice leaves the identity unread.
counter: 收入支出决算总表\n单位：万元\n项目 | 决算数 | 项目 | 决算数\n本年收入合计 | 757.01 | 本年收入合计 | 719.45\n年初结转和结余 | 28.84 | 年末结转和结余 | 66.40\n收入总计 | 785.85 | 支出总计 | 785.85 => 785.85=757.01+28.84 yes
# The four budget accounts of a government: a list of one account's
# income or spending ends where a figure of another account begins (the
# statement has moved on to the next account).
entry account: 一般公共预算 政府性基金 国有资本经营 社会保险基金
example: 全区一般公共预算收入累计完成316580万元，其中：税收收入累计完成238998万元；非税收入累计完成77582万元；政府性基金预算收入1616万元；国有资本经营收入1868万元。 => 316580=238998+77582 yes
counter: 全区一般公共预算收入累计完成316580万元，其中：税收收入累计完成238998万元；非税收入累计完成77582万元；政府性基金预算收入1616万元；国有资本经营收入1868万元。 => 316580=238998+77582+1616+1868 ?
# The total's own label names the parts ("中央和省级补助资金X万元，其中：
# 中央A万元，省级B万元"); these words join the names.
entry join: 和 及 与 、 以及
# The rows of the 绩效自评表's budget block under 年度资金总额: the form
# names every source (its own rows, or 中央 and the rest, 地方), so a block
# that shows one of them, with figures or not, shows them all; sources
# named otherwise (中央补助资金, 省级配套资金) may be only those the report
# chose to show.
entry form_source: 财政拨款 上年结转 其他资金 地方资金 地方财政
example: 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数\n年度资金总额 | 100 | 120 | 110\n其中：当年财政拨款 | 80 | 100 | 90\n上年结转资金 | 20 | 20 | 20\n其他资金 | | | => 100=80+20 yes; 120=100+20 yes; 110=90+20 yes
example: 资金类别 | 全年预算数 | 全年执行数\n年度资金总额 | 1280.00 | 1243.52\n其中：中央补助资金 | 800.00 | 800.00\n省级配套资金 | 240.00 | 226.10 => 1280=800+240 likely; 1243.52=800+226.1 likely

example: 共下达资金100万元，其中中央财政资金60万元、省级财政资金40万元，截至12月31日实际支出95万元，预算执行率95%。 => 100=60+40 ?
example: 2023年分两批下达资金，分别为60万元、40万元，全年实际支出100万元。 => =60+40 yes
example: 三公经费28000元，其中因公出国（境）0元、车辆运行费20000元、公务接待费8000元。 => 28000=0+20000+8000 yes
example: 中央和省级补助资金150万元，其中：中央100万元，省级50万元。 => 150=100+50 yes
example: 总投资520万元（中央312.46万元、省级207.81元）。 => 520=312.46+207.81 likely
# A figure named as another measure of the same money or population
# (户籍人口 beside 常住人口: who is registered, who lives there), a running
# total, a rate per head or per item, or the target it was measured against, is
# none of its parts: a bracket holding one such figure is an aside, and so
# is a bracket of one figure that opens with a year (or names the year
# before: 上年为…): that year's figure, for reference.
entry measure: 累计 每 人均 户均 亩均 平均 单价 计划 目标 上年 去年 上年同期 同期 户籍 常住
example: 按全县常住人口52.18万人（户籍人口58.63万人）测算，共安排资金4644.02万元。 => -
example: 投入福彩公益金4500万元，占2013年筹集的福彩公益金的62.5%（2013年共筹集福彩公益金7205.72万元）。 => -
example: 安排预算稳定调节基金28478万元（累计稳定调节基金43429万元），支出合计448985万元。 => -
example: 一般公共预算收入完成12.5亿元，同比增长8.5%（上年为11.5亿元）。 => -
example: 拨付资金200万元，其中，直接补助费197万元（每亩197元）。 => 200=197 ?
example: 共完成道路硬化12.6公里，其中新建8.4公里，改建4.2公里，完成率105%（计划12公里）。 => 12.6=8.4+4.2 ?
counter: 共完成道路硬化12.6公里，其中新建8.4公里，改建4.2公里，完成率105%（计划12公里）。 => 4.2=12 ?
example: 基础设施建设项目1个，总共投资200万元（新安村小大庄公路建设项目200万元）。 => 200=200 ?
example: 安排资金30万元，其中培训10万元、宣传8万元等。 => 30=10+8 no
# A list word whose clause is words without a figure gives a purpose, and
# a 其他 part that is not the last names a category, not the rest.
example: 项目资金180200.00元，主要用于办公费支出16128.00元，维修（护）费103872.00元，其他商品和服务支出15340.20元，用于疫情防控方面，其他资本性支出44859.80元买图书。 => 180200=16128+103872+15340.2+44859.8 yes
example: 城乡居民医保待遇报销52034万元，其中城乡居民33405万元，职工18629万元（含生育保险待遇报销1119万元）。 => 52034=33405+18629 ?; 18629=1119 ?
# A date in the purpose is words, not a figure.
example: 省上下达我县中央财政补贴资金120万元，其中58万元用于兑付2020年超录资金，下达省级财政补贴资金15万元，2020年结转省级财政补贴资金5万元。 => 120=58 ?
example: 家庭共济37.34万元，其中：门诊共济25.92万元，住院共济11.41万元。 => 37.34=25.92+11.41 yes
example: 全县共有建档立卡贫困户3200户，其中已脱贫3100户，未脱贫100户。 => 3200=3100+100 yes
example: 巡察反馈问题48个，其中已整改40个，未整改8个。 => 48=40+8 yes
example: 全县生产总值120.5亿元，其中第一产业增加值25.3亿元，第二产业增加值40.2亿元，第三产业增加值55亿元。 => 120.5=25.3+40.2+55 yes
counter: 巡察反馈问题48个，其中已整改40个，正在整改8个。 => 48=40+8 yes
example: 中央资金248.73万元（2023年结转95.43万元，2024年下达153.3万元）。 => 248.73=95.43+153.3 likely
# A first figure named only by a word for payments (roles.lex, spent) under
# a total of money given is what was paid out of it: no list.
example: 本年度财政拨款为150万元：执行数为125.25万元，完成预算的83.50%。 => -
counter: 本年度财政拨款为150万元：执行数为125.25万元，完成预算的83.50%。 => 150=125.25 ?
example: 总投资61.8万元，其中中央财政资金30.9万元，县财政资金30.9万元，共计下达61.8万元。 => 61.8=30.9+30.9 ?
# A list opened inside a part of a list before it ends with that part, at
# its ；: the next part (其他收入) is its total's sibling.
example: 收入预算总额为800万元。其中：财政拨款收入300万元，占收入预算总额的37.5%，包括一般公共预算收入300万元；其他收入500万元，占收入预算总额的62.5%。 => 800=300 ?; 300=300 ?
# The whole of a share (占年初预算数10000万元的90%) measures the figure the
# sentence is about; it is no total of the list after it.
example: 全区一般公共预算收入累计完成9000万元，占年初预算数10000万元的90%，同比增长9.1%。其中税务部门完成5000万元，占任务数的96.3%；财政部门完成4000万元，占任务数的86.3%。 => 9000=5000+4000 likely
# A figure named by the comparison alone (比上年支出433万元) is the other
# year's: no total or part of this year's list, a part's detail.
example: 2020年“三公”经费支出431万元，比上年支出433万元减少2万元。其中，公务用车运行维护费支出251万元，比上年支出285万元下降34万元；公务接待支出180万元，比上年支出148万元增加32万元。 => 431=251+180 likely
example: 支出95万元，预算执行率95%。 => -

lexicon measure
# Measures of land, length, volume and weight add as money does: the
# parts of an area (人工造林, 封山育林) are pieces of it, never the same
# piece twice, where the people or items a count lists may be counted
# under two parts. A list of them that exceeds its total is a slip, not
# an overlap (a breakdown's detail "measure"). Examples: the right side is
# the breakdown's detail, or '-'.
entry measure: 亩 公顷 平方米 平方公里 公里 千米 米 立方米 吨 公斤 千克 斤
example: 全年完成造林面积1.2万亩，其中人工造林0.8万亩，封山育林0.4万亩。 => measure
example: 新建农村公路35.6公里，其中县道12.3公里，乡道13.5公里，村道9.8公里。 => measure
example: 全年培训1200人次，其中干部800人次，群众400人次。 => -

lexicon side
# The two sides of an account, named by the word that ends a label latest.
# An income is often broken down by the spending it funds ("拨款收入…，其中：
# 基本支出…，项目支出…"), and that adds up when the spending is of that
# income alone; but a spending figure may cover other funds too, so parts
# above such a total are no proof of a slip (the check's breakdown detail
# "uses"). No examples: the list lexicon's and tests/check/cases.txt's
# show it.
entry income: 收入
entry spending: 支出

lexicon enumeration
# The words that end the name of a body (an office, a department, a unit
# under a bureau). A count followed by the noun it counts and then such
# names set apart by 、, with no colon, lists what it counts: every name
# must end in one of these words, which tells such a list from a count
# followed by what the counted do. Names carry their own bracketed notes.
# Examples: the right side is "count=names listed" per enumeration.
entry body: 办公室 科 室 股 处 部 中心 院 所 站 馆 队 组 会 局 委 办 团 校 园 社 厂 场 台 机关 镇 乡 村 街道 社区 县 区 市
example: 单位内设3个职能科室办公室、业务科、财务科。 => 3=3
example: 内设7个职能科室办公室、表演艺术部、造型艺术部、社文指导部、理论信息部、非物质文化遗产保护中心、丽水书画院。 => 7=7
example: 机关内设4个部室综合办公室、规划部、建设部、财务部，下属单位2个。 => 4=4
counter: 派出5个工作组开展督导、检查、验收工作。 => 5=3
counter: 完成3个项目建设、验收和审计。 => 3=2
# The words that, after a count and a comma, say the names that follow are
# what it counts ("直属事业单位10个，即县国库集中支付中心、…"), as a colon
# does ("3个股室：A、B、C").
entry namely: 即 即为 分别为 分别是 具体为 具体是
example: 直属事业单位3个，即县国库集中支付中心、县财政信息中心、县会计服务中心。 => 3=3
example: 设置党政机构4个：即党政综合办公室、党建工作办公室(组织人事办公室)、应急管理办公室、农业农村办公室；下辖社区居委会5个。 => 4=4
example: 直属事业单位4个，分别是县国库集中支付中心、县财政信息中心、县会计服务中心。 => 4=3
counter: 完成项目3个，即将开展验收、审计、移交。 => 3=3
example: 纳入部门预算编制范围的单位有3个，分别为局机关本级、财政事务中心和国库集中支付中心。 => 3=3
example: 本项目涉及3个乡镇，即城关镇、新华镇和东山乡。 => 3=3
example: 2022年度共有29个县（市、区）承诺清零。 => -
example: 本单位内设7个处室、所，分别是综合管理处、招商引资处。 => 7=2
example: 严格落实中央“八项规定”精神、省委省政府30条和市委市政府10条要求。 => -
# Names in a bracket opened by 含 (list, counted_some) are some of them.
example: 对除国家级贫困县以外的26个区县（含万盛经开区、两江新区，以下简称各区县）进行了绩效评价。 => -
example: 一季度主要在人民公园、金龙大道南延线栽植乔灌木1695株以及麦冬8000余㎡。 => -
# Words right after a count's measure that make it a span of time
# (10个月, 6人月): nothing listed after it is what it counts.
entry span: 月
counter: 补助标准为每生每年1000元，按每学年10个月计发，即小学每生每月100元、初中每生每月125元。 => 10=2
# The words that, after a count and a comma, introduce names that may be
# only some of what it counts: fewer names than the count is no slip, more
# is.
entry including: 包括 主要包括 具体包括 包含 涵盖
example: 本年度组织开展国有资产专项清查，涉及3类资产，包括房屋及构筑物、车辆、通用设备、家具用具。 => 3=4
example: 项目覆盖5个乡镇，包括城关镇、新华镇和东山乡。 => 5=3
# Names in a bracket right after the noun; a last item joined by 及 whose
# halves each end in a body word is two names.
example: 其中3个行政部门和7个事业单位（农业服务中心、文化服务中心、劳动就业和社会保障服务所、综合行政执法大队、产业发展服务中心、村镇建设服务中心及退役军人服务站）。 => 7=7
counter: 完成3个项目（建设、验收和审计）。 => 3=2
# A list before its count, and names with a bracketed note of their own.
example: 内设办公室(机关党委、监事会秘书处)、赈灾救护部、事业发展部3个部室。 => 3=3
example: 下设办公室、待遇保障科、医药和基金监管科3个科室。 => 3=3
# An outline marker opening the clause is no name; a count right after a
# 、 is an item of the list itself.
counter: 二、单位构成情况 本单位内设9个职能处室。 => 9=2
counter: 反映的是审计署本级、18个派出机构和7个直属事业单位的支出情况。 => 18=2
# The words that end a sentence introducing, after a colon, the numbered
# lines that name what a count before it counts, when the sentence names
# the counted noun again ("下属单位13个。…的下属单位包括：\n1.A\n2.B").
entry intro: 包括 包含 有 如下 为 分别为 分别是 具体为 具体是 名单如下
example: 二、机构设置\n局下属单位3个，其中行政单位1个，事业单位2个。\n纳入本局2024年度部门决算编制范围的下属单位包括：\n1.县自然资源和规划局\n2.县不动产登记中心\n3.县巡场镇自然资源和规划所\n三、收支情况 => 3=3
example: 二、机构设置\n本部门下属单位4个。纳入部门决算编制范围的单位有：\n1.县卫生健康局机关\n2.县疾病预防控制中心\n3.县妇幼保健院\n三、收支情况 => 4=3
counter: 二、工作开展情况\n全年完成项目3个。主要做法包括：\n1.加强组织领导\n2.强化资金监管\n三、收支情况 => 3=2
counter: 二、机构设置\n局下属单位3个。主要职责包括：\n1.负责全县国土空间规划\n2.负责不动产登记\n三、收支情况 => 3=2
# The words that say the items after them, each a name and its figure,
# are the counted things one by one ("共安排项目7个，下达资金1,542.00万
# 元，分别为：A项目386.00万元、…"), past the figures between the count and
# them; 即 and 具体为 spell out the figure right before them instead (its
# parts may be funds, not the counted projects). Names listed before the
# word, as many as the figures right after it, name those figures in order
# (src/extract/relations.cc NameRespectively: 年初预算数、全年预算数、全年执行
# 数分别为100万元、120万元、114万元).
entry respective: 分别为 分别是 分别
# Money held back for later (预留资金, 未分配资金) is listed with what was
# allocated to the units counted, but is none of them.
entry reserve: 预留 未分配 待分配 暂未分配 机动
example: 免费开放补助资金共分配至3个公共文化场馆，分别为：秦阳市图书馆24.84万元、秦阳市文化馆33.00万元、秦阳市博物馆27.45万元、预留资金16.15万元，合计101.44万元。 => 3=3
example: 全县共安排补助资金项目3个，下达资金620.00万元，分别为：道路硬化项目300.00万元、饮水提升项目200.00万元、雨露计划补助120.00万元。 => 3=3
# A list right after another count is that count's (下设事业单位5个，年末在
# 职人员22人，分别为…), and names each with a figure of the count's own
# measure are the parts of a breakdown, not items counted.
example: 本部门下设事业单位5个，年末在职人员22人，分别为行政人员14人、事业人员8人。 => -
example: 2023年共完成5所学校校舍维修改造，分别为：岩口镇中心小学42.60万元，高坪镇初级中学78.35万元，兰溪镇完全小学36.20万元，锦田镇中心幼儿园25.85万元，合计183.00万元。 => 5=4
counter: 本年财政拨款预算安排项目11个，预算资金为2827.23万元，即：冻猪肉储备费用补助经费82.8万元、州级粮食风险基金专项资金2,000万元、救灾物资采购专项资金744.43万元。 => 11=3
# Measure words of people and households. A head count after a list of
# names counts the people those names stand for (the bodies they come from,
# the groups they belong to), not one person per name: the list is no
# enumeration of it. So does a count of households (户, 户次).
entry people: 人 名 位 人次 户 户次
counter: 对低保、特困和低保边缘家庭实施救助512户次。 => 512=2
counter: 组织县发改局、财政局、乡村振兴局和县林草局7名专家组成专家组。 => 7=4
counter: 对符合政策法规的独生子伤残、死亡家庭进行扶助63人。 => 63=2
example: 下设办公室、财务科、业务科3个科室，在职人员20名。 => 3=3
