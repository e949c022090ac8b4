// tools/gen_scans.cc: scans of the born-digital corpus, for the OCR path.
//
//   gen_scans --out DIR [--special STEM] [--sets A,B,...] PDF...
//
// For each PDF (corpus/pdf/<stem>.pdf) and each set named by --sets
// (default grey300,color200) it writes DIR/<set>/<stem>.pdf, image-only:
//   grey300      every page rendered at 300 dpi in 8-bit grey (lossless),
//                straight, as a clean office scan;
//   color200     every page at 200 dpi in colour, embedded as JPEG (quality
//                70), each page skewed by its own angle in ±1.5°, on
//                slightly tinted, unevenly lit paper, slightly blurred,
//                with sensor noise; page 1 carries a red official seal
//                (ring, star, arc text, uneven ink) stamped in multiply
//                mode over a line of text with digits, so the black digits
//                under it stay black as on a real stamped page;
//   seal150, seal200, seal300
//                as color200 at 150, 200 and 300 dpi, but skewed by up to
//                3° and with a seal on every page over a number: a table
//                cell's when the page has a table, else a line's;
//   greyseal200  seal200 as a grey scanner sees it (the seal turns grey);
//   copy200      greyseal200 of a photocopy: toner-steep tones, specks, a
//                drum streak, the lid's shadow along one edge;
//   skew200      color200 without a seal, every page skewed by a full 3°
//                (either way): skew alone, at the limit;
// and for one document (--special, default the first PDF):
//   DIR/mixed/<stem>.pdf     a born-digital cover (page 1 re-typeset from
//                            the source's text layer: a real text layer)
//                            followed by the color200 scans of pages 2..n;
//   DIR/images/<stem>.tif    all pages, 300-dpi grey, one multi-page TIFF;
//   DIR/images/<stem>_p1.png page 1, 300-dpi grey PNG (resolution stored).
// The stems stay those of the seeds, so eval tools can match a scan to its
// seed; each set lives in its own folder (ingest one set per database).
//
// Deterministic: every random choice comes from a generator seeded by the
// file's stem and page number, and the PDFs carry a fixed creation date;
// the same inputs and library versions give byte-identical files. The
// scans are not committed (tens of MB): `cmake --build BUILD --target
// corpus_scans` regenerates them into BUILD/corpus/scans.
//
// Exit status: 0 all written, 1 a document failed, 2 usage error.
#include <cairo-pdf.h>
#include <cairo.h>
#include <leptonica/allheaders.h>
#include <pango/pangocairo.h>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/file.h"
#include "base/status.h"

