// store/internal.h: what the store's files share (not part of the API).
//
// The Store is one SQLite connection (Store::Impl) whose code is split by
// responsibility, as leveldb keeps repair and dump out of db_impl:
//   store.cc   opening, the schema and its version, errors, the statements
//   put.cc     PutDocument and ReplaceFindings (the writes of an ingest)
//   read.cc    ReadDocument and the identity lookups (IsStored, ...)
//   merge.cc   MergeFrom (sharded ingestion)
//   reextract.cc  the documents whose extraction is stale, and replacing a
//              document's extracted rows (tally reextract)
//   export.cc  Export and Query (what users and tools read out)
//   search.cc  the full-text index and Search (tokenizer.cc its tokenizer)
#ifndef TALLY_STORE_INTERNAL_H_
#define TALLY_STORE_INTERNAL_H_

#include <sqlite3.h>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/geometry.h"
#include "base/status.h"
#include "store/store.h"

namespace tally::store {

// The statements the Store runs more than once, prepared once in Open; their
// text is kSqlText in store.cc.
enum Sql {
  kIsStored,
  kFindCurrent,
  kDeleteDocument,
  kDeleteHashless,
  kNextVersion,
  kSupersede,
  kInsertDocument,
  kInsertPage,
  kInsertLine,
  kInsertBox,
  kReadDocument,
  kReadPages,
  kReadLines,
  kReadBoxes,
  kInsertSection,
  kInsertFact,
  kInsertIndicator,
  kInsertBudget,
  kReadSections,
  kReadFacts,
  kReadIndicators,
  kReadBudgets,
  kReadFindings,
  kReadFindingFacts,
  kDocumentExists,
  kDeleteFindings,
  kInsertFinding,
  kInsertFindingFact,
  kFactOfDocument,
  kInsertRelation,
  kInsertRelationMember,
  kReadRelations,
  kReadRelationMembers,
  kCurrentBySha,
  kCurrentByPath,
  kSameVersion,
  kLaterHashless,
  kRenumberApart,
  kRenumber,
  kInsertBoxSymbols,
  kReadBoxSymbols,  // null for a reader of a schema without box_symbols
  kInsertPageText,
  kReadPageText,  // null for a reader of a schema without page_text
  kFindVacated,   // these two: null for a reader of a schema without paths
  kUpsertPath,
  kNumSql
};
extern const char* const kSqlText[kNumSql];

struct Finalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using OwnedStmt = std::unique_ptr<sqlite3_stmt, Finalize>;

// A prepared statement in use: binds parameters left to right and resets the
// statement when it goes out of scope, so the next use starts clean and no
// read transaction lingers. A failed bind is remembered and returned by
// Step(), so call sites chain binds without checking each one.
class Stmt {
 public:
  explicit Stmt(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~Stmt() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& Int(int64_t v) { return Check(sqlite3_bind_int64(stmt_, ++n_, v)); }
  Stmt& Real(double v) { return Check(sqlite3_bind_double(stmt_, ++n_, v)); }
  Stmt& Null() { return Check(sqlite3_bind_null(stmt_, ++n_)); }
  Stmt& Int(std::optional<int64_t> v) { return v ? Int(*v) : Null(); }
  // A value read from another statement, on any connection, as it was.
  Stmt& Value(const sqlite3_value* v) {
    return Check(sqlite3_bind_value(stmt_, ++n_, v));
  }
  // SQLITE_STATIC: the bound strings outlive the statement's use.
  Stmt& Text(std::string_view v) {
    // An empty view may have a null data(), which SQLite would store as NULL.
    return Check(sqlite3_bind_text64(stmt_, ++n_, v.empty() ? "" : v.data(),
                                     v.size(), SQLITE_STATIC, SQLITE_UTF8));
  }
  // The records mark unknown values with sentinels (empty, -1, 0); the
  // database stores NULL instead (schema.sql explains why).
  Stmt& TextOrNull(std::string_view v) { return v.empty() ? Null() : Text(v); }
  // v, even when empty, if `known`; NULL otherwise: a parsed part that may
  // rightly be empty (a comparison without an operator).
  template <typename T>
  Stmt& Optional(const std::optional<T>& known, std::string_view v) {
    return known ? Text(v) : Null();
  }
  Stmt& IntOrNull(int64_t v, bool known) { return known ? Int(v) : Null(); }
  Stmt& RealOrNull(double v, bool known) { return known ? Real(v) : Null(); }
  // An all-zero box means no geometry (plain-text input).
  Stmt& Bbox(const Box& b) {
    if (b.x0 == 0 && b.y0 == 0 && b.x1 == 0 && b.y1 == 0) {
      return Null().Null().Null().Null();
    }
    return Real(b.x0).Real(b.y0).Real(b.x1).Real(b.y1);
  }

  // SQLITE_ROW, SQLITE_DONE, or an error code (a failed bind's first).
  int Step() { return rc_ != SQLITE_OK ? rc_ : sqlite3_step(stmt_); }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  Stmt& Check(int rc) {
    if (rc_ == SQLITE_OK) rc_ = rc;
    return *this;
  }
  sqlite3_stmt* stmt_;
  int n_ = 0;
  int rc_ = SQLITE_OK;
};

inline std::string ColumnText(sqlite3_stmt* s, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return p ? std::string(p, size_t(sqlite3_column_bytes(s, i))) : "";
}

// The inverses of Stmt's *OrNull binders: NULL reads back as the record's
// sentinel for an unknown value.
inline bool IsNull(sqlite3_stmt* s, int i) {
  return sqlite3_column_type(s, i) == SQLITE_NULL;
}
inline int64_t IntOr(sqlite3_stmt* s, int i, int64_t unknown) {
  return IsNull(s, i) ? unknown : sqlite3_column_int64(s, i);
}
inline double RealOr(sqlite3_stmt* s, int i, double unknown) {
  return IsNull(s, i) ? unknown : sqlite3_column_double(s, i);
}
// Columns i..i+3 as written by Stmt::Bbox.
inline Box ColumnBox(sqlite3_stmt* s, int i) {
  if (IsNull(s, i)) return Box();
  return {sqlite3_column_double(s, i), sqlite3_column_double(s, i + 1),
          sqlite3_column_double(s, i + 2), sqlite3_column_double(s, i + 3)};
}

// MergeFrom's (merge.cc).
struct Version;
struct Copier;

struct Store::Impl {
  sqlite3* db = nullptr;
  std::string path;
  int busy_timeout_ms = 0;  // Options::busy_timeout_ms, as opened
  // Opened by MergeFrom to read from: a database that is not tally's is
  // Corrupt input rather than an Unsupported place to write.
  bool merge_input = false;
  // Whether documents has rules_version (schema 9; a database of an older
  // schema opened read-only does not).
  bool has_rules_version = false;
  std::array<OwnedStmt, kNumSql> stmts;

