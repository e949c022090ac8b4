#include "cli/terminal.h"

#include "base/utf8.h"

namespace tally::cli {

SafeBuf::int_type SafeBuf::overflow(int_type c) {
  if (c != traits_type::eof()) {
    pending_.push_back(char(c));
    if (c == '\n') Drain(false);
  }
  return traits_type::not_eof(c);
}

std::streamsize SafeBuf::xsputn(const char* s, std::streamsize n) {
  pending_.append(s, size_t(n));
  Drain(false);
  return n;
}

int SafeBuf::sync() {
  Drain(true);
  to_.flush();
  return to_ ? 0 : -1;
}

void SafeBuf::Drain(bool final) {
  // Keep an incomplete UTF-8 sequence at the end for the next write.
  size_t keep = 0;
  if (!final) {
    for (size_t back = 1; back <= 3 && back <= pending_.size(); ++back) {
      unsigned char b = pending_[pending_.size() - back];
      if ((b & 0xC0) == 0x80) continue;  // a continuation byte
      int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      if (len > int(back)) keep = back;
      break;
    }
  }
  std::string_view text(pending_.data(), pending_.size() - keep);
  // Newline, tab and carriage return are tally's own (lines, columns, the
  // progress bar); everything else goes through the escaper.
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\t' ||
        text[i] == '\r') {
      to_ << EscapeForTerminal(text.substr(start, i - start));
      if (i < text.size()) to_ << text[i];
      start = i + 1;
    }
  }
  pending_.erase(0, pending_.size() - keep);
}

}  // namespace tally::cli
