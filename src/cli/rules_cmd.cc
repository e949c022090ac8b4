// tally rules: every rule a finding may carry, with its family, severities
// and what it checks, from the check stage's own table (check/rules.h).
#include <algorithm>

#include "base/json.h"
#include "check/rules.h"
#include "cli/cli.h"
#include "cli/commands.h"

namespace tally::cli {
namespace {

constexpr char kRulesHelp[] = R"(Usage: tally rules [--format text|jsonl]

Lists every rule a finding may carry (the rule column of v_findings and of
`tally check`'s output): its id, its family (what `tally check --rule
FAMILY` selects), the severities its findings can have and what it checks,
in one line each. With --format jsonl, one JSON object a rule: id, family,
severities (an array), checks. An 'error' resting on a doubtful OCR
reading is reported as 'warning' whatever the rule (docs/rules.md).

Exit codes: 0 ok; 2 usage.
)";

// "error, warning".
std::string Joined(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : ", ") + w;
  return s;
}

}  // namespace

int Rules(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.help) {
    out << kRulesHelp;
    return kOk;
  }
  const std::string format =
      args.Has("--format") ? args.Get("--format") : "text";
  bool bad =
      !args.positional.empty() || (format != "text" && format != "jsonl");
  for (const auto& [flag, value] : args.flags) bad |= flag != "--format";
  if (bad) {
    err << "tally rules: takes only --format text|jsonl\n" << kRulesHelp;
    return kUsage;
  }
  const std::vector<check::RuleInfo>& table = check::RuleTable();
  if (format == "jsonl") {
    for (const check::RuleInfo& r : table) {
      out << "{\"id\":" << JsonString(r.id)
          << ",\"family\":" << JsonString(r.family()) << ",\"severities\":[";
      for (size_t i = 0; i < r.severities.size(); ++i) {
        out << (i ? "," : "") << JsonString(r.severities[i]);
      }
      out << "],\"checks\":" << JsonString(r.checks) << "}\n";
    }
    return kOk;
  }
  // Columns as wide as their widest entry (ids, families and severities
  // are ASCII), two spaces apart; what a rule checks last, unpadded.
  size_t width[3] = {4, 6, 8};
  for (const check::RuleInfo& r : table) {
    width[0] = std::max(width[0], r.id.size());
    width[1] = std::max(width[1], r.family().size());
    width[2] = std::max(width[2], Joined(r.severities).size());
  }
  auto row = [&](const std::string& id, const std::string& family,
                 const std::string& severities, const std::string& checks) {
    const std::string* cells[3] = {&id, &family, &severities};
    for (int c = 0; c < 3; ++c) {
      out << *cells[c] << std::string(width[c] + 2 - cells[c]->size(), ' ');
    }
    out << checks << "\n";
  };
  row("RULE", "FAMILY", "SEVERITY", "CHECKS");
  for (const check::RuleInfo& r : table) {
    row(r.id, r.family(), Joined(r.severities), r.checks);
  }
  return kOk;
}

}  // namespace tally::cli
