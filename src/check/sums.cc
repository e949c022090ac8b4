// sum.breakdown and balance.carryover: a total against its parts, and a
// balance against budget minus spending, in exact decimals.
//
// Tolerance: a printed number stands for anything within half a unit of its
// last digit, so a sum may be off by the half units of all its members
// (25.92 + 11.41 = 37.33 against a stated 37.34 is rounding: 3 x 0.005).
#include <map>
#include <set>

#include "check/internal.h"

namespace tally::check::internal {
namespace {

// Words that open a breakdown. Those that promise the whole list come with
// `complete`; 其中 and 包括 may name only some parts.
struct Trigger {
  std::string_view word;
  bool complete;
};
constexpr Trigger kTriggers[] = {{"其中", false},  {"包括", false},
                                 {"分别为", true}, {"分别是", true},
                                 {"具体为", true}, {"具体是", true}};

bool Summable(const Fact& f) { return f.kind == "amount" || f.kind == "count"; }

// Inside parentheses opened (after `from`, the list's start) by 含/包括/其中
// ("（含生育保险待遇报销1119万元）"): a note on the part before it, not a part
// of its own.
bool InNote(const View& v, int i, size_t from) {
  const Fact& f = v.fact(i);
  std::string_view before = v.Text(i, from, f.text_begin);
  // The innermost parenthesis still open at the fact.
  size_t open = std::string_view::npos;
  int depth = 0;
  for (size_t p = before.size(); p-- > 0;) {
    std::string_view rest = before.substr(p);
    if (rest.starts_with("）") || rest.starts_with(")")) {
      ++depth;
    } else if (rest.starts_with("（") || rest.starts_with("(")) {
      if (depth == 0) {
        open = p + (rest.starts_with("（") ? std::string_view("（").size() : 1);
        break;
      }
      --depth;
    }
  }
  if (open == std::string_view::npos) return false;
  std::string note = Squeeze(before.substr(open));
  for (std::string_view w : {"含", "包含", "包括", "其中", "不含"}) {
    if (note.starts_with(w)) return true;
  }
  return false;
}

struct Occurrence {
  size_t at;   // byte offset in the page text
  size_t end;  // where its list can reach: the sentence end, the next
               // trigger outside parentheses, or the close of its own
  Trigger trigger;
};

// Parenthesis depth change at text[p]: +1 for an opening, -1 for a closing
// parenthesis, with *len set to its size.
int ParenAt(std::string_view text, size_t p, size_t* len) {
  std::string_view rest = text.substr(p);
  for (std::string_view o : {"（", "("}) {
    if (rest.starts_with(o)) {
      *len = o.size();
      return 1;
    }
  }
  for (std::string_view c : {"）", ")"}) {
    if (rest.starts_with(c)) {
      *len = c.size();
      return -1;
    }
  }
  *len = 1;
  return 0;
}

// The triggers of a sentence (text starts at page offset `offset`). A
// trigger inside parentheses ("…18629万元（其中生育1119万元）") lists only up
// to its closing parenthesis, and does not cut short the list of a trigger
// outside them.
std::vector<Occurrence> FindTriggers(std::string_view text, size_t offset) {
  std::vector<Occurrence> out;
  for (const Trigger& t : kTriggers) {
    for (size_t p = text.find(t.word); p != std::string_view::npos;
         p = text.find(t.word, p + t.word.size())) {
      out.push_back({p, text.size(), t});
    }
  }
  std::sort(
      out.begin(), out.end(),
      [](const Occurrence& a, const Occurrence& b) { return a.at < b.at; });
  std::vector<int> depth(out.size(), 0);
  for (size_t k = 0; k < out.size(); ++k) {
    int d = 0;
    for (size_t p = 0, len = 0; p < out[k].at; p += len) {
      d = std::max(0, d + ParenAt(text, p, &len));
    }
    depth[k] = d;
    // The close of its own parenthesis.
    for (size_t p = out[k].at, len = 0; p < text.size() && d > 0; p += len) {
      d += ParenAt(text, p, &len);
      if (d < depth[k]) {
        out[k].end = p;
        break;
      }
    }
  }
  for (size_t k = 0; k < out.size(); ++k) {
    for (size_t j = k + 1; j < out.size(); ++j) {
      if (depth[j] <= depth[k]) {
        out[k].end = std::min(out[k].end, out[j].at);
        break;
      }
    }
    out[k].at += offset;
    out[k].end += offset;
  }
  return out;
}

// "a+b+c=s" with units where they differ.
std::string SumText(const View& v, int total, const std::vector<int>& parts,
                    const Decimal& sum) {
  const Fact& t = v.fact(total);
  bool same_unit = true;
  for (int p : parts) same_unit = same_unit && v.fact(p).unit == t.unit;
  std::string s;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (k > 0) s += "+";
    s += same_unit ? v.fact(parts[k]).value : Printed(v.fact(parts[k]));
  }
  return s + "=" + InUnitOf(sum, t);
}

class Breakdowns {
 public:
  Breakdowns(const View& v, std::vector<Finding>* out) : v_(v), out_(out) {}

