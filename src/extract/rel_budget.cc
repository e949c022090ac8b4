// Budgets in prose (a budget, its payments, rate and balance), shares
// (占…的 P%) and the rates that cannot pass 100%. See relations.h.
#include <algorithm>
#include <map>
#include <set>

#include "base/utf8.h"
#include "extract/relations.h"

namespace tally::extract::rel {
namespace {

bool IsBudget(std::string_view role) {
  return role == "initial" || role == "adjust" || role == "full" ||
         role == "carry" || role == "allocated" || role == "fund";
}
bool IsFlow(std::string_view role) {
  return role == "spent" || role == "balance" || role == "rate" ||
         role == "allocated_rate";
}

struct Member {
  std::string role;
  int fact;
};

// Whether a group of role facts is something to check: a rate or a balance
// with what it is computed from.
bool Checkable(const std::vector<Member>& g) {
  bool budget = false, spent = false, rate = false, balance = false,
       alloc_rate = false, allocated = false;
  for (const Member& m : g) {
    std::string_view r = m.role;
    if (r.ends_with(".part")) r.remove_suffix(5);
    budget = budget || IsBudget(r);
    allocated = allocated || r == "allocated";
    spent = spent || r == "spent";
    rate = rate || r == "rate";
    balance = balance || r == "balance";
    alloc_rate = alloc_rate || r == "allocated_rate";
  }
  return budget && ((spent && (rate || balance)) || (allocated && alloc_rate));
}

}  // namespace

void FindBudgets(Context* ctx) {
  const Extracted& out = *ctx->out();
  // Facts that are parts of a breakdown with a total are described by that
  // total; parts of a breakdown without one stand for its quantity
  // ("分两批下达资金，分别为60万元、40万元": two parts of what was allocated).
  std::set<int> parts;
  std::map<int, std::string> part_role;
  for (const Relation& r : out.relations) {
    // The parts of parallel statements are statements of their own.
    if (r.kind != "breakdown" || r.rule == "list.parallel") continue;
    bool has_total = false;
    for (const RelationMember& m : r.members) has_total |= m.role == "total";
    for (const RelationMember& m : r.members) {
      if (m.role != "part") continue;
      parts.insert(m.fact);
      if (!has_total && IsBudget(r.detail)) part_role[m.fact] = r.detail;
    }
  }
  const DocText& doc = ctx->doc();
  std::vector<Member> previous;  // the last group with a budget
  int previous_line = -2;
  for (size_t l = 0; l < doc.lines.size(); ++l) {
    if (doc.lines[l].table >= 0) continue;
    std::vector<std::vector<Member>> groups(1);
    bool flowed = false;
    for (int i : ctx->LineFacts(int(l))) {
      const Fact& f = ctx->fact(i);
      std::string role;
      if (auto it = part_role.find(i); it != part_role.end()) {
        role = it->second + ".part";
      } else if (!parts.count(i) && (f.kind == "amount" || f.kind == "percent")) {
        role = f.role;
      }
      if (role.empty() || !f.qualifier.empty()) continue;
      std::string_view base = role;
      if (base.ends_with(".part")) base.remove_suffix(5);
      // One project after another: a budget after a payment or a rate
      // starts the next statement.
      if (IsBudget(base) && flowed) {
        groups.emplace_back();
        flowed = false;
      }
      if (IsFlow(base)) flowed = true;
      groups.back().push_back({role, i});
    }
    for (std::vector<Member>& g : groups) {
      bool has_budget = false;
      for (const Member& m : g) {
        std::string_view r = m.role;
        if (r.ends_with(".part")) r.remove_suffix(5);
        has_budget = has_budget || IsBudget(r);
      }
      // "…补助资金28万元。" then "实际支出12.58万元，结余15.42万元": a group
      // without a budget takes the budgets of the statement before it, in
      // this paragraph or the one just before.
      std::string borrowed;
      if (!has_budget && !g.empty() && !previous.empty() &&
          (previous_line == int(l) || previous_line == int(l) - 1)) {
        std::vector<Member> with;
        for (const Member& m : previous) {
          std::string_view r = m.role;
          if (r.ends_with(".part")) r.remove_suffix(5);
          if (IsBudget(r)) with.push_back(m);
        }
        with.insert(with.end(), g.begin(), g.end());
        g = std::move(with);
        borrowed = "前句预算";
      }
      if (has_budget) {
        previous = g;
        previous_line = int(l);
      }
      if (!Checkable(g)) continue;
      Relation r;
      r.kind = "budget";
      r.rule = "budget.prose";
      r.evidence = borrowed;
      for (const Member& m : g) r.members.push_back({m.role, m.fact});
      // The statement's name: the first budget's label.
      for (const Member& m : g) {
        if (IsBudget(m.role)) {
          r.name = ctx->fact(m.fact).label;
          break;
        }
      }
      r.page_no = ctx->fact(g.back().fact).page_no;
      ctx->Add(std::move(r));
    }
  }
}

// 占X的P%: the nearest quantity before the rate over the quantity labelled
// X, in this sentence or the two before it.
void FindRatios(Context* ctx) {
  const std::vector<Sentence>& ss = ctx->sentences();
  for (size_t s = 0; s < ss.size(); ++s) {
    for (int rate : ss[s].facts) {
      const Fact& p = ctx->fact(rate);
      if (p.kind != "percent" || !p.qualifier.empty()) continue;
      size_t at = p.label.find("占");
      if (at == std::string::npos) continue;
      std::string of = p.label.substr(at + std::string("占").size());
      for (std::string_view w : {"到", "了"}) {
        if (of.starts_with(w)) of.erase(0, w.size());
      }
      if (of.ends_with("的")) of.erase(of.size() - std::string("的").size());
      if (of.empty()) continue;
      int num = -1;
      for (int i : ss[s].facts) {
        const Fact& f = ctx->fact(i);
        if (f.text_begin >= p.text_begin) break;
        if (Summable(f) && f.qualifier.empty()) num = i;
      }
      if (num < 0) continue;
      int den = -1;
      for (size_t back = 0; back < 3 && back <= s && den < 0; ++back) {
        const Sentence& scope = ss[s - back];
        if (back > 0 && scope.line != ss[s].line &&
            scope.line + 1 != ss[s].line) {
          break;
        }
        for (int i : scope.facts) {
          const Fact& f = ctx->fact(i);
          if (back == 0 && f.text_begin >= ctx->fact(num).text_begin) break;
          if (i == num || !f.qualifier.empty() ||
              !SameFamily(f, ctx->fact(num))) {
            continue;
          }
          if (f.label == of || f.label.ends_with(of)) den = i;
        }
      }
      if (den < 0) continue;
      Relation r;
      r.kind = "ratio";
      r.rule = "ratio.share";
      r.name = p.label;
      r.members = {{"numerator", num}, {"denominator", den}, {"rate", rate}};
      r.evidence = "占" + of + "的";
      ctx->Add(std::move(r));
    }
  }
}

void FindBounds(Context* ctx) {
  const Lexicon& lex = ctx->lex().Get("rate_bound");
  const std::vector<Fact>& facts = ctx->out()->facts;
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (f.kind != "percent" || f.qualifier == "<" || f.qualifier == "≤") {
      continue;
    }
    const LexEntry* e = lex.Find(f.label, "percent");
    if (!e || e->name == "free") continue;
    Relation r;
    r.kind = "bound";
    r.rule = "bound." + e->name;
    r.name = f.label;
    r.detail = e->name == "bounded" ? "100" : "100?";
    r.members.push_back({"value", int(i)});
    ctx->Add(std::move(r));
  }
}

}  // namespace tally::extract::rel
