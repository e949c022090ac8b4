#include "pipeline/source.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "base/utf8.h"
#include "formats/formats.h"
#include "normalize/decode.h"
#include "pipeline/route.h"

namespace tally::pipeline {
namespace {

// A PDF: each page from its text layer when that is usable (route.h), else
// rendered and OCR'd.
class PdfSource : public Source {
 public:
  PdfSource(std::unique_ptr<pdf::PdfDocument> doc, SourceContext* context)
      : doc_(std::move(doc)), context_(context) {
    // A short document of text pages is read whole by the assembly: a page
    // of text takes milliseconds, less than its own task's round trip
    // through the supervisor. Pages that may need OCR (no fonts: a scan)
    // get a task each, so that several workers read them.
    const int n = page_count();
    cheap_ = n > 0 && n <= kMaxCheapPages;
    for (int p = 1; cheap_ && p <= n; ++p) cheap_ = doc_->DeclaresFonts(p);
  }

  bool cheap_pages() const override { return cheap_; }

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
    if (!route.ocr && invisible &&
        context_->options().ocr.check_invisible_layers) {
      // An earlier OCR is kept only if a quick OCR of some of its lines
      // reads what it says (ocr/layer_check.h).
      StatusOr<Raster> image =
          doc_->RenderPage(page_no, context_->options().ocr.render_dpi, true);
      StatusOr<ocr::LayerCheck> check =
          image.ok() ? context_->CheckLayer(*image, content->words)
                     : StatusOr<ocr::LayerCheck>(image.status());
      if (!check.ok()) {
        mark += "; not checked against OCR: " + check.status().message();
      } else if (check->lines == 0) {
        mark += "; not checked against OCR: no line to sample";
      } else if (check->cer() <= context_->options().ocr.layer_max_cer) {
        mark += "; agrees with OCR (" + check->Describe() + ")";
      } else {
        StatusOr<wire::PageRead> read =
            context_->Ocr(*image, page_no,
                          "invisible text layer (" + std::to_string(hidden) +
                              " characters) disagrees with OCR (" +
                              check->Describe() + "): replaced by OCR");
        if (read.ok()) read->hidden_chars = hidden;
        return read;
      }
    }
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
  static constexpr int kMaxCheapPages = 16;

  std::unique_ptr<pdf::PdfDocument> doc_;
  SourceContext* context_;
  bool cheap_ = false;
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
  // bytes is UTF-8 text already (its BOM stripped here); charset what it
  // was decoded from, for the route reason.
  TextSource(std::string bytes, std::string charset, SourceContext* context)
      : bytes_(std::move(bytes)),
        reason_(charset == "UTF-8" ? "plain text file"
                                   : "plain text file (" + charset + ")"),
        context_(context) {
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
    read.route_reason = reason_;
    return read;
  }
  std::string NotAReport() const override {
    return formats::NotAReport(bytes_);
  }

 private:
  std::string bytes_;
  std::string reason_;
  std::vector<std::string_view> pages_;  // into bytes_
  SourceContext* context_;
};

// A structured document (docx, xlsx, html) read by the formats stage: each
// page's lines, whole paragraphs and table rows, with every run's address.
class StructuredSource : public Source {
 public:
  StructuredSource(formats::Document doc, std::string reason,
                   SourceContext* context)
      : doc_(std::move(doc)), reason_(std::move(reason)), context_(context) {}

  int pages_in_file() const override { return int(doc_.pages.size()); }
  int page_count() const override {
    return std::min(pages_in_file(), context_->options().max_pages);
  }
  bool cheap_pages() const override { return true; }

  StatusOr<wire::PageRead> ReadPage(int page_no) override {
    const formats::Page& page = doc_.pages[size_t(page_no - 1)];
    wire::PageRead read;
    read.page_no = page_no;
    read.source = "text";
    read.route_reason = reason_;
    if (!page.name.empty()) read.route_reason += ": sheet " + page.name;
    if (page.positioned) {  // OFD: words with boxes, for layout
      read.content = page.content;
      read.content.page_no = page_no;
      return read;
    }
    read.is_text = true;
    read.structured = true;
    for (const formats::Line& line : page.lines) {
      if (!read.text.empty()) read.text += '\n';
      for (size_t i = 0; i < line.cells.size(); ++i) {
        if (i > 0) read.text += '\t';
        const formats::Cell& c = line.cells[i];
        if (!c.text.empty()) {
          Word w;
          w.text = c.text;
          w.box = c.box;
          w.ref = c.ref;
          read.word_begin.push_back(uint32_t(read.text.size()));
          read.content.words.push_back(std::move(w));
        }
        read.text += c.text;
      }
      // A table row of one cell keeps a tab, so it stays a table row.
      if (line.table_row && line.cells.size() == 1) read.text += '\t';
    }
    return read;
  }
  std::string NotAReport() const override {
    if (!html_) return "";
    std::string text;
    for (const formats::Page& p : doc_.pages) {
      for (const formats::Line& l : p.lines) {
        for (const formats::Cell& c : l.cells) text += c.text + "\n";
      }
    }
    return formats::NotAReport(text);
  }
  void set_html() { html_ = true; }

