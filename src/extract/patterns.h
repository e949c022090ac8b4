// extract/patterns.h: the extraction rules, loaded from patterns/*.rules.
//
// Rules are data, checked like code: each carries examples that
// tests/extract/patterns_test.cc runs through the whole extractor. One file
// per family (amount.rules, percent.rules, ...). The format, line by line:
//
//   # a comment (also after blank lines; '#' only at the start of a line)
//   rule amount.money              starts a rule; the id is unique
//   kind: amount                   amount|percent|count|score|grade|date|docno
//   priority: 5                    optional (default 0); see below
//   regex: (?P<value>\d+)...       RE2 syntax; several regex: lines are
//                                  concatenated (for long alternations)
//   followed_not: 钟|为            optional RE2: reject a match when the text
//                                  right after it starts with this
//   preceded_not: [-~]$            optional RE2: reject a match when the
//                                  (at most 24 bytes of) text before it on
//                                  its line ends with this (anchor with $)
//   op_not: 节约$|附近$              optional RE2: the op group (约, 近) is
//                                  no qualifier when the (at most 24 bytes
//                                  of) text up to its end ends with this:
//                                  it closes another word (节约, 附近)
//   implied_unit: 元               optional: the unit when the match has
//                                  none (its unit group absent or empty),
//                                  after its mult: a bare 万 that the
//                                  regex's context says is money is 万元
//   example: 资金 33 万元 => 33|万元|≈|label
//                                  text => value|unit[|qualifier[|label]]:
//                                  extracting the text alone must give a fact
//                                  of this rule with these fields (an empty
//                                  label field is not checked)
//   counter: 湘财预〔2021〕337号   extracting this text must give no fact of
//                                  this rule's kind
//
// Named groups a regex may use: value (required: the number, or the grade,
// date or document number), unit, mult (万/亿/千 between number and unit;
// joins the unit as printed), op (a word before the number: ≥ 不低于 超过
// 约 近 ...), approx (余/多/左右 after it), bound (以上/以下). The fact's text
// (raw, box) is the span from the first to the last of these groups, so a
// regex may require context words around them without taking them in.
//
// Matching: every rule is run over every line (and table cell); a match
// whose number touches another digit, a '.' or a Latin letter is dropped (a
// number is never cut out of a longer one; RE2 has no lookbehind). Where
// matches' spans (above: their groups, not the context around them)
// overlap, the higher priority wins, then the longer match, then the
// earlier rule: dates and document numbers (priority 10) claim their digits
// before anything can read a year or an issue number as an amount.
//
// Thread safety: immutable after Load; RE2 matching is thread-safe.
#ifndef TALLY_EXTRACT_PATTERNS_H_
#define TALLY_EXTRACT_PATTERNS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace re2 {
class RE2;
}

namespace tally::extract {

struct Example {
  std::string text;
  std::string value, unit, qualifier, label;
  int line = 0;  // in the rules file
};

struct Rule {
  Rule();
  ~Rule();
  Rule(Rule&&);
  Rule& operator=(Rule&&);

  std::string id, kind;
  int priority = 0;
  std::string implied_unit;  // or empty
  std::unique_ptr<re2::RE2> regex;
  std::unique_ptr<re2::RE2> followed_not, preceded_not, op_not;  // or null
  // The capture index of each named group (value, unit, mult, op, approx,
  // bound, in that order), or -1 where the regex lacks it; found once here
  // rather than for every line matched.
  int groups[6] = {-1, -1, -1, -1, -1, -1};
  std::vector<Example> examples;
  std::vector<Example> counters;  // text and line only
  std::string file;
  int line = 0;  // where "rule" is
};

// A rule's match in a stretch of text; byte offsets into that text.
struct Match {
  const Rule* rule = nullptr;
  size_t begin = 0, end = 0;              // the fact's span (see above)
  size_t match_begin = 0, match_end = 0;  // the whole regex match
  std::string_view value, unit, mult, op, approx, bound;
};

class Patterns {
 public:
  // Every *.rules file in dir, in name order.
  static StatusOr<std::unique_ptr<Patterns>> Load(const std::string& dir);
  // One file's text; `name` is used in error messages.
  static StatusOr<std::unique_ptr<Patterns>> Parse(std::string_view text,
                                                   const std::string& name);

  const std::vector<Rule>& rules() const { return rules_; }

  // The accepted matches in text, non-overlapping, in text order (see
  // "Matching" above). text is a whole line or table cell: a list marker at
  // its start ("1.2024年") is not taken for part of a number.
  std::vector<Match> FindAll(std::string_view text) const;

 private:
  Status Add(std::string_view text, const std::string& name);
  std::vector<Rule> rules_;
};

}  // namespace tally::extract

#endif  // TALLY_EXTRACT_PATTERNS_H_
