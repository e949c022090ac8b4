// base/utf8.h: small UTF-8 helpers for stages that must not pull in ICU.
//
// Decoding is lenient: an invalid byte decodes as U+FFFD and advances one
// byte, so a damaged text layer can never make a loop stall.
#ifndef TALLY_BASE_UTF8_H_
#define TALLY_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace tally {

// DecodeUtf8 for any sequence its inline paths do not take.
char32_t DecodeUtf8Slow(std::string_view s, size_t* pos);

// Decodes the code point at s[*pos] and advances *pos past it.
//
// Every stage decodes text character by character, and nearly all of it is
// ASCII or a well-formed three-byte sequence (Han, CJK punctuation,
// full-width forms): those two decode inline; the rest, and every error, go
// the whole way.
inline char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const size_t i = *pos;
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *pos = i + 1;
    return b;
  }
  if ((b & 0xF0) == 0xE0 && i + 3 <= s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    const char32_t c = (char32_t(b & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) |
                       char32_t(b2 & 0x3F);
    // Continuation bytes, not overlong, not a surrogate.
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && c >= 0x800 &&
        (c < 0xD800 || c > 0xDFFF)) {
      *pos = i + 3;
      return c;
    }
  }
  return DecodeUtf8Slow(s, pos);
}

void AppendUtf8(char32_t c, std::string* out);
// True if every byte sequence in s is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);
// C0 and C1 control characters and DEL (U+0000..U+001F, U+007F..U+009F):
// never part of a report's text, and on a terminal they are commands.
inline bool IsControl(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}
// s made safe to print on a terminal: control characters (tab and newline
// included) and bidirectional overrides as \t \n \xHH or \uHHHH, and bytes
// that are not UTF-8 as \xHH; everything else, Chinese and backslashes
// included, as it is (so JSON passes unchanged; the escapes are for eyes,
// not for parsing back).
std::string EscapeForTerminal(std::string_view s);
// Han ideographs (CJK Unified, Extension A, compatibility) and 〇.
bool IsHan(char32_t c);
// Whether s holds a Han character: words, not only figures and signs.
bool HasHan(std::string_view s);
// Han, CJK punctuation (U+3000..U+303F) and full-width forms (U+FF00..U+FFEF).
bool IsCjk(char32_t c);
// The number of code points in s.
size_t CodePoints(std::string_view s);
// Code points counted, each CJK one counting twice: a rough display width.
size_t DisplayWidth(std::string_view s);
// s without ASCII and ideographic (U+3000) spaces: table headers and labels
// compare equal however layout spaced them ("年初 预算数" is "年初预算数").
std::string Squeeze(std::string_view s);
// s without leading and trailing ASCII whitespace and ideographic spaces
// (U+3000): a cell or a line as written, padding dropped.
std::string_view TrimSpace(std::string_view s);
// s without the bracketed note that ends it ("执行率（B/A）" -> "执行率",
// "产出指标(50分)" -> "产出指标"): from its last （ or ( when s ends in ）
// or ) and something comes before it; s itself otherwise.
std::string_view WithoutTrailingNote(std::string_view s);

}  // namespace tally

#endif  // TALLY_BASE_UTF8_H_
