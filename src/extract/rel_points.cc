// Points and money of the 绩效自评表 and of the prose sections that report
// on it: budget rows, indicator rows, 一级指标 weights, the 总分 row,
// section weights and scores, 共计 lists, and grades with their bands. See
// relations.h.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "base/decimal.h"
#include "base/numerals.h"
#include "base/printed.h"
#include "base/utf8.h"
#include "extract/relations.h"

namespace tally::extract::rel {

// Defined below, among the readers of tables' sum rows.
std::string RowName(const DocText& doc, int l);
size_t WhereGroupEnd(const Context& ctx, const std::vector<int>& rows, size_t k,
                     int parent);

namespace {

// Whether a row's name says it sums other rows (合计, 总计, 小计, 上级补助
// 小计).
bool NamesSumRow(const std::string& name) {
  return name.starts_with("合计") || name.starts_with("总计") ||
         name.starts_with("小计") || name.ends_with("小计");
}

// Whether an indicator row is a 小计 row among the indicators ("预算编制 |
// 小计 | 15 | 14"): it sums its own 一级指标's rows, and is no indicator.
bool SubtotalRow(const IndicatorRow& row) {
  return NamesSumRow(Squeeze(row.level2)) || NamesSumRow(Squeeze(row.level3));
}

// Adds score_cap: `score` is at most `weight`, read by `rule`.
void AddCap(Context* ctx, const char* rule, std::string name, int weight,
            int score) {
  Relation r;
  r.kind = "score_cap";
  r.rule = rule;
  r.name = std::move(name);
  r.members = {{"weight", weight}, {"score", score}};
  ctx->Add(std::move(r));
}

// Whether cell `col` of `line` prints a digit but no number was read from
// it: a figure that is there but unknown.
bool HasUnreadFigure(const Context& ctx, int line, int col) {
  if (line < 0 || col < 0) return false;
  const Line& l = ctx.doc().lines[size_t(line)];
  if (size_t(col) >= l.cells.size()) return false;
  const std::string_view text = l.cells[size_t(col)].text;
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

bool PlainScore(const Fact& f) {
  return f.kind == "score" && f.qualifier.empty() && !f.base_value.empty();
}

// "产出指标（50分）" -> "产出指标": spaces squeezed, a trailing (N分) and
// sentence punctuation dropped.
std::string BareTitle(std::string_view s) {
  std::string t = Squeeze(s);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view tail : {"。", "：", ":", "；", "，"}) {
      if (t.ends_with(tail)) {
        t.erase(t.size() - tail.size());
        changed = true;
      }
    }
  }
  if (t.ends_with("分）") || t.ends_with("分)")) {
    t = std::string(WithoutTrailingNote(t));
  }
  return t;
}

// A table's breakdown of fact `total`, named by its label: read by `rule`
// on `evidence`, whole or not as `complete` says; the caller adds the parts.
Relation TableBreakdown(const Context& ctx, int total, std::string rule,
                        std::string evidence, std::string complete = "") {
  Relation r;
  r.kind = "breakdown";
  r.rule = std::move(rule);
  r.name = ctx.fact(total).label;
  r.complete = std::move(complete);
  r.evidence = std::move(evidence);
  r.members.push_back({"total", total});
  return r;
}

// The form's rule for the budget's points, read by `rule` for `name`: its
// 得分 is about 执行率 × 分值 (indicator, detail rate).
Relation RateScoring(std::string rule, std::string name, int rate, int weight,
                     int score) {
  Relation r;
  r.kind = "indicator";
  r.rule = std::move(rule);
  r.name = std::move(name);
  r.detail = "rate";
  r.members = {{"actual", rate}, {"weight", weight}, {"score", score}};
  return r;
}

// The budget block's total row (年度资金总额, 合计; OCR may read 总额 as 总宁,
// so 资金总 is enough).
bool IsBudgetTotal(std::string_view item) {
  std::string s = Squeeze(item);
  return Contains(s, "资金总") || s.starts_with("合计") ||
         s.starts_with("总计");
}
// A row that opens another split of the same total ("按支出性质分：", then
// 基本支出, 项目支出): the sources end there.
bool IsOtherSplit(std::string_view item) {
  std::string s = Squeeze(item);
  return s.starts_with("按") && Contains(s, "分");
}

// The budget block row's weight: in its own 分值 cell, or named in the
// header (预算执行情况（20分）, 得分（10分×执行率）).
int BudgetWeight(const Context& ctx, const BudgetCells& c) {
  return c.weight >= 0 ? ctx.CellNumber(c.line, c.weight)
                       : ctx.CellNumber(c.header_line, c.header_weight);
}

void BudgetRows(Context* ctx) {
  const TableIndex& t = ctx->tables();
  const Extracted& out = *ctx->out();
  for (size_t k = 0; k < t.budgets.size(); ++k) {
    const BudgetCells& c = t.budgets[k];
    const BudgetRow& row = out.budgets[c.row];
    if (c.misaligned) continue;
    int initial = ctx->CellNumber(c.line, c.initial);
    int full = ctx->CellNumber(c.line, c.full);
    int spent = ctx->CellNumber(c.line, c.executed);
    int rate = ctx->CellNumber(c.line, c.rate);
    int weight = BudgetWeight(*ctx, c);
    int score = ctx->CellNumber(c.line, c.score);
    // A 年末结余 column: what the budget left after the payments.
    int balance = ctx->CellNumber(c.line, c.balance);
    std::string item = Squeeze(row.item);
    if ((rate >= 0 || balance >= 0) && spent >= 0 &&
        (full >= 0 || initial >= 0)) {
      Relation r;
      r.kind = "budget";
      r.rule = "table.budget_row";
      r.name = item;
      if (initial >= 0) r.members.push_back({"initial", initial});
      if (full >= 0) r.members.push_back({"full", full});
      r.members.push_back({"spent", spent});
      if (rate >= 0) r.members.push_back({"rate", rate});
      if (balance >= 0) r.members.push_back({"balance", balance});
      ctx->Add(std::move(r));
    }
    if (weight >= 0 && score >= 0) {
      AddCap(ctx, "table.budget_row", item, weight, score);
      // The form's rule: the budget row scores about 执行率 × 分值. A
      // 分值 of the form's whole 100 points is no weight of the execution
      // rate (forms give it 10 or 20): such a form prints its 总分 in the
      // budget block, and the row's 得分 is the form's total.
      std::optional<Decimal> w = Decimal::Parse(ctx->fact(weight).value);
      if (rate >= 0 && !(w && *w == Decimal::FromInt(100))) {
        Relation s = RateScoring("table.budget_row", item, rate, weight, score);
        // The row's own payment and budget: the rate they make is a
        // reading of the score too (a mistyped rate, the score computed
        // from the true one).
        const int budget = full >= 0 ? full : initial;
        if (spent >= 0 && budget >= 0) {
          s.members.push_back({"spent", spent});
          s.members.push_back({"budget", budget});
        }
        ctx->Add(std::move(s));
      }
    }
    if (!IsBudgetTotal(row.item)) continue;
    // 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, column by
    // column.
    std::vector<size_t> sources;
    // The form's own rows (当年财政拨款, 上年结转资金, 其他资金; 地方资金
    // beside 中央: list, form_source) are every source there is, printed
    // with figures or not; rows named otherwise (其中：中央补助资金, 省级配套
    // 资金) may be the sources a report chose to show.
    const LexEntry* form_rows = ctx->lex().Get("list").Entry("form_source");
    bool form_sources = false;
    // The rows under the total are its sources (其中：中央财政资金, 地方资金,
    // 上年结转资金, 其他资金), until another total or another split.
    for (size_t j = k + 1; j < t.budgets.size(); ++j) {
      if (t.budgets[j].block != c.block) break;
      const BudgetRow& p = out.budgets[t.budgets[j].row];
      if (IsBudgetTotal(p.item) || IsOtherSplit(p.item)) break;
      for (const std::string& w : form_rows ? form_rows->words
                                            : std::vector<std::string>()) {
        form_sources = form_sources || Contains(Squeeze(p.item), w);
      }
      // A 小计 among them (上级补助小计, 农业农村局小计 too) groups the rows
      // before it: a part of parts, which would count twice.
      if (const std::string s = Squeeze(p.item);
          s.starts_with("小计") || s.ends_with("小计")) {
        sources.clear();
        break;
      }
      if (!t.budgets[j].misaligned) sources.push_back(j);
    }
    // A 其中 row under a source ("公务用车购置及运行费", then "其中：公务用车
    // 购置费", "公务用车运行费") opens that source's parts, which the total
    // holds through it: they are no sources. (The sources' own 其中,
    // right under the total, opens the first of them.)
    std::vector<int> lines;
    for (size_t j : sources) lines.push_back(t.budgets[j].line);
    for (size_t i = 1; i < lines.size(); ++i) {
      if (!RowName(ctx->doc(), lines[i]).starts_with("其中")) continue;
      const size_t end = WhereGroupEnd(*ctx, lines, i, lines[i - 1]);
      sources.erase(sources.begin() + long(i), sources.begin() + long(end) + 1);
      lines.erase(lines.begin() + long(i), lines.begin() + long(end) + 1);
      --i;
    }
    if (sources.empty()) continue;
    for (int BudgetCells::*col :
         {&BudgetCells::initial, &BudgetCells::full, &BudgetCells::executed}) {
      int total = ctx->CellNumber(c.line, c.*col);
      if (total < 0) continue;
      Relation r = TableBreakdown(*ctx, total, "table.budget_sources",
                                  "表列资金来源",
                                  form_sources ? "yes" : "likely");
      bool unread = false;
      for (size_t j : sources) {
        const int line = t.budgets[j].line, cell = t.budgets[j].*col;
        int p = ctx->CellNumber(line, cell);
        if (p >= 0) {
          r.members.push_back({"part", p});
        } else {
          unread = unread || HasUnreadFigure(*ctx, line, cell);
        }
      }
      // A source whose cell prints digits that read as no number ("730 #"
      // on a scan, a seal over its point) leaves the column's sum unknown.
      if (r.members.size() > 1 && !unread) ctx->Add(std::move(r));
    }
  }
}

// Whether the report states that its indicators score completion × weight
// ("未达到的，按“完成率×该指标分值”计分": a formula word, lexicon
// score_step, and a completion rate, lexicon completion, in one sentence).
bool CompletionFormulaStated(const Context& ctx) {
  const Lexicon& steps = ctx.lex().Get("score_step");
  const Lexicon& completion = ctx.lex().Get("completion");
  for (const Sentence& sen : ctx.sentences()) {
    if (sen.facts.empty()) continue;
    const std::string_view text =
        ctx.Between(sen.facts.front(), sen.begin, sen.end);
    if (steps.Contains(text, "formula") && completion.Contains(text, "rate")) {
      return true;
    }
  }
  return false;
}

// A level's own row above its indicators ("项目决策 | 20 | 19.5" over rows
// of 8, 6, 3 and 3 points): its points are its rows' sums, and a 总分 adds
// up the levels or the indicators, not both. Read so only when every row
// of the block falls into two or more such runs (each level row's 分值 the
// sum of the two or more rows after it, up to the next level row), a
// partition that arises by chance only rarely. Returns each level row's index
// in `rows` with the end of its run; empty when the rows fall into none.
std::map<size_t, size_t> LevelRuns(const Context& ctx,
                                   const std::vector<size_t>& rows) {
  const TableIndex& t = ctx.tables();
  std::vector<std::optional<Decimal>> w;
  for (size_t k : rows) {
    const IndicatorCells& c = t.indicators[k];
    const int i = ctx.CellNumber(c.line, c.weight);
    w.push_back(i >= 0 && PlainScore(ctx.fact(i))
                    ? Decimal::Parse(ctx.fact(i).base_value)
                    : std::nullopt);
  }
  std::map<size_t, size_t> runs;
  for (size_t at = 0; at < w.size();) {
    if (!w[at]) return {};
    Decimal sum;
    size_t end = at + 1;
    while (end < w.size() && w[end] && sum < *w[at]) sum = sum + *w[end++];
    if (sum != *w[at] || end - at < 3) return {};
    runs[at] = end;
    at = end;
  }
  if (runs.size() < 2) return {};  // (one row the sum of the rest: chance)
  return runs;
}

// How many lines above an indicator table a count of its indicators
// stands at most, and how many lines down to its total row the table runs
// at most.
constexpr int kLevelCountReach = 3;
constexpr size_t kLevelTableLines = 120;

// "本项目共设置一级指标4个、二级指标8个、三级指标9个，各项指标完成情况及得
// 分见下表。" right above the indicator table: each count is the number of
// that level's indicators the table lists (三级: its rows; 二级 and 一级:
// the distinct names, a merged cell's name carried down its rows), sum
// rows aside (count.table_levels; an enumeration). Only a table read whole
// down to its 合计/总分 row: every line with a figure from its first to
// that row is an indicator row or a row of the form's budget block (a row
// of an area's points, or a line the reader could not place, leaves the
// count of rows unknown).
void TableLevelCounts(Context* ctx) {
  const TableIndex& t = ctx->tables();
  const Extracted& out = *ctx->out();
  const DocText& doc = ctx->doc();
  std::map<int, const IndicatorCells*> row_at;  // line -> indicator row
  for (const IndicatorCells& c : t.indicators) row_at.emplace(c.line, &c);
  std::set<int> total_at, budget_at;
  for (const TotalCells& c : t.totals) total_at.insert(c.line);
  for (const BudgetCells& c : t.budgets) budget_at.insert(c.line);
  static constexpr std::string_view kLevels[] = {"一级指标", "二级指标",
                                                 "三级指标"};
  for (size_t l = 0; l < doc.lines.size(); ++l) {
    if (doc.lines[l].table >= 0) continue;
    std::vector<std::pair<int, size_t>> counts;  // (count, its level)
    for (int i : ctx->LineFacts(int(l))) {
      const Fact& f = ctx->fact(i);
      if (f.kind != "count" || !f.qualifier.empty() ||
          (f.unit != "个" && f.unit != "项")) {
        continue;
      }
      const std::string label = Squeeze(f.label);
      for (size_t level = 0; level < std::size(kLevels); ++level) {
        if (label.ends_with(kLevels[level])) counts.push_back({i, level});
      }
    }
    if (counts.empty()) continue;
    // The table right below, and its rows down to its total.
    size_t first = l + 1;
    while (first < doc.lines.size() && first <= l + kLevelCountReach &&
           doc.lines[first].table < 0) {
      ++first;
    }
    if (first >= doc.lines.size() || doc.lines[first].table < 0 ||
        doc.lines[first].page != doc.lines[l].page) {
      continue;
    }
    std::set<std::string> level1, level2;
    std::string l1, l2;
    int level3 = 0;
    bool whole = false;
    for (size_t k = first; k < doc.lines.size() && k < first + kLevelTableLines;
         ++k) {
      if (total_at.count(int(k))) {
        whole = true;
        break;
      }
      auto it = row_at.find(int(k));
      if (it == row_at.end()) {
        // (The form's budget block above its indicators is read too.)
        if (!ctx->LineFacts(int(k)).empty() && !budget_at.count(int(k))) break;
        continue;
      }
      const IndicatorRow& row = out.indicators[it->second->row];
      if (SubtotalRow(row)) continue;
      if (HasHan(row.level1)) l1 = Squeeze(row.level1), l2.clear();
      if (HasHan(row.level2)) l2 = Squeeze(row.level2);
      if (!HasHan(row.level3) || NamesSumRow(Squeeze(row.level3))) continue;
      // (A table of two levels, 一级 and 二级 only, is not one of three.)
      if (l2.empty()) {
        whole = false;
        break;
      }
      ++level3;
      if (!l1.empty()) level1.insert(l1);
      level2.insert(l1 + "|" + l2);
    }
    if (!whole || level3 == 0) continue;
    const size_t listed[] = {level1.size(), level2.size(), size_t(level3)};
    for (const auto& [i, level] : counts) {
      if (listed[level] == 0) continue;
      Relation r;
      r.kind = "enumeration";
      r.rule = "count.table_levels";
      r.members.push_back({"count", i});
      r.detail = std::to_string(listed[level]) + " 下表" +
                 std::string(kLevels[level]) + "各项";
      r.evidence = "下表";
      r.complete = "yes";
      ctx->Add(std::move(r));
    }
  }
}

void IndicatorRows(Context* ctx) {
  const TableIndex& t = ctx->tables();
  const Extracted& out = *ctx->out();
  // (Read only for a report with indicator rows to score.)
  const bool formula = !t.indicators.empty() && CompletionFormulaStated(*ctx);
  struct Group {
    int block;
    int level1_fact;  // the "（50分）" of its 一级指标 cell, or -1
    // Its 小计 row's 分值 and 得分 ("预算编制 | 小计 | 15 | 14"), or -1.
    int sub_weight = -1, sub_score = -1;
    std::string name;
    std::vector<int> weights, scores;
    bool all_weighted = true, all_scored = true;
  };
  std::vector<Group> groups;
  std::map<int, std::vector<size_t>> rows_of_block;
  for (size_t k = 0; k < t.indicators.size(); ++k) {
    const IndicatorCells& c = t.indicators[k];
    const IndicatorRow& row = out.indicators[c.row];
    rows_of_block[c.block].push_back(k);
    int weight = ctx->CellNumber(c.line, c.weight);
    int score = ctx->CellNumber(c.line, c.score);
    if (weight >= 0 && ctx->fact(weight).kind != "score") weight = -1;
    if (score >= 0 && ctx->fact(score).kind != "score") score = -1;
    std::string name = Squeeze(row.level3);
    // (A 小计 row: the group's totals, below.)
    const bool subtotal = SubtotalRow(row);
    if (weight >= 0 && score >= 0 && !subtotal) {
      AddCap(ctx, "table.indicator", name, weight, score);
    }
    // The row as the form scores it: target, actual, weight, score.
    std::vector<int> target = ctx->CellFacts(c.line, c.target);
    std::vector<int> actual = ctx->CellFacts(c.line, c.actual);
    const bool one_each = target.size() == 1 && actual.size() == 1;
    // A target met below it (≤): a reverse indicator.
    const bool reverse = one_each && (ctx->fact(target[0]).qualifier == "≤" ||
                                      ctx->fact(target[0]).qualifier == "<");
    if (one_each && weight >= 0 && score >= 0) {
      Relation r;
      r.kind = "indicator";
      r.rule = "table.indicator";
      r.name = name;
      r.members = {{"target", target[0]},
                   {"actual", actual[0]},
                   {"weight", weight},
                   {"score", score}};
      if (reverse) r.detail = "reverse";
      if (formula) r.detail += r.detail.empty() ? "formula" : " formula";
      if (c.note < 0) {
        r.evidence = "no_note";  // a form without a 偏差原因 column
      } else if (!Squeeze(row.note).empty()) {
        r.evidence = "note";
      }
      ctx->Add(std::move(r));
    }
    // The form's completion rate (完成率) of the row: what was done over
    // the target, or the target over what was done for a reverse one (≤).
    std::vector<int> rate = ctx->CellFacts(c.line, c.rate);
    if (one_each && rate.size() == 1 && ctx->fact(rate[0]).kind == "percent" &&
        ctx->fact(rate[0]).qualifier.empty() &&
        SameFamily(ctx->fact(target[0]), ctx->fact(actual[0]))) {
      Relation r;
      r.kind = "ratio";
      r.rule = "table.completion";
      r.name = name;
      r.members = {{"numerator", actual[0]},
                   {"denominator", target[0]},
                   {"rate", rate[0]}};
      if (reverse) r.detail = "reverse";
      r.evidence = reverse ? "表列完成率 = 年度指标值 ÷ 实际完成值（反向指标）"
                           : "表列完成率 = 实际完成值 ÷ 年度指标值";
      ctx->Add(std::move(r));
    }
    // Group rows under their 一级指标.
    if (groups.empty() || groups.back().block != c.block ||
        groups.back().name != row.level1) {
      Group g{c.block, -1, -1, -1, row.level1, {}, {}};
      for (int i : ctx->CellFacts(c.level1_line, c.level1_col)) {
        if (PlainScore(ctx->fact(i))) g.level1_fact = i;
      }
      groups.push_back(std::move(g));
    }
    Group& g = groups.back();
    if (subtotal) {
      g.sub_weight = weight;
      g.sub_score = score;
      continue;
    }
    if (weight >= 0) g.weights.push_back(weight);
    if (score >= 0) g.scores.push_back(score);
    g.all_weighted = g.all_weighted && weight >= 0;
    g.all_scored = g.all_scored && score >= 0;
  }
  std::set<int> totalled;
  for (const TotalCells& tc : t.totals) totalled.insert(tc.block);
  for (size_t k = 0; k < groups.size(); ++k) {
    const Group& g = groups[k];
    std::string name = BareTitle(g.name);
    // A 小计 row: its 分值 and its 得分 are the sums of its rows'.
    if (g.sub_weight >= 0 && g.all_weighted && g.weights.size() >= 2) {
      AddWhole(ctx, "score_sum", "table.subtotal", name, g.sub_weight,
               g.weights, "小计行");
    }
    if (g.sub_score >= 0 && g.all_scored && g.scores.size() >= 2) {
      AddWhole(ctx, "score_sum", "table.subtotal", name, g.sub_score, g.scores,
               "小计行");
    }
    if (g.level1_fact < 0) continue;
    // Its rows are all read when the block goes on past them: the next
    // 一级指标 or the 总分 row follows. A table that stops inside the
    // level (its rows wrapped beyond the reader) may have lost some.
    const bool closed =
        (k + 1 < groups.size() && groups[k + 1].block == g.block) ||
        totalled.count(g.block);
    if (closed && g.all_weighted && !g.weights.empty()) {
      AddWhole(ctx, "score_sum", "table.level1", name, g.level1_fact, g.weights,
               "一级指标下各行分值");
    }
    if (!g.scores.empty()) {
      Relation r;
      r.kind = "score_cap";
      r.rule = "table.level1";
      r.name = name;
      r.members.push_back({"weight", g.level1_fact});
      AddMembers(&r, "score", g.scores);
      ctx->Add(std::move(r));
    }
  }
  // The 一级指标 weights of a block whose header row states its weight
  // ("年度绩效目标 (80分) | 一级指标 | …" over 产出指标(40分), 效益指标(30分),
  // 满意度指标(10分)) add up to it. A block no 总分 row closes may go on
  // past what was read (a page or an excerpt cut inside it), and a level
  // read without its weight (a merged cell out of line) is unknown: then
  // only a sum over the header's weight is a slip (complete "likely").
  for (const IndicatorHeaderCells& h : t.indicator_headers) {
    int weight = -1;
    for (int i : ctx->LineFacts(h.line)) {
      if (!PlainScore(ctx->fact(i))) continue;
      weight = weight == -1 ? i : -2;  // two weights: neither is the block's
    }
    if (weight < 0) continue;
    std::vector<int> levels;
    bool all = true;
    for (const Group& g : groups) {
      if (g.block != h.block) continue;
      all = all && g.level1_fact >= 0;
      if (g.level1_fact >= 0) levels.push_back(g.level1_fact);
    }
    if (levels.size() < 2) continue;
    Relation r;
    r.kind = "score_sum";
    r.rule = "table.level1_block";
    r.name = "一级指标分值";
    r.complete = all && totalled.count(h.block) ? "yes" : "likely";
    r.evidence = "表头分值 = 各一级指标分值之和";
    r.members.push_back({"total", weight});
    AddMembers(&r, "part", levels);
    ctx->Add(std::move(r));
  }
  // The 总分 row against every row of its block, with the budget row's
  // points as a reading that may be included.
  std::vector<int> budget_weight, budget_score;
  for (const BudgetCells& b : t.budgets) {
    if (!IsBudgetTotal(out.budgets[b.row].item)) continue;
    int w = BudgetWeight(*ctx, b);
    int s = ctx->CellNumber(b.line, b.score);
    if (w >= 0 && ctx->fact(w).kind == "score") budget_weight.push_back(w);
    if (s >= 0 && ctx->fact(s).kind == "score") budget_score.push_back(s);
  }
  for (const TotalCells& tc : t.totals) {
    const std::vector<size_t>& rows = rows_of_block[tc.block];
    if (rows.empty()) continue;
    const std::map<size_t, size_t> levels = LevelRuns(*ctx, rows);
    for (const auto& [at, end] : levels) {
      const IndicatorCells& lc = t.indicators[rows[at]];
      for (bool weights : {true, false}) {
        const int whole =
            ctx->CellNumber(lc.line, weights ? lc.weight : lc.score);
        std::vector<int> parts;
        for (size_t k = at + 1; k < end; ++k) {
          const IndicatorCells& c = t.indicators[rows[k]];
          const int i = ctx->CellNumber(c.line, weights ? c.weight : c.score);
          if (i >= 0 && PlainScore(ctx->fact(i))) parts.push_back(i);
        }
        if (whole >= 0 && PlainScore(ctx->fact(whole)) &&
            parts.size() == end - at - 1) {
          AddWhole(ctx, "score_sum", "table.subtotal",
                   Squeeze(out.indicators[lc.row].level3), whole, parts,
                   "一级指标行");
        }
      }
    }
    for (bool weights : {true, false}) {
      int total = ctx->CellNumber(tc.line, weights ? tc.weight : tc.score);
      if (total < 0 || !PlainScore(ctx->fact(total))) continue;
      Relation r;
      r.kind = "score_sum";
      r.rule = "table.total_row";
      r.name = weights ? "总分 分值" : "总分 得分";
      r.members.push_back({"total", total});
      bool whole = true;
      for (size_t n = 0; n < rows.size(); ++n) {
        const IndicatorCells& c = t.indicators[rows[n]];
        // (Counted with its rows, a 小计 row would count them twice; so
        // would a level's own row.)
        if (SubtotalRow(out.indicators[c.row]) || levels.count(n)) continue;
        int i = ctx->CellNumber(c.line, weights ? c.weight : c.score);
        if (i < 0 || ctx->fact(i).kind != "score") {
          whole = false;
          continue;
        }
        r.members.push_back({"part", i});
      }
      // A row without its points means the table was not read whole
      // (merged cells, a scan): the sum proves nothing then.
      r.complete = whole ? "yes" : "no";
      r.evidence = whole ? "总分行" : "有行缺分值";
      AddMembers(&r, "extra", weights ? budget_weight : budget_score);
      if (r.members.size() > 1) ctx->Add(std::move(r));
    }
  }
}

// A row name without the 其中 that opens a list of parts ("其中：中央补助"
// names 中央补助).
std::string WithoutWhere(std::string n) {
  for (std::string_view w : {"其中：", "其中:", "其中"}) {
    if (n.starts_with(w)) return n.substr(w.size());
  }
  return n;
}

// --- Section points in the prose --------------------------------------------

// Is score fact i the "（5分）" of its section's heading line?
bool InHeading(const Context& ctx, int i, const Section& s) {
  const Fact& f = ctx.fact(i);
  if (f.page_no != s.page_no || f.text_begin < s.text_begin) return false;
  std::string_view between = ctx.Between(i, s.text_begin, f.text_begin);
  if (Contains(between, "\n")) return false;
  std::string_view after = ctx.Between(i, f.text_end, f.text_end + 3);
  return after.starts_with("）") || after.starts_with(")");
}

struct Points {
  int weight = -1, score = -1;
};

// What the prose gives each section: its 指标分值 ("指标分值N分" in its body
// or "（N分）" in its heading) and the 得分 of the weight's sentence.
std::vector<Points> PointsBySection(const Context& ctx) {
  const Lexicon& self = ctx.lex().Get("score_self");
  const std::vector<Section>& sections = ctx.out()->sections;
  std::vector<Points> points(sections.size());
  // Sections whose text states a score before any weight: a weight after
  // it there is that score's own (过程指标得分23.8分（满分25分）), not the
  // section's, unless the heading gives it.
  std::vector<bool> scored(sections.size());
  const std::vector<Fact>& facts = ctx.out()->facts;
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (f.in_table || !PlainScore(f) || f.section < 0 ||
        f.section >= int(sections.size())) {
      continue;
    }
    Points& p = points[size_t(f.section)];
    if (p.weight < 0) {
      const bool heading = InHeading(ctx, int(i), sections[size_t(f.section)]);
      if (heading || (f.role == "weight" && !scored[size_t(f.section)])) {
        p.weight = int(i);
      }
      if (f.role == "score") scored[size_t(f.section)] = true;
      continue;
    }
    // Its score: in the weight's sentence, or later named as the section's
    // own (该部分得分) where the heading gives the weight.
    if (p.score < 0 && f.role == "score" &&
        (f.sentence == facts[size_t(p.weight)].sentence ||
         (self.Contains(f.label, "section") &&
          InHeading(ctx, p.weight, sections[size_t(f.section)])))) {
      p.score = int(i);
    }
  }
  return points;
}

