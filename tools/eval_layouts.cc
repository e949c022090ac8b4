// eval_layouts FILE...: whether the findings of each text file survive the
// other ways the same report reaches us. A report copied out of a web
// page, printed by pdftotext or typed again keeps its words and figures
// but not its layout: a table's cells one per line or run together with
// spaces, full-width punctuation, thousands separators or none, prose
// hard-wrapped at the page's width. None of that changes what the report
// says, so none of it should change a finding; a difference is a reader
// that leans on layout (the tool found two in the cell folder).
//
// For each file and each layout that changes it, the file is read as
// `explain` reads it (normalised, extracted, checked) before and after,
// and the findings (rule and severity) compared. Prints each difference,
// then per layout the files it changed and the files whose findings
// differ. Exit 1 when a file cannot be read or, with --max-differ N, when
// more than N (file, layout) pairs differ.
//
//   build/tools/eval_layouts [--max-differ N] corpus/real/[6-9a-f]*.txt
//   build/tools/eval_layouts --print wrapped FILE  (the file so laid out)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/file.h"
#include "base/utf8.h"
#include "check/check.h"
#include "extract/extract.h"
#include "normalize/normalize.h"

using namespace tally;

namespace {

// The pieces of text between `sep`s (as many as seps, plus one).
std::vector<std::string_view> Split(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t at = text.find(sep, start);
    if (at == std::string_view::npos) at = text.size();
    out.push_back(text.substr(start, at - start));
    start = at + 1;
  }
  return out;
}

std::vector<std::string_view> Lines(std::string_view text) {
  return Split(text, '\n');
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i) out += '\n';
    out += lines[i];
  }
  return out;
}

// A row of a table saved with '|' between cells (two bars at least).
bool PipeRow(std::string_view line) {
  return std::count(line.begin(), line.end(), '|') >= 2;
}

// A '|' row's cells, blanks trimmed, empty ones dropped.
std::vector<std::string> Cells(std::string_view line) {
  std::vector<std::string> out;
  for (std::string_view piece : Split(line, '|')) {
    std::string_view c = TrimSpace(piece);
    if (!c.empty()) out.emplace_back(c);
  }
  return out;
}

// The text with each '|' row's cells laid out by `lay` (its lines), the
// other lines as they are.
std::string LayPipeRows(
    std::string_view text,
    std::vector<std::string> (*lay)(std::vector<std::string> cells)) {
  std::vector<std::string> out;
  for (std::string_view line : Lines(text)) {
    if (!PipeRow(line)) {
      out.emplace_back(line);
      continue;
    }
    for (std::string& l : lay(Cells(line))) out.push_back(std::move(l));
  }
  return Join(out);
}

// Each cell of a '|' row on a line of its own (an HTML table copied as
// text).
std::string OneCellPerLine(std::string_view text) {
  return LayPipeRows(text,
                     [](std::vector<std::string> cells) { return cells; });
}

// A '|' row's cells run together with one space (pdftotext -raw).
std::string CellsBySpaces(std::string_view text) {
  return LayPipeRows(text, [](std::vector<std::string> cells) {
    std::string row;
    for (const std::string& c : cells) row += (row.empty() ? "" : " ") + c;
    return std::vector<std::string>{row};
  });
}

// Runs of blanks as one space.
std::string OneSpace(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool blank = c == ' ' || c == '\t';
    if (blank && !out.empty() && out.back() == ' ') continue;
    out += blank ? ' ' : c;
  }
  return out;
}

bool Digit(char c) { return c >= '0' && c <= '9'; }

// Whether text[i] is a ',' between digits with three digits after it.
bool ThousandsComma(std::string_view text, size_t i) {
  if (text[i] != ',' || i == 0 || !Digit(text[i - 1])) return false;
  size_t j = i + 1;
  while (j < text.size() && Digit(text[j])) ++j;
  return j - i - 1 == 3;
}

// ASCII punctuation as the full-width marks a Chinese typist uses
// (thousands separators kept).
std::string FullWidth(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ',' && !ThousandsComma(text, i)) {
      out += "，";
    } else if (c == ';') {
      out += "；";
    } else if (c == ':') {
      out += "：";
    } else if (c == '(') {
      out += "（";
    } else if (c == ')') {
      out += "）";
    } else {
      out += c;
    }
  }
  return out;
}

// Figures without thousands separators (1,234.5 as 1234.5).
std::string NoSeparators(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!ThousandsComma(text, i)) out += text[i];
  }
  return out;
}

