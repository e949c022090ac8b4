// Layout over fake pages: words and rules placed by hand, so each reading
// order decision is tested without an engine.
#include "layout/layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

namespace tally::layout {
namespace {

// A word of n characters, 10 pt each, at (x, y) with height 10.
Word W(const std::string& text, double x, double y, int chars,
       bool space_after = false) {
  Word w;
  w.text = text;
  w.box = {x, y, x + 10.0 * chars, y + 10};
  w.font_size = 10;
  w.space_after = space_after;
  return w;
}

Rule H(double x0, double x1, double y) { return {{x0, y - 0.5, x1, y + 0.5}}; }
Rule V(double x, double y0, double y1) { return {{x - 0.5, y0, x + 0.5, y1}}; }

PageContent Page(std::vector<Word> words, std::vector<Rule> rules = {}) {
  PageContent p;
  p.page_no = 1;
  p.width = 600;
  p.height = 800;
  p.words = std::move(words);
  p.rules = std::move(rules);
  return p;
}

std::vector<std::string> Texts(const PageLayout& l) {
  std::vector<std::string> out;
  for (const Line& line : l.lines) out.push_back(line.text);
  return out;
}

TEST(Layout, LinesTopToBottomLeftToRight) {
  // Given out of order; the second line's words overlap vertically with a
  // small baseline jitter.
  PageContent p = Page({W("元", 152, 201, 1), W("预算", 100, 200, 2, true),
                        W("437.32", 121, 200, 3), W("第二行", 100, 220, 3)});
  PageLayout l = AssemblePage(p, Options());
  EXPECT_EQ(Texts(l), (std::vector<std::string>{"预算 437.32元", "第二行"}));
  // Spans map each word's bytes back to its index.
  const Line& first = l.lines[0];
  ASSERT_EQ(first.spans.size(), 3u);
  EXPECT_EQ(first.spans[0].word, 1);
  EXPECT_EQ(first.text.substr(first.spans[1].begin,
                              first.spans[1].end - first.spans[1].begin),
            "437.32");
  EXPECT_EQ(first.spans[2].word, 0);
}

TEST(Layout, GapWithoutSpaceFlagStillSeparates) {
  PageContent p = Page(
      {W("abc", 100, 100, 3), W("def", 140, 100, 3), W("gh", 170, 100, 2)});
  PageLayout l = AssemblePage(p, Options());
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0].text, "abc defgh");
}

TEST(Layout, TableReadRowByRowWithMergedCells) {
  // 3 columns x 3 rows; column 0 rows 1-2 merged (no rule between them),
  // and in row 0 columns 1-2 merged (no rule between them).
  std::vector<Rule> rules = {
      H(100, 400, 100), H(100, 400, 130), H(200, 400, 160), H(100, 400, 190),
      V(100, 100, 190), V(200, 100, 190), V(300, 130, 190), V(400, 100, 190)};
  std::vector<Word> words = {
      W("标题", 110, 110, 2), W("跨两列", 210, 110, 3),
      W("合并", 110, 155, 2),  // centred in the merged cell
      W("10", 210, 140, 2),   W("20", 310, 140, 2),
      W("30", 210, 170, 2),   W("40", 310, 170, 2),
      W("表前", 100, 60, 2),  W("表后", 100, 250, 2)};
  PageLayout l = AssemblePage(Page(words, rules), Options());
  EXPECT_EQ(Texts(l),
            (std::vector<std::string>{"表前", "标题\t跨两列\t", "合并\t10\t20",
                                      "\t30\t40", "表后"}));
  EXPECT_EQ(l.lines[1].kind, LineKind::kTableRow);
  EXPECT_EQ(l.lines[0].kind, LineKind::kBody);
}

TEST(Layout, WrappedCellJoinsItsLines) {
  std::vector<Rule> rules = {H(100, 300, 100), H(100, 300, 140),
                             V(100, 100, 140), V(200, 100, 140),
                             V(300, 100, 140)};
  std::vector<Word> words = {W("医疗机构≥40%", 205, 103, 8),
                             W("病种≥70%", 205, 120, 6),
                             W("指标", 110, 110, 2)};
  PageLayout l = AssemblePage(Page(words, rules), Options());
  ASSERT_EQ(l.lines.size(), 1u);
  EXPECT_EQ(l.lines[0].text, "指标\t医疗机构≥40%病种≥70%");
}

TEST(Layout, SingleFramedBoxIsNotATable) {
  std::vector<Rule> rules = {H(90, 410, 90), H(90, 410, 130), V(90, 90, 130),
                             V(410, 90, 130)};
  PageLayout l = AssemblePage(
      Page({W("框内第一行", 100, 95, 5), W("框内第二行", 100, 112, 5)}, rules),
      Options());
  ASSERT_EQ(l.lines.size(), 2u);
  EXPECT_EQ(l.lines[0].kind, LineKind::kBody);
}

TEST(Layout, TwoColumnsReadColumnByColumn) {
  std::vector<Word> words;
  for (int i = 0; i < 6; ++i) {
    words.push_back(W("左栏第" + std::to_string(i) + "行文字内容很长很长", 50,
                      100 + 15.0 * i, 15));
    words.push_back(W("右栏第" + std::to_string(i) + "行文字内容很长很长", 320,
                      100 + 15.0 * i, 15));
  }
  PageLayout l = AssemblePage(Page(words), Options());
  ASSERT_EQ(l.lines.size(), 12u);
  EXPECT_EQ(l.lines[0].text.substr(0, 9), "左栏第");
  EXPECT_EQ(l.lines[5].text.substr(0, 9), "左栏第");
  EXPECT_EQ(l.lines[6].text.substr(0, 9), "右栏第");
}

