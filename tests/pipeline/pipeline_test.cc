// The pipeline end to end with the real engines: generated report PDFs,
// plain text, and bad files in one batch.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>

#include "base/file.h"
#include "base/utf8.h"
#include "pipeline/reextract.h"
#include "pipeline/wire.h"
#include "testing/faults.h"
#include "testing/sqlite_exec.h"
#include "testing/tiny_pdf.h"

namespace tally::pipeline {
namespace {

namespace fs = std::filesystem;
const std::string kCorpus = TALLY_CORPUS;

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    tally::testing::InstallFaultInjection();  // acts on TALLY_FAULT_INJECT
    dir_ =
        fs::path(::testing::TempDir()) /
        ("pipeline_" +
         std::string(
             ::testing::UnitTest::GetInstance()->current_test_info()->name()) +
         // Other checkouts run the same tests on this machine at once.
         "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    auto s = store::Store::Open((dir_ / "t.sqlite").string(), store::Options());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  void Put(const std::string& name, const std::string& bytes) {
    ASSERT_TRUE(WriteFile((dir_ / "in" / name).string(), bytes).ok());
  }
  void Copy(const std::string& from, const std::string& name) {
    fs::copy_file(from, dir_ / "in" / name,
                  fs::copy_options::overwrite_existing);
  }
  std::vector<std::vector<std::string>> Rows(const std::string& sql) {
    auto r = store_->Query(sql);
    EXPECT_TRUE(r.ok()) << r.status().ToString() << "\n" << sql;
    std::vector<std::vector<std::string>> out;
    if (!r.ok()) return out;
    for (auto& row : r->rows) {
      std::vector<std::string> cells;
      for (auto& c : row) cells.push_back(c.value_or("NULL"));
      out.push_back(cells);
    }
    return out;
  }
  Summary Run(int jobs = 1, Options o = Options()) {
    o.jobs = jobs;
    auto s = Ingest({(dir_ / "in").string()}, store_.get(), o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? *s : Summary();
  }
  // status and error of the document whose file is named name.
  std::pair<std::string, std::string> Outcome(const std::string& name) {
    auto rows =
        Rows("SELECT status, error FROM v_documents WHERE path LIKE '%/" +
             name + "'");
    EXPECT_EQ(rows.size(), 1u) << name;
    return rows.empty() ? std::make_pair(std::string(), std::string())
                        : std::make_pair(rows[0][0], rows[0][1]);
  }
  void TearDown() override { ::unsetenv("TALLY_FAULT_INJECT"); }
  fs::path dir_;
  std::unique_ptr<store::Store> store_;
};

const std::string kPdf000 =
    kCorpus + "/pdf/000_7f69db8fca4f34bc.pdf";  // 3 pages

TEST_F(PipelineTest, BadFilesFailWithReasonsAndTheRestIsStored) {
  std::string pdf = *ReadFile(kCorpus + "/pdf/000_7f69db8fca4f34bc.pdf");
  Copy(kCorpus + "/pdf/000_7f69db8fca4f34bc.pdf", "good.pdf");
  Copy(kCorpus + "/seeds/004_b8c8dfb6c76e9ad3.txt", "good.txt");
  Copy(std::string(TALLY_TEST_DATA) + "/encrypted.pdf", "encrypted.pdf");
  Put("empty.pdf", "");
  Put("truncated.pdf", pdf.substr(0, 300));
  Put("corrupt.pdf", "%PDF-1.4\n\x01\x02\x03\xff garbage\n%%EOF\n");
  Put("random.pdf", std::string("\x8a\xff\x00\x13\x99\xfe\x00\x01", 8));
  Put("image.pdf", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Summary s = Run(2);
  EXPECT_EQ(s.files, 8);
  EXPECT_EQ(s.ok, 2);
  EXPECT_EQ(s.failed, 6);
  EXPECT_EQ(int(s.failures.size()), 6);

  std::map<std::string, std::pair<std::string, std::string>> by_name;
  for (auto& r : Rows("SELECT path, status, error FROM v_documents")) {
    by_name[fs::path(r[0]).filename().string()] = {r[1], r[2]};
  }
  ASSERT_EQ(by_name.size(), 8u);
  EXPECT_EQ(by_name["good.pdf"].first, "ok");
  EXPECT_EQ(by_name["good.txt"].first, "ok");
  auto reason = [&](const std::string& name) {
    EXPECT_EQ(by_name[name].first, "failed") << name;
    return by_name[name].second;
  };
  EXPECT_NE(reason("encrypted.pdf").find("encrypted"), std::string::npos);
  EXPECT_NE(reason("empty.pdf").find("empty"), std::string::npos);
  EXPECT_NE(reason("truncated.pdf").find("PDF"), std::string::npos);
  EXPECT_NE(reason("corrupt.pdf").find("PDF"), std::string::npos);
  EXPECT_NE(reason("random.pdf").find("not a PDF"), std::string::npos);
  EXPECT_NE(reason("image.pdf").find("image"), std::string::npos);

  // The good PDF is stored with its pages, text and boxes.
  auto pages = Rows(
      "SELECT p.page_no, p.source, p.chars FROM v_pages p JOIN v_documents d "
      "USING (doc_id) WHERE d.path LIKE '%good.pdf' ORDER BY p.page_no");
  ASSERT_GE(pages.size(), 2u);
  EXPECT_EQ(pages[0][0], "1");
  EXPECT_EQ(pages[0][1], "text");
  EXPECT_GT(std::stoi(pages[0][2]), 300);
}

TEST_F(PipelineTest, ReingestIsANoOpAndAChangedFileIsANewVersion) {
  Copy(kCorpus + "/seeds/000_7f69db8fca4f34bc.txt", "r.txt");
  Summary first = Run();
  EXPECT_EQ(first.ok, 1);
  Summary again = Run();
  EXPECT_EQ(again.skipped, 1);
  EXPECT_EQ(again.ok, 0);
  EXPECT_EQ(Rows("SELECT count(*) FROM documents")[0][0], "1");
  Put("r.txt",
      "乐昌市医疗保障局\n改过的报告：2020年度能力提升资金预算33万元，"
      "执行率100%。\n");
  Summary changed = Run();
  EXPECT_EQ(changed.ok, 1);
  auto docs = Rows("SELECT count(*) FROM v_documents");
  EXPECT_EQ(docs[0][0], "1");  // only the current version is in the view
  EXPECT_EQ(Rows("SELECT count(*) FROM documents")[0][0], "2");
  auto text = Rows("SELECT text FROM v_pages");
  ASSERT_EQ(text.size(), 1u);
  EXPECT_EQ(text[0][0],
            "乐昌市医疗保障局\n改过的报告：2020年度能力提升资金预算33万元，"
            "执行率100%。");
}

// A document stored by another pipeline version, older or newer (another
// hash of the reading code, a lower number, one from before the hash, a
// higher number), is read again by the next ingest, keeping its doc_id and
// doubling nothing; until then reextract names it as needing that (it
// cannot renew pages).
TEST_F(PipelineTest, ADocumentOfAnotherPipelineVersionIsReadAgain) {
  Copy(kCorpus + "/seeds/000_7f69db8fca4f34bc.txt", "r.txt");
  ASSERT_EQ(Run().ok, 1);
  const std::string ours = kPipelineVersion;
  const size_t dot = ours.find('.');
  ASSERT_NE(dot, std::string::npos) << ours;
  const int number = std::stoi(ours.substr(0, dot));
  const std::string hash = ours.substr(dot + 1);
  const auto doc_id = Rows("SELECT doc_id FROM documents");
  for (const std::string& other :
       {std::to_string(number) + ".000000000000",
        std::to_string(number - 1) + "." + hash, std::to_string(number - 1),
        std::to_string(number + 1) + "." + hash}) {
    SCOPED_TRACE(other);
    ASSERT_NE(other, ours);
    testing::ExecOn((dir_ / "t.sqlite").string(),
                    "UPDATE documents SET pipeline_version = '" + other + "'");
    ReextractOptions ro;
    auto re = Reextract((dir_ / "t.sqlite").string(), store_.get(), ro);
    ASSERT_TRUE(re.ok()) << re.status().ToString();
    ASSERT_EQ(re->read_by_other_version.size(), 1u);
    EXPECT_EQ(fs::path(re->read_by_other_version[0]).filename(), "r.txt");

    Summary again = Run();
    EXPECT_EQ(again.other_version, 1);
    EXPECT_EQ(again.ok, 1);
    EXPECT_EQ(again.skipped, 0);
    EXPECT_EQ(Rows("SELECT pipeline_version FROM v_documents"),
              std::vector<std::vector<std::string>>{{ours}});
    EXPECT_EQ(Rows("SELECT doc_id FROM documents"), doc_id);
    re = Reextract((dir_ / "t.sqlite").string(), store_.get(), ro);
    ASSERT_TRUE(re.ok()) << re.status().ToString();
    EXPECT_TRUE(re->read_by_other_version.empty());
    EXPECT_EQ(Run().skipped, 1);
  }
}

TEST_F(PipelineTest, TableRowsAreTabSeparatedLines) {
  Copy(kCorpus + "/pdf/002_e689e19a77c37165.pdf", "002.pdf");
  Summary s = Run();
  ASSERT_EQ(s.ok, 1);
  auto rows = Rows(
      "SELECT raw FROM lines WHERE kind = 'table_row' "
      "ORDER BY doc_id, page_no, line_no");
  ASSERT_GT(rows.size(), 10u);
  bool found = false;
  for (auto& r : rows) {
    // 定点医药机构监督检查覆盖率 | 100% | 100% | 10 | 10 in one line.
    if (r[0].find("定点医药机构监督检查覆盖率") != std::string::npos) {
      found = true;
      EXPECT_NE(r[0].find("\t100%\t100%\t10\t10"), std::string::npos) << r[0];
    }
  }
  EXPECT_TRUE(found);
  // Page numbers are marked, not in the text.
  auto furniture = Rows(
      "SELECT count(*) FROM lines WHERE kind IN ('page_number', 'header')");
  EXPECT_GT(std::stoi(furniture[0][0]), 2);
  auto text = Rows("SELECT group_concat(text, '') FROM v_pages");
  EXPECT_EQ(text[0][0].find("— 1 —"), std::string::npos);
}

TEST_F(PipelineTest, BoxesMapIntoThePageText) {
  Copy(kCorpus + "/pdf/001_c70d33421e53e59a.pdf", "001.pdf");
  ASSERT_EQ(Run().ok, 1);
  // Every box with a text range: the range's text equals the box's raw text
  // up to normalisation (here: a number is unchanged by it).
  auto rows = Rows(
      "SELECT b.text, substr(p.text, 1) FROM boxes b "
      "JOIN pages p ON p.doc_id = b.doc_id AND p.page_no = b.page_no "
      "WHERE b.text = '437.32' LIMIT 1");
  ASSERT_EQ(rows.size(), 1u);
  auto ranges = Rows(
      "SELECT b.text_begin, b.text_end, p.text FROM boxes b JOIN pages p "
      "ON p.doc_id = b.doc_id AND p.page_no = b.page_no "
      "WHERE b.text = '437.32'");
  ASSERT_FALSE(ranges.empty());
  for (auto& r : ranges) {
    size_t b = std::stoul(r[0]), e = std::stoul(r[1]);
    ASSERT_LE(e, r[2].size());
    EXPECT_EQ(r[2].substr(b, e - b), "437.32");
  }
}

TEST_F(PipelineTest, WorkerCrashCostsOnlyItsFile) {
  ::setenv("TALLY_FAULT_INJECT", "crash:boom", 1);
  Copy(kPdf000, "boom.pdf");
  Copy(kPdf000, "a_good.pdf");
  Copy(kCorpus + "/seeds/001_c70d33421e53e59a.txt", "z_good.txt");
  Summary s = Run(2);
  EXPECT_EQ(s.ok, 2);
  EXPECT_EQ(s.failed, 1);
  auto [status, error] = Outcome("boom.pdf");
  EXPECT_EQ(status, "failed");
  EXPECT_NE(error.find("SIGSEGV"), std::string::npos) << error;
  EXPECT_NE(error.find("opening"), std::string::npos) << error;
  EXPECT_EQ(Outcome("a_good.pdf").first, "ok");
}

TEST_F(PipelineTest, CrashOnOnePageLeavesAPartialDocument) {
  ::setenv("TALLY_FAULT_INJECT", "crash@2:boom", 1);
  Copy(kPdf000, "boom.pdf");
  Summary s = Run(2);
  EXPECT_EQ(s.partial, 1);
  auto [status, error] = Outcome("boom.pdf");
  EXPECT_EQ(status, "partial");
  EXPECT_NE(error.find("page 2"), std::string::npos) << error;
  EXPECT_NE(error.find("SIGSEGV"), std::string::npos) << error;
  auto pages = Rows("SELECT page_no FROM v_pages ORDER BY page_no");
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0][0], "1");
  EXPECT_EQ(pages[1][0], "3");
}

TEST_F(PipelineTest, HungFileTimesOutAndTheBatchGoesOn) {
  ::setenv("TALLY_FAULT_INJECT", "hang:stuck", 1);
  Copy(kPdf000, "stuck.pdf");
  Copy(kPdf000, "z_good.pdf");
  Options o;
  o.page_timeout_seconds = 1;
  auto t0 = std::chrono::steady_clock::now();
  Summary s = Run(2, o);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  EXPECT_LT(seconds, 30);
  EXPECT_EQ(s.ok, 1);
  auto [status, error] = Outcome("stuck.pdf");
  EXPECT_EQ(status, "failed");
  EXPECT_NE(error.find("timed out after 1 s"), std::string::npos) << error;
}

TEST_F(PipelineTest, MemoryExhaustionCostsOnlyItsFile) {
  ::setenv("TALLY_FAULT_INJECT", "oom:hog", 1);
  Copy(kPdf000, "hog.pdf");
  Copy(kPdf000, "z_good.pdf");
  Options o;
  o.worker_memory_mb = 1024;
  Summary s = Run(1, o);
  EXPECT_EQ(s.ok, 1);
  EXPECT_EQ(s.failed, 1);
  auto [status, error] = Outcome("hog.pdf");
  EXPECT_EQ(status, "failed");
  EXPECT_NE(error.find("out of memory"), std::string::npos) << error;
  EXPECT_EQ(Outcome("z_good.pdf").first, "ok");  // a fresh worker took it
}

TEST_F(PipelineTest, ZeroPageAndVeryLongPdfs) {
  Put("zero.pdf", testing::TinyPdf(0));
  Put("long.pdf", testing::TinyPdf(2000));
  Summary s = Run(2);
  EXPECT_EQ(s.ok, 1);
  EXPECT_EQ(s.failed, 1);
  EXPECT_NE(Outcome("zero.pdf").second.find("no pages"), std::string::npos);
  EXPECT_EQ(Outcome("long.pdf").first, "ok");
  auto pages = Rows("SELECT count(*), max(page_no) FROM v_pages");
  EXPECT_EQ(pages[0][0], "2000");
  EXPECT_EQ(pages[0][1], "2000");
  auto last = Rows("SELECT text FROM v_pages WHERE page_no = 2000");
  EXPECT_EQ(last[0][0], "Body text of page 2000");
}

TEST_F(PipelineTest, ACrashInExtractionKeepsThePagesAndSaysWhy) {
  // Extraction and the checks run in a worker too: dying in them costs
  // the facts of that document, not its pages, and not the batch.
  ::setenv("TALLY_FAULT_INJECT", "crash@-1:boom", 1);
  Copy(kPdf000, "boom.pdf");
  Copy(kCorpus + "/seeds/001_c70d33421e53e59a.txt", "z_good.txt");
  Summary s = Run(2);
  EXPECT_EQ(s.partial, 1);
  EXPECT_EQ(s.ok, 1);
  auto [status, error] = Outcome("boom.pdf");
  EXPECT_EQ(status, "partial");
  EXPECT_NE(error.find("facts and checks left out"), std::string::npos)
      << error;
  EXPECT_NE(error.find("SIGSEGV"), std::string::npos) << error;
  EXPECT_NE(error.find("assembling"), std::string::npos) << error;
  EXPECT_EQ(Rows("SELECT count(*) FROM v_pages p JOIN v_documents d "
                 "USING (doc_id) WHERE d.path LIKE '%boom.pdf'")[0][0],
            "3");
  EXPECT_EQ(Rows("SELECT count(*) FROM v_facts f JOIN v_documents d "
                 "USING (doc_id) WHERE d.path LIKE '%boom.pdf'")[0][0],
            "0");
  EXPECT_NE(Rows("SELECT count(*) FROM v_facts f JOIN v_documents d "
                 "USING (doc_id) WHERE d.path LIKE '%z_good.txt'")[0][0],
            "0");
}

TEST_F(PipelineTest, ACrashInAssemblyTwiceFailsTheDocumentAlone) {
  ::setenv("TALLY_FAULT_INJECT", "crash@-1:boom,crash@-2:boom", 1);
  Copy(kCorpus + "/seeds/000_7f69db8fca4f34bc.txt", "boom.txt");
  Copy(kPdf000, "z_good.pdf");
  Summary s = Run(1);
  EXPECT_EQ(s.failed, 1);
  EXPECT_EQ(s.ok, 1);
  auto [status, error] = Outcome("boom.txt");
  EXPECT_EQ(status, "failed");
  EXPECT_NE(error.find("SIGSEGV"), std::string::npos) << error;
}

TEST_F(PipelineTest, ADocumentOverItsTimeBudgetStopsReadingAndSaysSo) {
  // Each page of slow.pdf takes at least 100 ms: its 400 pages could never
  // be read in the document's 5 s, however fast the machine, while 5 s is
  // ample for a worker to start and read a first page, however loaded. So
  // it is stored partial after a few pages (each of which took 100 ms of
  // the budget: at most 50), the rest counted.
  ::setenv("TALLY_FAULT_INJECT", "sleep:slow", 1);
  Put("slow.pdf", testing::TinyPdf(400));
  Copy(kPdf000, "z_good.pdf");
  Options o;
  o.document_timeout_seconds = 5;
  Summary s = Run(1, o);
  EXPECT_EQ(s.partial, 1);
  auto [status, error] = Outcome("slow.pdf");
  EXPECT_EQ(status, "partial");
  EXPECT_NE(error.find("the document's time limit of 5 s was reached"),
            std::string::npos)
      << error;
  int stored =
      std::stoi(Rows("SELECT count(*) FROM v_pages p JOIN "
                     "v_documents d USING (doc_id) WHERE d.path "
                     "LIKE '%slow.pdf'")[0][0]);
  EXPECT_GE(stored, 1);
  EXPECT_LE(stored, 50);
  EXPECT_EQ(Outcome("z_good.pdf").first, "ok");
}

// A record of more items than a part holds comes from the worker in parts,
// waits in the supervisor's spool for its turn and is stored whole: every
// line of a page longer than a part, every fact, in order.
TEST_F(PipelineTest, ALargeRecordIsStoredWholeFromItsParts) {
  const int kLines = 3 * int(wire::kPartItems) + 7;
  std::string text;
  for (int i = 1; i <= kLines; ++i) {
    text +=
        "第" + std::to_string(i) + "项资金" + std::to_string(i) + "万元。\n";
  }
  Put("a_big.txt", text);
  Put("b_small.txt",
      "本项目年度预算资金12万元，实际支出11万元，执行率91.67%。\n"
      "服务对象满意度达到95%以上。\n");
  Summary s = Run(2);
  EXPECT_EQ(s.ok, 2);
  EXPECT_EQ(s.pages, 2);
  EXPECT_EQ(Outcome("a_big.txt").first, "ok");
  EXPECT_EQ(Rows("SELECT count(*), min(line_no), max(line_no) FROM lines l "
                 "JOIN v_documents d USING (doc_id) WHERE d.path LIKE "
                 "'%a_big.txt'")[0],
            (std::vector<std::string>{std::to_string(kLines), "1",
                                      std::to_string(kLines)}));
  EXPECT_EQ(
      Rows("SELECT raw FROM lines WHERE line_no = " + std::to_string(kLines) +
           " AND doc_id = (SELECT doc_id FROM v_documents WHERE path "
           "LIKE '%a_big.txt')")[0][0],
      "第" + std::to_string(kLines) + "项资金" + std::to_string(kLines) +
          "万元。");
  auto facts = Rows(
      "SELECT count(*), count(DISTINCT value), sum(CAST(value AS INTEGER)) "
      "FROM v_facts f JOIN v_documents d USING (doc_id) WHERE d.path LIKE "
      "'%a_big.txt' AND f.unit = '万元'");
  EXPECT_EQ(facts[0], (std::vector<std::string>{
                          std::to_string(kLines), std::to_string(kLines),
                          std::to_string(int64_t(kLines) * (kLines + 1) / 2)}));
  EXPECT_EQ(Outcome("b_small.txt").first, "ok");
}

// A one-page text of megabytes (no form feed) goes from the worker in
// pieces and is stored exactly as it was, with facts whose byte ranges
// point into it at the right places, beyond the first pieces too.
TEST_F(PipelineTest, APageOfMegabytesIsStoredExactlyFromItsPieces) {
  const char* kLines[] = {"本项目资金围绕医疗保障工作开展绩效自评。",
                          "服务对象普遍认可，管理制度健全完善。",
                          "𠀀字在基本平面之外，也要完整保存。"};
  std::string text;
  for (size_t i = 0; text.size() < 3 * wire::kPartTextBytes + 12345; ++i) {
    text += kLines[i % 3];
    text += '\n';
  }
  text += "医保基金实际拨付437.32万元。";  // last, with no line break
  Put("big_page.txt", text);
  Summary s = Run(2);
  EXPECT_EQ(s.ok, 1);
  EXPECT_EQ(s.pages, 1);
  auto page = Rows("SELECT text, chars FROM v_pages");
  ASSERT_EQ(page.size(), 1u);
  EXPECT_TRUE(page[0][0] == text)
      << "stored " << page[0][0].size() << " bytes of " << text.size();
  const std::string kFact =
      "SELECT f.raw, substr(CAST(p.text AS BLOB), f.text_begin + 1, "
      "f.text_end - f.text_begin) = CAST(f.raw AS BLOB), f.text_begin "
      "FROM facts f JOIN v_pages p USING (doc_id, page_no) "
      "WHERE f.raw = '437.32万元'";
  auto fact = Rows(kFact);
  ASSERT_EQ(fact.size(), 1u);
  EXPECT_EQ(fact[0][1], "1");
  EXPECT_EQ(fact[0][2], std::to_string(text.find("437.32万元")));
  // Stored in parts as it came, none cut inside a character (each is
  // whole characters: the 4-byte 𠀀 repeats throughout), the fact found by
  // the search in the last.
  auto parts = Rows(
      "SELECT count(*), max(length(CAST(text AS BLOB))) "
      "FROM page_text");
  EXPECT_EQ(parts[0][0], "3");
  EXPECT_LE(std::stoul(parts[0][1]), wire::kPartTextBytes);
  for (auto& part : Rows("SELECT text FROM page_text")) {
    EXPECT_TRUE(IsValidUtf8(part[0]));
  }
  auto found = store_->Search("437.32万元", store::SearchOptions());
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->total, 1);
  // Re-extracted from the stored pages: the same fact at the same place.
  const std::string doc = Rows("SELECT doc_id FROM v_documents")[0][0];
  ASSERT_TRUE(Rows("SELECT count(*) FROM facts")[0][0] != "0");
  ReextractOptions ro;
  ro.docs = {std::stoll(doc)};
  auto re = Reextract((dir_ / "t.sqlite").string(), store_.get(), ro);
  ASSERT_TRUE(re.ok()) << re.status().ToString();
  EXPECT_EQ(re->done, 1);
  EXPECT_EQ(Rows(kFact), fact);
  EXPECT_TRUE(Rows("SELECT text FROM v_pages")[0][0] == text);
}

