// tools/ocr_page.cc: runs the ocr stage on page images or scanned PDFs,
// times it, and (with --seed) scores the text against the seed report.
//
//   ocr_page [flags] FILE...
//
// FILE is an image (PNG, JPEG, TIFF, ...: DecodeImage, every page) or a PDF
// (every page rendered by Poppler at --render-dpi in colour, as the
// pipeline renders a page without a text layer). Per page it prints
//   <file> p<N> decode <s> ocr <s> words <n> conf <mean>
// on stdout. With --seed SEED.txt all pages of all FILEs, in order, are one
// document: they go through layout (AssemblePage, FinishDocument) and the
// normaliser as the pipeline stores them, and the text is compared with
// SeedToPlain(seed) normalised the same way (as eval_cer does):
//   cer <CER%> edits <n> chars <n> numbers <found>/<total> (<recall%>)
// where numbers are the digit strings of 2+ digits in the seed (with inner
// '.' or ',' between digits, so 437.32 is one token), matched as a multiset.
// --save-clean PREFIX writes the image Tesseract sees, PREFIX-<page>.pgm.
// --text prints the stored text of each page; --diff the numbers missed
// and the first difference; --dump PREFIX writes both normalised texts to
// PREFIX.ref.txt and PREFIX.ocr.txt for a closer look.
//
// Flags mirror ocr::Options for measurements: --target-dpi N,
// --render-dpi N, --no-red, --no-deskew, --no-background, --binarize,
// --no-rules, --no-recheck, --no-reread, --no-second, --no-signs,
// --no-recover, --no-cells, --normalize-cells, --psm N, --cell-psm N,
// --var NAME=VALUE (repeatable), --user-words FILE, --tessdata DIR,
// --lang L.
//
// Exit status: 0 done (scores are printed, not judged), 1 a file failed,
// 2 usage error.
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/file.h"
#include "base/status.h"
#include "base/utf8.h"
#include "layout/layout.h"
#include "normalize/normalize.h"
#include "ocr/cleanup.h"
#include "ocr/ocr.h"
#include "tools/cer.h"
#include "tools/seed_text.h"

namespace tally::tools {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

int Usage(const char* why) {
  if (why != nullptr) std::fprintf(stderr, "ocr_page: %s\n", why);
  std::fprintf(
      stderr,
      "usage: ocr_page [--seed SEED.txt] [--text] [--diff] "
      "[--target-dpi N] [--render-dpi N] [--no-red] [--no-deskew] "
      "[--no-background] [--binarize] [--no-rules] [--no-recheck] "
      "[--no-reread] [--no-second] [--no-signs] "
      "[--no-recover] [--no-cells] [--normalize-cells] [--psm N] "
      "[--cell-psm N] "
      "[--save-clean PREFIX] [--dump PREFIX] [--var NAME=VALUE] [--user-words "
      "FILE] [--tessdata DIR] "
      "[--lang L] FILE...\n");
  return 2;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char a = s[s.size() - suffix.size() + i];
    if (std::tolower(static_cast<unsigned char>(a)) != suffix[i]) return false;
  }
  return true;
}

// Renders every page of a PDF at dpi as BGRA rasters (Poppler's ARGB32 on a
// little-endian machine), the form PdfDocument::RenderPage hands over.
StatusOr<std::vector<Raster>> RenderPdf(const std::string& bytes, double dpi) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), int(bytes.size())));
  if (doc == nullptr || doc->is_locked()) return Corrupt("unreadable PDF");
  std::vector<Raster> out;
  poppler::page_renderer renderer;
  renderer.set_render_hints(poppler::page_renderer::antialiasing |
                            poppler::page_renderer::text_antialiasing);
  renderer.set_image_format(poppler::image::format_argb32);
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page == nullptr) return Corrupt("unreadable page");
    poppler::image img = renderer.render_page(page.get(), dpi, dpi);
    if (!img.is_valid()) return Internal("render failed");
    Raster r;
    r.width = img.width();
    r.height = img.height();
    r.channels = 4;
    r.stride = img.bytes_per_row();
    r.dpi = dpi;
    r.format = Raster::Format::kBgra;
    r.pixels.assign(img.const_data(),
                    img.const_data() + size_t(r.stride) * size_t(r.height));
    out.push_back(std::move(r));
  }
  return out;
}

std::string Excerpt(const std::u32string& s, size_t from, size_t n) {
  std::string out;
  for (size_t i = from; i < s.size() && i < from + n; ++i)
    AppendUtf8(s[i], &out);
  return out;
}

