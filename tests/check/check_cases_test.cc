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

namespace tally {
namespace {

struct Expect {
  std::string rule, severity, actual, expected;
};

struct Case {
  std::string name;
  int line = 0;
  std::vector<std::string> text;
  std::vector<Expect> expect;
  std::vector<std::string> absent;  // rules that must not appear; "*" all
};

std::string Unescape(std::string s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 't') {
      out += '\t';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<std::string> Fields(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    size_t end = s.find(' ', pos);
    if (end == std::string::npos) end = s.size();
    if (end > pos) out.push_back(s.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  StatusOr<std::string> text =
      ReadFile(std::string(TALLY_SOURCE_DIR) + "/tests/check/cases.txt");
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  if (!text.ok()) return cases;
  size_t pos = 0;
  int line_no = 0;
  while (pos < text->size()) {
    size_t nl = text->find('\n', pos);
    if (nl == std::string::npos) nl = text->size();
    std::string line = text->substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(": ");
    std::string key = line.substr(0, colon);
    std::string value = colon == std::string::npos ? "" : line.substr(colon + 2);
    if (key == "case") {
      cases.push_back({value, line_no, {}, {}, {}});
      continue;
    }
    EXPECT_FALSE(cases.empty()) << "line " << line_no << " before any case";
    if (cases.empty()) continue;
    Case& c = cases.back();
    if (key == "text") {
      c.text.push_back(Unescape(value));
    } else if (key == "expect") {
      std::vector<std::string> f = Fields(value);
      EXPECT_EQ(f.size(), 4u) << "line " << line_no << ": " << line;
      f.resize(4);
      c.expect.push_back({f[0], f[1], f[2], f[3]});
    } else if (key == "no") {
      c.absent.push_back(value);
    } else {
      ADD_FAILURE() << "line " << line_no << ": unknown key " << key;
    }
  }
  return cases;
}

std::string Describe(const std::vector<Finding>& fs) {
  std::string s;
  for (const Finding& f : fs) {
    s += "\n  " + f.rule + " " + f.severity + " actual=" + f.actual +
         " expected=" + f.expected + ": " + f.message;
  }
  return s.empty() ? "\n  (none)" : s;
}

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

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
  std::vector<bool> used(found.size(), false);
  for (const Expect& e : c.expect) {
    bool hit = false;
    for (size_t k = 0; k < found.size() && !hit; ++k) {
      const Finding& f = found[k];
      if (used[k] || f.rule != e.rule || f.severity != e.severity) continue;
      if (e.actual != "-" && f.actual != e.actual) continue;
      if (e.expected != "-" && f.expected != e.expected) continue;
      used[k] = hit = true;
    }
    EXPECT_TRUE(hit) << "missing " << e.rule << " " << e.severity
                     << " actual=" << e.actual << " expected=" << e.expected;
  }
  for (size_t k = 0; k < found.size(); ++k) {
    if (used[k]) continue;
    for (const std::string& rule : c.absent) {
      EXPECT_TRUE(rule != "*" && rule != found[k].rule)
          << "unexpected " << found[k].rule << ": " << found[k].message;
    }
    // Every finding of a case with expectations must be expected.
    if (c.absent.empty()) {
      ADD_FAILURE() << "unexpected " << found[k].rule << " "
                    << found[k].severity << ": " << found[k].message;
    }
  }
}

std::string Name(const ::testing::TestParamInfo<Case>& info) {
  return "line" + std::to_string(info.param.line);
}

INSTANTIATE_TEST_SUITE_P(Cases, CheckCases, ::testing::ValuesIn(LoadCases()),
                         Name);

}  // namespace
}  // namespace tally
