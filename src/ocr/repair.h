// ocr/repair.h: repairs of Tesseract chi_sim misreadings that the page's
// own text proves wrong.
//
// Input: a page's recognised symbols (one character each, as Tesseract's
// ResultIterator gives them at RIL_SYMBOL) in Tesseract's reading order,
// and which of them start a text line. Output: the same symbols, some
// replaced, some emptied (the caller drops empty symbols). Positions never
// shift, so each symbol keeps its box.
//
// The repairs, each a confusion measured on the corpus scans:
//   - brackets: the model reads a full-width "（" after Han text as "〈" or
//     "《" (and "〔" as "【"); when the closing bracket that follows does not
//     match, the opening one is made to match it: "资金《医疗…）" ->
//     "资金（医疗…）", "〈5分）" -> "（5分）", "【2022〕" -> "〔2022〕",
//     "〔2022]" -> "〔2022〕". Properly paired brackets are never touched.
//   - a document number's year brackets: "湘财预（2021]" -> "湘财预〔2021〕"
//     (square or tortoise-shell on either side of four digits; under a seal
//     the opener also as "「" or "|": "江|2019]163号" -> "江〔2019〕163号");
//   - a list number's bracket read as two openers: "(〈l)" or "（（1）" ->
//     "（1）";
//   - a list number read as a stroke: "（\）" or "（\D）" -> "（1）" (also
//     | l I).
//   - letters inside numbers: O o between digits -> 0, l I between digits
//     -> 1, S between digits -> 5 ("2O22" -> "2022").
//   - the percent sign's ghosts: a quote between a digit and "%" is
//     dropped, and a lone digit (or o) after "%" before a non-digit
//     ("100%6，", "100%o。") is dropped.
//   - the percent sign read as digits: the model reads "100%" as "10096"
//     or "10090" (the sign's two rings as 9 and 6), with low confidence.
//     Where the engine re-read such a line with alternatives and '%' was
//     one for a digit after a digit (percent_alt), that digit becomes "%"
//     and a lone digit after it is dropped ("100" "9{%}" "6" -> "100%");
//     a digit with the '%' alternative right before a "%" is dropped.
//   - page numbers: a line of only dashes and digits whose dashes were read
//     as the Han "一" ("一2一") gets em dashes ("—2—"), so layout sees a
//     page number, not a sentence fragment.
//
// Thread safety: pure function.
//
//   std::vector<std::string> symbols = {"资", "金", "《", "5", "分", "）"};
//   std::vector<bool> line_start = {true, false, false, false, false, false};
//   ocr::RepairSymbols(&symbols, line_start);  // symbols[2] == "（"
#ifndef TALLY_OCR_REPAIR_H_
#define TALLY_OCR_REPAIR_H_

#include <string>
#include <vector>

namespace tally::ocr {

// Repairs symbols in place. line_start[i] is true if symbols[i] begins a
// text line. percent_alt[i] is the model's confidence (0..100) in '%' as an
// alternative reading of symbols[i], 0 where unknown. Missing entries of
// either are taken as false and 0.
void RepairSymbols(std::vector<std::string>* symbols,
                   const std::vector<bool>& line_start,
                   const std::vector<float>& percent_alt = {});

// A '%' alternative at least this confident marks a digit as the percent
// sign misread (measured: misreads 30..73, true digits 0).
inline constexpr float kPercentAltMin = 20;

}  // namespace tally::ocr

#endif  // TALLY_OCR_REPAIR_H_
