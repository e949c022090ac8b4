// ocr/ocr.h: the OCR stage. Reads the words of a scanned page: Leptonica
// cleans the image (ocr/cleanup.h), Tesseract (LSTM, chi_sim) recognises it.
// Nothing of Tesseract or Leptonica leaves this stage.
//
// Input: a Raster (a PDF page rendered by the pdf stage, or a page of an
// image file decoded by DecodeImage), grey or colour, at its own dpi.
// Output: a PageContent in the same form the pdf stage gives for a text
// layer, so the same reading-order and normalisation stages follow:
//   - words are same-script runs, as the pdf stage makes them: Tesseract's
//     symbols regrouped so that "拨付437.32万元" is three runs and a number
//     has a box of its own (Han / digits and Latin / other punctuation);
//   - boxes in PDF points, origin top-left, in the frame of the deskewed
//     page (a 1.5° skew would otherwise tilt a line's words across a line
//     height and break line grouping); page width and height in points;
//   - confidence 0..100 per run (mean of its symbols'), font_size 0;
//   - rules: the ruling lines of tables, found on the cleaned image (and
//     erased from the image Tesseract sees, where they would otherwise be
//     read as 一 or |), so the layout stage reads a scanned table by cells.
//
// Thread safety: an OcrEngine is used by one thread at a time; make one per
// worker thread (Tesseract keeps per-page state in its engine). Creating
// engines concurrently is safe. Tesseract's own OpenMP threads are switched
// off for the calling thread (see CreateTesseract), so N workers use N cores,
// not N × 4 threads spinning on 2 cores.
//
//   ocr::Options options;                 // chi_sim found in the default place
//   auto engine = ocr::CreateTesseract(options);
//   if (!engine.ok()) return engine.status();  // names the missing package
//   StatusOr<Raster> image = doc->RenderPage(p, options.render_dpi, true);
//   StatusOr<PageContent> page = (*engine)->Recognize(*image, p);
//   double conf = ocr::MeanConfidence(*page);   // for v_pages.ocr_confidence
#ifndef TALLY_OCR_OCR_H_
#define TALLY_OCR_OCR_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/geometry.h"
#include "base/status.h"

namespace tally::ocr {

// Every default below was measured on the corpus scans (tools/gen_scans,
// tools/bench_ocr.sh); models/README.md records the numbers.
struct Options {
  // Where <language>.traineddata lives. Empty: $TESSDATA_PREFIX if set (the
  // tessdata directory itself, as Tesseract 4+ reads it), else Debian's
  // /usr/share/tesseract-ocr/5/tessdata (package tesseract-ocr-chi-sim).
  std::string tessdata_dir;
  std::string language = "chi_sim";

  // The resolution a PDF page is rendered at for OCR (the pipeline passes
  // it to PdfDocument::RenderPage, in colour so the seal can be told from
  // the ink), and the one the image is then brought to before recognition
  // when its own differs by more than 10%. Rendering at 300 and shrinking
  // to 200 by area averaging gave the lowest CER: Tesseract's LSTM scales
  // every text line to 48 px anyway, 12 pt text at 200 dpi is ~33 px, and
  // the averaged image is smoother than a direct 200-dpi rendering (of a
  // 200-dpi JPEG scan, rendering at 300 resamples it once more). 250 and
  // 300 dpi were worse, and recognition time hardly depends on it.
  double render_dpi = 300;
  double target_dpi = 200;

  // Clean-up steps (ocr/cleanup.h), each switchable for measurement.
  bool remove_red = true;            // red seal ink -> background
  bool deskew = true;                // straighten up to ±5°
  bool normalize_background = true;  // flatten uneven paper / JPEG haze
  // Off: Tesseract's own Otsu thresholding of the clean grey image measured
  // better than a Sauvola binarisation done here.
  bool binarize = false;
  bool detect_rules = true;  // table rules -> PageContent::rules, erased

