// pipeline/validate.h: the supervisor's check of a record a worker
// assembled, before it is written.
//
// A worker reads hostile bytes with third-party libraries; if one of them
// corrupts the worker's memory, its answer may be nonsense. The supervisor
// never trusts it: the reply was decoded within bounds (wire.h), and here
// its content is checked against the rules the store and every reader rely
// on, in time linear in its size. A record that breaks one is not written;
// its document is stored failed with the reason instead.
//
// Thread safety: pure function.
#ifndef TALLY_PIPELINE_VALIDATE_H_
#define TALLY_PIPELINE_VALIDATE_H_

#include "base/status.h"
#include "store/store.h"

namespace tally::pipeline {

// Checks what a worker assembled for a document of page_count pages:
//   * pages numbered within 1..page_count, in rising order; source 'text'
//     or 'ocr'; line kinds known;
//   * every string valid UTF-8; page text, line and box text, labels,
//     context and messages free of control characters but tab and newline;
//   * byte ranges (boxes, facts, sections) within their page's text, and
//     every page_no a stored page (or 0 where "none" is allowed);
//   * references within their lists: a section's parent before it, a fact's
//     section, a finding's fact ids among the facts' ids (which are distinct
//     and positive where a finding cites them);
//   * enumerations (fact kinds, severities) known.
// InvalidArgument naming the first problem otherwise.
Status ValidateAssembled(const store::DocumentRecord& rec, int page_count);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_VALIDATE_H_
