// tools/finding_eval.h: scores the check stage's findings against the
// planted-inconsistency corpus (corpus/planted/).
//
// Input: an expectation set read from a directory (LoadExpectDir):
//   <stem>.expect  one line per finding the checker must produce on the
//                  document whose file stem is <stem> (a planted variant):
//                  rule <TAB> min-severity <TAB> stated <TAB> expected
//                  <TAB> description;
//   seeds.expect   the same with the seed's stem as a first field, for the
//                  unmodified seeds' own slips (a line with the stem alone
//                  only declares the seed scored);
//   traps.tsv      seed-stem <TAB> rule <TAB> numbers <TAB> why: consistent
//                  statements that must not be reported as an 'error';
// and the findings of a database (v_findings joined to the document's file
// stem). '#' starts a comment line; a rule written "?rule" is optional: a
// finding may match it, recall does not count it.
//
// Output: an Evaluation (Evaluate): which expectations were found, which
// findings are false errors (an unmatched 'error' on a scored document),
// which unmatched warnings and infos there were, which traps were violated,
// and counts per rule family.
//
// Matching: a finding matches an expectation if both concern the same
// document, the finding's rule family (FamilyOf) is the expectation's, its
// severity is at least the expectation's minimum (error > warning > info),
// and the stated number equals (exact decimal compare, CanonicalNumber) the
// first number of the finding's actual -- or, when actual holds no number,
// any number of its message. For the two-sided families fact.conflict and
// table.text, where neither value is privileged, the first number of
// expected also counts. Each finding matches at most one expectation and
// each expectation at most one finding (a maximum bipartite matching,
// required expectations first, so the result does not depend on row order).
//
// Documents: an expectation stem names every document whose path has that
// file stem (corpus/planted/x.txt, BUILD/corpus/planted/pdf/x.pdf, ...);
// files named *.expect or *.tsv are the expectations themselves (a folder
// ingest picks them up) and are never scored. A stem with several
// documents is scored once per document. Traps apply to the seed's
// document and its variants' (stems sharing the seed's prefix before the
// first '_', e.g. 004_b8c8dfb6c76e9ad3 and 004_rate.ratio_1), to error
// findings that matched no expectation.
//
// Thread safety: plain values and pure functions, except LoadExpectDir,
// which reads files.
//
//   StatusOr<ExpectSet> set = LoadExpectDir("corpus/planted");
//   std::vector<Finding> findings = ...;  // from v_findings
//   Evaluation ev = Evaluate(*set, documents, findings);
//   if (ev.total.Recall() < 0.9) ...
#ifndef TALLY_TOOLS_FINDING_EVAL_H_
#define TALLY_TOOLS_FINDING_EVAL_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tally::tools {

// Severities in increasing order, so that a >= b means "at least as severe".
enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

// "info", "warning", "error" (exactly, lower case); nullopt otherwise.
std::optional<Severity> ParseSeverity(std::string_view s);
const char* SeverityName(Severity s);

// The rule families of the v_findings contract (docs/rules.md).
const std::vector<std::string>& KnownFamilies();
bool IsKnownFamily(std::string_view rule);
// The family of a rule id: the known family equal to it or of which it is a
// dotted refinement ("sum.breakdown.table" -> "sum.breakdown"); otherwise
// the rule itself.
std::string FamilyOf(std::string_view rule);

// The canonical text of a decimal number, so that equal values compare
// equal: no sign for zero, no leading zeros in the integer part, no trailing
// zeros in the fraction ("033.40" -> "33.4", "-0.0" -> "0", "5." -> "5").
// Accepts [+-]digits[.digits] (or .digits), with ASCII digits; nullopt for
// anything else.
std::optional<std::string> CanonicalNumber(std::string_view s);

// Every decimal number in text, canonical, in order. Digits may be ASCII or
// full-width (０-９, with ． as the point); a ',' between digit groups of
// three is a thousands separator ("4,373,200" -> 4373200); a '-' or '−'
// right before the digits is a sign. "2022年1-7月" gives 2022, 1, 7 (a '-'
// after a digit is a dash, not a sign).
std::vector<std::string> NumbersIn(std::string_view text);

// The file stem of a path: the base name without its last extension
// ("/a/003_x.carryover_1.txt" -> "003_x.carryover_1").
std::string FileStem(std::string_view path);
// The variant prefix of a stem: the part before the first '_' ("004").
std::string StemPrefix(std::string_view stem);

struct Expectation {
  std::string stem;  // the document's file stem
  std::string rule;  // a family name, without the optional '?'
  bool optional = false;
  Severity min_severity = Severity::kWarning;
  std::string stated;    // canonical number
  std::string expected;  // as written (may be empty); for reading only
  std::string description;
  std::string source;      // "file:line", for messages
  bool seed_slip = false;  // from seeds.expect
};