namespace tally::tools {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFixedDate = "2024-01-01T00:00:00Z";
constexpr const char* kFontFamily = "Noto Serif CJK SC";

// Where seals are stamped.
enum class Seals {
  kNone,
  kFirstPage,  // page 1, over its lowest number line in the upper 2/3
  kNumbers,    // every page, over a number (a table cell's if any)
};

// How a set of scans is made. Every degraded set renders the page in
// colour, stamps its seals (multiply), tints and unevenly lights the
// paper, skews the page by an angle drawn from ±max_skew, blurs it and adds
// sensor noise; a grey set then takes the luminance (the seal turns grey,
// as a grey scanner sees it), a photocopy also goes through Photocopy; the
// page is embedded as JPEG.
struct Condition {
  const char* name;
  double dpi;
  bool color;
  bool degrade;  // false: straight, lossless grey (the office scan)
  Seals seals;
  double max_skew;  // degrees
  bool full_skew;   // every page by ±max_skew exactly, not within it
  bool photocopy;
  int jpeg_quality;
};

constexpr Condition kConditions[] = {
    {"grey300", 300, false, false, Seals::kNone, 0, false, false, 0},
    {"color200", 200, true, true, Seals::kFirstPage, 1.5, false, false, 70},
    {"seal150", 150, true, true, Seals::kNumbers, 3, false, false, 70},
    {"seal200", 200, true, true, Seals::kNumbers, 3, false, false, 70},
    {"seal300", 300, true, true, Seals::kNumbers, 3, false, false, 70},
    {"greyseal200", 200, false, true, Seals::kNumbers, 3, false, false, 70},
    {"copy200", 200, false, true, Seals::kNumbers, 3, false, true, 70},
    {"skew200", 200, true, true, Seals::kNone, 3, true, false, 70},
};
constexpr double kSealDiameterPt = 119;  // 42 mm, a common official seal
constexpr double kNoiseSigma = 7;        // per channel, 0..255 scale

struct PixDeleter {
  void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// FNV-1a: a seed that depends on the stem only, on every platform.
uint64_t Fnv(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// ---------------------------------------------------------------------------
// Rendering source pages.

// Renders a page with Poppler into a 32-bit Leptonica PIX at dpi.
PixPtr RenderPage(const poppler::page& page, double dpi) {
  poppler::page_renderer renderer;
  renderer.set_render_hints(poppler::page_renderer::antialiasing |
                            poppler::page_renderer::text_antialiasing);
  renderer.set_image_format(poppler::image::format_argb32);
  poppler::image img = renderer.render_page(&page, dpi, dpi);
  if (!img.is_valid()) return nullptr;
  PixPtr pix(pixCreate(img.width(), img.height(), 32));
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < img.height(); ++y) {
    const auto* src = reinterpret_cast<const uint32_t*>(
        img.const_data() + size_t(y) * size_t(img.bytes_per_row()));
    l_uint32* dst = data + size_t(y) * size_t(wpl);
    for (int x = 0; x < img.width(); ++x) {
      uint32_t p = src[x];  // 0xAARRGGBB, premultiplied; pages are opaque
      composeRGBPixel((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff, &dst[x]);
    }
  }
  pixSetResolution(pix.get(), int(dpi), int(dpi));
  return pix;
}

// ---------------------------------------------------------------------------
// The seal: coverage (0..1) drawn with cairo, stamped in multiply mode.

struct GObjectDeleter {
  void operator()(void* p) const { g_object_unref(p); }
};

// Draws the seal's shape into an A8 surface of side px pixels.
std::vector<float> SealCoverage(int px) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_A8, px, px);
  cairo_t* cr = cairo_create(s);
  const double c = px / 2.0, r = px / 2.0 * 0.96;
  cairo_set_source_rgba(cr, 0, 0, 0, 1);
  cairo_set_line_width(cr, r * 0.07);
  cairo_arc(cr, c, c, r - r * 0.035, 0, 2 * M_PI);
  cairo_stroke(cr);
  // Five-pointed star in the middle.
  const double ro = r * 0.26, ri = ro * 0.382;
  for (int k = 0; k < 10; ++k) {
    double a = -M_PI / 2 + k * M_PI / 5;
    double rr = k % 2 == 0 ? ro : ri;
    double x = c + rr * std::cos(a), y = c + rr * std::sin(a);
    if (k == 0) {
      cairo_move_to(cr, x, y);
    } else {
      cairo_line_to(cr, x, y);
    }
  }
  cairo_close_path(cr);
  cairo_fill(cr);
  // The issuing office around the upper arc, one glyph at a time.
  static const char* kChars[] = {"乐", "昌", "市", "医", "疗", "保",
                                 "障", "局", "绩", "效", "专", "用"};
  const int n = int(std::size(kChars));
  PangoFontDescription* desc = pango_font_description_new();
  pango_font_description_set_family(desc, kFontFamily);
  pango_font_description_set_weight(desc, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size(desc, r * 0.22 * PANGO_SCALE);
  for (int k = 0; k < n; ++k) {
    double a = -M_PI / 2 + (k - (n - 1) / 2.0) * (M_PI * 1.35 / (n - 1));
    cairo_save(cr);
    cairo_translate(cr, c + r * 0.72 * std::cos(a), c + r * 0.72 * std::sin(a));
    cairo_rotate(cr, a + M_PI / 2);
    std::unique_ptr<PangoLayout, GObjectDeleter> layout(
        pango_cairo_create_layout(cr));
    pango_layout_set_font_description(layout.get(), desc);
    pango_layout_set_text(layout.get(), kChars[k], -1);
    PangoRectangle ink;
    pango_layout_get_pixel_extents(layout.get(), &ink, nullptr);
    cairo_move_to(cr, -ink.x - ink.width / 2.0, -ink.y - ink.height / 2.0);
    pango_cairo_show_layout(cr, layout.get());
    cairo_restore(cr);
  }
  pango_font_description_free(desc);
  cairo_destroy(cr);
  cairo_surface_flush(s);
  std::vector<float> cov(size_t(px) * size_t(px));
  const unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < px; ++y) {
    for (int x = 0; x < px; ++x) {
      cov[size_t(y) * px + x] = data[size_t(y) * stride + x] / 255.0f;
    }
  }
  cairo_surface_destroy(s);
  return cov;
}

// Stamps a seal of the given diameter (pixels) centred at (cx, cy):
// multiply blend of seal ink with uneven density, so ink under it darkens
// (black stays black) and paper turns red.
void StampSeal(PIX* pix, int cx, int cy, int diameter, std::mt19937* rng) {
  std::vector<float> cov = SealCoverage(diameter);
  // Ink density varies in blotches: a coarse random field, interpolated.
  std::uniform_real_distribution<float> u(0.0f, 1.0f);
  const int g = 8;
  std::vector<float> field((g + 1) * (g + 1));
  for (float& f : field) f = 0.65f + 0.3f * u(*rng);
  const float ink[3] = {225 / 255.0f, 35 / 255.0f, 45 / 255.0f};
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  l_uint32* data = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  for (int sy = 0; sy < diameter; ++sy) {
    int y = cy - diameter / 2 + sy;
    if (y < 0 || y >= h) continue;
    for (int sx = 0; sx < diameter; ++sx) {
      int x = cx - diameter / 2 + sx;
      if (x < 0 || x >= w) continue;
      float a = cov[size_t(sy) * diameter + sx];
      if (a <= 0) continue;
      float fx = float(sx) * g / diameter, fy = float(sy) * g / diameter;
      int ix = int(fx), iy = int(fy);
      float tx = fx - ix, ty = fy - iy;
      auto at = [&](int i, int j) { return field[j * (g + 1) + i]; };
      float d = (at(ix, iy) * (1 - tx) + at(ix + 1, iy) * tx) * (1 - ty) +
                (at(ix, iy + 1) * (1 - tx) + at(ix + 1, iy + 1) * tx) * ty;
      a *= d;
      l_uint32* p = data + size_t(y) * wpl + x;
      l_int32 rgb[3];
      extractRGBValues(*p, &rgb[0], &rgb[1], &rgb[2]);
      for (int k = 0; k < 3; ++k) {
        rgb[k] = int(std::lround(rgb[k] * (1 - a + a * ink[k])));
      }
      composeRGBPixel(rgb[0], rgb[1], rgb[2], p);
    }
  }
}

// Where the seal goes on page 1: over the lowest line in the upper two
// thirds that holds a number of two or more digits (the 联系电话 or
// 填报日期 of a cover), so digits are under the ink. Points.
bool SealSpot(const poppler::page& page, double* x, double* y) {
  const double height = page.page_rect().height();
  bool found = false;
  double best_y = -1;
  for (const poppler::text_box& tb : page.text_list()) {
    poppler::byte_array u = tb.text().to_utf8();
    std::string t(u.begin(), u.end());
    int digits = 0, run = 0;
    for (char ch : t) {
      run = (ch >= '0' && ch <= '9') ? run + 1 : 0;
      digits = std::max(digits, run);
    }
    poppler::rectf b = tb.bbox();
    if (digits >= 2 && b.y() < height * 0.66 && b.y() > best_y) {
      best_y = b.y();
      *x = b.x() + b.width() / 2;
      *y = b.y() + b.height() / 2;
      found = true;
    }
  }
  return found;
}

// Where a seal goes on any page, for the sets that stamp every page: over
// a word holding a number of two or more digits, a table cell's (set in
// the corpus's 9-point table size) when the page has a table, chosen by
// rng; the centre of that number, points. False if the page has none.
bool NumberSpot(const poppler::page& page, std::mt19937* rng, double* x,
                double* y) {
  std::vector<poppler::rectf> body, table;
  for (const poppler::text_box& tb :
       page.text_list(poppler::page::text_list_include_font)) {
    poppler::byte_array u = tb.text().to_utf8();
    int digits = 0, run = 0;
    for (char ch : u) {
      run = (ch >= '0' && ch <= '9') ? run + 1 : 0;
      digits = std::max(digits, run);
    }
    if (digits < 2) continue;
    (tb.get_font_size() > 0 && tb.get_font_size() < 10 ? table : body)
        .push_back(tb.bbox());
  }
  const std::vector<poppler::rectf>& from = table.empty() ? body : table;
  if (from.empty()) return false;
  const poppler::rectf& b =
      from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(*rng)];
  *x = b.x() + b.width() / 2;
  *y = b.y() + b.height() / 2;
  return true;
}

