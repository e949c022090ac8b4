#include "pipeline/check_record.h"

#include <algorithm>
#include <cstdlib>

#include "base/utf8.h"

namespace tally::pipeline {
namespace {

// Fact::value_confidence of an OCR'd number from the box its value was read
// in: the value's bytes in the page text lie within one box whose text
// became as many code points as it has confidences (normalisation kept the
// number's characters one for one), so the i-th of them is the value's;
// so is the second reading's character, where every one has one.
void AttachValueConfidence(const store::DocumentRecord& rec, Fact* f) {
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
    std::vector<int> conf;
    std::string second;  // one character per entry, or '\0' for none
    const char* p = b.symbol_confidence.c_str();
    for (char* next; *p != '\0'; p = next) {
      conf.push_back(int(std::strtol(p, &next, 10)));
      if (next == p) return;
      char c = '\0';
      if (*next == '/') {
        c = next[1];
        if (c == '\0' || c == ' ') return;
        next += 2;
      }
      second.push_back(c);
    }
    std::string_view text(page->text);
    if (CodePoints(text.substr(b.text_begin, b.text_end - b.text_begin)) !=
        conf.size()) {
      return;
    }
    const size_t first =
        CodePoints(text.substr(b.text_begin, begin - b.text_begin));
    if (first + f->value.size() > conf.size()) return;
    f->value_confidence.assign(conf.begin() + long(first),
                               conf.begin() + long(first + f->value.size()));
    std::string s = second.substr(first, f->value.size());
    if (s.find('\0') == std::string::npos) f->value_second = std::move(s);
    return;
  }
}

}  // namespace

std::vector<Fact> FactsForCheck(const store::DocumentRecord& rec) {
  std::vector<Fact> facts = rec.facts;
  for (Fact& f : facts) AttachValueConfidence(rec, &f);
  return facts;
}

std::vector<Finding> CheckRecord(const store::DocumentRecord& rec,
                                 const check::Options& options) {
  // Only an OCR'd fact takes confidences: without one, the record's own
  // facts are checked as they are (a copy of 10^5 facts is most of what a
  // long text's checks cost).
  const bool ocr = std::any_of(rec.facts.begin(), rec.facts.end(),
                               [](const Fact& f) { return f.source == "ocr"; });
  if (!ocr) return check::CheckDocument({rec.facts, rec.relations}, options);
  std::vector<Fact> facts = FactsForCheck(rec);
  check::Document doc{facts, rec.relations};
  return check::CheckDocument(doc, options);
}

}  // namespace tally::pipeline
