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
// Writes atomically enough for tools and tests (truncate + write).
Status WriteFile(const std::string& path, std::string_view data);

enum class FileKind { kEmpty, kPdf, kImage, kText, kUnknown };
const char* FileKindName(FileKind k);
// Kind by content: "%PDF-" in the first 1 KiB; PNG, JPEG or TIFF magic;
// valid UTF-8 without NUL bytes; else unknown.
FileKind SniffKind(std::string_view bytes);

}  // namespace tally

#endif  // TALLY_BASE_FILE_H_