int Main(int argc, char** argv) {
  ocr::Options options;
  std::string seed_path;
  bool print_text = false, diff = false;
  std::string dump, save_clean;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&]() -> const char* {
      return i + 1 < argc ? argv[++i] : nullptr;
    };
    if (a == "--seed") {
      const char* v = value();
      if (!v) return Usage("--seed wants a file");
      seed_path = v;
    } else if (a == "--text") {
      print_text = true;
    } else if (a == "--diff") {
      diff = true;
    } else if (a == "--save-clean") {
      const char* v = value();
      if (!v) return Usage("--save-clean wants a path prefix");
      save_clean = v;
    } else if (a == "--dump") {
      const char* v = value();
      if (!v) return Usage("--dump wants a path prefix");
      dump = v;
    } else if (a == "--target-dpi" || a == "--render-dpi" || a == "--psm" ||
               a == "--cell-psm") {
      const char* v = value();
      if (!v) return Usage("missing number");
      double d = std::atof(v);
      if (a == "--target-dpi") options.target_dpi = d;
      if (a == "--render-dpi") options.render_dpi = d;
      if (a == "--psm") options.page_seg_mode = int(d);
      if (a == "--cell-psm") options.cell_page_seg_mode = int(d);
    } else if (a == "--no-red") {
      options.remove_red = false;
    } else if (a == "--no-deskew") {
      options.deskew = false;
    } else if (a == "--no-background") {
      options.normalize_background = false;
    } else if (a == "--binarize") {
      options.binarize = true;
    } else if (a == "--no-rules") {
      options.detect_rules = false;
    } else if (a == "--no-recheck") {
      options.recheck_numbers = false;
    } else if (a == "--no-reread") {
      options.reread_numbers = false;
    } else if (a == "--no-signs") {
      options.read_signs = false;
    } else if (a == "--no-second") {
      options.second_reading = false;
    } else if (a == "--no-cells") {
      options.table_cells = false;
    } else if (a == "--normalize-cells") {
      options.normalize_cells = true;
    } else if (a == "--no-recover") {
      options.recover_lines = false;
    } else if (a == "--var") {
      const char* v = value();
      std::string_view kv = v ? v : "";
      size_t eq = kv.find('=');
      if (eq == std::string_view::npos) return Usage("--var wants NAME=VALUE");
      options.variables.emplace_back(kv.substr(0, eq), kv.substr(eq + 1));
    } else if (a == "--user-words") {
      const char* v = value();
      if (!v) return Usage("--user-words wants a file");
      options.user_words_file = v;
    } else if (a == "--tessdata") {
      const char* v = value();
      if (!v) return Usage("--tessdata wants a directory");
      options.tessdata_dir = v;
    } else if (a == "--lang") {
      const char* v = value();
      if (!v) return Usage("--lang wants a language");
      options.language = v;
    } else if (a == "-h" || a == "--help") {
      Usage(nullptr);
      return 0;
    } else if (a.starts_with("--")) {
      return Usage(("unknown flag " + std::string(a)).c_str());
    } else {
      files.emplace_back(a);
    }
  }
  if (files.empty()) return Usage("no files");

  auto t0 = Clock::now();
  StatusOr<std::unique_ptr<ocr::OcrEngine>> engine =
      ocr::CreateTesseract(options);
  if (!engine.ok()) {
    std::fprintf(stderr, "ocr_page: %s\n", engine.status().ToString().c_str());
    return 1;
  }
  std::printf("engine init %.3f s\n", Since(t0));

  std::vector<PageContent> pages;
  double total_ocr = 0;
  int failed = 0;
  for (const std::string& file : files) {
    StatusOr<std::string> bytes = ReadFile(file);
    if (!bytes.ok()) {
      std::fprintf(stderr, "ocr_page: %s: %s\n", file.c_str(),
                   bytes.status().ToString().c_str());
      ++failed;
      continue;
    }
    auto td = Clock::now();
    StatusOr<std::vector<Raster>> images =
        EndsWith(file, ".pdf")
            ? RenderPdf(*bytes, options.render_dpi)
            : ocr::DecodeImage(*bytes, ocr::kDefaultMaxPixels);
    if (!images.ok()) {
      std::fprintf(stderr, "ocr_page: %s: %s\n", file.c_str(),
                   images.status().ToString().c_str());
      ++failed;
      continue;
    }
    double decode = Since(td) / double(std::max<size_t>(images->size(), 1));
    for (const Raster& image : *images) {
      if (!save_clean.empty()) {
        // The image Tesseract sees, as a binary PGM (P5).
        StatusOr<ocr::CleanPage> clean = ocr::Clean(image, options);
        if (clean.ok()) {
          const Raster& g = clean->image;
          std::string pgm = "P5\n" + std::to_string(g.width) + " " +
                            std::to_string(g.height) + "\n255\n";
          for (int y = 0; y < g.height; ++y) {
            pgm.append(reinterpret_cast<const char*>(g.pixels.data()) +
                           size_t(y) * size_t(g.stride),
                       size_t(g.width));
          }
          Status s = WriteFile(
              save_clean + "-" + std::to_string(pages.size() + 1) + ".pgm",
              pgm);
          if (!s.ok())
            std::fprintf(stderr, "ocr_page: %s\n", s.ToString().c_str());
          std::printf("skew %.2f\n", clean->skew_degrees);
        }
      }
      auto tr = Clock::now();
      StatusOr<PageContent> page =
          (*engine)->Recognize(image, int(pages.size()) + 1);
      double secs = Since(tr);
      total_ocr += secs;
      if (!page.ok()) {
        std::fprintf(stderr, "ocr_page: %s: %s\n", file.c_str(),
                     page.status().ToString().c_str());
        ++failed;
        continue;
      }
      std::printf(
          "%s p%zu decode %.3f ocr %.3f words %zu rules %zu conf %.1f\n",
          file.c_str(), pages.size() + 1, decode, secs, page->words.size(),
          page->rules.size(), ocr::MeanConfidence(*page));
      pages.push_back(std::move(page).value());
    }
  }
  std::printf("pages %zu ocr total %.3f s\n", pages.size(), total_ocr);
  if (seed_path.empty() && !print_text) return failed ? 1 : 0;

  // As the pipeline stores pages: layout, furniture, normalisation.
  layout::Options layout_options;
  std::vector<layout::PageLayout> layouts;
  for (const PageContent& p : pages) {
    layouts.push_back(layout::AssemblePage(p, layout_options));
  }
  layout::FinishDocument(&layouts, layout_options);
  StatusOr<std::unique_ptr<normalize::Normalizer>> normalizer =
      normalize::Normalizer::Create(normalize::Options());
  if (!normalizer.ok()) {
    std::fprintf(stderr, "ocr_page: %s\n",
                 normalizer.status().ToString().c_str());
    return 2;
  }
  std::string stored;
  for (const layout::PageLayout& l : layouts) {
    std::vector<normalize::InputLine> inputs;
    for (const layout::Line& line : l.lines) {
      if (line.kind != layout::LineKind::kBody &&
          line.kind != layout::LineKind::kTableRow) {
        continue;
      }
      inputs.push_back(
          {line.text, line.fill, line.kind == layout::LineKind::kTableRow});
    }
    std::string text = (*normalizer)->Normalize(inputs).text;
    if (print_text) std::printf("--- page %d\n%s\n", l.page_no, text.c_str());
    stored += text;
    stored += '\n';
  }
  if (seed_path.empty()) return failed ? 1 : 0;

  StatusOr<std::string> seed = ReadFile(seed_path);
  if (!seed.ok()) {
    std::fprintf(stderr, "ocr_page: %s\n", seed.status().ToString().c_str());
    return 2;
  }
  const std::string reference =
      (*normalizer)->NormalizeText(SeedToPlain(*seed)).text;
  const std::string hypothesis = (*normalizer)->NormalizeText(stored).text;
  CerResult r = ComputeCer(reference, hypothesis);
  if (!dump.empty()) {
    Status s = WriteFile(dump + ".ref.txt", reference);
    if (s.ok()) s = WriteFile(dump + ".ocr.txt", hypothesis);
    if (!s.ok()) std::fprintf(stderr, "ocr_page: %s\n", s.ToString().c_str());
  }
  NumberRecall numbers = CountNumbers(reference, hypothesis);
  std::printf("cer %.3f%% edits %zu chars %zu numbers %d/%d (%.2f%%)\n",
              100 * r.cer, r.edits, r.reference_chars, numbers.found,
              numbers.total,
              numbers.total ? 100.0 * numbers.found / numbers.total : 100.0);
  if (diff) {
    for (const std::string& tok : numbers.missed) {
      std::printf("  missing number %s\n", tok.c_str());
    }
    std::u32string ref = RemoveWhitespace(ToCodePoints(reference));
    std::u32string hyp = RemoveWhitespace(ToCodePoints(hypothesis));
    size_t p = 0;
    while (p < ref.size() && p < hyp.size() && ref[p] == hyp[p]) ++p;
    size_t from = p >= 10 ? p - 10 : 0;
    std::printf("  first difference at %zu:\n    seed: %s\n    ocr:  %s\n", p,
                Excerpt(ref, from, 40).c_str(), Excerpt(hyp, from, 40).c_str());
  }
  return failed ? 1 : 0;
}

}  // namespace
}  // namespace tally::tools

int main(int argc, char** argv) { return tally::tools::Main(argc, argv); }
