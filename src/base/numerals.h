// base/numerals.h: small whole numbers as reports write them in words and
// markers: ASCII digits or Chinese numerals (三, 十二, 二十, 两, 九十九).
// One helper for every stage that reads heading markers (一、 （3）), dates
// (十二月), counts in words (两批, 三项) and list markers.
//
//   std::u32string_view s = U"两批";
//   size_t pos = 0;
//   ParseSmallNumber(s, &pos);  // 2, pos == 1
#ifndef TALLY_BASE_NUMERALS_H_
#define TALLY_BASE_NUMERALS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tally {

// 一..九 -> 1..9, 两 -> 2, 〇/零 -> 0; -1 for anything else.
int ChineseDigit(char32_t c);

// A whole number 0..99 in Chinese at s[*pos] ("三", "十", "十二", "二十",
// "九十九", "两"), advancing *pos past it. Malformed runs ("十十", "三四",
// a digit run of any length in ASCII) are not numbers: nullopt, *pos kept.
std::optional<int> ParseChineseNumber(std::u32string_view s, size_t* pos);

// At most max_digits ASCII digits at s[*pos] that are not followed by
// another digit, advancing *pos; nullopt otherwise.
std::optional<int> ParseArabicNumber(std::u32string_view s, size_t* pos,
                                     int max_digits);

// Either of the two.
std::optional<int> ParseSmallNumber(std::u32string_view s, size_t* pos,
                                    int max_digits = 2);

// 1..99 in Chinese, as ParseChineseNumber reads it: 3 -> "三", 10 -> "十",
// 12 -> "十二", 20 -> "二十" (UTF-8); "" outside 1..99.
std::string ChineseNumber(int n);

}  // namespace tally

#endif  // TALLY_BASE_NUMERALS_H_
