// The relations part: the context every finder reads, fact roles, and the
// order the finders run in.
#include "extract/relations.h"

#include <algorithm>

#include "base/decimal.h"
#include "base/numerals.h"
#include "base/utf8.h"
#include "extract/parts.h"

namespace tally::extract {
namespace rel {
namespace {

constexpr std::string_view kStops[] = {"。", "！", "？", "!", "?"};

// The end of the sentence starting at `from` in text: after its stop, or
// text.size().
size_t SentenceEnd(std::string_view text, size_t from) {
  size_t end = text.size();
  for (std::string_view stop : kStops) {
    size_t at = text.find(stop, from);
    if (at != std::string_view::npos) end = std::min(end, at + stop.size());
  }
  return end;
}

}  // namespace

Context::Context(const DocText& doc, const TableIndex& tables,
                 const Lexicons& lex, Extracted* out)
    : doc_(doc), tables_(tables), lex_(lex), out_(out) {
  line_facts_.resize(doc.lines.size());
  sentence_of_.assign(out->facts.size(), -1);
  // Lines of each page by start, to place each fact on its line.
  std::vector<std::vector<std::pair<uint32_t, int>>> by_page(
      doc.pages ? doc.pages->size() : 0);
  for (size_t l = 0; l < doc.lines.size(); ++l) {
    const Line& line = doc.lines[l];
    if (size_t(line.page) < by_page.size()) {
      by_page[size_t(line.page)].push_back({line.begin, int(l)});
    }
  }
  std::vector<int>& page_index = page_index_;
  if (doc.pages) {
    for (size_t p = 0; p < doc.pages->size(); ++p) {
      int no = (*doc.pages)[p].page_no;
      if (no >= 0 && no < 1000000) {
        if (page_index.size() <= size_t(no))
          page_index.resize(size_t(no) + 1, -1);
        page_index[size_t(no)] = int(p);
      }
    }
  }
  std::vector<int> line_of(out->facts.size(), -1);
  for (size_t i = 0; i < out->facts.size(); ++i) {
    const Fact& f = out->facts[i];
    if (f.page_no < 0 || size_t(f.page_no) >= page_index.size()) continue;
    int p = page_index[size_t(f.page_no)];
    if (p < 0) continue;
    const auto& lines = by_page[size_t(p)];
    auto it = std::upper_bound(lines.begin(), lines.end(),
                               std::make_pair(f.text_begin, INT32_MAX));
    if (it == lines.begin()) continue;
    int l = std::prev(it)->second;
    if (f.text_begin > doc.lines[size_t(l)].end) continue;
    line_of[i] = l;
    line_facts_[size_t(l)].push_back(int(i));
  }
  for (std::vector<int>& facts : line_facts_) {
    std::stable_sort(facts.begin(), facts.end(), [&](int a, int b) {
      return out->facts[size_t(a)].text_begin <
             out->facts[size_t(b)].text_begin;
    });
  }
  // Sentences of body lines.
  for (size_t l = 0; l < doc.lines.size(); ++l) {
    const Line& line = doc.lines[l];
    if (line.table >= 0) continue;
    const std::vector<int>& facts = line_facts_[l];
    size_t k = 0;
    for (size_t at = 0; at < line.text.size();) {
      size_t end = SentenceEnd(line.text, at);
      Sentence s;
      s.line = int(l);
      s.begin = line.begin + uint32_t(at);
      s.end = line.begin + uint32_t(end);
      while (k < facts.size() &&
             out->facts[size_t(facts[k])].text_begin < s.end) {
        s.facts.push_back(facts[k]);
        sentence_of_[size_t(facts[k])] = int(sentences_.size());
        ++k;
      }
      sentences_.push_back(std::move(s));
      at = end;
    }
  }
  other_year_.resize(out->facts.size());
  const Lexicon& change = lex.Get("change");
  const Lexicon& years = lex.Get("year_pair");
  for (size_t i = 0; i < out->facts.size(); ++i) {
    other_year_[i] = OfOtherYear(*this, change, years, int(i));
  }
}

std::string_view Context::PageText(int line) const {
  const Line& l = doc_.lines[size_t(line)];
  return (*doc_.pages)[size_t(l.page)].text;
}

std::string_view Context::Between(int i, uint32_t begin, uint32_t end) const {
  const Fact& f = fact(i);
  if (f.page_no < 0 || size_t(f.page_no) >= page_index_.size()) return {};
  int p = page_index_[size_t(f.page_no)];
  if (p < 0) return {};
  std::string_view text = (*doc_.pages)[size_t(p)].text;
  begin = std::min<uint32_t>(begin, uint32_t(text.size()));
  end = std::min<uint32_t>(std::max(begin, end), uint32_t(text.size()));
  return text.substr(begin, end - begin);
}

std::vector<int> Context::CellFacts(int line, int col) const {
  std::vector<int> out;
  if (line < 0 || col < 0) return out;
  const Line& l = doc_.lines[size_t(line)];
  if (size_t(col) >= l.cells.size()) return out;
  const Cell& c = l.cells[size_t(col)];
  // The line's facts are in text order: the cell's are one run of them,
  // found by binary search (a reader may ask for every cell of a wide row).
  const std::vector<int>& facts = line_facts_[size_t(line)];
  auto it = std::lower_bound(facts.begin(), facts.end(), c.begin,
                             [&](int i, uint32_t at) {
                               return out_->facts[size_t(i)].text_begin < at;
                             });
  for (; it != facts.end(); ++it) {
    uint32_t b = out_->facts[size_t(*it)].text_begin;
    if (b >= std::max(c.end, c.begin + 1)) break;
    out.push_back(*it);
  }
  return out;
}

int Context::CellNumber(int line, int col) const {
  for (int i : CellFacts(line, col)) {
    const Fact& f = fact(i);
    if (f.kind == "amount" || f.kind == "percent" || f.kind == "score" ||
        f.kind == "count") {
      return i;
    }
  }
  return -1;
}

void Context::Add(Relation r) {
  if (r.members.empty()) return;
  if (r.page_no == 0) r.page_no = fact(r.members.front().fact).page_no;
  out_->relations.push_back(std::move(r));
}

// A lexicon word's pieces between `sep` ("门诊/住院" -> 门诊, 住院): the
// members of a partition, the classes of a definition and their names.
std::vector<std::string> SplitAt(std::string_view w, char sep) {
  std::vector<std::string> out;
  for (size_t at = 0; at <= w.size();) {
    size_t end = w.find(sep, at);
    if (end == std::string_view::npos) end = w.size();
    out.emplace_back(w.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

bool Summable(const Fact& f) {
  return (f.kind == "amount" || f.kind == "count") && !f.base_value.empty();
}

bool IsOpenBracket(std::string_view s) {
  return s.starts_with("（") || s.starts_with("(");
}
bool IsCloseBracket(std::string_view s) {
  return s.starts_with("）") || s.starts_with(")");
}

bool ClosesBracket(std::string_view text) {
  int d = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    std::string_view rest = text.substr(k);
    if (IsOpenBracket(rest)) ++d;
    if (IsCloseBracket(rest) && --d < 0) return true;
  }
  return false;
}

bool CountsItems(const Lexicon& list, std::string_view measure) {
  return list.Has("item", measure);
}

std::optional<int> AnnouncedCount(const Lexicon& list, std::string_view text) {
  std::u32string s;
  for (size_t pos = 0; pos < text.size();) s.push_back(DecodeUtf8(text, &pos));
  for (size_t k = 0; k + 1 < s.size(); ++k) {
    size_t pos = k;
    std::optional<int> n = ParseSmallNumber(s, &pos, 2);
    // A list has two parts or more: "一条龙", "一项" name no count.
    if (!n || *n < 2 || pos >= s.size() || pos == k) continue;
    if (k > 0 && ((s[k - 1] >= '0' && s[k - 1] <= '9') ||
                  ChineseDigit(s[k - 1]) >= 0 || s[k - 1] == U'第')) {
      continue;
    }
    std::string measure;
    AppendUtf8(s[pos], &measure);
    if (CountsItems(list, measure)) return n;
  }
  return std::nullopt;
}

bool IsPerHeadUnit(const LexEntry& e) {
  const std::string_view n = e.name;
  return n != "people" && n != "period" && n != "average" && n != "bound" &&
         n != "price";
}

bool NamesPerUnit(const Lexicon& per_head, std::string_view label, size_t* at) {
  size_t first = std::string_view::npos;
  for (const LexEntry& e : per_head.entries()) {
    if (!IsPerHeadUnit(e)) continue;
    for (const std::string& w : e.words) {
      first = std::min(first, label.find(w));
    }
  }
  for (size_t k = label.find("每"); k != std::string_view::npos && k < first;
       k = label.find("每", k + 1)) {
    const std::string_view rest =
        label.substr(k + std::string_view("每").size());
    if (!rest.empty() && !rest.starts_with("年") &&
        !per_head.StartsWith(rest, "period")) {
      first = k;
      break;
    }
  }
  if (at) *at = first;
  return first != std::string_view::npos;
}

bool IsItemCount(const Lexicon& list, const Fact& f) {
  return f.kind == "count" && CountsItems(list, f.unit);
}

namespace {

// Whether text opens with a than-word and, within a few characters, a year;
// with `same_period`, 同比 (against the same time of the year before) names
// one itself.
bool ThanYear(const Lexicon& change, std::string_view text, bool same_period) {
  const LexEntry* than = change.Entry("than");
  if (!than) return false;
  if (size_t len = 0; change.StartsWith(text, "basis", &len)) {
    text.remove_prefix(len);
  }
  for (const std::string& w : than->words) {
    std::string_view head = std::string_view(w).substr(0, w.find('/'));
    if (!text.starts_with(head)) continue;
    if (same_period && head == "同比") return true;
    std::string_view rest = text.substr(head.size());
    // The year it names, within its first few characters: 上年, 去年,
    // 同期, 2021年.
    std::string_view near = rest.substr(0, std::min<size_t>(rest.size(), 18));
    if (near.find("年") != std::string_view::npos ||
        near.find("同期") != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::map<int, int> TotalsOfParts(const Context& ctx) {
  std::map<int, int> total_of;
  for (const Relation& r : ctx.out()->relations) {
    if (r.kind != "breakdown" || r.members.empty() ||
        r.members.front().role != "total") {
      continue;
    }
    for (const RelationMember& m : r.members) {
      if (m.role == "part") total_of.emplace(m.fact, r.members.front().fact);
    }
  }
  return total_of;
}

bool Bare(const Lexicon& way, std::string_view text) {
  for (const char* name : {"up", "down"}) {
    const LexEntry* e = way.Entry(name);
    if (e &&
        std::find(e->words.begin(), e->words.end(), text) != e->words.end()) {
      return true;
    }
  }
  return false;
}

bool AgainstOtherYear(const Lexicon& change, std::string_view text) {
  return ThanYear(change, text, /*same_period=*/true);
}

// Whether a label is a subject and then a comparison with another year
// that closes it (本年支出比上年, 收入较2022年度): the label of that year's
// figure of the subject (本年支出比上年5,976.18万元增加896.14万元).
bool SubjectThanYear(const Lexicon& change, std::string_view label) {
  const LexEntry* than = change.Entry("than");
  if (!than) return false;
  for (const std::string& w : than->words) {
    if (w.find('/') != std::string::npos || w.size() != 3) continue;  // 较 比
    const size_t at = label.find(w);
    if (at == std::string_view::npos || at < 6) continue;
    const std::string_view rest = label.substr(at);
    if (CodePoints(rest) <= 7 && ThanYear(change, rest, false) &&
        (rest.ends_with("年") || rest.ends_with("年度") ||
         rest.ends_with("同期"))) {
      return true;
    }
  }
  return false;
}

bool OtherYears(const Lexicon& change, std::string_view label) {
  // (The way is read last, as most labels open with no comparison; a
  // label 同比 alone is a rate's, not the other year's figure.)
  if (!ThanYear(change, label, /*same_period=*/false) &&
      !SubjectThanYear(change, label)) {
    return false;
  }
  const std::string way = change.Name(label);
  return way != "up" && way != "down";
}

bool ComparedWith(const Lexicon& change, std::string_view label) {
  if (OtherYears(change, label)) return true;
  size_t len = 0;
  if (!change.StartsWith(label, "than", &len) || len == label.size() ||
      label.find_first_of("0123456789") != std::string_view::npos) {
    return false;
  }
  const std::string way = change.Name(label);
  return way != "up" && way != "down";
}

// How many bytes before a figure its clause's words are looked for: the
// words that name a figure stand right before it, and a look back bounded
// so keeps a sentence of 10^5 figures linear.
constexpr uint32_t kClauseReach = 120;

// The words of fact i's clause before it (ClauseStart), within
// kClauseReach bytes; empty when the clause reaches further (no stop
// within the reach: its words are not all there).
std::string_view ClauseBefore(const Context& ctx, int i) {
  const Fact& f = ctx.fact(i);
  const uint32_t from = f.text_begin - f.sentence_begin > kClauseReach
                            ? f.text_begin - kClauseReach
                            : f.sentence_begin;
  std::string_view before = ctx.Between(i, from, f.text_begin);
  const size_t start = ClauseStart(before);
  if (start == 0 && from > f.sentence_begin) return {};
  return before.substr(start);
}

bool OfOtherYear(const Context& ctx, const Lexicon& change,
                 const Lexicon& years, int i) {
  const Fact& f = ctx.fact(i);
  if (OtherYears(change, f.label)) return true;
  // A label that opens with the year before (上年该项目实际支出, 去年同期
  // 支出), or is that word alone (…增长3.0%（上年121,620万元）), names that
  // year's figure; what that year left or closed with
  // (上年结转, 上年转列项目, 上年结余, 上年末滚存) is this year's to start
  // from.
  if (size_t len = 0; years.StartsWith(f.label, "before", &len)) {
    const std::string_view rest = std::string_view(f.label).substr(len);
    bool carried = rest.starts_with("末") || rest.starts_with("底");
    for (std::string_view w : {"转", "结余", "结存", "滚存"}) {
      carried = carried || rest.find(w) != std::string_view::npos;
    }
    if (!carried) return true;
  }
  if (!OtherYears(change, ClauseBefore(ctx, i))) return false;
  const std::string way = change.Name(f.label);
  return way != "up" && way != "down";
}

int OpeningYear(const Context& ctx, int i) {
  const Fact& f = ctx.fact(i);
  // Past an item marker: （二）, (1), 1. or 一、.
  return LeadingYear(
      WithoutOpeningMarker(ctx.Between(i, f.sentence_begin, f.text_begin)));
}

int LeadingYear(std::string_view s) {
  s = TrimSpace(s);
  if (s.size() < 7 || !(s.starts_with("19") || s.starts_with("20"))) return 0;
  int year = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (s[k] < '0' || s[k] > '9') return 0;
    year = year * 10 + (s[k] - '0');
  }
  return s.substr(4).starts_with("年") ? year : 0;
}

size_t SharedTail(std::string_view a, std::string_view b, size_t* bytes) {
  const size_t whole = b.size();
  size_t n = 0;
  while (!a.empty() && !b.empty()) {
    size_t pa = a.size(), pb = b.size();
    while (pa > 0 && (a[pa - 1] & 0xC0) == 0x80) --pa;
    while (pb > 0 && (b[pb - 1] & 0xC0) == 0x80) --pb;
    if (pa == 0 || pb == 0 || a.substr(pa - 1) != b.substr(pb - 1)) break;
    a = a.substr(0, pa - 1);
    b = b.substr(0, pb - 1);
    ++n;
  }
  if (bytes) *bytes = whole - b.size();
  return n;
}

std::string_view WithoutLeadingYear(std::string_view s) {
  if (LeadingYear(s) == 0) return s;
  std::string_view rest = TrimSpace(s).substr(4);
  for (std::string_view w : {"年度", "年"}) {
    if (rest.starts_with(w)) return rest.substr(w.size());
  }
  return rest;
}

int LatestYear(std::string_view s) {
  int latest = 0;
  for (size_t at = s.find("年"); at != std::string_view::npos;
       at = s.find("年", at + 1)) {
    if (at < 4 || (at > 4 && s[at - 5] >= '0' && s[at - 5] <= '9')) continue;
    latest = std::max(latest, LeadingYear(s.substr(at - 4)));
  }
  return latest;
}

bool ShareWhole(const Context& ctx, const Sentence& sen, size_t j) {
  if (j + 1 >= sen.facts.size()) return false;
  const int i = sen.facts[j];
  const Fact &f = ctx.fact(i), &next = ctx.fact(sen.facts[j + 1]);
  return next.kind == "percent" &&
         TrimSpace(ctx.Between(i, f.text_end, next.text_begin)) == "的";
}

std::string_view CountMeasure(std::string_view unit) {
  for (std::string_view m : {"亿", "万", "千"}) {
    if (unit.starts_with(m)) return unit.substr(m.size());
  }
  return unit;
}

namespace {

// The measure words a count's unit names: one, or two where it offers a
// second ("15台（套）", "台/套": what was bought, counted in either).
std::vector<std::string_view> Measures(std::string_view unit) {
  unit = CountMeasure(unit);
  for (std::string_view open : {"（", "(", "/", "／"}) {
    const size_t at = unit.find(open);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view second = unit.substr(at + open.size());
    for (std::string_view close : {"）", ")"}) {
      if (second.ends_with(close)) second.remove_suffix(close.size());
    }
    return {unit.substr(0, at), second};
  }
  return {unit};
}

}  // namespace

bool SameFamily(const Fact& a, const Fact& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == "amount") {
    return a.unit.ends_with("元") && b.unit.ends_with("元");
  }
  if (a.kind == "count") {
    for (std::string_view x : Measures(a.unit)) {
      for (std::string_view y : Measures(b.unit)) {
        if (x == y) return true;
      }
    }
    return false;
  }
  return a.unit == b.unit;
}

void AddMembers(Relation* r, std::string_view role, const std::vector<int>& f) {
  for (int i : f) r->members.push_back({std::string(role), i});
}

void AddWhole(Context* ctx, const char* kind, const char* rule,
              std::string name, int total, const std::vector<int>& parts,
              std::string evidence) {
  Relation r;
  r.kind = kind;
  r.rule = rule;
  r.name = std::move(name);
  r.complete = "yes";
  r.evidence = std::move(evidence);
  r.members.push_back({"total", total});
  AddMembers(&r, "part", parts);
  ctx->Add(std::move(r));
}

namespace {

// The role entry whose word opens `text` (the longest such word), other
// than a fund or a non-role; null if none.
const LexEntry* Leading(const Lexicon& lex, std::string_view text,
                        std::string_view kind) {
  const LexEntry* best = nullptr;
  size_t longest = 0;
  for (const LexEntry& e : lex.entries()) {
    if (e.name == "fund" || e.name == "none") continue;
    if (!e.kinds.empty() &&
        std::find(e.kinds.begin(), e.kinds.end(), kind) == e.kinds.end()) {
      continue;
    }
    for (const std::string& w : e.words) {
      if (w.size() > longest && text.starts_with(w)) {
        best = &e;
        longest = w.size();
      }
    }
  }
  return best;
}

}  // namespace

// Whether a label is a comparison with a year by its number alone:
// 较2022年, 比2021年度, 较2022年同期的.
bool ComparisonWithYear(std::string_view label) {
  std::string s = Squeeze(label);
  std::string_view v = s;
  if (!v.starts_with("较") && !v.starts_with("比")) return false;
  v.remove_prefix(std::string_view("较").size());
  if (v.size() < 4 || v.substr(0, 2) != "20" ||
      !std::all_of(v.begin(), v.begin() + 4,
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  v.remove_prefix(4);
  for (std::string_view w : {"年", "度", "同期", "的"}) {
    if (v.starts_with(w)) v.remove_prefix(w.size());
  }
  return v.empty();
}

namespace {

// The names of a list before a word that says "respectively": quoted
// (评价为“非常满意”“满意”“基本满意”的), else parted by 、 with the last
// two parted by a joining word (中央资金、省级资金和县级资金), each named
// with what it holds; empty when `n` names cannot be told apart.
std::vector<std::string> RespectiveNames(const Lexicon& list,
                                         std::string_view segment, size_t n) {
  std::vector<std::string> names;
  for (size_t open = segment.find("“"); open != std::string_view::npos;
       open = segment.find("“", open + 1)) {
    const size_t begin = open + std::string_view("“").size();
    const size_t close = segment.find("”", begin);
    if (close == std::string_view::npos) break;
    names.push_back(Squeeze(segment.substr(begin, close - begin)));
  }
  if (names.size() >= 2) {
    if (names.size() != n) names.clear();
    return names;
  }
  names.clear();
  std::vector<std::string_view> items;
  for (size_t from = 0;;) {
    const size_t at = segment.find("、", from);
    items.push_back(segment.substr(from, at - from));
    if (at == std::string_view::npos) break;
    from = at + std::string_view("、").size();
  }
  // The last two joined by a word (和, 及, 与, 以及) rather than 、.
  if (items.size() + 1 == n) {
    const std::string_view last = items.back();
    const LexEntry* join = list.Entry("join");
    if (!join) return {};
    size_t cut = std::string_view::npos, len = 0;
    for (const std::string& w : join->words) {
      if (w == "、") continue;
      const size_t at = last.rfind(w);
      if (at != std::string_view::npos && at > 0 &&
          (cut == std::string_view::npos || at > cut)) {
        cut = at;
        len = w.size();
      }
    }
    if (cut == std::string_view::npos) return {};
    items.back() = last.substr(0, cut);
    items.push_back(last.substr(cut + len));
  }
  if (items.size() != n) return {};
  for (std::string_view item : items) {
    std::string name = Squeeze(item);
    if (CodePoints(name) < 2) return {};
    names.push_back(std::move(name));
  }
  return names;
}

}  // namespace

void NameRespectively(Context* ctx) {
  const Lexicon& list = ctx->lex().Get("list");
  const Lexicon& enumeration = ctx->lex().Get("enumeration");
  const LexEntry* respective = enumeration.Entry("respective");
  if (!respective) return;
  std::vector<Fact>& facts = ctx->out()->facts;
  // Names are short: a longer run before the word names no list.
  constexpr size_t kMaxNamesBytes = 240;
  for (const Sentence& sen : ctx->sentences()) {
    if (sen.facts.size() < 2) continue;
    const std::string_view text =
        ctx->Between(sen.facts[0], sen.begin, sen.end);
    // (Read forward once: where the clause of each 分别 opens, and the
    // first fact after it by binary search, so a hostile sentence costs
    // its length.)
    size_t scanned = 0, from = 0;
    auto fact_at = [&](size_t offset) {  // the first fact at or after it
      return size_t(std::partition_point(sen.facts.begin(), sen.facts.end(),
                                         [&](int i) {
                                           return facts[size_t(i)].text_begin -
                                                      sen.begin <
                                                  offset;
                                         }) -
                    sen.facts.begin());
    };
    for (size_t at = text.find("分别"); at != std::string_view::npos;
         at = text.find("分别", at + 1)) {
      // The longest word of the entry that starts here.
      size_t word = 0;
      for (const std::string& w : respective->words) {
        if (text.substr(at).starts_with(w)) word = std::max(word, w.size());
      }
      if (word == 0) continue;
      // The names: back to the clause's start, no figure among them.
      while (scanned < at) {
        const char32_t c = DecodeUtf8(text, &scanned);
        if (IsClauseStop(c) && c != U'、') from = scanned;
      }
      if (at - from > kMaxNamesBytes || fact_at(from) != fact_at(at)) continue;
      // The figures: right after the word (a colon between), parted by
      // 、 ， or a joining word only.
      std::vector<int> figures;
      size_t after = at + word;
      for (size_t k = fact_at(after); k < sen.facts.size(); ++k) {
        const int i = sen.facts[k];
        const Fact& f = facts[size_t(i)];
        const size_t b = f.text_begin - sen.begin, e = f.text_end - sen.begin;
        std::string gap = Squeeze(text.substr(after, b - after));
        for (std::string_view sep : {"：", ":", "、", "，", "和", "及", "与"}) {
          if (gap.starts_with(sep)) gap.erase(0, sep.size());
        }
        if (!gap.empty()) break;
        figures.push_back(i);
        after = e;
      }
      if (figures.size() < 2) continue;
      const std::vector<std::string> names =
          RespectiveNames(list, text.substr(from, at - from), figures.size());
      if (names.empty()) continue;
      // Only figures the clause reader left unnamed (it names them by the
      // words before the list: nothing, the respective word, or the word
      // joining the last: 和).
      bool unnamed = true;
      for (int i : figures) {
        const std::string label = Squeeze(facts[size_t(i)].label);
        unnamed =
            unnamed && (label.empty() || enumeration.Has("respective", label) ||
                        list.Has("join", label));
      }
      if (!unnamed) continue;
      for (size_t k = 0; k < figures.size(); ++k) {
        facts[size_t(figures[k])].label = names[k];
      }
    }
  }
}

void AssignRoles(Context* ctx) {
  const Lexicon& roles = ctx->lex().Get("role");
  const Lexicon& points = ctx->lex().Get("score_role");
  const Lexicon& way = ctx->lex().Get("change");
  const Lexicon& fresh = ctx->lex().Get("new_money");
  const Lexicon& shortfall = ctx->lex().Get("shortfall");
  const Lexicon& per_head = ctx->lex().Get("per_head");
  for (Fact& f : ctx->out()->facts) {
    const Lexicon& lex = f.kind == "score" ? points : roles;
    size_t end = 0;
    const LexEntry* e = lex.Find(f.label, f.kind, &end);
    std::string role = e ? e->name : "";
    // An amount said per unit after what it is of (村级组织运转经费按每村
    // 每年10万元标准, 补助标准为每人300元) is a standard: no figure of the
    // accounts. (A role named after it, 生均公用经费年初预算, is the role
    // of money so named.)
    if (size_t per = 0; f.kind == "amount" && e &&
                        NamesPerUnit(per_head, f.label, &per) && per >= end) {
      f.role.clear();
      continue;
    }
    // Points right before words that say a score is taken out of them
    // ("产出指标75分中得72分": score_role, weight_after) are the weight.
    if (f.kind == "score" &&
        points.StartsWith(ctx->Between(int(&f - ctx->out()->facts.data()),
                                       f.text_end, f.text_end + 12),
                          "weight_after")) {
      f.role = "weight";
      continue;
    }
    // Points in brackets right after a name, closing their line (a table's
    // caption or a heading: 绩效指标评分表（90分）, 预算执行率评分（10分）),
    // state what the part is worth though a score word names it: the
    // weight. (Named by no such word, 产出指标（50分）, they keep no role:
    // the readers of weights in brackets read them.)
    if (f.kind == "score" && role == "score" && !f.in_table) {
      const int i = int(&f - ctx->out()->facts.data());
      const std::string_view open = ctx->Between(
          i, f.text_begin >= 3 ? f.text_begin - 3 : 0, f.text_begin);
      const std::string_view close =
          ctx->Between(i, f.text_end, f.text_end + 4);
      if ((open.ends_with("（") || open.ends_with("(")) &&
          (close == "）" || close == ")" || close.starts_with("）\n") ||
           close.starts_with(")\n"))) {
        f.role = "weight";
        continue;
      }
    }
    // A figure right before words saying it did not happen ("尚有60.00万元
    // 未到位": lexicon shortfall) is a shortfall, no figure of the accounts.
    if (f.kind == "amount" &&
        shortfall.StartsWith(ctx->Between(int(&f - ctx->out()->facts.data()),
                                          f.text_end, f.text_end + 12),
                             "after")) {
      f.role.clear();
      continue;
    }
    // A fund noun takes the role of the verb that governs it: the one
    // right before it (支付资金 is a payment, 结余资金 a balance, 下达经费
    // an allocation) or the one that opens the label, whatever names the
    // fund between them (预算飞行经费 a budget, 实际执行飞行经费 a payment).
    if (role == "fund") {
      // The fund word the lookup took: the longest ending there (补贴资金,
      // not 资金, so that 实际兑付 is the verb before it).
      const std::string* noun = nullptr;
      for (const std::string& w : e->words) {
        if (end >= w.size() && !f.label.compare(end - w.size(), w.size(), w) &&
            (!noun || w.size() > noun->size())) {
          noun = &w;
        }
      }
      if (noun) {
        std::string_view before =
            std::string_view(f.label).substr(0, end - noun->size());
        // "全年预算资金中中央财政补助资金": a 中 right after a word of the
        // accounts makes what precedes it the whole the figure is a part
        // of; the part's own words govern it. (The loop's `continue` steps
        // to the 中 before.)
        for (size_t at = before.rfind("中"); at != std::string_view::npos;
             at = at == 0 ? std::string_view::npos
                          : before.rfind("中", at - 1)) {
          // (Not the 中 of 中央, 中小企业, 中心.)
          const std::string_view next = before.substr(at + 3);
          if (next.starts_with("央") || next.starts_with("小") ||
              next.starts_with("心")) {
            continue;
          }
          size_t wend = 0;
          const LexEntry* whole = lex.Find(before.substr(0, at), f.kind, &wend);
          if (whole && wend == at && whole->name != "none") {
            before.remove_prefix(at + std::string_view("中").size());
            break;
          }
        }
        size_t vend = 0;
        const LexEntry* verb = lex.Find(before, f.kind, &vend);
        // (A word the 性 of a class qualifies is a noun, no verb: 政策性社
        // 会性支出补助 is a subsidy of such spending, not a payment.)
        auto qualified = [&] {
          for (const std::string& w : verb->words) {
            if (before.ends_with(w) &&
                before.substr(0, before.size() - w.size()).ends_with("性")) {
              return true;
            }
          }
          return false;
        };
        if (verb && vend == before.size() && verb->name != "fund" &&
            verb->name != "none" && !qualified()) {
          role = verb->name;
          // Money newly made available (本年新增拨款, lexicon new_money)
          // is an allocation, unless compared with another year (比上年新
          // 增资金 is a change).
          if (role == "change" && fresh.EndsWith(before, "new") &&
              !way.Contains(f.label, "than")) {
            role = "allocated";
          }
        } else if (const LexEntry* lead = Leading(lex, before, f.kind)) {
          role = lead->name;
        }
      }
    }
    // What a figure was adjusted to (调整为73408万元, 调减至…) is the
    // adjusted budget, not the adjustment.
    if (role == "adjust") {
      const int i = int(&f - ctx->out()->facts.data());
      const std::string_view before = TrimSpace(ctx->Between(
          i, f.text_begin > 6 ? f.text_begin - 6 : 0, f.text_begin));
      if (before.ends_with("为") || before.ends_with("至") ||
          before.ends_with("到")) {
        role = "full";
      }
    }
    if (role != "change" &&
        ctx->OtherYear(int(&f - ctx->out()->facts.data()))) {
      role.clear();
      // A year by its number (较2022年的43,917.66万元) is read as the year
      // before by its word (较上年的…, role change in roles.lex).
      if (ComparisonWithYear(f.label)) role = "change";
    }
    // A count is a change when its label compares it with another year
    // ("参保人数32.5万人，较上年减少0.8万人"), or when it is a direction alone
    // right after the other year's figure of its kind ("培训1500人次，较上年
    // 的1200人次增加300人次"); with no comparison, 增加8个项目 is what was
    // added, a count of its own.
    if (f.kind == "count" && role.empty()) {
      const size_t i = size_t(&f - ctx->out()->facts.data());
      const std::string w = way.Name(f.label);
      const Fact* prev = i > 0 ? &ctx->out()->facts[i - 1] : nullptr;
      if ((w == "up" || w == "down") &&
          (AgainstOtherYear(way, f.label) ||
           (prev && prev->sentence == f.sentence && prev->kind == "count" &&
            ctx->OtherYear(int(i - 1)) && SameFamily(*prev, f) &&
            Bare(way, TrimSpace(f.label))))) {
        role = "change";
      }
    }
    f.role = role == "none" ? std::string() : role;
  }
}

}  // namespace rel

namespace rel {

void DropAdjustedRates(Context* ctx) {
  const Lexicon& change = ctx->lex().Get("change");
  std::vector<Relation>& rels = ctx->out()->relations;
  std::erase_if(rels, [&](const Relation& r) {
    if (r.kind != "ratio") return false;
    bool of_change = false, adjusted = false;
    for (const RelationMember& m : r.members) {
      of_change =
          of_change || (m.role == "rate" && ctx->fact(m.fact).role == "change");
      adjusted =
          adjusted || change.Contains(ClauseBefore(*ctx, m.fact), "adjusted");
    }
    return of_change && adjusted;
  });
}

}  // namespace rel

void ExtractRelations(const DocText& doc, const TableIndex& tables,
                      const Lexicons& lexicons, Extracted* out) {
  rel::Context ctx(doc, tables, lexicons, out);
  rel::NameRespectively(&ctx);
  rel::AssignRoles(&ctx);
  rel::FindBreakdowns(&ctx);
  rel::FindOutlineSums(&ctx);
  rel::FindBudgets(&ctx);
  rel::FindRatios(&ctx);
  rel::FindPerUnit(&ctx);
  rel::FindTableRelations(&ctx);
  rel::DropAdjustedRates(&ctx);
  rel::FindBounds(&ctx);  // after every budget and ratio (see FindBounds)
  rel::FindScores(&ctx);
  rel::FindGrades(&ctx);
  rel::FindStatedSteps(&ctx);
  rel::FindRestatements(&ctx);
  rel::FindSiblings(&ctx);
  rel::FindEnumerations(&ctx);
}

}  // namespace tally::extract
