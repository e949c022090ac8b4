// Breakdowns in prose (a total and its parts) and enumerations (a count and
// the items it counts). See relations.h for the rules of the genre.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "base/decimal.h"
#include "base/numerals.h"
#include "base/utf8.h"
#include "extract/parts.h"
#include "extract/relations.h"

namespace tally::extract::rel {
namespace {

// Whether `text` ends with a stop, spaces and tabs after it aside: a
// sentence or a bracket closed there.
bool EndsWithStop(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  for (std::string_view stop :
       {"。", "！", "？", "；", "）", ")", ".", "!", "?", ";"}) {
    if (text.ends_with(stop)) return true;
  }
  return false;
}

bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

// The last n characters of s (all of it if shorter).
std::string LastChars(std::string_view s, size_t n) {
  size_t k = s.size();
  while (n > 0 && k > 0) {
    --k;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    --n;
  }
  return std::string(s.substr(k));
}

// Bracket depth before each byte of `text` (a sentence): depth[k] is the
// number of brackets open before text[k]; depth[text.size()] at the end.
std::vector<int> Depths(std::string_view text) {
  std::vector<int> depth(text.size() + 1, 0);
  int d = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    depth[k] = d;
    std::string_view rest = text.substr(k);
    if (IsOpenBracket(rest)) ++d;
    if (IsCloseBracket(rest) && d > 0) --d;
  }
  depth[text.size()] = d;
  return depth;
}

// Whether a fact with accounts role `role` ends a list whose total has
// role `total` and whose first part has role `first`: a list of a total's
// sources or categories ends where the statement moves on to another
// accounts role ("下达100万元，其中中央60万元、省级40万元，实际支出95万元":
// the payment is not a part; "…孤儿保障金11万元，调减40万元": nor is an
// adjustment). Parts that carry the total's own role ("其中下达中央资金") or
// the first part's (培训支出, 检查支出: categories named as payments) go on,
// and so do named funds (中央财政资金), the usual parts of any total. The
// year's money is what was carried in and what was newly given ("（2023年
// 结转95.43万元，2024年下达153.3万元）"): a carry-over (上年结转, or a bare
// 结转 beside this year's money) and this year's allocation or budget are
// parts of one list, whichever comes first. Income is what came in this
// year and what was carried in ("收入27360.5万元，其中：一般公共预算财政
// 拨款收入…，其他收入…，年初结转和结余1133.79万元"): under a total that
// names income, a carry-over is one of its sources.
// Whether a label names a year's income as a whole (收入, 总收入, 收入合计,
// 收入总计, 部门预算收入), not one source of it (其他收入 is a part, named
// by its source).
// A year's means (总财力, 可用财力) are its income and what was carried in
// the same way ("总财力48.46亿元，包括：一般公共预算收入…、上级补助收入…、
// 上年结转2.22亿元、调入资金…").
bool NamesIncome(std::string_view label) {
  for (std::string_view end : {"总财力", "可用财力", "财力总计"}) {
    if (label.ends_with(end)) return true;
  }
  for (std::string_view end : {"收入", "收入合计", "收入总计", "总收入"}) {
    if (label.ends_with(end)) {
      return !label.ends_with("其他收入") && !label.ends_with("事业收入") &&
             !label.ends_with("拨款收入") && !label.ends_with("经营收入") &&
             !label.ends_with("转移支付收入") && !label.ends_with("补助收入");
    }
  }
  return false;
}

// The mirror of income: a 决算's 支出总计 is the year's spending and what
// is carried out ("支出总计620.5万元，其中本年支出575.12万元，年末结转和
// 结余45.38万元"): under a total printed as 支出总计, a balance is one of
// its uses. (A 支出合计 is the year's spending alone.)
bool EndsList(std::string_view role, std::string_view total,
              std::string_view first, bool income, bool outlays) {
  auto in_year = [](std::string_view r) {
    return r == "allocated" || r == "initial";
  };
  auto carried = [](std::string_view r) {
    return r == "carry" || r == "balance";
  };
  if ((carried(first) && in_year(role)) || (in_year(first) && carried(role))) {
    return false;
  }
  if (income && role == "carry") return false;
  if (outlays && role == "balance") return false;
  return !role.empty() && role != total && role != first && role != "fund";
}

constexpr size_t kMaxListsPerSentence = 32;
// How many figures of its sentence a payment's list may break down instead.
constexpr int kMaxOtherTotals = 4;
// How far a list word may stand from its total: clause stops and
// characters between them.
constexpr int kMaxClausesToOpener = 2;
constexpr size_t kMaxCharsToOpener = 80;

struct Opener {
  size_t at = 0, end = 0;  // the word (or bracket, colon) in the sentence
  std::string word;
  bool whole = false;    // 分别为: the list says it is whole
  bool bracket = false;  // "X万元（A、B）"
  // Where a list opened by a circumfix (由…构成) is closed, or npos.
  size_t close = std::string_view::npos;
};

// A defined whole's classes (lists.lex, defined), each its names.
using Classes = std::vector<std::vector<std::string>>;

// The classes of the defined whole `name` names ("…“三公”经费…" names
// 三公=出国/接待/用车|车辆|公车), the entry's word in *word; empty if it
// names none.
Classes DefinedClasses(const Lexicon& list, std::string_view name,
                       std::string* word) {
  const LexEntry* e = list.Entry("defined");
  if (!e) return {};
  for (const std::string& w : e->words) {
    const size_t eq = w.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    if (name.find(w.substr(0, eq)) == std::string_view::npos) continue;
    Classes classes;
    for (const std::string& c :
         SplitAt(std::string_view(w).substr(eq + 1), '/')) {
      classes.push_back(SplitAt(c, '|'));
    }
    *word = w;
    return classes;
  }
  return {};
}

// The one class of `classes` a label names, or -1 (none, or more than one).
int ClassOf(const Classes& classes, std::string_view label) {
  const std::string l = Squeeze(label);
  int found = -1;
  for (size_t c = 0; c < classes.size(); ++c) {
    for (const std::string& alt : classes[c]) {
      if (!alt.empty() && l.find(alt) != std::string::npos) {
        if (found >= 0) return -1;
        found = int(c);
        break;
      }
    }
  }
  return found;
}

// A count and the number of items a list names (below).
void AddEnumeration(Context* ctx, int i, const char* rule, int k,
                    std::string_view list, const char* evidence,
                    const char* complete = "", int alt = 0);

class Breakdowns {
 public:
  explicit Breakdowns(Context* ctx)
      : ctx_(*ctx),
        list_(ctx->lex().Get("list")),
        roles_(ctx->lex().Get("role")),
        way_(ctx->lex().Get("change")),
        per_(ctx->lex().Get("per_head")),
        move_(ctx->lex().Get("move")) {
    if (const LexEntry* e = list_.Entry("item_verb")) {
      item_verbs_.insert(e->words.begin(), e->words.end());
    }
  }

  void Run() {
    const std::vector<Sentence>& ss = ctx_.sentences();
    for (size_t s = 0; s < ss.size(); ++s) {
      if (ss[s].facts.empty()) continue;
      OneSentence(int(s));
      WholeNamedWithin(int(s));
    }
  }

 private:
  // "基本支出中，人员经费712.80万元，公用经费132.65万元。": a sentence that
  // opens by naming a whole and 中 (a noun of two characters or more, no
  // figure, then a comma) lists parts of it: its figures of one family,
  // over the nearest figure before it, on its line or the one before, whose
  // label is that noun. Whole only by the usual evidence (partition).
  void WholeNamedWithin(int s) {
    const Sentence& sen = ctx_.sentences()[size_t(s)];
    const Fact& first = ctx_.fact(sen.facts[0]);
    if (first.text_begin < sen.begin) return;
    const std::string_view head =
        ctx_.Between(sen.facts[0], sen.begin, first.text_begin);
    size_t in = std::string_view::npos, len = 0;
    for (std::string_view w : {"中，", "中,", "中："}) {
      if (size_t at = head.find(w); at != std::string_view::npos && at < in) {
        in = at;
        len = w.size();
      }
    }
    // "从资金来源看，全年预算资金中中央财政补助资金86.50万元、省级资金…":
    // the whole may be named with its 中 and no comma, in the clause before
    // the first figure, by a word of the accounts (资金, 预算, 支出) right
    // before the 中. Its figure is then told by the parts' sum alone.
    size_t from = 0;
    bool bare = false;
    if (in == std::string_view::npos) {
      for (std::string_view c : {"，", ",", "："}) {
        if (size_t at = head.rfind(c); at != std::string_view::npos) {
          from = std::max(from, at + c.size());
        }
      }
      for (size_t at = head.find("中", from); at != std::string_view::npos;
           at = head.find("中", at + 1)) {
        size_t end = 0;
        const std::string_view before = head.substr(from, at - from);
        if (roles_.Find(before, "amount", &end) && end == before.size()) {
          in = at;
          len = std::string_view("中").size();
          bare = true;
          break;
        }
      }
    }
    if (in == std::string_view::npos || in - from < 6 || len == 0) return;
    const std::string name = Squeeze(head.substr(from, in - from));
    if (name.find_first_of("0123456789") != std::string::npos ||
        CodePoints(name) > 12 || !HasHan(name)) {
      return;
    }
    std::vector<int> parts;
    // Parts set apart by 、 or ， end at a ； (the stop of the next rank),
    // as a list opened by a word does: 医疗收入中，门诊收入A、住院收入B；
    // 按收入性质分，药品收入C… is two lists.
    bool by_semicolons = false;
    for (int i : sen.facts) {
      const Fact& f = ctx_.fact(i);
      if (!Summable(f) || !f.qualifier.empty() || Compared(i)) continue;
      if (!parts.empty() && !SameFamily(ctx_.fact(parts[0]), f)) break;
      if (!parts.empty()) {
        const std::string_view gap =
            ctx_.Between(i, ctx_.fact(parts.back()).text_end, f.text_begin);
        const bool semicolon = gap.find("；") != std::string_view::npos ||
                               gap.find(';') != std::string_view::npos;
        if (parts.size() == 1) {
          by_semicolons = semicolon;
        } else if (semicolon && !by_semicolons) {
          break;
        }
      }
      parts.push_back(i);
    }
    if (parts.size() < 2) return;
    Decimal sum;
    for (int i : parts) {
      if (std::optional<Decimal> v = Decimal::Parse(ctx_.fact(i).base_value)) {
        sum = sum + *v;
      }
    }
    // A figure so named is preferred to a nearer one of the role the name
    // gives alone (一般公共预算财政拨款支出中， over …财政拨款支出7622.82万
    // 元, past 社会保障和就业支出754.73万元).
    int total = -1, by_role = -1;
    constexpr int kLookBack = 64;  // facts, so many such sentences stay linear
    for (int i = sen.facts[0] - 1;
         i >= 0 && i >= sen.facts[0] - kLookBack && total < 0; --i) {
      const Fact& f = ctx_.fact(i);
      const int at = ctx_.SentenceOf(i);
      if (f.page_no != first.page_no || at < 0) break;
      // (The nearest line or the one before, but for a figure the name
      // names in full, which may stand a few lines up: 一般公共预算财政拨款支
      // 出554.58万元…。\n其中：…住房保障支出28.84万元…。\n一般公共预算财政
      // 拨款支出中，….)
      const bool near = ctx_.sentences()[size_t(at)].line + 1 >= sen.line;
      if (!Summable(f) || !f.qualifier.empty() || Compared(i) ||
          !SameFamily(f, first)) {
        continue;
      }
      const std::string label = Squeeze(f.label);
      if (!near) {
        if (!bare && CodePoints(name) >= 6 && label.ends_with(name)) total = i;
        continue;
      }
      // (Or, nearest first, by the accounts role the name gives: 全年预算中，
      // … over 全年预算数为2,318.36万元, labelled 预算数.)
      // (A longer name ending in the noun names it too: 基金收入中， over
      // 全市城镇职工基本养老保险基金收入.)
      if (!bare &&
          (label == name || (CodePoints(name) >= 4 && label.ends_with(name)))) {
        total = i;
      }
      if (!bare && by_role < 0 && !f.role.empty() &&
          roles_.Name(name, f.kind) == f.role) {
        by_role = i;
      }
      if (bare && CodePoints(label) >= 2 &&
          name.find(label) != std::string::npos &&
          Decimal::Parse(f.base_value) == sum) {
        total = i;
      }
    }
    if (total < 0) total = by_role;
    if (total < 0) return;
    Relation r;
    r.kind = "breakdown";
    r.rule = "list.named_whole";
    r.name = ctx_.fact(total).label;
    r.members.push_back({"total", total});
    AddMembers(&r, "part", parts);
    if (std::string p = Partition(parts); !p.empty()) {
      r.complete = "yes";
      r.evidence = p;
    } else {
      r.evidence = name + "中";
    }
    if (ctx_.fact(total).kind == "count" &&
        GradeClasses(first.text_begin, parts)) {
      r.detail = "classes";
    }
    r.page_no = first.page_no;
    listed_.insert(parts.begin(), parts.end());
    ctx_.Add(std::move(r));
  }

  // Whether fact i is the figure a comparison names, another year's or
  // another quantity's (较上年…, 较预算数898万元): the other side of a
  // change, no total or part of a list.
  bool Compared(int i) const {
    return ctx_.OtherYear(i) || ComparedWith(way_, ctx_.fact(i).label);
  }

  // Whether `rest`, read from after a list word, is words up to the
  // clause's stop (，；。) with no digit: a purpose, no list. An empty
  // clause ("其中，中央…") or one that reaches the sentence end without a
  // stop says nothing.
  static bool PurposeOnly(std::string_view rest) {
    size_t stop = std::string_view::npos;
    for (std::string_view s : {"，", "；", "。", ",", ";"}) {
      stop = std::min(stop, rest.find(s));
    }
    if (stop == std::string_view::npos || stop == 0) return false;
    for (size_t k = 0; k < stop; ++k) {
      const char c = rest[k];
      // A bracket of words is part of a name ("因公出国（境）费"); one with
      // a figure may open a list.
      if (c == '(' || rest.substr(k).starts_with("（")) {
        size_t close = rest.find(c == '(' ? ")" : "）", k);
        if (close == std::string_view::npos || close > stop) return false;
        for (size_t q = k; q < close; ++q) {
          if (rest[q] >= '0' && rest[q] <= '9') return false;
        }
        k = close;
        continue;
      }
      // A date's digits are words of the purpose ("用于兑付2020年超录资
      // 金"), not a figure.
      if (c >= '0' && c <= '9') {
        size_t run = k;
        while (run < stop && rest[run] >= '0' && rest[run] <= '9') ++run;
        const std::string_view after = rest.substr(run);
        if (run - k <= 4 &&
            (after.starts_with("年") || after.starts_with("月") ||
             after.starts_with("日"))) {
          k = run - 1;
          continue;
        }
        return false;
      }
      if (c == ':' || rest.substr(k).starts_with("：")) return false;
    }
    return true;
  }

  std::vector<Opener> Openers(std::string_view text,
                              const std::vector<int>& facts,
                              uint32_t base) const {
    std::vector<Opener> out;
    // A list word that leads two clauses or more of the sentence after a
    // stop ("其中：用于援建场地201.52万元；用于资助队伍建设11.40万元；用于
    // 其他9.78万元"), or two items after 、 ("另外还有用于社会福利1.05亿元、
    // 用于体育事业7.24亿元、…"), is the items' own verb, each one item of a
    // list opened before them, and opens no list of its own.
    // (So does one after 还有/另有, lists.lex also: "另外还有用于A…、用于
    // B…".)
    auto lead = [&](size_t p) {
      std::string_view before = text.substr(0, p);
      return before.ends_with("；") || before.ends_with(";") ||
             before.ends_with("：") || before.ends_with(":") ||
             before.ends_with("、") || list_.EndsWith(before, "also");
    };
    // So is one that follows the same words in two clauses ("其中上级支持
    // 社会福利事业资金用于…3万元，…，上级支持社会福利事业资金用于…22万元"):
    // items of one kind, each told by its purpose.
    // (The four characters right before it, none a stop; a fixed window,
    // so a sentence of many occurrences costs each one the same.)
    auto subject = [&](size_t p) {
      constexpr size_t kSubject = 12;  // four characters
      if (p < kSubject) return std::string_view();
      const std::string_view w = text.substr(p - kSubject, kSubject);
      return ClauseStart(w) == 0 ? w : std::string_view();
    };
    // After a comma, a verb of items leads only in a run of clauses it
    // opens ("其中：用于A30万元，用于B196.21万元"); after a clause of a
    // figure's own ("县本级新增一般债券2.54亿元，用于公路建设1.42亿元，…")
    // it opens that figure's breakdown. (The clause before is read within a
    // bounded reach.)
    auto comma = [&](size_t p, std::string_view w) {
      std::string_view before = text.substr(0, p);
      size_t len = before.ends_with("，") ? 3 : before.ends_with(",") ? 1 : 0;
      if (len == 0) return false;
      before.remove_suffix(len);
      constexpr size_t kReach = 240;
      if (before.size() > kReach)
        before = before.substr(before.size() - kReach);
      // (And after a clause that gives the basis or the aspect the items
      // are told by, with no figure: "按用途分，用于A…、用于B…，合计…",
      // "资金使用方面，用于A…".)
      const std::string_view clause =
          TrimSpace(before.substr(ClauseStart(before)));
      return clause.starts_with(w) ||
             ((clause.starts_with("按") || clause.ends_with("方面")) &&
              clause.find_first_of("0123456789") == std::string_view::npos);
    };
    // Each word's places are found once; a verb of items (lists.lex
    // item_verb) leads after a comma too.
    std::vector<size_t> at;
    for (const char* entry : {"whole", "open"}) {
      const LexEntry* e = list_.Entry(entry);
      if (!e) continue;
      for (const std::string& w : e->words) {
        at.clear();
        for (size_t p = text.find(w); p != std::string_view::npos;
             p = text.find(w, p + w.size())) {
          at.push_back(p);
        }
        if (at.empty()) continue;
        const bool verb = item_verbs_.count(w) > 0;
        auto leads = [&](size_t p) { return lead(p) || (verb && comma(p, w)); };
        const bool item_verb = std::count_if(at.begin(), at.end(), leads) >= 2;
        // The places whose subject another place shares.
        std::set<size_t> same_subject;
        if (at.size() >= 2) {
          std::map<std::string_view, std::vector<size_t>> by_subject;
          for (size_t p : at) {
            if (std::string_view sp = subject(p); !sp.empty()) {
              by_subject[sp].push_back(p);
            }
          }
          for (const auto& [sp, ps] : by_subject) {
            if (ps.size() >= 2) same_subject.insert(ps.begin(), ps.end());
          }
        }
        for (size_t p : at) {
          if ((item_verb && leads(p)) || same_subject.count(p)) continue;
          // After 其他 (lists.lex other) the word names the rest, a part of
          // a list already open ("其中：财政拨款收入…，其他资金来源956.71万
          // 元"; "其余用于…"); after 还有/另有 (lists.lex also) the items
          // are more of the kind before them, beside its figure, not parts
          // of it ("用于社会保障318.24亿元，另外还有用于社会福利1.05亿元、
          // 用于体育事业…"). Either way it opens no list of its own.
          if (const std::string_view before = text.substr(0, p);
              list_.EndsWith(before, "other") ||
              list_.EndsWith(before, "also")) {
            continue;
          }
          // 含 alone opens a note only right after a bracket or a comma
          // ("（含生育保险…）"); elsewhere it is part of a word (含量, 含税).
          if (w == "含") {
            std::string_view before = text.substr(0, p);
            if (!(before.ends_with("（") || before.ends_with("(") ||
                  before.ends_with("，"))) {
              continue;
            }
          }
          // A list word whose clause goes on in words to its stop with no
          // figure says what a figure is for ("116184.66元用于志愿者补助，
          // 其他…"), not what it is made of.
          if (PurposeOnly(text.substr(p + w.size()))) continue;
          out.push_back(
              {p, p + w.size(), w, std::string(entry) == "whole", false});
        }
      }
    }
    // "本年收入1544.58万元，由财政拨款收入1523.25万元和其他收入21.33万元构
    // 成": a list wrapped in 由 … 构成 (lists.lex made_of) names the whole
    // of what its figure is made of, and ends at its closing word; its
    // clause must hold a figure between the two, and no stop.
    // (Looked for within a bounded reach of each 由, so a sentence of many
    // costs each the same.)
    constexpr size_t kMadeOfReach = 240;
    if (const LexEntry* made_of = list_.Entry("made_of")) {
      for (size_t p = text.find("由"); p != std::string_view::npos;
           p = text.find("由", p + 1)) {
        const size_t from = p + std::string_view("由").size();
        std::string_view rest = text.substr(from, kMadeOfReach);
        for (std::string_view s : {"，", "；", "。", ",", ";"}) {
          rest = rest.substr(0, rest.find(s));
        }
        size_t close = std::string_view::npos;
        std::string word;
        for (const std::string& w : made_of->words) {
          if (const size_t c = rest.find(w); c < close) {
            close = c;
            word = w;
          }
        }
        if (close == std::string_view::npos || close == 0) continue;
        const size_t last = from + close;
        // (The sentence's facts are in text order.)
        auto next = std::partition_point(
            facts.begin(), facts.end(),
            [&](int i) { return ctx_.fact(i).text_begin < base + from; });
        if (next == facts.end() || ctx_.fact(*next).text_end > base + last) {
          continue;
        }
        out.push_back({p, from, "由…" + word, true, false, last});
      }
    }
    // A bracket or a colon right after a summable fact opens its parts, and
    // so does a bracket after the figure's own rates ("一般公共预算收入完成
    // 322,215万元，为预算的101.5%，同比增长29.3%（税收收入…；非税收入…）").
    for (size_t x = 0; x < facts.size(); ++x) {
      const Fact& f = ctx_.fact(facts[x]);
      if (!Summable(f) || f.text_end < base) continue;
      size_t after = f.text_end - base;
      for (size_t y = x + 1; y < facts.size(); ++y) {
        const Fact& p = ctx_.fact(facts[y]);
        if (p.kind != "percent" || p.text_begin < base + after) break;
        const std::string_view gap =
            text.substr(after, p.text_begin - base - after);
        if (!gap.starts_with("，") || Contains(gap, "（") ||
            Contains(gap, "(") || Contains(gap, "；")) {
          break;
        }
        const std::string_view next = text.substr(p.text_end - base);
        if (next.starts_with("（") || next.starts_with("(") ||
            next.starts_with("，")) {
          after = p.text_end - base;
        } else {
          break;
        }
      }
      if (after >= text.size()) continue;
      std::string_view rest = text.substr(after);
      size_t len = rest.starts_with("（") || rest.starts_with("：") ? 3
                   : rest.starts_with("(") || rest.starts_with(":") ? 1
                                                                    : 0;
      if (len == 0 || (after != f.text_end - base && !IsOpenBracket(rest))) {
        continue;
      }
      out.push_back({after, after + len, std::string(rest.substr(0, len)),
                     false, IsOpenBracket(rest)});
    }
    std::sort(out.begin(), out.end(), [](const Opener& a, const Opener& b) {
      return a.at != b.at ? a.at < b.at : a.end > b.end;
    });
    // Overlapping openers (分别 inside 分别为, a bracket then 含): the first,
    // longest one; a word right after a bracket opener joins it.
    std::vector<Opener> kept;
    for (const Opener& o : out) {
      if (!kept.empty() && o.at < kept.back().end) continue;
      // A list word right after another opener joins it ("（含", "其中用于",
      // "其中：").
      if (!kept.empty() && o.at == kept.back().end) {
        kept.back().end = o.end;
        kept.back().word += o.word;
        kept.back().whole = kept.back().whole || o.whole;
        continue;
      }
      kept.push_back(o);
    }
    return kept;
  }

