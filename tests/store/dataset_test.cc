// The analyst's dataset: numbers as numbers beside the exact text, units
// taken apart, one row per report in v_reports, and where every row comes
// from on every view.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "base/file.h"
#include "store/store.h"

namespace tally::store {
namespace {

using Row = std::vector<std::optional<std::string>>;

Fact MakeFact(int64_t id, const std::string& kind, const std::string& value,
              const std::string& unit, const std::string& base,
              const std::string& label) {
  Fact f;
  f.fact_id = id;
  f.kind = kind;
  f.raw = value + unit;
  f.value = value;
  f.unit = unit;
  f.base_value = base;
  f.label = label;
  f.page_no = 1;
  f.source = "text";
  f.rule_id = "test";
  return f;
}

// A 项目支出 report with an indicator table and its budget block.
DocumentRecord Report(const std::string& path, char sha, int year) {
  DocumentRecord doc;
  doc.path = path;
  doc.sha256 = std::string(64, sha);
  doc.file_kind = "text";
  doc.status = "ok";
  doc.page_count = 1;
  doc.pipeline_version = "test";
  doc.bureau = "益阳市医疗保障局";
  doc.fiscal_year = year;
  doc.report_kind = "项目支出";
  doc.project = "医疗服务和保障能力提升";
  PageRecord page;
  page.page_no = 1;
  page.source = "text";
  page.text = "…";
  doc.pages = {page};
  doc.facts = {
      MakeFact(1, "amount", "437.32", "万元", "4373200", "医保基金实际拨付"),
      MakeFact(2, "amount", "99", "元", "99", "印刷费"),
      MakeFact(3, "amount", "1.2", "亿元", "120000000", "基金支出"),
      MakeFact(4, "percent", "95.5", "%", "95.5", "参保率"),
      MakeFact(5, "percent", "100", "%", "100", "预算执行率"),
      MakeFact(6, "count", "2975", "人次", "2975", "救助"),
      MakeFact(7, "count", "3.2", "万人", "32000", "参保"),
      MakeFact(8, "score", "4", "分", "4", "自评得分"),
      MakeFact(9, "score", "96", "分", "96", "自评得分"),
      MakeFact(10, "grade", "优秀", "", "", "评价等级"),
      MakeFact(11, "date", "2023-01-30", "", "", "填报日期"),
  };
  IndicatorRow ind;
  ind.page_no = 1;
  ind.level1 = "产出指标（50分）";
  ind.level2 = "数量指标(20分)";
  ind.level3 = "医保信息系统验收合格率";
  ind.target = "≥90%";
  ind.actual = "100%";
  ind.weight = "15";
  ind.score = "15";
  IndicatorRow odd = ind;
  odd.level1 = "效益指标";
  odd.level2 = "";
  odd.target = "医疗机构≥40% 病种≥70%";
  odd.actual = "完成";
  odd.weight = "9.5";
  odd.score = "10";
  doc.indicators = {ind, odd};
  BudgetRow total;
  total.page_no = 1;
  total.item = "年度资金总额";
  total.unit = "万元";
  total.initial = "200";
  total.full = "194.19";
  total.executed = "194.19";
  total.rate = "100%";
  total.weight = "10";
  total.score = "10";
  BudgetRow part = total;
  part.item = "其中：当年财政拨款";
  part.full = "150";
  doc.budgets = {part, total};
  Finding warn, err;
  warn.rule = "unit.magnitude";
  warn.severity = "warning";
  warn.message = "m";
  warn.page_no = 1;
  warn.fact_ids = {1};
  err.rule = "sum.breakdown";
  err.severity = "error";
  err.message = "m";
  err.page_no = 1;
  err.fact_ids = {2, 3};
  doc.findings = {warn, err, err};
  return doc;
}

class DatasetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("dataset_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    auto store = Store::Open((dir_ / "t.sqlite").string(), Options());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    ASSERT_TRUE(store_->PutDocument(Report("/a/r1.txt", 'a', 2022)).ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::vector<Row> Rows(const std::string& sql) {
    auto r = store_->Query(sql);
    EXPECT_TRUE(r.ok()) << sql << ": " << r.status().ToString();
    return r.ok() ? r->rows : std::vector<Row>();
  }
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(DatasetTest, NumbersCompareAndSortAsNumbers) {
  // As TEXT, '99' > '437.32' and '100' < '95.5'; as numbers they are not.
  EXPECT_EQ(Rows("SELECT label FROM v_facts WHERE value_num > 90"
                 " ORDER BY value_num"),
            (std::vector<Row>{{"参保率"},
                              {"自评得分"},
                              {"印刷费"},
                              {"预算执行率"},
                              {"医保基金实际拨付"},
                              {"救助"}}));
  // Grades and dates have no number (CAST would make them 0).
  EXPECT_EQ(Rows("SELECT count(*) FROM v_facts WHERE kind IN ('grade', 'date')"
                 " AND value_num IS NULL AND base_num IS NULL"),
            (std::vector<Row>{{"2"}}));
  // Amounts rank by their value in 元, whatever unit was printed.
  EXPECT_EQ(Rows("SELECT raw, base_num, base_unit FROM v_facts"
                 " WHERE kind = 'amount' ORDER BY base_num DESC"),
            (std::vector<Row>{{"1.2亿元", "120000000.0", "元"},
                              {"437.32万元", "4373200.0", "元"},
                              {"99元", "99.0", "元"}}));
  EXPECT_EQ(Rows("SELECT base_unit FROM v_facts WHERE label = '参保'"),
            (std::vector<Row>{{"人"}}));
}

TEST_F(DatasetTest, IndicatorCellsTakenApart) {
  EXPECT_EQ(
      Rows("SELECT level1, level1_printed, level1_weight, level2,"
           " level2_weight, target_op, target_value, target_num, target_unit,"
           " actual_op, actual_value, actual_unit, weight_num, score_num"
           " FROM v_indicators ORDER BY indicator_id"),
      (std::vector<Row>{
          {"产出指标", "产出指标（50分）", "50", "数量指标", "20", "≥", "90",
           "90.0", "%", "", "100", "%", "15.0", "15.0"},
          // Cells of another shape: no parts, rather than a guess.
          {"效益指标", "效益指标", std::nullopt, std::nullopt, std::nullopt,
           std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
           std::nullopt, std::nullopt, "9.5", "10.0"}}));
  EXPECT_EQ(Rows("SELECT sum(weight_num) FROM v_indicators"
                 " WHERE level1 = '产出指标'"),
            (std::vector<Row>{{"15.0"}}));
}

TEST_F(DatasetTest, BudgetsInTheBaseUnit) {
  EXPECT_EQ(Rows("SELECT item, full_num, full_base, base_unit, unit_factor,"
                 " rate_num FROM v_budgets ORDER BY budget_id"),
            (std::vector<Row>{{"其中：当年财政拨款", "150.0", "1500000.0", "元",
                               "10000.0", "100.0"},
                              {"年度资金总额", "194.19", "1941900.0", "元",
                               "10000.0", "100.0"}}));
}

// A printed cell that is not a number ('—' for none, '-', words a table
// overran into) has NULL *_num, not the 0.0 SQLite's CAST makes of it, so
// count(), min() and avg() over the numbers are not fooled.
TEST_F(DatasetTest, CellsThatAreNotNumbersAreNull) {
  DocumentRecord doc = Report("/a/r2.txt", 'b', 2023);
  BudgetRow& total = doc.budgets[1];
  total.initial = "—";
  total.full = "-";
  total.executed = "资金执行准确";
  total.rate = "暂无";
  total.weight = "";
  doc.budgets[0].full = "3359.62万";
  doc.budgets[0].executed = "-5";
  doc.indicators[0].weight = "—";
  doc.indicators[0].score = "暂无";
  ASSERT_TRUE(store_->PutDocument(doc).ok());
  const std::string id =
      "(SELECT doc_id FROM v_documents WHERE path = '/a/r2.txt')";
  EXPECT_EQ(Rows("SELECT initial_num, full_num, executed_num, rate_num,"
                 " weight_num, initial_base, full_base, executed_base"
                 " FROM v_budgets WHERE item = '年度资金总额' AND doc_id = " +
                 id),
            (std::vector<Row>{{std::nullopt, std::nullopt, std::nullopt,
                               std::nullopt, std::nullopt, std::nullopt,
                               std::nullopt, std::nullopt}}));
  EXPECT_EQ(Rows("SELECT budget, budget_yuan, budget_full_yuan, executed_yuan,"
                 " execution_rate, execution_rate_num FROM v_reports"
                 " WHERE doc_id = " +
                 id),
            (std::vector<Row>{{"—", std::nullopt, std::nullopt, std::nullopt,
                               "暂无", std::nullopt}}));
  EXPECT_EQ(Rows("SELECT weight_num, score_num FROM v_indicators"
                 " WHERE doc_id = " +
                 id + " ORDER BY indicator_id"),
            (std::vector<Row>{{std::nullopt, std::nullopt}, {"9.5", "10.0"}}));
  // Numbers with what follows them still read: '100%', '3359.62万', '-5'.
  EXPECT_EQ(Rows("SELECT rate_num, full_num, executed_num FROM v_budgets"
                 " WHERE doc_id = " +
                 id + " AND item LIKE '其中%'"),
            (std::vector<Row>{{"100.0", "3359.62", "-5.0"}}));
}

TEST_F(DatasetTest, OneReportRowWithItsHeadlineFigures) {
  EXPECT_EQ(
      Rows("SELECT bureau, fiscal_year, report_kind, project, figures_from,"
           " budget, budget_unit, budget_yuan, budget_full, budget_full_yuan,"
           " executed, executed_yuan, execution_rate, execution_rate_num,"
           " self_score, grade, errors, warnings, infos, facts FROM v_reports"),
      (std::vector<Row>{{"益阳市医疗保障局",
                         "2022",
                         "项目支出",
                         "医疗服务和保障能力提升",
                         "table",
                         "200",
                         "万元",
                         "2000000.0",
                         "194.19",
                         "1941900.0",
                         "194.19",
                         "1941900.0",
                         "100%",
                         "100.0",
                         "96",
                         "优秀",
                         "2",
                         "1",
                         "0",
                         "11"}}));
  // A second report of the same bureau: one row each, so a total per bureau
  // counts each report once.
  // Without a budget block, the figures of the sentence that states the
  // budget execution rate: "…项目共有9项，预算资金共计192.31万元，支出158.89
  // 万元，预算执行率为83%，结转33.42万元" (not a 政府采购执行率, not the 9项).
  DocumentRecord other = Report("/a/r2.txt", 'b', 2023);
  other.budgets.clear();
  other.findings.clear();
  other.facts = {MakeFact(1, "percent", "100", "%", "100", "政府采购执行率"),
                 MakeFact(2, "count", "9", "项", "9", "预算项目"),
                 MakeFact(3, "amount", "192.31", "万元", "1923100", "预算资金"),
                 MakeFact(4, "amount", "158.89", "万元", "1588900", "支出"),
                 MakeFact(5, "percent", "83", "%", "83", "预算执行率"),
                 MakeFact(6, "amount", "33.42", "万元", "334200", "结转")};
  for (Fact& f : other.facts) f.sentence = f.fact_id == 1 ? 2 : 3;
  ASSERT_TRUE(store_->PutDocument(other).ok());
  EXPECT_EQ(Rows("SELECT path, figures_from, budget, budget_yuan, executed,"
                 " executed_yuan, execution_rate, execution_rate_num"
                 " FROM v_reports ORDER BY doc_id"),
            (std::vector<Row>{{"/a/r1.txt", "table", "200", "2000000.0",
                               "194.19", "1941900.0", "100%", "100.0"},
                              {"/a/r2.txt", "text", "192.31", "1923100.0",
                               "158.89", "1588900.0", "83%", "83.0"}}));
  EXPECT_EQ(Rows("SELECT bureau, count(*), sum(budget_yuan)"
                 " FROM v_reports GROUP BY bureau"),
            (std::vector<Row>{{"益阳市医疗保障局", "2", "3923100.0"}}));
  // The budget relation the extract stage found decides over the labels: a
  // spending labelled 完成支付 is no label the fallback knows.
  DocumentRecord third = Report("/a/r3.txt", 'c', 2023);
  third.budgets.clear();
  third.findings.clear();
  third.facts = {MakeFact(1, "amount", "40", "万元", "400000", "下达资金"),
                 MakeFact(2, "amount", "36", "万元", "360000", "完成支付"),
                 MakeFact(3, "percent", "90", "%", "90", "执行率")};
  Relation budget;
  budget.kind = "budget";
  budget.rule = "test";
  budget.members = {{"allocated", 0}, {"spent", 1}, {"rate", 2}};
  third.relations = {budget};
  ASSERT_TRUE(store_->PutDocument(third).ok());
  EXPECT_EQ(Rows("SELECT figures_from, budget, executed, executed_yuan,"
                 " execution_rate FROM v_reports WHERE path = '/a/r3.txt'"),
            (std::vector<Row>{{"text", "40", "36", "360000.0", "90%"}}));
}

TEST_F(DatasetTest, EveryViewSaysWhereItsRowsComeFrom) {
  auto views = store_->Exportable();
  ASSERT_TRUE(views.ok());
  int checked = 0;
  for (const std::string& v : *views) {
    if (!v.starts_with("v_")) continue;
    ++checked;
    auto r = store_->Query("SELECT path, bureau, fiscal_year FROM " + v +
                           " LIMIT 1");
    EXPECT_TRUE(r.ok()) << v << ": " << r.status().ToString();
  }
  EXPECT_GE(checked, 10);
}

// docs/database.md is the contract: its table of views names every column
// each view has (path, bureau, fiscal_year and the box x0..y1 are named once,
// under Conventions, for all of them).
TEST_F(DatasetTest, DatabaseMdNamesEveryColumnOfEveryView) {
  StatusOr<std::string> md = ReadFile(std::string(TALLY_DOCS) + "/database.md");
  ASSERT_TRUE(md.ok()) << md.status().ToString();
  auto views = store_->Exportable();
  ASSERT_TRUE(views.ok());
  int checked = 0;
  for (const std::string& v : *views) {
    if (!v.starts_with("v_")) continue;
    // The view's row of the table: "| `v_facts` | ... |".
    size_t at = md->find("| `" + v + "` |");
    ASSERT_NE(at, std::string::npos) << v << " is not in docs/database.md";
    std::string row = md->substr(at, md->find('\n', at) - at);
    std::set<std::string> named;
    std::regex word("[a-z_0-9]+");
    for (auto it = std::sregex_iterator(row.begin(), row.end(), word);
         it != std::sregex_iterator(); ++it) {
      named.insert(it->str());
    }
    for (const Row& c : Rows("SELECT name FROM pragma_table_info('" + v + "')")) {
      const std::string& column = *c[0];
      if (column == "path" || column == "bureau" || column == "fiscal_year" ||
          (column.size() == 2 && (column[0] == 'x' || column[0] == 'y'))) {
        continue;
      }
      EXPECT_TRUE(named.count(column)) << v << "." << column
                                       << " is not in docs/database.md";
      ++checked;
    }
  }
  EXPECT_GT(checked, 150);
}

}  // namespace
}  // namespace tally::store
