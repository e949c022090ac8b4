// testing/cdp.h: a real browser for tests. Starts Debian's chromium
// headless with a fresh profile and talks the Chrome DevTools Protocol to it
// over a pipe (--remote-debugging-pipe: JSON messages ended by a NUL byte on
// file descriptors 3 and 4), so a test can load a page, read the laid-out
// DOM, watch every request and take screenshots, with no network and no
// package beyond chromium and nlohmann-json.
//
//   std::string why;
//   auto browser = tally::testing::Browser::Launch(profile_dir, &why);
//   if (!browser) GTEST_SKIP() << why;
//   std::string page = browser->OpenPage();
//   browser->Call("Page.navigate", {{"url", url}}, page);
//   browser->WaitFor("Page.loadEventFired", 30);
#ifndef TALLY_TESTING_CDP_H_
#define TALLY_TESTING_CDP_H_

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace tally::testing {

using Json = nlohmann::json;

class Browser {
 public:
  // The flags every run uses: headless, no sandbox (containers), no GPU,
  // nothing that would reach for the network.
  static std::vector<std::string> Flags(const std::string& profile_dir) {
    return {"--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
            "--hide-scrollbars",
            "--user-data-dir=" + profile_dir,
            "--remote-debugging-pipe",
            "about:blank"};
  }

  // Starts chromium (CHROMIUM, else /usr/bin/chromium); null with *why set
  // if it is not installed or does not answer.
  static std::unique_ptr<Browser> Launch(const std::string& profile_dir,
                                         std::string* why) {
    const char* env = std::getenv("CHROMIUM");
    std::string exe = env ? env : "/usr/bin/chromium";
    if (::access(exe.c_str(), X_OK) != 0) {
      *why = exe + " is not installed (apt-get install chromium)";
      return nullptr;
    }
    int down[2], up[2];  // we write down, chromium writes up
    if (::pipe(down) != 0 || ::pipe(up) != 0) {
      *why = "pipe failed";
      return nullptr;
    }
    pid_t pid = ::fork();
    if (pid == 0) {
      // fd 3 is what chromium reads, fd 4 what it writes; move the ends
      // out of the way first in case they are 3 or 4 already.
      int r = ::fcntl(down[0], F_DUPFD, 10), w = ::fcntl(up[1], F_DUPFD, 10);
      ::dup2(r, 3);
      ::dup2(w, 4);
      for (int fd = 5; fd < 1024; ++fd) ::close(fd);
      int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, 2);  // chromium's own log lines
      std::vector<std::string> flags = Flags(profile_dir);
      std::vector<char*> argv = {const_cast<char*>(exe.c_str())};
      for (std::string& f : flags) argv.push_back(f.data());
      argv.push_back(nullptr);
      ::execv(exe.c_str(), argv.data());
      ::_exit(127);
    }
    ::close(down[0]);
    ::close(up[1]);
    auto b = std::unique_ptr<Browser>(new Browser(pid, down[1], up[0]));
    Json version = b->Call("Browser.getVersion", Json::object());
    if (!version.contains("product")) {
      *why = "chromium did not answer on the DevTools pipe";
      return nullptr;
    }
    b->product_ = version["product"];
    return b;
  }

  ~Browser() {
    Send("Browser.close", Json::object(), "");
    for (int i = 0; i < 50; ++i) {
      if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = -1;
        break;
      }
      ::usleep(100000);
    }
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    ::close(to_);
    ::close(from_);
  }

  const std::string& product() const { return product_; }

  // A new tab, attached: the session id to pass to Call. Forgets the events
  // received so far.
  std::string OpenPage() {
    events_.clear();
    Json target = Call("Target.createTarget", {{"url", "about:blank"}});
    Json session = Call("Target.attachToTarget",
                        {{"targetId", target["targetId"]}, {"flatten", true}});
    return session.value("sessionId", "");
  }

  // Sends a command and returns its result ({} on an error or a timeout;
  // the error is in last_error()). Events that arrive meanwhile are kept.
  Json Call(const std::string& method, const Json& params,
            const std::string& session = "", double timeout_s = 60) {
    int id = Send(method, params, session);
    last_error_.clear();
    auto deadline = Clock::now() + Seconds(timeout_s);
    while (Clock::now() < deadline) {
      std::optional<Json> m = Read(deadline);
      if (!m) break;
      if (m->contains("id") && (*m)["id"] == id) {
        if (m->contains("error")) {
          last_error_ = (*m)["error"].dump();
          return Json::object();
        }
        return (*m)["result"];
      }
      if (m->contains("method")) events_.push_back(*m);
    }
    if (last_error_.empty()) last_error_ = method + ": no answer";
    return Json::object();
  }

  // Waits for an event (one already received counts), up to timeout_s.
  bool WaitFor(const std::string& method, double timeout_s) {
    auto deadline = Clock::now() + Seconds(timeout_s);
    for (;;) {
      for (const Json& e : events_) {
        if (e["method"] == method) return true;
      }
      if (Clock::now() >= deadline) return false;
      std::optional<Json> m = Read(deadline);
      if (!m) return false;
      if (m->contains("method")) events_.push_back(*m);
    }
  }

  const std::vector<Json>& events() const { return events_; }
  const std::string& last_error() const { return last_error_; }

 private:
  using Clock = std::chrono::steady_clock;
  static Clock::duration Seconds(double s) {
    return std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(s));
  }

  Browser(pid_t pid, int to, int from) : pid_(pid), to_(to), from_(from) {
    ::signal(SIGPIPE, SIG_IGN);
  }

  int Send(const std::string& method, const Json& params,
           const std::string& session) {
    Json m = {{"id", next_id_}, {"method", method}, {"params", params}};
    if (!session.empty()) m["sessionId"] = session;
    std::string bytes = m.dump();
    bytes.push_back('\0');
    for (size_t done = 0; done < bytes.size();) {
      ssize_t n = ::write(to_, bytes.data() + done, bytes.size() - done);
      if (n <= 0) break;
      done += size_t(n);
    }
    return next_id_++;
  }

  std::optional<Json> Read(Clock::time_point deadline) {
    for (;;) {
      size_t end = buffer_.find('\0');
      if (end != std::string::npos) {
        std::string one = buffer_.substr(0, end);
        buffer_.erase(0, end + 1);
        return Json::parse(one, nullptr, /*allow_exceptions=*/false);
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                      deadline - Clock::now())
                      .count();
      if (left <= 0) return std::nullopt;
      pollfd p = {from_, POLLIN, 0};
      if (::poll(&p, 1, int(left)) <= 0) return std::nullopt;
      char buf[1 << 16];
      ssize_t n = ::read(from_, buf, sizeof buf);
      if (n <= 0) return std::nullopt;
      buffer_.append(buf, size_t(n));
    }
  }

  pid_t pid_;
  int to_, from_;
  int next_id_ = 1;
  std::string buffer_, product_, last_error_;
  std::vector<Json> events_;
};

// Standard base64, for the screenshots and PDFs the protocol returns.
inline std::string Base64Decode(const std::string& in) {
  std::string out;
  int value = 0, bits = -8;
  for (char c : in) {
    int d = c >= 'A' && c <= 'Z'   ? c - 'A'
            : c >= 'a' && c <= 'z' ? c - 'a' + 26
            : c >= '0' && c <= '9' ? c - '0' + 52
            : c == '+'             ? 62
            : c == '/'             ? 63
                                   : -1;
    if (d < 0) continue;
    value = (value << 6) | d;
    bits += 6;
    if (bits >= 0) {
      out.push_back(char((value >> bits) & 0xFF));
      bits -= 8;
    }
  }
  return out;
}

}  // namespace tally::testing

#endif  // TALLY_TESTING_CDP_H_