  // Tesseract page segmentation mode; 3 (PSM_AUTO, full layout analysis)
  // keeps the cells of a ruled table apart (4 and 6 were worse on table
  // pages, though 6 keeps an isolated short line such as "无" that 3 may
  // drop).
  int page_seg_mode = 3;
  // Recognise a ruled table cell by cell: the grid the table's rules make
  // (base/grid.h; merged cells where a rule is missing) is cut out of the
  // page before its layout analysis, and each cell with ink is read alone
  // with cell_page_seg_mode, so a line of one cell never runs into the next
  // and a header's short labels (分值, 得分) are read as words of their own.
  bool table_cells = true;
  int cell_page_seg_mode = 6;  // PSM_SINGLE_BLOCK: a wrapped cell is a block
  // Read the cells from the normalised page too. Off: from the page
  // without normalize_background's tone curve (ocr/cleanup.h,
  // CleanPage::cells), which clogs the dense glyphs of a table's small
  // print; on ten seal200 scans of seed 002's table, on read 68 of its 90
  // 三级指标 names exactly, off 88 (models/README.md).
  bool normalize_cells = false;
  // Read again the ink that no text line of Tesseract's layout analysis
  // covers: PSM 3 now and then drops a whole line of print (on the corpus
  // scans, two lines of one page: 1.7% CER on that document, 0.4% with
  // this). Costs nothing measurable when nothing was dropped.
  bool recover_lines = true;
  // Re-read, with the LSTM's alternatives, the few text lines where a
  // number ends in a low-confidence digit, to catch "100%" read as
  // "10096" (ocr/repair.h). Costs a few percent of a page's time.
  bool recheck_numbers = true;
  // Re-recognise alone, enlarged reread_scale times, with digits_language
  // limited to number characters, each number with a symbol below
  // reread_below confidence (or a stray Latin letter among its digits); the
  // re-reading is kept when it is as long and more confident.
  bool reread_numbers = true;
  double reread_below = 90;
  double reread_scale = 2;
  std::string digits_language = "eng";
  // Read every number a second time the same way (enlarged, digits model),
  // keeping the second reading beside the first (Word::symbol_confidence,
  // "98/3") without replacing it: the check stage's repair takes it as
  // evidence when the arithmetic leaves several readings (check/repair.h).
  bool second_reading = true;
  // Look for ≥ and ≤ in the ink before each number: the models have no
  // such characters and print another (之, 这, 科) or none (internal::
  // SignBefore); the sign found replaces what the engine put there.
  bool read_signs = true;
  // A PDF page whose only text is an invisible layer (an earlier OCR under
  // a scan) is checked against a quick OCR of layer_sample_lines of its
  // lines (ocr/layer_check.h) and OCR'd instead when the two differ in more
  // than layer_max_cer of the layer's characters. A layer of the same page
  // image by Tesseract itself differs by ~0-3% (its own engine reading the
  // same pixels, line by line instead of by page); a layer of other text
  // by 80% or more; an old engine's poor layer by ~10-30%, and then a new
  // reading is worth its time.
  bool check_invisible_layers = true;
  int layer_sample_lines = 8;
  double layer_max_cer = 0.10;
  // Tesseract parameters set after loading the model, as (name, value).
  // models/tally.config holds the same, for the tesseract CLI; a test keeps
  // the two equal. preserve_interword_spaces keeps Tesseract from
  // inventing or dropping spaces in its own text output (we read symbols
  // and boxes, so it matters only to anyone reading the API's text).
  std::vector<std::pair<std::string, std::string>> variables = {
      {"preserve_interword_spaces", "1"}};
  // A Tesseract user-words file (one word a line); empty for none. A
  // domain list (医疗保障局, 覆盖率, 欺诈骗保, ...) changed 1 character in
  // 18,700 on the corpus scans, so none is used by default.
  std::string user_words_file;
};

// Reads the words of one page image.
class OcrEngine {
 public:
  virtual ~OcrEngine() = default;
  // Cleans and recognises image as page page_no (from 1). Fails with
  // InvalidArgument for an empty or malformed raster (stride too small,
  // pixels missing), Internal if Tesseract fails. A blank page is OK with
  // no words.
  virtual StatusOr<PageContent> Recognize(const Raster& image, int page_no) = 0;
  // Reads each of `lines` (boxes in points, the image's page frame, origin
  // top-left) as one line of print, with its colour made grey (a seal's red
  // removed as Options says) but no other clean-up: a quick reading for
  // ocr/layer_check.h, a tenth of a page's time or less, not a page's
  // reading. One string per box, empty where nothing was read.
  // InvalidArgument for a malformed raster or one without a dpi;
  // Unsupported for an engine that cannot (the default).
  virtual StatusOr<std::vector<std::string>> ReadLines(
      const Raster& image, const std::vector<Box>& lines);
};

// The directory that holds options.language's traineddata, by the rule of
// Options::tessdata_dir. NotFound, naming the path searched and the Debian
// package, if the file is not there.
StatusOr<std::string> FindTessdata(const Options& options);

// A Tesseract engine (LSTM only). Fails with NotFound as FindTessdata does,
// or Internal if Tesseract refuses the model. One engine per worker thread.
// Serialises Tesseract's OpenMP parallel regions for the calling thread:
// Debian's libtesseract is built with OpenMP and asks for 4 threads per
// LSTM step, which on 2 cores made the CLI 3× slower in wall time than with
// OMP_THREAD_LIMIT=1, and with one engine per core oversubscribes. (Setting
// OMP_THREAD_LIMIT from inside the process does nothing: libgomp reads it
// when it is loaded.) Recognize re-applies this on whatever thread calls it.
StatusOr<std::unique_ptr<OcrEngine>> CreateTesseract(const Options& options);

// The page's OCR confidence for v_pages: the mean of its words'
// confidences weighted by their length in code points; -1 when no word
// has a confidence (a text layer, or nothing read).
double MeanConfidence(const PageContent& page);

// An image file (PNG, JPEG, TIFF including multi-page, BMP, PNM, WebP, GIF,
// as Leptonica reads them) open for reading page by page: each page is
// decoded when asked for, so memory holds one page at a time, and a TIFF's
// pages are found in one walk of its directories (libtiff), so reading every
// page costs time linear in the pages, not quadratic. A page is a Raster,
// grey (kGray) or colour (kRgb), at the file's resolution, or 300 dpi when
// the file states none or an implausible one (outside 50..2400, or making
// the page longer than 17.5 inches: the 72 or 96 "dpi" of a screen that
// image tools write into a 2480 x 3508 A4 scan).
class ImageFile {
 public:
  // Reads the file's structure: its format, and a TIFF's directories up to
  // max_pages of them (a file with more says so in more_pages()). Corrupt
  // for bytes Leptonica cannot read, Unsupported for an unknown format.
  static StatusOr<std::unique_ptr<ImageFile>> Open(std::string bytes,
                                                   int max_pages);
  ~ImageFile();