// ---------------------------------------------------------------------------
// Degradations of the colour scans.

// Paper tint and a gentle left-to-right falloff of the lamp.
void TintAndLight(PIX* pix) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  l_uint32* data = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  const float tint[3] = {0.985f, 0.965f, 0.925f};
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      float light = 1.0f - 0.07f * float(x) / float(w);
      l_uint32* p = data + size_t(y) * wpl + x;
      l_int32 rgb[3];
      extractRGBValues(*p, &rgb[0], &rgb[1], &rgb[2]);
      for (int k = 0; k < 3; ++k) {
        rgb[k] = int(std::lround(rgb[k] * tint[k] * light));
      }
      composeRGBPixel(rgb[0], rgb[1], rgb[2], p);
    }
  }
}

// A slight optical blur: the binomial [1 2 1]/4 kernel, separable, on each
// channel (a Gaussian of about 0.7 px).
PixPtr Blur(PIX* pix) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  PixPtr out(pixCreate(w, h, 32));
  pixCopyResolution(out.get(), pix);
  std::vector<int> tmp(size_t(w) * h * 3);
  const l_uint32* src = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      int xl = std::max(x - 1, 0), xr = std::min(x + 1, w - 1);
      l_int32 a[3], b[3], c[3];
      extractRGBValues(src[size_t(y) * wpl + xl], &a[0], &a[1], &a[2]);
      extractRGBValues(src[size_t(y) * wpl + x], &b[0], &b[1], &b[2]);
      extractRGBValues(src[size_t(y) * wpl + xr], &c[0], &c[1], &c[2]);
      for (int k = 0; k < 3; ++k) {
        tmp[(size_t(y) * w + x) * 3 + k] = a[k] + 2 * b[k] + c[k];
      }
    }
  }
  l_uint32* dst = pixGetData(out.get());
  const int owpl = pixGetWpl(out.get());
  for (int y = 0; y < h; ++y) {
    int yu = std::max(y - 1, 0), yd = std::min(y + 1, h - 1);
    for (int x = 0; x < w; ++x) {
      int v[3];
      for (int k = 0; k < 3; ++k) {
        v[k] = (tmp[(size_t(yu) * w + x) * 3 + k] +
                2 * tmp[(size_t(y) * w + x) * 3 + k] +
                tmp[(size_t(yd) * w + x) * 3 + k] + 8) /
               16;
      }
      composeRGBPixel(v[0], v[1], v[2], &dst[size_t(y) * owpl + x]);
    }
  }
  return out;
}

