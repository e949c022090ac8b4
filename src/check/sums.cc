// sum.breakdown: a total against its parts, in exact decimals (a count of
// items whose groups fall short of it in a whole list: count.mismatch).
//
// Tolerance: each printed number stands for anything within its slack
// (Slack in view.cc), so a sum may be off by the slacks of all its members
// (25.92 + 11.41 = 37.33 against a stated 37.34 is rounding: 3 x 0.005).
// Parts above a money total are wrong whatever the list's completeness;
// parts below it are wrong only if the list is whole. Counts may overlap
// (one institution both 约谈 and 限期整改), so counts above their total are
// wrong only in a list that says it is whole.
#include <algorithm>
#include <map>
#include <set>

#include "check/internal.h"

namespace tally::check::internal {
namespace {

// Whether a sum's gap is what one mistyped digit leaves (a digit other than
// 0 times a power of ten) or two neighbouring digits swapped (9 times their
// difference: 18, 27 … 81, times a power of ten).
bool OneDigitGap(const Decimal& gap) {
  std::string digits;
  for (char c : gap.Abs().ToCanonicalString()) {
    if (c >= '0' && c <= '9') digits += c;
  }
  digits.erase(0, digits.find_first_not_of('0'));
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  if (digits.size() == 1) return true;
  return digits.size() == 2 && (digits[0] - '0') + (digits[1] - '0') == 9;
}

// Whether parts above their total are one list read across two levels: a
// part that is a subtotal stands beside the parts it sums (收入…其中：税收
// 收入4402万元，增值税1200万元、…), or the total is restated among its own
// parts, so the parts count it twice. Both the part and the run of parts
// next to it must hold (the run adds up to the part, and the list holds
// without the part): a slip leaves that coincidence by chance only. (A
// few such parts are tried, each run read once: a hostile list of equal
// parts costs no more than its length.)
bool ReadAcrossLevels(const View& v, int total, const std::vector<int>& parts) {
  constexpr int kMaxTried = 4;
  const Sum all = PartsLessTotal(v, total, parts);
  int tried = 0;
  for (size_t i = 0; i < parts.size() && tried < kMaxTried; ++i) {
    Sum without = all;
    without.Add(v.num(parts[i]), -1);
    if (!without.Holds()) continue;
    ++tried;
    if (PartsLessTotal(v, parts[i], {total}).Holds()) return true;
    // A run of two parts or more just after, or just before, the subtotal.
    for (int step : {1, -1}) {
      Sum run;
      run.Add(v.num(parts[i]), -1);
      int n = 0;
      for (long k = long(i) + step; k >= 0 && k < long(parts.size());
           k += step) {
        run.Add(v.num(parts[size_t(k)]), 1);
        if (run.overflow) break;
        if (++n >= 2 && run.Holds()) return true;
        if (!run.value.negative() && !run.Holds()) break;  // past the part
      }
    }
  }
  return false;
}

void CheckSum(const View& v, int ri, std::vector<Finding>* out);

}  // namespace

// A statement that adds to a figure and takes from it what makes the
// year's close (list.signed: 年初余额，加上…，减去…，年末余额) is a balance
// carried over: its slip is the balance's family.
void CheckBreakdown(const View& v, int ri, std::vector<Finding>* out) {
  const size_t before = out->size();
  CheckSum(v, ri, out);
  if (v.doc().relations[size_t(ri)].rule != "list.signed") return;
  for (size_t k = before; k < out->size(); ++k) {
    if ((*out)[k].rule == "sum.breakdown") (*out)[k].rule = "balance.carryover";
  }
}

namespace {

void CheckSum(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  int total = v.First(r, "total");
  std::vector<int> parts = v.Role(r, "part");
  if (total < 0 || parts.empty() || !v.Plain(total)) return;
  for (int p : parts) {
    if (!v.Plain(p)) return;  // 近、约、余: not exact
  }
  // A change whose parts went both ways (part.against: a rise under a
  // fall): the change is the parts' changes with their signs.
  if (const std::vector<int> against = v.Role(r, "part.against");
      !against.empty()) {
    Sum sum = PartsLessTotal(v, total, parts);
    for (int p : against) {
      if (!v.Plain(p)) return;
      sum.Add(v.num(p), -1);
    }
    if (sum.overflow || sum.Holds()) return;
    const Fact& t = v.fact(total);
    std::vector<int64_t> ids = {t.fact_id};
    std::string terms = Terms(v, parts);
    for (int p : against) {
      terms += "−" + Printed(v.fact(p));
      ids.push_back(v.id(p));
    }
    for (int p : parts) ids.push_back(v.id(p));
    const Decimal signed_sum = sum.value + v.num(total).base;
    // (A statement's own 加上 and 减去, or a change's parts going both ways.)
    const bool said = r.rule == "list.signed";
    out->push_back(
        MakeFinding({"sum.breakdown", kError,
                     t.label + " " + Printed(t) +
                         (said ? "，而按所述加减 " : "，而各项增减 ") + terms +
                         " = " + InUnitOf(signed_sum, t) + "，与之不符",
                     InUnitOf(signed_sum, t), Printed(t), t.page_no, ids,
                     InUnitOf(signed_sum, t),
                     said ? "总额 = 所述各数按“" + r.evidence + "”相加减"
                          : "增减额 = 各项增减之和（反向者相抵）",
                     "按末位舍入（容差 " + InUnitOf(sum.slack, t) + "）", ri}));
    return;
  }
  // A change against another year adds up only over every part: the parts
  // left out may have fallen. The figures the changes are of (total.of,
  // part.of) tell: parts that add up to their total are all of it.
  if (v.fact(total).role == "change" && r.complete != "yes") {
    const int whole = v.First(r, "total.of");
    const std::vector<int> of = v.Role(r, "part.of");
    if (whole < 0 || of.size() != parts.size() || !v.Plain(whole)) return;
    for (int p : of) {
      if (!v.Plain(p)) return;
    }
    const Sum figures = PartsLessTotal(v, whole, of);
    if (figures.overflow || !figures.Holds()) return;
  }
  const Sum sum = PartsLessTotal(v, total, parts);
  if (sum.overflow || sum.Holds()) return;
  // The money a payment was paid from, stated with it, may be what the
  // list breaks down (total.other): a sum that holds over it is no slip.
  for (int other : v.Role(r, "total.other")) {
    if (v.Plain(other) && PartsLessTotal(v, other, parts).Holds()) return;
  }
  if (!sum.value.negative() && ReadAcrossLevels(v, total, parts)) return;
  const Fact& t = v.fact(total);
  Decimal parts_sum = sum.value + v.num(total).base;
  std::vector<int64_t> ids = {t.fact_id};
  for (int p : parts) ids.push_back(v.id(p));
  const std::string terms = Terms(v, parts) + "=" + InUnitOf(parts_sum, t);
  const std::string reading =
      "总额 = 各项之和" + (r.evidence.empty() ? "" : "（" + r.evidence + "）");
  std::string alternatives =
      "按末位舍入（容差 " + InUnitOf(sum.slack, t) + "）";
  // The budget table's total row at zero over filled-in sources: the form
  // was left incomplete, not mis-added.
  if (r.rule == "table.budget_sources" && v.num(total).base.is_zero()) {
    out->push_back(MakeFinding(
        {"form.completeness", kWarning,
         "表中 " + r.name + " 为 0，而其中各来源 " + terms + "：总额行未填",
         InUnitOf(parts_sum, t), Printed(t), t.page_no, ids,
         InUnitOf(parts_sum, t), reading, alternatives, ri}));
    return;
  }
  // A relation that holds once one amount is read in the other unit is a
  // unit slip, not an arithmetic one.
  std::vector<int> members = {total};
  std::vector<int> signs = {-1};
  for (int p : parts) {
    members.push_back(p);
    signs.push_back(1);
  }
  int k = 0;
  int m = RescaledMember(v, members, signs, &k);
  if (m >= 0) {
    const Fact& slip = v.fact(members[size_t(m)]);
    std::string fixed = RescaledUnit(slip, k);
    out->push_back(MakeFinding(
        {"unit.magnitude", kError,
         t.label + " " + Printed(t) + "，其中 " + terms + "；把 " +
             Printed(slip) + " 读作 " + fixed + " 才相符，单位有误",
         fixed, Printed(slip), slip.page_no, SlipFirst(ids, slip.fact_id),
         fixed, reading + "，" + Printed(slip) + " 按 " + fixed, alternatives,
         ri}));
    return;
  }
  alternatives += "；任一数字单位换算 10^4/10^8 均不相符";
  std::string what = t.label + " " + Printed(t) + "，其中各项之和 " + terms;
  // A figure retyped with two digits swapped closes the gap exactly: the
  // slip is found whatever the list's completeness.
  if (std::vector<Swap> swaps = SwappedMembers(v, members, signs);
      !swaps.empty()) {
    const Fact& slip = v.fact(members[size_t(swaps[0].member)]);
    const std::string should = swaps[0].fixed + slip.unit;
    const std::string readings = SwapReadings(v, members, swaps);
    out->push_back(
        MakeFinding({"sum.breakdown", kError,
                     what + "，与总数 " + Printed(t) + " 不符；把 " + readings +
                         "（相邻两位数字互换）即相符，疑为录入颠倒",
                     InUnitOf(parts_sum, t), Printed(t), slip.page_no,
                     swaps.size() == 1 ? SlipFirst(ids, slip.fact_id) : ids,
                     swaps.size() == 1 ? should : "", reading + "，" + readings,
                     alternatives, ri}));
    return;
  }
  // A part one keystroke from the value that closes the sum, where the
  // total and every other part are not, is the slip: "直达资金共计62539.49万
  // 元(其中中央资金522665.42万元，…)" struck a digit twice in 52665.42.
  auto retyped_part = [&] {
    std::vector<Swap> typed = RetypedMembers(v, members, signs);
    if (typed.size() != 1 || typed[0].member == 0) return false;
    const Fact& slip = v.fact(members[size_t(typed[0].member)]);
    const std::string should = typed[0].fixed + slip.unit;
    out->push_back(MakeFinding(
        {"sum.breakdown", kError,
         what + "，与总数 " + Printed(t) + " 不符；把 " + Printed(slip) +
             " 读作 " + should + "（多或少一位数字）即相符，疑为此数有误",
         should, Printed(slip), slip.page_no, SlipFirst(ids, slip.fact_id),
         should, reading + "，" + Printed(slip) + " 按 " + should,
         alternatives + "；总额有误（总额 " + Printed(t) +
             " 增减一位数字不能相符）",
         ri}));
    return true;
  };
  if (!sum.value.negative()) {
    if (t.kind == "count" && r.complete != "yes" && r.detail != "classes" &&
        r.detail != "measure" && parts.size() >= 2) {
      // Counts may overlap (one institution both 约谈 and 限期整改): an
      // oddity for the reader, not a slip. Classes of items by grade
      // (detail "classes": 优的9个，良的3个) do not, nor do the pieces of
      // an area, a length or a weight (detail "measure"), nor one part
      // alone (其中：脱贫人口 over 受益人口).
      out->push_back(MakeFinding({"sum.breakdown", kInfo,
                                  what + "，超过总数（各项可能重叠）",
                                  InUnitOf(parts_sum, t), Printed(t), t.page_no,
                                  ids, "", reading, "各项可能重叠", ri}));
      return;
    }
    // Worth a look, not proof: spending under an income (lists.lex, side)
    // may be paid from other funds as well; one figure after a list word in
    // prose is as likely another quantity (an aside's whole, a plan against
    // what was approved) as the total's only named part (a table's one 其中
    // row is its total's part by the form).
    auto doubtful = [&](const std::string& why, const std::string& ruled) {
      out->push_back(
          MakeFinding({"sum.breakdown", kWarning,
                       what + "，超过总数 " + Printed(t) + "（" + why + "）",
                       InUnitOf(parts_sum, t), Printed(t), t.page_no, ids, "",
                       reading, alternatives + "；" + ruled, ri}));
    };
    if (r.detail == "uses") {
      doubtful("各项为支出，或含其他资金", "各项为支出，可能含其他来源的资金");
      return;
    }
    if (retyped_part()) return;
    if (parts.size() == 1 && r.rule.starts_with("list.")) {
      doubtful("仅此一项，或为另一数量", "仅列一项，可能不是总数的部分");
      return;
    }
    out->push_back(
        MakeFinding({"sum.breakdown", kError, what + "，超过总数 " + Printed(t),
                     InUnitOf(parts_sum, t), Printed(t), t.page_no, ids,
                     InUnitOf(parts_sum, t), reading, alternatives, ri}));
    return;
  }
  // Parts below the total: wrong only if the list is whole. A count of
  // items (7个项目) whose groups, in a list that is whole or probably whole
  // (nothing follows its parts), fall short is a count against the items
  // it counts: a warning, as an item may be one the list leaves unnamed.
  if ((r.detail == "items" || r.detail == "classes") &&
      (r.complete == "yes" || r.complete == "likely")) {
    out->push_back(MakeFinding(
        {"count.mismatch", kWarning, what + "，少于总数 " + Printed(t),
         InUnitOf(parts_sum, t), Printed(t), t.page_no, ids,
         InUnitOf(parts_sum, t), reading,
         alternatives + "；所列各项为全部（" + r.evidence + "）", ri}));
    return;
  }
  // A money list that is only probably whole is wrong when it falls short
  // by a slip's margin, under a tenth of the total; a larger gap is more
  // likely a part left unnamed.
  if (r.complete == "likely") {
    if (((-sum.value) * Decimal::FromInt(10)) >= v.num(total).base) return;
    // A slip's margin is what one mistyped digit or two neighbouring digits
    // swapped leave (or a digit struck twice or dropped, retyped_part): any
    // other gap is more likely a part left unnamed.
    if (!OneDigitGap(-sum.value)) {
      retyped_part();
      return;
    }
  } else if (r.complete != "yes") {
    return;
  }
  alternatives += "；所列各项为全部（" + r.evidence + "）";
  if (retyped_part()) return;
  out->push_back(
      MakeFinding({"sum.breakdown", kError, what + "，少于总数 " + Printed(t),
                   InUnitOf(parts_sum, t), Printed(t), t.page_no, ids,
                   InUnitOf(parts_sum, t), reading, alternatives, ri}));
}

}  // namespace

// Two failed sums that share one figure, and that each hold once that
// figure alone reads the same other value, name that figure as the slip,
// not either total: a table summed across and down breaks in the row and in
// the column of a mistyped cell, and only the cell is in both; a total
// spending whose parts and whose 收支相抵 balance both fail breaks both, and
// a table's 增减 cell its row's difference and its column's sum. More
// than one shared figure, or two different values, leave the findings as they
// are. A slip that is what one relation states (a total, a balance, a book
// value) and a figure the other reads it from is one slip in one statement:
// it is reported once, by the relation that states it, citing the other's
// figures too ("资产总额…其中…固定资产净值6261.38万元（原值6606.25万元，累计
// 折旧389.87万元）": the net value, not the total of assets).
void NameSharedSlips(const View& v, std::vector<Finding>* found) {
  const std::vector<Relation>& rels = v.doc().relations;
  // The members of each failed sum, with the value each member would need.
  struct Failed {
    size_t finding;
    std::vector<int> members, sorted;
    std::vector<Decimal> needed;
    std::vector<char> stated;  // whether the member is what the sum states
    Decimal slack;
  };
  std::vector<Failed> failed;
  // member -> (failed sum, position in its members)
  std::map<int, std::vector<std::pair<size_t, size_t>>> failed_with;
  for (size_t k = 0; k < found->size(); ++k) {
    const Finding& f = (*found)[k];
    if (f.severity != kError || f.relation < 0 ||
        size_t(f.relation) >= rels.size()) {
      continue;
    }
    const Relation& r = rels[size_t(f.relation)];
    // A sum's total and parts; or an account's balance (收支相抵), which is
    // a sum too: income = spending + balance.
    // (role, sign, whether it is the figure the relation states)
    std::vector<std::tuple<const char*, int, bool>> roles;
    if (f.rule == "sum.breakdown" && r.kind == "breakdown") {
      roles = {{"total", -1, true}, {"part", 1, false}};
    } else if (f.rule == "balance.carryover" && r.rule == "budget.net") {
      roles = {
          {"income", 1, false}, {"spent", -1, false}, {"balance", -1, true}};
    } else if (f.rule == "balance.carryover" &&
               (r.rule == "table.change" || r.rule == "budget.net_value")) {
      // A table's 增减 cell: this year's less the other's, signed; an
      // asset's cost less its wear, its book value.
      roles = {
          {"current", 1, false}, {"other", -1, false}, {"change", -1, true}};
    } else {
      continue;
    }
    Failed x{k, {}, {}, {}, {}, {}};
    std::vector<int> signs;
    for (const auto& [role, sign, stated] : roles) {
      for (int m : v.Role(r, role)) {
        x.members.push_back(m);
        signs.push_back(sign);
        x.stated.push_back(stated);
      }
    }
    Sum sum;
    for (size_t m = 0; m < x.members.size(); ++m) {
      if (!v.Plain(x.members[m])) sum.overflow = true;
      if (!sum.overflow) sum.Add(v.num(x.members[m]), signs[m]);
    }
    if (sum.overflow) continue;
    x.slack = sum.slack;
    for (size_t m = 0; m < x.members.size(); ++m) {
      const Decimal& base = v.num(x.members[m]).base;
      x.needed.push_back(signs[m] > 0 ? base - sum.value : base + sum.value);
      failed_with[x.members[m]].push_back({failed.size(), m});
    }
    x.sorted = x.members;
    std::sort(x.sorted.begin(), x.sorted.end());
    failed.push_back(std::move(x));
  }
  // Whether sums a and b share exactly one member: the shorter looked up in
  // the longer, so that long lists cost n log n.
  auto one_shared = [&](const Failed& a, const Failed& b) {
    const Failed& s = a.members.size() < b.members.size() ? a : b;
    const Failed& l = &s == &a ? b : a;
    int shared = 0;
    for (int m : s.members) {
      shared += std::binary_search(l.sorted.begin(), l.sorted.end(), m);
      if (shared > 1) return false;
    }
    return shared == 1;
  };
  std::vector<char> dropped(found->size(), 0);
  for (const auto& [member, sums] : failed_with) {
    if (sums.size() != 2) continue;
    const Failed& a = failed[sums[0].first];
    const Failed& b = failed[sums[1].first];
    if (dropped[a.finding] || dropped[b.finding]) continue;
    Decimal va = a.needed[sums[0].second], vb = b.needed[sums[1].second];
    Decimal gap = va - vb;
    if (gap.overflowed() ||
        gap.Abs() > (a.slack < b.slack ? b.slack : a.slack) ||
        !one_shared(a, b)) {
      continue;
    }
    const Fact& slip = v.fact(member);
    const std::string should = InUnitOf(va, slip);
    const bool a_states = a.stated[sums[0].second],
               b_states = b.stated[sums[1].second];
    std::vector<size_t> report = {a.finding, b.finding};
    if (a_states != b_states) {
      const Failed& other = a_states ? b : a;
      report = {a_states ? a.finding : b.finding};
      Finding& kept = (*found)[report[0]];
      for (int m : other.members) {
        if (std::find(kept.fact_ids.begin(), kept.fact_ids.end(), v.id(m)) ==
            kept.fact_ids.end()) {
          kept.fact_ids.push_back(v.id(m));
        }
      }
      dropped[other.finding] = 1;
    }
    for (size_t k : report) {
      Finding& f = (*found)[k];
      f.message += "；" + Printed(slip) +
                   " 同在另一处不符的合计中，两处都要求其为 " + should +
                   "，疑为此数有误";
      f.actual = Printed(slip);
      f.expected = should;
      f.suggested = should;
      f.fact_ids = SlipFirst(f.fact_ids, slip.fact_id);
      f.alternatives +=
          "；总额有误（两处合计只共有 " + Printed(slip) + " 一数）";
    }
  }
  size_t kept = 0;
  for (size_t k = 0; k < found->size(); ++k) {
    if (dropped[k]) continue;
    if (kept != k) (*found)[kept] = std::move((*found)[k]);
    ++kept;
  }
  found->resize(kept);
}

// A sum whose parts exceed a total that another relation confirms (a rate
// or a list of its own that holds over it: "直达资金62539.49万元…支出进度
// 91.9%") has a wrong part, and when only one part is larger than the
// excess, that part is the slip ("其中中央资金522665.42万元": 52665.42).
void NameOversizedParts(const View& v, std::vector<Finding>* found) {
  const std::vector<Relation>& rels = v.doc().relations;
  std::set<int> failed;
  for (const Finding& f : *found) failed.insert(f.relation);
  // Whether fact t is a member of a budget, ratio or breakdown other than
  // relation `self` that gave no finding.
  auto confirmed = [&](int t, int self) {
    for (int other : v.RelationsOf(t)) {
      const std::string& kind = rels[size_t(other)].kind;
      if ((kind == "budget" || kind == "ratio" || kind == "breakdown") &&
          other != self && !failed.count(other)) {
        return true;
      }
    }
    return false;
  };
  std::vector<size_t> named;  // the findings that name their part
  for (Finding& f : *found) {
    if (f.rule != "sum.breakdown" || f.severity != kError || f.relation < 0 ||
        size_t(f.relation) >= rels.size()) {
      continue;
    }
    const Relation& r = rels[size_t(f.relation)];
    const int t = v.First(r, "total");
    if (r.kind != "breakdown" || t < 0 || !v.Plain(t) ||
        f.actual != Printed(v.fact(t))) {
      continue;
    }
    Decimal sum;
    bool plain = true;
    for (int p : v.Role(r, "part")) {
      plain = plain && v.Plain(p);
      if (plain) sum = sum + v.num(p).base;
    }
    const Decimal excess = sum - v.num(t).base;
    if (!plain || excess.overflowed() || excess.negative() ||
        excess.is_zero()) {
      continue;
    }
    // A part that would have to be 0 is a part too many, not a mistyped
    // one; a list of one part is a restatement; a finding that suggests
    // other than the parts' sum has named its slip (two digits swapped).
    int slip = -1, candidates = 0;
    if (v.Role(r, "part").size() < 2 || f.suggested != f.expected) continue;
    for (int p : v.Role(r, "part")) {
      const Decimal rest = v.num(p).base - excess;
      if (!rest.negative() && !rest.is_zero()) {
        slip = p;
        ++candidates;
      }
    }
    if (candidates != 1 || !confirmed(t, f.relation)) continue;
    const Fact& part = v.fact(slip);
    const std::string should = InUnitOf(v.num(slip).base - excess, part);
    f.message += "；总额 " + Printed(v.fact(t)) +
                 " 在另一关系中相符，各项中唯 " + Printed(part) +
                 " 大于超出之数，疑为此数有误，应为 " + should;
    f.actual = Printed(part);
    f.expected = should;
    f.suggested = should;
    f.fact_ids = SlipFirst(f.fact_ids, part.fact_id);
    f.alternatives +=
        "；总额有误（总额 " + Printed(v.fact(t)) + " 在另一关系中相符）";
    named.push_back(&f - found->data());
  }
  // A part whose own share of the total also fails names its value more
  // closely (the share gives it, the sum only bounds it): the sum joins the
  // share's finding as its second witness, one slip and one finding.
  // (The share findings by the fact they name first, looked up once each:
  // a table of 10^5 rows may name as many parts.)
  std::multimap<int64_t, size_t> shares;
  for (size_t k = 0; k < found->size(); ++k) {
    const Finding& g = (*found)[k];
    if (g.rule == "rate.ratio" && !g.fact_ids.empty()) {
      shares.emplace(g.fact_ids.front(), k);
    }
  }
  std::set<size_t> joined;
  for (size_t k : named) {
    const Finding& f = (*found)[k];
    auto [from, to] = shares.equal_range(f.fact_ids.front());
    for (auto it = from; it != to; ++it) {
      Finding& g = (*found)[it->second];
      if (g.actual != f.actual) continue;
      g.message += "；各项之和亦超过总数（" +
                   f.message.substr(0, f.message.find("；")) + "）";
      std::set<int64_t> cited(g.fact_ids.begin(), g.fact_ids.end());
      for (int64_t id : f.fact_ids) {
        if (cited.insert(id).second) g.fact_ids.push_back(id);
      }
      joined.insert(k);
      break;
    }
  }
  for (auto k = joined.rbegin(); k != joined.rend(); ++k) {
    found->erase(found->begin() + std::ptrdiff_t(*k));
  }
}

}  // namespace tally::check::internal
