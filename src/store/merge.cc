// MergeFrom: combining the databases of sharded ingestion (store.h says how
// conflicts are decided). Kept out of the connection's core the way leveldb
// keeps repair out of db_impl: it reads another tally database and replays
// its documents through the same identity rules as PutDocument.
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "store/internal.h"
#include "store/store.h"

namespace tally::store {

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

namespace {

// Columns (doc_id, path, coalesce(sha256, ''), pipeline_version,
// ingested_at).
Version ReadVersion(sqlite3_stmt* s) {
  return {sqlite3_column_int64(s, 0), ColumnText(s, 1), ColumnText(s, 2),
          ColumnText(s, 3), ColumnText(s, 4)};
}

// The tables that hang off a document, in an order that satisfies their
// foreign keys, each with the condition that selects one document's rows.
// MergeFrom copies them; a table added to the schema must be added here.
struct ChildTable {
  const char* name;
  const char* rows_of_doc;  // one ? for the doc_id
};
constexpr ChildTable kChildTables[] = {
    {"pages", "doc_id = ?"},
    {"page_text", "doc_id = ?"},
    {"lines", "doc_id = ?"},
    {"boxes", "doc_id = ?"},
    {"box_symbols", "doc_id = ?"},
    {"sections", "doc_id = ?"},
    {"facts", "doc_id = ?"},
    {"indicators", "doc_id = ?"},
    {"budgets", "doc_id = ?"},
    {"relations", "doc_id = ?"},
    {"relation_members", "doc_id = ?"},
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

}  // namespace

Status Store::Impl::FindVersion(Sql which, const std::string& key,
                                std::string_view doing,
                                std::optional<Version>* found) {
  Stmt s = Use(which);
  s.Text(key);
  found->reset();
  return ForEachRow(s, doing,
                    [&](sqlite3_stmt* r) { *found = ReadVersion(r); });
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
  // A table the input's older schema lacks (box_symbols before 9) has
  // nothing to copy.
  if (there.empty()) return Status::OK();
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
  if (c.select == nullptr) return Status::OK();  // no such table there
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
  return MergePaths(in, doing);
}

// Every path the input saw holding some bytes, the later sighting of a path
// winning (an input from before the paths table: its documents' own paths).
// A path taken from the input has no stamp (store.h, PathStamps): it was
// seen on another machine, and an earlier stamp here is of other bytes.
Status Store::Impl::MergePaths(Impl& in, const std::string& doing) {
  bool has_paths = false;
  {
    OwnedStmt probe;
    TALLY_RETURN_IF_ERROR(in.Prepare(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'paths'",
        &probe, doing));
    Stmt s(probe.get());
    TALLY_RETURN_IF_ERROR(
        in.ForEachRow(s, doing, [&](sqlite3_stmt*) { has_paths = true; }));
  }
  OwnedStmt read, upsert;
  TALLY_RETURN_IF_ERROR(
      in.Prepare(has_paths ? "SELECT path, sha256, seen_at FROM paths"
                           : "SELECT path, sha256, ingested_at FROM documents"
                             " WHERE superseded = 0 AND sha256 IS NOT NULL",
                 &read, doing));
  TALLY_RETURN_IF_ERROR(
      Prepare("INSERT INTO paths (path, sha256, seen_at) VALUES (?, ?, ?)"
              " ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256,"
              " seen_at = excluded.seen_at, size = NULL, mtime_ns = NULL"
              " WHERE excluded.seen_at > paths.seen_at",
              &upsert, doing));
  Stmt r(read.get());
  Status status;
  TALLY_RETURN_IF_ERROR(in.ForEachRow(r, doing, [&](sqlite3_stmt* row) {
    if (!status.ok()) return;
    Stmt u(upsert.get());
    u.Value(sqlite3_column_value(row, 0))
        .Value(sqlite3_column_value(row, 1))
        .Value(sqlite3_column_value(row, 2));
    status = Run(u, doing);
  }));
  return status;
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

}  // namespace tally::store
