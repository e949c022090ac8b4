// bench_search: full-text search over many pages, timed.
//
//   bench_search --db FILE [--make N --seeds DIR] [--runs R] TERM...
//
// With --make, first writes a fresh database FILE of N pages (documents of
// 10 pages, each page 30 lines drawn at random, with a fixed seed, from the
// seed reports' lines; bureaus and years varied), indexed as an ingest
// indexes. Then, for each TERM, times (median of R runs, default 9):
//   search20   Store::Search with --limit 20: the hits counted, 20 snippets
//              (and its CPU time: the wall time less the waits for a core)
//   search0    Store::Search with every hit's snippet (median of 3)
//   like       SELECT doc_id, page_no FROM v_pages WHERE text LIKE '%TERM%'
// and checks that the search finds exactly the pages LIKE finds (exit 1 if
// not). Also prints the index's size and the time to rebuild it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/file.h"
#include "store/store.h"
#include "tools/flags.h"

namespace {

using tally::store::Store;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// This process's CPU time in ms: on a machine shared with other work the
// wall time also counts the waits for a core, the CPU time does not.
double CpuMs() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Wall and CPU time of f in ms, each the median of runs.
struct Times {
  double wall = 0, cpu = 0;
};
template <typename F>
Times Median(int runs, F f) {
  std::vector<double> wall, cpu;
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clock::now();
    double c0 = CpuMs();
    f();
    cpu.push_back(CpuMs() - c0);
    wall.push_back(Ms(t0));
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

int Make(const std::string& db, int pages, const std::string& seeds) {
  std::vector<std::string> lines;
  for (const auto& e : fs::directory_iterator(seeds)) {
    auto text = tally::ReadFile(e.path().string());
    if (!text.ok()) continue;
    size_t p = 0;
    while (p < text->size()) {
      size_t nl = text->find('\n', p);
      if (nl == std::string::npos) nl = text->size();
      if (nl > p) lines.push_back(text->substr(p, nl - p));
      p = nl + 1;
    }
  }
  if (lines.empty()) {
    std::fprintf(stderr, "bench_search: no lines in %s\n", seeds.c_str());
    return 2;
  }
  fs::remove(db);
  fs::remove(db + "-wal");
  fs::remove(db + "-shm");
  auto store = Store::Open(db, tally::store::Options());
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 3;
  }
  std::mt19937 rng(12345);
  const char* bureaus[] = {"乐昌市医疗保障局", "益阳市医疗保障局",
                           "临泽县医疗保障局", "某市财政局"};
  auto t0 = Clock::now();
  for (int d = 0; d * 10 < pages; ++d) {
    tally::store::DocumentRecord rec;
    char sha[65];
    std::snprintf(sha, sizeof sha, "%064x", d + 1);
    rec.path = "/bench/" + std::to_string(d) + ".txt";
    rec.sha256 = sha;
    rec.file_kind = "text";
    rec.status = "ok";
    rec.pipeline_version = "bench";
    rec.bureau = bureaus[d % 4];
    rec.fiscal_year = 2019 + d % 5;
    for (int p = 1; p <= 10 && d * 10 + p <= pages; ++p) {
      tally::store::PageRecord page;
      page.page_no = p;
      page.source = "text";
      for (int l = 0; l < 30; ++l) {
        page.text += lines[rng() % lines.size()] + "\n";
      }
      rec.pages.push_back(std::move(page));
    }
    rec.page_count = int(rec.pages.size());
    auto put = (*store)->PutDocument(rec);
    if (!put.ok()) {
      std::fprintf(stderr, "%s\n", put.status().ToString().c_str());
      return 3;
    }
  }
  std::printf("made %d pages in %.1f s (indexed as stored)\n", pages,
              Ms(t0) / 1000);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, make, seeds, runs_flag;
  std::vector<std::string> terms;
  for (int i = 1; i < argc; ++i) {
    if (tally::tools::TakeFlag(argc, argv, &i, "--db", &db) ||
        tally::tools::TakeFlag(argc, argv, &i, "--make", &make) ||
        tally::tools::TakeFlag(argc, argv, &i, "--seeds", &seeds) ||
        tally::tools::TakeFlag(argc, argv, &i, "--runs", &runs_flag)) {
      continue;
    }
    terms.push_back(argv[i]);
  }
  if (db.empty() || terms.empty() || (!make.empty() && seeds.empty())) {
    std::fprintf(stderr,
                 "usage: bench_search --db FILE [--make N --seeds DIR] "
                 "[--runs R] TERM...\n");
    return 2;
  }
  const int runs = runs_flag.empty() ? 9 : std::max(1, std::stoi(runs_flag));
  if (!make.empty()) {
    if (int rc = Make(db, std::stoi(make), seeds); rc != 0) return rc;
  }
  auto store = Store::Open(db, tally::store::Options());
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 3;
  }
  Store& s = **store;
  auto one = [&](const std::string& sql) {
    auto q = s.Query(sql);
    return q.ok() && !q->rows.empty() ? q->rows[0][0].value_or("") : "?";
  };
  std::printf("pages: %s, page text %s MB, index (page_fts) %s MB\n",
              one("SELECT count(*) FROM v_pages").c_str(),
              one("SELECT round(sum(length(CAST(text AS BLOB))) / 1e6, 1) "
                  "FROM pages")
                  .c_str(),
              one("SELECT round(sum(pgsize) / 1e6, 1) FROM dbstat WHERE "
                  "name LIKE 'page_fts%'")
                  .c_str());
  auto t0 = Clock::now();
  auto built = s.BuildSearchIndex();
  if (!built.ok()) {
    std::fprintf(stderr, "%s\n", built.status().ToString().c_str());
    return 3;
  }
  std::printf("rebuilding the index: %.0f ms for %lld pages\n", Ms(t0),
              static_cast<long long>(*built));
  std::printf("%-10s %7s %11s %11s %11s %11s  %s\n", "term", "pages",
              "search20", "(CPU)", "search0", "like", "same pages as LIKE");
  bool all_same = true;
  for (const std::string& term : terms) {
    tally::store::SearchOptions first20, all;
    first20.limit = 20;
    all.limit = 0;
    tally::store::SearchResult r;
    Times t20 = Median(runs, [&] { r = *s.Search(term, first20); });
    double t0all =
        Median(std::min(runs, 3), [&] { r = *s.Search(term, all); }).wall;
    std::set<std::pair<std::string, std::string>> found, like;
    for (const auto& h : r.hits) {
      found.insert({std::to_string(h.doc_id), std::to_string(h.page_no)});
    }
    const std::string sql =
        "SELECT doc_id, page_no FROM v_pages WHERE text LIKE '%" + term + "%'";
    tally::StatusOr<tally::store::QueryResult> q = s.Query(sql);
    double tl = Median(runs, [&] { q = s.Query(sql); }).wall;
    if (q.ok()) {
      for (const auto& row : q->rows) like.insert({*row[0], *row[1]});
    }
    bool same = q.ok() && found == like && size_t(r.total) == like.size();
    all_same &= same;
    std::printf("%-10s %7lld %8.2f ms %8.2f ms %8.2f ms %8.2f ms  %s\n",
                term.c_str(), static_cast<long long>(r.total), t20.wall,
                t20.cpu, t0all, tl, same ? "yes" : "NO");
  }
  return all_same ? 0 : 1;
}
