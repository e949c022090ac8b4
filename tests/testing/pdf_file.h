// tests/testing/pdf_file.h: a PDF file from its objects, with a correct
// cross-reference table, for tests and tools that write PDFs by hand
// (tiny_pdf.h, hostile.h, pdf/rules_test.cc) without a PDF library.
//
//   std::string pdf = tally::testing::PdfFile(
//       {"<< /Type /Catalog /Pages 2 0 R >>",
//        "<< /Type /Pages /Kids [] /Count 0 >>"});
#ifndef TALLY_TESTS_TESTING_PDF_FILE_H_
#define TALLY_TESTS_TESTING_PDF_FILE_H_

#include <cstdio>
#include <string>
#include <vector>

namespace tally::testing {

// objects[i] is the body of object i + 1 (a dictionary, or a dictionary and
// its stream); object 1 is the catalog. The header, the objects, the xref
// table of their byte offsets and the trailer.
inline std::string PdfFile(const std::vector<std::string>& objects) {
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (const std::string& body : objects) {
    offsets.push_back(out.size());
    out += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  }
  const size_t xref = out.size();
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

#endif  // TALLY_TESTS_TESTING_PDF_FILE_H_
