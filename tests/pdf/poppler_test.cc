// The pdf stage with the real Poppler: a generated report, and bad inputs
// that must each give a clear error instead of a crash.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

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

// Distinct grid line positions: rule centres closer than 3 pt are one line
// (the layout stage's grid tolerance).
std::vector<double> Lines(const std::vector<Rule>& rules, bool horizontal) {
  std::vector<double> at;
  for (const Rule& r : rules) {
    if (r.horizontal() == horizontal) {
      at.push_back(horizontal ? r.box.cy() : r.box.cx());
    }
  }
  std::sort(at.begin(), at.end());
  std::vector<double> lines;
  for (double a : at) {
    if (lines.empty() || a - lines.back() > 3) lines.push_back(a);
  }
  return lines;
}

TEST(Poppler, FindsTheRuledTable) {
  // Seed 002's 绩效自评表 fills its two landscape pages 5 and 6; pages 1-4
  // are prose. Each grid line is one rule spanning the table (merged).
  auto doc = Open(Read(kSeed002), Options());
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ((*doc)->page_count(), 6);
  for (int p = 1; p <= 4; ++p) {
    auto page = (*doc)->ReadPage(p);
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page->rules.empty()) << "prose page " << p;
  }
  const std::vector<double> columns = {72,    118.9, 220.4, 270.6, 335.7,
                                       428.9, 659.3, 692.3, 716.3, 769.9};
  struct Expect {
    int page;
    size_t rows;  // horizontal grid lines
  };
  for (Expect e : {Expect{5, 13}, Expect{6, 9}}) {
    SCOPED_TRACE("page " + std::to_string(e.page));
    auto page = (*doc)->ReadPage(e.page);
    ASSERT_TRUE(page.ok());
    EXPECT_NEAR(page->width, 841.9, 1);  // landscape
    EXPECT_NEAR(page->height, 595.3, 1);
    EXPECT_EQ(Lines(page->rules, true).size(), e.rows);
    std::vector<double> xs = Lines(page->rules, false);
    ASSERT_EQ(xs.size(), columns.size());
    for (size_t i = 0; i < xs.size(); ++i) EXPECT_NEAR(xs[i], columns[i], 0.5);
    EXPECT_EQ(page->rules.size(), e.rows + columns.size());  // merged
    for (const Rule& r : page->rules) {
      EXPECT_LT(std::min(r.box.width(), r.box.height()), 1.5);
      if (r.horizontal()) {
        EXPECT_NEAR(r.box.x1, 769.9, 1);
      }
    }
  }
  // The other reports have no ruled tables at all.
  for (const char* name :
       {"000_7f69db8fca4f34bc.pdf", "001_c70d33421e53e59a.pdf",
        "003_8721613ab08d7715.pdf", "004_b8c8dfb6c76e9ad3.pdf"}) {
    auto other =
        Open(Read(std::string(TALLY_CORPUS) + "/pdf/" + name), Options());
    ASSERT_TRUE(other.ok()) << name;
    for (int p = 1; p <= (*other)->page_count(); ++p) {
      auto page = (*other)->ReadPage(p);
      ASSERT_TRUE(page.ok());
      EXPECT_TRUE(page->rules.empty()) << name << " page " << p;
    }
  }
}

// Fraction of pixels darker than mid-grey inside (or outside) the text runs'
// boxes, in a grey rendering at dpi.
struct Ink {
  double inside = 0, outside = 0;
};
Ink InkOf(const Raster& r, const std::vector<Word>& words, double dpi) {
  std::vector<char> in(size_t(r.width) * size_t(r.height), 0);
  double k = dpi / 72;
  for (const Word& w : words) {
    int x0 = std::max(0, int(w.box.x0 * k) - 1);
    int y0 = std::max(0, int(w.box.y0 * k) - 1);
    int x1 = std::min(r.width, int(w.box.x1 * k) + 2);
    int y1 = std::min(r.height, int(w.box.y1 * k) + 2);
    for (int y = y0; y < y1; ++y) {
      for (int x = x0; x < x1; ++x) in[size_t(y) * size_t(r.width) + x] = 1;
    }
  }
  size_t dark_in = 0, n_in = 0, dark_out = 0, n_out = 0;
  for (int y = 0; y < r.height; ++y) {
    for (int x = 0; x < r.width; ++x) {
      const unsigned char* px =
          &r.pixels[size_t(y) * size_t(r.stride) + size_t(x) * r.channels];
      int v = r.channels == 1 ? px[0] : (px[0] + px[1] + px[2]) / 3;
      bool inside = in[size_t(y) * size_t(r.width) + x];
      (inside ? n_in : n_out)++;
      if (v < 128) (inside ? dark_in : dark_out)++;
    }
  }
  return {double(dark_in) / double(std::max<size_t>(n_in, 1)),
          double(dark_out) / double(std::max<size_t>(n_out, 1))};
}

TEST(Poppler, RendersPagesForOcr) {
  auto doc = Open(Read(kSeed002), Options());
  ASSERT_TRUE(doc.ok());
  auto page = (*doc)->ReadPage(1);
  ASSERT_TRUE(page.ok());
  for (bool color : {false, true}) {
    SCOPED_TRACE(color ? "colour" : "grey");
    auto r = (*doc)->RenderPage(1, 100, color);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_NEAR(r->width, 595.3 / 72 * 100, 1);
    EXPECT_NEAR(r->height, 841.9 / 72 * 100, 1);
    EXPECT_EQ(r->dpi, 100);
    EXPECT_EQ(r->channels, color ? 3 : 1);
    EXPECT_EQ(r->format, color ? Raster::Format::kRgb : Raster::Format::kGray);
    EXPECT_EQ(r->stride, r->width * r->channels);
    ASSERT_EQ(r->pixels.size(), size_t(r->stride) * size_t(r->height));
    // Ink where the text layer says the text is, paper elsewhere: the
    // rendering and the text boxes share one frame.
    Ink ink = InkOf(*r, page->words, 100);
    EXPECT_GT(ink.inside, 0.1);
    EXPECT_LT(ink.outside, 0.002);
  }
  Options tight;
  tight.max_render_pixels = 1'000'000;  // page 1 at 300 dpi is 8.7 MP
  auto limited = Open(Read(kSeed002), tight);
  ASSERT_TRUE(limited.ok());
  auto refused = (*limited)->RenderPage(1, 300, true);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kUnsupported);
  EXPECT_TRUE((*limited)->RenderPage(1, 72, true).ok());
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
