// Reading: a stored document back as its DocumentRecord, and the identity
// lookups a batch makes before it processes a file.
#include <sqlite3.h>

#include <map>

#include "store/internal.h"
#include "store/store.h"

namespace tally::store {

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
    doc->project = ColumnText(r, 13);
  }
  if (has_rules_version) {
    OwnedStmt rules;
    TALLY_RETURN_IF_ERROR(Prepare(
        "SELECT coalesce(rules_version, '') FROM documents WHERE doc_id = ?",
        &rules, doing));
    Stmt s(rules.get());
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      doc->rules_version = ColumnText(r, 0);
    }));
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
      page.hidden_chars = sqlite3_column_int(r, 7);
    }));
    for (PageRecord& page : doc->pages) by_no[page.page_no] = &page;
  }
  // The rest of each large page's text, in order (a part has its page).
  if (stmts[kReadPageText] != nullptr) {
    Stmt s = Use(kReadPageText);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(r, 1));
      by_no[sqlite3_column_int(r, 0)]->text.append(
          p ? p : "", size_t(sqlite3_column_bytes(r, 1)));
    }));
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
  std::vector<int> box_nos;  // in the order of the pages' boxes
  {
    Stmt s = Use(kReadBoxes);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      // (symbol_confidence comes from box_symbols, below.)
      BoxRecord& b = by_no[sqlite3_column_int(r, 0)]->boxes.emplace_back();
      b.box = ColumnBox(r, 2);
      b.text = ColumnText(r, 1);
      b.font_size = RealOr(r, 6, 0);
      b.confidence = RealOr(r, 7, -1);
      b.text_begin = uint32_t(sqlite3_column_int64(r, 8));
      b.text_end = uint32_t(sqlite3_column_int64(r, 9));
      b.ocr_raw = ColumnText(r, 10);
      b.ref = ColumnText(r, 11);
      box_nos.push_back(sqlite3_column_int(r, 12));
    }));
  }
  if (stmts[kReadBoxSymbols] != nullptr) {
    // Boxes by (page, box_no): box_nos parallels each page's boxes.
    std::map<std::pair<int, int>, BoxRecord*> boxes;
    size_t k = 0;
    for (PageRecord& page : doc->pages) {
      for (BoxRecord& b : page.boxes) {
        if (k < box_nos.size()) boxes[{page.page_no, box_nos[k++]}] = &b;
      }
    }
    Stmt s = Use(kReadBoxSymbols);
    s.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      auto it =
          boxes.find({sqlite3_column_int(r, 0), sqlite3_column_int(r, 1)});
      if (it != boxes.end()) it->second->symbol_confidence = ColumnText(r, 2);
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
      f.role = ColumnText(r, 22);
      f.sentence_begin = uint32_t(IntOr(r, 23, 0));
      f.sentence_end = uint32_t(IntOr(r, 24, 0));
    }));
  }
  // Relation members name facts by id; the record names them by index.
  {
    std::map<int64_t, int> index;
    for (size_t i = 0; i < doc->facts.size(); ++i) {
      index[doc->facts[i].fact_id] = int(i);
    }
    Stmt s = Use(kReadRelations);
    s.Int(doc_id);
    std::map<int64_t, size_t> by_no;
    TALLY_RETURN_IF_ERROR(ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      by_no[sqlite3_column_int64(r, 0)] = doc->relations.size();
      Relation& rel = doc->relations.emplace_back();
      rel.kind = ColumnText(r, 1);
      rel.rule = ColumnText(r, 2);
      rel.name = ColumnText(r, 3);
      rel.complete = ColumnText(r, 4);
      rel.evidence = ColumnText(r, 5);
      rel.detail = ColumnText(r, 6);
      rel.page_no = int(IntOr(r, 7, 0));
    }));
    Stmt m = Use(kReadRelationMembers);
    m.Int(doc_id);
    TALLY_RETURN_IF_ERROR(ForEachRow(m, doing, [&](sqlite3_stmt* r) {
      auto rel = by_no.find(sqlite3_column_int64(r, 0));
      auto fact = index.find(sqlite3_column_int64(r, 2));
      if (rel == by_no.end() || fact == index.end()) return;
      doc->relations[rel->second].members.push_back(
          {ColumnText(r, 1), fact->second});
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
      f.suggested = ColumnText(r, 7);
      f.reading = ColumnText(r, 8);
      f.alternatives = ColumnText(r, 9);
      f.relation = int(IntOr(r, 10, 0)) - 1;
    }));
  }
  Stmt s = Use(kReadFindingFacts);
  s.Int(doc_id);
  return ForEachRow(s, doing, [&](sqlite3_stmt* r) {
    doc->findings[by_id[sqlite3_column_int64(r, 0)]].fact_ids.push_back(
        sqlite3_column_int64(r, 1));
  });
}

