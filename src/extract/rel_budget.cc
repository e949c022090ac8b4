// Budgets in prose (a budget, its payments, rate and balance), shares
// (占…的 P%) and the rates that cannot pass 100%. See relations.h.
#include <algorithm>
#include <cctype>
#include <climits>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "base/decimal.h"
#include "base/utf8.h"
#include "extract/relations.h"

namespace tally::extract::rel {

bool IsBudget(std::string_view role) {
  return role == "initial" || role == "adjust" || role == "full" ||
         role == "carry" || role == "allocated" || role == "fund";
}

namespace {

// A member's role without the mark of a part of it ("spent.part": one of
// the figures whose sum is a reading of spent).
std::string_view BareRole(std::string_view role) {
  if (role.ends_with(".part")) role.remove_suffix(5);
  return role;
}

constexpr size_t kMaxStatement = 16;
// A share's whole is looked for among at most this many figures of a
// sentence.
constexpr size_t kMaxShareScan = 64;

bool IsFlow(std::string_view role) {
  return role == "spent" || role == "withdrawn" || role == "balance" ||
         role == "rate" || role == "allocated_rate";
}

struct Member {
  std::string role;
  int fact;
};

// Whether a group of role facts is something to check: a rate or a balance
// with what it is computed from, or a budget with its adjustments and the
// budget they make. A balance is what a budget or an income leaves after
// payments and money taken back (收回, 核减).
bool Checkable(const std::vector<Member>& g) {
  bool budget = false, spent = false, rate = false, balance = false,
       alloc_rate = false, allocated = false, income = false, withdrawn = false,
       initial = false, adjust = false, full = false;
  for (const Member& m : g) {
    std::string_view r = BareRole(m.role);
    budget = budget || IsBudget(r);
    initial = initial || m.role == "initial";
    adjust = adjust || m.role == "adjust";
    full = full || m.role == "full";
    allocated = allocated || r == "allocated";
    spent = spent || r == "spent";
    rate = rate || r == "rate";
    balance = balance || r == "balance";
    alloc_rate = alloc_rate || r == "allocated_rate";
    income = income || r == "income";
    withdrawn = withdrawn || r == "withdrawn";
  }
  return (budget && ((spent && rate) || (allocated && alloc_rate))) ||
         ((budget || income) && (spent || withdrawn) && balance) ||
         (initial && adjust && full);
}

// "上年结转资金35.2万元，本年预算安排240万元，可用资金合计275.2万元，…": a
// budget figure named as a total (a sum word, lists.lex sum, right before
// it) after a carry-over and another budget figure is the full budget they
// make; the budget figure before it is the year's own, as a 年初预算 is,
// not a second full budget said in parallel.
void FundsTotal(const Context& ctx, std::vector<Member>* g) {
  const Lexicon& list = ctx.lex().Get("list");
  int own = -1;
  bool carry = false;
  for (size_t k = 0; k < g->size(); ++k) {
    const Member& m = (*g)[k];
    if (m.role == "carry") carry = true;
    if (m.role != "full") continue;
    if (carry && own >= 0) {
      // (The label leaves the sum word out: the words right before the
      // figure say it.)
      const Fact& f = ctx.fact(m.fact);
      const std::string said = Squeeze(ctx.Between(
          m.fact, f.text_begin > 12 ? f.text_begin - 12 : 0, f.text_begin));
      if (list.EndsWith(WithoutCopula(said), "sum")) {
        (*g)[size_t(own)].role = "initial";
        return;
      }
    }
    own = int(k);
  }
}

// "上年结转12.80万元，当年拨付45.00万元，全年支出50.36万元，结余结转下年
// 8.44万元": in an account with a carry-in and what is left, of two
// payments the first, right after the carry-in and named by a word that
// goes either way (lexicon either_way: 拨付), is what came in that year.
void PaidIn(const Context& ctx, std::vector<Member>* g) {
  const Lexicon& either = ctx.lex().Get("either_way");
  int carry = -1, balance = -1;
  std::vector<size_t> spent;
  for (size_t k = 0; k < g->size(); ++k) {
    const std::string& r = (*g)[k].role;
    if (r == "carry") carry = int(k);
    if (r == "balance") balance = int(k);
    if (r == "spent") spent.push_back(k);
  }
  if (carry < 0 || balance < 0 || spent.size() != 2 ||
      size_t(carry) + 1 != spent[0] || size_t(balance) < spent[1]) {
    return;
  }
  Member& m = (*g)[spent[0]];
  if (either.EndsWith(Squeeze(ctx.fact(m.fact).label), "paid")) {
    m.role = "allocated";
  }
}

// The total of the list fact a is a part of, when that total stands before
// a in a's own sentence ("完成126.05亿元（县本级98.88亿元，高新区27.17亿
// 元）"), else -1: a statement right after the list's last part may be the
// part's or the total's.
int TotalBefore(const Context& ctx, const std::map<int, int>& total_of, int a) {
  const auto t = total_of.find(a);
  if (t == total_of.end()) return -1;
  const Fact &ft = ctx.fact(t->second), &fa = ctx.fact(a);
  return ft.page_no == fa.page_no && ft.sentence == fa.sentence &&
                 ft.text_end <= fa.text_begin
             ? t->second
             : -1;
}

bool HasRole(const std::vector<Member>& g, std::string_view role) {
  for (const Member& m : g) {
    if (m.role == role) return true;
  }
  return false;
}

// The amount right before fact i in its sentence, if it has no accounts
// role, is exact and is no part of a list; else -1.
int PreviousAmount(const Context& ctx, int line, int i,
                   const std::set<int>& parts) {
  int s = ctx.SentenceOf(i);
  if (s < 0) return -1;
  int prev = -1;
  for (int j : ctx.sentences()[size_t(s)].facts) {
    if (j == i) break;
    prev = j;
  }
  if (prev < 0) return -1;
  const Fact& f = ctx.fact(prev);
  if (f.kind != "amount" || !f.role.empty() || !f.qualifier.empty() ||
      parts.count(prev)) {
    return -1;
  }
  (void)line;
  return prev;
}

// Whether the amount right before fact i in its sentence is a part of a
// list (part_of: a part's breakdown) whose items are clauses of their own
// (one part read, or parts set apart by ；), or that goes on after i.
// `lists` caches each breakdown's first and last part and whether ； sets
// its parts apart (a list of 10^5 parts each with its own rate is read
// once, not once per rate).
struct ListShape {
  int first = -1, last = -1;
  bool clauses = false;
};
bool AfterPart(const Context& ctx, int i, const std::map<int, int>& part_of,
               std::map<int, ListShape>* lists) {
  int s = ctx.SentenceOf(i);
  if (s < 0) return false;
  // The sentence's facts are in text order.
  const std::vector<int>& facts = ctx.sentences()[size_t(s)].facts;
  const uint32_t from = ctx.fact(i).text_begin;
  auto at = std::lower_bound(
      facts.begin(), facts.end(), from,
      [&](int f, uint32_t v) { return ctx.fact(f).text_begin < v; });
  int prev = -1;
  while (at != facts.begin()) {
    --at;
    if (ctx.fact(*at).kind == "amount") {
      prev = *at;
      break;
    }
  }
  auto it = prev < 0 ? part_of.end() : part_of.find(prev);
  if (it == part_of.end()) return false;
  auto [shape, fresh] = lists->emplace(it->second, ListShape());
  if (fresh) {
    const Relation& list = ctx.out()->relations[size_t(it->second)];
    ListShape& l = shape->second;
    for (const RelationMember& m : list.members) {
      if (m.role != "part") continue;
      if (l.first < 0) l.first = m.fact;
      l.last = m.fact;
    }
    // One part read (its list cut at the ； that ends its clause), or
    // parts set apart by ；: each part a clause, the rate in it the part's.
    const Fact &a = ctx.fact(l.first), &b = ctx.fact(l.last);
    l.clauses = l.first == l.last ||
                (b.text_begin > a.text_end &&
                 ctx.Between(l.first, a.text_end, b.text_begin).find("；") !=
                     std::string_view::npos);
  }
  const int last = shape->second.last;
  const bool clauses = shape->second.clauses;
  if (!clauses && ctx.fact(last).text_begin < ctx.fact(i).text_begin) {
    return false;  // the list ended before the rate: the whole's rate
  }
  // A part in a bracket that closes before the rate is an aside: "下达
  // 100万元（其中中央60万元），执行率95%" states the whole's rate.
  std::string_view between =
      ctx.Between(i, ctx.fact(prev).text_end, ctx.fact(i).text_begin);
  return between.find("）") == std::string_view::npos &&
         between.find(')') == std::string_view::npos;
}

// The role of the figure a rate says it is over, in the formula it states
// in brackets right after it ("资金执行率96.98%（支出数/到位数）", "（实际支出
// ÷到位资金）"): the words after the '/' or '÷', a 数 after them dropped,
// named by the role lexicon (到位 -> allocated); "" when it states none.
std::string StatedBase(const Context& ctx, const Lexicon& roles, int rate) {
  constexpr uint32_t kMaxFormulaBytes = 60;
  const Fact& f = ctx.fact(rate);
  std::string_view after =
      ctx.Between(rate, f.text_end, f.text_end + kMaxFormulaBytes);
  std::string_view close;
  if (after.starts_with("（")) {
    after.remove_prefix(std::string_view("（").size());
    close = "）";
  } else if (after.starts_with("(")) {
    after.remove_prefix(1);
    close = ")";
  } else {
    return "";
  }
  const size_t end = after.find(close);
  if (end == std::string_view::npos) return "";
  std::string_view formula = after.substr(0, end);
  size_t over = formula.rfind("÷");
  size_t len = std::string_view("÷").size();
  if (const size_t slash = formula.rfind('/');
      slash != std::string_view::npos &&
      (over == std::string_view::npos || slash > over)) {
    over = slash;
    len = 1;
  }
  if (over == std::string_view::npos) return "";
  std::string_view word = TrimSpace(formula.substr(over + len));
  if (word.ends_with("数")) word.remove_suffix(std::string_view("数").size());
  return word.empty() ? "" : roles.Name(word, "amount");
}

// Whether fact f's label names a subject before its role's word: two
// characters or more ("中央国有资本经营预算结转下年支出" names 中央国有资本
// 经营预算; "结余" names none, nor does a time word alone: 年末结转结余,
// account lexicon year_close).
bool NamesSubject(const Lexicon& roles, const Lexicon& account, const Fact& f) {
  size_t end = 0, len = 0;
  const LexEntry* e = roles.Find(f.label, f.kind, &end);
  const std::string_view named = std::string_view(f.label).substr(0, end);
  if (!e || !roles.EndsWith(named, e->name, &len)) return false;
  std::string subject = Squeeze(named.substr(0, named.size() - len));
  size_t when = 0;
  if (account.StartsWith(subject, "year_close", &when)) subject.erase(0, when);
  return CodePoints(subject) >= 2;
}

// Whether a statement names two budgets of one role ("优抚对象补助经费2035.6
// 万元，…，城乡义务教育补助经费5261万元，…": a list of funds side by side):
// a payment after them is of their sum, of some or of one of them, which
// the text does not say: such a statement is not checked, and nothing
// borrows from it.
// The same figure stated twice ("补助资金28万元。…下达…补助资金28万元") is
// one budget.
//
// An adjustment up and one down (年中调增312.40万元、调减48.00万元) are two
// moves of one budget, each its own role: only two the same way are
// parallel.
//
// A budget and, after the money carried over to it, the two together under
// a name of the budget's role ("全年预算数为2,318.36万元。…加上年结转资金
// 74.06万元，全年可用资金2,392.42万元") are one budget stated before and
// after the carry, not two side by side.
bool Parallel(const Context& ctx, const std::vector<Member>& g) {
  const Lexicon& way = ctx.lex().Get("change");
  Decimal carried;
  for (const Member& m : g) {
    if (m.role != "carry") continue;
    if (auto v = Decimal::Parse(ctx.fact(m.fact).base_value)) {
      carried = carried + *v;
    }
  }
  std::map<std::string, std::string_view> seen;  // role -> base value
  for (const Member& m : g) {
    if (!IsBudget(m.role)) continue;
    std::string role = m.role;
    if (role == "adjust") role += "." + way.Name(ctx.fact(m.fact).label);
    std::string_view v = ctx.fact(m.fact).base_value;
    auto [it, fresh] = seen.emplace(role, v);
    if (fresh || it->second == v) continue;
    const std::optional<Decimal> before = Decimal::Parse(it->second),
                                 after = Decimal::Parse(v);
    if (role == "full" && !carried.is_zero() && before && after &&
        *before + carried == *after) {
      continue;
    }
    return true;
  }
  return false;
}

// Whether the clause of fact i (back to the last ，；。 or the line start)
// opens with an item marker: ① .. ⑳, （N） (N), N、 N. or a lone number;
// or, after a colon or a semicolon, with a quoted name (the items of a
// whole: "…共213.37万元，整体预算执行率为90.29%：“校园文化经费”项目支出
// 20.67万元，预算执行率82.68%；“…”项目支出192.70万元…"); or right after
// a colon that ends a lead of words. *heading_led (if given) says whether
// the clause follows a lead that heads its line instead (二、执行情况：).
bool OpensItem(const Context& ctx, int line, int i,
               bool* heading_led = nullptr) {
  if (heading_led) *heading_led = false;
  const Fact& f = ctx.fact(i);
  const Line& l = ctx.doc().lines[size_t(line)];
  // The clause is looked for within a bounded reach back (every figure of
  // a statement asks), so a line of no stops costs each figure the same; a
  // clause longer than that opens no item.
  constexpr uint32_t kReach = 600;
  const bool cut_short = f.text_begin > l.begin + kReach;
  std::string_view head =
      ctx.Between(i, cut_short ? f.text_begin - kReach : l.begin, f.text_begin);
  if (cut_short && ClauseStart(head) == 0) return false;
  const size_t cut = ClauseStart(head);
  const std::string_view before = head.substr(0, cut);
  const bool after_colon = before.ends_with("：") || before.ends_with(":") ||
                           before.ends_with("；") || before.ends_with(";");
  std::string_view clause = head.substr(cut);
  // After a colon that ends a clause of words ("…同比增长26%。主要收入项目
  // 完成情况是：税收收入完成169975万元，完成预算98%…"): a lead that names
  // no figure announces items, each of its own.
  // (The lead may end the line before.)
  std::string_view ending = before;
  if (cut == 0 && line > 0 &&
      ctx.doc().lines[size_t(line - 1)].page == l.page) {
    const Line& prev = ctx.doc().lines[size_t(line - 1)];
    ending = TrimSpace(ctx.Between(i, prev.begin, prev.end));
  }
  if (ending.ends_with("：") || ending.ends_with(":")) {
    const std::string_view lead =
        ending.substr(0, ending.size() - (ending.ends_with(":") ? 1 : 3));
    const std::string_view words = lead.substr(ClauseStart(lead));
    // A lead that opens its line, past a section marker, is the heading of
    // what follows ("二、执行情况：全年支出436.20万元…"), not an announcement
    // of items.
    const bool heading =
        ending == before && !cut_short &&
        ClauseStart(WithoutOpeningMarker(TrimSpace(lead))) == 0;
    if (!words.empty() && !heading &&
        words.find_first_of("0123456789") == std::string_view::npos) {
      return true;
    }
    if (heading_led) *heading_led = heading;
  }
  size_t pos = 0;
  if (clause.empty()) return false;
  char32_t c = DecodeUtf8(clause, &pos);
  if (c >= U'①' && c <= U'⑳') return true;
  if ((c == U'“' || c == U'「' || c == U'《') && after_colon) return true;
  if (c == U'（' || c == '(')
    c = pos < clause.size() ? DecodeUtf8(clause, &pos) : 0;
  // A marker is a number of one or two digits closed by a mark or a space;
  // "2019年为…" opens with a year, not an item.
  int digits = 0;
  while (c >= '0' && c <= '9' && digits < 3) {
    ++digits;
    c = pos < clause.size() ? DecodeUtf8(clause, &pos) : 0;
  }
  if (digits == 0 || digits > 2) return false;
  return c == U'、' || c == '.' || c == U'．' || c == U'）' || c == ')' ||
         c == ' ' || c == 0;
}

// How many sentences, or paragraphs, before its cue an account's sides are
// looked for.
constexpr int kNetSentences = 4;
constexpr int kNetParagraphs = 2;
// How many sentences before a fund's period balance its income and
// spending are looked for (each in a section of its own: 收入情况, 支出情况).
constexpr int kFundSentences = 8;

// Whether the clause before fact i (ClauseBefore) ends in a word of
// `entry` of the account lexicon, past a closing 为/是/达 ("总收入为97.67
// 亿元", "收入总计1677万元").
bool ClauseNames(const Context& ctx, const Lexicon& words, int i,
                 std::string_view entry) {
  std::string_view before = ClauseBefore(ctx, i);
  for (std::string_view tail : {"预计为", "为", "是", "达到", "达"}) {
    if (before.ends_with(tail)) {
      before.remove_suffix(tail.size());
      break;
    }
  }
  return words.EndsWith(before, entry);
}

// "一般公共预算收入4.98亿元，为调整预算数的107.4%，加上上级补助收入…92.69
// 亿元，总收入为97.67亿元" (lexicon account, plus): a figure whose clause
// opens with 加上 is added to the figure before it, and a clause naming a
// side whole after them is their sum, every part named. 加上 may lead a
// list of what is added ("加上上级补助收入30.36亿元、上年结转3.42亿元、调
// 入资金12.94亿元，收入总计…"): the figures after it up to the total are
// added too, a breakdown of one of them in brackets aside.
//
// The clause of 加上 may name first what is added to ("本级收入加上上级补助
// 收入…", "一般公共预算支出加上上解上级支出…": the account's own income or
// spending, a word of its side, income_kind or spending_kind): that is the
// figure stated under that name (or the name it stands for: plus_alias)
// earlier in the paragraph, not whatever side figure opened a sentence last
// (民生支出 is a kind of spending, not the account's).
void AccountSums(Context* ctx) {
  const Lexicon& words = ctx->lex().Get("account");
  const Lexicon& list = ctx->lex().Get("list");
  const Lexicon& change = ctx->lex().Get("change");
  // The names a clause that adds to a named figure gives it ("本级收入加上"
  // -> 本级收入 and its alias), or none; *adds whether the clause adds.
  auto added_to = [&](int i, bool* adds) {
    std::vector<std::string> names;
    const std::string_view clause = ClauseBefore(*ctx, i);
    *adds = words.StartsWith(clause, "plus");
    if (*adds) return names;
    for (const std::string& w : words.Entry("plus")->words) {
      const size_t at = clause.find(w);
      if (at == std::string_view::npos || at == 0) continue;
      const std::string name = Squeeze(clause.substr(0, at));
      if (!words.EndsWith(name, "income_kind") &&
          !words.EndsWith(name, "spending_kind")) {
        continue;
      }
      *adds = true;
      names.push_back(name);
      for (const std::string& a : words.Entry("plus_alias")->words) {
        const size_t eq = a.find('=');
        if (a.compare(0, eq, name) == 0) names.push_back(a.substr(eq + 1));
      }
      break;
    }
    return names;
  };
  // The lists' parts, read once when first needed (the lists are all found
  // by now).
  std::optional<std::map<int, int>> total_of;
  const std::vector<Sentence>& ss = ctx->sentences();
  for (size_t s = 0; s < ss.size(); ++s) {
    const Sentence& sen = ss[s];
    for (size_t k = 1; k < sen.facts.size(); ++k) {
      const int total = sen.facts[k];
      const Fact& t = ctx->fact(total);
      if (t.kind != "amount" || !t.qualifier.empty() ||
          !(ClauseNames(*ctx, words, total, "income") ||
            ClauseNames(*ctx, words, total, "spending"))) {
        continue;
      }
      // The figures added, nearest first, then the one they are added to:
      // the first figure before the last 加上 whose clause does not open
      // with it.
      std::vector<int> parts;
      bool plus = false;
      size_t j = k;
      while (j > 0 && k - j < kMaxStatement) {
        const int i = sen.facts[--j];
        const Fact& f = ctx->fact(i);
        if (f.kind != "amount") continue;  // a rate or a count in between
        // "实际完成15.39亿元，比上年决算数14.94亿元增长3.0%，加上…": a figure
        // named by a comparison is the other year's, not an addend.
        if (ctx->OtherYear(i) || ComparedWith(change, f.label)) continue;
        if (!f.qualifier.empty() || !SameFamily(f, t)) break;
        const std::string_view to_next = ctx->Between(
            i, f.text_end,
            ctx->fact(parts.empty() ? total : parts.back()).text_begin);
        if (ClosesBracket(to_next)) continue;  // an added figure's breakdown
        // A figure added with no 加上 yet is an item of the list 加上 leads:
        // no clause of another rank (；) stands between it and the total.
        if (!plus && to_next.find("；") != std::string_view::npos) break;
        // A figure taken away ("…，减去市对区转移支付412.8亿元，预算总收
        // 入为1130亿元") makes the statement no sum of parts.
        if (words.StartsWith(ClauseBefore(*ctx, i), "minus")) {
          parts.clear();
          break;
        }
        parts.push_back(i);
        bool added;
        added_to(i, &added);
        if (!added && plus) {
          // "本年收入合计7051.83万元，由…和其他收入32.37万元构成；加上年初结
          // 转和结余…": what is added to is the list's whole, not its last
          // part.
          if (!total_of) total_of = TotalsOfParts(*ctx);
          if (auto w = total_of->find(i);
              w != total_of->end() && ctx->SentenceOf(w->second) == int(s) &&
              SameFamily(ctx->fact(w->second), t)) {
            parts.back() = w->second;
          }
          break;
        }
        plus = plus || added;
      }
      // "全区一般公共预算收入24.25亿元，…。其中：…。加上上级补助收入…，收
      // 入总计91.03亿元": a sentence that opens with 加上 adds to the
      // account's own income (or spending) its paragraph stated before the
      // breakdown: the nearest sentence of the paragraph that opens with a
      // figure of the total's side (lists.lex, side), and not with a list
      // word (其中：税收收入… is a part).
      // (Only when that first figure is itself added: "…收入84900万元，加上
      // 上级补助收入…" states the figure added to, in its own sentence.)
      bool adds = false;
      const std::vector<std::string> names =
          plus ? added_to(parts.back(), &adds) : std::vector<std::string>();
      if (adds && parts.back() == sen.facts[0] &&
          ctx->Between(parts.back(), sen.begin,
                       ctx->fact(parts.back()).text_begin)
              .starts_with(ClauseBefore(*ctx, parts.back()))) {
        const char* whole =
            ClauseNames(*ctx, words, total, "income") ? "income" : "spending";
        const LexEntry* side = ctx->lex().Get("side").Entry(whole);
        for (size_t p = s; side && p-- > 0 && ss[p].line == sen.line;) {
          if (ss[p].facts.empty()) continue;
          if (!names.empty()) {
            // The figure under the name the clause gives.
            int named = -1;
            for (int j : ss[p].facts) {
              const Fact& g = ctx->fact(j);
              if (g.kind == "amount" && g.qualifier.empty() &&
                  SameFamily(g, t) && !IsBudget(g.role) && g.role != "change" &&
                  !ctx->OtherYear(j) &&
                  std::any_of(names.begin(), names.end(),
                              [&](const std::string& n) {
                                return g.label.find(n) != std::string::npos;
                              })) {
                named = j;
              }
            }
            if (named < 0) continue;
            parts.push_back(named);
            break;
          }
          const int i = ss[p].facts[0];
          const Fact& f = ctx->fact(i);
          const std::string opening =
              Squeeze(ctx->Between(i, ss[p].begin, f.text_begin));
          if (list.StartsWith(opening, "open") ||
              list.StartsWith(opening, "whole")) {
            continue;
          }
          if (f.kind == "amount" && f.qualifier.empty() && SameFamily(f, t) &&
              (std::any_of(side->words.begin(), side->words.end(),
                           [&](const std::string& w) {
                             return f.label.find(w) != std::string::npos;
                           }) ||
               ClauseNames(*ctx, words, i, whole)) &&
              !words.StartsWith(ClauseBefore(*ctx, i), "plus")) {
            // The account adds what came in, not what was planned: past a
            // budget that opens the sentence to its outturn ("收入预算数为
            // 1376.82亿元，决算数为1326.38亿元，…。加上上年结转收入…").
            // (Not a part of a list the budget is broken into: 支出安排158.7
            // 亿元，其中：财力安排支出133.5亿元 adds the whole.)
            int added = i;
            if (IsBudget(f.role)) {
              if (!total_of) total_of = TotalsOfParts(*ctx);
              for (int j : ss[p].facts) {
                const Fact& g = ctx->fact(j);
                if (j != i && g.kind == "amount" && g.qualifier.empty() &&
                    SameFamily(g, t) && !IsBudget(g.role) &&
                    g.role != "change" && !ctx->OtherYear(j) &&
                    !total_of->count(j)) {
                  added = j;
                  break;
                }
              }
            }
            parts.push_back(added);
            break;
          }
        }
      }
      if (parts.size() < 2 || !plus) continue;
      bool open_plus;
      added_to(parts.back(), &open_plus);
      if (open_plus) continue;
      std::reverse(parts.begin(), parts.end());
      Relation r;
      r.kind = "breakdown";
      r.rule = "list.plus";
      r.name = t.label;
      r.complete = "yes";
      r.evidence = "加上";
      r.members.push_back({"total", total});
      AddMembers(&r, "part", parts);
      r.page_no = t.page_no;
      ctx->Add(std::move(r));
    }
  }
}

// "…总收入为97.67亿元。…总支出为96.77亿元。总收支相抵后，结转结余为0.90
// 亿元" (lexicon account): the figure right after the cue is the nearest
// whole income less the nearest whole spending before it. Returns the
// balances so read: no other statement's.
void RollForward(Context* ctx, const Lexicon& words, int in, int out,
                 int balance, std::set<int>* balances);

std::set<int> NetBalances(Context* ctx) {
  std::set<int> balances;
  const Lexicon& words = ctx->lex().Get("account");
  const LexEntry* net = words.Entry("net");
  if (!net) return balances;
  std::optional<std::map<int, int>> part_of;  // read when first needed
  for (const Sentence& sen : ctx->sentences()) {
    if (sen.facts.empty()) continue;
    const int first = sen.facts.front();
    const std::string_view text = ctx->Between(first, sen.begin, sen.end);
    size_t cue = std::string_view::npos;
    for (const std::string& w : net->words) {
      size_t at = text.find(w);
      if (at != std::string_view::npos) {
        cue = std::min(cue, at + w.size());
      }
    }
    // Without a cue, a sentence that opens with what is left (closing:
    // 结余3402.85万元。) right after the spending may still close the
    // account, where the income is its means (below).
    const bool closing =
        cue == std::string_view::npos &&
        ClauseNames(*ctx, words, first, "closing") &&
        Squeeze(ctx->Between(first, sen.begin, ctx->fact(first).text_begin)) ==
            Squeeze(ClauseBefore(*ctx, first));
    if (cue == std::string_view::npos && !closing) continue;
    // The balance: the first amount after the cue, in its clause or the
    // next ("收支相抵，年终结余218万元").
    int balance = closing ? first : -1;
    for (int i : sen.facts) {
      const Fact& f = ctx->fact(i);
      if (closing || f.text_begin < sen.begin + cue) continue;
      if (f.kind == "amount" && f.qualifier.empty()) balance = i;
      break;
    }
    if (balance < 0) continue;
    const Fact& b = ctx->fact(balance);
    if (b.kind != "amount" || !b.qualifier.empty()) continue;
    if (!closing) {
      const std::string_view gap =
          ctx->Between(balance, sen.begin + uint32_t(cue), b.text_begin);
      size_t commas = 0;
      for (size_t at = gap.find("，"); at != std::string_view::npos;
           at = gap.find("，", at + 1)) {
        ++commas;
      }
      if (commas > 1 || gap.find("；") != std::string_view::npos) continue;
    }
    int income = -1, spending = -1;
    bool own_sides = false;  // the paragraph's own income and spending
    // Against the account's means (available: 可用资金, 可用财力) the
    // spending is the account's own (means_spending: 一般公共预算支出), not
    // a whole that adds what went up to the level above: the nearest such
    // spending between the means and the balance.
    int means = -1, own = -1;
    // (The reach is in sentences, or in the paragraphs before the cue's:
    // each side may be told in a paragraph of its own, 收入情况, 支出情况,
    // and a table between is no prose.)
    const auto line_of = [&](int i) {
      const int at = ctx->SentenceOf(i);
      return at < 0 ? -1 : ctx->sentences()[size_t(at)].line;
    };
    int paragraphs = 0, last_line = line_of(balance);
    for (int i = balance - 1; i >= 0; --i) {
      const Fact& f = ctx->fact(i);
      if (!f.in_table && line_of(i) != last_line) {
        ++paragraphs;
        last_line = line_of(i);
      }
      if (f.page_no != b.page_no ||
          (f.sentence < b.sentence - kNetSentences &&
           paragraphs > kNetParagraphs) ||
          balance - i > int(kMaxShareScan)) {
        break;
      }
      if (f.kind != "amount" || f.in_table || !f.qualifier.empty() ||
          !SameFamily(f, b)) {
        continue;
      }
      if (income < 0 && ClauseNames(*ctx, words, i, "income")) income = i;
      if (spending < 0 && ClauseNames(*ctx, words, i, "spending")) {
        spending = i;
      }
      if (own < 0 && ClauseNames(*ctx, words, i, "means_spending")) own = i;
      if (own >= 0 && means < 0 && ClauseNames(*ctx, words, i, "available")) {
        means = i;
      }
      if (income >= 0 && spending >= 0) break;
    }
    // The cue's own paragraph may state its account's sides itself, named
    // by their kind ("社会保险基金预算收入65.17亿元，社会保险基金预算支出
    // 57.93亿元。收支相抵，本年收支结余7.24亿元"; an outturn verb may end
    // the name, 政府性基金预算收入完成…): the account is that paragraph's,
    // not one told in a paragraph before; read when no figure before the
    // balance but those two, the income's own detail (its list's parts,
    // last year's figure, its budget) and the rates is of another side (a
    // carry-over among them makes an account the text does not spell out).
    if (!closing) {
      if (!part_of) part_of = TotalsOfParts(*ctx);
      const int line = ctx->sentences()[size_t(ctx->SentenceOf(balance))].line;
      int line_in = -1, line_out = -1, figures = 0;
      for (int i : ctx->LineFacts(line)) {
        if (i >= balance) break;
        const Fact& f = ctx->fact(i);
        if (f.kind != "amount" || !SameFamily(f, b)) continue;
        std::string_view label = TrimSpace(f.label);
        if (size_t len = 0; words.EndsWith(label, "outturn", &len)) {
          label.remove_suffix(len);
        }
        const bool planned = IsBudget(f.role) && f.role != "carry";
        if (part_of->count(i) || ctx->OtherYear(i) || planned ||
            f.role == "change") {
          continue;
        }
        const bool in = words.EndsWith(label, "income_kind"),
                   out = words.EndsWith(label, "spending_kind");
        ++figures;
        if (!f.qualifier.empty()) continue;
        if (in) line_in = i;
        if (out) line_out = i;
      }
      auto on_line = [&](int i) {
        return i >= 0 && ctx->SentenceOf(i) >= 0 &&
               ctx->sentences()[size_t(ctx->SentenceOf(i))].line == line;
      };
      if (line_in >= 0 && line_out >= 0 && !on_line(income) &&
          !on_line(spending)) {
        if (figures != 2) continue;
        income = line_in;
        spending = line_out;
        own_sides = true;
      }
    }
    // A balance with no cue only right after the account's means and
    // spending (in the sentence after the spending's).
    if (closing || income < 0 || spending < 0) {
      if (means < 0 || (closing && ctx->fact(own).sentence + 1 < b.sentence)) {
        continue;
      }
      income = means;
      spending = own;
    }
    Relation r;
    r.kind = "budget";
    r.rule = "budget.net";
    r.name = closing ? "结余" : "收支相抵";
    r.evidence = closing ? "可用资金减本级支出后句首的结余" : "收支相抵";
    r.members = {{"income", income}, {"spent", spending}, {"balance", balance}};
    // "收支相抵后，年末结转和结余28.20万元（含年初结转和结余38.09万元）":
    // the carry-in the balance is said to hold, in its bracket, came in
    // beside the income.
    if (balance + 1 < int(ctx->out()->facts.size())) {
      const Fact& c = ctx->fact(balance + 1);
      const std::string_view gap =
          c.page_no == b.page_no
              ? ctx->Between(balance + 1, b.text_end, c.text_begin)
              : std::string_view();
      if (c.role == "carry" && c.qualifier.empty() && SameFamily(c, b) &&
          (gap.starts_with("（含") || gap.starts_with("(含"))) {
        r.members.push_back({"carry", balance + 1});
      }
    }
    r.page_no = b.page_no;
    ctx->Add(std::move(r));
    balances.insert(balance);
    // A fund's balances carried over the years beside it (年初滚存结余,
    // 年末滚存结余) move by it.
    if (own_sides)
      RollForward(ctx, words, income, spending, balance, &balances);
  }
  return balances;
}

// "基金收入14826.47万元，基金支出13721.11万元，当年结余1105.36万元。上年
// 末累计结余9642.18万元，2023年末累计结余10774.54万元": a fund's balance
// carried over the years (account, cumulative: 累计结余) at the period's
// end is the one at its start (cumulative_open: 上年末, 年初) plus the
// period's income less its spending: the identity of YearAccounts, read
// for the fund whose period balance `balance` is (of income `in` less
// spending `out`), its two cumulative figures within a few sentences after
// it, or the opening one before it. One of each only.
void RollForward(Context* ctx, const Lexicon& words, int in, int out,
                 int balance, std::set<int>* balances) {
  const std::vector<Fact>& facts = ctx->out()->facts;
  const Fact& b = facts[size_t(balance)];
  int open = -1, close = -1, opens = 0, closes = 0;
  auto window = [&](int i) {
    const Fact& f = facts[size_t(i)];
    return f.page_no == b.page_no && f.sentence >= facts[size_t(in)].sentence &&
           f.sentence <= b.sentence + kFundSentences &&
           std::abs(i - balance) <= int(kMaxShareScan);
  };
  // (From the opening of the income's sentence: "…基金年初累计结余
  // 124377.04万元，当年基金收入…，基金支出…，当期结余…，年末累计结余…".)
  int from = in;
  while (from > 0 && facts[size_t(from - 1)].page_no == b.page_no &&
         facts[size_t(from - 1)].sentence == facts[size_t(in)].sentence) {
    --from;
  }
  for (int i = from; i < int(facts.size()) && window(i); ++i) {
    const Fact& f = facts[size_t(i)];
    if (i == in || i == out || i == balance || f.kind != "amount" ||
        f.in_table || !f.qualifier.empty() || !SameFamily(f, b)) {
      continue;
    }
    // "年末滚存结余59,774.69万元（上年末：56,214.82万元）": the opening one
    // in brackets right after the closing one, named by its time alone.
    if (const Fact& c = facts[size_t(i - 1)];
        words.Has("cumulative_open", Squeeze(f.label)) &&
        words.Contains(c.label, "cumulative") &&
        words.Contains(c.label, "cumulative_close") &&
        IsOpenBracket(TrimSpace(ctx->Between(i, c.text_end, f.text_begin)))) {
      open = i;
      ++opens;
      continue;
    }
    if (!words.Contains(f.label, "cumulative")) continue;
    if (words.Contains(f.label, "cumulative_open")) {
      open = i;
      ++opens;
    } else if (i > balance && words.Contains(f.label, "cumulative_close")) {
      close = i;
      ++closes;
    }
  }
  if (opens != 1 || closes != 1 || balances->count(close)) return;
  Relation r;
  r.kind = "budget";
  r.rule = "budget.year_account";
  r.name = facts[size_t(close)].label;
  r.evidence = "年末累计结余 = 上年末累计结余 + 本年收入 − 本年支出";
  r.members = {
      {"carry", open}, {"income", in}, {"spent", out}, {"balance", close}};
  r.page_no = b.page_no;
  ctx->Add(std::move(r));
  balances->insert(close);
}

// "2023年一季度职工基本医疗保险基金收入4563万元，…。…基金支出3551万元，
// …。…基金当期结余1012万元": a fund's balance of the period (account,
// period_balance: 当期结余) is that period's income less its spending,
// each stated before it under the fund's own name (the label's words
// before the balance word, a leading date aside: 职工基本医疗保险基金收入,
// …基金支出). The nearest such pair within a few sentences is taken.
void FundBalances(Context* ctx, std::set<int>* balances) {
  const Lexicon& words = ctx->lex().Get("account");
  const LexEntry* period = words.Entry("period_balance");
  if (!period) return;
  const std::vector<Fact>& facts = ctx->out()->facts;
  const std::map<int, int> part_of = TotalsOfParts(*ctx);
  for (size_t k = 0; k < facts.size(); ++k) {
    const Fact& b = facts[k];
    if (b.kind != "amount" || b.in_table || !b.qualifier.empty() ||
        balances->count(int(k))) {
      continue;
    }
    std::string_view fund = TrimSpace(b.label);
    // A label of a balance word alone (balance_alone: 当年结余 reads 结余,
    // its date dropped) is the period's when the fund is named once, at its
    // income (below).
    bool ends = words.Has("balance_alone", fund);
    if (ends) fund = {};
    for (const std::string& w : period->words) {
      if (!ends && fund.ends_with(w)) {
        fund.remove_suffix(w.size());
        ends = true;
        break;
      }
    }
    if (!ends) continue;
    // The fund's name without the date before it (2023年一季度).
    for (std::string_view d : {"年", "月", "度"}) {
      const size_t at = fund.rfind(d);
      if (at != std::string_view::npos) fund.remove_prefix(at + d.size());
    }
    int in = -1, out = -1;
    // "医保基金收入5.62亿元，支出4.98亿元，当期结余0.64亿元": a sentence
    // names its fund once, at its income; a bare 支出 (or 基金支出) and
    // 当期结余 after it are that fund's. Before a 基金支出, which names its
    // fund, the income's own detail (the parts of its 其中 list, the year
    // it is compared with) is passed over; a bare 支出 after a 其中 list
    // may be its last item's.
    if (fund.empty()) {
      for (int i = int(k) - 1; i >= 0 && in < 0; --i) {
        const Fact& f = facts[size_t(i)];
        if (f.page_no != b.page_no || f.sentence != b.sentence) break;
        if (f.kind != "amount" || f.in_table || !f.qualifier.empty() ||
            !SameFamily(f, b)) {
          continue;
        }
        const std::string_view label = TrimSpace(f.label);
        if (out < 0 && (label == "支出" || label == "基金支出")) {
          out = i;
        } else if (out >= 0 && label.ends_with("基金收入")) {
          in = i;
        } else if (out >= 0 && facts[size_t(out)].label.ends_with("基金支出") &&
                   (ctx->OtherYear(i) || part_of.count(i))) {
          continue;
        } else {
          break;  // another figure between: not one run of the fund
        }
      }
      if (in < 0 || out < 0) continue;
      fund = "基金";
    } else if (fund.size() < 12) {
      continue;  // four Han characters: a fund's name
    }
    const std::string income = std::string(fund) + "收入";
    const std::string spent = std::string(fund) + "支出";
    for (int i = int(k) - 1; i >= 0 && (in < 0 || out < 0); --i) {
      const Fact& f = facts[size_t(i)];
      if (f.page_no != b.page_no || f.sentence < b.sentence - kFundSentences ||
          int(k) - i > int(kMaxShareScan)) {
        break;
      }
      if (f.kind != "amount" || f.in_table || !f.qualifier.empty() ||
          !SameFamily(f, b)) {
        continue;
      }
      const std::string_view label = TrimSpace(f.label);
      if (in < 0 && label.ends_with(income)) in = i;
      if (out < 0 && label.ends_with(spent)) out = i;
    }
    if (in < 0 || out < 0) continue;
    Relation r;
    r.kind = "budget";
    r.rule = "budget.fund_period";
    r.name = std::string(fund);
    r.evidence = "当期结余 = 收入 − 支出";
    r.members = {{"income", in}, {"spent", out}, {"balance", int(k)}};
    r.page_no = b.page_no;
    ctx->Add(std::move(r));
    balances->insert(int(k));
    RollForward(ctx, words, in, out, int(k), balances);
  }
}

// "年初债务余额28.79亿元，当年新增债券5.20亿元，偿还到期本金1.83亿元，截至
// 2020年末，全县政府债务余额31.90亿元": a stock stated at the year's start
// (account: year_open, then a stock noun: stock), one figure added to it
// (stock_in: 新增, 举借) and one taken off (stock_out: 偿还), then the same
// stock again (a name that ends in the start's, its time word dropped), in
// one sentence: the end is the start plus what was added less what was
// taken off (budget.year_account, as a fund's year is).
void StockFlows(Context* ctx, std::set<int>* balances) {
  const Lexicon& words = ctx->lex().Get("account");
  const LexEntry* opening = words.Entry("year_open");
  if (!opening || !words.Entry("stock") || !words.Entry("stock_in") ||
      !words.Entry("stock_out")) {
    return;
  }
  // (A flow's own breakdown, 新增…（其中新增债券…、再融资债券…）, is its
  // detail: no flow of its own.)
  const std::map<int, int> part_of = TotalsOfParts(*ctx);
  for (const Sentence& sen : ctx->sentences()) {
    int open = -1, in = -1, out = -1, close = -1, ins = 0, outs = 0;
    std::string stock;
    for (int i : sen.facts) {
      const Fact& f = ctx->fact(i);
      if (f.kind != "amount" || !Summable(f) || !f.qualifier.empty()) continue;
      if (auto t = part_of.find(i); t != part_of.end() && t->second < i) {
        continue;
      }
      const std::string label = Squeeze(f.label);
      if (open < 0) {
        size_t len = 0;
        if (words.StartsWith(label, "year_open", &len) &&
            words.EndsWith(label, "stock") && len < label.size()) {
          open = i;
          stock = label.substr(len);
        }
        continue;
      }
      if (!SameFamily(f, ctx->fact(open))) continue;
      if (words.Contains(label, "stock_out")) {
        out = i;
        ++outs;
      } else if (words.Contains(label, "stock_in")) {
        in = i;
        ++ins;
      } else if (label.ends_with(stock) && in >= 0 && out >= 0) {
        close = i;
        break;
      }
    }
    if (close < 0 || ins != 1 || outs != 1 || balances->count(close)) continue;
    Relation r;
    r.kind = "budget";
    r.rule = "budget.year_account";
    r.name = ctx->fact(close).label;
    r.evidence = "年末余额 = 年初余额 + 新增 − 偿还";
    r.members = {
        {"carry", open}, {"income", in}, {"spent", out}, {"balance", close}};
    r.page_no = ctx->fact(close).page_no;
    ctx->Add(std::move(r));
    balances->insert(close);
  }
}

// "年初全区政府债务余额1,197,654万元，加上本年新增债券152,590万元、再融资
// 债券46,530万元，减去偿还本金57,153万元，年末政府债务余额1,339,617万
// 元"; "当年收支结余10264万元，加上年初滚存结余116348万元，年末滚存结余
// 126612万元": a figure, then clauses that each open with a word that adds
// (lexicon account, plus: 加上) or takes away (minus: 减去), each with its
// figures (a list set apart by 、), then a figure named at the year's close
// (year_close: 年末) is that figure: the operators say the arithmetic, the
// names need not. Any other figure among them (a rate, an unsigned clause)
// makes it no such statement; a breakdown of an item in brackets is aside.
// Read as a breakdown (list.signed): the close the total, the first figure
// and what is added its parts, what is taken away part.against.
void SignedStatements(Context* ctx, const std::set<int>& balances) {
  const Lexicon& words = ctx->lex().Get("account");
  const std::map<int, int> part_of = TotalsOfParts(*ctx);
  for (const Sentence& sen : ctx->sentences()) {
    const std::vector<int>& sf = sen.facts;
    for (size_t k = 0; k + 2 < sf.size(); ++k) {
      const int first = sf[k];
      const Fact& f0 = ctx->fact(first);
      if (!Summable(f0) || !f0.qualifier.empty() || f0.kind != "amount" ||
          words.StartsWith(ClauseBefore(*ctx, first), "plus") ||
          words.StartsWith(ClauseBefore(*ctx, first), "minus") ||
          !words.StartsWith(ClauseBefore(*ctx, sf[k + 1]), "plus")) {
        continue;
      }
      std::vector<int> added = {first}, taken;
      int sign = 0, close = -1;
      size_t j = k + 1, last = k;
      for (; j < sf.size(); ++j) {
        const int i = sf[j];
        const Fact& f = ctx->fact(i);
        // (The breakdown of the figure just read, in brackets, is aside.)
        if (auto t = part_of.find(i);
            t != part_of.end() && t->second == sf[last]) {
          continue;
        }
        if (!Summable(f) || !f.qualifier.empty() || !SameFamily(f, f0)) break;
        // The words since the figure before, past its unit and the stop
        // or 、 after it: an operator opens them, or a 、 joins the figure
        // to the list before it (keeping that list's sign); anything else
        // is a clause of its own, which closes the statement.
        const Fact& prev = ctx->fact(sf[j - 1]);
        std::string_view gap = ctx->Between(i, prev.text_end, f.text_begin);
        size_t stop = std::string_view::npos, stop_len = 0;
        for (std::string_view p : {"，", "、", ",", "；"}) {
          if (const size_t at = gap.find(p); at < stop) {
            stop = at;
            stop_len = p.size();
          }
        }
        const bool listed = stop != std::string_view::npos &&
                            gap.substr(stop).starts_with("、");
        const std::string_view words_before =
            stop == std::string_view::npos
                ? std::string_view()
                : TrimSpace(gap.substr(stop + stop_len));
        if (stop != std::string_view::npos &&
            words.StartsWith(words_before, "plus")) {
          sign = 1;
        } else if (stop != std::string_view::npos &&
                   words.StartsWith(words_before, "minus")) {
          sign = -1;
        } else if (!listed || sign == 0) {
          if (words.StartsWith(Squeeze(f.label), "year_close")) close = i;
          break;
        }
        (sign > 0 ? added : taken).push_back(i);
        last = j;
      }
      if (close < 0 || balances.count(close) || added.size() < 2) continue;
      Relation r;
      r.kind = "breakdown";
      r.rule = "list.signed";
      r.name = ctx->fact(close).label;
      r.complete = "yes";
      r.evidence = taken.empty() ? "加上" : "加上…减去";
      r.members.push_back({"total", close});
      AddMembers(&r, "part", added);
      AddMembers(&r, "part.against", taken);
      r.page_no = ctx->fact(close).page_no;
      ctx->Add(std::move(r));
      k = j;
    }
  }
}

// How many facts back a year's account looks from its closing balance.
constexpr int kAccountReach = 80;

// "年初结转和结余486.32万元 … 本年收入合计5258.78万元 … 本年支出合计
// 5338.82万元 … 年末结转和结余406.28万元" (a 决算 report's year, told in
// items of its own): the closing balance is the opening one plus the
// year's income less its spending, all four of one scope (财政拨款, or
// none: the words between the time word and the balance noun, or before
// 收入/支出). Each is the nearest of its name before the closing balance,
// within kAccountReach facts; a year told otherwise (结余分配, 提取) is
// not read: any figure named so between them drops the account.
void YearAccounts(Context* ctx, std::set<int>* balances) {
  const Lexicon& words = ctx->lex().Get("account");
  const LexEntry* closing = words.Entry("year_close");
  const LexEntry* opening = words.Entry("year_open");
  const LexEntry* noun = words.Entry("carry_noun");
  const LexEntry* year = words.Entry("this_year");
  if (!closing || !opening || !noun || !year) return;
  // The scope of a label `time` + scope + noun, or nullopt.
  auto scope_of = [&](std::string_view label,
                      const LexEntry* time) -> std::optional<std::string_view> {
    label = TrimSpace(label);
    // (An opening balance added to the income: 加上年初结转和结余…, plus.)
    if (size_t len = 0; words.StartsWith(label, "plus", &len)) {
      label.remove_prefix(len);
    }
    for (const std::string& t : time->words) {
      if (!label.starts_with(t)) continue;
      std::string_view rest = label.substr(t.size());
      for (const std::string& n : noun->words) {
        if (rest.ends_with(n)) return rest.substr(0, rest.size() - n.size());
      }
    }
    return std::nullopt;
  };
  // Whether `label` names the year's side (收入 or 支出) of `scope`: scope
  // and the side, a year word before it (or `dated`, a year by its number
  // opening the clause) or a sum word after it (a bare 收入 is a kind of
  // income, not the year's); a scope of its own suffices. The report's own
  // unit may be named before the scope (部门收入合计: account, own_unit),
  // and the year's spending said to be what was actually spent (本年度实际
  // 支出: account, actual).
  auto names_side = [&](std::string_view label, std::string_view scope,
                        std::string_view side, bool dated) {
    label = TrimSpace(label);
    size_t len = 0;
    if (words.StartsWith(label, "this_year", &len)) {
      label.remove_prefix(len);
      dated = true;
    }
    if (words.StartsWith(label, "own_unit", &len)) label.remove_prefix(len);
    bool summed = false;
    for (std::string_view sum : {"合计", "总计"}) {
      if (label.ends_with(sum)) {
        label.remove_suffix(sum.size());
        summed = true;
      }
    }
    if (!label.starts_with(scope)) return false;
    label.remove_prefix(scope.size());
    if (words.StartsWith(label, "actual", &len)) label.remove_prefix(len);
    return label == side && (dated || summed || !scope.empty());
  };
  const std::vector<Fact>& facts = ctx->out()->facts;
  // Prose, or a table of names and values, a figure to a row (项目 | 金额:
  // 年初财政拨款结转和结余 | 55.78, 本年财政拨款收入 | 375.75, …): the
  // labels of a wider table's cells name their columns too.
  // (A table row's cells share a sentence number.)
  auto told = [&](size_t i) {
    const Fact& f = facts[i];
    auto same_row = [&](size_t j) {
      return facts[j].in_table && facts[j].page_no == f.page_no &&
             facts[j].sentence == f.sentence;
    };
    return !f.in_table || ((i == 0 || !same_row(i - 1)) &&
                           (i + 1 == facts.size() || !same_row(i + 1)));
  };
  // A row's name, for such a table's cell ("年初财政拨款结转和结余 金额").
  auto name_of = [](const Fact& f) {
    std::string_view l = f.label;
    return f.in_table ? l.substr(0, l.find(' ')) : l;
  };
  // A cell's column ("2024年" of "年末结转和结余 2024年"); "" for prose.
  auto column_of = [](const Fact& f) {
    std::string_view l = f.label;
    const size_t space = l.find(' ');
    return f.in_table && space != std::string_view::npos ? l.substr(space + 1)
                                                         : std::string_view();
  };
  // A table of the year's accounts by year (项目 | 2024年 | 2023年 | 增减率:
  // 本年收入合计, 本年支出合计, 年初结转和结余, 年末结转和结余) tells a year
  // in each column of money; a budget's column (年初预算数) plans a year,
  // and is not read.
  auto account_column = [&](size_t i) {
    const Fact& f = facts[i];
    const std::string_view col = column_of(f);
    return f.in_table && !told(i) && !col.empty() &&
           col.find("预算") == std::string_view::npos;
  };
  for (size_t k = 0; k < facts.size(); ++k) {
    const Fact& c = facts[k];
    const bool by_column = account_column(k);
    if (c.kind != "amount" || !(told(k) || by_column) || !c.qualifier.empty() ||
        balances->count(int(k))) {
      continue;
    }
    const std::optional<std::string_view> scope = scope_of(name_of(c), closing);
    if (!scope) continue;
    int open = -1, in = -1, out = -1, drawn = -1;
    bool other = false;
    for (int i = int(k) - 1; i >= 0 && int(k) - i <= kAccountReach; --i) {
      const Fact& f = facts[size_t(i)];
      if (f.page_no != c.page_no) break;
      const bool in_column =
          by_column ? account_column(size_t(i)) && column_of(f) == column_of(c)
                    : told(size_t(i));
      if (f.kind != "amount" || !in_column || !f.qualifier.empty() ||
          !SameFamily(f, c)) {
        continue;
      }
      if (words.Contains(f.label, "distribution")) other = true;
      if (drawn < 0 && words.Contains(f.label, "drawn")) {
        drawn = i;
        continue;
      }
      if (open < 0 && scope_of(name_of(f), opening) == scope) open = i;
      // A 总计 is the year's grand total, which holds the opening balance
      // (收入总计, "本年收入合计8125.03万元…。加上年初结转和结余717.59万元，
      // 收入总计8842.62万元"; "收入总计2086.21万元（含年初结转和结余96.58万
      // 元）") or the closing one (支出总计): never the year's income or
      // spending. (The label may have dropped the sum word: its clause
      // keeps it.)
      if (Squeeze(name_of(f)).ends_with("总计") ||
          Squeeze(ClauseBefore(*ctx, i)).ends_with("总计")) {
        continue;
      }
      // (The label keeps neither a date nor a sum word: "2023年度收入合计"
      // reads 收入, "本年度实际支出" 实际支出, which its clause still says.)
      auto names = [&](std::string_view side) {
        if (names_side(name_of(f), *scope, side, false)) return true;
        const std::string_view before = ClauseBefore(*ctx, i);
        const std::string_view clause = WithoutLeadingYear(before);
        return names_side(clause, *scope, side, clause.size() < before.size());
      };
      if (in < 0 && names("收入")) in = i;
      if (out < 0 && names("支出")) out = i;
      if (scope_of(name_of(f), closing) == scope) break;  // an earlier year's
    }
    if (open < 0 || in < 0 || out < 0 || other) continue;
    Relation r;
    r.kind = "budget";
    r.rule = "budget.year_account";
    r.name = c.label;
    r.evidence = "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出";
    r.members = {
        {"carry", open}, {"income", in}, {"spent", out}, {"balance", int(k)}};
    // (Drawn further back than the opening balance, it is of another
    // statement.)
    if (drawn > open) r.members.push_back({"drawn", drawn});
    r.page_no = c.page_no;
    ctx->Add(std::move(r));
    balances->insert(int(k));
  }
}

}  // namespace

// Whether a percentage's label is a share of a total: "占" then a whole
// named by a word for all of something (share_whole, whole: 总数, 总额,
// 合计…; 占项目支出总额的), not a budget.
bool ShareOfTotal(const Lexicon& whole, std::string_view label) {
  const size_t at = label.rfind("占");
  if (at == std::string_view::npos) return false;
  std::string of(label.substr(at + std::string_view("占").size()));
  // The 预算 of an account's name (占一般公共预算项目支出总额: lexicon
  // share_whole, account) makes no share one of a budget.
  if (const LexEntry* account = whole.Entry("account")) {
    for (const std::string& name : account->words) {
      for (size_t k = of.find(name); k != std::string::npos;
           k = of.find(name)) {
        of.erase(k, name.size());
      }
    }
  }
  return !of.empty() && of.find("预算") == std::string::npos &&
         of.find("计划") == std::string::npos && whole.Contains(of, "whole");
}

// The facts between two statements: after `before`'s last and before
// `after`'s first (-1 and INT_MAX for an empty statement).
std::pair<int, int> Gap(const std::vector<Member>& before,
                        const std::vector<Member>& after) {
  int from = -1, to = INT_MAX;
  for (const Member& m : before) from = std::max(from, m.fact);
  for (const Member& m : after) to = std::min(to, m.fact);
  return {from, to};
}

// Whether a ； stands between the statement `before` and `after`, both on
// one line.
bool SemicolonBetween(const Context& ctx, const std::vector<Member>& before,
                      const std::vector<Member>& after) {
  const auto [from, to] = Gap(before, after);
  if (from < 0 || to == INT_MAX || to <= from) return false;
  const Fact &a = ctx.fact(from), &b = ctx.fact(to);
  if (b.text_begin < a.text_end) return false;
  std::string_view between = ctx.Between(to, a.text_end, b.text_begin);
  return between.find("；") != std::string_view::npos ||
         between.find(";") != std::string_view::npos;
}

// Whether the statements `before` and `after` open sentences of different
// years (OpeningYear, of each one's first figure).
bool OtherYearThan(const Context& ctx, const std::vector<Member>& before,
                   const std::vector<Member>& after) {
  if (before.empty() || after.empty()) return false;
  const int a = OpeningYear(ctx, before.front().fact);
  const int b = OpeningYear(ctx, after.front().fact);
  return a != 0 && b != 0 && a != b;
}

// How many figures OtherMoneyBetween reads between two statements.
constexpr int kMaxFactsBetween = 200;

// Whether an amount stands between the statement `before` and `after`
// (facts in text order) that is neither's member, a part of a breakdown, a
// statement's role of its own or `before`'s figure restated ("经费预算
// 14856.17万元…" then "14856.17万元资金全部拨付到位"): money the text speaks
// of in between.
bool OtherMoneyBetween(const Context& ctx, const std::vector<Member>& before,
                       const std::vector<Member>& after,
                       const std::set<int>& parts) {
  const auto [from, to] = Gap(before, after);
  if (from < 0 || to == INT_MAX) return false;  // no statement before
  std::set<std::string> restated;
  for (const Member& m : before) restated.insert(ctx.fact(m.fact).base_value);
  // So many figures between that the text has surely moved on: said so
  // without reading them all (a statement far back is no nearer for it).
  if (to - from > kMaxFactsBetween) return true;
  // An amount per unit (亩均投资2,965元, 人均补助94元) is a standard or an
  // average of the money about, no money of its own.
  // Nor is a policy's award to each of a class of recipients ("对首次认定
  // 的高新技术企业一次性奖励20万元": a clause opening with 对 that names a
  // one-off grant, lexicon rate_base, award).
  const Lexicon& per_head = ctx.lex().Get("per_head");
  const Lexicon& base = ctx.lex().Get("rate_base");
  for (int i = from + 1; i < to; ++i) {
    const Fact& f = ctx.fact(i);
    if (f.kind == "amount" && f.role.empty() && !parts.count(i) &&
        f.qualifier.empty() && !restated.count(f.base_value) &&
        !NamesPerUnit(per_head, f.label) &&
        !(f.label.starts_with("对") && base.Contains(f.label, "award"))) {
      return true;
    }
  }
  return false;
}

void FindBudgets(Context* ctx) {
  // The tables' payments by value: (line, fact) in line order, read when
  // a statement first looks for the row it restates (a look over every
  // line for each statement was quadratic in a long report).
  std::optional<
      std::unordered_map<std::string, std::vector<std::pair<int, int>>>>
      spent_cells;
  auto SpentCells = [&]() -> const auto& {
    if (!spent_cells) {
      spent_cells.emplace();
      for (size_t ln = 0; ln < ctx->doc().lines.size(); ++ln) {
        for (int j : ctx->LineFacts(int(ln))) {
          const Fact& f = ctx->fact(j);
          if (f.in_table && f.role == "spent") {
            (*spent_cells)[f.base_value].push_back({int(ln), j});
          }
        }
      }
    }
    return *spent_cells;
  };
  AccountSums(ctx);
  const Lexicon& roles = ctx->lex().Get("role");
  const Lexicon& account_words = ctx->lex().Get("account");
  const Lexicon& side = ctx->lex().Get("side");
  const Lexicon& way = ctx->lex().Get("change");
  const Lexicon& years = ctx->lex().Get("year_pair");
  const Extracted& out = *ctx->out();
  std::set<int> net = NetBalances(ctx);
  FundBalances(ctx, &net);
  YearAccounts(ctx, &net);
  StockFlows(ctx, &net);
  SignedStatements(ctx, net);
  // Facts that are parts of a breakdown with a total are described by that
  // total; parts of a breakdown without one stand for its quantity
  // ("分两批下达资金，分别为60万元、40万元": two parts of what was allocated).
  std::set<int> parts;
  std::map<int, std::string> part_role;
  std::map<int, int> part_of;                // a part -> its breakdown
  std::map<int, std::vector<int>> parts_of;  // a total -> its parts
  std::map<int, ListShape> lists;            // see AfterPart
  // A numbered item on a line of its own that states its budget and what
  // was paid of it ("1.社会保障和就业支出年初预算数为92.49万元，支出决算为
  // 92.49万元，完成年初预算的100.0%") is a statement of its own: its figure
  // keeps its role, though the item is a part of the total above.
  std::set<int> items;  // the outline items' figures
  for (const Relation& r : out.relations) {
    if (r.kind != "breakdown" || r.rule != "list.outline") continue;
    for (const RelationMember& m : r.members) {
      if (m.role == "part") items.insert(m.fact);
    }
  }
  auto own_statement = [&](int i) {
    const int s = ctx->SentenceOf(i);
    if (!items.count(i) || s < 0 || !IsBudget(ctx->fact(i).role)) return false;
    bool after = false;
    for (int j : ctx->LineFacts(ctx->sentences()[size_t(s)].line)) {
      if (after && ctx->fact(j).role == "spent" &&
          SameFamily(ctx->fact(j), ctx->fact(i))) {
        return true;
      }
      after = after || j == i;
    }
    return false;
  };
  for (size_t k = 0; k < out.relations.size(); ++k) {
    const Relation& r = out.relations[k];
    // The parts of parallel statements are statements of their own.
    if (r.kind != "breakdown" || r.rule == "list.parallel") continue;
    // A budget and the carry added to it (调整后预算27,466.35万元，加上年结
    // 转270.86万元，全年可用资金27,737.21万元) are the statement's own
    // figures, the sum the money available: the budget's steps before it
    // add up to the budget, not to the sum (see Parallel).
    if (r.rule == "list.plus" &&
        std::any_of(r.members.begin(), r.members.end(),
                    [&](const RelationMember& m) {
                      return m.role == "part" &&
                             out.facts[size_t(m.fact)].role == "carry";
                    }) &&
        std::all_of(r.members.begin(), r.members.end(),
                    [&](const RelationMember& m) {
                      const std::string& role = out.facts[size_t(m.fact)].role;
                      return role == "full" || role == "carry";
                    })) {
      continue;
    }
    bool has_total = false;
    for (const RelationMember& m : r.members) has_total |= m.role == "total";
    for (const RelationMember& m : r.members) {
      if (m.role != "part" || own_statement(m.fact)) continue;
      parts.insert(m.fact);
      part_of.emplace(m.fact, int(k));
      if (!has_total && IsBudget(r.detail)) part_role[m.fact] = r.detail;
      if (has_total) parts_of[r.members.front().fact].push_back(m.fact);
    }
  }
  // "预算资金50万元，其中财政资金30万元，自筹资金20万元。…财政资金支出28.5
  // 万元，执行率95%": a payment named by one of its budget's parts is of
  // that part, which is one more reading of the budget ("named_part"); so
  // is money allocated so named (财政奖补资金到位480.00万元，到位率100%).
  auto named_parts = [&](const std::vector<Member>& g) {
    std::vector<Member> out_parts;
    for (const Member& b : g) {
      auto it = parts_of.find(b.fact);
      // A budget names a few parts; a list of hundreds is no statement's.
      if (!IsBudget(b.role) || it == parts_of.end() ||
          it->second.size() > kMaxStatement) {
        continue;
      }
      for (int p : it->second) {
        const std::string name = Squeeze(ctx->fact(p).label);
        if (name.size() < 6) continue;
        for (const Member& m : g) {
          if ((m.role == "spent" || m.role == "allocated") &&
              Squeeze(ctx->fact(m.fact).label).find(name) !=
                  std::string::npos) {
            out_parts.push_back({"named_part", p});
            break;
          }
        }
      }
    }
    return out_parts;
  };
  const DocText& doc = ctx->doc();
  // The figures of the whole investment (roles.lex investment), in text
  // order.
  const Lexicon& invest = ctx->lex().Get("investment");
  const Lexicon& base = ctx->lex().Get("rate_base");
  std::vector<int> investments;
  for (size_t i = 0; i < out.facts.size(); ++i) {
    const Fact& f = out.facts[i];
    if (f.kind == "amount" && f.qualifier.empty() && !f.in_table &&
        invest.EndsWith(f.label, "whole")) {
      investments.push_back(int(i));
    }
  }
  std::vector<Member> previous;  // the last group with a budget
  // Budgets of previous's roles restated later on its line with another
  // figure ("截至12月31日，资金到位8084.06万元…；截至4月10日，资金到位
  // 8525.06万元…"): a statement that borrows may be of either figure, so
  // it carries them as other readings (role "<role>.alt").
  std::vector<Member> previous_alts;
  int previous_line = -2;
  // Whether `previous` stood on a line that opens an item of a numbered
  // list (1. （1）: below the outline's sections).
  bool previous_item = false;
  auto opens_list_item = [&](int line) {
    const Line& ln = ctx->doc().lines[size_t(line)];
    const std::vector<ItemMarker> m = InlineItemMarkers(
        TrimSpace(ctx->PageText(line).substr(ln.begin, ln.end - ln.begin)));
    return !m.empty() && m[0].at == 0 && m[0].level >= 3;
  };
  std::set<std::string> budget_values;  // every budget figure so far
  // A statement is a line of prose, or a run of a table's two-cell rows
  // with one figure each (a form of name and value: "计划安排资金（万元） |
  // 1208.75", "实际支出（万元） | 991.51", "结余（万元） | 217.24"), which
  // says in rows what a sentence says in clauses.
  // A row's cells without the empty ones that close it (a web table's
  // unused columns: "实际支出（万元） | 1020.02 | ||||||").
  auto filled = [&](const Line& line) {
    size_t n = line.cells.size();
    while (n > 0 && Squeeze(line.cells[n - 1].text).empty()) --n;
    return n;
  };
  auto key_value = [&](size_t l) {
    const Line& line = doc.lines[l];
    return line.table >= 0 && filled(line) == 2 &&
           ctx->LineFacts(int(l)).size() == 1;
  };
  // A row of names and values in turn ("计划安排资金（万元）| 1208.75 |
  // 实际到位资金（万元）| 1208.75 | 实际支出（万元）| 991.51 | 结余（万元）|
  // 217.24") is such a form laid out across: one statement in one row.
  auto pairs = [&](size_t l) {
    const Line& line = doc.lines[l];
    const size_t n = filled(line);
    if (line.table < 0 || n < 4 || n % 2) return false;
    for (size_t c = 0; c < n; c += 2) {
      if (!ctx->CellFacts(int(l), int(c)).empty() ||
          ctx->CellFacts(int(l), int(c + 1)).size() != 1) {
        return false;
      }
    }
    return true;
  };
  // Cells that are sentences of figures ("本年度财政拨款为150万元：执行数为
  // 125.25万元，完成预算的83.50%。", a form's 实际完成情况 cell) are prose
  // that happens to sit in a table: their figures, in order.
  auto prose_cells = [&](size_t l, std::vector<int>* out) {
    const Line& line = doc.lines[l];
    out->clear();
    for (size_t c = 0; c < line.cells.size(); ++c) {
      std::string_view text = line.cells[c].text;
      const std::vector<int>& in = ctx->CellFacts(int(l), int(c));
      if (in.size() >= 2 && (text.find("，") != std::string_view::npos ||
                             text.find("。") != std::string_view::npos ||
                             text.find("；") != std::string_view::npos)) {
        out->insert(out->end(), in.begin(), in.end());
      }
    }
    return !out->empty();
  };
  std::vector<int> run;
  for (size_t l = 0; l < doc.lines.size(); ++l) {
    const std::vector<int>* facts = &ctx->LineFacts(int(l));
    if (doc.lines[l].table >= 0 && !pairs(l)) {
      if (prose_cells(l, &run)) {
        facts = &run;
      } else if (!key_value(l)) {
        continue;
      } else {
        run.clear();
        size_t last = l;
        for (; last < doc.lines.size() && key_value(last) &&
               doc.lines[last].table == doc.lines[l].table;
             ++last) {
          run.push_back(ctx->LineFacts(int(last)).front());
        }
        if (run.size() < 2) continue;
        facts = &run;
        l = last - 1;  // the run is one statement, told by its last line
      }
    }
    // A rate glued to the figure after it, nothing between ("资金足额拨付
    // 率100%100%10%10": a flattened indicator row's target, then its actual,
    // weight and score), is a table's cell, not a rate a statement states.
    std::set<int> glued;
    for (size_t k = 0; k + 1 < facts->size(); ++k) {
      const Fact& a = ctx->fact((*facts)[k]);
      if (a.kind == "percent" && !a.in_table &&
          a.text_end == ctx->fact((*facts)[k + 1]).text_begin) {
        glued.insert((*facts)[k]);
      }
    }
    std::vector<std::vector<Member>> groups(1);
    bool flowed = false, closed = false;
    int last_sentence = -1;  // of the group's last figure (no change)
    for (int i : *facts) {
      const Fact& f = ctx->fact(i);
      std::string role;
      if (auto it = part_role.find(i); it != part_role.end()) {
        role = it->second + ".part";
      } else if (!parts.count(i) && !net.count(i) && !glued.count(i) &&
                 (f.kind == "amount" || f.kind == "percent")) {
        role = f.role;
      }
      // A rate right after a part of a list is that part's ("其中：因公出国
      // （境）费支出决算为0万元，完成预算的0%；…"), over its own budget,
      // which the text does not print: no rate of the statement's.
      if (role == "rate" && AfterPart(*ctx, i, part_of, &lists)) {
        continue;
      }
      // "…研究等共计200万元，预算执行率为100%": a rate whose statement names
      // no payment is of the amount it follows in its own sentence.
      if (role == "rate" && (closed || !HasRole(groups.back(), "spent"))) {
        int prev = PreviousAmount(*ctx, int(l), i, parts);
        if (prev >= 0) {
          // A payment after a rate starts the next statement, and so does
          // one after other money (see OtherMoneyBetween).
          if (closed ||
              OtherMoneyBetween(*ctx, groups.back(), {{"spent", prev}},
                                parts) ||
              (!groups.back().empty() && OpensItem(*ctx, int(l), prev))) {
            groups.emplace_back();
            flowed = closed = false;
            last_sentence = -1;
          }
          groups.back().push_back({"spent", prev});
          last_sentence = std::max(last_sentence, ctx->fact(prev).sentence);
        }
      }
      if (role.empty() || !f.qualifier.empty()) continue;
      const std::string_view base = BareRole(role);
      // One project after another: a budget after a payment or a rate
      // starts the next statement, and so does a payment after a rate or a
      // balance (a rate closes its statement: "①…支付21万元，执行率30.88%；
      // ②…").
      // A closed statement takes nothing from past the sentence after its
      // last figure ("…执行率97.26%。" then other topics, then "另外，2022年
      // 度结转的…资金40.00万元": other money).
      const bool far =
          closed && last_sentence >= 0 && f.sentence > last_sentence + 1;
      // An item (OpensItem) speaks of its own money: it starts a statement.
      const bool item = !groups.back().empty() && OpensItem(*ctx, int(l), i);
      // A balance in a sentence of its own after a closed statement is that
      // statement's when it names nothing else ("…执行率95%。结余5万元");
      // one that names a subject before its word ("…完成预算的100%。中央国
      // 有资本经营预算结转下年支出6.7亿元") is that subject's.
      const bool own_balance =
          base == "balance" && closed && last_sentence >= 0 &&
          f.sentence > last_sentence &&
          NamesSubject(roles, ctx->lex().Get("account"), f);
      // So does a budget of the other side of the account than the
      // statement's budgets (lists.lex, side: "全年预算安排收入为1449.54万
      // 元。…批复支出预算1824.15万元，实际执行…"): an income and a spending
      // are two statements.
      // (The group's first budget speaks for its side: a group of 10^5
      // budgets is read once.)
      bool other_side = false;
      if (IsBudget(base) && f.kind == "amount") {
        const std::string mine = side.Name(Squeeze(f.label));
        for (const Member& m : groups.back()) {
          std::string_view r = BareRole(m.role);
          const Fact& g = ctx->fact(m.fact);
          if (IsBudget(r) && g.kind == "amount") {
            const std::string theirs = side.Name(Squeeze(g.label));
            other_side = !mine.empty() && !theirs.empty() && theirs != mine;
            break;
          }
        }
      }
      if ((IsBudget(base) && flowed) || (base == "spent" && closed) || far ||
          item || own_balance || other_side) {
        groups.emplace_back();
        flowed = closed = false;
        last_sentence = -1;
      }
      // (A change said on the way, 较上年增长…, is no figure of the
      // statement's accounts: it does not carry the statement on.)
      if (base != "change") last_sentence = std::max(last_sentence, f.sentence);
      // A rate that opens its sentence, ahead of the figures it is of in
      // the clauses right after it ("资金到位率为93.75%，该项目计划投资
      // 2,400万元，实际到位资金2,160万元"), opens the statement rather than
      // closing it. A clause between ("执行率95%，较上年提高3个百分点，…")
      // leaves the rate to what came before.
      bool leads = false;
      if (const int s = ctx->SentenceOf(i);
          groups.back().empty() && s >= 0 &&
          (base == "rate" || base == "allocated_rate")) {
        const std::vector<int>& in = ctx->sentences()[size_t(s)].facts;
        if (in.size() >= 3 && in[0] == i) {
          const std::string_view gap =
              ctx->Between(i, f.text_end, ctx->fact(in[1]).text_begin);
          size_t stops = 0;
          for (size_t pos = 0; pos < gap.size();) {
            stops += IsClauseStop(DecodeUtf8(gap, &pos));
          }
          leads = stops == 1;
        }
      }
      if (IsFlow(base) && !leads) flowed = true;
      if ((base == "rate" || base == "balance" || base == "allocated_rate") &&
          !leads) {
        closed = true;
      }
      groups.back().push_back({role, i});
    }
    for (std::vector<Member>& g : groups) {
      PaidIn(*ctx, &g);
      FundsTotal(*ctx, &g);
      bool has_budget = false, has_income = false;
      for (const Member& m : g) {
        std::string_view r = BareRole(m.role);
        has_budget = has_budget || IsBudget(r);
        has_income = has_income || r == "income";
      }
      // "…补助资金28万元。" then "实际支出12.58万元，结余15.42万元": a group
      // without a budget takes the budgets of the statement before it, in
      // this paragraph or the one just before ("前句预算"). Further back, a
      // rate in a later section ("（三）绩效分析…共计200万元，预算执行率为
      // 100%") refers to the budget stated earlier; that is unambiguous
      // only when the report states one budget figure ("前文唯一预算"),
      // otherwise it is a weaker reading ("前文预算").
      // An item of a list ("①…", "（2）…", "3、…") speaks of its own item,
      // whose budget is not the whole's: it borrows none; and a statement
      // after a list's items that opens none speaks of the whole again
      // ("5.…项目，债券资金4,500万元…。全年累计支出债券资金27,218.75万元，
      // 支出进度91.96%"): it borrows no item's budget.
      // Nor does a statement after other money: an amount between the two
      // that is none of the statements' own ("积极争取省预算内投资1000万元。
      // 信贷需求18.97亿元…项目支出费用20.42万元，支付率68.07%": the text
      // has moved on to other money, and whose budget the rate is over
      // cannot be told).
      // Nor does a clause after a ； that follows a statement closed by its
      // own rate ("…补助已划拨，资金使用率100%；薅草锣鼓项目资金使用334896
      // 元，资金使用率83.72%"): the clauses are items side by side, each
      // over its own money.
      // Nor does a statement of another year: sentences that open with
      // different years ("2023年中央下达…预算资金1465万元。" then "2024年结转
      // …资金合计680.315万元，全年预算执行数合计233.64万元。预算执行率
      // 34.3%") speak of different years' money (OpeningYear).
      std::string borrowed;
      // Further back than the sentence before, an income (财政拨款收入: the
      // side lexicon's) is what a unit received, not the budget a payment's
      // rate is over ("…支出决算数为1264.92万元，完成预算59.7%" in a 决算
      // explanation is over that line's own budget, not printed).
      bool income_only = true;
      for (const Member& m : previous) {
        std::string_view r = BareRole(m.role);
        if (IsBudget(r) &&
            side.Name(Squeeze(ctx->fact(m.fact).label)) != "income") {
          income_only = false;
        }
      }
      const bool near = previous_line >= int(l) - 1;
      // A statement under a heading of its own (三、资金使用：…) borrows a
      // budget, not a statement of money allocated or arrived (二、资金到
      // 位：…到位率100%), which its section has left.
      bool heading_led = false;
      const bool item =
          !g.empty() && OpensItem(*ctx, int(l), g.front().fact, &heading_led);
      bool planned = false;
      for (const Member& m : previous) {
        planned = planned || m.role == "full" || m.role == "initial";
      }
      const std::vector<Member> own = g;  // before any budget is borrowed
      // Nor does a spending borrow an income's figure ("…收入累计完成8736
      // 万元，…。一般公共预算支出累计完成32664万元，完成年初预算的23.47%"):
      // the two sides of an account (lists.lex, side) are two quantities.
      auto side_of = [&](const std::vector<Member>& ms, bool budgets) {
        std::string named;
        for (const Member& m : ms) {
          std::string_view r = BareRole(m.role);
          if (budgets != IsBudget(r) || ctx->fact(m.fact).kind != "amount") {
            continue;
          }
          const std::string n = side.Name(Squeeze(ctx->fact(m.fact).label));
          if (n.empty() || (!named.empty() && n != named)) return std::string();
          named = n;
        }
        return named;
      };
      const std::string was_side = side_of(previous, true);
      const std::string now_side = side_of(g, false);
      const bool other_side =
          !was_side.empty() && !now_side.empty() && was_side != now_side;
      // A statement of an income is of that income: it borrows nothing.
      if (!has_budget && !has_income && !g.empty() && !previous.empty() &&
          (near || !income_only) && !item &&
          !(previous_item && !opens_list_item(int(l))) &&
          (!heading_led || planned) && !Parallel(*ctx, previous) &&
          !OtherYearThan(*ctx, previous, g) && !other_side &&
          !OtherMoneyBetween(*ctx, previous, g, parts) &&
          !(previous_line == int(l) && HasRole(previous, "rate") &&
            SemicolonBetween(*ctx, previous, g))) {
        std::vector<Member> with;
        for (const Member& m : previous) {
          std::string_view r = BareRole(m.role);
          if (IsBudget(r)) with.push_back(m);
        }
        with.insert(with.end(), previous_alts.begin(), previous_alts.end());
        with.insert(with.end(), g.begin(), g.end());
        g = std::move(with);
        borrowed = near                        ? "前句预算"
                   : budget_values.size() == 1 ? "前文唯一预算"
                                               : "前文预算";
      }
      // "…合计 | 600.00 | 672.00 | 643.42" then "项目全年执行数643.42万元，
      // 预算执行率为97.55%": a payment that restates a table's cell of
      // payments, in the rows right above it, is that row's: the statement
      // takes the row's budgets ("表中同行预算"). So is one that restates
      // the form's own 年度资金总额 row, however far above (a 自评结论
      // under the form's indicator block).
      // So is one whose own name holds the row's, however far above
      // ("农村人居环境整治经费实际支出262,550.44元，完成预算的89.3%" under
      // the row 农村人居环境整治经费 | 293,851.50 | 262,550.44 | 89.3): that
      // row's budgets, not those the prose before it stated.
      constexpr int kRowsAbove = 12;
      const bool prose_borrowed = !borrowed.empty();
      if (!has_budget && !has_income && !own.empty()) {
        int paid = -1;
        for (const Member& m : own) {
          if (m.role == "spent") paid = m.fact;
        }
        // (The table's payments of the paid value, nearest line first.)
        const std::vector<std::pair<int, int>>* cells = nullptr;
        if (paid >= 0) {
          auto it = SpentCells().find(ctx->fact(paid).base_value);
          if (it != SpentCells().end()) cells = &it->second;
        }
        for (size_t c = cells ? cells->size() : 0; c-- > 0;) {
          const auto [ln, j] = (*cells)[c];
          if (ln >= int(l)) continue;
          const bool near_row = ln >= int(l) - kRowsAbove;
          const Fact& f = ctx->fact(j);
          if (!SameFamily(f, ctx->fact(paid))) continue;
          const std::string_view label = f.label;
          const std::string row_name =
              Squeeze(label.substr(0, label.find(' ')));
          const bool named =
              CodePoints(row_name) >= 4 &&
              Squeeze(ctx->fact(paid).label).starts_with(row_name);
          if (!named &&
              (prose_borrowed ||
               (!near_row && !row_name.starts_with("年度资金总额")))) {
            continue;
          }
          std::vector<Member> with;
          for (int k : ctx->LineFacts(ln)) {
            const std::string& r = ctx->fact(k).role;
            if (r == "full" || r == "initial") with.push_back({r, k});
          }
          if (!with.empty()) {
            with.insert(with.end(), own.begin(), own.end());
            g = std::move(with);
            borrowed = "表中同行预算";
          }
          break;
        }
      }
      // A payment that restates the form's own 年度资金总额 row, above it
      // or below, when the statement borrowed the budget of the prose
      // before ("下达…资金共计2731.23万元" then "至年末累计拨付2669.22万
      // 元，预算执行率91.94%", the row 2731.23 | 2903.30 | 2669.22 | … |
      // 91.94%): the row's budgets are readings of its rate too, the
      // 全年预算数 holding what was carried over as well (前文另一预算).
      if (!borrowed.empty() && borrowed != "表中同行预算" && !has_budget) {
        int paid = -1;
        for (const Member& m : g) {
          if (m.role == "spent") paid = m.fact;
        }
        int row_line = -1;
        if (paid >= 0) {
          if (auto it = SpentCells().find(ctx->fact(paid).base_value);
              it != SpentCells().end()) {
            for (const auto& [ln, j] : it->second) {
              if (SameFamily(ctx->fact(j), ctx->fact(paid)) &&
                  Squeeze(ctx->fact(j).label).starts_with("年度资金总额")) {
                row_line = ln;
                break;
              }
            }
          }
        }
        if (row_line >= 0) {
          for (int k : ctx->LineFacts(row_line)) {
            const std::string& r = ctx->fact(k).role;
            if (r == "full" || r == "initial") g.push_back({r + ".alt", k});
          }
        }
      }
      // The statement to borrow from is a paragraph's first (its lead);
      // the ones after it are usually its items.
      if (has_budget && previous_line == int(l) &&
          !OpensItem(*ctx, int(l), g.front().fact)) {
        for (const Member& m : g) {
          if (!IsBudget(m.role)) continue;
          for (const Member& p : previous) {
            if (p.role == m.role &&
                ctx->fact(p.fact).base_value != ctx->fact(m.fact).base_value) {
              previous_alts.push_back({m.role + ".alt", m.fact});
              budget_values.insert(ctx->fact(m.fact).base_value);
              break;
            }
          }
        }
      }
      // A fund stated again further on, by what was allocated and by what
      // arrived ("下达全县直达资金149546.4万元，已分配…。…到位直达资金86552万
      // 元，已支付56879.21万元，支付进度为38%"): a payment rate may be over
      // either, and the report need not say which. The same fund is named
      // by the same last four characters (直达资金), a bare 资金 or 经费
      // being any fund's.
      std::vector<Member> restated;
      if (has_budget && previous_line >= 0 && previous_line != int(l)) {
        auto fund = [](std::string_view role) {
          return role == "fund" || role == "allocated";
        };
        for (const Member& m : g) {
          const std::string& a = ctx->fact(m.fact).label;
          if (!fund(m.role) || a.size() < 12) continue;
          for (const Member& p : previous) {
            const std::string& b = ctx->fact(p.fact).label;
            if (fund(p.role) && b.size() >= 12 &&
                a.compare(a.size() - 12, 12, b, b.size() - 12, 12) == 0 &&
                ctx->fact(p.fact).base_value != ctx->fact(m.fact).base_value) {
              restated.push_back({m.role + ".alt", p.fact});
            }
          }
        }
      }
      if (has_budget && previous_line != int(l)) {
        previous = g;
        previous_alts.clear();
        previous_line = int(l);
        previous_item = opens_list_item(int(l));
        for (const Member& m : g) {
          std::string_view r = m.role;
          if (IsBudget(r) && r != "adjust") {
            budget_values.insert(ctx->fact(m.fact).base_value);
          }
        }
      }
      // A rate of the investment (投资完成率) is over the project's whole
      // investment (总投资), stated anywhere before: one more reading when
      // the statement's own budgets name none.
      bool of_investment = false, names_investment = false;
      for (const Member& m : g) {
        const std::string& label = ctx->fact(m.fact).label;
        of_investment = of_investment ||
                        (m.role == "rate" && invest.EndsWith(label, "rate"));
        names_investment =
            names_investment ||
            (IsBudget(m.role) && invest.Contains(label, "whole"));
      }
      if (of_investment && !names_investment && !g.empty()) {
        auto it = std::lower_bound(investments.begin(), investments.end(),
                                   g.front().fact);
        if (it != investments.begin()) {
          restated.push_back({"full.alt", *std::prev(it)});
        }
      }
      // A statement names a few figures; a "group" of dozens is a list or
      // a table read as prose, and its readings would multiply.
      // A year told with what was distributed or drawn from its surplus
      // (account lexicon, distribution: 结余分配, 提取) leaves a balance the
      // statement's other figures do not give: not read (as YearAccounts).
      const bool distributed =
          std::any_of(g.begin(), g.end(), [&](const Member& m) {
            return account_words.Contains(ctx->fact(m.fact).label,
                                          "distribution");
          });
      if (!Checkable(g) || g.size() > kMaxStatement || Parallel(*ctx, g) ||
          distributed) {
        continue;
      }
      // A rate that states its formula (StatedBase) is over the figure of
      // that role: the statement's own, or else the latest stated before it
      // that is no list's part (a table's 合计 row of 到位数 above the
      // rate's sentence).
      std::string stated_over;
      for (size_t k = 0; k < g.size(); ++k) {
        if (g[k].role != "rate") continue;
        const std::string over = StatedBase(*ctx, roles, g[k].fact);
        if (over.empty()) continue;
        stated_over = over;
        if (HasRole(g, over)) break;
        for (int j = g[k].fact - 1; j >= 0; --j) {
          const Fact& b = ctx->fact(j);
          if (b.role == over && b.qualifier.empty() && !parts.count(j) &&
              SameFamily(b, ctx->fact(g.front().fact))) {
            g.push_back({over, j});
            break;
          }
        }
        break;
      }
      // A rate that names the budget it is over (完成年初预算的64.15%;
      // roles.lex rate_base) is over a budget of that kind: with none in
      // the statement its figure is not printed, and the rate is left out
      // (the statement's 可用资金 is no 年初预算).
      g.erase(std::remove_if(g.begin(), g.end(),
                             [&](const Member& m) {
                               if (m.role != "rate") return false;
                               const std::string kind =
                                   base.Name(ctx->fact(m.fact).label);
                               if (kind.empty()) return false;
                               for (const Member& o : g) {
                                 std::string_view r = BareRole(o.role);
                                 if (r.ends_with(".alt")) r.remove_suffix(4);
                                 if (r == kind) return false;
                               }
                               return true;
                             }),
              g.end());
      // A balance at the year's end (年末结转和结余: rates.lex, year_pair,
      // end) is a stock that holds what was carried in at its start: an
      // income less its spending gives it only with that carry-in, stated
      // or held in the income (收入总计 holds it). Without, it is left out.
      if (HasRole(g, "income") && !HasRole(g, "carry")) {
        bool grand = false;
        for (const Member& m : g) {
          grand = grand ||
                  (m.role == "income" &&
                   ctx->fact(m.fact).label.find("总计") != std::string::npos);
        }
        if (!grand) {
          std::erase_if(g, [&](const Member& m) {
            return m.role == "balance" &&
                   years.Contains(ctx->fact(m.fact).label, "end");
          });
        }
      }
      Relation r;
      r.kind = "budget";
      r.rule = "budget.prose";
      r.evidence = borrowed;
      // The budget the rate's own formula names is the reading tried first.
      if (!stated_over.empty()) r.detail = "over=" + stated_over;
      // An adjustment's way (rates.lex, change): adjust (追加, 调增),
      // adjust.down (调减) or adjust.either (预算调整 says neither).
      for (const Member& m : g) {
        std::string role = m.role;
        if (role == "adjust") {
          // (The way may stand before the budget's word: 调减预算.)
          const std::string& label = ctx->fact(m.fact).label;
          std::string w = way.Name(label);
          if (w.empty()) {
            w = way.Contains(label, "down") ? "down"
                : way.Contains(label, "up") ? "up"
                                            : "";
          }
          role = w == "down" ? "adjust.down"
                 : w == "up" ? "adjust"
                             : "adjust.either";
        }
        r.members.push_back({role, m.fact});
      }
      for (const Member& m : named_parts(g)) {
        r.members.push_back({m.role, m.fact});
      }
      for (const Member& m : restated) r.members.push_back({m.role, m.fact});
      // The statement's name: the first budget's (or income's) label.
      for (const Member& m : g) {
        if (IsBudget(m.role) || m.role == "income") {
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
// X (else the nearest whose label ends in X), in this sentence or the two
// before it.
namespace {

// The whole a share names after its 占 ("占政府采购合同总额的79.4%" names
// 政府采购合同总额; "占一般公共预算支出的比重为83.6%", before 的), empty if
// it names none (a bare 占).
std::string ShareWholeName(std::string_view label) {
  const size_t at = label.find("占");
  if (at == std::string_view::npos) return std::string();
  std::string of(label.substr(at + std::string_view("占").size()));
  for (std::string_view w : {"到", "了"}) {
    if (of.starts_with(w)) of.erase(0, w.size());
  }
  if (of.ends_with("的")) of.erase(of.size() - std::string("的").size());
  for (std::string_view measure : {"的比重", "的比例", "的份额"}) {
    if (size_t m = of.find(measure); m != std::string::npos) {
      of.erase(m);
      break;
    }
  }
  // The measure may follow the whole without 的 ("占一般公共预算支出比重
  // 82.1%"), at the label's end or before its verb.
  for (std::string_view measure : {"比重", "比例", "份额"}) {
    const size_t m = of.rfind(measure);
    if (m == std::string::npos || m < std::string_view("两字").size()) {
      continue;
    }
    const std::string_view rest =
        std::string_view(of).substr(m + measure.size());
    if (rest.empty() || rest == "为" || rest == "是" || rest == "达") {
      of.erase(m);
      break;
    }
  }
  // "民生支出占比77.64%": a word for the share itself names no whole.
  for (std::string_view measure : {"比", "比重", "比例", "份额"}) {
    if (of == measure) return std::string();
  }
  return of;
}

// Whether a whole named X总额 (X and a word for all of it, lexicon
// share_whole, whole) is the figure named X, or X and a word for an amount
// (entry amount): 政府采购合同总额 is 政府采购合同金额. X is two characters
// or more; of four or more, a scope may open the figure's name (全区一般公
// 共预算支出 for 一般公共预算支出总量).
bool SameWholeNamed(const Lexicon& whole, std::string_view name,
                    std::string_view of) {
  size_t len = 0;
  if (!whole.EndsWith(of, "whole", &len)) return false;
  const std::string_view stem = of.substr(0, of.size() - len);
  if (stem.size() >= 12 && name.ends_with(stem)) return true;
  if (stem.size() < 6 || !name.starts_with(stem)) return false;
  const std::string_view rest = name.substr(stem.size());
  return rest.empty() || whole.Has("amount", rest);
}

// "授予中小企业合同金额…，占政府采购合同总额的79.4%；授予小微企业合同金额
// 1,412.36万元，占52.0%": a bare 占 in a clause after a share that named its
// whole, in the same sentence, leaves that whole unsaid: it is the same.
// The whole named by the nearest such share before `rate`, else empty.
std::string EllipticWhole(const Context& ctx, const Sentence& sen, int rate) {
  const Fact& r = ctx.fact(rate);
  // (A sentence of more figures than a share looks back over is no prose.)
  if (r.kind != "percent" || Squeeze(r.label) != "占" ||
      sen.facts.size() > kMaxShareScan) {
    return std::string();
  }
  std::string of;
  for (int i : sen.facts) {
    if (i == rate) break;
    const Fact& f = ctx.fact(i);
    if (f.kind != "percent" || !f.qualifier.empty()) continue;
    if (std::string named = ShareWholeName(f.label); !named.empty()) {
      of = named;
    }
  }
  return of;
}

// The words that name what a figure is of, without the words any such
// figure may carry: 实际, 全年, 累计, 本年, 当年 before, 资金, 经费, 金额,
// 数 after (实际发放 and 发放资金 both name 发放).
std::string CoreName(std::string_view label) {
  std::string s = Squeeze(label);
  std::string_view t = s;
  for (bool again = true; again;) {
    again = false;
    for (std::string_view w : {"实际", "全年", "累计", "本年", "当年"}) {
      if (t.starts_with(w)) {
        t.remove_prefix(w.size());
        again = true;
      }
    }
    for (std::string_view w : {"资金", "经费", "金额", "数"}) {
      if (t.ends_with(w)) {
        t.remove_suffix(w.size());
        again = true;
      }
    }
  }
  return std::string(t);
}

// "有4个，占57%": a share that does not name its whole is of the list it
// sits in, so its whole is the nearest earlier figure of the same measure
// that is not itself the part of another such share ("选取7个项目…优良的
// 项目有4个，占57%，等级为中的项目有3个，占43%": both are of 7).
//
// A share whose quantity is a part of a breakdown found before is of that
// breakdown's total, wherever the total was stated ("收入合计697.38万元…。
// 其中：财政拨款收入690.08万元，占98.95%；事业收入7.30万元，占1.05%").
//
// Shares of one whole that add up to 100% say their quantities are all of
// it: 7 = 4 + 3 above. That is read only where the shares are printed
// finely enough to see one step of the whole missing (a step of 1 in 7 is
// 14 points; in 1000 it would be 0.1, which two rounded shares hide).
// The nearest figure before fact `from`, on its page and at most
// kMaxShareScan facts back (in its section only when `same_section`), of
// `like`'s measure and no change, whose label names `subject`: the label
// is the subject, or, four characters or more, ends it (a subject
// "…经费支出决算数" names a figure labelled 支出决算; a closing 数 aside).
// -1 if none.
int NearestNamed(const Context& ctx, int from, std::string_view subject,
                 const Fact& like, bool same_section) {
  auto trim = [](std::string_view t) {
    if (t.ends_with("数")) t.remove_suffix(std::string_view("数").size());
    return t;
  };
  // 决算 after a name says which figure of it a 决算 report gives, not
  // another quantity: 公务接待费支出决算 is 公务接待费支出.
  auto plain = [](std::string_view t) {
    if (t.ends_with("决算")) t.remove_suffix(std::string_view("决算").size());
    return t;
  };
  // A label may drop the 合计 its clause ends with (支出合计1,136.99万元 is
  // labelled 支出): such a figure is the subject when its text says so.
  auto sum_word = [](std::string_view t) {
    for (std::string_view w : {"合计", "总计"}) {
      if (t.ends_with(w)) return t.substr(0, t.size() - w.size());
    }
    return std::string_view();
  };
  subject = trim(subject);
  if (subject.size() < 6) return -1;
  const std::string_view summed = sum_word(subject);
  const Fact& at = ctx.fact(from);
  for (int i = from - 1; i >= 0 && i >= from - int(kMaxShareScan); --i) {
    const Fact& f = ctx.fact(i);
    if (f.page_no != at.page_no || (same_section && f.section != at.section)) {
      break;
    }
    const std::string_view label = trim(f.label);
    if (f.role != "change" && f.qualifier.empty() && SameFamily(f, like) &&
        (label == subject || plain(label) == plain(subject) ||
         (label.size() >= 12 && subject.ends_with(label)) ||
         (!summed.empty() && label == summed &&
          ctx.Between(i, f.text_begin - std::min<uint32_t>(f.text_begin, 24),
                      f.text_begin)
                  .find(subject) != std::string_view::npos))) {
      return i;
    }
  }
  return -1;
}

// Whether every Han character of `words` occurs in `text` (收支 within
// "收入总计…，支出总计"): an abbreviation made of the names it stands for.
bool HanWithin(std::string_view words, std::string_view text) {
  for (size_t pos = 0; pos < words.size();) {
    const size_t at = pos;
    if (IsHan(DecodeUtf8(words, &pos)) &&
        text.find(words.substr(at, pos - at)) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

// Whether only a joining word (和 及 与 、) stands between facts a and b, as
// between the items of a run ("8.1%和91.9%", "60、40万元").
bool JoinedBare(const Context& ctx, int a, int b) {
  const std::string_view t =
      TrimSpace(ctx.Between(a, ctx.fact(a).text_end, ctx.fact(b).text_begin));
  return t == "和" || t == "及" || t == "与" || t == "、";
}

// Whether `text` opens as many brackets as it closes, full- or
// half-width.
bool Balanced(std::string_view text) {
  int depth = 0;
  for (size_t pos = 0; pos < text.size();) {
    const std::string_view rest = text.substr(pos);
    if (IsOpenBracket(rest)) ++depth;
    if (IsCloseBracket(rest)) --depth;
    DecodeUtf8(text, &pos);
  }
  return depth == 0;
}

void BareShares(Context* ctx) {
  const Lexicon& share_words = ctx->lex().Get("share_whole");
  const std::vector<Sentence>& ss = ctx->sentences();
  std::set<int> parts;  // numerators of earlier shares
  const std::map<int, int> total_of = TotalsOfParts(*ctx);
  // Per whole found by the look back (not a breakdown's total), its
  // shares' quantities and rates.
  std::map<int, std::vector<std::pair<int, int>>> shares_of;
  for (size_t s = 0; s < ss.size(); ++s) {
    const std::vector<int>& facts = ss[s].facts;
    for (size_t k = 0; k < facts.size(); ++k) {
      const Fact& p = ctx->fact(facts[k]);
      if (p.kind != "percent" || !p.qualifier.empty() || k == 0) continue;
      std::string before = Squeeze(ctx->Between(
          facts[k], p.text_begin > 9 ? p.text_begin - 9 : 0, p.text_begin));
      // A stray comma between 占 and its rate ("占,88.19%") is a typing slip.
      for (std::string_view comma : {"，", ","}) {
        if (before.ends_with(comma))
          before.resize(before.size() - comma.size());
      }
      // A coverage rate right after a part of a breakdown ("共有学生32560
      // 人，其中享受营养改善计划学生28650人，覆盖率87.99%": lexicon
      // share_whole, part_rate) is that part over the total, as a bare
      // share is; it names no whole, so it is read only under a breakdown.
      size_t word_end = 0;
      const LexEntry* named = share_words.Find(p.label, "", &word_end);
      const bool part_rate = !before.ends_with("占") && named &&
                             named->name == "part_rate" &&
                             word_end == p.label.size();
      if (!before.ends_with("占") && !part_rate) continue;
      // (One whose whole an earlier share of the sentence named is read
      // with the named shares.)
      if (!part_rate && !EllipticWhole(*ctx, ss[s], facts[k]).empty()) continue;
      // "中央资金156.4万元、省级资金98.7万元、县级资金45.2万元，分别占52.1%、
      // 32.9%和15.1%": shares said to be respective, a run of them joined
      // (、 和 及 与) right after as many parts of one list, are theirs one
      // to one, of the list's total; otherwise whose share is whose cannot
      // be told, and none is read.
      if (!part_rate && p.label.find("分别") != std::string::npos) {
        size_t m = 1;
        while (k + m < facts.size() &&
               ctx->fact(facts[k + m]).kind == "percent" &&
               JoinedBare(*ctx, facts[k + m - 1], facts[k + m])) {
          ++m;
        }
        if (m > 1) {
          int total = -1;
          bool theirs = k >= m;
          for (size_t q = 0; theirs && q < m; ++q) {
            const int part = facts[k - m + q];
            auto it = total_of.find(part);
            theirs = it != total_of.end() && (total < 0 || it->second == total);
            if (theirs) total = it->second;
          }
          // (As many shares as the list has parts.)
          if (theirs && k > m) {
            auto it = total_of.find(facts[k - m - 1]);
            theirs = it == total_of.end() || it->second != total;
          }
          for (size_t q = 0; theirs && q < m; ++q) {
            const int part = facts[k - m + q];
            parts.insert(part);
            Relation r;
            r.kind = "ratio";
            r.rule = "ratio.bare_share";
            r.name = ctx->fact(part).label;
            r.members = {{"numerator", part},
                         {"denominator", total},
                         {"rate", facts[k + q]}};
            r.evidence = "分别占（所在清单之总数）";
            ctx->Add(std::move(r));
          }
          k += m - 1;
          continue;
        }
      }
      // A share right after a bracket closes is of the figure the bracket
      // is an aside on ("基本支出2105.90万元（其中：人员经费…，公用经费
      // 491.72万元），占43.21%"): the nearest figure with as many brackets
      // opening as closing between it and the rate.
      size_t at = k - 1;
      while (at > 0 &&
             !Balanced(ctx->Between(facts[at], ctx->fact(facts[at]).text_end,
                                    p.text_begin))) {
        --at;
      }
      int num = facts[at];
      // A rate that names its part ("…税收收入6.12亿元，非税收入2.53亿元，税
      // 收占比70.8%") is that part's, wherever the part stands in its list:
      // the part of the list before it whose name opens with the rate's
      // words before 占比; one such part, or none is read.
      if (part_rate) {
        std::string own = Squeeze(p.label);
        for (const std::string& w : named->words) {
          if (own.ends_with(w)) {
            own.resize(own.size() - w.size());
            break;
          }
        }
        if (auto it = total_of.find(num);
            !own.empty() && it != total_of.end()) {
          int found = -1, n_found = 0;
          for (size_t j = 0; j < k; ++j) {
            auto jt = total_of.find(facts[j]);
            if (jt == total_of.end() || jt->second != it->second ||
                !Squeeze(ctx->fact(facts[j]).label).starts_with(own)) {
              continue;
            }
            found = facts[j];
            ++n_found;
          }
          if (n_found != 1) continue;
          num = found;
        }
      }
      // So is a share that names its part before 占 ("由财政拨款收入
      // 1523.25万元和其他收入21.33万元构成，财政拨款收入占98.62%"): the one
      // part of the list before it whose name ends in those words.
      if (!part_rate && total_of.count(num)) {
        std::string own = Squeeze(p.label);
        if (own.ends_with("占")) own.resize(own.size() - 3);
        int found = -1, n_found = 0;
        for (size_t j = 0; !own.empty() && j < k; ++j) {
          auto jt = total_of.find(facts[j]);
          if (jt != total_of.end() && jt->second == total_of.at(num) &&
              Squeeze(ctx->fact(facts[j]).label).ends_with(own)) {
            found = facts[j];
            ++n_found;
          }
        }
        if (n_found == 1) num = found;
      }
      const Fact& n = ctx->fact(num);
      if (!Summable(n) || !n.qualifier.empty()) continue;
      std::optional<Decimal> nv = Decimal::Parse(n.base_value);
      int den = -1;
      if (auto it = total_of.find(num); it != total_of.end()) {
        const Fact& t = ctx->fact(it->second);
        std::optional<Decimal> tv = Decimal::Parse(t.base_value);
        // Even a part larger than its total: the list says whose part it
        // is, and the share is of that total ("公用经费支出116415.25元(…
        // 邮电费282023.8元,占2.3%…)": the part is mistyped, not of another
        // whole).
        if (SameFamily(t, n) && t.qualifier.empty() && nv && tv) {
          den = it->second;
        }
      }
      const bool of_breakdown = den >= 0;
      // Or right after a whole and the part of it covered, one after the
      // other and alone in their run ("全区常住人口32.6万人，家庭医生签约
      // 12.18万人，签约服务覆盖率37.63%"): the later over the earlier.
      // A coverage of land (森林覆盖率 of 森林面积) is over the territory,
      // which such a run does not print (lexicon share_whole, land).
      bool covered = false;
      if (part_rate && !of_breakdown && k >= 2 && facts[k - 1] == num &&
          !share_words.Has("land", CountMeasure(n.unit))) {
        const Fact& w = ctx->fact(facts[k - 2]);
        std::optional<Decimal> wv = Decimal::Parse(w.base_value);
        const bool alone = k < 3 || !SameFamily(ctx->fact(facts[k - 3]), n) ||
                           !ctx->fact(facts[k - 3]).qualifier.empty();
        // (The later one stated as the basis the rate is reckoned on, 覆盖
        // 人口69346人，按户籍人口67576人计算，覆盖率102.62%, is the whole
        // instead, and the rate may pass 100%.)
        std::string_view gap =
            TrimSpace(ctx->Between(num, w.text_end, n.text_begin));
        for (std::string_view comma : {"，", ","}) {
          if (gap.starts_with(comma)) gap.remove_prefix(comma.size());
        }
        const bool basis = gap.starts_with("按");
        // A rate whose own words name the earlier figure and not the later
        // ("赋予中小微企业合同总额达7.28亿元，赋予大型企业0.54亿元，中小微
        // 企业合同占比93%") is the earlier's share, of a whole not printed
        // (the two together): no coverage of one by the other.
        std::string own = Squeeze(p.label);
        for (const std::string& word : named->words) {
          if (own.ends_with(word)) {
            own.resize(own.size() - word.size());
            break;
          }
        }
        const bool names_earlier =
            own.size() >= 6 &&
            Squeeze(w.label).find(own) != std::string::npos &&
            Squeeze(n.label).find(own) == std::string::npos;
        if (!names_earlier && Summable(w) && w.qualifier.empty() &&
            SameFamily(w, n) && w.role != "change" && n.role != "change" &&
            alone && wv && nv && (basis || *nv <= *wv) &&
            ctx->Between(facts[k], w.text_end, p.text_begin).find("；") ==
                std::string_view::npos) {
          den = facts[k - 2];
          if (basis) {
            den = num;
            num = facts[k - 2];
          }
          covered = true;
        }
      }
      if (part_rate && !covered &&
          (!of_breakdown ||
           ctx->Between(facts[k], n.text_end, p.text_begin).find("；") !=
               std::string_view::npos)) {
        continue;
      }
      // Back through this sentence and the two before it on the line.
      for (size_t back = 0; back < 3 && back <= s && den < 0; ++back) {
        const Sentence& scope = ss[s - back];
        if (scope.line != ss[s].line) break;
        if (scope.facts.size() > kMaxShareScan) break;
        for (size_t j = scope.facts.size(); j-- > 0 && den < 0;) {
          int i = scope.facts[j];
          const Fact& f = ctx->fact(i);
          if (back == 0 && f.text_begin >= n.text_begin) continue;
          // A change against another year (较上年增加423.88万元) is no
          // whole: it is a difference, not the list's total; nor is the
          // whole a share before names (占全县政府采购合同总额38,640.22万元
          // 的16.52%: that share's own).
          if (parts.count(i) || !f.qualifier.empty() || !SameFamily(f, n) ||
              f.role == "change" || ShareWhole(*ctx, scope, j)) {
            continue;
          }
          std::optional<Decimal> dv = Decimal::Parse(f.base_value);
          if (nv && dv && *dv >= *nv) den = i;
        }
      }
      // "…三公经费支出决算中，因公出国（境）费…，公务接待费…30.00万元，占
      // 59.40%；…": a sentence that opens by naming the whole its items
      // are in (X中) has its shares over the figure so named before it.
      if (den < 0 && !part_rate) {
        std::string_view opening = ctx->Between(num, ss[s].begin, n.text_begin);
        const size_t in = std::min(opening.find("中，"), opening.find("中,"));
        if (in != std::string_view::npos) {
          const int whole =
              NearestNamed(*ctx, num, opening.substr(0, in), n, false);
          std::optional<Decimal> wv =
              whole < 0 ? std::nullopt
                        : Decimal::Parse(ctx->fact(whole).base_value);
          if (wv && nv && *wv >= *nv) den = whole;
        }
      }
      parts.insert(num);
      if (den < 0) continue;
      Relation r;
      r.kind = "ratio";
      r.rule = covered ? "ratio.coverage" : "ratio.bare_share";
      r.name = n.label;
      r.members = {
          {"numerator", num}, {"denominator", den}, {"rate", facts[k]}};
      r.evidence =
          covered ? "覆盖率 = 所覆盖之数 ÷ 其前之总数" : "占（所在清单之总数）";
      ctx->Add(std::move(r));
      if (!of_breakdown && !covered) shares_of[den].push_back({num, facts[k]});
    }
  }
  for (const auto& [den, shares] : shares_of) {
    if (shares.size() < 2) continue;
    std::optional<Decimal> whole = Decimal::Parse(ctx->fact(den).value);
    if (!whole || whole->is_zero()) continue;
    Decimal sum = Decimal::FromInt(0), slack = sum;
    std::vector<int> parts;
    for (const auto& [num, rate] : shares) {
      std::optional<Decimal> r = Decimal::Parse(ctx->fact(rate).value);
      if (!r) break;
      sum = sum + *r;
      slack = slack + r->HalfUnit();
      parts.push_back(num);
    }
    const Decimal hundred = Decimal::FromInt(100);
    // One step of the whole, in points: 100 × (2 × half unit) / whole,
    // compared without dividing: 200 × half unit > slack × whole.
    const Decimal step = hundred * Decimal::FromInt(2) * whole->HalfUnit();
    const Decimal seen = slack * *whole;
    if (parts.size() != shares.size() || sum.overflowed() ||
        step.overflowed() || seen.overflowed() ||
        (sum - hundred).Abs() > slack || step <= seen) {
      continue;
    }
    AddWhole(ctx, "breakdown", "list.shares_whole", ctx->fact(den).label, den,
             parts, "各项占比合计100%");
  }
}

}  // namespace

// How many sentences back a generic whole (占总数) is looked for.
constexpr size_t kShareWholeReach = 10;

// Whether a line ends in a clause's stop (；，), not a sentence's.
bool EndsClause(std::string_view text) {
  text = TrimSpace(text);
  return text.ends_with("；") || text.ends_with(";") ||
         text.ends_with("，") || text.ends_with(",");
}

// Whether the figure at sen.facts[j] sits inside a comparison's frame,
// "与 … 相比" or "同 … 比较": the clause before it opens with the frame's
// first word and `after` (the text from it to the change) with the second.
bool Framed(const Context& ctx, const Sentence& sen, size_t j,
            std::string_view after) {
  while (after.starts_with(" ")) after.remove_prefix(1);
  if (!after.starts_with("相比") && !after.starts_with("比较")) return false;
  const Fact& f = ctx.fact(sen.facts[j]);
  const uint32_t from =
      j > 0 ? ctx.fact(sen.facts[j - 1]).text_end : f.sentence_begin;
  std::string_view before = ctx.Between(sen.facts[j], from, f.text_begin);
  for (std::string_view comma : {"，", ","}) {
    size_t at = before.rfind(comma);
    if (at != std::string_view::npos) before = before.substr(at + comma.size());
  }
  while (before.starts_with(" ")) before.remove_prefix(1);
  return before.starts_with("与") || before.starts_with("同") ||
         before.starts_with("和");
}

// This year's figure of the quantity a comparison's frame names with the
// other year's figure (与2022年末资产总额…相比: 资产总额; 本年支出比上年…:
// 本年支出): the nearest
// earlier figure of its section whose name ends in that quantity's, not
// another year's nor a change; -1 if none.
int ThisYearOfFramed(const Context& ctx, int other) {
  const Fact& f = ctx.fact(other);
  std::string_view name = f.label;
  for (std::string_view w : {"与", "同", "和"}) {
    if (name.starts_with(w)) name.remove_prefix(w.size());
  }
  // A subject before the comparison (本年支出比上年5,976.18万元): the
  // subject as its clause prints it, date words and all (本年支出; the
  // label keeps none, and 支出 would name 项目支出 as well).
  for (std::string_view w : {"比上年", "较上年"}) {
    if (name.ends_with(w) && name.size() > w.size()) {
      const std::string_view clause = ClauseBefore(ctx, other);
      if (clause.ends_with(w))
        name = clause.substr(0, clause.size() - w.size());
      while (name.starts_with(" ")) name.remove_prefix(1);
      break;
    }
  }
  if (name.size() > 4 && name.substr(0, 2) == "20" &&
      std::all_of(name.begin(), name.begin() + 4,
                  [](char c) { return c >= '0' && c <= '9'; })) {
    name.remove_prefix(4);
  }
  for (std::string_view w : {"年度", "年末", "年底", "年"}) {
    if (name.starts_with(w)) {
      name.remove_prefix(w.size());
      break;
    }
  }
  if (CodePoints(name) < 2) return -1;
  for (int i = other - 1; i >= 0 && i >= other - int(kMaxShareScan); --i) {
    const Fact& g = ctx.fact(i);
    if (g.page_no != f.page_no || g.section != f.section) break;
    if (g.role != "change" && g.qualifier.empty() && Summable(g) &&
        SameFamily(g, f) && !ctx.OtherYear(i) &&
        std::string_view(g.label).ends_with(name)) {
      return i;
    }
  }
  return -1;
}

// The clauses of a stretch of text from its first comma on, blanks
// trimmed ("万元，与2023年度相比，减少" -> "与2023年度相比，减少"); the whole
// text when it has none.
std::string_view AfterFirstComma(std::string_view text) {
  size_t at = std::min(text.find("，"), text.find(","));
  if (at != std::string_view::npos) {
    text =
        text.substr(at + (text[at] == ',' ? 1 : std::string_view("，").size()));
  }
  while (text.starts_with(" ")) text.remove_prefix(1);
  return text;
}

// Adds the ratio relation rate = numerator ÷ denominator.
void AddRatio(Context* ctx, const char* rule, const std::string& name, int num,
              int den, int rate, std::string evidence) {
  Relation r;
  r.kind = "ratio";
  r.rule = rule;
  r.name = name;
  r.members = {{"numerator", num}, {"denominator", den}, {"rate", rate}};
  r.evidence = std::move(evidence);
  ctx->Add(std::move(r));
}

// Adds ratio.completion: what was done (`actual`) over its target, a
// target printed with its bound (≥3200人次) read as its figure; one met
// below it (≤: a reverse indicator) is marked so (detail "reverse").
void AddCompletion(Context* ctx, const std::string& name, int actual,
                   int target, int rate, std::string evidence) {
  Relation r;
  r.kind = "ratio";
  r.rule = "ratio.completion";
  r.name = name;
  r.members = {{"numerator", actual}, {"denominator", target}, {"rate", rate}};
  r.evidence = std::move(evidence);
  if (ctx->fact(target).qualifier == "≤") r.detail = "reverse";
  ctx->Add(std::move(r));
}

void AddGrowth(Context* ctx, int current, int before, int rate, std::string way,
               std::string evidence, int alt) {
  Relation r;
  r.kind = "ratio";
  r.rule = "ratio.growth";
  r.name = ctx->fact(rate).label;
  r.members = {{"current", current}, {"denominator", before}, {"rate", rate}};
  if (alt >= 0) r.members.push_back({"current.alt", alt});
  r.detail = std::move(way);
  r.evidence = std::move(evidence);
  ctx->Add(std::move(r));
}

// Where the first of `words` occurs in `text` (a word "与/相比" by its
// first half), or npos.
size_t FirstOf(std::string_view text, const std::vector<std::string>& words) {
  size_t first = std::string_view::npos;
  for (const std::string& w : words) {
    const size_t at = text.find(std::string_view(w).substr(0, w.find('/')));
    if (at != std::string_view::npos) first = std::min(first, at);
  }
  return first;
}

// Adds ratio.change_over: the change (fact c) as rate p of the other year's
// figure, the sentence's fact at `base` (the change as the difference of
// the two figures is Differences').
void AddChangeOver(Context* ctx, const Sentence& sen, int c, size_t base, int p,
                   const char* evidence) {
  Relation r;
  r.kind = "ratio";
  r.rule = "ratio.change_over";
  r.name = ctx->fact(p).label;
  r.members = {{"numerator", c}, {"denominator", sen.facts[base]}, {"rate", p}};
  r.evidence = evidence;
  ctx->Add(std::move(r));
}

namespace {

// Whether a change's label says it of each figure it follows: a word of
// the change lexicon's each entry right before a word of its up or down
// entry ("收支总计各增加").
bool SaysEach(const Lexicon& way, std::string_view label) {
  const LexEntry* each = way.Entry("each");
  if (!each) return false;
  for (const std::string& w : each->words) {
    for (size_t at = label.find(w); at != std::string_view::npos;
         at = label.find(w, at + 1)) {
      const std::string_view rest = label.substr(at + w.size());
      for (std::string_view dir : {"up", "down"}) {
        const LexEntry* e = way.Entry(dir);
        if (!e) continue;
        for (const std::string& d : e->words) {
          if (rest.starts_with(d)) return true;
        }
      }
    }
  }
  return false;
}

// A figure a difference may be taken of: an amount or count as printed,
// exact (no 约, 以上), not a rate.
bool Plain(const Fact& f) {
  return Summable(f) && f.qualifier.empty() && f.kind != "percent";
}

// Adds budget.change: `change` is the difference of `current` and `other`,
// said `way` (up, down), read by `evidence`.
void AddDifference(Context* ctx, int current, int other, int change,
                   std::string way, std::string evidence) {
  Relation r;
  r.kind = "budget";
  r.rule = "budget.change";
  r.name = ctx->fact(current).label;
  r.detail = std::move(way);
  r.evidence = std::move(evidence);
  r.members = {{"current", current}, {"other", other}, {"change", change}};
  r.page_no = ctx->fact(change).page_no;
  ctx->Add(std::move(r));
}

// How a change of `way` against another year gives that year's figure
// (ratio.change's evidence).
std::string ChangeRateEvidence(std::string_view way) {
  return way == "up" ? "较上年增加：上年数 = 本年数 − 增加额"
                     : "较上年减少：上年数 = 本年数 + 减少额";
}

// How many facts back a change against the start of the year looks for
// the figure it is against.
constexpr int kYearStartReach = 40;

// "2023年初全县政府债务余额36.48亿元…。2023年末全县政府债务余额39.93亿
// 元，较年初增加3.45亿元": a change against the start of the year (较年初,
// 比年初: a than-word, then account's year_open) right after a figure is
// that figure less the same quantity at the start of the year, stated
// before it: the nearest earlier figure whose name (its date dropped, as
// labels keep none: 初全县政府债务余额) opens with the start word and ends
// as the figure's own name does, in four characters or more.
void AgainstYearStart(Context* ctx) {
  const Lexicon& way = ctx->lex().Get("change");
  const Lexicon& words = ctx->lex().Get("account");
  const LexEntry* than = way.Entry("than");
  const LexEntry* open = words.Entry("year_open");
  if (!than || !open) return;
  // The name after a start or end word ("初…", "年初…", "末…"), or "".
  auto after_time = [](std::string_view label) {
    for (std::string_view w : {"年初", "年末", "期初", "期末", "初", "末"}) {
      if (label.starts_with(w)) return label.substr(w.size());
    }
    return std::string_view();
  };
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 1; k < sen.facts.size(); ++k) {
      const int c = sen.facts[k], cur = sen.facts[k - 1];
      const Fact &fc = ctx->fact(c), &fa = ctx->fact(cur);
      if (fc.kind != "amount" || !fc.qualifier.empty() || !Summable(fc) ||
          !Summable(fa) || !fa.qualifier.empty() || !SameFamily(fa, fc) ||
          fa.role == "change") {
        continue;
      }
      // The change's label: a than-word, then the start of the year, then
      // the way (较年初增加).
      std::string_view label = TrimSpace(fc.label);
      size_t len = 0;
      bool against = false;
      for (const std::string& t : than->words) {
        if (t.find('/') != std::string::npos || !label.starts_with(t)) continue;
        against = words.StartsWith(label.substr(t.size()), "year_open", &len);
        if (against) break;
      }
      const std::string w = way.Name(label);
      if (!against || (w != "up" && w != "down")) continue;
      const std::string_view name = after_time(TrimSpace(fa.label));
      if (CodePoints(name) < 4) continue;
      for (int i = cur - 1; i >= 0 && i >= cur - kYearStartReach; --i) {
        const Fact& f = ctx->fact(i);
        if (f.page_no != fa.page_no) break;
        if (!Summable(f) || !f.qualifier.empty() || !SameFamily(f, fa) ||
            f.role == "change") {
          continue;
        }
        const std::string_view l = TrimSpace(f.label);
        if (!words.StartsWith(l, "year_open") && !l.starts_with("初")) continue;
        size_t shared = 0;
        SharedTail(after_time(l), name, &shared);
        if (shared < 12 || shared < name.size() / 2) continue;
        AddDifference(ctx, cur, i, c, w, "较年初：变动额 = 年末数 − 年初数");
        break;
      }
    }
  }
}

// "应收账款余额由年初的180万元下降至135万元，减少45万元": a figure's move
// from what it was to what it is (lexicon move: a from-word in the clause
// before the first, a way and a to-word between them), then a change of
// that way (their difference) or a rate (the change over what it was).
void FromTo(Context* ctx) {
  const Lexicon& change = ctx->lex().Get("change");
  const Lexicon& move_words = ctx->lex().Get("move");
  // The way a word of change says ("up", "down"), or "".
  auto way_of = [&](std::string_view w) -> std::string {
    if (change.Has("up", w)) return "up";
    if (change.Has("down", w)) return "down";
    return "";
  };
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t j = 0; j + 2 < sen.facts.size(); ++j) {
      const int was = sen.facts[j], now = sen.facts[j + 1],
                next = sen.facts[j + 2];
      const Fact &a = ctx->fact(was), &b = ctx->fact(now), &c = ctx->fact(next);
      if (a.kind == "percent" || !Summable(a) || !Summable(b) ||
          !a.qualifier.empty() || !b.qualifier.empty() || !SameFamily(a, b) ||
          !c.qualifier.empty()) {
        continue;
      }
      // The from-word in the clause before what it was, after the figure
      // before it (so a sentence is read once, however many figures).
      const uint32_t since =
          j > 0 ? ctx->fact(sen.facts[j - 1]).text_end : sen.begin;
      std::string_view before = ctx->Between(was, since, a.text_begin);
      if (size_t comma = before.rfind("，"); comma != std::string::npos) {
        before.remove_prefix(comma + std::string_view("，").size());
      }
      if (!move_words.Contains(before, "from")) continue;
      // The way and the to-word between the two.
      std::string_view move =
          TrimSpace(ctx->Between(was, a.text_end, b.text_begin));
      size_t to = 0;
      if (!move_words.EndsWith(move, "to", &to)) continue;
      const std::string way = way_of(move.substr(0, move.size() - to));
      if (way.empty()) continue;
      // Then a clause of its change, opened by a word of the same way.
      std::string_view then =
          TrimSpace(ctx->Between(now, b.text_end, c.text_begin));
      if (!then.starts_with("，") && !then.starts_with(",")) continue;
      then.remove_prefix(then.starts_with(",") ? 1
                                               : std::string_view("，").size());
      if (way_of(TrimSpace(then)) != way) continue;
      if (c.kind == "percent") {
        Relation r;
        r.kind = "ratio";
        r.rule = "ratio.growth";
        r.name = c.label;
        r.members = {{"current", now}, {"denominator", was}, {"rate", next}};
        r.detail = way;
        r.evidence = "由原数变为现数：变动率 = (现数 − 原数) ÷ 原数";
        ctx->Add(std::move(r));
      } else if (Summable(c) && SameFamily(b, c)) {
        AddDifference(ctx, now, was, next, way, "由原数变为现数，变动额");
      }
    }
  }
}

// "因公出国费支出数363.82万元，预算数378万元，支出数比预算数减少14.18万元，
// 下降率为3.75%": a change whose clause names both figures it is between
// (S比B减少C), each stated before it in the sentence under that name, is
// their difference (budget.change), and a rate right after it is the
// change over B. A clause that opens with the comparison ("预算12万元，实际
// 支出9.6万元，较预算减少2.4万元") names B only: S is the figure right
// before it. The other year (比上年, 较2013年) is Differences' and
// ChangeRates' to read: a B that names a year is left to them.
struct NamedDifference {
  int current = -1, other = -1;
  std::string subject, than, base, direction;  // S, 比 or 较, B, 减少
};
std::optional<NamedDifference> NamedBetween(const Context& ctx,
                                            const Sentence& sen, size_t k) {
  const Lexicon& way = ctx.lex().Get("change");
  const LexEntry *up = way.Entry("up"), *down = way.Entry("down");
  if (!up || !down || k >= sen.facts.size()) return std::nullopt;
  // A label as a name: without the verb of its statement (为, 是, ：).
  auto name_of = [](std::string_view label) {
    label = TrimSpace(label);
    for (std::string_view tail : {"：", ":", "为", "是", "达"}) {
      if (label.ends_with(tail)) label.remove_suffix(tail.size());
    }
    return label;
  };
  // Two names of one figure: equal, or one ending the other, the shorter
  // of two Han characters or more.
  auto same = [](std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);
    return b.size() >= 6 && a.ends_with(b);
  };
  const int c = sen.facts[k];
  const Fact& fc = ctx.fact(c);
  if (!Plain(fc)) return std::nullopt;
  const std::string_view clause = ClauseBefore(ctx, c);
  size_t than = std::string_view::npos, than_size = 0;
  for (std::string_view w : {"比", "较"}) {
    const size_t at = clause.find(w);
    if (at < than) than = at, than_size = w.size();
  }
  if (than == std::string_view::npos) return std::nullopt;
  std::string_view subject = TrimSpace(clause.substr(0, than));
  // What ends in the direction: B and the direction ("S比B减少C"), or, in
  // "S与B相比减少C" (与, 和 or 同 before B, 相比 after it), the words after
  // 相比.
  std::string_view said = clause.substr(than + than_size);
  std::string_view named_base;
  if (const size_t vs = clause.find("相比");
      vs != std::string_view::npos &&
      than == vs + std::string_view("相").size()) {
    for (std::string_view with : {"与", "和", "同"}) {
      const size_t at = clause.rfind(with, vs);
      if (at == std::string_view::npos) continue;
      subject = TrimSpace(clause.substr(0, at));
      named_base = clause.substr(at + with.size(), vs - at - with.size());
      for (std::string_view comma : {"，", ","}) {
        if (said.starts_with(comma)) said.remove_prefix(comma.size());
      }
      break;
    }
  }
  std::string direction;
  for (const LexEntry* e : {up, down}) {
    for (const std::string& w : e->words) {
      if (said.ends_with(w) && w.size() > direction.size()) direction = w;
    }
  }
  if (direction.empty()) return std::nullopt;
  std::string_view base =
      named_base.empty()
          ? TrimSpace(said.substr(0, said.size() - direction.size()))
          : TrimSpace(named_base);
  if (!named_base.empty() && said.size() != direction.size()) {
    return std::nullopt;  // words between 相比 and the direction
  }
  // (A base of 年初 is a budget, not a year: 比年初预算数多.)
  if ((!subject.empty() && subject.size() < 6) || base.size() < 6 ||
      (base.find("年") != std::string_view::npos &&
       !base.starts_with("年初")) ||
      base.find("同期") != std::string_view::npos ||
      std::any_of(base.begin(), base.end(),
                  [](char ch) { return ch >= '0' && ch <= '9'; })) {
    return std::nullopt;
  }
  // The nearest figure before so named, one named exactly first, among
  // the statement's last few figures (a sentence of 10^5 stays linear). A
  // name that is a role's word alone (预算数, 决算数, 执行数: roles.lex), or
  // one and a word for the whole (支出合计: share_whole, whole), names the
  // nearest figure of that role when none is so named ("收入预算1860.5万元，
  // 决算收入1902.3万元，决算数比预算数增加41.8万元").
  const Lexicon& roles = ctx.lex().Get("role");
  const Lexicon& whole = ctx.lex().Get("share_whole");
  // The figures before the change, nearest first: the sentence's, then
  // the sentence's before on its line ("年初预算数185万元，年末支出合计325.89
  // 万元。支出合计比年初预算数多140.89万元").
  std::vector<int> before(sen.facts.rbegin() + long(sen.facts.size() - k),
                          sen.facts.rend());
  const std::vector<Sentence>& all = ctx.sentences();
  if (const size_t at = size_t(&sen - all.data());
      at > 0 && at < all.size() && all[at - 1].line == sen.line) {
    before.insert(before.end(), all[at - 1].facts.rbegin(),
                  all[at - 1].facts.rend());
  }
  if (before.size() > kMaxShareScan) before.resize(kMaxShareScan);
  auto find = [&](std::string_view name) {
    int exact = -1, near = -1, role = -1;
    std::string_view word = name;
    if (const LexEntry* w = whole.Entry("whole")) {
      for (const std::string& t : w->words) {
        if (word.size() > t.size() && word.ends_with(t)) {
          word.remove_suffix(t.size());
          break;
        }
      }
    }
    size_t end = 0;
    const LexEntry* e = roles.Find(word, fc.kind, &end);
    const bool role_word =
        e && end == word.size() && e->name != "none" &&
        std::find(e->words.begin(), e->words.end(), word) != e->words.end();
    // A name that says no year is never of the year before (收入 names
    // 本年度收入, not 上年度收入 stated after it).
    const Lexicon& years = ctx.lex().Get("year_pair");
    const bool before_year = years.Contains(name, "before");
    for (const int i : before) {
      const Fact& f = ctx.fact(i);
      if (!Plain(f) || !SameFamily(f, fc)) continue;
      const std::string_view n = name_of(f.label);
      if (n == name && exact < 0) exact = i;
      if (same(n, name) && near < 0 &&
          (before_year || !years.Contains(n, "before"))) {
        near = i;
      }
      if (role_word && role < 0 && f.role == e->name) role = i;
    }
    return exact >= 0 ? exact : near >= 0 ? near : role;
  };
  NamedDifference d;
  d.other = find(base);
  if (subject.empty()) {
    // The figure right before, in the clause before the comparison's.
    if (k == 0) return std::nullopt;
    const int before = sen.facts[k - 1];
    const Fact& fb = ctx.fact(before);
    const std::string_view gap = ctx.Between(c, fb.text_end, fc.text_begin);
    if (Plain(fb) && SameFamily(fb, fc) &&
        gap.find("；") == std::string_view::npos) {
      d.current = before;
    }
  } else {
    d.current = find(subject);
  }
  if (d.current < 0 || d.other < 0 || d.current == d.other) {
    return std::nullopt;
  }
  d.subject = subject;
  d.than = clause.substr(than, than_size);
  d.base = base;
  d.direction = direction;
  return d;
}

}  // namespace

// "收入合计192.01万元，较上年减少27.31万元，下降12.5%": a figure, its change
// against another year and that change as a rate, one after the other. The
// rate is the change over the other year's figure: this year's minus the
// change when it rose, plus it when it fell (rates.lex, change, says which
// way; the words before the change and before the rate must agree).
void ChangeRates(Context* ctx, const std::map<int, int>& total_of,
                 const std::set<int>& paired) {
  const Lexicon& way = ctx->lex().Get("change");
  const Lexicon& years = ctx->lex().Get("year_pair");
  const LexEntry* than = way.Entry("than");
  if (!than) return;
  auto which = [&](std::string_view t) {
    std::string w = way.Name(t);
    return w == "than" ? std::string() : w;
  };
  const std::vector<Sentence>& ss = ctx->sentences();
  // A comparison that opens its sentence with the other year's figure
  // ("与2022年末资产总额3,418.60万元相比增加232.58万元") names the quantity
  // whose figure this year the text stated before it: the change is their
  // difference too.
  auto framed_difference = [&](int other, int change, const std::string& w) {
    const int now = ThisYearOfFramed(*ctx, other);
    if (now >= 0 && !w.empty()) {
      AddDifference(ctx, now, other, change, w,
                    "与上年数相比：变动额 = 本年数 − 上年数");
    }
  };
  // Whether a figure is a change against another figure. (A count takes
  // no accounts role: its label tells a change, 较上年, 环比增加.)
  auto is_change = [&](const Fact& f) {
    return f.role == "change" ||
           (f.kind == "count" && !way.Name(f.label).empty());
  };
  // The change that opens a sentence -> the figure it was found to compare.
  std::map<int, int> current_of;
  for (size_t si = 0; si < ss.size(); ++si) {
    const Sentence& sen = ss[si];
    for (size_t k = 1; k < sen.facts.size(); ++k) {
      const int c = sen.facts[k - 1], p = sen.facts[k];
      const Fact &fc = ctx->fact(c), &fp = ctx->fact(p);
      const bool change = is_change(fc);
      if (fp.kind != "percent" || fp.role != "change" ||
          !fp.qualifier.empty() || !change || !fc.qualifier.empty() ||
          !Summable(fc) || paired.count(c) || paired.count(p)) {
        continue;
      }
      const std::string_view to_rate =
          ctx->Between(p, fc.text_end, fp.text_begin);
      if (to_rate.find("；") != std::string_view::npos) continue;
      // A change against a figure the clause names (较预算减少) is
      // NamedDifferences', not a change against another year.
      if (NamedBetween(*ctx, sen, k - 1)) continue;
      // A sentence that opens with the comparison ("2022年度收、支总计
      // 729.26万元。与2021年相比，收、支总计各增加499.01万元，增长126.7%")
      // compares the figure of the sentence before it, on its line, when
      // that sentence states that one figure alone.
      bool opens_sentence = true;
      for (size_t q = 0; q + 1 < k; ++q) {
        opens_sentence =
            opens_sentence && ctx->fact(sen.facts[q]).kind == "date";
      }
      int a = -1;
      std::vector<int> others;  // the subject's other figures (below)
      std::string_view opens;
      size_t before = 0;  // the change's fact before it in its sentence
      if (opens_sentence) {
        // A sentence that names its subject before the comparison
        // ("2023年度“三公”经费财政拨款支出决算比上年减少1.25万元"): this
        // year's figure is the nearest one of its section so named.
        const size_t at = FirstOf(fc.label, than->words);
        const std::string_view subject =
            at == std::string::npos ? std::string_view()
                                    : std::string_view(fc.label).substr(0, at);
        if (subject.size() >= 6) a = NearestNamed(*ctx, c, subject, fc, true);
        if (a >= 0) {
          // A subject stated for both years ("2022年…公务用车运行费用10万
          // 元", "2021年…公务用车运行费用7.73万元") leaves which of its
          // figures is this year's to the arithmetic: they are carried
          // along, for the check to find the pair the change is between.
          for (int o = a; others.size() < 3;) {
            o = NearestNamed(*ctx, o, subject, fc, false);
            if (o < 0) break;
            others.push_back(o);
          }
          opens = std::string_view(fc.label).substr(at);
        } else {
          if (si == 0 || ss[si - 1].line != sen.line) continue;
          // The parts of a list under a total of that sentence are told by
          // their total ("共筹集彩票公益金3013.36万元，其中：中央…362.86万
          // 元、省级…2294.5万元、州级…356万元。比2018年增加425.31万元，增长
          // 16.34%": 3013.36).
          const std::vector<int>& prev = ss[si - 1].facts;
          std::vector<int> amounts;
          for (int i : prev) {
            auto t = total_of.find(i);
            if (ctx->fact(i).kind == "amount" &&
                (t == total_of.end() || std::find(prev.begin(), prev.end(),
                                                  t->second) == prev.end())) {
              amounts.push_back(i);
            }
          }
          // Figures stated as one for several subjects ("收入总计16062.73万
          // 元，支出总计16062.73万元。收支较上年增加1995.90万元") are one
          // figure: the change of each is the same.
          if (amounts.empty() ||
              std::any_of(amounts.begin(), amounts.end(), [&](int i) {
                return ctx->fact(i).base_value !=
                       ctx->fact(amounts[0]).base_value;
              })) {
            continue;
          }
          // A subject the change names that no figure of the section bears
          // must be made of the words naming that sentence's figures (收支:
          // 收入总计 and 支出总计), or the figure is another subject's
          // ("三公经费支出10万元。公务接待费较上年减少2万元").
          if (!subject.empty() &&
              !HanWithin(subject,
                         ctx->Between(c, ss[si - 1].begin,
                                      ctx->fact(amounts.back()).text_begin))) {
            continue;
          }
          a = amounts[0];
          opens = subject.empty()
                      ? TrimSpace(ctx->Between(c, sen.begin, fc.text_begin))
                      : std::string_view(fc.label).substr(at);
        }
      } else {
        // This year's figure: the one before the change, past its share
        // of a whole ("850088.3元，占支出总预算78.33%，同比减少54357.12
        // 元") and past an earlier comparison of it against another base
        // ("332057万元，较年初预算增加115046万元，增长53.01%，比上年总财力
        // 增加73756万元"). A figure right before a share's 的 is that
        // share's whole, not the subject ("完成24627万元，完成年初预算数
        // 60999万元的40.4%，比上年减收1070万元": 24627).
        size_t j = k - 2;
        before = j;
        int skipped = -1;  // the last earlier change passed over
        while (true) {
          while (j > 0 && ctx->fact(sen.facts[j]).kind == "percent") {
            --j;
            if (j > 0 && ShareWhole(*ctx, sen, j)) --j;
          }
          const Fact &fj = ctx->fact(sen.facts[j]),
                     &next = ctx->fact(sen.facts[j + 1]);
          // So is an earlier change of it against another base, with its
          // rate or alone ("…完成预算16634万元的161.0%，超收10151万元，同比
          // 增收6411万元，增长31.5%": the change is 26785's).
          if (j > 0 && is_change(fj) &&
              ((next.kind == "percent" && next.role == "change") ||
               (fj.kind != "percent" && !current_of.count(sen.facts[j]) &&
                !ctx->OtherYear(sen.facts[j])))) {
            skipped = sen.facts[j];
            --j;
            continue;
          }
          break;
        }
        // That base printed too, right before the change passed over, the
        // figure named by what the change was against ("支出46.79万元，年初
        // 预算56.29万元，决算数较预算减少9.50万元，…，较上年减少12.20万元":
        // 预算), is no subject: the figure before it is.
        if (skipped >= 0 && j > 0) {
          const std::string_view label = ctx->fact(skipped).label;
          const size_t at = FirstOf(label, than->words);
          std::string_view base_name;
          if (at != std::string_view::npos) {
            base_name = label.substr(at);
            for (const std::string& w : than->words) {
              const std::string_view head =
                  std::string_view(w).substr(0, w.find('/'));
              if (base_name.starts_with(head)) {
                base_name.remove_prefix(head.size());
                break;
              }
            }
            // (Less the way it went: 预算减少 names 预算.)
            for (const char* dir : {"up", "down"}) {
              size_t len = 0;
              if (way.EndsWith(base_name, dir, &len)) {
                base_name.remove_suffix(len);
              }
            }
          }
          const Fact& fj = ctx->fact(sen.facts[j]);
          const Fact& fi = ctx->fact(sen.facts[j - 1]);
          if (base_name.size() >= 6 &&
              fj.label.find(base_name) != std::string::npos &&
              SameFamily(fi, fj) && fi.qualifier.empty() && Summable(fi)) {
            --j;
          }
        }
        // Figures of another measure between ("公务接待费支出决算2.1万元，共
        // 接待15批次、128人次，较上年减少0.5万元"): the subject's own counts;
        // this year's figure is the nearest one of the change's measure.
        while (j > 0 && !SameFamily(ctx->fact(sen.facts[j]), fc) &&
               ctx->fact(sen.facts[j]).kind == "count") {
          --j;
        }
        // The sentence's first figure the whole of a share ("镇级一般公共预
        // 算收入完成年初预算数836.45万元的105.4%，较上年增加20.01万元，增长
        // 2.32%（上年：861.76万元）"): this year's figure is not printed
        // here; the year before's, in brackets right after the rate, is
        // the base, and with none the change is not read.
        if (j == 0 && ShareWhole(*ctx, sen, 0)) {
          if (k + 1 < sen.facts.size() && ctx->OtherYear(sen.facts[k + 1]) &&
              SameFamily(ctx->fact(sen.facts[k + 1]), fc) &&
              IsOpenBracket(TrimSpace(ctx->Between(
                  p, fp.text_end, ctx->fact(sen.facts[k + 1]).text_begin)))) {
            AddChangeOver(ctx, sen, c, k + 1, p,
                          "较上年数：变动率 = 变动额 ÷ 上年数");
          }
          continue;
        }
        a = sen.facts[j];
        // "完成16549万元，较上年同期24562万元减少8013万元，降低32.62%": the
        // figure right before the change, named by the comparison alone, is
        // the other year's, and the rate is the change over it; so is one
        // the comparison names otherwise ("支出12.5万元，比预算15万元减少2.5
        // 万元，下降16.7%": the budget).
        if (const Fact& other = ctx->fact(a);
            int(j) == int(k) - 2 && ComparedWith(way, other.label) &&
            other.qualifier.empty() && Summable(other) &&
            SameFamily(other, fc)) {
          const std::string w1 = which(fc.label), w2 = which(to_rate);
          if (!(w1.empty() && w2.empty()) &&
              (w1.empty() || w2.empty() || w1 == w2)) {
            AddChangeOver(ctx, sen, c, j, p,
                          OtherYears(way, other.label)
                              ? "较上年数：变动率 = 变动额 ÷ 上年数"
                              : "较所比之数：变动率 = 变动额 ÷ 所比之数");
            if (j == 0 && OtherYears(way, other.label)) {
              framed_difference(a, c, w1.empty() ? w2 : w1);
            }
          }
          continue;
        }
        // A chain whose head compared the figure its subject named ("…经费
        // 较上年决算数减少0.03万元，下降0.6%；较年初预算数减少6.3万元，下降
        // 58.3%"): each change is of that figure, its clauses set apart by ；
        // or not.
        bool chained = false;
        if (auto it = current_of.find(a); it != current_of.end()) {
          a = it->second;
          chained = true;
        }
        const Fact& prev = ctx->fact(sen.facts[before]);
        const std::string_view to_change =
            ctx->Between(c, prev.text_end, fc.text_begin);
        // A change in a clause of its own after a ； that names its subject
        // as the one figure of its sentence is named, its core words alike
        // (CoreName: "实际发放1381.94万元，…；发放资金较上年（…）增长…"), is of
        // that figure; any other change past a ； is another subject's.
        int core_named = -1;
        if (!chained && to_change.find("；") != std::string_view::npos) {
          const size_t at = FirstOf(fc.label, than->words);
          const std::string core =
              at == std::string::npos
                  ? std::string()
                  : CoreName(std::string_view(fc.label).substr(0, at));
          int count = 0;
          if (core.size() >= 6 &&
              AgainstOtherYear(way, std::string_view(fc.label).substr(at))) {
            for (size_t q = 0; q + 1 < k; ++q) {
              const int i = sen.facts[q];
              const Fact& fi = ctx->fact(i);
              if (fi.role != "change" && fi.qualifier.empty() && Summable(fi) &&
                  SameFamily(fi, fc) && !total_of.count(i) &&
                  CoreName(fi.label) == core) {
                core_named = i;
                ++count;
              }
            }
          }
          if (count != 1) continue;
        }
        // The clauses before the change, from the first comma (or, in a
        // chain, ；) after the figure before it.
        opens = AfterFirstComma(to_change);
        if (chained && opens.starts_with("；")) {
          opens = TrimSpace(opens.substr(std::string_view("；").size()));
        }
        // A change whose own label names its subject before a comparison
        // with another year ("本单位收入2854.36万元，其中财政拨款收入…，支出
        // 2854.36万元，…，收入较上年减少20565.34万元，同比减少78.81%") is of
        // the one figure of its sentence so named (its label ends in the
        // subject) that is not a part of a list: the whole, not a kind of
        // it (财政拨款收入). Read so when the figure before the change is
        // another, or a part; two such figures leave it unread. (A
        // comparison with a figure it names, 支出数比预算数减少, is
        // NamedDifferences'.)
        if (!chained) {
          const size_t at = FirstOf(fc.label, than->words);
          const std::string_view subject =
              at == std::string::npos
                  ? std::string_view()
                  : std::string_view(fc.label).substr(0, at);
          if (subject.size() >= 6 &&
              (!ctx->fact(a).label.ends_with(subject) || total_of.count(a)) &&
              AgainstOtherYear(way, std::string_view(fc.label).substr(at))) {
            int named = -1, count = 0;
            for (size_t q = 0; q + 1 < k; ++q) {
              const int i = sen.facts[q];
              const Fact& fi = ctx->fact(i);
              if (fi.role != "change" && fi.qualifier.empty() && Summable(fi) &&
                  SameFamily(fi, fc) && fi.label.ends_with(subject) &&
                  !total_of.count(i)) {
                named = i;
                ++count;
              }
            }
            if (count == 0 && core_named >= 0) {
              named = core_named;
              count = 1;
            }
            if (count == 1) {
              a = named;
              opens = std::string_view(fc.label).substr(at);
            }
          }
        }
      }
      const Fact& fa = ctx->fact(a);
      if (fa.role == "change" || !fa.qualifier.empty() || !Summable(fa) ||
          !SameFamily(fa, fc)) {
        continue;
      }
      // "税收收入20558万元，比上年18033万元增长14%": a figure labelled by the
      // comparison alone, no way named before it, is the other year's own,
      // and the rate is this year's over it (ratio.growth); so in a
      // sentence of its own ("…总计各4,762.07万元。收、支总计比上年的
      // 4,576.21万元增长4.06%").
      if (which(fc.label).empty() &&
          FirstOf(fc.label, than->words) != std::string_view::npos) {
        const std::string w = which(to_rate);
        if (w.empty() || TrimSpace(to_rate).size() > 12) continue;
        // After a list's last part, the total's or the part's (as a
        // change is, below).
        const int t = TotalBefore(*ctx, total_of, a);
        const bool whole = t >= 0 && fc.sentence == ctx->fact(a).sentence &&
                           SameFamily(ctx->fact(t), fc);
        AddGrowth(ctx, whole ? t : a, c, p, w,
                  "比上年数增长：变动率 = (本年数 − 上年数) ÷ 上年数",
                  whole ? a : -1);
        continue;
      }
      // The change has no subject of its own: its clause opens with a
      // comparison (较上年, 同比), so it is the change of the figure before.
      // "与2023年度相比" frames the comparison: a than-word's first half
      // opens the clause and its second half follows ("与/相比").
      // (A clause may name this year, or the basis the comparison is made
      // on, before its comparison: 本年较上年, 按同口径同比.)
      std::string_view against = opens;
      if (size_t len = 0; years.StartsWith(against, "this", &len)) {
        against.remove_prefix(len);
      }
      if (size_t len = 0; way.StartsWith(against, "basis", &len)) {
        against.remove_prefix(len);
      }
      const bool compared = std::any_of(
          than->words.begin(), than->words.end(), [&](const std::string& w) {
            size_t slash = w.find('/');
            if (slash == std::string::npos) return against.starts_with(w);
            return against.starts_with(w.substr(0, slash)) &&
                   against.find(w.substr(slash + 1)) != std::string_view::npos;
          });
      const std::string w1 = which(opens), w2 = which(to_rate);
      if ((w1.empty() && w2.empty()) ||
          (!w1.empty() && !w2.empty() && w1 != w2)) {
        continue;
      }
      // "地方公共财政预算收入完成51653万元，增加6455万元，增长14.28%": a
      // change of the figure right before it, both said the same way with
      // no comparison named (the section says against what). Most often
      // against last year; the figure itself may be the base too (年初预算
      // 100万元，增加20万元，增长20%), a reading the check also tries.
      const bool bare = !compared && !opens_sentence && before + 2 == k &&
                        sen.facts[before] == a && !w1.empty() && w1 == w2 &&
                        Bare(way, TrimSpace(opens)) &&
                        Bare(way, TrimSpace(AfterFirstComma(to_rate)));
      if (!compared && !bare) continue;
      // "2023年度…支出15.42万元，2022年度为18.76万元，较上年减少3.34万元，
      // 下降17.80%": a figure whose own clause opens with a year before one
      // its sentence named earlier is that year's, the base of the change.
      if (!opens_sentence) {
        const std::string_view clause = ClauseBefore(*ctx, a);
        const int own = LeadingYear(clause);
        const std::string_view earlier = ctx->Between(
            a, fa.sentence_begin,
            fa.text_begin -
                uint32_t(std::min<size_t>(clause.size(), fa.text_begin)));
        if (own > 0 && LatestYear(earlier) > own) {
          AddChangeOver(ctx, sen, c, before, p,
                        "上年数另列：变动率 = 变动额 ÷ 上年数");
          // And the change is this year's figure so named less it.
          framed_difference(a, c, w1.empty() ? w2 : w1);
          continue;
        }
      }
      // "533万元，与2022年获得…384万元相比增加149万元，增长38.8%": the figure
      // inside the frame is the other year's, so the rate is the change
      // over it, whatever this year's figure was.
      if (!opens_sentence && Framed(*ctx, sen, before, opens)) {
        AddChangeOver(ctx, sen, c, before, p,
                      "与上年数相比：变动率 = 变动额 ÷ 上年数");
        // A frame that opens its sentence ("与2022年末资产总额3,418.60万元
        // 相比增加232.58万元") names the quantity whose figure this year the
        // text stated before it: the change is their difference too.
        if (before == 0) framed_difference(sen.facts[0], c, which(fc.label));
        continue;
      }
      Relation r;
      r.kind = "ratio";
      r.rule = "ratio.change";
      r.name = fp.label;
      r.members = {{"numerator", c}, {"current", a}, {"rate", p}};
      for (int o : others) r.members.push_back({"current.other", o});
      // The figure before the change is the last part of a list of its
      // sentence ("完成126.05亿元（县本级98.88亿元，高新区27.17亿元），…同
      // 比增收9.74亿元"): the change is the sentence's subject's, the total,
      // or else the part's (current.alt).
      if (const int t = TotalBefore(*ctx, total_of, a);
          t >= 0 && fc.sentence == ctx->fact(a).sentence &&
          SameFamily(ctx->fact(t), fc)) {
        r.members[1].fact = t;
        r.members.push_back({"current.alt", a});
      }
      // "收入总计4914.82万元，支出总计4914.82万元，…收支总计各增加954.86万
      // 元，增长24.11%": a change said of each of two figures side by side
      // (rates.lex, change: each) is of the one before too.
      if (!opens_sentence && before >= 1 && sen.facts[before] == a &&
          SaysEach(way, fc.label)) {
        const int b = sen.facts[before - 1];
        const Fact& fb = ctx->fact(b);
        if (fb.role != "change" && fb.qualifier.empty() && Summable(fb) &&
            SameFamily(fb, fc)) {
          r.members.push_back({"current.each", b});
        }
      }
      if (bare) r.members.push_back({"denominator.other", a});
      r.detail = w1.empty() ? w2 : w1;
      r.evidence = ChangeRateEvidence(r.detail);
      if (opens_sentence) current_of[c] = a;
      ctx->Add(std::move(r));
    }
  }
}

// "公务用车运行维护费2.94万元，比去年3.01万元少0.7万元": a figure, the
// other year's figure its clause compares it with, and the change between
// them, one after the other, make a difference (budget.change: the
// change is |this year's − the other year's|), whether or not a rate
// follows. The comparison names the other year (OtherYears: 比去年, 较上年
// 同期, 较2024年的) and nothing but the direction (rates.lex, change: up,
// down) stands between the other year's figure and the change, so the three
// are one statement and not figures of two clauses.
//
// When the figure before the comparison is the last part of a list whose
// total opens the sentence ("支出决算8.64万元，其中因公出国（境）费0万元，…，
// 公务接待费1.74万元，较预算数10.00万元减少1.36万元"), the comparison may be
// of that part or of the sentence's subject, the total: both are readings
// (current.alt), and the text does not say which.
void Differences(Context* ctx, const std::map<int, int>& total_of) {
  const Lexicon& way = ctx->lex().Get("change");
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 2; k < sen.facts.size(); ++k) {
      const int a = sen.facts[k - 2], b = sen.facts[k - 1], c = sen.facts[k];
      const Fact &fa = ctx->fact(a), &fb = ctx->fact(b), &fc = ctx->fact(c);
      if (!Plain(fa) || !Plain(fb) || !Plain(fc) || !SameFamily(fa, fb) ||
          !SameFamily(fb, fc)) {
        continue;
      }
      // The other year's figure opens its own clause with the comparison
      // (a comparison that ends a clause before a ；, "较上年持平；一般性转移
      // 支付收入6.55亿元", is the clause's own, and the figure after starts
      // another).
      std::string_view to_b = ctx->Between(b, fa.text_end, fb.text_begin);
      // (Past spaces and commas, half- or full-width: a byte set would
      // stop inside a full-width character that shares the comma's lead
      // bytes, （.)
      size_t comma = 0;
      for (bool more = true; more;) {
        more = false;
        for (std::string_view c : {" ", ",", "，"}) {
          if (to_b.substr(comma).starts_with(c)) {
            comma += c.size();
            more = true;
          }
        }
      }
      if (comma == to_b.size()) comma = std::string_view::npos;
      if (comma == 0 || comma == std::string_view::npos ||
          to_b.find("；") != std::string_view::npos ||
          to_b.find(';') != std::string_view::npos ||
          !ComparedWith(way, to_b.substr(comma))) {
        continue;
      }
      // Only the direction stands between the two (相比 before it, 了
      // after it, a comma either side; the bracket the other figure sits
      // in, 比上年（3,049.33万元）减少…).
      std::string_view to_c =
          TrimSpace(ctx->Between(c, fb.text_end, fc.text_begin));
      for (std::string_view lead : {"）", ")", "，", ",", "相比", "，", ","}) {
        if (to_c.starts_with(lead)) to_c = to_c.substr(lead.size());
      }
      if (to_c.ends_with("了"))
        to_c.remove_suffix(std::string_view("了").size());
      if (!Bare(way, to_c)) continue;
      const std::string w = way.Name(to_c);
      if (w != "up" && w != "down") continue;
      AddDifference(ctx, a, b, c, w, "本年数与比较之数之差 = 增减额");
      if (const int t = TotalBefore(*ctx, total_of, a);
          t >= 0 && SameFamily(ctx->fact(t), fb)) {
        ctx->out()->relations.back().members.push_back({"current.alt", t});
      }
    }
  }
}

// "受支持企业全年实现工业产值357.01亿元，比上年增加46.03亿元（上年可比口径
// 310.71亿元）": a figure, its change against another year in the clause
// after it, and that year's figure in a bracket right after the change,
// make a difference (budget.change) as Differences' do when the other
// year's figure comes first. The bracket holds that figure alone, named
// as another year's (OtherYear).
void BracketedOtherYears(Context* ctx) {
  const Lexicon& way = ctx->lex().Get("change");
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 2; k < sen.facts.size(); ++k) {
      const int a = sen.facts[k - 2], c = sen.facts[k - 1], b = sen.facts[k];
      const Fact &fa = ctx->fact(a), &fb = ctx->fact(b), &fc = ctx->fact(c);
      if (!Plain(fa) || !Plain(fb) || !Plain(fc) || !SameFamily(fa, fb) ||
          !SameFamily(fb, fc) || !ctx->OtherYear(b) || ctx->OtherYear(a) ||
          fa.role == "change") {
        continue;
      }
      const std::string_view to_c = TrimSpace(
          AfterFirstComma(ctx->Between(c, fa.text_end, fc.text_begin)));
      const std::string w = way.Name(to_c);
      if (!AgainstOtherYear(way, to_c) || (w != "up" && w != "down")) continue;
      const std::string_view to_b =
          TrimSpace(ctx->Between(b, fc.text_end, fb.text_begin));
      const std::string_view after =
          TrimSpace(ctx->Between(b, fb.text_end, fb.text_end + 3));
      if (!IsOpenBracket(to_b) || !IsCloseBracket(after)) continue;
      AddDifference(ctx, a, b, c, w, "本年数与括注上年数之差 = 增减额");
    }
  }
}

