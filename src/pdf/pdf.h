// pdf/pdf.h: the PDF stage. Poppler reads a PDF's text layer and page
// geometry; nothing of Poppler leaves this stage.
//
// Input: the bytes of a file sniffed as PDF. Output, per page: its size, the
// text runs of the text layer with bounding boxes (PDF points, origin
// top-left) and font size, and the ruling lines drawn on the page (found on a
// low-resolution rendering), which tell the layout stage where tables are.
// A run is a maximal stretch of one script within a Poppler word, so "拨付
// 437.32元" gives three runs and a number has a box of its own.
//
// Errors: an encrypted PDF that needs a password is PermissionDenied; a file
// Poppler cannot parse (truncated, damaged, not a PDF) is Corrupt; a PDF with
// no pages is Corrupt. Each message says what is wrong in words.
//
// Thread safety: a PdfDocument is used by one thread at a time; different
// documents may be read on different threads.
//
//   auto doc = pdf::Open(bytes, pdf::Options());
//   if (!doc.ok()) return doc.status();  // "encrypted: ..."
//   for (int p = 1; p <= (*doc)->page_count(); ++p) {
//     StatusOr<PageContent> page = (*doc)->ReadPage(p);
//   }
#ifndef TALLY_PDF_PDF_H_
#define TALLY_PDF_PDF_H_

#include <memory>
#include <string>

#include "base/geometry.h"
#include "base/status.h"

namespace tally::pdf {

struct Options {
  // Find ruling lines by rendering the page, on pages whose text looks
  // tabular (runs in columns with em-wide gaps), or on every page with
  // render_all_pages. Off, tables are read as plain lines.
  bool detect_rules = true;
  bool render_all_pages = false;
  // Rendering resolution for rule detection: 72 dpi resolves 0.5 pt rules
  // (Poppler draws hairlines at least one pixel wide) at a few ms a page.
  double rule_dpi = 72;
  // A dark run at least this long (points) is a rule, not a glyph stroke.
  double min_rule_length = 18;
  // User password for encrypted PDFs; empty for none.
  std::string password;
};

// A PDF open for reading. Interface so tests can substitute fakes.
class PdfDocument {
 public:
  virtual ~PdfDocument() = default;
  virtual int page_count() const = 0;
  // Reads page page_no (from 1). Fails with InvalidArgument for a page out
  // of range, Corrupt if Poppler cannot read the page.
  virtual StatusOr<PageContent> ReadPage(int page_no) = 0;
};

// Opens a PDF from its bytes (kept alive by the returned document).
StatusOr<std::unique_ptr<PdfDocument>> Open(std::string bytes,
                                            const Options& options);

// Finds horizontal and vertical ruling lines in an 8-bit grey image
// (0 = black) of width x height pixels with the given row stride, rendered
// at dpi. Exposed for tests; coordinates of the result are in points.
std::vector<Rule> FindRules(const unsigned char* pixels, int width, int height,
                            int stride, double dpi, double min_length_pt);

}  // namespace tally::pdf

#endif  // TALLY_PDF_PDF_H_
