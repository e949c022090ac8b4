// tests/tools/finding_eval_test.cc: the scoring logic of eval_findings
// (tools/finding_eval.h), and the planted corpus it scores against
// (corpus/planted/: each variant one small edit of its seed, every
// expectation well formed, every rule family covered).
#include "tools/finding_eval.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/file.h"

namespace tally::tools {
namespace {

namespace fs = std::filesystem;

// --- Building blocks ------------------------------------------------------

TEST(SeverityTest, ParsesAndOrders) {
  EXPECT_EQ(ParseSeverity("error"), Severity::kError);
  EXPECT_EQ(ParseSeverity("warning"), Severity::kWarning);
  EXPECT_EQ(ParseSeverity("info"), Severity::kInfo);
  EXPECT_FALSE(ParseSeverity("Error"));
  EXPECT_FALSE(ParseSeverity("fatal"));
  EXPECT_FALSE(ParseSeverity(""));
  EXPECT_GT(Severity::kError, Severity::kWarning);
  EXPECT_GT(Severity::kWarning, Severity::kInfo);
  EXPECT_STREQ(SeverityName(Severity::kWarning), "warning");
}

TEST(FamilyTest, KnownFamiliesAndRefinements) {
  EXPECT_EQ(KnownFamilies().size(), 13u);
  EXPECT_TRUE(IsKnownFamily("balance.carryover"));
  EXPECT_FALSE(IsKnownFamily("balance"));
  EXPECT_EQ(FamilyOf("sum.breakdown"), "sum.breakdown");
  EXPECT_EQ(FamilyOf("sum.breakdown.table"), "sum.breakdown");
  EXPECT_EQ(FamilyOf("sum.breakdownx"), "sum.breakdownx");
  EXPECT_EQ(FamilyOf("made.up"), "made.up");
}

TEST(NumberTest, CanonicalFormComparesValues) {
  EXPECT_EQ(CanonicalNumber("33.40"), "33.4");
  EXPECT_EQ(CanonicalNumber("033.4"), "33.4");
  EXPECT_EQ(CanonicalNumber("100"), "100");
  EXPECT_EQ(CanonicalNumber("100.00"), "100");
  EXPECT_EQ(CanonicalNumber("5."), "5");
  EXPECT_EQ(CanonicalNumber(".5"), "0.5");
  EXPECT_EQ(CanonicalNumber("-0.0"), "0");
  EXPECT_EQ(CanonicalNumber("-12.50"), "-12.5");
  EXPECT_NE(CanonicalNumber("33.42"), CanonicalNumber("33.24"));
  EXPECT_NE(CanonicalNumber("1000"), CanonicalNumber("100"));
  EXPECT_FALSE(CanonicalNumber(""));
  EXPECT_FALSE(CanonicalNumber("."));
  EXPECT_FALSE(CanonicalNumber("12a"));
  EXPECT_FALSE(CanonicalNumber("1.2.3"));
  EXPECT_FALSE(CanonicalNumber("33.42万元"));
}

TEST(NumberTest, NumbersInText) {
  using V = std::vector<std::string>;
  EXPECT_EQ(NumbersIn("437.32元"), V({"437.32"}));
  EXPECT_EQ(NumbersIn("33.24万元"), V({"33.24"}));
  EXPECT_EQ(NumbersIn("≥67.26%"), V({"67.26"}));
  EXPECT_EQ(NumbersIn("良好"), V());
  EXPECT_EQ(NumbersIn("合计 4,373,200 元"), V({"4373200"}));
  EXPECT_EQ(NumbersIn("１２．５％"), V({"12.5"}));
  EXPECT_EQ(NumbersIn("2022 年 1-7 月"), V({"2022", "1", "7"}));
  EXPECT_EQ(NumbersIn("2022年1-7月"), V({"2022", "1", "7"}));
  EXPECT_EQ(NumbersIn("结余-5.0万元"), V({"-5"}));
  EXPECT_EQ(NumbersIn("A-5"), V({"5"}));
  EXPECT_EQ(NumbersIn("1,2 和 3"), V({"1", "2", "3"}));
  EXPECT_EQ(NumbersIn("12,3456"), V({"12", "3456"}));
  EXPECT_EQ(NumbersIn("共 9 项。"), V({"9"}));
  EXPECT_EQ(NumbersIn("第 3.5. 条"), V({"3.5"}));
}

TEST(PathTest, StemAndPrefix) {
  EXPECT_EQ(FileStem("/a/b/003_balance.carryover_1.txt"),
            "003_balance.carryover_1");
  EXPECT_EQ(FileStem("x/004_b8c8dfb6c76e9ad3.pdf"), "004_b8c8dfb6c76e9ad3");
  EXPECT_EQ(FileStem("noext"), "noext");
  EXPECT_EQ(StemPrefix("004_rate.ratio_1"), "004");
  EXPECT_EQ(StemPrefix("004_b8c8dfb6c76e9ad3"), "004");
  EXPECT_EQ(StemPrefix("plain"), "plain");
}

// --- Parsing --------------------------------------------------------------

TEST(ParseTest, ExpectFile) {
  ExpectSet set;
  ASSERT_TRUE(ParseExpectFile("# comment\n\n"
                              "balance.carryover\terror\t33.240\t33.42\twhy\n"
                              "?sum.breakdown\terror\t33.24\n"
                              "unit.magnitude.prose\twarning\t437.32\t\r\n",
                              "003_x_1", "f.expect", &set)
                  .ok());
  ASSERT_EQ(set.expectations.size(), 3u);
  const Expectation& e = set.expectations[0];
  EXPECT_EQ(e.stem, "003_x_1");
  EXPECT_EQ(e.rule, "balance.carryover");
  EXPECT_FALSE(e.optional);
  EXPECT_EQ(e.min_severity, Severity::kError);
  EXPECT_EQ(e.stated, "33.24");
  EXPECT_EQ(e.expected, "33.42");
  EXPECT_EQ(e.description, "why");
  EXPECT_EQ(e.source, "f.expect:3");
  EXPECT_TRUE(set.expectations[1].optional);
  EXPECT_EQ(set.expectations[1].rule, "sum.breakdown");
  EXPECT_EQ(set.expectations[2].rule, "unit.magnitude");
  EXPECT_TRUE(set.scored_stems.count("003_x_1"));
}

TEST(ParseTest, RejectsMalformedLines) {
  ExpectSet set;
  Status s = ParseExpectFile("sum.breakdown\tfatal\t1\n", "x", "f", &set);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("f:1"), std::string::npos) << s.ToString();
  EXPECT_FALSE(ParseExpectFile("sum.breakdown\terror\n", "x", "f", &set).ok());
  EXPECT_FALSE(
      ParseExpectFile("sum.breakdown\terror\t33.24万元\n", "x", "f", &set)
          .ok());
  EXPECT_FALSE(ParseExpectFile("a\terror\t1\t2\t3\t4\n", "x", "f", &set).ok());
  EXPECT_FALSE(ParseTraps("004\tsum.breakdown\t\twhy\n", "t", &set).ok());
  EXPECT_FALSE(ParseTraps("004\tsum.breakdown\t1 x\twhy\n", "t", &set).ok());
  EXPECT_FALSE(ParseSeedsExpect("001\tunit.magnitude\n", "s", &set).ok());
}

TEST(ParseTest, SeedsExpectAndTraps) {
  ExpectSet set;
  ASSERT_TRUE(ParseSeedsExpect("000_a\n"
                               "001_b\tunit.magnitude\twarning\t437.32\t"
                               "437.32万元\tslip\n",
                               "seeds.expect", &set)
                  .ok());
  ASSERT_EQ(set.expectations.size(), 1u);
  EXPECT_EQ(set.expectations[0].stem, "001_b");
  EXPECT_EQ(set.expectations[0].rule, "unit.magnitude");
  EXPECT_TRUE(set.scored_stems.count("000_a"));
  EXPECT_TRUE(set.scored_stems.count("001_b"));
  EXPECT_TRUE(set.expectations[0].seed_slip);
  // A variant's repeat of its seed's slip is not planted; its own line is.
  ASSERT_TRUE(ParseExpectFile("sum.breakdown\terror\t29000\n"
                              "unit.magnitude\terror\t437.32\n"
                              "?rate.ratio\terror\t1\n",
                              "001_sum.breakdown_1", "v", &set)
                  .ok());
  ASSERT_EQ(set.expectations.size(), 4u);
  EXPECT_FALSE(IsPlanted(set, set.expectations[0]));  // the seed's own
  EXPECT_TRUE(IsPlanted(set, set.expectations[1]));
  EXPECT_FALSE(IsPlanted(set, set.expectations[2]));  // inherited
  EXPECT_FALSE(IsPlanted(set, set.expectations[3]));  // optional
  ASSERT_TRUE(
      ParseTraps("004_c\tsum.breakdown\t25.92  37.340\trounding\n", "t", &set)
          .ok());
  ASSERT_EQ(set.traps.size(), 1u);
  EXPECT_EQ(set.traps[0].numbers, std::vector<std::string>({"25.92", "37.34"}));
  EXPECT_EQ(set.traps[0].why, "rounding");
  EXPECT_TRUE(set.scored_stems.count("004_c"));
}

// --- Scoring --------------------------------------------------------------

Expectation Exp(std::string stem, std::string rule, Severity min,
                std::string stated, bool optional = false) {
  Expectation e;
  e.stem = std::move(stem);
  e.rule = std::move(rule);
  e.min_severity = min;
  e.stated = *CanonicalNumber(stated);
  e.optional = optional;
  return e;
}

Finding Find(int64_t id, int64_t doc, std::string rule, std::string severity,
             std::optional<std::string> actual,
             std::optional<std::string> message = std::nullopt,
             std::optional<std::string> expected = std::nullopt) {
  Finding f;
  f.finding_id = id;
  f.doc_id = doc;
  f.rule = std::move(rule);
  f.severity = std::move(severity);
  f.actual = std::move(actual);
  f.message = std::move(message);
  f.expected = std::move(expected);
  return f;
}

ExpectSet SetOf(std::vector<Expectation> es) {
  ExpectSet set;
  for (Expectation& e : es) {
    set.scored_stems.insert(e.stem);
    set.expectations.push_back(std::move(e));
  }
  return set;
}

const std::vector<Document> kDocs = {
    {1, "/c/planted/003_balance.carryover_1.txt"},
    {2, "/c/seeds/004_b8c8dfb6c76e9ad3.txt"},
    {3, "/c/planted/004_rate.ratio_1.txt"},
    {4, "/c/other/999_unrelated.txt"},
    {5, "/c/planted/003_balance.carryover_1.expect"},
};

TEST(EvaluateTest, SeverityMustReachTheMinimum) {
  ExpectSet set = SetOf({Exp("003_balance.carryover_1", "balance.carryover",
                             Severity::kError, "33.24")});
  Evaluation weak = Evaluate(
      set, kDocs, {Find(1, 1, "balance.carryover", "warning", "33.24万元")});
  EXPECT_EQ(weak.total.found, 0);
  EXPECT_EQ(weak.other_unmatched.size(), 1u);
  Evaluation strong = Evaluate(
      set, kDocs, {Find(1, 1, "balance.carryover", "error", "33.24万元")});
  EXPECT_EQ(strong.total.found, 1);
  EXPECT_EQ(strong.total.false_errors, 0);

  ExpectSet lenient = SetOf({Exp("003_balance.carryover_1", "unit.magnitude",
                                 Severity::kWarning, "437.32")});
  Evaluation above = Evaluate(
      lenient, kDocs, {Find(1, 1, "unit.magnitude", "error", "437.32元")});
  EXPECT_EQ(above.total.found, 1);
  Evaluation info = Evaluate(
      lenient, kDocs, {Find(1, 1, "unit.magnitude", "info", "437.32元")});
  EXPECT_EQ(info.total.found, 0);
}

TEST(EvaluateTest, NumberMatch) {
  ExpectSet set = SetOf({Exp("003_balance.carryover_1", "balance.carryover",
                             Severity::kError, "33.24")});
  auto found = [&](Finding f) { return Evaluate(set, kDocs, {f}).total.found; };
  // The first number of actual, compared as a decimal value.
  EXPECT_EQ(found(Find(1, 1, "balance.carryover", "error", "33.240万元")), 1);
  EXPECT_EQ(found(Find(1, 1, "balance.carryover", "error", "33.42万元")), 0);
  EXPECT_EQ(found(Find(1, 1, "balance.carryover", "error", "332.4万元")), 0);
  // Only the first number of actual counts.
  EXPECT_EQ(found(Find(1, 1, "balance.carryover", "error",
                       "192.31 - 158.89 ≠ 33.24")),
            0);
  // An actual with a number that differs: the message is not consulted.
  EXPECT_EQ(found(Find(1, 1, "balance.carryover", "error", "33.42万元",
                       "结转 33.24 万元")),
            0);
  // No number in actual (or none at all): any number of the message.
  EXPECT_EQ(found(Find(1, 1, "balance.carryover", "error", "见正文",
                       "192.31 - 158.89 = 33.42, 结转 33.24 万元")),
            1);
  EXPECT_EQ(found(Find(1, 1, "balance.carryover", "error", std::nullopt,
                       "结转 33.24 万元")),
            1);
  // Another rule family, or a refinement of the same one.
  EXPECT_EQ(found(Find(1, 1, "sum.breakdown", "error", "33.24万元")), 0);
  EXPECT_EQ(found(Find(1, 1, "balance.carryover.net", "error", "33.24万元")),
            1);
  // Another document.
  EXPECT_EQ(found(Find(1, 3, "balance.carryover", "error", "33.24万元")), 0);
}

TEST(EvaluateTest, TwoSidedFamiliesAlsoMatchOnExpected) {
  ExpectSet set = SetOf(
      {Exp("003_balance.carryover_1", "fact.conflict", Severity::kWarning,
           "664.13"),
       Exp("003_balance.carryover_1", "rate.ratio", Severity::kError, "54")});
  Evaluation ev = Evaluate(
      set, kDocs,
      {Find(1, 1, "fact.conflict", "warning", "644.13万元", "", "664.13万元"),
       Find(2, 1, "rate.ratio", "error", "44.93%", "", "54%")});
  EXPECT_EQ(ev.families["fact.conflict"].found, 1);
  EXPECT_EQ(ev.families["rate.ratio"].found, 0);  // one-sided: actual only
  EXPECT_EQ(ev.total.false_errors, 1);
}

TEST(EvaluateTest, OneFindingMatchesOneExpectation) {
  ExpectSet set = SetOf({Exp("003_balance.carryover_1", "unit.magnitude",
                             Severity::kWarning, "437.32"),
                         Exp("003_balance.carryover_1", "unit.magnitude",
                             Severity::kWarning, "437.32")});
  Evaluation one = Evaluate(
      set, kDocs, {Find(1, 1, "unit.magnitude", "warning", "437.32元")});
  EXPECT_EQ(one.total.expected, 2);
  EXPECT_EQ(one.total.found, 1);
  EXPECT_EQ(one.total.matched, 1);
  Evaluation two =
      Evaluate(set, kDocs,
               {Find(1, 1, "unit.magnitude", "warning", "437.32元"),
                Find(2, 1, "unit.magnitude", "warning", "437.32元")});
  EXPECT_EQ(two.total.found, 2);
  // A third duplicate matches nothing: an unmatched warning.
  Evaluation three =
      Evaluate(set, kDocs,
               {Find(1, 1, "unit.magnitude", "warning", "437.32元"),
                Find(2, 1, "unit.magnitude", "warning", "437.32元"),
                Find(3, 1, "unit.magnitude", "warning", "437.32元")});
  EXPECT_EQ(three.total.found, 2);
  EXPECT_EQ(three.total.matched, 2);
  EXPECT_EQ(three.total.emitted, 3);
  EXPECT_EQ(three.other_unmatched.size(), 1u);
}

TEST(EvaluateTest, MatchingIsMaximumNotGreedy) {
  // Finding 1 could match either expectation, finding 2 only the first; a
  // greedy pass in row order would give 1 -> first and leave 2 unmatched.
  ExpectSet set = SetOf({Exp("003_balance.carryover_1", "fact.conflict",
                             Severity::kWarning, "10"),
                         Exp("003_balance.carryover_1", "fact.conflict",
                             Severity::kWarning, "20")});
  Evaluation ev =
      Evaluate(set, kDocs,
               {Find(1, 1, "fact.conflict", "warning", "10", "", "20"),
                Find(2, 1, "fact.conflict", "warning", "10", "", "5")});
  EXPECT_EQ(ev.total.found, 2);
  EXPECT_EQ(ev.other_unmatched.size(), 0u);
}

TEST(EvaluateTest, FalseErrorsAndUnmatchedWarnings) {
  ExpectSet set = SetOf({Exp("003_balance.carryover_1", "balance.carryover",
                             Severity::kError, "33.24")});
  Evaluation ev = Evaluate(
      set, kDocs,
      {Find(1, 1, "balance.carryover", "error", "33.24万元"),
       Find(2, 1, "sum.breakdown", "error", "33.24万元"),  // false error
       Find(3, 1, "rate.ratio", "warning", "83%"),         // unmatched
       Find(4, 1, "rate.ratio", "info", "83%"),            // unmatched
       Find(5, 4, "sum.breakdown", "error", "1"),          // unscored doc
       Find(6, 5, "sum.breakdown", "error", "1"),          // .expect doc
       Find(7, 99, "sum.breakdown", "error", "1")});       // unknown doc
  EXPECT_EQ(ev.total.found, 1);
  EXPECT_EQ(ev.total.false_errors, 1);
  ASSERT_EQ(ev.false_errors.size(), 1u);
  EXPECT_EQ(ev.false_errors[0].finding_id, 2);
  EXPECT_EQ(ev.families["sum.breakdown"].false_errors, 1);
  EXPECT_EQ(ev.other_unmatched.size(), 2u);
  EXPECT_EQ(ev.ignored_findings, 3);
  // Precision counts errors and warnings: 1 matched of 3 emitted.
  EXPECT_EQ(ev.total.emitted, 3);
  EXPECT_EQ(ev.total.matched, 1);
  EXPECT_EQ(ev.scored_documents, 1);
}

TEST(EvaluateTest, SeedsWithoutSlipsAreScored) {
  ExpectSet set;
  ASSERT_TRUE(ParseSeedsExpect("004_b8c8dfb6c76e9ad3\n", "s", &set).ok());
  Evaluation ev =
      Evaluate(set, kDocs, {Find(1, 2, "sum.breakdown", "error", "37.34")});
  EXPECT_EQ(ev.total.expected, 0);
  EXPECT_EQ(ev.total.false_errors, 1);
  EXPECT_DOUBLE_EQ(ev.total.Recall(), 1.0);
}

TEST(EvaluateTest, OptionalExpectations) {
  ExpectSet set = SetOf({Exp("003_balance.carryover_1", "balance.carryover",
                             Severity::kError, "33.24"),
                         Exp("003_balance.carryover_1", "sum.breakdown",
                             Severity::kError, "33.24", /*optional=*/true),
                         Exp("003_balance.carryover_1", "balance.carryover",
                             Severity::kError, "33.24", /*optional=*/true)});
  // Not produced: recall is over required lines only.
  Evaluation none = Evaluate(set, kDocs, {});
  EXPECT_EQ(none.total.expected, 1);
  EXPECT_EQ(none.total.found, 0);
  // Produced: matched, so no false error, and still not counted as expected.
  // The required line gets the finding even though an optional line with the
  // same rule comes later and could take it.
  Evaluation both =
      Evaluate(set, kDocs,
               {Find(1, 1, "sum.breakdown", "error", "33.24万元"),
                Find(2, 1, "balance.carryover", "error", "33.24万元")});
  EXPECT_EQ(both.total.expected, 1);
  EXPECT_EQ(both.total.found, 1);
  EXPECT_EQ(both.total.false_errors, 0);
  EXPECT_EQ(both.total.matched, 2);
}

TEST(EvaluateTest, MissingAndRepeatedDocuments) {
  ExpectSet set =
      SetOf({Exp("003_balance.carryover_1", "balance.carryover",
                 Severity::kError, "33.24"),
             Exp("001_gone_1", "sum.breakdown", Severity::kError, "29000")});
  std::vector<Document> docs = kDocs;
  docs.push_back({6, "/build/pdf/003_balance.carryover_1.pdf"});
  Evaluation ev = Evaluate(
      set, docs, {Find(1, 6, "balance.carryover", "error", "33.24万元")});
  // One result per document of the stem, one for the stem with none.
  ASSERT_EQ(ev.results.size(), 3u);
  EXPECT_EQ(ev.total.expected, 3);
  EXPECT_EQ(ev.total.found, 1);
  int missing = 0;
  for (const ExpectationResult& r : ev.results) missing += !r.doc_id;
  EXPECT_EQ(missing, 1);
}

TEST(EvaluateTest, TrapViolations) {
  ExpectSet set;
  ASSERT_TRUE(ParseSeedsExpect("004_b8c8dfb6c76e9ad3\n", "s", &set).ok());
  ASSERT_TRUE(ParseExpectFile("rate.ratio\terror\t105.94\n", "004_rate.ratio_1",
                              "e", &set)
                  .ok());
  ASSERT_TRUE(ParseTraps("004_b8c8dfb6c76e9ad3\tsum.breakdown\t37.34\tround\n"
                         "004_b8c8dfb6c76e9ad3\trate.ratio\t105.94\tx\n"
                         "004_b8c8dfb6c76e9ad3\tsum.breakdown\t25.92 11.41\t"
                         "both\n",
                         "traps", &set)
                  .ok());
  Evaluation ev = Evaluate(
      set, kDocs,
      {// On the seed: an error naming 37.34 in its message violates trap 1.
       Find(1, 2, "sum.breakdown", "error", "37.34万元",
            "门诊共济 25.92 + 住院共济 11.41 = 37.33"),
       // A warning is tolerated.
       Find(2, 2, "sum.breakdown", "warning", "37.34万元"),
       // On a variant of the same seed: applies too.
       Find(3, 3, "sum.breakdown", "error", "1", "37.34 ≠ 37.33"),
       // Matched to the variant's own expectation: no violation.
       Find(4, 3, "rate.ratio", "error", "105.94%"),
       // Only one of the trap's two numbers: no violation of trap 3.
       Find(5, 2, "sum.breakdown", "error", "25.92万元"),
       // Another seed's document: no violation.
       Find(6, 1, "sum.breakdown", "error", "37.34")});
  std::multiset<std::pair<int64_t, std::string>> got;
  for (const TrapViolation& v : ev.trap_violations) {
    got.insert({v.finding_id, v.trap->source});
  }
  std::multiset<std::pair<int64_t, std::string>> want = {
      {1, "traps:1"}, {1, "traps:3"}, {3, "traps:1"}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(ev.total.false_errors, 3);  // findings 1, 3 and 5
}

// --- The planted corpus ---------------------------------------------------

std::string Slurp(const fs::path& p) {
  StatusOr<std::string> text = ReadFile(p.string());
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : "";
}

std::vector<std::string> SplitLines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Lines that differ: max(removed, added) over a longest common subsequence.
size_t ChangedLines(const std::vector<std::string>& a,
                    const std::vector<std::string>& b) {
  std::vector<std::vector<size_t>> lcs(a.size() + 1,
                                       std::vector<size_t>(b.size() + 1));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1
                               : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  return std::max(a.size(), b.size()) - lcs[0][0];
}

class PlantedCorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto& e : fs::directory_iterator(kSeeds)) {
      if (e.path().extension() == ".txt") {
        seeds_[StemPrefix(e.path().stem().string())].push_back(e.path());
      }
    }
    for (const auto& e : fs::directory_iterator(kPlanted)) {
      if (e.path().extension() == ".txt") variants_.push_back(e.path());
      if (e.path().extension() == ".expect" && e.path().stem() != "seeds") {
        expects_.push_back(e.path());
      }
    }
    std::sort(variants_.begin(), variants_.end());
    std::sort(expects_.begin(), expects_.end());
  }

  // The seed a variant (or seed stem) belongs to, by prefix; empty if not
  // exactly one.
  fs::path SeedOf(const std::string& stem) {
    auto it = seeds_.find(StemPrefix(stem));
    if (it == seeds_.end() || it->second.size() != 1) return {};
    return it->second.front();
  }

  const fs::path kSeeds = fs::path(TALLY_CORPUS) / "seeds";
  const fs::path kPlanted = fs::path(TALLY_CORPUS) / "planted";
  std::map<std::string, std::vector<fs::path>> seeds_;
  std::vector<fs::path> variants_, expects_;
};

