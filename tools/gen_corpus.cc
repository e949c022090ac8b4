// tools/gen_corpus.cc: prints seed reports as born-digital PDFs.
//
//   gen_corpus --out DIR SEED.txt...
//
// writes DIR/<seed stem>.pdf for each seed (corpus/pdf/ holds the committed
// copies; `cmake --build BUILD --target corpus_pdfs` regenerates them into
// BUILD/corpus/pdf). The PDFs look like the reports tally reads: A4, 72 pt
// margins, Noto Serif CJK SC, a centred bold title, one paragraph per seed
// line (wrapped by Pango, first line indented two characters), a running
// header with a short title on pages 2+, a "— N —" page number on every
// page, and the seed's tab-separated table as a ruled table with wrapped
// cells and merged cells on landscape page(s); a merged cell's text sits in
// its first row and column, so reading the ruled grid row by row gives back
// the seed's tab-separated rows. The text layer reproduces
// SeedToPlain(seed) (tools/seed_text.h), which is what eval_cer compares the
// ingested text against.
//
// Output is deterministic: the same seeds, fonts and cairo/pango versions
// give byte-identical files (the creation date is fixed; nothing else in
// cairo's output depends on time or chance). tests/tools/gen_corpus_test.cc
// holds the committed PDFs to that.
//
// Exit status: 0 all written, 1 a seed failed (e.g. missing font or glyph),
// 2 usage error.
#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "base/status.h"
#include "base/utf8.h"
#include "tools/seed_text.h"

