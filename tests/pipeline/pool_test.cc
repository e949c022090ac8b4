// The worker pool: every task gets one result, and a task that crashes,
// hangs or exhausts memory fails alone with the reason.
#include "pipeline/pool.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <map>
#include <new>
#include <vector>

namespace tally::pipeline {
namespace {

StatusOr<std::string> Work(std::string_view task) {
  if (task == "crash") {
    std::signal(SIGSEGV, SIG_DFL);
    std::raise(SIGSEGV);
  }
  if (task == "hang") {
    for (;;) ::pause();
  }
  if (task == "oom") throw std::bad_alloc();
  if (task == "fail") return Corrupt("bad task");
  return "done " + std::string(task) + " in " + std::to_string(getpid());
}

TEST(Pool, EveryTaskOneResultFailuresAlone) {
  std::vector<std::string> tasks = {"a",   "crash", "b",    "hang", "c",
                                    "oom", "d",     "fail", "e"};
  PoolOptions options;
  options.jobs = 2;
  options.task_timeout_seconds = 1;
  std::map<size_t, StatusOr<std::string>> results;
  Status s =
      RunPool(tasks, Work, options, [&](size_t i, StatusOr<std::string> r) {
        EXPECT_FALSE(results.count(i)) << i;
        results.emplace(i, std::move(r));
      });
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(results.size(), tasks.size());
  for (size_t i : {0, 2, 4, 6, 8}) {
    ASSERT_TRUE(results.at(i).ok()) << i;
    EXPECT_EQ(results.at(i)->rfind("done " + tasks[i], 0), 0u);
    // Done in a worker, not here.
    EXPECT_EQ(results.at(i)->find(" in " + std::to_string(getpid())),
              std::string::npos);
  }
  EXPECT_NE(results.at(1).status().message().find("SIGSEGV"),
            std::string::npos);
  EXPECT_NE(results.at(3).status().message().find("timed out after 1 s"),
            std::string::npos);
  EXPECT_EQ(results.at(5).status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(results.at(7).status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(results.at(7).status().message(), "bad task");
}

TEST(Pool, NoTasksNoWorkers) {
  int called = 0;
  EXPECT_TRUE(
      RunPool({}, Work, PoolOptions(), [&](size_t, StatusOr<std::string>) {
        ++called;
      }).ok());
  EXPECT_EQ(called, 0);
}

}  // namespace
}  // namespace tally::pipeline
