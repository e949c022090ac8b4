// Writing: PutDocument (one document in one transaction, by the identity
// rules in store.h), the same in parts (BeginDocument .. CommitDocument) and
// ReplaceFindings. Both ways share Begin (the document row) and WritePart
// (its lists), which keeps in Writing what later parts refer to.
#include <sqlite3.h>

#include <cmath>
#include <optional>
#include <unordered_map>

#include "base/facts.h"
#include "base/printed.h"
#include "store/internal.h"
#include "store/store.h"

namespace tally::store {

size_t PageTextPartEnd(std::string_view text, size_t from) {
  if (text.size() - from <= kPageTextPartBytes) return text.size();
  // (Only the second half: a text without line breaks is cut in time
  // proportional to a part.)
  const size_t half = from + kPageTextPartBytes / 2;
  const size_t nl = text.substr(half, kPageTextPartBytes / 2).rfind('\n');
  if (nl != std::string_view::npos) return half + nl + 1;
  size_t cut = from + kPageTextPartBytes;
  while (cut > from && (uint8_t(text[cut]) & 0xC0) == 0x80) --cut;
  return cut > from ? cut : from + kPageTextPartBytes;  // (not UTF-8)
}

namespace {

// Whether s starts and ends at character boundaries: not with a
// continuation byte, nor with a lead byte whose sequence is cut short.
bool WholeCharacters(std::string_view s) {
  if (s.empty()) return true;
  if ((uint8_t(s[0]) & 0xC0) == 0x80) return false;
  size_t lead = s.size() - 1;
  while (lead > 0 && s.size() - lead < 4 && (uint8_t(s[lead]) & 0xC0) == 0x80) {
    --lead;
  }
  const uint8_t b = uint8_t(s[lead]);
  const size_t want = b < 0x80    ? 1
                      : b >= 0xF0 ? 4
                      : b >= 0xE0 ? 3
                      : b >= 0xC0 ? 2
                                  : 0;
  return s.size() - lead == want;
}

}  // namespace

Status Store::Impl::Begin(const DocumentRecord& doc, Writing* w) {
  w->doing = "writing " + doc.path;
  const std::string& doing = w->doing;
  std::optional<int64_t> replaced_id;
  if (!doc.sha256.empty()) {
    Stmt s = Use(kFindCurrent);
    s.Text(doc.sha256);
    int rc = s.Step();
    if (rc == SQLITE_ROW) {
      int64_t id = sqlite3_column_int64(s.get(), 0);
      // A retry: the same file read again after it failed or was read in
      // part (a timeout, a crash) replaces that record.
      const bool retry =
          ColumnText(s.get(), 3) != "ok" && ColumnText(s.get(), 4) == doc.path;
      if (ColumnText(s.get(), 1) == doc.pipeline_version && !retry) {
        w->doc_id = id;
        w->inserted = false;
        w->version = sqlite3_column_int(s.get(), 2);
        // Stored already, perhaps from another path: this one holds the
        // bytes too.
        return NotePath(doc.path, doc.sha256, doc.size, doc.mtime_ns, doing);
      }
      replaced_id = id;
    } else if (rc != SQLITE_DONE) {
      return Error(rc, doing);
    }
  }
  // Same bytes, other pipeline version (or a retry): the old rows go
  // (children cascade) and the new ones take over the doc_id, which stays
  // the name of these bytes. A hash-less record replaces the path's earlier
  // hash-less one.
  if (replaced_id) {
    TALLY_RETURN_IF_ERROR(Run(Use(kDeleteDocument).Int(*replaced_id), doing));
  } else if (doc.sha256.empty()) {
    TALLY_RETURN_IF_ERROR(Run(Use(kDeleteHashless).Text(doc.path), doing));
  }
  int& version = w->version;
  {
    Stmt s = Use(kNextVersion);
    s.Text(doc.path);
    if (int rc = s.Step(); rc != SQLITE_ROW) return Error(rc, doing);
    version = sqlite3_column_int(s.get(), 0);
  }
  // Before the insert: the partial unique index allows one current row per
  // path.
  TALLY_RETURN_IF_ERROR(Vacate(doc.path, doc.sha256, doing));
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
          .TextOrNull(doc.report_date)
          .TextOrNull(doc.project),
      doing));
  w->doc_id = sqlite3_last_insert_rowid(db);
  w->inserted = true;
  if (!doc.rules_version.empty()) {
    TALLY_RETURN_IF_ERROR(SetRulesVersion(w->doc_id, doc.rules_version, doing));
  }
  if (doc.sha256.empty()) return Status::OK();
  return NotePath(doc.path, doc.sha256, doc.size, doc.mtime_ns, doing);
}

