// store/store.h: the SQLite database, tally's output and its contract.
//
// Input: DocumentRecords from the pipeline (one per file, with its pages,
// lines and text boxes). Output: a SQLite file whose views (v_documents,
// v_reports, v_pages, v_facts, v_indicators, v_budgets, v_findings, ...; see
// src/store/schema.sql and docs/database.md) are the stable interface for
// users and outside scripts.
//
// Identity: a document is its sha256. Writing a document whose sha256 and
// pipeline version are already stored is a no-op; the same bytes under a
// newer pipeline version replace the old rows; different bytes at a path
// already stored become a new version of that path (the older version is
// kept but marked superseded, and the v_* views show current versions only).
// Details: "stored" means stored as a current version, so a copy of stored
// bytes at another path is the same document (a no-op, but the path is
// recorded: v_paths), while a file reverted to bytes it had before becomes
// its path's next version. When the bytes at a document's path change and
// another recorded path still holds them, the document moves to that path
// (its next version there) rather than being superseded. Same
// bytes under a new pipeline version keep their doc_id. Each document is
// written in one transaction (or, in a batch, in one transaction with the
// batch's other documents), so a crash leaves either all of it or none of
// it. The database runs in WAL mode, with foreign keys enforced.
//
// Sharded ingestion: each machine ingests a shard into its own database and
// MergeFrom combines them (see its comment for how conflicts are decided).
//
// The records mark unknown values with sentinels (an empty string, -1, a
// zero size, an all-zero Box); the database stores NULL for each of them.
//
// Thread safety: a Store is used by one thread at a time (the pipeline's
// single writer). Several processes may open the same file; SQLite's locking
// and a busy timeout serialise their writes.
//
//   auto store = Store::Open("tally.sqlite", store::Options());
//   if (!store.ok()) return store.status();
//   if (!*(*store)->IsStored(sha, kPipelineVersion)) {
//     StatusOr<PutResult> put = (*store)->PutDocument(record);
//   }
#ifndef TALLY_STORE_STORE_H_
#define TALLY_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/facts.h"
#include "base/geometry.h"
#include "base/status.h"

