// The confusion table and the readings it gives (check/repair.h); the
// search for repairs over a document's relations is RepairOcr (below).
#include "check/repair.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "base/decimal.h"
#include "check/internal.h"

namespace tally::check {

// patterns/ocr_confusions.tsv, compiled in (src/check/CMakeLists.txt).
extern const char kOcrConfusions[];

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Digits with at most one point inside them, and no leading zero before a
// digit ("08" is no reading of a printed number; "0.8" is).
bool PlainNumber(std::string_view s) {
  if (s.empty() || !IsDigit(s.front()) || !IsDigit(s.back())) return false;
  if (s.size() > 1 && s[0] == '0' && IsDigit(s[1])) return false;
  int points = 0;
  for (char c : s) {
    if (c == '.') {
      ++points;
    } else if (!IsDigit(c)) {
      return false;
    }
  }
  return points <= 1;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

// The power of ten from f's value to its base_value (4 for 万元, -1 for ‰),
// if the two are the same number so scaled.
std::optional<int> BaseShift(const Fact& f) {
  std::optional<Decimal> value = Decimal::Parse(f.value);
  std::optional<Decimal> base = Decimal::Parse(f.base_value);
  if (!value || !base) return std::nullopt;
  // Zero is zero at every scale: its unit says which (0万元 read as 6 is
  // 6万元, not 6元).
  if (value->is_zero()) {
    if (!base->is_zero()) return std::nullopt;
    if (f.kind == "amount" || f.kind == "count") return UnitExponent(f.unit);
    return f.kind == "percent" && f.unit == "‰" ? -1 : 0;
  }
  for (int k : {0, 4, 8, 3, -1}) {
    if (value->Shift(k) == *base) return k;
  }
  return std::nullopt;
}

// Whether a relation of this kind, failing, may drive a repair: one that
// says what its numbers are, so that a single misreading that makes it hold
// exactly is unlikely to be chance (a sum, a ratio, a balance, a
// restatement, a count), or a bound that a misread sign oversteps (95% read
// 959%). Not a relation that only says on which side of a line a number
// lies, where the report's own slips sit just across it: a grade against
// its band (总分 84.47 graded 优: 8 read for 9 would put it in the band, and
// it is a real slip), a score against its weight. Nor siblings (an amount
// against the 万元 figures beside it), which judge the unit of one amount
// by the magnitude of others: a reading that silences them is no evidence,
// as a lost point put back at the wrong place (62013 read 6.2013, not
// 620.13) silences them as well as the right one.
bool Determines(const std::string& kind) {
  return kind != "siblings" && kind != "grade" && kind != "score_cap";
}

}  // namespace

StatusOr<std::vector<Confusion>> ParseConfusions(std::string_view tsv) {
  std::vector<Confusion> out;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() + 1 : nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    auto bad = [&](const std::string& why) {
      return InvalidArgument("ocr_confusions.tsv:" + std::to_string(line_no) +
                             ": " + why);
    };
    std::vector<std::string> col = SplitTabs(line);
    if (col.size() != 4) return bad("want 4 tab-separated columns");
    Confusion c{col[0], col[1], col[2], "", ""};
    size_t arrow = col[3].find(" -> ");
    if (arrow == std::string::npos) return bad("example wants 'read -> true'");
    c.example_read = col[3].substr(0, arrow);
    c.example_true = col[3].substr(arrow + 4);
    if (!PlainNumber(c.example_read) || !PlainNumber(c.example_true)) {
      return bad("example sides must be numbers");
    }
    auto digit = [](const std::string& s) {
      return s.size() == 1 && IsDigit(s[0]);
    };
    if (c.kind == "digit") {
      if (!digit(c.read) || !digit(c.truth) || c.read == c.truth) {
        return bad("a digit row maps one digit to another");
      }
    } else if (c.kind == "point") {
      if (c.read != "-" || c.truth != ".") return bad("a point row is '-\t.'");
    } else if (c.kind == "percent") {
      if (!digit(c.read) || c.truth != "-") {
        return bad("a percent row maps a digit to '-'");
      }
    } else {
      return bad("unknown kind '" + c.kind + "'");
    }
    out.push_back(std::move(c));
  }
  return out;
}

