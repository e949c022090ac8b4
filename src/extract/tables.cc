// The rows of a 绩效自评表: its indicator block (一级指标 / 二级指标 /
// 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因) and its budget
// block (项目资金（万元） / 年初预算数 / 全年预算数 / 全年执行数 / 分值 /
// 执行率 / 得分).
//
// Both blocks are found by their header row, whose cells are matched with
// whitespace removed (a header broken inside its cell reads "年度 指标值"),
// in any order; the rows below are read by column position. Cells are
// text as printed, trimmed; 分值 and 得分 are exact decimals ("10分" ->
// "10"), empty when the cell holds no number.
//
// Indicator block: every row after the header is an indicator row until the
// table ends or a 总分/合计 row (skipped) closes it. Merged cells keep their
// text in the top-left cell only, so 一级指标 and 二级指标 are filled down
// from the last non-empty value (a new 一级指标 starts its 二级指标 afresh);
// a row without a 三级指标 is no indicator. A header repeated on the next
// page re-maps the columns; a table the layout stage split at a page break
// (a running page header between its parts) continues on the later page.
//
// Budget block: the rows after its header until the 年度总体目标 row (or an
// indicator header, or the table's end). The item label (年度资金总额,
// 其中：当年财政拨款, ...) is the row's first cell that is not a number.
// Every other cell maps to the header cell at the same column index. That
// is the only mapping that needs no guess, and it also fits rows whose
// item column has a header of its own: seed 002's header reads
// "项目资金（万元）|年初预算数|全年预算数|全年执行数||分值|执行率|得分" while
// its rows read "|年度资金总额|194.19|194.19||10分|100%|10" -- the label
// sits under 年初预算数, so 年初预算数 stays empty and 194.19 is 全年预算数
// and 全年执行数, as the report's prose says (全年执行数 194.19万元,
// 执行率 100%).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.h"
#include "base/utf8.h"
#include "extract/parts.h"
#include "extract/units.h"

namespace tally::extract {
namespace {

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v' || c == 0x3000 || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

// The cell without any whitespace, for matching header words; full-width
// brackets made ASCII so "（万元）" and "(万元)" read alike.
//
// Every cell of every line passes through here (FoldCellColumns asks each
// whether it is a header word), so the key is built from runs of the
// text's own bytes, not a character at a time: a valid character encodes
// back to the bytes it was decoded from, and only spaces, brackets and
// invalid bytes (U+FFFD, as AppendUtf8 writes it) break a run.
std::string Key(std::string_view text) {
  std::string out;
  size_t pos = 0, run = 0;
  auto flush = [&](size_t end) { out.append(text, run, end - run); };
  while (pos < text.size()) {
    const uint8_t b = uint8_t(text[pos]);
    if (b < 0x80 && !IsSpace(char32_t(b))) {
      ++pos;  // ASCII other than a space: part of the run
      continue;
    }
    // Three bytes led by E4..E9 (U+4000..U+9FFF: the Han ideographs) are a
    // valid character, and none of the ones Key changes.
    if (b >= 0xE4 && b <= 0xE9 && pos + 2 < text.size() &&
        (uint8_t(text[pos + 1]) & 0xC0) == 0x80 &&
        (uint8_t(text[pos + 2]) & 0xC0) == 0x80) {
      pos += 3;
      continue;
    }
    const size_t start = pos;
    char32_t c = DecodeUtf8(text, &pos);
    const bool invalid = c == 0xFFFD && pos - start != 3;
    if (!IsSpace(c) && c != U'（' && c != U'）' && !invalid) continue;
    flush(start);
    run = pos;
    if (c == U'（') out.push_back('(');
    if (c == U'）') out.push_back(')');
    if (invalid) AppendUtf8(c, &out);
  }
  flush(pos);
  return out;
}

// Whether Key(text) is empty: the text is all spaces.
bool BlankKey(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (!IsSpace(DecodeUtf8(text, &pos))) return false;
  }
  return true;
}

// The cell as printed, whitespace trimmed at both ends, and removed where
// it stands next to a non-ASCII character (a line break inside a merged
// cell leaves "产出指标 (50分)"; spaces between Latin words stay).
std::string Printed(std::string_view text) {
  std::u32string s;
  size_t pos = 0;
  while (pos < text.size()) s.push_back(DecodeUtf8(text, &pos));
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (!IsSpace(s[i])) {
      AppendUtf8(s[i++], &out);
      continue;
    }
    size_t j = i;
    while (j < s.size() && IsSpace(s[j])) ++j;
    bool keep = i > 0 && j < s.size() && s[i - 1] < 0x80 && s[j] < 0x80;
    if (keep) out.push_back(' ');
    i = j;
  }
  return out;
}

