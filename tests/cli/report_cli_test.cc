// `tally report` and `tally check --report` as users run them: the files a
// report is made of, a figure for every side of every finding, what happens
// when a source file is gone or changed, and hostile text in a report.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>

#include "base/file.h"
#include "testing/shell.h"

namespace {

namespace fs = std::filesystem;

using Result = tally::testing::ShellResult;
using tally::testing::Shell;

Result Tally(const std::string& args) {
  return Shell(std::string(TALLY_BINARY) + " " + args);
}

std::string Slurp(const fs::path& p) {
  auto s = tally::ReadFile(p.string());
  return s.ok() ? *s : "";
}

int Count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t p = s.find(what); p != std::string::npos;
       p = s.find(what, p + 1)) {
    ++n;
  }
  return n;
}

class ReportCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("report_cli_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ReportCli, FiguresForEveryFindingSide) {
  const std::string db = (dir_ / "t.sqlite").string();
  fs::create_directories(dir_ / "pdf");
  for (const char* f : {"001_c70d33421e53e59a", "002_e689e19a77c37165"}) {
    fs::copy_file(std::string(TALLY_CORPUS) + "/pdf/" + f + ".pdf",
                  dir_ / "pdf" / (std::string(f) + ".pdf"));
  }
  ASSERT_EQ(
      Tally("ingest " + (dir_ / "pdf").string() + " --db " + db + " --quiet")
          .code,
      0);
  const fs::path out = dir_ / "report";
  Result r = Tally("report --db " + db + " --out " + out.string() + " -j 2");
  ASSERT_EQ(r.code, 0) << r.out;
  // 001: one finding, two sides (p.2 and p.6); 002: two findings, with
  // 2 + 4 sides.
  EXPECT_NE(r.out.find("2 document(s), 14 page(s), 3 finding(s); 14 page "
                       "image(s) and 8 figure(s)"),
            std::string::npos)
      << r.out;
  ASSERT_TRUE(fs::exists(out / "index.html"));
  EXPECT_TRUE(fs::exists(out / "index-errors-desc.html"));
  std::string index = Slurp(out / "index.html");
  // Most findings first: 002 (2 errors) above 001.
  EXPECT_LT(index.find("002_e689e19a77c37165.pdf"),
            index.find("001_c70d33421e53e59a.pdf"));
  // 001's page: the 437.32元 finding on page 2 and page 6, each side with
  // its figure and the four facts of its sentence highlighted.
  fs::path doc;
  for (const auto& e : fs::directory_iterator(out)) {
    if (e.is_directory() &&
        Slurp(e.path() / "index.html").find("001_c70d33421e53e59a") !=
            std::string::npos) {
      doc = e.path();
    }
  }
  ASSERT_FALSE(doc.empty());
  std::string html = Slurp(doc / "index.html");
  EXPECT_NE(html.find("unit.magnitude"), std::string::npos);
  EXPECT_NE(html.find("<dt>expected</dt><dd>437.32万元</dd><dt>stated</dt>"
                      "<dd>437.32元</dd>"),
            std::string::npos);
  EXPECT_EQ(Count(html, "<figure class=\"crop\""), 2);
  EXPECT_EQ(Count(html, "<span class=\"hl"), 8);
  EXPECT_EQ(Count(html, "<span class=\"hl main\""), 2);  // 437.32元, twice
  EXPECT_NE(html.find("data-raw=\"437.32元\""), std::string::npos);
  EXPECT_TRUE(fs::file_size(doc / "fig-1-1.png") > 1000);
  EXPECT_TRUE(fs::file_size(doc / "fig-1-2.png") > 1000);
  for (int p = 1; p <= 8; ++p) {
    EXPECT_TRUE(fs::exists(doc / ("page-" + std::to_string(p) + ".png"))) << p;
    EXPECT_TRUE(fs::exists(doc / ("page-" + std::to_string(p) + ".html"))) << p;
  }
  std::string page2 = Slurp(doc / "page-2.html");
  EXPECT_NE(page2.find("class=\"fact cited\""), std::string::npos);
  EXPECT_NE(page2.find("<span class=\"tip\">医保基金实际拨付 · 437.32 元"),
            std::string::npos);

  // Only one document; an unknown one is a usage error.
  const fs::path one = dir_ / "one";
  std::string id = doc.filename().string().substr(4);
  EXPECT_EQ(
      Tally("report --db " + db + " --doc " + id + " --out " + one.string())
          .code,
      0);
  EXPECT_TRUE(fs::exists(one / ("doc-" + id) / "index.html"));
  EXPECT_EQ(
      Tally("report --db " + db + " --doc 999 --out " + one.string()).code, 2);
  EXPECT_EQ(Tally("report --db " + db).code, 2);
  EXPECT_EQ(Tally("report --out " + one.string()).code, 2);
  EXPECT_EQ(Tally("report --db " + (dir_ / "none.sqlite").string() + " --out " +
                  one.string())
                .code,
            3);
}

