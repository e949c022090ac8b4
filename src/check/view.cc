// The View over a document and the helpers every rule family shares.
#include <algorithm>

#include "base/utf8.h"
#include "check/internal.h"

namespace tally::check::internal {
namespace {

// Sentence stops, as the extractor ends a fact's context.
constexpr std::string_view kStops[] = {"。", "！", "？", "!", "?"};

bool IsBlank(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = DecodeUtf8(s, &pos);
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != U'\u3000') {
      return false;
    }
  }
  return true;
}

}  // namespace

// A number with decimals was rounded to its last digit (37.34 stands for
// 37.335 to 37.345). A count is exact, and so is a short whole amount:
// 28万元 and 15万元 are allocations, not roundings, so "15万元，其中
// 3+4+3+2+5万元" is wrong by 2万元, not within a tolerance of 6 x 0.5万元.
// A whole number of four digits or more (52034万元) may be a rounded figure.
Decimal Slack(std::string_view kind, const Decimal& value, int exp) {
  if (value.scale() > 0) return value.HalfUnit().Shift(exp);
  if (kind == "count" && exp == 0) return Decimal();
  if (value.Abs() < Decimal::FromInt(1000)) return Decimal();
  return value.HalfUnit().Shift(exp);
}

View::View(const Document& doc) : doc_(doc) {
  for (const PageText& p : doc.pages) pages_[p.page_no] = p.text;
  nums_.resize(doc.facts.size());
  group_of_.assign(doc.facts.size(), -1);
  std::map<int, int> by_sentence;  // sentence ordinal -> group
  for (int i = 0; i < size(); ++i) {
    const Fact& f = fact(i);
    Num& n = nums_[size_t(i)];
    if (f.kind == "amount" || f.kind == "count" || f.kind == "percent" ||
        f.kind == "score") {
      std::optional<Decimal> value = Decimal::Parse(f.value);
      std::optional<Decimal> base = Decimal::Parse(f.base_value);
      if (value && base) {
        n.ok = true;
        n.value = *value;
        n.base = *base;
        n.exp = (f.kind == "amount" || f.kind == "count") ? UnitExponent(f.unit)
                                                          : 0;
        n.half = Slack(f.kind, *value, n.exp);
      }
    }
    if (f.in_table) continue;
    auto [it, fresh] = by_sentence.try_emplace(f.sentence, int(groups_.size()));
    if (fresh) groups_.emplace_back();
    groups_[size_t(it->second)].push_back(i);
    group_of_[size_t(i)] = it->second;
  }
  for (std::vector<int>& g : groups_) {
    std::stable_sort(g.begin(), g.end(), [&](int a, int b) {
      return fact(a).text_begin < fact(b).text_begin;
    });
  }
}

std::string_view View::Page(int page_no) const {
  auto it = pages_.find(page_no);
  return it == pages_.end() ? std::string_view() : it->second;
}

Span View::Sentence(int i) const {
  const Fact& f = fact(i);
  std::string_view text = Page(f.page_no);
  size_t b = std::min<size_t>(f.text_begin, text.size());
  size_t e = std::min<size_t>(std::max<size_t>(f.text_end, b), text.size());
  size_t begin = 0, end = text.size();
  size_t nl = text.rfind('\n', b == 0 ? 0 : b - 1);
  if (nl != std::string_view::npos && nl < b) begin = nl + 1;
  size_t next_nl = text.find('\n', e);
  if (next_nl != std::string_view::npos) end = next_nl;
  // Only within the fact's line: searching the whole page for each stop
  // made this quadratic in the page's facts.
  const size_t line_begin = begin, line_end = std::max(end, e);
  std::string_view head = text.substr(line_begin, b - line_begin);
  std::string_view tail = text.substr(e, line_end - e);
  for (std::string_view stop : kStops) {
    size_t before = head.rfind(stop);
    if (before != std::string_view::npos) {
      begin = std::max(begin, line_begin + before + stop.size());
    }
    size_t after = tail.find(stop);
    if (after != std::string_view::npos) {
      end = std::min(end, e + after + stop.size());
    }
  }
  return {begin, std::max(begin, end)};
}

std::string View::Excerpt(int i, int max_chars) const {
  Span s = Sentence(i);
  std::string text = Squeeze(Text(i, s.begin, s.end));
  std::string_view cut = FirstChars(text, max_chars);
  return cut.size() < text.size() ? std::string(cut) + "…" : text;
}

