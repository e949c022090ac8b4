// eval_repairs --db FILE [--as-ocr] [--plant-confidence C]
// [--second stored|repeat|none] [--reference BORN] [--doc ID]...
// [--verbose]: how well the
// check stage's OCR repair (check/repair.h) undoes single-character misreads
// planted inside arithmetic relations.
//
// For every stored number that belongs to a relation which holds, and every
// misreading the confusion table allows of it (a digit read as another, its
// point lost, a percent sign read as a digit: each row of
// patterns/ocr_confusions.tsv backwards), the number is replaced by the
// misreading and the document checked again, alone. A plant counts only if
// it breaks one of the number's relations (a misreading within a
// relation's rounding is invisible to arithmetic). Then:
//   repaired  an ocr.repair finding gives back the printed number;
//   wrong     an ocr.repair finding that the unplanted document does not
//             have, other than that one (a wrong value, or another number);
//   guess     no repair, the relation's finding a 'warning' naming the
//             candidates (two or more readings fit);
//   left      no repair and no candidate (its other relations disagree).
// Only OCR'd numbers are repaired; --as-ocr treats every number as OCR'd,
// to plant into the born-digital copy, whose readings are known right.
// A number keeps the engine's confidence in each of its digits (box_symbols),
// which the repair uses to choose among readings that fit equally: a plant
// keeps the confidence of the digit it replaces (the engine no less sure of
// the misreading: no evidence), or with --plant-confidence C is read at C.
// --verbose prints each plant left unrepaired, with its relation's
// candidates, on stderr.
//
// A number also keeps the ocr stage's second reading of it (Fact::
// value_second), which the repair uses the same way. A plant lives in the
// database, not in the image, so the stored second reading is of the
// printed number: --second says what the planted number's second reading
// is taken to be:
//   stored  as stored: the printed number (the second reading not fooled
//           by whatever fooled the first; an upper bound);
//   repeat  the misreading itself (the second reading fooled alike: no
//           evidence; the lower bound, and the default);
//   none    none (the number read once).
// A plant that changes the number's length (a lost point, a percent sign
// read as a digit) has no second reading under stored: a second reading is
// kept only where it lays over the first character for character.
// Where between the bounds the truth lies is measured on real misreadings:
//
// --reference BORN scores the repairs the scans' own misreadings get, with
// no plant: each OCR'd number of --db is paired with the born-digital
// copy's number (BORN, the same documents by file stem) in document order
// (same page, kind and unit; equal values, else one confusion apart), and
//   misread    an OCR'd number in a relation that reads other than printed,
//              one confusion away (a single-character misreading);
//   repaired   an ocr.repair finding gives back the printed number;
//   wrong      an ocr.repair finding that gives anything else (also of a
//              number read right), or of a number with no printed pair;
// and the second readings: of numbers read right, how many it reads the
// same; of misread numbers, how many it reads as printed, as misread, or
// otherwise. With --second none the repair runs without the second
// readings (as before they existed).
//
//   build/tools/eval_repairs --db build/eval_scans/seeds/born.sqlite --as-ocr
//   build/tools/eval_repairs --db build/eval_scans/seeds/seal200.sqlite
//       --reference build/eval_scans/seeds/born.sqlite   (one line)
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "check/check.h"
#include "check/repair.h"
#include "pipeline/check_record.h"
#include "store/store.h"
#include "tools/finding_eval.h"

using namespace tally;

namespace {

struct Counts {
  int planted = 0, repaired = 0, wrong = 0, guess = 0, left = 0;
  void Add(const Counts& o) {
    planted += o.planted, repaired += o.repaired, wrong += o.wrong;
    guess += o.guess, left += o.left;
  }
};

// The misreadings of a printed number that the table repairs: each row
// applied backwards.
std::vector<std::string> Misreadings(const std::string& value, bool percent,
                                     const std::vector<check::Confusion>& t) {
  std::vector<std::string> out;
  std::set<std::string> seen = {value};
  auto add = [&](const std::string& v) {
    // Kept only if the table reads it back (a plain number, no leading 0).
    bool back = false;
    for (const check::Reading& r : check::Readings(v, percent, t)) {
      back = back || r.value == value;
    }
    if (back && seen.insert(v).second) out.push_back(v);
  };
  for (const check::Confusion& c : t) {
    if (c.kind == "digit") {
      for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] != c.truth[0]) continue;
        std::string v = value;
        v[i] = c.read[0];
        add(v);
      }
    } else if (c.kind == "point") {
      size_t dot = value.find('.');
      if (dot != std::string::npos) {
        add(value.substr(0, dot) + value.substr(dot + 1));
      }
    } else if (c.kind == "percent" && percent) {
      add(value + c.read);
    }
  }
  return out;
}

