// layout/layout.h: reading order. Turns an engine's words and ruling lines
// into lines of text in the order a person reads them.
//
// Input: PageContent (from the pdf stage's text layer or from OCR). Output:
// lines, top to bottom and left to right within a column; a table (a grid of
// ruling lines) read row by row, its cells separated by '\t' so that one
// table row is one line, a merged cell's text in its top-left grid cell and
// the other grid cells of the merge left empty; page headers, footers and
// page numbers marked as such rather than mixed into sentences.
//
// Every line keeps spans: which bytes of its text came from which word, the
// first link of the offset map from stored text back to page boxes.
//
// Thread safety: pure functions.
//
//   std::vector<layout::PageLayout> pages;
//   for (const PageContent& c : contents) {
//     pages.push_back(layout::AssemblePage(c, layout::Options()));
//   }
//   layout::FinishDocument(&pages, layout::Options());  // furniture, fill
#ifndef TALLY_LAYOUT_LAYOUT_H_
#define TALLY_LAYOUT_LAYOUT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/geometry.h"

namespace tally::layout {

struct Options {
  // Headers and footers live in these top and bottom fractions of a page.
  double header_zone = 0.12;
  double footer_zone = 0.12;
  // Two rules closer than this (points) are the same grid line.
  double grid_tolerance = 3;
  // A vertical gap in the text at least this many ems wide, running down a
  // band of text, separates columns.
  double column_gap_em = 2.0;
  // Bounds on what one page may make layout do, far beyond any report (a
  // dense page has a few thousand text runs and a few hundred rules), so
  // that a hostile page costs time linear in its size. Beyond them the page
  // is read in a simpler way and PageLayout::notes says so.
  int max_words = 200000;  // text runs read per page; the rest left out
  int max_rules = 4000;    // more ruling lines: no tables on the page
  int64_t max_table_cells = 100000;  // a larger grid is read as plain lines
};

enum class LineKind { kBody, kTableRow, kHeader, kFooter, kPageNumber };
const char* LineKindName(LineKind kind);  // "body", "table_row", ...

// Bytes [begin, end) of Line::text came from PageContent::words[word].
struct Span {
  uint32_t begin = 0, end = 0;
  int word = 0;
};

struct Line {
  LineKind kind = LineKind::kBody;
  std::string text;
  Box box;
  // How far the line reaches across its page's text block, 0..1 (a wrapped
  // line is near 1; a heading or a paragraph's last line is short). Set by
  // FinishDocument; -1 before.
  double fill = -1;
  int table = -1;  // index of the table on the page for table rows
  std::vector<Span> spans;
};

struct PageLayout {
  int page_no = 0;
  double width = 0, height = 0;
  std::vector<Line> lines;
  // Limits met (Options' caps), in words: what was read another way.
  std::vector<std::string> notes;
};

// Lines of one page in reading order. Headers and footers are not yet
// recognised (that needs the other pages): see FinishDocument. Words and
// rules with coordinates that are not finite numbers within a million
// points of the page are left out (a damaged file's), as text runs with no
// text are.
PageLayout AssemblePage(const PageContent& page, const Options& options);

// Document-level pass: marks page numbers, and headers and footers that
// repeat across pages; computes each body line's fill against the
// document's text block (measured once per page size, so the pass is
// linear in the document's lines).
void FinishDocument(std::vector<PageLayout>* pages, const Options& options);

}  // namespace tally::layout

#endif  // TALLY_LAYOUT_LAYOUT_H_
