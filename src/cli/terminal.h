// cli/terminal.h: output that is safe to show on a terminal.
//
// Paths, messages and page text come from the documents and file names an
// archive holds, and a terminal runs what it is sent: an ESC sequence in a
// file name can clear the screen, rewrite lines or set the window title. A
// SafeOutput passes everything written to it on to the stream it wraps,
// escaping on the way (base/utf8.h EscapeForTerminal): control characters
// other than newline, tab and carriage return (which tally's own output
// uses), C1 controls, bidirectional overrides and bytes that are not UTF-8.
// Every command writes its text through one; only `tally export`, which
// writes data (CSV, JSON lines) rather than text for people, writes to the
// raw stream.
//
// Thread safety: as the stream it wraps.
//
//   SafeOutput out(std::cout);
//   out << path << ": " << message << "\n";  // ESC arrives as \x1B
#ifndef TALLY_CLI_TERMINAL_H_
#define TALLY_CLI_TERMINAL_H_

#include <ostream>
#include <streambuf>
#include <string>

namespace tally::cli {

class SafeBuf : public std::streambuf {
 public:
  explicit SafeBuf(std::ostream& to) : to_(to) {}
  ~SafeBuf() override { sync(); }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  // Writes the complete characters of pending_, keeping a trailing
  // incomplete UTF-8 sequence for the next write (or all of it, if final).
  void Drain(bool final);

  std::ostream& to_;
  std::string pending_;
};

class SafeOutput : public std::ostream {
 public:
  explicit SafeOutput(std::ostream& to) : std::ostream(&buf_), buf_(to) {}

 private:
  SafeBuf buf_;
};

}  // namespace tally::cli

#endif  // TALLY_CLI_TERMINAL_H_
