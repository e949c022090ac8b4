#include "report/geometry.h"

#include <algorithm>
#include <string_view>

#include "base/utf8.h"

namespace tally::report {

const store::PageRecord* PageOf(const store::DocumentRecord& rec, int page_no) {
  for (const store::PageRecord& p : rec.pages) {
    if (p.page_no == page_no) return &p;
  }
  return nullptr;
}

Box FactBox(const store::DocumentRecord& rec, const Fact& f) {
  const store::PageRecord* page = PageOf(rec, f.page_no);
  Box b = page ? TextBox(*page, f.text_begin, f.text_end) : Box();
  return b.empty() ? f.box : b;
}

Box TextBox(const store::PageRecord& page, uint32_t begin, uint32_t end) {
  std::string_view text = page.text;
  Box out;
  if (end > text.size()) return out;
  for (const store::BoxRecord& b : page.boxes) {
    if (b.box.empty() || b.text_end <= begin || b.text_begin >= end ||
        b.text_end > text.size()) {
      continue;
    }
    const uint32_t from = std::max(b.text_begin, begin);
    const uint32_t to = std::min(b.text_end, end);
    const double n = double(
        CodePoints(text.substr(b.text_begin, b.text_end - b.text_begin)));
    if (n == 0) continue;
    const double k0 =
        double(CodePoints(text.substr(b.text_begin, from - b.text_begin)));
    const double k1 =
        double(CodePoints(text.substr(b.text_begin, to - b.text_begin)));
    const double w = b.box.width();
    out = out.Union(
        {b.box.x0 + w * k0 / n, b.box.y0, b.box.x0 + w * k1 / n, b.box.y1});
  }
  return out;
}

Box FigureRegion(const store::PageRecord& page, const std::vector<Box>& boxes) {
  Box around;
  for (const Box& b : boxes) around = around.Union(b);
  if (around.empty() || page.width <= 0 || page.height <= 0) return Box();
  Box text;
  for (const store::LineRecord& l : page.lines) text = text.Union(l.box);
  double line = 0;
  for (const Box& b : boxes) line = std::max(line, b.height());
  const double margin = 6;
  Box r;
  r.x0 = std::min(around.x0, text.empty() ? around.x0 : text.x0) - margin;
  r.x1 = std::max(around.x1, text.empty() ? around.x1 : text.x1) + margin;
  r.y0 = around.y0 - 1.5 * line - margin;
  r.y1 = around.y1 + 1.5 * line + margin;
  r.x0 = std::clamp(r.x0, 0.0, page.width);
  r.x1 = std::clamp(r.x1, 0.0, page.width);
  r.y0 = std::clamp(r.y0, 0.0, page.height);
  r.y1 = std::clamp(r.y1, 0.0, page.height);
  return r.empty() ? Box() : r;
}

}  // namespace tally::report
