#include "pdf/pdf.h"

// Poppler's core ("private") API: PDFDoc, Gfx's OutputDev callbacks,
// TextOutputDev and SplashOutputDev. Its headers include each other by bare
// name, so the include path is <prefix>/include/poppler (pkg-config poppler).
#include <ErrorCodes.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <splash/SplashBitmap.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <utility>

#include "base/utf8.h"

namespace tally::pdf {
namespace {

// Poppler's core keeps process-wide state (font and CMap tables, the error
// callback) in globalParams. GlobalParamsIniter is Poppler's own reference-
// counted owner of it; holding one for the life of the process keeps it from
// being torn down between documents, and stays correct if anything else in
// the process (poppler-cpp) takes a reference too. Poppler prints parse
// errors on stderr; a batch of thousands of archived files would drown the
// progress output, and the error that matters is the Status we return.
void InitPoppler() {
  // Function-local statics: initialised once, thread-safely, on first use;
  // released at exit, when Poppler's own globals go too.
  static GlobalParamsIniter params([](ErrorCategory, Goffset, const char*) {});
  // In case something else in the process initialised Poppler first.
  static const bool silenced = [] {
    setErrorCallback([](ErrorCategory, Goffset, const char*) {});
    return true;
  }();
  (void)silenced;
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

// Splits one Poppler word into same-script runs with their own boxes.
void AppendRuns(const TextWord& tw, std::vector<Word>* out) {
  // Characters with their boxes. A ToUnicode map may yield UTF-16 surrogate
  // pairs as two characters: they are joined, and anything that is not a
  // Unicode scalar value becomes U+FFFD so the text stays valid UTF-8.
  std::vector<std::pair<char32_t, Box>> chars;
  for (int i = 0; i < tw.getLength(); ++i) {
    char32_t c = *tw.getChar(i);
    Box b;
    tw.getCharBBox(i, &b.x0, &b.y0, &b.x1, &b.y1);
    if (c >= 0xDC00 && c <= 0xDFFF && !chars.empty() &&
        chars.back().first >= 0xD800 && chars.back().first <= 0xDBFF) {
      chars.back().first =
          0x10000 + ((chars.back().first - 0xD800) << 10) + (c - 0xDC00);
      chars.back().second = chars.back().second.Union(b);
      continue;
    }
    chars.emplace_back(c, b);
  }
  // A control character is no glyph's meaning either (a ToUnicode map can
  // send a glyph to ESC): U+FFFD too, so routing counts it as unmapped and
  // no escape sequence reaches the page text.
  for (auto& [c, b] : chars) {
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF || IsControl(c)) {
      c = 0xFFFD;
    }
  }
  if (chars.empty()) return;
  Box word_box;
  tw.getBBox(&word_box.x0, &word_box.y0, &word_box.x1, &word_box.y1);
  size_t run_start = 0;
  auto flush = [&](size_t end, bool last) {
    Word w;
    for (size_t i = run_start; i < end; ++i) {
      AppendUtf8(chars[i].first, &w.text);
      w.box = w.box.Union(chars[i].second);
    }
    if (w.box.empty()) w.box = word_box;
    w.font_size = tw.getFontSize();
    w.space_after = last && tw.hasSpaceAfter();
    out->push_back(std::move(w));
    run_start = end;
  };
  for (size_t i = 1; i < chars.size(); ++i) {
    if (ScriptClass(chars[i].first) != ScriptClass(chars[i - 1].first)) {
      flush(i, false);
    }
  }
  flush(chars.size(), true);
}

// A piece of a ruling line as drawn, before merging.
struct Piece {
  bool horizontal;
  Box box;
};

// Two pieces on the same line (centres this close, points) that touch or
// leave a gap up to kMergeGap are one rule: borders drawn cell by cell meet
// end to end, or leave the width of the crossing line between them.
constexpr double kMergePosition = 1.0;
constexpr double kMergeGap = 2.0;
// A segment is horizontal (vertical) when its ends differ by at most this
// much in y (x), in points: producers round coordinates.
constexpr double kAxisSkew = 1.0;
// Thickness given to a zero-width (hairline) stroke, which Poppler draws one
// device pixel wide: the Rule's box must not be empty.
constexpr double kHairline = 0.5;
// A colour whose every component is at least this (0..1) is paper-white:
// white lines erase or separate, they draw nothing.
constexpr double kNearWhite = 0.9;
// Opacity below which a line is invisible.
constexpr double kMinOpacity = 0.1;
// Text smaller than this (points, after every transformation) is not there
// to be read by people.
constexpr double kMinVisibleFontSize = 1.0;
// Filled areas remembered per page, to tell white text on a dark cell
// (visible) from white text on the paper (not).
constexpr size_t kMaxFills = 20000;

// Merges collinear touching pieces, clips them to the page and drops short
// ones, and ones that merged into a band thicker than a rule.
// O(n log n): a vector drawing can hold many thousands of segments. Output
// sorted: horizontal rules top to bottom, then vertical rules left to right,
// each along its line.
std::vector<Rule> MergePieces(std::vector<Piece> pieces, double page_width,
                              double page_height, const Options& options) {
  auto pos = [](const Piece& p) {
    return p.horizontal ? p.box.cy() : p.box.cx();
  };
  auto lo = [](const Piece& p) { return p.horizontal ? p.box.x0 : p.box.y0; };
  auto hi = [](const Piece& p) { return p.horizontal ? p.box.x1 : p.box.y1; };
  auto thickness = [](const Piece& p) {
    return p.horizontal ? p.box.height() : p.box.width();
  };
  std::sort(pieces.begin(), pieces.end(), [&](const Piece& a, const Piece& b) {
    if (a.horizontal != b.horizontal) return a.horizontal;
    return pos(a) < pos(b);
  });
  std::vector<Piece> merged;
  for (size_t i = 0; i < pieces.size();) {
    // One line: the pieces of an orientation within kMergePosition of the
    // first, merged along it in order of where they start.
    size_t j = i + 1;
    while (j < pieces.size() && pieces[j].horizontal == pieces[i].horizontal &&
           pos(pieces[j]) - pos(pieces[i]) <= kMergePosition) {
      ++j;
    }
    std::sort(pieces.begin() + long(i), pieces.begin() + long(j),
              [&](const Piece& a, const Piece& b) { return lo(a) < lo(b); });
    size_t first = merged.size();
    for (size_t k = i; k < j; ++k) {
      if (merged.size() > first &&
          lo(pieces[k]) <= hi(merged.back()) + kMergeGap) {
        merged.back().box = merged.back().box.Union(pieces[k].box);
      } else {
        merged.push_back(pieces[k]);
      }
    }
    i = j;
  }
  std::vector<Rule> rules;
  const double max_thickness = options.max_rule_thickness + kMergePosition;
  for (Piece& m : merged) {
    Box& b = m.box;
    b.x0 = std::max(b.x0, 0.0);
    b.y0 = std::max(b.y0, 0.0);
    b.x1 = std::min(b.x1, page_width);
    b.y1 = std::min(b.y1, page_height);
    double length = hi(m) - lo(m);
    if (b.empty() || thickness(m) > max_thickness ||
        length < std::max(options.min_rule_length, thickness(m))) {
      continue;
    }
    rules.push_back({b});
  }
  return rules;
}

// Gfx's output device for ReadPage: collects the text layer (as
// TextOutputDev, with the settings poppler-cpp's page::text_list uses) and,
// from the path painting callbacks, the pieces of ruling lines, in one pass
// over the content stream. Nothing is rasterised: glyphs become text
// (useDrawChar, no Type 3 glyph procedures), and needNonText() stays false so
// Gfx neither decodes images nor paints patterns; shadings are declared
// handled so Gfx does not split them into thin strips that would look like
// rules. Coordinates come from GfxState's CTM, which already maps user
// space to the upside-down page frame (crop box, /Rotate) at 72 dpi.
class PageDevice : public TextOutputDev {
 public:
  explicit PageDevice(const Options& options)
      : TextOutputDev(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0,
                      /*rawOrderA=*/false, /*append=*/false),
        options_(options) {}

