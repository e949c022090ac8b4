// check/repair.h: OCR misreadings repaired by the report's own arithmetic.
//
// When a relation fails on numbers that were OCR'd, the reading of each
// such number may be the reader's slip rather than the report's. Each
// OCR'd member of a failing relation is read again under the confusions of
// patterns/ocr_confusions.tsv (8 for 3, 1 for 7, a lost decimal point, the
// percent sign read as a digit), one edit at a time, and each reading is
// tried against every relation that number takes part in, by the same
// rules CheckDocument runs. Relations that say what their numbers are (a
// sum, a ratio, a balance, a restatement, a count, a bound a misread sign
// oversteps) drive the search; a grade's band, a score's weight and
// siblings of another magnitude do not (repair.cc, Determines). A repair is
// accepted only when it is the one reading, over all the OCR'd members of a
// failing relation, that makes every relation of its number hold: two equally
// small repairs are a guess, and then nothing is repaired (the finding stays,
// as a 'warning' naming the candidates), unless the engine itself doubted
// exactly one of the characters the candidates change (LeastConfident: a digit
// read at 60 among digits read at 99 is the likely misreading), or a second
// reading of the numbers by other means singles one out (SecondReadingPick: the
// ocr stage read the number again and saw exactly the repaired value, and
// saw every other candidate's number as first read); the finding says the
// repair rests on that, and two kinds of evidence that disagree leave it a
// guess. A number from a text layer is never repaired.
//
// Repairs are never silent: each is an 'ocr.repair' finding (severity
// 'info') naming the engine's reading, the repaired number, the readings
// tried and the relations it makes hold; the stored fact keeps the engine's
// reading, and the other findings are computed on the repaired numbers.
//
// Thread safety: pure functions; the default table is parsed once.
//
//   std::vector<Confusion> table = DefaultConfusions();
//   for (const Reading& r : Readings(fact, table)) { ... r.value ... }
#ifndef TALLY_CHECK_REPAIR_H_
#define TALLY_CHECK_REPAIR_H_

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/facts.h"
#include "base/status.h"

namespace tally::check {

// One line of patterns/ocr_confusions.tsv.
struct Confusion {
  // 'digit': a `read` digit that was `truth`; 'point': a lost decimal point
  // (read "-", truth "."); 'percent': the sign read as the digit `read`
  // right before it (truth "-").
  std::string kind;
  std::string read, truth;
  std::string example_read, example_true;  // "18.36", "13.36"
};

// Parses the table's text; InvalidArgument naming the line of a malformed
// row (unknown kind, a digit row whose sides are not single digits, an
// example that is not two numbers joined by " -> ").
StatusOr<std::vector<Confusion>> ParseConfusions(std::string_view tsv);

// patterns/ocr_confusions.tsv as compiled into the binary.
const std::vector<Confusion>& DefaultConfusions();

// Another reading of a number as printed.
struct Reading {
  std::string value;  // "13.36"
  std::string edit;   // what changed, for the finding: "8→3"
  // The character of the read value the reading says was misread: the
  // digit changed, or the digit taken for a percent sign; -1 for a lost
  // decimal point (nothing was read there).
  int position = -1;
};

// Every reading of `value` one confusion away, in the table's order and
// then by position, without repeats; only numbers (digits with at most one
// point, no leading zero before a digit) are produced. `percent` allows the
// table's percent rows.
std::vector<Reading> Readings(std::string_view value, bool percent,
                              const std::vector<Confusion>& table);

// Readings of a fact, or none when it may not be repaired: not OCR'd, not
// an amount, percent, count or score, qualified (约, ≥), or its value is not
// a plain number that its raw text shows and its base_value equals. No lost
// point where the ocr stage's second reading saw the value as first read.
std::vector<Reading> FactReadings(const Fact& f,
                                  const std::vector<Confusion>& table);

// The lost-point readings FactReadings leaves out because the second
// reading saw the value as first read: never a repair, but a failing
// relation that only they make hold is left a 'warning', not an 'error'
// (a point under a seal may escape both readings alike).
std::vector<Reading> UnconfirmedReadings(const Fact& f,
                                         const std::vector<Confusion>& table);

// f with its value (and base_value) replaced by `value`.
Fact WithValue(const Fact& f, const std::string& value);

// The engine's confidence in the character a reading of f changes
// (Fact::value_confidence at Reading::position), or -1 when unknown.
int ChangedConfidence(const Fact& f, const Reading& r);

// Of several readings that fit equally (candidates: fact, reading), the
// index of the one the engine's own doubt singles out, or -1: its changed
// character is below kDoubtfulSymbol confidence and every other
// candidate's is known and at least kSureMargin above it. A lost point or
// a number without symbol confidences gives no evidence, so any such
// candidate leaves the choice a guess.
inline constexpr int kDoubtfulSymbol = 90;
inline constexpr int kSureMargin = 15;
int LeastConfident(const std::vector<int>& changed_confidence);

// Of several readings that fit equally (options: index into facts,
// reading), the index of the one the ocr stage's second reading of the
// numbers (Fact::value_second) singles out, or -1: the second reading of
// its number is exactly the repaired value, the second reading of every
// other candidate's number is exactly that number as first read (it doubts
// none of them), and so is that of every other of `members` (the failing
// relation's numbers) read twice. A candidate's number read only once gives
// no evidence and leaves the choice a guess. The first and second readings are
// made by two models at two scales, so a misreading that both make alike is
// kept (the second reading then confirms it), never exchanged for another.
int SecondReadingPick(const std::vector<Fact>& facts,
                      const std::vector<std::pair<int, Reading>>& options,
                      const std::set<int>& members = {});

}  // namespace tally::check

#endif  // TALLY_CHECK_REPAIR_H_
