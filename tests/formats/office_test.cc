// LibreOffice headless converting the legacy office samples (Word 97 and
// Excel 97 files of seed reports) to PDF, the way the worker reads them.
#include <gtest/gtest.h>

#include "base/file.h"
#include "formats/formats.h"

namespace tally::formats {
namespace {

const std::string kData = std::string(TALLY_TEST_DATA) + "/formats/";

TEST(Office, DocAndXlsBecomePdf) {
  for (const char* name :
       {"001_c70d33421e53e59a.doc", "002_e689e19a77c37165.xls"}) {
    StatusOr<std::string> bytes = ReadFile(kData + name);
    ASSERT_TRUE(bytes.ok());
    std::optional<Format> f = Sniff(*bytes);
    ASSERT_TRUE(f.has_value()) << name;
    StatusOr<std::string> pdf = ConvertToPdf(*bytes, *f, Options());
    ASSERT_TRUE(pdf.ok()) << name << ": " << pdf.status().ToString();
    EXPECT_TRUE(pdf->starts_with("%PDF-")) << name;
    EXPECT_GT(pdf->size(), 1000u) << name;
  }
}

TEST(Office, NotAnOfficeFile) {
  StatusOr<std::string> pdf =
      ConvertToPdf(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                       std::string(600, '\0'),
                   Format::kDoc, Options());
  EXPECT_EQ(pdf.status().code(), StatusCode::kCorrupt)
      << pdf.status().ToString();
}

TEST(Office, MissingLibreOffice) {
  Options o;
  o.soffice = "/nonexistent/soffice";
  EXPECT_EQ(ConvertToPdf("x", Format::kDoc, o).status().code(),
            StatusCode::kUnsupported);
}

}  // namespace
}  // namespace tally::formats
