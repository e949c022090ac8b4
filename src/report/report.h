// report/report.h: the audit report of `tally report`: a folder of static
// HTML pages (html.h) with images of the pages, so a reviewer sees every
// finding on the page it comes from.
//
// Input: a store and the documents to report. Output: DIR/index.html and,
// per document, DIR/doc-ID/ with index.html, page-N.html, page-N.png (the
// page) and fig-F-S.png (finding F's side S: the region of the page around
// the facts that side cites). Images are made by worker processes
// (render.h, pipeline/pool.h), -j of them, from the files the documents
// were read from; a file that is gone or has changed costs its images
// only, and the pages say why they have none. Documents are done a batch
// at a time, so memory stays bounded however many there are.
//
//   report::Options options;
//   options.jobs = 2;
//   StatusOr<report::Summary> s =
//       report::Write(store, {}, "audit", options);  // every document
#ifndef TALLY_REPORT_REPORT_H_
#define TALLY_REPORT_REPORT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "report/render.h"
#include "store/store.h"

namespace tally::report {

struct Options {
  int jobs = 1;  // worker processes making images
  RenderOptions render;
  // A page whose images take longer is given up (its worker killed).
  double page_timeout_seconds = 120;
  int64_t worker_memory_mb = 4096;  // address space per worker; 0 none
  // Show the findings of the checks run now over what is stored, rather
  // than the stored ones (`tally check --report`, which prints the same).
  bool recheck = false;
  // Called after each batch of documents.
  std::function<void(int documents_done, int documents_total)> on_progress;
};

struct Summary {
  int documents = 0, pages = 0, findings = 0;
  int page_images = 0, figures = 0;   // PNGs written
  std::vector<std::string> problems;  // pages without an image, and why
  double seconds = 0;
};

// Writes the report of doc_ids (every current document if empty) into
// out_dir, created if absent; files of an earlier report there are
// replaced. NotFound for a doc_id with no document; IOError if out_dir
// cannot be written; the store's errors. Pages whose image cannot be made
// are listed in Summary::problems, not errors.
StatusOr<Summary> Write(store::Store* store, std::vector<int64_t> doc_ids,
                        const std::string& out_dir, const Options& options);

}  // namespace tally::report

#endif  // TALLY_REPORT_REPORT_H_