  void OneSentence(int s) {
    const rel::Sentence& sen = ctx_.sentences()[size_t(s)];
    std::string_view page = ctx_.PageText(sen.line);
    std::string_view text = page.substr(sen.begin, sen.end - sen.begin);
    std::vector<int> depth = Depths(text);
    std::vector<Opener> openers = Openers(text, sen.facts, sen.begin);
    // Each list reads its sentence's facts once; a sentence of more lists
    // than a report ever strings together is no prose (and would cost
    // lists x facts).
    if (openers.size() > kMaxListsPerSentence) return;
    std::vector<ItemMarker> markers =
        openers.empty() ? std::vector<ItemMarker>() : InlineItemMarkers(text);
    for (size_t k = 0; k < openers.size(); ++k) {
      const Opener& o = openers[k];
      int d = depth[o.at];
      // The list's reach: the sentence end, the close of the bracket it is
      // in (or opens), and the next opener at its depth.
      size_t end = text.size();
      int inner = o.bracket ? d + 1 : d;
      for (size_t p = o.end; p < text.size(); ++p) {
        if (depth[p + 1] < inner ||
            (depth[p] == inner && p + 1 <= text.size() &&
             IsCloseBracket(text.substr(p)))) {
          end = p;
          break;
        }
      }
      // "1、综合运动会654.17万元，其中补助地方30万元；2、示范性活动559.52万元":
      // a total that is an item of a list is broken down within its item;
      // the next item of that list is its sibling, not its part.
      auto after = std::lower_bound(
          markers.begin(), markers.end(), o.at,
          [](const ItemMarker& m, size_t at) { return m.at < at; });
      const bool in_item = after != markers.begin();
      if (in_item) {
        int level = std::prev(after)->level;
        for (auto m = after; m != markers.end() && m->at < end; ++m) {
          if (m->at >= o.end && m->level == level) {
            end = m->at;
            break;
          }
        }
      }
      // "其中：财政拨款收入751.8万元，…，包括一般公共预算收入751.8万元；其他
      // 收入7000万元，…": a list opened inside a part of a list before it
      // in the sentence ends with that part, at its ；. (A bracket's list
      // closed at its bracket, 149.43万元（上年167.68万元），其中：…, holds
      // none after it.)
      if (k > 0 && depth[openers[k - 1].at] == d && !o.bracket &&
          !openers[k - 1].bracket) {
        end = std::min(end, SemicolonIn(text, depth, o.end, end, inner));
      }
      // "本年未发生因公出国（境）费；公务用车购置及运行费1.93万元，其中公务用车
      // 运行费1.93万元；公务接待费1.21万元。": a total in a clause of a series
      // set apart by ； (one stands before it in the sentence, at its depth)
      // whose list's first part is named as a kind of it is broken down
      // within its clause; past the ；, a clause that names no such kind is
      // the series' next item, not a part. (Parts named otherwise, 支出90万
      // 元，其中：人员经费50万元；公用经费40万元, may be parted by ； as
      // SemicolonEnd reads them.)
      if (!o.bracket && LastSemicolonIn(text, depth, 0, o.at, inner) !=
                            std::string_view::npos) {
        const Fact* own = LastFactBefore(sen, o.at);
        auto part = std::partition_point(
            sen.facts.begin(), sen.facts.end(),
            [&](int i) { return ctx_.fact(i).text_begin < sen.begin + o.end; });
        if (own && part != sen.facts.end() &&
            SharedHeadChars(ctx_.fact(*part).label, own->label) >= kKindOf) {
          end =
              std::min(end, ItemEnd(text, depth, sen, o.at, o.end, end, inner));
        }
      }
      nested_ = {0, 0};
      for (size_t j = k + 1; j < openers.size(); ++j) {
        if (openers[j].at >= end) break;
        if (depth[openers[j].at] <= inner && !openers[j].bracket) {
          // "合计21.74万元，其中：出国费0万元；公务用车购置及运行费14.36
          // 万元，其中购置费0万元、运行费14.36万元；公务接待费6.83万元": in
          // a list parted by ；, a list word after an item's own figure
          // opens that item's list, which ends at its ；; the outer list
          // goes on past it, without its parts.
          if (nested_.second == 0) {
            const size_t semi =
                LastSemicolonIn(text, depth, o.end, openers[j].at, inner);
            // (A list that says it is whole, 分别为：, has its first item
            // open with it: its items are siblings, so what follows that
            // item's own list is the next item. Under a bare 其中 the
            // items after it may as well be the item's own list's: 其中：A
            // 9.42亿元，…，主要为A1 0.75亿元；A2 6.55亿元；A3 2.12亿元.)
            const size_t item =
                semi != std::string_view::npos
                    ? semi + (text[semi] == ';' ? 1
                                                : std::string_view("；").size())
                : o.whole ? o.end
                          : std::string_view::npos;
            if (item != std::string_view::npos &&
                FigureIn(sen, item, openers[j].at)) {
              const size_t close = ItemEnd(text, depth, sen, openers[j].at,
                                           openers[j].end, end, inner);
              if (close != std::string_view::npos) {
                nested_ = {openers[j].at, close};
                continue;
              }
            }
          }
          end = openers[j].at;
          // The next list's total, in a clause of its own ("其中：全额拨款
          // 事业编制15人、自收自支事业编制5人，年末在职实有人数38人，其中：
          // …"), is a new subject, not this list's last part: the list ends
          // at that clause.
          end = std::max(o.end, NextTotalClause(text, sen, o.end, end));
          break;
        }
      }
      end = SemicolonEnd(text, depth, sen, o.end, inner, end);
      end = std::min(end, o.close);
      // "收入包括：…23,067.24元；支出包括：…": the items of the list before,
      // up to the ； that closed it, are not this list's total.
      std::pair<size_t, size_t> items_before{0, 0};
      if (k > 0 && depth[openers[k - 1].at] == d) {
        const size_t p =
            LastSemicolonIn(text, depth, openers[k - 1].end, o.at, d);
        if (p != std::string_view::npos) items_before = {openers[k - 1].end, p};
      }
      List(s, text, depth, o, inner, end, in_item, items_before);
      nested_ = {0, 0};
    }
  }

  // Where the first (last) ； or ; at depth d in text[from, to) stands, or
  // npos.
  static bool SemicolonAt(std::string_view text, const std::vector<int>& depth,
                          size_t p, int d) {
    return depth[p] == d &&
           (text.substr(p).starts_with("；") || text[p] == ';');
  }
  static size_t SemicolonIn(std::string_view text,
                            const std::vector<int>& depth, size_t from,
                            size_t to, int d) {
    for (size_t p = from; p < to; ++p) {
      if (SemicolonAt(text, depth, p, d)) return p;
    }
    return std::string_view::npos;
  }
  static size_t LastSemicolonIn(std::string_view text,
                                const std::vector<int>& depth, size_t from,
                                size_t to, int d) {
    for (size_t p = to; p-- > from;) {
      if (SemicolonAt(text, depth, p, d)) return p;
    }
    return std::string_view::npos;
  }
  // The figure of the sentence that ends last before its byte `at`, or
  // nullptr.
  const Fact* LastFactBefore(const rel::Sentence& sen, size_t at) const {
    const Fact* last = nullptr;
    for (int i : sen.facts) {
      if (ctx_.fact(i).text_end > sen.begin + at) break;
      last = &ctx_.fact(i);
    }
    return last;
  }
  // Where the list opened at [at, from) inside one ；-parted item ends: its
  // first ； in [from, to) at depth d, or, its own items parted by ； too,
  // the first ； after those named as kinds of the item's figure (公务用车
  // 购置费0万元，…；公务用车运行维护费23.87万元，…； under
  // 公务用车购置及运行维护费); `to` when the last of them runs to it; npos when
  // no ； follows.
  size_t ItemEnd(std::string_view text, const std::vector<int>& depth,
                 const rel::Sentence& sen, size_t at, size_t from, size_t to,
                 int d) const {
    size_t close = SemicolonIn(text, depth, from, to, d);
    const Fact* own = LastFactBefore(sen, at);
    while (own && close != std::string_view::npos) {
      const size_t next =
          close + (text[close] == ';' ? 1 : std::string_view("；").size());
      if (SharedHeadChars(TrimSpace(text.substr(next)), own->label) < kKindOf) {
        break;
      }
      const size_t further = SemicolonIn(text, depth, next, to, d);
      if (further == std::string_view::npos) return to;
      close = further;
    }
    return close;
  }
  // Whether a figure of the sentence lies in its bytes [from, to).
  bool FigureIn(const rel::Sentence& sen, size_t from, size_t to) const {
    auto it = std::partition_point(
        sen.facts.begin(), sen.facts.end(),
        [&](int i) { return ctx_.fact(i).text_begin < sen.begin + from; });
    return it != sen.facts.end() && ctx_.fact(*it).text_end <= sen.begin + to;
  }
  bool Nested(size_t at) const {
    return at >= nested_.first && at < nested_.second;
  }

  // Where the clause of the last summable fact before `next` (an opener)
  // starts, when a stop (，；) after `from` sets it apart; else `next`.
  size_t NextTotalClause(std::string_view text, const rel::Sentence& sen,
                         size_t from, size_t next) const {
    const Fact *total = nullptr, *before = nullptr;
    std::set<std::string> heads;  // of the list's parts before it
    for (int i : sen.facts) {
      const Fact& f = ctx_.fact(i);
      if (f.text_begin < sen.begin + from) continue;
      if (f.text_end > sen.begin + next) break;
      if (!Summable(f)) continue;
      if (total) heads.insert(LastChars(total->label, 2));
      before = total;
      total = &f;
    }
    // A part named like the parts before it ("水利专项项目投资3049万元，整合
    // 项目投资1310万元，其中中央财政1200万元") is the list's last part,
    // broken down in turn.
    if (!total || heads.count(LastChars(total->label, 2))) return next;
    std::string_view head =
        text.substr(from, total->text_begin - sen.begin - from);
    size_t cut = std::string_view::npos;
    for (std::string_view stop : {"，", "；", ",", ";"}) {
      size_t p = head.rfind(stop);
      if (p != std::string_view::npos &&
          (cut == std::string_view::npos || p > cut)) {
        cut = p;
      }
    }
    if (cut == std::string_view::npos) return next;
    // A part printed in the total's clause, the stop lost ("其他资金859.6万元
    // 2023年支出2310.4万元，其中…"): the list ends after that part.
    if (before && before->text_end - sen.begin > from + cut) {
      return before->text_end - sen.begin;
    }
    return from + cut;
  }

  // Chinese punctuation ranks its stops: 、 and ， part a clause's items,
  // ； the clauses. A list whose first two parts are set apart by 、 or ，
  // ("其中：中央248.73万元（…），省级230.54万元（…），县级66.96万元；2024年
  // 应支付…") ends at the first ； of its depth; one whose parts are set
  // apart by ； ("其中：A项目10万元，用于…；B项目20万元，用于…") runs on;
  // one that names its items by 、 before any figure ends at its ； too.
  // A clause after the ； that is one more part of the same shape (one
  // figure of the parts' role whose label ends in a part's head word:
  // "…支出126.50万元，…支出10.00万元；资助体育后备人才培养支出24万元。",
  // "…调运经费8.64万元、…补助资金0.1万元；…利息收入资金0.17万元。") is
  // the list's last part, set apart by a stronger stop than it needed.
  // Returns the list's end, `end` or earlier.
  size_t SemicolonEnd(std::string_view text, const std::vector<int>& depth,
                      const rel::Sentence& sen, size_t from, int inner,
                      size_t end) const {
    auto is = [&](size_t p, std::initializer_list<std::string_view> marks) {
      for (std::string_view m : marks) {
        if (text.substr(p).starts_with(m)) return true;
      }
      return false;
    };
    int parts = 0;
    const Fact* first = nullptr;
    bool comma_between = false;
    // Items set apart by 、 before any figure: the list names its items
    // ("机构10个：即A、B、…、J；下辖社区5个和村1个"), and ends at the ；,
    // unless a figure follows the names in their clause: then they were
    // one part's ("其中A、B、C三个项目合计2600万元；D930万元；…").
    bool names = false;
    size_t next_fact = 0;
    std::set<std::string> heads;  // the last two characters of parts' labels
    // Whether the clause from byte q to the next stop of this depth holds
    // one summable fact, labelled with the parts' head word.
    // (A clause that opens with a year is a statement of that year's, not
    // a part: "…特种专业技术用车0辆；2024年计划购置公务用车1辆".)
    auto one_more_part = [&](size_t q) {
      if (heads.empty() || LeadingYear(TrimSpace(text.substr(q))) > 0) {
        return false;
      }
      size_t stop = q;
      while (stop < end && !(depth[stop] == inner &&
                             is(stop, {"；", ";", "。", "，", ","}))) {
        ++stop;
      }
      int n = 0;
      bool alike = false;
      // From the first fact not yet passed: the facts before q are (a
      // clause is read once, so a list of many clauses stays linear).
      for (size_t k = next_fact; k < sen.facts.size(); ++k) {
        const Fact& f = ctx_.fact(sen.facts[k]);
        if (f.text_begin < sen.begin + q) continue;
        if (f.text_begin >= sen.begin + stop || n > 1) break;
        ++n;
        alike = Summable(f) && f.role == first->role &&
                heads.count(LastChars(f.label, 2)) > 0;
      }
      return n == 1 && alike && (stop == end || is(stop, {"；", ";", "。"}));
    };
    for (size_t p = from; p < end; ++p) {
      if (depth[p] != inner) continue;
      // Count the parts passed so far: summable facts at this depth with
      // the first one's role (a statement of 预算, 支出, 结转 in turn is one
      // part of a list of parallel statements, not three).
      while (next_fact < sen.facts.size() &&
             ctx_.fact(sen.facts[next_fact]).text_begin < sen.begin + p) {
        const Fact& f = ctx_.fact(sen.facts[next_fact++]);
        size_t at = f.text_begin - sen.begin;
        if (at < from || depth[at] != inner || !Summable(f)) continue;
        if (!first) first = &f;
        // A part is a figure of the first's family and role: the amount
        // beside each counted part ("产业项目3个，总共投资1288.64万元；") is
        // that part's detail, not the list's second part.
        if (f.role == first->role && SameFamily(f, *first)) {
          ++parts;
          heads.insert(LastChars(f.label, 2));
        }
      }
      if (is(p, {"；", ";"})) {
        if (parts >= 2 && comma_between &&
            one_more_part(
                p + (text[p] == ';' ? 1 : std::string_view("；").size()))) {
          continue;
        }
        return (parts >= 2 && comma_between) || (names && parts == 0) ? p : end;
      }
      if (parts == 1 && is(p, {"，", ",", "、"})) comma_between = true;
      if (parts == 0 && is(p, {"、"})) names = true;
    }
    return end;
  }

