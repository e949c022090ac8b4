// The facts part of the extract stage: runs the patterns over every line and
// table cell, then gives each match its unit (from the table header where
// the cell has none), exact base value, label, context and provenance.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>

#include "base/decimal.h"
#include "base/numerals.h"
#include "base/utf8.h"
#include "extract/lexicon.h"
#include "extract/parts.h"
#include "extract/patterns.h"
#include "extract/units.h"

namespace tally::extract {
namespace {

using std::string;
using std::string_view;

bool Contains(string_view s, string_view p) {
  return s.find(p) != string_view::npos;
}

// The qualifier a word before or after a number gives it.
string Qualifier(string_view op, string_view approx, string_view bound) {
  static constexpr std::pair<string_view, string_view> kOps[] = {
      {"≥", "≥"},      {"≤", "≤"},      {">=", "≥"},     {"<=", "≤"},
      {">", ">"},      {"<", "<"},      {"＞", ">"},     {"＜", "<"},
      {"不低于", "≥"}, {"不少于", "≥"}, {"不小于", "≥"}, {"不高于", "≤"},
      {"不超过", "≤"}, {"超过", ">"},   {"高于", ">"},   {"大于", ">"},
      {"多于", ">"},   {"低于", "<"},   {"小于", "<"},   {"少于", "<"},
      {"不足", "<"},   {"约", "≈"},     {"近", "≈"},     {"大约", "≈"},
      {"将近", "≈"}};
  for (auto [word, q] : kOps) {
    if (op == word) return string(q);
  }
  if (!approx.empty()) return "≈";
  if (bound.ends_with("以上")) return "≥";
  if (bound.ends_with("以下")) return "≤";
  return "";
}

string BaseValue(const string& kind, const string& value, const string& unit) {
  std::optional<Decimal> d = Decimal::Parse(value);
  if (!d) return "";
  if (kind == "amount" || kind == "count") {
    return d->Shift(UnitExponent(unit)).ToString();
  }
  if (kind == "percent" && unit == "‰") return d->Shift(-1).ToString();
  return d->ToString();
}

// Clause delimiters: a label never reaches across one.
bool IsDelimiter(char32_t c) {
  switch (c) {
    case U'，':
    case U'。':
    case U'；':
    case U'：':
    case U'、':
    case U'！':
    case U'？':
    case U'（':
    case U'）':
    case U'“':
    case U'”':
    case U'《':
    case U'》':
    case U'\t':
    case U',':
    case U';':
    case U':':
    case U'(':
    case U')':
    case U'"':
    case U'【':
    case U'】':
    case U'〔':
    case U'〕':
      return true;
    default:
      return false;
  }
}

// Code points of s, with their byte offsets.
struct Chars {
  std::vector<char32_t> c;
  std::vector<size_t> at;  // at[i] is where c[i] starts; at.back() == size
  explicit Chars(string_view s) {
    // At most one code point a byte: grown once, not once per doubling
    // (each fact decodes the 240 bytes before it).
    c.reserve(s.size());
    at.reserve(s.size() + 1);
    size_t pos = 0;
    while (pos < s.size()) {
      at.push_back(pos);
      c.push_back(DecodeUtf8(s, &pos));
    }
    at.push_back(s.size());
  }
};

// The index of the bracket that the closing bracket at `close` closes, of
// either width; -1 if it opens nowhere in `chars`.
int OpeningBracket(const Chars& chars, int close) {
  int depth = 0;
  for (int open = close; open >= 0; --open) {
    const char32_t ch = chars.c[size_t(open)];
    if (ch == U'）' || ch == U')') ++depth;
    if ((ch == U'（' || ch == U'(') && --depth == 0) return open;
  }
  return -1;
}

// The words of patterns/labels.lex a label is trimmed by (see that file),
// looked up once per document.
struct LabelWords {
  explicit LabelWords(const Lexicon& lex)
      : leading(Words(lex, "leading")),
        leading_whole(Words(lex, "leading_whole")),
        period(Words(lex, "period")),
        period_flow(Words(lex, "period_flow")),
        copula(Words(lex, "copula")),
        list_stop(Words(lex, "list_stop")),
        trailing(Words(lex, "trailing")),
        whole(Words(lex, "whole")),
        threshold(Words(lex, "threshold")),
        serial_column(Words(lex, "serial_column")) {}
  static const std::vector<string>& Words(const Lexicon& lex,
                                          string_view entry) {
    static const std::vector<string> kNone;
    const LexEntry* e = lex.Entry(entry);
    return e ? e->words : kNone;
  }
  const std::vector<string>& leading;
  const std::vector<string>& leading_whole;
  const std::vector<string>& period;
  const std::vector<string>& period_flow;
  const std::vector<string>& copula;
  const std::vector<string>& list_stop;
  const std::vector<string>& trailing;
  const std::vector<string>& whole;
  const std::vector<string>& threshold;
  const std::vector<string>& serial_column;
};

bool IsOneOf(const std::vector<string>& words, string_view s) {
  return std::find(words.begin(), words.end(), s) != words.end();
}

// The size of the longest of `words` that s starts (ends) with, shorter
// than s itself; 0 if none.
size_t LongestPrefix(const std::vector<string>& words, string_view s) {
  size_t best = 0;
  for (const string& w : words) {
    if (w.size() > best && w.size() < s.size() && s.starts_with(w)) {
      best = w.size();
    }
  }
  return best;
}
size_t LongestSuffix(const std::vector<string>& words, string_view s) {
  size_t best = 0;
  for (const string& w : words) {
    if (w.size() > best && w.size() < s.size() && s.ends_with(w)) {
      best = w.size();
    }
  }
  return best;
}

// Strips list markers, years and filler words from the ends of a label.
string CleanLabel(string s, const LabelWords& words) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    // "1." "1、" "（1）" list markers and "2022年度" / "2022 年" years.
    size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i > 0) {
      string_view rest = string_view(s).substr(i);
      for (string_view tail : {"年度", "年", ".", "、", "月份", "月"}) {
        if (rest.starts_with(tail)) {
          s.erase(0, i + tail.size());
          changed = true;
          break;
        }
      }
      if (changed) continue;
    }
    const size_t lead = LongestPrefix(words.leading, s);
    if (lead > 0 && LongestPrefix(words.leading_whole, s) == 0) {
      // The period names the account when the rest is a bare flow:
      // 本年收入 (the year's income, a whole) is not 收入 (any income).
      // (本年收入合计 too: the sum word goes below, the period stays.)
      string_view rest = string_view(s).substr(lead);
      for (string_view sum : {"合计", "总计", "共计"}) {
        if (rest.ends_with(sum) && rest.size() > sum.size()) {
          rest.remove_suffix(sum.size());
          break;
        }
      }
      if (!IsOneOf(words.period_flow, rest) ||
          !IsOneOf(words.period, string_view(s).substr(0, lead))) {
        s.erase(0, lead);
        changed = true;
      }
    }
    // A label that is one filler word whole names its figure by it (合计
    // stays 合计, not 合); one that ends in a word of its own keeps it.
    const bool whole = IsOneOf(words.trailing, s) ||
                       std::any_of(words.whole.begin(), words.whole.end(),
                                   [&](const string& w) {
                                     return s.ends_with(w);
                                   });
    const size_t trail = whole ? 0 : LongestSuffix(words.trailing, s);
    if (trail > 0) {
      s.erase(s.size() - trail);
      changed = true;
    }
  }
  // A label that is only digits or punctuation names nothing.
  bool has_word = false;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = DecodeUtf8(s, &pos);
    if (IsHan(c) || (c < 128 && std::isalpha(int(c)))) has_word = true;
  }
  return has_word ? s : "";
}

