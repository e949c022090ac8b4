// The Store's connection: opening, the schema and its version, errors, and
// the statements every part prepares once (see internal.h for the rest).
#include "store/store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <regex>
#include <string_view>
#include <thread>

#include "store/internal.h"
#include "store/tokenizer.h"

namespace tally::store {

extern const char kSchemaSql[];  // schema.sql, embedded by CMake

const char* const kSqlText[kNumSql] = {
    "SELECT 1 FROM documents"
    " WHERE sha256 = ? AND pipeline_version = ? AND superseded = 0",
    "SELECT doc_id, pipeline_version, version, status, path FROM documents"
    " WHERE sha256 = ? AND superseded = 0",
    "DELETE FROM documents WHERE doc_id = ?",
    "DELETE FROM documents WHERE path = ? AND sha256 IS NULL",
    "SELECT coalesce(max(version), 0) + 1 FROM documents WHERE path = ?",
    "UPDATE documents SET superseded = 1 WHERE path = ? AND superseded = 0",
    "INSERT INTO documents (doc_id, path, version, sha256, size, file_kind,"
    " status, error, page_count, pipeline_version, seconds, bureau,"
    " fiscal_year, report_kind, report_date, project)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO pages (doc_id, page_no, source, route_reason, width, height,"
    " ocr_confidence, text, hidden_chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO lines (doc_id, page_no, line_no, kind, raw, x0, y0, x1, y1)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO boxes (doc_id, page_no, box_no, text, x0, y0, x1, y1,"
    " font_size, confidence, ocr_raw, text_begin, text_end, ref)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "SELECT path, sha256, size, file_kind, status, error, page_count,"
    " pipeline_version, seconds, bureau, report_kind, report_date, fiscal_year,"
    " project FROM documents WHERE doc_id = ?",
    "SELECT page_no, source, route_reason, width, height, ocr_confidence, text,"
    " hidden_chars FROM pages WHERE doc_id = ? ORDER BY page_no",
    "SELECT page_no, kind, raw, x0, y0, x1, y1 FROM lines WHERE doc_id = ?"
    " ORDER BY page_no, line_no",
    "SELECT page_no, text, x0, y0, x1, y1, font_size, confidence, text_begin,"
    " text_end, ocr_raw, ref, box_no FROM boxes WHERE doc_id = ?"
    " ORDER BY page_no, box_no",
    "INSERT INTO sections (doc_id, section_no, parent_no, level, marker,"
    " title, page_no, text_begin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO facts (doc_id, page_no, kind, raw, value, unit, qualifier,"
    " base_value, label, context, sentence_no, in_table, section_no, section,"
    " x0, y0, x1, y1, text_begin, text_end, source, ocr_confidence, rule_id,"
    " base_unit, role, sentence_begin, sentence_end)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?, ?, ?, ?, ?)",
    "INSERT INTO indicators (doc_id, page_no, level1, level2, level3, target,"
    " actual, weight, score, note, x0, y0, x1, y1, source, level1_name,"
    " level1_weight, level2_name, level2_weight, target_op, target_value,"
    " target_unit, actual_op, actual_value, actual_unit)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?, ?, ?)",
    "INSERT INTO budgets (doc_id, page_no, item, unit, initial, full,"
    " executed, weight, rate, score, x0, y0, x1, y1, source, base_unit,"
    " unit_factor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "SELECT parent_no, level, marker, title, page_no, text_begin"
    " FROM sections WHERE doc_id = ? ORDER BY section_no",
    "SELECT fact_id, page_no, kind, raw, value, unit, qualifier, base_value,"
    " label, context, sentence_no, in_table, section_no, x0, y0, x1, y1,"
    " text_begin, text_end, source, ocr_confidence, rule_id, role,"
    " sentence_begin, sentence_end FROM facts WHERE doc_id = ?"
    " ORDER BY fact_id",
    "SELECT page_no, level1, level2, level3, target, actual, weight, score,"
    " note, x0, y0, x1, y1, source FROM indicators WHERE doc_id = ?"
    " ORDER BY indicator_id",
    "SELECT page_no, item, unit, initial, full, executed, weight, rate, score,"
    " x0, y0, x1, y1, source FROM budgets WHERE doc_id = ?"
    " ORDER BY budget_id",
    "SELECT finding_id, rule, severity, message, expected, actual, page_no,"
    " suggested, reading, alternatives, relation_no"
    " FROM findings WHERE doc_id = ? ORDER BY finding_id",
    "SELECT ff.finding_id, ff.fact_id FROM finding_facts ff"
    " JOIN findings f USING (finding_id) WHERE f.doc_id = ?"
    " ORDER BY ff.finding_id, ff.position",
    "SELECT 1 FROM documents WHERE doc_id = ?",
    "DELETE FROM findings WHERE doc_id = ?",
    "INSERT INTO findings (doc_id, rule, severity, message, expected, actual,"
    " page_no, suggested, reading, alternatives, relation_no)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO finding_facts (finding_id, position, fact_id)"
    " VALUES (?, ?, ?)",
    "SELECT 1 FROM facts WHERE fact_id = ? AND doc_id = ?",
    "INSERT INTO relations (doc_id, relation_no, kind, rule_id, name,"
    " complete, evidence, detail, page_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO relation_members (doc_id, relation_no, position, role,"
    " fact_id) VALUES (?, ?, ?, ?, ?)",
    "SELECT relation_no, kind, rule_id, name, complete, evidence, detail,"
    " page_no FROM relations WHERE doc_id = ? ORDER BY relation_no",
    "SELECT relation_no, role, fact_id FROM relation_members WHERE doc_id = ?"
    " ORDER BY relation_no, position",
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
    "INSERT INTO box_symbols (doc_id, page_no, box_no, confidences)"
    " VALUES (?, ?, ?, ?)",
    "SELECT page_no, box_no, confidences FROM box_symbols WHERE doc_id = ?",
    "INSERT INTO page_text (doc_id, page_no, part_no, byte_begin, text)"
    " VALUES (?, ?, ?, ?, ?)",
    "SELECT page_no, text FROM page_text WHERE doc_id = ?"
    " ORDER BY page_no, part_no",
    // Vacate's: the document current at a path whose bytes change, and
    // another path that holds its bytes and no current document.
    "SELECT d.doc_id, (SELECT x.path FROM paths x WHERE x.sha256 = d.sha256"
    " AND x.path <> d.path AND NOT EXISTS (SELECT 1 FROM documents o"
    " WHERE o.path = x.path AND o.superseded = 0) ORDER BY x.path LIMIT 1)"
    " FROM documents d WHERE d.path = ? AND d.superseded = 0"
    " AND coalesce(d.sha256, '') <> ?",
    "INSERT INTO paths (path, sha256, size, mtime_ns) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256,"
    " seen_at = excluded.seen_at, size = excluded.size,"
    " mtime_ns = excluded.mtime_ns",
};

namespace {

// The meta.schema_version this code reads and writes; see schema.sql.
constexpr int kSchemaVersion = 12;

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

}  // namespace

Status Store::Impl::Error(int rc, std::string_view doing) const {
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

// Calls f with each statement of sql, in order, with its comments.
template <typename F>
Status ForEachStatement(std::string_view sql, F f) {
  size_t start = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] != ';') continue;
    std::string statement(sql.substr(start, i + 1 - start));
    // A ';' in a comment, a string or a trigger's body ends nothing.
    if (!sqlite3_complete(statement.c_str())) continue;
    TALLY_RETURN_IF_ERROR(f(statement));
    start = i + 1;
  }
  return Status::OK();
}

