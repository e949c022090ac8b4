#include "ocr/pix.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace tally::ocr::internal {

void SilenceLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

PixPtr GrayToPix(const Raster& gray) {
  PixPtr pix(pixCreateNoInit(gray.width, gray.height, 8));
  if (pix == nullptr) return nullptr;
  const int dpi = gray.dpi > 0 ? int(gray.dpi + 0.5) : 0;
  pixSetResolution(pix.get(), dpi, dpi);
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < gray.height; ++y) {
    l_uint32* line = data + size_t(y) * size_t(wpl);
    // Leptonica keeps 8-bit pixels in 32-bit words, most significant byte
    // first; copy the bytes in memory order and swap whole words after.
    std::memset(line, 0xFF, size_t(wpl) * 4);
    std::memcpy(line, gray.pixels.data() + size_t(y) * size_t(gray.stride),
                size_t(gray.width));
  }
  pixEndianByteSwap(pix.get());
  return pix;
}

namespace {

Raster CopyGray8(PIX* pix8, double dpi) {
  Raster out;
  out.width = pixGetWidth(pix8);
  out.height = pixGetHeight(pix8);
  out.channels = 1;
  out.stride = out.width;
  out.dpi = dpi;
  out.format = Raster::Format::kGray;
  out.pixels.resize(size_t(out.width) * size_t(out.height));
  PixPtr swapped(pixEndianByteSwapNew(pix8));
  if (swapped == nullptr) return Raster();
  const l_uint32* data = pixGetData(swapped.get());
  const int wpl = pixGetWpl(swapped.get());
  for (int y = 0; y < out.height; ++y) {
    std::memcpy(out.pixels.data() + size_t(y) * size_t(out.stride),
                data + size_t(y) * size_t(wpl), size_t(out.width));
  }
  return out;
}

}  // namespace

Raster PixToGray(PIX* pix, double dpi) {
  PixPtr gray;
  if (pixGetColormap(pix) != nullptr) {
    gray.reset(pixRemoveColormap(pix, REMOVE_CMAP_TO_GRAYSCALE));
  } else if (pixGetDepth(pix) == 32) {
    gray.reset(pixConvertRGBToLuminance(pix));
  } else if (pixGetDepth(pix) == 8) {
    gray.reset(pixClone(pix));
  } else {
    gray.reset(pixConvertTo8(pix, 0));
  }
  if (gray == nullptr) return Raster();
  if (pixGetDepth(gray.get()) != 8) {
    gray.reset(pixConvertTo8(gray.get(), 0));
    if (gray == nullptr) return Raster();
  }
  return CopyGray8(gray.get(), dpi);
}

Raster PixToRaster(PIX* pix, double dpi) {
  PixPtr src;
  if (pixGetColormap(pix) != nullptr) {
    src.reset(pixRemoveColormap(pix, REMOVE_CMAP_BASED_ON_SRC));
  } else {
    src.reset(pixClone(pix));
  }
  if (src == nullptr) return Raster();
  if (pixGetDepth(src.get()) != 32) return PixToGray(src.get(), dpi);
  Raster out;
  out.width = pixGetWidth(src.get());
  out.height = pixGetHeight(src.get());
  out.channels = 3;
  out.stride = out.width * 3;
  out.dpi = dpi;
  out.format = Raster::Format::kRgb;
  out.pixels.resize(size_t(out.stride) * size_t(out.height));
  const l_uint32* data = pixGetData(src.get());
  const int wpl = pixGetWpl(src.get());
  for (int y = 0; y < out.height; ++y) {
    const l_uint32* line = data + size_t(y) * size_t(wpl);
    unsigned char* row = out.pixels.data() + size_t(y) * size_t(out.stride);
    for (int x = 0; x < out.width; ++x) {
      l_uint32 p = line[x];
      row[3 * x] = (p >> L_RED_SHIFT) & 0xff;
      row[3 * x + 1] = (p >> L_GREEN_SHIFT) & 0xff;
      row[3 * x + 2] = (p >> L_BLUE_SHIFT) & 0xff;
    }
  }
  return out;
}

namespace {

// The ink (darker than mid-grey) of window w of an 8-bit grey image, 1 bpp;
// null when the window is empty or Leptonica fails.
PixPtr InkIn(PIX* gray, const PxRect& w) {
  if (w.empty()) return nullptr;
  BOX* at = boxCreate(w.x0, w.y0, w.x1 - w.x0, w.y1 - w.y0);
  PixPtr crop(pixClipRectangle(gray, at, nullptr));
  boxDestroy(&at);
  if (crop == nullptr) return nullptr;
  return PixPtr(pixThresholdToBinary(crop.get(), 128));
}

}  // namespace