namespace tally::tools {
namespace {

// Geometry in PDF points.
constexpr double kA4Short = 595.276;
constexpr double kA4Long = 841.89;
constexpr double kMargin = 72;          // all four sides of the text block
constexpr double kHeaderBaseline = 36;  // from the top edge
constexpr double kFooterBaseline = 40;  // above the bottom edge

constexpr const char* kFontFamily = "Noto Serif CJK SC";
constexpr double kBodySize = 12;
constexpr double kTitleSize = 18;
constexpr double kHeadingSize = 14;  // markdown levels 1 and 2
constexpr double kCaptionSize = 14;
constexpr double kHeaderSize = 9;
constexpr double kFooterSize = 10.5;
constexpr double kTableSize = 9;
constexpr double kParagraphSpacing = 6;

constexpr double kRuleWidth = 0.75;
constexpr double kCellPadX = 3;
constexpr double kCellPadY = 3;
constexpr double kMinColumn = 18;
// Han text may break between any two characters, but a column narrower
// than four of them reads like a vertical inscription.
constexpr double kMinCjkRun = 4 * kTableSize;
// Vertical merges are only inferred in the leading label columns, where
// the seed's empty cells stand for a merged cell above (一级指标 etc.).
constexpr int kMergeColumns = 2;

// The creation date every PDF carries, so reruns are byte-identical.
constexpr const char* kFixedDate = "2024-01-01T00:00:00Z";

struct GObjectDeleter {
  void operator()(void* p) const { g_object_unref(p); }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectDeleter>;

struct FontDescDeleter {
  void operator()(PangoFontDescription* d) const {
    pango_font_description_free(d);
  }
};
using FontDescPtr = std::unique_ptr<PangoFontDescription, FontDescDeleter>;

double FromPango(int v) { return static_cast<double>(v) / PANGO_SCALE; }
int ToPango(double v) { return static_cast<int>(std::lround(v * PANGO_SCALE)); }

// ---------------------------------------------------------------------------
// What to print: the seed's lines grouped into typographic blocks.

enum class BlockKind { kTitle, kHeading, kBody, kSignature, kCaption, kTable };

struct Block {
  BlockKind kind = BlockKind::kBody;
  std::string text;               // all but kTable
  int level = 0;                  // kHeading
  std::vector<std::string> rows;  // kTable: tab-separated rows
};

// The issuing bureau: the first run of Han characters ending in 局 near the
// top ("部门名称：乐昌市医疗保障局", "# 承德市医疗保障局 2019 年度…").
std::string FindBureau(const std::vector<SeedLine>& lines) {
  static constexpr char32_t kJu = U'局';
  for (size_t k = 0; k < lines.size() && k < 6; ++k) {
    std::string_view s = lines[k].text;
    size_t i = 0, run_start = 0, run_len = 0;
    while (i <= s.size()) {
      size_t at = i;
      char32_t c = i < s.size() ? DecodeUtf8(s, &i) : 0;
      if (i == at) ++i;  // end of string
      if (c != 0 && IsHan(c)) {
        if (run_len == 0) run_start = at;
        ++run_len;
        continue;
      }
      if (run_len >= 4 && run_len <= 15) {
        std::string_view run = s.substr(run_start, at - run_start);
        size_t last = run.size() - 3;  // 局 is 3 bytes in UTF-8
        size_t p = last;
        if (DecodeUtf8(run, &p) == kJu) return std::string(run);
      }
      run_len = 0;
    }
  }
  return "";
}

// "2021年2月12日", "2023 年 1 月 30 日".
bool IsDateLine(std::string_view s) {
  std::string t;
  for (char c : s) {
    if (c != ' ') t.push_back(c);
  }
  auto digits = [&](size_t* pos, size_t min, size_t max) {
    size_t n = 0;
    while (*pos < t.size() && t[*pos] >= '0' && t[*pos] <= '9') ++*pos, ++n;
    return n >= min && n <= max;
  };
  auto word = [&](size_t* pos, std::string_view w) {
    if (t.compare(*pos, w.size(), w) != 0) return false;
    *pos += w.size();
    return true;
  };
  size_t p = 0;
  return digits(&p, 4, 4) && word(&p, "年") && digits(&p, 1, 2) &&
         word(&p, "月") && digits(&p, 1, 2) && word(&p, "日") && p == t.size();
}

bool StartsWithSectionNumber(std::string_view s) {
  for (std::string_view m : {"一、", "二、", "三、", "（一）", "(一)"}) {
    if (s.starts_with(m)) return true;
  }
  return false;
}

std::vector<Block> PlanBlocks(const std::vector<SeedLine>& lines) {
  std::vector<Block> blocks;
  // The title block: the leading short lines up to the one naming the
  // report ("…自评报告"), e.g. bureau + title, or a title broken in two.
  size_t title_end = 0;
  for (size_t k = 0; k < lines.size() && k < 3; ++k) {
    const SeedLine& l = lines[k];
    if (l.table || CodePoints(l.text) > 40 || StartsWithSectionNumber(l.text)) {
      break;
    }
    if (l.text.find("报告") != std::string::npos) {
      title_end = k + 1;
      break;
    }
  }
  for (size_t k = 0; k < lines.size(); ++k) {
    const SeedLine& l = lines[k];
    if (l.table) {
      if (blocks.empty() || blocks.back().kind != BlockKind::kTable) {
        // A short line naming the table just before it is its caption and
        // moves with it to the table's page.
        if (!blocks.empty() && blocks.back().kind == BlockKind::kBody &&
            CodePoints(blocks.back().text) <= 40 &&
            blocks.back().text.find("表") != std::string::npos) {
          blocks.back().kind = BlockKind::kCaption;
        }
        blocks.push_back(Block{BlockKind::kTable, "", 0, {}});
      }
      blocks.back().rows.push_back(l.text);
      continue;
    }
    Block b;
    b.text = l.text;
    b.level = l.heading_level;
    b.kind = k < title_end         ? BlockKind::kTitle
             : l.heading_level > 0 ? BlockKind::kHeading
                                   : BlockKind::kBody;
    blocks.push_back(std::move(b));
  }
  // A closing "bureau / date" pair is the signature, set flush right.
  size_t n = blocks.size();
  if (n >= 2 && blocks[n - 1].kind == BlockKind::kBody &&
      IsDateLine(blocks[n - 1].text) &&
      blocks[n - 2].kind == BlockKind::kBody &&
      CodePoints(blocks[n - 2].text) <= 20) {
    blocks[n - 1].kind = blocks[n - 2].kind = BlockKind::kSignature;
  }
  return blocks;
}

// ---------------------------------------------------------------------------
// Rendering.

struct Style {
  double size = kBodySize;
  bool bold = false;
  PangoAlignment align = PANGO_ALIGN_LEFT;
  double indent = 0;        // first line, points
  double space_before = 0;  // skipped at the top of a page
};

class Renderer {
 public:
  // header: the running header of pages 2+; title: PDF metadata.
  static StatusOr<std::unique_ptr<Renderer>> Create(std::string header,
                                                    const std::string& title);
  ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  Status Paragraph(const std::string& text, const Style& style);
  // Starts a landscape page with the caption (if any) and prints the table,
  // continuing on further landscape pages when it does not fit.
  Status Table(const std::string& caption,
               const std::vector<std::string>& rows);
  // Closes the document and returns the PDF bytes.
  StatusOr<std::string> Finish();

