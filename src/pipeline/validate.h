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

#include <cstdint>
#include <unordered_set>
#include <vector>

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

// The same checks over a record that arrives in parts (the parts
// Store::AddToDocument takes, in its order): what later parts refer to
// (pages' text sizes, sections, fact ids, counts) is kept, nothing else.
//
//   PartsValidator v(page_count);
//   for (...) TALLY_RETURN_IF_ERROR(v.Add(part, continues_page));
class PartsValidator {
 public:
  explicit PartsValidator(int page_count);
  // Checks the next part; with continues_page, its first page carries more
  // lines and boxes of the last page checked; with continues_text, more of
  // that page's text (and nothing else).
  Status Add(const store::DocumentRecord& part, bool continues_page,
             bool continues_text = false);
  int pages() const { return pages_; }  // pages checked so far

 private:
  bool Stored(int page_no) const;
  bool InText(int page_no, uint32_t begin, uint32_t end) const;

  int page_count_;
  int stage_ = 0;  // the last list seen: 0 pages .. 6 findings
  int last_ = 0, pages_ = 0;
  // The last part ended with a page and nothing of it but its text: more
  // of that text may follow.
  bool text_open_ = false;
  // Page number -> the length of its text, for byte ranges (-1: no page).
  std::vector<int64_t> text_size_;
  int sections_ = 0, relations_ = 0;
  size_t facts_ = 0;
  std::unordered_set<int64_t> ids_;  // the facts' names
};

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_VALIDATE_H_
