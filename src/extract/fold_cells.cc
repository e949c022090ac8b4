// A 绩效自评表 budget block saved one cell per line, folded back into rows.
//
// Web pages copied from a form often lose the table and keep its cells, one
// per line, in reading order, sometimes each closed by a '|':
//
//   项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
//   得分 年度资金总额 | 115.2 | 115.2 | 115.2 | 10 | 100% | 10
//   其中：本年财政拨款 | 115.2 | …
//
// with every '|' a line break. The form's own structure tells the rows
// apart: the header is a run of the block's column names (at least two of
// money: 年初预算数, 全年预算数, 全年执行数, 执行率), a row opens with a name
// followed by a value, and holds values (numbers, percentages, nothing, '/')
// up to the next name that a value follows; a long text among them is the
// row's 原因 note (the header may lack a cell over the rows' names: a
// row is then one cell wider than it). Anything else ends the block. A
// header cell the page broke inside ("年初" "预算数", "全年" "执行数": a
// line break in the form's cell) is one column when its pieces key
// together into a column name and the first piece names none alone. Each row
// becomes one table line whose cells keep their own byte ranges, so every
// figure keeps its provenance. See doc_text.h.
//
// Its indicator block saved the same way is folded too: the header is a
// run of the block's column names (三级指标 and at least three of 年度指标
// 值, 实际完成值, 分值, 得分, 偏差原因, after 一级/二级指标), broken pieces
// joined as for the budget block ("年度" "指标值"). A row is its names (一级
// and 二级 only where the form printed them, the 三级指标 last) and then
// one cell per figure column in the header's order (a 二级 named without
// 指标, 经济效益, between a weighted 一级 and the 三级 is kept; a target or
// an actual may run to a clause or two); the points columns (分值, 得分)
// hold points (at most 100) and anchor the row, so a text
// target ("显著") or an empty cell does not move it. A text after a row's
// figures that is no level name is that row's note (the last row's too,
// before the 总分 row). The block ends at its 总分/合计 row or where no row
// follows. A budget block's source row whose cells were all empty left its
// name alone: the next row follows it. Its header may run on into a line
// the normaliser already made a row of cells.
//
// First, a header row of an indicator table that the page broke over
// lines, its cells going on in the next lines, is joined into one row
// (JoinBrokenHeaders), so the table readers see its columns in order.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "extract/doc_text.h"
#include "extract/parts.h"
#include "extract/units.h"

namespace tally::extract {
namespace {

// A name is a short cell; a longer text among a row's values is its note.
constexpr size_t kMaxNameChars = 24;
// A target or an actual may be a clause or two ("6月份完成宣传片制作；9月份
// 完成文本；11月完成专家评审"): the points after it place the row.
constexpr size_t kMaxFigureChars = 48;
// The first piece of a header cell broken over two lines is a word's head
// ("年初", "全年", "调整后"), never a name of its own.
constexpr size_t kMaxHeadChars = 3;
// Bounds on a block: the form has a header and a handful of source rows.
constexpr size_t kMaxHeaderWords = 12, kMaxExtraHeaderCells = 2;
constexpr size_t kMaxRows = 12;
// A 二级指标 is a short name (经济效益, 可持续影响).
constexpr size_t kMaxLevel2Chars = 8;

bool Blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool BlankCell(std::string_view t) {
  return std::all_of(t.begin(), t.end(), Blank);
}

// A cell of a body line: the line's '|'-separated stretches (a last '|'
// closes the last cell), blanks trimmed. A line may hold one cell or a few
// (the normaliser joins a long cell with the short one after it).
struct LineCell {
  size_t line;  // index into DocText::lines
  Cell cell;
};

// Cells first..last (indices into the folder's cells) read as one.
struct Span {
  size_t first, last;
};

class Folder {
 public:
  using enum IndicatorColumn;

