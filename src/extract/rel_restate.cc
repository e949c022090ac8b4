// The same quantity stated twice (restatement), an amount among parallel
// amounts (siblings). See relations.h.
//
// Two statements are about the same thing only on strong evidence: a
// sentence printed again with the same sequence of labelled numbers, most
// of them equal (reports repeat whole paragraphs); the same printed number
// with units 10^4 apart; a table cell listing several percentages that a
// prose sentence lists too; a long figure retyped under the same name with
// two neighbouring digits swapped. Two labels that merely match (预算资金 of
// two projects) are not enough.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "base/decimal.h"
#include "base/edit_distance.h"
#include "base/numerals.h"
#include "base/printed.h"
#include "base/utf8.h"
#include "extract/relations.h"

namespace tally::extract::rel {
namespace {

// Adds a restatement of one quantity by two figures: `a` the one that
// restates (the suspect where they differ), `b` the one it restates.
void AddRestatement(Context* ctx, const char* rule, std::string name,
                    std::string evidence, int a, int b) {
  Relation r;
  r.kind = "restatement";
  r.rule = rule;
  r.name = std::move(name);
  r.evidence = std::move(evidence);
  r.members = {{"a", a}, {"b", b}};
  ctx->Add(std::move(r));
}

bool Numeric(const Fact& f) {
  return (f.kind == "amount" || f.kind == "count" || f.kind == "percent") &&
         Decimal::Parse(f.value).has_value();
}

// Labels that name the same thing, allowing for a character OCR added or
// misread in a long one.
bool SimilarLabels(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::u32string x, y;
  for (size_t p = 0; p < a.size();) x.push_back(DecodeUtf8(a, &p));
  for (size_t p = 0; p < b.size();) y.push_back(DecodeUtf8(b, &p));
  size_t shorter = std::min(x.size(), y.size());
  if (shorter < 6 || x.size() > 200 || y.size() > 200) return false;
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

std::string HeadingOf(const Context& ctx, int i) {
  int s = ctx.fact(i).section;
  const std::vector<Section>& sections = ctx.out()->sections;
  return s >= 0 && s < int(sections.size()) ? Squeeze(sections[size_t(s)].title)
                                            : "";
}

// Repeated sentences: same heading, same number of numbers, the same kinds
// and units in order. Sentences are bucketed by that key, so only
// candidates are compared.
void RepeatedSentences(Context* ctx) {
  const std::vector<Sentence>& ss = ctx->sentences();
  std::unordered_map<std::string, std::vector<size_t>> buckets;
  std::vector<std::vector<int>> numbers(ss.size());
  for (size_t s = 0; s < ss.size(); ++s) {
    for (int i : ss[s].facts) {
      if (Numeric(ctx->fact(i))) numbers[s].push_back(i);
    }
    if (numbers[s].size() < 2) continue;
    std::string key = HeadingOf(*ctx, numbers[s].front());
    for (int i : numbers[s]) {
      key += "|" + ctx->fact(i).kind + ":" + ctx->fact(i).unit;
    }
    buckets[key].push_back(s);
  }
  for (auto& [key, members] : buckets) {
    // Pairs within a bucket; a bucket of many alike sentences (a list of
    // projects in one format) says nothing about restatement.
    if (members.size() > 8) continue;
    for (size_t a = 0; a < members.size(); ++a) {
      const std::vector<int>& x = numbers[members[a]];
      for (size_t b = a + 1; b < members.size(); ++b) {
        const std::vector<int>& y = numbers[members[b]];
        size_t equal = 0;
        std::vector<size_t> differ;
        bool same = true;
        for (size_t k = 0; k < x.size() && same; ++k) {
          const Fact &fx = ctx->fact(x[k]), &fy = ctx->fact(y[k]);
          if (!SimilarLabels(fx.label, fy.label)) same = false;
          if (*Decimal::Parse(fx.value) == *Decimal::Parse(fy.value)) {
            ++equal;
          } else {
            differ.push_back(k);
          }
        }
        if (!same || differ.size() != 1 || equal < 2) continue;
        AddRestatement(
            ctx, "restate.sentence", ctx->fact(x[differ[0]]).label,
            "同一句话出现两次，其余 " + std::to_string(equal) + " 个数字相同",
            y[differ[0]], x[differ[0]]);
      }
    }
  }
}

// The same printed number in units 10^4 or 10^8 apart (a table's 194.19元
// against the text's 194.19万元). Short round numbers recur by chance, and
// zero is zero in every unit (0.00万元 and 0.00元 are one sum).
void SameNumberOtherUnit(Context* ctx) {
  const std::vector<Fact>& facts = ctx->out()->facts;
  std::map<std::string, std::map<std::string, std::vector<int>>> by_value;
  std::map<std::string, int> amounts_in;  // unit -> the report's amounts
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (f.kind == "amount") ++amounts_in[f.unit];
    if (f.kind != "amount" || !f.qualifier.empty()) continue;
    std::optional<Decimal> d = Decimal::Parse(f.value);
    if (!d || d->is_zero() ||
        (d->scale() == 0 && *d < Decimal::FromInt(1000))) {
      continue;
    }
    by_value[d->ToCanonicalString()][f.unit].push_back(int(i));
  }
  for (auto& [value, units] : by_value) {
    if (units.size() != 2) continue;
    auto a = units.begin(), b = std::next(a);
    Relation r;
    r.kind = "restatement";
    r.rule = "restate.same_number";
    r.name = facts[size_t(a->second.front())].label;
    r.evidence = "同一数字，单位不同";
    // The two named alike, one label holding the other of two characters
    // or more (项目支出 in 涉及项目支出预算), are one quantity by name as
    // well; two places' figures (繁昌区, 湾沚区) are not. Named alike, the
    // unit the report's amounts are in, three times as often as the other
    // or more, is the report's (detail "named 万元"; "named" alone when
    // neither unit is).
    const std::string la = Squeeze(facts[size_t(a->second.front())].label),
                      lb = Squeeze(facts[size_t(b->second.front())].label);
    const std::string& shorter = la.size() < lb.size() ? la : lb;
    const std::string& longer = la.size() < lb.size() ? lb : la;
    // Named otherwise, a number of five significant digits or more
    // (2307.64万元 and, paragraphs on, 上述项目资金2307.64元) recurs by
    // chance too rarely to be two quantities: where the report's amounts
    // are so in one of the units, that is its unit (detail "digits 万元").
    const int na = amounts_in[a->first], nb = amounts_in[b->first];
    const char* why = nullptr;
    if (CodePoints(shorter) >= 2 && longer.find(shorter) != std::string::npos) {
      why = "named";
      r.detail = why;
    } else if (SignificantDigits(value) >= 5) {
      why = "digits";
    }
    if (why && na >= 3 * nb && na >= 6) {
      r.detail = std::string(why) + " " + a->first;
    }
    if (why && nb >= 3 * na && nb >= 6) {
      r.detail = std::string(why) + " " + b->first;
    }
    // Members: every place of each unit, a before b.
    for (int i : a->second) r.members.push_back({"a", i});
    for (int i : b->second) r.members.push_back({"b", i});
    ctx->Add(std::move(r));
  }
}

// A table cell that lists several percentages ("医疗机构≥86.46% 病种≥94.84%
// 基金≥76.26%") against a prose sentence that lists the same ones: when all
// but one agree, the one left over is the same quantity stated in the
// prose with a label that contains the cell's word.
void CellsRestatedInProse(Context* ctx) {
  const std::vector<Fact>& facts = ctx->out()->facts;
  const DocText& doc = ctx->doc();
  std::vector<std::vector<int>> cells;
  for (size_t l = 0; l < doc.lines.size(); ++l) {
    const Line& line = doc.lines[l];
    if (line.table < 0) continue;
    for (size_t c = 0; c < line.cells.size(); ++c) {
      std::vector<int> pct;
      for (int i : ctx->CellFacts(int(l), int(c))) {
        if (facts[size_t(i)].kind == "percent") pct.push_back(i);
      }
      if (pct.size() >= 2) cells.push_back(std::move(pct));
    }
  }
  if (cells.empty()) return;
  // Prose sentences with two or more percents, indexed by value.
  std::unordered_map<std::string, std::vector<size_t>> by_value;
  const std::vector<Sentence>& ss = ctx->sentences();
  for (size_t s = 0; s < ss.size(); ++s) {
    int n = 0;
    for (int i : ss[s].facts) n += facts[size_t(i)].kind == "percent";
    if (n < 2) continue;
    for (int i : ss[s].facts) {
      if (facts[size_t(i)].kind != "percent") continue;
      std::optional<Decimal> d = Decimal::Parse(facts[size_t(i)].value);
      if (d) by_value[d->ToCanonicalString()].push_back(s);
    }
  }
  for (const std::vector<int>& cell : cells) {
    std::map<size_t, int> hits;  // sentence -> values of the cell it has
    for (int c : cell) {
      std::optional<Decimal> d = Decimal::Parse(facts[size_t(c)].value);
      if (!d) continue;
      auto it = by_value.find(d->ToCanonicalString());
      if (it == by_value.end()) continue;
      for (size_t s : it->second) ++hits[s];
    }
    for (auto [s, n] : hits) {
      if (n < 2 || size_t(n) + 1 != cell.size()) continue;
      std::vector<int> prose;
      for (int i : ss[s].facts) {
        if (facts[size_t(i)].kind == "percent") prose.push_back(i);
      }
      std::vector<bool> used(prose.size(), false);
      int left = -1;
      for (int c : cell) {
        bool hit = false;
        for (size_t k = 0; k < prose.size() && !hit; ++k) {
          if (!used[k] && *Decimal::Parse(facts[size_t(prose[k])].value) ==
                              *Decimal::Parse(facts[size_t(c)].value)) {
            used[k] = hit = true;
          }
        }
        if (!hit) left = c;
      }
      if (left < 0 || facts[size_t(left)].label.size() < 2) continue;
      for (size_t k = 0; k < prose.size(); ++k) {
        const Fact& p = facts[size_t(prose[k])];
        if (used[k] ||
            p.label.find(facts[size_t(left)].label) == std::string::npos) {
          continue;
        }
        AddRestatement(ctx, "restate.table_cell", p.label,
                       "同格其余数字与正文一致", left, prose[k]);
        break;
      }
    }
  }
}

// The thing a fact names, for comparing a prose figure with a table cell:
// a cell's label is "row column", and the row is what it names; a 其中 row
// names its part.
std::string NameOf(const Fact& f) {
  std::string_view s = f.label;
  if (f.in_table) s = s.substr(0, s.find(' '));
  for (std::string_view w : {"其中：", "其中:", "其中"}) {
    if (s.starts_with(w)) s.remove_prefix(w.size());
  }
  while (!s.empty() && (s.back() == ':' || s.ends_with("："))) {
    s.remove_suffix(s.back() == ':' ? 1 : std::string_view("：").size());
  }
  return std::string(s);
}

// The name of an indicator's actual stated in prose ("受益农户数目标值不少
// 于8,000户，实际完成8,254户"): a figure named by the word for what was
// done alone (completion lexicon, actual) right after a target (plan:
// 目标值) is of the thing the target names (受益农户数); else NameOf.
std::string ActualNameOf(const Context& ctx, int i) {
  const Fact& f = ctx.fact(i);
  const Lexicon& done = ctx.lex().Get("completion");
  size_t len = 0;
  if (!f.in_table && i > 0 && done.Has("actual", f.label)) {
    const Fact& t = ctx.fact(i - 1);
    // The indicator named in quotation marks right before its target
    // ("“校舍改造工程验收合格率”指标年度目标值≥95%，实际完成84.6%").
    if (t.sentence == f.sentence && t.page_no == f.page_no &&
        done.EndsWith(t.label, "plan", &len)) {
      const std::string_view head =
          ctx.Between(i - 1, t.sentence_begin, t.text_begin);
      const size_t close = head.rfind("”");
      const size_t open =
          close == std::string_view::npos ? close : head.rfind("“", close);
      constexpr size_t kMaxAfterQuote = 24;  // 指标年度目标值 and the like
      if (open != std::string_view::npos &&
          head.size() - close <= kMaxAfterQuote) {
        const std::string name =
            Squeeze(head.substr(open + std::string_view("“").size(),
                                close - open - std::string_view("“").size()));
        if (CodePoints(name) >= 2) return name;
      }
    }
    if (t.sentence == f.sentence && t.page_no == f.page_no &&
        done.EndsWith(t.label, "plan", &len) && t.label.size() > len) {
      return t.label.substr(0, t.label.size() - len);
    }
    // A target named by the plan word alone after a heading of the
    // indicator and a colon ("运维监测仪器设备：年度目标43台（套），实际完成
    // 45台（套）") is of what the heading names.
    if (t.sentence == f.sentence && t.page_no == f.page_no &&
        done.EndsWith(t.label, "plan", &len) && t.label.size() == len) {
      std::string_view head =
          ctx.Between(i - 1, t.sentence_begin, t.text_begin);
      const size_t colon = head.rfind("：");
      if (colon != std::string_view::npos) {
        head = head.substr(0, colon);
        for (std::string_view stop : {"，", "；", "。", "："}) {
          if (size_t at = head.rfind(stop); at != std::string_view::npos) {
            head.remove_prefix(at + stop.size());
          }
        }
        const std::string name = Squeeze(head);
        if (CodePoints(name) >= 2) return name;
      }
    }
  }
  return NameOf(f);
}

// The first two characters of a name when both are Han, else "".
std::string_view HeadWord(std::string_view name) {
  size_t pos = 0;
  for (int k = 0; k < 2; ++k) {
    if (pos >= name.size() || !IsHan(DecodeUtf8(name, &pos))) return {};
  }
  return name.substr(0, pos);
}

// Whether two cells' labels ("row column") name two rows, neither row's
// name inside the other's, whatever their columns.
bool OtherRows(std::string_view a, std::string_view b) {
  const size_t sa = a.rfind(' '), sb = b.rfind(' ');
  if (sa == std::string_view::npos || sb == std::string_view::npos) {
    return false;
  }
  const std::string_view ra = a.substr(0, sa), rb = b.substr(0, sb);
  return ra.find(rb) == std::string_view::npos &&
         rb.find(ra) == std::string_view::npos;
}

// The same named quantity printed twice with two neighbouring digits
// swapped. A swap is a retyping slip, and a different figure by chance is
// rare only when both figures are long and name the same thing: four
// significant digits or more, and names that are equal or one inside the
// other (中央补助 in prose, 其中：中央补助 as a table row). The longer the
// figure, the rarer the chance, and the less the names need agree: from
// five digits on, the head word of one (its first two characters: 中央资金)
// in the other (收到中央下达…资金), or one accounts role for both, is
// enough.
// What the relations found so far say of two figures: a pair another
// restatement already holds is not told twice, and a total and its part are
// two quantities, one within the other. Facts are marked with their
// breakdowns rather than paired, as a list may have thousands of parts.
class KnownPairs {
 public:
  explicit KnownPairs(const Context& ctx) {
    const std::vector<Relation>& rels = ctx.out()->relations;
    for (size_t k = 0; k < rels.size(); ++k) {
      const Relation& r = rels[k];
      if (r.kind == "breakdown") {
        for (const RelationMember& x : r.members) {
          breakdowns_[x.fact].push_back(int(k));
        }
      }
      if (r.kind != "restatement") continue;
      for (const RelationMember& x : r.members) {
        for (const RelationMember& y : r.members) {
          paired_.insert({x.fact, y.fact});
        }
      }
    }
  }
  // Whether a and b are told already, or are members of one breakdown.
  bool Known(int a, int b) const {
    if (paired_.count({a, b})) return true;
    auto ia = breakdowns_.find(a), ib = breakdowns_.find(b);
    if (ia == breakdowns_.end() || ib == breakdowns_.end()) return false;
    for (int x : ia->second) {
      for (int y : ib->second) {
        if (x == y) return true;
      }
    }
    return false;
  }

