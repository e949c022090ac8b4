// The check stage on hand-built documents: for each rule family a report
// that breaks it and reports that only look as if they did (rounding within
// half a unit, a 其中 that names some parts, 人 against 人次, 0 of 0 stated
// as 100%, a paragraph printed twice).
#include "check/check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/decimal.h"

namespace tally {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

int Exponent(const std::string& unit) {
  if (unit.rfind("亿", 0) == 0) return 8;
  if (unit.rfind("万", 0) == 0) return 4;
  return 0;
}

// Builds a one-page document the way the extractor would see it: lines of
// text, facts found in them by their printed text, sections as headings.
class Doc {
 public:
  // Appends a body line.
  Doc& Line(const std::string& text) {
    StartLine(text, false);
    return *this;
  }

  // Appends a heading line and opens a section under `parent` (-1: top).
  Doc& Heading(int level, int parent, const std::string& marker,
               const std::string& title) {
    Section s;
    s.level = level;
    s.parent = parent;
    s.marker = marker;
    s.title = title;
    s.page_no = 1;
    s.text_begin = uint32_t(text_.size());
    sections_.push_back(s);
    StartLine(marker + title, false);
    return *this;
  }

  // A fact of the last line: the next occurrence of `raw` after the last
  // fact; value and unit are read from raw ("437.32元" -> 437.32, 元) unless
  // given.
  Doc& F(const std::string& kind, const std::string& raw,
         const std::string& label, const std::string& qualifier = "") {
    Fact f;
    f.fact_id = int64_t(facts_.size()) + 1;
    f.kind = kind;
    f.raw = raw;
    size_t digits_end = 0;
    while (digits_end < raw.size() &&
           ((raw[digits_end] >= '0' && raw[digits_end] <= '9') ||
            raw[digits_end] == '.' || raw[digits_end] == '-')) {
      ++digits_end;
    }
    f.value = kind == "grade" ? raw : raw.substr(0, digits_end);
    f.unit = kind == "grade" ? "" : raw.substr(digits_end);
    // Strip a trailing 余 etc. that belongs to the qualifier, not the unit.
    if (f.unit.rfind("余", 0) == 0) f.unit = f.unit.substr(3);
    if (auto d = Decimal::Parse(f.value)) {
      f.base_value = (kind == "amount" || kind == "count")
                         ? d->Shift(Exponent(f.unit)).ToString()
                         : d->ToString();
    } else {
      f.base_value = f.value;
    }
    f.qualifier = qualifier;
    f.label = label;
    size_t at = text_.find(raw, cursor_);
    EXPECT_NE(at, std::string::npos) << raw << " not in the last line";
    f.text_begin = uint32_t(at);
    f.text_end = uint32_t(at + raw.size());
    cursor_ = f.text_end;
    // Sentence ordinal: the line's base plus the stops before the fact.
    int stops = 0;
    for (size_t p = text_.find("。", line_begin_); p < at;
         p = text_.find("。", p + 1)) {
      ++stops;
    }
    f.sentence = line_no_ * 100 + stops;
    f.in_table = in_table_;
    f.context = text_.substr(line_begin_);
    f.section = int(sections_.size()) - 1;
    f.page_no = 1;
    facts_.push_back(f);
    return *this;
  }

  // A table row: cells joined by tabs; its facts with F() are in_table.
  Doc& Row(const std::vector<std::string>& cells) {
    std::string line;
    for (size_t k = 0; k < cells.size(); ++k) {
      line += (k ? "\t" : "") + cells[k];
    }
    StartLine(line, true);
    return *this;
  }

  Doc& Indicator(const std::string& l1, const std::string& l2,
                 const std::string& l3, const std::string& weight,
                 const std::string& score) {
    IndicatorRow r;
    r.page_no = 1;
    r.level1 = l1;
    r.level2 = l2;
    r.level3 = l3;
    r.weight = weight;
    r.score = score;
    indicators_.push_back(r);
    return *this;
  }

  Doc& Budget(const std::string& item, const std::string& full,
              const std::string& executed, const std::string& rate) {
    BudgetRow b;
    b.page_no = 1;
    b.item = item;
    b.unit = "万元";
    b.full = full;
    b.executed = executed;
    b.rate = rate;
    budgets_.push_back(b);
    return *this;
  }

  std::vector<Finding> Check() {
    check::Document doc{{{1, text_}}, sections_, facts_, indicators_, budgets_};
    return check::CheckDocument(doc, check::Options());
  }

  int64_t Id(const std::string& raw, int nth = 0) const {
    for (const Fact& f : facts_) {
      if (f.raw == raw && nth-- == 0) return f.fact_id;
    }
    ADD_FAILURE() << "no fact " << raw;
    return -1;
  }

 private:
  void StartLine(const std::string& text, bool table) {
    if (!text_.empty()) text_ += "\n";
    line_begin_ = text_.size();
    cursor_ = line_begin_;
    text_ += text;
    in_table_ = table;
    ++line_no_;
  }

