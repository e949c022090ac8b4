// tools/eval_facts.cc: precision and recall of tally's extracted facts, and
// the accuracy of its metadata, indicator and budget rows, against the
// hand-checked gold annotations in corpus/gold/ (corpus/gold/README.md).
//
//   eval_facts --db FILE --gold DIR [--kinds amount,percent,score]
//              [--split dev|test] [--min-precision P --min-recall R]
//              [--verbose]
//
// Every DIR/<stem>.tsv is a gold file, and so are the amount and metadata
// records of corpus/real's <stem>.ann (--split keeps its dev or test ids). Each
// current document whose path has the basename stem <stem>
// (corpus/pdf/<stem>.pdf, a scan <stem>.png, the seed <stem>.txt, ...) is
// scored against it, so a database holding the born-digital and the scanned
// copy scores both. Documents without gold are ignored; a gold file without a
// document is reported and counts as everything missed. The pure logic lives in
// tools/fact_eval.h.
//
// Prints per kind gold, extracted, TP, FP, FN, precision and recall; the
// share of matched facts whose qualifier and whose label agree (reported
// only); metadata fields correct; indicator rows found with correct weight
// and score, and fully correct; budget rows likewise when the database has a
// v_budgets view. --verbose adds, per document, every missed gold row and
// every extracted fact no gold row claimed, with its context.
//
// For corpus/real's annotations it also prints how many of their relations
// (holding or broken, tying two numbers or more; traps are not) the extract
// stage found: one extracted relation whose members hold every number of
// the annotated one (tools/fact_eval.h, RelationCovered) — the structure the
// checks rest on, measured on many more relations than there are slips.
// --verbose lists the relations missed.
//
// Exit status: 0; 1 if a kind named by --kinds is below --min-precision or
// --min-recall, or, when either threshold is given, a metadata field or an
// indicator row is not correct; 2 usage error, or the database or a gold
// file could not be read.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "base/file.h"
#include "base/status.h"
#include "store/store.h"
#include "tools/fact_eval.h"
#include "tools/flags.h"

namespace tally::tools {
namespace {

struct Flags {
  std::string db;
  std::string gold;
  std::vector<std::string> kinds = {"amount", "percent", "score"};
  double min_precision = 0;
  double min_recall = 0;
  bool thresholds_given = false;
  bool verbose = false;
  std::string split;  // "", "dev" or "test": corpus/real's split
};

// The records of a corpus/real annotation that are gold: amounts, and the
// four metadata keys of corpus/gold.
std::string AnnGold(const std::string& ann) {
  std::string out;
  std::istringstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    bool keep = line.starts_with("amount\t");
    for (const char* key :
         {"bureau", "fiscal_year", "report_kind", "report_date"}) {
      keep = keep || line.starts_with(std::string("meta\t") + key + "\t");
    }
    if (keep) out += line + "\n";
  }
  return out;
}

int Usage(const char* why) {
  if (why != nullptr) std::fprintf(stderr, "eval_facts: %s\n", why);
  std::fprintf(stderr,
               "usage: eval_facts --db FILE --gold DIR "
               "[--kinds amount,percent,score] [--split dev|test]\n"
               "                  [--min-precision P --min-recall R] "
               "[--verbose]\n");
  return 2;
}

bool ParseFraction(const std::string& value, double* out) {
  char* end = nullptr;
  double v = std::strtod(value.c_str(), &end);
  if (value.empty() || *end != '\0' || !(v >= 0 && v <= 1)) return false;
  *out = v;
  return true;
}

// Returns 0 (go on), -1 (help printed, exit 0), or an exit status.
int ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    std::string value;
    bool missing = false;
    auto take = [&](std::string_view name) {
      return TakeFlag(argc, argv, &i, name, &value, &missing);
    };
    if (take("--db")) {
      flags->db = value;
    } else if (take("--gold")) {
      flags->gold = value;
    } else if (take("--split")) {
      if (value != "dev" && value != "test") {
        return Usage("--split wants dev or test");
      }
      flags->split = value;
    } else if (take("--kinds")) {
      flags->kinds.clear();
      std::stringstream ss(value);
      std::string kind;
      while (std::getline(ss, kind, ',')) {
        if (kind.empty()) continue;
        if (!IsGoldFactKind(kind)) {
          std::string why = "unknown kind '" + kind +
                            "' (amount, percent, count, score, grade)";
          return Usage(why.c_str());
        }
        flags->kinds.push_back(kind);
      }
      if (flags->kinds.empty() && !missing) {
        return Usage("--kinds wants a list such as amount,percent,score");
      }
    } else if (take("--min-precision")) {
      if (!missing && !ParseFraction(value, &flags->min_precision)) {
        return Usage("--min-precision wants a fraction such as 0.98");
      }
      flags->thresholds_given = true;
    } else if (take("--min-recall")) {
      if (!missing && !ParseFraction(value, &flags->min_recall)) {
        return Usage("--min-recall wants a fraction such as 0.98");
      }
      flags->thresholds_given = true;
    } else if (a == "--verbose" || a == "-v") {
      flags->verbose = true;
    } else if (a == "-h" || a == "--help") {
      Usage(nullptr);
      return -1;
    } else {
      std::string why = "unexpected argument " + std::string(a);
      return Usage(why.c_str());
    }
    if (missing) {
      std::string why = std::string(a) + " wants a value";
      return Usage(why.c_str());
    }
  }
  if (flags->db.empty() || flags->gold.empty()) {
    return Usage("--db and --gold are required");
  }
  return 0;
}

