// ocr/layer_check.h on made-up layers, with an engine double that "reads"
// a line as the test says: which characters count, how lines are grouped
// and sampled, and the measure the pipeline decides on.
#include "ocr/layer_check.h"

#include <gtest/gtest.h>

#include <map>

namespace tally::ocr {
namespace {

Word At(const std::string& text, double x0, double y0, double x1, double y1) {
  Word w;
  w.text = text;
  w.box = {x0, y0, x1, y1};
  return w;
}

TEST(LayerCheck, SignificantKeepsWordsAndNumbersOnly) {
  struct Case {
    const char* in;
    std::u32string want;
  } cases[] = {
      {"执行率 100%", U"执行率100%"},
      {"１２．５％，", U"12.5%"},  // full-width forms as ASCII
      {"（一）资金：437.32万元。", U"一资金437.32万元"},
      {"Budget  OK", U"BudgetOK"},
      {"，、；：“”《》", U""},
  };
  for (const Case& c : cases) EXPECT_EQ(Significant(c.in), c.want) << c.in;
}

TEST(LayerCheck, WordsAreGroupedIntoLinesLeftToRight) {
  // Two lines, their words out of order; a word whose centre is inside the
  // first line's height joins it even if a little lower.
  std::vector<Word> words = {
      At("资金", 150, 101, 200, 113), At("预算", 100, 100, 150, 112),
      At("执行率", 100, 130, 160, 142), At("100%", 160, 131, 190, 143)};
  std::vector<LayerLine> lines = SampleLayerLines(words, 8, 1);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "预算资金");
  EXPECT_EQ(lines[1].text, "执行率100%");
  EXPECT_DOUBLE_EQ(lines[0].box.x0, 100);
  EXPECT_DOUBLE_EQ(lines[0].box.x1, 200);
}

TEST(LayerCheck, SampleSpreadsOverThePageAndSkipsShortLines) {
  std::vector<Word> words;
  for (int i = 0; i < 40; ++i) {
    // Every fifth line is a page number or a dash: too short to judge.
    std::string text = i % 5 == 4 ? "-3-" : "第" + std::to_string(i) + "行文字";
    words.push_back(At(text, 72, 50 + 18 * i, 300, 62 + 18 * i));
  }
  std::vector<LayerLine> lines = SampleLayerLines(words, 4);
  ASSERT_EQ(lines.size(), 4u);
  // 32 lines qualify; the middles of four bands of eight.
  EXPECT_EQ(lines[0].text, "第5行文字");
  EXPECT_EQ(lines[1].text, "第15行文字");
  EXPECT_EQ(lines[2].text, "第25行文字");
  EXPECT_EQ(lines[3].text, "第35行文字");
  for (const LayerLine& l : lines) EXPECT_GE(Significant(l.text).size(), 4u);
  EXPECT_TRUE(SampleLayerLines(words, 0).empty());
  EXPECT_TRUE(SampleLayerLines({At("-3-", 1, 1, 9, 9)}, 8).empty());
}

// Reads a box as the text the test gave for the line at its top edge.
class LinesDouble : public OcrEngine {
 public:
  explicit LinesDouble(std::map<int, std::string> by_top)
      : by_top_(std::move(by_top)) {}
  StatusOr<PageContent> Recognize(const Raster&, int) override {
    return Internal("not used");
  }
  StatusOr<std::vector<std::string>> ReadLines(
      const Raster&, const std::vector<Box>& lines) override {
    std::vector<std::string> out;
    for (const Box& b : lines) out.push_back(by_top_[int(b.y0)]);
    asked += int(lines.size());
    return out;
  }
  int asked = 0;

 private:
  std::map<int, std::string> by_top_;
};

TEST(LayerCheck, MeasuresTheLayerAgainstTheLinesRead) {
  std::vector<Word> layer = {At("预算资金437.32万元", 72, 100, 300, 112),
                             At("执行率100%。", 72, 130, 300, 142)};
  Options o;
  Raster image;  // the double does not look at it
  struct Case {
    const char* name;
    std::map<int, std::string> read;
    int edits;
  } cases[] = {
      // Spaces and punctuation do not count against a layer.
      {"same", {{100, "预算资金 437.32 万元"}, {130, "执行率 100%"}}, 0},
      {"one digit", {{100, "预算资金437.52万元"}, {130, "执行率100%"}}, 1},
      {"other text", {{100, "合计"}, {130, "无"}}, 19},
  };
  for (const Case& c : cases) {
    LinesDouble engine(c.read);
    StatusOr<LayerCheck> got = CheckTextLayer(&engine, image, layer, o);
    ASSERT_TRUE(got.ok()) << c.name << ": " << got.status().ToString();
    EXPECT_EQ(engine.asked, 2) << c.name;
    EXPECT_EQ(got->lines, 2) << c.name;
    EXPECT_EQ(got->chars, 19) << c.name;  // 12 + 7 significant
    EXPECT_EQ(got->edits, c.edits) << c.name;
  }
  LinesDouble engine({{100, "预算资金437.52万元"}, {130, "执行率100%"}});
  LayerCheck one = *CheckTextLayer(&engine, image, layer, o);
  EXPECT_EQ(one.Describe(), "CER 5.3% over 2 sampled lines");
}

TEST(LayerCheck, AnEngineThatCannotReadLinesSaysSo) {
  class PageOnly : public OcrEngine {
    StatusOr<PageContent> Recognize(const Raster&, int) override {
      return PageContent();
    }
  } engine;
  StatusOr<LayerCheck> got =
      CheckTextLayer(&engine, Raster(),
                     {At("预算资金437.32万元", 72, 100, 300, 112)}, Options());
  EXPECT_EQ(got.status().code(), StatusCode::kUnsupported);
  // Nothing to sample: nothing asked of the engine, nothing measured.
  got = CheckTextLayer(&engine, Raster(), {}, Options());
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->lines, 0);
  EXPECT_EQ(got->cer(), 0);
}

}  // namespace
}  // namespace tally::ocr
