// extract/parts.h: the parts of Extractor::Extract, each over the same
// DocText (internal to the extract stage; tests call them directly).
#ifndef TALLY_EXTRACT_PARTS_H_
#define TALLY_EXTRACT_PARTS_H_

#include "extract/doc_text.h"
#include "extract/extract.h"

namespace tally::extract {

class Patterns;

// bureau, fiscal_year, report_kind and report_date (meta.cc).
void ExtractMetadata(const DocText& doc, Extracted* out);

// The heading tree into out->sections, in document order (sections.cc).
void ExtractSections(const DocText& doc, Extracted* out);

// Indicator rows and budget rows of 绩效自评表 tables (tables.cc).
void ExtractTables(const DocText& doc, Extracted* out);

// Facts found by the patterns, in document order (facts.cc). Reads
// out->sections to link each fact to its innermost section.
void ExtractFacts(const DocText& doc, const Patterns& patterns, Extracted* out);

}  // namespace tally::extract

#endif  // TALLY_EXTRACT_PARTS_H_
