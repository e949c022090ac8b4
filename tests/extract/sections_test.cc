// ExtractSections: the heading tree from 一、 （一） 1. （1） markers, on
// seed 001 as the pipeline stores it and on crafted variants.
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

std::vector<Section> Sections(const std::vector<std::string>& pages) {
  Doc d(pages);
  Extracted out;
  ExtractSections(d.doc, &out);
  return out.sections;
}

// "一、部门的基本情况 > （一）部门整体概况 > 1.部门主要职责": the chain of
// titles from the root to section i.
std::string Path(const std::vector<Section>& s, int i) {
  std::string path;
  for (int guard = 0; i >= 0 && guard < 10; i = s[size_t(i)].parent, ++guard) {
    std::string step = s[size_t(i)].marker + s[size_t(i)].title;
    path = path.empty() ? step : step + " > " + path;
  }
  return path;
}

int FindTitle(const std::vector<Section>& s, const std::string& title,
              int nth = 0) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i].title == title && nth-- == 0) return int(i);
  }
  return -1;
}

TEST(SectionsTest, Seed001Tree) {
  std::vector<std::string> pages = SeedPages("001_c70d33421e53e59a");
  ASSERT_FALSE(pages.empty());
  std::vector<Section> s = Sections(pages);
  EXPECT_EQ(s.size(), 64u);
  ASSERT_GE(s.size(), 3u);
  EXPECT_EQ(Path(s, 2),
            "一、部门的基本情况 > （一）部门整体概况 > 1.部门主要职责");
  EXPECT_EQ(s[0].level, 1);
  EXPECT_EQ(s[1].level, 2);
  EXPECT_EQ(s[2].level, 3);

  int i = FindTitle(s, "预算编制合理性（5分）");
  ASSERT_GE(i, 0);
  EXPECT_EQ(Path(s, i),
            "三、绩效分析 > （一）预算编制情况 > 1.预算编制 > "
            "（1）预算编制合理性（5分）");
  EXPECT_EQ(s[size_t(i)].level, 4);
  EXPECT_EQ(s[size_t(i)].marker, "（1）");

  // Run-in headings: the title stops at the first 。 or ：.
  i = FindTitle(s, "部门整体收入");
  ASSERT_GE(i, 0);
  EXPECT_EQ(Path(s, i),
            "一、部门的基本情况 > （二）部门整体收支情况 > 1.部门整体收入");
  i = FindTitle(s, "实施基本医疗保险待遇");
  ASSERT_GE(i, 0);
  EXPECT_EQ(Path(s, i),
            "一、部门的基本情况 > （三）部门整体支出目标及任务 > "
            "1.实施基本医疗保险待遇");
  i = FindTitle(s, "“三公”经费支出情况");
  ASSERT_GE(i, 0);
  EXPECT_EQ(Path(s, i),
            "三、绩效分析 > （三）资金使用效益 > 1.经济性 > "
            "（1）“三公”经费支出情况");
  // A heading without the closing 。 (line broken before it in print).
  i = FindTitle(s, "国库集中支付结转结余存量资金效率性（3分）");
  ASSERT_GE(i, 0);
  EXPECT_EQ(s[size_t(i)].level, 4);
  // 四、主要绩效 repeats 1.实施基本医疗保险待遇 under its own parent.
  i = FindTitle(s, "实施基本医疗保险待遇", 1);
  ASSERT_GE(i, 0);
  EXPECT_EQ(Path(s, i), "四、主要绩效 > 1.实施基本医疗保险待遇");
  EXPECT_EQ(s.back().marker, "六、");
  EXPECT_EQ(s.back().title, "相关建议");

  // Every section's text_begin is the start of its heading line.
  for (const Section& sec : s) {
    ASSERT_LT(sec.text_begin, pages[0].size());
    EXPECT_TRUE(sec.text_begin == 0 || pages[0][sec.text_begin - 1] == '\n');
    EXPECT_EQ(sec.page_no, 1);
  }
}

