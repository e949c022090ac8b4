// OCR repair by the report's arithmetic (check/repair.h): the confusion
// table, the readings it gives, and which repairs CheckDocument accepts.
#include "check/repair.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "base/file.h"
#include "check/check.h"
#include "check/internal.h"

namespace tally::check {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> Values(const std::vector<Reading>& rs) {
  std::vector<std::string> out;
  for (const Reading& r : rs) out.push_back(r.value);
  return out;
}

TEST(ConfusionTable, ParsesAndEveryExampleIsARowsReading) {
  auto text =
      ReadFile(std::string(TALLY_SOURCE_DIR) + "/patterns/ocr_confusions.tsv");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  auto table = ParseConfusions(*text);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  ASSERT_GE(table->size(), 20u);
  // The compiled-in copy is the same file.
  EXPECT_EQ(DefaultConfusions().size(), table->size());
  for (const Confusion& c : *table) {
    SCOPED_TRACE(c.kind + " " + c.read + " " + c.truth);
    std::vector<std::string> got =
        Values(Readings(c.example_read, c.kind == "percent", {c}));
    EXPECT_THAT(got, ::testing::Contains(c.example_true));
  }
}

TEST(ConfusionTable, RejectsMalformedRows) {
  const struct {
    const char* tsv;
    const char* why;
  } kCases[] = {
      {"digit\t8\t3\n", "4 tab-separated"},
      {"digit\t8\t3\t18 = 13\n", "example"},
      {"digit\t8\t8\t18 -> 18\n", "one digit to another"},
      {"digit\t88\t3\t18 -> 13\n", "one digit to another"},
      {"point\t.\t-\t1 -> 1\n", "point row"},
      {"percent\t9\t0\t19 -> 1\n", "percent row"},
      {"# ok\nswap\t1\t2\t1 -> 2\n", "ocr_confusions.tsv:2: unknown kind"},
      {"digit\t8\t3\t1a -> 13\n", "numbers"},
  };
  for (const auto& c : kCases) {
    auto t = ParseConfusions(c.tsv);
    ASSERT_FALSE(t.ok()) << c.tsv;
    EXPECT_THAT(t.status().message(), HasSubstr(c.why)) << c.tsv;
  }
}

TEST(Readings, OneConfusionAwayAndOnlyNumbers) {
  const std::vector<Confusion>& table = DefaultConfusions();
  std::vector<std::string> r18 = Values(Readings("18.36", false, table));
  EXPECT_THAT(r18, ::testing::Contains("13.36"));
  EXPECT_THAT(r18, ::testing::Contains("78.36"));  // 1 for 7
  // One edit at a time.
  EXPECT_THAT(r18, ::testing::Not(::testing::Contains("73.36")));
  // A lost point only in a number without one.
  EXPECT_THAT(Values(Readings("124536", false, table)),
              ::testing::Contains("1245.36"));
  EXPECT_THAT(r18, ::testing::Not(::testing::Contains("1.836")));
  // The percent sign read as a digit only for percents.
  EXPECT_THAT(Values(Readings("1009", true, table)),
              ::testing::Contains("100"));
  EXPECT_THAT(Values(Readings("1009", false, table)),
              ::testing::Not(::testing::Contains("100")));
  // No leading zero: 8 -> 0 at the front of 82 is no number.
  EXPECT_THAT(Values(Readings("82", false, table)),
              ::testing::Not(::testing::Contains("02")));
  EXPECT_TRUE(Readings("1,234", false, table).empty());
}

// --- Repairs through CheckDocument ------------------------------------------

struct F {
  const char* value;
  const char* kind = "amount";
  const char* unit = "万元";
  const char* source = "ocr";
  // The engine's confidence in each character of value, space-separated
  // (Fact::value_confidence); "" for none.
  const char* conf = "";
};

Fact MakeFact(int id, const F& f) {
  Fact out;
  out.fact_id = id;
  out.kind = f.kind;
  out.value = f.value;
  out.unit = f.unit;
  out.raw = std::string(f.value) + f.unit;
  int exp = out.kind == "amount" ? UnitExponent(out.unit) : 0;
  out.base_value = Decimal::Parse(out.value)->Shift(exp).ToString();
  out.label = "支出" + std::to_string(id);
  out.page_no = 1;
  out.source = f.source;
  out.ocr_confidence = out.source == "ocr" ? 96 : -1;
  std::istringstream conf(f.conf);
  for (int c; conf >> c;) out.value_confidence.push_back(c);
  return out;
}

struct Rel {
  const char* kind;
  std::vector<std::pair<const char*, int>> members;  // role, fact index
};

struct RepairCase {
  const char* name;
  std::vector<F> facts;
  std::vector<Rel> relations;
  // Expected: the repaired fact's index and value ("" for no repair), and
  // the severity of the relation's finding after it ("" for none).
  int repaired_fact;
  const char* repaired_value;
  const char* rule;
  const char* severity;
};

const char* kSumRule = "sum.breakdown";

const RepairCase kRepairCases[] = {
    // 34 + 13 = 47, the 13 read as 18: only 8 -> 3 in 18.00 makes it hold.
    {"eight_for_three",
     {{"47.00"}, {"34.00"}, {"18.00"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}}},
     2,
     "13.00",
     "",
     ""},
    // 20 + 13 = 33 read as 20 + 18 = 33: 18 -> 13 fits, and so does the
    // total 33 -> 38. Two equally small repairs: none, and a warning.
    {"two_equal_repairs",
     {{"33.00"}, {"20.00"}, {"18.00"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}}},
     -1,
     "",
     kSumRule,
     "warning"},
    // The same, but the engine read the 8 of 18.00 at 55 and every digit of
    // 33.00 at 97 or more: the tie goes to the digit it doubted.
    {"doubted_digit_breaks_the_tie",
     {{"33.00", "amount", "万元", "ocr", "99 97 99 99 99"},
      {"20.00", "amount", "万元", "ocr", "99 99 99 99 99"},
      {"18.00", "amount", "万元", "ocr", "98 55 99 99 99"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}}},
     2,
     "13.00",
     "",
     ""},
    // Doubt on both sides (80 against 88): still a guess.
    {"doubt_too_close_to_call",
     {{"33.00", "amount", "万元", "ocr", "99 88 99 99 99"},
      {"20.00", "amount", "万元", "ocr", "99 99 99 99 99"},
      {"18.00", "amount", "万元", "ocr", "98 80 99 99 99"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}}},
     -1,
     "",
     kSumRule,
     "warning"},
    // The total's confidences unknown (read in a box with other text): no
    // evidence against its reading, so still a guess.
    {"doubt_against_the_unknown",
     {{"33.00"},
      {"20.00", "amount", "万元", "ocr", "99 99 99 99 99"},
      {"18.00", "amount", "万元", "ocr", "98 55 99 99 99"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}}},
     -1,
     "",
     kSumRule,
     "warning"},
    // The same numbers from a text layer: the report's own slip.
    {"born_digital_never",
     {{"47.00", "amount", "万元", "text"},
      {"34.00", "amount", "万元", "text"},
      {"18.00", "amount", "万元", "text"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}}},
     -1,
     "",
     kSumRule,
     "error"},
    // The 18.00 is restated (text layer) as 18.00: reading it 13.00 would
    // break that relation, so no repair, and no other reading fits.
    {"every_relation_must_hold",
     {{"47.00"}, {"34.00"}, {"18.00"}, {"18.00", "amount", "万元", "text"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}},
      {"restatement", {{"a", 2}, {"b", 3}}}},
     -1,
     "",
     kSumRule,
     "error"},
    // 1000 + 245.36 = 1245.36, its point lost under a seal.
    {"lost_point",
     {{"124536"}, {"1000.00"}, {"245.36"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}}},
     0,
     "1245.36",
     "",
     ""},
    // 50 / 200 = 25%, the sign read as a 9 ("259%").
    {"percent_sign",
     {{"50.00"}, {"200.00"}, {"259", "percent", "%"}},
     {{"ratio", {{"numerator", 0}, {"denominator", 1}, {"rate", 2}}}},
     2,
     "25",
     "",
     ""},
    // 13 = 5 + 8, the 8 read as 0: a zero is zero at every scale, so its
    // reading 8 is read in its own unit, 万元 (not 8元).
    {"zero_read_for_a_digit",
     {{"13"}, {"5"}, {"0"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}}},
     2,
     "8",
     "",
     ""},
    // 437.32元 beside 万元 figures, one of them with its point lost
    // (620.13 read 62013): the magnitude rule fails on the 元 amount, and
    // 6.2013万元 would silence it as well as 620.13万元. A plausibility
    // relation says nothing about which reading is right: no repair.
    {"siblings_drive_no_repair",
     {{"437.32", "amount", "元"}, {"62013"}, {"453.07"}},
     {{"siblings", {{"amount", 0}, {"sibling", 1}, {"sibling", 2}}}},
     -1,
     "",
     "unit.magnitude",
     "warning"},
    // 54357.12 / 904445.42 = 6.01%, printed 6.00% and read 6.009% (the
    // sign as a 9), the base's point lost too (8500883): no one reading
    // mends it, and a rate of three decimals ending in 9 is more likely
    // the sign misread than a slip, so the finding is a warning.
    {"percent_sign_after_decimals",
     {{"54357.12"}, {"8500883"}, {"6.009", "percent", "%"}},
     {{"ratio", {{"numerator", 0}, {"denominator", 1}, {"rate", 2}}}},
     -1,
     "",
     "rate.ratio",
     "warning"},
    // A relation that holds: nothing to repair, nothing found.
    {"holds",
     {{"47.00"}, {"34.00"}, {"13.00"}},
     {{"breakdown", {{"total", 0}, {"part", 1}, {"part", 2}}}},
     -1,
     "",
     "",
     ""},
};

