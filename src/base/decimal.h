// base/decimal.h: exact decimal numbers for money, rates and scores.
//
// A Decimal is an integer count of units of 10^-scale ("437.32" is 43732
// units at scale 2). Sums, differences and products are exact; nothing goes
// through a double, so 0.1 + 0.2 == 0.3 and a 其中 breakdown of
// 217605546.01 元 tallies to the fen. Units are a 128-bit integer (about
// 1.7e38): Parse accepts at most kMaxDigits significant digits and
// kMaxParsedScale decimals. Every operation is overflow-checked: a result
// that does not fit (a 亿元 base value shifted and multiplied across scales,
// a product of products) is marked overflowed() instead of wrapping, and
// stays marked through further arithmetic, like a NaN; a check that meets
// one decides nothing. Results needing more than kMaxScale decimals are
// rounded half away from zero.
//
// Thread safety: a value type.
//
//   Decimal a = *Decimal::Parse("194.19"), b = *Decimal::Parse("0.81");
//   (a + b).ToString();            // "195.00"
//   a.Shift(4).ToString();         // "1941900" (万元 -> 元)
//   Decimal::Compare(a, b) > 0;    // true
#ifndef TALLY_BASE_DECIMAL_H_
#define TALLY_BASE_DECIMAL_H_

#include <optional>
#include <string>
#include <string_view>

namespace tally {

class Decimal {
 public:
  static constexpr int kMaxScale = 18;
  static constexpr int kMaxDigits = 18;      // accepted by Parse
  static constexpr int kMaxParsedScale = 8;  // accepted by Parse

  Decimal() = default;  // 0
  static Decimal FromInt(long long v) { return Decimal(v, 0); }

  // "437.32", "-5", "+3.0", "1,234.5" (commas between digit groups are
  // dropped), ".5" and "5." too. Nothing else: no exponents, no spaces, at
  // most kMaxDigits significant digits and kMaxParsedScale decimals (a
  // longer digit string is an identifier, not a report's number). nullopt
  // otherwise.
  static std::optional<Decimal> Parse(std::string_view s);

  // Shortest exact form at this value's scale: "437.32", "-0.5", "100".
  // Trailing zeros of the printed scale are kept ("194.10" stays).
  std::string ToString() const;
  // Without trailing fractional zeros: "194.1", "100".
  std::string ToCanonicalString() const;

  int scale() const { return scale_; }
  // True if this value, or any value it was computed from, did not fit.
  bool overflowed() const { return overflow_; }
  bool is_zero() const { return units_ == 0; }
  bool negative() const { return units_ < 0; }

  // This value times 10^k, exact: k > 0 moves the point right (万元 -> 元 is
  // Shift(4)); k < 0 raises the scale. Scales above kMaxScale are clamped
  // by rounding half away from zero.
  Decimal Shift(int k) const;
  // Rounded (half away from zero) to `scale` decimals; a larger scale pads.
  Decimal Round(int scale) const;
  // Half a unit of the last printed digit: 0.005 for "437.32", 0.5 for "12".
  Decimal HalfUnit() const;

  Decimal operator+(const Decimal& o) const;
  Decimal operator-(const Decimal& o) const;
  Decimal operator*(const Decimal& o) const;
  Decimal operator-() const;
  Decimal Abs() const { return units_ < 0 ? -*this : *this; }

  // <0, 0, >0; exact, across scales ("1.50" == "1.5"), also where aligning
  // the scales would not fit (the value with more integer digits is larger).
  // Overflowed values compare by their (meaningless) units: test
  // overflowed() first.
  static int Compare(const Decimal& a, const Decimal& b);
  bool operator==(const Decimal& o) const { return Compare(*this, o) == 0; }
  bool operator<(const Decimal& o) const { return Compare(*this, o) < 0; }
  bool operator<=(const Decimal& o) const { return Compare(*this, o) <= 0; }
  bool operator>(const Decimal& o) const { return Compare(*this, o) > 0; }
  bool operator>=(const Decimal& o) const { return Compare(*this, o) >= 0; }

  // a / b rounded to `scale` decimals (half away from zero); nullopt when b
  // is zero. For printing an expected rate, never for deciding a check:
  // checks compare cross-multiplied values exactly.
  static std::optional<Decimal> Divide(const Decimal& a, const Decimal& b,
                                       int scale);

 private:
  Decimal(__int128 units, int scale, bool overflow = false)
      : units_(units), scale_(scale), overflow_(overflow) {}
  static Decimal Overflow() { return Decimal(0, 0, true); }
  // Raises the smaller scale to the larger; false if that does not fit.
  static bool Align(Decimal* a, Decimal* b);

  __int128 units_ = 0;
  int scale_ = 0;
  bool overflow_ = false;
};

}  // namespace tally

#endif  // TALLY_BASE_DECIMAL_H_
