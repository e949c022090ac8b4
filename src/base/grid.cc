#include "base/grid.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <numeric>
#include <utility>

namespace tally {
namespace {

std::vector<double> Cluster(std::vector<double> v, double tol) {
  std::sort(v.begin(), v.end());
  std::vector<double> out;
  for (double x : v) {
    if (out.empty() || x - out.back() > tol) out.push_back(x);
  }
  return out;
}

// Union-find with path halving; the smaller index stays the root.
struct Sets {
  std::vector<int> parent;
  explicit Sets(size_t n) : parent(n) {
    std::iota(parent.begin(), parent.end(), 0);
  }
  int Find(int x) {
    while (parent[size_t(x)] != x) {
      x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
    }
    return x;
  }
  void Unite(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[size_t(std::max(a, b))] = std::min(a, b);
  }
};

// Where the rules along each grid line run: for grid line k (of `at`), the
// merged, sorted intervals its rules cover, so that "is there a rule
// between these two cells" is a binary search, not a scan of every rule.
class RuleIndex {
 public:
  RuleIndex(const std::vector<Rule>& rules, bool horizontal,
            const std::vector<double>& at, double tol)
      : lines_(at.size()) {
    for (const Rule& r : rules) {
      double pos = horizontal ? r.box.cy() : r.box.cx();
      auto it = std::lower_bound(at.begin(), at.end(), pos - tol);
      if (it == at.end() || *it > pos + tol) continue;
      double lo = horizontal ? r.box.x0 : r.box.y0;
      double hi = horizontal ? r.box.x1 : r.box.y1;
      lines_[size_t(it - at.begin())].push_back({lo, hi});
    }
    for (auto& line : lines_) {
      std::sort(line.begin(), line.end());
      std::vector<std::pair<double, double>> merged;
      for (const auto& iv : line) {
        if (!merged.empty() && iv.first <= merged.back().second) {
          merged.back().second = std::max(merged.back().second, iv.second);
        } else {
          merged.push_back(iv);
        }
      }
      line = std::move(merged);
    }
  }
  // Whether a rule on grid line k covers position mid along it.
  bool Covers(size_t k, double mid) const {
    const auto& line = lines_[k];
    auto it =
        std::upper_bound(line.begin(), line.end(), mid,
                         [](double v, const std::pair<double, double>& iv) {
                           return v < iv.first;
                         });
    return it != line.begin() && mid <= std::prev(it)->second;
  }

 private:
  std::vector<std::vector<std::pair<double, double>>> lines_;
};

}  // namespace

std::vector<Grid> FindGrids(const std::vector<Rule>& rules, double tol) {
  Sets sets(rules.size());
  for (size_t i = 0; i < rules.size(); ++i) {
    for (size_t j = i + 1; j < rules.size(); ++j) {
      const Box &a = rules[i].box, &b = rules[j].box;
      if (a.x0 - tol <= b.x1 && b.x0 - tol <= a.x1 && a.y0 - tol <= b.y1 &&
          b.y0 - tol <= a.y1) {
        sets.Unite(int(i), int(j));
      }
    }
  }
  std::map<int, Grid> groups;
  for (size_t i = 0; i < rules.size(); ++i) {
    Grid& g = groups[sets.Find(int(i))];
    (rules[i].horizontal() ? g.h : g.v).push_back(rules[i]);
  }
  std::vector<Grid> grids;
  for (auto& [root, g] : groups) {
    if (g.h.size() < 2 || g.v.size() < 2) continue;
    std::vector<double> ys, xs;
    for (const Rule& r : g.h) ys.push_back(r.box.cy());
    for (const Rule& r : g.v) xs.push_back(r.box.cx());
    g.ys = Cluster(ys, tol);
    g.xs = Cluster(xs, tol);
    // A single framed box is a border, not a table.
    if (g.ys.size() < 2 || g.xs.size() < 3) continue;
    grids.push_back(std::move(g));
  }
  std::sort(grids.begin(), grids.end(), [](const Grid& a, const Grid& b) {
    return a.ys.front() < b.ys.front();
  });
  return grids;
}

std::vector<int> CellAnchors(const Grid& g, double tol) {
  const int rows = g.rows(), cols = g.cols();
  if (rows <= 0 || cols <= 0) return {};
  const size_t cells = size_t(rows) * size_t(cols);
  const RuleIndex verticals(g.v, false, g.xs, tol);
  const RuleIndex horizontals(g.h, true, g.ys, tol);
  Sets sets(cells);
  for (int r = 0; r < rows; ++r) {
    double my = (g.ys[size_t(r)] + g.ys[size_t(r) + 1]) / 2;
    for (int c = 0; c < cols; ++c) {
      double mx = (g.xs[size_t(c)] + g.xs[size_t(c) + 1]) / 2;
      if (c + 1 < cols && !verticals.Covers(size_t(c + 1), my)) {
        sets.Unite(r * cols + c, r * cols + c + 1);
      }
      if (r + 1 < rows && !horizontals.Covers(size_t(r + 1), mx)) {
        sets.Unite(r * cols + c, (r + 1) * cols + c);
      }
    }
  }
  std::vector<int> out(cells);
  for (size_t i = 0; i < cells; ++i) out[i] = sets.Find(int(i));
  return out;
}

std::vector<GridCell> MergedCells(const Grid& g, double tol) {
  std::vector<int> anchor = CellAnchors(g, tol);
  const int cols = g.cols();
  std::map<int, std::pair<int, int>> last;  // anchor -> bottom-right cell
  for (int i = 0; i < int(anchor.size()); ++i) {
    auto [it, fresh] = last.try_emplace(anchor[size_t(i)], i / cols, i % cols);
    if (!fresh) {
      it->second.first = std::max(it->second.first, i / cols);
      it->second.second = std::max(it->second.second, i % cols);
    }
  }
  std::vector<GridCell> out;
  for (const auto& [a, br] : last) {
    GridCell c;
    c.row = a / cols;
    c.col = a % cols;
    c.rows = br.first - c.row + 1;
    c.cols = br.second - c.col + 1;
    c.box = {g.xs[size_t(c.col)], g.ys[size_t(c.row)],
             g.xs[size_t(c.col + c.cols)], g.ys[size_t(c.row + c.rows)]};
    out.push_back(c);
  }
  return out;
}

}  // namespace tally
