#include "store/store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <string_view>
#include <tuple>

#include "base/utf8.h"

namespace tally::store {

extern const char kSchemaSql[];  // schema.sql, embedded by CMake

namespace {

// The meta.schema_version this code reads and writes; see schema.sql.
constexpr int kSchemaVersion = 2;

// What Export accepts, each with the key that orders its rows. A fixed list,
// not sqlite_schema, so that only our own names ever reach SQL text and every
// export has a deterministic order (views have no primary key to fall back
// on).
struct ExportableName {
  const char* name;
  const char* order_by;
};
constexpr ExportableName kExportable[] = {
    {"v_documents", "doc_id"},
    {"v_pages", "doc_id, page_no"},
    {"v_lines", "doc_id, page_no, line_no"},
    {"v_boxes", "doc_id, page_no, box_no"},
    {"v_sections", "doc_id, section_no"},
    {"v_facts", "fact_id"},
    {"v_indicators", "indicator_id"},
    {"v_budgets", "budget_id"},
    {"v_findings", "finding_id"},
    {"documents", "doc_id"},
    {"pages", "doc_id, page_no"},
    {"lines", "doc_id, page_no, line_no"},
    {"boxes", "doc_id, page_no, box_no"},
    {"sections", "doc_id, section_no"},
    {"facts", "fact_id"},
    {"indicators", "indicator_id"},
    {"budgets", "budget_id"},
    {"findings", "finding_id"},
    {"finding_facts", "finding_id, position"},
};

// The tables that hang off a document, in an order that satisfies their
// foreign keys, each with the condition that selects one document's rows.
// MergeFrom copies them; a table added to the schema must be added here.
struct ChildTable {
  const char* name;
  const char* rows_of_doc;  // one ? for the doc_id
};
constexpr ChildTable kChildTables[] = {
    {"pages", "doc_id = ?"},
    {"lines", "doc_id = ?"},
    {"boxes", "doc_id = ?"},
    {"sections", "doc_id = ?"},
    {"facts", "doc_id = ?"},
    {"indicators", "doc_id = ?"},
    {"budgets", "doc_id = ?"},
    {"findings", "doc_id = ?"},
    {"finding_facts",
     "finding_id IN (SELECT finding_id FROM findings WHERE doc_id = ?)"},
};
// Row ids that two databases hand out independently, with their tables:
// MergeFrom shifts every input id past the largest here, in whichever table
// the column appears (finding_facts refers to both).
constexpr std::pair<const char*, const char*> kShiftedIds[] = {
    {"facts", "fact_id"},
    {"indicators", "indicator_id"},
    {"budgets", "budget_id"},
    {"findings", "finding_id"},
};

// The statements the Store runs more than once, prepared once in Open.
enum Sql {
  kIsStored,
  kStoredHashes,
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
  kCurrentBySha,
  kCurrentByPath,
  kSameVersion,
  kLaterHashless,
  kRenumberApart,
  kRenumber,
  kNumSql
};
constexpr const char* kSqlText[kNumSql] = {
    "SELECT 1 FROM documents"
    " WHERE sha256 = ? AND pipeline_version = ? AND superseded = 0",
    "SELECT sha256 FROM documents WHERE pipeline_version = ?"
    " AND superseded = 0 AND sha256 IS NOT NULL ORDER BY sha256",
    "SELECT doc_id, pipeline_version, version FROM documents"
    " WHERE sha256 = ? AND superseded = 0",
    "DELETE FROM documents WHERE doc_id = ?",
    "DELETE FROM documents WHERE path = ? AND sha256 IS NULL",
    "SELECT coalesce(max(version), 0) + 1 FROM documents WHERE path = ?",
    "UPDATE documents SET superseded = 1 WHERE path = ? AND superseded = 0",
    "INSERT INTO documents (doc_id, path, version, sha256, size, file_kind,"
    " status, error, page_count, pipeline_version, seconds, bureau,"
    " fiscal_year, report_kind, report_date)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO pages (doc_id, page_no, source, route_reason, width, height,"
    " ocr_confidence, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO lines (doc_id, page_no, line_no, kind, raw, x0, y0, x1, y1)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO boxes (doc_id, page_no, box_no, text, x0, y0, x1, y1,"
    " font_size, confidence, ocr_raw, text_begin, text_end)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "SELECT path, sha256, size, file_kind, status, error, page_count,"
    " pipeline_version, seconds, bureau, report_kind, report_date, fiscal_year"
    " FROM documents WHERE doc_id = ?",
    "SELECT page_no, source, route_reason, width, height, ocr_confidence, text"
    " FROM pages WHERE doc_id = ? ORDER BY page_no",
    "SELECT page_no, kind, raw, x0, y0, x1, y1 FROM lines WHERE doc_id = ?"
    " ORDER BY page_no, line_no",
    "SELECT page_no, text, x0, y0, x1, y1, font_size, confidence, text_begin,"
    " text_end, ocr_raw FROM boxes WHERE doc_id = ? ORDER BY page_no, box_no",
    "INSERT INTO sections (doc_id, section_no, parent_no, level, marker,"
    " title, page_no, text_begin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO facts (doc_id, page_no, kind, raw, value, unit, qualifier,"
    " base_value, label, context, sentence_no, in_table, section_no, section,"
    " x0, y0, x1, y1, text_begin, text_end, source, ocr_confidence, rule_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?)",
    "INSERT INTO indicators (doc_id, page_no, level1, level2, level3, target,"
    " actual, weight, score, note, x0, y0, x1, y1, source)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO budgets (doc_id, page_no, item, unit, initial, full,"
    " executed, weight, rate, score, x0, y0, x1, y1, source)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "SELECT parent_no, level, marker, title, page_no, text_begin"
    " FROM sections WHERE doc_id = ? ORDER BY section_no",
    "SELECT fact_id, page_no, kind, raw, value, unit, qualifier, base_value,"
    " label, context, sentence_no, in_table, section_no, x0, y0, x1, y1,"
    " text_begin, text_end, source, ocr_confidence, rule_id"
    " FROM facts WHERE doc_id = ? ORDER BY fact_id",
    "SELECT page_no, level1, level2, level3, target, actual, weight, score,"
    " note, x0, y0, x1, y1, source FROM indicators WHERE doc_id = ?"
    " ORDER BY indicator_id",
    "SELECT page_no, item, unit, initial, full, executed, weight, rate, score,"
    " x0, y0, x1, y1, source FROM budgets WHERE doc_id = ?"
    " ORDER BY budget_id",
    "SELECT finding_id, rule, severity, message, expected, actual, page_no"
    " FROM findings WHERE doc_id = ? ORDER BY finding_id",
    "SELECT ff.finding_id, ff.fact_id FROM finding_facts ff"
    " JOIN findings f USING (finding_id) WHERE f.doc_id = ?"
    " ORDER BY ff.finding_id, ff.position",
    "SELECT 1 FROM documents WHERE doc_id = ?",
    "DELETE FROM findings WHERE doc_id = ?",
    "INSERT INTO findings (doc_id, rule, severity, message, expected, actual,"
    " page_no) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO finding_facts (finding_id, position, fact_id)"
    " VALUES (?, ?, ?)",
    "SELECT 1 FROM facts WHERE fact_id = ? AND doc_id = ?",
    // MergeFrom's, the first two returning a Version (see ReadVersion).
    "SELECT doc_id, path, coalesce(sha256, ''), pipeline_version,"
    " ingested_at FROM documents WHERE sha256 = ? AND superseded = 0",
    "SELECT doc_id, path, coalesce(sha256, ''), pipeline_version,"
    " ingested_at FROM documents WHERE path = ? AND superseded = 0",
    "SELECT 1 FROM documents WHERE path = ? AND coalesce(sha256, '') = ?"
    " AND pipeline_version = ? AND ingested_at = ?",
    "SELECT 1 FROM documents WHERE path = ? AND sha256 IS NULL"
    " AND (ingested_at, pipeline_version) > (?, ?)",
    // Renumbering a path's versions takes two steps because UNIQUE (path,
    // version) is checked row by row: first out of the way of 1..n, then
    // each row to its rank in ingestion order, the current version last.
    "UPDATE documents SET version = version + 4294967296 WHERE path = ?",
    "UPDATE documents SET version = 1 + ("
    "SELECT count(*) FROM documents o WHERE o.path = documents.path AND"
    " (o.superseded = 0, o.ingested_at, coalesce(o.sha256, ''),"
    "  o.pipeline_version, o.doc_id) <"
    " (documents.superseded = 0, documents.ingested_at,"
    "  coalesce(documents.sha256, ''), documents.pipeline_version,"
    "  documents.doc_id)) WHERE path = ?",
};

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

std::string ColumnText(sqlite3_stmt* s, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return p ? std::string(p, size_t(sqlite3_column_bytes(s, i))) : "";
}

// The inverses of Stmt's *OrNull binders: NULL reads back as the record's
// sentinel for an unknown value.
bool IsNull(sqlite3_stmt* s, int i) {
  return sqlite3_column_type(s, i) == SQLITE_NULL;
}
int64_t IntOr(sqlite3_stmt* s, int i, int64_t unknown) {
  return IsNull(s, i) ? unknown : sqlite3_column_int64(s, i);
}
double RealOr(sqlite3_stmt* s, int i, double unknown) {
  return IsNull(s, i) ? unknown : sqlite3_column_double(s, i);
}
// Columns i..i+3 as written by Stmt::Bbox.
Box ColumnBox(sqlite3_stmt* s, int i) {
  if (IsNull(s, i)) return Box();
  return {sqlite3_column_double(s, i), sqlite3_column_double(s, i + 1),
          sqlite3_column_double(s, i + 2), sqlite3_column_double(s, i + 3)};
}

// One stored version of a document, as MergeFrom weighs it. Merging replays
// ingestions in Key() order: ingested_at, then sha256 and pipeline version
// only to break ties the same way whichever database is merged first.
struct Version {
  int64_t doc_id = 0;
  std::string path;
  std::string sha256;  // empty for an unreadable file
  std::string pipeline_version;
  std::string ingested_at;  // ISO 8601 UTC, so text order is time order
  auto Key() const { return std::tie(ingested_at, sha256, pipeline_version); }
};
// Columns (doc_id, path, coalesce(sha256, ''), pipeline_version,
// ingested_at).
Version ReadVersion(sqlite3_stmt* s) {
  return {sqlite3_column_int64(s, 0), ColumnText(s, 1), ColumnText(s, 2),
          ColumnText(s, 3), ColumnText(s, 4)};
}

// Copies a table's rows from an input database into this store, column by
// column (those both schemas have), so columns a later schema adds come
// along without a change here. The insert takes the caller's values for the
// `fixed` leading columns (new doc_id, version, ...), then the copied ones,
// adding shift to the integer ids that need it.
struct Copier {
  OwnedStmt select;  // on the input: the rows of one input doc_id
  OwnedStmt insert;  // on this store
  size_t fixed = 0;
  std::vector<std::optional<int64_t>> shift;  // per copied column
};

// RFC 4180: quote a field that holds a separator, quote or line break, and
// double the quotes inside.
void WriteCsvField(std::string_view v, std::ostream& out) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << v;
    return;
  }
  out << '"';
  for (char c : v) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

// A JSON string: quotes, backslashes and control characters escaped,
// everything else as UTF-8. Invalid UTF-8 becomes U+FFFD so the output is
// always valid JSON.
void WriteJsonString(std::string_view v, std::ostream& out) {
  std::string s = "\"";
  for (size_t i = 0; i < v.size();) {
    char32_t c = DecodeUtf8(v, &i);
    switch (c) {
      case '"':
        s += "\\\"";
        break;
      case '\\':
        s += "\\\\";
        break;
      case '\b':
        s += "\\b";
        break;
      case '\f':
        s += "\\f";
        break;
      case '\n':
        s += "\\n";
        break;
      case '\r':
        s += "\\r";
        break;
      case '\t':
        s += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
          s += buf;
        } else {
          AppendUtf8(c, &s);
        }
    }
  }
  s += '"';
  out << s;
}

