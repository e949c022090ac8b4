// pipeline/reextract.h: facts and findings made again from stored pages,
// after the extraction or check rules changed (`tally reextract`).
//
// Input: a database an ingest wrote, and the rules of the running tally.
// For each chosen document (by default every current one whose
// documents.rules_version is not RulesVersion(): stored by older rules, or
// whose extraction failed), a worker process reads its stored pages (the
// normalised text and the boxes mapped into it; the source file is not
// read again, nothing is OCR'd), runs extraction and the checks over them
// exactly as ingest's assembly does (assemble.h, ExtractAndCheck), and
// sends back the metadata, sections, facts, tables, relations and
// findings. The supervisor decodes that reply within bounds, validates it
// against the stored pages (validate.h) and replaces the document's rows in
// one transaction (Store::ReplaceExtracted), recording the new rules
// version. So a document ends as a fresh ingest of the same pages would
// leave it; its pages, lines, boxes, paths and doc_id stay.
//
// Isolation as in ingest: workers run under the same memory limit and a
// document's time limit (60 s + 30 s a page, at most the document timeout,
// at least the page timeout); a document whose worker crashes, overruns or
// runs out of memory keeps what it had and is reported, and the others go
// on. Order and resume: each document is its own transaction, so a run
// killed at any moment leaves every document either as it was or done, and
// the same command finishes the rest.
//
// Normalisation is not run again, and cannot be from what is stored:
// a page's stored text (v_pages.text: pages.text and its page_text parts)
// is always the normaliser's output, never the raw text, for every kind of
// file, and the normaliser's input is not stored whole. lines.raw holds
// each line's text as it went in, but not
//   - the line's fill (layout's measure of how far it reaches across its
//     column), which decides whether a wrapped line is joined to the next
//     (normalize.h step 4; an estimate from the text joins differently);
//   - the layout's spans (which word became which bytes of the line), which
//     map every box, so every fact's provenance, into pages.text;
//   - for a plain-text file, its blank lines, control characters and form
//     feeds (lines.raw leaves them out; NormalizeText reads a blank line as
//     a paragraph break).
// A normaliser change, like any change of reading, is therefore a change
// of the pipeline version (kPipelineVersion holds a hash of the reading
// code, pipeline.h), and ingest reads those files again. Reextract still
// re-extracts such a document from the pages it has (when its rules
// version is stale or it is named), and lists every current document of
// another pipeline version in ReextractSummary::read_by_other_version: they
// need `tally ingest` again.
//
//   pipeline::ReextractOptions options;
//   options.jobs = 2;
//   StatusOr<pipeline::ReextractSummary> s =
//       pipeline::Reextract("tally.sqlite", store, options);
#ifndef TALLY_PIPELINE_REEXTRACT_H_
#define TALLY_PIPELINE_REEXTRACT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "check/check.h"
#include "extract/extract.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace tally::pipeline {

struct ReextractOptions {
  int jobs = 1;  // worker processes; 0 or less means 1
  extract::Options extract;
  check::Options check;
  // As pipeline::Options's.
  double page_timeout_seconds = 120;
  double document_timeout_seconds = 1800;
  int64_t worker_memory_mb = 4096;
  // These documents (current ones, whatever their rules version) instead of
  // the stale ones.
  std::vector<int64_t> docs;
  // Called on the caller's thread as documents finish: files_* count
  // documents, pages_done their stored pages.
  std::function<void(const Progress&)> on_progress;
};

struct ReextractSummary {
  std::string rules_version;  // what the documents done now carry
  int documents = 0;          // chosen
  int done = 0;               // re-extracted and stored
  int findings = 0;           // of the documents done, now stored
  int pages = 0;              // of the documents done
  // Documents left as they were, with the reason (path, "failed", error).
  std::vector<Failure> failures;
  // The paths of the current documents whose pages another pipeline version
  // read (documents.pipeline_version is not kPipelineVersion: reading or
  // normalisation has changed since), done or not, of those named in
  // ReextractOptions::docs or else of all: what reextract cannot renew, as
  // it starts from those pages; ingest reads their files again. Not brought
  // up to date, like the failures (`tally reextract` exits 1).
  std::vector<std::string> read_by_other_version;
  double seconds = 0;
};

// Re-extracts documents of the database at db_path, open as store (read-
// write; the workers open db_path read-only). Fails only if the store fails,
// the rules cannot be loaded or workers cannot be started; a document that
// fails is counted in the summary. NotFound if options.docs names no
// current document. Must be called from a single-threaded process.
StatusOr<ReextractSummary> Reextract(const std::string& db_path,
                                     store::Store* store,
                                     const ReextractOptions& options);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_REEXTRACT_H_
