#include "base/decimal.h"

#include <algorithm>
#include <limits>

namespace tally {
namespace {

// 10^k for 0 <= k <= 38 (the largest that fits).
__int128 Pow10(int k) {
  __int128 p = 1;
  while (k-- > 0) p *= 10;
  return p;
}

// *out = a * 10^k; false if it does not fit.
bool MulPow10(__int128 a, int k, __int128* out) {
  if (k > 38) {
    *out = 0;
    return a == 0;
  }
  return !__builtin_mul_overflow(a, Pow10(k), out);
}

// Divides n by d (d > 0), rounding half away from zero.
__int128 DivRound(__int128 n, __int128 d) {
  __int128 q = n / d, r = n % d;
  if (r < 0) r = -r;
  if (r >= d - r) q += n < 0 ? -1 : 1;  // 2r >= d, without overflow
  return q;
}

}  // namespace

std::optional<Decimal> Decimal::Parse(std::string_view s) {
  if (s.empty()) return std::nullopt;
  bool neg = false;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  __int128 units = 0;
  int scale = 0, digits = 0, significant = 0;
  bool point = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (point && ++scale > kMaxParsedScale) return std::nullopt;
      if (units != 0 || c != '0') ++significant;
      if (significant > kMaxDigits) return std::nullopt;
      units = units * 10 + (c - '0');
      ++digits;
    } else if (c == '.' && !point) {
      point = true;
    } else if (c == ',' && !point && digits > 0 && i + 1 < s.size() &&
               s[i + 1] >= '0' && s[i + 1] <= '9') {
      continue;
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0) return std::nullopt;
  return Decimal(neg ? -units : units, scale);
}

std::string Decimal::ToString() const {
  if (overflow_) return "overflow";
  __int128 u = units_ < 0 ? -units_ : units_;
  std::string digits;
  do {
    digits.push_back(char('0' + int(u % 10)));
    u /= 10;
  } while (u != 0);
  while (int(digits.size()) <= scale_) digits.push_back('0');
  std::reverse(digits.begin(), digits.end());
  if (scale_ > 0) digits.insert(digits.size() - scale_, 1, '.');
  if (units_ < 0) digits.insert(0, 1, '-');
  return digits;
}

std::string Decimal::ToCanonicalString() const {
  Decimal d = *this;
  while (d.scale_ > 0 && d.units_ % 10 == 0) {
    d.units_ /= 10;
    --d.scale_;
  }
  return d.ToString();
}

Decimal Decimal::operator-() const {
  if (overflow_ || units_ == std::numeric_limits<__int128>::min()) {
    return Overflow();
  }
  return Decimal(-units_, scale_);
}

Decimal Decimal::Shift(int k) const {
  if (overflow_) return Overflow();
  if (k >= 0) {
    int drop = std::min(k, scale_);
    __int128 u;
    if (!MulPow10(units_, k - drop, &u)) return Overflow();
    return Decimal(u, scale_ - drop);
  }
  if (k < -2 * kMaxScale) return Decimal(0, kMaxScale);
  int scale = scale_ - k;
  if (scale <= kMaxScale) return Decimal(units_, scale);
  return Decimal(DivRound(units_, Pow10(scale - kMaxScale)), kMaxScale);
}

Decimal Decimal::Round(int scale) const {
  if (overflow_) return Overflow();
  scale = std::clamp(scale, 0, kMaxScale);
  if (scale >= scale_) {
    __int128 u;
    if (!MulPow10(units_, scale - scale_, &u)) return Overflow();
    return Decimal(u, scale);
  }
  return Decimal(DivRound(units_, Pow10(scale_ - scale)), scale);
}

Decimal Decimal::HalfUnit() const { return Decimal(5, scale_ + 1); }

bool Decimal::Align(Decimal* a, Decimal* b) {
  if (a->scale_ < b->scale_) {
    if (!MulPow10(a->units_, b->scale_ - a->scale_, &a->units_)) return false;
    a->scale_ = b->scale_;
  } else if (b->scale_ < a->scale_) {
    if (!MulPow10(b->units_, a->scale_ - b->scale_, &b->units_)) return false;
    b->scale_ = a->scale_;
  }
  return true;
}

Decimal Decimal::operator+(const Decimal& o) const {
  if (overflow_ || o.overflow_) return Overflow();
  Decimal a = *this, b = o;
  __int128 sum;
  if (!Align(&a, &b) || __builtin_add_overflow(a.units_, b.units_, &sum)) {
    return Overflow();
  }
  return Decimal(sum, a.scale_);
}

Decimal Decimal::operator-(const Decimal& o) const { return *this + (-o); }

Decimal Decimal::operator*(const Decimal& o) const {
  if (overflow_ || o.overflow_) return Overflow();
  __int128 u;
  if (__builtin_mul_overflow(units_, o.units_, &u)) return Overflow();
  Decimal r(u, scale_ + o.scale_);
  return r.scale_ > kMaxScale ? r.Round(kMaxScale) : r;
}

int Decimal::Compare(const Decimal& a, const Decimal& b) {
  Decimal x = a, y = b;
  if (!Align(&x, &y)) {
    // The one whose scale could not be raised has more integer digits than
    // the other can hold: its sign decides.
    const Decimal& big = a.scale_ < b.scale_ ? a : b;
    int s = big.units_ < 0 ? -1 : 1;
    return &big == &a ? s : -s;
  }
  return x.units_ < y.units_ ? -1 : x.units_ > y.units_ ? 1 : 0;
}

std::optional<Decimal> Decimal::Divide(const Decimal& a, const Decimal& b,
                                       int scale) {
  if (b.units_ == 0 || a.overflow_ || b.overflow_) return std::nullopt;
  scale = std::clamp(scale, 0, kMaxScale);
  // a/b = (ua / ub) * 10^(sb - sa); scaled to 10^scale units.
  int k = scale + b.scale_ - a.scale_;
  __int128 n = a.units_, d = b.units_;
  if (d < 0) {
    n = -n;
    d = -d;
  }
  if (k >= 0) {
    if (!MulPow10(n, k, &n)) return std::nullopt;
  } else {
    if (!MulPow10(d, -k, &d)) return Decimal(0, scale);  // |a/b| < 10^-scale
  }
  return Decimal(DivRound(n, d), scale);
}

}  // namespace tally
