// tests/tools/gen_corpus_test.cc: the corpus generator and its seed text.
//
// SeedToPlain must strip exactly the markup the seed extraction left (and
// nothing a report shows), and corpus/pdf/*.pdf, which the main job ingests,
// must be byte-identical to what the built gen_corpus makes from
// corpus/seeds/ today: so the committed PDFs can never go stale, and any
// nondeterminism in the generator shows up as a failure here.
//
// If the golden comparison fails after a deliberate change to the generator
// or a seed, regenerate and commit:
//   cmake --build build --target corpus_pdfs
//   cp build/corpus/pdf/*.pdf corpus/pdf/
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tools/seed_text.h"

namespace tally::tools {
namespace {

namespace fs = std::filesystem;

TEST(SeedTextTest, StripsHeadingMarkers) {
  EXPECT_EQ(SeedToPlain("# 乐昌市医疗保障局\n"), "乐昌市医疗保障局\n");
  EXPECT_EQ(SeedToPlain("#### (一) 项目总体情况"), "(一) 项目总体情况\n");
  EXPECT_EQ(SeedToPlain("## 三、绩效自评结论 ##"), "三、绩效自评结论\n");
  std::vector<SeedLine> lines = ParseSeed("### 一、基本情况\n正文");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].heading_level, 3);
  EXPECT_EQ(lines[1].heading_level, 0);
  // Not headings: no space after the marks, or a '#' inside a line.
  EXPECT_EQ(SeedToPlain("#1 项目"), "#1 项目\n");
  EXPECT_EQ(SeedToPlain("第 # 号"), "第 # 号\n");
}

TEST(SeedTextTest, DropsHorizontalRulesAndEmptyLines) {
  EXPECT_EQ(SeedToPlain("甲\n\n---\n\n乙\n * * * \n"), "甲\n乙\n");
  // A line of dashes with text is text.
  EXPECT_EQ(SeedToPlain("--- 附件 ---"), "--- 附件 ---\n");
  EXPECT_EQ(SeedToPlain("1-7 月"), "1-7 月\n");
}

TEST(SeedTextTest, PipeRowsOfAWebPageAreTableRows) {
  // A web page's table saved as text: the bars were the page's ruling.
  std::vector<SeedLine> lines = ParseSeed(
      "项目名称 | 共享工程 | ||||||||\n"
      "| 年初预算数 | 全年预算数 | 得分 |\n"
      "甲 | 乙\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_TRUE(lines[0].table);
  EXPECT_EQ(lines[0].text, "项目名称\t共享工程");
  EXPECT_TRUE(lines[1].table);
  EXPECT_EQ(lines[1].text, "年初预算数\t全年预算数\t得分");
  // One bar is text (a ratio, a caption's separator).
  EXPECT_FALSE(lines[2].table);
  EXPECT_EQ(lines[2].text, "甲 | 乙");
  // A cell saved on a line of its own loses its closing bar.
  EXPECT_EQ(SeedToPlain("6,100.00 |\n180 |\n"), "6,100.00\n180\n");
  // Empty cells inside the row stay cells.
  EXPECT_EQ(PipesToTabs("甲 | | 乙 |"), "甲 \t \t 乙");
}

TEST(SeedTextTest, StripsBoldAndEmphasis) {
  EXPECT_EQ(SeedToPlain("**总体评价：良好**。"), "总体评价：良好。\n");
  EXPECT_EQ(SeedToPlain("得分 *10* 分"), "得分 10 分\n");
  EXPECT_EQ(SeedToPlain("***重点***"), "重点\n");
  // A lone or arithmetic asterisk is kept.
  EXPECT_EQ(SeedToPlain("注* 见附表"), "注* 见附表\n");
  EXPECT_EQ(SeedToPlain("3 * 4 = 12"), "3 * 4 = 12\n");
}

TEST(SeedTextTest, DropsBookmarks) {
  EXPECT_EQ(SeedToPlain("[bookmark: _GoBack]一是强化医保政策培训。"),
            "一是强化医保政策培训。\n");
  EXPECT_EQ(SeedToPlain("甲[bookmark: x]乙"), "甲乙\n");
  // Other brackets are report text (document numbers).
  EXPECT_EQ(SeedToPlain("粤财社[2019]299 号"), "粤财社[2019]299 号\n");
}

TEST(SeedTextTest, ConvertsLatexMath) {
  EXPECT_EQ(SeedToPlain("正常运行率 $\\geq 90\\%$ 、"), "正常运行率 ≥90% 、\n");
  EXPECT_EQ(SeedToPlain("$\\leq 60$ 分钟"), "≤60 分钟\n");
  EXPECT_EQ(SeedToPlain("$\\ge 80 \\%$"), "≥80%\n");
  EXPECT_EQ(SeedToPlain("$$\\leq 30$$"), "≤30\n");
  EXPECT_EQ(SeedToPlain("$98\\%$"), "98%\n");
  EXPECT_EQ(SeedToPlain("$\\text{医疗机构} \\geq 40\\%$"), "医疗机构≥40%\n");
  // An unpaired '$' is a literal character.
  EXPECT_EQ(SeedToPlain("US$ 5"), "US$ 5\n");
  EXPECT_EQ(StripInlineMarkup("$\\geq 90\\%$"), "≥90%");
}

TEST(SeedTextTest, TrimsLinesAndKeepsEverythingElse) {
  EXPECT_EQ(SeedToPlain("  一、部门的基本情况 \r\n"), "一、部门的基本情况\n");
  EXPECT_EQ(SeedToPlain("\u3000\u3000正文。\u00a0"), "正文。\n");
  const std::string text =
      "（湘财预〔2021〕337 号）“优秀”、《手册》≥90% ≤ 60 分钟；１２．５％";
  EXPECT_EQ(SeedToPlain(text), text + "\n");
}

TEST(SeedTextTest, KeepsTableRowsAsTabSeparatedCells) {
  EXPECT_TRUE(IsTableLine("项目名称\t医疗服务和保障能力提升"));
  EXPECT_FALSE(IsTableLine("项目名称 医疗服务和保障能力提升"));
  // Empty cells, leading and trailing, are structure and stay; cells are
  // trimmed; markup inside cells goes.
  std::vector<SeedLine> lines =
      ParseSeed("\t年度资金总额 \t194.19\t\t10分\t\n\t\t\t$\\geq 90\\%$\t");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].table);
  EXPECT_EQ(lines[0].text, "\t年度资金总额\t194.19\t\t10分\t");
  EXPECT_EQ(lines[1].text, "\t\t\t≥90%\t");
}