// The index in sen.facts of the figure at or before index j that the
// percentages ending there are of: past rates of other kinds than a change
// and the whole a share prints before its 的 (…完成61646万元，占年初预算数
// 109466万元的56.3%: 61646).
size_t FigureBefore(const Context& ctx, const Sentence& sen, size_t j) {
  while (j > 0 && ctx.fact(sen.facts[j]).kind == "percent" &&
         ctx.fact(sen.facts[j]).role != "change") {
    --j;
    if (j > 0 && ShareWhole(ctx, sen, j)) --j;
  }
  return j;
}

// "一般公共预算收入完成8.56亿元，同比增长5.6%，增收0.45亿元": the rate
// before the change it is of, the same way, each in a clause of its own
// right after the figure; read as ChangeRates reads the change before the
// rate (ratio.change). The rate's clause opens with a comparison against
// another year (同比, 较上年) or is a direction alone (then the figure itself
// may be the base too, as there), and the change's clause is a direction
// alone.
void RatesThenChanges(Context* ctx, const std::set<int>& paired) {
  const Lexicon& way = ctx->lex().Get("change");
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 2; k < sen.facts.size(); ++k) {
      // The figure: the one before the rate, past its shares and rates of
      // other kinds ("完成61646万元，占年初预算数109466万元的56.3%，同比增长
      // 10.7%，…": 61646).
      // A rate whose clause prints the other year's figure ("完成87,233万
      // 元，…，比上年92,632万元下降5.8%，减收5,349万元"): the change is the
      // difference of the two figures, the figure is the one before.
      const Fact& before = ctx->fact(sen.facts[k - 2]);
      int other = -1;
      if (k >= 3 && Plain(before) && before.role == "change" &&
          ComparedWith(
              way, TrimSpace(AfterFirstComma(ctx->Between(
                       sen.facts[k - 2], ctx->fact(sen.facts[k - 3]).text_end,
                       before.text_begin))))) {
        other = sen.facts[k - 2];
      }
      const int
          a = sen.facts[FigureBefore(*ctx, sen, other >= 0 ? k - 3 : k - 2)],
          p = sen.facts[k - 1], c = sen.facts[k];
      if (paired.count(p) || paired.count(c)) continue;
      const Fact &fa = ctx->fact(a), &fp = ctx->fact(p), &fc = ctx->fact(c);
      if (fp.kind != "percent" || fp.role != "change" ||
          !fp.qualifier.empty() || fc.role != "change" ||
          !fc.qualifier.empty() || !Summable(fc) || fa.role == "change" ||
          !fa.qualifier.empty() || !Summable(fa) || !SameFamily(fa, fc) ||
          ctx->OtherYear(a)) {
        continue;
      }
      const std::string_view to_rate =
          ctx->Between(p, before.text_end, fp.text_begin);
      const std::string_view to_change =
          ctx->Between(c, fp.text_end, fc.text_begin);
      auto apart = [](std::string_view gap) {
        return gap.find("；") != std::string_view::npos ||
               gap.find("。") != std::string_view::npos;
      };
      if (apart(to_rate) || apart(to_change)) continue;
      const std::string_view rate_words = TrimSpace(AfterFirstComma(to_rate));
      const std::string_view change_words =
          TrimSpace(AfterFirstComma(to_change));
      const bool compared = AgainstOtherYear(way, rate_words);
      const bool bare = Bare(way, rate_words);
      const std::string w1 = way.Name(rate_words), w2 = way.Name(change_words);
      if ((!compared && !bare) || !Bare(way, change_words) || w1 != w2 ||
          (w1 != "up" && w1 != "down")) {
        continue;
      }
      if (other >= 0) {
        if (SameFamily(ctx->fact(other), fc)) {
          AddDifference(ctx, a, other, c, w1, "本年数与比较之数之差 = 增减额");
        }
        continue;
      }
      Relation r;
      r.kind = "ratio";
      r.rule = "ratio.change";
      r.name = fp.label;
      r.members = {{"numerator", c}, {"current", a}, {"rate", p}};
      if (bare) r.members.push_back({"denominator.other", a});
      r.detail = w1;
      r.evidence = ChangeRateEvidence(w1);
      ctx->Add(std::move(r));
    }
  }
}

