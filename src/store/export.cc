// What users and tools read out: Export (a view or table as CSV or JSONL)
// and Query (one read-only statement).
#include <sqlite3.h>
#include <xlsxwriter.h>

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
    {"v_paths", "path"},
    {"v_reports", "doc_id"},
    {"v_pages", "doc_id, page_no"},
    {"v_lines", "doc_id, page_no, line_no"},
    {"v_boxes", "doc_id, page_no, box_no"},
    {"v_sections", "doc_id, section_no"},
    {"v_facts", "fact_id"},
    {"v_indicators", "indicator_id"},
    {"v_budgets", "budget_id"},
    {"v_findings", "finding_id"},
    {"v_relations", "doc_id, relation_no, position"},
    {"v_search", "doc_id, page_no"},
    {"documents", "doc_id"},
    {"paths", "path"},
    {"pages", "doc_id, page_no"},
    {"page_text", "doc_id, page_no, part_no"},
    {"lines", "doc_id, page_no, line_no"},
    {"boxes", "doc_id, page_no, box_no"},
    {"box_symbols", "doc_id, page_no, box_no"},
    {"sections", "doc_id, section_no"},
    {"facts", "fact_id"},
    {"indicators", "indicator_id"},
    {"budgets", "budget_id"},
    {"relations", "doc_id, relation_no"},
    {"relation_members", "doc_id, relation_no, position"},
    {"findings", "finding_id"},
    {"finding_facts", "finding_id, position"},
    {"page_fts", "rowid"},
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

// Whether a spreadsheet would take a CSV cell for a formula: it starts with
// = + - @, a tab or a carriage return, and is not simply a number ("-12.5"
// stays a number).
bool LooksLikeFormula(std::string_view v) {
  if (v.empty() ||
      std::string_view("=+-@\t\r").find(v[0]) == std::string_view::npos) {
    return false;
  }
  size_t i = (v[0] == '+' || v[0] == '-') ? 1 : 0;
  size_t digits = 0, dots = 0;
  for (size_t k = i; k < v.size(); ++k) {
    if (v[k] >= '0' && v[k] <= '9') {
      ++digits;
    } else if (v[k] == '.' && dots == 0) {
      ++dots;
    } else {
      return true;
    }
  }
  return digits == 0;
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

Status Store::Impl::PrepareExport(const std::string& table_or_view,
                                  OwnedStmt* stmt) {
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
  const std::string sql = std::string("SELECT * FROM ") + found->name +
                          " ORDER BY " + found->order_by;
  return Prepare(sql.c_str(), stmt, "exporting " + table_or_view);
}

Status Store::Export(const std::string& table_or_view, ExportFormat format,
                     std::ostream& out, bool neutralize_formulas) {
  const std::string doing = "exporting " + table_or_view;
  OwnedStmt stmt;
  TALLY_RETURN_IF_ERROR(impl_->PrepareExport(table_or_view, &stmt));
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
        std::string v = ColumnText(s, i);  // NULL reads as ""
        // OWASP's advice against CSV injection: a cell a spreadsheet would
        // run as a formula is prefixed with ' so it shows as text.
        if (neutralize_formulas && sqlite3_column_type(s, i) == SQLITE_TEXT &&
            LooksLikeFormula(v)) {
          v.insert(0, 1, '\'');
        }
        WriteCsvField(v, out);
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

Status Store::ExportXlsx(const std::string& table_or_view,
                         const std::string& path) {
  const std::string doing = "exporting " + table_or_view + " to " + path;
  OwnedStmt stmt;
  TALLY_RETURN_IF_ERROR(impl_->PrepareExport(table_or_view, &stmt));
  sqlite3_stmt* s = stmt.get();
  // constant_memory: each row goes to disk as it is written, so a table of
  // any size costs one row of memory.
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
  if (book == nullptr) return IOError(doing + ": cannot create the file");
  // Excel's sheet names are at most 31 characters; ours are shorter.
  lxw_worksheet* sheet = workbook_add_worksheet(book, table_or_view.c_str());
  lxw_error err = LXW_NO_ERROR;
  auto check = [&](lxw_error e) {
    if (err == LXW_NO_ERROR) err = e;
  };
  const int n = sqlite3_column_count(s);
  for (int i = 0; i < n; ++i) {
    check(worksheet_write_string(sheet, 0, lxw_col_t(i),
                                 sqlite3_column_name(s, i), nullptr));
  }
  constexpr int64_t kMaxRows = 1048576;  // Excel's limit, header included
  int64_t row = 0;
  int rc = SQLITE_DONE;
  while (err == LXW_NO_ERROR && (rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (++row >= kMaxRows) {
      workbook_close(book);
      return IOError(doing + ": more rows than a sheet holds (" +
                     std::to_string(kMaxRows - 1) + "); export CSV instead");
    }
    for (int i = 0; i < n; ++i) {
      switch (sqlite3_column_type(s, i)) {
        case SQLITE_NULL:
          break;
        case SQLITE_INTEGER:
        case SQLITE_FLOAT:
          check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(i),
                                       sqlite3_column_double(s, i), nullptr));
          break;
        default:
          check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(i),
                                       ColumnText(s, i).c_str(), nullptr));
      }
    }
  }
  lxw_error closed = workbook_close(book);
  if (err != LXW_NO_ERROR) {
    return IOError(doing + ": row " + std::to_string(row) + ": " +
                   lxw_strerror(err));
  }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) return impl_->Error(rc, doing);
  if (closed != LXW_NO_ERROR) {
    return IOError(doing + ": " + lxw_strerror(closed));
  }
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
