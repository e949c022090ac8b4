// pipeline/worker.h: the worker process of an ingest.
//
// A worker is forked by the supervisor and serves Tasks from a pipe until
// the pipe closes: an open task reads a file, hashes it, sniffs its kind and
// opens it (a PDF, or an image file's pages); a page task reads one page,
// from the PDF's text layer when it is usable (route.h) and otherwise by
// rendering it and OCR, an image file's pages always by OCR. It keeps the
// last document open, so the pages of one file cost one parse per worker,
// and creates its OCR engine once, on the first page that needs it. All the
// code that touches untrusted bytes through third-party libraries runs here, so
// its failures (crash, hang, memory exhaustion) are the supervisor's to record,
// not to suffer.
#ifndef TALLY_PIPELINE_WORKER_H_
#define TALLY_PIPELINE_WORKER_H_

#include <cstdint>
#include <string>

#include "ocr/ocr.h"
#include "pdf/pdf.h"

namespace tally::pipeline {

struct WorkerOptions {
  pdf::Options pdf;
  ocr::Options ocr;
  // Largest image (pixels) an image file's page may have; larger ones are
  // refused from their header, before any pixel memory is allocated.
  size_t max_image_pixels = ocr::kDefaultMaxPixels;
  // Address-space limit for the worker, in MiB; 0 for none. Allocation
  // beyond it fails, and the worker reports "out of memory" for the task.
  int64_t memory_limit_mb = 0;
};

// Serves tasks from in_fd, writing replies to out_fd; returns at end of
// input.
void RunWorker(int in_fd, int out_fd, const WorkerOptions& options);

// Test seam: a function every worker calls before it serves a task, with the
// task's path and page (0 for an open task), so tests can make a worker
// crash, hang or exhaust its memory on a chosen file: real process failures
// for the supervisor to survive. Set it before Ingest (workers are forked
// and inherit it). Nothing in the tally binary sets it; the fault-injection
// hook itself is test code (tests/testing/faults.h, built only with
// TALLY_BUILD_TESTS, into the test binaries and build/tests/tally_faults).
using TaskHook = void (*)(const std::string& path, int page_no);
void SetTaskHook(TaskHook hook);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_WORKER_H_
