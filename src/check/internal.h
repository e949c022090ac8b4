// check/internal.h: what the rule families of the check stage share (not a
// public interface; tests reach the rules through check.h).
//
// A View parses each fact's number once into exact decimals with the slack
// of its printing, and gives each relation's members by role. Each family
// lives in its own file and appends its findings; CheckDocument (check.cc)
// runs them all, folds repeats and orders the result.
#ifndef TALLY_CHECK_INTERNAL_H_
#define TALLY_CHECK_INTERNAL_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/decimal.h"
#include "base/facts.h"
#include "check/check.h"
#include "check/repair.h"

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
  // How far the true value may lie from the printed one, in the base unit
  // (see Slack).
  Decimal half;
  int exp = 0;  // the unit's power of ten: 4 for 万元
};

class View {
 public:
  explicit View(const Document& doc);

  const Document& doc() const { return doc_; }
  int size() const { return int(doc_.facts.size()); }
  const Fact& fact(int i) const { return doc_.facts[size_t(i)]; }
  const Num& num(int i) const { return nums_[size_t(i)]; }
  int64_t id(int i) const { return fact(i).fact_id; }
  // A fact that may enter arithmetic: parsed, and not an approximation or a
  // bound (约, 余, ≥).
  bool Plain(int i) const { return num(i).ok && fact(i).qualifier.empty(); }

  // Members of relation r with this role (exactly, or "role.part" when
  // parts is true), as fact indices in member order; out-of-range members
  // are dropped.
  std::vector<int> Role(const Relation& r, std::string_view role) const;
  int First(const Relation& r, std::string_view role) const;
  // Parses fact i again, after the facts the document refers to changed it
  // (a repair being tried).
  void Refresh(int i);
  // The power of ten most of the document's amounts are printed in (4 for
  // a report in 万元), or -1 when it has none or two units tie.
  int CommonMoneyExp() const { return common_exp_; }
  // Whether fact i is the total or a part of a breakdown of two parts or
  // more that adds up: the report's own arithmetic vouches for it. Read
  // for every fact at the first call, in one pass over the relations.
  bool InHoldingSum(int i) const;
  // Whether another fact of fact i's kind and unit prints its number: the
  // report states the figure twice or more.
  bool Recurs(int i) const;
  // Whether the report vouches for fact i: it holds in a sum (InHoldingSum)
  // or in a change that is the difference of its two years' figures, or it
  // is printed again (Recurs).
  bool Vouched(int i) const;
  // The relations fact i is a member of, as indices into doc().relations in
  // order (out of range: none). Indexed for every fact at the first call.
  const std::vector<int>& RelationsOf(int i) const;

 private:
  // Fills in_holding_: for each fact, the relations that vouch for it.
  void MarkHolding() const;

  const Document& doc_;
  std::vector<Num> nums_;
  int common_exp_ = -1;
  // Both empty until asked, then one entry per fact and one more.
  mutable std::vector<char> in_holding_;  // see MarkHolding
  mutable std::vector<std::vector<int>> relations_of_;
  // kind|unit|value -> how many facts print it; empty until asked.
  mutable std::unordered_map<std::string, int> printed_;
};

// How far the true value of a number printed as `value` (in a unit of
// 10^exp base units) may lie from it, in base units: half a unit of its last
// printed digit. Counts and points are exact, and so is a whole figure of
// one or two digits (15万元): rounding one would move it by 3% or more,
// which reports mark with 约, so such figures are set amounts.
Decimal Slack(std::string_view kind, const Decimal& value, int exp);

// --- Printing ---------------------------------------------------------------

// The fact as printed: "437.32万元", "83%", "10分".
std::string Printed(const Fact& f);
// A base-unit amount written in the unit of `like`: 373300 元 as "37.33万元".
std::string InUnitOf(const Decimal& base, const Fact& like);
// d without trailing fractional zeros.
std::string Str(const Decimal& d);
// a/b*100 rounded to `scale` decimals (two at least: a rate printed with
// three is compared to three), as "44.93%"; "—" when b is zero.
std::string Percent(const Decimal& a, const Decimal& b, int scale = 2);
// "a+b+c" of the facts' printed values (with units where they differ from
// the first's).
std::string Terms(const View& v, const std::vector<int>& facts);