 private:
  std::set<std::pair<int, int>> paired_;
  std::unordered_map<int, std::vector<int>> breakdowns_;  // fact -> relations
};

// Of two statements of one quantity, the suspect first: the prose against
// the table (the form's figure is entered once, the prose retypes it), else
// the later statement against the earlier.
std::pair<int, int> SuspectFirst(const Context& ctx, int a, int b) {
  const Fact &fa = ctx.fact(a), &fb = ctx.fact(b);
  const bool a_first =
      fa.page_no < fb.page_no ||
      (fa.page_no == fb.page_no && fa.text_begin < fb.text_begin);
  if (fa.in_table != fb.in_table ? fa.in_table : a_first) return {b, a};
  return {a, b};
}

void SwappedDigits(Context* ctx) {
  const std::vector<Fact>& facts = ctx->out()->facts;
  const KnownPairs known(*ctx);
  // Bucketed by kind, unit and the sorted digits, which a swap keeps.
  std::unordered_map<std::string, std::vector<int>> buckets;
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if ((f.kind != "amount" && f.kind != "percent" && f.kind != "count") ||
        !Numeric(f)) {
      continue;
    }
    if (SignificantDigits(f.value) < 4) continue;
    std::string digits = f.value;
    std::sort(digits.begin(), digits.end());
    buckets[f.kind + "|" + f.unit + "|" + digits].push_back(int(i));
  }
  for (auto& [key, members] : buckets) {
    if (members.size() > 16) continue;  // a table of look-alike figures
    for (size_t a = 0; a < members.size(); ++a) {
      for (size_t b = a + 1; b < members.size(); ++b) {
        const Fact &fa = facts[size_t(members[a])],
                   &fb = facts[size_t(members[b])];
        // (A swap across the point is read only between two statements
        // named alike, below, not by role or head word: a retyped figure,
        // not an arithmetic reading.)
        const bool across = SwapAcrossPoint(fa.value, fb.value);
        if (!(AdjacentSwap(fa.value, fb.value) || across) ||
            known.Known(members[a], members[b])) {
          continue;
        }
        // Two cells name the same thing only under the same column; a
        // row's 年初预算数 and 全年预算数 are two figures.
        bool cells = fa.in_table && fb.in_table;
        std::string na = cells ? fa.label : ActualNameOf(*ctx, members[a]),
                    nb = cells ? fb.label : ActualNameOf(*ctx, members[b]);
        if (na.size() < 6 || nb.size() < 6) continue;  // two Han characters
        // Or ending alike in six characters or more (four for a figure of
        // five digits or more): a Chinese name ends in what it names (带动
        // 受益脱贫人口, 项目受益脱贫人口; 本部门资产总额, 年末资产总额).
        // (支出 closing a name says the figure is spent, as the name
        // without it does: 机关运行经费支出, 上述机关运行经费; 数 closing
        // a count's name counts what the name without it names: 参保人数,
        // 参保人.)
        const size_t alike = SignificantDigits(fa.value) >= 5 ? 4 : 6;
        auto head = [](std::string_view n) {
          for (std::string_view w : {"支出", "人数", "户数", "数"}) {
            if (n.ends_with(w) && n.size() > w.size()) {
              n.remove_suffix(w.size());
              break;
            }
          }
          return n;
        };
        // Two cells' labels are row and column: two rows are two things
        // unless one row's name holds the other's (其中：中央补助, 中央补
        // 助), whatever else they share — under one column or two, in one
        // table or in two (汶河康宁医药科技有限公司 | 应补金额（元） 13500
        // and 汶河天成建材股份有限公司 | 实补金额（元） 31500).
        if (cells && OtherRows(na, nb)) continue;
        bool named = na.find(nb) != std::string::npos ||
                     nb.find(na) != std::string::npos ||
                     SharedTail(head(na), head(nb)) >= alike;
        // Across the point, the names must say so (资金执行率, 项目资金执行
        // 率; 年末政府债务余额, 全县政府债务余额): a figure retyped, not
        // another quantity.
        if (across && !named) continue;
        if (!named && !cells && SignificantDigits(fa.value) >= 5) {
          std::string_view ha = HeadWord(na), hb = HeadWord(nb);
          named = (!ha.empty() && nb.find(ha) != std::string::npos) ||
                  (!hb.empty() && na.find(hb) != std::string::npos);
        }
        // So is one accounts role (roles.lex): the 实际支出 of a form's
        // head and its 支出合计 row are one payment under two names. Four
        // digits will do for two statements of one paragraph ("…支出决算为
        // 25.28万元…。全年“三公”经费支出52.28万元均控制在预算以内"): a
        // paragraph tells one account.
        auto line_of = [&](int i) {
          const int at = ctx->SentenceOf(i);
          return at < 0 ? -1 : ctx->sentences()[size_t(at)].line;
        };
        const bool one_paragraph = !fa.in_table && !fb.in_table &&
                                   line_of(members[a]) >= 0 &&
                                   line_of(members[a]) == line_of(members[b]);
        if (!named && !fa.role.empty() && fa.role == fb.role &&
            (SignificantDigits(fa.value) >= 5 || one_paragraph)) {
          named = true;
        }
        // Named otherwise, a swap may still be a retyping; whether it is
        // rests on which figure the report vouches for elsewhere, which
        // the check stage weighs (restate.swapped_unnamed). Never across
        // the point, never two rows of one table, and for four digits only
        // between two statements of the prose: a table of many figures
        // holds a swap of one of them by chance.
        if (!named && (across || cells ||
                       (SignificantDigits(fa.value) < 5 &&
                        (fa.in_table || fb.in_table)))) {
          continue;
        }
        const auto [x, y] = SuspectFirst(*ctx, members[a], members[b]);
        AddRestatement(
            ctx, named ? "restate.swapped_digits" : "restate.swapped_unnamed",
            na.size() <= nb.size() ? na : nb,
            named ? "同一名目，两位数字互换" : "两位数字互换", x, y);
      }
    }
  }
}

// The same named quantity printed twice, once with a digit dropped or
// struck twice (本年收入合计795.26万元, later 本年收入合计79.26万元). A
// figure a digit shorter than another is common by chance, so only
// figures named alike (the names equal or one inside the other, two
// characters or more) and the longer of four significant digits or more;
// which of the two the report vouches for is the check stage's to weigh
// (restate.dropped_digit).
void DroppedDigit(Context* ctx) {
  const std::vector<Fact>& facts = ctx->out()->facts;
  const KnownPairs known(*ctx);
  std::unordered_map<std::string, std::vector<int>> printed;
  for (size_t i = 0; i < facts.size(); ++i) {
    if (Numeric(facts[i])) {
      printed[facts[i].kind + "|" + facts[i].unit + "|" + facts[i].value]
          .push_back(int(i));
    }
  }
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (!Numeric(f) || SignificantDigits(f.value) < 4) continue;
    std::optional<std::string> name;  // f's, read once a figure matches
    for (const std::string& shorter : DroppedDigits(f.value)) {
      auto it = printed.find(f.kind + "|" + f.unit + "|" + shorter);
      if (it == printed.end() || it->second.size() > 4) continue;
      for (int j : it->second) {
        const Fact& g = facts[size_t(j)];
        if (known.Known(int(i), j) || (f.in_table && g.in_table)) continue;
        if (!name) name = ActualNameOf(*ctx, int(i));
        const std::string& nf = *name;
        const std::string ng = ActualNameOf(*ctx, j);
        if (nf.size() < 6 || ng.size() < 6 ||  // two Han characters
            (nf.find(ng) == std::string::npos &&
             ng.find(nf) == std::string::npos)) {
          continue;
        }
        // Named for two years (2021年度…795.26, 2020年度…79.26), they are
        // two figures.
        auto year = [&](int k) {
          const Fact& x = facts[size_t(k)];
          return LatestYear(ctx->Between(k, x.sentence_begin, x.text_begin));
        };
        const int yi = year(int(i)), yj = year(j);
        if (yi != 0 && yj != 0 && yi != yj) continue;
        const auto [x, y] = SuspectFirst(*ctx, int(i), j);
        AddRestatement(ctx, "restate.dropped_digit",
                       nf.size() <= ng.size() ? nf : ng,
                       "同一名目，多一位或少一位数字", x, y);
      }
    }
  }
}

