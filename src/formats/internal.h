// formats/internal.h: what the readers of the formats stage share: a zip
// archive in memory (libzip) and XML/HTML trees (libxml2). Not part of the
// stage's API.
#ifndef TALLY_FORMATS_INTERNAL_H_
#define TALLY_FORMATS_INTERNAL_H_

#include <libxml/tree.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "formats/formats.h"

typedef struct zip zip_t;

namespace tally::formats {

// A zip archive read from memory; the bytes must outlive it.
class Zip {
 public:
  // Corrupt if bytes are not a zip archive libzip can read.
  static StatusOr<std::unique_ptr<Zip>> Open(std::string_view bytes,
                                             const Options& options);
  ~Zip();
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  const std::vector<ZipEntry>& entries() const { return entries_; }
  // The entry named `name` (as stored, or with '\' for '/', or a leading
  // '/' dropped: writers differ), if any.
  std::optional<uint64_t> Find(std::string_view name) const;
  // A member's bytes, at most max_member_bytes (ResourceExhausted beyond).
  StatusOr<std::string> Read(uint64_t index) const;
  // The member named `name`; NotFound naming it if there is none.
  StatusOr<std::string> Read(std::string_view name) const;

 private:
  Zip() = default;
  zip_t* zip_ = nullptr;
  std::vector<ZipEntry> entries_;
  int64_t max_member_bytes_ = 0;
};

// An XML or HTML document tree.
struct XmlFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlFree>;

// Parses XML without network access, DTD loading or entity substitution;
// Corrupt naming `what` (the part) if it is not well-formed.
StatusOr<XmlDoc> ParseXml(std::string_view bytes, std::string_view what);
// Parses HTML as browsers do (lenient), in the encoding the page declares
// (a <meta charset>), else UTF-8.
StatusOr<XmlDoc> ParseHtml(std::string_view bytes);

// An element's local name ("p" for w:p), or "" for a non-element.
std::string_view Name(const xmlNode* n);
// The value of the attribute with this local name (any namespace), or "".
std::string Attr(const xmlNode* n, std::string_view local_name);
// The element children of n, in order.
std::vector<xmlNode*> Children(const xmlNode* n);
// The first element child named `local_name`, or null.
xmlNode* Child(const xmlNode* n, std::string_view local_name);
// The root element of a document, or null.
xmlNode* Root(const XmlDoc& doc);

// A zip part's path resolved against the folder of `base` ("xl/workbook.xml"
// + "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml"; "/xl/x.xml" is
// absolute; ".." steps up).
std::string ResolvePart(std::string_view base, std::string_view target);

// Text a reader collects, with the whitespace of XML layout folded: runs of
// spaces, tabs and newlines become one space (a tab is never a cell break
// inside a cell); leading and trailing ones dropped.
std::string Fold(std::string_view s);

// An OOXML package's main part (the officeDocument relationship in
// _rels/.rels), else `fallback`.
std::string MainPart(const Zip& zip, const std::string& fallback);

// A number cell's stored value as the sheet shows it, under the builtin
// number format builtin_id or, when not empty, the custom format code
// (xlsx.cc; exposed for its table-driven test).
std::string FormatCellNumber(const std::string& v, int builtin_id,
                             std::string_view custom_code, bool date1904);

// Readers, one per format (Read dispatches).
StatusOr<Document> ReadDocx(std::string_view bytes, const Options& options);
StatusOr<Document> ReadXlsx(std::string_view bytes, const Options& options);
StatusOr<Document> ReadOfd(std::string_view bytes, const Options& options);
StatusOr<Document> ReadHtml(std::string_view bytes, const Options& options);

}  // namespace tally::formats

#endif  // TALLY_FORMATS_INTERNAL_H_
