# patterns/meta.lex: the words by which a report says who reports, for
# which year, what it is and when (format: src/extract/lexicon.h; user:
# src/extract/meta.cc, which says in what order it reads each source).
# The words are matched on the line with all spaces removed.
#
# Examples: the text is extracted alone (one line); the right side is, for
# lexicon unit, the bureau found ('-': none); for lexicon title, the fiscal
# year and the report kind ("2023 项目支出", '-' for either missing); for
# lexicon report_date, the report date (YYYY-MM-DD or '-').

lexicon unit
# How the name of a government unit ends: 局 委 办 院 中心 厅 …, a school
# (小学 中学 学校), a federation (残联 妇联 侨联 科协), a cooperative or
# a press (供销合作社联合社, 报社), a government (人民政府), a town or
# township reporting as itself (官仓镇, 某某乡, 某某街道). A name is Han
# only (brackets allowed), 3 to 30 characters.
entry suffix: 局 委 办 院 中心 厅 部 会 所 站 室 处 科 队 馆 署 校 政府 小学 中学 大学 残联 妇联 侨联 文联 工商联 科协 合作社 联合社 报社 幼儿园 镇 乡 街道
# Words no unit name holds: a heading or title in disguise
# (绩效自评工作领导小组办 is not who reports), or a site's footer that
# names who runs the site (某某人民政府主办 某某局承办).
entry not_unit: 报告 绩效 自评 情况 指标 签字 名称 单位 部门 主办 承办
# The labels a report puts its unit under, surest first. 主管部门 comes
# before 实施单位: a 绩效自评表 names both, and the supervising department
# (the budget's owner) is the bureau; the implementing unit is often one of
# its centres or hospitals. A transfer payment's form has a 资金使用单位,
# which reports. The value follows a colon, or nothing ("项目单位 南湖新区
# 民政局": spaces between Han characters are not kept), or sits in the
# next non-empty cell of a form.
# A table's own header names who drew it up (制表单位, 编制单位).
# Last, a form's bare 部门 field ("部门：某某中学", a 部门 cell).
entry label: 部门名称 单位名称 部门（单位）名称 单位（部门）名称 预算部门 预算单位 填报单位 报送单位 评价单位 制表单位 编制单位 资金使用单位 主管部门 项目单位 实施单位 项目主管部门 部门
# A web page's header names its publisher ("发布机构：金寨县交通运输局",
# "来源：临河区退役军人事务局", "【作者：县政协办】"): who published the
# page, nearly always the reporting unit; read last.
# A government portal's page names its 公开主体 (the body that discloses).
entry publisher: 发布机构 发布单位 发文机关 发文单位 来源单位 信息来源 公开主体 发布主体 来源 作者
# The labels of the other fields a header line holds, where a unit printed
# without a colon ends ("发布机构 保山市商务局 发文日期 …").
# The field whose value is the page's title ("标题 某某小学2025年单位预算
# 情况说明"): a line it opens may be the title, unlike the other fields'.
entry caption: 标题
entry field: 标题 发文日期 成文日期 发布日期 生成日期 发布时间 时间 文号 索引号 主题词 主题分类 公开目录 分类 时效性 联系电话 联系人 负责人 填报人 填报日期 报告日期 日期
# The words around a unit named in the report's prose as the one that
# compiled its figures (read after every other source but the page's
# publisher): 经…汇总 ("经某市财政局汇总，2025年全市…"). Not 受…委托: a
# finance bureau's report to the congress is delivered 受县人民政府委托,
# and the government that gave the mandate is not who reports.
entry frame: 经…汇总
example: 部门名称：乐昌市医疗保障局 => 乐昌市医疗保障局
example: 单位名称:昌宁县供销合作社联合社 填报日期:2023年4月15日 => 昌宁县供销合作社联合社
example: 项目单位     南湖新区民政局 => 南湖新区民政局
example: 主管部门 031-霍邱县科学技术局 实施单位 031001-霍邱县科学技术局 => 霍邱县科学技术局
example: 发布机构 宁国市文化和旅游局(广播电视局) 发文日期 2024-04-19 14:52 => 宁国市文化和旅游局（广播电视局）
example: 数据主题财政、金融、审计、税务 发布单位黄石市民政局 => 黄石市民政局
example: 索引号:00817441-9/2019-97875 分  类: 发文机关:省扶贫工作办公室 成文日期:2019-07-31 => 省扶贫工作办公室
example: 【字体: 】 【发布时间:2022-04-15 14:54】 【作者:县政协办】【阅读: => 县政协办
example: 昌宁县第一示范小学2023年度项目支出绩效自评报告 => 昌宁县第一示范小学
example: 镜湖区残联中央转移支付2023年度绩效自评报告 => 镜湖区残联
example: 重庆市大足区土门中心小学2021项目资金绩效自评报告 => 重庆市大足区土门中心小学
example: 武山县消防救援大队2024年度部门预算 => 武山县消防救援大队
example: 411001-衡山县贯塘乡人民政府2023年部门决算公开 => 衡山县贯塘乡人民政府
example: 标题 重庆市梁平区文化镇中心小学校2025年单位预算情况说明 => 重庆市梁平区文化镇中心小学校
example: 承德市农业农村局关于2023年度项目绩效自评工作的报告 => 承德市农业农村局
example: 寿县某某保护中心2023年度一般公共预算财政拨款“三公”经费支出决算 => 寿县某某保护中心
example: 某区审计局2018年预算“三公”经费情况说明 => 某区审计局
example: 2017年某市委宣传部“三公”经费增减情况说明 => 某市委宣传部
example: 某某镇2020年“三公”经费决算数共计35.5万元 => 某某镇
example: 某市财政局 某市文化和旅游局关于提前下达2023年文物保护专项资金的通知 => 某市财政局
example: 重庆市某区某某中心小学2023年度决算公开报告 => 重庆市某区某某中心小学
example: 某县财政局关于下达2022年第二批中、省普惠金融发展专项资金的通知 => 某县财政局
example: 某某县人民政府主办某某县行政审批局承办 => -
example: 制表单位:某区学生资助管理中心 => 某区学生资助管理中心
example: 公开主体: 某区某某镇人民政府 => 某区某某镇人民政府
example: 索引号 01525522-5-/2020-0628009 发布机构 某市商务局 公开目录 自评报告 发布日期 2020-06-28 => 某市商务局
example: 部门：某县某某中学 => 某县某某中学
example: 中央主管部门财政部地方主管部门某市交通运输局资金使用单位某市交通运输局 => 某市交通运输局
example: 根据有关规定，经某某市财政局汇总，2025年全市行政单位“三公”经费预算 => 某某市财政局
example: 经县财政局汇总，全县行政单位“三公”经费 => -
counter: 绩效自评工作领导小组办 => 绩效自评工作领导小组办
counter: 项目单位南湖新区民政局 => 项目单位南湖新区民政局
counter: 2023年我局加强预算管理，来源于上级补助资金 => 上级补助资金

