// OFD (GB/T 33190-2016, China's fixed-layout format): a zip of XML parts
// whose pages hold positioned text, read as a PDF's text layer is: words
// with boxes (in PDF points, origin top-left, as everywhere in tally) and
// ruling lines, for the layout stage to put in reading order.
//
// OFD.xml names the document root (DocBody/DocRoot); Document.xml lists the
// pages (Pages/Page@BaseLoc), templates (CommonData/TemplatePage) and the
// default page box (CommonData/PageArea/PhysicalBox, millimetres). A page's
// Content.xml holds layers of objects; a TextObject has a Boundary (x y w h,
// mm, in page space), an optional CTM (a b c d e f, within the boundary), a
// font Size (mm) and TextCodes: text starting at (X, Y) (the baseline, in
// the object's space) whose glyphs advance by DeltaX/DeltaY ("g 4 3.175"
// repeats 3.175 four times). A template's objects (an invoice's printed
// labels) are part of every page that uses it. PathObjects that are
// straight horizontal or vertical strokes become ruling lines.
//
// A word is a run of glyphs on one baseline without a gap wider than one
// and a half times the font size; its box, in the page's own coordinates
// scaled to points, is its provenance.
#include <cmath>
#include <cstdlib>
#include <map>
#include <sstream>

#include "base/utf8.h"
#include "formats/internal.h"

namespace tally::formats {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

std::vector<double> Numbers(std::string_view s) {
  std::vector<double> out;
  std::istringstream in{std::string(s)};
  double x;
  while (in >> x) out.push_back(x);
  return out;
}

// DeltaX/DeltaY: numbers, where "g N D" stands for N copies of D.
std::vector<double> Deltas(std::string_view s) {
  std::vector<double> out;
  std::istringstream in{std::string(s)};
  std::string tok;
  while (in >> tok) {
    if (tok == "g") {
      long n = 0;
      double d = 0;
      if (!(in >> n >> d) || n < 0 || n > 100000) break;
      out.insert(out.end(), size_t(n), d);
    } else {
      out.push_back(std::strtod(tok.c_str(), nullptr));
    }
    if (out.size() > 1000000) break;
  }
  return out;
}

struct Affine {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  void Apply(double x, double y, double* ox, double* oy) const {
    *ox = a * x + c * y + e;
    *oy = b * x + d * y + f;
  }
};

class OfdReader {
 public:
  OfdReader(const Zip& zip, const Options& options)
      : zip_(zip), options_(options) {}

  StatusOr<Document> Run() {
    StatusOr<std::string> ofd_xml = zip_.Read("OFD.xml");
    if (!ofd_xml.ok()) return Corrupt("ofd: " + ofd_xml.status().message());
    StatusOr<XmlDoc> ofd = ParseXml(*ofd_xml, "OFD.xml");
    if (!ofd.ok()) return ofd.status();
    xmlNode* body = Child(Root(*ofd), "DocBody");
    std::string root_path = Content(Child(body, "DocRoot"));
    if (root_path.empty()) return Corrupt("ofd: OFD.xml names no DocRoot");
    root_path = ResolvePart("", root_path);
    StatusOr<std::string> doc_xml = zip_.Read(root_path);
    if (!doc_xml.ok()) return Corrupt("ofd: " + doc_xml.status().message());
    StatusOr<XmlDoc> doc = ParseXml(*doc_xml, root_path);
    if (!doc.ok()) return doc.status();
    xmlNode* root = Root(*doc);
    xmlNode* common = Child(root, "CommonData");
    std::vector<double> box =
        Numbers(Content(Child(Child(common, "PageArea"), "PhysicalBox")));
    if (box.size() == 4) default_size_ = {box[2], box[3]};
    for (xmlNode* t : Children(common)) {
      if (Name(t) == "TemplatePage") {
        templates_[Attr(t, "ID")] = ResolvePart(root_path, Attr(t, "BaseLoc"));
      }
    }
    Document out;
    for (xmlNode* p : Children(Child(root, "Pages"))) {
      if (Name(p) != "Page") continue;
      std::string loc = ResolvePart(root_path, Attr(p, "BaseLoc"));
      Page page;
      page.page_no = int(out.pages.size()) + 1;
      page.positioned = true;
      page.content.page_no = page.page_no;
      Status s = ReadPage(loc, &page.content);
      if (!s.ok()) return s;
      out.pages.push_back(std::move(page));
    }
    if (out.pages.empty()) return Corrupt("ofd: the document has no pages");
    return out;
  }

