// pipeline/wire.h: messages between the ingest supervisor and its worker
// processes, and their framing on a pipe.
//
// Workers do all the work on untrusted content (parsing files with
// third-party libraries, reading order, normalisation, extraction, checks) in
// separate processes, so a crash, a hang or an exhausted memory limit costs
// only the document being read. The supervisor sends Tasks; a worker answers
// each with one Reply. A document goes through three kinds of task:
//
//   kOpen      read the file, hash it, sniff its kind, open it and count its
//              pages;
//   kPage      read one page (text layer or OCR), for documents whose pages
//              are worth spreading over the workers;
//   kAssemble  from all the pages read, the document to store: reading
//              order, normalised text, facts, sections, tables, findings.
//              Pages that cost nothing to read once the file is open (a
//              plain-text file's, a converted office file's) are read here,
//              by the worker that opened the file as a rule, and never pass
//              through the supervisor: a page of any size costs it nothing.
//
// What a page task reads (a PageRead) travels as encoded bytes that the
// supervisor holds and hands on to the assembling worker without decoding:
// the supervisor never parses document content. It decodes only the small
// Reply and the finished record, bounded (kMaxFrame, the decoder's memory
// budget) and then validated (validate.h) before anything is written.
//
// The encoding is codec.h's: one Fields function per struct lists its
// fields with tags, so a new field is one line there and a new record type
// (a list in DocumentRecord) one function and one line.
//
// Thread safety: plain values and functions.
#ifndef TALLY_PIPELINE_WIRE_H_
#define TALLY_PIPELINE_WIRE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/geometry.h"
#include "base/status.h"
#include "store/store.h"

