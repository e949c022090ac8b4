// The text form of ocr/number_symbols.h.
#include "ocr/number_symbols.h"

#include <algorithm>
#include <cmath>

namespace tally::ocr {

std::string EncodeNumberSymbols(const std::vector<NumberGlyph>& glyphs) {
  std::vector<int> heights;
  for (const NumberGlyph& g : glyphs) {
    if (g.digit && g.height > 0) heights.push_back(g.height);
  }
  if (heights.empty()) {
    for (const NumberGlyph& g : glyphs) {
      if (g.height > 0) heights.push_back(g.height);
    }
  }
  int height = 0;
  if (!heights.empty()) {
    std::nth_element(heights.begin(),
                     heights.begin() + long(heights.size() / 2), heights.end());
    height = heights[heights.size() / 2];
  }
  std::string out;
  for (size_t k = 0; k < glyphs.size(); ++k) {
    if (k > 0) out += ' ';
    out += std::to_string(std::clamp(glyphs[k].conf, 0, 100));
    if (k > 0 && height > 0) {
      const int pitch = int(std::lround(
          100.0 * (glyphs[k].x0 - glyphs[k - 1].x0) / double(height)));
      out += ':' + std::to_string(std::max(pitch, 0));
    }
  }
  return out;
}

bool DecodeNumberSymbols(std::string_view text,
                         std::vector<NumberSymbol>* out) {
  out->clear();
  size_t i = 0;
  auto number = [&](int* v) {
    const size_t start = i;
    long long n = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      n = std::min(n * 10 + (text[i] - '0'), 1000000LL);
      ++i;
    }
    *v = int(n);
    return i > start;
  };
  while (i < text.size()) {
    NumberSymbol s;
    if (!number(&s.conf) || s.conf > 100) return false;
    if (i < text.size() && text[i] == ':') {
      ++i;
      if (!number(&s.pitch)) return false;
    }
    out->push_back(s);
    if (i == text.size()) break;
    if (text[i] != ' ' || i + 1 == text.size()) return false;
    ++i;
  }
  return true;
}

}  // namespace tally::ocr