  // The facts of family `like` in [from, to) of the sentence at depth
  // `depth`, until a fact with another accounts role begins a new clause.
  // `in_item`: an item marker of a numbered list stands before the opener.
  void List(int s, std::string_view text, const std::vector<int>& depth,
            const Opener& o, int inner, size_t end, bool in_item,
            std::pair<size_t, size_t> items_before) {
    const rel::Sentence& sen = ctx_.sentences()[size_t(s)];
    const uint32_t base = sen.begin;
    // "执行数1032849.44（含中央资金689139.31万元，…）": a list right after a
    // figure read as no fact (printed without its unit) is that figure's
    // breakdown; an amount earlier in the sentence is not its total.
    if (AfterBareNumber(text, o.at, base, sen.facts)) return;
    // Totals: the last summable fact of each family before the opener, at
    // the opener's depth or outside it.
    std::vector<int> before;
    for (size_t j = 0; j < sen.facts.size(); ++j) {
      const int i = sen.facts[j];
      const Fact& f = ctx_.fact(i);
      if (f.text_end > base + o.at) break;
      const size_t at = f.text_begin - base;
      if (Summable(f) && depth[at] <= depth[o.at] && !Compared(i) &&
          !ShareWhole(ctx_, sen, j) &&
          !(at >= items_before.first && at < items_before.second)) {
        before.push_back(i);
      }
    }
    // "资金分两部分发放，分别为：…": words before the opener that announce a
    // count of parts and carry no figure introduce the list as an opening
    // word does; the parts are of the figure said before.
    // So do words that give the basis the list divides by ("按支出功能分类
    // 科目，分别为：…").
    const bool no_figure_before =
        sen.facts.empty() || ctx_.fact(sen.facts[0]).text_begin >= base + o.at;
    // So do words after the opener that announce the count before a colon
    // ("资金用于以下5个方面：…").
    // (The count itself may be read as a figure: 5个.)
    const size_t colon_at = text.find("：", o.end);
    const bool announced_after =
        no_figure_before && colon_at != std::string_view::npos &&
        std::none_of(sen.facts.begin(), sen.facts.end(),
                     [&](int i) {
                       const Fact& f = ctx_.fact(i);
                       return f.text_begin < base + colon_at &&
                              f.kind != "count";
                     }) &&
        AnnouncedCount(list_, text.substr(o.end, colon_at - o.end)).has_value();
    bool at_start =
        before.empty() &&
        (!HasHan(text.substr(0, o.at)) || announced_after ||
         (no_figure_before &&
          (AnnouncedCount(list_, NameBefore(text, o.at)).has_value() ||
           TrimSpace(text).starts_with("按"))));
    // "1.用于…151万元；\n2.用于…9万元": a list word opening an item of a
    // numbered list begins that item; the figure before it is the last
    // item's, a sibling and not a total.
    if (at_start && !in_item && s > 0) {
      // "…37.34万元。其中：…": the total ends the sentence before — the
      // figure that sentence is about, not an aside: a change against
      // another year (较上年减少27.31万元) or a figure in the clause that
      // gives a cause (主要原因是…29.01万元; lists.lex, aside), which runs
      // to the sentence's end.
      const rel::Sentence& prev = ctx_.sentences()[size_t(s - 1)];
      if ((prev.line == sen.line || prev.end + 1 == sen.begin) &&
          !prev.facts.empty()) {
        uint32_t aside = prev.end;
        if (const LexEntry* e = list_.Entry("aside")) {
          std::string_view ptext =
              ctx_.Between(prev.facts[0], prev.begin, prev.end);
          for (const std::string& w : e->words) {
            size_t at = ptext.find(w);
            if (at != ptext.npos)
              aside = std::min(aside, prev.begin + uint32_t(at));
          }
        }
        // A figure in brackets is an aside on the one before it ("…4500万
        // 元，占…的62.5%（2013年共筹集7205.72万元）。其中…"), not the subject.
        const std::vector<int> pdepth = Depths(
            ctx_.PageText(prev.line).substr(prev.begin, prev.end - prev.begin));
        for (size_t j = 0; j < prev.facts.size(); ++j) {
          const int i = prev.facts[j];
          const Fact& f = ctx_.fact(i);
          if (f.text_begin >= prev.begin &&
              pdepth[std::min<size_t>(f.text_begin - prev.begin,
                                      pdepth.size() - 1)] > 0) {
            continue;
          }
          // A part of that sentence's own list is not what it is about:
          // its total is ("…补助资金18,652.00万元，其中：中央…、县级资金
          // 2,100.00万元。用于产业发展的资金…").
          if (Summable(f) && f.role != "change" && f.text_begin < aside &&
              !ctx_.OtherYear(i) && !ShareWhole(ctx_, prev, j) &&
              !listed_.count(i)) {
            before.push_back(i);
          }
        }
      }
    }
    // "固定资产净值6216.38万元（固定资产原值6606.25万元，累计折旧389.87万元）":
    // a list that names a deduction (lists.lex, deduction) shows how its
    // figure is derived, a difference and not a sum of parts; so does a
    // bracket that holds an adjustment ("全年预算数为11301.40万元（年初预算
    // 11546.64万元，调减245.24万元）": the budget's steps), and a part named
    // and then cut back (lists.lex, cut).
    for (int i : sen.facts) {
      const Fact& f = ctx_.fact(i);
      size_t at = f.text_begin - base;
      if (at < o.end || depth[at] != inner || Nested(at)) continue;
      if (at >= end) break;
      if (o.bracket && f.role == "adjust") return;
      const std::string label = Squeeze(f.label);
      if (list_.Contains(label, "deduction")) return;
      size_t cut = 0;
      if (list_.EndsWith(label, "cut", &cut) && label.size() > cut) return;
    }
    // Parallel statements ("其中局机关预算资金149.31万元，支出133.89万元，结转
    // 15.42万元；中心预算资金33万元，支出15万元，结转18万元"): each quantity
    // of the total's sentence is broken down by the parts of its role.
    std::map<std::string, std::vector<int>> by_role;
    for (int i : sen.facts) {
      const Fact& f = ctx_.fact(i);
      size_t at = f.text_begin - base;
      if (at < o.end || f.kind != "amount" || !Summable(f) ||
          depth[at] != inner || Nested(at) || ctx_.OtherYear(i)) {
        continue;
      }
      if (at >= end) break;
      by_role[f.role].push_back(i);
    }
    int repeated = 0;  // roles stated for two parts or more
    for (const auto& [role, facts] : by_role) {
      repeated += !role.empty() && facts.size() >= 2;
    }
    if (repeated >= 2 && !by_role.count("")) {
      parallel_ = true;
      for (const auto& [role, facts] : by_role) {
        int total = -1;
        for (int b : before) {
          if (ctx_.fact(b).role == role &&
              SameFamily(ctx_.fact(b), ctx_.fact(facts[0]))) {
            total = b;
          }
        }
        if (total >= 0) Emit(s, text, o, total, facts, end);
      }
      parallel_ = false;
      return;
    }
    // The families listed, each with the total of its family and the parts
    // that follow the opener, up to the first fact whose accounts role is
    // not the total's (a payment after a list of sources, a rate); the
    // families paired by position first.
    std::vector<int> seen =
        ColumnsByPosition(s, text, depth, o, inner, end, before);
    for (int i : sen.facts) {
      const Fact& f = ctx_.fact(i);
      size_t at = f.text_begin - base;
      if (at < o.end || !Summable(f) || depth[at] != inner || Nested(at)) {
        continue;
      }
      if (at >= end) break;
      bool known = false;
      for (int k : seen) known = known || SameFamily(ctx_.fact(k), f);
      if (known) continue;
      seen.push_back(i);
      // The total is the nearest number of the parts' kind before the
      // list; if it counts something else (3235人 before 2975人次 …), the
      // list is not its breakdown.
      // A change against another year is the total of changes only ("减少
      // 221万元，下降10.1%；其中：因公出国（境）经费48万元…" breaks down
      // the 1969万元 before it).
      // An amount per unit (平均每家21.46万元, 户均2000元) is no total.
      int total = -1;
      for (int b : before) {
        const Fact& fb = ctx_.fact(b);
        // (Nor is an adjustment the total of parts of another role: 调减
        // 3500万元，其中：税收收入调整为44300万元… lists the adjusted budget.)
        const bool difference = fb.role == "change" || fb.role == "adjust";
        if (fb.kind == f.kind &&
            (!difference || f.role == fb.role ||
             (fb.role == "adjust" && f.role.empty())) &&
            !NamesPerUnit(per_, fb.label)) {
          total = b;
        }
      }
      // "…包括基本支出203.76万元和项目支出40.58万元；其中基本支出用于人员
      // 经费157.83万元、…": a list whose first part is named as within a
      // figure of the sentence before the list word (its name opening with
      // that figure's whole name, three characters or more, and going on)
      // breaks that figure down, not the nearest one.
      bool named_within = false;
      for (auto b = before.rbegin(); b != before.rend() && total >= 0; ++b) {
        const std::string whole = Squeeze(ctx_.fact(*b).label);
        const std::string first = Squeeze(f.label);
        if (ctx_.fact(*b).kind == f.kind && CodePoints(whole) >= 3 &&
            first.size() > whole.size() && first.starts_with(whole)) {
          total = *b;
          named_within = true;
          break;
        }
      }
      // "…共选聘护林员695人，由中央资金选聘553人和省级资金选聘142人构成，
      // 其中脱贫人口655人": a list word after a list closed by its circumfix
      // (由…构成) opens a list of that whole, not of its last part, unless
      // the new list's first part is named as within that part (above).
      if (auto c = closed_part_.find(total);
          total >= 0 && !named_within && c != closed_part_.end() &&
          c->second.first <= base + o.at &&
          ctx_.fact(c->second.second).kind == f.kind) {
        total = c->second.second;
      }
      // "基本支出…，包括人员经费252.63万元和公用经费59.93万元两项；人员经费
      // 由工资福利支出231.92万元和…构成": a list whose clause names its whole
      // before the list word, with no figure of its own there, breaks down
      // the figure so named before it, not the nearest.
      auto stop_between = [&](int b) {
        const Fact& fb = ctx_.fact(b);
        if (fb.text_end < base || fb.text_end - base > o.at) return false;
        const std::string_view gap =
            text.substr(fb.text_end - base, o.at - (fb.text_end - base));
        for (size_t pos = 0; pos < gap.size();) {
          if (IsClauseStop(DecodeUtf8(gap, &pos))) return true;
        }
        return false;
      };
      // So does one that opens its sentence with that name ("…包括本年收入
      // 492.43万元和…。本年收入由财政拨款收入…构成。"): the figure is the
      // sentence before's.
      if (total < 0 || stop_between(total)) {
        // (A part of the list before may be that whole: its parts are
        // named here.)
        const std::string subject = NameBefore(text, o.at);
        std::vector<int> named;
        if (total < 0 && s > 0 && CodePoints(subject) >= 3) {
          named = ctx_.sentences()[size_t(s - 1)].facts;
        }
        for (int i : sen.facts) {
          if (ctx_.fact(i).text_end <= base + o.at) named.push_back(i);
        }
        for (auto b = named.rbegin();
             b != named.rend() && CodePoints(subject) >= 2; ++b) {
          const Fact& fb = ctx_.fact(*b);
          if (fb.kind == f.kind && Summable(fb) && fb.role != "change" &&
              Squeeze(fb.label).ends_with(subject)) {
            total = *b;
            break;
          }
        }
      }
      // A list that opens its sentence ("…实际支出2,301.15万元，…；结余资金
      // 48.85万元。" then "其中：扩容1,520.40万元，…") breaks down a figure
      // of the sentence before, which may hold several: not one smaller
      // than a part of the list, when another is no smaller than any; and
      // one smaller than each of two parts or more (a slip makes one figure
      // wrong, not all) is not their total: they are of a figure further
      // back (…实际支出946.10万元…。结余资金35.13万元，已…收回。其中主要
      // 用于…235.89万元、…215.11万元…), which is not read.
      if (at_start && total >= 0) {
        std::optional<Decimal> largest, least;
        Decimal sum, slack;  // the parts' sum, and its rounding
        int parts = 0;
        for (int i : sen.facts) {
          const Fact& g = ctx_.fact(i);
          const size_t gat = g.text_begin - base;
          if (gat < o.end || depth[gat] != inner || Nested(gat) ||
              !Summable(g) || !SameFamily(g, f)) {
            continue;
          }
          if (gat >= end) break;
          std::optional<Decimal> v = Decimal::Parse(g.base_value);
          if (v && (!largest || *v > *largest)) largest = v;
          if (v && (!least || *v < *least)) least = v;
          if (v) sum = sum + *v;
          // (Only a part printed with decimals shows rounding: whole
          // amounts allocated, 30万元 and 40万元, are exact, and 69万元 is no
          // total of theirs.)
          if (std::optional<Decimal> p = Decimal::Parse(g.value);
              p && g.value.find('.') != std::string::npos) {
            slack = slack + p->HalfUnit().Shift(UnitExponent(g.unit));
          }
          ++parts;
        }
        // Of its figures, the one the parts add up to exactly is the one
        // the list breaks down (…支出25.50万元，年初预算33.86万元…。其中：
        // 0万元…23.87万元…1.63万元); so is one of the sentence before that
        // when the nearer sentence only says what was left of it (全年实际
        // 支出832.12万元…。到位资金结余269.74万元，…。按支出用途分，…分别为
        // …: 832.12).
        std::vector<int> further = before;
        if (s >= 2) {
          const rel::Sentence& prev = ctx_.sentences()[size_t(s - 1)];
          const rel::Sentence& back = ctx_.sentences()[size_t(s - 2)];
          if (back.line == prev.line || back.end + 1 == prev.begin) {
            further.insert(further.begin(), back.facts.begin(),
                           back.facts.end());
          }
        }
        // (Exactly, or else to the rounding of the parts' printed digits:
        // 税收收入22.53亿元、非税收入5.63亿元 of 28.17亿元, not of the
        // budget 29.38亿元 printed after it.)
        for (const bool exact : {true, false}) {
          bool found = false;
          for (int b : further) {
            const Fact& fb = ctx_.fact(b);
            std::optional<Decimal> v = Decimal::Parse(fb.base_value);
            if (parts >= 2 && v && fb.kind == f.kind && fb.role != "change" &&
                SameFamily(fb, f) &&
                (exact ? *v == sum : (*v - sum).Abs() <= slack)) {
              total = b;
              found = true;
            }
          }
          if (found) break;
        }
        auto small = [&](int b) {
          std::optional<Decimal> v = Decimal::Parse(ctx_.fact(b).base_value);
          return largest && v && *v < *largest;
        };
        auto below_all = [&](int b) {
          std::optional<Decimal> v = Decimal::Parse(ctx_.fact(b).base_value);
          return parts >= 2 && least && v && *v < *least;
        };
        if (small(total)) {
          for (int b : before) {
            const Fact& fb = ctx_.fact(b);
            if (fb.kind == f.kind && fb.role != "change" && !small(b)) {
              total = b;
            }
          }
        }
        if (below_all(total)) total = -1;
        // What money was used for (lists.lex item_verb: 用于) breaks down
        // what was spent: after a sentence that only says what was left
        // (结余资金27.43万元，…), the payment of the sentence before it
        // ("全年实际支出533.44万元…。结余资金27.43万元，…。资金用于以下5个方
        // 面：…"), however its parts add up.
        // So do parts that are payments themselves (其中拨付村卫生室…):
        // what was left is not what they were paid out of.
        if ((total < 0 || ctx_.fact(total).role == "balance") &&
            (list_.Has("item_verb", o.word) ||
             list_.Contains(text.substr(0, o.at), "item_verb") ||
             (total >= 0 && f.role == "spent"))) {
          for (int b : further) {
            const Fact& fb = ctx_.fact(b);
            if (fb.role == "spent" && SameFamily(fb, f) && fb.qualifier.empty())
              total = b;
          }
        }
      }
      // A breakdown opens right after its total: a figure clauses before
      // the list word ("…本级59.75万元，项目绩效目标是…，资金严格按照…，主要
      // 用于…，包括办公费…") is another statement's.
      // The total's own comparison (，较2024年的2190万元减少221万元，下降
      // 10.1%；) is part of its statement: the distance counts from its end.
      // So are its own rates in the clauses right after it (…累计完成8736
      // 万元，完成年初预算的27.39%，同比增长11.91%，其中：税收收入…), not
      // a rate past a ； (上年结余7.47万元；预算完成率100%，其中…).
      int reach = total;
      if (total >= 0 && f.role != "change") {
        const uint32_t from = ctx_.fact(total).text_begin;
        for (auto it = std::partition_point(
                 sen.facts.begin(), sen.facts.end(),
                 [&](int i) { return ctx_.fact(i).text_begin <= from; });
             it != sen.facts.end(); ++it) {
          const int i = *it;
          const Fact& g = ctx_.fact(i);
          if (g.text_end > base + o.at) break;
          const bool own_rate =
              g.kind == "percent" && g.text_begin >= base &&
              ctx_.fact(reach).text_end >= base &&
              !Contains(text.substr(ctx_.fact(reach).text_end - base,
                                    g.text_begin - ctx_.fact(reach).text_end),
                        "；");
          if (g.role != "change" && !ctx_.OtherYear(i) && !own_rate) break;
          reach = i;
        }
      }
      if (total >= 0 && FarBefore(text, base, ctx_.fact(reach), o.at)) {
        total = -1;
      }
      // A figure of another kind in a clause of its own between the total
      // and the list word ("上年结余7.47万元；预算完成率100%，其中人员经费
      // 开支…"): the list is of what that clause is about.
      if (total >= 0 && ctx_.fact(reach).text_end >= base &&
          ctx_.fact(reach).text_end - base <= o.at) {
        const uint32_t from = ctx_.fact(reach).text_end;
        const std::string_view between =
            text.substr(from - base, o.at - (from - base));
        if (Contains(between, "；") || Contains(between, ";")) {
          for (auto it = std::partition_point(
                   sen.facts.begin(), sen.facts.end(),
                   [&](int i) { return ctx_.fact(i).text_begin < from; });
               it != sen.facts.end() && ctx_.fact(*it).text_end <= base + o.at;
               ++it) {
            if (ctx_.fact(*it).kind != f.kind) total = -1;
          }
        }
      }
      if (total >= 0 && !SameFamily(ctx_.fact(total), f)) continue;
      if (total >= 0 && SameVerbBefore(text, base, o, ctx_.fact(total))) {
        total = -1;
      }
      const std::string own = total >= 0 ? ctx_.fact(total).role : "";
      // A payment is made of payments: under a total paid out, a clause
      // that opens with a budget ("支出66.99亿元。其中，市本级管理的…资金
      // 总额为34.25亿元，形成支出32.73亿元，支付进度96.5%") states a part's
      // own budget and payment, not the parts of the total.
      if (own == "spent" && IsBudget(f.role) && f.role != "fund") continue;
      // A list said to be of its total's sources (资金来源分别为：…) holds
      // what was carried in among them, as income's list does.
      bool income = total >= 0 && NamesIncome(ctx_.fact(total).label);
      if (const Fact* t = total >= 0 ? &ctx_.fact(total) : nullptr;
          t && t->text_end >= base && t->text_end <= base + o.end) {
        const size_t from = t->text_end - base;
        income = income || Contains(text.substr(from, o.end - from), "来源");
      }
      // So does the budget of a sentence that opens on income and not on
      // spending ("（一）收入预算：2026年年初预算数3,009.40万元，其中：一般公
      // 共预算拨款…，其他收入32万元，上年结转结余资金7.23万元").
      if (const Fact* t = total >= 0 ? &ctx_.fact(total) : nullptr;
          t && t->text_begin >= base) {
        const std::string_view lead = text.substr(0, t->text_begin - base);
        income = income || (Contains(lead, "收入") && !Contains(lead, "支出"));
      }
      bool outlays = false;
      if (total >= 0 && own == "spent") {
        const Fact& t = ctx_.fact(total);
        const std::string before = Squeeze(ctx_.Between(
            total, t.text_begin > 12 ? t.text_begin - 12 : 0, t.text_begin));
        outlays = before.ends_with("支出总计") ||
                  before.ends_with("支出总计为") ||
                  before.ends_with("支出总计：");
      }
      // A part is named by what it is (中央资金, 培训支出), not by the
      // account alone: a first figure labelled only by a word for payments
      // under a total of money given ("财政拨款150万元：执行数125.25万元")
      // is what was paid out of it, no part.
      if (f.role == "spent" && !own.empty() && own != "spent") {
        if (roles_.Has(f.role, Squeeze(f.label))) continue;
      }
      std::vector<int> fam;
      // Whether percent g is the last part's own rate in a list of clauses
      // set apart by ； ("其中：因公出国（境）费支出决算为0万元，完成预算的
      // 0%；公务用车…支出决算为8.6万元，完成预算的86%；…"): in the part's
      // clause, and a ； parts it from the next part or has parted the
      // parts before. A rate after parts set apart by 、 or ， is the
      // whole's ("其中中央60万元、省级40万元，执行率95%").
      // Read in one pass: whether a ； has parted two parts so far, the
      // next ； at or after a place (a cursor that only moves on), and the
      // next figure that is no percent (likewise).
      bool parted = false;
      size_t semi = 0;
      size_t next = 0;
      auto own_rate = [&](size_t at) {
        const Fact& g = ctx_.fact(sen.facts[at]);
        if (g.kind != "percent" || fam.empty()) return false;
        const Fact& last = ctx_.fact(fam.back());
        const std::string_view to_rate =
            text.substr(last.text_end - base, g.text_begin - last.text_end);
        if (Contains(to_rate, "；") || Contains(to_rate, "。")) return false;
        const size_t after = g.text_end - base;
        if (semi < after) {
          semi = text.find("；", after);
          if (semi == std::string_view::npos) semi = text.size();
        }
        if (semi >= end) return parted;
        next = std::max(next, at + 1);
        while (next < sen.facts.size() &&
               ctx_.fact(sen.facts[next]).kind == "percent") {
          ++next;
        }
        if (next >= sen.facts.size()) return false;
        const Fact& n = ctx_.fact(sen.facts[next]);
        return n.text_begin > base + semi && n.text_begin < base + end &&
               SameFamily(n, f) && n.role == f.role;
      };
      const std::string_view account =
          total >= 0 ? Account(ctx_.fact(total).label) : std::string_view();
      bool read_any = false;  // a figure of the list read before g
      bool all_said = false;  // a part said to be 100% of the total
      for (size_t at = 0; at < sen.facts.size(); ++at) {
        const int j = sen.facts[at];
        const Fact& g = ctx_.fact(j);
        size_t gat = g.text_begin - base;
        if (gat < o.end || depth[gat] != inner || Nested(gat)) continue;
        if (gat >= end) break;
        // A figure of another of the government's accounts (lists.lex,
        // account) starts that account's statement.
        if (!account.empty()) {
          const std::string_view other = Account(g.label);
          if (!other.empty() && other != account) break;
        }
        // A part's own change and its rate (…公务接待费242万元，较上年减少
        // 12万元，下降4.7%；…) are no parts of a total that is no change.
        if (g.role == "change" && total >= 0 && own != "change") continue;
        // A sum of the parts' family ends the list; one of another family
        // is a part's detail ("产业项目3个，总共投资1288.64万元"). A sum
        // first in the list sums names, not figures ("其中A、B、C三个项目合
        // 计2600万元；D930万元…"): it is the first part.
        // A figure named by an account's word alone (已支出, 实际支出), of
        // another account than the first part's (EndsList's, whatever the
        // total's), is the statement moving on to that account (…，其中：
        // 监控设施建设补助资金520万元，已支出388.16万元): parts are named by
        // what they are (中央资金, 培训支出).
        // A carry-over past a ； that closes sources set apart by 、 or ，
        // ("收入合计2638.02万元，其中财政拨款收入…、其他收入…；年初结转和结
        // 余33.70万元") is beside the income, no source of it: the
        // enumeration ended at the ；.
        bool sources = income;
        if (income && g.role == "carry" && fam.size() >= 2) {
          const Fact& first_part = ctx_.fact(fam.front());
          const Fact& last = ctx_.fact(fam.back());
          const std::string_view among =
              text.substr(first_part.text_end - base,
                          last.text_begin - first_part.text_end);
          const std::string_view gap =
              text.substr(last.text_end - base, g.text_begin - last.text_end);
          if (Contains(gap, "；") &&
              (Contains(among, "、") || Contains(among, "，")) &&
              !Contains(among, "；")) {
            sources = false;
          }
        }
        // A part said to be all of the total (占100%) leaves nothing to
        // list but parts of nothing (事业收入0万元，占0%): a figure that is
        // not zero is beside the total ("其中：财政拨款收入4,385.46万元，占
        // 100%，年初结转和结余1,074.18万元").
        if (g.kind == "percent" && !fam.empty() &&
            Decimal::Parse(g.base_value) == Decimal::FromInt(100) &&
            TrimSpace(g.label) == "占") {
          all_said = true;
        }
        if (all_said && Summable(g) &&
            Decimal::Parse(g.base_value) != Decimal::FromInt(0)) {
          break;
        }
        const bool ends = EndsList(g.role, own, f.role, sources, outlays) ||
                          (read_any && BareAccount(g) &&
                           EndsList(g.role, "", f.role, sources, outlays));
        if (ends && own_rate(at)) continue;
        if (ends || (read_any && SameFamily(g, f) && IsSum(g, base, text))) {
          break;
        }
        read_any = read_any || Summable(g);
        // An amount said per unit (首次认定的74家，每家奖励50万元，计3,700
        // 万元；…) is the part's standard, no part: the part is what it
        // comes to.
        if (g.kind == "amount" && NamesPerUnit(per_, g.label)) continue;
        // What a part was before it moved (rates.lex, move: "土地出让收入由
        // 年初预算的65000万元调整为35000万元") is no part: the part is what
        // it became.
        if (MovedFrom(sen, at, text, base)) continue;
        // The whole a share is of, named in the share's clause (其中授予中小
        // 企业合同金额399.27万元，占政府采购支出总额571.28万元的69.89%), is
        // what the parts are of, no part.
        if (ShareWhole(ctx_, sen, at)) continue;
        // (Of the total's measure: 15台（套） counts its 台 and its 套.)
        if (Summable(g) && SameFamily(g, total >= 0 ? ctx_.fact(total) : f) &&
            !Compared(j)) {
          if (!fam.empty()) {
            const Fact& last = ctx_.fact(fam.back());
            const std::string_view gap =
                text.substr(last.text_end - base, g.text_begin - last.text_end);
            // A clause said to be besides (lists.lex, beyond: 此外) is no
            // part of the list before it; nor is a figure of what is held
            // (lists.lex, stock: 保有量) in a list of what was added.
            if (list_.Contains(gap, "beyond") ||
                (list_.EndsWith(Squeeze(g.label), "stock") &&
                 !list_.Contains(
                     Squeeze(total >= 0 ? ctx_.fact(total).label : f.label),
                     "stock"))) {
              break;
            }
            // Parts that have named every member of a partition of their
            // total ("基本支出…，包括人员经费…和公用经费…；项目支出…") are
            // all of it: past a ；, the statement has moved on. So are
            // parts that add up to their total exactly ("…289403万元，其
            // 中：中央…202377万元，市级…87026万元；本次纳入…资金151640万
            // 元"): a further part, but one of nothing, would exceed it.
            if (Contains(gap, "；") && !parted && fam.size() >= 2 &&
                (!Partition(fam).empty() ||
                 (SumsTo(fam, total) &&
                  Decimal::Parse(g.base_value) != Decimal::FromInt(0)))) {
              break;
            }
            parted = parted || Contains(gap, "；");
          }
          fam.push_back(j);
        }
      }
      if (fam.empty() || (total < 0 && !o.whole)) continue;
      // A bracket that holds one figure of another quantity, a running
      // total or a rate per head (lists.lex, measure: "安排预算稳定调节基金
      // 28478万元（累计稳定调节基金43429万元）", "197万元（每亩197元）"), is an
      // aside on its figure, not its breakdown.
      if (o.bracket && fam.size() == 1 &&
          list_.StartsWith(Squeeze(ctx_.fact(fam[0]).label), "measure")) {
        continue;
      }
      // So is one that restates the figure about (（约1.38亿元）: lists.lex
      // restate_about).
      if (o.bracket && fam.size() == 1) {
        std::string_view open = text.substr(o.at);
        open.remove_prefix(
            open.starts_with("（") ? std::string_view("（").size() : 1);
        if (list_.StartsWith(Squeeze(open), "restate_about")) continue;
      }
      // So is one that opens with a year, no word between ("…占2013年筹集的
      // 福彩公益金的62.5%（2013年长沙市本级共筹集福彩公益金7205.72万元）"): a
      // figure of that year for reference, not a part (含2005年…3人 is one).
      if (o.bracket && fam.size() == 1) {
        const std::string_view open = text.substr(o.at);
        const size_t len = open.starts_with("（") ? 3 : 1;
        if (LeadingYear(open.substr(len)) != 0) continue;
      }
      // So is one right after a rate ("年末参保5,389,470人，参保率98.16%
      // （应参保人数5,490,356人）"): it gives what the rate is of, not a
      // part of the figure before the rate.
      if (o.bracket && fam.size() == 1) {
        const Fact* before = nullptr;
        for (int i : sen.facts) {
          if (ctx_.fact(i).text_end > base + o.at) break;
          before = &ctx_.fact(i);
        }
        if (before && before->kind == "percent" &&
            TrimSpace(text.substr(before->text_end - base,
                                  o.at - (before->text_end - base)))
                .empty()) {
          continue;
        }
      }
      // "年末结转和结余28.20万元（含年初结转和结余38.09万元）": what a
      // balance is said to hold of the year's start is its account's
      // carry-in (budget.net), no part: the year's flow may have been a
      // loss.
      if (total >= 0 && ctx_.fact(total).role == "balance" &&
          std::all_of(fam.begin(), fam.end(),
                      [&](int i) { return ctx_.fact(i).role == "carry"; })) {
        continue;
      }
      DropNested(&fam);
      Emit(s, text, o, total, fam, end);
    }
  }

