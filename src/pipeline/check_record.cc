#include "pipeline/check_record.h"

#include "base/utf8.h"
#include "ocr/number_symbols.h"

namespace tally::pipeline {
namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) DecodeUtf8(s, &i);
  return n;
}

// Fact::value_confidence and value_pitch of an OCR'd number from the box
// its value was read in: the value's bytes in the page text lie within one
// box whose text became as many code points as it has symbols
// (normalisation kept the number's characters one for one), so the i-th of
// them is the value's.
void AttachValueSymbols(const store::DocumentRecord& rec, Fact* f) {
  if (f->source != "ocr" || f->value.empty()) return;
  const size_t at = f->raw.find(f->value);
  if (at == std::string::npos) return;
  const store::PageRecord* page = nullptr;
  for (const store::PageRecord& p : rec.pages) {
    if (p.page_no == f->page_no) page = &p;
  }
  if (page == nullptr) return;
  const uint32_t begin = f->text_begin + uint32_t(at);
  const uint32_t end = begin + uint32_t(f->value.size());
  for (const store::BoxRecord& b : page->boxes) {
    if (b.symbol_confidence.empty() || b.text_begin > begin ||
        b.text_end < end || b.text_end > page->text.size()) {
      continue;
    }
    std::vector<ocr::NumberSymbol> symbols;
    if (!ocr::DecodeNumberSymbols(b.symbol_confidence, &symbols)) return;
    std::string_view text(page->text);
    if (CodePoints(text.substr(b.text_begin, b.text_end - b.text_begin)) !=
        symbols.size()) {
      return;
    }
    const size_t first =
        CodePoints(text.substr(b.text_begin, begin - b.text_begin));
    if (first + f->value.size() > symbols.size()) return;
    for (size_t k = first; k < first + f->value.size(); ++k) {
      f->value_confidence.push_back(symbols[k].conf);
      // The value's first character follows none of the value's.
      f->value_pitch.push_back(k == first ? -1 : symbols[k].pitch);
    }
    return;
  }
}

}  // namespace

std::vector<Fact> FactsForCheck(const store::DocumentRecord& rec) {
  std::vector<Fact> facts = rec.facts;
  for (Fact& f : facts) AttachValueSymbols(rec, &f);
  return facts;
}

std::vector<Finding> CheckRecord(const store::DocumentRecord& rec,
                                 const check::Options& options) {
  std::vector<Fact> facts = FactsForCheck(rec);
  check::Document doc{facts, rec.relations};
  return check::CheckDocument(doc, options);
}

}  // namespace tally::pipeline
