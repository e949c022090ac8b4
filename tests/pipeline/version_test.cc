// What a stored document needs redone when tally changes is decided by two
// build-time hashes of source files (src/pipeline/CMakeLists.txt): the
// pipeline version every document records (pipeline.h, kPipelineVersion:
// reading, so ingest reads the file again) and the rules code its facts and
// findings record (kRulesCode: extraction and checks, so `tally reextract`
// re-makes them). A source file in neither would change stored documents
// unnoticed. These tests compute both hashes from the source tree here, by
// stage and independently of the build's file lists, and require every file
// under src/ to be in one of them or named below as storing nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/sha256.h"
#include "pipeline/pipeline.h"

namespace tally::pipeline {
namespace {

namespace fs = std::filesystem;

const fs::path kRoot = TALLY_SOURCE_DIR;

// The .cc and .h files below src/DIR, as paths relative to the root.
std::set<std::string> SourcesOf(const std::string& dir) {
  std::set<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(kRoot / "src" / dir)) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".cc" || ext == ".h")) {
      files.insert(fs::relative(e.path(), kRoot).string());
    }
  }
  EXPECT_GE(files.size(), 2u) << dir;
  return files;
}

std::set<std::string> SourcesOf(std::initializer_list<const char*> dirs) {
  std::set<std::string> all;
  for (const char* d : dirs) all.merge(SourcesOf(d));
  return all;
}

// The pipeline's files that run no ingest of a file: the pool of
// reextract's and report's workers, reextract itself, and the checks'
// assembly (in the rules version instead).
const std::set<std::string> kPipelineNotReading = {
    "src/pipeline/pool.cc",         "src/pipeline/pool.h",
    "src/pipeline/reextract.cc",    "src/pipeline/reextract.h",
    "src/pipeline/check_record.cc", "src/pipeline/check_record.h"};

// Reading: every stage that makes what a page stores (text, lines, boxes,
// its source and route) or a document's status, the base they compute
// with, and the pipeline that runs them.
std::set<std::string> ReadingSources() {
  std::set<std::string> files = SourcesOf(
      {"base", "pdf", "formats", "ocr", "layout", "normalize", "pipeline"});
  for (const std::string& f : kPipelineNotReading) {
    EXPECT_EQ(files.erase(f), 1u) << f << " is gone: update this list";
  }
  return files;
}

// Extraction and the checks: their stages, the base they compute with, the
// pipeline's two files that call them, and the OCR confusions compiled into
// the check stage.
std::set<std::string> RulesSources() {
  std::set<std::string> files = SourcesOf({"extract", "check", "base"});
  files.insert({"src/pipeline/assemble.cc", "src/pipeline/check_record.cc",
                "src/pipeline/check_record.h", "patterns/ocr_confusions.tsv"});
  return files;
}

// As cmake/hash_sources.cmake computes it: a line "PATH SHA256" per file in
// path order, hashed.
std::string HashOf(const std::set<std::string>& files) {
  std::string all;
  for (const std::string& f : files) {
    StatusOr<std::string> bytes = ReadFile((kRoot / f).string());
    EXPECT_TRUE(bytes.ok()) << f;
    all += f + " " + Sha256Hex(bytes.ok() ? *bytes : "") + "\n";
  }
  return Sha256Hex(all);
}

TEST(PipelineVersion, IsTheNumberAndAHashOfEveryReadingStage) {
  const std::set<std::string> reading = ReadingSources();
  // The stages whose output a page stores, each in it.
  for (const char* f :
       {"src/pdf/pdf.cc", "src/formats/docx.cc", "src/ocr/tesseract.cc",
        "src/layout/layout.cc", "src/normalize/normalize.cc",
        "src/pipeline/source.cc", "src/pipeline/route.cc",
        "src/pipeline/assemble.cc", "src/base/utf8.cc"}) {
    EXPECT_EQ(reading.count(f), 1u) << f;
  }
  EXPECT_EQ(std::string(kPipelineVersion), std::string(TALLY_PIPELINE_VERSION) +
                                               "." +
                                               HashOf(reading).substr(0, 12));
}

TEST(RulesCode, IsAHashOfExtractionAndTheChecks) {
  EXPECT_EQ(std::string(kRulesCode), HashOf(RulesSources()));
}

// A source file that is in neither hash must be one whose changes no stored
// document shows: the command line, the store (its schema has a version of
// its own, meta.schema_version), the HTML report (made on demand, never
// stored), and the pipeline's files that run no ingest.
TEST(PipelineVersion, EverySourceFileIsVersionedOrStoresNothing) {
  std::set<std::string> covered = ReadingSources();
  covered.merge(RulesSources());
  std::set<std::string> stores_nothing = SourcesOf({"cli", "store", "report"});
  stores_nothing.insert({"src/pipeline/pool.cc", "src/pipeline/pool.h",
                         "src/pipeline/reextract.cc",
                         "src/pipeline/reextract.h"});
  int files = 0;
  for (const auto& e : fs::recursive_directory_iterator(kRoot / "src")) {
    const std::string ext = e.path().extension().string();
    if (!e.is_regular_file() || (ext != ".cc" && ext != ".h")) continue;
    const std::string f = fs::relative(e.path(), kRoot).string();
    ++files;
    EXPECT_TRUE(covered.count(f) + stores_nothing.count(f) > 0)
        << f << " changes nothing stored without anyone noticing: hash its "
        << "stage into the pipeline version or the rules code "
        << "(src/pipeline/CMakeLists.txt, and this test), or, if nothing of "
        << "a document is stored from it, list it as storing nothing here";
  }
  EXPECT_GT(files, 100);
}

}  // namespace
}  // namespace tally::pipeline