// --- Arithmetic -------------------------------------------------------------

// Does `stated` (a percent as printed) equal num/den*100 within half a unit
// of its last printed digit? Exact, by cross-multiplication. 0 of 0 stated
// as 100% holds; any other zero denominator does not. False on overflow.
bool RatioHolds(const Decimal& num, const Decimal& den, const Decimal& stated);

// A weighted sum of facts: sum_i sign_i * base_i, with the slack of every
// term added up.
struct Sum {
  Decimal value, slack;
  bool overflow = false;
  void Add(const Num& n, int sign);
  // |value| <= slack, and nothing overflowed.
  bool Holds() const;
};

// A breakdown's arithmetic: the parts less the total (a total and its parts
// that add up hold it). The caller checks that they are plain.
Sum PartsLessTotal(const View& v, int total, const std::vector<int>& parts);

// Whether a budget.change relation's change is the size of the difference
// of its two figures, to their printed digits (budget.cc, CheckDifference's
// test); false when a member is missing or not plain.
bool ChangeHolds(const View& v, const Relation& r);

// Whether a ratio.per_unit relation's total is its count times its standard
// (times its periods), to their printed digits, the standard exact
// (budget.cc, CheckPerUnit's test).
bool PerUnitHolds(const View& v, const Relation& r);

// For a relation sum_i sign_i * base_i = 0 that fails beyond its slack,
// the one money member whose value times 10^k (k = ±4, ±8) makes it hold:
// its position in `members`, with *k set. -1 when no single rescaling, or
// more than one, repairs it.
int RescaledMember(const View& v, const std::vector<int>& members,
                   const std::vector<int>& signs, int* k);
// For a relation sum_i sign_i * base_i = 0 that fails beyond its slack,
// the members of four significant digits or more that hold it once two
// neighbouring digits are swapped back (143.2101 retyped as 134.2101), each
// with the figure as it should read. A swap moves a figure by
// 9 x (a - b) x 10^n: a gap of exactly that size, to within the slack of
// long figures, is a retyping slip and not chance, even when more than one
// member could have been retyped (2156.7899 or 134.2101 both close a gap of
// 9). Empty when no swap repairs it.
struct Swap {
  int member;         // position in `members`
  std::string fixed;  // the figure as it should read: "143.2101"
};
std::vector<Swap> SwappedMembers(const View& v, const std::vector<int>& members,
                                 const std::vector<int>& signs);
// For a relation that fails beyond its slack, the members whose figure,
// retyped with one digit added or dropped, holds it: the value the
// relation needs, at the member's printed precision, one keystroke from
// what is printed ("522665.42" for 52665.42, a digit struck twice). Any
// member may close a gap by some value; that the value is one keystroke
// away is the evidence, and only when no other member's is; a figure of
// fewer than four significant digits that is one keystroke away makes the
// answer empty (short figures are a keystroke from too many values).
std::vector<Swap> RetypedMembers(const View& v, const std::vector<int>& members,
                                 const std::vector<int>& signs);
// The swaps as a finding prints them: "134.2101万元 读作 143.2101万元或…".
std::string SwapReadings(const View& v, const std::vector<int>& members,
                         const std::vector<Swap>& swaps);
// The fact i's number as it would read with a unit 10^k larger: 437.32元
// with k = 4 reads "437.32万元"; "" when no unit names that power.
std::string RescaledUnit(const Fact& f, int k);

// --- Findings ---------------------------------------------------------------

