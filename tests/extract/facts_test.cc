// The facts part of the extract stage beyond single patterns: units from
// table headers, labels from row and column headers, exact base values,
// boxes and offsets for provenance, sentences and sections.
#include <gtest/gtest.h>

#include "extract/extract.h"
#include "extract/parts.h"

namespace tally::extract {
namespace {

const std::string kPatternsDir = std::string(TALLY_CORPUS) + "/../patterns";

class FactsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto ex = Extractor::Create({kPatternsDir});
    ASSERT_TRUE(ex.ok()) << ex.status().ToString();
    ex_ = std::move(*ex);
  }
  std::vector<Fact> Facts(const std::vector<std::string>& texts) {
    texts_ = texts;
    std::vector<Page> pages;
    for (size_t i = 0; i < texts_.size(); ++i) {
      Page p;
      p.page_no = int(i) + 1;
      p.text = texts_[i];
      p.source = "text";
      pages.push_back(p);
    }
    return ex_->Extract(pages).facts;
  }
  std::unique_ptr<Extractor> ex_;
  std::vector<std::string> texts_;
};

const Fact* Find(const std::vector<Fact>& facts, const std::string& kind,
                 const std::string& value, int nth = 0) {
  for (const Fact& f : facts) {
    if (f.kind == kind && f.value == value && nth-- == 0) return &f;
  }
  return nullptr;
}

TEST_F(FactsTest, BaseValuesAreExact) {
  auto facts =
      Facts({"医保基金实际拨付437.32万元，追缴1.14亿元，培训费10140元，"
             "完成参保38.2万人，执行率83%。"});
  ASSERT_NE(Find(facts, "amount", "437.32"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "437.32")->base_value, "4373200");
  EXPECT_EQ(Find(facts, "amount", "1.14")->base_value, "114000000");
  EXPECT_EQ(Find(facts, "amount", "10140")->base_value, "10140");
  EXPECT_EQ(Find(facts, "count", "38.2")->base_value, "382000");
  EXPECT_EQ(Find(facts, "percent", "83")->base_value, "83");
}

TEST_F(FactsTest, AMinusAfterAWordSignsTheFigureARangesDashDoesNot) {
  auto facts =
      Facts({"当年收支结余-1.04亿元，同比增长-3.5%，补助标准5-10万元，"
             "差额——2万元。"});
  const Fact* deficit = Find(facts, "amount", "-1.04");
  ASSERT_NE(deficit, nullptr);
  EXPECT_EQ(deficit->base_value, "-104000000");
  EXPECT_EQ(deficit->label, "收支结余");  // (labels keep no date)
  EXPECT_EQ(deficit->raw, "-1.04亿元");
  EXPECT_NE(Find(facts, "percent", "-3.5"), nullptr);
  EXPECT_NE(Find(facts, "amount", "10"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "-10"), nullptr);
  EXPECT_NE(Find(facts, "amount", "2"), nullptr);
}

TEST_F(FactsTest, NumbersListedBeforeAUnitShareIt) {
  auto facts =
      Facts({"收、支总计各是4125.49、4143.91万元，分别为60，40人，"
             "共1,267万元，第1、2批资金已下达。"});
  ASSERT_NE(Find(facts, "amount", "4125.49"), nullptr);
  const Fact& first = *Find(facts, "amount", "4125.49");
  EXPECT_EQ(first.unit, "万元");
  EXPECT_EQ(first.base_value, "41254900");
  EXPECT_EQ(first.raw, "4125.49");  // the number alone: its own box
  ASSERT_NE(Find(facts, "amount", "4143.91"), nullptr);
  ASSERT_NE(Find(facts, "count", "60"), nullptr);
  EXPECT_EQ(Find(facts, "count", "60")->unit, "人");
  // A thousands' comma is no list's, and ordinals (第1、2批) are no
  // figures.
  ASSERT_NE(Find(facts, "amount", "1267"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "1"), nullptr);
  EXPECT_EQ(Find(facts, "count", "1"), nullptr);
}

TEST_F(FactsTest, LabelsLoseFillerWordsButNotTheEndsOfWords) {
  auto facts = Facts({"实际下达1.00万元，支出为0.90万元，年度审计3万元。"});
  ASSERT_NE(Find(facts, "amount", "1.00"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "1.00")->label, "实际下达");
  EXPECT_EQ(Find(facts, "amount", "0.90")->label, "支出");
  EXPECT_EQ(Find(facts, "amount", "3")->label, "年度审计");
}

