#include "pipeline/worker.h"

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/sha256.h"
#include "pipeline/wire.h"

namespace tally::pipeline {
namespace {

// The test hook (see worker.h). `at` is the page for a page task, 0 for an
// open task, -1 for an assemble task, -2 for its retry without extraction.
void InjectFaults(const std::string& path, int at) {
  const char* spec = std::getenv("TALLY_FAULT_INJECT");
  if (spec == nullptr) return;
  std::string s = spec;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    std::string item = s.substr(start, end - start);
    start = end + 1;
    size_t colon = item.find(':');
    if (colon == std::string::npos || colon + 1 == item.size()) continue;
    if (path.find(item.substr(colon + 1)) == std::string::npos) continue;
    std::string what = item.substr(0, colon);
    size_t at_sign = what.find('@');
    if (at_sign != std::string::npos) {
      if (std::atoi(what.c_str() + at_sign + 1) != at) continue;
      what.resize(at_sign);
    }
    if (what == "crash") {
      // The default action, so that a sanitizer's handler does not turn
      // the death into an exit status: the supervisor must see a signal.
      std::signal(SIGSEGV, SIG_DFL);
      std::raise(SIGSEGV);
    }
    if (what == "sleep") ::usleep(100000);
    if (what == "hang") {
      for (;;) ::pause();
    }
    if (what == "oom") {
#if defined(__SANITIZE_ADDRESS__)
      // No address-space limit under ASan (see RunWorker): simulate it.
      throw std::bad_alloc();
#else
      std::vector<std::unique_ptr<char[]>> hog;
      for (;;) {
        hog.emplace_back(new char[64 << 20]);
        for (size_t i = 0; i < (64u << 20); i += 4096) hog.back()[i] = 1;
      }
#endif
    }
  }
}

class Worker {
 public:
  explicit Worker(const WorkerOptions& options)
      : options_(options), context_(options.source) {}

  wire::Reply Serve(const wire::Task& task) {
    int at = task.type == wire::Task::kPage       ? task.page_no
             : task.type == wire::Task::kAssemble ? (task.extract ? -1 : -2)
                                                  : 0;
    InjectFaults(task.path, at);
    wire::Reply reply;
    reply.type = task.type;
    reply.doc = task.doc;
    reply.page_no = task.page_no;
    switch (task.type) {
      case wire::Task::kOpen:
        Open(task, &reply);
        break;
      case wire::Task::kPage:
        Page(task, &reply);
        break;
      case wire::Task::kAssemble:
        Assemble(task, &reply);
        break;
    }
    return reply;
  }

 private:
  void Open(const wire::Task& task, wire::Reply* reply) {
    Forget();
    StatusOr<std::string> bytes = ReadFile(task.path, options_.max_file_bytes);
    if (!bytes.ok()) {
      reply->status = bytes.status();
      return;
    }
    reply->size = int64_t(bytes->size());
    reply->sha256 = Sha256Hex(*bytes);
    FileKind kind = SniffKind(*bytes);
    reply->file_kind = FileKindName(kind);
    reply->status = Load(task.path, reply->sha256, kind, std::move(*bytes));
    if (!reply->status.ok()) return;
    reply->page_count = source_->page_count();
    reply->pages_in_file = source_->pages_in_file();
    if (!source_->cheap_pages()) return;
    for (int p = 1; p <= reply->page_count; ++p) {
      StatusOr<wire::PageRead> page = source_->ReadPage(p);
      if (!page.ok()) {
        reply->status = page.status();
        reply->pages.clear();
        return;
      }
      reply->pages.push_back(wire::Encode(*page));
    }
  }