  // Whether the sentence's figure at `at` is what a quantity was before it
  // moved to the next figure: a from-word in its clause before it (after
  // the figure before it, so a list of 10^5 parts is read once), and only a
  // few words ending in a to-word between it and the next figure of its
  // family ("由年初预算的65000万元调整为35000万元").
  bool MovedFrom(const rel::Sentence& sen, size_t at, std::string_view text,
                 uint32_t base) const {
    constexpr size_t kMaxMoveWords = 8;  // characters: 调整为, 下降至
    if (at + 1 >= sen.facts.size()) return false;
    const Fact &g = ctx_.fact(sen.facts[at]), &n = ctx_.fact(sen.facts[at + 1]);
    if (!SameFamily(g, n) || g.text_begin < base || n.text_begin < g.text_end) {
      return false;
    }
    uint32_t since = base;
    if (at > 0) since = std::max(since, ctx_.fact(sen.facts[at - 1]).text_end);
    if (since > g.text_begin) return false;
    const std::string_view head =
        text.substr(since - base, g.text_begin - since);
    const std::string_view clause = head.substr(ClauseStart(head));
    const std::string_view move =
        TrimSpace(text.substr(g.text_end - base, n.text_begin - g.text_end));
    return move_.Contains(clause, "from") && move_.EndsWith(move, "to") &&
           CodePoints(move) <= kMaxMoveWords && !Contains(move, "，") &&
           !Contains(move, "；");
  }

  // Whether the figures' base values add up to fact `total`'s exactly.
  bool SumsTo(const std::vector<int>& figures, int total) const {
    if (total < 0) return false;
    std::optional<Decimal> whole = Decimal::Parse(ctx_.fact(total).base_value);
    Decimal sum;
    for (int i : figures) {
      std::optional<Decimal> v = Decimal::Parse(ctx_.fact(i).base_value);
      if (!v || !SameFamily(ctx_.fact(i), ctx_.fact(total))) return false;
      sum = sum + *v;
    }
    return whole && !sum.overflowed() && sum == *whole;
  }

  // A part named within the part before it by a hierarchy of names
  // (lists.lex nested, "outer>inner": 国家财政性教育经费>一般公共预算教育经费)
  // is a part of that part, not a sibling: it leaves the list.
  void DropNested(std::vector<int>* parts) const {
    const LexEntry* e = list_.Entry("nested");
    if (!e || parts->size() < 2) return;
    std::vector<int> kept = {parts->front()};
    for (size_t k = 1; k < parts->size(); ++k) {
      const std::string outer = Squeeze(ctx_.fact(kept.back()).label);
      const std::string inner = Squeeze(ctx_.fact((*parts)[k]).label);
      bool within = false;
      for (const std::string& w : e->words) {
        const size_t gt = w.find('>');
        if (gt != std::string::npos &&
            std::string_view(outer).ends_with(w.substr(0, gt)) &&
            std::string_view(inner).ends_with(w.substr(gt + 1))) {
          within = true;
        }
      }
      if (!within) kept.push_back((*parts)[k]);
    }
    *parts = std::move(kept);
  }

  // "造成…18个乡镇69个村委会…受灾。其中，迪庆州9个乡镇33个村委会…；丽江市
  // 9个乡镇36个村委会…": totals of one measure stated together (18个, 69个)
  // and parts set apart by ；, each clause stating as many of that measure
  // in the same order, pair by position — the k-th figure of each clause is
  // a part of the k-th total. A measure the totals state once is left to
  // the reading by families below. Returns a fact of each family so read.
  std::vector<int> ColumnsByPosition(int s, std::string_view text,
                                     const std::vector<int>& depth,
                                     const Opener& o, int inner, size_t end,
                                     const std::vector<int>& before) {
    const rel::Sentence& sen = ctx_.sentences()[size_t(s)];
    const uint32_t base = sen.begin;
    // The list's figures by clause (；at the list's depth).
    std::vector<std::vector<int>> clauses(1);
    size_t next = o.end;
    for (int i : sen.facts) {
      const Fact& f = ctx_.fact(i);
      size_t at = f.text_begin - base;
      if (at < o.end || depth[at] != inner || Nested(at)) continue;
      if (at >= end) break;
      for (size_t p = next; p < at; ++p) {
        if (depth[p] == inner &&
            (text.substr(p).starts_with("；") || text[p] == ';')) {
          if (!clauses.back().empty()) clauses.emplace_back();
        }
      }
      next = at;
      if (Summable(f) && f.qualifier.empty()) clauses.back().push_back(i);
    }
    if (clauses.size() < 2) return {};
    std::vector<int> done;  // a fact of each family read
    std::vector<int> paired;
    for (int first : clauses.front()) {
      const Fact& f = ctx_.fact(first);
      bool known = false;
      for (int k : done) known = known || SameFamily(ctx_.fact(k), f);
      if (known) continue;
      done.push_back(first);
      std::vector<int> totals;
      for (int b : before) {
        if (SameFamily(ctx_.fact(b), f) && ctx_.fact(b).qualifier.empty()) {
          totals.push_back(b);
        }
      }
      if (totals.size() < 2) continue;
      std::vector<std::vector<int>> columns(totals.size());
      bool aligned = true;
      for (const std::vector<int>& clause : clauses) {
        std::vector<int> own;
        for (int i : clause) {
          if (SameFamily(ctx_.fact(i), f)) own.push_back(i);
        }
        aligned = aligned && own.size() == totals.size();
        for (size_t k = 0; aligned && k < own.size(); ++k) {
          columns[k].push_back(own[k]);
        }
      }
      // A change against another year breaks down a change only (减收
      // 1070万元 is not made of 增收1284万元 and 减收2354万元's totals).
      auto change = [&](int i) { return ctx_.fact(i).role == "change"; };
      for (size_t k = 0; aligned && k < totals.size(); ++k) {
        for (int part : columns[k]) {
          aligned = aligned && change(part) == change(totals[k]);
        }
      }
      if (!aligned) continue;
      for (size_t k = 0; k < totals.size(); ++k) {
        Emit(s, text, o, totals[k], columns[k], end);
      }
      paired.push_back(first);
    }
    return paired;
  }

  // Whether text[0, at) ends with a digit (an opening bracket and spaces
  // skipped) that is not the end of one of the sentence's facts.
  bool AfterBareNumber(std::string_view text, size_t at, uint32_t base,
                       const std::vector<int>& facts) const {
    std::string_view head = text.substr(0, at);
    for (bool again = true; again;) {
      again = false;
      for (std::string_view skip : {"（", "(", " "}) {
        if (head.ends_with(skip)) {
          head.remove_suffix(skip.size());
          again = true;
        }
      }
    }
    if (head.empty() || head.back() < '0' || head.back() > '9') return false;
    for (int i : facts) {
      if (ctx_.fact(i).text_end == base + head.size()) return false;
    }
    return true;
  }

  // A figure whose clause announces it as a sum (共计下达61.8万元).
  bool IsSum(const Fact& g, uint32_t base, std::string_view text) const {
    size_t at = g.text_begin - base;
    size_t from = at;
    std::u32string clause;
    // The clause before the figure, back to the last delimiter, within
    // 16 characters (a sum word stands right before its figure).
    std::string_view head =
        text.substr(at > 48 ? at - 48 : 0, at > 48 ? 48 : at);
    while (!head.empty() &&
           (static_cast<unsigned char>(head[0]) & 0xC0) == 0x80) {
      head.remove_prefix(1);
    }
    from = head.size();
    for (size_t pos = head.size(); pos > 0;) {
      size_t start = pos - 1;
      while (start > 0 &&
             (static_cast<unsigned char>(head[start]) & 0xC0) == 0x80) {
        --start;
      }
      size_t p = start;
      char32_t c = DecodeUtf8(head, &p);
      if (IsClauseStop(c) || c == U'、') break;
      from = start;
      pos = start;
    }
    // The sum word opens the clause ("共计6449万元") or ends its name
    // ("收入合计为6449万元").
    const std::string clause_text(
        WithoutCopula(Squeeze(head.substr(std::min(from, head.size())))));
    if (list_.StartsWith(clause_text, "not_sum")) return false;
    return list_.StartsWith(clause_text, "sum") ||
           list_.EndsWith(clause_text, "sum");
  }

  // Whether the figure before a 分别 list is a statement parallel to the
  // list's, not its whole: the verb after 分别 ("分别获得", "分别下达")
  // also leads that figure's clause ("市级获得…800万元，宽城县、滦平县
  // 分别获得330万元、190万元": three recipients, each its own grant; a
  // whole is said otherwise: "下达100万元，中央、省级分别为60、40万元").
  bool SameVerbBefore(std::string_view text, uint32_t base, const Opener& o,
                      const Fact& total) const {
    if (o.word != "分别" || total.text_begin < base) return false;
    std::string_view after = text.substr(o.end);
    std::string verb;
    for (size_t pos = 0, n = 0; pos < after.size() && n < 2; ++n) {
      size_t start = pos;
      char32_t c = DecodeUtf8(after, &pos);
      if (!IsHan(c)) break;
      verb.append(after.substr(start, pos - start));
    }
    if (verb.empty() || verb.starts_with("为") || verb.starts_with("是") ||
        verb.starts_with("占")) {
      return false;
    }
    // The total's clause: back from the figure to the clause's start.
    std::string_view head = text.substr(0, total.text_begin - base);
    return head.substr(ClauseStart(head)).find(verb) != std::string_view::npos;
  }

  // The words before the opener back to the clause start ("2023年分两批下达
  // 资金" before "，分别为"; or, when the opener starts its clause, the
  // clause before it).
  std::string NameBefore(std::string_view text, size_t at) const {
    std::u32string s;
    for (size_t pos = 0; pos < at;) s.push_back(DecodeUtf8(text, &pos));
    size_t end = s.size();
    while (end > 0 && IsClauseStop(s[end - 1])) --end;
    size_t start = end;
    while (start > 0 && !IsClauseStop(s[start - 1])) --start;
    std::string out;
    for (size_t k = start; k < end; ++k) AppendUtf8(s[k], &out);
    return Squeeze(out);
  }

