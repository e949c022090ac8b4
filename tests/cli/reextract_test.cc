// tally reextract on the real binary: a database made under other rules
// (a patterns directory without percent.rules) brought by reextract to what
// a fresh ingest under the current rules gives, compared view by view;
// ingest telling about documents of other rules; a worker that crashes, a
// run killed with SIGKILL and resumed; and the summary and exit codes.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "store/store.h"
#include "testing/db_rows.h"
#include "testing/shell.h"
#include "testing/sqlite_exec.h"

namespace {

namespace fs = std::filesystem;
using tally::testing::Shell;
using tally::testing::ShellResult;

std::string TempDir(const std::string& name) {
  fs::path d = fs::path(::testing::TempDir()) /
               ("reextract_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d.string();
}

// Rows of sql over db (read-only), cells joined with '|'.
const auto& Rows = tally::testing::DbRows;

std::string One(const std::string& db, const std::string& sql) {
  std::vector<std::string> rows = Rows(db, sql);
  return rows.size() == 1 ? rows[0] : "<" + std::to_string(rows.size()) + ">";
}

// A fact's name that survives renumbering: its place among its document's
// facts (both ingest and reextract store a document's facts in its
// record's order).
std::string Ordinal(const std::string& fact_id) {
  return "(SELECT count(*) FROM facts x WHERE x.doc_id = (SELECT doc_id FROM"
         " facts y WHERE y.fact_id = " +
         fact_id + ") AND x.fact_id <= " + fact_id + ")";
}

// Everything extraction and the checks made, as sorted rows without the
// ids a database hands out: each view's columns but its ids, fact ids as
// ordinals within their document.
std::vector<std::vector<std::string>> Extracted(const std::string& db) {
  auto columns = [&](const std::string& view,
                     const std::vector<std::string>& drop) {
    std::string list;
    for (const std::string& c :
         Rows(db, "SELECT name FROM pragma_table_info('" + view + "')")) {
      if (std::find(drop.begin(), drop.end(), c) != drop.end()) continue;
      list += (list.empty() ? "" : ", ") + c;
    }
    return list;
  };
  auto sorted = [&](const std::string& view, std::vector<std::string> drop,
                    const std::string& extra = "") {
    drop.push_back("doc_id");
    std::string cols = columns(view, drop) + extra;
    return Rows(db, "SELECT " + cols + " FROM " + view + " ORDER BY " + cols);
  };
  return {
      sorted("v_documents", {"ingested_at", "seconds"}),
      sorted("v_reports", {}),
      sorted("v_facts", {"fact_id"}),
      sorted("v_sections", {}),
      sorted("v_indicators", {"indicator_id"}),
      sorted("v_budgets", {"budget_id"}),
      sorted("v_relations", {"fact_id"}, ", " + Ordinal("fact_id")),
      sorted("v_findings", {"finding_id", "fact_ids"},
             ", (SELECT group_concat(o, ',') FROM (SELECT " +
                 Ordinal("ff.fact_id") +
                 " AS o FROM finding_facts ff WHERE ff.finding_id ="
                 " v_findings.finding_id ORDER BY ff.position))"),
  };
}

class ReextractTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = TempDir(
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    // The older rules: today's without percent.rules (no percentages, so
    // no rates: other facts, relations and findings).
    old_ = dir_ + "/old_patterns";
    fs::create_directories(old_);
    for (const auto& e : fs::directory_iterator(std::string(TALLY_PATTERNS))) {
      if (e.path().filename() != "percent.rules") {
        fs::copy_file(e.path(), old_ / e.path().filename());
      }
    }
    inputs_ = std::string(TALLY_CORPUS) + "/seeds " + TALLY_CORPUS +
              "/planted " + TALLY_CORPUS + "/pdf";
  }
  void TearDown() override { fs::remove_all(dir_); }

  ShellResult Tally(const std::string& args,
                    const std::string& binary = TALLY_BINARY) {
    return Shell(binary + " " + args);
  }

  // A database of inputs_ ingested under the older rules.
  std::string OldDatabase(const std::string& name) {
    std::string db = dir_ + "/" + name + ".sqlite";
    ShellResult r = Tally("ingest -q -j2 " + inputs_ + " --db " + db +
                          " --patterns " + old_.string());
    EXPECT_EQ(r.code, 0) << r.out;
    return db;
  }

  std::string Fresh() {
    std::string db = dir_ + "/fresh.sqlite";
    ShellResult r = Tally("ingest -q -j2 " + inputs_ + " --db " + db);
    EXPECT_EQ(r.code, 0) << r.out;
    return db;
  }

  std::string dir_;
  fs::path old_;
  std::string inputs_;
};

TEST_F(ReextractTest, BringsAnOldDatabaseToWhatAFreshIngestGives) {
  const std::string old_db = OldDatabase("old");
  const std::string fresh = Fresh();
  const int documents =
      std::stoi(One(fresh, "SELECT count(*) FROM v_documents"));
  ASSERT_GE(documents, 30);
  // The rules matter: the two differ before.
  EXPECT_EQ(One(old_db, "SELECT count(*) FROM v_facts WHERE kind = 'percent'"),
            "0");
  EXPECT_NE(One(fresh, "SELECT count(*) FROM v_facts WHERE kind = 'percent'"),
            "0");
  EXPECT_NE(Extracted(old_db), Extracted(fresh));
  const std::string fresh_rules =
      One(fresh, "SELECT DISTINCT rules_version FROM v_documents");
  ASSERT_EQ(fresh_rules.size(), 12u) << fresh_rules;  // 12 hex digits

  // Ingest under today's rules reads nothing again, and says what to do.
  ShellResult again = Tally("ingest " + inputs_ + " --db " + old_db);
  EXPECT_EQ(again.code, 0) << again.out;
  EXPECT_NE(again.out.find("0 ok, 0 partial, 0 failed, " +
                           std::to_string(documents) + " skipped"),
            std::string::npos)
      << again.out;
  EXPECT_NE(again.out.find(std::to_string(documents) +
                           " document(s) already stored have facts and "
                           "findings from other extraction rules"),
            std::string::npos)
      << again.out;
  EXPECT_NE(again.out.find("tally reextract --db " + old_db),
            std::string::npos);

  ShellResult r = Tally("reextract -j2 --db " + old_db);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("re-extracted with rules " + fresh_rules + ": " +
                       std::to_string(documents) + " of " +
                       std::to_string(documents) + " document(s)"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Extracted(old_db), Extracted(fresh));
  // Pages were not touched, doc_ids stay.
  EXPECT_EQ(Rows(old_db,
                 "SELECT doc_id, path, page_no, text FROM v_pages"
                 " ORDER BY doc_id, page_no"),
            Rows(fresh,
                 "SELECT doc_id, path, page_no, text FROM v_pages"
                 " ORDER BY doc_id, page_no"));
  // Nothing left to do; a named document is done again, to the same end.
  r = Tally("reextract --db " + old_db);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find(": 0 of 0 document(s)"), std::string::npos) << r.out;
  r = Tally("reextract --db " + old_db + " --doc 2");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find(": 1 of 1 document(s)"), std::string::npos) << r.out;
  EXPECT_EQ(Extracted(old_db), Extracted(fresh));
  // Ingest has nothing to say now.
  again = Tally("ingest " + inputs_ + " --db " + old_db);
  EXPECT_EQ(again.out.find("other extraction rules"), std::string::npos)
      << again.out;
}