TEST_F(PipelineTest, PagesBeyondTheLimitAreRecordedNotSilentlyDropped) {
  Put("long.pdf", testing::TinyPdf(12));
  Options o;
  o.max_pages = 5;
  Summary s = Run(2, o);
  EXPECT_EQ(s.partial, 1);
  auto [status, error] = Outcome("long.pdf");
  EXPECT_EQ(status, "partial");
  EXPECT_NE(error.find("pages beyond 5 not read"), std::string::npos) << error;
  EXPECT_EQ(Rows("SELECT count(*), max(page_no) FROM v_pages")[0],
            (std::vector<std::string>{"5", "5"}));
  EXPECT_EQ(Rows("SELECT pages FROM v_documents")[0][0], "12");
}

TEST_F(PipelineTest, AFifoIsRefusedNotWaitedOn) {
  Copy(kPdf000, "good.pdf");
  std::string fifo = (dir_ / "pipe.pdf").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  Options o;
  o.page_timeout_seconds = 60;
  auto t0 = std::chrono::steady_clock::now();
  auto s = Ingest({(dir_ / "in").string(), fifo}, store_.get(), o);
  ASSERT_TRUE(s.ok());
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
                .count(),
            30);
  EXPECT_EQ(s->failed, 1);
  EXPECT_NE(Outcome("pipe.pdf").second.find("FIFO"), std::string::npos);
}

