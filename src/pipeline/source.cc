#include "pipeline/source.h"

#include <algorithm>
#include <vector>

#include "base/utf8.h"
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
    // Text nobody sees: on a page that shows text too it is left out (it is
    // there to be read by machines only, or is the rest of an earlier
    // layer); on a page that shows none, it is the page's text layer (an
    // earlier OCR under a scan), used, and marked as such.
    const int hidden = content->hidden_chars;
    bool invisible = false;
    if (hidden > 0 && VisibleChars(*content) < kMinTextLayerChars &&
        !content->hidden_words.empty()) {
      content->words = std::move(content->hidden_words);
      invisible = true;
    }
    content->hidden_words.clear();
    RouteDecision route = RoutePage(*content);
    std::string mark =
        hidden == 0 ? ""
        : invisible ? "; an invisible text layer (" + std::to_string(hidden) +
                          " characters, an earlier OCR?)"
                    : "; " + std::to_string(hidden) +
                          " characters of hidden text (invisible, white or "
                          "under 1 pt) left out";
    if (!route.ocr) {
      wire::PageRead read;
      read.page_no = page_no;
      read.content = std::move(content).value();
      read.source = "text";
      read.route_reason = route.reason + mark;
      read.hidden_chars = hidden;
      read.invisible_layer = invisible;
      return read;
    }
    StatusOr<Raster> image =
        doc_->RenderPage(page_no, context_->options().ocr.render_dpi, true);
    if (!image.ok()) {
      return Status(image.status().code(),
                    route.reason + "; cannot render the page for OCR: " +
                        image.status().message());
    }
    StatusOr<wire::PageRead> read =
        context_->Ocr(*image, page_no, route.reason + mark);
    if (read.ok()) read->hidden_chars = hidden;
    return read;
  }

 private:
  static int VisibleChars(const PageContent& page) {
    int n = 0;
    for (const Word& w : page.words) {
      for (size_t i = 0; i < w.text.size();) {
        if (DecodeUtf8(w.text, &i) != ' ') ++n;
      }
    }
    return n;
  }

 public:
 private:
  std::unique_ptr<pdf::PdfDocument> doc_;
  SourceContext* context_;
};

// An image file: every page OCR'd, decoded only when it is read.
class ImageSource : public Source {
 public:
  ImageSource(std::unique_ptr<ocr::ImageFile> file, SourceContext* context)
      : file_(std::move(file)), context_(context) {}

  int pages_in_file() const override { return file_->page_count(); }
  int page_count() const override { return file_->page_count(); }
  std::string unread() const override {
    if (!file_->more_pages()) return "";
    int n = page_count();
    return "pages beyond " + std::to_string(n) + " not read (" +
           (n >= context_->options().max_pages
                ? "the limit is " + std::to_string(n) + " pages a document"
                : std::string("the file's page directory is damaged after "
                              "that page")) +
           ")";
  }

  StatusOr<wire::PageRead> ReadPage(int page_no) override {
    StatusOr<Raster> image =
        file_->Page(page_no, context_->options().max_image_pixels);
    if (!image.ok()) return image.status();
    return context_->Ocr(*image, page_no, "image file");
  }

 private:
  std::unique_ptr<ocr::ImageFile> file_;
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

std::string Source::unread() const {
  if (pages_in_file() <= page_count()) return "";
  return "pages beyond " + std::to_string(page_count()) +
         " not read (the limit is " + std::to_string(page_count()) +
         " pages a document)";
}

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
      auto file =
          ocr::ImageFile::Open(std::move(bytes), context->options().max_pages);
      if (!file.ok()) return file.status();
      return std::unique_ptr<Source>(
          std::make_unique<ImageSource>(std::move(file).value(), context));
    }
    case FileKind::kUnknown:
      break;
  }
  return Unsupported(
      "not a PDF, an image or UTF-8 text (unrecognised content)");
}

}  // namespace tally::pipeline