// Prose hard-wrapped at a printed page's width (76 columns, a Han
// character two), as pdftotext prints it: never inside a number. Table
// rows (a '|', a tab or a run of spaces) are left whole.
std::string Wrapped(std::string_view text) {
  constexpr size_t kWidth = 76, kSlack = 6;
  auto number_char = [](char32_t c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '%';
  };
  std::vector<std::string> out;
  for (std::string_view line : Lines(text)) {
    if (line.find('|') != std::string_view::npos ||
        line.find('\t') != std::string_view::npos ||
        line.find("  ") != std::string_view::npos ||
        DisplayWidth(line) <= kWidth + kSlack) {
      out.emplace_back(line);
      continue;
    }
    std::vector<char32_t> cps;
    for (size_t pos = 0; pos < line.size();) {
      cps.push_back(DecodeUtf8(line, &pos));
    }
    std::string cur;
    size_t width = 0;
    for (size_t k = 0; k < cps.size(); ++k) {
      std::string one;
      AppendUtf8(cps[k], &one);
      const size_t w = DisplayWidth(one);
      const bool inside =
          k > 0 && number_char(cps[k - 1]) && number_char(cps[k]);
      if (width + w > kWidth && !inside) {
        out.push_back(cur);
        cur.clear();
        width = 0;
      }
      cur += one;
      width += w;
    }
    out.push_back(cur);
  }
  return Join(out);
}

struct Layout {
  const char* name;
  std::string (*apply)(std::string_view);
};

const Layout kLayouts[] = {
    {"cells_one_per_line", OneCellPerLine},
    {"cells_by_spaces", CellsBySpaces},
    {"one_space", OneSpace},
    {"full_width", FullWidth},
    {"no_separators", NoSeparators},
    {"wrapped", Wrapped},
};

// The findings of a text as rule:severity, sorted.
std::vector<std::string> Findings(const normalize::Normalizer& n,
                                  const extract::Extractor& ex,
                                  std::string_view raw) {
  // Pages split at form feeds, as `tally ingest` splits a text file.
  std::vector<std::string> texts;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t ff = raw.find('\f', start);
    if (ff == std::string_view::npos) ff = raw.size();
    texts.push_back(n.NormalizeText(raw.substr(start, ff - start)).text);
    start = ff + 1;
  }
  std::vector<extract::Page> pages(texts.size());  // views into texts
  for (size_t p = 0; p < texts.size(); ++p) {
    pages[p].page_no = int(p) + 1;
    pages[p].text = texts[p];
    pages[p].source = "text";
  }
  extract::Extracted out = ex.Extract(pages);
  for (size_t i = 0; i < out.facts.size(); ++i) {
    out.facts[i].fact_id = int64_t(i) + 1;
  }
  std::vector<std::string> got;
  for (const Finding& f :
       check::CheckDocument({out.facts, out.relations}, check::Options())) {
    got.push_back(f.rule + ":" + f.severity);
  }
  std::sort(got.begin(), got.end());
  return got;
}

std::string Show(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : " ") + s;
  return out.empty() ? "-" : out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: eval_layouts FILE...\n";
    return 2;
  }
  if (std::string_view(argv[1]) == "--print") {
    const Layout* layout = nullptr;
    for (const Layout& l : kLayouts) {
      if (argc == 4 && std::string_view(argv[2]) == l.name) layout = &l;
    }
    StatusOr<std::string> raw =
        layout ? ReadFile(argv[3]) : StatusOr<std::string>(std::string());
    if (!layout || !raw.ok()) {
      std::cerr << "usage: eval_layouts --print LAYOUT FILE\n";
      return 2;
    }
    std::cout << layout->apply(*raw);
    return 0;
  }
  auto normalizer = normalize::Normalizer::Create(normalize::Options());
  auto extractor = extract::Extractor::Create(extract::Options());
  if (!normalizer.ok() || !extractor.ok()) {
    std::cerr << "eval_layouts: "
              << (normalizer.ok() ? extractor.status() : normalizer.status())
                     .ToString()
              << "\n";
    return 2;
  }
  int first = 1;
  long max_differ = -1;
  if (argc > 3 && std::string_view(argv[1]) == "--max-differ") {
    max_differ = std::strtol(argv[2], nullptr, 10);
    first = 3;
  }
  std::map<std::string, std::pair<int, int>> counts;  // changed, differ
  int status = 0;
  long differ = 0;
  for (int a = first; a < argc; ++a) {
    StatusOr<std::string> raw = ReadFile(argv[a]);
    if (!raw.ok()) {
      std::cerr << argv[a] << ": " << raw.status().ToString() << "\n";
      status = 1;
      continue;
    }
    const std::vector<std::string> before =
        Findings(**normalizer, **extractor, *raw);
    for (const Layout& layout : kLayouts) {
      const std::string text = layout.apply(*raw);
      if (text == *raw) continue;
      ++counts[layout.name].first;
      const std::vector<std::string> after =
          Findings(**normalizer, **extractor, text);
      if (after == before) continue;
      ++counts[layout.name].second;
      ++differ;
      std::cout << argv[a] << "\t" << layout.name << "\t" << Show(before)
                << "\t->\t" << Show(after) << "\n";
    }
  }
  for (const Layout& layout : kLayouts) {
    const auto& c = counts[layout.name];
    std::printf("%-20s files changed %4d, findings differ %3d\n", layout.name,
                c.first, c.second);
  }
  if (max_differ >= 0 && differ > max_differ) {
    std::printf("%ld differences, more than --max-differ %ld\n", differ,
                max_differ);
    status = 1;
  }
  return status;
}
