// ocr/pix.h (internal to the ocr stage): Leptonica glue. Owning PIX
// pointers and copies between Raster and PIX. Not for other stages: it
// includes Leptonica's headers.
//
// Thread safety: pure functions; SilenceLeptonica is idempotent.
#ifndef TALLY_OCR_PIX_H_
#define TALLY_OCR_PIX_H_

#include <leptonica/allheaders.h>

#include <memory>

#include "base/geometry.h"
#include "base/status.h"

namespace tally::ocr::internal {

struct PixDeleter {
  void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

struct BoxaDeleter {
  void operator()(BOXA* b) const { boxaDestroy(&b); }
};
using BoxaPtr = std::unique_ptr<BOXA, BoxaDeleter>;

// Leptonica prints every error and warning on stderr by default; a batch of
// thousands of files would drown its progress in them. Errors still come
// back as null results, which we turn into Status values.
void SilenceLeptonica();

// An 8-bit grey PIX copy of an 8-bit grey Raster (resolution set from dpi).
// Null if Leptonica cannot allocate it.
PixPtr GrayToPix(const Raster& gray);

// An 8-bit grey Raster from any PIX (1, 2, 4, 8 bpp, colormapped or
// 32-bit colour are converted to grey first); dpi as given.
Raster PixToGray(PIX* pix, double dpi);

// A Raster from a decoded PIX that keeps colour: kRgb for 32-bit or
// colour-mapped colour images, kGray otherwise.
Raster PixToRaster(PIX* pix, double dpi);

}  // namespace tally::ocr::internal

#endif  // TALLY_OCR_PIX_H_