  double page_width() const { return page_width_; }
  double page_height() const { return page_height_; }
  std::vector<Rule> TakeRules() {
    return MergePieces(std::move(pieces_), page_width_, page_height_, options_);
  }

  ~PageDevice() override {
    if (hidden_) hidden_->decRefCnt();
  }

  void startPage(int page_num, GfxState* state, XRef* xref) override {
    page_width_ = state->getPageWidth();
    page_height_ = state->getPageHeight();
    TextOutputDev::startPage(page_num, state, xref);
    if (hidden_) hidden_->decRefCnt();
    hidden_ = new TextPage(/*rawOrderA=*/false);
    hidden_->startPage(state);
  }
  void endPage() override {
    TextOutputDev::endPage();
    if (hidden_) {
      hidden_->endPage();
      hidden_->coalesce(/*physLayout=*/false, /*fixedPitch=*/0,
                        /*doHTML=*/false);
    }
  }
  void updateFont(GfxState* state) override {
    TextOutputDev::updateFont(state);
    if (hidden_) hidden_->updateFont(state);
  }
  void restoreState(GfxState* state) override {
    TextOutputDev::restoreState(state);
    if (hidden_) hidden_->updateFont(state);
  }

  // Text nobody sees goes to its own text page (HiddenWords): drawn in
  // render mode 3 (invisible) or 7 (clip only), transparent, under
  // kMinVisibleFontSize, or in white on the paper (not on a dark fill).
  void drawChar(GfxState* state, double x, double y, double dx, double dy,
                double origin_x, double origin_y, CharCode c, int n_bytes,
                const Unicode* u, int u_len) override {
    if (hidden_ && Hidden(state, x, y)) {
      hidden_->addChar(state, x, y, dx, dy, c, n_bytes, u, u_len);
      ++hidden_chars_;
      return;
    }
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, c, n_bytes,
                            u, u_len);
  }

