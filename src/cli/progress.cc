#include "cli/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace tally::cli {
namespace {

// " ETA H:MM:SS" from the rate so far, once a file has finished.
std::string Eta(const pipeline::Progress& p, double elapsed_s) {
  if (p.files_done <= 0 || elapsed_s <= 0) return "";
  double rate = p.files_done / elapsed_s;
  return " ETA " + FormatSeconds((p.files_total - p.files_done) / rate);
}

}  // namespace

std::string FormatSeconds(double s) {
  char buf[32];
  int t = int(std::max(s, 0.0) + 0.5);
  std::snprintf(buf, sizeof buf, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60);
  return buf;
}

std::string ProgressLine(const pipeline::Progress& p, double elapsed_s,
                         int width) {
  char text[160];
  std::snprintf(text, sizeof text, " %d/%d files %d pages %s%s", p.files_done,
                p.files_total, p.pages_done, FormatSeconds(elapsed_s).c_str(),
                Eta(p, elapsed_s).c_str());
  const int room = std::max(width, 2) - 1;
  const int text_size = int(std::string(text).size());
  // The bar takes what the text leaves, up to 30 columns; none below 5.
  int bar = std::min(30, room - text_size - 2);
  std::string line;
  if (bar >= 5) {
    int filled = p.files_total > 0 ? bar * p.files_done / p.files_total : bar;
    line = "[" + std::string(size_t(std::clamp(filled, 0, bar)), '#');
    line.resize(size_t(bar) + 1, '.');
    line += "]";
  }
  line += text;
  if (int(line.size()) > room) line.resize(size_t(room));  // ASCII only
  return line;
}

std::string ProgressLogLine(const pipeline::Progress& p, double elapsed_s) {
  char line[200];
  std::snprintf(line, sizeof line, "progress: %d/%d files, %d pages, %s%s",
                p.files_done, p.files_total, p.pages_done,
                FormatSeconds(elapsed_s).c_str(), Eta(p, elapsed_s).c_str());
  return line;
}

int TerminalWidth(int fd) {
  struct winsize ws;
  if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

ProgressPrinter::ProgressPrinter(std::ostream& err)
    : err_(err),
      tty_(isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()) {}

void ProgressPrinter::Update(const pipeline::Progress& p) {
  double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
          .count();
  bool last = p.files_done == p.files_total;
  // Progress comes per page: a bar redrawn ten times a second is live
  // enough, and a log line every five seconds is plenty.
  if (!last && elapsed - last_print_ < (tty_ ? 0.1 : 5)) return;
  last_print_ = elapsed;
  if (tty_) {
    // Padded to the width, over what a longer line before left there.
    const int width = TerminalWidth(STDERR_FILENO);
    std::string line = ProgressLine(p, elapsed, width);
    line.resize(std::max(line.size(), size_t(width - 1)), ' ');
    err_ << "\r" << line << (last ? "\n" : "") << std::flush;
  } else {
    err_ << ProgressLogLine(p, elapsed) << "\n" << std::flush;
  }
}

}  // namespace tally::cli
