// The pdf stage with the real Poppler: a generated report, and bad inputs
// that must each give a clear error instead of a crash.
#include <gtest/gtest.h>

#include "base/file.h"
#include "pdf/pdf.h"

namespace tally::pdf {
namespace {

const std::string kSeed002 =
    std::string(TALLY_CORPUS) + "/pdf/002_e689e19a77c37165.pdf";

std::string Read(const std::string& path) {
  auto bytes = ReadFile(path);
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  return bytes.ok() ? *bytes : std::string();
}

TEST(Poppler, ReadsTextRunsWithBoxes) {
  auto doc = Open(Read(kSeed002), Options());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_GE((*doc)->page_count(), 2);
  auto page = (*doc)->ReadPage(1);
  ASSERT_TRUE(page.ok());
  EXPECT_NEAR(page->width, 595.3, 1);
  EXPECT_NEAR(page->height, 841.9, 1);
  std::string all;
  bool number_run = false;
  for (const Word& w : page->words) {
    all += w.text;
    EXPECT_FALSE(w.box.empty()) << w.text;
    EXPECT_GE(w.box.x0, 0);
    EXPECT_LE(w.box.x1, page->width);
    EXPECT_GT(w.font_size, 5);
    if (w.text == "194.19") number_run = true;  // a number is a run of its own
  }
  EXPECT_NE(all.find("益阳市医疗保障局"), std::string::npos);
  EXPECT_TRUE(number_run);
  EXPECT_FALSE((*doc)->ReadPage(0).ok());
  EXPECT_FALSE((*doc)->ReadPage((*doc)->page_count() + 1).ok());
}

TEST(Poppler, FindsTheRuledTable) {
  auto doc = Open(Read(kSeed002), Options());
  ASSERT_TRUE(doc.ok());
  int pages_with_rules = 0, pages_without = 0;
  for (int p = 1; p <= (*doc)->page_count(); ++p) {
    auto page = (*doc)->ReadPage(p);
    ASSERT_TRUE(page.ok());
    int h = 0, v = 0;
    for (const Rule& r : page->rules) (r.horizontal() ? h : v)++;
    if (h >= 5 && v >= 5) ++pages_with_rules;
    if (page->rules.empty()) ++pages_without;
  }
  EXPECT_GE(pages_with_rules, 1);  // the 自评表
  EXPECT_GE(pages_without, 1);     // prose pages have none
}

TEST(Poppler, EncryptedNeedsPassword) {
  std::string bytes = Read(std::string(TALLY_TEST_DATA) + "/encrypted.pdf");
  auto doc = Open(bytes, Options());
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kPermissionDenied);
  EXPECT_NE(doc.status().message().find("encrypted"), std::string::npos);
  Options with_password;
  with_password.password = "secret";
  auto opened = Open(bytes, with_password);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  auto page = (*opened)->ReadPage(1);
  ASSERT_TRUE(page.ok());
  std::string all;
  for (const Word& w : page->words) all += w.text;
  EXPECT_NE(all.find("预算执行率"), std::string::npos);
}

TEST(Poppler, CorruptTruncatedAndNonPdfAreErrors) {
  auto check = [](std::string bytes, const char* what) {
    auto doc = Open(std::move(bytes), Options());
    if (doc.ok()) {
      // Poppler may rebuild a damaged file; then every page must still be
      // readable or fail cleanly, never crash.
      for (int p = 1; p <= (*doc)->page_count(); ++p) (*doc)->ReadPage(p);
      return;
    }
    EXPECT_EQ(doc.status().code(), StatusCode::kCorrupt) << what;
    EXPECT_FALSE(doc.status().message().empty()) << what;
  };
  auto fails = [](std::string bytes) {
    return !Open(std::move(bytes), Options()).ok();
  };
  EXPECT_TRUE(fails(""));
  EXPECT_TRUE(fails("hello, not a pdf"));
  EXPECT_TRUE(fails("%PDF-1.7\n\x01\x02\x03 garbage garbage\n%%EOF"));
  std::string full = Read(kSeed002);
  EXPECT_TRUE(fails(full.substr(0, 200)));
  check(full.substr(0, full.size() / 2), "half");
  std::string flipped = full;
  for (size_t i = 500; i < flipped.size(); i += 97) flipped[i] ^= 0x5A;
  check(flipped, "bit flips");
}

}  // namespace
}  // namespace tally::pdf
