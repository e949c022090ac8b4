// The header facts of a report: who reports (bureau), for which year
// (fiscal_year), what kind of report (report_kind) and when (report_date).
//
// Reports print these in a handful of ways, so each fact has an ordered list
// of sources and the first one that yields a plausible value wins. The
// words each source reads (units' endings and labels, publishers' labels,
// titles' endings and topics, date labels) are data in patterns/meta.lex,
// with examples:
//
//   bureau       "部门名称：X" (and 单位名称, 填报单位 ...) in the header of
//                page 1, anywhere in a header line that is a flattened form;
//                the unit in the title ("承德市医疗保障局2019年度…",
//                "2022年度益阳市医疗保障局项目资金…", "镜湖区残联中央转移支付
//                2023年度…"); a line holding only a unit name at the top
//                of page 1, or a byline below the title ("某厅 时间:…");
//                the unit and year that open a first line without a title;
//                such a label anywhere,
//                including the 实施单位 / 主管部门 cells of a 绩效自评表; the
//                signature line at the end ("乐昌市医疗保障局2021年2月12日");
//                last, the page's publisher (发布机构, 来源). A short name
//                (市民政局) gives way to the full one another source of the
//                header prints, and a joint notice's first issuer is taken.
//   fiscal_year  the year in the title; else a "2022年度" in the header;
//                else the year the text names most often (BodyYear).
//   report_kind  from the title's words; without a title, from the forms
//                the text holds (BodyKind); 'other' for a text that never
//                speaks of an evaluation; else empty.
//   project      "项目名称：X", or a 项目名称 cell and the next non-empty one
//                (a 绩效自评表); the first in the document. Empty when none.
//   report_date  "填报日期：2023年1月30日" (and 报告日期 ...); else a date
//                alone (or after the signature unit) on one of the last
//                lines; else a date alone on a line of the header.
//
// Lines are read with markdown heading marks and all spaces removed (the
// normaliser keeps "# " of a markdown heading, and plain text may still
// hold layout spaces), so "2023 年 1 月 30 日" reads as a date too.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "extract/lexicon.h"
#include "extract/parts.h"