  int hidden_chars() const { return hidden_chars_; }
  std::unique_ptr<TextWordList> HiddenWords() {
    if (!hidden_) return nullptr;
    return std::make_unique<TextWordList>(hidden_, /*physLayout=*/false);
  }

  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    if (!Recording()) return;
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (!Visible(rgb, state->getStrokeOpacity())) return;
    double width = state->getTransformedLineWidth();
    if (!(width <= options_.max_rule_thickness)) return;  // also NaN
    width = std::max(width, kHairline);
    const GfxPath* path = state->getPath();
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      int n = sub->getNumPoints();
      // A segment is straight when neither end is a Bézier control point.
      for (int i = 1; i < n; ++i) {
        if (!sub->getCurve(i - 1) && !sub->getCurve(i)) {
          AddSegment(state, sub->getX(i - 1), sub->getY(i - 1), sub->getX(i),
                     sub->getY(i), width);
        }
      }
      if (sub->isClosed() && n > 2 && !sub->getCurve(n - 1)) {
        AddSegment(state, sub->getX(n - 1), sub->getY(n - 1), sub->getX(0),
                   sub->getY(0), width);
      }
    }
  }

  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    RememberFill(state);
    AddFill(state, /*even_odd=*/false);
  }
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    RememberFill(state);
    AddFill(state, /*even_odd=*/true);
  }

  bool useShadedFills(int /*type*/) override { return true; }
  bool functionShadedFill(GfxState*, GfxFunctionShading*) override {
    return true;
  }
  bool axialShadedFill(GfxState*, GfxAxialShading*, double, double) override {
    return true;
  }
  bool radialShadedFill(GfxState*, GfxRadialShading*, double, double) override {
    return true;
  }
  bool gouraudTriangleShadedFill(GfxState*,
                                 GfxGouraudTriangleShading*) override {
    return true;
  }
  bool patchMeshShadedFill(GfxState*, GfxPatchMeshShading*) override {
    return true;
  }

  // What a soft mask's group draws is an alpha channel, not ink.
  void beginTransparencyGroup(GfxState* state, const double* bbox,
                              GfxColorSpace* blending, bool isolated,
                              bool knockout, bool for_soft_mask) override {
    TextOutputDev::beginTransparencyGroup(state, bbox, blending, isolated,
                                          knockout, for_soft_mask);
    groups_.push_back(for_soft_mask);
    if (for_soft_mask) ++soft_mask_depth_;
  }
  void endTransparencyGroup(GfxState* state) override {
    TextOutputDev::endTransparencyGroup(state);
    if (groups_.empty()) return;
    if (groups_.back()) --soft_mask_depth_;
    groups_.pop_back();
  }

 private:
  bool Recording() const {
    return options_.detect_rules && soft_mask_depth_ == 0;
  }

  bool Hidden(GfxState* state, double x, double y) const {
    int mode = state->getRender() & 7;
    if (mode == 3 || mode == 7) return true;
    if (!(state->getTransformedFontSize() >= kMinVisibleFontSize)) return true;
    bool fills = mode != 1 && mode != 5;  // 1 and 5 only stroke
    GfxRGB rgb;
    double opacity;
    if (fills) {
      state->getFillRGB(&rgb);
      opacity = state->getFillOpacity();
    } else {
      state->getStrokeRGB(&rgb);
      opacity = state->getStrokeOpacity();
    }
    if (!(opacity >= kMinOpacity)) return true;
    if (Visible(rgb, 1)) return false;
    // White: visible only on something dark drawn before it.
    double dx, dy;
    state->transform(x, y, &dx, &dy);
    for (const Box& b : fills_) {
      if (dx >= b.x0 && dx <= b.x1 && dy >= b.y0 && dy <= b.y1) return false;
    }
    return true;
  }

  // The device box of a filled path in a colour that shows on paper.
  void RememberFill(GfxState* state) {
    if (fills_.size() >= kMaxFills) return;
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (!Visible(rgb, state->getFillOpacity())) return;
    const GfxPath* path = state->getPath();
    Box box;
    bool any = false;
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      for (int i = 0; i < sub->getNumPoints(); ++i) {
        double px, py;
        state->transform(sub->getX(i), sub->getY(i), &px, &py);
        if (!std::isfinite(px) || !std::isfinite(py)) return;
        if (!any) {
          box = {px, py, px, py};
          any = true;
        }
        box.x0 = std::min(box.x0, px);
        box.y0 = std::min(box.y0, py);
        box.x1 = std::max(box.x1, px);
        box.y1 = std::max(box.y1, py);
      }
    }
    if (any) fills_.push_back(box);
  }

  static bool Visible(const GfxRGB& rgb, double opacity) {
    if (!(opacity >= kMinOpacity)) return false;
    return std::min({colToDbl(rgb.r), colToDbl(rgb.g), colToDbl(rgb.b)}) <
           kNearWhite;
  }

  // A stroked straight segment in user space, of device width `width`.
  void AddSegment(GfxState* state, double ux0, double uy0, double ux1,
                  double uy1, double width) {
    double x0, y0, x1, y1;
    state->transform(ux0, uy0, &x0, &y0);
    state->transform(ux1, uy1, &x1, &y1);
    double dx = std::abs(x1 - x0), dy = std::abs(y1 - y0);
    double half = width / 2;
    if (dy <= kAxisSkew && dx > dy) {
      AddPiece(true, {std::min(x0, x1), std::min(y0, y1) - half,
                      std::max(x0, x1), std::max(y0, y1) + half});
    } else if (dx <= kAxisSkew && dy > dx) {
      AddPiece(false, {std::min(x0, x1) - half, std::min(y0, y1),
                       std::max(x0, x1) + half, std::max(y0, y1)});
    }
  }

  // Damaged files can put NaN or infinities in the CTM; such a piece would
  // break the ordering MergePieces sorts by.
  void AddPiece(bool horizontal, const Box& b) {
    if (std::isfinite(b.x0) && std::isfinite(b.y0) && std::isfinite(b.x1) &&
        std::isfinite(b.y1)) {
      pieces_.push_back({horizontal, b});
    }
  }

  // A filled subpath's device bounding box, and whether the subpath is an
  // axis-aligned rectangle (every point on a corner of that box); its signed
  // area tells the winding direction.
  struct Shape {
    Box box;
    bool rectangle = false;
    double area = 0;  // signed, of the straight polygon
  };

  static Shape Measure(GfxState* state, const GfxSubpath* sub) {
    Shape s;
    int n = sub->getNumPoints();
    std::vector<std::pair<double, double>> pts(size_t(n), {0, 0});
    bool curved = false;
    for (int i = 0; i < n; ++i) {
      state->transform(sub->getX(i), sub->getY(i), &pts[i].first,
                       &pts[i].second);
      curved = curved || sub->getCurve(i);
    }
    s.box = {pts[0].first, pts[0].second, pts[0].first, pts[0].second};
    for (auto [x, y] : pts) {
      s.box.x0 = std::min(s.box.x0, x);
      s.box.y0 = std::min(s.box.y0, y);
      s.box.x1 = std::max(s.box.x1, x);
      s.box.y1 = std::max(s.box.y1, y);
    }
    for (int i = 0; i < n; ++i) {
      auto [xa, ya] = pts[i];
      auto [xb, yb] = pts[(i + 1) % n];
      s.area += xa * yb - xb * ya;
    }
    s.area /= 2;
    constexpr double kEps = 0.01;
    auto on = [&](double v, double a, double b) {
      return std::abs(v - a) <= kEps || std::abs(v - b) <= kEps;
    };
    s.rectangle = !curved && n >= 4;
    for (auto [x, y] : pts) {
      s.rectangle =
          s.rectangle && on(x, s.box.x0, s.box.x1) && on(y, s.box.y0, s.box.y1);
    }
    return s;
  }

  void AddThin(const Box& b) {
    double t = options_.max_rule_thickness;
    if (b.height() <= t && b.width() > b.height()) {
      AddPiece(true, b);
    } else if (b.width() <= t && b.height() > b.width()) {
      AddPiece(false, b);
    }
  }

  // Thin filled subpaths are rules (a filled subpath's ink lies inside its
  // box, so a thin box is a line whatever its outline). A frame drawn as a
  // rectangle with a rectangular hole (the next subpath, inside it, filled
  // even-odd or wound the other way) gives its four sides.
  void AddFill(GfxState* state, bool even_odd) {
    if (!Recording()) return;
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (!Visible(rgb, state->getFillOpacity())) return;
    const GfxPath* path = state->getPath();
    Shape outer;  // the previous subpath, when it was a rectangle
    bool have_outer = false;
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      if (sub->getNumPoints() < 3) continue;  // encloses no area
      Shape shape = Measure(state, sub);
      const Box& b = shape.box;
      const Box& o = outer.box;
      if (have_outer && shape.rectangle &&
          (even_odd || outer.area * shape.area < 0) && b.x0 >= o.x0 &&
          b.y0 >= o.y0 && b.x1 <= o.x1 && b.y1 <= o.y1) {
        AddThin({o.x0, o.y0, o.x1, b.y0});  // top
        AddThin({o.x0, b.y1, o.x1, o.y1});  // bottom
        AddThin({o.x0, o.y0, b.x0, o.y1});  // left
        AddThin({b.x1, o.y0, o.x1, o.y1});  // right
        have_outer = false;
        continue;
      }
      AddThin(b);
      outer = shape;
      have_outer = shape.rectangle;
    }
  }

  const Options& options_;
  double page_width_ = 0, page_height_ = 0;
  std::vector<Piece> pieces_;
  TextPage* hidden_ = nullptr;  // reference-counted, as Poppler's are
  int hidden_chars_ = 0;
  std::vector<Box> fills_;
  std::vector<bool> groups_;  // open transparency groups: for a soft mask?
  int soft_mask_depth_ = 0;
};

