// Amounts per unit: a total, the count it is shared over and what each
// unit got ("共发放补助资金356.8万元，惠及农户1784户，户均补助2000元";
// "慰问对象120人，慰问标准300元/人，共支出3.6万元").
//
// The genre's rule: a money figure named per unit (rates.lex, per_head:
// 户均, 人均, 每亩, or printed "元/人") is the sentence's total over its
// count of that unit, so total = count × amount per unit, within the
// rounding of the figures. Read only where the sentence leaves no choice:
// one count of the unit and one other money figure (not a change, not
// another year's, not a share's whole), and not where the figure per unit
// is a bound another is compared with (低于每公里80万元的控制标准). The same
// holds of any figure named per the measure word of a count beside it
// ("开展培训12期，培训人员600人次， 平均每期培训50人次": 每期, of 12期;
// "拨付至12个村，每村5万元": 每村, of the 村 printed after 12个): the total is
// then the one other figure of its own measure. The check tests the product
// (ratio.per_unit).
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "extract/relations.h"

namespace tally::extract::rel {
namespace {

// A sentence of more figures than a statement of a total, its count and
// its amount per unit ever has is a list or a table, not such a statement.
constexpr size_t kMaxPerUnitFacts = 12;

// The unit amount i is per (an entry of per_head: 户, 人, 亩), or null: a
// word of the entry in its label, or "/" and the unit right after it. An
// amount per unit per period (人均月补助, 300元/人/月: entry period) is
// not a share of a total, and is null too.
const LexEntry* PerWhat(const Context& ctx, const Lexicon& per, int i,
                        bool* per_period = nullptr) {
  const Fact& f = ctx.fact(i);
  const std::string_view printed = ctx.Between(i, f.text_end, f.text_end + 12);
  const LexEntry* unit = nullptr;
  std::string_view period_text;  // where a period would be said
  std::string_view after = printed;
  for (std::string_view slash : {"/", "／"}) {
    if (!after.starts_with(slash)) continue;
    after.remove_prefix(slash.size());
    for (const LexEntry& e : per.entries()) {
      if (IsPerHeadUnit(e) && after.starts_with(e.name)) {
        unit = &e;
        // The printed unit's tail (元/人/月, 元/人·月), to the clause's end.
        period_text = after.substr(0, after.find("，"));
      }
    }
  }
  const std::string_view label = f.label;
  for (const LexEntry& e : per.entries()) {
    if (unit) break;
    if (!IsPerHeadUnit(e)) continue;
    for (const std::string& w : e.words) {
      const size_t at = label.find(w);
      if (at == std::string_view::npos) continue;
      unit = &e;
      // The label from one character before the word (月人均, 人均月补助,
      // 每人每月), not a date further back (12月底人均报销).
      size_t from = at;
      for (int k = 0; k < 3 && from > 0; ++k) --from;
      while (from > 0 && (uint8_t(label[from]) & 0xC0) == 0x80) --from;
      period_text = label.substr(from);
      break;
    }
  }
  const bool period = unit && per.Contains(period_text, "period");
  if (per_period) {
    *per_period = period;
    return unit;
  }
  return period ? nullptr : unit;
}

// Adds ratio.per_unit: total = count × each (× periods, when one is given).
void AddPerUnit(Context* ctx, int total, int count, int each, int periods,
                std::string evidence) {
  Relation r;
  r.kind = "ratio";
  r.rule = "ratio.per_unit";
  r.name = ctx->fact(each).label;
  r.members = {{"numerator", total}, {"denominator", count}, {"rate", each}};
  if (periods >= 0) r.members.push_back({"periods", periods});
  r.evidence = std::move(evidence);
  r.page_no = ctx->fact(each).page_no;
  ctx->Add(std::move(r));
}

// Whether count i counts periods of time (12个月, 2个学期: per_head
// period, after an item word; the count may have taken the item word
// alone, 12个, the period word printed right after it).
bool CountsPeriods(const Context& ctx, const Lexicon& per, int i) {
  const Fact& c = ctx.fact(i);
  if (c.kind != "count") return false;
  std::string_view m = c.unit;
  if (size_t len = 0; ctx.lex().Get("list").StartsWith(m, "item", &len)) {
    m.remove_prefix(len);
  }
  if (m.empty()) {
    return per.StartsWith(ctx.Between(i, c.text_end, c.text_end + 9), "period");
  }
  return per.Has("period", m);
}

// The measure word figure i is named per by 每 in its label (平均每期培训:
// 期), when the sentence has a count of that measure, not counted as a
// period of time (每月, lexicon per_head period); empty otherwise.
// A measure word that counts items of any kind (个, 项, 所: lexicon list,
// item) names what it counts right after it (每个村, 每所学校): that must
// be the count's thing too, named in its label.
std::string_view PerMeasure(const Context& ctx, const Lexicon& per,
                            const Sentence& sen, int i) {
  const Lexicon& list = ctx.lex().Get("list");
  const std::string_view label = ctx.fact(i).label;
  const size_t at = label.rfind("每");
  if (at == std::string_view::npos) return {};
  const std::string_view after = label.substr(at);  // 每 and what follows
  const std::string_view rest = after.substr(std::string_view("每").size());
  if (per.StartsWith(rest, "period")) return {};
  // A string's first character.
  auto first_char = [](std::string_view t) {
    size_t n = 0;
    if (!t.empty()) DecodeUtf8(t, &n);
    return t.substr(0, n);
  };
  for (int j : sen.facts) {
    const Fact& c = ctx.fact(j);
    if (j == i || c.kind != "count") continue;
    const std::string_view m = CountMeasure(c.unit);
    if (m.empty()) continue;
    // The thing counted, printed right after the count (12个村, 12所学校).
    const std::string_view noun = first_char(
        ctx.Between(j, c.text_end, std::min(c.text_end + 12, sen.end)));
    const bool noun_ok = !noun.empty() && noun != "，" && noun != "、";
    // 每村 of 12个村: the thing itself is the unit.
    if (!rest.starts_with(m)) {
      if (noun_ok && list.Has("item", m) && rest.starts_with(noun)) return m;
      continue;
    }
    if (list.Has("item", m)) {
      // The thing counted: the next character, in the count's label or
      // right after the count; or what follows 每所 names no thing and the
      // label names the count's before 每 (全县学校每所补助).
      const std::string_view thing = first_char(rest.substr(m.size()));
      const bool named =
          !thing.empty() && (c.label.find(thing) != std::string::npos ||
                             (noun_ok && thing == noun));
      const bool before =
          noun_ok && label.substr(0, at).find(noun) != std::string_view::npos;
      // Nor does 平均 after it or right before 每 (每处平均投资4.2万元 of
      // 18处; 平均每项补助17.60万元 of 33项): the measure word alone is the
      // unit.
      const bool average = per.StartsWith(rest.substr(m.size()), "average") ||
                           per.EndsWith(label.substr(0, at), "average");
      if (!named && !before && !average) continue;
    }
    return m;
  }
  return {};
}

// Whether count c is of the unit entry e names: its measure word is the
// entry's own or that word and 次 (户次), or, for 人, any word for people
// (entry people: 名, 人次).
bool CountsUnit(const Lexicon& per, const LexEntry& e, const Fact& c) {
  const std::string_view m = CountMeasure(c.unit);
  // (户次 counts households, each as often as it was helped.)
  if (m == e.name || m == e.name + "次") return true;
  return e.name == "人" && per.Has("people", m);
}

// "岗位补贴按每人每月600元标准发放：全年在岗的400人补贴12个月，计275.76万
// 元；年中补充上岗的61人按同一标准平均补贴6个月，计21.96万元": a standard
// per unit per period (every PerWhat that names a period) and, after it in
// its sentence, clauses (set apart by ；) that each state one count of the
// unit, one count of periods and one amount: each amount is the product of
// the three, the periods stated (the approximation FindPerUnit leaves
// unread is in a count of recipients that changes over the periods; a
// clause that counts the periods each was paid states the product).
void PerPeriodProducts(Context* ctx, const Lexicon& per) {
  for (const Sentence& sen : ctx->sentences()) {
    if (sen.facts.size() < 4 || sen.facts.size() > 4 * kMaxPerUnitFacts) {
      continue;
    }
    for (size_t k = 0; k < sen.facts.size(); ++k) {
      const int each = sen.facts[k];
      const Fact& fe = ctx->fact(each);
      bool period = false;
      const LexEntry* unit =
          fe.kind == "amount" && fe.qualifier.empty() && Summable(fe)
              ? PerWhat(*ctx, per, each, &period)
              : nullptr;
      if (!unit || !period) continue;
      // The clauses after it, each read alone.
      int count = -1, periods = -1, total = -1, n = 0;
      auto flush = [&]() {
        if (n == 3 && count >= 0 && periods >= 0 && total >= 0) {
          AddPerUnit(ctx, total, count, each, periods,
                     "总额 = 数量 × 每" + unit->name + "每期金额 × 期数");
        }
        count = periods = total = -1;
        n = 0;
      };
      // (From the start of the standard's own clause: "全年月均保障2979人，
      // 补贴标准为每人每月120元，发放12个月，计403.06万元" states all three
      // around it.)
      auto semicolon_before = [&](size_t j) {
        const std::string_view gap =
            ctx->Between(sen.facts[j], ctx->fact(sen.facts[j - 1]).text_end,
                         ctx->fact(sen.facts[j]).text_begin);
        return gap.find("；") != std::string_view::npos ||
               gap.find(';') != std::string_view::npos;
      };
      size_t from = k;
      while (from > 0 && !semicolon_before(from)) --from;
      for (size_t j = from; j < sen.facts.size(); ++j) {
        const int i = sen.facts[j];
        const Fact& f = ctx->fact(i);
        if (j > from && semicolon_before(j)) flush();
        if (i == each) continue;
        ++n;
        if (!f.qualifier.empty() || !Summable(f) || ctx->OtherYear(i)) continue;
        // (A count of times, 人次, already counts each period's payment:
        // 累计发放15204人次 at 60元 each is no product over 12 months.)
        if (f.kind == "count" && CountsUnit(per, *unit, f) &&
            !CountMeasure(f.unit).ends_with("次")) {
          count = count < 0 ? i : -2;
        } else if (CountsPeriods(*ctx, per, i)) {
          periods = periods < 0 ? i : -2;
        } else if (f.kind == "amount" && f.role != "change" &&
                   !PerWhat(*ctx, per, i)) {
          total = total < 0 ? i : -2;
        }
      }
      flush();
    }
  }
}

// "睡袋420个（单价170元，计71400元）": a count, then in the bracket right
// after it its price each (per_head, price: 单价) and what they came to (计,
// or a sum word: lists.lex sum): the amount is the count times the price.
void PricedItems(Context* ctx, const Lexicon& per) {
  const Lexicon& list = ctx->lex().Get("list");
  if (!per.Entry("price")) return;
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 0; k + 2 < sen.facts.size(); ++k) {
      const int c = sen.facts[k], p = sen.facts[k + 1], t = sen.facts[k + 2];
      const Fact &fc = ctx->fact(c), &fp = ctx->fact(p), &ft = ctx->fact(t);
      if (fc.kind != "count" || fp.kind != "amount" || ft.kind != "amount" ||
          !Summable(fc) || !Summable(fp) || !Summable(ft) ||
          !fc.qualifier.empty() || !fp.qualifier.empty() ||
          !ft.qualifier.empty()) {
        continue;
      }
      const std::string price = Squeeze(fp.label);
      const std::string sum = Squeeze(ft.label);
      const std::string_view open =
          TrimSpace(ctx->Between(p, fc.text_end, fp.text_begin));
      const std::string_view between =
          ctx->Between(t, fp.text_end, ft.text_begin);
      if (!IsOpenBracket(open) || !per.EndsWith(price, "price") ||
          ClosesBracket(between) || !(sum == "计" || list.Has("sum", sum))) {
        continue;
      }
      AddPerUnit(ctx, t, c, p, -1, "金额 = 数量 × 单价");
    }
  }
}

}  // namespace

