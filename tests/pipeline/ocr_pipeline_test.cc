// Scans through the whole pipeline with the real Poppler and Tesseract: a
// mixed PDF (born-digital cover, scanned pages) is routed page by page, and
// a multi-page TIFF is OCR'd page by page; a colour seal scan's indicator
// table is read row by row; a seal scan's numbers are read a second time,
// and that reading breaks the arithmetic's ties when a misreading is
// planted. Slow: about 15 OCR'd pages.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "check/check.h"
#include "check/repair.h"
#include "pipeline/check_record.h"
#include "pipeline/pipeline.h"

namespace tally::pipeline {
namespace {

namespace fs = std::filesystem;

TEST(OcrPipeline, MixedPdfAndTiffAreRoutedPageByPage) {
  fs::path dir = fs::path(::testing::TempDir()) / "ocr_pipeline";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string cmd = std::string(TALLY_GEN_SCANS) + " --out " +
                    (dir / "scans").string() +
                    " --special 000_7f69db8fca4f34bc " + TALLY_CORPUS +
                    "/pdf/000_7f69db8fca4f34bc.pdf > /dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto store = store::Store::Open((dir / "t.sqlite").string(), {});
  ASSERT_TRUE(store.ok());
  Options o;
  o.jobs = 2;
  auto s =
      Ingest({(dir / "scans/mixed").string(), (dir / "scans/images").string()},
             store->get(), o);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  std::string why;
  for (const Failure& f : s->failures) why += f.path + ": " + f.error + "\n";
  EXPECT_EQ(s->failed + s->partial, 0) << why;
  auto rows = (*store)->Query(
      "SELECT d.file_kind, p.page_no, p.source, p.route_reason, "
      "p.ocr_confidence, p.text FROM v_pages p JOIN v_documents d "
      "USING (doc_id) WHERE d.path LIKE '%.pdf' OR d.path LIKE '%.tif' "
      "ORDER BY d.path, p.page_no");
  ASSERT_TRUE(rows.ok());
  std::vector<std::vector<std::string>> pdf, tif;
  for (auto& r : rows->rows) {
    std::vector<std::string> v;
    for (auto& c : r) v.push_back(c.value_or("NULL"));
    (v[0] == "pdf" ? pdf : tif).push_back(v);
  }
  // The mixed PDF: the cover from its text layer, the scans by OCR.
  ASSERT_EQ(pdf.size(), 3u);
  EXPECT_EQ(pdf[0][2], "text");
  EXPECT_EQ(pdf[0][4], "NULL");
  for (int p : {1, 2}) {
    EXPECT_EQ(pdf[p][2], "ocr");
    EXPECT_EQ(pdf[p][3], "no text layer");
    EXPECT_GT(std::stod(pdf[p][4]), 80);
  }
  std::string text = pdf[0][5] + pdf[1][5] + pdf[2][5];
  for (const char* number : {"300046", "20505.48", "674.84", "291.85", "84.38%",
                             "粤财社〔2019〕299"}) {
    EXPECT_NE(text.find(number), std::string::npos) << number;
  }
  // The TIFF: every page by OCR, the reason says why.
  ASSERT_EQ(tif.size(), 3u);
  for (auto& page : tif) {
    EXPECT_EQ(page[2], "ocr");
    EXPECT_EQ(page[3], "image file");
    EXPECT_GT(page[5].size(), 300u);
  }
}

// Seed 002's indicator table on its colour 200-dpi scan with a seal over a
// number on every page (gen_scans' seal200): the rows of the gold
// (corpus/gold) are found by their 三级指标 with 分值 and 得分. The
// table's 9-pt print read from the tone-curved page clogged 验 and 覆 (read
// 答, 镍) and lost two rows; cells are now read from the page without it.
TEST(OcrPipeline, SealScanIndicatorTableRowByRow) {
  const std::string stem = "002_e689e19a77c37165";
  fs::path dir = fs::path(::testing::TempDir()) / "ocr_pipeline_seal";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string cmd = std::string(TALLY_GEN_SCANS) + " --out " + dir.string() +
                    " --special none --sets seal200 " + TALLY_CORPUS + "/pdf/" +
                    stem + ".pdf > /dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  // Gold rows: level3 -> (weight, score).
  std::map<std::string, std::pair<std::string, std::string>> gold;
  std::ifstream in(std::string(TALLY_CORPUS) + "/gold/" + stem + ".tsv");
  for (std::string line; std::getline(in, line);) {
    if (!line.starts_with("indicator\t")) continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) f.push_back(cell);
    ASSERT_GE(f.size(), 8u) << line;
    gold[f[3]] = {f[6], f[7]};
  }
  ASSERT_EQ(gold.size(), 9u);
  auto store = store::Store::Open((dir / "t.sqlite").string(), {});
  ASSERT_TRUE(store.ok());
  Options o;
  o.jobs = 2;
  auto s = Ingest({(dir / "seal200").string()}, store->get(), o);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->failed + s->partial, 0);
  auto rows =
      (*store)->Query("SELECT level3, weight, score, source FROM v_indicators");
  ASSERT_TRUE(rows.ok());
  std::map<std::string, std::pair<std::string, std::string>> read;
  for (auto& r : rows->rows) {
    EXPECT_EQ(r[3].value_or(""), "ocr");
    read[r[0].value_or("")] = {r[1].value_or(""), r[2].value_or("")};
  }
  // Before cells were read without the tone curve 7 of the 9 rows were
  // found; now 8: the target is 9, but on this scan 覆 in
  // 定点医药机构监督检查覆盖率 still reads 绪 (confidence 85), so the
  // floor is 8. Every row found has its 分值 and 得分.
  size_t found = 0;
  std::string missing;
  for (const auto& [level3, ws] : gold) {
    auto it = read.find(level3);
    if (it == read.end()) {
      missing += level3 + "; ";
      continue;
    }
    ++found;
    EXPECT_EQ(it->second, ws) << level3;
  }
  EXPECT_GE(found, 8u) << "rows not read: " << missing;
}

