// tools/seed_text.cc: markdown-ish seed extraction -> plain report text.
// See seed_text.h for the contract; the rules here are deliberately narrow
// (only the markup the extraction converter produces) so that no character
// a real report shows is ever lost.
#include "tools/seed_text.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tally::tools {
namespace {

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of the whitespace sequence a line may be trimmed of at pos, 0 if
// none. Besides ASCII blanks: NBSP, the ideographic space and a BOM, which
// the extraction leaves at line ends but a page never shows as text.
size_t TrimmableAt(std::string_view s, size_t pos, bool tabs) {
  if (pos >= s.size()) return 0;
  char c = s[pos];
  if (c == ' ' || c == '\r' || c == '\n' || c == '\v' || c == '\f') return 1;
  if (c == '\t') return tabs ? 1 : 0;
  std::string_view rest = s.substr(pos);
  if (rest.starts_with("\xC2\xA0")) return 2;      // U+00A0
  if (rest.starts_with("\xE3\x80\x80")) return 3;  // U+3000
  if (rest.starts_with("\xEF\xBB\xBF")) return 3;  // U+FEFF
  return 0;
}

std::string_view Trim(std::string_view s, bool tabs) {
  size_t begin = 0;
  while (size_t n = TrimmableAt(s, begin, tabs)) begin += n;
  size_t end = s.size();
  while (end > begin) {
    // Trailing multi-byte blanks: test each candidate width.
    size_t n = 0;
    for (size_t w : {size_t{1}, size_t{2}, size_t{3}}) {
      if (end >= begin + w && TrimmableAt(s, end - w, tabs) == w) {
        n = w;
        break;
      }
    }
    if (n == 0) break;
    end -= n;
  }
  return s.substr(begin, end - begin);
}

// LaTeX commands the extraction emits for symbols a report prints directly.
const char* MathSymbol(std::string_view name) {
  struct Entry {
    std::string_view name;
    const char* utf8;
  };
  static constexpr Entry kSymbols[] = {
      {"geq", "≥"},     {"ge", "≥"},       {"geqslant", "≥"}, {"leq", "≤"},
      {"le", "≤"},      {"leqslant", "≤"}, {"neq", "≠"},      {"ne", "≠"},
      {"times", "×"},   {"div", "÷"},      {"pm", "±"},       {"approx", "≈"},
      {"sim", "~"},     {"cdot", "·"},     {"circ", "°"},     {"degree", "°"},
      {"percent", "%"}, {"lt", "<"},       {"gt", ">"},
  };
  for (const Entry& e : kSymbols) {
    if (e.name == name) return e.utf8;
  }
  return nullptr;
}

// Commands that only space or size things: they print nothing.
bool IsSilentCommand(std::string_view name) {
  return name == "quad" || name == "qquad" || name == "left" ||
         name == "right" || name == "displaystyle" || name == "big" ||
         name == "Big";
}

// Commands whose {argument} is printed as text.
bool IsTextCommand(std::string_view name) {
  return name == "text" || name == "mathrm" || name == "textrm" ||
         name == "mbox" || name == "mathbf" || name == "textbf" ||
         name == "operatorname";
}

// Converts the inside of $...$ to the characters it prints. Math mode
// ignores spaces, which is why "$\geq 90\%$" prints "≥90%".
std::string ConvertMath(std::string_view m) {
  std::string out;
  size_t i = 0;
  while (i < m.size()) {
    char c = m[i];
    if (c == '\\') {
      size_t j = i + 1;
      while (j < m.size() && IsAsciiLetter(m[j])) ++j;
      if (j == i + 1) {
        // A control symbol: an escaped character or a spacing command.
        if (j < m.size()) {
          char s = m[j];
          if (s != ',' && s != ';' && s != '!' && s != ':' && s != ' ') {
            out.push_back(s);
          }
          ++j;
        }
        i = j;
        continue;
      }
      std::string_view name = m.substr(i + 1, j - i - 1);
      if (const char* sym = MathSymbol(name)) {
        out += sym;
      } else if (IsTextCommand(name) && j < m.size() && m[j] == '{') {
        size_t close = m.find('}', j);
        if (close == std::string_view::npos) close = m.size();
        out += m.substr(j + 1, close - j - 1);  // text mode keeps spaces
        j = close < m.size() ? close + 1 : close;
      } else if (!IsSilentCommand(name)) {
        out += m.substr(i, j - i);  // unknown: keep it visible
      }
      i = j;
      continue;
    }
    // Grouping braces, sub/superscript markers and spaces print nothing.
    if (c != '{' && c != '}' && c != ' ' && c != '^' && c != '_' && c != '\t') {
      out.push_back(c);
    }
    ++i;
  }
  return out;
}

// Positions of unescaped '$' delimiters; "$$" counts as one delimiter.
std::vector<std::pair<size_t, size_t>> MathDelimiters(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> delims;  // (pos, length)
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '$' || (i > 0 && s[i - 1] == '\\')) continue;
    size_t len = (i + 1 < s.size() && s[i + 1] == '$') ? 2 : 1;
    delims.emplace_back(i, len);
    i += len - 1;
  }
  return delims;
}