  std::string text_;
  size_t line_begin_ = 0, cursor_ = 0;
  int line_no_ = 0;
  bool in_table_ = false;
  std::vector<Section> sections_;
  std::vector<Fact> facts_;
  std::vector<IndicatorRow> indicators_;
  std::vector<BudgetRow> budgets_;
};

std::vector<Finding> Of(const std::vector<Finding>& all,
                        const std::string& rule) {
  std::vector<Finding> out;
  for (const Finding& f : all) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

bool AnyError(const std::vector<Finding>& all) {
  for (const Finding& f : all) {
    if (f.severity == "error") return true;
  }
  return false;
}

// --- sum.breakdown
// -------------------------------------------------------------

TEST(SumBreakdown, PartsAboveTheTotal) {
  Doc d;
  d.Line(
       "2020年公开医保政府信息50条，其中：医保政策文件及解读4条，医疗救助发放信"
       "息13条，其他医保工作信息36条。")
      .F("count", "50条", "公开医保政府信息")
      .F("count", "4条", "医保政策文件及解读")
      .F("count", "13条", "医疗救助发放信息")
      .F("count", "36条", "其他医保工作信息");
  std::vector<Finding> f = Of(d.Check(), "sum.breakdown");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].expected, "53条");
  EXPECT_EQ(f[0].actual, "50条");
  EXPECT_EQ(f[0].page_no, 1);
  EXPECT_THAT(f[0].fact_ids, ElementsAre(d.Id("50条"), d.Id("4条"),
                                         d.Id("13条"), d.Id("36条")));
  EXPECT_NE(f[0].message.find("4+13+36=53条"), std::string::npos)
      << f[0].message;
}

TEST(SumBreakdown, ExhaustiveListBelowTheTotal) {
  Doc d;
  d.Line(
       "2022年三公经费29000元，其中：因公出国（境）0元、车辆运行费20000元、公务"
       "接待费8000元。")
      .F("amount", "29000元", "三公经费")
      .F("amount", "0元", "境")
      .F("amount", "20000元", "车辆运行费")
      .F("amount", "8000元", "公务接待费");
  std::vector<Finding> f = Of(d.Check(), "sum.breakdown");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].expected, "28000元");
  EXPECT_EQ(f[0].actual, "29000元");
}

// Tolerance: half a unit of the last printed digit of every member. Here
// 0.05 (2.0) + 0.005 + 0.005 = 0.06.
TEST(SumBreakdown, ToleranceIsHalfAUnitPerMember) {
  auto check = [](const std::string& a, const std::string& b) {
    Doc d;
    d.Line("共支出2.0万元，分别为" + a + "万元、" + b + "万元。")
        .F("amount", "2.0万元", "共支出")
        .F("amount", a + "万元", "")
        .F("amount", b + "万元", "");
    return Of(d.Check(), "sum.breakdown");
  };
  EXPECT_THAT(check("0.97", "0.97"), IsEmpty());  // 1.94: exactly 0.06 short
  EXPECT_THAT(check("1.03", "1.03"), IsEmpty());  // 2.06: exactly 0.06 over
  ASSERT_EQ(check("0.96", "0.97").size(), 1u);    // 1.93
  EXPECT_EQ(check("0.96", "0.97")[0].severity, "error");
  ASSERT_EQ(check("1.03", "1.04").size(), 1u);  // 2.07
  EXPECT_EQ(check("1.03", "1.04")[0].expected, "2.07万元");
}

// Seed 004: 25.92 + 11.41 = 37.33 against 37.34 is rounding; 2975人次 +
// 277人次 against 3235人 counts visits against people.
TEST(SumBreakdown, RoundingAndPeopleAgainstVisitsAreNoSlip) {
  Doc d;
  d.Line(
       "全年职工门诊就诊150710人次，报销837."
       "9万元；实现了职工医保个人账户家庭共济3235人37."
       "34万元，其中：门诊共济2975人次25.92万元，住院共济277人次11.41万元。")
      .F("count", "150710人次", "职工门诊就诊")
      .F("amount", "837.9万元", "报销")
      .F("count", "3235人", "家庭共济")
      .F("amount", "37.34万元", "家庭共济")
      .F("count", "2975人次", "门诊共济")
      .F("amount", "25.92万元", "门诊共济")
      .F("count", "277人次", "住院共济")
      .F("amount", "11.41万元", "住院共济");
  EXPECT_THAT(d.Check(), IsEmpty());
}

TEST(SumBreakdown, PlantedRoundingBeyondTolerance) {
  Doc d;
  d.Line(
       "实现了职工医保个人账户家庭共济3235人37."
       "38万元，其中：门诊共济2975人次25.92万元，住院共济277人次11.41万元。")
      .F("count", "3235人", "家庭共济")
      .F("amount", "37.38万元", "家庭共济")
      .F("count", "2975人次", "门诊共济")
      .F("amount", "25.92万元", "门诊共济")
      .F("count", "277人次", "住院共济")
      .F("amount", "11.41万元", "住院共济");
  std::vector<Finding> f = d.Check();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "sum.breakdown");
  EXPECT_EQ(f[0].expected, "37.33万元");
}

