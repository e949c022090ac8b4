// The formats stage on the sample files in tests/data/formats (real reports'
// text and tables in each format, see tools/make_format_samples.sh, and a
// real OFD document) and on crafted inputs for the rules of each reader.
#include "formats/formats.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/file.h"
#include "formats/internal.h"

namespace tally::formats {
namespace {

const std::string kData = std::string(TALLY_TEST_DATA) + "/formats/";

std::string Sample(const std::string& name) {
  StatusOr<std::string> bytes = ReadFile(kData + name);
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  return bytes.ok() ? *bytes : "";
}

// Page lines as text: cells joined by '\t'.
std::vector<std::string> Lines(const Page& page) {
  std::vector<std::string> out;
  for (const Line& l : page.lines) {
    std::string s;
    for (size_t i = 0; i < l.cells.size(); ++i) {
      s += (i ? "\t" : "") + l.cells[i].text;
    }
    out.push_back((l.table_row ? "T:" : "B:") + s);
  }
  return out;
}

bool Has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST(Sniff, ByContentNotName) {
  EXPECT_EQ(Sniff(Sample("002_e689e19a77c37165.docx")), Format::kDocx);
  EXPECT_EQ(Sniff(Sample("002_e689e19a77c37165.xlsx")), Format::kXlsx);
  EXPECT_EQ(Sniff(Sample("luqiao_weisheng.ofd")), Format::kOfd);
  EXPECT_EQ(Sniff(Sample("archive.zip")), Format::kZip);
  EXPECT_EQ(Sniff(Sample("001_c70d33421e53e59a.doc")), Format::kDoc);
  EXPECT_EQ(Sniff(Sample("002_e689e19a77c37165.xls")), Format::kXls);
  EXPECT_EQ(Sniff(Sample("004_b8c8dfb6c76e9ad3.html")), Format::kHtml);
  EXPECT_EQ(Sniff("\xEF\xBB\xBF  <!DOCTYPE HTML><p>x"), Format::kHtml);
  EXPECT_EQ(Sniff("<table><tr><td>1</td></tr></table>"), Format::kHtml);
  EXPECT_EQ(Sniff("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"),
            Format::kHtml);
  // Not formats of this stage: plain text (even mentioning a tag), PDF.
  EXPECT_EQ(Sniff("2022年度绩效自评报告\n预算执行率100%"), std::nullopt);
  EXPECT_EQ(Sniff("用 <tab> 分隔的表格"), std::nullopt);
  EXPECT_EQ(Sniff("%PDF-1.7\n"), std::nullopt);
  EXPECT_EQ(Sniff("PK\x03\x04garbage"), Format::kZip);  // read says why
}

TEST(Xlsx, IndicatorTableCellsExact) {
  StatusOr<Document> doc =
      Read(Sample("002_e689e19a77c37165.xlsx"), Format::kXlsx, Options());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->pages.size(), 1u);
  const Page& p = doc->pages[0];
  EXPECT_EQ(p.name, "Sheet1");
  std::vector<std::string> lines = Lines(p);
  // The title above the table is a body line; every row below it a table
  // row, a row of one cell (上年结转资金) included; 100% typed into the
  // sheet is stored as 1 in a 0% cell and reads back as printed.
  EXPECT_EQ(lines.front(), "B:2022年度项目支出绩效自评表");
  EXPECT_TRUE(Has(lines, "T:\t年度资金总额\t194.19\t194.19\t\t10分\t100%\t10"));
  EXPECT_TRUE(Has(lines, "T:\t上年结转资金"));
  EXPECT_TRUE(Has(lines,
                  "T:\t产出指标 (50分)\t数量指标\t医保信息系统验收合格率和正常"
                  "运行率\t≥90%\t100%\t15\t15"));
  EXPECT_TRUE(Has(lines, "T:总分\t\t\t\t\t\t100\t100"));
  for (size_t i = 1; i < lines.size(); ++i) {
    EXPECT_TRUE(lines[i].starts_with("T:")) << lines[i];
  }
  // Provenance: each cell's address.
  const Line& total = p.lines.back();
  EXPECT_EQ(total.cells[0].ref, "Sheet1!A21");
  EXPECT_EQ(total.cells[6].ref, "Sheet1!G21");
  EXPECT_TRUE(total.cells[0].box.empty());
}

TEST(Xlsx, NumbersAsTheSheetShowsThem) {
  struct Case {
    const char* stored;
    int builtin;
    const char* code;
    const char* shown;
  } cases[] = {
      {"194.19", 0, "", "194.19"},
      {"0.30000000000000004", 0, "", "0.3"},  // a double's noise
      {"4373200", 0, "", "4373200"},
      {"1.5E-3", 0, "", "0.0015"},
      {"1", 9, "", "100%"},
      {"0.9546", 10, "", "95.46%"},
      {"0.955", 0, "0.0%", "95.5%"},
      {"194.1", 2, "", "194.10"},
      {"194.1", 0, "#,##0.00_ ", "194.10"},
      {"12", 0, "0\"分\"", "12"},
      {"44956", 14, "", "2023年1月30日"},
      {"44956", 0, "yyyy\"年\"m\"月\"d\"日\"", "2023年1月30日"},
      {"abc", 0, "", "abc"},  // not a number: as stored
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FormatCellNumber(c.stored, c.builtin, c.code, false), c.shown)
        << c.stored << " " << c.code;
  }
  EXPECT_EQ(FormatCellNumber("43494", 14, "", true), "2023年1月30日");
}

