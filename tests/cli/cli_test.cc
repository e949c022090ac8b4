// The tally binary as users and scripts run it: exit codes, summary,
// export formats.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>

#include "base/file.h"

namespace {

namespace fs = std::filesystem;

struct Result {
  int code;
  std::string out;
};

// Runs `tally ARGS` with stderr discarded; returns exit code and stdout.
Result Tally(const std::string& args) {
  std::string cmd = std::string(TALLY_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

std::string TempDir(const std::string& name) {
  fs::path d = fs::path(::testing::TempDir()) / ("cli_" + name);
  fs::remove_all(d);
  fs::create_directories(d);
  return d.string();
}

TEST(Cli, HelpAndUsageErrors) {
  Result help = Tally("--help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("tally ingest"), std::string::npos);
  EXPECT_EQ(Tally("ingest --help").code, 0);
  EXPECT_NE(Tally("ingest --help").out.find("--db"), std::string::npos);
  EXPECT_EQ(Tally("export --help").code, 0);
  EXPECT_EQ(Tally("").code, 2);
  EXPECT_EQ(Tally("frobnicate").code, 2);
  EXPECT_EQ(Tally("ingest corpus").code, 2);         // no --db
  EXPECT_EQ(Tally("ingest --db x.sqlite").code, 2);  // no path
  EXPECT_EQ(Tally("ingest x --db y -j zero").code, 2);
  EXPECT_EQ(Tally("ingest x --db y --bogus").code, 2);
}

TEST(Cli, IngestSummaryExportAndExitCodes) {
  std::string dir = TempDir("ingest");
  std::string db = dir + "/t.sqlite";
  std::string seeds = std::string(TALLY_CORPUS) + "/seeds";
  Result r = Tally("ingest " + seeds + " --db " + db + " -j 2");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("documents: 5 ok, 0 partial, 0 failed, 0 skipped"),
            std::string::npos)
      << r.out;
  // Re-running skips everything.
  Result again = Tally("ingest " + seeds + " --db " + db);
  EXPECT_NE(again.out.find("0 ok, 0 partial, 0 failed, 5 skipped"),
            std::string::npos)
      << again.out;

  Result csv = Tally("export --db " + db + " --table v_documents");
  EXPECT_EQ(csv.code, 0);
  EXPECT_EQ(csv.out.rfind("doc_id,", 0), 0u) << csv.out.substr(0, 80);
  EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 6);
  Result jsonl = Tally("export --db " + db + " --table v_pages --format jsonl");
  EXPECT_EQ(jsonl.code, 0);
  EXPECT_NE(jsonl.out.find("\"page_no\":1"), std::string::npos);
  EXPECT_NE(jsonl.out.find("乐昌市医疗保障局"), std::string::npos);
  EXPECT_EQ(Tally("export --db " + db + " --table nope").code, 2);
  EXPECT_EQ(Tally("export --db " + db + " --table v_pages --format xml").code,
            2);

  // A bad file: stored as failed, exit code 1, reason in the summary.
  ASSERT_TRUE(tally::WriteFile(dir + "/bad.pdf", "%PDF-1.4 garbage").ok());
  Result bad = Tally("ingest " + dir + "/bad.pdf --db " + db);
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.out.find("1 failed"), std::string::npos);
  EXPECT_NE(bad.out.find("bad.pdf"), std::string::npos);
}

TEST(Cli, DatabaseErrorsExitThree) {
  std::string seeds = std::string(TALLY_CORPUS) + "/seeds";
  EXPECT_EQ(Tally("ingest " + seeds + " --db /nonexistent/dir/t.sqlite").code,
            3);
  std::string dir = TempDir("notdb");
  ASSERT_TRUE(tally::WriteFile(dir + "/x.sqlite", "this is not sqlite").ok());
  EXPECT_EQ(Tally("ingest " + seeds + " --db " + dir + "/x.sqlite").code, 3);
  EXPECT_EQ(
      Tally("export --db " + dir + "/missing.sqlite --table v_pages").code, 3);
}

}  // namespace
