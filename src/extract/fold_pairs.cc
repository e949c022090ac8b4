// Two-column tables that lost their separator: a run of lines each holding
// a name and one bare figure.
//
// Pages copied from a form often keep a block of names and values as lines
// of text:
//
//   计划生育转移支付资金合计(万元) 年度预算资金总额): 1084.25
//   其中:中央补助 668.00
//   市级资金 343.00
//   本级资金(包括结转结余) 73.25
//
// Such a line is not a sentence (no stop inside it, the figure ends it and
// carries no unit), and three of them in a row are a table of name and
// value: each becomes a row of two cells, a run a table of its own, so the
// table reader resolves the figures' unit from the block or its caption
// (units.h) as it does for any table. One line alone is left as text: a
// heading that ends in a number is common, a run of them is not.
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "extract/doc_text.h"
#include "extract/parts.h"

namespace tally::extract {
namespace {

constexpr size_t kMinRun = 3;
constexpr size_t kMaxNameChars = 40;

bool Digit(char c) { return c >= '0' && c <= '9'; }

// The line as [name, figure] cells, if it has the shape.
bool Pair(const Line& line, Cell* name, Cell* figure) {
  std::string_view t = line.text;
  size_t end = t.size();
  while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\t')) --end;
  // The figure: digits, one point, thousands commas; a leading minus.
  size_t b = end;
  bool point = false;
  while (b > 0 &&
         (Digit(t[b - 1]) || t[b - 1] == ',' || (t[b - 1] == '.' && !point))) {
    point = point || t[b - 1] == '.';
    --b;
  }
  if (b == end || !Digit(t[b]) || !Digit(t[end - 1])) return false;
  if (b > 0 && t[b - 1] == '-') --b;
  // What comes before it (the normaliser drops a space between a Han
  // character and a digit, so the two may touch).
  std::string_view head = t.substr(0, b);
  std::string_view n = TrimSpace(head);
  if (n.empty() || CodePoints(n) > kMaxNameChars) return false;
  // A name: words, with a Han character and no sentence inside it.
  bool han = false;
  size_t pos = 0;
  char32_t last = 0;
  while (pos < n.size()) {
    last = DecodeUtf8(n, &pos);
    han = han || IsHan(last);
    if (last == U'。' || last == U'；' || last == U'，' || last == U',' ||
        last == U';') {
      return false;
    }
  }
  // It ends in a word, a bracket or a colon, not in a digit or a Latin
  // letter (two figures in a row, or a code like "ABC123", are no pair).
  if (!han || !(IsHan(last) || last == U'）' || last == ')' || last == U'：' ||
                last == ':')) {
    return false;
  }
  const uint32_t nb = line.begin + uint32_t(n.data() - t.data());
  *name = {nb, nb + uint32_t(n.size()), n};
  *figure = {line.begin + uint32_t(b), line.begin + uint32_t(end),
             t.substr(b, end - b)};
  return true;
}

}  // namespace

void FoldPairLines(DocText* doc) {
  std::vector<Line>& lines = doc->lines;
  // Which table each line belongs to before renumbering: its own, or, for
  // a row made here, -2 - the index of its run's first line.
  std::vector<int> key(lines.size());
  for (size_t k = 0; k < lines.size(); ++k) key[k] = lines[k].table;
  bool changed = false;
  for (size_t i = 0; i < lines.size();) {
    std::vector<std::pair<Cell, Cell>> cells;
    size_t j = i;
    for (; j < lines.size(); ++j) {
      const Line& l = lines[j];
      Cell name, figure;
      if (l.table >= 0 || !l.cells.empty() || l.page != lines[i].page ||
          !Pair(l, &name, &figure)) {
        break;
      }
      cells.push_back({name, figure});
    }
    if (cells.size() < kMinRun) {
      i = j > i ? j : i + 1;
      continue;
    }
    for (size_t k = 0; k < cells.size(); ++k) {
      lines[i + k].cells = {cells[k].first, cells[k].second};
      key[i + k] = -2 - int(i);
    }
    changed = true;
    i = j;
  }
  if (!changed) return;
  // Tables again: a run is a table of its own; other rows keep theirs.
  std::vector<Table> tables;
  for (size_t k = 0; k < lines.size(); ++k) {
    Line& line = lines[k];
    if (key[k] == -1) {
      line.table = line.row = -1;
      continue;
    }
    if (k == 0 || key[k - 1] != key[k]) tables.emplace_back();
    line.table = int(tables.size()) - 1;
    line.row = int(tables.back().lines.size());
    tables.back().lines.push_back(int(k));
  }
  doc->tables = std::move(tables);
}

}  // namespace tally::extract
