#include "pipeline/source.h"

#include <algorithm>
#include <vector>

#include "pipeline/route.h"

namespace tally::pipeline {
namespace {

// A PDF: each page from its text layer when that is usable (route.h), else
// rendered and OCR'd.
class PdfSource : public Source {
 public:
  PdfSource(std::unique_ptr<pdf::PdfDocument> doc, SourceContext* context)
      : doc_(std::move(doc)), context_(context) {}

  int pages_in_file() const override { return doc_->page_count(); }
  int page_count() const override {
    return std::min(pages_in_file(), context_->options().max_pages);
  }

  StatusOr<wire::PageRead> ReadPage(int page_no) override {
    StatusOr<PageContent> content = doc_->ReadPage(page_no);
    if (!content.ok()) return content.status();
    RouteDecision route = RoutePage(*content);
    if (!route.ocr) {
      wire::PageRead read;
      read.page_no = page_no;
      read.content = std::move(content).value();
      read.source = "text";
      read.route_reason = route.reason;
      return read;
    }
    StatusOr<Raster> image =
        doc_->RenderPage(page_no, context_->options().ocr.render_dpi, true);
    if (!image.ok()) {
      return Status(image.status().code(),
                    route.reason + "; cannot render the page for OCR: " +
                        image.status().message());
    }
    return context_->Ocr(*image, page_no, route.reason);
  }

 private:
  std::unique_ptr<pdf::PdfDocument> doc_;
  SourceContext* context_;
};

// An image file: every page OCR'd.
class ImageSource : public Source {
 public:
  ImageSource(std::vector<Raster> images, SourceContext* context)
      : images_(std::move(images)), context_(context) {}

  int pages_in_file() const override { return int(images_.size()); }
  int page_count() const override {
    return std::min(pages_in_file(), context_->options().max_pages);
  }

  StatusOr<wire::PageRead> ReadPage(int page_no) override {
    Raster& image = images_[size_t(page_no - 1)];
    StatusOr<wire::PageRead> read = context_->Ocr(image, page_no, "image file");
    image = Raster();  // each page is read once: free it
    return read;
  }

 private:
  std::vector<Raster> images_;
  SourceContext* context_;
};

// Plain text (a .txt or .md extraction): pages split at form feeds, as
// pdftotext writes them.
class TextSource : public Source {
 public:
  TextSource(std::string bytes, SourceContext* context)
      : bytes_(std::move(bytes)), context_(context) {
    std::string_view text = bytes_;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // BOM
    size_t start = 0;
    for (;;) {
      size_t ff = text.find('\f', start);
      pages_.push_back(text.substr(start, ff == std::string_view::npos
                                              ? std::string_view::npos
                                              : ff - start));
      if (ff == std::string_view::npos) break;
      start = ff + 1;
    }
    // A trailing form feed leaves an empty last page; drop it.
    if (pages_.size() > 1 && pages_.back().empty()) pages_.pop_back();
  }

  int pages_in_file() const override { return int(pages_.size()); }
  int page_count() const override {
    return std::min(pages_in_file(), context_->options().max_pages);
  }
  bool cheap_pages() const override { return true; }

  StatusOr<wire::PageRead> ReadPage(int page_no) override {
    wire::PageRead read;
    read.page_no = page_no;
    read.is_text = true;
    read.text = std::string(pages_[size_t(page_no - 1)]);
    read.source = "text";
    read.route_reason = "plain text file";
    return read;
  }

 private:
  std::string bytes_;
  std::vector<std::string_view> pages_;  // into bytes_
  SourceContext* context_;
};

}  // namespace

StatusOr<wire::PageRead> SourceContext::Ocr(const Raster& image, int page_no,
                                            const std::string& why) {
  if (!ocr_ && ocr_status_.ok()) {
    auto engine = ocr::CreateTesseract(options_.ocr);
    if (engine.ok()) {
      ocr_ = std::move(engine).value();
    } else {
      ocr_status_ = engine.status();
    }
  }
  if (!ocr_) {
    return Status(ocr_status_.code(),
                  why + "; OCR unavailable: " + ocr_status_.message());
  }
  StatusOr<PageContent> content = ocr_->Recognize(image, page_no);
  if (!content.ok()) {
    return Status(content.status().code(),
                  why + "; OCR failed: " + content.status().message());
  }
  wire::PageRead read;
  read.page_no = page_no;
  read.content = std::move(content).value();
  read.source = "ocr";
  read.route_reason = why;
  read.ocr_confidence = ocr::MeanConfidence(read.content);
  return read;
}

StatusOr<std::unique_ptr<Source>> OpenSource(FileKind kind, std::string bytes,
                                             SourceContext* context) {
  switch (kind) {
    case FileKind::kEmpty:
      return Corrupt("empty file (0 bytes)");
    case FileKind::kText:
      return std::unique_ptr<Source>(
          std::make_unique<TextSource>(std::move(bytes), context));
    case FileKind::kPdf: {
      auto doc = pdf::Open(std::move(bytes), context->options().pdf);
      if (!doc.ok()) return doc.status();
      return std::unique_ptr<Source>(
          std::make_unique<PdfSource>(std::move(doc).value(), context));
    }
    case FileKind::kImage: {
      auto images =
          ocr::DecodeImage(bytes, context->options().max_image_pixels);
      if (!images.ok()) return images.status();
      if (images->empty()) return Corrupt("image file with no pages");
      return std::unique_ptr<Source>(
          std::make_unique<ImageSource>(std::move(images).value(), context));
    }
    case FileKind::kUnknown:
      break;
  }
  return Unsupported(
      "not a PDF, an image or UTF-8 text (unrecognised content)");
}

}  // namespace tally::pipeline
