// check/check.h: the consistency checks. Arithmetic over the relations the
// extract stage found (base/facts.h, Relation): it never reads page text or
// decides which numbers relate, so `tally check` re-runs the same rules from
// the database, and a rule is tested on relations as well as on text.
//
// Each relation is tested under every reading the report admits before
// anything is called an 'error':
//   * rounding: a printed number stands for anything within half a unit of
//     its last digit, except a whole figure of one or two digits (15万元, 28
//     人), which is a set amount, not a rounding; counts are exact;
//   * a budget's rate or balance over each budget it states and each sum of
//     its parts (年初 + 追加, 下达 + 上年结转, the parts of a list with no
//     total);
//   * a list that may be partial (其中 without evidence of being whole);
//   * a 10^4 or 10^8 unit slip in one money figure: when only that reading
//     fits, the finding is unit.magnitude with the corrected figure.
// 'error' when the structure is unambiguous and no reading fits; 'warning'
// when a finding rests on a weaker structure (a budget borrowed from the
// sentence before, a list that is probably whole) or on an OCR reading of
// low confidence; nothing when an ordinary reading fits. Each finding names
// the reading it tested, the readings it ruled out and, where one number
// can be named, the suggested correction.
//
// Rule families (docs/rules.md), by relation kind:
//   breakdown    sum.breakdown (form.completeness for a budget table's zero
//                total over non-zero sources)
//   budget       rate.ratio, balance.carryover
//   ratio        rate.ratio
//   score_sum    score.total (table.text when a prose total sums table rows)
//   score_cap    score.cap
//   grade        grade.band
//   indicator    score.rule, form.completeness
//   restatement  fact.conflict, table.text, unit.magnitude
//   enumeration  count.mismatch
//   bound        percent.range
//   siblings     unit.magnitude
//   (any, OCR'd) ocr.repair: a misreading the arithmetic proves, repaired
//                where the repair is unique (check/repair.h)
//
// Thread safety: pure functions of their input.
//
//   check::Document doc{rec.facts, rec.relations};
//   std::vector<Finding> findings = check::CheckDocument(doc, {});
#ifndef TALLY_CHECK_CHECK_H_
#define TALLY_CHECK_CHECK_H_

#include <string>
#include <vector>

#include "base/facts.h"

namespace tally::check {

struct Options {
  // An 'error' that rests on a number OCR read with a mean word confidence
  // below this (0..100) is reported as 'warning': the slip may be the
  // reader's, not the report's. The rules' own thresholds are part of their
  // definition and not options.
  double min_ocr_confidence = 80;
  // Repair OCR'd numbers that the report's arithmetic proves misread, where
  // the repair is unique (check/repair.h).
  bool repair_ocr = true;
};

// A view of one document; the referenced vectors must outlive the call.
// Relation members index into facts; findings cite Fact::fact_id values
// (distinct) and Finding::relation indexes into relations.
struct Document {
  const std::vector<Fact>& facts;
  const std::vector<Relation>& relations;
};

// Every finding, ordered by page, then rule. A slip the report prints twice
// (a repeated paragraph) is one finding citing every place; fact_ids are
// Fact::fact_id values, the main fact first.
std::vector<Finding> CheckDocument(const Document& doc, const Options& options);

// The rule of every finding CheckDocument may give, in the order of the
// families above and docs/rules.md's table: what `tally check --help` lists.
const std::vector<std::string>& Rules();

}  // namespace tally::check

#endif  // TALLY_CHECK_CHECK_H_