// Issue 13: a re-run tells the truth. A file that failed for a reason of
// the moment (a timeout, a crash) is read again and its record replaced;
// one whose bytes fail the same way every time is skipped but reported as
// still failing.
TEST_F(PipelineTest, ARerunRetriesTimeoutsAndCrashesAndReportsWhatStillFails) {
  // Page 1 hangs and page 2 crashes: both files are read (they have a
  // sha256) and stored partial.
  ::setenv("TALLY_FAULT_INJECT", "hang@1:stuck,crash@2:boom", 1);
  Copy(kPdf000, "stuck.pdf");
  Copy(kCorpus + "/pdf/001_c70d33421e53e59a.pdf", "boom.pdf");
  Put("corrupt.pdf", "%PDF-1.4\n\x01\x02\x03\xff garbage\n%%EOF\n");
  Options o;
  o.page_timeout_seconds = 5;
  Summary first = Run(2, o);
  EXPECT_EQ(first.failed, 1);
  EXPECT_EQ(first.partial, 2);
  EXPECT_NE(Outcome("stuck.pdf").second.find("timed out"), std::string::npos);
  EXPECT_EQ(Outcome("boom.pdf").first, "partial");

  ::unsetenv("TALLY_FAULT_INJECT");
  Summary second = Run(2, o);
  EXPECT_EQ(second.retried, 2);
  EXPECT_EQ(second.ok, 2);
  EXPECT_EQ(second.skipped, 1);
  ASSERT_EQ(second.still_failed.size(), 1u);
  EXPECT_NE(second.still_failed[0].path.find("corrupt.pdf"), std::string::npos);
  EXPECT_EQ(second.still_failed[0].status, "failed");
  EXPECT_NE(second.still_failed[0].error.find("PDF"), std::string::npos);
  EXPECT_EQ(Outcome("stuck.pdf"),
            std::make_pair(std::string("ok"), std::string("NULL")));
  EXPECT_EQ(Outcome("boom.pdf").first, "ok");
  EXPECT_EQ(Rows("SELECT count(*) FROM v_pages p JOIN v_documents d USING "
                 "(doc_id) WHERE d.path LIKE '%boom.pdf'")[0][0],
            "8");
  // Replaced in place, not added beside: one row per file, no history.
  EXPECT_EQ(Rows("SELECT count(*) FROM documents")[0][0], "3");

  Summary third = Run(2, o);
  EXPECT_EQ(third.retried, 0);
  EXPECT_EQ(third.skipped, 3);
  EXPECT_EQ(third.still_failed.size(), 1u);
}