TEST(Layout, LabelValueFormIsNotSplitIntoColumns) {
  std::vector<Word> words;
  for (int i = 0; i < 6; ++i) {
    words.push_back(W("项目名称", 50, 100 + 15.0 * i, 4));
    words.push_back(W("医疗服务", 300, 100 + 15.0 * i, 4));
  }
  PageLayout l = AssemblePage(Page(words), Options());
  ASSERT_EQ(l.lines.size(), 6u);
  EXPECT_EQ(l.lines[0].text, "项目名称 医疗服务");
}

TEST(Layout, HeadersFootersAndPageNumbersMarked) {
  std::vector<PageLayout> pages;
  for (int p = 1; p <= 3; ++p) {
    PageContent c =
        Page({W("乐昌市医疗保障局绩效自评报告", 150, 30, 14),
              W("正文第" + std::to_string(p) + "页的内容", 72, 100, 30),
              W("第二行短", 72, 115, 4),
              W("— " + std::to_string(p) + " —", 280, 770, 5)});
    c.page_no = p;
    pages.push_back(AssemblePage(c, Options()));
  }
  FinishDocument(&pages, Options());
  for (const PageLayout& page : pages) {
    ASSERT_EQ(page.lines.size(), 4u);
    EXPECT_EQ(page.lines[0].kind, LineKind::kHeader);
    EXPECT_EQ(page.lines[1].kind, LineKind::kBody);
    EXPECT_EQ(page.lines[3].kind, LineKind::kPageNumber);
    // Fill: the full body line reaches the block's right edge, the short
    // line does not.
    EXPECT_GT(page.lines[1].fill, 0.95);
    EXPECT_LT(page.lines[2].fill, 0.3);
  }
}

TEST(Layout, TopLineOfOnePageIsNotAHeader) {
  std::vector<PageLayout> pages;
  PageContent c = Page({W("一、基本情况", 72, 30, 6), W("正文", 72, 100, 2)});
  pages.push_back(AssemblePage(c, Options()));
  FinishDocument(&pages, Options());
  EXPECT_EQ(pages[0].lines[0].kind, LineKind::kBody);
}

// A lattice: n x n cells of `step` points from (x, y).
std::vector<Rule> Lattice(int n, double x, double y, double step) {
  std::vector<Rule> rules;
  for (int k = 0; k <= n; ++k) {
    rules.push_back(H(x, x + n * step, y + k * step));
    rules.push_back(V(x + k * step, y, y + n * step));
  }
  return rules;
}

TEST(Layout, AHugeLatticeIsReadAsPlainLinesWithAReason) {
  // 46,342 x 46,342 cells overflowed an int (rows * cols) and aborted the
  // process; and reading it cell by cell would take hours.
  Options o;
  PageContent p = Page({W("资金", 100, 100, 2), W("12.5万元", 120, 100, 5)},
                       Lattice(46342, 10, 10, 0.01));
  PageLayout l = AssemblePage(p, o);
  EXPECT_EQ(Texts(l), (std::vector<std::string>{"资金12.5万元"}));
  ASSERT_EQ(l.notes.size(), 1u);
  EXPECT_NE(l.notes[0].find("92686 ruling lines"), std::string::npos)
      << l.notes[0];
}

TEST(Layout, ATableOverTheCellCapIsReadAsPlainLines) {
  // 400 x 400 = 160,000 cells from 802 rules: under the rule cap, over the
  // cell cap (the page is made large enough to hold it).

  Options o;
  PageContent p = Page({W("资金", 100, 100, 2)}, Lattice(400, 20, 20, 4));
  PageLayout l = AssemblePage(p, o);
  EXPECT_EQ(Texts(l), (std::vector<std::string>{"资金"}));
  ASSERT_EQ(l.notes.size(), 1u);
  EXPECT_NE(l.notes[0].find("400 x 400 cells"), std::string::npos)
      << l.notes[0];
  // Under the cap, the same grid is a table: one row line per row with
  // words (here one).
  o.max_table_cells = 200000;
  PageLayout t = AssemblePage(p, o);
  EXPECT_TRUE(t.notes.empty());
  ASSERT_EQ(t.lines.size(), 1u);
  EXPECT_EQ(t.lines[0].kind, LineKind::kTableRow);
  EXPECT_EQ(std::count(t.lines[0].text.begin(), t.lines[0].text.end(), '\t'),
            399);
}

TEST(Layout, DamagedCoordinatesAreLeftOut) {
  double inf = std::numeric_limits<double>::infinity();
  double nan = std::numeric_limits<double>::quiet_NaN();
  Word bad = W("坏", 0, 0, 1);
  bad.box = {nan, 10, inf, 20};
  Word far = W("远", 0, 0, 1);
  far.box = {1e300, 1e300, 1e301, 1e301};
  PageContent p = Page({W("好", 100, 100, 1), bad, far},
                       {{{nan, 0, inf, 1}}, H(0, 1e308, 5)});
  PageLayout l = AssemblePage(p, Options());
  EXPECT_EQ(Texts(l), (std::vector<std::string>{"好"}));
}

TEST(Layout, WordsBeyondTheCapAreCountedInANote) {
  Options o;
  o.max_words = 3;
  PageContent p = Page({W("一", 100, 100, 1), W("二", 110, 100, 1),
                        W("三", 120, 100, 1), W("四", 130, 100, 1)});
  PageLayout l = AssemblePage(p, o);
  EXPECT_EQ(Texts(l), (std::vector<std::string>{"一二三"}));
  ASSERT_EQ(l.notes.size(), 1u);
  EXPECT_NE(l.notes[0].find("1 left out"), std::string::npos) << l.notes[0];
}

}  // namespace
}  // namespace tally::layout
