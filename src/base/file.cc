#include "base/file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "base/utf8.h"

namespace tally {

StatusOr<std::string> ReadFile(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    int e = errno;
    std::string m = path + ": " + std::strerror(e);
    if (e == ENOENT) return NotFound(m);
    if (e == EACCES) return PermissionDenied(m);
    return IOError(m);
  }
  if (S_ISDIR(st.st_mode)) return InvalidArgument(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int e = errno;
    std::string m = path + ": " + std::strerror(e);
    if (e == EACCES) return PermissionDenied(m);
    return IOError(m);
  }
  std::string data;
  data.reserve(size_t(st.st_size));
  data.assign(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) return IOError(path + ": read failed");
  return data;
}

Status WriteFile(const std::string& path, std::string_view data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return IOError(path + ": " + std::strerror(errno));
  out.write(data.data(), std::streamsize(data.size()));
  if (!out) return IOError(path + ": write failed");
  return Status::OK();
}

const char* FileKindName(FileKind k) {
  switch (k) {
    case FileKind::kEmpty:
      return "empty";
    case FileKind::kPdf:
      return "pdf";
    case FileKind::kImage:
      return "image";
    case FileKind::kText:
      return "text";
    case FileKind::kUnknown:
      break;
  }
  return "unknown";
}

FileKind SniffKind(std::string_view b) {
  if (b.empty()) return FileKind::kEmpty;
  // The PDF header may follow a little junk (allowed by readers, seen in
  // the wild); 1 KiB is what Acrobat tolerates.
  if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    return FileKind::kPdf;
  }
  auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
  if (starts("\x89PNG\r\n\x1a\n") || starts("\xFF\xD8\xFF") ||
      starts(std::string_view("II*\0", 4)) ||
      starts(std::string_view("MM\0*", 4))) {
    return FileKind::kImage;
  }
  if (b.find('\0') == std::string_view::npos && IsValidUtf8(b)) {
    return FileKind::kText;
  }
  return FileKind::kUnknown;
}

}  // namespace tally
