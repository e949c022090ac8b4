// The ink cut of a number (ocr/pix.h InkOfGlyphs) on a drawn line whose
// symbol boxes sit off the glyphs, as the LSTM engine reports them.
#include "ocr/pix.h"

#include <gtest/gtest.h>

#include <vector>

namespace tally::ocr::internal {
namespace {

// A white 8-bit page with black rectangles.
PixPtr Page(const std::vector<PxRect>& ink) {
  PixPtr pix(pixCreate(400, 120, 8));
  pixSetAllArbitrary(pix.get(), 255);
  for (const PxRect& r : ink) {
    BOX* b = boxCreate(r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0);
    pixSetInRectArbitrary(pix.get(), b, 0);
    boxDestroy(&b);
  }
  return pix;
}

// The line "全 37.5 万" at a 30-pixel line height: a Han glyph, the digits
// 3 and 7, a point, the digit 5, another Han glyph; and a line below.
const PxRect kHanBefore{60, 40, 88, 70};
const std::vector<PxRect> kNumber = {{100, 45, 114, 70},
                                     {117, 45, 131, 70},
                                     {134, 66, 138, 70},
                                     {141, 45, 155, 70}};
const PxRect kHanAfter{158, 40, 186, 70};
const PxRect kBelow{100, 76, 180, 100};

std::vector<PxRect> AllInk() {
  std::vector<PxRect> ink = {kHanBefore, kHanAfter, kBelow};
  ink.insert(ink.end(), kNumber.begin(), kNumber.end());
  return ink;
}

PxRect UnionOf(const std::vector<PxRect>& rs) {
  PxRect u = rs.front();
  for (const PxRect& r : rs) {
    u = {std::min(u.x0, r.x0), std::min(u.y0, r.y0), std::max(u.x1, r.x1),
         std::max(u.y1, r.y1)};
  }
  return u;
}

TEST(InkOfGlyphs, CutsTheNumbersGlyphsWhereTheBoxesSitOff) {
  PixPtr page = Page(AllInk());
  // Narrow boxes moved right, the first one over the second digit (as
  // measured on the seal scans): cut at them, a crop loses the 3's left
  // half and takes in the next Han glyph.
  const std::vector<PxRect> boxes = {{108, 46, 122, 69},
                                     {122, 46, 133, 69},
                                     {136, 64, 141, 69},
                                     {147, 46, 160, 69}};
  const PxRect want = UnionOf(kNumber);
  const PxRect got = InkOfGlyphs(page.get(), boxes, 30);
  EXPECT_EQ(got.x0, want.x0);
  EXPECT_EQ(got.x1, want.x1);
  EXPECT_EQ(got.y0, want.y0);  // not the line below, nor the Han glyphs' top
  EXPECT_EQ(got.y1, want.y1);
  EXPECT_LT(got.x0, boxes.front().x0);
  EXPECT_LT(got.x1, boxes.back().x1);
}

TEST(InkOfGlyphs, BoxesOnTheGlyphsGiveTheGlyphs) {
  PixPtr page = Page(AllInk());
  const PxRect got = InkOfGlyphs(page.get(), kNumber, 30);
  const PxRect want = UnionOf(kNumber);
  EXPECT_EQ(got.x0, want.x0);
  EXPECT_EQ(got.x1, want.x1);
}

TEST(InkOfGlyphs, BoxesShiftedLeftFindTheGlyphsToo) {
  PixPtr page = Page(AllInk());
  std::vector<PxRect> boxes = kNumber;
  for (PxRect& b : boxes) b.x0 -= 6, b.x1 -= 6;
  const PxRect got = InkOfGlyphs(page.get(), boxes, 30);
  EXPECT_EQ(got.x0, kNumber.front().x0);
  EXPECT_EQ(got.x1, kNumber.back().x1);
}

TEST(InkOfGlyphs, GlyphsThatCannotBeCountedGiveNothing) {
  // 3 and 7 touch: three glyphs of ink for four symbols, so the nearest run
  // of four takes in a Han glyph, far from the boxes.
  std::vector<PxRect> ink = AllInk();
  ink.push_back({113, 55, 118, 58});
  PixPtr page = Page(ink);
  EXPECT_TRUE(InkOfGlyphs(page.get(), kNumber, 30).empty());
  // No ink, no boxes.
  PixPtr blank = Page({});
  EXPECT_TRUE(InkOfGlyphs(blank.get(), kNumber, 30).empty());
  EXPECT_TRUE(InkOfGlyphs(page.get(), {}, 30).empty());
}

}  // namespace
}  // namespace tally::ocr::internal
