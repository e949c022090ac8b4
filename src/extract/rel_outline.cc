// Breakdowns by the report's own outline: a numbered item that states an
// amount, and the numbered items under it that each state one.
//
// The genre's rule: an item of an outline whose first clause is a name and
// an amount ("（一）资助或组织开展全民健身活动1433.1万元，…") is the total of
// the items one level below it when each of those opens the same way
// ("1、群众性综合运动会654.17万元；2、…；3、其他活动219.41万元"): a report
// itemises a spending line by its sub-lines, whether it says 其中 or not,
// on one line or on one line per item. The items must be numbered 1..n
// with none missing, so that no item lies between them unread; the list is
// whole when its last item is 其他/其余 (lists.lex `other`), and probably
// whole otherwise (the outline moves on to the next item of the total's
// own level), which sums.cc reads as "a small shortfall is a slip".
//
// Work: the item markers of every body line once; each item looks only at
// the items up to the next one of its own level or higher, so the whole
// costs the number of items times the outline's depth (at most 4).
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "base/utf8.h"
#include "extract/parts.h"
#include "extract/relations.h"

namespace tally::extract::rel {
namespace {

struct Item {
  int line = -1;
  uint32_t begin = 0, end = 0;  // the item's text in the page: marker to
                                // the next marker on its line, or line end
  uint32_t text = 0;            // just after the marker
  int level = 0;
  int number = 0;
  int head = -1;            // the figure of its first clause, or -1
  bool opens_line = false;  // the marker is the line's first text
};

// The first fact of the item's text when it is an exact amount or count
// and no clause stop comes before it: the item's name, then its figure.
int HeadAmount(const Context& ctx, const Item& item) {
  // The line's facts are in text order: start at the item's text, so a
  // line of many items costs its facts once, not once per item.
  const std::vector<int>& facts = ctx.LineFacts(item.line);
  auto from = std::lower_bound(
      facts.begin(), facts.end(), item.text,
      [&](int f, uint32_t at) { return ctx.fact(f).text_begin < at; });
  for (auto it = from; it != facts.end(); ++it) {
    const int f = *it;
    const Fact& fact = ctx.fact(f);
    if (fact.in_table) continue;
    if (fact.text_begin >= item.end) return -1;
    if (!Summable(fact)) return -1;
    std::string_view name = ctx.Between(f, item.text, fact.text_begin);
    for (size_t pos = 0; pos < name.size();) {
      if (IsClauseStop(DecodeUtf8(name, &pos))) return -1;
    }
    return f;
  }
  return -1;
}

std::vector<Item> Items(const Context& ctx) {
  std::vector<Item> items;
  const DocText& doc = ctx.doc();
  for (size_t l = 0; l < doc.lines.size(); ++l) {
    const Line& line = doc.lines[l];
    if (line.table >= 0 || !line.cells.empty()) continue;
    std::vector<ItemMarker> markers = InlineItemMarkers(line.text);
    for (size_t k = 0; k < markers.size(); ++k) {
      Item item;
      item.line = int(l);
      item.begin = line.begin + uint32_t(markers[k].at);
      item.text = line.begin + uint32_t(markers[k].end);
      item.end = k + 1 < markers.size()
                     ? line.begin + uint32_t(markers[k + 1].at)
                     : line.end;
      item.level = markers[k].level;
      item.number = markers[k].number;
      item.head = HeadAmount(ctx, item);
      item.opens_line =
          line.text.substr(0, markers[k].at).find_first_not_of(" \t") ==
          std::string_view::npos;
      items.push_back(item);
    }
  }
  return items;
}

// The parts of each breakdown found before, by its total: an outline that
// repeats a 其中 list adds nothing.
std::multimap<int, std::set<int>> KnownBreakdowns(const Context& ctx) {
  std::multimap<int, std::set<int>> known;
  for (const Relation& r : ctx.out()->relations) {
    if (r.kind != "breakdown") continue;
    int total = -1;
    std::set<int> parts;
    for (const RelationMember& m : r.members) {
      if (m.role == "total") total = m.fact;
      if (m.role == "part") parts.insert(m.fact);
    }
    if (total >= 0) known.emplace(total, std::move(parts));
  }
  return known;
}

bool Known(const std::multimap<int, std::set<int>>& known, int total,
           const std::vector<int>& parts) {
  const std::set<int> want(parts.begin(), parts.end());
  auto [b, e] = known.equal_range(total);
  for (auto it = b; it != e; ++it) {
    if (it->second == want) return true;
  }
  return false;
}

// How whole a list of numbered items is, by the words that announce it.
enum class Announced { kByItems, kWhole, kOpen };

// `items` names how the items are set out (numbered, or one per line).
void AddOutline(Context* ctx, int total, const std::vector<int>& parts,
                bool other, Announced by = Announced::kByItems,
                const char* items = "编号分项") {
  Relation r;
  r.kind = "breakdown";
  r.rule = "list.outline";
  r.members.push_back({"total", total});
  AddMembers(&r, "part", parts);
  r.name = ctx->fact(total).label;
  r.complete = other ? "yes" : by == Announced::kOpen ? "" : "likely";
  r.evidence = other ? "其他" : items;
  if (IsItemCount(ctx->lex().Get("list"), ctx->fact(total))) {
    r.detail = "items";
  }
  ctx->Add(std::move(r));
}

// The figure a body line ends on, right before a closing colon
// ("具体分解二级指标5个、三级指标15个："), or -1. A line that closes on a
// list word and a colon instead ("一般转移支付收入180500万元，比上年…减少
// 44500万元，下降19.78%。均为一般公共预算收入，主要包括：") announces the
// parts of the figure its last sentence of figures is about: that
// sentence's first figure of the parts' family (that of fact `like`: "共
// 实施项目5个，项目支出合计1,862.40万元，具体为：" lists money) that is no
// change and no other year's; *by says whether the word claims the list
// whole (分别为) or not (主要包括, 其中).
int ColonHead(const Context& ctx, int l, int like, Announced* by,
              size_t colon = std::string_view::npos) {
  const Line& line = ctx.doc().lines[size_t(l)];
  if (line.table >= 0 || !line.cells.empty()) return -1;
  std::string_view text = line.text;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  if (colon == std::string_view::npos) {
    colon = text.ends_with("：")  ? text.size() - 3
            : text.ends_with(":") ? text.size() - 1
                                  : std::string_view::npos;
  }
  if (colon == std::string_view::npos) return -1;
  // The line's figures before the colon.
  std::vector<int> facts;
  for (int i : ctx.LineFacts(l)) {
    if (ctx.fact(i).text_end <= line.begin + colon) facts.push_back(i);
  }
  if (facts.empty()) return -1;
  const Fact& f = ctx.fact(facts.back());
  if (f.in_table) return -1;
  *by = Announced::kByItems;
  if (f.text_end == line.begin + colon) return Summable(f) ? facts.back() : -1;
  const Lexicon& list = ctx.lex().Get("list");
  const std::string tail = Squeeze(
      text.substr(f.text_end - line.begin, colon - (f.text_end - line.begin)));
  if (list.EndsWith(tail, "whole")) {
    *by = Announced::kWhole;
  } else if (list.EndsWith(tail, "open")) {
    *by = Announced::kOpen;
  } else {
    return -1;
  }
  // Two such figures of one role (安排省级…支出5.5亿元，安排市县…支出2.9亿
  // 元，其中：) are parallel totals, and the items part them both (each
  // item names 省级 X and 市县 Y): neither is the list's total alone.
  // (Figures of other roles are the first's account: 收入, then 支出 and
  // 结转; 年初预算, then 决算.)
  int head = -1;
  for (int i : facts) {
    const Fact& g = ctx.fact(i);
    if (g.sentence_begin != f.sentence_begin) continue;
    if (Summable(g) && g.qualifier.empty() && g.role != "change" &&
        !ctx.OtherYear(i) && SameFamily(g, ctx.fact(like))) {
      if (head < 0) {
        head = i;
      } else if (g.role == ctx.fact(head).role) {
        return -1;
      }
    }
  }
  return head;
}

}  // namespace

void FindOutlineSums(Context* ctx) {
  const std::vector<Item> items = Items(*ctx);
  const auto known = KnownBreakdowns(*ctx);
  const Lexicon& list = ctx->lex().Get("list");
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& parent = items[i];
    if (parent.head < 0) continue;
    // The items under it: up to the next item of its level or higher.
    size_t j = i + 1;
    while (j < items.size() && items[j].level > parent.level) ++j;
    if (j == i + 1) continue;
    const int kid_level = items[i + 1].level;
    std::vector<int> parts;
    bool ok = true, other = false;
    for (size_t k = i + 1; k < j && ok; ++k) {
      if (items[k].level != kid_level) continue;
      const Item& kid = items[k];
      ok = kid.number == int(parts.size()) + 1 && kid.head >= 0 &&
           SameFamily(ctx->fact(parent.head), ctx->fact(kid.head));
      if (!ok) break;
      parts.push_back(kid.head);
      if (list.StartsWith(Squeeze(ctx->fact(kid.head).label), "other")) {
        other = true;
      }
    }
    if (!ok || parts.size() < 2 || Known(known, parent.head, parts)) continue;
    AddOutline(ctx, parent.head, parts, other);
  }
  // A figure that closes its line with a colon announces the numbered
  // items of the lines after it ("三级指标15个：" then "1.数量指标6个：…",
  // "2.质量指标1个：…"): the same rule, the total stated before the items
  // instead of as their parent item. The items open their lines, one after
  // another (deeper items may come between), numbered 1..n.
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].opens_line || items[i].number != 1 || items[i].line == 0) {
      continue;
    }
    if (i > 0 && items[i - 1].line == items[i].line - 1 &&
        items[i - 1].level < items[i].level) {
      continue;  // a parent item: read above
    }
    Announced by = Announced::kByItems;
    if (items[i].head < 0) continue;
    const int total = ColonHead(*ctx, items[i].line - 1, items[i].head, &by);
    if (total < 0) continue;
    const int level = items[i].level;
    std::vector<int> parts;
    bool ok = true, other = false;
    int line = items[i].line - 1;
    for (size_t k = i; k < items.size() && ok; ++k) {
      const Item& kid = items[k];
      if (kid.line != line && kid.line != line + 1) break;
      if (kid.line == line + 1 && !kid.opens_line) break;
      line = kid.line;
      if (kid.level < level) break;
      if (kid.level > level) continue;
      ok = kid.number == int(parts.size()) + 1 && kid.head >= 0 &&
           SameFamily(ctx->fact(total), ctx->fact(kid.head));
      if (!ok) break;
      parts.push_back(kid.head);
      if (list.StartsWith(Squeeze(ctx->fact(kid.head).label), "other")) {
        other = true;
      }
    }
    if (!ok || parts.size() < 2 || Known(known, total, parts)) continue;
    AddOutline(ctx, total, parts, other, by);
  }
  // The same with items unnumbered, one per line, each a name and its
  // figure closed by ；, the last by 。 ("按支出功能分类具体为：" then
  // "一般公共服务支出48.60万元；", …, "住房保障支出163.20万元。"); the
  // first may stand on the colon's line, after the colon.
  const std::vector<Line>& lines = ctx->doc().lines;
  auto closes = [](std::string_view text, bool* semi, bool* stop) {
    text = TrimSpace(text);
    *semi = text.ends_with("；") || text.ends_with(";");
    *stop = text.ends_with("。");
  };
  for (size_t l = 0; l + 1 < lines.size(); ++l) {
    const Line& head = lines[l];
    if (head.table >= 0) continue;
    const std::vector<int>& on_head = ctx->LineFacts(int(l));
    if (on_head.empty()) continue;
    // The colon: the line's last, at its end or before its one last figure.
    const std::string_view text = head.text;
    size_t colon = text.rfind("：");
    if (colon == std::string_view::npos) continue;
    std::vector<int> parts;
    const std::string_view after = text.substr(colon + 3);
    if (!TrimSpace(after).empty()) {
      bool semi = false, stop = false;
      closes(after, &semi, &stop);
      const int last = on_head.back();
      if (!semi || ctx->fact(last).text_begin < head.begin + colon ||
          (on_head.size() >= 2 &&
           ctx->fact(on_head[on_head.size() - 2]).text_begin >
               head.begin + colon) ||
          !Summable(ctx->fact(last)) || !ctx->fact(last).qualifier.empty()) {
        continue;
      }
      parts.push_back(last);
    }
    auto item = [&](size_t k) {
      const Line& line = lines[k];
      const std::vector<int>& facts = ctx->LineFacts(int(k));
      if (line.table >= 0 || facts.size() != 1 ||
          !Summable(ctx->fact(facts[0])) ||
          !ctx->fact(facts[0]).qualifier.empty() ||
          WithoutOpeningMarker(line.text).size() != line.text.size()) {
        return -1;
      }
      return facts[0];
    };
    const int first = parts.empty() ? item(l + 1) : parts[0];
    if (first < 0) continue;
    Announced by = Announced::kByItems;
    const int total = ColonHead(*ctx, int(l), first, &by, colon);
    if (total < 0 || by == Announced::kByItems) continue;
    // A list of more lines than a statement has is none (and a hostile
    // document of colon lines stays linear).
    constexpr size_t kMaxLineItems = 64;
    bool closed = false;
    for (size_t k = l + 1;
         k < lines.size() && k <= l + kMaxLineItems && !closed; ++k) {
      const int part = item(k);
      bool semi = false;
      closes(lines[k].text, &semi, &closed);
      if (part < 0 || (!semi && !closed) ||
          !SameFamily(ctx->fact(total), ctx->fact(part))) {
        closed = false;
        break;
      }
      parts.push_back(part);
    }
    if (!closed || parts.size() < 2 || Known(known, total, parts)) continue;
    bool other = false;
    for (int p : parts) {
      other = other || list.StartsWith(Squeeze(ctx->fact(p).label), "other");
    }
    AddOutline(ctx, total, parts, other, by, "逐行分项");
  }
}

}  // namespace tally::extract::rel
