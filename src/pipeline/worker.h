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
//
// Test hook: the environment variable TALLY_FAULT_INJECT, a comma-separated
// list of WHAT[@PAGE]:SUBSTR, makes the worker misbehave on tasks whose path
// contains SUBSTR (only on page PAGE if given; @0 is the open task): crash
// (dies by SIGSEGV), hang (sleeps forever), oom (allocates without bound
// until the memory limit stops it) and sleep (100 ms, to slow a batch down
// for kill tests) — real process failures for the supervisor's tests.
void RunWorker(int in_fd, int out_fd, const WorkerOptions& options);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_WORKER_H_
