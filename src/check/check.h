// check/check.h: the consistency checks. Reads a document's facts,
// indicator and budget rows, sections and page text (never the PDF), and
// returns the inconsistencies it can show, each with its rule, severity,
// message with the numbers, expected and stated values, page and the facts
// it rests on. `tally check` runs it over a database; the pipeline runs it
// once per document as it is ingested.
//
// Rule families (docs/rules.md), one file each:
//   sums.cc        sum.breakdown (其中/包括/分别为/具体为 lists in prose, the
//                  budget block of an indicator table), balance.carryover
//                  (结转/结余 = 预算 - 支出)
//   rates.cc       rate.ratio (执行率, 占…的 shares, the budget block's
//                  执行率), percent.range
//   magnitude.cc   unit.magnitude (an amount 10^4 below its siblings; the
//                  same number in units 10^4 apart)
//   scores.cc      score.total, score.cap (indicator rows, 总分 row, section
//                  指标分值/得分, 共计得分), grade.band (the report's own
//                  bands, else the national default)
//   consistency.cc fact.conflict (a restated sentence with another number),
//                  table.text (section points against indicator rows, a
//                  table's listed percentages against the prose),
//                  count.mismatch (共有N项 against the numbered items, a colon
//                  list)
// A relation that holds only once one amount is read in 万元 instead of 元
// (or the reverse) is reported as unit.magnitude, not as an arithmetic slip.
//
// Severity: 'error' only when exact decimal arithmetic over the report's
// own numbers proves it wrong (a printed number stands for anything within
// half a unit of its last digit; counts and whole amounts under 1000 are
// exact); 'warning' when likely; 'info' for oddities. Lists that may name
// only some parts (其中 … 等, 其中 followed by more than its parts, counts
// of subgroups) and people against visits (人 and 人次) never give 'error'.
//
// Thread safety: pure functions of their input.
//
//   check::Document doc{pages, rec.sections, rec.facts, rec.indicators,
//                       rec.budgets};
//   std::vector<Finding> findings = check::CheckDocument(doc, {});
#ifndef TALLY_CHECK_CHECK_H_
#define TALLY_CHECK_CHECK_H_

#include <string_view>
#include <vector>

#include "base/facts.h"

namespace tally::check {

struct Options {
  // An 'error' that rests on a number OCR read with a mean word confidence
  // below this (0..100) is reported as 'warning': the slip may be the
  // reader's, not the report's. The rules' own thresholds are part of their
  // definition and not options.
  double min_ocr_confidence = 80;
};

struct PageText {
  int page_no = 0;
  std::string_view text;  // normalised page text (pages.text)
};

// A view of one document; the referenced vectors must outlive the call.
// Facts are identified by Fact::fact_id, which must be distinct; findings
// cite those ids.
struct Document {
  std::vector<PageText> pages;
  const std::vector<Section>& sections;
  const std::vector<Fact>& facts;
  const std::vector<IndicatorRow>& indicators;
  const std::vector<BudgetRow>& budgets;
};

// Every finding, ordered by page, then rule. A slip the report prints twice
// (a repeated paragraph) is one finding citing every place; fact_ids are
// Fact::fact_id values, the main fact first.
std::vector<Finding> CheckDocument(const Document& doc, const Options& options);

}  // namespace tally::check

#endif  // TALLY_CHECK_CHECK_H_
