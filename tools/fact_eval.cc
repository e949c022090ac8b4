// tools/fact_eval.cc: gold parsing, exact decimals, multiset matching and
// scoring for eval_facts. See fact_eval.h.
#include "tools/fact_eval.h"

#include <algorithm>
#include <utility>

#include "base/utf8.h"
#include "tools/cer.h"

namespace tally::tools {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view TrimAscii(std::string_view s) {
  auto blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
           c == '\v';
  };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

// s with every Unicode White_Space code point removed and the full-width
// forms of ASCII (U+FF01..U+FF5E: "（", "％", "１") folded to ASCII, so the
// normaliser's documented rewrites and layout never count as differences.
std::string NoSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : RemoveWhitespace(ToCodePoints(s))) {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    AppendUtf8(c, &out);
  }
  return out;
}

// Digits, optionally one '.' and more digits: how gold files print numbers.
bool IsPlainDecimal(std::string_view s) {
  size_t i = s.starts_with('-') ? 1 : 0, digits = 0;  // a decrease: "-100"
  while (i < s.size() && IsDigit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t frac = 0;
    while (i < s.size() && IsDigit(s[i])) ++i, ++frac;
    if (frac == 0) return false;
  }
  return digits > 0 && i == s.size();
}

bool IsNumericKind(std::string_view kind) { return kind != "grade"; }

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// The lines of an annotation file, each without its '\n' or "\r\n"; line
// k is line number k + 1.
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (line.ends_with('\r')) line.remove_suffix(1);
    out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

// The match key of a fact value: the canonical decimal for numeric kinds,
// the word without whitespace for grades. A numeric value that is not a
// decimal gets a key no gold value can have.
std::string ValueKey(std::string_view kind, std::string_view value) {
  if (!IsNumericKind(kind)) return NoSpace(value);
  std::optional<std::string> d = CanonicalDecimal(value);
  if (d) return *d;
  return "\x1e" + std::string(value);
}

std::string FactKey(std::string_view kind, std::string_view value,
                    std::string_view unit) {
  std::string key(kind);
  key += '\x1f';
  key += ValueKey(kind, value);
  key += '\x1f';
  key += NoSpace(unit);
  return key;
}

// Splits a trailing unit a table cell may carry ("15分" -> "15", "分").
std::pair<std::string_view, std::string_view> SplitCellUnit(
    std::string_view s) {
  for (std::string_view unit : {"万元", "元", "分", "%"}) {
    if (s.size() > unit.size() && s.ends_with(unit)) {
      return {s.substr(0, s.size() - unit.size()), unit};
    }
  }
  return {s, {}};
}

std::string StripQiZhong(std::string s) {
  for (std::string_view prefix : {"其中：", "其中:"}) {
    if (s.starts_with(prefix)) return s.substr(prefix.size());
  }
  return s;
}

// Shared pairing and comparison of indicator and budget rows. Row types
// expose their cells as (name, value) lists in the same order on both sides.
template <typename Gold, typename Stored, typename GoldKeyFn,
          typename StoredKeyFn, typename GoldCellsFn, typename StoredCellsFn>
RowScore ScoreRows(const std::vector<Gold>& gold,
                   const std::vector<Stored>& stored, GoldKeyFn gold_key,
                   StoredKeyFn stored_key, GoldCellsFn gold_cells,
                   StoredCellsFn stored_cells) {
  RowScore score;
  score.total = gold.size();
  std::vector<bool> claimed(stored.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {
    const std::string key = gold_key(gold[g]);
    std::optional<size_t> hit;
    for (size_t s = 0; s < stored.size(); ++s) {
      if (!claimed[s] && stored_key(stored[s]) == key) {
        hit = s;
        break;
      }
    }
    if (!hit) {
      score.mismatches.push_back({g, std::nullopt, {}});
      continue;
    }
    claimed[*hit] = true;
    ++score.found;
    auto gc = gold_cells(gold[g]);
    auto sc = stored_cells(stored[*hit]);
    RowMismatch mismatch{g, hit, {}};
    bool weight_score = true;
    for (size_t i = 0; i < gc.size(); ++i) {
      if (!CellsEqual(gc[i].second, sc[i].second)) {
        mismatch.fields.push_back(gc[i].first);
        if (gc[i].first == "weight" || gc[i].first == "score") {
          weight_score = false;
        }
      }
    }
    if (weight_score) ++score.weight_score_ok;
    if (mismatch.fields.empty()) {
      ++score.fully_ok;
    } else {
      score.mismatches.push_back(std::move(mismatch));
    }
  }
  score.extra =
      static_cast<size_t>(std::count(claimed.begin(), claimed.end(), false));
  return score;
}

using Cells = std::vector<std::pair<std::string, std::string_view>>;

template <typename Row>
Cells IndicatorCells(const Row& r) {
  return {{"level1", r.level1}, {"level2", r.level2}, {"target", r.target},
          {"actual", r.actual}, {"weight", r.weight}, {"score", r.score},
          {"note", r.note}};
}

template <typename Row>
Cells BudgetCells(const Row& r) {
  return {{"initial", r.initial}, {"full", r.full}, {"executed", r.executed},
          {"weight", r.weight},   {"rate", r.rate}, {"score", r.score}};
}

}  // namespace