void AddNoise(PIX* pix, std::mt19937* rng) {
  std::normal_distribution<float> noise(0.0f, float(kNoiseSigma));
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  l_uint32* data = pixGetData(pix);
  const int wpl = pixGetWpl(pix);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      l_uint32* p = data + size_t(y) * wpl + x;
      l_int32 rgb[3];
      extractRGBValues(*p, &rgb[0], &rgb[1], &rgb[2]);
      float n = noise(*rng);  // luminance noise, plus a little chroma
      for (int k = 0; k < 3; ++k) {
        rgb[k] = std::clamp(int(std::lround(rgb[k] + n + 0.3f * noise(*rng))),
                            0, 255);
      }
      composeRGBPixel(rgb[0], rgb[1], rgb[2], p);
    }
  }
}

// Photocopy: the page went through a copier before the scanner. Toner
// darkens and steepens the tones (grey ink goes black, pale paper white),
// the drum leaves specks and a faint streak, the lid a shadow along one
// edge. Grey pixels (8 bpp).
void Photocopy(PIX* grey, std::mt19937* rng) {
  const int w = pixGetWidth(grey), h = pixGetHeight(grey);
  l_uint32* data = pixGetData(grey);
  const int wpl = pixGetWpl(grey);
  const double dpi = pixGetXRes(grey) > 0 ? pixGetXRes(grey) : 200;
  std::uniform_real_distribution<double> u(0, 1);
  const int streak = int(u(*rng) * w);
  const int shadow = int(dpi * 0.25);  // a quarter inch
  for (int y = 0; y < h; ++y) {
    l_uint32* line = data + size_t(y) * wpl;
    for (int x = 0; x < w; ++x) {
      double v = GET_DATA_BYTE(line, x);
      v = (v - 70) * 255.0 / (215 - 70);  // steeper: toner
      if (std::abs(x - streak) <= 1) v -= 45;
      if (x < shadow) v -= 90.0 * (shadow - x) / shadow;
      SET_DATA_BYTE(line, x, std::clamp(int(std::lround(v)), 0, 255));
    }
  }
  // Toner specks: about 3 a square centimetre, one to three pixels wide.
  const double cm = dpi / 2.54;
  const int specks = int(3.0 * (w / cm) * (h / cm));
  for (int k = 0; k < specks; ++k) {
    int cx = int(u(*rng) * w), cy = int(u(*rng) * h);
    int r = 1 + int(u(*rng) * 2.5);
    int dark = 40 + int(u(*rng) * 120);
    for (int dy = -r / 2; dy <= r / 2; ++dy) {
      for (int dx = -r / 2; dx <= r / 2; ++dx) {
        int x = cx + dx, y = cy + dy;
        if (x < 0 || y < 0 || x >= w || y >= h) continue;
        l_uint32* line = data + size_t(y) * wpl;
        SET_DATA_BYTE(line, x, std::min<int>(GET_DATA_BYTE(line, x), dark));
      }
    }
  }
}

