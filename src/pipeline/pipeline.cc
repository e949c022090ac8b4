#include "pipeline/pipeline.h"

#include <fcntl.h>
#include <fnmatch.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "base/file.h"
#include "base/sha256.h"
#include "pipeline/spool.h"
#include "pipeline/validate.h"
#include "pipeline/wire.h"
#include "pipeline/worker.h"

namespace tally::pipeline {

const char kExtractionFailed[] = "facts and checks left out: ";
// A document's record is held decoded up to this many bytes of its encoding
// (Doc::held): a decoded record takes a few times the memory of its
// encoding, and a window of documents is in flight.
constexpr size_t kHeldBytes = 1u << 20;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
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

std::string Seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, s >= 10 || s == int(s) ? "%.0f s" : "%.1f s",
                s);
  return buf;
}

// A document on its way through the supervisor. Its pages are held as the
// workers encoded them, never decoded here.
struct Doc {
  store::DocumentRecord rec;
  bool ready = false;  // finished, or failed: can be written
  bool skipped = false, other_shard = false;
  bool unchanged = false;      // skipped by its stamp, unread
  bool retry = false;          // stored failed or partial before, read again
  bool other_version = false;  // stored by another pipeline version
  // Skipped, but stored failed or partial by an earlier run: its status and
  // error, reported again.
  std::optional<Failure> still_failed;
  std::vector<std::string> pages;  // encoded PageReads by page_no - 1
  // Its pages cost little to read: the assembling worker reads them
  // (Source::cheap_pages), unless that failed (HandleAssemble).
  bool read_pages = false;
  // The assembled record, as the worker's frames (wire.h) that carry it,
  // each checked as it came; written from here when its turn comes. The
  // parts of a small record are kept as decoded to check them (`held`), so
  // they are not decoded twice; beyond kHeldBytes of frames, the rest wait
  // encoded in `parts`, so that the memory of the documents in flight stays
  // bounded.
  std::vector<wire::Reply> held;
  size_t held_bytes = 0;
  Spool parts;
  std::optional<PartsValidator> validator;  // while the parts come
  std::vector<std::string> notes;           // limits the assembly met
  int pages_stored = 0;                     // pages in the parts
  // Problems, with the page they concern (0: the document), sorted by page
  // when the document is finished.
  std::vector<std::pair<int, std::string>> errors;
  int to_read = 0;  // pages to read: the file's, up to the limit
  int pages_left = 0;
  double spent = 0;   // worker-seconds of its finished tasks
  double budget = 0;  // worker-seconds its pages may take (0: no limit)
  bool over_budget = false;
  bool extract_failed = false;  // the assembly was retried without it
  bool named = false;           // named on the command line (not found)
  bool container = false;       // a zip archive: its members are documents
  std::string not_a_report;     // why it is skipped, when it is
};

// One worker process and the task it is running.
struct WorkerProc {
  pid_t pid = -1;
  int to = -1, from = -1;
  bool busy = false;
  int open_doc = -1;  // the document the worker has open (its cache)
  wire::Task task;
  int frames = 0;    // frames of the task's reply taken so far
  double limit = 0;  // seconds the task may take
  Clock::time_point started;
  std::string buffer;
};

int ShardOf(const std::string& key, int count) {
  // The first 8 hex digits of a sha256 are uniform; a path is hashed first.
  std::string hex = key.size() == 64 ? key : Sha256Hex(key);
  return int(std::stoul(hex.substr(0, 8), nullptr, 16) % uint32_t(count));
}

// Whether a document stored failed or partial for `error` is worth reading
// again: the reasons that depend on the moment (a timeout, a crash, a
// worker out of memory) rather than on the bytes, which a re-run would
// only repeat.
bool Retryable(const std::string& error) {
  static constexpr const char* kTransient[] = {
      "timed out", "time limit", "worker crashed", "worker exited",
      "out of memory"};
  for (const char* t : kTransient) {
    if (error.find(t) != std::string::npos) return true;
  }
  return false;
}

DiscoverOptions DiscoverOptionsOf(const Options& options) {
  DiscoverOptions d;
  d.follow_symlinks = options.follow_symlinks;
  d.include = options.include;
  d.exclude = options.exclude;
  return d;
}

class Supervisor {
 public:
  Supervisor(std::vector<Found> files,
             const std::unordered_set<std::string>& named, store::Store* store,
             const WorkerOptions& worker_options,
             std::unordered_map<std::string, store::Store::Stored> known,
             std::unordered_map<std::string, store::Store::PathStamp> stamps,
             std::unordered_set<std::string> other_versions,
             std::string rules_version, const Options& options)
      : files_(std::move(files)),
        store_(store),
        known_(std::move(known)),
        stamps_(std::move(stamps)),
        other_versions_(std::move(other_versions)),
        rules_version_(std::move(rules_version)),
        options_(options),
        worker_options_(worker_options),
        docs_(files_.size()) {
    for (size_t i = 0; i < files_.size(); ++i) {
      docs_[i].rec.path = Absolute(files_[i].path);
      docs_[i].rec.pipeline_version = kPipelineVersion;
      docs_[i].rec.rules_version = rules_version_;
      docs_[i].named = named.count(files_[i].path) > 0;
    }
  }