// A Status for an OS error while opening, prefixed by what.
Status ErrnoStatus(int e, std::string what) {
  if (e == 0) return IOError(what + "unknown reason");
  what += std::strerror(e);
  if (e == ENOENT) return NotFound(what);
  if (e == EACCES || e == EPERM || e == EROFS) return PermissionDenied(what);
  return IOError(what);
}

// Why the OS refuses to create path read-write, or 0 if it no longer does
// (or EEXIST: the file is there). SQLite's errno cannot tell: it retries a
// refused read-write open as read-only and reports the retry's error, ENOENT
// for a file it was not allowed to create.
int CreateErrno(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return errno;
  ::close(fd);
  ::unlink(path.c_str());
  return 0;
}

// Runs while Query prepares its statement, because some PRAGMAs take effect
// during preparation, before sqlite3_stmt_readonly could refuse them. Denies
// what changes the connection rather than the file, which stmt_readonly
// lets through: PRAGMAs with an argument (the pragma_*() table functions
// still take arguments), ATTACH, DETACH, and transaction control.
int DenyConnectionChanges(void*, int action, const char*, const char* arg,
                          const char*, const char*) {
  switch (action) {
    case SQLITE_PRAGMA:
      return arg == nullptr ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
      return SQLITE_DENY;
    default:
      return SQLITE_OK;
  }
}

}  // namespace

struct Store::Impl {
  sqlite3* db = nullptr;
  std::string path;
  // Opened by MergeFrom to read from: a database that is not tally's is
  // Corrupt input rather than an Unsupported place to write.
  bool merge_input = false;
  std::array<OwnedStmt, kNumSql> stmts;

  ~Impl() {
    // sqlite3_close refuses while statements are unfinalised.
    for (OwnedStmt& s : stmts) s.reset();
    sqlite3_close(db);
  }

  Stmt Use(Sql which) { return Stmt(stmts[which].get()); }

