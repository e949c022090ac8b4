// tally reextract: facts and findings made again from the stored pages
// after the rules changed (pipeline/reextract.h).
#include <cstdio>
#include <filesystem>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "pipeline/reextract.h"

namespace tally::cli {
namespace {

constexpr char kReextractHelp[] =
    R"(Usage: tally reextract --db FILE [--doc ID]... [-j N] [--quiet]
                       [--page-timeout S] [--doc-timeout S]
                       [--worker-memory MIB] [--patterns DIR]

Makes the metadata, facts, tables, relations and findings of stored
documents again from their stored pages, with the extraction and check
rules of this tally: after the rules changed (a newer tally, or other
--patterns), no new database and no re-reading or OCR of the files. By
default it takes every current document whose rules version
(v_documents.rules_version) is not this tally's, and those whose
extraction had failed; --doc ID takes the documents named instead. Each
document is replaced in one transaction, keeping its pages, doc_id and
paths, and ends as a fresh ingest would leave it. Pages are not normalised
again: a change to reading or normalisation (the code that reads files is
hashed into the pipeline version) is a new pipeline version, which `tally
ingest` reads again; the summary lists the documents stored by another
pipeline version (of those named with --doc, or of all), which need that,
and the exit code is 1 while there are any.

Work runs in N worker processes under ingest's limits: a document whose
worker crashes, overruns its time limit (60 s + 30 s a page, at most
--doc-timeout, at least --page-timeout) or exhausts its memory keeps what
it had and is reported; the others go on. Killed at any moment, the same
command finishes what is left.

Options:
  --db FILE            the database (required; must exist)
  --doc ID             re-extract this current document (repeatable)
  -j N, -jN, --jobs N  worker processes (default 1)
  -q, --quiet          no progress and no summary
  --page-timeout S     the least time a document may take (default 120)
  --doc-timeout S      the most (default 1800; 0: the page timeout)
  --worker-memory MIB  address-space limit per worker (default 4096; 0 none)
  --patterns DIR       the extraction rules, as for ingest

Exit codes: 0 every document done (or none to do) and none read by
another pipeline version; 1 some documents could not be re-extracted (they
keep what they had) or need `tally ingest` (read by another pipeline
version); 2 usage (including an unknown doc_id); 3 database error.
)";

}  // namespace

int Reextract(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.help) {
    out << kReextractHelp;
    return kOk;
  }
  const std::string db = args.Get("--db");
  if (db.empty() || !args.positional.empty()) {
    err << "tally reextract: --db FILE is required, and nothing else\n"
        << kReextractHelp;
    return kUsage;
  }
  pipeline::ReextractOptions options;
  for (const auto& [flag, value] : args.flags) {
    bool bad = false;
    if (TakeWorkerFlag("reextract", flag, value, &options, err, &bad)) {
      if (bad) return kUsage;
    } else if (flag != "--db" && flag != "--doc" && flag != "--quiet") {
      err << "tally reextract: unknown option " << flag << "\n";
      return kUsage;
    }
  }
  for (const std::string& d : args.docs) {
    long id = 0;
    if (!ParseInt(d, 1, 0x7fffffffL, &id)) {
      err << "tally reextract: --doc wants a doc_id, not '" << d << "'\n";
      return kUsage;
    }
    options.docs.push_back(id);
  }
  // Missing or broken rules are a set-up problem: say so before any work.
  if (auto rules = extract::Extractor::Create(options.extract); !rules.ok()) {
    err << "tally reextract: " << rules.status().message() << "\n";
    return kUsage;
  }
  // Not created: a database to re-extract has documents.
  if (std::error_code ec; !std::filesystem::exists(db, ec)) {
    err << "tally reextract: cannot open database: " << db
        << ": no such file\n";
    return kDatabase;
  }
  auto store = store::Store::Open(db, store::Options());
  if (!store.ok()) {
    err << "tally reextract: cannot open database: " << store.status().message()
        << "\n";
    return kDatabase;
  }
  const bool quiet = args.Has("--quiet");
  ProgressPrinter printer(err);
  if (!quiet) {
    options.on_progress = [&](const pipeline::Progress& p) {
      printer.Update(p);
    };
  }
  StatusOr<pipeline::ReextractSummary> s =
      pipeline::Reextract(db, store->get(), options);
  if (s.ok()) {
    Status finished = (*store)->Finish();
    if (!finished.ok()) s = finished;
  }
  if (!s.ok()) {
    if (s.status().code() == StatusCode::kNotFound) {
      err << "tally reextract: " << s.status().message() << "\n";
      return kUsage;
    }
    err << "tally reextract: database error: " << s.status().message()
        << "\n(documents re-extracted before the error are stored)\n";
    return kDatabase;
  }
  if (!quiet) {
    char line[256];
    std::snprintf(line, sizeof line,
                  "re-extracted with rules %s: %d of %d document(s), %d "
                  "pages, %d findings; %.2f s\n",
                  s->rules_version.c_str(), s->done, s->documents, s->pages,
                  s->findings, s->seconds);
    out << line;
    if (!s->failures.empty()) {
      out << s->failures.size()
          << " document(s) not re-extracted (they keep what they had; "
             "re-run to try again):\n";
      ListSome(out, s->failures, 10, [](const pipeline::Failure& f) {
        return f.path + ": " + f.error;
      });
    }
    if (!s->read_by_other_version.empty()) {
      out << s->read_by_other_version.size()
          << " document(s) were read by another pipeline version (reading "
             "or normalisation has changed; this tally's is "
          << pipeline::kPipelineVersion
          << "): reextract works from their stored pages and cannot renew "
             "them; `tally ingest` their files again:\n";
      ListSome(out, s->read_by_other_version, 10,
               [](const std::string& path) { return path; });
    }
  }
  // Pages another pipeline version read are out of date as surely as a
  // failed document's facts: the run did not bring them up to date, as
  // ingest's "files still failed" fail its run.
  return s->failures.empty() && s->read_by_other_version.empty() ? kOk
                                                                 : kSomeFailed;
}

}  // namespace tally::cli
