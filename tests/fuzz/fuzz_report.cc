// Fuzz target: untrusted document text through the reviewer's tools, the
// search text of the index and the audit report's HTML. The input is the
// text of a two-page document; facts, their boxes and a finding citing them
// are cut from it at places the input itself chooses (inside characters
// too, as a damaged record might have them). The search text must hold no
// quote, every match must lie in the text, the evidence must give its
// context back whole, and every '<' in the report must open one of the
// report's own tags.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "report/evidence.h"
#include "report/geometry.h"
#include "report/html.h"
#include "store/tokenizer.h"
#include "testing/stored_box.h"

namespace {

using namespace tally;
using tally::testing::StoredBox;

void Check(bool ok) {
  if (!ok) std::abort();
}

// s.substr that clamps instead of throwing.
std::string Sub(const std::string& s, size_t pos,
                size_t n = std::string::npos) {
  return pos >= s.size() ? std::string() : s.substr(pos, n);
}

// Every '<' starts a tag the report writes, or its doctype.
void CheckTags(const std::string& html) {
  static const char* const kTags[] = {
      "html", "head",       "meta",   "title",   "style",  "body",   "nav",
      "a",    "h1",         "h2",     "p",       "table",  "thead",  "tbody",
      "tr",   "th",         "td",     "article", "header", "code",   "dl",
      "dt",   "dd",         "div",    "q",       "mark",   "figure", "img",
      "span", "figcaption", "footer", "strong",  "pre"};
  for (size_t p = html.find('<'); p != std::string::npos;
       p = html.find('<', p + 1)) {
    size_t n = p + 1;
    if (n < html.size() && html[n] == '/') ++n;
    if (html.compare(p, 9, "<!DOCTYPE") == 0) continue;
    size_t e = n;
    while (e < html.size() && std::isalnum(static_cast<unsigned char>(html[e])))
      ++e;
    std::string name = html.substr(n, e - n);
    bool ours = false;
    for (const char* t : kTags) ours |= name == t;
    Check(ours && e < html.size() && (html[e] == ' ' || html[e] == '>'));
  }
}

void Run(const std::string& text) {
  // The index's reading of it.
  std::string search = store::SearchText(text);
  Check(search.find('"') == std::string::npos);
  for (size_t len : {1, 2, 3, 5}) {
    if (text.size() < len) break;
    std::string term = Sub(text, text.size() / 3, len);
    std::string q = store::MatchQuery(term);
    Check(q.empty() || (q.front() == '"' && q.back() == '"'));
    for (auto [b, e] : store::FindTerm(text, term)) {
      Check(b <= e && e <= text.size());
    }
  }
  // A document of it.
  store::DocumentRecord rec;
  rec.path = "/in/" + Sub(text, 0, 40);
  rec.file_kind = "pdf";
  rec.status = "ok";
  rec.bureau = Sub(text, 0, 20);
  size_t cut = text.find('\f');
  if (cut == std::string::npos) cut = text.size() / 2;
  for (int p = 0; p < 2; ++p) {
    store::PageRecord page;
    page.page_no = p + 1;
    page.source = p ? "ocr" : "text";
    page.route_reason = Sub(text, 0, 10);
    page.width = 600;
    page.height = 800;
    page.text =
        p ? Sub(text, std::min(cut + 1, text.size())) : Sub(text, 0, cut);
    for (uint32_t b = 0; b < page.text.size(); b += 5) {
      uint32_t e = std::min<uint32_t>(b + 5, uint32_t(page.text.size()));
      page.boxes.push_back(
          StoredBox({double(b % 500), double(b / 500 * 12),
                     double(b % 500) + 20, double(b / 500 * 12) + 10},
                    "", b, e, 10));
      page.lines.push_back(
          {"body",
           "",
           {0, double(b / 500 * 12), 600, double(b / 500 * 12) + 10}});
    }
    rec.pages.push_back(std::move(page));
  }
  // Facts where the bytes say.
  Finding finding;
  finding.rule = "sum.breakdown";
  finding.severity = "error";
  finding.message = Sub(text, 0, 60);
  finding.expected = Sub(text, 1, 9);
  finding.actual = Sub(text, 2, 9);
  finding.page_no = 1;
  for (size_t i = 0; i + 1 < text.size() && i < 64; i += 8) {
    const store::PageRecord& page = rec.pages[i % 2];
    if (page.text.empty()) continue;
    uint32_t b = uint8_t(text[i]) * 7u % uint32_t(page.text.size());
    uint32_t e = std::min<uint32_t>(b + 1 + uint8_t(text[i + 1]) % 12,
                                    uint32_t(page.text.size()));
    Fact f;
    f.fact_id = int64_t(rec.facts.size()) + 1;
    f.kind = "amount";
    f.page_no = page.page_no;
    f.text_begin = b;
    f.text_end = e;
    f.raw = Sub(page.text, b, e - b);
    f.value = f.raw;
    f.label = Sub(page.text, b / 2, 6);
    f.context = Sub(page.text, b > 20 ? b - 20 : 0, 60);
    f.in_table = (text[i] & 1) != 0;
    f.box = report::TextBox(page, b, e);
    rec.facts.push_back(f);
    finding.fact_ids.push_back(f.fact_id);
  }
  finding.fact_ids.push_back(999);  // a fact the document does not have
  rec.findings.push_back(finding);
  IndicatorRow row;
  row.page_no = 1;
  row.level3 = Sub(text, 0, 7);
  row.weight = Sub(text, 3, 2);
  rec.indicators.push_back(row);
  report::DocumentImages images;
  for (const report::Side& side : report::SidesOf(finding, rec.facts)) {
    std::string back;
    for (const report::Piece& piece : report::MarkFacts(
             side.context, rec.pages[size_t(side.page_no - 1)].text,
             side.facts)) {
      back += piece.text;
    }
    Check(back == side.context);
    std::vector<Box> boxes;
    for (const Fact* f : side.facts) boxes.push_back(f->box);
    Box region =
        report::FigureRegion(rec.pages[size_t(side.page_no - 1)], boxes);
    Check(region.empty() || (region.x0 >= 0 && region.x1 <= 600 &&
                             region.y0 >= 0 && region.y1 <= 800));
    if (!region.empty()) {
      images.figures[{0, images.figures.size()}] = {"fig.png", 100, 20, region};
    }
  }
  images.pages[1] = {"page-1.png", 1250, 1667, {0, 0, 600, 800}};
  images.why_not[2] = Sub(text, 0, 30);
  CheckTags(report::DocumentHtml(1, rec, images));
  CheckTags(report::PageHtml(1, rec, 1, images));
  CheckTags(report::PageHtml(1, rec, 2, images));
  report::IndexRow r;
  r.doc_id = 1;
  r.path = rec.path;
  r.bureau = rec.bureau;
  CheckTags(report::IndexHtml({r})[0].second);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Run(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