TEST(SectionsTest, SeedCounts) {
  // Stable counts over the stored seeds (001 checked in detail above).
  EXPECT_EQ(Sections(SeedPages("000_7f69db8fca4f34bc")).size(), 25u);
  EXPECT_EQ(Sections(SeedPages("002_e689e19a77c37165")).size(), 25u);
  EXPECT_EQ(Sections(SeedPages("003_8721613ab08d7715")).size(), 35u);
  EXPECT_EQ(Sections(SeedPages("004_b8c8dfb6c76e9ad3")).size(), 8u);
}

TEST(SectionsTest, MarkersAndLevels) {
  std::vector<Section> s = Sections(
      {"一、概况\n（一）目标\n1.数量\n（1）质量\n(二)时效\n2、成本\n3．效益\n"
       "1）满意度\n(2)其他\n十二、附则"});
  ASSERT_EQ(s.size(), 10u);
  const char* markers[] = {"一、", "（一）", "1.",  "（1）", "(二)",
                           "2、",  "3．",    "1）", "(2)",   "十二、"};
  const int levels[] = {1, 2, 3, 4, 2, 3, 3, 4, 4, 1};
  const int parents[] = {-1, 0, 1, 2, 0, 4, 4, 6, 6, -1};
  for (size_t i = 0; i < s.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(s[i].marker, markers[i]);
    EXPECT_EQ(s[i].level, levels[i]);
    EXPECT_EQ(s[i].parent, parents[i]);
  }
  EXPECT_EQ(s[0].title, "概况");
  EXPECT_EQ(s[8].title, "其他");
}

TEST(SectionsTest, NumbersAreNotHeadings) {
  std::vector<Section> s = Sections(
      {"一、概况\n5.3万元用于培训。\n2022年财政预算收入100元。\n"
       "12月31日前完成。\n1.5倍于上年。\n123.项目\n一是全面落实政策。\n"
       "十分重要。\n（2022）年度\n0.项目"});
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].title, "概况");
}

TEST(SectionsTest, SkippedLevelsNestUnderTheNearestOpenSection) {
  std::vector<Section> s = Sections(
      {"一、概况\n1.收入\n（1）财政拨款\n（一）支出\n2.支出明细\n二、结论"});
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[1].parent, 0);  // 1. directly under 一、
  EXPECT_EQ(s[2].parent, 1);
  EXPECT_EQ(s[3].parent, 0);  // （一） closes 1. and （1）
  EXPECT_EQ(s[4].parent, 3);
  EXPECT_EQ(s[5].parent, -1);
}

TEST(SectionsTest, PartsEncloseLevelOneHeadings) {
  std::vector<Section> s = Sections(
      {"第一部分 部门概况\n一、职能\n二、机构\n第二部分 收支情况\n一、收入"});
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s[0].marker, "第一部分");
  EXPECT_EQ(s[0].title, "部门概况");
  EXPECT_EQ(s[0].level, 1);
  EXPECT_EQ(s[1].parent, 0);
  EXPECT_EQ(s[2].parent, 0);
  EXPECT_EQ(s[3].parent, -1);
  EXPECT_EQ(s[4].parent, 3);
}

TEST(SectionsTest, RunInAndLongLines) {
  std::string long_sentence =
      "3.积极推进国家医保信息平台上线工作，召开全市定点医药机构医保信息平台上线"
      "工作部署会，建立工作机制和相应工作群及时解决上线过程中遇到的各种问题";
  std::vector<Section> s = Sections(
      {"（1）预算编制合理性（5分）。\n"
       "1.部门整体收入。2022年财政预算收入217605546.01元，其中：一般公共预算"
       "财政拨款收入217605546.01元。\n"
       "（4）其他对单位影响较大的支出情况：无\n" +
       long_sentence + "\n2. 资金管理：执行率100%"});
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].title, "预算编制合理性（5分）");
  EXPECT_EQ(s[1].title, "部门整体收入");
  EXPECT_EQ(s[2].title, "其他对单位影响较大的支出情况");
  EXPECT_EQ(s[3].title, "资金管理");  // the space after "2." dropped
}

