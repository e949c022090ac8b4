// Ruling lines read from vector graphics, on PDFs written here by hand so
// that each way of drawing a table (thin filled rectangles cell by cell,
// stroked lines, stroked cell rectangles, under a CTM, on a rotated or
// cropped page) is exercised exactly and must give the same grid.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "pdf/pdf.h"
#include "testing/pdf_file.h"

namespace tally::pdf {
namespace {

struct PageSpec {
  PageSpec(std::string c = "") : content(std::move(c)) {}
  std::string content;
  std::string media_box = "0 0 595 842";
  std::string extra;      // more page dictionary entries (/Rotate, /CropBox)
  std::string resources;  // more resource dictionary entries
  std::vector<std::string> objects;  // more objects, numbered from 6
};

// A one-page PDF with a correct xref; /F1 is Helvetica.
std::string MakePdf(const PageSpec& spec) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [" + spec.media_box + "] " +
          spec.extra + " /Resources << /Font << /F1 5 0 R >> " +
          spec.resources + " >> /Contents 4 0 R >>",
      "<< /Length " + std::to_string(spec.content.size()) + " >>\nstream\n" +
          spec.content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  };
  objects.insert(objects.end(), spec.objects.begin(), spec.objects.end());
  return tally::testing::PdfFile(objects);
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.3f", v);
  return buf;
}

// The test table in PDF user space (origin bottom-left): 4 columns, 3 rows.
const std::vector<double> kXs = {72, 172, 272, 372, 500};
const std::vector<double> kYs = {750, 720, 690, 660};  // top to bottom

// Word and WPS style: every cell edge a separate 0.5 pt filled rectangle,
// stopping 0.5 pt short of the crossing line (merging must bridge it).
std::string ThinFilledRects() {
  std::string s = "0 0 0 rg\n";
  for (size_t r = 0; r < kYs.size(); ++r) {
    for (size_t c = 0; c + 1 < kXs.size(); ++c) {
      s += Num(kXs[c] + 0.5) + " " + Num(kYs[r] - 0.25) + " " +
           Num(kXs[c + 1] - kXs[c] - 1) + " 0.5 re f\n";
    }
  }
  for (size_t c = 0; c < kXs.size(); ++c) {
    for (size_t r = 0; r + 1 < kYs.size(); ++r) {
      s += Num(kXs[c] - 0.25) + " " + Num(kYs[r + 1]) + " 0.5 " +
           Num(kYs[r] - kYs[r + 1]) + " re\n";
    }
    s += "f\n";  // one path of several rectangles
  }
  return s;
}

// One stroked line per grid line.
std::string StrokedLines() {
  std::string s = "0.75 w 0 0 0 RG\n";
  for (double y : kYs) {
    s += Num(kXs.front()) + " " + Num(y) + " m " + Num(kXs.back()) + " " +
         Num(y) + " l S\n";
  }
  for (double x : kXs) {
    s += Num(x) + " " + Num(kYs.front()) + " m " + Num(x) + " " +
         Num(kYs.back()) + " l S\n";
  }
  return s;
}

// Every cell stroked as a rectangle (shared edges drawn twice).
std::string StrokedCells() {
  std::string s = "0 w 0.2 0.2 0.2 RG\n";  // hairline, dark grey
  for (size_t r = 0; r + 1 < kYs.size(); ++r) {
    for (size_t c = 0; c + 1 < kXs.size(); ++c) {
      s += Num(kXs[c]) + " " + Num(kYs[r + 1]) + " " +
           Num(kXs[c + 1] - kXs[c]) + " " + Num(kYs[r] - kYs[r + 1]) +
           " re S\n";
    }
  }
  return s;
}

// Distinct grid line positions (centres closer than 3 pt are one line, as
// the layout stage clusters them) and the extent each one spans.
struct Grid {
  std::vector<double> ys, xs;  // horizontal rules' y, vertical rules' x
  Box extent;
};

Grid GridOf(const std::vector<Rule>& rules) {
  Grid g;
  for (const Rule& r : rules) {
    std::vector<double>& v = r.horizontal() ? g.ys : g.xs;
    double at = r.horizontal() ? r.box.cy() : r.box.cx();
    bool found = false;
    for (double p : v) found = found || std::abs(p - at) < 3;
    if (!found) v.push_back(at);
    g.extent = g.extent.Union(r.box);
  }
  std::sort(g.ys.begin(), g.ys.end());
  std::sort(g.xs.begin(), g.xs.end());
  return g;
}

StatusOr<PageContent> ReadOnly(const PageSpec& spec,
                               const Options& options = Options()) {
  auto doc = Open(MakePdf(spec), options);
  if (!doc.ok()) return doc.status();
  return (*doc)->ReadPage(1);
}

void ExpectPositions(const std::vector<double>& got,
                     const std::vector<double>& want, const char* what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_NEAR(got[i], want[i], 0.5) << what << " #" << i;
  }
}

