// xlsx (SpreadsheetML, ECMA-376): each visible sheet a page, each row a
// line, each cell as the workbook shows it.
//
// A cell's stored value is exact for text; a number is stored as the
// shortest decimal of a double ("194.19", sometimes "0.30000000000000004"),
// so it is read back to the 15 significant digits Excel itself displays and
// then formatted by the cell's number format as a reader sees it: 0.95 in a
// "0%" cell is "95%", 194.1 in a "0.00" cell "194.10", a date serial in a
// date format "2023年1月30日". Thousands separators are left out (the value
// is the same; the extract stage reads both).
//
// Rows become lines: the rows from the first with two or more non-empty
// cells to the last are table rows (cells from the sheet's first used
// column to the row's last non-empty one, empty cells kept so columns stay
// aligned), rows of one cell among them included (上年结转资金 with no
// amounts); a single cell above or below the table is a body line (its
// title, the 填表人 line). A merged
// range's text is in its first cell and the others are empty, as layout
// reads a ruled table.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "base/decimal.h"
#include "formats/internal.h"

namespace tally::formats {
namespace {

// The text a shared string or an inline string holds: its <t> elements,
// without phonetic runs (<rPh>).
std::string StringItem(const xmlNode* si) {
  std::string out;
  for (xmlNode* c : Children(si)) {
    if (Name(c) == "t") {
      xmlChar* t = xmlNodeGetContent(c);
      if (t != nullptr) out += reinterpret_cast<const char*>(t);
      xmlFree(t);
    } else if (Name(c) == "r") {
      out += StringItem(c);
    }
  }
  return out;
}

// What a number format does to a value.
struct NumberFormat {
  enum Kind { kGeneral, kFixed, kPercent, kDate } kind = kGeneral;
  int decimals = 0;
};

// Builtin formats (ECMA-376 part 1, 18.8.30), the ones that are not General.
NumberFormat Builtin(int id) {
  switch (id) {
    case 1:
    case 3:
    case 37:
    case 38:
      return {NumberFormat::kFixed, 0};
    case 2:
    case 4:
    case 39:
    case 40:
      return {NumberFormat::kFixed, 2};
    case 9:
      return {NumberFormat::kPercent, 0};
    case 10:
      return {NumberFormat::kPercent, 2};
    default:
      break;
  }
  // Dates, and the East Asian date formats (27-36, 50-58).
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) ||
      (id >= 50 && id <= 58)) {
    return {NumberFormat::kDate, 0};
  }
  return {};
}

// A custom format code, by its first section: a % outside quotes makes it a
// percent; y, m or d outside quotes and brackets a date; otherwise the 0s
// after the point give the decimals.
NumberFormat Custom(std::string_view code) {
  size_t semi = code.find(';');
  if (semi != std::string_view::npos) code = code.substr(0, semi);
  NumberFormat f;
  bool quoted = false, bracket = false, point = false, digits = false;
  int decimals = 0;
  bool percent = false, date = false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    if (c == '\\') {  // an escaped literal character
      ++i;
      continue;
    }
    if (c == '[') bracket = true;
    if (c == ']') {
      bracket = false;
      continue;
    }
    if (bracket) continue;
    if (c == '%') percent = true;
    if (c == 'y' || c == 'Y' || c == 'd' || c == 'D' || c == 'm' || c == 'M') {
      date = true;
    }
    if (c == '.') point = true;
    if (c == '0' || c == '#' || c == '?') {
      digits = true;
      if (point) ++decimals;
    }
  }
  if (percent) return {NumberFormat::kPercent, decimals};
  if (date && !digits) return {NumberFormat::kDate, 0};
  if (digits) f = {NumberFormat::kFixed, decimals};
  return f;
}

