// extract/rel_steps.cc: scoring standards a report states as a step.
//
// An indicator's 评分标准 is often a step: "达到100%得满分10分，每低于1个百
// 分点扣0.5分，扣完为止", "每延迟1个月扣1分". Where the report gives the
// indicator's figures beside it, the score it prints follows from them:
// full marks less one deduction per step short (late, over). The step and
// what it counts are read by the words of roles.lex, score_step; the
// relation is the indicator's (target, actual or shortfall, weight, score,
// and the step's points as member "step"), detail "step PER UNIT WAY
// WORDS" (WORDS: the step as printed, 每低于1个百分点).
//
// Where the step stands decides which indicator it scores:
//   * in a paragraph that states the indicator's figures (prose): the
//     weight (得满分10分, 分值5分) and the rate or target before it, the
//     score after it, all in that paragraph;
//   * in a table row's own cell (a 评分标准 column), or in a note that
//     names a row of the indicator table ("注：预算执行率指标评分标准为…"):
//     that row's indicator relation takes the step in place of the form's
//     usual rule.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.h"
#include "extract/relations.h"

namespace tally::extract::rel {
namespace {

struct Step {
  std::string way;     // short, late or over (score_step)
  std::string per;     // the step: 1 of "每低于1个百分点"
  std::string unit;    // percent or time (score_step)
  std::string words;   // "每低于1个百分点", as printed
  int points = -1;     // the score fact of the deduction
  uint32_t begin = 0;  // where the step's words begin in the page text
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The steps stated in line `l`: 每 + a way word + a number + a unit word +
// a deduction word, then the points as a score fact.
std::vector<Step> StepsOf(const Context& ctx, int l) {
  const Lexicon& steps = ctx.lex().Get("score_step");
  const Line& line = ctx.doc().lines[size_t(l)];
  const std::string_view t = line.text;
  std::vector<Step> out;
  for (size_t at = t.find("每"); at != std::string_view::npos;
       at = t.find("每", at + 1)) {
    std::string_view rest = t.substr(at);
    Step s;
    size_t len = 0;
    for (const char* way : {"short", "late", "over"}) {
      if (steps.StartsWith(rest, way, &len)) {
        s.way = way;
        break;
      }
    }
    if (s.way.empty()) continue;
    rest.remove_prefix(len);
    size_t n = 0;
    while (n < rest.size() && (IsDigit(rest[n]) || rest[n] == '.')) ++n;
    if (n == 0 || !Decimal::Parse(rest.substr(0, n))) continue;
    s.per = std::string(rest.substr(0, n));
    rest.remove_prefix(n);
    for (const char* unit : {"percent", "time"}) {
      if (steps.StartsWith(rest, unit, &len)) {
        s.unit = unit;
        break;
      }
    }
    if (s.unit.empty()) continue;
    rest.remove_prefix(len);
    s.words = std::string(t.substr(at, t.size() - rest.size() - at));
    if (!steps.StartsWith(rest, "deduct", &len)) continue;
    const uint32_t points_at =
        line.begin + uint32_t(t.size() - rest.size()) + uint32_t(len);
    // The line's facts are in text order: the one beginning there, if any.
    const std::vector<int>& facts = ctx.LineFacts(l);
    auto it = std::lower_bound(
        facts.begin(), facts.end(), points_at,
        [&](int i, uint32_t at) { return ctx.fact(i).text_begin < at; });
    if (it != facts.end() && ctx.fact(*it).text_begin == points_at &&
        ctx.fact(*it).kind == "score" && !ctx.fact(*it).base_value.empty()) {
      s.points = *it;
    }
    if (s.points < 0) continue;
    s.begin = line.begin + uint32_t(at);
    out.push_back(std::move(s));
  }
  return out;
}

bool PlainPercent(const Fact& f) {
  return f.kind == "percent" && !f.base_value.empty();
}

// A target: a bound (≥90%) or a figure its label calls one (目标值).
bool IsTarget(const Fact& f) {
  return PlainPercent(f) && (f.qualifier == "≥" || f.qualifier == "≤" ||
                             f.label.find("目标") != std::string::npos);
}

// The shortfall a late step counts, stated before it in the paragraph
// ("延迟2个月"): a figure labelled by a late word and followed by the step's
// time word.
int Shortfall(const Context& ctx, int l, const Step& s) {
  const Lexicon& steps = ctx.lex().Get("score_step");
  int found = -1;
  for (int i : ctx.LineFacts(l)) {
    const Fact& f = ctx.fact(i);
    if (f.text_begin >= s.begin) break;
    if (f.base_value.empty() || !f.qualifier.empty() ||
        !steps.EndsWith(f.label, "delay")) {
      continue;
    }
    size_t n = 0;
    while (n < f.raw.size() && (IsDigit(f.raw[n]) || f.raw[n] == '.')) ++n;
    const std::string_view after =
        ctx.Between(i, f.text_begin + uint32_t(n), s.begin);
    if (steps.StartsWith(after, "time")) found = i;
  }
  return found;
}

Relation StepRelation(const Step& s) {
  Relation r;
  r.kind = "indicator";
  r.detail = "step " + s.per + " " + s.unit + " " + s.way + " " + s.words;
  r.members.push_back({"step", s.points});
  return r;
}

// A step in prose, with its indicator's figures in the same paragraph.
void ProseStep(Context* ctx, int l, const Step& s,
               const std::map<int, size_t>& by_score) {
  int weight = -1, score = -1, target = -1, actual = -1;
  for (int i : ctx->LineFacts(l)) {
    const Fact& f = ctx->fact(i);
    if (f.text_begin < s.begin) {
      if (f.kind == "score" && f.role == "weight") weight = i;
      if (IsTarget(f)) {
        target = i;
      } else if (PlainPercent(f) && f.qualifier.empty()) {
        actual = i;
      }
    } else if (score < 0 && i != s.points && f.kind == "score" &&
               f.role == "score" && f.qualifier.empty()) {
      score = i;
    }
  }
  if (weight < 0 || score < 0) return;
  Relation r = StepRelation(s);
  r.rule = "prose.stated_step";
  // The indicator, as the paragraph opens with its name ("服务对象满意度：").
  const std::string_view text = ctx->doc().lines[size_t(l)].text;
  const size_t colon = text.find("：");
  r.name = colon != std::string_view::npos && colon <= 45
               ? std::string(text.substr(0, colon))
               : ctx->fact(score).label;
  if (s.unit == "time") {
    const int shortfall = Shortfall(*ctx, l, s);
    if (shortfall < 0) return;
    r.members.push_back({"shortfall", shortfall});
  } else {
    if (target < 0 || actual < 0) return;
    r.members.push_back({"target", target});
    r.members.push_back({"actual", actual});
  }
  r.members.push_back({"weight", weight});
  r.members.push_back({"score", score});
  r.evidence = "所述评分标准";
  r.page_no = ctx->fact(score).page_no;
  // The report's own standard replaces the form's usual rule for the same
  // score (得分 ≈ 执行率 × 分值, read from the same paragraph).
  if (auto it = by_score.find(score); it != by_score.end()) {
    ctx->out()->relations[it->second] = std::move(r);
    return;
  }
  ctx->Add(std::move(r));
}

}  // namespace

void FindStatedSteps(Context* ctx) {
  std::vector<Relation>& relations = ctx->out()->relations;
  // The indicator relations of table rows, by their score fact; a note is
  // compared with the names of the first kNamed only (a form has tens), so
  // a hostile document of many notes and rows stays linear.
  constexpr size_t kNamed = 256;
  std::map<int, size_t> by_score;  // every indicator relation's
  std::vector<size_t> named;
  for (size_t ri = 0; ri < relations.size(); ++ri) {
    const Relation& r = relations[ri];
    if (r.kind != "indicator") continue;
    for (const RelationMember& m : r.members) {
      if (m.role == "score") by_score.emplace(m.fact, ri);
    }
    if (r.rule == "table.indicator" && !r.name.empty() &&
        named.size() < kNamed) {
      named.push_back(ri);
    }
  }
  // The form's budget row scored by its rate (table.budget_row, detail
  // rate): the one a note on the budget's rate may be about.
  int budget_row = -1, budget_rows = 0;
  for (size_t ri = 0; ri < relations.size(); ++ri) {
    if (relations[ri].rule == "table.budget_row" &&
        relations[ri].detail == "rate") {
      budget_row = int(ri);
      ++budget_rows;
    }
  }
  for (size_t l = 0; l < ctx->doc().lines.size(); ++l) {
    std::vector<Step> steps = StepsOf(*ctx, int(l));
    if (steps.empty()) continue;
    const Line& line = ctx->doc().lines[l];
    // The indicator row the step is for: its own row, or the row a note
    // names ("预算执行率指标评分标准为…"; the longest name it holds).
    int claim = -1;
    if (line.table >= 0) {
      for (int i : ctx->LineFacts(int(l))) {
        if (auto it = by_score.find(i);
            it != by_score.end() &&
            relations[it->second].rule == "table.indicator") {
          claim = int(it->second);
        }
      }
    } else {
      const std::string_view head =
          line.text.substr(0, steps[0].begin - line.begin);
      for (size_t ri : named) {
        const std::string& name = relations[ri].name;
        if (head.find(name) != std::string_view::npos &&
            (claim < 0 || name.size() > relations[size_t(claim)].name.size())) {
          claim = int(ri);
        }
      }
    }
    // A note on the budget's rate ("预算执行率为100%的得10分，每降低1个百分
    // 点扣0.2分") is the rule of the form's budget row, which names itself
    // 年度资金总额: the step's threshold, the rate that earns full marks,
    // is its target.
    if (claim < 0 && line.table < 0 && steps[0].unit == "percent") {
      const std::string_view head =
          line.text.substr(0, steps[0].begin - line.begin);
      const size_t named_at = head.rfind("执行率");
      int threshold = -1;
      for (int i : ctx->LineFacts(int(l))) {
        const Fact& f = ctx->fact(i);
        if (f.kind == "percent" && named_at != std::string_view::npos &&
            f.text_begin >= line.begin + named_at &&
            f.text_end <= steps[0].begin) {
          threshold = i;
        }
      }
      if (threshold >= 0 && budget_rows == 1) {
        claim = budget_row;
        relations[size_t(claim)].members.push_back({"target", threshold});
      }
    }
    if (claim >= 0 && steps[0].unit == "percent") {
      Relation& r = relations[size_t(claim)];
      r.detail = StepRelation(steps[0]).detail;
      r.rule = "table.stated_step";
      r.members.push_back({"step", steps[0].points});
      continue;
    }
    if (claim >= 0 || line.table >= 0) continue;
    ProseStep(ctx, int(l), steps[0], by_score);
  }
}

}  // namespace tally::extract::rel