  ~Supervisor() {
    StopWriter();
    for (WorkerProc& w : workers_) Stop(&w, /*kill_it=*/true);
    // A run that failed: what its batch held was never acknowledged.
    if (batch_open_) store_->AbortBatch();
    for (int fd : wake_) {
      if (fd >= 0) ::close(fd);
    }
  }

  // The supervisor's thread orders the work: it gives the workers their
  // tasks, takes and checks their replies, and hands the documents that are
  // ready, in order, to a writer thread (Write), which stores them. Writing
  // a document (and committing a batch, with its search index) takes about
  // as long as a worker's task; done between the tasks, it would leave the
  // workers waiting for their next one.
  StatusOr<Summary> Run() {
    auto t0 = Clock::now();
    summary_.files = int(files_.size());
    progress_.files_total = summary_.files;
    if (::pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0) {
      wake_[0] = wake_[1] = -1;
      return Internal(std::string("pipe: ") + std::strerror(errno));
    }
    workers_.resize(size_t(std::max(1, options_.jobs)));
    for (WorkerProc& w : workers_) TALLY_RETURN_IF_ERROR(Spawn(&w));
    writer_ = std::thread([this] { Write(); });
    while (next_hand_ < docs_.size()) {
      TALLY_RETURN_IF_ERROR(WriterStatus());
      QueueOpens();
      TALLY_RETURN_IF_ERROR(Dispatch());
      // (Documents decided unread are ready already: handed before the
      // wait, the writer's news of them ends it.)
      HandOver();
      TALLY_RETURN_IF_ERROR(Wait(1));
      QueueOpens();
      TALLY_RETURN_IF_ERROR(Dispatch());
      HandOver();
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      all_handed_ = true;
    }
    handed_cv_.notify_one();
    writer_.join();
    TALLY_RETURN_IF_ERROR(WriterStatus());
    progress_.files_done = files_written_;
    progress_.last_path = last_written_;
    if (options_.on_progress) options_.on_progress(progress_);
    Summary summary = std::move(written_summary_);
    summary.files = summary_.files;
    summary.stale_rules = summary_.stale_rules;
    summary.seconds = Since(t0);
    return summary;
  }

 private:
  // Documents are opened at most a window ahead of the next one to write:
  // enough to keep every worker busy, few enough to bound memory.
  void QueueOpens() {
    size_t window = 4 * workers_.size() + 4;
    size_t written = written_.load();
    while (next_open_ < docs_.size() && next_open_ < written + window) {
      if (!files_[next_open_].error.empty()) {
        // Not a file to read (a folder that cannot be listed): recorded.
        Doc& d = docs_[next_open_];
        d.rec.file_kind = "unknown";
        d.errors.push_back({0, files_[next_open_].error});
        Finish(&d);
        ++next_open_;
        continue;
      }
      if (Unchanged(next_open_)) {
        ++next_open_;
        continue;
      }
      wire::Task t;
      t.type = wire::Task::kOpen;
      t.doc = uint32_t(next_open_);
      t.path = files_[next_open_].path;
      t.named = docs_[next_open_].named;
      opens_.push_back(std::move(t));
      ++next_open_;
    }
  }

  // Assemblies first, so documents finish in order and memory stays
  // bounded; then pages of the document the worker has open, then new
  // documents, and only then pages of a document another worker opened
  // (which cost this one another read and parse of the file): a short
  // document stays on one worker, a long one is spread over all of them
  // once there is nothing else to do. An assembly that reads its pages
  // itself waits for the worker that has its file open (free as soon as it
  // answered the opening), unless no worker has: another would read and
  // parse the file again (or convert an office file again).
  bool NextTask(const WorkerProc& w, wire::Task* task) {
    auto take = [&](std::deque<wire::Task>& queue,
                    std::deque<wire::Task>::iterator it) {
      *task = std::move(*it);
      queue.erase(it);
      return true;
    };
    auto assemble =
        std::find_if(assembles_.begin(), assembles_.end(), [&](const auto& t) {
          return !t.read_pages || int(t.doc) == w.open_doc ||
                 std::none_of(workers_.begin(), workers_.end(),
                              [&](const WorkerProc& o) {
                                return o.pid > 0 && o.open_doc == int(t.doc);
                              });
        });
    if (assemble != assembles_.end()) return take(assembles_, assemble);
    auto own = std::find_if(pages_.begin(), pages_.end(), [&](const auto& t) {
      return int(t.doc) == w.open_doc;
    });
    if (own != pages_.end()) return take(pages_, own);
    if (!opens_.empty()) return take(opens_, opens_.begin());
    if (!pages_.empty()) return take(pages_, pages_.begin());
    return false;
  }

  // Seconds a task may run: a page's (or an opening's) timeout; for an
  // assembly, what is left of the document's budget, at least that much,
  // unless it reads its pages itself: cheap pages overrunning a page's
  // time mean a bad one, which its own task will find (HandleAssemble).
  double LimitOf(const wire::Task& t) const {
    double limit = options_.page_timeout_seconds;
    const Doc& d = docs_[t.doc];
    if (t.type == wire::Task::kAssemble && !t.read_pages && d.budget > 0) {
      limit = std::max(limit, d.budget - d.spent);
    }
    return limit;
  }

  std::deque<wire::Task>& QueueOf(const wire::Task& t) {
    return t.type == wire::Task::kOpen   ? opens_
           : t.type == wire::Task::kPage ? pages_
                                         : assembles_;
  }

