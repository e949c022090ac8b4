// tools/fact_eval.h: the pure core of eval_facts, which scores what tally
// extracted (v_facts, v_documents, v_indicators, v_budgets) against the
// hand-checked gold annotations in corpus/gold/ (format and conventions in
// corpus/gold/README.md).
//
// Input: the text of one gold file and the rows eval_facts read from the
// database, as plain structs (no SQLite here). Output: matches and counts.
//
//   * Facts are matched per document as multisets on (kind, value, unit):
//     the value as an exact decimal ("100" == "100.00", never a float), the
//     unit exactly (only whitespace and full-width forms folded). Within one
//     key, gold rows and extracted facts are aligned in document order,
//     choosing among the alignments with the most pairs the one where
//     qualifiers, labels and snippets agree most; so the number of matches
//     is the multiset count, and a duplicate missed early in the document is
//     reported as that one. Qualifier and label never decide whether a fact
//     matches, only which of equal facts pair up.
//   * Metadata fields compare exactly (gold "-" is a NULL report_date).
//   * Indicator rows pair by level3 and budget rows by item (whitespace
//     removed); their cells compare by CellsEqual.
// Text comparisons (units, grade words, labels, cells) ignore whitespace and
// fold the full-width forms of ASCII ("（50分）" == "(50分)", "％" == "%"):
// the normaliser rewrites those, and they are not reading errors.
//
// Thread safety: pure functions over values.
//
//   StatusOr<GoldDocument> gold = ParseGold(text);
//   FactMatchResult m = MatchFacts(gold->facts, extracted);
//   std::map<std::string, KindScore> scores;
//   AddFactScores(gold->facts, extracted, m, &scores);
//   scores["amount"].precision();
#ifndef TALLY_TOOLS_FACT_EVAL_H_
#define TALLY_TOOLS_FACT_EVAL_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tally::tools {

// ---- Exact decimals -------------------------------------------------------

// The canonical text of a decimal number: optional sign, digits, optional
// fraction, optional exponent ("1.5e3"); ASCII ',' thousands separators are
// accepted between digit groups of three. Leading zeros and trailing
// fractional zeros go, "-0" is "0": "0100.50" -> "100.5", "1,234" -> "1234",
// "4.3732e6" -> "4373200". nullopt if s (after trimming ASCII blanks) is not
// such a number.
std::optional<std::string> CanonicalDecimal(std::string_view s);

// True if both parse as decimals and are the same number.
bool DecimalEqual(std::string_view a, std::string_view b);

// ---- Gold files -----------------------------------------------------------

// The fact kinds a gold file annotates (dates and document numbers are not).
inline constexpr std::string_view kGoldFactKinds[] = {
    "amount", "percent", "count", "score", "grade"};
bool IsGoldFactKind(std::string_view kind);

// The metadata keys every gold file carries.
inline constexpr std::string_view kGoldMetaKeys[] = {
    "bureau", "fiscal_year", "report_kind", "report_date"};

struct GoldFact {
  int line = 0;  // 1-based line in the gold file
  std::string kind, value, unit, qualifier, label, snippet;
};

struct GoldIndicator {
  int line = 0;
  std::string level1, level2, level3, target, actual, weight, score, note;
};

struct GoldBudget {
  int line = 0;
  std::string item, initial, full, executed, weight, rate, score;
};

struct GoldDocument {
  std::map<std::string, std::string> meta;  // key -> value as written
  std::vector<GoldFact> facts;              // in file (= document) order
  std::vector<GoldIndicator> indicators;
  std::vector<GoldBudget> budgets;
};

// Parses a gold file: UTF-8 (a leading BOM is skipped), '\n' or "\r\n" line
// ends, '#' comment lines and blank lines ignored, one TAB between fields.
// Records: "meta key value" (3 fields), a fact "KIND value unit qualifier
// label snippet" (6), "indicator" + 8 cells (9), "budget" + 7 cells (8).
// Missing trailing fields read as empty (an editor may strip trailing TABs);
// extra fields are an error. InvalidArgument naming the line for an unknown
// record type or kind, too many fields, a repeated or unknown meta key, or a
// numeric fact whose value is not a decimal.
StatusOr<GoldDocument> ParseGold(std::string_view text);

// Conventions ParseGold does not enforce: all four meta keys present;
// fiscal_year an integer; report_date YYYY-MM-DD or "-"; a unit for every
// numeric fact and none for a grade; qualifier empty or one of ≥ ≤ > < ≈;
// indicator rows with a level3. One message per problem, empty if none.
std::vector<std::string> ValidateGold(const GoldDocument& gold);

// The gold stem a stored document's path stands for: its basename without
// the last extension ("corpus/pdf/001_c70d.pdf" -> "001_c70d").
std::string StemOfPath(std::string_view path);

// ---- Relations ------------------------------------------------------------

// One arithmetic relation of a corpus/real annotation (corpus/real/
// README.md): "rel status family stated expected numbers note".
struct GoldRelation {
  int line = 0;
  std::string status, family, note;
  std::vector<std::string> numbers;  // canonical, distinct, in order
};