// A 其中 followed by more than its parts, or with 等, names only some.
TEST(SumBreakdown, NonExhaustiveQizhongIsNoSlip) {
  Doc d;
  d.Line(
       "城乡居民医保基金支出13688.72万元，占基金收入的122.71%"
       "。其中：住院33580人次报销11663.42万元，门诊慢特病72293人次报销1080."
       "79万元，住院政策范围内报销比例达到72.78%。")
      .F("amount", "13688.72万元", "城乡居民医保基金支出")
      .F("percent", "122.71%", "占基金收入")
      .F("count", "33580人次", "住院")
      .F("amount", "11663.42万元", "住院报销")
      .F("count", "72293人次", "门诊慢特病")
      .F("amount", "1080.79万元", "门诊慢特病报销")
      .F("percent", "72.78%", "住院政策范围内报销比例");
  d.Line(
       "完成支付488.18万元，其中工资奖金208.72万元，社保、医保、公积金等51."
       "99万元。")
      .F("amount", "488.18万元", "完成支付")
      .F("amount", "208.72万元", "工资奖金")
      .F("amount", "51.99万元", "公积金等");
  d.Line("全年接待来访500人次，其中：老年人200人次、残疾人50人次。")
      .F("count", "500人次", "全年接待来访")
      .F("count", "200人次", "老年人")
      .F("count", "50人次", "残疾人");
  EXPECT_THAT(Of(d.Check(), "sum.breakdown"), IsEmpty());
}

// Seed 001: "（含生育保险待遇报销1119万元）" is inside 18629, not a third part.
TEST(SumBreakdown, ParentheticalNoteIsNotAPart) {
  Doc d;
  d.Line(
       "基本医疗保险待遇报销52034万元，其中：城乡居民基本医疗保险待遇报销33405"
       "万元、职工基本医疗保险待遇报销18629万元（含生育保险待遇报销1119万元）"
       "。")
      .F("amount", "52034万元", "基本医疗保险待遇报销")
      .F("amount", "33405万元", "城乡居民基本医疗保险待遇报销")
      .F("amount", "18629万元", "职工基本医疗保险待遇报销")
      .F("amount", "1119万元", "生育保险待遇报销");
  EXPECT_THAT(d.Check(), IsEmpty());
}

// One institution may be both 约谈 and 限期整改: counts above their total
// are only an oddity.
TEST(SumBreakdown, OverlappingCountsAreInfo) {
  Doc d;
  d.Line(
       "共查处违规定点医药机构585家，其中通报批评60家，约谈314家，限期整改372家"
       "。")
      .F("count", "585家", "查处违规定点医药机构")
      .F("count", "60家", "通报批评")
      .F("count", "314家", "约谈")
      .F("count", "372家", "限期整改");
  std::vector<Finding> f = d.Check();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "info");
}

// A sentence that opens with 其中 breaks down the sentence before; several
// rows in prose pair up by label.
TEST(SumBreakdown, QizhongOpeningTheNextSentence) {
  Doc d;
  d.Line(
       "职工医保管理工作经费15万元，支出15万元。其中培训支出3万元，检查支出4万"
       "元，印刷支出5万元，宣传经费2万元，其他支出3万元。")
      .F("amount", "15万元", "职工医保管理工作经费")
      .F("amount", "15万元", "支出")
      .F("amount", "3万元", "培训支出")
      .F("amount", "4万元", "检查支出")
      .F("amount", "5万元", "印刷支出")
      .F("amount", "2万元", "宣传经费")
      .F("amount", "3万元", "其他支出");
  std::vector<Finding> f = Of(d.Check(), "sum.breakdown");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected, "17万元");
  EXPECT_EQ(f[0].fact_ids.front(), d.Id("15万元", 1));

  Doc rows;
  rows.Line(
          "预算资金共计192.31万元，支出158.89万元，结转33."
          "42万元。其中局机关预算资金149.31万元，支出133.89万元，结转15."
          "42万元；中心预算资金33万元，支出15万元，结转18万元；居民中心预算资金"
          "10万元，支出10万元。")
      .F("amount", "192.31万元", "预算资金")
      .F("amount", "158.89万元", "支出")
      .F("amount", "33.42万元", "结转")
      .F("amount", "149.31万元", "预算资金")
      .F("amount", "133.89万元", "支出")
      .F("amount", "15.42万元", "结转")
      .F("amount", "33万元", "预算资金")
      .F("amount", "15万元", "支出")
      .F("amount", "18万元", "结转")
      .F("amount", "10万元", "预算资金")
      .F("amount", "10万元", "支出");
  EXPECT_THAT(rows.Check(), IsEmpty());
}

// A relation that holds once one number is read in 万元 is a unit slip.
TEST(SumBreakdown, RescaledPartIsAUnitError) {
  Doc d;
  d.Line("下达资金100.5万元，具体为：设备60.5万元、培训40元。")
      .F("amount", "100.5万元", "下达资金")
      .F("amount", "60.5万元", "设备")
      .F("amount", "40元", "培训");
  std::vector<Finding> f = d.Check();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "unit.magnitude");
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].expected, "40万元");
  EXPECT_EQ(f[0].actual, "40元");
}

