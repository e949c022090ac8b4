#include "pipeline/pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <new>

#include "pipeline/codec.h"
#include "pipeline/wire.h"

namespace tally::pipeline {
namespace {

// The frames between the pool and its workers.
struct TaskFrame {
  uint32_t index = 0;
  std::string task;
};
struct ResultFrame {
  uint32_t index = 0;
  int code = 0;  // StatusCode
  std::string message, result;
};

}  // namespace

namespace codec {
template <typename A>
void Fields(A& a, TaskFrame& f) {
  a(1, f.index);
  a(2, f.task);
}
template <typename A>
void Fields(A& a, ResultFrame& f) {
  a(1, f.index);
  a(2, f.code);
  a(3, f.message);
  a(4, f.result);
}
}  // namespace codec

namespace {

// Decoding a frame may take at most this much memory: more than any page's
// images.
constexpr int64_t kFrameBudget = int64_t(1) << 31;

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string SignalName(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  const char* desc = sigdescr_np(sig);
  return std::string("SIG") + (abbrev ? abbrev : std::to_string(sig)) +
         (desc ? std::string(" (") + desc + ")" : "");
}

struct Proc {
  pid_t pid = -1;
  int to = -1, from = -1;
  bool busy = false;
  size_t task = 0;
  Clock::time_point started;
  std::string buffer;
};

// A worker's life: tasks in, results out, until the pipe closes.
[[noreturn]] void Serve(int in, int out, const PoolFunction& fn,
                        const PoolOptions& options) {
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  // (AddressSanitizer and ThreadSanitizer reserve terabytes of address
  // space up front.)
  if (options.memory_limit_mb > 0) {
    rlim_t bytes = rlim_t(options.memory_limit_mb) << 20;
    struct rlimit limit = {bytes, bytes};
    setrlimit(RLIMIT_AS, &limit);
  }
#endif
  for (;;) {
    StatusOr<std::string> frame = wire::ReadFrame(in);
    if (!frame.ok()) break;
    TaskFrame in;
    if (!codec::Decode(*frame, &in, kFrameBudget)) break;
    StatusOr<std::string> result = Internal("no result");
    bool out_of_memory = false;
    // The one place exceptions are caught: an allocation that fails under
    // the memory limit must become this task's error, not a crash.
    try {
      result = fn(in.task);
    } catch (const std::bad_alloc&) {
      out_of_memory = true;
    }
    if (out_of_memory) {
      result = Status(StatusCode::kResourceExhausted,
                      "out of memory: the worker's limit of " +
                          std::to_string(options.memory_limit_mb) +
                          " MiB was reached");
    }
    ResultFrame reply;
    reply.index = in.index;
    reply.code = int(result.status().code());
    reply.message = result.status().message();
    if (result.ok()) reply.result = std::move(result).value();
    if (!wire::WriteFrame(out, codec::Encode(reply)).ok()) break;
    // After a failed allocation the libraries' state is suspect.
    if (out_of_memory) break;
  }
  ::_exit(0);  // no destructors: the parent's objects are not ours
}

class Pool {
 public:
  Pool(const std::vector<std::string>& tasks, const PoolFunction& fn,
       const PoolOptions& options, const PoolDone& done)
      : tasks_(tasks),
        fn_(fn),
        options_(options),
        done_(done),
        procs_(size_t(std::max(1, options.jobs))) {}

  ~Pool() {
    for (Proc& p : procs_) Stop(&p, /*kill_it=*/true);
  }

  Status Run() {
    size_t left = tasks_.size();
    while (left > 0) {
      for (Proc& p : procs_) {
        if (p.busy || next_ >= tasks_.size()) continue;
        if (p.pid < 0) TALLY_RETURN_IF_ERROR(Spawn(&p));
        TaskFrame frame;
        frame.index = uint32_t(next_);
        frame.task = tasks_[next_];
        if (!wire::WriteFrame(p.to, codec::Encode(frame)).ok()) {
          Stop(&p, /*kill_it=*/true);  // gone before it took the task
          continue;
        }
        p.busy = true;
        p.task = next_++;
        p.started = Clock::now();
      }
      left -= Wait();
    }
    return Status::OK();
  }