// Expected grid on an unrotated 842 pt high page: y flipped.
void ExpectTableGrid(const PageContent& page, const char* how) {
  SCOPED_TRACE(how);
  // One rule per grid line: pieces drawn cell by cell are merged.
  EXPECT_EQ(page.rules.size(), kXs.size() + kYs.size());
  Grid g = GridOf(page.rules);
  ExpectPositions(g.ys, {842 - 750, 842 - 720, 842 - 690, 842 - 660}, "ys");
  ExpectPositions(g.xs, kXs, "xs");
  for (const Rule& r : page.rules) {
    EXPECT_LE(std::min(r.box.width(), r.box.height()), 2.5);
    if (r.horizontal()) {
      EXPECT_NEAR(r.box.x0, 72, 1);
      EXPECT_NEAR(r.box.x1, 500, 1);
    } else {
      EXPECT_NEAR(r.box.y0, 842 - 750, 1);
      EXPECT_NEAR(r.box.y1, 842 - 660, 1);
    }
  }
}

TEST(VectorRules, EveryWayOfDrawingATableGivesTheSameGrid) {
  for (const auto& [how, content] :
       std::vector<std::pair<const char*, std::string>>{
           {"thin filled rectangles", ThinFilledRects()},
           {"stroked lines", StrokedLines()},
           {"stroked cells", StrokedCells()}}) {
    auto page = ReadOnly({content});
    ASSERT_TRUE(page.ok()) << how << ": " << page.status().ToString();
    EXPECT_NEAR(page->width, 595, 0.01);
    EXPECT_NEAR(page->height, 842, 0.01);
    ExpectTableGrid(*page, how);
  }
}

TEST(VectorRules, FollowsTheCtm) {
  // Drawn at half size under a 2x scale, and again top-down under a flip.
  std::string half = "q 2 0 0 2 0 0 cm 0 0 0 RG 0.375 w\n";
  for (double y : kYs) {
    half += Num(kXs.front() / 2) + " " + Num(y / 2) + " m " +
            Num(kXs.back() / 2) + " " + Num(y / 2) + " l S\n";
  }
  for (double x : kXs) {
    half += Num(x / 2) + " " + Num(kYs.front() / 2) + " m " + Num(x / 2) + " " +
            Num(kYs.back() / 2) + " l S\n";
  }
  half += "Q\n";
  auto page = ReadOnly({half});
  ASSERT_TRUE(page.ok());
  ExpectTableGrid(*page, "scaled");
  for (const Rule& r : page->rules) {
    // 0.375 pt scaled twice is 0.75 pt thick.
    EXPECT_NEAR(std::min(r.box.width(), r.box.height()), 0.75, 0.01);
  }
  auto flipped = ReadOnly({"q 1 0 0 -1 0 842 cm " + ThinFilledRects() + " Q"});
  ASSERT_TRUE(flipped.ok());
  // Under the flip the table sits at y' = 842 - y: mirror the expectation.
  Grid g = GridOf(flipped->rules);
  ExpectPositions(g.ys, {660, 690, 720, 750}, "flipped ys");
  ExpectPositions(g.xs, kXs, "flipped xs");
}

TEST(VectorRules, RotatedPageSharesTheTextFrame) {
  // /Rotate 90 turns the page clockwise: displayed 842 wide, 595 high; user
  // y becomes the displayed x, user x the displayed y.
  PageSpec spec{StrokedLines() + "BT /F1 10 Tf 180 730 Td (Total) Tj ET\n"};
  spec.extra = "/Rotate 90";
  auto page = ReadOnly(spec);
  ASSERT_TRUE(page.ok());
  EXPECT_NEAR(page->width, 842, 0.01);
  EXPECT_NEAR(page->height, 595, 0.01);
  Grid g = GridOf(page->rules);
  ExpectPositions(g.xs, {660, 690, 720, 750}, "xs");
  ExpectPositions(g.ys, kXs, "ys");
  // The word lies in the cell it was drawn in: user x 172..272, y 720..750.
  ASSERT_FALSE(page->words.empty());
  const Word& w = page->words.front();
  EXPECT_EQ(w.text, "Total");
  EXPECT_GT(w.box.cx(), 720);
  EXPECT_LT(w.box.cx(), 750);
  EXPECT_GT(w.box.cy(), 172);
  EXPECT_LT(w.box.cy(), 272);
}

TEST(VectorRules, CropBoxIsTheFrame) {
  PageSpec spec{ThinFilledRects()};
  spec.extra = "/CropBox [36 36 559 806]";
  auto page = ReadOnly(spec);
  ASSERT_TRUE(page.ok());
  EXPECT_NEAR(page->width, 523, 0.01);
  EXPECT_NEAR(page->height, 770, 0.01);
  Grid g = GridOf(page->rules);
  ExpectPositions(g.ys, {806 - 750, 806 - 720, 806 - 690, 806 - 660}, "ys");
  ExpectPositions(g.xs, {72 - 36, 172 - 36, 272 - 36, 372 - 36, 500 - 36},
                  "xs");
}