// How many figures back a word that points to the project (该项目) may
// reach for the figure it restates.
constexpr int kMaxPointBack = 40;

// "…运维项目年度预算为240.00万元…。该项目年度预算260.00万元已于3月全部下
// 达": a figure named by a word that points back to the project (lexicon
// list, anaphora: 该项目, 本项目) and what it is (年度预算) restates the
// nearest figure before it named …项目 and the same words, of its measure
// and accounts role, that is no part of a list (a list's 甲项目预算 is one
// project of several). Its value must be the same.
void PointedBack(Context* ctx) {
  const Lexicon& list = ctx->lex().Get("list");
  const std::vector<Fact>& facts = ctx->out()->facts;
  const std::map<int, int> total_of = TotalsOfParts(*ctx);
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    size_t len = 0;
    if (f.in_table || !Numeric(f) || !f.qualifier.empty() ||
        !list.StartsWith(f.label, "anaphora", &len)) {
      continue;
    }
    const std::string name = f.label.substr(len);
    if (CodePoints(name) < 2) continue;
    const std::string named = "项目" + name;
    for (size_t j = i; j-- > 0 && i - j <= size_t(kMaxPointBack);) {
      const Fact& g = facts[j];
      if (g.in_table || !Numeric(g) || !g.qualifier.empty() ||
          g.kind != f.kind || !SameFamily(g, f) || g.role != f.role ||
          total_of.count(int(j)) || !g.label.ends_with(named) ||
          list.StartsWith(g.label, "anaphora")) {
        continue;
      }
      AddRestatement(ctx, "restate.pointed_back", name,
                     "“该项目”所指前文同一名目", int(i), int(j));
      break;
    }
  }
}

