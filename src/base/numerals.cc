#include "base/numerals.h"

#include "base/utf8.h"

namespace tally {

int ChineseDigit(char32_t c) {
  static constexpr std::u32string_view kDigits = U"一二三四五六七八九";
  if (c == U'两') return 2;
  if (c == U'〇' || c == U'零') return 0;
  size_t at = kDigits.find(c);
  return at == kDigits.npos ? -1 : int(at) + 1;
}

std::optional<int> ParseChineseNumber(std::u32string_view s, size_t* pos) {
  size_t i = *pos;
  int tens = 0;
  if (i < s.size() && s[i] == U'十') {
    tens = 1;
    ++i;
  } else if (i + 1 < s.size() && ChineseDigit(s[i]) > 0 && s[i + 1] == U'十') {
    tens = ChineseDigit(s[i]);
    i += 2;
  }
  int units = 0;
  if (i < s.size() && ChineseDigit(s[i]) >= 0 &&
      !(tens > 0 && ChineseDigit(s[i]) == 0)) {
    units = ChineseDigit(s[i]);
    ++i;
  } else if (tens == 0) {
    return std::nullopt;
  }
  if (i < s.size() && (ChineseDigit(s[i]) >= 0 || s[i] == U'十')) {
    return std::nullopt;
  }
  *pos = i;
  return tens * 10 + units;
}

std::optional<int> ParseArabicNumber(std::u32string_view s, size_t* pos,
                                     int max_digits) {
  size_t i = *pos;
  int v = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    if (int(i - *pos) >= max_digits) return std::nullopt;
    v = v * 10 + int(s[i] - '0');
    ++i;
  }
  if (i == *pos) return std::nullopt;
  *pos = i;
  return v;
}

std::optional<int> ParseSmallNumber(std::u32string_view s, size_t* pos,
                                    int max_digits) {
  if (std::optional<int> v = ParseArabicNumber(s, pos, max_digits)) return v;
  return ParseChineseNumber(s, pos);
}

std::string ChineseNumber(int n) {
  if (n < 1 || n > 99) return "";
  static constexpr char32_t kDigits[] = U"一二三四五六七八九";
  std::string out;
  if (n >= 20) AppendUtf8(kDigits[n / 10 - 1], &out);
  if (n >= 10) AppendUtf8(U'十', &out);
  if (n % 10) AppendUtf8(kDigits[n % 10 - 1], &out);
  return out;
}

}  // namespace tally
