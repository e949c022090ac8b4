// tools/finding_eval.cc: see finding_eval.h.
#include "tools/finding_eval.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "base/file.h"

namespace tally::tools {
namespace {

// Splits text into lines (without their '\n' or a trailing '\r').
std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return lines;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  while (true) {
    size_t tab = line.find('\t');
    fields.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return fields;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// Blank lines and lines whose first non-blank character is '#'.
bool IsComment(std::string_view line) {
  std::string_view t = Trim(line);
  return t.empty() || t.front() == '#';
}

std::string Where(std::string_view source, size_t line_no) {
  return std::string(source) + ":" + std::to_string(line_no);
}

Status LineError(std::string_view source, size_t line_no,
                 const std::string& why) {
  return InvalidArgument(Where(source, line_no) + ": " + why);
}

// Fills e from fields [rule, severity, stated, expected?, description?].
Status ParseExpectationFields(const std::vector<std::string_view>& f,
                              std::string_view source, size_t line_no,
                              Expectation* e) {
  if (f.size() < 3 || f.size() > 5) {
    return LineError(source, line_no,
                     "want rule, severity, stated[, expected[, "
                     "description]] separated by tabs; got " +
                         std::to_string(f.size()) + " field(s)");
  }
  std::string_view rule = Trim(f[0]);
  if (!rule.empty() && rule.front() == '?') {
    e->optional = true;
    rule.remove_prefix(1);
  }
  if (rule.empty()) return LineError(source, line_no, "empty rule");
  e->rule = FamilyOf(rule);
  std::optional<Severity> sev = ParseSeverity(Trim(f[1]));
  if (!sev) {
    return LineError(source, line_no,
                     "severity must be error, warning or info, not '" +
                         std::string(f[1]) + "'");
  }
  e->min_severity = *sev;
  std::optional<std::string> stated = CanonicalNumber(Trim(f[2]));
  if (!stated) {
    return LineError(
        source, line_no,
        "stated must be a plain number, not '" + std::string(f[2]) + "'");
  }
  e->stated = *stated;
  if (f.size() > 3) e->expected = std::string(Trim(f[3]));
  if (f.size() > 4) e->description = std::string(Trim(f[4]));
  e->source = Where(source, line_no);
  return Status::OK();
}

// Decodes the UTF-8 code point at *i and advances *i past it; a byte that
// does not start a valid sequence comes back as itself.
char32_t NextCodePoint(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  int len = c < 0x80         ? 1
            : (c >> 5) == 6  ? 2
            : (c >> 4) == 14 ? 3
            : (c >> 3) == 30 ? 4
                             : 1;
  if (*i + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : c & (0x7f >> len);
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[*i + k]);
    if ((cc >> 6) != 2) {
      len = 1;
      cp = c;
      break;
    }
    cp = (cp << 6) | (cc & 0x3f);
  }
  *i += len;
  return cp;
}

// Folds the characters that matter to numbers to ASCII; every other code
// point becomes a letter-like placeholder ('a' for ASCII letters, which
// block a following '-' from being a sign, ' ' for the rest).
std::string NumberChars(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp = NextCodePoint(text, &i);
    if (cp >= U'0' && cp <= U'9') {
      out.push_back(static_cast<char>(cp));
    } else if (cp >= 0xFF10 && cp <= 0xFF19) {  // full-width digits
      out.push_back(static_cast<char>('0' + (cp - 0xFF10)));
    } else if (cp == U'.' || cp == 0xFF0E) {
      out.push_back('.');
    } else if (cp == U'-' || cp == 0x2212 || cp == 0xFF0D) {
      out.push_back('-');
    } else if (cp == U'+') {
      out.push_back('+');
    } else if (cp == U',') {
      out.push_back(',');
    } else if ((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z')) {
      out.push_back('a');
    } else {
      out.push_back(' ');
    }
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::vector<std::string> NumbersOf(const Finding& f) {
  std::vector<std::string> all;
  for (const auto* field : {&f.actual, &f.expected, &f.message}) {
    if (!*field) continue;
    std::vector<std::string> n = NumbersIn(**field);
    all.insert(all.end(), n.begin(), n.end());
  }
  return all;
}

Severity SeverityOf(const Finding& f) {
  return ParseSeverity(f.severity).value_or(Severity::kInfo);
}

bool TwoSided(std::string_view family) {
  return family == "fact.conflict" || family == "table.text";
}

bool Matches(const Expectation& e, const Finding& f) {
  if (FamilyOf(f.rule) != e.rule) return false;
  if (SeverityOf(f) < e.min_severity) return false;
  std::vector<std::string> actual =
      f.actual ? NumbersIn(*f.actual) : std::vector<std::string>();
  if (!actual.empty()) {
    if (actual.front() == e.stated) return true;
  } else if (f.message) {
    for (const std::string& n : NumbersIn(*f.message)) {
      if (n == e.stated) return true;
    }
  }
  if (TwoSided(e.rule) && f.expected) {
    std::vector<std::string> expected = NumbersIn(*f.expected);
    if (!expected.empty() && expected.front() == e.stated) return true;
  }
  return false;
}

bool IsExpectationFile(std::string_view path) {
  auto ends = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.substr(path.size() - suffix.size()) == suffix;
  };
  return ends(".expect") || ends(".tsv");
}

}  // namespace

std::optional<Severity> ParseSeverity(std::string_view s) {
  if (s == "info") return Severity::kInfo;
  if (s == "warning") return Severity::kWarning;
  if (s == "error") return Severity::kError;
  return std::nullopt;
}

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "?";
}

const std::vector<std::string>& KnownFamilies() {
  static const std::vector<std::string>* families =
      new std::vector<std::string>{
          "unit.magnitude",    "sum.breakdown", "rate.ratio",
          "balance.carryover", "score.total",   "score.cap",
          "grade.band",        "fact.conflict", "table.text",
          "percent.range",     "count.mismatch", "score.rule",
          "form.completeness"};
  return *families;
}

bool IsKnownFamily(std::string_view rule) {
  const auto& known = KnownFamilies();
  return std::find(known.begin(), known.end(), rule) != known.end();
}

std::string FamilyOf(std::string_view rule) {
  for (const std::string& family : KnownFamilies()) {
    if (rule == family) return family;
    if (rule.size() > family.size() && rule.starts_with(family) &&
        rule[family.size()] == '.') {
      return family;
    }
  }
  return std::string(rule);
}

std::optional<std::string> CanonicalNumber(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  size_t dot = s.find('.');
  std::string_view integer = s.substr(0, dot);
  std::string_view fraction =
      dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  if (integer.empty() && fraction.empty()) return std::nullopt;
  for (std::string_view part : {integer, fraction}) {
    for (char c : part) {
      if (!IsDigit(c)) return std::nullopt;
    }
  }
  while (!integer.empty() && integer.front() == '0') integer.remove_prefix(1);
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  std::string out;
  if (negative && !(integer.empty() && fraction.empty())) out.push_back('-');
  out += integer.empty() ? "0" : std::string(integer);
  if (!fraction.empty()) {
    out.push_back('.');
    out += fraction;
  }
  return out;
}

std::vector<std::string> NumbersIn(std::string_view text) {
  const std::string c = NumberChars(text);
  std::vector<std::string> out;
  size_t i = 0;
  while (i < c.size()) {
    if (!IsDigit(c[i])) {
      ++i;
      continue;
    }
    // A sign is a '-' right before the digits that does not follow a digit
    // or a letter ("1-7", "A-5" are ranges and codes).
    bool negative =
        i > 0 && c[i - 1] == '-' &&
        (i < 2 || (!IsDigit(c[i - 2]) && c[i - 2] != 'a' && c[i - 2] != '.'));
    std::string digits;
    size_t group_start = i;
    while (i < c.size() && IsDigit(c[i])) digits.push_back(c[i++]);
    // Thousands separators: ",ddd" groups after a first group of 1-3.
    if (i - group_start <= 3) {
      while (i + 3 < c.size() && c[i] == ',' && IsDigit(c[i + 1]) &&
             IsDigit(c[i + 2]) && IsDigit(c[i + 3]) &&
             (i + 4 >= c.size() || !IsDigit(c[i + 4]))) {
        digits.append(c, i + 1, 3);
        i += 4;
      }
    }
    std::string number = (negative ? "-" : "") + digits;
    if (i + 1 < c.size() && c[i] == '.' && IsDigit(c[i + 1])) {
      number.push_back('.');
      ++i;
      while (i < c.size() && IsDigit(c[i])) number.push_back(c[i++]);
    }
    if (std::optional<std::string> canon = CanonicalNumber(number)) {
      out.push_back(*canon);
    }
  }
  return out;
}

std::string FileStem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base =
      slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

std::string StemPrefix(std::string_view stem) {
  return std::string(stem.substr(0, stem.find('_')));
}

Status ParseExpectFile(std::string_view text, std::string_view stem,
                       std::string_view source, ExpectSet* out) {
  std::vector<std::string_view> lines = Lines(text);
  for (size_t n = 0; n < lines.size(); ++n) {
    if (IsComment(lines[n])) continue;
    Expectation e;
    e.stem = std::string(stem);
    TALLY_RETURN_IF_ERROR(
        ParseExpectationFields(SplitTabs(lines[n]), source, n + 1, &e));
    out->expectations.push_back(std::move(e));
  }
  out->scored_stems.insert(std::string(stem));
  return Status::OK();
}

Status ParseSeedsExpect(std::string_view text, std::string_view source,
                        ExpectSet* out) {
  std::vector<std::string_view> lines = Lines(text);
  for (size_t n = 0; n < lines.size(); ++n) {
    if (IsComment(lines[n])) continue;
    std::vector<std::string_view> f = SplitTabs(lines[n]);
    std::string stem(Trim(f[0]));
    if (stem.empty()) return LineError(source, n + 1, "empty seed stem");
    if (f.size() == 1) {  // a declaration: scored, no slip
      out->scored_stems.insert(stem);
      continue;
    }
    Expectation e;
    e.stem = stem;
    e.seed_slip = true;
    TALLY_RETURN_IF_ERROR(ParseExpectationFields(
        std::vector<std::string_view>(f.begin() + 1, f.end()), source, n + 1,
        &e));
    out->expectations.push_back(std::move(e));
    out->scored_stems.insert(stem);
  }
  return Status::OK();
}

Status ParseTraps(std::string_view text, std::string_view source,
                  ExpectSet* out) {
  std::vector<std::string_view> lines = Lines(text);
  for (size_t n = 0; n < lines.size(); ++n) {
    if (IsComment(lines[n])) continue;
    std::vector<std::string_view> f = SplitTabs(lines[n]);
    if (f.size() < 3 || f.size() > 4) {
      return LineError(source, n + 1,
                       "want seed-stem, rule, numbers[, why] separated by "
                       "tabs; got " +
                           std::to_string(f.size()) + " field(s)");
    }
    Trap t;
    t.seed_stem = std::string(Trim(f[0]));
    t.rule = FamilyOf(Trim(f[1]));
    if (t.seed_stem.empty() || t.rule.empty()) {
      return LineError(source, n + 1, "empty seed stem or rule");
    }
    std::string_view numbers = Trim(f[2]);
    while (!numbers.empty()) {
      size_t sp = numbers.find(' ');
      std::string_view word = numbers.substr(0, sp);
      if (!word.empty()) {
        std::optional<std::string> canon = CanonicalNumber(word);
        if (!canon) {
          return LineError(source, n + 1,
                           "not a number: '" + std::string(word) + "'");
        }
        t.numbers.push_back(*canon);
      }
      if (sp == std::string_view::npos) break;
      numbers.remove_prefix(sp + 1);
    }
    if (t.numbers.empty()) return LineError(source, n + 1, "no numbers");
    if (f.size() > 3) t.why = std::string(Trim(f[3]));
    t.source = Where(source, n + 1);
    out->scored_stems.insert(t.seed_stem);
    out->traps.push_back(std::move(t));
  }
  return Status::OK();
}

Status ParseAnnFile(std::string_view text, std::string_view stem,
                    std::string_view source, ExpectSet* out) {
  std::vector<std::string_view> lines = Lines(text);
  for (size_t n = 0; n < lines.size(); ++n) {
    if (IsComment(lines[n])) continue;
    std::vector<std::string_view> f = SplitTabs(lines[n]);
    if (Trim(f[0]) != "rel") continue;  // meta and amount records
    if (f.size() < 6) {
      return LineError(source, n + 1,
                       "want rel, status, family, stated, expected, numbers"
                       "[, note]; got " + std::to_string(f.size()) +
                           " field(s)");
    }
    std::string_view status = Trim(f[1]);
    std::string family = FamilyOf(Trim(f[2]));
    std::string note = f.size() > 6 ? std::string(Trim(f[6])) : "";
    if (status == "broken") {
      Expectation e;
      e.stem = std::string(stem);
      e.seed_slip = true;  // the document's own slip: its copies inherit it
      e.rule = family;
      e.min_severity = AnnotatedSeverity(family);
      std::optional<std::string> stated = CanonicalNumber(Trim(f[3]));
      if (!stated) {
        return LineError(source, n + 1,
                         "stated must be a plain number, not '" +
                             std::string(f[3]) + "'");
      }
      e.stated = *stated;
      e.expected = std::string(Trim(f[4]));
      e.description = note;
      e.source = Where(source, n + 1);
      out->expectations.push_back(std::move(e));
    } else if (status == "trap") {
      Trap t;
      t.seed_stem = std::string(stem);
      t.rule = family;
      // An error of the trap's family on its hinge number violates it.
      if (std::optional<std::string> stated = CanonicalNumber(Trim(f[3]))) {
        t.numbers.push_back(*stated);
      } else {
        t.numbers = NumbersIn(f[5]);
      }
      if (t.numbers.empty()) continue;
      t.why = note;
      t.source = Where(source, n + 1);
      out->traps.push_back(std::move(t));
    } else if (status != "holds") {
      return LineError(source, n + 1,
                       "status must be holds, broken or trap, not '" +
                           std::string(status) + "'");
    }
  }
  out->scored_stems.insert(std::string(stem));
  return Status::OK();
}

Severity AnnotatedSeverity(std::string_view family) {
  for (std::string_view f : {"sum.breakdown", "rate.ratio",
                             "balance.carryover", "score.total", "score.cap",
                             "grade.band", "percent.range"}) {
    if (family == f) return Severity::kError;
  }
  return Severity::kWarning;
}

bool InTestSplit(std::string_view stem) {
  return !stem.empty() && stem[0] >= '0' && stem[0] <= '5';
}

void KeepSplit(bool test, ExpectSet* set) {
  auto keep = [&](std::string_view stem) {
    return InTestSplit(StemPrefix(stem)) == test;
  };
  std::erase_if(set->expectations,
                [&](const Expectation& e) { return !keep(e.stem); });
  std::erase_if(set->traps, [&](const Trap& t) { return !keep(t.seed_stem); });
  std::erase_if(set->scored_stems,
                [&](const std::string& s) { return !keep(s); });
}

bool IsPlanted(const ExpectSet& set, const Expectation& e) {
  if (e.optional || e.seed_slip) return false;
  const std::string prefix = StemPrefix(e.stem);
  return std::none_of(set.expectations.begin(), set.expectations.end(),
                      [&](const Expectation& slip) {
                        return slip.seed_slip &&
                               StemPrefix(slip.stem) == prefix &&
                               slip.rule == e.rule && slip.stated == e.stated;
                      });
}

StatusOr<ExpectSet> LoadExpectDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<fs::path> expect_files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->path().extension() == ".expect" ||
        it->path().extension() == ".ann") {
      expect_files.push_back(it->path());
    }
  }
  if (ec) return NotFound("cannot list " + dir + ": " + ec.message());
  std::sort(expect_files.begin(), expect_files.end());
  const fs::path traps = fs::path(dir) / "traps.tsv";
  const bool has_traps = fs::exists(traps, ec);
  if (expect_files.empty() && !has_traps) {
    return NotFound("no *.expect, *.ann or traps.tsv in " + dir);
  }
  ExpectSet set;
  for (const fs::path& p : expect_files) {
    StatusOr<std::string> text = ReadFile(p.string());
    if (!text.ok()) return text.status();
    const std::string stem = p.stem().string();
    if (p.extension() == ".ann") {
      TALLY_RETURN_IF_ERROR(ParseAnnFile(*text, stem, p.string(), &set));
    } else if (stem == "seeds") {
      TALLY_RETURN_IF_ERROR(ParseSeedsExpect(*text, p.string(), &set));
    } else {
      TALLY_RETURN_IF_ERROR(ParseExpectFile(*text, stem, p.string(), &set));
    }
  }
  if (has_traps) {
    StatusOr<std::string> text = ReadFile(traps.string());
    if (!text.ok()) return text.status();
    TALLY_RETURN_IF_ERROR(ParseTraps(*text, traps.string(), &set));
  }
  // corpus/real keeps its planted copies in planted/.
  const fs::path planted = fs::path(dir) / "planted";
  if (fs::is_directory(planted, ec)) {
    StatusOr<ExpectSet> more = LoadExpectDir(planted.string());
    if (!more.ok()) return more.status();
    for (Expectation& e : more->expectations) {
      set.expectations.push_back(std::move(e));
    }
    for (Trap& t : more->traps) set.traps.push_back(std::move(t));
    set.scored_stems.insert(more->scored_stems.begin(),
                            more->scored_stems.end());
  }
  return set;
}