TEST(SumBreakdown, BudgetTableRows) {
  Doc d;
  d.Row({"年度资金总额", "194.19", "194.19"})
      .F("amount", "194.19", "年度资金总额 全年预算数");
  d.Row({"其中：当年财政拨款", "149.19", "194.19"})
      .F("amount", "149.19", "其中：当年财政拨款 全年预算数");
  d.Budget("年度资金总额", "194.19", "194.19", "100%")
      .Budget("其中：当年财政拨款", "149.19", "194.19", "")
      .Budget("上年结转资金", "", "", "")
      .Budget("其他资金", "", "", "");
  std::vector<Finding> f = Of(d.Check(), "sum.breakdown");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].expected, "149.19万元");
  EXPECT_EQ(f[0].actual, "194.19万元");
  EXPECT_THAT(f[0].fact_ids, ElementsAre(d.Id("194.19"), d.Id("149.19")));
}

// --- rate.ratio
// ------------------------------------------------------------------

TEST(RateRatio, StatedRateWithinHalfAUnit) {
  auto check = [](const std::string& spent, const std::string& rate) {
    Doc d;
    d.Line("预算资金200万元，支出" + spent + "万元，预算执行率为" + rate + "。")
        .F("amount", "200万元", "预算资金")
        .F("amount", spent + "万元", "支出")
        .F("percent", rate, "预算执行率");
    return Of(d.Check(), "rate.ratio");
  };
  EXPECT_THAT(check("165", "83%"), IsEmpty());     // 82.5%: on the edge
  EXPECT_THAT(check("166.99", "83%"), IsEmpty());  // 83.495%
  ASSERT_EQ(check("164.99", "83%").size(), 1u);    // 82.495%
  std::vector<Finding> f = check("108", "45%");    // 54%
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].expected, "54%");
  EXPECT_EQ(f[0].actual, "45%");
}

TEST(RateRatio, ZeroOfZeroIsAHundredPercent) {
  Doc d;
  d.Line("下达资金0万元，实际支出0万元，执行率100%。")
      .F("amount", "0万元", "下达资金")
      .F("amount", "0万元", "实际支出")
      .F("percent", "100%", "执行率");
  EXPECT_THAT(d.Check(), IsEmpty());
}

TEST(RateRatio, ShareOfANamedQuantity) {
  Doc d;
  d.Line(
       "城镇职工参保14731人，基金收入6809.15万元，基金支出7183."
       "01万元，占基金收入的105.94%。")
      .F("count", "14731人", "城镇职工参保")
      .F("amount", "6809.15万元", "基金收入")
      .F("amount", "7183.01万元", "基金支出")
      .F("percent", "105.94%", "占基金收入");
  std::vector<Finding> f = d.Check();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "rate.ratio");
  EXPECT_EQ(f[0].expected, "105.49%");
  EXPECT_THAT(f[0].fact_ids, ElementsAre(d.Id("105.94%"), d.Id("7183.01万元"),
                                         d.Id("6809.15万元")));
}

TEST(RateRatio, BudgetTableRate) {
  Doc d;
  d.Budget("年度资金总额", "194.19", "194.19", "90%");
  std::vector<Finding> f = Of(d.Check(), "rate.ratio");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected, "100%");
  EXPECT_EQ(f[0].actual, "90%");
}

// --- balance.carryover
// -------------------------------------------------------------

TEST(BalanceCarryover, BudgetMinusSpending) {
  auto check = [](const std::string& left) {
    Doc d;
    d.Line("市财政局下达补助资金28万元，支出12.58万元，余" + left + "万元。")
        .F("amount", "28万元", "市财政局下达补助资金")
        .F("amount", "12.58万元", "支出")
        .F("amount", left + "万元", "余");
    return Of(d.Check(), "balance.carryover");
  };
  EXPECT_THAT(check("15.42"), IsEmpty());
  std::vector<Finding> f = check("15.52");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].expected, "15.42万元");
  EXPECT_EQ(f[0].actual, "15.52万元");
}

// --- unit.magnitude
// -----------------------------------------------------------------

TEST(UnitMagnitude, YuanAmongWanYuanSiblings) {
  Doc d;
  d.Line(
       "2022年完成新冠肺炎核酸检测费用医保结算314113人次，涉及医疗总费用620."
       "13万元，基金申报总金额453.07万元，医保基金实际拨付437.32元。")
      .F("count", "314113人次", "医保结算")
      .F("amount", "620.13万元", "涉及医疗总费用")
      .F("amount", "453.07万元", "基金申报总金额")
      .F("amount", "437.32元", "医保基金实际拨付");
  std::vector<Finding> f = d.Check();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "unit.magnitude");
  EXPECT_EQ(f[0].severity, "warning");
  EXPECT_EQ(f[0].expected, "437.32万元");
  EXPECT_EQ(f[0].actual, "437.32元");
  EXPECT_EQ(f[0].fact_ids.front(), d.Id("437.32元"));
}

