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
  std::string rule_id;         // the patterns/ rule that produced it
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

// An inconsistency the check stage found.
struct Finding {
  std::string rule;               // 'sum.breakdown', 'unit.magnitude', ...
  std::string severity;           // 'error', 'warning' or 'info'
  std::string message;            // one line, with the numbers
  std::string expected;           // what the arithmetic implies, with unit
  std::string actual;             // what the report states, with unit
  int page_no = 0;                // 0: about the whole document
  std::vector<int64_t> fact_ids;  // the facts it rests on, cited order
};

}  // namespace tally

#endif  // TALLY_BASE_FACTS_H_