std::optional<std::string> CanonicalDecimal(std::string_view s) {
  s = TrimAscii(s);
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  // Integer part, with optional ',' grouping (1-3 digits, then groups of 3).
  std::string digits;
  size_t group = 0;
  bool grouped = false;
  while (i < s.size() && (IsDigit(s[i]) || s[i] == ',')) {
    if (s[i] == ',') {
      if (digits.empty() || (grouped ? group != 3 : group > 3)) {
        return std::nullopt;
      }
      grouped = true;
      group = 0;
    } else {
      digits.push_back(s[i]);
      ++group;
    }
    ++i;
  }
  if (grouped && group != 3) return std::nullopt;
  long scale = 0;  // digits after the decimal point
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && IsDigit(s[i])) {
      digits.push_back(s[i]);
      ++scale;
      ++i;
    }
  }
  if (digits.empty()) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      exp_negative = s[i] == '-';
      ++i;
    }
    long exp = 0;
    size_t exp_digits = 0;
    while (i < s.size() && IsDigit(s[i])) {
      exp = exp * 10 + (s[i] - '0');
      if (exp > 1000) return std::nullopt;  // no real value is that large
      ++exp_digits;
      ++i;
    }
    if (exp_digits == 0) return std::nullopt;
    scale -= exp_negative ? -exp : exp;
  }
  if (i != s.size()) return std::nullopt;

  if (scale < 0) {
    digits.append(static_cast<size_t>(-scale), '0');
    scale = 0;
  }
  // Pad so there is at least one integer digit, then split.
  if (static_cast<long>(digits.size()) <= scale) {
    digits.insert(0, static_cast<size_t>(scale) + 1 - digits.size(), '0');
  }
  std::string int_part = digits.substr(0, digits.size() - scale);
  std::string frac_part = digits.substr(digits.size() - scale);
  size_t nz = int_part.find_first_not_of('0');
  int_part = nz == std::string::npos ? "0" : int_part.substr(nz);
  while (!frac_part.empty() && frac_part.back() == '0') frac_part.pop_back();
  std::string out = int_part;
  if (!frac_part.empty()) out += "." + frac_part;
  if (negative && out != "0") out.insert(0, "-");
  return out;
}

bool DecimalEqual(std::string_view a, std::string_view b) {
  std::optional<std::string> x = CanonicalDecimal(a);
  std::optional<std::string> y = CanonicalDecimal(b);
  return x && y && *x == *y;
}

bool IsGoldFactKind(std::string_view kind) {
  return std::find(std::begin(kGoldFactKinds), std::end(kGoldFactKinds),
                   kind) != std::end(kGoldFactKinds);
}

StatusOr<GoldDocument> ParseGold(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  GoldDocument doc;
  int line_no = 0;
  for (std::string_view line : SplitLines(text)) {
    ++line_no;
    if (TrimAscii(line).empty() || line.starts_with('#')) continue;

    auto error = [&](const std::string& why) {
      return InvalidArgument("line " + std::to_string(line_no) + ": " + why);
    };
    std::vector<std::string_view> f = SplitTabs(line);
    const std::string_view type = f[0];
    size_t want = 0;
    if (type == "meta") {
      want = 3;
    } else if (IsGoldFactKind(type)) {
      want = 6;
    } else if (type == "indicator") {
      want = 9;
    } else if (type == "budget") {
      want = 8;
    } else {
      return error("unknown record type '" + std::string(type) + "'");
    }
    if (f.size() > want) {
      return error(std::string(type) + " wants " + std::to_string(want) +
                   " TAB-separated fields, found " + std::to_string(f.size()));
    }
    std::vector<std::string> v(f.begin(), f.end());
    v.resize(want);

    if (type == "meta") {
      if (std::find(std::begin(kGoldMetaKeys), std::end(kGoldMetaKeys), v[1]) ==
          std::end(kGoldMetaKeys)) {
        return error("unknown meta key '" + v[1] + "'");
      }
      if (!doc.meta.emplace(v[1], v[2]).second) {
        return error("meta key '" + v[1] + "' given twice");
      }
    } else if (type == "indicator") {
      doc.indicators.push_back(
          {line_no, v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]});
    } else if (type == "budget") {
      doc.budgets.push_back(
          {line_no, v[1], v[2], v[3], v[4], v[5], v[6], v[7]});
    } else {
      if (v[1].empty()) return error(v[0] + " without a value");
      if (IsNumericKind(type) && !IsPlainDecimal(v[1])) {
        return error("value '" + v[1] +
                     "' is not a decimal (an optional '-', ASCII digits "
                     "and one '.')");
      }
      doc.facts.push_back({line_no, v[0], v[1], v[2], v[3], v[4], v[5]});
    }
  }
  return doc;
}

