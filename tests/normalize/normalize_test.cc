#include "normalize/normalize.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace tally::normalize {
namespace {

std::unique_ptr<Normalizer> Make(const Options& options = Options()) {
  auto n = Normalizer::Create(options);
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  return std::move(*n);
}

std::string Join(const std::vector<InputLine>& lines) {
  std::string s;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) s += '\n';
    s += lines[i].text;
  }
  return s;
}

// What an input character may legitimately become in the output: itself,
// its NFKC half-width form, its full-width punctuation form, 〔〕 for [],
// a space for any whitespace, or a separator for the line break.
bool Related(char32_t out, char32_t in) {
  if (out == in) return true;
  auto narrow = [](char32_t c) -> char32_t {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
    if (c == 0x3000 || c == 0xA0) return ' ';
    return c;
  };
  if (narrow(out) == narrow(in)) return true;
  if (out == U'〔' && narrow(in) == '[') return true;
  if (out == U'〕' && narrow(in) == ']') return true;
  if ((out == U'≥' && in == U'≧') || (out == U'≤' && in == U'≦')) return true;
  if ((out == ' ' || out == '\n') && in == '\n') return true;
  // A row glued onto the line before is broken off at its spaces.
  if (out == '\n' && (in == ' ' || in == 0x3000)) return true;
  // A plain-text table's cell separator: a pipe, a run of spaces, or the
  // break after a cell saved a line each.
  if (out == '\t' && (in == '|' || in == ' ' || in == 0x3000 || in == '\n' ||
                      in == 0x2502 || in == 0x2503 || in == 0x2551)) {
    return true;  // (or a box-drawn table's bar: │ ┃ ║)
  }
  return false;
}

// Checks the offset map contract on every test: size, monotone, last entry,
// and every output character maps to an input character it is related to
// (so for "预算 １２" the output '1' maps to the offset of '１').
// strict=false checks only Han characters, for inputs with expanding or
// composing NFKC mappings (⑴ -> "(1)", e + U+0301 -> é).
void ExpectValidOffsets(const std::string& input, const Normalized& out,
                        bool strict = true) {
  ASSERT_EQ(out.offsets.size(), out.text.size() + 1);
  EXPECT_EQ(out.offsets.back(), input.size());
  for (size_t i = 0; i + 1 < out.offsets.size(); ++i) {
    ASSERT_LE(out.offsets[i], out.offsets[i + 1]) << "at byte " << i;
    ASSERT_LT(out.offsets[i], input.size()) << "at byte " << i;
  }
  for (size_t i = 0; i < out.text.size();) {
    size_t start = i;
    char32_t o = DecodeUtf8(out.text, &i);
    for (size_t k = start; k < i; ++k) {
      ASSERT_EQ(out.offsets[k], out.offsets[start]);
    }
    size_t at = out.offsets[start];
    char32_t in = DecodeUtf8(input, &at);
    // A Han character is never rewritten, so it maps to itself even where
    // NFKC expansions make the strict check inapplicable.
    if (IsHan(o)) {
      ASSERT_EQ(uint32_t(o), uint32_t(in)) << "at byte " << start;
    }
    if (!strict) continue;
    EXPECT_TRUE(Related(o, in))
        << "output U+" << std::hex << uint32_t(o) << " at byte " << std::dec
        << start << " maps to input U+" << std::hex << uint32_t(in);
  }
}

std::string Text(const std::string& input, const Options& options = Options()) {
  auto n = Make(options);
  Normalized out = n->NormalizeText(input);
  ExpectValidOffsets(input, out);
  return out.text;
}

std::string Lines(const std::vector<InputLine>& lines,
                  const Options& options = Options()) {
  auto n = Make(options);
  Normalized out = n->Normalize(lines);
  ExpectValidOffsets(Join(lines), out);
  return out.text;
}

TEST(NormalizeTest, FullWidthDigitsAndPercent) {
  EXPECT_EQ(Text("１２．５％"), "12.5%");
  EXPECT_EQ(Text("执行率１００％，ＤＩＰ"), "执行率100%，DIP");
}

TEST(NormalizeTest, HeaderExample) {
  auto n = Make();
  std::vector<InputLine> lines = {{"预算 １２．５ 万", 1.0}, {"元。", 0.1}};
  Normalized out = n->Normalize(lines);
  ExpectValidOffsets(Join(lines), out);
  EXPECT_EQ(out.text, "预算12.5万元。");
  EXPECT_EQ(out.offsets[6], 7u);
}

TEST(NormalizeTest, OffsetOfFullWidthDigitPointsAtIt) {
  auto n = Make();
  std::string in = "预算 １２";
  Normalized out = n->NormalizeText(in);
  ExpectValidOffsets(in, out);
  ASSERT_EQ(out.text, "预算12");
  // "预算" is 6 bytes, the space 1, so '１' starts at 7 and '２' at 10.
  EXPECT_EQ(out.offsets[6], 7u);
  EXPECT_EQ(out.offsets[7], 10u);
  EXPECT_EQ(in.substr(out.offsets[6], 3), "１");
  EXPECT_EQ(out.offsets[0], 0u);
  EXPECT_EQ(out.offsets[3], 3u);
}

TEST(NormalizeTest, PunctuationBecomesFullWidth) {
  EXPECT_EQ(Text("其中:一般公共预算,包括(一)项;是否?是!"),
            "其中：一般公共预算，包括（一）项；是否？是！");
  // Full-width input survives NFKC and the fold unchanged.
  EXPECT_EQ(Text("其中：收入（万元）"), "其中：收入（万元）");
}

TEST(NormalizeTest, DigitCommaAndColonStayAscii) {
  EXPECT_EQ(Text("收入1,234.5元,时间12:30"), "收入1,234.5元，时间12:30");
  // Full-width between digits is numeric punctuation too.
  EXPECT_EQ(Text("１，２３４"), "1,234");
  // Only with a digit on both sides.
  EXPECT_EQ(Text("得分10,合格"), "得分10，合格");
}

TEST(NormalizeTest, LatinRunsKeepAsciiPunctuation) {
  EXPECT_EQ(Text("网址 http://www.gov.cn 查询"), "网址http://www.gov.cn查询");
  EXPECT_EQ(Text("Tel: 6926786"), "Tel: 6926786");
  EXPECT_EQ(Text("Hello, world! Note; fine? yes"),
            "Hello, world! Note; fine? yes");
  // Chinese text that mixes in Latin keeps Chinese punctuation.
  EXPECT_EQ(Text("APP:下载"), "APP：下载");
  EXPECT_EQ(Text("DRG，DIP"), "DRG，DIP");
  EXPECT_EQ(Text("Tel:6926786"), "Tel：6926786");
  EXPECT_EQ(Text("100, 200"), "100，200");
}