struct FindingArgs {
  std::string rule, severity, message, expected, actual;
  int page_no = 0;
  std::vector<int64_t> fact_ids;
  std::string suggested, reading, alternatives;
  int relation = -1;
};
Finding MakeFinding(FindingArgs a);
// ids with `slip` moved to the front: a unit slip's finding cites the
// mistyped figure first, so two relations that find the same slip fold
// into one finding.
std::vector<int64_t> SlipFirst(std::vector<int64_t> ids, int64_t slip);

// --- The rule families, one call per relation (each appends to *out) --------

void CheckBreakdown(const View& v, int r, std::vector<Finding>* out);
void CheckBudget(const View& v, int r, std::vector<Finding>* out);
void CheckRatio(const View& v, int r, std::vector<Finding>* out);
void CheckScoreSum(const View& v, int r, std::vector<Finding>* out);
void CheckScoreCap(const View& v, int r, std::vector<Finding>* out);
void CheckGrade(const View& v, int r, std::vector<Finding>* out);
void CheckIndicator(const View& v, int r, std::vector<Finding>* out);
void CheckRestatement(const View& v, int r, std::vector<Finding>* out);
void CheckEnumeration(const View& v, int r, std::vector<Finding>* out);
void CheckBound(const View& v, int r, std::vector<Finding>* out);
void CheckSiblings(const View& v, int r, std::vector<Finding>* out);

// After every relation is checked: two failed sums that share exactly one
// figure and need the same value of it name that figure as the slip (their
// findings cite it first, with the value, so they fold into one).
void NameSharedSlips(const View& v, std::vector<Finding>* found);
// Names the one part larger than the excess of a failed sum whose total
// another relation confirms (sums.cc).
void NameOversizedParts(const View& v, std::vector<Finding>* found);
// A siblings unit.magnitude warning (a 元 figure among 万元 ones) is
// dropped where the report's arithmetic names one of those siblings as the
// figure in the wrong unit: the sum or rate that holds once that figure is
// read in another unit is evidence; magnitude alone is a guess.
void DropRefutedSiblings(const View& v, std::vector<Finding>* found);

// Failed shares over one vouched whole that all agree on another whole
// were taken of that whole: their findings become notes (budget.cc).
void NoteSharesOfAnotherWhole(const View& v, std::vector<Finding>* found);

// The rule of a relation kind, or nullptr for a kind with none.
using Rule = void (*)(const View&, int, std::vector<Finding>*);
Rule RuleOf(const std::string& kind);

// --- OCR repair (repair.cc; see check/repair.h) -----------------------------

struct Repair {
  int fact = -1;               // index into the document's facts
  Reading reading;             // the repaired value and the edit
  std::vector<Reading> tried;  // every reading of the fact tried
  std::vector<int> relations;  // the relations of the fact, all holding
  // False when other readings fit too and the engine's doubt chose this
  // one (LeastConfident): the changed character's confidence, and how many
  // other readings fit.
  bool alone = true;
  int confidence = -1;
  int other_fits = 0;
  // When the ocr stage's second reading chose it (SecondReadingPick): what
  // that reading saw; empty otherwise.
  std::string second;
};
// Several readings, of one member or of several, make relation `relation`
// hold: none is taken.
struct Ambiguity {
  int relation = -1;
  std::vector<int> facts;  // parallel to readings
  std::vector<Reading> readings;
  // The readings are ones the second reading speaks against (a lost point
  // it did not see): each may fit, none is a repair.
  bool unconfirmed = false;
};
struct Repairs {
  std::vector<Repair> repairs;
  std::vector<Ambiguity> ambiguous;
};
// The repairs of the relations that `found` (the rules' findings on doc)
// shows failing, trying at most max_trials rule runs (a bound for hostile
// input with thousands of failing relations); none when the budget ran out,
// as a search cut short proves no reading unique.
Repairs RepairOcr(const Document& doc, const std::vector<Finding>& found,
                  const std::vector<Confusion>& table, int max_trials);

}  // namespace tally::check::internal

#endif  // TALLY_CHECK_INTERNAL_H_
