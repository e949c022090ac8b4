#include "pipeline/assemble.h"

#include <algorithm>
#include <cstdint>

#include "base/utf8.h"
#include "pipeline/check_record.h"

namespace tally::pipeline {
namespace {

// Maps every word to the bytes of the normalised text it became, through
// the normaliser's offsets (output byte -> input byte) and the layout's
// spans (input byte -> word). Words that became nothing keep [0, 0).
void MapBoxes(const PageContent& content,
              const std::vector<const layout::Line*>& lines,
              const std::vector<uint32_t>& line_starts,
              const normalize::Normalized& norm, store::PageRecord* page) {
  std::vector<uint32_t> begin(content.words.size(), UINT32_MAX);
  std::vector<uint32_t> end(content.words.size(), 0);
  size_t li = 0;
  for (size_t i = 0; i < norm.text.size() && !lines.empty(); ++i) {
    uint32_t off = norm.offsets[i];
    while (li + 1 < line_starts.size() && line_starts[li + 1] <= off) ++li;
    uint32_t in_line = off - line_starts[li];
    const auto& spans = lines[li]->spans;
    auto it = std::upper_bound(
        spans.begin(), spans.end(), in_line,
        [](uint32_t v, const layout::Span& s) { return v < s.begin; });
    if (it == spans.begin()) continue;
    --it;
    if (in_line >= it->end) continue;
    begin[it->word] = std::min(begin[it->word], uint32_t(i));
    end[it->word] = std::max(end[it->word], uint32_t(i + 1));
  }
  page->boxes.reserve(content.words.size());
  for (size_t w = 0; w < content.words.size(); ++w) {
    const Word& word = content.words[w];
    store::BoxRecord b;
    b.box = word.box;
    b.text = word.text;
    b.font_size = word.font_size;
    b.confidence = word.confidence;
    b.ocr_raw = word.raw;
    b.ref = word.ref;
    b.symbol_confidence = word.symbol_confidence;
    if (begin[w] != UINT32_MAX) {
      b.text_begin = begin[w];
      b.text_end = end[w];
    }
    page->boxes.push_back(std::move(b));
  }
}

store::PageRecord PageOf(const wire::PageRead& read) {
  store::PageRecord page;
  page.page_no = read.page_no;
  page.source = read.source;
  page.route_reason = read.route_reason;
  page.ocr_confidence = read.ocr_confidence;
  page.hidden_chars = read.hidden_chars;
  page.width = read.content.width;
  page.height = read.content.height;
  return page;
}

// A page of positioned words, in the reading order layout gave it.
store::PageRecord BuildPage(const wire::PageRead& read,
                            const layout::PageLayout& layout,
                            const normalize::Normalizer& normalizer) {
  store::PageRecord page = PageOf(read);
  std::vector<normalize::InputLine> inputs;
  std::vector<const layout::Line*> body;
  std::vector<uint32_t> starts;
  uint32_t pos = 0;
  for (const layout::Line& line : layout.lines) {
    page.lines.push_back(
        {layout::LineKindName(line.kind), line.text, line.box});
    if (line.kind != layout::LineKind::kBody &&
        line.kind != layout::LineKind::kTableRow) {
      continue;  // headers, footers and page numbers stay out of the text
    }
    inputs.push_back(
        {line.text, line.fill, line.kind == layout::LineKind::kTableRow});
    body.push_back(&line);
    starts.push_back(pos);
    pos += uint32_t(line.text.size()) + 1;
  }
  normalize::Normalized norm = normalizer.Normalize(inputs);
  MapBoxes(read.content, body, starts, norm, &page);
  page.text = std::move(norm.text);
  return page;
}

// A page that is text already (a plain-text file's page): normalised as a
// whole; its lines as they are, without geometry, so without boxes.
store::PageRecord TextPage(const wire::PageRead& read,
                           const normalize::Normalizer& normalizer) {
  store::PageRecord page = PageOf(read);
  std::string_view chunk = read.text;
  page.text = normalizer.NormalizeText(chunk).text;
  size_t ls = 0;
  while (ls < chunk.size()) {
    size_t nl = chunk.find('\n', ls);
    if (nl == std::string_view::npos) nl = chunk.size();
    if (nl > ls) {
      // The stored line is the input as read, less what no report holds:
      // control characters (a carriage return of a CRLF file among them).
      std::string raw;
      for (size_t i = ls; i < nl;) {
        size_t start = i;
        char32_t c = DecodeUtf8(chunk, &i);
        if (!IsControl(c) || c == '\t') {
          raw.append(chunk.substr(start, i - start));
        }
      }
      // A line with a tab is a table row, its cells between the tabs.
      const char* kind =
          raw.find('\t') != std::string::npos ? "table_row" : "body";
      page.lines.push_back({kind, std::move(raw), Box()});
    }
    ls = nl + 1;
  }
  return page;
}

// A text page of a structured format (docx, xlsx, html): its lines are
// whole paragraphs and table rows, so none is joined to the next (a
// paragraph's line ends short: fill 0), and its runs (cells, paragraphs,
// with their addresses) become its boxes, mapped to the text as layout's
// spans map words.
store::PageRecord StructuredPage(const wire::PageRead& read,
                                 const normalize::Normalizer& normalizer) {
  layout::PageLayout layout;
  layout.page_no = read.page_no;
  const std::vector<Word>& words = read.content.words;
  const size_t runs = std::min(words.size(), read.word_begin.size());
  size_t w = 0;
  std::string_view text = read.text;
  for (size_t start = 0; start <= text.size();) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    layout::Line line;
    line.text = std::string(text.substr(start, nl - start));
    const bool row = line.text.find('\t') != std::string::npos;
    line.kind = row ? layout::LineKind::kTableRow : layout::LineKind::kBody;
    line.fill = 0;
    for (; w < runs && read.word_begin[w] < nl; ++w) {
      uint32_t b = read.word_begin[w];
      uint32_t e = b + uint32_t(words[w].text.size());
      if (b < start || e > nl) continue;  // not within this line: no span
      line.spans.push_back({uint32_t(b - start), uint32_t(e - start), int(w)});
    }
    layout.lines.push_back(std::move(line));
    start = nl + 1;
  }
  return BuildPage(read, layout, normalizer);
}

}  // namespace

