// The View over a document and the arithmetic every rule family shares.
#include <algorithm>
#include <map>
#include <optional>

#include "base/edit_distance.h"
#include "base/printed.h"
#include "check/internal.h"

namespace tally::check::internal {

Decimal Slack(std::string_view kind, const Decimal& value, int exp) {
  // Points are given, not measured: 9.5分 is exactly 9.5.
  if (kind == "score") return Decimal();
  if (kind == "count" && value.scale() == 0) return Decimal();
  if (value.scale() == 0 && value.Abs() < Decimal::FromInt(100)) {
    return Decimal();
  }
  return value.HalfUnit().Shift(exp);
}

View::View(const Document& doc) : doc_(doc) {
  nums_.resize(doc.facts.size());
  std::map<int, int> by_exp;
  for (int i = 0; i < size(); ++i) {
    Refresh(i);
    if (fact(i).kind == "amount" && num(i).ok) ++by_exp[num(i).exp];
  }
  // A tie names no unit.
  int most = 0;
  for (const auto& [exp, n] : by_exp) {
    if (n > most) {
      most = n;
      common_exp_ = exp;
    } else if (n == most) {
      common_exp_ = -1;
    }
  }
}

// Bits of in_holding_: what of the report's arithmetic a fact holds in.
constexpr char kInSum = 1, kInChange = 2, kInProduct = 4;

void View::MarkHolding() const {
  in_holding_.assign(doc_.facts.size() + 1, 0);
  for (const Relation& r : doc_.relations) {
    if (r.kind == "breakdown") {
      const int total = First(r, "total");
      const std::vector<int> parts = Role(r, "part");
      if (total < 0 || parts.size() < 2 || !Plain(total)) continue;
      if (!std::all_of(parts.begin(), parts.end(),
                       [&](int p) { return Plain(p); }) ||
          !PartsLessTotal(*this, total, parts).Holds()) {
        continue;
      }
      in_holding_[size_t(total)] |= kInSum;
      for (int p : parts) in_holding_[size_t(p)] |= kInSum;
    }
    // A change that is the difference of its two years' figures, to their
    // printed digits.
    if (r.kind == "budget" && r.rule == "budget.change" &&
        ChangeHolds(*this, r)) {
      for (const char* role : {"current", "other", "change"}) {
        in_holding_[size_t(First(r, role))] |= kInChange;
      }
    }
    // A total that is its count times its standard (2900亩 × 70元 =
    // 20.30万元), as the report states them.
    if (r.rule == "ratio.per_unit" && PerUnitHolds(*this, r)) {
      in_holding_[size_t(First(r, "numerator"))] |= kInProduct;
    }
  }
}

bool View::InHoldingSum(int i) const {
  if (in_holding_.empty()) MarkHolding();
  return i >= 0 && size_t(i) < doc_.facts.size() &&
         (in_holding_[size_t(i)] & kInSum);
}

bool View::Vouched(int i) const {
  if (in_holding_.empty()) MarkHolding();
  return i >= 0 && size_t(i) < doc_.facts.size() &&
         (in_holding_[size_t(i)] != 0 || Recurs(i));
}

bool View::Recurs(int i) const {
  auto key = [&](int k) {
    return fact(k).kind + "|" + fact(k).unit + "|" +
           num(k).value.ToCanonicalString();
  };
  if (printed_.empty()) {
    for (int k = 0; k < size(); ++k) {
      if (num(k).ok) ++printed_[key(k)];
    }
  }
  if (i < 0 || i >= size() || !num(i).ok) return false;
  auto it = printed_.find(key(i));
  return it != printed_.end() && it->second >= 2;
}

const std::vector<int>& View::RelationsOf(int i) const {
  if (relations_of_.empty()) {
    relations_of_.resize(doc_.facts.size() + 1);
    for (size_t k = 0; k < doc_.relations.size(); ++k) {
      for (const RelationMember& m : doc_.relations[k].members) {
        if (m.fact >= 0 && size_t(m.fact) < doc_.facts.size() &&
            (relations_of_[size_t(m.fact)].empty() ||
             relations_of_[size_t(m.fact)].back() != int(k))) {
          relations_of_[size_t(m.fact)].push_back(int(k));
        }
      }
    }
  }
  const bool in = i >= 0 && size_t(i) < doc_.facts.size();
  return relations_of_[in ? size_t(i) : doc_.facts.size()];
}

void View::Refresh(int i) {
  in_holding_.clear();      // the sums may hold or fail now
  printed_.clear();         // and the figure printed twice may differ
  const Fact& f = fact(i);
  Num& n = nums_[size_t(i)];
  n = Num();
  if (f.kind != "amount" && f.kind != "count" && f.kind != "percent" &&
      f.kind != "score") {
    return;
  }
  std::optional<Decimal> value = Decimal::Parse(f.value);
  std::optional<Decimal> base = Decimal::Parse(f.base_value);
  if (!value || !base) return;
  n.ok = true;
  n.value = *value;
  n.base = *base;
  n.exp = (f.kind == "amount" || f.kind == "count") ? UnitExponent(f.unit) : 0;
  n.half = Slack(f.kind, *value, n.exp);
}

std::vector<int> View::Role(const Relation& r, std::string_view role) const {
  std::vector<int> out;
  for (const RelationMember& m : r.members) {
    if (m.role == role && m.fact >= 0 && m.fact < size()) out.push_back(m.fact);
  }
  return out;
}

int View::First(const Relation& r, std::string_view role) const {
  for (const RelationMember& m : r.members) {
    if (m.role == role && m.fact >= 0 && m.fact < size()) return m.fact;
  }
  return -1;
}

// --- Printing ---------------------------------------------------------------

std::string Printed(const Fact& f) { return f.value + f.unit; }

std::string Str(const Decimal& d) { return d.ToCanonicalString(); }

std::string InUnitOf(const Decimal& base, const Fact& like) {
  int exp = (like.kind == "amount" || like.kind == "count")
                ? UnitExponent(like.unit)
                : 0;
  const Decimal d = base.Shift(-exp);
  // Written to the stated figure's decimals where that is exact, as the
  // report would print it: 102.47 − 94.47 is "8.00万元" beside a stated
  // "0.80万元", not "8万元".
  const std::optional<Decimal> stated = Decimal::Parse(like.value);
  if (stated && !d.overflowed()) {
    const Decimal at_stated = d.Round(stated->scale());
    if (at_stated == d) return at_stated.ToString() + like.unit;
  }
  return Str(d) + like.unit;
}

std::string Percent(const Decimal& a, const Decimal& b, int scale) {
  std::optional<Decimal> q =
      Decimal::Divide(a * Decimal::FromInt(100), b, std::max(scale, 2));
  return q ? Str(*q) + "%" : "—";
}

std::string Terms(const View& v, const std::vector<int>& facts) {
  std::string s;
  bool same_unit = true;
  for (int i : facts) {
    same_unit = same_unit && v.fact(i).unit == v.fact(facts.front()).unit;
  }
  for (int i : facts) {
    std::string term = same_unit ? v.fact(i).value : Printed(v.fact(i));
    // A figure that fell is taken away: "-3+-2" reads "-3-2".
    if (!s.empty() && !term.starts_with("-")) s += "+";
    s += term;
  }
  return s;
}

// --- Arithmetic -------------------------------------------------------------

bool RatioHolds(const Decimal& num, const Decimal& den, const Decimal& stated) {
  if (den.is_zero()) {
    // 0 of 0: the forms print it as 100% or as 0%.
    return num.is_zero() &&
           (stated == Decimal::FromInt(100) || stated.is_zero());
  }
  // |num/den*100 - stated| <= half  <=>  |num*100 - stated*den| <= half*den
  Decimal d = den.Abs();
  Decimal diff = (num * Decimal::FromInt(100) - stated * den).Abs();
  Decimal bound = stated.HalfUnit() * d;
  if (diff.overflowed() || bound.overflowed()) return false;
  return diff <= bound;
}

void Sum::Add(const Num& n, int sign) {
  value = value + (sign > 0 ? n.base : -n.base);
  slack = slack + n.half;
  overflow = overflow || value.overflowed() || slack.overflowed();
}

bool Sum::Holds() const { return !overflow && value.Abs() <= slack; }

Sum PartsLessTotal(const View& v, int total, const std::vector<int>& parts) {
  Sum sum;
  sum.Add(v.num(total), -1);
  for (int p : parts) sum.Add(v.num(p), 1);
  return sum;
}

int RescaledMember(const View& v, const std::vector<int>& members,
                   const std::vector<int>& signs, int* k_out) {
  Sum sum;
  for (size_t m = 0; m < members.size(); ++m) {
    const Num& n = v.num(members[m]);
    if (!n.ok) return -1;
    sum.Add(n, signs[m]);
  }
  if (sum.overflow) return -1;
  int found = -1, found_k = 0;
  for (size_t m = 0; m < members.size(); ++m) {
    const Fact& f = v.fact(members[m]);
    const Num& n = v.num(members[m]);
    if (f.kind != "amount" || n.base.is_zero()) continue;
    for (int k : {4, -4, 8, -8}) {
      if (RescaledUnit(f, k).empty()) continue;
      // The rounding of the relation once the figure is read in the other
      // unit: its own half unit scales with it (151亿元 may be off by 0.5亿,
      // 151万元 by 0.5万).
      Decimal t = sum.slack - n.half + n.half.Shift(k);
      // A figure rescaled to within that rounding is as good as left out:
      // that reading says it is no member, not that its unit slipped.
      if (k < 0 && n.base.Shift(k).Abs() <= t) continue;
      Decimal moved = n.base.Shift(k) - n.base;
      Decimal s = sum.value + (signs[m] > 0 ? moved : -moved);
      if (s.overflowed() || t.overflowed() || s.Abs() > t) continue;
      if (found >= 0) return -1;  // ambiguous: no single culprit
      found = int(m);
      found_k = k;
    }
  }
  if (found >= 0) *k_out = found_k;
  return found;
}

namespace {

// The relation sum_i sign_i * base_i = 0 over plain readings, when it fails
// beyond its slack; nullopt when it holds, overflows or a member is unread.
std::optional<Sum> FailingSum(const View& v, const std::vector<int>& members,
                              const std::vector<int>& signs) {
  Sum sum;
  for (size_t m = 0; m < members.size(); ++m) {
    const Num& n = v.num(members[m]);
    if (!n.ok) return std::nullopt;
    sum.Add(n, signs[m]);
  }
  if (sum.overflow || sum.Holds()) return std::nullopt;
  return sum;
}

}  // namespace

std::vector<Swap> SwappedMembers(const View& v, const std::vector<int>& members,
                                 const std::vector<int>& signs) {
  const std::optional<Sum> failing = FailingSum(v, members, signs);
  if (!failing) return {};
  const Sum& sum = *failing;
  std::vector<Swap> out;
  for (size_t m = 0; m < members.size(); ++m) {
    const Fact& f = v.fact(members[m]);
    const Num& n = v.num(members[m]);
    if (SignificantDigits(f.value) < 4) continue;
    for (const std::string& swapped : NeighbourSwaps(f.value)) {
      std::optional<Decimal> d = Decimal::Parse(swapped);
      if (!d) continue;
      Decimal moved = d->Shift(n.exp) - n.base;
      Decimal s = sum.value + (signs[m] > 0 ? moved : -moved);
      if (moved.overflowed() || s.overflowed() || s.Abs() > sum.slack) {
        continue;
      }
      out.push_back({int(m), swapped});
    }
  }
  return out;
}

std::vector<Swap> RetypedMembers(const View& v, const std::vector<int>& members,
                                 const std::vector<int>& signs) {
  const std::optional<Sum> failing = FailingSum(v, members, signs);
  if (!failing) return {};
  const Sum& sum = *failing;
  auto code_points = [](std::string_view s) {
    return std::u32string(s.begin(), s.end());  // digits and a point
  };
  std::vector<Swap> out;
  for (size_t m = 0; m < members.size(); ++m) {
    const Fact& f = v.fact(members[m]);
    const Num& n = v.num(members[m]);
    const Decimal needed = n.base - (signs[m] > 0 ? sum.value : -sum.value);
    if (needed.overflowed() || needed.negative() || needed.is_zero()) {
      continue;
    }
    const Decimal typed = needed.Shift(-n.exp).Round(n.value.scale());
    const Decimal moved = typed.Shift(n.exp) - n.base;
    const Decimal s = sum.value + (signs[m] > 0 ? moved : -moved);
    if (typed.overflowed() || s.overflowed() || s.Abs() > sum.slack) continue;
    const std::string fixed = typed.ToString();
    // A digit added or dropped, not changed: a changed digit closes any gap
    // of one digit's size (0.4 from 61.02 to 61.42) and names a member by
    // the chance of which digits borrow; a digit more or less moves a figure
    // by an order of magnitude, which chance rarely matches.
    if (fixed.size() != f.value.size() &&
        EditDistance(code_points(f.value), code_points(fixed)) == 1) {
      // Any short figure is a keystroke from many values; four digits or
      // more make a chance match rare.
      if (SignificantDigits(f.value) < 4) return {};
      out.push_back({int(m), fixed});
    }
  }
  return out;
}

std::string SwapReadings(const View& v, const std::vector<int>& members,
                         const std::vector<Swap>& swaps) {
  std::string out;
  for (const Swap& w : swaps) {
    const Fact& f = v.fact(members[size_t(w.member)]);
    out += (out.empty() ? "" : "或") + Printed(f) + " 读作 " + w.fixed + f.unit;
  }
  return out;
}

std::string RescaledUnit(const Fact& f, int k) {
  int exp = UnitExponent(f.unit) + k;
  std::string_view base = f.unit;
  for (std::string_view m : {"亿", "万", "千"}) {
    if (base.starts_with(m)) base.remove_prefix(m.size());
  }
  std::string prefix = exp == 8 ? "亿" : exp == 4 ? "万" : exp == 3 ? "千" : "";
  if (exp < 0 || (exp != 0 && prefix.empty())) return "";
  return f.value + prefix + std::string(base);
}

std::vector<int64_t> SlipFirst(std::vector<int64_t> ids, int64_t slip) {
  std::erase(ids, slip);
  ids.insert(ids.begin(), slip);
  return ids;
}

Finding MakeFinding(FindingArgs a) {
  Finding f;
  f.rule = std::move(a.rule);
  f.severity = std::move(a.severity);
  f.message = std::move(a.message);
  f.expected = std::move(a.expected);
  f.actual = std::move(a.actual);
  f.page_no = a.page_no;
  f.fact_ids = std::move(a.fact_ids);
  f.suggested = std::move(a.suggested);
  f.reading = std::move(a.reading);
  f.alternatives = std::move(a.alternatives);
  f.relation = a.relation;
  return f;
}

}  // namespace tally::check::internal