std::string Cell(const std::vector<std::optional<std::string>>& row, size_t i) {
  return i < row.size() && row[i] ? *row[i] : std::string();
}

// Code points of s cut to at most n, for one-line display.
std::string Clip(std::string_view s, size_t n) {
  std::string out;
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (count == n) return out + "…";
      ++count;
    }
    out.push_back(s[i] == '\n' || s[i] == '\t' ? ' ' : s[i]);
  }
  return out;
}

std::string Ratio(size_t part, size_t whole) {
  char buf[64];
  if (whole == 0) {
    std::snprintf(buf, sizeof buf, "%zu/%zu", part, whole);
  } else {
    std::snprintf(
        buf, sizeof buf, "%zu/%zu (%.1f%%)", part, whole,
        100.0 * static_cast<double>(part) / static_cast<double>(whole));
  }
  return buf;
}

struct GoldFile {
  std::string stem;
  std::filesystem::path path;
  GoldDocument doc;
  std::vector<GoldRelation> relations;  // a corpus/real .ann's
};

struct Document {
  std::string doc_id;  // digits only (checked)
  std::string path;
  std::optional<std::string> meta[4];  // kGoldMetaKeys order
};

// What the database offers besides the contract's columns.
struct Schema {
  bool fact_qualifier = false;
  bool fact_text_begin = false;
  bool budgets = false;
  bool budget_id = false;
  bool indicator_id = false;
  bool level_printed = false;  // v_indicators.level1 without its weight
};

StatusOr<std::set<std::string>> Columns(store::Store& store,
                                        const std::string& view) {
  StatusOr<store::QueryResult> r =
      store.Query("SELECT name FROM pragma_table_info('" + view + "')");
  if (!r.ok()) return r.status();
  std::set<std::string> names;
  for (const auto& row : r->rows) names.insert(Cell(row, 0));
  return names;
}

struct Totals {
  std::map<std::string, KindScore> kinds;
  size_t meta_correct[4] = {0, 0, 0, 0};
  size_t meta_total = 0;  // per field
  RowScore indicators;
  RowScore budgets;
  size_t documents = 0;
  // Per family: annotated relations (corpus/real) and those found.
  std::map<std::string, std::pair<size_t, size_t>> relations;
};

void AddRows(const RowScore& r, RowScore* total) {
  total->total += r.total;
  total->found += r.found;
  total->weight_score_ok += r.weight_score_ok;
  total->fully_ok += r.fully_ok;
  total->extra += r.extra;
}