std::string PageName(int page_no) { return "page " + std::to_string(page_no); }

class PopplerDocument : public PdfDocument {
 public:
  PopplerDocument(std::string bytes, const Options& options)
      : bytes_(std::move(bytes)), options_(options) {}

  // Parses bytes_. Separate from the constructor so that Poppler reads the
  // buffer at its final address.
  Status Load() {
    std::optional<GooString> password;
    if (!options_.password.empty()) password.emplace(options_.password);
    // The PDFDoc owns the stream; the stream borrows bytes_, which outlives
    // doc_ (declared first, destroyed last).
    auto* stream = new MemStream(bytes_.data(), 0, Goffset(bytes_.size()),
                                 Object(objNull));
    doc_ = std::make_unique<PDFDoc>(stream, password, password);
    if (doc_->getErrorCode() == errEncrypted) {
      return PermissionDenied(
          options_.password.empty()
              ? "encrypted PDF: a password is required to open it"
              : "encrypted PDF: the given password does not open it");
    }
    if (!doc_->isOk()) {
      return Corrupt(
          "not a readable PDF: Poppler could not parse it (truncated or "
          "damaged)");
    }
    if (doc_->getNumPages() <= 0) return Corrupt("PDF has no pages");
    return Status::OK();
  }

  int page_count() const override { return doc_->getNumPages(); }

