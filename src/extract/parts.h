// extract/parts.h: the parts of Extractor::Extract, each over the same
// DocText (internal to the extract stage; tests call them directly).
#ifndef TALLY_EXTRACT_PARTS_H_
#define TALLY_EXTRACT_PARTS_H_

#include "extract/doc_text.h"
#include "extract/extract.h"

namespace tally::extract {

class Lexicons;
class Patterns;

// bureau, fiscal_year, report_kind and report_date (meta.cc), with the
// words of patterns/meta.lex.
void ExtractMetadata(const DocText& doc, const Lexicons& lexicons,
                     Extracted* out);

// The heading tree into out->sections, in document order (sections.cc).
void ExtractSections(const DocText& doc, Extracted* out);

// Clause delimiters (，。；：！？ and , ; :): where a clause, a list's name
// or an inline item begins.
bool IsClauseStop(char32_t c);
// Where the last clause of `text` begins: the byte after its last ，；。：
// (or , ; :), 0 when it has none. A figure's own words are
// text.substr(ClauseStart(text)) for the text before it.
size_t ClauseStart(std::string_view text);
// `name` without one word that ends it to say what the figure after it is
// (为 是 ： :): "收入合计为" -> "收入合计".
std::string_view WithoutCopula(std::string_view name);

// The item markers inside a run of prose (一、 （一） 1、 1. （1） 1）, as
// sections.cc reads them at a line's start) that open a clause: at the
// start of text, after a clause stop, or, for a bracketed marker, after a
// closing bracket ("…万元（其中…）（一）…": a bracket can close the
// previous item), spaces skipped. `level` is Section::level, so two
// markers of one level are items of one list; `number` is the item's
// ordinal ("（3）" 3).
struct ItemMarker {
  size_t at = 0;   // byte offset in text
  size_t end = 0;  // byte offset just after the marker
  int level = 0;
  int number = 0;
};
std::vector<ItemMarker> InlineItemMarkers(std::string_view text);
// `text` past the item marker it opens with, spaces before and after it
// skipped ("（二）2024年结转…" -> "2024年结转…", "二、单位构成" -> "单位构成");
// `text` itself when it opens with none.
std::string_view WithoutOpeningMarker(std::string_view text);

// The ordinal of a heading or item marker as printed: "（3）" 3, "2、" 2,
// "四、" 4, "第二部分" 2; -1 if it is none.
int MarkerNumber(std::string_view marker);

// Where the rows of 绩效自评表 blocks were read, for the relations part:
// each row's line (an index into DocText::lines) and the column of each of
// its fields (-1 when the block has no such column). A block is one header
// and the rows under it; rows of one block share its number.
struct IndicatorCells {
  int block = 0;
  int line = -1;
  size_t row = 0;  // index into Extracted::indicators
  // The line and column where the row's 一级指标 was printed (a merged
  // cell's text sits in its first row).
  int level1_line = -1, level1_col = -1;
  int target = -1, actual = -1, weight = -1, score = -1, note = -1, rate = -1;
};
struct BudgetCells {
  int block = 0;
  int line = -1;
  size_t row = 0;  // index into Extracted::budgets
  int item = -1, initial = -1, full = -1, executed = -1, weight = -1, rate = -1,
      score = -1;
  int balance = -1;  // 年末结余: not stored with the row, read as a relation
  // Without a 分值 cell: the header cell that gives the block's weight.
  int header_line = -1, header_weight = -1;
  // Its cells contradict their columns (a percentage under a money or
  // points column): the row was saved out of line, and is not read.
  bool misaligned = false;
};
// The 总分/合计 row that closes an indicator block.
struct TotalCells {
  int block = 0;
  int line = -1;
  int weight = -1, score = -1;
};
// The header row that opens an indicator block ("年度绩效目标 (80分) | 一级
// 指标 | 二级指标 | …"), whose cells may give the block's weight.
struct IndicatorHeaderCells {
  int block = 0;
  int line = -1;
};
struct TableIndex {
  std::vector<IndicatorCells> indicators;
  std::vector<BudgetCells> budgets;
  std::vector<TotalCells> totals;
  std::vector<IndicatorHeaderCells> indicator_headers;
};

// Folds a 绩效自评表 budget or indicator block saved one cell per line back
// into table rows, after joining an indicator header row the page broke
// over lines (fold_cells.cc); BuildDocText calls it once the lines are
// read.
void FoldCellColumns(DocText* doc);
// Makes each run of lines of a name and one bare figure ("市级资金 343.00",
// three or more) a two-column table (fold_pairs.cc); BuildDocText calls it
// after FoldCellColumns.
void FoldPairLines(DocText* doc);

// Whether a cell names a column of a 绩效自评表 budget block (tables.cc):
// 2 for money (年初预算数, 全年预算数, 全年执行数, 执行率), 1 for points
// (分值, 得分), 0 for none.
int BudgetHeaderWord(std::string_view cell);
// What a cell of a 绩效自评表 indicator header names (tables.cc), matched
// with whitespace removed: 一级指标, 二级指标, 三级指标 (指标名称), the
// target (年度指标值, 目标值), the actual (实际完成值, 实际完成指标值, 完成值),
// the weight (分值, 权重), the score (得分, not 得分计算方法) or the note
// (偏差原因, 改进措施, 备注); and, where the form splits its target in
// three (指标性质 | 指标值 | 度量单位: "≤ | 30 | 万元"), the target's
// operator and its unit; and the completion rate (完成率, 指标完成率,
// 完成比例). The table reader and the cell folder both read headers by it.
enum class IndicatorColumn {
  kNone,
  kLevel1,
  kLevel2,
  kLevel3,
  kTarget,
  kActual,
  kWeight,
  kScore,
  kNote,
  kTargetOp,
  kTargetUnit,
  kRate
};
IndicatorColumn IndicatorHeaderWord(std::string_view cell);
// Whether a cell holds a value of a row (a number, a percentage, 10分, or
// nothing: "", "/", "—"), not a name.
bool IsValueCell(std::string_view cell);

// Indicator rows and budget rows of 绩效自评表 tables (tables.cc), and where
// they were read (index may be null).
void ExtractTables(const DocText& doc, Extracted* out,
                   TableIndex* index = nullptr);

// Fact roles (Fact::role) and the relations among the facts (relations.h),
// from the facts, sections and tables already in *out.
void ExtractRelations(const DocText& doc, const TableIndex& tables,
                      const Lexicons& lexicons, Extracted* out);

// Facts found by the patterns, in document order (facts.cc), labelled with
// the words of lexicon "label" (patterns/labels.lex). Reads out->sections to
// link each fact to its innermost section.
void ExtractFacts(const DocText& doc, const Patterns& patterns,
                  const Lexicons& lexicons, Extracted* out);

}  // namespace tally::extract

#endif  // TALLY_EXTRACT_PARTS_H_
