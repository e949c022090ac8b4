// pipeline/pool.h: a pool of worker processes that run one function over a
// list of tasks, each task's failure its own.
//
// Work that reads untrusted files through third-party libraries (rendering
// a page with Poppler, cleaning a scan with Leptonica for `tally report`)
// runs in forked workers, as ingest's does (worker.h): a task whose worker
// crashes, overruns the timeout or exhausts the memory limit fails alone,
// with the reason in words, and a fresh worker takes the next task. Tasks
// and results are byte strings (base/bytes.h encodes them); a worker keeps
// whatever state its function keeps between tasks (an open document), and
// tasks are handed out in order, so neighbouring tasks tend to share a
// worker's state.
//
// Must be called from a single-threaded process (workers are forked); done
// is called on the caller's thread as results arrive, in any order.
//
//   pipeline::PoolOptions options;
//   options.jobs = 2;
//   Status s = pipeline::RunPool(
//       tasks, [](std::string_view task) { return Render(task); }, options,
//       [&](size_t i, StatusOr<std::string> result) { Save(i, result); });
#ifndef TALLY_PIPELINE_POOL_H_
#define TALLY_PIPELINE_POOL_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tally::pipeline {

struct PoolOptions {
  int jobs = 1;  // worker processes; 0 or less means 1
  // A task taking longer is abandoned: its worker is killed.
  double task_timeout_seconds = 120;
  // If not empty, task i may take task_timeouts[i] seconds instead (one
  // per task: a document's limit grows with its pages).
  std::vector<double> task_timeouts;
  // Address-space limit per worker (MiB); 0 for none. Beyond it allocation
  // fails and the task fails with "out of memory".
  int64_t memory_limit_mb = 4096;
};

// Runs in a worker, once per task.
using PoolFunction = std::function<StatusOr<std::string>(std::string_view)>;
// Called in the caller's process with each task's index and result.
using PoolDone = std::function<void(size_t index, StatusOr<std::string>)>;

// Runs fn over every task in worker processes and calls done once for each
// task. A task that kills its worker fails with Internal ("worker crashed
// with SIGSEGV (Segmentation fault)", "timed out after 120 s"), one out of
// memory with ResourceExhausted. Fails as a whole only if workers cannot be
// started (fork or pipe refused).
Status RunPool(const std::vector<std::string>& tasks, const PoolFunction& fn,
               const PoolOptions& options, const PoolDone& done);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_POOL_H_