TEST(NormalizeTest, BracketedYearBecomesTortoiseShell) {
  EXPECT_EQ(Text("粤财社[2019]299 号"), "粤财社〔2019〕299号");
  EXPECT_EQ(Text("湘财预〔2021〕337 号"), "湘财预〔2021〕337号");
  EXPECT_EQ(Text("冀财社［2019］30号"), "冀财社〔2019〕30号");
  // Not a year: left alone.
  EXPECT_EQ(Text("见[12]号"), "见[12]号");
}

TEST(NormalizeTest, CjkComparisonFormsBecomeTheMathSigns) {
  EXPECT_EQ(Text("覆盖率≧95%，投诉率≦5%"), "覆盖率≥95%，投诉率≤5%");
  EXPECT_EQ(Text("≧ | 100 | %"), "≥\t100\t%");  // a form's 指标性质 cell
}

TEST(NormalizeTest, NumericSignsStayAsIs) {
  EXPECT_EQ(Text("≥90% ≤ 60 分钟 +5 -3 比 1/2"), "≥90% ≤60分钟+5 -3比1/2");
  EXPECT_EQ(Text("90（含）-100 分"), "90（含）-100分");
}

TEST(NormalizeTest, EllipsisAndCircledNumbersKept) {
  EXPECT_EQ(Text("等…"), "等…");
  EXPECT_EQ(Text("①12人"), "①12人");
  // Parenthesised numbers do fold, and then read as a list marker.
  auto n = Make();
  std::string in = "⑴预算";
  Normalized out = n->NormalizeText(in);
  ExpectValidOffsets(in, out, /*strict=*/false);
  EXPECT_EQ(out.text, "（1）预算");
  // All three code points of the expansion map to the start of ⑴.
  EXPECT_EQ(out.offsets[0], 0u);
  EXPECT_EQ(out.offsets[3], 0u);
  EXPECT_EQ(out.offsets[4], 0u);
  EXPECT_EQ(out.offsets[7], 3u);
}

TEST(NormalizeTest, SpacesNextToHanRemoved) {
  EXPECT_EQ(Text("填 报 人：卢玉华"), "填报人：卢玉华");
  EXPECT_EQ(Text("2020 年度 能力 提升"), "2020年度能力提升");
  EXPECT_EQ(Text("财政厅\u3000河北省\u00a0医保局"), "财政厅河北省医保局");
  EXPECT_EQ(Text("(一) 项目总体情况"), "（一）项目总体情况");
}

TEST(NormalizeTest, SpacesBetweenLatinWordsKept) {
  EXPECT_EQ(Text("  Diagnosis   Intervention\u3000Packet  "),
            "Diagnosis Intervention Packet");
  EXPECT_EQ(Text("DIP 全国 试点"), "DIP全国试点");
}

TEST(NormalizeTest, SpacesInsideNumbersRemoved) {
  EXPECT_EQ(Text("拨付 437. 32 万元"), "拨付437.32万元");
  EXPECT_EQ(Text("金额 20 505.48 万元"), "金额20505.48万元");
  EXPECT_EQ(Text("约 437 .32"), "约437.32");
  EXPECT_EQ(Text("90 %"), "90%");
  EXPECT_EQ(Text("共 1 234 567 元"), "共1234567元");
  // A list marker keeps its space before a year; a column gap stays a gap.
  EXPECT_EQ(Text("1. 2020 年全市"), "1. 2020年全市");
  EXPECT_EQ(Text("15    15"), "15 15");
}

// Two numbers side by side are two numbers: only a thousands group (three
// digits going on as a number) joins across one space.
TEST(NormalizeTest, NumbersSideBySideStayApart) {
  EXPECT_EQ(Text("表1 2023年部门预算"), "表1 2023年部门预算");
  EXPECT_EQ(Text("合计数 194.19 194.19"), "合计数\t194.19\t194.19");  // cells
  EXPECT_EQ(Text("12 345"), "12 345");  // no decimal part, no second group
  // Groups followed by one more figure are a row of figures, not one; so
  // are groups without a unit (年初预算, 全年预算, 执行数 of a flattened row).
  EXPECT_EQ(Text("年度资金总额 287 287 171 10 60% 6"),
            "年度资金总额\t287\t287\t171\t10\t60%\t6");
  // (Lines laid out from a PDF, whose widths are known, are not read as
  // spaced cells.)
  EXPECT_EQ(Lines({{"其中:当年财政拨款 287 287 171", 0.6}}),
            "其中：当年财政拨款287 287 171");
  EXPECT_EQ(Lines({{"共 1 234 567 元", 0.6}}), "共1234567元");
  EXPECT_EQ(Lines({{"拨款 287 287 171 上年结转 15 60% 6", 0.9}}),
            "拨款287 287 171上年结转15 60% 6");
}

// A web page's table saved as text: cells separated by '|'.
TEST(NormalizeTest, PipeSeparatedLinesAreTableRows) {
  EXPECT_EQ(Text("年度资金总额: | 808.1 | 692.98 | 86% | ||||"),
            "年度资金总额：\t808.1\t692.98\t86%\t\t\t\t\t");
  EXPECT_EQ(Text("甲|乙 丙"), "甲|乙丙");  // one pipe is text
}

// A table flattened with spaces: figures or short headings in cells.
TEST(NormalizeTest, PipesThatOpenAndCloseALineAreBorders) {
  EXPECT_EQ(Text("| 项目 | 预算数 | 执行数 |\n| 合计 | 4,046.00 | 3,947.50 |"),
            "项目\t预算数\t执行数\n合计\t4,046.00\t3,947.50");
  // A row's empty cells keep their place between the borders.
  EXPECT_EQ(Text("| 合计 | | 4,046.00 |"), "合计\t\t4,046.00");
}

