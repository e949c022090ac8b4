// Ingest of every format an archive holds (tests/data/formats: the seed
// reports as docx, xlsx, doc, xls, a saved GBK web page, GB18030 and UTF-16
// text, a Windows zip, and a real OFD), through the workers and the real
// engines (LibreOffice for doc and xls): each stored with its facts, the
// xlsx indicator table as v_indicators rows with 分值 and 得分, provenance in
// each format's terms, the zip's members as documents and its note skipped.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "base/file.h"
#include "pipeline/pipeline.h"

namespace tally::pipeline {
namespace {

namespace fs = std::filesystem;
const std::string kData = std::string(TALLY_TEST_DATA) + "/formats";

using Rows = std::vector<std::vector<std::string>>;

class FormatsIngest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::path(::testing::TempDir()) /
                        ("formats_ingest_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
    auto s = store::Store::Open((*dir_ / "t.sqlite").string(), {});
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = s->release();
    Options o;
    o.jobs = 2;
    auto summary = Ingest({kData}, store_, o);
    ASSERT_TRUE(summary.ok()) << summary.status().ToString();
    summary_ = new Summary(*summary);
  }
  static void TearDownTestSuite() {
    delete store_;
    delete summary_;
    fs::remove_all(*dir_);
    delete dir_;
  }
  static Rows Query(const std::string& sql) {
    auto r = store_->Query(sql);
    EXPECT_TRUE(r.ok()) << r.status().ToString() << "\n" << sql;
    Rows out;
    if (!r.ok()) return out;
    for (auto& row : r->rows) {
      std::vector<std::string> cells;
      for (auto& c : row) cells.push_back(c.value_or("NULL"));
      out.push_back(cells);
    }
    return out;
  }
  static std::string One(const std::string& sql) {
    Rows r = Query(sql);
    return r.size() == 1 && r[0].size() == 1 ? r[0][0] : "<none>";
  }
  // doc_id of the current document whose path ends with suffix.
  static std::string Doc(const std::string& suffix) {
    return One("SELECT doc_id FROM v_documents WHERE path LIKE '%" + suffix +
               "'");
  }
  static fs::path* dir_;
  static store::Store* store_;
  static Summary* summary_;
};
fs::path* FormatsIngest::dir_ = nullptr;
store::Store* FormatsIngest::store_ = nullptr;
Summary* FormatsIngest::summary_ = nullptr;

TEST_F(FormatsIngest, EveryFormatStoredOkWithFacts) {
  const std::map<std::string, std::string> kinds = {
      {"/002_e689e19a77c37165.docx", "docx"},
      {"/002_e689e19a77c37165.xlsx", "xlsx"},
      {"/001_c70d33421e53e59a.doc", "doc"},
      {"/002_e689e19a77c37165.xls", "xls"},
      {"/004_b8c8dfb6c76e9ad3.html", "html"},
      {"/003_8721613ab08d7715.txt", "text"},
      {"/000_7f69db8fca4f34bc.txt", "text"},
      {"/luqiao_weisheng.ofd", "ofd"},
      {"!/2022年绩效自评/乐昌市医疗保障局2022年度部门整体支出绩效自评报告.txt",
       "text"},
  };
  for (const auto& [suffix, kind] : kinds) {
    Rows r = Query(
        "SELECT file_kind, status, coalesce(error, ''), (SELECT count(*) FROM "
        "v_facts f WHERE f.doc_id = d.doc_id) FROM v_documents d WHERE path "
        "LIKE '%" +
        suffix + "'");
    ASSERT_EQ(r.size(), 1u) << suffix;
    EXPECT_EQ(r[0][0], kind) << suffix;
    EXPECT_EQ(r[0][1], "ok") << suffix << ": " << r[0][2];
    EXPECT_GT(std::stoi(r[0][3]), 0) << suffix << ": no facts";
  }
  EXPECT_EQ(summary_->failed, 0);
  EXPECT_EQ(summary_->archives, 1);
}

TEST_F(FormatsIngest, XlsxIndicatorTableAsRowsWithWeightAndScore) {
  const std::string doc = Doc("/002_e689e19a77c37165.xlsx");
  // Seed 002's nine indicator rows, each with its 分值 and 得分.
  EXPECT_EQ(Query("SELECT level1, level2, level3, target, actual, weight, "
                  "score FROM v_indicators WHERE doc_id = " +
                  doc + " ORDER BY indicator_id LIMIT 2"),
            (Rows{{"产出指标", "数量指标", "医保信息系统验收合格率和正常运行率",
                   "≥90%", "100%", "15", "15"},
                  {"产出指标", "数量指标", "定点医药机构监督检查覆盖率", "100%",
                   "100%", "10", "10"}}));
  EXPECT_EQ(One("SELECT count(*) FROM v_indicators WHERE doc_id = " + doc +
                " AND weight IS NOT NULL AND score IS NOT NULL"),
            "9");
  EXPECT_EQ(
      One("SELECT sum(score_num) FROM v_indicators WHERE doc_id = " + doc),
      "90.0");
  EXPECT_EQ(Query("SELECT item, full, executed, rate, score FROM v_budgets "
                  "WHERE doc_id = " +
                  doc + " ORDER BY budget_id LIMIT 1"),
            (Rows{{"年度资金总额", "194.19", "194.19", "100%", "10"}}));
  // Provenance: the cell each fact was read from.
  EXPECT_EQ(One("SELECT ref FROM v_facts WHERE doc_id = " + doc +
                " AND raw = '194.19' ORDER BY fact_id LIMIT 1"),
            "Sheet1!C5");
}

TEST_F(FormatsIngest, DocxTablesAndProse) {
  const std::string doc = Doc("/002_e689e19a77c37165.docx");
  EXPECT_EQ(One("SELECT count(*) FROM v_indicators WHERE doc_id = " + doc +
                " AND weight IS NOT NULL AND score IS NOT NULL"),
            "9");
  EXPECT_EQ(Query("SELECT bureau, fiscal_year, project FROM v_documents "
                  "WHERE doc_id = " +
                  doc),
            (Rows{{"益阳市医疗保障局", "2022", "医疗服务和保障能力提升"}}));
  // A fact in prose points at its paragraph; one in the table at its cell.
  EXPECT_TRUE(One("SELECT ref FROM v_facts WHERE doc_id = " + doc +
                  " AND raw LIKE '194.19万元' ORDER BY fact_id LIMIT 1")
                  .starts_with("paragraph "));
  EXPECT_TRUE(One("SELECT ref FROM v_facts WHERE doc_id = " + doc +
                  " AND in_table = 1 ORDER BY fact_id LIMIT 1")
                  .starts_with("table 1 row "));
}

TEST_F(FormatsIngest, LegacyOfficeThroughLibreOffice) {
  // Seed 001's slip survives the conversion: 437.32 元 among 万元.
  const std::string doc = Doc("/001_c70d33421e53e59a.doc");
  EXPECT_GE(std::stoi(One("SELECT count(*) FROM v_facts WHERE doc_id = " + doc +
                          " AND value = '437.32' AND unit = '元'")),
            1);
  EXPECT_EQ(One("SELECT count(*) FROM v_findings WHERE doc_id = " + doc +
                " AND rule = 'unit.magnitude'"),
            "1");
  EXPECT_TRUE(One("SELECT route_reason FROM v_pages WHERE doc_id = " + doc +
                  " AND page_no = 1")
                  .starts_with("Word 97 file converted to PDF by LibreOffice"));
  // An Excel 97 sheet becomes an xlsx, its cells exact: the same nine rows.
  const std::string xls = Doc("/002_e689e19a77c37165.xls");
  EXPECT_EQ(One("SELECT count(*) FROM v_indicators WHERE doc_id = " + xls +
                " AND weight IS NOT NULL AND score IS NOT NULL"),
            "9");
  EXPECT_EQ(One("SELECT ref FROM v_facts WHERE doc_id = " + xls +
                " AND raw = '194.19' ORDER BY fact_id LIMIT 1"),
            "Sheet1!C5");
}

TEST_F(FormatsIngest, TextInOtherCharsetsAndWebPages) {
  const std::string gb = Doc("/003_8721613ab08d7715.txt");
  EXPECT_EQ(One("SELECT route_reason FROM v_pages WHERE doc_id = " + gb),
            "plain text file (GB18030)");
  EXPECT_EQ(One("SELECT bureau FROM v_documents WHERE doc_id = " + gb),
            "承德市医疗保障局");
  EXPECT_EQ(One("SELECT count(*) FROM v_facts WHERE doc_id = " + gb +
                " AND value = '192.31' AND unit = '万元'"),
            "1");
  const std::string u16 = Doc("/000_7f69db8fca4f34bc.txt");
  EXPECT_EQ(One("SELECT bureau FROM v_documents WHERE doc_id = " + u16),
            "乐昌市医疗保障局");
  const std::string html = Doc("/004_b8c8dfb6c76e9ad3.html");
  EXPECT_EQ(One("SELECT count(*) FROM v_facts WHERE doc_id = " + html +
                " AND value = '490.06' AND unit = '万元'"),
            "1");
  // A fact of a web page points at its block of text.
  EXPECT_EQ(One("SELECT ref FROM v_facts WHERE doc_id = " + html +
                " AND value = '490.06' AND unit = '万元'"),
            "paragraph 5");
  // Text, not tags: no markup and no script in the stored page.
  EXPECT_EQ(One("SELECT count(*) FROM v_pages WHERE doc_id = " + html +
                " AND (text LIKE '%<%' OR text LIKE '%_hmt%')"),
            "0");
}

TEST_F(FormatsIngest, OfdPositionedText) {
  const std::string doc = Doc("/luqiao_weisheng.ofd");
  EXPECT_EQ(One("SELECT pages FROM v_documents WHERE doc_id = " + doc), "2");
  // The document number, with the box it was read from on page 1 (the
  // letterhead above it is joined to its line by the normaliser, so the
  // value carries the issuer's name before it).
  Rows docno = Query(
      "SELECT value LIKE '%路卫发〔2011〕76号', page_no, y0 > 100, y1 < 260 "
      "FROM v_facts WHERE doc_id = " +
      doc + " AND kind = 'docno' ORDER BY fact_id LIMIT 1");
  EXPECT_EQ(docno, (Rows{{"1", "1", "1", "1"}}));
  EXPECT_EQ(One("SELECT count(*) FROM v_facts WHERE doc_id = " + doc +
                " AND kind = 'date' AND value = '2011年3月10日'"),
            "2");
  EXPECT_EQ(One("SELECT width > 595 AND width < 596 FROM v_pages WHERE "
                "doc_id = " +
                doc + " AND page_no = 1"),
            "1");
}

TEST_F(FormatsIngest, ZipMembersAreDocumentsNotesAreSkipped) {
  EXPECT_EQ(One("SELECT bureau FROM v_documents WHERE path LIKE "
                "'%archive.zip!/2022年绩效自评/乐昌市%'"),
            "乐昌市医疗保障局");
  EXPECT_EQ(One("SELECT count(*) FROM v_documents WHERE path LIKE "
                "'%archive.zip'"),
            "0");  // the archive is not a document
  // The note in the zip and this folder's README.md are not reports.
  ASSERT_EQ(summary_->not_reports.size(), 2u);
  EXPECT_TRUE(summary_->not_reports[0].path.ends_with("/README.md"));
  EXPECT_TRUE(summary_->not_reports[1].path.ends_with(
      "archive.zip!/2022年绩效自评/说明.txt"));
  EXPECT_NE(summary_->not_reports[1].error.find("too little text"),
            std::string::npos);
}

// A README found in a folder is skipped; named on the command line it is
// read; --include and --exclude choose among the files found.
TEST(NotReports, SkippedUnlessNamedAndGlobs) {
  fs::path dir = fs::path(::testing::TempDir()) /
                 ("not_reports_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  ASSERT_TRUE(WriteFile((dir / "in/README.md").string(),
                        "# tally\n\nTurns reports into SQLite. Run make.\n")
                  .ok());
  ASSERT_TRUE(WriteFile((dir / "in/data.csv").string(),
                        "a,b,c\n1,2,3\n4,5,6\n7,8,9\n1,1,1\n")
                  .ok());
  fs::copy_file(std::string(TALLY_CORPUS) + "/seeds/004_b8c8dfb6c76e9ad3.txt",
                dir / "in/report.txt");
  auto s = store::Store::Open((dir / "t.sqlite").string(), {});
  ASSERT_TRUE(s.ok());
  auto summary = Ingest({(dir / "in").string()}, s->get(), Options());
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->ok, 1);
  ASSERT_EQ(summary->not_reports.size(), 2u);
  EXPECT_NE(summary->not_reports[1].error.find("CSV"), std::string::npos);
  // Named, the README is read.
  auto named = Ingest({(dir / "in/README.md").string()}, s->get(), Options());
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(named->ok, 1);
  EXPECT_TRUE(named->not_reports.empty());
  // Globs: only *.txt from the folder; then everything but report*.
  Options only_txt;
  only_txt.include = {"*.txt"};
  EXPECT_EQ(Discover({(dir / "in").string()}, only_txt).size(), 1u);
  Options no_reports;
  no_reports.exclude = {"report*"};
  EXPECT_EQ(Discover({(dir / "in").string()}, no_reports).size(), 2u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tally::pipeline
