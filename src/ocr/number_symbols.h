// ocr/number_symbols.h: what the ocr stage keeps of each character of a
// number it read (Word::symbol_confidence, stored in box_symbols), for the
// check stage's repair of misread digits (check/repair.h).
//
// Per code point: the engine's confidence in it, and where it starts
// relative to the character before it. The confidence says which digit the
// engine doubted (of two repairs that fit, the one changing that digit);
// the start-to-start distance says whether there is room between two
// characters for one the engine lost: a decimal point leaves its width
// behind, so a number read "124536" whose characters follow each other at
// the font's digit advance cannot have lost a point between them, and a
// repair to "1245.36" is no reading of it.
//
// Text form, one space-separated token per code point: the confidence
// 0..100, then for every character after the first ":" and its start's
// distance from the previous character's start in percent of the number's
// digit height: "99 98:73 61:38 99:73" for "4.36" (the point is narrow),
// "99 61:112 99:73" for the same print read "436" (the 3 starts a digit
// and a point after the 4). A token without ":" has no distance (the
// first character, or a reading stored before distances were): no
// evidence either way.
//
// Thread safety: pure functions.
//
//   std::string s = EncodeNumberSymbols({{99, 0, 26}, {98, 19, 26}});
//   std::vector<NumberSymbol> back;
//   if (DecodeNumberSymbols(s, &back)) { ... back[1].pitch ... }  // 73
#ifndef TALLY_OCR_NUMBER_SYMBOLS_H_
#define TALLY_OCR_NUMBER_SYMBOLS_H_

#include <string>
#include <string_view>
#include <vector>

namespace tally::ocr {

// One character of a number as the engine read it (pixels of any frame).
struct NumberGlyph {
  int conf = 0;    // 0..100
  int x0 = 0;      // where its box starts
  int height = 0;  // its box's height (0: unknown)
  bool digit = true;
};

// The text form above. The digit height is the median height of the
// glyphs marked digit (of all glyphs if none is); with no height known the
// tokens carry confidences only.
std::string EncodeNumberSymbols(const std::vector<NumberGlyph>& glyphs);

// One decoded token: pitch -1 when the token has none.
struct NumberSymbol {
  int conf = 0;
  int pitch = -1;
};

// Parses the text form (a plain "99 98 61" too); false on anything else.
bool DecodeNumberSymbols(std::string_view text, std::vector<NumberSymbol>* out);

}  // namespace tally::ocr

#endif  // TALLY_OCR_NUMBER_SYMBOLS_H_
