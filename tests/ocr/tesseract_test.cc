// The real Tesseract (chi_sim) on a small rendered line: text, digits
// exact, boxes in points where the glyphs are, confidences, and the same
// line under a red seal. Needs tesseract-ocr-chi-sim; a few seconds.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/file.h"
#include "ocr/ocr.h"

namespace tally::ocr {
namespace {

// "医保基金实际拨付437.32万元，执行率100%。" in Noto Serif CJK SC 12 pt,
// rendered at 300 dpi with a 60 px margin (pango-view), RGB, 1151 x 193.
Raster Fixture(const std::string& name = "amount_300dpi.png") {
  StatusOr<std::string> bytes =
      ReadFile(std::string(TALLY_TEST_DATA) + "/ocr/" + name);
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  if (!bytes.ok()) return Raster();
  StatusOr<std::vector<Raster>> pages = DecodeImage(*bytes, kDefaultMaxPixels);
  EXPECT_TRUE(pages.ok()) << pages.status().ToString();
  if (!pages.ok() || pages->empty()) return Raster();
  return (*pages)[0];
}

std::string Text(const PageContent& page) {
  std::string s;
  for (const Word& w : page.words) s += w.text;
  return s;
}

// "text@x0" for each run, for failure messages.
std::string Runs(const PageContent& page) {
  std::string s;
  for (const Word& w : page.words) {
    s += "[" + w.text + "@" + std::to_string(int(w.box.x0)) + "]";
  }
  return s;
}

const Word* Find(const PageContent& page, const std::string& text) {
  for (const Word& w : page.words) {
    if (w.text == text) return &w;
  }
  return nullptr;
}

const Word* FindPrefix(const PageContent& page, const std::string& prefix) {
  for (const Word& w : page.words) {
    if (w.text.starts_with(prefix)) return &w;
  }
  return nullptr;
}

class TesseractTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<std::unique_ptr<OcrEngine>> e = CreateTesseract(Options());
    ASSERT_TRUE(e.ok()) << e.status().ToString();
    engine_ = std::move(e).value();
  }
  std::unique_ptr<OcrEngine> engine_;
};

TEST_F(TesseractTest, ReadsChineseWithExactDigitsAndBoxesInPoints) {
  Raster image = Fixture();
  ASSERT_GT(image.width, 0);
  StatusOr<PageContent> page = engine_->Recognize(image, 7);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->page_no, 7);
  EXPECT_NEAR(page->width, 1151 * 72.0 / 300, 1e-6);
  EXPECT_NEAR(page->height, 193 * 72.0 / 300, 1e-6);
  const std::string text = Text(*page);
  EXPECT_NE(text.find("医保基金实际拨付"), std::string::npos) << text;
  EXPECT_NE(text.find("执行率"), std::string::npos) << text;

  // Runs split by script, as the pdf stage splits a text layer (Han and
  // punctuation are one class: "万元，执行率" is one run).
  const Word* amount = Find(*page, "437.32");
  const Word* before = Find(*page, "医保基金实际拨付");
  const Word* unit = FindPrefix(*page, "万元");
  ASSERT_NE(amount, nullptr) << Runs(*page);
  ASSERT_NE(before, nullptr) << Runs(*page);
  ASSERT_NE(unit, nullptr) << Runs(*page);
  EXPECT_NE(Find(*page, "100%"), nullptr) << text;
  // The amount sits between its label and its unit, on their line, where
  // the glyphs are: the text band is rows 60..133 px = 14.4..32 pt, and a
  // 12 pt digit is some 8 pt tall.
  EXPECT_LE(before->box.x1, amount->box.x0 + 1);
  EXPECT_LE(amount->box.x1, unit->box.x0 + 1);
  EXPECT_GT(amount->box.width(), 20);
  EXPECT_LT(amount->box.width(), 60);
  EXPECT_GT(amount->box.y0, 12);
  EXPECT_LT(amount->box.y1, 34);
  EXPECT_GT(amount->box.height(), 5);
  EXPECT_LT(amount->box.height(), 20);  // LSTM boxes are estimates
  for (const Word& w : page->words) {
    EXPECT_GE(w.confidence, 0);
    EXPECT_LE(w.confidence, 100);
    EXPECT_GE(w.box.x0, 0);
    EXPECT_LE(w.box.x1, page->width + 0.5);
  }
  EXPECT_GT(MeanConfidence(*page), 60);

  // Same engine, same page, same answer (no state leaks between pages).
  StatusOr<PageContent> again = engine_->Recognize(image, 7);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(Text(*again), text);
}

