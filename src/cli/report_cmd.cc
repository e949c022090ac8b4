// tally report: the HTML audit report of a database's documents.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/commands.h"
#include "report/report.h"
#include "store/store.h"

namespace tally::cli {
namespace {

constexpr char kReportHelp[] =
    R"(Usage: tally report --db FILE [--doc ID]... --out DIR [-j N]

Writes an audit report of the documents in FILE (all current ones, or each
--doc) into DIR as static HTML: DIR/index.html lists the documents with
status, bureau, year, kind and findings by severity (click a column to
sort); each document's page shows its metadata, how each page was read,
every finding with severity, rule, message, expected against stated, the
sentence or table row of each side, and a figure of that part of the page
with each cited fact's box drawn on it, linking to the whole page with all
its facts (hover for label, value, unit and rule); and the indicator table
with the cells findings cite marked. The report needs nothing but a
browser: no script, no network, the system's CJK fonts; it prints to PDF.

Page images are made from the files the documents were read from (a text
layer rendered by Poppler, a scanned page as OCR saw it after clean-up), by
N worker processes; a file that is gone or changed costs only its images.
The database is only read.

Options:
  --db FILE     the database (must exist)
  --doc ID      only this doc_id (repeatable; see v_documents)
  --out DIR     where to write (created if absent; an earlier report there
                is overwritten)
  -j N          worker processes making images (default 1)

Exit codes: 0 ok; 1 some page images could not be made (listed); 2 usage
(including an unknown doc_id); 3 database error or DIR not writable.
)";

}  // namespace

// Writes the report of ids (all current documents if empty) from store into
// dir; prints the summary and problems. Returns the exit code.
int WriteReport(store::Store* store, const std::vector<int64_t>& ids,
                const std::string& dir, int jobs, bool recheck,
                std::ostream& out, std::ostream& err) {
  report::Options options;
  options.jobs = jobs;
  options.recheck = recheck;
  if (isatty(STDERR_FILENO)) {
    options.on_progress = [&](int done, int total) {
      err << "\rreport: " << done << "/" << total << " documents"
          << (done == total ? "\n" : "") << std::flush;
    };
  }
  StatusOr<report::Summary> s = report::Write(store, ids, dir, options);
  if (!s.ok()) {
    err << "tally report: " << s.status().message() << "\n";
    return s.status().code() == StatusCode::kNotFound ? kUsage : kDatabase;
  }
  for (const std::string& p : s->problems) {
    err << "tally report: no image: " << p << "\n";
  }
  char line[256];
  std::snprintf(line, sizeof line,
                "report: %d document(s), %d page(s), %d finding(s); %d page "
                "image(s) and %d figure(s) in %.2f s: ",
                s->documents, s->pages, s->findings, s->page_images, s->figures,
                s->seconds);
  out << line << (std::filesystem::path(dir) / "index.html").string() << "\n";
  return s->problems.empty() ? kOk : kSomeFailed;
}

int Report(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.help) {
    out << kReportHelp;
    return kOk;
  }
  for (const auto& [flag, value] : args.flags) {
    if (flag != "--db" && flag != "--doc" && flag != "--out" && flag != "-j" &&
        flag != "--jobs") {
      err << "tally report: unknown option " << flag << "\n";
      return kUsage;
    }
  }
  std::string db = args.Get("--db"), dir = args.Get("--out");
  if (db.empty() || dir.empty() || !args.positional.empty()) {
    err << "tally report: --db FILE and --out DIR are required\n"
        << kReportHelp;
    return kUsage;
  }
  long jobs = 1;
  if (args.Has("-j") || args.Has("--jobs")) {
    if (!ParseInt(args.Has("-j") ? args.Get("-j") : args.Get("--jobs"), 1, 256,
                  &jobs)) {
      err << "tally report: -j wants a number from 1 to 256\n";
      return kUsage;
    }
  }
  std::vector<int64_t> ids;
  for (const std::string& d : args.docs) {
    long v = 0;
    if (!ParseInt(d, 1, 0x7fffffff, &v)) {
      err << "tally report: --doc wants a doc_id, not '" << d << "'\n";
      return kUsage;
    }
    ids.push_back(v);
  }
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) {
    err << "tally report: cannot open database: " << db << ": no such file\n";
    return kDatabase;
  }
  store::Options so;
  so.read_only = true;
  auto store = store::Store::Open(db, so);
  if (!store.ok()) {
    err << "tally report: cannot open database: " << store.status().message()
        << "\n";
    return kDatabase;
  }
  StatusOr<std::vector<int64_t>> current = (*store)->CurrentDocuments();
  if (!current.ok()) {
    err << "tally report: database error: " << current.status().message()
        << "\n";
    return kDatabase;
  }
  for (int64_t id : ids) {
    if (std::find(current->begin(), current->end(), id) == current->end()) {
      err << "tally report: no current document with doc_id " << id << "\n";
      return kUsage;
    }
  }
  return WriteReport(store->get(), ids, dir, int(jobs), /*recheck=*/false, out,
                     err);
}

}  // namespace tally::cli
