// normalize/normalize.h: ICU normalisation of page text, with an offset map.
//
// Input: one page's lines in reading order, as the layout stage assembled
// them (table rows have cells separated by '\t'). Output: the normalised page
// text, one logical line per '\n' (a paragraph, a heading, a list item or a
// table row), and for every output byte the byte offset in the input it came
// from, so provenance survives every rewrite (as sentencepiece's normalizer).
// The output never contains an empty line and never ends with '\n'.
//
// What it does, in order (each step can be switched off in Options):
//   0. Control characters (C0, DEL, C1) are dropped, always, except the tab
//      and those that are whitespace below (\r \f \v): the text a
//      terminal or a spreadsheet shows never carries escape sequences.
//   1. NFKC (ICU): full-width digits, Latin and signs become ASCII
//      (１２．５％ -> 12.5%, U+3000 and NBSP -> ' ', ﹝ -> 〔). Kept as they
//      are: "…" (NFKC would make it "...") and the circled numbers and
//      letters ①..⑳ Ⓐ..ⓩ ㉑..㊿ (NFKC would make "①12人" read "112人").
//      Parenthesised and dotted numbers ⑴ ⒈ do go through: "(1)", "1.".
//  1b. Traditional characters: a page written in them (a mirror site's
//      繁體 copy: 預算, 萬元, 較上年減少), told by one Han character in ten
//      or more having a simplified form, is read in simplified characters
//      (ICU's Hant-Hans, one character for one, so offsets map one to
//      one), and the pinyin such a site glosses rare characters with, a
//      bracket of Latin letters with a tone mark right after a Han
//      character ("預(yù)算"), is dropped. A simplified page is never
//      touched: 乾安县 and 显著 keep the characters a character-by-character
//      conversion would change.
//   2. Punctuation, one documented choice: Chinese punctuation is full-width,
//      numeric punctuation ASCII. After step 1 every ASCII , : ; ! ? ( ) is
//      made full-width (，：；！？（）) except
//        - a ',' or ':' with an ASCII digit directly on both sides stays
//          ASCII ("1,234", "12:30", "1:1");
//        - a , : ; ! ? typed as in Latin text stays ASCII: an ASCII letter
//          or digit directly before it, whitespace after it and then an
//          ASCII letter or digit, one of the two a letter ("Hello, world",
//          "Tel: 6926786"); and a ':' in "://" (URLs). Chinese text that
//          mixes in Latin is still Chinese: "DRG，DIP", "100%，DIP".
//          Parentheses are always full-width, so pairs always match.
//      "[dddd]" (a bracketed 4-digit year, as in a document number) becomes
//      "〔dddd〕": 粤财社[2019]299号 -> 粤财社〔2019〕299号. Everything else
//      "≧" and "≦", the forms of ≥ and ≤ CJK character sets print (a target
//      ≧95%), become "≥" and "≤", so a bound reads the same whichever a
//      font drew. Everything else stays as step 1 left it: . % + - / ~ " '
//      [ ] (other than years), ≥ ≤, and the Chinese marks 。、“”《》【】— and
//      so on.
//   3. Layout spaces. Whitespace is ' ', U+3000, NBSP, U+2000..U+200B,
//      U+202F, U+205F, U+2028/9, U+FEFF, \r \f \v (and a stray \n inside
//      an InputLine). '\t' is not: it separates table cells and is always
//      kept, one per input tab (so empty cells survive). A maximal run of
//      whitespace is
//        - removed at a line end or a cell end (next to a tab);
//        - kept (as one ' ') after a line-leading "#".."######", so a
//          markdown heading stays one;
//        - removed if the character on either side is CJK (base/utf8.h
//          IsCjk: Han, CJK and full-width punctuation, “”‘’—…);
//        - removed if it is a single whitespace character inside a number:
//          a thousands group, digit_ddd followed by a decimal part or by
//          another group ("20 505.48", "1 234 567"), digit_'.'digit
//          ("437 .32"), and digit'.'_digit ("437. 32") unless the line
//          starts with a 1-2 digit list marker ("1. 2020年" keeps its
//          space); two numbers side by side stay two ("194.19 194.19",
//          "10 100%", "表1 2023年"), and a wider gap between digits is
//          taken for a column gap and kept as one space;
//        - removed between ≥ ≤ ± and a digit, and between a digit and % ‰;
//        - otherwise collapsed to one ' ' (spaces between Latin words).
//      With remove_layout_spaces off, only line ends are trimmed.
//   4. Line joining. Blank lines never produce output. A line is joined to
//      the next non-blank line (with no separator, or one ' ' when both
//      sides of the break are Latin letters, or the left one is , ; : ! ? )
//      and the right a Latin letter), so breaks mid-sentence and mid-number
//      disappear ("2022\n年" -> "2022年", "437.\n32" -> "437.32"), unless
//        - either line is a table row (InputLine::table_row or a '\t');
//        - the line ends with 。！？!? (possibly followed by closing
//          quotes or brackets), or with ；; short of the full line
//          (Options::clause_line_fill) or past it (a plain-text line
//          longer than the page's width, a paragraph never wrapped): a ；
//          at a line's end closes a list's item, at the margin it is where
//          the wrap fell;
//        - the next line starts with a heading or list marker: 一、 十二、
//          （一） (一) （1） 1） 1、 1. 1． (a dot not followed by a digit, so
//          "1.部门" is a marker and "5.3万元" is not), ① .. ⑳,
//          第X章/节/条/部分, or a markdown heading "# ";
//        - the line is a heading: it starts with a marker and ends with ：
//          or :, or holds no 。！？；and ends with ） or ) ("（3）国库集中支付
//          结转结余存量资金效率性（3 分）"), or it is a markdown heading;
//        - the line's fill is below Options::full_line_fill (it ends short:
//          a heading-only line, or the last line of a paragraph);
//        - the line ends with a digit and the next is a row of names and
//          figures that lost its separator: it starts with a Han character,
//          ends short with a figure and holds no comma or stop ("…资金总额:
//          1084.25" over "其中:中央补助 668.00");
//        - the page is of short lines (eight or more, the 85th percentile
//          below 40 columns: a table's cells one per line, an
//          infographic's captions), the line is not of the page's wrap
//          width (within a tenth of the widest line, three lines or more
//          that wide) and the next line does not open with a figure:
//          there a long line is a cell or a caption of its own, and only
//          its value follows it on the next line ("申报定向费用补贴金融机构
//          满意度" over "≥80%");
//        - a blank line lies between them and the page is not double-spaced
//          (double-spaced: more non-blank lines are followed by a blank line
//          than by a non-blank one, as in text extracted with a blank line
//          after every wrapped line; there blank lines carry no meaning).
//      An unknown fill (negative) is estimated as the line's display width
//      (base/utf8.h DisplayWidth of the input line, outer whitespace
//      trimmed) over the page's full width: the 85th percentile of the
//      display widths of its non-blank non-table lines, clamped to 40..100
//      columns. At least 40, so a page of short lines is never taken for
//      wrapped text; at most 100 (no printed line holds more than about 50
//      Han), so in text that was never hard-wrapped (a paragraph per line)
//      a long line that stops mid-sentence, cut by a page break, is joined.
//
// Offsets: the passes are a chain, each carrying for every code point the
// input offset it came from (the composition of the passes' maps). Code
// points NFKC produced map to the start of their normalisation segment (one
// to one when the segment keeps its length, as "１" -> "1" does); a space
// inserted by joining and every '\n' map to the input '\n' they stand for. All
// bytes of one output character map to the same input offset. To map an output
// byte range [b, e) back, use [offsets[b], offsets[e]). Input offsets are
// 32-bit: a page must be shorter than 4 GiB.
//
// Thread safety: a Normalizer is immutable after Create and may be shared.
//
//   auto n = Normalizer::Create(Options());
//   if (!n.ok()) return n.status();
//   Normalized out =
//       (*n)->Normalize({{"预算 １２．５ 万", 1.0}, {"元。", 0.1}});
//   // out.text == "预算12.5万元。", out.offsets[6] == 7 (the '１')
#ifndef TALLY_NORMALIZE_NORMALIZE_H_
#define TALLY_NORMALIZE_NORMALIZE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tally::normalize {