namespace tally::extract {
namespace {

using U32 = std::u32string;
using U32View = std::u32string_view;

// The header of page 1 ends at the first level-1 heading; these bound it
// when a document has none, so a body paragraph is never read as a title.
constexpr int kMaxHeaderLines = 20;
// How many closing lines may hold the signature and its date.
constexpr int kMaxTrailerLines = 6;
// How many opening lines a web page's own header (its publisher, its
// fields) may take.
constexpr size_t kPageHeaderLines = 12;
// A unit name ("医保局" .. "某某省某某市某某区医疗保障事业管理中心").
constexpr size_t kMinUnitChars = 3, kMaxUnitChars = 30;

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0xFEFF;
}

// The line's code points without markdown heading marks ("## ") and without
// any whitespace. Full-width digits become ASCII, in case the text did not
// go through the normaliser. Only the first max_chars of them when given:
// enough to tell whether a line opens with a label, without squeezing each
// long line of a report whole.
U32 Squeeze(std::string_view text, size_t max_chars = U32::npos) {
  U32 out;
  size_t pos = 0;
  bool leading = true;
  while (pos < text.size() && out.size() < max_chars) {
    char32_t c = DecodeUtf8(text, &pos);
    if (IsSpace(c)) continue;
    if (leading && c == '#') continue;
    leading = false;
    if (c >= 0xFF10 && c <= 0xFF19) c = c - 0xFF10 + '0';
    out.push_back(c);
  }
  return out;
}

std::string Encode(U32View s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

bool Contains(U32View s, U32View word) { return s.find(word) != s.npos; }

bool IsColon(char32_t c) { return c == U'：' || c == ':'; }
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// 0..9 for an ASCII or Chinese digit (〇 and the lookalikes OCR and typists
// use for it), -1 otherwise. Years print digit by digit: 二〇二三.
int DigitValue(char32_t c) {
  if (IsDigit(c)) return int(c - '0');
  switch (c) {
    case U'〇':
    case U'零':
    case U'○':
    case U'O':
    case U'Ｏ':
      return 0;
    case U'一':
      return 1;
    case U'二':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

// A year of four digits at s[pos], as the reports print it ("2022",
// "二〇二二"); the digits must be all ASCII or all Chinese, so "O" only
// counts among Chinese digits.
std::optional<int> ParseYear(U32View s, size_t pos) {
  if (pos + 4 > s.size()) return std::nullopt;
  bool ascii = IsDigit(s[pos]);
  int year = 0;
  for (size_t i = pos; i < pos + 4; ++i) {
    int d = DigitValue(s[i]);
    if (d < 0 || IsDigit(s[i]) != ascii) return std::nullopt;
    year = year * 10 + d;
  }
  // A digit right before or after is a longer number, not a year.
  if (pos > 0 && DigitValue(s[pos - 1]) >= 0 && IsDigit(s[pos - 1]) == ascii) {
    return std::nullopt;
  }
  if (pos + 4 < s.size() && IsDigit(s[pos + 4]) && ascii) return std::nullopt;
  if (year < 1980 || year > 2099) return std::nullopt;
  return year;
}

// A month or day at s[*pos]: 1-2 ASCII digits, or Chinese "三", "十二",
// "二十", "三十一". Advances *pos past it.
std::optional<int> ParseSmall(U32View s, size_t* pos) {
  size_t i = *pos;
  if (i < s.size() && IsDigit(s[i])) {
    int v = 0, n = 0;
    while (i < s.size() && IsDigit(s[i]) && n < 3) {
      v = v * 10 + int(s[i] - '0');
      ++i;
      ++n;
    }
    if (n > 2) return std::nullopt;
    *pos = i;
    return v;
  }
  int tens = 0, units = 0;
  if (i < s.size() && s[i] != U'十' && DigitValue(s[i]) > 0 &&
      i + 1 < s.size() && s[i + 1] == U'十') {
    tens = DigitValue(s[i]);
    i += 2;
  } else if (i < s.size() && s[i] == U'十') {
    tens = 1;
    ++i;
  }
  if (i < s.size() && s[i] != U'十' && DigitValue(s[i]) > 0 && !IsDigit(s[i])) {
    units = DigitValue(s[i]);
    ++i;
  }
  if (tens == 0 && units == 0) return std::nullopt;
  *pos = i;
  return tens * 10 + units;
}

struct Date {
  int year = 0, month = 0, day = 0;
  std::string Iso() const {
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
};

bool ValidDate(const Date& d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  if (d.day > kDays[d.month - 1]) return false;
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  return !(d.month == 2 && d.day == 29 && !leap);
}

// A full date starting at s[pos]: "2023年1月30日" (or 号), "二〇二三年一月
// 三十日", "2023-01-30", "2023.1.30", "2023/1/30". *end is set past it.
std::optional<Date> ParseDateAt(U32View s, size_t pos, size_t* end) {
  std::optional<int> year = ParseYear(s, pos);
  if (!year) return std::nullopt;
  size_t i = pos + 4;
  if (i >= s.size()) return std::nullopt;
  char32_t sep = s[i];
  Date d;
  d.year = *year;
  if (sep == U'年') {
    ++i;
    std::optional<int> m = ParseSmall(s, &i);
    if (!m || i >= s.size() || s[i] != U'月') return std::nullopt;
    ++i;
    std::optional<int> day = ParseSmall(s, &i);
    if (!day || i >= s.size() || (s[i] != U'日' && s[i] != U'号')) {
      return std::nullopt;
    }
    ++i;
    d.month = *m;
    d.day = *day;
  } else if (sep == '-' || sep == '.' || sep == '/' || sep == U'．') {
    ++i;
    if (i >= s.size() || !IsDigit(s[i])) return std::nullopt;
    std::optional<int> m = ParseSmall(s, &i);
    if (!m || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
    if (i >= s.size() || !IsDigit(s[i])) return std::nullopt;
    std::optional<int> day = ParseSmall(s, &i);
    if (!day) return std::nullopt;
    if (i < s.size() && s[i] == U'日') ++i;
    d.month = *m;
    d.day = *day;
  } else {
    return std::nullopt;
  }
  if (!ValidDate(d)) return std::nullopt;
  *end = i;
  return d;
}

// Trailing marks after a date or a unit that do not change what it is.
size_t TrimTail(U32View s) {
  size_t n = s.size();
  while (n > 0) {
    char32_t c = s[n - 1];
    if (c == U'。' || c == '.' || c == U'，' || c == ',' || c == U'；' ||
        c == '|') {
      --n;
      continue;
    }
    U32View head = s.substr(0, n);
    if (head.ends_with(U"（盖章）")) {
      n -= 4;
      continue;
    }
    if (head.ends_with(U"(盖章)")) {
      n -= 4;
      continue;
    }
    break;
  }
  return n;
}

// The line is nothing but a date: "2023年1月30日".
std::optional<Date> DateOnly(U32View s) {
  size_t end = 0;
  std::optional<Date> d = ParseDateAt(s, 0, &end);
  if (!d || end != TrimTail(s)) return std::nullopt;
  return d;
}

bool IsHanText(U32View s) {
  for (char32_t c : s) {
    if (!IsHan(c) && c != U'（' && c != U'）' && c != '(' && c != ')' &&
        c != U'·') {
      return false;
    }
  }
  return true;
}

// A web page's list item ("• 公开目录", "• 自评报告"): its menu and its
// fields are printed as bullets, a report's title never is.
bool IsBulleted(U32View s) {
  return !s.empty() && (s[0] == U'•' || s[0] == U'·' || s[0] == U'●' ||
                        s[0] == U'▪' || s[0] == U'◆');
}

// The line after line i of the document, or null at its end.
const Line* LineAfter(const DocText& doc, size_t i) {
  return i + 1 < doc.lines.size() ? &doc.lines[i + 1] : nullptr;
}

// The words of patterns/meta.lex (see there for what each entry means),
// as code points for matching squeezed lines.
struct MetaWords {
  std::vector<U32> suffix, not_unit, label, publisher, field, caption;  // unit
  // lexicon unit, frame: the words before and after a unit named in prose.
  std::vector<std::pair<U32, U32>> frames;
  std::vector<U32> title_end, title_end_other;                 // lexicon title
  std::vector<U32> topic, whole, project;
  std::vector<U32> project_tail, project_generic, project_names,
      place;                    // lexicon project
  std::vector<U32> date_label;  // lexicon report_date
  const LexEntry* evaluation = nullptr;  // lexicon title

  explicit MetaWords(const Lexicons& lex) {
    evaluation = lex.Get("title").Entry("evaluation");
    auto words = [&](std::string_view lexicon, std::string_view entry) {
      std::vector<U32> out;
      if (const LexEntry* e = lex.Get(lexicon).Entry(entry)) {
        for (const std::string& w : e->words) out.push_back(Squeeze(w));
      }
      return out;
    };
    suffix = words("unit", "suffix");
    not_unit = words("unit", "not_unit");
    label = words("unit", "label");
    publisher = words("unit", "publisher");
    field = words("unit", "field");
    caption = words("unit", "caption");
    for (const U32& f : words("unit", "frame")) {
      const size_t gap = f.find(U'…');
      if (gap != f.npos)
        frames.push_back({f.substr(0, gap), f.substr(gap + 1)});
    }
    title_end = words("title", "end");
    title_end_other = words("title", "end_other");
    topic = words("title", "topic");
    whole = words("title", "whole");
    project = words("title", "project");
    date_label = words("report_date", "label");
    project_tail = words("project", "tail");
    project_generic = words("project", "generic");
    project_names = words("project", "names");
    place = words("project", "place");
  }
};

// The most code points any of words has.
size_t Longest(const std::vector<U32>& words) {
  size_t n = 0;
  for (const U32& w : words) n = std::max(n, w.size());
  return n;
}

// Whether text, squeezed, may hold one of words: a word's first character
// is then in text as it is (squeezing only drops spaces and a heading's
// '#', and makes ASCII of full-width digits). Cheap, and it spares
// squeezing the long lines that cannot.
bool MayHold(std::string_view text, const std::vector<U32>& words) {
  for (const U32& w : words) {
    if (w.empty() || w[0] < 0x80 || w[0] == 0xFFFD) return true;
    std::string first;
    AppendUtf8(w[0], &first);
    if (text.find(first) != std::string_view::npos) return true;
  }
  return false;
}

bool StartsWithAny(U32View s, const std::vector<U32>& words) {
  for (const U32& w : words) {
    if (s.starts_with(w)) return true;
  }
  return false;
}
bool EndsWithAny(U32View s, const std::vector<U32>& words) {
  for (const U32& w : words) {
    if (s.ends_with(w)) return true;
  }
  return false;
}
bool ContainsAny(U32View s, const std::vector<U32>& words) {
  for (const U32& w : words) {
    if (Contains(s, w)) return true;
  }
  return false;
}

// A unit's name may end with a second name in brackets ("宁国市文化和旅游局
// （广播电视局）", two names of one body): its ending is the first's.
bool HasUnitSuffix(const MetaWords& w, U32View s) {
  if (s.ends_with(U"）") || s.ends_with(U")")) {
    size_t open = s.find_last_of(U"（(");
    if (open != s.npos) s = s.substr(0, open);
  }
  return EndsWithAny(s, w.suffix);
}

// A whole unit name: Han only (brackets allowed), of unit length, ending
// like a unit and not a heading or title of the report in disguise.
bool IsUnitName(const MetaWords& w, U32View s) {
  if (s.size() < kMinUnitChars || s.size() > kMaxUnitChars) return false;
  return IsHanText(s) && HasUnitSuffix(w, s) && !ContainsAny(s, w.not_unit);
}

// A unit's name after its code in a budget system ("031-霍邱县科学技术局",
// "031001－…"): the code is dropped.
U32View WithoutCode(U32View s) {
  size_t i = 0;
  while (i < s.size() &&
         ((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'A' && s[i] <= 'Z'))) {
    ++i;
  }
  if (i > 0 && i < s.size() && (s[i] == '-' || s[i] == U'－' || s[i] == U'—')) {
    return s.substr(i + 1);
  }
  return s;
}

// A field's value that is a unit's name and nothing more, its budget code
// and trailing marks aside ("031001-某县科学技术局", "某县医疗保障局（盖章）").
std::optional<U32> UnitValue(const MetaWords& w, U32View v) {
  v = WithoutCode(v);
  v = v.substr(0, TrimTail(v));
  if (!IsUnitName(w, v)) return std::nullopt;
  return U32(v);
}

// The value of a "label：value" field at s[pos] (just past the label,
// which may be followed by "（盖章）"). The value runs to the end of the
// line, but a cover often puts two fields on one line ("部门名称：X单位负责
// 人：Y" once spaces are gone), so it stops before another field's label:
// at the last unit ending before the next colon.
std::optional<U32> FieldValue(const MetaWords& w, U32View s, size_t pos) {
  for (U32View seal : {U32View(U"（盖章）"), U32View(U"(盖章)")}) {
    if (s.substr(pos, seal.size()) == seal) pos += seal.size();
  }
  if (pos >= s.size() || !IsColon(s[pos])) return std::nullopt;
  ++pos;
  U32View value = WithoutCode(s.substr(pos));
  size_t colon = value.find_first_of(U"：:");
  if (colon != value.npos) {
    size_t cut = 0;
    for (size_t k = kMinUnitChars; k <= colon; ++k) {
      if (HasUnitSuffix(w, value.substr(0, k))) cut = k;
    }
    value = value.substr(0, cut);
  }
  value = value.substr(0, TrimTail(value));
  int han = 0;
  for (char32_t c : value) han += IsHan(c) ? 1 : 0;
  if (han < 2 || value.size() > kMaxUnitChars + 10) return std::nullopt;
  return U32(value);
}

// Whether every bracket opened in s is closed: a unit's name does not end
// inside its bracket ("宁国市文化和旅游局（广播电视局）").
bool Balanced(U32View s) {
  int depth = 0;
  for (char32_t c : s) {
    if (c == U'（' || c == '(') ++depth;
    if ((c == U'）' || c == ')') && --depth < 0) return false;
  }
  return depth == 0;
}

// The value of a field printed without a colon ("项目单位 南湖新区民政局",
// "发布机构 保山市商务局 发文日期 …", "主管部门 031-霍邱县科学技术局 实施
// 单位 …"; spaces are gone in s): the longest unit name at s[pos] that
// ends the line, or is followed by something not Han (a date, a bracket) or
// by another field's label (meta.lex, unit: label, publisher, field).
std::optional<U32> BareValue(const MetaWords& w, U32View s, size_t pos) {
  U32View rest = WithoutCode(s.substr(std::min(pos, s.size())));
  for (size_t k = std::min(rest.size(), kMaxUnitChars); k >= kMinUnitChars;
       --k) {
    U32View name = rest.substr(0, k), after = rest.substr(k);
    if (!IsUnitName(w, name) || !Balanced(name)) continue;
    if (after.empty() || !IsHan(after[0]) || StartsWithAny(after, w.field) ||
        StartsWithAny(after, w.label) || StartsWithAny(after, w.publisher)) {
      return U32(name);
    }
  }
  return std::nullopt;
}

// Whether s[at, at + n) lies inside another, longer label of `labels`
// (部门 inside 主管部门): it is read as that one.
bool InLongerLabel(const std::vector<U32>& labels, U32View s, size_t at,
                   size_t n) {
  for (const U32& l : labels) {
    if (l.size() <= n) continue;
    for (size_t p = at + n >= l.size() ? at + n - l.size() : 0; p <= at; ++p) {
      if (s.substr(p, l.size()) == l) return true;
    }
  }
  return false;
}

// A byline: a unit's name opening the line and a field of the page right
// after it ("湖南省某某厅 时间:2023-06-28", "某县某局 发布日期 …"), not an
// address ("某县财政局：" opens a report sent to it).
std::optional<U32> Byline(const MetaWords& w, U32View s) {
  for (size_t k = std::min(s.size(), kMaxUnitChars); k >= kMinUnitChars; --k) {
    U32View name = s.substr(0, k), after = s.substr(k);
    if (IsUnitName(w, name) && Balanced(name) &&
        (StartsWithAny(after, w.field) || StartsWithAny(after, w.publisher))) {
      return U32(name);
    }
  }
  return std::nullopt;
}

// A unit named in the report's own words that say who compiled it
// (meta.lex unit: frame, "经某市财政局汇总"), with its place: a name that
// opens with a level alone (县财政局) says not which one.
std::optional<U32> FramedUnit(const MetaWords& w, const Line& line) {
  U32 s = Squeeze(line.text);
  for (const auto& [open, close] : w.frames) {
    for (size_t at = s.find(open); at != s.npos; at = s.find(open, at + 1)) {
      const size_t from = at + open.size();
      const size_t to = s.find(close, from);
      if (to == s.npos || to - from > kMaxUnitChars) continue;
      U32View name = U32View(s).substr(from, to - from);
      if (IsUnitName(w, name) && !StartsWithAny(name, w.place)) {
        return U32(name);
      }
    }
  }
  return std::nullopt;
}

// "部门名称：乐昌市医疗保障局" and the other labels reports put the unit
// under (meta.lex, unit: label, surest first). The value is found in a
// line (after a colon, or none) or in a table row (label in one cell,
// value in the next non-empty one). `next` is the line after it, or null:
// a form saved one cell per line puts the label on a line of its own
// ("实施单位（盖章）") and the unit on the next.
std::optional<U32> LabeledUnit(const MetaWords& w, const Line& line,
                               const Line* next, bool header = false) {
  if (line.cells.empty()) {
    // The label opens the line: "部门名称：…". In the header, a form
    // flattened into one line holds its fields anywhere ("项目名称 某某经费
    // 主管部门 219-某某镇人民政府 实施单位 …"), and a label there is read
    // wherever it stands, its value by the strict rule of a field printed
    // without a colon (BareValue); 中央主管部门 names a transfer payment's
    // ministry, not who reports, and a word of two characters (部门) is too
    // common inside others to mark a field there.
    if (!StartsWithAny(Squeeze(line.text, Longest(w.label)), w.label)) {
      if (!header || !MayHold(line.text, w.label)) return std::nullopt;
      U32 s = Squeeze(line.text);
      for (const U32& label : w.label) {
        if (label.size() <= 2) continue;
        for (size_t at = s.find(label); at != s.npos;
             at = s.find(label, at + 1)) {
          if (U32View(s).substr(0, at).ends_with(U"中央") ||
              InLongerLabel(w.label, s, at, label.size())) {
            continue;
          }
          if (auto v = FieldValue(w, s, at + label.size())) {
            if (IsUnitName(w, *v)) return v;
          }
          if (auto v = BareValue(w, s, at + label.size())) return v;
        }
      }
      return std::nullopt;
    }
    U32 s = Squeeze(line.text);
    for (const U32& label : w.label) {
      if (!s.starts_with(label)) continue;
      if (auto v = FieldValue(w, s, label.size())) return v;
      if (auto v = BareValue(w, s, label.size())) return v;
      U32View rest = U32View(s).substr(label.size());
      rest = rest.substr(0, TrimTail(rest));
      if (!rest.empty() && IsColon(rest.back())) rest.remove_suffix(1);
      if (rest.empty() && next && next->cells.empty()) {
        if (auto v = UnitValue(w, Squeeze(next->text))) return v;
      }
    }
    return std::nullopt;
  }
  std::vector<U32> cells;
  for (const Cell& c : line.cells) cells.push_back(Squeeze(c.text));
  for (const U32& label : w.label) {
    for (size_t i = 0; i < cells.size(); ++i) {
      const U32& cell = cells[i];
      // A transfer payment's form names the 中央主管部门 (a ministry), the
      // 地方主管部门 and the 资金使用单位; the local ones report.
      bool qualified = cell.ends_with(label) && cell.starts_with(U"地方") &&
                       cell.size() == label.size() + 2;
      if (!cell.starts_with(label) && !qualified) continue;
      // (A seal's note after the label, 实施单位（盖章）, leaves the value
      // in the next cell.)
      const bool sealed = TrimTail(cell) == label.size();
      if (cell.size() > label.size() && !qualified && !sealed) {
        if (auto v = FieldValue(w, cell, label.size())) return v;
        continue;
      }
      for (size_t j = i + 1; j < cells.size(); ++j) {
        if (cells[j].empty()) continue;
        if (auto v = UnitValue(w, cells[j])) return v;
        break;
      }
    }
  }
  return std::nullopt;
}

// A web page's header names its publisher anywhere on a line ("日期：
// 2024-06-11 来源：临河区退役军人事务局", "发布机构 金寨县交通运输局
// 生成日期： …"), or puts the label on a line of its own and the unit on
// the next (a portal's list of fields, "• 发布机构" / "• 保山市商务局");
// the value must be a unit's name. `next` is the line after, or null.
std::optional<U32> PublisherUnit(const MetaWords& w, const Line& line,
                                 const Line* next) {
  U32 s = Squeeze(line.text);
  for (const U32& label : w.publisher) {
    for (size_t at = s.find(label); at != s.npos; at = s.find(label, at + 1)) {
      std::optional<U32> v = FieldValue(w, s, at + label.size());
      if (v && IsUnitName(w, *v)) return v;
      if ((v = BareValue(w, s, at + label.size()))) return v;
      U32View head = U32View(s).substr(0, at), rest = U32View(s).substr(at);
      rest.remove_prefix(label.size());
      if (!rest.empty() && IsColon(rest.back())) rest.remove_suffix(1);
      if (rest.empty() && (head.empty() || IsBulleted(head)) && next) {
        const U32 n = Squeeze(next->text);
        U32View v = n;
        if (IsBulleted(v)) v.remove_prefix(1);
        return UnitValue(w, v);
      }
    }
  }
  return std::nullopt;
}

// Where the year of a title is: the first "2022年" (or 二〇二二年), or a
// year printed bare before the title's topic ("…中心小学2021项目资金").
std::optional<size_t> YearPos(const MetaWords& w, U32View s) {
  for (size_t i = 0; i + 4 < s.size(); ++i) {
    if (!ParseYear(s, i)) continue;
    if (s[i + 4] == U'年' || StartsWithAny(s.substr(i + 4), w.topic)) return i;
  }
  return std::nullopt;
}

// The unit a title names: before its year ("承德市医疗保障局2019年度…",
// after an optional 关于; "镜湖区残联中央转移支付2023年度…", where a topic
// word follows the unit), or right after the year and before the topic
// ("2022年度益阳市医疗保障局项目资金…").
std::optional<U32> TitleUnit(const MetaWords& w, U32View title) {
  std::optional<size_t> at = YearPos(w, title);
  if (!at) return std::nullopt;
  U32View before = title.substr(0, *at);
  if (before.starts_with(U"关于")) before.remove_prefix(2);
  // A field's name before the title ("标题 …") and a unit's budget code
  // before its name ("411001-衡山县…") are not the unit's.
  for (const U32& f : w.field) {
    if (before.starts_with(f)) {
      before.remove_prefix(f.size());
      break;
    }
  }
  size_t code = 0;
  while (code < before.size() && IsDigit(before[code])) ++code;
  if (code > 0 && code < before.size() &&
      (before[code] == U'-' || before[code] == U'－')) {
    before.remove_prefix(code + 1);
  }
  // The longest unit name that opens the title and is followed by the year
  // or a topic word ("保山市文化和旅游局关于2021年度…": the unit, then 关于).
  for (size_t k = std::min(before.size(), kMaxUnitChars); k >= kMinUnitChars;
       --k) {
    if (IsUnitName(w, before.substr(0, k)) &&
        (k == before.size() || StartsWithAny(before.substr(k), w.topic))) {
      return U32(before.substr(0, k));
    }
  }
  size_t i = *at + 4;  // past "2022"
  if (i < title.size() && title[i] == U'年') ++i;
  if (i < title.size() && title[i] == U'度') ++i;
  U32View after = title.substr(i);
  for (size_t k = kMinUnitChars; k <= std::min(after.size(), kMaxUnitChars);
       ++k) {
    if (IsUnitName(w, after.substr(0, k)) &&
        StartsWithAny(after.substr(k), w.topic)) {
      return U32(after.substr(0, k));
    }
  }
  return std::nullopt;
}

// Where the first of a title's closing words (meta.lex, title: end or
// end_other) begins in s, or npos.
size_t FirstEnding(const std::vector<U32>& ends, U32View s) {
  size_t first = s.npos;
  for (const U32& e : ends) first = std::min(first, s.find(e));
  return first;
}

// Where a title's closing words (meta.lex, title: end or end_other) end in
// s, or npos.
size_t TitleEnd(const std::vector<U32>& ends, U32View s) {
  size_t best = s.npos;
  for (const U32& e : ends) {
    size_t at = s.find(e);
    if (at != s.npos) best = std::min(best, at + e.size());
  }
  return best;
}

// "一、" .. "十二、", "第一部分", "第一章": where the header ends.
bool IsLevel1Heading(U32View s) {
  size_t n = 0;
  while (n < s.size() && n < 3 &&
         (s[n] == U'十' || (DigitValue(s[n]) > 0 && !IsDigit(s[n])))) {
    ++n;
  }
  if (n > 0 && n < s.size() && s[n] == U'、') return true;
  return s.starts_with(U"第一部分") || s.starts_with(U"第一章");
}

// A line of no words: "---", "- 3 -", a page number.
bool IsFiller(U32View s) {
  for (char32_t c : s) {
    if (IsHan(c)) return false;
    if (c < 0x80 && std::isalpha(int(c))) return false;
  }
  return true;
}

struct HeaderLine {
  int line = 0;  // index into DocText::lines
  U32 text;      // squeezed
};

// The lines before the first level-1 heading of the document (the title
// and its fields), on page 1 or a cover page before it.
std::vector<HeaderLine> HeaderLines(const DocText& doc) {
  std::vector<HeaderLine> header;
  for (size_t i = 0; i < doc.lines.size() && header.size() < kMaxHeaderLines;
       ++i) {
    const Line& line = doc.lines[i];
    if (line.page > 1) break;
    if (line.table >= 0) continue;
    U32 s = Squeeze(line.text);
    if (s.empty() || IsFiller(s)) continue;
    if (IsLevel1Heading(s)) break;
    header.push_back({int(i), std::move(s)});
  }
  return header;
}

// The title: the first header line with a title ending, cut after it (003
// runs its first paragraph on after the title), never a bulleted line nor
// one that opens with a field of the page (its directory reads "• 公开目录
// • 自评报告", "公开目录 自评报告 发布日期 …"). A title broken over two
// lines ("2022年度部门整体支出绩效" / "自评报告") is joined back when the
// line holding the ending has no year and either starts with the ending
// or follows a line with the year, and the line before could be the
// title's start (short, no field, no sentence, not a unit name).
U32 FindTitle(const MetaWords& w, const std::vector<U32>& ends,
              const std::vector<HeaderLine>& header, size_t* title_index,
              bool no_sentence = false) {
  for (size_t i = 0; i < header.size(); ++i) {
    U32View s = header[i].text;
    if (IsBulleted(s) || StartsWithAny(s, w.publisher) ||
        (StartsWithAny(s, w.field) && !StartsWithAny(s, w.caption))) {
      continue;
    }
    size_t end = TitleEnd(ends, s);
    if (end == s.npos) continue;
    // (A sentence, or a document cited in 《》 or in quotes that the ending
    // stands inside, is no title: 依据…“关于下达…的通知”.)
    U32View head = s.substr(0, end);
    const bool quoted = std::count(head.begin(), head.end(), U'“') >
                        std::count(head.begin(), head.end(), U'”');
    if (no_sentence && (quoted || head.find_first_of(U"，。；《") != s.npos)) {
      continue;
    }
    // "填报日期：…" style fields are not titles even if a word matches.
    size_t colon = s.find_first_of(U"：:");
    if (colon != s.npos && colon < end) continue;
    U32 title(s.substr(0, end));
    const size_t first_end = std::min(end, FirstEnding(ends, s));
    if (i > 0 && !YearPos(w, title)) {
      U32View prev = header[i - 1].text;
      if ((first_end <= 4 || YearPos(w, prev)) && prev.size() <= 30 &&
          prev.find_first_of(U"：:。") == prev.npos && !IsUnitName(w, prev) &&
          !IsBulleted(prev)) {
        title = U32(prev) + title;
      }
    }
    *title_index = i;
    return title;
  }
  return U32();
}

std::string KindOf(const MetaWords& w, U32View title) {
  if (title.empty()) return "";
  if (ContainsAny(title, w.whole)) return "部门整体支出";
  if (ContainsAny(title, w.project)) return "项目支出";
  return "other";
}

// "2022年度" anywhere in a line, not part of a date.
std::optional<int> YearOfLine(U32View s) {
  for (size_t i = 0; i + 5 < s.size(); ++i) {
    if (s[i + 4] == U'年' && s[i + 5] == U'度') {
      if (auto y = ParseYear(s, i)) return y;
    }
  }
  return std::nullopt;
}

// How far into a document the body is read for its year and kind: the
// report proper comes first, and reading no further bounds the work on a
// huge text.
constexpr size_t kBodyLines = 400;

// The year a report without a dated title speaks of: the year its text
// names most often as "2021年" or "2021年度" — not a date's year ("2022年
// 4月15日", the report's own date), a document number's (〔2020〕) or a
// title's in 《》 (a policy of an earlier year). Ties go to the later year,
// since a report also recalls the years before. A year with a month and no
// day ("截至2015年8月底", "2020年5月，全区财政总收入完成…") counts only in a
// text that names no year otherwise: in a report it is often when the
// evaluation was done (the year after), in an execution bulletin the
// period it reports. Reads kBodyLines lines.
std::optional<int> BodyYear(const DocText& doc) {
  std::map<int, int> count, month_only;
  for (size_t l = 0; l < std::min(doc.lines.size(), kBodyLines); ++l) {
    U32 s = Squeeze(doc.lines[l].text);
    int quoted = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == U'《') ++quoted;
      if (s[i] == U'》' && quoted > 0) --quoted;
      if (quoted > 0 || i + 4 >= s.size() || s[i + 4] != U'年') continue;
      std::optional<int> y = ParseYear(s, i);
      if (!y || *y < 2000 || *y > 2099) continue;
      // "2022年4月" is a date; "2022年1-6月" a period of that year, which
      // still counts.
      size_t j = i + 5;
      if (j < s.size() && s[j] == U'度') ++j;
      U32View next = U32View(s).substr(std::min(j, s.size()), 4);
      bool date = !next.empty() && DigitValue(next[0]) >= 0 &&
                  next.find(U'月') != next.npos &&
                  next.find_first_of(U"-—") == next.npos;
      if (!date) {
        ++count[*y];
      } else {
        size_t d = j + next.find(U'月') + 1;
        std::optional<int> day = ParseSmall(s, &d);
        const bool full =
            day && d < s.size() && (s[d] == U'日' || s[d] == U'号');
        if (!full) ++month_only[*y];
      }
    }
  }
  if (count.empty()) count = std::move(month_only);
  std::optional<int> best;
  int most = 0;
  for (auto [year, n] : count) {
    if (n >= most) best = year, most = n;
  }
  return best;
}

// The kind of a report without a title, from the forms it holds: a
// 部门整体支出 form or heading, else a project's form (项目支出绩效 or a
// 项目名称 field); mere mentions of 项目 say nothing. Reads kBodyLines
// lines.
std::string BodyKind(const DocText& doc) {
  bool project = false;
  for (size_t l = 0; l < std::min(doc.lines.size(), kBodyLines); ++l) {
    U32 s = Squeeze(doc.lines[l].text);
    if (Contains(s, U"部门整体支出") || Contains(s, U"单位整体支出")) {
      return "部门整体支出";
    }
    project =
        project || Contains(s, U"项目支出绩效") || s.starts_with(U"项目名称");
  }
  return project ? "项目支出" : "";
}

// "填报日期：2023年1月30日" and the like, in a line or a table row.
std::optional<Date> LabeledDate(const MetaWords& w, const Line& line) {
  if (!MayHold(line.text, w.date_label)) return std::nullopt;
  U32 s = Squeeze(line.text);
  for (const U32& label : w.date_label) {
    size_t at = s.find(label);
    while (at != s.npos) {
      size_t i = at + label.size();
      // A bare 日期 must be a field ("日期："), not a word in a sentence.
      bool colon = i < s.size() && IsColon(s[i]);
      if (colon) ++i;
      if (colon || label.size() > 2) {
        size_t end = 0;
        if (auto d = ParseDateAt(s, i, &end)) return d;
      }
      at = s.find(label, at + 1);
    }
  }
  return std::nullopt;
}

// The closing lines: a date alone, or the signing unit followed by the date
// ("乐昌市医疗保障局2021年2月12日"), the later one winning. The unit is
// reported through *unit when the line (or the line before the date) is one.
std::optional<Date> TrailerDate(const MetaWords& w, const DocText& doc,
                                std::optional<U32>* unit) {
  int seen = 0;
  std::optional<Date> date;
  for (size_t i = doc.lines.size(); i-- > 0 && seen < kMaxTrailerLines;) {
    const Line& line = doc.lines[i];
    if (line.table >= 0) break;  // the report ends with its table
    U32 s = Squeeze(line.text);
    if (s.empty() || IsFiller(s)) continue;
    ++seen;
    if (!date) {
      if (auto d = DateOnly(s)) {
        date = d;
        continue;
      }
      // unit + date on one line.
      for (size_t k = kMinUnitChars; k < s.size() && k <= kMaxUnitChars; ++k) {
        if (!IsUnitName(w, U32View(s).substr(0, k))) continue;
        if (auto d = DateOnly(U32View(s).substr(k))) {
          date = d;
          if (!*unit) *unit = s.substr(0, k);
          break;
        }
      }
      if (date) continue;
    }
    U32View name(s);
    name = name.substr(0, TrimTail(name));
    if (!*unit && IsUnitName(w, name)) *unit = U32(name);
  }
  return date;
}

// A year at s[i] as a title prints it: "2019", "2019年", "2019年度", a
// span "2019年-2020年度"; its length, or 0.
size_t YearSpan(U32View s, size_t i) {
  if (!ParseYear(s, i)) return 0;
  size_t j = i + 4;
  if (j < s.size() && s[j] == U'年') ++j;
  if (j < s.size() && s[j] == U'度') ++j;
  if (j + 4 <= s.size() && (s[j] == '-' || s[j] == U'—' || s[j] == U'至') &&
      ParseYear(s, j + 1)) {
    return j + 1 - i + YearSpan(s, j + 1);
  }
  return j - i;
}

// The project a 项目支出 report's title names: what stands between the unit
// and year that open it and the words that close it, less the genre's words
// at its end (meta.lex project: tail) and a year printed after it
// ("承德市医疗保障局2019年度医疗救助资金项目绩效自评报告": 医疗救助资金项目;
// "吉林省电子商务进农村综合示范项目中央专项转移支付2021年度绩效自评报告").
// Nothing when no more than a place and the genre's own words remain
// (project: place, generic), or when its end does not say it is money or a
// work (project: names): "红河州数据发展中心2024年度项目支出绩效单位自评报告",
// "岳阳市南湖新区财政支出项目绩效评价自评报告" name no project. `unit` is
// the report's, dropped where the title opens with it.
std::optional<U32> TitleProject(const MetaWords& w, U32View title,
                                const std::optional<U32>& unit) {
  U32View s = title.substr(0, std::min(FirstEnding(w.title_end, title),
                                       FirstEnding(w.title_end_other, title)));
  // (A unit before 关于 is the unit though the title names no year:
  // "某某镇关于农村厕所革命建设项目的绩效自评报告".)
  if (size_t at = s.find(U"关于");
      at != s.npos && IsUnitName(w, s.substr(0, at))) {
    s.remove_prefix(at);
  }
  // The unit, 关于 and the year, in whatever order they open it.
  for (size_t n = 1; n > 0;) {
    n = s.starts_with(U"关于")         ? 2
        : unit && s.starts_with(*unit) ? unit->size()
                                       : YearSpan(s, 0);
    s.remove_prefix(n);
  }
  // The genre's words and a year that close it.
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (const U32& t : w.project_tail) {
      if (s.ends_with(t)) {
        s.remove_suffix(t.size());
        again = true;
      }
    }
    for (size_t k = std::min<size_t>(s.size(), 12); k >= 4; --k) {
      if (YearSpan(s, s.size() - k) == k) {
        s.remove_suffix(k);
        again = true;
        break;
      }
    }
  }
  // A project's name ends in what it is (…项目, …资金, …经费, …工程), a
  // bracket after that apart ("审计业务经费（购买）").
  U32View kind = s;
  if (kind.ends_with(U"）") && kind.find(U'（') != kind.npos) {
    kind = kind.substr(0, kind.rfind(U'（'));
  }
  if (s.size() < 4 || s.size() > 60 || !IsHanText(s) ||
      !EndsWithAny(kind, w.project_names)) {
    return std::nullopt;
  }
  // What names it: past a place (…省, …市, …县, …区) at its start, three
  // characters or more that no generic word covers.
  U32View rest = s;
  for (size_t k = std::min<size_t>(rest.size(), 10); k >= 2; --k) {
    if (EndsWithAny(rest.substr(0, k), w.place)) {
      rest.remove_prefix(k);
      break;
    }
  }
  size_t own = 0;
  for (size_t i = 0; i < rest.size();) {
    size_t n = 0;
    for (const U32& g : w.project_generic) {
      if (rest.substr(i).starts_with(g)) n = std::max(n, g.size());
    }
    if (n == 0) ++own, n = 1;
    i += n;
  }
  if (own < 3) return std::nullopt;
  return U32(s);
}

// The project a report is about: the value of its first 项目名称 field.
std::optional<U32> LabeledProject(const Line& line) {
  constexpr U32View kLabel = U"项目名称";
  constexpr size_t kMaxChars = 80;
  auto plausible = [&](U32View v) -> std::optional<U32> {
    v = v.substr(0, TrimTail(v));
    int han = 0;
    for (char32_t c : v) han += IsHan(c) ? 1 : 0;
    if (han < 2 || v.size() > kMaxChars) return std::nullopt;
    return U32(v);
  };
  if (line.cells.empty()) {
    // "项目名称：" opens the line: its first five characters tell.
    U32 head = Squeeze(line.text, kLabel.size() + 1);
    if (!head.starts_with(kLabel) || head.size() <= kLabel.size() ||
        !IsColon(head[kLabel.size()])) {
      return std::nullopt;
    }
    return plausible(U32View(Squeeze(line.text)).substr(kLabel.size() + 1));
  }
  for (size_t i = 0; i < line.cells.size(); ++i) {
    U32 cell = Squeeze(line.cells[i].text);
    if (!cell.starts_with(kLabel)) continue;
    if (cell.size() > kLabel.size() + 1 && IsColon(cell[kLabel.size()])) {
      return plausible(U32View(cell).substr(kLabel.size() + 1));
    }
    if (cell.size() != kLabel.size()) continue;
    for (size_t j = i + 1; j < line.cells.size(); ++j) {
      U32 next = Squeeze(line.cells[j].text);
      if (!next.empty()) return plausible(next);
    }
  }
  return std::nullopt;
}

}  // namespace

void ExtractMetadata(const DocText& doc, const Lexicons& lexicons,
                     Extracted* out) {
  const MetaWords w(lexicons);
  std::vector<HeaderLine> header = HeaderLines(doc);
  size_t title_index = 0;
  U32 title = FindTitle(w, w.title_end, header, &title_index);
  // Else the title of another publication of the genre (a 决算 or 预算
  // explanation, meta.lex title: end_other), which may carry a
  // self-evaluation in its body.
  const bool other_title = title.empty();
  if (other_title) {
    title = FindTitle(w, w.title_end_other, header, &title_index, true);
  }

  // Fiscal year: the title's (of a span, 2019年-2020年度, the last: the
  // year its account closes), else a "2022年度" of the header (not a date's
  // year: the report is dated the year after), else the year that opens the
  // text ("2019年，市本级…预算…同口径比2018年减少…", "一、2020年一般公共
  // 预算“三公”经费支出预算表"): it speaks of that year, though it may name
  // the year it compares with more often.
  if (std::optional<size_t> at = YearPos(w, title)) {
    for (size_t k = *at + YearSpan(title, *at); k-- > *at;) {
      if ((out->fiscal_year = ParseYear(title, k))) break;
    }
    if (!out->fiscal_year) out->fiscal_year = ParseYear(title, *at);
  }
  for (size_t i = 0; !out->fiscal_year && i < header.size(); ++i) {
    if (!LabeledDate(w, doc.lines[header[i].line])) {
      out->fiscal_year = YearOfLine(header[i].text);
    }
  }
  for (size_t i = 0; !out->fiscal_year && i < doc.lines.size(); ++i) {
    U32 s = Squeeze(doc.lines[i].text, 16);
    if (s.empty()) continue;
    U32View v = s;
    if (IsLevel1Heading(v)) v.remove_prefix(v.find(U'、') + 1);
    // (Not a date's: "2022年3月".)
    const U32View next = v.substr(std::min<size_t>(v.size(), 5), 4);
    if (v.size() > 5 && v[4] == U'年' &&
        !(DigitValue(next[0]) >= 0 && next.find(U'月') != next.npos)) {
      out->fiscal_year = ParseYear(v, 0);
    }
    break;
  }
  if (!out->fiscal_year) out->fiscal_year = BodyYear(doc);

  out->report_kind = other_title ? "" : KindOf(w, title);
  if (out->report_kind.empty()) out->report_kind = BodyKind(doc);
  if (out->report_kind.empty() && !title.empty()) out->report_kind = "other";
  // A text that never speaks of an evaluation (meta.lex title, evaluation)
  // is none: a relative of the genre (a 三公 explanation, a budget note).
  // (An empty text says nothing.)
  if (out->report_kind.empty() && w.evaluation) {
    bool speaks = false, words = false;
    for (size_t l = 0; l < doc.lines.size() && !speaks; ++l) {
      words = words || !Squeeze(doc.lines[l].text).empty();
      for (const std::string& word : w.evaluation->words) {
        if (doc.lines[l].text.find(word) != std::string::npos) {
          speaks = true;
          break;
        }
      }
    }
    if (words && !speaks) out->report_kind = "other";
  }

  // Bureau, surest source first.
  std::optional<U32> bureau;
  for (const HeaderLine& h : header) {
    const Line* next = LineAfter(doc, size_t(h.line));
    if ((bureau = LabeledUnit(w, doc.lines[h.line], next, true))) break;
  }
  if (!bureau && !title.empty()) bureau = TitleUnit(w, title);
  if (!bureau) {
    // A unit name alone on a line above the title (or right below it), or
    // opening a byline there ("湖南省某某厅 时间:2023-06-28").
    size_t limit = title.empty() ? std::min<size_t>(header.size(), 3)
                                 : std::min(header.size(), title_index + 2);
    for (size_t i = 0; i < limit && !bureau; ++i) {
      U32View s = header[i].text;
      s = s.substr(0, TrimTail(s));
      if (IsUnitName(w, s)) {
        bureau = U32(s);
      } else if (i > title_index && !title.empty()) {
        bureau = Byline(w, s);
      }
    }
  }
  // A text without a title opens with its unit and year as a title would
  // ("某某镇2020年“三公”经费决算数共计35.5万元，…"): the opening clause
  // of the first line is read as one.
  if (!bureau && !header.empty()) {
    U32View first = header[0].text;
    bureau = TitleUnit(w, first.substr(0, first.find_first_of(U"，。；")));
  }
  for (size_t i = 0; !bureau && i < doc.lines.size(); ++i) {
    bureau = LabeledUnit(w, doc.lines[i], LineAfter(doc, i));
  }
  std::optional<U32> signer;
  std::optional<Date> trailer_date = TrailerDate(w, doc, &signer);
  if (!bureau) bureau = signer;
  // Last, the web page's own header (发布机构：X, 来源：X): who published the
  // page, which is nearly always the reporting unit, though the report
  // itself does not say so.
  const size_t page_header = std::min(doc.lines.size(), kPageHeaderLines);
  for (size_t i = 0; !bureau && i < page_header; ++i) {
    bureau = PublisherUnit(w, doc.lines[i], LineAfter(doc, i));
  }
  // Then a unit the opening lines name as the one that compiled the
  // figures.
  for (size_t i = 0; !bureau && i < page_header; ++i) {
    bureau = FramedUnit(w, doc.lines[i]);
  }
  // A form or a signature often gives the unit its short name (项目单位：
  // 市民政局, 县财政局, 贯塘乡人民政府), which the title or the page's header
  // gives in full (黄石市民政局, 衡山县贯塘乡人民政府): the full name,
  // from any source of the header that ends with the short one, wins.
  if (bureau) {
    auto fuller = [&](const std::optional<U32>& name) {
      if (name && name->size() > bureau->size() && name->ends_with(*bureau)) {
        bureau = name;
      }
    };
    for (const HeaderLine& h : header) {
      const size_t i = size_t(h.line);
      fuller(LabeledUnit(w, doc.lines[i], LineAfter(doc, i), true));
      fuller(TitleUnit(w, h.text));
    }
    for (size_t i = 0; i < page_header; ++i) {
      fuller(PublisherUnit(w, doc.lines[i], LineAfter(doc, i)));
    }
    fuller(signer);
  }
  // Two units issue a joint notice ("某市财政局 某市文化和旅游局关于…"):
  // a name that holds a unit's ending followed by its own place again is
  // two names, and the first, the lead issuer, is the bureau.
  if (bureau && bureau->size() > 2) {
    const U32View place = U32View(*bureau).substr(0, 2);
    for (size_t k = kMinUnitChars; k + place.size() < bureau->size(); ++k) {
      U32View head = U32View(*bureau).substr(0, k);
      if (HasUnitSuffix(w, head) &&
          U32View(*bureau).substr(k).starts_with(place)) {
        bureau = U32(head);
        break;
      }
    }
  }
  if (bureau) out->bureau = Encode(*bureau);

  // Report date: a labelled one anywhere, else the closing date, else a
  // date alone in the header (a cover page).
  std::optional<Date> date;
  for (size_t i = 0; !date && i < doc.lines.size(); ++i) {
    date = LabeledDate(w, doc.lines[i]);
  }
  if (!date) date = trailer_date;
  for (size_t i = 0; !date && i < header.size(); ++i) {
    date = DateOnly(header[i].text);
  }
  if (date) out->report_date = date->Iso();

  for (const Line& line : doc.lines) {
    if (std::optional<U32> project = LabeledProject(line)) {
      out->project = Encode(*project);
      break;
    }
  }
  // Else the project a project report's title names.
  if (out->project.empty() && out->report_kind == "项目支出" &&
      !title.empty()) {
    std::optional<U32> unit = TitleUnit(w, title);
    if (!unit && bureau && U32View(title).starts_with(*bureau)) unit = bureau;
    if (std::optional<U32> p = TitleProject(w, title, unit)) {
      out->project = Encode(*p);
    }
  }
}

}  // namespace tally::extract