// Whether a prose figure's label names a table's row `row`: the row's
// name, with at most a year or the year's span before it (2023年, 本年度,
// 全年: lexicon year_pair, this and span) and the word of its budget or
// its outturn after it (公务接待费支出: lexicon role, initial, full, spent).
// Any other word before the name narrows it (教育事业收入 is one kind of
// 事业收入, not the row).
bool NamesRow(const Lexicon& years, const Lexicon& roles,
              std::string_view label, std::string_view row) {
  size_t at = label.rfind(row);
  if (at == std::string_view::npos) return false;
  if (const std::string after(label.substr(at + row.size()));
      !after.empty() && !roles.Has("spent", after) &&
      !roles.Has("initial", after) && !roles.Has("full", after)) {
    return false;
  }
  std::string_view before = WithoutLeadingYear(label.substr(0, at));
  for (const char* entry : {"this", "span"}) {
    if (size_t len = 0; years.StartsWith(before, entry, &len)) {
      before.remove_prefix(len);
    }
  }
  return before.empty();
}

// How far from a table a paragraph restating it stands at most, in lines.
constexpr size_t kMaxLinesFromTable = 3;

// A paragraph that restates a table's rows ("2023年度“三公”经费支出13.31万
// 元。其中：公务用车运行维护费9.86万元…；公务接待费3.54万元" under a table
// whose 合计 is 13.31, 公务用车… 9.86, 公务接待费 3.45): where two of its
// figures or more equal cells of one column of the table right before or
// after it (a few lines away at most, on its page), a figure of it named as
// a row of that table (its label ends in the row's name) that equals no
// cell of the row is that row's cell retyped.
void RowsRestatedInProse(Context* ctx) {
  const DocText& doc = ctx->doc();
  const std::vector<Fact>& facts = ctx->out()->facts;
  const Lexicon& per_head = ctx->lex().Get("per_head");
  const Lexicon& years = ctx->lex().Get("year_pair");
  const Lexicon& roles = ctx->lex().Get("role");
  // Each table as the prose is read against it, built when first needed:
  // its rows by name, and per cell value the columns holding it.
  struct Rows {
    bool built = false;
    std::map<std::string, int> line_of;  // row name -> its line
    std::unordered_multimap<std::string, int> columns_of;  // value -> column
    std::unordered_map<std::string, int> line_of_value;    // value -> a row
    // Each column's amounts in the base unit, in order, for the prose that
    // restates them rounded in a bigger unit.
    std::map<int, std::vector<Decimal>> sorted;
  };
  // Whether fact i restates `cell` rounded: the cell lies within half a
  // unit of i's last printed digit (a table in 元, the prose in 万元 to the
  // cent: 2,089,078.99 as 208.91).
  auto rounds_to = [&](int i, const Decimal& cell) {
    const Fact& f = facts[size_t(i)];
    std::optional<Decimal> v = Decimal::Parse(f.value),
                           b = Decimal::Parse(f.base_value);
    if (!v || !b) return false;
    const Decimal gap = (*b - cell).Abs(),
                  half = v->HalfUnit().Shift(UnitExponent(f.unit));
    return !gap.overflowed() && !half.overflowed() && gap <= half;
  };
  std::vector<Rows> rows(doc.tables.size());
  std::set<int> restated;  // prose figures read against a table already
  auto rows_of = [&](int t) -> const Rows& {
    Rows& r = rows[size_t(t)];
    if (r.built) return r;
    r.built = true;
    for (int tl : doc.tables[size_t(t)].lines) {
      const Line& row = doc.lines[size_t(tl)];
      if (row.cells.empty() || ctx->LineFacts(tl).empty()) continue;
      const std::string name = Squeeze(row.cells[0].text);
      if (CodePoints(name) >= 3) r.line_of.emplace(name, tl);
      for (size_t c = 1; c < row.cells.size(); ++c) {
        const int cell = ctx->CellNumber(tl, int(c));
        if (cell >= 0 && facts[size_t(cell)].kind == "amount") {
          r.columns_of.emplace(facts[size_t(cell)].base_value, int(c));
          r.line_of_value.emplace(facts[size_t(cell)].base_value, tl);
          if (std::optional<Decimal> d =
                  Decimal::Parse(facts[size_t(cell)].base_value)) {
            r.sorted[int(c)].push_back(*d);
          }
        }
      }
    }
    for (auto& [c, cells] : r.sorted) std::sort(cells.begin(), cells.end());
    return r;
  };
  // The tables right before and right after each line, within
  // kMaxLinesFromTable lines (-1: none).
  std::vector<int> before(doc.lines.size(), -1), after(doc.lines.size(), -1);
  for (size_t l = 0, last = 0; l < doc.lines.size(); ++l) {
    if (doc.lines[l].table >= 0) {
      last = l;
    } else if (l > 0 && doc.lines[last].table >= 0 &&
               l - last <= kMaxLinesFromTable) {
      before[l] = doc.lines[last].table;
    }
  }
  for (size_t l = doc.lines.size(), first = 0; l-- > 0;) {
    if (doc.lines[l].table >= 0) {
      first = l;
    } else if (first > l && doc.lines[first].table >= 0 &&
               first - l <= kMaxLinesFromTable) {
      after[l] = doc.lines[first].table;
    }
  }
  for (size_t l = 0; l < doc.lines.size(); ++l) {
    const Line& prose = doc.lines[l];
    if (prose.table >= 0) continue;
    std::vector<int> amounts;
    for (int i : ctx->LineFacts(int(l))) {
      const Fact& f = facts[size_t(i)];
      if (f.kind == "amount" && Numeric(f) && f.qualifier.empty() &&
          f.role != "change" && !f.in_table) {
        amounts.push_back(i);
      }
    }
    if (amounts.size() < 3) continue;
    for (int t : {before[l], after[l]}) {
      if (t < 0 || doc.tables[size_t(t)].lines.empty() ||
          doc.lines[size_t(doc.tables[size_t(t)].lines[0])].page !=
              prose.page) {
        continue;
      }
      const Rows& table = rows_of(t);
      // The column most of the paragraph's figures are cells of.
      std::map<int, int> equal;  // column -> prose figures equal to a cell
      for (int i : amounts) {
        std::set<int> seen;
        auto [from, to] =
            table.columns_of.equal_range(facts[size_t(i)].base_value);
        for (auto it = from; it != to; ++it) {
          if (seen.insert(it->second).second) ++equal[it->second];
        }
        // Or the cell rounded, where the prose states it in a bigger unit
        // than the table's (the nearest cell of each column, either side).
        if (!seen.empty()) continue;
        std::optional<Decimal> b = Decimal::Parse(facts[size_t(i)].base_value);
        if (!b) continue;
        for (const auto& [c, cells] : table.sorted) {
          auto it = std::lower_bound(cells.begin(), cells.end(), *b);
          if ((it != cells.end() && rounds_to(i, *it)) ||
              (it != cells.begin() && rounds_to(i, *std::prev(it)))) {
            ++equal[c];
          }
        }
      }
      int col = -1, most = 1;
      for (auto [c, n] : equal) {
        if (n > most) col = c, most = n;
      }
      if (col < 0) continue;
      for (int i : amounts) {
        const Fact& f = facts[size_t(i)];
        const std::string label = Squeeze(f.label);
        // The row the label ends in (the longest name, if several).
        const std::string* name = nullptr;
        int tl = -1;
        for (const auto& [n, line] : table.line_of) {
          if (NamesRow(years, roles, label, n) &&
              (!name || n.size() > name->size())) {
            name = &n;
            tl = line;
          }
        }
        // (An amount per unit named for the row, 次均住院救助3030.72元
        // under 住院救助 | 2842 | 861.33, is the row's average, no cell.)
        if (!name || NamesPerUnit(per_head, label, nullptr)) continue;
        const Line& row = doc.lines[size_t(tl)];
        // A figure in a bigger unit than its cell's is the cell rounded,
        // and so is one whose digits are the cell's rounded to 万 under the
        // cell's own unit (208.91元 for 2,089,078.99元: the unit slipped):
        // restate.table_rounded, checked to that rounding.
        const int cell = ctx->CellNumber(tl, col);
        std::optional<Decimal> cell_base =
            cell >= 0 ? Decimal::Parse(facts[size_t(cell)].base_value)
                      : std::nullopt;
        const bool bigger =
            cell_base &&
            (UnitExponent(f.unit) > UnitExponent(facts[size_t(cell)].unit) ||
             (UnitExponent(f.unit) == UnitExponent(facts[size_t(cell)].unit) &&
              rounds_to(i, cell_base->Shift(-4))));
        bool same = false;
        for (size_t c = 1; c < row.cells.size() && !same; ++c) {
          const int other = ctx->CellNumber(tl, int(c));
          if (other < 0) continue;
          const std::string& base = facts[size_t(other)].base_value;
          std::optional<Decimal> d = Decimal::Parse(base);
          same = base == f.base_value || (bigger && d && rounds_to(i, *d));
        }
        if (same || cell < 0 || !SameFamily(facts[size_t(cell)], f)) continue;
        AddRestatement(ctx,
                       bigger ? "restate.table_rounded" : "restate.table_cell",
                       *name, "正文所述同表其余各数与表中一致", i, cell);
        restated.insert(i);
      }
    }
  }
  // Beyond the paragraphs next to a table, the report's prose anywhere
  // restates its rows too ("其他收入62.42万元" pages before the 决算总表's
  // 其他收入 | 52.42). Named exactly as a row (its marker aside, 四、其他
  // 收入), a figure that equals no cell of its row is that row's cell
  // retyped where the prose states another row of the table or more as
  // the table does, the figure is the table's only such disagreement, and
  // it is one keystroke from a cell of its row (a digit changed, dropped
  // or added, two neighbours swapped): a quantity of another scope named
  // alike (项目支出 of 财政拨款 only) disagrees by more, and in more rows.
  const Lexicon& sums = ctx->lex().Get("list");
  auto keystroke = [](const std::string& a, const std::string& b) {
    return a != b && SignificantDigits(a) >= 3 && SignificantDigits(b) >= 3 &&
           (AdjacentSwap(a, b) || SwapAcrossPoint(a, b) ||
            EditDistance(std::u32string(a.begin(), a.end()),
                         std::u32string(b.begin(), b.end())) == 1);
  };
  std::vector<int> prose_amounts;
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (f.kind == "amount" && !f.in_table && Numeric(f) &&
        f.qualifier.empty() && f.role != "change" && !restated.count(int(i))) {
      prose_amounts.push_back(int(i));
    }
  }
  // (Every prose figure against every table: a document of so many of both
  // that this would be slow is no report, and is not read so.)
  constexpr size_t kMaxPairs = 1'000'000;
  if (doc.tables.size() * prose_amounts.size() > kMaxPairs) return;
  for (size_t t = 0; t < doc.tables.size() && !prose_amounts.empty(); ++t) {
    const Rows& table = rows_of(int(t));
    std::set<int> agreeing;                  // rows the prose states alike
    std::vector<std::pair<int, int>> apart;  // (prose figure, row's cell)
    bool other = false;  // a disagreement not one keystroke from its row
    // Its rows as the prose names them: marker aside, and a sum row without
    // its sum word (本年收入合计: 本年收入).
    std::vector<std::pair<std::string_view, int>> named_rows;
    for (const auto& [n, line] : table.line_of) {
      std::string_view row(WithoutOpeningMarker(n));
      if (size_t len = 0; sums.EndsWith(row, "table_sum", &len)) {
        row.remove_suffix(len);
      }
      // (A row opened as a part, 其中：当年财政拨款, is named in prose
      // without its list word and its year: 其中当年财政拨款执行614.84万元
      // is labelled 财政拨款执行.)
      for (std::string_view opener : {"其中：", "其中:", "其中"}) {
        if (row.starts_with(opener)) {
          row.remove_prefix(opener.size());
          break;
        }
      }
      if (size_t len = 0; years.StartsWith(row, "this", &len)) {
        row.remove_prefix(len);
      }
      if (CodePoints(row) >= 3) named_rows.push_back({row, line});
    }
    for (int i : prose_amounts) {
      const Fact& f = facts[size_t(i)];
      const std::string label = Squeeze(f.label);
      // The row the label names (the longest name, if several).
      int tl = -1;
      size_t longest = 0;
      for (const auto& [row, line] : named_rows) {
        if (row.size() > longest && NamesRow(years, roles, label, row)) {
          tl = line;
          longest = row.size();
        }
      }
      // A figure named otherwise that is a cell of the table to three
      // significant digits or more (本项目年初预算749.89万元 under the row
      // 年度资金总额 | 749.89 | …) states that row as the table does.
      if (tl < 0) {
        auto it = table.line_of_value.find(f.base_value);
        if (it != table.line_of_value.end() &&
            SignificantDigits(f.value) >= 3) {
          agreeing.insert(it->second);
        }
        continue;
      }
      if (NamesPerUnit(per_head, label, nullptr)) continue;
      const Line& row = doc.lines[size_t(tl)];
      int near = -1;
      bool same = false;
      for (size_t c = 1; c < row.cells.size() && !same; ++c) {
        const int cell = ctx->CellNumber(tl, int(c));
        if (cell < 0 || !SameFamily(facts[size_t(cell)], f)) continue;
        same = facts[size_t(cell)].base_value == f.base_value;
        if (facts[size_t(cell)].unit == f.unit &&
            keystroke(f.value, facts[size_t(cell)].value)) {
          near = cell;
        }
      }
      if (same) {
        agreeing.insert(tl);
      } else if (near >= 0) {
        apart.push_back({i, near});
      } else {
        other = true;
      }
    }
    if (other || apart.size() != 1 || agreeing.empty()) continue;
    const auto [i, cell] = apart.front();
    AddRestatement(ctx, "restate.table_cell", Squeeze(facts[size_t(i)].label),
                   "正文所述同表其余各行与表中一致", i, cell);
  }
}