namespace tally::pipeline::wire {

// One page as a worker read it, for the assembling worker.
struct PageRead {
  int32_t page_no = 0;  // from 1
  // Positioned words and ruling lines (a PDF's text layer, OCR), which the
  // layout stage puts in reading order ...
  PageContent content;
  // ... or, for input that is text already (a plain-text file's page, split
  // at form feeds), the page's text, lines separated by '\n'.
  bool is_text = false;
  std::string text;
  // A text page of a structured format (docx, xlsx, html): its lines are
  // whole paragraphs and table rows (cells between tabs), never joined, and
  // content.words are its runs (cells, paragraphs) with their refs, word i
  // being bytes [word_begin[i], word_begin[i] + words[i].text.size()) of
  // text.
  bool structured = false;
  std::vector<uint32_t> word_begin;
  std::string source;  // "text" or "ocr"
  std::string route_reason;
  double ocr_confidence = -1;
  // Glyphs of the text layer drawn so that nobody sees them (pdf.h); with
  // invisible_layer, they were all the layer had and are the page's text.
  int32_t hidden_chars = 0;
  bool invisible_layer = false;
};

struct Task {
  enum Type : uint8_t { kOpen = 1, kPage = 2, kAssemble = 3 };
  Type type = kOpen;
  uint32_t doc = 0;  // the supervisor's index of the document
  std::string path;
  std::string sha256;   // page and assemble tasks: the bytes opened
  int32_t page_no = 0;  // page tasks, from 1
  // kAssemble: the encoded PageReads of the pages read, in page order, or
  // with read_pages, none: the worker reads every page of the file itself
  // (opening it again unless it has it open); extract false leaves out
  // extraction and checks (the retry of a document whose extraction failed,
  // so that its pages are still stored).
  std::vector<std::string> pages;
  bool read_pages = false;
  bool extract = true;
  // kOpen: the file was named on the command line (not found in a folder
  // or an archive), so it is read even if it does not look like a report.
  bool named = false;
};

struct Reply {
  Task::Type type = Task::kOpen;
  uint32_t doc = 0;
  int32_t page_no = 0;
  Status status;  // what went wrong, if anything
  // kOpen
  int64_t size = -1;
  // The file's modification time before it was read (ns since 1970), if
  // settled then (base::StampOf); -1 otherwise (store::DocumentRecord::
  // mtime_ns).
  int64_t mtime_ns = -1;
  std::string sha256;      // empty if the file could not be read
  std::string file_kind;   // base::FileKindName
  int32_t page_count = 0;  // pages to read (at most WorkerOptions::max_pages)
  int32_t pages_in_file = 0;  // pages the file has, beyond the limit too
  std::string unread;         // why pages beyond page_count are not read, if so
  // kOpen: the pages cost little to read (Source::cheap_pages): the
  // assembly reads them (Task::read_pages), no page task is needed unless
  // it fails.
  bool cheap_pages = false;
  // kPage: the page read, an encoded PageRead.
  std::vector<std::string> pages;
  // kAssemble: the document's pages, lines, boxes, metadata, sections,
  // facts, tables and findings (the fields the supervisor does not set:
  // path, sha256, size, status and the like are left empty) ...
  store::DocumentRecord record;
  // ... and limits met on the way, in words (a table too large to read as
  // a table), which make the document partial.
  std::vector<std::string> notes;
  // kOpen of a zip archive: its members' names, each a document of its own
  // (path "ARCHIVE!/NAME"); the archive itself is not a document.
  std::vector<std::string> members;
  // kOpen: why the file is skipped as not a report (a README, a CSV, source
  // code found in a folder); empty otherwise.
  std::string not_a_report;
  // kAssemble: the record comes in frames, so that neither side holds a
  // large document's encoding whole. The first Reply has the status, notes
  // and the record's metadata; while `more`, another Reply follows with the
  // next part of its lists (SplitRecord's parts, with continues_page), and
  // a Reply with an error status ends the answer early.
  bool more = false;
  bool continues_page = false;
  // The part's one page is more of the last page's text (SplitRecord).
  bool continues_text = false;
};

// Cuts rec's lists (pages, lines and boxes, sections, facts, ...) into
// parts of at most kPartItems items each, in the order Store::AddToDocument
// takes them. A page's text of more than kPartTextBytes goes in pieces, the
// parts the store keeps it in (store::PageTextPartEnd: at most that many
// bytes, whole characters): the page's part has the first, parts that
// continue its text (continues_text) the others, so that no frame and
// nothing the supervisor decodes or writes grows with a page's size (it
// appends each piece to the page: Store::AddPageText). The page's lines
// and boxes follow the text, those beyond the first kPartItems (or all of
// them, when the text went in pieces) in parts that continue the page. rec
// keeps its metadata, its lists emptied.
struct Part {
  store::DocumentRecord record;
  bool continues_page = false;
  bool continues_text = false;
};
constexpr size_t kPartItems = 2000;
constexpr size_t kPartTextBytes = store::kPageTextPartBytes;
std::vector<Part> SplitRecord(store::DocumentRecord* rec);

std::string Encode(const PageRead& page);
std::string Encode(const Task& task);
std::string Encode(const Reply& reply);
// False if data is not exactly one well-formed message, or would take more
// memory to decode than a few times its own size.
bool Decode(std::string_view data, PageRead* page);
bool Decode(std::string_view data, Task* task);
bool Decode(std::string_view data, Reply* reply);

// Largest frame accepted. A page's words, or a whole document's records, are
// far smaller; a worker whose answer would be larger reports an error
// instead.
constexpr uint32_t kMaxFrame = 256u << 20;

// Writes one frame (blocking, retrying on EINTR and partial writes).
Status WriteFrame(int fd, std::string_view payload);
// Reads one frame (blocking). NotFound at a clean end of stream.
StatusOr<std::string> ReadFrame(int fd);
// Takes one complete frame off the front of buffer, if there is one.
// Returns false with *error set if the length prefix is impossible.
bool TakeFrame(std::string* buffer, std::string* frame, bool* error);

}  // namespace tally::pipeline::wire

#endif  // TALLY_PIPELINE_WIRE_H_
