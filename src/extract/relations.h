// extract/relations.h: the relations part of the extract stage (internal).
//
// Finds which numbers of a report relate and how (base/facts.h, Relation):
// a total and its parts, a budget and its payments and rates, points that
// add up, a grade and its score, a quantity stated twice, a count and the
// items it counts. Everything that decides structure is here, read from the
// text around the facts and from the lexicons in patterns/*.lex; the check
// stage only does arithmetic over the result. The general rules of the
// genre, each with the lexicon that carries its words:
//
//   * A breakdown opens with a list word (其中, 分别为; lists.lex), a
//     bracket or a colon right after its total, and lists parts of the
//     total's family (money with money, 人次 with 人次). It ends at the
//     sentence end, at the close of its bracket, at the next list word of
//     the same depth, or where a clause with another accounts role begins
//     (支出, 执行率, 结转 after a list of sources; roles.lex).
//   * Its completeness is evidence, not a guess: whole when it says so
//     (分别为), when a count before it matches its parts (两批, 三项), when
//     the total's label names every part (中央和省级… : 中央, 省级), or when
//     a part is 其他/其余; partial with 等 or a bound on a part; unknown
//     otherwise.
//   * A budget statement runs budget → payment → rate/balance. Each
//     paragraph's role facts are grouped in that order; a budget word after
//     a payment or rate starts the next group (one project after another).
//     A group without a budget takes the one of the sentence before.
//   * Points add up within a section or an indicator block, a score stays
//     within its weight, and a grade belongs to the score it is given for:
//     the report's total, or one indicator's (with its weight).
//
// Work is near-linear in the document: each paragraph is read once,
// sentences are compared only within buckets of equal label sequences,
// tables are read row by row, and every look back (a list's opener, a
// share's whole, a statement's members) is bounded, so a hostile sentence of
// 10^5 figures costs a bounded multiple of its length.
#ifndef TALLY_EXTRACT_RELATIONS_H_
#define TALLY_EXTRACT_RELATIONS_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/doc_text.h"
#include "extract/lexicon.h"
#include "extract/parts.h"

namespace tally::extract::rel {

// A sentence of a body line: up to and including 。！？, or the line end.
struct Sentence {
  int line = -1;                // index into DocText::lines
  uint32_t begin = 0, end = 0;  // byte range in the page text
  std::vector<int> facts;       // indices into Extracted::facts, text order
};

// What every relation finder reads: the document, its facts by line and by
// sentence, the tables' cells, and the lexicons.
class Context {
 public:
  Context(const DocText& doc, const TableIndex& tables, const Lexicons& lex,
          Extracted* out);

  const DocText& doc() const { return doc_; }
  const TableIndex& tables() const { return tables_; }
  const Lexicons& lex() const { return lex_; }
  Extracted* out() const { return out_; }
  const Fact& fact(int i) const { return out_->facts[size_t(i)]; }

  // The page text of line `line`.
  std::string_view PageText(int line) const;
  // Bytes [begin, end) of the page text of fact i's page.
  std::string_view Between(int i, uint32_t begin, uint32_t end) const;

  const std::vector<Sentence>& sentences() const { return sentences_; }
  // The sentence of fact i (an index into sentences()), -1 for table facts.
  int SentenceOf(int i) const { return sentence_of_[size_t(i)]; }
  // Facts of line `line` (body or table row), in text order.
  const std::vector<int>& LineFacts(int line) const {
    return line_facts_[size_t(line)];
  }
  // Whether fact i is the other year's figure, named by a comparison alone
  // (OfOtherYear), as read once for every finder.
  bool OtherYear(int i) const { return other_year_[size_t(i)] != 0; }
  // The facts in cell `col` of line `line`.
  std::vector<int> CellFacts(int line, int col) const;
  // The one number of that cell (the first fact of a kind that has one), or
  // -1.
  int CellNumber(int line, int col) const;

  void Add(Relation r);