double FamilyStats::Recall() const {
  return expected == 0 ? 1.0 : static_cast<double>(found) / expected;
}

double FamilyStats::Precision() const {
  return emitted == 0 ? 1.0 : static_cast<double>(matched) / emitted;
}

Evaluation Evaluate(const ExpectSet& set,
                    const std::vector<Document>& documents,
                    const std::vector<Finding>& findings) {
  Evaluation ev;
  // Scored documents by stem (the expectation files themselves excluded).
  std::unordered_map<int64_t, std::string> stem_of;
  std::map<std::string, std::vector<int64_t>> docs_of;
  for (const Document& d : documents) {
    if (IsExpectationFile(d.path)) continue;
    std::string stem = FileStem(d.path);
    if (!set.scored_stems.count(stem)) continue;
    stem_of[d.doc_id] = stem;
    docs_of[stem].push_back(d.doc_id);
  }
  for (auto& [stem, ids] : docs_of) std::sort(ids.begin(), ids.end());
  ev.scored_documents = static_cast<int>(stem_of.size());

  // One result per (expectation, document); grouped by document.
  std::map<int64_t, std::vector<size_t>> results_of;
  for (const Expectation& e : set.expectations) {
    auto it = docs_of.find(e.stem);
    if (it == docs_of.end()) {
      ev.results.push_back({&e, std::nullopt, std::nullopt});
      continue;
    }
    for (int64_t doc : it->second) {
      results_of[doc].push_back(ev.results.size());
      ev.results.push_back({&e, doc, std::nullopt});
    }
  }
  std::map<int64_t, std::vector<size_t>> findings_of;
  for (size_t i = 0; i < findings.size(); ++i) {
    if (stem_of.count(findings[i].doc_id)) {
      findings_of[findings[i].doc_id].push_back(i);
    } else {
      ++ev.ignored_findings;
    }
  }

  // Per document: maximum bipartite matching (Kuhn), required expectations
  // first; augmenting from an optional one never unmatches a required one.
  // result_of_finding holds a finding's partner as an index into the
  // document's results (rs), -1 if none.
  std::vector<int> result_of_finding(findings.size(), -1);
  std::vector<char> matched(findings.size(), 0);
  std::vector<char> seen(findings.size(), 0);
  for (const auto& [doc, fs] : findings_of) {
    const std::vector<size_t>& rs = results_of[doc];
    std::vector<std::vector<size_t>> adj(rs.size());
    for (size_t r = 0; r < rs.size(); ++r) {
      for (size_t f : fs) {
        if (Matches(*ev.results[rs[r]].expectation, findings[f])) {
          adj[r].push_back(f);
        }
      }
    }
    std::function<bool(size_t)> augment = [&](size_t r) -> bool {
      for (size_t f : adj[r]) {
        if (seen[f]) continue;
        seen[f] = 1;
        int other = result_of_finding[f];
        if (other < 0 || augment(static_cast<size_t>(other))) {
          result_of_finding[f] = static_cast<int>(r);
          return true;
        }
      }
      return false;
    };
    for (bool optional : {false, true}) {
      for (size_t r = 0; r < rs.size(); ++r) {
        if (ev.results[rs[r]].expectation->optional != optional) continue;
        for (size_t f : fs) seen[f] = 0;
        augment(r);
      }
    }
    for (size_t f : fs) {
      if (result_of_finding[f] < 0) continue;
      matched[f] = 1;
      ev.results[rs[static_cast<size_t>(result_of_finding[f])]].finding_id =
          findings[f].finding_id;
    }
  }

  // Counts per family.
  for (const ExpectationResult& r : ev.results) {
    if (r.expectation->optional) continue;
    FamilyStats& s = ev.families[r.expectation->rule];
    ++s.expected;
    if (r.finding_id) ++s.found;
  }
  for (const auto& [doc, fs] : findings_of) {
    for (size_t f : fs) {
      const Finding& finding = findings[f];
      FamilyStats& s = ev.families[FamilyOf(finding.rule)];
      const Severity sev = SeverityOf(finding);
      if (sev >= Severity::kWarning) {
        ++s.emitted;
        if (matched[f]) ++s.matched;
      }
      if (matched[f]) continue;
      if (sev == Severity::kError) {
        ++s.false_errors;
        ev.false_errors.push_back(finding);
        // Traps of the document's seed (same stem or same prefix).
        const std::string& stem = stem_of[doc];
        std::vector<std::string> numbers;
        bool numbers_ready = false;
        for (const Trap& t : set.traps) {
          if (t.rule != FamilyOf(finding.rule)) continue;
          if (t.seed_stem != stem &&
              StemPrefix(t.seed_stem) != StemPrefix(stem)) {
            continue;
          }
          if (!numbers_ready) {
            numbers = NumbersOf(finding);
            numbers_ready = true;
          }
          bool all = std::all_of(
              t.numbers.begin(), t.numbers.end(), [&](const std::string& n) {
                return std::find(numbers.begin(), numbers.end(), n) !=
                       numbers.end();
              });
          if (all) ev.trap_violations.push_back({&t, finding.finding_id, doc});
        }
      } else {
        ++s.other_unmatched;
        ev.other_unmatched.push_back(finding);
      }
    }
  }
  for (const auto& [family, s] : ev.families) {
    ev.total.expected += s.expected;
    ev.total.found += s.found;
    ev.total.emitted += s.emitted;
    ev.total.matched += s.matched;
    ev.total.false_errors += s.false_errors;
    ev.total.other_unmatched += s.other_unmatched;
  }
  return ev;
}

}  // namespace tally::tools
