// explain FILE...: what the extract and check stages make of a text file,
// for a reader who wants to know why a finding was (or was not) given:
// every fact with its role and label, every relation with its members, and
// the findings with the reading each tested. Text files only (as `tally
// ingest` reads them: UTF-8, pages split at form feeds, each normalised).
//
//   build/tools/explain report.txt
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "base/file.h"
#include "check/check.h"
#include "extract/extract.h"
#include "normalize/normalize.h"

using namespace tally;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: explain FILE...\n";
    return 2;
  }
  auto normalizer = normalize::Normalizer::Create(normalize::Options());
  auto extractor = extract::Extractor::Create(extract::Options());
  if (!normalizer.ok() || !extractor.ok()) {
    std::cerr << "explain: "
              << (normalizer.ok() ? extractor.status() : normalizer.status())
                     .ToString()
              << "\n";
    return 2;
  }
  int status = 0;
  for (int a = 1; a < argc; ++a) {
    StatusOr<std::string> raw = ReadFile(argv[a]);
    if (!raw.ok()) {
      std::cerr << argv[a] << ": " << raw.status().ToString() << "\n";
      status = 1;
      continue;
    }
    std::vector<std::string> texts;
    size_t start = 0;
    while (start <= raw->size()) {
      size_t ff = raw->find('\f', start);
      if (ff == std::string::npos) ff = raw->size();
      texts.push_back((*normalizer)
                          ->NormalizeText(std::string_view(*raw).substr(
                              start, ff - start))
                          .text);
      start = ff + 1;
    }
    std::vector<extract::Page> pages(texts.size());
    for (size_t p = 0; p < texts.size(); ++p) {
      pages[p].page_no = int(p) + 1;
      pages[p].text = texts[p];
      pages[p].source = "text";
    }
    extract::Extracted out = (*extractor)->Extract(pages);
    for (size_t i = 0; i < out.facts.size(); ++i) out.facts[i].fact_id = int64_t(i) + 1;
    std::cout << "== " << argv[a] << "\n-- facts\n";
    for (const Fact& f : out.facts) {
      if (f.kind == "date" || f.kind == "docno") continue;
      std::cout << "  #" << f.fact_id << " p" << f.page_no << " " << f.kind
                << " " << f.qualifier << f.value << f.unit
                << (f.role.empty() ? "" : " [" + f.role + "]") << " «"
                << f.label << "»" << (f.in_table ? " (table)" : "") << "\n";
    }
    std::cout << "-- relations\n";
    for (size_t r = 0; r < out.relations.size(); ++r) {
      const Relation& rel = out.relations[r];
      std::cout << "  R" << r << " " << rel.kind << " " << rel.rule;
      if (!rel.complete.empty()) std::cout << " complete=" << rel.complete;
      if (!rel.evidence.empty()) std::cout << " evidence=" << rel.evidence;
      if (!rel.detail.empty()) std::cout << " detail=" << rel.detail;
      std::cout << " «" << rel.name << "»:";
      for (const RelationMember& m : rel.members) {
        const Fact& f = out.facts[size_t(m.fact)];
        std::cout << " " << m.role << "=#" << f.fact_id << "(" << f.value
                  << f.unit << ")";
      }
      std::cout << "\n";
    }
    check::Document doc{out.facts, out.relations};
    std::cout << "-- findings\n";
    for (const Finding& f : check::CheckDocument(doc, check::Options())) {
      std::cout << "  [" << f.severity << "] " << f.rule << " R" << f.relation
                << ": " << f.message << "\n      reading: " << f.reading
                << (f.suggested.empty() ? "" : "\n      suggested: " + f.suggested)
                << (f.alternatives.empty() ? ""
                                           : "\n      ruled out: " + f.alternatives)
                << "\n";
    }
  }
  return status;
}
