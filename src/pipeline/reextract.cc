#include "pipeline/reextract.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>

#include "base/file.h"
#include "base/sha256.h"
#include "pipeline/assemble.h"
#include "pipeline/pool.h"
#include "pipeline/validate.h"
#include "pipeline/wire.h"
#include "pipeline/worker.h"

namespace tally::pipeline {

StatusOr<std::string> RulesVersion(const extract::Extractor& extractor) {
  namespace fs = std::filesystem;
  // Every file of the directory, by name: a rule file, a lexicon and a
  // table of OCR confusions all change what extraction finds.
  std::vector<fs::path> files;
  std::error_code ec;
  for (const fs::directory_entry& e :
       fs::directory_iterator(extractor.patterns_dir(), ec)) {
    if (e.is_regular_file(ec)) files.push_back(e.path());
  }
  if (ec) {
    return IOError(extractor.patterns_dir() + ": " + ec.message());
  }
  std::sort(files.begin(), files.end());
  std::string all = std::string(kRulesCode) + '\0';
  for (const fs::path& f : files) {
    StatusOr<std::string> bytes = ReadFile(f.string());
    if (!bytes.ok()) return bytes.status();
    all += f.filename().string() + '\0' + std::to_string(bytes->size()) + '\0' +
           *bytes;
  }
  return Sha256Hex(all).substr(0, 12);
}

namespace {

// What the supervisor knows of a document before its worker answers.
struct Chosen {
  int64_t doc_id = 0;
  std::string path, status, error, pipeline_version;
  int page_count = 0;  // pages in the file, or the last stored page
  int pages = 0;       // pages stored
};

std::optional<int64_t> Int(const std::optional<std::string>& v) {
  if (!v) return std::nullopt;
  return std::stoll(*v);
}

// The current documents ids names (all if empty), by doc_id.
StatusOr<std::map<int64_t, Chosen>> CurrentDocuments(store::Store* store) {
  StatusOr<store::QueryResult> rows = store->Query(
      "SELECT doc_id, path, status, coalesce(error, ''), page_count,"
      " (SELECT count(*) FROM pages p WHERE p.doc_id = d.doc_id),"
      " (SELECT coalesce(max(page_no), 0) FROM pages p"
      "  WHERE p.doc_id = d.doc_id), pipeline_version"
      " FROM documents d WHERE superseded = 0 ORDER BY doc_id");
  if (!rows.ok()) return rows.status();
  std::map<int64_t, Chosen> docs;
  for (const auto& r : rows->rows) {
    Chosen c;
    c.doc_id = Int(r[0]).value_or(0);
    c.path = r[1].value_or("");
    c.status = r[2].value_or("");
    c.error = r[3].value_or("");
    c.pages = int(Int(r[5]).value_or(0));
    c.page_count = int(std::max(Int(r[4]).value_or(0), Int(r[6]).value_or(0)));
    c.pipeline_version = r[7].value_or("");
    docs[c.doc_id] = std::move(c);
  }
  return docs;
}

// The stored error less the note that extraction had failed (it has not,
// this time), and the status that leaves: a document 'partial' only for
// that is 'ok' now.
void ExtractionSucceeded(const Chosen& doc, store::DocumentRecord* rec) {
  rec->status = doc.status;
  rec->error.clear();
  bool dropped = false;
  for (size_t start = 0; start <= doc.error.size();) {
    size_t end = doc.error.find("; ", start);
    if (end == std::string::npos) end = doc.error.size();
    std::string_view part =
        std::string_view(doc.error).substr(start, end - start);
    if (part.starts_with(kExtractionFailed)) {
      dropped = true;
    } else if (!part.empty()) {
      rec->error += (rec->error.empty() ? "" : "; ") + std::string(part);
    }
    start = end + 2;
  }
  if (dropped && rec->error.empty() && rec->status == "partial") {
    rec->status = "ok";
  }
}

// The stored pages of doc_id, their text only: what a worker's record is
// validated against.
StatusOr<std::vector<store::PageRecord>> StoredPages(store::Store* store,
                                                     int64_t doc_id) {
  StatusOr<store::QueryResult> rows =
      store->Query("SELECT page_no, source, text FROM v_pages WHERE doc_id = " +
                   std::to_string(doc_id) + " ORDER BY page_no");
  if (!rows.ok()) return rows.status();
  std::vector<store::PageRecord> pages;
  for (auto& r : rows->rows) {
    store::PageRecord& p = pages.emplace_back();
    p.page_no = int(Int(r[0]).value_or(0));
    p.source = r[1].value_or("");
    p.text = std::move(r[2]).value_or("");
  }
  return pages;
}

}  // namespace

StatusOr<ReextractSummary> Reextract(const std::string& db_path,
                                     store::Store* store,
                                     const ReextractOptions& options) {
  auto t0 = std::chrono::steady_clock::now();
  // Made before the workers are forked: they share it.
  auto extractor = extract::Extractor::Create(options.extract);
  if (!extractor.ok()) return extractor.status();
  ReextractSummary summary;
  {
    StatusOr<std::string> rules = RulesVersion(**extractor);
    if (!rules.ok()) return rules.status();
    summary.rules_version = std::move(*rules);
  }
  StatusOr<std::map<int64_t, Chosen>> current = CurrentDocuments(store);
  if (!current.ok()) return current.status();
  // Of the documents asked about: those named, or every current one.
  for (const auto& [id, c] : *current) {
    const bool asked = options.docs.empty() ||
                       std::find(options.docs.begin(), options.docs.end(),
                                 id) != options.docs.end();
    if (asked && c.pipeline_version != kPipelineVersion) {
      summary.read_by_other_version.push_back(c.path);
    }
  }
  std::vector<int64_t> ids = options.docs;
  if (ids.empty()) {
    StatusOr<std::vector<int64_t>> stale =
        store->StaleDocuments(summary.rules_version);
    if (!stale.ok()) return stale.status();
    ids = std::move(*stale);
  }
  std::vector<Chosen> chosen;
  for (int64_t id : ids) {
    auto it = current->find(id);
    if (it == current->end()) {
      return NotFound("no current document with doc_id " + std::to_string(id));
    }
    chosen.push_back(it->second);
  }
  summary.documents = int(chosen.size());
  Progress progress;
  progress.files_total = summary.documents;

  std::vector<std::string> tasks;
  PoolOptions pool;
  pool.jobs = options.jobs;
  pool.memory_limit_mb = options.worker_memory_mb;
  pool.task_timeout_seconds = options.page_timeout_seconds;
  std::vector<size_t> index;  // task -> chosen
  for (size_t i = 0; i < chosen.size(); ++i) {
    const Chosen& c = chosen[i];
    if (c.pages == 0) {
      summary.failures.push_back(
          {c.path, "failed", "no page stored: nothing to extract from"});
      ++progress.files_done;
      continue;
    }
    tasks.push_back(std::to_string(c.doc_id));
    index.push_back(i);
    // An ingest's assembly has what is left of the document's budget, at
    // least the page timeout; nothing of it went on reading here.
    double budget =
        options.document_timeout_seconds > 0
            ? std::min(options.document_timeout_seconds, 60.0 + 30.0 * c.pages)
            : 0;
    pool.task_timeouts.push_back(
        std::max(options.page_timeout_seconds, budget));
  }

  const extract::Extractor& rules = **extractor;
  std::unique_ptr<store::Store> reader;  // each worker's own connection
  PoolFunction work = [&](std::string_view task) -> StatusOr<std::string> {
    if (!reader) {
      store::Options ro;
      ro.read_only = true;
      StatusOr<std::unique_ptr<store::Store>> opened =
          store::Store::Open(db_path, ro);
      if (!opened.ok()) return opened.status();
      reader = std::move(*opened);
    }
    StatusOr<store::DocumentRecord> rec =
        reader->ReadDocument(std::stoll(std::string(task)));
    if (!rec.ok()) return rec.status();
    CallTaskHook(rec->path, -3);  // tests' fault injection (worker.h)
    for (store::PageRecord& p : rec->pages) p.lines.clear();
    ExtractAndCheck(rules, options.check, &*rec);
    // The supervisor has the pages; only what extraction made goes back.
    rec->pages.clear();
    wire::Reply reply;
    reply.type = wire::Task::kAssemble;
    reply.record = std::move(*rec);
    std::string encoded = wire::Encode(reply);
    if (encoded.size() > wire::kMaxFrame) {
      return ResourceExhausted("the result is larger than a worker may send");
    }
    return encoded;
  };

  Status database;  // the first store error: the rest is not written
  auto take = [&](const Chosen& c, StatusOr<std::string> result) {
    auto fail = [&](const std::string& why) {
      summary.failures.push_back({c.path, "failed", why});
    };
    if (!database.ok()) return;
    if (!result.ok()) return fail(result.status().message());
    wire::Reply reply;
    if (!wire::Decode(*result, &reply) || reply.type != wire::Task::kAssemble) {
      return fail("the worker's answer could not be read");
    }
    result = std::string();
    store::DocumentRecord rec = std::move(reply.record);
    StatusOr<std::vector<store::PageRecord>> pages =
        StoredPages(store, c.doc_id);
    if (!pages.ok()) {
      database = pages.status();
      return;
    }
    rec.pages = std::move(*pages);
    if (Status valid = ValidateAssembled(rec, c.page_count); !valid.ok()) {
      return fail(valid.message());
    }
    rec.pages.clear();
    ExtractionSucceeded(c, &rec);
    rec.rules_version = summary.rules_version;
    Status put = store->ReplaceExtracted(c.doc_id, rec);
    if (put.code() == StatusCode::kInvalidArgument) {
      return fail("could not be stored: " + put.message());
    }
    if (!put.ok()) {
      database = put;
      return;
    }
    ++summary.done;
    summary.findings += int(rec.findings.size());
    summary.pages += c.pages;
    progress.pages_done += c.pages;
  };
  PoolDone done = [&](size_t t, StatusOr<std::string> result) {
    const Chosen& c = chosen[index[t]];
    take(c, std::move(result));
    ++progress.files_done;
    progress.last_path = c.path;
    if (options.on_progress) options.on_progress(progress);
  };
  TALLY_RETURN_IF_ERROR(RunPool(tasks, work, pool, done));
  TALLY_RETURN_IF_ERROR(database);
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  return summary;
}

}  // namespace tally::pipeline
