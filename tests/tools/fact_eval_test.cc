// tests/tools/fact_eval_test.cc: the core of eval_facts (tools/fact_eval.h),
// and the structural sanity of every committed gold file corpus/gold/*.tsv.
#include "tools/fact_eval.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/file.h"

namespace tally::tools {
namespace {

// ---- Decimals ----

TEST(CanonicalDecimalTest, CanonicalForms) {
  EXPECT_EQ(CanonicalDecimal("100"), "100");
  EXPECT_EQ(CanonicalDecimal("100.00"), "100");
  EXPECT_EQ(CanonicalDecimal("0100.50"), "100.5");
  EXPECT_EQ(CanonicalDecimal("98182.00"), "98182");
  EXPECT_EQ(CanonicalDecimal(".5"), "0.5");
  EXPECT_EQ(CanonicalDecimal("0.0"), "0");
  EXPECT_EQ(CanonicalDecimal("-0"), "0");
  EXPECT_EQ(CanonicalDecimal("-1.20"), "-1.2");
  EXPECT_EQ(CanonicalDecimal(" 437.32 "), "437.32");
  EXPECT_EQ(CanonicalDecimal("217,605,546.01"), "217605546.01");
  EXPECT_EQ(CanonicalDecimal("4.3732e6"), "4373200");
  EXPECT_EQ(CanonicalDecimal("4373200.0"), "4373200");
  EXPECT_EQ(CanonicalDecimal("1.5E-2"), "0.015");
}

TEST(CanonicalDecimalTest, RejectsNonNumbers) {
  for (const char* s : {"", ".", "-", "1.2.3", "12a", "1,23", "1,2345", ",123",
                        "1e", "１２", "90%", "e5", "1 2"}) {
    EXPECT_EQ(CanonicalDecimal(s), std::nullopt) << s;
  }
}

TEST(DecimalEqualTest, ExactNotFloat) {
  EXPECT_TRUE(DecimalEqual("100", "100.00"));
  EXPECT_TRUE(DecimalEqual("0.1", "0.10"));
  EXPECT_TRUE(DecimalEqual("217605546.01", "217605546.010"));
  EXPECT_FALSE(DecimalEqual("217605546.01", "217605546.02"));
  // Differ past double precision: a float comparison would call them equal.
  EXPECT_FALSE(DecimalEqual("9007199254740993", "9007199254740992"));
  EXPECT_FALSE(DecimalEqual("0.30000000000000001", "0.3"));
  EXPECT_FALSE(DecimalEqual("437.32", "43732"));
  EXPECT_FALSE(DecimalEqual("abc", "abc"));  // not numbers at all
}

// ---- Gold parsing ----

constexpr char kGold[] =
    "\xEF\xBB\xBF# a comment, then a blank line\n"
    "\n"
    "meta\tbureau\t乐昌市医疗保障局\n"
    "meta\tfiscal_year\t2022\n"
    "meta\treport_kind\t部门整体支出\n"
    "meta\treport_date\t-\n"
    "amount\t437.32\t元\t\t医保基金实际拨付\t拨付 437.32 元\r\n"
    "percent\t95\t%\t≥\t参保率\t95%以上\n"
    "# comment between records\n"
    "grade\t优秀\t\t\t自评\t自评优秀\n"
    "indicator\t产出指标(50分)\t数量指标\t覆盖率\t100%\t100%\t10\t10\t\n"
    "budget\t上年结转资金\t\t\t\t\t\t\n"
    "budget\t其他资金\n";  // trailing empty fields stripped by an editor

TEST(ParseGoldTest, CommentsEmptyFieldsAndRecords) {
  StatusOr<GoldDocument> doc = ParseGold(kGold);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->meta.size(), 4u);
  EXPECT_EQ(doc->meta.at("bureau"), "乐昌市医疗保障局");
  EXPECT_EQ(doc->meta.at("report_date"), "-");
  ASSERT_EQ(doc->facts.size(), 3u);
  EXPECT_EQ(doc->facts[0].kind, "amount");
  EXPECT_EQ(doc->facts[0].value, "437.32");
  EXPECT_EQ(doc->facts[0].unit, "元");
  EXPECT_EQ(doc->facts[0].qualifier, "");
  EXPECT_EQ(doc->facts[0].label, "医保基金实际拨付");
  EXPECT_EQ(doc->facts[0].snippet, "拨付 437.32 元");  // "\r" stripped
  EXPECT_EQ(doc->facts[0].line, 7);
  EXPECT_EQ(doc->facts[1].qualifier, "≥");
  EXPECT_EQ(doc->facts[2].kind, "grade");
  EXPECT_EQ(doc->facts[2].unit, "");
  EXPECT_EQ(doc->facts[2].line, 10);
  ASSERT_EQ(doc->indicators.size(), 1u);
  EXPECT_EQ(doc->indicators[0].level1, "产出指标(50分)");
  EXPECT_EQ(doc->indicators[0].weight, "10");
  EXPECT_EQ(doc->indicators[0].note, "");
  ASSERT_EQ(doc->budgets.size(), 2u);
  EXPECT_EQ(doc->budgets[0].item, "上年结转资金");
  EXPECT_EQ(doc->budgets[0].full, "");
  EXPECT_EQ(doc->budgets[1].item, "其他资金");
  EXPECT_EQ(doc->budgets[1].score, "");
  EXPECT_TRUE(ValidateGold(*doc).empty());
}

TEST(ParseGoldTest, ErrorsNameTheLine) {
  struct Case {
    const char* text;
    const char* want;  // substring of the message
  };
  for (const Case& c : {
           Case{"meta\tbureau\tX\nfoo\t1\n", "line 2: unknown record type"},
           Case{"amount\t1\t元\t\tl\ts\textra\n", "line 1: amount wants 6"},
           Case{"amount\t1,000\t元\t\tl\ts\n", "is not a decimal"},
           Case{"percent\t９０\t%\t\tl\ts\n", "is not a decimal"},
           Case{"amount\t\t元\t\tl\ts\n", "without a value"},
           Case{"meta\tcolour\tred\n", "unknown meta key"},
           Case{"meta\tbureau\tA\nmeta\tbureau\tB\n", "line 2: meta key"},
           Case{"date\t2023-01-30\t\t\t\t\n", "unknown record type"},
       }) {
    StatusOr<GoldDocument> doc = ParseGold(c.text);
    ASSERT_FALSE(doc.ok()) << c.text;
    EXPECT_NE(doc.status().message().find(c.want), std::string::npos)
        << doc.status().message();
  }
}

TEST(ValidateGoldTest, FindsConventionBreaks) {
  StatusOr<GoldDocument> doc = ParseGold(
      "meta\tbureau\tX\n"
      "meta\tfiscal_year\t2022年\n"
      "meta\treport_date\t2023/01/30\n"
      "amount\t5\t\t\tl\ts\n"      // no unit
      "amount\t5\t%\t\tl\ts\n"     // not money
      "count\t5\t个\t~\tl\ts\n"    // bad qualifier
      "count\t5\t万份\t≈\tl\ts\n"  // fine
      "count\t5\t岁\t\tl\ts\n"     // not a measure word
      "grade\t优\t分\t\tl\ts\n");  // a grade with a unit
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::vector<std::string> problems = ValidateGold(*doc);
  auto has = [&](const std::string& s) {
    return std::any_of(problems.begin(), problems.end(), [&](const auto& p) {
      return p.find(s) != std::string::npos;
    });
  };
  EXPECT_TRUE(has("meta report_kind missing"));
  EXPECT_TRUE(has("fiscal_year '2022年'"));
  EXPECT_TRUE(has("report_date '2023/01/30'"));
  EXPECT_TRUE(has("line 4: amount 5: unit missing"));
  EXPECT_TRUE(has("line 5: amount 5: unit '%' is not money"));
  EXPECT_TRUE(has("line 6: count 5: qualifier '~'"));
  EXPECT_FALSE(has("line 7"));
  EXPECT_TRUE(has("line 8: count 5: unit '岁'"));
  EXPECT_TRUE(has("line 9: grade 优: a grade has no unit"));
  EXPECT_EQ(problems.size(), 8u);
}

// ---- Stems ----

TEST(StemOfPathTest, BasenameWithoutLastExtension) {
  EXPECT_EQ(StemOfPath("corpus/pdf/001_c70d33421e53e59a.pdf"),
            "001_c70d33421e53e59a");
  EXPECT_EQ(StemOfPath("/abs/build/corpus/scans/grey300/002_e689.png"),
            "002_e689");
  EXPECT_EQ(StemOfPath("corpus/seeds/003_8721.txt"), "003_8721");
  EXPECT_EQ(StemOfPath("004_b8c8"), "004_b8c8");
  EXPECT_EQ(StemOfPath("C:\\docs\\000_7f69.tif"), "000_7f69");
  EXPECT_EQ(StemOfPath("dir.d/report.tar.gz"), "report.tar");
  EXPECT_EQ(StemOfPath("dir/.hidden"), ".hidden");
  EXPECT_NE(StemOfPath("corpus/pdf/001_c70d.pdf"), "001_c70d.pdf");
}

// ---- Fact matching ----

GoldFact G(std::string kind, std::string value, std::string unit,
           std::string qualifier = "", std::string label = "") {
  GoldFact f;
  f.kind = std::move(kind);
  f.value = std::move(value);
  f.unit = std::move(unit);
  f.qualifier = std::move(qualifier);
  f.label = std::move(label);
  return f;
}

ExtractedFact E(std::string kind, std::string value, std::string unit,
                std::string qualifier = "", std::string label = "") {
  ExtractedFact f;
  f.kind = std::move(kind);
  f.value = std::move(value);
  f.unit = std::move(unit);
  f.qualifier = std::move(qualifier);
  f.label = std::move(label);
  return f;
}

TEST(MatchFactsTest, MultisetWithDuplicatesAnFpAndAnFn) {
  // Gold prints 217605546.01 元 three times and 100% twice; the extractor
  // found the amount twice (one FN), the percent three times (one FP), and
  // 437.32 with the wrong unit (an FN and an FP).
  std::vector<GoldFact> gold = {
      G("amount", "217605546.01", "元"), G("percent", "100", "%"),
      G("amount", "217605546.01", "元"), G("amount", "437.32", "元"),
      G("percent", "100", "%"),          G("amount", "217605546.01", "元")};
  std::vector<ExtractedFact> got = {
      E("amount", "217605546.010", "元"), E("percent", "100.0", "%"),
      E("amount", "217605546.01", "元"),  E("amount", "437.32", "万元"),
      E("percent", "100", "%"),           E("percent", "100", "%"),
      E("date", "2023-01-30", ""),  // not a gold kind: ignored
  };
  FactMatchResult m = MatchFacts(gold, got);
  std::vector<std::pair<size_t, size_t>> want_matched = {
      {0, 0}, {1, 1}, {2, 2}, {4, 4}};
  EXPECT_EQ(m.matched, want_matched);
  EXPECT_EQ(m.missed, (std::vector<size_t>{3, 5}));
  EXPECT_EQ(m.spurious, (std::vector<size_t>{3, 5}));

  std::map<std::string, KindScore> scores;
  AddFactScores(gold, got, m, &scores);
  EXPECT_EQ(scores.size(), 5u);  // every gold kind, even with no facts
  const KindScore& amount = scores["amount"];
  EXPECT_EQ(amount.gold, 4u);
  EXPECT_EQ(amount.extracted, 3u);
  EXPECT_EQ(amount.tp, 2u);
  EXPECT_EQ(amount.fp(), 1u);
  EXPECT_EQ(amount.fn(), 2u);
  EXPECT_DOUBLE_EQ(amount.precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(amount.recall(), 0.5);
  const KindScore& percent = scores["percent"];
  EXPECT_EQ(percent.tp, 2u);
  EXPECT_EQ(percent.fp(), 1u);
  EXPECT_EQ(percent.fn(), 0u);
  EXPECT_DOUBLE_EQ(percent.recall(), 1.0);
  EXPECT_EQ(scores["count"].gold, 0u);
  EXPECT_DOUBLE_EQ(scores["count"].precision(), 1.0);  // nothing claimed
  EXPECT_DOUBLE_EQ(scores["count"].recall(), 1.0);     // nothing to find
}

TEST(MatchFactsTest, EarlyMissedDuplicateIsTheOneReported) {
  // Seed 002 prints 90% four times; an extractor that misses the first
  // (LaTeX in the .txt) must not be reported as missing the last.
  std::vector<GoldFact> gold = {
      G("percent", "90", "%", "≥", "医保信息系统正常运行率"),
      G("percent", "90", "%", ">", "医保服务满意度"),
      G("percent", "90", "%", "≥", "正常运行率 年度指标值"),
      G("percent", "90", "%", "", "满意度 实际完成值")};
  std::vector<ExtractedFact> got = {
      E("percent", "90", "%", ">", "参保人员对益阳市医保服务满意度"),
      E("percent", "90", "%", "≥", "验收合格率和正常运行率 年度指标值"),
      E("percent", "90", "%", "", "社会公众或服务对象满意度 实际完成值")};
  FactMatchResult m = MatchFacts(gold, got);
  EXPECT_EQ(m.missed, std::vector<size_t>{0});
  EXPECT_EQ(m.matched,
            (std::vector<std::pair<size_t, size_t>>{{1, 0}, {2, 1}, {3, 2}}));
  EXPECT_TRUE(m.spurious.empty());
  std::map<std::string, KindScore> scores;
  AddFactScores(gold, got, m, &scores);
  EXPECT_EQ(scores["percent"].qualifier_agree, 3u);
}

TEST(MatchFactsTest, FullWidthUnitsAndGradesFold) {
  std::vector<GoldFact> gold = {G("percent", "12.5", "%"),
                                G("grade", "优", "")};
  std::vector<ExtractedFact> got = {E("percent", "12.50", "％"),
                                    E("grade", " 优 ", "")};
  FactMatchResult m = MatchFacts(gold, got);
  EXPECT_EQ(m.matched.size(), 2u);
}

TEST(MatchFactsTest, KindAndUnitMustAgree) {
  std::vector<GoldFact> gold = {G("score", "10", "分"), G("count", "2", "天"),
                                G("grade", "优秀", "")};
  std::vector<ExtractedFact> got = {E("amount", "10", "分"),
                                    E("count", "2", "天次"),
                                    E("grade", "优 秀", "")};
  FactMatchResult m = MatchFacts(gold, got);
  EXPECT_EQ(m.matched, (std::vector<std::pair<size_t, size_t>>{{2, 2}}));
  EXPECT_EQ(m.missed, (std::vector<size_t>{0, 1}));
  EXPECT_EQ(m.spurious, (std::vector<size_t>{0, 1}));
}

TEST(MatchFactsTest, NothingExtractedIsRecallZero) {
  std::vector<GoldFact> gold = {G("amount", "33", "万元"),
                                G("amount", "33", "万元")};
  FactMatchResult m = MatchFacts(gold, {});
  std::map<std::string, KindScore> scores;
  AddFactScores(gold, {}, m, &scores);
  EXPECT_EQ(scores["amount"].tp, 0u);
  EXPECT_EQ(scores["amount"].fn(), 2u);
  EXPECT_DOUBLE_EQ(scores["amount"].recall(), 0.0);
  EXPECT_DOUBLE_EQ(scores["amount"].precision(), 1.0);
}

TEST(AgreementTest, QualifierAndLabelCountedButDoNotDecideMatch) {
  std::vector<GoldFact> gold = {
      G("percent", "95", "%", "≥", "基本医疗保险参保率"),
      G("percent", "85", "%", "≥", "其他救助对象救助比例"),
      G("amount", "1200", "元", "≈", "资助资金")};
  std::vector<ExtractedFact> got = {
      E("percent", "95", "%", "≥", "参保率"),    // both agree
      E("percent", "85", "%", "", "救助 人数"),  // neither agrees
      E("amount", "1200", "元", "≈", "")};       // empty label
  FactMatchResult m = MatchFacts(gold, got);
  ASSERT_EQ(m.matched.size(), 3u);
  std::map<std::string, KindScore> scores;
  AddFactScores(gold, got, m, &scores);
  EXPECT_EQ(scores["percent"].qualifier_agree, 1u);
  EXPECT_EQ(scores["percent"].label_agree, 1u);
  EXPECT_EQ(scores["amount"].qualifier_agree, 1u);
  EXPECT_EQ(scores["amount"].label_agree, 0u);
}

TEST(LabelsAgreeTest, ContainmentIgnoringSpaces) {
  EXPECT_TRUE(LabelsAgree("医保基金实际拨付", "实际拨付"));
  EXPECT_TRUE(LabelsAgree("预算执行率", "资金管理 预算执行率"));
  EXPECT_TRUE(LabelsAgree("年度资金总额 全年预算数", "年度资金总额全年预算数"));
  EXPECT_FALSE(LabelsAgree("预算执行率", "执行数"));
  EXPECT_FALSE(LabelsAgree("预算执行率", ""));
  EXPECT_FALSE(LabelsAgree("", ""));
}

// ---- Metadata ----

TEST(MetaEqualTest, ExactWithDashForNull) {
  EXPECT_TRUE(MetaEqual("乐昌市医疗保障局", std::string("乐昌市医疗保障局")));
  EXPECT_FALSE(MetaEqual("临泽县医保局", std::string("临泽县医疗保障局")));
  EXPECT_TRUE(MetaEqual("2022", std::string("2022")));
  EXPECT_FALSE(MetaEqual("2022", std::nullopt));
  EXPECT_TRUE(MetaEqual("-", std::nullopt));
  EXPECT_TRUE(MetaEqual("-", std::string("")));
  EXPECT_FALSE(MetaEqual("-", std::string("2023-01-30")));
  EXPECT_FALSE(MetaEqual("2023-01-30", std::string("2023-1-30")));
}

// ---- Indicator and budget rows ----

TEST(CellsEqualTest, WhitespaceAndNumbers) {
  EXPECT_TRUE(CellsEqual("产出指标(50分)", "产出指标 (50分)"));
  EXPECT_TRUE(CellsEqual("产出指标(50分)", "产出指标（50分）"));  // width
  EXPECT_FALSE(CellsEqual("产出指标(50分)", "产出指标(40分)"));
  EXPECT_TRUE(CellsEqual("15", "15分"));
  EXPECT_TRUE(CellsEqual("10分", "10.0"));
  EXPECT_TRUE(CellsEqual("100%", "100"));
  EXPECT_TRUE(CellsEqual("194.19", "194.190"));
  EXPECT_TRUE(CellsEqual("", ""));
  EXPECT_FALSE(CellsEqual("100%", "100分"));
  EXPECT_FALSE(CellsEqual("15", "5"));
  EXPECT_FALSE(CellsEqual("", "0"));
  EXPECT_FALSE(CellsEqual("≥90%", "90%"));
}

TEST(ScoreIndicatorsTest, PairsByLevel3) {
  std::vector<GoldIndicator> gold = {
      {1, "产出指标(50分)", "数量指标", "覆盖率", "100%", "100%", "10", "10",
       ""},
      {2, "产出指标(50分)", "质量指标", "信息公开性和及时性", "信息公开",
       "100%", "5", "5", ""},
      {3, "效益指标(40分)", "满意度指标", "满意度", "≥80%", "90%", "10", "10",
       ""}};
  std::vector<ExtractedIndicator> got = {
      // out of order, spaces inside cells, weight printed with 分
      {6, "产出指标 (50分)", "质量指标", "信息公开性和 及时性", "信息公开",
       "100%", "5分", "5", ""},
      {5, "产出指标 (50分)", "数量指标", "覆盖率", "100%", "95%", "10", "10",
       ""},
      {6, "效益指标(40分)", "满意度指标", "其他", "", "", "", "", ""}};
  RowScore s = ScoreIndicators(gold, got);
  EXPECT_EQ(s.total, 3u);
  EXPECT_EQ(s.found, 2u);
  EXPECT_EQ(s.weight_score_ok, 2u);
  EXPECT_EQ(s.fully_ok, 1u);
  EXPECT_EQ(s.extra, 1u);
  ASSERT_EQ(s.mismatches.size(), 2u);
  EXPECT_EQ(s.mismatches[0].gold, 0u);
  EXPECT_EQ(s.mismatches[0].extracted, std::optional<size_t>(1));
  EXPECT_EQ(s.mismatches[0].fields, std::vector<std::string>{"actual"});
  EXPECT_EQ(s.mismatches[1].gold, 2u);
  EXPECT_EQ(s.mismatches[1].extracted, std::nullopt);
}

TEST(ScoreBudgetsTest, PairsByItemIgnoringQiZhong) {
  std::vector<GoldBudget> gold = {
      {1, "年度资金总额", "", "194.19", "194.19", "10分", "100%", "10"},
      {2, "其中：当年财政拨款", "", "194.19", "194.19", "", "", ""},
      {3, "上年结转资金", "", "", "", "", "", ""}};
  std::vector<ExtractedBudget> got = {
      {5, "年度资金总额", "", "194.19", "194.19", "10", "100", "10"},
      {5, "当年财政拨款", "", "194.19", "194.2", "", "", ""}};
  RowScore s = ScoreBudgets(gold, got);
  EXPECT_EQ(s.found, 2u);
  EXPECT_EQ(s.fully_ok, 1u);
  EXPECT_EQ(s.weight_score_ok, 2u);
  ASSERT_EQ(s.mismatches.size(), 2u);
  EXPECT_EQ(s.mismatches[0].fields, std::vector<std::string>{"executed"});
  EXPECT_EQ(s.mismatches[1].extracted, std::nullopt);
}

// ---- The committed gold files ----

std::string ReadAll(const std::filesystem::path& p) {
  StatusOr<std::string> text = ReadFile(p.string());
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : "";
}

std::vector<std::filesystem::path> GoldFiles() {
  std::vector<std::filesystem::path> files;
  for (const auto& e :
       std::filesystem::directory_iterator(TALLY_CORPUS "/gold")) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(CorpusGoldTest, EverySeedHasAGoldFile) {
  std::set<std::string> gold, seeds;
  for (const auto& p : GoldFiles()) gold.insert(p.stem().string());
  for (const auto& e :
       std::filesystem::directory_iterator(TALLY_CORPUS "/seeds")) {
    if (e.path().extension() == ".txt") seeds.insert(e.path().stem().string());
  }
  EXPECT_FALSE(seeds.empty());
  EXPECT_EQ(gold, seeds);
}

TEST(CorpusGoldTest, FilesAreStructurallySound) {
  std::vector<std::filesystem::path> files = GoldFiles();
  ASSERT_FALSE(files.empty());
  for (const auto& path : files) {
    SCOPED_TRACE(path.string());
    const std::string text = ReadAll(path);
    ASSERT_FALSE(text.empty());
    EXPECT_TRUE(text.starts_with("#")) << "starts with a comment";
    EXPECT_EQ(text.find('\r'), std::string::npos) << "LF line ends";

    // Raw field counts, independent of the parser's leniency.
    std::istringstream lines(text);
    std::string line;
    int no = 0;
    size_t facts = 0;
    while (std::getline(lines, line)) {
      ++no;
      if (line.empty() || line[0] == '#') continue;
      size_t fields = std::count(line.begin(), line.end(), '\t') + 1;
      std::string type = line.substr(0, line.find('\t'));
      size_t want = type == "meta"        ? 3
                    : type == "indicator" ? 9
                    : type == "budget"    ? 8
                                          : 6;
      EXPECT_EQ(fields, want) << "line " << no << ": " << line;
      if (IsGoldFactKind(type)) ++facts;
    }

    StatusOr<GoldDocument> doc = ParseGold(text);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->facts.size(), facts);
    for (const std::string& p : ValidateGold(*doc)) ADD_FAILURE() << p;
    EXPECT_EQ(doc->meta.size(), 4u);
    for (const GoldFact& f : doc->facts) {
      SCOPED_TRACE("line " + std::to_string(f.line));
      EXPECT_TRUE(IsGoldFactKind(f.kind));
      if (f.kind != "grade") {
        EXPECT_TRUE(CanonicalDecimal(f.value).has_value()) << f.value;
        EXPECT_FALSE(f.unit.empty());
      }
      EXPECT_FALSE(f.label.empty());
      EXPECT_FALSE(f.snippet.empty());
    }
  }
}

TEST(GoldRelationsTest, HoldingOrBrokenOfTwoNumbersOrMore) {
  const std::string ann =
      "meta\turl\thttp://x\n"
      "amount\t100\t万元\t\t下达\t下达100万元\n"
      "rel\tholds\tsum.breakdown\t100\t-\t100 60 40.00\t下达 = 中央 + 省级\n"
      "rel\tbroken\trate.ratio\t96\t95\t95 100 96\t执行率\n"
      "rel\ttrap\tsum.breakdown\t100\t-\t100 30 20\t其中 not whole\n"
      "rel\tholds\tgrade.band\t92\t-\t92\t优\n"
      "rel\tholds\tfact.conflict\t68\t-\t68 68\tone figure twice\n"
      "rel\tholds\tscore.cap\t9\t-\t9 10";
  std::vector<GoldRelation> rels = ParseGoldRelations(ann);
  ASSERT_EQ(rels.size(), 3u);
  EXPECT_EQ(rels[0].family, "sum.breakdown");
  EXPECT_EQ(rels[0].line, 3);
  EXPECT_EQ(rels[0].numbers, (std::vector<std::string>{"100", "60", "40"}));
  EXPECT_EQ(rels[1].status, "broken");
  EXPECT_EQ(rels[2].family, "score.cap");
  EXPECT_EQ(rels[2].note, "");

  std::vector<std::vector<std::string>> extracted = {{"100", "60"},
                                                     {"95", "100", "96", "5"}};
  EXPECT_FALSE(RelationCovered(rels[0], extracted));  // 40 in none
  EXPECT_TRUE(RelationCovered(rels[1], extracted));   // a superset
  extracted.push_back({"40", "100", "60"});
  EXPECT_TRUE(RelationCovered(rels[0], extracted));
  EXPECT_FALSE(RelationCovered(rels[2], {}));
}

}  // namespace
}  // namespace tally::tools
