#include "pipeline/check_record.h"

namespace tally::pipeline {

std::vector<Finding> CheckRecord(const store::DocumentRecord& rec,
                                 const check::Options& options) {
  check::Document doc{{}, rec.sections, rec.facts, rec.indicators, rec.budgets};
  doc.pages.reserve(rec.pages.size());
  for (const store::PageRecord& p : rec.pages) {
    doc.pages.push_back({p.page_no, p.text});
  }
  return check::CheckDocument(doc, options);
}

}  // namespace tally::pipeline
