// cli/progress.h: the ingest progress line.
//
// On a terminal the line is redrawn in place, so it must never wrap: it is
// cut to the terminal's width (80 columns when that is unknown). It shows
// what is known: files and pages done, the time so far, and an ETA only once
// a file has finished (before that there is nothing to base one on).
//
//   std::string line = ProgressLine(progress, elapsed_s, /*width=*/80);
#ifndef TALLY_CLI_PROGRESS_H_
#define TALLY_CLI_PROGRESS_H_

#include <chrono>
#include <ostream>
#include <string>

#include "pipeline/pipeline.h"

namespace tally::cli {

// H:MM:SS.
std::string FormatSeconds(double s);

// The bar line for a terminal `width` columns wide: at most width - 1
// characters (the cursor stays on the line), without the leading '\r'.
std::string ProgressLine(const pipeline::Progress& p, double elapsed_s,
                         int width);

// The plain line for a log (not a terminal), without its newline.
std::string ProgressLogLine(const pipeline::Progress& p, double elapsed_s);

// The width of the terminal on fd, or 80 if it is not one or will not say.
int TerminalWidth(int fd);

// Progress on stderr, for ingest and reextract: a redrawn bar on a terminal,
// a plain line every few seconds otherwise (a log file should not fill with
// carriage returns).
class ProgressPrinter {
 public:
  explicit ProgressPrinter(std::ostream& err);
  void Update(const pipeline::Progress& p);

 private:
  std::ostream& err_;
  bool tty_;
  std::chrono::steady_clock::time_point start_;
  double last_print_ = -1e9;
};

}  // namespace tally::cli

#endif  // TALLY_CLI_PROGRESS_H_