// The indicator rows a section title names: a 一级, 二级 or 三级指标 of that
// name, or for "质量和时效指标" the 二级指标 质量指标 and 时效指标 together
// (*split then).
std::vector<size_t> RowsNamed(const Context& ctx, const std::string& title,
                              bool* split) {
  const std::vector<IndicatorRow>& rows = ctx.out()->indicators;
  std::vector<size_t> out;
  *split = false;
  for (auto level :
       {&IndicatorRow::level1, &IndicatorRow::level2, &IndicatorRow::level3}) {
    for (size_t r = 0; r < rows.size(); ++r) {
      if (BareTitle(rows[r].*level) == title) out.push_back(r);
    }
    if (!out.empty()) return out;
  }
  std::vector<std::string> pieces;
  std::string rest = title;
  const Lexicon& list = ctx.lex().Get("list");
  const LexEntry* join = list.Entry("join");
  for (;;) {
    size_t at = std::string::npos, len = 0;
    if (join) {
      for (const std::string& w : join->words) {
        size_t p = rest.find(w);
        if (p != std::string::npos && p < at) {
          at = p;
          len = w.size();
        }
      }
    }
    if (at == std::string::npos) break;
    pieces.push_back(rest.substr(0, at));
    rest.erase(0, at + len);
  }
  if (pieces.empty()) return out;
  pieces.push_back(rest);
  const std::string kSuffix = "指标";
  if (rest.ends_with(kSuffix)) {
    for (std::string& p : pieces) {
      if (!p.ends_with(kSuffix)) p += kSuffix;
    }
  }
  for (const std::string& p : pieces) {
    size_t before = out.size();
    for (size_t r = 0; r < rows.size(); ++r) {
      if (BareTitle(rows[r].level2) == p) out.push_back(r);
    }
    if (out.size() == before) return {};
  }
  *split = true;
  return out;
}

}  // namespace

bool IsFormTotalScore(const Fact& f) {
  return f.in_table && PlainScore(f) &&
         (f.label.starts_with("总分") || f.label.starts_with("合计") ||
          f.label.starts_with("总计")) &&
         f.label.ends_with("得分");
}

size_t SharedHeadChars(std::string_view a, std::string_view b) {
  for (std::string_view* s : {&a, &b}) {
    std::vector<ItemMarker> m = InlineItemMarkers(*s);
    if (!m.empty() && m.front().at == 0) s->remove_prefix(m.front().end);
  }
  size_t n = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size() &&
         DecodeUtf8(a, &i) == DecodeUtf8(b, &j)) {
    ++n;
  }
  return n;
}

// A table of names and values (one figure per row, in its last cell)
// whose row opens with 其中 ("年度预算资金总额 | 321.25", "其中：中央补助 |
// 166.00", "市级资金 | 136.00", …): the rows from it on are parts of the
// row before, up to another 其中, a 合计/小计 row or the table's end. 其中
// does not say the list is whole.
//
// Such a block followed by a line "其中：" and by blocks that name the same
// parts in the same order is broken down twice: each later block is a part
// of the first (a fund split into its programmes, each split by source as
// the fund is), so the first block's total is the sum of their totals, and
// each of its parts the sum of the same-named parts ("中央补助 668.00" =
// 502.00 + 166.00). A slip in one figure then fails two sums, which name it.
void NameValueRows(Context* ctx) {
  const DocText& doc = ctx->doc();
  const Lexicon& account = ctx->lex().Get("account");
  auto figure = [&](int l) {
    const Line& line = doc.lines[size_t(l)];
    if (line.cells.size() < 2) return -1;
    int f = ctx->CellNumber(l, int(line.cells.size()) - 1);
    if (f < 0 || ctx->LineFacts(l).size() != 1) return -1;
    return Summable(ctx->fact(f)) && ctx->fact(f).qualifier.empty() ? f : -1;
  };
  auto name = [&](int l) {
    return Squeeze(doc.lines[size_t(l)].cells[0].text);
  };
  struct Block {
    int last_line;  // the block's last row
    int total;
    std::vector<std::string> names;  // of the parts, without 其中
    std::vector<int> parts;
  };
  std::vector<Block> blocks;
  for (const Table& t : doc.tables) {
    for (size_t r = 1; r < t.lines.size(); ++r) {
      if (!name(t.lines[r]).starts_with("其中")) continue;
      // Two 其中 rows in a row are a form's two columns saved row by row
      // ("按收入性质分：X", "按支出性质分：Y", "其中：一般公共预算：A",
      // "其中：基本支出：B", …) or a list nested in another: which figure
      // is whose part cannot be told, so neither is read as a total.
      if (name(t.lines[r - 1]).starts_with("其中") ||
          (r + 1 < t.lines.size() &&
           name(t.lines[r + 1]).starts_with("其中"))) {
        continue;
      }
      int total = figure(t.lines[r - 1]);
      if (total < 0) continue;
      Relation rel =
          TableBreakdown(*ctx, total, "table.name_value", "表中其中行");
      Block b{t.lines[r], total, {}, {}};
      // Parts named as kinds of their total ("公务用车购置及运行费", "其中：
      // 公务用车购置费", "公务用车运行费") run while the rows are named so:
      // the next row named otherwise (公务接待费) is the total's sibling.
      const std::string parent = name(t.lines[r - 1]);
      const bool kinds =
          SharedHeadChars(WithoutWhere(name(t.lines[r])), parent) >= kKindOf;
      // A row named by the year's start or end (年末财政拨款结转和结余:
      // account, year_open or year_close) is the account's next item, a
      // balance, no part of the flow above it.
      auto dated = [&](std::string_view n) {
        return account.StartsWith(n, "year_open") ||
               account.StartsWith(n, "year_close");
      };
      for (size_t k = r; k < t.lines.size(); ++k) {
        const std::string n = name(t.lines[k]);
        if (k > r && (n.starts_with("其中") || IsBudgetTotal(n) || dated(n) ||
                      (kinds && SharedHeadChars(n, parent) < kKindOf))) {
          break;
        }
        int p = figure(t.lines[k]);
        if (p < 0 || !SameFamily(ctx->fact(p), ctx->fact(total))) break;
        rel.members.push_back({"part", p});
        b.last_line = t.lines[k];
        b.names.push_back(WithoutWhere(n));
        b.parts.push_back(p);
      }
      if (rel.members.size() < 3) continue;
      ctx->Add(std::move(rel));
      blocks.push_back(std::move(b));
    }
  }
  auto where_line = [&](int l) {
    if (l < 0 || size_t(l) >= doc.lines.size()) return false;
    std::string t = Squeeze(doc.lines[size_t(l)].text);
    return t == "其中：" || t == "其中:";
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!where_line(blocks[i].last_line + 1)) continue;
    size_t j = i + 1;
    while (j < blocks.size() && blocks[j].names == blocks[i].names) ++j;
    if (j - i < 3) continue;  // one block is no split of another
    auto add = [&](int whole, auto part_of) {
      Relation rel = TableBreakdown(*ctx, whole, "table.name_value_blocks",
                                    "其中各块同名行");
      for (size_t k = i + 1; k < j; ++k) {
        rel.members.push_back({"part", part_of(blocks[k])});
      }
      ctx->Add(std::move(rel));
    };
    add(blocks[i].total, [](const Block& b) { return b.total; });
    for (size_t n = 0; n < blocks[i].parts.size(); ++n) {
      add(blocks[i].parts[n], [n](const Block& b) { return b.parts[n]; });
    }
    i = j - 1;
  }
}

