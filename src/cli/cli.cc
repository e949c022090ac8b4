#include "cli/cli.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/terminal.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace tally::cli {
namespace {

constexpr char kMainHelp[] =
    R"(tally: Chinese performance self-evaluation reports (绩效自评报告) into SQLite.

Usage:
  tally ingest PATH... --db FILE [-j N] [--quiet] [--shard K/N]
  tally merge OUT IN...
  tally check --db FILE [--store] [--format text|jsonl] [--doc ID]...
              [--severity S] [--rule R]... [--report DIR]
  tally check FILE... [-j N] [--format text|jsonl] [--severity S] [--rule R]...
              [--report DIR]
  tally report --db FILE [--doc ID]... --out DIR [-j N]
  tally search --db FILE QUERY... [--bureau B] [--year Y] [--limit N]
  tally index --db FILE
  tally reextract --db FILE [--doc ID]... [-j N]
  tally rules [--format text|jsonl]
  tally export --db FILE --table T [--format csv|jsonl|xlsx] [--bom] [--raw]
               [-o FILE]
  tally export --db FILE --metadata [-o FILE]
  tally COMMAND --help
  tally --version

Exit codes: 0 success; 1 some files failed or were only partly read (check:
some 'error' finding); 2 usage error; 3 database error.
)";

constexpr char kIngestHelp[] =
    R"(Usage: tally ingest PATH... --db FILE [-j N] [--quiet] [--shard K/N]
                    [--page-timeout S] [--doc-timeout S] [--max-pages N]
                    [--worker-memory MIB] [--patterns DIR]
                    [--include GLOB]... [--exclude GLOB]...
                    [--follow-symlinks] [--rehash]

Reads the reports archives hold into the SQLite database FILE, created if
absent: PDFs (text layer, or scans through OCR), images, plain text (UTF-8,
GB18030 or UTF-16; pages split at form feeds), .docx and .xlsx (read
directly, cells as shown), .doc/.xls/.wps/.et (converted to PDF by
LibreOffice), .ofd, saved .html pages, and .zip archives (each member a
document, ARCHIVE!/MEMBER). PATH may be a file or a folder (searched
recursively; hidden entries skipped). A file's kind is decided by its
content, not its name. A text or HTML file found in a folder or an archive
that is not a report (a README, a CSV or tab-separated table, an annotation
file, code) is skipped with the reason; one named on the command line is
read anyway. Files already stored (same
sha256, same pipeline version) are skipped, so re-running is cheap and a
stopped batch resumes; a file found with the size and modification time
it had when it was stored is taken to hold the same bytes and is not read
again (--rehash reads and hashes every file); a file stored failed or
partial for a timeout, a crash or lack of memory is read again, and one
that failed for a reason its bytes would repeat is skipped but still
reported and counted in the exit code. A stored file whose facts and findings came from other
extraction rules is skipped too, and the summary says how many: `tally
reextract` makes them again from the stored pages. A file that cannot be read, and a folder that
cannot be listed, is stored as 'failed' with the reason, and the batch
goes on.

Files are read, and their facts extracted and checked, by N worker
processes: a file that crashes a library, hangs past the page timeout,
takes longer than its document time limit or exhausts a worker's memory
costs only itself (stored 'failed' or 'partial' with the reason; a
document whose extraction fails keeps its pages). Documents are stored in
the order found, each all or nothing: a batch killed at any moment and run
again resumes where it stopped, nothing lost or doubled.

Options:
  --db FILE            the database (required)
  -j N, -jN, --jobs N  worker processes (default 1)
  -q, --quiet          no progress and no summary; the exit code still tells
  -v, --verbose        also print the supervisor's peak memory
  --                   what follows is a PATH, even if it starts with '-' 
  --shard K/N          take only shard K (0-based) of N, a stable partition
                       by sha256, for one task of a cluster job array; see
                       `tally merge` to combine the shards' databases
  --page-timeout S     give up on a page after S seconds (default 120)
  --doc-timeout S      a document's pages may take 60 s + 30 s a page in
                       all, at most S seconds (default 1800; 0 no cap)
  --max-pages N        read at most N pages of a document (default 5000);
                       a longer one is stored 'partial', saying so
  --follow-symlinks    follow symbolic links inside the folders wherever
                       they lead (by default a link out of the given folders
                       is not followed, and counted in the summary)
  --rehash             read and hash every file, even one whose size and
                       modification time are as when it was stored
  --worker-memory MIB  address-space limit per worker (default 4096; 0 none)
  --patterns DIR       the extraction rules (*.rules); default: $TALLY_PATTERNS,
                       else patterns/ next to the binary or one level up,
                       else the source tree's patterns/
  --include GLOB       of the files found in folders and archives, read only
                       those matching a GLOB (repeatable; the path below the
                       folder, or the file name: --include '*.pdf')
  --exclude GLOB       skip the files found that match GLOB (repeatable)