std::string_view View::Text(int i, size_t begin, size_t end) const {
  std::string_view text = Page(fact(i).page_no);
  begin = std::min(begin, text.size());
  end = std::min(std::max(begin, end), text.size());
  return text.substr(begin, end - begin);
}

Span View::GroupSpan(int g) const {
  const std::vector<int>& facts = groups_[size_t(g)];
  Span first = Sentence(facts.front()), last = Sentence(facts.back());
  return {first.begin, last.end};
}

int View::PreviousAdjacent(int g) const {
  if (g <= 0) return -1;
  int prev = g - 1;
  const Fact& a = fact(groups_[size_t(prev)].back());
  const Fact& b = fact(groups_[size_t(g)].front());
  if (a.page_no != b.page_no) return -1;
  Span pa = GroupSpan(prev), pb = GroupSpan(g);
  if (pa.end > pb.begin) return -1;
  return IsBlank(Text(groups_[size_t(g)].front(), pa.end, pb.begin)) ? prev
                                                                     : -1;
}

int View::NextAdjacent(int g) const {
  if (g + 1 >= int(groups_.size())) return -1;
  return PreviousAdjacent(g + 1) == g ? g + 1 : -1;
}

std::vector<int> View::FactsInSection(int s) const {
  std::vector<int> out;
  for (int i = 0; i < size(); ++i) {
    if (fact(i).section == s) out.push_back(i);
  }
  return out;
}

// --- Units ------------------------------------------------------------------

bool IsMoney(std::string_view unit) { return unit.ends_with("元"); }

bool SameFamily(const Fact& a, const Fact& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == "amount") return IsMoney(a.unit) && IsMoney(b.unit);
  if (a.kind == "count") {
    // The measure word without its multiplier: 38.2万人 counts 人.
    auto measure = [](std::string_view u) {
      for (std::string_view m : {"亿", "万", "千"}) {
        if (u.starts_with(m)) return u.substr(m.size());
      }
      return u;
    };
    return measure(a.unit) == measure(b.unit);
  }
  return a.unit == b.unit;
}

// --- Text -------------------------------------------------------------------

bool Contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

bool HasHan(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    if (IsHan(DecodeUtf8(s, &pos))) return true;
  }
  return false;
}

std::string_view LastChars(std::string_view s, int n) {
  size_t pos = s.size();
  for (int k = 0; k < n && pos > 0; ++k) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) {
      --pos;
    }
  }
  return s.substr(pos);
}

std::string_view FirstChars(std::string_view s, int n) {
  size_t pos = 0;
  for (int k = 0; k < n && pos < s.size(); ++k) DecodeUtf8(s, &pos);
  return s.substr(0, pos);
}

std::optional<Decimal> ParenPoints(std::string_view s) {
  std::string t = Squeeze(s);
  std::string_view v = t;
  for (std::string_view close : {"）", ")"}) {
    if (!v.ends_with(close)) continue;
    v.remove_suffix(close.size());
    if (!v.ends_with("分")) return std::nullopt;
    v.remove_suffix(std::string_view("分").size());
    size_t open = std::max(
        v.rfind("（") == std::string_view::npos
            ? size_t(0)
            : v.rfind("（") + std::string_view("（").size(),
        v.rfind('(') == std::string_view::npos ? size_t(0) : v.rfind('(') + 1);
    if (open == 0) return std::nullopt;
    return Decimal::Parse(v.substr(open));
  }
  return std::nullopt;
}

std::string BareTitle(std::string_view s) {
  std::string t = Squeeze(s);
  for (std::string_view open : {"（", "("}) {
    size_t p = t.rfind(open);
    if (p != std::string::npos && p > 0 && ParenPoints(t.substr(p))) {
      t.erase(p);
    }
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view tail : {"。", "：", ":", "，", "；", "."}) {
      if (t.ends_with(tail)) {
        t.erase(t.size() - tail.size());
        changed = true;
      }
    }
  }
  return t;
}

bool IsBudgetTotal(std::string_view item) {
  std::string s = Squeeze(item);
  return Contains(s, "总额") || Contains(s, "合计") || Contains(s, "资金总") ||
         Contains(s, "总计");
}