TEST_F(PipelineTest, MissingFileIsRecordedAndRetriedNextRun) {
  Copy(kPdf000, "good.pdf");
  Options o;
  auto s = Ingest({(dir_ / "in").string(), (dir_ / "gone.pdf").string()},
                  store_.get(), o);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->failed, 1);
  EXPECT_NE(Outcome("gone.pdf").second.find("No such file"), std::string::npos);
  // Once it appears, the next run stores it, and the failure record is
  // superseded by it.
  Copy(kCorpus + "/seeds/000_7f69db8fca4f34bc.txt", "../gone.pdf");
  s = Ingest({(dir_ / "gone.pdf").string()}, store_.get(), o);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->ok, 1);
  EXPECT_EQ(Outcome("gone.pdf").first, "ok");
}

// A re-run does not read a file whose size and modification time are those
// recorded when its bytes were stored; one whose time or size moved is read
// (and, its bytes the same, still skipped); --rehash reads every file. A
// file whose time is not yet settled is recorded without a stamp.
TEST_F(PipelineTest, ARerunSkipsUnchangedFilesUnread) {
  auto seed = ReadFile(kCorpus + "/seeds/000_7f69db8fca4f34bc.txt");
  auto other = ReadFile(kCorpus + "/seeds/004_b8c8dfb6c76e9ad3.txt");
  ASSERT_TRUE(seed.ok() && other.ok());
  Put("a.txt", *seed);
  Put("fresh.txt", *other);
  const fs::path a = dir_ / "in" / "a.txt";
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(1);
  fs::last_write_time(a, old);
  Summary s = Run();
  EXPECT_EQ(s.ok, 2);
  EXPECT_EQ(Rows("SELECT count(size), count(mtime_ns) FROM paths"
                 " WHERE path LIKE '%/a.txt'")[0],
            (std::vector<std::string>{"1", "1"}));
  EXPECT_EQ(Rows("SELECT count(mtime_ns) FROM paths"
                 " WHERE path LIKE '%/fresh.txt'")[0][0],
            "0");

  s = Run();
  EXPECT_EQ(s.skipped, 2);
  EXPECT_EQ(s.unchanged, 1);  // a.txt; fresh.txt is read and found stored

  // Other bytes of the same size under the same time are taken as the
  // same (what the stamp cannot see); --rehash reads them.
  std::string changed = *seed;
  const size_t digit = changed.find_first_of("0123456789");
  ASSERT_NE(digit, std::string::npos);
  changed[digit] = changed[digit] == '1' ? '2' : '1';
  Put("a.txt", changed);
  fs::last_write_time(a, old);
  s = Run();
  EXPECT_EQ(s.unchanged, 1);
  EXPECT_EQ(s.ok, 0);
  Options rehash;
  rehash.rehash = true;
  s = Run(1, rehash);
  EXPECT_EQ(s.unchanged, 0);
  EXPECT_EQ(s.ok, 1);  // the new bytes, a new version of a.txt
  EXPECT_EQ(Rows("SELECT version FROM v_documents"
                 " WHERE path LIKE '%/a.txt'")[0][0],
            "2");

  // A time that moved: read again, the bytes found stored.
  fs::last_write_time(a, old - std::chrono::hours(1));
  s = Run();
  EXPECT_EQ(s.unchanged, 0);
  EXPECT_EQ(s.skipped, 2);
  s = Run();
  EXPECT_EQ(s.unchanged, 1);
}