 private:
  formats::Document doc_;
  std::string reason_;
  SourceContext* context_;
  bool html_ = false;
};

// A legacy office file, converted to PDF by LibreOffice and read as one.
// Its pages are read by the worker that converted it (cheap_pages): another
// worker would have to convert the file again.
class ConvertedSource : public Source {
 public:
  ConvertedSource(std::unique_ptr<Source> pdf, std::string what)
      : pdf_(std::move(pdf)), what_(std::move(what)) {}
  int pages_in_file() const override { return pdf_->pages_in_file(); }
  int page_count() const override { return pdf_->page_count(); }
  bool cheap_pages() const override { return true; }
  StatusOr<wire::PageRead> ReadPage(int page_no) override {
    StatusOr<wire::PageRead> read = pdf_->ReadPage(page_no);
    if (read.ok()) {
      read->route_reason =
          what_ + " converted to PDF by LibreOffice; " + read->route_reason;
    }
    return read;
  }

 private:
  std::unique_ptr<Source> pdf_;
  std::string what_;
};

// A zip archive: no pages of its own; its members are documents.
class ZipSource : public Source {
 public:
  explicit ZipSource(std::vector<std::string> members)
      : members_(std::move(members)) {}
  int pages_in_file() const override { return 0; }
  int page_count() const override { return 0; }
  StatusOr<wire::PageRead> ReadPage(int) override {
    return InvalidArgument("a zip archive has no pages");
  }
  std::vector<std::string> Members() const override { return members_; }