TEST(NormalizeTest, SpacedLinesOfCellsAreTableRows) {
  EXPECT_EQ(Text("  年度资金总额 287 287 171 10 60% 6"),
            "年度资金总额\t287\t287\t171\t10\t60%\t6");
  EXPECT_EQ(Text("质量指标 服务达标率 80% 80% 20 20  "),
            "质量指标\t服务达标率\t80%\t80%\t20\t20");
  EXPECT_EQ(Text("一级指标 二级指标 三级指标 分值 得分"),
            "一级指标\t二级指标\t三级指标\t分值\t得分");
  // A rate per so many people (≤12/10万, 0/10万) is a figure.
  EXPECT_EQ(Text("效益指标 社会效益 孕产妇死亡率 ≤12/10万 0/10万 100%"),
            "效益指标\t社会效益\t孕产妇死亡率\t≤12/10万\t0/10万\t100%");
  // Fewer headings are a header only right above a row.
  EXPECT_EQ(Text("一级指标 分值 得分\n产出指标 50 47.5"),
            "一级指标\t分值\t得分\n产出指标\t50\t47.5");
  EXPECT_EQ(Text("项目 预算 支出\n人员经费 60.25 58.5"),
            "项目\t预算\t支出\n人员经费\t60.25\t58.5");
  // A heading may open with its column's year; a year alone is no heading.
  EXPECT_EQ(Text("项目   2023年预算数   2023年度决算数\n合计   58.60   47.39"),
            "项目\t2023年预算数\t2023年度决算数\n合计\t58.60\t47.39");
  // A heading may join its alternatives with a slash.
  EXPECT_EQ(
      Text("单位/项目名称    年初预算数   执行数\n合计   1780.00   1768.10"),
      "单位/项目名称\t年初预算数\t执行数\n合计\t1780.00\t1768.10");
  EXPECT_EQ(Text("2023年度      单位：万元\n科目编码  科目名称  决算数\n"
                 "          合计    20,131.20\n"
                 "     205  教育支出    15,807.80\n"
                 "   20501  教育管理事务    238.47"),
            "2023年度单位：万元\n科目编码\t科目名称\t决算数\n合计\t20,131.20\n"
            "205\t教育支出\t15,807.80\n20501\t教育管理事务\t238.47");
  // "项目 金额" over a figure with its unit is text (a PDF's spacing).
  EXPECT_EQ(Text("项目 金额\n人员经费 60.25 万元"),
            "项目金额\n人员经费60.25万元");
  EXPECT_EQ(Text("一级指标 分值 得分\n产出指标完成良好。"),
            "一级指标分值得分\n产出指标完成良好。");
  // A PDF's spacing inside a sentence is no table.
  EXPECT_EQ(
      Text("预算项目共有 9 项，预算资金共计 192.31 万元，支出 158.89 万元"),
      "预算项目共有9项，预算资金共计192.31万元，支出158.89万元");
  EXPECT_EQ(Text("2022 年度益阳市医疗保障局项目资金绩效 自评报告"),
            "2022年度益阳市医疗保障局项目资金绩效自评报告");
  // A table's first rows told by the rows under them: a header over a
  // row of a name and one figure, over rows of cells.
  EXPECT_EQ(Text("科目编码       科目名称       决算数\n"
                 "               合计         1,002.02\n"
                 "208   社会保障和就业支出   903.42\n"
                 "20805   行政事业单位养老支出   763.18"),
            "科目编码\t科目名称\t决算数\n合计\t1,002.02\n"
            "208\t社会保障和就业支出\t903.42\n"
            "20805\t行政事业单位养老支出\t763.18");
  // Rows of a name and a figure set apart by a column gap, two or more in
  // a row, are a table of names and values, with the header above them;
  // one such line alone, or one-space gaps, stay text.
  EXPECT_EQ(Text("项目   金额\n年初财政拨款结转和结余    58.35\n"
                 "本年财政拨款收入        1078.95"),
            "项目\t金额\n年初财政拨款结转和结余\t58.35\n"
            "本年财政拨款收入\t1078.95");
  EXPECT_EQ(Text("年初财政拨款结转和结余    58.35\n本年收入较上年增加。"),
            "年初财政拨款结转和结余58.35本年收入较上年增加。");
  EXPECT_EQ(Text("年初结转 58.35\n本年收入 1078.95"),
            "年初结转58.35\n本年收入1078.95");
  // A dash is an empty cell and a minus signs a figure: rows of dashes and
  // an 增减 column stay in their table.
  EXPECT_EQ(Text("合计 64.00 51.37 -8.25\n因公出国（境）费 - - -\n"
                 "公务接待费 18.00 11.81 -5.13"),
            "合计\t64.00\t51.37\t-8.25\n因公出国（境）费\t-\t-\t-\n"
            "公务接待费\t18.00\t11.81\t-5.13");
  // Among column gaps of two spaces or more, one space beside a lone Han
  // character spaces out a heading or a name, inside its cell.
  EXPECT_EQ(
      Text("项 目        年初预算数  决算数\n合 计        3.44        3.39\n"
           "公务接待费   1.52        1.52"),
      "项目\t年初预算数\t决算数\n合计\t3.44\t3.39\n"
      "公务接待费\t1.52\t1.52");
}

TEST(NormalizeTest, JoinsMidSentence) {
  EXPECT_EQ(Lines({{"2022 年财政预算收入 217605546.01 元，其中：一般公", 0.95},
                   {"共预算财政拨款收入 217605546.01 元。", 0.6}}),
            "2022年财政预算收入217605546.01元，其中：一般公共预算财政拨款收入"
            "217605546.01元。");
}

TEST(NormalizeTest, JoinsMidNumber) {
  EXPECT_EQ(Lines({{"医保基金实际拨付 437.", 0.98}, {"32 万元。", 0.2}}),
            "医保基金实际拨付437.32万元。");
  EXPECT_EQ(Lines({{"发放医疗救助补助资金 183.3 万元；2022", 0.97},
                   {"年 1-7 月救助。", 0.3}}),
            "发放医疗救助补助资金183.3万元；2022年1-7月救助。");
  // A leading space on the next line (a page start) does not matter.
  EXPECT_EQ(Lines({{"卫生健康收入", 0.9}, {" 217336568.13 元。", 0.4}}),
            "卫生健康收入217336568.13元。");
  // A number with its decimals is whole: a digit on the next line opens
  // another, and the lines stay apart rather than run them together.
  EXPECT_EQ(Lines({{"基本支出合计 260.82", 0.95}, {"301 人员经费小计", 0.4}}),
            "基本支出合计260.82\n301人员经费小计");
}

TEST(NormalizeTest, JoinsLatinWordsWithOneSpace) {
  EXPECT_EQ(Lines({{"performance", 0.9}, {"evaluation", 0.2}}),
            "performance evaluation");
  EXPECT_EQ(Lines({{"DIP", 0.9}, {"试点", 0.2}}), "DIP试点");
}

TEST(NormalizeTest, NoJoinAfterSentenceEnd) {
  EXPECT_EQ(Lines({{"完成市委交办的其他任务。", 0.9}, {"推进改革", 0.9}}),
            "完成市委交办的其他任务。\n推进改革");
  EXPECT_EQ(Lines({{"不留“硬缺口”。”", 0.9}, {"推进改革", 0.9}}),
            "不留“硬缺口”。”\n推进改革");
  EXPECT_EQ(Lines({{"资助资金 644.13 万元；", 0.9}, {"2022 年", 0.9}}),
            "资助资金644.13万元；\n2022年");
}

TEST(NormalizeTest, AHeadingNamingItsRowsKindsInBracketsIsAHeading) {
  EXPECT_EQ(Text("序号  县（市、区）  分配金额（万元）\n1   新阳县     118.41\n"
                 "2   云山县     74.43\n"),
            "序号\t县（市、区）\t分配金额（万元）\n1\t新阳县\t118."
            "41\n2\t云山县\t74.43");
}

