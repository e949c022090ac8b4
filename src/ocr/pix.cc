#include "ocr/pix.h"

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

}  // namespace tally::ocr::internal