TEST(Docx, ParagraphsAndTables) {
  StatusOr<Document> doc =
      Read(Sample("002_e689e19a77c37165.docx"), Format::kDocx, Options());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_FALSE(doc->pages.empty());
  std::vector<std::string> lines;
  for (const Page& p : doc->pages) {
    for (const std::string& l : Lines(p)) lines.push_back(l);
  }
  EXPECT_EQ(lines[0], "B:益阳市医疗保障局");
  EXPECT_TRUE(Has(lines, "B:一、项目概况"));
  // The 绩效自评表 as rows, empty cells kept for alignment.
  EXPECT_TRUE(
      Has(lines, "T:\t年度资金总额\t194.19\t194.19\t\t10分\t100%\t10\t"));
  EXPECT_TRUE(Has(lines, "T:总分\t\t\t\t\t\t100\t100\t"));
  int rows = 0;
  for (const std::string& l : lines) rows += l.starts_with("T:") ? 1 : 0;
  EXPECT_EQ(rows, 20);
  EXPECT_EQ(doc->pages[0].lines[2].cells[0].ref, "paragraph 3");
}

TEST(Html, TextNotTagsTablesAsRows) {
  StatusOr<Document> doc =
      Read(Sample("004_b8c8dfb6c76e9ad3.html"), Format::kHtml, Options());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::vector<std::string> lines = Lines(doc->pages[0]);
  // Decoded from GBK as the page declares; no script, no style, no tags.
  EXPECT_TRUE(Has(lines, "B:2023年部门整体支出绩效自评报告"));
  for (const std::string& l : lines) {
    EXPECT_EQ(l.find('<'), std::string::npos) << l;
    EXPECT_EQ(l.find("_hmt"), std::string::npos) << l;
    EXPECT_EQ(l.find("color:red"), std::string::npos) << l;
  }
  // rowspan and colspan keep the grid: covered cells are empty.
  StatusOr<Document> t = Read(
      "<html><body><p>表1</p><table><tr><td rowspan=2>产出指标</td>"
      "<td colspan=2>数量指标</td><td>15</td></tr><tr><td>a</td><td>b</td>"
      "<td>10</td></tr></table><script>x</script></body></html>",
      Format::kHtml, Options());
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(Lines(t->pages[0]),
            (std::vector<std::string>{"B:表1", "T:产出指标\t数量指标\t\t15",
                                      "T:\ta\tb\t10"}));
  EXPECT_EQ(t->pages[0].lines[2].cells[3].ref, "table 1 row 2 cell 4");
  EXPECT_EQ(t->pages[0].lines[0].cells[0].ref, "paragraph 1");
  // A layout table (one holding another) is read as blocks.
  StatusOr<Document> layout = Read(
      "<table><tr><td><p>标题</p><table><tr><td>a</td><td>1</td></tr>"
      "</table></td></tr></table>",
      Format::kHtml, Options());
  ASSERT_TRUE(layout.ok());
  EXPECT_EQ(Lines(layout->pages[0]),
            (std::vector<std::string>{"B:标题", "T:a\t1"}));
}