// "全年完成日常养护里程313公里" and the indicator table's 日常养护里程 row,
// its 实际完成值 331公里: a prose figure of the actual's kind and unit whose
// name (ActualNameOf) ends in the indicator's (four characters or more) is
// what the table reports done, where it is the report's only such figure
// (restate.table_cell). A figure labelled as the plan (completion lexicon,
// plan: 目标, 计划) is the target's, not the actual's.
void IndicatorActualsInProse(Context* ctx) {
  const Lexicon& done = ctx->lex().Get("completion");
  const std::vector<Fact>& facts = ctx->out()->facts;
  std::unordered_map<std::string, std::vector<int>> actual_of;  // by name
  for (const Relation& r : ctx->out()->relations) {
    if (r.kind != "indicator") continue;
    const std::string name = Squeeze(r.name);
    if (CodePoints(name) < 4) continue;
    for (const RelationMember& m : r.members) {
      const Fact& f = facts[size_t(m.fact)];
      if (m.role == "actual" && Numeric(f) && f.qualifier.empty()) {
        actual_of[name].push_back(m.fact);
      }
    }
  }
  // (Two rows of one name are two indicators: neither is told apart.)
  std::erase_if(actual_of, [](const auto& e) { return e.second.size() != 1; });
  if (actual_of.empty()) return;
  // Each actual's prose figures so named: -1 once two are.
  std::map<int, int> prose_of;
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (f.in_table || !Numeric(f) || !f.qualifier.empty() ||
        ctx->OtherYear(int(i))) {
      continue;
    }
    if (done.Contains(Squeeze(f.label), "plan")) continue;
    // Nor is a figure under a heading that names the targets (二、绩效目标;
    // not 三、绩效目标完成情况): what was planned, not done.
    if (const std::string h = HeadingOf(*ctx, int(i));
        done.EndsWith(TrimSpace(h), "plan")) {
      continue;
    }
    // (实际完成45台 right after 计划运维监测仪器设备43台 is of what the
    // target names: ActualNameOf.)
    const std::string label = Squeeze(ActualNameOf(*ctx, int(i)));
    // Every suffix of the name of four characters or more.
    for (size_t at = 0, chars = CodePoints(label); chars >= 4; --chars) {
      if (auto it = actual_of.find(label.substr(at)); it != actual_of.end()) {
        const int a = it->second.front();
        const Fact& fa = facts[size_t(a)];
        if (fa.kind == f.kind && fa.unit == f.unit) {
          auto [p, fresh] = prose_of.emplace(a, int(i));
          if (!fresh) p->second = -1;
        }
      }
      DecodeUtf8(label, &at);
    }
  }
  for (const auto& [a, b] : prose_of) {
    if (b < 0) continue;
    AddRestatement(ctx, "restate.table_cell", facts[size_t(a)].label,
                   "正文所述即表中该指标实际完成值", b, a);
  }
}

