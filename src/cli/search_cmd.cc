// tally search: Chinese full-text search over the stored pages; tally index:
// (re)builds the search index of a database.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/cli.h"
#include "cli/commands.h"
#include "store/store.h"

namespace tally::cli {
namespace {

constexpr char kSearchHelp[] =
    R"(Usage: tally search --db FILE QUERY... [--bureau B] [--year Y] [--limit N]

Finds the pages of the current documents that contain every term of QUERY
(terms are separated by spaces) and prints, for each, the document, page,
path, bureau and fiscal year, then a snippet of the page text with the
matches marked (【】, or bold on a terminal). A term of Chinese characters
matches where those characters stand next to each other, whatever its
length: 医保, 执行率, 医保基金 find what `text LIKE '%医保%'` finds. A term of
letters and digits matches whole words, ignoring case; punctuation only
separates terms.

The index (page_fts, and the view v_search for SQL; see the README) is
built during ingest; `tally index` builds it for a database from before it.
A read-only database without one is searched page by page, with the same
result.

Options:
  --db FILE     the database (must exist; only read)
  --bureau B    only documents of this bureau (as in v_documents.bureau)
  --year Y      only documents of this fiscal year
  --limit N     print at most N pages (default 100; 0 for all); the count
                of all matching pages is printed at the end

Exit codes: 0 some page matches; 1 none; 2 usage; 3 database error.
)";

constexpr char kIndexHelp[] = R"(Usage: tally index --db FILE

Builds the full-text search index of FILE (used by `tally search` and the
view v_search) from every stored page, replacing the one there was. An
ingest keeps the index current by itself, and a database from before the
index gets it on its first ingest, so this is for such a database when
nothing is to be ingested, or to rebuild.

Exit codes: 0 ok; 2 usage; 3 database error (including a read-only file).
)";

// Opens an existing database; an error message names it otherwise.
StatusOr<std::unique_ptr<store::Store>> OpenExisting(const std::string& db,
                                                     bool read_only) {
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) return NotFound(db + ": no such file");
  store::Options options;
  options.read_only = read_only;
  return store::Store::Open(db, options);
}

}  // namespace

int Search(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.help) {
    out << kSearchHelp;
    return kOk;
  }
  for (const auto& [flag, value] : args.flags) {
    if (flag != "--db" && flag != "--bureau" && flag != "--year" &&
        flag != "--limit") {
      err << "tally search: unknown option " << flag << "\n";
      return kUsage;
    }
  }
  std::string db = args.Get("--db");
  if (db.empty() || args.positional.empty()) {
    err << "tally search: --db FILE and a QUERY are required\n" << kSearchHelp;
    return kUsage;
  }
  store::SearchOptions options;
  options.bureau = args.Get("--bureau");
  options.limit = 100;
  long v = 0;
  if (args.Has("--year")) {
    if (!ParseInt(args.Get("--year"), 1900, 2999, &v)) {
      err << "tally search: --year wants a year such as 2022\n";
      return kUsage;
    }
    options.fiscal_year = int(v);
  }
  if (args.Has("--limit")) {
    if (!ParseInt(args.Get("--limit"), 0, 1 << 30, &v)) {
      err << "tally search: --limit wants a number (0 for all)\n";
      return kUsage;
    }
    options.limit = int(v);
  }
  const bool tty = isatty(STDOUT_FILENO);
  if (tty) {
    options.open = "\033[1;31m";
    options.close = "\033[0m";
  }
  std::string query;
  for (const std::string& p : args.positional) {
    query += (query.empty() ? "" : " ") + p;
  }
  auto store = OpenExisting(db, /*read_only=*/true);
  if (!store.ok()) {
    err << "tally search: cannot open database: " << store.status().message()
        << "\n";
    return kDatabase;
  }
  StatusOr<store::SearchResult> r = (*store)->Search(query, options);
  if (!r.ok()) {
    err << "tally search: " << r.status().message() << "\n";
    return r.status().code() == StatusCode::kInvalidArgument ? kUsage
                                                             : kDatabase;
  }
  for (const store::SearchHit& h : r->hits) {
    out << "doc " << h.doc_id << "  p." << h.page_no << "  " << h.path;
    if (!h.bureau.empty()) out << "  " << h.bureau;
    if (h.fiscal_year) out << "  " << *h.fiscal_year;
    out << "\n    " << h.snippet << "\n";
  }
  out << r->total << " page(s) match";
  if (r->hits.size() < size_t(r->total)) {
    out << "; the first " << r->hits.size() << " shown (--limit 0 for all)";
  }
  out << "\n";
  return r->total > 0 ? kOk : kSomeFailed;
}

int Index(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.help) {
    out << kIndexHelp;
    return kOk;
  }
  for (const auto& [flag, value] : args.flags) {
    if (flag != "--db") {
      err << "tally index: unknown option " << flag << "\n";
      return kUsage;
    }
  }
  std::string db = args.Get("--db");
  if (db.empty() || !args.positional.empty()) {
    err << "tally index: --db FILE is required\n" << kIndexHelp;
    return kUsage;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto store = OpenExisting(db, /*read_only=*/false);
  if (!store.ok()) {
    err << "tally index: cannot open database: " << store.status().message()
        << "\n";
    return kDatabase;
  }
  StatusOr<int64_t> pages = (*store)->BuildSearchIndex();
  if (!pages.ok()) {
    err << "tally index: " << pages.status().message() << "\n";
    return kDatabase;
  }
  char line[128];
  std::snprintf(
      line, sizeof line, "indexed %lld page(s) in %.2f s\n",
      static_cast<long long>(*pages),
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count());
  out << line;
  return kOk;
}

}  // namespace tally::cli
