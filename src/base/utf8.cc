#include "base/utf8.h"

#include <cstdint>
#include <cstdio>

namespace tally {

char32_t DecodeUtf8Slow(std::string_view s, size_t* pos) {
  size_t i = *pos;
  auto b = static_cast<unsigned char>(s[i]);
  int len;
  char32_t c;
  if (b < 0x80) {
    *pos = i + 1;
    return b;
  }
  if ((b & 0xE0) == 0xC0) {
    len = 2;
    c = b & 0x1F;
  } else if ((b & 0xF0) == 0xE0) {
    len = 3;
    c = b & 0x0F;
  } else if ((b & 0xF8) == 0xF0) {
    len = 4;
    c = b & 0x07;
  } else {
    *pos = i + 1;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    *pos = i + 1;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    auto cb = static_cast<unsigned char>(s[i + k]);
    if ((cb & 0xC0) != 0x80) {
      *pos = i + 1;
      return 0xFFFD;
    }
    c = (c << 6) | (cb & 0x3F);
  }
  // Reject overlong forms, surrogates and out-of-range values.
  static const char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kMin[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    *pos = i + 1;
    return 0xFFFD;
  }
  *pos = i + len;
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(char(c));
  } else if (c < 0x800) {
    out->push_back(char(0xC0 | (c >> 6)));
    out->push_back(char(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(char(0xE0 | (c >> 12)));
    out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(char(0x80 | (c & 0x3F)));
  } else {
    out->push_back(char(0xF0 | (c >> 18)));
    out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(char(0x80 | (c & 0x3F)));
  }
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    char32_t c = DecodeUtf8(s, &i);
    // A literal U+FFFD in the input is 3 bytes; a decoding error advances 1.
    if (c == 0xFFFD && i - start != 3) return false;
  }
  return true;
}

std::string EscapeForTerminal(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char buf[8];
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = DecodeUtf8(s, &i);
    if (c == 0xFFFD && i - start != 3) {
      std::snprintf(buf, sizeof buf, "\\x%02X", unsigned(uint8_t(s[start])));
      out += buf;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (IsControl(c) || (c >= 0x202A && c <= 0x202E) ||
               (c >= 0x2066 && c <= 0x2069)) {
      // Bidirectional overrides too: they reorder what the terminal shows.
      std::snprintf(buf, sizeof buf, c < 0x80 ? "\\x%02X" : "\\u%04X",
                    unsigned(c));
      out += buf;
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) ||
         c == 0x3007;
}

bool IsCjk(char32_t c) {
  return IsHan(c) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF00 && c <= 0xFFEF) || c == 0x201C || c == 0x201D ||
         c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026;
}

bool HasHan(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    if (IsHan(DecodeUtf8(s, &pos))) return true;
  }
  return false;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) DecodeUtf8(s, &i);
  return n;
}

size_t DisplayWidth(std::string_view s) {
  size_t w = 0, i = 0;
  while (i < s.size()) w += IsCjk(DecodeUtf8(s, &i)) ? 2 : 1;
  return w;
}

// Byte by byte, copying runs: ' ' is never part of another character, and
// neither is U+3000's lead byte E3 (a decoder at any byte reaches it as a
// character's start), so these are the characters DecodeUtf8 would find.
std::string Squeeze(std::string_view s) {
  static constexpr std::string_view kIdeographicSpace = "\u3000";
  std::string out;
  out.reserve(s.size());
  size_t run = 0;
  for (size_t i = 0; i < s.size();) {
    size_t n = s[i] == ' '                                  ? 1
               : s.substr(i).starts_with(kIdeographicSpace) ? 3
                                                            : 0;
    if (n == 0) {
      ++i;
      continue;
    }
    out.append(s, run, i - run);
    i += n;
    run = i;
  }
  out.append(s, run);
  return out;
}

std::string_view TrimSpace(std::string_view s) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  };
  for (;;) {
    if (!s.empty() && space(s.front())) {
      s.remove_prefix(1);
    } else if (s.starts_with("\u3000")) {
      s.remove_prefix(3);
    } else if (!s.empty() && space(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with("\u3000")) {
      s.remove_suffix(3);
    } else {
      return s;
    }
  }
}

std::string_view WithoutTrailingNote(std::string_view s) {
  if (!s.ends_with("）") && !s.ends_with(")")) return s;
  size_t wide = s.rfind("（"), narrow = s.rfind('(');
  size_t at = wide == std::string_view::npos     ? narrow
              : narrow == std::string_view::npos ? wide
                                                 : std::max(wide, narrow);
  if (at == std::string_view::npos || at == 0) return s;
  return s.substr(0, at);
}

}  // namespace tally
