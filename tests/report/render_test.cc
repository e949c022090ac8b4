// Page images: crops cut at whole pixels and clamped, the messages between
// the report and its workers, and the renderer on a real PDF (Poppler) and
// on a changed file.
#include "report/render.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>

#include "base/file.h"
#include "base/sha256.h"

namespace tally::report {
namespace {

Raster Gray(int w, int h) {
  Raster r;
  r.width = w;
  r.height = h;
  r.channels = 1;
  r.stride = w;
  r.dpi = 144;
  r.format = Raster::Format::kGray;
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) r.pixels.push_back(uint8_t(x + 10 * y));
  }
  return r;
}

TEST(Crop, WholePixelsClampedToTheImage) {
  Raster g = Gray(20, 10);  // 144 dpi: 2 pixels a point
  Raster c = Crop(g, {1, 1, 4, 3}, 2);
  ASSERT_EQ(c.width, 6);
  ASSERT_EQ(c.height, 4);
  EXPECT_EQ(c.pixels[0], uint8_t(2 + 10 * 2));
  EXPECT_EQ(c.pixels[size_t(3 * 6 + 5)], uint8_t(7 + 10 * 5));
  c = Crop(g, {-5, -5, 100, 100}, 2);
  EXPECT_EQ(c.width, 20);
  EXPECT_EQ(c.height, 10);
  EXPECT_EQ(Crop(g, {50, 50, 60, 60}, 2).width, 0);
}

TEST(RenderMessages, RoundTrip) {
  PageRequest r;
  r.path = "/a/报告.pdf";
  r.sha256 = std::string(64, 'f');
  r.file_kind = "pdf";
  r.page_no = 3;
  r.ocr = true;
  r.crops = {{1, 2, 3, 4}, {5, 6, 7, 8}};
  PageRequest back;
  ASSERT_TRUE(Decode(Encode(r), &back));
  EXPECT_EQ(back.path, r.path);
  EXPECT_EQ(back.page_no, 3);
  EXPECT_TRUE(back.ocr);
  ASSERT_EQ(back.crops.size(), 2u);
  EXPECT_EQ(back.crops[1].y1, 8);
  std::string bytes = Encode(r);
  EXPECT_FALSE(Decode(bytes.substr(0, bytes.size() - 3), &back));
  PageImages im;
  im.png = std::string("\x89PNG\0\1", 6);
  im.width = 10;
  im.pixels_per_point = 2.5;
  im.crops = {"a", ""};
  PageImages im2;
  ASSERT_TRUE(Decode(Encode(im), &im2));
  EXPECT_EQ(im2.png, im.png);
  EXPECT_EQ(im2.crops.size(), 2u);
  EXPECT_EQ(im2.pixels_per_point, 2.5);
}

TEST(PageRenderer, RendersACorpusPageAndRefusesAChangedFile) {
  const std::string pdf =
      std::string(TALLY_CORPUS) + "/pdf/001_c70d33421e53e59a.pdf";
  auto bytes = ReadFile(pdf);
  ASSERT_TRUE(bytes.ok());
  PageRequest r;
  r.path = pdf;
  r.sha256 = Sha256Hex(*bytes);
  r.file_kind = "pdf";
  r.page_no = 2;
  r.crops = {{72, 700, 520, 760}};
  PageRenderer renderer{RenderOptions()};
  StatusOr<PageImages> im = renderer.Render(r);
  ASSERT_TRUE(im.ok()) << im.status().ToString();
  EXPECT_NEAR(im->pixels_per_point, 150.0 / 72, 1e-9);
  EXPECT_EQ(im->width, int(std::lround(595.276 * 150 / 72)));
  EXPECT_EQ(im->png.substr(1, 3), "PNG");
  ASSERT_EQ(im->crops.size(), 1u);
  EXPECT_EQ(im->crops[0].substr(1, 3), "PNG");
  r.page_no = 99;
  EXPECT_FALSE(renderer.Render(r).ok());
  r.page_no = 2;
  r.sha256 = std::string(64, '0');
  StatusOr<PageImages> changed = renderer.Render(r);
  EXPECT_EQ(changed.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(changed.status().message().find("changed since it was ingested"),
            std::string::npos);
  r.path = "/nonexistent/x.pdf";
  EXPECT_FALSE(renderer.Render(r).ok());
}

}  // namespace
}  // namespace tally::report