// The bytes of a minus sign (-, －, −) that ends s, or 0.
size_t MinusAtEnd(string_view s) {
  for (string_view minus : {"-", "－", "−"}) {
    if (s.ends_with(minus)) return minus.size();
  }
  return 0;
}

// The label of the fact at [begin, end) of text: the clause before it, with
// the text of earlier facts in that clause cut out ("住院33580人次报销" ->
// "住院报销"); an empty clause (a delimiter right before the fact, as in
// "（5 分）" or "为：优秀") reaches back one clause more.
struct FactSpan {
  size_t begin, end;
  string_view kind;
  string_view unit = {};
};

// The most characters a bracket of words inside a name holds (（境）).
constexpr int kMaxInnerBracket = 4;

string ClauseLabel(string_view text, size_t begin, string_view kind,
                   string_view unit, const std::vector<FactSpan>& facts,
                   const LabelWords& words) {
  // Labels are short: three clauses within the last 240 bytes are enough,
  // and decoding no further keeps a long line linear.
  size_t from = begin > 240 ? begin - 240 : 0;
  while (from < begin && (uint8_t(text[from]) & 0xC0) == 0x80) ++from;
  Chars chars(text.substr(from, begin - from));
  for (size_t& a : chars.at) a += from;
  int end = int(chars.c.size());
  for (int attempt = 0; attempt < 3 && end > 0; ++attempt) {
    int start = end;
    while (start > 0 && !IsDelimiter(chars.c[start - 1])) --start;
    // A short bracket of words inside a name is part of it: 因公出国（境）费,
    // 县（区）资金. An aside in brackets holds more than a few characters,
    // or a figure, and is no part of the name after it.
    while (start >= 3 && chars.c[start - 1] == U'）') {
      int open = start - 2;
      while (open > 0 && start - 1 - open <= kMaxInnerBracket &&
             IsHan(chars.c[open])) {
        --open;
      }
      if (chars.c[open] != U'（' || open + 1 == start - 1 || open == 0 ||
          start - 1 - (open + 1) > kMaxInnerBracket ||
          IsDelimiter(chars.c[open - 1])) {
        break;
      }
      start = open;
      while (start > 0 && !IsDelimiter(chars.c[start - 1])) --start;
    }
    // "为A发放X、Y、Z等共计200万元": an enumeration closed by 等 is one
    // thing, and the number counts all of it, so the label spans the whole
    // enumeration (its verb, 发放, is in the first item).
    if (start > 0 && chars.c[start - 1] == U'、' &&
        CleanLabel(Squeeze(text.substr(chars.at[start],
                                       chars.at[end] - chars.at[start])),
                   words)
            .ends_with("等")) {
      while (start > 0 && (chars.c[start - 1] == U'、' ||
                           !IsDelimiter(chars.c[start - 1]))) {
        --start;
      }
    }
    string label;
    size_t b = chars.at[start], e = chars.at[end];
    size_t pos = b;
    // The spans are in text order and disjoint: start at the first one
    // that ends after b (a line of 10^5 figures stays n log n).
    auto first =
        std::partition_point(facts.begin(), facts.end(),
                             [&](const FactSpan& f) { return f.end <= pos; });
    for (auto it = first; it != facts.end() && it->begin < e; ++it) {
      const FactSpan& f = *it;
      if (f.end <= pos) continue;
      // After a fact of the same kind the label starts afresh ("医疗机构≥40%
      // 病种≥70%"); after another kind the words go on ("住院33580人次报销"),
      // and so do they after one of another measure right before it, nothing
      // between ("低保对象9217户16419人": one population counted in two
      // measures, named once; "90% 95%" are two cells).
      const bool adjacent = f.end == begin && f.unit != unit;
      if (f.kind == kind && !adjacent) label.clear();
      if (f.begin > pos && (f.kind != kind || adjacent)) {
        label += text.substr(pos, f.begin - pos);
      }
      pos = std::max(pos, f.end);
    }
    if (pos < e) label += text.substr(pos, e - pos);
    // An item of a list names nothing by itself: "分别为60万元、40万元" are
    // parts of the list, not the thing named before it, so the label never
    // reaches back across a list word or an enumeration comma.
    std::string clause = Squeeze(label);
    for (const string& w : words.list_stop) {
      if (clause.ends_with(w)) return "";
    }
    label = CleanLabel(clause, words);
    // "…教育经费（包括教育事业费，基建经费和教育费附加）为814.11亿元": a
    // verb alone after an aside in brackets names nothing; the name is
    // before the aside.
    if (start > 0 && chars.c[start - 1] == U'）' &&
        IsOneOf(words.copula, label)) {
      if (const int open = OpeningBracket(chars, start - 1); open > 0) {
        end = open;
        continue;
      }
    }
    // "龙城区分配资金最多，为132.87万元": a verb alone after a comma
    // links the figure to the name of the clause before.
    if (start > 0 &&
        (chars.c[start - 1] == U'，' || chars.c[start - 1] == ',') &&
        IsOneOf(words.copula, label)) {
      end = start - 1;
      continue;
    }
    if (!label.empty()) return label;
    // A figure opening an item of a series ("1个项目评为优，占…的2.44%；3个
    // 项目评为良") names nothing of the item before it.
    if (start > 0 &&
        (chars.c[start - 1] == U'、' || chars.c[start - 1] == U'；' ||
         chars.c[start - 1] == U';')) {
      return "";
    }
    // "共筹集彩票公益金（含弃奖收入，下同）56.38亿元": a bracket right
    // before the figure is an aside; the name is before the bracket, not
    // in its last clause.
    if (start > 0 && start == end &&
        (chars.c[start - 1] == U'）' || chars.c[start - 1] == U')')) {
      if (const int open = OpeningBracket(chars, start - 1); open > 0) {
        end = open;
        continue;
      }
    }
    end = start > 0 ? start - 1 : 0;  // skip the delimiter
  }
  return "";
}

