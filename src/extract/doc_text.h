// extract/doc_text.h: the document as lines, cells and tables, with byte
// positions, shared by the parts of the extract stage (facts, metadata,
// sections, indicator tables).
//
// A Line is one '\n'-separated line of a page's text. A line holding a '\t'
// is a table row; its cells are the '\t'-separated stretches (empty cells
// kept, so columns stay aligned). Consecutive table rows form a Table, also
// across a page break (a table continued on the next page), but a body line
// between rows ends the table. A 绩效自评表 budget block saved one cell per
// line is folded back into rows (fold_cells.cc): such a row's line spans
// the lines of its cells, and each cell keeps its own byte range.
//
// Thread safety: plain data built once per Extract call.
#ifndef TALLY_EXTRACT_DOC_TEXT_H_
#define TALLY_EXTRACT_DOC_TEXT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/extract.h"

namespace tally::extract {

struct Cell {
  uint32_t begin = 0, end = 0;  // byte range in the page text
  std::string_view text;        // that range
};

struct Line {
  int page = 0;                 // index into DocText::pages
  uint32_t begin = 0, end = 0;  // byte range in the page text (no '\n' but
                                // in a folded row, see above)
  std::string_view text;
  int table = -1;           // index into DocText::tables, or -1
  int row = -1;             // row index within that table
  std::vector<Cell> cells;  // table rows only
};

struct Table {
  std::vector<int> lines;  // indices into DocText::lines, in order
};

// A page's boxes in the order their text begins, so that the boxes of a
// byte range are found by binary search (BoxOf).
struct BoxIndex {
  std::vector<uint32_t> order;  // indices into Page::boxes
  uint32_t longest = 0;         // the longest box's byte range
};

struct DocText {
  const std::vector<Page>* pages = nullptr;
  std::vector<Line> lines;  // document order
  std::vector<Table> tables;
  std::vector<BoxIndex> boxes;  // per page
};

DocText BuildDocText(const std::vector<Page>& pages);

// The union of the boxes overlapping bytes [begin, end) of page `page` (an
// index into doc.pages; empty if none), and the mean of their OCR
// confidences (-1 if none). Costs the boxes near the range, not the page's.
Box BoxOf(const DocText& doc, int page, uint32_t begin, uint32_t end,
          double* confidence = nullptr);

}  // namespace tally::extract

#endif  // TALLY_EXTRACT_DOC_TEXT_H_