// Brings a database of an older released schema to kSchemaVersion, within
// CheckSchema's transaction: schema.sql's tables and indexes that it lacks
// are created, what the new ones hold is filled from what it has, and every
// view of schema.sql is made again (views hold no data, so a view's new
// definition is all an upgrade needs).
Status Store::Impl::Upgrade(int64_t from) {
  constexpr char kDoing[] = "upgrading the schema";
  if (from < 9) {
    // Before the views are made again: v_documents shows the column.
    bool has = false;
    TALLY_RETURN_IF_ERROR(HasColumn("documents", "rules_version", &has));
    if (!has) {
      TALLY_RETURN_IF_ERROR(
          Exec("ALTER TABLE documents ADD COLUMN rules_version TEXT", kDoing));
    }
  }
  if (from < 12 && from >= 8) {
    // The stamps of the paths a re-run need not read again (12).
    bool has = false;
    TALLY_RETURN_IF_ERROR(HasColumn("paths", "mtime_ns", &has));
    if (!has) {
      TALLY_RETURN_IF_ERROR(
          Exec("ALTER TABLE paths ADD COLUMN size INTEGER;"
               " ALTER TABLE paths ADD COLUMN mtime_ns INTEGER",
               kDoing));
    }
  }
  if (from < 11) {
    // Made again below with what it gains in 11: a page's parts.
    TALLY_RETURN_IF_ERROR(
        Exec("DROP TRIGGER IF EXISTS pages_search_update", kDoing));
  }
  static const std::regex kCreate(
      R"(CREATE\s+(?:UNIQUE\s+)?(TABLE|INDEX|VIEW|TRIGGER)\s+(\w+))");
  TALLY_RETURN_IF_ERROR(
      ForEachStatement(kSchemaSql, [&](const std::string& sql) -> Status {
        std::smatch m;
        if (!std::regex_search(sql, m, kCreate)) return Status::OK();
        const std::string kind = m[1], name = m[2];
        if (kind == "VIEW") {
          TALLY_RETURN_IF_ERROR(
              Exec(("DROP VIEW IF EXISTS " + name).c_str(), kDoing));
          return Exec(sql.c_str(), kDoing);
        }
        OwnedStmt exists;
        TALLY_RETURN_IF_ERROR(Prepare(
            "SELECT 1 FROM sqlite_schema WHERE name = ?", &exists, kDoing));
        Stmt e(exists.get());
        int rc = e.Text(name).Step();
        if (rc == SQLITE_ROW) return Status::OK();
        if (rc != SQLITE_DONE) return Error(rc, kDoing);
        return Exec(sql.c_str(), kDoing);
      }));
  if (from < 8) {
    // Each current document's own path holds its bytes.
    TALLY_RETURN_IF_ERROR(
        Exec("INSERT OR IGNORE INTO paths (path, sha256, seen_at)"
             " SELECT path, sha256, ingested_at FROM documents"
             " WHERE superseded = 0 AND sha256 IS NOT NULL",
             kDoing));
  }
  return Exec(("UPDATE meta SET value = '" + std::to_string(kSchemaVersion) +
               "' WHERE key = 'schema_version'")
                  .c_str(),
              kDoing);
}