std::vector<std::string> ValidateGold(const GoldDocument& gold) {
  std::vector<std::string> problems;
  auto at = [](int line) { return "line " + std::to_string(line) + ": "; };
  for (std::string_view key : kGoldMetaKeys) {
    if (!gold.meta.contains(std::string(key))) {
      problems.push_back("meta " + std::string(key) + " missing");
    }
  }
  if (auto it = gold.meta.find("fiscal_year"); it != gold.meta.end()) {
    const std::string& y = it->second;
    if (y.size() != 4 || !std::all_of(y.begin(), y.end(), IsDigit)) {
      problems.push_back("meta fiscal_year '" + y + "' is not a year");
    }
  }
  if (auto it = gold.meta.find("report_date"); it != gold.meta.end()) {
    const std::string& d = it->second;
    bool iso = d.size() == 10 && d[4] == '-' && d[7] == '-';
    for (size_t i = 0; iso && i < d.size(); ++i) {
      if (i != 4 && i != 7 && !IsDigit(d[i])) iso = false;
    }
    if (!iso && d != "-") {
      problems.push_back("meta report_date '" + d +
                         "' is neither YYYY-MM-DD nor -");
    }
  }
  for (std::string_view key : {"bureau", "report_kind"}) {
    auto it = gold.meta.find(std::string(key));
    if (it != gold.meta.end() && TrimAscii(it->second).empty()) {
      problems.push_back("meta " + std::string(key) + " is empty");
    }
  }

  static const std::vector<std::string_view> kMoney = {"元", "万元", "亿元",
                                                       "千元"};
  static const std::vector<std::string_view> kMeasure = {
      "人次", "人", "名",   "家",   "户", "项", "个",   "条", "条次",
      "份",   "场", "场次", "批次", "批", "次", "间次", "期", "宗",
      "起",   "例", "件",   "篇",   "种", "类", "大类", "天"};
  auto in = [](const std::vector<std::string_view>& set, std::string_view u) {
    return std::find(set.begin(), set.end(), u) != set.end();
  };
  for (const GoldFact& f : gold.facts) {
    const std::string where = at(f.line) + f.kind + " " + f.value + ": ";
    if (f.kind == "grade") {
      if (!f.unit.empty()) problems.push_back(where + "a grade has no unit");
    } else if (f.unit.empty()) {
      problems.push_back(where + "unit missing");
    } else if (f.kind == "amount" && !in(kMoney, f.unit)) {
      problems.push_back(where + "unit '" + f.unit + "' is not money");
    } else if (f.kind == "percent" && f.unit != "%") {
      problems.push_back(where + "a percent's unit is %");
    } else if (f.kind == "score" && f.unit != "分") {
      problems.push_back(where + "a score's unit is 分");
    } else if (f.kind == "count") {
      std::string_view u = f.unit;
      if (u.starts_with("万") && u.size() > std::string_view("万").size()) {
        u.remove_prefix(std::string_view("万").size());
      }
      if (!in(kMeasure, u)) {
        problems.push_back(where + "unit '" + f.unit +
                           "' is not a measure word");
      }
    }
    if (!f.qualifier.empty() && !in({"≥", "≤", ">", "<", "≈"}, f.qualifier)) {
      problems.push_back(where + "qualifier '" + f.qualifier +
                         "' is not one of ≥ ≤ > < ≈");
    }
  }
  for (const GoldIndicator& r : gold.indicators) {
    if (NoSpace(r.level3).empty()) {
      problems.push_back(at(r.line) + "indicator without level3");
    }
  }
  for (const GoldBudget& r : gold.budgets) {
    if (NoSpace(r.item).empty()) {
      problems.push_back(at(r.line) + "budget row without item");
    }
  }
  return problems;
}

