// The Tesseract engine behind OcrEngine (see ocr.h).
#include <dlfcn.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "base/grid.h"
#include "base/utf8.h"
#include "ocr/cleanup.h"
#include "ocr/ocr.h"
#include "ocr/pix.h"
#include "ocr/repair.h"
#include "ocr/reread.h"

namespace tally::ocr {
namespace {

constexpr const char* kDebianTessdata = "/usr/share/tesseract-ocr/5/tessdata";

// Same classes as the pdf stage's runs: numbers, Latin words, the rest.
int ScriptClass(char32_t c) {
  if ((c >= '0' && c <= '9') || c == '.' || c == '%' || c == ',' ||
      (c >= 0xFF10 && c <= 0xFF19) || c == 0xFF0E || c == 0xFF05) {
    return 1;
  }
  if (c < 0x80 && std::isalpha(int(c))) return 2;
  return 0;
}

// "chi_sim" -> "tesseract-ocr-chi-sim", Debian's name for the model.
std::string DebianPackage(std::string lang) {
  std::replace(lang.begin(), lang.end(), '_', '-');
  for (char& c : lang) c = char(std::tolower(static_cast<unsigned char>(c)));
  return "tesseract-ocr-" + lang;
}

std::vector<std::string> SplitLanguages(const std::string& language) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= language.size()) {
    size_t plus = language.find('+', start);
    if (plus == std::string::npos) plus = language.size();
    if (plus > start) out.push_back(language.substr(start, plus - start));
    start = plus + 1;
  }
  return out;
}

bool IsFile(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_regular_file(p, ec);
}

