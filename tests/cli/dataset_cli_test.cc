// The dataset as an analyst meets it, on a text ingest of the five seed
// reports: numbers that compare and sort as numbers, one v_reports row per
// report, CSV for Excel, an xlsx workbook, a Datasette metadata.json, and
// Debian's sqlite-utils reading every view and table.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;

struct Result {
  int code;
  std::string out;
};

// Runs a shell command; returns its exit code and stdout.
Result Shell(const std::string& cmd) {
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

Result Tally(const std::string& args) {
  return Shell(std::string(TALLY_BINARY) + " " + args + " 2>&1");
}

class DatasetCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::path(::testing::TempDir()) /
        ("dataset_cli_" +
         std::string(
             ::testing::UnitTest::GetInstance()->current_test_info()->name()) +
         "_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "tally.sqlite").string();
    Result r = Tally("ingest " + std::string(TALLY_CORPUS) + "/seeds --db " +
                     db_ + " --quiet");
    ASSERT_EQ(r.code, 0) << r.out;
    tally::store::Options o;
    o.read_only = true;
    auto store = tally::store::Store::Open(db_, o);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  std::vector<std::vector<std::string>> Rows(const std::string& sql) {
    auto q = store_->Query(sql);
    EXPECT_TRUE(q.ok()) << q.status().ToString();
    std::vector<std::vector<std::string>> rows;
    if (!q.ok()) return rows;
    for (const auto& row : q->rows) {
      std::vector<std::string> r;
      for (const auto& v : row) r.push_back(v.value_or("NULL"));
      rows.push_back(r);
    }
    return rows;
  }
  std::string One(const std::string& sql) {
    auto rows = Rows(sql);
    return rows.size() == 1 && rows[0].size() == 1 ? rows[0][0] : "<none>";
  }
  fs::path dir_;
  std::string db_;
  std::unique_ptr<tally::store::Store> store_;
};

TEST_F(DatasetCli, NumbersCompareAndSortAsNumbers) {
  // Percent and score facts above 90: as numbers, not as text ('100' <
  // '90' as text, so a TEXT comparison loses every 100%).
  const std::string above =
      One("SELECT count(*) FROM v_facts WHERE kind IN ('percent', 'score')"
          " AND value_num > 90");
  const std::string hundreds =
      One("SELECT count(*) FROM v_facts WHERE kind IN ('percent', 'score')"
          " AND value IN ('100', '100.0', '100.00')");
  EXPECT_GT(std::stoi(above), 0);
  EXPECT_GE(std::stoi(above), std::stoi(hundreds));
  EXPECT_EQ(One("SELECT count(*) FROM v_facts WHERE kind IN ('percent',"
                " 'score') AND value_num > 90 AND NOT value_num > 90.0"),
            "0");
  EXPECT_EQ(One("SELECT count(*) FROM v_facts WHERE value_num > 90"
                " AND CAST(value AS REAL) <= 90"),
            "0");
  // ORDER BY base_num: amounts by their value in 元, whatever unit printed;
  // every step is non-decreasing and 万元 amounts interleave with 元 ones.
  auto amounts = Rows(
      "SELECT base_num, unit FROM v_facts WHERE kind = 'amount'"
      " AND base_num IS NOT NULL ORDER BY base_num");
  ASSERT_GT(amounts.size(), 50u);
  for (size_t i = 1; i < amounts.size(); ++i) {
    EXPECT_LE(std::stod(amounts[i - 1][0]), std::stod(amounts[i][0])) << i;
  }
  EXPECT_EQ(One("SELECT max(base_num) FROM v_facts WHERE kind = 'amount'"),
            Rows("SELECT base_num FROM v_facts WHERE kind = 'amount'"
                 " ORDER BY base_num DESC LIMIT 1")[0][0]);
  EXPECT_EQ(One("SELECT count(*) FROM v_facts WHERE unit = '万元'"
                " AND base_unit <> '元'"),
            "0");
}

TEST_F(DatasetCli, OneReportRowPerDocument) {
  EXPECT_EQ(One("SELECT count(*) FROM v_reports"), "5");
  EXPECT_EQ(One("SELECT count(DISTINCT doc_id) FROM v_reports"), "5");
  EXPECT_EQ(One("SELECT count(*) FROM v_reports r JOIN v_documents d"
                " USING (doc_id, path, bureau, fiscal_year)"),
            "5");
  // Seed 002's own figures, from its 绩效自评表's budget block.
  EXPECT_EQ(Rows("SELECT bureau, fiscal_year, report_kind, project,"
                 " figures_from, budget_full, budget_full_unit,"
                 " budget_full_yuan, executed, execution_rate, self_score,"
                 " grade FROM v_reports WHERE path LIKE '%/002_%'"),
            (std::vector<std::vector<std::string>>{
                {"益阳市医疗保障局", "2022", "项目支出",
                 "医疗服务和保障能力提升", "table", "194.19", "万元",
                 "1941900.0", "194.19", "100%", "100", "优秀"}}));
  // Seed 003 states them in a sentence:
  // 预算资金共计192.31万元，支出158.89万元， 预算执行率为83%.
  EXPECT_EQ(Rows("SELECT figures_from, budget, executed, execution_rate_num"
                 " FROM v_reports WHERE path LIKE '%/003_%'"),
            (std::vector<std::vector<std::string>>{
                {"text", "192.31", "158.89", "83.0"}}));
  // Findings counted per report equal v_findings' rows.
  EXPECT_EQ(One("SELECT sum(errors + warnings + infos) FROM v_reports"),
            One("SELECT count(*) FROM v_findings"));
}

TEST_F(DatasetCli, CsvWithBomForExcel) {
  const std::string csv = (dir_ / "r.csv").string();
  ASSERT_EQ(
      Tally("export --db " + db_ + " --table v_reports --bom -o " + csv).code,
      0);
  auto bytes = tally::ReadFile(csv);
  ASSERT_TRUE(bytes.ok());
  ASSERT_TRUE(
      bytes->starts_with("\xEF\xBB\xBF"
                         "doc_id,path,bureau,"));
  EXPECT_NE(bytes->find("益阳市医疗保障局"), std::string::npos);
  // Exactly one BOM, and without --bom none.
  EXPECT_EQ(bytes->find("\xEF\xBB\xBF", 3), std::string::npos);
  Result plain = Tally("export --db " + db_ + " --table v_reports");
  EXPECT_TRUE(plain.out.starts_with("doc_id,path,")) << plain.out.substr(0, 20);
  EXPECT_EQ(Tally("export --db " + db_ +
                  " --table v_reports --format jsonl"
                  " --bom")
                .code,
            2);
}

TEST_F(DatasetCli, XlsxWorkbook) {
  const std::string xlsx = (dir_ / "facts.xlsx").string();
  Result r =
      Tally("export --db " + db_ + " --table v_facts --format xlsx -o " + xlsx);
  ASSERT_EQ(r.code, 0) << r.out;
  const std::string rows = One("SELECT count(*) FROM v_facts");
  // Read back with Python's zipfile: one sheet named v_facts with a header
  // row and every fact, the bureau's name as text, base_num as numbers
  // (strings inline: the export writes row by row, in constant memory).
  Result check = Shell(
      "python3 - " + xlsx +
      " <<'EOF'\n"
      "import re, sys, zipfile\n"
      "z = zipfile.ZipFile(sys.argv[1])\n"
      "wb = z.read('xl/workbook.xml').decode()\n"
      "sheet = z.read('xl/worksheets/sheet1.xml').decode()\n"
      "strings = sheet\n"
      "print(re.findall(r'<sheet name=\"([^\"]+)\"', wb)[0])\n"
      "print(len(re.findall(r'<row ', sheet)))\n"
      "print('乐昌市医疗保障局' in strings)\n"
      "print(len(re.findall(r'<c r=\"[A-Z]+[0-9]+\"[^>]*><v>', sheet)) > 0)\n"
      "EOF");
  EXPECT_EQ(check.code, 0) << check.out;
  EXPECT_EQ(check.out, "v_facts\n" + std::to_string(std::stoi(rows) + 1) +
                           "\nTrue\nTrue\n");
  EXPECT_EQ(Tally("export --db " + db_ + " --table v_facts --format xlsx").code,
            2);  // a workbook needs -o
}

// Every view is exported, and `tally export --help` names it.
TEST_F(DatasetCli, EveryViewExportsAndTheHelpNamesIt) {
  Result help = Tally("export --help");
  ASSERT_EQ(help.code, 0) << help.out;
  std::string flat;  // the help with its line breaks as spaces
  for (char c : help.out) flat += c == '\n' ? ' ' : c;
  auto views = Rows(
      "SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name");
  ASSERT_GE(views.size(), 12u);
  for (const auto& v : views) {
    EXPECT_NE(flat.find(" " + v[0] + ","), std::string::npos) << v[0];
    Result csv = Tally("export --db " + db_ + " --table " + v[0] + " -o " +
                       (dir_ / (v[0] + ".csv")).string());
    EXPECT_EQ(csv.code, 0) << v[0] << ": " << csv.out;
  }
}

TEST_F(DatasetCli, MetadataDescribesEveryColumn) {
  const std::string meta = (dir_ / "metadata.json").string();
  ASSERT_EQ(Tally("export --db " + db_ + " --metadata -o " + meta).code, 0);
  // Every column of every view and table, per the database itself, has a
  // description, and the file is what Datasette reads.
  Result check = Shell(
      "python3 - " + meta + " " + db_ +
      " <<'EOF'\n"
      "import json, sqlite3, sys\n"
      "m = json.load(open(sys.argv[1]))\n"
      "tables = m['databases']['tally']['tables']\n"
      "db = sqlite3.connect(sys.argv[2])\n"
      "names = [r[0] for r in db.execute(\"SELECT name FROM sqlite_schema\"\n"
      "    \" WHERE type IN ('table', 'view') AND name <> 'meta'\"\n"
      "    \" AND name NOT GLOB 'page_fts_*'\"\n"
      "    \" AND name NOT LIKE 'sqlite_%'\")]\n"
      "bad = []\n"
      "for n in names:\n"
      "    t = tables.get(n)\n"
      "    if t is None or not t['description']:\n"
      "        bad.append(n); continue\n"
      "    for (c,) in db.execute('SELECT name FROM pragma_table_info(?)', "
      "(n,)):\n"
      "        if not t['columns'].get(c): bad.append(n + '.' + c)\n"
      "print(len(names), bad)\n"
      "print(tables['v_facts']['columns']['value_num'])\n"
      "EOF");
  ASSERT_EQ(check.code, 0) << check.out;
  // (page_fts_* are FTS5's own tables behind page_fts, which Datasette
  // hides.)
  EXPECT_TRUE(check.out.starts_with("29 []\n")) << check.out;
  EXPECT_NE(check.out.find("value as a number (REAL)"), std::string::npos)
      << check.out;
}

TEST_F(DatasetCli, SqliteUtilsReadsEverything) {
  // Debian's sqlite-utils: its CLI lists every table with its count and
  // every view; its library (run by the interpreter the CLI runs on) reads
  // every row of each as Python values.
  Result listed = Shell("sqlite-utils tables " + db_ + " --counts && " +
                        "sqlite-utils views " + db_);
  ASSERT_EQ(listed.code, 0) << listed.out;
  auto names = Rows(
      "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view')"
      " AND name NOT LIKE 'sqlite_%' ORDER BY name");
  // 29 exportable, meta, and the 5 tables FTS5 keeps behind page_fts.
  ASSERT_EQ(names.size(), 35u);
  std::string expected;
  for (const auto& row : names) {
    EXPECT_NE(listed.out.find("\"" + row[0] + "\""), std::string::npos)
        << row[0];
    expected += row[0] + " " + One("SELECT count(*) FROM " + row[0]) + "\n";
  }
  Result read = Shell(
      "py=$(sed -n '1s/^#! *//p' \"$(command -v sqlite-utils)\") && "
      "$py - " +
      db_ +
      " <<'EOF'\n"
      "import sqlite_utils, sys\n"
      "db = sqlite_utils.Database(sys.argv[1])\n"
      "for name in sorted(db.table_names() + db.view_names()):\n"
      "    if name.startswith('sqlite_'): continue\n"
      "    rows = list(db[name].rows)\n"
      "    assert all(isinstance(r, dict) for r in rows)\n"
      "    print(name, len(rows))\n"
      "EOF");
  ASSERT_EQ(read.code, 0) << read.out;
  EXPECT_EQ(read.out, expected);
  Result query = Shell("sqlite-utils query " + db_ +
                       " \"SELECT bureau, count(*) AS reports FROM v_reports"
                       " GROUP BY bureau ORDER BY bureau\" --csv");
  ASSERT_EQ(query.code, 0) << query.out;
  EXPECT_NE(query.out.find("乐昌市医疗保障局,2"), std::string::npos)
      << query.out;
}

}  // namespace
