// extract/units.h: one resolver for the unit of a number in a table.
//
// A number printed with its unit ("194.19万元", "10分") needs none. A bare
// number in a table cell takes its unit, in this order, from
//   1. its column header, when the header names a unit ("金额（万元）",
//      "分值", "执行率");
//   2. its block: a header row or a block's first cell that names a money
//      unit ("项目资金（万元）");
//   3. the table's caption: a line just above the table that names one
//      ("部门支出明细表（单位：万元）", "金额单位：元");
//   4. for a column of money that no line qualifies: 万元 in the budget
//      block of a 绩效自评表 (a header with two of 年初预算数, 全年预算数,
//      全年执行数), whose template prints 项目资金（万元） and whose copies
//      often lose the caption; elsewhere (预算金额, 执行数) 元, the unit of
//      the accounts.
// A header that names money without a unit (金额, 预算数) is step 4's
// signal only: it never decides the unit itself, so a caption's 万元 is
// not overridden by a default.
#ifndef TALLY_EXTRACT_UNITS_H_
#define TALLY_EXTRACT_UNITS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tally::extract {

// The money unit a header, caption or cell names explicitly: "亿元",
// "万元", "千元" or "元" ("（元）", "单位：元", "金额：元"); "" if none.
// Whitespace is ignored.
std::string ExplicitMoneyUnit(std::string_view text);

// The unit a column header gives the bare numbers under it when it names
// one: an explicit money unit (the one before a slash for an amount per
// head, 元/人·月), "分" for 分值/得分/权重, "%" for a rate; "".
std::string HeaderUnit(std::string_view header);

// True if a header names a column of money without its unit (金额, 预算数,
// 执行数, 支出, 资金), and no count beside it (资助金额、人数和人次 heads
// a group of columns).
bool IsMoneyHeader(std::string_view header);

// True if a header names a column of something other than money: a count
// (数量, 人数, 个数, 人次), a serial or code (序号, 编码), a year, a size (面积,
// 长度) or a rate. Under a caption that states the table's unit (单位：万元)
// every other figure column is money in that unit.
bool NamesOtherMeasure(std::string_view header);

// The unit a table's header row implies for its money columns when no
// line names one (step 4 above): "万元" for the budget block of a
// 绩效自评表, else "元". `header` holds the header cells.
std::string DefaultMoneyUnit(const std::vector<std::string>& header);

// A share column's bare cell printed as a fraction ("执行率 | 0.958", a
// spreadsheet cell that lost its % format) is that fraction of 100: the
// percentage ("95.8") of a decimal from 0 to 1 under a rate of execution
// or completion (执行率, 完成率, 到位率, 支付率, 支出率), where "0.958%"
// would be nothing spent; empty for anything else. (A fraction of one
// decimal converts too, but is coarser than the percentage it gives.)
std::string PercentOfFraction(std::string_view header, std::string_view number);

// A cell of points ("10", "9.5", "10分") of at most 100, a form's total:
// a larger figure is money, whatever column it stands in.
bool IsPointsCell(std::string_view cell);

// True if a header cell names the column of scores (得分, 自评得分, 得分
// （20分*执行率）), not a note on how they are given (得分计算方法, 得分
// 说明, 得分依据), which forms print beside it.
bool IsScoreHeader(std::string_view header);

// True if a header cell names a column of the form's figures (年初预算数,
// 执行数, 执行率, 分值, 得分, 指标值, 完成值, 金额), as opposed to a label
// column or a block title ("项目资金（万元）").
bool IsFieldHeader(std::string_view header);

// Where a data row's cells sit against its header: header column =
// row column + the returned shift. Rows of the 绩效自评表 lose cells when a
// table is flattened (merged 一级/二级指标 cells printed once, an empty
// cell dropped, a header without its label column), so a row is aligned by
// its figures, not its count of cells: its last points cell (a bare number
// or "N分") sits under the header's 得分 column, else its one percentage
// under the 执行率 column, else, when the header's first cell is a field
// (its label column lost), its fields start after its label. A row that
// nothing anchors keeps `above`, the shift of the row above it when that
// row has as many cells (the rows of one block share their layout: a 其中
// row repeats its total row's cells, with dashes where a column does not
// apply), when that puts its figures under columns of their kind; else the
// nearest shift that does, 0 when none. `header` holds the header cells
// with spaces removed.
int AlignRow(const std::vector<std::string>& header,
             const std::vector<std::string_view>& row,
             std::optional<int> above = std::nullopt);

// Per cell of `row`, the column of `header` it stands under (-1: none):
// its own column + `shift` (AlignRow), except in a row of money cells
// closed by one percentage, as many money cells as the header has columns
// of money before its 执行率 column: the money from the first money column
// on, the percentage under 执行率. That is the form's source rows (其中：
// 当年财政拨款 | 260.00 | 260.00 | 236.86 | 91.10%) under a header of
// 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分: the total row
// alone fills 分值 and 得分, and saved as text the empty cells go, so no one
// shift places both the money and the rate.
std::vector<int> PlaceCells(const std::vector<std::string>& header,
                            const std::vector<std::string_view>& row,
                            int shift);

// AlignRow down the rows of a table: each row's `above` is the row aligned
// before it, when that row has as many cells. Reset() after a header, whose
// layout is no row's.
class RowAligner {
 public:
  int Align(const std::vector<std::string>& header,
            const std::vector<std::string_view>& row) {
    std::optional<int> above;
    if (cells_ == row.size()) above = shift_;
    shift_ = AlignRow(header, row, above);
    cells_ = row.size();
    return shift_;
  }
  void Reset() { cells_ = 0; }

 private:
  size_t cells_ = 0;  // of the row above; 0 after a header
  int shift_ = 0;     // the row above's shift
};

// The bound a 绩效自评表's 指标性质 cell states for its target (the form
// that splits a target in three: 指标性质 | 指标值 | 度量单位): "≥" (≥, ≧,
// >=), "≤" (≤, ≦, <=), ">" or "<"; "" for "=" in any of its forms (=, ＝,
// ═) or anything else.
std::string TargetBound(std::string_view op);

}  // namespace tally::extract

#endif  // TALLY_EXTRACT_UNITS_H_