// Serialises Tesseract's OpenMP parallel regions on the calling thread (see
// CreateTesseract in ocr.h). Looked up at run time: a libtesseract built
// without OpenMP has no libgomp, and then there is nothing to do.
void SerializeOpenMp() {
  using SetLevels = void (*)(int);
  static const SetLevels set_levels = reinterpret_cast<SetLevels>(
      dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
  // No active parallel level: every region runs on the encountering
  // thread alone, whatever num_threads clause Tesseract gives it.
  if (set_levels != nullptr) set_levels(0);
}

struct Symbol {
  std::string text;
  // The engine's reading before repairs, with any symbols the repairs
  // dropped just before this one; empty when nothing was changed.
  std::string raw;
  int cls = 0;
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // pixels of the clean image
  float conf = 0;
  bool word_start = false, line_start = false;
  bool word_end = false;
  int line_height = 0;    // of its Tesseract text line, pixels
  int line = 0;           // index of its text line in the page
  float percent_alt = 0;  // confidence of '%' as its alternative reading
  // The number character a second reading (the digits model, enlarged)
  // saw here, when its number was read again; empty otherwise.
  std::string second;
  // Not read by the engine: a sign found in the ink (MarkSigns). It adds
  // nothing to its word's raw reading (a word that is the sign alone, as a
  // cell "≥" before "90%", has no reading to keep).
  bool inserted = false;
};

// A text line's box in the clean image, pixels.
struct LineBox {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

bool IsDigitSymbol(const Symbol& s) {
  return s.text.size() == 1 && s.text[0] >= '0' && s.text[0] <= '9';
}

// Symbols [begin, end) as ocr/reread.h's rules see them.
std::vector<ReadSymbol> AsRead(const std::vector<Symbol>& sy, size_t begin,
                               size_t end) {
  std::vector<ReadSymbol> out;
  for (size_t m = begin; m < end; ++m) {
    out.push_back({sy[m].text, sy[m].conf, sy[m].line});
  }
  return out;
}

// The engine's boxes of symbols [begin, end).
std::vector<internal::PxRect> BoxesOf(const std::vector<Symbol>& sy,
                                      size_t begin, size_t end) {
  std::vector<internal::PxRect> out;
  for (size_t m = begin; m < end; ++m) {
    out.push_back({sy[m].x0, sy[m].y0, sy[m].x1, sy[m].y1});
  }
  return out;
}

// A number's last digit below this confidence gets its line re-read with
// alternatives (measured: the percent sign misread as "96" or "90" ends a
// number at 86..91; correctly read numbers end at 97..99).
constexpr float kRecheckBelow = 95;

// A re-read band of ink is kept as text if its symbols' mean confidence is
// at least this (print reads at 95..99; noise much lower).
constexpr float kRecoverMinConfidence = 80;

class TesseractEngine : public OcrEngine {
 public:
  explicit TesseractEngine(const Options& options) : options_(options) {}
  ~TesseractEngine() override {
    api_.End();
    if (digits_ready_) digits_.End();
  }

  Status Init(const std::string& tessdata) {
    SerializeOpenMp();
    tessdata_ = tessdata;
    // Init-time parameters: Tesseract's own messages go to /dev/null (a
    // batch's stderr is for progress; errors come back as Status), and
    // the optional user-words file, which is read while loading the model.
    std::vector<std::string> names = {"debug_file"};
    std::vector<std::string> values = {"/dev/null"};
    if (!options_.user_words_file.empty()) {
      if (!IsFile(options_.user_words_file)) {
        return NotFound("OCR word list not found: " + options_.user_words_file);
      }
      names.push_back("user_words_file");
      values.push_back(options_.user_words_file);
    }
    if (api_.Init(tessdata.c_str(), options_.language.c_str(),
                  tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values,
                  false) != 0) {
      return Internal("Tesseract could not load the " + options_.language +
                      " model from " + tessdata +
                      " (damaged or incompatible traineddata?)");
    }
    api_.SetPageSegMode(
        static_cast<tesseract::PageSegMode>(options_.page_seg_mode));
    for (const auto& [name, value] : options_.variables) {
      if (!api_.SetVariable(name.c_str(), value.c_str())) {
        return InvalidArgument("unknown Tesseract parameter " + name);
      }
    }
    return Status::OK();
  }

  StatusOr<PageContent> Recognize(const Raster& image, int page_no) override {
    SerializeOpenMp();
    StatusOr<CleanPage> clean = Clean(image, options_);
    if (!clean.ok()) return clean.status();
    PageContent page;
    page.page_no = page_no;
    page.width = clean->page_width_pt;
    page.height = clean->page_height_pt;
    page.rules = clean->rules;

    internal::PixPtr pix = internal::GrayToPix(clean->image);
    if (pix == nullptr) return Internal("out of memory for the OCR image");
    const double dpi = clean->image.dpi;
    // Tables are read cell by cell; the page's layout analysis sees the
    // page without them.
    std::vector<PxBox> cells, tables;
    if (options_.table_cells) TableCells(page.rules, dpi, &cells, &tables);
    internal::PixPtr rest;
    if (!tables.empty()) {
      rest.reset(pixCopy(nullptr, pix.get()));
      if (rest == nullptr) return Internal("out of memory for the OCR image");
      for (const PxBox& t : tables) {
        BOX* box = boxCreate(t.x0, t.y0, t.x1 - t.x0, t.y1 - t.y0);
        pixSetInRectArbitrary(rest.get(), box, 255);
        boxDestroy(&box);
      }
    }
    api_.SetImage(rest != nullptr ? rest.get() : pix.get());
    api_.SetSourceResolution(int(dpi + 0.5));
    if (api_.Recognize(nullptr) != 0) {
      api_.Clear();
      return Internal("Tesseract failed to recognise page " +
                      std::to_string(page_no));
    }
    std::vector<LineBox> lines;
    std::vector<Symbol> symbols = ReadSymbols(&lines);
    if (options_.recover_lines) Recover(&symbols, &lines);
    if (!cells.empty()) {
      internal::PixPtr soft;
      if (clean->cells.width == clean->image.width &&
          clean->cells.height == clean->image.height) {
        soft = internal::GrayToPix(clean->cells);
      }
      ReadCells(pix.get(), soft != nullptr ? soft.get() : pix.get(), dpi, cells,
                &symbols, &lines);
    }
    if (options_.recheck_numbers) {
      api_.SetImage(pix.get());
      api_.SetSourceResolution(int(dpi + 0.5));
      Recheck(&symbols, lines, pixGetWidth(pix.get()), pixGetHeight(pix.get()));
    }
    if (options_.reread_numbers || options_.second_reading) {
      RereadNumbers(pix.get(), dpi, &symbols);
    }
    if (options_.read_signs) MarkSigns(pix.get(), &symbols);
    api_.Clear();  // page results; the model stays loaded
    Repair(&symbols);
    BuildRuns(std::move(symbols), 72.0 / dpi, &page);
    return page;
  }

  StatusOr<std::vector<std::string>> ReadLines(
      const Raster& image, const std::vector<Box>& lines) override {
    SerializeOpenMp();
    if (!(image.dpi > 0)) {
      return InvalidArgument("an image without a dpi cannot be cut at points");
    }
    StatusOr<Raster> gray = ToGray(image, options_.remove_red);
    if (!gray.ok()) return gray.status();
    gray = Rescale(*gray, options_.target_dpi);
    if (!gray.ok()) return gray.status();
    internal::PixPtr pix = internal::GrayToPix(*gray);
    if (pix == nullptr) return Internal("out of memory for the OCR image");
    const double f = gray->dpi / 72;
    const int w = pixGetWidth(pix.get()), h = pixGetHeight(pix.get());
    api_.SetImage(pix.get());
    api_.SetSourceResolution(int(gray->dpi + 0.5));
    api_.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    std::vector<std::string> out;
    for (const Box& b : lines) {
      // A quarter of the line's height around it: a layer's box is its
      // font's, which may clip a glyph's ink.
      const double pad = std::max(2.0, (b.y1 - b.y0) * f / 4);
      const int x0 = std::clamp(int(b.x0 * f - pad), 0, w);
      const int y0 = std::clamp(int(b.y0 * f - pad), 0, h);
      const int x1 = std::clamp(int(b.x1 * f + pad + 1), 0, w);
      const int y1 = std::clamp(int(b.y1 * f + pad + 1), 0, h);
      std::string text;
      if (x1 - x0 >= 4 && y1 - y0 >= 4) {
        api_.SetRectangle(x0, y0, x1 - x0, y1 - y0);
        std::unique_ptr<char[]> utf8(api_.GetUTF8Text());
        if (utf8 != nullptr) text = utf8.get();
      }
      out.push_back(std::move(text));
    }
    api_.Clear();
    api_.SetPageSegMode(
        static_cast<tesseract::PageSegMode>(options_.page_seg_mode));
    return out;
  }

 private:
  // The symbols of the current recognition, in reading order; with
  // lines, also the text lines' boxes; with choices, each symbol's '%'
  // alternative (lstm_choice_mode must be on).
  std::vector<Symbol> ReadSymbols(std::vector<LineBox>* lines,
                                  bool choices = false,
                                  tesseract::TessBaseAPI* api = nullptr) {
    std::vector<Symbol> out;
    std::unique_ptr<tesseract::ResultIterator> it(
        (api != nullptr ? api : &api_)->GetIterator());
    if (it == nullptr) return out;
    it->Begin();
    int line_height = 0, line = -1;
    bool pending_line = true, pending_word = true;
    do {
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
        LineBox lb;
        line_height = it->BoundingBox(tesseract::RIL_TEXTLINE, &lb.x0, &lb.y0,
                                      &lb.x1, &lb.y1)
                          ? lb.y1 - lb.y0
                          : 0;
        if (lines != nullptr) lines->push_back(lb);
        ++line;
        pending_line = true;
      }
      if (it->IsAtBeginningOf(tesseract::RIL_WORD)) {
        pending_word = true;
        if (!out.empty()) out.back().word_end = true;
      }
      if (it->Empty(tesseract::RIL_SYMBOL)) continue;
      std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_SYMBOL));
      if (text == nullptr || text[0] == '\0' || text[0] == ' ') continue;
      Symbol s;
      s.text = text.get();
      size_t pos = 0;
      s.cls = ScriptClass(DecodeUtf8(s.text, &pos));
      if (!it->BoundingBox(tesseract::RIL_SYMBOL, &s.x0, &s.y0, &s.x1, &s.y1)) {
        continue;
      }
      s.conf = it->Confidence(tesseract::RIL_SYMBOL);
      s.word_start = pending_word;
      s.line_start = pending_line;
      s.line_height = line_height;
      s.line = line;
      if (choices) {
        tesseract::ChoiceIterator ci(*it);
        do {
          const char* alt = ci.GetUTF8Text();
          if (alt != nullptr && std::string_view(alt) == "%") {
            s.percent_alt = std::max(s.percent_alt, ci.Confidence());
          }
        } while (ci.Next());
      }
      pending_word = pending_line = false;
      out.push_back(std::move(s));
    } while (it->Next(tesseract::RIL_SYMBOL));
    if (!out.empty()) out.back().word_end = true;
    return out;
  }

  // A rectangle of the clean image, pixels.
  using PxBox = internal::PxRect;

  // The merged cells of every ruled table of the page (rules in points)
  // and the tables' own boxes, in pixels of the clean image at dpi. A
  // cell's box keeps off its rules by a rule's width, whose erased remains
  // would otherwise be read as 一 or |.
  static void TableCells(const std::vector<Rule>& rules, double dpi,
                         std::vector<PxBox>* cells,
                         std::vector<PxBox>* tables) {
    const double f = dpi / 72;
    // The layout stage's grid tolerance, points.
    constexpr double kTolerance = 3;
    const int inset = std::max(2, int(1.5 * f + 0.5));
    for (const Grid& g : FindGrids(rules, kTolerance)) {
      const Box b = g.bbox();
      tables->push_back(
          {int(b.x0 * f), int(b.y0 * f), int(b.x1 * f + 1), int(b.y1 * f + 1)});
      for (const GridCell& c : MergedCells(g, kTolerance)) {
        PxBox px{int(c.box.x0 * f) + inset, int(c.box.y0 * f) + inset,
                 int(c.box.x1 * f) - inset, int(c.box.y1 * f) - inset};
        if (px.x1 - px.x0 >= 4 && px.y1 - px.y0 >= 4) cells->push_back(px);
      }
    }
  }

  // Reads each cell with ink on page on its own, cut from read (page or
  // an image of its size: CleanPage::cells) as an image of its own with a
  // white margin (Tesseract reads a glyph touching the image edge poorly),
  // and appends its symbols and lines in the page's pixel frame.
  void ReadCells(PIX* page, PIX* read, double dpi,
                 const std::vector<PxBox>& cells, std::vector<Symbol>* symbols,
                 std::vector<LineBox>* lines) {
    const int w = pixGetWidth(page), h = pixGetHeight(page);
    const int pad = std::max(8, int(dpi / 12));  // a sixth of an inch
    // Ink: pixels this dark; a cell needs a glyph's worth of them (a
    // speck of dust or a seal's remains is less).
    constexpr int kInk = 128;
    const int min_ink = std::max(6, int(dpi * dpi / 2500));
    api_.SetPageSegMode(
        static_cast<tesseract::PageSegMode>(options_.cell_page_seg_mode));
    for (const PxBox& c : cells) {
      const int x0 = std::clamp(c.x0, 0, w), x1 = std::clamp(c.x1, 0, w);
      const int y0 = std::clamp(c.y0, 0, h), y1 = std::clamp(c.y1, 0, h);
      if (x1 - x0 < 4 || y1 - y0 < 4) continue;
      BOX* box = boxCreate(x0, y0, x1 - x0, y1 - y0);
      internal::PixPtr crop(pixClipRectangle(page, box, nullptr));
      boxDestroy(&box);
      if (crop == nullptr) continue;
      internal::PixPtr bin(pixThresholdToBinary(crop.get(), kInk));
      l_int32 ink = 0;
      if (bin == nullptr || pixCountPixels(bin.get(), &ink, nullptr) != 0 ||
          ink < min_ink) {
        continue;
      }
      if (read != page) {
        BOX* at = boxCreate(x0, y0, x1 - x0, y1 - y0);
        crop.reset(pixClipRectangle(read, at, nullptr));
        boxDestroy(&at);
        if (crop == nullptr) continue;
      }
      internal::PixPtr framed(pixAddBorder(crop.get(), pad, 255));
      if (framed == nullptr) continue;
      api_.SetImage(framed.get());
      api_.SetSourceResolution(int(dpi + 0.5));
      if (api_.Recognize(nullptr) != 0) continue;
      std::vector<LineBox> more;
      std::vector<Symbol> again = ReadSymbols(&more);
      const int dx = x0 - pad, dy = y0 - pad;
      const int base = int(lines->size());
      for (Symbol& s : again) {
        s.x0 += dx, s.x1 += dx, s.y0 += dy, s.y1 += dy;
        s.line += base;
        symbols->push_back(std::move(s));
      }
      for (LineBox& l : more) {
        l.x0 += dx, l.x1 += dx, l.y0 += dy, l.y1 += dy;
        lines->push_back(l);
      }
    }
    api_.SetPageSegMode(
        static_cast<tesseract::PageSegMode>(options_.page_seg_mode));
  }

  // Finds ink that no text line of the first reading covers (Tesseract's
  // layout analysis now and then drops a whole line of plain text), and
  // reads each such band of ink again as a block of text; its lines are
  // appended (layout orders words by position).
  void Recover(std::vector<Symbol>* symbols, std::vector<LineBox>* lines) {
    if (lines->empty()) return;
    internal::PixPtr bin(api_.GetThresholdedImage());
    if (bin == nullptr || pixGetDepth(bin.get()) != 1) return;
    const int w = pixGetWidth(bin.get()), h = pixGetHeight(bin.get());
    std::vector<int> heights;
    for (const LineBox& b : *lines) heights.push_back(b.y1 - b.y0);
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2,
                     heights.end());
    const int em = std::max(8, heights[heights.size() / 2]);
    // Blank out what was read, with a margin for the LSTM's loose boxes.
    const int margin = std::max(2, em / 6);
    for (const LineBox& b : *lines) {
      BOX* box = boxCreate(b.x0 - margin, b.y0 - margin,
                           b.x1 - b.x0 + 2 * margin, b.y1 - b.y0 + 2 * margin);
      pixClearInRect(bin.get(), box);
      boxDestroy(&box);
    }
    internal::BoxaPtr comps(pixConnComp(bin.get(), nullptr, 8));
    if (comps == nullptr) return;
    // Glyph-sized components only: specks, dust and the thin remains of a
    // seal or a rule are no text.
    struct Band {
      int x0, y0, x1, y1, glyphs;
    };
    std::vector<Band> bands;
    for (int i = 0; i < boxaGetCount(comps.get()); ++i) {
      int x, y, bw, bh;
      boxaGetBoxGeometry(comps.get(), i, &x, &y, &bw, &bh);
      if (bh < em * 2 / 5 || bh > em * 2 || bw > em * 3) continue;
      bool merged = false;
      for (Band& b : bands) {
        const int overlap = std::min(b.y1, y + bh) - std::max(b.y0, y);
        if (overlap > std::min(b.y1 - b.y0, bh) / 2) {
          b = {std::min(b.x0, x), std::min(b.y0, y), std::max(b.x1, x + bw),
               std::max(b.y1, y + bh), b.glyphs + 1};
          merged = true;
          break;
        }
      }
      if (!merged) bands.push_back({x, y, x + bw, y + bh, 1});
    }
    bool recovered = false;
    for (const Band& b : bands) {
      // A dropped line is two glyphs or more lying between the lines that
      // were read; a band overlapping a read line is a glyph's part that
      // sticks out of the LSTM's line box, and reading it alone invents a
      // character.
      if (b.glyphs < 2) continue;
      bool beside_read_line = false;
      for (const LineBox& l : *lines) {
        const int dy = std::min(l.y1, b.y1) - std::max(l.y0, b.y0);
        const int dx = std::min(l.x1, b.x1) - std::max(l.x0, b.x0);
        if (dx > 0 && 4 * dy > b.y1 - b.y0) {
          beside_read_line = true;
          break;
        }
      }
      if (beside_read_line) continue;
      const int pad = em / 3;
      const int x0 = std::max(0, b.x0 - pad), y0 = std::max(0, b.y0 - pad);
      const int x1 = std::min(w, b.x1 + pad), y1 = std::min(h, b.y1 + pad);
      if (!recovered) {
        api_.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
        recovered = true;
      }
      api_.SetRectangle(x0, y0, x1 - x0, y1 - y0);
      if (api_.Recognize(nullptr) != 0) continue;
      std::vector<LineBox> more;
      std::vector<Symbol> again = ReadSymbols(&more);
      if (again.empty()) continue;
      // Noise read as text comes back unsure; a dropped line of print is
      // read as confidently as the rest of the page.
      float conf = 0;
      for (const Symbol& s : again) conf += s.conf;
      if (conf / float(again.size()) < kRecoverMinConfidence) continue;
      const int base = int(lines->size());
      for (Symbol& s : again) {
        s.line += base;
        symbols->push_back(std::move(s));
      }
      lines->insert(lines->end(), more.begin(), more.end());
    }
    if (recovered) {
      api_.SetPageSegMode(
          static_cast<tesseract::PageSegMode>(options_.page_seg_mode));
    }
  }

  // Re-reads, one by one, the text lines where a number ends in a digit
  // of low confidence, with the LSTM's alternatives switched on (too slow
  // for whole pages: +45% time), and records each symbol's '%' alternative
  // when the re-read agrees with the first reading symbol for symbol.
  void Recheck(std::vector<Symbol>* symbols, const std::vector<LineBox>& lines,
               int width, int height) {
    std::vector<int> suspect;
    for (size_t i = 1; i < symbols->size(); ++i) {
      const Symbol& s = (*symbols)[i];
      const Symbol& prev = (*symbols)[i - 1];
      const bool ends = i + 1 == symbols->size() ||
                        (*symbols)[i + 1].line != s.line ||
                        !IsDigitSymbol((*symbols)[i + 1]);
      if (IsDigitSymbol(s) && IsDigitSymbol(prev) && prev.line == s.line &&
          ends && s.conf < kRecheckBelow &&
          (suspect.empty() || suspect.back() != s.line)) {
        suspect.push_back(s.line);
      }
    }
    if (suspect.empty()) return;
    api_.SetVariable("lstm_choice_mode", "2");
    api_.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    for (int line : suspect) {
      if (line < 0 || line >= int(lines.size())) continue;
      const LineBox& b = lines[size_t(line)];
      const int pad = std::max(2, (b.y1 - b.y0) / 4);
      const int x0 = std::max(0, b.x0 - pad), y0 = std::max(0, b.y0 - pad);
      const int x1 = std::min(width, b.x1 + pad);
      const int y1 = std::min(height, b.y1 + pad);
      if (x1 <= x0 || y1 <= y0) continue;
      api_.SetRectangle(x0, y0, x1 - x0, y1 - y0);
      if (api_.Recognize(nullptr) != 0) continue;
      std::vector<Symbol> again = ReadSymbols(nullptr, true);
      std::vector<Symbol*> original;
      for (Symbol& s : *symbols) {
        if (s.line == line) original.push_back(&s);
      }
      if (again.size() != original.size()) continue;
      bool same = true;
      for (size_t k = 0; k < again.size() && same; ++k) {
        same = again[k].text == original[k]->text;
      }
      if (!same) continue;
      for (size_t k = 0; k < again.size(); ++k) {
        original[k]->percent_alt = again[k].percent_alt;
      }
    }
    api_.SetVariable("lstm_choice_mode", "0");
    api_.SetPageSegMode(
        static_cast<tesseract::PageSegMode>(options_.page_seg_mode));
  }

  // Re-recognises the numbers ocr/reread.h picks (a digit of low
  // confidence, or a stray Latin letter or dash among its digits: "757.6-万元",
  // "le家" for "16家" under a seal), each alone, enlarged reread_scale
  // times, with the digits_language model limited to number characters:
  // chi_sim's model reads digits worse than eng's. A re-reading that
  // TakeReread accepts replaces the symbols' text; the engine's first
  // reading stays in Symbol::raw (boxes.ocr_raw). With second_reading,
  // every other number is read the same way too, and each reading that
  // lays over its number character for character is kept in
  // Symbol::second, as evidence for the check stage's repairs.
  void RereadNumbers(PIX* page, double dpi, std::vector<Symbol>* symbols) {
    std::vector<Symbol>& sy = *symbols;
    std::vector<Symbol> again;
    if (options_.reread_numbers) {
      for (auto [begin, end] : NumberSpans(AsRead(sy, 0, sy.size()),
                                           float(options_.reread_below))) {
        if (!ReadAgain(page, dpi, sy, begin, end, &again)) continue;
        std::vector<ReadSymbol> first = AsRead(sy, begin, end), second;
        for (const Symbol& a : again) second.push_back({a.text, a.conf, 0});
        if (TakeReread(first, second)) {
          for (size_t n = 0; n < again.size(); ++n) {
            Symbol& s = sy[begin + n];
            if (s.text == again[n].text) continue;
            if (s.raw.empty()) s.raw = s.text;
            s.text = again[n].text;
            size_t pos = 0;
            s.cls = ScriptClass(DecodeUtf8(s.text, &pos));
            s.conf = again[n].conf;
          }
        }
        if (options_.second_reading && SameShape(first, second)) {
          for (size_t n = 0; n < again.size(); ++n) {
            sy[begin + n].second = again[n].text;
          }
        }
      }
    }
    if (!options_.second_reading) return;
    for (auto [begin, end] : DigitRuns(AsRead(sy, 0, sy.size()))) {
      bool done = true;
      for (size_t m = begin; m < end; ++m) done = done && !sy[m].second.empty();
      if (done || !ReadAgain(page, dpi, sy, begin, end, &again)) continue;
      std::vector<ReadSymbol> second;
      for (const Symbol& a : again) second.push_back({a.text, a.conf, 0});
      if (!SameShape(AsRead(sy, begin, end), second)) continue;
      for (size_t n = 0; n < again.size(); ++n) {
        sy[begin + n].second = again[n].text;
      }
    }
  }

  // Reads symbols [begin, end) again, alone, enlarged reread_scale times,
  // with the digits model limited to number characters; false when there is
  // no digits model or nothing could be read.
  bool ReadAgain(PIX* page, double dpi, const std::vector<Symbol>& sy,
                 size_t begin, size_t end, std::vector<Symbol>* again) {
    again->clear();
    if (!digits_ready_) {
      if (digits_failed_) return false;
      std::vector<std::string> names = {"debug_file"};
      std::vector<std::string> values = {"/dev/null"};
      if (digits_.Init(tessdata_.c_str(), options_.digits_language.c_str(),
                       tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values,
                       false) != 0) {
        digits_failed_ = true;  // no eng model: the first reading stands
        return false;
      }
      digits_.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
      digits_.SetVariable("tessedit_char_whitelist", "0123456789.%,");
      digits_ready_ = true;
    }
    // Cut at the number's ink, with a pixel or two for the glyphs' soft
    // edges, not at its symbol boxes (the engine's estimates, off the
    // glyphs: see InkOfGlyphs); at the boxes, with a margin, when the ink
    // cannot be told glyph by glyph.
    const std::vector<internal::PxRect> glyphs = BoxesOf(sy, begin, end);
    internal::PxRect cut = internal::Union(glyphs);
    const int line_height = sy[begin].line_height;
    const int pad = std::max(2, line_height / 4);
    int margin = pad;
    if (internal::PxRect ink = internal::InkOfGlyphs(page, glyphs, line_height);
        !ink.empty()) {
      cut = ink;
      margin = std::max(1, line_height / 16);
    }
    const int x0 = std::max(0, cut.x0 - margin);
    const int y0 = std::max(0, cut.y0 - margin);
    const int x1 = std::min(int(pixGetWidth(page)), cut.x1 + margin);
    const int y1 = std::min(int(pixGetHeight(page)), cut.y1 + margin);
    if (x1 <= x0 || y1 <= y0) return false;
    BOX* box = boxCreate(x0, y0, x1 - x0, y1 - y0);
    internal::PixPtr crop(pixClipRectangle(page, box, nullptr));
    boxDestroy(&box);
    if (crop == nullptr) return false;
    const float k = float(options_.reread_scale);
    internal::PixPtr big(pixScale(crop.get(), k, k));
    if (big == nullptr) return false;
    internal::PixPtr framed(pixAddBorder(big.get(), int(pad * k), 255));
    if (framed == nullptr) return false;
    digits_.SetImage(framed.get());
    digits_.SetSourceResolution(int(dpi * k + 0.5));
    if (digits_.Recognize(nullptr) != 0) return false;
    *again = ReadSymbols(nullptr, false, &digits_);
    digits_.Clear();
    return !again->empty();
  }

  // Neither chi_sim's model nor eng's has ≥ or ≤ among its characters: the
  // sign before a number comes out as another character (之, 这, 科) or not
  // at all. The ink before each number is looked at (SignBefore): where it
  // is a sign, the symbols the engine laid over it become that sign (their
  // reading kept in Symbol::raw), or the sign is added before the number.
  static void MarkSigns(PIX* page, std::vector<Symbol>* symbols) {
    std::vector<Symbol>& sy = *symbols;
    const auto runs = DigitRuns(AsRead(sy, 0, sy.size()));
    // Last run first: a sign added leaves the earlier runs' indices as
    // they were.
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
      const size_t b = it->first, e = it->second;
      if (b > 0 && sy[b - 1].line == sy[b].line &&
          (sy[b - 1].text == "≥" || sy[b - 1].text == "≤")) {
        continue;
      }
      const std::vector<internal::PxRect> glyphs = BoxesOf(sy, b, e);
      const int lh = sy[b].line_height;
      internal::PxRect ink = internal::InkOfGlyphs(page, glyphs, lh);
      if (ink.empty()) ink = internal::Union(glyphs);
      const internal::Sign sign = internal::SignBefore(page, ink, lh);
      if (sign.text == nullptr) continue;
      // The symbol the engine put for the sign, if it put one: the one
      // before the number, when its box starts no earlier than the sign's
      // ink; it becomes the sign, else the sign is added. LSTM boxes are
      // estimates that sit right of their glyphs, not left (measured on renders
      // and the seal scans: a substitute's box starts 0..14 px right of the
      // sign at 200-300 dpi, the character before the sign, when the engine
      // dropped it, 15..24 px left).
      const bool replaced = b > 0 && sy[b - 1].line == sy[b].line &&
                            sy[b - 1].x0 >= sign.box.x0 - std::max(2, lh / 8);
      Symbol mark;
      if (replaced) {
        mark = sy[b - 1];
        if (mark.raw.empty()) mark.raw = mark.text;
        mark.second.clear();
        mark.percent_alt = 0;
      } else {
        mark.inserted = true;
        mark.conf = sy[b].conf;  // as sure as the number it stands before
        mark.line = sy[b].line;
        mark.line_height = lh;
        mark.word_start = sy[b].word_start;
        mark.line_start = sy[b].line_start;
        sy[b].word_start = sy[b].line_start = false;
      }
      mark.text = sign.text;
      size_t pos = 0;
      mark.cls = ScriptClass(DecodeUtf8(mark.text, &pos));
      mark.x0 = sign.box.x0, mark.y0 = sign.box.y0;
      mark.x1 = sign.box.x1, mark.y1 = sign.box.y1;
      if (replaced) {
        sy[b - 1] = std::move(mark);
      } else {
        sy.insert(sy.begin() + long(b), std::move(mark));
      }
    }
  }

  // Applies ocr/repair.h to the symbols' text and drops emptied ones.
  static void Repair(std::vector<Symbol>* symbols) {
    std::vector<std::string> texts;
    std::vector<bool> line_start;
    std::vector<float> percent;
    for (const Symbol& s : *symbols) {
      texts.push_back(s.text);
      line_start.push_back(s.line_start);
      percent.push_back(s.percent_alt);
    }
    RepairSymbols(&texts, line_start, percent);
    std::vector<Symbol> out;
    bool pending_line = false, pending_word = false;
    std::string dropped;  // readings of dropped symbols, for the next kept
    for (size_t i = 0; i < symbols->size(); ++i) {
      Symbol& s = (*symbols)[i];
      if (texts[i].empty()) {
        dropped += s.text;
        // Keep the line and word starts of a dropped symbol.
        pending_line = pending_line || s.line_start;
        pending_word = pending_word || s.word_start;
        if (s.word_end && !out.empty()) out.back().word_end = true;
        continue;
      }
      if (texts[i] != s.text || !dropped.empty()) {
        s.raw = dropped + (s.raw.empty() ? s.text : s.raw);
      }
      // A second reading is of what the engine read, not of a repair.
      if (texts[i] != s.text) s.second.clear();
      dropped.clear();
      s.text = texts[i];
      size_t pos = 0;
      s.cls = ScriptClass(DecodeUtf8(s.text, &pos));
      s.line_start = s.line_start || pending_line;
      s.word_start = s.word_start || pending_word;
      pending_line = pending_word = false;
      out.push_back(std::move(s));
    }
    *symbols = std::move(out);
  }

  // A vertical rule runs between x0 and x1 (points) at height y0..y1.
  static bool RuleBetween(const std::vector<Rule>& rules, double x0, double x1,
                          double y0, double y1) {
    for (const Rule& r : rules) {
      if (r.horizontal()) continue;
      double x = r.box.cx();
      if (x >= x0 - 0.5 && x <= x1 + 0.5 && r.box.y0 <= y1 && r.box.y1 >= y0) {
        return true;
      }
    }
    return false;
  }

  // Regroups symbols into same-script runs. Tesseract's chi_sim "words"
  // are arbitrary (single Han characters, or a number split at its
  // decimal point), and in LSTM mode word and symbol boxes are only the
  // model's estimates (a glyph's box may be a third of its width, or reach
  // into the next glyph), so a run continues across Tesseract's word breaks
  // unless the gap is wide: a full line height between Han characters (a
  // column gap), a third of one, or of the glyphs' own height if less,
  // between digits or Latin letters (a space).
  // A run ends at a script change, a new line or a table rule.
  static constexpr double kSpaceOfGlyph = 0.3;
  static void BuildRuns(std::vector<Symbol> symbols, double scale,
                        PageContent* page) {
    // A box reaching past the start of the next glyph on its line is cut
    // there, so a number's box does not cover its unit.
    for (size_t i = 0; i + 1 < symbols.size(); ++i) {
      Symbol& s = symbols[i];
      const Symbol& next = symbols[i + 1];
      if (!next.line_start && next.x0 > s.x0 && s.x1 > next.x0) {
        s.x1 = next.x0;
      }
    }
    Word run;
    float conf_sum = 0;
    int count = 0;
    int cls = -1;
    bool repaired = false;
    std::string symbol_conf;  // a number's, per code point (Word)
    // The same with each code point's second reading ("98/3"), used when
    // every symbol of the run was read a second time.
    std::string with_second;
    bool all_second = true;
    auto flush = [&](bool space_after) {
      if (count == 0) return;
      if (!repaired) run.raw.clear();
      if (cls == 1) {
        run.symbol_confidence =
            std::move(all_second ? with_second : symbol_conf);
      }
      symbol_conf.clear();
      with_second.clear();
      all_second = true;
      repaired = false;
      run.confidence = conf_sum / float(count);
      run.space_after = space_after;
      page->words.push_back(std::move(run));
      run = Word();
      conf_sum = 0;
      count = 0;
    };
    for (size_t i = 0; i < symbols.size(); ++i) {
      const Symbol& s = symbols[i];
      Box b{s.x0 * scale, s.y0 * scale, s.x1 * scale, s.y1 * scale};
      if (count > 0) {
        const Symbol& prev = symbols[i - 1];
        const double gap = (s.x0 - prev.x1) * scale;
        const double em = std::max(s.line_height, 1) * scale;
        // Between digits or Latin letters the space is measured against the
        // glyphs' own height, not only the line's: the line box of a table
        // row, or of a line with a larger glyph in it, is much taller than
        // its text (50-60 px over digits 23 px high at 200 dpi, where a
        // space leaves 10-12 px and the room inside a number 0-4 px).
        const double glyph = std::max(prev.y1 - prev.y0, s.y1 - s.y0) * scale;
        const double space =
            s.cls == 0 ? em : std::min(em / 3, kSpaceOfGlyph * glyph);
        const bool wide = s.word_start && gap > space;
        const bool split =
            s.line_start || s.cls != cls || wide ||
            RuleBetween(page->rules, prev.x1 * scale, b.x0,
                        std::min(b.y0, run.box.y0), std::max(b.y1, run.box.y1));
        if (split) flush(prev.word_end);
      }
      run.text += s.text;
      all_second = all_second && !s.second.empty();
      for (size_t k = 0; k < s.text.size();) {
        DecodeUtf8(s.text, &k);
        if (!symbol_conf.empty()) symbol_conf += ' ', with_second += ' ';
        const std::string c =
            std::to_string(std::clamp(int(s.conf + 0.5f), 0, 100));
        symbol_conf += c;
        with_second += c + "/" + s.second;
      }
      if (!s.inserted) run.raw += s.raw.empty() ? s.text : s.raw;
      repaired = repaired || !s.raw.empty() || s.inserted;
      run.box = run.box.Union(b);
      conf_sum += s.conf;
      ++count;
      cls = s.cls;
    }
    flush(true);
  }

  Options options_;
  tesseract::TessBaseAPI api_;
  // options_.digits_language, loaded on the first number to re-read.
  tesseract::TessBaseAPI digits_;
  bool digits_ready_ = false, digits_failed_ = false;
  std::string tessdata_;
};

}  // namespace

