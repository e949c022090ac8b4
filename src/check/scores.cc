// score.total, score.cap, grade.band, score.rule and form.completeness: the
// points of an evaluation. Points are exact (a 9.5 is 9.5), so sums of
// points must hold exactly.
#include <algorithm>
#include <map>
#include <optional>

#include "check/internal.h"

namespace tally::check::internal {
namespace {

std::string Pts(const Decimal& d) { return Str(d) + "分"; }

struct Band {
  std::string grade;
  Decimal lo, hi;
  bool lo_in = true, hi_in = true;
  bool Holds(const Decimal& s) const {
    return (lo_in ? s >= lo : s > lo) && (hi_in ? s <= hi : s < hi);
  }
};

// "lo,hi,lo_in,hi_in,grade;...|stated" (see Relation::detail).
std::vector<Band> ParseBands(std::string_view detail, bool* stated) {
  std::vector<Band> out;
  size_t bar = detail.rfind('|');
  *stated = bar != std::string_view::npos && detail.substr(bar + 1) == "stated";
  std::string_view list = detail.substr(0, bar);
  while (!list.empty()) {
    size_t semi = list.find(';');
    std::string_view item = list.substr(0, semi);
    list = semi == std::string_view::npos ? "" : list.substr(semi + 1);
    std::vector<std::string_view> f;
    while (true) {
      size_t comma = item.find(',');
      f.push_back(item.substr(0, comma));
      if (comma == std::string_view::npos) break;
      item.remove_prefix(comma + 1);
    }
    if (f.size() != 5) continue;
    std::optional<Decimal> lo = Decimal::Parse(f[0]), hi = Decimal::Parse(f[1]);
    if (!lo || !hi) continue;
    out.push_back({std::string(f[4]), *lo, *hi, f[2] == "1", f[3] == "1"});
  }
  return out;
}

// 优 and 优秀 name the same band.
bool SameGrade(std::string_view a, std::string_view b) {
  return a == b ||
         (a.size() < b.size() && b.starts_with(a) && b != "不合格" &&
          b != "基本合格") ||
         (b.size() < a.size() && a.starts_with(b) && a != "不合格" &&
          a != "基本合格");
}

}  // namespace

namespace {

// One sum of points: total = parts (+ extras, a reading that may or may not
// be included). False if it holds, or says nothing; true after reporting.
// With `excess_only` (parts that may not all have been read), only a sum
// over the total is reported.
bool ReportSum(const View& v, int ri, int total, const std::vector<int>& parts,
               const std::vector<int>& extra, bool scores, bool excess_only,
               std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  if (total < 0 || parts.empty() || !v.Plain(total)) return false;
  Decimal sum, more;
  for (int p : parts) {
    if (!v.Plain(p)) return false;
    sum = sum + v.num(p).value;
  }
  for (int e : extra) {
    if (v.Plain(e)) more = more + v.num(e).value;
  }
  const Decimal& stated = v.num(total).value;
  if (stated == sum || (!extra.empty() && stated == sum + more)) return false;
  if (excess_only && sum <= stated) return false;
  // A total printed to fewer decimals than its parts (97.8 over parts to
  // the hundredth, 97.78) is their sum rounded to its own last digit.
  int finest = 0;
  for (int p : parts) finest = std::max(finest, v.num(p).value.scale());
  for (int e : extra) finest = std::max(finest, v.num(e).value.scale());
  // A whole total over half points (25 over 10+5+4.5+5) is as likely a
  // half point lost as the sum rounded: worth a look, not proof.
  bool rounded_whole = false;
  if (stated.scale() < finest) {
    auto rounds = [&](const Decimal& x) {
      return (stated - x).Abs() <= stated.HalfUnit();
    };
    if (rounds(sum) || (!extra.empty() && rounds(sum + more))) {
      const Decimal half = Decimal::Parse("0.5").value();
      const Decimal gap = (stated - (rounds(sum) ? sum : sum + more)).Abs();
      if (stated.scale() != 0 || finest != 1 || gap != half) return false;
      rounded_whole = true;
    }
  }
  const Fact& t = v.fact(total);
  std::vector<int64_t> ids = {t.fact_id};
  for (int p : parts) ids.push_back(v.id(p));
  Decimal expect = extra.empty() ? sum : sum + more;
  std::string terms = Terms(v, parts);
  if (!extra.empty()) terms += "+" + Terms(v, extra);
  std::string alternatives =
      extra.empty() ? "" : "不含项目资金分值 " + Pts(sum) + " 亦不符";
  if (r.rule == "table.section") {
    // The prose's section points against the table rows of that name.
    std::string what = scores ? "得分" : "指标分值";
    out->push_back(MakeFinding(
        {"table.text",
         r.evidence.find("拆分") == std::string::npos ? kError : kWarning,
         "正文 " + r.name + " " + what + " " + Printed(t) + "，而表中 " +
             r.name + " 各行" + what + " " + terms + " = " + Pts(sum),
         Pts(sum), Printed(t), t.page_no, ids, Pts(sum),
         "正文" + what + " = 表中同名指标各行之和", alternatives, ri}));
    return true;
  }
  std::string where = t.in_table ? "表中 " : "";
  out->push_back(MakeFinding(
      {"score.total", rounded_whole ? kWarning : kError,
       where + r.name + " " + Printed(t) + "，而各项 " + terms + " = " +
           Pts(expect) + (rounded_whole ? "（或为四舍五入）" : ""),
       Pts(expect), Printed(t), t.page_no, ids, Pts(expect),
       "总分 = 各项分值之和（" + r.evidence + "）", alternatives, ri}));
  return true;
}

}  // namespace

// Weights first; the scores only when the weights agree, since a wrong
// weight makes the scores disagree too.
void CheckScoreSum(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  // A sum probably whole ("likely": its parts may not all have been read)
  // proves a slip only by exceeding its total.
  if (r.complete != "yes" && r.complete != "likely") return;
  const bool excess_only = r.complete == "likely";
  if (ReportSum(v, ri, v.First(r, "total"), v.Role(r, "part"),
                v.Role(r, "extra"), r.detail == "score", excess_only, out)) {
    return;
  }
  ReportSum(v, ri, v.First(r, "score_total"), v.Role(r, "score_part"), {}, true,
            excess_only, out);
}

void CheckScoreCap(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  int weight = v.First(r, "weight");
  std::vector<int> scores = v.Role(r, "score");
  if (weight < 0 || scores.empty() || !v.Plain(weight)) return;
  Decimal sum;
  for (int s : scores) {
    if (!v.Plain(s)) return;
    sum = sum + v.num(s).value;
  }
  const Decimal& w = v.num(weight).value;
  if (sum <= w) return;
  // A row's score over its own weight is that row's slip, found on its own
  // row: a block's sum that fits once each row is held to its weight is
  // the same slip, and is not reported twice.
  if (scores.size() > 1) {
    std::map<int, int> own;  // a row's score -> its weight
    for (const Relation& o : v.doc().relations) {
      if (o.kind != r.kind || &o == &r) continue;
      const std::vector<int> os = v.Role(o, "score");
      const int ow = v.First(o, "weight");
      if (os.size() == 1 && ow >= 0 && v.Plain(ow)) own[os[0]] = ow;
    }
    Decimal held;
    for (int s : scores) {
      auto it = own.find(s);
      const Decimal& x = v.num(s).value;
      held = held + (it != own.end() && x > v.num(it->second).value
                         ? v.num(it->second).value
                         : x);
    }
    if (held <= w) return;
  }
  const Fact& fw = v.fact(weight);
  const Fact& fs = v.fact(scores.front());
  std::vector<int64_t> ids;
  for (int s : scores) ids.push_back(v.id(s));
  ids.push_back(fw.fact_id);
  std::string where = fs.in_table ? "表中 " : "";
  std::string got =
      scores.size() == 1 ? Printed(fs) : Terms(v, scores) + "=" + Pts(sum);
  out->push_back(MakeFinding(
      {"score.cap", kError,
       where + r.name + " 得分 " + got + "，超过其分值 " + Printed(fw),
       "≤" + Printed(fw), scores.size() == 1 ? Printed(fs) : Pts(sum),
       fs.page_no, ids, "", "得分 ≤ 分值", "", ri}));
}

void CheckGrade(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  int score = v.First(r, "score"), weight = v.First(r, "weight"),
      grade = v.First(r, "grade");
  if (score < 0 || grade < 0 || !v.Plain(score)) return;
  bool stated = false;
  std::vector<Band> bands = ParseBands(r.detail, &stated);
  const Fact& g = v.fact(grade);
  // A grade of one indicator is given on its share of that indicator's
  // weight (48 of 50 is 96%).
  Decimal pct = v.num(score).value;
  std::string of;
  if (weight >= 0 && v.Plain(weight) && !v.num(weight).value.is_zero() &&
      v.num(weight).value != Decimal::FromInt(100)) {
    std::optional<Decimal> q = Decimal::Divide(
        v.num(score).value * Decimal::FromInt(100), v.num(weight).value, 4);
    if (!q) return;
    pct = *q;
    of = "（" + Printed(v.fact(score)) + " / " + Printed(v.fact(weight)) +
         " = " + Str(pct.Round(2)) + "%）";
  }
  bool named = false, fits = false;
  std::string expect;
  for (const Band& b : bands) {
    if (SameGrade(b.grade, g.value)) {
      named = true;
      fits = fits || b.Holds(pct);
    }
    if (b.Holds(pct) && expect.empty()) expect = b.grade;
  }
  if (!named || fits || expect.empty()) return;
  const Fact& sf = v.fact(score);
  std::vector<int64_t> ids = {g.fact_id, sf.fact_id};
  if (weight >= 0) ids.push_back(v.id(weight));
  out->push_back(MakeFinding(
      {"grade.band", kError,
       sf.label + " " + Printed(sf) + of + "，按" +
           (stated ? "报告所列等次" : "通行等次") + "应为“" + expect +
           "”，报告评为“" + g.value + "”",
       expect, g.value + "（" + Printed(sf) + "）", g.page_no, ids, expect,
       std::string("等级 = 得分所在等次") + (of.empty() ? "" : "（按得分率）"),
       "", ri}));
}

// A scoring standard the report states as a step (detail "step PER UNIT
// WAY WORDS": each PER short of the target, above it, or late, costs the points
// of member "step"): the score is the weight less one deduction per step,
// not below nothing. A shortfall that is not a whole number of steps may
// be rounded either way or deducted in proportion, so a score anywhere
// between those passes. The report's own rule holds whatever its 偏差原因
// says; a score off it is a warning, as the form's usual rule is.
void CheckStep(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  std::vector<std::string_view> d;
  for (std::string_view rest = r.detail; !rest.empty();) {
    const size_t sp = rest.find(' ');
    d.push_back(rest.substr(0, sp));
    rest = sp == std::string_view::npos ? "" : rest.substr(sp + 1);
  }
  const int step = v.First(r, "step"), weight = v.First(r, "weight"),
            score = v.First(r, "score"), target = v.First(r, "target"),
            actual = v.First(r, "actual"), late = v.First(r, "shortfall");
  std::optional<Decimal> per =
      d.size() == 5 ? Decimal::Parse(d[1]) : std::nullopt;
  if (!per || per->is_zero() || per->negative() || step < 0 || weight < 0 ||
      score < 0 || !v.Plain(step) || !v.Plain(weight) || !v.Plain(score)) {
    return;
  }
  Decimal gap;  // how far short (late, over) in the step's unit
  std::vector<int64_t> ids = {v.id(score), v.id(weight), v.id(step)};
  std::string why;
  if (late >= 0) {
    if (!v.num(late).ok) return;
    gap = v.num(late).value;
    ids.push_back(v.id(late));
    why = "延迟 " + Printed(v.fact(late));
  } else {
    if (target < 0 || actual < 0 || !v.num(target).ok || !v.num(actual).ok ||
        v.fact(actual).kind != v.fact(target).kind) {
      return;
    }
    gap = d[3] == "over" ? v.num(actual).value - v.num(target).value
                         : v.num(target).value - v.num(actual).value;
    ids.push_back(v.id(target));
    ids.push_back(v.id(actual));
    why =
        "目标 " + Printed(v.fact(target)) + "，实际 " + Printed(v.fact(actual));
  }
  const Decimal& w = v.num(weight).value;
  const Decimal& s = v.num(score).value;
  const Decimal& m = v.num(step).value;
  Decimal low = w, high = w, exact = w;
  if (gap > Decimal()) {
    std::optional<Decimal> steps = Decimal::Divide(gap, *per, 6);
    if (!steps) return;
    Decimal down = steps->Round(0);
    if (down > *steps) down = down - Decimal::FromInt(1);
    const Decimal up = down == *steps ? down : down + Decimal::FromInt(1);
    const Decimal zero;
    high = std::max(w - down * m, zero);
    low = std::max(w - up * m, zero);
    exact = std::max(w - *steps * m, zero);
  }
  if (low.overflowed() || high.overflowed() || (s >= low && s <= high)) return;
  const std::string expect = Pts(exact.Round(2));
  out->push_back(MakeFinding(
      {"score.rule", kWarning,
       r.name + " " + why + "，按所述评分标准（" + std::string(d[4]) + "扣" +
           Printed(v.fact(step)) + "，满分 " + Printed(v.fact(weight)) +
           "）应得 " + expect + "，所述得分 " + Printed(v.fact(score)),
       expect, Printed(v.fact(score)), v.fact(score).page_no, ids, expect,
       "得分 = 满分 − 每步扣分 × 步数", "", ri}));
}

// The form's scoring rule: a quantitative indicator that met its target
// scores full marks; one that missed scores about 实际/目标 × 分值 (目标/实际
// for a reverse indicator, ≤ target); the budget row about 执行率 × 分值.
// Conventions differ by province, so these are warnings, a score within a
// tenth of the weight (or a point) of the rule is let pass, and a row whose
// 偏差原因 explains its deduction is not held to the rule.
void CheckIndicator(const View& v, int ri, std::vector<Finding>* out) {
  const Relation& r = v.doc().relations[size_t(ri)];
  if (r.detail.starts_with("step ")) {
    CheckStep(v, ri, out);
    return;
  }
  int target = v.First(r, "target"), actual = v.First(r, "actual"),
      weight = v.First(r, "weight"), score = v.First(r, "score");
  if (actual < 0 || weight < 0 || score < 0) return;
  if (!v.num(actual).ok || !v.Plain(weight) || !v.Plain(score)) return;
  const Decimal& w = v.num(weight).value;
  const Decimal& s = v.num(score).value;
  if (w.is_zero()) return;
  const Decimal hundred = Decimal::FromInt(100);
  Decimal slack = std::max(w * *Decimal::Parse("0.1"), Decimal::FromInt(1));
  std::vector<int64_t> ids = {v.id(score), v.id(actual), v.id(weight)};
  const Fact& fs = v.fact(score);
  if (r.detail == "rate") {
    Decimal rate = v.num(actual).value;
    if (rate > hundred) rate = hundred;
    Decimal expect = (rate * w).Shift(-2);
    // A score printed to the cent was computed, not judged: it agrees with
    // 执行率 × 分值 within the two figures' rounding, or not at all (20分 at
    // 97.75% printed 19.75 is off by 0.2; 2.16 for 20分 at 10.77% = 2.154
    // holds at the edge). Whole and half points keep the convention's slack.
    // So is one whose formula the report states (按执行率×分值计算).
    if (s.scale() >= 2 || r.evidence == "所述公式") {
      slack = s.HalfUnit() + (v.num(actual).value.HalfUnit() * w).Shift(-2);
    }
    if ((expect - s).Abs() <= slack) return;
    // The rate the row's own payment and budget make is another reading
    // (the stated rate mistyped, the score computed from the true one):
    // |score × budget − weight × min(spent, budget)| within slack × budget.
    const int spent = v.First(r, "spent"), budget = v.First(r, "budget");
    if (spent >= 0 && budget >= 0 && v.num(spent).ok && v.num(budget).ok &&
        v.num(budget).base > Decimal()) {
      const Decimal& b = v.num(budget).base;
      const Decimal paid = std::min(v.num(spent).base, b);
      Decimal gap = (s * b - w * paid).Abs();
      if (!gap.overflowed() && gap <= slack * b) return;
    }
    out->push_back(MakeFinding(
        {"score.rule", kWarning,
         (fs.in_table ? "表中 " : "") + r.name + (r.name.empty() ? "" : " ") +
             "执行率 " + Printed(v.fact(actual)) + "，分值 " +
             Printed(v.fact(weight)) + "，按“执行率×分值”应得约 " +
             Pts(expect.Round(2)) + "，" + (fs.in_table ? "表中" : "所述") +
             "得分 " + Printed(fs),
         Pts(expect.Round(2)), Printed(fs), fs.page_no, ids,
         Pts(expect.Round(2)), "得分 ≈ 执行率 × 分值", "", ri}));
    return;
  }
  if (target < 0) return;
  const Fact& ft = v.fact(target);
  const Fact& fa = v.fact(actual);
  // Comparable only in the same measure: percent with percent, 人次 with 人次.
  if (!v.num(target).ok || ft.kind != fa.kind || ft.unit != fa.unit ||
      fa.qualifier == "<" || fa.qualifier == ">") {
    return;
  }
  const Decimal& t = v.num(target).value;
  const Decimal& a = v.num(actual).value;
  // detail: "reverse" for a target met below it, "formula" where the
  // report states completion × weight as its rule (words, either or both).
  const bool reverse = r.detail.starts_with("reverse");
  const bool formula = r.detail.ends_with("formula");
  bool met = reverse ? a <= t : a >= t;
  // A deduction the form explains (偏差原因 filled in) is the evaluator's
  // judgement: only unexplained ones are held against the rule.
  const bool explained = r.evidence == "note";
  if (met) {
    if (s == w || explained) return;
    out->push_back(MakeFinding(
        {"score.rule", kWarning,
         "表中 " + r.name + " 目标 " + ft.qualifier + Printed(ft) + "，实际 " +
             Printed(fa) + " 已达成，按评分规则应得满分 " +
             Printed(v.fact(weight)) + "，表中得分 " + Printed(fs),
         Printed(v.fact(weight)), Printed(fs), fs.page_no, ids,
         Printed(v.fact(weight)), "达成目标得满分", "", ri}));
    return;
  }
  // A form without a 偏差原因 column has no cell to leave empty.
  if (r.evidence.empty()) {
    out->push_back(
        MakeFinding({"form.completeness",
                     kWarning,
                     "表中 " + r.name + " 目标 " + ft.qualifier + Printed(ft) +
                         "，实际 " + Printed(fa) + " 未达成，但未填写偏差原因",
                     "偏差原因",
                     "（空）",
                     fa.page_no,
                     {fa.fact_id, ft.fact_id},
                     "",
                     "未达成目标须说明偏差原因",
                     "",
                     ri}));
  }
  if (t.is_zero() || a.is_zero() || explained) return;
  std::optional<Decimal> share =
      reverse ? Decimal::Divide(t, a, 6) : Decimal::Divide(a, t, 6);
  if (!share) return;
  Decimal expect = *share * w;
  // A rule the report states is computed, not judged: the score holds to
  // its rounding and the figures' (as 执行率 × 分值 above).
  if (formula) {
    const std::optional<Decimal> figures =
        Decimal::Divide((reverse ? t : a).HalfUnit() * w, reverse ? a : t, 6);
    slack = s.HalfUnit() + figures.value_or(Decimal());
  }
  if ((expect - s).Abs() <= slack) return;
  out->push_back(MakeFinding(
      {"score.rule", kWarning,
       "表中 " + r.name + " 目标 " + ft.qualifier + Printed(ft) + "，实际 " +
           Printed(fa) + "，按“" + (reverse ? "目标/实际" : "实际/目标") +
           "×分值”应得约 " + Pts(expect.Round(2)) + "，表中得分 " + Printed(fs),
       Pts(expect.Round(2)), Printed(fs), fs.page_no, ids, Pts(expect.Round(2)),
       std::string("得分 ≈ ") + (reverse ? "目标/实际" : "实际/目标") +
           " × 分值",
       "", ri}));
}

}  // namespace tally::check::internal