// The context a fact keeps: its sentence [sb, se), or, for a sentence
// longer than kMaxContext bytes (a hostile line, a table flattened into
// prose), a window of it around the fact marked with "…", so a line of
// 10^5 figures does not store its whole self 10^5 times.
constexpr size_t kMaxContext = 600;

string Window(string_view text, size_t sb, size_t se, size_t fb, size_t fe) {
  if (se - sb <= kMaxContext) return string(text.substr(sb, se - sb));
  size_t half = kMaxContext / 2;
  size_t b = fb > sb + half ? fb - half : sb;
  size_t e = std::min(se, std::max(fe, b) + half);
  while (b > sb && (uint8_t(text[b]) & 0xC0) == 0x80) --b;
  while (e < se && (uint8_t(text[e]) & 0xC0) == 0x80) ++e;
  string out = b > sb ? "…" : "";
  out += text.substr(b, e - b);
  if (e < se) out += "…";
  return out;
}

// Where a line's sentences end, found once per line; each fact then finds
// its sentence by binary search (a line of thousands of facts and no full
// stop made each of them scan the whole line).
class Stops {
 public:
  explicit Stops(string_view text) {
    static constexpr string_view kStops[] = {"。", "！", "？", "!", "?"};
    for (size_t i = 0; i < text.size();) {
      // Every stop begins with one of these bytes (。 E3, ！？ EF, ! ?):
      // other bytes are passed at once.
      const uint8_t b = uint8_t(text[i]);
      if (b != 0xE3 && b != 0xEF && b != '!' && b != '?') {
        ++i;
        continue;
      }
      size_t n = 0;
      for (size_t k = 0; k < std::size(kStops) && n == 0; ++k) {
        if (text.substr(i).starts_with(kStops[k])) {
          n = kStops[k].size();
          all_.push_back({i, i + n});
          if (k < 3) full_.push_back(i);  // 。！？ count sentences
        }
      }
      i += n > 0 ? n : 1;
    }
    size_ = text.size();
  }
  // The sentence around [begin, end): from after the last stop before it to
  // the end of the first stop after it (or the text's ends).
  std::pair<size_t, size_t> Around(size_t begin, size_t end) const {
    auto after = std::lower_bound(all_.begin(), all_.end(), end,
                                  [](const std::pair<size_t, size_t>& s,
                                     size_t v) { return s.first < v; });
    size_t e = after == all_.end() ? size_ : after->second;
    auto before =
        std::upper_bound(all_.begin(), all_.end(), begin,
                         [](size_t v, const std::pair<size_t, size_t>& s) {
                           return v < s.second;
                         });
    size_t b = before == all_.begin() ? 0 : std::prev(before)->second;
    return {b, e};
  }
  // How many sentences (。！？) end before `at`.
  int Index(size_t at) const {
    return int(std::lower_bound(full_.begin(), full_.end(), at) -
               full_.begin());
  }

 private:
  std::vector<std::pair<size_t, size_t>> all_;  // [begin, end) of each stop
  std::vector<size_t> full_;
  size_t size_ = 0;
};

bool IsHeaderRow(const Line& row) {
  static constexpr string_view kWords[] = {
      "预算数", "执行数",   "决算数",   "执行率",   "分值", "得分", "指标值",
      "完成值", "一级指标", "二级指标", "三级指标", "偏差", "金额"};
  int hits = 0, figures = 0;
  for (const Cell& cell : row.cells) {
    string s = Squeeze(cell.text);
    // A row of figures is data, whatever its names say ("指标1工程资金金额
    // | 43.2 | 37.24 | 10 | 9").
    if (IsValueCell(s) && !s.empty() && ++figures >= 2) return false;
    for (string_view w : kWords) {
      if (Contains(s, w)) {
        ++hits;
        break;
      }
    }
  }
  return hits >= 2;
}

// Whether a row holds two or more cells and only words: no figure, no dash.
bool WordsOnly(const Line& row) {
  int words = 0;
  for (const Cell& c : row.cells) {
    if (Squeeze(c.text).empty()) continue;
    if (IsValueCell(c.text)) return false;
    ++words;
  }
  return words >= 2;
}

// Whether a row's bare number is no quantity of the row: a serial in its
// first cell (1, 2, … before the row's name) or a year, alone or with its
// month (2021, 2021.08). (A thousands separator, 2,012.40, makes it an
// amount: the caller's test.)
bool SerialOrYear(size_t col, string_view number) {
  const bool whole = number.find('.') == string_view::npos;
  if (col == 0 && whole && number.size() <= 3) return true;
  const string_view year = number.substr(0, number.find('.'));
  if (year.size() != 4 || !(year.starts_with("19") || year.starts_with("20"))) {
    return false;
  }
  if (whole) return true;
  // 2021.08 is a month; 2012.40 no month (an amount: 2,012.40).
  const string_view month = number.substr(5);
  return month.size() == 2 && month >= "01" && month <= "12";
}

// "194.19", "-124.68", "194.19万" (a bare 万 in a 万元 column): the number and
// the multiplier; false if the cell holds anything else (two numbers run
// together are not split by guessing).
bool BareNumber(string_view cell, string* number, string* mult) {
  string s = Squeeze(cell);
  string_view v = s;
  mult->clear();
  for (string_view m : {"万", "亿"}) {
    if (v.ends_with(m)) {
      *mult = string(m);
      v.remove_suffix(m.size());
    }
  }
  // A minus before the digits is a figure that fell (an 增减 column's
  // -124.68); a lone sign or a plus is no figure.
  if (v.empty() || v.front() == '+' ||
      (v.front() == '-' && (v.size() < 2 || v[1] < '0' || v[1] > '9'))) {
    return false;
  }
  if (!Decimal::Parse(v)) return false;
  *number = string(v);
  number->erase(std::remove(number->begin(), number->end(), ','),
                number->end());
  return true;
}