Each document's facts, metadata, sections and indicator tables are
extracted and checked as it is stored (see `tally check`).

Progress goes to stderr: a bar on a terminal, plain lines otherwise. A
summary (documents ok/partial/failed/skipped, pages, seconds, failures by
reason) goes to stdout.

Exit codes: 0 all ok; 1 some files failed or partial (in this run, or
still from an earlier one); 2 usage; 3 database.
)";

constexpr char kMergeHelp[] = R"(Usage: tally merge OUT IN...

Combines the databases of a sharded ingest (`tally ingest --shard K/N`,
one per cluster task) into OUT, created if absent. Every current document
of each IN is copied with its pages, lines, boxes, facts and findings,
under the same identity rules as ingest: bytes already in OUT are not
copied again, so merging twice changes nothing and the order of the inputs
does not matter; where two inputs hold different bytes for one path, the
later ingestion is current and the other kept as history. Each IN is
merged in one transaction: an input that fails (missing, corrupt, not a
tally database, of a newer schema, locked by another process) leaves OUT
as it was, is reported with the reason, and the other inputs are merged;
the summary names every input not merged.

Exit codes: 0 ok; 1 some inputs not merged (the rest are); 2 usage; 3 OUT
cannot be opened or written (inputs merged before are kept).
)";

constexpr char kExportHelp[] =
    R"(Usage: tally export --db FILE --table T [--format csv|jsonl|xlsx] [--bom]
                    [--raw] [-o FILE]
       tally export --db FILE --metadata [-o FILE]

Writes a view or table of the database to stdout (or -o FILE): CSV with a
header row (RFC 4180, UTF-8), JSON lines (one object per row), or an Excel
workbook (xlsx, needs -o; text stays text, so exact decimals stay exact;
numbers are numbers). T is one of the views v_documents, v_paths, v_reports,
v_pages, v_lines, v_boxes, v_sections, v_facts, v_indicators, v_budgets,
v_findings, v_relations, v_search, or a table; an unknown name lists the
valid ones.

Options:
  --db FILE     the database (required; must exist)
  --table T     what to export
  --format F    csv (default), jsonl or xlsx
  --bom         start CSV with a UTF-8 byte order mark, so that Excel on
                Chinese Windows reads it as UTF-8 rather than GBK
  --raw         CSV cells as stored: by default a text cell that starts
                with = + - @, a tab or a carriage return (and is not a plain
                number) gets a ' before it, so a spreadsheet shows it
                rather than running it as a formula
  --metadata    instead of a table, a Datasette metadata.json describing
                every view, table and column (from the schema's comments):
                datasette FILE -m metadata.json
  -o FILE       write to FILE instead of stdout

Exit codes: 0 ok; 2 usage (unknown table or format); 3 database error.
)";

// Flags that take a value; everything else starting with '-' is boolean.
bool TakesValue(const std::string& f) {
  return f == "--db" || f == "-j" || f == "--jobs" || f == "--table" ||
         f == "--format" || f == "-o" || f == "--output" || f == "--shard" ||
         f == "--page-timeout" || f == "--worker-memory" || f == "--patterns" ||
         f == "--doc-timeout" || f == "--max-pages" ||
         f == "--doc" || f == "--severity" || f == "--rule" || f == "--out" ||
         f == "--report" || f == "--bureau" || f == "--year" || f == "--limit" ||
         f == "--include" || f == "--exclude";
}

bool Parse(int argc, char** argv, int first, Args* args, std::string* error) {
  bool options_end = false;
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    // Short forms: -q, -v, and -jN as one word.
    if (a == "-q") a = "--quiet";
    if (a == "-v") a = "--verbose";
    if (a.size() > 2 && a.starts_with("-j") && a[2] >= '0' && a[2] <= '9') {
      a = "-j=" + a.substr(2);
    }
    if (options_end) {
      args->positional.push_back(argv[i]);  // "--": a path, whatever it is
    } else if (a == "--") {
      options_end = true;
    } else if (a == "--help" || a == "-h") {
      args->help = true;
    } else if (a.size() > 1 && a[0] == '-') {
      std::string value;
      size_t eq = a.find('=');
      if (eq != std::string::npos) {
        value = a.substr(eq + 1);
        a = a.substr(0, eq);
      } else if (TakesValue(a)) {
        if (i + 1 >= argc) {
          *error = a + " needs a value";
          return false;
        }
        value = argv[++i];
      }
      if (a == "--doc") args->docs.push_back(value);
      if (a == "--rule") args->rules.push_back(value);
      if (a == "--include") args->include.push_back(value);
      if (a == "--exclude") args->exclude.push_back(value);
      args->flags[a] = value;
    } else {
      args->positional.push_back(a);
    }
  }
  return true;
}