TEST(NormalizeTest, BoxDrawnTablesAreReadAsPipeTables) {
  EXPECT_EQ(Text("┌────┬────┐\n"
                 "│项目│金额│\n"
                 "├────┼────┤\n"
                 "│合计│4046.00│\n"
                 "└────┴────┘\n"),
            "项目\t金额\n合计\t4046.00");
  EXPECT_EQ(Text("+------+------+\n| 合计 | 4046.00 |\n+------+------+\n"),
            "合计\t4046.00");
  // A markdown table's delimiter row under its header is no row.
  EXPECT_EQ(Text("| 项目 | 金额 |\n|---|:---:|\n| 合计 | 4046.00 |\n"),
            "项目\t金额\n合计\t4046.00");
  // One byte for one: offsets into the input stay exact.
  std::string boxed = "│合计│1│\n";
  const std::string before = boxed;
  UnboxTables(boxed);
  EXPECT_EQ(boxed.size(), before.size());
  EXPECT_EQ(boxed, "|  合计|  1|  \n");
  // Box characters inside a sentence are left alone.
  std::string prose = "图例：─ 表示道路。";
  UnboxTables(prose);
  EXPECT_EQ(prose, "图例：─ 表示道路。");
}

TEST(NormalizeTest, RowsGluedOntoOneLineArePutBackOneALine) {
  EXPECT_EQ(
      Text(
          "村名 补贴面积（亩） 补贴标准（元/亩） 补贴金额（元） 补贴户数（户） "
          "红旗村 3943.45 107.23 422856.14 730 新华村 4178.45 107.23 "
          "448055.19 928 合计 8121.90 — 870911.33 1658\n"),
      "村名\t补贴面积（亩）\t补贴标准（元/"
      "亩）\t补贴金额（元）\t补贴户数（户）\n"
      "红旗村\t3943.45\t107.23\t422856.14\t730\n"
      "新华村\t4178.45\t107.23\t448055.19\t928\n"
      "合计\t8121.90\t—\t870911.33\t1658");
  // One row only, or figures that do not fall into the header's columns:
  // left on its line.
  EXPECT_EQ(Text("项目 预算 执行 红旗村 3943.45 107.23\n").find('\n'),
            std::string::npos);
  EXPECT_EQ(
      Text("村名 面积 金额 红旗村 3943.45 107.23 新华村 4178.45\n").find('\n'),
      std::string::npos);
}

TEST(NormalizeTest, ASemicolonAtTheMarginIsWhereTheWrapFell) {
  EXPECT_EQ(
      Lines({{"其中：一般公共预算财政拨款收入1008.64万元，占26.79%；", 1.0},
             {"政府性基金预算财政拨款收入605.99万元。", 0.5}}),
      "其中：一般公共预算财政拨款收入1008.64万元，占26.79%；"
      "政府性基金预算财政拨款收入605.99万元。");
  // Plain text hard-wrapped at 79 columns: a line of 76 ending in ; wraps.
  EXPECT_EQ(Text("2020年本年收入合计3765.66万元,其中:一般公共预算财政拨款收入"
                 "1008.64万元,占26.79%\n"
                 ";政府性基金预算财政拨款收入605.99万元,占16.09%;事业收入"
                 "2148.69万元,占57.06%;\n"
                 "其他收入2.34万元,占0.06%。\n"),
            "2020年本年收入合计3765.66万元，其中：一般公共预算财政拨款收入"
            "1008.64万元，占26.79%；政府性基金预算财政拨款收入605.99万元，"
            "占16.09%；事业收入2148.69万元，占57.06%；其他收入2.34万元，占"
            "0.06%。");
  // Paragraphs never wrapped (wider than any printed line) keep theirs.
  EXPECT_EQ(Text("2025年一般公共预算支出预算5,642.80万元，比2024年预算5,318.40"
                 "万元增加324.40万元。按支出功能分类具体为：一般公共服务支出"
                 "48.60万元；\n社会保障和就业支出326.45万元；\n"),
            "2025年一般公共预算支出预算5,642.80万元，比2024年预算5,318.40万元"
            "增加324.40万元。按支出功能分类具体为：一般公共服务支出48.60万元"
            "；\n社会保障和就业支出326.45万元；");
}

TEST(NormalizeTest, NoJoinBeforeMarkers) {
  const char* kMarked[] = {"一、基本情况",   "（二）评价方法",  "(二)评价方法",
                           "2.部门整体支出", "2. 部门整体支出", "（3）预算编制",
                           "1、资金管理",    "2．目标设置",     "第一章总则",
                           "第三部分结论",   "①数量指标",       "十二、其他"};
  for (const char* marked : kMarked) {
    std::string out =
        Lines({{"一段文字占满整行而且没有结束", 1.0}, {marked, 0.9}});
    EXPECT_NE(out.find('\n'), std::string::npos) << marked << " -> " << out;
  }
  // Lookalikes that are not markers do join.
  EXPECT_EQ(Lines({{"预算资金共计", 1.0}, {"2.5 万元", 0.3}}),
            "预算资金共计2.5万元");
  EXPECT_EQ(
      Lines({{"职工基本医疗保险待遇报销 18629 万元", 1.0},
             {"（含生育保险待遇报销 1119 万元）。", 0.6}}),
      "职工基本医疗保险待遇报销18629万元（含生育保险待遇报销1119万元）。");
  EXPECT_EQ(Lines({{"评价等级分为", 1.0}, {"一等和二等", 0.3}}),
            "评价等级分为一等和二等");
}

TEST(NormalizeTest, NoJoinAcrossTableRows) {
  std::vector<InputLine> lines = {{"项目名称\t医疗服务和保障能力提升", 1.0},
                                  {"主管部门\t益阳市医疗保障局", 1.0},
                                  {"一段占满整行没有结束的文字", 1.0},
                                  {"另起一行", 0.3}};
  EXPECT_EQ(Lines(lines),
            "项目名称\t医疗服务和保障能力提升\n主管部门\t益阳市医疗保障局\n"
            "一段占满整行没有结束的文字另起一行");
  // table_row without a tab is a row too.
  InputLine row{"产出指标", 1.0, true};
  EXPECT_EQ(Lines({{"占满整行没有结束", 1.0}, row, {"续", 0.2}}),
            "占满整行没有结束\n产出指标\n续");
}

TEST(NormalizeTest, NoJoinOntoRowsOfNamesAndFigures) {
  // A name-and-figure table saved as text: the first row is as wide as the
  // page, but the rows after it end short with a figure and no comma.
  EXPECT_EQ(Lines({{"转移支付资金合计(万元) 年度预算资金总额): 1084.25 ", 1.0},
                   {"其中:中央补助 668.00 ", 0.4},
                   {"市级资金 343.00 ", 0.3}}),
            "转移支付资金合计（万元）年度预算资金总额）：1084.25\n"
            "其中：中央补助668.00\n市级资金343.00");
  // A sentence wrapped after a figure still joins: its next line carries
  // a comma or a stop, or runs the page's width.
  EXPECT_EQ(Lines({{"全年预算数为 194.19", 1.0}, {"万元，执行数 194.19", 0.4}}),
            "全年预算数为194.19万元，执行数194.19");
  EXPECT_EQ(Lines({{"截至 2023 年 12 月底共支付 2022", 1.0},
                   {"年度结转资金 45", 1.0},
                   {"万元。", 0.1}}),
            "截至2023年12月底共支付2022年度结转资金45万元。");
}

