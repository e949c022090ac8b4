// pipeline/source.h: a document open in a worker, page by page, whatever
// its file kind: the one place where a file's kind decides how it is read.
//
// OpenSource takes the bytes of a file and its sniffed kind and returns a
// Source: a PDF (each page from its text layer when usable, else rendered
// and OCR'd; route.h), an image file (each page OCR'd), plain text in UTF-8,
// GB18030 or UTF-16 (pages split at form feeds), a docx, xlsx or saved web
// page (lines and table rows with each run's address) or an OFD (positioned
// text) read by the formats stage, a legacy .doc/.xls (.wps/.et) converted
// to PDF by LibreOffice, or a zip archive (no pages; its members are
// documents). A new input format is a new Source and one case in
// OpenSource.
//
// Pages beyond SourceOptions::max_pages are not read; page_count() says how
// many will be, pages_in_file() how many there are and unread() why the
// rest will not be, so the document can be stored 'partial' with the
// reason rather than silently cut short.
//
// Thread safety: a Source is used by one thread (a worker is one process
// with one thread).
//
//   SourceContext ctx(options);
//   StatusOr<std::unique_ptr<Source>> s = OpenSource(kind, bytes, &ctx);
//   for (int p = 1; p <= (*s)->page_count(); ++p) {
//     StatusOr<wire::PageRead> page = (*s)->ReadPage(p);
//   }
#ifndef TALLY_PIPELINE_SOURCE_H_
#define TALLY_PIPELINE_SOURCE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/file.h"
#include "base/status.h"
#include "ocr/layer_check.h"
#include "ocr/ocr.h"
#include "pdf/pdf.h"
#include "pipeline/wire.h"

namespace tally::pipeline {

struct SourceOptions {
  pdf::Options pdf;
  ocr::Options ocr;
  // Largest image (pixels) an image file's page may have; larger ones are
  // refused from their header, before any pixel memory is allocated.
  size_t max_image_pixels = ocr::kDefaultMaxPixels;
  // Pages read at most per document (more than any report has; a
  // 100,000-page file would otherwise hold a worker for hours).
  int max_pages = 5000;
  // Largest zip member (or OOXML/OFD part) read, uncompressed.
  int64_t max_member_bytes = int64_t{512} << 20;
  // How long LibreOffice may take to convert a legacy office file.
  int convert_timeout_seconds = 100;
};

// What the sources of one worker share: the options, and the OCR engine,
// made once, on the first page that needs it.
class SourceContext {
 public:
  explicit SourceContext(const SourceOptions& options) : options_(options) {}
  const SourceOptions& options() const { return options_; }
  // Recognises image as page page_no into a PageRead whose route reason is
  // `why`; errors name `why` too.
  StatusOr<wire::PageRead> Ocr(const Raster& image, int page_no,
                               const std::string& why);
  // Checks a page's invisible text layer (its words) against a quick OCR
  // of image, the page rendered (ocr/layer_check.h).
  StatusOr<ocr::LayerCheck> CheckLayer(const Raster& image,
                                       const std::vector<Word>& layer);

 private:
  Status MakeEngine();  // the engine, made on first use

  SourceOptions options_;
  std::unique_ptr<ocr::OcrEngine> ocr_;
  Status ocr_status_;  // why the engine could not be made, once tried
};

class Source {
 public:
  virtual ~Source() = default;
  // Pages that will be read: pages_in_file(), at most max_pages.
  virtual int page_count() const = 0;
  virtual int pages_in_file() const = 0;
  // Why pages of the file will not be read, in words; empty if all will.
  virtual std::string unread() const;
  // True if reading every page costs less than sending a task for each
  // (text already in memory, a short PDF of text pages): the assembly reads
  // them (wire::Task::read_pages), and only if it fails do they get a task
  // each.
  virtual bool cheap_pages() const { return false; }
  // Reads page page_no, 1..page_count().
  virtual StatusOr<wire::PageRead> ReadPage(int page_no) = 0;
  // Why the file is not a report's text (a README, a CSV, code), or "":
  // asked of files found in folders and archives, not of named ones.
  virtual std::string NotAReport() const { return ""; }
  // A container's members (a zip archive's files), each a document.
  virtual std::vector<std::string> Members() const { return {}; }
};

// The kind of a file by its content: the formats stage's formats (docx,
// xlsx, ofd, html, zip, legacy office), else base/file.h's (PDF, image,
// UTF-8 text), and text in another charset (GB18030, UTF-16) as text.
FileKind SniffFile(std::string_view bytes);

// The bytes of an input: a file, or a member of a zip archive named
// "ARCHIVE!/MEMBER" (and "A.zip!/B.zip!/MEMBER" for archives in archives),
// at most max_bytes.
StatusOr<std::string> ReadInput(const std::string& path, int64_t max_bytes,
                                const SourceOptions& options);

// Opens bytes of the given kind. Errors say what is wrong in words:
// Corrupt (an empty file, an unreadable PDF or image), PermissionDenied (an
// encrypted PDF), Unsupported (content of no kind tally reads).
StatusOr<std::unique_ptr<Source>> OpenSource(FileKind kind, std::string bytes,
                                             SourceContext* context);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_SOURCE_H_
