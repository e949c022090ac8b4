// pipeline/pipeline.h: from files on disk to documents in the store.
//
// Input: paths (files, or folders searched recursively). For each file:
// read and hash it, sniff its kind by content, skip it if the store already
// has these bytes from this pipeline version, otherwise read it (PDF text
// layer per page, or plain text), assemble lines in reading order, normalise
// each page and write the document with its pages, lines and boxes in one
// transaction. A file that cannot be read becomes a 'failed' document with
// the reason; the batch goes on.
//
// Concurrency: options.jobs worker threads process documents; the calling
// thread is the single writer and stores documents in the order the files
// were found, so doc_ids do not depend on timing. Workers run at most
// 2 × jobs documents ahead of the writer, which bounds memory.
//
//   pipeline::Options options;
//   options.jobs = 2;
//   StatusOr<pipeline::Summary> s = pipeline::Ingest({"corpus"}, store,
//   options);
#ifndef TALLY_PIPELINE_PIPELINE_H_
#define TALLY_PIPELINE_PIPELINE_H_

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "layout/layout.h"
#include "normalize/normalize.h"
#include "pdf/pdf.h"
#include "store/store.h"

namespace tally::pipeline {

// Stored with every document; a document stored by another version is
// processed again.
extern const char kPipelineVersion[];

struct Progress {
  int files_total = 0;
  int files_done = 0;  // including skipped and failed
  int pages_done = 0;
  std::string last_path;
};

struct Options {
  int jobs = 1;  // worker threads; 0 or less means 1
  pdf::Options pdf;
  layout::Options layout;
  normalize::Options normalize;
  // Called on the writer thread after each file.
  std::function<void(const Progress&)> on_progress;
};

struct Failure {
  std::string path;
  std::string status;  // "failed" or "partial"
  std::string error;
};

struct Summary {
  int files = 0, ok = 0, partial = 0, failed = 0, skipped = 0;
  int pages = 0;  // pages processed in this run (skipped files not counted)
  double seconds = 0;
  std::vector<Failure> failures;
};

// Expands paths into the files to ingest, in a stable order: each argument
// in turn, a folder's regular files recursively in byte order of their
// paths, hidden entries (".name") skipped. A path that does not exist is
// kept, so that it is reported as a failed document.
std::vector<std::string> Discover(const std::vector<std::string>& paths);

// Processes one file into a record (never fails: problems are in the
// record's status and error). Used by Ingest and by tests.
store::DocumentRecord ProcessFile(const std::string& path,
                                  const normalize::Normalizer& normalizer,
                                  const Options& options);

// Ingests paths into store. Fails only if the store fails (e.g. the disk is
// full); problems with input files are counted in the summary.
StatusOr<Summary> Ingest(const std::vector<std::string>& paths,
                         store::Store* store, const Options& options);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_PIPELINE_H_