TEST_F(PlantedCorpusTest, LoadsAndEveryRuleIsAKnownFamily) {
  StatusOr<ExpectSet> set = LoadExpectDir(kPlanted.string());
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_FALSE(set->traps.empty());
  for (const Expectation& e : set->expectations) {
    EXPECT_TRUE(IsKnownFamily(e.rule)) << e.source << ": " << e.rule;
    EXPECT_FALSE(e.description.empty()) << e.source;
  }
  for (const Trap& t : set->traps) {
    EXPECT_TRUE(IsKnownFamily(t.rule)) << t.source << ": " << t.rule;
    EXPECT_FALSE(t.why.empty()) << t.source;
  }
  // Exactly one planted line per variant, of the family in its name.
  std::map<std::string, std::vector<std::string>> planted;
  for (const Expectation& e : set->expectations) {
    if (IsPlanted(*set, e)) planted[e.stem].push_back(e.rule);
  }
  EXPECT_EQ(planted.size(), variants_.size());
  for (const fs::path& v : variants_) {
    const std::string stem = v.stem().string();
    const std::string family =
        stem.substr(stem.find('_') + 1, stem.rfind('_') - stem.find('_') - 1);
    EXPECT_EQ(planted[stem], std::vector<std::string>({family})) << stem;
  }
}

