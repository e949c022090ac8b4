// base/file.h: whole-file reads and content sniffing.
//
// The pipeline decides a file's kind by its bytes, never its extension, so a
// scan named .pdf or a report saved as .txt is still read the right way.
#ifndef TALLY_BASE_FILE_H_
#define TALLY_BASE_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace tally {

// Reads the whole of a regular file. Fails with NotFound, PermissionDenied
// or IOError, with the path and the operating system's reason in the
// message; InvalidArgument for a directory, Unsupported for anything else
// that is not a regular file (a FIFO that would block, a device), and
// ResourceExhausted for a file larger than max_bytes.
StatusOr<std::string> ReadFile(const std::string& path,
                               int64_t max_bytes = INT64_MAX);

// The size and modification time of the regular file at path (links
// followed): what tells, without reading it, that a file is as it was when
// it was read. -1 each when path cannot be stat'ed or is not a regular
// file. `settled` when the time was at least two seconds old at the call:
// a file written again within the file system's time resolution keeps its
// time, so a younger one vouches for nothing.
struct FileStamp {
  int64_t size = -1;
  int64_t mtime_ns = -1;  // ns since 1970
  bool settled = false;
};
FileStamp StampOf(const std::string& path);

// Writes atomically enough for tools and tests (truncate + write).
Status WriteFile(const std::string& path, std::string_view data);

// What a file is, by its bytes; FileKindName is documents.file_kind. The
// office, OFD, HTML and zip kinds are recognised by the formats stage
// (formats::Sniff, which reads zip directories), not by SniffKind.
enum class FileKind {
  kEmpty,
  kPdf,
  kImage,
  kText,
  kUnknown,
  kDocx,
  kXlsx,
  kOfd,
  kHtml,
  kZip,
  kDoc,     // legacy Word (.doc, .wps)
  kXls,     // legacy Excel (.xls, .et)
  kOffice,  // another OLE2 office file
};
const char* FileKindName(FileKind k);
// Kind by content: "%PDF-" in the first 1 KiB; PNG, JPEG or TIFF magic;
// valid UTF-8 without NUL bytes; else unknown.
FileKind SniffKind(std::string_view bytes);

}  // namespace tally

#endif  // TALLY_BASE_FILE_H_