  void Emit(int s, std::string_view text, const Opener& o, int total,
            const std::vector<int>& listed, size_t end) {
    const std::vector<int> parts = FunctionClasses(listed);
    if (total >= 0 && PeopleOfPosts(total, parts)) return;
    const rel::Sentence& sen = ctx_.sentences()[size_t(s)];
    const uint32_t base = sen.begin;
    Relation r;
    r.kind = "breakdown";
    r.rule = parallel_   ? "list.parallel"
             : o.bracket ? "list.bracket"
             : o.word.starts_with("：") || o.word.starts_with(":")
                 ? "list.colon"
                 : "list.word";
    if (total >= 0) r.members.push_back({"total", total});
    AddMembers(&r, "part", parts);
    listed_.insert(parts.begin(), parts.end());
    // A total that is itself a part of a list before it ("财政总收入162472
    // 万元，其中地方一般预算收入104185万元，…，其中：税收收入…、非税收入…、
    // 上划中央…、上划省级…") may hand its list on to the outer total: parts
    // of two levels listed together sum to that one (total.other). (Not a
    // bracket's: its parts are its figure's own.)
    if (auto it = total_of_.find(total); total >= 0 && !o.bracket &&
                                         it != total_of_.end() &&
                                         parts.size() >= 2) {
      r.members.push_back({"total.other", it->second});
    }
    for (int p : parts) {
      if (total >= 0) total_of_.emplace(p, total);
      if (total >= 0 && o.close != std::string_view::npos) {
        closed_part_.emplace(
            p, std::pair<uint32_t, int>{base + uint32_t(o.close), total});
      }
    }
    // A payment's sentence that states the money it was paid from ("收到
    // 中央直达资金10.53亿元，支出9.4亿元，支出进度89.3%。其中…9.31亿元，已
    // 支出95%…") leaves which of the two the list breaks down to the
    // arithmetic: the parts may be the funds received, each with its own
    // payment.
    if (total >= 0 && ctx_.fact(total).role == "spent") {
      const Fact& t = ctx_.fact(total);
      int others = 0;
      for (int i : ctx_.sentences()[size_t(ctx_.SentenceOf(total))].facts) {
        const Fact& g = ctx_.fact(i);
        if (others == kMaxOtherTotals) break;
        if (i != total && Summable(g) && g.qualifier.empty() &&
            SameFamily(g, t) && IsBudget(g.role) && !ctx_.OtherYear(i) &&
            !listed_.count(i)) {
          r.members.push_back({"total.other", i});
          ++others;
        }
      }
    }
    std::string name =
        total >= 0 ? ctx_.fact(total).label : NameBefore(text, o.at);
    r.name = name;
    // Evidence for or against the list being whole.
    const Fact& last = ctx_.fact(listed.back());
    const size_t last_end = std::min<size_t>(last.text_end - base, end);
    // What follows the last part, past the figures of a parallel family
    // ("市住建局6个2.886亿元、…、市人民医院1个1.2亿元。": the counts' list
    // ends before the last part's amount, which is no word after it).
    size_t after_begin = last_end;
    for (int i : sen.facts) {
      const Fact& f = ctx_.fact(i);
      if (f.text_begin < base + after_begin) continue;
      if (f.text_begin != base + after_begin || f.text_end > base + end) break;
      after_begin = f.text_end - base;
    }
    std::string_view after = text.substr(after_begin, end - after_begin);
    // Parts set apart by ； are clauses, each with its own detail
    // ("其中：基础设施建设项目1个，总共投资200万元；…；移民技能培训项目1个，
    // 总共投资15万元。"): what follows the last part in its clause, up to
    // the list's end, is that part's detail and not a statement after it.
    auto has_semicolon = [](std::string_view v) {
      return v.find("；") != v.npos || v.find(';') != v.npos;
    };
    const Fact& first_part = ctx_.fact(parts.front());
    const bool clauses =
        parts.size() >= 2 && !has_semicolon(after) &&
        has_semicolon(
            ctx_.Between(parts.front(), first_part.text_end, last.text_begin));
    std::string_view inside =
        text.substr(o.end, last_end > o.end ? last_end - o.end : 0);
    bool partial = false;
    if (clauses) {
      // So a 等 in a clause is its part's ("人员经费1,104.58万元，主要包括
      // 基本工资、…住房公积金等；公用经费…"): the list is partial only
      // where a 等 follows a part's figure itself.
      for (int p : parts) {
        const size_t at = ctx_.fact(p).text_end - base;
        if (at <= text.size() && list_.StartsWith(text.substr(at), "partial")) {
          partial = true;
        }
      }
    } else {
      for (std::string_view where : {after, inside}) {
        if (list_.Contains(where, "partial")) partial = true;
      }
    }
    // Parts singled out by a superlative (lists.lex, singled: "其中，河南…
    // 最多，58个…；而湖南…最多，有64个") are examples of the whole, not
    // its enumeration.
    const bool singled = list_.Contains(inside, "singled");
    bool qualified = false;
    for (int p : parts) {
      if (!ctx_.fact(p).qualifier.empty()) qualified = true;
    }
    // The rest comes last: a 其他 part before others names a category of
    // its own (其他商品和服务支出 among the 经济分类), not the remainder.
    const bool other =
        list_.StartsWith(Squeeze(ctx_.fact(parts.back()).label), "other");
    // A count of the parts said before the list; a count total is no such
    // announcement ("项目建设数量7个，其中：…1个；…3个" sums to its 7 and
    // has four parts), so its clause is read up to the total only.
    std::string clause = total >= 0 ? NameBefore(text, o.at) : name;
    if (total >= 0 && ctx_.fact(total).kind == "count") {
      const Fact& t = ctx_.fact(total);
      if (t.text_begin >= base && t.text_end <= base + o.at) {
        clause = NameBefore(text, t.text_begin - base);
      }
    }
    std::optional<int> announced = AnnouncedCount(list_, clause);
    // A part said of each of several things (公务用车和流动图书车各1辆:
    // lists.lex, each) stands for that figure times their number: the sum
    // of the figures printed is less than the parts', so it proves no
    // shortfall (and an excess still).
    const bool each = std::any_of(parts.begin(), parts.end(), [&](int p) {
      return list_.EndsWith(Squeeze(ctx_.fact(p).label), "each");
    });
    if (partial) {
      r.complete = "no";
      r.evidence = "等";
    } else if (singled) {
      r.complete = "no";
      r.evidence = "举其最者";
    } else if (each) {
      r.complete = "no";
      r.evidence = "各项之数";
    } else if (CutAtLineEnd(text, end) &&
               EndsInOpenItem(text.substr(last_end))) {
      // "…分别是A5万元，…，F9万元，" (or "…，F9万元，科") and the line
      // (the text) ends: the list goes on where it was cut, whatever word
      // opened it.
      r.complete = "no";
      r.evidence = "列至行末未完";
    } else if (UnreadFigure(text, sen, o.end, last_end)) {
      // "（其中：…领导用车0主要领导干部用车3…其他用车1,318辆）": figures
      // printed without their measure are parts not read, and the sum of
      // the ones read says nothing of the whole.
      r.complete = "no";
      r.evidence = "列中有未读数字";
    } else if (announced && *announced != int(parts.size())) {
      // "实施项目10个，分别为：(1)…" read as one part: the list goes on
      // beyond what was read, so nothing is claimed for it.
      r.complete = "no";
      r.evidence = "所述" + std::to_string(*announced) + "项，读到" +
                   std::to_string(parts.size()) + "项";
    } else if (qualified) {
      r.complete = "no";
      r.evidence = "约数";
    } else if (o.whole && parts.size() >= 2) {
      r.complete = "yes";
      r.evidence = o.word;
    } else if (announced && *announced == int(parts.size())) {
      r.complete = "yes";
      r.evidence = "所述" + std::to_string(*announced) + "项";
    } else if (other) {
      r.complete = "yes";
      r.evidence = "其他";
    } else if (total >= 0 && NamedInTotal(total, parts, text, base)) {
      r.complete = "yes";
      r.evidence = "总额名称列明各项";
    } else if (std::string p = Partition(parts); !p.empty()) {
      r.complete = "yes";
      r.evidence = p;
    } else if (std::string d =
                   total >= 0 ? Defined(total, parts, text, base) : "";
               !d.empty()) {
      r.complete = "yes";
      r.evidence = d;
    } else if (Levels(parts)) {
      r.complete = "likely";
      r.evidence = "各级资金";
    } else if (total >= 0 && PostsOfPeople(total, parts)) {
      // "工作人员73人，其中行政编制25人、参公编制20人、事业编制26人": posts
      // (编制) of a staff of people, who may hold none (编外, 工勤): the
      // list says nothing of the rest.
      r.complete = "";
      r.evidence = "编制数之于人员数";
    } else if (total >= 0 && ctx_.fact(total).kind == "count" &&
               list_.EndsWith(Squeeze(o.word), "counted_some")) {
      // (lists.lex counted_some: 含 under a count names some of it.)
    } else if (parts.size() >= 2 && (!HasHan(after) || clauses) &&
               !CutAtLineEnd(text, end)) {
      // Nothing follows the parts in the sentence (or the bracket): the
      // list is probably whole, but nothing says so. A sentence that stops
      // at a line end without its stop goes on past the break (a wrapped
      // or page-broken line: "…信息13" then "条，其他医保工作信息36条。"),
      // so nothing can be said of what follows.
      r.complete = "likely";
      r.evidence = "所列各项至句末";
    }
    // Parts of one kind each (中小学 by level, counted in 所) are classes
    // whatever measure counts them; so are counts each named by another
    // grade of one scale (优的9个，良的3个; a survey's 满意 and 基本满意
    // answers), as each thing counted holds one grade.
    if (total >= 0 && KindsOf(ctx_.fact(total), parts)) {
      r.detail = "classes";
    } else if (total >= 0 && ctx_.fact(total).kind == "count" &&
               GradeClasses(base + uint32_t(o.end), parts)) {
      r.detail = "classes";
    } else if (total >= 0 && IsItemCount(list_, ctx_.fact(total))) {
      r.detail = "items";
    } else if (total >= 0 && ctx_.fact(total).kind == "count" &&
               ctx_.lex().Get("measure").Has(
                   "measure", CountMeasure(ctx_.fact(total).unit))) {
      r.detail = "measure";  // (lists.lex, measure: pieces of a whole)
    }
    if (total >= 0 && OtherSide(ctx_.fact(total), parts)) r.detail = "uses";
    if (total < 0) {
      // A list without a stated total stands for a quantity of its own:
      // what it is comes from its name ("分两批下达资金": allocated).
      std::string role = ctx_.lex().Get("role").Name(name, "amount");
      if (role != "none") r.detail = role;
      if (announced)
        r.evidence += (r.evidence.empty() ? "" : "，") + std::string("所述") +
                      std::to_string(*announced) + "项";
    }
    ctx_.Add(std::move(r));
  }

  // Spending by function is listed by class (类: 社会保障和就业支出), a
  // class sometimes followed by its own items (款, 项: 群众文化 under 文化
  // 旅游体育与传媒支出, often of the same amount): the classes are the
  // parts and the items after a class are inside it (lists.lex
  // function_class). A list that opens with a figure of no class, or names
  // no class, is as listed.
  std::vector<int> FunctionClasses(const std::vector<int>& listed) const {
    std::vector<int> classes;
    bool inside = false;
    for (int p : listed) {
      if (list_.Contains(Squeeze(ctx_.fact(p).label), "function_class")) {
        classes.push_back(p);
      } else if (classes.empty()) {
        return listed;
      } else {
        inside = true;
      }
    }
    return inside ? classes : listed;
  }

  // Whether every part is named as posts (lists.lex posts: 行政编制), or
  // as people on a kind of post (posted_people: 事业编制人员), and the
  // total is not.
  bool PostsOfPeople(int total, const std::vector<int>& parts) const {
    if (list_.Contains(Squeeze(ctx_.fact(total).label), "posts")) return false;
    for (int p : parts) {
      const std::string label = Squeeze(ctx_.fact(p).label);
      if (!list_.EndsWith(label, "posts") &&
          !list_.EndsWith(label, "posted_people")) {
        return false;
      }
    }
    return !parts.empty();
  }
  // And people are not posts: under a count of posts ("共有编制18人，人数
  // 37，其中财政供养人员12人、离退休21人…"), people named by no post are
  // the parts of the staff, not of its posts.
  bool PeopleOfPosts(int total, const std::vector<int>& parts) const {
    // (编制人员 are people: the count names posts where 编制 ends it.)
    if (!list_.EndsWith(Squeeze(ctx_.fact(total).label), "posts")) {
      return false;
    }
    for (int p : parts) {
      if (list_.Contains(Squeeze(ctx_.fact(p).label), "posts")) return false;
    }
    return !parts.empty();
  }

  // Whether more than kMaxClausesToOpener clause stops, or more than
  // kMaxCharsToOpener characters, stand between fact t and the opener at
  // byte `at` of the sentence.
  static bool FarBefore(std::string_view text, uint32_t base, const Fact& t,
                        size_t at) {
    if (t.text_end < base || t.text_end - base > at) return false;
    std::string_view between =
        text.substr(t.text_end - base, at - (t.text_end - base));
    int stops = 0;
    for (std::string_view stop : {"，", "；", ",", ";"}) {
      for (size_t p = between.find(stop); p != std::string_view::npos;
           p = between.find(stop, p + stop.size())) {
        ++stops;
      }
    }
    return stops > kMaxClausesToOpener ||
           CodePoints(between) > kMaxCharsToOpener;
  }

  // Whether text[from, to) holds a bare figure between two words, no fact
  // of the sentence's: digits right after a Han character and right before
  // one that makes them no date or ordinal ("用车0主要", "用车417特种").
  bool UnreadFigure(std::string_view text, const rel::Sentence& sen,
                    size_t from, size_t to) const {
    // The sentence's facts are in text order: one pointer walks them with
    // the text, so a list of 10^5 parts is read once.
    size_t next_fact =
        size_t(std::partition_point(sen.facts.begin(), sen.facts.end(),
                                    [&](int i) {
                                      return ctx_.fact(i).text_end <=
                                             sen.begin + uint32_t(from);
                                    }) -
               sen.facts.begin());
    auto in_fact = [&](size_t at) {
      const uint32_t a = sen.begin + uint32_t(at);
      while (next_fact < sen.facts.size() &&
             ctx_.fact(sen.facts[next_fact]).text_end <= a) {
        ++next_fact;
      }
      return next_fact < sen.facts.size() &&
             ctx_.fact(sen.facts[next_fact]).text_begin <= a;
    };
    char32_t before = 0;
    for (size_t pos = from; pos < to;) {
      const size_t at = pos;
      char32_t c = DecodeUtf8(text, &pos);
      if (c < '0' || c > '9' || !IsHan(before) || before == U'第') {
        before = c;
        continue;
      }
      size_t e = at;
      while (e < to && ((text[e] >= '0' && text[e] <= '9') || text[e] == '.' ||
                        text[e] == ',')) {
        ++e;
      }
      size_t q = e;
      char32_t next = e < to ? DecodeUtf8(text, &q) : 0;
      if (IsHan(next) &&
          std::u32string_view(U"年月日号期批届").find(next) ==
              std::u32string_view::npos &&
          !in_fact(at)) {
        return true;
      }
      pos = e;
      before = '0';
    }
    return false;
  }

  // Whether text, trailing blanks aside, ends in a comma or a 、.
  // Whether the text after a list's last part (`tail`) is a comma, or a
  // comma and words with no figure and no other comma ("…，F9万元，科"
  // where the text was cut): an item of the list left open.
  static bool EndsInOpenItem(std::string_view tail) {
    while (!tail.empty() && (tail.back() == ' ' || tail.back() == '\t')) {
      tail.remove_suffix(1);
    }
    for (std::string_view c : {"，", ",", "、"}) {
      if (!tail.starts_with(c)) continue;
      tail.remove_prefix(c.size());
      for (std::string_view other : {"，", ",", "、"}) {
        if (tail.find(other) != std::string_view::npos) return false;
      }
      return tail.find_first_of("0123456789") == std::string_view::npos;
    }
    return false;
  }

  // Whether the list reaches the end of its sentence (`text`) and that
  // sentence ends at a line end without a stop.
  static bool CutAtLineEnd(std::string_view text, size_t end) {
    return end >= text.size() && !EndsWithStop(text);
  }

  // Whether a part names the other side of the account than its total
  // (lists.lex, side: the word that ends its label latest): an
  // income broken down by the spending it funds (拨款收入…其中：基本支出…,
  // 项目支出…). Such a list adds up when the spending is of that income
  // alone, but a spending figure may cover other funds as well.
  bool OtherSide(const Fact& total, const std::vector<int>& parts) const {
    const Lexicon& sides = ctx_.lex().Get("side");
    const std::string own = sides.Name(Squeeze(total.label));
    if (own.empty()) return false;
    for (int p : parts) {
      const std::string side = sides.Name(Squeeze(ctx_.fact(p).label));
      if (!side.empty() && side != own) return true;
    }
    return false;
  }

  // Whether each part's clause, from the end of the part before it (or of
  // the opener), names one grade of one vocabulary, a different grade each
  // ("其中自评等级为优的9个，良的3个，中的1个"): an item has one grade, so
  // the parts are disjoint classes of the items counted, and cannot add up
  // to more than them.
  // Whether count `total` and every one of `parts` name one noun whose
  // units are each of one kind (lists.lex, kinds: 编制): "核定编制125名，其
  // 中行政编制58名、事业编制67名" parts the posts by kind, and no post is
  // counted twice (where 在职人员 under the same total may be anyone).
  // A noun may go by several names, joined by '|' (车辆|用车).
  bool KindsOf(const Fact& total, const std::vector<int>& parts) const {
    const LexEntry* e = list_.Entry("kinds");
    if (!e || total.kind != "count" || parts.size() < 2) return false;
    for (const std::string& w : e->words) {
      const std::vector<std::string> names = SplitAt(w, '|');
      auto named = [&](const Fact& f) {
        return std::any_of(names.begin(), names.end(),
                           [&](const auto& n) { return Contains(f.label, n); });
      };
      bool all = named(total);
      for (int p : parts) all = all && named(ctx_.fact(p));
      if (all) return true;
    }
    return false;
  }

  // Whether each part is named by another grade of one scale, in its label
  // (names set out before 分别为 included) or else in the text just before
  // it.
  bool GradeClasses(uint32_t from, const std::vector<int>& parts) const {
    if (parts.size() < 2) return false;
    for (const char* name :
         {"grade_bands_long", "grade_bands_short", "answer_scale"}) {
      const Lexicon& grades = ctx_.lex().Get(name);
      const bool answers = name == std::string_view("answer_scale");
      // A survey's answer as the lexicon reads a label (不满意, not 满意);
      // a grade by its longest name (基本合格 before 合格).
      auto grade_in = [&](std::string_view words) {
        if (answers) return grades.Name(words);
        std::string grade;
        for (const LexEntry& e : grades.entries()) {
          if (Contains(words, e.name) && e.name.size() > grade.size()) {
            grade = e.name;
          }
        }
        return grade;
      };
      std::set<std::string> seen;
      uint32_t begin = from;
      bool each = true;
      for (int p : parts) {
        const Fact& f = ctx_.fact(p);
        std::string grade = grade_in(f.label);
        if (grade.empty() && f.text_begin > begin) {
          grade = grade_in(ctx_.Between(p, begin, f.text_begin));
        }
        each = each && !grade.empty() && seen.insert(grade).second;
        begin = f.text_end;
      }
      if (each) return true;
    }
    return false;
  }