Status Store::Impl::NotePath(const std::string& path, const std::string& sha256,
                             int64_t size, int64_t mtime_ns,
                             std::string_view doing) {
  TALLY_RETURN_IF_ERROR(Vacate(path, sha256, doing));
  const bool stamped = size >= 0 && mtime_ns >= 0;
  Stmt s = Use(kUpsertPath);
  s.Text(path)
      .Text(sha256)
      .IntOrNull(size, stamped)
      .IntOrNull(mtime_ns, stamped);
  return Run(s, doing);
}

Status Store::Impl::Vacate(const std::string& path, const std::string& sha256,
                           std::string_view doing) {
  Stmt f = Use(kFindVacated);
  f.Text(path).Text(sha256);
  int rc = f.Step();
  if (rc == SQLITE_DONE) return Status::OK();
  if (rc != SQLITE_ROW) return Error(rc, doing);
  sqlite3_stmt* find = stmts[kFindVacated].get();
  const int64_t doc_id = sqlite3_column_int64(find, 0);
  if (IsNull(find, 1)) {
    return Run(Use(kSupersede).Text(path), doing);
  }
  // Its bytes are still at another path: it stays current, there.
  const std::string other = ColumnText(find, 1);
  OwnedStmt move;
  TALLY_RETURN_IF_ERROR(Prepare(
      "UPDATE documents SET path = ?1, version = (SELECT coalesce(max("
      "version), 0) + 1 FROM documents WHERE path = ?1) WHERE doc_id = ?2",
      &move, doing));
  Stmt m(move.get());
  return Run(m.Text(other).Int(doc_id), doing);
}

Status Store::Impl::Write(const DocumentRecord& doc, PutResult* result) {
  Writing w;
  TALLY_RETURN_IF_ERROR(Begin(doc, &w));
  if (w.inserted) TALLY_RETURN_IF_ERROR(WritePart(doc, false, &w));
  *result = {w.doc_id, w.inserted, w.version};
  return Status::OK();
}