  // Turns a SQLite result code into a Status that names the database, what
  // was being done, and SQLite's (or the OS's) reason.
  Status Error(int rc, std::string_view doing) const {
    std::string m = path + ": " + std::string(doing) + ": ";
    switch (rc & 0xff) {
      case SQLITE_CANTOPEN:
        // SQLite's own message ("unable to open database file") hides the
        // reason; the OS's errno has it.
        return ErrnoStatus(sqlite3_system_errno(db), m);
      case SQLITE_READONLY:
      case SQLITE_PERM:
        return PermissionDenied(m + sqlite3_errmsg(db) +
                                " (is the file or its directory read-only?)");
      case SQLITE_NOTADB:
        return Corrupt(path + ": not a SQLite database");
      case SQLITE_CORRUPT:
        return Corrupt(m + sqlite3_errmsg(db));
      case SQLITE_FULL:
        return IOError(m + sqlite3_errmsg(db));
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        return IOError(m + sqlite3_errmsg(db) +
                       " (another process held the lock past the busy "
                       "timeout)");
      case SQLITE_IOERR: {
        int e = sqlite3_system_errno(db);
        return IOError(
            m + sqlite3_errmsg(db) +
            (e != 0 ? std::string(" (") + std::strerror(e) + ")" : ""));
      }
      // The record broke the schema's rules (duplicate page, unknown kind).
      case SQLITE_CONSTRAINT:
      case SQLITE_TOOBIG:
      case SQLITE_MISMATCH:
        return InvalidArgument(m + sqlite3_errmsg(db));
      default:
        return Internal(m + sqlite3_errmsg(db));
    }
  }

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