// "全年实际支出13826.91万元（约1.38亿元）": a figure followed by a bracket
// that holds only another figure of its measure, said to be about it
// (lists.lex restate_about: 约, 折合, 合), restates it, rounded, most often
// in a bigger unit (restate.approx).
void RestatedAbout(Context* ctx) {
  const LexEntry* about = ctx->lex().Get("list").Entry("restate_about");
  if (!about) return;
  for (const Sentence& sen : ctx->sentences()) {
    for (size_t k = 1; k < sen.facts.size(); ++k) {
      const int a = sen.facts[k - 1], b = sen.facts[k];
      const Fact &fa = ctx->fact(a), &fb = ctx->fact(b);
      if (fa.kind != fb.kind || (fa.kind != "amount" && fa.kind != "count") ||
          !Summable(fa) || !fa.qualifier.empty() || !SameFamily(fa, fb)) {
        continue;
      }
      std::string open = Squeeze(ctx->Between(b, fa.text_end, fb.text_begin));
      if (!open.starts_with("（") && !open.starts_with("(")) continue;
      open.erase(0, open.starts_with("（") ? std::string("（").size() : 1);
      // The figure's own qualifier may hold the word (约: ≈).
      bool said = fb.qualifier == "≈" && open.empty();
      for (const std::string& w : about->words) said = said || open == w;
      const std::string_view close = TrimSpace(ctx->Between(
          b, fb.text_end, std::min<uint32_t>(fb.text_end + 4, sen.end)));
      if (!said || !(close.starts_with("）") || close.starts_with(")"))) {
        continue;
      }
      AddRestatement(ctx, "restate.approx", fa.label, "括号内约数重述", b, a);
    }
  }
}