 private:
  Renderer() = default;
  static cairo_status_t Write(void* closure, const unsigned char* data,
                              unsigned int length);

  void StartPage(bool landscape);
  double PageWidth() const { return landscape_ ? kA4Long : kA4Short; }
  double PageHeight() const { return landscape_ ? kA4Short : kA4Long; }
  double TextWidth() const { return PageWidth() - 2 * kMargin; }
  double Bottom() const { return PageHeight() - kMargin; }

  // A layout of text in our font; width <= 0 means unwrapped.
  StatusOr<GPtr<PangoLayout>> MakeLayout(std::string_view text, double size,
                                         bool bold, double width,
                                         PangoAlignment align, double indent);
  // Draws layout with its top-left at (x, y).
  void DrawLayout(PangoLayout* layout, double x, double y);
  Status DrawCentered(std::string_view text, double size, double baseline);
  Status CheckFont(bool bold);

  std::string bytes_;
  std::string header_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PangoContext* context_ = nullptr;
  int page_no_ = 0;
  bool landscape_ = false;
  double y_ = 0;            // top of free space on the page
  bool page_fresh_ = true;  // nothing in the text block yet
  Status draw_status_;      // first failure while drawing headers/footers
};

StatusOr<std::unique_ptr<Renderer>> Renderer::Create(std::string header,
                                                     const std::string& title) {
  std::unique_ptr<Renderer> r(new Renderer());
  r->header_ = std::move(header);
  r->surface_ = cairo_pdf_surface_create_for_stream(&Renderer::Write, r.get(),
                                                    kA4Short, kA4Long);
  if (cairo_surface_status(r->surface_) != CAIRO_STATUS_SUCCESS) {
    return Internal("cairo: cannot create a PDF surface");
  }
  cairo_pdf_surface_restrict_to_version(r->surface_, CAIRO_PDF_VERSION_1_5);
  // Without a fixed date cairo stamps the current time into /CreationDate,
  // the only thing that would make two runs differ.
  cairo_pdf_surface_set_metadata(r->surface_, CAIRO_PDF_METADATA_CREATE_DATE,
                                 kFixedDate);
  cairo_pdf_surface_set_metadata(r->surface_, CAIRO_PDF_METADATA_MOD_DATE,
                                 kFixedDate);
  cairo_pdf_surface_set_metadata(r->surface_, CAIRO_PDF_METADATA_TITLE,
                                 title.c_str());
  cairo_pdf_surface_set_metadata(r->surface_, CAIRO_PDF_METADATA_CREATOR,
                                 "tally gen_corpus");
  r->cr_ = cairo_create(r->surface_);

  r->context_ = pango_cairo_create_context(r->cr_);
  // Points are our user units: 72 "dpi" makes a 12 pt font 12 units tall.
  pango_cairo_context_set_resolution(r->context_, 72);
  // Unhinted, unrounded metrics: the layout then depends only on the font
  // file, not on a device grid, and glyphs sit where the font puts them.
  cairo_font_options_t* fo = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(r->context_, fo);
  cairo_font_options_destroy(fo);
  pango_context_set_round_glyph_positions(r->context_, FALSE);
  // Simplified-Chinese glyph forms and line-breaking rules.
  pango_context_set_language(r->context_, pango_language_from_string("zh-cn"));

  TALLY_RETURN_IF_ERROR(r->CheckFont(false));
  TALLY_RETURN_IF_ERROR(r->CheckFont(true));
  r->StartPage(false);
  TALLY_RETURN_IF_ERROR(r->draw_status_);
  return r;
}

Renderer::~Renderer() {
  if (context_ != nullptr) g_object_unref(context_);
  if (cr_ != nullptr) cairo_destroy(cr_);
  if (surface_ != nullptr) cairo_surface_destroy(surface_);
}

cairo_status_t Renderer::Write(void* closure, const unsigned char* data,
                               unsigned int length) {
  static_cast<Renderer*>(closure)->bytes_.append(
      reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Fontconfig silently substitutes a missing family; a corpus printed in a
// fallback font would differ from the committed one, so refuse instead.
Status Renderer::CheckFont(bool bold) {
  FontDescPtr desc(pango_font_description_new());
  pango_font_description_set_family(desc.get(), kFontFamily);
  pango_font_description_set_size(desc.get(), ToPango(kBodySize));
  pango_font_description_set_weight(
      desc.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  GPtr<PangoFont> font(pango_context_load_font(context_, desc.get()));
  if (font == nullptr) {
    return NotFound(std::string("font not found: ") + kFontFamily);
  }
  FontDescPtr got(pango_font_describe(font.get()));
  const char* family = pango_font_description_get_family(got.get());
  if (family == nullptr || std::string_view(family) != kFontFamily) {
    return NotFound(std::string("font ") + kFontFamily +
                    " is not installed (fontconfig gave " +
                    (family ? family : "nothing") +
                    "); install fonts-noto-cjk");
  }
  if (bold &&
      pango_font_description_get_weight(got.get()) < PANGO_WEIGHT_BOLD) {
    return NotFound(std::string("bold face of ") + kFontFamily +
                    " is not installed");
  }
  return Status::OK();
}

StatusOr<GPtr<PangoLayout>> Renderer::MakeLayout(std::string_view text,
                                                 double size, bool bold,
                                                 double width,
                                                 PangoAlignment align,
                                                 double indent) {
  GPtr<PangoLayout> layout(pango_layout_new(context_));
  FontDescPtr desc(pango_font_description_new());
  pango_font_description_set_family(desc.get(), kFontFamily);
  pango_font_description_set_size(desc.get(), ToPango(size));
  pango_font_description_set_weight(
      desc.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout.get(), desc.get());
  // Pango hyphenates words broken by WRAP_WORD_CHAR; a hyphen would be a
  // character the seed does not have.
  PangoAttrList* attrs = pango_attr_list_new();
  pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
  pango_layout_set_attributes(layout.get(), attrs);
  pango_attr_list_unref(attrs);
  pango_layout_set_text(layout.get(), text.data(),
                        static_cast<int>(text.size()));
  if (width > 0) {
    pango_layout_set_width(layout.get(), ToPango(width));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  }
  pango_layout_set_alignment(layout.get(), align);
  pango_layout_set_indent(layout.get(), ToPango(indent));
  // Tofu would print as a box and extract as nothing: fail loudly.
  if (int unknown = pango_layout_get_unknown_glyphs_count(layout.get());
      unknown > 0) {
    return NotFound("no glyph for " + std::to_string(unknown) +
                    " character(s) in: " + std::string(text.substr(0, 80)));
  }
  return layout;
}

void Renderer::DrawLayout(PangoLayout* layout, double x, double y) {
  cairo_move_to(cr_, x, y);
  pango_cairo_show_layout(cr_, layout);
}

Status Renderer::DrawCentered(std::string_view text, double size,
                              double baseline) {
  StatusOr<GPtr<PangoLayout>> layout =
      MakeLayout(text, size, false, -1, PANGO_ALIGN_LEFT, 0);
  if (!layout.ok()) return layout.status();
  PangoRectangle logical;
  pango_layout_get_extents(layout->get(), nullptr, &logical);
  double w = FromPango(logical.width);
  double base = FromPango(pango_layout_get_baseline(layout->get()));
  DrawLayout(layout->get(), (PageWidth() - w) / 2, baseline - base);
  return Status::OK();
}

void Renderer::StartPage(bool landscape) {
  if (page_no_ > 0) cairo_show_page(cr_);
  landscape_ = landscape;
  // Must precede any drawing on the new page.
  cairo_pdf_surface_set_size(surface_, PageWidth(), PageHeight());
  ++page_no_;
  y_ = kMargin;
  page_fresh_ = true;
  Status s;
  if (page_no_ >= 2 && !header_.empty()) {
    s = DrawCentered(header_, kHeaderSize, kHeaderBaseline);
  }
  if (s.ok()) {
    s = DrawCentered("— " + std::to_string(page_no_) + " —", kFooterSize,
                     PageHeight() - kFooterBaseline);
  }
  if (!s.ok() && draw_status_.ok()) draw_status_ = s;
}

Status Renderer::Paragraph(const std::string& text, const Style& style) {
  StatusOr<GPtr<PangoLayout>> made = MakeLayout(
      text, style.size, style.bold, TextWidth(), style.align, style.indent);
  if (!made.ok()) return made.status();
  PangoLayout* layout = made->get();

  // Lines are placed one by one so a paragraph can break across pages at
  // any line boundary; shift maps layout y to page y for the current page.
  double shift = y_ + (page_fresh_ ? 0 : style.space_before);
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    double top = FromPango(logical.y);
    double height = FromPango(logical.height);
    if (shift + top + height > Bottom() && !page_fresh_) {
      StartPage(landscape_);
      shift = y_ - top;
    }
    double baseline = FromPango(pango_layout_iter_get_baseline(iter));
    cairo_move_to(cr_, kMargin + FromPango(logical.x), shift + baseline);
    pango_cairo_show_layout_line(cr_,
                                 pango_layout_iter_get_line_readonly(iter));
    y_ = shift + top + height;
    page_fresh_ = false;
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return draw_status_;
}

// One cell of the printed table: a rectangle of grid positions.
struct TableCell {
  std::string text;
  int row = 0, col = 0, rowspan = 1, colspan = 1;
  GPtr<PangoLayout> layout;  // null for an empty cell
  double text_height = 0;
};

Status Renderer::Table(const std::string& caption,
                       const std::vector<std::string>& rows) {
  StartPage(true);
  if (!caption.empty()) {
    Style s;
    s.size = kCaptionSize;
    s.bold = true;
    s.align = PANGO_ALIGN_CENTER;
    TALLY_RETURN_IF_ERROR(Paragraph(caption, s));
    y_ += 8;
  }

  // The grid: rows of cells, padded to the widest row.
  std::vector<std::vector<std::string>> grid;
  size_t ncols = 0;
  for (const std::string& row : rows) {
    std::vector<std::string> cells;
    size_t pos = 0;
    while (true) {
      size_t tab = row.find('\t', pos);
      cells.push_back(row.substr(
          pos, tab == std::string::npos ? std::string::npos : tab - pos));
      if (tab == std::string::npos) break;
      pos = tab + 1;
    }
    ncols = std::max(ncols, cells.size());
    grid.push_back(std::move(cells));
  }
  for (auto& cells : grid) cells.resize(ncols);
  const int nrows = static_cast<int>(grid.size());
  const int nc = static_cast<int>(ncols);
  if (nrows == 0 || nc == 0) return Status::OK();

  // Which cells a printed cell covers. An empty label cell below a filled
  // one continues it (vertical merge), but only inside the block of the
  // label to its left; a row that is just a label and one value ("项目名称
  // | 医疗服务和保障能力提升") lets the value span the rest of the row.
  std::vector<TableCell> cells;
  std::vector<std::vector<int>> owner(nrows, std::vector<int>(nc, -1));
  std::vector<std::vector<bool>> continues(nrows, std::vector<bool>(nc));
  for (int r = 0; r < nrows; ++r) {
    int last = -1;
    for (int c = 0; c < nc; ++c) {
      if (!grid[r][c].empty()) last = c;
    }
    int span_from = -1;
    if (last >= 0 && last <= 1 && last < nc - 1 && !grid[r][0].empty() &&
        !grid[r][last].empty()) {
      span_from = last;
    }
    for (int c = 0; c < nc; ++c) {
      if (r > 0 && c < kMergeColumns && grid[r][c].empty() &&
          (c == 0 || continues[r][c - 1])) {
        int above = owner[r - 1][c];
        TableCell& a = cells[above];
        if ((!a.text.empty() || continues[r - 1][c]) && a.colspan == 1) {
          continues[r][c] = true;
          owner[r][c] = above;
          a.rowspan = r - a.row + 1;
          continue;
        }
      }
      if (span_from >= 0 && c > span_from) {
        int left = owner[r][span_from];
        owner[r][c] = left;
        cells[left].colspan = c - span_from + 1;
        continue;
      }
      TableCell cell;
      cell.text = grid[r][c];
      cell.row = r;
      cell.col = c;
      owner[r][c] = static_cast<int>(cells.size());
      cells.push_back(std::move(cell));
    }
  }

  // Column widths from content, as a browser's automatic table layout:
  // every column gets its minimum, the rest of the width goes to columns in
  // proportion to how much more their text would like.
  std::vector<double> natural(nc, 2 * kCellPadX), minimum(nc, 2 * kCellPadX);
  for (const TableCell& cell : cells) {
    if (cell.text.empty() || cell.colspan != 1) continue;
    StatusOr<GPtr<PangoLayout>> m =
        MakeLayout(cell.text, kTableSize, false, -1, PANGO_ALIGN_LEFT, 0);
    if (!m.ok()) return m.status();
    PangoRectangle logical;
    pango_layout_get_extents(m->get(), nullptr, &logical);
    double nat = FromPango(logical.width) + 2 * kCellPadX;
    // The widest run of Latin letters and digits cannot break.
    double widest_run = 0;
    std::string_view t = cell.text;
    size_t i = 0;
    while (i < t.size()) {
      size_t start = i;
      while (i < t.size() && static_cast<unsigned char>(t[i]) < 0x80 &&
             t[i] != ' ') {
        ++i;
      }
      if (i > start) {
        StatusOr<GPtr<PangoLayout>> run =
            MakeLayout(t.substr(start, i - start), kTableSize, false, -1,
                       PANGO_ALIGN_LEFT, 0);
        if (!run.ok()) return run.status();
        PangoRectangle rl;
        pango_layout_get_extents(run->get(), nullptr, &rl);
        widest_run = std::max(widest_run, FromPango(rl.width));
      } else {
        DecodeUtf8(t, &i);
      }
    }
    double min =
        std::min(nat, std::max(kMinCjkRun, widest_run) + 2 * kCellPadX);
    natural[cell.col] = std::max(natural[cell.col], nat);
    minimum[cell.col] = std::max(minimum[cell.col], min);
  }
  double sum_nat = 0, sum_min = 0, sum_extra = 0;
  for (int c = 0; c < nc; ++c) {
    minimum[c] = std::max(minimum[c], kMinColumn);
    natural[c] = std::max(natural[c], minimum[c]);
    sum_nat += natural[c];
    sum_min += minimum[c];
    sum_extra += natural[c] - minimum[c];
  }
  const double avail = TextWidth();
  std::vector<double> width(nc);
  for (int c = 0; c < nc; ++c) {
    if (sum_nat <= avail) {
      width[c] = natural[c] * avail / sum_nat;
    } else if (sum_min >= avail || sum_extra <= 0) {
      width[c] = minimum[c] * avail / sum_min;
    } else {
      width[c] = minimum[c] +
                 (avail - sum_min) * (natural[c] - minimum[c]) / sum_extra;
    }
  }
  std::vector<double> col_x(nc + 1, kMargin);
  for (int c = 0; c < nc; ++c) col_x[c + 1] = col_x[c] + width[c];

  // Cell layouts and row heights.
  const double min_row = kTableSize * 1.5 + 2 * kCellPadY;
  std::vector<double> height(nrows, min_row);
  for (TableCell& cell : cells) {
    if (cell.text.empty()) continue;
    double w = col_x[cell.col + cell.colspan] - col_x[cell.col] - 2 * kCellPadX;
    StatusOr<GPtr<PangoLayout>> m =
        MakeLayout(cell.text, kTableSize, false, -1, PANGO_ALIGN_LEFT, 0);
    if (!m.ok()) return m.status();
    PangoRectangle logical;
    pango_layout_get_extents(m->get(), nullptr, &logical);
    // Short labels and values are centred as in a printed form; text that
    // has to wrap reads better flush left. A cell spanning columns starts
    // flush left too, inside its first column, so that a reader placing
    // text by position puts it in the column the seed has it in.
    PangoAlignment align = FromPango(logical.width) <= w && cell.colspan == 1
                               ? PANGO_ALIGN_CENTER
                               : PANGO_ALIGN_LEFT;
    StatusOr<GPtr<PangoLayout>> l =
        MakeLayout(cell.text, kTableSize, false, w, align, 0);
    if (!l.ok()) return l.status();
    cell.layout = std::move(*l);
    pango_layout_get_extents(cell.layout.get(), nullptr, &logical);
    cell.text_height = FromPango(logical.height);
    // A merged cell's text sits in its first row (see draw_segment), so
    // that row must hold it.
    height[cell.row] =
        std::max(height[cell.row], cell.text_height + 2 * kCellPadY);
  }

  // Rows go onto pages until one does not fit; nothing is repeated on a
  // continuation page, and a merged cell split by the break is closed at
  // the bottom of one page and reopened (empty) at the top of the next.
  cairo_set_line_width(cr_, kRuleWidth);
  cairo_set_line_cap(cr_, CAIRO_LINE_CAP_SQUARE);
  std::vector<double> row_y(nrows);
  auto draw_segment = [&](int a, int b) {
    // Text, row by row and left to right: the content stream order a
    // simple extractor follows.
    for (int r = a; r < b; ++r) {
      for (int c = 0; c < nc; ++c) {
        const TableCell& cell = cells[owner[r][c]];
        if (cell.row != r || cell.col != c || cell.layout == nullptr) continue;
        // Centred in the cell's first row, even when merged down: a printed
        // form would centre it in the whole cell, but then a reader that
        // assigns text to rows by position would move a merged label into
        // a later row, and the rows would no longer be the seed's.
        double y = row_y[r] + (height[r] - cell.text_height) / 2;
        DrawLayout(cell.layout.get(), col_x[c] + kCellPadX, y);
      }
    }
    // Rules, each drawn once: horizontal ones where the cells above and
    // below differ, vertical ones where the cells left and right differ,
    // joined into the longest straight runs.
    for (int k = a; k <= b; ++k) {
      double y = k < b ? row_y[k] : row_y[b - 1] + height[b - 1];
      int run_start = -1;
      for (int c = 0; c <= nc; ++c) {
        bool rule =
            c < nc && (k == a || k == b || owner[k - 1][c] != owner[k][c]);
        if (rule && run_start < 0) run_start = c;
        if (!rule && run_start >= 0) {
          cairo_move_to(cr_, col_x[run_start], y);
          cairo_line_to(cr_, col_x[c], y);
          run_start = -1;
        }
      }
    }
    for (int k = 0; k <= nc; ++k) {
      int run_start = -1;
      for (int r = a; r <= b; ++r) {
        bool rule =
            r < b && (k == 0 || k == nc || owner[r][k - 1] != owner[r][k]);
        if (rule && run_start < 0) run_start = r;
        if (!rule && run_start >= 0) {
          cairo_move_to(cr_, col_x[k], row_y[run_start]);
          cairo_line_to(cr_, col_x[k], row_y[r - 1] + height[r - 1]);
          run_start = -1;
        }
      }
    }
    cairo_stroke(cr_);
  };
  int seg_start = 0;
  double y = y_;
  for (int r = 0; r < nrows; ++r) {
    if (y + height[r] > Bottom() && r > seg_start) {
      draw_segment(seg_start, r);
      StartPage(true);
      seg_start = r;
      y = y_;
    }
    row_y[r] = y;
    y += height[r];
  }
  draw_segment(seg_start, nrows);
  y_ = y;
  page_fresh_ = false;
  return draw_status_;
}

StatusOr<std::string> Renderer::Finish() {
  TALLY_RETURN_IF_ERROR(draw_status_);
  g_object_unref(context_);
  context_ = nullptr;
  cairo_destroy(cr_);
  cr_ = nullptr;
  cairo_surface_finish(surface_);
  cairo_status_t st = cairo_surface_status(surface_);
  cairo_surface_destroy(surface_);
  surface_ = nullptr;
  if (st != CAIRO_STATUS_SUCCESS) {
    return Internal(std::string("cairo: ") + cairo_status_to_string(st));
  }
  return std::move(bytes_);
}

// ---------------------------------------------------------------------------

StatusOr<std::string> RenderSeed(std::string_view seed) {
  std::vector<SeedLine> lines = ParseSeed(seed);
  std::vector<Block> blocks = PlanBlocks(lines);
  std::string bureau = FindBureau(lines);
  std::string header = bureau + "绩效自评报告";
  std::string title;
  for (const Block& b : blocks) {
    if (b.kind != BlockKind::kTitle) continue;
    if (!title.empty()) title += " ";
    title += b.text;
  }
  if (title.empty()) title = header;

  StatusOr<std::unique_ptr<Renderer>> made = Renderer::Create(header, title);
  if (!made.ok()) return made.status();
  Renderer& r = **made;
  const Block* prev = nullptr;
  for (size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    Style s;
    switch (b.kind) {
      case BlockKind::kTitle:
        s.size = kTitleSize;
        s.bold = true;
        s.align = PANGO_ALIGN_CENTER;
        s.space_before = 4;
        break;
      case BlockKind::kHeading:
        s.size = b.level <= 2 ? kHeadingSize : kBodySize;
        s.bold = true;
        s.space_before = 10;
        break;
      case BlockKind::kBody:
        // Chinese paragraphs open with a two-character indent.
        s.indent = 2 * kBodySize;
        s.space_before = kParagraphSpacing;
        break;
      case BlockKind::kSignature:
        s.align = PANGO_ALIGN_RIGHT;
        s.space_before = prev && prev->kind == BlockKind::kSignature ? 4 : 24;
        break;
      case BlockKind::kCaption:
        prev = &b;
        continue;  // printed by the table that follows
      case BlockKind::kTable: {
        std::string caption =
            prev && prev->kind == BlockKind::kCaption ? prev->text : "";
        TALLY_RETURN_IF_ERROR(r.Table(caption, b.rows));
        prev = &b;
        continue;
      }
    }
    if (prev != nullptr && prev->kind == BlockKind::kTitle &&
        b.kind != BlockKind::kTitle) {
      s.space_before += 18;  // air below the title
    }
    TALLY_RETURN_IF_ERROR(r.Paragraph(b.text, s));
    prev = &b;
  }
  return r.Finish();
}

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return IOError("cannot read " + path);
  return ss.str();
}

Status WriteFileAtomically(const std::filesystem::path& path,
                           const std::string& bytes) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return IOError("cannot write " + tmp.string());
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return IOError("cannot write " + tmp.string());
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec)
    return IOError("cannot rename to " + path.string() + ": " + ec.message());
  return Status::OK();
}

int Usage() {
  std::fprintf(stderr, "usage: gen_corpus --out DIR SEED.txt...\n");
  return 2;
}

int Main(int argc, char** argv) {
  std::string out_dir;
  std::vector<std::string> seeds;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--out") {
      if (++i == argc) return Usage();
      out_dir = argv[i];
    } else if (a.starts_with("--out=")) {
      out_dir = std::string(a.substr(6));
    } else if (a == "-h" || a == "--help") {
      Usage();
      return 0;
    } else if (a.starts_with("-")) {
      std::fprintf(stderr, "gen_corpus: unknown flag %s\n", argv[i]);
      return Usage();
    } else {
      seeds.emplace_back(a);
    }
  }
  if (out_dir.empty() || seeds.empty()) return Usage();
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    std::fprintf(stderr, "gen_corpus: cannot create %s: %s\n", out_dir.c_str(),
                 ec.message().c_str());
    return 1;
  }
  int failed = 0;
  for (const std::string& seed_path : seeds) {
    std::filesystem::path out = std::filesystem::path(out_dir) /
                                std::filesystem::path(seed_path).stem();
    out += ".pdf";
    StatusOr<std::string> seed = ReadFile(seed_path);
    StatusOr<std::string> pdf =
        seed.ok() ? RenderSeed(*seed) : StatusOr<std::string>(seed.status());
    Status s = pdf.ok() ? WriteFileAtomically(out, *pdf) : pdf.status();
    if (!s.ok()) {
      std::fprintf(stderr, "gen_corpus: %s: %s\n", seed_path.c_str(),
                   s.ToString().c_str());
      ++failed;
    }
  }
  // Give back the process-wide font caches (the default font map, cairo's
  // font cache, fontconfig's configuration), so that LeakSanitizer in a
  // TALLY_SANITIZE build reports only real leaks.
  pango_cairo_font_map_set_default(nullptr);
  cairo_debug_reset_static_data();
  FcFini();
  return failed == 0 ? 0 : 1;
}

}  // namespace
}  // namespace tally::tools

int main(int argc, char** argv) { return tally::tools::Main(argc, argv); }