void PrintTo(const RepairCase& c, std::ostream* os) { *os << c.name; }

class RepairCases : public ::testing::TestWithParam<RepairCase> {};

TEST_P(RepairCases, RepairsOnlyTheUniqueReading) {
  const RepairCase& c = GetParam();
  std::vector<Fact> facts;
  for (size_t i = 0; i < c.facts.size(); ++i) {
    facts.push_back(MakeFact(int(i) + 1, c.facts[i]));
  }
  std::vector<Relation> relations;
  for (const Rel& r : c.relations) {
    Relation rel;
    rel.kind = r.kind;
    rel.complete = "yes";
    rel.page_no = 1;
    for (const auto& [role, fact] : r.members)
      rel.members.push_back({role, fact});
    relations.push_back(rel);
  }
  Document doc{facts, relations};
  std::vector<Finding> found = CheckDocument(doc, Options());
  std::string seen;
  for (const Finding& f : found) {
    seen += "\n  " + f.rule + " " + f.severity + ": " + f.message;
  }
  SCOPED_TRACE(std::string(c.name) + seen);
  std::vector<const Finding*> repairs;
  for (const Finding& f : found) {
    if (f.rule == "ocr.repair") repairs.push_back(&f);
  }
  if (c.repaired_fact < 0) {
    EXPECT_TRUE(repairs.empty());
  } else {
    ASSERT_EQ(repairs.size(), 1u);
    const Finding& r = *repairs[0];
    const Fact& fixed = facts[size_t(c.repaired_fact)];
    EXPECT_EQ(r.severity, "info");
    EXPECT_EQ(r.fact_ids.front(), fixed.fact_id);
    EXPECT_EQ(r.suggested, std::string(c.repaired_value) + fixed.unit);
    EXPECT_EQ(r.actual, fixed.value + fixed.unit);  // the engine's reading
    EXPECT_THAT(r.reading, HasSubstr(c.relations[0].kind));  // what holds
    EXPECT_THAT(r.alternatives,
                HasSubstr(std::string(c.repaired_value) + fixed.unit));
    EXPECT_EQ(r.relation, 0);
    // The stored fact keeps the engine's reading.
    EXPECT_EQ(fixed.value, c.facts[size_t(c.repaired_fact)].value);
  }
  std::vector<const Finding*> others;
  for (const Finding& f : found) {
    if (f.rule != "ocr.repair" && f.severity != "info") others.push_back(&f);
  }
  if (*c.rule == '\0') {
    EXPECT_TRUE(others.empty());
  } else {
    ASSERT_EQ(others.size(), 1u);
    EXPECT_EQ(others[0]->rule, c.rule);
    EXPECT_EQ(others[0]->severity, c.severity);
  }
}

