// tally check: the consistency checks over a database (--db FILE), or over
// files read into a temporary one (FILE...), printed with the evidence of
// every finding.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "base/json.h"
#include "check/check.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "pipeline/check_record.h"
#include "pipeline/pipeline.h"
#include "report/evidence.h"
#include "report/geometry.h"
#include "store/store.h"

namespace tally::cli {
namespace {

namespace fs = std::filesystem;

constexpr char kCheckHelp[] =
    R"(Usage: tally check --db FILE [--store] [options]
       tally check FILE... [-j N] [--patterns DIR] [options]
Options for both: [--format text|jsonl] [--severity S] [--rule R]...
                  [--report DIR]

Runs the consistency checks and prints every finding with its evidence.
With --db, over the documents stored in FILE, from the database alone (no
PDF is read again); the database is only read, so a read-only file works,
unless --store asks to replace each document's findings in v_findings
(running that twice leaves the same rows). With FILE... (PDFs, scans, text
files, folders), the files are read into a temporary database that is
deleted afterwards: one report, one command.

@RULES@

Findings are printed grouped by document ("doc ID  PATH"), one line each:
  p.PAGE [SEVERITY] RULE: MESSAGE (expected X, stated Y); suggested: Z
followed by one line per side of the finding: the page and the sentence or
table row its facts were read from, the facts in 【】:
      p.PAGE sentence: ……拨付【437.32元】。
      p.PAGE table row: 效益指标 | 社会效益指标 | …… | 【10】
then a summary line. With --format jsonl, one JSON object per finding
(doc_id, path, rule, severity, message, expected, actual, suggested,
reading, alternatives, page_no,
fact_ids, sides: [{page_no, context, in_table, fact_ids}]) goes to stdout
and the summary to stderr.

Options:
  --db FILE        the database (must exist)
  --store          write the findings back to the database (--db only)
  --no-repair      check OCR'd numbers as the engine read them, without the
                   repairs the arithmetic proves (--db only)
  --format F       text (default) or jsonl
  --doc ID         check only this doc_id (repeatable; --db only)
  --severity S     only findings of severity S or worse: error, warning,
                   or info (the default: all)
  --rule R         only rule R, or a family ("sum" is sum.*); repeatable
  --report DIR     also write the HTML audit report of these documents and
                   findings into DIR (see tally report --help)
  -j N             worker processes reading FILEs and making the report's
                   images (default 1)
  --patterns DIR   the extraction rules for FILEs (see tally ingest --help)

Exit codes: 0 no 'error' finding printed; 1 at least one 'error' finding
printed, or a FILE could not be read (so a publishing workflow can gate on
it); 2 usage (including an unknown doc_id); 3 database error.
)";

int SeverityRank(const std::string& s) {
  return s == "error" ? 3 : s == "warning" ? 2 : s == "info" ? 1 : 0;
}

struct Filter {
  int min_rank = 0;
  std::vector<std::string> rules;  // exact ids or families

