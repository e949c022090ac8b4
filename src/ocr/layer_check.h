// ocr/layer_check.h: is a PDF's invisible text layer what its page shows?
//
// A scanned PDF often carries an earlier OCR as text drawn in render mode 3
// (invisible) over the page image. Such a layer is exact and free when it is
// good, and silently wrong when it is not (another engine's misreadings, a
// layer from a different scan, text misplaced by a bad producer). The check
// is a quick OCR of a sample of the layer's own lines, each cut out of the
// rendered page at the layer's box and read as one line
// (OcrEngine::ReadLines), compared with what the layer says there: the
// pipeline keeps a layer that agrees and OCRs a page whose layer does not,
// storing the measure in the page's route reason either way.
//
// Characters are compared after dropping what layout and engines disagree
// on without being wrong (spaces, punctuation, full-width forms of digits
// and letters), so the measure is that of the words and numbers.
//
// Thread safety: the pure functions are; CheckTextLayer uses the engine it
// is given (one thread at a time, as every OcrEngine call).
//
//   StatusOr<LayerCheck> c = CheckTextLayer(engine, image, layer_words, o);
//   if (c.ok() && c->lines > 0 && c->cer() > o.layer_max_cer) { ...OCR... }
#ifndef TALLY_OCR_LAYER_CHECK_H_
#define TALLY_OCR_LAYER_CHECK_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/geometry.h"
#include "base/status.h"
#include "ocr/ocr.h"

namespace tally::ocr {

// One line of a text layer: its words joined left to right, and its box
// (points, the page's frame).
struct LayerLine {
  std::string text;
  Box box;
};

// The characters the check compares: Han, digits, Latin letters, the
// decimal point and the percent sign, full-width forms as ASCII; spaces and
// other punctuation dropped.
std::u32string Significant(std::string_view utf8);

// The layer's words grouped into lines (a word joins the line its vertical
// centre falls in), top to bottom, and of the lines with at least
// min_line_chars significant characters, at most `count` spread evenly
// down the page (a header alone says little of a page).
std::vector<LayerLine> SampleLayerLines(const std::vector<Word>& words,
                                        int count, int min_line_chars = 4);

struct LayerCheck {
  int lines = 0;  // sampled lines read
  int chars = 0;  // significant characters of the layer on them
  int edits = 0;  // edits between the layer and the OCR on them
  // edits / chars; 0 when nothing was compared.
  double cer() const { return chars > 0 ? double(edits) / chars : 0; }
  // "CER 1.2% over 8 sampled lines" for a route reason.
  std::string Describe() const;
};

// Samples options.layer_sample_lines lines of layer (the page's invisible
// words) and reads them from image (the page rendered at image.dpi) with
// engine->ReadLines. lines == 0 when the layer has no line to sample.
// Errors are the engine's.
StatusOr<LayerCheck> CheckTextLayer(OcrEngine* engine, const Raster& image,
                                    const std::vector<Word>& layer,
                                    const Options& options);

}  // namespace tally::ocr

#endif  // TALLY_OCR_LAYER_CHECK_H_
