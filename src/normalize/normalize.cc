#include "normalize/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cstddef>
#include <utility>

#include "base/utf8.h"

namespace tally::normalize {
namespace {

constexpr uint8_t kBoundaryBefore = 1;
constexpr uint8_t kInert = 2;
constexpr uint8_t kNoDecomposition = 4;
constexpr size_t kNone = static_cast<size_t>(-1);

// The working text of a page: code points, each with the input byte offset
// it came from. Every pass rewrites it in place or appends to it, carrying
// the offsets along, so after the last pass off[i] is the composition of all
// the passes' offset maps for code point i.
struct Text {
  std::vector<char32_t> cp;
  std::vector<uint32_t> off;
};

// One input line and, after the passes, its range in the page Text.
struct Line {
  size_t begin = 0;
  size_t end = 0;
  uint32_t input_end = 0;  // input offset just past the line (its '\n')
  double fill = -1;
  size_t width = 0;  // display width of the input line, outer spaces trimmed
  // Plain text only: the line runs past the page's estimated full width, or
  // the page's lines are paragraphs never wrapped (see EstimateFill).
  bool unwrapped = false;
  bool table = false;
  bool blank() const { return begin == end; }
};

const icu::Normalizer2* Nfkc(const void* p) {
  return static_cast<const icu::Normalizer2*>(p);
}

// Characters NFKC would fold that carry meaning here (see the header).
bool KeptAsIs(char32_t c) {
  return c == 0x2026 || (c >= 0x2460 && c <= 0x2473) ||
         (c >= 0x24B6 && c <= 0x24FF) || (c >= 0x3251 && c <= 0x325F) ||
         (c >= 0x32B1 && c <= 0x32BF);
}

bool IsSpace(char32_t c) {
  switch (c) {
    case ' ':
    case '\n':  // only if a caller breaks the "no '\n' in a line" contract
    case '\r':
    case '\f':
    case '\v':
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200B;
  }
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsAsciiLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsLatinLetter(char32_t c) {
  return IsAsciiLetter(c) ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool IsChineseNumeral(char32_t c) {
  switch (c) {
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
    case U'百':
    case U'零':
    case U'〇':
    case U'两':
      return true;
    default:
      return false;
  }
}

char32_t FullWidth(char32_t c) { return c + 0xFEE0; }  // ASCII ! .. ~ only

// ---- Step 2: punctuation -------------------------------------------------

// Nearest non-space code point after i (within the cell), or 0.
char32_t RightNeighbour(const Text& t, size_t i, size_t end) {
  while (++i < end) {
    char32_t c = t.cp[i];
    if (c == '\t') return 0;
    if (!IsSpace(c)) return c;
  }
  return 0;
}

bool IsAsciiAlnum(char32_t c) { return IsAsciiLetter(c) || IsDigit(c); }

// True if the punctuation at i is typed as in Latin text, where the ASCII
// form is the right one: "Hello, world", "Note: see", "http://". Chinese
// text that merely mixes in Latin ("DRG，DIP", "100%，DIP") does not qualify,
// so NFKC-narrowed Chinese punctuation is widened back.
bool InLatinRun(const Text& t, size_t begin, size_t i, size_t end) {
  if (i == begin || i + 1 >= end) return false;
  char32_t l = t.cp[i - 1];
  if (!IsAsciiAlnum(l)) return false;
  if (t.cp[i] == ':' && t.cp[i + 1] == '/') {
    return i + 2 < end && t.cp[i + 2] == '/';
  }
  if (!IsSpace(t.cp[i + 1])) return false;
  char32_t r = RightNeighbour(t, i, end);
  return IsAsciiAlnum(r) && (IsAsciiLetter(l) || IsAsciiLetter(r));
}

void FoldPunctuation(Text* t, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    char32_t c = t->cp[i];
    switch (c) {
      case '[':
        if (i + 5 < end && IsDigit(t->cp[i + 1]) && IsDigit(t->cp[i + 2]) &&
            IsDigit(t->cp[i + 3]) && IsDigit(t->cp[i + 4]) &&
            t->cp[i + 5] == ']') {
          t->cp[i] = U'〔';
          t->cp[i + 5] = U'〕';
          i += 5;
        }
        break;
      case ',':
      case ':':
        if (i > begin && i + 1 < end && IsDigit(t->cp[i - 1]) &&
            IsDigit(t->cp[i + 1])) {
          break;
        }
        [[fallthrough]];
      case ';':
      case '!':
      case '?':
        if (!InLatinRun(*t, begin, i, end)) t->cp[i] = FullWidth(c);
        break;
      case '(':
      case ')':
        t->cp[i] = FullWidth(c);
        break;
      case U'≧':
        t->cp[i] = U'≥';
        break;
      case U'≦':
        t->cp[i] = U'≤';
        break;
      default:
        break;
    }
  }
}

// ---- Step 3: layout spaces -----------------------------------------------

// True if out[begin, w) is a 1-2 digit list marker "1." or "12.".
bool IsLeadingNumberDot(const Text& t, size_t begin, size_t w) {
  size_t n = w - begin;
  if (n < 2 || n > 3 || t.cp[w - 1] != '.') return false;
  for (size_t k = begin; k + 1 < w; ++k) {
    if (!IsDigit(t.cp[k])) return false;
  }
  return true;
}

// A single space between digits is a thousands separator only where the
// digits after it are a group of exactly three that goes on as a number: a
// decimal part ("20 505.48") or another group ("1 234 567元") whose run of
// groups ends in the number's unit (a Han character right after it, or
// 元/万/亿 after one space), or it ends a run already joined (chained is
// true). A run of groups with nothing after it, or one more number, is a
// row of figures ("当年财政拨款 287 287 171": 年初预算, 全年预算, 执行数;
// "287 287 171 10 60% 6"): in real reports the flattened rows of a budget
// table print that way, while a figure grouped by spaces carries its unit.
// The digits before it must be a whole number (not the decimals of
// "194.19"). Everything else is two numbers side by side: "194.19 194.19",
// "10 100%", "表1 2023年".
bool JoinsDigitGroup(const std::vector<char32_t>& cp, size_t cell, size_t w,
                     size_t j, size_t end, bool chained) {
  size_t k = w;
  while (k > cell && IsDigit(cp[k - 1])) --k;
  if (k > cell && (cp[k - 1] == '.' || cp[k - 1] == '%')) return false;
  if (!chained && w - k > 3) return false;
  size_t g = j;
  while (g < end && IsDigit(cp[g])) ++g;
  if (g - j != 3) return false;
  if (chained) return true;
  if (g + 1 < end && cp[g] == '.' && IsDigit(cp[g + 1])) return true;
  // Whether a group of three digits and nothing more of the number starts
  // at a space at `at`.
  auto group_at = [&](size_t at) {
    return at + 4 <= end && cp[at] == ' ' && IsDigit(cp[at + 1]) &&
           IsDigit(cp[at + 2]) && IsDigit(cp[at + 3]) &&
           (at + 4 == end || !IsDigit(cp[at + 4]));
  };
  if (!group_at(g)) return false;
  while (group_at(g)) g += 4;
  if (g < end && IsCjk(cp[g])) return true;
  // After a space only money's units: "1 234 567 万元", not "171 上年结转".
  return g + 1 < end && cp[g] == ' ' &&
         (cp[g + 1] == U'元' || cp[g + 1] == U'万' || cp[g + 1] == U'亿');
}

// Rewrites the line [begin, end) in place (it only shrinks) and returns its
// new end. `cell` is where the current cell starts in the output, so a
// space's neighbours are never looked for across a tab.
size_t RemoveLayoutSpaces(Text* t, size_t begin, size_t end, bool remove) {
  auto& cp = t->cp;
  auto& off = t->off;
  size_t w = begin;
  size_t cell = begin;
  size_t i = begin;
  size_t last_group = SIZE_MAX;  // where the last joined group ends in out
  while (i < end) {
    char32_t c = cp[i];
    if (!IsSpace(c)) {
      cp[w] = c;
      off[w] = off[i];
      ++w;
      ++i;
      if (c == '\t') cell = w;
      continue;
    }
    size_t j = i;
    while (j < end && IsSpace(cp[j])) ++j;
    char32_t l = w > cell ? cp[w - 1] : 0;
    char32_t r = j < end && cp[j] != '\t' ? cp[j] : 0;
    bool drop;
    bool markdown = r != 0 && w > begin && w - begin <= 6 &&
                    std::all_of(cp.begin() + begin, cp.begin() + w,
                                [](char32_t x) { return x == '#'; });
    if (!remove) {
      drop = w == begin || j == end;  // only the line's ends
    } else if (markdown) {
      drop = false;  // "## 标题" stays a markdown heading
    } else if (l == 0 || r == 0 || IsCjk(l) || IsCjk(r)) {
      drop = true;
    } else if (j - i == 1 && IsDigit(l) && IsDigit(r)) {
      // Two numbers side by side ("194.19 194.19", "表1 2023年") stay two;
      // only a thousands group joins ("20 505.48", "1 234 567").
      drop = JoinsDigitGroup(cp, cell, w, j, end, last_group == w);
      if (drop) last_group = w + 3;
    } else if (j - i == 1 && IsDigit(l) && r == '.' && j + 1 < end &&
               IsDigit(cp[j + 1])) {
      drop = true;
    } else if (j - i == 1 && l == '.' && IsDigit(r) && w >= cell + 2 &&
               IsDigit(cp[w - 2]) && !IsLeadingNumberDot(*t, begin, w)) {
      drop = true;
    } else if ((l == U'≥' || l == U'≤' || l == U'±') && IsDigit(r)) {
      drop = true;
    } else if (IsDigit(l) && (r == '%' || r == U'‰')) {
      drop = true;
    } else {
      drop = false;
    }
    if (!drop) {
      if (remove) {
        cp[w] = ' ';
        off[w] = off[i];
        ++w;
      } else {
        for (size_t k = i; k < j; ++k, ++w) {
          cp[w] = cp[k];
          off[w] = off[k];
        }
      }
    }
    i = j;
  }
  return w;
}

// ---- Step 4: line joining ------------------------------------------------

bool IsCloser(char32_t c) {
  switch (c) {
    case U'”':
    case U'’':
    case U'」':
    case U'』':
    case U'）':
    case U'》':
    case U'〉':
    case U'】':
    case ')':
    case '"':
    case '\'':
      return true;
    default:
      return false;
  }
}

bool IsTerminator(char32_t c) {
  switch (c) {
    case U'。':
    case U'！':
    case U'？':
    case U'；':
    case '!':
    case '?':
    case ';':
      return true;
    default:
      return false;
  }
}

// `clause_fill`: see Options::clause_line_fill.
bool EndsSentence(const Text& t, const Line& line, double clause_fill) {
  size_t i = line.end;
  while (i > line.begin && IsCloser(t.cp[i - 1])) --i;
  if (i == line.begin || !IsTerminator(t.cp[i - 1])) return false;
  // A ； closes a clause, not a paragraph: a line ending in one at the
  // margin wraps like any other ("…占26.79%；" then "政府性基金…收入605.99
  // 万元…"). Past the margin, or on a page of paragraphs never wrapped,
  // the line is a paragraph of its own and its ； ends it.
  return (t.cp[i - 1] != U'；' && t.cp[i - 1] != ';') ||
         line.fill < clause_fill || line.unwrapped;
}

bool ContainsTerminator(const Text& t, const Line& line) {
  for (size_t i = line.begin; i < line.end; ++i) {
    if (IsTerminator(t.cp[i])) return true;
  }
  return false;
}

// A markdown ATX heading: 1-6 '#' and a space.
bool IsMarkdownHeading(const Text& t, const Line& line) {
  size_t i = line.begin;
  while (i < line.end && i - line.begin < 6 && t.cp[i] == '#') ++i;
  return i > line.begin && i < line.end && t.cp[i] == ' ';
}

// A row of a two-column table that lost its separator: a name (starting
// with a Han character, no comma or stop in it) and a figure that ends the
// line ("其中:中央补助 668.00"), the line ending short, as a row does. A
// wrapped sentence breaks at the page's width and carries its commas.
bool IsNameFigureRow(const Text& t, const Line& line, double full_fill) {
  if (line.blank() || line.fill >= full_fill || !IsHan(t.cp[line.begin])) {
    return false;
  }
  char32_t last = t.cp[line.end - 1];
  if (last < '0' || last > '9') return false;
  for (size_t i = line.begin; i < line.end; ++i) {
    char32_t c = t.cp[i];
    if (IsTerminator(c) || c == U'，' || c == ',' || c == U'、') return false;
  }
  return true;
}

bool EndsWithDigit(const Text& t, const Line& line) {
  return !line.blank() && t.cp[line.end - 1] >= '0' &&
         t.cp[line.end - 1] <= '9';
}

// True if the line starts with a heading or list marker (see the header).
bool StartsWithMarker(const Text& t, const Line& line) {
  const auto& cp = t.cp;
  size_t b = line.begin, e = line.end;
  char32_t c = cp[b];
  if (c >= 0x2460 && c <= 0x2473) return true;  // ① .. ⑳
  if (IsMarkdownHeading(t, line)) return true;
  auto run = [&](size_t i, auto pred, size_t max) {
    size_t j = i;
    while (j < e && j - i < max && pred(cp[j])) ++j;
    return j;
  };
  auto numeral_or_digit = [](char32_t x) {
    return IsChineseNumeral(x) || IsDigit(x);
  };
  if (IsChineseNumeral(c)) {
    size_t j = run(b, IsChineseNumeral, 4);
    return j < e && cp[j] == U'、';
  }
  if (c == U'（' || c == '(') {
    size_t j = run(b + 1, numeral_or_digit, 3);
    return j > b + 1 && j < e && (cp[j] == U'）' || cp[j] == ')');
  }
  if (IsDigit(c)) {
    size_t j = run(b, IsDigit, 3);
    if (j == e) return false;
    char32_t m = cp[j];
    if (m == U'、' || m == U'）' || m == ')') return true;
    if (m == '.' || m == U'．') return j + 1 == e || !IsDigit(cp[j + 1]);
    return false;
  }
  if (c == U'第') {
    size_t j = run(b + 1, numeral_or_digit, 4);
    if (j == b + 1 || j == e) return false;
    char32_t m = cp[j];
    if (m == U'章' || m == U'节' || m == U'条') return true;
    return m == U'部' && j + 1 < e && cp[j + 1] == U'分';
  }
  return false;
}

// True if the line (which starts with a marker) is a heading that ends on
// this line even though it may reach across the page: it ends with a colon,
// or, holding no sentence, with a closing bracket ("（3）…效率性（3 分）"), or
// it is a markdown heading.
bool EndsHeading(const Text& t, const Line& line) {
  if (!StartsWithMarker(t, line)) return false;
  if (IsMarkdownHeading(t, line)) return true;
  char32_t c = t.cp[line.end - 1];
  if (c == U'：' || c == ':') return true;
  return (c == U'）' || c == ')') && !ContainsTerminator(t, line);
}

// Whether joining `line` to `prev` would run two numbers together: prev
// ends in a number with its decimals (260.82) and line opens with a digit
// (301 人员经费小计). A number goes on after a line break only before its
// point ("1,2" then "34.56"), so these are two.
bool GluesNumbers(const Text& t, const Line& prev, const Line& line) {
  if (prev.end <= prev.begin || line.end <= line.begin) return false;
  const char32_t next = t.cp[line.begin];
  if (next < '0' || next > '9') return false;
  for (size_t i = prev.end; i-- > prev.begin;) {
    const char32_t c = t.cp[i];
    if (c == '.') return i + 1 < prev.end;
    if (!(c >= '0' && c <= '9') && c != ',') return false;
  }
  return false;
}

// The separator for joining a line ending in a to one starting with b: a
// space only between Latin words, nothing next to CJK, digits or a '.'.
bool NeedsSpace(char32_t a, char32_t b) {
  if (!IsLatinLetter(b)) return false;
  return IsLatinLetter(a) || a == ',' || a == ';' || a == ':' || a == '!' ||
         a == '?' || a == ')';
}

// Fills in the fill of lines whose fill is unknown (see the header).
// Returns the width below which a line is a cell of its own, wrapped or
// not: 0 but on a page of short lines (see the header).
size_t EstimateFill(std::vector<Line>* lines) {
  std::vector<size_t> widths;
  for (const Line& l : *lines) {
    if (l.fill < 0 && !l.blank() && !l.table) widths.push_back(l.width);
  }
  if (widths.empty()) return 0;  // blank and table lines need no fill
  // Below kMinFullWidth a line is never taken to wrap: a page of headings
  // and short lines would otherwise call its own widest short line "full".
  // Above kMaxFullWidth no printed line reaches (about 50 Han characters):
  // the lines are whole paragraphs (text that was never hard-wrapped), and
  // one that long and unfinished was cut by a page break, so it joins.
  constexpr size_t kMinFullWidth = 40;
  constexpr size_t kMaxFullWidth = 100;
  size_t k = (widths.size() - 1) * 85 / 100;
  std::nth_element(widths.begin(), widths.begin() + k, widths.end());
  size_t full = std::clamp(widths[k], kMinFullWidth, kMaxFullWidth);
  for (Line& l : *lines) {
    if (l.fill >= 0) continue;
    l.unwrapped = l.width > full || widths[k] > kMaxFullWidth;
    l.fill = std::min(1.0, double(l.width) / double(full));
  }
  // A page of short lines (eight at least, most below kMinFullWidth) is
  // cells one per line or an infographic's captions; its wrapped text, if
  // any, shows as lines of one width, the widest, three at least.
  constexpr size_t kMinShortLines = 8, kMinWrapped = 3;
  if (widths.size() < kMinShortLines || widths[k] >= kMinFullWidth) return 0;
  const size_t widest = *std::max_element(widths.begin(), widths.end());
  const size_t wrap = widest - widest / 10;
  const size_t wrapped = std::count_if(widths.begin(), widths.end(),
                                       [&](size_t w) { return w >= wrap; });
  return wrapped >= kMinWrapped ? wrap : widest + 1;
}

// Whether the line opens with a figure: a digit, or a bound before one
// (≥80%).
bool StartsWithFigure(const Text& t, const Line& line) {
  size_t i = line.begin;
  while (i < line.end && std::u32string_view(U"≥≤＞＜><=").find(t.cp[i]) !=
                             std::u32string_view::npos) {
    ++i;
  }
  return i < line.end && IsDigit(t.cp[i]);
}

// True if blank lines are layout noise rather than paragraph breaks.
bool IsDoubleSpaced(const std::vector<Line>& lines) {
  size_t before_blank = 0, before_text = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    (lines[i + 1].blank() ? before_blank : before_text)++;
  }
  return before_blank > before_text;
}

// The Han characters step 1b reads (CJK Extension A and the URO).
constexpr char32_t kHanBegin = 0x3400, kHanEnd = 0x9FFF;

// A letter of a pinyin gloss: a-z, ü, and the vowels with tone marks.
bool IsPinyin(char32_t c, bool* toned) {
  if (c >= 'a' && c <= 'z') return true;
  static constexpr std::u32string_view kToned = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ";
  if (kToned.find(c) != std::u32string_view::npos) {
    *toned = true;
    return true;
  }
  return false;
}

// The length of the pinyin gloss that opens `s` ("(yù)": a bracket of at
// most eight pinyin letters, one of them with a tone mark), or 0.
size_t GlossLength(std::u32string_view s) {
  if (s.empty() || s[0] != '(') return 0;
  bool toned = false;
  size_t q = 1;
  while (q < s.size() && q <= 8 && IsPinyin(s[q], &toned)) ++q;
  return toned && q > 1 && q < s.size() && s[q] == ')' ? q + 1 : 0;
}

// Step 1b (see the header): when one Han character in ten or more of the
// page has a simplified form (simplified[c - kHanBegin] != 0), every one is
// replaced by it and pinyin glosses are dropped, line by line, each line's
// range moved to where its code points now are.
void Simplify(const std::vector<char16_t>& simplified, Text* t,
              std::vector<Line>* lines) {
  size_t han = 0, changes = 0;
  for (char32_t c : t->cp) {
    if (c < kHanBegin || c > kHanEnd) continue;
    ++han;
    changes += simplified[size_t(c - kHanBegin)] != 0;
  }
  if (changes < 8 || changes * 10 < han) return;
  size_t w = 0;
  for (Line& line : *lines) {
    const size_t begin = w;
    for (size_t r = line.begin; r < line.end; ++r) {
      char32_t c = t->cp[r];
      // "(yù)" right after a Han character: a gloss, dropped.
      if (w > begin && t->cp[w - 1] >= kHanBegin && t->cp[w - 1] <= kHanEnd) {
        if (const size_t gloss = GlossLength(
                std::u32string_view(t->cp.data() + r, line.end - r))) {
          r += gloss - 1;
          continue;
        }
      }
      if (c >= kHanBegin && c <= kHanEnd) {
        if (char16_t s = simplified[size_t(c - kHanBegin)]; s != 0) c = s;
      }
      t->cp[w] = c;
      t->off[w] = t->off[r];
      ++w;
    }
    line.begin = begin;
    line.end = w;
  }
  t->cp.resize(w);
  t->off.resize(w);
}

void AppendCodePoint(char32_t c, uint32_t off, Normalized* out) {
  size_t before = out->text.size();
  AppendUtf8(c, &out->text);
  out->offsets.insert(out->offsets.end(), out->text.size() - before, off);
}

}  // namespace

Normalizer::Normalizer(const Options& options)
    : options_(options), nfkc_(nullptr) {}

Normalizer::~Normalizer() = default;

StatusOr<std::unique_ptr<Normalizer>> Normalizer::Create(
    const Options& options) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  if (U_FAILURE(ec) || nfkc == nullptr) {
    return Internal(std::string("ICU NFKC data unavailable: ") +
                    u_errorName(ec));
  }
  std::unique_ptr<Normalizer> n(new Normalizer(options));
  n->nfkc_ = nfkc;
  if (options.simplify) {
    std::unique_ptr<icu::Transliterator> hans(
        icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, ec));
    if (U_FAILURE(ec) || hans == nullptr) {
      return Internal(std::string("ICU Hant-Hans data unavailable: ") +
                      u_errorName(ec));
    }
    n->simplified_.assign(kHanEnd - kHanBegin + 1, 0);
    icu::UnicodeString one;
    for (UChar32 c = UChar32(kHanBegin); c <= UChar32(kHanEnd); ++c) {
      one.setTo(c);
      hans->transliterate(one);
      if (one.length() == 1 && one.charAt(0) != c) {
        n->simplified_[size_t(c - kHanBegin)] = one.charAt(0);
      }
    }
  }
  n->bmp_flags_.resize(0x10000);
  icu::UnicodeString scratch;
  for (UChar32 c = 0; c < 0x10000; ++c) {
    uint8_t f = 0;
    if (nfkc->hasBoundaryBefore(c)) f |= kBoundaryBefore;
    if (nfkc->isInert(c)) f |= kInert;
    if (!nfkc->getDecomposition(c, scratch)) f |= kNoDecomposition;
    n->bmp_flags_[c] = f;
  }
  return n;
}