TEST_F(PlantedCorpusTest, EachVariantIsOneSmallEditOfItsSeed) {
  ASSERT_GE(variants_.size(), 14u);
  std::map<std::string, int> per_family;
  for (const fs::path& v : variants_) {
    const std::string stem = v.stem().string();
    SCOPED_TRACE(stem);
    // <seed prefix>_<family>_<n>
    size_t first = stem.find('_'), last = stem.rfind('_');
    ASSERT_NE(first, last) << "want <prefix>_<rule>_<n>";
    const std::string family = stem.substr(first + 1, last - first - 1);
    EXPECT_TRUE(IsKnownFamily(family)) << family;
    EXPECT_TRUE(CanonicalNumber(stem.substr(last + 1)).has_value());
    ++per_family[family];

    fs::path seed = SeedOf(stem);
    ASSERT_FALSE(seed.empty()) << "no unique seed for prefix";
    const std::string seed_text = Slurp(seed), text = Slurp(v);
    EXPECT_NE(seed_text, text);
    size_t changed = ChangedLines(SplitLines(seed_text), SplitLines(text));
    EXPECT_GE(changed, 1u);
    EXPECT_LE(changed, 3u);
    // Tables keep their shape: the same tabs, the same line count.
    EXPECT_EQ(std::count(seed_text.begin(), seed_text.end(), '\t'),
              std::count(text.begin(), text.end(), '\t'));
    EXPECT_EQ(SplitLines(seed_text).size(), SplitLines(text).size());

    // The expectations: at least one required line of a known family, one
    // of them of the variant's own family, every stated number printed in
    // the variant.
    fs::path expect = v;
    expect.replace_extension(".expect");
    ASSERT_TRUE(fs::exists(expect));
    ExpectSet set;
    Status s = ParseExpectFile(Slurp(expect), stem, expect.string(), &set);
    ASSERT_TRUE(s.ok()) << s.ToString();
    int known = 0, own = 0;
    const std::vector<std::string> printed = NumbersIn(text);
    for (const Expectation& e : set.expectations) {
      if (!e.optional && IsKnownFamily(e.rule)) ++known;
      if (!e.optional && e.rule == family) ++own;
      EXPECT_NE(std::find(printed.begin(), printed.end(), e.stated),
                printed.end())
          << e.source << ": stated " << e.stated << " not in the variant";
    }
    EXPECT_GE(known, 1);
    EXPECT_GE(own, 1);
  }
  // Every family at least once; the three commonest at least twice.
  for (const std::string& family : KnownFamilies()) {
    EXPECT_GE(per_family[family], 1) << family;
  }
  for (const char* family : {"sum.breakdown", "rate.ratio", "unit.magnitude"}) {
    EXPECT_GE(per_family[family], 2) << family;
  }
}

