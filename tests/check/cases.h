// tests/check/cases.h: reads tests/check/cases.txt (see its header for
// the format), for the tests that run its texts through the extractor and
// the checks (check_cases_test) and through `tally ingest`
// (ingest_cases_test).
#ifndef TALLY_TESTS_CHECK_CASES_H_
#define TALLY_TESTS_CHECK_CASES_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/file.h"

namespace tally::testing {

struct Expect {
  std::string rule, severity, actual, expected;
};

struct Case {
  std::string name;
  int line = 0;
  std::vector<std::string> text;
  std::vector<Expect> expect;
  std::vector<std::string> absent;  // rules that must not appear; "*" all
  std::vector<std::string> unsaid;  // words no finding's message may hold
};

// gtest names a parameterised test by its parameter; found by ADL.
inline void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

inline std::string Unescape(std::string s) {
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

inline std::vector<std::string> Fields(const std::string& s) {
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

inline std::vector<Case> LoadCases() {
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
    std::string value =
        colon == std::string::npos ? "" : line.substr(colon + 2);
    if (key == "case") {
      cases.push_back({value, line_no, {}, {}, {}, {}});
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
    } else if (key == "unsaid") {
      c.unsaid.push_back(value);
    } else {
      ADD_FAILURE() << "line " << line_no << ": unknown key " << key;
    }
  }
  return cases;
}

// A finding as the cases compare it.
struct Got {
  std::string rule, severity, actual, expected, message;
};

// Failures (empty when the findings are exactly what the case lists).
inline std::vector<std::string> Compare(const Case& c,
                                        const std::vector<Got>& found) {
  std::vector<std::string> bad;
  std::vector<bool> used(found.size(), false);
  for (const Expect& e : c.expect) {
    bool hit = false;
    for (size_t k = 0; k < found.size() && !hit; ++k) {
      const Got& f = found[k];
      if (used[k] || f.rule != e.rule || f.severity != e.severity) continue;
      if (e.actual != "-" && f.actual != e.actual) continue;
      if (e.expected != "-" && f.expected != e.expected) continue;
      used[k] = hit = true;
    }
    if (!hit) {
      bad.push_back("missing " + e.rule + " " + e.severity +
                    " actual=" + e.actual + " expected=" + e.expected);
    }
  }
  for (size_t k = 0; k < found.size(); ++k) {
    if (used[k]) continue;
    bool forbidden = c.absent.empty();  // every finding must be expected
    for (const std::string& rule : c.absent) {
      forbidden = forbidden || rule == "*" || rule == found[k].rule;
    }
    if (forbidden) {
      bad.push_back("unexpected " + found[k].rule + " " + found[k].severity +
                    ": " + found[k].message);
    }
  }
  for (const Got& f : found) {
    for (const std::string& words : c.unsaid) {
      if (f.message.find(words) != std::string::npos) {
        bad.push_back("says \"" + words + "\": " + f.message);
      }
    }
  }
  return bad;
}

}  // namespace tally::testing

#endif  // TALLY_TESTS_CHECK_CASES_H_