// The symbol confidences of a planted misreading `mis` of `value`, from the
// value's own (conf, one per character; left empty if it is): the planted
// character at `planted` (0..100), or, with planted < 0, at the confidence
// the engine had in the character it replaces (no evidence: the engine was
// as sure of the misreading as of the printed digit). A lost point drops
// the point's confidence; a percent sign read as a digit adds the digit.
void PlantConfidence(const std::string& value, const std::string& mis,
                     int planted, std::vector<int>* conf) {
  if (conf->size() != value.size()) {
    conf->clear();
    return;
  }
  if (mis.size() == value.size()) {
    for (size_t k = 0; k < value.size(); ++k) {
      if (value[k] != mis[k] && planted >= 0) (*conf)[k] = planted;
    }
  } else if (mis.size() > value.size()) {  // the '%' read as a digit
    conf->push_back(planted >= 0 ? planted : conf->empty() ? 99 : conf->back());
  } else {  // the point lost
    conf->erase(conf->begin() + long(value.find('.')));
  }
}

bool Broken(const std::vector<Finding>& found, const std::set<int>& rels) {
  for (const Finding& f : found) {
    if (f.severity != "info" && rels.count(f.relation)) return true;
  }
  return false;
}

using RepairKey = std::pair<int64_t, std::string>;  // fact_id, suggested

enum class Second { kStored, kRepeat, kNone };

// The planted number's second reading under `arm` (see the file comment).
void PlantSecond(const std::string& value, const std::string& mis, Second arm,
                 std::string* second) {
  if (arm == Second::kNone || mis.size() != value.size()) {
    second->clear();
  } else if (arm == Second::kRepeat && !second->empty()) {
    *second = mis;
  }
}

// The kinds of number the repair reads again.
bool Repairable(const Fact& f) {
  return f.kind == "amount" || f.kind == "percent" || f.kind == "count" ||
         f.kind == "score";
}

