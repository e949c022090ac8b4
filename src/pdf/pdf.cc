#include "pdf/pdf.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <mutex>

#include "base/utf8.h"

namespace tally::pdf {
namespace {

// Poppler prints parse errors on stderr; a batch of thousands of archived
// files would drown the progress output, and the error that matters is the
// Status we return. Installed once, process-wide.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function([](const std::string&, void*) {},
                                      nullptr);
  });
}

// Script classes: runs are split where the class changes, so numbers,
// Latin words and Han text get separate boxes.
int ScriptClass(char32_t c) {
  if ((c >= '0' && c <= '9') || c == '.' || c == '%' || c == ',' ||
      (c >= 0xFF10 && c <= 0xFF19) || c == 0xFF0E || c == 0xFF05) {
    return 1;
  }
  if (c < 0x80 && std::isalpha(int(c))) return 2;
  return 0;
}

std::string Utf16ToUtf8(const poppler::ustring& u,
                        std::vector<size_t>* starts) {
  std::string out;
  for (size_t i = 0; i < u.size(); ++i) {
    char32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < u.size() && u[i + 1] >= 0xDC00 &&
        u[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      ++i;
    }
    starts->push_back(out.size());
    AppendUtf8(c, &out);
  }
  starts->push_back(out.size());
  return out;
}

// Whether the page's words stand apart in columns the way table cells do:
// at least two lines with a gap of an em or more between neighbouring runs.
// Rendering for ruling lines costs an order of magnitude more than reading
// the text layer, so prose pages skip it.
bool LooksTabular(const std::vector<Word>& words) {
  std::vector<const Word*> by_y;
  for (const Word& w : words) by_y.push_back(&w);
  std::sort(by_y.begin(), by_y.end(), [](const Word* a, const Word* b) {
    return a->box.cy() < b->box.cy();
  });
  int gappy_lines = 0;
  for (size_t i = 0; i < by_y.size();) {
    size_t j = i + 1;
    double h = by_y[i]->box.height();
    while (j < by_y.size() &&
           by_y[j]->box.cy() - by_y[i]->box.cy() < 0.5 * std::max(h, 1.0)) {
      ++j;
    }
    std::vector<const Word*> line(by_y.begin() + long(i),
                                  by_y.begin() + long(j));
    std::sort(line.begin(), line.end(), [](const Word* a, const Word* b) {
      return a->box.x0 < b->box.x0;
    });
    for (size_t k = 1; k < line.size(); ++k) {
      double em = std::max(line[k]->box.height(), 1.0);
      if (line[k]->box.x0 - line[k - 1]->box.x1 >= em) {
        ++gappy_lines;
        break;
      }
    }
    if (gappy_lines >= 2) return true;
    i = j;
  }
  return false;
}

Box ToBox(const poppler::rectf& r) {
  return {r.left(), r.top(), r.right(), r.bottom()};
}

class PopplerDocument : public PdfDocument {
 public:
  PopplerDocument(std::string bytes, std::unique_ptr<poppler::document> doc,
                  const Options& options)
      : bytes_(std::move(bytes)), doc_(std::move(doc)), options_(options) {}

  int page_count() const override { return doc_->pages(); }

  StatusOr<PageContent> ReadPage(int page_no) override {
    if (page_no < 1 || page_no > page_count()) {
      return InvalidArgument("page " + std::to_string(page_no) +
                             " out of range 1.." +
                             std::to_string(page_count()));
    }
    std::unique_ptr<poppler::page> page(doc_->create_page(page_no - 1));
    if (!page) {
      return Corrupt("page " + std::to_string(page_no) + " cannot be read");
    }
    PageContent out;
    out.page_no = page_no;
    poppler::rectf rect = page->page_rect(poppler::media_box);
    out.width = rect.width();
    out.height = rect.height();
    for (const poppler::text_box& tb :
         page->text_list(poppler::page::text_list_include_font)) {
      AppendRuns(tb, &out.words);
    }
    if (options_.detect_rules &&
        (options_.render_all_pages || LooksTabular(out.words))) {
      poppler::page_renderer renderer;
      renderer.set_image_format(poppler::image::format_gray8);
      poppler::image img = renderer.render_page(page.get(), options_.rule_dpi,
                                                options_.rule_dpi);
      if (img.is_valid()) {
        out.rules =
            FindRules(reinterpret_cast<const unsigned char*>(img.const_data()),
                      img.width(), img.height(), img.bytes_per_row(),
                      options_.rule_dpi, options_.min_rule_length);
      }
    }
    return out;
  }

