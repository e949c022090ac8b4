// tools/eval_findings.cc: scores the findings in a tally database against
// the planted-inconsistency expectations (corpus/planted/).
//
//   eval_findings --db FILE --expect DIR [--split dev|test] [--verbose]
//                 [--min-recall R] [--max-false-errors N]
//
// DIR holds <stem>.expect files (one per planted variant), seeds.expect (the
// seeds' own slips) and traps.tsv (consistent statements that must not be
// errors); tools/finding_eval.h gives the formats and the matching rules.
// The database is opened read-only; its documents are matched to
// expectations by the file stem of v_documents.path, so the same
// expectations score the .txt variants, their PDFs and their scans (ingest
// one form per database, or each is scored separately).
//
// Prints, per rule family: expected (required expectations), found and
// recall; findings emitted (error + warning, on scored documents), matched
// and precision; false errors (unmatched errors); then totals, the false
// errors, the violated traps, and the unmatched warnings and infos.
// --verbose adds every expectation with the finding that matched it, or
// MISSED.
//
// --split dev|test scores only corpus/real's documents of that split (the
// id's first hex digit 0-5 is test; see corpus/real/README.md). The clean
// documents line counts the warnings a reviewer would see on documents with
// no expected slip.
//
// Exit status: 0 done and within the limits; 1 recall below --min-recall or
// more false errors than --max-false-errors (limits apply only when given);
// 2 usage error, or the database or expectations could not be read.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/store.h"
#include "tools/finding_eval.h"
#include "tools/flags.h"

namespace tally::tools {
namespace {

struct Flags {
  std::string db;
  std::string expect;
  bool verbose = false;
  std::string split;  // "", "dev" or "test" (corpus/real's split)
  std::optional<double> min_recall;
  std::optional<long> max_false_errors;
};

int Usage(const char* why) {
  if (why != nullptr) std::fprintf(stderr, "eval_findings: %s\n", why);
  std::fprintf(stderr,
               "usage: eval_findings --db FILE --expect DIR [--split dev|test] "
               "[--verbose] [--min-recall R] [--max-false-errors N]\n");
  return 2;
}

// Returns 0 (go on), -1 (help shown), or an exit status.
int ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    std::string value;
    auto take = [&](std::string_view name) {
      return TakeFlag(argc, argv, &i, name, &value, nullptr);
    };
    if (take("--db")) {
      flags->db = value;
    } else if (take("--expect")) {
      flags->expect = value;
    } else if (take("--split")) {
      if (value != "dev" && value != "test") {
        return Usage("--split wants dev or test");
      }
      flags->split = value;
    } else if (take("--min-recall")) {
      char* end = nullptr;
      double v = std::strtod(value.c_str(), &end);
      if (value.empty() || *end != '\0' || !(v >= 0 && v <= 1)) {
        return Usage("--min-recall wants a fraction in [0, 1] such as 0.9");
      }
      flags->min_recall = v;
    } else if (take("--max-false-errors")) {
      char* end = nullptr;
      long v = std::strtol(value.c_str(), &end, 10);
      if (value.empty() || *end != '\0' || v < 0) {
        return Usage("--max-false-errors wants a count such as 0");
      }
      flags->max_false_errors = v;
    } else if (a == "--verbose" || a == "-v") {
      flags->verbose = true;
    } else if (a == "-h" || a == "--help") {
      Usage(nullptr);
      return -1;
    } else {
      std::string why = "unexpected or incomplete argument " + std::string(a);
      return Usage(why.c_str());
    }
  }
  if (flags->db.empty() || flags->expect.empty()) {
    return Usage("--db and --expect are required");
  }
  return 0;
}

std::optional<int64_t> ToInt(const std::optional<std::string>& s) {
  if (!s || s->empty()) return std::nullopt;
  char* end = nullptr;
  long long v = std::strtoll(s->c_str(), &end, 10);
  if (*end != '\0') return std::nullopt;
  return v;
}

std::string Show(const std::optional<std::string>& s) {
  return s ? *s : std::string("NULL");
}

void PrintFinding(const Finding& f, const std::string& stem) {
  std::printf("  #%lld %s %s %s actual=%s expected=%s page=%s\n      %s\n",
              static_cast<long long>(f.finding_id), stem.c_str(),
              f.rule.c_str(), f.severity.c_str(), Show(f.actual).c_str(),
              Show(f.expected).c_str(),
              f.page_no ? std::to_string(*f.page_no).c_str() : "NULL",
              Show(f.message).c_str());
}

