#include "check/rules.h"

#include "check/check.h"

namespace tally::check {

const std::vector<RuleInfo>& RuleTable() {
  // Severities as each rule's code gives them (sums.cc, budget.cc,
  // scores.cc, consistency.cc, check.cc); rule_table_test reads those
  // files and fails on a rule or a literal severity missing here.
  static const std::vector<RuleInfo> kTable = {
      {"sum.breakdown",
       {"error", "warning", "info"},
       "a total against its parts (其中/包括/分别为 lists, a budget block); "
       "warning when spending listed under an income exceeds it, info when "
       "parts that may overlap do"},
      {"form.completeness",
       {"warning"},
       "a budget table's zero total over non-zero sources; a missed "
       "indicator target without 偏差原因"},
      {"rate.ratio",
       {"error", "warning"},
       "执行率 = 支出 / 预算 over each budget stated, and 占…的 P% of a part "
       "over its whole; warning on a budget borrowed from the sentence "
       "before"},
      {"balance.carryover",
       {"error", "warning"},
       "结转/结余 = 预算 − 支出, and a stated change = this year's figure "
       "− the one it is compared with; warning on a borrowed budget"},
      {"score.total",
       {"error", "warning"},
       "indicator rows against their 一级指标's weight, their 小计 row and "
       "the 总分 row; prose 得分 parts against a 共计/合计 (a warning where a "
       "whole total over half points may be their sum rounded)"},
      {"table.text",
       {"error", "warning"},
       "a number in the prose against the same cell of a table, or a prose "
       "total against the table rows it sums"},
      {"score.cap", {"error"}, "a 得分 above its 分值"},
      {"grade.band",
       {"error"},
       "the grade against the score, by the report's own bands or the "
       "national default"},
      {"score.rule",
       {"warning"},
       "得分 against completion under the form's scoring rule"},
      {"fact.conflict",
       {"warning"},
       "a restated sentence with another number for the same thing"},
      {"unit.magnitude",
       {"error", "warning"},
       "a money figure 10^4 or 10^8 off (元 for 万元): the only reading "
       "that fits, or far below its siblings"},
      {"count.mismatch",
       {"warning"},
       "共有N项 against the numbered items, or a stated count against the "
       "items listed"},
      {"percent.range",
       {"error", "warning"},
       "a rate that cannot exceed 100% (a part of its whole) above it"},
      {"ocr.repair",
       {"info"},
       "an OCR misreading of a scan that the report's arithmetic proves, "
       "repaired where the repair is unique"},
  };
  return kTable;
}

const std::vector<std::string>& Rules() {
  static const std::vector<std::string> kRules = [] {
    std::vector<std::string> ids;
    for (const RuleInfo& r : RuleTable()) ids.push_back(r.id);
    return ids;
  }();
  return kRules;
}

}  // namespace tally::check
