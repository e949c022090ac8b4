// fact.conflict, table.text and unit.magnitude from restatements;
// count.mismatch; percent.range; unit.magnitude from siblings. A report
// against itself where the extract stage found the same quantity stated
// twice, a count of listed items, a rate that cannot pass 100%, or an
// amount among parallel amounts. Each is a 'warning' except a bounded rate
// above 100%: two statements disagree, but nothing proves which is right.
#include <algorithm>
#include <set>

#include "base/utf8.h"
#include "check/internal.h"

namespace tally::check::internal {

namespace {

// Why the report vouches for fact i (View::Vouched), for a finding's text.
std::string VouchedBy(const View& v, int i) {
  if (v.InHoldingSum(i)) return "；后者与所列各项之和相符";
  if (v.Recurs(i)) return "；后者在文中另有相同表述";
  return "；后者与其增减额相符";
}

}  // namespace

void CheckRestatement(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  std::vector<int> a = v.Role(r, "a"), b = v.Role(r, "b");
  if (a.empty() || b.empty()) return;
  // A target (≥67.26%) restates a number as much as a plain one does.
  for (int i : a) {
    if (!v.num(i).ok) return;
  }
  for (int i : b) {
    if (!v.num(i).ok) return;
  }
  // Of two figures with two digits swapped, one that adds up with the
  // figures of its list is the right one, whichever was printed first.
  std::string vouched;  // why the reference is the right one, if known
  if (r.rule == "restate.swapped_digits" && v.InHoldingSum(a.front()) &&
      !v.InHoldingSum(b.front())) {
    std::swap(a, b);
    vouched = VouchedBy(v, b.front());
  }
  // Two figures of other names with two digits swapped are one figure
  // retyped only where the report vouches for one of them and not the
  // other: it adds up with its list or its change, or it is printed again
  // (3630户 three times, 3603户 once). Otherwise they are two quantities
  // that happen to share their digits.
  // One name printed twice, a digit more or less, is one figure retyped
  // even where the report vouches for neither: the shorter is taken as the
  // slip, a dropped digit being the commoner one.
  if (r.rule == "restate.swapped_unnamed" ||
      r.rule == "restate.dropped_digit") {
    const bool va = v.Vouched(a.front()), vb = v.Vouched(b.front());
    if (va == vb) {
      if (va || r.rule != "restate.dropped_digit") return;
      if (v.fact(a.front()).value.size() > v.fact(b.front()).value.size()) {
        std::swap(a, b);
      }
      // Unvouched, the name must say which quantity it is (three characters
      // or more: 结余 alone names many), and the shorter must not be the
      // longer rounded (11.7% for 11.73%: a restatement to fewer decimals).
      const Num &short_n = v.num(a.front()), &long_n = v.num(b.front());
      if (CodePoints(Squeeze(v.fact(a.front()).label)) < 3 ||
          CodePoints(Squeeze(v.fact(b.front()).label)) < 3 ||
          (short_n.value.scale() < long_n.value.scale() &&
           (long_n.base - short_n.base).Abs() <= short_n.half)) {
        return;
      }
      vouched = "；两数均无旁证，按少一位数字者有误";
    } else {
      if (va) std::swap(a, b);
      vouched = VouchedBy(v, b.front());
    }
  }
  const Fact &fa = v.fact(a.front()), &fb = v.fact(b.front());
  if (r.rule == "restate.approx" || r.rule == "restate.table_rounded") {
    // A figure restated about (约) in brackets, or a table's cell restated
    // in the prose in a bigger unit, rounded to the digits it prints, a
    // last digit cut rather than rounded too: within one unit of that
    // digit. Off by 10^4 or 10^8 exactly so, its unit is the slip.
    const bool approx = r.rule == "restate.approx";
    const Num &x = v.num(a.front()), &y = v.num(b.front());
    auto near = [&](int k) {
      const Decimal gap = (x.base.Shift(k) - y.base).Abs(),
                    slack = x.half.Shift(k) + x.half.Shift(k);
      return !gap.overflowed() && !slack.overflowed() && gap <= slack;
    };
    if (near(0)) return;
    for (int k : {4, -4, 8, -8}) {
      const std::string fixed = RescaledUnit(fa, k);
      if (fixed.empty() || !near(k)) continue;
      out->push_back(MakeFinding(
          {"unit.magnitude",
           kWarning,
           approx ? fb.label + " " + Printed(fb) + "，括号内约数为 " +
                        Printed(fa) + "：数字相符，单位相差 10^" +
                        std::to_string(std::abs(k)) + "；应为 " + fixed
                  : "正文 " + fa.label + " " + Printed(fa) + "，而表中 " +
                        fb.label + " 为 " + Printed(fb) +
                        "：舍入后数字相符，单位相差 10^" +
                        std::to_string(std::abs(k)) + "；应为 " + fixed,
           fixed,
           Printed(fa),
           fa.page_no,
           {fa.fact_id, fb.fact_id},
           fixed,
           approx ? "括号内约数 = 前数" : "正文数字 = 表中同一数字（舍入）",
           "",
           ri}));
      return;
    }
    out->push_back(MakeFinding(
        {approx ? "fact.conflict" : "table.text",
         kWarning,
         approx ? fb.label + " " + Printed(fb) + "，括号内约数为 " +
                      Printed(fa) + "，二者不符"
                : "正文 " + fa.label + " " + Printed(fa) + "，而表中 " +
                      fb.label + " 为 " + Printed(fb) + "（" + r.evidence +
                      "；舍入后亦不符）",
         approx ? "" : Printed(fb),
         Printed(fa),
         fa.page_no,
         {fa.fact_id, fb.fact_id},
         approx ? "" : Printed(fb),
         approx ? "括号内约数 = 前数" : "正文数字 = 表中同一数字（舍入）",
         "",
         ri}));
    return;
  }
  if (r.rule == "restate.same_number") {
    // One printed number in units 10^4 or 10^8 apart. The text is taken
    // over the table (a header unit is one cell, easily mistyped), else
    // the unit printed more often.
    int ea = v.num(a.front()).exp, eb = v.num(b.front()).exp;
    if (std::abs(ea - eb) != 4 && std::abs(ea - eb) != 8) return;
    auto in_text = [&](const std::vector<int>& facts) {
      int n = 0;
      for (int i : facts) n += v.fact(i).in_table ? 0 : 1;
      return n;
    };
    int ta = in_text(a), tb = in_text(b);
    const std::vector<int>*slip = nullptr, *ref = nullptr;
    if (ta == 0 && tb > 0) {
      slip = &a, ref = &b;
    } else if (tb == 0 && ta > 0) {
      slip = &b, ref = &a;
    } else if (a.size() < b.size()) {
      slip = &a, ref = &b;
    } else if (b.size() < a.size()) {
      slip = &b, ref = &a;
    } else {
      // Printed as often, and named alike in a report whose amounts are
      // mostly in one of the two units (detail "named 万元"): that unit is
      // the figure's (97.38万元 beside 97.38元 in a report of 万元).
      // Or named alike (detail "named"), the one the report vouches for
      // (2497.19万元 whose change from the year before holds, beside
      // 2497.19元 in nothing).
      // Or, named otherwise, a number too long to recur by chance in a
      // report of one unit (detail "digits 万元"): that unit.
      constexpr std::string_view kNamed = "named", kDigits = "digits ";
      if (!r.detail.starts_with(kNamed) && !r.detail.starts_with(kDigits)) {
        return;
      }
      const size_t space = r.detail.find(' ');
      const std::string_view unit =
          space != std::string::npos
              ? std::string_view(r.detail).substr(space + 1)
              : std::string_view();
      const bool va = v.Vouched(a.front()), vb = v.Vouched(b.front());
      if (!unit.empty() && v.fact(a.front()).unit == unit) {
        slip = &b, ref = &a;
      } else if (!unit.empty() && v.fact(b.front()).unit == unit) {
        slip = &a, ref = &b;
      } else if (va && !vb) {
        slip = &b, ref = &a;
      } else if (vb && !va) {
        slip = &a, ref = &b;
      } else {
        return;
      }
    }
    const Fact& s = v.fact(slip->front());
    const Fact& f = v.fact(ref->front());
    std::vector<int64_t> ids;
    for (int i : *slip) ids.push_back(v.id(i));
    ids.push_back(f.fact_id);
    out->push_back(MakeFinding(
        {"unit.magnitude", kWarning,
         std::string(s.in_table ? "表中 " : "") + s.label + " " + Printed(s) +
             "，而" + (f.in_table ? "表中 " : "正文 ") + f.label + " 为 " +
             Printed(f) + "：同一数字，单位相差 10^" +
             std::to_string(std::abs(ea - eb)),
         Printed(f), Printed(s), s.page_no, ids, Printed(f),
         "同一数字应为同一数量", "", ri}));
    return;
  }
  if (v.num(a.front()).value == v.num(b.front()).value && fa.unit == fb.unit) {
    return;
  }
  // A summary restates a figure rounded, often in a bigger unit (41.14亿元
  // for 411,398万元): within one unit of the last digit of the coarser.
  if (r.rule == "restate.summary") {
    const Num &x = v.num(a.front()), &y = v.num(b.front());
    const Decimal gap = (x.base - y.base).Abs(),
                  slack = std::max(x.half, y.half) + std::max(x.half, y.half);
    if (!gap.overflowed() && !slack.overflowed() && gap <= slack) return;
  }
  // A table cell against the prose (a cell restated in a sentence, or a
  // prose figure retyped from the table with two digits swapped).
  if (r.rule == "restate.table_cell" || r.rule == "restate.see_table" ||
      (r.rule == "restate.swapped_digits" && fa.in_table != fb.in_table)) {
    auto where = [](const Fact& f) { return f.in_table ? "表中" : "正文"; };
    out->push_back(MakeFinding(
        {"table.text",
         kWarning,
         std::string(where(fa)) + " " + fa.label + " " + fa.qualifier +
             Printed(fa) + "，而" + where(fb) + " " + fb.label + " 为 " +
             Printed(fb) + "（" + r.evidence + "）",
         Printed(fb),
         Printed(fa),
         fa.page_no,
         {fa.fact_id, fb.fact_id},
         Printed(fb),
         std::string(where(fa)) + "数字 = " + where(fb) + "同一数字",
         "",
         ri}));
    return;
  }
  out->push_back(MakeFinding(
      {"fact.conflict",
       kWarning,
       fa.label + " " + Printed(fa) + "，而" +
           (fb.page_no < fa.page_no ||
                    (fb.page_no == fa.page_no && fb.text_begin < fa.text_begin)
                ? "前文"
                : "后文") +
           "同一表述为 " + Printed(fb) + "（第" + std::to_string(fb.page_no) +
           "页，" + r.evidence + vouched + "）",
       Printed(fb),
       Printed(fa),
       fa.page_no,
       {fa.fact_id, fb.fact_id},
       Printed(fb),
       "重复表述中的同一数字应相同",
       "",
       ri}));
}

void CheckEnumeration(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  int count = v.First(r, "count");
  if (count < 0 || !v.Plain(count)) return;
  size_t space = r.detail.find(' ');
  // "4/3": the list read two ways (its last item two names or one); either
  // count agrees, and the first is the one told.
  const std::string counts = r.detail.substr(0, space);
  const size_t slash = counts.find('/');
  std::optional<Decimal> n = Decimal::Parse(counts.substr(0, slash));
  if (!n || *n == v.num(count).value) return;
  if (slash != std::string::npos) {
    std::optional<Decimal> alt = Decimal::Parse(counts.substr(slash + 1));
    if (!alt || *alt == v.num(count).value) return;
  }
  // A list that may leave items unnamed (等) is short of its count by
  // right; naming more than the count is a slip all the same.
  if (r.complete == "no" && *n < v.num(count).value) return;
  const Fact& f = v.fact(count);
  std::string what =
      space == std::string::npos ? "" : r.detail.substr(space + 1);
  out->push_back(MakeFinding({"count.mismatch",
                              kWarning,
                              f.label + " " + Printed(f) + "，而" + r.evidence +
                                  "列出 " + Str(*n) + " 项（" + what + "）",
                              Str(*n) + f.unit,
                              Printed(f),
                              f.page_no,
                              {f.fact_id},
                              Str(*n) + f.unit,
                              "所称数量 = 所列项数",
                              "",
                              ri}));
}

// Whether bound relation r's rate is a ratio of two figures before it
// (role candidate): one the report computed, an ordinary reading that fits.
bool Computed(const View& v, const Relation& r) {
  const int i = v.First(r, "value");
  if (i < 0 || !v.num(i).ok) return false;
  const std::vector<int> cand = v.Role(r, "candidate");
  for (int a : cand) {
    for (int b : cand) {
      const Fact &fa = v.fact(a), &fb = v.fact(b);
      if (a == b || !v.Plain(a) || !v.Plain(b) || fa.kind != fb.kind ||
          (fa.kind == "count" && fa.unit != fb.unit)) {
        continue;
      }
      if (!v.num(b).base.is_zero() &&
          RatioHolds(v.num(a).base, v.num(b).base, v.num(i).value)) {
        return true;
      }
    }
  }
  return false;
}

void CheckBound(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  int i = v.First(r, "value");
  if (i < 0 || !v.num(i).ok) return;
  if (v.num(i).value <= Decimal::FromInt(100)) return;
  const Fact& f = v.fact(i);
  // Four digits or more before the point is no rate but two numbers run
  // together (a table's columns saved without a gap: "20" "100%").
  if (v.num(i).value >= Decimal::FromInt(1000)) return;
  // A rate the report computed from its figures, here or where it states
  // the same rate again (the prose's 覆盖率102.17%, 42,644人 over 按户籍
  // 人口41,738人, and the table's cell of it), is over another base.
  for (const Relation& o : v.doc().relations) {
    const int j = o.kind == "bound" ? v.First(o, "value") : -1;
    if (j >= 0 && v.num(j).ok && v.num(j).value == v.num(i).value &&
        Computed(v, o)) {
      return;
    }
    // So is an execution rate its own statement or table row computes,
    // its payment over its budget (全年执行数 638.62 over 全年预算数
    // 628.88: 101.55%): what the figures say, a payment beyond the budget.
    if (o.kind == "budget") {
      const int rate = v.First(o, "rate"), spent = v.First(o, "spent");
      if (rate >= 0 && spent >= 0 && v.num(rate).ok &&
          v.num(rate).value == v.num(i).value && v.Plain(spent)) {
        for (const char* role : {"full", "initial", "allocated", "fund"}) {
          const int b = v.First(o, role);
          if (b >= 0 && v.Plain(b) && !v.num(b).base.is_zero() &&
              RatioHolds(v.num(spent).base, v.num(b).base, v.num(rate).value)) {
            return;
          }
        }
      }
    }
    // So is a coverage read over a base smaller than what it covers (覆盖
    // 人口 over 按户籍人口…计算: another population): whether it holds is
    // that ratio's to tell. (A share of its own list's total stays bound.)
    if (o.rule == "ratio.coverage" && v.First(o, "rate") == i) {
      const int a = v.First(o, "numerator"), b = v.First(o, "denominator");
      if (a >= 0 && b >= 0 && v.Plain(a) && v.Plain(b) &&
          v.num(a).base > v.num(b).base) {
        return;
      }
    }
  }
  bool hard = r.detail == "100";
  out->push_back(MakeFinding(
      {"percent.range",
       hard ? kError : kWarning,
       f.label + " " + Printed(f) +
           (hard ? "，按定义不能超过 100%" : "，通常不超过 100%"),
       "≤100%",
       Printed(f),
       f.page_no,
       {f.fact_id},
       "",
       hard ? "比率 = 部分 ÷ 全体 ≤ 100%" : "完成或执行的比率通常 ≤ 100%",
       "",
       ri}));
}

// An amount in 元 between 10^3 and 10^6 times smaller than the smallest of
// its 万元 siblings, as if 万元 had been written 元; alone in its sentence,
// also less than 1元 per person or item counted before it. The smallest,
// not the middle one: read in 万元 the figure may still be the smallest of
// its list (one programme among whole funds), so only the nearest sibling
// says how far below them it sits.
void CheckSiblings(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  int a = v.First(r, "amount");
  std::vector<int> sib = v.Role(r, "sibling");
  int per = v.First(r, "per");
  if (a < 0 || sib.empty() || !v.Plain(a)) return;
  std::erase_if(sib, [&](int i) { return !v.Plain(i); });
  if (sib.empty()) return;
  const Decimal& x = v.num(a).base;
  if (x.is_zero() || x.negative()) return;
  bool per_head = per >= 0 && v.num(per).ok && x < v.num(per).base;
  if (r.rule == "siblings.section" && !per_head) return;
  const Decimal& m =
      v.num(*std::min_element(sib.begin(), sib.end(), [&](int p, int q) {
         return v.num(p).base < v.num(q).base;
       })).base;
  if (m < x.Shift(3) || m > x.Shift(6)) return;
  const Fact& f = v.fact(a);
  std::string fixed = RescaledUnit(f, 4);
  std::string msg = f.label + " " + Printed(f) + "，而" +
                    (r.rule == "siblings.sentence" ? "同句的 " : "上下文的 ");
  std::vector<int64_t> ids = {f.fact_id};
  for (size_t k = 0; k < sib.size() && k < 3; ++k) {
    const Fact& s = v.fact(sib[k]);
    msg += (k ? "、" : "") + s.label + " " + Printed(s);
    ids.push_back(s.fact_id);
  }
  msg += " 均以万元计";
  if (per_head) {
    const Fact& c = v.fact(per);
    msg += "，" + Printed(c) + "，每" + c.unit + "不足 1 元";
    ids.push_back(c.fact_id);
  }
  msg += "；应为 " + fixed + "？";
  out->push_back(
      MakeFinding({"unit.magnitude", kWarning, msg, fixed, Printed(f),
                   f.page_no, ids, fixed, "并列金额同一量级", "", ri}));
}

void DropRefutedSiblings(const View& v, std::vector<Finding>* found) {
  const std::vector<Relation>& rels = v.doc().relations;
  auto of_kind = [&](const Finding& f, std::string_view kind) {
    return f.relation >= 0 && size_t(f.relation) < rels.size() &&
           rels[size_t(f.relation)].kind == kind;
  };
  std::set<int64_t> named;  // figures arithmetic reads in another unit
  for (const Finding& f : *found) {
    if (f.rule == "unit.magnitude" && !f.fact_ids.empty() &&
        !of_kind(f, "siblings")) {
      named.insert(f.fact_ids.front());
    }
  }
  if (named.empty()) return;
  std::erase_if(*found, [&](const Finding& f) {
    if (f.rule != "unit.magnitude" || !of_kind(f, "siblings")) return false;
    for (size_t k = 1; k < f.fact_ids.size(); ++k) {
      if (named.count(f.fact_ids[k])) return true;
    }
    return false;
  });
}

}  // namespace tally::check::internal