Status Store::Impl::HasColumn(const char* table, const char* column,
                              bool* has) {
  constexpr char kDoing[] = "reading the schema";
  OwnedStmt stmt;
  TALLY_RETURN_IF_ERROR(Prepare(
      "SELECT 1 FROM pragma_table_info(?) WHERE name = ?", &stmt, kDoing));
  Stmt s(stmt.get());
  int rc = s.Text(table).Text(column).Step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error(rc, kDoing);
  *has = rc == SQLITE_ROW;
  return Status::OK();
}

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
    if (found < 1) {
      return Corrupt(path + ": bad schema_version " + std::to_string(found));
    }
    // Versions 1 (no facts), 2 (no analyst columns: value_num, v_reports,
    // ...), 3 (no relations), 4 (relations without boxes.ref) and 5 (*_num
    // of words as 0.0) were pre-releases. 6 (no v_facts.repaired), 7 (no
    // paths), 8 (no documents.rules_version), 9 (no box_symbols) and 10
    // (no page_text: every page whole in pages.text, as an upgraded
    // database's older pages stay) are upgraded in place by the first
    // writer; a reader reads them as they are.
    if (found >= 6 && found < kSchemaVersion) {
      return read_only ? Status::OK() : Upgrade(found);
    }
    if (found < kSchemaVersion) {
      return Unsupported(path + ": schema version " + std::to_string(found) +
                         " is from a pre-release tally; ingest into a new "
                         "database");
    }
    return Status::OK();
  };
  return read_only ? check() : Transaction("creating the schema", check);
}

// Switches to WAL, retrying while another connection holds the lock the
// switch needs: SQLite's busy handler does not cover a change of journal
// mode, so two ingests creating one new database could fail at once.
Status Store::Impl::SetWal(int timeout_ms) {
  constexpr char kDoing[] = "setting WAL mode";
  auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  for (int delay_ms = 1;; delay_ms = std::min(delay_ms * 2, 50)) {
    sqlite3_stmt* raw = nullptr;
    int rc =
        sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &raw, nullptr);
    OwnedStmt pragma(raw);
    if (rc == SQLITE_OK) {
      rc = sqlite3_step(pragma.get());
      if (rc == SQLITE_ROW && ColumnText(pragma.get(), 0) == "wal") {
        return Status::OK();
      }
    }
    bool busy = rc == SQLITE_ROW || (rc & 0xff) == SQLITE_BUSY ||
                (rc & 0xff) == SQLITE_LOCKED;
    if (!busy) return Error(rc, kDoing);
    if (std::chrono::steady_clock::now() > deadline) {
      return IOError(path + ": " + kDoing +
                     ": another process held the database past the busy "
                     "timeout");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
  }
}