// One page scanned under condition c: the image, and its JPEG bytes when
// the set embeds JPEG (empty for a lossless page).
struct ScannedPage {
  PixPtr pix;  // 32 bpp colour or 8 bpp grey, resolution set
  std::string jpeg;
};

StatusOr<ScannedPage> Scan(const poppler::page& page, int page_no,
                           const std::string& stem, const Condition& c) {
  PixPtr pix = RenderPage(page, c.dpi);
  if (pix == nullptr) return Internal("Poppler could not render the page");
  ScannedPage out;
  if (!c.degrade) {
    // The clean office scan: grey, straight, lossless.
    out.pix.reset(pixConvertRGBToLuminance(pix.get()));
    pixSetResolution(out.pix.get(), int(c.dpi), int(c.dpi));
    return out;
  }
  std::mt19937 rng(
      uint32_t(Fnv(stem) ^ (uint64_t(page_no) * 0x9E3779B97F4A7C15ull)));
  const double f = c.dpi / 72;
  if (c.seals == Seals::kFirstPage && page_no == 1) {
    double x = 0, y = 0;
    if (SealSpot(page, &x, &y)) {
      // Off-centre to the right, as a seal over a signature line sits.
      StampSeal(pix.get(), int((x + 40) * f), int(y * f),
                int(kSealDiameterPt * f), &rng);
    }
  } else if (c.seals == Seals::kNumbers) {
    double x = 0, y = 0;
    if (NumberSpot(page, &rng, &x, &y)) {
      // The seal's centre lands within half a radius of the number, so
      // the number lies under its ring, its star or its lettering.
      std::uniform_real_distribution<double> off(-kSealDiameterPt / 4,
                                                 kSealDiameterPt / 4);
      const double dx = off(rng), dy = off(rng);
      StampSeal(pix.get(), int((x + dx) * f), int((y + dy) * f),
                int(kSealDiameterPt * f), &rng);
    }
  }
  TintAndLight(pix.get());
  std::uniform_real_distribution<double> skew(-c.max_skew, c.max_skew);
  double degrees = skew(rng);
  if (c.full_skew) degrees = degrees < 0 ? -c.max_skew : c.max_skew;
  PixPtr rotated(pixRotate(pix.get(), float(degrees * M_PI / 180),
                           L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  if (rotated == nullptr) return Internal("rotation failed");
  PixPtr blurred = Blur(rotated.get());
  AddNoise(blurred.get(), &rng);
  pixSetResolution(blurred.get(), int(c.dpi), int(c.dpi));
  out.pix = std::move(blurred);
  if (!c.color) {
    out.pix.reset(pixConvertRGBToLuminance(out.pix.get()));
    pixSetResolution(out.pix.get(), int(c.dpi), int(c.dpi));
    if (c.photocopy) Photocopy(out.pix.get(), &rng);
  }
  l_uint8* jpeg = nullptr;
  size_t size = 0;
  if (pixWriteMemJpeg(&jpeg, &size, out.pix.get(), c.jpeg_quality, 0) != 0) {
    return Internal("JPEG encoding failed");
  }
  out.jpeg.assign(reinterpret_cast<const char*>(jpeg), size);
  lept_free(jpeg);
  // What the PDF shows is the decoded JPEG, as a scanner's file holds it.
  PixPtr decoded(
      pixReadMemJpeg(reinterpret_cast<const l_uint8*>(out.jpeg.data()),
                     out.jpeg.size(), 0, 1, nullptr, 0));
  if (decoded == nullptr) return Internal("cannot decode our own JPEG");
  pixSetResolution(decoded.get(), int(c.dpi), int(c.dpi));
  out.pix = std::move(decoded);
  return out;
}

// ---------------------------------------------------------------------------
// Writing PDFs.

class PdfWriter {
 public:
  PdfWriter() {
    surface_ = cairo_pdf_surface_create_for_stream(&PdfWriter::Write, this,
                                                   595.276, 841.89);
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATE_DATE,
                                   kFixedDate);
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_MOD_DATE,
                                   kFixedDate);
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR,
                                   "tally gen_scans");
    cr_ = cairo_create(surface_);
  }
  ~PdfWriter() {
    if (cr_ != nullptr) cairo_destroy(cr_);
    if (surface_ != nullptr) cairo_surface_destroy(surface_);
  }
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  cairo_t* cr() { return cr_; }

  // Starts a page of the given size (points).
  void Begin(double w, double h) { cairo_pdf_surface_set_size(surface_, w, h); }
  void End() { cairo_show_page(cr_); }

  // A page that is one image: grey or colour pixels from pix; with jpeg
  // bytes, those are embedded as they are (the scanner's JPEG).
  Status ImagePage(double w_pt, double h_pt, PIX* pix, double dpi,
                   const std::string* jpeg) {
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    cairo_surface_t* img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
      return Internal("cairo: cannot create an image surface");
    }
    cairo_surface_flush(img);
    unsigned char* data = cairo_image_surface_get_data(img);
    const int stride = cairo_image_surface_get_stride(img);
    const int d = pixGetDepth(pix);
    for (int y = 0; y < h; ++y) {
      auto* row = reinterpret_cast<uint32_t*>(data + size_t(y) * stride);
      const l_uint32* line = pixGetData(pix) + size_t(y) * pixGetWpl(pix);
      for (int x = 0; x < w; ++x) {
        l_int32 r, g, b;
        if (d == 8) {
          r = g = b = GET_DATA_BYTE(line, x);
        } else {
          extractRGBValues(line[x], &r, &g, &b);
        }
        row[x] = 0xFF000000u | (uint32_t(r) << 16) | (uint32_t(g) << 8) |
                 uint32_t(b);
      }
    }
    cairo_surface_mark_dirty(img);
    if (jpeg != nullptr) {
      auto* copy = static_cast<unsigned char*>(std::malloc(jpeg->size()));
      std::memcpy(copy, jpeg->data(), jpeg->size());
      cairo_surface_set_mime_data(img, CAIRO_MIME_TYPE_JPEG, copy, jpeg->size(),
                                  std::free, copy);
    }
    Begin(w_pt, h_pt);
    cairo_save(cr_);
    cairo_scale(cr_, 72.0 / dpi, 72.0 / dpi);
    cairo_set_source_surface(cr_, img, 0, 0);
    cairo_paint(cr_);
    cairo_restore(cr_);
    End();
    cairo_surface_destroy(img);
    return Status::OK();
  }

  StatusOr<std::string> Finish() {
    cairo_destroy(cr_);
    cr_ = nullptr;
    cairo_surface_finish(surface_);
    cairo_status_t st = cairo_surface_status(surface_);
    cairo_surface_destroy(surface_);
    surface_ = nullptr;
    if (st != CAIRO_STATUS_SUCCESS) {
      return Internal(std::string("cairo: ") + cairo_status_to_string(st));
    }
    return std::move(bytes_);
  }

 private:
  static cairo_status_t Write(void* closure, const unsigned char* data,
                              unsigned int length) {
    static_cast<PdfWriter*>(closure)->bytes_.append(
        reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  }

  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  std::string bytes_;
};

