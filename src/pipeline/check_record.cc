#include "pipeline/check_record.h"

namespace tally::pipeline {

std::vector<Finding> CheckRecord(const store::DocumentRecord& rec,
                                 const check::Options& options) {
  check::Document doc{rec.facts, rec.relations};
  return check::CheckDocument(doc, options);
}

}  // namespace tally::pipeline
