// Ruling-line detection on hand-drawn grey images.
#include <gtest/gtest.h>

#include <vector>

#include "pdf/pdf.h"

namespace tally::pdf {
namespace {

struct Image {
  int w, h;
  std::vector<unsigned char> px;
  Image(int w_, int h_) : w(w_), h(h_), px(size_t(w_ * h_), 255) {}
  void Fill(int x0, int y0, int x1, int y1) {
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) px[size_t(y * w + x)] = 0;
  }
  std::vector<Rule> Rules(double min_pt = 18) {
    return FindRules(px.data(), w, h, w, 72, min_pt);
  }
};

TEST(FindRules, GridOfThinLines) {
  Image img(200, 120);
  img.Fill(10, 10, 190, 11);    // horizontal, 1 px
  img.Fill(10, 60, 190, 62);    // horizontal, 2 px thick
  img.Fill(10, 10, 11, 100);    // vertical
  img.Fill(100, 10, 101, 100);  // vertical
  std::vector<Rule> rules = img.Rules();
  int h = 0, v = 0;
  for (const Rule& r : rules) {
    if (r.horizontal()) {
      ++h;
      EXPECT_NEAR(r.box.x0, 10, 1);
      EXPECT_NEAR(r.box.x1, 190, 1);
    } else {
      ++v;
      EXPECT_NEAR(r.box.y0, 10, 1);
      EXPECT_NEAR(r.box.y1, 100, 1);
    }
  }
  EXPECT_EQ(h, 2);  // the 2-px line is one rule, not two
  EXPECT_EQ(v, 2);
}

TEST(FindRules, GlyphStrokesAndBlocksAreNotRules) {
  Image img(200, 100);
  img.Fill(10, 10, 22, 11);    // a 12-px stroke, like the glyph 一 at 12 pt
  img.Fill(50, 20, 51, 32);    // a short vertical stroke
  img.Fill(100, 40, 180, 60);  // a filled block (a photo or a seal)
  EXPECT_TRUE(img.Rules().empty());
}

TEST(FindRules, ScalesToPoints) {
  Image img(400, 100);
  img.Fill(0, 50, 400, 51);
  std::vector<Rule> rules = FindRules(img.px.data(), 400, 100, 400, 144, 18);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_NEAR(rules[0].box.x1, 200, 0.6);  // 400 px at 144 dpi = 200 pt
  EXPECT_NEAR(rules[0].box.y0, 25, 0.6);
}

}  // namespace
}  // namespace tally::pdf
