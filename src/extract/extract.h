// extract/extract.h: facts, metadata, sections and indicator tables from a
// document's normalised page text.
//
// Input: the pages as the store keeps them (pages.text: one logical line per
// '\n', table rows with cells separated by '\t'), each with the boxes that
// map byte ranges of the text back to the page (boxes.text_begin/text_end),
// so every fact gets a bbox. Works the same on text-layer and OCR pages; it
// never looks at the PDF.
//
// Output (Extracted):
//   * facts: amounts, percents, counts, scores, grades, dates and document
//     numbers, found by the rules in patterns/ (see patterns.h for the file
//     format), each with value and unit as printed, an exact base value,
//     a label (the thing measured: the words before the number in its
//     clause, or the row and column headers of its table cell), context,
//     section, page, box and rule id;
//   * metadata: bureau, fiscal year, report kind, report date;
//   * sections: the heading tree (一、 （一） 1. （1））;
//   * indicator rows and budget rows of 绩效自评表 tables;
//   * relations among the facts (a total and its parts, a budget and its
//     payments and rates, points that add up, a grade and its score, a
//     quantity stated twice; relations.h), and each fact's accounts role.
//
// Thread safety: an Extractor is immutable after Create; Extract may be
// called from many threads at once (RE2 objects are thread-safe).
//
//   auto ex = extract::Extractor::Create(extract::Options());
//   if (!ex.ok()) ... ex.status() names the missing or bad pattern file
//   extract::Extracted out = (*ex)->Extract(pages);
#ifndef TALLY_EXTRACT_EXTRACT_H_
#define TALLY_EXTRACT_EXTRACT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/facts.h"
#include "base/geometry.h"
#include "base/status.h"

namespace tally::extract {

class Patterns;
class Lexicons;

struct Options {
  // Directory holding the *.rules files. Empty: the first of
  // $TALLY_PATTERNS, <dir of the running binary>/patterns,
  // <dir of the binary>/../patterns, and the source tree's patterns/ (known
  // at build time) that exists.
  std::string patterns_dir;
};

// One box of the page and the bytes of the page text it became.
struct TextBox {
  Box box;
  uint32_t begin = 0, end = 0;
  double confidence = -1;  // OCR word confidence; -1 for a text layer
};

struct Page {
  int page_no = 0;
  std::string_view text;       // normalised page text (must outlive Extract)
  std::string source;          // 'text' or 'ocr'
  std::vector<TextBox> boxes;  // any order
};

struct Extracted {
  std::string bureau, report_kind, report_date;  // empty when unknown
  std::string project;  // the 项目名称 the report states; empty if none
  std::optional<int> fiscal_year;
  std::vector<Section> sections;
  std::vector<Fact> facts;  // in document order
  std::vector<IndicatorRow> indicators;
  std::vector<BudgetRow> budgets;
  // What relates to what (members index into facts); see relations.h.
  std::vector<Relation> relations;
};

class Extractor {
 public:
  // Loads and compiles every patterns/*.rules file and every *.lex
  // lexicon (lexicon.h). Fails with the file and line of the first bad rule
  // (unknown key, regex RE2 rejects, missing kind) or lexicon line, a
  // lexicon the relations need that no file defines, or NotFound naming the
  // places searched.
  static StatusOr<std::unique_ptr<Extractor>> Create(const Options& options);
  ~Extractor();

  Extracted Extract(const std::vector<Page>& pages) const;

  const Patterns& patterns() const { return *patterns_; }
  const Lexicons& lexicons() const { return *lexicons_; }
  // Where the rules were loaded from.
  const std::string& patterns_dir() const { return dir_; }

 private:
  Extractor(std::unique_ptr<Patterns> patterns,
            std::unique_ptr<Lexicons> lexicons, std::string dir);
  std::unique_ptr<Patterns> patterns_;
  std::unique_ptr<Lexicons> lexicons_;
  std::string dir_;
};

// The directory Options::patterns_dir names, or the first default location
// that exists; NotFound listing the places tried.
StatusOr<std::string> FindPatternsDir(const std::string& configured);

}  // namespace tally::extract

#endif  // TALLY_EXTRACT_EXTRACT_H_
