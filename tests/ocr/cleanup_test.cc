// Clean-up steps of the ocr stage on crafted rasters: seal removal, rescale,
// background normalisation, deskew, binarisation, rule finding.
#include "ocr/cleanup.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace tally::ocr {
namespace {

Raster MakeGray(int w, int h, unsigned char fill, double dpi = 300) {
  Raster r;
  r.width = w;
  r.height = h;
  r.channels = 1;
  r.stride = w;
  r.dpi = dpi;
  r.format = Raster::Format::kGray;
  r.pixels.assign(size_t(w) * size_t(h), fill);
  return r;
}

Raster MakeRgb(int w, int h, double dpi = 300) {
  Raster r;
  r.width = w;
  r.height = h;
  r.channels = 3;
  r.stride = w * 3 + 5;  // padded rows, as renderers give them
  r.dpi = dpi;
  r.format = Raster::Format::kRgb;
  r.pixels.assign(size_t(r.stride) * size_t(h), 255);
  return r;
}

unsigned char& Gray(Raster& r, int x, int y) {
  return r.pixels[size_t(y) * size_t(r.stride) + size_t(x)];
}
unsigned char GrayAt(const Raster& r, int x, int y) {
  return r.pixels[size_t(y) * size_t(r.stride) + size_t(x)];
}

void SetRgb(Raster& r, int x, int y, int red, int green, int blue) {
  unsigned char* p = &r.pixels[size_t(y) * size_t(r.stride) + size_t(x) * 3];
  p[0] = static_cast<unsigned char>(red);
  p[1] = static_cast<unsigned char>(green);
  p[2] = static_cast<unsigned char>(blue);
}

// Multiplies a pixel by seal ink (the way a stamp darkens what is under).
void Stamp(Raster& r, int x, int y) {
  unsigned char* p = &r.pixels[size_t(y) * size_t(r.stride) + size_t(x) * 3];
  const int ink[3] = {220, 40, 45};
  for (int k = 0; k < 3; ++k)
    p[k] = static_cast<unsigned char>(p[k] * ink[k] / 255);
}

TEST(GrayValueTest, KeepsBlackDropsRed) {
  EXPECT_EQ(GrayValue(0, 0, 0, true), 0);
  EXPECT_EQ(GrayValue(255, 255, 255, true), 255);
  EXPECT_EQ(GrayValue(128, 128, 128, true), 128);
  // Seal ink, bright and dark: background.
  EXPECT_EQ(GrayValue(220, 40, 45, true), 255);
  EXPECT_EQ(GrayValue(150, 20, 20, true), 255);
  // Black under seal ink stays dark.
  EXPECT_LE(GrayValue(20, 4, 4, true), 40);
  // And so does black under seal ink that a JPEG's colour has reddened
  // (measured on gen_scans' seal200: R 75..105, G and B 20..40); the ramp
  // between it and seal ink is monotonic.
  EXPECT_LE(GrayValue(85, 25, 25, true), 85);
  EXPECT_LE(GrayValue(100, 30, 30, true), 115);
  int last = 0;
  for (int r = 60; r <= 200; r += 5) {
    const int v = GrayValue(static_cast<unsigned char>(r), 30, 30, true);
    EXPECT_GE(v, last) << r;
    last = v;
  }
  // Blue ink is ink: luminance.
  EXPECT_EQ(GrayValue(20, 30, 200, true), GrayValue(20, 30, 200, false));
  // Without remove_red, red is a dark grey.
  EXPECT_LT(GrayValue(220, 40, 45, false), 110);
}

// Black digit strokes with a red disk stamped over them and over paper:
// after ToGray the strokes are still black and the red-only disk is paper.
TEST(ToGrayTest, SealRemovedDigitsUnderItSurvive) {
  Raster img = MakeRgb(200, 100);
  auto is_stroke = [](int x, int y) {
    // Three vertical bars and a crossbar: a crude "4 1 7".
    return (y >= 30 && y < 70 &&
            ((x >= 40 && x < 46) || (x >= 90 && x < 96) ||
             (x >= 140 && x < 146))) ||
           (y >= 50 && y < 55 && x >= 30 && x < 60);
  };
  for (int y = 0; y < img.height; ++y) {
    for (int x = 0; x < img.width; ++x) {
      if (is_stroke(x, y)) SetRgb(img, x, y, 15, 15, 15);
      double dx = x - 100, dy = y - 50;
      if (dx * dx + dy * dy <= 45 * 45) Stamp(img, x, y);
    }
  }
  StatusOr<Raster> gray = ToGray(img, true);
  ASSERT_TRUE(gray.ok()) << gray.status().ToString();
  EXPECT_EQ(gray->format, Raster::Format::kGray);
  EXPECT_EQ(gray->width, 200);
  EXPECT_EQ(gray->dpi, 300);
  int strokes = 0, seal = 0;
  for (int y = 0; y < img.height; ++y) {
    for (int x = 0; x < img.width; ++x) {
      double dx = x - 100, dy = y - 50;
      bool in_disk = dx * dx + dy * dy <= 45 * 45;
      if (is_stroke(x, y)) {
        EXPECT_LE(GrayAt(*gray, x, y), 60) << x << "," << y;
        ++strokes;
      } else if (in_disk) {
        EXPECT_GE(GrayAt(*gray, x, y), 230) << x << "," << y;
        ++seal;
      }
    }
  }
  EXPECT_GT(strokes, 500);
  EXPECT_GT(seal, 3000);

  // Without seal removal the disk is dark enough to bury the strokes.
  StatusOr<Raster> plain = ToGray(img, false);
  ASSERT_TRUE(plain.ok());
  EXPECT_LT(GrayAt(*plain, 110, 20), 120);
}

TEST(ToGrayTest, BgraChannelOrder) {
  Raster img;
  img.width = 2;
  img.height = 1;
  img.channels = 4;
  img.stride = 8;
  img.dpi = 150;
  img.format = Raster::Format::kBgra;
  // Pixel 0 red (B G R A = 45 40 220 255), pixel 1 blue.
  img.pixels = {45, 40, 220, 255, 200, 30, 20, 255};
  StatusOr<Raster> gray = ToGray(img, true);
  ASSERT_TRUE(gray.ok());
  EXPECT_EQ(GrayAt(*gray, 0, 0), 255);  // red dropped
  EXPECT_EQ(GrayAt(*gray, 1, 0), GrayValue(20, 30, 200, true));
}

TEST(CheckRasterTest, RejectsMalformed) {
  Raster r = MakeGray(10, 10, 255);
  EXPECT_TRUE(CheckRaster(r).ok());
  Raster empty;
  EXPECT_EQ(CheckRaster(empty).code(), StatusCode::kInvalidArgument);
  Raster short_stride = r;
  short_stride.stride = 5;
  EXPECT_EQ(CheckRaster(short_stride).code(), StatusCode::kInvalidArgument);
  Raster missing = r;
  missing.pixels.resize(50);
  EXPECT_EQ(CheckRaster(missing).code(), StatusCode::kInvalidArgument);
  Raster channels = r;
  channels.channels = 3;
  EXPECT_EQ(CheckRaster(channels).code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(ToGray(missing, true).ok());
}

TEST(RescaleTest, ScalesToTargetDpi) {
  Raster r = MakeGray(300, 600, 255, 300);
  StatusOr<Raster> s = Rescale(r, 200);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->width, 200);
  EXPECT_EQ(s->height, 400);
  EXPECT_EQ(s->dpi, 200);
  StatusOr<Raster> up = Rescale(r, 600);
  ASSERT_TRUE(up.ok());
  EXPECT_EQ(up->width, 600);
  // Within 10%: untouched.
  StatusOr<Raster> same = Rescale(r, 310);
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->width, 300);
  EXPECT_EQ(same->dpi, 300);
}