  void Run() {
    for (int g = 0; g < int(v_.sentences().size()); ++g) Sentence(g);
  }

 private:
  void Sentence(int g) {
    const std::vector<int>& facts = v_.sentences()[size_t(g)];
    Span span = v_.Sentence(facts.front());
    span.end = std::max(span.end, v_.Sentence(facts.back()).end);
    std::string_view text = v_.Text(facts.front(), span.begin, span.end);
    for (const Occurrence& t : FindTriggers(text, span.begin)) {
      Breakdown(g, span, t, t.at + t.trigger.word.size(), t.end);
    }
  }

  void Breakdown(int g, const Span& span, const Occurrence& trig, size_t from,
                 size_t to) {
    const std::vector<int>& facts = v_.sentences()[size_t(g)];
    // The parts, by family: money with money, 人次 with 人次.
    std::vector<std::vector<int>> groups;
    for (int i : facts) {
      const Fact& f = v_.fact(i);
      if (f.text_begin < from || f.text_begin >= to) continue;
      if (!Summable(f) || !v_.num(i).ok || InNote(v_, i, from)) continue;
      auto it = std::find_if(groups.begin(), groups.end(), [&](auto& grp) {
        return SameFamily(v_.fact(grp.front()), f);
      });
      if (it == groups.end()) {
        groups.push_back({i});
      } else {
        it->push_back(i);
      }
    }
    if (groups.empty()) return;
    // Where the total is: before the trigger in this sentence, or, for a
    // sentence that opens with 其中, in the sentence before.
    std::vector<int> scope;
    for (int i : facts) {
      if (v_.fact(i).text_end <= trig.at && Summable(v_.fact(i))) {
        scope.push_back(i);
      }
    }
    if (scope.empty()) {
      int prev = v_.PreviousAdjacent(g);
      if (prev < 0) return;
      scope = v_.sentences()[size_t(prev)];
    }
    for (const std::vector<int>& parts : groups) {
      std::map<std::string, int> label_count;
      for (int p : parts) {
        if (!v_.fact(p).label.empty()) ++label_count[v_.fact(p).label];
      }
      bool repeated = false;
      for (auto& [label, n] : label_count) repeated = repeated || n > 1;
      if (repeated) {
        // Several rows of one table in prose ("预算资金149.31万元，支出
        // 133.89万元；…预算资金33万元，支出15万元"): each label sums to the
        // total of the same label.
        std::set<std::string> done;
        for (int p : parts) {
          const std::string& label = v_.fact(p).label;
          if (label.empty() || !done.insert(label).second) continue;
          int total = -1;
          for (int s : scope) {
            if (v_.fact(s).label == label && SameFamily(v_.fact(s), v_.fact(p)))
              total = s;
          }
          if (total < 0) continue;
          std::vector<int> same;
          for (int q : parts) {
            if (v_.fact(q).label == label) same.push_back(q);
          }
          Evaluate(g, span, trig, total, same);
        }
        continue;
      }
      // The nearest number of the same kind before the trigger is the
      // total; if it counts something else (3235人 before 2975人次), the
      // breakdown is not of this family.
      int total = -1;
      for (int s : scope) {
        if (v_.fact(s).kind == v_.fact(parts.front()).kind) total = s;
      }
      if (total < 0 || !SameFamily(v_.fact(total), v_.fact(parts.front())) ||
          !v_.num(total).ok) {
        continue;
      }
      Evaluate(g, span, trig, total, parts);
    }
  }