// A value in Chinese numerals (count.words: 三项) in digits ("3"), so it
// is a number like any other (its raw text keeps the numeral); a value in
// digits stays. False for numerals that are no number ("十十").
bool InDigits(string* value) {
  if (value->empty() || static_cast<unsigned char>((*value)[0]) < 0x80) {
    return true;
  }
  std::u32string s;
  for (size_t pos = 0; pos < value->size();) {
    s.push_back(DecodeUtf8(*value, &pos));
  }
  size_t pos = 0;
  std::optional<int> n = ParseChineseNumber(s, &pos);
  if (!n || pos != s.size()) return false;
  *value = std::to_string(*n);
  return true;
}

// "收、支总计各是4125.49、4143.91万元", "分别为60、40万元": numbers set
// apart by 、 or a comma right before a figure with its unit share that
// unit, each a figure of its own (its text the number alone). Added to
// `matches`, which stay in text order.
void SharedUnits(string_view text, std::vector<Match>* matches) {
  // A list of figures sharing one unit is short.
  constexpr int kMaxShared = 12;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::vector<Match> added;
  for (size_t k = 0; k < matches->size(); ++k) {
    const Match& m = (*matches)[k];
    const string_view kind = m.rule->kind;
    if ((kind != "amount" && kind != "count" && kind != "percent") ||
        !m.op.empty() || !m.approx.empty() || !m.bound.empty() ||
        m.value.data() != text.data() + m.begin) {
      continue;
    }
    // Where the previous match ends: a number in a match is no list's.
    const size_t floor = k > 0 ? (*matches)[k - 1].end : 0;
    size_t at = m.begin;
    for (int n = 0; n < kMaxShared; ++n) {
      size_t j = at;
      while (j > floor && text[j - 1] == ' ') --j;
      size_t sep = 0;
      for (string_view w : {"、", "，", ","}) {
        if (j >= floor + w.size() && text.substr(j - w.size(), w.size()) == w) {
          sep = w.size();
          break;
        }
      }
      if (sep == 0) break;
      j -= sep;
      while (j > floor && text[j - 1] == ' ') --j;
      const size_t end = j;
      while (j > floor && (digit(text[j - 1]) || text[j - 1] == '.')) --j;
      // A number whose digits are its own (not a code's or a word's: the
      // byte before is no digit, point, letter or %).
      if (j == end || !digit(text[j]) || !digit(text[end - 1]) ||
          (j > 0 && (std::isalnum(static_cast<unsigned char>(text[j - 1])) ||
                     text[j - 1] == '.' || text[j - 1] == '%'))) {
        break;
      }
      // "1,267" is one number: a comma before exactly three digits and no
      // point is a thousands' mark, not a list's. After 第 the numbers are
      // ordinals (第1、2批).
      if ((sep == 1 && end - j == 3) ||
          (j >= 3 && text.substr(j - 3, 3) == "第")) {
        break;
      }
      Match nm = m;
      nm.begin = nm.match_begin = j;
      nm.end = nm.match_end = end;
      nm.value = text.substr(j, end - j);
      added.push_back(nm);
      at = j;
    }
  }
  if (added.empty()) return;
  matches->insert(matches->end(), added.begin(), added.end());
  std::sort(matches->begin(), matches->end(),
            [](const Match& a, const Match& b) { return a.begin < b.begin; });
}

class FactBuilder {
 public:
  FactBuilder(const DocText& doc, const Patterns& patterns,
              const Lexicons& lexicons, Extracted* out)
      : doc_(doc),
        patterns_(patterns),
        grade_scope_(lexicons.Get("grade_scope")),
        grade_short_(lexicons.Get("grade_bands_short")),
        grade_long_(lexicons.Get("grade_bands_long")),
        words_(lexicons.Get("label")),
        out_(out) {}

  void Run() {
    for (size_t i = 0; i < doc_.lines.size(); ++i) {
      const Line& line = doc_.lines[i];
      if (line.table < 0) {
        Body(line, i + 1 < doc_.lines.size() ? &doc_.lines[i + 1] : nullptr);
      } else {
        TableRow(line);
      }
      previous_ = &line;
    }
  }

 private:
  const Page& PageOf(const Line& line) const {
    return (*doc_.pages)[line.page];
  }

  // The fact of match m, added to out_->facts; null (and nothing added)
  // when it has no exact value. Built where it stays: a Fact is a large
  // record, and moving each of 10^5 of them costs more than filling it.
  Fact* Make(const Line& line, string_view text, uint32_t text_offset,
             const Match& m) {
    Fact& f = out_->facts.emplace_back();
    f.kind = m.rule->kind;
    f.rule_id = m.rule->id;
    f.raw = string(text.substr(m.begin, m.end - m.begin));
    f.value = string(m.value);
    if (f.kind != "grade" && f.kind != "date" && f.kind != "docno") {
      // (Thousands grouped by commas or spaces: 1,234.5, 279 587.)
      std::erase_if(f.value, [](char c) { return c == ',' || c == ' '; });
      if (!InDigits(&f.value)) {
        out_->facts.pop_back();
        return nullptr;
      }
    }
    f.unit =
        string(m.mult) + string(m.unit.empty() ? m.rule->implied_unit : m.unit);
    f.qualifier = Qualifier(m.op, m.approx, m.bound);
    // "达到100%得满分": the threshold a scoring standard names.
    if (f.qualifier.empty() && f.kind == "percent" &&
        LongestPrefix(words_.threshold, text.substr(m.end)) > 0) {
      f.qualifier = "≥";
    }
    f.base_value = f.kind == "date" ? IsoDate(m.value)
                   : (f.kind == "grade" || f.kind == "docno")
                       ? f.value
                       : BaseValue(f.kind, f.value, f.unit);
    if (f.base_value.empty()) {  // no exact value: not a fact
      out_->facts.pop_back();
      return nullptr;
    }
    const Page& page = PageOf(line);
    f.page_no = page.page_no;
    f.source = page.source;
    f.text_begin = text_offset + uint32_t(m.begin);
    f.text_end = text_offset + uint32_t(m.end);
    f.box = BoxOf(doc_, line.page, f.text_begin, f.text_end, &f.ocr_confidence);
    return &f;
  }