TEST(NormalizeTest, TabCellsPreserved) {
  EXPECT_EQ(Text("项目名称\t医疗服务 和保障\t\t\t"),
            "项目名称\t医疗服务和保障\t\t\t");
  EXPECT_EQ(Text("\t年度资金总额 \t 194.19\t194.19\t\t10分"),
            "\t年度资金总额\t194.19\t194.19\t\t10分");
  EXPECT_EQ(Text("年初 预算数\t全年 预算数\n\t\t"),
            "年初预算数\t全年预算数\n\t\t");
}

TEST(NormalizeTest, HeadingNotJoinedToItsParagraph) {
  EXPECT_EQ(Lines({{"（一）部门整体概况", 0.3},
                   {"乐昌市医疗保障局主要是制定本市医疗保障事业发展", 1.0},
                   {"规划。", 0.1}}),
            "（一）部门整体概况\n乐昌市医疗保障局主要是制定本市医疗保障事业发展"
            "规划。");
  // A heading that ends with a colon ends even when its line is full.
  EXPECT_EQ(Lines({{"1.部门整体收入情况：", 0.9}, {"收入 100 元。", 0.5}}),
            "1.部门整体收入情况：\n收入100元。");
  // A colon that does not end a heading is mid-sentence.
  EXPECT_EQ(Lines({{"收入 100 元，其中：", 0.9}, {"工资 60 元。", 0.5}}),
            "收入100元，其中：工资60元。");
}

TEST(NormalizeTest, HeadingEndingInBracketNotJoined) {
  EXPECT_EQ(Lines({{"（3）国库集中支付结转结余存量资金效率性（3 分）", 0.9},
                   {"2022 年度无财政存量考核中国库集中支付结转结余存", 1.0},
                   {"量资金。", 0.2}}),
            "（3）国库集中支付结转结余存量资金效率性（3分）\n"
            "2022年度无财政存量考核中国库集中支付结转结余存量资金。");
  // A list item holding a sentence is not a heading: it wraps on.
  EXPECT_EQ(Lines({{"1.实施待遇。报销 18629 万元（含生育保险）", 0.9},
                   {"等费用。", 0.2}}),
            "1.实施待遇。报销18629万元（含生育保险）等费用。");
}

TEST(NormalizeTest, MarkdownHeadingsKeptAndNotJoined) {
  EXPECT_EQ(Text("## 三、绩效自评结论\n#### (一) 项目总体情况\n正文。"),
            "## 三、绩效自评结论\n#### （一）项目总体情况\n正文。");
  // Not a heading: '#' without a space, or inside a line.
  EXPECT_EQ(Text("#1 号 # 标题"), "#1号#标题");
}

// Text that was never hard-wrapped (a paragraph per line, as seed 000): a
// line longer than any printed line that stops mid-sentence was cut by a
// page break and joins; a short unfinished line does not.
TEST(NormalizeTest, ParagraphPerLineJoinsAtPageBreak) {
  EXPECT_EQ(
      Text(
          "评价对象和范围：2020 年各项医保工作\n\n"
          "1. 围绕重点工作，全面落实医保政策待遇。2020 年全市医保报销 300046 "
          "人次，金额 20505.48 万元；开展困难群众医疗救助\n\n"
          "10365 人次，救助金额 674.84 万元；完成 2020 年度参保缴费工作任务 "
          "38.2 万人。\n\n"
          "2. 全面落实疫情防控期间特殊医保待遇政策，开展核酸检测费用结算两批次 "
          "47622 人次，291.85 万元。\n"),
      "评价对象和范围：2020年各项医保工作\n"
      "1.围绕重点工作，全面落实医保政策待遇。2020年全市医保报销300046人次，"
      "金额20505.48万元；开展困难群众医疗救助10365人次，救助金额674.84万元；"
      "完成2020年度参保缴费工作任务38.2万人。\n"
      "2.全面落实疫情防控期间特殊医保待遇政策，开展核酸检测费用结算两批次"
      "47622人次，291.85万元。");
}

TEST(NormalizeTest, ShortLineEndsParagraph) {
  EXPECT_EQ(Lines({{"乐昌市医疗保障局", 0.3}, {"2021年2月12日", 0.3}}),
            "乐昌市医疗保障局\n2021年2月12日");
}

// A verbatim excerpt of seed 001 (plain text: one wrapped line per source
// line, a blank line after most of them), with fill unknown.
constexpr char kSeed001Excerpt[] =
    " 一、部门的基本情况\n"
    "\n"
    "（一）部门整体概况\n"
    "\n"
    "1.部门主要职责\n"
    "\n"
    "乐昌市医疗保障局主要是制定本市医疗保障事业发展\n"
    "\n"
    "规划、各项医疗保障政策措施并组织实施和监督检查，建立\n"
    "\n"
    "健全医疗保障基金安全防控机制，负责医疗保障经办管理、\n"
    "\n"
    "公共服务体系和信息化建设，完成市委、市政府和韶关市医\n"
    "\n"
    "疗保障局交办的其他任务。推进医疗、医保、医药“三医联\n"
    "\n"
    "动”改革，建立健全覆盖全民城乡统筹的多层次医疗保障体\n"
    "\n"
    "系。与市卫生健康局等部门在医疗、医保、医药等方面加强\n"
    "\n"
    "制度、政策衔接，建立沟通协商机制，协同推进改革，提高\n"
    "\n"
    "医疗资源使用效率和医疗保障水平。\n"
    "\n"
    "（二）部门整体收支情况\n"
    "\n"
    "1.部门整体收入。\n"
    "\n"
    "2022 年财政预算收入 217605546.01 元，其中：一般公\n"
    "\n"
    "共预算财政拨款收入 217605546.01 元。\n"
    "\n"
    "一般公共预算财政拨款收入 217605546.01 元，其中：\n"
    "\n"
    "社会保障和就业收入 170795.88 元、卫生健康收入\n"
    " 217336568.13 元、住房保障收入 98182.00 元。\n"
    "\n"
    "三、绩效分析\n"
    "\n"
    "（一）预算编制情况\n"
    "\n"
    "1.预算编制。\n"
    "\n"
    "（1）预算编制合理性（5 分）。\n"
    "\n"
    "2022 年预算编制符合医保局职责，符合市委市政府的方\n"
    "\n"
    "针政策和工作要求，预算资金根据项目的轻重缓急进行分配。\n"
    " （2）预算编制规范性（5 分）。\n";