// Pairs the OCR'd facts `scan` with the born-digital facts `born` of the
// same document: an order-keeping alignment maximising the pairs (equal
// values 3, one confusion apart 1), only within a page, kind and unit.
// pair[i] is the index into born of scan[i]'s pair, or -1.
std::vector<int> PairFacts(const std::vector<Fact>& scan,
                           const std::vector<Fact>& born,
                           const std::vector<check::Confusion>& table) {
  const size_t n = scan.size(), m = born.size();
  auto score = [&](size_t i, size_t j) {
    const Fact& s = scan[i];
    const Fact& b = born[j];
    if (!Repairable(s) || s.kind != b.kind || s.unit != b.unit ||
        s.page_no != b.page_no) {
      return 0;
    }
    if (s.value == b.value) return 3;
    for (const check::Reading& r :
         check::Readings(s.value, s.kind == "percent", table)) {
      if (r.value == b.value) return 1;
    }
    return 0;
  };
  std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      const int sc = score(i, j);
      best[i][j] = std::max({best[i + 1][j], best[i][j + 1],
                             sc > 0 ? sc + best[i + 1][j + 1] : 0});
    }
  }
  std::vector<int> pair(n, -1);
  for (size_t i = 0, j = 0; i < n && j < m;) {
    const int sc = score(i, j);
    if (sc > 0 && best[i][j] == sc + best[i + 1][j + 1]) {
      pair[i] = int(j);
      ++i, ++j;
    } else if (best[i][j] == best[i + 1][j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return pair;
}

struct RealCounts {
  int numbers = 0, misread = 0, misread_failing = 0, repaired = 0, wrong = 0;
  int right_second = 0, right_second_same = 0;
  int misread_second = 0, second_printed = 0, second_misread = 0;
  void Add(const RealCounts& o) {
    numbers += o.numbers, misread += o.misread;
    misread_failing += o.misread_failing, repaired += o.repaired;
    wrong += o.wrong, right_second += o.right_second;
    right_second_same += o.right_second_same;
    misread_second += o.misread_second, second_printed += o.second_printed;
    second_misread += o.second_misread;
  }
};

// The repairs the scanned document `scan` gets, scored against its
// born-digital copy `born` (--reference).
RealCounts ScoreReal(const store::DocumentRecord& scan,
                     const store::DocumentRecord& born,
                     const std::vector<check::Confusion>& table,
                     bool use_second, bool verbose) {
  RealCounts c;
  std::vector<Fact> facts = pipeline::FactsForCheck(scan);
  auto order = [](const Fact& a, const Fact& b) {
    return std::tie(a.page_no, a.text_begin) <
           std::tie(b.page_no, b.text_begin);
  };
  std::vector<size_t> idx(facts.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
    return order(facts[a], facts[b]);
  });
  std::vector<Fact> sorted;
  for (size_t i : idx) sorted.push_back(facts[i]);
  std::vector<Fact> printed = born.facts;
  std::stable_sort(printed.begin(), printed.end(), order);
  const std::vector<int> sorted_pair = PairFacts(sorted, printed, table);
  std::vector<int> pair(facts.size(), -1);
  for (size_t k = 0; k < idx.size(); ++k) pair[idx[k]] = sorted_pair[k];
  std::vector<bool> in_relation(facts.size(), false);
  for (const Relation& r : scan.relations) {
    for (const RelationMember& m : r.members) {
      if (m.fact >= 0 && size_t(m.fact) < facts.size()) {
        in_relation[size_t(m.fact)] = true;
      }
    }
  }
  // The second readings' own figures are counted from the stored ones
  // below; without them the repair is the one before they existed.
  std::vector<Fact> stored = facts;
  if (!use_second) {
    for (Fact& f : facts) f.value_second.clear();
  }
  check::Options without;
  without.repair_ocr = false;
  const std::vector<Finding> plain =
      check::CheckDocument({facts, scan.relations}, without);
  const std::vector<Finding> found =
      check::CheckDocument({facts, scan.relations}, check::Options());
  std::map<int64_t, size_t> by_id;
  for (size_t i = 0; i < facts.size(); ++i) by_id[facts[i].fact_id] = i;
  std::set<size_t> failing_facts;
  for (const Finding& f : plain) {
    if (f.severity == "info" || f.relation < 0 ||
        size_t(f.relation) >= scan.relations.size()) {
      continue;
    }
    for (const RelationMember& m : scan.relations[size_t(f.relation)].members) {
      if (m.fact >= 0) failing_facts.insert(size_t(m.fact));
    }
  }
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = stored[i];
    if (f.source != "ocr" || !Repairable(f) || pair[i] < 0) continue;
    const Fact& p = printed[size_t(pair[i])];
    if (in_relation[i]) ++c.numbers;
    const bool right = f.value == p.value;
    if (!f.value_second.empty()) {
      if (right) {
        ++c.right_second;
        c.right_second_same += f.value_second == f.value;
      } else {
        ++c.misread_second;
        c.second_printed += f.value_second == p.value;
        c.second_misread += f.value_second == f.value;
      }
    }
    if (!right && in_relation[i]) {
      ++c.misread;
      c.misread_failing += failing_facts.count(i) > 0;
      if (verbose) {
        std::fprintf(stderr, "misread: %s p%d %s%s printed %s second %s\n",
                     tools::FileStem(scan.path).c_str(), f.page_no,
                     f.value.c_str(), f.unit.c_str(), p.value.c_str(),
                     f.value_second.empty() ? "-" : f.value_second.c_str());
      }
    }
  }
  for (const Finding& r : found) {
    if (r.rule != "ocr.repair" || r.fact_ids.empty()) continue;
    auto it = by_id.find(r.fact_ids.front());
    const int j = it == by_id.end() ? -1 : pair[it->second];
    const bool ok = j >= 0 && r.suggested == printed[size_t(j)].value +
                                                 printed[size_t(j)].unit;
    ok ? ++c.repaired : ++c.wrong;
    std::fprintf(
        stderr, "%s: %s p%d %s -> %s (printed %s)\n", ok ? "repaired" : "wrong",
        tools::FileStem(scan.path).c_str(), r.page_no, r.actual.c_str(),
        r.suggested.c_str(),
        j >= 0 ? (printed[size_t(j)].value + printed[size_t(j)].unit).c_str()
               : "?");
  }
  return c;
}