  void Evaluate(int g, const Span& span, const Occurrence& trig, int total,
                const std::vector<int>& parts) {
    if (!v_.fact(total).qualifier.empty()) return;
    for (int p : parts) {
      if (!v_.fact(p).qualifier.empty()) return;  // 近、约、余: not exact
    }
    Decimal sum, tol = v_.num(total).half;
    for (int p : parts) {
      sum = sum + v_.num(p).base;
      tol = tol + v_.num(p).half;
    }
    Decimal diff = sum - v_.num(total).base;
    if (diff.Abs() <= tol) return;
    const Fact& t = v_.fact(total);
    std::vector<int64_t> ids = {t.fact_id};
    for (int p : parts) ids.push_back(v_.id(p));
    // A relation that holds once one number is read in the other unit is
    // a unit slip, not an arithmetic one.
    std::vector<int> members = {total};
    std::vector<int> signs = {-1};
    for (int p : parts) {
      members.push_back(p);
      signs.push_back(1);
    }
    int k = 0;
    int m = RescaledMember(v_, members, signs, &k);
    if (m >= 0) {
      const Fact& slip = v_.fact(members[size_t(m)]);
      std::string fixed = RescaledUnit(slip, k);
      out_->push_back(MakeFinding("unit.magnitude", kError,
                                  t.label + " " + Printed(t) + "，其中 " +
                                      SumText(v_, total, parts, sum) + "；把 " +
                                      Printed(slip) + " 读作 " + fixed +
                                      " 才相符，单位有误",
                                  fixed, Printed(slip), slip.page_no, ids));
      return;
    }
    std::string what = t.label + " " + Printed(t) + "，其中各项之和 " +
                       SumText(v_, total, parts, sum);
    if (!diff.negative()) {
      // Parts above the total. Money cannot overlap; counts can (one
      // institution both 约谈 and 限期整改) unless the list is a partition.
      std::string severity = kError;
      if (t.kind == "count" && !trig.trigger.complete && !HasOther(parts)) {
        severity = kInfo;
        what += "，超过总数（各项可能重叠）";
      } else {
        what += "，超过总数 " + Printed(t);
      }
      out_->push_back(MakeFinding("sum.breakdown", severity, what,
                                  InUnitOf(sum, t), Printed(t), t.page_no,
                                  ids));
      return;
    }
    // Parts below the total: wrong only if the list claims to be whole.
    // A 其中 list of counts names subgroups ("其中老年人200人次") far more
    // often than a partition, so counts need 分别为 or an 其他 part.
    if (parts.size() < 2 || !Exhaustive(g, span, trig, parts)) return;
    if (t.kind == "count" && !trig.trigger.complete && !HasOther(parts)) {
      return;
    }
    if (Continues(g, total, sum, tol)) return;
    // A slip is a small difference (a mistyped digit); a list that falls
    // short by a tenth or more is more likely incomplete than wrong.
    bool small = (-diff) * Decimal::FromInt(10) < v_.num(total).base;
    out_->push_back(MakeFinding("sum.breakdown", small ? kError : kWarning,
                                what + "，少于总数 " + Printed(t) +
                                    (small ? "" : "（若所列不全则无误）"),
                                InUnitOf(sum, t), Printed(t), t.page_no, ids));
  }

  // 其他/其余 among the parts: the list covers the rest, so it partitions.
  bool HasOther(const std::vector<int>& parts) const {
    for (int p : parts) {
      const std::string& l = v_.fact(p).label;
      if (l.starts_with("其他") || l.starts_with("其它") ||
          l.starts_with("其余")) {
        return true;
      }
    }
    return false;
  }

  // 分别为/具体为 lists are whole; a 其中 list is whole when nothing follows
  // its last part in the sentence and it has no 等.
  bool Exhaustive(int g, const Span& span, const Occurrence& trig,
                  const std::vector<int>& parts) const {
    int first = parts.front();
    std::string_view list = v_.Text(first, trig.at, span.end);
    if (Contains(list, "等")) return false;
    if (trig.trigger.complete) return true;
    const Fact& last = v_.fact(parts.back());
    if (HasHan(v_.Text(first, last.text_end, span.end))) return false;
    for (int i : v_.sentences()[size_t(g)]) {
      if (v_.fact(i).text_begin >= last.text_end) return false;
    }
    return true;
  }