const std::vector<Confusion>& DefaultConfusions() {
  static const std::vector<Confusion>* table = [] {
    StatusOr<std::vector<Confusion>> t = ParseConfusions(kOcrConfusions);
    // The table is part of the source, and its test parses it: a bad row
    // fails the build's tests, so here it can only mean no repairs.
    return new std::vector<Confusion>(t.ok() ? std::move(*t)
                                             : std::vector<Confusion>());
  }();
  return *table;
}

std::vector<Reading> Readings(std::string_view value, bool percent,
                              const std::vector<Confusion>& table) {
  std::vector<Reading> out;
  std::set<std::string> seen = {std::string(value)};
  auto add = [&](std::string v, std::string edit, int position) {
    if (PlainNumber(v) && seen.insert(v).second) {
      out.push_back({std::move(v), std::move(edit), position});
    }
  };
  if (!PlainNumber(value)) return out;
  const bool has_point = value.find('.') != std::string_view::npos;
  for (const Confusion& c : table) {
    if (c.kind == "digit") {
      for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] != c.read[0]) continue;
        std::string v(value);
        v[i] = c.truth[0];
        add(std::move(v), c.read + "→" + c.truth, int(i));
      }
    } else if (c.kind == "point" && !has_point) {
      for (size_t i = 1; i < value.size(); ++i) {
        std::string v(value);
        v.insert(i, ".");
        add(std::move(v), "漏读小数点", -1);
      }
    } else if (c.kind == "percent" && percent && value.size() > 1 &&
               value.back() == c.read[0]) {
      add(std::string(value.substr(0, value.size() - 1)), "“%”误读为 " + c.read,
          int(value.size()) - 1);
    }
  }
  return out;
}

namespace {

// Every reading of f one confusion away, before the second reading's say.
std::vector<Reading> AllFactReadings(const Fact& f,
                                     const std::vector<Confusion>& table) {
  if (f.source != "ocr" || !f.qualifier.empty()) return {};
  if (f.kind != "amount" && f.kind != "percent" && f.kind != "count" &&
      f.kind != "score") {
    return {};
  }
  // A value the engine did not print as digits (三项, a normalised 1,234)
  // is not a reading of its glyphs. A blank is no glyph: digits the engine
  // split by a gap ("692 98", a point under a seal read as space) are read.
  std::string glyphs = f.raw;
  std::erase(glyphs, ' ');
  if (!PlainNumber(f.value) || glyphs.find(f.value) == std::string::npos) {
    return {};
  }
  if (!BaseShift(f)) return {};
  return Readings(f.value, f.kind == "percent", table);
}

}  // namespace

std::vector<Reading> FactReadings(const Fact& f,
                                  const std::vector<Confusion>& table) {
  std::vector<Reading> out = AllFactReadings(f, table);
  // A second reading that saw the same characters, enlarged, where a point
  // shows, says the point is absent, not lost (measured: on photocopied
  // scans a correctly read 61万元 in a relation that another, lost, number
  // broke was "repaired" to 6.1万元 as the one reading that fit).
  if (f.value_second == f.value) {
    std::erase_if(out, [](const Reading& r) { return r.position < 0; });
  }
  return out;
}

std::vector<Reading> UnconfirmedReadings(const Fact& f,
                                         const std::vector<Confusion>& table) {
  if (f.value_second != f.value) return {};
  std::vector<Reading> out = AllFactReadings(f, table);
  std::erase_if(out, [](const Reading& r) { return r.position >= 0; });
  return out;
}

Fact WithValue(const Fact& f, const std::string& value) {
  Fact out = f;
  std::optional<int> k = BaseShift(f);
  std::optional<Decimal> v = Decimal::Parse(value);
  out.value = value;
  out.base_value = v && k ? v->Shift(*k).ToString() : "";
  return out;
}

int ChangedConfidence(const Fact& f, const Reading& r) {
  if (r.position < 0 || size_t(r.position) >= f.value_confidence.size()) {
    return -1;
  }
  return f.value_confidence[size_t(r.position)];
}

int LeastConfident(const std::vector<int>& changed_confidence) {
  int best = -1;
  for (size_t k = 0; k < changed_confidence.size(); ++k) {
    const int c = changed_confidence[k];
    if (c < 0) return -1;  // no evidence for this one: a guess
    if (best < 0 || c < changed_confidence[size_t(best)]) best = int(k);
  }
  if (best < 0 || changed_confidence[size_t(best)] >= kDoubtfulSymbol) {
    return -1;
  }
  for (size_t k = 0; k < changed_confidence.size(); ++k) {
    if (int(k) != best && changed_confidence[k] <
                              changed_confidence[size_t(best)] + kSureMargin) {
      return -1;
    }
  }
  return best;
}

