// The heading tree of a report, from the numbering its headings carry.
//
// Markers and their levels (base/facts.h Section::level):
//   1  一、 .. 九十九、      and 第一部分 / 第一章 (a "part")
//   2  （一） (一)
//   3  1. 1、 1．           the number 1..99, the dot not followed by a digit
//                          (so "5.3万元" is a number, not a heading)
//   4  （1） (1) 1） 1)
// A line starting with a marker is a heading when it is short (at most
// kMaxHeadingChars), or when the marker's text runs into a 。 or ： that
// ends its title (a run-in heading: "1.部门整体收入。2022年财政预算…",
// "（1）“三公”经费支出情况：2022年…"; a line ending its page may find
// that 。 on the next page's first line). That takes the numbered items of a
// list ("1.实施基本医疗保险待遇。截止12月31日…") as level-3 sections, which
// is how these reports are structured: the items are the units a reader
// (and a fact's section) refers to. The title is the text up to the first
// 。/：/；/!/?, without trailing punctuation. Table rows are never headings.
//
// Nesting: a heading's parent is the nearest open heading of a smaller
// rank, so a document that skips a level (一、 then 1.) still nests, and a
// part (第一部分) encloses the 一、 under it although both are level 1 (the
// store's levels start at 1).
//
// Markdown heading marks ("### 一、基本情况", kept by the normaliser in
// plain-text input) are skipped; their count is ignored, since the seeds
// do not use it consistently.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/numerals.h"
#include "base/utf8.h"
#include "extract/parts.h"

