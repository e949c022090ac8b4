#include "extract/patterns.h"

#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "base/file.h"

namespace tally::extract {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kKinds[] = {"amount", "percent", "count", "score",
                                       "grade",  "date",    "docno"};
constexpr const char* kGroups[] = {"value", "unit",   "mult",
                                   "op",    "approx", "bound"};
constexpr int kNumGroups = std::size(kGroups);
static_assert(sizeof(Rule::groups) / sizeof(int) == kNumGroups);

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "text => value|unit|qualifier|label" into an Example.
bool ParseExample(std::string_view s, Example* ex) {
  size_t arrow = s.find("=>");
  if (arrow == std::string_view::npos) return false;
  ex->text = std::string(Trim(s.substr(0, arrow)));
  std::string_view rest = Trim(s.substr(arrow + 2));
  std::string* fields[] = {&ex->value, &ex->unit, &ex->qualifier, &ex->label};
  for (std::string* f : fields) {
    size_t bar = rest.find('|');
    *f = std::string(Trim(rest.substr(0, bar)));
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  return !ex->text.empty() && !ex->value.empty();
}

std::unique_ptr<RE2> Compile(const std::string& pattern, std::string* error) {
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) {
    *error = re->error();
    return nullptr;
  }
  return re;
}

// Whether the number starting at `at` in text is cut out of a longer token.
bool TouchesBefore(std::string_view text, size_t at) {
  if (at == 0) return false;
  char c = text[at - 1];
  // "1E+999", "2e-5": an exponent belongs to the number before it.
  if ((c == '+' || c == '-') && at >= 3 &&
      (text[at - 2] == 'E' || text[at - 2] == 'e') && IsDigit(text[at - 3])) {
    return true;
  }
  if (c == '.') {
    // "1.2024年": a list marker of one or two digits opening the line, then
    // a year. Anything else ("1.5元") is one number.
    size_t digits = 0;
    while (digits < at - 1 && IsDigit(text[at - 2 - digits])) ++digits;
    bool marker = digits >= 1 && digits <= 2 && digits == at - 1;
    std::string_view year = text.substr(at, 7);
    bool is_year = year.size() == 7 &&
                   (year.substr(0, 2) == "19" || year.substr(0, 2) == "20") &&
                   IsDigit(year[2]) && IsDigit(year[3]) &&
                   year.substr(4) == "年";
    return !(marker && is_year);
  }
  return IsAsciiAlnum(c);
}

bool TouchesAfter(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  char c = text[at];
  if (IsDigit(c)) return true;
  return c == '.' && at + 1 < text.size() && IsDigit(text[at + 1]);
}

}  // namespace

Rule::Rule() = default;
Rule::~Rule() = default;
Rule::Rule(Rule&&) = default;
Rule& Rule::operator=(Rule&&) = default;

StatusOr<std::unique_ptr<Patterns>> Patterns::Load(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".rules") {
      files.push_back(entry.path().string());
    }
  }
  if (ec) return NotFound(dir + ": cannot list patterns: " + ec.message());
  if (files.empty()) return NotFound(dir + ": no *.rules files");
  std::sort(files.begin(), files.end());
  auto patterns = std::unique_ptr<Patterns>(new Patterns());
  for (const std::string& file : files) {
    StatusOr<std::string> text = ReadFile(file);
    if (!text.ok()) return text.status();
    TALLY_RETURN_IF_ERROR(patterns->Add(*text, file));
  }
  return patterns;
}

StatusOr<std::unique_ptr<Patterns>> Patterns::Parse(std::string_view text,
                                                    const std::string& name) {
  auto patterns = std::unique_ptr<Patterns>(new Patterns());
  TALLY_RETURN_IF_ERROR(patterns->Add(text, name));
  return patterns;
}

