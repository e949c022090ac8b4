// pipeline/assemble.h: from the pages a document's workers read to the
// record the store keeps. Runs in a worker (the kAssemble task), under the
// worker's time and memory limits: everything here reads document content.
//
// Input: the document's pages as read (wire::PageRead: positioned words and
// ruling lines, or text already in lines). Output: the document's pages in
// reading order (layout: lines, tables as tab-separated rows, furniture
// marked; the normalised text with every box mapped into it), its metadata,
// sections, facts, indicator and budget rows (extract), and the findings of
// the checks over them (check), in one DocumentRecord; and the limits met on
// the way (a table too large to read as one), in words.
//
// Thread safety: pure function of its input and the shared, immutable
// normaliser and extractor.
//
//   Assembler assembler{&layout_options, normalizer, extractor};
//   Assembled out = assembler.Run(pages, /*extract=*/true);
#ifndef TALLY_PIPELINE_ASSEMBLE_H_
#define TALLY_PIPELINE_ASSEMBLE_H_

#include <string>
#include <vector>

#include "check/check.h"
#include "extract/extract.h"
#include "layout/layout.h"
#include "normalize/normalize.h"
#include "pipeline/wire.h"
#include "store/store.h"

namespace tally::pipeline {

struct Assembled {
  // pages, metadata, sections, facts, indicators, budgets and findings; the
  // identity and status fields are the supervisor's to set.
  store::DocumentRecord record;
  std::vector<std::string> notes;  // limits met, in words
};

struct Assembler {
  layout::Options layout;
  check::Options check;
  const normalize::Normalizer* normalizer = nullptr;
  const extract::Extractor* extractor = nullptr;

  // Pages in page order. Without extract, only the pages (a retry after
  // extraction or the checks failed, so the text is still stored).
  Assembled Run(const std::vector<wire::PageRead>& pages, bool extract) const;
};

// Facts, metadata, sections and tables from rec's pages, and the findings
// of the checks over them, into rec (the same steps `tally reextract` runs
// over stored pages).
void ExtractAndCheck(const extract::Extractor& extractor,
                     const check::Options& options, store::DocumentRecord* rec);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_ASSEMBLE_H_