// A label that is a filler word whole ("合计") keeps it: stripping its last
// character ("计") would leave a word that names nothing.
// One population counted in two measures, the figures run together, is
// named once; two cells of one measure side by side are two figures.
TEST_F(FactsTest, AFigureRightAfterOneOfAnotherMeasureSharesItsName) {
  auto facts = Facts({"全区共有城乡低保对象9217户16419人。满意度 90% 95%。"});
  ASSERT_NE(Find(facts, "count", "16419"), nullptr);
  EXPECT_EQ(Find(facts, "count", "9217")->label, "全区共有城乡低保对象");
  EXPECT_EQ(Find(facts, "count", "16419")->label, "全区共有城乡低保对象");
  ASSERT_NE(Find(facts, "percent", "95"), nullptr);
  EXPECT_NE(Find(facts, "percent", "95")->label, "满意度");
}

TEST_F(FactsTest, ALabelThatIsOneFillerWordStaysWhole) {
  auto facts = Facts({"中央资金200万元，省级资金150万元，合计350万元。"});
  ASSERT_NE(Find(facts, "amount", "350"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "350")->label, "合计");
}

// A short bracket of words inside a name is part of the name; an aside in
// brackets with a figure in it is not.
TEST_F(FactsTest, LabelsKeepABracketInsideAName) {
  auto facts =
      Facts({"其中，因公出国（境）费305.76万元，县（区）财政资金50万元，"
             "下达资金（含中央60万元）100万元。"});
  ASSERT_NE(Find(facts, "amount", "305.76"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "305.76")->label, "因公出国（境）费");
  EXPECT_EQ(Find(facts, "amount", "50")->label, "县（区）财政资金");
  EXPECT_EQ(Find(facts, "amount", "100")->label, "下达资金");
}

TEST_F(FactsTest, YearsDatesPhonesAndDocumentNumbersAreNotAmounts) {
  auto facts = Facts(
      {"1.2024年项目资金20万元（湘财预〔2021〕337号），联系电话：6926786，"
       "截止2022年11月30日。"});
  int amounts = 0;
  for (const Fact& f : facts) amounts += f.kind == "amount";
  EXPECT_EQ(amounts, 1);
  ASSERT_NE(Find(facts, "amount", "20"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "20")->label, "项目资金");
  ASSERT_NE(Find(facts, "docno", "湘财预〔2021〕337号"), nullptr);
  const Fact* date = Find(facts, "date", "2022年11月30日");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->base_value, "2022-11-30");
}

TEST_F(FactsTest, TableCellsTakeTheirUnitAndLabelFromTheHeaders) {
  // Seed 002's budget block and two indicator rows, as the layout stage
  // stores them (cells separated by tabs, merged cells left empty).
  auto facts =
      Facts({"项目资金(万元)"
             "\t年初预算数\t全年预算数\t全年执行数\t\t分值\t执行率\t得分\n"
             "\t年度资金总额\t194.19\t194.19\t\t10分\t100%\t10\n"
             "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t"
             "分值\t得分\n"
             "\t产出指标(50分)\t数量指标\t定点医药机构监督检查覆盖率\t100%"
             "\t100%\t10\t10\n"
             "\t\t\t医保信息系统验收合格率\t≥90%\t100%\t15\t15"});
  const Fact* budget = Find(facts, "amount", "194.19");
  ASSERT_NE(budget, nullptr);
  EXPECT_EQ(budget->unit, "万元");
  EXPECT_EQ(budget->base_value, "1941900");
  EXPECT_EQ(budget->rule_id, "table.header_unit");
  EXPECT_EQ(budget->label, "年度资金总额 全年预算数");
  EXPECT_TRUE(budget->in_table);
  const Fact* weight = Find(facts, "score", "15");
  ASSERT_NE(weight, nullptr);
  EXPECT_EQ(weight->unit, "分");
  EXPECT_EQ(weight->label, "医保信息系统验收合格率 分值");
  const Fact* target = Find(facts, "percent", "90");
  ASSERT_NE(target, nullptr);
  EXPECT_EQ(target->qualifier, "≥");
  EXPECT_EQ(target->label, "医保信息系统验收合格率 年度指标值");
  EXPECT_NE(Find(facts, "score", "50"), nullptr);  // 产出指标(50分)
  EXPECT_EQ(Find(facts, "score", "10", 0)->label, "年度资金总额 分值");
  // Header words are not facts; the row's 10 under 得分 is a score.
  EXPECT_EQ(Find(facts, "score", "10", 1)->label, "年度资金总额 得分");
}