  Status Dispatch() {
    for (WorkerProc& w : workers_) {
      if (w.busy) continue;
      if (w.pid < 0) TALLY_RETURN_IF_ERROR(Spawn(&w));
      if (!NextTask(w, &w.task)) continue;
      if (w.task.type != wire::Task::kAssemble) {
        w.open_doc = int(w.task.doc);  // open and page tasks leave it open
      }
      w.busy = true;
      w.frames = 0;
      w.limit = LimitOf(w.task);
      w.started = Clock::now();
      if (!wire::WriteFrame(w.to, wire::Encode(w.task)).ok()) {
        // It was gone before it took the task: the task goes back to the
        // front of its queue and a fresh worker is started next round.
        w.busy = false;
        QueueOf(w.task).push_front(std::move(w.task));
        Stop(&w, /*kill_it=*/true);
      }
    }
    return Status::OK();
  }

  // Waits for replies, the writer's news or a timeout, up to max_wait_s.
  Status Wait(double max_wait_s) {
    std::vector<pollfd> fds = {{wake_[0], POLLIN, 0}};
    std::vector<WorkerProc*> polled;
    double wait_s = max_wait_s;
    for (WorkerProc& w : workers_) {
      if (!w.busy) continue;
      fds.push_back({w.from, POLLIN, 0});
      polled.push_back(&w);
      wait_s = std::min(wait_s, std::max(w.limit - Since(w.started), 0.0));
    }
    int n =
        ::poll(fds.data(), fds.size(), wait_s > 0 ? int(wait_s * 1000) + 1 : 0);
    if (n < 0 && errno != EINTR) {
      return Internal(std::string("poll: ") + std::strerror(errno));
    }
    if (fds[0].revents & POLLIN) {
      char buf[256];
      while (::read(wake_[0], buf, sizeof buf) > 0) {
      }
      {
        std::lock_guard<std::mutex> lock(mu_);
        progress_.files_done = files_written_;
        progress_.last_path = last_written_;
      }
      if (options_.on_progress) options_.on_progress(progress_);
    }
    for (size_t i = 1; i < fds.size(); ++i) {
      WorkerProc& w = *polled[i - 1];
      if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) Read(&w);
    }
    for (WorkerProc& w : workers_) {
      if (w.busy && Since(w.started) > w.limit) {
        Stop(&w, /*kill_it=*/true);
        Fail(&w, "timed out after " + Seconds(w.limit));
      }
    }
    CheckBudgets();
    return Status::OK();
  }

  // A document whose pages have taken its whole budget: the pages being
  // read are abandoned and the ones not started are not read.
  void CheckBudgets() {
    for (size_t i = next_hand_; i < next_open_; ++i) {
      Doc& d = docs_[i];
      if (d.budget <= 0 || d.pages_left == 0) continue;
      double running = 0;
      for (const WorkerProc& w : workers_) {
        if (w.busy && w.task.doc == i && w.task.type == wire::Task::kPage) {
          running += Since(w.started);
        }
      }
      if (d.spent + running > d.budget) OverBudget(uint32_t(i));
    }
  }

  void OverBudget(uint32_t doc) {
    Doc& d = docs_[doc];
    d.over_budget = true;
    const std::string why = "not read: the document's time limit of " +
                            Seconds(d.budget) + " was reached";
    for (WorkerProc& w : workers_) {
      if (w.busy && w.task.doc == doc && w.task.type == wire::Task::kPage) {
        Stop(&w, /*kill_it=*/true);
        Fail(&w, "", why);
      }
    }
    std::vector<int> dropped;
    std::erase_if(pages_, [&](const wire::Task& t) {
      if (t.doc != doc) return false;
      dropped.push_back(t.page_no);
      return true;
    });
    if (dropped.empty()) return;
    std::sort(dropped.begin(), dropped.end());
    d.errors.push_back(
        {dropped.front(), std::to_string(dropped.size()) + " pages from page " +
                              std::to_string(dropped.front()) + " " + why});
    d.pages_left -= int(dropped.size());
    progress_.pages_done += int(dropped.size());
    if (d.pages_left == 0) PagesDone(doc);
  }

  void Read(WorkerProc* w) {
    char buf[1 << 16];
    // At most 1 MiB a call, so that a worker sending a large record faster
    // than it is taken does not pile it up here: the rest waits in the pipe
    // (and the worker with it) until the frames read are handled.
    for (int chunk = 0; chunk < 16; ++chunk) {
      ssize_t r = ::read(w->from, buf, sizeof buf);
      if (r < 0 && errno == EINTR) continue;
      if (r < 0 && errno == EAGAIN) break;
      if (r <= 0) {
        Died(w);
        return;
      }
      w->buffer.append(buf, size_t(r));
      if (size_t(r) < sizeof buf) break;
    }
    // A reply may come in several frames (an assembled record's parts).
    while (w->busy) {
      std::string frame;
      bool bad = false;
      if (!wire::TakeFrame(&w->buffer, &frame, &bad)) {
        if (bad) {
          Stop(w, /*kill_it=*/true);
          Fail(w, "worker sent a malformed reply");
        }
        break;
      }
      wire::Reply reply;
      if (!wire::Decode(frame, &reply) || reply.type != w->task.type ||
          reply.doc != w->task.doc || reply.page_no != w->task.page_no) {
        Stop(w, /*kill_it=*/true);
        Fail(w, "worker sent a malformed reply");
        break;
      }
      Status part;
      if (w->task.type == wire::Task::kAssemble) {
        part = TakePart(w, frame, &reply);
        if (part.ok() && reply.more) continue;  // the next part follows
        // The parts that would follow a refused one are not wanted.
        if (reply.more) Stop(w, /*kill_it=*/true);
      }
      frame = std::string();
      w->busy = false;
      if (!Handed(w->task.doc)) docs_[w->task.doc].spent += Since(w->started);
      // A worker that ran out of memory exits after replying; reap it now
      // so the next task goes to a fresh one.
      if (reply.status.code() == StatusCode::kResourceExhausted) {
        Stop(w, /*kill_it=*/false);
      }
      if (w->task.type == wire::Task::kAssemble) reply.status = part;
      Handle(std::move(w->task), std::move(reply));
    }
    // A large frame left the buffer large: give the memory back.
    if (w->buffer.capacity() > (1u << 20) && w->buffer.size() < (1u << 16)) {
      w->buffer.shrink_to_fit();
    }
  }

  // One frame of an assembled record: the first has the status, notes and
  // metadata; each, with its part of the lists, is checked and kept in the
  // document's spool, to be written in its turn.
  Status TakePart(WorkerProc* w, std::string_view frame, wire::Reply* reply) {
    if (!reply->status.ok()) return reply->status;
    Doc& d = docs_[w->task.doc];
    if (w->frames++ == 0) {
      d.held.clear();
      d.held_bytes = 0;
      d.parts = Spool();
      d.validator.emplace(d.rec.page_count);
      d.notes = std::move(reply->notes);
      store::DocumentRecord& rec = d.rec;
      const store::DocumentRecord& got = reply->record;
      rec.bureau = got.bureau;
      rec.fiscal_year = got.fiscal_year;
      rec.report_kind = got.report_kind;
      rec.report_date = got.report_date;
      rec.project = got.project;
    }
    TALLY_RETURN_IF_ERROR(d.validator->Add(reply->record, reply->continues_page,
                                           reply->continues_text));
    if (d.parts.empty() && d.held_bytes + frame.size() <= kHeldBytes) {
      d.held_bytes += frame.size();
      wire::Reply& part = d.held.emplace_back();
      part.record = std::move(reply->record);
      part.continues_page = reply->continues_page;
      part.continues_text = reply->continues_text;
      return Status::OK();
    }
    return d.parts.Append(frame);
  }

  // The worker's pipe closed: it crashed, was killed, or exited.
  void Died(WorkerProc* w) {
    int status = 0;
    if (w->pid > 0) ::waitpid(w->pid, &status, 0);
    w->pid = -1;
    Stop(w, /*kill_it=*/false);
    if (!w->busy) return;
    Fail(w, WIFSIGNALED(status)
                ? "worker crashed with " + SignalName(WTERMSIG(status))
                : "worker exited with status " +
                      std::to_string(WEXITSTATUS(status)));
  }

  // Records the busy task of w, which produced no reply, as failed: `why`
  // with what it was doing, or `message` as it is.
  void Fail(WorkerProc* w, const std::string& why,
            const std::string& message = "") {
    w->busy = false;
    if (!Handed(w->task.doc)) docs_[w->task.doc].spent += Since(w->started);
    const wire::Task& task = w->task;
    wire::Reply reply;
    reply.type = task.type;
    reply.doc = task.doc;
    reply.page_no = task.page_no;
    std::string doing =
        task.type == wire::Task::kOpen ? " while opening the file"
        : task.type == wire::Task::kPage
            ? " while reading page " + std::to_string(task.page_no)
            : " while assembling the document "
              "(reading order, extraction, "
              "checks)";
    reply.status = Internal(message.empty() ? why + doing : message);
    Handle(std::move(w->task), std::move(reply));
  }

  void Handle(wire::Task task, wire::Reply reply) {
    // Nothing of a document handed to the writer may change (none of its
    // tasks runs then: a document is ready when they are done or stopped).
    if (Handed(task.doc)) return;
    switch (reply.type) {
      case wire::Task::kOpen:
        HandleOpen(std::move(reply));
        break;
      case wire::Task::kPage:
        HandlePage(std::move(reply));
        break;
      case wire::Task::kAssemble:
        HandleAssemble(std::move(task), std::move(reply));
        break;
    }
    if (options_.on_progress) options_.on_progress(progress_);
  }

  void HandleOpen(wire::Reply reply) {
    Doc& d = docs_[reply.doc];
    store::DocumentRecord& rec = d.rec;
    rec.size = reply.size;
    rec.mtime_ns = reply.mtime_ns;
    rec.sha256 = reply.sha256;
    rec.file_kind = reply.file_kind.empty() ? "unknown" : reply.file_kind;
    d.ready = true;
    if (reply.status.ok() && rec.file_kind == "zip") {
      // An archive is not a document (and not sharded); its members are,
      // after every file found so far. Nothing of it is stored, so a
      // resumed batch lists it again and skips the members it stored.
      d.container = true;
      AddMembers(reply.doc, reply.members);
      return;
    }
    if (Decided(d)) return;
    if (!reply.status.ok()) {
      rec.status = "failed";
      rec.error = reply.status.message();
      return;
    }
    if (!reply.not_a_report.empty()) {
      d.not_a_report = std::move(reply.not_a_report);
      return;
    }
    int count = reply.page_count;
    if (count < 0 || count > options_.max_pages) {
      rec.status = "failed";
      rec.error = "the worker's answer was refused: an impossible page count";
      return;
    }
    rec.page_count = std::max(reply.pages_in_file, count);
    if (!reply.unread.empty()) {
      d.errors.push_back({count + 1, std::move(reply.unread)});
    }
    d.ready = false;  // until its pages are read and assembled
    if (options_.document_timeout_seconds > 0) {
      d.budget =
          std::min(options_.document_timeout_seconds, 60.0 + 30.0 * count);
    }
    d.to_read = count;
    if (reply.cheap_pages && count > 0) {
      d.read_pages = true;
      progress_.pages_done += count;
      PagesDone(reply.doc);
      return;
    }
    QueuePages(reply.doc);
  }

  // Whether the document, its bytes known (d.rec.sha256), needs no reading
  // here: it is another shard's, or stored before and not to be retried
  // (skipped). A document stored by another pipeline version is marked.
  bool Decided(Doc& d) {
    store::DocumentRecord& rec = d.rec;
    std::string key = rec.sha256.empty() ? rec.path : rec.sha256;
    if (options_.shard_count > 1 &&
        ShardOf(key, options_.shard_count) != options_.shard_index) {
      d.other_shard = true;
      return true;
    }
    if (auto it = known_.find(rec.sha256); it != known_.end()) {
      const store::Store::Stored& stored = it->second;
      if (stored.status != "ok" && Retryable(stored.error)) {
        d.retry = true;
        return false;
      }
      d.skipped = true;
      // (A failed document has no pages to extract from.)
      if (stored.status != "failed" && stored.rules_version != rules_version_) {
        ++summary_.stale_rules;
      }
      if (stored.status != "ok") {
        d.still_failed = Failure{rec.path, stored.status, stored.error};
      }
      return true;
    }
    if (other_versions_.count(rec.sha256) > 0) d.other_version = true;
    return false;
  }

  // Decides docs_[doc] without opening it if its file's size and
  // modification time are those recorded with its path when its bytes
  // were read (Options::rehash): true if it needs no reading.
  bool Unchanged(size_t doc) {
    if (stamps_.empty()) return false;
    Doc& d = docs_[doc];
    auto it = stamps_.find(d.rec.path);
    if (it == stamps_.end()) return false;
    const FileStamp now = StampOf(files_[doc].path);
    const store::Store::PathStamp& then = it->second;
    if (now.size != then.size || now.mtime_ns != then.mtime_ns) return false;
    d.rec.sha256 = then.sha256;
    if (!Decided(d)) {
      // To be read: HandleOpen decides again on what it reads.
      d.rec.sha256.clear();
      d.retry = d.other_version = false;
      return false;
    }
    d.rec.size = then.size;
    d.rec.mtime_ns = then.mtime_ns;
    d.unchanged = d.skipped;
    d.ready = true;
    return true;
  }

  // A task for each page of the document (none: it is assembled at once).
  void QueuePages(uint32_t doc) {
    Doc& d = docs_[doc];
    d.pages.assign(size_t(d.to_read), std::string());
    d.pages_left = d.to_read;
    for (int p = 1; p <= d.to_read; ++p) {
      wire::Task t;
      t.type = wire::Task::kPage;
      t.doc = doc;
      t.path = files_[doc].path;
      t.sha256 = d.rec.sha256;
      t.page_no = p;
      pages_.push_back(std::move(t));
    }
    if (d.to_read == 0) PagesDone(doc);
  }

  // Appends the members of the archive docs_[doc] as documents of their
  // own ("ARCHIVE!/MEMBER"), those the include/exclude globs let through.
  void AddMembers(uint32_t doc, const std::vector<std::string>& members) {
    const std::string archive_path = files_[doc].path;
    const std::string archive_abs = docs_[doc].rec.path;
    for (const std::string& name : members) {
      if (!Included(name, options_)) continue;
      files_.push_back({archive_path + "!/" + name, ""});
      Doc& m = docs_.emplace_back();
      m.rec.path = archive_abs + "!/" + name;
      m.rec.pipeline_version = kPipelineVersion;
      m.rec.rules_version = rules_version_;
    }
    summary_.files = int(files_.size());
    progress_.files_total = summary_.files;
  }

  void HandlePage(wire::Reply reply) {
    Doc& d = docs_[reply.doc];
    // A page task killed with its document's budget was counted then.
    if (d.ready || d.pages_left == 0) return;
    ++progress_.pages_done;
    if (!reply.status.ok()) {
      d.errors.push_back({reply.page_no, "page " +
                                             std::to_string(reply.page_no) +
                                             ": " + reply.status.message()});
    } else if (reply.pages.size() == 1) {
      d.pages[size_t(reply.page_no - 1)] = std::move(reply.pages[0]);
    } else {
      d.errors.push_back(
          {reply.page_no, "page " + std::to_string(reply.page_no) +
                              ": the worker's answer was refused"});
    }
    if (--d.pages_left == 0) PagesDone(reply.doc);
  }

  // Every page is read (or failed): the pages go to a worker to assemble.
  void PagesDone(uint32_t doc) {
    Doc& d = docs_[doc];
    wire::Task t;
    t.type = wire::Task::kAssemble;
    t.doc = doc;
    t.path = files_[doc].path;
    t.sha256 = d.rec.sha256;
    t.read_pages = d.read_pages;
    for (std::string& p : d.pages) {
      if (!p.empty()) t.pages.push_back(std::move(p));
    }
    d.pages = {};
    if (t.pages.empty() && !t.read_pages) {
      // Nothing was read: failed, with the pages' reasons.
      if (d.errors.empty()) d.errors.push_back({0, "no page could be read"});
      Finish(&d);
      return;
    }
    assembles_.push_back(std::move(t));
  }

  // The last frame of an assembly (or its failure): reply.status says
  // whether every part came and passed the checks.
  void HandleAssemble(wire::Task task, wire::Reply reply) {
    Doc& d = docs_[reply.doc];
    Status valid = reply.status;
    const int pages = d.validator ? d.validator->pages() : 0;
    d.validator.reset();
    if (!valid.ok()) {
      d.held.clear();
      d.parts = Spool();
      d.notes.clear();
      if (task.read_pages) {
        // The assembly read the pages itself, and a page (or extraction)
        // failed, hung or crashed it: the pages are read again, a task
        // each, so that a bad page costs only itself, with the document's
        // time budget afresh.
        d.read_pages = false;
        d.spent = 0;
        progress_.pages_done -= d.to_read;
        QueuePages(reply.doc);
        return;
      }
      if (task.extract) {
        // Extraction or the checks failed (or a worker died in them): the
        // pages are stored without them, and the reason with them.
        d.extract_failed = true;
        d.rec.rules_version.clear();  // no rules made facts for it
        d.errors.push_back({0, kExtractionFailed + valid.message()});
        task.extract = false;
        assembles_.push_front(std::move(task));
        return;
      }
      d.errors.push_back({0, valid.message()});
      Finish(&d);
      return;
    }
    d.pages_stored = pages;
    for (std::string& note : d.notes) d.errors.push_back({0, std::move(note)});
    d.notes.clear();
    Finish(&d);
  }

  // Status and error from what went wrong: 'ok' if nothing did, 'failed' if
  // no page was stored, else 'partial'.
  void Finish(Doc* d) {
    store::DocumentRecord& rec = d->rec;
    std::stable_sort(
        d->errors.begin(), d->errors.end(),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    rec.status = d->errors.empty()      ? "ok"
                 : d->pages_stored == 0 ? "failed"
                                        : "partial";
    for (const auto& [page, e] : d->errors) {
      rec.error += (rec.error.empty() ? "" : "; ") + e;
    }
    d->ready = true;
  }

  bool Handed(uint32_t doc) const { return doc < next_hand_; }

  // Hands the documents that are ready, in order, to the writer. From then
  // on, the writer alone touches them.
  void HandOver() {
    size_t from = next_hand_;
    while (next_hand_ < docs_.size() && docs_[next_hand_].ready) {
      Doc& d = docs_[next_hand_++];
      d.rec.seconds = d.spent;
    }
    if (next_hand_ == from) return;
    {
      std::lock_guard<std::mutex> lock(mu_);
      for (size_t i = from; i < next_hand_; ++i) handed_.push_back(&docs_[i]);
    }
    handed_cv_.notify_one();
  }

  // The writer thread: stores each document handed to it, in batches
  // (EndBatch), until all are handed over or the run stops. Its store work
  // holds fork_mu_, so that a worker is never forked while the writer is
  // inside a library (a lock held then would stay held in the child).
  void Write() {
    Status s;
    std::unique_lock<std::mutex> lock(mu_);
    while (s.ok()) {
      if (handed_.empty() && !all_handed_ && !stop_) {
        const auto deadline =
            batch_started_ +
            std::chrono::duration_cast<Clock::duration>(
                std::chrono::duration<double>(options_.batch_seconds));
        if (!batch_open_) {
          handed_cv_.wait(lock);
        } else if (handed_cv_.wait_until(lock, deadline) ==
                   std::cv_status::timeout) {
          // A batch is not kept open longer than batch_seconds.
          lock.unlock();
          {
            std::lock_guard<std::mutex> gate(fork_mu_);
            s = EndBatch(/*unless_full=*/false);
          }
          lock.lock();
        }
        continue;
      }
      if (stop_ || handed_.empty()) break;  // (all handed, all written)
      Doc* d = handed_.front();
      handed_.pop_front();
      lock.unlock();
      {
        std::lock_guard<std::mutex> gate(fork_mu_);
        s = WriteOne(*d);
        if (s.ok()) s = EndBatch(/*unless_full=*/true);
      }
      lock.lock();
    }
    if (s.ok() && !stop_) {
      lock.unlock();
      {
        std::lock_guard<std::mutex> gate(fork_mu_);
        s = EndBatch(/*unless_full=*/false);
      }
      lock.lock();
    }
    writer_status_ = s;
    lock.unlock();
    Wake();
  }

  // Tells the supervisor's thread that the writer has news (Wait).
  void Wake() {
    char c = 0;
    [[maybe_unused]] ssize_t r = ::write(wake_[1], &c, 1);  // (full: awake)
  }

  Status WriterStatus() {
    std::lock_guard<std::mutex> lock(mu_);
    return writer_status_;
  }

  // Stops the writer after the document it is writing (a run that failed).
  void StopWriter() {
    if (!writer_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    handed_cv_.notify_one();
    writer_.join();
  }

  // Stores one document handed over (the writer's).
  Status WriteOne(Doc& d) {
    if (!batch_open_) {
      TALLY_RETURN_IF_ERROR(store_->BeginBatch());
      batch_open_ = true;
      batch_started_ = Clock::now();
      batch_documents_ = 0;
    }
    ++batch_documents_;
    Summary& summary = written_summary_;
    if (d.container) {
      ++summary.archives;
    } else if (!d.not_a_report.empty()) {
      summary.not_reports.push_back(
          {d.rec.path, "skipped", std::move(d.not_a_report)});
    } else if (d.other_shard) {
      ++summary.other_shard;
    } else if (d.skipped) {
      ++summary.skipped;
      // Stored already, from this path or another: this path holds the
      // bytes too.
      summary.unchanged += d.unchanged;
      TALLY_RETURN_IF_ERROR(store_->RecordPath(d.rec.path, d.rec.sha256,
                                               d.rec.size, d.rec.mtime_ns));
      if (d.still_failed) summary.still_failed.push_back(*d.still_failed);
    } else {
      StatusOr<store::PutResult> put = d.held.empty() && d.parts.empty()
                                           ? store_->PutDocument(d.rec)
                                           : WriteParts(d);
      if (!put.ok() && put.status().code() == StatusCode::kInvalidArgument) {
        // The record broke a rule of the schema that validation did not
        // foresee: the document is recorded failed, the batch goes on.
        store::DocumentRecord failed;
        failed.path = d.rec.path;
        failed.sha256 = d.rec.sha256;
        failed.size = d.rec.size;
        failed.file_kind = d.rec.file_kind;
        failed.page_count = d.rec.page_count;
        failed.pipeline_version = d.rec.pipeline_version;
        failed.seconds = d.rec.seconds;
        failed.status = "failed";
        failed.error = "could not be stored: " + put.status().message();
        d.rec = std::move(failed);
        d.pages_stored = 0;
        put = store_->PutDocument(d.rec);
      }
      if (!put.ok()) return put.status();
      if (!put->inserted) {
        ++summary.skipped;  // the same bytes twice in one batch
      } else {
        summary.pages += d.pages_stored;
        summary.retried += d.retry;
        summary.other_version += d.other_version;
        if (d.rec.status == "ok") ++summary.ok;
        if (d.rec.status == "partial") ++summary.partial;
        if (d.rec.status == "failed") ++summary.failed;
        if (d.rec.status != "ok") {
          summary.failures.push_back({d.rec.path, d.rec.status, d.rec.error});
        }
      }
    }
    std::string path = std::move(d.rec.path);
    d = Doc();  // free its pages now
    {
      std::lock_guard<std::mutex> lock(mu_);
      last_written_ = std::move(path);
    }
    ++written_;
    Wake();  // (the window of documents to open moves on: QueueOpens)
    return Status::OK();
  }

  // Commits the open batch of documents (Store::BeginBatch), which makes
  // them stored: only then are they counted done. With unless_full, a
  // batch is kept open up to Options::batch_documents: one commit for many
  // documents costs less than one each (store.h, BeginBatch), and the bound
  // (and batch_seconds, Write) keeps what a kill loses small (a resumed run
  // writes it again, nothing is doubled).
  Status EndBatch(bool unless_full) {
    if (!batch_open_) return Status::OK();
    if (unless_full && batch_documents_ < options_.batch_documents &&
        Since(batch_started_) < options_.batch_seconds) {
      return Status::OK();
    }
    batch_open_ = false;
    TALLY_RETURN_IF_ERROR(store_->CommitBatch());
    {
      std::lock_guard<std::mutex> lock(mu_);
      files_written_ = int(written_.load());
    }
    Wake();
    return Status::OK();
  }

  // Writes d.rec (identity, status, metadata) and the parts of its record
  // in one transaction, one part in memory at a time: a page's text in
  // pieces too, each appended to the page as it comes, so that nothing here
  // grows with a page's size.
  StatusOr<store::PutResult> WriteParts(Doc& d) {
    StatusOr<store::PutResult> put = store_->BeginDocument(d.rec);
    if (!put.ok()) return put;
    auto write = [&](const wire::Reply& part) -> Status {
      if (part.continues_text) {
        // (Validated as it came: it follows its page's part.)
        if (part.record.pages.size() != 1) {
          return Internal("a piece of text continues no page");
        }
        return store_->AddPageText(part.record.pages[0].text);
      }
      return store_->AddToDocument(part.record, part.continues_page);
    };
    Status s;
    for (size_t i = 0; s.ok() && i < d.held.size(); ++i) {
      s = write(d.held[i]);
      d.held[i] = wire::Reply();  // written: its memory goes back now
    }
    if (s.ok()) {
      s = d.parts.ForEach([&](std::string_view frame) -> Status {
        wire::Reply part;
        if (!wire::Decode(frame, &part)) {
          return Internal("a part of the record could not be read back");
        }
        return write(part);
      });
    }
    if (s.ok()) s = store_->CommitDocument();
    store_->AbortDocument();  // if anything failed
    if (!s.ok()) return s;
    return put;
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
    pid_t pid;
    {
      std::lock_guard<std::mutex> gate(fork_mu_);  // (Write)
      pid = ::fork();
    }
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
      ::close(wake_[0]);
      ::close(wake_[1]);
      RunWorker(down[0], up[1], worker_options_);
      ::_exit(0);  // no destructors: the parent's objects are not ours
    }
    ::close(down[0]);
    ::close(up[1]);
    // Replies are read as they come, without blocking the supervisor.
    ::fcntl(up[0], F_SETFL, ::fcntl(up[0], F_GETFL) | O_NONBLOCK);
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

  std::vector<Found> files_;  // grows as archives are opened
  store::Store* store_;
  // What this pipeline version stored before, by sha256.
  const std::unordered_map<std::string, store::Store::Stored> known_;
  // The paths' stamps when their bytes were read (empty with rehash).
  const std::unordered_map<std::string, store::Store::PathStamp> stamps_;
  // The sha256 of documents stored by another pipeline version.
  const std::unordered_set<std::string> other_versions_;
  const std::string rules_version_;  // RulesVersion of the extractor
  const Options& options_;
  const WorkerOptions& worker_options_;
  // (A deque: a document handed to the writer stays where it is while
  // the members of archives are added.)
  std::deque<Doc> docs_;
  std::vector<WorkerProc> workers_;
  std::deque<wire::Task> assembles_, pages_, opens_;
  size_t next_open_ = 0;
  size_t next_hand_ = 0;  // the next document to hand to the writer
  Summary summary_;       // files and stale_rules; the writer counts the rest
  Progress progress_;
  int wake_[2] = {-1, -1};  // the writer wakes the supervisor's thread

  // Shared with the writer thread.
  std::thread writer_;
  std::mutex mu_;  // guards what follows, up to the writer's own
  std::condition_variable handed_cv_;
  std::deque<Doc*> handed_;  // handed over, not yet written
  bool all_handed_ = false, stop_ = false;
  Status writer_status_;
  int files_written_ = 0;     // in committed batches (Progress::files_done)
  std::string last_written_;  // Progress::last_path
  std::atomic<size_t> written_{0};  // documents written (QueueOpens)
  std::mutex fork_mu_;              // held by the writer's store work

  // The writer's own.
  bool batch_open_ = false;  // the open batch (EndBatch)
  Clock::time_point batch_started_;
  int batch_documents_ = 0;
  Summary written_summary_;
};

}  // namespace