// "固定资产净值6216.38万元（固定资产原值6606.25万元，累计折旧389.87万元）",
// "资产总额1500万元，…；负债总额300万元，净资产1200万元": a whole, what is
// taken off it and what is left, stated one right after the other in one
// sentence, in any order, each named by the word that ends latest in its
// label (lexicons book_value: 原值, 累计折旧, 净值; net_assets: 资产总额,
// 负债总额, 净资产), are the identity net = gross − less (budget.net_value,
// a difference: the check reads it as budget.change's). A list's parts
// between them that the lexicon does not name (其中流动资产…) are passed
// over.
void BookValues(Context* ctx, const std::map<int, int>& total_of) {
  for (const char* lexicon : {"book_value", "net_assets"}) {
    const Lexicon& words = ctx->lex().Get(lexicon);
    for (const Sentence& sen : ctx->sentences()) {
      std::vector<int> seq;
      std::vector<std::string> names;
      for (int i : sen.facts) {
        std::string name = words.Name(TrimSpace(ctx->fact(i).label));
        if (name.empty() && total_of.count(i)) continue;
        seq.push_back(i);
        names.push_back(std::move(name));
      }
      for (size_t k = 2; k < seq.size(); ++k) {
        int gross = -1, less = -1, net = -1;
        bool three = true;
        for (size_t j = k - 2; j <= k && three; ++j) {
          const Fact& f = ctx->fact(seq[j]);
          int* slot = names[j] == "gross"  ? &gross
                      : names[j] == "less" ? &less
                      : names[j] == "net"  ? &net
                                           : nullptr;
          three = f.kind == "amount" && Plain(f) && slot && *slot < 0 &&
                  SameFamily(f, ctx->fact(seq[k]));
          if (three) *slot = seq[j];
        }
        if (!three) continue;
        Relation r;
        r.kind = "budget";
        r.rule = "budget.net_value";
        r.name = ctx->fact(net).label;
        r.detail = "down";
        r.evidence = std::string(lexicon) == "book_value"
                         ? "净值 = 原值 − 累计折旧"
                         : "净资产 = 资产总额 − 负债总额";
        r.members = {{"current", gross}, {"other", less}, {"change", net}};
        r.page_no = ctx->fact(net).page_no;
        ctx->Add(std::move(r));
      }
    }
  }
}