  StatusOr<PageContent> ReadPage(int page_no) override {
    StatusOr<Page*> page = GetPage(page_no);
    if (!page.ok()) return page.status();
    try {
      PageDevice device(options_);
      if (!device.isOk()) return Internal("cannot create a text device");
      doc_->displayPageSlice(&device, page_no, 72, 72, /*rotate=*/0,
                             /*useMediaBox=*/false, /*crop=*/false,
                             /*printing=*/false, -1, -1, -1, -1);
      PageContent out;
      out.page_no = page_no;
      out.width = device.page_width();
      out.height = device.page_height();
      if (out.width <= 0 || out.height <= 0) {  // Gfx never started the page
        bool turned = (*page)->getRotate() % 180 != 0;
        out.width = turned ? (*page)->getCropHeight() : (*page)->getCropWidth();
        out.height =
            turned ? (*page)->getCropWidth() : (*page)->getCropHeight();
      }
      std::unique_ptr<TextWordList> words = device.makeWordList();
      for (int i = 0; words && i < words->getLength(); ++i) {
        AppendRuns(*words->get(i), &out.words);
      }
      std::unique_ptr<TextWordList> hidden = device.HiddenWords();
      for (int i = 0; hidden && i < hidden->getLength(); ++i) {
        AppendRuns(*hidden->get(i), &out.hidden_words);
      }
      out.hidden_chars = device.hidden_chars();
      out.rules = device.TakeRules();
      return out;
    } catch (const std::bad_alloc&) {
      return ResourceExhausted(PageName(page_no) +
                               ": out of memory reading it");
    } catch (const std::exception& e) {
      return Corrupt(PageName(page_no) + " cannot be read: " + e.what());
    }
  }