// The most rows a 其中 group of a table is looked for in (each longer run
// is summed again: quadratic in it).
constexpr size_t kMaxGroupRows = 40;

// Whether a cell prints a dash for nothing (-, —, ——, /, －).
bool IsDash(std::string_view cell) {
  return cell == "-" || cell == "—" || cell == "——" || cell == "/" ||
         cell == "－";
}

// Whether a cell's text prints nothing: empty or a dash.
bool PrintsNothing(std::string_view text) {
  const std::string cell = Squeeze(text);
  return cell.empty() || IsDash(cell);
}

// The name of a table row: its first cell.
std::string RowName(const DocText& doc, int l) {
  const Line& line = doc.lines[size_t(l)];
  return line.cells.empty() ? std::string() : Squeeze(line.cells[0].text);
}

// In how many columns the figures of row `sum` are the sums of the same
// column's figures in `rows` (figures in one unit, an empty cell or a dash
// nothing, each column whole, to the rounding of the printed digits).
int ColumnsSummed(const Context& ctx, int sum, const std::vector<int>& rows) {
  const size_t width = ctx.doc().lines[size_t(sum)].cells.size();
  int n = 0;
  for (size_t c = 1; c < width; ++c) {
    const int t = ctx.CellNumber(sum, int(c));
    if (t < 0 || !Summable(ctx.fact(t))) continue;
    const Fact& total = ctx.fact(t);
    std::optional<Decimal> want = Decimal::Parse(total.value);
    if (!want) continue;
    Decimal got, slack = want->HalfUnit();
    bool whole = true;
    for (int r : rows) {
      const int f = ctx.CellNumber(r, int(c));
      std::optional<Decimal> v;
      if (f >= 0 && ctx.fact(f).unit == total.unit) {
        v = Decimal::Parse(ctx.fact(f).value);
      } else if (f < 0) {
        // An empty cell or a dash is nothing.
        const std::vector<Cell>& cells = ctx.doc().lines[size_t(r)].cells;
        if (PrintsNothing(cells.size() > c ? cells[c].text : "")) v = Decimal();
      }
      if (!v) {
        whole = false;
        break;
      }
      got = got + *v;
      slack = slack + v->HalfUnit();
    }
    if (whole && (got - *want).Abs() <= slack) ++n;
  }
  return n;
}

// The last of `rows` in the 其中 group that rows[k] (a row opening with
// 其中) opens under row `parent`: the group runs while its rows are named
// as kinds of the parent ("公务用车购置及运行维护费", then "其中：公务用车
// 运行维护费", "公务用车购置费"), or, named otherwise ("其中：人员经费",
// "公用经费" under 基本支出), as far as its rows add up to the parent
// row: the shortest run that does so in the most columns. Another 其中
// row ends it.
size_t WhereGroupEnd(const Context& ctx, const std::vector<int>& rows,
                     size_t k, int parent) {
  const DocText& doc = ctx.doc();
  const std::string name = RowName(doc, parent);
  size_t end = k;
  while (end + 1 < rows.size() &&
         !RowName(doc, rows[end + 1]).starts_with("其中") &&
         SharedHeadChars(RowName(doc, rows[end + 1]), name) >= kKindOf) {
    ++end;
  }
  std::vector<int> run = {rows[k]};
  int most = 0;
  for (size_t e = k + 1; e < rows.size() && e - k < kMaxGroupRows &&
                         !RowName(doc, rows[e]).starts_with("其中");
       ++e) {
    run.push_back(rows[e]);
    const int n = ColumnsSummed(ctx, parent, run);
    if (n > most) {
      most = n;
      end = std::max(end, e);
    }
  }
  return end;
}

// How many cells more than row p row `sum` has before its figures, their
// columns of figures lined up from the right: 0 for rows of as many cells;
// else the longer row's extra cells are leading words (卫生健康局 | 小计 |
// 1110.00 … over 基本公共卫生服务 | 200.00 …: a group's name and its sum
// word in two cells, its rows' names in one; and the 合计 below in one
// cell). Nothing when the two do not line up so. Column c of `sum` is
// column c − shift of p.
std::optional<int> LeadShift(const Context& ctx, int sum, int p) {
  const DocText& doc = ctx.doc();
  const int ws = int(doc.lines[size_t(sum)].cells.size()),
            wp = int(doc.lines[size_t(p)].cells.size());
  auto text = [&](int l, int c) {
    return Squeeze(doc.lines[size_t(l)].cells[size_t(c)].text);
  };
  // A serial or a code: digits alone.
  auto coded = [&](int l, int c) {
    const std::string t = text(l, c);
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char ch) {
      return ch >= '0' && ch <= '9';
    });
  };
  auto opens_coded = [&](int l) { return coded(l, 0); };
  auto opens_named = [&](int l) { return HasHan(text(l, 0)); };
  if (ws == wp) {
    // As many cells, but one row opens with its name and a figure (合计 |
    // 1,017.38, its code cell lost) where the other has its code and its
    // name (208 | 社会保障和就业支出): the coded row lost a cell too,
    // further on, and which one is not said.
    auto figure_after_name = [&](int named, int coded) {
      return opens_named(named) && opens_coded(coded) && ws > 1 &&
             ctx.CellNumber(named, 1) >= 0 &&
             HasHan(doc.lines[size_t(coded)].cells[1].text);
    };
    if (figure_after_name(sum, p) || figure_after_name(p, sum)) {
      return std::nullopt;
    }
    return 0;
  }
  if (ws < 2 || wp < 2) return std::nullopt;
  // The longer row's extra cells may be its serial or code (1 | 县道日常
  // 养护, 205 | 教育支出 over 合计 with no code), but the shorter row then
  // opens with a name: a coded row that is short lost its trailing empty
  // cells instead (21011 | 行政事业单位医疗 | 181.07 | 181.07 under a
  // column of 项目支出 it leaves empty).
  const int longer = ws > wp ? sum : p, shorter = ws > wp ? p : sum;
  if (ctx.CellNumber(shorter, 0) >= 0 || !opens_named(shorter)) {
    return std::nullopt;
  }
  for (int c = 0; c <= std::abs(ws - wp); ++c) {
    if (ctx.CellNumber(longer, c) >= 0 ||
        !(HasHan(text(longer, c)) || coded(longer, c))) {
      return std::nullopt;
    }
  }
  return ws - wp;
}

// Whether row l prints, in a column where row `sum` has a figure, a figure
// of another family (a count of 台 against one of 辆, a share against an
// amount).
bool OfOtherMeasure(const Context& ctx, int sum, int l) {
  const size_t width = ctx.doc().lines[size_t(sum)].cells.size();
  const std::optional<int> shift = LeadShift(ctx, sum, l);
  for (size_t c = 1; c < width && shift; ++c) {
    const int t = ctx.CellNumber(sum, int(c));
    const int f =
        int(c) - *shift >= 1 ? ctx.CellNumber(l, int(c) - *shift) : -1;
    if (t >= 0 && f >= 0 && !SameFamily(ctx.fact(t), ctx.fact(f))) return true;
  }
  return false;
}

// Whether a row's name names what it sums after it (本年支出合计, 收入总计).
bool NamedForWhatItSums(const std::string& name) {
  return name.ends_with("合计") || name.ends_with("总计");
}

// Whether line l is a row's name wrapped onto a line of its own: one cell
// of words, opening with no item number and naming no sum.
bool WrappedName(const DocText& doc, int l) {
  const Line& line = doc.lines[size_t(l)];
  if (line.cells.size() != 1) return false;
  const std::string name = Squeeze(line.cells[0].text);
  const std::vector<ItemMarker> m = InlineItemMarkers(name);
  return !name.empty() && HasHan(name) && (m.empty() || m[0].at != 0) &&
         !NamesSumRow(name) && !name.ends_with("：") && !name.ends_with(":");
}

// The last of the rows after rows[k] that make its parts though none opens
// with 其中: the shortest run of two rows or more, none a 其中 or a sum row,
// that adds up to it in every one of its columns of figures, at least two
// of them and not all the same figure (one column could add up by chance:
// 30, then 10 and 20; so could two that repeat it). A single column will
// do for a run of three rows or more under a figure of four significant
// digits or more (工资福利支出 1,048.35 over 基本工资 312.60, 津贴补贴
// 405.17, …, its indentation lost): that sum is no chance. k if none.
size_t NestedRunEnd(const Context& ctx, const std::vector<int>& rows,
                    size_t k) {
  const DocText& doc = ctx.doc();
  const int parent = rows[k];
  if (NamesSumRow(RowName(doc, parent))) return k;
  // Each column of figures: its cell's value, and the run's sum so far
  // (summed as the run grows: a table of 10^5 rows stays linear).
  struct Column {
    size_t c;
    std::string unit;
    Decimal want, got, slack;
  };
  std::vector<Column> columns;
  std::set<std::string> values;
  const std::vector<Cell>& cells = doc.lines[size_t(parent)].cells;
  for (size_t c = 1; c < cells.size(); ++c) {
    const int f = ctx.CellNumber(parent, int(c));
    if (f < 0 || !Summable(ctx.fact(f))) continue;
    std::optional<Decimal> v = Decimal::Parse(ctx.fact(f).value);
    if (!v || v->is_zero()) return k;  // a zero adds up to anything empty
    values.insert(v->ToCanonicalString());
    columns.push_back({c, ctx.fact(f).unit, *v, Decimal(), v->HalfUnit()});
  }
  const bool one =
      columns.size() == 1 &&
      SignificantDigits(
          ctx.fact(ctx.CellNumber(parent, int(columns[0].c))).value) >= 4;
  if (!one && (columns.size() < 2 || values.size() < 2)) return k;
  for (size_t e = k + 1; e < rows.size() && e - k <= kMaxGroupRows &&
                         !RowName(doc, rows[e]).starts_with("其中") &&
                         !NamesSumRow(RowName(doc, rows[e]));
       ++e) {
    const Line& row = doc.lines[size_t(rows[e])];
    bool all = true;
    for (Column& col : columns) {
      const int f = ctx.CellNumber(rows[e], int(col.c));
      std::optional<Decimal> v;
      if (f >= 0 && ctx.fact(f).unit == col.unit) {
        v = Decimal::Parse(ctx.fact(f).value);
      } else if (f < 0 && col.c < row.cells.size() &&
                 PrintsNothing(row.cells[col.c].text)) {
        v = Decimal();
      }
      if (!v) return k;  // a cell that is no figure: no run through it
      col.got = col.got + *v;
      col.slack = col.slack + v->HalfUnit();
      all = all && (col.got - col.want).Abs() <= col.slack;
    }
    if (all && e - k >= (one ? 3 : 2)) return e;
  }
  return k;
}

// Whether a column's total (the relation's first member) and its parts,
// every one of them positive and at most 100, read as the column of shares
// or averages a header cut where it wrapped names as money (中小企业 over
// 占比（%）): the total lies strictly between the least and the largest of
// its parts, as a sum of positive parts never does, and as a share of the
// rows' sum always does.
bool AverageColumn(const Context& ctx, const Relation& rel) {
  if (rel.members.size() < 3) return false;
  const Decimal hundred = Decimal::FromInt(100);
  std::optional<Decimal> total, least, most;
  for (const RelationMember& m : rel.members) {
    std::optional<Decimal> v = Decimal::Parse(ctx.fact(m.fact).value);
    if (!v || v->negative() || v->is_zero() || *v > hundred) return false;
    if (!total) {
      total = v;
      continue;
    }
    if (!least || *v < *least) least = v;
    if (!most || *v > *most) most = v;
  }
  return *least < *total && *total < *most;
}

// Each column of the rows `below` against the row `sum`, as a breakdown of
// at least min_parts parts (rows lined up with `sum`'s: LeadShift).
void AddColumnSums(Context* ctx, int sum, const std::vector<int>& below,
                   const std::string& evidence, const std::string& complete,
                   size_t min_parts = 2) {
  const DocText& doc = ctx->doc();
  if (below.size() < min_parts) return;
  const size_t width = doc.lines[size_t(sum)].cells.size();
  std::vector<int> shift;
  for (int p : below) {
    const std::optional<int> d = LeadShift(*ctx, sum, p);
    if (!d) return;  // not plain
    shift.push_back(*d);
  }
  for (size_t c = 1; c < width; ++c) {
    int total = ctx->CellNumber(sum, int(c));
    // A column of points (一级指标 | 分值 | 自评得分, then 合计) sums as
    // money does: its 合计 is the points' total (score_sum).
    const bool points = total >= 0 && PlainScore(ctx->fact(total));
    if (total < 0 || !(Summable(ctx->fact(total)) || points) ||
        !ctx->fact(total).qualifier.empty()) {
      continue;
    }
    Relation rel =
        TableBreakdown(*ctx, total, "table.sum_row", evidence, complete);
    if (points) rel.kind = "score_sum";
    bool whole = true;
    for (size_t k = 0; k < below.size(); ++k) {
      const int p = below[k], pc = int(c) - shift[k];
      if (pc < 1 || size_t(pc) >= doc.lines[size_t(p)].cells.size()) {
        whole = false;
        break;
      }
      int f = ctx->CellNumber(p, pc);
      if (f >= 0) {
        whole = whole && SameFamily(ctx->fact(f), ctx->fact(total)) &&
                ctx->fact(f).qualifier.empty();
        rel.members.push_back({"part", f});
      } else {
        // An empty cell or a dash is nothing; anything else (words, a
        // figure read as no fact) leaves the sum unknown.
        whole =
            whole && PrintsNothing(doc.lines[size_t(p)].cells[size_t(pc)].text);
      }
    }
    if (whole && rel.members.size() >= min_parts + 1 &&
        !AverageColumn(*ctx, rel)) {
      ctx->Add(std::move(rel));
    }
  }
}