// The table number opening s (表1, 表一: "1" of "1 收入决算情况"), or -1.
int LeadingNumber(std::string_view s) {
  std::u32string head;
  for (size_t pos = 0; pos < s.size() && head.size() < 4;) {
    head.push_back(DecodeUtf8(s, &pos));
  }
  size_t at = 0;
  const std::optional<int> n = ParseSmallNumber(head, &at);
  return n ? *n : -1;
}

// The number N of a table's caption ("表1 收入决算情况（单位：万元）"), or
// -1: the line right before its first row, or the one before that when a
// header of words alone (项目 金额) stands between.
int CaptionNumber(const DocText& doc, const Table& t) {
  if (t.lines.empty()) return -1;
  const int first = t.lines.front();
  for (int l = first - 1; l >= 0 && l >= first - 2; --l) {
    const Line& cap = doc.lines[size_t(l)];
    if (cap.table >= 0 || cap.page != doc.lines[size_t(first)].page) break;
    std::string_view s = TrimSpace(cap.text);
    if (s.starts_with("表")) {
      s.remove_prefix(std::string_view("表").size());
      return LeadingNumber(s);
    }
  }
  return -1;
}

// "本年收入合计25419.38万元，详见表1。" then 表1's 合计 row: a figure whose
// sentence sends the reader to a table (lists.lex see_table: 详见表N) is
// what that table sums, its 合计/总计 row's one figure of the measure
// (restate.see_table). Only the sentence's one figure of that measure before
// the reference: with several, the table may spell out any of them.
void SeeTable(Context* ctx) {
  const LexEntry* see = ctx->lex().Get("list").Entry("see_table");
  const Lexicon& list = ctx->lex().Get("list");
  const DocText& doc = ctx->doc();
  if (!see || doc.tables.empty()) return;
  std::map<int, int> by_number;  // caption number -> table, if one only
  for (size_t t = 0; t < doc.tables.size(); ++t) {
    const int n = CaptionNumber(doc, doc.tables[t]);
    if (n < 0) continue;
    auto [it, fresh] = by_number.emplace(n, int(t));
    if (!fresh) it->second = -1;
  }
  for (const Sentence& sen : ctx->sentences()) {
    if (sen.facts.empty()) continue;
    const std::string_view text =
        ctx->Between(sen.facts[0], sen.begin, sen.end);
    for (const std::string& w : see->words) {
      const size_t at = text.find(w);
      if (at == std::string_view::npos) continue;
      const int n = LeadingNumber(text.substr(at + w.size()));
      auto t = by_number.find(n);
      if (n < 0 || t == by_number.end() || t->second < 0) break;
      int a = -1, figures = 0;
      for (int i : sen.facts) {
        const Fact& f = ctx->fact(i);
        if (f.text_begin >= sen.begin + at) break;
        if (f.kind != "amount" || ctx->OtherYear(i)) continue;
        ++figures;
        a = i;
      }
      if (figures != 1 || !Summable(ctx->fact(a)) ||
          !ctx->fact(a).qualifier.empty()) {
        break;
      }
      int b = -1, cells = 0;
      for (int l : doc.tables[size_t(t->second)].lines) {
        const Line& row = doc.lines[size_t(l)];
        if (row.cells.empty() ||
            !list.StartsWith(Squeeze(row.cells.front().text), "table_sum")) {
          continue;
        }
        for (int i : ctx->LineFacts(l)) {
          if (SameFamily(ctx->fact(i), ctx->fact(a))) {
            b = i;
            ++cells;
          }
        }
      }
      if (cells != 1) break;
      AddRestatement(ctx, "restate.see_table", ctx->fact(a).label,
                     "正文所述详见表" + std::to_string(n) + "，即其合计行", a,
                     b);
      break;
    }
  }
}

// A figure's name for comparing a summary's figure with the report's
// (SummaryRestated): the label without the place it is of (lists.lex
// place: 全区, 全市) and the year's number (2024年末 is 年末; 2024年 alone
// and 2024年度 are dropped).
std::string PlainName(const Lexicon& list, std::string_view label) {
  std::string name = Squeeze(label);
  size_t len = 0;
  if (list.StartsWith(name, "place", &len)) name.erase(0, len);
  // (An account's former name is its name: lists.lex former, old=new.)
  if (const LexEntry* former = list.Entry("former")) {
    for (const std::string& w : former->words) {
      const size_t eq = w.find('=');
      if (eq == std::string::npos) continue;
      const std::string_view old_name = std::string_view(w).substr(0, eq);
      if (const size_t at = name.find(old_name); at != std::string::npos) {
        name.replace(at, old_name.size(), w.substr(eq + 1));
        break;
      }
    }
  }
  if (LeadingYear(name) != 0) {
    name.erase(0, 4);
    if (name.starts_with("年度")) {
      name.erase(0, std::string("年度").size());
    } else if (!name.starts_with("年末") && !name.starts_with("年初") &&
               !name.starts_with("年底")) {
      name.erase(0, std::string("年").size());
    }
  }
  return name;
}

// "综上，全区2024年末政府债务余额126.06亿元" after "…年末政府债务余额137.71
// 亿元": a sentence that opens by summing up (lists.lex summary: 综上, 总的
// 看) restates the report's figures, so each of its figures named as
// figures before it are (PlainName, four characters or more), all of one
// value and of its measure, is that value (restate.summary; the check
// allows for the summary's rounding).
constexpr size_t kMaxSummaryFigures = 16;  // more is no summary
void SummaryRestated(Context* ctx) {
  const Lexicon& list = ctx->lex().Get("list");
  if (!list.Entry("summary") || !list.Entry("place")) return;
  const std::vector<Fact>& facts = ctx->out()->facts;
  // Each name's figures, in document order, built once the first summary
  // sentence is seen.
  std::unordered_map<std::string, std::vector<int>> named;
  bool built = false;
  for (const Sentence& sen : ctx->sentences()) {
    if (sen.facts.empty() || sen.facts.size() > kMaxSummaryFigures ||
        !list.StartsWith(
            Squeeze(ctx->Between(sen.facts[0], sen.begin,
                                 ctx->fact(sen.facts[0]).text_begin)),
            "summary")) {
      continue;
    }
    if (!built) {
      for (size_t i = 0; i < facts.size(); ++i) {
        if (Numeric(facts[i]) && facts[i].qualifier.empty() &&
            !ctx->OtherYear(int(i))) {
          // (A label that dropped the sum word its clause ends with, 收入
          // 总计, names the sum: 一般公共预算收入总计 is not the income.)
          std::string name = PlainName(list, facts[i].label);
          const std::string clause = Squeeze(ClauseBefore(*ctx, int(i)));
          for (std::string_view sum : {"总计", "合计"}) {
            if (clause.ends_with(sum) && !name.ends_with(sum)) name += sum;
          }
          named[name].push_back(int(i));
        }
      }
      built = true;
    }
    for (int a : sen.facts) {
      const Fact& fa = ctx->fact(a);
      if (!Numeric(fa) || !fa.qualifier.empty() || ctx->OtherYear(a)) continue;
      const std::string name = PlainName(list, fa.label);
      auto it = named.find(name);
      if (CodePoints(name) < 4 || it == named.end()) continue;
      int b = -1;
      bool one = true;
      for (int i : it->second) {
        const Fact& f = ctx->fact(i);
        if (i >= sen.facts.front()) break;
        if (!SameFamily(f, fa)) continue;
        one = one && (b < 0 || ctx->fact(b).base_value == f.base_value);
        b = i;
      }
      if (b < 0 || !one) continue;
      AddRestatement(ctx, "restate.summary", name, "结论重述前文同名数字", a,
                     b);
    }
  }
}