void Normalizer::DecodeLine(std::string_view line, uint32_t base,
                            std::vector<char32_t>* cps,
                            std::vector<uint32_t>* offs) const {
  const icu::Normalizer2* nfkc = Nfkc(nfkc_);
  auto flags = [&](char32_t c) -> uint8_t {
    if (c < 0x10000) return bmp_flags_[c];
    icu::UnicodeString scratch;
    uint8_t f = 0;
    if (nfkc->hasBoundaryBefore(c)) f |= kBoundaryBefore;
    if (nfkc->isInert(c)) f |= kInert;
    if (!nfkc->getDecomposition(c, scratch)) f |= kNoDecomposition;
    return f;
  };
  // The pending segment: code points from seg to the end of *cps, not yet
  // normalised because a following code point might still combine.
  size_t seg = kNone;
  icu::UnicodeString src, dst;
  auto flush = [&]() {
    if (seg == kNone) return;
    size_t n = cps->size() - seg;
    if (n == 1 && (flags((*cps)[seg]) & kNoDecomposition)) {
      seg = kNone;
      return;
    }
    src.remove();
    for (size_t k = seg; k < cps->size(); ++k) {
      src.append(static_cast<UChar32>((*cps)[k]));
    }
    UErrorCode ec = U_ZERO_ERROR;
    nfkc->normalize(src, dst, ec);
    if (U_FAILURE(ec) || dst == src) {
      seg = kNone;
      return;
    }
    size_t m = static_cast<size_t>(dst.countChar32());
    uint32_t seg_off = (*offs)[seg];
    if (m == n) {
      // Same length: map one to one (e.g. reordered combining marks).
      size_t k = seg;
      for (int32_t i = 0; i < dst.length(); i = dst.moveIndex32(i, 1)) {
        (*cps)[k++] = static_cast<char32_t>(dst.char32At(i));
      }
    } else {
      cps->resize(seg);
      offs->resize(seg);
      for (int32_t i = 0; i < dst.length(); i = dst.moveIndex32(i, 1)) {
        cps->push_back(static_cast<char32_t>(dst.char32At(i)));
        offs->push_back(seg_off);
      }
    }
    seg = kNone;
  };
  size_t pos = 0;
  while (pos < line.size()) {
    uint32_t at = base + static_cast<uint32_t>(pos);
    char32_t c;
    auto b = static_cast<unsigned char>(line[pos]);
    if (b < 0x80) {
      c = b;
      ++pos;
    } else {
      c = DecodeUtf8(line, &pos);
    }
    // Control characters are no part of a report (a damaged font's
    // ToUnicode map, or a text file's escape sequences, which a terminal
    // would run): dropped, but for the ones that are whitespace here.
    if (IsControl(c) && c != '\t' && !IsSpace(c)) continue;
    if (!options_.nfkc) {
      cps->push_back(c);
      offs->push_back(at);
      continue;
    }
    bool kept = KeptAsIs(c);
    uint8_t f = kept ? (kBoundaryBefore | kInert) : flags(c);
    if (f & kBoundaryBefore) flush();
    cps->push_back(c);
    offs->push_back(at);
    if (!(f & kInert) && seg == kNone) seg = cps->size() - 1;
  }
  flush();
}