  bool DeclaresFonts(int page_no) override {
    StatusOr<Page*> page = GetPage(page_no);
    if (!page.ok()) return false;
    try {
      Dict* resources = (*page)->getResourceDict();
      if (resources == nullptr) return false;
      Object fonts = resources->lookup("Font");
      return fonts.isDict() && fonts.dictGetLength() > 0;
    } catch (const std::exception&) {
      return false;
    }
  }

  StatusOr<Raster> RenderPage(int page_no, double dpi, bool color) override {
    StatusOr<Page*> page = GetPage(page_no);
    if (!page.ok()) return page.status();
    if (!(dpi > 0 && dpi <= 2400)) {  // also NaN
      return InvalidArgument("render resolution " + std::to_string(dpi) +
                             " dpi is not in (0, 2400]");
    }
    // Splash sizes its bitmap the same way from the crop box.
    double w = std::ceil((*page)->getCropWidth() * dpi / 72);
    double h = std::ceil((*page)->getCropHeight() * dpi / 72);
    if (!(w * h <= double(options_.max_render_pixels))) {
      return Unsupported(
          PageName(page_no) + " at " + std::to_string(int(dpi)) +
          " dpi would be " + std::to_string(int64_t(w)) + "x" +
          std::to_string(int64_t(h)) + " pixels, over the limit of " +
          std::to_string(options_.max_render_pixels / 1'000'000) +
          " megapixels (Options::max_render_pixels)");
    }
    try {
      SplashColor paper;
      paper[0] = paper[1] = paper[2] = 0xFF;
      SplashOutputDev device(color ? splashModeRGB8 : splashModeMono8,
                             /*bitmapRowPadA=*/1, /*reverseVideoA=*/false,
                             paper);
      // OCR reads anti-aliased glyphs better: edges keep their shape at
      // small sizes instead of breaking into stairs.
      device.setFontAntialias(true);
      device.setVectorAntialias(true);
      device.setFreeTypeHinting(false, false);
      device.startDoc(doc_.get());
      doc_->displayPageSlice(&device, page_no, dpi, dpi, /*rotate=*/0,
                             /*useMediaBox=*/false, /*crop=*/true,
                             /*printing=*/false, -1, -1, -1, -1);
      SplashBitmap* bitmap = device.getBitmap();
      if (!bitmap || !bitmap->getDataPtr() || bitmap->getWidth() <= 0 ||
          bitmap->getHeight() <= 0) {
        return Corrupt(PageName(page_no) + " cannot be rendered");
      }
      Raster out;
      out.width = bitmap->getWidth();
      out.height = bitmap->getHeight();
      out.channels = color ? 3 : 1;
      out.format = color ? Raster::Format::kRgb : Raster::Format::kGray;
      out.stride = out.width * out.channels;
      out.dpi = dpi;
      out.pixels.resize(size_t(out.stride) * size_t(out.height));
      const unsigned char* src = bitmap->getDataPtr();
      for (int y = 0; y < out.height; ++y) {
        std::memcpy(&out.pixels[size_t(y) * size_t(out.stride)],
                    src + ptrdiff_t(y) * bitmap->getRowSize(),
                    size_t(out.stride));
      }
      return out;
    } catch (const std::bad_alloc&) {
      return ResourceExhausted(PageName(page_no) +
                               ": out of memory rendering it");
    } catch (const std::exception& e) {
      return Corrupt(PageName(page_no) + " cannot be rendered: " + e.what());
    }
  }

 private:
  StatusOr<Page*> GetPage(int page_no) {
    if (page_no < 1 || page_no > page_count()) {
      return InvalidArgument(PageName(page_no) + " out of range 1.." +
                             std::to_string(page_count()));
    }
    Page* page = doc_->getPage(page_no);
    if (!page || !page->isOk()) {
      return Corrupt(PageName(page_no) + " cannot be read");
    }
    return page;
  }

  std::string bytes_;  // Poppler reads from this buffer; must outlive doc_
  std::unique_ptr<PDFDoc> doc_;
  Options options_;
};

}  // namespace

StatusOr<std::unique_ptr<PdfDocument>> Open(std::string bytes,
                                            const Options& options) {
  InitPoppler();
  if (bytes.empty()) return Corrupt("empty file");
  try {
    auto doc = std::make_unique<PopplerDocument>(std::move(bytes), options);
    TALLY_RETURN_IF_ERROR(doc->Load());
    return std::unique_ptr<PdfDocument>(std::move(doc));
  } catch (const std::bad_alloc&) {
    return ResourceExhausted("out of memory opening the PDF");
  } catch (const std::exception& e) {
    return Corrupt(std::string("not a readable PDF: ") + e.what());
  }
}

}  // namespace tally::pdf