  int page_count() const;  // at most max_pages
  // The file has pages beyond those: more than max_pages, or a damaged
  // directory after the last one read.
  bool more_pages() const;

  // InvalidArgument if page page_no's header gives more than max_pixels
  // pixels (or there is no such page); no pixel is decoded.
  Status CheckPageSize(int page_no, size_t max_pixels) const;

  // Decodes page page_no (1..page_count()). Its dimensions are read from
  // its header first: more than max_pixels pixels is refused
  // (InvalidArgument, saying its size) before any pixel memory is
  // allocated. A page the decoder cannot read, or reads only with warnings
  // (a truncated or corrupt JPEG, which libjpeg fills in grey), is Corrupt:
  // a damaged page is not a blank one.
  StatusOr<Raster> Page(int page_no, size_t max_pixels);

 private:
  struct Impl;
  explicit ImageFile(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Every page of an image file (ImageFile above, all pages up to 10,000),
// refusing an oversized page anywhere before decoding any.
StatusOr<std::vector<Raster>> DecodeImage(std::string_view bytes,
                                          size_t max_pixels);

// Encodes an 8-bit grey Raster (Format::kGray, 1 channel) as PNG, with its
// dpi: the page images of `tally report`. InvalidArgument for a raster that
// is malformed or not grey, Internal if Leptonica fails.
StatusOr<std::string> EncodePng(const Raster& gray);

// A default for max_pixels: an A3 page at 600 dpi is 7016 × 9921 (70 M).
inline constexpr size_t kDefaultMaxPixels = size_t{100} * 1000 * 1000;

}  // namespace tally::ocr

#endif  // TALLY_OCR_OCR_H_