int RunReference(store::Store* scans, const std::string& reference,
                 bool use_second, bool verbose) {
  store::Options so;
  so.read_only = true;
  auto ref = store::Store::Open(reference, so);
  if (!ref.ok()) {
    std::cerr << "eval_repairs: " << ref.status().ToString() << "\n";
    return 2;
  }
  auto ref_ids = (*ref)->CurrentDocuments();
  auto ids = scans->CurrentDocuments();
  if (!ref_ids.ok() || !ids.ok()) {
    std::cerr << "eval_repairs: cannot list the documents\n";
    return 2;
  }
  std::map<std::string, int64_t> born_of;
  for (int64_t id : *ref_ids) {
    auto rec = (*ref)->ReadDocument(id);
    if (rec.ok()) born_of[tools::FileStem(rec->path)] = id;
  }
  const std::vector<check::Confusion>& table = check::DefaultConfusions();
  RealCounts total;
  std::printf("%-34s %7s %7s %7s %8s %6s\n", "document", "numbers", "misread",
              "failing", "repaired", "wrong");
  for (int64_t id : *ids) {
    auto rec = scans->ReadDocument(id);
    if (!rec.ok()) continue;
    const std::string stem = tools::FileStem(rec->path);
    auto b = born_of.find(stem);
    if (b == born_of.end()) continue;
    auto born = (*ref)->ReadDocument(b->second);
    if (!born.ok()) continue;
    RealCounts c = ScoreReal(*rec, *born, table, use_second, verbose);
    std::printf("%-34s %7d %7d %7d %8d %6d\n", stem.c_str(), c.numbers,
                c.misread, c.misread_failing, c.repaired, c.wrong);
    total.Add(c);
  }
  std::printf("%-34s %7d %7d %7d %8d %6d\n", "total", total.numbers,
              total.misread, total.misread_failing, total.repaired,
              total.wrong);
  std::printf(
      "misread numbers in relations %d (%d in a failing relation), repaired "
      "correctly %d, wrong repairs %d\n",
      total.misread, total.misread_failing, total.repaired, total.wrong);
  std::printf(
      "second reading: numbers read right %d, read the same %d; misread %d, "
      "read as printed %d, as misread %d\n",
      total.right_second, total.right_second_same, total.misread_second,
      total.second_printed, total.second_misread);
  return 0;
}

