// pipeline/check_record.h: the checks over a stored document.
//
// The one place a check::Document is assembled from a DocumentRecord, shared
// by the pipeline (checks at ingest, in the document's own transaction) and
// `tally check` (checks re-run from the database alone), so both see the
// same facts and relations.
//
//   rec.findings = pipeline::CheckRecord(rec, check::Options());
#ifndef TALLY_PIPELINE_CHECK_RECORD_H_
#define TALLY_PIPELINE_CHECK_RECORD_H_

#include <vector>

#include "base/facts.h"
#include "check/check.h"
#include "store/store.h"

namespace tally::pipeline {

// The findings of rec, as check::CheckDocument gives them. Findings cite
// facts by their Fact::fact_id, which must be distinct (the store's ids for
// a record read back, the record's own names for one being written).
std::vector<Finding> CheckRecord(const store::DocumentRecord& rec,
                                 const check::Options& options);

// rec.facts as the checks see them: an OCR'd number's Fact::value_confidence
// taken from the symbol confidences of the box it was read in.
std::vector<Fact> FactsForCheck(const store::DocumentRecord& rec);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_CHECK_RECORD_H_