PxRect Union(const PxRect& a, const PxRect& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1),
          std::max(a.y1, b.y1)};
}

PxRect Union(const std::vector<PxRect>& rs) {
  if (rs.empty()) return {};
  PxRect u = rs.front();
  for (const PxRect& r : rs) u = Union(u, r);
  return u;
}

PxRect InkOfGlyphs(PIX* gray, const std::vector<PxRect>& glyphs,
                   int line_height) {
  if (gray == nullptr || pixGetDepth(gray) != 8 || glyphs.empty()) return {};
  const PxRect u = Union(glyphs);
  if (u.empty()) return {};
  const int h = std::max({line_height, u.y1 - u.y0, 2});
  // The window searched: a line height beside the boxes, half of one above
  // and below for glyphs taller than their boxes.
  const int w = pixGetWidth(gray), ht = pixGetHeight(gray);
  const int wx0 = std::clamp(u.x0 - h, 0, w);
  const int wx1 = std::clamp(u.x1 + h, 0, w);
  const int wy0 = std::clamp(u.y0 - h / 2, 0, ht);
  const int wy1 = std::clamp(u.y1 + h / 2, 0, ht);
  PixPtr ink = InkIn(gray, {wx0, wy0, wx1, wy1});
  if (ink == nullptr) return {};
  BoxaPtr parts(pixConnCompBB(ink.get(), 8));
  if (parts == nullptr) return {};
  // The components of this line (centred within the boxes' height), in
  // page pixels, merged into glyphs where they overlap along the line (the
  // pieces of a % or of a digit broken by noise).
  std::vector<PxRect> comps;
  for (int i = 0; i < boxaGetCount(parts.get()); ++i) {
    l_int32 x, y, bw, bh;
    if (boxaGetBoxGeometry(parts.get(), i, &x, &y, &bw, &bh) != 0) continue;
    const PxRect c{wx0 + x, wy0 + y, wx0 + x + bw, wy0 + y + bh};
    const int cy2 = c.y0 + c.y1;
    if (cy2 >= 2 * u.y0 && cy2 < 2 * u.y1) comps.push_back(c);
  }
  std::sort(comps.begin(), comps.end(),
            [](const PxRect& a, const PxRect& b) { return a.x0 < b.x0; });
  std::vector<PxRect> ink_glyphs;
  for (const PxRect& c : comps) {
    if (!ink_glyphs.empty() && c.x0 < ink_glyphs.back().x1) {
      ink_glyphs.back() = Union(ink_glyphs.back(), c);
    } else {
      ink_glyphs.push_back(c);
    }
  }
  // Each symbol is one glyph: the run is laid over as many consecutive
  // glyphs of the line, where the centres differ least in sum. A fit whose
  // mean centre moves a quarter of a line height or more (glyphs that
  // touch, or a symbol split in two) says the count is off: none.
  const size_t n = glyphs.size();
  long best_cost = -1;
  size_t best = 0;
  for (size_t j = 0; j + n <= ink_glyphs.size(); ++j) {
    long cost = 0;
    for (size_t i = 0; i < n; ++i) {
      cost += std::abs((glyphs[i].x0 + glyphs[i].x1) -
                       (ink_glyphs[j + i].x0 + ink_glyphs[j + i].x1));
    }
    if (best_cost < 0 || cost < best_cost) best_cost = cost, best = j;
  }
  // cost sums doubled centres: a mean move of h/4 is a sum of n * h / 2.
  if (best_cost < 0 || 2 * best_cost >= long(n) * long(h)) return {};
  PxRect out = ink_glyphs[best];
  for (size_t i = 1; i < n; ++i) out = Union(out, ink_glyphs[best + i]);
  return out;
}

