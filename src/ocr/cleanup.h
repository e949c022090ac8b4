// ocr/cleanup.h: Leptonica clean-up of a page image before recognition.
//
// Input: a Raster as the pdf stage renders it or DecodeImage decodes it
// (grey, RGB or BGRA, any dpi). Output: an 8-bit grey Raster that Tesseract
// reads well, plus what was learnt on the way (skew, ruling lines). The
// steps, in the order Clean applies them, each its own function so it can
// be tested and measured alone:
//   1. ToGray: colour to grey, mapping red ink (an official seal stamped
//      across the text) to background while black text, even under the
//      seal, stays black.
//   2. Rescale to the target resolution (Tesseract's accuracy and speed
//      depend on glyph size in pixels, not on the scan's dpi).
//   3. NormalizeBackground: flatten uneven paper, JPEG haze and what is
//      left of the seal to white, and stretch the text to black.
//   4. Deskew: straighten a page scanned up to ±5° off.
//   5. FindRules: table ruling lines (returned in points), erased from the
//      image so Tesseract neither reads them as 一/| nor merges cells.
//   6. Binarize (optional): Sauvola's local threshold.
// Table cells are read from a second image (CleanPage::cells): the same
// page, straightened and with the same rules erased, but without step 3.
//
// Thread safety: pure functions (Leptonica's message printing is silenced
// once, process-wide, on first use).
//
//   StatusOr<CleanPage> clean = ocr::Clean(raster, ocr::Options());
//   if (!clean.ok()) return clean.status();
//   Recognise(clean->image);  // words in clean->image's pixel frame
#ifndef TALLY_OCR_CLEANUP_H_
#define TALLY_OCR_CLEANUP_H_

#include <vector>

#include "base/geometry.h"
#include "base/status.h"
#include "ocr/ocr.h"

namespace tally::ocr {

// OK if image is well formed: positive size, channels and stride matching
// its format, pixels covering height rows. Otherwise InvalidArgument.
Status CheckRaster(const Raster& image);

// Grey value of one colour pixel as ToGray computes it (exposed for tests).
// Without remove_red: luminance (0.299 R + 0.587 G + 0.114 B). With it:
// the brightest channel plus how far red outshines the other two,
//   min(255, R + (R - max(G, B)) * t)   when R > max(G, B),
// t = 1 from R = kSealRed up, 0 at kTextUnderSeal and below, a ramp
// between: so seal ink (R high, G and B low) turns white and a dark red
// stroke (150, 20, 20) too, while black (low in every channel) stays black
// and so does black under a multiplied seal. The product of black and red
// ink is black, but a JPEG's coarser colour smears the seal's red into the
// strokes under it: (75..105, 20..40, ...) measured on tools/gen_scans'
// seal scans, whose red lead would lift them to paper and cut the top off
// a 家 under the seal (read 立); a pixel that dark is text whatever its
// hue. Blue and green ink is kept (its brightest channel is light, but it
// is no seal colour in these reports): luminance for those.
inline constexpr int kSealRed = 150, kTextUnderSeal = 90;
unsigned char GrayValue(unsigned char r, unsigned char g, unsigned char b,
                        bool remove_red);

// An 8-bit grey copy of image (kGray, channels 1, stride == width), with
// the same dpi. Applies GrayValue to colour pixels; grey input is copied.
StatusOr<Raster> ToGray(const Raster& image, bool remove_red);

// Scales a grey image to target_dpi (area mapping when shrinking, linear
// interpolation when enlarging); returned as is when image.dpi is within
// 10% of the target, or unknown (<= 0), or target_dpi <= 0.
StatusOr<Raster> Rescale(const Raster& gray, double target_dpi);

// Leptonica's background normalisation followed by a tone curve that puts
// the paper at 255 and ink at 0 (pixCleanBackgroundToWhite).
StatusOr<Raster> NormalizeBackground(const Raster& gray);

// Finds the skew of a grey image's text lines (±5°, Leptonica's
// pixFindSkew) and rotates it straight about its centre, bringing in white.
// *degrees receives the rotation applied (0 if the skew was too small or
// uncertain to correct). The size does not change.
StatusOr<Raster> Deskew(const Raster& gray, double* degrees);

// Rotates a grey image by degrees about its centre as Deskew does
// (area mapping, white brought in); the image itself for 0.
StatusOr<Raster> Rotate(const Raster& gray, double degrees);

// Sauvola binarisation: an 8-bit image of 0 (ink) and 255 (paper).
StatusOr<Raster> Binarize(const Raster& gray);

// Table ruling lines of a grey page, in points (image.dpi), origin
// top-left: horizontal ink runs at least min_horizontal_pt long and at most
// a few points thick, and vertical runs at least min_vertical_pt long that
// meet a horizontal one (a lone vertical stroke is a glyph). If erased is
// not null, *erased is gray with the found lines painted white; if also is
// not null (an image of gray's size), the same pixels are painted white in
// it.
std::vector<Rule> FindRules(const Raster& gray, double min_horizontal_pt,
                            double min_vertical_pt, Raster* erased,
                            Raster* also = nullptr);

// What Clean made of a page.
struct CleanPage {
  Raster image;  // 8-bit grey, dpi set
  // What table cells are read from (Options::normalize_cells off): image
  // without NormalizeBackground, whose black point and darkened mid-tones
  // fill the gaps of dense glyphs in a table's small print (覆 and 验 at
  // 9 pt, 200 dpi, read 镍 and 答 at confidence 77..98); in a cell, paper
  // is even, and Tesseract normalises each line itself. Empty when image
  // is to be used (no tables read by cell, or no normalisation done).
  Raster cells;
  double skew_degrees = 0;   // rotation applied by Deskew
  std::vector<Rule> rules;   // points, in the deskewed frame
  double page_width_pt = 0;  // of the original raster
  double page_height_pt = 0;
};

// Applies the steps options switches on, in the order above. Fails with
// InvalidArgument for a malformed raster (CheckRaster), Internal if
// Leptonica fails (out of memory).
StatusOr<CleanPage> Clean(const Raster& image, const Options& options);

}  // namespace tally::ocr

#endif  // TALLY_OCR_CLEANUP_H_