namespace {

// Where the clause of a year pair names its year: the word of the
// year_pair lexicon's `this` or `before` entry, or a year "2023年(度)",
// and the clause without it (the quantity's name).
struct YearWord {
  int year = 0;  // 1 this year, -1 the year before, or the year printed
  std::string name;
  size_t before = 0;  // bytes of name before the year word (the subject)
};

std::optional<YearWord> YearOf(const Lexicon& years, std::string_view clause) {
  for (size_t at = 0; at + 7 <= clause.size(); ++at) {
    const int y = LeadingYear(clause.substr(at));
    if (y == 0) continue;
    size_t len = 4 + std::string_view("年").size();
    if (clause.substr(at + len).starts_with("度")) len += 3;
    return YearWord{y,
                    std::string(clause.substr(0, at)) +
                        std::string(clause.substr(at + len)),
                    at};
  }
  // The longest word of either entry, first in the clause.
  size_t best_at = std::string_view::npos, best_len = 0;
  int which = 0;
  for (const char* e : {"this", "before"}) {
    const LexEntry* entry = years.Entry(e);
    if (!entry) continue;
    for (const std::string& w : entry->words) {
      const size_t at = clause.find(w);
      if (at == std::string_view::npos) continue;
      if (at < best_at || (at == best_at && w.size() > best_len)) {
        best_at = at;
        best_len = w.size();
        which = std::string_view(e) == "this" ? 1 : -1;
      }
    }
  }
  if (best_at == std::string_view::npos) return std::nullopt;
  return YearWord{which,
                  std::string(clause.substr(0, best_at)) +
                      std::string(clause.substr(best_at + best_len)),
                  best_at};
}

// `text` past the longest prefix it shares with `name`, cut at a
// character's start.
std::string_view PastSharedPrefix(std::string_view text,
                                  std::string_view name) {
  size_t n = 0;
  while (n < text.size() && n < name.size() && text[n] == name[n]) ++n;
  while (n > 0 && n < text.size() && (text[n] & 0xC0) == 0x80) --n;
  return text.substr(n);
}

}  // namespace