namespace tally::store {

struct Options {
  int busy_timeout_ms = 10000;
  bool read_only = false;  // open an existing database without writing
};

// A text box as the engine reported it, with the byte range of the page's
// normalised text it became ([text_begin, text_end), UTF-8 byte offsets into
// PageRecord::text, empty if it contributed nothing, e.g. a page number).
// This is the persisted offset map; v_boxes.normalized resolves it.
struct BoxRecord {
  Box box;
  std::string text;        // raw, as read
  double font_size = 0;    // points; 0 if unknown (OCR)
  double confidence = -1;  // OCR word confidence; -1 for a text layer
  uint32_t text_begin = 0, text_end = 0;
  // OCR's reading before the OCR repairs changed it; empty otherwise.
  std::string ocr_raw;
  // The text's address in the file's own terms (Word::ref); empty if none.
  std::string ref;
  // Word::symbol_confidence (box_symbols); empty if none.
  std::string symbol_confidence;
};

// A line in reading order, before normalisation. kind is one of "body",
// "table_row", "header", "footer", "page_number". Stored with line_no 1, 2,
// ... in vector order.
struct LineRecord {
  std::string kind;
  std::string raw;
  Box box;
};

// A page's text is stored in parts, so that writing, indexing or sending a
// page of any size takes memory bounded by a part: pages.text holds the
// first, page_text the others, and v_pages.text (and ReadDocument) joins
// them. A part is at most kPageTextPartBytes bytes of whole characters, cut
// after the last line break in its second half (a line break is a search
// barrier, so fewer terms span a cut), else before the last character that
// fits. PageTextPartEnd(text, from) is where the part of text starting at
// `from` (a character boundary) ends: text.size() if the rest fits. A page
// has at most kMaxPageTextParts parts.
constexpr size_t kPageTextPartBytes = size_t{1} << 20;
constexpr size_t kMaxPageTextParts = 2048;
size_t PageTextPartEnd(std::string_view text, size_t from);

struct PageRecord {
  int page_no = 0;               // from 1
  std::string source;            // "text" or "ocr"
  std::string route_reason;      // why this source was chosen
  double width = 0, height = 0;  // points; 0 if unknown (plain text)
  double ocr_confidence = -1;    // mean word confidence; -1 -> NULL
  std::string text;  // normalised page text (headers/footers excluded)
  std::vector<LineRecord> lines;
  std::vector<BoxRecord> boxes;  // stored with box_no 1, 2, ... in this order
  // Glyphs of the text layer drawn so that nobody sees them (pdf.h): left
  // out of the text, or, with route_reason saying so, all the text there
  // was (an invisible layer over a scan). 0 for none.
  int hidden_chars = 0;
};

struct DocumentRecord {
  std::string path;    // as given on the command line, made absolute
  std::string sha256;  // empty if the file could not be read
  int64_t size = -1;   // bytes; -1 if unknown
  // The file's modification time when its bytes were read, ns since 1970,
  // recorded with its path (Store::PathStamps); -1: not to be recorded
  // (unknown, too recent to vouch for the bytes, a member of an archive).
  int64_t mtime_ns = -1;
  std::string file_kind;  // "pdf", "text", "image", "empty", "unknown"
  std::string status;     // "ok", "partial" or "failed"
  std::string error;      // why, in words; empty when ok
  int page_count = 0;     // pages in the file (0 if unknown)
  std::string pipeline_version;
  // The extraction and check rules its metadata, facts, tables, relations
  // and findings came from (pipeline::RulesVersion); empty: none (its
  // extraction failed) or unknown.
  std::string rules_version;
  double seconds = 0;  // processing time
  // Metadata (filled by the extract stage; empty/nullopt until then).
  std::string bureau, report_kind, report_date;
  std::optional<int> fiscal_year;
  std::string project;  // 项目名称, for a 项目支出 report that states it
  // Stored with their page_no; ReadDocument returns them in page_no order.
  std::vector<PageRecord> pages;
  // What the extract stage found. A fact's `section` indexes `sections`
  // (stored as section_no = index + 1).
  std::vector<Section> sections;
  std::vector<Fact> facts;
  std::vector<IndicatorRow> indicators;
  std::vector<BudgetRow> budgets;
  // Relations among the facts: members index into `facts` (stored as the
  // facts' ids, read back as indices), Finding::relation into this.
  std::vector<Relation> relations;
  // What the check stage found. When writing, Fact::fact_id is the record's
  // own name for a fact (distinct, or 0 for facts no finding cites) and
  // Finding::fact_ids use those names; the store replaces them with the
  // database's ids, which ReadDocument returns.
  std::vector<Finding> findings;
};

// Outcome of PutDocument.
struct PutResult {
  int64_t doc_id = 0;
  bool inserted = false;  // false: identical document already stored
  int version = 1;        // the stored document's version at its path
};

// Outcome of MergeFrom. Each current document of the input is counted in
// exactly one of added, already_present and older.
struct MergeResult {
  int64_t added = 0;            // now the current version of its path
  int64_t already_present = 0;  // already here: nothing written
  // A later ingestion of its path or bytes was already here: kept as
  // superseded history of its path (or, for the same bytes under another
  // pipeline version, dropped, as PutDocument would have replaced it).
  int64_t older = 0;
  // This store's current versions that later input documents superseded or
  // replaced.
  int64_t superseded = 0;
};

enum class ExportFormat { kCsv, kJsonl };

// A generic read result: column names and rows of nullable text values.
struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
};

// What Store::Search looks for, and how it marks what it found.
struct SearchOptions {
  std::string bureau;              // only this bureau (exact); empty: any
  std::optional<int> fiscal_year;  // only this fiscal year
  int limit = 0;                   // at most this many hits; 0: all
  // The snippet's marks around each match, and its length in characters
  // (Han characters and words) around the first match.
  std::string open = "【", close = "】";
  int snippet_chars = 24;
};

// One page where every term of a search occurs.
struct SearchHit {
  int64_t doc_id = 0;
  int page_no = 0;
  std::string path, bureau;
  std::optional<int> fiscal_year;
  std::string snippet;  // page text around the match, matches marked, "…"
                        // where it was cut, newlines as spaces
};

struct SearchResult {
  int64_t total = 0;            // pages that match
  std::vector<SearchHit> hits;  // the first options.limit of them (all if 0)
};

