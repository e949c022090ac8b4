// tests/tools/cer_test.cc: the CER core of eval_cer (tools/cer.h).
//
// Hand-checked distances, code points (not bytes) as the unit, whitespace
// ignored, the empty cases, and the bit-parallel Levenshtein against the
// textbook DP on random strings of lengths around the 64-bit word size.
#include "tools/cer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace tally::tools {
namespace {

size_t Lev(std::string_view a, std::string_view b) {
  size_t fast = Levenshtein(ToCodePoints(a), ToCodePoints(b));
  // Every hand-checked case also checks that the two algorithms agree.
  EXPECT_EQ(fast, LevenshteinSimple(ToCodePoints(a), ToCodePoints(b)))
      << a << " / " << b;
  return fast;
}

TEST(LevenshteinTest, HandCheckedDistances) {
  EXPECT_EQ(Lev("kitten", "kitten"), 0u);
  EXPECT_EQ(Lev("kitten", "sitten"), 1u);   // substitution
  EXPECT_EQ(Lev("kitten", "kittens"), 1u);  // insertion
  EXPECT_EQ(Lev("kitten", "kiten"), 1u);    // deletion
  EXPECT_EQ(Lev("kitten", "sitting"), 3u);
  EXPECT_EQ(Lev("flaw", "lawn"), 2u);
  EXPECT_EQ(Lev("abc", "cba"), 2u);
}

TEST(LevenshteinTest, EmptyStrings) {
  EXPECT_EQ(Lev("", ""), 0u);
  EXPECT_EQ(Lev("", "预算"), 2u);
  EXPECT_EQ(Lev("预算", ""), 2u);
}

TEST(LevenshteinTest, ChineseCharactersCountAsOneEach) {
  // Each Han character is three UTF-8 bytes but one edit.
  EXPECT_EQ(Lev("医保基金实际拨付", "医保基金实际拨付"), 0u);
  EXPECT_EQ(Lev("医保基金实际拨付", "医保基金实陈拨付"), 1u);
  EXPECT_EQ(Lev("437.32万元", "437.32元"), 1u);
  EXPECT_EQ(Lev("执行率100%", "执行率100％"), 1u);  // full-width sign
  EXPECT_EQ(Lev("〔2021〕", "[2021]"), 2u);
}

TEST(LevenshteinTest, AgreesWithSimpleDpAcrossWordBoundaries) {
  std::mt19937 rng(20240101);
  // A small alphabet makes many matches, the hard case for bit-parallelism;
  // one Han character checks a code point outside ASCII.
  const std::u32string alphabet = U"abc医";
  for (size_t len : {1, 2, 31, 63, 64, 65, 127, 128, 129, 200, 300}) {
    for (int trial = 0; trial < 20; ++trial) {
      std::u32string a, b;
      size_t lb = std::uniform_int_distribution<size_t>(0, len + 70)(rng);
      for (size_t i = 0; i < len; ++i) a += alphabet[rng() % alphabet.size()];
      for (size_t i = 0; i < lb; ++i) b += alphabet[rng() % alphabet.size()];
      ASSERT_EQ(Levenshtein(a, b), LevenshteinSimple(a, b))
          << "len " << len << " vs " << lb;
      ASSERT_EQ(Levenshtein(b, a), LevenshteinSimple(a, b));
    }
  }
}

TEST(LevenshteinTest, LongPagesAreFast) {
  // Two 17,000-character texts (the size of the largest seed) with a
  // sprinkling of differences; the DP would take ~0.3 s, this milliseconds.
  std::mt19937 rng(7);
  std::u32string a;
  for (int i = 0; i < 17000; ++i) a += char32_t(0x4E00 + rng() % 3000);
  std::u32string b = a;
  for (int i = 0; i < 50; ++i) b[rng() % b.size()] = U'〇';
  b.erase(100, 5);
  b.insert(9000, U"插入");
  size_t d = Levenshtein(a, b);
  EXPECT_GE(d, 3u);  // at least the length difference
  EXPECT_LE(d, 57u);
}

TEST(CerTest, IdenticalIsZero) {
  CerResult r = ComputeCer("预算执行率100%。", "预算执行率100%。");
  EXPECT_EQ(r.reference_chars, 10u);
  EXPECT_EQ(r.hypothesis_chars, 10u);
  EXPECT_EQ(r.edits, 0u);
  EXPECT_DOUBLE_EQ(r.cer, 0.0);
}

TEST(CerTest, OneEditInTen) {
  CerResult r = ComputeCer("预算执行率100%。", "预算执行率10%。");
  EXPECT_EQ(r.edits, 1u);
  EXPECT_DOUBLE_EQ(r.cer, 0.1);
  EXPECT_DOUBLE_EQ(ComputeCer("预算执行率100%。", "预算执行率1000%。").cer,
                   0.1);
  EXPECT_DOUBLE_EQ(ComputeCer("预算执行率100%。", "预算执行率900%。").cer, 0.1);
}

TEST(CerTest, WhitespaceIsIgnored) {
  // Layout spaces, line breaks, tabs between table cells, ideographic and
  // no-break spaces are not text.
  CerResult r = ComputeCer("预算 194.19 万元\n执行率\t100%",
                           "预算194.19万元执行率 \u3000100%\u00a0\n");
  EXPECT_EQ(r.edits, 0u);
  EXPECT_EQ(r.reference_chars, r.hypothesis_chars);
}

TEST(CerTest, EmptyCases) {
  EXPECT_DOUBLE_EQ(ComputeCer("", "").cer, 0.0);
  EXPECT_DOUBLE_EQ(ComputeCer(" \n", "\t").cer, 0.0);
  CerResult nothing_read = ComputeCer("医保局", "");
  EXPECT_EQ(nothing_read.edits, 3u);
  EXPECT_DOUBLE_EQ(nothing_read.cer, 1.0);
  CerResult nothing_expected = ComputeCer("", "医保局");
  EXPECT_EQ(nothing_expected.edits, 3u);
  EXPECT_DOUBLE_EQ(nothing_expected.cer, 1.0);
}

TEST(CerTest, NumberTokens) {
  std::map<std::string, int> t =
      NumberTokens("预算437.32万元，1,234人，2022年，第3项，437.32，1.5");
  EXPECT_EQ(t["437.32"], 2);
  EXPECT_EQ(t["1,234"], 1);
  EXPECT_EQ(t["2022"], 1);
  EXPECT_EQ(t["1.5"], 1);       // two digits across the point
  EXPECT_EQ(t.count("3"), 0u);  // one digit: a list marker, not counted
  EXPECT_EQ(t.size(), 4u);
}

TEST(CerTest, CountNumbersAsMultiset) {
  NumberRecall r = CountNumbers("437.32 437.32 88.5", "437.32 88.6 88.5 99");
  EXPECT_EQ(r.total, 3);
  EXPECT_EQ(r.found, 2);
  ASSERT_EQ(r.missed.size(), 1u);
  EXPECT_EQ(r.missed[0], "437.32");
  EXPECT_EQ(CountNumbers("12", "").found, 0);
}

TEST(CerTest, InvalidUtf8CountsAsAnError) {
  CerResult r = ComputeCer("医保", "医\xE4");
  EXPECT_EQ(r.edits, 1u);
}

}  // namespace
}  // namespace tally::tools
