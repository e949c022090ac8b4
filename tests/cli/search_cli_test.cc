// `tally search` and `tally index` over the corpus (born-digital PDFs and
// the seed texts): the pages found for each test term are exactly those a
// LIKE scan finds; filters, limits and exit codes.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>

#include "store/store.h"
#include "testing/shell.h"

namespace {

namespace fs = std::filesystem;

using Result = tally::testing::ShellResult;

Result Tally(const std::string& args) {
  return tally::testing::Shell(std::string(TALLY_BINARY) + " " + args);
}

class SearchCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::path(::testing::TempDir()) /
           ("search_cli_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "corpus.sqlite").string();
    Result r = Tally("ingest " + std::string(TALLY_CORPUS) + "/pdf " +
                     TALLY_CORPUS + "/seeds --db " + db_ + " -j 2 --quiet");
    ASSERT_EQ(r.code, 0) << r.out;
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  // "doc:page" of every hit `tally search` prints.
  static std::set<std::string> Found(const std::string& args) {
    Result r = Tally("search --db " + db_ + " " + args);
    std::set<std::string> pages;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
      long doc = 0, page = 0;
      if (std::sscanf(line.c_str(), "doc %ld  p.%ld", &doc, &page) == 2) {
        pages.insert(std::to_string(doc) + ":" + std::to_string(page));
      }
    }
    return pages;
  }
  static std::set<std::string> Like(const std::string& where) {
    tally::store::Options o;
    o.read_only = true;
    auto s = tally::store::Store::Open(db_, o);
    EXPECT_TRUE(s.ok());
    auto q = (*s)->Query(
        "SELECT v.doc_id || ':' || v.page_no FROM v_pages v JOIN v_documents "
        "d USING (doc_id) WHERE " +
        where);
    EXPECT_TRUE(q.ok()) << q.status().ToString();
    std::set<std::string> out;
    for (const auto& row : q->rows) out.insert(*row[0]);
    return out;
  }

  static inline fs::path dir_;
  static inline std::string db_;
};

TEST_F(SearchCli, SameDocumentsAndPagesAsLike) {
  for (const char* term : {"医保", "结转", "执行率", "医保基金", "满意度"}) {
    std::set<std::string> like =
        Like("v.text LIKE '%" + std::string(term) + "%'");
    EXPECT_FALSE(like.empty()) << term;
    EXPECT_EQ(Found(std::string(term) + " --limit 0"), like) << term;
  }
}

TEST_F(SearchCli, OutputFiltersAndExitCodes) {
  Result r = Tally("search --db " + db_ + " 437.32 --limit 1");
  EXPECT_EQ(r.code, 0) << r.out;
  // Document, page, path, bureau, year; the snippet with the match marked
  // (【】 when not on a terminal); the count.
  EXPECT_NE(r.out.find("001_c70d33421e53e59a"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("乐昌市医疗保障局  2022"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("拨付【437.32】"), std::string::npos) << r.out;
  size_t pages = Like("v.text LIKE '%437.32%'").size();
  EXPECT_GT(pages, 1u);
  EXPECT_NE(
      r.out.find(std::to_string(pages) + " page(s) match; the first 1 shown"),
      std::string::npos)
      << r.out;
  EXPECT_EQ(Found("医保 --bureau 益阳市医疗保障局 --limit 0"),
            Like("v.text LIKE '%医保%' AND d.bureau = '益阳市医疗保障局'"));
  EXPECT_EQ(Found("满意度 --year 2022 --limit 0"),
            Like("v.text LIKE '%满意度%' AND d.fiscal_year = 2022"));
  EXPECT_EQ(Tally("search --db " + db_ + " 没有这个词组").code, 1);
  EXPECT_EQ(Tally("search --db " + db_).code, 2);
  EXPECT_EQ(Tally("search --db " + db_ + " ，").code, 2);
  EXPECT_EQ(Tally("search --db " + db_ + " 医保 --year x").code, 2);
  EXPECT_EQ(
      Tally("search --db " + (dir_ / "none.sqlite").string() + " 医保").code,
      3);
  EXPECT_FALSE(fs::exists(dir_ / "none.sqlite"));
  Result index = Tally("index --db " + db_);
  EXPECT_EQ(index.code, 0) << index.out;
  EXPECT_NE(index.out.find("indexed"), std::string::npos);
  EXPECT_EQ(Found("结转 --limit 0"), Like("v.text LIKE '%结转%'"));
  EXPECT_NE(Tally("search --help").out.find("--bureau"), std::string::npos);
}

}  // namespace