  ~Impl() {
    // sqlite3_close refuses while statements are unfinalised.
    for (OwnedStmt& s : stmts) s.reset();
    sqlite3_close(db);
  }

  Stmt Use(Sql which) { return Stmt(stmts[which].get()); }

  // Turns a SQLite result code into a Status that names the database, what
  // was being done, and SQLite's (or the OS's) reason.
  Status Error(int rc, std::string_view doing) const;

  // Prepares a statement run once (the reused ones are in stmts).
  Status Prepare(const char* sql, OwnedStmt* out, std::string_view doing) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    out->reset(raw);
    return rc == SQLITE_OK ? Status::OK() : Error(rc, doing);
  }

  Status Exec(const char* sql, std::string_view doing) {
    int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? Status::OK() : Error(rc, doing);
  }

  // Steps a statement that returns no rows.
  Status Run(Stmt& s, std::string_view doing) {
    int rc = s.Step();
    return rc == SQLITE_DONE ? Status::OK() : Error(rc, doing);
  }

  // A batch (Store::BeginBatch .. CommitBatch) is open: its transaction
  // holds every write, and each write (a document) is a savepoint in it.
  bool batch = false;
  // In a batch, the search index's insert triggers are dropped (their SQL
  // kept here, to be made again before the commit) and the pages of the
  // documents written (batch_docs, by doc_id) are indexed at its end, in
  // one statement (search.cc: IndexBatch).
  std::vector<std::string> deferred_triggers;
  std::vector<int64_t> batch_docs;
  Status DeferIndexing();
  Status IndexBatch();

  // Starts a write: BEGIN IMMEDIATE, which takes the write lock up front, so
  // a concurrent writer waits on the busy timeout here rather than failing
  // mid-transaction on a lock upgrade; in a batch, a savepoint, so that the
  // write can be undone alone. IOError if the batch's transaction is gone
  // (SQLite rolls it back by itself on SQLITE_FULL and some I/O errors):
  // a savepoint now would open a new transaction, and the documents of the
  // batch written before would be lost without a word.
  Status BeginWrite(std::string_view doing) {
    if (!batch) return Exec("BEGIN IMMEDIATE", doing);
    if (sqlite3_get_autocommit(db)) return BatchLost(doing);
    return Exec("SAVEPOINT write", doing);
  }
  // Ends it: COMMIT, or in a batch RELEASE (durable with the batch).
  Status EndWrite(std::string_view doing) {
    return Exec(batch ? "RELEASE write" : "COMMIT", doing);
  }
  Status BatchLost(std::string_view doing) const {
    return IOError(path + ": " + std::string(doing) +
                   ": the batch's transaction was rolled back");
  }

