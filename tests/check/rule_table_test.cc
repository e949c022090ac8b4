// check/rules.h's RuleTable is the one list of rules (tally rules, tally
// check --help, docs/rules.md through the CLI test): every rule a finding
// can carry must be in it, with every severity its code gives. Read from
// the check stage's sources: each finding is made from a brace list that
// opens with its rule id and severity ({"sum.breakdown", kError, ...}); a
// severity held in a variable is the nearest `severity = ...` before it.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "base/file.h"
#include "check/check.h"
#include "check/rules.h"

namespace tally::check {
namespace {

namespace fs = std::filesystem;

// The severities named in an expression: kError -> "error", ...
std::set<std::string> SeveritiesIn(const std::string& expr) {
  static const std::regex kName("k(Error|Warning|Info)\\b");
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(expr.begin(), expr.end(), kName);
       it != std::sregex_iterator(); ++it) {
    std::string s = (*it)[1];
    s[0] = char(s[0] - 'A' + 'a');
    out.insert(s);
  }
  return out;
}

// rule id -> the severities the sources give it.
std::map<std::string, std::set<std::string>> FindingsInSources() {
  static const std::regex kFinding(
      "\\{\\s*\"([a-z]+\\.[a-z_]+)\",\\s*([^,]+),");
  static const std::regex kVariable("severity\\s*=\\s*([^;]+);");
  std::map<std::string, std::set<std::string>> found;
  for (const auto& e :
       fs::directory_iterator(fs::path(TALLY_SOURCE_DIR) / "src/check")) {
    if (e.path().extension() != ".cc" || e.path().filename() == "rules.cc") {
      continue;
    }
    StatusOr<std::string> text = ReadFile(e.path().string());
    EXPECT_TRUE(text.ok()) << e.path();
    if (!text.ok()) continue;
    for (auto it = std::sregex_iterator(text->begin(), text->end(), kFinding);
         it != std::sregex_iterator(); ++it) {
      const std::string id = (*it)[1];
      std::set<std::string> severities = SeveritiesIn((*it)[2]);
      if (severities.empty()) {
        // A variable: its nearest assignment before this finding.
        const std::string before = text->substr(0, size_t(it->position()));
        std::smatch last;
        for (auto v =
                 std::sregex_iterator(before.begin(), before.end(), kVariable);
             v != std::sregex_iterator(); ++v) {
          last = *v;
        }
        EXPECT_FALSE(last.empty())
            << e.path().filename() << ": " << id << " with severity "
            << (*it)[2] << ", assigned nowhere before it";
        if (!last.empty()) severities = SeveritiesIn(last[1]);
      }
      EXPECT_FALSE(severities.empty()) << e.path().filename() << ": " << id;
      found[id].merge(severities);
    }
  }
  return found;
}

TEST(RuleTable, ListsEveryRuleAFindingCanCarryWithItsSeverities) {
  std::map<std::string, std::set<std::string>> found = FindingsInSources();
  EXPECT_GE(found.size(), 14u);  // every rule of docs/rules.md's table
  std::map<std::string, const RuleInfo*> table;
  for (const RuleInfo& r : RuleTable()) {
    EXPECT_TRUE(table.emplace(r.id, &r).second) << r.id << " listed twice";
  }
  for (const auto& [id, severities] : found) {
    auto it = table.find(id);
    if (it == table.end()) {
      ADD_FAILURE() << id << " is a finding's rule but not in RuleTable";
      continue;
    }
    const std::set<std::string> listed(it->second->severities.begin(),
                                       it->second->severities.end());
    EXPECT_EQ(listed, severities) << id;
  }
  // And nothing listed that no finding carries.
  for (const auto& [id, info] : table) {
    EXPECT_EQ(found.count(id), 1u) << id << " listed, but no finding has it";
    EXPECT_FALSE(info->checks.empty()) << id;
    EXPECT_EQ(info->family() + "." + id.substr(id.find('.') + 1), id);
  }
}

TEST(RuleTable, RulesAreItsIdsInOrder) {
  std::vector<std::string> ids;
  for (const RuleInfo& r : RuleTable()) ids.push_back(r.id);
  EXPECT_EQ(Rules(), ids);
  EXPECT_EQ(RuleTable().front().family(), "sum");
}

}  // namespace
}  // namespace tally::check