  // Runs body in BEGIN IMMEDIATE ... COMMIT. IMMEDIATE takes the write lock
  // up front, so a concurrent writer waits on the busy timeout here rather
  // than failing mid-transaction on a lock upgrade. Rolls back if body or
  // the commit fails.
  template <typename F>
  Status Transaction(std::string_view doing, F body) {
    TALLY_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE", doing));
    Status s = body();
    if (s.ok()) s = Exec("COMMIT", doing);
    // SQLite may already have rolled back by itself (e.g. on SQLITE_FULL).
    if (!s.ok() && !sqlite3_get_autocommit(db)) {
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    return s;
  }

  // Steps s through its rows, calling row(s.get()) for each.
  template <typename F>
  Status ForEachRow(Stmt& s, std::string_view doing, F row) {
    int rc;
    while ((rc = s.Step()) == SQLITE_ROW) row(s.get());
    return rc == SQLITE_DONE ? Status::OK() : Error(rc, doing);
  }

  // The Version that statement `which` finds for key, if any.
  Status FindVersion(Sql which, const std::string& key, std::string_view doing,
                     std::optional<Version>* found) {
    Stmt s = Use(which);
    s.Text(key);
    found->reset();
    return ForEachRow(s, doing,
                      [&](sqlite3_stmt* r) { *found = ReadVersion(r); });
  }

  Status Open(const Options& options);
  Status CheckSchema(bool read_only);
  Status Write(const DocumentRecord& doc, PutResult* result);
  // Sections, facts, indicator and budget rows of a document being written.
  Status WriteExtracted(int64_t doc_id, const DocumentRecord& doc,
                        const std::string& doing);
  Status Read(int64_t doc_id, DocumentRecord* doc);
  Status ReadExtracted(int64_t doc_id, DocumentRecord* doc,
                       const std::string& doing);
  Status WriteFindings(int64_t doc_id, const std::vector<Finding>& findings);
  Status MakeCopier(Impl& in, const char* table, const char* where,
                    std::vector<std::string> fixed,
                    const std::map<std::string, int64_t>& shifts, Copier* c);
  Status Copy(Impl& in, Copier& c, int64_t from_doc_id,
              const std::vector<std::optional<int64_t>>& fixed,
              std::string_view doing);
  Status Merge(Impl& in, MergeResult* result);
  Status MergeOne(Impl& in, const Version& doc, Copier& doc_row,
                  std::vector<Copier>& children, MergeResult* result);
};

// Creates the schema in an empty database, or checks the version of an
// existing one. In a transaction, so two processes creating the same new
// database cannot both run schema.sql.
Status Store::Impl::CheckSchema(bool read_only) {
  auto check = [&]() -> Status {
    constexpr char kDoing[] = "reading the schema";
    int64_t objects = 0;
    bool has_meta = false;
    {
      OwnedStmt probe;
      TALLY_RETURN_IF_ERROR(
          Prepare("SELECT count(*), count(*) FILTER (WHERE type = 'table' AND"
                  " name = 'meta') FROM sqlite_schema",
                  &probe, kDoing));
      Stmt s(probe.get());
      if (int rc = s.Step(); rc != SQLITE_ROW) return Error(rc, kDoing);
      objects = sqlite3_column_int64(probe.get(), 0);
      has_meta = sqlite3_column_int64(probe.get(), 1) > 0;
    }
    if (objects == 0) {
      if (merge_input) return Corrupt(path + ": empty, not a tally database");
      if (read_only) {
        return NotFound(path + ": empty database, no tally schema");
      }
      return Exec(kSchemaSql, "creating the schema");
    }
    if (!has_meta) {
      return Status(
          merge_input ? StatusCode::kCorrupt : StatusCode::kUnsupported,
          path + ": a SQLite database, but not tally's (no meta table)");
    }
    OwnedStmt version;
    TALLY_RETURN_IF_ERROR(Prepare(
        "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'",
        &version, kDoing));
    Stmt v(version.get());
    int rc = v.Step();
    if (rc == SQLITE_DONE) return Corrupt(path + ": no schema_version in meta");
    if (rc != SQLITE_ROW) return Error(rc, kDoing);
    int64_t found = sqlite3_column_int64(version.get(), 0);
    if (found > kSchemaVersion) {
      return Unsupported(path + ": schema version " + std::to_string(found) +
                         " is newer than this tally supports (" +
                         std::to_string(kSchemaVersion) + "); upgrade tally");
    }
    // Version 1 was a pre-release without the extract stage's tables;
    // migrations from released versions will go here.
    if (found == 1) {
      return Unsupported(path +
                         ": schema version 1 is from a pre-release tally "
                         "without facts; ingest into a new database");
    }
    if (found < 1) {
      return Corrupt(path + ": bad schema_version " + std::to_string(found));
    }
    return Status::OK();
  };
  return read_only ? check() : Transaction("creating the schema", check);
}

Status Store::Impl::Write(const DocumentRecord& doc, PutResult* result) {
  const std::string doing = "writing " + doc.path;
  std::optional<int64_t> replaced_id;
  if (!doc.sha256.empty()) {
    Stmt s = Use(kFindCurrent);
    s.Text(doc.sha256);
    int rc = s.Step();
    if (rc == SQLITE_ROW) {
      int64_t id = sqlite3_column_int64(s.get(), 0);
      if (ColumnText(s.get(), 1) == doc.pipeline_version) {
        *result = {id, false, sqlite3_column_int(s.get(), 2)};
        return Status::OK();
      }
      replaced_id = id;
    } else if (rc != SQLITE_DONE) {
      return Error(rc, doing);
    }
  }
  // Same bytes, other pipeline version: the old rows go (children cascade)
  // and the new ones take over the doc_id, which stays the name of these
  // bytes. A hash-less record replaces the path's earlier hash-less one.
  if (replaced_id) {
    TALLY_RETURN_IF_ERROR(Run(Use(kDeleteDocument).Int(*replaced_id), doing));
  } else if (doc.sha256.empty()) {
    TALLY_RETURN_IF_ERROR(Run(Use(kDeleteHashless).Text(doc.path), doing));
  }
  int version;
  {
    Stmt s = Use(kNextVersion);
    s.Text(doc.path);
    if (int rc = s.Step(); rc != SQLITE_ROW) return Error(rc, doing);
    version = sqlite3_column_int(s.get(), 0);
  }
  // Before the insert: the partial unique index allows one current row per
  // path.
  TALLY_RETURN_IF_ERROR(Run(Use(kSupersede).Text(doc.path), doing));
  TALLY_RETURN_IF_ERROR(Run(
      Use(kInsertDocument)
          .IntOrNull(replaced_id.value_or(0), replaced_id.has_value())
          .Text(doc.path)
          .Int(version)
          .TextOrNull(doc.sha256)
          .IntOrNull(doc.size, doc.size >= 0)
          .Text(doc.file_kind)
          .Text(doc.status)
          .TextOrNull(doc.error)
          .Int(doc.page_count)
          .Text(doc.pipeline_version)
          .Real(doc.seconds)
          .TextOrNull(doc.bureau)
          .IntOrNull(doc.fiscal_year.value_or(0), doc.fiscal_year.has_value())
          .TextOrNull(doc.report_kind)
          .TextOrNull(doc.report_date),
      doing));
  const int64_t doc_id = sqlite3_last_insert_rowid(db);
  for (const PageRecord& page : doc.pages) {
    TALLY_RETURN_IF_ERROR(
        Run(Use(kInsertPage)
                .Int(doc_id)
                .Int(page.page_no)
                .Text(page.source)
                .TextOrNull(page.route_reason)
                .RealOrNull(page.width, page.width > 0)
                .RealOrNull(page.height, page.height > 0)
                .RealOrNull(page.ocr_confidence, page.ocr_confidence >= 0)
                .Text(page.text),
            doing));
    int line_no = 0;
    for (const LineRecord& line : page.lines) {
      TALLY_RETURN_IF_ERROR(Run(Use(kInsertLine)
                                    .Int(doc_id)
                                    .Int(page.page_no)
                                    .Int(++line_no)
                                    .Text(line.kind)
                                    .Text(line.raw)
                                    .Bbox(line.box),
                                doing));
    }
    int box_no = 0;
    for (const BoxRecord& box : page.boxes) {
      TALLY_RETURN_IF_ERROR(
          Run(Use(kInsertBox)
                  .Int(doc_id)
                  .Int(page.page_no)
                  .Int(++box_no)
                  .Text(box.text)
                  .Bbox(box.box)
                  .RealOrNull(box.font_size, box.font_size > 0)
                  .RealOrNull(box.confidence, box.confidence >= 0)
                  .TextOrNull(box.ocr_raw)
                  .Int(box.text_begin)
                  .Int(box.text_end),
              doing));
    }
  }
  TALLY_RETURN_IF_ERROR(WriteExtracted(doc_id, doc, doing));
  *result = {doc_id, true, version};
  return Status::OK();
}

Status Store::Impl::WriteExtracted(int64_t doc_id, const DocumentRecord& doc,
                                   const std::string& doing) {
  const int sections = int(doc.sections.size());
  // A dangling index would store a reference to nothing; refuse the record.
  auto section_no = [&](int index) -> std::optional<int64_t> {
    if (index < 0 || index >= sections) return std::nullopt;
    return index + 1;
  };
  for (int i = 0; i < sections; ++i) {
    const Section& sec = doc.sections[i];
    if (sec.parent >= i) {
      return InvalidArgument(doing + ": section " + std::to_string(i) +
                             " has a parent that does not precede it");
    }
    TALLY_RETURN_IF_ERROR(Run(Use(kInsertSection)
                                  .Int(doc_id)
                                  .Int(i + 1)
                                  .Int(section_no(sec.parent))
                                  .Int(sec.level)
                                  .Text(sec.marker)
                                  .Text(sec.title)
                                  .Int(sec.page_no)
                                  .Int(sec.text_begin),
                              doing));
  }
  std::map<int64_t, int64_t> fact_ids;  // the record's names -> rowids
  for (const Fact& f : doc.facts) {
    if (f.section >= sections) {
      return InvalidArgument(doing + ": a fact names section " +
                             std::to_string(f.section) + " of " +
                             std::to_string(sections));
    }
    const std::string title =
        f.section >= 0 ? doc.sections[f.section].title : std::string();
    TALLY_RETURN_IF_ERROR(
        Run(Use(kInsertFact)
                .Int(doc_id)
                .Int(f.page_no)
                .Text(f.kind)
                .Text(f.raw)
                .TextOrNull(f.value)
                .TextOrNull(f.unit)
                .TextOrNull(f.qualifier)
                .TextOrNull(f.base_value)
                .TextOrNull(f.label)
                .TextOrNull(f.context)
                .IntOrNull(f.sentence, f.sentence > 0)
                .Int(f.in_table ? 1 : 0)
                .Int(section_no(f.section))
                .TextOrNull(title)
                .Bbox(f.box)
                .Int(f.text_begin)
                .Int(f.text_end)
                .TextOrNull(f.source)
                .RealOrNull(f.ocr_confidence, f.ocr_confidence >= 0)
                .Text(f.rule_id),
            doing));
    if (f.fact_id != 0 &&
        !fact_ids.emplace(f.fact_id, sqlite3_last_insert_rowid(db)).second) {
      return InvalidArgument(doing + ": fact id " + std::to_string(f.fact_id) +
                             " repeated");
    }
  }
  for (const IndicatorRow& r : doc.indicators) {
    TALLY_RETURN_IF_ERROR(Run(Use(kInsertIndicator)
                                  .Int(doc_id)
                                  .Int(r.page_no)
                                  .TextOrNull(r.level1)
                                  .TextOrNull(r.level2)
                                  .TextOrNull(r.level3)
                                  .TextOrNull(r.target)
                                  .TextOrNull(r.actual)
                                  .TextOrNull(r.weight)
                                  .TextOrNull(r.score)
                                  .TextOrNull(r.note)
                                  .Bbox(r.box)
                                  .TextOrNull(r.source),
                              doing));
  }
  for (const BudgetRow& r : doc.budgets) {
    TALLY_RETURN_IF_ERROR(Run(Use(kInsertBudget)
                                  .Int(doc_id)
                                  .Int(r.page_no)
                                  .Text(r.item)
                                  .TextOrNull(r.unit)
                                  .TextOrNull(r.initial)
                                  .TextOrNull(r.full)
                                  .TextOrNull(r.executed)
                                  .TextOrNull(r.weight)
                                  .TextOrNull(r.rate)
                                  .TextOrNull(r.score)
                                  .Bbox(r.box)
                                  .TextOrNull(r.source),
                              doing));
  }
  if (doc.findings.empty()) return Status::OK();
  std::vector<Finding> findings = doc.findings;
  for (Finding& f : findings) {
    for (int64_t& id : f.fact_ids) {
      auto it = fact_ids.find(id);
      if (it == fact_ids.end()) {
        return InvalidArgument(doing + ": a finding cites fact " +
                               std::to_string(id) + ", not in the record");
      }
      id = it->second;
    }
  }
  return WriteFindings(doc_id, findings);
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

// Opens path (set by the caller), as Store::Open describes.
Status Store::Impl::Open(const Options& options) {
  // NOMUTEX: a Store is used by one thread at a time, so SQLite's own
  // per-connection mutex would be pure cost.
  int flags = SQLITE_OPEN_NOMUTEX |
              (options.read_only ? SQLITE_OPEN_READONLY
                                 : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
      rc != SQLITE_OK) {
    if ((rc & 0xff) == SQLITE_CANTOPEN && !options.read_only) {
      int e = CreateErrno(path);
      if (e != 0 && e != EEXIST) {
        return ErrnoStatus(e, path + ": cannot create database: ");
      }
    }
    return Error(rc, "cannot open database");
  }
  // SQLite silently falls back to read-only when it may not write the file;
  // the writer must learn that now, not at its first document.
  if (!options.read_only && sqlite3_db_readonly(db, "main") == 1) {
    return PermissionDenied(path +
                            ": cannot open database for writing (the file "
                            "is read-only to this user)");
  }
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  // foreign_keys and synchronous are per connection, so they are set on every
  // open. WAL lets readers (sqlite3, Datasette) query during a long ingest,
  // and with WAL, synchronous=NORMAL still never corrupts or half-writes: a
  // power cut can lose only the last commits, which a resumed ingest redoes.
  TALLY_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys = ON", "configuring"));
  if (!options.read_only) {
    // The first statement to read the file, hence where a non-database shows.
    TALLY_RETURN_IF_ERROR(
        Exec("PRAGMA journal_mode = WAL", "setting WAL mode"));
    TALLY_RETURN_IF_ERROR(Exec("PRAGMA synchronous = NORMAL", "configuring"));
  }
  Status schema = CheckSchema(options.read_only);
  if (!schema.ok() && options.read_only &&
      schema.code() == StatusCode::kPermissionDenied &&
      ::access((path + "-wal").c_str(), F_OK) != 0) {
    // A WAL database in a directory this user may not write (an archive on
    // read-only media): SQLite cannot create the -shm file that WAL readers
    // share, so it refuses even to read. With no -wal file there are no
    // commits outside the main file to miss, so the file is read as
    // immutable instead.
    sqlite3_close(db);
    db = nullptr;
    std::string uri = "file:";
    for (unsigned char c : path) {
      if (c == '%' || c == '?' || c == '#' || c < 0x20) {
        char hex[4];
        std::snprintf(hex, sizeof hex, "%%%02X", c);
        uri += hex;
      } else {
        uri += char(c);
      }
    }
    uri += "?immutable=1";
    if (int rc = sqlite3_open_v2(
            uri.c_str(), &db,
            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
            nullptr);
        rc != SQLITE_OK) {
      return Error(rc, "cannot open database");
    }
    TALLY_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys = ON", "configuring"));
    schema = CheckSchema(true);
  }
  TALLY_RETURN_IF_ERROR(schema);
  for (int i = 0; i < kNumSql; ++i) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v3(db, kSqlText[i], -1, SQLITE_PREPARE_PERSISTENT,
                                &raw, nullptr);
    stmts[i].reset(raw);
    if (rc != SQLITE_OK) return Error(rc, "preparing statements");
  }
  return Status::OK();
}

Status Store::Impl::Read(int64_t doc_id, DocumentRecord* doc) {
  const std::string doing = "reading document " + std::to_string(doc_id);
  {
    Stmt s = Use(kReadDocument);
    s.Int(doc_id);
    int rc = s.Step();
    if (rc == SQLITE_DONE) {
      return NotFound(path + ": no document with doc_id " +
                      std::to_string(doc_id));
    }
    if (rc != SQLITE_ROW) return Error(rc, doing);
    sqlite3_stmt* r = s.get();
    doc->path = ColumnText(r, 0);
    doc->sha256 = ColumnText(r, 1);
    doc->size = IntOr(r, 2, -1);
    doc->file_kind = ColumnText(r, 3);
    doc->status = ColumnText(r, 4);
    doc->error = ColumnText(r, 5);
    doc->page_count = int(sqlite3_column_int64(r, 6));
    doc->pipeline_version = ColumnText(r, 7);
    doc->seconds = RealOr(r, 8, 0);
    doc->bureau = ColumnText(r, 9);
    doc->report_kind = ColumnText(r, 10);
    doc->report_date = ColumnText(r, 11);
    if (!IsNull(r, 12)) doc->fiscal_year = sqlite3_column_int(r, 12);
  }
  // Filled once all pages are read, so the pointers stay valid.
  std::map<int, PageRecord*> by_no;
  {
    Stmt s = Use(kReadPages);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      PageRecord& page = doc->pages.emplace_back();
      page.page_no = sqlite3_column_int(r, 0);
      page.source = ColumnText(r, 1);
      page.route_reason = ColumnText(r, 2);
      page.width = RealOr(r, 3, 0);
      page.height = RealOr(r, 4, 0);
      page.ocr_confidence = RealOr(r, 5, -1);
      page.text = ColumnText(r, 6);
    }));
    for (PageRecord& page : doc->pages) by_no[page.page_no] = &page;
  }
  // Every line and box has its page (a foreign key).
  {
    Stmt s = Use(kReadLines);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      by_no[sqlite3_column_int(r, 0)]->lines.push_back(
          {ColumnText(r, 1), ColumnText(r, 2), ColumnBox(r, 3)});
    }));
  }
  {
    Stmt s = Use(kReadBoxes);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      by_no[sqlite3_column_int(r, 0)]->boxes.push_back(
          {ColumnBox(r, 2), ColumnText(r, 1), RealOr(r, 6, 0), RealOr(r, 7, -1),
           uint32_t(sqlite3_column_int64(r, 8)),
           uint32_t(sqlite3_column_int64(r, 9)), ColumnText(r, 10)});
    }));
  }
  return ReadExtracted(doc_id, doc, doing);
}