Status Patterns::Add(std::string_view text, const std::string& name) {
  std::set<std::string> ids;
  for (const Rule& r : rules_) ids.insert(r.id);
  std::string regex, followed_not, preceded_not, op_not;
  int line_no = 0;
  auto where = [&](int line) {
    return name + ":" + std::to_string(line) + ": ";
  };
  // Compiles the rule being read, once its last line is in.
  auto finish = [&]() -> Status {
    if (rules_.empty() || rules_.back().regex) return Status::OK();
    Rule& r = rules_.back();
    if (r.kind.empty()) return InvalidArgument(where(r.line) + "no kind");
    if (regex.empty()) return InvalidArgument(where(r.line) + "no regex");
    std::string error;
    r.regex = Compile(regex, &error);
    if (!r.regex) {
      return InvalidArgument(where(r.line) + "bad regex: " + error);
    }
    const auto& groups = r.regex->NamedCapturingGroups();
    if (!groups.count("value")) {
      return InvalidArgument(where(r.line) + "regex has no (?P<value>...)");
    }
    for (const auto& [group, index] : groups) {
      auto known = std::find_if(std::begin(kGroups), std::end(kGroups),
                                [&](const char* g) { return group == g; });
      if (known == std::end(kGroups)) {
        return InvalidArgument(where(r.line) + "unknown group " + group);
      }
      r.groups[known - std::begin(kGroups)] = index;
    }
    if (!followed_not.empty() &&
        !(r.followed_not = Compile("^(?:" + followed_not + ")", &error))) {
      return InvalidArgument(where(r.line) + "bad followed_not: " + error);
    }
    if (!preceded_not.empty() &&
        !(r.preceded_not = Compile(preceded_not, &error))) {
      return InvalidArgument(where(r.line) + "bad preceded_not: " + error);
    }
    if (!op_not.empty() && !(r.op_not = Compile(op_not, &error))) {
      return InvalidArgument(where(r.line) + "bad op_not: " + error);
    }
    if (r.examples.empty()) {
      return InvalidArgument(where(r.line) + "rule " + r.id +
                             " has no example");
    }
    regex.clear();
    followed_not.clear();
    preceded_not.clear();
    op_not.clear();
    return Status::OK();
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (line.substr(0, 5) == "rule ") {
      TALLY_RETURN_IF_ERROR(finish());
      Rule& r = rules_.emplace_back();
      r.id = std::string(Trim(line.substr(5)));
      r.file = name;
      r.line = line_no;
      if (r.id.empty() || !ids.insert(r.id).second) {
        return InvalidArgument(where(line_no) + "missing or repeated rule id " +
                               r.id);
      }
      continue;
    }
    size_t colon = line.find(':');
    if (rules_.empty() || colon == std::string_view::npos) {
      return InvalidArgument(where(line_no) +
                             "expected \"rule ID\" or \"key: value\"");
    }
    Rule& r = rules_.back();
    std::string_view key = Trim(line.substr(0, colon));
    std::string_view value = Trim(line.substr(colon + 1));
    if (key == "kind") {
      if (std::find(std::begin(kKinds), std::end(kKinds), value) ==
          std::end(kKinds)) {
        return InvalidArgument(where(line_no) + "unknown kind " +
                               std::string(value));
      }
      r.kind = std::string(value);
    } else if (key == "priority") {
      r.priority = std::atoi(std::string(value).c_str());
    } else if (key == "regex") {
      regex += value;
    } else if (key == "followed_not") {
      followed_not = std::string(value);
    } else if (key == "preceded_not") {
      preceded_not = std::string(value);
    } else if (key == "op_not") {
      op_not = std::string(value);
    } else if (key == "implied_unit") {
      r.implied_unit = std::string(value);
    } else if (key == "example") {
      Example ex;
      ex.line = line_no;
      if (!ParseExample(value, &ex)) {
        return InvalidArgument(where(line_no) +
                               "example must read: text => value|unit|...");
      }
      r.examples.push_back(std::move(ex));
    } else if (key == "counter") {
      Example ex;
      ex.line = line_no;
      ex.text = std::string(value);
      r.counters.push_back(std::move(ex));
    } else {
      return InvalidArgument(where(line_no) + "unknown key " +
                             std::string(key));
    }
  }
  return finish();
}