// The subject code of a table row (政府收支分类科目: 205, 20502, 2050202
// for a 类, a 款 and a 项: three digits, then two more a level), its first
// cell, or "".
bool IsSubjectCode(std::string_view n) {
  return (n.size() == 3 || n.size() == 5 || n.size() == 7) &&
         std::all_of(n.begin(), n.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}
std::string SubjectCode(const DocText& doc, int l) {
  std::string n = RowName(doc, l);
  return IsSubjectCode(n) ? n : std::string();
}

// A table of the government's classification of spending or income, its
// rows coded by subject (科目编码 | 科目名称 | 决算数…): a 类 row is the
// sum of its 款 rows and a 款 row of its 项 rows, the rows whose codes are
// its own and two digits more, column by column; the 合计 row is the sum of
// the 类 rows. A 决算 table lists every subject that has money, so each
// list is whole. Returns whether table t is such a table (two coded rows
// or more), read here and not by SumRows.
bool SubjectRows(Context* ctx, const Table& t) {
  const DocText& doc = ctx->doc();
  std::vector<std::pair<std::string, int>> coded;  // code, line
  int total = -1;
  for (int l : t.lines) {
    if (ctx->LineFacts(l).empty()) continue;
    // Two blocks side by side (人员经费 | 公用经费, each coded): which
    // columns are whose is not read; nothing is summed.
    const std::vector<Cell>& cells = doc.lines[size_t(l)].cells;
    for (size_t c = 1; c + 1 < cells.size(); ++c) {
      const std::string name = Squeeze(cells[c + 1].text);
      if (IsSubjectCode(Squeeze(cells[c].text)) && !name.empty() &&
          (name[0] < '0' || name[0] > '9')) {
        return true;
      }
    }
    const std::string code = SubjectCode(doc, l);
    if (!code.empty()) {
      coded.push_back({code, l});
    } else if (const std::string n = RowName(doc, l);
               total < 0 && coded.empty() &&
               (n.starts_with("合计") || n.starts_with("总计"))) {
      total = l;
    }
  }
  if (coded.size() < 2) return false;
  // A code listed again begins another table run into this one (a 收入
  // 决算表, then a 支出决算表 whose caption was read as a row): each run
  // is read on its own, the 合计 above the first with the first.
  std::vector<std::vector<std::pair<std::string, int>>> runs(1);
  std::set<std::string> seen;
  for (const auto& c : coded) {
    if (!seen.insert(c.first).second) {
      runs.emplace_back();
      seen = {c.first};
    }
    runs.back().push_back(c);
  }
  for (const auto& run : runs) {
    std::map<std::string, std::vector<int>> children;  // code -> its rows'
    for (const auto& [code, l] : run) {
      if (code.size() > 3) {
        children[code.substr(0, code.size() - 2)].push_back(l);
      }
    }
    for (const auto& [code, line] : run) {
      if (auto it = children.find(code); it != children.end()) {
        AddColumnSums(ctx, line, it->second, "科目编码", "yes",
                      /*min_parts=*/1);
      }
    }
  }
  if (total >= 0) {
    std::vector<int> classes;
    for (const auto& [code, l] : runs.front()) {
      if (code.size() == 3) classes.push_back(l);
    }
    AddColumnSums(ctx, total, classes, "合计行", "yes", /*min_parts=*/1);
  }
  return true;
}

// Whether subject codes (205, 20502: IsSubjectCode, a 款 under its 类)
// stand in a column after the first of table t: a coded table whose empty
// cells were lost, each row's code read as the last cell of the row above
// (社会保障和就业支出 | 68.52 | 68.52 | 0.00 | 20805). Its columns are not
// what its header says; nothing is summed.
bool CodesAfterFirstCell(const Context& ctx, const Table& t) {
  const DocText& doc = ctx.doc();
  std::map<size_t, std::set<std::string>> codes;  // column -> codes in it
  for (int l : t.lines) {
    const std::vector<Cell>& cells = doc.lines[size_t(l)].cells;
    for (size_t c = 1; c < cells.size(); ++c) {
      const std::string v = Squeeze(cells[c].text);
      if (IsSubjectCode(v)) codes[c].insert(v);
    }
  }
  for (const auto& [c, set] : codes) {
    for (const std::string& v : set) {
      if (v.size() > 3 && set.count(v.substr(0, 3))) return true;
    }
  }
  return false;
}

// A table's 合计/总计/小计 row against the rows it closes, column by column:
// the rows above it since the table's header or the last such row, or,
// printed first (the 决算 tables' habit), the rows below it up to the next.
// A 合计 after 小计 rows is the sum of the 小计 rows. The row says the rows
// are the whole ("complete"), so a part too few or too many is a slip. A 其中
// row and the rows after it named like the row above it are that row's
// parts, not the total's (see below). Read only where the layout is plain:
// every row as many cells as the total row; a cell of words where a figure
// belongs drops that column. The 绩效自评表's own blocks are read by their
// readers above: the indicators whole, and a block of budget columns where
// its total row comes first (年度资金总额 over its sources); a total row
// closing budget rows above it (项目 | 全年预算数 | 全年执行数 rows, then
// 合计) is read here.
void SumRows(Context* ctx) {
  const DocText& doc = ctx->doc();
  const TableIndex& ti = ctx->tables();
  std::set<int> form_lines, budget_lines;
  for (const IndicatorCells& c : ti.indicators) form_lines.insert(c.line);
  for (const BudgetCells& c : ti.budgets) budget_lines.insert(c.line);
  for (const TotalCells& c : ti.totals) form_lines.insert(c.line);
  // A row's name: its first cell, or a sum word in a later cell of words
  // before its figures (公路建设 | 小计 | 3,530.00: a group's 小计 under a
  // column naming the group).
  auto first = [&](int l) {
    const std::vector<Cell>& cells = doc.lines[size_t(l)].cells;
    for (size_t c = 1; c < cells.size() && c < 3; ++c) {
      if (ctx->CellNumber(l, int(c)) >= 0) break;
      const std::string w = Squeeze(cells[c].text);
      if (NamesSumRow(w)) return w;
    }
    return RowName(doc, l);
  };
  auto level = [](const std::string& n) {
    // "上级补助小计": a 小计 that names its group closes it as well.
    if (n.starts_with("小计") || n.ends_with("小计")) return 1;
    // A table of points outside the form (评价维度 | 分值 | 得分) closes
    // with a row named 总分, as the form's own 总分 row does.
    if (n.starts_with("合计") || n.starts_with("总计") || n == "总分") {
      return 2;
    }
    return 0;
  };
  // A row of figures; or of dashes only (公务用车购置费 | - | -), or of
  // its name and empty cells (因公出国（境）费 |  | ), a row of the table
  // whose figures are nothing, which keeps its place among them (a 其中
  // row so printed still opens its group). A header names each column, and
  // a title or a wrapped name is one cell or opens with an item marker
  // (二、项目支出明细情况 |  | ): each opens a new run.
  auto has_figures = [&](int l) {
    const std::vector<Cell>& cells = doc.lines[size_t(l)].cells;
    bool dashes = false, words = false;
    for (size_t c = 1; c < cells.size(); ++c) {
      if (ctx->CellNumber(l, int(c)) >= 0) return true;
      const std::string cell = Squeeze(cells[c].text);
      if (IsDash(cell)) {
        dashes = true;
      } else if (!cell.empty()) {
        words = true;
      }
    }
    if (words || cells.size() < 2) return false;
    const std::string_view name = TrimSpace(cells[0].text);
    return dashes || WithoutOpeningMarker(name).size() == name.size();
  };
  for (const Table& t : doc.tables) {
    bool form = false, budget = false;
    for (int l : t.lines) {
      form = form || form_lines.count(l) > 0;
      budget = budget || budget_lines.count(l) > 0;
    }
    if (form || SubjectRows(ctx, t) || CodesAfterFirstCell(*ctx, t)) continue;
    std::set<int> grouped;  // rows whose 其中 group was read
    // The rows with figures, in order, and which of them are sums.
    // A line of words with no figure (a header, a section's title: "二、
    // 项目支出明细情况", "支出内容 | 计划支出数 | 实际支出数") opens a new
    // run of rows: a sum row closes the rows of its own run only.
    // (A row's name wrapped onto a line of its own — one cell of words, no
    // item number, no sum word — opens none: "城乡居民基本医疗保险财政",
    // then "补助资金（县级配套）".)
    std::vector<int> rows, run_of;
    int run = 0;
    for (int l : t.lines) {
      if (has_figures(l)) {
        rows.push_back(l);
        run_of.push_back(run);
      } else if (!rows.empty() && run_of.back() == run &&
                 !WrappedName(doc, l)) {
        ++run;
      }
    }
    // The runs whose 小计 rows head their groups (小计, its rows, 小计, …,
    // 合计 at either end): the first row of the run that is no 合计 is a
    // 小计.
    std::set<int> heads;
    for (size_t r = 0; r < rows.size(); ++r) {
      const int lv = level(first(rows[r]));
      if (lv == 2) continue;
      if (lv == 1 && (r == 0 || run_of[r - 1] != run_of[r] ||
                      level(first(rows[r - 1])) == 2)) {
        heads.insert(run_of[r]);
      }
      while (r + 1 < rows.size() && run_of[r + 1] == run_of[r]) ++r;
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      int lv = level(first(rows[r]));
      // A row named for what it sums (本年支出合计, 收入总计) opening its
      // run, or closing it, is its run's sum only where one of its columns
      // proves the reading, its rows adding up to it there: in 决算 tables
      // such rows also stand among rows of other sections and sides, which
      // add up to them in no column.
      const std::string name = first(rows[r]);
      const bool named_sum =
          lv == 0 && !name.starts_with("其中") && NamedForWhatItSums(name) &&
          (r == 0 || run_of[r - 1] != run_of[r] || r + 1 == rows.size() ||
           run_of[r + 1] != run_of[r]);
      if (named_sum) lv = 2;
      if (lv == 0) continue;
      std::vector<int> parts;
      const bool on_top = r == 0;
      const bool heading = heads.count(run_of[r]) > 0;
      if (on_top && budget && !heading) continue;  // BudgetRows' sources
      if (heading) {
        // 小计 rows heading their groups: a 小计 sums the rows below it up
        // to the next sum row; a 合计 sums the 小计 rows between it and the
        // run's other 合计 rows, above it or below.
        // (A row named for what it sums, 支出合计, ends the group as a 合计
        // does; and a 小计 whose next row opens with 其中 sums that 其中
        // group only: 基本支出小计, 其中：人员经费, 公用经费, then 项目支出,
        // a sibling of it.)
        const bool where = lv == 1 && r + 1 < rows.size() &&
                           run_of[r + 1] == run_of[r] &&
                           first(rows[r + 1]).starts_with("其中");
        // (Nor past the shortest run of rows below it that adds up to it
        // in the most columns, where one does: 税收收入小计 over 增值税 …
        // 其他税收收入, then 非税收入, its sibling, and that one's rows.)
        size_t group_end = rows.size();
        if (lv == 1 && r + 1 < rows.size() && run_of[r + 1] == run_of[r]) {
          const size_t end = WhereGroupEnd(*ctx, rows, r + 1, rows[r]);
          const std::vector<int> run(rows.begin() + long(r) + 1,
                                     rows.begin() + long(end) + 1);
          if (where || ColumnsSummed(*ctx, rows[r], run) >= 1) group_end = end;
        }
        for (size_t k = r + 1;
             lv == 1 && k < rows.size() && k <= group_end &&
             run_of[k] == run_of[r] && level(first(rows[k])) == 0 &&
             !NamedForWhatItSums(first(rows[k]));
             ++k) {
          parts.push_back(rows[k]);
        }
        for (size_t k = r + 1;
             lv == 2 && k < rows.size() && run_of[k] == run_of[r] &&
             level(first(rows[k])) != 2;
             ++k) {
          if (level(first(rows[k])) == 1) parts.push_back(rows[k]);
        }
        const bool below = !parts.empty();
        for (size_t k = r; lv == 2 && !below && k-- > 0 &&
                           run_of[k] == run_of[r] &&
                           level(first(rows[k])) != 2;) {
          if (level(first(rows[k])) == 1) parts.insert(parts.begin(), rows[k]);
        }
      } else if (on_top) {
        // Every row below, when none of them is a sum too (a 合计 on top
        // over 小计 groups does not say which rows each 小计 closes).
        for (size_t k = 1; k < rows.size() && run_of[k] == run_of[0]; ++k) {
          if (level(first(rows[k])) != 0) {
            parts.clear();
            break;
          }
          parts.push_back(rows[k]);
        }
        // Unless the rows below are groups, each under a heading of its own
        // (一、城市维护类) and each closed by its 小计: then it sums those.
        if (parts.empty() && lv == 2) {
          std::vector<int> subtotals;
          bool groups = rows.size() > 1 && run_of[1] != run_of[0];
          for (size_t k = 1; k < rows.size() && groups; ++k) {
            const int kl = level(first(rows[k]));
            const bool closes =
                k + 1 == rows.size() || run_of[k + 1] != run_of[k];
            groups = kl != 2 && (kl == 1) == closes;
            if (kl == 1) subtotals.push_back(rows[k]);
          }
          if (groups && subtotals.size() >= 2) parts = subtotals;
        }
        // Under a row named for what it sums, a row that leaves empty a
        // column the sum fills is another quantity (政府采购支出合计, its
        // kinds, then 授予中小企业合同金额 with no 采购预算金额): its run
        // of parts ends before it.
        if (named_sum) {
          const std::vector<Cell>& sum_cells = doc.lines[size_t(rows[r])].cells;
          for (size_t k = 0; k < parts.size(); ++k) {
            const std::vector<Cell>& cells = doc.lines[size_t(parts[k])].cells;
            bool empty = false;
            for (size_t c = 1; c < sum_cells.size() && c < cells.size(); ++c) {
              empty = empty || (ctx->CellNumber(rows[r], int(c)) >= 0 &&
                                Squeeze(cells[c].text).empty());
            }
            if (empty) {
              parts.resize(k);
              break;
            }
          }
        }
        // Rows numbered as items of one list (1. 2. 3.) under a 合计 are
        // what it sums; a row after the last of them that opens with no
        // number nor 其中 stands outside the list (the 三公 table's
        // 机关运行经费 row printed under its three items).
        int numbered = 0, last = -1, item_level = 0;
        for (size_t k = 0; k < parts.size(); ++k) {
          const std::string n = first(parts[k]);
          const std::vector<ItemMarker> m = InlineItemMarkers(n);
          if (m.empty() || m[0].at != 0) continue;
          if (item_level == 0) item_level = m[0].level;
          if (m[0].level == item_level && m[0].number == numbered + 1) {
            ++numbered;
            last = int(k);
          }
        }
        if (numbered >= 2) {
          for (size_t k = size_t(last) + 1; k < parts.size(); ++k) {
            const std::string n = first(parts[k]);
            if (n.starts_with("其中")) {
              // The last item's 其中 group, as far as it runs.
              k = WhereGroupEnd(*ctx, parts, k, parts[size_t(last)]);
              continue;
            }
            const std::vector<ItemMarker> m = InlineItemMarkers(n);
            if (m.empty() || m[0].at != 0) {
              parts.resize(k);
              break;
            }
          }
        }
      } else {
        // Back to the last sum of this level: the sums one level below in
        // between, and the rows after the last of them (which no 小计
        // closes); the rows a 小计 closes are in it.
        bool closed = false;
        for (size_t k = r; k-- > 0;) {
          if (run_of[k] != run_of[r]) break;
          const int kl = level(first(rows[k]));
          // (A 年度资金总额 row above is a total too: its own reader's; so
          // is, above a 小计, a row named for what it sums, 二、收入合计
          // over (一)收入小计, which heads the 小计's section rather than
          // ending in it.)
          if (kl >= lv || IsBudgetTotal(first(rows[k])) ||
              (lv == 1 && NamedForWhatItSums(first(rows[k])))) {
            break;
          }
          if (kl > 0) closed = true;
          if (kl > 0 || !closed) parts.push_back(rows[k]);
        }
        std::reverse(parts.begin(), parts.end());
      }
      // A row whose figure in a column is of another measure than the sum's
      // there (3台 of 50万元以上设备 in a 数量（辆） column under 车辆合计)
      // counts another kind of thing: the sum's parts stop short of it.
      auto other = [&](int p) { return OfOtherMeasure(*ctx, rows[r], p); };
      if (on_top) {
        parts.erase(std::find_if(parts.begin(), parts.end(), other),
                    parts.end());
      } else {
        parts.erase(parts.begin(),
                    std::find_if(parts.rbegin(), parts.rend(), other).base());
      }
      if (parts.size() < 2) continue;
      // A 其中 row breaks down the row right above it, with the rows after
      // it that open their names as that row does ("公务用车购置及运行维护
      // 费", then "其中：公务用车运行维护费", "公务用车购置费"): parts of a
      // part, summed into it and not into the total.
      std::vector<int> top;
      // A row, the rows that make it up, and what says so.
      std::vector<std::tuple<int, std::vector<int>, std::string>> groups;
      for (size_t k = 0; k < parts.size(); ++k) {
        if (!first(parts[k]).starts_with("其中") || top.empty()) {
          top.push_back(parts[k]);
          // Rows right after it that add up to it in every column of two
          // or more are its parts, printed without 其中 (基本支出, then
          // 人员经费 and 公用经费, indented or not).
          if (const size_t end = NestedRunEnd(*ctx, parts, k); end > k) {
            groups.push_back(
                {parts[k],
                 std::vector<int>(parts.begin() + long(k) + 1,
                                  parts.begin() + long(end) + 1),
                 "下列各行相加"});
            k = end;
          }
          continue;
        }
        const size_t end = WhereGroupEnd(*ctx, parts, k, top.back());
        std::vector<int> group(parts.begin() + long(k),
                               parts.begin() + long(end) + 1);
        k = end;
        groups.push_back({top.back(), std::move(group), "其中行"});
      }
      // A 其中 group that names some of its row's parts only (其中：老旧小
      // 区改造 under 项目支出, not adding up to it) runs on over the rows
      // after it when the sum row adds up in two columns or more without
      // them and in none with them: they are more of that row's parts.
      if (!groups.empty() && std::get<2>(groups.back()) == "其中行" &&
          ColumnsSummed(*ctx, rows[r], top) == 0) {
        std::vector<int>& group = std::get<1>(groups.back());
        const auto after = std::find_if(
            top.begin(), top.end(), [&](int t) { return t > group.back(); });
        std::vector<int> kept(top.begin(), after);
        if (after != top.end() && ColumnsSummed(*ctx, rows[r], kept) >= 2) {
          group.insert(group.end(), after, top.end());
          top = std::move(kept);
        }
      }
      // (A 其中 group's rows are lined up with their own row: one that
      // lost cells leaves its group unread, not the sum.)
      bool plain_layout = true;
      for (int p : top) {
        plain_layout = plain_layout && LeadShift(*ctx, rows[r], p);
      }
      if (!plain_layout) continue;
      if (named_sum && ColumnsSummed(*ctx, rows[r], top) < 1) continue;
      AddColumnSums(ctx, rows[r], top, lv == 1 ? "小计行" : "合计行", "yes");
      // A 其中 group names the parts of its row; whether it names all of
      // them, only the sum can tell.
      for (const auto& [parent, group, evidence] : groups) {
        AddColumnSums(ctx, parent, group, evidence, "likely");
        grouped.insert(parent);
      }
    }
    // A row numbered as a heading (二、基金收入) over rows numbered one
    // level down from 1 (1.征缴收入, 2.财政补贴收入, …) is their sum, as a
    // report's outline nests its items: the rows up to the next row that
    // is no such item.
    for (size_t k = 0; k + 2 < rows.size(); ++k) {
      const std::string n = RowName(doc, rows[k]);
      const std::vector<ItemMarker> m = InlineItemMarkers(n);
      if (m.empty() || m[0].at != 0 || level(n) != 0 ||
          grouped.count(rows[k]) > 0) {
        continue;
      }
      std::vector<int> items;
      int child = 0;
      for (size_t e = k + 1; e < rows.size() && run_of[e] == run_of[k]; ++e) {
        const std::vector<ItemMarker> c =
            InlineItemMarkers(RowName(doc, rows[e]));
        if (c.empty() || c[0].at != 0 || c[0].level <= m[0].level ||
            (child != 0 && c[0].level != child) ||
            c[0].number != int(items.size()) + 1) {
          break;
        }
        child = c[0].level;
        items.push_back(rows[e]);
      }
      if (items.size() < 2) continue;
      AddColumnSums(ctx, rows[k], items, "下级编号各行", "likely");
      grouped.insert(rows[k]);
    }
    // A 其中 group under no sum row is read too, column by column against
    // the row above it: a part larger than its row is a slip whatever the
    // rest (其中：脱贫人口 38160 under 受益人口 36280), and a group that
    // adds up is likely whole.
    for (size_t k = 1; k < rows.size(); ++k) {
      const int parent = rows[k - 1];
      // (The budget block's sources, under its total row, are
      // BudgetRows'; a budget row's own 其中 rows are read here. Two 其中
      // rows in a
      // row are a form's two columns saved row by row, or a list nested in
      // another: see NameValueRows.)
      if (!RowName(doc, rows[k]).starts_with("其中") ||
          run_of[k] != run_of[k - 1] || IsBudgetTotal(RowName(doc, parent)) ||
          IsOtherSplit(RowName(doc, parent)) ||
          (k + 1 < rows.size() &&
           RowName(doc, rows[k + 1]).starts_with("其中")) ||
          RowName(doc, parent).starts_with("其中") ||
          level(RowName(doc, parent)) != 0 || grouped.count(parent) > 0) {
        continue;
      }
      std::vector<int> below;
      for (size_t e = k; e < rows.size() && e - k < kMaxGroupRows &&
                         run_of[e] == run_of[k] &&
                         level(RowName(doc, rows[e])) == 0;
           ++e) {
        below.push_back(rows[e]);
      }
      const size_t end = WhereGroupEnd(*ctx, below, 0, parent);
      const std::vector<int> group(below.begin(),
                                   below.begin() + long(end) + 1);
      AddColumnSums(ctx, parent, group, "其中行",
                    group.size() >= 2 ? "likely" : "no", /*min_parts=*/1);
      grouped.insert(parent);
    }
  }
}

// "项目 | 2022年预算数 | 2023年预算数 | 增减", each row "公务接待费 |
// 1114.54 | 989.86 | -124.68": a column headed by a change (rates.lex,
// change: column) right after two figure columns holds each row's
// difference of them (table.change, checked as budget.change is, whichever
// way the table signs it). The header is a row of words above the first
// row of figures.
// Whether column `col` of table t prints a figure with a minus sign in a
// row below line `header` (of `kind`, when one is given): it signs what
// fell.
bool PrintsMinus(const Context& ctx, const Table& t, int header, int col,
                 std::string_view kind) {
  for (int l : t.lines) {
    const int f = l > header ? ctx.CellNumber(l, col) : -1;
    if (f >= 0 && (kind.empty() || ctx.fact(f).kind == kind) &&
        ctx.fact(f).value.starts_with("-")) {
      return true;
    }
  }
  return false;
}

// Whether a header names the year before (上年数, 比上年增减, 同比).
bool NamesOtherYear(std::string_view header) {
  const std::string h = Squeeze(header);
  for (std::string_view w : {"上年", "去年", "上一年", "同比", "前一年"}) {
    if (Contains(h, w)) return true;
  }
  return false;
}

// Whether a header names a year by its number (2023年预算数).
bool NamesYear(std::string_view header) {
  const std::string h = Squeeze(header);
  for (size_t at = h.find("年"); at != std::string::npos;
       at = h.find("年", at + 1)) {
    if (at >= 4 && std::all_of(h.begin() + long(at) - 4, h.begin() + long(at),
                               [](char c) { return c >= '0' && c <= '9'; })) {
      return true;
    }
  }
  return false;
}

// The facts of row l's cells at `cols`, in that order, each a figure
// printed plain (no ≥, 约); false if a cell holds none or a qualified one.
bool PlainCells(const Context& ctx, int l, std::initializer_list<int> cols,
                std::vector<int>* facts) {
  facts->clear();
  for (int c : cols) {
    const int f = ctx.CellNumber(l, c);
    if (f < 0 || !ctx.fact(f).qualifier.empty()) return false;
    facts->push_back(f);
  }
  return true;
}

void ChangeColumns(Context* ctx) {
  const DocText& doc = ctx->doc();
  const Lexicon& way = ctx->lex().Get("change");
  auto is_change = [&](std::string_view head) {
    const std::string h = Squeeze(head);
    if (h.find("率") != std::string::npos || h.find("%") != std::string::npos) {
      return false;
    }
    return way.EndsWith(h, "column");
  };
  for (const Table& t : doc.tables) {
    int header = -1, col = -1;
    for (int l : t.lines) {
      const Line& line = doc.lines[size_t(l)];
      if (!ctx->LineFacts(l).empty()) break;
      for (size_t c = 2; c < line.cells.size(); ++c) {
        if (is_change(line.cells[c].text)) {
          header = l;
          col = int(c);
          break;
        }
      }
    }
    if (header < 0) continue;
    // A change against the year before (比上年增减) is the difference of
    // the two columns only where they are the two years (上年数 | 本年数,
    // 2022年 | 2023年); after 预算数 | 决算数 of one year it is against a
    // column the table does not print.
    const Line& head = doc.lines[size_t(header)];
    if (NamesOtherYear(head.cells[size_t(col)].text) &&
        !(NamesOtherYear(head.cells[size_t(col) - 2].text) ||
          NamesOtherYear(head.cells[size_t(col) - 1].text) ||
          (NamesYear(head.cells[size_t(col) - 2].text) &&
           NamesYear(head.cells[size_t(col) - 1].text)))) {
      continue;
    }
    // The two columns are one quantity in two years: where the column two
    // before names another quantity of this year (上年决算 | 本年预算 |
    // 本年决算 | 增减额), the change is against the earlier column that
    // names the other year's figure of the same quantity (上年决算).
    int base_col = col - 2;
    if (!NamesOtherYear(head.cells[size_t(base_col)].text)) {
      const std::string cur_name = Squeeze(head.cells[size_t(col) - 1].text);
      for (int k = col - 3; k >= 1; --k) {
        const std::string h = Squeeze(head.cells[size_t(k)].text);
        if (NamesOtherYear(h) && SharedTail(h, cur_name) >= 2) {
          base_col = k;
          break;
        }
      }
    }
    // Which of the two is the later: by their years' numbers (2023年决算数
    // | 2022年决算数) or by the word for the year before (上年数 | 本年数).
    // The columns come in either order; where neither tells, only the size
    // of a change is read.
    auto year_of = [&](int c) {
      const std::string h = Squeeze(head.cells[size_t(c)].text);
      if (NamesOtherYear(h)) return 1;
      const size_t d = h.find_first_of("0123456789");
      const int y = d == std::string::npos ? 0 : LeadingYear(h.substr(d));
      return y > 1000 ? y : (h.starts_with("本年") ? 2 : 0);
    };
    const int base_year = year_of(base_col), cur_year = year_of(col - 1);
    const bool ordered = base_year != 0 && cur_year != 0 &&
                         base_year != cur_year &&
                         (base_year > 1000) == (cur_year > 1000);
    const bool swapped = ordered && base_year > cur_year;
    // A column that prints a minus sign on what fell signs every change it
    // holds (detail "signed"): the way must agree too.
    const bool signs = PrintsMinus(*ctx, t, header, col, "");
    std::vector<int> cells;
    for (int l : t.lines) {
      if (l <= header) continue;
      if (!PlainCells(*ctx, l, {base_col, col - 1, col}, &cells)) continue;
      const int other = cells[swapped ? 1 : 0], cur = cells[swapped ? 0 : 1],
                change = cells[2];
      const Fact &fo = ctx->fact(other), &fc = ctx->fact(cur),
                 &fd = ctx->fact(change);
      if (fo.kind != "amount" || !SameFamily(fo, fc) || !SameFamily(fc, fd)) {
        continue;
      }
      Relation r;
      r.kind = "budget";
      r.rule = "table.change";
      r.name = fd.label;
      r.evidence = base_col == col - 2 ? "表列增减 = 前两列之差"
                                       : "表列增减 = 本年列 − 上年同名列";
      if (signs && ordered) r.detail = "signed";
      r.members = {{"current", cur}, {"other", other}, {"change", change}};
      ctx->Add(std::move(r));
    }
  }
}

// "项目 | 2022年决算 | 2023年决算 | 增减额 | 增减率": a column headed by a
// rate of change (增减率, 增长率, 比上年增减（%）: a change column's name with
// a rate or a % in it) in a table of two columns of figures for two years
// (by their numbers, or 上年 and 本年) holds each row's growth: the later
// year's figure over the earlier's, less one (ratio.growth), signed or not.
void GrowthColumns(Context* ctx) {
  const DocText& doc = ctx->doc();
  const Lexicon& way = ctx->lex().Get("change");
  for (const Table& t : doc.tables) {
    int header = -1, rate_col = -1;
    for (int l : t.lines) {
      const Line& line = doc.lines[size_t(l)];
      if (!ctx->LineFacts(l).empty()) break;
      for (size_t c = 1; c < line.cells.size(); ++c) {
        const std::string h = Squeeze(line.cells[c].text);
        const bool rate = Contains(h, "率") || Contains(h, "%") ||
                          Contains(h, "％") || Contains(h, "增幅");
        // (年均增长: a compound average over the span, lexicon change,
        // per_year.)
        if (way.Contains(h, "per_year")) continue;
        if (rate && (way.Contains(h, "column") || Contains(h, "增长") ||
                     Contains(h, "增幅") || Contains(h, "变动"))) {
          header = l;
          rate_col = int(c);
        }
      }
    }
    if (header < 0) continue;
    // The two year columns: the earlier is the base.
    const Line& head = doc.lines[size_t(header)];
    std::vector<std::pair<int, int>> years;  // (year, column)
    for (size_t c = 1; c < head.cells.size(); ++c) {
      if (int(c) == rate_col) continue;
      const std::string h = Squeeze(head.cells[c].text);
      if (Contains(h, "增减") || Contains(h, "变动")) continue;
      if (NamesYear(h)) {
        years.push_back({LeadingYear(h.substr(h.find_first_of("0123456789"))),
                         int(c)});
      } else if (h.starts_with("上年")) {
        years.push_back({0, int(c)});
      } else if (h.starts_with("本年")) {
        years.push_back({1, int(c)});
      }
    }
    std::sort(years.begin(), years.end());
    // 上年决算 | 本年预算 | 本年决算 | 增减率: the rate is of one quantity in
    // the two years, the 本年 column whose name ends as the 上年 one's.
    if (years.size() > 2 && years[0].first == 0 && years[1].first == 1) {
      const std::string before =
          Squeeze(head.cells[size_t(years[0].second)].text);
      std::vector<std::pair<int, int>> same;
      for (size_t k = 1; k < years.size(); ++k) {
        const std::string now =
            Squeeze(head.cells[size_t(years[k].second)].text);
        if (years[k].first == 1 && SharedTail(before, now) >= 2) {
          same.push_back(years[k]);
        }
      }
      if (same.size() == 1) years = {years[0], same[0]};
    }
    // Of three years or more (2021年 | 2022年 | 2023年 | 2023年比上年增长
    // （%）), the rate is of the year its header names, else the latest,
    // over the year before it.
    if (years.size() > 2) {
      const std::string h = Squeeze(head.cells[size_t(rate_col)].text);
      const size_t digit = h.find_first_of("0123456789");
      const int named =
          digit == std::string::npos ? 0 : LeadingYear(h.substr(digit));
      size_t cur = years.size() - 1;
      if (named != 0) {
        cur = years.size();
        for (size_t k = 0; k < years.size(); ++k) {
          if (years[k].first == named) cur = k;
        }
      }
      if (cur == 0 || cur >= years.size() || years[0].first < 1000) continue;
      years = {years[cur - 1], years[cur]};
    }
    if (years.size() != 2 || years[0].first == years[1].first) continue;
    const int base_col = years[0].second, cur_col = years[1].second;
    // A column that prints a minus sign signs its falls: there a fall
    // printed unsigned is a slip (detail down.signed).
    const bool signed_column =
        PrintsMinus(*ctx, t, header, rate_col, "percent");
    std::vector<int> cells;
    for (int l : t.lines) {
      if (l <= header) continue;
      if (!PlainCells(*ctx, l, {base_col, cur_col, rate_col}, &cells)) {
        continue;
      }
      const int base = cells[0], cur = cells[1], rate = cells[2];
      const Fact &fb = ctx->fact(base), &fc = ctx->fact(cur),
                 &fr = ctx->fact(rate);
      if (fr.kind != "percent" || !SameFamily(fb, fc)) continue;
      std::optional<Decimal> b = Decimal::Parse(fb.base_value),
                             c = Decimal::Parse(fc.base_value);
      if (!b || !c || b->is_zero()) continue;
      AddGrowth(ctx, cur, base, rate,
                *b <= *c        ? "up"
                : signed_column ? "down.signed"
                                : "down",
                "表列增减率 = 本年 ÷ 上年 − 1");
    }
  }
}

// "资金来源 | 计划投入 | 实际到位 | 到位率": a column headed by a rate of
// execution or arrival (roles.lex, role: rate, allocated_rate) right after
// a column of what was spent or arrived, and one of what was budgeted or
// planned (or, for what was spent, of what arrived) before that, rate
// columns between passed over, holds each row's ratio of the two (the
// form's own budget block is BudgetRows').
void RateColumns(Context* ctx) {
  const DocText& doc = ctx->doc();
  const Lexicon& roles = ctx->lex().Get("role");
  // (Rows the form's budget block reads a rate of: a block whose payment
  // column it does not know, 预算数 | 支出数 | 执行率, is read here.)
  std::set<int> budget_lines;
  for (const BudgetCells& c : ctx->tables().budgets) {
    if (c.executed >= 0 && c.rate >= 0) budget_lines.insert(c.line);
  }
  auto role = [&](std::string_view text, std::string_view kind) {
    return roles.Name(Squeeze(text), kind);
  };
  for (const Table& t : doc.tables) {
    int header = -1;
    // Each rate column and the column of its whole: the nearest before the
    // rate's own figure that is no rate (资金来源 | 计划数 | 到位数 | 到位率 |
    // 支出数 | 执行率: 执行率 is 支出数 over 到位数, past the 到位率 between).
    std::vector<std::pair<size_t, size_t>> cols;
    for (int l : t.lines) {
      const Line& line = doc.lines[size_t(l)];
      if (!ctx->LineFacts(l).empty() || budget_lines.count(l) > 0) break;
      auto rate_column = [&](size_t c) {
        const std::string r = role(line.cells[c].text, "percent");
        return r == "rate" || r == "allocated_rate";
      };
      for (size_t c = 3; c < line.cells.size(); ++c) {
        const std::string num = role(line.cells[c - 1].text, "amount");
        if (!rate_column(c) || (num != "spent" && num != "allocated")) {
          continue;
        }
        size_t d = c - 2;
        while (d > 0 && rate_column(d)) --d;
        const std::string den = role(line.cells[d].text, "amount");
        if (d > 0 && (den == "full" || den == "initial" || den == "fund" ||
                      (den == "allocated" && num == "spent") ||
                      Contains(Squeeze(line.cells[d].text), "计划"))) {
          cols.push_back({c, d});
        }
      }
      if (!cols.empty()) {
        header = l;
        break;
      }
    }
    if (header < 0) continue;
    std::vector<int> cells;
    for (int l : t.lines) {
      if (l <= header || budget_lines.count(l) > 0) continue;
      for (const auto& [col, whole] : cols) {
        const int c = int(col);
        if (!PlainCells(*ctx, l, {int(whole), c - 1, c}, &cells)) continue;
        const int den = cells[0], num = cells[1], rate = cells[2];
        if (ctx->fact(rate).kind != "percent" ||
            !SameFamily(ctx->fact(den), ctx->fact(num))) {
          continue;
        }
        AddRatio(ctx, "table.rate_column", ctx->fact(rate).label, num, den,
                 rate,
                 whole + 2 == col ? "表列比率 = 前列 ÷ 再前列"
                                  : "表列比率 = 前列 ÷ 其前数额列（隔比率列）");
      }
    }
  }
}

// "功能分类科目 | 金额 | 占比（%）" closed by a 合计 row: a column headed by
// a bare share (占比, 比重, 所占比例, 占合计比重: nothing named before the
// word) right after a column of amounts holds each row's amount over the
// 合计 row's amount in that column, a 其中 row's too (table.share_column).
// A share that names its part (中小企业占比) is of another quantity of
// the row, not read; nor is a row with no figure in either cell (— for
// 0/0).
void ShareColumns(Context* ctx) {
  const DocText& doc = ctx->doc();
  auto share = [](std::string_view text) {
    const std::string k = Squeeze(text);
    return k.starts_with("占比") || k.starts_with("比重") ||
           k.starts_with("所占比") || k.starts_with("占合计") ||
           k.starts_with("占总");
  };
  auto total_row = [&](const Line& line) {
    if (line.cells.empty()) return false;
    const std::string k = Squeeze(line.cells[0].text);
    return k.starts_with("合计") || k.starts_with("总计");
  };
  for (const Table& t : doc.tables) {
    int header = -1;
    size_t col = 0;
    for (int l : t.lines) {
      const Line& line = doc.lines[size_t(l)];
      if (!ctx->LineFacts(l).empty()) break;
      for (size_t c = 2; c < line.cells.size(); ++c) {
        if (share(line.cells[c].text) && !share(line.cells[c - 1].text)) {
          header = l;
          col = c;
          break;
        }
      }
      if (header >= 0) break;
    }
    if (header < 0) continue;
    int total = -1;
    std::vector<int> cells;
    for (int l : t.lines) {
      if (l > header && total_row(doc.lines[size_t(l)]) &&
          PlainCells(*ctx, l, {int(col) - 1}, &cells) &&
          ctx->fact(cells[0]).kind == "amount") {
        total = cells[0];
        break;
      }
    }
    if (total < 0) continue;
    for (int l : t.lines) {
      if (l <= header || total_row(doc.lines[size_t(l)])) continue;
      if (!PlainCells(*ctx, l, {int(col) - 1, int(col)}, &cells)) continue;
      const int num = cells[0], rate = cells[1];
      if (ctx->fact(rate).kind != "percent" ||
          !SameFamily(ctx->fact(num), ctx->fact(total))) {
        continue;
      }
      AddRatio(ctx, "table.share_column", ctx->fact(rate).label, num, total,
               rate, "表列占比 = 本行数额 ÷ 合计行数额");
    }
  }
}

// "项目名称 | 上年结转 | 本年到位 | 本年支出 | 结转下年": columns, in this
// order, of what was carried in (roles.lex carry), what came in this year
// (allocated, fund, full, income), what was spent and what is carried on
// (balance) hold each row's account: the carry-over plus the year's money
// less its spending is what is left (budget.year_account, as a 决算's
// 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余).
void CarryColumns(Context* ctx) {
  const DocText& doc = ctx->doc();
  const Lexicon& roles = ctx->lex().Get("role");
  std::set<int> budget_lines;
  for (const BudgetCells& c : ctx->tables().budgets)
    budget_lines.insert(c.line);
  auto role = [&](const Line& line, size_t c) {
    return roles.Name(Squeeze(line.cells[c].text), "amount");
  };
  for (const Table& t : doc.tables) {
    int header = -1;
    size_t col = 0;  // the carry-over's column
    for (int l : t.lines) {
      const Line& line = doc.lines[size_t(l)];
      if (!ctx->LineFacts(l).empty() || budget_lines.count(l) > 0) break;
      for (size_t c = 1; c + 3 < line.cells.size(); ++c) {
        const std::string in = role(line, c + 1);
        if (role(line, c) == "carry" &&
            (in == "allocated" || in == "fund" || in == "full" ||
             in == "income") &&
            role(line, c + 2) == "spent" && role(line, c + 3) == "balance") {
          header = l;
          col = c;
          break;
        }
      }
    }
    if (header < 0) continue;
    std::vector<int> cells;
    const int c = int(col);
    for (int l : t.lines) {
      if (l <= header || budget_lines.count(l) > 0) continue;
      if (!PlainCells(*ctx, l, {c, c + 1, c + 2, c + 3}, &cells)) continue;
      if (!SameFamily(ctx->fact(cells[0]), ctx->fact(cells[1])) ||
          !SameFamily(ctx->fact(cells[1]), ctx->fact(cells[2])) ||
          !SameFamily(ctx->fact(cells[2]), ctx->fact(cells[3]))) {
        continue;
      }
      Relation r;
      r.kind = "budget";
      r.rule = "budget.year_account";
      r.name = ctx->fact(cells[3]).label;
      r.evidence = "表列结转：结转下年 = 上年结转 + 本年资金 − 本年支出";
      r.members = {{"carry", cells[0]},
                   {"income", cells[1]},
                   {"spent", cells[2]},
                   {"balance", cells[3]}};
      ctx->Add(std::move(r));
    }
  }
}

// The identities of the 决算 forms (lists.lex, identity: 收入总计=本年收入
// 合计+使用非财政拨款结余?+年初结转和结余): in one table, the row whose cell
// names the total and the rows whose cells name each part give, in the
// cells after those names, the total and its parts, column by column (a
// part marked ? may be missing: forms before 2016 print no 使用非财政拨款
// 结余 row). Rows are found by the cell that names them, anywhere in the
// row, so the two sides of a 收入支出决算总表 (项目 | 决算数 | 项目 | 决算数)
// read as a table of one side does. A name printed twice in a table
// leaves its identities unread: which row is meant is not said.
void IdentityRows(Context* ctx) {
  const DocText& doc = ctx->doc();
  const LexEntry* e = ctx->lex().Get("list").Entry("identity");
  if (!e) return;
  struct Term {
    std::vector<std::string> names;
    bool optional = false;
  };
  std::vector<std::vector<Term>> identities;  // total first, then parts
  std::set<std::string> all_names;
  for (const std::string& w : e->words) {
    std::vector<Term> terms;
    const size_t eq = w.find('=');
    if (eq == std::string::npos) continue;
    std::vector<std::string> sides = {w.substr(0, eq)};
    for (const std::string& p :
         SplitAt(std::string_view(w).substr(eq + 1), '+')) {
      sides.push_back(p);
    }
    for (std::string t : sides) {
      Term term;
      term.optional = t.ends_with("?");
      if (term.optional) t.pop_back();
      term.names = SplitAt(t, '|');
      all_names.insert(term.names.begin(), term.names.end());
      terms.push_back(std::move(term));
    }
    identities.push_back(std::move(terms));
  }
  // A total another reader has summed (a 合计 row over its rows) is not
  // summed again.
  std::set<int> summed;
  for (const Relation& r : ctx->out()->relations) {
    if (r.kind == "breakdown") summed.insert(r.members.front().fact);
  }
  for (const Table& t : doc.tables) {
    // Each name of the lexicon that a cell of the table holds: where
    // (line, cell), or (-1, -1) when it is printed more than once.
    std::map<std::string, std::pair<int, int>> where;
    for (int l : t.lines) {
      const std::vector<Cell>& cells = doc.lines[size_t(l)].cells;
      for (size_t c = 0; c + 1 < cells.size(); ++c) {
        std::string name =
            Squeeze(WithoutOpeningMarker(TrimSpace(cells[c].text)));
        for (std::string_view w : {"其中：", "其中:"}) {
          if (name.starts_with(w)) name = name.substr(w.size());
        }
        if (!all_names.count(name)) continue;
        auto [it, fresh] = where.insert({name, {l, int(c)}});
        if (!fresh) it->second = {-1, -1};
      }
    }
    for (const std::vector<Term>& terms : identities) {
      std::vector<std::pair<int, int>> at;  // per term; (-1, -1) absent
      bool known = true;
      for (const Term& term : terms) {
        std::pair<int, int> found = {-1, -1};
        int seen = 0;
        for (const std::string& n : term.names) {
          auto it = where.find(n);
          if (it == where.end()) continue;
          ++seen;
          found = it->second;
        }
        // Absent, printed twice, or named by two of its names: only an
        // optional part may be absent.
        if (seen > 1 || (seen == 1 && found.first < 0) ||
            (seen == 0 && (!term.optional || at.empty()))) {
          known = false;
          break;
        }
        at.push_back(found);
      }
      if (!known) continue;
      for (int d = 1;; ++d) {
        const auto [tl, tc] = at[0];
        const int total = ctx->CellNumber(tl, tc + d);
        if (total < 0 || !Summable(ctx->fact(total)) ||
            !ctx->fact(total).qualifier.empty()) {
          break;
        }
        if (summed.count(total)) continue;
        Relation rel =
            TableBreakdown(*ctx, total, "table.identity", e->name, "yes");
        rel.evidence = "决算表恒等式";
        bool whole = true;
        for (size_t k = 1; k < at.size() && whole; ++k) {
          const auto [pl, pc] = at[k];
          if (pl < 0) continue;
          const std::vector<Cell>& cells = doc.lines[size_t(pl)].cells;
          if (size_t(pc + d) >= cells.size()) {
            whole = false;
            break;
          }
          const int f = ctx->CellNumber(pl, pc + d);
          if (f >= 0) {
            whole = SameFamily(ctx->fact(f), ctx->fact(total)) &&
                    ctx->fact(f).qualifier.empty();
            rel.members.push_back({"part", f});
          } else {
            whole = PrintsNothing(cells[size_t(pc + d)].text);
          }
        }
        if (whole && rel.members.size() >= 2) ctx->Add(std::move(rel));
      }
    }
  }
}

void FindTableRelations(Context* ctx) {
  BudgetRows(ctx);
  IndicatorRows(ctx);
  TableLevelCounts(ctx);
  NameValueRows(ctx);
  SumRows(ctx);
  IdentityRows(ctx);
  ChangeColumns(ctx);
  GrowthColumns(ctx);
  RateColumns(ctx);
  ShareColumns(ctx);
  CarryColumns(ctx);
  // A section's points in the prose against the table rows of its name.
  const Extracted& out = *ctx->out();
  if (out.indicators.empty()) return;
  std::map<size_t, const IndicatorCells*> cells_of_row;
  for (const IndicatorCells& c : ctx->tables().indicators) {
    cells_of_row[c.row] = &c;
  }
  std::vector<Points> points = PointsBySection(*ctx);
  for (size_t s = 0; s < out.sections.size(); ++s) {
    if (points[s].weight < 0) continue;
    std::string title = BareTitle(out.sections[s].title);
    bool split = false;
    std::vector<size_t> rows = RowsNamed(*ctx, title, &split);
    if (rows.empty()) continue;
    // Weights and scores in one relation: the scores are compared only
    // when the weights agree (a wrong weight makes the scores disagree too).
    Relation r;
    r.kind = "score_sum";
    r.rule = "table.section";
    r.name = title;
    r.complete = "yes";
    r.evidence = split ? "标题拆分对应表中各行" : "表中同名指标各行";
    for (bool weights : {true, false}) {
      int own = weights ? points[s].weight : points[s].score;
      if (own < 0) continue;
      std::vector<RelationMember> members = {
          {weights ? "total" : "score_total", own}};
      bool whole = true;
      for (size_t row : rows) {
        auto it = cells_of_row.find(row);
        int i = -1;
        if (it != cells_of_row.end()) {
          const IndicatorCells& c = *it->second;
          i = ctx->CellNumber(c.line, weights ? c.weight : c.score);
        }
        if (i < 0) {
          whole = false;
          break;
        }
        members.push_back({weights ? "part" : "score_part", i});
      }
      if (whole)
        r.members.insert(r.members.end(), members.begin(), members.end());
    }
    if (r.members.size() >= 2) ctx->Add(std::move(r));
  }
}

namespace {

// How many sentences after a report's score its areas' scores may come.
constexpr int kAreaReach = 40;

// "绩效自评得分83.44分" then "1.预算执行完成情况：…得分4.44分。2.产出指标
// 完成情况：…得分39分。3.效益…30分。4.满意度…10分。": a report's score and,
// after it, one score per area of the form (roles.lex, score_area), each in
// a sentence that names that area alone. When the areas named are every
// area of one form (score_form), the report's score is their sum. A score
// whose sentence names no area, or several ("预算执行情况和年度绩效指标（产
// 出指标、效益指标和满意度指标）…得分83.44分"), is a candidate for the
// report's.
//
// The weights are read the same way, apart ("本次评价满分100分，其中：决策指
// 标20分，过程指标20分，产出指标40分，效益指标20分"): the form's whole
// weight is the sum of its areas' (role "weight" in place of "score").
void AreaScores(Context* ctx, const std::string& role) {
  const Lexicon& areas = ctx->lex().Get("score_area");
  const Lexicon& forms = ctx->lex().Get("score_form");
  const Lexicon& self = ctx->lex().Get("score_self");
  std::vector<std::set<std::string>> wholes;
  for (const LexEntry& form : forms.entries()) {
    std::set<std::string> w;
    for (const std::string& word : form.words) {
      if (const LexEntry* a = areas.Find(word)) w.insert(a->name);
    }
    wholes.push_back(std::move(w));
  }
  const std::vector<Fact>& facts = ctx->out()->facts;
  int total = -1, previous = -1;
  std::vector<int> parts;
  std::set<std::string> seen;
  auto emit = [&]() {
    if (total >= 0 &&
        std::find(wholes.begin(), wholes.end(), seen) != wholes.end()) {
      AddWhole(ctx, "score_sum", "prose.areas", facts[size_t(total)].label,
               total, parts,
               role == "score" ? "评价内容各部分得分" : "评价内容各部分分值");
    }
    total = -1;
    parts.clear();
    seen.clear();
  };
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (f.in_table || !PlainScore(f)) continue;
    // A score with no word of its own right after the report's, in its
    // sentence ("自评总分为95.5分，其中项目决策15分，项目过程19.5分，…"), is
    // a part of it, named by its area alone.
    // (A score in brackets, 产出指标（50分）, is a weight.)
    const std::string_view before = ctx->Between(
        int(i), f.text_begin >= 3 ? f.text_begin - 3 : 0, f.text_begin);
    // (Or in the sentence right after it that opens with 其中: "自评总分
    // 95.7分，等级为“优”。其中，投入19.9分（满分20分）、过程16.9分…".)
    const bool own_sentence =
        total >= 0 &&
        (facts[size_t(total)].sentence == f.sentence ||
         (facts[size_t(total)].sentence + 1 == f.sentence &&
          TrimSpace(ctx->Between(int(i), f.sentence_begin, f.text_begin))
              .starts_with("其中")));
    const bool listed = f.role.empty() && own_sentence &&
                        !before.ends_with("（") && !before.ends_with("(");
    if (f.role != role && !listed) continue;
    if (total >= 0 && f.sentence - facts[size_t(total)].sentence > kAreaReach) {
      emit();
    }
    // What the score's own words are: its sentence up to it, from past
    // the score before it ("决策指标得分18分；过程指标得分19分").
    uint32_t from = std::min(f.sentence_begin, f.text_begin);
    if (previous >= 0 && facts[size_t(previous)].sentence == f.sentence &&
        facts[size_t(previous)].text_end <= f.text_begin) {
      from = std::max(from, facts[size_t(previous)].text_end);
    }
    previous = int(i);
    std::string_view head = ctx->Between(int(i), from, f.text_begin);
    std::set<std::string> named;
    for (const LexEntry& a : areas.entries()) {
      if (areas.Contains(head, a.name)) named.insert(a.name);
    }
    if (named.size() == 1 || listed) {
      if (total < 0 || named.size() != 1) continue;
      if (!seen.insert(*named.begin()).second) {
        emit();  // an area named twice: not one breakdown
        continue;
      }
      parts.push_back(int(i));
      continue;
    }
    emit();
    // A score named as one part's or indicator's (该部分得分) is not the
    // report's.
    total = self.Contains(f.label, "section") || self.Contains(f.label, "item")
                ? -1
                : int(i);
    // Nor is one scored out of a weight its sentence states before it,
    // short of the whole 100 ("“绩效指标明确性”指标分值9分，得分6.5分"): an
    // indicator's.
    for (size_t j = i; total >= 0 && j-- > 0 &&
                       facts[j].sentence == f.sentence && !facts[j].in_table;) {
      std::optional<Decimal> w = Decimal::Parse(facts[j].value);
      if (facts[j].kind == "score" && facts[j].role == "weight" && w &&
          *w != Decimal::FromInt(100)) {
        total = -1;
      }
    }
  }
  emit();
}

// "…自评得分97.5分，其中：预算编制13.5分（满分15分）、预算执行25分（满分25
// 分）、履职产出35分（满分35分）、履职效益23分（满分25分）": a report's
// score, then in its sentence (or the next that opens with 其中) scores each
// followed by its weight in brackets. Whatever the areas are called, their
// weights adding up to the whole 100 say the list is every area of the
// form: the report's score is their sum. (Lists whose areas score_area
// names are read by AreaScores; a total already so read is left alone.)
void WeightedAreaScores(Context* ctx) {
  std::set<int> summed;
  for (const Relation& r : ctx->out()->relations) {
    if (r.kind == "score_sum" && !r.members.empty()) {
      summed.insert(r.members.front().fact);
    }
  }
  const Lexicon& self = ctx->lex().Get("score_self");
  const std::vector<Fact>& facts = ctx->out()->facts;
  const std::vector<Sentence>& ss = ctx->sentences();
  for (size_t s = 0; s < ss.size(); ++s) {
    for (int t : ss[s].facts) {
      const Fact& total = facts[size_t(t)];
      if (total.in_table || !PlainScore(total) || total.role != "score" ||
          summed.count(t) || self.Contains(total.label, "section") ||
          self.Contains(total.label, "item")) {
        continue;
      }
      // The figures after it in its sentence, and in the next when that
      // opens with 其中.
      std::vector<int> after;
      for (int i : ss[s].facts) {
        if (facts[size_t(i)].text_begin > total.text_end) after.push_back(i);
      }
      if (s + 1 < ss.size() && ss[s + 1].line == ss[s].line &&
          !ss[s + 1].facts.empty() &&
          TrimSpace(ctx->Between(ss[s + 1].facts[0], ss[s + 1].begin,
                                 facts[size_t(ss[s + 1].facts[0])].text_begin))
              .starts_with("其中")) {
        after.insert(after.end(), ss[s + 1].facts.begin(),
                     ss[s + 1].facts.end());
      }
      std::vector<int> parts;
      Decimal weights;
      for (size_t k = 0; k + 1 < after.size(); k += 2) {
        const Fact &p = facts[size_t(after[k])],
                   &w = facts[size_t(after[k + 1])];
        if (!PlainScore(p) || !p.role.empty() || !PlainScore(w) ||
            w.role != "weight" ||
            !IsOpenBracket(TrimSpace(
                ctx->Between(after[k + 1], p.text_end, w.text_begin)))) {
          break;
        }
        std::optional<Decimal> v = Decimal::Parse(w.value);
        if (!v) break;
        weights = weights + *v;
        parts.push_back(after[k]);
      }
      if (parts.size() < 2 || weights != Decimal::FromInt(100)) continue;
      AddWhole(ctx, "score_sum", "prose.weighted_areas", total.label, t, parts,
               "各部分满分之和为100");
      summed.insert(t);
    }
  }
}

// The facts of the score_cap relations read so far: the weights and scores
// already paired, which a later reader leaves alone.
std::set<int> CappedFacts(const Context& ctx) {
  std::set<int> done;
  for (const Relation& r : ctx.out()->relations) {
    if (r.kind != "score_cap") continue;
    for (const RelationMember& m : r.members) done.insert(m.fact);
  }
  return done;
}

// "产出指标得分32.5分（权重30分）": a score, then right after it a bracket of
// a weight word and points (权重, 分值, 满分): the bracket is that score's
// weight, whatever else the sentence scores. Pairs already read (`done`:
// the members of score_cap relations) are left alone.
void WeightsAfterScores(Context* ctx) {
  const Lexicon& point_roles = ctx->lex().Get("score_role");
  std::set<int> done = CappedFacts(*ctx);
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 0; k + 1 < sen.facts.size(); ++k) {
      const int sc = sen.facts[k], w = sen.facts[k + 1];
      const Fact &fs = ctx->fact(sc), &fw = ctx->fact(w);
      if (!PlainScore(fs) || !PlainScore(fw) || fs.role != "score" ||
          fw.role != "weight" || done.count(sc) || done.count(w)) {
        continue;
      }
      std::string_view gap = ctx->Between(sc, fs.text_end, fw.text_begin);
      bool opened = false;
      for (std::string_view b : {"（", "("}) {
        if (gap.starts_with(b)) {
          gap.remove_prefix(b.size());
          opened = true;
        }
      }
      if (!opened || !point_roles.Has("weight", TrimSpace(gap)) ||
          !IsCloseBracket(ctx->Between(w, fw.text_end, fw.text_end + 3))) {
        continue;
      }
      std::string name = Squeeze(fs.label);
      for (const std::string_view word : {"自评得分", "得分"}) {
        if (name.size() > word.size() && name.ends_with(word)) {
          name.resize(name.size() - word.size());
          break;
        }
      }
      AddCap(ctx, "prose.points", BareTitle(name), w, sc);
      done.insert(sc);
      done.insert(w);
    }
  }
}

