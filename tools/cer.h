// tools/cer.h: character error rate, the measure behind docs/pipeline.md's text
// targets (text layer within 0.5%, scans within 1.5%).
//
// CER = Levenshtein distance between reference and hypothesis, counted in
// Unicode code points (one Han character is one, not three bytes), divided
// by the reference length. Whitespace is not text here: layout decides where
// spaces and line breaks fall, so both sides are compared with all
// whitespace removed.
//
// Thread safety: pure functions.
//
//   CerResult r = ComputeCer(SeedToPlain(seed), stored_text);
//   if (r.cer > 0.005) ...
#ifndef TALLY_TOOLS_CER_H_
#define TALLY_TOOLS_CER_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tally::tools {

// Decodes UTF-8 into code points; invalid bytes become U+FFFD (so they count
// as characters, and as errors against any real text).
std::u32string ToCodePoints(std::string_view utf8);

// Unicode White_Space (ASCII blanks, NBSP, U+2000..U+200A, U+3000, ...).
bool IsUnicodeWhitespace(char32_t c);
std::u32string RemoveWhitespace(std::u32string_view s);

// Levenshtein distance (unit-cost insertions, deletions, substitutions).
// Bit-parallel (Myers 1999, Hyyrö's multi-word form): O(ceil(m/64)·n) time
// and O(σ·m/64) memory for the shorter string's alphabet σ, which makes two
// 17,000-character pages a few milliseconds.
size_t Levenshtein(std::u32string_view a, std::u32string_view b);
// base/edit_distance.h's textbook two-row dynamic programme, O(n·m) time:
// the reference the fast one is tested against.
size_t LevenshteinSimple(std::u32string_view a, std::u32string_view b);

struct CerResult {
  size_t reference_chars = 0;   // code points, whitespace removed
  size_t hypothesis_chars = 0;  // code points, whitespace removed
  size_t edits = 0;
  // edits / reference_chars; for an empty reference 0 if the hypothesis is
  // empty too, else 1 (everything read is wrong).
  double cer = 0;
};

// CER of hypothesis against reference, both UTF-8, whitespace ignored.
CerResult ComputeCer(std::string_view reference, std::string_view hypothesis);

// Number tokens: maximal ASCII digit strings of two or more digits, a '.' or
// ',' between digits kept inside ("437.32" and "1,234" are one token each,
// "2022" one), with their counts. A one-digit number is too often a list
// marker or a page number to count.
std::map<std::string, int> NumberTokens(std::string_view text);

// How many of the reference's number tokens the hypothesis has, matched as
// multisets: the measure of DESIGN.md's "every amount exact" on scans.
struct NumberRecall {
  int found = 0, total = 0;
  std::vector<std::string> missed;  // reference tokens not found, once each
};
NumberRecall CountNumbers(std::string_view reference,
                          std::string_view hypothesis);

}  // namespace tally::tools

#endif  // TALLY_TOOLS_CER_H_