Status Store::Impl::ReadExtracted(int64_t doc_id, DocumentRecord* doc,
                                  const std::string& doing) {
  {
    Stmt s = Use(kReadSections);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      Section& sec = doc->sections.emplace_back();
      sec.parent = int(IntOr(r, 0, 0)) - 1;
      sec.level = sqlite3_column_int(r, 1);
      sec.marker = ColumnText(r, 2);
      sec.title = ColumnText(r, 3);
      sec.page_no = sqlite3_column_int(r, 4);
      sec.text_begin = uint32_t(sqlite3_column_int64(r, 5));
    }));
  }
  {
    Stmt s = Use(kReadFacts);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      Fact& f = doc->facts.emplace_back();
      f.fact_id = sqlite3_column_int64(r, 0);
      f.page_no = sqlite3_column_int(r, 1);
      f.kind = ColumnText(r, 2);
      f.raw = ColumnText(r, 3);
      f.value = ColumnText(r, 4);
      f.unit = ColumnText(r, 5);
      f.qualifier = ColumnText(r, 6);
      f.base_value = ColumnText(r, 7);
      f.label = ColumnText(r, 8);
      f.context = ColumnText(r, 9);
      f.sentence = int(IntOr(r, 10, 0));
      f.in_table = sqlite3_column_int(r, 11) != 0;
      f.section = int(IntOr(r, 12, 0)) - 1;
      f.box = ColumnBox(r, 13);
      f.text_begin = uint32_t(sqlite3_column_int64(r, 17));
      f.text_end = uint32_t(sqlite3_column_int64(r, 18));
      f.source = ColumnText(r, 19);
      f.ocr_confidence = RealOr(r, 20, -1);
      f.rule_id = ColumnText(r, 21);
    }));
  }
  {
    Stmt s = Use(kReadIndicators);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      doc->indicators.push_back(
          {sqlite3_column_int(r, 0), ColumnText(r, 1), ColumnText(r, 2),
           ColumnText(r, 3), ColumnText(r, 4), ColumnText(r, 5),
           ColumnText(r, 6), ColumnText(r, 7), ColumnText(r, 8),
           ColumnBox(r, 9), ColumnText(r, 13)});
    }));
  }
  {
    Stmt s = Use(kReadBudgets);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      doc->budgets.push_back(
          {sqlite3_column_int(r, 0), ColumnText(r, 1), ColumnText(r, 2),
           ColumnText(r, 3), ColumnText(r, 4), ColumnText(r, 5),
           ColumnText(r, 6), ColumnText(r, 7), ColumnText(r, 8),
           ColumnBox(r, 9), ColumnText(r, 13)});
    }));
  }
  std::map<int64_t, size_t> by_id;  // finding_id -> index in findings
  {
    Stmt s = Use(kReadFindings);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      by_id[sqlite3_column_int64(r, 0)] = doc->findings.size();
      Finding& f = doc->findings.emplace_back();
      f.rule = ColumnText(r, 1);
      f.severity = ColumnText(r, 2);
      f.message = ColumnText(r, 3);
      f.expected = ColumnText(r, 4);
      f.actual = ColumnText(r, 5);
      f.page_no = int(IntOr(r, 6, 0));
    }));
  }
  Stmt s = Use(kReadFindingFacts);
  s.Int(doc_id);
  return ForEachRow(s, doing, [&](sqlite3_stmt* r) {
    doc->findings[by_id[sqlite3_column_int64(r, 0)]].fact_ids.push_back(
        sqlite3_column_int64(r, 1));
  });
}

