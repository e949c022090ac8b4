// What box_symbols keeps of a number's characters (ocr/number_symbols.h).
#include "ocr/number_symbols.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tally::ocr {
namespace {

TEST(NumberSymbols, StartsInPercentOfTheDigitHeight) {
  // "4.36" read at 200 dpi: digits 26 px high, 19 px apart, the point
  // 10 px wide; its box 5 px high does not count towards the height.
  std::vector<NumberGlyph> read = {{99, 100, 26, true},
                                   {98, 119, 5, false},
                                   {61, 129, 26, true},
                                   {99, 148, 27, true}};
  EXPECT_EQ(EncodeNumberSymbols(read), "99 98:73 61:38 99:73");
  // The same print with its point lost: the 3 starts a digit and a point
  // after the 4.
  read.erase(read.begin() + 1);
  EXPECT_EQ(EncodeNumberSymbols(read), "99 61:112 99:73");
  // No height known: confidences only, as stored before starts were.
  EXPECT_EQ(EncodeNumberSymbols({{99, 0, 0, true}, {160, 19, 0, true}}),
            "99 100");
  EXPECT_EQ(EncodeNumberSymbols({}), "");
}

TEST(NumberSymbols, DecodesBothForms) {
  std::vector<NumberSymbol> s;
  ASSERT_TRUE(DecodeNumberSymbols("99 98:73 61:38", &s));
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].conf, 99);
  EXPECT_EQ(s[0].pitch, -1);
  EXPECT_EQ(s[1].pitch, 73);
  EXPECT_EQ(s[2].conf, 61);
  EXPECT_EQ(s[2].pitch, 38);
  ASSERT_TRUE(DecodeNumberSymbols("99 98 61 99", &s));  // schema 10's form
  EXPECT_EQ(s.size(), 4u);
  EXPECT_EQ(s[3].pitch, -1);
  ASSERT_TRUE(DecodeNumberSymbols("", &s));
  EXPECT_TRUE(s.empty());
  for (const char* bad :
       {"99  98", "99 ", " 99", "99:", "101", "9a", "99;7", ":5"}) {
    EXPECT_FALSE(DecodeNumberSymbols(bad, &s)) << bad;
  }
}

}  // namespace
}  // namespace tally::ocr