std::string ReplaceMath(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> d = MathDelimiters(s);
  std::string out;
  size_t pos = 0;
  // Pair delimiters in order; an unpaired last one is a literal '$'.
  for (size_t k = 0; k + 1 < d.size(); k += 2) {
    out += s.substr(pos, d[k].first - pos);
    size_t inner = d[k].first + d[k].second;
    out += ConvertMath(s.substr(inner, d[k + 1].first - inner));
    pos = d[k + 1].first + d[k + 1].second;
  }
  out += s.substr(pos);
  return out;
}

std::string RemoveBookmarks(std::string_view s) {
  static constexpr std::string_view kOpen = "[bookmark:";
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = s.find(kOpen, pos);
    if (open == std::string_view::npos) break;
    size_t close = s.find(']', open);
    if (close == std::string_view::npos) break;
    out += s.substr(pos, open - pos);
    pos = close + 1;
  }
  out += s.substr(pos);
  return out;
}

// Removes "**" in pairs, then single '*' pairs that look like emphasis
// (the opener followed and the closer preceded by a non-space), leaving a
// lone or arithmetic '*' alone.
std::string RemoveEmphasis(std::string_view s) {
  std::string t;
  {
    std::vector<size_t> doubles;
    for (size_t i = 0; i + 1 < s.size(); ++i) {
      if (s[i] == '*' && s[i + 1] == '*') {
        doubles.push_back(i);
        ++i;
      }
    }
    size_t usable = doubles.size() - doubles.size() % 2;
    size_t pos = 0;
    for (size_t k = 0; k < usable; ++k) {
      t += s.substr(pos, doubles[k] - pos);
      pos = doubles[k] + 2;
    }
    t += s.substr(pos);
  }
  std::vector<size_t> singles;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '*') singles.push_back(i);
  }
  std::vector<bool> drop(t.size(), false);
  size_t k = 0;
  while (k + 1 < singles.size()) {
    size_t a = singles[k], b = singles[k + 1];
    bool opens = a + 1 < t.size() && t[a + 1] != ' ';
    bool closes = b > 0 && t[b - 1] != ' ' && b > a + 1;
    if (opens && closes) {
      drop[a] = drop[b] = true;
      k += 2;
    } else {
      ++k;
    }
  }
  std::string out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!drop[i]) out.push_back(t[i]);
  }
  return out;
}

// A markdown thematic break: three or more of one of - * _ and spaces.
bool IsHorizontalRule(std::string_view line) {
  char mark = 0;
  int count = 0;
  for (char c : line) {
    if (c == ' ' || c == '\t') continue;
    if (c != '-' && c != '*' && c != '_') return false;
    if (mark != 0 && c != mark) return false;
    mark = c;
    ++count;
  }
  return count >= 3;
}

