#include "pipeline/pipeline.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <filesystem>
#include <optional>
#include <unordered_set>

#include "base/sha256.h"
#include "check/check.h"
#include "pipeline/check_record.h"
#include "pipeline/wire.h"
#include "pipeline/worker.h"

namespace tally::pipeline {

const char kPipelineVersion[] = TALLY_PIPELINE_VERSION;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Maps every word to the bytes of the normalised text it became, through
// the normaliser's offsets (output byte -> input byte) and the layout's
// spans (input byte -> word). Words that became nothing keep [0, 0).
void MapBoxes(const PageContent& content,
              const std::vector<const layout::Line*>& lines,
              const std::vector<uint32_t>& line_starts,
              const normalize::Normalized& norm, store::PageRecord* page) {
  std::vector<uint32_t> begin(content.words.size(), UINT32_MAX);
  std::vector<uint32_t> end(content.words.size(), 0);
  size_t li = 0;
  for (size_t i = 0; i < norm.text.size() && !lines.empty(); ++i) {
    uint32_t off = norm.offsets[i];
    while (li + 1 < line_starts.size() && line_starts[li + 1] <= off) ++li;
    uint32_t in_line = off - line_starts[li];
    const auto& spans = lines[li]->spans;
    auto it = std::upper_bound(
        spans.begin(), spans.end(), in_line,
        [](uint32_t v, const layout::Span& s) { return v < s.begin; });
    if (it == spans.begin()) continue;
    --it;
    if (in_line >= it->end) continue;
    begin[it->word] = std::min(begin[it->word], uint32_t(i));
    end[it->word] = std::max(end[it->word], uint32_t(i + 1));
  }
  page->boxes.reserve(content.words.size());
  for (size_t w = 0; w < content.words.size(); ++w) {
    const Word& word = content.words[w];
    store::BoxRecord b;
    b.box = word.box;
    b.text = word.text;
    b.font_size = word.font_size;
    b.confidence = word.confidence;
    b.ocr_raw = word.raw;
    if (begin[w] != UINT32_MAX) {
      b.text_begin = begin[w];
      b.text_end = end[w];
    }
    page->boxes.push_back(std::move(b));
  }
}

store::PageRecord BuildPage(const wire::Reply& read,
                            const layout::PageLayout& layout,
                            const normalize::Normalizer& normalizer) {
  const PageContent& content = read.content;
  store::PageRecord page;
  page.page_no = content.page_no;
  page.source = read.source;
  page.route_reason = read.route_reason;
  page.ocr_confidence = read.ocr_confidence;
  page.width = content.width;
  page.height = content.height;
  std::vector<normalize::InputLine> inputs;
  std::vector<const layout::Line*> body;
  std::vector<uint32_t> starts;
  uint32_t pos = 0;
  for (const layout::Line& line : layout.lines) {
    page.lines.push_back(
        {layout::LineKindName(line.kind), line.text, line.box});
    if (line.kind != layout::LineKind::kBody &&
        line.kind != layout::LineKind::kTableRow) {
      continue;  // headers, footers and page numbers stay out of the text
    }
    inputs.push_back(
        {line.text, line.fill, line.kind == layout::LineKind::kTableRow});
    body.push_back(&line);
    starts.push_back(pos);
    pos += uint32_t(line.text.size()) + 1;
  }
  normalize::Normalized norm = normalizer.Normalize(inputs);
  MapBoxes(content, body, starts, norm, &page);
  page.text = std::move(norm.text);
  return page;
}

// Plain text (a .txt or .md extraction): pages split at form feeds, as
// pdftotext writes them; no geometry, so no boxes.
void ProcessText(std::string_view bytes,
                 const normalize::Normalizer& normalizer,
                 store::DocumentRecord* doc) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);  // BOM
  size_t start = 0;
  int page_no = 0;
  while (start <= bytes.size()) {
    size_t ff = bytes.find('\f', start);
    std::string_view chunk = bytes.substr(start, ff == std::string_view::npos
                                                     ? std::string_view::npos
                                                     : ff - start);
    store::PageRecord page;
    page.page_no = ++page_no;
    page.source = "text";
    page.route_reason = "plain text file";
    page.text = normalizer.NormalizeText(chunk).text;
    size_t ls = 0;
    while (ls < chunk.size()) {
      size_t nl = chunk.find('\n', ls);
      if (nl == std::string_view::npos) nl = chunk.size();
      if (nl > ls)
        page.lines.push_back(
            {"body", std::string(chunk.substr(ls, nl - ls)), Box()});
      ls = nl + 1;
    }
    doc->pages.push_back(std::move(page));
    if (ff == std::string_view::npos) break;
    start = ff + 1;
  }
  // A trailing form feed leaves an empty last page; drop it.
  if (doc->pages.size() > 1 && doc->pages.back().text.empty()) {
    doc->pages.pop_back();
  }
  doc->page_count = int(doc->pages.size());
  doc->status = "ok";
}