lexicon title
# The words that end the title of a self-evaluation report (or of a report
# that is only its 绩效自评表).
entry end: 自评报告 评价报告 绩效报告 报告书 自评表 评价表 自评情况 自评工作的报告 自评工作报告 自评结果 评价结果
# The words that end the title of another publication of the genre (a 决算
# or 预算 explanation, an execution report), read only when no line of the
# header ends as a self-evaluation does: such a page may carry one in its
# body, whose kind then decides, else it is 'other'.
# Among them the 三公 explanations ("…“三公”经费支出决算情况说明", "…经费
# 支出说明", "…经费支出决算"), a unit's 决算公开报告, and the notices of the
# money a report accounts for ("某县财政局关于下达…资金的通知").
entry end_other: 决算公开说明 决算说明 预算公开说明 预算说明 部门决算 部门预算 单位决算 单位预算 执行情况报告 执行情况的报告 情况说明 支出说明 支出决算 经费预算 公开报告 的通知
# The words that open a title's topic after its unit ("镜湖区残联中央转移
# 支付2023年度…", "2022年度益阳市医疗保障局项目资金…"): the unit ends
# where the topic begins.
entry topic: 项目 部门 整体 预算 专项 财政 决算 绩效 单位 资金 中央 转移支付 省级 市级 县级 关于 三公 “三公” 一般公共预算
# A title naming a project's money is a 项目支出 report; one naming the
# whole department's spending a 部门整体支出 report (read first).
entry whole: 整体支出 部门整体 单位整体
entry project: 项目 资金 专项 经费
example: 承德市医疗保障局2019年度医疗救助资金项目绩效自评报告 => 2019 项目支出
example: 临泽县医保局2023年度部门整体支出绩效自评报告 => 2023 部门整体支出
example: 重庆市大足区土门中心小学2021项目资金绩效自评报告 => 2021 项目支出
example: 蚌埠市怀远县生态环境分局2023年部门决算中项目绩效自评结果 => 2023 项目支出
example: 2023年我局部门整体支出绩效自评报告 => 2023 部门整体支出
example: 重庆市大足区古龙镇卫生院2023年度决算公开说明 => 2023 other
# The words of an evaluation: a text with none of them is no
# self-evaluation report, whatever else it is ('other').
entry evaluation: 自评 评价 绩效
example: 2023年度“三公”经费财政拨款支出决算为12.35万元，完成预算的82.33%。 => 2023 other
example: 某区农业农村委员会2019年度项目资金重点绩效评价结果 => 2019 项目支出
example: 某县财政局关于下达2021年省对下民族宗教专项资金的通知 => 2021 other
counter: 2023年度项目资金使用情况：下达资金100万元，开展绩效自评。 => 2023 other

