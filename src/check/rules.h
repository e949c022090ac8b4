// check/rules.h: the rules a finding may carry, with what each checks: the
// one list `tally rules`, `tally check --help` (check.h, Rules) and the
// rule-table test read, so that nothing else lists them.
//
// A rule's id is "family.name"; the family (the part before the dot) is
// what `tally check --rule sum` selects. Severities are those the rule's
// own code gives; an 'error' resting on a doubtful OCR reading (low
// confidence, a "%" read as "9%", several readings that would fit) is
// reported as 'warning' whatever the rule.
//
//   for (const check::RuleInfo& r : check::RuleTable()) Print(r.id, ...);
#ifndef TALLY_CHECK_RULES_H_
#define TALLY_CHECK_RULES_H_

#include <string>
#include <vector>

namespace tally::check {

struct RuleInfo {
  std::string id;                       // "sum.breakdown"
  std::vector<std::string> severities;  // its findings': {"error", "info"}
  std::string checks;                   // what it checks, in one line
  // The family: "sum" for "sum.breakdown".
  std::string family() const { return id.substr(0, id.find('.')); }
};

// Every rule a finding may carry, in the order of docs/rules.md's table.
const std::vector<RuleInfo>& RuleTable();

}  // namespace tally::check

#endif  // TALLY_CHECK_RULES_H_