TEST(SeedTextTest, SeedsLoseOnlyMarkup) {
  // Over the real seeds: every character of the plain text is in the seed,
  // and the markup is gone.
  for (const auto& entry : fs::directory_iterator(TALLY_CORPUS "/seeds")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string plain = SeedToPlain(ss.str());
    EXPECT_FALSE(plain.empty()) << entry.path();
    EXPECT_EQ(plain.find("[bookmark"), std::string::npos) << entry.path();
    EXPECT_EQ(plain.find('$'), std::string::npos) << entry.path();
    EXPECT_EQ(plain.find("\\"), std::string::npos) << entry.path();
    EXPECT_EQ(plain.find("\n#"), std::string::npos) << entry.path();
    EXPECT_NE(plain[0], '#') << entry.path();
    EXPECT_EQ(plain.find("---"), std::string::npos) << entry.path();
  }
}

std::vector<fs::path> Seeds() {
  std::vector<fs::path> seeds;
  for (const auto& entry : fs::directory_iterator(TALLY_CORPUS "/seeds")) {
    if (entry.path().extension() == ".txt") seeds.push_back(entry.path());
  }
  std::sort(seeds.begin(), seeds.end());
  return seeds;
}

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs gen_corpus on every seed into a fresh directory; "" on failure.
std::string Generate(const std::string& name) {
  fs::path dir = fs::path(testing::TempDir()) /
                 ("gen_corpus_test_" + std::to_string(getpid()) + "_" + name);
  fs::remove_all(dir);
  std::string cmd =
      std::string("'") + GEN_CORPUS_BINARY + "' --out '" + dir.string() + "'";
  for (const fs::path& seed : Seeds()) cmd += " '" + seed.string() + "'";
  if (std::system(cmd.c_str()) != 0) return "";
  return dir.string();
}

TEST(GenCorpusTest, CommittedPdfsAreWhatTheGeneratorMakes) {
  std::vector<fs::path> seeds = Seeds();
  ASSERT_EQ(seeds.size(), 5u);
  std::string first = Generate("a");
  ASSERT_FALSE(first.empty()) << "gen_corpus failed";
  std::string second = Generate("b");
  ASSERT_FALSE(second.empty()) << "gen_corpus failed";
  for (const fs::path& seed : seeds) {
    std::string name = seed.stem().string() + ".pdf";
    std::string a = Slurp(fs::path(first) / name);
    std::string b = Slurp(fs::path(second) / name);
    ASSERT_GT(a.size(), 1000u) << name;
    EXPECT_TRUE(a.starts_with("%PDF-1.5")) << name;
    EXPECT_TRUE(a == b) << name << ": two runs differ (nondeterminism)";
    std::string committed = Slurp(fs::path(TALLY_CORPUS "/pdf") / name);
    EXPECT_TRUE(a == committed)
        << "corpus/pdf/" << name << " is stale (" << committed.size()
        << " bytes committed, " << a.size() << " generated): run "
        << "`cmake --build BUILD --target corpus_pdfs` and copy "
        << "BUILD/corpus/pdf/*.pdf to corpus/pdf/. If the generator did not "
        << "change, the fonts or cairo/pango versions differ from the ones "
        << "the corpus was made with.";
  }
  fs::remove_all(first);
  fs::remove_all(second);
}

TEST(GenCorpusTest, UsageErrorsExitTwo) {
  std::string cmd = std::string("'") + GEN_CORPUS_BINARY + "' 2>/dev/null";
  int rc = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(rc));
  EXPECT_EQ(WEXITSTATUS(rc), 2);
}

}  // namespace
}  // namespace tally::tools
