// rate.ratio and balance.carryover: a budget statement's rate and balance
// against its budget and payments, and shares (占…的 P%).
//
// A report may state several budgets (年初, 追加, 全年, 下达, 上年结转) and
// compute its rate over any of them or over a sum of them (114 ÷ (100 + 20)
// = 95%). Every reading is tried; the rate or balance is wrong only if none
// gives it, and a rate's amounts may lie anywhere within their own
// rounding. The comparison cross-multiplies, so no division decides.
#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "check/internal.h"

namespace tally::check::internal {
namespace {

// A reading of a budget, a payment or an allocation: one stated figure or
// a sum of them.
struct Reading {
  std::string name;  // "全年预算", "年初预算 + 追加"
  std::vector<int> facts;
  Decimal value, slack;
  bool money = true;
  std::set<int> minus;  // facts taken off, not added (a 调减)
};

Reading Of(const View& v, std::string name, const std::vector<int>& facts) {
  Reading r{std::move(name), facts, {}, {}, true, {}};
  for (int i : facts) {
    r.value = r.value + v.num(i).base;
    r.slack = r.slack + v.num(i).half;
    r.money = r.money && v.fact(i).kind == "amount";
  }
  return r;
}

std::string Label(const View& v, const Reading& r) {
  if (r.facts.size() == 1) {
    const Fact& f = v.fact(r.facts[0]);
    return (f.label.empty() ? r.name : f.label) + " " + Printed(f);
  }
  // Each figure with its unit where the units differ (26384.52万元+3.19
  // 亿元), else the figures alone.
  bool one_unit = true;
  for (int i : r.facts) {
    one_unit = one_unit && v.fact(i).unit == v.fact(r.facts[0]).unit;
  }
  std::string s = r.name + " ";
  for (size_t k = 0; k < r.facts.size(); ++k) {
    const bool minus = r.minus.count(r.facts[k]) > 0;
    const Fact& f = v.fact(r.facts[k]);
    s += (minus ? "−" : k ? "+" : "") + f.value + (one_unit ? "" : f.unit);
  }
  return s;
}

// Does stated (a percent) equal n/d*100 for some n within n's slack and d
// within d's slack, rounded to the rate's last digit? A rate is often
// rounded twice, first to one place more and then to its own (33.0475 ->
// 33.05 -> 33.1), so it stands for anything within 0.55 of a unit of its
// last digit, not 0.5.
//
// With `truncated`, the rate stands instead for anything from itself to one
// unit of its last digit above: the digits past it cut off, not rounded
// (30.75% for 109.69 / 356.60 = 30.760%), as reports often print rates.
//
// A rate printed negative is compared by its size: the figures are sizes,
// and its direction is the words' ("下降-81.75%" says the fall twice,
// "增长-13.19%" says a fall of 13.19%).
bool RateFits(const Reading& n, const Reading& d, const Num& rate,
              bool truncated = false) {
  const Decimal stated = rate.value.Abs();
  if (d.value.is_zero() && d.slack.is_zero()) {
    return RatioHolds(n.value, d.value, stated);
  }
  const Decimal hundred = Decimal::FromInt(100);
  const Decimal half = stated.HalfUnit();
  const Decimal twice = half + half.Shift(-1);  // 0.5 + 0.05 units
  Decimal s_lo = truncated ? stated : stated - twice;
  Decimal s_hi = truncated ? stated + half + half : stated + twice;
  Decimal d_lo = d.value - d.slack, d_hi = d.value + d.slack;
  Decimal n_lo = n.value - n.slack, n_hi = n.value + n.slack;
  if (!d_lo.negative() && d_lo.is_zero()) return true;
  if (d_lo.negative()) return false;
  // n/d*100 spans [n_lo*100/d_hi, n_hi*100/d_lo]; it meets [s_lo, s_hi].
  Decimal a = n_lo * hundred, b = s_hi * d_hi;
  Decimal c = n_hi * hundred, e = s_lo * d_lo;
  if (a.overflowed() || b.overflowed() || c.overflowed() || e.overflowed()) {
    return false;
  }
  return a <= b && c >= e;
}

// A rate that fits its figures only cut off, not rounded, is printed by a
// common habit rather than mistaken: a warning that says so, not an error.
Finding TruncatedRate(Finding f, const Reading& n, const Reading& d,
                      const Num& rate) {
  if (f.severity == kError && RateFits(n, d, rate, /*truncated=*/true)) {
    f.severity = kWarning;
    f.message += "（截尾而非四舍五入则相符）";
    f.alternatives += "；按截尾取数相符";
  }
  return f;
}

// The one amount of a failing rate num ÷ den that, read in another unit
// (10^±4, 10^±8), makes it hold, with *fixed its corrected figure; nullptr
// if none. When either may be, the one read into the unit most of the
// report's amounts are in is the slip. Read so, the rate need only come
// within a hundredth of itself: a factor of 10^4 is the slip, and a last
// digit off besides (23.42% for 23.41%) is none to speak of next to it.
const Fact* UnitSlip(const View& v, const Reading& num, const Reading& den,
                     const Num& rate, std::string* fixed) {
  // A printed 0% fits any numerator made small enough (236.38元 of 969.43
  // 万元 rounds to 0%): it tells no unit, only that the rate is wrong.
  if (rate.value.is_zero()) return nullptr;
  const Fact* slip = nullptr;
  auto near = [&](const Reading& n, const Reading& d) {
    if (RateFits(n, d, rate)) return true;
    std::optional<Decimal> p =
        Decimal::Divide(n.value * Decimal::FromInt(100), d.value, 6);
    if (!p || d.value.is_zero()) return false;
    const Decimal gap = (*p - rate.value).Abs() * Decimal::FromInt(100);
    return !gap.overflowed() && gap <= rate.value.Abs();
  };
  for (const Reading* x : {&num, &den}) {
    if (x->facts.size() != 1 || !x->money) continue;
    const Fact& fx = v.fact(x->facts[0]);
    for (int k : {4, -4, 8, -8}) {
      std::string candidate = RescaledUnit(fx, k);
      if (candidate.empty()) continue;
      Reading moved = *x;
      moved.value = x->value.Shift(k);
      moved.slack = x->slack.Shift(k);
      if (!(x == &num ? near(moved, den) : near(num, moved))) continue;
      if (!slip || v.num(x->facts[0]).exp + k == v.CommonMoneyExp()) {
        slip = &fx;
        *fixed = candidate;
      }
    }
  }
  return slip;
}

// A statement whose budget was taken from far back in the report, among
// several budgets: a weaker reading, so a slip there is a warning.
bool Borrowed(const Relation& r) { return r.evidence == "前文预算"; }

std::vector<int> Members(const View& v, const Relation& r,
                         std::string_view role) {
  return v.Role(r, role);
}

// Every budget reading the statement admits, preferred first: 全年 (or
// 调整后) budgets, 年初 + 追加/调整, 下达 (and its parts), 年初, and each with
// 上年结转 added.
std::vector<Reading> Budgets(const View& v, const Relation& r) {
  std::vector<Reading> out;
  // Adds the reading unless a fact of it is not plain; whether it did.
  auto add = [&](std::string name, std::vector<int> facts) {
    if (facts.empty()) return false;
    for (int i : facts) {
      if (!v.Plain(i)) return false;
    }
    out.push_back(Of(v, std::move(name), facts));
    return true;
  };
  std::vector<int> full = Members(v, r, "full"),
                   initial = Members(v, r, "initial"),
                   adjust = Members(v, r, "adjust"),
                   allocated = Members(v, r, "allocated"),
                   carry = Members(v, r, "carry");
  // Adjustments of no way said (预算调整) are read as increases, as they
  // mostly are; a 调减 (adjust.down) is taken off.
  const std::vector<int> either = Members(v, r, "adjust.either"),
                         down = Members(v, r, "adjust.down");
  adjust.insert(adjust.end(), either.begin(), either.end());
  for (int i : full) add("全年预算", {i});
  // A budget stated before its adjustments ("预算安排资金80万元，年中追加20
  // 万元") is the first budget they adjust, as a 年初 one is.
  std::vector<int> changes = adjust;
  changes.insert(changes.end(), down.begin(), down.end());
  if (!changes.empty()) {
    std::vector<std::pair<int, const char*>> first;
    for (int i : initial) first.push_back({i, "年初预算"});
    for (int i : full) {
      const Fact& f = v.fact(i);
      if (std::all_of(changes.begin(), changes.end(), [&](int x) {
            return f.page_no == v.fact(x).page_no &&
                   f.text_begin < v.fact(x).text_begin;
          })) {
        first.push_back({i, "预算"});
      }
    }
    for (const auto& [i, name] : first) {
      std::vector<int> s = {i};
      s.insert(s.end(), changes.begin(), changes.end());
      if (!add(std::string(name) + (down.empty() ? " + 调整" : " ± 调整"), s)) {
        continue;
      }
      for (int d : down) {
        out.back().value = out.back().value - v.num(d).base - v.num(d).base;
        out.back().minus.insert(d);
      }
    }
  }
  for (int i : allocated) add("下达资金", {i});
  std::vector<int> fund = Members(v, r, "fund");
  for (int i : fund) add("资金", {i});
  // Money allocated and money of a source named beside it (省级下达资金500
  // 万元，县级配套资金100万元): the project's money is both.
  if (!allocated.empty() && !fund.empty()) {
    std::vector<int> both = allocated;
    both.insert(both.end(), fund.begin(), fund.end());
    add("下达与配套资金之和", both);
  }
  // Several budgets of one role (中央下达 and 省级下达) are parts of it.
  for (auto [name, facts] :
       {std::pair{"全年预算之和", full}, std::pair{"下达资金之和", allocated},
        std::pair{"各项资金之和", fund}}) {
    if (facts.size() >= 2) add(name, facts);
  }
  for (const char* role : {"full", "initial", "allocated", "fund"}) {
    std::vector<int> parts = Members(v, r, std::string(role) + ".part");
    if (parts.size() >= 2)
      add(std::string(role) == "allocated" ? "分批下达之和" : "各部分之和",
          parts);
  }
  for (int i : initial) add("年初预算", {i});
  // A part of the budget that the payment names (其中财政资金30万元 …
  // 财政资金支出28.5万元).
  for (int i : Members(v, r, "named_part")) add("所称部分资金", {i});
  // A borrowed budget restated on its line with another figure (at a
  // later date): either may be the one the statement is about.
  for (const char* role : {"full", "initial", "allocated", "fund"}) {
    for (int i : Members(v, r, std::string(role) + ".alt")) {
      add("前文另一预算", {i});
    }
  }
  // A rate that states its formula (detail "over=allocated": 支出数/到位数)
  // is over that budget first.
  if (r.detail.starts_with("over=")) {
    const std::string_view over = std::string_view(r.detail).substr(5);
    const char* name = over == "allocated" ? "下达资金"
                       : over == "initial" ? "年初预算"
                       : over == "full"    ? "全年预算"
                                           : nullptr;
    if (name) {
      std::stable_partition(out.begin(), out.end(),
                            [&](const Reading& b) { return b.name == name; });
    }
  }
  // With the carry-over from the year before.
  size_t n = out.size();
  for (int c : carry) {
    for (size_t k = 0; k < n; ++k) {
      std::vector<int> s = out[k].facts;
      s.push_back(c);
      add(out[k].name + " + 上年结转", s);
    }
  }
  return out;
}

// The payments (role "spent") or allocations ("allocated") of a statement,
// each alone and the sum of its parts.
std::vector<Reading> Payments(const View& v, const Relation& r,
                              std::string_view role) {
  const std::string name = role == "spent" ? "支出" : "下达";
  std::vector<Reading> out;
  for (int i : Members(v, r, role)) {
    if (v.Plain(i)) out.push_back(Of(v, name, {i}));
  }
  std::vector<int> parts = Members(v, r, std::string(role) + ".part");
  if (parts.size() >= 2) out.push_back(Of(v, name + "之和", parts));
  return out;
}

// The reading whose payment follows its budget, for the message: the
// first budget, and the first payment after it.
std::pair<size_t, size_t> Preferred(const View& v,
                                    const std::vector<Reading>& budgets,
                                    const std::vector<Reading>& payments) {
  size_t n = 0;
  const Fact& b = v.fact(budgets[0].facts.back());
  for (size_t k = 0; k < payments.size(); ++k) {
    const Fact& p = v.fact(payments[k].facts.front());
    if (p.page_no > b.page_no ||
        (p.page_no == b.page_no && p.text_begin > b.text_begin)) {
      n = k;
      break;
    }
  }
  return {0, n};
}

std::string Ruled(
    const View& v, const std::vector<Reading>& budgets,
    const std::vector<Reading>& payments, size_t skip_b, size_t skip_p,
    const std::function<std::string(const Reading&, const Reading&)>& value) {
  std::string s;
  int shown = 0;
  for (size_t b = 0; b < budgets.size(); ++b) {
    for (size_t p = 0; p < payments.size(); ++p) {
      if (b == skip_b && p == skip_p) continue;
      if (++shown > 6) return s + "；…";
      s += (s.empty() ? "" : "；") + Label(v, payments[p]) + " 对 " +
           Label(v, budgets[b]) + "：" + value(budgets[b], payments[p]);
    }
  }
  return s;
}

void Rates(const View& v, int ri, const std::vector<Reading>& budgets,
           const std::vector<Reading>& payments, std::string_view rate_role,
           std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  for (int rate : Members(v, r, rate_role)) {
    if (!v.Plain(rate)) continue;
    const Num& stated = v.num(rate);
    // Whether the rate holds over some reading; and whether it holds over
    // the first budget alone where the statement gives the budget as it
    // was adjusted too (below).
    bool fits = false, first_only = false;
    for (const Reading& b : budgets) {
      for (const Reading& p : payments) {
        if (!RateFits(p, b, stated)) continue;
        (b.name == "年初预算" ? first_only : fits) = true;
      }
    }
    if (fits) continue;
    // An execution rate is the payments over the year's budget as it
    // stands at the end (全年预算数: the form's own column says so, and a
    // statement that tells its budget's adjustments reaches it the same
    // way). One that holds only over the first budget, where that budget
    // is stated, was reckoned on the wrong one, unless money carried in
    // from the year before stands beside it (the first budget is then this
    // year's money, and a rate over it is what many reports give).
    const bool stated_full = !Members(v, r, "full").empty();
    const bool adjusted = r.rule == "table.budget_row" ||
                          !Members(v, r, "adjust").empty() ||
                          !Members(v, r, "adjust.down").empty();
    if (first_only &&
        (!stated_full || !adjusted || !Members(v, r, "carry").empty())) {
      continue;
    }
    size_t full_at = budgets.size();
    for (size_t k = 0; first_only && k < budgets.size(); ++k) {
      if (budgets[k].name == "全年预算") {
        full_at = k;
        break;
      }
    }
    if (first_only && full_at == budgets.size()) continue;
    auto [bi, pi] = Preferred(v, budgets, payments);
    if (first_only) bi = full_at;
    const Reading& b = budgets[bi];
    const Reading& p = payments[pi];
    // A rate over a budget of nothing is undefined: forms print 0%, 100%
    // or a dash for it, and none of them is a slip.
    if (b.value.is_zero()) continue;
    const Fact& pf = v.fact(rate);
    std::vector<int64_t> ids = {pf.fact_id};
    for (int i : p.facts) ids.push_back(v.id(i));
    for (int i : b.facts) ids.push_back(v.id(i));
    std::string ratio = Label(v, p) + " ÷ " + Label(v, b);
    std::string got = Percent(p.value, b.value, stated.value.scale());
    std::string reading =
        std::string(pf.label) + " = " + p.name + " ÷ " + b.name;
    std::string ruled =
        first_only ? std::string("所述之数系按年初预算计算，全年预算已调整")
                   : Ruled(v, budgets, payments, bi, pi,
                           [](const Reading& bb, const Reading& pp) {
                             return Percent(pp.value, bb.value);
                           });
    // Does the rate hold once one amount is read in another unit?
    std::string fixed;
    if (const Fact* slip = UnitSlip(v, p, b, stated, &fixed)) {
      const Fact& fx = *slip;
      out->push_back(
          MakeFinding({"unit.magnitude", kError,
                       ratio + " = " + got + "，与所述 " + pf.label + " " +
                           Printed(pf) + " 不符；把 " + Printed(fx) + " 读作 " +
                           fixed + " 才相符，单位有误",
                       fixed, Printed(fx), fx.page_no,
                       SlipFirst(ids, fx.fact_id), fixed, reading, ruled, ri}));
      return;
    }
    const char* severity = Borrowed(r) ? kWarning : kError;
    std::optional<Decimal> exact =
        Decimal::Divide(p.value * Decimal::FromInt(100), b.value,
                        std::max(stated.value.scale(), 0));
    std::string suggested = exact ? Str(*exact) + "%" : "";
    out->push_back(
        MakeFinding({"rate.ratio", severity,
                     ratio + " = " + got + "，与所述 " + pf.label + " " +
                         Printed(pf) + " 不符" +
                         (first_only ? "（所述之数系按年初预算计算）"
                          : ruled.empty() ? ""
                                          : "（其他口径亦不符）"),
                     got, Printed(pf), pf.page_no, ids, suggested, reading,
                     ruled.empty() ? "按各数末位舍入" : ruled, ri}));
  }
}

}  // namespace

// What a balance may be left of: the budgets, and an account's income
// with the carry-over from the year before (总收入 + 上年结转 − 总支出),
// the fullest reading first (it is the one a message shows).
std::vector<Reading> Sources(const View& v, const Relation& r,
                             std::vector<Reading> budgets) {
  std::vector<int> carry = Members(v, r, "carry");
  // Money drawn from a reserve to cover the year (用事业基金弥补收支差额)
  // comes in beside the income.
  std::vector<int> drawn;
  for (int d : Members(v, r, "drawn")) {
    if (v.Plain(d)) drawn.push_back(d);
  }
  for (int i : Members(v, r, "income")) {
    if (!v.Plain(i)) continue;
    for (int c : carry) {
      if (!v.Plain(c)) continue;
      if (!drawn.empty()) {
        std::vector<int> all = {i, c};
        all.insert(all.end(), drawn.begin(), drawn.end());
        budgets.push_back(Of(v, "收入 + 上年结转 + 弥补", all));
      }
      budgets.push_back(Of(v, "收入 + 上年结转", {i, c}));
    }
    budgets.push_back(Of(v, "收入", {i}));
  }
  return budgets;
}

// What a balance may be left after: each payment with the money taken back
// (收回) first, then the payments, then what was taken back alone.
std::vector<Reading> Outflows(const View& v, const Relation& r,
                              const std::vector<Reading>& spent) {
  std::vector<int> back;
  for (int w : Members(v, r, "withdrawn")) {
    if (v.Plain(w)) back.push_back(w);
  }
  std::vector<Reading> out;
  for (const Reading& p : spent) {
    for (int w : back) {
      std::vector<int> s = p.facts;
      s.push_back(w);
      out.push_back(Of(v, p.name + "与收回", s));
    }
  }
  out.insert(out.end(), spent.begin(), spent.end());
  for (int w : back) out.push_back(Of(v, "收回", {w}));
  return out;
}

// The difference a budget.change states, |current − other| with the slack
// of both (`cur` in place of its current when given: another reading of
// it); nullopt when either is missing, not plain, or it overflows.
std::optional<Reading> Difference(const View& v, const Relation& r,
                                  int cur = -1) {
  if (cur < 0) cur = v.First(r, "current");
  const int other = v.First(r, "other");
  if (cur < 0 || other < 0 || !v.Plain(cur) || !v.Plain(other)) {
    return std::nullopt;
  }
  Reading d = Of(v, "变动额", {cur, other});
  d.value = (v.num(cur).base - v.num(other).base).Abs();
  if (d.value.overflowed()) return std::nullopt;
  return d;
}

namespace {

// Whether `change` states the size of difference d, to the printed digits
// of the three figures.
bool ChangeFits(const View& v, const Reading& d, int change) {
  const Decimal gap = d.value - v.num(change).base.Abs();
  return !gap.overflowed() && gap.Abs() <= d.slack + v.num(change).half;
}

}  // namespace

bool ChangeHolds(const View& v, const Relation& r) {
  const int change = v.First(r, "change");
  const std::optional<Reading> d = Difference(v, r);
  return d && change >= 0 && v.Plain(change) && ChangeFits(v, *d, change);
}

// A change against a figure the text states ("533万元，与2022年…384万元相比
// 增加149万元", budget.change): the change is the two figures'
// difference, whichever way it went; one that is not is the slip, whatever
// rate follows it.
void CheckDifference(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  const int change = v.First(r, "change");
  const std::optional<Reading> d = Difference(v, r);
  if (!d || change < 0 || !v.Plain(change)) return;
  const Decimal diff = d->value;
  // A table's 增减 column signs what fell (-124.68); the text says which
  // way in words. The size is what must agree; and the sign, in a column
  // that prints signs (detail "signed": a minus on some cell of it).
  if (ChangeFits(v, *d, change)) {
    const int cur = v.First(r, "current"), other = v.First(r, "other");
    const Decimal moved = v.num(cur).base - v.num(other).base;
    const bool fell = moved.negative();
    if (r.detail != "signed" || moved.is_zero() || moved.Abs() <= d->slack ||
        v.num(change).base.is_zero() || fell == v.num(change).base.negative()) {
      return;
    }
    const Fact &fc = v.fact(cur), &fb = v.fact(other), &fch = v.fact(change);
    const std::string expected = (fell ? "-" : "") + InUnitOf(diff, fch);
    out->push_back(
        MakeFinding({"balance.carryover",
                     kError,
                     fc.label + " " + Printed(fc) + " − " + fb.label + " " +
                         Printed(fb) + " = " + expected + "，与所述 " +
                         fch.label + " " + Printed(fch) + " 正负相反",
                     expected,
                     Printed(fch),
                     fch.page_no,
                     {fch.fact_id, fc.fact_id, fb.fact_id},
                     expected,
                     fch.label + " = 本年数 − 比较之数（表列标正负）",
                     "按各数末位舍入",
                     ri}));
    return;
  }
  if ((diff - v.num(change).base.Abs()).overflowed()) return;
  // The other reading of the figure compared (a list's total, for its last
  // part): holding there, the statement holds.
  for (int alt : v.Role(r, "current.alt")) {
    const std::optional<Reading> a = Difference(v, r, alt);
    if (a && ChangeFits(v, *a, change)) return;
  }
  const int cur = d->facts[0], other = d->facts[1];
  const Fact &fc = v.fact(cur), &fb = v.fact(other), &fch = v.fact(change);
  const bool rose = v.num(cur).base >= v.num(other).base;
  const Fact &big = rose ? fc : fb, &small = rose ? fb : fc;
  // A signed change is suggested with the sign of this year's less the
  // other's.
  const std::string expected =
      (v.num(change).base.negative() && !rose ? "-" : "") + InUnitOf(diff, fch);
  out->push_back(MakeFinding(
      {"balance.carryover",
       kError,
       big.label + " " + Printed(big) + " − " + small.label + " " +
           Printed(small) + " = " + InUnitOf(diff, fch) + "，与所述 " +
           fch.label + " " + Printed(fch) + " 不符",
       expected,
       Printed(fch),
       fch.page_no,
       {fch.fact_id, fc.fact_id, fb.fact_id},
       expected,
       r.rule == "budget.net_value" ? r.evidence
                                    : fch.label + " = 本年数 − 比较之数",
       "按各数末位舍入",
       ri}));
}

// "年初预算200万元，年中追加50万元，调整后预算250万元": a budget stated
// with its adjustments and then the budget they make, in one sentence, is
// the first plus the adjustments (minus a 调减). An adjustment whose label
// gives no direction (调整) may go either way. The statement is read only
// when it is plain: one 年初 figure, one budget after every adjustment, no
// 上年结转 that the budget might include. A mismatch is an error when the
// statement's own 执行率 holds over the sum and not over the budget as
// printed (two figures agree against one), else a warning.
void CheckAdjusted(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  const std::vector<int> initial = Members(v, r, "initial"),
                         up = Members(v, r, "adjust"),
                         down = Members(v, r, "adjust.down"),
                         full = Members(v, r, "full");
  // An adjustment of no way said leaves no one reading.
  if (initial.size() != 1 || (up.empty() && down.empty()) || full.size() != 1 ||
      !Members(v, r, "carry").empty() ||
      !Members(v, r, "adjust.either").empty()) {
    return;
  }
  std::vector<int> adjust = up;
  adjust.insert(adjust.end(), down.begin(), down.end());
  const Fact& ff = v.fact(full[0]);
  std::vector<int> all = initial;
  all.insert(all.end(), adjust.begin(), adjust.end());
  for (int i : all) {
    const Fact& f = v.fact(i);
    if (!v.Plain(i) || f.page_no != ff.page_no || f.sentence != ff.sentence ||
        f.text_begin > ff.text_begin) {
      return;
    }
  }
  if (!v.Plain(full[0])) return;
  // Each adjustment's sign, as the extraction read its way: + (追加,
  // 调增) or − (调减).
  Decimal sum = v.num(initial[0]).base;
  Decimal slack = v.num(initial[0]).half + v.num(full[0]).half;
  std::string printed =
      v.fact(initial[0]).label + " " + Printed(v.fact(initial[0]));
  for (int i : adjust) {
    const Fact& f = v.fact(i);
    const bool minus = std::find(down.begin(), down.end(), i) != down.end();
    sum = minus ? sum - v.num(i).base : sum + v.num(i).base;
    slack = slack + v.num(i).half;
    printed += (minus ? " − " : " + ") + f.label + " " + Printed(f);
  }
  const Decimal gap = (v.num(full[0]).base - sum).Abs();
  if (gap.overflowed() || slack.overflowed() || gap <= slack) return;
  // Does the statement's rate hold over the sum and not over the budget?
  bool corroborated = false;
  Reading as_sum = Of(v, "年初预算 + 调整", all);
  as_sum.value = sum;
  const Reading as_printed = Of(v, "调整后预算", full);
  for (int rate : Members(v, r, "rate")) {
    if (!v.Plain(rate)) continue;
    for (const Reading& p : Payments(v, r, "spent")) {
      corroborated = corroborated || (RateFits(p, as_sum, v.num(rate)) &&
                                      !RateFits(p, as_printed, v.num(rate)));
    }
  }
  std::vector<int64_t> ids = {ff.fact_id};
  for (int i : all) ids.push_back(v.id(i));
  const std::string expect = InUnitOf(sum, ff);
  out->push_back(MakeFinding(
      {"sum.breakdown", corroborated ? kError : kWarning,
       printed + " = " + expect + "，与所述 " + ff.label + " " + Printed(ff) +
           " 不符" +
           (corroborated ? "（执行率按 " + expect + " 计算相符）" : ""),
       expect, Printed(ff), ff.page_no, ids, expect,
       ff.label + " = 年初预算 + 调整", "按各数末位舍入", ri}));
}

void CheckBudget(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  if (r.rule == "budget.change" || r.rule == "table.change" ||
      r.rule == "budget.net_value") {
    CheckDifference(v, ri, out);
    return;
  }
  CheckAdjusted(v, ri, out);
  std::vector<Reading> budgets = Budgets(v, r);
  std::vector<Reading> spent = Payments(v, r, "spent");
  if (!budgets.empty() && !spent.empty()) {
    Rates(v, ri, budgets, spent, "rate", out);
  }
  // 到位率: what was allocated over the budget.
  std::vector<Reading> allocated = Payments(v, r, "allocated");
  std::vector<Reading> plan;
  // A statement of both the money allocated (下达) and the money that
  // arrived (到位资金) rates the second over the first (下达48万元，到位资金48
  // 万元，资金到位率100%): its own allocation is the plan, before a
  // budget borrowed from the text before.
  std::vector<Reading> arrived, sent;
  for (int i : Members(v, r, "allocated")) {
    if (!v.Plain(i)) continue;
    const std::string& label = v.fact(i).label;
    if (label.find("到位") != std::string::npos) {
      arrived.push_back(Of(v, "到位资金", {i}));
    } else if (label.find("下达") != std::string::npos) {
      sent.push_back(Of(v, "下达资金", {i}));
    }
  }
  if (!arrived.empty() && !sent.empty()) {
    allocated = std::move(arrived);
    plan = std::move(sent);
  }
  for (const Reading& b : budgets) {
    if (b.name.find("下达") == std::string::npos) plan.push_back(b);
  }
  if (!allocated.empty() && !plan.empty()) {
    Rates(v, ri, plan, allocated, "allocated_rate", out);
  }
  // 结转/结余 = budget - payment.
  budgets = Sources(v, r, std::move(budgets));
  spent = Outflows(v, r, spent);
  if (budgets.empty() || spent.empty()) return;
  for (int left : v.Role(r, "balance")) {
    if (!v.Plain(left)) continue;
    const Num& w = v.num(left);
    bool fits = false;
    for (const Reading& b : budgets) {
      for (const Reading& p : spent) {
        Decimal diff = b.value - p.value - w.base;
        Decimal tol = b.slack + p.slack + w.half;
        fits = fits || (!diff.overflowed() && diff.Abs() <= tol);
      }
    }
    if (fits) continue;
    auto [bi, pi] = Preferred(v, budgets, spent);
    // A balance at the year's end (年末, 期末) is what came in, with what
    // was carried in, less what went out: shown with the carry-in when the
    // statement names one, unless the budget holds it already (可用资金合计
    // stated as 本年预算 + 上年结转: another reading with the carry-in
    // comes to the same).
    const std::string_view label = v.fact(left).label;
    bool holds_carry = false;
    for (const Reading& k : budgets) {
      const Decimal gap = k.value - budgets[bi].value;
      holds_carry = holds_carry ||
                    (k.name.ends_with(" + 上年结转") && !gap.overflowed() &&
                     gap.Abs() <= k.slack + budgets[bi].slack);
    }
    if (!holds_carry && (label.find("年末") != std::string_view::npos ||
                         label.find("期末") != std::string_view::npos)) {
      const std::string with = budgets[bi].name + " + 上年结转";
      for (size_t k = 0; k < budgets.size(); ++k) {
        if (budgets[k].name == with) {
          bi = k;
          break;
        }
      }
    }
    // Spending above the budget: the balance is of something else, unless
    // another reading of the budget covers it (本年拨款 180 with 上年结转
    // 20 covers a spending of 190): the message shows the first that does.
    // An account's own income and spending (budget.net) leave a deficit
    // then: a surplus (结余) printed unsigned over it has lost its minus.
    if (spent[pi].value > budgets[bi].value) {
      size_t k = 0;
      while (k < budgets.size() && spent[pi].value > budgets[k].value) ++k;
      if (k < budgets.size()) {
        bi = k;
      } else if (r.rule != "budget.net" || w.base.negative() ||
                 label.find("结余") == std::string_view::npos) {
        continue;
      }
    }
    const Reading& b = budgets[bi];
    const Reading& p = spent[pi];
    const Fact& fw = v.fact(left);
    Decimal expect = b.value - p.value;
    std::vector<int64_t> ids = {fw.fact_id};
    for (int i : b.facts) ids.push_back(v.id(i));
    for (int i : p.facts) ids.push_back(v.id(i));
    std::string arithmetic =
        Label(v, b) + " − " + Label(v, p) + " = " + InUnitOf(expect, fw);
    std::string reading = fw.label + " = " + b.name + " − " + p.name;
    std::string ruled = Ruled(v, budgets, spent, bi, pi,
                              [&](const Reading& bb, const Reading& pp) {
                                return InUnitOf(bb.value - pp.value, fw);
                              });
    {
      // Any figure of the reading (收入 + 上年结转 too) may be the one whose
      // unit slipped.
      int kk = 0;
      std::vector<int> members = b.facts, signs(b.facts.size(), 1);
      for (int i : p.facts) {
        members.push_back(i);
        signs.push_back(-1);
      }
      members.push_back(left);
      signs.push_back(-1);
      int m = RescaledMember(v, members, signs, &kk);
      if (m >= 0) {
        const Fact& slip = v.fact(members[size_t(m)]);
        std::string fixed = RescaledUnit(slip, kk);
        out->push_back(MakeFinding(
            {"unit.magnitude", kError,
             arithmetic + "，与 " + fw.label + " " + Printed(fw) +
                 " 不符；把 " + Printed(slip) + " 读作 " + fixed +
                 " 才相符，单位有误",
             fixed, Printed(slip), slip.page_no, SlipFirst(ids, slip.fact_id),
             fixed, reading, ruled, ri}));
        continue;
      }
    }
    // A figure retyped with two digits swapped that closes the gap under
    // one reading: a slip, whichever figure the statement borrowed.
    bool retyped = false;
    for (size_t x = 0; x < budgets.size() && !retyped; ++x) {
      for (size_t y = 0; y < spent.size() && !retyped; ++y) {
        const Reading& bb = budgets[x];
        const Reading& pp = spent[y];
        if (bb.facts.size() != 1 || pp.facts.size() != 1) continue;
        std::vector<int> members = {bb.facts[0], pp.facts[0], left};
        std::vector<Swap> swaps = SwappedMembers(v, members, {1, -1, -1});
        if (swaps.empty()) continue;
        const std::string readings = SwapReadings(v, members, swaps);
        const Fact& slip = v.fact(members[size_t(swaps[0].member)]);
        Decimal e = bb.value - pp.value;
        std::vector<int64_t> cited = {fw.fact_id, v.id(bb.facts[0]),
                                      v.id(pp.facts[0])};
        out->push_back(MakeFinding(
            {"balance.carryover", kError,
             Label(v, bb) + " − " + Label(v, pp) + " = " + InUnitOf(e, fw) +
                 "，与所述 " + fw.label + " " + Printed(fw) + " 不符；把 " +
                 readings + "（相邻两位数字互换）即相符，疑为录入颠倒",
             InUnitOf(e, fw), Printed(fw), fw.page_no,
             swaps.size() == 1 ? SlipFirst(cited, slip.fact_id) : cited,
             swaps.size() == 1 ? swaps[0].fixed + slip.unit : "",
             fw.label + " = " + bb.name + " − " + pp.name + "，" + readings,
             ruled, ri}));
        retyped = true;
      }
    }
    if (retyped) continue;
    const char* severity = Borrowed(r) ? kWarning : kError;
    out->push_back(MakeFinding(
        {"balance.carryover", severity,
         arithmetic + "，与所述 " + fw.label + " " + Printed(fw) + " 不符",
         InUnitOf(expect, fw), Printed(fw), fw.page_no, ids,
         InUnitOf(expect, fw), reading,
         ruled.empty() ? "按各数末位舍入" : ruled, ri}));
  }
}

// Reports a rate of change that is not the change over the other year's
// figure; `ratio` shows how the two were read.
void ReportChangeRate(const View& v, int ri, const Reading& change,
                      const Reading& base, int rate, const std::string& ratio,
                      std::vector<int64_t> ids, std::vector<Finding>* out) {
  const Fact& p = v.fact(rate);
  const std::string got =
      Percent(change.value, base.value, v.num(rate).value.scale());
  std::optional<Decimal> exact =
      Decimal::Divide(change.value * Decimal::FromInt(100), base.value,
                      v.num(rate).value.scale());
  out->push_back(TruncatedRate(
      MakeFinding({"rate.ratio", kError,
                   ratio + " = " + got + "，与所述 " + p.label + " " +
                       Printed(p) + " 不符",
                   got, Printed(p), p.page_no, std::move(ids),
                   exact ? Str(*exact) + "%" : "",
                   p.label + " = 变动额 ÷ 上年数", "按各数末位舍入", ri}),
      change, base, v.num(rate)));
}

// A change against another year as a rate (ratio.change): the change over
// the other year's figure, which is this year's minus the change when it
// rose, plus it when it fell.
void CheckChangeRate(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  int num = v.First(r, "numerator"), cur = v.First(r, "current"),
      rate = v.First(r, "rate");
  if (num < 0 || cur < 0 || rate < 0) return;
  if (!v.Plain(num) || !v.Plain(cur) || !v.Plain(rate)) return;
  const bool up = r.detail == "up";
  // A fall of more than 100% is out of range whatever it is of: the bound
  // (percent.range) names that slip once.
  if (!up && v.num(rate).value > Decimal::FromInt(100)) return;
  Reading n = Of(v, "numerator", {num});
  // Whether the rate is the change over the other year's figure of `now`.
  auto fits_over = [&](int now, Reading* base) {
    *base = Of(v, "上年数", {now, num});  // slack of both
    base->value = up ? v.num(now).base - v.num(num).base
                     : v.num(now).base + v.num(num).base;
    return !base->value.overflowed() && !base->value.negative() &&
           !base->value.is_zero() && RateFits(n, *base, v.num(rate));
  };
  Reading base;
  const bool fits = fits_over(cur, &base);
  // A change said of each of two figures (current.each) fits both or
  // neither: one change and one rate make them the same figure, so a
  // rate that fits only one leaves the other in conflict with it.
  for (int each : v.Role(r, "current.each")) {
    Reading other;
    if (!v.Plain(each) || fits == fits_over(each, &other)) continue;
    const Fact &good = v.fact(fits ? cur : each),
               &bad = v.fact(fits ? each : cur);
    out->push_back(MakeFinding(
        {"fact.conflict",
         kWarning,
         bad.label + " " + Printed(bad) + "，而同句的 " + good.label + " 为 " +
             Printed(good) + "；文中称二者各" + (up ? "增加 " : "减少 ") +
             Printed(v.fact(num)) + "、" + v.fact(rate).label + " " +
             Printed(v.fact(rate)) + "，只与 " + good.label + " 相符",
         Printed(good),
         Printed(bad),
         bad.page_no,
         {bad.fact_id, good.fact_id, v.fact(num).fact_id, v.fact(rate).fact_id},
         Printed(good),
         "各" + std::string(up ? "增加" : "减少") +
             "：二者变动额与变动率相同，则二者相同",
         "",
         ri}));
    return;
  }
  if (base.value.overflowed() || base.value.negative() ||
      base.value.is_zero() || fits) {
    return;
  }
  // The other figure the change may be of (a list's total, for its last
  // part): holding there, the statement holds.
  for (int alt : v.Role(r, "current.alt")) {
    Reading other;
    if (v.Plain(alt) && fits_over(alt, &other)) return;
  }
  // A change that names no comparison may be over the figure itself.
  for (int other : v.Role(r, "denominator.other")) {
    if (v.Plain(other) && !v.num(other).base.is_zero() &&
        RateFits(n, Of(v, "本年数", {other}), v.num(rate))) {
      return;
    }
  }
  // The subject's figures for both years (current.other): two of them
  // whose difference is the change are this year's and last year's, and
  // the rate is over last year's.
  std::vector<int> named = v.Role(r, "current.other");
  named.push_back(cur);
  for (int last : named) {
    for (int now : named) {
      if (last == now || !v.Plain(last) || !v.Plain(now)) continue;
      const Decimal diff = up ? v.num(now).base - v.num(last).base
                              : v.num(last).base - v.num(now).base;
      const Decimal gap = diff - v.num(num).base;
      const Decimal slack =
          v.num(now).half + v.num(last).half + v.num(num).half;
      if (diff.overflowed() || gap.overflowed() || gap.Abs() > slack) {
        continue;
      }
      if (RateFits(n, Of(v, "上年数", {last}), v.num(rate))) return;
    }
  }
  const Fact &fn = v.fact(num), &fc = v.fact(cur);
  ReportChangeRate(v, ri, n, base, rate,
                   fn.label + " " + Printed(fn) + " ÷ 上年数（" + Printed(fc) +
                       (up ? " − " : " + ") + Printed(fn) + " = " +
                       InUnitOf(base.value, fc) + "）",
                   {v.fact(rate).fact_id, fn.fact_id, fc.fact_id}, out);
}

// This year's figure against the other year's as a rate (ratio.growth:
// 比上年18033万元增长14%): the difference over the other year's figure.
void CheckGrowth(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  int cur = v.First(r, "current"), base = v.First(r, "denominator"),
      rate = v.First(r, "rate");
  if (cur < 0 || base < 0 || rate < 0) return;
  if (!v.Plain(cur) || !v.Plain(base) || !v.Plain(rate)) return;
  const bool up = r.detail == "up";
  Reading n = Of(v, "变动额", {cur, base});  // slack of both
  n.value = up ? v.num(cur).base - v.num(base).base
               : v.num(base).base - v.num(cur).base;
  Reading d = Of(v, "上年数", {base});
  // A fall printed with its sign (a table's 增减率 column: -45.92) states
  // the same fall as its size does.
  Num stated = v.num(rate);
  const bool minus = stated.value.negative();
  if (!up && minus) stated.value = stated.value.Abs();
  // In a column that signs its falls (detail down.signed), a fall printed
  // unsigned is a rise: the sign is the slip, whatever its size.
  const Fact &fc = v.fact(cur), &fb = v.fact(base);
  const std::string ratio = "（" + fc.label + " " + Printed(fc) + " − " +
                            fb.label + " " + Printed(fb) + "） ÷ " +
                            Printed(fb);
  if (r.detail == "down.signed" && !minus && !stated.value.is_zero() &&
      !n.value.overflowed() && !d.value.is_zero()) {
    Reading fall = n;
    fall.value = Decimal() - n.value;
    ReportChangeRate(v, ri, fall, d, rate, ratio,
                     {v.fact(rate).fact_id, fc.fact_id, fb.fact_id}, out);
    return;
  }
  // Figures that moved the other way than the text says are another slip,
  // told only where the text names each figure's year itself (a pair of
  // clauses, 上年…，本年…: no other pairing is possible); elsewhere the way
  // may be a misreading of which figures pair.
  const bool paired = r.evidence.starts_with("分句各述本年与上年");
  if (n.value.overflowed() || (n.value.negative() && !paired) ||
      d.value.is_zero() || RateFits(n, d, stated)) {
    return;
  }
  // The other figure the rate may be of (a list's last part, for its
  // total): holding there, the statement holds.
  for (int alt : v.Role(r, "current.alt")) {
    if (!v.Plain(alt)) continue;
    Reading m = Of(v, "变动额", {alt, base});
    m.value = up ? v.num(alt).base - v.num(base).base
                 : v.num(base).base - v.num(alt).base;
    if (!m.value.overflowed() && !m.value.negative() &&
        RateFits(m, d, stated)) {
      return;
    }
  }
  // (A signed fall is told signed: -26.96%.)
  if (minus && !up) n.value = Decimal() - n.value;
  ReportChangeRate(v, ri, n, d, rate, ratio,
                   {v.fact(rate).fact_id, fc.fact_id, fb.fact_id}, out);
}

// A total shared over a count at an amount per unit (ratio.per_unit:
// "356.8万元…1784户，户均2000元"): total = count × amount per unit, within
// the rounding of the three figures. A total 10^4 off the product in its
// unit alone (3.6元 for 120人 × 300元) is a unit slip; any other gap may be
// an average over another population (人均 over 人, the count in 人次) or
// a rounded standard: worth a look, not proof. An approximate amount per
// unit (约1,020元) is held to a tenth either way: it tells a unit slip,
// nothing finer.
namespace {

// A ratio.per_unit relation's product (count × each, × the periods when
// stated: 每人每月600元, 400人补贴12个月) and the slack of the figures'
// rounding (an approximate standard, 约1,020元, adds a tenth); nullopt when
// a member is missing, not plain, or zero.
struct PerUnit {
  Decimal product, slack;
  bool approximate = false;
  bool Fits(const Decimal& stated) const {
    const Decimal gap = (product - stated).Abs();
    return !gap.overflowed() && !slack.overflowed() && gap <= slack;
  }
};
std::optional<PerUnit> PerUnitProduct(const View& v, const Relation& r) {
  const int total = v.First(r, "numerator"), count = v.First(r, "denominator"),
            each = v.First(r, "rate");
  if (total < 0 || count < 0 || each < 0 || !v.Plain(total) ||
      !v.Plain(count) || !v.num(each).ok) {
    return std::nullopt;
  }
  PerUnit u;
  u.approximate = !v.fact(each).qualifier.empty();
  if (u.approximate && v.fact(each).qualifier != "≈") return std::nullopt;
  const Num &t = v.num(total), &c = v.num(count), &e = v.num(each);
  if (c.base.is_zero() || e.base.is_zero()) return std::nullopt;
  const int periods = v.First(r, "periods");
  if (periods >= 0 && !v.Plain(periods)) return std::nullopt;
  const Decimal m = periods >= 0 ? v.num(periods).value : Decimal::FromInt(1);
  u.product = c.base * e.base * m;
  u.slack = t.half + (c.base * e.half + e.base * c.half) * m;
  if (u.approximate) u.slack = u.slack + u.product.Abs().Shift(-1);
  if (u.product.overflowed()) return std::nullopt;
  return u;
}

}  // namespace

bool PerUnitHolds(const View& v, const Relation& r) {
  const std::optional<PerUnit> u = PerUnitProduct(v, r);
  return u && !u->approximate && u->Fits(v.num(v.First(r, "numerator")).base);
}

void CheckPerUnit(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  const std::optional<PerUnit> u = PerUnitProduct(v, r);
  if (!u) return;
  const int total = v.First(r, "numerator"), count = v.First(r, "denominator"),
            each = v.First(r, "rate"), periods = v.First(r, "periods");
  const Num& t = v.num(total);
  const Decimal& product = u->product;
  if (u->Fits(t.base)) return;
  const Fact &ft = v.fact(total), &fc = v.fact(count), &fe = v.fact(each);
  const std::vector<int64_t> ids = {ft.fact_id, fc.fact_id, fe.fact_id};
  const std::string arithmetic =
      fc.label + " " + Printed(fc) + " × " + fe.label + " " + Printed(fe) +
      (periods >= 0 ? " × " + Printed(v.fact(periods)) : std::string()) +
      " = " + InUnitOf(product, ft);
  for (int k : {4, -4}) {
    if (!u->Fits(t.base.Shift(k))) continue;
    // The slip is a 万 left out or written in excess (3.6元 for 3.6万元):
    // the figure printed wrong is one whose unit takes that change, the
    // total (3.6元 -> 3.6万元, 36000万元 -> 36000元) or the amount per
    // unit (每人80万元 under a total in 万元 -> 80元). Where both could be,
    // the text does not say which: both are named, the total first.
    const std::string_view wan = "万";
    auto retyped = [&](const Fact& f, bool more) -> std::string {
      const bool has = std::string_view(f.unit).starts_with(wan);
      if (more && !has) return f.value + "万" + f.unit;
      if (!more && has) return f.value + f.unit.substr(wan.size());
      return "";
    };
    std::string total_fix = retyped(ft, k > 0),
                each_fix = fe.kind == "amount" ? retyped(fe, k < 0) : "";
    const Fact* wrong = &ft;
    std::string fixed = total_fix, also;
    if (total_fix.empty() && !each_fix.empty()) {
      wrong = &fe;
      fixed = each_fix;
    } else if (total_fix.empty()) {
      fixed = InUnitOf(product, ft);
    } else if (!each_fix.empty()) {
      also = "，或 " + fe.label + " " + Printed(fe) + " 应为 " + each_fix;
    }
    out->push_back(MakeFinding(
        {"unit.magnitude", kWarning,
         arithmetic + "，与 " + ft.label + " " + Printed(ft) + " 相差 10^" +
             std::to_string(std::abs(k)) + " 倍，疑 " + wrong->label + " " +
             Printed(*wrong) + " 应为 " + fixed + also,
         fixed, Printed(*wrong), wrong->page_no, ids, fixed, r.evidence, "",
         ri}));
    return;
  }
  if (u->approximate) return;
  out->push_back(MakeFinding(
      {"rate.ratio", kWarning,
       arithmetic + "，与所述 " + ft.label + " " + Printed(ft) + " 不符",
       InUnitOf(product, ft), Printed(ft), ft.page_no, ids,
       InUnitOf(product, ft), r.evidence, "按各数末位舍入", ri}));
}

// A completion rate (ratio.completion in prose, table.completion a form's
// 完成率 column): what was done over its target, or the target over what
// was done for a reverse one (≤: less is better), within the rounding of
// the three figures. A target is printed with its bound (≥3200人次, ≤5000
// 元): the figure is the target. Forms that cap completion print 100% for
// any target met, so 100% of a target met holds too. A reverse indicator's
// rate is figured by more than one convention: a warning.
//
// What was done may be graded answers (非常满意, 满意, 基本满意), summed;
// the lowest grades (numerator.partial) read with the others and without.
void CheckCompletion(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  const std::vector<int> nums = v.Role(r, "numerator"),
                         partial = v.Role(r, "numerator.partial");
  const int den = v.First(r, "denominator"), rate = v.First(r, "rate");
  if (nums.empty() || den < 0 || rate < 0 || !v.num(den).ok || !v.Plain(rate)) {
    return;
  }
  for (int i : nums) {
    if (!v.Plain(i)) return;
  }
  for (int i : partial) {
    if (!v.Plain(i)) return;
  }
  const int num = nums[0];
  const std::string& bound = v.fact(den).qualifier;
  if (!bound.empty() && bound != "≥" && bound != "≤") return;
  const bool reverse = r.detail == "reverse";
  std::vector<int> graded = nums;
  graded.insert(graded.end(), partial.begin(), partial.end());
  const Reading done = Of(v, "各等次合计", graded),
                target = Of(v, "目标", {den});
  if (!partial.empty() && !target.value.is_zero() &&
      RateFits(Of(v, "实际", nums), target, v.num(rate))) {
    return;
  }
  const bool met =
      reverse ? done.value <= target.value : done.value >= target.value;
  const Num& p = v.num(rate);
  if (met && p.value == Decimal::FromInt(100)) return;
  const Reading& n = reverse ? target : done;
  const Reading& d = reverse ? done : target;
  if (d.value.is_zero() || RateFits(n, d, p)) return;
  const Fact &fp = v.fact(rate), &fn = v.fact(reverse ? den : num),
             &fd = v.fact(reverse ? num : den);
  const std::string got = Percent(n.value, d.value, p.value.scale());
  std::optional<Decimal> exact = Decimal::Divide(
      n.value * Decimal::FromInt(100), d.value, p.value.scale());
  const std::string reading =
      fp.label + " = " + (reverse ? "目标 ÷ 实际" : "实际 ÷ 目标");
  std::vector<int64_t> ids = {fp.fact_id, fn.fact_id, fd.fact_id};
  for (size_t k = 1; k < graded.size(); ++k) {
    ids.push_back(v.fact(graded[k]).fact_id);
  }
  const std::string left = graded.size() > 1 && !reverse
                               ? Label(v, n) + v.fact(graded[0]).unit
                               : fn.label + " " + Printed(fn);
  out->push_back(TruncatedRate(
      MakeFinding({"rate.ratio", reverse ? kWarning : kError,
                   left + " ÷ " + fd.label + " " + Printed(fd) + " = " + got +
                       "，与所述 " + fp.label + " " + Printed(fp) + " 不符",
                   got, Printed(fp), fp.page_no, ids,
                   exact ? Str(*exact) + "%" : "", reading, "按各数末位舍入",
                   ri}),
      n, d, p));
}

// Shares of one whole the text does not state near them (ratio.one_whole):
// each quantity over its share is the whole, within the rounding of both
// (and a share cut off rather than rounded), so the ranges they give must
// meet. When they do not, and leaving out one share makes the rest meet,
// with at least two shares agreeing, that share is the slip: an error
// when three or more agree, a warning on the word of two.
void CheckOneWhole(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  const std::vector<int> nums = v.Role(r, "numerator"),
                         rates = v.Role(r, "rate");
  // (Each share left out costs a comparison of every pair of the rest: a
  // run longer than prose ever prints is not tried.)
  constexpr size_t kMaxShares = 16;
  if (nums.size() != rates.size() || nums.size() < 3 ||
      nums.size() > kMaxShares) {
    return;
  }
  const Decimal hundred = Decimal::FromInt(100);
  // Share i's whole lies in [lo_num[i] / lo_den[i], hi_num[i] / hi_den[i]].
  struct Range {
    Decimal lo_num, lo_den, hi_num, hi_den;
  };
  std::vector<Range> ranges;
  for (size_t i = 0; i < nums.size(); ++i) {
    const int n = nums[i], p = rates[i];
    if (!v.Plain(n) || !v.Plain(p)) return;
    const Num &q = v.num(n), &s = v.num(p);
    const Decimal half = s.value.HalfUnit();
    const Decimal lo = s.value - half - half.Shift(-1);
    const Decimal hi = s.value + half + half + half.Shift(-1);
    if (lo.negative() || lo.is_zero() || q.base.negative()) return;
    ranges.push_back(
        {(q.base - q.half) * hundred, hi, (q.base + q.half) * hundred, lo});
  }
  // Whether the ranges of the shares in `in` meet: every low end at most
  // every high end (cross-multiplied, all positive).
  auto meet = [&](const std::vector<size_t>& in) {
    for (size_t a : in) {
      for (size_t b : in) {
        const Decimal x = ranges[a].lo_num * ranges[b].hi_den,
                      y = ranges[b].hi_num * ranges[a].lo_den;
        if (x.overflowed() || y.overflowed()) return true;  // no claim
        if (x > y) return false;
      }
    }
    return true;
  };
  // Whether figure w lies in the range of every share in `in`.
  auto within = [&](const std::vector<size_t>& in, const Decimal& w) {
    for (size_t a : in) {
      const Decimal lo = w * ranges[a].lo_den, hi = w * ranges[a].hi_den;
      if (lo.overflowed() || hi.overflowed() || ranges[a].lo_num > lo ||
          hi > ranges[a].hi_num) {
        return false;
      }
    }
    return true;
  };
  std::vector<size_t> all(nums.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  if (meet(all)) return;
  // The shares that, left out, let the others agree.
  std::vector<std::vector<size_t>> rests;
  std::vector<int> candidates;
  for (size_t i = 0; i < all.size(); ++i) {
    std::vector<size_t> rest;
    for (size_t j : all) {
      if (j != i) rest.push_back(j);
    }
    if (!meet(rest)) continue;
    candidates.push_back(int(i));
    rests.push_back(std::move(rest));
  }
  int odd = candidates.size() == 1 ? candidates[0] : -1;
  // Two or more such shares: a figure of the same measure stated anywhere
  // in the report that is the whole one reading gives, and no other's,
  // decides (the whole printed in another section, under another name).
  int stated = -1;
  if (candidates.size() > 1) {
    for (int f = 0; f < v.size(); ++f) {
      const Fact &g = v.fact(f), &like = v.fact(nums[0]);
      if (!v.Plain(f) || g.kind != like.kind ||
          (g.kind != "amount" && g.unit != like.unit)) {
        continue;
      }
      int fits = -1;
      for (size_t c = 0; c < candidates.size(); ++c) {
        if (!within(rests[c], v.num(f).base)) continue;
        fits = fits < 0 ? int(c) : -2;
      }
      if (fits < 0) continue;
      if (odd >= 0 && odd != candidates[size_t(fits)]) return;
      odd = candidates[size_t(fits)];
      stated = f;
    }
  }
  if (odd < 0) return;  // which one is wrong cannot be told
  // The whole the others give: the middle of where their ranges meet.
  const int scale = 6;
  std::optional<Decimal> low, high;
  for (size_t j : all) {
    if (int(j) == odd) continue;
    auto l = Decimal::Divide(ranges[j].lo_num, ranges[j].lo_den, scale);
    auto h = Decimal::Divide(ranges[j].hi_num, ranges[j].hi_den, scale);
    if (!l || !h) return;
    if (!low || *l > *low) low = l;
    if (!high || *h < *high) high = h;
  }
  const int n = nums[size_t(odd)], p = rates[size_t(odd)];
  // (At the part's printed precision: the whole is known no better.)
  const Decimal whole =
      stated >= 0
          ? v.num(stated).base
          : ((*low + *high) * Decimal::Parse("0.5").value())
                .Round(std::max(0, v.num(n).value.scale() - v.num(n).exp));
  const Fact &fn = v.fact(n), &fp = v.fact(p);
  const Num& s = v.num(p);
  const std::string got = Percent(v.num(n).base, whole, s.value.scale());
  const std::string of = r.name.substr(std::string_view("占").size());
  std::vector<int64_t> ids = {fp.fact_id, fn.fact_id};
  for (size_t j : all) {
    if (int(j) == odd) continue;
    ids.push_back(v.fact(rates[j]).fact_id);
    ids.push_back(v.fact(nums[j]).fact_id);
  }
  if (stated >= 0) ids.push_back(v.fact(stated).fact_id);
  const size_t agree = all.size() - 1;
  out->push_back(MakeFinding(
      {"rate.ratio", agree >= 3 ? kError : kWarning,
       fn.label + " " + Printed(fn) + " " + fp.label + " " + Printed(fp) +
           "，但其余 " + std::to_string(agree) + " 项比率所示的" + of +
           "约为 " + InUnitOf(whole, fn) +
           (stated >= 0 ? "（" + v.fact(stated).label + " " +
                              Printed(v.fact(stated)) + " 与之相符）"
                        : std::string()) +
           "，按此应为 " + got,
       got, Printed(fp), fp.page_no, ids, got, r.evidence,
       "按各数末位舍入及截尾", ri}));
}

// Shares of one whole whose rates add up to 100% (ratio.one_whole, detail
// "partition") part it among their quantities: the whole is the sum of
// those, and each share is its quantity over that sum. Each share that the
// figures do not give is wrong ("市级29.81亿元，占采购总量的16.26%；区县级
// 41.41亿元，占83.74%": 29.81 ÷ 71.22 = 41.86%). One slip moves the sum
// and so every share: one finding names the first share that fails and
// counts the others.
void CheckPartition(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  const std::vector<int> nums = v.Role(r, "numerator"),
                         rates = v.Role(r, "rate");
  if (nums.size() != rates.size() || nums.size() < 2) return;
  for (size_t i = 0; i < nums.size(); ++i) {
    if (!v.Plain(nums[i]) || !v.Plain(rates[i])) return;
  }
  const Reading whole = Of(v, "各项之和", nums);
  if (whole.value.is_zero() || whole.value.negative()) return;
  const std::string of = r.name.substr(std::string_view("占").size());
  // (A report may force its shares to add up to 100% by moving one a unit
  // of its last digit: 2.44% + 7.32% + 85.36% + 4.88% for 35 of 41 items,
  // 85.37%. Such a share still fits.)
  std::vector<Reading> parts;
  for (int n : nums) parts.push_back(Of(v, "numerator", {n}));
  auto fits = [&](const Reading& part, int p) {
    Num rate = v.num(p);
    if (RateFits(part, whole, rate)) return true;
    const Decimal unit = Decimal::FromInt(1).Shift(-rate.value.scale());
    for (const Decimal& moved : {rate.value + unit, rate.value - unit}) {
      rate.value = moved;
      if (RateFits(part, whole, rate)) return true;
    }
    return false;
  };
  std::vector<size_t> failed;
  for (size_t i = 0; i < nums.size(); ++i) {
    if (!fits(parts[i], rates[i])) failed.push_back(i);
  }
  if (failed.empty()) return;
  const int n = nums[failed[0]], p = rates[failed[0]];
  const Reading& part = parts[failed[0]];
  const Fact &fn = v.fact(n), &fp = v.fact(p);
  const std::string got =
      Percent(part.value, whole.value, v.num(p).value.scale());
  std::vector<int64_t> ids = {fp.fact_id, fn.fact_id};
  for (int m : nums) {
    if (m != n) ids.push_back(v.fact(m).fact_id);
  }
  out->push_back(TruncatedRate(
      MakeFinding(
          {"rate.ratio", kError,
           fn.label + " " + Printed(fn) + " ÷ 各项之和（" + Terms(v, nums) +
               "=" + InUnitOf(whole.value, fn) + "） = " + got + "，与所述 " +
               fp.label + " " + Printed(fp) + " 不符（各项占" + of +
               "之比合计100%，" + of + "即各项之和" +
               (failed.size() > 1
                    ? "；另有 " + std::to_string(failed.size() - 1) +
                          " 项比率亦不符"
                    : std::string()) +
               "）",
           got, Printed(fp), fp.page_no, ids, got,
           fp.label + " = " + fn.label + " ÷ 各项之和", "按各数末位舍入", ri}),
      part, whole, v.num(p)));
}

void CheckRatio(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  if (r.rule == "ratio.one_whole") {
    // (Shares that disagree on their whole name the odd one out; those
    // that agree on a whole may still not fit the sum they part.)
    const size_t before = out->size();
    CheckOneWhole(v, ri, out);
    if (out->size() == before && r.detail == "partition") {
      CheckPartition(v, ri, out);
    }
    return;
  }
  if (r.rule == "ratio.per_unit") {
    CheckPerUnit(v, ri, out);
    return;
  }
  if (r.rule == "ratio.change") {
    CheckChangeRate(v, ri, out);
    return;
  }
  if (r.rule == "ratio.growth") {
    CheckGrowth(v, ri, out);
    return;
  }
  if (r.rule == "ratio.completion" || r.rule == "table.completion") {
    CheckCompletion(v, ri, out);
    return;
  }
  int num = v.First(r, "numerator"), den = v.First(r, "denominator"),
      rate = v.First(r, "rate");
  if (num < 0 || den < 0 || rate < 0) return;
  if (!v.Plain(num) || !v.Plain(den) || !v.Plain(rate)) return;
  Reading n = Of(v, "numerator", {num}), d = Of(v, "denominator", {den});
  if (d.value.is_zero() || RateFits(n, d, v.num(rate))) return;
  // A change that is not the difference of the figures it compares
  // (budget.change) is that relation's slip: a rate that holds over the
  // difference follows the figures, and is not a second slip.
  for (int k : v.RelationsOf(num)) {
    const Relation& o = v.doc().relations[size_t(k)];
    if (o.rule != "budget.change" || v.First(o, "change") != num) continue;
    if (std::optional<Reading> diff = Difference(v, o);
        diff && RateFits(*diff, d, v.num(rate))) {
      return;
    }
  }
  // A whole the text did not name (占总数) may be any total stated before.
  for (int other : v.Role(r, "denominator.other")) {
    if (!v.Plain(other)) continue;
    Reading o = Of(v, "denominator", {other});
    if (!o.value.is_zero() && RateFits(n, o, v.num(rate))) return;
  }
  const Fact &p = v.fact(rate), &fn = v.fact(num), &fd = v.fact(den);
  std::vector<int64_t> ids = {p.fact_id, fn.fact_id, fd.fact_id};
  std::string ratio =
      fn.label + " " + Printed(fn) + " ÷ " + fd.label + " " + Printed(fd);
  std::string got = Percent(n.value, d.value, v.num(rate).value.scale());
  std::string reading = p.label + " = " + fn.label + " ÷ " + fd.label;
  std::string fixed;
  if (const Fact* slip = UnitSlip(v, n, d, v.num(rate), &fixed)) {
    const Fact& fx = *slip;
    out->push_back(
        MakeFinding({"unit.magnitude", kError,
                     ratio + " = " + got + "，与所述 " + p.label + " " +
                         Printed(p) + " 不符；把 " + Printed(fx) + " 读作 " +
                         fixed + " 才相符，单位有误",
                     fixed, Printed(fx), fx.page_no, SlipFirst(ids, fx.fact_id),
                     fixed, reading, "", ri}));
    return;
  }
  std::optional<Decimal> exact = Decimal::Divide(
      n.value * Decimal::FromInt(100), d.value, v.num(rate).value.scale());
  // A part's share of the list it is drawn from (ratio.bare_share: its
  // whole is the list's total), or of a whole it is said to be part of
  // (占…的, ratio.share) and is not larger than, cannot pass 100%: stated
  // over 100, that is the slip to name, with the share the figures give.
  const bool part_of =
      r.rule == "ratio.bare_share" ||
      (r.rule == "ratio.share" && p.label.find("占") != std::string::npos);
  if (part_of && v.num(rate).value > Decimal::FromInt(100) &&
      n.value <= d.value) {
    out->push_back(MakeFinding(
        {"percent.range", kError,
         p.label + " " + Printed(p) + "，是部分占其总数之比，不能超过 100%；" +
             ratio + " = " + got,
         got, Printed(p), p.page_no, ids, exact ? Str(*exact) + "%" : "",
         "比率 = 部分 ÷ 全体 ≤ 100%", "", ri}));
    return;
  }
  // The mirror: a part larger than the total of the list it is drawn from,
  // at a share under 100%, is the slip, and the share tells its value
  // ("公用经费支出116415.25元（…邮电费282023.8元，占2.3%…）": 2677.55).
  if (r.rule == "ratio.bare_share" &&
      v.num(rate).value <= Decimal::FromInt(100) && n.value > d.value) {
    const int scale = v.num(num).value.scale();
    const Decimal part = (v.num(den).base * v.num(rate).value)
                             .Shift(-2 - v.num(num).exp)
                             .Round(scale);
    const std::string should = Str(part) + fn.unit;
    out->push_back(MakeFinding(
        {"rate.ratio", kError,
         ratio + " = " + got + "，部分大于其总数；按所述 " + p.label + " " +
             Printed(p) + "，" + fn.label + " 应约为 " + should,
         should, Printed(fn), fn.page_no, SlipFirst(ids, fn.fact_id), should,
         reading, "比率 = 部分 ÷ 全体 ≤ 100%；所述比率有误", ri}));
    return;
  }
  // A coverage rate's whole is the figure before its part, inferred from
  // its place, not named (ratio.coverage): a gap is worth a look.
  out->push_back(TruncatedRate(
      MakeFinding({"rate.ratio", r.rule == "ratio.coverage" ? kWarning : kError,
                   ratio + " = " + got + "，与所述 " + p.label + " " +
                       Printed(p) + " 不符",
                   got, Printed(p), p.page_no, ids,
                   exact ? Str(*exact) + "%" : "", reading, "按各数末位舍入",
                   ri}),
      n, d, v.num(rate)));
}

// Shares of one whole that all miss it the same way miss it by the whole,
// not by a slip: one mistyped figure breaks one share. Where two failed
// shares or more over one denominator the report vouches for (it holds in
// a sum, or recurs) agree on another whole (a W with every part ÷ W each
// stated share, to the printed digits: "本年支出合计61658.08万元…其中，基
// 本支出13645.88万元、占比21.49%，项目支出47881.27万元、占比75.40%", both
// of 收支总决算 63501.78万元), the report used that whole: the findings
// become notes naming it.
void NoteSharesOfAnotherWhole(const View& v, std::vector<Finding>* found) {
  const std::vector<Relation>& rels = v.doc().relations;
  struct Share {
    size_t finding;
    int num, rate;
  };
  std::map<int, std::vector<Share>> by_whole;  // denominator -> its shares
  for (size_t k = 0; k < found->size(); ++k) {
    const Finding& f = (*found)[k];
    if (f.rule != "rate.ratio" || f.severity == kInfo || f.relation < 0 ||
        size_t(f.relation) >= rels.size()) {
      continue;
    }
    const Relation& r = rels[size_t(f.relation)];
    const int num = v.First(r, "numerator"), den = v.First(r, "denominator"),
              rate = v.First(r, "rate");
    if (r.kind != "ratio" || num < 0 || den < 0 || rate < 0 ||
        v.Role(r, "numerator").size() != 1 ||
        v.Role(r, "denominator").size() != 1 || !v.Plain(num) ||
        !v.Plain(den) || !v.Plain(rate) || v.num(num).base.negative() ||
        v.num(rate).value.negative() || v.num(rate).value.is_zero()) {
      continue;
    }
    by_whole[den].push_back({k, num, rate});
  }
  // (Pairs of shares are compared: a whole with more shares than a report
  // gives one is a table's column, not read so.)
  constexpr size_t kMaxShares = 32;
  for (const auto& [den, shares] : by_whole) {
    if (shares.size() < 2 || shares.size() > kMaxShares || !v.Vouched(den)) {
      continue;
    }
    // A whole W for every share: n_i / (r_i + h_i) <= W <= n_j / (r_j - h_j)
    // for each pair, cross-multiplied (every term positive).
    bool one = true;
    for (const Share& a : shares) {
      for (const Share& b : shares) {
        const Num &na = v.num(a.num), &ra = v.num(a.rate);
        const Num &nb = v.num(b.num), &rb = v.num(b.rate);
        const Decimal a_lo = na.base - na.half, b_hi = nb.base + nb.half;
        const Decimal ra_hi = ra.value + ra.value.HalfUnit(),
                      rb_lo = rb.value - rb.value.HalfUnit();
        const Decimal lhs = a_lo * rb_lo, rhs = b_hi * ra_hi;
        if (lhs.overflowed() || rhs.overflowed() || lhs > rhs) one = false;
      }
    }
    if (!one) continue;
    const Share& first = shares.front();
    // (In the denominator's unit, to its printed decimals: for reading.)
    const std::optional<Decimal> whole =
        Decimal::Divide(v.num(first.num).base * Decimal::FromInt(100),
                        v.num(first.rate).value.Shift(v.num(den).exp),
                        v.num(den).value.scale());
    for (const Share& s : shares) {
      Finding& f = (*found)[s.finding];
      f.severity = kInfo;
      f.message += "（各项占比一致指向另一总数" +
                   (whole ? "，约 " + Str(*whole) + v.fact(den).unit : "") +
                   "：所用总数非此数，不是录入之误）";
    }
  }
}

}  // namespace tally::check::internal