// Seed 001's 1322元 fine and seed 004's 1200余元 are genuine 元 amounts.
TEST(UnitMagnitude, GenuineSmallAmountsAreNoSlip) {
  Doc d;
  d.Line(
       "涉及违规金额113.72万元，追回医保基金113."
       "85万元，对4家药店作出追回、处罚金额1322元等处理。")
      .F("amount", "113.72万元", "涉及违规金额")
      .F("amount", "113.85万元", "追回医保基金")
      .F("count", "4家", "对")
      .F("amount", "1322元", "处罚金额");
  d.Line(
       "共开展联系交流79次，走访探视62次，资助资金1200余元，专项救治资金150万元"
       "。")
      .F("count", "79次", "开展联系交流")
      .F("count", "62次", "走访探视")
      .F("amount", "1200余元", "资助资金", "≈")
      .F("amount", "150万元", "专项救治资金");
  EXPECT_THAT(d.Check(), IsEmpty());
}

// --- score.total, score.cap
// -----------------------------------------------------------

TEST(ScoreTotal, SectionWeightAgainstItsChildren) {
  Doc d;
  d.Heading(3, -1, "3、", "效益指标")
      .Line("指标分值40分，得分40分。")
      .F("score", "40分", "指标分值")
      .F("score", "40分", "得分");
  d.Heading(4, 0, "（1）", "社会效益指标")
      .Line("指标分值40分，得分40分。")
      .F("score", "40分", "指标分值")
      .F("score", "40分", "得分");
  d.Heading(4, 0, "（2）", "服务对象满意度指标")
      .Line("指标分值10分，得分10分。")
      .F("score", "10分", "指标分值")
      .F("score", "10分", "得分");
  std::vector<Finding> f = Of(d.Check(), "score.total");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].expected, "50分");
  EXPECT_EQ(f[0].actual, "40分");
  EXPECT_THAT(f[0].fact_ids,
              ElementsAre(d.Id("40分", 0), d.Id("40分", 2), d.Id("10分", 0)));
}

// Seed 001 prints weights for some items only: nothing to add up.
TEST(ScoreTotal, IncompleteChildWeightsSayNothing) {
  Doc d;
  d.Heading(3, -1, "3.", "资产管理")
      .Line("指标分值9分，该指标主要从资产配置合规性等方面进行考核。")
      .F("score", "9分", "指标分值");
  d.Heading(4, 0, "（1）", "资产配置合规性（2分）")
      .F("score", "2分", "资产配置合规性");
  d.Heading(4, 0, "（2）", "资产盘点情况");
  EXPECT_THAT(d.Check(), IsEmpty());
}

// A heading OCR lost ("（1）" read as "（\D") drops a child: markers that
// do not count from 1 say the list is incomplete.
TEST(ScoreTotal, LostHeadingSaysNothing) {
  Doc d;
  d.Heading(3, -1, "3.", "资产管理")
      .Line("指标分值7分，该指标主要从资产配置合规性等方面进行考核。")
      .F("score", "7分", "指标分值");
  d.Heading(4, 0, "（2）", "资产盘点情况（2分）")
      .F("score", "2分", "资产盘点情况");
  d.Heading(4, 0, "（3）", "固定资产利用率（3分）")
      .F("score", "3分", "固定资产利用率");
  EXPECT_THAT(d.Check(), IsEmpty());
}

TEST(ScoreTotal, ProseSumAndTable) {
  Doc d;
  d.Line(
       "项目资金执行率得分10分，产出指标得分50分，效益指标得分40分，共计得分90"
       "分。")
      .F("score", "10分", "项目资金执行率得分")
      .F("score", "50分", "产出指标得分")
      .F("score", "40分", "效益指标得分")
      .F("score", "90分", "计得分");
  std::vector<Finding> f = Of(d.Check(), "score.total");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected, "100分");
  EXPECT_EQ(f[0].actual, "90分");

  Doc t;
  t.Indicator("产出指标（50分）", "数量指标", "覆盖率", "15", "15")
      .Indicator("产出指标（50分）", "质量指标", "合格率", "30", "32");
  t.Row({"总分", "", "", "45", "47"})
      .F("score", "45", "总分 分值")
      .F("score", "47", "总分 得分");
  std::vector<Finding> all = t.Check();
  std::vector<Finding> total = Of(all, "score.total");
  std::vector<Finding> cap = Of(all, "score.cap");
  ASSERT_EQ(total.size(), 1u);  // rows 15 + 30 = 45 against (50分)
  EXPECT_EQ(total[0].expected, "45分");
  EXPECT_EQ(total[0].actual, "50分");
  ASSERT_EQ(cap.size(), 1u);  // 32 above its 30
  EXPECT_EQ(cap[0].actual, "32分");
  EXPECT_EQ(cap[0].expected, "≤30分");
}

TEST(ScoreCap, ProseScoreAboveItsWeight) {
  Doc d;
  d.Heading(3, -1, "1、", "资金管理")
      .Line("指标分值10分，得分12分。")
      .F("score", "10分", "指标分值")
      .F("score", "12分", "得分");
  std::vector<Finding> f = Of(d.Check(), "score.cap");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].actual, "12分");
  EXPECT_THAT(f[0].fact_ids, ElementsAre(d.Id("12分"), d.Id("10分")));
}

// --- grade.band
// --------------------------------------------------------------------