TEST(SectionsTest, RunInHeadingCutByAPageBreak) {
  std::vector<Section> s =
      Sections({"二、结论\n2、医疗服务与保障能力提升补助资金（28万元），产出指"
                "标是依法查处医疗"
                "保障领域违规违法行为，举报线",
                "索查处率100%，得优。\n3、下一项"});
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(
      s[1].title,
      "医疗服务与保障能力提升补助资金（28万元），产出指标是依法查处医疗保障"
      "领域违规违法行为，举报线索查处率100%，得优");
  EXPECT_EQ(s[1].page_no, 1);
  EXPECT_EQ(s[2].page_no, 2);
}

TEST(SectionsTest, OffsetsPagesMarkdownAndTables) {
  std::vector<Section> s = Sections(
      {"# 某某局\n---\n### 一、基本情况\n#### (一) 项目总体情况\n正文。",
       "一级指标\t二级指标\t三级指标\n1.产出\t数量\t人数\n二、结论"});
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].marker, "一、");
  EXPECT_EQ(s[0].title, "基本情况");
  EXPECT_EQ(s[0].page_no, 1);
  EXPECT_EQ(s[0].text_begin, std::string("# 某某局\n---\n").size());
  EXPECT_EQ(s[1].marker, "(一)");
  EXPECT_EQ(s[1].title, "项目总体情况");
  EXPECT_EQ(s[1].parent, 0);
  EXPECT_EQ(s[2].marker, "二、");
  EXPECT_EQ(s[2].page_no, 2);
  EXPECT_EQ(
      s[2].text_begin,
      std::string("一级指标\t二级指标\t三级指标\n1.产出\t数量\t人数\n").size());
}

TEST(SectionsTest, ClauseStartIsAfterTheLastStop) {
  struct Case {
    std::string text;
    std::string clause;  // text.substr(ClauseStart(text))
  } cases[] = {
      {"", ""},
      {"全年预算", "全年预算"},
      {"项目资金100万元，其中中央", "其中中央"},
      {"甲；乙。丙：丁", "丁"},
      {"收入,支出;结余:", ""},
      {"一、二。", ""},
      // Other characters whose UTF-8 shares bytes with the stops.
      {"）（【】“”、", "）（【】“”、"},
      {"合计：本年收入", "本年收入"},
      {"！？", "！？"},  // not stops here: a clause ends at ，；。：
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.text.substr(ClauseStart(c.text)), c.clause) << c.text;
  }
}

TEST(SectionsTest, GarbageNeverCrashes) {
  std::mt19937 rng(11);
  const std::vector<std::string> pieces = {
      "一", "十", "、", "（", "）",   "(",        ")",        "1",
      "2",  ".",  "．", "第", "部分", "章",       "。",       "：",
      "\n", "\t", "#",  " ",  "\xff", "\xe4\xb8", "预算编制", "9"};
  for (int iter = 0; iter < 2000; ++iter) {
    std::vector<std::string> pages(1 + rng() % 3);
    for (std::string& p : pages) {
      int n = int(rng() % 60);
      for (int i = 0; i < n; ++i) {
        if (rng() % 5 == 0) {
          p.push_back(char(rng() % 256));
        } else {
          p += pieces[rng() % pieces.size()];
        }
      }
    }
    std::vector<Section> s = Sections(pages);
    for (size_t i = 0; i < s.size(); ++i) {
      EXPECT_LT(s[i].parent, int(i));
      EXPECT_GE(s[i].level, 1);
      EXPECT_LE(s[i].level, 4);
      EXPECT_FALSE(s[i].title.empty());
      EXPECT_LE(s[i].text_begin, pages[size_t(s[i].page_no - 1)].size());
    }
  }
  EXPECT_TRUE(Sections({}).empty());
  EXPECT_TRUE(Sections({"", "\n"}).empty());
}

}  // namespace
}  // namespace tally::extract