  // The partition (lists.lex) whose every member one part names, as
  // "门诊/住院"; "" if none.
  std::string Partition(const std::vector<int>& parts) const {
    const LexEntry* e = list_.Entry("partition");
    if (!e || parts.size() < 2) return "";
    for (const std::string& w : e->words) {
      const std::vector<std::string> members = SplitAt(w, '/');
      if (members.size() != parts.size()) continue;
      // Each part names one member, and nothing else differs between the
      // parts' names ("门诊共济", "住院共济"; not "住院报销" and "门诊慢特病
      // 报销", where 门诊慢特病 is one kind of 门诊 only).
      std::vector<bool> covered(members.size(), false);
      bool each = true;
      std::optional<std::string> rest;
      for (int p : parts) {
        const std::string label = Squeeze(ctx_.fact(p).label);
        int hits = 0;
        for (size_t m = 0; m < members.size(); ++m) {
          size_t at =
              members[m].empty() ? std::string::npos : label.find(members[m]);
          if (at == std::string::npos) continue;
          ++hits;
          covered[m] = true;
          std::string r =
              label.substr(0, at) + label.substr(at + members[m].size());
          if (rest && *rest != r) each = false;
          rest = r;
        }
        each = each && hits == 1;
      }
      if (each &&
          std::find(covered.begin(), covered.end(), false) == covered.end()) {
        return w;
      }
    }
    return "";
  }

  // Whether the parts are the money of three or more levels of government
  // (lists.lex, levels: 中央资金, 省级资金, 县级配套资金), a level each: a
  // fund's sources by level are as a rule all of them, though a source
  // of another kind (自筹) may go unnamed; the list is probably whole.
  bool Levels(const std::vector<int>& parts) const {
    const LexEntry* e = list_.Entry("levels");
    if (!e || parts.size() < 3) return false;
    std::vector<bool> seen(e->words.size(), false);
    for (int p : parts) {
      const std::string label = Squeeze(ctx_.fact(p).label);
      int tier = -1;
      for (size_t t = 0; t < e->words.size() && tier < 0; ++t) {
        for (const std::string& w : SplitAt(e->words[t], '|')) {
          if (label.starts_with(w)) {
            tier = int(t);
            break;
          }
        }
      }
      if (tier < 0 || seen[size_t(tier)]) return false;
      seen[size_t(tier)] = true;
    }
    return true;
  }

  // The definition (lists.lex, defined) of a whole the total names whose
  // every class one part names, each part one class (its alternatives
  // joined by '|'), as "三公=出国/接待/用车|车辆"; "" if none.
  std::string Defined(int total, const std::vector<int>& parts,
                      std::string_view text, uint32_t base) const {
    if (parts.size() < 2) return "";
    std::string word;
    const Classes classes =
        DefinedClasses(list_, TotalName(total, text, base), &word);
    if (classes.empty()) return "";
    std::vector<bool> covered(classes.size(), false);
    for (int p : parts) {
      const int c = ClassOf(classes, ctx_.fact(p).label);
      if (c < 0) return "";
      covered[size_t(c)] = true;
    }
    return std::find(covered.begin(), covered.end(), false) == covered.end()
               ? word
               : "";
  }

  // The name of the total (fact total): its clause up to it, when it is in
  // the list's sentence (text, from byte `base` of the page), else its
  // label. A label stops at a 、 that the clause's name runs through
  // ("中央、省级、县级预算共安排546.23万元") and at quotes (“三公”经费).
  std::string TotalName(int total, std::string_view text, uint32_t base) const {
    const Fact& t = ctx_.fact(total);
    if (t.text_begin >= base && t.text_begin - base <= text.size()) {
      std::string_view head = text.substr(0, t.text_begin - base);
      return Squeeze(head.substr(ClauseStart(head)));
    }
    return Squeeze(t.label);
  }

  // "中央和省级补助资金X万元，其中：中央A万元，省级B万元": every part's name is
  // a joined word of the total's name (TotalName).
  bool NamedInTotal(int total, const std::vector<int>& parts,
                    std::string_view text, uint32_t base) const {
    if (parts.size() < 2) return false;
    const std::string label = TotalName(total, text, base);
    if (!list_.Contains(label, "join")) return false;
    std::set<std::string> names;
    for (int p : parts) {
      std::string name = Squeeze(ctx_.fact(p).label);
      if (name.empty() || !Contains(label, name)) return false;
      names.insert(name);
    }
    return names.size() == parts.size();
  }

  // The budget account a label names (lists.lex, account), or empty.
  std::string_view Account(std::string_view label) const {
    if (const LexEntry* e = list_.Entry("account")) {
      for (const std::string& w : e->words) {
        if (label.find(w) != std::string_view::npos) return w;
      }
    }
    return {};
  }

  // Whether fact g is named by its account's word alone, give or take a
  // word that names nothing (labels.lex: 已支出, 实际支出).
  bool BareAccount(const Fact& g) const {
    if (g.role.empty() || g.kind != "amount") return false;
    const std::string label = Squeeze(g.label);
    size_t len = 0;
    if (!roles_.EndsWith(label, g.role, &len)) return false;
    const std::string_view rest = std::string_view(label).substr(
        0, label.size() - len);
    const Lexicon& filler = ctx_.lex().Get("label");
    return rest.empty() || filler.Has("leading", rest) ||
           filler.Has("trailing", rest);
  }