TEST_F(PlantedCorpusTest, EveryExpectFileHasAVariant) {
  for (const fs::path& e : expects_) {
    fs::path txt = e;
    txt.replace_extension(".txt");
    EXPECT_TRUE(fs::exists(txt)) << e;
  }
  EXPECT_EQ(expects_.size(), variants_.size());
}

TEST_F(PlantedCorpusTest, SeedSlipsAndTrapsNameRealSeedsAndNumbers) {
  ExpectSet seeds;
  Status s = ParseSeedsExpect(Slurp(kPlanted / "seeds.expect"), "seeds.expect",
                              &seeds);
  ASSERT_TRUE(s.ok()) << s.ToString();
  s = ParseTraps(Slurp(kPlanted / "traps.tsv"), "traps.tsv", &seeds);
  ASSERT_TRUE(s.ok()) << s.ToString();
  // Every seed is declared (so each is scored for false errors).
  for (const auto& [prefix, paths] : seeds_) {
    for (const fs::path& p : paths) {
      EXPECT_TRUE(seeds.scored_stems.count(p.stem().string())) << p;
    }
  }
  for (const std::string& stem : seeds.scored_stems) {
    EXPECT_TRUE(fs::exists(kSeeds / (stem + ".txt"))) << stem;
  }
  for (const Expectation& e : seeds.expectations) {
    std::vector<std::string> printed =
        NumbersIn(Slurp(kSeeds / (e.stem + ".txt")));
    EXPECT_NE(std::find(printed.begin(), printed.end(), e.stated),
              printed.end())
        << e.source;
  }
  // A trap's numbers are printed in its seed, or derived in its why (000's
  // item scores add to 22, which no line prints).
  for (const Trap& t : seeds.traps) {
    std::vector<std::string> printed =
        NumbersIn(Slurp(kSeeds / (t.seed_stem + ".txt")));
    std::vector<std::string> why = NumbersIn(t.why);
    printed.insert(printed.end(), why.begin(), why.end());
    for (const std::string& n : t.numbers) {
      EXPECT_NE(std::find(printed.begin(), printed.end(), n), printed.end())
          << t.source << ": " << n;
    }
  }

  // Each variant still carries its seed's slips, so its .expect repeats
  // them (same rule, stated number and optionality).
  for (const fs::path& v : variants_) {
    const std::string stem = v.stem().string();
    fs::path expect = v;
    expect.replace_extension(".expect");
    ExpectSet own;
    ASSERT_TRUE(ParseExpectFile(Slurp(expect), stem, "e", &own).ok());
    const std::string seed_stem = SeedOf(stem).stem().string();
    for (const Expectation& slip : seeds.expectations) {
      if (slip.stem != seed_stem) continue;
      bool repeated =
          std::any_of(own.expectations.begin(), own.expectations.end(),
                      [&](const Expectation& e) {
                        return e.rule == slip.rule && e.stated == slip.stated &&
                               e.optional == slip.optional &&
                               e.min_severity == slip.min_severity;
                      });
      EXPECT_TRUE(repeated) << stem << " lacks " << slip.source;
    }
  }
}

}  // namespace
}  // namespace tally::tools