// "产出指标（40分）得42分": points in brackets right after a name, then that
// name's score in the same clause: the bracket is its weight. What the
// score rests on may come between ("满意度指标（10分）根据问卷调查满意率96%
// 得9.6分"), a figure of another kind, no points. `done`: weights another
// reading already paired.
void BracketWeights(Context* ctx, const std::set<int>& done) {
  const Lexicon& point_roles = ctx->lex().Get("score_role");
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 0; k + 1 < sen.facts.size(); ++k) {
      size_t next = k + 1;
      while (next + 1 < sen.facts.size() &&
             ctx->fact(sen.facts[next]).kind == "percent") {
        ++next;
      }
      const int w = sen.facts[k], sc = sen.facts[next];
      const Fact &fw = ctx->fact(w), &fs = ctx->fact(sc);
      if (!PlainScore(fw) || !PlainScore(fs) || fs.role != "score" ||
          done.count(w) || fw.text_begin < sen.begin) {
        continue;
      }
      // The bracket opens right before the points, or before a weight word
      // that names them (“（权重20分）”).
      const uint32_t from =
          std::max(sen.begin, fw.text_begin > 15 ? fw.text_begin - 15 : 0);
      const std::string_view head = ctx->Between(w, from, fw.text_begin);
      size_t open = std::string_view::npos, bracket = 0;
      for (std::string_view b : {"（", "("}) {
        if (size_t at = head.rfind(b);
            at != std::string_view::npos &&
            (open == std::string_view::npos || at + b.size() > open)) {
          open = at + b.size();
          bracket = at;
        }
      }
      if (open == std::string_view::npos) continue;
      const std::string_view inside = TrimSpace(head.substr(open));
      if (!(inside.empty() && fw.role.empty()) &&
          !(fw.role == "weight" && point_roles.Has("weight", inside))) {
        continue;
      }
      // Named by the words before the bracket.
      std::string name = fw.label;
      if (!inside.empty()) {
        const std::string_view before =
            ctx->Between(w, sen.begin, from + uint32_t(bracket));
        name = Squeeze(before.substr(ClauseStart(before)));
      }
      std::string_view gap = ctx->Between(w, fw.text_end, fs.text_begin);
      if (!IsCloseBracket(gap)) continue;
      gap.remove_prefix(gap.starts_with("）") ? std::string_view("）").size()
                                              : 1);
      // The gap's figures are the percentages passed over, no others.
      size_t digits = 0;
      for (char c : gap) digits += c >= '0' && c <= '9';
      size_t theirs = 0;
      for (size_t j = k + 1; j < next; ++j) {
        for (char c : ctx->fact(sen.facts[j]).raw)
          theirs += c >= '0' && c <= '9';
      }
      if (gap.size() > (next == k + 1 ? 12u : 60u) || digits != theirs ||
          gap.find("；") != std::string_view::npos ||
          gap.find("。") != std::string_view::npos ||
          (next > k + 1 && (gap.find("，") != std::string_view::npos ||
                            gap.find(",") != std::string_view::npos))) {
        continue;
      }
      AddCap(ctx, "prose.points", name.empty() ? fw.label : name, w, sc);
    }
  }
}