INSTANTIATE_TEST_SUITE_P(Table, RepairCases, ::testing::ValuesIn(kRepairCases),
                         [](const ::testing::TestParamInfo<RepairCase>& i) {
                           return std::string(i.param.name);
                         });

// The findings of total = a + b, all OCR'd 万元, as a whole list.
std::vector<Finding> CheckSum(const char* total, const char* a, const char* b,
                              const Options& options) {
  std::vector<Fact> facts = {MakeFact(1, {total}), MakeFact(2, {a}),
                             MakeFact(3, {b})};
  Relation rel;
  rel.kind = "breakdown";
  rel.complete = "yes";
  rel.members = {{"total", 0}, {"part", 1}, {"part", 2}};
  std::vector<Relation> relations = {rel};
  return CheckDocument(Document{facts, relations}, options);
}

TEST(RepairCases, ATieBrokenByDoubtSaysSo) {
  std::vector<Fact> facts = {
      MakeFact(1, {"33.00", "amount", "万元", "ocr", "99 97 99 99 99"}),
      MakeFact(2, {"20.00"}),
      MakeFact(3, {"18.00", "amount", "万元", "ocr", "98 55 99 99 99"})};
  Relation rel;
  rel.kind = "breakdown";
  rel.complete = "yes";
  rel.members = {{"total", 0}, {"part", 1}, {"part", 2}};
  std::vector<Relation> relations = {rel};
  std::vector<Finding> found =
      CheckDocument(Document{facts, relations}, Options());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule, "ocr.repair");
  EXPECT_THAT(found[0].message, HasSubstr("另有 1 种读法亦相符"));
  EXPECT_THAT(found[0].message, HasSubstr("OCR 置信度仅 55"));
  EXPECT_THAT(found[0].message, ::testing::Not(HasSubstr("唯一")));
}