// The report's overall score stated in the prose (grades.lex grade_scope,
// overall: 自评得分, 总分, 综合得分) and in its form's 总分 row (the one
// table cell of the report named 总分/合计 得分): one figure, the form's.
// A report of several forms (several such cells) pairs none.
void TotalScoreRestated(Context* ctx) {
  const std::vector<Fact>& facts = ctx->out()->facts;
  const Lexicon& scope = ctx->lex().Get("grade_scope");
  int cell = -1, cells = 0;
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (IsFormTotalScore(f)) {
      cell = int(i);
      ++cells;
    }
  }
  if (cells != 1) return;
  // A 总分 row worth less than 100 points (总分 | 90 | 88.5: the indicators'
  // table, the budget's 10 points scored apart) totals a part of the form:
  // the report's score is more than its cell.
  for (size_t l = 0; l < ctx->doc().lines.size(); ++l) {
    const std::vector<int>& row = ctx->LineFacts(int(l));
    if (std::find(row.begin(), row.end(), cell) == row.end()) continue;
    for (int w : row) {
      std::optional<Decimal> v = Decimal::Parse(facts[size_t(w)].value);
      if (facts[size_t(w)].role == "weight" && v &&
          *v != Decimal::FromInt(100)) {
        return;
      }
    }
    break;
  }
  // (A score of a year before the report's, 与2022年度评价相比（…综合得分
  // 81.2分）, is that year's evaluation, not this form's.)
  const std::optional<int> year = ctx->out()->fiscal_year;
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = facts[i];
    if (f.in_table || f.kind != "score" || !f.qualifier.empty() ||
        f.role == "weight" || !scope.Contains(f.label, "overall") ||
        ctx->OtherYear(int(i))) {
      continue;
    }
    if (const int named =
            LatestYear(ctx->Between(int(i), f.sentence_begin, f.text_begin));
        year && named > 0 && named < *year) {
      continue;
    }
    AddRestatement(ctx, "restate.table_cell", "总分",
                   "正文总分 = 表中总分行得分", int(i), cell);
  }
}

}  // namespace

void FindRestatements(Context* ctx) {
  SummaryRestated(ctx);
  RestatedAbout(ctx);
  SeeTable(ctx);
  RepeatedSentences(ctx);
  SameNumberOtherUnit(ctx);
  CellsRestatedInProse(ctx);
  RowsRestatedInProse(ctx);
  IndicatorActualsInProse(ctx);
  SwappedDigits(ctx);
  DroppedDigit(ctx);
  PointedBack(ctx);
  TotalScoreRestated(ctx);
}

// An amount in 元 with a printed decimal (or a whole one that is a budget
// figure, see below) among 万元 amounts of its sentence (and no other 元
// amount there), or, alone in its sentence, among the 万元
// amounts of its section and the sentences around it when a count of people
// or items comes right before it (314113人次 … 437.32元). Such an amount
// is a candidate for a unit slip; the check weighs the magnitudes.
void FindSiblings(Context* ctx) {
  const Lexicon& per_unit = ctx->lex().Get("per_unit");
  const std::vector<Fact>& facts = ctx->out()->facts;
  const std::vector<Sentence>& ss = ctx->sentences();
  auto plain_wan = [&](int i) {
    const Fact& f = facts[size_t(i)];
    return f.kind == "amount" && f.qualifier.empty() &&
           (f.unit == "万元" || f.unit == "亿元");
  };
  // The 万元 amounts of each section, once.
  std::map<int, std::vector<int>> by_section;
  for (size_t i = 0; i < facts.size(); ++i) {
    if (!facts[i].in_table && plain_wan(int(i))) {
      by_section[facts[i].section].push_back(int(i));
    }
  }
  for (size_t s = 0; s < ss.size(); ++s) {
    for (int a : ss[s].facts) {
      const Fact& f = facts[size_t(a)];
      if (f.kind != "amount" || f.unit != "元" || !f.qualifier.empty())
        continue;
      std::optional<Decimal> v = Decimal::Parse(f.value);
      if (!v || v->is_zero()) continue;
      // A figure a word marks as per head or per item (lexicon per_unit:
      // 人均1365.7元, 每亩补贴67.2元) is rightly in 元 beside the 万元
      // totals it divides. A whole amount in 元 is common besides (a
      // standard, a price, a small grant): a candidate only when it is a
      // budget figure (下达, 安排, 资金), among two or more 万元 figures of
      // its sentence.
      // The word is in its label (人均文化事业费 23.93元, however long the
      // name after it) or right around the figure (每亩补贴67.2元, 300元/人).
      if (per_unit.Contains(f.label, "per") ||
          per_unit.Contains(
              ctx->Between(a, f.text_begin > 15 ? f.text_begin - 15 : 0,
                           f.text_end + 9),
              "per")) {
        continue;
      }
      const bool whole = v->scale() == 0;
      // (An adjustment, 追加, is a change of a budget, not one.)
      if (whole && (!IsBudget(f.role) || f.role == "adjust")) continue;
      std::vector<int> near;
      bool other_yuan = false;
      int per = -1;
      for (int i : ss[s].facts) {
        if (i == a) continue;
        const Fact& g = facts[size_t(i)];
        if (g.kind == "count" && g.text_begin < f.text_begin) per = i;
        if (g.kind != "amount") continue;
        if (plain_wan(i)) {
          near.push_back(i);
        } else {
          other_yuan = true;
        }
      }
      if (other_yuan || (whole && near.size() < 2)) continue;
      Relation r;
      r.kind = "siblings";
      r.rule = "siblings.sentence";
      r.name = f.label;
      r.members.push_back({"amount", a});
      std::vector<int> sib = near;
      if (sib.empty()) {
        if (per < 0) continue;
        // Alone in its sentence: its section's and its neighbours'.
        r.rule = "siblings.section";
        const std::vector<int>& in_section = by_section[f.section];
        sib.assign(
            in_section.begin(),
            in_section.begin() + std::min<size_t>(in_section.size(), 12));
        for (size_t h = s >= 4 ? s - 4 : 0; h < std::min(ss.size(), s + 5);
             ++h) {
          for (int i : ss[h].facts) {
            if (facts[size_t(i)].page_no == f.page_no &&
                facts[size_t(i)].section != f.section && plain_wan(i)) {
              sib.push_back(i);
            }
          }
        }
        if (sib.size() < 2) continue;
      }
      // The nearest dozen are enough to weigh a magnitude.
      if (sib.size() > 12) sib.resize(12);
      AddMembers(&r, "sibling", sib);
      if (per >= 0) r.members.push_back({"per", per});
      ctx->Add(std::move(r));
    }
  }
}

}  // namespace tally::extract::rel
