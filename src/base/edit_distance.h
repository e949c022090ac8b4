// base/edit_distance.h: Levenshtein distance over code points.
//
// Unit-cost insertions, deletions and substitutions, by the textbook
// two-row dynamic programme: O(n·m) time, O(min(n, m)) memory. For lines
// and short texts (the ocr stage's check of a text layer against a quick
// OCR); tools/cer.h has a bit-parallel one for whole pages, tested against
// this.
//
// Thread safety: pure function.
//
//   size_t edits = EditDistance(U"执行率100%", U"执行率10096");  // 2
#ifndef TALLY_BASE_EDIT_DISTANCE_H_
#define TALLY_BASE_EDIT_DISTANCE_H_

#include <cstddef>
#include <string_view>

namespace tally {

size_t EditDistance(std::u32string_view a, std::u32string_view b);

}  // namespace tally

#endif  // TALLY_BASE_EDIT_DISTANCE_H_