class Store {
 public:
  // Opens or creates the database at path, creating the schema if absent and
  // setting WAL mode (retried while another process holds the lock, within
  // the busy timeout). A database that is not tally's is refused before
  // anything is written to it. Fails with a message naming the path if the path
  // is not writable (PermissionDenied), its directory does not exist, or with
  // read_only the file does not (NotFound), it is not a SQLite database
  // (Corrupt), or it is another program's database or has a schema from a
  // newer tally (Unsupported).
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path,
                                               const Options& options);

  // For a writer at the end of its run: checkpoints the WAL into the main
  // file and leaves the database in rollback-journal mode, so that the file
  // alone holds everything (a copy is complete; it opens on read-only
  // media). While another process has the database open it stays in WAL
  // mode, which is not an error; the next writer switches back to WAL.
  Status Finish();
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // True if a document with this sha256 was stored by this pipeline version
  // (whatever its status), i.e. ingesting it again would change nothing.
  // Always false for an empty sha256.
  StatusOr<bool> IsStored(const std::string& sha256,
                          const std::string& pipeline_version);

  // Every current document stored by pipeline_version (sha256, status and
  // error), whatever its status: what a batch may skip, retry or report as
  // still failing. Sorted by sha256; the same set for which IsStored is true.
  struct Stored {
    std::string sha256, status, error;
    std::string rules_version;  // empty if none or unknown
  };
  StatusOr<std::vector<Stored>> StoredDocuments(
      const std::string& pipeline_version);
  // The sha256 of every current document stored by another pipeline version
  // (an ingest reads them again), sorted.
  StatusOr<std::vector<std::string>> OtherVersionDocuments(
      const std::string& pipeline_version);

  // Re-extraction (`tally reextract`). StaleDocuments lists, ascending, the
  // current documents with stored pages whose rules_version is not
  // rules_version (or unknown, or none: their extraction failed).
  // ReplaceExtracted replaces, in one transaction, doc_id's metadata
  // (bureau, fiscal year, report kind and date, project), status, error and
  // rules_version with rec's, and its sections, facts, indicator and budget
  // rows, relations and findings with rec's lists (indices and fact names
  // as for PutDocument); its pages, lines, boxes and paths stay. On failure
  // nothing changes: NotFound for no such document, InvalidArgument for a
  // record that breaks the schema, PermissionDenied on a read-only store.
  StatusOr<std::vector<int64_t>> StaleDocuments(
      const std::string& rules_version);
  Status ReplaceExtracted(int64_t doc_id, const DocumentRecord& rec);

  // Writes one document with all its pages, lines and boxes in a single
  // transaction (see the identity rules above). A document of the same
  // bytes and pipeline version stored 'failed' or 'partial' from the same
  // path is replaced (a retry: its doc_id stays); stored 'ok', or from
  // another path, nothing is written (inserted = false). A record without
  // sha256 (an unreadable file) replaces any earlier hash-less record for that
  // path. On failure nothing is written: InvalidArgument if the record breaks
  // the schema (an unknown status, file kind, source or line kind, a repeated
  // page_no, an empty path or pipeline_version, a sha256 not 64 characters
  // long), PermissionDenied on a read-only store, IOError if the disk is full
  // or another process held the lock past the busy timeout.
  StatusOr<PutResult> PutDocument(const DocumentRecord& doc);

  // Records that the file at path holds the bytes of the current document
  // with this sha256 (one of several copies; a file a batch skipped as
  // stored), in v_paths and v_documents.paths; the current document at path
  // with other bytes moves to another of its paths, or is superseded. Nothing
  // happens if no current document has these bytes.
  // With the file's size and mtime_ns (DocumentRecord::mtime_ns) when they
  // are known (both >= 0), for PathStamps.
  Status RecordPath(const std::string& path, const std::string& sha256,
                    int64_t size = -1, int64_t mtime_ns = -1);

  // The paths recorded with the size and modification time their file had
  // when its bytes (sha256) were read, by path: a file found again with
  // both unchanged is taken to hold the same bytes without reading it.
  struct PathStamp {
    std::string sha256;
    int64_t size = -1, mtime_ns = -1;
  };
  StatusOr<std::unordered_map<std::string, PathStamp>> PathStamps();

  // PutDocument in parts, for a document too large to hold in memory at
  // once; the same rows, ids and errors, in one transaction. BeginDocument
  // takes the record's identity, status and metadata (its lists are written
  // as its first part) and decides, as PutDocument does, whether anything is
  // written (PutResult::inserted; if not, the parts are ignored). Each
  // AddToDocument then writes a part: its lists in the order pages,
  // sections, facts, indicators, budgets, relations, findings, none of a
  // list coming after a later list in an earlier part. A part's indices
  // (a fact's section, a relation member's fact, a finding's relation and
  // fact ids) refer to the whole document. With continues_page, the part's
  // first page carries more lines and boxes of the page before it (its
  // other fields are ignored). CommitDocument ends the transaction;
  // AbortDocument, or an error from any of these, rolls it back (nothing
  // written). One document at a time, and no other write while it is open
  // (they fail).
  // AddPageText appends `more` to the text of the last page written, for a
  // page's text that comes in pieces so that nobody holds it whole (before
  // any section; before or after the page's lines and boxes, whose offsets
  // count in the whole text). A piece is stored in parts as above and must
  // be whole characters: InvalidArgument (and the document rolled back)
  // for one that starts or ends inside a character, or that would give the
  // page more than kMaxPageTextParts parts.
  StatusOr<PutResult> BeginDocument(const DocumentRecord& head);
  Status AddToDocument(const DocumentRecord& part, bool continues_page);
  Status AddPageText(std::string_view more);
  Status CommitDocument();
  void AbortDocument();

  // A batch of writes in one transaction: between BeginBatch and
  // CommitBatch, PutDocument, BeginDocument .. CommitDocument, RecordPath
  // and the other writes each stay all or nothing (a write that fails is
  // undone alone, the batch's others stay), but none of them is durable, or
  // seen by another connection, before CommitBatch, which makes them all so
  // at once; AbortBatch, a failed CommitBatch, or the end of the process
  // first (a crash, kill -9) drops them all. A bulk ingest commits a
  // batch of documents at a time because a commit, not a row, is what
  // costs: every commit writes the B-tree pages it touched (the indexes',
  // the search index's) to the WAL again, and the search index flushes a
  // segment per commit that later merges rewrite. A write in a batch whose
  // transaction SQLite rolled back by itself (a full disk) fails with
  // IOError, as does CommitBatch: what the batch held is lost, never
  // silently. BeginBatch takes the write lock for the whole batch
  // (concurrent writers wait on the busy timeout), so keep batches short.
  Status BeginBatch();
  Status CommitBatch();
  void AbortBatch();

  // The document stored under doc_id (current or superseded) as PutDocument
  // was given it, with pages in page_no order and NULLs read back as the
  // record's sentinels: for a record that uses only sentinels for unknowns,
  // ReadDocument(PutDocument(r)->doc_id) equals r field for field.
  // NotFound if there is no such document.
  StatusOr<DocumentRecord> ReadDocument(int64_t doc_id);

  // Merges the tally database at input_path (e.g. a shard written by
  // `tally ingest --shard K/N`) into this store. The input is opened
  // read-only and only its current documents are read, with all their rows:
  // pages, lines, boxes, facts, indicators, findings and the findings' fact
  // links (copied column by column, with fact, indicator and finding ids
  // renumbered past this store's). Their status, error, seconds and
  // ingested_at are kept.
  //
  // Conflicts are decided as if every document had been put in ingested_at
  // order (ties broken by sha256, then pipeline version), so merging shards
  // in any order gives the same documents, pages and versions:
  //   * same sha256 and pipeline version as a current document here, or the
  //     same version (path, sha256, pipeline version, ingested_at) in this
  //     store's history: already present, nothing written;
  //   * same sha256, other pipeline version: the later ingestion wins; a
  //     later input document replaces the stored one (keeping its doc_id),
  //     an earlier one is dropped;
  //   * different bytes at a path with a current version here: the later
  //     ingestion becomes current and the other is kept as superseded
  //     history; an older input document is inserted into the path's
  //     history, whose versions are renumbered 1, 2, ... in ingestion order
  //     (the current version last);
  //   * a hash-less record (an unreadable file) replaces the hash-less
  //     records of its path, as in PutDocument, unless one of them is later.
  // The one exception to order independence: copies of the same bytes at
  // different paths are one document, kept at the path merged (or put)
  // first, as PutDocument does.
  //
  // The whole input is merged in one transaction: on failure nothing is
  // written. Merging the same input again changes nothing. Errors:
  // InvalidArgument if input_path is this store's own file, NotFound if it
  // does not exist, Corrupt if it is not a tally database (not SQLite, or
  // another program's), Unsupported if its schema is newer than this tally,
  // PermissionDenied on a read-only store, and PutDocument's errors.
  StatusOr<MergeResult> MergeFrom(const std::string& input_path);

  // Writes table_or_view (one of the names in Exportable(), else
  // InvalidArgument) to out, rows in primary-key order (views: their key
  // columns). CSV: RFC 4180 (CRLF line ends, fields quoted only when needed),
  // header row, UTF-8, NULL as empty. JSONL: one object per row, NULL as
  // null, integers and reals as numbers, control characters escaped,
  // non-ASCII characters unescaped, invalid UTF-8 as U+FFFD. In CSV, a text
  // cell that a spreadsheet would run as a formula (it starts with = + - @,
  // a tab or a carriage return and is not a plain number) is written with a
  // ' before it, as OWASP advises, unless neutralize_formulas is false.
  Status Export(const std::string& table_or_view, ExportFormat format,
                std::ostream& out, bool neutralize_formulas = true);
  // The views and tables users may export.
  StatusOr<std::vector<std::string>> Exportable();

  // Writes table_or_view as an Excel workbook at path (one sheet, header row
  // first, rows as Export orders them): TEXT as text (so exact decimals stay
  // exact), INTEGER and REAL as numbers, NULL as an empty cell. Errors as
  // Export's, and IOError if the file cannot be written or the table is too
  // big for a sheet (1,048,576 rows, 32,767 characters a cell).
  Status ExportXlsx(const std::string& table_or_view, const std::string& path);

  // Writes a Datasette metadata.json (`datasette FILE -m metadata.json`)
  // describing every exportable table and view and their columns, the text
  // taken from the comments of schema.sql; `database` is the key Datasette
  // knows the file by (its name without .sqlite).
  Status WriteMetadata(const std::string& database, std::ostream& out);

  // The doc_id of every current document, ascending.
  StatusOr<std::vector<int64_t>> CurrentDocuments();

  // Replaces the findings of document doc_id with `findings`, in one
  // transaction (a re-run of the checks leaves no stale finding behind).
  // Finding::fact_ids must name facts of that document (InvalidArgument
  // otherwise; nothing is written). NotFound if there is no such document.
  Status ReplaceFindings(int64_t doc_id, const std::vector<Finding>& findings);

  // Full-text search over the page text of current documents. query is
  // split at whitespace into terms, and a page matches when it contains
  // every term: a run of Han characters where they stand next to each other
  // (what `text LIKE '%term%'` finds, for terms of any length, 1 and 2
  // characters included), a run of ASCII letters and digits as a whole word
  // (case-insensitive); punctuation only separates (store/tokenizer.h).
  // Hits in doc_id, page_no order; only the first options.limit get their
  // text read for a snippet, so a common term costs little. Uses the index
  // (page_fts, v_search);
  // a read-only database from before the index is searched by scanning its
  // pages instead, with the same hits, slower. InvalidArgument if the query
  // has nothing to search for (empty, or only punctuation).
  StatusOr<SearchResult> Search(const std::string& query,
                                const SearchOptions& options);

  // Builds the search index from every stored page, replacing any there was,
  // in one transaction; returns the number of pages indexed. An ingest keeps
  // the index current by itself (and the first read-write open of a
  // database from before the index builds it), so this is for `tally index`.
  // PermissionDenied on a read-only store.
  StatusOr<int64_t> BuildSearchIndex();
  // Whether the database has a current search index.
  StatusOr<bool> HasSearchIndex();

  // Runs one read-only statement that returns rows (tools and tests); values
  // come back as SQLite's text of them. Fails (InvalidArgument) on a syntax
  // error, on more than one statement, and on anything that would write or
  // change the connection: DML and DDL, BEGIN, ATTACH, PRAGMAs with an
  // argument (the pragma_*() table functions are fine).
  StatusOr<QueryResult> Query(const std::string& sql);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tally::store

#endif  // TALLY_STORE_STORE_H_