StatusOr<DocumentRecord> Store::ReadDocument(int64_t doc_id) {
  // One read transaction, so that a concurrent writer cannot change the
  // document between the reads of its tables (within a batch's transaction,
  // a savepoint in it, which sees the batch's writes).
  TALLY_RETURN_IF_ERROR(impl_->Exec("SAVEPOINT reading", "reading a document"));
  DocumentRecord doc;
  Status s = impl_->Read(doc_id, &doc);
  sqlite3_exec(impl_->db, "RELEASE reading", nullptr, nullptr,
               nullptr);  // reads only
  if (!s.ok()) return s;
  return doc;
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

StatusOr<std::vector<Store::Stored>> Store::StoredDocuments(
    const std::string& pipeline_version) {
  const char* doing = "listing stored documents";
  OwnedStmt stmt;
  TALLY_RETURN_IF_ERROR(impl_->Prepare(
      impl_->has_rules_version
          ? "SELECT sha256, status, coalesce(error, ''),"
            " coalesce(rules_version, '') FROM documents"
            " WHERE pipeline_version = ? AND superseded = 0"
            " AND sha256 IS NOT NULL ORDER BY sha256"
          : "SELECT sha256, status, coalesce(error, ''), '' FROM documents"
            " WHERE pipeline_version = ? AND superseded = 0"
            " AND sha256 IS NOT NULL ORDER BY sha256",
      &stmt, doing));
  Stmt s(stmt.get());
  s.Text(pipeline_version);
  std::vector<Stored> stored;
  TALLY_RETURN_IF_ERROR(impl_->ForEachRow(s, doing, [&](sqlite3_stmt* r) {
    stored.push_back({ColumnText(r, 0), ColumnText(r, 1), ColumnText(r, 2),
                      ColumnText(r, 3)});
  }));
  return stored;
}

StatusOr<std::unordered_map<std::string, Store::PathStamp>>
Store::PathStamps() {
  const char* doing = "listing the paths' stamps";
  OwnedStmt stmt;
  TALLY_RETURN_IF_ERROR(
      impl_->Prepare("SELECT path, sha256, size, mtime_ns FROM paths"
                     " WHERE size IS NOT NULL AND mtime_ns IS NOT NULL",
                     &stmt, doing));
  Stmt s(stmt.get());
  std::unordered_map<std::string, PathStamp> stamps;
  TALLY_RETURN_IF_ERROR(impl_->ForEachRow(s, doing, [&](sqlite3_stmt* r) {
    stamps[ColumnText(r, 0)] = {ColumnText(r, 1), sqlite3_column_int64(r, 2),
                                sqlite3_column_int64(r, 3)};
  }));
  return stamps;
}

StatusOr<std::vector<std::string>> Store::OtherVersionDocuments(
    const std::string& pipeline_version) {
  const char* doing = "listing documents of other pipeline versions";
  OwnedStmt stmt;
  TALLY_RETURN_IF_ERROR(impl_->Prepare(
      "SELECT sha256 FROM documents WHERE pipeline_version <> ?"
      " AND superseded = 0 AND sha256 IS NOT NULL ORDER BY sha256",
      &stmt, doing));
  Stmt s(stmt.get());
  s.Text(pipeline_version);
  std::vector<std::string> shas;
  TALLY_RETURN_IF_ERROR(impl_->ForEachRow(
      s, doing, [&](sqlite3_stmt* r) { shas.push_back(ColumnText(r, 0)); }));
  return shas;
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

}  // namespace tally::store