TEST_F(TesseractTest, DigitsUnderRedSealSurvive) {
  Raster image = Fixture();
  ASSERT_EQ(image.format, Raster::Format::kRgb);
  // A seal-red disk multiplied over "437.32" (x 460..620 px, y 60..135 px).
  const int cx = 540, cy = 95, r = 80;
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      const int dx = x - cx, dy = y - cy;
      if (dx * dx + dy * dy > r * r) continue;
      unsigned char* p =
          &image.pixels[size_t(y) * size_t(image.stride) + size_t(x) * 3];
      p[0] = static_cast<unsigned char>(p[0] * 225 / 255);
      p[1] = static_cast<unsigned char>(p[1] * 40 / 255);
      p[2] = static_cast<unsigned char>(p[2] * 45 / 255);
    }
  }
  StatusOr<PageContent> page = engine_->Recognize(image, 1);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  const std::string text = Text(*page);
  EXPECT_NE(Find(*page, "437.32"), nullptr) << text;
  EXPECT_NE(text.find("万元"), std::string::npos) << text;
}

// "正常运行率≥90%，响应时间≤60分钟，满意度≥80%。" rendered the same way
// (1380 x 193): the models have no ≥ or ≤ and print 这 and 科 for them
// (the tesseract CLI does); the signs are read from their ink.
TEST_F(TesseractTest, ComparisonSignsBeforeNumbersAreRead) {
  Raster image = Fixture("signs_300dpi.png");
  ASSERT_GT(image.width, 0);
  StatusOr<PageContent> page = engine_->Recognize(image, 1);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  const std::string text = Text(*page);
  EXPECT_NE(text.find("运行率≥90%"), std::string::npos) << Runs(*page);
  EXPECT_NE(text.find("时间≤60分钟"), std::string::npos) << Runs(*page);
  EXPECT_NE(text.find("满意度≥80%"), std::string::npos) << Runs(*page);
  // What the engine printed there is kept as its reading.
  bool raw = false;
  for (const Word& w : page->words) {
    raw = raw || (w.text.find("≥") != std::string::npos && w.raw != w.text);
  }
  EXPECT_TRUE(raw) << Runs(*page);
  // Off, the engine's own characters stand.
  Options off;
  off.read_signs = false;
  StatusOr<std::unique_ptr<OcrEngine>> plain = CreateTesseract(off);
  ASSERT_TRUE(plain.ok());
  StatusOr<PageContent> as_read = (*plain)->Recognize(image, 1);
  ASSERT_TRUE(as_read.ok());
  EXPECT_EQ(Text(*as_read).find("≥"), std::string::npos) << Text(*as_read);
}

// "年度资金总额 287 287 171" with 年度 in xx-large (a line whose box is
// much taller than its digits, as a table row's or a line with a larger
// glyph is), Noto Serif CJK SC 12 pt at 200 dpi (pango-view --markup
// --margin=40): three figures a space apart stay three.
TEST_F(TesseractTest, FiguresASpaceApartInATallLineStayApart) {
  Raster image = Fixture("tall_row_200dpi.png");
  ASSERT_GT(image.width, 0);
  StatusOr<PageContent> page = engine_->Recognize(image, 1);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  int figures = 0;
  for (const Word& w : page->words) {
    figures += w.text == "287" || w.text == "171";
  }
  EXPECT_EQ(figures, 3) << Runs(*page);
  EXPECT_EQ(FindPrefix(*page, "287287"), nullptr) << Runs(*page);
}

TEST_F(TesseractTest, BlankPageHasNoWords) {
  Raster blank;
  blank.width = 400;
  blank.height = 300;
  blank.channels = 1;
  blank.stride = 400;
  blank.dpi = 300;
  blank.pixels.assign(400 * 300, 255);
  StatusOr<PageContent> page = engine_->Recognize(blank, 2);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_TRUE(page->words.empty());
  EXPECT_EQ(MeanConfidence(*page), -1);
}

TEST_F(TesseractTest, MalformedRasterIsInvalidArgument) {
  Raster bad;
  bad.width = 10;
  bad.height = 10;
  bad.channels = 1;
  bad.stride = 10;
  bad.pixels.resize(20);
  StatusOr<PageContent> page = engine_->Recognize(bad, 1);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tally::ocr