 private:
  static std::string Content(const xmlNode* n) {
    if (n == nullptr) return "";
    xmlChar* t = xmlNodeGetContent(n);
    std::string s = t ? reinterpret_cast<const char*>(t) : "";
    xmlFree(t);
    return Fold(s);
  }

  Status ReadPage(const std::string& loc, PageContent* content) {
    StatusOr<std::string> xml = zip_.Read(loc);
    if (!xml.ok()) return Corrupt("ofd: " + xml.status().message());
    StatusOr<XmlDoc> doc = ParseXml(*xml, loc);
    if (!doc.ok()) return doc.status();
    xmlNode* page = Root(*doc);
    std::pair<double, double> size = default_size_;
    std::vector<double> box =
        Numbers(Content(Child(Child(page, "Area"), "PhysicalBox")));
    if (box.size() == 4) size = {box[2], box[3]};
    content->width = size.first * kPointsPerMm;
    content->height = size.second * kPointsPerMm;
    // Templates first: they are drawn beneath the page's own content.
    for (xmlNode* t : Children(page)) {
      if (Name(t) != "Template") continue;
      auto it = templates_.find(Attr(t, "TemplateID"));
      if (it == templates_.end()) continue;
      StatusOr<std::string> tx = zip_.Read(it->second);
      if (!tx.ok()) continue;  // a missing template loses labels, not text
      StatusOr<XmlDoc> tdoc = ParseXml(*tx, it->second);
      if (!tdoc.ok()) continue;
      Layers(Child(Root(*tdoc), "Content"), content);
    }
    Layers(Child(page, "Content"), content);
    return Status::OK();
  }

  void Layers(xmlNode* content_node, PageContent* content) {
    for (xmlNode* layer : Children(content_node)) {
      if (Name(layer) == "Layer") Objects(layer, content, 0);
    }
  }

  void Objects(xmlNode* parent, PageContent* content, int depth) {
    if (depth > 32) return;
    for (xmlNode* o : Children(parent)) {
      std::string_view name = Name(o);
      if (name == "TextObject") {
        Text(o, content);
      } else if (name == "PathObject") {
        Path(o, content);
      } else if (name == "PageBlock") {
        Objects(o, content, depth + 1);
      }
    }
  }

  static Affine Ctm(const xmlNode* o) {
    std::vector<double> m = Numbers(Attr(o, "CTM"));
    Affine t;
    if (m.size() == 6) t = {m[0], m[1], m[2], m[3], m[4], m[5]};
    return t;
  }

  void Text(xmlNode* o, PageContent* content) {
    std::vector<double> boundary = Numbers(Attr(o, "Boundary"));
    if (boundary.size() != 4) return;
    const Affine ctm = Ctm(o);
    // The font size as drawn: Size scaled by the CTM's vertical scale.
    double size = std::strtod(Attr(o, "Size").c_str(), nullptr);
    double scale = std::hypot(ctm.c, ctm.d);
    if (scale > 0) size *= scale;
    if (!(size > 0)) size = 3.5;  // about 10 pt
    double x = 0, y = 0;  // the pen, carried from one TextCode to the next
    for (xmlNode* tc : Children(o)) {
      if (Name(tc) != "TextCode") continue;
      if (std::string xs = Attr(tc, "X"); !xs.empty())
        x = std::strtod(xs.c_str(), nullptr);
      if (std::string ys = Attr(tc, "Y"); !ys.empty())
        y = std::strtod(ys.c_str(), nullptr);
      xmlChar* raw = xmlNodeGetContent(tc);
      std::string text = raw ? reinterpret_cast<const char*>(raw) : "";
      xmlFree(raw);
      std::vector<double> dx = Deltas(Attr(tc, "DeltaX"));
      std::vector<double> dy = Deltas(Attr(tc, "DeltaY"));
      // Glyph by glyph, cutting words at baseline changes and wide gaps.
      Word word;
      double word_x0 = 0, word_y = 0, last_x = 0;
      auto flush = [&] {
        if (word.text.empty()) return;
        double px0, py0, px1, py1;
        ctm.Apply(word_x0, word_y, &px0, &py0);
        ctm.Apply(last_x + size, word_y, &px1, &py1);
        double left = boundary[0] + std::min(px0, px1);
        double right = boundary[0] + std::max(px0, px1);
        double base = boundary[1] + (py0 + py1) / 2;
        word.box = {left * kPointsPerMm, (base - size * 0.88) * kPointsPerMm,
                    right * kPointsPerMm, (base + size * 0.12) * kPointsPerMm};
        word.font_size = size * kPointsPerMm;
        content->words.push_back(std::move(word));
        word = Word();
      };
      size_t glyph = 0;
      for (size_t i = 0; i < text.size(); ++glyph) {
        size_t start = i;
        char32_t c = DecodeUtf8(text, &i);
        if (glyph > 0) {
          double step_x = glyph - 1 < dx.size() ? dx[glyph - 1] : size;
          double step_y = glyph - 1 < dy.size() ? dy[glyph - 1] : 0;
          x += step_x;
          y += step_y;
          if (step_y != 0 || step_x > 1.5 * size || step_x < 0) flush();
        }
        if (c == ' ' || c == 0x3000) {
          flush();
          continue;
        }
        if (word.text.empty()) {
          word_x0 = x;
          word_y = y;
        }
        word.text.append(text, start, i - start);
        last_x = x;
      }
      flush();
      // The pen after the last glyph, for a TextCode without X.
      x += size;
    }
  }

