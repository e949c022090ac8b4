// eval_repairs --db FILE [--as-ocr] [--plant-confidence C] [--doc ID]...
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
//   build/tools/eval_repairs --db build/eval_scans/seeds/born.sqlite --as-ocr
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
  bool as_ocr = false, verbose = false;
  int plant_confidence = -1;
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
    } else if (arg == "--doc" && a + 1 < argc) {
      only.insert(std::atoll(argv[++a]));
    } else {
      std::cerr << "usage: eval_repairs --db FILE [--as-ocr] "
                   "[--plant-confidence C] [--doc ID]...\n";
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
        planted.raw.replace(at, original.value.size(), mis);
        PlantConfidence(original.value, mis, plant_confidence,
                        &planted.value_confidence);
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
