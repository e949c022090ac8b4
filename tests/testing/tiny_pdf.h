// tests/testing/tiny_pdf.h: writes minimal, valid PDFs for tests without a
// PDF library, with a correct xref table: an unusual page count (zero
// pages, thousands of pages; one Helvetica line per page), or a scan (a
// JPEG over the page).
#ifndef TALLY_TESTS_TESTING_TINY_PDF_H_
#define TALLY_TESTS_TESTING_TINY_PDF_H_

#include <string>
#include <vector>

#include "testing/pdf_file.h"

namespace tally::testing {

inline std::string TinyPdf(int pages) {
  std::vector<std::string> objects;
  auto object = [&](const std::string& body) { objects.push_back(body); };
  // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content
  // stream for each page.
  std::string kids;
  for (int p = 0; p < pages; ++p) kids += std::to_string(4 + 2 * p) + " 0 R ";
  object("<< /Type /Catalog /Pages 2 0 R >>");
  object("<< /Type /Pages /Kids [" + kids + "] /Count " +
         std::to_string(pages) + " >>");
  object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  for (int p = 0; p < pages; ++p) {
    object(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 3 0 R >> >> /Contents " +
        std::to_string(5 + 2 * p) + " 0 R >>");
    std::string text = "BT /F1 12 Tf 72 420 Td (Body text of page " +
                       std::to_string(p + 1) + ") Tj ET";
    object("<< /Length " + std::to_string(text.size()) + " >>\nstream\n" +
           text + "\nendstream");
  }
  return PdfFile(objects);
}

// A one-page PDF showing a JPEG (its bytes as they are, DCTDecode) over the
// whole page: a scan with no text layer. The page measures the image at
// dpi; colour or grey as the JPEG's components say.
inline std::string JpegPdf(const std::string& jpeg, int width_px, int height_px,
                           int components, double dpi) {
  const std::string w = std::to_string(width_px * 72.0 / dpi);
  const std::string h = std::to_string(height_px * 72.0 / dpi);
  std::vector<std::string> objects;
  auto object = [&](const std::string& body) { objects.push_back(body); };
  const std::string draw = "q " + w + " 0 0 " + h + " 0 0 cm /Im0 Do Q";
  object("<< /Type /Catalog /Pages 2 0 R >>");
  object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + w + " " + h +
         "] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>");
  object("<< /Type /XObject /Subtype /Image /Width " +
         std::to_string(width_px) + " /Height " + std::to_string(height_px) +
         " /ColorSpace " + (components == 1 ? "/DeviceGray" : "/DeviceRGB") +
         " /BitsPerComponent 8 /Filter /DCTDecode /Length " +
         std::to_string(jpeg.size()) + " >>\nstream\n" + jpeg + "\nendstream");
  object("<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" + draw +
         "\nendstream");
  return PdfFile(objects);
}

}  // namespace tally::testing

#endif  // TALLY_TESTS_TESTING_TINY_PDF_H_