 private:
  // Splits one Poppler word into same-script runs with their own boxes.
  static void AppendRuns(const poppler::text_box& tb, std::vector<Word>* out) {
    std::vector<size_t> starts;
    std::string text = Utf16ToUtf8(tb.text(), &starts);
    size_t n = starts.size() - 1;  // characters
    if (n == 0) return;
    double size = tb.get_font_size();
    size_t run_start = 0;
    int run_class = -1;
    auto flush = [&](size_t end, bool last) {
      if (end <= run_start) return;
      Word w;
      w.text = text.substr(starts[run_start], starts[end] - starts[run_start]);
      for (size_t i = run_start; i < end; ++i) {
        w.box = w.box.Union(ToBox(tb.char_bbox(i)));
      }
      if (w.box.empty()) w.box = ToBox(tb.bbox());
      w.font_size = size;
      w.space_after = last && tb.has_space_after();
      out->push_back(std::move(w));
    };
    for (size_t i = 0; i < n; ++i) {
      size_t pos = starts[i];
      int cls = ScriptClass(DecodeUtf8(text, &pos));
      if (run_class >= 0 && cls != run_class) {
        flush(i, false);
        run_start = i;
      }
      run_class = cls;
    }
    flush(n, true);
  }

  std::string bytes_;  // Poppler reads from this buffer; must outlive doc_
  std::unique_ptr<poppler::document> doc_;
  Options options_;
};

}  // namespace

StatusOr<std::unique_ptr<PdfDocument>> Open(std::string bytes,
                                            const Options& options) {
  SilencePoppler();
  if (bytes.empty()) return Corrupt("empty file");
  if (bytes.size() > size_t(INT32_MAX)) {
    return Unsupported("PDF larger than 2 GiB");
  }
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      bytes.data(), int(bytes.size()), options.password, options.password));
  if (!doc) {
    return Corrupt(
        "not a readable PDF: Poppler could not parse it (truncated or "
        "damaged)");
  }
  if (doc->is_locked()) {
    return PermissionDenied(
        options.password.empty()
            ? "encrypted PDF: a password is required to open it"
            : "encrypted PDF: the given password does not open it");
  }
  if (doc->pages() <= 0) return Corrupt("PDF has no pages");
  return std::unique_ptr<PdfDocument>(
      new PopplerDocument(std::move(bytes), std::move(doc), options));
}

std::vector<Rule> FindRules(const unsigned char* px, int width, int height,
                            int stride, double dpi, double min_length_pt) {
  const double scale = 72.0 / dpi;
  const int min_px = std::max(2, int(min_length_pt / scale));
  auto dark = [&](int x, int y) { return px[size_t(y) * stride + x] < 128; };
  std::vector<Rule> rules;
  // Horizontal: dark runs along rows; a rule one or two pixels thick shows
  // as runs on adjacent rows, merged here by extending the previous rule.
  struct Seg {
    int a, b, lo, hi;
  };  // run [a,b) along, rows/cols [lo,hi]
  auto scan = [&](bool horizontal) {
    std::vector<Seg> open, done;
    int outer = horizontal ? height : width;
    int inner = horizontal ? width : height;
    for (int o = 0; o < outer; ++o) {
      std::vector<Seg> next;
      int i = 0;
      while (i < inner) {
        while (i < inner && !(horizontal ? dark(i, o) : dark(o, i))) ++i;
        int a = i;
        while (i < inner && (horizontal ? dark(i, o) : dark(o, i))) ++i;
        if (i - a < min_px) continue;
        Seg s{a, i, o, o};
        for (auto it = open.begin(); it != open.end(); ++it) {
          if (it->hi == o - 1 && std::abs(it->a - a) <= 2 &&
              std::abs(it->b - i) <= 2) {
            s.a = std::min(a, it->a);
            s.b = std::max(i, it->b);
            s.lo = it->lo;
            open.erase(it);
            break;
          }
        }
        next.push_back(s);
      }
      for (const Seg& s : open) done.push_back(s);
      open = std::move(next);
    }
    for (const Seg& s : open) done.push_back(s);
    for (const Seg& s : done) {
      // A filled block (thick in both directions) is not a rule.
      if (s.hi - s.lo + 1 > 4) continue;
      Rule r;
      if (horizontal) {
        r.box = {s.a * scale, s.lo * scale, s.b * scale, (s.hi + 1) * scale};
      } else {
        r.box = {s.lo * scale, s.a * scale, (s.hi + 1) * scale, s.b * scale};
      }
      rules.push_back(r);
    }
  };
  scan(true);
  scan(false);
  return rules;
}

}  // namespace tally::pdf
