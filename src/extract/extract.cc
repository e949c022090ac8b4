#include "extract/extract.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

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

Extractor::Extractor(std::unique_ptr<Patterns> patterns, std::string dir)
    : patterns_(std::move(patterns)), dir_(std::move(dir)) {}
Extractor::~Extractor() = default;

StatusOr<std::unique_ptr<Extractor>> Extractor::Create(const Options& options) {
  StatusOr<std::string> dir = FindPatternsDir(options.patterns_dir);
  if (!dir.ok()) return dir.status();
  StatusOr<std::unique_ptr<Patterns>> patterns = Patterns::Load(*dir);
  if (!patterns.ok()) return patterns.status();
  return std::unique_ptr<Extractor>(new Extractor(std::move(*patterns), *dir));
}

Extracted Extractor::Extract(const std::vector<Page>& pages) const {
  Extracted out;
  DocText doc = BuildDocText(pages);
  ExtractMetadata(doc, &out);
  ExtractSections(doc, &out);
  ExtractTables(doc, &out);
  ExtractFacts(doc, *patterns_, &out);
  return out;
}

}  // namespace tally::extract