Normalized Normalizer::Normalize(const std::vector<InputLine>& lines) const {
  Normalized out;
  Text t;
  std::vector<Line> info(lines.size());
  size_t total = 0;
  for (const InputLine& l : lines) total += l.text.size() + 1;
  t.cp.reserve(total);
  t.off.reserve(total);

  // Step 1, and the facts about each input line the later steps need.
  uint32_t base = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const InputLine& in = lines[k];
    Line& line = info[k];
    line.begin = t.cp.size();
    DecodeLine(in.text, base, &t.cp, &t.off);
    line.end = t.cp.size();
    base += static_cast<uint32_t>(in.text.size());
    line.input_end = base;
    ++base;  // the '\n' joining this line to the next
    line.fill = in.fill;
    line.table = in.table_row || in.text.find('\t') != std::string::npos;
    // Display width of the input line with outer whitespace trimmed, for
    // estimating an unknown fill. Measured on the input, since NFKC narrows
    // full-width characters that took two columns on the page.
    if (in.fill < 0 && !line.table) {
      size_t w = 0;
      for (size_t p = 0; p < in.text.size();) {
        char32_t c = DecodeUtf8(in.text, &p);
        bool space = IsSpace(c);
        if (space && w == 0) continue;  // leading
        w += IsCjk(c) ? 2 : 1;
        if (!space) line.width = w;  // so trailing spaces do not count
      }
    }
  }
  uint32_t input_size = lines.empty() ? 0 : base - 1;

  // Step 1b, over the decoded page.
  if (!simplified_.empty()) Simplify(simplified_, &t, &info);

  // Steps 2 and 3, line by line: neither crosses a line break.
  for (Line& line : info) {
    if (options_.fold_punctuation) FoldPunctuation(&t, line.begin, line.end);
    line.end = RemoveLayoutSpaces(&t, line.begin, line.end,
                                  options_.remove_layout_spaces);
  }

  // Step 4.
  const size_t cell_width = options_.join_lines ? EstimateFill(&info) : 0;
  bool blanks_break = !IsDoubleSpaced(info);
  out.text.reserve(total);
  out.offsets.reserve(total + 1);
  const Line* prev = nullptr;  // the last line written
  bool blank_since_prev = false;
  for (const Line& line : info) {
    if (line.blank()) {
      blank_since_prev = true;
      continue;
    }
    if (prev != nullptr) {
      bool join = options_.join_lines && !(blank_since_prev && blanks_break) &&
                  !prev->table && !line.table &&
                  !EndsSentence(t, *prev, options_.clause_line_fill) &&
                  !EndsHeading(t, *prev) && !StartsWithMarker(t, line) &&
                  prev->fill >= options_.full_line_fill &&
                  !(EndsWithDigit(t, *prev) &&
                    IsNameFigureRow(t, line, options_.full_line_fill)) &&
                  !GluesNumbers(t, *prev, line) &&
                  !(prev->width < cell_width && !StartsWithFigure(t, line));
      if (!join) {
        AppendCodePoint('\n', prev->input_end, &out);
      } else if (NeedsSpace(t.cp[prev->end - 1], t.cp[line.begin])) {
        AppendCodePoint(' ', prev->input_end, &out);
      }
    }
    for (size_t i = line.begin; i < line.end; ++i) {
      AppendCodePoint(t.cp[i], t.off[i], &out);
    }
    prev = &line;
    blank_since_prev = false;
  }
  out.offsets.push_back(input_size);
  return out;
}