  Context& ctx_;
  const Lexicon& list_;
  const Lexicon& roles_;  // patterns/roles.lex
  const Lexicon& way_;    // lexicon change (patterns/rates.lex)
  const Lexicon& per_;    // lexicon per_head (patterns/rates.lex)
  const Lexicon& move_;   // lexicon move (patterns/rates.lex)
  std::set<std::string, std::less<>> item_verbs_;  // lists.lex item_verb
  bool parallel_ = false;        // emitting the lists of parallel statements
  // The bytes of an item's own list inside the list being read (see
  // Sentence), whose figures are not the list's parts.
  std::pair<size_t, size_t> nested_{0, 0};
  std::set<int> listed_;         // the parts of the lists emitted so far
  std::map<int, int> total_of_;  // each of them -> its list's total
  // The parts of lists closed by their circumfix (由…构成) -> where the
  // list closes on its page and its total.
  std::map<int, std::pair<uint32_t, int>> closed_part_;
};

// --- Enumerations -----------------------------------------------------------

bool Numbered(std::string_view marker) {
  size_t pos = 0;
  char32_t c = DecodeUtf8(marker, &pos);
  if (c == U'（' || c == U'(') c = DecodeUtf8(marker, &pos);
  return c >= '0' && c <= '9';
}

// The items of a list of names set apart by 、, outside brackets: an item
// may carry its own bracketed list ("办公室(机关党委、监事会秘书处)、赈灾
// 救护部" is two items).
std::vector<std::string_view> Items(std::string_view list) {
  std::vector<std::string_view> items;
  std::vector<int> depth = Depths(list);
  size_t start = 0;
  for (size_t p = list.find("、"); p != std::string_view::npos;
       p = list.find("、", p + 1)) {
    if (depth[p] > 0) continue;
    items.push_back(list.substr(start, p - start));
    start = p + std::string_view("、").size();
  }
  items.push_back(list.substr(start));
  return items;
}

// An item without its bracketed note, from the first bracket that opens at
// its own depth: "办公室(机关党委)" → 办公室 (nested brackets stay inside).
std::string_view Bare(std::string_view item) {
  std::vector<int> depth = Depths(item);
  for (size_t k = 0; k < item.size(); ++k) {
    if (depth[k] == 0 && IsOpenBracket(item.substr(k))) {
      return item.substr(0, k);
    }
  }
  return item;
}

// Whether an item is a kind of body rather than a body's name: made of
// one-character words for bodies alone ("处室", "所", "市"), where a name
// puts words of its own before them ("综合管理处").
bool KindOfBody(const Lexicon& enumeration, std::string_view item) {
  while (!item.empty()) {
    size_t len = 0;
    if (!enumeration.EndsWith(item, "body", &len)) return false;
    const std::string_view word = item.substr(item.size() - len);
    size_t pos = 0;
    DecodeUtf8(word, &pos);
    if (pos != word.size()) return false;  // a word of its own: a name
    item.remove_suffix(len);
  }
  return true;
}

// The names in quotation marks that end `text`, one after the other or
// joined by 、 和 及 与 (对“城市道路照明设施维护”“市政公园绿地养护”), and
// *from, where the first opens; 0 when fewer than two.
int QuotedNamesAtEnd(std::string_view text, size_t* from) {
  int n = 0;
  std::string_view rest = text;
  while (rest.ends_with("”")) {
    const size_t open = rest.rfind("“");
    if (open == std::string_view::npos) break;
    ++n;
    rest = rest.substr(0, open);
    *from = open;
    for (std::string_view joint : {"、", "和", "及", "与"}) {
      if (rest.ends_with(joint) &&
          rest.substr(0, rest.size() - joint.size()).ends_with("”")) {
        rest.remove_suffix(joint.size());
        break;
      }
    }
  }
  return n >= 2 ? n : 0;
}

// The number of names in a list set apart by 、 (Items). "社会效益指标和满意度
// 指标" is two names (both end in the head noun 指标), "医药和基金监管科" one
// (医药 is not a 科): a last item joined by 和/及/与 counts twice when its
// two halves end alike, or each ends in a word for a body ("村镇建设服务
// 中心及退役军人服务站": lexicon enumeration, entry body, when given).
// Halves of two characters or more that do neither ("群众文艺培训和非遗展
// 演": two activities, or one activity's name) leave it open: *alt, when
// given, is then the count with them apart; 0 otherwise.
int NamesIn(std::string_view list, const Lexicon* bodies = nullptr,
            int* alt = nullptr) {
  if (alt) *alt = 0;
  std::vector<std::string_view> items = Items(list);
  if (items.empty()) return 0;
  std::string_view last = Bare(items.back());
  // (In a list of bodies, the items before the last each a body's name,
  // the last splits by the rule below alone: 医药采购和价格管理股 is one.)
  bool of_bodies = bodies != nullptr;
  for (size_t k = 0; k + 1 < items.size() && of_bodies; ++k) {
    of_bodies = bodies->EndsWith(Bare(items[k]), "body");
  }
  for (std::string_view w : {"和", "及", "与"}) {
    size_t at = last.find(w);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view x = last.substr(0, at), y = last.substr(at + w.size());
    if (x.size() >= 3 && y.size() >= 3 &&
        (x.substr(x.size() - 3) == y.substr(y.size() - 3) ||
         (bodies && bodies->EndsWith(x, "body") &&
          bodies->EndsWith(y, "body")))) {
      return int(items.size()) + 1;
    }
    if (alt && items.size() >= 2 && CodePoints(x) >= 2 && CodePoints(y) >= 2 &&
        !of_bodies) {
      *alt = int(items.size()) + 1;
    }
  }
  return int(items.size());
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// A paragraph read for a list's items is at most this long; a longer one
// (a page with no line breaks) may cut a list, so none is counted there.
constexpr size_t kMaxParagraphBytes = 3000;

// The items of a list that opens with an ordinal marker, "一是" (其一 is
// rarer and reads the same): how many markers follow in order (一是, 二是,
// 三是, …) before the sequence breaks (a new 一是 opens another list); 0 if
// `text` does not open with 一是.
int MarkedItems(std::string_view text) {
  auto marker = [](int n) { return ChineseNumber(n) + "是"; };
  if (!text.starts_with(marker(1))) return 0;
  const std::string first = marker(1);
  size_t at = 0;
  int k = 1;
  while (k < 99) {
    const size_t next = text.find(marker(k + 1), at + 1);
    if (next == text.npos) break;
    const size_t again = text.find(first, at + first.size());
    if (again != text.npos && again < next) break;
    at = next;
    ++k;
  }
  return k;
}

// The enumeration of count fact i: k items listed (`list`), found by
// `rule` on `evidence`.
void AddEnumeration(Context* ctx, int i, const char* rule, int k,
                    std::string_view list, const char* evidence,
                    const char* complete, int alt) {
  Relation r;
  r.kind = "enumeration";
  r.rule = rule;
  r.members.push_back({"count", i});
  // "4/3 …": the list names 4 items, or 3 read another way (NamesIn).
  r.detail = std::to_string(k) + (alt > 0 ? "/" + std::to_string(alt) : "") +
             " " + std::string(list);
  r.evidence = evidence;
  r.complete = complete;
  ctx->Add(std::move(r));
}

// "共实施衔接资金项目5个，总投资486.30万元，具体为：（1）…；（2）…；…（4）…":
// a count of items whose sentence goes on, past figures of other kinds, to
// a word that says the list is whole and a colon, then items numbered from
// 1: the count counts them (the markers in order, of one level). `rest` is
// the sentence after the count. False if there is no such list.
// "共安排…项目7个，下达资金1,542.00万元，分别为：茶叶加工厂建设项目386.00
// 万元、…、小额信贷贴息214.00万元。": unnumbered items after a word that
// says they are the counted things one by one (lists.lex, enumeration:
// respective), each a name and one figure, set apart by 、，；: the count
// counts them. The list ends at its sentence's end, at a clause with no
// figure after a ， or ；, or at a sum (合计183.00万元); an item with no
// figure inside it (a 、 before a name alone), or one of two figures, leaves
// it unread.
bool FiguredAfter(Context* ctx, int i, std::string_view list) {
  const Lexicon& lists = ctx->lex().Get("list");
  const std::vector<int> depth = Depths(list);
  int k = 0;
  size_t start = 0, end = list.size();
  char32_t stop = 0;  // the separator before the current item
  for (size_t p = 0; p <= list.size();) {
    size_t next = p;
    const char32_t c = p < list.size() ? DecodeUtf8(list, &next) : U'。';
    const bool sep = c == U'、' || c == U'，' || c == ',' || c == U'；' ||
                     c == ';' || c == U'。' || c == '\n';
    if (!sep || (p < list.size() && depth[p] > 0)) {
      p = next;
      continue;
    }
    std::string_view item = TrimSpace(list.substr(start, p - start));
    int runs = 0;
    for (size_t q = 0; q < item.size(); ++q) {
      if (item[q] >= '0' && item[q] <= '9' &&
          (q == 0 || !((item[q - 1] >= '0' && item[q - 1] <= '9') ||
                       item[q - 1] == '.' || item[q - 1] == ','))) {
        ++runs;
      }
    }
    if (lists.StartsWith(item, "sum")) {
      end = start;
      break;
    }
    if (runs == 0) {
      if (stop == U'、' || k < 2) return false;  // a name with no figure
      end = start;
      break;
    }
    if (runs != 1 || !HasHan(item)) return false;
    ++k;
    stop = c;
    start = next;
    if (c == U'。' || p >= list.size()) {
      end = p;
      break;
    }
    p = next;
  }
  if (k < 2) return false;
  size_t cut = 0;
  const std::string_view named = list.substr(0, end);
  for (int c = 0; c < 30 && cut < named.size(); ++c) DecodeUtf8(named, &cut);
  AddEnumeration(ctx, i, "count.figured", k, named.substr(0, cut),
                 "其后逐项所列（每项一数）");
  return true;
}

bool NumberedAfter(Context* ctx, int i, std::string_view rest) {
  const Fact& f = ctx->fact(i);
  if (!CountsItems(ctx->lex().Get("list"), f.unit)) return false;
  const LexEntry* whole = ctx->lex().Get("list").Entry("whole");
  if (!whole) return false;
  // The whole word, with its colon (items numbered after it) or without
  // (items each with its figure, FiguredAfter).
  size_t colon = std::string_view::npos, len = 0;
  bool with_colon = false;
  for (const std::string& w : whole->words) {
    for (std::string_view c : {"：", ":", ""}) {
      const std::string key = w + std::string(c);
      if (size_t at = rest.find(key);
          at != std::string_view::npos &&
          (at < colon || (at == colon && key.size() > len))) {
        colon = at;
        len = key.size();
        with_colon = !c.empty();
      }
    }
  }
  if (colon == std::string_view::npos) return false;
  // No other count of its measure between, nor a count of another right
  // before the word ("下设事业单位5个，年末在职人员22人，分别为行政人员14
  // 人、…"): the list would be that one's.
  for (int j = i + 1; j < int(ctx->out()->facts.size()); ++j) {
    const Fact& g = ctx->fact(j);
    if (g.text_begin >= f.text_end + colon) break;
    if (g.kind == "count" && g.unit == f.unit) return false;
    if (g.kind == "count" &&
        TrimSpace(ctx->Between(j, g.text_end, f.text_end + uint32_t(colon)))
                .size() <= std::string_view("，").size()) {
      return false;
    }
  }
  const std::string_view list = rest.substr(colon + len);
  const std::vector<ItemMarker> marks = InlineItemMarkers(list);
  if (marks.empty() || marks[0].at != 0 || marks[0].number != 1) {
    return ctx->lex()
               .Get("enumeration")
               .StartsWith(rest.substr(colon), "respective") &&
           FiguredAfter(ctx, i, list);
  }
  if (!with_colon) return false;
  int k = 0;
  for (const ItemMarker& m : marks) {
    if (m.level != marks[0].level || m.number != k + 1) break;
    ++k;
  }
  if (k < 2) return false;
  size_t cut = 0;
  for (int c = 0; c < 30 && cut < list.size(); ++c) DecodeUtf8(list, &cut);
  AddEnumeration(ctx, i, "count.numbered", k, list.substr(0, cut),
                 "冒号后编号所列");
  return true;
}

// "内设7个职能科室办公室、表演艺术部、…、丽水书画院。": a count, the noun it
// counts, and the names of bodies straight after it, set apart by 、 with
// no colon. Where the noun ends and the first name begins is not marked,
// but the number of names is: every name ends in a word for a body
// (lexicon enumeration, entry body), which tells such a list from a count
// followed by what the counted do ("派出5个工作组开展督导、检查").
void ListedAfter(Context* ctx, int i) {
  const Fact& f = ctx->fact(i);
  const Sentence& sen = ctx->sentences()[size_t(ctx->SentenceOf(i))];
  std::string_view rest =
      ctx->Between(i, f.text_end, std::min(sen.end, f.text_end + 600));
  size_t end = rest.size();
  for (std::string_view stop : {"，", "。", "；", "：", "\n", ",", ";", ":"}) {
    end = std::min(end, rest.find(stop));
  }
  std::string_view list = rest.substr(0, end);
  const Lexicon& lex = ctx->lex().Get("enumeration");
  if (list.empty() || HasDigit(list) ||
      ctx->lex().Get("list").Contains(list, "partial")) {
    return;
  }
  std::vector<std::string_view> items = Items(list);
  if (items.size() < 2) return;
  for (std::string_view item : items) {
    std::string_view bare = Bare(item);
    if (bare.empty() || !lex.EndsWith(bare, "body") || KindOfBody(lex, bare)) {
      return;
    }
  }
  AddEnumeration(ctx, i, "count.listed_after", int(items.size()), list,
                 "数字后所列");
}

// The count of parts a split word announces right before it (lists.lex
// split: "分两次下达", "分为3批"), or nullopt.
std::optional<int> SplitCount(const Lexicon& list, std::string_view clause) {
  const LexEntry* split = list.Entry("split");
  if (!split) return std::nullopt;
  constexpr size_t kCountBytes = 12;  // "两批", "10批次": a few characters
  for (const std::string& w : split->words) {
    for (size_t at = clause.find(w); at != std::string_view::npos;
         at = clause.find(w, at + 1)) {
      const std::string_view rest = clause.substr(at + w.size());
      size_t pos = 0;
      if (rest.empty()) continue;
      const char32_t c = DecodeUtf8(rest, &pos);
      if (!(c >= '0' && c <= '9') && ChineseDigit(c) < 0 && c != U'两') {
        continue;
      }
      if (auto n = AnnouncedCount(list, rest.substr(0, kCountBytes))) return n;
    }
  }
  return std::nullopt;
}

// "在职12人、退休14人，共26人": a figure whose clause opens with a sum word
// (共计下达61.8万元; lists.lex, sum) right after a clause that lists
// figures of its measure joined by 、 is their total, and the sum word says
// the list is whole. Read only where each 、-item holds one such figure (an
// aside in brackets aside): a clause of other shape could be anything.
// The sum may open a sentence of its own right after the list's ("…：A；
// B；C。合计X。").
void SumsAfterLists(Context* ctx) {
  const Lexicon& list = ctx->lex().Get("list");
  const Lexicon& roles = ctx->lex().Get("role");
  const Lexicon& per_head = ctx->lex().Get("per_head");
  const std::vector<Sentence>& sentences = ctx->sentences();
  for (size_t si = 0; si < sentences.size(); ++si) {
    // A sentence of one figure that opens with a sum word right after a
    // list's sentence ("…：A；B；C。合计63.6万元。") closes that list: it
    // is read as the list's last clause.
    // (Copied only then: the other sentences are read where they are.)
    const Sentence* read = &sentences[si];
    Sentence joined;
    if (si + 1 < sentences.size()) {
      const Sentence& after = sentences[si + 1];
      if (after.facts.size() == 1 && after.line == read->line &&
          !read->facts.empty() && read->end <= after.begin) {
        const Fact& f = ctx->fact(after.facts[0]);
        const std::string head = Squeeze(std::string(
            ctx->Between(after.facts[0], after.begin, f.text_begin)));
        if (list.StartsWith(head, "sum") && !list.StartsWith(head, "not_sum")) {
          joined = *read;
          joined.facts.push_back(after.facts[0]);
          joined.end = after.end;
          read = &joined;
        }
      }
    }
    const Sentence& sen = *read;
    if (sen.facts.size() < 3) continue;
    // One pass over the sentence: its clause stops and its 、 outside
    // brackets, and whether each fact sits inside brackets (an aside).
    std::string_view text = ctx->Between(sen.facts[0], sen.begin, sen.end);
    struct Stop {
      size_t at, end;
    };
    std::vector<Stop> stops;
    std::vector<size_t> commas;             // 、
    size_t colon = std::string_view::npos;  // the first colon
    std::vector<bool> aside(sen.facts.size(), false);
    size_t next = 0;  // the next fact to place
    int depth = 0;
    for (size_t pos = 0; pos < text.size();) {
      while (next < sen.facts.size() &&
             ctx->fact(sen.facts[next]).text_begin <= sen.begin + pos) {
        aside[next++] = depth > 0;
      }
      size_t at = pos;
      char32_t c = DecodeUtf8(text, &pos);
      if (c == U'（' || c == '(') ++depth;
      if ((c == U'）' || c == ')') && depth > 0) --depth;
      if (depth > 0) continue;
      // A comma between digits groups thousands (1,245人次): no stop.
      const bool grouping = c == ',' && at > 0 && pos < text.size() &&
                            text[at - 1] >= '0' && text[at - 1] <= '9' &&
                            text[pos] >= '0' && text[pos] <= '9';
      if (IsClauseStop(c) && !grouping) stops.push_back({at, pos});
      if (c == U'、') commas.push_back(at);
      if ((c == U'：' || c == ':') && colon == std::string_view::npos) {
        colon = at;
      }
    }
    // The clause of a fact: the number of stops before it.
    auto clause = [&](const Fact& f) {
      const size_t at = f.text_begin - sen.begin;
      return size_t(
          std::lower_bound(stops.begin(), stops.end(), at,
                           [](const Stop& s, size_t a) { return s.at < a; }) -
          stops.begin());
    };
    // Whether the text from byte `from` to the figure opens with a sum word
    // (which a count's pattern may have taken into the figure: "共26人").
    auto opens_with_sum = [&](size_t from, const Fact& total) {
      const size_t at = total.text_begin - sen.begin;
      const std::string_view raw = total.raw;
      const std::string head = Squeeze(
          std::string(text.substr(from, std::min<size_t>(at - from, 24))) +
          std::string(raw.substr(0, raw.find_first_of("0123456789"))));
      return list.StartsWith(head, "sum") && !list.StartsWith(head, "not_sum");
    };
    // A sum that names nothing of its own (合计, 共计) is the figure of
    // the words that open its list: "项目资金分2批下达，即第一批…、第二
    // 批…，合计511.17万元" is the money allocated, "全年支出情况如下：…，
    // 合计…" the spending. Only where the opening holds no figure of the
    // sum's measure, whose role its words would be, and no part has a role
    // of its own (下达资金60万元、40万元: the verb is the first part's).
    auto head_role = [&](int g, const std::vector<int>& parts) {
      const Fact& total = ctx->fact(g);
      const Fact& first = ctx->fact(parts.front());
      if (!total.role.empty() ||
          std::any_of(parts.begin(), parts.end(),
                      [&](int i) { return !ctx->fact(i).role.empty(); }) ||
          std::any_of(sen.facts.begin(), sen.facts.end(), [&](int i) {
            const Fact& f = ctx->fact(i);
            return f.text_begin < first.text_begin && SameFamily(f, total);
          })) {
        return;
      }
      const std::string_view head =
          text.substr(0, first.text_begin - sen.begin);
      if (const LexEntry* e = roles.Find(head, total.kind);
          e && e->name != "fund" && e->name != "none") {
        ctx->out()->facts[size_t(g)].role = e->name;
      }
    };
    std::set<int> totals;
    for (size_t k = 1; k < sen.facts.size(); ++k) {
      const int g = sen.facts[k];
      const Fact& total = ctx->fact(g);
      if (!Summable(total) || !total.qualifier.empty() || aside[k] ||
          total.text_begin < sen.begin) {
        continue;
      }
      // The stop that opens the figure's clause, and the one before it.
      const size_t c = clause(total);
      if (c == 0) continue;
      const Stop& stop = stops[c - 1];
      const size_t from = c == 1 ? 0 : stops[c - 2].end;
      // The figure is the first of its clause, and the clause opens with a
      // sum word.
      if (ctx->fact(sen.facts[k - 1]).text_begin >= sen.begin + stop.end ||
          !opens_with_sum(stop.end, total)) {
        continue;
      }
      // The clause before: its figures of the total's measure, outside
      // brackets, one to each of its 、-items.
      std::vector<int> parts;
      bool plain = true;
      for (size_t j = k; j-- > 0;) {
        const Fact& f = ctx->fact(sen.facts[j]);
        if (f.text_begin < sen.begin + from) break;
        if (f.text_begin >= sen.begin + stop.at || aside[j] ||
            !SameFamily(f, total)) {
          continue;
        }
        // An amount per unit (加固每户8000元、重建每户30000元的标准，共发放
        // …) is a standard the total is a multiple of, not a part of it.
        plain = plain && Summable(f) && f.qualifier.empty() &&
                !NamesPerUnit(per_head, f.label);
        parts.push_back(sen.facts[j]);
      }
      std::reverse(parts.begin(), parts.end());
      const size_t seps =
          std::lower_bound(commas.begin(), commas.end(), stop.at) -
          std::lower_bound(commas.begin(), commas.end(), from);
      if (!plain || parts.size() < 2 || parts.size() != seps + 1) continue;
      AddWhole(ctx, "breakdown", "list.sum_after", total.label, g, parts,
               "、所列之后的共计");
      head_role(g, parts);
      totals.insert(g);
    }
    // The list opens at a colon, or after a clause before any figure that
    // says in how many parts the whole comes ("该项目分三批实施，一批…，二
    // 批…，三批…，合计…"), whose count the items must then match.
    size_t open = colon;
    std::optional<int> announced;
    for (size_t c = 0; open == std::string_view::npos && c < stops.size();
         ++c) {
      const size_t from = c == 0 ? 0 : stops[c - 1].end;
      if (ctx->fact(sen.facts[0]).text_begin < sen.begin + stops[c].at) break;
      announced = AnnouncedCount(list, text.substr(from, stops[c].at - from));
      if (announced) open = stops[c].end;
    }
    if (open == std::string_view::npos) continue;
    // After the opening, items one to a clause, each one figure (an aside
    // in brackets apart), and then the sum word, in a clause of its own or
    // right after the last item's figure: "自评范围包括：基层科普行动计划
    // 1200万元，…等补助580万元共计1780万元". The sum word says the list
    // is whole.
    for (size_t k = 2; k < sen.facts.size(); ++k) {
      const int g = sen.facts[k];
      const Fact& total = ctx->fact(g);
      if (totals.count(g) || !Summable(total) || !total.qualifier.empty() ||
          aside[k] || total.text_begin < sen.begin + open) {
        continue;
      }
      const size_t c = clause(total);
      const Fact& last = ctx->fact(sen.facts[k - 1]);
      const bool glued = clause(last) == c;
      const size_t from = glued    ? last.text_end - sen.begin
                          : c == 0 ? 0
                                   : stops[c - 1].end;
      if (from > total.text_begin - sen.begin || !opens_with_sum(from, total)) {
        continue;
      }
      std::vector<int> parts;
      bool items = true;
      auto below = glued ? c + 1 : c;  // the clause past the next item's
      for (size_t j = k; j-- > 0 && items;) {
        const Fact& f = ctx->fact(sen.facts[j]);
        if (f.text_begin < sen.begin + open) break;
        if (aside[j]) continue;
        const auto fc = clause(f);
        items = SameFamily(f, total) && Summable(f) && f.qualifier.empty() &&
                !NamesPerUnit(per_head, f.label) && fc < below;
        below = fc;
        parts.push_back(sen.facts[j]);
      }
      if (!items || parts.size() < 2 ||
          (announced && parts.size() != size_t(*announced))) {
        continue;
      }
      std::reverse(parts.begin(), parts.end());
      AddWhole(ctx, "breakdown", "list.sum_after", total.label, g, parts,
               announced ? "所述分项逐句所列之后的共计"
                         : "冒号后逐句所列之后的共计");
      head_role(g, parts);
      totals.insert(g);
    }
    // A figure, then a clause of no figure of its measure that says in how
    // many parts it came, then as many clauses of one such figure each to
    // the sentence's end (资金2104.34万元，分两次下达：第一批1271.02万
    // 元（…号），第二批833.23万元（…号）。): the parts of that figure, and
    // the count says they are all of it.
    for (size_t c = 0; c < stops.size(); ++c) {
      const size_t from = c == 0 ? 0 : stops[c - 1].end;
      const std::optional<int> n =
          SplitCount(list, text.substr(from, stops[c].at - from));
      if (!n) continue;
      // The total: the nearest figure before the clause (a few facts back
      // at most); the parts: from the clause on, no more than announced
      // and one more read, so that a hostile sentence of many such clauses
      // costs no more than its length times the count.
      const size_t first =
          size_t(std::partition_point(
                     sen.facts.begin(), sen.facts.end(),
                     [&](int i) {
                       return ctx->fact(i).text_begin - sen.begin < from;
                     }) -
                 sen.facts.begin());
      constexpr size_t kMaxBack = 8;
      int total = -1;
      for (size_t k = first, back = 0; k-- > 0 && back < kMaxBack; ++back) {
        if (!aside[k] && Summable(ctx->fact(sen.facts[k]))) {
          total = sen.facts[k];
          break;
        }
      }
      if (total < 0) continue;
      std::vector<int> parts;
      bool shaped = true;
      size_t last_clause = c;
      for (size_t k = first;
           k < sen.facts.size() && shaped && parts.size() <= size_t(*n); ++k) {
        const Fact& f = ctx->fact(sen.facts[k]);
        if (aside[k] || !Summable(f)) continue;
        if (!SameFamily(f, ctx->fact(total))) continue;
        const size_t fc = clause(f);
        // None in the announcing clause; after it, one to a clause.
        shaped = fc > last_clause && f.qualifier.empty() &&
                 !NamesPerUnit(per_head, f.label);
        last_clause = fc;
        parts.push_back(sen.facts[k]);
      }
      if (!shaped || totals.count(total) ||
          !ctx->fact(total).qualifier.empty() || parts.size() != size_t(*n)) {
        continue;
      }
      AddWhole(ctx, "breakdown", "list.announced", ctx->fact(total).label,
               total, parts, "所述" + std::to_string(*n) + "项逐句所列");
      totals.insert(total);
    }
  }
}

// Two lists that itemise two different totals by the same named parts, in
// the same order ("共申请预算资金2026400元，其中村级组织运转…，村民组长…
// 报酬…，村级事务补助…" and "共完成预算资金1329120.67元，其中村级组织运转
// …，村民组长…报酬…，村级事务补助…"): the report breaks its budget and its
// spending down by the project's components, so each list is whole. At
// least three parts, so that two lists of the usual first sources (中央,
// 省级) that both leave out the rest do not vouch for each other; totals of
// different values, so that a paragraph printed twice is not its own
// witness. A list that says it is partial (等) stays partial.
void ParallelLists(Context* ctx) {
  std::vector<Relation>& rels = ctx->out()->relations;
  std::map<std::string, std::vector<size_t>> by_parts;
  for (size_t k = 0; k < rels.size(); ++k) {
    const Relation& r = rels[k];
    if (r.kind != "breakdown" || !r.rule.starts_with("list.") ||
        r.complete == "no") {
      continue;
    }
    std::string key;
    int parts = 0, totals = 0;
    for (const RelationMember& m : r.members) {
      if (m.role == "total") ++totals;
      if (m.role != "part") continue;
      std::string label = Squeeze(ctx->fact(m.fact).label);
      if (label.empty()) {
        parts = 0;
        break;
      }
      key += label + '\n';
      ++parts;
    }
    if (totals == 1 && parts >= 3) by_parts[key].push_back(k);
  }
  auto total_of = [&](const Relation& r) {
    for (const RelationMember& m : r.members) {
      if (m.role == "total") return m.fact;
    }
    return -1;
  };
  for (const auto& [key, group] : by_parts) {
    if (group.size() < 2) continue;
    for (size_t k : group) {
      Relation& r = rels[k];
      const Fact& t = ctx->fact(total_of(r));
      bool witnessed = false;
      for (size_t o : group) {
        const Fact& u = ctx->fact(total_of(rels[o]));
        witnessed = witnessed || (o != k && SameFamily(t, u) &&
                                  u.base_value != t.base_value);
      }
      if (!witnessed || r.complete == "yes") continue;
      r.complete = "yes";
      r.evidence = "另一列表同列各项";
    }
  }
}

}  // namespace

// "“三公”经费决算支出数为1165.08万元…。其中：因公出国（境）费支出0万元。
// 公务用车购置费支出204.78万元，…；公务用车运行维护费支出664.60万元，…。
// 公务接待费支出259.70万元，…。": a list under a defined whole (lists.lex,
// defined) that ends at its first stop goes on in the clauses after it on
// its line, each opening with a figure of one of the classes it did not
// name, up to a clause that opens otherwise; when every class is then
// named, the list is whole.
void DefinedAcrossClauses(Context* ctx) {
  const Lexicon& list = ctx->lex().Get("list");
  const std::vector<Sentence>& ss = ctx->sentences();
  std::vector<Relation>& rels = ctx->out()->relations;
  for (Relation& r : rels) {
    if (r.kind != "breakdown" || r.complete == "yes" || r.members.size() < 2 ||
        r.members.front().role != "total") {
      continue;
    }
    const int total = r.members.front().fact;
    std::string word;
    const Classes classes = DefinedClasses(
        list,
        Squeeze(ClauseBefore(*ctx, total)) + Squeeze(ctx->fact(total).label),
        &word);
    if (classes.empty()) continue;
    std::vector<bool> covered(classes.size(), false);
    bool classed = true;
    for (size_t m = 1; m < r.members.size() && classed; ++m) {
      const int c = ClassOf(classes, ctx->fact(r.members[m].fact).label);
      classed = c >= 0 && r.members[m].role == "part";
      if (classed) covered[size_t(c)] = true;
    }
    // The classes the list named itself: a clause after it that names one
    // again restates that part (or breaks it down), and ends the list; so
    // does a clause that restates a figure read after it (the same class
    // and value).
    const std::vector<bool> listed = covered;
    std::set<std::pair<int, std::string>> read;
    const int last = r.members.back().fact;
    const int s = ctx->SentenceOf(last);
    if (!classed || s < 0) continue;
    std::vector<int> more;
    bool open = true;
    for (size_t k = size_t(s) + 1;
         open && k < ss.size() && ss[k].line == ss[size_t(s)].line; ++k) {
      // The first figure of each clause (set apart by ；) of the sentence.
      int prev = -1;
      for (int i : ss[k].facts) {
        const Fact& f = ctx->fact(i);
        const bool opens =
            prev < 0 || ctx->Between(i, ctx->fact(prev).text_end, f.text_begin)
                                .find("；") != std::string_view::npos;
        prev = i;
        if (!opens) continue;
        const std::string_view head = ClauseBefore(*ctx, i);
        const int c = ClassOf(classes, f.label);
        if (c < 0 || listed[size_t(c)] || !Summable(f) ||
            !f.qualifier.empty() || !SameFamily(f, ctx->fact(total)) ||
            Squeeze(head).starts_with("其中")) {
          open = false;
          break;
        }
        if (!read.insert({c, f.base_value}).second) {
          open = false;
          break;
        }
        more.push_back(i);
        covered[size_t(c)] = true;
      }
    }
    if (more.empty() ||
        std::find(covered.begin(), covered.end(), false) != covered.end()) {
      continue;
    }
    for (int i : more) r.members.push_back({"part", i});
    r.complete = "yes";
    r.evidence = word + "（逐句列明）";
  }
}

namespace {

// "收入合计1250.6万元，比上年增加120.4万元，其中：财政拨款收入1100.2万元，
// 比上年增加100.2万元；事业收入150.4万元，比上年增加30.2万元": a list of
// changes, each right after the figure it changes, beside the list of
// those figures. The changes of parts that are all of their total add up
// to the total's change; the list of figures tells whether they are all
// of it (a change list alone may leave out parts that fell). Such a list,
// its changes all one way (rates.lex, change: up or down), gets the
// figures as members: total.of, and part.of per part in order.
void ChangesOfLists(Context* ctx) {
  std::vector<Relation>& rels = ctx->out()->relations;
  const std::vector<Fact>& facts = ctx->out()->facts;
  const Lexicon& change = ctx->lex().Get("change");
  // The figure a change is right after: the fact before it, of its kind.
  auto changed = [&](int c) {
    const int b = c - 1;
    return b >= 0 && facts[size_t(b)].role != "change" &&
                   facts[size_t(b)].sentence == facts[size_t(c)].sentence &&
                   SameFamily(facts[size_t(b)], facts[size_t(c)])
               ? b
               : -1;
  };
  std::map<int, size_t> list_of;  // a breakdown's total -> the breakdown
  for (size_t k = 0; k < rels.size(); ++k) {
    if (rels[k].kind != "breakdown") continue;
    for (const RelationMember& m : rels[k].members) {
      if (m.role == "total") list_of[m.fact] = k;
    }
  }
  for (Relation& r : rels) {
    if (r.kind != "breakdown") continue;
    int total = -1;
    std::vector<int> parts;
    for (const RelationMember& m : r.members) {
      if (m.role == "total") total = m.fact;
      if (m.role == "part") parts.push_back(m.fact);
    }
    if (total < 0 || facts[size_t(total)].role != "change") continue;
    const int whole = changed(total);
    auto it = list_of.find(whole);
    if (whole < 0 || it == list_of.end()) continue;
    std::vector<int> of_parts;
    for (const RelationMember& m : rels[it->second].members) {
      if (m.role == "part") of_parts.push_back(m.fact);
    }
    if (of_parts.size() != parts.size()) continue;
    // (Changes that went different ways add with signs, which a breakdown
    // does not hold: such a list is left as it is.)
    const std::string way = change.Name(facts[size_t(total)].label);
    bool paired = way == "up" || way == "down";
    for (size_t i = 0; i < parts.size() && paired; ++i) {
      paired = changed(parts[i]) == of_parts[i] &&
               change.Name(facts[size_t(parts[i])].label) == way;
    }
    if (!paired) continue;
    r.members.push_back({"total.of", whole});
    for (int p : of_parts) r.members.push_back({"part.of", p});
  }
}

}  // namespace

// "…支出决算比2016年度减少0.28万元，其中：…减少0万元；…减少0.29万元；…增
// 加0.01万元": a change broken down into the parts' own changes, some of
// which went the other way: those parts count against it (part.against), a
// fall offset by a rise.
void SignedChanges(Context* ctx) {
  const Lexicon& way = ctx->lex().Get("change");
  for (Relation& r : ctx->out()->relations) {
    if (r.kind != "breakdown" || r.members.empty() ||
        r.members.front().role != "total") {
      continue;
    }
    const Fact& t = ctx->fact(r.members.front().fact);
    if (t.role != "change") continue;
    const std::string w = way.Name(t.label);
    if (w != "up" && w != "down") continue;
    for (RelationMember& m : r.members) {
      if (m.role != "part") continue;
      const std::string pw = way.Name(ctx->fact(m.fact).label);
      if ((pw == "up" || pw == "down") && pw != w) m.role = "part.against";
    }
  }
}

void FindBreakdowns(Context* ctx) {
  Breakdowns(ctx).Run();
  DefinedAcrossClauses(ctx);
  SumsAfterLists(ctx);
  ParallelLists(ctx);
  ChangesOfLists(ctx);
  SignedChanges(ctx);
}

namespace {

// "下属单位13个，其中行政单位1个…。纳入…决算编制范围的下属单位包括：" and
// then one numbered line per unit: a sentence between the count and the
// numbered items of its section that names the counted noun again and ends
// in a word opening a list and a colon (lexicon enumeration, entry intro)
// says the items are what the count counts, when each is the name of a
// body (entry body) and nothing but a name. Reports set out the units
// under a bureau (机构设置) this way.
bool IntroducesBodies(Context* ctx, int i, const std::vector<Section>& sections,
                      const std::vector<size_t>& items) {
  const Fact& f = ctx->fact(i);
  const Section& first = sections[items.front()];
  // The count's sentence and the intro: a short stretch of text.
  constexpr uint32_t kMaxIntroBytes = 600;
  if (first.page_no != f.page_no || first.text_begin <= f.text_end ||
      first.text_begin - f.text_end > kMaxIntroBytes) {
    return false;
  }
  std::string gap = Squeeze(ctx->Between(i, f.text_end, first.text_begin));
  std::string_view intro = TrimSpace(gap);
  bool colon = false;
  for (std::string_view c : {"：", ":"}) {
    if (intro.ends_with(c)) {
      intro.remove_suffix(c.size());
      colon = true;
    }
  }
  // The intro is the last sentence, or the last line, before the items.
  for (std::string_view stop : {"。", "\n"}) {
    const size_t at = intro.rfind(stop);
    if (at != intro.npos) intro.remove_prefix(at + stop.size());
  }
  const Lexicon& enumeration = ctx->lex().Get("enumeration");
  size_t len = 0;
  if (!colon || !enumeration.EndsWith(intro, "intro", &len)) return false;
  intro.remove_suffix(len);
  // The noun named again is the count's: of the counts before the items
  // (a total and its 其中 parts, 下属单位 and 行政单位), the first that ends
  // most like it.
  const size_t shared = SharedTail(intro, Squeeze(f.label));
  if (shared < 2) return false;
  const int s = ctx->SentenceOf(i);
  if (s < 0) return false;
  const std::vector<Fact>& facts = ctx->out()->facts;
  for (size_t j = size_t(ctx->sentences()[size_t(s)].facts.front());
       j < facts.size() && facts[j].page_no == f.page_no &&
       facts[j].text_begin < first.text_begin;
       ++j) {
    const Fact& g = facts[j];
    if (int(j) == i || g.kind != "count" || g.section != f.section) continue;
    const size_t other = SharedTail(intro, Squeeze(g.label));
    if (other > shared || (other == shared && int(j) < i)) return false;
  }
  for (size_t k : items) {
    const std::string& title = sections[k].title;
    if (HasDigit(title) || !enumeration.EndsWith(Bare(title), "body")) {
      return false;
    }
  }
  return true;
}

// Whether the text ends without a stop after its last words, as a page
// saved in part does ("…负责协调水、电、").
bool CutShort(const Context& ctx) {
  const std::vector<Line>& lines = ctx.doc().lines;
  for (size_t l = lines.size(); l-- > 0;) {
    const std::string_view t = TrimSpace(lines[l].text);
    if (t.empty()) continue;
    // (A quotation closed after its stop ends the text too.)
    return !EndsWithStop(t) && !t.ends_with("”") && !t.ends_with("」") &&
           lines[l].table < 0;
  }
  return false;
}

}  // namespace

// "共有9项" / "6个项目均…" before the numbered items of its section, and
// "内设3个股室：办公室、…、…" before the items after its colon. The count
// of items listed goes in detail.
void FindEnumerations(Context* ctx) {
  const Lexicon& enumeration = ctx->lex().Get("enumeration");
  const Extracted& out = *ctx->out();
  const std::vector<Section>& sections = out.sections;
  // Children of each section, once.
  std::vector<std::vector<size_t>> children(sections.size());
  std::vector<size_t> top;
  for (size_t c = 0; c < sections.size(); ++c) {
    int p = sections[c].parent;
    if (p >= 0 && size_t(p) < sections.size()) children[size_t(p)].push_back(c);
    if (p < 0) top.push_back(c);
  }
  for (size_t i = 0; i < out.facts.size(); ++i) {
    const Fact& f = out.facts[i];
    if (f.kind != "count" || f.in_table || !f.qualifier.empty()) continue;
    int s = ctx->SentenceOf(int(i));
    if (s < 0) continue;
    std::string_view before = ctx->Between(
        int(i), f.text_begin > 12 ? f.text_begin - 12 : 0, f.text_begin);
    std::string_view after = ctx->Between(int(i), f.text_end, f.text_end + 12);
    std::string b = Squeeze(before), a = Squeeze(after);
    bool total = b.ends_with("共有") || b.ends_with("共") ||
                 b.ends_with("共计") || b.ends_with("合计");
    bool each = a.starts_with("项目均") || a.starts_with("均");
    // (A count before any heading counts the sections at the top.)
    if (CountsItems(ctx->lex().Get("list"), f.unit) &&
        (f.section < 0 || size_t(f.section) < sections.size())) {
      // A count whose line ends in a colon right after it ("全年共支持科技
      // 计划项目9项，具体为：", "共完成以下7项重点工作：") introduces the
      // items below it; so does one whose line goes on past a figure of its
      // own to a word that names what follows and the colon ("购买服务6类，
      // 合同金额合计286.90万元，分别为：").
      std::string_view line_rest =
          ctx->Between(int(i), f.text_end, f.text_end + 96);
      line_rest = TrimSpace(line_rest.substr(0, line_rest.find('\n')));
      // (One count of several before the colon, 二级指标3个、三级指标9个：,
      // may count the items or what they list: none is read so.)
      const std::vector<int>& sentence_facts =
          ctx->sentences()[size_t(s)].facts;
      std::string_view lead = line_rest;
      for (std::string_view c : {"：", ":"}) {
        if (lead.ends_with(c)) lead.remove_suffix(c.size());
      }
      const bool ends_in_colon =
          (line_rest.ends_with("：") || line_rest.ends_with(":")) &&
          (line_rest.size() < 36 ||
           (line_rest.size() < 90 && enumeration.EndsWith(lead, "namely"))) &&
          line_rest.find("。") == std::string_view::npos &&
          line_rest.find("；") == std::string_view::npos &&
          std::count_if(
              sentence_facts.begin(), sentence_facts.end(),
              [&](int j) { return out.facts[size_t(j)].kind == "count"; }) == 1;
      const std::vector<size_t>& items =
          f.section < 0 ? top : children[size_t(f.section)];
      bool numbered = items.size() >= 2;
      // (Items numbered in words, （一） 二、, are the document's own parts
      // unless the colon says they are the list.)
      for (size_t k = 0; k < items.size() && numbered; ++k) {
        numbered = (ends_in_colon || Numbered(sections[items[k]].marker)) &&
                   MarkerNumber(sections[items[k]].marker) == int(k) + 1;
      }
      // Items each counting things of the count's measure (实施项目27个，
      // 具体情况是：1.…实施项目10个…) are groups it sums, not its items.
      // (What an item's heading counts, not a target in its text.)
      // (Facts are in text order and so are sections: the items' facts
      // follow the count, and end where a later section begins.)
      if (numbered && ends_in_colon && !total && !each) {
        for (size_t j = i + 1; j < out.facts.size(); ++j) {
          const Fact& g = out.facts[j];
          if (g.section > int(items.back())) break;
          if (g.kind != "count" || g.section < 0 || !g.qualifier.empty() ||
              CountMeasure(g.unit) != CountMeasure(f.unit)) {
            continue;
          }
          const Section& item = sections[size_t(g.section)];
          if (std::find(items.begin(), items.end(), size_t(g.section)) !=
                  items.end() &&
              g.page_no == item.page_no &&
              g.text_begin <
                  item.text_begin + item.marker.size() + item.title.size()) {
            numbered = false;
            break;
          }
        }
      }
      // Items that run to the end of a text cut short (its last line ends
      // with no stop: a page saved in part) may go on past it: nothing is
      // said of their number.
      if (numbered && items.back() + 1 == sections.size() && CutShort(*ctx)) {
        numbered = false;
      }
      if (numbered) {
        const Section& first = sections[items.front()];
        bool follows =
            first.page_no > f.page_no ||
            (first.page_no == f.page_no && first.text_begin > f.text_begin);
        const bool intro = follows && !total && !each &&
                           IntroducesBodies(ctx, int(i), sections, items);
        if (follows && (total || each || intro || ends_in_colon)) {
          Relation r;
          r.kind = "enumeration";
          r.rule = "count.sections";
          r.members.push_back({"count", int(i)});
          r.detail = std::to_string(items.size()) + " " + first.marker + "至" +
                     sections[items.back()].marker;
          r.evidence = total           ? "共"
                       : each          ? "均"
                       : ends_in_colon ? "冒号后逐项"
                                       : "引语后逐行所列";
          ctx->Add(std::move(r));
          continue;
        }
      }
    }
    // A list right before the count: "下设办公室、待遇保障科、医药和基金监管科
    // 3个科室" (names joined by 、 up to the number).
    {
      const Sentence& sen = ctx->sentences()[size_t(s)];
      std::string_view head = ctx->Between(int(i), sen.begin, f.text_begin);
      // An outline marker opening the clause ("二、…构成情况 …内设9个") is
      // no item of a list: its 、 ends the marker.
      std::string_view list =
          WithoutOpeningMarker(head.substr(ClauseStart(head)));
      // "A、B、C等3个县": 等 closes a list that names them all, or stands
      // for the ones left unnamed; either way more names than the count
      // is a slip, fewer is not.
      const bool etc = list.ends_with("等");
      if (etc) list.remove_suffix(std::string_view("等").size());
      int k = NamesIn(list, &enumeration);
      // Names in quotation marks need no 、 between them.
      size_t quoted_from = 0;
      if (const int q = QuotedNamesAtEnd(list, &quoted_from); q >= 2) {
        k = q;
        list = list.substr(quoted_from);
      }
      // The items are names, not quantities (no digits), and the count is
      // followed by the noun it counts ("3个科室").
      bool names = !HasDigit(list);
      std::string_view after_count =
          ctx->Between(int(i), f.text_end, f.text_end + 3);
      size_t pos = 0;
      // A count followed by 和/及/以及/与 is itself one of a list of named
      // things ("…精神、省委省政府30条和市委市政府10条要求": 30条 is a
      // regulation's name; "在人民公园、金龙大道栽植乔灌木1695株以及麦冬
      // 8000余㎡": what was planted where), not the count of the names
      // before it.
      const char32_t next =
          after_count.empty() ? 0 : DecodeUtf8(after_count, &pos);
      bool noun = IsHan(next) && next != U'和' && next != U'及' &&
                  next != U'以' && next != U'与' && next != U'或';
      std::optional<Decimal> n0 = Decimal::Parse(f.value);
      // A head count counts the people the names stand for (lists.lex,
      // people): "组织A局、B局和C局7名专家".
      const bool people = ctx->lex().Get("enumeration").Has("people", f.unit);
      // A count right after a 、 is itself an item of the list ("审计署本
      // 级、18个派出机构和7个直属事业单位"), not the number of its names.
      const bool is_item = TrimSpace(list).ends_with("、");
      if (k >= 2 && names && noun && !people && !is_item && n0 &&
          n0->scale() == 0 && *n0 >= Decimal::FromInt(2) &&
          list.find("等") == list.npos && list.find("、、") == list.npos) {
        AddEnumeration(ctx, int(i), "count.listed_before", k, list,
                       "数字前所列", etc ? "no" : "");
        continue;
      }
    }
    // A colon list right after a short noun: "3个股室：A、B、C".
    std::optional<Decimal> n = Decimal::Parse(f.value);
    if (!n || n->scale() != 0 || *n < Decimal::FromInt(2) ||
        *n > Decimal::FromInt(30)) {
      continue;
    }
    const Sentence& sen = ctx->sentences()[size_t(s)];
    const std::string_view after_count_text =
        ctx->Between(int(i), f.text_end, std::min(sen.end, f.text_end + 600));
    // (10个月: a span of months, no count of what follows.)
    if (size_t len = 0;
        enumeration.StartsWith(after_count_text, "span", &len)) {
      continue;
    }
    std::string_view rest = after_count_text;
    size_t pos = 0;
    int chars = 0;
    bool colon = false, some = false;
    while (pos < rest.size() && chars <= 6) {
      char32_t c = DecodeUtf8(rest, &pos);
      if (c == U'：' || c == ':') {
        rest.remove_prefix(pos);
        // The noun before the count ("设置机构10个：即A、B…") when a word
        // that names what follows opens the list, or items with ordinal
        // markers do ("开展专项检查三次：一是…；二是…").
        size_t len = 0;
        const bool namely = enumeration.StartsWith(rest, "namely", &len) &&
                            !rest.substr(len).starts_with("将");
        colon = chars > 0 || namely || MarkedItems(rest) > 0;
        if (namely) rest.remove_prefix(len);
        break;
      }
      // "8个事业单位（农业服务中心、…及退役军人服务站）": the names in a
      // bracket right after the noun, up to its close.
      if ((c == U'（' || c == '(') && chars > 0) {
        std::string_view inside = rest.substr(pos);
        std::vector<int> depth = Depths(rest);
        size_t close = inside.size();
        for (size_t q = pos; q < rest.size(); ++q) {
          if (depth[q] == depth[pos] && IsCloseBracket(rest.substr(q))) {
            close = q - pos;
            break;
          }
        }
        if (close < inside.size()) {
          std::string_view names = inside.substr(0, close);
          const int k = NamesIn(names, &enumeration);
          bool bodies = k >= 2 && !HasDigit(names);
          // Each a name ending in a word for a body, not a kind of body
          // ("29个县（市、区）": counties, cities, districts).
          for (std::string_view item : Items(names)) {
            bodies = bodies && enumeration.EndsWith(Bare(item), "body") &&
                     !KindOfBody(enumeration, Bare(item));
          }
          // A bracket that opens with 含 (lists.lex, counted_some: "26个区
          // 县（含万盛经开区、两江新区）") names some of them, not all.
          const Lexicon& list_words = ctx->lex().Get("list");
          if (bodies && !list_words.Contains(names, "partial") &&
              !list_words.StartsWith(names, "counted_some")) {
            AddEnumeration(ctx, int(i), "count.bracket", k, names,
                           "括号内所列");
          }
        }
        break;
      }
      // "10个，即A、B…": a comma and a word that names what follows
      // (lexicon enumeration, entry namely), a colon after it or not.
      size_t len = 0;
      // "涉及3类资产，包括A、B、C": names that may be only some of what the
      // count counts (lexicon enumeration, entry including); naming more
      // than the count is a slip all the same.
      if ((c == U'，' || c == ',') &&
          enumeration.StartsWith(rest.substr(pos), "including", &len)) {
        some = true;
      }
      if ((c == U'，' || c == ',') &&
          (some || enumeration.StartsWith(rest.substr(pos), "namely", &len))) {
        std::string_view tail = rest.substr(pos + len);
        if (tail.starts_with("将")) break;  // 即将: "about to", no list
        for (std::string_view m : {"：", ":"}) {
          if (tail.starts_with(m)) tail.remove_prefix(m.size());
        }
        colon = true;
        rest = tail;
        break;
      }
      // The noun may name kinds set apart by 、 ("7个处室、所，分别是…").
      if (!IsHan(c) && !(c == U'、' && chars > 0)) break;
      ++chars;
    }
    if (!colon) {
      if (NumberedAfter(ctx, int(i), rest)) continue;
      ListedAfter(ctx, int(i));
      continue;
    }
    size_t end = rest.size();
    for (std::string_view stop : {"，", "。", "；", "\n", ",", ";"}) {
      end = std::min(end, rest.find(stop));
    }
    // Items that open with ordinal markers ("三个原因：一是…；二是…；三是
    // …") run on past the clause, to the end of the paragraph: counted by
    // their markers.
    std::string_view para =
        ctx->Between(int(i), f.text_end, f.text_end + kMaxParagraphBytes);
    para = para.substr(0, para.find('\n'));
    if (rest.data() >= para.data() &&
        rest.data() <= para.data() + para.size()) {
      std::string_view marked = para.substr(size_t(rest.data() - para.data()));
      if (const int k = MarkedItems(marked); k > 0) {
        if (k >= 2 && para.size() < kMaxParagraphBytes) {
          // The list's opening, 30 characters, as its evidence.
          size_t cut = 0;
          for (int c = 0; c < 30 && cut < marked.size(); ++c) {
            DecodeUtf8(marked, &cut);
          }
          AddEnumeration(ctx, int(i), "count.marked", k, marked.substr(0, cut),
                         "冒号后以“一是、二是”所列");
        }
        continue;
      }
    }
    std::string_view list = rest.substr(0, end);
    if (list.empty() || ctx->lex().Get("list").Contains(list, "partial")) {
      continue;
    }
    // Names each with a figure of the count's own measure ("在职人员22人，
    // 分别为行政人员14人、事业人员8人") are the parts of a breakdown, read
    // by their sum, not items counted.
    const uint32_t list_at =
        f.text_end + uint32_t(list.data() - after_count_text.data());
    bool parts = false;
    for (int j = int(i) + 1; j < int(ctx->out()->facts.size()) && !parts; ++j) {
      const Fact& g = ctx->fact(j);
      if (g.page_no != f.page_no || g.text_begin >= list_at + list.size()) {
        break;
      }
      parts = g.text_begin >= list_at && SameFamily(g, f);
    }
    if (parts) continue;
    int alt = 0;
    int k = NamesIn(list, &enumeration, &alt);
    // Money held back (预留资金16.15万元, 未分配) is listed with what was
    // allocated, but is none of the counted units (lists.lex enumeration
    // reserve).
    for (std::string_view item : Items(list)) {
      if (enumeration.StartsWith(Bare(item), "reserve")) {
        --k;
        if (alt > 0) --alt;
      }
    }
    if (k < 2) continue;
    // Open either way, the last item read as two comes first: 和 before a
    // list's last item is how the genre joins it ("A、B和C").
    AddEnumeration(ctx, int(i), "count.colon", alt > 0 ? alt : k, list,
                   some ? "包括后所列" : "冒号后所列", some ? "no" : "",
                   alt > 0 ? k : 0);
  }
}

}  // namespace tally::extract::rel
