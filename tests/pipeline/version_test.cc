// The pipeline version every document records covers the normaliser's code
// (pipeline.h, kPipelineVersion): its pages are normaliser output, which
// reextract cannot make again, so a change of src/normalize must make
// ingest read the files again without anyone bumping a number.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/sha256.h"
#include "pipeline/pipeline.h"

namespace tally::pipeline {
namespace {

namespace fs = std::filesystem;

// The hash of src/normalize's sources computed here, independently of the
// build's list of them: as cmake/hash_sources.cmake computes it, a line
// "PATH SHA256" per file in path order, hashed.
std::string NormaliserHash() {
  const fs::path root = TALLY_SOURCE_DIR;
  std::vector<std::string> files;
  for (const auto& e :
       fs::recursive_directory_iterator(root / "src/normalize")) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".cc" || ext == ".h")) {
      files.push_back(fs::relative(e.path(), root).string());
    }
  }
  std::sort(files.begin(), files.end());
  std::string all;
  for (const std::string& f : files) {
    StatusOr<std::string> bytes = ReadFile((root / f).string());
    EXPECT_TRUE(bytes.ok()) << f;
    all += f + " " + Sha256Hex(bytes.ok() ? *bytes : "") + "\n";
  }
  EXPECT_GE(files.size(), 2u);  // normalize.cc, normalize.h at least
  return Sha256Hex(all);
}

TEST(PipelineVersion, IsTheNumberAndAHashOfTheNormaliser) {
  EXPECT_EQ(std::string(kPipelineVersion), std::string(TALLY_PIPELINE_VERSION) +
                                               "." +
                                               NormaliserHash().substr(0, 12));
}

}  // namespace
}  // namespace tally::pipeline