Sign SignBefore(PIX* gray, const PxRect& number, int line_height) {
  if (gray == nullptr || pixGetDepth(gray) != 8 || number.empty()) return {};
  const int h = std::max({line_height, number.y1 - number.y0, 4});
  const int w = pixGetWidth(gray), ht = pixGetHeight(gray);
  const int wx0 = std::clamp(number.x0 - h - h / 4, 0, w);
  const int wx1 = std::clamp(number.x0, 0, w);
  const int wy0 = std::clamp(number.y0 - h / 2, 0, ht);
  const int wy1 = std::clamp(number.y1 + h / 2, 0, ht);
  if (wx1 - wx0 < 3 || wy1 - wy0 < 3) return {};
  PixPtr ink = InkIn(gray, {wx0, wy0, wx1, wy1});
  if (ink == nullptr) return {};
  PIXA* pieces_raw = nullptr;
  BoxaPtr boxes(pixConnComp(ink.get(), &pieces_raw, 8));
  PixaPtr pieces(pieces_raw);
  if (boxes == nullptr || pieces == nullptr) return {};
  // The components of the number's line, not cut by the window's edges (a
  // piece of an earlier glyph; of the number's first digit, where its box
  // is an estimate), bigger than specks.
  struct Comp {
    PxRect r;  // crop pixels
    int index;
  };
  std::vector<Comp> comps;
  const int speck = std::max(2, h / 12);
  for (int i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x, y, bw, bh;
    if (boxaGetBoxGeometry(boxes.get(), i, &x, &y, &bw, &bh) != 0) continue;
    if (x == 0 || x + bw >= wx1 - wx0 || (bw < speck && bh < speck)) continue;
    const int cy = wy0 + y + bh / 2;
    if (cy < number.y0 - h / 4 || cy > number.y1 + h / 4) continue;
    comps.push_back({{x, y, x + bw, y + bh}, i});
  }
  if (comps.empty()) return {};
  // The last glyph: the rightmost component and all that share columns
  // with it.
  auto last = std::max_element(
      comps.begin(), comps.end(),
      [](const Comp& a, const Comp& b) { return a.r.x1 < b.r.x1; });
  PxRect glyph = last->r;
  std::vector<Comp> parts;
  for (bool grew = true; grew;) {
    grew = false;
    parts.clear();
    for (const Comp& c : comps) {
      if (c.r.x1 > glyph.x0 && c.r.x0 < glyph.x1) {
        parts.push_back(c);
        if (c.r.x0 < glyph.x0 || c.r.x1 > glyph.x1) {
          glyph = Union(glyph, c.r);
          grew = true;
        }
      }
    }
  }
  if (parts.size() < 2 || parts.size() > 3) return {};
  if ((wx0 + glyph.x1) < number.x0 - h / 2) return {};  // not next to it
  std::sort(parts.begin(), parts.end(),
            [](const Comp& a, const Comp& b) { return a.r.y0 < b.r.y0; });
  const PxRect chevron = parts[0].r;
  const int cw = chevron.x1 - chevron.x0, ch = chevron.y1 - chevron.y0;
  if (ch < h / 4 || cw * 10 < ch * 3 || cw > 2 * ch) return {};
  for (size_t k = 1; k < parts.size(); ++k) {
    const PxRect& bar = parts[k].r;
    const int bw = bar.x1 - bar.x0, bh = bar.y1 - bar.y0;
    // A bar may slope (⩾, and Noto's ≥): at most 3/5 as high as wide.
    if (bar.y0 < chevron.y0 + ch / 2 || bw * 10 < cw * 6 ||
        bh * 5 > std::max(10, bw * 3)) {
      return {};
    }
  }
  // Which way the chevron points: the mean column of its ink in its middle
  // rows against its top and bottom rows.
  PixPtr cp(pixaGetPix(pieces.get(), parts[0].index, L_CLONE));
  if (cp == nullptr) return {};
  auto mean_x = [&](int r0, int r1) {
    long sum = 0, n = 0;
    for (int r = r0; r < r1; ++r) {
      for (int c = 0; c < cw; ++c) {
        l_uint32 v = 0;
        if (pixGetPixel(cp.get(), c, r, &v) == 0 && v) sum += c, ++n;
      }
    }
    return n ? double(sum) / double(n) : -1.0;
  };
  const double top = mean_x(0, std::max(1, ch / 4));
  const double bottom = mean_x(ch - std::max(1, ch / 4), ch);
  const double middle =
      mean_x(ch * 2 / 5, std::max(ch * 2 / 5 + 1, ch * 3 / 5));
  if (top < 0 || bottom < 0 || middle < 0) return {};
  // Both arms at one side, the apex at the other: a digit broken in two
  // (a 2's bowl over its foot) has its top row across the middle.
  const double a = 0.35 * cw, b = 0.6 * cw;
  Sign out;
  if (top <= a && bottom <= a && middle >= b) {
    out.text = "≥";
  } else if (top >= cw - a && bottom >= cw - a && middle <= cw - b) {
    out.text = "≤";
  } else {
    return {};
  }
  out.box = {wx0 + glyph.x0, wy0 + glyph.y0, wx0 + glyph.x1, wy0 + glyph.y1};
  return out;
}

}  // namespace tally::ocr::internal