TEST(GradeBand, BandsTheReportStates) {
  auto check = [](const std::string& score, const std::string& grade) {
    Doc d;
    d.Line(
        "评价等次分为五个等次，其中分值90（含）-100分为“优秀”，分值80（含）-"
        "90分为“良好”，分值60（含）-80分为“合格”，60分以下为“不合格”。");
    d.Line("项目绩效自评得分为" + score + "，评价等级为：" + grade + "。")
        .F("score", score, "项目绩效自评得分")
        .F("grade", grade, "评价等级");
    return Of(d.Check(), "grade.band");
  };
  EXPECT_THAT(check("100分", "优秀"), IsEmpty());
  EXPECT_THAT(check("89.5分", "良好"), IsEmpty());
  std::vector<Finding> f = check("100分", "良好");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].expected, "优秀");
  EXPECT_EQ(f[0].actual, "良好（100分）");
  // 90 belongs to 优秀 here: "80（含）-90" leaves it out.
  ASSERT_EQ(check("90分", "良好").size(), 1u);
}

TEST(GradeBand, NationalDefaultBands) {
  auto check = [](const std::string& score, const std::string& grade) {
    Doc d;
    d.Line("最终评分结果为" + score + "，绩效评级为“" + grade + "”。")
        .F("score", score, "最终评分结果")
        .F("grade", grade, "绩效评级");
    return Of(d.Check(), "grade.band");
  };
  EXPECT_THAT(check("95分", "优"), IsEmpty());
  EXPECT_THAT(check("90分", "良"), IsEmpty());  // on the edge: either
  std::vector<Finding> f = check("95分", "良");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].expected, "优");
}

// Seed 000: a grade without a total says nothing; item scores are not one.
TEST(GradeBand, NoTotalNoFinding) {
  Doc d;
  d.Line("医保人才培养合格率：开展培训1期，自评得分3分。")
      .F("count", "1期", "开展培训")
      .F("score", "3分", "自评得分");
  d.Line("总体评价：良好。").F("grade", "良好", "总体评价");
  EXPECT_THAT(d.Check(), IsEmpty());
}

// --- fact.conflict
// --------------------------------------------------------------------

TEST(FactConflict, RestatedSentenceWithAnotherNumber) {
  const std::string a =
      "资助特殊人群参加城乡居民医疗保险共20129人，资助资金644."
      "13万元；发放医疗救助补助资金183.3万元。";
  const std::string b =
      "资助特殊人群参加城乡居民医疗保险共20129人，资助资金664."
      "13万元；发放医疗救助补助资金183.3万元。";
  Doc d;
  d.Line(a)
      .F("count", "20129人", "资助特殊人群参加城乡居民医疗保险")
      .F("amount", "644.13万元", "资助资金")
      .F("amount", "183.3万元", "发放医疗救助补助资金");
  d.Line(b)
      .F("count", "20129人", "资助特殊人群参加城乡居民医疗保险")
      .F("amount", "664.13万元", "资助资金")
      .F("amount", "183.3万元", "发放医疗救助补助资金");
  std::vector<Finding> f = d.Check();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "fact.conflict");
  EXPECT_EQ(f[0].severity, "warning");
  EXPECT_EQ(f[0].actual, "664.13万元");
  EXPECT_EQ(f[0].expected, "644.13万元");
  EXPECT_THAT(f[0].fact_ids,
              ElementsAre(d.Id("664.13万元"), d.Id("644.13万元")));
}

TEST(FactConflict, IdenticalRepeatsAndDifferentProjectsAreFine) {
  const std::string s = "资助资金644.13万元；发放医疗救助补助资金183.3万元。";
  Doc d;
  d.Line(s)
      .F("amount", "644.13万元", "资助资金")
      .F("amount", "183.3万元", "发放医疗救助补助资金");
  d.Line(s)
      .F("amount", "644.13万元", "资助资金")
      .F("amount", "183.3万元", "发放医疗救助补助资金");
  // Two projects in the same words: no number in common.
  d.Line("下达资金40万元，完成支付40万元。")
      .F("amount", "40万元", "下达资金")
      .F("amount", "40万元", "完成支付");
  d.Line("下达资金19万元，完成支付19万元。")
      .F("amount", "19万元", "下达资金")
      .F("amount", "19万元", "完成支付");
  EXPECT_THAT(d.Check(), IsEmpty());

  // Like sentences under different headings are about different things.
  Doc cars;
  cars.Heading(3, -1, "5、", "购置应急保障用车")
      .Line("其中车辆购置款17.88万元，车辆购置税1.58万元，保险费用0.72万元。")
      .F("amount", "17.88万元", "车辆购置款")
      .F("amount", "1.58万元", "车辆购置税")
      .F("amount", "0.72万元", "保险费用");
  cars.Heading(3, -1, "6、", "购置行政执法用车")
      .Line("其中车辆购置款17.88万元，车辆购置税1.60万元，保险费用0.72万元。")
      .F("amount", "17.88万元", "车辆购置款")
      .F("amount", "1.60万元", "车辆购置税")
      .F("amount", "0.72万元", "保险费用");
  EXPECT_THAT(Of(cars.Check(), "fact.conflict"), IsEmpty());
}