std::string Ratio(int num, int den) {
  if (den == 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", static_cast<double>(num) / den);
  return buf;
}

void PrintRow(const std::string& name, const FamilyStats& s) {
  std::printf("%-18s %8d %6d %7s %8d %8d %9s %10d\n", name.c_str(), s.expected,
              s.found, Ratio(s.found, s.expected).c_str(), s.emitted, s.matched,
              Ratio(s.matched, s.emitted).c_str(), s.false_errors);
}

int Main(int argc, char** argv) {
  Flags flags;
  if (int rc = ParseFlags(argc, argv, &flags); rc != 0) return rc < 0 ? 0 : rc;

  StatusOr<ExpectSet> set = LoadExpectDir(flags.expect);
  if (!set.ok()) {
    std::fprintf(stderr, "eval_findings: %s\n",
                 set.status().ToString().c_str());
    return 2;
  }
  if (!flags.split.empty()) KeepSplit(flags.split == "test", &*set);
  for (const Expectation& e : set->expectations) {
    if (!IsKnownFamily(e.rule)) {
      std::fprintf(stderr, "eval_findings: %s: unknown rule family '%s'\n",
                   e.source.c_str(), e.rule.c_str());
    }
  }

  store::Options store_options;
  store_options.read_only = true;
  StatusOr<std::unique_ptr<store::Store>> store =
      store::Store::Open(flags.db, store_options);
  if (!store.ok()) {
    std::fprintf(stderr, "eval_findings: %s: %s\n", flags.db.c_str(),
                 store.status().ToString().c_str());
    return 2;
  }
  StatusOr<store::QueryResult> doc_rows =
      (*store)->Query("SELECT doc_id, path FROM v_documents ORDER BY doc_id");
  StatusOr<store::QueryResult> finding_rows = (*store)->Query(
      "SELECT finding_id, doc_id, rule, severity, message, expected, actual, "
      "page_no FROM v_findings ORDER BY finding_id");
  for (const auto* q : {&doc_rows, &finding_rows}) {
    if (!q->ok()) {
      std::fprintf(stderr, "eval_findings: %s: %s\n", flags.db.c_str(),
                   q->status().ToString().c_str());
      return 2;
    }
  }
  std::vector<Document> documents;
  std::map<int64_t, std::string> stem_of;
  for (const auto& row : doc_rows->rows) {
    std::optional<int64_t> id = row.size() >= 2 ? ToInt(row[0]) : std::nullopt;
    if (!id || !row[1]) continue;
    documents.push_back({*id, *row[1]});
    stem_of[*id] = FileStem(*row[1]);
  }
  std::vector<Finding> findings;
  for (const auto& row : finding_rows->rows) {
    if (row.size() < 8) continue;
    std::optional<int64_t> id = ToInt(row[0]), doc = ToInt(row[1]);
    if (!id || !doc) continue;
    Finding f;
    f.finding_id = *id;
    f.doc_id = *doc;
    f.rule = row[2].value_or("");
    f.severity = row[3].value_or("");
    f.message = row[4];
    f.expected = row[5];
    f.actual = row[6];
    if (std::optional<int64_t> page = ToInt(row[7])) {
      f.page_no = static_cast<int>(*page);
    }
    findings.push_back(std::move(f));
  }

  Evaluation ev = Evaluate(*set, documents, findings);

  int missing_docs = 0;
  for (const ExpectationResult& r : ev.results) {
    if (!r.doc_id) ++missing_docs;
  }
  std::printf(
      "%zu expectations (%zu traps) from %s; %d scored documents in %s; "
      "%zu findings (%d on unscored documents)\n",
      set->expectations.size(), set->traps.size(), flags.expect.c_str(),
      ev.scored_documents, flags.db.c_str(), findings.size(),
      ev.ignored_findings);
  if (missing_docs > 0) {
    std::printf(
        "%d expectation(s) name a stem with no document (counted as "
        "missed)\n",
        missing_docs);
  }
  std::printf("\n%-18s %8s %6s %7s %8s %8s %9s %10s\n", "family", "expected",
              "found", "recall", "emitted", "matched", "precision",
              "false_err");
  // Known families in docs/rules.md's order, then any others the data used.
  for (const std::string& family : KnownFamilies()) {
    auto it = ev.families.find(family);
    PrintRow(family, it == ev.families.end() ? FamilyStats() : it->second);
  }
  for (const auto& [family, s] : ev.families) {
    if (!IsKnownFamily(family)) PrintRow(family, s);
  }
  PrintRow("total", ev.total);
  // The planted inconsistencies alone, without the seeds' own slips that
  // every variant inherits and so counts again.
  int planted = 0, planted_found = 0;
  for (const ExpectationResult& r : ev.results) {
    if (!IsPlanted(*set, *r.expectation)) continue;
    ++planted;
    if (r.finding_id) ++planted_found;
  }
  std::printf("%-18s %8d %6d %7s   (without the seeds' slips)\n",
              "planted only", planted, planted_found,
              Ratio(planted_found, planted).c_str());

  if (flags.verbose) {
    std::printf("\nexpectations:\n");
    for (const ExpectationResult& r : ev.results) {
      const Expectation& e = *r.expectation;
      std::string status = r.finding_id
                               ? "found #" + std::to_string(*r.finding_id)
                           : !r.doc_id  ? std::string("MISSED (no document)")
                           : e.optional ? std::string("optional, none")
                                        : std::string("MISSED");
      std::printf("  %-28s %s%-17s %-7s %10s  %s\n      %s  (%s)\n",
                  e.stem.c_str(), e.optional ? "?" : "", e.rule.c_str(),
                  SeverityName(e.min_severity), e.stated.c_str(),
                  status.c_str(), e.description.c_str(), e.source.c_str());
    }
  }
  std::printf("\nfalse errors: %zu\n", ev.false_errors.size());
  for (const Finding& f : ev.false_errors) PrintFinding(f, stem_of[f.doc_id]);
  std::printf("\ntraps violated: %zu\n", ev.trap_violations.size());
  for (const TrapViolation& v : ev.trap_violations) {
    std::printf("  %s %s [", v.trap->seed_stem.c_str(), v.trap->rule.c_str());
    for (size_t i = 0; i < v.trap->numbers.size(); ++i) {
      std::printf("%s%s", i ? " " : "", v.trap->numbers[i].c_str());
    }
    std::printf("] by #%lld on %s (%s)\n      %s\n",
                static_cast<long long>(v.finding_id), stem_of[v.doc_id].c_str(),
                v.trap->source.c_str(), v.trap->why.c_str());
  }
  // Clean documents: scored, with no slip expected. What a reviewer of a
  // correct report would see: its unmatched warnings.
  std::set<std::string> slipped;
  for (const Expectation& e : set->expectations) {
    if (!e.optional) slipped.insert(e.stem);
  }
  std::set<int64_t> clean;
  for (const Document& d : documents) {
    std::string stem = FileStem(d.path);
    if (set->scored_stems.count(stem) && !slipped.count(stem)) {
      clean.insert(d.doc_id);
    }
  }
  int clean_warnings = 0, clean_errors = 0;
  for (const Finding& f : ev.other_unmatched) {
    if (clean.count(f.doc_id) && f.severity == "warning") ++clean_warnings;
  }
  for (const Finding& f : ev.false_errors) {
    if (clean.count(f.doc_id)) ++clean_errors;
  }
  std::printf(
      "\nclean documents (no slip expected): %zu; unmatched warnings on them: "
      "%d (%s per 10 documents); errors on them: %d\n",
      clean.size(), clean_warnings,
      clean.empty() ? "-"
                    : Ratio(clean_warnings * 10, int(clean.size())).c_str(),
      clean_errors);
  std::printf("\nunmatched warnings and infos (not false errors): %zu\n",
              ev.other_unmatched.size());
  for (const Finding& f : ev.other_unmatched) {
    PrintFinding(f, stem_of[f.doc_id]);
  }

  bool fail = false;
  if (flags.min_recall && ev.total.Recall() < *flags.min_recall) {
    std::printf("\nFAIL: recall %.3f below --min-recall %.3f\n",
                ev.total.Recall(), *flags.min_recall);
    fail = true;
  }
  if (flags.max_false_errors &&
      ev.total.false_errors > *flags.max_false_errors) {
    std::printf("\nFAIL: %d false error(s), more than --max-false-errors %ld\n",
                ev.total.false_errors, *flags.max_false_errors);
    fail = true;
  }
  return fail ? 1 : 0;
}

}  // namespace
}  // namespace tally::tools

int main(int argc, char** argv) { return tally::tools::Main(argc, argv); }