struct Trap {
  std::string seed_stem;
  std::string rule;
  std::vector<std::string> numbers;  // canonical, all must occur
  std::string why;
  std::string source;  // "file:line"
};

struct ExpectSet {
  std::vector<Expectation> expectations;
  std::vector<Trap> traps;
  // Stems whose documents are scored: every .expect file's stem, every
  // stem named in seeds.expect (with or without slips), every trap's seed.
  std::set<std::string> scored_stems;
};

// Parsers for the three file formats; source names the file in messages.
// Errors (InvalidArgument, naming source and line): a wrong number of
// fields, an unknown severity, a stated field that is not a number, a trap
// without numbers. Unknown rule names are accepted (IsKnownFamily tells).
// Appends to *out.
Status ParseExpectFile(std::string_view text, std::string_view stem,
                       std::string_view source, ExpectSet* out);
Status ParseSeedsExpect(std::string_view text, std::string_view source,
                        ExpectSet* out);
Status ParseTraps(std::string_view text, std::string_view source,
                  ExpectSet* out);

// corpus/real's <id>.ann (see corpus/real/README.md): a 'broken' relation
// is an expectation of its document (a slip of its own, so its planted
// copies inherit it), a 'trap' is a trap on its hinge number (an error of
// that family citing it violates it); 'holds' relations and the meta and
// amount records are ignored (an error on a scored document is a false
// error anyway). min-severity follows AnnotatedSeverity.
Status ParseAnnFile(std::string_view text, std::string_view stem,
                    std::string_view source, ExpectSet* out);
// 'error' for the families whose slips arithmetic proves (sums, ratios,
// balances, points, grade bands, rates above 100%), 'warning' for the rest.
Severity AnnotatedSeverity(std::string_view family);

// corpus/real's fixed split: a document is in the test split when its id
// (the stem's prefix, the first 12 hex digits of sha256 of its source URL)
// starts with 0-5. KeepSplit drops from *set everything not in the split
// asked for (test or dev).
bool InTestSplit(std::string_view stem);
void KeepSplit(bool test, ExpectSet* set);

// True for a planted inconsistency: a required line of a variant's .expect
// that does not repeat one of its seed's slips (a seeds.expect line with
// the same stem prefix, rule and stated number), which every variant
// inherits and so lists again.
bool IsPlanted(const ExpectSet& set, const Expectation& e);

// Reads dir/*.expect (seeds.expect with ParseSeedsExpect, the others with
// ParseExpectFile under their stem), dir/*.ann (ParseAnnFile), dir/traps.tsv
// if present, and dir/planted/ likewise if it exists. NotFound if dir has
// none of them; IOError if a file cannot be read.
StatusOr<ExpectSet> LoadExpectDir(const std::string& dir);

struct Document {
  int64_t doc_id = 0;
  std::string path;
};

struct Finding {
  int64_t finding_id = 0;
  int64_t doc_id = 0;
  std::string rule;
  std::string severity;  // as stored; an unknown value scores as info
  std::optional<std::string> message, expected, actual;
  std::optional<int> page_no;
};

// Counts for one rule family (or the total).
struct FamilyStats {
  int expected = 0;  // required expectations
  int found = 0;     // required expectations matched
  int emitted = 0;   // error + warning findings on scored documents
  int matched = 0;   // of those, matched to an expectation (any)
  int false_errors = 0;
  int other_unmatched = 0;   // unmatched warnings and infos
  double Recall() const;     // found / expected (1 when nothing expected)
  double Precision() const;  // matched / emitted (1 when nothing emitted)
};

struct ExpectationResult {
  const Expectation* expectation = nullptr;
  std::optional<int64_t> doc_id;      // nullopt: no document has the stem
  std::optional<int64_t> finding_id;  // the matched finding, if any
};

struct TrapViolation {
  const Trap* trap = nullptr;
  int64_t finding_id = 0;
  int64_t doc_id = 0;
};

struct Evaluation {
  // One per (expectation, document) pair; one with no doc_id for a stem
  // without documents. Points into the ExpectSet given to Evaluate.
  std::vector<ExpectationResult> results;
  std::vector<Finding> false_errors;     // unmatched errors, scored docs
  std::vector<Finding> other_unmatched;  // unmatched warnings and infos
  std::vector<TrapViolation> trap_violations;
  std::map<std::string, FamilyStats> families;
  FamilyStats total;
  int scored_documents = 0;
  int ignored_findings = 0;  // on documents without expectations
};

// Scores findings against set. documents are the database's current
// documents (for their paths); findings of unknown documents are ignored.
// The result points into set, which must outlive it.
Evaluation Evaluate(const ExpectSet& set,
                    const std::vector<Document>& documents,
                    const std::vector<Finding>& findings);

}  // namespace tally::tools

#endif  // TALLY_TOOLS_FINDING_EVAL_H_
