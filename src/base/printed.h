// base/printed.h: the parts of a printed indicator-table cell, for the
// dataset's analyst columns (store) and anyone else who needs them.
//
// A target cell (年度指标值) such as "≥90%", "不低于95%", "30万元以内" or
// "=100" is one comparison: an operator, an exact number and a unit. A heading
// cell (一级指标) such as "产出指标（50分）" is a name and its weight. Cells
// that are not of that shape ("医疗机构≥40% 病种≥70%", "有效", "2021年12月")
// have no parts: an analyst's column is NULL rather than a guess.
//
// Thread safety: pure functions.
//
//   std::optional<Comparison> t = ParseComparison("≥90%");  // {"≥", "90", "%"}
//   Weighted w = SplitWeight("产出指标（50分）");          // {"产出指标",
//   "50"}
//   AdjacentSwap("442.43", "424.43");                     // true
#ifndef TALLY_BASE_PRINTED_H_
#define TALLY_BASE_PRINTED_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tally {

struct Comparison {
  std::string op;     // "≥", "≤", ">", "<", "=", or "" (a plain value)
  std::string value;  // exact decimal as printed, commas dropped: "90"
  std::string unit;   // as printed after the number: "%", "万元", ""
};

// The comparison a whole cell states, or nullopt. Accepts an operator sign
// (≥ ≤ > < = and ≧ ≦), or words before the number (不低于/不少于/至少/大于等于
// ≥, 不高于/不超过/不多于/小于等于 ≤, 大于/高于/超过 >, 小于/低于/少于 <), or
// after the unit (以上 ≥, 以下/以内 ≤); a number Decimal::Parse reads; and a
// unit of at most five characters without digits, spaces or punctuation.
// Surrounding spaces are ignored.
std::optional<Comparison> ParseComparison(std::string_view cell);

struct Weighted {
  std::string name;    // the cell without its weight
  std::string weight;  // exact decimal, or "" when the cell states none
};

// "产出指标（50分）" and "产出指标(50分)" -> {"产出指标", "50"}; a cell
// without a trailing (N分) is its own name with no weight.
Weighted SplitWeight(std::string_view cell);

// Digits of a printed figure from its first non-zero one: "0.0450" has 3.
size_t SignificantDigits(std::string_view value);

// Whether two printed figures differ by one swap of neighbouring digits
// ("442.43" typed as "424.43"), the commonest slip of a hand retyping a
// figure; a decimal point never takes part.
bool AdjacentSwap(std::string_view a, std::string_view b);

// Whether two printed figures, their points in one place, differ by one
// swap of digits that neighbour each other with the point between them
// ("26.58" retyped "25.68": a hand reading the digits 2658 keys 2568).
bool SwapAcrossPoint(std::string_view a, std::string_view b);

// Every figure one swap of neighbouring, different digits makes of
// `value` ("143.21" -> "413.21", "134.21", "143.12"), in position order.
std::vector<std::string> NeighbourSwaps(std::string_view value);

// Every figure `value` makes with one digit dropped, the other slip of a
// hand retyping a figure ("795.26" -> "95.26", "75.26", "79.26", "795.6",
// "795.2"), in position order, each once: figures a point would open or
// close, or a zero would lead, are none ("105" drops to "15" and "10").
std::vector<std::string> DroppedDigits(std::string_view value);

}  // namespace tally

#endif  // TALLY_BASE_PRINTED_H_