// Re-typesets a page from its text layer: every Poppler word at its place
// and size, in the corpus font. Gives the mixed document a born-digital
// cover whose text layer reads like the source's.
void TypesetPage(const poppler::page& page, PdfWriter* out) {
  poppler::rectf size = page.page_rect();
  out->Begin(size.width(), size.height());
  cairo_t* cr = out->cr();
  PangoContext* ctx = pango_cairo_create_context(cr);
  pango_cairo_context_set_resolution(ctx, 72);
  cairo_font_options_t* fo = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(ctx, fo);
  cairo_font_options_destroy(fo);
  pango_context_set_language(ctx, pango_language_from_string("zh-cn"));
  cairo_set_source_rgb(cr, 0, 0, 0);
  for (const poppler::text_box& tb :
       page.text_list(poppler::page::text_list_include_font)) {
    poppler::byte_array u = tb.text().to_utf8();
    std::string text(u.begin(), u.end());
    if (text.empty()) continue;
    double pt = tb.get_font_size() > 0 ? tb.get_font_size() : 12;
    std::unique_ptr<PangoLayout, GObjectDeleter> layout(pango_layout_new(ctx));
    PangoFontDescription* desc = pango_font_description_new();
    pango_font_description_set_family(desc, kFontFamily);
    pango_font_description_set_size(desc, int(pt * PANGO_SCALE));
    pango_layout_set_font_description(layout.get(), desc);
    pango_font_description_free(desc);
    pango_layout_set_text(layout.get(), text.c_str(), -1);
    poppler::rectf b = tb.bbox();
    // Align the layout's ink box with the word's box.
    PangoRectangle ink;
    pango_layout_get_extents(layout.get(), &ink, nullptr);
    cairo_move_to(cr, b.x() - double(ink.x) / PANGO_SCALE,
                  b.y() + b.height() / 2 -
                      (double(ink.y) + double(ink.height) / 2) / PANGO_SCALE);
    pango_cairo_show_layout(cr, layout.get());
  }
  g_object_unref(ctx);
  out->End();
}

