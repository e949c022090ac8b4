// score.total, score.cap and grade.band: the points of an evaluation.
//
// Points come from two places that must agree with themselves: the
// indicator table (rows under a 一级指标 "产出指标（50分）", a 总分 row) and
// the prose (a section's "指标分值40分，得分40分", a heading's "（5分）",
// "…得分50分，…共计得分100分"). A section's weight is compared with its
// child sections' only when every child states one: a report that prints
// weights for some items only (seed 001) says nothing about the rest.
#include <map>

#include "base/utf8.h"
#include "check/internal.h"

namespace tally::check::internal {
namespace {

bool PlainScore(const View& v, int i) {
  const Fact& f = v.fact(i);
  return f.kind == "score" && v.num(i).ok && f.qualifier.empty();
}

// Is score fact i the "（5分）" of a heading line?
bool InHeading(const View& v, int i, const Section& s) {
  const Fact& f = v.fact(i);
  if (f.page_no != s.page_no || f.text_begin < s.text_begin) return false;
  std::string_view between = v.Text(i, s.text_begin, f.text_begin);
  if (Contains(between, "\n")) return false;
  std::string_view after = v.Text(i, f.text_end, f.text_end + 3);
  return after.starts_with("）") || after.starts_with(")");
}

// Sum of the scores of `facts`, as "a+b+c".
std::string Terms(const View& v, const std::vector<int>& facts) {
  std::string s;
  for (int i : facts) s += (s.empty() ? "" : "+") + v.fact(i).value;
  return s;
}

// --- The indicator table ----------------------------------------------------

struct Level1 {
  std::string name;  // as printed, "产出指标（50分）"
  std::vector<const IndicatorRow*> rows;
};

void TableScores(const View& v, std::vector<Finding>* out) {
  const std::vector<IndicatorRow>& rows = v.doc().indicators;
  if (rows.empty()) return;
  std::vector<Level1> groups;
  for (const IndicatorRow& r : rows) {
    if (groups.empty() || groups.back().name != r.level1) {
      groups.push_back({r.level1, {}});
    }
    groups.back().rows.push_back(&r);
  }
  auto fact_of = [&](const IndicatorRow& r, std::string_view column,
                     const std::string& value) {
    std::optional<Decimal> d = Decimal::Parse(value);
    if (!d) return int64_t(0);
    std::string key = r.level3.empty() ? r.level2 : r.level3;
    int i =
        FindTableFact(v, r.page_no, FirstChars(Squeeze(key), 12), column, *d);
    return i >= 0 ? v.id(i) : int64_t(0);
  };
  auto push_id = [](std::vector<int64_t>* ids, int64_t id) {
    if (id != 0) ids->push_back(id);
  };
  // Each row: 得分 <= 分值.
  for (const IndicatorRow& r : rows) {
    std::optional<Decimal> w = Decimal::Parse(r.weight);
    std::optional<Decimal> s = Decimal::Parse(r.score);
    if (!w || !s || *s <= *w) continue;
    std::vector<int64_t> ids;
    push_id(&ids, fact_of(r, "得分", r.score));
    push_id(&ids, fact_of(r, "分值", r.weight));
    out->push_back(
        MakeFinding("score.cap", kError,
                    "表中 " + Squeeze(r.level3) + " 得分 " + r.score +
                        "分，超过其分值 " + r.weight + "分",
                    "≤" + r.weight + "分", r.score + "分", r.page_no, ids));
  }
  // Each 一级指标 "（50分）": its rows' 分值 add up to it, their 得分 stay
  // within it.
  Decimal all_w, all_s;
  bool all_weighted = true, all_scored = true;
  for (const Level1& g : groups) {
    Decimal sw, ss;
    bool weighted = true, scored = true;
    std::vector<int64_t> wids, sids;
    for (const IndicatorRow* r : g.rows) {
      std::optional<Decimal> w = Decimal::Parse(r->weight);
      std::optional<Decimal> s = Decimal::Parse(r->score);
      weighted = weighted && w.has_value();
      scored = scored && s.has_value();
      if (w) sw = sw + *w;
      if (s) ss = ss + *s;
      push_id(&wids, fact_of(*r, "分值", r->weight));
      push_id(&sids, fact_of(*r, "得分", r->score));
    }
    all_w = all_w + sw;
    all_s = all_s + ss;
    all_weighted = all_weighted && weighted;
    all_scored = all_scored && scored;
    std::optional<Decimal> stated = ParenPoints(g.name);
    if (!stated) continue;
    std::string name = Squeeze(g.name);
    int page = g.rows.front()->page_no;
    if (weighted && sw != *stated) {
      out->push_back(
          MakeFinding("score.total", kError,
                      "表中 " + name + " 下各指标分值之和为 " + Str(sw) +
                          "分，与其 " + Str(*stated) + "分 不符",
                      Str(sw) + "分", Str(*stated) + "分", page, wids));
    } else if (scored && ss > *stated) {
      out->push_back(
          MakeFinding("score.cap", kError,
                      "表中 " + name + " 下各指标得分之和为 " + Str(ss) +
                          "分，超过其 " + Str(*stated) + "分",
                      "≤" + Str(*stated) + "分", Str(ss) + "分", page, sids));
    }
  }
  // The 总分 row against every row (with the budget block's 分值 and 得分,
  // which the 总分 usually includes).
  std::optional<Decimal> budget_w, budget_s;
  bool budget_block = false;
  for (const BudgetRow& b : v.doc().budgets) {
    if (IsBudgetTotal(b.item)) {
      budget_block = true;
      std::string w = b.weight;
      if (w.ends_with("分")) w.erase(w.size() - std::string("分").size());
      budget_w = Decimal::Parse(w);
      budget_s = Decimal::Parse(b.score);
    }
  }
  for (int i = 0; i < v.size(); ++i) {
    const Fact& f = v.fact(i);
    if (!f.in_table || !PlainScore(v, i)) continue;
    if (!f.label.starts_with("总分") && !f.label.starts_with("合计")) continue;
    bool is_weight = f.label.ends_with("分值");
    bool is_score = f.label.ends_with("得分");
    if (is_weight == is_score) continue;
    // A row without its 分值 or 得分 means the table was not read whole
    // (merged cells, a scan): its sums prove nothing.
    if (!all_weighted || !all_scored) continue;
    Decimal rows_sum = is_weight ? all_w : all_s;
    std::optional<Decimal> extra = is_weight ? budget_w : budget_s;
    const Decimal& stated = v.num(i).value;
    if (stated == rows_sum || (extra && stated == rows_sum + *extra)) continue;
    // The budget block's points may be in the 总分 without our reading them.
    if (!extra && budget_block && stated > rows_sum) continue;
    Decimal expect = extra ? rows_sum + *extra : rows_sum;
    std::string what = is_weight ? "分值" : "得分";
    out->push_back(
        MakeFinding("score.total", kError,
                    "表中 总分 " + what + " " + Printed(f) + "，而各行" + what +
                        "之和为 " + Str(expect) + "分" +
                        (extra ? "（含项目资金 " + Str(*extra) + "分）" : ""),
                    Str(expect) + "分", Printed(f), f.page_no, {f.fact_id}));
  }
}

// --- Prose ------------------------------------------------------------------

// "…得分10分，…得分50分，…得分40分，共计得分100分": parts before a 共计/合计.
void ProseTotals(const View& v, std::vector<Finding>* out) {
  for (const std::vector<int>& g : v.sentences()) {
    std::vector<int> parts;
    for (int i : g) {
      if (!PlainScore(v, i)) continue;
      const Fact& f = v.fact(i);
      std::string before = Squeeze(LastChars(
          v.Text(i, f.text_begin > 24 ? f.text_begin - 24 : 0, f.text_begin),
          6));
      bool total = false;
      for (std::string_view w : {"共计", "合计", "总计", "总分", "累计"}) {
        total = total || Contains(before, w);
      }
      if (!total) {
        // Weights (指标分值10分) and the 满分 are not parts of a score sum.
        if (!f.label.ends_with("分值") && !Contains(f.label, "满分")) {
          parts.push_back(i);
        }
        continue;
      }
      if (parts.size() < 2) break;
      Decimal sum;
      std::vector<int64_t> ids = {f.fact_id};
      for (int p : parts) {
        sum = sum + v.num(p).value;
        ids.push_back(v.id(p));
      }
      if (sum != v.num(i).value) {
        out->push_back(
            MakeFinding("score.total", kError,
                        "各项得分 " + Terms(v, parts) + "=" + Str(sum) +
                            "分，与 " + f.label + " " + Printed(f) + " 不符",
                        Str(sum) + "分", Printed(f), f.page_no, ids));
      }
      break;
    }
  }
}

// Section points: a section's 得分 within its 指标分值, and a section's
// 指标分值 (得分) equal to the sum over its child sections.
void SectionScores(const View& v, const std::vector<SectionPoints>& points,
                   std::vector<Finding>* out) {
  const std::vector<Section>& sections = v.doc().sections;
  for (size_t s = 0; s < sections.size(); ++s) {
    const SectionPoints& p = points[s];
    std::string title = BareTitle(sections[s].title);
    if (p.weight >= 0 && p.score >= 0 &&
        v.num(p.score).value > v.num(p.weight).value) {
      const Fact &w = v.fact(p.weight), &sc = v.fact(p.score);
      out->push_back(MakeFinding(
          "score.cap", kError,
          title + " 得分 " + Printed(sc) + "，超过其指标分值 " + Printed(w),
          "≤" + Printed(w), Printed(sc), sc.page_no, {sc.fact_id, w.fact_id}));
    }
    std::vector<size_t> children;
    for (size_t c = s + 1; c < sections.size(); ++c) {
      if (sections[c].parent == int(s)) children.push_back(c);
    }
    // A lost heading (OCR) would drop a child and its points.
    if (children.size() < 2 || !NumberedFromOne(sections, children)) continue;
    // Weights first: when they disagree the scores usually follow them.
    for (bool weights : {true, false}) {
      int own = weights ? p.weight : p.score;
      if (own < 0) continue;
      Decimal sum;
      std::string terms;
      std::vector<int64_t> ids = {v.id(own)};
      bool complete = true;
      for (size_t c : children) {
        int i = weights ? points[c].weight : points[c].score;
        if (i < 0) {
          complete = false;
          break;
        }
        sum = sum + v.num(i).value;
        terms += (terms.empty() ? "" : " + ") + BareTitle(sections[c].title) +
                 " " + Printed(v.fact(i));
        ids.push_back(v.id(i));
      }
      if (!complete || sum == v.num(own).value) continue;
      const Fact& f = v.fact(own);
      std::string what = weights ? "指标分值" : "得分";
      out->push_back(MakeFinding("score.total", kError,
                                 title + " " + what + " " + Printed(f) +
                                     "，而其下 " + terms + " = " + Str(sum) +
                                     "分",
                                 Str(sum) + "分", Printed(f), f.page_no, ids));
      break;
    }
  }
}

// --- grade.band -------------------------------------------------------------

struct Band {
  std::string grade;
  Decimal lo, hi;
  bool lo_in = true, hi_in = true;

