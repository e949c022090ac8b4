// The check stage on text: every case of tests/check/cases.txt is
// normalised, extracted and checked as `tally ingest` would, and must give
// exactly the findings it lists (see the file's header for the format).
// One test per case, so a failure names the case and prints what the
// extractor saw.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/file.h"
#include "check/check.h"
#include "extract/extract.h"
#include "normalize/normalize.h"
#include "check/cases.h"

namespace tally {
namespace {

using testing::Case;
using testing::LoadCases;

std::string Describe(const std::vector<Finding>& fs) {
  std::string s;
  for (const Finding& f : fs) {
    s += "\n  " + f.rule + " " + f.severity + " actual=" + f.actual +
         " expected=" + f.expected + ": " + f.message;
  }
  return s.empty() ? "\n  (none)" : s;
}

class CheckCases : public ::testing::TestWithParam<Case> {};

TEST_P(CheckCases, GivesExactlyItsFindings) {
  const Case& c = GetParam();
  auto normalizer = normalize::Normalizer::Create(normalize::Options());
  ASSERT_TRUE(normalizer.ok()) << normalizer.status().ToString();
  extract::Options options;
  options.patterns_dir = std::string(TALLY_SOURCE_DIR) + "/patterns";
  auto extractor = extract::Extractor::Create(options);
  ASSERT_TRUE(extractor.ok()) << extractor.status().ToString();
  std::string raw;
  for (const std::string& l : c.text) raw += l + "\n";
  std::string text = (*normalizer)->NormalizeText(raw).text;
  std::vector<extract::Page> pages(1);
  pages[0].page_no = 1;
  pages[0].text = text;
  pages[0].source = "text";
  extract::Extracted out = (*extractor)->Extract(pages);
  for (size_t i = 0; i < out.facts.size(); ++i) {
    out.facts[i].fact_id = int64_t(i) + 1;
  }
  check::Document doc{out.facts, out.relations};
  std::vector<Finding> found = check::CheckDocument(doc, check::Options());
  SCOPED_TRACE("case at cases.txt:" + std::to_string(c.line) + " " + c.name +
               "; found:" + Describe(found));
  std::vector<testing::Got> got;
  for (const Finding& f : found) {
    got.push_back({f.rule, f.severity, f.actual, f.expected, f.message});
  }
  for (const std::string& b : testing::Compare(c, got)) ADD_FAILURE() << b;
}

std::string Name(const ::testing::TestParamInfo<Case>& info) {
  return "line" + std::to_string(info.param.line);
}

INSTANTIATE_TEST_SUITE_P(Cases, CheckCases, ::testing::ValuesIn(LoadCases()),
                         Name);

}  // namespace
}  // namespace tally
