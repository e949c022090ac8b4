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
//   4. for a column of money that no line qualifies (预算金额, 执行数),
//      元, the unit of the accounts.
// A header that names money without a unit (金额, 预算数) is step 4's
// signal only: it never decides the unit itself, so a caption's 万元 is
// not overridden by a default.
#ifndef TALLY_EXTRACT_UNITS_H_
#define TALLY_EXTRACT_UNITS_H_

#include <string>
#include <string_view>

namespace tally::extract {

// The money unit a header, caption or cell names explicitly: "亿元",
// "万元", "千元" or "元" ("（元）", "单位：元", "金额：元"); "" if none.
// Whitespace is ignored.
std::string ExplicitMoneyUnit(std::string_view text);

// The unit a column header gives the bare numbers under it when it names
// one: an explicit money unit, "分" for 分值/得分/权重, "%" for a rate; "".
std::string HeaderUnit(std::string_view header);

// True if a header names a column of money without its unit (金额, 预算数,
// 执行数, 支出, 资金).
bool IsMoneyHeader(std::string_view header);

// True if a header cell names a column of the form's figures (年初预算数,
// 执行数, 执行率, 分值, 得分, 指标值, 完成值, 金额), as opposed to a label
// column or a block title ("项目资金（万元）").
bool IsFieldHeader(std::string_view header);

// How far a data row's cells sit to the right of the header cells they
// belong to. A header whose first cell is already a field has lost its
// label column (a merged cell spanning the header rows, or a web table
// saved as text): the fields then align after the row's label, at
// `row_label` (the index of the row's first cell that is words, not a
// number). 0 when the header has a label column or the row has no label.
int HeaderShift(int header_first_field, int row_label);

}  // namespace tally::extract

#endif  // TALLY_EXTRACT_UNITS_H_
