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


TEST(InkOfGlyphs, CutsTheNumbersGlyphsWhereTheBoxesSitOff) {
  PixPtr page = Page(AllInk());
  // Narrow boxes moved right, the first one over the second digit (as
  // measured on the seal scans): cut at them, a crop loses the 3's left
  // half and takes in the next Han glyph.
  const std::vector<PxRect> boxes = {{108, 46, 122, 69},
                                     {122, 46, 133, 69},
                                     {136, 64, 141, 69},
                                     {147, 46, 160, 69}};
  const PxRect want = Union(kNumber);
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
  const PxRect want = Union(kNumber);
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

// Black lines, 3 pixels wide, on a page.
void Line(PIX* pix, int x0, int y0, int x1, int y1) {
  pixRenderLine(pix, x0, y0, x1, y1, 3, L_CLEAR_PIXELS);
}

// The number "90" (two digit blocks at x 100..131, y 45..70) with a drawn
// glyph before it: a chevron over a bar, or other strokes.
enum class Glyph { kGreaterEqual, kLessEqual, kTwoBars, kChevronOnly, kHan };
PixPtr SignPage(Glyph g) {
  PixPtr page = Page({{20, 40, 48, 70}, kNumber[0], kNumber[1]});
  PIX* p = page.get();
  const int x0 = 92 - 20, x1 = 92;  // the sign's columns, 8 px before "9"
  switch (g) {
    case Glyph::kGreaterEqual:
      Line(p, x0, 46, x1, 55);  // '>' over a bar
      Line(p, x1, 55, x0, 64);
      Line(p, x0, 69, x1, 69);
      break;
    case Glyph::kLessEqual:
      Line(p, x1, 46, x0, 55);  // '<' over a bar
      Line(p, x0, 55, x1, 64);
      Line(p, x0, 69, x1, 69);
      break;
    case Glyph::kTwoBars:  // 二
      Line(p, x0 + 2, 50, x1 - 2, 50);
      Line(p, x0, 66, x1, 66);
      break;
    case Glyph::kChevronOnly:  // '>'
      Line(p, x0, 48, x1, 57);
      Line(p, x1, 57, x0, 66);
      break;
    case Glyph::kHan:  // strokes crossing: a box with a cross in it
      Line(p, x0, 46, x1, 46);
      Line(p, x0, 69, x1, 69);
      Line(p, x0 + 10, 46, x0 + 10, 69);
      Line(p, x0, 57, x1, 57);
      break;
  }
  return page;
}

TEST(SignBefore, AChevronOverABarIsTheSignItPointsAs) {
  const PxRect number = Union({kNumber[0], kNumber[1]});
  PixPtr ge = SignPage(Glyph::kGreaterEqual);
  Sign s = SignBefore(ge.get(), number, 30);
  ASSERT_NE(s.text, nullptr);
  EXPECT_STREQ(s.text, "≥");
  EXPECT_LE(s.box.x0, 72);
  EXPECT_GE(s.box.x1, 92);
  EXPECT_LT(s.box.x1, number.x0);
  PixPtr le = SignPage(Glyph::kLessEqual);
  s = SignBefore(le.get(), number, 30);
  ASSERT_NE(s.text, nullptr);
  EXPECT_STREQ(s.text, "≤");
}

TEST(SignBefore, OtherGlyphsAreNoSign) {
  const PxRect number = Union({kNumber[0], kNumber[1]});
  for (Glyph g : {Glyph::kTwoBars, Glyph::kChevronOnly, Glyph::kHan}) {
    PixPtr page = SignPage(g);
    EXPECT_EQ(SignBefore(page.get(), number, 30).text, nullptr) << int(g);
  }
  // Nothing before the number but a Han glyph: no sign.
  PixPtr plain = Page({kHanBefore, kNumber[0], kNumber[1]});
  EXPECT_EQ(SignBefore(plain.get(), number, 30).text, nullptr);
  EXPECT_EQ(SignBefore(plain.get(), PxRect{}, 30).text, nullptr);
}

}  // namespace
}  // namespace tally::ocr::internal