// The decimal a stored number stands for: its text when that is a short
// decimal, else the double to the 15 significant digits Excel displays.
std::optional<Decimal> StoredNumber(const std::string& v) {
  if (v.find_first_of("eE") == std::string::npos) {
    if (auto d = Decimal::Parse(v)) {
      if (d->scale() <= 10) return d;
    }
  }
  char* end = nullptr;
  double x = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || *end != '\0' || !std::isfinite(x) ||
      std::fabs(x) >= 1e15) {
    return std::nullopt;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", x);
  std::string s = buf;
  if (s.find_first_of("eE") != std::string::npos) {
    // A tiny number: as a fixed decimal at Decimal's parse scale.
    std::snprintf(buf, sizeof buf, "%.8f", x);
    s = buf;
  }
  std::optional<Decimal> d = Decimal::Parse(s);
  if (d) return Decimal::Parse(d->ToCanonicalString());
  return d;
}

std::string FormatNumber(const std::string& v, const NumberFormat& f,
                         bool date1904);

// A date serial (days since 1899-12-30, or 1904-01-01 in the 1904 system)
// as the genre prints dates.
std::string DateText(double serial, bool date1904) {
  long days = long(std::floor(serial));
  if (date1904) days += 1462;
  if (days < 1 || days > 2958465) return "";
  // Days since 1899-12-30 to a civil date (Howard Hinnant's algorithm, from
  // 1970-01-01, which is serial 25569).
  long z = days - 25569 + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  return std::to_string(y) + "年" + std::to_string(m) + "月" +
         std::to_string(d) + "日";
}

}  // namespace

std::string FormatCellNumber(const std::string& v, int builtin_id,
                             std::string_view custom_code, bool date1904) {
  NumberFormat f =
      custom_code.empty() ? Builtin(builtin_id) : Custom(custom_code);
  return FormatNumber(v, f, date1904);
}

namespace {

std::string FormatNumber(const std::string& v, const NumberFormat& f,
                         bool date1904) {
  if (f.kind == NumberFormat::kDate) {
    char* end = nullptr;
    double x = std::strtod(v.c_str(), &end);
    if (end != v.c_str() && *end == '\0') {
      std::string d = DateText(x, date1904);
      if (!d.empty()) return d;
    }
  }
  std::optional<Decimal> d = StoredNumber(v);
  if (!d) return v;
  switch (f.kind) {
    case NumberFormat::kPercent:
      return d->Shift(2).Round(f.decimals).ToString() + "%";
    case NumberFormat::kFixed:
      return d->Round(f.decimals).ToString();
    default:
      return d->ToCanonicalString();
  }
}

// "C5" -> column 2 (from 0), row 4 (from 0); false if not a reference.
bool ParseRef(std::string_view ref, int* col, int* row) {
  size_t i = 0;
  int c = 0;
  while (i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i]))) {
    c = c * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    if (c > 16384) return false;
    ++i;
  }
  if (i == 0 || i == ref.size()) return false;
  int r = 0;
  for (; i < ref.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(ref[i]))) return false;
    r = r * 10 + (ref[i] - '0');
    if (r > 1048576) return false;
  }
  if (r == 0) return false;
  *col = c - 1;
  *row = r - 1;
  return true;
}

std::string ColumnName(int col) {
  std::string s;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) {
    s.insert(s.begin(), char('A' + (c - 1) % 26));
  }
  return s;
}

// The relationships of a part: Id -> resolved target part.
std::map<std::string, std::string> Relationships(const Zip& zip,
                                                 const std::string& part) {
  std::map<std::string, std::string> rels;
  size_t slash = part.rfind('/');
  std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
  StatusOr<std::string> bytes = zip.Read(dir + "_rels/" + name + ".rels");
  if (!bytes.ok()) return rels;
  StatusOr<XmlDoc> doc = ParseXml(*bytes, "relationships");
  if (!doc.ok()) return rels;
  for (xmlNode* r : Children(Root(*doc))) {
    if (Name(r) != "Relationship" || Attr(r, "TargetMode") == "External") {
      continue;
    }
    rels[Attr(r, "Id")] = ResolvePart(part, Attr(r, "Target"));
  }
  return rels;
}

struct Sheet {
  std::string name;
  std::map<int, std::map<int, std::string>> rows;  // row -> col -> text
};

}  // namespace

