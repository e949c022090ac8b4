#include "base/printed.h"

#include <gtest/gtest.h>

#include "base/facts.h"
#include "base/json.h"

namespace tally {
namespace {

struct ComparisonCase {
  const char* cell;
  const char* op;  // nullptr: no comparison
  const char* value;
  const char* unit;
};

TEST(ParseComparison, Table) {
  const ComparisonCase cases[] = {
      {"≥90%", "≥", "90", "%"},
      {" ≥ 90 % ", "≥", "90", "%"},
      {"≧95%", "≥", "95", "%"},
      {"100%", "", "100", "%"},
      {"=100", "=", "100", ""},
      {"≤30万元", "≤", "30", "万元"},
      {"<=1.5", "≤", "1.5", ""},
      {"不低于95%", "≥", "95", "%"},
      {"大于等于80%", "≥", "80", "%"},
      {"大于80%", ">", "80", "%"},
      {"低于5%", "<", "5", "%"},
      {"95%以上", "≥", "95", "%"},
      {"30万元以内", "≤", "30", "万元"},
      {"2,370人次", "", "2370", "人次"},
      {"0.50个百分点", "", "0.50", "个百分点"},
      // Not one comparison: no parts rather than a guess.
      {"医疗机构≥40% 病种≥70%", nullptr, "", ""},
      {"有效", nullptr, "", ""},
      {"2021年12月", nullptr, "", ""},
      {"≥90%以上", nullptr, "", ""},
      {"", nullptr, "", ""},
      {"≥", nullptr, "", ""},
      {"90%，较上年提高", nullptr, "", ""},
      {"12345678901234567890", nullptr, "", ""},
  };
  for (const ComparisonCase& c : cases) {
    std::optional<Comparison> got = ParseComparison(c.cell);
    if (c.op == nullptr) {
      EXPECT_FALSE(got.has_value())
          << c.cell << " -> " << got->op << got->value << got->unit;
      continue;
    }
    ASSERT_TRUE(got.has_value()) << c.cell;
    EXPECT_EQ(got->op, c.op) << c.cell;
    EXPECT_EQ(got->value, c.value) << c.cell;
    EXPECT_EQ(got->unit, c.unit) << c.cell;
  }
}

TEST(SplitWeight, Table) {
  const struct {
    const char* cell;
    const char* name;
    const char* weight;
  } cases[] = {
      {"产出指标（50分）", "产出指标", "50"},
      {"产出指标(50分)", "产出指标", "50"},
      {"效益指标 （30.5分） ", "效益指标", "30.5"},
      {"数量指标", "数量指标", ""},
      {"（50分）", "（50分）", ""},                      // no name left
      {"产出指标（五十分）", "产出指标（五十分）", ""},  // not a number
      {"满意度（人）", "满意度（人）", ""},
  };
  for (const auto& c : cases) {
    Weighted w = SplitWeight(c.cell);
    EXPECT_EQ(w.name, c.name) << c.cell;
    EXPECT_EQ(w.weight, c.weight) << c.cell;
  }
}

TEST(AdjacentSwap, Table) {
  const struct {
    const char* a;
    const char* b;
    bool swap;
  } cases[] = {
      {"442.43", "424.43", true},    {"143.2101", "134.2101", true},
      {"12.35", "13.25", false},     // two digits moved apart
      {"442.43", "442.43", false},   // the same figure
      {"44.243", "442.43", false},   // a moved point is no swap
      {"1020.02", "1002.02", true},  {"100", "1000", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(AdjacentSwap(c.a, c.b), c.swap) << c.a << " " << c.b;
    EXPECT_EQ(AdjacentSwap(c.b, c.a), c.swap) << c.b << " " << c.a;
  }
}

TEST(SwapAcrossPoint, Table) {
  const struct {
    const char* a;
    const char* b;
    bool swap;
  } cases[] = {
      {"26.58", "25.68", true},  {"1.23", "2.13", true},
      {"26.58", "26.85", false},  // beside each other: AdjacentSwap's
      {"26.58", "26.58", false},  // the same figure
      {"26.58", "2.658", false},  // a moved point
      {"22.28", "22.28", false}, {"2658", "2568", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SwapAcrossPoint(c.a, c.b), c.swap) << c.a << " " << c.b;
    EXPECT_EQ(SwapAcrossPoint(c.b, c.a), c.swap) << c.b << " " << c.a;
  }
}

TEST(NeighbourSwaps, EverySwapOfDifferentDigits) {
  EXPECT_EQ(NeighbourSwaps("143.21"),
            (std::vector<std::string>{"413.21", "134.21", "143.12"}));
  EXPECT_EQ(NeighbourSwaps("1100"), (std::vector<std::string>{"1010"}));
  EXPECT_TRUE(NeighbourSwaps("7").empty());
  for (const std::string& s : NeighbourSwaps("2156.7899")) {
    EXPECT_TRUE(AdjacentSwap(s, "2156.7899")) << s;
  }
}

TEST(DroppedDigits, EveryFigureOneDigitLess) {
  EXPECT_EQ(
      DroppedDigits("795.26"),
      (std::vector<std::string>{"95.26", "75.26", "79.26", "795.6", "795.2"}));
  // A run of one digit drops once; no zero leads, no point opens or closes.
  EXPECT_EQ(DroppedDigits("1100"), (std::vector<std::string>{"100", "110"}));
  EXPECT_EQ(DroppedDigits("105"), (std::vector<std::string>{"15", "10"}));
  EXPECT_EQ(DroppedDigits("0.5"), (std::vector<std::string>{}));
  EXPECT_EQ(DroppedDigits("3.5"), (std::vector<std::string>{}));
}

TEST(SignificantDigits, FromTheFirstNonZero) {
  EXPECT_EQ(SignificantDigits("0.0450"), 3u);
  EXPECT_EQ(SignificantDigits("14661.00"), 7u);
  EXPECT_EQ(SignificantDigits("0"), 0u);
  EXPECT_EQ(SignificantDigits("1,224"), 4u);
}

TEST(BaseUnit, DropsTheMultiplier) {
  EXPECT_EQ(BaseUnit("万元"), "元");
  EXPECT_EQ(BaseUnit("亿元"), "元");
  EXPECT_EQ(BaseUnit("万人"), "人");
  EXPECT_EQ(BaseUnit("万人次"), "人次");
  EXPECT_EQ(BaseUnit("元"), "元");
  EXPECT_EQ(BaseUnit("%"), "%");
  EXPECT_EQ(BaseUnit("万"), "");
  EXPECT_EQ(BaseUnit(""), "");
}

TEST(JsonString, EscapesAndKeepsUtf8) {
  EXPECT_EQ(JsonString("a\"b\\c"), R"("a\"b\\c")");
  EXPECT_EQ(JsonString("行\n\t\x01"), "\"行\\n\\t\\u0001\"");
  EXPECT_EQ(JsonString("\xff"), "\"\xEF\xBF\xBD\"");  // invalid -> U+FFFD
}

}  // namespace
}  // namespace tally