TEST(NormalizeTest, UnknownFillEstimatedOnSeedExcerpt) {
  EXPECT_EQ(
      Text(kSeed001Excerpt),
      "一、部门的基本情况\n"
      "（一）部门整体概况\n"
      "1.部门主要职责\n"
      "乐昌市医疗保障局主要是制定本市医疗保障事业发展规划、各项医疗保障政策"
      "措施并组织实施和监督检查，建立健全医疗保障基金安全防控机制，负责医疗"
      "保障经办管理、公共服务体系和信息化建设，完成市委、市政府和韶关市医疗"
      "保障局交办的其他任务。推进医疗、医保、医药“三医联动”改革，建立健全"
      "覆盖全民城乡统筹的多层次医疗保障体系。与市卫生健康局等部门在医疗、医"
      "保、医药等方面加强制度、政策衔接，建立沟通协商机制，协同推进改革，提"
      "高医疗资源使用效率和医疗保障水平。\n"
      "（二）部门整体收支情况\n"
      "1.部门整体收入。\n"
      "2022年财政预算收入217605546.01元，其中：一般公共预算财政拨款收入"
      "217605546.01元。\n"
      "一般公共预算财政拨款收入217605546.01元，其中：社会保障和就业收入"
      "170795.88元、卫生健康收入217336568.13元、住房保障收入98182.00元。\n"
      "三、绩效分析\n"
      "（一）预算编制情况\n"
      "1.预算编制。\n"
      "（1）预算编制合理性（5分）。\n"
      "2022年预算编制符合医保局职责，符合市委市政府的方针政策和工作要求，预"
      "算资金根据项目的轻重缓急进行分配。\n"
      "（2）预算编制规范性（5分）。");
}

// A page of short lines (a form's cells one per line): a long cell is a
// line of its own, not a wrapped one, and only a figure after it (its
// value) joins it; wrapped text among the cells, lines of the widest width
// three times or more, joins as ever. Fewer than eight lines are no page
// of cells.
TEST(NormalizeTest, PageOfShortLinesKeepsItsCells) {
  EXPECT_EQ(
      Text("2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表\n"
           "项目名称\n申报工作经费\n一级指标\n二级指标\n三级指标\n"
           "产出指标\n数量指标\n"
           "完成省级宣传片制作；完成实施方案的编制；完成评估报告\n"
           "完成1部宣传片\n10\n满意度指标\n"
           "申报定向费用补贴金融机构满意度\n≥80%\n"),
      "2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表\n"
      "项目名称\n申报工作经费\n一级指标\n二级指标\n三级指标\n"
      "产出指标\n数量指标\n"
      "完成省级宣传片制作；完成实施方案的编制；完成评估报告\n"
      "完成1部宣传片\n10\n满意度指标\n"
      "申报定向费用补贴金融机构满意度≥80%");
  EXPECT_EQ(Text("项目名称\n申报工作经费\n一级指标\n二级指标\n三级指标\n"
                 "产出指标\n数量指标\n质量指标\n时效指标\n成本指标\n效益指标\n"
                 "偏差原因：第三方咨询单位已编制完成海绵城市自评估报告并通过\n"
                 "专家评审，根据合同约定的付款进度支付了部分款项，余款待审计\n"
                 "后支付，因此预算执行率未达到百分之百，已列入下一年度计划中\n"
                 "支付。\n"),
            "项目名称\n申报工作经费\n一级指标\n二级指标\n三级指标\n"
            "产出指标\n数量指标\n质量指标\n时效指标\n成本指标\n效益指标\n"
            "偏差原因：第三方咨询单位已编制完成海绵城市自评估报告并通过"
            "专家评审，根据合同约定的付款进度支付了部分款项，余款待审计"
            "后支付，因此预算执行率未达到百分之百，已列入下一年度计划中"
            "支付。");
  EXPECT_EQ(
      Text("2023年医院门急诊服务量28.6万人次，较2022年的24.2万人次增加4.4万"
           "人次，同比增\n长16.2%；全年出院患者1.12万人次。\n"),
      "2023年医院门急诊服务量28.6万人次，较2022年的24.2万人次增加4.4万"
      "人次，同比增长16.2%；全年出院患者1.12万人次。");
}

TEST(NormalizeTest, BlankLineBreaksSingleSpacedText) {
  // Single-spaced text: a blank line is a paragraph break even after a full
  // line that does not end a sentence.
  EXPECT_EQ(Lines({{"第一段占满整行", 1.0},
                   {"继续第一段", 1.0},
                   {"", -1},
                   {"第二段", 0.3}}),
            "第一段占满整行继续第一段\n第二段");
}

TEST(NormalizeTest, NoEmptyOutputLines) {
  std::string out = Text("\n\n甲。\n\n\n\n乙。\n   \n\t丙\n\n");
  EXPECT_EQ(out, "甲。\n乙。\n\t丙");
  EXPECT_EQ(out.find("\n\n"), std::string::npos);
}

TEST(NormalizeTest, InvalidUtf8BecomesReplacementCharacter) {
  auto n = Make();
  std::string in = "预算\xff\xfe元\xe4\xb8";
  Normalized out = n->NormalizeText(in);
  ExpectValidOffsets(in, out);
  EXPECT_EQ(out.text, "预算\uFFFD\uFFFD元\uFFFD\uFFFD");
  // Each U+FFFD maps to the bad byte it replaces.
  EXPECT_EQ(out.offsets[6], 6u);
  EXPECT_EQ(out.offsets[9], 7u);
  EXPECT_EQ(out.offsets[15], 11u);
  EXPECT_EQ(out.offsets[18], 12u);
}

TEST(NormalizeTest, EmptyInput) {
  auto n = Make();
  Normalized a = n->NormalizeText("");
  EXPECT_EQ(a.text, "");
  EXPECT_EQ(a.offsets, std::vector<uint32_t>{0});
  Normalized b = n->NormalizeText("\n \n");
  EXPECT_EQ(b.text, "");
  EXPECT_EQ(b.offsets, std::vector<uint32_t>{3});
  Normalized c = n->Normalize({});
  EXPECT_EQ(c.text, "");
  EXPECT_EQ(c.offsets, std::vector<uint32_t>{0});
}

TEST(NormalizeTest, OptionsSwitchStepsOff) {
  Options o;
  o.nfkc = false;
  EXPECT_EQ(Text("１２ 万元", o), "１２万元");
  o = Options();
  o.fold_punctuation = false;
  EXPECT_EQ(Text("其中:收入", o), "其中:收入");
  o = Options();
  o.remove_layout_spaces = false;
  EXPECT_EQ(Text("  填 报 人  ", o), "填 报 人");
  o = Options();
  o.join_lines = false;
  EXPECT_EQ(Lines({{"一般公", 1.0}, {"共预算", 1.0}}, o), "一般公\n共预算");
}

TEST(NormalizeTest, OffsetsOfJoinAndNewlinePointAtInputNewline) {
  auto n = Make();
  std::vector<InputLine> lines = {{"ab", 1.0}, {"cd。", 1.0}, {"ef", 0.2}};
  std::string in = Join(lines);
  Normalized out = n->Normalize(lines);
  ExpectValidOffsets(in, out);
  ASSERT_EQ(out.text, "ab cd。\nef");
  EXPECT_EQ(in[out.offsets[2]], '\n');  // the joining space
  EXPECT_EQ(in[out.offsets[8]], '\n');  // the line break after 。
  EXPECT_EQ(out.offsets[9], 9u);        // 'e'
}

