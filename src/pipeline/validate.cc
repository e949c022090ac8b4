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
  // Page number -> the length of its text, for the ranges below.
  std::vector<int64_t> text_size(size_t(std::max(page_count, 0)) + 1, -1);
  int last = 0;
  for (const store::PageRecord& p : rec.pages) {
    std::string at = "page " + std::to_string(p.page_no);
    if (p.page_no <= last || p.page_no > page_count) {
      return Bad(at + " is out of order or beyond the document's " +
                 std::to_string(page_count) + " pages");
    }
    last = p.page_no;
    text_size[size_t(p.page_no)] = int64_t(p.text.size());
    if (!OneOf(p.source, {"text", "ocr"})) return Bad(at + ": unknown source");
    if (!AllClean(true, p.text) || !AllClean(false, p.route_reason)) {
      return Bad(at + ": text with control characters or invalid UTF-8");
    }
    for (const store::LineRecord& l : p.lines) {
      if (!OneOf(l.kind,
                 {"body", "table_row", "header", "footer", "page_number"}) ||
          !AllClean(true, l.raw)) {
        return Bad(at + ": a line of unknown kind or with control characters");
      }
    }
    for (const store::BoxRecord& b : p.boxes) {
      if (b.text_begin > b.text_end || b.text_end > p.text.size() ||
          !AllClean(true, b.text, b.ocr_raw) || !AllClean(false, b.ref)) {
        return Bad(at +
                   ": a box outside the page text or with control "
                   "characters");
      }
    }
  }
  auto stored = [&](int page_no) {
    return page_no >= 1 && page_no <= page_count &&
           text_size[size_t(page_no)] >= 0;
  };
  auto in_text = [&](int page_no, uint32_t begin, uint32_t end) {
    return begin <= end && int64_t(end) <= text_size[size_t(page_no)];
  };
  if (!AllClean(false, rec.bureau, rec.report_kind, rec.report_date,
                rec.project)) {
    return Bad("metadata with control characters");
  }
  for (size_t i = 0; i < rec.sections.size(); ++i) {
    const Section& s = rec.sections[i];
    if (s.parent < -1 || s.parent >= int(i) || !stored(s.page_no) ||
        !in_text(s.page_no, s.text_begin, s.text_begin) ||
        !AllClean(false, s.marker, s.title)) {
      return Bad("section " + std::to_string(i + 1) + " is inconsistent");
    }
  }
  std::unordered_set<int64_t> ids;
  for (size_t i = 0; i < rec.facts.size(); ++i) {
    const Fact& f = rec.facts[i];
    if (!OneOf(f.kind, {"amount", "percent", "count", "score", "grade", "date",
                        "docno"}) ||
        !OneOf(f.qualifier, {"", "≥", "≤", ">", "<", "≈"}) ||
        !OneOf(f.source, {"", "text", "ocr"}) || !stored(f.page_no) ||
        !in_text(f.page_no, f.text_begin, f.text_end) ||
        !in_text(f.page_no, f.sentence_begin, f.sentence_end) ||
        f.section < -1 || f.section >= int(rec.sections.size()) ||
        (f.fact_id != 0 && (f.fact_id < 0 || !ids.insert(f.fact_id).second)) ||
        !AllClean(true, f.raw, f.value, f.unit, f.base_value, f.label,
                  f.context, f.rule_id, f.role)) {
      return Bad("fact " + std::to_string(i + 1) + " is inconsistent");
    }
  }
  for (const IndicatorRow& r : rec.indicators) {
    if (!stored(r.page_no) ||
        !AllClean(true, r.level1, r.level2, r.level3, r.target, r.actual,
                  r.weight, r.score, r.note, r.source)) {
      return Bad("an indicator row is inconsistent");
    }
  }
  for (const BudgetRow& r : rec.budgets) {
    if (!stored(r.page_no) ||
        !AllClean(true, r.item, r.unit, r.initial, r.full, r.executed, r.weight,
                  r.rate, r.score, r.source)) {
      return Bad("a budget row is inconsistent");
    }
  }
  for (size_t i = 0; i < rec.relations.size(); ++i) {
    const Relation& r = rec.relations[i];
    bool members = !r.members.empty();
    for (const RelationMember& m : r.members) {
      members = members && m.fact >= 0 && size_t(m.fact) < rec.facts.size() &&
                AllClean(false, m.role);
    }
    if (!members ||
        !OneOf(r.kind, {"breakdown", "budget", "ratio", "score_sum",
                        "score_cap", "grade", "indicator", "restatement",
                        "enumeration", "bound", "siblings"}) ||
        !OneOf(r.complete, {"", "yes", "likely", "no"}) ||
        (r.page_no != 0 && !stored(r.page_no)) ||
        !AllClean(true, r.evidence, r.detail, r.name, r.rule)) {
      return Bad("relation " + std::to_string(i + 1) + " is inconsistent");
    }
  }
  for (const Finding& f : rec.findings) {
    if (!OneOf(f.severity, {"error", "warning", "info"}) || f.rule.empty() ||
        (f.page_no != 0 && !stored(f.page_no)) ||
        f.relation < -1 || f.relation >= int(rec.relations.size()) ||
        !AllClean(true, f.rule, f.message, f.expected, f.actual, f.suggested,
                  f.reading, f.alternatives)) {
      return Bad("a finding is inconsistent");
    }
    for (int64_t id : f.fact_ids) {
      if (id <= 0 || !ids.count(id)) return Bad("a finding cites no fact");
    }
  }
  return Status::OK();
}

}  // namespace tally::pipeline
