// Re-extraction (`tally reextract`): which current documents have metadata,
// facts and findings from rules other than the running tally's, and
// replacing those rows of one document from a new record, its pages, lines
// and boxes untouched.
#include <sqlite3.h>

#include "store/internal.h"
#include "store/store.h"

namespace tally::store {

Status Store::Impl::SetRulesVersion(int64_t doc_id,
                                    const std::string& rules_version,
                                    std::string_view doing) {
  // (A one-off statement: a database from before the column opens
  // read-only without it.)
  OwnedStmt set;
  TALLY_RETURN_IF_ERROR(Prepare(
      "UPDATE documents SET rules_version = ? WHERE doc_id = ?", &set, doing));
  Stmt s(set.get());
  return Run(s.TextOrNull(rules_version).Int(doc_id), doing);
}

StatusOr<std::vector<int64_t>> Store::StaleDocuments(
    const std::string& rules_version) {
  std::vector<int64_t> ids;
  const char* doing = "listing documents to re-extract";
  if (!impl_->has_rules_version) {
    // Stored before rules versions were recorded: every document is stale.
    OwnedStmt all;
    TALLY_RETURN_IF_ERROR(impl_->Prepare(
        "SELECT doc_id FROM documents d WHERE superseded = 0 AND EXISTS"
        " (SELECT 1 FROM pages p WHERE p.doc_id = d.doc_id) ORDER BY doc_id",
        &all, doing));
    Stmt s(all.get());
    TALLY_RETURN_IF_ERROR(impl_->ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      ids.push_back(sqlite3_column_int64(r, 0));
    }));
    return ids;
  }
  OwnedStmt stmt;
  TALLY_RETURN_IF_ERROR(impl_->Prepare(
      "SELECT doc_id FROM documents d WHERE superseded = 0"
      " AND (rules_version IS NULL OR rules_version <> ?)"
      " AND EXISTS (SELECT 1 FROM pages p WHERE p.doc_id = d.doc_id)"
      " ORDER BY doc_id",
      &stmt, doing));
  Stmt s(stmt.get());
  s.Text(rules_version);
  TALLY_RETURN_IF_ERROR(impl_->ForEachRow(s, doing, [&](sqlite3_stmt* r) {
    ids.push_back(sqlite3_column_int64(r, 0));
  }));
  return ids;
}

Status Store::ReplaceExtracted(int64_t doc_id, const DocumentRecord& rec) {
  if (!impl_->has_rules_version) {
    return PermissionDenied(impl_->path + ": opened read-only");
  }
  const std::string doing = "re-extracting document " + std::to_string(doc_id);
  return impl_->Transaction(doing, [&]() -> Status {
    Store::Impl& db = *impl_;
    {
      Stmt s = db.Use(kDocumentExists);
      s.Int(doc_id);
      int rc = s.Step();
      if (rc == SQLITE_DONE) {
        return NotFound(db.path + ": no document with doc_id " +
                        std::to_string(doc_id));
      }
      if (rc != SQLITE_ROW) return db.Error(rc, doing);
    }
    // Children before what they refer to; finding_facts and
    // relation_members go with their findings and relations.
    for (const char* table : {"findings", "relations", "facts", "indicators",
                              "budgets", "sections"}) {
      OwnedStmt del;
      TALLY_RETURN_IF_ERROR(db.Prepare(
          ("DELETE FROM " + std::string(table) + " WHERE doc_id = ?").c_str(),
          &del, doing));
      Stmt d(del.get());
      TALLY_RETURN_IF_ERROR(db.Run(d.Int(doc_id), doing));
    }
    OwnedStmt update;
    TALLY_RETURN_IF_ERROR(db.Prepare(
        "UPDATE documents SET bureau = ?, fiscal_year = ?, report_kind = ?,"
        " report_date = ?, project = ?, status = ?, error = ?,"
        " rules_version = ? WHERE doc_id = ?",
        &update, doing));
    Stmt u(update.get());
    TALLY_RETURN_IF_ERROR(db.Run(
        u.TextOrNull(rec.bureau)
            .IntOrNull(rec.fiscal_year.value_or(0), rec.fiscal_year.has_value())
            .TextOrNull(rec.report_kind)
            .TextOrNull(rec.report_date)
            .TextOrNull(rec.project)
            .Text(rec.status)
            .TextOrNull(rec.error)
            .TextOrNull(rec.rules_version)
            .Int(doc_id),
        doing));
    Store::Impl::Writing w;
    w.doc_id = doc_id;
    w.inserted = true;
    w.doing = doing;
    return db.WriteExtracted(rec, &w);
  });
}

}  // namespace tally::store