TEST(NormalizeBackgroundTest, FlattensUnevenPaper) {
  // Paper shading from 170 (left) to 235 (right), black bars of "text".
  Raster r = MakeGray(400, 300, 255);
  for (int y = 0; y < r.height; ++y) {
    for (int x = 0; x < r.width; ++x) {
      Gray(r, x, y) = static_cast<unsigned char>(170 + 65 * x / r.width);
      if (y % 40 >= 15 && y % 40 < 22 && x % 30 < 20) Gray(r, x, y) = 30;
    }
  }
  StatusOr<Raster> n = NormalizeBackground(r);
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_GE(GrayAt(*n, 10, 5), 235);   // dark paper -> white
  EXPECT_GE(GrayAt(*n, 390, 5), 235);  // light paper -> white
  EXPECT_LE(GrayAt(*n, 5, 18), 80);    // text stays dark
  EXPECT_LE(GrayAt(*n, 370, 18), 80);
}

// Rows of dashes, like lines of text, drawn at a slope.
Raster SkewedLines(double degrees) {
  Raster r = MakeGray(800, 600, 255);
  const double t = std::tan(degrees * M_PI / 180);
  for (int line = 0; line < 12; ++line) {
    for (int x = 60; x < 740; ++x) {
      if (x % 24 >= 18) continue;  // gaps between "characters"
      int y0 = 60 + line * 40 + int(std::lround((x - 400) * t));
      for (int y = y0; y < y0 + 14; ++y) {
        if (y >= 0 && y < r.height) Gray(r, x, y) = 0;
      }
    }
  }
  return r;
}

