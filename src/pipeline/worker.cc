#include "pipeline/worker.h"

#include <sys/resource.h>
#include <unistd.h>

#include <memory>
#include <new>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/sha256.h"
#include "pipeline/route.h"
#include "pipeline/wire.h"

namespace tally::pipeline {
namespace {

TaskHook task_hook = nullptr;  // see SetTaskHook

class Worker {
 public:
  explicit Worker(const WorkerOptions& options) : options_(options) {}

  wire::Reply Serve(const wire::Task& task) {
    if (task_hook != nullptr) {
      task_hook(task.path, task.type == wire::Task::kPage ? task.page_no : 0);
    }
    wire::Reply reply;
    reply.type = task.type;
    reply.doc = task.doc;
    reply.page_no = task.page_no;
    if (task.type == wire::Task::kOpen) {
      Open(task, &reply);
    } else {
      Page(task, &reply);
    }
    return reply;
  }

 private:
  void Open(const wire::Task& task, wire::Reply* reply) {
    Forget();
    StatusOr<std::string> bytes = ReadFile(task.path);
    if (!bytes.ok()) {
      reply->status = bytes.status();
      return;
    }
    reply->size = int64_t(bytes->size());
    reply->sha256 = Sha256Hex(*bytes);
    FileKind kind = SniffKind(*bytes);
    reply->file_kind = FileKindName(kind);
    switch (kind) {
      case FileKind::kEmpty:
        reply->status = Corrupt("empty file (0 bytes)");
        return;
      case FileKind::kText:
        reply->text = std::move(bytes).value();
        return;
      case FileKind::kUnknown:
        reply->status = Unsupported(
            "not a PDF, an image or UTF-8 text (unrecognised content)");
        return;
      case FileKind::kPdf:
      case FileKind::kImage:
        break;
    }
    reply->status =
        Load(task.path, reply->sha256, kind, std::move(bytes).value());
    if (reply->status.ok()) {
      reply->page_count = pdf_ ? pdf_->page_count() : int32_t(images_.size());
    }
  }

  void Page(const wire::Task& task, wire::Reply* reply) {
    if (path_ != task.path || sha256_ != task.sha256) {
      // Another worker opened this document; open it here too, and make
      // sure the bytes are still the ones the document was opened as.
      Forget();
      StatusOr<std::string> bytes = ReadFile(task.path);
      if (!bytes.ok()) {
        reply->status = bytes.status();
        return;
      }
      if (Sha256Hex(*bytes) != task.sha256) {
        reply->status = Corrupt("the file changed while it was being read");
        return;
      }
      FileKind kind = SniffKind(*bytes);
      reply->status =
          Load(task.path, task.sha256, kind, std::move(bytes).value());
      if (!reply->status.ok()) return;
    }
    if (!pdf_) {
      size_t i = size_t(task.page_no - 1);
      if (i >= images_.size()) {
        reply->status =
            InvalidArgument("no page " + std::to_string(task.page_no));
        return;
      }
      Ocr(images_[i], task.page_no, "image file", reply);
      images_[i] = Raster();  // each page is read once: free it
      return;
    }
    StatusOr<PageContent> content = pdf_->ReadPage(task.page_no);
    if (!content.ok()) {
      reply->status = content.status();
      return;
    }
    RouteDecision route = RoutePage(*content);
    if (!route.ocr) {
      reply->content = std::move(content).value();
      reply->source = "text";
      reply->route_reason = route.reason;
      return;
    }
    StatusOr<Raster> image =
        pdf_->RenderPage(task.page_no, options_.ocr.render_dpi, true);
    if (!image.ok()) {
      reply->status =
          Status(image.status().code(), route.reason +
                                            "; cannot render the page for "
                                            "OCR: " +
                                            image.status().message());
      return;
    }
    Ocr(*image, task.page_no, route.reason, reply);
  }

  void Ocr(const Raster& image, int page_no, const std::string& why,
           wire::Reply* reply) {
    if (!ocr_ && ocr_status_.ok()) {
      auto engine = ocr::CreateTesseract(options_.ocr);
      if (engine.ok()) {
        ocr_ = std::move(engine).value();
      } else {
        ocr_status_ = engine.status();
      }
    }
    if (!ocr_) {
      reply->status =
          Status(ocr_status_.code(),
                 why + "; OCR unavailable: " + ocr_status_.message());
      return;
    }
    StatusOr<PageContent> content = ocr_->Recognize(image, page_no);
    if (!content.ok()) {
      reply->status =
          Status(content.status().code(),
                 why + "; OCR failed: " + content.status().message());
      return;
    }
    reply->content = std::move(content).value();
    reply->source = "ocr";
    reply->route_reason = why;
    reply->ocr_confidence = ocr::MeanConfidence(reply->content);
  }

  // Opens a PDF, or decodes an image file's pages, as the current document.
  Status Load(const std::string& path, const std::string& sha256, FileKind kind,
              std::string bytes) {
    if (kind == FileKind::kPdf) {
      auto doc = pdf::Open(std::move(bytes), options_.pdf);
      if (!doc.ok()) return doc.status();
      pdf_ = std::move(doc).value();
    } else if (kind == FileKind::kImage) {
      auto images = ocr::DecodeImage(bytes, options_.max_image_pixels);
      if (!images.ok()) return images.status();
      if (images->empty()) return Corrupt("image file with no pages");
      images_ = std::move(images).value();
    } else {
      return Corrupt("the file changed while it was being read");
    }
    path_ = path;
    sha256_ = sha256;
    return Status::OK();
  }

  void Forget() {
    pdf_.reset();
    images_.clear();
    path_.clear();
    sha256_.clear();
  }

  WorkerOptions options_;
  // The current document: a PDF, or an image file's decoded pages.
  std::unique_ptr<pdf::PdfDocument> pdf_;
  std::vector<Raster> images_;
  std::string path_, sha256_;
  std::unique_ptr<ocr::OcrEngine> ocr_;
  Status ocr_status_;  // why the engine could not be made, once tried
};

}  // namespace

void SetTaskHook(TaskHook hook) { task_hook = hook; }

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
    wire::Reply reply;
    bool out_of_memory = false;
    // The one place exceptions are caught: an allocation that fails under
    // the memory limit must become this task's error, not a crash.
    try {
      reply = worker.Serve(task);
    } catch (const std::bad_alloc&) {
      out_of_memory = true;
    }
    if (out_of_memory) {
      reply = wire::Reply();
      reply.type = task.type;
      reply.doc = task.doc;
      reply.page_no = task.page_no;
      reply.status = Status(StatusCode::kResourceExhausted,
                            "out of memory: the worker's limit of " +
                                std::to_string(options.memory_limit_mb) +
                                " MiB was reached");
    }
    if (!wire::WriteFrame(out_fd, wire::Encode(reply)).ok()) return;
    // After a failed allocation the libraries' state is suspect; a fresh
    // worker takes the next task.
    if (out_of_memory) return;
  }
}

}  // namespace tally::pipeline
