#include "extract/extract.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "extract/lexicon.h"
#include "extract/parts.h"
#include "extract/patterns.h"

namespace tally::extract {

namespace fs = std::filesystem;

StatusOr<std::string> FindPatternsDir(const std::string& configured) {
  if (!configured.empty()) {
    std::error_code ec;
    if (!fs::is_directory(configured, ec)) {
      return NotFound(configured + ": patterns directory does not exist");
    }
    return configured;
  }
  std::vector<std::string> tried;
  if (const char* env = std::getenv("TALLY_PATTERNS"); env && *env) {
    tried.push_back(env);
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    tried.push_back((exe.parent_path() / "patterns").string());
    tried.push_back((exe.parent_path().parent_path() / "patterns").string());
  }
  tried.push_back(TALLY_SOURCE_PATTERNS);
  std::string list;
  for (const std::string& dir : tried) {
    if (fs::is_directory(dir, ec)) return dir;
    list += (list.empty() ? "" : ", ") + dir;
  }
  return NotFound("no patterns directory (tried " + list +
                  "); set TALLY_PATTERNS or --patterns");
}

Extractor::Extractor(std::unique_ptr<Patterns> patterns,
                     std::unique_ptr<Lexicons> lexicons, std::string dir)
    : patterns_(std::move(patterns)),
      lexicons_(std::move(lexicons)),
      dir_(std::move(dir)) {}
Extractor::~Extractor() = default;

StatusOr<std::unique_ptr<Extractor>> Extractor::Create(const Options& options) {
  StatusOr<std::string> dir = FindPatternsDir(options.patterns_dir);
  if (!dir.ok()) return dir.status();
  StatusOr<std::unique_ptr<Patterns>> patterns = Patterns::Load(*dir);
  if (!patterns.ok()) return patterns.status();
  StatusOr<std::unique_ptr<Lexicons>> lexicons = Lexicons::Load(*dir);
  if (!lexicons.ok()) return lexicons.status();
  // The relations' lexicons, then the metadata's.
  TALLY_RETURN_IF_ERROR((*lexicons)->Require({"role",
                                              "score_role",
                                              "score_total",
                                              "list",
                                              "rate_bound",
                                              "grade_bands_short",
                                              "grade_bands_long",
                                              "grade_scope",
                                              "share_whole",
                                              "enumeration",
                                              "per_unit",
                                              "per_head",
                                              "change",
                                              "account",
                                              "side",
                                              "score_area",
                                              "score_form",
                                              "score_self",
                                              "score_step",
                                              "completion",
                                              "move",
                                              "book_value",
                                              "net_assets",
                                              "year_pair",
                                              "measure",
                                              "new_money",
                                              "investment",
                                              "rate_base",
                                              "either_way"}));
  TALLY_RETURN_IF_ERROR(
      (*lexicons)->Require({"unit", "title", "report_date", "label"}));
  return std::unique_ptr<Extractor>(
      new Extractor(std::move(*patterns), std::move(*lexicons), *dir));
}

Extracted Extractor::Extract(const std::vector<Page>& pages) const {
  Extracted out;
  DocText doc = BuildDocText(pages);
  ExtractMetadata(doc, *lexicons_, &out);
  ExtractSections(doc, &out);
  TableIndex tables;
  ExtractTables(doc, &out, &tables);
  ExtractFacts(doc, *patterns_, *lexicons_, &out);
  ExtractRelations(doc, tables, *lexicons_, &out);
  return out;
}

}  // namespace tally::extract