TEST(DeskewTest, StraightensAndReportsAngle) {
  Raster r = SkewedLines(2.0);
  double degrees = 0;
  StatusOr<Raster> d = Deskew(r, &degrees);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_NEAR(std::abs(degrees), 2.0, 0.3);
  EXPECT_EQ(d->width, r.width);
  EXPECT_EQ(d->height, r.height);
  // Straight lines: a row through the middle of a text line is dark across
  // most of its width; before deskew it was not.
  auto best_row_ink = [](const Raster& img) {
    int best = 0;
    for (int y = 0; y < img.height; ++y) {
      int ink = 0;
      for (int x = 0; x < img.width; ++x) ink += GrayAt(img, x, y) < 128;
      best = std::max(best, ink);
    }
    return best;
  };
  EXPECT_GT(best_row_ink(*d), 450);
  EXPECT_LT(best_row_ink(r), 400);

  // A straight page is left alone.
  Raster straight = SkewedLines(0);
  StatusOr<Raster> s = Deskew(straight, &degrees);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(degrees, 0);
}

TEST(BinarizeTest, OnlyInkAndPaper) {
  Raster r = SkewedLines(0);
  for (auto& p : r.pixels) p = static_cast<unsigned char>(p == 0 ? 60 : 200);
  StatusOr<Raster> b = Binarize(r);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  for (unsigned char p : b->pixels) ASSERT_TRUE(p == 0 || p == 255);
  EXPECT_EQ(GrayAt(*b, 61, 62), 0);
  EXPECT_EQ(GrayAt(*b, 5, 5), 255);
}

TEST(FindRulesTest, GridFoundAndErasedGlyphStrokeKept) {
  // A 3 x 2 ruled table at 300 dpi (lines 3 px thick), a cell's "text", and
  // a lone vertical stroke outside the table.
  Raster r = MakeGray(1200, 900, 255);
  const int xs[] = {100, 500, 1100}, ys[] = {100, 300, 500, 700};
  for (int y : ys) {
    for (int x = 100; x <= 1102; ++x) {
      for (int k = 0; k < 3; ++k) Gray(r, x, y + k) = 0;
    }
  }
  for (int x : xs) {
    for (int y = 100; y <= 702; ++y) {
      for (int k = 0; k < 3; ++k) Gray(r, x + k, y) = 0;
    }
  }
  for (int y = 180; y < 220; ++y) {
    for (int x = 200; x < 240; ++x) Gray(r, x, y) = 0;  // a glyph blob
  }
  for (int y = 780; y < 880; ++y) Gray(r, 300, y) = Gray(r, 301, y) = 0;

  Raster erased;
  std::vector<Rule> rules = FindRules(r, 36, 9, &erased);
  int h = 0, v = 0;
  for (const Rule& rule : rules) {
    if (rule.horizontal()) {
      ++h;
      EXPECT_NEAR(rule.box.x0, 100 * 72.0 / 300, 1);
      EXPECT_NEAR(rule.box.x1, 1103 * 72.0 / 300, 1);
    } else {
      ++v;
      EXPECT_NEAR(rule.box.height(), 603 * 72.0 / 300, 1);
    }
  }
  EXPECT_EQ(h, 4);
  EXPECT_EQ(v, 3);
  EXPECT_EQ(GrayAt(erased, 300, 101), 255);  // rule erased
  EXPECT_EQ(GrayAt(erased, 101, 400), 255);
  EXPECT_EQ(GrayAt(erased, 220, 200), 0);  // cell text kept
  EXPECT_EQ(GrayAt(erased, 300, 800), 0);  // lone stroke kept
}