int Ingest(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.help) {
    out << kIngestHelp;
    return kOk;
  }
  auto db = args.flags.find("--db");
  if (db == args.flags.end() || db->second.empty()) {
    err << "tally ingest: --db FILE is required\n" << kIngestHelp;
    return kUsage;
  }
  if (args.positional.empty()) {
    err << "tally ingest: no PATH given\n" << kIngestHelp;
    return kUsage;
  }
  pipeline::Options options;
  for (const auto& [flag, value] : args.flags) {
    long v = 0;
    bool bad = false;
    if (TakeWorkerFlag("ingest", flag, value, &options, err, &bad)) {
      if (bad) return kUsage;
    } else if (flag == "--max-pages") {
      if (!ParseInt(value, 1, 1000000, &v)) {
        err << "tally ingest: --max-pages wants a number from 1 to 1000000\n";
        return kUsage;
      }
      options.max_pages = int(v);
    } else if (flag == "--shard") {
      size_t slash = value.find('/');
      long k = 0, n = 0;
      if (slash == std::string::npos ||
          !ParseInt(value.substr(0, slash), 0, 1 << 20, &k) ||
          !ParseInt(value.substr(slash + 1), 1, 1 << 20, &n) || k >= n) {
        err << "tally ingest: --shard wants K/N with 0 <= K < N\n";
        return kUsage;
      }
      options.shard_index = int(k);
      options.shard_count = int(n);
    } else if (flag == "--follow-symlinks") {
      options.follow_symlinks = true;
    } else if (flag == "--rehash") {
      options.rehash = true;
    } else if (flag == "--include" || flag == "--exclude") {
      // repeatable: taken from args.include / args.exclude below
    } else if (flag != "--db" && flag != "--quiet" && flag != "--verbose") {
      err << "tally ingest: unknown option " << flag << "\n";
      return kUsage;
    }
  }
  options.include = args.include;
  options.exclude = args.exclude;
  bool quiet = args.flags.count("--quiet") > 0;
  ProgressPrinter printer(err);
  if (!quiet) {
    options.on_progress = [&](const pipeline::Progress& p) {
      printer.Update(p);
    };
  }
  // Missing or broken rules are a set-up problem: say so before any work.
  if (auto rules = extract::Extractor::Create(options.extract); !rules.ok()) {
    err << "tally ingest: " << rules.status().message() << "\n";
    return kUsage;
  }
  auto store = store::Store::Open(db->second, store::Options());
  if (!store.ok()) {
    err << "tally ingest: cannot open database: " << store.status().message()
        << "\n";
    return kDatabase;
  }
  StatusOr<pipeline::Summary> s =
      pipeline::Ingest(args.positional, store->get(), options);
  if (s.ok()) {
    Status finished = (*store)->Finish();
    if (!finished.ok()) s = finished;
  }
  if (!s.ok()) {
    err << "tally ingest: database error: " << s.status().message()
        << "\n(documents stored before the error are intact)\n";
    return kDatabase;
  }
  if (!quiet) {
    char line[256];
    std::snprintf(line, sizeof line,
                  "documents: %d ok, %d partial, %d failed, %d skipped "
                  "(already stored); %d pages; %.2f s\n",
                  s->ok, s->partial, s->failed, s->skipped, s->pages,
                  s->seconds);
    out << line;
    if (s->unchanged > 0) {
      out << s->unchanged << " of the skipped file(s) not read: size and "
          << "modification time as when stored (--rehash reads them)\n";
    }
    if (s->retried > 0) {
      out << s->retried << " file(s) that failed in an earlier run (a "
          << "timeout, a crash, out of memory) read again\n";
    }
    if (s->other_version > 0) {
      out << s->other_version << " file(s) stored by another pipeline "
          << "version read again\n";
    }
    if (s->stale_rules > 0) {
      out << s->stale_rules << " document(s) already stored have facts and "
          << "findings from other extraction rules (or none): `tally "
          << "reextract --db " << db->second
          << "` makes them again from their stored pages\n";
    }
    if (options.shard_count > 1) {
      out << "shard " << options.shard_index << "/" << options.shard_count
          << ": " << s->other_shard << " files left to other shards\n";
    }
    if (args.flags.count("--verbose")) {
      out << "supervisor peak memory: " << s->supervisor_peak_kib / 1024
          << " MiB\n";
    }
    if (s->links_not_followed > 0) {
      out << s->links_not_followed
          << " symbolic link(s) leading out of the given folders not "
             "followed (--follow-symlinks to follow them)\n";
    }
    if (s->archives > 0) {
      out << s->archives << " zip archive(s) walked, their members read as "
          << "documents\n";
    }
    if (!s->not_reports.empty()) {
      out << s->not_reports.size() << " file(s) skipped as not reports (name "
          << "one on the command line to read it anyway):\n";
      ListSome(out, s->not_reports, 5, [](const pipeline::Failure& f) {
        return f.path + ": " + f.error;
      });
    }
    // Failures grouped by reason, so a batch of thousands reads at a glance.
    std::map<std::string, std::vector<std::string>> by_reason;
    for (const auto& f : s->failures) by_reason[f.error].push_back(f.path);
    for (const auto& [reason, paths] : by_reason) {
      out << "  " << paths.size() << " × " << reason << "\n";
      ListSome(out, paths, 5, [](const std::string& p) { return p; });
    }
    if (!s->still_failed.empty()) {
      out << s->still_failed.size() << " file(s) still failed or partial "
          << "from an earlier run (the same bytes; not read again, the "
          << "reason would not change):\n";
      ListSome(out, s->still_failed, 5, [](const pipeline::Failure& f) {
        return f.path + ": " + f.status + ": " + f.error;
      });
    }
  }
  return s->failed + s->partial + int(s->still_failed.size()) > 0
             ? kSomeFailed
             : kOk;
}