std::vector<Match> Patterns::FindAll(std::string_view text) const {
  std::vector<Match> found;
  re2::StringPiece input(text.data(), text.size());
  // One array of submatches for every rule (a line asks all of them).
  int most = 0;
  for (const Rule& rule : rules_) {
    most = std::max(most, rule.regex->NumberOfCapturingGroups() + 1);
  }
  std::vector<re2::StringPiece> sub(static_cast<size_t>(most));
  for (const Rule& rule : rules_) {
    const RE2& re = *rule.regex;
    const int n = re.NumberOfCapturingGroups() + 1;
    const int* index = rule.groups;
    size_t start = 0;
    while (start <= text.size() && re.Match(input, start, text.size(),
                                            RE2::UNANCHORED, sub.data(), n)) {
      Match m;
      m.rule = &rule;
      m.match_begin = size_t(sub[0].data() - text.data());
      m.match_end = m.match_begin + sub[0].size();
      m.begin = SIZE_MAX;
      m.end = 0;
      std::string_view* fields[] = {&m.value, &m.unit,   &m.mult,
                                    &m.op,    &m.approx, &m.bound};
      for (int g = 0; g < kNumGroups; ++g) {
        if (index[g] < 0 || sub[index[g]].data() == nullptr) continue;
        const re2::StringPiece& s = sub[index[g]];
        *fields[g] = std::string_view(s.data(), s.size());
        if (s.empty()) continue;
        size_t b = size_t(s.data() - text.data());
        m.begin = std::min(m.begin, b);
        m.end = std::max(m.end, b + s.size());
      }
      // The next search starts one character on, so a match rejected below
      // does not hide a shorter one inside it.
      start = m.match_begin + 1;
      while (start < text.size() && (uint8_t(text[start]) & 0xC0) == 0x80) {
        ++start;
      }
      if (m.value.empty()) continue;
      size_t vb = size_t(m.value.data() - text.data());
      size_t ve = vb + m.value.size();
      bool numeric = IsDigit(m.value.front());
      if (numeric && (TouchesBefore(text, vb) || TouchesAfter(text, ve))) {
        // No number inside this run of digits stands alone either: go on
        // after it, so a run of digits is scanned once, not once per digit.
        size_t run = vb;
        while (run < text.size() &&
               (IsDigit(text[run]) || text[run] == '.' || text[run] == ',')) {
          ++run;
        }
        start = std::max(start, run);
        continue;
      }
      if (rule.followed_not) {
        // Anchored at the match's end: "followed by", not "somewhere after"
        // (an unanchored search would rescan the rest of the line for
        // every match).
        re2::StringPiece after(text.data() + m.match_end,
                               text.size() - m.match_end);
        if (rule.followed_not->Match(after, 0, after.size(), RE2::ANCHOR_START,
                                     nullptr, 0)) {
          continue;
        }
      }
      if (rule.preceded_not) {
        size_t from = m.match_begin > 24 ? m.match_begin - 24 : 0;
        while (from < m.match_begin && (uint8_t(text[from]) & 0xC0) == 0x80) {
          ++from;
        }
        re2::StringPiece before(text.data() + from, m.match_begin - from);
        if (RE2::PartialMatch(before, *rule.preceded_not)) continue;
      }
      if (rule.op_not && !m.op.empty()) {
        // 约 of 节约, 近 of 附近: a word's last character, not a qualifier;
        // the fact then begins at its number and the word is its label's.
        const size_t op_end = size_t(m.op.data() - text.data()) + m.op.size();
        size_t from = op_end > 24 ? op_end - 24 : 0;
        while (from < op_end && (uint8_t(text[from]) & 0xC0) == 0x80) ++from;
        re2::StringPiece upto(text.data() + from, op_end - from);
        if (RE2::PartialMatch(upto, *rule.op_not)) {
          m.op = {};
          m.begin = vb;
          m.match_begin = vb;
        }
      }
      found.push_back(m);
    }
  }
  // Highest priority, then longest, then earliest rule claims its bytes.
  std::vector<size_t> order(found.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Match &x = found[a], &y = found[b];
    if (x.rule->priority != y.rule->priority) {
      return x.rule->priority > y.rule->priority;
    }
    return x.match_end - x.match_begin > y.match_end - y.match_begin;
  });
  // The accepted matches' byte ranges, disjoint, by start: a candidate
  // overlaps one only if it overlaps its neighbour on either side, so each
  // test is a lookup, not a scan (a line of 10^5 figures stays n log n).
  // A match claims its fact's span (see "Matching" in the header): the
  // context a regex requires before it (a list's item before) may be
  // another fact's.
  std::vector<Match> accepted;
  std::map<size_t, size_t> taken;  // begin -> end
  for (size_t i : order) {
    const Match& m = found[i];
    auto next = taken.lower_bound(m.begin);
    if (next != taken.end() && next->first < m.end) continue;
    if (next != taken.begin() && std::prev(next)->second > m.begin) {
      continue;
    }
    taken.emplace(m.begin, m.end);
    accepted.push_back(m);
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const Match& a, const Match& b) { return a.begin < b.begin; });
  return accepted;
}

}  // namespace tally::extract