TEST_F(FactsTest, TheFormsBudgetBlockIsInWanYuanWhenItsCaptionIsLost) {
  // The 绩效自评表 template prints 项目资金（万元）; a copy that lost the
  // unit is still in 万元. Another table of money without a unit is in 元.
  auto facts =
      Facts({"项目资金\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\n"
             "年度资金总额：\t115.2\t115.2\t115.2\t10"});
  const Fact* budget = Find(facts, "amount", "115.2");
  ASSERT_NE(budget, nullptr);
  EXPECT_EQ(budget->unit, "万元");
  facts = Facts({"项目\t预算金额\t执行金额\n人员经费\t60.25\t60.25"});
  budget = Find(facts, "amount", "60.25");
  ASSERT_NE(budget, nullptr);
  EXPECT_EQ(budget->unit, "元");
}

// A header cell's unit (金额（万元）) is its block's money unit, but a column
// headed 人数 or 人次 beside it counts people.
TEST_F(FactsTest, ABlocksMoneyUnitLeavesColumnsOfPeople) {
  auto facts =
      Facts({"学段\t金额（万元）\t人数\t人次\n学前\t224.4252\t2072\t4172"});
  const Fact* money = Find(facts, "amount", "224.4252");
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(money->unit, "万元");
  EXPECT_EQ(Find(facts, "amount", "2072"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "4172"), nullptr);
  // Nor is a cell past the header's last column money: a row wider than
  // the header it was read under (a header of two rows, its second row's
  // columns not read) names no column for it.
  facts =
      Facts({"学段\t金额（万元）\t人数\n学前\t224.4252\t2072\t4172\t130.078"});
  money = Find(facts, "amount", "224.4252");
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(money->unit, "万元");
  EXPECT_EQ(Find(facts, "amount", "4172"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "130.078"), nullptr);
  // Empty cells closing the header name no column either.
  facts = Facts({"学段\t金额（万元）\t人数\t\t\n学前\t224.4252\t2072\t45"});
  EXPECT_NE(Find(facts, "amount", "224.4252"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "45"), nullptr);
  // A header naming money and counts at once heads a group of columns,
  // none of them money by that name.
  facts =
      Facts({"学段\t金额（万元）\t脱贫户学生资助金额、人数和人次\n"
             "学前\t224.4252\t2072"});
  EXPECT_NE(Find(facts, "amount", "224.4252"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "2072"), nullptr);
}

// A measure word in brackets closing a column's name, or else its row's
// (发放人数（人）; 受益人口（人）), makes the bare figures under it counts
// in that measure; an amount per head (发放标准（元/人·月）) is in the unit
// before its slash, not in the block's 万元.
TEST_F(FactsTest, BracketedMeasuresMakeCountsAndAmountsPerHeadKeepTheirUnit) {
  auto facts = Facts(
      {"年龄段\t发放人数（人）\t发放标准（元/人·月）\t发放金额（万元）\n"
       "80-89周岁\t12,846\t50\t770.76"});
  const Fact* people = Find(facts, "count", "12846");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->unit, "人");
  const Fact* per_head = Find(facts, "amount", "50");
  ASSERT_NE(per_head, nullptr);
  EXPECT_EQ(per_head->unit, "元");
  const Fact* money = Find(facts, "amount", "770.76");
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(money->unit, "万元");
  facts = Facts({"项目\t计划数\t完成数\n新建集中供水工程（处）\t8\t9"});
  const Fact* works = Find(facts, "count", "9");
  ASSERT_NE(works, nullptr);
  EXPECT_EQ(works->unit, "处");
  // Words in brackets that are no measure (（含）, （境）) make nothing.
  facts = Facts({"项目\t计划数\t完成数\n因公出国（境）\t8\t9"});
  EXPECT_EQ(Find(facts, "count", "9"), nullptr);
}

