// Repairs of chi_sim misreadings (ocr/repair.h), on symbol sequences.
#include "ocr/repair.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/utf8.h"

namespace tally::ocr {
namespace {

// One symbol per code point; '\n' starts a new line.
std::string Repair(std::string_view text) {
  std::vector<std::string> symbols;
  std::vector<bool> line_start;
  bool start = true;
  size_t i = 0;
  while (i < text.size()) {
    char32_t c = DecodeUtf8(text, &i);
    if (c == '\n') {
      start = true;
      continue;
    }
    std::string s;
    AppendUtf8(c, &s);
    symbols.push_back(s);
    line_start.push_back(start);
    start = false;
  }
  RepairSymbols(&symbols, line_start);
  std::string out;
  for (size_t k = 0; k < symbols.size(); ++k) {
    if (k > 0 && line_start[k]) out += '\n';
    out += symbols[k];
  }
  return out;
}

TEST(RepairTest, MisreadOpeningParenthesis) {
  EXPECT_EQ(Repair("合理性〈5分）。"), "合理性（5分）。");
  EXPECT_EQ(Repair("资金《医疗保障能力）"), "资金（医疗保障能力）");
  EXPECT_EQ(Repair("平台【试点)上线"), "平台（试点)上线");
  // Across a line break.
  EXPECT_EQ(Repair("提升补助资金〈医疗\n保障能力）"),
            "提升补助资金（医疗\n保障能力）");
  // Nested in a real title.
  EXPECT_EQ(Repair("《评价指标体系〈试行）》"), "《评价指标体系（试行）》");
}

TEST(RepairTest, DocumentNumberBrackets) {
  EXPECT_EQ(Repair("韶医保【2022〕23号"), "韶医保〔2022〕23号");
  EXPECT_EQ(Repair("韶医保〔2022]23号"), "韶医保〔2022〕23号");
  EXPECT_EQ(Repair("湘财预（2021]337号"), "湘财预〔2021〕337号");
  EXPECT_EQ(Repair("湘财预〔2021）337号"), "湘财预〔2021〕337号");
  // The opener read as 「 or a stroke under a seal, with a square closer
  // (not "20221 23号": the "]" is no number's last 1 here).
  EXPECT_EQ(Repair("瘟医保「2022]23号"), "瘟医保〔2022〕23号");
  EXPECT_EQ(Repair("肥对江|2019]163号"), "肥对江〔2019〕163号");
  // A stroke before a year with a round closer is not a document number.
  EXPECT_EQ(Repair("|2019）"), "|2019）");
  // Round on both sides is ordinary text.
  EXPECT_EQ(Repair("（2021）"), "（2021）");
}

TEST(RepairTest, PairedBracketsUntouched) {
  for (const char* s : {"《通知》（试行）", "〈注〉", "【要点】", "[2019]",
                        "〔2019〕299号", "（一）部门", "无括号"}) {
    EXPECT_EQ(Repair(s), s);
  }
  // An unmatched closer alone is left as it is.
  EXPECT_EQ(Repair("5分）。"), "5分）。");
  EXPECT_EQ(Repair("《通知"), "《通知");
}

TEST(RepairTest, ListNumberBracketReadTwice) {
  EXPECT_EQ(Repair("40分。\n(〈l)社会效益指标"), "40分。\n（1）社会效益指标");
  EXPECT_EQ(Repair("（（1）绩效"), "（1）绩效");
  EXPECT_EQ(Repair("((二)预算"), "（二）预算");
  // Nested brackets of text, and a bracket before a longer number, stay.
  EXPECT_EQ(Repair("（《通知》）"), "（《通知》）");
  EXPECT_EQ(Repair("（（12）"), "（（12）");
}

TEST(RepairTest, ListNumberReadAsStroke) {
  EXPECT_EQ(Repair("（\\）预算"), "（1）预算");
  EXPECT_EQ(Repair("(|)预算"), "(1)预算");
  EXPECT_EQ(Repair("（l）预算"), "（1）预算");
  EXPECT_EQ(Repair("（\\D）绩效"), "（1）绩效");
  // Seen on the 300-dpi scans of seed 002's headings.
  EXPECT_EQ(Repair("（1D）社会效益指标"), "（1）社会效益指标");
  EXPECT_EQ(Repair("（\\D数量指标"), "（1）数量指标");
  // Not a heading's number: left alone.
  EXPECT_EQ(Repair("（\\D2）"), "（\\D2）");
  EXPECT_EQ(Repair("（1）预算"), "（1）预算");
  EXPECT_EQ(Repair("（DIP）"), "（DIP）");
}

TEST(RepairTest, LettersInsideNumbers) {
  EXPECT_EQ(Repair("2O22年"), "2022年");
  EXPECT_EQ(Repair("1l9万元"), "119万元");
  EXPECT_EQ(Repair("2S0人"), "250人");
  // Not between digits: kept.
  EXPECT_EQ(Repair("DRG付费O点"), "DRG付费O点");
  EXPECT_EQ(Repair("2\nO2"), "2\nO2");
}

TEST(RepairTest, TrailingOneReadAsBracket) {
  EXPECT_EQ(Repair("报销3321.5]万元"), "报销3321.51万元");
  EXPECT_EQ(Repair("粤财社[2019]299号"), "粤财社[2019]299号");
}

TEST(RepairTest, LeadingOneReadAsBracket) {
  EXPECT_EQ(Repair("总支出为]928.76万元"), "总支出为1928.76万元");
  // A bracket that closes one stays.
  EXPECT_EQ(Repair("见[附表]2份"), "见[附表]2份");
  EXPECT_EQ(Repair("粤财社[2019]299号"), "粤财社[2019]299号");
}

TEST(RepairTest, WanBeforeYuanReadAsALookalike) {
  EXPECT_EQ(Repair("地税完成14796方元，"), "地税完成14796万元，");
  EXPECT_EQ(Repair("支出3.5蓝元"), "支出3.5万元");
  // Currencies and approximations stay; so does a lookalike not after a
  // figure.
  EXPECT_EQ(Repair("100美元、1200余元"), "100美元、1200余元");
  EXPECT_EQ(Repair("地方元素"), "地方元素");
}

// Symbols and '%' alternatives: "9{%}" marks a digit the model also read
// as the percent sign.
std::string RepairWithPercent(const std::vector<std::string>& in,
                              const std::vector<float>& percent) {
  std::vector<std::string> symbols = in;
  std::vector<bool> line_start(in.size(), false);
  line_start[0] = true;
  RepairSymbols(&symbols, line_start, percent);
  std::string out;
  for (const std::string& s : symbols) out += s;
  return out;
}

TEST(RepairTest, PercentReadAsDigits) {
  // "100%，" read as "10096，" with '%' the 9's runner-up.
  EXPECT_EQ(
      RepairWithPercent({"1", "0", "0", "9", "6", "，"}, {0, 0, 0, 45, 0, 0}),
      "100%，");
  // "53.43%，" read as "53.439，"
  EXPECT_EQ(RepairWithPercent({"5", "3", ".", "4", "3", "9", "，"},
                              {0, 0, 0, 0, 0, 40, 0}),
            "53.43%，");
  // "99%" read as "999%4": a ghost before the sign, one after.
  EXPECT_EQ(
      RepairWithPercent({"9", "9", "9", "%", "4", "。"}, {0, 0, 30, 0, 0, 0}),
      "99%。");
  // No alternative, or a weak one: digits stay digits.
  EXPECT_EQ(RepairWithPercent({"1", "0", "0", "9", "6", "，"}, {}), "10096，");
  EXPECT_EQ(RepairWithPercent({"2", "0", "1", "9", "年"}, {0, 0, 0, 5, 0}),
            "2019年");
}

TEST(RepairTest, PercentGhosts) {
  EXPECT_EQ(Repair("执行率100\"%6，"), "执行率100%，");
  EXPECT_EQ(Repair("满意度为88%4。"), "满意度为88%。");
  EXPECT_EQ(Repair("97.02%0"), "97.02%");
  EXPECT_EQ(Repair("执行率100%o。"), "执行率100%。");
  // Real digits after a percent sign on the next line stay.
  EXPECT_EQ(Repair("100%\n2022年"), "100%\n2022年");
  EXPECT_EQ(Repair("50%和60%"), "50%和60%");
}

TEST(RepairTest, PageNumberDashes) {
  EXPECT_EQ(Repair("正文\n一2一\n"), "正文\n—2—");
  EXPECT_EQ(Repair("8一"), "8—");
  // A sentence with 一 and digits is not a page number.
  EXPECT_EQ(Repair("一是2项"), "一是2项");
  EXPECT_EQ(Repair("一一"), "一一");
}

}  // namespace
}  // namespace tally::ocr
