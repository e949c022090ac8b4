// ExtractMetadata: bureau, fiscal year, report kind and report date, on the
// five seeds as the pipeline stores them and on crafted variants of each
// way a report prints them.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract/doc_text.h"
#include "extract/lexicon.h"
#include "extract/parts.h"
#include "extract/test_doc.h"
#include "normalize/normalize.h"

namespace tally::extract {
namespace {

using testing::Doc;
using testing::SeedPages;

// Pages of text and the DocText over them (which points into both, so the
// object stays put).

const Lexicons& Lex() {
  static const Lexicons* lex = [] {
    auto l = Lexicons::Load(std::string(TALLY_CORPUS) + "/../patterns");
    if (!l.ok()) std::abort();
    return l->release();
  }();
  return *lex;
}

Extracted Meta(const std::vector<std::string>& pages) {
  Doc d(pages);
  Extracted out;
  ExtractMetadata(d.doc, Lex(), &out);
  return out;
}

struct SeedMeta {
  const char* stem;
  const char* bureau;
  int year;
  const char* kind;
  const char* date;
};

constexpr SeedMeta kSeeds[] = {
    {"000_7f69db8fca4f34bc", "乐昌市医疗保障局", 2020, "项目支出",
     "2021-02-12"},
    {"001_c70d33421e53e59a", "乐昌市医疗保障局", 2022, "部门整体支出",
     "2023-01-30"},
    {"002_e689e19a77c37165", "益阳市医疗保障局", 2022, "项目支出",
     "2023-03-15"},
    {"003_8721613ab08d7715", "承德市医疗保障局", 2019, "项目支出", ""},
    {"004_b8c8dfb6c76e9ad3", "临泽县医保局", 2023, "部门整体支出", ""},
};

TEST(MetaTest, FiveSeedsAsStored) {
  for (const SeedMeta& s : kSeeds) {
    SCOPED_TRACE(s.stem);
    std::vector<std::string> pages = SeedPages(s.stem);
    ASSERT_FALSE(pages.empty());
    Extracted m = Meta(pages);
    EXPECT_EQ(m.bureau, s.bureau);
    ASSERT_TRUE(m.fiscal_year.has_value());
    EXPECT_EQ(*m.fiscal_year, s.year);
    EXPECT_EQ(m.report_kind, s.kind);
    EXPECT_EQ(m.report_date, s.date);
  }
}

// The born-digital PDFs' text differs from the seeds' in these ways: 000
// signs and dates on one line, 003 runs its first paragraph on after the
// title, 001 has its title on one line.
TEST(MetaTest, StoredPdfTextShapes) {
  Extracted m =
      Meta({"乐昌市医疗保障局\n乐昌市2020年度能力提升资金绩效自评报告\n"
            "一、基本情况\n（一）项目总体情况\n省财政厅下达资金33万元。",
            "四、存在问题\n无\n五、有关建议\n无\n"
            "乐昌市医疗保障局2021年2月12日"});
  EXPECT_EQ(m.bureau, "乐昌市医疗保障局");
  EXPECT_EQ(m.fiscal_year, 2020);
  EXPECT_EQ(m.report_kind, "项目支出");
  EXPECT_EQ(m.report_date, "2021-02-12");

  m =
      Meta({"承德市医疗保障局2019年度预算项目绩效自评报告按照《承德市财政局关于"
            "做好2019年度市级部门预算项目绩效自评工作的通知》（承财评价〔2020〕"
            "1号）要求，现将自评情况汇报如下：\n一、项目基本情况\n预算资金共计"
            "192.31万元。"});
  EXPECT_EQ(m.bureau, "承德市医疗保障局");
  EXPECT_EQ(m.fiscal_year, 2019);
  EXPECT_EQ(m.report_kind, "项目支出");
  EXPECT_EQ(m.report_date, "");
}

TEST(MetaTest, LabelledFieldsOfTheHeader) {
  Extracted m =
      Meta({"2021年度部门整体支出绩效自评报告\n部门名称：韶关市财政局\n"
            "单位负责人：张三\n填报日期：2022年2月8日\n一、部门基本情况\n"
            "韶关市医疗保障局交办的任务。"});
  EXPECT_EQ(m.bureau, "韶关市财政局");
  EXPECT_EQ(m.fiscal_year, 2021);
  EXPECT_EQ(m.report_kind, "部门整体支出");
  EXPECT_EQ(m.report_date, "2022-02-08");
}

TEST(MetaTest, TitleOfAnotherPublicationOfTheGenre) {
  // A 决算 explanation: its title names the unit and the year; no
  // self-evaluation in its body, so its kind is other.
  Extracted m =
      Meta({"重庆市大足区古龙镇卫生院2023年度决算公开说明\n"
            "一、基本情况\n本单位收入总计192.01万元。"});
  EXPECT_EQ(m.bureau, "重庆市大足区古龙镇卫生院");
  EXPECT_EQ(m.fiscal_year, 2023);
  EXPECT_EQ(m.report_kind, "other");
  // One that carries a self-evaluation of the whole department's spending.
  m =
      Meta({"武山县消防救援大队2024年度部门预算\n一、基本情况\n"
            "对2023年度部门整体支出开展了绩效自评。"});
  EXPECT_EQ(m.bureau, "武山县消防救援大队");
  EXPECT_EQ(m.report_kind, "部门整体支出");
  // A self-evaluation's title wins over an earlier word of another kind.
  m = Meta({"某某县生态环境分局2023年部门决算中项目绩效自评结果\n一、概况"});
  EXPECT_EQ(m.report_kind, "项目支出");
  // A sentence that cites another document's title is no title.
  m =
      Meta({"根据《某市财政局关于编制2023-2025年支出规划和2025年部门预算的"
            "通知》要求，开展自评。\n一、概况\n2023年度资金。"});
  EXPECT_NE(m.fiscal_year, 2025);
}

TEST(MetaTest, ProjectFromItsLabel) {
  // A field line, and a 绩效自评表 row (label cell, then the next non-empty
  // cell); the first wins, and a report without one has none.
  EXPECT_EQ(Meta({"2022年度项目支出绩效自评报告\n项目名称：医疗服务和保障能力"
                  "提升\n一、概况"})
                .project,
            "医疗服务和保障能力提升");
  EXPECT_EQ(Meta({"一、概况\n项目名称\t\t初中公用经费\t\n主管部门\t银川市教育局"
                  "\n项目名称：另一个项目"})
                .project,
            "初中公用经费");
  EXPECT_EQ(
      Meta({"2022年度部门整体支出绩效自评报告\n一、概况\n项目名称：1"}).project,
      "");
}

TEST(MetaTest, TwoFieldsOnOneCoverLine) {
  Extracted m =
      Meta({"2022年度项目支出绩效自评报告\n"
            "填报单位（盖章）：某某县卫生健康局 联系人：李四\n一、概况"});
  EXPECT_EQ(m.bureau, "某某县卫生健康局");
  m =
      Meta({"2022年度项目支出绩效自评报告\n"
            "单位名称：某某县卫生健康局联系电话：12345\n一、概况"});
  EXPECT_EQ(m.bureau, "某某县卫生健康局");
}

TEST(MetaTest, UnitNamedInTheTitle) {
  Extracted m =
      Meta({"关于深圳市南山区卫生健康局2021年度专项资金绩效自评报告\n"
            "一、基本情况"});
  EXPECT_EQ(m.bureau, "深圳市南山区卫生健康局");
  EXPECT_EQ(m.fiscal_year, 2021);
  EXPECT_EQ(m.report_kind, "项目支出");

  m = Meta({"2020年度广州市住房公积金管理中心项目支出绩效自评报告\n一、概况"});
  EXPECT_EQ(m.bureau, "广州市住房公积金管理中心");
  EXPECT_EQ(m.fiscal_year, 2020);
  EXPECT_EQ(m.report_kind, "项目支出");
}

TEST(MetaTest, UnitAloneAboveTheTitle) {
  Extracted m =
      Meta({"# 临泽县财政局\n---\n## 2024年单位整体支出绩效自评报告\n"
            "一、部门预算及执行情况\n2023年12月31日前完成。"});
  EXPECT_EQ(m.bureau, "临泽县财政局");
  EXPECT_EQ(m.fiscal_year, 2024);
  EXPECT_EQ(m.report_kind, "部门整体支出");
  EXPECT_EQ(m.report_date, "");  // a date in a sentence is no report date
}

TEST(MetaTest, TitleOverTwoLines) {
  Extracted m =
      Meta({"2019年度部门整体支出绩效\n自评报告\n单位名称：某某县教育局\n"
            "一、基本情况"});
  EXPECT_EQ(m.bureau, "某某县教育局");
  EXPECT_EQ(m.fiscal_year, 2019);
  EXPECT_EQ(m.report_kind, "部门整体支出");

  m = Meta({"2018年度\n某某专项资金绩效自评报告\n一、基本情况"});
  EXPECT_EQ(m.fiscal_year, 2018);
  EXPECT_EQ(m.report_kind, "项目支出");
}

TEST(MetaTest, SignatureAtTheEnd) {
  Extracted m =
      Meta({"2020年度农业生产绩效自评报告\n一、基本情况\n下达资金50万元。",
            "二、存在问题\n无\n某某县农业农村局\n二〇二一年三月五日"});
  EXPECT_EQ(m.bureau, "某某县农业农村局");
  EXPECT_EQ(m.fiscal_year, 2020);
  EXPECT_EQ(m.report_kind, "other");
  EXPECT_EQ(m.report_date, "2021-03-05");
}

TEST(MetaTest, TableRowNamesTheUnit) {
  Extracted m =
      Meta({"2022年度项目支出绩效自评表\n项目名称\t能力提升\t\t\n"
            "主管部门\t某市卫生健康委员会\t实施单位\t某市疾病预防控制中心\n"
            "填报日期：2023年4月1日"});
  EXPECT_EQ(m.bureau, "某市卫生健康委员会");
  EXPECT_EQ(m.fiscal_year, 2022);
  EXPECT_EQ(m.report_kind, "项目支出");
  EXPECT_EQ(m.report_date, "2023-04-01");
}

TEST(MetaTest, LabelOnALineOfItsOwnAndTheUnitOnTheNext) {
  // A form saved one cell per line: the label, then its value.
  Extracted m =
      Meta({"项目支出绩效自评表\n一、项目概况\n项目名称\n暖通改造经费\n"
            "实施单位（盖章）\n某市食品工程学校\n"
            "年度目标\n完成全部改造任务。\n二、绩效指标\n"
            "1.数量指标：改造面积2000平方米。\n2.质量指标：验收合格。\n"
            "3.时效指标：按期完工。\n4.满意度指标：满意度95%。\n"
            "三、存在问题\n无。\n"});
  EXPECT_EQ(m.bureau, "某市食品工程学校");
  // A label whose next line is no unit gives nothing.
  m = Meta({"项目支出绩效自评表\n实施单位\n2023年度\n"});
  EXPECT_EQ(m.bureau, "");
}

TEST(MetaTest, TransferPaymentFormNamesTheLocalUnit) {
  // 中央主管部门 is a ministry; the 资金使用单位 reports, and a budget
  // system's code before a unit is not part of its name.
  Extracted m =
      Meta({"中央对地方转移支付区域绩效自评表\n"
            "中央主管部门\t国家卫生健康委\t地方主管部门\t某州卫生健康委\t"
            "资金使用单位\t某县卫生健康局\n"});
  EXPECT_EQ(m.bureau, "某县卫生健康局");
  m =
      Meta({"2022年项目支出绩效目标表\n"
            "主管部门\t031-某县科学技术局\t实施单位\t031001-某县科学技术局\n"});
  EXPECT_EQ(m.bureau, "某县科学技术局");
  m = Meta({"项目支出绩效自评表\n地方主管部门\t某州民政局\t\n"});
  EXPECT_EQ(m.bureau, "某州民政局");
}

TEST(MetaTest, WebPageHeaderNamesThePublisherLast) {
  Extracted m =
      Meta({"首页 > 财政资金\n日期:2024-06-11 17:40  来源:某区退役军人事务局\n"
            "2023年度优抚对象补助资金绩效自评报告\n一、基本情况\n"});
  EXPECT_EQ(m.bureau, "某区退役军人事务局");
  m =
      Meta({"发布机构: 某县交通运输局 生成日期: 2025-04-07\n"
            "2024年度项目支出绩效自评报告\n"});
  EXPECT_EQ(m.bureau, "某县交通运输局");
  // The report's own words come first.
  m =
      Meta({"来源:某市财政局\n部门名称：某市民政局\n"
            "2024年度部门整体支出绩效自评报告\n"});
  EXPECT_EQ(m.bureau, "某市民政局");
  // A source that names no unit is no bureau.
  m = Meta({"来源:本站原创\n2024年度项目支出绩效自评报告\n"});
  EXPECT_EQ(m.bureau, "");
}

TEST(MetaTest, APortalsFieldListIsNoTitle) {
  // A portal prints its fields as bullets, label and value on lines of
  // their own; the directory's "自评报告" is no title, and the publisher
  // is read from the line after its label.
  Extracted m =
      Meta({"  • 索引号\n  • 79518791-2-/2022-0713018\n  • 发布机构\n"
            "  • 某市文化和旅游局\n  • 公开目录\n  • 自评报告\n"
            "某市图书馆2021年度部门整体支出绩效自评报告\n一、部门基本情况\n"});
  EXPECT_EQ(m.bureau, "某市图书馆");
  EXPECT_EQ(m.report_kind, "部门整体支出");
  m =
      Meta({"  • 发布机构\n  • 某市商务局\n  • 公开目录\n  • 自评报告\n"
            "2019年度项目绩效自评报告\n一、项目基本情况\n"});
  EXPECT_EQ(m.bureau, "某市商务局");
  EXPECT_EQ(m.report_kind, "项目支出");
}

TEST(MetaTest, BylineBelowTheTitleButNotTheAddressee) {
  Extracted m =
      Meta({"2022年度某省安全生产预防及应急专项资金绩效自评报告\n"
            "某省应急管理厅 时间:2023-06-28 09:06\n一、基本情况\n"});
  EXPECT_EQ(m.bureau, "某省应急管理厅");
  // A report sent to a unit names it with a colon; it is not the author.
  m =
      Meta({"2025年某县某村深加工项目绩效目标自评报告\n某县财政局:\n"
            "现将项目绩效目标自评报告如下:\n一、绩效目标分解下达情况\n"});
  EXPECT_EQ(m.bureau, "");
}

TEST(MetaTest, SealedLabelCellAndFullName) {
  // 实施单位（盖章） keeps its value in the next cell.
  Extracted m =
      Meta({"项目支出绩效自评表\n"
            "主管部门\t某县医疗保障局部门\t实施单位（盖章）\t"
            "某县医疗保障局\n"});
  EXPECT_EQ(m.bureau, "某县医疗保障局");
  // A form's short name gives way to the full one the page prints.
  m =
      Meta({"发布单位某某市民政局\n正文\n项目名称:养老经费\n"
            "项目单位:市民政局\n"});
  EXPECT_EQ(m.bureau, "某某市民政局");
}

TEST(MetaTest, JointNoticeNamesItsLeadIssuer) {
  Extracted m = Meta(
      {"某某市财政局 某某市文化和旅游局关于提前下达2023年文物保护专项资金的"
       "通知\n各县（区）财政局：\n"});
  EXPECT_EQ(m.bureau, "某某市财政局");
  EXPECT_EQ(m.fiscal_year, 2023);
  EXPECT_EQ(m.report_kind, "other");
}

TEST(MetaTest, AYearWithAMonthCountsOnlyWhenNoOtherYearIsNamed) {
  // An execution bulletin names its period by month.
  Extracted m =
      Meta({"一、截至2015年8月底，累计完成公共财政预算总收入67949万元，"
            "为年初预算61.22%。\n"});
  EXPECT_EQ(m.fiscal_year, 2015);
  // A report names its year; the month it was evaluated in is the next.
  m =
      Meta({"一、基本情况\n2021年全年支出100万元。\n2022年3月，我局组织开展"
            "自评。\n"});
  EXPECT_EQ(m.fiscal_year, 2021);
}

TEST(MetaTest, AProjectReportsTitleNamesItsProject) {
  Extracted m =
      Meta({"某市医疗保障局2019年度医疗救助资金项目绩效自评报告\n"
            "一、项目基本情况\n"});
  EXPECT_EQ(m.project, "医疗救助资金项目");
  // A 项目名称 field comes first.
  m =
      Meta({"某市医疗保障局2019年度医疗救助资金项目绩效自评报告\n"
            "项目名称：城乡医疗救助\n"});
  EXPECT_EQ(m.project, "城乡医疗救助");
  // A department's report, or a title of only the genre's words, names none.
  m = Meta({"某县卫生健康局2023年度部门整体支出绩效自评报告\n"});
  EXPECT_EQ(m.project, "");
  m = Meta({"某县档案局2016年度项目绩效报告\n"});
  EXPECT_EQ(m.project, "");
}

TEST(MetaTest, TheYearThatOpensTheTextOrEndsTheTitlesSpan) {
  // A budget note names the year it compares with more often than its own.
  Extracted m =
      Meta({"2019年，市本级“三公”经费预算为3328万元，同口径比2018年"
            "减少830万元。2018年因公出国费…，2018年公务接待费…。\n"});
  EXPECT_EQ(m.fiscal_year, 2019);
  m =
      Meta({"一、2020年一般公共预算“三公”经费支出预算表\n单位：万元\n"
            "2019年决算数\t2019年预算数\n"});
  EXPECT_EQ(m.fiscal_year, 2020);
  m = Meta({"某某专项资金2019年-2020年度绩效自评报告\n一、基本情况\n"});
  EXPECT_EQ(m.fiscal_year, 2020);
}

TEST(MetaTest, UnitBeforeGuanyuInTheTitle) {
  Extracted m =
      Meta({"某市文化和旅游局关于2021年度中央支持地方公共文化项目资金绩效自评报"
            "告\n"});
  EXPECT_EQ(m.bureau, "某市文化和旅游局");
  EXPECT_EQ(m.fiscal_year, 2021);
}

TEST(MetaTest, YearTheTextNamesMostWithoutADatedTitle) {
  // No year in a title or the header: the year the text speaks of, not the
  // report's date, a policy's title or a document number.
  Extracted m = Meta(
      {"项目资金绩效自评报告\n日期:2022-04-15\n"
       "根据《关于做好2020年预算绩效管理工作的通知》（财通〔2020〕23号）要求，"
       "现将2021年项目资金使用情况报告如下。\n"
       "2021年共下达资金100万元，截至2021年12月31日支出95万元。\n"
       "2022年4月15日\n"});
  EXPECT_EQ(m.fiscal_year, 2021);
  // A tie goes to the later year (a report recalls the year before).
  m = Meta(
      {"项目资金绩效自评报告\n2020年完成改造10户，2021年完成改造12户。\n"});
  EXPECT_EQ(m.fiscal_year, 2021);
  EXPECT_FALSE(Meta({"项目资金绩效自评报告\n资金100万元。\n"}).fiscal_year);
}

TEST(MetaTest, ReportDateForms) {
  // Full-width digits as the normaliser leaves them (ASCII), with layout
  // spaces left in, and before a later date in the body.
  EXPECT_EQ(
      Meta({"2023年度部门整体支出绩效自评报告\n填报日期：2024 年 3 月 9 日\n"
            "一、概况\n截止2024年5月1日。"})
          .report_date,
      "2024-03-09");
  EXPECT_EQ(Meta({"2023年度报告\n报告日期:2024-03-09\n一、概况"}).report_date,
            "2024-03-09");
  EXPECT_EQ(
      Meta({"2023年度报告\n一、概况\n某某局\n2024年12月31日"}).report_date,
      "2024-12-31");
  // Not dates: 2月30日, a month without a day, a date inside a sentence.
  EXPECT_EQ(
      Meta({"2023年度报告\n填报日期：2023年2月30日\n一、概况"}).report_date,
      "");
  EXPECT_EQ(Meta({"2023年度报告\n填报日期：2024年3月\n一、概况"}).report_date,
            "");
  EXPECT_EQ(
      Meta({"2023年度报告\n一、概况\n已于2024年3月1日完成验收。"}).report_date,
      "");
  EXPECT_EQ(Meta({"2023年度报告\n填报日期：2024年2月29日"}).report_date,
            "2024-02-29");
  EXPECT_EQ(Meta({"2023年度报告\n填报日期：2023年2月29日"}).report_date, "");
}

TEST(MetaTest, FiscalYearIsNotTheReportDatesYear) {
  Extracted m =
      Meta({"部门整体支出绩效自评报告\n填报日期：2023年1月30日\n一、概况"});
  EXPECT_FALSE(m.fiscal_year.has_value());
  EXPECT_EQ(m.report_kind, "部门整体支出");
  EXPECT_EQ(m.report_date, "2023-01-30");

  m =
      Meta({"部门整体支出绩效自评报告\n（2022年度）\n填报日期：2023年1月30日\n"
            "一、概况"});
  EXPECT_EQ(m.fiscal_year, 2022);
  // Without a title, the forms the text holds tell.
  EXPECT_EQ(Meta({"一、概况\n项目名称：某某工作经费\n"}).report_kind,
            "项目支出");
  EXPECT_EQ(Meta({"一、概况\n附表：部门整体支出绩效自评表\n"}).report_kind,
            "部门整体支出");
}

TEST(MetaTest, KindFromTheTitleOnly) {
  EXPECT_EQ(Meta({"2022年度绩效评价报告\n一、概况"}).report_kind, "other");
  EXPECT_EQ(Meta({"2022年度某某工作经费绩效自评报告\n一、概况"}).report_kind,
            "项目支出");
  // No title: no kind, although the body mentions 项目 and an evaluation
  // (the year is the one the body names); a body that never speaks of an
  // evaluation is 'other'.
  Extracted m = Meta({"一、项目概况\n2022年度项目资金100万元，开展绩效评价。"});
  EXPECT_EQ(m.report_kind, "");
  EXPECT_EQ(Meta({"一、项目概况\n2022年度项目资金100万元。"}).report_kind,
            "other");
  EXPECT_EQ(m.bureau, "");
  EXPECT_EQ(m.fiscal_year, 2022);
}

TEST(MetaTest, GarbageNeverCrashes) {
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {
      "局",       "年",       "月", "日",       "2023",     "二〇",
      "十",       "：",       ":",  "\n",       "\t",       "填报日期",
      "部门名称", "自评报告", "#",  " ",        "（盖章）", "一、",
      "\xff",     "\xe5\xb1", "9",  "整体支出", "主管部门", "某某市医疗保障局"};
  for (int iter = 0; iter < 2000; ++iter) {
    std::vector<std::string> pages(1 + rng() % 3);
    for (std::string& p : pages) {
      int n = int(rng() % 40);
      for (int i = 0; i < n; ++i) {
        if (rng() % 4 == 0) {
          p.push_back(char(rng() % 256));
        } else {
          p += pieces[rng() % pieces.size()];
        }
      }
    }
    Extracted m = Meta(pages);
    if (!m.report_date.empty()) {
      EXPECT_EQ(m.report_date.size(), 10u);
    }
  }
  EXPECT_EQ(Meta({}).bureau, "");
  EXPECT_EQ(Meta({"", "", "\n\n"}).report_kind, "");
}

}  // namespace
}  // namespace tally::extract
