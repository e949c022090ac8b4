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
entry bounded [percent]: 覆盖率 合格率 达标率 办结率 整改率 激活率 激活比例 知晓率 满意度 满意率 报销比例 报销率 查处率 正常运行率 及时率 准确率 正确率 公开率 结算率 合规率 回复率 答复率 受理率 通过率 入库率 审核率 使用比例 占比 比例 比重 执行到位率 按时完成率 支付比例
entry usually [percent]: 完成率 执行率 支出率 使用率 完成比例 预算执行率 资金执行率 到位率 支付率 拨付率
entry free [percent]: 参保率 参保缴费率 增长率 增长 增幅 增速 同比 比上年 提高 下降 降幅 环比 超额 占基金收入 收入比 年度指标值 指标值 目标值 预期 提升
example: 定点医药机构监督检查覆盖率100% => 100
example: 政策范围内报销比例92.68% => 100
example: 医保电子凭证激活比例53.43% => 100
example: 项目完成率98% => 100?
example: 参保率达101.2% => -
example: 基金支出增长率12.5% => -