 private:
  // Waits up to a second for results or timeouts; returns how many tasks
  // finished.
  size_t Wait() {
    std::vector<pollfd> fds;
    std::vector<Proc*> polled;
    double wait_s = 1.0;
    for (Proc& p : procs_) {
      if (!p.busy) continue;
      fds.push_back({p.from, POLLIN, 0});
      polled.push_back(&p);
      wait_s = std::min(wait_s, std::max(0.0, Limit(p) - Since(p.started)));
    }
    size_t finished = 0;
    if (fds.empty()) return finished;
    ::poll(fds.data(), fds.size(), int(wait_s * 1000) + 1);
    for (size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        finished += Read(polled[i]);
      }
    }
    for (Proc& p : procs_) {
      if (p.busy && Since(p.started) > Limit(p)) {
        char what[64];
        std::snprintf(what, sizeof what, "timed out after %.0f s", Limit(p));
        Stop(&p, /*kill_it=*/true);
        finished += Fail(&p, what);
      }
    }
    return finished;
  }

  double Limit(const Proc& p) const {
    return p.task < options_.task_timeouts.size()
               ? options_.task_timeouts[p.task]
               : options_.task_timeout_seconds;
  }

  size_t Read(Proc* p) {
    char buf[1 << 16];
    ssize_t n = ::read(p->from, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return 0;
    if (n <= 0) return Died(p);
    p->buffer.append(buf, size_t(n));
    std::string frame;
    bool bad = false;
    if (!wire::TakeFrame(&p->buffer, &frame, &bad)) return bad ? Died(p) : 0;
    ResultFrame reply;
    if (!codec::Decode(frame, &reply, kFrameBudget) || reply.index != p->task ||
        reply.code < 0 || reply.code > int(StatusCode::kInternal)) {
      Stop(p, /*kill_it=*/true);
      return Fail(p, "worker sent a malformed result");
    }
    p->busy = false;
    const StatusCode code = StatusCode(reply.code);
    if (code == StatusCode::kResourceExhausted) {
      Stop(p, /*kill_it=*/false);  // it exits after replying
    }
    if (code == StatusCode::kOk) {
      done_(p->task, std::move(reply.result));
    } else {
      done_(p->task, Status(code, reply.message));
    }
    return 1;
  }

  // The worker's pipe closed: it crashed, was killed, or exited.
  size_t Died(Proc* p) {
    int status = 0;
    if (p->pid > 0) ::waitpid(p->pid, &status, 0);
    p->pid = -1;
    Stop(p, /*kill_it=*/false);
    if (!p->busy) return 0;
    return Fail(p, WIFSIGNALED(status)
                       ? "worker crashed with " + SignalName(WTERMSIG(status))
                       : "worker exited with status " +
                             std::to_string(WEXITSTATUS(status)));
  }

  size_t Fail(Proc* p, const std::string& why) {
    p->busy = false;
    done_(p->task, Internal(why));
    return 1;
  }

  Status Spawn(Proc* p) {
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
      // The worker dies with its parent: a killed run leaves no orphans.
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (::getppid() != parent) ::_exit(0);
      for (const Proc& other : procs_) {
        if (other.to >= 0) ::close(other.to);
        if (other.from >= 0) ::close(other.from);
      }
      ::close(down[1]);
      ::close(up[0]);
      Serve(down[0], up[1], fn_, options_);
    }
    ::close(down[0]);
    ::close(up[1]);
    p->pid = pid;
    p->to = down[1];
    p->from = up[0];
    p->buffer.clear();
    return Status::OK();
  }

  // Closes a worker's pipes (which ends it, if idle) and, if kill_it, kills
  // it; reaps it either way.
  void Stop(Proc* p, bool kill_it) {
    if (p->to >= 0) ::close(p->to);
    if (p->from >= 0) ::close(p->from);
    p->to = p->from = -1;
    if (p->pid > 0) {
      if (kill_it) ::kill(p->pid, SIGKILL);
      ::waitpid(p->pid, nullptr, 0);
    }
    p->pid = -1;
    p->buffer.clear();
  }

  const std::vector<std::string>& tasks_;
  const PoolFunction& fn_;
  const PoolOptions& options_;
  const PoolDone& done_;
  std::vector<Proc> procs_;
  size_t next_ = 0;
};

}  // namespace

Status RunPool(const std::vector<std::string>& tasks, const PoolFunction& fn,
               const PoolOptions& options, const PoolDone& done) {
  if (tasks.empty()) return Status::OK();
  // A worker that dies makes writes to its pipe fail; that must be an error
  // to handle, not a signal that kills this process.
  ::signal(SIGPIPE, SIG_IGN);
  Pool pool(tasks, fn, options, done);
  return pool.Run();
}

}  // namespace tally::pipeline
