// Fuzz target: untrusted bytes as an image file through the ocr stage's
// decoder (Leptonica: PNG, JPEG, TIFF ...). Errors are fine; a crash, a
// sanitizer report or an allocation beyond the pixel limit is a bug.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ocr/ocr.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A small limit: the fuzzer should find size checks that do not hold,
  // not spend its time decoding large valid images.
  constexpr size_t kMaxPixels = 4 * 1000 * 1000;
  auto pages = tally::ocr::DecodeImage(
      std::string_view(reinterpret_cast<const char*>(data), size), kMaxPixels);
  if (!pages.ok()) return 0;
  for (const tally::Raster& r : *pages) {
    size_t pixels = size_t(r.width) * size_t(r.height);
    if (pixels > kMaxPixels || r.pixels.size() < size_t(r.stride) * r.height) {
      std::abort();
    }
  }
  return 0;
}