int Merge(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.help) {
    out << kMergeHelp;
    return kOk;
  }
  if (!args.flags.empty() || args.positional.size() < 2) {
    err << "tally merge: wants OUT and at least one IN\n" << kMergeHelp;
    return kUsage;
  }
  auto store = store::Store::Open(args.positional[0], store::Options());
  if (!store.ok()) {
    err << "tally merge: cannot open " << args.positional[0] << ": "
        << store.status().message() << "\n";
    return kDatabase;
  }
  const std::string& to = args.positional[0];
  // An input that cannot be merged (missing, corrupt, not tally's, of a
  // newer schema, locked past the busy timeout) is reported and skipped;
  // the others are merged. Only OUT failing (a full disk) stops the run.
  std::vector<std::string> failed;  // "IN: why"
  for (size_t i = 1; i < args.positional.size(); ++i) {
    const std::string& in = args.positional[i];
    StatusOr<store::MergeResult> r = (*store)->MergeFrom(in);
    if (!r.ok()) {
      const std::string& why = r.status().message();
      const StatusCode code = r.status().code();
      if ((code == StatusCode::kIOError ||
           code == StatusCode::kPermissionDenied) &&
          why.starts_with(to + ":")) {
        err << "tally merge: " << in << ": " << why
            << "\n(inputs merged before it are kept)\n";
        return kDatabase;
      }
      // The reason names the input already, most of the time.
      const std::string named =
          why.starts_with(in + ":") ? why : in + ": " + why;
      err << "tally merge: not merged: " << named << "\n";
      failed.push_back(named);
      continue;
    }
    out << in << ": " << r->added << " added, " << r->already_present
        << " already present, " << r->older << " older than what OUT has, "
        << r->superseded << " of OUT's superseded\n";
  }
  if (!failed.empty()) {
    out << failed.size() << " of " << args.positional.size() - 1
        << " input(s) not merged (OUT has the others):\n";
    for (const std::string& f : failed) out << "      " << f << "\n";
    return kSomeFailed;
  }
  return kOk;
}