int SecondReadingPick(const std::vector<Fact>& facts,
                      const std::vector<std::pair<int, Reading>>& options,
                      const std::set<int>& members) {
  int pick = -1;
  for (size_t k = 0; k < options.size(); ++k) {
    const auto& [i, reading] = options[k];
    if (i < 0 || size_t(i) >= facts.size()) return -1;
    const Fact& f = facts[size_t(i)];
    if (f.value_second.empty()) return -1;
    if (f.value_second == reading.value) {
      if (pick >= 0) return -1;
      pick = int(k);
    }
  }
  if (pick < 0) return -1;
  const int chosen = options[size_t(pick)].first;
  for (const auto& [i, reading] : options) {
    if (i != chosen &&
        facts[size_t(i)].value_second != facts[size_t(i)].value) {
      return -1;
    }
  }
  for (int i : members) {
    if (i == chosen || i < 0 || size_t(i) >= facts.size()) continue;
    const Fact& f = facts[size_t(i)];
    if (!f.value_second.empty() && f.value_second != f.value) return -1;
  }
  return pick;
}

namespace internal {

namespace {

bool Fails(const std::vector<Finding>& found) {
  for (const Finding& f : found) {
    if (f.severity != kInfo) return true;
  }
  return false;
}

}  // namespace

Repairs RepairOcr(const Document& doc, const std::vector<Finding>& found,
                  const std::vector<Confusion>& table, int max_trials) {
  Repairs out;
  const int n = int(doc.facts.size());
  std::set<int> failing;
  for (const Finding& f : found) {
    if (f.severity != kInfo && f.relation >= 0 &&
        f.relation < int(doc.relations.size()) &&
        Determines(doc.relations[size_t(f.relation)].kind)) {
      failing.insert(f.relation);
    }
  }
  if (failing.empty()) return out;
  // The members of failing relations that have other readings (OCR'd
  // numbers): a born-digital document has none, and costs no more.
  std::map<int, std::vector<Reading>> tried;
  // Readings the second reading speaks against (a point it did not see):
  // never a repair, but a failing relation that only they make hold may
  // still be the reader's slip, not the report's.
  std::map<int, std::vector<Reading>> unconfirmed;
  for (int r : failing) {
    for (const RelationMember& m : doc.relations[size_t(r)].members) {
      if (m.fact < 0 || m.fact >= n || tried.count(m.fact) ||
          unconfirmed.count(m.fact)) {
        continue;
      }
      const Fact& f = doc.facts[size_t(m.fact)];
      std::vector<Reading> readings = FactReadings(f, table);
      if (!readings.empty()) tried[m.fact] = std::move(readings);
      std::vector<Reading> weak = UnconfirmedReadings(f, table);
      if (!weak.empty()) unconfirmed[m.fact] = std::move(weak);
    }
  }
  if (tried.empty() && unconfirmed.empty()) return out;
  // Each fact's relations, in relation order.
  std::vector<std::vector<int>> relations_of(static_cast<size_t>(n));
  for (size_t r = 0; r < doc.relations.size(); ++r) {
    for (const RelationMember& m : doc.relations[r].members) {
      if (m.fact < 0 || m.fact >= n) continue;
      std::vector<int>& rs = relations_of[size_t(m.fact)];
      if (rs.empty() || rs.back() != int(r)) rs.push_back(int(r));
    }
  }
  // A working copy: one fact at a time takes a reading and is put back.
  std::vector<Fact> work = doc.facts;
  Document wdoc{work, doc.relations};
  View view(wdoc);
  int trials = 0;
  // (fact, reading) that make all of the fact's relations hold.
  std::map<int, std::vector<Reading>> fits, weak_fits;
  auto try_readings = [&](const std::map<int, std::vector<Reading>>& from,
                          std::map<int, std::vector<Reading>>* to) {
    for (const auto& [i, readings] : from) {
      const Fact original = work[size_t(i)];
      for (const Reading& reading : readings) {
        if (trials >= max_trials) break;
        work[size_t(i)] = WithValue(original, reading.value);
        view.Refresh(i);
        bool holds = true;
        for (int r : relations_of[size_t(i)]) {
          ++trials;
          std::vector<Finding> again;
          if (Rule rule = RuleOf(doc.relations[size_t(r)].kind)) {
            rule(view, r, &again);
          }
          if (Fails(again)) {
            holds = false;
            break;
          }
        }
        if (holds) (*to)[i].push_back(reading);
      }
      work[size_t(i)] = original;
      view.Refresh(i);
    }
  };
  try_readings(tried, &fits);
  try_readings(unconfirmed, &weak_fits);
  // A search cut short by the budget proves no reading unique.
  if (trials >= max_trials) return out;
  // Per failing relation, the fitting readings of all its members: one is a
  // repair, more are a guess.
  std::map<int, std::pair<int, Reading>> chosen;  // fact -> (relation, reading)
  std::set<int> doubtful;                         // facts of ambiguous fits
  // fact -> the changed characters' confidences of the candidates, for a
  // repair chosen among several by the engine's doubt.
  std::map<int, std::vector<int>> by_doubt;
  // fact -> how many other readings fit, for a repair chosen among several
  // by the second reading.
  std::map<int, int> by_second;
  for (int r : failing) {
    std::vector<std::pair<int, Reading>> options;
    std::set<int> members;
    for (const RelationMember& m : doc.relations[size_t(r)].members) {
      if (m.fact >= 0 && m.fact < n) members.insert(m.fact);
    }
    for (int i : members) {
      auto it = fits.find(i);
      if (it == fits.end()) continue;
      for (const Reading& reading : it->second) options.push_back({i, reading});
    }
    if (options.empty()) {
      // Only readings the second reading speaks against fit: no repair,
      // but no proof of the report's slip either.
      Ambiguity a;
      a.relation = r;
      a.unconfirmed = true;
      for (int i : members) {
        auto it = weak_fits.find(i);
        if (it == weak_fits.end()) continue;
        for (const Reading& reading : it->second) {
          a.facts.push_back(i);
          a.readings.push_back(reading);
        }
      }
      if (!a.facts.empty()) out.ambiguous.push_back(std::move(a));
      continue;
    }
    int pick = options.size() == 1 ? 0 : -1;
    if (options.size() > 1) {
      std::vector<int> changed;
      for (const auto& [i, reading] : options) {
        changed.push_back(ChangedConfidence(doc.facts[size_t(i)], reading));
      }
      const int doubt = LeastConfident(changed);
      const int second = SecondReadingPick(doc.facts, options, members);
      // Two kinds of evidence that point at different readings: a guess.
      pick = doubt >= 0 && second >= 0 && doubt != second ? -1
             : second >= 0                                ? second
                                                          : doubt;
      if (pick >= 0 && pick == second) {
        by_second[options[size_t(pick)].first] = int(options.size()) - 1;
      } else if (pick >= 0) {
        by_doubt[options[size_t(pick)].first] = changed;
      }
    }
    if (pick >= 0) {
      chosen.emplace(options[size_t(pick)].first,
                     std::make_pair(r, options[size_t(pick)].second));
    } else if (options.size() > 1) {
      Ambiguity a;
      a.relation = r;
      for (const auto& [i, reading] : options) {
        a.facts.push_back(i);
        a.readings.push_back(reading);
        doubtful.insert(i);
      }
      out.ambiguous.push_back(std::move(a));
    }
  }
  for (const auto& [i, choice] : chosen) {
    // A number that another failing relation leaves in doubt is not
    // repaired: its repair is unique in one relation only.
    if (doubtful.count(i)) continue;
    Repair rep;
    rep.fact = i;
    rep.reading = choice.second;
    rep.tried = tried[i];
    if (auto s = by_second.find(i); s != by_second.end()) {
      rep.alone = false;
      rep.second = doc.facts[size_t(i)].value_second;
      rep.other_fits = s->second;
    } else if (auto d = by_doubt.find(i); d != by_doubt.end()) {
      rep.alone = false;
      rep.confidence = ChangedConfidence(doc.facts[size_t(i)], choice.second);
      rep.other_fits = int(d->second.size()) - 1;
    }
    for (int r : relations_of[size_t(i)]) rep.relations.push_back(r);
    out.repairs.push_back(std::move(rep));
  }
  return out;
}

}  // namespace internal
}  // namespace tally::check