namespace {

// A token of a spaced line: its bytes, and what it looks like.
struct Token {
  size_t begin, end;
  bool value = false;  // a figure: [≥≤<>=]digits[.digits][%|unit of ≤3 Han]
  bool number = false;  // digits and a point only
  bool word = false;    // Han (with brackets and a colon), 2..16 characters
  char32_t first = 0;
};

bool IsUnitStart(char32_t c) {
  static constexpr std::u32string_view kUnits =
      U"年月日时分秒天周倍万亿元千人个项次件家户名条份所台辆套亩%‰";
  return kUnits.find(c) != std::u32string_view::npos;
}

Token Classify(std::string_view s, size_t begin, size_t end) {
  Token t{begin, end};
  std::u32string cps;
  for (size_t pos = begin; pos < end;)
    cps.push_back(DecodeUtf8(s.substr(0, end), &pos));
  t.first = cps.empty() ? 0 : cps[0];
  // A dash alone is a cell's "nothing" (公务用车购置费 - - -): a value.
  if (cps == U"-" || cps == U"—" || cps == U"——" || cps == U"－" ||
      cps == U"/") {
    t.value = true;
    return t;
  }
  // A target's bound before it (≥10个, =100%, ＞95%), in any of the forms
  // the forms print it (full-width, ≧, the box-drawing ═ some fonts map "="
  // to): still a figure.
  size_t k = 0;
  static constexpr std::u32string_view kBounds = U"≥≤<>=≧≦＜＞＝═";
  if (k < cps.size() && kBounds.find(cps[k]) != std::u32string_view::npos) {
    ++k;
  }
  // A minus before digits signs a value (an 增减 cell: -8.25).
  if (k == 0 && cps.size() > 1 && (cps[0] == '-' || cps[0] == U'－') &&
      cps[1] >= '0' && cps[1] <= '9') {
    ++k;
  }
  size_t digits = k;
  while (k < cps.size() &&
         ((cps[k] >= '0' && cps[k] <= '9') || cps[k] == '.' || cps[k] == ',')) {
    ++k;
  }
  if (k > digits && cps[digits] >= '0' && cps[digits] <= '9') {
    t.number = digits == 0 && k == cps.size();
    size_t tail = cps.size() - k;
    bool pct = tail == 1 && (cps[k] == '%' || cps[k] == U'‰');
    bool unit = tail <= 3 && std::all_of(cps.begin() + k, cps.end(), IsHan);
    // A rate per so many people (≤12/10万, 0/10万, 3/1000): a figure.
    size_t per = k + 1;
    while (per < cps.size() && cps[per] >= '0' && cps[per] <= '9') ++per;
    const bool per_people =
        tail >= 2 && cps[k] == '/' && per > k + 1 &&
        (per == cps.size() ||
         (cps.size() - per <= 1 &&
          std::all_of(cps.begin() + per, cps.end(), IsHan)));
    t.value = tail == 0 || pct || unit || per_people;
  }
  if (cps.size() >= 2 && cps.size() <= 16 &&
      std::any_of(cps.begin(), cps.end(), IsHan)) {
    // A heading may name its column in a formula inside brackets, as the
    // national forms do: 全年预算数（A）, 执行率（B/A）, 得分（20分*执行率）;
    // and a column of one year among several opens with its year
    // (2023年预算数, 2022年决算数): two characters or more after it, a
    // year alone (2023年度 beside 单位：万元) being no column's name.
    size_t from = 0;
    if (cps.size() > 5 && cps[4] == U'年' &&
        std::all_of(cps.begin(), cps.begin() + 4,
                    [](char32_t c) { return c >= '0' && c <= '9'; })) {
      const size_t after = cps[5] == U'度' ? 6 : 5;
      if (cps.size() >= after + 2) from = after;
    }
    int depth = 0;
    t.word = std::all_of(cps.begin() + from, cps.end(), [&](char32_t c) {
      if (c == U'（' || c == '(') return ++depth == 1;
      if (c == U'）' || c == ')') return depth-- == 1;
      // (A name may join its alternatives with a slash: 单位/项目名称.)
      // (A heading spaced out, 项 目, is one word: SpacedTableRow.)
      if (IsHan(c) || c == U'：' || c == ':' || c == '/' || c == U'／' ||
          c == ' ') {
        return true;
      }
      // (Or names its rows' kinds: 县（市、区）.)
      return depth == 1 && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                            c == '/' || c == '*' || c == U'×' || c == '%' ||
                            c == '.' || c == '+' || c == '-' || c == U'、');
    });
  }
  return t;
}