// A caption that states the table's unit (单位：万元) makes every figure
// column money in it, whatever the header calls it, but not a column of
// another measure (数量), a serial, a year or an indicator table's cells.
TEST_F(FactsTest, ACaptionsUnitCoversTheFigureColumns) {
  auto facts = Facts(
      {"补助资金分配表\n单位：万元\n序号\t地区\t已预下达\t本次下达\t合计下达\t"
       "项目数量\n1\t淳安县\t650\t175\t825\t3\n2\t平阳县\t830\t224\t1054\t"
       "2\n"});
  for (const char* v : {"650", "175", "825", "830", "224", "1054"}) {
    SCOPED_TRACE(v);
    const Fact* f = Find(facts, "amount", v);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->unit, "万元");
  }
  for (const char* v : {"1", "2", "3"}) {
    SCOPED_TRACE(v);
    EXPECT_EQ(Find(facts, "amount", v), nullptr);
  }
}

TEST_F(FactsTest, UnitOnTheNextLine) {
  auto facts =
      Facts({"其中：医保政策文件及解读4条，医疗救助发放信息13\n"
             "条，其他医保工作信息36条。\n资金20\n万元"});
  const Fact* split = Find(facts, "count", "13");
  ASSERT_NE(split, nullptr);
  EXPECT_EQ(split->unit, "条");
  EXPECT_EQ(split->raw, "13\n条");
  EXPECT_EQ(split->label, "医疗救助发放信息");
  EXPECT_NE(Find(facts, "count", "36"), nullptr);
  EXPECT_EQ(Find(facts, "count", "36", 1), nullptr);  // read once only
  // One sentence across the break, as the checks need for the 其中 parts.
  EXPECT_EQ(Find(facts, "count", "36")->sentence, split->sentence);
  EXPECT_EQ(Find(facts, "count", "4")->sentence, split->sentence);
  EXPECT_EQ(Find(facts, "count", "36")->context,
            "其中：医保政策文件及解读4条，医疗救助发放信息13\n"
            "条，其他医保工作信息36条。");
  EXPECT_NE(Find(facts, "amount", "20")->sentence, split->sentence);
  ASSERT_NE(Find(facts, "amount", "20"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "20")->base_value, "200000");
}

// A budget block saved one cell per line: every row's cells are money in
// the unit its header names, each with its own byte range.
TEST_F(FactsTest, BudgetBlockSavedOneCellPerLine) {
  std::vector<Fact> facts =
      Facts({"年度预算数(万元)|\n年初预算|\n调整后预算数|\n预算执行数|\n"
             "预算执行率|\n权重|\n得分|\n原因|\n总额|\n238.93|\n251.89|\n"
             "251.89|\n100.00%|\n10|\n|\n"
             "1.预算执行率=预算执行数/"
             "调整后预算数，预算执行率未达到90%的需说明原因|\n"
             "其中:财政资金|\n238.90|\n251.80|\n251.70|\n100.00%|\n/|\n/|\n"});
  for (const char* v : {"238.93", "238.90", "251.80", "251.70"}) {
    SCOPED_TRACE(v);
    const Fact* f = Find(facts, "amount", v);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->unit, "万元");
    EXPECT_TRUE(f->in_table);
    EXPECT_EQ(texts_[0].substr(f->text_begin, f->text_end - f->text_begin), v);
  }
  const Fact* f = Find(facts, "amount", "251.70");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->label, "其中:财政资金 预算执行数");
}

// A header cell the page broke inside ("全年\n预算数") labels its column
// as one word; name-value rows right under the block are in its unit.
TEST_F(FactsTest, BrokenHeaderCellsAndTheRestOfTheForm) {
  std::vector<Fact> facts =
      Facts({"项目资金\n（万元）\n年初\n预算数\n全年\n预算数\n全年\n执行数\n"
             "执行率\n年度资金总额\n100\n100\n95\n95%\n按收入性质分：100\n"
             "其中：一般公共预算：80\n其他资金：20\n年度总体目标"});
  const Fact* spent = Find(facts, "amount", "95");
  ASSERT_NE(spent, nullptr);
  EXPECT_EQ(spent->label, "年度资金总额 全年执行数");
  for (const char* v : {"80", "20"}) {
    SCOPED_TRACE(v);
    const Fact* f = Find(facts, "amount", v);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->unit, "万元");
  }
  // Without a table above, such rows have no unit to take.
  facts =
      Facts({"说明如下。\n按收入性质分：100\n其中：一般公共预算：80\n"
             "其他资金：20\n"});
  EXPECT_EQ(Find(facts, "amount", "80"), nullptr);
}