TEST(Ofd, PositionedTextOfARealDocument) {
  StatusOr<Document> doc =
      Read(Sample("luqiao_weisheng.ofd"), Format::kOfd, Options());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->pages.size(), 2u);
  const PageContent& c = doc->pages[0].content;
  EXPECT_TRUE(doc->pages[0].positioned);
  EXPECT_NEAR(c.width, 595.3, 0.1);  // A4 in points
  EXPECT_NEAR(c.height, 841.9, 0.1);
  const Word* docno = nullptr;
  for (const Word& w : c.words) {
    if (w.text == "路卫发〔2011〕76号") docno = &w;
  }
  ASSERT_NE(docno, nullptr);
  // Its box in points, inside the page and below the title.
  EXPECT_GT(docno->box.x0, 200);
  EXPECT_LT(docno->box.x1, 400);
  EXPECT_GT(docno->box.y0, 150);
  EXPECT_LT(docno->box.y1, 260);
  EXPECT_GT(docno->font_size, 10);
  EXPECT_FALSE(c.rules.empty());  // the red line under the header
}

TEST(Zip, MembersWithGbkNames) {
  std::string bytes = Sample("archive.zip");
  StatusOr<std::vector<ZipEntry>> members = ZipMembers(bytes, Options());
  ASSERT_TRUE(members.ok()) << members.status().ToString();
  ASSERT_EQ(members->size(), 2u);
  EXPECT_EQ(
      (*members)[0].name,
      "2022年绩效自评/乐昌市医疗保障局2022年度部门整体支出绩效自评报告.txt");
  EXPECT_EQ((*members)[1].name, "2022年绩效自评/说明.txt");
  StatusOr<std::string> text = ZipMember(bytes, (*members)[0].index, Options());
  ASSERT_TRUE(text.ok());
  StatusOr<std::string> seed =
      ReadFile(std::string(TALLY_CORPUS) + "/seeds/001_c70d33421e53e59a.txt");
  ASSERT_TRUE(seed.ok());
  EXPECT_EQ(*text, *seed);
  // A member larger than the limit is refused, not read (a zip bomb).
  Options small;
  small.max_member_bytes = 10000;
  EXPECT_EQ(ZipMember(bytes, (*members)[0].index, small).status().code(),
            StatusCode::kResourceExhausted);
}

TEST(Errors, DamagedFilesSayWhy) {
  std::string docx = Sample("002_e689e19a77c37165.docx");
  StatusOr<Document> cut =
      Read(docx.substr(0, docx.size() / 2), Format::kDocx, Options());
  EXPECT_EQ(cut.status().code(), StatusCode::kCorrupt)
      << cut.status().ToString();
  EXPECT_EQ(Read("PK\x03\x04garbage", Format::kXlsx, Options()).status().code(),
            StatusCode::kCorrupt);
  EXPECT_EQ(Read("x", Format::kZip, Options()).status().code(),
            StatusCode::kInvalidArgument);
}