// A slip printed twice is one finding that cites both places.
TEST(Findings, RepeatedSlipIsOneFinding) {
  const std::string s =
      "涉及医疗总费用620.13万元，基金申报总金额453.07万元，医保基金实际拨付437."
      "32元。";
  Doc d;
  for (int k = 0; k < 2; ++k) {
    d.Line(s)
        .F("amount", "620.13万元", "涉及医疗总费用")
        .F("amount", "453.07万元", "基金申报总金额")
        .F("amount", "437.32元", "医保基金实际拨付");
  }
  std::vector<Finding> f = d.Check();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rule, "unit.magnitude");
  EXPECT_THAT(f[0].fact_ids, ::testing::Contains(d.Id("437.32元", 0)));
  EXPECT_THAT(f[0].fact_ids, ::testing::Contains(d.Id("437.32元", 1)));
}

// --- table.text
// -----------------------------------------------------------------------

TEST(TableText, SectionWeightAgainstTableRows) {
  Doc d;
  d.Heading(4, -1, "（1）", "社会效益指标")
      .Line("指标分值40分，得分40分。")
      .F("score", "40分", "指标分值")
      .F("score", "40分", "得分");
  for (const char* l3 :
       {"医保经办服务能力", "医保综合监管能力", "医药价格政策落实"}) {
    d.Indicator("效益指标（40分）", "社会效益指标", l3, "10", "10");
  }
  d.Indicator("效益指标（40分）", "服务对象满意度指标", "满意度", "10", "10");
  std::vector<Finding> f = Of(d.Check(), "table.text");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].expected, "30分");
  EXPECT_EQ(f[0].actual, "40分");
}

TEST(TableText, ListedPercentagesAgainstProse) {
  Doc d;
  d.Line(
       "2022年度已实现机构覆盖率86.46%，病种覆盖率为94.84%，基金覆盖率为76.26%"
       "。")
      .F("percent", "86.46%", "已实现机构覆盖率")
      .F("percent", "94.84%", "病种覆盖率")
      .F("percent", "76.26%", "基金覆盖率");
  d.Row({"DIP试点", "医疗机构≥40% 病种≥70% 基金≥30%",
         "医疗机构≥86.46% 病种≥94.84% 基金≥67.26%", "15", "15"})
      .F("percent", "40%", "医疗机构", "≥")
      .F("percent", "70%", "病种", "≥")
      .F("percent", "30%", "基金", "≥")
      .F("percent", "86.46%", "医疗机构", "≥")
      .F("percent", "94.84%", "病种", "≥")
      .F("percent", "67.26%", "基金", "≥");
  std::vector<Finding> f = Of(d.Check(), "table.text");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "warning");
  EXPECT_EQ(f[0].actual, "67.26%");
  EXPECT_EQ(f[0].expected, "76.26%");
}

// --- percent.range
// --------------------------------------------------------------------

TEST(PercentRange, RatesAboveAHundred) {
  Doc d;
  d.Line("定点医药机构监督检查覆盖率108%。")
      .F("percent", "108%", "定点医药机构监督检查覆盖率");
  d.Line("任务完成率105%。").F("percent", "105%", "任务完成率");
  d.Line("城乡居民医保基金支出占基金收入的122.71%。")
      .F("percent", "122.71%", "城乡居民医保基金支出占基金收入");
  d.Line("运行率≥90%，满意度100%。")
      .F("percent", "90%", "运行率", "≥")
      .F("percent", "100%", "满意度");
  std::vector<Finding> f = Of(d.Check(), "percent.range");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].actual, "108%");
  EXPECT_EQ(f[1].severity, "warning");
  EXPECT_EQ(f[1].actual, "105%");
}

// --- count.mismatch
// -------------------------------------------------------------------

TEST(CountMismatch, StatedCountAgainstNumberedItems) {
  auto check = [](const std::string& n) {
    Doc d;
    d.Heading(1, -1, "一、", "项目基本情况")
        .Line("2019年全球预算项目共有" + n + "项，预算资金共计192.31万元。")
        .F("count", n + "项", "全球预算项目")
        .F("amount", "192.31万元", "预算资金");
    for (int k = 1; k <= 9; ++k) {
      d.Heading(3, 0, std::to_string(k) + "、", "项目" + std::to_string(k));
    }
    return Of(d.Check(), "count.mismatch");
  };
  EXPECT_THAT(check("9"), IsEmpty());
  std::vector<Finding> f = check("10");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "warning");
  EXPECT_EQ(f[0].expected, "9项");
  EXPECT_EQ(f[0].actual, "10项");
}

TEST(CountMismatch, ColonList) {
  auto check = [](const std::string& line, const std::string& raw) {
    Doc d;
    d.Line(line).F("count", raw, "内设");
    return Of(d.Check(), "count.mismatch");
  };
  EXPECT_THAT(
      check("局内设3个股室：办公室、待遇保障股、医药采购股，包括当年变动情况。",
            "3个"),
      IsEmpty());
  EXPECT_EQ(
      check("局内设4个股室：办公室、待遇保障股、医药采购股，包括当年变动情况。",
            "4个")
          .size(),
      1u);
  // A list ending in 等 is not the whole list.
  EXPECT_THAT(check("共设8个站点：职工广场、坪石镇、梅花镇等镇（街）。", "8个"),
              IsEmpty());
}

