#include "base/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "base/utf8.h"

namespace tally {

StatusOr<std::string> ReadFile(const std::string& path, int64_t max_bytes) {
  auto os_error = [&](int e) {
    std::string m = path + ": " + std::strerror(e);
    if (e == ENOENT || e == ENOTDIR) return NotFound(m);
    if (e == EACCES || e == EPERM) return PermissionDenied(m);
    return IOError(m);
  };
  // Non-blocking, so that opening a FIFO does not wait for a writer; the
  // descriptor is refused below unless it is a regular file.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return os_error(errno);
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    int e = errno;
    ::close(fd);
    return os_error(e);
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    if (S_ISDIR(st.st_mode)) return InvalidArgument(path + ": is a directory");
    return Unsupported(path + (S_ISFIFO(st.st_mode)
                                   ? ": is a FIFO (a pipe), not a file"
                                   : ": is not a regular file (a device?)"));
  }
  if (st.st_size > max_bytes) {
    ::close(fd);
    return ResourceExhausted(path + ": " + std::to_string(st.st_size) +
                             " bytes, over the limit of " +
                             std::to_string(max_bytes));
  }
  std::string data;
  data.resize(size_t(st.st_size));
  size_t done = 0;
  for (;;) {
    // At the size fstat gave, most files end: a small read into `probe`
    // says so without first doubling (and zero-filling) the buffer.
    const bool at_end = done == data.size();
    if (at_end && int64_t(done) >= max_bytes) break;
    char probe[4096];
    char* into = at_end ? probe : data.data() + done;
    const size_t want =
        at_end ? std::min<size_t>(sizeof probe, size_t(max_bytes) - done)
               : data.size() - done;
    ssize_t r = ::read(fd, into, want);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      int e = errno;
      ::close(fd);
      return IOError(path + ": read failed: " + std::strerror(e));
    }
    if (r == 0) break;
    if (at_end) {
      // The file has grown since fstat: read on, within the limit.
      data.append(probe, size_t(r));
      data.resize(std::min<size_t>(std::max<size_t>(2 * data.size(), 4096),
                                   size_t(max_bytes)));
    }
    done += size_t(r);
  }
  ::close(fd);
  data.resize(done);
  return data;
}

FileStamp StampOf(const std::string& path) {
  FileStamp stamp;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return stamp;
  stamp.size = int64_t(st.st_size);
  stamp.mtime_ns =
      int64_t(st.st_mtim.tv_sec) * 1000000000 + int64_t(st.st_mtim.tv_nsec);
  struct timespec now;
  if (::clock_gettime(CLOCK_REALTIME, &now) == 0) {
    const int64_t now_ns =
        int64_t(now.tv_sec) * 1000000000 + int64_t(now.tv_nsec);
    stamp.settled = now_ns - stamp.mtime_ns >= int64_t(2) * 1000000000;
  }
  return stamp;
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
    case FileKind::kDocx:
      return "docx";
    case FileKind::kXlsx:
      return "xlsx";
    case FileKind::kOfd:
      return "ofd";
    case FileKind::kHtml:
      return "html";
    case FileKind::kZip:
      return "zip";
    case FileKind::kDoc:
      return "doc";
    case FileKind::kXls:
      return "xls";
    case FileKind::kOffice:
      return "office";
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
