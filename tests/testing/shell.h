// testing/shell.h: running a command as a user would, for tests of the
// tally binary and the tools around it.
//
//   ShellResult r = Shell(std::string(TALLY_BINARY) + " report --help");
//   EXPECT_EQ(r.code, 0);
#ifndef TALLY_TESTING_SHELL_H_
#define TALLY_TESTING_SHELL_H_

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace tally::testing {

struct ShellResult {
  int code;         // the exit status; -1 if it died by a signal
  std::string out;  // stdout and stderr, interleaved
};

// Runs cmd with /bin/sh, stderr joined to stdout.
inline ShellResult Shell(const std::string& cmd) {
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (p == nullptr) return {-1, "popen failed"};
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  int status = pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

}  // namespace tally::testing

#endif  // TALLY_TESTING_SHELL_H_
