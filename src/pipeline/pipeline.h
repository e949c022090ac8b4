// pipeline/pipeline.h: from files on disk to documents in the store.
//
// Input: paths (files, or folders searched recursively). For each file:
// read and hash it, sniff its kind by content, skip it if the store already
// has these bytes from this pipeline version, otherwise read it page by page
// (a PDF page from its text layer when usable, else rendered and OCR'd; an
// image file's pages by OCR; plain text as is), assemble lines in reading
// order, normalise each page, extract facts, metadata, sections and
// indicator tables (extract.h), run the checks (check.h), and write the
// document with all of it, all or nothing. A file that cannot be read
// becomes a 'failed' document with the reason; the batch goes on.
//
// Isolation: the calling process is a supervisor that never reads document
// content; options.jobs worker processes (forked, see worker.h) do all of
// it, one task at a time: open a file, read one page, or assemble a
// document from its pages (assemble.h). A worker that crashes, exceeds its
// memory limit or overruns its time is replaced, and only that page (or
// file) is recorded as failed, with the reason. A document also has a time
// budget for all its pages together (Options::document_timeout_seconds);
// and a document whose extraction or checks fail is stored with its pages
// and the reason. Pages of one document are spread over the workers, so a
// long document uses every core; a short one of text pages (or a text
// file) is read by the worker that assembles it, whose round trips through
// the supervisor would cost more than its pages, and page by page only if
// that fails. What workers send back is decoded within
// bounds and validated (validate.h) before it is written: a batch never
// dies on a file, so a resumed batch never dies on the same file.
//
// Order and resume: the supervisor is the single writer (a thread of its
// own, so that the workers' next tasks wait for no write) and stores
// documents in the order the files were found, a few at a time in one
// transaction (Options::batch_documents), so a batch killed at any moment
// and run again skips what was committed, writes again what was not, and
// ends with the same database as an uninterrupted run. Memory is bounded: at
// most a window of documents beyond the next one to be written is in flight.
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
#include "check/check.h"
#include "extract/extract.h"
#include "layout/layout.h"
#include "normalize/normalize.h"
#include "ocr/ocr.h"
#include "pdf/pdf.h"
#include "pipeline/discover.h"
#include "store/store.h"