  // A list that goes on into the next sentence ("…28.4万元。2023年…补助资金
  // 176.72万元，…核查经费3.28万元。") and tallies there.
  bool Continues(int g, int total, Decimal sum, Decimal tol) const {
    int next = v_.NextAdjacent(g);
    if (next < 0) return false;
    for (int i : v_.sentences()[size_t(next)]) {
      if (!SameFamily(v_.fact(i), v_.fact(total)) || !v_.num(i).ok) continue;
      if (!v_.fact(i).qualifier.empty()) return false;
      sum = sum + v_.num(i).base;
      tol = tol + v_.num(i).half;
    }
    return (sum - v_.num(total).base).Abs() <= tol;
  }

  const View& v_;
  std::vector<Finding>* out_;
};

// The budget block of an indicator table: 年度资金总额 = 当年财政拨款 +
// 上年结转资金 + 其他资金, column by column. The form lists every source, so
// a blank part is zero and the parts must add up to the total.
void BudgetBreakdowns(const View& v, std::vector<Finding>* out) {
  const std::vector<BudgetRow>& rows = v.doc().budgets;
  for (size_t t = 0; t < rows.size(); ++t) {
    std::string item = Squeeze(rows[t].item);
    if (!IsBudgetTotal(item)) continue;
    std::vector<size_t> parts;
    for (size_t p = t + 1; p < rows.size(); ++p) {
      std::string it = Squeeze(rows[p].item);
      if (IsBudgetTotal(it)) break;
      if (Contains(it, "拨款") || Contains(it, "财政") ||
          Contains(it, "结转") || Contains(it, "其他")) {
        parts.push_back(p);
      }
    }
    if (parts.empty()) continue;
    struct Column {
      std::string BudgetRow::*field;
      std::string_view name;
    };
    const Column columns[] = {{&BudgetRow::initial, "年初预算数"},
                              {&BudgetRow::full, "全年预算数"},
                              {&BudgetRow::executed, "全年执行数"}};
    for (const Column& c : columns) {
      std::optional<Decimal> total = Decimal::Parse(rows[t].*c.field);
      if (!total) continue;
      Decimal sum, tol = Slack("amount", *total, 0);
      std::vector<size_t> given;
      std::string terms;
      for (size_t p : parts) {
        std::optional<Decimal> d = Decimal::Parse(rows[p].*c.field);
        std::string name = Squeeze(rows[p].item);
        if (name.starts_with("其中："))
          name.erase(0, std::string("其中：").size());
        if (!terms.empty()) terms += " + ";
        if (!d) {
          terms += name + "（空）";
          continue;
        }
        given.push_back(p);
        sum = sum + *d;
        tol = tol + Slack("amount", *d, 0);
        terms += name + " " + rows[p].*c.field;
      }
      // A block where no source is filled in says nothing about them.
      if (given.empty() || (sum - *total).Abs() <= tol) continue;
      const std::string& unit = rows[t].unit;
      std::vector<int64_t> ids;
      int tf = FindTableFact(v, rows[t].page_no, rows[t].item, c.name, *total);
      if (tf >= 0) ids.push_back(v.id(tf));
      for (size_t p : given) {
        int pf = FindTableFact(v, rows[p].page_no, rows[p].item, c.name,
                               *Decimal::Parse(rows[p].*c.field));
        if (pf >= 0) ids.push_back(v.id(pf));
      }
      out->push_back(MakeFinding(
          "sum.breakdown", kError,
          "表中 " + item + " " + std::string(c.name) + " " + rows[t].*c.field +
              unit + "，而 " + terms + " = " + Str(sum) + unit,
          Str(sum) + unit, rows[t].*c.field + unit, rows[t].page_no, ids));
    }
  }
}

// --- balance.carryover ------------------------------------------------------

enum class Role { kBudget, kSpent, kLeft };

Role RoleOf(const Fact& f) {
  const std::string& l = f.label;
  if (Contains(l, "结转") || Contains(l, "结余") || Contains(l, "剩余") ||
      Contains(l, "余额") || l == "余" || l.starts_with("余")) {
    return Role::kLeft;
  }
  if (Contains(l, "支出") || Contains(l, "支付") || Contains(l, "执行数") ||
      Contains(l, "使用") || Contains(l, "决算")) {
    return Role::kSpent;
  }
  return Role::kBudget;
}

bool Plain(const View& v, int i) {
  return v.fact(i).kind == "amount" && v.num(i).ok &&
         v.fact(i).qualifier.empty() && IsMoney(v.fact(i).unit);
}

}  // namespace

