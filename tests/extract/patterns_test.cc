// Every rule in patterns/ is run on its own examples and counter-examples,
// through the whole extractor (so priorities between families count), and
// the rules file format rejects what it should, naming file and line.
#include "extract/patterns.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/extract.h"

namespace tally::extract {
namespace {

using ::testing::HasSubstr;

const std::string kPatternsDir = std::string(TALLY_CORPUS) + "/../patterns";

std::vector<Fact> ExtractText(const Extractor& ex, const std::string& text) {
  std::vector<Page> pages(1);
  pages[0].page_no = 1;
  pages[0].text = text;
  pages[0].source = "text";
  return ex.Extract(pages).facts;
}

std::string Describe(const std::vector<Fact>& facts) {
  std::string s;
  for (const Fact& f : facts) {
    s += "\n  " + f.rule_id + " " + f.kind + " value=" + f.value +
         " unit=" + f.unit + " q=" + f.qualifier + " label=" + f.label;
  }
  return s.empty() ? "\n  (no facts)" : s;
}

TEST(PatternsTest, EveryExampleAndCounterExampleHolds) {
  auto ex = Extractor::Create({kPatternsDir});
  ASSERT_TRUE(ex.ok()) << ex.status().ToString();
  const std::vector<Rule>& rules = (*ex)->patterns().rules();
  ASSERT_GE(rules.size(), 10u);
  int examples = 0, counters = 0;
  for (const Rule& rule : rules) {
    for (const Example& e : rule.examples) {
      SCOPED_TRACE(rule.file + ":" + std::to_string(e.line) + " " + e.text);
      std::vector<Fact> facts = ExtractText(**ex, e.text);
      bool found = false;
      for (const Fact& f : facts) {
        if (f.rule_id == rule.id && f.value == e.value && f.unit == e.unit &&
            f.qualifier == e.qualifier &&
            (e.label.empty() || f.label == e.label)) {
          found = true;
        }
      }
      EXPECT_TRUE(found) << "want " << rule.id << " value=" << e.value
                         << " unit=" << e.unit << " q=" << e.qualifier
                         << " label=" << e.label << "; got" << Describe(facts);
      ++examples;
    }
    for (const Example& c : rule.counters) {
      SCOPED_TRACE(rule.file + ":" + std::to_string(c.line) + " " + c.text);
      for (const Fact& f : ExtractText(**ex, c.text)) {
        EXPECT_NE(f.kind, rule.kind) << "unwanted" << Describe({f});
      }
      ++counters;
    }
  }
  EXPECT_GE(examples, 40);
  EXPECT_GE(counters, 15);
}

TEST(PatternsTest, RejectsBadFilesWithFileAndLine) {
  struct Case {
    const char* text;
    const char* error;
  } cases[] = {
      {"kind: amount\n", "f.rules:1: expected \"rule ID\""},
      {"rule a\nkind: money\n", "f.rules:2: unknown kind money"},
      {"rule a\nkind: amount\nregex: (?P<value>\\d+\n", "f.rules:1: bad regex"},
      {"rule a\nkind: amount\nregex: \\d+\nexample: 1 => 1\n",
       "no (?P<value>...)"},
      {"rule a\nkind: amount\nregex: (?P<value>\\d+)(?P<color>元)\n"
       "example: 1元 => 1\n",
       "unknown group color"},
      {"rule a\nkind: amount\nregex: (?P<value>\\d+)\n", "has no example"},
      {"rule a\nkind: amount\nregex: (?P<value>\\d+)\nexample: 1 => 1\n"
       "rule a\n",
       "f.rules:5: missing or repeated rule id a"},
      {"rule a\nkind: amount\nregex: (?P<value>\\d+)\nexample: 1\n",
       "f.rules:4: example must read"},
      {"rule a\ncolour: red\n", "f.rules:2: unknown key colour"},
  };
  for (const Case& c : cases) {
    auto p = Patterns::Parse(c.text, "f.rules");
    ASSERT_FALSE(p.ok()) << c.text;
    EXPECT_THAT(p.status().message(), HasSubstr(c.error)) << c.text;
  }
}

TEST(PatternsTest, PriorityAndBoundaries) {
  auto p = Patterns::Parse(
      "rule low\nkind: amount\nregex: (?P<value>\\d+)(?P<unit>元)\n"
      "example: 5元 => 5|元\n"
      "rule high\nkind: docno\npriority: 10\n"
      "regex: (?P<value>〔\\d{4}〕\\d+号)\nexample: 〔2021〕5号 => x\n",
      "f.rules");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  // A number inside a longer one is never matched on its own.
  EXPECT_TRUE((*p)->FindAll("A12元").empty());
  EXPECT_TRUE((*p)->FindAll("1.5元").empty());
  std::vector<Match> m = (*p)->FindAll("共12元");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].value, "12");
  EXPECT_EQ(m[0].unit, "元");
  // "1.2024年": a list marker opening the line, then a year.
  auto years = Patterns::Parse(
      "rule y\nkind: date\nregex: (?P<value>\\d+年)\nexample: 1年 => 1年\n",
      "f.rules");
  ASSERT_TRUE(years.ok()) << years.status().ToString();
  m = (*years)->FindAll("1.2024年");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].value, "2024年");
  EXPECT_TRUE((*years)->FindAll("1.5年").empty());
  EXPECT_TRUE((*years)->FindAll("共1.2024年").empty());
  m = (*p)->FindAll("〔2021〕5号元");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].rule->id, "high");
}

TEST(PatternsTest, FindsTheSourceTreeDirectory) {
  auto dir = FindPatternsDir("");
  ASSERT_TRUE(dir.ok()) << dir.status().ToString();
  EXPECT_FALSE(FindPatternsDir("/nonexistent/patterns").ok());
}

}  // namespace
}  // namespace tally::extract
