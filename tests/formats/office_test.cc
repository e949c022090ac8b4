// LibreOffice headless converting the legacy office samples (Word 97 and
// Excel 97 files of seed reports) the way the worker reads them: a Word
// file to PDF, a spreadsheet to xlsx.
#include <gtest/gtest.h>

#include "base/file.h"
#include "formats/formats.h"

namespace tally::formats {
namespace {

const std::string kData = std::string(TALLY_TEST_DATA) + "/formats/";

TEST(Office, DocBecomesPdf) {
  StatusOr<std::string> bytes = ReadFile(kData + "001_c70d33421e53e59a.doc");
  ASSERT_TRUE(bytes.ok());
  ASSERT_EQ(Sniff(*bytes), Format::kDoc);
  StatusOr<std::string> pdf =
      Convert(*bytes, Format::kDoc, Target::kPdf, Options());
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  EXPECT_TRUE(pdf->starts_with("%PDF-"));
  EXPECT_GT(pdf->size(), 1000u);
}

TEST(Office, XlsBecomesXlsxWithTheSameCells) {
  StatusOr<std::string> bytes = ReadFile(kData + "002_e689e19a77c37165.xls");
  ASSERT_TRUE(bytes.ok());
  ASSERT_EQ(Sniff(*bytes), Format::kXls);
  StatusOr<std::string> xlsx =
      Convert(*bytes, Format::kXls, Target::kXlsx, Options());
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  ASSERT_EQ(Sniff(*xlsx), Format::kXlsx);
  StatusOr<Document> doc = Read(*xlsx, Format::kXlsx, Options());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  StatusOr<std::string> original =
      ReadFile(kData + "002_e689e19a77c37165.xlsx");
  StatusOr<Document> want = Read(*original, Format::kXlsx, Options());
  ASSERT_TRUE(want.ok());
  ASSERT_EQ(doc->pages.size(), want->pages.size());
  ASSERT_EQ(doc->pages[0].lines.size(), want->pages[0].lines.size());
  for (size_t i = 0; i < want->pages[0].lines.size(); ++i) {
    const Line &a = doc->pages[0].lines[i], &b = want->pages[0].lines[i];
    ASSERT_EQ(a.cells.size(), b.cells.size()) << i;
    for (size_t j = 0; j < a.cells.size(); ++j) {
      EXPECT_EQ(a.cells[j].text, b.cells[j].text) << i << " " << j;
    }
  }
}

TEST(Office, NotAnOfficeFile) {
  StatusOr<std::string> pdf =
      Convert(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                  std::string(600, '\0'),
              Format::kDoc, Target::kPdf, Options());
  EXPECT_EQ(pdf.status().code(), StatusCode::kCorrupt)
      << pdf.status().ToString();
}

TEST(Office, MissingLibreOffice) {
  Options o;
  o.soffice = "/nonexistent/soffice";
  EXPECT_EQ(Convert("x", Format::kDoc, Target::kPdf, o).status().code(),
            StatusCode::kUnsupported);
}

}  // namespace
}  // namespace tally::formats