void FindPerUnit(Context* ctx) {
  const Lexicon& per = ctx->lex().Get("per_head");
  if (per.entries().empty()) return;
  PerPeriodProducts(ctx, per);
  PricedItems(ctx, per);
  // A count that is one of two or more parts of another count of the
  // sentence (培训人员860人次，其中基层干部320人次，技术人员540人次) is not
  // the count the amount is per: their total is. One part alone (其中脱贫
  // 户520户) is a subset the amount may be per.
  const std::map<int, int> total_of = TotalsOfParts(*ctx);
  std::map<int, int> parts_of;  // a total -> how many parts it has
  for (const auto& [part, total] : total_of) ++parts_of[total];
  for (const Sentence& sen : ctx->sentences()) {
    if (sen.facts.size() < 3 || sen.facts.size() > kMaxPerUnitFacts) continue;
    // The ；-clause a figure stands in: how many ； of its sentence stand
    // before it (their places read once per sentence).
    std::vector<uint32_t> semicolons;
    const std::string_view text =
        ctx->Between(sen.facts[0], sen.begin, sen.end);
    for (size_t at = text.find("；"); at != std::string_view::npos;
         at = text.find("；", at + 1)) {
      semicolons.push_back(sen.begin + uint32_t(at));
    }
    auto clause = [&](int i) {
      return size_t(std::lower_bound(semicolons.begin(), semicolons.end(),
                                     ctx->fact(i).text_begin) -
                    semicolons.begin());
    };
    for (size_t k = 0; k < sen.facts.size(); ++k) {
      const int each = sen.facts[k];
      const Fact& fe = ctx->fact(each);
      // An amount per unit may be approximate (约1,020元): what it says of
      // the total's unit still holds (see the check).
      if ((fe.kind != "amount" && fe.kind != "count") ||
          !(fe.qualifier.empty() || fe.qualifier == "≈") || !Summable(fe)) {
        continue;
      }
      // One the text compares another with is a bound (lexicon bound);
      // one of another year (较上年生均1,012.40元) is that year's.
      if (per.Contains(fe.label, "bound") || ctx->OtherYear(each)) continue;
      const LexEntry* unit =
          fe.kind == "amount" ? PerWhat(*ctx, per, each) : nullptr;
      const std::string_view measure =
          unit ? std::string_view() : PerMeasure(*ctx, per, sen, each);
      if (!unit && measure.empty()) continue;
      const std::string_view own =
          fe.kind == "count" ? CountMeasure(fe.unit) : std::string_view();
      // Read over the sentence, else, a sentence of ；-clauses each of its
      // own standard per one unit ("人工造林3600亩，按每亩500元补助180.00万
      // 元；封山育林2900亩，按每亩70元补助20.30万元"), over the standard's
      // clause.
      // (Only where another clause states its own standard per the same
      // unit: the clauses are parallel statements.)
      auto parallel = [&] {
        for (int i : sen.facts) {
          if (i != each && unit && PerWhat(*ctx, per, i) == unit &&
              clause(i) != clause(each)) {
            return true;
          }
        }
        return false;
      };
      for (const bool own_clause : {false, true}) {
        if (own_clause && !parallel()) break;
        int total = -1, count = -1, totals = 0, counts = 0;
        for (size_t j = 0; j < sen.facts.size(); ++j) {
          const int i = sen.facts[j];
          const Fact& f = ctx->fact(i);
          if (i == each || !f.qualifier.empty() || !Summable(f)) continue;
          if (own_clause && clause(i) != clause(each)) continue;
          const bool of_unit =
              f.kind == "count" && (unit ? CountsUnit(per, *unit, f)
                                         : CountMeasure(f.unit) == measure);
          if (fe.kind == "count" && !of_unit) {
            // A count per a measure: its total is the one count of its own.
            if (f.kind == "count" && CountMeasure(f.unit) == own &&
                f.role != "change" && !ctx->OtherYear(i)) {
              total = i;
              ++totals;
            }
            continue;
          }
          if (of_unit) {
            if (auto t = total_of.find(i);
                t != total_of.end() && parts_of[t->second] >= 2 &&
                std::find(sen.facts.begin(), sen.facts.end(), t->second) !=
                    sen.facts.end()) {
              continue;
            }
            count = i;
            ++counts;
          } else if (f.kind == "amount" && f.role != "change" &&
                     !ctx->OtherYear(i) && !PerWhat(*ctx, per, i) &&
                     !ShareWhole(*ctx, sen, j)) {
            total = i;
            ++totals;
          }
        }
        if (totals != 1 || counts != 1) continue;
        // Standards by category (特困人员…每人400元、低保对象…每人220元) in
        // one sentence: the amount is no one count times one standard.
        // And a total in a ；-clause of its own standard (…216户，每户5000
        // 元，共计108万元；…786名…每人1000元) is that standard's product.
        bool apart = false;
        for (int i : sen.facts) {
          const Fact& f = ctx->fact(i);
          if (own_clause && clause(i) != clause(each)) continue;
          // (Not one the text compares the figure with, nor another year's:
          // 低于每公里80万元的控制标准, 较上年生均1012.40元.)
          if (i == each || f.kind != fe.kind || !f.qualifier.empty() ||
              per.Contains(f.label, "bound") || ctx->OtherYear(i)) {
            continue;
          }
          const LexEntry* other = unit ? PerWhat(*ctx, per, i) : nullptr;
          if (!other) continue;
          apart = apart || (other == unit && f.value != fe.value) ||
                  (clause(i) == clause(total) && clause(each) != clause(total));
        }
        if (apart) continue;
        AddPerUnit(
            ctx, total, count, each, -1,
            (fe.kind == "amount" ? "总额 = 数量 × 每" : "总数 = 数量 × 每") +
                (unit ? unit->name : std::string(measure)) +
                (fe.kind == "amount" ? "金额" : "数"));
        break;
      }
    }
  }
}

}  // namespace tally::extract::rel