StatusOr<std::vector<std::string>> OcrEngine::ReadLines(
    const Raster& /*image*/, const std::vector<Box>& /*lines*/) {
  return Unsupported("this OCR engine does not read single lines");
}

StatusOr<std::string> FindTessdata(const Options& options) {
  std::string dir = options.tessdata_dir;
  std::string how = "Options::tessdata_dir";
  if (dir.empty()) {
    const char* env = std::getenv("TESSDATA_PREFIX");
    if (env != nullptr && *env != '\0') {
      dir = env;
      how = "$TESSDATA_PREFIX";
    } else {
      dir = kDebianTessdata;
      how = "Debian's default";
    }
  }
  std::vector<std::string> langs = SplitLanguages(options.language);
  if (langs.empty()) return InvalidArgument("no OCR language given");
  auto has_all = [&](const std::filesystem::path& d) {
    for (const std::string& l : langs) {
      if (!IsFile(d / (l + ".traineddata"))) return false;
    }
    return true;
  };
  if (has_all(dir)) return dir;
  // Tesseract 3 wanted TESSDATA_PREFIX to name the parent of tessdata/;
  // accept such a setting rather than fail on it.
  if (has_all(std::filesystem::path(dir) / "tessdata")) {
    return (std::filesystem::path(dir) / "tessdata").string();
  }
  for (const std::string& l : langs) {
    std::filesystem::path p = std::filesystem::path(dir) / (l + ".traineddata");
    if (!IsFile(p)) {
      return NotFound("OCR model " + p.string() + " not found (searched " +
                      how + "); install the Debian package " +
                      DebianPackage(l) +
                      ", or set TESSDATA_PREFIX to the directory holding " + l +
                      ".traineddata");
    }
  }
  return NotFound("OCR models not found in " + dir);
}

StatusOr<std::unique_ptr<OcrEngine>> CreateTesseract(const Options& options) {
  StatusOr<std::string> dir = FindTessdata(options);
  if (!dir.ok()) return dir.status();
  internal::SilenceLeptonica();
  auto engine = std::make_unique<TesseractEngine>(options);
  TALLY_RETURN_IF_ERROR(engine->Init(*dir));
  return std::unique_ptr<OcrEngine>(std::move(engine));
}

double MeanConfidence(const PageContent& page) {
  double sum = 0, n = 0;
  for (const Word& w : page.words) {
    if (w.confidence < 0) continue;
    size_t chars = 0, i = 0;
    while (i < w.text.size()) {
      DecodeUtf8(w.text, &i);
      ++chars;
    }
    sum += w.confidence * double(chars);
    n += double(chars);
  }
  return n > 0 ? sum / n : -1;
}

}  // namespace tally::ocr