int MarkerNumber(std::string_view marker) {
  int n = 0;
  bool digits = false;
  for (size_t pos = 0; pos < marker.size();) {
    char32_t c = DecodeUtf8(marker, &pos);
    if (c >= '0' && c <= '9') {
      n = n * 10 + int(c - '0');
      digits = true;
    }
  }
  if (digits) return n;
  // 一 … 九, 十, 十一 … 九十九.
  static constexpr char32_t kHan[] = U"一二三四五六七八九";
  int value = 0, unit = 0;
  bool any = false;
  for (size_t pos = 0; pos < marker.size();) {
    char32_t c = DecodeUtf8(marker, &pos);
    if (c == U'十') {
      value += (unit == 0 ? 1 : unit) * 10;
      unit = 0;
      any = true;
      continue;
    }
    for (int k = 0; k < 9; ++k) {
      if (kHan[k] == c) {
        unit = k + 1;
        any = true;
      }
    }
  }
  return any ? value + unit : -1;
}

bool NumberedFromOne(const std::vector<Section>& sections,
                     const std::vector<size_t>& items) {
  for (size_t k = 0; k < items.size(); ++k) {
    if (MarkerNumber(sections[items[k]].marker) != int(k) + 1) return false;
  }
  return true;
}

// --- Numbers and findings ---------------------------------------------------

std::string Printed(const Fact& f) { return f.value + f.unit; }

std::string Str(const Decimal& d) { return d.ToCanonicalString(); }

std::string InUnitOf(const Decimal& base, const Fact& like) {
  int exp = (like.kind == "amount" || like.kind == "count")
                ? UnitExponent(like.unit)
                : 0;
  return Str(base.Shift(-exp)) + like.unit;
}

std::string Percent(const Decimal& a, const Decimal& b) {
  std::optional<Decimal> q = Decimal::Divide(a * Decimal::FromInt(100), b, 2);
  return q ? Str(*q) + "%" : "—";
}

bool RatioHolds(const Decimal& num, const Decimal& den, const Decimal& stated) {
  if (den.is_zero()) {
    return num.is_zero() && stated == Decimal::FromInt(100);
  }
  // |num/den*100 - stated| <= half  <=>  |num*100 - stated*den| <= half*den
  Decimal d = den.Abs();
  Decimal diff = (num * Decimal::FromInt(100) - stated * den).Abs();
  return diff <= stated.HalfUnit() * d;
}

Finding MakeFinding(std::string rule, std::string severity, std::string message,
                    std::string expected, std::string actual, int page_no,
                    std::vector<int64_t> fact_ids) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = std::move(severity);
  f.message = std::move(message);
  f.expected = std::move(expected);
  f.actual = std::move(actual);
  f.page_no = page_no;
  f.fact_ids = std::move(fact_ids);
  return f;
}

int RescaledMember(const View& v, const std::vector<int>& members,
                   const std::vector<int>& signs, int* k_out) {
  Decimal sum, tol;
  for (size_t m = 0; m < members.size(); ++m) {
    const Num& n = v.num(members[m]);
    if (!n.ok || v.fact(members[m]).kind != "amount") return -1;
    sum = sum + (signs[m] > 0 ? n.base : -n.base);
    tol = tol + n.half;
  }
  int found = -1, found_k = 0;
  for (size_t m = 0; m < members.size(); ++m) {
    const Num& n = v.num(members[m]);
    if (n.base.is_zero()) continue;
    for (int k : {4, -4, 8, -8}) {
      Decimal moved = n.base.Shift(k) - n.base;
      Decimal s = sum + (signs[m] > 0 ? moved : -moved);
      Decimal t = tol - n.half + n.half.Shift(k);
      if (s.Abs() <= t) {
        if (found >= 0) return -1;  // ambiguous: no single culprit
        found = int(m);
        found_k = k;
      }
    }
  }
  if (found >= 0) *k_out = found_k;
  return found;
}

std::string RescaledUnit(const Fact& f, int k) {
  int exp = UnitExponent(f.unit) + k;
  std::string_view base = f.unit;
  for (std::string_view m : {"亿", "万", "千"}) {
    if (base.starts_with(m)) base.remove_prefix(m.size());
  }
  std::string prefix = exp == 8 ? "亿" : exp == 4 ? "万" : exp == 3 ? "千" : "";
  if (exp != 0 && prefix.empty()) return "";
  return f.value + prefix + std::string(base);
}

int FindTableFact(const View& v, int page, std::string_view row_key,
                  std::string_view column, const Decimal& value) {
  std::string key = Squeeze(row_key);
  for (int i = 0; i < v.size(); ++i) {
    const Fact& f = v.fact(i);
    if (!f.in_table || f.page_no != page || !v.num(i).ok) continue;
    if (!f.label.ends_with(column)) continue;
    if (!Contains(Squeeze(f.context), key)) continue;
    if (v.num(i).value == value) return i;
  }
  return -1;
}

}  // namespace tally::check::internal