  explicit Folder(const std::vector<Line>& lines) : lines_(lines) {
    first_.assign(lines.size() + 1, 0);
    run_.assign(lines.size(), 0);
    page_run_.assign(lines.size(), 0);
    size_t run = 0, page_run = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      first_[i] = cells_.size();
      const Line& line = lines[i];
      const bool row = line.table >= 0 || !line.cells.empty();
      if (row || i == 0 || lines[i - 1].page != line.page ||
          lines[i - 1].table >= 0 || !lines[i - 1].cells.empty()) {
        ++run;
      }
      if (i == 0 || lines[i - 1].page != line.page) ++page_run;
      run_[i] = run;
      page_run_[i] = page_run;
      if (row) {
        // A table row's cells, for an indicator block whose rows the
        // normaliser joined in part ("指标1工程完工率\t100\t100\t10\t10"
        // among rows of one cell per line).
        for (const Cell& c : line.cells) cells_.push_back({i, c});
        continue;
      }
      std::string_view t = line.text;
      uint32_t at = line.begin;
      while (true) {
        size_t bar = t.find('|');
        std::string_view piece = t.substr(0, bar);
        uint32_t begin = at;
        while (!piece.empty() && Blank(piece.front())) {
          piece.remove_prefix(1);
          ++begin;
        }
        while (!piece.empty() && Blank(piece.back())) piece.remove_suffix(1);
        if (bar == std::string_view::npos) {
          // Nothing after the last '|': it closed the cell before.
          if (!piece.empty() || t.size() == line.text.size()) {
            cells_.push_back(
                {i, {begin, begin + uint32_t(piece.size()), piece}});
          }
          break;
        }
        cells_.push_back({i, {begin, begin + uint32_t(piece.size()), piece}});
        at += uint32_t(bar + 1);
        t.remove_prefix(bar + 1);
      }
    }
    first_[lines.size()] = cells_.size();
  }

  size_t size() const { return cells_.size(); }
  const LineCell& at(size_t k) const { return cells_[k]; }
  // The index of line i's first cell (its cells run to line i+1's first).
  size_t FirstOf(size_t line) const { return first_[line]; }

  bool Value(size_t k) const {
    return k < cells_.size() && IsValueCell(cells_[k].cell.text);
  }
  bool Name(size_t k) const {
    return k < cells_.size() && !IsValueCell(cells_[k].cell.text) &&
           CodePoints(cells_[k].cell.text) <= kMaxNameChars;
  }
  bool Note(size_t k) const {
    return k < cells_.size() && !IsValueCell(cells_[k].cell.text) &&
           CodePoints(cells_[k].cell.text) > kMaxNameChars;
  }
  // Cells a and b are of one run of body lines on one page.
  bool Joined(size_t a, size_t b) const {
    return b < cells_.size() && run_[cells_[a].line] == run_[cells_[b].line];
  }
  // Cells a and b are on one page, table rows among them or not.
  bool OnePage(size_t a, size_t b) const {
    return b < cells_.size() &&
           page_run_[cells_[a].line] == page_run_[cells_[b].line];
  }
  // Whether line i is a table row already.
  bool RowLine(size_t i) const {
    return lines_[i].table >= 0 || !lines_[i].cells.empty();
  }

  // How many cells from k make one header column of a block whose column
  // names `name` tells (a nonzero kind): 1 for a column name, 2 for a name
  // broken over two cells ("全年" "预算数": the first, of at most max_head
  // characters and no value, names none alone), 0 for neither. The
  // column's kind is stored in *kind.
  template <typename Kind, typename Name>
  size_t ColumnAt(size_t k, size_t max_head, const Name& name,
                  Kind* kind) const {
    *kind = Kind();
    if (k >= cells_.size()) return 0;
    std::string_view a = cells_[k].cell.text;
    if ((*kind = name(a)) != Kind()) return 1;
    if (!Joined(k, k + 1) || CodePoints(a) > max_head || IsValueCell(a)) {
      return 0;
    }
    *kind = name(std::string(a) + std::string(cells_[k + 1].cell.text));
    return *kind != Kind() ? 2 : 0;
  }