void PrintRowMismatches(const RowScore& r, const char* what,
                        const std::vector<std::string>& gold_keys,
                        const std::vector<std::string>& stored_keys) {
  for (const RowMismatch& m : r.mismatches) {
    if (!m.extracted) {
      std::printf("    %s missing: %s\n", what, gold_keys[m.gold].c_str());
      continue;
    }
    std::string fields;
    for (const std::string& f : m.fields)
      fields += (fields.empty() ? "" : ",") + f;
    std::printf("    %s wrong %s: %s\n", what, fields.c_str(),
                stored_keys[*m.extracted].c_str());
  }
}

// Scores one stored document (or, with doc == nullptr, a gold file with no
// document) and adds to *totals. Returns a non-OK status on a query error.
Status ScoreDocument(store::Store& store, const Schema& schema,
                     const GoldFile& gold, const Document* doc,
                     const Flags& flags, Totals* totals) {
  const GoldDocument& g = gold.doc;
  ++totals->documents;

  // Facts.
  std::vector<ExtractedFact> facts;
  if (doc != nullptr) {
    std::string sql =
        "SELECT fact_id, page_no, kind, raw, value, unit, label, context, " +
        std::string(schema.fact_qualifier ? "qualifier" : "NULL") +
        " FROM v_facts WHERE doc_id = " + doc->doc_id + " ORDER BY page_no, " +
        (schema.fact_text_begin ? "text_begin, " : "") + "fact_id";
    StatusOr<store::QueryResult> r = store.Query(sql);
    if (!r.ok()) return r.status();
    for (const auto& row : r->rows) {
      ExtractedFact f;
      f.fact_id = std::atoll(Cell(row, 0).c_str());
      f.page_no = std::atoi(Cell(row, 1).c_str());
      f.kind = Cell(row, 2);
      f.raw = Cell(row, 3);
      f.value = Cell(row, 4);
      f.unit = Cell(row, 5);
      f.label = Cell(row, 6);
      f.context = Cell(row, 7);
      f.qualifier = Cell(row, 8);
      facts.push_back(std::move(f));
    }
  }
  FactMatchResult match = MatchFacts(g.facts, facts);
  AddFactScores(g.facts, facts, match, &totals->kinds);

  // Metadata.
  std::vector<std::string> meta_wrong;
  ++totals->meta_total;
  for (size_t k = 0; k < 4; ++k) {
    const std::string key(kGoldMetaKeys[k]);
    auto it = g.meta.find(key);
    std::string want = it == g.meta.end() ? "" : it->second;
    std::optional<std::string> have =
        doc != nullptr ? doc->meta[k] : std::nullopt;
    if (it != g.meta.end() && doc != nullptr && MetaEqual(want, have)) {
      ++totals->meta_correct[k];
    } else if (doc != nullptr) {
      meta_wrong.push_back(key + ": gold '" + want + "', stored " +
                           (have ? "'" + *have + "'" : "NULL"));
    }
  }

  // Indicator rows.
  std::vector<ExtractedIndicator> indicators;
  if (doc != nullptr) {
    StatusOr<store::QueryResult> r = store.Query(
        std::string("SELECT page_no, ") +
        // The gold has the heading cells as printed: "产出指标(50分)".
        (schema.level_printed ? "level1_printed, level2_printed"
                              : "level1, level2") +
        ", level3, target, actual, weight, score, note FROM v_indicators"
        " WHERE doc_id = " +
        doc->doc_id + " ORDER BY page_no" +
        (schema.indicator_id ? ", indicator_id" : ""));
    if (!r.ok()) return r.status();
    for (const auto& row : r->rows) {
      indicators.push_back({std::atoi(Cell(row, 0).c_str()), Cell(row, 1),
                            Cell(row, 2), Cell(row, 3), Cell(row, 4),
                            Cell(row, 5), Cell(row, 6), Cell(row, 7),
                            Cell(row, 8)});
    }
  }
  RowScore ind = ScoreIndicators(g.indicators, indicators);
  AddRows(ind, &totals->indicators);

  // Budget rows.
  std::vector<ExtractedBudget> budgets;
  RowScore bud;
  if (schema.budgets) {
    if (doc != nullptr) {
      StatusOr<store::QueryResult> r = store.Query(
          "SELECT page_no, item, initial, full, executed, weight, rate, "
          "score FROM v_budgets WHERE doc_id = " +
          doc->doc_id + " ORDER BY page_no" +
          (schema.budget_id ? ", budget_id" : ""));
      if (!r.ok()) return r.status();
      for (const auto& row : r->rows) {
        budgets.push_back({std::atoi(Cell(row, 0).c_str()), Cell(row, 1),
                           Cell(row, 2), Cell(row, 3), Cell(row, 4),
                           Cell(row, 5), Cell(row, 6), Cell(row, 7)});
      }
    }
    bud = ScoreBudgets(g.budgets, budgets);
    AddRows(bud, &totals->budgets);
  }

  // Relations: each annotated one found as one extracted relation.
  std::vector<std::vector<std::string>> extracted;
  if (doc != nullptr && !gold.relations.empty()) {
    StatusOr<store::QueryResult> r = store.Query(
        "SELECT m.relation_no, f.value FROM relation_members m JOIN facts f "
        "ON f.fact_id = m.fact_id WHERE m.doc_id = " +
        doc->doc_id + " ORDER BY m.relation_no, m.position");
    if (!r.ok()) return r.status();
    std::string last;
    for (const auto& row : r->rows) {
      if (extracted.empty() || Cell(row, 0) != last) extracted.emplace_back();
      last = Cell(row, 0);
      if (auto c = CanonicalDecimal(Cell(row, 1))) {
        extracted.back().push_back(*c);
      }
    }
  }
  std::vector<const GoldRelation*> relations_missed;
  for (const GoldRelation& rel : gold.relations) {
    auto& [total, found] = totals->relations[rel.family];
    ++total;
    if (RelationCovered(rel, extracted)) {
      ++found;
    } else {
      relations_missed.push_back(&rel);
    }
  }

  if (!flags.verbose) return Status::OK();
  if (doc == nullptr) {
    std::printf("== %s: no document (all %zu gold facts missed)\n",
                gold.stem.c_str(), g.facts.size());
    return Status::OK();
  }
  std::printf(
      "== %s (doc %s, %s): %zu gold facts, %zu matched, %zu missed, "
      "%zu unclaimed\n",
      gold.stem.c_str(), doc->doc_id.c_str(), doc->path.c_str(), g.facts.size(),
      match.matched.size(), match.missed.size(), match.spurious.size());
  for (size_t i : match.missed) {
    const GoldFact& f = g.facts[i];
    std::printf("    missed  %-7s %s%s %s  [%s]  line %d: %s\n", f.kind.c_str(),
                f.qualifier.c_str(), f.value.c_str(), f.unit.c_str(),
                f.label.c_str(), f.line, f.snippet.c_str());
  }
  for (size_t i : match.spurious) {
    const ExtractedFact& f = facts[i];
    std::printf("    extra   %-7s %s%s %s  [%s]  p.%d fact %lld: %s\n",
                f.kind.c_str(), f.qualifier.c_str(), f.value.c_str(),
                f.unit.c_str(), f.label.c_str(), f.page_no,
                static_cast<long long>(f.fact_id),
                Clip(f.context.empty() ? f.raw : f.context, 60).c_str());
  }
  for (const std::string& m : meta_wrong) {
    std::printf("    meta    %s\n", m.c_str());
  }
  for (const GoldRelation* r : relations_missed) {
    std::string numbers;
    for (const std::string& n : r->numbers) numbers += " " + n;
    std::printf("    relation missed  %s%s  line %d: %s\n", r->family.c_str(),
                numbers.c_str(), r->line, Clip(r->note, 80).c_str());
  }
  auto indicator_key = [](const auto& r) {
    return r.level3 + " | " + r.level1 + " | " + r.level2 + " | " + r.target +
           " | " + Clip(r.actual, 30) + " | " + r.weight + " | " + r.score +
           " | " + r.note;
  };
  std::vector<std::string> gk, sk;
  for (const auto& r : g.indicators) gk.push_back(indicator_key(r));
  for (const auto& r : indicators) sk.push_back(indicator_key(r));
  PrintRowMismatches(ind, "indicator", gk, sk);
  if (schema.budgets) {
    auto budget_key = [](const auto& r) {
      return r.item + " | " + r.initial + " | " + r.full + " | " + r.executed +
             " | " + r.weight + " | " + r.rate + " | " + r.score;
    };
    gk.clear();
    sk.clear();
    for (const auto& r : g.budgets) gk.push_back(budget_key(r));
    for (const auto& r : budgets) sk.push_back(budget_key(r));
    PrintRowMismatches(bud, "budget", gk, sk);
  }
  return Status::OK();
}