  // Straight strokes of a path (M x y / L x y / C close), in page space,
  // as ruling lines when they are horizontal or vertical.
  void Path(xmlNode* o, PageContent* content) {
    std::vector<double> boundary = Numbers(Attr(o, "Boundary"));
    if (boundary.size() != 4) return;
    if (Attr(o, "Stroke") == "false") return;
    const Affine ctm = Ctm(o);
    std::istringstream in(Content(Child(o, "AbbreviatedData")));
    std::string op;
    double cx = 0, cy = 0, sx = 0, sy = 0;
    auto segment = [&](double x0, double y0, double x1, double y1) {
      double ax, ay, bx, by;
      ctm.Apply(x0, y0, &ax, &ay);
      ctm.Apply(x1, y1, &bx, &by);
      ax += boundary[0];
      bx += boundary[0];
      ay += boundary[1];
      by += boundary[1];
      const double thin = 0.3;  // mm either side of the stroke
      bool horizontal = std::fabs(ay - by) < 0.2 && std::fabs(ax - bx) > 2;
      bool vertical = std::fabs(ax - bx) < 0.2 && std::fabs(ay - by) > 2;
      if (!horizontal && !vertical) return;
      Rule r;
      r.box = {(std::min(ax, bx) - (vertical ? thin : 0)) * kPointsPerMm,
               (std::min(ay, by) - (horizontal ? thin : 0)) * kPointsPerMm,
               (std::max(ax, bx) + (vertical ? thin : 0)) * kPointsPerMm,
               (std::max(ay, by) + (horizontal ? thin : 0)) * kPointsPerMm};
      content->rules.push_back(r);
    };
    int guard = 0;
    while (in >> op && ++guard < 100000) {
      double v[7];
      auto read = [&](int n) {
        for (int i = 0; i < n; ++i) {
          if (!(in >> v[i])) return false;
        }
        return true;
      };
      if (op == "S" || op == "M") {
        if (!read(2)) break;
        cx = sx = v[0];
        cy = sy = v[1];
      } else if (op == "L") {
        if (!read(2)) break;
        segment(cx, cy, v[0], v[1]);
        cx = v[0];
        cy = v[1];
      } else if (op == "C") {
        segment(cx, cy, sx, sy);
        cx = sx;
        cy = sy;
      } else if (op == "Q") {
        if (!read(4)) break;
        cx = v[2];
        cy = v[3];
      } else if (op == "B") {
        if (!read(6)) break;
        cx = v[4];
        cy = v[5];
      } else if (op == "A") {
        if (!read(7)) break;
        cx = v[5];
        cy = v[6];
      } else {
        break;  // not an operator: a damaged path
      }
    }
  }

  const Zip& zip_;
  const Options& options_;
  std::pair<double, double> default_size_{210, 297};  // A4, mm
  std::map<std::string, std::string> templates_;
};

}  // namespace

StatusOr<Document> ReadOfd(std::string_view bytes, const Options& options) {
  StatusOr<std::unique_ptr<Zip>> opened = Zip::Open(bytes, options);
  if (!opened.ok()) return opened.status();
  return OfdReader(**opened, options).Run();
}

}  // namespace tally::formats
