// formats/formats.h: the document formats archives hold besides PDF and
// images, read into pages of text with their provenance.
//
// Input: a file's bytes (untrusted: this stage runs in the ingest workers,
// under their time and memory limits). Output: a Document, one Page per
// page, sheet or archive-defined unit:
//   * .docx (OOXML WordprocessingML): paragraphs as lines and tables as
//     rows, read directly; one page until an explicit page break.
//   * .xlsx (OOXML SpreadsheetML): one page per visible sheet, every row a
//     line with its cells exactly as the workbook stores them (numbers in
//     the cell's own format: 0.95 in a 0% cell is "95%"), merged cells left
//     empty beyond their first; provenance is the cell address ("自评表!C5").
//   * .ofd (GB/T 33190: a zip of XML): positioned text per page, as a PDF's
//     text layer (PageContent, in PDF points), with ruling lines for tables.
//   * saved .html pages: the text, not the tags; tables as rows (rowspan
//     and colspan keep the columns aligned); script and style dropped.
//   * .doc/.wps (legacy Word binaries): converted to PDF by LibreOffice
//     headless (Convert), then read as a PDF, with its pages and boxes;
//     .xls/.et (legacy Excel binaries): converted to xlsx, then read as
//     one, so cells stay exact and keep their addresses (a sheet printed
//     to PDF loses its grid and wraps its cells).
//   * .zip: a container; its members are documents of their own
//     (ZipMembers / ZipMember), not pages.
// A table row is a line whose cells are separated by '\t' (one row, one
// line), the convention the layout stage uses for ruled tables, so the
// extract stage finds indicator tables in every format alike.
//
// libzip and libxml2 (XML and its HTML parser) are used here and nowhere
// else. Limits guard against hostile files: a zip member is read only up to
// Options::max_member_bytes (a zip bomb stops there), XML is parsed without
// network access or external entities.
//
// Thread safety: pure functions of their input.
//
//   std::optional<Format> f = formats::Sniff(bytes);
//   if (f == Format::kXlsx) {
//     StatusOr<formats::Document> doc = formats::Read(bytes, *f, options);
//   }
#ifndef TALLY_FORMATS_FORMATS_H_
#define TALLY_FORMATS_FORMATS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/geometry.h"
#include "base/status.h"

namespace tally::formats {

enum class Format {
  kDocx,
  kXlsx,
  kOfd,
  kHtml,
  kZip,
  kDoc,     // legacy Word binary (.doc, and WPS Writer's .wps)
  kXls,     // legacy Excel binary (.xls, and WPS Spreadsheets' .et)
  kOffice,  // another OLE2 compound file LibreOffice may still read
};
// "docx", "xlsx", "ofd", "html", "zip", "doc", "xls", "office": the
// documents.file_kind of each.
const char* FormatName(Format f);

// The format of bytes by their content, never their name: a zip holding
// word/document.xml is docx, xl/workbook.xml xlsx, OFD.xml ofd, anything
// else zip; an OLE2 compound file is doc, xls or office by its streams; text
// starting (after a byte order mark and blanks) with an HTML tag or
// doctype, or with one in its first KiB, is html. nullopt for anything else
// (PDF, images and plain text are base/file.h's).
std::optional<Format> Sniff(std::string_view bytes);

struct Options {
  // Largest uncompressed zip member read (a document part, or an archive's
  // member); a larger one is an error, so a zip bomb costs nothing.
  int64_t max_member_bytes = int64_t{512} << 20;
  // Most members a zip may list.
  int max_members = 20000;
  // Most cells read from one sheet (a sheet of a million empty-styled cells
  // is a spreadsheet, not a report).
  int64_t max_cells = 2000000;
  // LibreOffice: the soffice binary (found on PATH when empty) and how long
  // one conversion may take.
  std::string soffice;
  int convert_timeout_seconds = 120;
};

// One run of text with where it came from: a cell, a paragraph, a text
// object.
struct Cell {
  std::string text;  // UTF-8
  std::string ref;   // in the format's own terms: "自评表!C5", "段落 12",
                     // "表 2 行 3 列 4"; empty when the box says it all
  Box box;           // PDF points on the page; empty without geometry
};

struct Line {
  bool table_row = false;   // a table row: cells joined by '\t'
  std::vector<Cell> cells;  // a body line has one
};

struct Page {
  int page_no = 0;   // from 1
  std::string name;  // the sheet's name for xlsx; empty otherwise
  // Structured formats (docx, xlsx, html): lines in reading order.
  std::vector<Line> lines;
  // Positioned formats (ofd): words and ruling lines, for the layout stage,
  // with the page size in content.width/height.
  bool positioned = false;
  PageContent content;
};

struct Document {
  std::vector<Page> pages;
  // Limits met and parts skipped, in words ("sheet 3 is hidden: skipped").
  std::vector<std::string> notes;
};

// Reads a docx, xlsx, ofd or html file. InvalidArgument for another format;
// Corrupt (with the part and the reason) for a damaged file;
// ResourceExhausted past a limit of options.
StatusOr<Document> Read(std::string_view bytes, Format format,
                        const Options& options);

// The members of a zip archive that are files (not folders), in the
// archive's order, with their uncompressed sizes as the archive states them.
struct ZipEntry {
  std::string name;  // path inside the archive, UTF-8 (GBK names converted)
  int64_t size = 0;
  uint64_t index = 0;  // libzip's index, for ZipMember
};
StatusOr<std::vector<ZipEntry>> ZipMembers(std::string_view bytes,
                                           const Options& options);
// The bytes of member `index`, at most options.max_member_bytes (else
// ResourceExhausted); Corrupt on a bad CRC or a damaged stream;
// Unsupported for an encrypted member.
StatusOr<std::string> ZipMember(std::string_view bytes, uint64_t index,
                                const Options& options);

// Why a text found in an archive folder is not a report's text, or "" if
// it may be one: a CSV table (most lines the same number, three or more, of
// comma-separated fields), tab-separated records (four lines in five, '#'
// comments aside, of three or more fields), source code (three lines in ten ending in ';'
// '{' '}' or opening as declarations do, mostly Han lines not counted: a
// report's list items may end in ';'), too little Chinese (fewer than 20
// Han characters, or under a fifth of the visible ones), or none of the
// genre's words (绩效, 预算, 资金, 自评, 指标, 支出, 评价, 决算). A reason in
// words, for the ingest summary.
std::string NotAReport(std::string_view utf8_text);

// What Convert makes of a legacy office file.
enum class Target { kPdf, kXlsx };

// Converts a legacy office file (doc, xls, wps, et, ...) to PDF or xlsx
// bytes with LibreOffice headless, in a fresh temporary profile and
// directory (so conversions never share state or block each other), killed
// after options.convert_timeout_seconds. Unsupported if LibreOffice is not
// installed; Corrupt if it cannot read the file.
StatusOr<std::string> Convert(std::string_view bytes, Format format,
                              Target target, const Options& options);

}  // namespace tally::formats

#endif  // TALLY_FORMATS_FORMATS_H_