 private:
  const DocText& doc_;
  const TableIndex& tables_;
  const Lexicons& lex_;
  Extracted* out_;
  std::vector<std::vector<int>> line_facts_;
  std::vector<int> page_index_;  // page_no -> index into doc_.pages, or -1
  std::vector<Sentence> sentences_;
  std::vector<int> sentence_of_;
  std::vector<char> other_year_;
};

// --- Helpers of the finders -------------------------------------------------

// A lexicon word's pieces between `sep` ("门诊/住院" -> 门诊, 住院): the
// members of a partition, the classes of a definition and their names.
std::vector<std::string> SplitAt(std::string_view w, char sep);
// Numbers that add: amounts and counts with an exact value.
bool Summable(const Fact& f);
// Whether a label names its figure by a comparison alone ("比上年累计支出
// 433万元", "较2021年决算"; rates.lex, change: a than-word opens it, then a
// year, and no way follows): the other year's figure, which is neither a
// role of this year's accounts nor a total or part of this year's lists.
bool OtherYears(const Lexicon& change, std::string_view label);
// Whether a label names its figure by a comparison alone, with another year
// (OtherYears) or with a figure it names ("比预算", "较计划"): a than-word
// opens it, words without a digit follow, and no way.
bool ComparedWith(const Lexicon& change, std::string_view label);
// Each part of a breakdown with a total (found so far) -> that total.
std::map<int, int> TotalsOfParts(const Context& ctx);
// Whether text is one word of the change lexicon's up or down entry alone
// (增加, 下降): a direction and nothing else.
bool Bare(const Lexicon& way, std::string_view text);
// Whether `text` opens with a comparison against another year (rates.lex,
// change: a than-word, then within a few characters a year: 较上年, 比
// 2021年, 较上年同期; or 同比, which names it), whatever follows it.
bool AgainstOtherYear(const Lexicon& change, std::string_view text);
// The words of fact i's clause before it (ClauseStart), within 120 bytes;
// empty when the clause reaches further (its words are not all there, and
// a bounded look back keeps a sentence of 10^5 figures linear).
std::string_view ClauseBefore(const Context& ctx, int i);
// OtherYears of fact i's label or, when the label was cut short (at a
// quote: "较2014年度部门决算公开“三公”经费合计16.08万元" is labelled 经费),
// of its clause; a figure whose label names a way (增加, 减少) is the
// change, not the other year's figure. So is a label that opens with the
// year before (`years`, year_pair: 上年该项目实际支出), unless it names what
// that year carried or left (上年结转, 上年结余).
bool OfOtherYear(const Context& ctx, const Lexicon& change,
                 const Lexicon& years, int i);
// The year fact i's sentence opens with, after an item marker ("（二）2024年
// 结转…资金680.315万元": 2024; "2023年12月31日前…": 2023), or 0 when it
// opens otherwise. Statements that open with different years are of
// different years' money.
int OpeningYear(const Context& ctx, int i);
// The year `s` opens with, spaces aside ("2013年长沙市…": 2013), or 0.
int LeadingYear(std::string_view s);
// `s` past the year it opens with and its 年度 or 年 ("2023年度收入合计" ->
// "收入合计"); `s` itself when it opens with none.
std::string_view WithoutLeadingYear(std::string_view s);
// The latest year `s` names ("2023年度…支出15.42万元，" : 2023), or 0.
int LatestYear(std::string_view s);
// The number of characters two strings end alike in; *bytes (if given) is
// set to their size in bytes.
size_t SharedTail(std::string_view a, std::string_view b,
                  size_t* bytes = nullptr);
// The number of characters two names open alike with, past their item
// markers ("3、公务用车费" and "（2）公务用车购置费" open alike with 公务用车).
// kKindOf or more say one is a kind of the other (公务用车购置费 of
// 公务用车购置及运行费); two are often a shared first word only (公务接待费).
size_t SharedHeadChars(std::string_view a, std::string_view b);
constexpr size_t kKindOf = 3;
// Whether the fact at j of sentence `sen` is the whole of the share right
// after it, "的" alone between them ("完成99552万元，占年初预算数109466万元
// 的90.9%": 109466): a measure of the figure the sentence is about, neither
// its subject nor a total of its own.
bool ShareWhole(const Context& ctx, const Sentence& sen, size_t j);
// A count's measure word without its 万/亿/千 (1.25万人次 -> 人次).
std::string_view CountMeasure(std::string_view unit);
// Money with money, and counts of the same measure word (人 is not 人次;
// 38.2万人 counts 人; 15台（套） counts 台 and 套).
bool SameFamily(const Fact& a, const Fact& b);
// Whether `s` opens (closes) with a bracket, full- or half-width.
bool IsOpenBracket(std::string_view s);
bool IsCloseBracket(std::string_view s);
// Whether `text`, read from a figure on, closes a bracket opened before it
// ("348万元（市级262万元，区级86万元），约占总投资的40%": from 86 to 约占,
// a bracket closes): the figure stood in an aside.
bool ClosesBracket(std::string_view text);
// Whether a count's measure word (个, 项; not 人, 人次) counts the items of
// a list (lists.lex, entry item).
bool CountsItems(const Lexicon& list, std::string_view measure);
// A count of parts that `text` announces ("分两批下达", "三项", "2个"): a
// number of two or more, not part of a longer number or an ordinal (第三
// 批), followed by a measure word that counts items; nullopt if none.
std::optional<int> AnnouncedCount(const Lexicon& list, std::string_view text);
// Whether f is a count of items (a breakdown of it lists items: detail
// "items", which the check compares as a count, not as a quantity).
bool IsItemCount(const Lexicon& list, const Fact& f);
// Whether an entry of rates.lex per_head names a unit (户, 人, 亩), not the
// words for people, a period, an average or a bound.
bool IsPerHeadUnit(const LexEntry& e);
// Whether a label names an amount per unit (rates.lex per_head: 户均, 每人,
// 生均; or 每 before anything but a period of time, 每村, 每项; 每年 and
// 每月 are periods): a standard or an average, no total of a list. *at, if
// given, is set to where the first such word starts.
bool NamesPerUnit(const Lexicon& per_head, std::string_view label,
                  size_t* at = nullptr);
// The roles of a budget figure (roles.lex): initial, adjust, full, carry,
// allocated, fund.
bool IsBudget(std::string_view role);
// A member list from fact indices with one role.
void AddMembers(Relation* r, std::string_view role, const std::vector<int>& f);
// Adds a relation of `kind` (breakdown, score_sum) whose parts are the
// whole of its total (complete "yes", for `evidence`).
void AddWhole(Context* ctx, const char* kind, const char* rule,
              std::string name, int total, const std::vector<int>& parts,
              std::string evidence);
// Whether a fact is a form's total score: a table's 总分/合计/总计 得分
// cell of plain points (rel_points.cc).
bool IsFormTotalScore(const Fact& f);
// Adds a ratio (`rule`): rate is num over den (rel_budget.cc).
void AddRatio(Context* ctx, const char* rule, const std::string& name, int num,
              int den, int rate, std::string evidence);
// Adds ratio.growth: rate (said `way`, up or down) is this year's figure
// `current` over the other year's `before`, less one (rel_budget.cc); or,
// where `alt` is a fact, its over `before` (current.alt: the rate follows a
// list's last part, and may be the part's or the total's).
void AddGrowth(Context* ctx, int current, int before, int rate, std::string way,
               std::string evidence, int alt = -1);

// --- The finders (each appends to ctx->out()->relations) --------------------

// Fact::label of figures named by a list of names before a word that says
// "respectively" (年初预算数、全年预算数、全年执行数分别为100万元、120万元、
// 114万元): each its name, in order. Before AssignRoles.
void NameRespectively(Context* ctx);
// Fact::role for every fact, from roles.lex (role, score_role).
void AssignRoles(Context* ctx);
// breakdown: prose lists (lists.lex), brackets, colon lists.
void FindBreakdowns(Context* ctx);
// breakdown: a numbered item's amount and its sub-items' (rel_outline.cc).
void FindOutlineSums(Context* ctx);
// budget and ratio in prose; bound for rates (rates.lex).
void FindBudgets(Context* ctx);
void FindRatios(Context* ctx);
void FindBounds(Context* ctx);
// Drops the ratios whose rate of change is said over figures adjusted for
// comparison (rates.lex, change, adjusted: 可比口径增长, 剔除…因素后增长),
// or one of whose figures is what was taken out for it (剔除…43.50万元后，
// 同口径比上年减少7.25万元，下降3.53%): the text does not print the
// figures it is over.
void DropAdjustedRates(Context* ctx);
// ratio.per_unit: a total, its count and the amount per unit (rel_units.cc).
void FindPerUnit(Context* ctx);
// The 绩效自评表: budget rows (budget, breakdown by column), indicator rows
// (score_cap, score_sum per block and 总分, indicator), and the prose's
// section points against the table rows.
void FindTableRelations(Context* ctx);
// Prose points: score_cap and score_sum of sections and 共计 lists.
void FindScores(Context* ctx);
// grade: each stated grade with its score, weight and bands.
void FindGrades(Context* ctx);
// indicator: scoring standards stated as a step (每低于1个百分点扣0.5分),
// with the indicator they score (rel_steps.cc). After FindTableRelations.
void FindStatedSteps(Context* ctx);
// restatement: repeated sentences, the same number in units 10^4 apart,
// table cells restated in prose, figures retyped with two digits swapped;
// siblings; enumeration.
void FindRestatements(Context* ctx);
void FindSiblings(Context* ctx);
void FindEnumerations(Context* ctx);

}  // namespace tally::extract::rel

#endif  // TALLY_EXTRACT_RELATIONS_H_