// Strips an ATX heading marker ("## title ##"), returning its level, or 0
// (and leaves line alone) if there is none. "#1" is not a heading.
int StripHeading(std::string_view* line) {
  std::string_view s = *line;
  size_t n = 0;
  while (n < s.size() && s[n] == '#') ++n;
  if (n == 0 || n > 6) return 0;
  if (n < s.size() && s[n] != ' ' && s[n] != '\t') return 0;
  s.remove_prefix(n);
  // An optional closing sequence of '#'s after a space.
  size_t end = s.size();
  while (end > 0 && s[end - 1] == ' ') --end;
  size_t hashes = end;
  while (hashes > 0 && s[hashes - 1] == '#') --hashes;
  if (hashes < end && (hashes == 0 || s[hashes - 1] == ' ')) {
    s = s.substr(0, hashes);
  }
  *line = s;
  return static_cast<int>(n);
}

}  // namespace

bool IsTableLine(std::string_view line) {
  return line.find('\t') != std::string_view::npos ||
         std::count(line.begin(), line.end(), '|') >= 2;
}

std::string PipesToTabs(std::string_view line) {
  if (line.find('\t') != std::string_view::npos) return std::string(line);
  auto blank = [](char c) { return c == ' ' || c == '\r'; };
  while (!line.empty() && blank(line.front())) line.remove_prefix(1);
  while (!line.empty() && (blank(line.back()) || line.back() == '|')) {
    line.remove_suffix(1);  // a closing '|' and the empty cells before it
  }
  if (line.starts_with('|')) line.remove_prefix(1);
  std::string out(line);
  std::replace(out.begin(), out.end(), '|', '\t');
  return out;
}

std::string StripInlineMarkup(std::string_view line) {
  return RemoveEmphasis(ReplaceMath(RemoveBookmarks(line)));
}

std::vector<SeedLine> ParseSeed(std::string_view seed) {
  std::vector<SeedLine> lines;
  size_t pos = 0;
  while (pos <= seed.size()) {
    size_t nl = seed.find('\n', pos);
    if (nl == std::string_view::npos) nl = seed.size();
    std::string_view raw = seed.substr(pos, nl - pos);
    pos = nl + 1;

    SeedLine out;
    out.table = IsTableLine(raw);
    if (out.table) {
      // Cells are trimmed one by one; the tabs, even around empty cells,
      // are the table's structure and stay.
      std::string stripped = StripInlineMarkup(PipesToTabs(raw));
      std::string_view row = Trim(stripped, /*tabs=*/false);
      size_t c = 0;
      while (true) {
        size_t tab = row.find('\t', c);
        std::string_view cell =
            row.substr(c, tab == std::string_view::npos ? row.npos : tab - c);
        out.text += Trim(cell, /*tabs=*/false);
        if (tab == std::string_view::npos) break;
        out.text.push_back('\t');
        c = tab + 1;
      }
      lines.push_back(std::move(out));
      continue;
    }
    std::string_view line = Trim(raw, /*tabs=*/true);
    // A web page's table saved one cell per line, each closed by its bar
    // ("6,100.00 |"): the bar was the cell's border, not a printed glyph.
    if (line.ends_with('|')) line = Trim(line.substr(0, line.size() - 1), true);
    if (IsHorizontalRule(line)) continue;
    out.heading_level = StripHeading(&line);
    out.text = std::string(Trim(StripInlineMarkup(line), /*tabs=*/true));
    if (out.text.empty()) continue;
    lines.push_back(std::move(out));
  }
  return lines;
}

std::string SeedToPlain(std::string_view seed) {
  std::string plain;
  for (const SeedLine& line : ParseSeed(seed)) {
    plain += line.text;
    plain.push_back('\n');
  }
  return plain;
}

}  // namespace tally::tools