// "本年度收入合计3258909.77元，上年度收入合计3736198.37元，收入减少477288.6
// 元，同比下降12.77%": a quantity stated for this year and the year before,
// a clause each (lexicon year_pair), then its change and the change's rate.
// The change is the difference (budget.change) and the rate is over the
// year before's figure (ratio.change_over). Returns the changes and rates
// so read, which the finders of a change against the figure before it
// pass over (the figure before is the year before's own).
std::set<int> YearPairs(Context* ctx) {
  std::set<int> claimed;
  const Lexicon& years = ctx->lex().Get("year_pair");
  const Lexicon& way = ctx->lex().Get("change");
  // The clause's words, short of a way's: what a change clause may hold
  // beside its way and a comparison (比上年, 同比). `between` is the text
  // from the figure before to the change, which opens a clause of its own.
  constexpr size_t kMaxChangeWords = 24;
  auto change_words = [&](std::string_view between, std::string_view name,
                          int figure, std::string* w) {
    if (between.find("，") == std::string_view::npos &&
        between.find(',') == std::string_view::npos) {
      return false;
    }
    std::string_view words =
        TrimSpace(PastSharedPrefix(TrimSpace(AfterFirstComma(between)), name));
    if (size_t len = 0; way.StartsWith(words, "basis", &len)) {
      words.remove_prefix(len);  // 同口径增加
    }
    // "增长-13.19%": a growth printed negative is a fall.
    const bool negative = ctx->fact(figure).value.starts_with("-");
    if (words.find("；") != std::string_view::npos ||
        words.find("。") != std::string_view::npos) {
      return false;
    }
    const bool ok = Bare(way, words) || (AgainstOtherYear(way, words) &&
                                         words.size() <= kMaxChangeWords);
    *w = way.Name(words);
    if (negative && (*w == "up" || *w == "down")) {
      *w = *w == "up" ? "down" : "up";
    }
    return ok && (*w == "up" || *w == "down");
  };
  // Whether fact i's clause names the year before and nothing else
  // ("上年为", "上年同期"), or nothing but `same`, the name of the figure
  // it is set against, or that name's head ("上年同期接待游客" after "接待
  // 游客…", "上年同期支出" after "就业补助资金支出…": a noun phrase ends in
  // its head): the figure is the one before it, that year. ("（上年为": a
  // bracket opens a clause of its own.)
  auto only_before = [&](int i, std::string_view same = {}) {
    std::string_view clause = ClauseBefore(*ctx, i);
    for (std::string_view open : {"（", "("}) {
      if (size_t at = clause.rfind(open); at != std::string_view::npos) {
        clause.remove_prefix(at + open.size());
      }
    }
    std::optional<YearWord> y = YearOf(years, clause);
    if (!y || y->year != -1) return false;
    std::string_view n = TrimSpace(y->name);
    for (std::string_view verb : {"为", "是", "：", ":"}) {
      if (n.ends_with(verb)) n.remove_suffix(verb.size());
    }
    n = TrimSpace(n);
    if (n.empty()) return true;
    const std::string name = Squeeze(n);
    return !same.empty() && CodePoints(name) >= 2 &&
           Squeeze(same).ends_with(name);
  };
  for (const Sentence& sen : ctx->sentences()) {
    // "…收入完成12.5亿元，同比增长8.5%（上年为11.8亿元）": a rate right
    // after a figure, then the year before's figure so named.
    for (size_t k = 2; k < sen.facts.size(); ++k) {
      const int prev = sen.facts[k - 2], p = sen.facts[k - 1], b = sen.facts[k];
      // A change of the figure against another base right before the rate
      // (…完成59089万元，为预算的105.64%，超收3155万元，比上年下降6.05%
      // (上年62894万元)) is passed over with the rates between: the rate is
      // the figure's.
      int a = prev;
      for (size_t j = k - 2; ctx->fact(prev).role == "change" && j-- > 0;) {
        const Fact& fj = ctx->fact(sen.facts[j]);
        if (fj.kind == "percent" || fj.role == "change") continue;
        a = sen.facts[j];
        break;
      }
      const Fact &fa = ctx->fact(a), &fp = ctx->fact(p), &fb = ctx->fact(b);
      std::string w;
      if (fp.kind != "percent" || fp.role != "change" ||
          !fp.qualifier.empty() || !Plain(fa) || !Plain(fb) ||
          !SameFamily(fa, fb) || claimed.count(p) ||
          !only_before(b, fa.label) ||
          !change_words(
              ctx->Between(p, ctx->fact(prev).text_end, fp.text_begin), "", p,
              &w)) {
        continue;
      }
      if (std::optional<YearWord> ya = YearOf(years, ClauseBefore(*ctx, a));
          ya && ya->year == -1) {
        continue;
      }
      AddGrowth(ctx, a, b, p, w,
                "分句各述本年与上年：变动率 = (本年数 − 上年数) ÷ 上年数");
      claimed.insert(p);
      // The change against the year before right before the rate (…完成
      // 620,321万元，…，比上年增收43,100万元，增长7.5%(上年577,311万元))
      // is the figure less that year's.
      const Fact& fc = ctx->fact(prev);
      std::string wc;
      if (prev != a && fc.kind == "amount" && Plain(fc) && SameFamily(fc, fa) &&
          !claimed.count(prev) &&
          change_words(ctx->Between(prev, ctx->fact(sen.facts[k - 3]).text_end,
                                    fc.text_begin),
                       "", prev, &wc) &&
          wc == w && AgainstOtherYear(way, ClauseBefore(*ctx, prev))) {
        AddDifference(ctx, a, b, prev, w,
                      "上年数另列：增减额 = 本年数 − 上年数");
        claimed.insert(prev);
      }
    }
    for (size_t k = 2; k < sen.facts.size(); ++k) {
      // The first of the pair: the figure before the second, past its own
      // rates of other kinds ("…累计完成9.20亿元，为预算的99.5%，上年为10.42
      // 亿元，同比减收1.22亿元": 9.20; "…完成92.27亿元，为年初预算102.10亿元
      // 的90.4%，上年同期为87.55亿元…": 92.27).
      const int a = sen.facts[FigureBefore(*ctx, sen, k - 2)],
                b = sen.facts[k - 1], c = sen.facts[k];
      const Fact &fa = ctx->fact(a), &fb = ctx->fact(b), &fc = ctx->fact(c);
      // The change: a figure of the pair's measure, or straight a rate
      // (counts take no accounts role: their clause tells the way).
      const bool rate = fc.kind == "percent" && fc.qualifier.empty();
      if (!Plain(fa) || !Plain(fb) || !SameFamily(fa, fb) ||
          (fc.role != "change" && fc.kind != "count") ||
          (!rate && !Plain(fc)) || (!rate && !SameFamily(fb, fc))) {
        continue;
      }
      if (claimed.count(c)) continue;
      std::optional<YearWord> ya = YearOf(years, ClauseBefore(*ctx, a));
      std::optional<YearWord> yb = YearOf(years, ClauseBefore(*ctx, b));
      // "…收入完成12.5亿元，上年为11.8亿元，增长5.9%": a clause naming the
      // year before alone states the figure before it for that year.
      const bool bare = (only_before(b) || only_before(b, fa.label)) &&
                        (!ya || ya->year != -1);
      if (bare) {
        ya = YearWord{1, "上年"};
        yb = YearWord{-1, "上年"};
      }
      if (!ya || !yb) continue;
      // A word of the year's span (全年, 累计) may open one name and not
      // the other.
      for (YearWord* y : {&*ya, &*yb}) {
        size_t len = 0;
        std::string_view n = TrimSpace(y->name);
        if (years.StartsWith(n, "span", &len)) n.remove_prefix(len);
        const size_t cut = size_t(n.data() - y->name.data());
        y->before -= std::min(y->before, cut);
        y->name = std::string(n);
      }
      // The sentence's subject may open the first name only ("该项目2022年
      // 预算…，2023年预算…"): the names after the years then agree.
      // Nothing after either year ("普通小学上年10321.31元，本年10359.52
      // 元"): the subject is the pair's name.
      if (ya->before > 0 && yb->before == 0 && ya->name.size() >= ya->before &&
          std::string_view(ya->name).substr(ya->before) == yb->name) {
        if (yb->name.empty()) yb->name = ya->name;
        ya->name = yb->name;
      }
      if (ya->name != yb->name || ya->name.empty()) continue;
      // This year's first or second: words, or two years one apart.
      bool a_this;
      if (ya->year > 1 && yb->year > 1 && std::abs(ya->year - yb->year) == 1) {
        a_this = ya->year > yb->year;
      } else if ((ya->year == 1 && yb->year == -1) ||
                 (ya->year == -1 && yb->year == 1)) {
        a_this = ya->year == 1;
      } else {
        continue;
      }
      const std::string_view to_c = ctx->Between(c, fb.text_end, fc.text_begin);
      std::string w;
      if (!change_words(to_c, bare ? "" : TrimSpace(ya->name), c, &w)) {
        continue;
      }
      const int now = a_this ? a : b, before = a_this ? b : a;
      claimed.insert(c);
      if (rate) {  // "今年…8000万元，去年…6000万元，增长33.3%"
        AddGrowth(ctx, now, before, c, w,
                  "分句各述本年与上年：变动率 = (本年数 − 上年数) ÷ 上年数");
        continue;
      }
      AddDifference(ctx, now, before, c, w,
                    "分句各述本年与上年：增减额 = 本年数 − 上年数");
      if (k + 1 >= sen.facts.size()) continue;
      const int p = sen.facts[k + 1];
      const Fact& fp = ctx->fact(p);
      if (fp.kind != "percent" || fp.role != "change" ||
          !fp.qualifier.empty()) {
        continue;
      }
      const std::string_view to_p = ctx->Between(p, fc.text_end, fp.text_begin);
      std::string wp;
      if (!change_words(to_p, "", p, &wp) || wp != w) {
        continue;
      }
      AddRatio(ctx, "ratio.change_over", fp.label, c, before, p,
               "分句各述本年与上年：变动率 = 变动额 ÷ 上年数");
      claimed.insert(p);
    }
  }
  return claimed;
}

