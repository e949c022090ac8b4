// `tally check` as users and scripts run it, on a text ingest of the five
// seed reports: exit codes, the seeds' known slips with page and facts, the
// evidence lines, filters, findings replaced (not doubled) with --store and
// the database only read without it, JSON lines; and on files directly.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/store.h"

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

// A fresh directory per test and process: ctest runs the tests of this
// file in parallel processes.
std::string TempDir(const std::string& name) {
  fs::path d = fs::path(::testing::TempDir()) /
               ("check_cli_" + name + "_" + std::to_string(getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d.string();
}

std::string Slurp(const std::string& path) {
  std::string s;
  FILE* f = fopen(path.c_str(), "rb");
  if (f == nullptr) return s;
  char buf[65536];
  for (size_t n; (n = fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
  fclose(f);
  return s;
}

std::vector<std::vector<std::string>> Query(const std::string& db,
                                            const std::string& sql) {
  tally::store::Options o;
  o.read_only = true;
  auto store = tally::store::Store::Open(db, o);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return {};
  auto q = (*store)->Query(sql);
  EXPECT_TRUE(q.ok()) << q.status().ToString();
  if (!q.ok()) return {};
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : q->rows) {
    std::vector<std::string> r;
    for (const auto& v : row) r.push_back(v.value_or(""));
    rows.push_back(r);
  }
  return rows;
}

// Each test starts from its own text ingest of the five seeds.
class CheckCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = TempDir(
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    db_ = dir_ + "/seeds.sqlite";
    Result r = Tally("ingest " + std::string(TALLY_CORPUS) + "/seeds --db " +
                     db_ + " --quiet");
    ASSERT_EQ(r.code, 0);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string dir_, db_;
};

TEST_F(CheckCli, SeedsHaveErrorsAndTheKnownSlips) {
  const std::string& db = db_;
  Result r = Tally("check --db " + db);
  EXPECT_EQ(r.code, 1) << r.out;  // seed 002's slips are errors
  EXPECT_NE(r.out.find("001_c70d33421e53e59a.txt"), std::string::npos);
  EXPECT_NE(
      r.out.find("p.1 [warning] unit.magnitude: 医保基金实际拨付 437.32元"),
      std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("(expected 437.32万元, stated 437.32元)"),
            std::string::npos);
  EXPECT_NE(r.out.find("checked 5 document(s)"), std::string::npos);

  // 001's slip: its page, and facts that are the 437.32元 it is about.
  auto slip = Query(db,
                    "SELECT f.page_no, f.fact_ids, f.expected, f.actual FROM "
                    "v_findings f JOIN v_documents d USING (doc_id) WHERE "
                    "d.path LIKE '%001_c70d33421e53e59a.txt' AND f.rule = "
                    "'unit.magnitude'");
  ASSERT_EQ(slip.size(), 1u);
  EXPECT_EQ(slip[0][0], "1");
  EXPECT_EQ(slip[0][2], "437.32万元");
  EXPECT_EQ(slip[0][3], "437.32元");
  std::string ids = slip[0][1];  // "[12,10,11,...]"
  ASSERT_GT(ids.size(), 2u);
  std::string first = ids.substr(1, ids.find_first_of(",]") - 1);
  auto fact = Query(db,
                    "SELECT value, unit, page_no FROM v_facts WHERE "
                    "fact_id = " +
                        first);
  ASSERT_EQ(fact.size(), 1u);
  EXPECT_EQ(fact[0][0], "437.32");
  EXPECT_EQ(fact[0][1], "元");

  // 002: text 效益指标 40 against its parts 40 + 10, and 社会效益指标 40
  // against the table's 30.
  auto seed2 = Query(db,
                     "SELECT f.rule, f.severity, f.expected, f.actual FROM "
                     "v_findings f JOIN v_documents d USING (doc_id) WHERE "
                     "d.path LIKE '%002_e689e19a77c37165.txt' ORDER BY f.rule");
  std::map<std::string, std::vector<std::string>> by_rule;
  for (const auto& row : seed2) by_rule[row[0]] = row;
  ASSERT_TRUE(by_rule.count("score.total"));
  EXPECT_EQ(by_rule["score.total"][2], "50分");
  EXPECT_EQ(by_rule["score.total"][3], "40分");
  ASSERT_TRUE(by_rule.count("table.text"));
  EXPECT_EQ(by_rule["table.text"][2], "30分");
  EXPECT_EQ(by_rule["table.text"][3], "40分");

  // No false alarm of severity 'error' on the consistent seeds.
  auto errors = Query(db,
                      "SELECT d.path, f.message FROM v_findings f JOIN "
                      "v_documents d USING (doc_id) WHERE f.severity = "
                      "'error' AND (d.path LIKE '%000_%' OR d.path LIKE "
                      "'%003_%' OR d.path LIKE '%004_%')");
  for (const auto& e : errors) ADD_FAILURE() << e[0] << ": " << e[1];
}

TEST_F(CheckCli, StoreReplacesFindingsAndOnlyStoreWrites) {
  const std::string& db = db_;
  auto count = [&] {
    return Query(db, "SELECT count(*) FROM v_findings")[0][0];
  };
  std::string once = count();  // ingest ran the checks
  EXPECT_NE(once, "0");
  ASSERT_EQ(Tally("check --db " + db + " --store").code, 1);
  EXPECT_EQ(count(), once);
  ASSERT_EQ(Tally("check --db " + db + " --store").code, 1);
  EXPECT_EQ(count(), once);
  // Without --store the file is only read: same bytes, same mtime.
  auto before = fs::last_write_time(db);
  std::string bytes = Slurp(db);
  Result r = Tally("check --db " + db);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("unit.magnitude"), std::string::npos);
  EXPECT_EQ(fs::last_write_time(db), before);
  EXPECT_EQ(Slurp(db), bytes);
}

// A database on read-only media: the file and its directory not writable
// (run as an unprivileged user when the test runs as root, who may write
// anything), and no -wal/-shm beside it.
TEST_F(CheckCli, ReadOnlyDatabase) {
  std::string ro = dir_ + "/ro";
  fs::create_directories(ro);
  // A clean copy: the ingest's connection is closed, so the main file has
  // every commit.
  fs::copy_file(db_, ro + "/seeds.sqlite");
  fs::permissions(ro + "/seeds.sqlite", fs::perms::owner_read |
                                            fs::perms::group_read |
                                            fs::perms::others_read);
  fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec |
                          fs::perms::group_read | fs::perms::group_exec |
                          fs::perms::others_read | fs::perms::others_exec);
  std::string as_user = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 "
                                        "--clear-groups "
                                      : "";
  // Every directory above must be searchable by that user.
  std::string cmd = as_user + TALLY_BINARY + std::string(" check --db ") + ro +
                    "/seeds.sqlite --rule unit.magnitude 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  int status = pclose(p);
  fs::permissions(ro, fs::perms::owner_all);
  if (out.find("Permission denied") != std::string::npos &&
      out.find("seeds.sqlite") == std::string::npos) {
    GTEST_SKIP() << "the test directory is not readable by uid 65534: " << out;
  }
  EXPECT_EQ(WEXITSTATUS(status), 0) << out;
  EXPECT_NE(out.find("437.32元"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(ro + "/seeds.sqlite-wal"));
  // Asked to store, it must say it cannot write.
  cmd = as_user + TALLY_BINARY + std::string(" check --db ") + ro +
        "/seeds.sqlite --store 2>&1";
  fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec |
                          fs::perms::group_read | fs::perms::group_exec |
                          fs::perms::others_read | fs::perms::others_exec);
  status = system(cmd.c_str());
  fs::permissions(ro, fs::perms::owner_all);
  EXPECT_EQ(WEXITSTATUS(status), 3);
}

// Severity and rule filters, and the evidence lines: the sentence or table
// row of every side, with its page.
TEST_F(CheckCli, FiltersAndSides) {
  Result all = Tally("check --db " + db_);
  Result errors = Tally("check --db " + db_ + " --severity error");
  EXPECT_EQ(errors.code, 1);
  EXPECT_EQ(errors.out.find("[warning]"), std::string::npos) << errors.out;
  EXPECT_EQ(errors.out.find("[info]"), std::string::npos);
  EXPECT_NE(errors.out.find("[error] table.text"), std::string::npos);
  Result unit = Tally("check --db " + db_ + " --rule unit");
  EXPECT_EQ(unit.code, 0);  // no error among the unit.* findings
  EXPECT_NE(unit.out.find("unit.magnitude"), std::string::npos);
  EXPECT_EQ(unit.out.find("table.text"), std::string::npos);
  Result two = Tally("check --db " + db_ + " --rule unit.magnitude,table.text");
  EXPECT_NE(two.out.find("unit.magnitude"), std::string::npos);
  EXPECT_NE(two.out.find("table.text"), std::string::npos);
  EXPECT_EQ(two.out.find("score.total"), std::string::npos);
  EXPECT_EQ(Tally("check --db " + db_ + " --rule nosuch").code, 0);
  EXPECT_EQ(Tally("check --db " + db_ + " --severity bad").code, 2);

  // 002's table.text: the text's sentence and the table's rows, each side
  // with its page, the cited numbers marked.
  size_t at = all.out.find("[error] table.text");
  ASSERT_NE(at, std::string::npos) << all.out;
  std::string block = all.out.substr(at, all.out.find("\n  p.", at) - at);
  EXPECT_NE(block.find(" sentence: 指标分值【40分】"), std::string::npos)
      << block;
  EXPECT_NE(block.find(" table row: "), std::string::npos) << block;
  EXPECT_NE(block.find("| 【10】 | 10"), std::string::npos) << block;
  EXPECT_NE(all.out.find("doc "), std::string::npos);

  Result json = Tally("check --db " + db_ + " --format jsonl --rule table");
  EXPECT_NE(json.out.find("\"sides\":[{\"page_no\":"), std::string::npos)
      << json.out;
  EXPECT_NE(json.out.find("\"in_table\":true"), std::string::npos);
  EXPECT_NE(json.out.find("\"in_table\":false"), std::string::npos);
}

TEST_F(CheckCli, JsonLinesAndDocFilter) {
  const std::string& db = db_;
  Result r = Tally("check --db " + db + " --format jsonl");
  EXPECT_EQ(r.code, 1);
  int lines = 0;
  for (size_t p = 0, q; (q = r.out.find('\n', p)) != std::string::npos;
       p = q + 1) {
    std::string line = r.out.substr(p, q - p);
    EXPECT_EQ(line.rfind("{\"doc_id\":", 0), 0u) << line;
    EXPECT_EQ(line.back(), '}');
    for (const char* key :
         {"\"path\":", "\"rule\":", "\"severity\":", "\"message\":",
          "\"expected\":", "\"actual\":", "\"page_no\":", "\"fact_ids\":["}) {
      EXPECT_NE(line.find(key), std::string::npos) << key << " in " << line;
    }
    ++lines;
  }
  EXPECT_EQ(std::to_string(lines),
            Query(db, "SELECT count(*) FROM v_findings")[0][0]);

  // Only seed 000, which has no error: exit 0.
  std::string id = Query(db,
                         "SELECT doc_id FROM v_documents WHERE path LIKE "
                         "'%000_7f69db8fca4f34bc.txt'")[0][0];
  EXPECT_EQ(Tally("check --db " + db + " --doc " + id).code, 0);
}

TEST_F(CheckCli, UsageAndDatabaseErrors) {
  Result help = Tally("check --help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("--format"), std::string::npos);
  EXPECT_NE(help.out.find("1 at least one 'error' finding"), std::string::npos);
  EXPECT_NE(Tally("--help").out.find("tally check"), std::string::npos);
  const std::string& db = db_;
  EXPECT_EQ(Tally("check").code, 2);
  EXPECT_EQ(Tally("check --db " + db + " " + db).code, 2);  // both
  EXPECT_EQ(Tally("check x.pdf --store").code, 2);
  EXPECT_EQ(Tally("check --db " + db + " --format csv").code, 2);
  EXPECT_EQ(Tally("check --db " + db + " --bogus").code, 2);
  EXPECT_EQ(Tally("check --db " + db + " --doc 999999").code, 2);
  EXPECT_EQ(Tally("check --db " + db + " --doc x").code, 2);
  EXPECT_EQ(Tally("check --db " + dir_ + "/missing.sqlite").code, 3);
  EXPECT_FALSE(fs::exists(dir_ + "/missing.sqlite"));
  std::string junk = dir_ + "/junk.sqlite";
  FILE* f = fopen(junk.c_str(), "w");
  fputs("not a database, just text long enough to be read as one\n", f);
  fclose(f);
  EXPECT_EQ(Tally("check --db " + junk).code, 3);
}

// One command for one report: the PDF read into a temporary database, the
// 437.32元 slip printed with its sentence, nothing left behind.
TEST(CheckFiles, OnePdfInOneCommand) {
  std::string dir = TempDir("files");
  std::string pdf = std::string(TALLY_CORPUS) + "/pdf/001_c70d33421e53e59a.pdf";
  std::string cmd = "TMPDIR=" + dir + " " + TALLY_BINARY + " check " + pdf;
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  int status = pclose(p);
  EXPECT_EQ(WEXITSTATUS(status), 0) << out;  // a warning, no error
  EXPECT_NE(out.find("001_c70d33421e53e59a.pdf"), std::string::npos) << out;
  EXPECT_NE(out.find("[warning] unit.magnitude: 医保基金实际拨付 437.32元"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("p.2 sentence: "), std::string::npos) << out;
  EXPECT_NE(out.find("医保基金实际拨付【437.32元】"), std::string::npos) << out;
  EXPECT_NE(out.find("p.6 sentence: "), std::string::npos) << out;
  EXPECT_TRUE(fs::is_empty(dir)) << "temporary database left behind";

  // A file that cannot be read is named, and the exit code says so.
  std::string bad = dir + "/bad.pdf";
  FILE* f = fopen(bad.c_str(), "w");
  fputs("%PDF-1.4 truncated", f);
  fclose(f);
  Result r = Tally("check " + bad + " " + pdf);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("437.32元"), std::string::npos);
  EXPECT_NE(r.out.find("1 file(s) not fully read"), std::string::npos) << r.out;
  fs::remove_all(dir);
}

}  // namespace
