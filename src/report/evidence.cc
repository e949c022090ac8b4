#include "report/evidence.h"

#include <algorithm>
#include <map>
#include <utility>

namespace tally::report {
namespace {

constexpr size_t kNone = std::string_view::npos;

// The byte offset of fact f in context, found through f's range in the page
// text (see MarkFacts), or kNone.
size_t ThroughPage(std::string_view context, std::string_view page_text,
                   const Fact& f) {
  const size_t begin = f.text_begin, len = f.text_end - f.text_begin;
  if (f.text_end <= f.text_begin || f.text_end > page_text.size()) return kNone;
  size_t ls = begin == 0 ? kNone : page_text.rfind('\n', begin - 1);
  ls = ls == kNone ? 0 : ls + 1;
  size_t le = page_text.find('\n', begin);
  if (le == kNone) le = page_text.size();
  if (f.text_end > le) return kNone;
  // The line as a context shows it: a table row's cells joined by " | ".
  std::string line;
  size_t at = 0;
  for (size_t i = ls; i < le; ++i) {
    if (i == begin) at = line.size();
    if (page_text[i] == '\t') {
      line += " | ";
    } else {
      line += page_text[i];
    }
  }
  // A sentence continued from the line before starts with that line's tail
  // and a newline; the rest is on this line.
  size_t tail = context.rfind('\n');
  tail = tail == kNone ? 0 : tail + 1;
  std::string_view rest = context.substr(tail);
  if (rest.empty()) return kNone;
  for (size_t pos = line.find(rest); pos != kNone;
       pos = line.find(rest, pos + 1)) {
    if (pos <= at && at + len <= pos + rest.size()) {
      size_t off = tail + (at - pos);
      if (context.substr(off, len) == page_text.substr(begin, len)) return off;
    }
  }
  return kNone;
}

}  // namespace

std::vector<Side> SidesOf(const Finding& f, const std::vector<Fact>& facts) {
  std::map<int64_t, const Fact*> by_id;
  for (const Fact& fact : facts) by_id[fact.fact_id] = &fact;
  std::vector<Side> sides;
  for (int64_t id : f.fact_ids) {
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;
    const Fact* fact = it->second;
    auto side = std::find_if(sides.begin(), sides.end(), [&](const Side& s) {
      return s.page_no == fact->page_no && s.context == fact->context;
    });
    if (side == sides.end()) {
      side = sides.insert(
          sides.end(), Side{fact->page_no, fact->context, fact->in_table, {}});
    }
    if (std::find(side->facts.begin(), side->facts.end(), fact) ==
        side->facts.end()) {
      side->facts.push_back(fact);
    }
  }
  return sides;
}

std::vector<Piece> MarkFacts(std::string_view context,
                             std::string_view page_text,
                             const std::vector<const Fact*>& facts) {
  std::vector<std::pair<size_t, size_t>> marks;  // [begin, end) in context
  auto overlaps = [&](size_t b, size_t e) {
    return std::any_of(marks.begin(), marks.end(), [&](const auto& m) {
      return b < m.second && m.first < e;
    });
  };
  for (const Fact* f : facts) {
    size_t at = ThroughPage(context, page_text, *f);
    size_t len = at != kNone ? f->text_end - f->text_begin : f->raw.size();
    if (at == kNone && !f->raw.empty()) {
      for (size_t pos = context.find(f->raw); pos != kNone;
           pos = context.find(f->raw, pos + 1)) {
        if (!overlaps(pos, pos + len)) {
          at = pos;
          break;
        }
      }
    }
    if (at == kNone || len == 0 || overlaps(at, at + len)) continue;
    marks.emplace_back(at, at + len);
  }
  std::sort(marks.begin(), marks.end());
  std::vector<Piece> pieces;
  size_t pos = 0;
  for (const auto& [b, e] : marks) {
    if (b > pos) pieces.push_back({std::string(context.substr(pos, b - pos))});
    pieces.push_back({std::string(context.substr(b, e - b)), true});
    pos = e;
  }
  if (pos < context.size())
    pieces.push_back({std::string(context.substr(pos))});
  return pieces;
}

}  // namespace tally::report