  // A budget block's column (kind: BudgetHeaderWord).
  size_t HeaderWord(size_t k, int* word) const {
    return ColumnAt(k, kMaxHeadChars, BudgetHeaderWord, word);
  }

  // The block whose header's first column name is cell h, if one starts
  // there: its rows (the header first, as cell indices) and the cell after
  // it. `lead` is the cell before h when it is the header's first cell
  // (the rows' name column, "项目资金（万元）"), else h.
  bool At(size_t h, size_t lead, std::vector<std::vector<Span>>* rows,
          size_t* end) const {
    std::vector<Span> header;
    if (lead != h) header.push_back({lead, lead});
    size_t j = h;
    int money = 0, words = 0, w = 0;
    while (Joined(h, j) && header.size() < kMaxHeaderWords) {
      size_t n = HeaderWord(j, &w);
      if (n == 0) break;
      money += w == 2;
      ++words;
      header.push_back({j, j + n - 1});
      j += n;
    }
    if (money < 2 || words < 3) return false;
    // Names between the header's words and the first row's name ("原因")
    // are columns of the header too.
    size_t extra = 0;
    while (Name(j) && Name(j + 1) && Joined(h, j + 1) &&
           extra < kMaxExtraHeaderCells) {
      header.push_back({j, j});
      ++j;
      ++extra;
    }
    // A row is its name and a value per column; the name column's header
    // cell may be missing (no lead), or be part of the line before.
    const size_t width = header.size() + (lead == h ? 1 : 0);
    rows->clear();
    rows->push_back(header);
    while (rows->size() <= kMaxRows && Name(j) && Joined(h, j + 1)) {
      // A source row whose cells were all empty left its name alone (the
      // blank lines of its cells dropped): the next row follows it.
      if (!Value(j + 1)) {
        if (!(Name(j + 1) && Value(j + 2) && Joined(h, j + 2))) break;
        ++j;
        continue;
      }
      std::vector<Span> row = {{j, j}};
      ++j;
      bool number = false;
      while (j < cells_.size() && Joined(h, j)) {
        // More values than the header has columns: the header was not
        // read whole (it starts past the block's first column), and its
        // columns would put the values under the wrong names.
        if (row.size() == width) {
          if (Value(j)) return false;
          break;
        }
        if (Value(j)) {
          number = number || !cells_[j].cell.text.empty();
          row.push_back({j, j});
          ++j;
        } else if (Note(j)) {
          row.push_back({j, j});
          ++j;
        } else {
          break;
        }
      }
      if (!number) break;
      rows->push_back(std::move(row));
    }
    if (rows->size() < 2) return false;
    *end = rows->back().back().last + 1;
    return true;
  }

  // An indicator block's column (kind: IndicatorHeaderWord), of broken
  // heads up to four characters.
  size_t IndicatorColumnAt(size_t k, IndicatorColumn* col) const {
    return ColumnAt(k, kMaxHeadChars + 1, StreamWord, col);
  }
  // 年度 and 实际 name a column in a table row, where a wrapped header
  // cell shows its first line only; among cells one per line they are
  // the head of the next piece (年度 指标值, 实际 完成值).
  static IndicatorColumn StreamWord(std::string_view cell) {
    const IndicatorColumn col = IndicatorHeaderWord(cell);
    if (col == kNone) return kNone;
    const std::string k = Squeeze(cell);
    return k == "年度" || k == "实际" ? kNone : col;
  }

  // Points (units.h, IsPointsCell).
  bool Points(size_t k) const {
    return k < cells_.size() && IsPointsCell(cells_[k].cell.text);
  }

  // Whether the cells from j are one row's figures, one per column of
  // `figures`: points under the points columns, a cell of a clause or two
  // (or nothing) under the others.
  bool FiguresAt(size_t j, size_t h,
                 const std::vector<IndicatorColumn>& figures) const {
    for (size_t f = 0; f < figures.size(); ++f) {
      const size_t k = j + f;
      if (!OnePage(h, k)) return false;
      if (figures[f] == kWeight || figures[f] == kScore) {
        if (!Points(k)) return false;
      } else if (CodePoints(cells_[k].cell.text) > kMaxFigureChars) {
        return false;
      }
    }
    return true;
  }

