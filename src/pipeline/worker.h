// pipeline/worker.h: the worker process of an ingest.
//
// A worker is forked by the supervisor and serves Tasks (wire.h) from a pipe
// until the pipe closes:
//   * an open task reads a file (a regular file only, up to a size limit),
//     hashes it, sniffs its kind and opens it (source.h), answering with its
//     page count, and with its pages when they are cheap (plain text);
//   * a page task reads one page of it (text layer, or render and OCR);
//   * an assemble task turns the pages read into the document to store:
//     reading order, normalisation, extraction and checks (assemble.h).
// It keeps the last document open, so the pages of one file cost one parse
// per worker, and creates its OCR engine once, on the first page that needs
// it. Everything that reads untrusted content runs here, so its failures
// (crash, hang, memory exhaustion) are the supervisor's to record, not to
// suffer.
#ifndef TALLY_PIPELINE_WORKER_H_
#define TALLY_PIPELINE_WORKER_H_

#include <cstdint>
#include <string>

#include "pipeline/assemble.h"
#include "pipeline/source.h"

namespace tally::pipeline {

struct WorkerOptions {
  SourceOptions source;
  // Reading order, normalisation, extraction and checks; the normaliser and
  // extractor it points to are made by the supervisor before it forks.
  Assembler assembler;
  // Address-space limit for the worker, in MiB; 0 for none. Allocation
  // beyond it fails, and the worker reports "out of memory" for the task.
  int64_t memory_limit_mb = 0;
  // Files larger than this are refused unread (no report is near it).
  int64_t max_file_bytes = int64_t{2} << 30;
};

// Serves tasks from in_fd, writing replies to out_fd; returns at end of
// input. The worker's stderr goes to /dev/null (libraries' complaints about
// damaged files; errors reach the supervisor as Statuses), unless the
// environment has TALLY_WORKER_STDERR=1.
void RunWorker(int in_fd, int out_fd, const WorkerOptions& options);

// Test seam: a function every worker calls before it serves a task, with the
// task's path and page (0 for an open task, -1 for an assemble task, -2 for
// its retry without extraction; and the page before each page an assembly
// reads itself, as a page task would), so tests can make a worker
// crash, hang or exhaust its memory on a chosen file: real process failures
// for the supervisor to survive. Set it before Ingest (workers are forked
// and inherit it). Nothing in the tally binary sets it; the fault-injection
// hook itself is test code (tests/testing/faults.h, built only with
// TALLY_BUILD_TESTS, into the test binaries and build/tests/tally_faults).
using TaskHook = void (*)(const std::string& path, int page_no);
void SetTaskHook(TaskHook hook);
// Calls the hook, if one is set: for the workers of `tally reextract`
// (reextract.h), which call it with the document's path and page -3.
void CallTaskHook(const std::string& path, int page_no);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_WORKER_H_
