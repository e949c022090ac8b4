// tests/testing/tiny_pdf.h: writes minimal, valid PDFs for tests without a
// PDF library, with a correct xref table: an unusual page count (zero
// pages, thousands of pages; one Helvetica line per page), or a scan (a
// JPEG over the page).
#ifndef TALLY_TESTS_TESTING_TINY_PDF_H_
#define TALLY_TESTS_TESTING_TINY_PDF_H_

#include <cstdio>
#include <string>
#include <vector>

namespace tally::testing {

inline std::string TinyPdf(int pages) {
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  auto object = [&](const std::string& body) {
    offsets.push_back(out.size());
    out += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
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
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(offsets.size() + 1) +
         "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

// A one-page PDF showing a JPEG (its bytes as they are, DCTDecode) over the
// whole page: a scan with no text layer. The page measures the image at
// dpi; colour or grey as the JPEG's components say.
inline std::string JpegPdf(const std::string& jpeg, int width_px, int height_px,
                           int components, double dpi) {
  const std::string w = std::to_string(width_px * 72.0 / dpi);
  const std::string h = std::to_string(height_px * 72.0 / dpi);
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  auto object = [&](const std::string& body) {
    offsets.push_back(out.size());
    out += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
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
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(offsets.size() + 1) +
         "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace tally::testing

#endif  // TALLY_TESTS_TESTING_TINY_PDF_H_