// A stretch of a line between runs of spaces (ASCII or U+3000): its bytes
// [begin, end), and where the run of spaces before it begins (`begin` when
// none: the line's first stretch, at its start).
struct Stretch {
  size_t gap, begin, end;
};

std::vector<Stretch> Stretches(std::string_view line) {
  std::vector<Stretch> out;
  size_t pos = 0;
  while (pos < line.size()) {
    const size_t gap = pos;
    while (pos < line.size()) {
      size_t next = pos;
      const char32_t c = DecodeUtf8(line, &next);
      if (c != ' ' && c != 0x3000) break;
      pos = next;
    }
    if (pos >= line.size()) break;
    const size_t begin = pos;
    while (pos < line.size()) {
      size_t next = pos;
      const char32_t c = DecodeUtf8(line, &next);
      if (c == ' ' || c == 0x3000) break;
      pos = next;
    }
    out.push_back({gap, begin, pos});
  }
  return out;
}

}  // namespace

bool SpacedTableRow(std::string& line, bool after_row, bool before_row) {
  // Tokens between runs of spaces, and the runs between them.
  std::vector<Token> tokens;
  std::vector<std::pair<size_t, size_t>> gaps;
  for (const Stretch& s : Stretches(line)) {
    if (!tokens.empty()) gaps.push_back({s.gap, s.begin});
    tokens.push_back(Classify(line, s.begin, s.end));
  }
  // Where columns are set apart by two spaces or more, one space beside a
  // lone Han character spaces out a heading or a name ("项 目", "合 计",
  // "决 算 数"): it is inside a cell, not between two.
  auto chars = [&](std::pair<size_t, size_t> g) {
    size_t n = 0;
    for (size_t p = g.first; p < g.second; ++n) DecodeUtf8(line, &p);
    return n;
  };
  auto lone_han = [&](const Token& t) {
    size_t p = t.begin;
    return IsHan(DecodeUtf8(line, &p)) && p == t.end;
  };
  if (std::any_of(gaps.begin(), gaps.end(),
                  [&](auto g) { return chars(g) >= 2; })) {
    for (size_t k = gaps.size(); k-- > 0;) {
      if (chars(gaps[k]) != 1 ||
          !(lone_han(tokens[k]) || lone_han(tokens[k + 1]))) {
        continue;
      }
      tokens[k] = Classify(line, tokens[k].begin, tokens[k + 1].end);
      tokens.erase(tokens.begin() + long(k) + 1);
      gaps.erase(gaps.begin() + long(k));
    }
  }
  // Right after a table row, a line of two cells or more, each a short
  // heading or a figure, goes on with the table (a header wrapped in its
  // cells: "年度 实际" then "指标值 完成值").
  bool cells = std::all_of(tokens.begin(), tokens.end(),
                           [](const Token& t) { return t.word || t.value; });
  // Right before one, a line of two headings or more is the table's header
  // ("一级指标 分值 得分" over "产出指标 50 47.5").
  bool headings = std::all_of(tokens.begin(), tokens.end(),
                              [](const Token& t) { return t.word; });
  // So is a row's name and its figures (合计 1,002.02 over coded rows).
  const bool named_figures =
      !tokens.empty() && tokens[0].word &&
      std::all_of(tokens.begin() + 1, tokens.end(),
                  [](const Token& t) { return t.value; });
  if (((after_row && cells) || (before_row && (headings || named_figures))) &&
      tokens.size() >= 2) {
    for (auto [b, e] : gaps) {
      line[b] = '\t';
      for (size_t k = b + 1; k < e; ++k) line[k] = ' ';
    }
    return true;
  }
  if (tokens.size() < 3) return false;
  int values = 0, words = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    values += tokens[k].value;
    words += tokens[k].word;
    // "9 项，预算资金…", "2022 年": a PDF's spacing inside a sentence; a
    // gap of two spaces or more is a column's ("301  人员经费小计").
    if (k > 0 && tokens[k - 1].number && IsUnitStart(tokens[k].first) &&
        gaps[k - 1].second - gaps[k - 1].first < 2) {
      return false;
    }
  }
  bool header = words == int(tokens.size()) && tokens.size() >= 4;
  if (values < 2 && !header) return false;
  for (auto [b, e] : gaps) {
    line[b] = '\t';
    for (size_t k = b + 1; k < e; ++k) line[k] = ' ';
  }
  return true;
}