// "“产出指标”分值50分，得48分；…“预算执行率”分值10分，得9.6分。综合得分
// 93.6分": pairs of points (weight, score) in a row whose weights make up
// the whole 100 points are every item of the form, so the overall score
// said right after the last (grade_scope overall, in its sentence or the
// next, no other points between) is the sum of their scores.
void WholePairs(Context* ctx, const std::vector<std::pair<int, int>>& pairs) {
  const Lexicon& scope = ctx->lex().Get("grade_scope");
  const Decimal kFull = Decimal::FromInt(100);
  // A form has a few dozen items at most: a run is read that far, so many
  // pairs of no points (分值0分，得0分 …) stay linear.
  constexpr size_t kMaxRun = 64;
  for (size_t first = 0; first < pairs.size(); ++first) {
    Decimal sum = Decimal::FromInt(0);
    for (size_t last = first; last < pairs.size() && last < first + kMaxRun;
         ++last) {
      const Fact& w = ctx->fact(pairs[last].first);
      // A run is pairs one after the other: no points between them.
      if (last > first && pairs[last].first != pairs[last - 1].second + 1) {
        break;
      }
      std::optional<Decimal> v = Decimal::Parse(w.base_value);
      if (!v) break;
      sum = sum + *v;
      if (sum.overflowed() || kFull < sum) break;
      if (!(sum == kFull) || last == first) continue;
      const int next = pairs[last].second + 1;
      if (next >= int(ctx->out()->facts.size())) break;
      const Fact& t = ctx->fact(next);
      if (!PlainScore(t) || t.role != "score" || t.in_table ||
          t.sentence > ctx->fact(pairs[last].second).sentence + 1 ||
          !scope.Contains(t.label, "overall")) {
        break;
      }
      std::vector<int> scores;
      for (size_t k = first; k <= last; ++k) scores.push_back(pairs[k].second);
      AddWhole(ctx, "score_sum", "prose.pairs", t.label, next, scores,
               "各项分值合计100分");
      return;
    }
  }
}

