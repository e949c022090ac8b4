#include "base/edit_distance.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace tally {

size_t EditDistance(std::u32string_view a, std::u32string_view b) {
  if (a.size() < b.size()) std::swap(a, b);  // the row is the shorter one
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), size_t{0});
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];  // D[i-1][j-1]
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];  // D[i-1][j]
      size_t best = std::min(up, row[j - 1]) + 1;
      best = std::min(best, diag + (a[i - 1] == b[j - 1] ? 0 : 1));
      row[j] = best;
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace tally