  // Whether a cell holds words (a Han character or a letter), not only
  // marks ("……", "/", "—").
  static bool Words(std::string_view t) {
    for (size_t pos = 0; pos < t.size();) {
      char32_t c = DecodeUtf8(t, &pos);
      if (IsHan(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        return true;
      }
    }
    return false;
  }

  // A name that says a level of the form (产出指标（50分）, 数量指标): the
  // next row's, not the row before's note.
  static bool LevelName(std::string_view t) {
    size_t cut = t.find("（");
    if (cut == std::string_view::npos) cut = t.find('(');
    return t.substr(0, cut).ends_with("指标");
  }
  // A name that carries its weight (产出指标（50分）): a 一级指标.
  static bool Weighted(std::string_view t) {
    return LevelName(t) && (t.ends_with("分）") || t.ends_with("分)"));
  }

  // The indicator block whose header starts at cell h, if one does: its
  // rows (the header first) and the cell after it.
  bool IndicatorsAt(size_t h, std::vector<std::vector<Span>>* rows,
                    size_t* end) const {
    std::vector<Span> header;
    std::vector<IndicatorColumn> cols;
    size_t j = h;
    IndicatorColumn col = kNone;
    // The header may run on into a line the normaliser already made a
    // row of cells ("实际完成值（B）\t得分\t产出指标（40分）\t数量指标").
    while (OnePage(h, j) && header.size() < kMaxHeaderWords) {
      if (cells_[j].cell.text.empty() && !header.empty()) {
        ++j;  // a blank cell among the header's ("…措施||")
        continue;
      }
      size_t n = IndicatorColumnAt(j, &col);
      if (n == 0) break;
      if (col == kNote && !cols.empty() && cols.back() == kNote) {
        header.back().last = j + n - 1;  // "偏差原因" "改进措施": one cell
      } else {
        header.push_back({j, j + n - 1});
        cols.push_back(col);
      }
      j += n;
    }
    // It opens with a level column: a 实际完成情况 before 一级指标 is the
    // 年度总体目标 block's prose column, no figure column of this block.
    if (cols.empty() ||
        (cols[0] != kLevel1 && cols[0] != kLevel2 && cols[0] != kLevel3)) {
      return false;
    }
    auto level3 = std::find(cols.begin(), cols.end(), kLevel3);
    if (level3 == cols.end()) return false;
    std::vector<IndicatorColumn> figures;
    bool note = false;
    for (auto it = level3 + 1; it != cols.end(); ++it) {
      if (*it == kNote) {
        note = true;
      } else if (*it != kLevel1 && *it != kLevel2 && *it != kLevel3) {
        figures.push_back(*it);
      }
    }
    const bool scored =
        std::count(figures.begin(), figures.end(), kScore) +
            std::count(figures.begin(), figures.end(), kWeight) >=
        1;
    if (figures.size() + note < 3 || !scored) return false;
    rows->clear();
    rows->push_back(header);
    std::vector<size_t> names;
    while (j < cells_.size() && OnePage(h, j) && rows->size() <= kMaxRows * 4) {
      std::string_view t = cells_[j].cell.text;
      // The block's end: its total row (kept, with its figures) or a
      // text no row follows.
      if (t.starts_with("总分") || t.starts_with("合计") ||
          t.starts_with("总计")) {
        // The last row's note, right before the total row.
        if (names.size() == 1 && rows->size() > 1 && note &&
            !LevelName(cells_[names[0]].cell.text)) {
          rows->back().push_back({names[0], names[0]});
        }
        std::vector<Span> total = {{j, j}};
        for (size_t k = j + 1;
             k < j + 1 + figures.size() && Points(k) && OnePage(h, k); ++k) {
          total.push_back({k, k});
        }
        if (total.size() > 1) {
          rows->push_back(total);
          j += total.size();
        }
        break;
      }
      // The latest of overlapping candidates: names come before figures
      // ("指标1工程资金金额 43.2 37.24 10 9" starts at 43.2).
      if (!names.empty() && FiguresAt(j, h, figures) &&
          !FiguresAt(j + 1, h, figures)) {
        // A text right after the row before's figures that is no level
        // name is that row's note.
        if (names.size() >= 2 && rows->size() > 1 && note &&
            !LevelName(cells_[names[0]].cell.text)) {
          rows->back().push_back({names[0], names[0]});
          names.erase(names.begin());
        }
        // Names broken over two cells ("质量" "指标", "社会效" "益指标") are
        // one, the second a short piece (a level's whole name after a short
        // text, 良好 then 可持续影响指标, is a name of its own); the 三级指标
        // is the last name, and the names of levels before it (一级, 二级)
        // are kept; others are an empty row's leftovers ("指标2", "……").
        auto text_of = [&](const Span& sp) {
          std::string t(cells_[sp.first].cell.text);
          if (sp.last != sp.first) t += std::string(cells_[sp.last].cell.text);
          return t;
        };
        std::vector<Span> spans;
        for (size_t k : names) {
          if (!spans.empty() && spans.back().last + 1 == k &&
              spans.back().first == spans.back().last) {
            const std::string a = text_of(spans.back());
            const std::string_view b = cells_[k].cell.text;
            if (!LevelName(a) && CodePoints(a) <= kMaxHeadChars + 1 &&
                (!LevelName(b) || CodePoints(b) <= kMaxHeadChars + 1) &&
                LevelName(a + std::string(b))) {
              spans.back().last = k;
              continue;
            }
          }
          spans.push_back({k, k});
        }
        std::vector<Span> row;
        for (size_t k = 0; k + 1 < spans.size(); ++k) {
          if (LevelName(text_of(spans[k]))) row.push_back(spans[k]);
        }
        if (row.size() > 2) row.erase(row.begin(), row.end() - 2);
        // A 二级指标 the form names without 指标 (经济效益, 社会效益) sits
        // between the 一级指标 that opens the row (named with its weight)
        // and the 三级指标.
        if (row.size() == 1 && spans.size() >= 3 && Weighted(text_of(row[0]))) {
          const Span& two = spans[spans.size() - 2];
          if (two.first > row[0].last &&
              CodePoints(text_of(two)) <= kMaxLevel2Chars) {
            row.push_back(two);
          }
        }
        row.push_back(spans.back());
        for (size_t f = 0; f < figures.size(); ++f)
          row.push_back({j + f, j + f});
        rows->push_back(std::move(row));
        j += figures.size();
        names.clear();
        continue;
      }
      if (Words(t)) {
        names.push_back(j);
        if (names.size() > 6) break;  // no row in sight: the block ended
      } else if (!t.empty() && IsValueCell(t) && names.empty()) {
        break;  // figures with no name
      }
      ++j;
    }
    if (rows->size() < 3) return false;  // a header and two rows at least
    *end = rows->back().back().last + 1;
    return true;
  }

  // The table line of the cells `at`, a span of cells one cell of it.
  Line Fold(const std::vector<Span>& at) const {
    Line line;
    const Line& first = lines_[cells_[at.front().first].line];
    // The bytes in the page text from cell a's start to cell b's end, line
    // breaks between them included.
    const char* page = first.text.data() - first.begin;
    auto bytes = [&](size_t a, size_t b) {
      uint32_t begin = cells_[a].cell.begin, end = cells_[b].cell.end;
      return Cell{begin, end, std::string_view(page + begin, end - begin)};
    };
    line.page = first.page;
    for (const Span& s : at) {
      line.cells.push_back(s.first == s.last ? cells_[s.first].cell
                                             : bytes(s.first, s.last));
    }
    Cell whole = bytes(at.front().first, at.back().last);
    line.begin = whole.begin;
    line.end = whole.end;
    line.text = whole.text;
    return line;
  }

 private:
  const std::vector<Line>& lines_;
  std::vector<LineCell> cells_;
  std::vector<size_t> first_;     // per line, its first cell
  std::vector<size_t> run_;       // per line, its run of body lines on a page
  std::vector<size_t> page_run_;  // per line, its page's run of lines
};

// A header row of an indicator block that the page broke over lines, its
// cells going on in the next ("一级指标 | 二级指标 | 三级指标 | 年度 指标值
// |" / "实际 完成值 |" / "分值 | 得分 | 偏差原因分析及改进措施 |"), joined
// into one row: a row naming a level column (一级, 二级 or 三级指标) takes
// in the rows after it on its page whose cells all name indicator columns
// it has not named, when the row so joined names the 三级指标. A
// header wrapped inside its cells ("年度 | 实际" over "指标值 | 完成值")
// names the same columns twice and is left to the table readers.
bool JoinBrokenHeaders(std::vector<Line>* lines) {
  auto columns = [](const Line& line, std::vector<IndicatorColumn>* named) {
    bool any = false;
    for (const Cell& c : line.cells) {
      if (BlankCell(c.text)) continue;
      IndicatorColumn col = IndicatorHeaderWord(c.text);
      if (col == IndicatorColumn::kNone ||
          std::find(named->begin(), named->end(), col) != named->end()) {
        return false;
      }
      named->push_back(col);
      any = true;
    }
    return any;
  };
  // Each header joined: its row and the index past its last part. The
  // lines are copied only when one is found (most documents have none).
  struct Join {
    size_t at, end;
    Line line;
  };
  std::vector<Join> joins;
  for (size_t i = 0; i < lines->size(); ++i) {
    const Line& first = (*lines)[i];
    if (first.table < 0) continue;
    std::vector<IndicatorColumn> named;
    for (const Cell& c : first.cells) {
      named.push_back(IndicatorHeaderWord(c.text));
    }
    auto names = [&](IndicatorColumn c) {
      return std::find(named.begin(), named.end(), c) != named.end();
    };
    if (!(names(IndicatorColumn::kLevel1) || names(IndicatorColumn::kLevel2) ||
          names(IndicatorColumn::kLevel3))) {
      continue;
    }
    Line line = first;
    size_t j = i + 1;
    while (j < lines->size()) {
      const Line& next = (*lines)[j];
      std::vector<IndicatorColumn> more = named;
      if (next.table != line.table || next.page != line.page ||
          !columns(next, &more)) {
        break;
      }
      named = std::move(more);
      while (!line.cells.empty() && BlankCell(line.cells.back().text)) {
        line.cells.pop_back();
      }
      for (Cell c : next.cells) {
        if (BlankCell(c.text)) continue;
        // A cell alone on its line may keep the '|' that closed it.
        while (!c.text.empty() &&
               (c.text.back() == '|' || Blank(c.text.back()))) {
          c.text.remove_suffix(1);
          --c.end;
        }
        line.cells.push_back(c);
      }
      // The row's text runs on over the line breaks to the last part.
      line.text = std::string_view(
          line.text.data(),
          next.text.data() + next.text.size() - line.text.data());
      line.end = next.end;
      ++j;
    }
    // A header at last: the rows joined name the 三级指标.
    if (j > i + 1 && names(IndicatorColumn::kLevel3)) {
      joins.push_back({i, j, std::move(line)});
      i = j - 1;
    }
  }
  if (joins.empty()) return false;
  std::vector<Line> out;
  size_t i = 0;
  for (Join& join : joins) {
    out.insert(out.end(), lines->begin() + i, lines->begin() + join.at);
    out.push_back(std::move(join.line));
    i = join.end;
  }
  out.insert(out.end(), lines->begin() + i, lines->end());
  *lines = std::move(out);
  return true;
}

}  // namespace

void FoldCellColumns(DocText* doc) {
  const bool joined = JoinBrokenHeaders(&doc->lines);
  Folder folder(doc->lines);
  std::vector<Line> out;
  std::vector<bool> starts;  // out[k] opens a table of its own
  std::vector<bool> from;    // out[k] is a folded row
  bool folded = false;
  const size_t n = doc->lines.size();
  for (size_t i = 0; i < n;) {
    // A block starts at a line's first cell (the header's first word, or
    // the name column's cell before it on the line before) and ends at a
    // line's end, so no line is split between the block and the text.
    // Table rows are read as tables (tables.cc); only an indicator block
    // begun in cells of lines takes them in.
    if (folder.RowLine(i)) {
      out.push_back(doc->lines[i]);
      starts.push_back(false);
      from.push_back(false);
      ++i;
      continue;
    }
    const size_t c = folder.FirstOf(i), c_end = folder.FirstOf(i + 1);
    std::vector<std::vector<Span>> rows;
    size_t end = 0;
    bool done = false;
    // An indicator block's header opens its line.
    if (c < c_end && folder.IndicatorsAt(c, &rows, &end)) {
      while (!rows.empty() && end < folder.size() &&
             folder.at(end).line == folder.at(end - 1).line) {
        end = rows.back().front().first;
        rows.pop_back();
      }
      if (rows.size() >= 3) {
        for (size_t r = 0; r < rows.size(); ++r) {
          out.push_back(folder.Fold(rows[r]));
          starts.push_back(r == 0);
          from.push_back(true);
        }
        folded = true;
        i = folder.at(end - 1).line + 1;
        continue;
      }
    }
    for (size_t h = c; h < c_end && !done; ++h) {
      int word = 0;
      if (folder.HeaderWord(h, &word) == 0) continue;
      // The name column's cell: the one before h, on this line or, when h
      // opens it, ending the line before (which must hold just it).
      size_t lead = h;
      bool lead_line = false;
      if (h > c && folder.Name(h - 1)) {
        lead = h - 1;
      } else if (h == c && i > 0 && !out.empty() && !from.back() &&
                 folder.FirstOf(i - 1) + 1 == c && folder.Name(c - 1) &&
                 folder.Joined(c - 1, h)) {
        lead = c - 1;
        lead_line = true;
      }
      if (lead != c && !lead_line) continue;  // a line starts mid-header
      if (!folder.At(h, lead, &rows, &end)) continue;
      // End at a line's end: drop the rows of a line the block leaves.
      while (!rows.empty() && end < folder.size() &&
             folder.at(end).line == folder.at(end - 1).line) {
        end = rows.back().front().first;
        rows.pop_back();
      }
      if (rows.size() < 2) continue;
      if (lead_line) {
        out.pop_back();
        starts.pop_back();
        from.pop_back();
      }
      for (size_t r = 0; r < rows.size(); ++r) {
        out.push_back(folder.Fold(rows[r]));
        starts.push_back(r == 0);
        from.push_back(true);
      }
      folded = true;
      done = true;
      i = folder.at(end - 1).line + 1;
    }
    if (done) continue;
    out.push_back(doc->lines[i]);
    starts.push_back(false);
    from.push_back(false);
    ++i;
  }
  if (!folded && !joined) return;
  doc->lines = std::move(out);
  doc->tables.clear();
  for (size_t k = 0; k < doc->lines.size(); ++k) {
    Line& line = doc->lines[k];
    const bool row = line.table >= 0 || !line.cells.empty();
    if (!row) {
      line.table = line.row = -1;
      continue;
    }
    // A table continues while rows follow each other (doc_text.h); a
    // folded block starts a table of its own, and rows the normaliser
    // already joined right after it ("其中：财政资金\t238.93\t…") go on in
    // it, under its header.
    if (starts[k] || k == 0 || doc->lines[k - 1].table < 0 ||
        (!from[k - 1] && from[k])) {
      doc->tables.emplace_back();
    }
    line.table = int(doc->tables.size()) - 1;
    line.row = int(doc->tables.back().lines.size());
    doc->tables.back().lines.push_back(int(k));
  }
}

}  // namespace tally::extract
