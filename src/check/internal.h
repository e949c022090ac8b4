// check/internal.h: what the rule families of the check stage share (not a
// public interface; tests reach the rules through check.h).
//
// A View indexes one Document for the rules: each fact's numbers parsed once
// into exact decimals, the body facts grouped by sentence, and the page text
// around a fact (trigger words such as 其中 and 等, parentheses, colons are
// read there, not in the facts). Each family lives in its own file and
// appends its findings; CheckDocument (check.cc) runs them all, merges
// repeats and orders the result.
#ifndef TALLY_CHECK_INTERNAL_H_
#define TALLY_CHECK_INTERNAL_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.h"
#include "base/facts.h"
#include "base/utf8.h"
#include "check/check.h"

namespace tally::check::internal {

inline constexpr char kError[] = "error";
inline constexpr char kWarning[] = "warning";
inline constexpr char kInfo[] = "info";

// A fact's number, parsed once. ok is false for grades, dates, document
// numbers and anything whose value or base_value does not parse.
struct Num {
  bool ok = false;
  Decimal value;  // as printed: 437.32
  Decimal base;   // in the base unit: 4373200 (元)
  // How far the true value may lie from the printed one, in the base unit:
  // half a unit of the last printed digit, or zero for exact numbers
  // (counts, whole amounts under 1000; see Slack in view.cc).
  Decimal half;
  int exp = 0;  // the unit's power of ten: 4 for 万元
};

// A byte range of a page's text.
struct Span {
  size_t begin = 0, end = 0;
};

class View {
 public:
  explicit View(const Document& doc);

  const Document& doc() const { return doc_; }
  int size() const { return int(doc_.facts.size()); }
  const Fact& fact(int i) const { return doc_.facts[size_t(i)]; }
  const Num& num(int i) const { return nums_[size_t(i)]; }
  int64_t id(int i) const { return fact(i).fact_id; }

  // The page's normalised text; empty if the document has no such page.
  std::string_view Page(int page_no) const;
  // The sentence around fact i: back to the previous 。！？ or line start,
  // forward through the next 。！？ or to the line end (as the extractor
  // bounds a fact's context).
  Span Sentence(int i) const;
  // Fact i's sentence without spaces, cut to max_chars code points ("…").
  std::string Excerpt(int i, int max_chars) const;
  // Page text of fact i's page in [begin, end), clamped to the page.
  std::string_view Text(int i, size_t begin, size_t end) const;

  // Body (non-table) facts grouped by sentence, in document order; each
  // group's facts in text order.
  const std::vector<std::vector<int>>& sentences() const { return groups_; }
  // The index in sentences() of fact i's group; -1 for table facts.
  int GroupOf(int i) const { return group_of_[size_t(i)]; }
  // The group right before group g if it is the adjacent sentence on the
  // same page (only blank space between them); -1 otherwise.
  int PreviousAdjacent(int g) const;
  // The group right after group g if adjacent; -1 otherwise.
  int NextAdjacent(int g) const;

  // Facts whose section is s (body and table), in document order.
  std::vector<int> FactsInSection(int s) const;

 private:
  Span GroupSpan(int g) const;

