// fact.conflict, table.text and count.mismatch: a report against itself
// where no arithmetic relation is stated, so each needs strong evidence that
// two statements are about the same thing.
//
// fact.conflict compares only restatements: two sentences with the same
// sequence of labelled numbers, most of them equal (reports repeat whole
// paragraphs, as seed 001 does), so a number that differs between the two
// copies is the same quantity stated twice. Two labels that merely match
// (预算资金 of two projects) are not enough, nor two like sentences under
// different headings (the 其中 of two cars bought for 20.6万元 each).
#include <algorithm>
#include <map>

#include "base/utf8.h"
#include "check/internal.h"

namespace tally::check::internal {
namespace {

bool Numeric(const View& v, int i) {
  const std::string& k = v.fact(i).kind;
  return v.num(i).ok && (k == "amount" || k == "count" || k == "percent");
}

// --- fact.conflict ----------------------------------------------------------

// Labels that name the same thing, allowing for a character OCR added or
// misread in a long one ("资助特殊人和群参加…" for "资助特殊人群参加…").
bool SimilarLabels(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::u32string x, y;
  for (size_t p = 0; p < a.size();) x.push_back(DecodeUtf8(a, &p));
  for (size_t p = 0; p < b.size();) y.push_back(DecodeUtf8(b, &p));
  size_t shorter = std::min(x.size(), y.size());
  if (shorter < 6) return false;
  // Levenshtein distance, one row at a time.
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min(
          {row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()] <= shorter / 6;
}

// The heading a fact sits under, "" if none.
std::string HeadingOf(const View& v, int i) {
  int s = v.fact(i).section;
  const std::vector<Section>& sections = v.doc().sections;
  return s >= 0 && s < int(sections.size())
             ? BareTitle(sections[size_t(s)].title)
             : "";
}

void Restatements(const View& v, std::vector<Finding>* out) {
  const auto& groups = v.sentences();
  std::vector<std::vector<int>> numbers(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    for (int i : groups[g]) {
      if (Numeric(v, i)) numbers[g].push_back(i);
    }
  }
  for (size_t a = 0; a < groups.size(); ++a) {
    const std::vector<int>& x = numbers[a];
    if (x.size() < 2) continue;
    for (size_t b = a + 1; b < groups.size(); ++b) {
      const std::vector<int>& y = numbers[b];
      if (y.size() != x.size()) continue;
      if (HeadingOf(v, x.front()) != HeadingOf(v, y.front())) continue;
      bool same = true;
      size_t equal = 0;
      std::vector<size_t> differ;
      for (size_t k = 0; k < x.size() && same; ++k) {
        const Fact &fx = v.fact(x[k]), &fy = v.fact(y[k]);
        same = SimilarLabels(fx.label, fy.label) && SameFamily(fx, fy) &&
               fx.qualifier == fy.qualifier;
        if (!same) break;
        if (v.num(x[k]).base == v.num(y[k]).base) {
          ++equal;
        } else {
          differ.push_back(k);
        }
      }
      if (!same || differ.empty() || equal < 1 || differ.size() * 2 > x.size())
        continue;
      for (size_t k : differ) {
        const Fact &first = v.fact(x[k]), &again = v.fact(y[k]);
        if (!first.qualifier.empty() || first.label.empty()) continue;
        out->push_back(MakeFinding(
            "fact.conflict", kWarning,
            "同一句话出现两次：" + again.label + " 一处为 " + Printed(first) +
                "（第" + std::to_string(first.page_no) + "页），一处为 " +
                Printed(again) + "（第" + std::to_string(again.page_no) +
                "页），其余数字相同",
            Printed(first), Printed(again), again.page_no,
            {again.fact_id, first.fact_id}));
      }
    }
  }
}

// --- table.text -------------------------------------------------------------

// The indicator rows a section title names: a 一级, 二级 or 三级指标 of that
// name, or for "质量和时效指标" the 二级指标 质量指标 and 时效指标 together
// (`split` then, as the match is looser).
std::vector<const IndicatorRow*> RowsNamed(const View& v,
                                           const std::string& title,
                                           bool* split) {
  const std::vector<IndicatorRow>& rows = v.doc().indicators;
  std::vector<const IndicatorRow*> out;
  *split = false;
  for (auto level :
       {&IndicatorRow::level1, &IndicatorRow::level2, &IndicatorRow::level3}) {
    for (const IndicatorRow& r : rows) {
      if (BareTitle(r.*level) == title) out.push_back(&r);
    }
    if (!out.empty()) return out;
  }
  // "质量和时效指标" -> 质量指标, 时效指标.
  std::vector<std::string> pieces;
  std::string rest = title;
  for (;;) {
    size_t at = std::string::npos, len = 0;
    for (std::string_view w : {"和", "与", "及", "、"}) {
      size_t p = rest.find(w);
      if (p != std::string::npos && p < at) {
        at = p;
        len = w.size();
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
    for (const IndicatorRow& r : rows) {
      if (BareTitle(r.level2) == p) out.push_back(&r);
    }
    if (out.size() == before) return {};
  }
  *split = true;
  return out;
}

// A section's 指标分值 (得分) in the prose against the rows of the indicator
// table that carry its name.
void SectionsAgainstTable(const View& v, std::vector<Finding>* out) {
  if (v.doc().indicators.empty()) return;
  const std::vector<Section>& sections = v.doc().sections;
  std::vector<SectionPoints> points = PointsBySection(v);
  for (size_t s = 0; s < sections.size(); ++s) {
    if (points[s].weight < 0) continue;
    std::string title = BareTitle(sections[s].title);
    bool split = false;
    std::vector<const IndicatorRow*> rows = RowsNamed(v, title, &split);
    if (rows.empty()) continue;
    for (bool weights : {true, false}) {
      int own = weights ? points[s].weight : points[s].score;
      if (own < 0) continue;
      Decimal sum;
      std::string terms;
      std::vector<int64_t> ids = {v.id(own)};
      bool complete = true;
      for (const IndicatorRow* r : rows) {
        const std::string& cell = weights ? r->weight : r->score;
        std::optional<Decimal> d = Decimal::Parse(cell);
        if (!d) {
          complete = false;
          break;
        }
        sum = sum + *d;
        terms += (terms.empty() ? "" : "+") + cell;
        std::string key = r->level3.empty() ? r->level2 : r->level3;
        int f = FindTableFact(v, r->page_no, FirstChars(Squeeze(key), 12),
                              weights ? "分值" : "得分", *d);
        if (f >= 0) ids.push_back(v.id(f));
      }
      if (!complete || sum == v.num(own).value) continue;
      const Fact& f = v.fact(own);
      std::string what = weights ? "指标分值" : "得分";
      out->push_back(MakeFinding("table.text", split ? kWarning : kError,
                                 "正文 " + title + " " + what + " " +
                                     Printed(f) + "，而表中 " + title +
                                     " 各行" + (weights ? "分值 " : "得分 ") +
                                     terms + " = " + Str(sum) + "分",
                                 Str(sum) + "分", Printed(f), f.page_no, ids));
      break;
    }
  }
}

// The table cell (between tabs of the row's line) holding fact i.
Span CellOf(const View& v, int i) {
  const Fact& f = v.fact(i);
  std::string_view text = v.Page(f.page_no);
  size_t b = std::min<size_t>(f.text_begin, text.size());
  size_t begin = 0, end = text.size();
  for (char stop : {'\t', '\n'}) {
    size_t p = text.rfind(stop, b == 0 ? 0 : b - 1);
    if (p != std::string_view::npos && p < b) begin = std::max(begin, p + 1);
    size_t q = text.find(stop, b);
    if (q != std::string_view::npos) end = std::min(end, q);
  }
  return {begin, end};
}

// A table cell that lists several percentages ("医疗机构≥86.46% 病种≥94.84%
// 基金≥76.26%") against a prose sentence that lists the same ones: when all
// but one agree, the one left over is the same quantity, and its prose
// value (labelled with the cell's word: 基金 -> 基金覆盖率) should match.
void CellsAgainstProse(const View& v, std::vector<Finding>* out) {
  std::map<std::pair<int, size_t>, std::vector<int>> cells;  // page, begin
  for (int i = 0; i < v.size(); ++i) {
    const Fact& f = v.fact(i);
    if (f.in_table && f.kind == "percent" && v.num(i).ok) {
      cells[{f.page_no, CellOf(v, i).begin}].push_back(i);
    }
  }
  for (const auto& [where, cell] : cells) {
    if (cell.size() < 2) continue;
    for (const std::vector<int>& g : v.sentences()) {
      std::vector<int> prose;
      for (int i : g) {
        if (v.fact(i).kind == "percent" && v.num(i).ok) prose.push_back(i);
      }
      if (prose.size() < 2) continue;
      std::vector<bool> used(prose.size(), false);
      std::vector<int> unmatched;
      for (int c : cell) {
        bool hit = false;
        for (size_t k = 0; k < prose.size() && !hit; ++k) {
          if (!used[k] && v.num(prose[k]).value == v.num(c).value) {
            used[k] = hit = true;
          }
        }
        if (!hit) unmatched.push_back(c);
      }
      if (unmatched.size() != 1 || cell.size() - unmatched.size() < 2) {
        continue;
      }
      const Fact& t = v.fact(unmatched.front());
      if (t.label.size() < 2) continue;
      for (size_t k = 0; k < prose.size(); ++k) {
        const Fact& p = v.fact(prose[k]);
        if (used[k] || !Contains(p.label, t.label)) continue;
        out->push_back(MakeFinding(
            "table.text", kWarning,
            "表中 " + t.label + " " + t.qualifier + Printed(t) + "，而正文 " +
                p.label + " 为 " + Printed(p) + "（同列其余数字与正文一致）",
            Printed(p), Printed(t), t.page_no, {t.fact_id, p.fact_id}));
        break;
      }
    }
  }
}

// --- count.mismatch ---------------------------------------------------------

bool Numbered(std::string_view marker) {
  size_t pos = 0;
  char32_t c = DecodeUtf8(marker, &pos);
  if (c == U'（' || c == U'(') c = DecodeUtf8(marker, &pos);
  return c >= '0' && c <= '9';
}

// "共有9项" or "6个项目均…" against the numbered items of its section.
void ItemCounts(const View& v, std::vector<Finding>* out) {
  const std::vector<Section>& sections = v.doc().sections;
  for (int i = 0; i < v.size(); ++i) {
    const Fact& f = v.fact(i);
    if (f.kind != "count" || f.in_table || !v.num(i).ok ||
        !f.qualifier.empty() || (f.unit != "项" && f.unit != "个")) {
      continue;
    }
    std::string before = Squeeze(LastChars(
        v.Text(i, f.text_begin > 12 ? f.text_begin - 12 : 0, f.text_begin), 3));
    std::string after =
        Squeeze(FirstChars(v.Text(i, f.text_end, f.text_end + 12), 3));
    bool total = before.ends_with("共有") || before.ends_with("共") ||
                 before.ends_with("共计") || before.ends_with("合计");
    bool each = after.starts_with("项目均") || after.starts_with("均");
    if (!total && !each) continue;
    if (f.section < 0) continue;
    std::vector<size_t> items;
    bool numbered = true;
    for (size_t c = 0; c < sections.size(); ++c) {
      if (sections[c].parent != f.section) continue;
      items.push_back(c);
      numbered = numbered && Numbered(sections[c].marker);
    }
    if (items.size() < 2 || !numbered ||
        !NumberedFromOne(v.doc().sections, items)) {
      continue;
    }
    const Section& first = sections[items.front()];
    if (first.page_no < f.page_no ||
        (first.page_no == f.page_no && first.text_begin < f.text_begin)) {
      continue;  // the count follows the list: not its announcement
    }
    Decimal n = Decimal::FromInt(int64_t(items.size()));
    if (v.num(i).value == n) continue;
    const Section& last = sections[items.back()];
    out->push_back(MakeFinding(
        "count.mismatch", kWarning,
        "“" + v.Excerpt(i, 30) + "”称 " + Printed(f) + "，而本节列出 " +
            Str(n) + " 项（" + first.marker + "至" + last.marker + "）",
        Str(n) + f.unit, Printed(f), f.page_no, {f.fact_id}));
  }
}

// "内设3个股室：办公室、…、…" against the items after the colon.
void ColonLists(const View& v, std::vector<Finding>* out) {
  for (int i = 0; i < v.size(); ++i) {
    const Fact& f = v.fact(i);
    if (f.kind != "count" || f.in_table || !v.num(i).ok ||
        !f.qualifier.empty() || v.num(i).value.scale() != 0) {
      continue;
    }
    const Decimal& n = v.num(i).value;
    if (n < Decimal::FromInt(2) || n > Decimal::FromInt(30)) continue;
    std::string_view rest = v.Text(i, f.text_end, f.text_end + 600);
    // A short noun, then the colon.
    size_t pos = 0;
    int chars = 0;
    bool colon = false;
    while (pos < rest.size() && chars <= 6) {
      char32_t c = DecodeUtf8(rest, &pos);
      if (c == U'：' || c == ':') {
        colon = chars > 0;
        rest.remove_prefix(pos);
        break;
      }
      if (!IsHan(c)) break;
      ++chars;
    }
    if (!colon) continue;
    // The list runs to the end of its clause.
    size_t end = rest.size();
    for (std::string_view stop : {"，", "。", "；", "\n", ",", ";"}) {
      end = std::min(end, rest.find(stop));
    }
    std::string_view list = rest.substr(0, end);
    if (list.empty() || Contains(list, "等")) continue;
    int k = 1;
    for (size_t p = list.find("、"); p != std::string_view::npos;
         p = list.find("、", p + 1)) {
      ++k;
    }
    if (k < 2 || Decimal::FromInt(k) == n) continue;
    out->push_back(MakeFinding(
        "count.mismatch", kWarning,
        f.label + " " + Printed(f) + "，冒号后只列出 " + std::to_string(k) +
            " 项：" + std::string(list),
        std::to_string(k) + f.unit, Printed(f), f.page_no, {f.fact_id}));
  }
}

}  // namespace

void CheckConflicts(const View& v, std::vector<Finding>* out) {
  Restatements(v, out);
}

void CheckTableText(const View& v, std::vector<Finding>* out) {
  SectionsAgainstTable(v, out);
  CellsAgainstProse(v, out);
}

void CheckCounts(const View& v, std::vector<Finding>* out) {
  ItemCounts(v, out);
  ColonLists(v, out);
}

}  // namespace tally::check::internal