bool Has(std::string_view key, std::string_view word) {
  return key.find(word) != std::string::npos;
}

// A score or weight as an exact decimal: "10分" -> "10", "5.0" -> "5.0";
// empty for anything else ("", "/", "—", "优").
std::string ScoreValue(std::string_view text) {
  std::string key = Key(text);
  static constexpr std::string_view kFen = "分";
  if (key.size() >= kFen.size() &&
      key.compare(key.size() - kFen.size(), kFen.size(), kFen) == 0) {
    key.resize(key.size() - kFen.size());
  }
  std::optional<Decimal> d = Decimal::Parse(key);
  return d ? d->ToString() : std::string();
}

// Cells that hold a number (an amount, a rate, a score) or a dash for
// none, as opposed to a label.
bool IsNumberCell(std::string_view text) {
  std::string key = Key(text);
  if (key == "-" || key == "—" || key == "/" || key == "无") return true;
  for (std::string_view unit : {"%", "分", "万元", "元"}) {
    if (key.size() >= unit.size() &&
        key.compare(key.size() - unit.size(), unit.size(), unit) == 0) {
      key.resize(key.size() - unit.size());
      break;
    }
  }
  return Decimal::Parse(key).has_value();
}

// The first non-empty cell of a row, as a key.
std::string FirstKey(const Line& row) {
  for (const Cell& c : row.cells) {
    std::string k = Key(c.text);
    if (!k.empty()) return k;
  }
  return std::string();
}

// Column indices of the indicator block, -1 when absent.
struct IndicatorColumns {
  int level1 = -1, level2 = -1, level3 = -1, target = -1, actual = -1,
      weight = -1, score = -1, note = -1, target_op = -1, target_unit = -1,
      rate = -1;
  std::vector<std::string> header;  // the header cells, keys (AlignRow)
};

// The row as an indicator header: it must name the column every indicator
// row fills (三级指标; 二级指标 in a form of two levels) and two more of the
// known columns, so a body table mentioning one of the words is not taken
// for one.
std::optional<IndicatorColumns> IndicatorHeader(const Line& row) {
  IndicatorColumns c;
  int found = 0;
  // The fields in IndicatorColumn's order.
  static constexpr int IndicatorColumns::*kFields[] = {
      nullptr,
      &IndicatorColumns::level1,
      &IndicatorColumns::level2,
      &IndicatorColumns::level3,
      &IndicatorColumns::target,
      &IndicatorColumns::actual,
      &IndicatorColumns::weight,
      &IndicatorColumns::score,
      &IndicatorColumns::note,
      &IndicatorColumns::target_op,
      &IndicatorColumns::target_unit,
      &IndicatorColumns::rate};
  for (size_t i = 0; i < row.cells.size(); ++i) {
    int IndicatorColumns::*field =
        kFields[size_t(IndicatorHeaderWord(row.cells[i].text))];
    // The first cell naming a column wins.
    if (field == nullptr || c.*field >= 0) continue;
    c.*field = int(i);
    ++found;
  }
  // A form of two levels (一级指标 | 二级指标 | 分值 | … | 得分, its 二级
  // cells reading "数量指标：培训人次") names each indicator in its deepest
  // level: that column is the one every row fills. Its points say it is a
  // form and not a body table naming two levels.
  if (c.level3 < 0 && c.level2 >= 0 && (c.weight >= 0 || c.score >= 0)) {
    c.level3 = c.level2;
    c.level2 = -1;
  }
  if (c.level3 < 0 || found < 3) return std::nullopt;
  for (const Cell& cell : row.cells) c.header.push_back(Key(cell.text));
  return c;
}