Status Store::Impl::MakeCopier(Impl& in, const char* table, const char* where,
                               std::vector<std::string> fixed,
                               const std::map<std::string, int64_t>& shifts,
                               Copier* c) {
  const std::string doing = std::string("reading the columns of ") + table;
  auto columns = [&](Impl& db, std::vector<std::string>* out) {
    OwnedStmt stmt;
    TALLY_RETURN_IF_ERROR(db.Prepare(
        "SELECT name FROM pragma_table_info(?) ORDER BY cid", &stmt, doing));
    Stmt s(stmt.get());
    s.Text(table);
    return db.ForEachRow(
        s, doing, [&](sqlite3_stmt* r) { out->push_back(ColumnText(r, 0)); });
  };
  std::vector<std::string> here, there;
  TALLY_RETURN_IF_ERROR(columns(*this, &here));
  TALLY_RETURN_IF_ERROR(columns(in, &there));
  auto has = [](const std::vector<std::string>& v, const std::string& name) {
    return std::find(v.begin(), v.end(), name) != v.end();
  };
  // A child table's doc_id is the new document's; finding_facts has none.
  if (fixed.empty() && has(here, "doc_id")) fixed = {"doc_id"};
  auto join = [](const std::vector<std::string>& names) {
    std::string list;
    for (const std::string& name : names) {
      list += (list.empty() ? "\"" : ", \"") + name + "\"";
    }
    return list;
  };
  std::vector<std::string> copied;
  c->fixed = fixed.size();
  c->shift.clear();
  for (const std::string& name : here) {
    if (has(fixed, name) || !has(there, name)) continue;
    copied.push_back(name);
    auto shift = shifts.find(name);
    c->shift.push_back(shift == shifts.end()
                           ? std::nullopt
                           : std::optional<int64_t>(shift->second));
  }
  std::vector<std::string> inserted = fixed;
  inserted.insert(inserted.end(), copied.begin(), copied.end());
  std::string params = "?";
  for (size_t i = 1; i < inserted.size(); ++i) params += ", ?";
  const std::string select =
      "SELECT " + join(copied) + " FROM " + table + " WHERE " + where;
  const std::string insert = std::string("INSERT INTO ") + table + " (" +
                             join(inserted) + ") VALUES (" + params + ")";
  TALLY_RETURN_IF_ERROR(in.Prepare(select.c_str(), &c->select, doing));
  return Prepare(insert.c_str(), &c->insert, doing);
}

Status Store::Impl::Copy(Impl& in, Copier& c, int64_t from_doc_id,
                         const std::vector<std::optional<int64_t>>& fixed,
                         std::string_view doing) {
  Stmt select(c.select.get());
  select.Int(from_doc_id);
  int rc;
  while ((rc = select.Step()) == SQLITE_ROW) {
    Stmt insert(c.insert.get());
    for (size_t i = 0; i < c.fixed; ++i) insert.Int(fixed[i]);
    for (size_t i = 0; i < c.shift.size(); ++i) {
      sqlite3_value* v = sqlite3_column_value(select.get(), int(i));
      if (c.shift[i] && sqlite3_value_type(v) == SQLITE_INTEGER) {
        insert.Int(sqlite3_value_int64(v) + *c.shift[i]);
      } else {
        insert.Value(v);
      }
    }
    TALLY_RETURN_IF_ERROR(Run(insert, doing));
  }
  return rc == SQLITE_DONE ? Status::OK() : in.Error(rc, doing);
}

Status Store::Impl::Merge(Impl& in, MergeResult* result) {
  const std::string doing = "merging " + in.path;
  // Input ids become id + (largest id here): unique, and unchanged when
  // merging into an empty store.
  std::map<std::string, int64_t> shifts;
  for (auto [table, id] : kShiftedIds) {
    const std::string sql =
        std::string("SELECT coalesce(max(") + id + "), 0) FROM " + table;
    OwnedStmt stmt;
    TALLY_RETURN_IF_ERROR(Prepare(sql.c_str(), &stmt, doing));
    Stmt s(stmt.get());
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      shifts[id] = sqlite3_column_int64(r, 0);
    }));
  }
  Copier doc_row;
  TALLY_RETURN_IF_ERROR(MakeCopier(in, "documents", "doc_id = ?",
                                   {"doc_id", "version", "superseded"}, {},
                                   &doc_row));
  std::vector<Copier> children(std::size(kChildTables));
  for (size_t i = 0; i < children.size(); ++i) {
    TALLY_RETURN_IF_ERROR(MakeCopier(in, kChildTables[i].name,
                                     kChildTables[i].rows_of_doc, {}, shifts,
                                     &children[i]));
  }
  // The input's current documents, in ingestion order.
  std::vector<Version> docs;
  {
    OwnedStmt stmt;
    TALLY_RETURN_IF_ERROR(in.Prepare(
        "SELECT doc_id, path, coalesce(sha256, ''), pipeline_version,"
        " ingested_at FROM documents WHERE superseded = 0"
        " ORDER BY ingested_at, coalesce(sha256, ''), pipeline_version, path",
        &stmt, doing));
    Stmt s(stmt.get());
    TALLY_RETURN_IF_ERROR(in.ForEachRow(
        s, doing, [&](sqlite3_stmt* r) { docs.push_back(ReadVersion(r)); }));
  }
  for (const Version& doc : docs) {
    TALLY_RETURN_IF_ERROR(MergeOne(in, doc, doc_row, children, result));
  }
  return Status::OK();
}

