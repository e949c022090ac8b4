// pdf/pdf.h: the PDF stage. Poppler reads a PDF's text layer, its ruling
// lines and, for the ocr stage, renders pages; nothing of Poppler leaves this
// stage.
//
// Input: the bytes of a file sniffed as PDF. Output, per page (ReadPage): its
// size, the text runs of the text layer with bounding boxes and font size,
// and the ruling lines drawn on the page, which tell the layout stage where
// tables are. A run is a maximal stretch of one script within a Poppler word,
// so "拨付437.32元" gives three runs and a number has a box of its own.
// Ruling lines are read from the content stream's vector graphics in the same
// pass as the text, never by rendering: every straight horizontal or vertical
// stroked segment (lines, rectangle edges, polylines) and every filled
// rectangle thin enough to be a border (Word and WPS draw table borders as
// thin filled rectangles), in a visible (not white) colour, with collinear
// pieces that touch merged into one rule (a grid line drawn cell by cell).
// Text drawn so that nobody sees it (render mode 3 or 7, transparent,
// white on the paper rather than on a dark fill, or under a point high) is
// kept out of the words: it comes in PageContent::hidden_words, counted in
// hidden_chars, for the caller to decide on. A glyph that maps to a control
// character reads as U+FFFD. RenderPage rasterises a page for OCR.
//
// Coordinates: PDF points, origin at the top-left of the page as displayed:
// the crop box, after the page's /Rotate. Text boxes, rules, the page size
// and rendered pixels (at dpi / 72 pixels a point) share this frame.
//
// Errors: an encrypted PDF that needs a password is PermissionDenied; a file
// Poppler cannot parse (truncated, damaged, not a PDF) is Corrupt; a PDF with
// no pages is Corrupt. Each message says what is wrong in words. Nothing
// throws.
//
// Thread safety: a PdfDocument is used by one thread at a time; different
// documents may be read on different threads.
//
//   auto doc = pdf::Open(bytes, pdf::Options());
//   if (!doc.ok()) return doc.status();  // "encrypted: ..."
//   for (int p = 1; p <= (*doc)->page_count(); ++p) {
//     StatusOr<PageContent> page = (*doc)->ReadPage(p);
//     if (page.ok() && page->words.empty()) {  // scanned: OCR a rendering
//       StatusOr<Raster> image = (*doc)->RenderPage(p, 300, false);
//     }
//   }
#ifndef TALLY_PDF_PDF_H_
#define TALLY_PDF_PDF_H_

#include <cstdint>
#include <memory>
#include <string>

#include "base/geometry.h"
#include "base/status.h"

namespace tally::pdf {

struct Options {
  // Report ruling lines (PageContent::rules). Off, tables are read as plain
  // lines by the layout stage.
  bool detect_rules = true;
  // A stroke wider than this (points), or a filled rectangle thicker than
  // this in both directions, is a bar or a shaded cell, not a ruling line.
  double max_rule_thickness = 2.5;
  // A rule shorter than this (points) after merging is dropped: a glyph
  // drawn as outlines (the stroke of 一) or a check box, not a border.
  double min_rule_length = 18;
  // RenderPage refuses a rendering with more pixels than this: 120 MP is an
  // A3 page at 600 dpi (about 360 MB in RGB), while a mis-declared
  // 20000 x 20000 pt page at 300 dpi would be 7 GP and exhaust memory.
  int64_t max_render_pixels = 120'000'000;
  // User password for encrypted PDFs; empty for none.
  std::string password;
};

// A PDF open for reading. Interface so tests can substitute fakes.
class PdfDocument {
 public:
  virtual ~PdfDocument() = default;
  virtual int page_count() const = 0;
  // Reads page page_no (from 1): size, text runs and ruling lines. Fails
  // with InvalidArgument for a page out of range, Corrupt if Poppler cannot
  // read the page.
  virtual StatusOr<PageContent> ReadPage(int page_no) = 0;
  // Whether page page_no lists fonts among its resources, read without its
  // content: a page with a text layer does, a scanned page, one image, does
  // not (its text may still come from a form it draws). False for a page
  // that cannot be read, and by default.
  virtual bool DeclaresFonts(int page_no) { return false; }
  // Renders page page_no (from 1) at dpi, text and vector graphics
  // anti-aliased, on white paper: Format::kGray (1 channel) when !color,
  // else Format::kRgb (3 channels); raster.dpi is set. Pixel (0, 0) is the
  // top-left of the page frame above. Fails with InvalidArgument for a page
  // out of range or a dpi that is not a positive finite number up to 2400,
  // Unsupported when the image would exceed Options::max_render_pixels,
  // Corrupt or ResourceExhausted if Poppler cannot render it.
  virtual StatusOr<Raster> RenderPage(int page_no, double dpi, bool color) = 0;
};

// Opens a PDF from its bytes (kept alive by the returned document).
StatusOr<std::unique_ptr<PdfDocument>> Open(std::string bytes,
                                            const Options& options);

}  // namespace tally::pdf

#endif  // TALLY_PDF_PDF_H_
