#include "base/decimal.h"

#include <gtest/gtest.h>

namespace tally {
namespace {

Decimal D(const char* s) {
  auto d = Decimal::Parse(s);
  EXPECT_TRUE(d.has_value()) << s;
  return d.value_or(Decimal());
}

TEST(DecimalTest, ParsesWhatReportsPrint) {
  EXPECT_EQ(D("437.32").ToString(), "437.32");
  EXPECT_EQ(D("98182.00").ToString(), "98182.00");  // printed scale kept
  EXPECT_EQ(D("98182.00").ToCanonicalString(), "98182");
  EXPECT_EQ(D("1,234.5").ToString(), "1234.5");
  EXPECT_EQ(D("-0.5").ToString(), "-0.5");
  EXPECT_EQ(D(".5").ToString(), "0.5");
  EXPECT_EQ(D("+3").ToString(), "3");
  for (const char* bad :
       {"", "-", ".", "1.2.3", "1e5", " 1", "1 ", "12元", ",1", "1,", "1.,5",
        "1234567890123456789", "0.123456789"}) {
    EXPECT_FALSE(Decimal::Parse(bad).has_value()) << bad;
  }
  EXPECT_TRUE(Decimal::Parse("123456789012345678").has_value());  // 18 digits
  EXPECT_TRUE(Decimal::Parse("0.12345678").has_value());
}

TEST(DecimalTest, ArithmeticIsExact) {
  EXPECT_EQ(D("0.1") + D("0.2"), D("0.3"));
  EXPECT_EQ((D("170795.88") + D("217336568.13") + D("98182.00")).ToString(),
            "217605546.01");
  EXPECT_EQ((D("192.31") - D("158.89")).ToString(), "33.42");
  EXPECT_EQ((D("1.5") * D("0.25")).ToString(), "0.375");
  EXPECT_EQ(D("1.50"), D("1.5"));
  EXPECT_LT(D("25.92") + D("11.41"), D("37.34"));
  EXPECT_GT(D("-1"), D("-2"));
  EXPECT_EQ((-D("2.5")).Abs(), D("2.5"));
}

TEST(DecimalTest, ShiftRoundHalfUnitDivide) {
  EXPECT_EQ(D("437.32").Shift(4).ToString(), "4373200");  // 万元 -> 元
  EXPECT_EQ(D("1.14").Shift(8).ToString(), "114000000");  // 亿元 -> 元
  EXPECT_EQ(D("12").Shift(-1).ToString(), "1.2");         // ‰ -> %
  EXPECT_EQ(D("82.615").Round(2).ToString(), "82.62");    // half away
  EXPECT_EQ(D("-82.615").Round(2).ToString(), "-82.62");
  EXPECT_EQ(D("83").Round(2).ToString(), "83.00");
  EXPECT_EQ(D("437.32").HalfUnit().ToString(), "0.005");
  EXPECT_EQ(D("12").HalfUnit().ToString(), "0.5");
  EXPECT_EQ(Decimal::Divide(D("158.89"), D("192.31"), 4)->ToString(), "0.8262");
  EXPECT_EQ(Decimal::Divide(D("1"), D("3"), 3)->ToString(), "0.333");
  EXPECT_EQ(Decimal::Divide(D("2"), D("-3"), 2)->ToString(), "-0.67");
  EXPECT_FALSE(Decimal::Divide(D("1"), D("0"), 2).has_value());
}

TEST(DecimalTest, LargestParsedNumbersDoNotOverflow) {
  Decimal big = D("999999999999999999");
  Decimal tiny = D("0.00000001");
  EXPECT_EQ((big * big).ToString(), "999999999999999998000000000000000001");
  EXPECT_EQ((big * tiny + big).ToString(), "1000000009999999998.99999999");
  EXPECT_TRUE(big.Shift(8) > big);
}

// A 亿元 base value (18 digits shifted by 8) times a rate, aligned against a
// value of 18 decimals: beyond 128 bits. The result is marked, never wrapped
// (UBSan runs this suite, so a signed overflow here would fail it).
TEST(DecimalTest, OverflowIsMarkedNotWrapped) {
  Decimal yi = D("999999999999999999").Shift(8);  // 亿元 -> 元
  ASSERT_FALSE(yi.overflowed());
  Decimal product = yi * yi;
  EXPECT_TRUE(product.overflowed());
  EXPECT_TRUE((product + D("1")).overflowed());  // sticky, like a NaN
  EXPECT_TRUE((product * D("0")).overflowed());
  EXPECT_EQ(product.ToString(), "overflow");
  Decimal fine = D("0.00000001").Shift(-10);  // scale 18
  EXPECT_TRUE((yi + fine).overflowed());      // aligning does not fit
  EXPECT_GT(yi, fine);                        // but comparing still works
  EXPECT_LT(-yi, fine);
  EXPECT_TRUE(yi.Shift(40).overflowed());
  EXPECT_FALSE(Decimal::Divide(product, D("2"), 2).has_value());
  EXPECT_EQ(Decimal::Divide(fine, yi, 2)->ToString(), "0.00");
}

}  // namespace
}  // namespace tally
