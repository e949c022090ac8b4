// The batch guarantees users rely on, tested on the real binary: SIGKILL at
// any moment and a re-run give the database an uninterrupted run gives; a
// full disk is a clear error that leaves what was stored intact.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "base/file.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
const std::string kCorpus = TALLY_CORPUS;

// Starts `tally ingest DIR --db DB -j 2 --quiet` with extra environment and
// an optional file-size limit (bytes; 0 for none). Returns the pid.
pid_t Start(const std::string& dir, const std::string& db,
            const std::string& fault, rlim_t fsize_limit = 0) {
  pid_t pid = fork();
  if (pid == 0) {
    if (!fault.empty()) setenv("TALLY_FAULT_INJECT", fault.c_str(), 1);
    if (fsize_limit > 0) {
      // A full disk, unprivileged: writes past the limit fail with EFBIG
      // (SIGXFSZ ignored so that the write error is what tally sees).
      signal(SIGXFSZ, SIG_IGN);
      struct rlimit l = {fsize_limit, fsize_limit};
      setrlimit(RLIMIT_FSIZE, &l);
    }
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    // Faults need the binary with the test hook (testing/faults.h).
    const char* tally = fault.empty() ? TALLY_BINARY : TALLY_FAULTS_BINARY;
    execl(tally, tally, "ingest", dir.c_str(), "--db", db.c_str(), "-j", "2",
          "--quiet", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

std::vector<std::string> Query(const std::string& db, const std::string& sql) {
  tally::store::Options o;
  o.read_only = true;
  auto store = tally::store::Store::Open(db, o);
  if (!store.ok()) return {};
  auto r = (*store)->Query(sql);
  if (!r.ok()) return {"error: " + r.status().ToString()};
  std::vector<std::string> out;
  for (auto& row : r->rows) {
    std::string line;
    for (auto& c : row) line += c.value_or("NULL") + "|";
    out.push_back(line);
  }
  return out;
}

int Documents(const std::string& db) {
  auto rows = Query(db, "SELECT count(*) FROM documents");
  return rows.empty() ? 0 : std::stoi(rows[0]);
}

// Everything stored, independent of ids and timings.
std::vector<std::string> Content(const std::string& db) {
  auto docs = Query(db,
                    "SELECT path, sha256, status, error, pages, file_kind "
                    "FROM v_documents ORDER BY path");
  auto pages = Query(db,
                     "SELECT d.path, p.page_no, p.source, p.text FROM v_pages "
                     "p JOIN v_documents d USING (doc_id) "
                     "ORDER BY d.path, p.page_no");
  auto lines = Query(db,
                     "SELECT d.path, count(*), group_concat(l.raw, '|') FROM "
                     "lines l JOIN v_documents d USING (doc_id) "
                     "GROUP BY d.path ORDER BY d.path");
  auto boxes = Query(db,
                     "SELECT d.path, count(*), sum(b.text_end - b.text_begin)"
                     " FROM boxes b JOIN v_documents d USING (doc_id) "
                     "GROUP BY d.path ORDER BY d.path");
  docs.insert(docs.end(), pages.begin(), pages.end());
  docs.insert(docs.end(), lines.begin(), lines.end());
  docs.insert(docs.end(), boxes.begin(), boxes.end());
  return docs;
}

// A batch of 50 distinct files from tools/gen_batch: corpus copies and the
// eight kinds of bad input (seven of which fail; the 2,000-page PDF reads).
constexpr int kBatch = 50, kBatchFailures = 7;
std::string MakeBatch(const std::string& name) {
  fs::path dir = fs::path(::testing::TempDir()) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string cmd = std::string(TALLY_GEN_BATCH) + " --corpus " + kCorpus +
                    " --out " + (dir / "in").string() + " --files " +
                    std::to_string(kBatch) + " > /dev/null";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  return dir.string();
}

TEST(Resume, KilledThreeTimesEqualsUninterrupted) {
  std::string dir = MakeBatch("resume");
  std::string whole = dir + "/whole.sqlite", killed = dir + "/killed.sqlite";
  ASSERT_EQ(Wait(Start(dir + "/in", whole, "")), 1);  // some files fail
  int total = Documents(whole);
  ASSERT_EQ(total, kBatch);
  EXPECT_EQ(Query(whole,
                  "SELECT count(*) FROM v_documents WHERE status = "
                  "'failed'")[0],
            std::to_string(kBatchFailures) + "|");

  // Each open sleeps 100 ms so that kills land mid-batch; killed when the
  // stored count reaches each threshold, while documents are in flight.
  for (int threshold : {4, 16, 32}) {
    pid_t pid = Start(dir + "/in", killed, "sleep@0:_");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (Documents(killed) < threshold &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    kill(pid, SIGKILL);
    EXPECT_EQ(Wait(pid), -SIGKILL);
    int stored = Documents(killed);
    EXPECT_GE(stored, threshold);
    EXPECT_LT(stored, total) << "the kill came after the batch finished";
  }
  // 1 if a failing file was left for this run, 0 if an earlier run stored
  // it (the exit code speaks for the files this run processed).
  int code = Wait(Start(dir + "/in", killed, ""));
  EXPECT_TRUE(code == 0 || code == 1) << code;
  EXPECT_EQ(Content(killed), Content(whole));
  // Nothing doubled: one document per file.
  EXPECT_EQ(Query(killed,
                  "SELECT count(*), count(DISTINCT path) FROM "
                  "documents")[0],
            std::to_string(kBatch) + "|" + std::to_string(kBatch) + "|");
  EXPECT_EQ(Query(killed, "PRAGMA integrity_check")[0], "ok|");
}

TEST(Resume, FullDiskIsAClearErrorAndKeepsWhatWasStored) {
  std::string dir = MakeBatch("fulldisk");
  std::string db = dir + "/t.sqlite";
  fs::create_directories(dir + "/first");
  fs::copy(kCorpus + "/seeds", dir + "/first");
  ASSERT_EQ(Wait(Start(dir + "/first", db, "")), 0);
  auto before = Content(db);
  ASSERT_FALSE(before.empty());
  // The database may grow by 64 KiB only: the PDFs' boxes need more.
  rlim_t limit = fs::file_size(db) + (64 << 10);
  EXPECT_EQ(Wait(Start(dir + "/in", db, "", limit)), 3);
  EXPECT_EQ(Query(db, "PRAGMA integrity_check")[0], "ok|");
  auto after = Content(db);
  for (const std::string& row : before) {
    EXPECT_NE(std::find(after.begin(), after.end(), row), after.end()) << row;
  }
  // With room again, the batch completes.
  EXPECT_EQ(Wait(Start(dir + "/in", db, "")), 1);
  EXPECT_EQ(Documents(db), 5 + kBatch);
}

}  // namespace