  void Page(const wire::Task& task, wire::Reply* reply) {
    if (path_ != task.path || sha256_ != task.sha256) {
      // Another worker opened this document; open it here too, and make
      // sure the bytes are still the ones the document was opened as.
      Forget();
      StatusOr<std::string> bytes =
          ReadFile(task.path, options_.max_file_bytes);
      if (!bytes.ok()) {
        reply->status = bytes.status();
        return;
      }
      if (Sha256Hex(*bytes) != task.sha256) {
        reply->status = Corrupt("the file changed while it was being read");
        return;
      }
      FileKind kind = SniffKind(*bytes);
      reply->status = Load(task.path, task.sha256, kind, std::move(*bytes));
      if (!reply->status.ok()) return;
    }
    if (task.page_no < 1 || task.page_no > source_->page_count()) {
      reply->status =
          InvalidArgument("no page " + std::to_string(task.page_no));
      return;
    }
    StatusOr<wire::PageRead> page = source_->ReadPage(task.page_no);
    if (!page.ok()) {
      reply->status = page.status();
      return;
    }
    reply->pages.push_back(wire::Encode(*page));
  }

  void Assemble(const wire::Task& task, wire::Reply* reply) {
    std::vector<wire::PageRead> pages(task.pages.size());
    for (size_t i = 0; i < pages.size(); ++i) {
      if (!wire::Decode(task.pages[i], &pages[i])) {
        reply->status = Internal("a page read could not be decoded");
        return;
      }
    }
    Assembled out = options_.assembler.Run(pages, task.extract);
    reply->record = std::move(out.record);
    reply->notes = std::move(out.notes);
  }

  Status Load(const std::string& path, const std::string& sha256, FileKind kind,
              std::string bytes) {
    StatusOr<std::unique_ptr<Source>> source =
        OpenSource(kind, std::move(bytes), &context_);
    if (!source.ok()) return source.status();
    source_ = std::move(source).value();
    path_ = path;
    sha256_ = sha256;
    return Status::OK();
  }

  void Forget() {
    source_.reset();
    path_.clear();
    sha256_.clear();
  }

  const WorkerOptions& options_;
  SourceContext context_;
  // The current document.
  std::unique_ptr<Source> source_;
  std::string path_, sha256_;
};

}  // namespace

void RunWorker(int in_fd, int out_fd, const WorkerOptions& options) {
#if !defined(__SANITIZE_ADDRESS__)
  // (AddressSanitizer reserves terabytes of address space up front, so an
  // address-space limit would stop it from starting; sanitizer builds run
  // without one.)
  if (options.memory_limit_mb > 0) {
    rlim_t bytes = rlim_t(options.memory_limit_mb) << 20;
    struct rlimit limit = {bytes, bytes};
    setrlimit(RLIMIT_AS, &limit);
  }
#endif
  Worker worker(options);
  for (;;) {
    StatusOr<std::string> frame = wire::ReadFrame(in_fd);
    if (!frame.ok()) return;  // the supervisor closed the pipe, or died
    wire::Task task;
    if (!wire::Decode(*frame, &task)) return;
    frame = std::string();  // an assemble task's pages: free them early
    wire::Reply reply;
    std::string encoded;
    bool out_of_memory = false;
    // The one place exceptions are caught: an allocation that fails under
    // the memory limit must become this task's error, not a crash.
    try {
      reply = worker.Serve(task);
      encoded = wire::Encode(reply);
    } catch (const std::bad_alloc&) {
      out_of_memory = true;
    }
    if (!out_of_memory && encoded.size() > wire::kMaxFrame) {
      reply = wire::Reply();
      reply.status = ResourceExhausted("the result is larger than the " +
                                       std::to_string(wire::kMaxFrame >> 20) +
                                       " MiB a worker may send");
    } else if (out_of_memory) {
      reply = wire::Reply();
      reply.status = Status(StatusCode::kResourceExhausted,
                            "out of memory: the worker's limit of " +
                                std::to_string(options.memory_limit_mb) +
                                " MiB was reached");
    }
    if (out_of_memory || encoded.size() > wire::kMaxFrame) {
      reply.type = task.type;
      reply.doc = task.doc;
      reply.page_no = task.page_no;
      encoded = wire::Encode(reply);
    }
    if (!wire::WriteFrame(out_fd, encoded).ok()) return;
    // After a failed allocation the libraries' state is suspect; a fresh
    // worker takes the next task.
    if (out_of_memory) return;
  }
}

}  // namespace tally::pipeline
