// tools/cer.cc: Levenshtein distance over code points and the CER built on
// it. See cer.h.
#include "tools/cer.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <unordered_map>
#include <vector>

#include "base/edit_distance.h"
#include "base/utf8.h"

namespace tally::tools {

std::u32string ToCodePoints(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size() / 2);
  size_t i = 0;
  while (i < utf8.size()) out.push_back(DecodeUtf8(utf8, &i));
  return out;
}

bool IsUnicodeWhitespace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::u32string RemoveWhitespace(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (char32_t c : s) {
    if (!IsUnicodeWhitespace(c)) out.push_back(c);
  }
  return out;
}

size_t LevenshteinSimple(std::u32string_view a, std::u32string_view b) {
  return EditDistance(a, b);
}

size_t Levenshtein(std::u32string_view a, std::u32string_view b) {
  // The pattern (bit-vector side) is the shorter string: fewer words per
  // column and a smaller match table.
  if (a.size() > b.size()) std::swap(a, b);
  const size_t m = a.size();
  if (m == 0) return b.size();
  const size_t words = (m + 63) / 64;

  // peq[k * words + w]: bit i of word w set where a[64w + i] is the k-th
  // distinct character of a.
  std::unordered_map<char32_t, uint32_t> index;
  for (char32_t c : a) index.emplace(c, static_cast<uint32_t>(index.size()));
  std::vector<uint64_t> peq(index.size() * words, 0);
  for (size_t i = 0; i < m; ++i) {
    peq[index[a[i]] * words + i / 64] |= uint64_t{1} << (i % 64);
  }
  const std::vector<uint64_t> no_match(words, 0);

  // Column j of the DP matrix is kept as vertical deltas (+1 in pv, -1 in
  // mv, else 0) down the pattern; column 0 is 0, 1, ..., m.
  std::vector<uint64_t> pv(words, ~uint64_t{0}), mv(words, 0);
  const uint64_t last_bit = uint64_t{1} << ((m - 1) % 64);
  size_t score = m;  // D[m][j]
  for (char32_t c : b) {
    auto it = index.find(c);
    const uint64_t* eq_col =
        it == index.end() ? no_match.data() : &peq[it->second * words];
    // The top row D[0][j] = j grows by one per column.
    int hin = 1;
    for (size_t w = 0; w < words; ++w) {
      uint64_t p = pv[w], n = mv[w], eq = eq_col[w];
      const uint64_t hin_neg = hin < 0 ? 1 : 0;
      const uint64_t hin_pos = hin > 0 ? 1 : 0;
      uint64_t xv = eq | n;
      eq |= hin_neg;
      uint64_t xh = (((eq & p) + p) ^ p) | eq;
      uint64_t ph = n | ~(xh | p);
      uint64_t mh = p & xh;
      // The horizontal delta leaving this word: at bit 63, or for the last
      // word at the pattern's last row (rows below it are padding).
      const uint64_t out_bit = w + 1 == words ? last_bit : uint64_t{1} << 63;
      int hout = (ph & out_bit) ? 1 : (mh & out_bit) ? -1 : 0;
      ph = (ph << 1) | hin_pos;
      mh = (mh << 1) | hin_neg;
      pv[w] = mh | ~(xv | ph);
      mv[w] = ph & xv;
      hin = hout;
    }
    if (hin > 0) ++score;
    if (hin < 0) --score;
  }
  return score;
}

CerResult ComputeCer(std::string_view reference, std::string_view hypothesis) {
  std::u32string ref = RemoveWhitespace(ToCodePoints(reference));
  std::u32string hyp = RemoveWhitespace(ToCodePoints(hypothesis));
  CerResult r;
  r.reference_chars = ref.size();
  r.hypothesis_chars = hyp.size();
  r.edits = Levenshtein(ref, hyp);
  if (ref.empty()) {
    r.cer = hyp.empty() ? 0.0 : 1.0;
  } else {
    r.cer = static_cast<double>(r.edits) / static_cast<double>(ref.size());
  }
  return r;
}

std::map<std::string, int> NumberTokens(std::string_view s) {
  std::map<std::string, int> out;
  auto digit = [&](size_t k) {
    return k < s.size() && s[k] >= '0' && s[k] <= '9';
  };
  size_t i = 0;
  while (i < s.size()) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    size_t start = i, digits = 0;
    while (true) {
      while (digit(i)) ++i, ++digits;
      if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && digit(i + 1)) {
        ++i;
        continue;
      }
      break;
    }
    if (digits >= 2) ++out[std::string(s.substr(start, i - start))];
  }
  return out;
}

NumberRecall CountNumbers(std::string_view reference,
                          std::string_view hypothesis) {
  NumberRecall r;
  std::map<std::string, int> got = NumberTokens(hypothesis);
  for (const auto& [token, n] : NumberTokens(reference)) {
    auto it = got.find(token);
    const int have = std::min(n, it == got.end() ? 0 : it->second);
    r.total += n;
    r.found += have;
    if (have < n) r.missed.push_back(token);
  }
  return r;
}

}  // namespace tally::tools