// "2022年度"三公"经费预算总计21.8万元，其中：…公务接待11.8万元，…。2021年度
// "三公"经费合计支出20.12万元，其中：…公务接待12.39万元，…。…其中公务接待较
// 上年同期减少0.58万元": a report that lists the parts of one quantity for
// each of two years, a year opening each list's sentence, then states a
// part's change against the other year by the part's own name, states
// the difference of that part's two figures. The nearest two lists before
// the change, of years a year apart, each with one part so named (the
// name the change's label holds before its comparison) are taken; the
// later year's is the current figure.
constexpr int kYearListSentences = 8;

void PartChangesOfYearLists(Context* ctx) {
  const Lexicon& way = ctx->lex().Get("change");
  const LexEntry* than = way.Entry("than");
  if (!than) return;
  struct YearList {
    int total, year;
    std::vector<int> parts;
  };
  std::vector<YearList> lists;  // in order of their totals
  std::set<int> changed;        // changes some difference already reads
  for (const Relation& r : ctx->out()->relations) {
    if (r.rule == "budget.change") {
      for (const RelationMember& m : r.members) {
        if (m.role == "change") changed.insert(m.fact);
      }
    }
    if (r.kind != "breakdown" || r.members.empty() ||
        r.members.front().role != "total") {
      continue;
    }
    const int year = OpeningYear(*ctx, r.members.front().fact);
    if (year == 0) continue;
    YearList l{r.members.front().fact, year, {}};
    for (const RelationMember& m : r.members) {
      if (m.role == "part") l.parts.push_back(m.fact);
    }
    lists.push_back(std::move(l));
  }
  if (lists.size() < 2) return;
  std::sort(
      lists.begin(), lists.end(),
      [](const YearList& a, const YearList& b) { return a.total < b.total; });
  const std::vector<Fact>& facts = ctx->out()->facts;
  for (size_t c = 0; c < facts.size(); ++c) {
    const Fact& fc = facts[c];
    if (fc.role != "change" || fc.kind != "amount" || !fc.qualifier.empty() ||
        changed.count(int(c))) {
      continue;
    }
    const size_t at = FirstOf(fc.label, than->words);
    if (at == std::string::npos || at < 6) continue;
    const std::string_view rest = std::string_view(fc.label).substr(at);
    const std::string w = way.Name(rest);
    if ((w != "up" && w != "down") || !AgainstOtherYear(way, rest)) continue;
    const std::string subject = Squeeze(fc.label.substr(0, at));
    // The one part of list l named by the subject, or -1.
    auto named = [&](const YearList& l) {
      int found = -1;
      for (int i : l.parts) {
        if (Squeeze(ctx->fact(i).label) != subject) continue;
        if (found >= 0) return -1;
        found = i;
      }
      return found;
    };
    int later = -1, earlier = -1, year = 0;
    // From the last list before the change back (a document of many lists
    // and changes stays n log n).
    const size_t first_after =
        size_t(std::partition_point(
                   lists.begin(), lists.end(),
                   [&](const YearList& l) { return l.total < int(c); }) -
               lists.begin());
    for (size_t k = first_after; k-- > 0;) {
      const YearList& l = lists[k];
      if (fc.sentence - ctx->fact(l.total).sentence > kYearListSentences) {
        break;
      }
      const int part = named(l);
      if (part < 0) continue;
      if (later < 0) {
        later = part;
        year = l.year;
      } else if (std::abs(l.year - year) == 1) {
        earlier = part;
        if (l.year > year) std::swap(later, earlier);
        break;
      } else {
        break;
      }
    }
    if (later < 0 || earlier < 0 || !SameFamily(ctx->fact(later), fc) ||
        !SameFamily(ctx->fact(earlier), fc)) {
      continue;
    }
    AddDifference(ctx, later, earlier, int(c), w,
                  "两年各列分项，分项较上年变动：变动额 = 本年分项 − 上年分项");
  }
}