namespace tally::extract {
namespace {

using U32 = std::u32string;
using U32View = std::u32string_view;

// Longest heading line, in characters, that needs no run-in punctuation.
constexpr size_t kMaxHeadingChars = 40;

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0xFEFF;
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsOpen(char32_t c) { return c == U'（' || c == '('; }
bool IsClose(char32_t c) { return c == U'）' || c == ')'; }

// A marker's ordinal at s[*pos]: 1..99 in Chinese ("三", "十二") or in
// ASCII digits without a leading zero, advancing *pos.
bool ParseOrdinal(U32View s, size_t* pos, bool chinese) {
  size_t i = *pos;
  std::optional<int> n =
      chinese ? ParseChineseNumber(s, &i) : ParseArabicNumber(s, &i, 2);
  if (!n || *n < 1 || (!chinese && s[*pos] == '0')) return false;
  *pos = i;
  return true;
}

struct Marker {
  size_t length = 0;  // code points of the marker
  int level = 0;      // Section::level
  int rank = 0;       // nesting rank: a part is 0, then the level
  int number = 0;     // the ordinal
};

bool ParseMarkerShape(U32View s, Marker* m);

// The heading marker at the start of s, if any, with its ordinal.
bool ParseMarker(U32View s, Marker* m) {
  if (!ParseMarkerShape(s, m)) return false;
  size_t pos = s[0] == U'第' || IsOpen(s[0]) ? 1 : 0;
  std::optional<int> n = ParseSmallNumber(s, &pos, 3);
  m->number = n ? *n : -1;
  return true;
}

// The marker's length and level at the start of s, if any.
bool ParseMarkerShape(U32View s, Marker* m) {
  size_t i = 0;
  // 第一部分 / 第一章 / 第1部分
  if (!s.empty() && s[0] == U'第') {
    i = 1;
    if (ParseOrdinal(s, &i, true) || ParseOrdinal(s, &i, false)) {
      U32View rest = s.substr(i);
      for (U32View unit : {U32View(U"部分"), U32View(U"章")}) {
        if (rest.substr(0, unit.size()) == unit) {
          *m = {i + unit.size(), 1, 0};
          return true;
        }
      }
    }
    return false;
  }
  // 一、
  i = 0;
  if (ParseOrdinal(s, &i, true)) {
    if (i < s.size() && s[i] == U'、') {
      *m = {i + 1, 1, 1};
      return true;
    }
    return false;
  }
  // （一） （1）
  if (!s.empty() && IsOpen(s[0])) {
    i = 1;
    if (ParseOrdinal(s, &i, true) && i < s.size() && IsClose(s[i])) {
      *m = {i + 1, 2, 2};
      return true;
    }
    i = 1;
    if (ParseOrdinal(s, &i, false) && i < s.size() && IsClose(s[i])) {
      *m = {i + 1, 4, 4};
      return true;
    }
    return false;
  }
  // 1. 1、 1． 1）
  i = 0;
  if (ParseOrdinal(s, &i, false) && i < s.size()) {
    char32_t c = s[i];
    if (IsClose(c)) {
      *m = {i + 1, 4, 4};
      return true;
    }
    if (c == '.' || c == U'．' || c == U'、') {
      // "5.3万元" is a number; "1.部门" a heading.
      if (i + 1 < s.size() && IsDigit(s[i + 1])) return false;
      *m = {i + 1, 3, 3};
      return true;
    }
  }
  return false;
}

bool EndsTitle(char32_t c) {
  return c == U'。' || c == U'：' || c == ':' || c == U'；' || c == U'！' ||
         c == U'？' || c == '!' || c == '?';
}

bool IsTrailingPunct(char32_t c) {
  return IsSpace(c) || EndsTitle(c) || c == U'，' || c == ',' || c == U'、' ||
         c == '.' || c == U'．' || c == ';';
}

std::string Encode(U32View s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

U32 Decode(std::string_view text) {
  U32 s;
  size_t pos = 0;
  while (pos < text.size()) s.push_back(DecodeUtf8(text, &pos));
  return s;
}

// The line as a heading: its marker (as printed) and title, or false.
// `continuation` is the first line of the next page when this line ends
// its page: a run-in heading cut by the page break finds the 。 that ends
// its title there.
bool ParseHeading(std::string_view text, std::string_view continuation,
                  std::string* marker, std::string* title, Marker* m) {
  U32 s = Decode(text);
  U32View v(s);
  // Leading space and markdown heading marks: "#### （一）项目总体情况".
  while (!v.empty() && (IsSpace(v[0]) || v[0] == '#')) v.remove_prefix(1);
  while (!v.empty() && IsSpace(v.back())) v.remove_suffix(1);
  if (!ParseMarker(v, m)) return false;
  bool short_line = v.size() <= kMaxHeadingChars;
  U32 rest(v.substr(m->length));
  size_t skip = 0;
  while (skip < rest.size() && IsSpace(rest[skip])) ++skip;
  rest.erase(0, skip);
  auto stop_of = [](U32View r) {
    size_t stop = 0;
    while (stop < r.size() && !EndsTitle(r[stop])) ++stop;
    return stop;
  };
  size_t stop = stop_of(rest);
  if (!short_line && stop == rest.size() && !continuation.empty()) {
    rest += Decode(continuation);
    stop = stop_of(rest);
  }
  if (!short_line && stop == rest.size()) return false;  // a long sentence
  U32View t = U32View(rest).substr(0, stop);
  while (!t.empty() && IsTrailingPunct(t.back())) t.remove_suffix(1);
  if (t.empty()) return false;
  *marker = Encode(v.substr(0, m->length));
  *title = Encode(t);
  return true;
}

}  // namespace

std::string_view WithoutCopula(std::string_view name) {
  for (std::string_view tail : {"为", "是", "：", ":"}) {
    if (name.ends_with(tail)) {
      name.remove_suffix(tail.size());
      break;
    }
  }
  return name;
}

size_t ClauseStart(std::string_view text) {
  // One scan back to the last stop (every figure asks for its clause, so
  // a search per stop over the whole text would cost seven passes).
  for (size_t k = text.size(); k-- > 0;) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    if (c == ',' || c == ';' || c == ':') return k + 1;
    if (k < 2) continue;
    const unsigned char a = static_cast<unsigned char>(text[k - 2]),
                        b = static_cast<unsigned char>(text[k - 1]);
    // ，(EF BC 8C) ；(EF BC 9B) ：(EF BC 9A) 。(E3 80 82)
    if ((a == 0xEF && b == 0xBC && (c == 0x8C || c == 0x9B || c == 0x9A)) ||
        (a == 0xE3 && b == 0x80 && c == 0x82)) {
      return k + 1;
    }
  }
  return 0;
}

bool IsClauseStop(char32_t c) {
  switch (c) {
    case U'，':
    case U'。':
    case U'；':
    case U'：':
    case U'！':
    case U'？':
    case U',':
    case U';':
    case U':':
      return true;
    default:
      return false;
  }
}

int MarkerNumber(std::string_view marker) {
  U32 s = Decode(marker);
  Marker m;
  return ParseMarker(s, &m) ? m.number : -1;
}

namespace {

// The first characters of text from byte `at`, where a marker would be:
// a marker is a few characters, so no more are decoded, and none is
// copied to the heap (markers are looked for after every clause stop).
struct MarkerHead {
  static constexpr int kMost = 8;
  MarkerHead(std::string_view text, size_t at) {
    for (size_t p = at; p < text.size() && n < kMost; ++n) {
      c[n] = DecodeUtf8(text, &p);
      end[n] = p;
    }
  }
  U32View chars() const { return U32View(c, size_t(n)); }
  char32_t c[kMost];
  size_t end[kMost];  // one past each character's last byte
  int n = 0;
};

}  // namespace

std::vector<ItemMarker> InlineItemMarkers(std::string_view text) {
  std::vector<ItemMarker> out;
  bool opens = true;         // a clause may open here
  bool after_close = false;  // right after a closing bracket
  for (size_t pos = 0; pos < text.size();) {
    size_t at = pos;
    char32_t c = DecodeUtf8(text, &pos);
    if (IsSpace(c)) continue;
    if (opens || (after_close && IsOpen(c))) {
      const MarkerHead head(text, at);
      Marker m;
      if (ParseMarker(head.chars(), &m)) {
        out.push_back({at, head.end[m.length - 1], m.level, m.number});
      }
    }
    opens = IsClauseStop(c);
    after_close = IsClose(c);
  }
  return out;
}

std::string_view WithoutOpeningMarker(std::string_view text) {
  size_t at = 0;
  while (at < text.size()) {
    size_t next = at;
    if (!IsSpace(DecodeUtf8(text, &next))) break;
    at = next;
  }
  const MarkerHead head(text, at);
  Marker m;
  if (head.n == 0 || !ParseMarker(head.chars(), &m)) return text;
  std::string_view rest = text.substr(head.end[m.length - 1]);
  while (!rest.empty()) {
    size_t next = 0;
    if (!IsSpace(DecodeUtf8(rest, &next))) break;
    rest.remove_prefix(next);
  }
  return rest;
}

void ExtractSections(const DocText& doc, Extracted* out) {
  // Open headings, outermost first, as (index in out->sections, rank).
  std::vector<std::pair<int, int>> open;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Line& line = doc.lines[i];
    if (line.table >= 0 || !line.cells.empty()) continue;
    std::string_view continuation;
    if (i + 1 < doc.lines.size() && doc.lines[i + 1].page != line.page &&
        doc.lines[i + 1].table < 0) {
      Marker unused;
      U32 next = Decode(doc.lines[i + 1].text);
      if (!ParseMarker(next, &unused)) continuation = doc.lines[i + 1].text;
    }
    Section section;
    Marker m;
    if (!ParseHeading(line.text, continuation, &section.marker, &section.title,
                      &m)) {
      continue;
    }
    while (!open.empty() && open.back().second >= m.rank) open.pop_back();
    section.level = m.level;
    section.parent = open.empty() ? -1 : open.back().first;
    section.page_no =
        doc.pages && line.page >= 0 && size_t(line.page) < doc.pages->size()
            ? (*doc.pages)[line.page].page_no
            : 0;
    section.text_begin = line.begin;
    open.emplace_back(int(out->sections.size()), m.rank);
    out->sections.push_back(std::move(section));
  }
}

}  // namespace tally::extract
