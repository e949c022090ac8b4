// What users and tools read out: Export (a view or table as CSV or JSONL)
// and Query (one read-only statement).
#include <sqlite3.h>

#include <cmath>
#include <ostream>

#include "base/json.h"
#include "store/internal.h"
#include "store/store.h"

namespace tally::store {
namespace {

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
      out << JsonString(names[i]);
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
          out << JsonString(ColumnText(s, i));
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