Status Store::Impl::WritePart(const DocumentRecord& part, bool continues_page,
                              Writing* w) {
  const std::string& doing = w->doing;
  const int64_t doc_id = w->doc_id;
  // Lists in their order (store.h): later ones refer to earlier ones.
  auto stage = [&](bool present, int s) -> Status {
    if (!present) return Status::OK();
    if (s < w->stage) {
      return InvalidArgument(doing + ": a part's lists are out of order");
    }
    w->stage = s;
    return Status::OK();
  };
  TALLY_RETURN_IF_ERROR(stage(!part.pages.empty(), 0));
  TALLY_RETURN_IF_ERROR(stage(!part.sections.empty(), 1));
  TALLY_RETURN_IF_ERROR(stage(!part.facts.empty(), 2));
  TALLY_RETURN_IF_ERROR(stage(!part.indicators.empty(), 3));
  TALLY_RETURN_IF_ERROR(stage(!part.budgets.empty(), 4));
  TALLY_RETURN_IF_ERROR(stage(!part.relations.empty(), 5));
  TALLY_RETURN_IF_ERROR(stage(!part.findings.empty(), 6));
  bool first = true;
  for (const PageRecord& page : part.pages) {
    const bool continued = first && continues_page;
    first = false;
    if (continued) {
      if (w->last_page == 0 || page.page_no != w->last_page) {
        return InvalidArgument(doing + ": a part continues no page");
      }
    } else {
      // The first part here, the others in page_text.
      const std::string_view text = page.text;
      const size_t first = PageTextPartEnd(text, 0);
      TALLY_RETURN_IF_ERROR(
          Run(Use(kInsertPage)
                  .Int(doc_id)
                  .Int(page.page_no)
                  .Text(page.source)
                  .TextOrNull(page.route_reason)
                  .RealOrNull(page.width, page.width > 0)
                  .RealOrNull(page.height, page.height > 0)
                  .RealOrNull(page.ocr_confidence, page.ocr_confidence >= 0)
                  .Text(text.substr(0, first))
                  .Int(page.hidden_chars),
              doing));
      if (batch && (batch_docs.empty() || batch_docs.back() != doc_id)) {
        batch_docs.push_back(doc_id);
      }
      w->last_page = page.page_no;
      w->line_no = w->box_no = 0;
      w->text_bytes = int64_t(first);
      w->part_no = 0;
      TALLY_RETURN_IF_ERROR(InsertPageText(text.substr(first), w));
    }
    int& line_no = w->line_no;
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
    int& box_no = w->box_no;
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
                  .Int(box.text_end)
                  .TextOrNull(box.ref),
              doing));
      if (!box.symbol_confidence.empty()) {
        TALLY_RETURN_IF_ERROR(Run(Use(kInsertBoxSymbols)
                                      .Int(doc_id)
                                      .Int(page.page_no)
                                      .Int(box_no)
                                      .Text(box.symbol_confidence),
                                  doing));
      }
    }
  }
  return WriteExtracted(part, w);
}

Status Store::Impl::InsertPageText(std::string_view text, Writing* w) {
  for (size_t at = 0; at < text.size();) {
    const size_t end = PageTextPartEnd(text, at);
    if (size_t(w->part_no) + 1 >= kMaxPageTextParts) {
      return InvalidArgument(w->doing + ": page " +
                             std::to_string(w->last_page) + ": text of more " +
                             "than " + std::to_string(kMaxPageTextParts) +
                             " parts");
    }
    TALLY_RETURN_IF_ERROR(Run(Use(kInsertPageText)
                                  .Int(w->doc_id)
                                  .Int(w->last_page)
                                  .Int(++w->part_no)
                                  .Int(w->text_bytes)
                                  .Text(text.substr(at, end - at)),
                              w->doing));
    w->text_bytes += int64_t(end - at);
    at = end;
  }
  return Status::OK();
}