Status Store::Finish() {
  // Checkpointed and in rollback-journal mode, the database is one file: a
  // copy of it is complete, and it opens on read-only media. Another
  // connection still open keeps it in WAL mode (busy here): not an error,
  // the last one to finish settles it.
  auto busy = [](int rc) {
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
  };
  int rc = sqlite3_exec(impl_->db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr,
                        nullptr, nullptr);
  if (rc != SQLITE_OK && !busy(rc)) {
    return impl_->Error(rc, "checkpointing the WAL");
  }
  // Busy means someone else is here: no waiting for them.
  sqlite3_busy_timeout(impl_->db, 0);
  rc = sqlite3_exec(impl_->db, "PRAGMA journal_mode = DELETE", nullptr, nullptr,
                    nullptr);
  sqlite3_busy_timeout(impl_->db, impl_->busy_timeout_ms);
  if (rc != SQLITE_OK && !busy(rc)) {
    return impl_->Error(rc, "leaving WAL mode");
  }
  return Status::OK();
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
  busy_timeout_ms = options.busy_timeout_ms;
  sqlite3_busy_timeout(db, busy_timeout_ms);
  // The search index's triggers call tally_search_text() when a page is
  // written.
  if (int rc = RegisterSearchFunctions(db); rc != SQLITE_OK) {
    return Error(rc, "registering the search functions");
  }
  // foreign_keys and synchronous are per connection, so they are set on every
  // open. WAL lets readers (sqlite3, Datasette) query during a long ingest,
  // and with WAL, synchronous=NORMAL still never corrupts or half-writes: a
  // power cut can lose only the last commits, which a resumed ingest redoes.
  TALLY_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys = ON", "configuring"));
  // A database made here has pages of 16 KiB, not SQLite's default 4 KiB:
  // an ingest writes every page to the WAL and again to the file, one
  // write() each, and a quarter as many calls writes the same data in
  // about a tenth less time; its rows (a page's text, a fact's two dozen
  // columns) fill the larger pages as well. (No effect on an existing
  // database, whose page size stays what it was.)
  if (!options.read_only) {
    TALLY_RETURN_IF_ERROR(Exec("PRAGMA page_size = 16384", "configuring"));
  }
  // The schema is checked (or created) before anything else touches the
  // file: another program's database is refused as it was found, not after
  // its journal mode has been changed.
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
    if (int rc = RegisterSearchFunctions(db); rc != SQLITE_OK) {
      return Error(rc, "registering the search functions");
    }
    TALLY_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys = ON", "configuring"));
    schema = CheckSchema(true);
  }
  TALLY_RETURN_IF_ERROR(schema);
  // A reader of a schema from before documents.rules_version reads it as
  // unknown (the statements that use it are prepared when used).
  TALLY_RETURN_IF_ERROR(
      HasColumn("documents", "rules_version", &has_rules_version));
  if (!options.read_only) {
    TALLY_RETURN_IF_ERROR(SetWal(options.busy_timeout_ms));
    TALLY_RETURN_IF_ERROR(Exec("PRAGMA synchronous = NORMAL", "configuring"));
    // A batch (BeginBatch) of many documents touches more pages than
    // SQLite's default cache of 2 MiB holds, which would spill them to the
    // WAL mid-transaction and read them back; 64 MiB is allocated only as
    // used. The WAL is checkpointed into the database every 64 MiB of
    // pages (not the default 1,000 pages): a page written by many commits
    // is copied once, and the database synced less often.
    TALLY_RETURN_IF_ERROR(Exec("PRAGMA cache_size = -65536", "configuring"));
    TALLY_RETURN_IF_ERROR(Exec("PRAGMA temp_store = MEMORY", "configuring"));
    int64_t page_size = 4096;
    {
      OwnedStmt stmt;
      TALLY_RETURN_IF_ERROR(Prepare("PRAGMA page_size", &stmt, "configuring"));
      if (Stmt(stmt.get()).Step() == SQLITE_ROW) {
        page_size = std::max<int64_t>(sqlite3_column_int64(stmt.get(), 0), 512);
      }
    }
    const std::string checkpoint =
        "PRAGMA wal_autocheckpoint = " +
        std::to_string((int64_t(64) << 20) / page_size);
    TALLY_RETURN_IF_ERROR(Exec(checkpoint.c_str(), "configuring"));
  }
  // A database from before the search index gets it on its first
  // read-write open, so what an ingest adds is searchable with the rest.
  if (!options.read_only && !merge_input) {
    TALLY_RETURN_IF_ERROR(EnsureSearchIndex(/*rebuild=*/false));
  }
  for (int i = 0; i < kNumSql; ++i) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v3(db, kSqlText[i], -1, SQLITE_PREPARE_PERSISTENT,
                                &raw, nullptr);
    stmts[i].reset(raw);
    // A reader of a database from before box_symbols (schema 10),
    // page_text (11) or paths reads it as it is, without (a writer has
    // upgraded it by now).
    const bool newer_table = i == kInsertBoxSymbols || i == kReadBoxSymbols ||
                             i == kInsertPageText || i == kReadPageText ||
                             i == kFindVacated || i == kUpsertPath;
    if (rc != SQLITE_OK && newer_table && options.read_only) continue;
    if (rc != SQLITE_OK) return Error(rc, "preparing statements");
  }
  return Status::OK();
}

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                             const Options& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  TALLY_RETURN_IF_ERROR(impl->Open(options));
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

}  // namespace tally::store