// "产出指标分值50分、得分48分，效益指标分值30分、得分32分": a weight and,
// right after it, a score with nothing between but a separator and the
// score's word (score_role): one item's pair (score_cap), however many
// pairs the sentence has.
void PairedPoints(Context* ctx) {
  const Lexicon& points = ctx->lex().Get("score_role");
  std::vector<std::pair<int, int>> pairs;  // (weight, score), in order
  // (Pairs another reading made, the sentence's one pair among them, are
  // not made twice.)
  std::set<int> done = CappedFacts(*ctx);
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 0; k + 1 < sen.facts.size(); ++k) {
      const int w = sen.facts[k], sc = sen.facts[k + 1];
      const Fact &fw = ctx->fact(w), &fs = ctx->fact(sc);
      if (!PlainScore(fw) || fw.role != "weight" || !PlainScore(fs) ||
          fs.role != "score" || done.count(w) || done.count(sc)) {
        continue;
      }
      std::string_view gap = ctx->Between(sc, fw.text_end, fs.text_begin);
      bool separated = false;
      for (std::string_view c : {"、", "，", ",", "；"}) {
        if (gap.starts_with(c)) {
          gap.remove_prefix(c.size());
          separated = true;
          break;
        }
      }
      if (!separated || !points.Has("score", TrimSpace(gap))) continue;
      // Named by the words before the weight's own (产出指标分值 less 分值).
      // (指标分值 ends 产出指标分值: the 指标 is the name's.)
      std::string name = fw.label;
      if (size_t len = 0; points.EndsWith(name, "weight", &len)) {
        const bool item = std::string_view(name)
                              .substr(name.size() - len)
                              .starts_with("指标");
        name.resize(name.size() - len);
        if (item) name += "指标";
      }
      AddCap(ctx, "prose.points", name.empty() ? "该指标" : name, w, sc);
      pairs.push_back({w, sc});
    }
  }
  WholePairs(ctx, pairs);
}

// "效益指标（30分）下设社会效益指标18分、经济效益指标6分、可持续影响指标8
// 分": a weight in brackets, a word that opens the list of what is set under
// it (score_total, sub), then points named by nothing but their items, set
// apart by 、 or ， (a score word or a bracket after it ends them): a form
// divides a weight among its parts, so their weights are its whole. A list
// that trails off (等) is not.
void SubWeights(Context* ctx) {
  const Lexicon& totals = ctx->lex().Get("score_total");
  const Lexicon& points = ctx->lex().Get("score_role");
  const Lexicon& lists = ctx->lex().Get("list");
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 0; k + 2 < sen.facts.size(); ++k) {
      const int w = sen.facts[k];
      const Fact& fw = ctx->fact(w);
      if (!PlainScore(fw) || !fw.role.empty() || fw.text_begin < sen.begin ||
          !IsOpenBracket(
              ctx->Between(w, fw.text_begin > 3 ? fw.text_begin - 3 : sen.begin,
                           fw.text_begin))) {
        continue;
      }
      std::string_view gap = ctx->Between(w, fw.text_end, sen.end);
      if (!IsCloseBracket(gap)) continue;
      gap.remove_prefix(gap.starts_with("）") ? std::string_view("）").size()
                                              : 1);
      for (std::string_view c : {"，", ",", "："}) {
        if (gap.starts_with(c)) gap.remove_prefix(c.size());
      }
      if (!totals.StartsWith(gap, "sub")) continue;
      std::vector<int> parts;
      uint32_t end = fw.text_end;
      for (size_t j = k + 1; j < sen.facts.size(); ++j) {
        const int p = sen.facts[j];
        const Fact& fp = ctx->fact(p);
        if (!PlainScore(fp) || !fp.role.empty()) break;
        const std::string_view between = ctx->Between(p, end, fp.text_begin);
        // Each part named by its own item, after a 、 or ， (the first
        // after the opening word); no score word, bracket or digit.
        if (!parts.empty() && !between.starts_with("、") &&
            !between.starts_with("，") && !between.starts_with(",")) {
          break;
        }
        if (points.Contains(between, "score") ||
            points.Contains(between, "weight") ||
            between.find_first_of("0123456789") != std::string_view::npos ||
            between.find("（") != std::string_view::npos) {
          break;
        }
        parts.push_back(p);
        end = fp.text_end;
      }
      if (parts.size() < 2) continue;
      const std::string_view after =
          ctx->Between(parts.back(), end, std::min(sen.end, end + 12));
      if (lists.StartsWith(after, "partial")) continue;
      AddWhole(ctx, "score_sum", "prose.sub_weights", fw.label, w, parts,
               "所设各项分值");
    }
  }
}

}  // namespace

void FindScores(Context* ctx) {
  const Extracted& out = *ctx->out();
  const std::vector<Section>& sections = out.sections;
  std::vector<Points> points = PointsBySection(*ctx);
  std::vector<std::vector<size_t>> children(sections.size());
  for (size_t c = 0; c < sections.size(); ++c) {
    int p = sections[c].parent;
    if (p >= 0 && size_t(p) < sections.size()) children[size_t(p)].push_back(c);
  }
  for (size_t s = 0; s < sections.size(); ++s) {
    const Points& p = points[s];
    std::string title = BareTitle(sections[s].title);
    if (p.weight >= 0 && p.score >= 0) {
      AddCap(ctx, "section.points", title, p.weight, p.score);
    }
    const std::vector<size_t>& kids = children[s];
    // Every child must state its points, numbered from one: a lost heading
    // (OCR) would drop a child and its points.
    if (kids.size() < 2) continue;
    bool numbered = true;
    for (size_t k = 0; k < kids.size() && numbered; ++k) {
      numbered = MarkerNumber(sections[kids[k]].marker) == int(k) + 1;
    }
    if (!numbered) continue;
    Relation r;
    r.kind = "score_sum";
    r.rule = "section.children";
    r.name = title;
    r.complete = "yes";
    r.evidence = "各小节均列分值";
    for (bool weights : {true, false}) {
      int own = weights ? p.weight : p.score;
      if (own < 0) continue;
      std::vector<RelationMember> members = {
          {weights ? "total" : "score_total", own}};
      bool whole = true;
      for (size_t c : kids) {
        int i = weights ? points[c].weight : points[c].score;
        if (i < 0) {
          whole = false;
          break;
        }
        members.push_back({weights ? "part" : "score_part", i});
      }
      if (whole)
        r.members.insert(r.members.end(), members.begin(), members.end());
    }
    if (r.members.size() >= 2) ctx->Add(std::move(r));
  }
  // "满意度…得分10分（满分10分）", "预算执行率指标分值10分，…执行率为92%，得
  // 分9.2分": a sentence of the prose with one weight and one score is one
  // indicator's (score_cap), and with the budget's 执行率 the form's rule
  // for the budget row too (indicator, detail rate: 得分 ≈ 执行率 × 分值).
  // A sentence of several weights or scores pairs them no way the text
  // says, and is left alone.
  std::set<int> done = CappedFacts(*ctx);
  const Lexicon& roles = ctx->lex().Get("role");
  const Lexicon& point_roles = ctx->lex().Get("score_role");
  const Lexicon& steps = ctx->lex().Get("score_step");
  // The budget's 执行率 as the prose states it before each sentence: the
  // last one, and whether every one so far had its value (then a weight
  // named for it in a later sentence, "预算执行率（20分）：按执行率×20分计
  // 算，本项得19.6分", is for that rate).
  int last_rate = -1;
  bool one_rate = true;
  for (const Sentence& sen : ctx->sentences()) {
    int weight = -1, score = -1, rate = -1, weights = 0, scores = 0, rates = 0;
    const int rate_before = last_rate;
    const bool unambiguous = one_rate;
    for (int i : sen.facts) {
      const Fact& f = ctx->fact(i);
      if (f.in_table) continue;
      // A bare score right after 执行率× restates the weight ("按执行率×20
      // 分计算").
      const bool restated = PlainScore(f) && f.role.empty() && weight >= 0 &&
                            f.base_value == ctx->fact(weight).base_value &&
                            roles.Contains(f.label, "rate");
      if (PlainScore(f) && f.role == "weight") weight = i, ++weights;
      // A figure in brackets right after the indicator's name is its
      // weight ("预算执行率（20分）").
      if (PlainScore(f) && f.role.empty() && weight < 0 && !restated &&
          i == sen.facts.front() && roles.Contains(f.label, "rate")) {
        const std::string_view open = ctx->Between(
            i, f.text_begin >= 3 ? f.text_begin - 3 : 0, f.text_begin);
        if (IsOpenBracket(open)) weight = i, ++weights;
      }
      if (PlainScore(f) && f.role == "score") score = i, ++scores;
      if (f.kind == "percent" && f.qualifier.empty() && f.role == "rate") {
        rate = i, ++rates;
        if (last_rate >= 0 && ctx->fact(last_rate).base_value != f.base_value) {
          one_rate = false;
        }
        last_rate = i;
      }
    }
    if (rates == 0 && weights == 1 && rate_before >= 0 && unambiguous &&
        roles.Contains(ctx->fact(weight).label, "rate")) {
      rate = rate_before;
      rates = 1;
    }
    if (weights != 1 || scores != 1 || done.count(weight) ||
        done.count(score)) {
      continue;
    }
    // Named by what opens the sentence ("满意度指标：…", "预算执行率指标分值
    // 10分，…" less its weight word).
    const int first = sen.facts.front();
    std::string_view head =
        ctx->Between(first, sen.begin, ctx->fact(first).text_begin);
    for (std::string_view stop : {"：", ":", "，", ",", "（", "("}) {
      head = head.substr(0, head.find(stop));
    }
    std::string name = BareTitle(head);
    if (const LexEntry* w = point_roles.Entry("weight")) {
      for (const std::string& word : w->words) {
        if (name.size() > word.size() && name.ends_with(word)) {
          name.resize(name.size() - word.size());
          break;
        }
      }
    }
    if (name.empty()) name = "该指标";
    AddCap(ctx, "prose.points", name, weight, score);
    // The 执行率 the weight is for: named by the weight's label or the
    // rate's (roles.lex: rate), the one rate of the sentence.
    const Fact& fw = ctx->fact(weight);
    if (rates != 1 || !(roles.Contains(fw.label, "rate"))) continue;
    Relation r = RateScoring("prose.points", name, rate, weight, score);
    // The sentence states the formula (按执行率×20分计算): the score was
    // computed, and holds to its rounding.
    if (steps.Contains(ctx->Between(first, sen.begin, sen.end), "formula")) {
      r.evidence = "所述公式";
    }
    ctx->Add(std::move(r));
  }
  // "…得分10分，…得分50分，…得分40分，共计得分100分": the scores before a
  // 共计/合计 in one sentence.
  // A list the sentence opens as scores ("产出指标得分情况：数量指标18分、质
  // 量指标14分、…，产出指标小计48分") holds scores though its items name no
  // score word: the points after the colon, none named a weight.
  BracketWeights(ctx, done);
  WeightsAfterScores(ctx);
  const Lexicon& totals = ctx->lex().Get("score_total");
  // Points already read as a weight capping a score ("预算执行率（10分）得
  // 9.2分") are 分值, not scores, wherever a list of scores stands.
  std::set<int> weights_read;
  for (const Relation& r : ctx->out()->relations) {
    if (r.kind != "score_cap") continue;
    for (const RelationMember& m : r.members) {
      if (m.role == "weight") weights_read.insert(m.fact);
    }
  }
  for (const Sentence& sen : ctx->sentences()) {
    std::vector<int> parts;
    const std::string_view text =
        sen.facts.empty() ? std::string_view()
                          : ctx->Between(sen.facts.front(), sen.begin, sen.end);
    size_t colon = std::min(text.find("："), text.find(':'));
    if (colon != std::string_view::npos &&
        (sen.facts.empty() ||
         ctx->fact(sen.facts.front()).text_begin < sen.begin + colon ||
         !point_roles.Contains(text.substr(0, colon), "score"))) {
      colon = std::string_view::npos;
    }
    for (int i : sen.facts) {
      const Fact& f = ctx->fact(i);
      if (!PlainScore(f)) continue;
      std::string before = Squeeze(ctx->Between(
          i, f.text_begin > 24 ? f.text_begin - 24 : 0, f.text_begin));
      std::u32string tail;
      for (size_t pos = 0; pos < before.size();) {
        tail.push_back(DecodeUtf8(before, &pos));
      }
      std::string last;
      for (size_t k = tail.size() > 6 ? tail.size() - 6 : 0; k < tail.size();
           ++k) {
        AppendUtf8(tail[k], &last);
      }
      if (!totals.Contains(last, "total")) {
        // Weights (指标分值10分) and the 满分 are not parts of a score sum.
        if (f.role == "score" ||
            (f.role.empty() && colon != std::string_view::npos &&
             !weights_read.count(i))) {
          parts.push_back(i);
        }
        continue;
      }
      if (parts.size() < 2) break;
      AddWhole(ctx, "score_sum", "prose.total", f.label, i, parts, "共计");
      // "过程指标（分值20分）中，资金管理得10分、组织实施得11分，过程指标合
      // 计得21分": the sentence's one weight, stated before the parts, caps
      // their sum (weights of the parts' own, 分值15分，得15分；…, do not).
      int weight = -1, weights = 0;
      for (int w : sen.facts) {
        if (PlainScore(ctx->fact(w)) && ctx->fact(w).role == "weight") {
          weight = w, ++weights;
        }
      }
      if (weights == 1 && weight < parts.front() && !done.count(weight)) {
        AddCap(ctx, "prose.points", f.label, weight, i);
      }
      break;
    }
  }
  PairedPoints(ctx);
  SubWeights(ctx);
  AreaScores(ctx, "score");
  AreaScores(ctx, "weight");
  WeightedAreaScores(ctx);
}