// The package's main part (the officeDocument relationship of _rels/.rels),
// else `fallback`. Shared with the docx reader.
std::string MainPart(const Zip& zip, const std::string& fallback) {
  std::map<std::string, std::string> rels;
  StatusOr<std::string> bytes = zip.Read("_rels/.rels");
  if (bytes.ok()) {
    StatusOr<XmlDoc> doc = ParseXml(*bytes, "_rels/.rels");
    if (doc.ok()) {
      for (xmlNode* r : Children(Root(*doc))) {
        if (Name(r) == "Relationship" &&
            Attr(r, "Type").ends_with("/officeDocument")) {
          std::string target = ResolvePart("", Attr(r, "Target"));
          if (zip.Find(target)) return target;
        }
      }
    }
  }
  return fallback;
}

StatusOr<Document> ReadXlsx(std::string_view bytes, const Options& options) {
  StatusOr<std::unique_ptr<Zip>> opened = Zip::Open(bytes, options);
  if (!opened.ok()) return opened.status();
  const Zip& zip = **opened;
  const std::string workbook_part = MainPart(zip, "xl/workbook.xml");
  StatusOr<std::string> workbook_xml = zip.Read(workbook_part);
  if (!workbook_xml.ok())
    return Corrupt("xlsx: " + workbook_xml.status().message());
  StatusOr<XmlDoc> workbook = ParseXml(*workbook_xml, workbook_part);
  if (!workbook.ok()) return workbook.status();
  std::map<std::string, std::string> rels = Relationships(zip, workbook_part);

  // Shared strings, by index.
  std::vector<std::string> strings;
  for (const auto& [id, target] : rels) {
    if (!target.ends_with("sharedStrings.xml")) continue;
    StatusOr<std::string> sst = zip.Read(target);
    if (!sst.ok()) return Corrupt("xlsx: " + sst.status().message());
    StatusOr<XmlDoc> doc = ParseXml(*sst, target);
    if (!doc.ok()) return doc.status();
    for (xmlNode* si : Children(Root(*doc))) {
      if (Name(si) == "si") strings.push_back(StringItem(si));
    }
  }
  // Number formats of the cell styles, by style index.
  std::vector<NumberFormat> styles;
  for (const auto& [id, target] : rels) {
    if (!target.ends_with("styles.xml")) continue;
    StatusOr<std::string> xml = zip.Read(target);
    if (!xml.ok()) break;  // unstyled numbers read as General
    StatusOr<XmlDoc> doc = ParseXml(*xml, target);
    if (!doc.ok()) break;
    std::map<int, NumberFormat> custom;
    xmlNode* root = Root(*doc);
    for (xmlNode* nf : Children(Child(root, "numFmts"))) {
      custom[std::atoi(Attr(nf, "numFmtId").c_str())] =
          Custom(Attr(nf, "formatCode"));
    }
    for (xmlNode* xf : Children(Child(root, "cellXfs"))) {
      int id = std::atoi(Attr(xf, "numFmtId").c_str());
      auto it = custom.find(id);
      styles.push_back(it != custom.end() ? it->second : Builtin(id));
    }
  }
  bool date1904 = false;
  xmlNode* root = Root(*workbook);
  if (xmlNode* pr = Child(root, "workbookPr")) {
    std::string v = Attr(pr, "date1904");
    date1904 = v == "1" || v == "true";
  }

  Document out;
  int64_t cells = 0;
  int sheet_no = 0;
  for (xmlNode* s : Children(Child(root, "sheets"))) {
    if (Name(s) != "sheet") continue;
    ++sheet_no;
    Sheet sheet;
    sheet.name = Attr(s, "name");
    std::string state = Attr(s, "state");
    if (state == "hidden" || state == "veryHidden") {
      out.notes.push_back("sheet " + sheet.name + " is hidden: skipped");
      continue;
    }
    auto target = rels.find(Attr(s, "id"));
    if (target == rels.end()) {
      out.notes.push_back("sheet " + sheet.name + " has no part: skipped");
      continue;
    }
    StatusOr<std::string> xml = zip.Read(target->second);
    if (!xml.ok()) return Corrupt("xlsx: " + xml.status().message());
    StatusOr<XmlDoc> doc = ParseXml(*xml, target->second);
    if (!doc.ok()) return doc.status();
    xmlNode* ws = Root(*doc);
    int next_row = 0;
    for (xmlNode* row : Children(Child(ws, "sheetData"))) {
      if (Name(row) != "row") continue;
      int r = next_row;
      if (std::string rn = Attr(row, "r"); !rn.empty())
        r = std::atoi(rn.c_str()) - 1;
      if (r < 0 || r >= 1048576) continue;
      next_row = r + 1;
      int next_col = 0;
      for (xmlNode* c : Children(row)) {
        if (Name(c) != "c") continue;
        if (++cells > options.max_cells) {
          return ResourceExhausted("xlsx: more than " +
                                   std::to_string(options.max_cells) +
                                   " cells");
        }
        int col = next_col, cell_row = r;
        if (std::string ref = Attr(c, "r"); !ref.empty()) {
          if (!ParseRef(ref, &col, &cell_row)) continue;
        }
        next_col = col + 1;
        std::string type = Attr(c, "t");
        std::string text;
        xmlNode* v = Child(c, "v");
        std::string value;
        if (v != nullptr) {
          xmlChar* t = xmlNodeGetContent(v);
          if (t != nullptr) value = reinterpret_cast<const char*>(t);
          xmlFree(t);
        }
        if (type == "s") {
          size_t i = size_t(std::atol(value.c_str()));
          if (!value.empty() && i < strings.size()) text = strings[i];
        } else if (type == "inlineStr") {
          text = StringItem(Child(c, "is"));
        } else if (type == "str" || type == "e" || type == "d") {
          text = value;
        } else if (type == "b") {
          text = value == "1" ? "TRUE" : value.empty() ? "" : "FALSE";
        } else if (!value.empty()) {
          size_t style = size_t(std::atol(Attr(c, "s").c_str()));
          NumberFormat f =
              style < styles.size() ? styles[style] : NumberFormat();
          text = FormatNumber(value, f, date1904);
        }
        text = Fold(text);
        if (!text.empty()) sheet.rows[cell_row][col] = std::move(text);
      }
    }
    // Lines, as the file's comment says.
    Page page;
    page.page_no = int(out.pages.size()) + 1;
    page.name = sheet.name;
    int first_col = INT32_MAX;
    for (const auto& [r, cols] : sheet.rows) {
      first_col = std::min(first_col, cols.begin()->first);
    }
    std::vector<int> row_nos;
    for (const auto& [r, cols] : sheet.rows) row_nos.push_back(r);
    // The table spans from the first row with two cells to the last.
    size_t table_begin = row_nos.size(), table_end = 0;
    for (size_t i = 0; i < row_nos.size(); ++i) {
      if (sheet.rows[row_nos[i]].size() < 2) continue;
      table_begin = std::min(table_begin, i);
      table_end = i + 1;
    }
    for (size_t i = 0; i < row_nos.size(); ++i) {
      const std::map<int, std::string>& cols = sheet.rows[row_nos[i]];
      Line line;
      line.table_row = i >= table_begin && i < table_end;
      auto cell = [&](int col) {
        Cell c;
        auto it = cols.find(col);
        if (it != cols.end()) c.text = it->second;
        c.ref =
            sheet.name + "!" + ColumnName(col) + std::to_string(row_nos[i] + 1);
        return c;
      };
      if (!line.table_row) {
        line.cells.push_back(cell(cols.begin()->first));
      } else {
        for (int col = first_col; col <= cols.rbegin()->first; ++col) {
          line.cells.push_back(cell(col));
        }
      }
      page.lines.push_back(std::move(line));
    }
    out.pages.push_back(std::move(page));
  }
  if (sheet_no == 0) return Corrupt("xlsx: the workbook lists no sheets");
  return out;
}

}  // namespace tally::formats