// A worker that crashes costs only its document, which keeps what it had
// (its older facts and rules version) and is named; the next run does it.
// A run killed with SIGKILL mid-way leaves each document old or done, and
// the same command finishes the rest.
TEST_F(ReextractTest, CrashesCostTheirDocumentAndAKilledRunResumes) {
  const std::string db = OldDatabase("crash");
  const std::string fresh = Fresh();
  const std::string faults = TALLY_FAULTS_BINARY;
  const std::string new_rules =
      One(fresh, "SELECT DISTINCT rules_version FROM documents");
  ShellResult r = Shell("TALLY_FAULT_INJECT=crash@-3:001_ " + faults +
                        " reextract -j2 --db " + db);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("not re-extracted"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("worker crashed with SIGSEGV"), std::string::npos)
      << r.out;
  const std::string crashed =
      "FROM v_documents WHERE path LIKE '%/001\\_%' ESCAPE '\\'";
  const std::string old_rules =
      One(db, "SELECT count(*) " + crashed + " AND rules_version <> '" +
                  new_rules + "'");
  EXPECT_NE(old_rules, "0");
  EXPECT_EQ(One(db,
                "SELECT count(*) FROM v_facts f JOIN v_documents d"
                " USING (doc_id) WHERE d.path LIKE '%/001\\_%' ESCAPE"
                " '\\' AND f.kind = 'percent'"),
            "0");  // its facts are still the older rules'
  EXPECT_NE(Extracted(db), Extracted(fresh));

  // Killed while documents go by slowly (100 ms each in the worker).
  ShellResult redo = Tally("ingest -q -j2 " + inputs_ + " --db " + db +
                           "-k.sqlite --patterns " + old_.string());
  ASSERT_EQ(redo.code, 0) << redo.out;
  const std::string killed = db + "-k.sqlite";
  pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::setenv("TALLY_FAULT_INJECT", "sleep@-3:/", 1);
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::execl(faults.c_str(), faults.c_str(), "reextract", "-j1", "--db",
            killed.c_str(), nullptr);
    ::_exit(127);
  }
  const std::string done_sql =
      "SELECT count(*) FROM documents WHERE rules_version = '" + new_rules +
      "'";
  // Until a few are done (or it ended, which would void the test).
  int done = 0;
  for (int i = 0; i < 600 && done < 5; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const std::string n = One(killed, done_sql);
    if (!n.empty() && n.find_first_not_of("0123456789") == std::string::npos) {
      done = std::stoi(n);
    }
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run ended before it was killed";
  done = std::stoi(One(killed, done_sql));
  const int total = std::stoi(One(fresh, "SELECT count(*) FROM documents"));
  EXPECT_GE(done, 5);
  EXPECT_LT(done, total);
  r = Tally("reextract -j2 --db " + killed);
  EXPECT_EQ(r.code, 0) << r.out;
  // Only what was left, and all of it.
  const std::string left = std::to_string(total - done);
  EXPECT_NE(r.out.find(": " + left + " of " + left + " document(s)"),
            std::string::npos)
      << r.out << " (" << done << " done before the kill)";
  EXPECT_EQ(Extracted(killed), Extracted(fresh));
  // And the crashed one, now without the fault.
  r = Tally("reextract --db " + db);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(Extracted(db), Extracted(fresh));
}

