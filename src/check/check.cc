// CheckDocument: runs the rule of each relation's kind, then folds repeats
// and orders the findings.
#include "check/check.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "check/internal.h"
#include "check/repair.h"

namespace tally::check {

using internal::Printed;

// Rule runs the repair of one document may take: each reading tried costs
// one run per relation of its number, so ordinary documents (tens of
// failing relations at worst) never reach it.
constexpr int kMaxRepairTrials = 20000;

namespace {

int Rank(const std::string& severity) {
  return severity == internal::kError     ? 2
         : severity == internal::kWarning ? 1
                                          : 0;
}

// Tesseract reads a "%" as "9%" or "6%" with high confidence ("100%" ->
// "1009%", "99%" -> "999%", "6.00%" -> "6.009%"): an OCR'd percent above
// 100 that is a plausible rate with its last digit dropped, or one of three
// decimals or more (reports print rates to two) ending so, is more likely
// that than a slip.
bool PercentSignMisread(const Fact& f) {
  if (f.kind != "percent" || f.value.size() < 3) return false;
  char last = f.value.back();
  if (last != '9' && last != '6') return false;
  if (size_t point = f.value.find('.'); point != std::string::npos) {
    return f.value.size() - point - 1 >= 3;
  }
  std::optional<Decimal> v = Decimal::Parse(f.value);
  std::optional<Decimal> shorter =
      Decimal::Parse(f.value.substr(0, f.value.size() - 1));
  return v && shorter && *v > Decimal::FromInt(100) &&
         *shorter <= Decimal::FromInt(100);
}

// Reports repeat whole paragraphs: a slip printed twice is one finding
// citing both places. And one fact that two relations of a family flag is
// flagged once, at the higher severity.
std::vector<Finding> Fold(std::vector<Finding> in) {
  std::vector<Finding> out;
  std::map<std::tuple<std::string, std::string, std::string, std::string>,
           size_t>
      same_text;
  std::map<std::pair<std::string, int64_t>, size_t> same_fact;
  std::vector<std::vector<int>> pages;  // of each kept finding's repeats
  // The facts each kept finding cites, to add a repeat's in n log n (a list
  // of 10^5 parts printed twice).
  std::vector<std::set<int64_t>> cited;
  for (Finding& f : in) {
    auto text_key = std::make_tuple(f.rule, f.message, f.expected, f.actual);
    if (auto it = same_text.find(text_key); it != same_text.end()) {
      Finding& kept = out[it->second];
      std::set<int64_t>& ids = cited[it->second];
      if (ids.empty()) ids.insert(kept.fact_ids.begin(), kept.fact_ids.end());
      bool elsewhere = false;
      for (int64_t id : f.fact_ids) {
        if (ids.insert(id).second) {
          kept.fact_ids.push_back(id);
          elsewhere = true;
        }
      }
      // Two relations over the same figures (a budget statement and a
      // completion rate read from one sentence) are one statement, not a
      // repeat of it.
      if (elsewhere) pages[it->second].push_back(f.page_no);
      continue;
    }
    if (!f.fact_ids.empty()) {
      auto fact_key = std::make_pair(f.rule, f.fact_ids.front());
      if (auto it = same_fact.find(fact_key); it != same_fact.end()) {
        if (Rank(f.severity) > Rank(out[it->second].severity)) {
          out[it->second] = std::move(f);
          cited[it->second].clear();
        }
        continue;
      }
      same_fact[fact_key] = out.size();
    }
    same_text[text_key] = out.size();
    pages.push_back({f.page_no});
    cited.emplace_back();
    out.push_back(std::move(f));
  }
  for (size_t k = 0; k < out.size(); ++k) {
    if (pages[k].size() < 2) continue;
    std::string where;
    for (size_t p = 1; p < pages[k].size(); ++p) {
      if (pages[k][p] == out[k].page_no) continue;
      where +=
          (where.empty() ? "，另见第" : "、") + std::to_string(pages[k][p]);
    }
    out[k].message += "（同一表述共出现 " + std::to_string(pages[k].size()) +
                      " 次" + (where.empty() ? "" : where + "页") + "）";
  }
  return out;
}

std::vector<Finding> RunRules(const internal::View& view) {
  std::vector<Finding> found;
  for (size_t r = 0; r < view.doc().relations.size(); ++r) {
    if (internal::Rule rule = internal::RuleOf(view.doc().relations[r].kind)) {
      rule(view, int(r), &found);
    }
  }
  internal::NameSharedSlips(view, &found);
  internal::NameOversizedParts(view, &found);
  internal::DropRefutedSiblings(view, &found);
  internal::NoteSharesOfAnotherWhole(view, &found);
  return found;
}

// "breakdown 关系#3（医保基金支出）"
std::string NameRelation(const Document& doc, int r) {
  const Relation& rel = doc.relations[size_t(r)];
  return rel.kind + " 关系#" + std::to_string(r + 1) +
         (rel.name.empty() ? "" : "（" + rel.name + "）");
}

// The 'ocr.repair' finding that records a repair with its evidence.
Finding RepairFinding(const Document& doc, const internal::Repair& rep,
                      const std::vector<Finding>& before) {
  const Fact& f = doc.facts[size_t(rep.fact)];
  const std::string fixed = rep.reading.value + f.unit;
  std::vector<int64_t> ids = {f.fact_id};
  std::string relations;
  int first_failing = -1;
  for (int r : rep.relations) {
    relations += (relations.empty() ? "" : "、") + NameRelation(doc, r);
    for (const Finding& b : before) {
      if (b.relation == r && b.severity != internal::kInfo &&
          first_failing < 0) {
        first_failing = r;
      }
    }
    for (const RelationMember& m : doc.relations[size_t(r)].members) {
      if (m.fact < 0 || m.fact >= int(doc.facts.size())) continue;
      int64_t id = doc.facts[size_t(m.fact)].fact_id;
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
  std::string tried;
  for (const Reading& t : rep.tried) {
    tried += (tried.empty() ? "" : "；") + t.value + f.unit + "（" + t.edit +
             "）" + (t.value == rep.reading.value ? "相符" : "不符");
  }
  return internal::MakeFinding(
      {"ocr.repair", internal::kInfo,
       "OCR 读作 " + Printed(f) + "，按 " + fixed + "（" + rep.reading.edit +
           "）则其所在各关系均相符，" +
           (rep.alone ? std::string("且为唯一相符的读法")
            : !rep.second.empty()
                ? "另有 " + std::to_string(rep.other_fits) +
                      " 种读法亦相符，但以数字模型放大重读该数读作 " +
                      rep.second +
                      "，与此读法相同，而其余候选之数重读均与原读相同"
                : "另有 " + std::to_string(rep.other_fits) +
                      " 种读法亦相符，但所改之字 OCR 置信度仅 " +
                      std::to_string(rep.confidence) +
                      "，远低于其余读法所改之字") +
           "；已按 " + fixed + " 核对",
       fixed, Printed(f), f.page_no, ids, fixed, "OCR 修正后成立：" + relations,
       "候选读法：" + tried, first_failing});
}

// A failing relation that more than one reading of its OCR'd numbers would
// make hold: the slip may be the reader's, and which one is a guess.
void MarkAmbiguous(const Document& doc, const internal::Ambiguity& a,
                   std::vector<Finding>* found) {
  std::string options;
  for (size_t k = 0; k < a.facts.size(); ++k) {
    const Fact& f = doc.facts[size_t(a.facts[k])];
    options += (options.empty() ? "" : "；") + Printed(f) + " 读作 " +
               a.readings[k].value + f.unit + "（" + a.readings[k].edit + "）";
  }
  for (Finding& f : *found) {
    if (f.relation != a.relation || f.severity == internal::kInfo) continue;
    if (f.severity == internal::kError) f.severity = internal::kWarning;
    f.message += a.unconfirmed
                     ? "（OCR 读数可能有误：" + std::to_string(a.facts.size()) +
                           " 种读法可相符，但第二次识别未见其小数点）"
                     : "（OCR 读数可能有误，" + std::to_string(a.facts.size()) +
                           " 种读法均可相符，无法唯一修正）";
    f.alternatives +=
        (f.alternatives.empty() ? "" : "；") + ("OCR 候选读法：" + options);
  }
}

}  // namespace

namespace internal {

Rule RuleOf(const std::string& kind) {
  static const std::map<std::string, Rule, std::less<>> kRules = {
      {"breakdown", CheckBreakdown},
      {"budget", CheckBudget},
      {"ratio", CheckRatio},
      {"score_sum", CheckScoreSum},
      {"score_cap", CheckScoreCap},
      {"grade", CheckGrade},
      {"indicator", CheckIndicator},
      {"restatement", CheckRestatement},
      {"enumeration", CheckEnumeration},
      {"bound", CheckBound},
      {"siblings", CheckSiblings},
  };
  auto it = kRules.find(kind);
  return it == kRules.end() ? nullptr : it->second;
}

}  // namespace internal

std::vector<Finding> CheckDocument(const Document& doc,
                                   const Options& options) {
  internal::View view(doc);
  std::vector<Finding> found = RunRules(view);
  if (options.repair_ocr) {
    internal::Repairs repairs =
        internal::RepairOcr(doc, found, DefaultConfusions(), kMaxRepairTrials);
    if (!repairs.repairs.empty()) {
      // The findings of the repaired numbers, computed again.
      std::vector<Fact> repaired = doc.facts;
      for (const internal::Repair& rep : repairs.repairs) {
        repaired[size_t(rep.fact)] =
            WithValue(repaired[size_t(rep.fact)], rep.reading.value);
      }
      Document rdoc{repaired, doc.relations};
      std::vector<Finding> again = RunRules(internal::View(rdoc));
      for (const internal::Repair& rep : repairs.repairs) {
        again.push_back(RepairFinding(doc, rep, found));
      }
      found = std::move(again);
    }
    for (const internal::Ambiguity& a : repairs.ambiguous) {
      MarkAmbiguous(doc, a, &found);
    }
  }
  std::vector<Finding> out = Fold(std::move(found));
  // Errors on doubtful OCR readings.
  std::map<int64_t, const Fact*> by_id;
  for (const Fact& f : doc.facts) by_id[f.fact_id] = &f;
  for (Finding& f : out) {
    if (f.severity != internal::kError) continue;
    for (int64_t id : f.fact_ids) {
      auto it = by_id.find(id);
      if (it == by_id.end() || it->second->source != "ocr") continue;
      const Fact& fact = *it->second;
      double c = fact.ocr_confidence;
      std::string why;
      if (c >= 0 && c < options.min_ocr_confidence) {
        why = "为 OCR 低置信度识别";
      } else if (PercentSignMisread(fact)) {
        why = "疑为 OCR 把“%”读作“9%”";
      }
      if (!why.empty()) {
        f.severity = internal::kWarning;
        f.message += "（其中 " + Printed(fact) + " " + why + "）";
        break;
      }
    }
  }
  std::stable_sort(
      out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.page_no, a.rule) < std::tie(b.page_no, b.rule);
      });
  return out;
}

}  // namespace tally::check
