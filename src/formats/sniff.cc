// Sniff and Read: which format bytes are, by content, and the dispatch to
// the reader of each.
#include <cctype>
#include <cstring>

#include "formats/internal.h"

namespace tally::formats {
namespace {

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) {
      return false;
    }
  }
  return true;
}

bool ContainsNoCase(std::string_view s, std::string_view needle) {
  for (size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (StartsWithNoCase(s.substr(i), needle)) return true;
  }
  return false;
}

// A stream name in an OLE2 directory: UTF-16LE.
bool HasOleStream(std::string_view bytes, std::string_view ascii_name) {
  std::string utf16;
  for (char c : ascii_name) {
    utf16 += c;
    utf16 += '\0';
  }
  return bytes.find(utf16) != std::string_view::npos;
}

bool LooksLikeHtml(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  std::string_view head = s.substr(i, 1024);
  if (head.starts_with('<')) {
    std::string_view tag = head.substr(1);
    for (std::string_view t :
         {"!doctype html", "html", "head", "meta", "body", "title", "table"}) {
      if (StartsWithNoCase(tag, t)) {
        char after = tag.size() > t.size() ? tag[t.size()] : '>';
        if (after == '>' || after == ' ' || after == '\t' || after == '\n' ||
            after == '\r' || after == '/') {
          return true;
        }
      }
    }
  }
  return ContainsNoCase(head, "<html");
}

}  // namespace

const char* FormatName(Format f) {
  switch (f) {
    case Format::kDocx:
      return "docx";
    case Format::kXlsx:
      return "xlsx";
    case Format::kOfd:
      return "ofd";
    case Format::kHtml:
      return "html";
    case Format::kZip:
      return "zip";
    case Format::kDoc:
      return "doc";
    case Format::kXls:
      return "xls";
    case Format::kOffice:
      return "office";
  }
  return "unknown";
}

std::optional<Format> Sniff(std::string_view bytes) {
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) {
    Options options;
    StatusOr<std::unique_ptr<Zip>> zip = Zip::Open(bytes, options);
    if (!zip.ok()) return Format::kZip;  // a damaged zip: say why later
    if ((*zip)->Find("word/document.xml")) return Format::kDocx;
    if ((*zip)->Find("xl/workbook.xml")) return Format::kXlsx;
    if ((*zip)->Find("OFD.xml")) return Format::kOfd;
    // A package whose main part has another name.
    if ((*zip)->Find("[Content_Types].xml")) {
      std::string main = MainPart(**zip, "");
      if (main.starts_with("word/")) return Format::kDocx;
      if (main.starts_with("xl/")) return Format::kXlsx;
    }
    return Format::kZip;
  }
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (HasOleStream(bytes, "WordDocument")) return Format::kDoc;
    if (HasOleStream(bytes, "Workbook") || HasOleStream(bytes, "Book")) {
      return Format::kXls;
    }
    return Format::kOffice;
  }
  if (LooksLikeHtml(bytes)) return Format::kHtml;
  return std::nullopt;
}

StatusOr<Document> Read(std::string_view bytes, Format format,
                        const Options& options) {
  switch (format) {
    case Format::kDocx:
      return ReadDocx(bytes, options);
    case Format::kXlsx:
      return ReadXlsx(bytes, options);
    case Format::kOfd:
      return ReadOfd(bytes, options);
    case Format::kHtml:
      return ReadHtml(bytes, options);
    default:
      return InvalidArgument(std::string("formats::Read: ") +
                             FormatName(format) +
                             " is not read directly (zip: ZipMembers; legacy "
                             "office: Convert)");
  }
}

}  // namespace tally::formats
