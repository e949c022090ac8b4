// report/html.h: the pages of the audit report, as HTML text.
//
// Static and self-contained: no script, no font or style from elsewhere (a
// Content-Security-Policy says so to the browser), images from the report's
// own folder; it works offline and from a file, prints to PDF (a print
// stylesheet), and shows Chinese in the system's CJK fonts. Every piece of
// document text (paths, metadata, sentences, labels, messages) is escaped,
// so a report that contains markup or quotes shows them as text.
//
// The pages (report.h writes them):
//   index.html             the documents, with status, bureau, year, kind,
//                          pages and findings by severity, most findings
//                          first; index-KEY-asc|desc.html the same sorted by
//                          a column (the column headers link to them)
//   doc-ID/index.html      one document: metadata, pages with their route,
//                          every finding with its evidence and a figure per
//                          side, the indicator and budget tables
//   doc-ID/page-N.html     page N with every fact drawn on it (hover shows
//                          label, value, unit, kind and rule)
//
// Thread safety: pure functions.
#ifndef TALLY_REPORT_HTML_H_
#define TALLY_REPORT_HTML_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/geometry.h"
#include "store/store.h"

namespace tally::report {

// The image of a page, or of a region of it, in the document's folder.
struct Image {
  std::string file;           // "page-2.png", relative to doc-ID/
  int width = 0, height = 0;  // pixels
  Box region;  // the part of the page it shows, in points (a whole page:
               // 0, 0, width, height)
};

// What the renderers made for one document.
struct DocumentImages {
  std::map<int, Image> pages;          // by page_no
  std::map<int, std::string> why_not;  // page_no -> why it has no image
  // (finding index, side index) -> the figure of that side.
  std::map<std::pair<size_t, size_t>, Image> figures;
};

// s with &, <, >, " and ' as character references: safe as element text and
// as a double- or single-quoted attribute value.
std::string Escape(std::string_view s);

// doc-ID/index.html.
std::string DocumentHtml(int64_t doc_id, const store::DocumentRecord& rec,
                         const DocumentImages& images);

// doc-ID/page-N.html for page page_no of rec.
std::string PageHtml(int64_t doc_id, const store::DocumentRecord& rec,
                     int page_no, const DocumentImages& images);

// One document's line in the index.
struct IndexRow {
  int64_t doc_id = 0;
  std::string path, status, bureau, kind;
  std::optional<int> year;
  int pages = 0;
  int errors = 0, warnings = 0, infos = 0;
};

// index.html and every sorted variant: (file name, HTML).
std::vector<std::pair<std::string, std::string>> IndexHtml(
    const std::vector<IndexRow>& rows);

}  // namespace tally::report

#endif  // TALLY_REPORT_HTML_H_