void CheckBreakdowns(const View& v, std::vector<Finding>* out) {
  Breakdowns(v, out).Run();
  BudgetBreakdowns(v, out);
}

// 结转/结余/余 W = 预算 X − 支出 Y, read in order within a sentence: each W
// takes the nearest 支出 before it and the nearest budget before that, so
// "预算149.31，支出133.89，结转15.42；预算33，支出15，结转18" pairs up row by
// row. A sentence that starts with 支出 takes its budget from the sentence
// before ("…补助资金28万元…。实际支出12.58万元，结余15.42万元").
void CheckBalances(const View& v, std::vector<Finding>* out) {
  for (int g = 0; g < int(v.sentences().size()); ++g) {
    std::vector<int> amounts;
    for (int i : v.sentences()[size_t(g)]) {
      if (Plain(v, i)) amounts.push_back(i);
    }
    size_t row_start = 0;  // after the previous balance
    for (size_t k = 0; k < amounts.size(); ++k) {
      if (RoleOf(v.fact(amounts[k])) != Role::kLeft) continue;
      int left = amounts[k], spent = -1, budget = -1;
      size_t s = k;
      while (s-- > row_start) {
        if (RoleOf(v.fact(amounts[s])) == Role::kSpent) {
          spent = amounts[s];
          break;
        }
      }
      if (spent >= 0) {
        for (size_t b = s; b-- > row_start;) {
          if (RoleOf(v.fact(amounts[b])) == Role::kBudget) {
            budget = amounts[b];
            break;
          }
        }
        if (budget < 0 && row_start == 0 && s == 0) {
          int prev = v.PreviousAdjacent(g);
          if (prev >= 0) {
            for (int i : v.sentences()[size_t(prev)]) {
              if (Plain(v, i) && RoleOf(v.fact(i)) == Role::kBudget) budget = i;
            }
          }
        }
      }
      row_start = k + 1;
      if (spent < 0 || budget < 0) continue;
      const Num &x = v.num(budget), &y = v.num(spent), &w = v.num(left);
      // Spending above the budget means the roles were misread (or the
      // report uses another relation): no claim either way.
      if (y.base > x.base) continue;
      Decimal expect = x.base - y.base;
      if ((expect - w.base).Abs() <= x.half + y.half + w.half) continue;
      const Fact &fx = v.fact(budget), &fy = v.fact(spent), &fw = v.fact(left);
      std::vector<int64_t> ids = {fw.fact_id, fx.fact_id, fy.fact_id};
      std::string arithmetic = fx.label + " " + Printed(fx) + " − " + fy.label +
                               " " + Printed(fy) + " = " + InUnitOf(expect, fw);
      int kk = 0;
      int m = RescaledMember(v, {budget, spent, left}, {1, -1, -1}, &kk);
      if (m >= 0) {
        const Fact& slip = v.fact(m == 0 ? budget : m == 1 ? spent : left);
        std::string fixed = RescaledUnit(slip, kk);
        out->push_back(MakeFinding(
            "unit.magnitude", kError,
            arithmetic + "，与 " + fw.label + " " + Printed(fw) + " 不符；把 " +
                Printed(slip) + " 读作 " + fixed + " 才相符，单位有误",
            fixed, Printed(slip), slip.page_no, ids));
        continue;
      }
      out->push_back(MakeFinding(
          "balance.carryover", kError,
          arithmetic + "，与所述 " + fw.label + " " + Printed(fw) + " 不符",
          InUnitOf(expect, fw), Printed(fw), fw.page_no, ids));
    }
  }
}

}  // namespace tally::check::internal
