// The rules of ocr/reread.h.
#include "ocr/reread.h"

#include <algorithm>

namespace tally::ocr {
namespace {

bool IsDigit(const std::string& t) {
  return t.size() == 1 && t[0] >= '0' && t[0] <= '9';
}

float MeanConf(const std::vector<ReadSymbol>& s) {
  float sum = 0;
  for (const ReadSymbol& x : s) sum += x.conf;
  return s.empty() ? 0 : sum / float(s.size());
}

}  // namespace

bool NumberChar(const std::string& t) {
  return IsDigit(t) ||
         (t.size() == 1 && (t[0] == '.' || t[0] == '%' || t[0] == ','));
}

std::vector<std::pair<size_t, size_t>> NumberSpans(
    const std::vector<ReadSymbol>& symbols, float below) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = 0; i < symbols.size();) {
    size_t j = i;
    bool digit = false, doubt = false;
    for (; j < symbols.size() && symbols[j].line == symbols[i].line; ++j) {
      const ReadSymbol& s = symbols[j];
      const bool ascii = s.text.size() == 1 && s.text[0] > ' ' &&
                         static_cast<unsigned char>(s.text[0]) < 0x80;
      if (NumberChar(s.text)) {
        digit = digit || IsDigit(s.text);
        doubt = doubt || s.conf < below;
      } else if (ascii && s.conf < below) {
        doubt = true;
      } else {
        break;
      }
    }
    if (j == i) {
      ++i;
      continue;
    }
    if (digit && doubt && j - i >= 2) out.push_back({i, j});
    i = j;
  }
  return out;
}

bool SameShape(const std::vector<ReadSymbol>& first,
               const std::vector<ReadSymbol>& again) {
  if (again.size() != first.size() || again.empty()) return false;
  for (const ReadSymbol& s : again) {
    if (!NumberChar(s.text)) return false;
  }
  return true;
}

bool TakeReread(const std::vector<ReadSymbol>& first,
                const std::vector<ReadSymbol>& again) {
  if (!SameShape(first, again)) return false;
  bool changed = false;
  for (size_t k = 0; k < again.size(); ++k) {
    // The digits model takes a percent sign for a 6 or a 9 (its own
    // misreading, patterns/ocr_confusions.tsv), and the first model does
    // not print a '%' where none is: "40%" under a seal read again "406".
    if (first[k].text == "%" && again[k].text != "%") return false;
    changed = changed || again[k].text != first[k].text;
  }
  return changed && MeanConf(again) > MeanConf(first);
}

std::vector<std::pair<size_t, size_t>> DigitRuns(
    const std::vector<ReadSymbol>& symbols) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = 0; i < symbols.size();) {
    size_t j = i;
    bool digit = false;
    for (; j < symbols.size() && symbols[j].line == symbols[i].line &&
           NumberChar(symbols[j].text);
         ++j) {
      digit = digit || IsDigit(symbols[j].text);
    }
    if (digit) out.push_back({i, j});
    i = std::max(j, i + 1);
  }
  return out;
}

}  // namespace tally::ocr
