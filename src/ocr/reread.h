// ocr/reread.h: which numbers of a page to recognise again, and whether the
// second reading replaces the first.
//
// chi_sim's model reads digits worse than eng's, and a seal or JPEG noise
// over a digit leaves it with a low confidence or turns it into a Latin
// letter or a dash ("757.6-万元", "le家" for "16家"). Such a number is cut
// out of the clean image, enlarged and read again by a digits-only model
// (tesseract.cc, Options::reread_numbers); these are the rules that pick
// the numbers and judge the result, kept apart from Tesseract so a test can
// run them on symbols it makes up.
//
// Thread safety: pure functions.
//
//   std::vector<ReadSymbol> page = ...;  // the page's symbols, in order
//   for (auto [b, e] : NumberSpans(page, 90)) { ...re-read b..e... }
#ifndef TALLY_OCR_REREAD_H_
#define TALLY_OCR_REREAD_H_

#include <string>
#include <utility>
#include <vector>

namespace tally::ocr {

// One recognised symbol as these rules see it.
struct ReadSymbol {
  std::string text;  // one character, UTF-8
  float conf = 0;    // 0..100
  int line = 0;      // its text line
};

// A character a number is printed with: a digit, its point, a thousands
// comma or the percent sign.
bool NumberChar(const std::string& text);

// The spans [begin, end) of symbols worth reading again: runs within one
// line of number characters and of ASCII symbols below `below` confidence,
// with at least one digit and two symbols, where some symbol is below
// `below` or is not a number character.
std::vector<std::pair<size_t, size_t>> NumberSpans(
    const std::vector<ReadSymbol>& symbols, float below);

// Whether `again` replaces `first` (the span's symbols): as many symbols,
// all number characters, some different, a higher mean confidence, and
// every percent sign of `first` kept (the digits model reads one as 6 or 9).
bool TakeReread(const std::vector<ReadSymbol>& first,
                const std::vector<ReadSymbol>& again);

// The spans [begin, end) of every printed number: runs within one line of
// number characters with at least one digit. Each is read a second time
// (Options::second_reading), whatever its confidence: the engine is as sure
// of its misreadings as of its right readings (median symbol confidence 98
// against 99 on the real-dev scans), so only a reading by other means can
// tell them apart.
std::vector<std::pair<size_t, size_t>> DigitRuns(
    const std::vector<ReadSymbol>& symbols);

// Whether `again` can be laid over `first` character for character as a
// second reading: as many symbols, each one number character.
bool SameShape(const std::vector<ReadSymbol>& first,
               const std::vector<ReadSymbol>& again);

}  // namespace tally::ocr

#endif  // TALLY_OCR_REREAD_H_