 private:
  std::vector<std::string> members_;
};

formats::Options FormatOptions(const SourceOptions& o) {
  formats::Options f;
  f.max_member_bytes = o.max_member_bytes;
  f.convert_timeout_seconds = o.convert_timeout_seconds;
  return f;
}

}  // namespace

std::string Source::unread() const {
  if (pages_in_file() <= page_count()) return "";
  return "pages beyond " + std::to_string(page_count()) +
         " not read (the limit is " + std::to_string(page_count()) +
         " pages a document)";
}

Status SourceContext::MakeEngine() {
  if (!ocr_ && ocr_status_.ok()) {
    auto engine = ocr::CreateTesseract(options_.ocr);
    if (engine.ok()) {
      ocr_ = std::move(engine).value();
    } else {
      ocr_status_ = engine.status();
    }
  }
  return ocr_ ? Status::OK() : ocr_status_;
}

StatusOr<ocr::LayerCheck> SourceContext::CheckLayer(
    const Raster& image, const std::vector<Word>& layer) {
  Status made = MakeEngine();
  if (!made.ok()) {
    return Status(made.code(), "OCR unavailable: " + made.message());
  }
  return ocr::CheckTextLayer(ocr_.get(), image, layer, options_.ocr);
}

StatusOr<wire::PageRead> SourceContext::Ocr(const Raster& image, int page_no,
                                            const std::string& why) {
  Status made = MakeEngine();
  if (!made.ok()) {
    return Status(made.code(), why + "; OCR unavailable: " + made.message());
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

FileKind SniffFile(std::string_view bytes) {
  if (std::optional<formats::Format> f = formats::Sniff(bytes)) {
    switch (*f) {
      case formats::Format::kDocx:
        return FileKind::kDocx;
      case formats::Format::kXlsx:
        return FileKind::kXlsx;
      case formats::Format::kOfd:
        return FileKind::kOfd;
      case formats::Format::kHtml:
        return FileKind::kHtml;
      case formats::Format::kZip:
        return FileKind::kZip;
      case formats::Format::kDoc:
        return FileKind::kDoc;
      case formats::Format::kXls:
        return FileKind::kXls;
      case formats::Format::kOffice:
        return FileKind::kOffice;
    }
  }
  FileKind kind = SniffKind(bytes);
  // GB18030 or UTF-16 text is not UTF-8: the charset detector decides.
  if (kind == FileKind::kUnknown && normalize::DecodeText(bytes).ok()) {
    return FileKind::kText;
  }
  return kind;
}

StatusOr<std::string> ReadInput(const std::string& path, int64_t max_bytes,
                                const SourceOptions& options) {
  std::error_code ec;
  size_t sep = path.find("!/");
  if (sep == std::string::npos || std::filesystem::exists(path, ec)) {
    return ReadFile(path, max_bytes);
  }
  // ARCHIVE!/MEMBER: the first prefix that is a file is the archive; the
  // rest names a member, or a member archive's member (depth-limited).
  while (sep != std::string::npos &&
         !std::filesystem::is_regular_file(path.substr(0, sep), ec)) {
    sep = path.find("!/", sep + 2);
  }
  if (sep == std::string::npos) return ReadFile(path, max_bytes);
  StatusOr<std::string> bytes = ReadFile(path.substr(0, sep), max_bytes);
  if (!bytes.ok()) return bytes.status();
  formats::Options f = FormatOptions(options);
  f.max_member_bytes = std::min(f.max_member_bytes, max_bytes);
  std::string rest = path.substr(sep + 2);
  for (int depth = 0; depth < 4; ++depth) {
    StatusOr<std::vector<formats::ZipEntry>> members =
        formats::ZipMembers(*bytes, f);
    if (!members.ok()) return members.status();
    const formats::ZipEntry* found = nullptr;
    const formats::ZipEntry* inner = nullptr;
    for (const formats::ZipEntry& e : *members) {
      if (e.name == rest) found = &e;
      if (rest.starts_with(e.name + "!/")) inner = &e;
    }
    if (found == nullptr && inner == nullptr) {
      return NotFound("no member " + rest + " in the archive");
    }
    StatusOr<std::string> member =
        formats::ZipMember(*bytes, (found ? found : inner)->index, f);
    if (!member.ok() || found != nullptr) return member;
    rest = rest.substr(inner->name.size() + 2);
    bytes = std::move(member);
  }
  return ResourceExhausted("archives nested more than 4 deep");
}

StatusOr<std::unique_ptr<Source>> OpenSource(FileKind kind, std::string bytes,
                                             SourceContext* context) {
  const formats::Options f = FormatOptions(context->options());
  auto structured =
      [&](formats::Format format,
          const char* reason) -> StatusOr<std::unique_ptr<Source>> {
    StatusOr<formats::Document> doc = formats::Read(bytes, format, f);
    if (!doc.ok()) return doc.status();
    if (doc->pages.empty()) return Corrupt("no pages, sheets or text");
    auto source =
        std::make_unique<StructuredSource>(std::move(*doc), reason, context);
    if (format == formats::Format::kHtml) source->set_html();
    return std::unique_ptr<Source>(std::move(source));
  };
  auto converted = [&](formats::Format format,
                       const char* what) -> StatusOr<std::unique_ptr<Source>> {
    StatusOr<std::string> pdf_bytes =
        formats::Convert(bytes, format, formats::Target::kPdf, f);
    if (!pdf_bytes.ok()) return pdf_bytes.status();
    auto doc = pdf::Open(std::move(pdf_bytes).value(), context->options().pdf);
    if (!doc.ok()) return doc.status();
    return std::unique_ptr<Source>(std::make_unique<ConvertedSource>(
        std::make_unique<PdfSource>(std::move(doc).value(), context), what));
  };
  switch (kind) {
    case FileKind::kEmpty:
      return Corrupt("empty file (0 bytes)");
    case FileKind::kText: {
      StatusOr<normalize::Decoded> text = normalize::DecodeText(bytes);
      if (!text.ok()) return text.status();
      return std::unique_ptr<Source>(std::make_unique<TextSource>(
          std::move(text->text), text->charset, context));
    }
    case FileKind::kDocx:
      return structured(formats::Format::kDocx, "docx: paragraphs and tables");
    case FileKind::kXlsx:
      return structured(formats::Format::kXlsx, "xlsx: cells as shown");
    case FileKind::kHtml:
      return structured(formats::Format::kHtml, "saved web page");
    case FileKind::kOfd:
      return structured(formats::Format::kOfd, "OFD text layer");
    case FileKind::kDoc:
      return converted(formats::Format::kDoc, "Word 97 file");
    case FileKind::kXls: {
      // A spreadsheet keeps its cells: LibreOffice makes it an xlsx.
      StatusOr<std::string> xlsx = formats::Convert(
          bytes, formats::Format::kXls, formats::Target::kXlsx, f);
      if (!xlsx.ok()) return xlsx.status();
      bytes = std::move(xlsx).value();
      return structured(formats::Format::kXlsx,
                        "Excel 97 file converted to xlsx by LibreOffice");
    }
    case FileKind::kOffice:
      return converted(formats::Format::kOffice, "office file");
    case FileKind::kZip: {
      StatusOr<std::vector<formats::ZipEntry>> members =
          formats::ZipMembers(bytes, f);
      if (!members.ok()) return members.status();
      std::vector<std::string> names;
      for (const formats::ZipEntry& e : *members) {
        // Hidden files and macOS resource forks are not documents.
        std::string base = e.name.substr(e.name.rfind('/') + 1);
        if (base.empty() || base[0] == '.' || e.name.starts_with("__MACOSX/")) {
          continue;
        }
        names.push_back(e.name);
      }
      return std::unique_ptr<Source>(std::make_unique<ZipSource>(names));
    }
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
      "not a PDF, an image, text, or an office, OFD, HTML or zip file "
      "(unrecognised content)");
}

}  // namespace tally::pipeline