struct BudgetColumns {
  // Per header column, which field it is.
  enum Field {
    kNone,
    kInitial,
    kFull,
    kExecuted,
    kWeight,
    kRate,
    kScore,
    kBalance
  };
  std::vector<Field> fields;
  std::string unit;
  std::vector<std::string> header;  // the header cells, keys (AlignRow)
  int line = -1;                    // the header's line
  // A cell that gives the block's weight ("预算执行情况（20分）", or
  // "（20分）" in a cell of its own): the weight of a row without a 分值.
  int weight_col = -1;
  RowAligner aligner;  // the block's rows against its header
};

// Whether a header key ends in a weight in brackets: "...(20分)".
bool EndsInWeight(std::string_view k) {
  if (!k.ends_with("分)")) return false;
  size_t open = k.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view n = k.substr(open + 1, k.size() - open - 1 - 4);
  return !n.empty() && std::all_of(n.begin(), n.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.';
  });
}

// Whether a score column's header key states its formula with the block's
// weight in it: "得分(10分×执行率)", "得分(20分*执行率)".
bool ScoreFormulaWeight(std::string_view k) {
  const size_t open = k.find('(');
  if (open == std::string_view::npos) return false;
  size_t d = open + 1;
  while (d < k.size() && ((k[d] >= '0' && k[d] <= '9') || k[d] == '.')) ++d;
  return d > open + 1 && k.substr(d).starts_with("分") &&
         (k.find("执行率") != std::string_view::npos ||
          k.find("完成率") != std::string_view::npos);
}

// Whether a key names a level of the indicator block: it ends in 指标,
// before a weight in brackets ("产出指标(50分)", "质量指标").
bool LevelNameKey(std::string_view k) {
  if (EndsInWeight(k)) k = k.substr(0, k.rfind('('));
  return k.ends_with("指标") && k != "一级指标" && k != "二级指标" &&
         k != "三级指标" && k != "绩效指标";
}

BudgetColumns::Field BudgetField(const std::string& key) {
  // What the column holds is named before its note, which may say how it
  // is figured ("得分（20分*执行率）" holds points, not a rate).
  const std::string_view k = WithoutTrailingNote(key);
  if (Has(k, "年初预算")) return BudgetColumns::kInitial;
  // A form without 年初/全年 columns names its one budget 预算数 ("预算数
  // （A） | 执行数（B） | 执行率（B/A）"): the year's budget.
  if (Has(k, "全年预算") || Has(k, "调整后预算") || k == "预算数") {
    return BudgetColumns::kFull;
  }
  if (Has(k, "执行率")) return BudgetColumns::kRate;
  if (Has(k, "执行数") || Has(k, "实际支出") || Has(k, "实际执行")) {
    return BudgetColumns::kExecuted;
  }
  if (Has(k, "分值") || Has(k, "权重")) return BudgetColumns::kWeight;
  if (IsScoreHeader(k)) return BudgetColumns::kScore;
  // What is left at the year's end (年末结余, 结转下年), not what was
  // carried in (年初结转和结余): a column of a block, never its sign.
  if (Has(k, "年末结余") || Has(k, "年末结转") || Has(k, "结转下年") ||
      k == "结余" || k == "结余资金") {
    return BudgetColumns::kBalance;
  }
  return BudgetColumns::kNone;
}

bool IsMoneyField(BudgetColumns::Field f) {
  return f == BudgetColumns::kInitial || f == BudgetColumns::kFull ||
         f == BudgetColumns::kExecuted || f == BudgetColumns::kRate;
}

std::optional<BudgetColumns> BudgetHeader(const Line& row) {
  BudgetColumns b;
  int money = 0, figures = 0;
  for (const Cell& cell : row.cells) {
    // A row of figures is a row of the table, whatever names its cells
    // repeat (an indicator table's 预算执行率 | — | 预算执行率 | 100% | …).
    if (IsNumberCell(cell.text) && ++figures >= 2) return std::nullopt;
    std::string k = Key(cell.text);
    BudgetColumns::Field f = BudgetField(k);
    if (IsMoneyField(f)) ++money;
    if (f == BudgetColumns::kNone && b.weight_col < 0 && EndsInWeight(k)) {
      b.weight_col = int(b.header.size());
    }
    // A score column that says how it is figured names the block's weight
    // in it (得分（10分×执行率）, 得分(20分*执行率)).
    if (f == BudgetColumns::kScore && b.weight_col < 0 &&
        ScoreFormulaWeight(k)) {
      b.weight_col = int(b.header.size());
    }
    b.header.push_back(k);
    b.fields.push_back(f);
  }
  if (money < 2) return std::nullopt;
  return b;
}

