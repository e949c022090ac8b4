#include "pipeline/route.h"

#include <cstdio>

#include "base/utf8.h"

namespace tally::pipeline {
namespace {

// Glyphs a font could not map to Unicode.
bool Unmapped(char32_t c) {
  return c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 ||
         (c < 0x20 && c != '\t') || (c >= 0x7F && c < 0xA0);
}

// Characters a Chinese government report is made of: Han, ASCII, CJK and
// general punctuation, full-width forms, and the signs of numbers.
bool Plausible(char32_t c) {
  return IsCjk(c) || (c >= 0x20 && c < 0x7F) || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x2100 && c <= 0x22FF) || (c >= 0x2460 && c <= 0x24FF) ||
         (c >= 0x2500 && c <= 0x25FF) || c == 0x00B7 || c == 0x00D7 ||
         c == 0x00B0 || c == 0x00B1 || (c >= 0x3200 && c <= 0x33FF) ||
         (c >= 0xFE30 && c <= 0xFE4F);
}

std::string Percent(int part, int whole) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * part / whole);
  return buf;
}

}  // namespace

RouteDecision RoutePage(const PageContent& page) {
  int chars = 0, unmapped = 0, implausible = 0;
  for (const Word& w : page.words) {
    size_t i = 0;
    while (i < w.text.size()) {
      char32_t c = DecodeUtf8(w.text, &i);
      if (c == ' ') continue;
      ++chars;
      if (Unmapped(c)) {
        ++unmapped;
      } else if (!Plausible(c)) {
        ++implausible;
      }
    }
  }
  if (chars == 0) return {true, "no text layer"};
  if (chars < kMinTextLayerChars) {
    return {true, "text layer nearly empty (" + std::to_string(chars) +
                      " characters)"};
  }
  if (unmapped > kMaxBadShare * chars) {
    return {true, "text layer unmapped: " + Percent(unmapped, chars) +
                      " of its glyphs have no Unicode"};
  }
  if (implausible > kMaxBadShare * chars) {
    return {true, "text layer garbled: " + Percent(implausible, chars) +
                      " implausible characters"};
  }
  return {false, "text layer: " + std::to_string(chars) + " characters"};
}

}  // namespace tally::pipeline