std::string Absolute(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  return ec ? path : p.lexically_normal().string();
}

std::string SignalName(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  const char* desc = sigdescr_np(sig);
  return std::string("SIG") + (abbrev ? abbrev : std::to_string(sig)) +
         (desc ? std::string(" (") + desc + ")" : "");
}

// A document on its way through the supervisor.
struct Doc {
  store::DocumentRecord rec;
  bool ready = false;  // opened, and every page read: can be written
  bool skipped = false, other_shard = false;
  std::string text;                 // a plain-text file's bytes
  std::vector<wire::Reply> pages;   // page replies, indexed page_no - 1
  std::vector<std::string> errors;  // per-page problems, in page order
  int pages_left = 0;
};

// One worker process and the task it is running.
struct WorkerProc {
  pid_t pid = -1;
  int to = -1, from = -1;
  bool busy = false;
  int open_doc = -1;  // the document the worker has open (its cache)
  wire::Task task;
  Clock::time_point started;
  std::string buffer;
};

// Facts, metadata, sections and indicator tables from the page text as it
// will be stored (the text `tally check` later reads), and the findings of
// the checks over them, into the record.
void ExtractAndCheck(const extract::Extractor& extractor,
                     store::DocumentRecord* rec) {
  std::vector<extract::Page> pages;
  pages.reserve(rec->pages.size());
  for (const store::PageRecord& p : rec->pages) {
    extract::Page& page = pages.emplace_back();
    page.page_no = p.page_no;
    page.text = p.text;
    page.source = p.source;
    page.boxes.reserve(p.boxes.size());
    for (const store::BoxRecord& b : p.boxes) {
      page.boxes.push_back({b.box, b.text_begin, b.text_end, b.confidence});
    }
  }
  extract::Extracted out = extractor.Extract(pages);
  rec->bureau = std::move(out.bureau);
  rec->fiscal_year = out.fiscal_year;
  rec->report_kind = std::move(out.report_kind);
  rec->report_date = std::move(out.report_date);
  rec->project = std::move(out.project);
  rec->sections = std::move(out.sections);
  rec->facts = std::move(out.facts);
  rec->indicators = std::move(out.indicators);
  rec->budgets = std::move(out.budgets);
  // The checks run here too, so a fresh ingest has its findings in the same
  // transaction; `tally check` re-runs them from the database alone.
  for (size_t i = 0; i < rec->facts.size(); ++i) {
    rec->facts[i].fact_id = int64_t(i) + 1;  // the record's names for them
  }
  rec->findings = CheckRecord(*rec, check::Options());
}

// Turns a document's pages into the record to store: reading order across
// pages (furniture needs them all), normalisation per page, then extraction.
void Assemble(const normalize::Normalizer& normalizer,
              const extract::Extractor& extractor, const Options& options,
              Doc* doc) {
  store::DocumentRecord& rec = doc->rec;
  if (!rec.status.empty()) return;  // failed when opened
  if (rec.file_kind == "text") {
    ProcessText(doc->text, normalizer, &rec);
    ExtractAndCheck(extractor, &rec);
    return;
  }
  std::vector<layout::PageLayout> layouts;
  std::vector<const wire::Reply*> reads;
  for (const wire::Reply& r : doc->pages) {
    if (!r.status.ok()) continue;
    layouts.push_back(layout::AssemblePage(r.content, options.layout));
    reads.push_back(&r);
  }
  layout::FinishDocument(&layouts, options.layout);
  for (size_t i = 0; i < reads.size(); ++i) {
    rec.pages.push_back(BuildPage(*reads[i], layouts[i], normalizer));
  }
  rec.status = doc->errors.empty() ? "ok"
               : reads.empty()     ? "failed"
                                   : "partial";
  for (const std::string& e : doc->errors) {
    rec.error += (rec.error.empty() ? "" : "; ") + e;
  }
  ExtractAndCheck(extractor, &rec);
}

int ShardOf(const std::string& key, int count) {
  // The first 8 hex digits of a sha256 are uniform; a path is hashed first.
  std::string hex = key.size() == 64 ? key : Sha256Hex(key);
  return int(std::stoul(hex.substr(0, 8), nullptr, 16) % uint32_t(count));
}