Status Store::Impl::WriteExtracted(const DocumentRecord& doc, Writing* w) {
  const std::string& doing = w->doing;
  const int64_t doc_id = w->doc_id;
  // A dangling index would store a reference to nothing; refuse the record.
  auto section_no = [&](int index) -> std::optional<int64_t> {
    if (index < 0 || index >= int(w->sections.size())) return std::nullopt;
    return index + 1;
  };
  for (const Section& sec : doc.sections) {
    const int i = int(w->sections.size());
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
    w->sections.push_back(sec);
  }
  const int sections = int(w->sections.size());
  std::unordered_map<int64_t, int64_t>& fact_ids = w->fact_ids;
  std::vector<int64_t>& rowids = w->fact_rowids;
  for (const Fact& f : doc.facts) {
    if (f.section >= sections) {
      return InvalidArgument(doing + ": a fact names section " +
                             std::to_string(f.section) + " of " +
                             std::to_string(sections));
    }
    const std::string title =
        f.section >= 0 ? w->sections[f.section].title : std::string();
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
                .Text(f.rule_id)
                .TextOrNull(BaseUnit(f.unit))
                .TextOrNull(f.role)
                .IntOrNull(f.sentence_begin, f.sentence_end > 0)
                .IntOrNull(f.sentence_end, f.sentence_end > 0),
            doing));
    rowids.push_back(sqlite3_last_insert_rowid(db));
    if (f.fact_id != 0 &&
        !fact_ids.emplace(f.fact_id, sqlite3_last_insert_rowid(db)).second) {
      return InvalidArgument(doing + ": fact id " + std::to_string(f.fact_id) +
                             " repeated");
    }
  }
  for (const IndicatorRow& r : doc.indicators) {
    // The analyst's columns (schema.sql): the printed cells taken apart.
    const Weighted level1 = SplitWeight(r.level1),
                   level2 = SplitWeight(r.level2);
    const Comparison none;
    const std::optional<Comparison> target = ParseComparison(r.target);
    const std::optional<Comparison> actual = ParseComparison(r.actual);
    const Comparison& t = target ? *target : none;
    const Comparison& a = actual ? *actual : none;
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
                                  .TextOrNull(r.source)
                                  .TextOrNull(level1.name)
                                  .TextOrNull(level1.weight)
                                  .TextOrNull(level2.name)
                                  .TextOrNull(level2.weight)
                                  .Optional(target, t.op)
                                  .TextOrNull(t.value)
                                  .Optional(target, t.unit)
                                  .Optional(actual, a.op)
                                  .TextOrNull(a.value)
                                  .Optional(actual, a.unit),
                              doing));
  }
  for (const BudgetRow& r : doc.budgets) {
    TALLY_RETURN_IF_ERROR(Run(
        Use(kInsertBudget)
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
            .TextOrNull(r.source)
            .TextOrNull(BaseUnit(r.unit))
            .RealOrNull(std::pow(10, UnitExponent(r.unit)), !r.unit.empty()),
        doing));
  }
  for (const Relation& rel : doc.relations) {
    const int64_t no = ++w->relations;
    TALLY_RETURN_IF_ERROR(Run(Use(kInsertRelation)
                                  .Int(doc_id)
                                  .Int(no)
                                  .Text(rel.kind)
                                  .Text(rel.rule)
                                  .TextOrNull(rel.name)
                                  .TextOrNull(rel.complete)
                                  .TextOrNull(rel.evidence)
                                  .TextOrNull(rel.detail)
                                  .IntOrNull(rel.page_no, rel.page_no > 0),
                              doing));
    int position = 0;
    for (const RelationMember& m : rel.members) {
      if (m.fact < 0 || size_t(m.fact) >= rowids.size()) {
        return InvalidArgument(doing + ": relation " + std::to_string(no) +
                               " names fact " + std::to_string(m.fact) +
                               " of " + std::to_string(rowids.size()));
      }
      TALLY_RETURN_IF_ERROR(Run(Use(kInsertRelationMember)
                                    .Int(doc_id)
                                    .Int(no)
                                    .Int(++position)
                                    .Text(m.role)
                                    .Int(rowids[size_t(m.fact)]),
                                doing));
    }
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
  return InsertFindings(doc_id, findings);
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
  return InsertFindings(doc_id, findings);
}