// ---------------------------------------------------------------------------

Status Write(const fs::path& path, const std::string& bytes) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return IOError("cannot create " + path.parent_path().string());
  return WriteFile(path.string(), bytes);
}

const Condition* FindCondition(std::string_view name) {
  for (const Condition& c : kConditions) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

Status ProcessPdf(const std::string& pdf_path, const fs::path& out,
                  const std::vector<const Condition*>& sets, bool special) {
  const std::string stem = fs::path(pdf_path).stem().string();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_file(pdf_path));
  if (doc == nullptr || doc->is_locked()) {
    return Corrupt("cannot open " + pdf_path);
  }
  const int n = doc->pages();
  std::vector<std::unique_ptr<PdfWriter>> writers;
  for (size_t k = 0; k < sets.size(); ++k) {
    writers.push_back(std::make_unique<PdfWriter>());
  }
  PdfWriter mixed;
  PIXA* tiff_pages = pixaCreate(n);
  std::unique_ptr<PIXA, void (*)(PIXA*)> tiff_owner(
      tiff_pages, [](PIXA* p) { pixaDestroy(&p); });
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page == nullptr)
      return Corrupt("cannot read page " + std::to_string(i + 1));
    const poppler::rectf size = page->page_rect();
    for (size_t k = 0; k < sets.size(); ++k) {
      StatusOr<ScannedPage> scan = Scan(*page, i + 1, stem, *sets[k]);
      if (!scan.ok()) return scan.status();
      TALLY_RETURN_IF_ERROR(writers[k]->ImagePage(
          size.width(), size.height(), scan->pix.get(), sets[k]->dpi,
          scan->jpeg.empty() ? nullptr : &scan->jpeg));
    }
    if (!special) continue;
    // The mixed PDF's scanned pages are color200's; the image files are
    // grey300's pages.
    if (i == 0) {
      TypesetPage(*page, &mixed);
    } else {
      const Condition& color = *FindCondition("color200");
      StatusOr<ScannedPage> scan = Scan(*page, i + 1, stem, color);
      if (!scan.ok()) return scan.status();
      TALLY_RETURN_IF_ERROR(mixed.ImagePage(size.width(), size.height(),
                                            scan->pix.get(), color.dpi,
                                            &scan->jpeg));
    }
    StatusOr<ScannedPage> grey =
        Scan(*page, i + 1, stem, *FindCondition("grey300"));
    if (!grey.ok()) return grey.status();
    pixaAddPix(tiff_pages, grey->pix.get(), L_COPY);
    if (i == 0) {
      l_uint8* png = nullptr;
      size_t png_size = 0;
      if (pixWriteMemPng(&png, &png_size, grey->pix.get(), 0) != 0) {
        return Internal("PNG encoding failed");
      }
      std::string bytes(reinterpret_cast<const char*>(png), png_size);
      lept_free(png);
      TALLY_RETURN_IF_ERROR(Write(out / "images" / (stem + "_p1.png"), bytes));
    }
  }
  for (size_t k = 0; k < sets.size(); ++k) {
    StatusOr<std::string> bytes = writers[k]->Finish();
    if (!bytes.ok()) return bytes.status();
    TALLY_RETURN_IF_ERROR(Write(out / sets[k]->name / (stem + ".pdf"), *bytes));
  }
  if (special) {
    StatusOr<std::string> bytes = mixed.Finish();
    if (!bytes.ok()) return bytes.status();
    TALLY_RETURN_IF_ERROR(Write(out / "mixed" / (stem + ".pdf"), *bytes));
    l_uint8* tif = nullptr;
    size_t tif_size = 0;
    if (pixaWriteMemMultipageTiff(&tif, &tif_size, tiff_pages) != 0) {
      return Internal("TIFF encoding failed");
    }
    std::string t(reinterpret_cast<const char*>(tif), tif_size);
    lept_free(tif);
    TALLY_RETURN_IF_ERROR(Write(out / "images" / (stem + ".tif"), t));
  }
  return Status::OK();
}