std::string StemOfPath(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  std::string_view base =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.rfind('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

namespace {

// How well a gold row and an extracted fact with the same key agree: the
// qualifier, the label, and the gold snippet found in the stored context.
int Agreement(const GoldFact& g, const ExtractedFact& e) {
  int score = 0;
  if (NoSpace(g.qualifier) == NoSpace(e.qualifier)) score += 2;
  if (LabelsAgree(g.label, e.label)) score += 2;
  std::string snippet = NoSpace(g.snippet);
  if (!snippet.empty() &&
      NoSpace(e.context.empty() ? e.raw : e.context).find(snippet) !=
          std::string::npos) {
    score += 1;
  }
  return score;
}

// Order-preserving alignment of gold rows gi and extracted facts ei that
// share one key: as many pairs as possible (min of the sizes), and among
// those the most agreement, so a duplicate missed early in the document is
// reported as that one and not as the last.
void AlignGroup(const std::vector<GoldFact>& gold,
                const std::vector<ExtractedFact>& extracted,
                const std::vector<size_t>& gi, const std::vector<size_t>& ei,
                std::vector<std::pair<size_t, size_t>>* pairs) {
  const size_t n = gi.size(), m = ei.size();
  struct Cell {
    size_t pairs = 0;
    long agreement = 0;
    bool operator<(const Cell& o) const {
      return pairs != o.pairs ? pairs < o.pairs : agreement < o.agreement;
    }
  };
  std::vector<Cell> best((n + 1) * (m + 1));
  auto at = [&](size_t i, size_t j) -> Cell& { return best[i * (m + 1) + j]; };
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      Cell take = at(i - 1, j - 1);
      ++take.pairs;
      take.agreement += Agreement(gold[gi[i - 1]], extracted[ei[j - 1]]);
      at(i, j) = std::max({at(i - 1, j), at(i, j - 1), take});
    }
  }
  std::vector<std::pair<size_t, size_t>> found;
  for (size_t i = n, j = m; i > 0 && j > 0;) {
    if (at(i, j).pairs == at(i - 1, j).pairs &&
        at(i, j).agreement == at(i - 1, j).agreement) {
      --i;
    } else if (at(i, j).pairs == at(i, j - 1).pairs &&
               at(i, j).agreement == at(i, j - 1).agreement) {
      --j;
    } else {
      found.emplace_back(gi[i - 1], ei[j - 1]);
      --i;
      --j;
    }
  }
  pairs->insert(pairs->end(), found.rbegin(), found.rend());
}

}  // namespace

FactMatchResult MatchFacts(const std::vector<GoldFact>& gold,
                           const std::vector<ExtractedFact>& extracted) {
  FactMatchResult result;
  // Key -> (gold indices, extracted indices), both in document order.
  std::map<std::string, std::pair<std::vector<size_t>, std::vector<size_t>>>
      groups;
  for (size_t g = 0; g < gold.size(); ++g) {
    groups[FactKey(gold[g].kind, gold[g].value, gold[g].unit)].first.push_back(
        g);
  }
  for (size_t i = 0; i < extracted.size(); ++i) {
    const ExtractedFact& e = extracted[i];
    if (!IsGoldFactKind(e.kind)) continue;
    groups[FactKey(e.kind, e.value, e.unit)].second.push_back(i);
  }
  std::vector<std::pair<size_t, size_t>> pairs;
  for (const auto& [key, group] : groups) {
    AlignGroup(gold, extracted, group.first, group.second, &pairs);
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<bool> gold_used(gold.size(), false);
  std::vector<bool> used(extracted.size(), false);
  for (const auto& [g, e] : pairs) {
    gold_used[g] = true;
    used[e] = true;
  }
  result.matched = std::move(pairs);
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!gold_used[g]) result.missed.push_back(g);
  }
  for (size_t i = 0; i < extracted.size(); ++i) {
    if (!used[i] && IsGoldFactKind(extracted[i].kind)) {
      result.spurious.push_back(i);
    }
  }
  return result;
}

double KindScore::precision() const {
  return extracted == 0
             ? 1.0
             : static_cast<double>(tp) / static_cast<double>(extracted);
}

double KindScore::recall() const {
  return gold == 0 ? 1.0 : static_cast<double>(tp) / static_cast<double>(gold);
}

