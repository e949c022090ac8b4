#include "report/evidence.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tally::report {
namespace {

Fact MakeFact(int64_t id, int page, std::string raw, std::string context,
              uint32_t begin, bool in_table = false) {
  Fact f;
  f.fact_id = id;
  f.page_no = page;
  f.raw = raw;
  f.context = std::move(context);
  f.text_begin = begin;
  f.text_end = begin + uint32_t(raw.size());
  f.in_table = in_table;
  return f;
}

std::string Render(const std::vector<Piece>& pieces) {
  std::string s;
  for (const Piece& p : pieces) {
    s += p.marked ? "[" + p.text + "]" : p.text;
  }
  return s;
}

TEST(Sides, GroupByPageAndContextInCitedOrder) {
  std::vector<Fact> facts = {
      MakeFact(1, 2, "40分", "指标分值40分，得分40分。", 0),
      MakeFact(2, 6, "10", "社会效益指标 | 10 | 10", 0, true),
      MakeFact(3, 6, "10", "满意度 | 10 | 9", 0, true),
      MakeFact(4, 2, "得分", "指标分值40分，得分40分。", 0),
  };
  Finding f;
  f.fact_ids = {2, 1, 3, 4, 99};  // 99: not a fact of the document
  std::vector<Side> sides = SidesOf(f, facts);
  ASSERT_EQ(sides.size(), 3u);
  EXPECT_EQ(sides[0].page_no, 6);
  EXPECT_TRUE(sides[0].in_table);
  EXPECT_EQ(sides[1].page_no, 2);
  EXPECT_FALSE(sides[1].in_table);
  ASSERT_EQ(sides[1].facts.size(), 2u);  // 1 and 4 share the sentence
  EXPECT_EQ(sides[1].facts[1]->fact_id, 4);
  EXPECT_EQ(sides[2].context, "满意度 | 10 | 9");
}

TEST(MarkFacts, ThroughThePageTextThenByRaw) {
  // "40分" twice in one sentence: the page offset picks the second.
  std::string page = "一、概况\n指标分值40分，得分40分。\n其他";
  std::string sentence = "指标分值40分，得分40分。";
  uint32_t second = uint32_t(page.find("40分", page.find("得分")));
  Fact f = MakeFact(1, 1, "40分", sentence, second);
  EXPECT_EQ(Render(MarkFacts(sentence, page, {&f})),
            "指标分值40分，得分[40分]。");
  // Without a usable offset: the first occurrence not yet marked.
  Fact g = MakeFact(2, 1, "40分", sentence, 0);
  g.text_end = 0;
  EXPECT_EQ(Render(MarkFacts(sentence, page, {&f, &g})),
            "指标分值[40分]，得分[40分]。");
  // A fact not in the context marks nothing; the text comes back whole.
  Fact h = MakeFact(3, 1, "99元", sentence, 0);
  h.text_end = 0;
  EXPECT_EQ(Render(MarkFacts(sentence, page, {&h})), sentence);
}

TEST(MarkFacts, TableRowCellsJoinedWithBars) {
  // Cells separated by tabs in the page text, by " | " in the context; the
  // 分值 cell is marked, not the equal 得分 cell after it.
  std::string page = "表头\n社会效益指标\t显著提升\t10\t10\n";
  std::string row = "社会效益指标 | 显著提升 | 10 | 10";
  Fact f = MakeFact(1, 1, "10", row, uint32_t(page.find("10")), true);
  EXPECT_EQ(Render(MarkFacts(row, page, {&f})),
            "社会效益指标 | 显著提升 | [10] | 10");
}

TEST(MarkFacts, SentenceCarriedFromThePageBefore) {
  // The context starts with the previous page's tail and a newline.
  std::string page = "保险待遇报销52034万元。\n";
  std::string context = "…基本医疗\n保险待遇报销52034万元。";
  Fact f = MakeFact(1, 2, "52034万元", context, uint32_t(page.find("52034")));
  EXPECT_EQ(Render(MarkFacts(context, page, {&f})),
            "…基本医疗\n保险待遇报销[52034万元]。");
}

}  // namespace
}  // namespace tally::report