// Each NamedBetween, as a difference and the rate over its base.
void NamedDifferences(Context* ctx) {
  const Lexicon& way = ctx->lex().Get("change");
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 0; k < sen.facts.size(); ++k) {
      const std::optional<NamedDifference> d = NamedBetween(*ctx, sen, k);
      if (!d) continue;
      const int c = sen.facts[k];
      const Fact& fc = ctx->fact(c);
      const std::string said = d->subject + d->than + d->base;
      AddDifference(ctx, d->current, d->other, c, way.Name(d->direction), said);
      if (k + 1 < sen.facts.size()) {
        const int p = sen.facts[k + 1];
        const Fact& fp = ctx->fact(p);
        const std::string_view to_rate =
            ctx->Between(p, fc.text_end, fp.text_begin);
        if (fp.kind == "percent" && fp.qualifier.empty() &&
            fp.role == "change" &&
            to_rate.find("；") == std::string_view::npos &&
            to_rate.find("。") == std::string_view::npos) {
          AddRatio(ctx, "ratio.change_over", fp.label, c, d->other, p,
                   said + "：变动率 = 变动额 ÷ " + d->base);
        }
      }
    }
  }
}

// The figure a rate after sen.facts[q] may be of: q itself, or, back from
// it, the first that is no change against another year nor that year's
// figure ("实现654213万元(上年634407万元), 比上年增长3.1%, 为调整预算的…").
size_t PastChanges(const Context& ctx, const Sentence& sen, size_t q) {
  while (q > 0 && (ctx.fact(sen.facts[q]).role == "change" ||
                   ctx.OtherYear(sen.facts[q]))) {
    --q;
  }
  return q;
}

// "全县一般公共预算收入完成87,436万元，为预算的95.09%" (a 预算执行 report):
// a rate whose clause names a budget as its whole and prints none (为预算的,
// 为调整预算的, 完成年初预算的: share_whole of, then a budget word of
// roles.lex, then 的) is the figure right before it over that budget,
// stated before it in its paragraph or the sentence before: the nearest
// figure with the role the word names (年初预算 initial, any other full)
// and its key in its name (调整, 年初, 预算), of the same side (收入, 支出)
// where both names tell one, and named as the figure is (一般公共预算收入预
// 算, 全县一般公共预算收入完成). A part of a list is measured against a
// budget of its own, which such a sentence does not print: not read.
// Returns the rates it relates.
std::set<int> SharesOfNamedBudget(Context* ctx) {
  std::set<int> rates;
  const LexEntry* of = ctx->lex().Get("share_whole").Entry("of");
  const Lexicon& roles = ctx->lex().Get("role");
  const Lexicon& account = ctx->lex().Get("account");
  if (!of) return rates;
  // The parts of lists (below).
  const std::map<int, int> part_of = TotalsOfParts(*ctx);
  // The side a label names last (lists.lex side: income, spending), or "".
  const Lexicon& sides = ctx->lex().Get("side");
  auto side = [&](std::string_view label) { return sides.Name(label); };
  const std::vector<Sentence>& ss = ctx->sentences();
  for (size_t s = 0; s < ss.size(); ++s) {
    const Sentence& sen = ss[s];
    for (size_t k = 1; k < sen.facts.size(); ++k) {
      const int rate = sen.facts[k];
      // The outturn: the figure right before, past its own change against
      // another year and that year's figure ("实现654213万元(上年634407万
      // 元), 比上年增长3.1%, 为调整预算的107.09%").
      const size_t q = PastChanges(*ctx, sen, k - 1);
      const int num = sen.facts[q];
      const Fact &p = ctx->fact(rate), &n = ctx->fact(num);
      if (p.kind != "percent" || !p.qualifier.empty() || n.kind != "amount" ||
          !Summable(n) || !n.qualifier.empty() || IsBudget(n.role) ||
          n.role == "change" || ctx->OtherYear(num)) {
        continue;
      }
      // (A part of a list whose total comes before it; what a total after
      // it adds up, 加上…收入总计, is an account's own figure.)
      if (auto t = part_of.find(num); t != part_of.end() && t->second < num) {
        continue;
      }
      // (The rate's own clause: from the stop before it.)
      std::string_view between = ctx->Between(
          rate, ctx->fact(sen.facts[k - 1]).text_end, p.text_begin);
      if (q + 1 < k) {
        const size_t wide = between.rfind("，"), narrow = between.rfind(",");
        if (wide == std::string_view::npos &&
            narrow == std::string_view::npos) {
          continue;
        }
        between = between.substr(wide == std::string_view::npos ? narrow
                                 : narrow == std::string_view::npos
                                     ? wide
                                     : std::max(wide, narrow));
      }
      if (!between.starts_with("，") && !between.starts_with(",")) continue;
      std::string words = Squeeze(AfterFirstComma(between));
      bool verb = false;
      for (const std::string& v : of->words) {
        if (words.starts_with(v)) {
          words.erase(0, v.size());
          verb = true;
          break;
        }
      }
      if (!verb || !words.ends_with("的")) continue;
      words.resize(words.size() - std::string_view("的").size());
      // (A budget named so: 总投资 is the whole of another account.)
      const bool first = roles.Has("initial", words);
      if ((!first && !roles.Has("full", words)) ||
          words.find("预算") == std::string::npos) {
        continue;
      }
      const char* want = first ? "initial" : "full";
      // The word's key, which the budget's own name holds (调整, 年初, or
      // 预算: 可用资金 is no budget so named).
      const char* key = words.find("调整") != std::string::npos ? "调整"
                        : first                                 ? "年初"
                                                                : "预算";
      // The names without their last word (a budget word; an outturn verb):
      // one holds the other, or either is empty (完成82133万元).
      auto bare = [&](std::string_view label, bool budget_word) {
        size_t len = 0, l2 = 0;
        if (budget_word) {
          roles.EndsWith(label, "full", &len);
          roles.EndsWith(label, "initial", &l2);
        } else {
          account.EndsWith(label, "outturn", &len);
        }
        return std::string(label.substr(0, label.size() - std::max(len, l2)));
      };
      const std::string m = bare(n.label, false);
      auto named = [&](int j) {
        const std::string c = bare(ctx->fact(j).label, true);
        return m.empty() || c.empty() || m.find(c) != std::string::npos ||
               c.find(m) != std::string::npos;
      };
      // The budget: the nearest so named before the figure, in the
      // paragraph or the sentence before, named as the figure is, or in a
      // sentence whose first budget is (…年初预算为A万元，…调整为B万元).
      int budget = -1;
      for (int j = num - 1; j >= 0 && budget < 0; --j) {
        const Fact& f = ctx->fact(j);
        const int at = ctx->SentenceOf(j);
        if (at < 0 || f.page_no != n.page_no ||
            (ss[size_t(at)].line != sen.line && at + 1 < int(s))) {
          break;
        }
        if (f.role != want || !Summable(f) || !f.qualifier.empty() ||
            !SameFamily(f, n) || f.label.find(key) == std::string::npos) {
          continue;
        }
        const std::string a = side(n.label), b = side(f.label);
        if (!a.empty() && !b.empty() && a != b) continue;
        bool ok = named(j);
        for (int i : ss[size_t(at)].facts) {
          if (i >= j || ok) break;
          ok = IsBudget(ctx->fact(i).role) && named(i);
        }
        if (ok) budget = j;
      }
      if (budget < 0) continue;
      AddRatio(ctx, "ratio.completion", p.label, num, budget, rate,
               "为" + words + "的：完成数 ÷ 所述" + words);
      rates.insert(rate);
    }
  }
  return rates;
}

// "一般公共预算支出累计完成107752万元，完成预算数257288万元的41.9%": a
// share whose whole is printed right before its 的, in a clause that opens
// with a word of measuring against (share_whole, of: 完成, 为, 占, 达到), is
// the figure before that clause over the whole: the figure ending the
// clause right before, not one further back ("…收入68万元；完成…支出4093
// 蓝元，占年初预算5497万元的74.5%", where the figure of the clause before
// was not read). Returns the rates it relates.
std::set<int> SharesOfPrintedWhole(Context* ctx) {
  std::set<int> rates;
  const LexEntry* of = ctx->lex().Get("share_whole").Entry("of");
  if (!of) return rates;
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 2; k < sen.facts.size(); ++k) {
      const int rate = sen.facts[k], den = sen.facts[k - 1],
                num = sen.facts[k - 2];
      const Fact &p = ctx->fact(rate), &w = ctx->fact(den), &n = ctx->fact(num);
      const bool rate_between = n.kind == "percent" && n.role == "change";
      // (The whole may stand alone in brackets after its name: 完成年度目标
      // （45家）的102.22%.)
      const std::string_view to_rate =
          TrimSpace(ctx->Between(rate, w.text_end, p.text_begin));
      const std::string_view before_whole =
          TrimSpace(ctx->Between(den, n.text_end, w.text_begin));
      const bool bracketed =
          (to_rate == "）的" || to_rate == ")的") &&
          (before_whole.ends_with("（") || before_whole.ends_with("("));
      if (p.kind != "percent" || !p.qualifier.empty() || !Summable(w) ||
          !w.qualifier.empty() ||
          (!rate_between &&
           (!Summable(n) || !n.qualifier.empty() || !SameFamily(n, w))) ||
          (to_rate != "的" && !bracketed)) {
        continue;
      }
      // The whole's clause: from the comma after the figure before it.
      const std::string_view between =
          ctx->Between(den, n.text_end, w.text_begin);
      const std::string_view clause = AfterFirstComma(between);
      const std::string_view tail =
          between.substr(0, between.size() - clause.size());
      if ((between.find("，") == std::string_view::npos &&
           between.find(',') == std::string_view::npos) ||
          clause.find("；") != std::string_view::npos ||
          tail.find("；") != std::string_view::npos ||
          tail.find("。") != std::string_view::npos ||
          tail.find_first_of("0123456789") != std::string_view::npos ||
          std::none_of(
              of->words.begin(), of->words.end(),
              [&](const std::string& v) { return clause.starts_with(v); })) {
        continue;
      }
      // A change (较年初增加3.54亿元) is no part of the whole: the share is
      // of the figure it is the change of, in the clause before it
      // ("年末债务余额39.93亿元，较年初增加3.54亿元，占债务限额42.10亿元的
      // 94.85%").
      int part = num;
      // So is a rate of change against another year, with that year's
      // figure before it ("实现318,067万元(上年394,547万元), 比上年下降
      // 19.4%, 为预算375,218万元的48.8%").
      if (rate_between) {
        const size_t q = PastChanges(*ctx, sen, k - 2);
        const Fact& m = ctx->fact(sen.facts[q]);
        if (q + 2 == k || !Summable(m) || !m.qualifier.empty() ||
            !SameFamily(m, w) || m.role == "change") {
          continue;
        }
        AddRatio(ctx, "ratio.share", p.label, sen.facts[q], den, rate,
                 "完成…的");
        rates.insert(rate);
        continue;
      }
      if (n.role == "change") {
        if (k < 3) continue;
        part = sen.facts[k - 3];
        // (Past the other year's figure the change is against: "总量508
        // 台（套），较上年470台（套）增加38台（套），为年度目标500台（套）的
        // 101.60%" is 508's share.)
        if (ctx->OtherYear(part)) {
          if (k < 4) continue;
          part = sen.facts[k - 4];
        }
        const Fact& m = ctx->fact(part);
        const std::string_view gap =
            ctx->Between(part, m.text_end, n.text_begin);
        if (!Summable(m) || !m.qualifier.empty() || !SameFamily(m, w) ||
            m.role == "change" || gap.find("；") != std::string_view::npos ||
            gap.find("。") != std::string_view::npos) {
          continue;
        }
      }
      AddRatio(ctx, "ratio.share", p.label, part, den, rate, "完成…的");
      rates.insert(rate);
    }
  }
  return rates;
}

// "计划完成农村公路建设50公里，实际完成52公里，完成率104%": a target, what
// was done and the completion rate, one after the other in a clause run
// (lexicon completion): the rate is the actual over the target.
void Completions(Context* ctx, const std::map<int, int>& total_of) {
  const Lexicon& words = ctx->lex().Get("completion");
  // A completion rate as printed: exact, named by completion's rate words.
  auto completion_rate = [&](const Fact& p) {
    const LexEntry* e = words.Find(p.label, "percent");
    return p.kind == "percent" && p.qualifier.empty() && e && e->name == "rate";
  };
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 2; k < sen.facts.size(); ++k) {
      // What was done past the target may stand before the rate ("实际完成
      // 3150亩，超额完成150亩，完成率105%": completion, excess): it is the
      // actual less the target.
      int excess = -1;
      if (k >= 3 &&
          words.Contains(ctx->fact(sen.facts[k - 1]).label, "excess")) {
        excess = sen.facts[k - 1];
      }
      const size_t at = excess >= 0 ? k - 1 : k;
      const int rate = sen.facts[k];
      int actual = sen.facts[at - 1], target = sen.facts[at - 2];
      // What was done may come first and the target after it ("共完成道路
      // 硬化12.5公里，计划任务12公里，完成率104.2%"): each is told by its
      // own words, not by its place.
      if (excess < 0 && words.Contains(ctx->fact(actual).label, "plan") &&
          !words.Contains(ctx->fact(target).label, "plan")) {
        std::swap(actual, target);
      }
      const Fact &p = ctx->fact(rate), &a = ctx->fact(actual),
                 &t = ctx->fact(target);
      // A target is printed with its bound (年度指标值≥3200人次); a
      // reverse one (≤) is met below it.
      if (!completion_rate(p) || !Summable(a) || !Summable(t) ||
          !a.qualifier.empty() ||
          !(t.qualifier.empty() || t.qualifier == "≥" || t.qualifier == "≤") ||
          !SameFamily(a, t) || !words.Contains(t.label, "plan") ||
          !words.Contains(a.label, "actual") ||
          words.Contains(a.label, "plan")) {
        continue;
      }
      const std::string_view run = ctx->Between(
          rate, ctx->fact(sen.facts[at - 2]).text_end, p.text_begin);
      if (run.find("；") != std::string_view::npos ||
          run.find("。") != std::string_view::npos) {
        continue;
      }
      AddCompletion(ctx, p.label, actual, target, rate,
                    actual < target ? "实际…计划…完成率" : "计划…实际…完成率");
      const Fact* x = excess >= 0 ? &ctx->fact(excess) : nullptr;
      if (x && Plain(*x) && x->qualifier.empty() && SameFamily(*x, t)) {
        AddDifference(ctx, actual, target, excess, "up", "计划…实际…超额");
      }
    }
  }
  // "共完成道路硬化12.6公里，其中新建8.4公里，改建4.2公里，完成率105%（计划
  // 12公里）": the target may follow the rate, in a bracket of its own or in
  // the clause right after it ("…完成率106.7%，年度计划任务300户"); what
  // was done is then the figure before the rate, the parts of its list
  // passed over.
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 1; k + 1 < sen.facts.size(); ++k) {
      const int rate = sen.facts[k], target = sen.facts[k + 1];
      int actual = sen.facts[k - 1];
      for (auto it = total_of.find(actual);
           it != total_of.end() && it->second < actual;
           it = total_of.find(actual)) {
        actual = it->second;
      }
      const Fact &p = ctx->fact(rate), &a = ctx->fact(actual),
                 &t = ctx->fact(target);
      // A target is printed with its bound (年度指标值≥3200人次); a
      // reverse one (≤) is met below it.
      if (!completion_rate(p) || !Summable(a) || !Summable(t) ||
          !a.qualifier.empty() ||
          !(t.qualifier.empty() || t.qualifier == "≥" || t.qualifier == "≤") ||
          !SameFamily(a, t) ||
          ctx->SentenceOf(actual) != ctx->SentenceOf(rate) ||
          !words.Contains(t.label, "plan") ||
          !words.Contains(a.label, "actual") ||
          words.Contains(a.label, "plan")) {
        continue;
      }
      const std::string_view open =
          TrimSpace(ctx->Between(rate, p.text_end, t.text_begin));
      const bool bracket = (open.starts_with("（") || open.starts_with("(")) &&
                           open.size() <= 12;  // the bracket and 计划, 目标
      // A clause of the target's own: a comma, then its name alone.
      const bool clause =
          (open.starts_with("，") || open.starts_with(",")) &&
          open.size() <= 36 && words.Contains(open, "plan") &&
          open.find_first_of("0123456789") == std::string_view::npos &&
          open.find("；") == std::string_view::npos &&
          open.find("。") == std::string_view::npos;
      if (!bracket && !clause) continue;
      AddCompletion(ctx, p.label, actual, target, rate, "实际…完成率（计划…）");
    }
  }
  // "实际受益学生18,420人，比计划受益人数17,800人多620人，完成率103.48%":
  // what was done, then its difference from the plan, then the rate right
  // after the difference: the actual over the plan.
  const size_t n = ctx->out()->relations.size();
  for (size_t k = 0; k < n; ++k) {
    const Relation& r = ctx->out()->relations[k];
    if (r.rule != "budget.change") continue;
    int actual = -1, target = -1, change = -1;
    for (const RelationMember& m : r.members) {
      if (m.role == "current") actual = m.fact;
      if (m.role == "other") target = m.fact;
      if (m.role == "change") change = m.fact;
    }
    if (actual < 0 || target < 0 || change < 0 ||
        size_t(change + 1) >= ctx->out()->facts.size()) {
      continue;
    }
    const int rate = change + 1;
    const Fact &p = ctx->fact(rate), &a = ctx->fact(actual),
               &t = ctx->fact(target);
    if (!completion_rate(p) ||
        ctx->SentenceOf(rate) != ctx->SentenceOf(change) ||
        !words.Contains(t.label, "plan") ||
        (words.Contains(a.label, "plan") &&
         !words.Contains(a.label, "actual")) ||
        target < actual || change < target) {
      continue;
    }
    const std::string_view run =
        ctx->Between(rate, ctx->fact(change).text_end, p.text_begin);
    if (run.find("；") != std::string_view::npos) continue;
    AddRatio(ctx, "ratio.completion", p.label, actual, target, rate,
             "实际…比计划…多（少）…完成率");
  }
}

// "全年共受理群众来信来访256件，办结248件，办结率96.9%": a rate named by
// what its part did (its name less a suffix of completion's act_suffix),
// right after a figure whose label ends with that act, is that figure over
// the figure of the same measure before it in the clause run (or that
// figure's list's total), when that is not the smaller.
constexpr uint32_t kMaxActRun = 600;  // bytes from the set to its rate

// The rates the ratios found so far read: a later finder passes them over.
std::set<int> RatesRead(const Context& ctx) {
  std::set<int> read;
  for (const Relation& r : ctx.out()->relations) {
    if (r.kind != "ratio") continue;
    for (const RelationMember& m : r.members) {
      if (m.role == "rate") read.insert(m.fact);
    }
  }
  return read;
}

// How many figures before a rate its named base is looked for among.
constexpr size_t kNamedBaseReach = 8;

// "最终确定支持85项，通过率66.93%（按申报数计算）": a rate followed by a
// bracket that names its base (lexicon completion, named_base: 按…计算,
// 以…为基数) is the figure right before it over the figure its sentence
// names so (its label holds the name, less a closing 数), of one measure and
// unit: ratio.named_base. (A rate some finder read already keeps that
// reading; a change's rate, 增长8.5%（按可比价格计算）, names how it was
// measured, not a figure.)
void NamedBases(Context* ctx) {
  const LexEntry* e = ctx->lex().Get("completion").Entry("named_base");
  const Lexicon& way = ctx->lex().Get("change");
  if (!e) return;
  std::set<int> read = RatesRead(*ctx);
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 1; k < sen.facts.size(); ++k) {
      const int rate = sen.facts[k];
      const Fact& p = ctx->fact(rate);
      if (p.kind != "percent" || !p.qualifier.empty() || read.count(rate) ||
          way.Contains(p.label, "up") || way.Contains(p.label, "down")) {
        continue;
      }
      std::string_view after = ctx->Between(rate, p.text_end, p.text_end + 48);
      if (!IsOpenBracket(after)) continue;
      after.remove_prefix(after.starts_with("(") ? 1 : 3);
      size_t close = 0;
      while (close < after.size() && !IsCloseBracket(after.substr(close))) {
        ++close;
      }
      if (close == after.size()) continue;
      std::string_view inside = TrimSpace(after.substr(0, close));
      std::string_view name;
      for (const std::string& w : e->words) {
        const size_t slash = w.find('/');
        if (slash == std::string::npos) continue;
        const std::string_view open(w.data(), slash),
            shut(w.data() + slash + 1);
        if (inside.size() > open.size() + shut.size() &&
            inside.starts_with(open) && inside.ends_with(shut)) {
          name = inside.substr(open.size(),
                               inside.size() - open.size() - shut.size());
          break;
        }
      }
      if (name.ends_with("数") && CodePoints(name) >= 3) {
        name.remove_suffix(std::string_view("数").size());
      }
      if (CodePoints(name) < 2) continue;
      const int num = sen.facts[k - 1];
      const Fact& n = ctx->fact(num);
      if (!Summable(n) || !n.qualifier.empty()) continue;
      int den = -1;
      for (size_t j = k - 1; j-- > 0 && k - 1 - j <= kNamedBaseReach;) {
        const Fact& d = ctx->fact(sen.facts[j]);
        if (Summable(d) && d.qualifier.empty() && SameFamily(d, n) &&
            d.unit == n.unit && d.label.find(name) != std::string::npos) {
          den = sen.facts[j];
          break;
        }
      }
      if (den < 0) continue;
      AddRatio(ctx, "ratio.named_base", p.label, num, den, rate,
               "率（按…计算）所指基数");
      read.insert(rate);
    }
  }
}

// Whether fact i is named the plan by the words right after it: 的 and, in
// the clause, a word of completion's plan ("385.4公里的年度任务").
bool NamesPlan(const Context& ctx, const Lexicon& words, int i) {
  const Fact& f = ctx.fact(i);
  constexpr uint32_t kReach = 24;  // eight characters
  std::string_view after = ctx.Between(i, f.text_end, f.text_end + kReach);
  if (!after.starts_with("的")) return false;
  for (std::string_view stop : {"，", "。", "；", ",", ";"}) {
    after = after.substr(0, after.find(stop));
  }
  return words.Contains(after, "plan");
}
void ActRates(Context* ctx, const std::map<int, int>& total_of) {
  const Lexicon& words = ctx->lex().Get("completion");
  std::set<int> read = RatesRead(*ctx);  // rates some ratio has already
  // The act a rate not read yet names (its name less a suffix of
  // act_suffix, and less the money the act is done to that may open it:
  // 资金到位率 names 到位); empty if it names none.
  auto act_of = [&](int rate) {
    const Fact& p = ctx->fact(rate);
    size_t suffix = 0, object = 0;
    if (p.kind != "percent" || !p.qualifier.empty() || read.count(rate) ||
        !words.EndsWith(p.label, "act_suffix", &suffix)) {
      return std::string_view();
    }
    std::string_view act =
        std::string_view(p.label).substr(0, p.label.size() - suffix);
    if (words.StartsWith(act, "act_object", &object)) act.remove_prefix(object);
    return act;
  };
  // Whether `part` of the set `whole` can be read as done of it: both
  // exact, of one measure and unit, the part no larger, the two figures
  // `first` and `last` (in text order) one short clause run apart (a
  // list's total far back is no such set, and a hostile list of rates
  // costs no more than its length).
  // Wholes a list named as it opened (有效问卷中，…分别为…): the set its
  // parts are of, however the sentences run between.
  std::set<int> named_wholes;
  for (const Relation& r : ctx->out()->relations) {
    if (r.kind == "breakdown" && r.rule == "list.named_whole") {
      for (const RelationMember& m : r.members) {
        if (m.role == "total") named_wholes.insert(m.fact);
      }
    }
  }
  auto of_set = [&](int part, int whole, int first, int last) {
    const Fact &a = ctx->fact(part), &w = ctx->fact(whole),
               &f = ctx->fact(first), &l = ctx->fact(last);
    if (!Summable(a) || !Summable(w) || !a.qualifier.empty() ||
        !w.qualifier.empty() || !SameFamily(a, w) || a.unit != w.unit ||
        l.text_begin - f.text_end > kMaxActRun) {
      return false;
    }
    const std::string_view run = ctx->Between(last, f.text_end, l.text_begin);
    const bool named = named_wholes.count(whole) > 0 && total_of.count(part) &&
                       total_of.at(part) == whole;
    if (run.find("；") != std::string_view::npos ||
        (run.find("。") != std::string_view::npos && !named)) {
      return false;
    }
    std::optional<Decimal> av = Decimal::Parse(a.base_value),
                           wv = Decimal::Parse(w.base_value);
    return av && wv && *wv >= *av;
  };
  // The label of a part less the money the act is done to that may close
  // it (到位资金), and how many bytes it ends alike with the act.
  auto done_of = [&](int part, std::string_view act, size_t* common) {
    std::string_view done = ctx->fact(part).label;
    size_t len = 0;
    if (words.EndsWith(done, "act_object", &len)) done.remove_suffix(len);
    *common = 0;
    SharedTail(act, done, common);
    return done;
  };
  std::vector<int> facts;
  for (const Sentence& sen : ctx->sentences()) {
    // (A date between the figures, 截至2021年12月31日已实现就业10588人,
    // is no figure of the set.)
    facts.clear();
    for (int i : sen.facts) {
      if (ctx->fact(i).kind != "date") facts.push_back(i);
    }
    for (size_t k = 2; k < facts.size(); ++k) {
      const int rate = facts[k];
      int part = facts[k - 1];
      int whole = facts[k - 2];
      for (auto it = total_of.find(whole);
           it != total_of.end() && it->second < whole;
           it = total_of.find(whole)) {
        whole = it->second;
      }
      const std::string_view act = act_of(rate);
      if (act.empty()) continue;
      // The act's name and the part's label end alike in two characters or
      // more, not denied before them (未分配 is no 分配): either may say
      // more of the act (抽检合格率 after 合格1470批次; 群众满意度 after 表示
      // 满意的183份). The money it is done to may close the label (到位资金).
      // Of the parts of one list, the one that ends most alike with the act
      // is its (集中供养率 of 集中供养286人, not of 分散供养761人 after it).
      // (A denied one, 不满意 last in a list of graded answers, gives way
      // to one as alike.)
      size_t common = 0;  // bytes
      std::string_view done = done_of(part, act, &common);
      auto denied = [&](std::string_view d, size_t c) {
        return words.EndsWith(d.substr(0, d.size() - c), "act_not");
      };
      if (auto t = total_of.find(part); t != total_of.end()) {
        for (size_t j = 0; j + 1 < k; ++j) {
          const int other = facts[j];
          auto u = total_of.find(other);
          size_t c = 0;
          if (u == total_of.end() || u->second != t->second) continue;
          std::string_view d = done_of(other, act, &c);
          if (c > common ||
              (c == common && denied(done, common) && !denied(d, c))) {
            part = other;
            done = d;
            common = c;
          }
        }
      }
      // The figure before it may be the part's complement, both stated
      // after the set they divide (送审31699.53万元，审定27635.65万元，审
      // 减4063.88万元，审减率12.82%: 送审 = 审定 + 审减): the set is the
      // whole.
      if (k >= 3 && whole == facts[k - 2] && part == facts[k - 1]) {
        const int set = facts[k - 3];
        const Fact &fs = ctx->fact(set), &fw = ctx->fact(whole),
                   &fp = ctx->fact(part);
        std::optional<Decimal> vs = Decimal::Parse(fs.value),
                               vw = Decimal::Parse(fw.value),
                               vp = Decimal::Parse(fp.value);
        if (vs && vw && vp && Summable(fs) && fs.unit == fw.unit &&
            fw.unit == fp.unit && SameFamily(fs, fw) &&
            (*vw + *vp - *vs).Abs() <=
                vs->HalfUnit() + vw->HalfUnit() + vp->HalfUnit()) {
          whole = set;
        }
      }
      const bool alike = common >= 6 && !denied(done, common);
      if (!alike) continue;
      // "全年养护农村公路408.1公里，超额完成385.4公里的年度任务，完成率
      // 105.89%": a figure the clause names as the plan (的年度任务, 的
      // 计划: lexicon completion, plan) is the target, and the figure
      // before it what was done.
      if (NamesPlan(*ctx, words, part)) {
        const Fact &a = ctx->fact(whole), &t = ctx->fact(part);
        if (Summable(a) && Summable(t) && a.qualifier.empty() &&
            t.qualifier.empty() && SameFamily(a, t) && a.unit == t.unit) {
          AddRatio(ctx, "ratio.completion", ctx->fact(rate).label, whole, part,
                   rate, "实际…完成…的（计划）…率");
          read.insert(rate);
        }
        continue;
      }
      if (!of_set(part, whole, whole, rate)) continue;
      // Answers graded by degree (非常满意204份、满意137份): every part of
      // the list before the rate ending alike with the act, none denied,
      // is of the act done, the lowest grades (partial: 基本满意) read
      // either way.
      Relation r;
      r.kind = "ratio";
      r.rule = "ratio.completion";
      r.name = ctx->fact(rate).label;
      r.evidence = "总数…做成的…率";
      if (auto t = total_of.find(part); t != total_of.end()) {
        for (size_t j = 0; j < k; ++j) {
          const int other = facts[j];
          auto u = total_of.find(other);
          size_t c = 0;
          if (other == part || u == total_of.end() || u->second != t->second) {
            continue;
          }
          const std::string_view d = done_of(other, act, &c);
          const std::string_view grade = d.substr(0, d.size() - c);
          if (c < common || c < 6 || denied(d, c) ||
              !of_set(other, whole, whole, rate)) {
            continue;
          }
          r.members.push_back({words.EndsWith(grade, "partial")
                                   ? "numerator.partial"
                                   : "numerator",
                               other});
        }
      }
      if (!r.members.empty()) {
        const std::string_view own =
            ctx->fact(part).label.substr(0, done.size() - common);
        r.members.push_back(
            {words.EndsWith(own, "partial") ? "numerator.partial" : "numerator",
             part});
        std::stable_sort(r.members.begin(), r.members.end(),
                         [&](const RelationMember& a, const RelationMember& b) {
                           return ctx->fact(a.fact).text_begin <
                                  ctx->fact(b.fact).text_begin;
                         });
      } else {
        r.members.push_back({"numerator", part});
      }
      r.members.push_back({"denominator", whole});
      r.members.push_back({"rate", rate});
      ctx->Add(std::move(r));
      read.insert(rate);
    }
    // "参保人数68.5万人，参保率96.8%，应参保人数70.2万人": the set the act
    // was due to be done to (lexicon completion, due: 应参保, 应到位) may
    // follow the rate, or stand between the part and it ("参保32.46万人，应
    // 参保33.18万人，参保率97.83%").
    for (size_t k = 2; k < facts.size(); ++k) {
      const bool between = ctx->fact(facts[k]).kind == "percent";
      const int part = facts[k - 2], rate = between ? facts[k] : facts[k - 1],
                whole = between ? facts[k - 1] : facts[k];
      const Fact &a = ctx->fact(part), &w = ctx->fact(whole);
      const std::string_view act = act_of(rate);
      size_t len = 0;
      if (act.size() < 6 || !words.StartsWith(w.label, "due", &len) ||
          !std::string_view(w.label).substr(len).starts_with(act)) {
        continue;
      }
      const size_t at = std::string_view(a.label).rfind(act);
      if (at == std::string_view::npos ||
          words.EndsWith(std::string_view(a.label).substr(0, at), "act_not") ||
          !of_set(part, whole, part, whole)) {
        continue;
      }
      AddRatio(ctx, "ratio.completion", ctx->fact(rate).label, part, whole,
               rate, "做成的…率…应做的");
      read.insert(rate);
    }
  }
}