// The rows of the budget block are its sources; a row of the form's next
// block ends it: its goals, or its indicators (绩效指标, 产出指标（50分）,
// 数量指标), even where the page ran the two blocks into one table. (A
// source may be named 指标 itself, a quota of money: 上级指标.)
bool StopsBudget(const std::string& first) {
  for (std::string_view next :
       {"年度总体目标", "总体目标", "年度目标", "绩效目标", "绩效指标",
        "一级指标", "二级指标", "产出指标", "效益指标", "效果指标",
        "满意度指标", "成本指标", "数量指标", "质量指标", "时效指标"}) {
    if (first.starts_with(next)) return true;
  }
  return false;
}

bool EndsIndicators(const std::string& first) {
  return first.starts_with("总分") || first.starts_with("合计") ||
         first.starts_with("总计");
}

std::string CellAt(const Line& row, int col) {
  if (col < 0 || size_t(col) >= row.cells.size()) return std::string();
  return Printed(row.cells[size_t(col)].text);
}

class TableReader {
 public:
  TableReader(const DocText& doc, Extracted* out, TableIndex* index)
      : doc_(doc), out_(out), index_(index) {}

  void Read(int t) {
    const Table& table = doc_.tables[size_t(t)];
    // A table continued on a later page (with its header repeated, or
    // with rows wide enough to hold a 三级指标) keeps the open indicator
    // block and its filled-down levels; anything else starts afresh.
    bool continued = false;
    if (columns_ && !table.lines.empty()) {
      const Line& first = doc_.lines[size_t(table.lines[0])];
      continued = first.page > last_page_ && !BudgetHeader(first) &&
                  (IndicatorHeader(first) ||
                   first.cells.size() > size_t(columns_->level3));
    }
    if (!continued) {
      columns_.reset();
      level1_.clear();
      level2_.clear();
    }
    budget_.reset();
    for (size_t r = 0; r < table.lines.size(); ++r) {
      int index = table.lines[r];
      const Line& row = doc_.lines[size_t(index)];
      last_page_ = row.page;
      if (auto header = IndicatorHeader(row)) {
        if (!columns_) {
          ++block_;
          if (index_) index_->indicator_headers.push_back({block_, index});
        }
        columns_ = header;
        budget_.reset();
        continue;
      }
      if (auto header = BudgetHeader(row)) {
        ++block_;
        budget_ = header;
        budget_->unit = BudgetUnit(row, table);
        budget_->line = index;
        columns_.reset();
        continue;
      }
      std::string first = FirstKey(row);
      if (budget_) {
        if (StopsBudget(first)) {
          budget_.reset();
        } else {
          ReadBudgetRow(row, index);
        }
        continue;
      }
      if (columns_) {
        if (EndsIndicators(first)) {
          if (index_) {
            const int shift = AlignRow(columns_->header, Texts(row));
            auto col = [&](int c) { return c < 0 ? -1 : c - shift; };
            index_->totals.push_back(
                {block_, index, col(columns_->weight), col(columns_->score)});
          }
          columns_.reset();
        } else {
          ReadIndicatorRow(row, index);
        }
      }
    }
  }

 private:
  // The block's unit: from its header cells ("项目资金（万元）"), else
  // from the table's title lines just above it.
  std::string BudgetUnit(const Line& header, const Table& table) {
    for (const Cell& c : header.cells) {
      std::string u = ExplicitMoneyUnit(c.text);
      if (!u.empty()) return u;
    }
    int first = table.lines.empty() ? 0 : table.lines[0];
    for (int i = first - 1; i >= 0 && i >= first - 3; --i) {
      std::string u = ExplicitMoneyUnit(doc_.lines[size_t(i)].text);
      if (!u.empty()) return u;
    }
    return std::string();
  }

  const Page* PageOf(const Line& row) const {
    if (!doc_.pages || row.page < 0 || size_t(row.page) >= doc_.pages->size()) {
      return nullptr;
    }
    return &(*doc_.pages)[size_t(row.page)];
  }

  // The row's cells as AlignRow reads them.
  static std::vector<std::string_view> Texts(const Line& row) {
    std::vector<std::string_view> t;
    for (const Cell& cell : row.cells) t.push_back(cell.text);
    return t;
  }

