#include "report/html.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <set>

#include "base/utf8.h"
#include "report/evidence.h"
#include "report/geometry.h"

namespace tally::report {
namespace {

constexpr char kStyle[] = R"css(
:root { --error: #b00020; --warning: #a85800; --info: #1d4ed8; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
         "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
         "Hiragino Sans GB", sans-serif;
       margin: 0 auto; max-width: 76rem; padding: 1rem 1.5rem; color: #111;
       line-height: 1.5; }
h1 { font-size: 1.5rem; margin: .5rem 0; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #ccc; }
nav { font-size: .9rem; margin-bottom: .5rem; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .15rem .45rem; vertical-align: top;
         text-align: left; }
th { background: #f3f3f3; }
th a { color: inherit; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.path, code { font-family: monospace; font-size: .9em; word-break: break-all; }
.sev { display: inline-block; padding: 0 .45rem; border-radius: .2rem;
       color: #fff; font-size: .85em; }
.sev-error { background: var(--error); }
.sev-warning { background: var(--warning); }
.sev-info { background: var(--info); }
.finding { border: 1px solid #ddd; border-left: .4rem solid var(--c);
           padding: .5rem 1rem; margin: 1rem 0; break-inside: avoid; }
.finding.error { --c: var(--error); }
.finding.warning { --c: var(--warning); }
.finding.info { --c: var(--info); }
.finding .message { font-weight: bold; margin: .3rem 0; }
dl.numbers { display: grid; grid-template-columns: max-content 1fr;
             gap: 0 1rem; margin: .3rem 0; }
dl.numbers dt { color: #555; }
dl.numbers dd { margin: 0; }
dl.numbers dd.suggested { font-weight: bold; color: #0a6b2d; }
.side { margin: .6rem 0; }
.where { margin: .2rem 0; }
mark { background: #ffe08a; }
figure { margin: .3rem 0 .8rem; }
.frame { position: relative; display: inline-block; max-width: 100%;
         border: 1px solid #bbb; line-height: 0; }
.frame img { display: block; max-width: 100%; height: auto; }
.hl { position: absolute; outline: 2px solid var(--warning);
      background: rgba(255, 160, 0, .12); }
.hl.main { outline: 3px solid var(--error); background: rgba(255, 0, 0, .15); }
.fact { position: absolute; outline: 1px solid rgba(29, 78, 216, .75);
        background: rgba(29, 78, 216, .08); }
.fact.cited { outline: 2px solid var(--error);
              background: rgba(255, 0, 0, .15); }
.fact .tip { display: none; position: absolute; left: 0; top: 100%;
             z-index: 2; background: #fffbe6; border: 1px solid #999;
             padding: .2rem .4rem; white-space: nowrap; line-height: 1.35;
             font-size: .8rem; color: #111; }
.fact:hover .tip, .fact:focus .tip { display: block; }
figcaption, .note { font-size: .85rem; color: #555; }
td.cited { background: #fde2e2; font-weight: bold; }
pre.text { white-space: pre-wrap; font-family: inherit; background: #fafafa;
           border: 1px solid #ddd; padding: .5rem; }
@media print {
  nav, .no-print { display: none; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  .finding, figure, tr { break-inside: avoid; }
  .hl, .fact, td.cited, .sev, mark {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .fact .tip { display: none !important; }
}
)css";

// Whatever the document says, the page loads nothing but images from its
// own folder and its own style.
constexpr char kPolicy[] =
    "default-src 'none'; img-src 'self' file: data:; "
    "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

std::string Head(const std::string& title) {
  return std::string("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n") +
         "<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
         kPolicy +
         "\">\n<meta name=\"generator\" content=\"tally report\">\n"
         "<title>" +
         Escape(title) + "</title>\n<style>" + kStyle +
         "</style>\n</head>\n<body>\n";
}

constexpr char kTail[] = "</body>\n</html>\n";

std::string Num(double v, const char* format = "%.2f") {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

// A box as a position within region, in percent of the region, so it
// scales with the image it lies on.
std::string Placement(const Box& b, const Box& region) {
  const double w = region.width(), h = region.height();
  return "left:" + Num(100 * (b.x0 - region.x0) / w, "%.3f") +
         "%;top:" + Num(100 * (b.y0 - region.y0) / h, "%.3f") +
         "%;width:" + Num(100 * b.width() / w, "%.3f") +
         "%;height:" + Num(100 * b.height() / h, "%.3f") + "%";
}

std::string BoxData(const Box& b) {
  return Num(b.x0) + " " + Num(b.y0) + " " + Num(b.x1) + " " + Num(b.y1);
}

std::string FactSummary(const Fact& f) {
  std::string s = f.label.empty() ? "" : f.label + " · ";
  s += f.qualifier + f.value + (f.unit.empty() ? "" : " " + f.unit);
  s += " · " + f.kind + " · " + f.rule_id;
  if (f.source == "ocr" && f.ocr_confidence >= 0) {
    s += " · OCR " + Num(f.ocr_confidence, "%.0f");
  }
  return s;
}

std::string Severity(const std::string& s) {
  return "<span class=\"sev sev-" + Escape(s) + "\">" + Escape(s) + "</span>";
}

std::string Title(const store::DocumentRecord& rec) {
  std::string t;
  if (!rec.bureau.empty()) t += rec.bureau;
  if (rec.fiscal_year) t += " " + std::to_string(*rec.fiscal_year) + "年度";
  if (!rec.report_kind.empty()) t += " " + rec.report_kind;
  if (t.empty()) {
    size_t slash = rec.path.rfind('/');
    t = slash == std::string::npos ? rec.path : rec.path.substr(slash + 1);
  }
  return t;
}

// The page text with every fact's characters marked, each mark linking to
// the fact on the page's figure when there is one.
std::string MarkedPageText(const store::PageRecord& page,
                           const std::vector<Fact>& facts,
                           const std::set<int64_t>& cited) {
  std::vector<const Fact*> on_page;
  for (const Fact& f : facts) {
    if (f.page_no == page.page_no && f.text_end > f.text_begin &&
        f.text_end <= page.text.size()) {
      on_page.push_back(&f);
    }
  }
  std::sort(on_page.begin(), on_page.end(), [](const Fact* a, const Fact* b) {
    return a->text_begin < b->text_begin;
  });
  std::string out;
  size_t pos = 0;
  for (const Fact* f : on_page) {
    if (f->text_begin < pos) continue;  // overlaps the previous one
    out += Escape(std::string_view(page.text).substr(pos, f->text_begin - pos));
    out += std::string("<mark") +
           (cited.count(f->fact_id) ? " class=\"cited\"" : "") + " title=\"" +
           Escape(FactSummary(*f)) + "\">" +
           Escape(std::string_view(page.text).substr(
               f->text_begin, f->text_end - f->text_begin)) +
           "</mark>";
    pos = f->text_end;
  }
  out += Escape(std::string_view(page.text).substr(pos));
  return out;
}

// --- the indicator and budget tables, with the cells findings cite -------

// The column a table fact was read from, by the header its label ends with
// ("… 分值"), else by its text equal to a cell's.
std::string ColumnOf(const Fact& f,
                     const std::vector<std::pair<std::string, std::string>>&
                         columns /* header, cell text */) {
  std::string label = Squeeze(f.label);
  for (const auto& [header, text] : columns) {
    if (label.ends_with(header)) return header;
  }
  std::string raw = Squeeze(f.raw);
  for (const auto& [header, text] : columns) {
    if (!text.empty() && (Squeeze(text) == raw || text == f.value)) {
      return header;
    }
  }
  return "";
}

// Whether fact f was read from the table row with this box and these cells.
bool InRow(const Fact& f, int page_no, const Box& row,
           const std::vector<std::string>& cells) {
  if (!f.in_table || f.page_no != page_no) return false;
  if (!f.box.empty() && !row.empty()) {
    return f.box.cy() >= row.y0 && f.box.cy() <= row.y1;
  }
  // No geometry: the row whose first words the fact's context holds.
  for (const std::string& c : cells) {
    if (!c.empty()) return f.context.find(c) != std::string::npos;
  }
  return false;
}

struct TableColumn {
  const char* header;
  std::function<const std::string&(size_t)> cell;
};

template <typename Row>
std::string Table(const std::vector<Row>& rows,
                  const std::vector<TableColumn>& columns,
                  const std::vector<const Fact*>& cited_facts,
                  std::function<std::vector<std::string>(const Row&)> keys) {
  std::string out = "<table class=\"indicators\">\n<thead><tr><th>页</th>";
  for (const TableColumn& c : columns) {
    out += "<th>" + Escape(c.header) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    std::vector<std::pair<std::string, std::string>> cells;
    for (const TableColumn& c : columns)
      cells.emplace_back(c.header, c.cell(i));
    std::set<std::string> marked;
    for (const Fact* f : cited_facts) {
      if (InRow(*f, r.page_no, r.box, keys(r))) {
        std::string col = ColumnOf(*f, cells);
        if (!col.empty()) marked.insert(col);
      }
    }
    out += "<tr><td class=\"num\"><a href=\"page-" + std::to_string(r.page_no) +
           ".html\">" + std::to_string(r.page_no) + "</a></td>";
    for (const auto& [header, text] : cells) {
      out += std::string("<td") +
             (marked.count(header)
                  ? " class=\"cited\" title=\"cited by a finding\""
                  : "") +
             ">" + Escape(text) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string DocumentHtml(int64_t doc_id, const store::DocumentRecord& rec,
                         const DocumentImages& images) {
  const std::string title = Title(rec);
  std::string out = Head(title + " — tally");
  out += "<nav><a href=\"../index.html\">← all documents</a></nav>\n";
  out += "<h1>" + Escape(title) + "</h1>\n";
  out += "<p class=\"path\">" + Escape(rec.path) + "</p>\n";

  std::map<std::string, int> by_severity;
  for (const Finding& f : rec.findings) ++by_severity[f.severity];
  out += "<table class=\"meta\">\n";
  auto row = [&](const char* name, const std::string& value) {
    if (!value.empty()) {
      out += std::string("<tr><th>") + name + "</th><td>" + Escape(value) +
             "</td></tr>\n";
    }
  };
  row("doc_id", std::to_string(doc_id));
  row("file", rec.path);
  row("sha256", rec.sha256);
  row("file kind", rec.file_kind);
  row("status", rec.status + (rec.error.empty() ? "" : ": " + rec.error));
  row("pages", std::to_string(rec.pages.size()) + " read of " +
                   std::to_string(rec.page_count));
  row("bureau (部门)", rec.bureau);
  row("fiscal year (年度)",
      rec.fiscal_year ? std::to_string(*rec.fiscal_year) : "");
  row("report kind", rec.report_kind);
  row("report date", rec.report_date);
  row("pipeline version", rec.pipeline_version);
  row("findings", std::to_string(by_severity["error"]) + " error, " +
                      std::to_string(by_severity["warning"]) + " warning, " +
                      std::to_string(by_severity["info"]) + " info");
  out += "</table>\n";

  // Pages and how each was read.
  std::set<int64_t> cited;
  for (const Finding& f : rec.findings) {
    cited.insert(f.fact_ids.begin(), f.fact_ids.end());
  }
  out +=
      "<h2 id=\"pages\">Pages</h2>\n<table>\n<thead><tr><th>page</th>"
      "<th>read from</th><th>why</th><th>OCR confidence</th>"
      "<th>characters</th><th>facts</th><th>findings</th><th>image</th>"
      "</tr></thead>\n<tbody>\n";
  for (const store::PageRecord& p : rec.pages) {
    int facts = 0, findings = 0;
    for (const Fact& f : rec.facts) facts += f.page_no == p.page_no;
    for (const Finding& f : rec.findings) findings += f.page_no == p.page_no;
    size_t chars = 0;
    for (size_t pos = 0; pos < p.text.size(); ++chars) DecodeUtf8(p.text, &pos);
    auto why_not = images.why_not.find(p.page_no);
    out += "<tr><td class=\"num\"><a href=\"page-" + std::to_string(p.page_no) +
           ".html\">" + std::to_string(p.page_no) + "</a></td><td>" +
           (p.source == "ocr" ? "OCR" : "text layer") + "</td><td>" +
           Escape(p.route_reason) + "</td><td class=\"num\">" +
           (p.ocr_confidence >= 0 ? Num(p.ocr_confidence, "%.1f") : "") +
           "</td><td class=\"num\">" + std::to_string(chars) +
           "</td><td class=\"num\">" + std::to_string(facts) +
           "</td><td class=\"num\">" + std::to_string(findings) + "</td><td>" +
           (images.pages.count(p.page_no)
                ? "<a href=\"page-" + std::to_string(p.page_no) +
                      ".html\">view</a>"
            : why_not != images.why_not.end() ? Escape(why_not->second)
                                              : "") +
           "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n";

  // Findings, each with its evidence.
  out += "<h2 id=\"findings\">Findings (" +
         std::to_string(rec.findings.size()) + ")</h2>\n";
  if (rec.findings.empty()) out += "<p>No finding.</p>\n";
  for (size_t i = 0; i < rec.findings.size(); ++i) {
    const Finding& f = rec.findings[i];
    out += "<article class=\"finding " + Escape(f.severity) +
           "\" id=\"finding-" + std::to_string(i + 1) + "\">\n<header>" +
           Severity(f.severity) + " <code>" + Escape(f.rule) + "</code>" +
           (f.page_no > 0 ? " · p." + std::to_string(f.page_no) : "") +
           "</header>\n<p class=\"message\">" + Escape(f.message) + "</p>\n";
    if (!f.expected.empty() || !f.actual.empty() || !f.suggested.empty()) {
      out += "<dl class=\"numbers\"><dt>expected</dt><dd>" +
             Escape(f.expected.empty() ? "-" : f.expected) +
             "</dd><dt>stated</dt><dd>" +
             Escape(f.actual.empty() ? "-" : f.actual) + "</dd>";
      if (!f.suggested.empty()) {
        out += "<dt>suggested</dt><dd class=\"suggested\">" +
               Escape(f.suggested) + "</dd>";
      }
      if (!f.reading.empty()) {
        out += "<dt>reading tested</dt><dd>" + Escape(f.reading) + "</dd>";
      }
      if (!f.alternatives.empty()) {
        out += "<dt>other readings</dt><dd>" + Escape(f.alternatives) + "</dd>";
      }
      out += "</dl>\n";
    }
    std::vector<Side> sides = SidesOf(f, rec.facts);
    const Fact* first =
        sides.empty() || sides[0].facts.empty() ? nullptr : sides[0].facts[0];
    for (size_t s = 0; s < sides.size(); ++s) {
      const Side& side = sides[s];
      const store::PageRecord* page = PageOf(rec, side.page_no);
      out += "<div class=\"side\">\n<p class=\"where\">p." +
             std::to_string(side.page_no) +
             (side.in_table ? " · table row: " : " · sentence: ") + "<q>";
      for (const Piece& piece :
           MarkFacts(side.context, page ? std::string_view(page->text) : "",
                     side.facts)) {
        out += piece.marked ? "<mark>" + Escape(piece.text) + "</mark>"
                            : Escape(piece.text);
      }
      out += "</q></p>\n";
      auto fig = images.figures.find({i, s});
      if (fig != images.figures.end()) {
        const Image& im = fig->second;
        out += "<figure class=\"crop\" data-page=\"" +
               std::to_string(side.page_no) + "\" data-region=\"" +
               BoxData(im.region) + "\">\n<div class=\"frame\"><img src=\"" +
               Escape(im.file) + "\" width=\"" + std::to_string(im.width) +
               "\" height=\"" + std::to_string(im.height) + "\" alt=\"page " +
               std::to_string(side.page_no) + ", the region of the finding\">";
        for (const Fact* fact : side.facts) {
          Box b = FactBox(rec, *fact);
          if (b.empty()) continue;
          // The finding's own fact (cited first; and where a repeated
          // passage repeats it, its copies) stands out from the ones it is
          // set against.
          const bool main = first != nullptr &&
                            (fact == first || (fact->raw == first->raw &&
                                               fact->label == first->label));
          out += std::string("<span class=\"hl") + (main ? " main" : "") +
                 "\" data-fact=\"" + std::to_string(fact->fact_id) +
                 "\" data-box=\"" + BoxData(b) + "\" data-raw=\"" +
                 Escape(fact->raw) + "\" style=\"" + Placement(b, im.region) +
                 "\" title=\"" + Escape(FactSummary(*fact)) + "\"></span>";
        }
        out += "</div>\n<figcaption><a href=\"page-" +
               std::to_string(side.page_no) + ".html#fact-" +
               std::to_string(side.facts.empty() ? 0 : side.facts[0]->fact_id) +
               "\">page " + std::to_string(side.page_no) +
               " with all its facts</a></figcaption>\n</figure>\n";
      } else {
        auto why = images.why_not.find(side.page_no);
        if (why != images.why_not.end()) {
          out += "<p class=\"note\">No image of page " +
                 std::to_string(side.page_no) + ": " + Escape(why->second) +
                 "</p>\n";
        }
      }
      out += "</div>\n";
    }
    out += "</article>\n";
  }

  // The indicator table(s) and budget block, cited cells marked.
  std::vector<const Fact*> cited_facts;
  for (const Fact& f : rec.facts) {
    if (cited.count(f.fact_id) && f.in_table) cited_facts.push_back(&f);
  }
  if (!rec.indicators.empty()) {
    const auto& r = rec.indicators;
    out += "<h2 id=\"indicators\">Indicator table (绩效自评表)</h2>\n";
    out += Table<IndicatorRow>(
        r,
        {{"一级指标",
          [&](size_t i) -> const std::string& { return r[i].level1; }},
         {"二级指标",
          [&](size_t i) -> const std::string& { return r[i].level2; }},
         {"三级指标",
          [&](size_t i) -> const std::string& { return r[i].level3; }},
         {"年度指标值",
          [&](size_t i) -> const std::string& { return r[i].target; }},
         {"实际完成值",
          [&](size_t i) -> const std::string& { return r[i].actual; }},
         {"分值", [&](size_t i) -> const std::string& { return r[i].weight; }},
         {"得分", [&](size_t i) -> const std::string& { return r[i].score; }},
         {"偏差原因",
          [&](size_t i) -> const std::string& { return r[i].note; }}},
        cited_facts, [](const IndicatorRow& row) {
          return std::vector<std::string>{row.level3, row.target};
        });
  }
  if (!rec.budgets.empty()) {
    const auto& r = rec.budgets;
    out += "<h2 id=\"budgets\">Budget (项目资金)</h2>\n";
    out += Table<BudgetRow>(
        r,
        {{"项目", [&](size_t i) -> const std::string& { return r[i].item; }},
         {"单位", [&](size_t i) -> const std::string& { return r[i].unit; }},
         {"年初预算数",
          [&](size_t i) -> const std::string& { return r[i].initial; }},
         {"全年预算数",
          [&](size_t i) -> const std::string& { return r[i].full; }},
         {"全年执行数",
          [&](size_t i) -> const std::string& { return r[i].executed; }},
         {"分值", [&](size_t i) -> const std::string& { return r[i].weight; }},
         {"执行率", [&](size_t i) -> const std::string& { return r[i].rate; }},
         {"得分", [&](size_t i) -> const std::string& { return r[i].score; }}},
        cited_facts, [](const BudgetRow& row) {
          return std::vector<std::string>{row.item};
        });
  }
  out += "<footer class=\"note\"><p>tally audit report · pipeline version " +
         Escape(rec.pipeline_version) + "</p></footer>\n";
  return out + kTail;
}

std::string PageHtml(int64_t doc_id, const store::DocumentRecord& rec,
                     int page_no, const DocumentImages& images) {
  const store::PageRecord* page = PageOf(rec, page_no);
  const std::string title = Title(rec);
  std::string out =
      Head("p." + std::to_string(page_no) + " — " + title + " — tally");
  out +=
      "<nav><a href=\"index.html\">← document</a> · <a "
      "href=\"../index.html\">all documents</a> · pages:";
  for (const store::PageRecord& p : rec.pages) {
    out += p.page_no == page_no
               ? " <strong>" + std::to_string(p.page_no) + "</strong>"
               : " <a href=\"page-" + std::to_string(p.page_no) + ".html\">" +
                     std::to_string(p.page_no) + "</a>";
  }
  out += "</nav>\n<h1>p." + std::to_string(page_no) + " — " + Escape(title) +
         "</h1>\n";
  if (page == nullptr) return out + "<p>This page was not read.</p>\n" + kTail;
  out += "<p>Read from " +
         std::string(page->source == "ocr" ? "OCR" : "the text layer") +
         (page->ocr_confidence >= 0
              ? " (confidence " + Num(page->ocr_confidence, "%.1f") + ")"
              : "") +
         ": " + Escape(page->route_reason) + ". doc_id " +
         std::to_string(doc_id) + ".</p>\n";
  // Which findings cite each fact.
  std::map<int64_t, std::vector<size_t>> citing;
  for (size_t i = 0; i < rec.findings.size(); ++i) {
    for (int64_t id : rec.findings[i].fact_ids) citing[id].push_back(i);
  }
  std::set<int64_t> cited;
  for (const auto& [id, list] : citing) cited.insert(id);
  auto image = images.pages.find(page_no);
  if (image != images.pages.end()) {
    const Image& im = image->second;
    out += "<div class=\"frame page-view\"><img src=\"" + Escape(im.file) +
           "\" width=\"" + std::to_string(im.width) + "\" height=\"" +
           std::to_string(im.height) + "\" alt=\"page " +
           std::to_string(page_no) + "\">";
    for (const Fact& f : rec.facts) {
      if (f.page_no != page_no) continue;
      Box b = FactBox(rec, f);
      if (b.empty()) continue;
      std::string tip = FactSummary(f);
      auto c = citing.find(f.fact_id);
      std::string href = "#facts";
      if (c != citing.end()) {
        tip += " · finding";
        for (size_t i : c->second) {
          tip += " " + std::to_string(i + 1) + " " + rec.findings[i].rule;
        }
        href = "index.html#finding-" + std::to_string(c->second[0] + 1);
      }
      out += "<a class=\"fact" +
             std::string(c != citing.end() ? " cited" : "") + "\" id=\"fact-" +
             std::to_string(f.fact_id) + "\" href=\"" + href +
             "\" data-box=\"" + BoxData(b) + "\" style=\"" +
             Placement(b, im.region) + "\" title=\"" + Escape(tip) +
             "\"><span class=\"tip\">" + Escape(tip) + "</span></a>";
    }
    out += "</div>\n";
  } else {
    auto why = images.why_not.find(page_no);
    out += "<p class=\"note\">No image of this page" +
           (why != images.why_not.end() ? ": " + Escape(why->second) : "") +
           ".</p>\n";
  }
  out += "<h2>Text</h2>\n<pre class=\"text\">" +
         MarkedPageText(*page, rec.facts, cited) + "</pre>\n";
  out +=
      "<h2 id=\"facts\">Facts</h2>\n<table>\n<thead><tr><th>fact</th>"
      "<th>kind</th><th>as printed</th><th>value</th><th>unit</th>"
      "<th>label</th><th>rule</th><th>findings</th></tr></thead>\n<tbody>\n";
  for (const Fact& f : rec.facts) {
    if (f.page_no != page_no) continue;
    std::string findings;
    auto c = citing.find(f.fact_id);
    if (c != citing.end()) {
      for (size_t i : c->second) {
        findings += "<a href=\"index.html#finding-" + std::to_string(i + 1) +
                    "\">" + Escape(rec.findings[i].rule) + "</a> ";
      }
    }
    out += "<tr><td class=\"num\">" + std::to_string(f.fact_id) + "</td><td>" +
           Escape(f.kind) + "</td><td>" + Escape(f.raw) + "</td><td>" +
           Escape(f.qualifier + f.value) + "</td><td>" + Escape(f.unit) +
           "</td><td>" + Escape(f.label) + "</td><td><code>" +
           Escape(f.rule_id) + "</code></td><td>" + findings + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n";
  return out + kTail;
}

std::vector<std::pair<std::string, std::string>> IndexHtml(
    const std::vector<IndexRow>& rows) {
  struct Key {
    const char* name;
    const char* header;
    bool numeric;  // sorts descending first
    std::function<bool(const IndexRow&, const IndexRow&)> less;
  };
  const std::vector<Key> keys = {
      {"doc", "doc", false,
       [](const IndexRow& a, const IndexRow& b) {
         return a.doc_id < b.doc_id;
       }},
      {"file", "file", false,
       [](const IndexRow& a, const IndexRow& b) { return a.path < b.path; }},
      {"status", "status", false,
       [](const IndexRow& a, const IndexRow& b) {
         return a.status < b.status;
       }},
      {"bureau", "bureau", false,
       [](const IndexRow& a, const IndexRow& b) {
         return a.bureau < b.bureau;
       }},
      {"year", "year", true,
       [](const IndexRow& a, const IndexRow& b) { return a.year < b.year; }},
      {"kind", "kind", false,
       [](const IndexRow& a, const IndexRow& b) { return a.kind < b.kind; }},
      {"pages", "pages", true,
       [](const IndexRow& a, const IndexRow& b) { return a.pages < b.pages; }},
      {"errors", "errors", true,
       [](const IndexRow& a, const IndexRow& b) {
         return a.errors < b.errors;
       }},
      {"warnings", "warnings", true,
       [](const IndexRow& a, const IndexRow& b) {
         return a.warnings < b.warnings;
       }},
      {"infos", "infos", true,
       [](const IndexRow& a, const IndexRow& b) { return a.infos < b.infos; }},
  };
  int errors = 0, warnings = 0, infos = 0;
  for (const IndexRow& r : rows) {
    errors += r.errors;
    warnings += r.warnings;
    infos += r.infos;
  }
  // One page: rows in the given order, `current` the file's sort (for the
  // header arrows and links).
  auto page = [&](std::vector<IndexRow> sorted, const std::string& key,
                  bool ascending) {
    std::string out = Head("tally audit report");
    out += "<h1>Audit report</h1>\n<p>" + std::to_string(rows.size()) +
           " document(s): " + std::to_string(errors) + " error(s), " +
           std::to_string(warnings) + " warning(s), " + std::to_string(infos) +
           " info(s). Click a column to sort.</p>\n<table class=\"docs\">\n"
           "<thead><tr>";
    for (const Key& k : keys) {
      bool here = key == k.name;
      bool next_ascending = here ? !ascending : !k.numeric;
      out += std::string("<th><a href=\"index-") + k.name +
             (next_ascending ? "-asc" : "-desc") + ".html\">" + k.header +
             "</a>" + (here ? (ascending ? " ▲" : " ▼") : "") + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const IndexRow& r : sorted) {
      std::string link = "doc-" + std::to_string(r.doc_id) + "/index.html";
      size_t slash = r.path.rfind('/');
      std::string file =
          slash == std::string::npos ? r.path : r.path.substr(slash + 1);
      out +=
          "<tr><td class=\"num\"><a href=\"" + link + "\">" +
          std::to_string(r.doc_id) + "</a></td><td><a href=\"" + link +
          "\" title=\"" + Escape(r.path) + "\">" + Escape(file) +
          "</a></td><td>" + Escape(r.status) + "</td><td>" + Escape(r.bureau) +
          "</td><td class=\"num\">" + (r.year ? std::to_string(*r.year) : "") +
          "</td><td>" + Escape(r.kind) + "</td><td class=\"num\">" +
          std::to_string(r.pages) + "</td><td class=\"num\">" +
          (r.errors ? "<span class=\"sev sev-error\">" +
                          std::to_string(r.errors) + "</span>"
                    : "0") +
          "</td><td class=\"num\">" + std::to_string(r.warnings) +
          "</td><td class=\"num\">" + std::to_string(r.infos) + "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n" + kTail;
  };
  std::vector<std::pair<std::string, std::string>> files;
  // The default: most errors, then warnings, then infos, first.
  std::vector<IndexRow> sorted = rows;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const IndexRow& a, const IndexRow& b) {
                     return std::tie(b.errors, b.warnings, b.infos, a.doc_id) <
                            std::tie(a.errors, a.warnings, a.infos, b.doc_id);
                   });
  files.emplace_back("index.html", page(sorted, "", false));
  for (const Key& k : keys) {
    for (bool ascending : {true, false}) {
      sorted = rows;
      std::stable_sort(sorted.begin(), sorted.end(),
                       [&](const IndexRow& a, const IndexRow& b) {
                         return ascending ? k.less(a, b) : k.less(b, a);
                       });
      files.emplace_back(std::string("index-") + k.name +
                             (ascending ? "-asc" : "-desc") + ".html",
                         page(sorted, k.name, ascending));
    }
  }
  return files;
}

}  // namespace tally::report