// Pages another pipeline version read are what reextract cannot renew: it
// lists those documents and exits 1 until ingest reads their files again,
// quiet or not; with --doc only the documents named count.
TEST_F(ReextractTest, DocumentsOfAnotherPipelineVersionFailTheRun) {
  const std::string seeds = std::string(TALLY_CORPUS) + "/seeds/";
  const std::string files =
      seeds + "000_7f69db8fca4f34bc.txt " + seeds + "001_c70d33421e53e59a.txt";
  const std::string db = dir_ + "/v.sqlite";
  ASSERT_EQ(Tally("ingest -q " + files + " --db " + db).code, 0);
  ASSERT_EQ(Tally("reextract --db " + db).code, 0);
  const std::string other =
      One(db, "SELECT doc_id FROM v_documents WHERE path LIKE '%/001_%'");
  const std::string ours =
      One(db, "SELECT doc_id FROM v_documents WHERE path LIKE '%/000_%'");
  tally::testing::ExecOn(db,
                         "UPDATE documents SET pipeline_version = '1.0' "
                         "WHERE doc_id = " +
                             other);
  ShellResult r = Tally("reextract --db " + db);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("1 document(s) were read by another pipeline version"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("001_c70d33421e53e59a.txt"), std::string::npos);
  EXPECT_EQ(r.out.find("000_7f69db8fca4f34bc.txt"), std::string::npos);
  EXPECT_EQ(Tally("reextract -q --db " + db).code, 1);
  EXPECT_EQ(Tally("reextract --db " + db + " --doc " + other).code, 1);
  r = Tally("reextract --db " + db + " --doc " + ours);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.find("another pipeline version"), std::string::npos) << r.out;
  // Read again, it is up to date.
  ASSERT_EQ(Tally("ingest -q " + files + " --db " + db).code, 0);
  r = Tally("reextract --db " + db);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.find("another pipeline version"), std::string::npos) << r.out;
}

TEST_F(ReextractTest, UsageAndDatabaseErrors) {
  EXPECT_EQ(Tally("reextract --help").code, 0);
  EXPECT_NE(Tally("reextract --help").out.find("--doc ID"), std::string::npos);
  EXPECT_NE(Tally("--help").out.find("tally reextract --db FILE"),
            std::string::npos);
  EXPECT_EQ(Tally("reextract").code, 2);
  EXPECT_EQ(Tally("reextract --db x.sqlite --bogus").code, 2);
  EXPECT_EQ(Tally("reextract --db x.sqlite --doc abc").code, 2);
  EXPECT_EQ(Tally("reextract --db " + dir_ + "/missing.sqlite").code, 3);
  EXPECT_FALSE(fs::exists(dir_ + "/missing.sqlite"));  // not created
  std::string db = dir_ + "/one.sqlite";
  ASSERT_EQ(Tally("ingest -q " + std::string(TALLY_CORPUS) +
                  "/seeds/000_7f69db8fca4f34bc.txt --db " + db)
                .code,
            0);
  EXPECT_EQ(Tally("reextract --db " + db + " --doc 99").code, 2);
  EXPECT_EQ(Tally("reextract --db " + db + " --doc 1").code, 0);
}

}  // namespace