  // "2023年1月30日" -> "2023-01-30"; "2019年10月" -> "2019-10";
  // "12月31日" -> "--12-31" (ISO 8601's date without a year).
  static string IsoDate(string_view v) {
    int parts[3] = {-1, -1, -1};  // year, month, day
    int n = -1;
    string digits;
    for (size_t pos = 0; pos < v.size();) {
      char32_t c = DecodeUtf8(v, &pos);
      if (c >= '0' && c <= '9') {
        digits.push_back(char(c));
      } else if (c == U'年' || c == U'月' || c == U'日') {
        n = c == U'年' ? 0 : c == U'月' ? 1 : 2;
        if (!digits.empty()) parts[n] = std::atoi(digits.c_str());
        digits.clear();
      }
    }
    if (n < 0 && digits.size() == 4) parts[0] = std::atoi(digits.c_str());
    char buf[64];  // room for any int, so no truncation
    if (parts[0] >= 0 && parts[1] >= 0 && parts[2] >= 0) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", parts[0], parts[1],
                    parts[2]);
    } else if (parts[0] >= 0 && parts[1] >= 0) {
      std::snprintf(buf, sizeof buf, "%04d-%02d", parts[0], parts[1]);
    } else if (parts[1] >= 0 && parts[2] >= 0) {
      std::snprintf(buf, sizeof buf, "--%02d-%02d", parts[1], parts[2]);
    } else if (parts[0] >= 0 && parts[1] < 0 && parts[2] < 0) {
      std::snprintf(buf, sizeof buf, "%04d", parts[0]);
    } else {
      return "";
    }
    return buf;
  }

  void Body(const Line& line, const Line* next) {
    // A number whose unit went to the next line ("医疗救助发放信息13" |
    // "条，…"): the two lines are read as one, and only the matches that
    // start on this line are kept (the next line is read in its turn).
    string_view text = line.text;
    const bool joins_next = next && next->table < 0 &&
                            next->page == line.page &&
                            next->begin == line.end + 1 && !text.empty() &&
                            text.back() >= '0' && text.back() <= '9';
    if (joins_next) {
      text = PageOf(line).text.substr(line.begin, next->end - line.begin);
    }
    // The line before ended in such a number: its last sentence goes on here.
    const string_view head = continued_;
    continued_ = {};
    const Stops stops(text);
    if (joins_next) {
      size_t tail = stops.Around(line.text.size(), line.text.size()).first;
      continued_ = line.text.substr(tail);
    }
    std::vector<Match> matches = patterns_.FindAll(text);
    std::erase_if(matches,
                  [&](const Match& m) { return m.begin >= line.text.size(); });
    SharedUnits(text, &matches);
    // A sentence cut by a page break: the label may start on the page
    // before ("…基本医疗" | "保险待遇报销52034万元").
    string carried;
    if (const Line* prev = previous_; prev && prev->page != line.page &&
                                      prev->table < 0 &&
                                      !EndsWithStop(prev->text)) {
      carried = string(prev->text);
    }
    string joined = carried + string(text);
    std::vector<FactSpan> spans;
    for (const Match& m : matches) {
      spans.push_back({carried.size() + m.begin, carried.size() + m.end,
                       m.rule->kind, m.unit});
    }
    for (const Match& m : matches) {
      Fact* made = Make(line, text, line.begin, m);
      if (!made) continue;
      Fact& f = *made;
      f.label = ClauseLabel(joined, carried.size() + m.begin, m.rule->kind,
                            m.unit, spans, words_);
      Signed(text, line.begin, m, &f);
      auto [sb, se] = stops.Around(m.begin, m.end);
      f.context = Window(text, sb, se, m.begin, m.end);
      f.sentence_begin = line.begin + uint32_t(sb);
      f.sentence_end = line.begin + uint32_t(se);
      f.sentence = sentence_base_ + stops.Index(m.begin) + 1;
      if (sb == 0 && !head.empty()) {
        // The sentence began on the line before: its end too.
        f.context = Window(head, 0, head.size(), head.size(), head.size()) +
                    "\n" + f.context;
      }
    }
    sentence_base_ += stops.Index(line.text.size()) + (joins_next ? 0 : 1);
  }

  // "当年收支结余-1.04亿元": a minus right before a figure's digits, after a
  // word (not after a digit: 5-10万元 is a range, nor after another dash),
  // signs it; the label loses it.
  static void Signed(string_view text, uint32_t offset, const Match& m,
                     Fact* f) {
    if ((f->kind != "amount" && f->kind != "percent") ||
        !f->qualifier.empty() || f->value.starts_with("-")) {
      return;
    }
    string_view before = text.substr(0, m.begin);
    const size_t len = MinusAtEnd(before);
    if (len == 0 || before.size() == len) return;
    const unsigned char prev =
        static_cast<unsigned char>(before[before.size() - len - 1]);
    // A Han character or a full-width colon ends in a continuation byte; an
    // ASCII letter, digit or punctuation does not sign.
    if (prev < 0x80 || before.substr(0, before.size() - len).ends_with("—") ||
        before.substr(0, before.size() - len).ends_with("－")) {
      return;
    }
    f->value = "-" + f->value;
    f->base_value = BaseValue(f->kind, f->value, f->unit);
    f->raw = string(text.substr(m.begin - len, m.end - m.begin + len));
    f->text_begin = offset + uint32_t(m.begin - len);
    f->label.resize(f->label.size() - MinusAtEnd(f->label));
  }

  void TableRow(const Line& line) {
    const bool first_row = line.table != table_;
    if (first_row) {
      // A run of name-value rows right under a table (no line between) is
      // the rest of its form, cells the page saved as "名称：数" lines (a
      // 部门整体支出 form's 按收入性质分：2030.12 under its budget block):
      // its figures are in the table's unit.
      const size_t at = size_t(&line - doc_.lines.data());
      const bool rest_of_form = table_ >= 0 && line.cells.size() == 2 &&
                                at > 0 && doc_.lines[at - 1].table == table_;
      table_ = line.table;
      header_.clear();
      named_ = 0;
      aligner_.Reset();
      block_unit_.clear();
      caption_unit_ = CaptionUnit(line);
      if (caption_unit_.empty() && rest_of_form) caption_unit_ = table_unit_;
      table_unit_.clear();
    }
    // The first row of a table under a caption that names its unit, when
    // it is words only, is its header whatever its words (地区 | 已预下达 |
    // 本次下达 | 合计下达).
    // So is a first row of words one of which names the unit of its
    // column's figures (学段 | 金额（万元） | 人数 | 人次; 项目名称 | 总分 |
    // 自评得分 | 评价等级).
    bool names_unit = false;
    if (first_row) {
      for (const Cell& c : line.cells) {
        names_unit = names_unit || !ExplicitMoneyUnit(c.text).empty() ||
                     !HeaderUnit(c.text).empty();
      }
    }
    const bool header_row =
        IsHeaderRow(line) ||
        (first_row && (!caption_unit_.empty() || names_unit) &&
         WordsOnly(line));
    // A header wrapped onto a second, shorter row ("年度 实际" then "指标值
    // 完成值") goes on with the first: its cells are not the columns.
    const bool wrapped_header =
        header_row && last_header_row_ && line.cells.size() < header_.size();
    last_header_row_ = header_row;
    if (wrapped_header) return;
    if (header_row) {
      header_.clear();
      named_ = 0;
      block_unit_.clear();
      indicator_header_ = false;
      target_col_ = target_unit_col_ = target_op_col_ = -1;
      for (const Cell& c : line.cells) {
        header_.push_back(CellWords(c));
        if (block_unit_.empty()) block_unit_ = ExplicitMoneyUnit(c.text);
        const IndicatorColumn col = IndicatorHeaderWord(c.text);
        const long at = long(header_.size()) - 1;
        if (col == IndicatorColumn::kTarget && target_col_ < 0) {
          target_col_ = at;
        }
        if (col == IndicatorColumn::kTargetUnit && target_unit_col_ < 0) {
          target_unit_col_ = at;
        }
        if (col == IndicatorColumn::kTargetOp && target_op_col_ < 0) {
          target_op_col_ = at;
        }
        indicator_header_ =
            indicator_header_ || col == IndicatorColumn::kLevel1 ||
            col == IndicatorColumn::kLevel2 || col == IndicatorColumn::kLevel3;
        if (!header_.back().empty()) named_ = header_.size();
      }
      // A row of words just above the header that names the unit
      // ("预算资金（万元）") is the block's caption.
      if (block_unit_.empty()) block_unit_ = row_unit_;
    }
    // What a row of words names as its unit, for the header that may follow.
    row_unit_.clear();
    if (!header_row) {
      bool numbers = false;
      for (const Cell& c : line.cells) {
        string t = Squeeze(c.text);
        numbers = numbers || (!t.empty() && t[0] >= '0' && t[0] <= '9');
      }
      if (!numbers) {
        for (const Cell& c : line.cells) {
          if (row_unit_.empty()) row_unit_ = ExplicitMoneyUnit(c.text);
        }
      }
    }
    // Header column of each cell (units.h: AlignRow, PlaceCells).
    std::vector<int> placed(line.cells.size(), -1);
    if (!header_row) {
      std::vector<std::string_view> texts;
      for (const Cell& c : line.cells) texts.push_back(c.text);
      placed = PlaceCells(header_, texts, aligner_.Align(header_, texts));
    } else {
      for (size_t c = 0; c < placed.size(); ++c) placed[c] = int(c);
      aligner_.Reset();
    }
    // A block's first cell may name its unit ("项目资金（万元）").
    if (!line.cells.empty()) {
      std::string u = ExplicitMoneyUnit(line.cells[0].text);
      if (!u.empty()) block_unit_ = u;
    }
    ++sentence_base_;
    string context;
    std::vector<size_t> cell_at;  // where each cell starts in context
    for (const Cell& c : line.cells) {
      if (!context.empty()) context += " | ";
      cell_at.push_back(context.size());
      context += c.text;
    }
    // Each cell's row header: the nearest cell left of it that holds
    // words, found in one pass along the row.
    string row_header, next_row_header;
    for (size_t col = 0; col < line.cells.size(); ++col) {
      const Cell& cell = line.cells[col];
      if (!next_row_header.empty()) row_header = std::move(next_row_header);
      const int h = placed[col];
      // (A row's 计量单位 cell names no row: 万元 is its figures' unit.)
      if (header_row || h < 0 || h != target_unit_col_) {
        next_row_header = HeaderText(cell);
      }
      if (cell.text.empty()) continue;
      string col_header =
          h >= 0 && size_t(h) < header_.size() ? header_[size_t(h)] : "";
      string cell_label = row_header;
      if (!col_header.empty() && !header_row) {
        cell_label += (cell_label.empty() ? "" : " ") + col_header;
      }
      std::vector<Match> matches = patterns_.FindAll(cell.text);
      std::vector<FactSpan> spans;
      for (const Match& m : matches) {
        spans.push_back({m.begin, m.end, m.rule->kind, m.unit});
      }
      for (const Match& m : matches) {
        Fact* made = Make(line, cell.text, cell.begin, m);
        if (!made) continue;
        Fact& f = *made;
        f.label = ClauseLabel(cell.text, m.begin, m.rule->kind, m.unit, spans,
                              words_);
        // A cell that is just the number ("10分", "≥90%") is named by its
        // row and column; so is a percentage signed (an 增减率 column's
        // fall, -24.99%), which keeps its sign.
        const string sign = Squeeze(cell.text.substr(0, m.begin));
        const bool minus = f.kind == "percent" && f.qualifier.empty() &&
                           !sign.empty() && MinusAtEnd(sign) == sign.size();
        if (minus) {
          f.value = "-" + f.value;
          f.base_value = BaseValue(f.kind, f.value, f.unit);
          f.raw = string(cell.text.substr(0, m.end));
          f.text_begin = cell.begin;
        }
        if (f.label.empty() || m.begin == 0 || minus) f.label = cell_label;
        f.context = Window(context, 0, context.size(), cell_at[col] + m.begin,
                           cell_at[col] + m.end);
        f.sentence_begin = line.begin;
        f.sentence_end = line.end;
        f.sentence = sentence_base_;
        f.in_table = true;
      }
      if (!matches.empty() || header_row) continue;
      // A cell of what the row was graded, bare (优, 良好) under a column
      // of grades (评价等级, 自评等次): the row's grade.
      if (const string g = CellWords(cell);
          !g.empty() && grade_scope_.Contains(col_header, "grade") &&
          (grade_short_.Entry(g) || grade_long_.Entry(g))) {
        Fact& f = CellFact(line, cell, "grade", "table.header_grade", g, "");
        f.label = cell_label;
        f.context = Window(context, 0, context.size(), cell_at[col],
                           cell_at[col] + cell.text.size());
        continue;
      }
      // A bare number takes its unit from the column header, else from the
      // block's first cell ("项目资金 (万元)").
      string number, mult;
      if (!BareNumber(cell.text, &number, &mult)) continue;
      // A column of row numbers (行次, 行号, 序号) holds no values.
      if (IsOneOf(words_.serial_column, Squeeze(col_header))) continue;
      // A whole number opening a row right before its name is its serial
      // or its code (1 | 设备购置; 2050202 | 小学教育: a subject's code), no
      // value. (Figures before a name further on are a row the page
      // scrambled: values.)
      if (col == 0 && line.cells.size() > 1 && !HasHan(cell.text) &&
          HasHan(line.cells[1].text) && number.find('.') == string::npos) {
        continue;
      }
      // One resolver for the unit (units.h): the column, the block, the
      // caption, then 元 for a column of money.
      string unit = HeaderUnit(col_header);
      // A measure word in brackets ending the column's name, or else the
      // row's (发放人数（人）, 新建集中供水工程（处）), makes the figures
      // under it counts in that measure.
      bool count = false;
      if (unit.empty()) {
        unit = BracketMeasure(col_header);
        if (unit.empty() && !IsMoneyHeader(col_header)) {
          unit = BracketMeasure(row_header);
          // So does a measure of two characters closing the row's name
          // (门诊人次, 出院人次, 接待户次): what its figures count.
          if (unit.empty()) unit = TailMeasure(row_header);
        }
        count = !unit.empty();
      }
      // An indicator's target split in three ("≤ | 30 | 万元") has its unit
      // in the row's 度量单位 cell (a percentage or money) and its bound in
      // its 指标性质 cell.
      string bound;
      auto row_cell = [&](int header_col) {
        for (size_t k = 0; header_col >= 0 && k < placed.size(); ++k) {
          if (placed[k] == header_col) return Squeeze(line.cells[k].text);
        }
        return string();
      };
      auto money_or_percent = [](const string& u) {
        return u == "%" || u == "元" || u == "万元" || u == "亿元";
      };
      if (unit.empty() && h == target_col_ && target_unit_col_ >= 0) {
        const string cell_unit = row_cell(target_unit_col_);
        if (money_or_percent(cell_unit)) {
          unit = cell_unit;
          bound = TargetBound(row_cell(target_op_col_));
        }
      }
      // A table of names, units and values that is no indicator table (a
      // 决算 信息表: "（一）政府采购货物支出 │ 万元 │ 440.99", "车辆数合计 │
      // 辆 │ 1") has each row's unit in its 计量单位 cell: money, a percent,
      // or a measure word its figures count.
      if (unit.empty() && !indicator_header_ && target_col_ < 0 &&
          target_unit_col_ >= 0 && h != target_unit_col_) {
        const string cell_unit = row_cell(target_unit_col_);
        if (money_or_percent(cell_unit)) {
          unit = cell_unit;
        } else if (const size_t n = CodePoints(cell_unit);
                   n >= 1 && n <= 4 && HasHan(cell_unit) &&
                   cell_unit.find_first_of("0123456789") == string::npos) {
          unit = cell_unit;
          count = true;
        }
      }
      // A table of names and values without a header row has no column to
      // say what its figures are: its caption's money unit does. A caption
      // that states the table's unit (单位：万元) covers every figure column
      // whose header names no other measure (已预下达, 本次下达, 合计下达).
      // A block's unit (a header cell's "金额（万元）", a first cell's
      // "项目资金（万元）") is the unit of its money: a column headed 人数
      // or 人次 beside it counts people, and a cell past the header's last
      // named column (a row wider than the header it was read under) is of
      // no column it names.
      const bool past_header =
          !header_.empty() && (h < 0 || size_t(h) >= named_);
      bool money =
          IsMoneyHeader(col_header) ||
          (!block_unit_.empty() && !past_header &&
           (Squeeze(col_header).empty() || !NamesOtherMeasure(col_header))) ||
          (header_.empty() && line.cells.size() == 2 &&
           !caption_unit_.empty()) ||
          (!caption_unit_.empty() && !NamesOtherMeasure(col_header) &&
           !indicator_header_ &&
           !(SerialOrYear(col, number) &&
             cell.text.find(',') == string_view::npos));
      if (unit.empty() && money) {
        unit = !block_unit_.empty()     ? block_unit_
               : !caption_unit_.empty() ? caption_unit_
                                        : DefaultMoneyUnit(header_);
      }
      if (unit.empty()) continue;
      if (!mult.empty() && unit != "万元" && unit != "亿元") continue;
      if (unit == "%") {
        if (string p = PercentOfFraction(col_header, number); !p.empty()) {
          // A fraction of one decimal (执行率 0.1 for 94/650) stands for
          // anything from 5% to 15%, which no percentage prints: there is
          // no rate to read from it.
          if (Squeeze(number).size() - Squeeze(number).find('.') < 3) continue;
          number = p;
        }
      }
      const string kind = count            ? "count"
                          : unit == "分" ? "score"
                          : unit == "%"  ? "percent"
                                         : "amount";
      if (kind == "amount") table_unit_ = unit;
      Fact& f = CellFact(line, cell, kind, "table.header_unit", number, unit);
      f.qualifier = bound;
      f.label = cell_label;
      f.context = Window(context, 0, context.size(), cell_at[col],
                         cell_at[col] + cell.text.size());
    }
  }

  // The measure word a header names in brackets at its end ("发放人数
  // （人）"): one the count patterns read after a number ("1人"); "" if
  // none.
  string BracketMeasure(string_view header) {
    // Asked for every bare cell of a column or row: read each name once.
    auto [it, fresh] = measures_.try_emplace(string(header));
    if (fresh) it->second = ReadBracketMeasure(header);
    return it->second;
  }
  // The measure word of two characters closing a name that has no figure
  // of its own ("门诊人次": 人次), one the count patterns read after a
  // number; "" if none.
  string TailMeasure(string_view header) {
    auto [it, fresh] = tail_measures_.try_emplace(string(header));
    if (!fresh) return it->second;
    const string h = Squeeze(header);
    size_t at = h.size(), chars = 0;
    while (at > 0 && chars < 2) {
      --at;
      while (at > 0 && (uint8_t(h[at]) & 0xC0) == 0x80) --at;
      ++chars;
    }
    if (chars < 2 || at == 0) return "";
    const string word = h.substr(at);
    // (A name with a figure in it states a quantity of its own: 建设二级
    // 公路32.1公里 names no measure for the row.)
    if (!HasHan(word) || h.find_first_of("0123456789") != string::npos) {
      return "";
    }
    return CountMeasureWord(word) ? it->second = word : "";
  }
  string ReadBracketMeasure(string_view header) const {
    string h = Squeeze(header);
    for (auto [open, close] : {std::pair<string_view, string_view>{"（", "）"},
                               {"(", ")"}}) {
      if (!h.ends_with(close)) continue;
      const size_t at = h.rfind(open);
      if (at == string::npos) continue;
      const string word =
          h.substr(at + open.size(), h.size() - close.size() - at - open.size());
      if (word.empty() || word.size() > 12) return "";
      if (CountMeasureWord(word)) return word;
    }
    return "";
  }

  // Whether the count patterns read `word` after a number, whole ("1人",
  // "1人次"): a measure word.
  bool CountMeasureWord(const string& word) const {
    const string probe = "1" + word;
    for (const Match& m : patterns_.FindAll(probe)) {
      if (m.rule->kind == "count" && m.begin == 0 && m.end == probe.size()) {
        return true;
      }
    }
    return false;
  }

  // The fact of a whole cell whose value the column says (a bare number in
  // its header's unit, a bare grade), added to out_->facts.
  Fact& CellFact(const Line& line, const Cell& cell, const string& kind,
                 const char* rule, const string& value, const string& unit) {
    Fact& f = out_->facts.emplace_back();
    f.kind = kind;
    f.rule_id = rule;
    f.raw = string(cell.text);
    f.value = value;
    f.unit = unit;
    f.base_value = BaseValue(f.kind, f.value, f.unit);
    const Page& page = PageOf(line);
    f.page_no = page.page_no;
    f.source = page.source;
    f.text_begin = cell.begin;
    f.text_end = cell.end;
    f.box = BoxOf(doc_, line.page, cell.begin, cell.end, &f.ocr_confidence);
    f.sentence_begin = line.begin;
    f.sentence_end = line.end;
    f.sentence = sentence_base_;
    f.in_table = true;
    return f;
  }

  // The money unit a caption names: a body line among the three right
  // above the table's first row ("部门支出明细表（单位：万元）"). Lines that
  // are one header cell each (a table saved one cell per line: "收入",
  // "预算数", "决算数", short words with no figure) are the table's own and
  // do not count among the three.
  string CaptionUnit(const Line& first_row) const {
    constexpr int kMaxLinesAbove = 3, kMaxCellLines = 24;
    constexpr size_t kMaxCellChars = 8;
    const Line* begin = doc_.lines.data();
    int lines = 0, cells = 0;
    for (const Line* l = &first_row; l > begin && lines < kMaxLinesAbove;) {
      --l;
      if (l->table >= 0) break;
      string u = ExplicitMoneyUnit(l->text);
      if (!u.empty()) return u;
      const string words = Squeeze(l->text);
      const bool cell = !words.empty() && CodePoints(words) <= kMaxCellChars &&
                        words.find_first_of("0123456789") == string::npos;
      if (!cell || ++cells > kMaxCellLines) ++lines;
    }
    return "";
  }

  // Whether a cell holds words that name its row, not a value ("10分",
  // "≥90%" are values): its squeezed text if so, else empty.
  // A cell's words without spaces; a cell may span a line break (a header
  // cell the page broke inside, folded back: "全年\n预算数"), whose words
  // read as one.
  static string CellWords(const Cell& cell) {
    string s = Squeeze(cell.text);
    std::erase_if(s, [](char c) { return c == '\n' || c == '\r'; });
    return s;
  }

  static string HeaderText(const Cell& cell) {
    string s = CellWords(cell);
    // A row's name may open with its item number (3.公务接待费): a name
    // still, where a figure's cell (38个, 2023年9月底前) opens with digits.
    const std::vector<ItemMarker> m = InlineItemMarkers(s);
    const bool numbered =
        !m.empty() && m[0].at == 0 && m[0].end < s.size() && [&] {
          size_t pos = m[0].end;
          return IsHan(DecodeUtf8(s, &pos));
        }();
    if (s.empty() || (s[0] >= '0' && s[0] <= '9' && !numbered) ||
        s.starts_with("≥") || s.starts_with("≤") ||
        s.find('%') != string::npos) {
      return "";
    }
    size_t pos = 0;
    while (pos < s.size()) {
      if (IsHan(DecodeUtf8(s, &pos))) return s;
    }
    return "";
  }

  static bool EndsWithStop(string_view s) {
    for (string_view stop : {"。", "！", "？", "；", "：", ";", ":"}) {
      if (s.ends_with(stop)) return true;
    }
    return false;
  }

  const DocText& doc_;
  const Patterns& patterns_;
  // grades.lex: the columns of grades and the grade words (see TableRow).
  const Lexicon& grade_scope_;
  const Lexicon& grade_short_;
  const Lexicon& grade_long_;
  const LabelWords words_;
  std::map<string, string, std::less<>> measures_;  // see BracketMeasure
  std::map<string, string, std::less<>> tail_measures_;  // see TailMeasure
  Extracted* out_;
  const Line* previous_ = nullptr;
  string_view continued_;  // see Body
  int sentence_base_ = 0;
  int table_ = -1;
  std::vector<string> header_;
  size_t named_ = 0;  // header_'s cells up to its last one with words
  // The header names indicator levels: its figures carry their own units,
  // and a caption's money unit is not theirs.
  bool indicator_header_ = false;
  // Where the header splits an indicator's target in three (指标性质 |
  // 指标值 | 度量单位): the target's column, its unit's and its bound's,
  // else -1.
  long target_col_ = -1, target_unit_col_ = -1, target_op_col_ = -1;
  RowAligner aligner_;            // the table's rows against its header
  string block_unit_;             // named by the block's header or first cell
  string table_unit_;             // the money unit of the table's figures
  string caption_unit_;           // named by a line just above the table
  string row_unit_;               // named by the row before, a row of words
  bool last_header_row_ = false;  // the row before was a header row
};

}  // namespace