namespace tally::pipeline {

// Stored with every document (documents.pipeline_version); a document
// stored by another version, older or newer, is read again by ingest:
// "10.3f9a0c12ab34", TALLY_PIPELINE_VERSION (CMakeLists.txt), a dot, and
// the first 12 hex digits of the build's hash of the code that reads files
// (every reading stage: pdf, formats, ocr, layout, normalize; base; the
// pipeline but for pool, reextract and check_record;
// src/pipeline/CMakeLists.txt). Pages are that code's output, which
// reextract cannot make again, so a change of it changes the version by
// itself; the number is bumped only for what the hash cannot see (the
// libraries that read).
extern const char kPipelineVersion[];

// The extraction and check rules, stored with every document's facts and
// findings (documents.rules_version): the first 12 hex digits of a SHA-256
// over kRulesCode (the build's hash of the extract, check and base sources,
// src/pipeline/CMakeLists.txt) and the files of the patterns directory the
// extractor loaded, "3f9a0c12ab34". A document stored with other rules is
// not read again by ingest; `tally reextract` (reextract.h) re-makes its
// facts and findings from its stored pages.
extern const char kRulesCode[];
StatusOr<std::string> RulesVersion(const extract::Extractor& extractor);

// How a document's error begins when its extraction or checks failed and
// only its pages were stored.
extern const char kExtractionFailed[];

struct Progress {
  int files_total = 0;
  int files_done = 0;  // including skipped and failed
  int pages_done = 0;  // pages read so far, also of files not yet stored
  std::string last_path;
};

struct Options {
  int jobs = 1;  // worker processes; 0 or less means 1
  pdf::Options pdf;
  ocr::Options ocr;
  layout::Options layout;
  normalize::Options normalize;
  extract::Options extract;
  check::Options check;
  // A page (or the opening of a file) taking longer than this is abandoned:
  // its worker is killed and the page recorded as failed. Text-layer pages
  // take milliseconds and OCR'd pages seconds; two minutes means stuck.
  double page_timeout_seconds = 120;
  // The most a document may take, in worker-seconds over all its pages:
  // 60 s + 30 s a page, at most this (0: no cap beyond the per-page one).
  // Pages not read by then are recorded as such (the document is
  // 'partial'). Its assembly (reading order, extraction, checks) has the
  // rest of the budget, and at least page_timeout_seconds; an assembly that
  // reads the pages itself (a short text document, Source::cheap_pages)
  // has page_timeout_seconds, and if it fails the pages are read one task
  // each, with the budget afresh.
  double document_timeout_seconds = 1800;
  // Pages read at most per document; a longer file is stored 'partial',
  // saying so.
  int max_pages = 5000;
  // Address-space limit per worker (MiB); 0 for none. Generous for a
  // 300-dpi page and an OCR engine; it stops a runaway parser, not work.
  int64_t worker_memory_mb = 4096;
  // Follow symbolic links inside folders wherever they lead (by default only
  // those that stay within the folders given; see discover.h).
  bool follow_symlinks = false;
  // Read and hash every file. By default a file whose path, size and
  // modification time are as recorded when its bytes were stored is taken
  // to hold them still, unread (Store::PathStamps): a re-run over a large
  // archive does not read it all again. sha256 stays the identity.
  bool rehash = false;
  // Sharding across machines: this run takes only the files whose sha256
  // falls in shard shard_index of shard_count (0-based), a stable partition;
  // unreadable files are assigned by their path.
  int shard_index = 0, shard_count = 1;
  // Globs (fnmatch) that choose the files found in folders and archives,
  // matched against the path below the folder (or inside the archive) and
  // against the file name: with include, only files matching one of them;
  // never files matching an exclude. Files named on the command line are
  // always read.
  std::vector<std::string> include, exclude;
  // Documents are written in batches, a transaction each
  // (Store::BeginBatch): at most this many documents, or this many seconds
  // since it began, in one. A kill loses at most the batch being written,
  // which the resumed run writes again.
  int batch_documents = 64;
  double batch_seconds = 1;
  // Called on the supervisor's thread after each file and as pages finish
  // (a file counts as done once its batch is committed).
  std::function<void(const Progress&)> on_progress;
};

struct Failure {
  std::string path;
  std::string status;  // "failed" or "partial"; "skipped" in not_reports
  std::string error;
};

struct Summary {
  int files = 0, ok = 0, partial = 0, failed = 0, skipped = 0;
  // Of ok + partial + failed: stored failed or partial by an earlier run
  // for a reason of the moment (a timeout, a crash, out of memory) and read
  // again.
  int retried = 0;
  // Of ok + partial + failed: stored by another pipeline version, read
  // again.
  int other_version = 0;
  // Of skipped: stored with facts and findings from other rules (or none,
  // their extraction having failed); `tally reextract` brings them up to
  // date.
  int stale_rules = 0;
  // Of skipped: the same bytes stored failed or partial by an earlier run
  // for a reason a re-run would repeat (a damaged file); they still count
  // as failing.
  std::vector<Failure> still_failed;
  // Of skipped: found with the size and modification time recorded when
  // their bytes were stored, and not read (Options::rehash).
  int unchanged = 0;
  int other_shard = 0;         // files left to other shards
  int links_not_followed = 0;  // symbolic links out of the folders given
  int archives = 0;            // zip archives walked (members are files)
  // Files found in folders or archives that are not reports (a README, a
  // CSV, code), with the reason; they are not stored.
  std::vector<Failure> not_reports;
  int pages = 0;  // pages processed in this run (skipped files not counted)
  double seconds = 0;
  // The supervisor's own peak resident memory (KiB): what reading hostile
  // input may not make grow, since the workers do all the reading.
  long supervisor_peak_kib = 0;
  std::vector<Failure> failures;
};

// The files Ingest takes from paths (discover.h), with options' include
// and exclude globs and follow_symlinks.
std::vector<Found> Discover(const std::vector<std::string>& paths,
                            const Options& options = Options());
// True if options' include/exclude globs let a found file through.
bool Included(const std::string& path, const Options& options);

// Ingests paths into store. Fails only if the store fails (e.g. the disk is
// full) or workers cannot be started; problems with input files are counted
// in the summary. Must be called from a single-threaded process (workers
// are forked; the writer thread Ingest starts is held still while it forks).
StatusOr<Summary> Ingest(const std::vector<std::string>& paths,
                         store::Store* store, const Options& options);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_PIPELINE_H_