bool LabelsAgree(std::string_view gold, std::string_view extracted) {
  // The normaliser prints every bracket full-width; the gold keeps the
  // page's, often ASCII.
  auto fold = [](std::string s) {
    for (auto [from, to] :
         {std::pair<std::string_view, std::string_view>{"（", "("},
          {"）", ")"}}) {
      for (size_t at; (at = s.find(from)) != std::string::npos;) {
        s.replace(at, from.size(), to);
      }
    }
    return s;
  };
  std::string a = fold(NoSpace(gold)), b = fold(NoSpace(extracted));
  if (a.empty() || b.empty()) return false;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

void AddFactScores(const std::vector<GoldFact>& gold,
                   const std::vector<ExtractedFact>& extracted,
                   const FactMatchResult& match,
                   std::map<std::string, KindScore>* scores) {
  for (std::string_view kind : kGoldFactKinds) (*scores)[std::string(kind)];
  for (const GoldFact& g : gold) ++(*scores)[g.kind].gold;
  for (const ExtractedFact& e : extracted) {
    if (IsGoldFactKind(e.kind)) ++(*scores)[e.kind].extracted;
  }
  for (const auto& [g, e] : match.matched) {
    KindScore& s = (*scores)[gold[g].kind];
    ++s.tp;
    if (NoSpace(gold[g].qualifier) == NoSpace(extracted[e].qualifier)) {
      ++s.qualifier_agree;
    }
    if (LabelsAgree(gold[g].label, extracted[e].label)) ++s.label_agree;
  }
}

bool MetaEqual(std::string_view gold, const std::optional<std::string>& db) {
  gold = TrimAscii(gold);
  std::string_view stored = db ? TrimAscii(*db) : std::string_view();
  if (gold == "-") return stored.empty();
  return db.has_value() && gold == stored;
}

bool CellsEqual(std::string_view gold, std::string_view db) {
  std::string a = NoSpace(gold), b = NoSpace(db);
  if (a == b) return true;
  auto [an, au] = SplitCellUnit(a);
  auto [bn, bu] = SplitCellUnit(b);
  if (!au.empty() && !bu.empty() && au != bu) return false;
  return DecimalEqual(an, bn);
}

RowScore ScoreIndicators(const std::vector<GoldIndicator>& gold,
                         const std::vector<ExtractedIndicator>& extracted) {
  return ScoreRows(
      gold, extracted, [](const auto& r) { return NoSpace(r.level3); },
      [](const auto& r) { return NoSpace(r.level3); },
      [](const GoldIndicator& r) { return IndicatorCells(r); },
      [](const ExtractedIndicator& r) { return IndicatorCells(r); });
}

RowScore ScoreBudgets(const std::vector<GoldBudget>& gold,
                      const std::vector<ExtractedBudget>& extracted) {
  return ScoreRows(
      gold, extracted,
      [](const auto& r) { return StripQiZhong(NoSpace(r.item)); },
      [](const auto& r) { return StripQiZhong(NoSpace(r.item)); },
      [](const GoldBudget& r) { return BudgetCells(r); },
      [](const ExtractedBudget& r) { return BudgetCells(r); });
}

std::vector<GoldRelation> ParseGoldRelations(std::string_view ann) {
  std::vector<GoldRelation> out;
  int line_no = 0;
  for (std::string_view line : SplitLines(ann)) {
    ++line_no;
    if (!line.starts_with("rel\t")) continue;
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 6 || (f[1] != "holds" && f[1] != "broken")) continue;
    GoldRelation r;
    r.line = line_no;
    r.status = std::string(f[1]);
    r.family = std::string(f[2]);
    r.note = f.size() > 6 ? std::string(f[6]) : "";
    std::string_view nums = f[5];
    for (size_t p = 0; p < nums.size();) {
      size_t sp = std::min(nums.find(' ', p), nums.size());
      auto c = CanonicalDecimal(nums.substr(p, sp - p));
      if (c && std::find(r.numbers.begin(), r.numbers.end(), *c) ==
                   r.numbers.end()) {
        r.numbers.push_back(*c);
      }
      p = sp + 1;
    }
    if (r.numbers.size() >= 2) out.push_back(std::move(r));
  }
  return out;
}

bool RelationCovered(const GoldRelation& gold,
                     const std::vector<std::vector<std::string>>& extracted) {
  for (const std::vector<std::string>& values : extracted) {
    bool all = true;
    for (const std::string& n : gold.numbers) {
      all = all && std::find(values.begin(), values.end(), n) != values.end();
    }
    if (all) return true;
  }
  return false;
}

}  // namespace tally::tools