struct Options {
  bool nfkc = true;                  // step 1
  bool simplify = true;              // step 1b
  bool fold_punctuation = true;      // step 2
  bool remove_layout_spaces = true;  // step 3
  bool join_lines = true;            // step 4
  // A line whose fill is at least this fraction of the full line width
  // is taken to wrap (soft break); below it, the break is hard.
  double full_line_fill = 0.75;
  // A line ending in ； (a clause's end, not a paragraph's) wraps when it
  // fills at least this much of the line: only a line that ran right to the
  // margin, as a hard-wrapped paragraph's do, not an item of a list.
  double clause_line_fill = 0.95;
};

struct InputLine {
  std::string text;  // UTF-8; '\t' separates table cells; no '\n'
  // How far the line reaches across the text block, 0..1, from layout
  // geometry; negative when unknown (plain text), in which case the
  // normaliser estimates it from the display widths of the page's lines.
  double fill = -1;
  bool table_row = false;  // also implied by a '\t' in text
};

struct Normalized {
  std::string text;
  // offsets.size() == text.size() + 1. offsets[i] is the byte offset, in the
  // input lines joined by '\n', of the input character output byte i came
  // from; offsets[text.size()] is the input's total length. Monotone
  // non-decreasing.
  std::vector<uint32_t> offsets;
};

