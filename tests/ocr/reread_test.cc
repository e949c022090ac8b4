// Which numbers the ocr stage reads again, and when the second reading
// wins (ocr/reread.h), on symbols made up here.
#include "ocr/reread.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace tally::ocr {
namespace {

// "757.6-万元" as symbols of one line, each with confidence `conf` unless
// listed in `low` (positions at 50).
std::vector<ReadSymbol> Line(const std::vector<std::string>& texts,
                             std::vector<size_t> low = {}, int line = 0) {
  std::vector<ReadSymbol> out;
  for (size_t k = 0; k < texts.size(); ++k) {
    float conf = 97;
    for (size_t l : low) conf = l == k ? 50 : conf;
    out.push_back({texts[k], conf, line});
  }
  return out;
}

using Spans = std::vector<std::pair<size_t, size_t>>;

TEST(NumberSpans, PicksDoubtfulNumbersOnly) {
  const struct {
    const char* name;
    std::vector<ReadSymbol> symbols;
    Spans want;
  } kCases[] = {
      {"confident number: nothing",
       Line({"额", "7", "5", "7", ".", "6", "4"}),
       {}},
      {"low digit",
       Line({"额", "7", "5", "7", ".", "6", "4", "万"}, {5}),
       {{1, 7}}},
      {"stray dash after the digits",
       Line({"额", "7", "5", "7", ".", "6", "-", "万"}, {6}),
       {{1, 7}}},
      {"letters for digits", Line({"理", "l", "e", "家"}, {1, 2}), {}},
      {"letters beside a digit", Line({"理", "l", "6", "家"}, {1}), {{1, 3}}},
      {"a confident dash ends the number",
       Line({"1", "-", "7", "月"}, {0}),
       {}},
      {"one symbol is no number", Line({"第", "3", "页"}, {1}), {}},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(NumberSpans(c.symbols, 90), c.want) << c.name;
  }
  // A span never crosses lines.
  std::vector<ReadSymbol> two = Line({"1", "2"}, {1}, 0);
  for (const ReadSymbol& s : Line({"3", "4"}, {}, 1)) two.push_back(s);
  EXPECT_EQ(NumberSpans(two, 90), (Spans{{0, 2}}));
}

TEST(TakeReread, OnlySameLengthNumbersMoreConfident) {
  const std::vector<ReadSymbol> first =
      Line({"7", "5", "7", ".", "6", "-"}, {5});
  const struct {
    const char* name;
    std::vector<ReadSymbol> again;
    bool take;
  } kCases[] = {
      {"digit for the dash, more confident",
       Line({"7", "5", "7", ".", "6", "4"}), true},
      {"the same reading", first, false},
      {"shorter", Line({"7", "5", "7", ".", "6"}), false},
      {"a letter in it", Line({"7", "5", "7", ".", "6", "A"}), false},
      {"less confident", Line({"7", "5", "7", ".", "6", "4"}, {0, 1, 2, 3}),
       false},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(TakeReread(first, c.again), c.take) << c.name;
  }
  // A percent sign the first model saw stays, however sure the digits
  // model is of its 6 ("40%" under a seal, its 4 doubted).
  EXPECT_FALSE(TakeReread(Line({"4", "0", "%"}, {0}), Line({"4", "0", "6"})));
  EXPECT_TRUE(TakeReread(Line({"4", "0", "%"}, {0}), Line({"9", "0", "%"})));
}

TEST(DigitRuns, EveryNumberWhateverItsConfidence) {
  // "拨付437.32万元，占98%" on one line, "2022" on the next, all sure.
  std::vector<ReadSymbol> page = Line({"拨", "付", "4", "3", "7", ".", "3", "2",
                                       "万", "元", "，", "占", "9", "8", "%"});
  for (const ReadSymbol& s : Line({"2", "0", "2", "2"}, {}, 1)) {
    page.push_back(s);
  }
  EXPECT_EQ(DigitRuns(page), (Spans{{2, 8}, {12, 15}, {15, 19}}));
  // No digit, no run: a lone percent sign; a point before a digit is read
  // with it (".5").
  EXPECT_EQ(DigitRuns(Line({"%", "元", ".", "5"})), (Spans{{2, 4}}));
  EXPECT_EQ(DigitRuns(Line({"%", "元", "5"})), (Spans{{2, 3}}));
  EXPECT_TRUE(DigitRuns({}).empty());
}

TEST(SameShape, CharacterForCharacterNumberCharacters) {
  const std::vector<ReadSymbol> first = Line({"1", "8", ".", "3", "6"});
  EXPECT_TRUE(SameShape(first, Line({"1", "3", ".", "3", "6"})));
  EXPECT_TRUE(SameShape(first, first));
  EXPECT_FALSE(SameShape(first, Line({"1", "8", "3", "6"})));
  EXPECT_FALSE(SameShape(first, Line({"1", "8", ".", "3", "B"})));
  EXPECT_FALSE(SameShape({}, {}));
}

}  // namespace
}  // namespace tally::ocr