Status Store::Impl::InsertFindings(int64_t doc_id,
                                   const std::vector<Finding>& findings) {
  const std::string doing =
      "writing the findings of document " + std::to_string(doc_id);
  for (const Finding& f : findings) {
    TALLY_RETURN_IF_ERROR(Run(Use(kInsertFinding)
                                  .Int(doc_id)
                                  .Text(f.rule)
                                  .Text(f.severity)
                                  .Text(f.message)
                                  .TextOrNull(f.expected)
                                  .TextOrNull(f.actual)
                                  .IntOrNull(f.page_no, f.page_no > 0)
                                  .TextOrNull(f.suggested)
                                  .TextOrNull(f.reading)
                                  .TextOrNull(f.alternatives)
                                  .IntOrNull(f.relation + 1, f.relation >= 0),
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

StatusOr<PutResult> Store::PutDocument(const DocumentRecord& doc) {
  PutResult result;
  Status s = impl_->Transaction("writing " + doc.path,
                                [&] { return impl_->Write(doc, &result); });
  if (!s.ok()) return s;
  return result;
}

StatusOr<PutResult> Store::BeginDocument(const DocumentRecord& head) {
  if (impl_->writing) return Internal("a document is being written");
  TALLY_RETURN_IF_ERROR(impl_->BeginWrite("writing " + head.path));
  Store::Impl::Writing w;
  Status s = impl_->Begin(head, &w);
  if (s.ok() && w.inserted) s = impl_->WritePart(head, false, &w);
  if (!s.ok()) {
    impl_->Rollback();
    return s;
  }
  PutResult result{w.doc_id, w.inserted, w.version};
  impl_->writing = std::move(w);
  return result;
}

Status Store::AddToDocument(const DocumentRecord& part, bool continues_page) {
  if (!impl_->writing) return Internal("no document is open");
  if (!impl_->writing->inserted) return Status::OK();
  Status s = impl_->WritePart(part, continues_page, &*impl_->writing);
  if (!s.ok()) AbortDocument();
  return s;
}

Status Store::AddPageText(std::string_view more) {
  if (!impl_->writing) return Internal("no document is open");
  Store::Impl::Writing& w = *impl_->writing;
  if (!w.inserted) return Status::OK();
  Status s;
  if (w.last_page == 0 || w.stage > 0) {
    s = InvalidArgument(w.doing + ": a piece of text continues no page");
  } else if (!WholeCharacters(more)) {
    s = InvalidArgument(w.doing + ": a piece of page " +
                        std::to_string(w.last_page) +
                        "'s text starts or ends inside a character");
  } else {
    s = impl_->InsertPageText(more, &w);
  }
  if (!s.ok()) AbortDocument();
  return s;
}

Status Store::CommitDocument() {
  if (!impl_->writing) return Internal("no document is open");
  Status s = impl_->EndWrite(impl_->writing->doing);
  impl_->writing.reset();
  if (!s.ok()) impl_->Rollback();
  return s;
}

void Store::AbortDocument() {
  if (!impl_->writing) return;
  impl_->writing.reset();
  impl_->Rollback();
}

Status Store::BeginBatch() {
  if (impl_->batch) return Internal("a batch is open already");
  if (impl_->writing) return Internal("a document is being written");
  TALLY_RETURN_IF_ERROR(impl_->Exec("BEGIN IMMEDIATE", "starting a batch"));
  if (Status s = impl_->DeferIndexing(); !s.ok()) {
    impl_->Rollback();
    return s;
  }
  impl_->batch = true;
  return Status::OK();
}

Status Store::CommitBatch() {
  if (!impl_->batch) return Internal("no batch is open");
  if (impl_->writing) return Internal("a document is being written");
  impl_->batch = false;
  constexpr char kDoing[] = "committing a batch";
  if (sqlite3_get_autocommit(impl_->db)) return impl_->BatchLost(kDoing);
  Status s = impl_->IndexBatch();
  if (s.ok()) s = impl_->Exec("COMMIT", kDoing);
  if (!s.ok()) impl_->Rollback();
  return s;
}

void Store::AbortBatch() {
  if (!impl_->batch) return;
  AbortDocument();
  impl_->batch = false;
  impl_->Rollback();  // (the search index's triggers come back with it)
  impl_->deferred_triggers.clear();
  impl_->batch_docs.clear();
}

Status Store::RecordPath(const std::string& path, const std::string& sha256,
                         int64_t size, int64_t mtime_ns) {
  return impl_->Transaction("recording " + path, [&]() -> Status {
    Stmt s = impl_->Use(kFindCurrent);
    s.Text(sha256);
    int rc = s.Step();
    if (rc == SQLITE_DONE) return Status::OK();  // not stored
    if (rc != SQLITE_ROW) return impl_->Error(rc, "recording " + path);
    return impl_->NotePath(path, sha256, size, mtime_ns, "recording " + path);
  });
}

Status Store::ReplaceFindings(int64_t doc_id,
                              const std::vector<Finding>& findings) {
  return impl_->Transaction("writing findings", [&] {
    return impl_->WriteFindings(doc_id, findings);
  });
}

}  // namespace tally::store