std::set<RepairKey> RepairsOf(const std::vector<Finding>& found) {
  std::set<RepairKey> out;
  for (const Finding& f : found) {
    if (f.rule == "ocr.repair" && !f.fact_ids.empty()) {
      out.insert({f.fact_ids.front(), f.suggested});
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  std::string reference;
  bool as_ocr = false, verbose = false;
  int plant_confidence = -1;
  Second second = Second::kRepeat;
  std::set<int64_t> only;
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    if (arg == "--db" && a + 1 < argc) {
      db = argv[++a];
    } else if (arg == "--verbose") {
      verbose = true;
    } else if (arg == "--as-ocr") {
      as_ocr = true;
    } else if (arg == "--plant-confidence" && a + 1 < argc) {
      plant_confidence = std::atoi(argv[++a]);
    } else if (arg == "--reference" && a + 1 < argc) {
      reference = argv[++a];
    } else if (arg == "--second" && a + 1 < argc) {
      std::string v = argv[++a];
      if (v == "stored") {
        second = Second::kStored;
      } else if (v == "repeat") {
        second = Second::kRepeat;
      } else if (v == "none") {
        second = Second::kNone;
      } else {
        std::cerr << "eval_repairs: --second stored|repeat|none\n";
        return 2;
      }
    } else if (arg == "--doc" && a + 1 < argc) {
      only.insert(std::atoll(argv[++a]));
    } else {
      std::cerr << "usage: eval_repairs --db FILE [--as-ocr] "
                   "[--plant-confidence C] [--second stored|repeat|none] "
                   "[--reference BORN] [--doc ID]...\n";
      return 2;
    }
  }
  if (db.empty()) {
    std::cerr << "usage: eval_repairs --db FILE [--as-ocr] [--plant-confidence "
                 "C] [--doc ID]...\n";
    return 2;
  }
  store::Options so;
  so.read_only = true;
  auto st = store::Store::Open(db, so);
  if (!st.ok()) {
    std::cerr << "eval_repairs: " << st.status().ToString() << "\n";
    return 2;
  }
  if (!reference.empty()) {
    return RunReference(st->get(), reference, second != Second::kNone, verbose);
  }
  auto ids = (*st)->CurrentDocuments();
  if (!ids.ok()) {
    std::cerr << "eval_repairs: " << ids.status().ToString() << "\n";
    return 2;
  }
  const std::vector<check::Confusion>& table = check::DefaultConfusions();
  check::Options with, without;
  without.repair_ocr = false;
  Counts total;
  std::printf("%-34s %7s %8s %6s %6s %6s\n", "document", "planted", "repaired",
              "wrong", "guess", "left");
  for (int64_t id : *ids) {
    if (!only.empty() && !only.count(id)) continue;
    auto rec = (*st)->ReadDocument(id);
    if (!rec.ok()) {
      std::cerr << "eval_repairs: " << rec.status().ToString() << "\n";
      return 2;
    }
    std::vector<Fact> facts = pipeline::FactsForCheck(*rec);
    if (as_ocr) {
      for (Fact& f : facts) f.source = "ocr";
    }
    const std::vector<Relation>& rels = rec->relations;
    std::vector<std::set<int>> rels_of(facts.size());
    for (size_t r = 0; r < rels.size(); ++r) {
      for (const RelationMember& m : rels[r].members) {
        if (m.fact >= 0 && size_t(m.fact) < facts.size()) {
          rels_of[size_t(m.fact)].insert(int(r));
        }
      }
    }
    const std::vector<Finding> base_found =
        check::CheckDocument({facts, rels}, without);
    const std::set<RepairKey> base_repairs =
        RepairsOf(check::CheckDocument({facts, rels}, with));
    Counts c;
    for (size_t i = 0; i < facts.size(); ++i) {
      const Fact original = facts[i];
      if (rels_of[i].empty() || check::FactReadings(original, table).empty()) {
        continue;
      }
      if (Broken(base_found, rels_of[i]))
        continue;  // not a relation that holds
      for (const std::string& mis :
           Misreadings(original.value, original.kind == "percent", table)) {
        Fact planted = check::WithValue(original, mis);
        size_t at = planted.raw.find(original.value);
        if (at == std::string::npos) continue;  // printed with a gap
        planted.raw.replace(at, original.value.size(), mis);
        PlantConfidence(original.value, mis, plant_confidence,
                        &planted.value_confidence);
        PlantSecond(original.value, mis, second, &planted.value_second);
        facts[i] = planted;
        std::vector<Finding> plain =
            check::CheckDocument({facts, rels}, without);
        if (!Broken(plain, rels_of[i])) {
          facts[i] = original;
          continue;
        }
        ++c.planted;
        std::vector<Finding> found = check::CheckDocument({facts, rels}, with);
        const RepairKey right = {original.fact_id,
                                 original.value + original.unit};
        bool repaired = false, wrong = false;
        for (const RepairKey& k : RepairsOf(found)) {
          if (k == right) {
            repaired = true;
          } else if (!base_repairs.count(k)) {
            wrong = true;
            std::fprintf(stderr,
                         "wrong: doc %lld fact %lld %s%s read %s%s -> %s\n",
                         (long long)id, (long long)original.fact_id,
                         original.value.c_str(), original.unit.c_str(),
                         mis.c_str(), original.unit.c_str(), k.second.c_str());
            for (const Finding& f : found) {
              if (f.rule == "ocr.repair" && !f.fact_ids.empty() &&
                  f.fact_ids.front() == k.first && f.suggested == k.second) {
                std::fprintf(stderr, "  %s\n", f.message.c_str());
              }
            }
          }
        }
        if (wrong) {
          ++c.wrong;
        } else if (repaired) {
          ++c.repaired;
        } else if (Broken(found, rels_of[i])) {
          bool ambiguous = false;
          for (const Finding& f : found) {
            ambiguous = ambiguous ||
                        (rels_of[i].count(f.relation) &&
                         f.message.find("无法唯一修正") != std::string::npos);
          }
          ambiguous ? ++c.guess : ++c.left;
          if (verbose) {
            for (const Finding& f : found) {
              if (!rels_of[i].count(f.relation) || f.severity == "info")
                continue;
              std::fprintf(stderr, "%s: doc %lld %s%s read %s: %s %s | %s\n",
                           ambiguous ? "guess" : "left", (long long)id,
                           original.value.c_str(), original.unit.c_str(),
                           mis.c_str(), rels[size_t(f.relation)].kind.c_str(),
                           f.rule.c_str(), f.alternatives.c_str());
              break;
            }
          }
        } else {
          ++c.left;
        }
        facts[i] = original;
      }
    }
    std::string name = rec->path.substr(rec->path.rfind('/') + 1);
    std::printf("%-34s %7d %8d %6d %6d %6d\n", name.c_str(), c.planted,
                c.repaired, c.wrong, c.guess, c.left);
    total.Add(c);
  }
  std::printf("%-34s %7d %8d %6d %6d %6d\n", "total", total.planted,
              total.repaired, total.wrong, total.guess, total.left);
  if (total.planted > 0) {
    std::printf("repaired correctly %.1f%% (%d of %d), wrong repairs %d\n",
                100.0 * total.repaired / total.planted, total.repaired,
                total.planted, total.wrong);
  }
  return 0;
}
