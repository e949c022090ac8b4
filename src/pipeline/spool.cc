#include "pipeline/spool.h"

#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace tally::pipeline {
namespace {

Status WriteAll(FILE* f, const void* p, size_t n) {
  if (n > 0 && std::fwrite(p, 1, n, f) != n) {
    return IOError(std::string("writing a temporary file: ") +
                   std::strerror(errno));
  }
  return Status::OK();
}

// A temporary file that no other process can find and that disappears with
// its last descriptor: in $TMPDIR, else /tmp.
StatusOr<FILE*> TemporaryFile() {
  const char* dir = std::getenv("TMPDIR");
  std::string name = std::string(dir && *dir ? dir : "/tmp") + "/tally-XXXXXX";
  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    return IOError("making a temporary file in " + name + ": " +
                   std::strerror(errno));
  }
  ::unlink(name.c_str());
  FILE* f = ::fdopen(fd, "w+");
  if (f == nullptr) {
    ::close(fd);
    return IOError(std::string("fdopen: ") + std::strerror(errno));
  }
  return f;
}

}  // namespace

Status Spool::Append(std::string_view frame) {
  if (!file_ && bytes_ + frame.size() > kMemoryBytes) {
    StatusOr<FILE*> f = TemporaryFile();
    if (!f.ok()) return f.status();
    file_.reset(*f);
    std::vector<std::string> held = std::move(memory_);
    memory_ = {};
    for (const std::string& m : held) {
      uint64_t n = m.size();
      TALLY_RETURN_IF_ERROR(WriteAll(file_.get(), &n, sizeof n));
      TALLY_RETURN_IF_ERROR(WriteAll(file_.get(), m.data(), m.size()));
    }
  }
  if (file_) {
    uint64_t n = frame.size();
    TALLY_RETURN_IF_ERROR(WriteAll(file_.get(), &n, sizeof n));
    TALLY_RETURN_IF_ERROR(WriteAll(file_.get(), frame.data(), frame.size()));
  } else {
    memory_.emplace_back(frame);
  }
  bytes_ += frame.size();
  ++frames_;
  return Status::OK();
}

Status Spool::ForEach(const std::function<Status(std::string_view)>& f) {
  if (!file_) {
    for (const std::string& m : memory_) TALLY_RETURN_IF_ERROR(f(m));
    return Status::OK();
  }
  if (std::fflush(file_.get()) != 0 || std::fseek(file_.get(), 0, SEEK_SET)) {
    return IOError(std::string("reading a temporary file: ") +
                   std::strerror(errno));
  }
  std::string frame;
  for (size_t i = 0; i < frames_; ++i) {
    uint64_t n = 0;
    if (std::fread(&n, sizeof n, 1, file_.get()) != 1 || n > bytes_) {
      return IOError("reading a temporary file: it ended early");
    }
    frame.resize(size_t(n));
    if (n > 0 && std::fread(frame.data(), 1, size_t(n), file_.get()) != n) {
      return IOError("reading a temporary file: it ended early");
    }
    TALLY_RETURN_IF_ERROR(f(frame));
  }
  // Appending may go on after a read.
  std::fseek(file_.get(), 0, SEEK_END);
  return Status::OK();
}

}  // namespace tally::pipeline