class Supervisor {
 public:
  Supervisor(std::vector<std::string> files, store::Store* store,
             const normalize::Normalizer& normalizer,
             const extract::Extractor& extractor,
             std::unordered_set<std::string> known, const Options& options)
      : files_(std::move(files)),
        store_(store),
        normalizer_(normalizer),
        extractor_(extractor),
        known_(std::move(known)),
        options_(options),
        docs_(files_.size()) {
    worker_options_.pdf = options.pdf;
    worker_options_.ocr = options.ocr;
    worker_options_.memory_limit_mb = options.worker_memory_mb;
    for (size_t i = 0; i < files_.size(); ++i) {
      docs_[i].rec.path = Absolute(files_[i]);
      docs_[i].rec.pipeline_version = kPipelineVersion;
    }
  }

  ~Supervisor() {
    for (WorkerProc& w : workers_) Stop(&w, /*kill_it=*/true);
  }

  StatusOr<Summary> Run() {
    auto t0 = Clock::now();
    summary_.files = int(files_.size());
    progress_.files_total = summary_.files;
    workers_.resize(size_t(std::max(1, options_.jobs)));
    for (WorkerProc& w : workers_) TALLY_RETURN_IF_ERROR(Spawn(&w));
    while (next_write_ < docs_.size()) {
      QueueOpens();
      TALLY_RETURN_IF_ERROR(Dispatch());
      TALLY_RETURN_IF_ERROR(Wait());
      // Workers get their next task before the supervisor assembles and
      // writes, so the two overlap.
      QueueOpens();
      TALLY_RETURN_IF_ERROR(Dispatch());
      TALLY_RETURN_IF_ERROR(WriteReady());
    }
    summary_.seconds = Since(t0);
    return summary_;
  }

 private:
  // Documents are opened at most a window ahead of the next one to write:
  // enough to keep every worker busy, few enough to bound memory.
  void QueueOpens() {
    size_t window = 4 * workers_.size() + 4;
    while (next_open_ < docs_.size() && next_open_ < next_write_ + window) {
      wire::Task t;
      t.type = wire::Task::kOpen;
      t.doc = uint32_t(next_open_);
      t.path = files_[next_open_];
      opens_.push_back(std::move(t));
      ++next_open_;
    }
  }

  // Pages before opens, so documents finish in order and memory stays
  // bounded; and a worker gets pages of the document it has open when there
  // are any, so it need not read and parse another file.
  bool NextTask(const WorkerProc& w, wire::Task* task) {
    if (!pages_.empty()) {
      auto it = std::find_if(
          pages_.begin(), pages_.end(),
          [&](const wire::Task& t) { return int(t.doc) == w.open_doc; });
      if (it == pages_.end()) it = pages_.begin();
      *task = std::move(*it);
      pages_.erase(it);
      return true;
    }
    if (opens_.empty()) return false;
    *task = std::move(opens_.front());
    opens_.pop_front();
    return true;
  }

  Status Dispatch() {
    for (WorkerProc& w : workers_) {
      if (w.busy) continue;
      if (w.pid < 0) TALLY_RETURN_IF_ERROR(Spawn(&w));
      if (!NextTask(w, &w.task)) break;
      w.open_doc = int(w.task.doc);  // Worker::Open/Page leave it open
      w.busy = true;
      w.started = Clock::now();
      if (!wire::WriteFrame(w.to, wire::Encode(w.task)).ok()) {
        // It was gone before it took the task: the task goes back to the
        // front of the queue and a fresh worker is started next round.
        w.busy = false;
        auto& queue = w.task.type == wire::Task::kOpen ? opens_ : pages_;
        queue.push_front(std::move(w.task));
        Stop(&w, /*kill_it=*/true);
      }
    }
    return Status::OK();
  }

