#include "ocr/cleanup.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "ocr/pix.h"

namespace tally::ocr {
namespace {

using internal::BoxaPtr;
using internal::GrayToPix;
using internal::PixPtr;
using internal::PixToGray;

Status OutOfMemory(const char* step) {
  return Internal(std::string("Leptonica failed in ") + step +
                  " (out of memory?)");
}

Status CheckGray(const Raster& gray) {
  TALLY_RETURN_IF_ERROR(CheckRaster(gray));
  if (gray.format != Raster::Format::kGray) {
    return InvalidArgument("expected an 8-bit grey raster");
  }
  return Status::OK();
}

// Runs a Leptonica PIX -> PIX step over a grey Raster.
template <typename Fn>
StatusOr<Raster> OnPix(const Raster& gray, const char* step, Fn fn) {
  TALLY_RETURN_IF_ERROR(CheckGray(gray));
  internal::SilenceLeptonica();
  PixPtr pix = GrayToPix(gray);
  if (pix == nullptr) return OutOfMemory(step);
  PixPtr out = fn(pix.get());
  if (out == nullptr) return OutOfMemory(step);
  Raster r = PixToGray(out.get(), gray.dpi);
  if (r.width == 0) return OutOfMemory(step);
  return r;
}

double PxToPt(double px, double dpi) { return px * 72.0 / dpi; }

}  // namespace

Status CheckRaster(const Raster& image) {
  if (image.width <= 0 || image.height <= 0) {
    return InvalidArgument("empty raster (" + std::to_string(image.width) +
                           "x" + std::to_string(image.height) + ")");
  }
  int want = 0;
  switch (image.format) {
    case Raster::Format::kGray:
      want = 1;
      break;
    case Raster::Format::kRgb:
      want = 3;
      break;
    case Raster::Format::kBgra:
      want = 4;
      break;
  }
  if (image.channels != want) {
    return InvalidArgument("raster has " + std::to_string(image.channels) +
                           " channels; its format needs " +
                           std::to_string(want));
  }
  if (image.stride < image.width * want) {
    return InvalidArgument("raster stride " + std::to_string(image.stride) +
                           " is shorter than a row");
  }
  if (image.pixels.size() < size_t(image.stride) * size_t(image.height - 1) +
                                size_t(image.width) * size_t(want)) {
    return InvalidArgument("raster pixels do not cover its rows");
  }
  return Status::OK();
}

unsigned char GrayValue(unsigned char r, unsigned char g, unsigned char b,
                        bool remove_red) {
  const int gb = std::max(g, b);
  if (remove_red && r > gb) {
    // How much of red's lead is seal: all of it from kSealRed up, none at
    // kTextUnderSeal and below, a ramp between.
    const int ramp =
        std::clamp(int(r) - kTextUnderSeal, 0, kSealRed - kTextUnderSeal);
    const int lift = (int(r) - gb) * ramp / (kSealRed - kTextUnderSeal);
    return static_cast<unsigned char>(std::min(255, int(r) + lift));
  }
  // Integer Rec. 601 luminance, rounded.
  return static_cast<unsigned char>((299 * r + 587 * g + 114 * b + 500) / 1000);
}

StatusOr<Raster> ToGray(const Raster& image, bool remove_red) {
  TALLY_RETURN_IF_ERROR(CheckRaster(image));
  Raster out;
  out.width = image.width;
  out.height = image.height;
  out.channels = 1;
  out.stride = image.width;
  out.dpi = image.dpi;
  out.format = Raster::Format::kGray;
  out.pixels.resize(size_t(out.width) * size_t(out.height));
  // Indices of red, green and blue within a pixel.
  int ri = 0, gi = 1, bi = 2;
  if (image.format == Raster::Format::kBgra) ri = 2, bi = 0;
  for (int y = 0; y < image.height; ++y) {
    const unsigned char* src =
        image.pixels.data() + size_t(y) * size_t(image.stride);
    unsigned char* dst = out.pixels.data() + size_t(y) * size_t(out.stride);
    if (image.format == Raster::Format::kGray) {
      std::copy(src, src + image.width, dst);
      continue;
    }
    const int n = image.channels;
    for (int x = 0; x < image.width; ++x) {
      const unsigned char* p = src + size_t(x) * size_t(n);
      dst[x] = GrayValue(p[ri], p[gi], p[bi], remove_red);
    }
  }
  return out;
}

StatusOr<Raster> Rescale(const Raster& gray, double target_dpi) {
  TALLY_RETURN_IF_ERROR(CheckGray(gray));
  if (gray.dpi <= 0 || target_dpi <= 0 ||
      std::abs(target_dpi / gray.dpi - 1) <= 0.1) {
    return gray;
  }
  const float f = float(target_dpi / gray.dpi);
  StatusOr<Raster> out = OnPix(gray, "rescale", [f](PIX* p) {
    // Area mapping averages the pixels a shrunk pixel covers (no aliasing
    // of thin strokes); linear interpolation is the smooth enlargement.
    return PixPtr(f < 1 ? pixScaleAreaMap(p, f, f) : pixScaleGrayLI(p, f, f));
  });
  if (out.ok()) out->dpi = target_dpi;
  return out;
}

StatusOr<Raster> NormalizeBackground(const Raster& gray) {
  return OnPix(gray, "background normalisation", [](PIX* p) -> PixPtr {
    // Leptonica's background normalisation maps the local paper level
    // (tinted paper, a lamp's falloff, JPEG haze, a seal's pale remains) to
    // 200; the tone curve then sends <= 70 to black, >= 190 to white and
    // darkens the mid-tones between (gamma 0.5: out = 255 x^2), which
    // thickens thin and blurred strokes: the LSTM reads the grey line
    // image, and reads these darker strokes better. Each choice (black,
    // white, gamma; none at all) measured on the corpus scans: see
    // models/README.md.
    PixPtr norm(pixBackgroundNormSimple(p, nullptr, nullptr));
    if (norm == nullptr) return nullptr;
    return PixPtr(pixGammaTRC(nullptr, norm.get(), 0.5f, 70, 190));
  });
}

StatusOr<Raster> Deskew(const Raster& gray, double* degrees) {
  *degrees = 0;
  l_float32 angle = 0, conf = 0;
  StatusOr<Raster> out = OnPix(gray, "deskew", [&](PIX* p) {
    // Sweep ±5° (scans are rarely worse; a wider sweep costs time and
    // invites false maxima on table pages), Leptonica's default reductions
    // and binarisation threshold.
    return PixPtr(pixDeskewGeneral(p, 0, 5.0, 0.0, 0, 0, &angle, &conf));
  });
  if (!out.ok()) return out;
  // pixDeskewGeneral rotates only when confident (conf >= 3) and the angle
  // is at least 0.1°; report what it did.
  if (conf >= 3.0 && std::abs(angle) >= 0.1) *degrees = angle;
  return out;
}

StatusOr<Raster> Rotate(const Raster& gray, double degrees) {
  if (degrees == 0) return gray;
  return OnPix(gray, "rotation", [degrees](PIX* p) {
    // As pixDeskewGeneral rotates.
    return PixPtr(pixRotate(p, float(degrees * M_PI / 180), L_ROTATE_AREA_MAP,
                            L_BRING_IN_WHITE, 0, 0));
  });
}

StatusOr<Raster> Binarize(const Raster& gray) {
  return OnPix(gray, "binarisation", [&](PIX* p) -> PixPtr {
    // Sauvola's window should span a few strokes: ~1/8 inch.
    const int half = std::max(8, int(gray.dpi > 0 ? gray.dpi / 16 : 16));
    // Leptonica's Sauvola needs tiles for large images; ~1000 px each.
    const int nx = std::max(1, pixGetWidth(p) / 1000);
    const int ny = std::max(1, pixGetHeight(p) / 1000);
    PIX* bin = nullptr;
    if (pixSauvolaBinarizeTiled(p, half, 0.34f, nx, ny, nullptr, &bin) != 0) {
      return nullptr;
    }
    PixPtr b(bin);
    return PixPtr(pixConvert1To8(nullptr, b.get(), 255, 0));
  });
}

std::vector<Rule> FindRules(const Raster& gray, double min_horizontal_pt,
                            double min_vertical_pt, Raster* erased,
                            Raster* also) {
  std::vector<Rule> rules;
  if (erased != nullptr) *erased = gray;
  if (!CheckGray(gray).ok()) return rules;
  internal::SilenceLeptonica();
  const double dpi = gray.dpi > 0 ? gray.dpi : 300;
  PixPtr pix = GrayToPix(gray);
  if (pix == nullptr) return rules;
  PixPtr bin(pixThresholdToBinary(pix.get(), 160));
  if (bin == nullptr) return rules;
  const int min_h = std::max(8, int(min_horizontal_pt * dpi / 72));
  const int min_v = std::max(8, int(min_vertical_pt * dpi / 72));
  // A rule is thin; a thicker run is a filled bar or a dense glyph cluster.
  const int max_thick = std::max(3, int(4 * dpi / 72));
  const int tol = std::max(2, int(2 * dpi / 72));
  PixPtr hor(pixOpenBrick(nullptr, bin.get(), min_h, 1));
  PixPtr ver(pixOpenBrick(nullptr, bin.get(), 1, min_v));
  if (hor == nullptr || ver == nullptr) return rules;
  BoxaPtr hboxes(pixConnComp(hor.get(), nullptr, 8));
  BoxaPtr vboxes(pixConnComp(ver.get(), nullptr, 8));
  if (hboxes == nullptr || vboxes == nullptr) return rules;

  struct PxBox {
    int x, y, w, h;
  };
  std::vector<PxBox> hs, vs;
  for (int i = 0; i < boxaGetCount(hboxes.get()); ++i) {
    PxBox b;
    boxaGetBoxGeometry(hboxes.get(), i, &b.x, &b.y, &b.w, &b.h);
    // Residual skew (< 0.1° after Deskew) adds a few px over a page width.
    if (b.h <= max_thick + b.w / 400) hs.push_back(b);
  }
  for (int i = 0; i < boxaGetCount(vboxes.get()); ++i) {
    PxBox b;
    boxaGetBoxGeometry(vboxes.get(), i, &b.x, &b.y, &b.w, &b.h);
    if (b.w > max_thick + b.h / 400) continue;
    // A vertical rule meets a horizontal one (at an end or crossing it);
    // a vertical stroke of a glyph does not.
    bool meets = false;
    for (const PxBox& h : hs) {
      if (b.x + b.w + tol >= h.x && b.x - tol <= h.x + h.w &&
          b.y + b.h + tol >= h.y && b.y - tol <= h.y + h.h) {
        meets = true;
        break;
      }
    }
    if (meets) vs.push_back(b);
  }
  // A horizontal rule that meets no vertical one is kept too (an underline
  // or a table's outer border drawn open); layout ignores rules that form
  // no grid.
  auto to_rule = [&](const PxBox& b) {
    return Rule{Box{PxToPt(b.x, dpi), PxToPt(b.y, dpi), PxToPt(b.x + b.w, dpi),
                    PxToPt(b.y + b.h, dpi)}};
  };
  for (const PxBox& b : hs) rules.push_back(to_rule(b));
  for (const PxBox& b : vs) rules.push_back(to_rule(b));

  if (erased != nullptr && !rules.empty()) {
    // The rules' own pixels (not their bounding boxes, which a residual
    // skew makes taller), grown by a pixel or two for anti-aliasing.
    PixPtr mask(pixCreate(pixGetWidth(bin.get()), pixGetHeight(bin.get()), 1));
    if (mask == nullptr) return rules;
    for (const PxBox& b : hs) {
      pixRasterop(mask.get(), b.x, b.y, b.w, b.h, PIX_SRC | PIX_DST, hor.get(),
                  b.x, b.y);
    }
    for (const PxBox& b : vs) {
      pixRasterop(mask.get(), b.x, b.y, b.w, b.h, PIX_SRC | PIX_DST, ver.get(),
                  b.x, b.y);
    }
    const int grow = std::max(3, int(1.0 * dpi / 72) | 1);
    PixPtr grown(pixDilateBrick(nullptr, mask.get(), grow, grow));
    if (grown == nullptr) return rules;
    if (pixSetMasked(pix.get(), grown.get(), 0xff) != 0) return rules;
    Raster r = PixToGray(pix.get(), gray.dpi);
    if (r.width != 0) *erased = std::move(r);
    if (also != nullptr && also->width == gray.width &&
        also->height == gray.height && CheckGray(*also).ok()) {
      PixPtr other = GrayToPix(*also);
      if (other != nullptr &&
          pixSetMasked(other.get(), grown.get(), 0xff) == 0) {
        Raster o = PixToGray(other.get(), also->dpi);
        if (o.width != 0) *also = std::move(o);
      }
    }
  }
  return rules;
}

StatusOr<CleanPage> Clean(const Raster& image, const Options& options) {
  TALLY_RETURN_IF_ERROR(CheckRaster(image));
  CleanPage page;
  const double dpi = image.dpi > 0 ? image.dpi : 300;
  page.page_width_pt = PxToPt(image.width, dpi);
  page.page_height_pt = PxToPt(image.height, dpi);

  StatusOr<Raster> gray = ToGray(image, options.remove_red);
  if (!gray.ok()) return gray.status();
  gray->dpi = dpi;
  gray = Rescale(*gray, options.target_dpi);
  if (!gray.ok()) return gray.status();
  const bool own_cells = options.table_cells && !options.normalize_cells &&
                         options.normalize_background && options.detect_rules &&
                         !options.binarize;
  if (own_cells) page.cells = *gray;
  if (options.normalize_background) {
    gray = NormalizeBackground(*gray);
    if (!gray.ok()) return gray.status();
  }
  if (options.deskew) {
    gray = Deskew(*gray, &page.skew_degrees);
    if (!gray.ok()) return gray.status();
  }
  if (own_cells) {
    StatusOr<Raster> cells = Rotate(page.cells, page.skew_degrees);
    if (!cells.ok()) return cells.status();
    page.cells = std::move(cells).value();
  }
  if (options.detect_rules) {
    Raster erased;
    // 36 pt (half an inch) for horizontals keeps a "——" dash out; table
    // rows are shorter than that, so verticals are accepted from 9 pt on
    // when they meet a horizontal rule. The rules are erased from the
    // cells' image too.
    page.rules =
        FindRules(*gray, 36, 9, &erased, own_cells ? &page.cells : nullptr);
    *gray = std::move(erased);
  }
  if (page.rules.empty()) page.cells = Raster();  // no table to read by cell
  if (options.binarize) {
    gray = Binarize(*gray);
    if (!gray.ok()) return gray.status();
  }
  page.image = std::move(gray).value();
  return page;
}

}  // namespace tally::ocr