  // Runs body in BeginWrite ... EndWrite; rolls back if body or the end
  // fails.
  template <typename F>
  Status Transaction(std::string_view doing, F body) {
    TALLY_RETURN_IF_ERROR(BeginWrite(doing));
    Status s = body();
    if (s.ok()) s = EndWrite(doing);
    if (!s.ok()) Rollback();
    return s;
  }

  // Undoes the open write (in a batch, back to its savepoint; the batch's
  // other writes stay), if SQLite has not already rolled the transaction
  // back by itself (as it does on SQLITE_FULL).
  void Rollback() {
    if (sqlite3_get_autocommit(db)) return;
    sqlite3_exec(db, batch ? "ROLLBACK TO write; RELEASE write" : "ROLLBACK",
                 nullptr, nullptr, nullptr);
  }

  // Steps s through its rows, calling row(s.get()) for each.
  template <typename F>
  Status ForEachRow(Stmt& s, std::string_view doing, F row) {
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) row(s.get());
    return rc == SQLITE_DONE ? Status::OK() : Error(rc, doing);
  }

  // The Version that statement `which` finds for key, if any (merge.cc).
  Status FindVersion(Sql which, const std::string& key, std::string_view doing,
                     std::optional<Version>* found);

  // The statement that reads an exportable table or view in its key order
  // (export.cc); InvalidArgument naming the valid ones for another name.
  Status PrepareExport(const std::string& table_or_view, OwnedStmt* stmt);

  Status Open(const Options& options);
  Status SetWal(int timeout_ms);
  Status CheckSchema(bool read_only);
  Status Upgrade(int64_t from);
  // Whether table has column (an older schema may lack it).
  Status HasColumn(const char* table, const char* column, bool* has);
  // Creates the search index (search.cc) if the database lacks a current
  // one, or always with rebuild; in one transaction.
  Status EnsureSearchIndex(bool rebuild);
  // A document being written (Write, or BeginDocument's parts): what later
  // parts refer to.
  struct Writing {
    int64_t doc_id = 0;
    bool inserted = false;
    int version = 1;
    std::string doing;  // "writing PATH", for errors
    int stage = 0;      // the last list written: 0 pages .. 6 findings
    int last_page = 0, line_no = 0, box_no = 0;  // of the last page
    int64_t text_bytes = 0;  // of the last page's text, so far
    int part_no = 0;         // its last part (0: pages.text)
    std::vector<Section> sections;
    std::vector<int64_t> fact_rowids;  // by index into the document's facts
    std::unordered_map<int64_t, int64_t> fact_ids;  // record's name -> rowid
    int64_t relations = 0;
  };
  std::optional<Writing> writing;  // BeginDocument .. CommitDocument

  Status Write(const DocumentRecord& doc, PutResult* result);
  // Records that path holds the bytes sha256 (paths), after Vacate(path),
  // with the file's size and mtime_ns when both are known (>= 0).
  Status NotePath(const std::string& path, const std::string& sha256,
                  int64_t size, int64_t mtime_ns, std::string_view doing);
  // The current document at path, unless its bytes are sha256: it moves to
  // another path recorded as holding its bytes (that no current document
  // has), or, if there is none, is superseded.
  Status Vacate(const std::string& path, const std::string& sha256,
                std::string_view doing);
  // Inserts the document row (or finds it stored: w->inserted false).
  Status Begin(const DocumentRecord& doc, Writing* w);
  // Pages, lines, boxes, sections, facts, indicator and budget rows,
  // relations and findings of a document being written.
  Status WritePart(const DocumentRecord& part, bool continues_page, Writing* w);
  Status WriteExtracted(const DocumentRecord& part, Writing* w);
  // Appends text to the last page's, in parts (store.h, PageTextPartEnd).
  Status InsertPageText(std::string_view text, Writing* w);
  Status InsertFindings(int64_t doc_id, const std::vector<Finding>& findings);
  Status Read(int64_t doc_id, DocumentRecord* doc);
  Status ReadExtracted(int64_t doc_id, DocumentRecord* doc,
                       const std::string& doing);
  Status WriteFindings(int64_t doc_id, const std::vector<Finding>& findings);
  // documents.rules_version of doc_id (NULL if empty).
  Status SetRulesVersion(int64_t doc_id, const std::string& rules_version,
                         std::string_view doing);
  Status MakeCopier(Impl& in, const char* table, const char* where,
                    std::vector<std::string> fixed,
                    const std::map<std::string, int64_t>& shifts, Copier* c);
  Status Copy(Impl& in, Copier& c, int64_t from_doc_id,
              const std::vector<std::optional<int64_t>>& fixed,
              std::string_view doing);
  Status Merge(Impl& in, MergeResult* result);
  Status MergePaths(Impl& in, const std::string& doing);
  Status MergeOne(Impl& in, const Version& doc, Copier& doc_row,
                  std::vector<Copier>& children, MergeResult* result);
};

}  // namespace tally::store

#endif  // TALLY_STORE_INTERNAL_H_