  // The 一级指标 open now gets its weight from the line after its name
  // (产出指标, then （50分） at `line`, column `col`): the rows read under
  // it so far are renamed and weighed with it too.
  void WeighLevel1(const std::string& weight, int line, int col) {
    const std::string named = level1_ + weight;
    for (size_t k = out_->indicators.size(); k-- > 0;) {
      if (out_->indicators[k].level1 != level1_) break;
      out_->indicators[k].level1 = named;
    }
    if (index_) {
      for (size_t k = index_->indicators.size(); k-- > 0;) {
        IndicatorCells& c = index_->indicators[k];
        if (c.block != block_ || c.level1_line != level1_line_) break;
        c.level1_line = line;
        c.level1_col = col;
      }
    }
    level1_ = named;
    level1_line_ = line;
    level1_col_ = col;
  }

  void ReadIndicatorRow(const Line& row, int line) {
    // A row that is a level's name alone ("产出指标（50分）", "质量指标": the
    // form's merged cell printed on a line of its own) opens that level: a
    // name that carries its weight is a 一级指标, one without a 二级指标.
    int only = -1;
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (BlankKey(row.cells[i].text)) continue;
      only = only < 0 ? int(i) : -2;
    }
    if (only >= 0) {
      // (A cell alone on its line may keep the '|' that closed it.)
      std::string_view text = row.cells[size_t(only)].text;
      while (text.ends_with("|")) text.remove_suffix(1);
      const std::string key = Key(text);
      const std::string name = Printed(text);
      if (LevelNameKey(key)) {
        if (EndsInWeight(key)) {
          level1_ = name;
          level2_.clear();
          level1_line_ = line;
          level1_col_ = only;
        } else {
          level2_ = name;
        }
        return;
      }
    }
    // Header columns as this row's cells (AlignRow: merged leading cells
    // printed once, a dropped empty cell).
    IndicatorColumns c = *columns_;
    const int shift = AlignRow(c.header, Texts(row));
    for (int* col :
         {&c.level1, &c.level2, &c.level3, &c.target, &c.actual, &c.weight,
          &c.score, &c.note, &c.target_op, &c.target_unit, &c.rate}) {
      if (*col >= 0) *col -= shift;
    }
    // A level is a name: a figure under its column ("3亩" of a 其中 detail
    // row that has no points to place it by) is none.
    auto level = [&](int col) {
      std::string v = CellAt(row, col);
      return !v.empty() && (IsNumberCell(v) || (v[0] >= '0' && v[0] <= '9'))
                 ? std::string()
                 : v;
    };
    std::string l1 = level(c.level1), l2 = level(c.level2);
    IndicatorRow ir;
    ir.level3 = CellAt(row, c.level3);
    // The form's budget row in the indicator block ("预算执行率 | | | 100%
    // | 96.2% | 10 | 9.62"): its level cells merged into the first, it is
    // an indicator of its own, named there, when it has points.
    if (ir.level3.empty() && Squeeze(l1).ends_with("执行率") &&
        !(ScoreValue(CellAt(row, c.weight)).empty() &&
          ScoreValue(CellAt(row, c.score)).empty())) {
      ir.level3 = l1;
    }
    // A row naming no indicator is the rest of cells the page wrapped
    // ("率", "成本" under the indicators they end; "（50分）" under the
    // 一级指标 it weighs): it opens no level, and a bracketed weight alone
    // completes the 一级指标 above it (产出指标, then （50分）).
    if (ir.level3.empty()) {
      for (size_t k = 0; k < row.cells.size(); ++k) {
        const Cell& cell = row.cells[k];
        if (BlankKey(cell.text)) continue;
        const std::string key = Key(cell.text);
        if (key.starts_with("(") && EndsInWeight(key) && !level1_.empty() &&
            !EndsInWeight(Key(level1_))) {
          WeighLevel1(Printed(cell.text), line, int(k));
        }
        break;
      }
      return;
    }
    // The form's budget row named in a cell of its own, its name perhaps
    // cut where it wrapped (预算执行, then 率), is no indicator of the
    // level above it: it stands as a level of its own. (Under a level so
    // named already, "预算执行 | 小计 | 25", it is that level's indicator.)
    const std::string own = Squeeze(ir.level3);
    auto budget_level = [](const std::string& n) {
      return n.starts_with("预算执行") || n.starts_with("资金执行");
    };
    if (l1.empty() && l2.empty() && budget_level(own) &&
        !budget_level(Squeeze(level1_))) {
      l1 = ir.level3;
      c.level1 = -1;
    }
    if (!l1.empty() && l1 != level1_) {
      level1_ = l1;
      level2_.clear();
      level1_line_ = line;
      level1_col_ = c.level1;
    }
    if (!l2.empty()) level2_ = l2;
    ir.level1 = level1_;
    ir.level2 = level2_;
    ir.target = CellAt(row, c.target);
    // A target split in three ("≤ | 30 | 万元") is read whole: "≤30万元"
    // (an operator "=" says no more than the figure does).
    if (!ir.target.empty() && (c.target_op >= 0 || c.target_unit >= 0)) {
      ir.target = TargetBound(CellAt(row, c.target_op)) + ir.target +
                  Squeeze(CellAt(row, c.target_unit));
    }
    ir.actual = CellAt(row, c.actual);
    ir.weight = ScoreValue(CellAt(row, c.weight));
    ir.score = ScoreValue(CellAt(row, c.score));
    ir.note = CellAt(row, c.note);
    if (const Page* page = PageOf(row)) {
      ir.page_no = page->page_no;
      ir.source = page->source;
      ir.box = BoxOf(doc_, row.page, row.begin, row.end);
    }
    if (index_) {
      index_->indicators.push_back(
          {block_, line, out_->indicators.size(), level1_line_, level1_col_,
           c.target, c.actual, c.weight, c.score, c.note, c.rate});
    }
    out_->indicators.push_back(std::move(ir));
  }

  void ReadBudgetRow(const Line& row, int line) {
    int item = -1;
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (!Key(row.cells[i].text).empty() && !IsNumberCell(row.cells[i].text)) {
        item = int(i);
        break;
      }
    }
    // A row of figures alone is the block's row only under a header with
    // no column for a row's name (全年预算数 | 全年执行数 | 分值 | 执行率 |
    // 得分: an excerpt of the form's 年度资金总额 row).
    if (item < 0) {
      const size_t figures =
          std::count_if(row.cells.begin(), row.cells.end(),
                        [](const Cell& c) { return IsNumberCell(c.text); });
      if (figures < 2 || budget_->fields.empty() ||
          budget_->fields[0] == BudgetColumns::kNone) {
        return;
      }
    }
    BudgetRow b;
    if (item >= 0) b.item = Printed(row.cells[size_t(item)].text);
    b.unit = budget_->unit;
    BudgetCells cells;
    cells.block = block_;
    cells.line = line;
    cells.row = out_->budgets.size();
    cells.item = item;
    const std::vector<BudgetColumns::Field>& fields = budget_->fields;
    // Header column = row column + shift (AlignRow, PlaceCells).
    const int shift = budget_->aligner.Align(budget_->header, Texts(row));
    const std::vector<int> at = PlaceCells(budget_->header, Texts(row), shift);
    auto field = [&](size_t i) {
      const int h = at[i];
      return h >= 0 && size_t(h) < fields.size() ? fields[size_t(h)]
                                                 : BudgetColumns::kNone;
    };
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (int(i) == item) continue;
      std::string v = Printed(row.cells[i].text);
      switch (field(i)) {
        case BudgetColumns::kInitial:
          b.initial = v;
          cells.initial = int(i);
          break;
        case BudgetColumns::kFull:
          b.full = v;
          cells.full = int(i);
          break;
        case BudgetColumns::kExecuted:
          b.executed = v;
          cells.executed = int(i);
          break;
        case BudgetColumns::kWeight:
          b.weight = ScoreValue(v);
          cells.weight = int(i);
          break;
        case BudgetColumns::kRate:
          b.rate = v;
          cells.rate = int(i);
          break;
        case BudgetColumns::kScore:
          b.score = ScoreValue(v);
          cells.score = int(i);
          break;
        case BudgetColumns::kBalance:
          cells.balance = int(i);
          break;
        case BudgetColumns::kNone:
          break;
      }
    }
    if (cells.weight < 0 && budget_->weight_col >= 0) {
      cells.header_line = budget_->line;
      cells.header_weight = budget_->weight_col;
    }
    if (const Page* page = PageOf(row)) {
      b.page_no = page->page_no;
      b.source = page->source;
      b.box = BoxOf(doc_, row.page, row.begin, row.end);
    }
    // A percentage anywhere but under 执行率 means the row's cells moved
    // against the header (an empty cell lost when the table was saved).
    for (size_t i = 0; i < row.cells.size(); ++i) {
      const bool pct = Key(row.cells[i].text).find('%') != std::string::npos;
      const BudgetColumns::Field f = field(i);
      if (pct && f != BudgetColumns::kRate && f != BudgetColumns::kNone) {
        cells.misaligned = true;
      }
    }
    if (index_) index_->budgets.push_back(cells);
    out_->budgets.push_back(std::move(b));
  }

  const DocText& doc_;
  Extracted* out_;
  TableIndex* index_;
  int block_ = 0;         // numbers the blocks, for TableIndex
  int level1_line_ = -1;  // where level1_ was printed
  int level1_col_ = -1;
  std::optional<IndicatorColumns> columns_;  // an open indicator block
  std::optional<BudgetColumns> budget_;      // an open budget block
  std::string level1_, level2_;              // filled down
  int last_page_ = -1;
};

}  // namespace