// 33 = 20 + 18 read with one misread: 18→13 or 33→38 both make it hold.
// The ocr stage's second reading of each number decides, or nothing does.
std::vector<Finding> CheckTieWithSecond(
    const char* total_second, const char* a_second, const char* b_second,
    const char* total_conf = "99 99 99 99 99") {
  std::vector<Fact> facts = {
      MakeFact(1, {"33.00", "amount", "万元", "ocr", total_conf}),
      MakeFact(2, {"20.00"}),
      MakeFact(3, {"18.00", "amount", "万元", "ocr", "99 99 99 99 99"})};
  facts[0].value_second = total_second;
  facts[1].value_second = a_second;
  facts[2].value_second = b_second;
  Relation rel;
  rel.kind = "breakdown";
  rel.complete = "yes";
  rel.members = {{"total", 0}, {"part", 1}, {"part", 2}};
  std::vector<Relation> relations = {rel};
  return CheckDocument(Document{facts, relations}, Options());
}

TEST(RepairCases, ATieBrokenBySecondReadingSaysSo) {
  std::vector<Finding> found = CheckTieWithSecond("33.00", "20.00", "13.00");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule, "ocr.repair");
  EXPECT_EQ(found[0].suggested, "13.00万元");
  EXPECT_EQ(found[0].actual, "18.00万元");
  EXPECT_THAT(found[0].message, HasSubstr("另有 1 种读法亦相符"));
  EXPECT_THAT(found[0].message, HasSubstr("重读该数读作 13.00"));
  EXPECT_THAT(found[0].message, ::testing::Not(HasSubstr("唯一")));
}

TEST(RepairCases, ASecondReadingThatDoesNotSingleOneOutIsNoRepair) {
  const struct {
    const char* name;
    const char* total;
    const char* a;
    const char* b;
    const char* total_conf;
  } kCases[] = {
      // The second reading repeats the misreading: no evidence.
      {"repeats", "33.00", "20.00", "18.00", "99 99 99 99 99"},
      // It doubts the total too (sees 38): two numbers in doubt.
      {"doubts two", "38.00", "20.00", "13.00", "99 99 99 99 99"},
      // The total was read once only: nothing says it is right.
      {"one unread", "", "20.00", "13.00", "99 99 99 99 99"},
      // It doubts a part that no candidate changes.
      {"doubts another", "33.00", "26.00", "13.00", "99 99 99 99 99"},
      // The engine's doubt points at the total (its 3 at 55), the second
      // reading at the part: the evidence disagrees.
      {"disagrees with doubt", "33.00", "20.00", "13.00", "99 55 99 99 99"},
  };
  for (const auto& c : kCases) {
    std::vector<Finding> found =
        CheckTieWithSecond(c.total, c.a, c.b, c.total_conf);
    for (const Finding& f : found) {
      EXPECT_NE(f.rule, "ocr.repair") << c.name << ": " << f.message;
    }
    ASSERT_FALSE(found.empty()) << c.name;
    EXPECT_EQ(found[0].severity, "warning") << c.name;
    EXPECT_THAT(found[0].message, HasSubstr("无法唯一修正")) << c.name;
  }
}

