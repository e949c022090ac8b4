# patterns/labels.lex: the words a fact's label is trimmed by (format:
# src/extract/lexicon.h; the user is src/extract/facts.cc).
#
# A fact's label is the clause before its figure, with the text of earlier
# figures cut out. What opens or closes a clause without naming anything
# (list words, periods, sum words, copulas, fillers) is trimmed from its
# ends, so labels compare across reports: "其中中央资金" and "中央资金共计"
# both name 中央资金.
#
# Examples: the text is extracted alone; the right side is the label of its
# last fact, or '-' for none.

lexicon label
# Words right after a percent that make it the threshold of a scoring
# standard (qualifier ≥), not a reading: "达到100%得满分" says what earns
# full marks, not what the rate was (percent.rules has the examples).
entry threshold: 得满分
# A table column headed by one of these numbers its rows (行次, 行号): its
# cells are no figures of the row (决算表: 项目 | 行次 | 本年数 | 上年数).
# The traditional forms are those of pages reposted in 繁体.
entry serial_column: 行次 行号 序号 编号 栏次 行號 序號 編號
example: 单位：元\n项目 | 本年数 | 行次\n一、财政拨款收入 | 1,024.50 | 1 => 一、财政拨款收入 本年数
# Words that open a clause without naming anything. Of two that both open
# the label the longer is trimmed (共计 before 共).
entry leading: 其中 含 包括 由 另 并 同时 以及 及 和 共 共计 一是 二是 三是 四是 五是 六是 七是 八是 九是 全年 当年 今年 本年度 本年 目前 至目前 截止目前 截至目前
example: 其中中央资金60万元。 => 中央资金
example: 另安排工作经费2万元。 => 安排工作经费
example: 二是培训支出20万元。 => 培训支出
example: 项目资金300万元，由中央资金200万元和省级资金100万元构成。 => 省级资金
example: 项目资金300万元，由中央资金200万元构成。 => 中央资金
example: 全年共计到位资金80万元。 => 到位资金
example: 本年度项目支出合计80万元。 => 项目支出
# Words that open with a leading word but are words of their own: 共同富裕
# is not 共 + 同富裕, 和谐 not 和 + 谐, 及时 not 及 + 时.
entry leading_whole: 共同 共享 共建 共治 共青 共产 共性 和解 和谐 及时 并购 另行 同时期 由于 由此
example: 共同富裕专项基金200万元。 => 共同富裕专项基金
example: 和谐社区建设经费30万元。 => 和谐社区建设经费
example: 同时期增长5%。 => 同时期增长
example: 由于疫情影响，支出减少20万元。 => 支出减少
example: 由于疫情影响支出减少20万元。 => 由于疫情影响支出减少
# Of the leading words, the periods; and the bare flows a period names as
# the period's whole (本年收入 is the year's income, a whole; 收入 is any).
entry period: 本年 本年度 当年
entry period_flow: 收入 支出
example: 本年收入120万元。 => 本年收入
example: 本年收入合计120万元。 => 本年收入
counter: 本年度培训支出20万元。 => 本年度培训支出
# Verbs that link a name to its figure: after an aside in brackets, the
# name is before the aside (…教育经费（包括…）为814.11亿元).
entry copula: 为 是 达 达到
example: 教育经费（包括教育事业费，基建经费和教育费附加）为814.11亿元。 => 教育经费
# So is it after a comma: the name is the clause before.
example: 其中，龙城区分配资金最多，为132.87万元。 => 龙城区分配资金最多
# Words that open a list of parts: an item of the list names nothing by
# itself ("分别为60万元、40万元" are parts, not the name before them).
entry list_stop: 其中 分别为 分别是 具体为 具体是 分别 包括 含
example: 下达资金100万元，分别为60万元、40万元。 => -
# Words that close a clause without naming anything: sum words, copulas,
# fillers. A label that is one of them whole keeps it (合计 names its row).
entry trailing: 为 是 达到 达 共计 合计 总计 累计 小计 共 计 约 仅 已 的 了 有 在
example: 项目资金共计100万元。 => 项目资金
example: 项目资金约50万元。 => 项目资金
example: 资金到位率达到100%。 => 资金到位率
example: 合计100万元。 => 合计
# Words whose last character is a trailing word's but belongs to the word:
# 下达 is not 下 + 达, 审计 not 审 + 计.
entry whole: 下达 转达 到达 送达 抵达 传达 统计 预计 审计 设计 会计 估计 节约 签约 履约 现有 拥有 所有 享有 存在 行为 作为 认为
example: 资金下达100万元。 => 资金下达
example: 年度审计5万元。 => 年度审计
counter: 年度审计5万元。 => 年度审