// Writes one input document as PutDocument would have, had the documents of
// both databases been put in Key() order (see MergeFrom in store.h).
Status Store::Impl::MergeOne(Impl& in, const Version& doc, Copier& doc_row,
                             std::vector<Copier>& children,
                             MergeResult* result) {
  const std::string doing = "merging " + doc.path + " from " + in.path;
  {
    // This very version is here, current or not: merged before.
    Stmt s = Use(kSameVersion);
    s.Text(doc.path)
        .Text(doc.sha256)
        .Text(doc.pipeline_version)
        .Text(doc.ingested_at);
    int rc = s.Step();
    if (rc == SQLITE_ROW) {
      ++result->already_present;
      return Status::OK();
    }
    if (rc != SQLITE_DONE) return Error(rc, doing);
  }
  std::optional<int64_t> replaced_id;
  std::optional<Version> current;  // at doc.path
  if (!doc.sha256.empty()) {
    std::optional<Version> same;
    TALLY_RETURN_IF_ERROR(FindVersion(kCurrentBySha, doc.sha256, doing, &same));
    if (same && same->pipeline_version == doc.pipeline_version) {
      ++result->already_present;
      return Status::OK();
    }
    if (same && same->Key() > doc.Key()) {
      ++result->older;  // a later pipeline run over these bytes replaced it
      return Status::OK();
    }
    if (same) {  // as in Write: the new rows take over the doc_id
      replaced_id = same->doc_id;
      TALLY_RETURN_IF_ERROR(Run(Use(kDeleteDocument).Int(same->doc_id), doing));
      ++result->superseded;
    }
    TALLY_RETURN_IF_ERROR(
        FindVersion(kCurrentByPath, doc.path, doing, &current));
  } else {
    Stmt later = Use(kLaterHashless);
    later.Text(doc.path).Text(doc.ingested_at).Text(doc.pipeline_version);
    int rc = later.Step();
    if (rc == SQLITE_ROW) {
      ++result->older;  // a later hash-less record replaced it
      return Status::OK();
    }
    if (rc != SQLITE_DONE) return Error(rc, doing);
    TALLY_RETURN_IF_ERROR(
        FindVersion(kCurrentByPath, doc.path, doing, &current));
    // As in Write, the path's hash-less records go, the current one too.
    if (current && current->sha256.empty()) {
      current.reset();
      ++result->superseded;
    }
    TALLY_RETURN_IF_ERROR(Run(Use(kDeleteHashless).Text(doc.path), doing));
  }
  const bool newest = !current || current->Key() < doc.Key();
  if (newest && current) {
    TALLY_RETURN_IF_ERROR(Run(Use(kSupersede).Text(doc.path), doing));
    ++result->superseded;
  }
  int64_t version;
  {
    Stmt s = Use(kNextVersion);
    s.Text(doc.path);
    if (int rc = s.Step(); rc != SQLITE_ROW) return Error(rc, doing);
    version = sqlite3_column_int64(s.get(), 0);
  }
  TALLY_RETURN_IF_ERROR(Copy(in, doc_row, doc.doc_id,
                             {replaced_id, version, newest ? 0 : 1}, doing));
  const int64_t doc_id = sqlite3_last_insert_rowid(db);
  for (Copier& child : children) {
    TALLY_RETURN_IF_ERROR(Copy(in, child, doc.doc_id, {doc_id}, doing));
  }
  if (newest) {
    ++result->added;
    return Status::OK();
  }
  // Inserted below the current version: renumber the path's history.
  ++result->older;
  TALLY_RETURN_IF_ERROR(Run(Use(kRenumberApart).Text(doc.path), doing));
  return Run(Use(kRenumber).Text(doc.path), doing);
}

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                             const Options& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  TALLY_RETURN_IF_ERROR(impl->Open(options));
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

StatusOr<bool> Store::IsStored(const std::string& sha256,
                               const std::string& pipeline_version) {
  if (sha256.empty()) return false;
  Stmt s = impl_->Use(kIsStored);
  s.Text(sha256).Text(pipeline_version);
  int rc = s.Step();
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return impl_->Error(rc, "looking up " + sha256);
}

StatusOr<std::vector<std::string>> Store::StoredHashes(
    const std::string& pipeline_version) {
  Stmt s = impl_->Use(kStoredHashes);
  s.Text(pipeline_version);
  std::vector<std::string> hashes;
  int rc;
  while ((rc = s.Step()) == SQLITE_ROW) {
    hashes.push_back(ColumnText(s.get(), 0));
  }
  if (rc != SQLITE_DONE) return impl_->Error(rc, "listing stored documents");
  return hashes;
}

StatusOr<PutResult> Store::PutDocument(const DocumentRecord& doc) {
  PutResult result;
  Status s = impl_->Transaction("writing " + doc.path,
                                [&] { return impl_->Write(doc, &result); });
  if (!s.ok()) return s;
  return result;
}

StatusOr<DocumentRecord> Store::ReadDocument(int64_t doc_id) {
  // One read transaction, so that a concurrent writer cannot change the
  // document between the reads of its tables.
  TALLY_RETURN_IF_ERROR(impl_->Exec("BEGIN", "reading a document"));
  DocumentRecord doc;
  Status s = impl_->Read(doc_id, &doc);
  sqlite3_exec(impl_->db, "COMMIT", nullptr, nullptr, nullptr);  // reads only
  if (!s.ok()) return s;
  return doc;
}

StatusOr<MergeResult> Store::MergeFrom(const std::string& input_path) {
  const std::string doing = "merging " + input_path;
  if (sqlite3_db_readonly(impl_->db, "main") == 1) {
    return PermissionDenied(impl_->path + ": " + doing +
                            ": the store was opened read-only");
  }
  // The same file under any name (relative, a symlink, a hard link) would
  // be read while written.
  const char* self = sqlite3_db_filename(impl_->db, "main");
  struct stat a, b;
  if (self != nullptr && *self != '\0' && ::stat(self, &a) == 0 &&
      ::stat(input_path.c_str(), &b) == 0 && a.st_dev == b.st_dev &&
      a.st_ino == b.st_ino) {
    return InvalidArgument(impl_->path + ": " + doing +
                           ": cannot merge a database into itself");
  }
  Impl in;
  in.path = input_path;
  in.merge_input = true;
  Options read_only;
  read_only.read_only = true;
  TALLY_RETURN_IF_ERROR(in.Open(read_only));
  // One snapshot of the input for the whole merge, in case it is written
  // meanwhile.
  TALLY_RETURN_IF_ERROR(in.Exec("BEGIN", doing));
  MergeResult result;
  Status s =
      impl_->Transaction(doing, [&] { return impl_->Merge(in, &result); });
  sqlite3_exec(in.db, "COMMIT", nullptr, nullptr, nullptr);  // reads only
  if (!s.ok()) return s;
  return result;
}

