// Convert: legacy binary office files (.doc, .xls, and WPS Office's .wps
// and .et, which LibreOffice reads as their Microsoft cousins) to PDF (a
// text document, read with its layout by the PDF path) or xlsx (a
// spreadsheet, read cell by cell) with LibreOffice headless.
//
// Each conversion runs soffice.bin itself (not the soffice script and its
// launcher, so there is one process to time out and kill) in a temporary
// directory with its own user profile: conversions never share a profile
// lock, and nothing is left behind. A new profile makes LibreOffice exit
// with code 81 ("restart") once after creating it; it is then run again.
// The process dies with its worker (PR_SET_PDEATHSIG) and is killed past
// the timeout.
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "base/file.h"
#include "formats/internal.h"

namespace tally::formats {
namespace {

namespace fs = std::filesystem;

// soffice.bin: the given path (the soffice script resolved to the binary
// beside it), else found through the soffice on PATH, else Debian's place.
std::string FindSofficeBin(const std::string& given) {
  auto bin_of = [](fs::path p) -> std::string {
    std::error_code ec;
    p = fs::canonical(p, ec);
    if (ec) return "";
    if (p.filename() == "soffice.bin") return p.string();
    fs::path bin = p.parent_path() / "soffice.bin";
    return fs::exists(bin, ec) ? bin.string() : "";
  };
  if (!given.empty()) return bin_of(given);
  if (const char* path = std::getenv("PATH")) {
    std::string_view dirs(path);
    while (!dirs.empty()) {
      size_t colon = dirs.find(':');
      std::string dir(dirs.substr(0, colon));
      dirs = colon == std::string_view::npos ? "" : dirs.substr(colon + 1);
      std::error_code ec;
      fs::path p = fs::path(dir.empty() ? "." : dir) / "soffice";
      if (fs::exists(p, ec)) {
        std::string bin = bin_of(p);
        if (!bin.empty()) return bin;
      }
    }
  }
  return bin_of("/usr/lib/libreoffice/program/soffice.bin");
}

// Runs soffice.bin with args; its exit code, -1 if it could not be started,
// or -2 if it was killed at the deadline.
int RunSoffice(const std::string& bin, const std::vector<std::string>& args,
               const std::string& home,
               std::chrono::steady_clock::time_point deadline) {
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, 0);
      dup2(null, 1);
      dup2(null, 2);
    }
    setenv("HOME", home.c_str(), 1);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(bin.c_str()));
    for (const std::string& a : args)
      argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  for (;;) {
    int status = 0;
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) {
      kill(-pid, SIGKILL);  // anything it left in its group
      if (WIFEXITED(status)) return WEXITSTATUS(status);
      return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    }
    if (done < 0) return -1;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -2;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

StatusOr<std::string> Convert(std::string_view bytes, Format format,
                              Target target, const Options& options) {
  const std::string bin = FindSofficeBin(options.soffice);
  if (bin.empty()) {
    return Unsupported(
        "LibreOffice is not installed (Debian: libreoffice-writer-nogui and "
        "libreoffice-calc-nogui), so a legacy office file cannot be read");
  }
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern =
      std::string(tmp && *tmp ? tmp : "/tmp") + "/tally-office-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) {
    return IOError("cannot make a temporary directory for LibreOffice");
  }
  const fs::path dir = pattern;
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } cleanup{dir};
  // The extension is LibreOffice's first hint; it checks the content too.
  const std::string ext = format == Format::kXls ? "xls" : "doc";
  const fs::path in = dir / ("in." + ext);
  TALLY_RETURN_IF_ERROR(WriteFile(in.string(), bytes));
  const std::vector<std::string> args = {
      "--headless",
      "--norestore",
      "--nologo",
      "--nodefault",
      "--nolockcheck",
      "-env:UserInstallation=file://" + (dir / "profile").string(),
      "--convert-to",
      target == Target::kPdf ? "pdf" : "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      (dir / "out").string(),
      in.string()};
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::seconds(options.convert_timeout_seconds);
  int rc = RunSoffice(bin, args, dir.string(), deadline);
  if (rc == 81) rc = RunSoffice(bin, args, dir.string(), deadline);
  // LibreOffice now and then aborts while it sets up a new profile on a
  // busy machine (exit 134, SIGABRT), whatever the input: a crash is tried
  // once more from a fresh profile before the file is called unreadable (a
  // file that crashes it crashes it again).
  const fs::path out_file =
      dir / "out" / (target == Target::kPdf ? "in.pdf" : "in.xlsx");
  if (rc >= 128 && !fs::exists(out_file)) {
    std::error_code ec;
    fs::remove_all(dir / "profile", ec);
    rc = RunSoffice(bin, args, dir.string(), deadline);
    if (rc == 81) rc = RunSoffice(bin, args, dir.string(), deadline);
  }
  if (rc == -2) {
    return ResourceExhausted("LibreOffice took longer than " +
                             std::to_string(options.convert_timeout_seconds) +
                             " s to convert it");
  }
  if (rc == -1 || rc == 127) return Internal("cannot run " + bin);
  StatusOr<std::string> out = ReadFile(out_file.string());
  if (!out.ok() || out->empty()) {
    return Corrupt(std::string("LibreOffice cannot read it as ") +
                   FormatName(format) + " (exit status " + std::to_string(rc) +
                   ")");
  }
  return out;
}

}  // namespace tally::formats