// 1000 + 245.36 = 1245.36 with the total read "124536": a lost point, the
// one reading that fits, unless the second reading, enlarged, also saw no
// point there: then the point is absent, and the failure is the reader's.
TEST(RepairCases, NoLostPointWhereTheSecondReadingSawNone) {
  for (const char* second : {"", "124536", "124586"}) {
    std::vector<Fact> facts = {MakeFact(1, {"124536"}),
                               MakeFact(2, {"1000.00"}),
                               MakeFact(3, {"245.36"})};
    facts[0].value_second = second;
    Relation rel;
    rel.kind = "breakdown";
    rel.complete = "yes";
    rel.members = {{"total", 0}, {"part", 1}, {"part", 2}};
    std::vector<Relation> relations = {rel};
    std::vector<Finding> found =
        CheckDocument(Document{facts, relations}, Options());
    ASSERT_FALSE(found.empty()) << second;
    const bool confirmed = std::string(second) == "124536";
    EXPECT_EQ(found[0].rule, confirmed ? kSumRule : "ocr.repair") << second;
    if (!confirmed) {
      EXPECT_EQ(found[0].suggested, "1245.36万元") << second;
    } else {
      // No repair, but the point the second reading did not see either
      // may be lost all the same: a 'warning' that says so, not an error.
      EXPECT_EQ(found[0].severity, "warning");
      EXPECT_THAT(found[0].message, HasSubstr("第二次识别未见其小数点"));
      EXPECT_THAT(found[0].alternatives, HasSubstr("1245.36万元"));
    }
  }
}

TEST(RepairCases, DigitsSplitByAGapAreAReading) {
  // "692 98" under a seal: the point read as a gap, the digits joined.
  std::vector<Fact> facts = {MakeFact(1, {"69298"}), MakeFact(2, {"500.00"}),
                             MakeFact(3, {"192.98"})};
  facts[0].raw = "692 98万元";
  Relation rel;
  rel.kind = "breakdown";
  rel.complete = "yes";
  rel.members = {{"total", 0}, {"part", 1}, {"part", 2}};
  std::vector<Finding> found = CheckDocument(Document{facts, {rel}}, Options());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule, "ocr.repair");
  EXPECT_EQ(found[0].suggested, "692.98万元");
}

TEST(SecondReadingPick, OnlyAReadingItSeesWhileItConfirmsTheRest) {
  std::vector<Fact> facts = {MakeFact(1, {"33.00"}), MakeFact(2, {"18.00"}),
                             MakeFact(3, {"180"})};
  auto reading = [](const char* v) {
    Reading r;
    r.value = v;
    return r;
  };
  using Options_ = std::vector<std::pair<int, Reading>>;
  const Options_ tie = {{0, reading("38.00")}, {1, reading("13.00")}};
  const struct {
    const char* name;
    const char* second0;
    const char* second1;
    int want;
  } kCases[] = {
      {"part seen as repaired, total confirmed", "33.00", "13.00", 1},
      {"total seen as repaired, part confirmed", "38.00", "18.00", 0},
      {"both repeat the first reading", "33.00", "18.00", -1},
      {"both seen as repaired", "38.00", "13.00", -1},
      {"a third value for the total", "39.00", "13.00", -1},
      {"total not read twice", "", "13.00", -1},
  };
  for (const auto& c : kCases) {
    facts[0].value_second = c.second0;
    facts[1].value_second = c.second1;
    EXPECT_EQ(SecondReadingPick(facts, tie), c.want) << c.name;
  }
  // Two readings of one number ("180": 100 or 1.80 under a bound): the one
  // the second reading sees; a lost point can never be seen (as long).
  facts[2].value_second = "100";
  EXPECT_EQ(
      SecondReadingPick(facts, {{2, reading("1.80")}, {2, reading("100")}}), 1);
  facts[2].value_second = "180";
  EXPECT_EQ(
      SecondReadingPick(facts, {{2, reading("1.80")}, {2, reading("100")}}),
      -1);
  EXPECT_EQ(SecondReadingPick(facts, {}), -1);
  // Another number of the relation, no candidate, doubted by its second
  // reading: the relation's reading is in doubt beyond the candidates.
  facts[0].value_second = "33.00";
  facts[1].value_second = "13.00";
  facts[2].value_second = "130";
  EXPECT_EQ(SecondReadingPick(facts, tie, {0, 1, 2}), -1);
  facts[2].value_second = "180";  // confirms it
  EXPECT_EQ(SecondReadingPick(facts, tie, {0, 1, 2}), 1);
  facts[2].value_second = "";  // read once: no evidence either way
  EXPECT_EQ(SecondReadingPick(facts, tie, {0, 1, 2}), 1);
}

