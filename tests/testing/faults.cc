#include "testing/faults.h"

#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "pipeline/worker.h"

namespace tally::testing {
namespace {

// The hook (see faults.h). page_no is 0 for an open task, -1 and -2 for
// assembly.
void InjectFaults(const std::string& path, int page_no) {
  const char* spec = std::getenv("TALLY_FAULT_INJECT");
  if (spec == nullptr) return;
  std::string s = spec;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    std::string item = s.substr(start, end - start);
    start = end + 1;
    size_t colon = item.find(':');
    if (colon == std::string::npos || colon + 1 == item.size()) continue;
    if (path.find(item.substr(colon + 1)) == std::string::npos) continue;
    std::string what = item.substr(0, colon);
    size_t at = what.find('@');
    if (at != std::string::npos) {
      if (std::atoi(what.c_str() + at + 1) != page_no) continue;
      what.resize(at);
    }
    if (what == "crash") {
      // The default action, so that a sanitizer's handler does not turn
      // the death into an exit status: the supervisor must see a signal.
      std::signal(SIGSEGV, SIG_DFL);
      std::raise(SIGSEGV);
    }
    if (what == "sleep") ::usleep(100000);
    if (what == "hang") {
      for (;;) ::pause();
    }
    if (what == "oom") {
#if defined(__SANITIZE_ADDRESS__)
      // No address-space limit under ASan (see RunWorker): simulate it.
      throw std::bad_alloc();
#else
      std::vector<std::unique_ptr<char[]> > hog;
      for (;;) {
        hog.emplace_back(new char[64 << 20]);
        for (size_t i = 0; i < (64u << 20); i += 4096) hog.back()[i] = 1;
      }
#endif
    }
  }
}

}  // namespace

void InstallFaultInjection() { pipeline::SetTaskHook(InjectFaults); }

}  // namespace tally::testing
