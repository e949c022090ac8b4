// report/evidence.h: where a finding's evidence is, in words a reviewer can
// check: the sentence or table row of every fact it cites, on its page, with
// the facts marked. Shared by `tally check`'s text output and the HTML
// report, so both name the same places.
//
// A finding cites facts (Finding::fact_ids); facts that share a page and a
// context (the sentence or table row they were read from) form one side of
// the finding. A table-against-text finding has a table-row side and a
// sentence side, each with its page; a slip repeated on another page has a
// side on each page.
//
// Thread safety: pure functions.
//
//   for (const report::Side& side : report::SidesOf(finding, doc.facts)) {
//     std::cout << "p." << side.page_no << " " << side.context << "\n";
//   }
#ifndef TALLY_REPORT_EVIDENCE_H_
#define TALLY_REPORT_EVIDENCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/facts.h"

namespace tally::report {

struct Side {
  int page_no = 0;
  std::string context;  // the sentence or table row (cells joined by " | ")
  bool in_table = false;
  std::vector<const Fact*> facts;  // cited facts on this side, cited order
};

// The sides of finding f, in the order their first fact is cited. Fact ids
// the document does not have are skipped. The pointers point into facts.
std::vector<Side> SidesOf(const Finding& f, const std::vector<Fact>& facts);

// A stretch of a context, marked when it is one of the facts' text.
struct Piece {
  std::string text;
  bool marked = false;
};

// context cut into pieces with each fact's text marked. A fact is found
// where it was read: through its byte range in page_text (the page's
// normalised text) when the context is that stretch of the page (a
// sentence), or its line with cells joined by " | " (a table row);
// otherwise at the first occurrence of its raw text not already marked.
// A fact not found in the context is not marked. Concatenating the pieces'
// text gives context back.
std::vector<Piece> MarkFacts(std::string_view context,
                             std::string_view page_text,
                             const std::vector<const Fact*>& facts);

}  // namespace tally::report

#endif  // TALLY_REPORT_EVIDENCE_H_