Status Store::Export(const std::string& table_or_view, ExportFormat format,
                     std::ostream& out) {
  const ExportableName* found = nullptr;
  for (const ExportableName& e : kExportable) {
    if (table_or_view == e.name) found = &e;
  }
  if (found == nullptr) {
    std::string names;
    for (const ExportableName& e : kExportable) {
      names += names.empty() ? e.name : std::string(", ") + e.name;
    }
    return InvalidArgument("cannot export '" + table_or_view +
                           "': not one of " + names);
  }
  const std::string doing = "exporting " + table_or_view;
  const std::string sql = std::string("SELECT * FROM ") + found->name +
                          " ORDER BY " + found->order_by;
  OwnedStmt stmt;
  TALLY_RETURN_IF_ERROR(impl_->Prepare(sql.c_str(), &stmt, doing));
  sqlite3_stmt* s = stmt.get();
  const int n = sqlite3_column_count(s);
  std::vector<std::string> names;
  for (int i = 0; i < n; ++i) names.push_back(sqlite3_column_name(s, i));
  if (format == ExportFormat::kCsv) {
    for (int i = 0; i < n; ++i) {
      if (i > 0) out << ',';
      WriteCsvField(names[i], out);
    }
    out << "\r\n";
  }
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (format == ExportFormat::kCsv) {
      for (int i = 0; i < n; ++i) {
        if (i > 0) out << ',';
        WriteCsvField(ColumnText(s, i), out);  // NULL reads as ""
      }
      out << "\r\n";
      continue;
    }
    out << '{';
    for (int i = 0; i < n; ++i) {
      if (i > 0) out << ',';
      WriteJsonString(names[i], out);
      out << ':';
      switch (sqlite3_column_type(s, i)) {
        case SQLITE_NULL:
          out << "null";
          break;
        case SQLITE_INTEGER:
          out << ColumnText(s, i);
          break;
        case SQLITE_FLOAT:
          // SQLite's text for a REAL ("12.5", "1.0e+20") is valid JSON,
          // except for infinities, which JSON cannot express.
          out << (std::isfinite(sqlite3_column_double(s, i)) ? ColumnText(s, i)
                                                             : "null");
          break;
        default:
          WriteJsonString(ColumnText(s, i), out);
      }
    }
    out << "}\n";
  }
  if (rc != SQLITE_DONE) return impl_->Error(rc, doing);
  if (!out) return IOError(doing + ": writing the output failed");
  return Status::OK();
}

StatusOr<std::vector<std::string>> Store::Exportable() {
  std::vector<std::string> names;
  for (const ExportableName& e : kExportable) names.push_back(e.name);
  return names;
}

StatusOr<std::vector<int64_t>> Store::CurrentDocuments() {
  std::vector<int64_t> ids;
  OwnedStmt stmt;
  const char* doing = "listing documents";
  TALLY_RETURN_IF_ERROR(impl_->Prepare(
      "SELECT doc_id FROM documents WHERE superseded = 0 ORDER BY doc_id",
      &stmt, doing));
  Stmt s(stmt.get());
  TALLY_RETURN_IF_ERROR(impl_->ForEachRow(s, doing, [&](sqlite3_stmt* r) {
    ids.push_back(sqlite3_column_int64(r, 0));
  }));
  return ids;
}

Status Store::Impl::WriteFindings(int64_t doc_id,
                                  const std::vector<Finding>& findings) {
  const std::string doing =
      "writing the findings of document " + std::to_string(doc_id);
  {
    Stmt s = Use(kDocumentExists);
    s.Int(doc_id);
    int rc = s.Step();
    if (rc == SQLITE_DONE) {
      return NotFound(path + ": no document with doc_id " +
                      std::to_string(doc_id));
    }
    if (rc != SQLITE_ROW) return Error(rc, doing);
  }
  TALLY_RETURN_IF_ERROR(Run(Use(kDeleteFindings).Int(doc_id), doing));
  for (const Finding& f : findings) {
    TALLY_RETURN_IF_ERROR(Run(Use(kInsertFinding)
                                  .Int(doc_id)
                                  .Text(f.rule)
                                  .Text(f.severity)
                                  .Text(f.message)
                                  .TextOrNull(f.expected)
                                  .TextOrNull(f.actual)
                                  .IntOrNull(f.page_no, f.page_no > 0),
                              doing));
    const int64_t finding_id = sqlite3_last_insert_rowid(db);
    int position = 0;
    for (int64_t fact_id : f.fact_ids) {
      Stmt s = Use(kFactOfDocument);
      s.Int(fact_id).Int(doc_id);
      int rc = s.Step();
      if (rc == SQLITE_DONE) {
        return InvalidArgument(doing + ": fact " + std::to_string(fact_id) +
                               " is not one of its facts");
      }
      if (rc != SQLITE_ROW) return Error(rc, doing);
      TALLY_RETURN_IF_ERROR(Run(
          Use(kInsertFindingFact).Int(finding_id).Int(++position).Int(fact_id),
          doing));
    }
  }
  return Status::OK();
}

Status Store::ReplaceFindings(int64_t doc_id,
                              const std::vector<Finding>& findings) {
  return impl_->Transaction("writing findings", [&] {
    return impl_->WriteFindings(doc_id, findings);
  });
}

StatusOr<QueryResult> Store::Query(const std::string& sql) {
  sqlite3* db = impl_->db;
  auto bad = [&](std::string why) {
    return InvalidArgument(impl_->path + ": query '" + sql + "': " + why);
  };
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  sqlite3_set_authorizer(db, DenyConnectionChanges, nullptr);
  int rc = sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &raw, &tail);
  OwnedStmt stmt(raw);
  std::string error = rc != SQLITE_OK ? sqlite3_errmsg(db) : "";
  // Anything after the first statement would silently not run. Prepared
  // (not run) to tell a trailing comment from a second statement.
  OwnedStmt extra;
  if (rc == SQLITE_OK && stmt) {
    int extra_rc = sqlite3_prepare_v2(
        db, tail, int(sql.data() + sql.size() - tail), &raw, nullptr);
    extra.reset(raw);
    if (extra_rc != SQLITE_OK || extra) error = "more than one statement";
  }
  sqlite3_set_authorizer(db, nullptr, nullptr);
  if (!error.empty()) return bad(error);
  if (!stmt) return bad("no statement");
  // Every query returns rows; the statements that return none and that
  // stmt_readonly still calls read-only (REINDEX, ...) are not queries.
  if (!sqlite3_stmt_readonly(stmt.get()) ||
      sqlite3_column_count(stmt.get()) == 0) {
    return bad("not a read-only query; Query never writes");
  }
  sqlite3_stmt* s = stmt.get();
  QueryResult result;
  for (int i = 0; i < sqlite3_column_count(s); ++i) {
    result.columns.push_back(sqlite3_column_name(s, i));
  }
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    auto& row = result.rows.emplace_back();
    for (size_t i = 0; i < result.columns.size(); ++i) {
      if (sqlite3_column_type(s, int(i)) == SQLITE_NULL) {
        row.emplace_back();
      } else {
        row.emplace_back(ColumnText(s, int(i)));
      }
    }
  }
  if (rc == SQLITE_ERROR) return bad(sqlite3_errmsg(db));
  if (rc != SQLITE_DONE) return impl_->Error(rc, "query '" + sql + "'");
  return result;
}

}  // namespace tally::store
