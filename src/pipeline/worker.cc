#include "pipeline/worker.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

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

TaskHook task_hook = nullptr;  // see SetTaskHook

class Worker {
 public:
  explicit Worker(const WorkerOptions& options)
      : options_(options), context_(options.source) {}

  wire::Reply Serve(const wire::Task& task) {
    if (task_hook != nullptr) {
      task_hook(task.path, task.type == wire::Task::kPage   ? task.page_no
                           : task.type == wire::Task::kOpen ? 0
                           : task.extract                   ? -1
                                                            : -2);
    }
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
    // Before the read: a file written while it is read gets a newer time,
    // so its stamp will not match this one.
    FileStamp stamp = StampOf(task.path);
    StatusOr<std::string> bytes =
        ReadInput(task.path, options_.max_file_bytes, options_.source);
    if (!bytes.ok()) {
      reply->status = bytes.status();
      return;
    }
    reply->size = int64_t(bytes->size());
    if (stamp.settled && stamp.size == reply->size) {
      reply->mtime_ns = stamp.mtime_ns;
    }
    reply->sha256 = Sha256Hex(*bytes);
    FileKind kind = SniffFile(*bytes);
    reply->file_kind = FileKindName(kind);
    reply->status = Load(task.path, reply->sha256, kind, std::move(*bytes));
    if (!reply->status.ok()) return;
    reply->members = source_->Members();
    if (!task.named) {
      reply->not_a_report = source_->NotAReport();
      if (!reply->not_a_report.empty()) return;
    }
    reply->page_count = source_->page_count();
    reply->pages_in_file = source_->pages_in_file();
    reply->unread = source_->unread();
    reply->cheap_pages = source_->cheap_pages();
  }

  // The document of a page or assemble task open here: another worker (or
  // this one before a crash) may have opened it; then it is opened here
  // too, making sure the bytes are still the ones it was opened as.
  Status Reopen(const wire::Task& task) {
    if (source_ != nullptr && path_ == task.path && sha256_ == task.sha256) {
      return Status::OK();
    }
    Forget();
    StatusOr<std::string> bytes =
        ReadInput(task.path, options_.max_file_bytes, options_.source);
    if (!bytes.ok()) return bytes.status();
    if (Sha256Hex(*bytes) != task.sha256) {
      return Corrupt("the file changed while it was being read");
    }
    FileKind kind = SniffFile(*bytes);
    return Load(task.path, task.sha256, kind, std::move(*bytes));
  }

  void Page(const wire::Task& task, wire::Reply* reply) {
    reply->status = Reopen(task);
    if (!reply->status.ok()) return;
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
    if (task.read_pages) {
      reply->status = Reopen(task);
      if (!reply->status.ok()) return;
      for (int p = 1; p <= source_->page_count(); ++p) {
        if (task_hook != nullptr) task_hook(task.path, p);
        StatusOr<wire::PageRead> page = source_->ReadPage(p);
        if (!page.ok()) {
          reply->status = page.status();
          return;
        }
        pages.push_back(std::move(*page));
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

void SetTaskHook(TaskHook hook) { task_hook = hook; }

void CallTaskHook(const std::string& path, int page_no) {
  if (task_hook != nullptr) task_hook(path, page_no);
}

void RunWorker(int in_fd, int out_fd, const WorkerOptions& options) {
  // Libraries print what they think of a damaged file on stderr (libjpeg's
  // "Corrupt JPEG data", libpng's, Poppler's): a batch of thousands would
  // bury the progress bar. What matters reaches the supervisor as a Status.
  // TALLY_WORKER_STDERR=1 keeps it, for debugging a library.
  const char* keep = std::getenv("TALLY_WORKER_STDERR");
  if (keep == nullptr || std::string(keep) != "1") {
    int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null >= 0) {
      ::dup2(null, STDERR_FILENO);
      ::close(null);
    }
  }
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  // (AddressSanitizer and ThreadSanitizer reserve terabytes of address
  // space up front, so an address-space limit would stop them from
  // starting; sanitizer builds run without one.)
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
    std::vector<wire::Part> parts;
    bool out_of_memory = false;
    // The one place exceptions are caught: an allocation that fails under
    // the memory limit must become this task's error, not a crash.
    try {
      reply = worker.Serve(task);
      if (task.type == wire::Task::kAssemble && reply.status.ok()) {
        // A document's record goes in parts (wire.h), so that the
        // supervisor never holds a large one whole.
        parts = wire::SplitRecord(&reply.record);
        reply.more = !parts.empty();
      }
      encoded = wire::Encode(reply);
    } catch (const std::bad_alloc&) {
      out_of_memory = true;
      parts = {};
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
      parts.clear();  // the error ends the answer
    }
    if (!wire::WriteFrame(out_fd, encoded).ok()) return;
    for (size_t i = 0; i < parts.size() && !out_of_memory; ++i) {
      wire::Reply part;
      part.type = task.type;
      part.doc = task.doc;
      part.page_no = task.page_no;
      part.record = std::move(parts[i].record);
      part.continues_page = parts[i].continues_page;
      part.continues_text = parts[i].continues_text;
      part.more = i + 1 < parts.size();
      Status failed;
      try {
        encoded = wire::Encode(part);
        if (encoded.size() > wire::kMaxFrame) {
          failed = ResourceExhausted(
              "a page of the record is larger than the " +
              std::to_string(wire::kMaxFrame >> 20) + " MiB a worker may send");
        }
      } catch (const std::bad_alloc&) {
        out_of_memory = true;
        failed = ResourceExhausted("out of memory sending the record");
      }
      if (!failed.ok()) {
        // The error ends the answer.
        part = wire::Reply();
        part.type = task.type;
        part.doc = task.doc;
        part.page_no = task.page_no;
        part.status = failed;
        encoded = wire::Encode(part);
      }
      if (!wire::WriteFrame(out_fd, encoded).ok()) return;
      if (!failed.ok()) break;
    }
    // After a failed allocation the libraries' state is suspect; a fresh
    // worker takes the next task.
    if (out_of_memory) return;
  }
}

}  // namespace tally::pipeline