  // Waits for replies or a timeout, up to a second (for progress).
  Status Wait() {
    std::vector<pollfd> fds;
    std::vector<WorkerProc*> polled;
    double wait_s = 1.0;
    for (WorkerProc& w : workers_) {
      if (!w.busy) continue;
      fds.push_back({w.from, POLLIN, 0});
      polled.push_back(&w);
      double left = options_.page_timeout_seconds - Since(w.started);
      wait_s = std::min(wait_s, std::max(left, 0.0));
    }
    if (fds.empty()) return Status::OK();
    int n = ::poll(fds.data(), fds.size(), int(wait_s * 1000) + 1);
    if (n < 0 && errno != EINTR) {
      return Internal(std::string("poll: ") + std::strerror(errno));
    }
    for (size_t i = 0; i < fds.size(); ++i) {
      WorkerProc& w = *polled[i];
      if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) Read(&w);
    }
    for (WorkerProc& w : workers_) {
      if (w.busy && Since(w.started) > options_.page_timeout_seconds) {
        char what[128];
        std::snprintf(what, sizeof what, "timed out after %.0f s",
                      options_.page_timeout_seconds);
        Stop(&w, /*kill_it=*/true);
        Fail(w.task, what);
        w.busy = false;
      }
    }
    return Status::OK();
  }

  void Read(WorkerProc* w) {
    char buf[1 << 16];
    ssize_t r = ::read(w->from, buf, sizeof buf);
    if (r < 0 && (errno == EINTR || errno == EAGAIN)) return;
    if (r <= 0) {
      Died(w);
      return;
    }
    w->buffer.append(buf, size_t(r));
    std::string frame;
    bool bad = false;
    if (!wire::TakeFrame(&w->buffer, &frame, &bad)) {
      if (bad) Died(w);
      return;
    }
    wire::Reply reply;
    if (!wire::Decode(frame, &reply) || reply.doc != w->task.doc ||
        reply.page_no != w->task.page_no) {
      Stop(w, /*kill_it=*/true);
      Fail(w->task, "worker sent a malformed reply");
      w->busy = false;
      return;
    }
    w->busy = false;
    // A worker that ran out of memory exits after replying; reap it now so
    // the next task goes to a fresh one.
    if (reply.status.code() == StatusCode::kResourceExhausted) {
      Stop(w, /*kill_it=*/false);
    }
    Handle(std::move(reply));
  }

  // The worker's pipe closed: it crashed, was killed, or exited.
  void Died(WorkerProc* w) {
    int status = 0;
    if (w->pid > 0) ::waitpid(w->pid, &status, 0);
    w->pid = -1;
    Stop(w, /*kill_it=*/false);
    if (!w->busy) return;
    w->busy = false;
    std::string why =
        WIFSIGNALED(status)
            ? "worker crashed with " + SignalName(WTERMSIG(status))
            : "worker exited with status " +
                  std::to_string(WEXITSTATUS(status));
    Fail(w->task, why);
  }

  // Records a task that produced no reply.
  void Fail(const wire::Task& task, const std::string& why) {
    wire::Reply reply;
    reply.type = task.type;
    reply.doc = task.doc;
    reply.page_no = task.page_no;
    reply.status = Internal(task.type == wire::Task::kOpen
                                ? why + " while opening the file"
                                : why + " while reading page " +
                                      std::to_string(task.page_no));
    Handle(std::move(reply));
  }

  void Handle(wire::Reply reply) {
    Doc& d = docs_[reply.doc];
    if (reply.type == wire::Task::kOpen) {
      HandleOpen(&d, std::move(reply));
    } else {
      ++progress_.pages_done;
      if (!reply.status.ok()) {
        d.errors.push_back("page " + std::to_string(reply.page_no) + ": " +
                           reply.status.message());
      }
      d.pages[size_t(reply.page_no - 1)] = std::move(reply);
      if (--d.pages_left == 0) d.ready = true;
    }
    if (options_.on_progress) options_.on_progress(progress_);
  }

  void HandleOpen(Doc* d, wire::Reply reply) {
    store::DocumentRecord& rec = d->rec;
    rec.size = reply.size;
    rec.sha256 = reply.sha256;
    rec.file_kind = reply.file_kind.empty() ? "unknown" : reply.file_kind;
    d->ready = true;
    std::string key = rec.sha256.empty() ? rec.path : rec.sha256;
    if (options_.shard_count > 1 &&
        ShardOf(key, options_.shard_count) != options_.shard_index) {
      d->other_shard = true;
      return;
    }
    if (!rec.sha256.empty() && known_.count(rec.sha256)) {
      d->skipped = true;
      return;
    }
    if (!reply.status.ok()) {
      rec.status = "failed";
      rec.error = reply.status.message();
      return;
    }
    if (rec.file_kind == "text") {
      d->text = std::move(reply.text);
      return;
    }
    rec.page_count = reply.page_count;
    d->pages.resize(size_t(rec.page_count));
    d->pages_left = rec.page_count;
    d->ready = false;  // until its pages are read
    for (int p = 1; p <= rec.page_count; ++p) {
      wire::Task t;
      t.type = wire::Task::kPage;
      t.doc = reply.doc;
      t.path = files_[reply.doc];
      t.sha256 = rec.sha256;
      t.page_no = p;
      pages_.push_back(std::move(t));
    }
  }

  Status WriteReady() {
    while (next_write_ < docs_.size() && docs_[next_write_].ready) {
      Doc& d = docs_[next_write_];
      d.rec.seconds = 0;
      if (d.other_shard) {
        ++summary_.other_shard;
      } else if (d.skipped) {
        ++summary_.skipped;
      } else {
        auto t = Clock::now();
        Assemble(normalizer_, extractor_, options_, &d);
        d.rec.seconds = Since(t);
        StatusOr<store::PutResult> put = store_->PutDocument(d.rec);
        if (!put.ok()) return put.status();
        if (!put->inserted) {
          ++summary_.skipped;  // the same bytes twice in one batch
        } else {
          summary_.pages += int(d.rec.pages.size());
          if (d.rec.status == "ok") ++summary_.ok;
          if (d.rec.status == "partial") ++summary_.partial;
          if (d.rec.status == "failed") ++summary_.failed;
          if (d.rec.status != "ok") {
            summary_.failures.push_back(
                {d.rec.path, d.rec.status, d.rec.error});
          }
        }
      }
      progress_.files_done = int(next_write_ + 1);
      progress_.last_path = d.rec.path;
      if (options_.on_progress) options_.on_progress(progress_);
      d = Doc();  // free its pages now
      ++next_write_;
    }
    return Status::OK();
  }

  Status Spawn(WorkerProc* w) {
    int down[2], up[2];
    if (::pipe2(down, O_CLOEXEC) != 0) {
      return Internal(std::string("pipe: ") + std::strerror(errno));
    }
    if (::pipe2(up, O_CLOEXEC) != 0) {
      ::close(down[0]);
      ::close(down[1]);
      return Internal(std::string("pipe: ") + std::strerror(errno));
    }
    pid_t parent = ::getpid();
    pid_t pid = ::fork();
    if (pid < 0) {
      for (int fd : {down[0], down[1], up[0], up[1]}) ::close(fd);
      return Internal(std::string("fork: ") + std::strerror(errno));
    }
    if (pid == 0) {
      // The worker dies with the supervisor: a killed batch leaves no
      // orphans behind to race the resumed one.
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (::getppid() != parent) ::_exit(0);
      for (const WorkerProc& other : workers_) {
        if (other.to >= 0) ::close(other.to);
        if (other.from >= 0) ::close(other.from);
      }
      ::close(down[1]);
      ::close(up[0]);
      RunWorker(down[0], up[1], worker_options_);
      ::_exit(0);  // no destructors: the parent's objects are not ours
    }
    ::close(down[0]);
    ::close(up[1]);
    w->pid = pid;
    w->open_doc = -1;
    w->to = down[1];
    w->from = up[0];
    w->buffer.clear();
    return Status::OK();
  }

  // Closes a worker's pipes (which ends it, if idle) and, if kill_it, kills
  // and reaps it.
  void Stop(WorkerProc* w, bool kill_it) {
    if (w->to >= 0) ::close(w->to);
    if (w->from >= 0) ::close(w->from);
    w->to = w->from = -1;
    if (w->pid > 0) {
      if (kill_it) ::kill(w->pid, SIGKILL);
      ::waitpid(w->pid, nullptr, 0);
    }
    w->pid = -1;
    w->buffer.clear();
  }

  const std::vector<std::string> files_;
  store::Store* store_;
  const normalize::Normalizer& normalizer_;
  const extract::Extractor& extractor_;
  const std::unordered_set<std::string> known_;
  const Options& options_;
  WorkerOptions worker_options_;
  std::vector<Doc> docs_;
  std::vector<WorkerProc> workers_;
  std::deque<wire::Task> pages_, opens_;
  size_t next_open_ = 0, next_write_ = 0;
  Summary summary_;
  Progress progress_;
};

}  // namespace

std::vector<std::string> Discover(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      out.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(
        path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

StatusOr<Summary> Ingest(const std::vector<std::string>& paths,
                         store::Store* store, const Options& options) {
  if (options.shard_count < 1 || options.shard_index < 0 ||
      options.shard_index >= options.shard_count) {
    return InvalidArgument("shard index must be in [0, shard count)");
  }
  auto normalizer = normalize::Normalizer::Create(options.normalize);
  if (!normalizer.ok()) return normalizer.status();
  auto extractor = extract::Extractor::Create(options.extract);
  if (!extractor.ok()) return extractor.status();
  StatusOr<std::vector<std::string>> stored =
      store->StoredHashes(kPipelineVersion);
  if (!stored.ok()) return stored.status();
  // A worker that dies makes writes to its pipe fail; that must be an
  // error to handle, not a signal that kills the supervisor.
  ::signal(SIGPIPE, SIG_IGN);
  Supervisor supervisor(Discover(paths), store, **normalizer, **extractor,
                        {stored->begin(), stored->end()}, options);
  return supervisor.Run();
}

}  // namespace tally::pipeline