// The figures of a paragraph's statements that are not parts of a list
// under a figure stated before them, in text order, each with whether it
// opens a run (the first, or one after a ； or a 。 that no such list
// explains): "预算规模为X万元，其中：货物类A万元；工程类B万元。实际采购规模为
// Y万元，其中：…。节约资金Z万元" is the run X, Y, Z, its lists asides.
struct Head {
  int fact;
  bool opens;
};
std::vector<std::vector<Head>> ParagraphHeads(
    Context* ctx, const std::map<int, int>& total_of) {
  std::vector<std::vector<Head>> runs;
  int line = -1;
  int prev = -1;       // the last head
  bool aside = false;  // since prev, only the parts of prev's list
  for (const Sentence& sen : ctx->sentences()) {
    if (sen.line != line) {
      runs.emplace_back();
      line = sen.line;
      prev = -1;
    }
    int last_part = -1;  // the last of those parts
    for (int f : sen.facts) {
      auto it = total_of.find(f);
      if (prev >= 0 && it != total_of.end() && it->second == prev) {
        aside = true;
        last_part = f;
        continue;
      }
      // (So is a part's share in its clause: 其中公开招标合同金额784.08万
      // 元，占合同总金额的82.17%.)
      if (aside && last_part >= 0 && ctx->fact(f).kind == "percent") {
        const std::string_view gap = ctx->Between(
            f, ctx->fact(last_part).text_end, ctx->fact(f).text_begin);
        if (gap.find("；") == std::string_view::npos &&
            gap.find("。") == std::string_view::npos) {
          continue;
        }
      }
      bool opens = prev < 0;
      if (!opens && !aside) {
        const std::string_view gap =
            ctx->Between(f, ctx->fact(prev).text_end, ctx->fact(f).text_begin);
        opens = gap.find("；") != std::string_view::npos ||
                gap.find("。") != std::string_view::npos;
      }
      runs.back().push_back({f, opens});
      prev = f;
      aside = false;
    }
  }
  return runs;
}

// "采购计划金额共计97156.16万元，实际采购金额共计81298.42万元，共节约资金
// 15857.74万元，节约率为16%": what a plan saved is the plan less the
// actual, and its rate is that over the plan. The plan and the actual may
// each be followed by the list of their parts, and the statements then end
// with a 。 (ParagraphHeads); the actual's rate of completion may stand
// between it and the saving.
void Savings(Context* ctx, const std::map<int, int>& total_of) {
  const Lexicon& words = ctx->lex().Get("completion");
  for (const std::vector<Head>& run : ParagraphHeads(ctx, total_of)) {
    for (size_t k = 2; k < run.size(); ++k) {
      // The actual's rate of completion may stand before the saving
      // (实际完成投资480万元，投资完成率96%，节约资金20万元).
      size_t j = k - 1;
      if (const Fact& c = ctx->fact(run[j].fact);
          j >= 2 && !run[j].opens && c.kind == "percent") {
        const LexEntry* e = words.Find(c.label, "percent");
        if (e && e->name == "rate") --j;
      }
      const int saved = run[k].fact, actual = run[j].fact,
                target = run[j - 1].fact;
      const Fact &s = ctx->fact(saved), &a = ctx->fact(actual),
                 &t = ctx->fact(target);
      if (run[k].opens || run[j + 1].opens || run[j].opens || !Plain(s) ||
          !Plain(a) || !Plain(t) || !SameFamily(a, t) || !SameFamily(s, t) ||
          !words.Contains(s.label, "saving") ||
          !words.Contains(t.label, "plan") ||
          !(words.Contains(a.label, "actual") ||
            words.Contains(a.label, "contract")) ||
          words.Contains(a.label, "plan")) {
        continue;
      }
      AddDifference(ctx, actual, target, saved, "down", "计划…实际…节约");
      if (k + 1 >= run.size() || run[k + 1].opens) continue;
      const int rate = run[k + 1].fact;
      const Fact& p = ctx->fact(rate);
      const LexEntry* e = words.Find(p.label, "percent");
      if (p.kind == "percent" && p.qualifier.empty() && e &&
          e->name == "saving_rate") {
        AddRatio(ctx, "ratio.change_over", p.label, saved, target, rate,
                 "节约率 = 节约额 ÷ 计划数");
      }
    }
  }
}

// A share ("…类科目557718.56元，占支出总预算7.9%") whose whole is named
// but stated nowhere near it.
struct UnplacedShare {
  std::string of;  // the whole's name
  int num, rate;
};

// Shares of one named whole, each after its own quantity, whose whole the
// text states far away or not at all ("（一）教育支出5806105.16元，占支出
// 总预算82.27%；（二）社会保障和就业支出557718.56元，占支出总预算7.9%；…"):
// each share and its quantity say what the whole is, and they must all
// say the same. A run of three or more, a few sentences apart at most,
// of one measure, makes one relation (ratio.one_whole: numerator and rate in
// pairs); the check finds the share the others disagree with. A run whose
// rates add up to 100% within their rounding, two shares or more ("市级
// …29.81亿元，占采购总量的16.26%；区县级…41.41亿元，占采购总量的83.74%"),
// parts the whole among its quantities: the whole is their sum (detail
// "partition").
void SharesOfOneWhole(Context* ctx, const std::vector<UnplacedShare>& shares) {
  // A longer run is a table's column, not prose (and the check compares
  // every pair of its shares for each one left out).
  constexpr size_t kMinShares = 3, kMinPartition = 2, kMaxShares = 16;
  // Whether the rates of shares [a, b) add up to 100 within their rounding.
  auto partition = [&](size_t a, size_t b) {
    Decimal sum, slack;
    for (size_t g = a; g < b; ++g) {
      std::optional<Decimal> p =
          Decimal::Parse(ctx->fact(shares[g].rate).base_value);
      if (!p || p->negative() || !ctx->fact(shares[g].rate).qualifier.empty()) {
        return false;
      }
      sum = sum + *p;
      slack = slack + p->HalfUnit();
    }
    const Decimal gap = (sum - Decimal::FromInt(100)).Abs();
    return !sum.overflowed() && !slack.overflowed() && gap <= slack;
  };
  // A run's next share is within this many sentences of the one before.
  constexpr int kMaxGap = 4;
  for (size_t a = 0; a < shares.size();) {
    const Fact& first = ctx->fact(shares[a].num);
    size_t b = a + 1;
    while (b < shares.size() && shares[b].of == shares[a].of &&
           SameFamily(ctx->fact(shares[b].num), first) &&
           ctx->fact(shares[b].num).sentence -
                   ctx->fact(shares[b - 1].num).sentence <=
               kMaxGap) {
      ++b;
    }
    auto add = [&](size_t from, size_t to, bool parted) {
      Relation r;
      r.kind = "ratio";
      r.rule = "ratio.one_whole";
      if (parted) r.detail = "partition";
      r.name = "占" + shares[a].of;
      for (size_t g = from; g < to; ++g) {
        r.members.push_back({"numerator", shares[g].num});
        r.members.push_back({"rate", shares[g].rate});
      }
      r.evidence = "占" + shares[a].of + "的（各项比率所示同一总数）";
      ctx->Add(std::move(r));
    };
    if (b - a <= kMaxShares) {
      const bool parted = b - a >= kMinPartition && partition(a, b);
      if (b - a >= kMinShares || parted) add(a, b, parted);
      // A run that parts the whole several ways, one after the other (by
      // kind 19.6% + 55.7% + 24.7%, by method 79% + 21%, by level 16.26% +
      // 83.74%), holds a partition in each group that adds up to 100%.
      std::vector<std::pair<size_t, size_t>> groups;
      for (size_t from = a, to = a + 1; !parted && to <= b; ++to) {
        if (to - from >= kMinPartition && partition(from, to)) {
          groups.push_back({from, to});
          from = to;
        }
      }
      if (groups.size() >= 2 && groups.back().second == b) {
        for (const auto& [from, to] : groups) add(from, to, true);
      }
    }
    a = b;
  }
}

void FindRatios(Context* ctx) {
  BareShares(ctx);
  // The lists' parts, as every breakdown is found by now (BareShares adds
  // the last ones).
  const std::map<int, int> total_of = TotalsOfParts(*ctx);
  // (A year pair's change is over the year before's figure, not the
  // figure before it.)
  const std::set<int> paired = YearPairs(ctx);
  ChangeRates(ctx, total_of, paired);
  RatesThenChanges(ctx, paired);
  Differences(ctx, total_of);
  BracketedOtherYears(ctx);
  FromTo(ctx);
  AgainstYearStart(ctx);
  NamedDifferences(ctx);
  PartChangesOfYearLists(ctx);
  BookValues(ctx, total_of);
  NamedBases(ctx);
  Completions(ctx, total_of);
  Savings(ctx, total_of);
  ActRates(ctx, total_of);  // (rates the finders above read are passed over)
  std::set<int> done = SharesOfPrintedWhole(ctx);
  const std::set<int> named = SharesOfNamedBudget(ctx);
  done.insert(named.begin(), named.end());
  const Lexicon& whole = ctx->lex().Get("share_whole");
  const Lexicon& per_head = ctx->lex().Get("per_head");
  const std::vector<Sentence>& ss = ctx->sentences();
  // The quantities already read as parts with shares of their own: a list
  // of parts each followed by its share ("财政拨款收入5505.38万元，占收入
  // 合计的91.40%；事业收入514.89万元，占收入合计的8.55%") has one whole, and
  // no part of it is the whole of the next.
  std::set<int> parts;
  // A rate of a run of shares -> its quantity, and the run's first rate,
  // whose 占…的 names their whole.
  std::map<int, std::pair<int, int>> respective;
  // The shares whose whole is nowhere near them, in document order.
  std::vector<UnplacedShare> unplaced;
  auto joined = [&](int a, int b) { return JoinedBare(*ctx, a, b); };
  // The whole each 占X的 of the current line was found over: shares of a
  // paragraph that name the same whole ("基本支出…占支出合计的71.33%，…，
  // 项目支出…占支出合计的28.67%") are over the same figure, though a part
  // named …支出 stands nearer the later one.
  // A line that ends in a clause's stop (；，) goes on into the next: its
  // paragraph's shares (…，占总支出的65.16%，…；\n项目支出…，占总支出的
  // 34.48%) keep their whole.
  std::map<std::string, int> whole_named;
  // The figures before the share being read, by name: the first so named,
  // or -1 where two values share the name.
  std::unordered_map<std::string, int> named_before;
  int named_upto = 0;
  int whole_line = -1;
  for (size_t s = 0; s < ss.size(); ++s) {
    const std::vector<int>& sf = ss[s].facts;
    if (ss[s].line != whole_line) {
      const bool goes_on =
          whole_line >= 0 && ss[s].line == whole_line + 1 &&
          EndsClause(ctx->doc().lines[size_t(whole_line)].text);
      if (!goes_on) whole_named.clear();
      whole_line = ss[s].line;
    }
    for (size_t k = 0; k < sf.size(); ++k) {
      const int rate = sf[k];
      const Fact& p = ctx->fact(rate);
      if (p.kind != "percent" || !p.qualifier.empty() || done.count(rate)) {
        continue;
      }
      // "分别为2666.3亿元和30400.7亿元，占全国…的8.1%和91.9%": shares
      // joined after quantities joined as many are theirs, one to one; with
      // fewer quantities so joined, whose share is whose cannot be told.
      size_t m = 1;
      while (k + m < sf.size() && ctx->fact(sf[k + m]).kind == "percent" &&
             joined(sf[k + m - 1], sf[k + m])) {
        ++m;
      }
      if (m > 1) {
        std::vector<int> quantities;
        for (size_t j = k; j-- > 0 && quantities.size() < m;) {
          const Fact& f = ctx->fact(sf[j]);
          if (!Summable(f) || !f.qualifier.empty() ||
              (!quantities.empty() && !joined(sf[j], quantities.back()))) {
            break;
          }
          quantities.push_back(sf[j]);
        }
        std::reverse(quantities.begin(), quantities.end());
        if (quantities.size() != m) {
          k += m - 1;
          continue;
        }
        // Each pair is read as a share of its own below.
        for (size_t q = 0; q < m; ++q) {
          respective[sf[k + q]] = {quantities[q], rate};
        }
      }
      auto run = respective.find(rate);
      const std::string& label = run == respective.end()
                                     ? p.label
                                     : ctx->fact(run->second.second).label;
      if (label.find("占") == std::string::npos) continue;
      std::string of = ShareWholeName(label);
      if (of.empty()) of = EllipticWhole(*ctx, ss[s], rate);
      if (of.empty()) continue;
      // A sentence of more figures than a share ever looks back over is no
      // prose; tested first, as each candidate below reads to the rate.
      if (ss[s].facts.size() > kMaxShareScan) continue;
      // The share's own quantity: the nearest before it, not one inside a
      // bracket that closes before it (an aside breaking the figure down),
      // nor a change against another year ("税收收入完成66342万元，…增收
      // 10304万元，税收收入占地方财政收入66.19%": a change is no part).
      // Nor the figure right before the share's 的 ("占年初预算3800万元的
      // 45.3%"): that is the whole, printed in place (SharesOfPrintedWhole
      // reads it where the quantity before it was read); nor one before a
      // ； (the share is of its own clause's quantity).
      int num = run == respective.end() ? -1 : run->second.first;
      for (int i : num >= 0 ? std::vector<int>() : ss[s].facts) {
        const Fact& f = ctx->fact(i);
        if (f.text_begin >= p.text_begin) break;
        const std::string_view to_rate =
            ctx->Between(i, f.text_end, p.text_begin);
        // (An amount per unit, 人均9379元, is no part of a money whole:
        // the share is of the figure it is the average of, before it.)
        if (Summable(f) && f.qualifier.empty() && f.role != "change" &&
            !ClosesBracket(to_rate) && TrimSpace(to_rate) != "的" &&
            to_rate.find("；") == std::string_view::npos &&
            !(f.kind == "amount" && NamesPerUnit(per_head, f.label))) {
          num = i;
        }
      }
      // A share that names its part before 占 ("…税收收入77864万元，…，非税
      // 收入31625万元，…，税收占地方一般公共预算收入的比重为71.1%") is of the
      // one figure before it in its sentence whose name opens with that
      // part's, wherever it stands; two such figures, or none, leave the
      // nearest.
      if (run == respective.end() && num >= 0) {
        const std::string part =
            Squeeze(std::string_view(label).substr(0, label.find("占")));
        if (CodePoints(part) >= 2) {
          int named = -1, n_named = 0;
          for (int i : ss[s].facts) {
            const Fact& f = ctx->fact(i);
            if (f.text_begin >= p.text_begin) break;
            if (Summable(f) && f.qualifier.empty() && f.role != "change" &&
                SameFamily(f, ctx->fact(num)) &&
                Squeeze(f.label).starts_with(part)) {
              named = i;
              ++n_named;
            }
          }
          if (n_named == 1) num = named;
        }
      }
      // "人员经费4955.09万元…。人员经费占全年实际支出的68.24%": a share in a
      // sentence with no figure before it is of the nearest figure before
      // it named exactly as the words before 占 name its part.
      if (run == respective.end() && num < 0) {
        const std::string part =
            Squeeze(std::string_view(label).substr(0, label.find("占")));
        for (int i = rate - 1;
             CodePoints(part) >= 2 && i >= 0 && rate - i <= int(kMaxShareScan);
             --i) {
          const Fact& f = ctx->fact(i);
          if (f.page_no != p.page_no) break;
          if (Summable(f) && f.qualifier.empty() && f.role != "change" &&
              !ctx->OtherYear(i) && Squeeze(f.label) == part) {
            num = i;
            break;
          }
        }
      }
      if (num < 0) continue;
      // The whole is the quantity named X; one whose name only ends in X
      // (财政拨款收入 for 占收入的) when none is named X itself.
      int den = -1;
      size_t den_back = 0;
      bool exact = false;
      if (auto it = whole_named.find(of);
          it != whole_named.end() && it->second != num &&
          ctx->fact(it->second).text_end <= ctx->fact(num).text_begin) {
        den = it->second;
        exact = true;
      }
      for (size_t back = 0; back < 3 && back <= s && !exact; ++back) {
        const Sentence& scope = ss[s - back];
        if (back > 0 && scope.line != ss[s].line &&
            scope.line + 1 != ss[s].line) {
          break;
        }
        for (int i : scope.facts) {
          const Fact& f = ctx->fact(i);
          if (back == 0 && f.text_begin >= ctx->fact(num).text_begin) break;
          if (i == num || parts.count(i) || !f.qualifier.empty() ||
              !SameFamily(f, ctx->fact(num))) {
            continue;
          }
          // A name followed by the verb that reports it ("一般公共预算支出
          // 完成225.31亿元") names the same quantity.
          std::string_view name = f.label;
          for (std::string_view verb : {"累计完成", "完成", "实现", "达到"}) {
            if (name.ends_with(verb)) {
              name.remove_suffix(verb.size());
              break;
            }
          }
          if (name == of || SameWholeNamed(whole, name, of)) {
            den = i;
            exact = true;
          } else if (!exact && (den < 0 || den_back == back) &&
                     name.ends_with(of)) {
            den = i;  // the nearest before the share
            den_back = back;
          }
        }
      }
      // Else a whole named exactly so anywhere before it in the report
      // (本年支出合计, stated under a heading of its own a section before
      // 财政拨款支出…占本年支出合计的98.19%), where every figure so named
      // is one value: names that a report gives its totals are not reused
      // for another quantity, unless two values say they are.
      // (Read from a map of the figures before it by name, filled as the
      // sentences are read: a look back over the whole report for each
      // share would be quadratic in a long one.)
      for (; named_upto < num; ++named_upto) {
        const Fact& f = ctx->fact(named_upto);
        if (!Summable(f) || !f.qualifier.empty() || f.role == "change" ||
            ctx->OtherYear(named_upto)) {
          continue;
        }
        auto [it, fresh] = named_before.try_emplace(f.label, named_upto);
        if (!fresh && it->second >= 0 &&
            (ctx->fact(it->second).base_value != f.base_value ||
             !SameFamily(ctx->fact(it->second), f))) {
          it->second = -1;  // two values under one name
        }
      }
      if (den < 0) {
        auto it = named_before.find(of);
        // (占本年支出合计的: the figure may be named without the word for
        // all of it, 本年支出, as SameWholeNamed reads.)
        if (size_t len = 0; it == named_before.end() &&
                            whole.EndsWith(of, "whole", &len) &&
                            of.size() - len >= 6) {
          it = named_before.find(of.substr(0, of.size() - len));
        }
        // (占全年实际支出的: the year's figure may be named by another word
        // for the year, 年度实际支出, or by none, rates.lex share_whole
        // year.)
        if (size_t len = 0; it == named_before.end() &&
                            whole.StartsWith(of, "year", &len) &&
                            CodePoints(of.substr(len)) >= 4) {
          const std::string bare = of.substr(len);
          it = named_before.find(bare);
          for (const std::string& w : whole.Entry("year")->words) {
            if (it == named_before.end()) it = named_before.find(w + bare);
          }
        }
        if (it != named_before.end() && it->second >= 0 &&
            SameFamily(ctx->fact(it->second), ctx->fact(num)) &&
            ctx->fact(it->second).page_no == p.page_no) {
          den = it->second;
        }
      }
      // "占2013年筹集的福彩公益金的62.5%（2013年本级共筹集福彩公益金7205.72
      // 万元）": a bracket right after the share that holds one figure
      // named by the whole's head noun (the words after its last 的) is
      // that whole, printed for reference.
      if (den < 0 && k + 1 < sf.size()) {
        const int next = sf[k + 1];
        const Fact& g = ctx->fact(next);
        const std::string_view gap =
            ctx->Between(rate, p.text_end, g.text_begin);
        const size_t de = of.rfind("的");
        const std::string_view head =
            de == std::string::npos
                ? std::string_view(of)
                : std::string_view(of).substr(de + std::string("的").size());
        const bool alone =
            k + 2 >= sf.size() ||
            ClosesBracket(ctx->Between(next, g.text_end,
                                       ctx->fact(sf[k + 2]).text_begin));
        if (IsOpenBracket(gap) && !ClosesBracket(gap) && alone &&
            !head.empty() && g.qualifier.empty() &&
            SameFamily(g, ctx->fact(num)) &&
            std::string_view(g.label).ends_with(head)) {
          den = next;
        }
      }
      // "财政拨款收入A，占本年收入的P，其他收入B，占本年收入的Q，本年收入
      // 合计C": the whole may be stated after its shares, in their
      // sentence, named X or X and a word for all of it (合计).
      // (Named by the words printed before it in its clause, which the
      // label may shorten: 本年收入合计 is labelled 收入.)
      if (den < 0) {
        for (size_t j = k + 1; j < sf.size() && den < 0; ++j) {
          const Fact& f = ctx->fact(sf[j]);
          std::string_view name =
              ctx->Between(sf[j], ctx->fact(sf[j - 1]).text_end, f.text_begin);
          if (size_t comma = name.rfind("，"); comma != std::string::npos) {
            name.remove_prefix(comma + std::string_view("，").size());
          }
          for (std::string_view verb : {"为", "是", "：", ":"}) {
            if (name.ends_with(verb)) name.remove_suffix(verb.size());
          }
          if (f.qualifier.empty() && SameFamily(f, ctx->fact(num)) &&
              name.starts_with(of) &&
              (name.size() == of.size() ||
               whole.Has("whole", name.substr(of.size())))) {
            den = sf[j];
          }
        }
      }
      std::string evidence = "占" + of + "的";
      // 占总数的: the whole is the total stated last, a few sentences back;
      // the totals before it are other readings the check tries too.
      std::vector<int> others;
      if (den < 0 && whole.Contains(of, "whole")) {
        for (size_t back = 0; back <= kShareWholeReach && back <= s; ++back) {
          const std::vector<int>& scope = ss[s - back].facts;
          for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
            const Fact& f = ctx->fact(*it);
            if (f.text_begin >= ctx->fact(num).text_begin && back == 0)
              continue;
            if (*it == num || !f.qualifier.empty() ||
                !SameFamily(f, ctx->fact(num)) ||
                !whole.Contains(f.label, "total")) {
              continue;
            }
            (den < 0 ? den : others.emplace_back()) = *it;
          }
        }
        evidence = "占" + of + "的（前文所列总额）";
      }
      // "项目全年实际支出285.6万元，其中智能监测设备购置192.0万元，占总支出
      // 的67.23%": a part of a list, its share of a whole named 总X, is
      // over the list's total when that total's name ends in X.
      if (auto t = total_of.find(num); den < 0 && t != total_of.end()) {
        std::string_view bare = of;
        if (bare.starts_with("总"))
          bare.remove_prefix(std::string_view("总").size());
        const Fact& total = ctx->fact(t->second);
        if (CodePoints(bare) >= 2 && total.qualifier.empty() &&
            SameFamily(total, ctx->fact(num)) &&
            std::string_view(total.label).ends_with(bare)) {
          den = t->second;
          evidence = "占" + of + "的（所在清单之总数）";
        }
      }
      if (den < 0) {
        unplaced.push_back({of, num, rate});
        continue;
      }
      Relation r;
      r.kind = "ratio";
      r.rule = "ratio.share";
      r.name = label;
      r.members = {{"numerator", num}, {"denominator", den}, {"rate", rate}};
      AddMembers(&r, "denominator.other", others);
      r.evidence = evidence;
      ctx->Add(std::move(r));
      parts.insert(num);
      whole_named.emplace(of, den);
    }
  }
  SharesOfOneWhole(ctx, unplaced);
}

void FindBounds(Context* ctx) {
  const Lexicon& lex = ctx->lex().Get("rate_bound");
  const Lexicon& whole = ctx->lex().Get("share_whole");
  const std::vector<Fact>& facts = ctx->out()->facts;
  // A rate of a budget statement is checked by its arithmetic: above 100%
  // it says the spending passed the budget, which the statement shows.
  std::set<int> stated;
  for (const Relation& r : ctx->out()->relations) {
    if (r.kind != "budget" && r.kind != "ratio") continue;
    for (const RelationMember& m : r.members) {
      if (m.role == "rate" || m.role == "allocated_rate") stated.insert(m.fact);
    }
  }
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (f.kind != "percent" || f.qualifier == "<" || f.qualifier == "≤") {
      continue;
    }
    const LexEntry* e = lex.Find(f.label, "percent");
    // A share of a total (占总数的, 占项目支出总额的) is a part over the
    // whole it is part of: never over 100%. A share of a budget (占调整
    // 预算109.9%: income against its plan) may be, and stays as read.
    // So is a share that names nothing after its 占 ("公务接待费支出15.41
    // 万元，占97.47%"): the figure's part of a whole the text takes as known.
    const bool of_total =
        ShareOfTotal(whole, f.label) || Squeeze(f.label) == "占";
    if (!of_total && (!e || e->name == "free")) continue;
    // A table cell named by its row alone (a table whose header was not
    // read) in a row of other percentages: which of them is the rate the
    // row names (its target ≥90%, its actual 98.3%, a completion 109.22%)
    // cannot be told.
    if (f.in_table && f.label.find(' ') == std::string::npos) {
      bool others = false;
      for (size_t j = i;
           j-- > 0 && facts[j].in_table && facts[j].sentence == f.sentence;) {
        others = others || facts[j].kind == "percent";
      }
      if (others) continue;
    }
    if (!of_total && e->name == "usually" && stated.count(int(i))) continue;
    // Nor is one its sentence says is reckoned on a named base (以年初预算
    // 为基数计算，预算执行率为112.62%): over 100% against that base is what
    // it reports.
    if (!of_total && e->name == "usually") {
      const std::string_view before =
          ctx->Between(int(i), f.sentence_begin, f.text_begin);
      if (before.find("为基数") != std::string_view::npos ||
          (before.find("按") != std::string_view::npos &&
           before.find("计算") != std::string_view::npos)) {
        continue;
      }
    }
    Relation r;
    r.kind = "bound";
    r.rule = of_total ? "bound.share_of_total" : "bound." + e->name;
    r.name = f.label;
    r.detail = of_total || e->name == "bounded" ? "100" : "100?";
    // A rate run straight into the next figure ("满意度调查290%100%",
    // "比例880%^80%": a flattened table's target and actual cells) may have
    // taken a cell's digit or a misread sign (≥90%) into its own: over 100
    // it is worth a look, not proof.
    const std::string_view next =
        ctx->Between(int(i), f.text_end, f.text_end + 1);
    if (!next.empty() && (std::isdigit(static_cast<unsigned char>(next[0])) ||
                          next[0] == '^' || next[0] == '$')) {
      r.detail = "100?";
    }
    r.members.push_back({"value", int(i)});
    // Over 100 a rate may still be a ratio the report computed of two
    // figures before it in its sentence, whatever it calls it ("已使用资金
    // 17384.56万元，超录6642.26万元，占比161.92%": used over available):
    // the check tries them (role "candidate"), the nearest few. (Not for a
    // share of a total, 占X的 or a bare 占: a part is within its whole by
    // what the words say, and the figures that give more are the slip.)
    // (Only a rate over 100 needs them.)
    const std::optional<Decimal> v = Decimal::Parse(f.value);
    if (const int s = ctx->SentenceOf(int(i));
        s >= 0 && !of_total && v && Decimal::FromInt(100) < *v) {
      const std::vector<int>& in = ctx->sentences()[size_t(s)].facts;
      std::vector<int> before;
      for (int j : in) {
        if (j >= int(i)) break;
        const Fact& g = facts[size_t(j)];
        if ((g.kind == "amount" || g.kind == "count") && g.qualifier.empty() &&
            !g.base_value.empty()) {
          before.push_back(j);
        }
      }
      constexpr size_t kCandidates = 4;
      const size_t from =
          before.size() > kCandidates ? before.size() - kCandidates : 0;
      for (size_t k = from; k < before.size(); ++k) {
        r.members.push_back({"candidate", before[k]});
      }
    }
    ctx->Add(std::move(r));
  }
}

}  // namespace tally::extract::rel