  bool Keeps(const Finding& f) const {
    if (SeverityRank(f.severity) < min_rank) return false;
    if (rules.empty()) return true;
    return std::any_of(rules.begin(), rules.end(), [&](const std::string& r) {
      return f.rule == r ||
             (f.rule.size() > r.size() && f.rule.compare(0, r.size(), r) == 0 &&
              f.rule[r.size()] == '.');
    });
  }
};

// A context on one line: newlines (a sentence carried over a page break)
// shown as spaces.
std::string OneLine(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

void WriteText(const store::DocumentRecord& rec, const Finding& f,
               std::ostream& out) {
  out << "  p." << (f.page_no > 0 ? std::to_string(f.page_no) : "-") << " ["
      << f.severity << "] " << f.rule << ": " << f.message;
  if (!f.expected.empty() || !f.actual.empty()) {
    out << " (expected " << (f.expected.empty() ? "-" : f.expected)
        << ", stated " << (f.actual.empty() ? "-" : f.actual) << ")";
  }
  if (!f.suggested.empty()) out << "; suggested: " << f.suggested;
  out << "\n";
  for (const report::Side& side : report::SidesOf(f, rec.facts)) {
    out << "      p." << side.page_no
        << (side.in_table ? " table row: " : " sentence: ");
    const store::PageRecord* page = report::PageOf(rec, side.page_no);
    for (const report::Piece& piece : report::MarkFacts(
             side.context, page ? std::string_view(page->text) : "",
             side.facts)) {
      out << (piece.marked ? "【" : "") << OneLine(piece.text)
          << (piece.marked ? "】" : "");
    }
    out << "\n";
  }
}

// One JSON object per line: the columns of v_findings, the path, and the
// sides of the finding.
void WriteJson(int64_t doc_id, const store::DocumentRecord& rec,
               const Finding& f, std::ostream& out) {
  out << "{\"doc_id\":" << doc_id << ",\"path\":" << JsonString(rec.path)
      << ",\"rule\":" << JsonString(f.rule)
      << ",\"severity\":" << JsonString(f.severity)
      << ",\"message\":" << JsonString(f.message)
      << ",\"expected\":" << JsonString(f.expected)
      << ",\"actual\":" << JsonString(f.actual)
      << ",\"suggested\":" << JsonString(f.suggested)
      << ",\"reading\":" << JsonString(f.reading)
      << ",\"alternatives\":" << JsonString(f.alternatives) << ",\"page_no\":";
  if (f.page_no > 0) {
    out << f.page_no;
  } else {
    out << "null";
  }
  out << ",\"fact_ids\":[";
  for (size_t k = 0; k < f.fact_ids.size(); ++k) {
    out << (k ? "," : "") << f.fact_ids[k];
  }
  out << "],\"sides\":[";
  bool first = true;
  for (const report::Side& side : report::SidesOf(f, rec.facts)) {
    out << (first ? "" : ",") << "{\"page_no\":" << side.page_no
        << ",\"context\":" << JsonString(side.context)
        << ",\"in_table\":" << (side.in_table ? "true" : "false")
        << ",\"fact_ids\":[";
    for (size_t k = 0; k < side.facts.size(); ++k) {
      out << (k ? "," : "") << side.facts[k]->fact_id;
    }
    out << "]}";
    first = false;
  }
  out << "]}\n";
}

// A directory made for this run and removed, with what is in it, when the
// command ends.
class TempDir {
 public:
  TempDir() {
    std::error_code ec;
    std::string templ =
        (fs::temp_directory_path(ec) / "tally-check-XXXXXX").string();
    if (ec) templ = "/tmp/tally-check-XXXXXX";
    if (::mkdtemp(templ.data()) != nullptr) path_ = templ;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// kCheckHelp with its paragraph on the rules, listed from check::Rules().
std::string CheckHelp() {
  std::string rules;
  for (const std::string& r : check::Rules()) {
    if (r == "ocr.repair") continue;  // said apart
    rules += (rules.empty() ? "" : ", ") + r;
  }
  const std::string text =
      "Rules (docs/rules.md): " + rules +
      "; ocr.repair (info) records an OCR misreading of a scan that the "
      "report's arithmetic proves and repairs. Severity 'error' means the "
      "report's own numbers prove it wrong; 'warning' likely wrong; 'info' "
      "an oddity.";
  // Wrapped at 76 columns (the text is ASCII).
  std::string paragraph, line;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > 76) {
      paragraph += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  paragraph += line + "\n";
  std::string help = kCheckHelp;
  help.replace(help.find("@RULES@\n"), 8, paragraph);
  return help;
}

}  // namespace

int Check(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.help) {
    out << CheckHelp();
    return kOk;
  }
  for (const auto& [flag, value] : args.flags) {
    if (flag != "--db" && flag != "--format" && flag != "--doc" &&
        flag != "--store" && flag != "--severity" && flag != "--rule" &&
        flag != "-j" && flag != "--jobs" && flag != "--patterns" &&
        flag != "--report" && flag != "--no-repair") {
      err << "tally check: unknown option " << flag << "\n";
      return kUsage;
    }
  }
  std::string db = args.Get("--db");
  const bool files = !args.positional.empty();
  const bool store_back = args.Has("--store");
  std::string format =
      args.Get("--format").empty() ? "text" : args.Get("--format");
  if (db.empty() == !files) {
    err << "tally check: give --db FILE or the FILEs to read, not "
        << (files ? "both" : "neither") << "\n"
        << CheckHelp();
    return kUsage;
  }
  if (files && (store_back || !args.docs.empty())) {
    err << "tally check: --store and --doc go with --db\n";
    return kUsage;
  }
  if (format != "text" && format != "jsonl") {
    err << "tally check: --format must be text or jsonl\n";
    return kUsage;
  }
  Filter filter;
  if (args.Has("--severity")) {
    filter.min_rank = SeverityRank(args.Get("--severity"));
    if (filter.min_rank == 0) {
      err << "tally check: --severity must be error, warning or info\n";
      return kUsage;
    }
  }
  for (const std::string& list : args.rules) {
    for (size_t p = 0; p <= list.size();) {
      size_t comma = std::min(list.find(',', p), list.size());
      if (comma > p) filter.rules.push_back(list.substr(p, comma - p));
      p = comma + 1;
    }
  }
  std::vector<int64_t> wanted;
  for (const std::string& d : args.docs) {
    long v = 0;
    if (!ParseInt(d, 1, 0x7fffffff, &v)) {
      err << "tally check: --doc wants a doc_id, not '" << d << "'\n";
      return kUsage;
    }
    wanted.push_back(v);
  }

  long jobs = 1;
  if (args.Has("-j") || args.Has("--jobs")) {
    std::string j = args.Has("-j") ? args.Get("-j") : args.Get("--jobs");
    if (!ParseInt(j, 1, 256, &jobs)) {
      err << "tally check: -j wants a number from 1 to 256\n";
      return kUsage;
    }
  }
  const std::string report_dir = args.Get("--report");
  if (args.Has("--report") && report_dir.empty()) {
    err << "tally check: --report wants a folder\n";
    return kUsage;
  }
  TempDir temp;
  pipeline::Options ingest;
  if (files) {
    ingest.jobs = int(jobs);
    ingest.extract.patterns_dir = args.Get("--patterns");
    if (auto rules = extract::Extractor::Create(ingest.extract); !rules.ok()) {
      err << "tally check: " << rules.status().message() << "\n";
      return kUsage;
    }
    if (temp.path().empty()) {
      err << "tally check: cannot make a temporary directory\n";
      return kDatabase;
    }
    db = temp.path() + "/check.sqlite";
  } else {
    // Opening would create an empty database: a mistyped path is an error.
    std::error_code ec;
    if (!fs::exists(db, ec)) {
      err << "tally check: cannot open database: " << db << ": no such file\n";
      return kDatabase;
    }
  }
  store::Options so;
  so.read_only = !files && !store_back;
  auto store = store::Store::Open(db, so);
  if (!store.ok()) {
    err << "tally check: cannot open database: " << store.status().message()
        << "\n";
    return kDatabase;
  }
  int unread = 0;
  if (files) {
    if (isatty(STDERR_FILENO)) {
      err << "reading " << args.positional.size() << " path(s)...\n";
    }
    StatusOr<pipeline::Summary> s =
        pipeline::Ingest(args.positional, store->get(), ingest);
    if (!s.ok()) {
      err << "tally check: database error: " << s.status().message() << "\n";
      return kDatabase;
    }
    for (const pipeline::Failure& f : s->failures) {
      err << "tally check: " << f.path << ": " << f.status << ": " << f.error
          << "\n";
    }
    unread = int(s->failures.size());
  }
  StatusOr<std::vector<int64_t>> current = (*store)->CurrentDocuments();
  if (!current.ok()) {
    err << "tally check: database error: " << current.status().message()
        << "\n";
    return kDatabase;
  }
  std::vector<int64_t> ids = *current;
  if (!wanted.empty()) {
    for (int64_t id : wanted) {
      if (std::find(current->begin(), current->end(), id) == current->end()) {
        err << "tally check: no current document with doc_id " << id << "\n";
        return kUsage;
      }
    }
    ids = wanted;
  }
  std::map<std::string, int> by_severity;
  int with_findings = 0;
  for (int64_t id : ids) {
    StatusOr<store::DocumentRecord> rec = (*store)->ReadDocument(id);
    if (!rec.ok()) {
      err << "tally check: database error: " << rec.status().message() << "\n";
      return kDatabase;
    }
    check::Options check_options;
    check_options.repair_ocr = !args.Has("--no-repair");
    std::vector<Finding> findings = pipeline::CheckRecord(*rec, check_options);
    if (store_back) {
      if (Status st = (*store)->ReplaceFindings(id, findings); !st.ok()) {
        err << "tally check: database error: " << st.message() << "\n";
        return kDatabase;
      }
    }
    std::erase_if(findings, [&](const Finding& f) { return !filter.Keeps(f); });
    if (!findings.empty()) ++with_findings;
    if (format == "text" && !findings.empty()) {
      out << "doc " << id << "  " << rec->path << "\n";
    }
    for (const Finding& f : findings) {
      ++by_severity[f.severity];
      if (format == "jsonl") {
        WriteJson(id, *rec, f, out);
      } else {
        WriteText(*rec, f, out);
      }
    }
  }
  char line[256];
  std::snprintf(line, sizeof line,
                "checked %zu document(s): %d error(s), %d warning(s), %d "
                "info(s); %d document(s) with findings",
                ids.size(), by_severity["error"], by_severity["warning"],
                by_severity["info"], with_findings);
  (format == "jsonl" ? err : out)
      << line
      << (unread ? "; " + std::to_string(unread) + " file(s) not fully read"
                 : std::string())
      << "\n";
  int code = by_severity["error"] > 0 || unread > 0 ? kSomeFailed : kOk;
  if (!report_dir.empty()) {
    // The findings just printed (the checks run again, not those stored),
    // for the same documents.
    int r = WriteReport(store->get(), ids, report_dir, int(jobs),
                        /*recheck=*/true, format == "jsonl" ? err : out, err);
    if (r == kDatabase || r == kUsage) return r;
    if (r == kSomeFailed) code = kSomeFailed;
  }
  return code;
}

}  // namespace tally::cli
