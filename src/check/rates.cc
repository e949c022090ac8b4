// rate.ratio and percent.range: a stated percentage against the numbers it
// is a ratio of, and percentages that cannot exceed 100%.
//
// A stated rate stands for anything within half a unit of its last digit
// (83% accepts 82.5% to 83.5%); the comparison cross-multiplies, so no
// division or rounding decides a finding.
#include "check/internal.h"

namespace tally::check::internal {
namespace {

bool Spent(const std::string& l) {
  return Contains(l, "支出") || Contains(l, "支付") || Contains(l, "执行数") ||
         Contains(l, "使用") || Contains(l, "决算");
}
bool Left(const std::string& l) {
  return Contains(l, "结转") || Contains(l, "结余") || Contains(l, "剩余") ||
         Contains(l, "余额") || l.starts_with("余");
}

bool Plain(const View& v, int i) {
  return v.num(i).ok && v.fact(i).qualifier.empty();
}

// Reports a stated rate that none of the candidate denominators gives.
// `preferred` is the denominator the message uses.
void Report(const View& v, int rate, int num, int den,
            std::vector<Finding>* out) {
  const Fact &p = v.fact(rate), &n = v.fact(num), &d = v.fact(den);
  std::vector<int64_t> ids = {p.fact_id, n.fact_id, d.fact_id};
  std::string ratio =
      n.label + " " + Printed(n) + " ÷ " + d.label + " " + Printed(d);
  // Does the rate hold once the numerator or the denominator is read in the
  // other unit (决算数33元 against 33万元)? Then the unit is the slip.
  for (int which : {0, 1}) {
    const Num& x = v.num(which == 0 ? num : den);
    const Fact& fx = which == 0 ? n : d;
    if (fx.kind != "amount") continue;
    for (int k : {4, -4, 8, -8}) {
      Decimal a = which == 0 ? x.base.Shift(k) : v.num(num).base;
      Decimal b = which == 1 ? x.base.Shift(k) : v.num(den).base;
      if (b.is_zero() || !RatioHolds(a, b, v.num(rate).value)) continue;
      std::string fixed = RescaledUnit(fx, k);
      out->push_back(MakeFinding(
          "unit.magnitude", kError,
          ratio + " = " + Percent(v.num(num).base, v.num(den).base) +
              "，与所述 " + p.label + " " + Printed(p) + " 不符；把 " +
              Printed(fx) + " 读作 " + fixed + " 才相符，单位有误",
          fixed, Printed(fx), fx.page_no, ids));
      return;
    }
  }
  out->push_back(MakeFinding(
      "rate.ratio", kError,
      ratio + " = " + Percent(v.num(num).base, v.num(den).base) + "，与所述 " +
          p.label + " " + Printed(p) + " 不符",
      Percent(v.num(num).base, v.num(den).base), Printed(p), p.page_no, ids));
}

// 执行率: spending over budget. Any 支出/执行数 before the rate may be the
// numerator and any budget before it the denominator (a report may give
// 年初 and 全年 budgets, or a spending total and its 其中 parts): the rate
// is wrong only if no such pair gives it. The message prefers the 全年
// budget and the spending that follows it.
void ExecutionRate(const View& v, int g, int rate, std::vector<Finding>* out) {
  std::vector<int> spent, budgets;
  for (int i : v.sentences()[size_t(g)]) {
    const Fact& f = v.fact(i);
    if (f.text_begin >= v.fact(rate).text_begin) break;
    if (f.kind != "amount" || !Plain(v, i)) continue;
    if (Spent(f.label)) {
      spent.push_back(i);
    } else if (!Left(f.label)) {
      budgets.push_back(i);
    }
  }
  if (spent.empty()) return;
  if (budgets.empty() ||
      v.fact(budgets.front()).text_begin > v.fact(spent.front()).text_begin) {
    // "…补助资金28万元。实际支出12.58万元，执行率45%": the budget may sit in
    // the sentence before.
    int prev = v.PreviousAdjacent(g);
    if (prev >= 0) {
      for (int i : v.sentences()[size_t(prev)]) {
        const Fact& f = v.fact(i);
        if (f.kind == "amount" && Plain(v, i) && !Spent(f.label) &&
            !Left(f.label)) {
          budgets.push_back(i);
        }
      }
    }
  }
  if (budgets.empty()) return;
  const Decimal& stated = v.num(rate).value;
  for (int n : spent) {
    for (int d : budgets) {
      if (RatioHolds(v.num(n).base, v.num(d).base, stated)) return;
    }
  }
  int den = budgets.front();
  for (int d : budgets) {
    if (Contains(v.fact(d).label, "全年") || Contains(v.fact(d).label, "调整"))
      den = d;
  }
  int num = spent.front();
  for (int n : spent) {
    if (v.fact(n).page_no == v.fact(den).page_no &&
        v.fact(n).text_begin > v.fact(den).text_begin) {
      num = n;
      break;
    }
  }
  if (v.num(den).base.is_zero()) return;
  Report(v, rate, num, den, out);
}

// 占X的P%: the nearest quantity before the rate over the quantity labelled
// X, in this sentence or the two before it. Without a quantity named X
// there is nothing to check.
void ShareRate(const View& v, int g, int rate, std::vector<Finding>* out) {
  const Fact& p = v.fact(rate);
  size_t at = p.label.find("占");
  std::string of = p.label.substr(at + std::string("占").size());
  for (std::string_view w : {"到", "了"}) {
    if (of.starts_with(w)) of.erase(0, w.size());
  }
  if (of.ends_with("的")) of.erase(of.size() - std::string("的").size());
  if (of.empty()) return;
  const std::vector<int>& facts = v.sentences()[size_t(g)];
  int num = -1;
  for (int i : facts) {
    const Fact& f = v.fact(i);
    if (f.text_begin >= p.text_begin) break;
    if ((f.kind == "amount" || f.kind == "count") && Plain(v, i)) num = i;
  }
  if (num < 0) return;
  int den = -1;
  for (int scope = g, hops = 0; scope >= 0 && hops < 3 && den < 0; ++hops) {
    for (int i : v.sentences()[size_t(scope)]) {
      if (i == num || !Plain(v, i) || !SameFamily(v.fact(i), v.fact(num))) {
        continue;
      }
      if (scope == g && v.fact(i).text_begin >= v.fact(num).text_begin) break;
      if (v.fact(i).label == of || v.fact(i).label.ends_with(of)) den = i;
    }
    scope = v.PreviousAdjacent(scope);
  }
  if (den < 0 || v.num(den).base.is_zero()) return;
  if (RatioHolds(v.num(num).base, v.num(den).base, v.num(rate).value)) return;
  Report(v, rate, num, den, out);
}

// The budget block's 执行率 against 全年执行数 / 全年预算数 (年初预算数 when
// the 全年 column is blank).
void BudgetRates(const View& v, std::vector<Finding>* out) {
  for (const BudgetRow& row : v.doc().budgets) {
    std::string rate = Squeeze(row.rate);
    if (!rate.ends_with("%")) continue;
    rate.pop_back();
    std::optional<Decimal> r = Decimal::Parse(rate);
    std::optional<Decimal> done = Decimal::Parse(row.executed);
    std::optional<Decimal> full = Decimal::Parse(row.full);
    const char* column = "全年预算数";
    if (!full) {
      full = Decimal::Parse(row.initial);
      column = "年初预算数";
    }
    if (!r || !done || !full) continue;
    if (RatioHolds(*done, *full, *r)) continue;
    std::vector<int64_t> ids;
    int rf = FindTableFact(v, row.page_no, row.item, "执行率", *r);
    int df = FindTableFact(v, row.page_no, row.item, "全年执行数", *done);
    int ff = FindTableFact(v, row.page_no, row.item, column, *full);
    for (int i : {rf, df, ff}) {
      if (i >= 0) ids.push_back(v.id(i));
    }
    std::string item = Squeeze(row.item);
    out->push_back(MakeFinding(
        "rate.ratio", kError,
        "表中 " + item + " 全年执行数 " + row.executed + row.unit + " ÷ " +
            column + " " + Str(*full) + row.unit + " = " +
            Percent(*done, *full) + "，与表中执行率 " + Str(*r) + "% 不符",
        Percent(*done, *full), Str(*r) + "%", row.page_no, ids));
  }
}

// Rates that are a part over its whole by definition: above 100% they are
// wrong whatever the numbers behind them.
constexpr std::string_view kBounded[] = {
    "覆盖率",   "参保率", "合格率",     "达标率",    "办结率",
    "整改率",   "激活率", "知晓率",     "满意度",    "满意率",
    "报销比例", "查处率", "正常运行率", "及时率",    "准确率",
    "到位率",   "公开率", "结算率",     "参保缴费率"};
// Rates that usually stay within 100% but may pass it (over-fulfilment,
// spending carried over from earlier years).
constexpr std::string_view kUsuallyBounded[] = {"完成率", "执行率", "支出率",
                                                "使用率", "完成比例"};

}  // namespace

void CheckRates(const View& v, std::vector<Finding>* out) {
  for (int g = 0; g < int(v.sentences().size()); ++g) {
    for (int i : v.sentences()[size_t(g)]) {
      const Fact& f = v.fact(i);
      if (f.kind != "percent" || !Plain(v, i)) continue;
      if (Contains(f.label, "占")) {
        ShareRate(v, g, i, out);
      } else if (Contains(f.label, "执行率") || Contains(f.label, "支出率")) {
        ExecutionRate(v, g, i, out);
      }
    }
  }
  BudgetRates(v, out);
}

void CheckPercentRange(const View& v, std::vector<Finding>* out) {
  const Decimal hundred = Decimal::FromInt(100);
  for (int i = 0; i < v.size(); ++i) {
    const Fact& f = v.fact(i);
    if (!v.num(i).ok) continue;
    if (f.kind == "amount" && v.num(i).base.negative()) {
      out->push_back(MakeFinding(
          "percent.range", kWarning, f.label + " 为负数 " + Printed(f),
          "≥0" + f.unit, Printed(f), f.page_no, {f.fact_id}));
      continue;
    }
    if (f.kind != "percent" || v.num(i).value <= hundred) continue;
    // Targets and bounds (≥90%) and shares of another quantity (占基金收入
    // 的122.71%) may pass 100%; growth rates too.
    if (f.qualifier == "<" || f.qualifier == "≤") continue;
    if (Contains(f.label, "年度指标值") || Contains(f.label, "占") ||
        Contains(f.label, "增") || Contains(f.label, "同比") ||
        Contains(f.label, "比上年")) {
      continue;
    }
    const char* severity = nullptr;
    for (std::string_view w : kBounded) {
      if (Contains(f.label, w)) severity = kError;
    }
    if (!severity) {
      for (std::string_view w : kUsuallyBounded) {
        if (Contains(f.label, w)) severity = kWarning;
      }
    }
    if (!severity) continue;
    std::string why = severity == std::string(kError) ? "，按定义不能超过 100%"
                                                      : "，通常不超过 100%";
    out->push_back(MakeFinding("percent.range", severity,
                               f.label + " " + Printed(f) + why, "≤100%",
                               Printed(f), f.page_no, {f.fact_id}));
  }
}

}  // namespace tally::check::internal
