// ExtractTables: indicator rows and budget rows of 绩效自评表 tables, on seed
// 002's table as the pipeline stores it and on crafted tables.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract/doc_text.h"
#include "extract/parts.h"
#include "extract/test_doc.h"
#include "normalize/normalize.h"

namespace tally::extract {
namespace {

using testing::Doc;
using testing::SeedPages;

Extracted Tables(const std::vector<std::string>& pages) {
  Doc d(pages);
  Extracted out;
  ExtractTables(d.doc, &out);
  return out;
}

// level1|level2|level3|target|actual|weight|score|note
std::string Row(const IndicatorRow& r) {
  return r.level1 + "|" + r.level2 + "|" + r.level3 + "|" + r.target + "|" +
         r.actual + "|" + r.weight + "|" + r.score + "|" + r.note;
}

// item|unit|initial|full|executed|weight|rate|score
std::string Row(const BudgetRow& b) {
  return b.item + "|" + b.unit + "|" + b.initial + "|" + b.full + "|" +
         b.executed + "|" + b.weight + "|" + b.rate + "|" + b.score;
}

TEST(TablesTest, Seed002) {
  std::vector<std::string> pages = SeedPages("002_e689e19a77c37165");
  ASSERT_FALSE(pages.empty());
  Extracted t = Tables(pages);
  const char* actual_long1 =
      "全面落实“一件事一次办”改革要求，推进经办服务事项下沉，打造“15分钟医保"
      "服务圈”。重新编制医保经办事项目录、办事指南，坚持“数据多跑路、群众少"
      "跑腿”，实现医保服务网上办、掌上办。";
  const std::vector<std::string> want = {
      "产出指标（50分）|数量指标|医保信息系统验收合格率和正常运行率|≥90%|100%|"
      "15|15|",
      "产出指标（50分）|数量指标|定点医药机构监督检查覆盖率|100%|100%|10|10|",
      "产出指标（50分）|数量指标|推行医保支付方式改革和DRG、DIP试点|"
      "医疗机构≥40%病种≥70%基金≥30%|医疗机构≥86.46%病种≥94.84%基金≥76.26%|15|"
      "15|",
      "产出指标（50分）|质量指标|信息公开性和及时性|信息公开|100%|5|5|",
      "产出指标（50分）|时效指标|信息及时性|信息及时公开|按要求及时公开|5|5|",
      std::string("效益指标（40分）|社会效益指标|医保经办服务能力|显著提升|") +
          actual_long1 + "|10|10|",
      "",  // 医保综合监管能力: checked field by field below
      "效益指标（40分）|社会效益指标|医药价格政策落实和执行情况|"
      "按时按要求落实医疗服务、药品价格政策|按时按要求落实和执行医药价格政策，"
      "动态调整公立医疗机构医疗服务价格1451项目，进一步体现医务人员劳动价值。|"
      "10|10|",
      "效益指标（40分）|服务对象满意度指标|社会公众或服务对象满意度|≥80%|90%|"
      "10|10|",
  };
  ASSERT_EQ(t.indicators.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE(i);
    if (!want[i].empty()) {
      EXPECT_EQ(Row(t.indicators[i]), want[i]);
    }
    EXPECT_EQ(t.indicators[i].page_no, 1);
    EXPECT_EQ(t.indicators[i].source, "text");
  }
  const IndicatorRow& r6 = t.indicators[6];
  EXPECT_EQ(r6.level1, "效益指标（40分）");
  EXPECT_EQ(r6.level2, "社会效益指标");
  EXPECT_EQ(r6.level3, "医保综合监管能力");
  EXPECT_EQ(r6.target, "显著提升");
  EXPECT_EQ(r6.actual.rfind("针对日常检查和专项行动发现的问题", 0), 0u);
  EXPECT_EQ(r6.weight, "10");
  EXPECT_EQ(r6.score, "10");

  // The header's 年初预算数 sits over the item labels: see tables.cc.
  ASSERT_EQ(t.budgets.size(), 4u);
  EXPECT_EQ(Row(t.budgets[0]), "年度资金总额|万元||194.19|194.19|10|100%|10");
  EXPECT_EQ(Row(t.budgets[1]), "其中：当年财政拨款|万元||194.19|194.19|||");
  EXPECT_EQ(Row(t.budgets[2]), "上年结转资金|万元||||||");
  EXPECT_EQ(Row(t.budgets[3]), "其他资金|万元||||||");
}

TEST(TablesTest, ColumnsInAnotherOrderAndHeaderBreaks) {
  Extracted t =
      Tables({"三级指标\t得分\t分值\t实际 完成值\t年度 "
              "指标值\t二级指标\t一级指标\t备注\n"
              "参保率\t4.5分\t5分\t98%\t≥95%\t数量指标\t产出指标\t未达标\n"
              "满意度\t\t5\t90%\t≥80%\t满意度指标\t效益指标\t\n"
              "总分\t4.5\t10\t\t\t\t\t"});
  ASSERT_EQ(t.indicators.size(), 2u);
  EXPECT_EQ(Row(t.indicators[0]),
            "产出指标|数量指标|参保率|≥95%|98%|5|4.5|未达标");
  // An empty 得分 stays empty.
  EXPECT_EQ(Row(t.indicators[1]), "效益指标|满意度指标|满意度|≥80%|90%|5||");
  EXPECT_TRUE(t.budgets.empty());
}

// The form that splits a target in three (指标性质 | 指标值 | 度量单位)
// is read whole: its bound (≧ read as ≥, "=" as none), figure and unit.
TEST(TablesTest, TargetSplitIntoBoundFigureAndUnit) {
  Extracted t = Tables(
      {"一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t"
       "权重\t得分\t未完成原因分析\n"
       "产出指标\t经济成本指标\t成本控制数\t≤\t30\t万元\t28万元\t20\t20\t\n"
       "产出指标\t数量指标\t覆盖率\t=\t100\t%\t100%\t40\t40\t\n"
       "效益指标\t社会效益指标\t保障率\t≧\t95\t%\t98%\t30\t30\t"});
  ASSERT_EQ(t.indicators.size(), 3u);
  EXPECT_EQ(Row(t.indicators[0]),
            "产出指标|经济成本指标|成本控制数|≤30万元|28万元|20|20|");
  EXPECT_EQ(Row(t.indicators[1]), "产出指标|数量指标|覆盖率|100%|100%|40|40|");
  EXPECT_EQ(Row(t.indicators[2]),
            "效益指标|社会效益指标|保障率|≥95%|98%|30|30|");
}

// A form of two levels names its indicators in its deepest level; two
// level columns without points are no form.
TEST(TablesTest, TwoLevelFormNamesIndicatorsInItsDeepestLevel) {
  Extracted t =
      Tables({"一级指标\t二级指标\t分值\t指标值\t实际完成值\t得分\n"
              "产出指标\t数量指标：培训人次\t20\t≥600人次\t652人次\t20\n"
              "\t质量指标：合格率\t15\t≥95%\t97.3%\t15\n"
              "总分\t\t35\t\t\t35"});
  ASSERT_EQ(t.indicators.size(), 2u);
  EXPECT_EQ(Row(t.indicators[0]),
            "产出指标||数量指标：培训人次|≥600人次|652人次|20|20|");
  EXPECT_EQ(Row(t.indicators[1]),
            "产出指标||质量指标：合格率|≥95%|97.3%|15|15|");
  EXPECT_TRUE(Tables({"一级指标\t二级指标\t指标值\t实际完成值\n"
                      "产出指标\t数量指标\t600人次\t652人次"})
                  .indicators.empty());
}

TEST(TablesTest, MergedCellsFillDown) {
  Extracted t =
      Tables({"一级指标\t二级指标\t三级指标\t指标值\t实际值\t分值\t得分\n"
              "产出指标 (40分)\t数量指标\tA\t1\t1\t10\t10\n"
              "\t\tB\t2\t2\t10\t8\n"
              "\t质量指标\tC\t3\t3\t10\t10\n"
              "效益指标\t\tD\t4\t4\t10\t10\n"
              "\t\t\t\t\t\t\n"
              "\t社会效益\tE\t5\t5\t10\t9\n"
              "合计\t\t\t\t\t50\t47\n"
              "\t\tF\t6\t6\t1\t1"});
  ASSERT_EQ(t.indicators.size(), 5u);
  EXPECT_EQ(Row(t.indicators[0]), "产出指标(40分)|数量指标|A|1|1|10|10|");
  EXPECT_EQ(Row(t.indicators[1]), "产出指标(40分)|数量指标|B|2|2|10|8|");
  EXPECT_EQ(Row(t.indicators[2]), "产出指标(40分)|质量指标|C|3|3|10|10|");
  // A new 一级指标 does not inherit the last 二级指标.
  EXPECT_EQ(Row(t.indicators[3]), "效益指标||D|4|4|10|10|");
  EXPECT_EQ(Row(t.indicators[4]), "效益指标|社会效益|E|5|5|10|9|");
}

TEST(TablesTest, TableSplitAcrossPages) {
  // Rows continue straight onto the next page (one DocText table) ...
  Extracted t = Tables(
      {"一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
       "产出指标\t数量指标\tA\t1\t1\t10\t10",
       "\t\tB\t2\t2\t10\t10\n总分\t\t\t\t\t20\t20"});
  ASSERT_EQ(t.indicators.size(), 2u);
  EXPECT_EQ(t.indicators[1].level1, "产出指标");
  EXPECT_EQ(t.indicators[1].level2, "数量指标");
  EXPECT_EQ(t.indicators[1].page_no, 2);
  EXPECT_EQ(t.indicators[1].source, "ocr");

  // ... or after a running page header, with or without a repeated header.
  t = Tables(
      {"一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
       "产出指标\t数量指标\tA\t1\t1\t10\t10\n- 5 -",
       "某某局绩效自评表\n\t\tB\t2\t2\t10\t10\n"
       "效益指标\t社会效益\tC\t3\t3\t10\t10",
       "- 7 -\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t"
       "得分\n\t\tD\t4\t4\t5\t5\n总分\t\t\t\t\t35\t35"});
  ASSERT_EQ(t.indicators.size(), 4u);
  EXPECT_EQ(Row(t.indicators[1]), "产出指标|数量指标|B|2|2|10|10|");
  EXPECT_EQ(Row(t.indicators[3]), "效益指标|社会效益|D|4|4|5|5|");
  EXPECT_EQ(t.indicators[3].page_no, 3);

  // A later table on a later page after 总分 is not a continuation.
  t =
      Tables({"一级指标\t二级指标\t三级指标\t分值\t得分\nX\tY\tA\t5\t5\n"
              "总分\t\t\t5\t5\n签字",
              "\t\tB\t2\t2"});
  EXPECT_EQ(t.indicators.size(), 1u);
}

TEST(TablesTest, BudgetBlockLayouts) {
  // The common layout: the item column has an empty header cell.
  Extracted t = Tables(
      {"2022年度项目支出绩效自评表\n（单位：元）\n"
       "项目资金\t\t年初 预算数\t全年 预算数\t全年执行数\t分值\t执行率\t得分\n"
       "\t年度资金总额\t1,000.00\t1,200.00\t1,100.00\t10\t91.67%\t9.17\n"
       "\t其中：当年财政拨款\t1000\t1200\t1100\t—\t—\t—\n"
       "年度总体目标\t完成\t\t\t\t\t\t\n"
       "\t不是预算行\t1\t2\t3\t4\t5\t6"});
  ASSERT_EQ(t.budgets.size(), 2u);
  EXPECT_EQ(Row(t.budgets[0]),
            "年度资金总额|元|1,000.00|1,200.00|1,100.00|10|91.67%|9.17");
  EXPECT_EQ(Row(t.budgets[1]), "其中：当年财政拨款|元|1000|1200|1100||—|");
  EXPECT_TRUE(t.indicators.empty());

  // Unit from the first header cell, ASCII brackets; item in column 0.
  t =
      Tables({"项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
              "年度资金总额\t5\t6\t7\t100%"});
  ASSERT_EQ(t.budgets.size(), 1u);
  EXPECT_EQ(Row(t.budgets[0]), "年度资金总额|万元|5|6|7||100%|");
}

// A budget block saved one cell per line (a web copy of the form), each
// cell closed by '|' or not, folds back into rows; a note among a row's
// values stays in its row (here on one line with the next row's name, as
// the normaliser joins a long line with a short one), and the block ends
// at the next section.
TEST(TablesTest, BudgetBlockSavedOneCellPerLine) {
  Extracted t = Tables(
      {"预算执行情况(10分)|\n年度预算数(万元)|\n年初预算|\n调整后预算数|\n"
       "预算执行数|\n预算执行率|\n权重|\n得分|\n原因|\n总额|\n238.93|\n"
       "251.89|\n251.89|\n100.00%|\n10|\n|\n"
       "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因|"
       "其中:财政资金|\n238.93|\n251.89|\n251.89|\n100.00%|\n/|\n/|\n"
       "单位资金|\n0.00|\n0.00|\n0.00|\n0.00%|\n/|\n/|\n"
       "绩效指标(90分)|\n一级指标|\n二级指标"});
  ASSERT_EQ(t.budgets.size(), 3u);
  EXPECT_EQ(Row(t.budgets[0]), "总额|万元|238.93|251.89|251.89|10|100.00%|");
  EXPECT_EQ(Row(t.budgets[1]),
            "其中:财政资金|万元|238.93|251.89|251.89||100.00%|");
  EXPECT_EQ(Row(t.budgets[2]), "单位资金|万元|0.00|0.00|0.00||0.00%|");

  t =
      Tables({"年度预算申请\n（万元\n年初预算数\n全年预算数\n全年执行数\n分值\n"
              "执行率\n自评得分\n年度资金总额\n861.10\n2030.12\n2030.12\n10\n"
              "100%\n10\n按收入性质分:2030.12\n按支出性质分:1925.67"});
  ASSERT_EQ(t.budgets.size(), 1u);
  EXPECT_EQ(Row(t.budgets[0]),
            "年度资金总额|万元|861.10|2030.12|2030.12|10|100%|10");

  // Rows the normaliser already joined with tabs go on under the folded
  // header.
  t =
      Tables({"项目资金(万元)\n年初预算数\n全年预算数\n全年执行数\n执行率\n"
              "年度资金总额\n5\n6\n7\n100%\n其中：财政拨款\t5\t6\t7\t100%"});
  ASSERT_EQ(t.budgets.size(), 2u);
  EXPECT_EQ(Row(t.budgets[1]), "其中：财政拨款|万元|5|6|7||100%|");

  // Header cells the page broke inside ("年初" "预算数": a line break in
  // the form's cell) are one column each; the item column's header, broken
  // too ("项目资金" "（万元）"), gives the unit.
  t = Tables(
      {"项目资金\n（万元）\n年初\n预算数\n全年\n预算数\n全年\n执行数\n分值\n"
       "执行率\n得分\n年度资金总额\n43.2\n43.2\n37.24\n10\n86%\n9\n"
       "其中：当年财政拨款\n43.2\n43.2\n37.24\n上年结转资金\n其他资金\n"
       "年度总体目标"});
  ASSERT_EQ(t.budgets.size(), 2u);
  EXPECT_EQ(Row(t.budgets[0]), "年度资金总额|万元|43.2|43.2|37.24|10|86%|9");
  EXPECT_EQ(Row(t.budgets[1]), "其中：当年财政拨款|万元|43.2|43.2|37.24|||");

  // A header read in part (it starts at 全年预算数, the block's item and
  // 年初 columns lost): a row with more values than the header has
  // columns is not folded under it.
  t = Tables(
      {"全年\n预算数\n全年\n执行数\n分值\n执行率\n得分\n年度资金总额\n43.2\n"
       "43.2\n37.24\n10\n86%\n9"});
  EXPECT_TRUE(t.budgets.empty());
  // Two short cells that key together into no column name stay apart.
  t = Tables({"项目\n资金\n全年预算数\n全年执行数\n执行率\n合计\n5\n6\n120%"});
  ASSERT_EQ(t.budgets.size(), 1u);
  EXPECT_EQ(Row(t.budgets[0]), "合计|||5|6||120%|");
  // A header with no cell over the rows' names (the line before it is a
  // text of its own): a row is its name and a value per column.
  t = Tables(
      {"1、持续性项目 □ 2、新增性项目þ 预算执行情况（万元）\n预算数(A)\n"
       "执行数(B)\n执行率(B/A)\n得分\n年度财政资金总额\n650\n94\n0.1\n2.9"});
  ASSERT_EQ(t.budgets.size(), 1u);
  EXPECT_EQ(Row(t.budgets[0]), "年度财政资金总额|万元||650|94||0.1|2.9");
}

// An indicator block saved one cell per line folds into rows: header
// cells broken over lines are one column, a row's names are its levels
// where printed and its 三级指标 last, its figures anchored on the points
// columns (a text target, an empty row "指标2 ……" and rows the normaliser
// joined with tabs included), a text after the figures is the row's note,
// and the 总分 row closes the block.
TEST(TablesTest, IndicatorBlockSavedOneCellPerLine) {
  Extracted t = Tables(
      {"一级指标\n二级指标\n三级指标\n年度\n指标值\n实际\n完成值\n分值\n得分\n"
       "偏差原因分析及改进措施\n产出指标\n数量指标\n指标1工程资金金额\n43.2\n"
       "37.24\n10\n9\n已完工，剩余3%尾款未付。\n指标2\n……\n质量指标\n"
       "指标1工程完工率\t100\t100\t10\t10\n效益指标\n社会效\n益指标\n"
       "提高就业率\n显著\n显著\n6\n6\n总分\n36\n35\n说明。"});
  ASSERT_EQ(t.indicators.size(), 3u);
  EXPECT_EQ(Row(t.indicators[0]),
            "产出指标|数量指标|指标1工程资金金额|43.2|37.24|10|9|"
            "已完工，剩余3%尾款未付。");
  EXPECT_EQ(Row(t.indicators[1]),
            "产出指标|质量指标|指标1工程完工率|100|100|10|10|");
  EXPECT_EQ(Row(t.indicators[2]),
            "效益指标|社会效益指标|提高就业率|显著|显著|6|6|");

  // The 分值 column before the targets (another province's form), each row
  // closed by '|' cells: the figures follow the header's order.
  t =
      Tables({"一级指标|\n二级指标|\n三级指标|\n分值|\n年度指标值|\n全年实际值|"
              "\n得分|\n"
              "未完成原因及拟采取的改进措施||\n产出指标（50分）|\n数量指标|\n"
              "低保发放人数|5 |\n>=21933人|\n21980人|\n5 |\n|\n|\n"
              "特困人员救助供养人数|5 |\n>=4754人|\n4604人|\n5 "
              "|\n特困人员实行动态管理|\n|\n"
              "扶贫临时救助人数|10 |\n>=7人|\n7人|\n10 |\n|\n"});
  ASSERT_EQ(t.indicators.size(), 3u);
  EXPECT_EQ(Row(t.indicators[0]),
            "产出指标（50分）|数量指标|低保发放人数|>=21933人|21980人|5|5|");
  EXPECT_EQ(
      Row(t.indicators[1]),
      "产出指标（50分）|数量指标|特困人员救助供养人数|>=4754人|4604人|5|5|"
      "特困人员实行动态管理");
  // The last row's note, right before the 总分 row, is that row's.
  t = Tables(
      {"一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
       "偏差原因分析及改进措施\n产出指标\n数量指标\n供养人数\n≥1030人\n"
       "1048人\n20\n20\n满意度指标\n服务对象满意度指标\n救助对象满意度\n"
       "≥90%\n76.7%\n10\n8.52\n部分对象参与积极性不高。\n总分\n100\n"
       "93.5"});
  ASSERT_EQ(t.indicators.size(), 2u);
  EXPECT_EQ(Row(t.indicators[1]),
            "满意度指标|服务对象满意度指标|救助对象满意度|≥90%|76.7%|10|8.52|"
            "部分对象参与积极性不高。");
  // Cells of a text that forms no rows stay text.
  t = Tables({"一级指标\n二级指标\n三级指标\n分值\n得分\n说明如下。\n"});
  EXPECT_TRUE(t.indicators.empty());

  // The header runs on into a line of cells the normaliser joined
  // (实际完成值 得分 产出指标 数量指标 as one row of four), and its actual
  // column is named 实际完成指标值.
  t =
      Tables({"一级指标\n二级指标\n三级指标\n年初目标值（A）\n\n"
              "实际完成指标值（B）\t得分\t产出指标（40分）\t数量指标\n"
              "公猪舍\t22.8\t22.8\t1\n育肥猪舍\t180\t180\t3\n"});
  ASSERT_EQ(t.indicators.size(), 2u);
  EXPECT_EQ(Row(t.indicators[0]),
            "产出指标（40分）|数量指标|公猪舍|22.8|22.8||1|");
  EXPECT_EQ(Row(t.indicators[1]),
            "产出指标（40分）|数量指标|育肥猪舍|180|180||3|");

  // A 二级指标 named without 指标 (经济效益) between a weighted 一级指标
  // and the 三级指标 is the row's 二级; a short text before a level name
  // (the row before's actual, 良好) is not the head of a name broken in two.
  t = Tables(
      {"一级指标\n二级指标\n三级指标\n年初目标值(A)\n实际完成值(B)\n得分\n"
       "产出指标(40分)\n数量指标\n一个存储备份器\n25TB\n25TB\n10\n"
       "效益指标(30分)\n经济效益\n社会公益服务无经济效益\n公益性事业\n"
       "公益性事业\n10\n环境效益\n数字图书馆环境优良无污染\n良好\n良好\n"
       "10\n可持续影响指标\n≥360天服务读者\n≥360天\n≥360天\n10\n"});
  ASSERT_EQ(t.indicators.size(), 4u);
  EXPECT_EQ(Row(t.indicators[1]),
            "效益指标(30分)|经济效益|社会公益服务无经济效益|公益性事业|"
            "公益性事业||10|");
  EXPECT_EQ(Row(t.indicators[3]),
            "效益指标(30分)|可持续影响指标|≥360天服务读者|≥360天|≥360天||10|");
}

// A header row the page broke over lines, each part closed by '|', is one
// row: its later parts name columns the first did not. A header wrapped
// inside its cells (年度 | 实际 over 指标值 | 完成值) names the same columns
// twice and stays two rows.
TEST(TablesTest, HeaderRowBrokenOverLines) {
  // As the normaliser gives "一级指标 | … | 年度 指标值 |" / "实际 完成值 |" /
  // "分值 | 得分 | …": cells by tabs, a one-cell line keeping its '|'.
  Extracted t =
      Tables({"一级指标\t二级指标\t三级指标\t年度指标值\t\n实际完成值|\n"
              "分值\t得分\t偏差原因分析及改进措施\t\t\t\n"
              "产出指标\t数量指标\t指标1：改造数量\t≥200\t202\t10\t9\t\t\n"
              "指标2：验收通过率\t≥95%\t100%\t5\t5\t\t\n"});
  ASSERT_EQ(t.indicators.size(), 2u);
  EXPECT_EQ(Row(t.indicators[0]),
            "产出指标|数量指标|指标1：改造数量|≥200|202|10|9|");
  EXPECT_EQ(Row(t.indicators[1]),
            "产出指标|数量指标|指标2：验收通过率|≥95%|100%|5|5|");

  // Broken after its 一级指标, with each 一级指标 (its weight in brackets)
  // and 二级指标 on a line of its own and 其中 detail rows that carry no
  // points: the levels are the lone names, never a detail row's figures.
  t = Tables(
      {"绩效指标\t一级指标\t\n"
       "二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\t未完成原因\t\t"
       "\n"
       "产出指标（50分）|\n数量指标\t★种植面积\t25\t29.5亩\t29.5亩\t20\t\t\n"
       "其中桃树种植面积\t1.5亩\t1.5亩\t\t\n质量指标|\n"
       "成活率\t5\t95%\t95%\t5\t\t\n"});
  ASSERT_EQ(t.indicators.size(), 2u);
  EXPECT_EQ(Row(t.indicators[0]),
            "产出指标（50分）|数量指标|★种植面积|29.5亩|29.5亩|25|20|");
  EXPECT_EQ(Row(t.indicators[1]),
            "产出指标（50分）|质量指标|成活率|95%|95%|5|5|");

  t =
      Tables({"一级指标\t二级指标\t三级指标\t年度\t实际\t分值\t得分\n"
              "\t\t\t指标值\t完成值\t\t\n"
              "产出指标\t数量指标\t改造数量\t≥200\t202\t10\t9\n"});
  ASSERT_EQ(t.indicators.size(), 1u);
  EXPECT_EQ(Row(t.indicators[0]), "产出指标|数量指标|改造数量|≥200|202|10|9|");
}

// Three or more lines of a name and one bare figure are a two-column table
// whose separator was lost; fewer, or a sentence ending in a number, stay
// text.
TEST(TablesTest, NameValueLinesAreATable) {
  struct Case {
    std::string text;
    std::vector<std::string> rows;  // "name|figure" per table row
  } cases[] = {
      {"资金（万元）\n年度预算资金总额： 321.25\n其中：中央补助 166.00\n"
       "市级资金 136.00\n本级资金（包括结转结余） 20.25\n说明。",
       {"年度预算资金总额：|321.25", "其中：中央补助|166.00", "市级资金|136.00",
        "本级资金（包括结转结余）|20.25"}},
      {"其中：中央补助 166.00\n市级资金 136.00\n说明。", {}},
      {"全年完成任务，完成率 95\n共计检查 12\n抽查企业，合格 10\n", {}},
      {"项目编号ABC123\n项目代码XY12\n批次号Q7\n", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Doc d({c.text});
    std::vector<std::string> rows;
    for (const Line& line : d.doc.lines) {
      if (line.table < 0) continue;
      std::string row;
      for (const Cell& cell : line.cells) {
        row += (row.empty() ? "" : "|") + std::string(cell.text);
      }
      rows.push_back(row);
    }
    EXPECT_EQ(rows, c.rows);
  }
}

TEST(TablesTest, BoxesAndSources) {
  std::string page =
      "一级指标\t二级指标\t三级指标\t分值\t得分\n产出\t数量\t人数\t5\t5";
  uint32_t row = uint32_t(page.find("产出"));
  std::vector<TextBox> boxes = {{{10, 10, 50, 20}, 0, 4},              // header
                                {{10, 30, 40, 40}, row, row + 6, -1},  // 产出
                                {{200, 31, 220, 42},
                                 uint32_t(page.size() - 1),
                                 uint32_t(page.size()),
                                 -1}};  // the last 5
  Doc d({page}, {boxes});
  Extracted out;
  ExtractTables(d.doc, &out);
  ASSERT_EQ(out.indicators.size(), 1u);
  const Box& b = out.indicators[0].box;
  EXPECT_EQ(b.x0, 10);
  EXPECT_EQ(b.y0, 30);
  EXPECT_EQ(b.x1, 220);
  EXPECT_EQ(b.y1, 42);
}

TEST(TablesTest, NotIndicatorTables) {
  // A body table mentioning 得分 once is no indicator table.
  Extracted t = Tables({"指标\t得分\n参保率\t5\n三级指标\t说明\nA\tB"});
  EXPECT_TRUE(t.indicators.empty());
  EXPECT_TRUE(t.budgets.empty());
}

TEST(TablesTest, GarbageNeverCrashes) {
  // One-cell rows, rows longer and shorter than the header, empty pages.
  Extracted t = Tables(
      {"", "\t",
       "一级指标\t二级指标\t三级指标\t分值\t得分\n\t\n"
       "a\tb\tc\td\te\tf\tg\th\ti\n\t\tshort\n年初预算数\t全年执行数\n\t\n"
       "\tx\t1\t2\t3\t4\t5\t6\t7\t8\t9"});
  EXPECT_EQ(t.indicators.size(), 2u);
  EXPECT_EQ(t.budgets.size(), 1u);

  std::mt19937 rng(5);
  const std::vector<std::string> pieces = {
      "一级指标",   "二级指标",   "三级指标", "分值", "得分",
      "年初预算数", "全年预算数", "执行率",   "总分", "年度总体目标",
      "（万元）",   "10分",       "\t",       "\t",   "\t",
      "\n",         "\n",         " ",        "\xff", "\xe4\xb8",
      "5",          "%"};
  for (int iter = 0; iter < 3000; ++iter) {
    std::vector<std::string> pages(1 + rng() % 3);
    for (std::string& p : pages) {
      int n = int(rng() % 60);
      for (int i = 0; i < n; ++i) {
        if (rng() % 6 == 0) {
          p.push_back(char(rng() % 256));
        } else {
          p += pieces[rng() % pieces.size()];
        }
      }
    }
    Extracted out = Tables(pages);
    for (const IndicatorRow& r : out.indicators) {
      EXPECT_FALSE(r.level3.empty());
      EXPECT_GE(r.page_no, 1);
    }
  }
}

}  // namespace
}  // namespace tally::extract