  const Document& doc_;
  std::vector<Num> nums_;
  std::vector<std::vector<int>> groups_;
  std::vector<int> group_of_;
  std::map<int, std::string_view> pages_;
};

// How far the true value of a number printed as `value` (in a unit of
// 10^exp base units) may lie from it, in base units: half a unit of its last
// printed digit, or zero for numbers that are exact as printed.
Decimal Slack(std::string_view kind, const Decimal& value, int exp);

// --- Units ------------------------------------------------------------------

bool IsMoney(std::string_view unit);
// Facts that measure the same kind of thing, so their base values add:
// money with money, counts with the same measure word (人 is not 人次),
// percents with percents, scores with scores.
bool SameFamily(const Fact& a, const Fact& b);

// --- Text -------------------------------------------------------------------

bool Contains(std::string_view s, std::string_view part);
bool HasHan(std::string_view s);
// The last n code points of s (fewer if s is shorter).
std::string_view LastChars(std::string_view s, int n);
// The first n code points of s.
std::string_view FirstChars(std::string_view s, int n);
// "产出指标（50分）" -> 50; nullopt without a trailing (N分).
std::optional<Decimal> ParenPoints(std::string_view s);
// "产出指标（50分）" -> "产出指标": spaces squeezed, a trailing (N分) and
// sentence punctuation dropped.
std::string BareTitle(std::string_view s);

// The budget block's total row (年度资金总额, 合计; OCR may read 总额 as
// 总宁, so 资金总 is enough).
bool IsBudgetTotal(std::string_view item);
// The number of a heading marker: "（3）" 3, "2、" 2, "四、" 4, "（十二）" 12;
// -1 if it has none.
int MarkerNumber(std::string_view marker);
// True if the sections' markers count 1, 2, ..., n: no heading was lost.
bool NumberedFromOne(const std::vector<Section>& sections,
                     const std::vector<size_t>& items);

// --- Numbers and findings ---------------------------------------------------

// The fact as printed: "437.32万元", "83%", "10分".
std::string Printed(const Fact& f);
// A base-unit amount written in the unit of `like`: 373300 元 as "37.33万元".
std::string InUnitOf(const Decimal& base, const Fact& like);
// d without trailing fractional zeros.
std::string Str(const Decimal& d);
// a/b*100 rounded to two decimals, as "44.93%"; "—" when b is zero.
std::string Percent(const Decimal& a, const Decimal& b);
// Does `stated` (a percent as printed) equal num/den*100 within half a unit
// of its last printed digit? Exact, by cross-multiplication. 0 of 0 stated
// as 100% holds; any other zero denominator does not.
bool RatioHolds(const Decimal& num, const Decimal& den, const Decimal& stated);

Finding MakeFinding(std::string rule, std::string severity, std::string message,
                    std::string expected, std::string actual, int page_no,
                    std::vector<int64_t> fact_ids);

// For a relation sum_i sign_i * base_i = 0 that fails beyond tolerance,
// the member whose value times 10^k (k = ±4, ±8) alone makes it hold within
// the rescaled tolerance: returns its position in `members` and sets *k.
// -1 when no single rescaling (or more than one) repairs it, or a member is
// not money. The evidence for a unit slip (unit.magnitude 'error').
int RescaledMember(const View& v, const std::vector<int>& members,
                   const std::vector<int>& signs, int* k);
// The fact i's number as it would read with a unit 10^k larger: 437.32元
// with k = 4 reads "437.32万元".
std::string RescaledUnit(const Fact& f, int k);

// Every table fact on `page` whose row context contains `row_key` and whose
// label ends with `column`, with value `value`; the first such, or -1.
int FindTableFact(const View& v, int page, std::string_view row_key,
                  std::string_view column, const Decimal& value);

// --- The rule families (each appends to *out) -------------------------------

// sum.breakdown over prose (其中/包括/分别为/具体为) and budget-table rows.
void CheckBreakdowns(const View& v, std::vector<Finding>* out);
// balance.carryover: 结转/结余 = 预算 - 支出.
void CheckBalances(const View& v, std::vector<Finding>* out);
// rate.ratio (prose and budget rows) and percent.range.
void CheckRates(const View& v, std::vector<Finding>* out);
void CheckPercentRange(const View& v, std::vector<Finding>* out);
// unit.magnitude from siblings (the relation-based errors come from the
// breakdown and balance rules).
void CheckMagnitudes(const View& v, std::vector<Finding>* out);
// score.total and score.cap, over indicator rows and prose sections.
void CheckScores(const View& v, std::vector<Finding>* out);
// grade.band.
void CheckGrades(const View& v, std::vector<Finding>* out);
// fact.conflict.
void CheckConflicts(const View& v, std::vector<Finding>* out);
// table.text.
void CheckTableText(const View& v, std::vector<Finding>* out);
// count.mismatch.
void CheckCounts(const View& v, std::vector<Finding>* out);

// --- Section weights (shared by score.* and table.text) ---------------------

// What the prose gives one section: its 指标分值 (weight) and 得分 (score),
// from "指标分值N分，得分M分" in its body or "（N分）" in its heading.
struct SectionPoints {
  int weight = -1, score = -1;  // fact indices, -1 when not stated
};
// One entry per section of the document.
std::vector<SectionPoints> PointsBySection(const View& v);

}  // namespace tally::check::internal

#endif  // TALLY_CHECK_INTERNAL_H_