int Main(int argc, char** argv) {
  Flags flags;
  if (int rc = ParseFlags(argc, argv, &flags); rc != 0) return rc < 0 ? 0 : rc;

  // Gold files.
  std::vector<GoldFile> golds;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(flags.gold, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".tsv" || it->path().extension() == ".ann") {
      std::string stem = it->path().stem().string();
      // corpus/real's split: the id's first hex digit 0-5 is test.
      bool test = !stem.empty() && stem[0] >= '0' && stem[0] <= '5';
      if (!flags.split.empty() && test != (flags.split == "test")) continue;
      golds.push_back({stem, it->path(), {}, {}});
    }
  }
  if (ec) {
    std::fprintf(stderr, "eval_facts: cannot list %s: %s\n", flags.gold.c_str(),
                 ec.message().c_str());
    return 2;
  }
  if (golds.empty()) {
    std::fprintf(stderr, "eval_facts: no *.tsv gold files in %s\n",
                 flags.gold.c_str());
    return 2;
  }
  std::sort(
      golds.begin(), golds.end(),
      [](const GoldFile& a, const GoldFile& b) { return a.stem < b.stem; });
  for (GoldFile& gold : golds) {
    StatusOr<std::string> text = ReadFile(gold.path.string());
    if (!text.ok()) {
      std::fprintf(stderr, "eval_facts: cannot read %s\n",
                   gold.path.string().c_str());
      return 2;
    }
    // corpus/real's <id>.ann annotates amounts in the gold format beside
    // its relations: its amount and metadata records are its gold.
    if (gold.path.extension() == ".ann") {
      gold.relations = ParseGoldRelations(*text);
      *text = AnnGold(*text);
    }
    StatusOr<GoldDocument> doc = ParseGold(*text);
    if (!doc.ok()) {
      std::fprintf(stderr, "eval_facts: %s: %s\n", gold.path.string().c_str(),
                   doc.status().message().c_str());
      return 2;
    }
    gold.doc = std::move(*doc);
  }

  // Database.
  store::Options store_options;
  store_options.read_only = true;
  StatusOr<std::unique_ptr<store::Store>> store =
      store::Store::Open(flags.db, store_options);
  if (!store.ok()) {
    std::fprintf(stderr, "eval_facts: %s: %s\n", flags.db.c_str(),
                 store.status().ToString().c_str());
    return 2;
  }
  Schema schema;
  {
    StatusOr<std::set<std::string>> cols = Columns(**store, "v_facts");
    if (!cols.ok()) {
      std::fprintf(stderr, "eval_facts: %s\n",
                   cols.status().ToString().c_str());
      return 2;
    }
    schema.fact_qualifier = cols->contains("qualifier");
    schema.fact_text_begin = cols->contains("text_begin");
    StatusOr<std::set<std::string>> bcols = Columns(**store, "v_budgets");
    schema.budgets = bcols.ok() && !bcols->empty();
    schema.budget_id = schema.budgets && bcols->contains("budget_id");
    StatusOr<std::set<std::string>> icols = Columns(**store, "v_indicators");
    schema.indicator_id = icols.ok() && icols->contains("indicator_id");
    schema.level_printed = icols.ok() && icols->contains("level1_printed");
  }
  StatusOr<store::QueryResult> docs = (*store)->Query(
      "SELECT doc_id, path, bureau, fiscal_year, report_kind, report_date "
      "FROM v_documents ORDER BY doc_id");
  if (!docs.ok()) {
    std::fprintf(stderr, "eval_facts: %s\n", docs.status().ToString().c_str());
    return 2;
  }
  std::map<std::string, std::vector<Document>> by_stem;
  size_t ignored = 0;
  std::set<std::string> gold_stems;
  for (const GoldFile& g : golds) gold_stems.insert(g.stem);
  for (const auto& row : docs->rows) {
    Document d;
    d.doc_id = Cell(row, 0);
    d.path = Cell(row, 1);
    // doc_id goes into SQL text; it came from an INTEGER column, but check.
    if (d.doc_id.empty() ||
        d.doc_id.find_first_not_of("0123456789") != std::string::npos) {
      continue;
    }
    for (size_t k = 0; k < 4; ++k) {
      d.meta[k] = 2 + k < row.size() ? row[2 + k] : std::nullopt;
    }
    std::string stem = StemOfPath(d.path);
    if (!gold_stems.contains(stem)) {
      ++ignored;
      continue;
    }
    by_stem[stem].push_back(std::move(d));
  }

  Totals totals;
  std::vector<std::string> missing;
  for (const GoldFile& gold : golds) {
    auto it = by_stem.find(gold.stem);
    if (it == by_stem.end()) {
      missing.push_back(gold.stem);
      Status s = ScoreDocument(**store, schema, gold, nullptr, flags, &totals);
      if (!s.ok()) {
        std::fprintf(stderr, "eval_facts: %s\n", s.ToString().c_str());
        return 2;
      }
      continue;
    }
    for (const Document& d : it->second) {
      Status s = ScoreDocument(**store, schema, gold, &d, flags, &totals);
      if (!s.ok()) {
        std::fprintf(stderr, "eval_facts: %s\n", s.ToString().c_str());
        return 2;
      }
    }
  }

  // Report.
  if (flags.verbose) std::printf("\n");
  std::printf(
      "gold files: %zu; documents scored: %zu; documents without "
      "gold ignored: %zu\n",
      golds.size(), totals.documents - missing.size(), ignored);
  for (const std::string& stem : missing) {
    std::printf("no document for gold %s (counted as all missed)\n",
                stem.c_str());
  }
  if (!schema.fact_qualifier) {
    std::printf(
        "note: v_facts has no qualifier column; qualifiers read as "
        "empty\n");
  }
  std::printf("\n%-8s %6s %9s %6s %6s %6s %9s %7s\n", "kind", "gold",
              "extracted", "TP", "FP", "FN", "precision", "recall");
  bool failed = false;
  std::vector<std::string> reasons;
  KindScore all;
  for (std::string_view kind_view : kGoldFactKinds) {
    const std::string kind(kind_view);
    const KindScore& s = totals.kinds[kind];
    bool selected = std::find(flags.kinds.begin(), flags.kinds.end(), kind) !=
                    flags.kinds.end();
    bool low = selected && (s.precision() < flags.min_precision ||
                            s.recall() < flags.min_recall);
    if (low) {
      failed = true;
      char buf[160];
      std::snprintf(buf, sizeof buf,
                    "%s precision %.3f / recall %.3f below %.3f / %.3f",
                    kind.c_str(), s.precision(), s.recall(),
                    flags.min_precision, flags.min_recall);
      reasons.push_back(buf);
    }
    std::printf("%-8s %6zu %9zu %6zu %6zu %6zu %9.3f %7.3f%s\n", kind.c_str(),
                s.gold, s.extracted, s.tp, s.fp(), s.fn(), s.precision(),
                s.recall(), selected ? (low ? "  FAIL" : "  *") : "");
    all.gold += s.gold;
    all.extracted += s.extracted;
    all.tp += s.tp;
    all.qualifier_agree += s.qualifier_agree;
    all.label_agree += s.label_agree;
  }
  std::printf("%-8s %6zu %9zu %6zu %6zu %6zu %9.3f %7.3f\n", "all", all.gold,
              all.extracted, all.tp, all.fp(), all.fn(), all.precision(),
              all.recall());
  std::printf("(* = gated by --kinds)\n");
  std::string qual = "qualifier agreement on matched facts:";
  std::string lab = "label agreement on matched facts:    ";
  for (std::string_view kind_view : kGoldFactKinds) {
    const KindScore& s = totals.kinds[std::string(kind_view)];
    qual += " " + std::string(kind_view) + " " +
            std::to_string(s.qualifier_agree) + "/" + std::to_string(s.tp) +
            ",";
    lab += " " + std::string(kind_view) + " " + std::to_string(s.label_agree) +
           "/" + std::to_string(s.tp) + ",";
  }
  std::printf("%s all %s\n", qual.c_str(),
              Ratio(all.qualifier_agree, all.tp).c_str());
  std::printf("%s all %s\n", lab.c_str(),
              Ratio(all.label_agree, all.tp).c_str());

  size_t meta_correct = 0;
  std::string meta_fields;
  for (size_t k = 0; k < 4; ++k) {
    meta_correct += totals.meta_correct[k];
    meta_fields += (k ? ", " : "") + std::string(kGoldMetaKeys[k]) + " " +
                   std::to_string(totals.meta_correct[k]) + "/" +
                   std::to_string(totals.meta_total);
  }
  size_t meta_total = 4 * totals.meta_total;
  std::printf("\nmetadata: %s correct (%s)\n",
              Ratio(meta_correct, meta_total).c_str(), meta_fields.c_str());
  std::printf(
      "indicators: %s rows found with correct weight and score; %s "
      "fully correct; %zu found; %zu stored rows unclaimed\n",
      Ratio(totals.indicators.weight_score_ok, totals.indicators.total).c_str(),
      Ratio(totals.indicators.fully_ok, totals.indicators.total).c_str(),
      totals.indicators.found, totals.indicators.extra);
  if (!schema.budgets) {
    std::printf("budget: no v_budgets view\n");
  } else {
    std::printf(
        "budget: %s rows found with correct weight and score; %s "
        "fully correct; %zu found; %zu stored rows unclaimed\n",
        Ratio(totals.budgets.weight_score_ok, totals.budgets.total).c_str(),
        Ratio(totals.budgets.fully_ok, totals.budgets.total).c_str(),
        totals.budgets.found, totals.budgets.extra);
  }
  if (!totals.relations.empty()) {
    size_t total = 0, found = 0;
    std::string families;
    for (const auto& [family, counts] : totals.relations) {
      total += counts.first;
      found += counts.second;
      families += (families.empty() ? "" : ", ") + family + " " +
                  std::to_string(counts.second) + "/" +
                  std::to_string(counts.first);
    }
    std::printf(
        "relations (annotated, holding or broken, of two numbers or more) "
        "found as one extracted relation: %s (%s)\n",
        Ratio(found, total).c_str(), families.c_str());
  }
  if (flags.thresholds_given) {
    if (meta_correct < meta_total) {
      failed = true;
      reasons.push_back("metadata " + Ratio(meta_correct, meta_total) +
                        " correct");
    }
    if (totals.indicators.fully_ok < totals.indicators.total) {
      failed = true;
      reasons.push_back(
          "indicator rows " +
          Ratio(totals.indicators.fully_ok, totals.indicators.total) +
          " fully correct");
    }
  }
  for (const std::string& r : reasons) std::printf("FAIL: %s\n", r.c_str());
  return failed ? 1 : 0;
}

}  // namespace
}  // namespace tally::tools

int main(int argc, char** argv) { return tally::tools::Main(argc, argv); }