// The supervisor writes from a thread of its own: a store that fails while
// the workers read (here another connection holds the database's write lock
// past the busy timeout) ends the run with the store's error, without
// hanging or crashing, and nothing is stored; the next run stores it all.
TEST_F(PipelineTest, AStoreThatFailsEndsTheRunWithItsError) {
  const int kFiles = 30;
  auto seed = ReadFile(kCorpus + "/seeds/000_7f69db8fca4f34bc.txt");
  ASSERT_TRUE(seed.ok());
  for (int i = 0; i < kFiles; ++i) {
    Put("f" + std::to_string(100 + i) + ".txt",
        *seed + "\n附件" + std::to_string(i) + "\n");
  }
  store_.reset();
  store::Options so;
  so.busy_timeout_ms = 200;
  auto opened = store::Store::Open((dir_ / "t.sqlite").string(), so);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  store_ = std::move(opened).value();
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ / "t.sqlite").string().c_str(), &other),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr),
            SQLITE_OK);
  Options o;
  o.jobs = 2;
  auto failed = Ingest({(dir_ / "in").string()}, store_.get(), o);
  EXPECT_FALSE(failed.ok());
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_EQ(Rows("SELECT count(*) FROM v_documents")[0][0], "0");
  Summary s = Run(2);
  EXPECT_EQ(s.ok, kFiles);
  EXPECT_EQ(Rows("SELECT count(*) FROM v_documents")[0][0],
            std::to_string(kFiles));
}

}  // namespace
}  // namespace tally::pipeline
