// base/geometry.h: the page model shared by the pdf, ocr and layout stages.
//
// Coordinates are PDF points (1/72 inch) with the origin at the top-left of
// the page, y growing downwards, as in v_facts. A Word is the smallest unit an
// engine reports (Poppler text box or Tesseract word); a Rule is a ruling line
// segment, the evidence that a region is a table with ruled cells.
#ifndef TALLY_BASE_GEOMETRY_H_
#define TALLY_BASE_GEOMETRY_H_

#include <algorithm>
#include <string>
#include <vector>

namespace tally {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  // Smallest box containing both; an empty box is the identity.
  Box Union(const Box& o) const {
    if (empty()) return o;
    if (o.empty()) return *this;
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1),
            std::max(y1, o.y1)};
  }
};

struct Word {
  std::string text;  // UTF-8, as the engine reported it
  Box box;
  double font_size = 0;      // points; 0 when unknown (OCR)
  bool space_after = false;  // the engine saw a space after this word
  double confidence = -1;    // OCR confidence 0..100; -1 for a text layer
  // OCR: the engine's reading before the ocr stage repaired it ("2O22"
  // for "2022"), when a repair changed it; empty otherwise.
  std::string raw;
  // Where the text is in the file's own terms, for formats without
  // geometry: a spreadsheet cell ("自评表!C5"), a docx table cell or
  // paragraph; empty for PDF, OCR and OFD words (their box says it).
  std::string ref;
  // OCR, a number (digits, its point, comma, percent sign): the engine's
  // confidence 0..100 in each of its characters, one integer per code
  // point of text, space-separated ("99 98 61 99"): which digit it was least
  // sure of. Where the ocr stage read the number a second time
  // (ocr::Options::second_reading), each entry also carries the character
  // that reading saw there ("99/1 98/8 61/3 99/4"). Empty for other words
  // and text layers.
  std::string symbol_confidence;
};

// A ruling segment, thin in one direction: horizontal when width > height.
struct Rule {
  Box box;
  bool horizontal() const { return box.width() >= box.height(); }
};

// One page as an engine (text layer or OCR) sees it: the input of layout.
struct PageContent {
  int page_no = 0;               // from 1
  double width = 0, height = 0;  // points
  std::vector<Word> words;
  std::vector<Rule> rules;
  // A text layer's text that nobody sees (drawn invisible, white on white,
  // or under a point high): kept apart from `words`, for the reader to
  // decide on (an earlier OCR under a scan, or text planted to be read by
  // machines only); hidden_chars counts its glyphs.
  std::vector<Word> hidden_words;
  int hidden_chars = 0;
};

// A raster image handed between stages (a PDF page rendered by the pdf
// stage, for the ocr stage), so neither stage sees the other's library.
// 8-bit channels, rows top to bottom, `stride` bytes apart.
struct Raster {
  int width = 0, height = 0;
  int channels = 0;  // 1 grey, 3 RGB, 4 RGBA/ARGB as noted by `format`
  int stride = 0;
  double dpi = 0;  // resolution, to convert pixels to points
  enum class Format { kGray, kRgb, kBgra } format = Format::kGray;
  std::vector<unsigned char> pixels;
};

}  // namespace tally

#endif  // TALLY_BASE_GEOMETRY_H_
