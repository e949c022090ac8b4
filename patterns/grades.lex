# patterns/grades.lex: grade words and the usual bands (format:
# src/extract/lexicon.h). The bands a report states itself ("90（含）-100
# 分为优秀") come first; these are used only when it states none. Each
# entry is a grade; its words are the band's bounds: "lo hi" closed at both
# ends (a score on an edge passes either way). The two vocabularies are
# separate lexicons: a report grading 优/良/中/差 uses the first.
#
# Examples: the text is extracted alone; the right side is its grade
# relation as "score/weight=grade" ('-' for none).

lexicon grade_bands_short
entry 优: 90 100
entry 良: 80 90
entry 中: 60 80
entry 差: 0 60

lexicon grade_bands_long
entry 优秀: 90 100
entry 良好: 80 90
entry 合格: 60 80
entry 基本合格: 60 70
entry 不合格: 0 60

# The answers of a satisfaction survey, one scale: each questionnaire (or
# each person asked) gives one answer, so counts each named by another
# answer are classes of what was asked and cannot overlap (a list of them
# that exceeds its total is a slip, not double counting).
lexicon answer_scale
entry 非常满意: 非常满意 很满意 十分满意
entry 比较满意: 比较满意 较满意
entry 满意: 满意
entry 基本满意: 基本满意
entry 一般: 一般 说不清
entry 不满意: 不满意 不太满意 不够满意
entry 非常不满意: 非常不满意 很不满意

# The score a grade is given for: the report's overall score, or (with a
# weight below it) one indicator's.
lexicon grade_scope
entry overall: 自评得分 总分 评分 综合得分 总得分 评价得分 最终得分 得分结果 评分结果 自评分 综合评分 合计得分 得分合计 总计得分
entry grade: 等级 评级 等次 总体评价 综合评价 自评结果 评价结果 自评为 评为 定为

example: 自评得分95分，评价等级为优秀。 => 95/100=优秀
example: 产出指标分值50分，自评得分48分，评价等级为优。 => 48/50=优
example: 综合自评得分92分，自评为优。 => 92/100=优
example: 自评结果：决策指标得分14.5分（权重20分），产出指标得分25.5分（权重30分），合计得分84.5分，评定等次为“优”。 => 84.5/100=优
