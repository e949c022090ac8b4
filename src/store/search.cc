// Full-text search: the page_fts index over page text, defined by
// schema.sql's last section (tokenizer.h says how it reads Chinese), kept
// current by its triggers; Store::Search.
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/utf8.h"
#include "store/internal.h"
#include "store/tokenizer.h"

namespace tally::store {

extern const char kSchemaSql[];  // schema.sql, embedded by CMake

namespace {

// meta.search_index: the version of the index that schema.sql's last
// section makes. A database whose index is older (1 had its own tokenizer)
// or absent gets it rebuilt by its next read-write open; 3 indexes a large
// page in pieces.
constexpr char kIndexVersion[] = "3";

// What a rebuild drops before it runs that section again.
constexpr char kDropIndex[] = R"sql(
DROP VIEW IF EXISTS v_search;
DROP TRIGGER IF EXISTS pages_search_insert;
DROP TRIGGER IF EXISTS pages_search_delete;
DROP TRIGGER IF EXISTS pages_search_update;
DROP TRIGGER IF EXISTS page_text_search_insert;
DROP TABLE IF EXISTS page_fts;
)sql";

// The first line of schema.sql's search section.
constexpr std::string_view kSectionStart = "-- Full-text search (";

// Splits a query at whitespace (ASCII or ideographic) into its terms.
std::vector<std::string> Terms(const std::string& query) {
  std::vector<std::string> terms;
  std::string term;
  size_t pos = 0;
  while (pos < query.size()) {
    size_t start = pos;
    char32_t c = DecodeUtf8(query, &pos);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
                 c == 0x3000 || c == 0xA0;
    if (!space) {
      term.append(query, start, pos - start);
    } else if (!term.empty()) {
      terms.push_back(std::move(term));
      term.clear();
    }
  }
  if (!term.empty()) terms.push_back(std::move(term));
  return terms;
}

// text around its first match, every match within marked, cut at whole
// characters with "…" (also at its start and end if the page's text goes on
// before and after it), newlines and tabs as spaces.
std::string Snippet(const std::string& text,
                    const std::vector<std::string>& terms,
                    const SearchOptions& options, bool more_before,
                    bool more_after) {
  std::vector<std::pair<size_t, size_t>> matches;
  for (const std::string& t : terms) {
    for (const auto& m : FindTerm(text, t)) matches.push_back(m);
  }
  std::sort(matches.begin(), matches.end());
  // Code point boundaries, to count and cut by characters.
  std::vector<size_t> cps;
  for (size_t pos = 0; pos < text.size();) {
    cps.push_back(pos);
    DecodeUtf8(text, &pos);
  }
  cps.push_back(text.size());
  auto index_of = [&](size_t byte) {
    return size_t(std::lower_bound(cps.begin(), cps.end(), byte) - cps.begin());
  };
  const size_t n = cps.size() - 1;
  const size_t want = size_t(std::max(options.snippet_chars, 1));
  size_t first = matches.empty() ? 0 : index_of(matches[0].first);
  size_t last = matches.empty() ? 0 : index_of(matches[0].second);
  size_t from = first > want / 3 ? first - want / 3 : 0;
  size_t to = std::min(n, std::max(last, from + want));
  std::string out = from > 0 || more_before ? "…" : "";
  size_t pos = cps[from];
  for (const auto& [b, e] : matches) {
    if (b < pos || e > cps[to]) continue;  // overlaps one marked, or outside
    out.append(text, pos, b - pos);
    out += options.open;
    out.append(text, b, e - b);
    out += options.close;
    pos = e;
  }
  out.append(text, pos, cps[to] - pos);
  if (to < n || more_after) out += "…";
  for (char& c : out) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

Status Store::Impl::EnsureSearchIndex(bool rebuild) {
  constexpr char kDoing[] = "building the search index";
  return Transaction(kDoing, [&]() -> Status {
    if (!rebuild) {
      OwnedStmt probe;
      TALLY_RETURN_IF_ERROR(Prepare(
          "SELECT value FROM meta WHERE key = 'search_index'", &probe, kDoing));
      Stmt s(probe.get());
      int rc = s.Step();
      if (rc == SQLITE_ROW && ColumnText(probe.get(), 0) == kIndexVersion) {
        return Status::OK();
      }
      if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error(rc, kDoing);
    }
    std::string_view schema = kSchemaSql;
    size_t start = schema.find(kSectionStart);
    if (start == std::string_view::npos) {
      return Internal("schema.sql has no search section");
    }
    TALLY_RETURN_IF_ERROR(Exec(kDropIndex, kDoing));
    return Exec(std::string(schema.substr(start)).c_str(), kDoing);
  });
}

// FTS5 writes the terms it holds as a new segment of the index whenever a
// statement that may need undoing begins (its savepoint), which an insert
// into pages is, for its trigger: indexed by the triggers, every page of a
// batch is a segment of its own, and FTS5's merging rewrites them again and
// again. So a batch (Store::BeginBatch) drops the insert triggers inside its
// transaction, and IndexBatch indexes its documents' pages in one statement
// (one segment) and makes the triggers again before the commit: no other
// connection ever sees the database without them, and a batch rolled back
// or cut short by a crash takes the change with it.
Status Store::Impl::DeferIndexing() {
  constexpr char kDoing[] = "starting a batch";
  deferred_triggers.clear();
  batch_docs.clear();
  OwnedStmt find;
  TALLY_RETURN_IF_ERROR(
      Prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND"
              " name IN ('pages_search_insert', 'page_text_search_insert')"
              " ORDER BY name",
              &find, kDoing));
  std::vector<std::string> names;
  {
    Stmt f(find.get());
    TALLY_RETURN_IF_ERROR(ForEachRow(f, kDoing, [&](sqlite3_stmt* r) {
      names.push_back(ColumnText(r, 0));
      deferred_triggers.push_back(ColumnText(r, 1));
    }));
  }
  // Both or neither: pages and their parts are indexed together.
  if (names.size() != 2) {
    deferred_triggers.clear();
    return Status::OK();
  }
  for (const std::string& name : names) {
    TALLY_RETURN_IF_ERROR(Exec(("DROP TRIGGER " + name).c_str(), kDoing));
  }
  return Status::OK();
}

Status Store::Impl::IndexBatch() {
  constexpr char kDoing[] = "indexing a batch";
  if (deferred_triggers.empty()) return Status::OK();
  if (!batch_docs.empty()) {
    // What the insert triggers (schema.sql) would have written, for the
    // pages of the batch's documents (a document written in the batch has
    // only pages written in it; one rolled back has none).
    std::string ids = "[";
    for (int64_t id : batch_docs) {
      ids += (ids.size() > 1 ? "," : "") + std::to_string(id);
    }
    ids += "]";
    OwnedStmt index;
    TALLY_RETURN_IF_ERROR(Prepare(
        "INSERT INTO page_fts (rowid, text)"
        " SELECT (p.doc_id << 31) + (p.page_no << 11) + k.key,"
        "        tally_search_text(p.text, k.key)"
        " FROM pages p, json_each(tally_search_pieces(p.text)) k"
        " WHERE p.doc_id IN (SELECT value FROM json_each(?1))"
        " UNION ALL"
        " SELECT (t.doc_id << 31) + (t.page_no << 11) + t.part_no,"
        "        tally_search_text(t.text)"
        " FROM page_text t WHERE t.doc_id IN (SELECT value FROM json_each(?1))",
        &index, kDoing));
    Stmt i(index.get());
    TALLY_RETURN_IF_ERROR(Run(i.Text(ids), kDoing));
  }
  batch_docs.clear();
  for (const std::string& sql : deferred_triggers) {
    TALLY_RETURN_IF_ERROR(Exec(sql.c_str(), kDoing));
  }
  deferred_triggers.clear();
  return Status::OK();
}

StatusOr<bool> Store::HasSearchIndex() {
  OwnedStmt stmt;
  constexpr char kDoing[] = "looking for the search index";
  TALLY_RETURN_IF_ERROR(impl_->Prepare(
      "SELECT count(*) FROM meta m, sqlite_schema s WHERE m.key ="
      " 'search_index' AND m.value = ?1 AND s.name = 'page_fts'",
      &stmt, kDoing));
  Stmt s(stmt.get());
  s.Text(kIndexVersion);
  if (int rc = s.Step(); rc != SQLITE_ROW) return impl_->Error(rc, kDoing);
  return sqlite3_column_int64(stmt.get(), 0) > 0;
}

StatusOr<int64_t> Store::BuildSearchIndex() {
  if (sqlite3_db_readonly(impl_->db, "main") == 1) {
    return PermissionDenied(impl_->path +
                            ": cannot build the search index: the database "
                            "was opened read-only");
  }
  TALLY_RETURN_IF_ERROR(impl_->EnsureSearchIndex(/*rebuild=*/true));
  StatusOr<QueryResult> n = Query("SELECT count(*) FROM page_fts");
  if (!n.ok()) return n.status();
  return std::stoll(n->rows[0][0].value_or("0"));
}

StatusOr<SearchResult> Store::Search(const std::string& query,
                                     const SearchOptions& options) {
  std::vector<std::string> terms = Terms(query);
  std::string match;
  for (const std::string& t : terms) {
    std::string phrase = MatchQuery(t);
    if (phrase.empty()) {
      return InvalidArgument("nothing to search for in '" + t +
                             "' (punctuation and spaces only separate terms)");
    }
    match += (match.empty() ? "" : " ") + phrase;
  }
  if (terms.empty()) return InvalidArgument("empty search query");
  StatusOr<bool> indexed = HasSearchIndex();
  if (!indexed.ok()) return indexed.status();
  const std::string doing = "searching for " + query;
  // Without the index: every piece of every term, as LIKE patterns.
  std::vector<std::string> patterns;
  for (const std::string& t : terms) {
    for (const std::string& piece : Pieces(t)) {
      std::string like = "%";
      for (char c : piece) {
        if (c == '%' || c == '_' || c == '\\') like += '\\';
        like += c;
      }
      patterns.push_back(like + "%");
    }
  }
  // The candidates: with the index, exactly the hits; without, the pages
  // holding every piece (LIKE, case-insensitive for ASCII as the search
  // text is), confirmed below by the tokenizer's own reading.
  std::string sql;
  if (*indexed) {
    sql =
        // In rowid order, which FTS5 gives without sorting: a large page's
        // pieces are rows of their own (schema.sql), next to each other, and
        // the loop below keeps a page's first. (A GROUP BY page here sorted
        // every hit in a temporary B-tree: 医保 on 10,000 pages took 30 ms
        // of CPU instead of 11, tools/bench_search.sh.)
        "SELECT s.rowid >> 31, (s.rowid >> 11) & 1048575, d.path, d.bureau,"
        " d.fiscal_year, s.rowid & 2047 FROM page_fts s JOIN documents d"
        " ON d.doc_id = s.rowid >> 31 WHERE page_fts MATCH ?3"
        " AND d.superseded = 0 AND (?1 IS NULL OR d.bureau = ?1)"
        " AND (?2 IS NULL OR d.fiscal_year = ?2) ORDER BY s.rowid";
  } else {
    // (The whole text of each page: v_pages.)
    sql =
        "SELECT p.doc_id, p.page_no, p.path, p.bureau, p.fiscal_year, 0"
        " FROM v_pages p WHERE (?1 IS NULL OR p.bureau = ?1)"
        " AND (?2 IS NULL OR p.fiscal_year = ?2) AND ?3 IS NOT NULL";
    for (size_t i = 0; i < patterns.size(); ++i) {
      sql += " AND p.text LIKE ?" + std::to_string(i + 4) + " ESCAPE '\\'";
    }
    sql += " ORDER BY p.doc_id, p.page_no";
  }
  OwnedStmt stmt;
  TALLY_RETURN_IF_ERROR(impl_->Prepare(sql.c_str(), &stmt, doing));
  {
    Stmt s(stmt.get());
    s.TextOrNull(options.bureau);
    s.IntOrNull(options.fiscal_year.value_or(0),
                options.fiscal_year.has_value());
    s.Text(match);
    if (!*indexed) {
      for (const std::string& p : patterns) s.Text(p);
    }
    std::vector<SearchHit> candidates;
    std::vector<int64_t> pieces;  // the text each candidate is shown from
    // The index's hits after the first limit are only counted: they need
    // no confirming and no snippet.
    const size_t kept =
        *indexed && options.limit > 0 ? size_t(options.limit) : SIZE_MAX;
    int64_t counted = 0;
    std::pair<int64_t, int> last = {-1, -1};  // the last row's page
    TALLY_RETURN_IF_ERROR(impl_->ForEachRow(s, doing, [&](sqlite3_stmt* r) {
      const int64_t doc_id = sqlite3_column_int64(r, 0);
      const int page_no = sqlite3_column_int(r, 1);
      if (last == std::make_pair(doc_id, page_no)) {
        return;  // another piece of the page just listed
      }
      last = {doc_id, page_no};
      if (candidates.size() >= kept) {
        ++counted;
        return;
      }
      pieces.push_back(sqlite3_column_int64(r, 5));
      SearchHit& h = candidates.emplace_back();
      h.doc_id = doc_id;
      h.page_no = page_no;
      h.path = ColumnText(r, 2);
      h.bureau = ColumnText(r, 3);
      if (!IsNull(r, 4)) h.fiscal_year = sqlite3_column_int(r, 4);
    }));
    SearchResult result;
    result.total = counted;
    // The text a hit is shown from, and whether the page's text goes on
    // before and after it: without the index, the whole page (as it was
    // searched); with it, the piece that matched, which holds every term
    // (schema.sql): the part of a page stored in parts, or, for a page
    // stored whole before schema 11 (or a database without page_text, read
    // only), its whole text.
    OwnedStmt page;
    if (!*indexed ||
        !impl_
             ->Prepare(
                 "SELECT coalesce(t.text, p.text), t.part_no IS NOT NULL,"
                 " EXISTS (SELECT 1 FROM page_text n WHERE n.doc_id = ?1"
                 " AND n.page_no = ?2 AND n.part_no = coalesce(t.part_no, 0)"
                 " + 1) FROM pages p LEFT JOIN page_text t"
                 " ON t.doc_id = p.doc_id AND t.page_no = p.page_no"
                 " AND t.part_no = ?3 WHERE p.doc_id = ?1 AND p.page_no = ?2",
                 &page, doing)
             .ok()) {
      TALLY_RETURN_IF_ERROR(impl_->Prepare(
          "SELECT text, 0, 0 FROM v_pages WHERE doc_id = ?1 AND page_no = ?2"
          " AND ?3 IS NOT NULL",
          &page, doing));
    }
    for (size_t i = 0; i < candidates.size(); ++i) {
      SearchHit& h = candidates[i];
      const bool shown =
          options.limit <= 0 || result.hits.size() < size_t(options.limit);
      std::string text;
      bool before = false, after = false;
      {
        Stmt t(page.get());
        t.Int(h.doc_id).Int(h.page_no).Int(pieces[i]);
        if (int rc = t.Step(); rc != SQLITE_ROW) return impl_->Error(rc, doing);
        text = ColumnText(page.get(), 0);
        before = sqlite3_column_int(page.get(), 1) != 0;
        after = sqlite3_column_int(page.get(), 2) != 0;
      }
      if (!*indexed &&
          !std::all_of(terms.begin(), terms.end(), [&](const std::string& t) {
            return !FindTerm(text, t).empty();
          })) {
        continue;
      }
      ++result.total;
      if (!shown) continue;
      h.snippet = Snippet(text, terms, options, before, after);
      result.hits.push_back(std::move(h));
    }
    return result;
  }
}

}  // namespace tally::store