// The relations of an annotation that the extract stage should find: those
// that hold or are broken (not traps) and tie two or more distinct numbers
// together (a lone number says nothing of structure). Lines that are not
// such records, and numbers that are not decimals, are skipped.
std::vector<GoldRelation> ParseGoldRelations(std::string_view ann);

// Whether a gold relation was found: one extracted relation (the canonical
// values of its members) holds every number of it. A relation extracted
// with more members (a budget with its rate and balance) still covers a
// ratio of two of them.
bool RelationCovered(const GoldRelation& gold,
                     const std::vector<std::vector<std::string>>& extracted);

// ---- Facts ----------------------------------------------------------------

// One row of v_facts; NULL columns read as "".
struct ExtractedFact {
  int64_t fact_id = 0;
  int page_no = 0;
  std::string kind, raw, value, unit, qualifier, label, context;
};

struct FactMatchResult {
  // (gold index, extracted index) pairs, in gold order.
  std::vector<std::pair<size_t, size_t>> matched;
  std::vector<size_t> missed;    // gold indices with no extracted fact (FN)
  std::vector<size_t> spurious;  // extracted indices of a gold kind with no
                                 // gold fact (FP); other kinds are ignored
};

// Multiset match of one document's facts on (kind, value, unit): numeric
// values by DecimalEqual, grade words and units after folding (see above).
// Both inputs should be in document order (page, then position); see the
// alignment rule above.
FactMatchResult MatchFacts(const std::vector<GoldFact>& gold,
                           const std::vector<ExtractedFact>& extracted);

// Counts for one kind, summed over documents.
struct KindScore {
  size_t gold = 0;       // gold rows
  size_t extracted = 0;  // extracted facts of the kind
  size_t tp = 0;
  size_t qualifier_agree = 0;  // matched facts with the same qualifier
  size_t label_agree = 0;      // matched facts whose labels agree

  size_t fp() const { return extracted - tp; }
  size_t fn() const { return gold - tp; }
  // TP / extracted, 1 when nothing was extracted (nothing claimed wrongly).
  double precision() const;
  // TP / gold, 1 when there is no gold fact of the kind.
  double recall() const;
};

// Adds one document's counts to *scores, keyed by kind (every gold kind gets
// an entry, even with zero counts).
void AddFactScores(const std::vector<GoldFact>& gold,
                   const std::vector<ExtractedFact>& extracted,
                   const FactMatchResult& match,
                   std::map<std::string, KindScore>* scores);

// Label agreement: after folding, neither empty and one contains the other
// ("医保基金实际拨付" vs "实际拨付").
bool LabelsAgree(std::string_view gold, std::string_view extracted);

// ---- Metadata -------------------------------------------------------------

// Gold meta value against the stored column (nullopt = NULL): equal after
// trimming; gold "-" equals NULL or "".
bool MetaEqual(std::string_view gold, const std::optional<std::string>& db);

// ---- Indicator and budget rows --------------------------------------------

// Table cells: equal after folding (whitespace, full-width forms), or both a
// decimal with the same trailing unit (分 % 元 万元) or a unit on one side
// only, and the same number ("15" == "15分" == "15.0", "100%" == "100";
// "100%" != "100分").
bool CellsEqual(std::string_view gold, std::string_view db);

// One row of v_indicators; NULL columns read as "".
struct ExtractedIndicator {
  int page_no = 0;
  std::string level1, level2, level3, target, actual, weight, score, note;
};

struct RowMismatch {
  size_t gold = 0;                  // index into the gold rows
  std::optional<size_t> extracted;  // nullopt: no row with that level3/item
  std::vector<std::string> fields;  // names of the cells that differ
};

struct RowScore {
  size_t total = 0;            // gold rows
  size_t found = 0;            // gold rows with a stored row
  size_t weight_score_ok = 0;  // found, and weight and score equal
  size_t fully_ok = 0;         // found, and every cell equal
  size_t extra = 0;            // stored rows no gold row claimed
  std::vector<RowMismatch> mismatches;
};

// Pairs gold rows with stored rows by level3 (folded; the first unclaimed
// stored row wins) and compares level1, level2, target, actual,
// weight, score and note.
RowScore ScoreIndicators(const std::vector<GoldIndicator>& gold,
                         const std::vector<ExtractedIndicator>& extracted);

// One row of v_budgets; NULL columns read as "".
struct ExtractedBudget {
  int page_no = 0;
  std::string item, initial, full, executed, weight, rate, score;
};

// As ScoreIndicators, pairing by item folded and without a leading "其中：";
// weight_score_ok counts rows whose weight and score are equal.
RowScore ScoreBudgets(const std::vector<GoldBudget>& gold,
                      const std::vector<ExtractedBudget>& extracted);

}  // namespace tally::tools

#endif  // TALLY_TOOLS_FACT_EVAL_H_
