// tools/seed_text.h: from a seed report's markdown-ish extraction to the
// plain text a real report shows.
//
// The seeds in corpus/seeds/ were extracted from real reports by a converter
// that left markdown behind: heading markers ("## 一、基本情况"), horizontal
// rules ("---"), **bold**/*emphasis*, Word bookmarks ("[bookmark: _GoBack]")
// and LaTeX math ("$\geq 90\%$"). The corpus generator (gen_corpus) prints
// the plain text into PDFs and the CER evaluator (eval_cer) compares what
// tally read back against the same plain text, so both go through here.
//
// Every other character is kept. Table rows keep their '\t' cell separators
// (and empty cells), so a table survives as rows of tab-separated cells; a
// '|' table row becomes one, and a line's lone closing bar (a cell saved
// one per line, "6,100.00 |") goes.
//
// Thread safety: pure functions.
//
//   std::vector<SeedLine> lines = ParseSeed(seed);  // for layout
//   std::string plain = SeedToPlain(seed);          // for comparison
#ifndef TALLY_TOOLS_SEED_TEXT_H_
#define TALLY_TOOLS_SEED_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace tally::tools {

// One non-empty line of plain text.
struct SeedLine {
  std::string text;       // markup removed, trimmed; '\t' kept in table rows
  int heading_level = 0;  // 1..6 for a markdown heading, else 0
  bool table = false;     // IsTableLine(text)
};

// True if line is a table row: the extraction separates cells with '\t',
// or a web page's table saved as text with '|' (two or more: "项目名称 |
// 共享工程 |"), which was a ruled table on the page, not printed bars.
bool IsTableLine(std::string_view line);

// A '|' row as a '\t' row: the bars around the row and the empty cells
// before a closing bar go, each bar between cells becomes a tab
// ("| 年初预算数 | 全年预算数 | |" -> "年初预算数\t全年预算数"). A line
// with tabs is returned as it is.
std::string PipesToTabs(std::string_view line);

// Removes inline markup from one line (bookmarks, LaTeX math, bold and
// emphasis markers); does not trim and does not look at heading markers.
// "率 $\geq 90\%$ 、" -> "率 ≥90% 、"; "[bookmark: _GoBack]一是" -> "一是".
std::string StripInlineMarkup(std::string_view line);

// Splits seed on '\n' and converts each line: heading markers and horizontal
// rules go, inline markup goes, the line is trimmed (table rows keep their
// tabs, cells are trimmed). Lines left empty are dropped.
std::vector<SeedLine> ParseSeed(std::string_view seed);

// ParseSeed's lines, each followed by '\n'.
std::string SeedToPlain(std::string_view seed);

}  // namespace tally::tools

#endif  // TALLY_TOOLS_SEED_TEXT_H_
