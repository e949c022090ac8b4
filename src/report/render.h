// report/render.h: the page images of an audit report, made in worker
// processes (pipeline/pool.h) because they read the source files again.
//
// A page read from its text layer is rendered by the pdf stage (Poppler),
// in grey. A page that was OCR'd is shown as OCR saw it: rendered (or
// decoded, for an image file) and cleaned by the ocr stage (seal removed,
// background flattened, deskewed), so the boxes OCR gave (points in the
// cleaned page's frame) fall on the ink they were read from. The table
// rules the clean-up would erase for Tesseract are kept, for the reader.
// Such a PDF page is rendered straight at the resolution the clean-up
// brings pages to, not at OCR's higher one and shrunk: on the corpus's
// colour scans that is 0.3 s a page instead of 1 s, and the deskew angle
// found differs from OCR's by 0.02° (0.1 pt at the page's edge).
// The file must still hold the bytes that were ingested (its sha256);
// otherwise the page fails with the reason.
//
// Each request asks for one page and, besides the whole page, crops of it:
// regions in points, cut at the same resolution.
//
// Thread safety: a PageRenderer is used by one thread (one worker).
//
//   report::PageRenderer renderer(report::RenderOptions());
//   StatusOr<report::PageImages> images = renderer.Render(request);
#ifndef TALLY_REPORT_RENDER_H_
#define TALLY_REPORT_RENDER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/geometry.h"
#include "base/status.h"
#include "ocr/ocr.h"
#include "pdf/pdf.h"

namespace tally::report {

struct RenderOptions {
  // Resolution of text-layer pages: 150 dpi shows 9-point digits sharply
  // at a page width a screen holds, and prints well. OCR'd pages come at
  // the resolution the clean-up brings them to (ocr.target_dpi, 200).
  double dpi = 150;
  pdf::Options pdf;
  ocr::Options ocr;  // as the ingest used them, so the frames agree
  size_t max_image_pixels = ocr::kDefaultMaxPixels;
};

struct PageRequest {
  std::string path, sha256;
  std::string file_kind;  // "pdf" or "image" (v_documents.file_kind)
  int page_no = 0;
  bool ocr = false;        // the page was OCR'd (v_pages.source = 'ocr')
  std::vector<Box> crops;  // regions of the page, in points
};

struct PageImages {
  std::string png;            // the whole page, 8-bit grey
  int width = 0, height = 0;  // of the whole page, in pixels
  double pixels_per_point = 0;
  std::vector<std::string> crops;  // one PNG per requested region, clamped
                                   // to the page
};

std::string Encode(const PageRequest& r);
bool Decode(std::string_view data, PageRequest* r);
std::string Encode(const PageImages& r);
bool Decode(std::string_view data, PageImages* r);

class PageRenderer {
 public:
  explicit PageRenderer(const RenderOptions& options);
  ~PageRenderer();
  // The page's images. NotFound or IOError if the file cannot be read,
  // Corrupt if it no longer holds the ingested bytes, the pdf and ocr
  // stages' errors for a page they cannot render or clean.
  StatusOr<PageImages> Render(const PageRequest& request);

 private:
  struct Open;
  RenderOptions options_;
  std::unique_ptr<Open> open_;  // the last file, kept for its next page
};

// The pixels of region (in points, at pixels_per_point) of a grey image,
// clamped to it; an empty raster when nothing is left. Exposed for tests.
Raster Crop(const Raster& gray, const Box& region, double pixels_per_point);

}  // namespace tally::report

#endif  // TALLY_REPORT_RENDER_H_
