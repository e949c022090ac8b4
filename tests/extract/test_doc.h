// Helpers for the extract stage's tests: a document from page texts, and a
// seed's pages as `tally ingest` stores a .txt file.
#ifndef TALLY_TESTS_EXTRACT_TEST_DOC_H_
#define TALLY_TESTS_EXTRACT_TEST_DOC_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/file.h"
#include "extract/doc_text.h"
#include "normalize/normalize.h"

namespace tally::extract::testing {

// Pages numbered from 1, sources alternating 'text', 'ocr' (so tests see
// both), each with its boxes if given. Owns the texts the pages point into.
struct Doc {
  explicit Doc(std::vector<std::string> t,
               std::vector<std::vector<TextBox>> boxes = {})
      : texts(std::move(t)) {
    for (size_t i = 0; i < texts.size(); ++i) {
      Page p;
      p.page_no = int(i) + 1;
      p.text = texts[i];
      p.source = i % 2 == 0 ? "text" : "ocr";
      if (i < boxes.size()) p.boxes = boxes[i];
      pages.push_back(std::move(p));
    }
    doc = BuildDocText(pages);
  }
  Doc(const Doc&) = delete;
  Doc& operator=(const Doc&) = delete;

  std::vector<std::string> texts;
  std::vector<Page> pages;
  DocText doc;
};

// A seed as `tally ingest` stores it: normalised by the normaliser, pages
// split at form feeds (markdown marks such as "## " and "---" stay).
inline std::vector<std::string> SeedPages(const std::string& stem) {
  StatusOr<std::string> read =
      ReadFile(std::string(TALLY_CORPUS) + "/seeds/" + stem + ".txt");
  EXPECT_TRUE(read.ok()) << read.status().ToString();
  std::string raw = read.ok() ? *read : "";
  auto n = normalize::Normalizer::Create(normalize::Options());
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  std::vector<std::string> pages;
  if (!n.ok() || raw.empty()) return pages;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t ff = raw.find('\f', start);
    if (ff == std::string::npos) ff = raw.size();
    pages.push_back(
        (*n)->NormalizeText(std::string_view(raw).substr(start, ff - start))
            .text);
    start = ff + 1;
  }
  return pages;
}

}  // namespace tally::extract::testing

#endif  // TALLY_TESTS_EXTRACT_TEST_DOC_H_