TEST(VectorRules, InvisibleThickCurvedAndShortMarksAreNotRules) {
  PageSpec spec;
  spec.content =
      // White lines and white thin rectangles (erasers, paper-coloured).
      "1 1 1 RG 1 w 72 600 m 500 600 l S\n"
      "1 g 72 580 428 0.5 re f\n"
      // A fully transparent line.
      "q /Clear gs 0 0 0 RG 72 560 m 500 560 l S Q\n"
      // A shaded cell (not thin) and a thick bar stroke (6 pt).
      "0.8 g 72 400 428 30 re f\n"
      "0 0 0 RG 6 w 72 380 m 500 380 l S 1 w\n"
      // A diagonal, a curve, a circle-ish fill.
      "72 300 m 500 350 l S\n"
      "72 250 m 300 250 400 300 500 300 c S\n"
      "0 g 300 150 m 310 160 320 160 330 150 c 320 140 310 140 300 150 c f\n"
      // Marks shorter than a rule: the stroke of a 12 pt glyph, a tick.
      "0 g 100 100 11 0.6 re f\n"
      "200 100 m 200 110 l S\n"
      // A gradient: Gfx must not split it into thin strips.
      "q 72 40 428 40 re W n /Sh1 sh Q\n";
  spec.resources =
      "/ExtGState << /Clear << /CA 0 /ca 0 >> >> "
      "/Shading << /Sh1 << /ShadingType 2 /ColorSpace /DeviceGray "
      "/Coords [72 0 500 0] /Function << /FunctionType 2 /Domain [0 1] "
      "/C0 [0] /C1 [1] /N 1 >> >> >>";
  auto page = ReadOnly(spec);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  for (const Rule& r : page->rules) {
    ADD_FAILURE() << "unexpected rule " << r.box.x0 << "," << r.box.y0 << " - "
                  << r.box.x1 << "," << r.box.y1;
  }
}

TEST(VectorRules, SoftMaskContentIsNotInk) {
  // A soft mask's form draws a thin rectangle into the mask (alpha), then a
  // block is painted through it: neither is a ruling line.
  std::string mask = "0 g 72 150 400 0.5 re f";
  PageSpec spec{"q /SM gs 0 g 72 100 400 100 re f Q\n"};
  spec.resources =
      "/ExtGState << /SM << /SMask << /S /Luminosity /G 6 0 R >> >> >>";
  spec.objects = {
      "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Group << /S "
      "/Transparency /CS /DeviceGray >> /Length " +
      std::to_string(mask.size()) + " >>\nstream\n" + mask + "\nendstream"};
  auto page = ReadOnly(spec);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_TRUE(page->rules.empty());
}

TEST(VectorRules, FrameFilledEvenOddGivesFourSides) {
  // An outer and an inner rectangle filled even-odd: a 1 pt border.
  auto page = ReadOnly({"0 g 100 500 300 200 re 101 501 298 198 re f*\n"});
  ASSERT_TRUE(page.ok());
  Grid g = GridOf(page->rules);
  ExpectPositions(g.ys, {842 - 699.5, 842 - 500.5}, "ys");
  ExpectPositions(g.xs, {100.5, 399.5}, "xs");
  // Filled non-zero with the same winding it is a solid block, not a frame.
  auto block = ReadOnly({"0 g 100 500 300 200 re 101 501 298 198 re f\n"});
  ASSERT_TRUE(block.ok());
  EXPECT_TRUE(block->rules.empty());
}

TEST(VectorRules, CanBeTurnedOff) {
  Options options;
  options.detect_rules = false;
  auto page = ReadOnly({StrokedLines()}, options);
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->rules.empty());
}

TEST(Render, OversizePageIsRefusedNotAllocated) {
  PageSpec spec{"0 g 100 100 m 19000 19000 l S\n"};
  spec.media_box = "0 0 20000 20000";
  auto doc = Open(MakePdf(spec), Options());
  ASSERT_TRUE(doc.ok());
  auto big = (*doc)->RenderPage(1, 300, false);  // 83333 px square
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(big.status().message().find("megapixels"), std::string::npos)
      << big.status().message();
  // Within the limit it renders.
  auto small = (*doc)->RenderPage(1, 7.2, false);
  ASSERT_TRUE(small.ok()) << small.status().ToString();
  EXPECT_EQ(small->width, 2000);
  EXPECT_EQ(small->height, 2000);
  for (double dpi : {0.0, -72.0, 1e6, std::nan("")}) {
    auto bad = (*doc)->RenderPage(1, dpi, false);
    ASSERT_FALSE(bad.ok()) << dpi;
    EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument) << dpi;
  }
  EXPECT_EQ((*doc)->RenderPage(2, 72, false).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tally::pdf
