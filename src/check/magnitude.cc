// unit.magnitude from siblings: an amount printed about 10^4 below the
// amounts around it, as if 万元 had been written 元 (seed 001: "医保基金实际
// 拨付437.32元" between 620.13万元 and 453.07万元), and the same printed
// number given in units 10^4 apart (a table's 194.19元 against the text's
// 194.19万元). Only 'warning': nothing proves which unit is right. The
// relation-based 'error' (a sum that holds only after rescaling) comes from
// sums.cc and rates.cc.
//
// Evidence, all required for a sibling finding: the amount is in 元 with a
// printed decimal (437.32, as its 万元 siblings print 620.13; a genuine small
// sum in 元 such as a 1322元 fine is usually whole), it is between 10^3 and
// 10^6 times smaller than its siblings' median, and it either shares its
// sentence with those siblings only (no other 元 amount) or gives less
// than 1元 per person or item counted just before it (47622人次, 291.85元).
#include <algorithm>
#include <map>

#include "check/internal.h"

namespace tally::check::internal {
namespace {

bool Plain(const View& v, int i) {
  return v.fact(i).kind == "amount" && v.num(i).ok &&
         v.fact(i).qualifier.empty() && IsMoney(v.fact(i).unit);
}

Decimal Median(const View& v, std::vector<int> facts) {
  std::sort(facts.begin(), facts.end(),
            [&](int a, int b) { return v.num(a).base < v.num(b).base; });
  return v.num(facts[facts.size() / 2]).base;
}

// The count just before amount a in its sentence, if it counts people or
// things an amount is paid per ("314113人次 … 437.32元").
int PerHead(const View& v, int a) {
  int found = -1;
  for (int i : v.sentences()[size_t(v.GroupOf(a))]) {
    if (v.fact(i).text_begin >= v.fact(a).text_begin) break;
    if (v.fact(i).kind == "count") found = i;
  }
  if (found < 0 || !v.num(found).ok) return -1;
  static constexpr std::string_view kHeads[] = {"人次", "人", "名", "份",
                                                "户",   "件", "例", "张"};
  for (std::string_view h : kHeads) {
    if (v.fact(found).unit.ends_with(h)) {
      return v.num(a).base < v.num(found).base ? found : -1;
    }
  }
  return -1;
}

void Siblings(const View& v, std::vector<Finding>* out) {
  for (int a = 0; a < v.size(); ++a) {
    const Fact& f = v.fact(a);
    if (f.in_table || !Plain(v, a) || f.unit != "元") continue;
    if (v.num(a).value.scale() == 0 || v.num(a).base.is_zero()) continue;
    std::vector<int> near;
    bool other_yuan = false;
    for (int i : v.sentences()[size_t(v.GroupOf(a))]) {
      if (i == a || v.fact(i).kind != "amount") continue;
      if (Plain(v, i) && v.num(i).exp >= 4) {
        near.push_back(i);
      } else {
        other_yuan = true;
      }
    }
    int head = PerHead(v, a);
    std::vector<int> siblings = near;
    if (other_yuan) continue;
    if (siblings.empty()) {
      // Alone in its sentence: the amounts of its section and of the
      // sentences around it ("2. …结算两批次47622人次，291.85元" is a list
      // item of its own between items in 万元).
      if (head < 0) continue;
      int g = v.GroupOf(a);
      for (int i : v.FactsInSection(f.section)) {
        if (!v.fact(i).in_table && Plain(v, i) && v.num(i).exp >= 4)
          siblings.push_back(i);
      }
      for (int h = std::max(0, g - 4);
           h < std::min(int(v.sentences().size()), g + 5); ++h) {
        for (int i : v.sentences()[size_t(h)]) {
          if (v.fact(i).page_no == f.page_no &&
              v.fact(i).section != f.section && Plain(v, i) &&
              v.num(i).exp >= 4) {
            siblings.push_back(i);
          }
        }
      }
      if (siblings.size() < 2) continue;
    }
    Decimal m = Median(v, siblings);
    const Decimal& x = v.num(a).base;
    if (m < x.Shift(3) || m > x.Shift(6)) continue;
    std::string fixed = f.value + "万元";
    std::string msg = f.label + " " + Printed(f) + "，而";
    msg += near.empty() ? "上下文的 " : "同句的 ";
    std::vector<int64_t> ids = {f.fact_id};
    for (size_t k = 0; k < siblings.size() && k < 3; ++k) {
      const Fact& s = v.fact(siblings[k]);
      msg += (k ? "、" : "") + s.label + " " + Printed(s);
      ids.push_back(s.fact_id);
    }
    msg += " 均以万元计";
    if (head >= 0) {
      const Fact& c = v.fact(head);
      msg += "，" + Printed(c) + "，每" + c.unit + "不足 1 元";
      ids.push_back(c.fact_id);
    }
    msg += "；应为 " + fixed + "？";
    out->push_back(MakeFinding("unit.magnitude", kWarning, msg, fixed,
                               Printed(f), f.page_no, ids));
  }
}

// The same printed number in units 10^4 or 10^8 apart. The text is taken
// over the table (a header unit is one cell, easily mistyped), else the
// unit printed more often.
void SameNumber(const View& v, std::vector<Finding>* out) {
  // value as printed -> unit -> facts
  std::map<std::string, std::map<std::string, std::vector<int>>> by_value;
  for (int i = 0; i < v.size(); ++i) {
    if (!Plain(v, i)) continue;
    const Decimal& d = v.num(i).value;
    // Short round numbers (20万元, 20元) recur by chance.
    if (d.scale() == 0 && d < Decimal::FromInt(1000)) continue;
    by_value[Str(d)][v.fact(i).unit].push_back(i);
  }
  for (auto& [value, units] : by_value) {
    if (units.size() != 2) continue;
    auto a = units.begin(), b = std::next(a);
    int ea = UnitExponent(a->first), eb = UnitExponent(b->first);
    if (std::abs(ea - eb) != 4 && std::abs(ea - eb) != 8) continue;
    auto in_text = [&](const std::vector<int>& facts) {
      int n = 0;
      for (int i : facts) n += v.fact(i).in_table ? 0 : 1;
      return n;
    };
    const std::vector<int>*slip = nullptr, *ref = nullptr;
    int ta = in_text(a->second), tb = in_text(b->second);
    if (ta == 0 && tb > 0) {
      slip = &a->second, ref = &b->second;
    } else if (tb == 0 && ta > 0) {
      slip = &b->second, ref = &a->second;
    } else if (a->second.size() < b->second.size()) {
      slip = &a->second, ref = &b->second;
    } else if (b->second.size() < a->second.size()) {
      slip = &b->second, ref = &a->second;
    } else {
      continue;
    }
    const Fact& s = v.fact(slip->front());
    const Fact& r = v.fact(ref->front());
    std::vector<int64_t> ids;
    for (int i : *slip) ids.push_back(v.id(i));
    ids.push_back(r.fact_id);
    std::string where = s.in_table ? "表中 " : "";
    out->push_back(MakeFinding(
        "unit.magnitude", kWarning,
        where + s.label + " " + Printed(s) + "，而" +
            (r.in_table ? "表中 " : "正文 ") + r.label + " 为 " + Printed(r) +
            "：同一数字，单位相差 10^" + std::to_string(std::abs(ea - eb)),
        Printed(r), Printed(s), s.page_no, ids));
  }
}

}  // namespace

void CheckMagnitudes(const View& v, std::vector<Finding>* out) {
  Siblings(v, out);
  SameNumber(v, out);
}

}  // namespace tally::check::internal