// Han characters of s, in order.
std::u32string HanOf(const std::string& s) {
  std::u32string han;
  for (size_t i = 0; i < s.size();) {
    char32_t c = DecodeUtf8(s, &i);
    if (IsHan(c)) han.push_back(c);
  }
  return han;
}

TEST(NormalizeTest, RandomizedProperties) {
  std::mt19937 rng(20240611);
  const std::vector<std::string> pieces = {
      "预",   "算",       "元",     "万",     "年",     "。", "，",
      "、",   "：",       "（",     "）",     "１",     "２", "．",
      "％",   "０",       "Ａ",     "ｂ",     "1",      "2",  "3",
      ".",    ",",        ":",      "(",      ")",      "[",  "]",
      "a",    "Z",        " ",      " ",      "  ",     "\t", "\t",
      "\n",   "\n",       "\n\n",   "\u3000", "\u00a0", "…",  "①",
      "一、", "（一）",   "1.",     "[2019]", "%",      "≥",  "e\u0301",
      "\xff", "\xe4\xb8", "\u4e00", "\u9fa5", "!",      "?",  ";"};
  auto n = Make();
  for (int iter = 0; iter < 3000; ++iter) {
    std::string in;
    int len = std::uniform_int_distribution<int>(0, 40)(rng);
    for (int k = 0; k < len; ++k) {
      in += pieces[std::uniform_int_distribution<size_t>(
          0, pieces.size() - 1)(rng)];
    }
    // First as plain text (fill estimated), then below as lines with random
    // fills, some unknown, so both joining paths are exercised.
    Normalized out = n->NormalizeText(in);
    ExpectValidOffsets(in, out, /*strict=*/false);
    ASSERT_EQ(HanOf(out.text), HanOf(in)) << in;
    ASSERT_TRUE(IsValidUtf8(out.text)) << in;
    ASSERT_EQ(out.text.find("\n\n"), std::string::npos) << in;
    if (!out.text.empty()) {
      ASSERT_NE(out.text.front(), '\n') << in;
      ASSERT_NE(out.text.back(), '\n') << in;
    }
    std::vector<InputLine> lines;
    size_t start = 0;
    while (true) {
      size_t nl = in.find('\n', start);
      InputLine line;
      line.text = in.substr(
          start, nl == std::string::npos ? std::string::npos : nl - start);
      line.fill = std::uniform_real_distribution<double>(-1, 1)(rng);
      lines.push_back(line);
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    Normalized out2 = n->Normalize(lines);
    ExpectValidOffsets(in, out2, /*strict=*/false);
    ASSERT_EQ(HanOf(out2.text), HanOf(in)) << in;
  }
}

TEST(NormalizeTest, SeedsKeepEveryHanCharacter) {
  auto n = Make();
  int seen = 0;
  for (const char* name :
       {"000_7f69db8fca4f34bc.txt", "001_c70d33421e53e59a.txt",
        "002_e689e19a77c37165.txt", "003_8721613ab08d7715.txt",
        "004_b8c8dfb6c76e9ad3.txt"}) {
    std::ifstream f(std::string(TALLY_CORPUS) + "/seeds/" + name);
    if (!f) continue;
    std::stringstream ss;
    ss << f.rdbuf();
    std::string in = ss.str();
    Normalized out = n->NormalizeText(in);
    ExpectValidOffsets(in, out);
    EXPECT_EQ(HanOf(out.text), HanOf(in)) << name;
    EXPECT_EQ(out.text.find("\n\n"), std::string::npos) << name;
    ++seen;
  }
  if (seen == 0) GTEST_SKIP() << "no seeds under " << TALLY_CORPUS;
}

TEST(NormalizeTest, TableSavedOneCellPerLineIsPutBackInRows) {
  auto n = Make();
  // Cells a line each, blank lines and trailing pipes between them: the
  // header (corner cell and two headings) and two rows of two figures.
  std::string in =
      "经费情况（万元）\n\n2022年决算数\n2023年决算数\n公用经费 |\n\n118.31 |\n"
      "193.42\n办公经费\n29.35\n/\n说明：以上为决算数。";
  Normalized out = n->NormalizeText(in);
  ExpectValidOffsets(in, out);
  EXPECT_EQ(
      out.text,
      "经费情况（万元）\t2022年决算数\t2023年决算数\n公用经费\t118.31\t193.42\n"
      "办公经费\t29.35\t/\n说明：以上为决算数。");
  // A target printed with its bound (≥10个, =100%, ≤25万元) is a figure.
  EXPECT_EQ(n->NormalizeText("三级指标\n年度指标值\n实际完成值\n数量\n≥10个\n"
                             "10个\n合格率\n=100%\n100%\n成本\n≤25万元\n"
                             "23.6万元")
                .text,
            "三级指标\t年度指标值\t实际完成值\n数量\t≥10个\t10个\n合格率\t=100%"
            "\t100%\n成本\t≤25万元\t23.6万元");
  // Under a header whose last column is a note's (增减原因), a row may end
  // in its note, a text of its own line, or leave it empty.
  EXPECT_EQ(
      n->NormalizeText("项目\n2022年预算数\n2023年预算数\n增减\n增减原因\n"
                       "合计\n2378.77\n2415.44\n36.67\n"
                       "公务接待费\n1114.54\n989.86\n-124.68\n"
                       "严格执行中央八项规定，减少公务接待。\n"
                       "公务用车费\n1264.23\n1425.58\n161.35\n"
                       "说明：以上为预算数。")
          .text,
      "项目\t2022年预算数\t2023年预算数\t增减\t增减原因\n"
      "合计\t2378.77\t2415.44\t36.67\n"
      "公务接待费\t1114.54\t989.86\t-124.68\t"
      "严格执行中央八项规定，减少公务接待。\n"
      "公务用车费\t1264.23\t1425.58\t161.35\n说明：以上为预算数。");
  // A row of empty cells, its label and a blank line for each, among rows
  // of the shape, is a row: each blank line's break a cell's tab.
  EXPECT_EQ(n->NormalizeText("项目资金\n预算数\n执行数\n年度资金总额\n841.25\n"
                             "680.63\n其中：财政拨款\n751.46\n611.67\n"
                             "上年结转资金\n\n\n其他资金\n89.79\n68.96")
                .text,
            "项目资金\t预算数\t执行数\n年度资金总额\t841.25\t680.63\n"
            "其中：财政拨款\t751.46\t611.67\n上年结转资金\t\t\n"
            "其他资金\t89.79\t68.96");
  // A heading whose unit was set below it in its cell ("增减率" then "（%）")
  // is one column where the heading has more lines than columns.
  EXPECT_EQ(
      n->NormalizeText("项目\n上年决算\n本年决算\n增减率\n（%）\n"
                       "合计\n60.25\n20.28\n-66.34\n"
                       "公务接待费\n18.89\n6.64\n-64.85")
          .text,
      "项目\t上年决算\t本年决算\t增减率（%）\n合计\t60.25\t20.28\t-66.34\n"
      "公务接待费\t18.89\t6.64\t-64.85");
  // A mirror site's pinyin glosses are no part of a cell's length: a long
  // glossed name is still a cell (and the glosses go, step 1b).
  EXPECT_EQ(
      n->NormalizeText(
           "項(xiàng)目 |\n預(yù)算數(shù) |\n決算數(shù) |\n合計(jì) |\n"
           "13.7 |\n10.8 |\n公務(wù)用車購(gòu)置及運(yùn)行維護(hù)費(fèi) |\n"
           "5 |\n4.8 |")
          .text,
      "项目\t预算数\t决算数\n合计\t13.7\t10.8\n公务用车购置及运行维护费"
      "\t5\t4.8");
  // One row of its shape is no table: a heading and a figure stay apart.
  EXPECT_EQ(n->NormalizeText("控制率\n46\n50\n一、基本情况").text,
            "控制率\n46\n50\n一、基本情况");
  // A name and a value, row after row: a two-column form.
  EXPECT_EQ(
      n->NormalizeText("实际支出（万元）\n991.51\n结余（万元）\n217.24").text,
      "实际支出（万元）\t991.51\n结余（万元）\t217.24");
  // A label's unit on a line of its own below it is the rest of the label.
  EXPECT_EQ(
      n->NormalizeText("计划安排资金\n(万元)\n170\n实际支出\n（万元）\n"
                       "179.6\n结余(万元)\n0")
          .text,
      "计划安排资金（万元）\t170\n实际支出（万元）\t179.6\n结余（万元）\t0");
  // A unit line under no label joins nothing.
  EXPECT_EQ(n->NormalizeText("(万元)\n170\n(万元)\n180").text,
            "（万元）\n170\n（万元）\n180");
  // A lone closing pipe is an empty cell: the 三公 table of a saved web
  // page, a row with no figures among rows with two.
  EXPECT_EQ(
      n->NormalizeText("项目 |\n预算数 |\n决算数 |\n合计 |\n3 |\n1.71 |\n"
                       "因公出国（境）费 |\n|\n|\n公务接待费 |\n1 |\n0.53 |")
          .text,
      "项目\t预算数\t决算数\n合计\t3\t1.71\n因公出国（境）费\t\t\n"
      "公务接待费\t1\t0.53");
  // A pipe on the line after a cell closes that cell; a second one is an
  // empty cell. Two headings so closed head one column of figures.
  EXPECT_EQ(n->NormalizeText("项目\n|\n预算数\n|\n合计\n|\n0.36\n|\n"
                             "因公出国（境）费\n|\n|\n公务接待费\n|\n0.36\n|")
                .text,
            "项目\t预算数\n合计\t0.36\n因公出国（境）费\t\n公务接待费\t0.36");
  // Rows of empty cells alone are no table.
  EXPECT_EQ(n->NormalizeText("项目名称 |\n|\n|\n主管部门 |\n|\n|").text,
            "项目名称|\n|\n|\n主管部门|\n|\n|");
  // Sentences are not cells.
  EXPECT_EQ(
      n->NormalizeText("全年支出如下，共两项：\n12\n说明，见上。\n13").text,
      "全年支出如下，共两项：\n12\n说明，见上。\n13");
}

TEST(NormalizeTest, RowsBetweenSeparatorLinesAreRowsWhateverTheirShape) {
  auto n = Make();
  // A saved web page's table: a cell a line, each closed by a pipe, a
  // lone pipe for an empty cell, and a line of pipes after each row.
  std::string in =
      "项目资金 (万元) |\n||||\n年初预算数 |\n全年预算数 |\n分值 |\n||||\n"
      "年度资金总额: |\n4000 |\n4000 |\n10 |\n||||\n"
      "其中:本年财政拨款 |\n4000 |\n|\n— |\n||||\n上年结转资金 |\n0 |\n";
  Normalized out = n->NormalizeText(in);
  ExpectValidOffsets(in, out);
  EXPECT_EQ(out.text,
            "项目资金（万元）|\n年初预算数\t全年预算数\t分值\n"
            "年度资金总额：\t4000\t4000\t10\n"
            "其中：本年财政拨款\t4000\t\t—\n上年结转资金|\n0 |");
  // Lines between separators that are not all cells stay as they are.
  EXPECT_EQ(n->NormalizeText("||||\n说明：见上 |\n全文如下。\n||||\n").text,
            "说明：见上|\n全文如下。");
}

TEST(NormalizeTest, TraditionalPageIsReadInSimplifiedCharacters) {
  auto n = Make();
  const std::string in =
      "九華山風(fēng)景區(qū)宗教事務(wù)局2019年度“三公”經(jīng)"
      "費支出決算情況說明。"
      "公務(wù)接待費支出決算6.28萬元，較上年減少1.2萬元。";
  Normalized out = n->NormalizeText(in);
  // Offsets as ExpectValidOffsets checks them, but for the rewritten Han:
  // each output Han character maps to an input Han character.
  ASSERT_EQ(out.offsets.size(), out.text.size() + 1);
  EXPECT_EQ(out.offsets.back(), in.size());
  for (size_t i = 0; i < out.text.size();) {
    const size_t start = i;
    const char32_t o = DecodeUtf8(out.text, &i);
    size_t at = out.offsets[start];
    if (start > 0) ASSERT_LE(out.offsets[start - 1], out.offsets[start]);
    if (IsHan(o)) EXPECT_TRUE(IsHan(DecodeUtf8(in, &at))) << start;
  }
  EXPECT_EQ(out.text,
            "九华山风景区宗教事务局2019年度“三公”经费支出决算情况说明。"
            "公务接待费支出决算6.28万元，较上年减少1.2万元。");
  // One character for one: 华 maps to 華.
  const size_t hua = out.text.find("华");
  EXPECT_EQ(in.substr(out.offsets[hua], 3), "華");
  // A gloss is dropped with its character kept: 风 maps to 風, and the
  // character after the gloss to its own place.
  const size_t jing = out.text.find("景");
  EXPECT_EQ(in.substr(out.offsets[jing], 3), "景");
}

TEST(NormalizeTest, SimplifiedPageKeepsCharactersAConversionWouldChange) {
  auto n = Make();
  // 乾 and 著 have simplified forms (干, 着) but are simplified characters
  // too: a page in simplified characters is not converted.
  const std::string in =
      "吉林省乾安县2023年度项目支出绩效自评报告：效益显著，下达资金100万元，"
      "实际支出95万元，预算执行率95%。";
  Normalized out = n->NormalizeText(in);
  EXPECT_EQ(out.text, in);
  Options off;
  off.simplify = false;
  auto plain = Make(off);
  const std::string trad = "經費預算萬元較上年減少經費預算萬元";
  EXPECT_EQ(plain->NormalizeText(trad).text, trad);
  EXPECT_EQ(n->NormalizeText(trad).text, "经费预算万元较上年减少经费预算万元");
}

}  // namespace
}  // namespace tally::normalize