void ExtractFacts(const DocText& doc, const Patterns& patterns,
                  const Lexicons& lexicons, Extracted* out) {
  size_t first = out->facts.size();
  // Room for the facts up front spares the copies of a growing vector of
  // large records, and the page faults of the new copy (most of the cost:
  // a copy touches every page of the new block). Reports hold about a
  // figure per 40 bytes, lists and tables of figures up to one per 16
  // (「项目1万元、」); room for the denser costs only address space where it
  // goes unused. Past 2^20 facts (~450 MB of records) the room is the
  // sparser estimate, so a huge page reserves no more than it did.
  size_t bytes = 0;
  for (const Page& p : *doc.pages) bytes += p.text.size();
  constexpr size_t kDenseRoomCap = size_t{1} << 20;
  out->facts.reserve(first +
                     std::max(bytes / 40, std::min(bytes / 16, kDenseRoomCap)));
  FactBuilder(doc, patterns, lexicons, out).Run();
  // The innermost section whose heading precedes the fact.
  const std::vector<Section>& sections = out->sections;
  size_t s = 0;
  int current = -1;
  for (size_t i = first; i < out->facts.size(); ++i) {
    Fact& f = out->facts[i];
    while (s < sections.size() && (sections[s].page_no < f.page_no ||
                                   (sections[s].page_no == f.page_no &&
                                    sections[s].text_begin <= f.text_begin))) {
      current = int(s++);
    }
    f.section = current;
  }
}

}  // namespace tally::extract
