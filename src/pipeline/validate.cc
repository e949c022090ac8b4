#include "pipeline/validate.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/utf8.h"

namespace tally::pipeline {
namespace {

// Valid UTF-8; with text_controls, tab and newline allowed as the only
// control characters, otherwise none at all.
bool CleanText(std::string_view s, bool text_controls) {
  for (size_t i = 0; i < s.size();) {
    // Printable ASCII needs no decoding.
    if (auto b = static_cast<unsigned char>(s[i]); b >= 0x20 && b < 0x7F) {
      ++i;
      continue;
    }
    size_t start = i;
    char32_t c = DecodeUtf8(s, &i);
    if (c == 0xFFFD && i - start != 3) return false;
    if (IsControl(c) && !(text_controls && (c == '\t' || c == '\n'))) {
      return false;
    }
  }
  return true;
}

template <typename... S>
bool AllClean(bool text_controls, const S&... s) {
  return (CleanText(s, text_controls) && ...);
}

bool OneOf(std::string_view v, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

Status Bad(const std::string& what) {
  return InvalidArgument("the worker's record was refused: " + what);
}

}  // namespace

Status ValidateAssembled(const store::DocumentRecord& rec, int page_count) {
  return PartsValidator(page_count).Add(rec, /*continues_page=*/false);
}

PartsValidator::PartsValidator(int page_count)
    : page_count_(page_count),
      text_size_(size_t(std::max(page_count, 0)) + 1, -1) {}

bool PartsValidator::Stored(int page_no) const {
  return page_no >= 1 && page_no <= page_count_ &&
         text_size_[size_t(page_no)] >= 0;
}

bool PartsValidator::InText(int page_no, uint32_t begin, uint32_t end) const {
  return begin <= end && int64_t(end) <= text_size_[size_t(page_no)];
}

Status PartsValidator::Add(const store::DocumentRecord& rec,
                           bool continues_page, bool continues_text) {
  if (continues_text) {
    // A piece of the last page's text: the page's lines and boxes, which
    // refer to its whole text, come after the last piece.
    if (!text_open_ || rec.pages.size() != 1 ||
        rec.pages[0].page_no != last_ || !rec.pages[0].lines.empty() ||
        !rec.pages[0].boxes.empty() || !rec.sections.empty() ||
        !rec.facts.empty() || !rec.indicators.empty() ||
        !rec.budgets.empty() || !rec.relations.empty() ||
        !rec.findings.empty()) {
      return Bad("a piece of text continues no page");
    }
    if (!AllClean(true, rec.pages[0].text)) {
      return Bad("page " + std::to_string(last_) +
                 ": text with control characters or invalid UTF-8");
    }
    text_size_[size_t(last_)] += int64_t(rec.pages[0].text.size());
    return Status::OK();
  }
  // Lists in the store's order: each refers only to earlier ones.
  const bool present[] = {!rec.pages.empty(),   !rec.sections.empty(),
                          !rec.facts.empty(),   !rec.indicators.empty(),
                          !rec.budgets.empty(), !rec.relations.empty(),
                          !rec.findings.empty()};
  for (int s = 0; s < 7; ++s) {
    if (!present[s]) continue;
    if (s < stage_) return Bad("its parts are out of order");
    stage_ = s;
  }
  // Only a part that ends with a page, nothing of it but its text, may be
  // followed by more of that text.
  text_open_ = !rec.pages.empty() && !continues_page &&
               rec.pages.back().lines.empty() &&
               rec.pages.back().boxes.empty() && !present[1] && !present[2] &&
               !present[3] && !present[4] && !present[5] && !present[6];
  bool first = true;
  for (const store::PageRecord& p : rec.pages) {
    std::string at = "page " + std::to_string(p.page_no);
    const bool continued = first && continues_page;
    first = false;
    if (continued) {
      if (last_ == 0 || p.page_no != last_)
        return Bad("a part continues no page");
    } else {
      if (p.page_no <= last_ || p.page_no > page_count_) {
        return Bad(at + " is out of order or beyond the document's " +
                   std::to_string(page_count_) + " pages");
      }
      last_ = p.page_no;
      ++pages_;
      text_size_[size_t(p.page_no)] = int64_t(p.text.size());
      if (!OneOf(p.source, {"text", "ocr"})) {
        return Bad(at + ": unknown source");
      }
      if (!AllClean(true, p.text) || !AllClean(false, p.route_reason)) {
        return Bad(at + ": text with control characters or invalid UTF-8");
      }
    }
    for (const store::LineRecord& l : p.lines) {
      if (!OneOf(l.kind,
                 {"body", "table_row", "header", "footer", "page_number"}) ||
          !AllClean(true, l.raw)) {
        return Bad(at + ": a line of unknown kind or with control characters");
      }
    }
    const int64_t size = text_size_[size_t(p.page_no)];
    for (const store::BoxRecord& b : p.boxes) {
      if (b.text_begin > b.text_end || int64_t(b.text_end) > size ||
          !AllClean(true, b.text, b.ocr_raw) ||
          !AllClean(false, b.ref, b.symbol_confidence)) {
        return Bad(at +
                   ": a box outside the page text or with control "
                   "characters");
      }
    }
  }
  if (!AllClean(false, rec.bureau, rec.report_kind, rec.report_date,
                rec.project)) {
    return Bad("metadata with control characters");
  }
  for (const Section& s : rec.sections) {
    if (s.parent < -1 || s.parent >= sections_ || !Stored(s.page_no) ||
        !InText(s.page_no, s.text_begin, s.text_begin) ||
        !AllClean(false, s.marker, s.title)) {
      return Bad("section " + std::to_string(sections_ + 1) +
                 " is inconsistent");
    }
    ++sections_;
  }
  for (const Fact& f : rec.facts) {
    ++facts_;
    if (!OneOf(f.kind, {"amount", "percent", "count", "score", "grade", "date",
                        "docno"}) ||
        !OneOf(f.qualifier, {"", "≥", "≤", ">", "<", "≈"}) ||
        !OneOf(f.source, {"", "text", "ocr"}) || !Stored(f.page_no) ||
        !InText(f.page_no, f.text_begin, f.text_end) ||
        !InText(f.page_no, f.sentence_begin, f.sentence_end) ||
        f.section < -1 || f.section >= sections_ ||
        (f.fact_id != 0 && (f.fact_id < 0 || !ids_.insert(f.fact_id).second)) ||
        !AllClean(true, f.raw, f.value, f.unit, f.base_value, f.label,
                  f.context, f.rule_id, f.role)) {
      return Bad("fact " + std::to_string(facts_) + " is inconsistent");
    }
  }
  for (const IndicatorRow& r : rec.indicators) {
    if (!Stored(r.page_no) ||
        !AllClean(true, r.level1, r.level2, r.level3, r.target, r.actual,
                  r.weight, r.score, r.note, r.source)) {
      return Bad("an indicator row is inconsistent");
    }
  }
  for (const BudgetRow& r : rec.budgets) {
    if (!Stored(r.page_no) ||
        !AllClean(true, r.item, r.unit, r.initial, r.full, r.executed, r.weight,
                  r.rate, r.score, r.source)) {
      return Bad("a budget row is inconsistent");
    }
  }
  for (const Relation& r : rec.relations) {
    ++relations_;
    bool members = !r.members.empty();
    for (const RelationMember& m : r.members) {
      members = members && m.fact >= 0 && size_t(m.fact) < facts_ &&
                AllClean(false, m.role);
    }
    if (!members ||
        !OneOf(r.kind, {"breakdown", "budget", "ratio", "score_sum",
                        "score_cap", "grade", "indicator", "restatement",
                        "enumeration", "bound", "siblings"}) ||
        !OneOf(r.complete, {"", "yes", "likely", "no"}) ||
        (r.page_no != 0 && !Stored(r.page_no)) ||
        !AllClean(true, r.evidence, r.detail, r.name, r.rule)) {
      return Bad("relation " + std::to_string(relations_) + " is inconsistent");
    }
  }
  for (const Finding& f : rec.findings) {
    if (!OneOf(f.severity, {"error", "warning", "info"}) || f.rule.empty() ||
        (f.page_no != 0 && !Stored(f.page_no)) || f.relation < -1 ||
        f.relation >= relations_ ||
        !AllClean(true, f.rule, f.message, f.expected, f.actual, f.suggested,
                  f.reading, f.alternatives)) {
      return Bad("a finding is inconsistent");
    }
    for (int64_t id : f.fact_ids) {
      if (id <= 0 || !ids_.count(id)) return Bad("a finding cites no fact");
    }
  }
  return Status::OK();
}

}  // namespace tally::pipeline