TEST(LeastConfident, OnlyAClearlyDoubtedCharacterWins) {
  struct Case {
    std::vector<int> changed;
    int want;
  } cases[] = {
      {{55, 97}, 0},      {{97, 55}, 1}, {{55, 70}, 0},  // 15 apart
      {{60, 70}, -1},                                    // too close
      {{92, 99}, -1},                                    // nothing doubted
      {{55, -1}, -1},     // an unknown one: no evidence against it
      {{55, 99, 99}, 0},  // every other one clearly surer
      {{55, 99, 60}, -1}, {{}, -1},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(LeastConfident(c.changed), c.want)
        << ::testing::PrintToString(c.changed);
  }
}

TEST(Readings, SayWhichCharacterTheyChange) {
  const std::vector<Confusion>& table = DefaultConfusions();
  Fact f = MakeFact(1, {"18.36", "amount", "万元", "ocr", "98 55 99 97 96"});
  bool seen = false;
  for (const Reading& r : Readings("18.36", false, table)) {
    if (r.value == "13.36") {
      EXPECT_EQ(r.position, 1);
      EXPECT_EQ(ChangedConfidence(f, r), 55);
      seen = true;
    }
  }
  EXPECT_TRUE(seen);
  for (const Reading& r : Readings("1009", true, table)) {
    if (r.value == "100") {
      EXPECT_EQ(r.position, 3);  // the 9 read for '%'
    }
  }
  for (const Reading& r : Readings("124536", false, table)) {
    if (r.value == "1245.36") {
      EXPECT_EQ(r.position, -1);  // a lost point: nothing was read there
      EXPECT_EQ(ChangedConfidence(f, r), -1);
    }
  }
}

TEST(RepairCases, AmbiguityNamesTheCandidates) {
  std::vector<Finding> found = CheckSum("33.00", "20.00", "18.00", Options());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_THAT(found[0].message, HasSubstr("无法唯一修正"));
  EXPECT_THAT(found[0].alternatives, HasSubstr("18.00万元 读作 13.00万元"));
  EXPECT_THAT(found[0].alternatives, HasSubstr("33.00万元 读作 38.00万元"));
}

// 33 = 20 + 18: 33 -> 38 and 18 -> 13 both fit. A budget that runs out
// after the total's readings has seen one fit only, which proves nothing.
TEST(RepairCases, ABudgetCutShortRepairsNothing) {
  std::vector<Fact> facts = {MakeFact(1, {"33.00"}), MakeFact(2, {"20.00"}),
                             MakeFact(3, {"18.00"})};
  Relation rel;
  rel.kind = "breakdown";
  rel.complete = "yes";
  rel.members = {{"total", 0}, {"part", 1}, {"part", 2}};
  std::vector<Relation> relations = {rel};
  Document doc{facts, relations};
  Options off;
  off.repair_ocr = false;
  std::vector<Finding> found = CheckDocument(doc, off);
  ASSERT_EQ(found.size(), 1u);
  internal::Repairs full =
      internal::RepairOcr(doc, found, DefaultConfusions(), 1000);
  EXPECT_TRUE(full.repairs.empty());
  EXPECT_EQ(full.ambiguous.size(), 1u);
  const int total_readings =
      int(FactReadings(facts[0], DefaultConfusions()).size());
  internal::Repairs cut =
      internal::RepairOcr(doc, found, DefaultConfusions(), total_readings + 1);
  EXPECT_TRUE(cut.repairs.empty());
  EXPECT_TRUE(cut.ambiguous.empty());
}

TEST(RepairCases, OffLeavesTheErrorToTheReader) {
  Options off;
  off.repair_ocr = false;
  std::vector<Finding> found = CheckSum("47.00", "34.00", "18.00", off);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule, "sum.breakdown");
  EXPECT_EQ(found[0].severity, "error");
}

}  // namespace
}  // namespace tally::check