// A column's name is a few words with at most a short note ("全年预算数
// （A）", "得分（20分*执行率）"); a cell of more bytes than 40 characters
// take is a line of text and names no column. Every line passes through
// the two tests below, so the long ones are told by their length alone.
constexpr size_t kMaxHeaderBytes = 120;

int BudgetHeaderWord(std::string_view cell) {
  if (cell.size() > kMaxHeaderBytes) return 0;
  BudgetColumns::Field f = BudgetField(Key(cell));
  if (f == BudgetColumns::kNone || f == BudgetColumns::kBalance) return 0;
  return IsMoneyField(f) ? 2 : 1;
}

IndicatorColumn IndicatorHeaderWord(std::string_view cell) {
  if (cell.size() > kMaxHeaderBytes) return IndicatorColumn::kNone;
  // Nor is a sentence, short as it may be: a caption that names a column
  // on its way ("主要绩效指标完成情况如下表（仅列示部分三级指标）：") ends
  // with a colon or a stop, or holds a comma.
  const std::string_view trimmed = TrimSpace(cell);
  if (trimmed.ends_with("：") || trimmed.ends_with(":") ||
      trimmed.ends_with("。") || trimmed.find("，") != std::string_view::npos) {
    return IndicatorColumn::kNone;
  }
  const std::string k = Key(cell);
  if (k.empty()) return IndicatorColumn::kNone;
  if (Has(k, "一级指标")) return IndicatorColumn::kLevel1;
  if (Has(k, "二级指标")) return IndicatorColumn::kLevel2;
  if (Has(k, "三级指标") || k == "指标名称") return IndicatorColumn::kLevel3;
  // The actual before the target: 实际完成指标值 names both words. "实际"
  // alone is 实际完成值 wrapped in its cell ("实际 / 完成值").
  if (Has(k, "实际值") || Has(k, "实际完成") || k == "实际" || k == "完成值") {
    return IndicatorColumn::kActual;
  }
  if (const std::string_view head = WithoutTrailingNote(k);
      head.ends_with("完成率") || head.ends_with("完成比例")) {
    return IndicatorColumn::kRate;
  }
  if (k == "指标性质") return IndicatorColumn::kTargetOp;
  if (k == "度量单位" || k == "计量单位") return IndicatorColumn::kTargetUnit;
  if (Has(k, "指标值") || Has(k, "目标值") || k == "年度") {
    return IndicatorColumn::kTarget;
  }
  if (Has(k, "分值") || Has(k, "权重")) return IndicatorColumn::kWeight;
  if (IsScoreHeader(k)) return IndicatorColumn::kScore;
  if (Has(k, "偏差原因") || Has(k, "未完成原因") || Has(k, "改进措施") ||
      k == "备注") {
    return IndicatorColumn::kNote;
  }
  return IndicatorColumn::kNone;
}

bool IsValueCell(std::string_view cell) {
  return BlankKey(cell) || IsNumberCell(cell);
}

void ExtractTables(const DocText& doc, Extracted* out, TableIndex* index) {
  TableReader reader(doc, out, index);
  for (size_t t = 0; t < doc.tables.size(); ++t) reader.Read(int(t));
}

}  // namespace tally::extract
