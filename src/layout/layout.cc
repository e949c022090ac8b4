#include "layout/layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "base/utf8.h"

namespace tally::layout {
namespace {

double Percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = size_t(q * double(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

bool IsAsciiAlnum(char32_t c) { return c < 0x80 && std::isalnum(int(c)); }

char32_t LastChar(const std::string& s) {
  size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  if (i == 0) return 0;
  --i;
  return DecodeUtf8(s, &i);
}

char32_t FirstChar(const std::string& s) {
  size_t i = 0;
  return s.empty() ? 0 : DecodeUtf8(s, &i);
}

// Builds a line's text word by word, recording spans.
class LineBuilder {
 public:
  explicit LineBuilder(const std::vector<Word>& words) : words_(words) {}
  void Append(std::string_view sep, int word) {
    if (!line_.text.empty()) line_.text += sep;
    auto begin = uint32_t(line_.text.size());
    line_.text += words_[word].text;
    line_.spans.push_back({begin, uint32_t(line_.text.size()), word});
    line_.box = line_.box.Union(words_[word].box);
  }
  // Appends another line's text, shifting its spans.
  void AppendLine(std::string_view sep, const Line& other) {
    if (!line_.text.empty() && !other.text.empty()) line_.text += sep;
    auto shift = uint32_t(line_.text.size());
    line_.text += other.text;
    for (Span s : other.spans) {
      line_.spans.push_back({s.begin + shift, s.end + shift, s.word});
    }
    line_.box = line_.box.Union(other.box);
  }
  Line& line() { return line_; }

 private:
  const std::vector<Word>& words_;
  Line line_;
};

// Groups words into lines: in order of vertical centre, a word joins the
// line before it when they overlap vertically by half the smaller height.
std::vector<std::vector<int>> GroupLines(const std::vector<Word>& words,
                                         std::vector<int> idx) {
  std::sort(idx.begin(), idx.end(), [&](int a, int b) {
    return words[a].box.cy() < words[b].box.cy();
  });
  std::vector<std::vector<int>> lines;
  Box last;
  for (int i : idx) {
    const Box& b = words[i].box;
    double overlap = std::min(last.y1, b.y1) - std::max(last.y0, b.y0);
    if (!lines.empty() &&
        overlap >= 0.5 * std::min(last.height(), b.height())) {
      lines.back().push_back(i);
      last = last.Union(b);
    } else {
      lines.push_back({i});
      last = b;
    }
  }
  for (auto& l : lines) {
    std::sort(l.begin(), l.end(),
              [&](int a, int b) { return words[a].box.x0 < words[b].box.x0; });
  }
  return lines;
}

// One line from words sorted left to right: a space where the engine saw
// one or where the gap is wider than a quarter em (the normaliser later
// drops spaces that layout alone put between Han characters).
Line BuildLine(const std::vector<Word>& words, const std::vector<int>& idx) {
  LineBuilder b(words);
  for (size_t k = 0; k < idx.size(); ++k) {
    bool space = false;
    if (k > 0) {
      const Word& prev = words[idx[k - 1]];
      const Word& cur = words[idx[k]];
      double em = std::max(prev.box.height(), 1.0);
      space = prev.space_after || cur.box.x0 - prev.box.x1 > 0.25 * em;
    }
    b.Append(space ? " " : "", idx[k]);
  }
  return std::move(b.line());
}

// Splits a band of words into columns at the widest vertical gutter that
// runs through all of them, recursively. A gutter only counts when both
// sides hold real columns of text (several lines each, several ems wide);
// a label/value form or a signature block is not split.
std::vector<std::vector<int>> SplitColumns(const std::vector<Word>& words,
                                           const std::vector<int>& idx,
                                           const Options& options) {
  if (idx.size() < 10) return {idx};
  double x_min = 1e9, x_max = -1e9;
  std::vector<double> heights;
  for (int i : idx) {
    x_min = std::min(x_min, words[i].box.x0);
    x_max = std::max(x_max, words[i].box.x1);
    heights.push_back(words[i].box.height());
  }
  double em = std::max(Percentile(heights, 0.5), 1.0);
  // In points, one bin a point: a page is a few thousand wide at most.
  double span = x_max - x_min;
  if (!(span >= 2 && span < 100000)) return {idx};
  int bins = int(span) + 1;
  std::vector<char> covered(size_t(bins), 0);
  for (int i : idx) {
    int a = int(words[i].box.x0 - x_min), b = int(words[i].box.x1 - x_min);
    for (int x = std::max(a, 0); x < std::min(b, bins); ++x) covered[x] = 1;
  }
  int best_a = -1, best_w = 0;
  for (int x = 0; x < bins;) {
    if (covered[x]) {
      ++x;
      continue;
    }
    int a = x;
    while (x < bins && !covered[x]) ++x;
    if (x - a > best_w) {
      best_w = x - a;
      best_a = a;
    }
  }
  if (best_a < 0 || best_w < options.column_gap_em * em) return {idx};
  double cut = x_min + best_a + best_w / 2.0;
  std::vector<int> left, right;
  for (int i : idx) (words[i].box.cx() < cut ? left : right).push_back(i);
  auto is_column = [&](const std::vector<int>& side) {
    auto lines = GroupLines(words, side);
    if (lines.size() < 5) return false;
    std::vector<double> widths;
    for (auto& l : lines) {
      widths.push_back(words[l.back()].box.x1 - words[l.front()].box.x0);
    }
    return Percentile(widths, 0.5) >= 8 * em;
  };
  if (!is_column(left) || !is_column(right)) return {idx};
  auto out = SplitColumns(words, left, options);
  for (auto& c : SplitColumns(words, right, options)) out.push_back(c);
  return out;
}

// A table: the grid lines of a connected set of ruling lines.
struct Grid {
  std::vector<double> xs, ys;  // sorted grid line positions
  std::vector<Rule> h, v;
  Box bbox() const { return {xs.front(), ys.front(), xs.back(), ys.back()}; }
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

std::vector<double> Cluster(std::vector<double> v, double tol) {
  std::sort(v.begin(), v.end());
  std::vector<double> out;
  for (double x : v) {
    if (out.empty() || x - out.back() > tol) out.push_back(x);
  }
  return out;
}

std::vector<Grid> FindGrids(const std::vector<Rule>& rules, double tol) {
  std::vector<int> parent(rules.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (size_t i = 0; i < rules.size(); ++i) {
    for (size_t j = i + 1; j < rules.size(); ++j) {
      const Box &a = rules[i].box, &b = rules[j].box;
      if (a.x0 - tol <= b.x1 && b.x0 - tol <= a.x1 && a.y0 - tol <= b.y1 &&
          b.y0 - tol <= a.y1) {
        parent[find(int(i))] = find(int(j));
      }
    }
  }
  std::map<int, Grid> groups;
  for (size_t i = 0; i < rules.size(); ++i) {
    Grid& g = groups[find(int(i))];
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

// Joins the lines of one cell: a wrapped cell is one value, so lines join
// without a break (a space only between two Latin letters or digits).
Line CellText(const std::vector<Word>& words, const std::vector<int>& idx) {
  LineBuilder b(words);
  for (const auto& l : GroupLines(words, idx)) {
    Line part = BuildLine(words, l);
    bool latin = IsAsciiAlnum(LastChar(b.line().text)) &&
                 IsAsciiAlnum(FirstChar(part.text));
    b.AppendLine(latin ? " " : "", part);
  }
  return std::move(b.line());
}

// Reads a grid row by row. Cells are merged where the rule between them is
// missing; a merged cell's text goes to its top-left grid cell. The grid
// has at most Options::max_table_cells cells (AssemblePage checks).
std::vector<Line> ReadTable(const std::vector<Word>& words,
                            const std::vector<int>& idx, const Grid& g,
                            int table_no, double tol) {
  const int rows = int(g.ys.size()) - 1, cols = int(g.xs.size()) - 1;
  const size_t cells = size_t(rows) * size_t(cols);
  const RuleIndex verticals(g.v, false, g.xs, tol);
  const RuleIndex horizontals(g.h, true, g.ys, tol);
  std::vector<int> parent(cells);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  auto unite = [&](int a, int b) {
    a = find(a);
    b = find(b);
    // The smaller index (top-most, then left-most) stays the anchor.
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  };
  for (int r = 0; r < rows; ++r) {
    double my = (g.ys[r] + g.ys[r + 1]) / 2;
    for (int c = 0; c < cols; ++c) {
      double mx = (g.xs[c] + g.xs[c + 1]) / 2;
      if (c + 1 < cols && !verticals.Covers(size_t(c + 1), my)) {
        unite(r * cols + c, r * cols + c + 1);
      }
      if (r + 1 < rows && !horizontals.Covers(size_t(r + 1), mx)) {
        unite(r * cols + c, (r + 1) * cols + c);
      }
    }
  }
  std::vector<std::vector<int>> cell_words(cells);
  for (int i : idx) {
    const Box& b = words[i].box;
    int c =
        int(std::upper_bound(g.xs.begin(), g.xs.end(), b.cx()) - g.xs.begin()) -
        1;
    int r =
        int(std::upper_bound(g.ys.begin(), g.ys.end(), b.cy()) - g.ys.begin()) -
        1;
    c = std::clamp(c, 0, cols - 1);
    r = std::clamp(r, 0, rows - 1);
    cell_words[size_t(find(r * cols + c))].push_back(i);
  }
  std::vector<Line> out;
  for (int r = 0; r < rows; ++r) {
    LineBuilder row(words);
    bool any = false;
    for (int c = 0; c < cols; ++c) {
      int cell = r * cols + c;
      Line text;
      if (find(cell) == cell) {
        text = CellText(words, cell_words[size_t(cell)]);
        any = any || !text.text.empty();
      }
      // Cells are always separated, empty or not, so that a column keeps
      // its index along the table.
      if (c > 0) row.line().text += '\t';
      row.AppendLine("", text);
    }
    if (!any) continue;
    Line& line = row.line();
    line.kind = LineKind::kTableRow;
    line.table = table_no;
    line.box = {g.xs.front(), g.ys[r], g.xs.back(), g.ys[r + 1]};
    line.fill = 1;
    out.push_back(std::move(line));
  }
  return out;
}

// A coordinate a layout can compute with: finite, and within a million
// points (14 km) of the page. A damaged file's CTM can give anything.
bool Sane(const Box& b) {
  for (double v : {b.x0, b.y0, b.x1, b.y1}) {
    if (!(v > -1e6 && v < 1e6)) return false;  // also NaN
  }
  return true;
}

bool IsPageNumber(const std::string& text) {
  // "— 3 —", "- 3 -", "第 3 页", "第3页 共12页", "3/12", "Page 3 of 12".
  int digits = 0, other = 0;
  size_t i = 0;
  while (i < text.size()) {
    char32_t c = DecodeUtf8(text, &i);
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == ' ' || c == '-' || c == 0x2014 || c == 0x2013 ||
               c == 0xFF0D || c == 0x2015 || c == '/' || c == 0xFF0F ||
               c == 0x7B2C || c == 0x9875 || c == 0x5171 || c == '(' ||
               c == ')' || c == 0xFF08 || c == 0xFF09 || c == 0x00B7) {
      // separators, 第 页 共, brackets
    } else if (std::isalpha(int(c < 0x80 ? c : 0))) {
      ++other;  // "Page", "of", "P"
    } else {
      return false;
    }
  }
  return digits > 0 && digits <= 8 && other <= 6;
}

// The shape of a header or footer: its text without digits or spaces, so
// "— 3 —" and "— 4 —" or a running title with a page number match.
std::string FurnitureKey(const std::string& text) {
  std::string key;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ' ') key += c;
  }
  return key;
}

}  // namespace

const char* LineKindName(LineKind kind) {
  switch (kind) {
    case LineKind::kBody:
      return "body";
    case LineKind::kTableRow:
      return "table_row";
    case LineKind::kHeader:
      return "header";
    case LineKind::kFooter:
      return "footer";
    case LineKind::kPageNumber:
      return "page_number";
  }
  return "body";
}

PageLayout AssemblePage(const PageContent& page, const Options& options) {
  PageLayout out;
  out.page_no = page.page_no;
  out.width = page.width;
  out.height = page.height;
  const std::vector<Word>& words = page.words;
  std::vector<Rule> rules;
  for (const Rule& r : page.rules) {
    if (Sane(r.box)) rules.push_back(r);
  }
  if (int(rules.size()) > options.max_rules) {
    out.notes.push_back(std::to_string(rules.size()) +
                        " ruling lines, more than the " +
                        std::to_string(options.max_rules) +
                        " read on a page: no tables read, the page's text "
                        "read as plain lines");
    rules.clear();
  }
  std::vector<Grid> grids;
  for (Grid& g : FindGrids(rules, options.grid_tolerance)) {
    int64_t cells = int64_t(g.xs.size() - 1) * int64_t(g.ys.size() - 1);
    if (cells > options.max_table_cells) {
      out.notes.push_back(
          "a ruled table of " + std::to_string(g.ys.size() - 1) + " x " +
          std::to_string(g.xs.size() - 1) + " cells, more than the " +
          std::to_string(options.max_table_cells) +
          " read as a table: read as plain lines");
      continue;
    }
    grids.push_back(std::move(g));
  }
  std::vector<std::vector<int>> in_grid(grids.size());
  std::vector<int> free_words;
  int taken = 0, dropped = 0;
  for (int i = 0; i < int(words.size()); ++i) {
    if (words[i].text.empty() || !Sane(words[i].box)) continue;
    if (taken == options.max_words) {
      ++dropped;
      continue;
    }
    ++taken;
    bool placed = false;
    for (size_t g = 0; g < grids.size() && !placed; ++g) {
      Box b = grids[g].bbox();
      const Box& w = words[i].box;
      if (w.cx() >= b.x0 && w.cx() <= b.x1 && w.cy() >= b.y0 &&
          w.cy() <= b.y1) {
        in_grid[g].push_back(i);
        placed = true;
      }
    }
    if (!placed) free_words.push_back(i);
  }
  if (dropped > 0) {
    out.notes.push_back(
        std::to_string(taken + dropped) + " text runs, more than the " +
        std::to_string(options.max_words) +
        " read on a page: " + std::to_string(dropped) + " left out");
  }
  // Tables cut the page into horizontal bands; each band is read column by
  // column, and each table where it stands between them.
  size_t next_word = 0;
  std::sort(free_words.begin(), free_words.end(), [&](int a, int b) {
    return words[a].box.cy() < words[b].box.cy();
  });
  auto emit_band = [&](double y_end) {
    std::vector<int> band;
    while (next_word < free_words.size() &&
           words[free_words[next_word]].box.cy() < y_end) {
      band.push_back(free_words[next_word++]);
    }
    for (const auto& column : SplitColumns(words, band, options)) {
      for (const auto& l : GroupLines(words, column)) {
        out.lines.push_back(BuildLine(words, l));
      }
    }
  };
  for (size_t g = 0; g < grids.size(); ++g) {
    emit_band(grids[g].ys.front());
    for (Line& row : ReadTable(words, in_grid[g], grids[g], int(g),
                               options.grid_tolerance)) {
      out.lines.push_back(std::move(row));
    }
  }
  emit_band(1e18);
  return out;
}

void FinishDocument(std::vector<PageLayout>* pages, const Options& options) {
  // Candidates: up to two body lines at the very top and bottom of a page.
  struct Candidate {
    size_t page, line;
    bool top;
  };
  std::vector<Candidate> candidates;
  std::map<std::pair<bool, std::string>, int> pages_with_key;
  for (size_t p = 0; p < pages->size(); ++p) {
    PageLayout& page = (*pages)[p];
    auto& lines = page.lines;
    std::map<std::pair<bool, std::string>, bool> seen;
    auto consider = [&](size_t l, bool top) {
      const Line& line = lines[l];
      if (line.kind != LineKind::kBody) return false;
      bool in_zone =
          top ? line.box.y1 <= options.header_zone * page.height
              : line.box.y0 >= (1 - options.footer_zone) * page.height;
      if (!in_zone) return false;
      candidates.push_back({p, l, top});
      auto key = std::make_pair(top, FurnitureKey(line.text));
      if (!seen[key]) ++pages_with_key[key];
      seen[key] = true;
      return true;
    };
    size_t top = 0;
    while (top < lines.size() && top < 2 && consider(top, true)) ++top;
    for (size_t k = 0; k < 2 && k + top < lines.size(); ++k) {
      if (!consider(lines.size() - 1 - k, false)) break;
    }
  }
  const int n = int(pages->size());
  for (const Candidate& c : candidates) {
    Line& line = (*pages)[c.page].lines[c.line];
    if (IsPageNumber(line.text)) {
      line.kind = LineKind::kPageNumber;
      continue;
    }
    int repeats = pages_with_key[{c.top, FurnitureKey(line.text)}];
    // Repeated on at least two pages, and on most pages of a long document.
    if (repeats >= 2 && (repeats >= 3 || n <= 4) && 2 * repeats >= n / 2) {
      line.kind = c.top ? LineKind::kHeader : LineKind::kFooter;
    }
  }
  // Fill: the text block is measured per page size, over all body lines of
  // the document, so a page with two short lines is not its own yardstick;
  // each page size's block is measured once.
  std::map<long, std::pair<std::vector<double>, std::vector<double>>> edges;
  for (const PageLayout& page : *pages) {
    auto& e = edges[std::lround(page.width)];
    for (const Line& line : page.lines) {
      if (line.kind != LineKind::kBody) continue;
      e.first.push_back(line.box.x0);
      e.second.push_back(line.box.x1);
    }
  }
  std::map<long, std::pair<double, double>> block;  // width -> left, right
  for (auto& [width, e] : edges) {
    block[width] = {Percentile(std::move(e.first), 0.05),
                    Percentile(std::move(e.second), 0.95)};
  }
  for (PageLayout& page : *pages) {
    auto [left, right] = block[std::lround(page.width)];
    for (Line& line : page.lines) {
      if (line.kind == LineKind::kTableRow) continue;
      line.fill =
          right - left < 1
              ? 1
              : std::clamp((line.box.x1 - left) / (right - left), 0.0, 1.0);
    }
  }
}

}  // namespace tally::layout