namespace {

// One line of a plain text, as JoinCellPerLineTables sees it.
struct CellLine {
  size_t begin, end;  // the line, without its '\n'
  size_t stop;        // end of its content: trailing spaces and '|' dropped
  // kUnit: a bracketed money unit or % alone ("(万元)"), the rest of the label
  // above it (a heading's unit set below it in its cell). kEmpty: a lone
  // pipe, an empty cell where a figure would be; kClose: a lone pipe that
  // closes the cell on the line before it.
  enum Kind { kBlank, kValue, kEmpty, kClose, kCell, kUnit, kOther } kind;
};

// Whether line l closes its cell with a pipe of its own ("合计 |").
bool OwnPipe(std::string_view text, const CellLine& l) {
  return text.substr(l.stop, l.end - l.stop).find('|') !=
         std::string_view::npos;
}

// Whether s is a money unit or a percent sign in brackets and nothing
// else: "(万元)", "（元）", "（%）".
bool IsBracketedUnit(std::string_view s) {
  for (std::string_view open : {"(", "（"}) {
    if (!s.starts_with(open)) continue;
    std::string_view in = s.substr(open.size());
    for (std::string_view close : {")", "）"}) {
      if (!in.ends_with(close)) continue;
      in.remove_suffix(close.size());
      return in == "元" || in == "万元" || in == "亿元" || in == "千元" ||
             in == "%" || in == "％";
    }
  }
  return false;
}

CellLine::Kind KindOf(std::string_view text, size_t begin, size_t* stop) {
  const size_t end = *stop;
  size_t b = begin, e = end;
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '|' ||
                   text[e - 1] == '\r' || text[e - 1] == '\t')) {
    --e;
  }
  *stop = e;
  if (b == e) {
    // One closing pipe and nothing else closes an empty cell; a line of
    // two pipes or more separates rows (JoinSeparatedRows).
    const size_t pipes =
        std::count(text.begin() + begin, text.begin() + end, '|');
    return pipes == 1 ? CellLine::kEmpty : CellLine::kBlank;
  }
  std::string_view s = text.substr(b, e - b);
  if (s.find('\t') != std::string_view::npos ||
      s.find('|') != std::string_view::npos) {
    return CellLine::kOther;
  }
  // An empty cell's placeholder stands where a figure would.
  if (s == "/" || s == "-" || s == "—" || s == "－" || s == "／" || s == "--" ||
      s == "——") {
    return CellLine::kValue;
  }
  if (s.find(' ') == std::string_view::npos) {
    Token t = Classify(text.substr(0, e), b, e);
    if (t.value) return CellLine::kValue;
  }
  if (IsBracketedUnit(s)) return CellLine::kUnit;
  // A cell is short and is not a clause of a sentence. The pinyin a
  // mirror site glosses its characters with (公務(wù)用車, step 1b drops it)
  // is no part of its length.
  std::u32string cps;
  for (size_t pos = 0; pos < s.size();) cps.push_back(DecodeUtf8(s, &pos));
  size_t chars = 0;
  char32_t last = 0;  // the last character counted
  for (size_t k = 0; k < cps.size(); ++k) {
    const char32_t c = cps[k];
    if (c == U'。' || c == U'，' || c == U'；' || c == ',' || c == ';') {
      return CellLine::kOther;
    }
    if (last >= kHanBegin && last <= kHanEnd) {
      if (const size_t gloss =
              GlossLength(std::u32string_view(cps).substr(k))) {
        k += gloss - 1;
        continue;
      }
    }
    last = c;
    ++chars;
  }
  return chars <= 24 ? CellLine::kCell : CellLine::kOther;
}

// Joins lines[from..to] (blank lines between the cells included) into one
// line of cells: a cell's line break becomes '\t' (after its closing pipe's
// line, when it has one), a blank line's ' ', a trailing '|' ' ', and in a
// row (not a header) the break before a unit line ' ' (one cell with the
// label above it).
void JoinCells(const std::vector<CellLine>& lines, size_t from, size_t to,
               bool row, std::string& text) {
  auto blank = [&](size_t k) {
    return lines[k].kind == CellLine::kBlank ||
           lines[k].kind == CellLine::kClose;
  };
  for (size_t k = from; k <= to; ++k) {
    const CellLine& l = lines[k];
    for (size_t i = l.stop; i < l.end; ++i) {
      if (text[i] == '|') text[i] = ' ';
    }
    if (k == to) break;
    size_t next = k + 1;
    while (next < to && blank(next)) ++next;
    if (l.kind == CellLine::kBlank || lines[k + 1].kind == CellLine::kClose ||
        (row && l.kind == CellLine::kCell &&
         lines[next].kind == CellLine::kUnit)) {
      text[l.end] = ' ';
    } else {
      text[l.end] = '\t';
    }
  }
}

}  // namespace

namespace {

// Whether text[b, e) holds nothing but pipes and spaces, two pipes or more:
// the line a web page's table leaves between two rows.
bool IsRowSeparator(std::string_view text, size_t b, size_t e) {
  size_t pipes = 0;
  for (size_t k = b; k < e; ++k) {
    if (text[k] == '|') {
      ++pipes;
    } else if (text[k] != ' ' && text[k] != '\r') {
      return false;
    }
  }
  return pipes >= 2;
}

// Whether text[b, e) is one cell closed by its pipe ("4000 |", "|"): no
// other pipe and no tab before the closing one.
bool IsPipeCell(std::string_view text, size_t b, size_t e) {
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\r')) --e;
  if (e == b || text[e - 1] != '|') return false;
  std::string_view inner = text.substr(b, e - 1 - b);
  return inner.find('|') == std::string_view::npos &&
         inner.find('\t') == std::string_view::npos;
}

// Rows told by separator lines: every line between two separators is a
// cell closed by a pipe, a lone pipe an empty cell, so the rows need no
// guess from their shape (a row of the budget block whose 分值 and 执行率
// cells are empty is as much a row as the total row above it). Each such
// run is put on one line, and the separators become blank lines.
void JoinSeparatedRows(std::string& text) {
  std::vector<std::pair<size_t, size_t>> lines;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    lines.emplace_back(pos, nl);
    pos = nl + 1;
  }
  std::vector<size_t> seps;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (IsRowSeparator(text, lines[k].first, lines[k].second))
      seps.push_back(k);
  }
  if (seps.size() < 2) return;
  for (size_t s = 0; s + 1 < seps.size(); ++s) {
    size_t from = seps[s] + 1, to = seps[s + 1];  // the row's lines
    if (to == from) continue;
    bool cells = true;
    for (size_t k = from; k < to && cells; ++k) {
      cells = IsPipeCell(text, lines[k].first, lines[k].second);
    }
    if (!cells) continue;
    for (size_t k = from; k < to; ++k) {
      size_t e = lines[k].second;
      while (text[e - 1] != '|') --e;
      text[e - 1] = ' ';
      if (k + 1 < to) text[lines[k].second] = '\t';
    }
  }
  for (size_t k : seps) {
    for (size_t i = lines[k].first; i < lines[k].second; ++i) {
      if (text[i] == '|') text[i] = ' ';
    }
  }
}

}  // namespace