TEST(CleanTest, WholePipelineOnColourPage) {
  Raster img = MakeRgb(600, 800, 200);
  for (int y = 100; y < 120; ++y) {
    for (int x = 100; x < 500; ++x) SetRgb(img, x, y, 10, 10, 10);
  }
  Options options;
  StatusOr<CleanPage> page = Clean(img, options);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->image.format, Raster::Format::kGray);
  EXPECT_NEAR(page->page_width_pt, 600 * 72.0 / 200, 1e-9);
  EXPECT_NEAR(page->page_height_pt, 800 * 72.0 / 200, 1e-9);
  EXPECT_NEAR(page->image.dpi, options.target_dpi, 1e-9);
  EXPECT_NEAR(page->image.width, 600 * options.target_dpi / 200, 2);
}

// A ruled table's cells are read from CleanPage::cells: the same frame and
// erased rules as the page, but the tones before NormalizeBackground, whose
// black point and gamma turn a dense glyph's grey gaps to ink.
TEST(CleanTest, TableCellsKeepTheirTones) {
  Raster r = MakeGray(1200, 900, 235, 200);  // tinted paper
  const int xs[] = {100, 500, 1100}, ys[] = {100, 300, 500};
  for (int y : ys) {
    for (int x = 100; x <= 1102; ++x) {
      for (int k = 0; k < 3; ++k) Gray(r, x, y + k) = 20;
    }
  }
  for (int x : xs) {
    for (int y = 100; y <= 502; ++y) {
      for (int k = 0; k < 3; ++k) Gray(r, x + k, y) = 20;
    }
  }
  // A glyph in a cell: black strokes with a blurred grey gap between.
  for (int y = 180; y < 220; ++y) {
    for (int x = 200; x < 260; ++x) {
      Gray(r, x, y) = (x >= 225 && x < 235) ? 140 : 20;
    }
  }
  Options options;
  options.deskew = false;  // a straight synthetic page
  StatusOr<CleanPage> page = Clean(r, options);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_FALSE(page->rules.empty());
  ASSERT_EQ(page->cells.width, page->image.width);
  ASSERT_EQ(page->cells.height, page->image.height);
  // The normalised page has darkened the gap towards ink; the cells' image
  // keeps it well apart from the strokes.
  EXPECT_LT(GrayAt(page->image, 230, 200), 100);
  EXPECT_GE(GrayAt(page->cells, 230, 200), 120);
  EXPECT_LE(GrayAt(page->cells, 210, 200), 40);
  // The rules are erased from both.
  EXPECT_EQ(GrayAt(page->image, 300, 101), 255);
  EXPECT_EQ(GrayAt(page->cells, 300, 101), 255);
  EXPECT_EQ(GrayAt(page->cells, 101, 400), 255);

  // Asked to read cells from the normalised page, or a page without rules:
  // no second image.
  options.normalize_cells = true;
  page = Clean(r, options);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->cells.width, 0);
  options.normalize_cells = false;
  page = Clean(MakeGray(600, 400, 235, 200), options);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->cells.width, 0);
}

}  // namespace
}  // namespace tally::ocr
