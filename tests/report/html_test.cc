// The report's HTML: hostile document text comes out as text, figures place
// highlights where the facts are, the index sorts every column.
#include "report/html.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "report/geometry.h"
#include "testing/stored_box.h"

namespace tally::report {
namespace {

using ::tally::testing::StoredBox;

constexpr char kHostile[] =
    "<script>alert('x')</script>\"onload=\"x()&amp;<img src=x onerror=y>";

// A document whose every text field is hostile, with one finding citing
// one fact that has geometry.
store::DocumentRecord HostileDoc() {
  store::DocumentRecord d;
  d.path = std::string("/data/") + kHostile + ".pdf";
  d.sha256 = std::string(64, 'a');
  d.file_kind = "pdf";
  d.status = "partial";
  d.error = kHostile;
  d.pipeline_version = kHostile;
  d.bureau = kHostile;
  d.report_kind = kHostile;
  d.report_date = kHostile;
  d.fiscal_year = 2022;
  d.page_count = 1;
  store::PageRecord p;
  p.page_no = 1;
  p.source = "text";
  p.route_reason = kHostile;
  p.width = 600;
  p.height = 800;
  p.text = std::string("拨付437.32元。") + kHostile;
  p.lines = {{"body", "拨付437.32元。", {100, 100, 400, 112}}};
  // "拨付" [0, 6), "437.32" [6, 12), "元。…" [12, ...).
  p.boxes = {StoredBox({100, 100, 124, 112}, "拨付", 0, 6),
             StoredBox({124, 100, 160, 112}, "437.32", 6, 12),
             StoredBox({160, 100, 184, 112}, "元。", 12, 18)};
  d.pages = {p};
  Fact f;
  f.fact_id = 7;
  f.kind = "amount";
  f.raw = "437.32元";
  f.value = "437.32";
  f.unit = "元";
  f.label = kHostile;
  f.context = std::string("拨付437.32元。") + kHostile;
  f.page_no = 1;
  f.box = {100, 100, 184, 112};  // whole runs, as the store keeps it
  f.text_begin = 6;
  f.text_end = 15;
  f.rule_id = kHostile;
  f.source = "text";
  d.facts = {f};
  IndicatorRow row;
  row.page_no = 1;
  row.level1 = row.level2 = row.level3 = row.target = row.actual = row.note =
      kHostile;
  row.weight = row.score = "10";
  d.indicators = {row};
  Finding finding;
  finding.rule = "unit.magnitude";
  finding.severity = "warning";
  finding.message = kHostile;
  finding.expected = kHostile;
  finding.actual = kHostile;
  finding.suggested = kHostile;
  finding.reading = kHostile;
  finding.alternatives = kHostile;
  finding.page_no = 1;
  finding.fact_ids = {7};
  d.findings = {finding};
  return d;
}

// Every tag in html is one of the report's own, with only the report's own
// attributes, each value quoted: text that broke out of an element or an
// attribute would show up as another tag or another attribute.
void ExpectNoMarkupFromTheDocument(const std::string& html) {
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(html.find("&amp;amp;"), std::string::npos);  // & itself escaped
  static const std::set<std::string> tags = {
      "html", "head",       "meta",   "title",   "style",  "body",   "nav",
      "a",    "h1",         "h2",     "p",       "table",  "thead",  "tbody",
      "tr",   "th",         "td",     "article", "header", "code",   "dl",
      "dt",   "dd",         "div",    "q",       "mark",   "figure", "img",
      "span", "figcaption", "footer", "strong",  "pre"};
  static const std::set<std::string> attributes = {
      "lang",  "charset", "name",  "content", "http-equiv", "href",   "src",
      "class", "id",      "style", "title",   "width",      "height", "alt"};
  static const std::regex tag("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
  static const std::regex attribute("\\s+([^\\s=/>]+)(=(\"[^\"]*\"|'[^']*'))?");
  int count = 0;
  for (std::sregex_iterator it(html.begin(), html.end(), tag), end; it != end;
       ++it, ++count) {
    EXPECT_TRUE(tags.count((*it)[2].str())) << (*it)[0].str();
    std::string attrs = (*it)[3].str();
    size_t consumed = 0;
    for (std::sregex_iterator a(attrs.begin(), attrs.end(), attribute);
         a != std::sregex_iterator(); ++a) {
      EXPECT_EQ(size_t(a->position()), consumed) << (*it)[0].str();
      consumed = size_t(a->position() + a->length());
      std::string name = (*a)[1].str();
      EXPECT_TRUE(attributes.count(name) || name.starts_with("data-"))
          << name << " in " << (*it)[0].str();
    }
    EXPECT_EQ(consumed, attrs.size()) << (*it)[0].str();
  }
  EXPECT_GT(count, 20);
  // No raw < outside a tag: every < starts one of the tags above.
  size_t lt = 0;
  for (char c : html) lt += c == '<';
  EXPECT_EQ(lt, size_t(count) + 1);  // and <!DOCTYPE html>
}

TEST(Html, EscapesEveryCharacterThatMatters) {
  EXPECT_EQ(Escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  EXPECT_EQ(Escape("医保基金"), "医保基金");
}

TEST(Html, HostileDocumentTextStaysText) {
  store::DocumentRecord d = HostileDoc();
  DocumentImages images;
  images.pages[1] = {"page-1.png", 1250, 1667, {0, 0, 600, 800}};
  images.figures[{0, 0}] = {"fig-1-1.png", 1000, 100, {90, 80, 510, 128}};
  std::string doc = DocumentHtml(3, d, images);
  ExpectNoMarkupFromTheDocument(doc);
  EXPECT_NE(doc.find("<dt>suggested</dt><dd class=\"suggested\">&lt;script"),
            std::string::npos);
  EXPECT_NE(doc.find("<dt>reading tested</dt>"), std::string::npos);
  ExpectNoMarkupFromTheDocument(PageHtml(3, d, 1, images));
  IndexRow row;
  row.doc_id = 3;
  row.path = d.path;
  row.status = d.status;
  row.bureau = d.bureau;
  row.kind = d.report_kind;
  for (const auto& [name, html] : IndexHtml({row})) {
    SCOPED_TRACE(name);
    ExpectNoMarkupFromTheDocument(html);
  }
}

TEST(Html, NothingLoadsFromElsewhere) {
  store::DocumentRecord d = HostileDoc();
  std::string html = DocumentHtml(3, d, {});
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src "
                      "'none';"),
            std::string::npos);
  EXPECT_EQ(html.find("http:"), std::string::npos);
  EXPECT_EQ(html.find("https:"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("@font-face"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("\"Noto Sans CJK SC\""), std::string::npos);
}

TEST(Html, HighlightIsTheFactsShareOfItsRuns) {
  store::DocumentRecord d = HostileDoc();
  // 437.32 is the whole of its run; 元 is the first of the two characters
  // of its run: [160, 172). The stored box would have reached 184.
  Box b = TextBox(d.pages[0], 6, 15);
  EXPECT_DOUBLE_EQ(b.x0, 124);
  EXPECT_DOUBLE_EQ(b.x1, 172);
  EXPECT_DOUBLE_EQ(b.y0, 100);
  EXPECT_DOUBLE_EQ(b.y1, 112);
  DocumentImages images;
  images.figures[{0, 0}] = {"fig-1-1.png", 1000, 100, {100, 90, 300, 130}};
  std::string html = DocumentHtml(3, d, images);
  // Relative to the region: left (124-100)/200, top (100-90)/40, width
  // 48/200, height 12/40.
  EXPECT_NE(html.find("style=\"left:12.000%;top:25.000%;width:24.000%;"
                      "height:30.000%\""),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("data-box=\"124.00 100.00 172.00 112.00\""),
            std::string::npos);
  EXPECT_NE(html.find("data-region=\"100.00 90.00 300.00 130.00\""),
            std::string::npos);
  // No image: the figure is left out and the page says why.
  DocumentImages none;
  none.why_not[1] = "the file has changed since it was ingested";
  html = DocumentHtml(3, d, none);
  EXPECT_EQ(html.find("class=\"hl\""), std::string::npos);
  EXPECT_NE(html.find("No image of page 1: the file has changed"),
            std::string::npos);
}

TEST(Html, CitedTableCellsAreMarked) {
  store::DocumentRecord d = HostileDoc();
  Fact cell;
  cell.fact_id = 8;
  cell.kind = "score";
  cell.raw = "10";
  cell.value = "10";
  cell.unit = "分";
  cell.label = "满意度 分值";
  cell.in_table = true;
  cell.page_no = 1;
  cell.context = std::string(kHostile) + " | 10 | 10";
  d.facts.push_back(cell);
  d.findings[0].fact_ids.push_back(8);
  std::string html = DocumentHtml(3, d, {});
  // The 分值 cell, not the equal 得分 one after it.
  EXPECT_NE(html.find("<td class=\"cited\" title=\"cited by a finding\">10</td>"
                      "<td>10</td>"),
            std::string::npos)
      << html;
}

TEST(Html, IndexSortsByEveryColumn) {
  std::vector<IndexRow> rows(3);
  rows[0] = {1, "/b.pdf", "ok", "乙局", "", 2021, 3, 0, 1, 0};
  rows[1] = {2, "/a.pdf", "ok", "甲局", "", 2022, 9, 2, 0, 0};
  rows[2] = {3, "/c.pdf", "failed", "丙局", "", 2020, 1, 0, 0, 5};
  auto files = IndexHtml(rows);
  ASSERT_EQ(files.size(), 21u);  // the default and 10 columns both ways
  auto order = [](const std::string& html) {
    std::string ids;
    std::regex cell("<tr><td class=\"num\"><a href=\"doc-(\\d+)/");
    for (std::sregex_iterator it(html.begin(), html.end(), cell), end;
         it != end; ++it) {
      ids += (*it)[1].str();
    }
    return ids;
  };
  std::map<std::string, std::string> by_name(files.begin(), files.end());
  EXPECT_EQ(order(by_name["index.html"]), "213");  // errors, then warnings
  EXPECT_EQ(order(by_name["index-file-asc.html"]), "213");
  EXPECT_EQ(order(by_name["index-year-desc.html"]), "213");
  EXPECT_EQ(order(by_name["index-pages-asc.html"]), "312");
  EXPECT_EQ(order(by_name["index-infos-desc.html"]), "312");
  // The header links to the other direction of the current sort.
  EXPECT_NE(by_name["index-pages-asc.html"].find(
                "<a href=\"index-pages-desc.html\">pages</a> ▲"),
            std::string::npos);
}

}  // namespace
}  // namespace tally::report