void ExtractAndCheck(const extract::Extractor& extractor,
                     const check::Options& options,
                     store::DocumentRecord* rec) {
  std::vector<extract::Page> pages;
  pages.reserve(rec->pages.size());
  for (const store::PageRecord& p : rec->pages) {
    extract::Page& page = pages.emplace_back();
    page.page_no = p.page_no;
    page.text = p.text;
    page.source = p.source;
    page.boxes.reserve(p.boxes.size());
    for (const store::BoxRecord& b : p.boxes) {
      page.boxes.push_back({b.box, b.text_begin, b.text_end, b.confidence});
    }
  }
  extract::Extracted out = extractor.Extract(pages);
  rec->bureau = std::move(out.bureau);
  rec->fiscal_year = out.fiscal_year;
  rec->report_kind = std::move(out.report_kind);
  rec->report_date = std::move(out.report_date);
  rec->project = std::move(out.project);
  rec->sections = std::move(out.sections);
  rec->facts = std::move(out.facts);
  rec->indicators = std::move(out.indicators);
  rec->budgets = std::move(out.budgets);
  rec->relations = std::move(out.relations);
  for (size_t i = 0; i < rec->facts.size(); ++i) {
    rec->facts[i].fact_id = int64_t(i) + 1;  // the record's names for them
  }
  rec->findings = CheckRecord(*rec, options);
}

Assembled Assembler::Run(const std::vector<wire::PageRead>& pages,
                         bool extract) const {
  Assembled out;
  store::DocumentRecord& rec = out.record;
  // Reading order across pages: furniture (running headers, page numbers)
  // is recognised by its repeating over the document's pages.
  std::vector<layout::PageLayout> layouts;
  std::vector<const wire::PageRead*> positioned;
  for (const wire::PageRead& p : pages) {
    if (p.is_text) continue;
    layouts.push_back(layout::AssemblePage(p.content, layout));
    positioned.push_back(&p);
  }
  layout::FinishDocument(&layouts, layout);
  size_t next = 0;
  for (const wire::PageRead& p : pages) {
    if (p.is_text) {
      rec.pages.push_back(p.structured ? StructuredPage(p, *normalizer)
                                       : TextPage(p, *normalizer));
      continue;
    }
    const layout::PageLayout& l = layouts[next++];
    for (const std::string& note : l.notes) {
      out.notes.push_back("page " + std::to_string(p.page_no) + ": " + note);
    }
    rec.pages.push_back(BuildPage(p, l, *normalizer));
  }
  if (extract) ExtractAndCheck(*extractor, check, &rec);
  return out;
}

}  // namespace tally::pipeline
