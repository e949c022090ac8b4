// Which documents a worker reads whole in the assembly (Source::cheap_pages)
// and which get a task per page: real PDFs through Poppler.
#include "pipeline/source.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "testing/pdf_file.h"
#include "testing/tiny_pdf.h"

namespace tally::pipeline {
namespace {

// A PDF with a page for each entry of `fonts`: a line of Helvetica text
// where it is true, else a line drawn and no font declared, which is what a
// scan looks like to the check (its image left out: no decoder needed).
std::string Pdf(const std::vector<bool>& fonts) {
  std::vector<std::string> objects;
  std::string kids;
  for (size_t p = 0; p < fonts.size(); ++p) {
    kids += std::to_string(4 + 2 * p) + " 0 R ";
  }
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " +
                    std::to_string(fonts.size()) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  for (size_t p = 0; p < fonts.size(); ++p) {
    const std::string draw =
        fonts[p] ? "BT /F1 12 Tf 72 420 Td (Text) Tj ET" : "0 0 m 100 100 l S";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " +
        std::string(fonts[p] ? "<< /Font << /F1 3 0 R >> >>" : "<< >>") +
        " /Contents " + std::to_string(5 + 2 * p) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(draw.size()) +
                      " >>\nstream\n" + draw + "\nendstream");
  }
  return testing::PdfFile(objects);
}

bool Cheap(const std::string& pdf) {
  SourceOptions options;
  SourceContext context(options);
  StatusOr<std::unique_ptr<Source>> source =
      OpenSource(FileKind::kPdf, pdf, &context);
  EXPECT_TRUE(source.ok()) << source.status().ToString();
  return source.ok() && (*source)->cheap_pages();
}

TEST(PdfSource, AShortDocumentOfTextPagesIsReadWhole) {
  EXPECT_TRUE(Cheap(Pdf({true})));
  EXPECT_TRUE(Cheap(Pdf(std::vector<bool>(16, true))));
  EXPECT_TRUE(Cheap(testing::TinyPdf(3)));
}

TEST(PdfSource, ALongDocumentGetsATaskPerPage) {
  EXPECT_FALSE(Cheap(Pdf(std::vector<bool>(17, true))));
}

TEST(PdfSource, PagesThatMayNeedOcrGetATaskEach) {
  // OCR takes seconds a page: several workers share the pages.
  EXPECT_FALSE(Cheap(Pdf({false})));
  EXPECT_FALSE(Cheap(Pdf({true, false, true})));
  EXPECT_FALSE(Cheap(Pdf({true, true, false})));
}

}  // namespace
}  // namespace tally::pipeline