int Export(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.help) {
    out << kExportHelp;
    return kOk;
  }
  auto get = [&](const char* f) {
    auto it = args.flags.find(f);
    return it == args.flags.end() ? std::string() : it->second;
  };
  std::string db = get("--db"), table = get("--table");
  std::string format = get("--format").empty() ? "csv" : get("--format");
  std::string output = get("-o").empty() ? get("--output") : get("-o");
  const bool bom = args.flags.count("--bom") > 0;
  const bool metadata = args.flags.count("--metadata") > 0;
  const bool raw = args.flags.count("--raw") > 0;
  for (const auto& [flag, value] : args.flags) {
    if (flag != "--db" && flag != "--table" && flag != "--format" &&
        flag != "-o" && flag != "--output" && flag != "--bom" &&
        flag != "--metadata" && flag != "--raw") {
      err << "tally export: unknown option " << flag << "\n";
      return kUsage;
    }
  }
  if (db.empty() || (table.empty() != metadata) || !args.positional.empty()) {
    err << "tally export: --db FILE and one of --table T or --metadata are "
           "required\n"
        << kExportHelp;
    return kUsage;
  }
  if (format != "csv" && format != "jsonl" && format != "xlsx") {
    err << "tally export: --format must be csv, jsonl or xlsx\n";
    return kUsage;
  }
  if (bom && format != "csv") {
    err << "tally export: --bom is for CSV\n";
    return kUsage;
  }
  if (format == "xlsx" && output.empty()) {
    err << "tally export: xlsx needs -o FILE (a workbook is not text)\n";
    return kUsage;
  }
  store::Options so;
  so.read_only = true;
  auto store = store::Store::Open(db, so);
  if (!store.ok()) {
    err << "tally export: cannot open database: " << store.status().message()
        << "\n";
    return kDatabase;
  }
  auto fail = [&](const Status& st) {
    err << "tally export: " << st.message() << "\n";
    return st.code() == StatusCode::kInvalidArgument ? kUsage : kDatabase;
  };
  if (format == "xlsx" && !metadata) {
    Status st = (*store)->ExportXlsx(table, output);
    return st.ok() ? kOk : fail(st);
  }
  std::ofstream file;
  if (!output.empty()) {
    file.open(output, std::ios::binary | std::ios::trunc);
    if (!file) {
      err << "tally export: cannot write " << output << "\n";
      return kUsage;
    }
  }
  std::ostream& dest = output.empty() ? out : file;
  Status st;
  if (metadata) {
    // Datasette knows a database by its file name without the extension.
    st = (*store)->WriteMetadata(std::filesystem::path(db).stem().string(),
                                 dest);
  } else {
    if (bom) dest << "\xEF\xBB\xBF";
    st = (*store)->Export(table,
                          format == "csv" ? store::ExportFormat::kCsv
                                          : store::ExportFormat::kJsonl,
                          dest, /*neutralize_formulas=*/!raw);
  }
  if (!st.ok()) return fail(st);
  dest.flush();
  return kOk;
}

}  // namespace

bool ParseInt(const std::string& s, long lo, long hi, long* out) {
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || v < lo || v > hi) return false;
  *out = v;
  return true;
}

int Run(int argc, char** argv, std::ostream& raw_out, std::ostream& raw_err) {
  // A file-size limit (ulimit -f) reached while writing the database is a
  // write error like a full disk (exit 3, what was stored intact), not a
  // signal that kills tally mid-transaction.
  std::signal(SIGXFSZ, SIG_IGN);
  // Text for people goes through the terminal escaper (terminal.h); only
  // export's data is written raw.
  SafeOutput out(raw_out), err(raw_err);
  if (argc < 2) {
    err << kMainHelp;
    return kUsage;
  }
  std::string cmd = argv[1];
  if (cmd == "help" || cmd == "--help" || cmd == "-h") {
    out << kMainHelp;
    return kOk;
  }
  if (cmd == "--version" || cmd == "version") {
    out << "tally " << TALLY_VERSION << " (pipeline version "
        << pipeline::kPipelineVersion << ")\n";
    return kOk;
  }
  Args args;
  std::string error;
  if (!Parse(argc, argv, 2, &args, &error)) {
    err << "tally " << cmd << ": " << error << "\n";
    return kUsage;
  }
  if (cmd == "ingest") return Ingest(args, out, err);
  if (cmd == "export") return Export(args, raw_out, err);
  if (cmd == "check") return Check(args, out, err);
  if (cmd == "merge") return Merge(args, out, err);
  if (cmd == "report") return Report(args, out, err);
  if (cmd == "search") return Search(args, out, err);
  if (cmd == "index") return Index(args, out, err);
  if (cmd == "reextract") return Reextract(args, out, err);
  if (cmd == "rules") return Rules(args, out, err);
  err << "tally: unknown command '" << cmd << "'\n" << kMainHelp;
  return kUsage;
}

}  // namespace tally::cli