int Usage(const char* why) {
  if (why != nullptr) std::fprintf(stderr, "gen_scans: %s\n", why);
  std::fprintf(stderr,
               "usage: gen_scans --out DIR [--special STEM] [--sets A,B,...] "
               "PDF...\n  sets:");
  for (const Condition& c : kConditions) std::fprintf(stderr, " %s", c.name);
  std::fprintf(stderr, " (default grey300,color200)\n");
  return 2;
}

int Main(int argc, char** argv) {
  std::string out, special;
  std::vector<std::string> pdfs;
  std::vector<const Condition*> sets = {FindCondition("grey300"),
                                        FindCondition("color200")};
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (a == "--special" && i + 1 < argc) {
      special = argv[++i];
    } else if (a == "--sets" && i + 1 < argc) {
      sets.clear();
      std::string_view list = argv[++i];
      while (!list.empty()) {
        size_t comma = list.find(',');
        std::string_view name = list.substr(0, comma);
        const Condition* c = FindCondition(name);
        if (c == nullptr) {
          return Usage(("unknown set " + std::string(name)).c_str());
        }
        sets.push_back(c);
        list = comma == std::string_view::npos ? "" : list.substr(comma + 1);
      }
    } else if (a == "-h" || a == "--help") {
      Usage(nullptr);
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      return Usage(("unknown flag " + std::string(a)).c_str());
    } else {
      pdfs.emplace_back(a);
    }
  }
  if (out.empty() || pdfs.empty()) return Usage("--out and PDFs are required");
  setMsgSeverity(L_SEVERITY_NONE);
  if (special.empty()) special = fs::path(pdfs.front()).stem().string();
  int failed = 0;
  for (const std::string& pdf : pdfs) {
    Status s =
        ProcessPdf(pdf, out, sets, fs::path(pdf).stem().string() == special);
    if (!s.ok()) {
      std::fprintf(stderr, "gen_scans: %s: %s\n", pdf.c_str(),
                   s.ToString().c_str());
      ++failed;
    } else {
      std::fprintf(stderr, "gen_scans: %s done\n", pdf.c_str());
    }
  }
  pango_cairo_font_map_set_default(nullptr);
  cairo_debug_reset_static_data();
  return failed == 0 ? 0 : 1;
}

}  // namespace
}  // namespace tally::tools

int main(int argc, char** argv) { return tally::tools::Main(argc, argv); }