void JoinCellPerLineTables(std::string& text) {
  JoinSeparatedRows(text);
  std::vector<CellLine> lines;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    CellLine l{pos, nl, nl, CellLine::kOther};
    l.kind = KindOf(text, pos, &l.stop);
    lines.push_back(l);
    pos = nl + 1;
  }
  // A lone pipe right after a cell that has none of its own closes that
  // cell ("合计" then "|"); only after a cell closed by its own pipe, or
  // after another lone pipe, is it an empty cell of its own.
  bool open_cell = false;  // the last line not blank is a cell without '|'
  for (CellLine& l : lines) {
    if (l.kind == CellLine::kBlank) continue;
    if (l.kind == CellLine::kEmpty) {
      if (open_cell) l.kind = CellLine::kClose;
      open_cell = false;
      continue;
    }
    open_cell = !OwnPipe(text, l);
  }
  // The non-blank lines, by index into lines.
  std::vector<size_t> items;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].kind != CellLine::kBlank && lines[k].kind != CellLine::kClose)
      items.push_back(k);
  }
  auto kind = [&](size_t i) { return lines[items[i]].kind; };
  // The lines of a label at item i: its own, and a unit line below it.
  auto label = [&](size_t i) -> size_t {
    return i + 1 < items.size() && kind(i + 1) == CellLine::kUnit ? 2 : 1;
  };
  // The figures after a label at item i: the count of value lines (or
  // empty cells) after it.
  auto figure = [&](size_t i) {
    return kind(i) == CellLine::kValue || kind(i) == CellLine::kEmpty;
  };
  auto figures = [&](size_t i) {
    size_t n = 0, first = i + label(i);
    while (first + n < items.size() && figure(first + n)) ++n;
    return n;
  };
  // Whether a row at item i holds a figure, not just empty cells.
  auto filled = [&](size_t i) {
    for (size_t k = i + label(i), n = figures(i); n > 0; ++k, --n) {
      if (kind(k) == CellLine::kValue) return true;
    }
    return false;
  };
  // Whether line k is followed by a lone pipe that closes its cell.
  auto close_after = [&](size_t k) {
    return k + 1 < lines.size() && lines[k + 1].kind == CellLine::kClose;
  };
  // Whether item i's cell is closed by a pipe, its own or on the next line.
  auto closed = [&](size_t i) {
    return OwnPipe(text, lines[items[i]]) || close_after(items[i]);
  };
  // Joins items[a..b], the blank lines between them and the last one's
  // closing pipe included. The last line's own break is left alone: it
  // ends the row.
  auto join = [&](size_t a, size_t b, bool row) {
    const size_t to = items[b] + (close_after(items[b]) ? 1 : 0);
    JoinCells(lines, items[a], to, row, text);
  };
  // Whether item i is a text of its own line (no cell joined yet, no tab
  // or pipe in it): a row's note under a note column. A note under the
  // table (说明：…, 注：…) is none, nor a paragraph (a note is a sentence or
  // two: kMaxNoteChars).
  constexpr size_t kMaxNoteChars = 80;
  auto note = [&](size_t i) {
    if (i >= items.size() || kind(i) != CellLine::kOther) return false;
    const CellLine& l = lines[items[i]];
    const std::string_view t(text.data() + l.begin, l.stop - l.begin);
    if (t.find('\t') != std::string_view::npos ||
        t.find('|') != std::string_view::npos ||
        CodePoints(t) > kMaxNoteChars) {
      return false;
    }
    for (std::string_view head : {"说明", "注", "备注", "附注"}) {
      if (t.starts_with(std::string(head) + "：") ||
          t.starts_with(std::string(head) + ":")) {
        return false;
      }
    }
    return true;
  };
  // Whether the n + 2 lines before item i are a header whose last column
  // is a note's (增减原因, 备注, 说明): its rows may each end in a text.
  auto noted = [&](size_t i, size_t n) {
    if (i < n + 2) return false;
    for (size_t k = i - n - 2; k < i; ++k) {
      if (kind(k) != CellLine::kCell) return false;
    }
    const CellLine& l = lines[items[i - 1]];
    const std::string_view t(text.data() + l.begin, l.stop - l.begin);
    for (std::string_view w : {"原因", "备注", "说明", "措施"}) {
      if (t.find(w) != std::string_view::npos) return true;
    }
    return false;
  };
  size_t i = 0;
  while (i < items.size()) {
    if (kind(i) != CellLine::kCell) {
      ++i;
      continue;
    }
    size_t n = figures(i);
    if (n == 0) {
      ++i;
      continue;
    }
    // Rows of the same shape that follow each other (a label's unit line
    // or not), under a note column each perhaps closed by its note.
    const bool notes = noted(i, n);
    auto row_end = [&](size_t k) {
      const size_t e = k + label(k) + n;
      return notes && note(e) ? e + 1 : e;
    };
    // A row whose cells were all empty, saved as its label and a blank
    // line for each cell (n of them, two or more: one blank line after
    // every line is a double-spaced page's), among rows of the shape: a
    // row of empty cells, each blank line's break a cell's tab.
    auto empty_row = [&](size_t k) {
      if (n < 2 || k + 1 >= items.size() || kind(k) != CellLine::kCell ||
          figures(k) != 0 || label(k) != 1) {
        return false;
      }
      for (size_t b = items[k] + 1; b < items[k + 1]; ++b) {
        if (lines[b].kind != CellLine::kBlank) return false;
      }
      return items[k + 1] - items[k] - 1 == n &&
             kind(k + 1) == CellLine::kCell && figures(k + 1) == n;
    };
    size_t j = row_end(i);
    std::vector<size_t> starts = {i}, empties;
    while (j < items.size()) {
      if (kind(j) == CellLine::kCell && figures(j) == n) {
        starts.push_back(j);
        j = row_end(j);
      } else if (empty_row(j)) {
        empties.push_back(j);
        ++j;
      } else {
        break;
      }
    }
    if (starts.size() < 2 ||
        std::none_of(starts.begin(), starts.end(), filled)) {
      i += label(i) + n;
      continue;
    }
    for (size_t k : empties) {
      for (size_t b = items[k]; b < items[k] + n; ++b) {
        text[lines[b].end] = '\t';
      }
    }
    // The header: the short lines just before the first row, n of them or
    // n + 1 with the corner cell; fewer, and there is no header to join. A
    // unit line there is a heading's cell of its own ("得分", "(万元)").
    // Over one column of figures, only two cells each closed by a pipe are
    // a header (项目 | 预算数 |): a heading and a label line look the same.
    auto heading = [&](size_t k) {
      return kind(k) == CellLine::kCell || kind(k) == CellLine::kUnit;
    };
    size_t cells = 0;
    while (cells < n + 1 && cells < i && heading(i - 1 - cells)) ++cells;
    // More heading lines than columns, and a percent sign among them under
    // a cell ("增减率" then "（%）"): it is the rest of that heading, set
    // below it in its cell, as a label's unit is. (A money unit there may
    // be the corner cell's, 项目资金 (万元), moved to the row's end.)
    auto percent = [&](size_t k) {
      if (kind(k) != CellLine::kUnit) return false;
      const CellLine& l = lines[items[k]];
      const std::string_view t(text.data() + l.begin, l.stop - l.begin);
      return t.find('%') != std::string_view::npos ||
             t.find("％") != std::string_view::npos;
    };
    size_t span = 0, glued = 0;
    if (n >= 2 && cells == n + 1 && cells < i && heading(i - 1 - cells)) {
      while (span < i && heading(i - 1 - span) && span - glued < n + 1) {
        const size_t k = i - 1 - span;
        if (percent(k) && k > 0 && kind(k - 1) == CellLine::kCell &&
            span + 1 < i) {
          span += 2;
          ++glued;
        } else {
          ++span;
        }
      }
    }
    if (notes) {
      join(i - n - 2, i - 1, false);
    } else if (glued > 0 && span - glued == n + 1) {
      join(i - span, i - 1, true);
    } else if ((n >= 2 && cells >= n) ||
               (n == 1 && cells == 2 && closed(i - 1) && closed(i - 2))) {
      join(i - cells, i - 1, false);
    }
    for (size_t k : starts) join(k, row_end(k) - 1, true);
    i = j;
  }
}