// The ocr stage reads every number of a scan a second time (enlarged, the
// digits model) and stores it beside the first reading; the check stage's
// repair takes it as evidence where the arithmetic alone leaves a tie. A
// single-digit misreading is planted into each number of a relation that
// holds (in the database: the page image shows the printed number, so the
// planted number's second reading is the image's), and the document
// checked with and without the second readings: with them, ties the
// arithmetic leaves are repaired to the printed number, and no plant is
// repaired wrongly. Without the ocr stage's second reading there is no
// evidence and every tie stays a guess.
TEST(OcrPipeline, SecondReadingBreaksRepairTiesOnASealScan) {
  const std::string stem = "003_8721613ab08d7715";
  fs::path dir = fs::path(::testing::TempDir()) / "ocr_pipeline_second";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string cmd = std::string(TALLY_GEN_SCANS) + " --out " + dir.string() +
                    " --special none --sets seal200 " + TALLY_CORPUS + "/pdf/" +
                    stem + ".pdf > /dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto store = store::Store::Open((dir / "t.sqlite").string(), {});
  ASSERT_TRUE(store.ok());
  Options o;
  o.jobs = 1;
  auto s = Ingest({(dir / "seal200").string()}, store->get(), o);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->failed + s->partial, 0);
  auto ids = (*store)->CurrentDocuments();
  ASSERT_TRUE(ids.ok() && ids->size() == 1u);
  auto rec = (*store)->ReadDocument(ids->front());
  ASSERT_TRUE(rec.ok());
  std::vector<Fact> facts = FactsForCheck(*rec);
  // Most OCR'd numbers carry a second reading, mostly the first one again.
  int ocr = 0, second = 0, same = 0;
  for (const Fact& f : facts) {
    if (f.source != "ocr" || f.kind != "amount") continue;
    ++ocr;
    second += !f.value_second.empty();
    same += f.value_second == f.value;
  }
  EXPECT_GE(second * 10, ocr * 6) << second << " of " << ocr;
  EXPECT_GE(same * 10, second * 8) << same << " of " << second;
  std::printf("amounts %d, read twice %d, the same %d\n", ocr, second, same);

  const std::vector<Relation>& rels = rec->relations;
  std::vector<std::vector<int>> rels_of(facts.size());
  for (size_t r = 0; r < rels.size(); ++r) {
    for (const RelationMember& m : rels[r].members) {
      if (m.fact >= 0 && size_t(m.fact) < facts.size()) {
        rels_of[size_t(m.fact)].push_back(int(r));
      }
    }
  }
  check::Options plain;
  plain.repair_ocr = false;
  auto failing = [&](const std::vector<Finding>& found, size_t i) {
    for (const Finding& f : found) {
      for (int r : rels_of[i]) {
        if (f.relation == r && f.severity != "info") return true;
      }
    }
    return false;
  };
  // The repair the document gets: the fact's id and the suggested value.
  auto repaired = [](const std::vector<Finding>& found, int64_t id) {
    std::string out;
    for (const Finding& f : found) {
      if (f.rule == "ocr.repair" && !f.fact_ids.empty() &&
          f.fact_ids.front() == id) {
        out = f.suggested;
      }
    }
    return out;
  };
  const std::vector<Finding> before =
      check::CheckDocument({facts, rels}, plain);
  int planted = 0, with_second = 0, without_second = 0, wrong = 0;
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact original = facts[i];
    if (rels_of[i].empty() || original.value_second != original.value ||
        failing(before, i)) {
      continue;
    }
    for (const check::Confusion& c : check::DefaultConfusions()) {
      if (c.kind != "digit") continue;
      for (size_t k = 0; k < original.value.size(); ++k) {
        if (original.value[k] != c.truth[0]) continue;
        std::string mis = original.value;
        mis[k] = c.read[0];
        Fact f = check::WithValue(original, mis);
        f.raw.replace(f.raw.find(original.value), original.value.size(), mis);
        facts[i] = f;
        if (!failing(check::CheckDocument({facts, rels}, plain), i)) {
          facts[i] = original;
          continue;
        }
        ++planted;
        const std::string want = original.value + original.unit;
        std::string got = repaired(check::CheckDocument({facts, rels}, {}),
                                   original.fact_id);
        with_second += got == want;
        wrong += !got.empty() && got != want;
        facts[i].value_second.clear();  // the number read once
        got = repaired(check::CheckDocument({facts, rels}, {}),
                       original.fact_id);
        without_second += got == want;
        wrong += !got.empty() && got != want;
        facts[i] = original;
      }
    }
  }
  std::printf("planted %d, repaired with second readings %d, without %d\n",
              planted, with_second, without_second);
  EXPECT_GT(planted, 100);
  EXPECT_EQ(wrong, 0);
  // Ties broken: strictly more repaired with the second readings.
  EXPECT_GE(with_second, without_second + planted / 4)
      << "planted " << planted << ", repaired with second readings "
      << with_second << ", without " << without_second;
}

}  // namespace
}  // namespace tally::pipeline