std::vector<Found> Discover(const std::vector<std::string>& paths,
                            const Options& options) {
  return Discover(paths, DiscoverOptionsOf(options));
}

bool Included(const std::string& path, const Options& options) {
  return Included(path, DiscoverOptionsOf(options));
}

StatusOr<Summary> Ingest(const std::vector<std::string>& paths,
                         store::Store* store, const Options& options) {
  if (options.shard_count < 1 || options.shard_index < 0 ||
      options.shard_index >= options.shard_count) {
    return InvalidArgument("shard index must be in [0, shard count)");
  }
  // Made once, before the workers are forked: they share them.
  auto normalizer = normalize::Normalizer::Create(options.normalize);
  if (!normalizer.ok()) return normalizer.status();
  auto extractor = extract::Extractor::Create(options.extract);
  if (!extractor.ok()) return extractor.status();
  WorkerOptions worker;
  worker.source.pdf = options.pdf;
  worker.source.ocr = options.ocr;
  worker.source.max_pages = options.max_pages;
  worker.assembler.layout = options.layout;
  worker.assembler.check = options.check;
  worker.assembler.normalizer = normalizer->get();
  worker.assembler.extractor = extractor->get();
  worker.memory_limit_mb = options.worker_memory_mb;
  StatusOr<std::vector<store::Store::Stored>> stored =
      store->StoredDocuments(kPipelineVersion);
  if (!stored.ok()) return stored.status();
  std::unordered_map<std::string, store::Store::Stored> known;
  for (store::Store::Stored& s : *stored) known[s.sha256] = std::move(s);
  std::unordered_map<std::string, store::Store::PathStamp> stamps;
  if (!options.rehash) {
    auto read = store->PathStamps();
    if (!read.ok()) return read.status();
    stamps = std::move(*read);
  }
  StatusOr<std::vector<std::string>> others =
      store->OtherVersionDocuments(kPipelineVersion);
  if (!others.ok()) return others.status();
  StatusOr<std::string> rules = RulesVersion(**extractor);
  if (!rules.ok()) return rules.status();
  // A worker that dies makes writes to its pipe fail; that must be an
  // error to handle, not a signal that kills the supervisor.
  ::signal(SIGPIPE, SIG_IGN);
  // Files named on the command line are read whatever they look like.
  std::unordered_set<std::string> named;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) named.insert(p);
  }
  DiscoverStats stats;
  std::vector<Found> files =
      Discover(paths, DiscoverOptionsOf(options), &stats);
  Supervisor supervisor(
      std::move(files), named, store, worker, std::move(known),
      std::move(stamps),
      std::unordered_set<std::string>(others->begin(), others->end()),
      std::move(*rules), options);
  StatusOr<Summary> summary = supervisor.Run();
  if (summary.ok()) {
    summary->links_not_followed = stats.links_not_followed;
    struct rusage self;
    if (::getrusage(RUSAGE_SELF, &self) == 0) {
      summary->supervisor_peak_kib = self.ru_maxrss;
    }
  }
  return summary;
}

}  // namespace tally::pipeline