namespace {

// Whether next, the line after line, is a table row by its spacing alone
// (so that line may be its header). Only a line with a space in it can be
// a header of cells, so only then is the next line looked at.
// A header is a few short headings, a line's worth at most.
constexpr size_t kMaxSpacedHeader = 200;

bool NextIsSpacedRow(std::string_view line, std::string_view next) {
  if (line.size() > kMaxSpacedHeader ||
      (line.find(' ') == std::string_view::npos &&
       line.find("\u3000") == std::string_view::npos)) {
    return false;
  }
  if (next.find('\t') != std::string_view::npos ||
      next.find('|') != std::string_view::npos) {
    return false;
  }
  std::string probe(next);
  return SpacedTableRow(probe);
}

// Whether line is a row's name and its figures set apart by a column gap
// of two spaces or more ("年初财政拨款结转和结余    58.35"): with another
// such line after it, the two are rows of a table of names and values
// (项目 | 金额), not a sentence; alone, a line so spaced may be prose.
bool NamedFigures(std::string_view line) {
  if (line.size() > kMaxSpacedHeader ||
      line.find("  ") == std::string_view::npos) {
    return false;
  }
  const size_t last = line.find_last_not_of(' ');
  if (last == std::string_view::npos ||
      !((line[last] >= '0' && line[last] <= '9') || line[last] == '%')) {
    return false;
  }
  std::string probe(line);
  return SpacedTableRow(probe, false, true);
}

}  // namespace

void UnboxTables(std::string& text) {
  // U+2500..U+257F is E2 94 80..E2 95 BF in UTF-8.
  auto box_at = [&](size_t i) {
    return i + 2 < text.size() && uint8_t(text[i]) == 0xE2 &&
           (uint8_t(text[i + 1]) == 0x94 || uint8_t(text[i + 1]) == 0x95);
  };
  auto vertical = [&](size_t i) {  // │ ┃ ║
    const uint8_t b = uint8_t(text[i + 1]), c = uint8_t(text[i + 2]);
    return (b == 0x94 && (c == 0x82 || c == 0x83)) || (b == 0x95 && c == 0x91);
  };
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    // A border line: box-drawing characters (or an ASCII grid's + - = :)
    // and spaces only, three at least; or a markdown table's delimiter row
    // under its header (|---|:---:|), dashes between pipes.
    size_t marks = 0, pipes = 0;
    bool border = true, boxed = false;
    for (size_t i = start; i < end && border;) {
      if (box_at(i)) {
        ++marks;
        boxed = true;
        i += 3;
      } else if (text[i] == '+' || text[i] == '-' || text[i] == '=' ||
                 text[i] == ':') {
        ++marks;
        ++i;
      } else if (text[i] == '|') {
        ++pipes;
        ++i;
      } else {
        border = text[i] == ' ' || text[i] == '\r';
        ++i;
      }
    }
    const bool grid = border && marks >= 3 &&
                      (boxed || pipes > 0 || text.compare(start, 1, "+") == 0);
    for (size_t i = start; i < end;) {
      if (grid) {
        if (text[i] != '\r') text[i] = ' ';
        ++i;
      } else if (box_at(i) && vertical(i)) {
        text[i] = '|';
        text[i + 1] = ' ';
        text[i + 2] = ' ';
        i += 3;
      } else {
        ++i;
      }
    }
    start = end + 1;
  }
}

void SplitGluedRows(std::string& text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + start, end - start);
    // A header of h words, then rows of one word and h - 1 figures each,
    // two rows at least, to the line's end: nine stretches or more, which
    // few lines have, so only those are classified.
    constexpr size_t kMinStretches = 9;  // h = 3: a header and two rows
    std::vector<Stretch> stretches;
    if (line.find('\t') == std::string_view::npos) {
      stretches = Stretches(line);
    }
    if (stretches.size() < kMinStretches) {
      start = end + 1;
      continue;
    }
    std::vector<Token> tokens;
    for (const Stretch& s : stretches) {
      tokens.push_back(Classify(line, s.begin, s.end));
    }
    // (The last word before the first figure is the first row's name.)
    size_t h = 0;
    while (h < tokens.size() && tokens[h].word && !tokens[h].value) ++h;
    if (h > 0) --h;
    bool glued = h >= 3 && tokens.size() > h && (tokens.size() - h) % h == 0 &&
                 (tokens.size() - h) / h >= 2;
    for (size_t k = h; glued && k < tokens.size(); ++k) {
      glued = (k - h) % h == 0 ? tokens[k].word && !tokens[k].value
                               : tokens[k].value;
    }
    for (size_t k = h; glued && k < tokens.size(); k += h) {
      // The run's first character becomes the break (a U+3000 all of it).
      const size_t g = start + stretches[k].gap;
      if (text[g] == ' ') {
        text[g] = '\n';
      } else {
        text[g] = '\n';
        text[g + 1] = ' ';
        text[g + 2] = ' ';
      }
    }
    start = end + 1;
  }
}

Normalized Normalizer::NormalizeText(std::string_view original) const {
  std::string joined(original);
  UnboxTables(joined);
  SplitGluedRows(joined);
  JoinCellPerLineTables(joined);
  std::string_view text = joined;
  std::vector<InputLine> lines;
  size_t start = 0;
  bool in_table = false;  // the line before was a table row
  while (true) {
    size_t nl = text.find('\n', start);
    size_t stop = nl == std::string_view::npos ? text.size() : nl;
    InputLine line;
    line.text.assign(text.substr(start, stop - start));
    // One pipe is a cell separator too among lines that have pipes (a
    // two-column table: "实际支出 (万元) | 991.51").
    const size_t pipes = std::count(line.text.begin(), line.text.end(), '|');
    std::string_view next_line =
        stop < text.size()
            ? text.substr(stop + 1, text.find('\n', stop + 1) - (stop + 1))
            : std::string_view();
    const bool pipe_context =
        in_table || next_line.find('|') != std::string_view::npos;
    const size_t last = line.text.find_last_not_of(' ');
    const bool trailing = last != std::string::npos && line.text[last] == '|';
    if (pipes >= 2 || (pipes == 1 && pipe_context && !trailing)) {
      // Pipes that open and close the line are the table's borders ("|
      // 合计 | | 4,046.00 |"), no empty cells before the first and after
      // the last.
      // (Blanked, not erased: the offset map stays whole.)
      if (const size_t first = line.text.find_first_not_of(' ');
          pipes >= 3 && trailing && line.text[first] == '|') {
        line.text[first] = ' ';
        line.text[last] = ' ';
      }
      std::replace(line.text.begin(), line.text.end(), '|', '\t');
      line.table_row = true;
    } else if (line.text.find('\t') == std::string::npos &&
               SpacedTableRow(line.text, in_table,
                              NextIsSpacedRow(line.text, next_line))) {
      line.table_row = true;
    } else if (line.text.find('\t') == std::string::npos &&
               NamedFigures(line.text) && NamedFigures(next_line)) {
      line.table_row = SpacedTableRow(line.text, false, true);
    }
    in_table = line.table_row || line.text.find('\t') != std::string::npos;
    lines.push_back(std::move(line));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  // A table's first rows may be told by the rows under them only (科目编码
  // 科目名称 决算数, then 合计 1,002.02, then the coded rows): read from the
  // bottom up, a line of headings, or of a name and its figures, right
  // above a table row joins the table.
  for (size_t i = lines.size(); i-- > 1;) {
    InputLine& above = lines[i - 1];
    if (!lines[i].table_row || above.table_row ||
        above.text.find('\t') != std::string::npos ||
        above.text.size() > kMaxSpacedHeader) {
      continue;
    }
    above.table_row = SpacedTableRow(above.text, false, true);
  }
  return Normalize(lines);
}

}  // namespace tally::normalize