// --- Grades -----------------------------------------------------------------

namespace {

struct Band {
  std::string grade;
  std::string lo, hi;
  bool lo_in = true, hi_in = true;
};

std::string Encode(const std::vector<Band>& bands) {
  std::string s;
  for (const Band& b : bands) {
    if (!s.empty()) s += ";";
    s += b.lo + "," + b.hi + "," + (b.lo_in ? "1" : "0") + "," +
         (b.hi_in ? "1" : "0") + "," + b.grade;
  }
  return s;
}

// Grade words, each before any it ends or starts with.
constexpr std::string_view kGradeWords[] = {
    "基本合格", "不合格", "合格", "优秀", "良好", "较好",
    "一般",     "较差",   "优",   "良",   "中",   "差"};

// The grade word at the start of s, or "".
std::string_view GradeAt(std::string_view s) {
  for (std::string_view g : kGradeWords) {
    if (s.starts_with(g)) return g;
  }
  return "";
}

// The grade word right before the bracket that opens at `end` of t (the
// band inside it: "良（80分（含）-90分）"), or "".
std::string_view GradeBeforeBracket(std::string_view t, size_t end) {
  std::string_view head = t.substr(0, end);
  if (head.ends_with("（")) {
    head.remove_suffix(std::string_view("（").size());
  } else if (head.ends_with("(")) {
    head.remove_suffix(1);
  } else {
    return "";
  }
  for (std::string_view g : kGradeWords) {
    if (head.ends_with(g)) return g;
  }
  return "";
}

size_t NumberBefore(std::string_view text, size_t end) {
  size_t b = end;
  while (b > 0 &&
         ((text[b - 1] >= '0' && text[b - 1] <= '9') || text[b - 1] == '.')) {
    --b;
  }
  return b < end ? b : std::string_view::npos;
}

bool StripIncl(std::string_view text, size_t* end) {
  for (std::string_view m : {"（含）", "(含)"}) {
    if (*end >= m.size() && text.substr(*end - m.size(), m.size()) == m) {
      *end -= m.size();
      return true;
    }
  }
  return false;
}

// The bands a report states: "90（含）-100分为“优秀”", "80-90分的为良好",
// "60分以下为“不合格”", "90分（含）以上为优秀".
std::vector<Band> StatedBands(const DocText& doc) {
  std::vector<Band> bands;
  for (const Page& page : *doc.pages) {
    std::string text = Squeeze(page.text);
    std::string_view t = text;
    // Bands in points, or in percent of the full mark where the report says
    // so (得分率90%（含）以上为优): a percent band without 得分率 is more
    // likely an indicator's scoring standard (执行率90%以上得满分).
    for (std::string_view unit : {"分", "%"}) {
      for (size_t at = t.find(unit); at != std::string_view::npos;
           at = t.find(unit, at + 1)) {
        if (unit == "%") {
          // Looked for in the 200 bytes before only (a page of 10^5 rates
          // stays linear).
          const size_t from = at > 200 ? at - 200 : 0;
          if (t.substr(from, at - from).find("得分率") ==
              std::string_view::npos) {
            continue;
          }
        }
        size_t after = at + unit.size();
        std::string_view rest = t.substr(after);
        std::string_view bound;
        bool bound_in = false;
        for (std::string_view b :
             {"（含）以上", "(含)以上", "及以上", "以上", "（含）以下",
              "(含)以下", "及以下", "以下"}) {
          if (rest.starts_with(b)) {
            bound = b;
            bound_in = Contains(b, "含") || Contains(b, "及");
            rest.remove_prefix(b.size());
            break;
          }
        }
        for (std::string_view w : {"的为", "为", "评为", "属于", "定为"}) {
          if (rest.starts_with(w)) {
            rest.remove_prefix(w.size());
            break;
          }
        }
        for (std::string_view q : {"“", "\"", "：", "「"}) {
          if (rest.starts_with(q)) rest.remove_prefix(q.size());
        }
        std::string_view grade = GradeAt(rest);
        // Or the band in brackets after its grade: "良（80分（含）-90分）".
        const bool bracketed =
            grade.empty() && (rest.starts_with("）") || rest.starts_with(")"));
        if (grade.empty() && !bracketed) continue;
        size_t end = at;
        bool hi_in_mark = StripIncl(t, &end);
        size_t hb = NumberBefore(t, end);
        if (hb == std::string_view::npos) continue;
        std::string hi(t.substr(hb, end - hb));
        if (!Decimal::Parse(hi)) continue;
        Band band;
        band.grade = std::string(grade);
        if (bracketed && !bound.empty()) {
          band.grade = std::string(GradeBeforeBracket(t, hb));
          if (band.grade.empty()) continue;
        }
        if (Contains(bound, "以上")) {
          band.lo = hi;
          band.hi = "1000";
          bands.push_back(band);  // "90分以上" includes 90 in practice
          continue;
        }
        if (Contains(bound, "以下")) {
          band.lo = "-1";
          band.hi = hi;
          band.hi_in = bound_in;  // "60分以下" is below 60
          bands.push_back(band);
          continue;
        }
        size_t sep = hb;
        std::string_view dash;
        for (std::string_view d : {"-", "－", "—", "~", "～", "至", "到"}) {
          if (sep >= d.size() && t.substr(sep - d.size(), d.size()) == d) {
            dash = d;
            break;
          }
        }
        if (dash.empty()) continue;
        size_t lo_end = sep - dash.size();
        bool lo_in_mark = StripIncl(t, &lo_end);
        // The low end may carry its own unit ("80分（含）-90分", "80%-90%").
        if (lo_end >= unit.size() &&
            t.substr(lo_end - unit.size(), unit.size()) == unit) {
          lo_end -= unit.size();
          lo_in_mark = StripIncl(t, &lo_end) || lo_in_mark;
        }
        size_t lb = NumberBefore(t, lo_end);
        if (lb == std::string_view::npos) continue;
        std::string lo(t.substr(lb, lo_end - lb));
        if (!Decimal::Parse(lo)) continue;
        if (bracketed) {
          band.grade = std::string(GradeBeforeBracket(t, lb));
          if (band.grade.empty()) continue;
        }
        band.lo = lo;
        band.hi = hi;
        // With 含 marks the report says which end is in; without them the
        // usual reading is [lo, hi), and a score on the edge is let pass.
        bool marked = lo_in_mark || hi_in_mark;
        band.lo_in = marked ? lo_in_mark : true;
        band.hi_in = marked ? hi_in_mark || hi == "100" : true;
        bands.push_back(band);
      }
    }
  }
  return bands;
}

// 优 and 优秀 name the same band.
bool SameGrade(std::string_view a, std::string_view b) {
  return a == b ||
         (a.size() < b.size() && b.starts_with(a) && b != "不合格" &&
          b != "基本合格") ||
         (b.size() < a.size() && a.starts_with(b) && a != "不合格" &&
          a != "基本合格");
}

std::vector<Band> DefaultBands(const Lexicons& lex, std::string_view grade) {
  std::vector<Band> out;
  for (const char* name : {"grade_bands_short", "grade_bands_long"}) {
    const Lexicon& l = lex.Get(name);
    bool has = false;
    for (const LexEntry& e : l.entries()) has = has || SameGrade(e.name, grade);
    if (!has) continue;
    for (const LexEntry& e : l.entries()) {
      if (e.words.size() != 2) continue;
      out.push_back({e.name, e.words[0], e.words[1], true, true});
    }
    if (std::string_view(name) == "grade_bands_short" && grade.size() <= 3) {
      break;  // one character: the short vocabulary
    }
    if (!out.empty()) break;
  }
  return out;
}

}  // namespace

// How many sentences back a grade stated on its own looks for the score it
// is given for.
constexpr int kGradeReach = 3;

void FindGrades(Context* ctx) {
  const Extracted& out = *ctx->out();
  std::vector<Band> stated = StatedBands(ctx->doc());
  const Lexicon& scope = ctx->lex().Get("grade_scope");
  std::set<int> summed;  // the totals of scores of parts
  for (const Relation& r : out.relations) {
    if (r.kind == "score_sum" && !r.members.empty() &&
        r.members.front().role == "total") {
      summed.insert(r.members.front().fact);
    }
  }
  // A 总分 得分 cell, or a points table's 合计 得分 (评价维度 | 分值 |
  // 得分, closed by 合计), for a grade whose sentence has no score.
  // Its 分值 cell, the full mark, makes the score a rate (46 of 50 is 92%).
  int table_total = -1, table_weight = -1;
  for (size_t i = 0; i < out.facts.size(); ++i) {
    const Fact& f = out.facts[i];
    if (IsFormTotalScore(f)) {
      table_total = int(i);
      table_weight = -1;
      for (size_t j = i; j-- > 0 && out.facts[j].in_table &&
                         out.facts[j].sentence == f.sentence;) {
        if (out.facts[j].role == "weight" && PlainScore(out.facts[j])) {
          table_weight = int(j);
        }
      }
    }
  }
  for (size_t i = 0; i < out.facts.size(); ++i) {
    const Fact& g = out.facts[i];
    // A grade in a table is read only from a column of grades, beside its
    // row's score (a form's own grade cell is the 总分 row's, below).
    if (g.kind != "grade" ||
        (g.in_table && g.rule_id != "table.header_grade")) {
      continue;
    }
    // A table row's facts (cells of one row share a sentence number).
    Sentence row;
    if (g.in_table) {
      size_t a = i, b = i + 1;
      while (a > 0 && out.facts[a - 1].in_table &&
             out.facts[a - 1].sentence == g.sentence) {
        --a;
      }
      while (b < out.facts.size() && out.facts[b].in_table &&
             out.facts[b].sentence == g.sentence) {
        ++b;
      }
      for (size_t j = a; j < b; ++j) row.facts.push_back(int(j));
    }
    int s = ctx->SentenceOf(int(i));
    if (s < 0 && !g.in_table) continue;
    // The score it is given for: an overall score of its sentence (自评得分,
    // 总分, 评分结果), the last before it where several are graded in turn
    // ("甲项目得分82分，等级为良；乙项目得分95分，等级为优"), else the
    // first after it; else the sentence's one score, else the sentence
    // before's overall score. With a weight (分值) right before that score,
    // the grade is one indicator's.
    int score = -1, weight = -1, scores = 0, only = -1, only_weight = -1;
    static constexpr std::string_view kStops[] = {"，", "。", "；", ",", ";"};
    auto scan = [&](const Sentence& sen, bool overall_only) {
      int pending = -1;  // a weight since the last score
      int last = -1;     // the last score
      for (int j : sen.facts) {
        const Fact& f = ctx->fact(j);
        if (!PlainScore(f)) continue;
        if (f.role == "weight") {
          // A weight in brackets right after a score (效益指标得分21.9分
          // （分值25分）) is that score's, not the next one's.
          const std::string_view gap =
              last < 0 ? std::string_view()
                       : TrimSpace(ctx->Between(j, ctx->fact(last).text_end,
                                                f.text_begin));
          const bool stop = std::any_of(
              std::begin(kStops), std::end(kStops), [&](std::string_view c) {
                return gap.find(c) != std::string_view::npos;
              });
          if (last < 0 || !IsOpenBracket(gap) || stop) {
            pending = j;
          }
          continue;
        }
        last = j;
        ++scores;
        only = j;
        only_weight = pending;
        if (scope.Contains(f.label, "overall") && (score < 0 || j < int(i))) {
          score = j;
          weight = pending;
        }
        pending = -1;
      }
      if (score < 0 && !overall_only && scores == 1) {
        score = only;
        weight = only_weight;
      }
    };
    scan(g.in_table ? row : ctx->sentences()[size_t(s)], false);
    if (score < 0 && s > 0 &&
        ctx->sentences()[size_t(s - 1)].line ==
            ctx->sentences()[size_t(s)].line) {
      weight = -1;
      scores = 0;
      scan(ctx->sentences()[size_t(s - 1)], true);
    }
    // A grade stated in a sentence of its own ("根据评分结果，…自评等级为
    // “良好”") is of the report's score stated last before it, a few
    // sentences back (the bands stated in between hold no score facts):
    // a score its parts add up to (其中：投入指标…得17.7分、…), which an
    // indicator's own 自评得分 is not.
    const bool names_grade = !g.in_table && scope.Contains(g.label, "grade");
    for (int k = s - 1;
         score < 0 && names_grade && k >= 0 && k >= s - kGradeReach; --k) {
      weight = -1;
      scores = 0;
      scan(ctx->sentences()[size_t(k)], true);
      if (score >= 0 && !summed.count(score)) score = -1;
    }
    if (score < 0 && names_grade) {
      score = table_total;
      weight = table_weight;
    }
    if (score < 0) continue;
    std::vector<Band> bands;
    for (const Band& b : stated) {
      if (SameGrade(b.grade, g.value)) bands = stated;
    }
    bool own = !bands.empty();
    if (!own) bands = DefaultBands(ctx->lex(), g.value);
    if (bands.empty()) continue;
    Relation r;
    r.kind = "grade";
    r.rule = own ? "grade.stated_bands" : "grade.default_bands";
    r.name = g.label;
    r.members.push_back({"score", score});
    if (weight >= 0) r.members.push_back({"weight", weight});
    r.members.push_back({"grade", int(i)});
    r.detail = Encode(bands) + (own ? "|stated" : "|default");
    r.evidence = weight >= 0 ? "指标分值" : (own ? "报告所列等次" : "通行等次");
    r.page_no = g.page_no;
    ctx->Add(std::move(r));
  }
}

}  // namespace tally::extract::rel
