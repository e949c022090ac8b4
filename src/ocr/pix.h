// ocr/pix.h (internal to the ocr stage): Leptonica glue. Owning PIX
// pointers and copies between Raster and PIX. Not for other stages: it
// includes Leptonica's headers.
//
// Thread safety: pure functions; SilenceLeptonica is idempotent.
#ifndef TALLY_OCR_PIX_H_
#define TALLY_OCR_PIX_H_

#include <leptonica/allheaders.h>

#include <memory>
#include <vector>

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

struct PixaDeleter {
  void operator()(PIXA* p) const { pixaDestroy(&p); }
};
using PixaPtr = std::unique_ptr<PIXA, PixaDeleter>;

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

// A rectangle of an image, pixels, [x0, x1) x [y0, y1).
struct PxRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
};

// The smallest rectangle holding a and b; of rs, all of them (empty rs: an
// empty rectangle).
PxRect Union(const PxRect& a, const PxRect& b);
PxRect Union(const std::vector<PxRect>& rs);

// The box of the ink of a run of symbols on one text line of an 8-bit grey
// image (ink darker than mid-grey), given the boxes the engine reported for
// them. In LSTM mode those boxes are the model's estimates, not the glyphs'
// (measured on the seal scans: a number's first box often sits half a digit
// right, over the second digit, so a crop cut from the boxes loses the first
// digit and takes in the next character). So the boxes only say where to
// look: the line's ink within a line height of them (connected components
// centred within the boxes' height, merged where they overlap along the
// line: one glyph each) is matched to the symbols one for one, in order, at
// the place where the centres differ least, and the box returned is the
// union of the matched glyphs. Empty when there are no boxes, or no match
// within a quarter of a line height on average (glyphs that touch, or a
// symbol drawn in two pieces side by side: the ink cannot be counted).
PxRect InkOfGlyphs(PIX* gray, const std::vector<PxRect>& glyphs,
                   int line_height);

// A comparison sign drawn just before a number: '≥' (">" over a bar) or
// '≤' ("<" over a bar; two bars, ≧ and ≦, alike), found in the ink of an
// 8-bit grey image. chi_sim's and eng's models have no ≥ or ≤ among their
// characters, so the engine prints another there (之, 这, 科, 二) or
// nothing: "运行率≥90%" comes out "运行率这90%". `number` is the number's
// ink (InkOfGlyphs), or its symbol boxes where the ink cannot be told
// glyph by glyph (ink cut by its left edge is then the number's). The
// glyph looked for is the last one before it on its line, within a line
// height and no farther than half of one from it, with no other ink over
// its columns: a chevron over one or two bars (flat or sloping) at least
// about its width, the chevron's top and bottom rows inked in the third of
// its width at one side and its middle rows in the 2/5 at the other (apex
// right: ≥; left: ≤). A 2 broken in two (its bowl over its foot) has its
// top row across the middle and is no sign.
struct Sign {
  const char* text = nullptr;  // "≥", "≤", or null when none
  PxRect box;                  // its ink, page pixels
};
Sign SignBefore(PIX* gray, const PxRect& number, int line_height);

}  // namespace tally::ocr::internal

#endif  // TALLY_OCR_PIX_H_