class Normalizer {
 public:
  // Fails (Internal) only if ICU's NFKC data cannot be loaded.
  static StatusOr<std::unique_ptr<Normalizer>> Create(const Options& options);
  ~Normalizer();

  // Normalises one page. Never fails: invalid UTF-8 decodes as U+FFFD (one
  // per bad byte, mapped to that byte).
  Normalized Normalize(const std::vector<InputLine>& lines) const;
  // The same for plain text: lines are split on '\n', fill unknown. The
  // offsets are byte offsets into text. A line of cells separated by '|'
  // (a markdown table, or a web page's table saved as text: "年度资金总额 |
  // 808.1 | 692.98 | 86% |") is a table row: with two '|' or more, each
  // becomes a '\t' (one byte for one, so the offsets stay exact); among
  // lines with pipes one pipe between two cells is enough ("实际支出 (万元)
  // | 991.51"). So is a line of cells separated by spaces (SpacedTableRow),
  // and a row's name and its figures set apart by a gap of two spaces or
  // more followed by another such line (a table of names and values:
  // "年初财政拨款结转和结余    58.35" over "本年财政拨款收入    1078.95"),
  // a table drawn in box-drawing characters (UnboxTables), and rows glued
  // onto one line (SplitGluedRows).
  Normalized NormalizeText(std::string_view text) const;

 private:
  explicit Normalizer(const Options& options);

  // Step 1 for one input line: appends its code points (NFKC applied) and
  // their input offsets (line starts at input offset base).
  void DecodeLine(std::string_view line, uint32_t base,
                  std::vector<char32_t>* cps,
                  std::vector<uint32_t>* offs) const;

  Options options_;
  const void* nfkc_;  // icu::Normalizer2*, kept out of this header
  // ICU properties of the BMP, looked up once in Create so the per-character
  // loop makes no virtual calls: bit 0 boundary before, bit 1 inert, bit 2
  // no decomposition (NFKC of the lone character is itself).
  std::vector<uint8_t> bmp_flags_;
  // The simplified form of each Han character U+3400..U+9FFF that has one
  // (Hant-Hans), else 0.
  std::vector<char16_t> simplified_;
};