  bool Holds(const Decimal& s) const {
    return (lo_in ? s >= lo : s > lo) && (hi_in ? s <= hi : s < hi);
  }
};

constexpr std::string_view kGrades[] = {
    "基本合格", "不合格", "合格", "优秀", "良好", "优", "良", "中", "差"};

// The grade word at the start of s, or "".
std::string_view GradeAt(std::string_view s) {
  for (std::string_view g : kGrades) {
    if (s.starts_with(g)) return g;
  }
  return "";
}

// A number ending right before text[end): its start, or npos.
size_t NumberBefore(std::string_view text, size_t end) {
  size_t b = end;
  while (b > 0 &&
         ((text[b - 1] >= '0' && text[b - 1] <= '9') || text[b - 1] == '.')) {
    --b;
  }
  return b < end ? b : std::string_view::npos;
}

// Strips an "（含）" ending right before text[*end); true if there was one.
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
// "60分以下为“不合格”", "90分（含）以上为优秀". Read from the squeezed page
// text.
std::vector<Band> StatedBands(const View& v) {
  std::vector<Band> bands;
  for (const PageText& page : v.doc().pages) {
    std::string text = Squeeze(page.text);
    std::string_view t = text;
    for (size_t at = t.find("分"); at != std::string_view::npos;
         at = t.find("分", at + 1)) {
      size_t after = at + std::string_view("分").size();
      std::string_view rest = t.substr(after);
      std::string_view bound;
      bool bound_in = false;
      for (std::string_view b : {"（含）以上", "(含)以上", "及以上", "以上",
                                 "以下", "（含）以下", "(含)以下", "及以下"}) {
        if (rest.starts_with(b)) {
          bound = b;
          bound_in = Contains(b, "含") || Contains(b, "及");
          rest.remove_prefix(b.size());
          break;
        }
      }
      for (std::string_view w : {"的为", "为", "评为", "属于"}) {
        if (rest.starts_with(w)) {
          rest.remove_prefix(w.size());
          break;
        }
      }
      for (std::string_view q : {"“", "\"", "："}) {
        if (rest.starts_with(q)) rest.remove_prefix(q.size());
      }
      std::string_view grade = GradeAt(rest);
      if (grade.empty()) continue;
      // The number(s) before 分.
      size_t end = at;
      bool hi_in_mark = StripIncl(t, &end);
      size_t hb = NumberBefore(t, end);
      if (hb == std::string_view::npos) continue;
      std::optional<Decimal> hi = Decimal::Parse(t.substr(hb, end - hb));
      if (!hi) continue;
      Band band;
      band.grade = std::string(grade);
      if (Contains(bound, "以上")) {
        band.lo = *hi;
        band.lo_in = true;  // "90分以上" includes 90 in practice
        band.hi = Decimal::FromInt(1000);
        bands.push_back(band);
        continue;
      }
      if (Contains(bound, "以下")) {
        band.lo = Decimal::FromInt(-1);
        band.hi = *hi;
        band.hi_in = bound_in;  // "60分以下" is below 60
        bands.push_back(band);
        continue;
      }
      // A range "lo[（含）]-hi[（含）]分".
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
      size_t lb = NumberBefore(t, lo_end);
      if (lb == std::string_view::npos) continue;
      std::optional<Decimal> lo = Decimal::Parse(t.substr(lb, lo_end - lb));
      if (!lo) continue;
      band.lo = *lo;
      band.hi = *hi;
      // With 含 marks the report says which end is in; without them the
      // usual reading is [lo, hi), and a score on the edge is let pass.
      bool marked = lo_in_mark || hi_in_mark;
      band.lo_in = marked ? lo_in_mark : true;
      band.hi_in = marked ? hi_in_mark || *hi == Decimal::FromInt(100) : true;
      bands.push_back(band);
    }
  }
  return bands;
}

// The national default bands, for the vocabulary the grade word belongs to.
// Closed at both ends, so a score on an edge passes either way.
std::vector<Band> DefaultBands(std::string_view grade) {
  auto D = [](int x) { return Decimal::FromInt(x); };
  if (grade == "优" || grade == "良" || grade == "中" || grade == "差") {
    return {{"优", D(90), D(100)},
            {"良", D(80), D(90)},
            {"中", D(60), D(80)},
            {"差", D(0), D(60)}};
  }
  return {{"优秀", D(90), D(100)},
          {"良好", D(80), D(90)},
          {"合格", D(60), D(80)},
          {"基本合格", D(60), D(70)},
          {"不合格", D(0), D(60)}};
}

// 优 and 优秀 name the same band.
bool SameGrade(std::string_view a, std::string_view b) {
  return a == b ||
         (a.size() < b.size() && b.starts_with(a) && b != "不合格" &&
          b != "基本合格") ||
         (b.size() < a.size() && a.starts_with(b) && a != "不合格" &&
          a != "基本合格");
}

void Grades(const View& v, std::vector<Finding>* out) {
  std::vector<Band> stated = StatedBands(v);
  // A 总分 得分 row of the indicator table, for a grade without a score in
  // its own sentence.
  int table_total = -1;
  for (int i = 0; i < v.size(); ++i) {
    const Fact& f = v.fact(i);
    if (f.in_table && PlainScore(v, i) && f.label.starts_with("总分") &&
        f.label.ends_with("得分")) {
      table_total = i;
    }
  }
  for (int i = 0; i < v.size(); ++i) {
    const Fact& g = v.fact(i);
    if (g.kind != "grade" || g.in_table) continue;
    // The overall score in the grade's sentence: a 自评得分, 总分, 评分结果;
    // a bare 得分 only when it is the sentence's one score (not 产出指标得分).
    int score = -1, scores = 0, bare = -1;
    for (int j : v.sentences()[size_t(v.GroupOf(i))]) {
      if (!PlainScore(v, j)) continue;
      ++scores;
      const std::string& l = v.fact(j).label;
      for (std::string_view w :
           {"自评得分", "总分", "评分", "综合得分", "总得分", "评价得分",
            "最终得分", "得分结果"}) {
        if (Contains(l, w) && score < 0) score = j;
      }
      if (l == "得分") bare = j;
    }
    if (score < 0 && scores == 1) score = bare;
    bool overall = Contains(g.label, "等级") || Contains(g.label, "评级") ||
                   Contains(g.label, "等次") || Contains(g.label, "总体") ||
                   Contains(g.label, "综合");
    if (score < 0 && overall) score = table_total;
    if (score < 0) continue;
    const Decimal& s = v.num(score).value;
    std::vector<Band> bands;
    for (const Band& b : stated) {
      if (SameGrade(b.grade, g.value)) bands = stated;
    }
    bool own = !bands.empty();
    if (!own) bands = DefaultBands(g.value);
    bool fits = false, named = false;
    std::string expect;
    for (const Band& b : bands) {
      if (SameGrade(b.grade, g.value)) {
        named = true;
        fits = fits || b.Holds(s);
      }
      if (b.Holds(s) && expect.empty()) expect = b.grade;
    }
    if (!named || fits || expect.empty()) continue;
    const Fact& sf = v.fact(score);
    out->push_back(MakeFinding(
        "grade.band", kError,
        sf.label + " " + Printed(sf) + "，按" +
            (own ? "报告所列等次"
                 : "通行等次（90分以上优、80-90良、60-80中、60以下差）") +
            "应为“" + expect + "”，报告评为“" + g.value + "”",
        expect, g.value + "（" + Printed(sf) + "）", g.page_no,
        {g.fact_id, sf.fact_id}));
  }
}

}  // namespace

std::vector<SectionPoints> PointsBySection(const View& v) {
  const std::vector<Section>& sections = v.doc().sections;
  std::vector<SectionPoints> points(sections.size());
  for (int i = 0; i < v.size(); ++i) {
    const Fact& f = v.fact(i);
    if (f.in_table || !PlainScore(v, i) || f.section < 0 ||
        f.section >= int(sections.size())) {
      continue;
    }
    SectionPoints& p = points[size_t(f.section)];
    if (p.weight < 0) {
      if (f.label.ends_with("分值") ||
          InHeading(v, i, sections[size_t(f.section)])) {
        p.weight = i;
      }
      continue;
    }
    // The 得分 of the weight's own sentence ("指标分值10分，得分10分。").
    if (p.score < 0 && f.sentence == v.fact(p.weight).sentence &&
        f.label.ends_with("得分")) {
      p.score = i;
    }
  }
  return points;
}

void CheckScores(const View& v, std::vector<Finding>* out) {
  TableScores(v, out);
  ProseTotals(v, out);
  SectionScores(v, PointsBySection(v), out);
}

void CheckGrades(const View& v, std::vector<Finding>* out) { Grades(v, out); }

}  // namespace tally::check::internal