// A rate of execution printed as a fraction (a spreadsheet cell that lost
// its % format) is that fraction of 100, and the row's cells stay under
// their columns; a bare number over 1, or under another rate, is as
// printed.
TEST_F(FactsTest, RateCellsPrintedAsFractions) {
  struct Case {
    std::string header, cell, want;  // want: the percentage, or "" for none
  } cases[] = {
      {"执行率", "0.958", "95.8"},
      {"预算执行率", "1.00", "100"},
      {"完成率（B/A）", "0.75", "75"},
      {"执行率", "1.5", ""},         // over 1: no fraction
      {"执行率", "0", ""},           // no point: as printed
      {"增长率", "0.5", ""},         // a change, not a share
      {"执行率（B/A）", "0.1", ""},  // one decimal: 5% to 15%, no percentage
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.header + " " + c.cell);
    auto facts = Facts({"项目资金（万元）\t全年预算数\t全年执行数\t" +
                        c.header + "\n年度资金总额\t29\t27.8\t" + c.cell});
    const Fact* rate = nullptr;
    for (const Fact& f : facts) {
      if (f.kind == "percent") rate = &f;
    }
    if (c.want.empty()) {
      EXPECT_TRUE(rate == nullptr || rate->value == c.cell);
      continue;
    }
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->value, c.want);
    EXPECT_EQ(rate->raw, c.cell);
    EXPECT_EQ(rate->label, "年度资金总额 " + c.header);
  }
  // The header's first cell wrapped into the row ("（万元）") does not move
  // the row's figures off their columns.
  auto facts = Facts(
      {"项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
       "（万元）\t年度资金总额\t29\t29\t27.8\t9\t0.958\t8"});
  const Fact* rate = Find(facts, "percent", "95.8");
  ASSERT_NE(rate, nullptr);
  EXPECT_EQ(rate->label, "年度资金总额 执行率");
  ASSERT_NE(Find(facts, "amount", "27.8"), nullptr);
  EXPECT_EQ(Find(facts, "amount", "27.8")->label, "年度资金总额 全年执行数");
}

TEST_F(FactsTest, RunTogetherCellsAreNotGuessed) {
  auto facts =
      Facts({"项目资金(万元)\t全年预算数\t全年执行数\n"
             "\t2456.182456.18\t2456.18"});
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].value, "2456.18");
}

TEST_F(FactsTest, ProvenanceOffsetsBoxesSentences) {
  std::string text =
      "一、概况\n预算资金192.31万元，支出158.89万元。结转33.42万元。";
  std::vector<Page> pages(1);
  pages[0].page_no = 3;
  pages[0].text = text;
  pages[0].source = "ocr";
  size_t at = text.find("158.89");
  pages[0].boxes.push_back(
      {{10, 20, 50, 30}, uint32_t(at), uint32_t(at + 6), 90});
  pages[0].boxes.push_back(
      {{50, 20, 60, 30}, uint32_t(at + 6), uint32_t(at + 12), 80});
  Extracted out = ex_->Extract(pages);
  const Fact* spent = Find(out.facts, "amount", "158.89");
  ASSERT_NE(spent, nullptr);
  EXPECT_EQ(text.substr(spent->text_begin, spent->text_end - spent->text_begin),
            "158.89万元");
  EXPECT_EQ(spent->raw, "158.89万元");
  EXPECT_EQ(spent->page_no, 3);
  EXPECT_EQ(spent->source, "ocr");
  EXPECT_DOUBLE_EQ(spent->box.x0, 10);
  EXPECT_DOUBLE_EQ(spent->box.x1, 60);
  EXPECT_DOUBLE_EQ(spent->ocr_confidence, 85);
  EXPECT_EQ(spent->label, "支出");
  EXPECT_EQ(spent->context, "预算资金192.31万元，支出158.89万元。");
  const Fact* budget = Find(out.facts, "amount", "192.31");
  const Fact* carry = Find(out.facts, "amount", "33.42");
  EXPECT_EQ(budget->sentence, spent->sentence);
  EXPECT_NE(carry->sentence, spent->sentence);
}

}  // namespace
}  // namespace tally::extract