// --- The whole document
// ------------------------------------------------------------------

TEST(CheckDocument, OrderedByPageThenRule) {
  Doc d;
  d.Line("覆盖率108%。").F("percent", "108%", "覆盖率");
  d.Line("公开信息50条，其中：甲4条，乙13条，其他36条。")
      .F("count", "50条", "公开信息")
      .F("count", "4条", "甲")
      .F("count", "13条", "乙")
      .F("count", "36条", "其他");
  std::vector<Finding> f = d.Check();
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].rule, "percent.range");
  EXPECT_EQ(f[1].rule, "sum.breakdown");
  EXPECT_TRUE(AnyError(f));
}

TEST(CheckDocument, EmptyDocument) {
  std::vector<Section> s;
  std::vector<Fact> f;
  std::vector<IndicatorRow> i;
  std::vector<BudgetRow> b;
  check::Document doc{{}, s, f, i, b};
  EXPECT_THAT(check::CheckDocument(doc, check::Options()), IsEmpty());
}

// A slip that may be the OCR's: an error resting on a doubtful reading is
// only a warning.
TEST(CheckDocument, LowConfidenceOcrDowngradesErrors) {
  std::string text = "覆盖率108%。";
  std::vector<Fact> facts(1);
  facts[0].fact_id = 9;
  facts[0].kind = "percent";
  facts[0].value = facts[0].base_value = "108";
  facts[0].unit = "%";
  facts[0].label = "覆盖率";
  facts[0].page_no = 1;
  facts[0].text_begin = 9;
  facts[0].text_end = 13;
  facts[0].source = "ocr";
  facts[0].ocr_confidence = 62;
  std::vector<Section> s;
  std::vector<IndicatorRow> i;
  std::vector<BudgetRow> b;
  check::Document doc{{{1, text}}, s, facts, i, b};
  std::vector<Finding> f = check::CheckDocument(doc, check::Options());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "warning");
  facts[0].ocr_confidence = 93;
  f = check::CheckDocument(doc, check::Options());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
}

// Tesseract reads "100%" as "1009%" with high confidence: not an error.
TEST(CheckDocument, OcrPercentSignMisreadIsAWarning) {
  std::string text = "覆盖率1009%。";
  std::vector<Fact> facts(1);
  facts[0].fact_id = 1;
  facts[0].kind = "percent";
  facts[0].value = facts[0].base_value = "1009";
  facts[0].unit = "%";
  facts[0].label = "覆盖率";
  facts[0].page_no = 1;
  facts[0].text_begin = 9;
  facts[0].text_end = 14;
  facts[0].source = "ocr";
  facts[0].ocr_confidence = 98;
  std::vector<Section> s;
  std::vector<IndicatorRow> i;
  std::vector<BudgetRow> b;
  check::Document doc{{{1, text}}, s, facts, i, b};
  std::vector<Finding> f = check::CheckDocument(doc, check::Options());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "warning");
  facts[0].source = "text";
  EXPECT_EQ(check::CheckDocument(doc, check::Options())[0].severity, "error");
}

// Damaged input (offsets past the page, numbers that do not parse, section
// indices out of range, a fact on a page that is missing) yields no crash.
TEST(CheckDocument, SurvivesDamagedInput) {
  std::vector<Section> sections(2);
  sections[0].parent = 7;
  sections[1].parent = -3;
  sections[1].text_begin = 1u << 30;
  std::vector<Fact> facts;
  const char* kinds[] = {"amount", "count", "percent", "score", "grade"};
  for (int k = 0; k < 40; ++k) {
    Fact f;
    f.fact_id = k + 1;
    f.kind = kinds[k % 5];
    f.value = k % 3 ? std::to_string(k * 37 % 101) + ".5" : "x";
    f.base_value = k % 4 ? f.value : "";
    f.unit = k % 2 ? "万元" : "元";
    f.label = k % 3 ? "其中支出结余占收入执行率" : "";
    f.sentence = k / 4;
    f.section = k % 7 - 2;
    f.in_table = k % 6 == 0;
    f.page_no = k % 3;
    f.text_begin = uint32_t(k * 5 + (k % 5 == 0 ? 1 << 20 : 0));
    f.text_end = uint32_t(k % 8 == 0 ? 0 : f.text_begin + 4);
    facts.push_back(f);
  }
  std::vector<IndicatorRow> rows(3);
  rows[0].level1 = "产出指标（";
  rows[1].weight = "abc";
  rows[2].score = "5";
  std::vector<BudgetRow> budgets(2);
  budgets[0].item = "年度资金总额";
  budgets[0].rate = "%";
  budgets[1].item = "其中";
  budgets[1].full = "1";
  std::string text = "其中（（含 分别为 90（含）-分为“优秀” 60分以下为";
  check::Document doc{{{1, text}}, sections, facts, rows, budgets};
  check::CheckDocument(doc, check::Options());
}

}  // namespace
}  // namespace tally