// What is kept beside reports is skipped with its reason; every report is
// kept, including real ones typed with ASCII punctuation.
TEST(NotAReport, ReportsKeptTheRestSayWhy) {
  struct Case {
    std::string text;
    std::string reason;  // a part of the reason; "" for a report
  } cases[] = {
      // A real report whose list of duties ends each item in ';'
      // (corpus/real/f8dac589f46f.txt, 安宁市医疗保障局).
      {"安宁市医疗保障局2023年度部门整体支出绩效自评报告\n"
       "(二)部门职能\n"
       "1. 贯彻落实党中央关于医疗保障工作的方针政策和省、昆明市决策部署;\n"
       "2. 组织实施医疗保险、生育保险、大病保险、医疗救助等医疗保障制度;\n"
       "3. 组织实施医疗保障基金监督管理制度,建立健全安全防控机制;\n"
       "4. 组织实施医疗保障筹资、待遇政策,组织拟订并实施长期护理保险方案;\n",
       ""},
      {"#include <stdio.h>\n// 预算执行率\nint main() {\n"
       "  printf(\"绩效自评报告全年预算数执行数\");\n  return 0;\n}\n",
       "source code"},
      {"def rate(budget, spent):\n    # 预算执行率：支出除以预算，绩效自评用\n"
       "    return spent / budget;\n\nclass Report:\n    pass\n",
       "source code"},
      {"项目,预算数,执行数\n医保信息化,100,90\n基金监管,50,50\n"
       "经办服务,30,28\n价格招采,20,20\n",
       "CSV"},
      {Sample("README.md"), "not Chinese text"},
      {"说明：本文件夹存放2022年的自评材料。", "too little text"},
      // Tab-separated records with Chinese labels: an annotation file.
      {"# 标注：预算执行率与资金\nmeta\tbureau\t乐昌市医疗保障局\n"
       "amount\t437.32\t万元\t\t医保基金实际拨付\t拨付437.32万元\n"
       "amount\t620.13\t万元\t\t医疗总费用\t涉及医疗总费用620.13万元\n"
       "percent\t100\t%\t\t预算执行率\t预算执行率100%\n"
       "score\t96\t分\t\t自评得分\t自评得分96分\n",
       "tab-separated"},
      {"会议通知：定于下周一上午九时在三楼会议室召开全体干部职工大会，请各科室"
       "负责同志准时参加，不得缺席。",
       "no report vocabulary"},
  };
  for (const Case& c : cases) {
    std::string reason = NotAReport(c.text);
    if (c.reason.empty()) {
      EXPECT_EQ(reason, "") << c.text;
    } else {
      EXPECT_NE(reason.find(c.reason), std::string::npos)
          << c.text << "\n gave: " << reason;
    }
  }
  StatusOr<std::string> real =
      ReadFile(std::string(TALLY_CORPUS) + "/real/f8dac589f46f.txt");
  ASSERT_TRUE(real.ok());
  EXPECT_EQ(NotAReport(*real), "");
  // A report whose indicator table is a fifth of its lines (seed 002) is
  // one; its annotation file is not.
  StatusOr<std::string> seed =
      ReadFile(std::string(TALLY_CORPUS) + "/seeds/002_e689e19a77c37165.txt");
  ASSERT_TRUE(seed.ok());
  EXPECT_EQ(NotAReport(*seed), "");
  StatusOr<std::string> ann =
      ReadFile(std::string(TALLY_CORPUS) + "/real/0093b9908a60.ann");
  ASSERT_TRUE(ann.ok());
  EXPECT_NE(NotAReport(*ann).find("tab-separated"), std::string::npos);
}

TEST(Parts, Resolve) {
  EXPECT_EQ(ResolvePart("xl/workbook.xml", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml");
  EXPECT_EQ(ResolvePart("xl/workbook.xml", "/xl/styles.xml"), "xl/styles.xml");
  EXPECT_EQ(ResolvePart("Doc_0/Document.xml", "../Doc_0/Pages/P.xml"),
            "Doc_0/Pages/P.xml");
  EXPECT_EQ(ResolvePart("a/b.xml", "../../../../x"), "x");
}

}  // namespace
}  // namespace tally::formats
