// base/facts.h: what the extract stage finds in a document and the check
// stage reasons over, shared by extract, store and check.
//
// Numbers are kept as printed text (value) plus an exact decimal in the base
// unit (base_value, see base/decimal.h): '437.32' 万元 is base_value
// '4373200' 元. Positions are the page (from 1), the box in PDF points
// (origin top-left; empty when there is no geometry, as for plain text) and
// the UTF-8 byte range in that page's normalised text (pages.text).
#ifndef TALLY_BASE_FACTS_H_
#define TALLY_BASE_FACTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/geometry.h"

namespace tally {

// The power of ten a unit's multiplier stands for: 亿 8, 万 4, 千 3, else 0
// ("万元" and "万人" 4, "元" 0), so base_value = value x 10^UnitExponent.
inline int UnitExponent(std::string_view unit) {
  if (unit.starts_with("亿")) return 8;
  if (unit.starts_with("万")) return 4;
  if (unit.starts_with("千")) return 3;
  return 0;
}

// The unit a base_value is in: the printed unit without its multiplier
// ("万元" -> "元", "万人" -> "人", "亿元" -> "元"; "%" and "人次" stay). Empty
// for a bare multiplier ("万") or no unit.
inline std::string_view BaseUnit(std::string_view unit) {
  if (UnitExponent(unit) == 0) return unit;
  return unit.substr(3);  // 亿, 万 and 千 are 3 bytes in UTF-8
}

// One heading of the document's section tree (一、 （一） 1. （1）).
struct Section {
  int level = 1;  // 1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for （1）
  int parent = -1;     // index of the enclosing section in the list, or -1
  std::string marker;  // "一、", "（一）", "1.", "（1）"
  std::string title;   // the heading text after the marker
  int page_no = 0;
  uint32_t text_begin = 0;  // byte offset of the heading in the page text
};

struct Fact {
  int64_t fact_id = 0;  // assigned by the store; 0 until stored
  // 'amount', 'percent', 'count', 'score', 'grade', 'date', 'docno'.
  std::string kind;
  std::string raw;    // the matched text as stored in the page text
  std::string value;  // as printed: "437.32"; for a grade the word
  std::string unit;   // as printed: "万元", "%", "人次", "分"
  std::string qualifier;  // "≥", "≤", ">", "<", "≈" (余/多/近/约), or empty
  std::string base_value;  // exact decimal in the base unit (元, %, 人, 分)
  std::string label;       // the thing measured: "医保基金实际拨付"
  // The sentence, or the table row, it is in: whole when it is short (as
  // nearly every sentence is), else a window of characters around the fact
  // marked "…" where cut; sentence_begin/end give the whole of it.
  std::string context;
  uint32_t sentence_begin = 0, sentence_end = 0;  // byte range in page text
  int sentence = 0;       // ordinal of that sentence or row in the document
  int section = -1;       // index into the document's sections, or -1
  bool in_table = false;  // read from a table cell
  int page_no = 0;
  Box box;
  uint32_t text_begin = 0, text_end = 0;  // byte range in the page text
  std::string source;                     // 'text' or 'ocr'
  double ocr_confidence = -1;  // mean of the boxes' confidences; -1 if none
  // OCR: the engine's confidence 0..100 in each character of `value` (one
  // per byte: a number is ASCII), from its box's symbol confidences
  // (box_symbols), when value is read as one box; empty otherwise. Set where
  // checks are run (pipeline/check_record.h), not stored with the fact.
  std::vector<int> value_confidence;
  // OCR: what a second reading of the number's box (the ocr stage's digits
  // model, enlarged) saw at each character of `value`, when it read every
  // one of them; empty otherwise. Set with value_confidence.
  std::string value_second;
  std::string rule_id;  // the patterns/ rule that produced it
  // What the number is in the report's accounts, from its label and the
  // patterns/ lexicons: a budget role (initial, adjust, full, carry,
  // allocated, spent, balance, rate), a score role (weight, score, total),
  // or empty.
  std::string role;
};

// One row of an indicator table (绩效自评表), merged cells filled down.
struct IndicatorRow {
  int page_no = 0;
  std::string level1, level2, level3;  // 一级/二级/三级指标
  std::string target, actual;  // 年度指标值, 实际完成值 as printed
  std::string weight, score;   // 分值, 得分: exact decimals or empty
  std::string note;            // 偏差原因
  Box box;
  std::string source;
};

// One row of an indicator table's budget block (项目资金 (万元)).
struct BudgetRow {
  int page_no = 0;
  std::string item;  // 年度资金总额, 其中：当年财政拨款, 上年结转资金, ...
  std::string unit;      // the block's money unit, "万元" or "元"
  std::string initial;   // 年初预算数
  std::string full;      // 全年预算数
  std::string executed;  // 全年执行数
  std::string weight;    // 分值
  std::string rate;      // 执行率, as printed ("100%")
  std::string score;     // 得分
  Box box;
  std::string source;
};

// A relation among a document's facts that the report states or implies,
// as the extract stage found it. The check stage does arithmetic over these
// and nothing else, so `tally check` re-runs from the database and an
// analyst can query what was reasoned over (v_relations).
struct RelationMember {
  std::string role;
  int fact = -1;  // index into the document's facts
};

struct Relation {
  // kind: members by role (each "0..n" unless said), and what it asserts.
  //   breakdown    total (0..1), part (1..n), total.other (0..4: another
  //                figure the parts may add up to, the budget a payment
  //                total was paid from): the parts add up to the total
  //                (complete: 'yes' / 'likely' (nothing follows the parts) /
  //                'no' / '' unknown; with no total the parts' sum is a
  //                quantity of their own, see budget; detail 'items' when
  //                the total counts the items of a list: 7个项目; 'classes'
  //                when the parts are those items by grade, disjoint:
  //                优的9个，良的3个; 'measure' when the total is an area, a
  //                length or a weight, whose parts are disjoint pieces;
  //                a list of changes may hold total.of and part.of, in the
  //                parts' order: the figures they are changes of, whose
  //                sum tells whether the list is whole).
  //   budget       initial, adjust, full, carry, allocated, spent, balance,
  //                rate, income, withdrawn, and X.part members whose sum is
  //                one reading of X (named_part: a budget's part the payment
  //                names, one more reading): rate = spent / one of the
  //                budget readings, balance = budget reading (or income,
  //                with carry) - spent (and withdrawn). budget.change:
  //                current, other, change: the change is |current - other|
  //                (比上年X万元减少Y万元); table.change the same, a
  //                table's 增减 column (signed either way).
  //   ratio        numerator, denominator, rate (占…的 P%); denominator.other
  //                for each other whole a generic 占总数 may mean
  //                (ratio.change:
  //                numerator, current, rate, and current.other for the
  //                subject's figures of other years, denominator.other
  //                for the current figure as a base where no comparison
  //                is named, current.each for a figure side by side
  //                with current that the change is said of too (各增加);
  //                ratio.growth:
  //                current, denominator, rate; ratio.one_whole: numerator
  //                and rate in pairs, shares of one whole the text does not
  //                state near them, which must all imply the same whole;
  //                detail 'partition' when their rates add up to 100%: the
  //                whole is then the numerators' sum).
  //   score_sum    total, part: points that add up (section weights, 总分).
  //   score_cap    weight, score: a score within its weight.
  //   grade        score, weight (0..1), grade; detail the bands (below).
  //   indicator    target, actual, weight, score: one indicator-table row
  //                (detail: 'reverse' for a ≤ target; evidence 'note' when
  //                its 偏差原因 is filled in, 'no_note' when the form has no
  //                such column); a budget row's (detail
  //                'rate') has its 执行率 as actual, and spent and budget
  //                when the row prints them. A scoring standard the report
  //                states as a step (detail 'step PER UNIT WAY WORDS',
  //                extract/rel_steps.cc) adds member step (the points per
  //                step) and may hold shortfall (a delay) for target and
  //                actual.
  //   restatement  a, b: the same labelled quantity stated twice.
  //   enumeration  count; detail the number of items listed, a space, and
  //                what they are.
  //   bound        value; detail "100" (cannot pass 100%) or "100?" (rarely
  //                passes it).
  //   siblings     amount, sibling (1..n), per (0..1): an amount among
  //                parallel amounts of its sentence or section.
  std::string kind;
  std::vector<RelationMember> members;
  std::string complete;
  // The words that decided the structure or its completeness ("分别为",
  // "等", "合计行", "两批"), for the reader of a finding.
  std::string evidence;
  // Kind-specific data, see above. A grade's bands: "lo,hi,lo_in,hi_in,
  // grade;..." (e.g. "90,100,1,1,优秀;80,90,1,0,良好"), then "|stated" or
  // "|default".
  std::string detail;
  std::string name;  // what it is about: a section title, a table item
  std::string rule;  // how the extractor found it ("list.qizhong", ...)
  int page_no = 0;
};

// An inconsistency the check stage found.
struct Finding {
  std::string rule;               // 'sum.breakdown', 'unit.magnitude', ...
  std::string severity;           // 'error', 'warning' or 'info'
  std::string message;            // one line, with the numbers
  std::string expected;           // what the arithmetic implies, with unit
  std::string actual;             // what the report states, with unit
  int page_no = 0;                // 0: about the whole document
  std::vector<int64_t> fact_ids;  // the facts it rests on, cited order
  // The correction that makes the relation hold ("437.32万元"), if one
  // number can be named; else empty.
  std::string suggested;
  // The reading of the relation that was tested ("执行率 = 支出 / 全年预算")
  // and the other readings ruled out before reporting.
  std::string reading;
  std::string alternatives;
  int relation = -1;  // index into the document's relations, or -1
};

}  // namespace tally

#endif  // TALLY_BASE_FACTS_H_