lexicon report_date
# The labels of the report's date, in a line or a table row; a bare 日期
# must be a field ("日期：").
entry label: 填报日期 填表日期 报告日期 编制日期 报送日期 评价日期 日期
example: 填报日期：2023年1月30日 => 2023-01-30
example: 报告日期:2017年 7月 15日 => 2017-07-15
counter: 本项目日期2023年1月30日前完成 => 2023-01-30

lexicon project
# A 项目支出 report's title names its project between the unit and year
# that open it and the words that close it (src/extract/meta.cc,
# TitleProject); read when no 项目名称 field names it. Examples: the title
# alone; the right side is the project ('-': none).
# The genre's words between the project and the title's closing words,
# dropped from its end (…项目支出绩效评价报告, …预算执行情况绩效自评报告).
entry tail: 绩效 的 支出 财政 单位 重点 目标 区域 评价 预算执行情况 执行情况 整体 区域（项目） （项目）
# Words that name no project by themselves: a title of only these (and a
# place) names none.
entry generic: 项目 资金 专项 支出 财政 经费 转移支付 补助 部门 预算 年度 中央 省级 市级 县级 本级
# A project is money or a work: its name ends in one of these.
entry names: 项目 资金 经费 工程 专项 补助 奖励 转移支付
# How a place's name ends, where a title opens with one (岳阳市南湖新区).
entry place: 省 市 县 区 州 盟 旗 镇 乡
example: 承德市医疗保障局2019年度医疗救助资金项目绩效自评报告 => 医疗救助资金项目
example: 2024年普惠金融发展专项资金预算执行情况绩效自评报告 => 普惠金融发展专项资金
example: 吉林省电子商务进农村综合示范项目中央专项转移支付2021年度绩效自评报告 => 吉林省电子商务进农村综合示范项目中央专项转移支付
example: 某某镇关于农村厕所革命建设项目的绩效自评报告 => 农村厕所革命建设项目
example: 2019年度城区保障性住房配套供水管网改造一期工程项目支出绩效评价报告 => 城区保障性住房配套供水管网改造一期工程项目
example: 红河州某某发展中心2024年度项目支出绩效单位自评报告 => -
example: 岳阳市南湖新区财政支出项目绩效评价自评报告 => -
example: 某县卫生健康局2022年度基本药物制度补助资金转移支付区域（项目）绩效自评报告 => 基本药物制度补助资金转移支付
example: 某某县残联项目绩效自评报告 => -
example: 某区这次绩效评价采取召开座谈会听取项目实施情况的评价报告 => -