// The source files are gone or changed since they were ingested: the report
// is still written, the pages say why they have no image, exit 1.
TEST_F(ReportCli, SourceGoneOrChanged) {
  const std::string db = (dir_ / "t.sqlite").string();
  const fs::path pdf = dir_ / "001.pdf";
  fs::copy_file(std::string(TALLY_CORPUS) + "/pdf/001_c70d33421e53e59a.pdf",
                pdf);
  ASSERT_EQ(Tally("ingest " + pdf.string() + " --db " + db + " --quiet").code,
            0);
  {
    FILE* f = fopen(pdf.c_str(), "ab");
    fputs("\n% appended\n", f);
    fclose(f);
  }
  const fs::path out = dir_ / "report";
  Result r = Tally("report --db " + db + " --out " + out.string());
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("has changed since it was ingested"), std::string::npos)
      << r.out;
  std::string html = Slurp(out / "doc-1" / "index.html");
  EXPECT_NE(html.find("No image of page 2: "), std::string::npos);
  EXPECT_NE(html.find("unit.magnitude"), std::string::npos);
  EXPECT_EQ(html.find("<figure"), std::string::npos);
  fs::remove(pdf);
  r = Tally("report --db " + db + " --out " + out.string());
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(Slurp(out / "doc-1" / "page-2.html").find("No image of this page"),
            std::string::npos);
}

// A report whose text is markup and quotes, read with tally check FILE
// --report: every piece of it is escaped in every page of the report.
TEST_F(ReportCli, HostileTextIsEscapedInTheReport) {
  const fs::path txt = dir_ / "hostile<script>.txt";
  {
    FILE* f = fopen(txt.c_str(), "w");
    fputs(
        "<script>alert(1)</script>医疗保障局“\"'><img src=x onerror=alert(2)>"
        "2022年度部门整体支出绩效自评报告\n"
        "一、基本情况\n"
        "医保基金实际拨付437.32元，涉及医疗总费用620.13万元，基金申报总金额"
        "453.07万元。<b onmouseover=\"x\">粗体</b>&amp;\n",
        f);
    fclose(f);
  }
  const fs::path out = dir_ / "report";
  Result r = Tally("check '" + txt.string() + "' --report " + out.string());
  EXPECT_NE(r.out.find("unit.magnitude"), std::string::npos) << r.out;
  int pages = 0;
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    if (e.path().extension() != ".html") continue;
    ++pages;
    std::string html = Slurp(e.path());
    SCOPED_TRACE(e.path().string());
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img src=x"), std::string::npos);
    EXPECT_EQ(html.find("<b "), std::string::npos);
    // Every tag the report holds is one of its own.
    static const std::regex tag("<([a-zA-Z][a-zA-Z0-9]*)[ >]");
    for (std::sregex_iterator it(html.begin(), html.end(), tag), end; it != end;
         ++it) {
      static const std::set<std::string> ours = {
          "html",   "head",   "meta",   "title", "style", "body",
          "nav",    "a",      "h1",     "h2",    "p",     "table",
          "thead",  "tbody",  "tr",     "th",    "td",    "article",
          "header", "code",   "dl",     "dt",    "dd",    "div",
          "q",      "mark",   "figure", "img",   "span",  "figcaption",
          "footer", "strong", "pre"};
      EXPECT_TRUE(ours.count((*it)[1].str())) << (*it)[0].str();
    }
  }
  EXPECT_GE(pages, 3);  // index pages, the document, its page
  std::string doc = Slurp(out / "doc-1" / "index.html");
  // (Normalisation made the brackets full-width.)
  EXPECT_NE(Slurp(out / "doc-1" / "page-1.html")
                .find("&lt;script&gt;alert（1）&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(doc.find("hostile&lt;script&gt;.txt"), std::string::npos);
  // A text file has no page image: the figure is replaced by the sentence.
  EXPECT_NE(doc.find("<mark>437.32元</mark>"), std::string::npos);
}

}  // namespace
