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

PxRect Union(const PxRect& a, const PxRect& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1),
          std::max(a.y1, b.y1)};
}

}  // namespace

PxRect InkOfGlyphs(PIX* gray, const std::vector<PxRect>& glyphs,
                   int line_height) {
  if (gray == nullptr || pixGetDepth(gray) != 8 || glyphs.empty()) return {};
  PxRect u = glyphs.front();
  for (const PxRect& g : glyphs) u = Union(u, g);
  if (u.empty()) return {};
  const int h = std::max({line_height, u.y1 - u.y0, 2});
  // The window searched: a line height beside the boxes, half of one above
  // and below for glyphs taller than their boxes.
  const int w = pixGetWidth(gray), ht = pixGetHeight(gray);
  const int wx0 = std::clamp(u.x0 - h, 0, w);
  const int wx1 = std::clamp(u.x1 + h, 0, w);
  const int wy0 = std::clamp(u.y0 - h / 2, 0, ht);
  const int wy1 = std::clamp(u.y1 + h / 2, 0, ht);
  if (wx1 <= wx0 || wy1 <= wy0) return {};
  BOX* at = boxCreate(wx0, wy0, wx1 - wx0, wy1 - wy0);
  PixPtr crop(pixClipRectangle(gray, at, nullptr));
  boxDestroy(&at);
  if (crop == nullptr) return {};
  PixPtr ink(pixThresholdToBinary(crop.get(), 128));
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

}  // namespace tally::ocr::internal