// A plain-text line whose cells are separated by spaces, as web pages and
// pdftotext flatten a table: three cells or more, of which two or more are
// figures ("年度资金总额 287 287 171 10 60% 6", "质量指标 服务达标率 80% 80%
// 20 20"), or four or more short Han headings ("一级指标 二级指标 三级指标 分值
// 得分"). Not a table: a sentence spaced by a PDF, where a number is
// followed by its unit ("9 项", "2022 年"). If it is a table row, each run
// of spaces becomes a '\t' followed by spaces (byte for byte, so offsets
// stay exact) and the result is true. Right after a table row (after_row),
// a line of two cells or more, each a short heading or a figure, goes on
// with the table (a header wrapped in its cells); right before a table row
// (before_row), a line of two short headings or more is its header.
bool SpacedTableRow(std::string& line, bool after_row = false,
                    bool before_row = false);

// A table saved one cell per line, as a web page's table becomes when each
// cell is a block ("三公经费:", "0", "0", "0", "公务用车购置和维护经费", "0",
// ...; blank lines and a trailing '|' between them are common). Where two rows
// or more in a row have the same shape — a short label line followed by
// the same number n ≥ 1 of figure lines (an empty cell's placeholder, "/"
// or "-", counts as one, and so does a lone "|", the pipe that closed an
// empty cell, though rows of empty cells alone make no table; a lone "|"
// right after a cell without a pipe of its own closes that cell instead; a
// label may take a bracketed money unit on the line below it, "计划安排资金"
// then "(万元)", as one cell) — each row is put back on one line, and so
// is the header: the n or n+1 short lines just before the first row (the
// column headings, and the corner cell when there is one; over one column
// of figures, two lines each closed by a pipe; n+2 when the last names a
// note's column, 增减原因, 备注, 说明, and then each row may end in its
// note, a text line of its own; a "（%）" line under a heading, where the
// heading has more lines than columns, is the rest of that heading's
// cell). A label followed by n blank lines (n ≥ 2) among rows of the shape
// is a row of empty cells, each blank line's break a tab. Rows with
// fewer figures (an empty cell left no line, so its figures' columns are
// unknown) are left as they are. Rewrites in place byte for byte: the line
// break after a cell becomes '	', a blank line's break and a trailing '|'
// become ' ', so offsets into text stay exact. Where a line of pipes
// ("||||") separates the rows, as a saved web page's table often has, the
// cells between two such lines are one row whatever their shape (a lone
// "|" is an empty cell), and the separators become blank.
void JoinCellPerLineTables(std::string& text);

// A table drawn with box-drawing characters ("┌──┬──┐", "│合计│4046.00│",
// "├──┼──┤") or as an ASCII grid ("+----+----+" between "| 合计 | 4046.00 |"
// rows), as text converters and terminals draw one: each vertical bar
// (│ ┃ ║) becomes a '|' and two spaces, and each border line (box-drawing
// characters, or + - = : opening with '+', and spaces only) is blanked, in
// place byte for byte, so the rows are read as pipe tables and offsets into
// text stay exact.
void UnboxTables(std::string& text);

// A table whose rows were glued onto one line, cells set apart by spaces,
// as copying a web page's table into text often leaves it ("村名 补贴面积
// （亩） 补贴金额（元） 红旗村 3943.45 422856.14 新华村 4178.45 448055.19"): a
// header of three words or more, then rows of one word and as many
// figures as the header has columns after its first, two rows at least, to
// the line's end. Each row is put on a line of its own, the first byte of
// the spaces before it made a '\n' (a U+3000's three bytes "\n  "), in
// place byte for byte.
void SplitGluedRows(std::string& text);

}  // namespace tally::normalize

#endif  // TALLY_NORMALIZE_NORMALIZE_H_
