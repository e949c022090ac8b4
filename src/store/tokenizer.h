// store/tokenizer.h: the tokenizer of tally's full-text search index, an
// FTS5 tokenizer named "tally_cjk" that finds Chinese terms of any length.
//
// Chinese has no spaces between words, and FTS5's own tokenizers either keep
// a whole run of Han characters as one token (unicode61: 医保基金实际拨付 is
// one word, so 医保 is never found) or index trigrams (trigram: a 1- or
// 2-character term has no trigram, so 医保 finds nothing). This one indexes
// every Han character both alone and with the next one:
//
//   document  医保基金    positions 0 医保 + 医, 1 保基 + 保, 2 基金 + 基, 3 金
//   query     医保基金    医保 保基 基金 as a phrase (positions 0, 1, 2)
//   query     医          医
//
// (a pair and the single character share the first character's position,
// the single one FTS5_TOKEN_COLOCATED; FTS5's snippet() marks a position by
// its first token, so a one-character match is marked with the character
// after it).
// A query of n >= 2 Han characters is the phrase of its n - 1 pairs, found
// exactly where the n characters stand next to each other, which is what
// `text LIKE '%term%'` finds, with posting lists of pairs (much shorter than
// those of single characters). A run of ASCII letters and digits (or Latin,
// Greek, Cyrillic letters) is one token, ASCII letters folded to lower
// case; every other character (spaces, punctuation, symbols, newlines) only
// separates tokens: it takes no position, so 医保 across a line break is two
// runs and, as for LIKE, not the term 医保.
//
// Databases refer to the tokenizer by name, so a connection must register it
// before it touches the index: the store does on open, and
// build/tally_search.so is the same code as a SQLite extension for sqlite3 and
// other programs
// (`.load build/tally_search`).
//
// Thread safety: stateless; one registration per connection.
#ifndef TALLY_STORE_TOKENIZER_H_
#define TALLY_STORE_TOKENIZER_H_

#include <sqlite3.h>

#include <cstddef>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace tally::store {

// The name the index's CREATE VIRTUAL TABLE uses.
inline constexpr char kTokenizerName[] = "tally_cjk";

// One token: its bytes (ASCII folded), the byte range of the text it stands
// for, and whether it shares the previous token's position.
struct Token {
  std::string_view text;
  int begin = 0, end = 0;
  bool colocated = false;
};

// Splits text into tokens as described above, calling emit for each (it
// returns false to stop). query: text is a query term, so a Han run of two
// or more characters gives its pairs only, plus its last character when
// more tokens follow, to keep the positions of what follows.
void Tokenize(std::string_view text, bool query,
              const std::function<bool(const Token&)>& emit);

// Where term occurs in text as the index sees it: the byte ranges of every
// place its query tokens stand at consecutive positions of text's document
// tokens, in text order. A term without tokens occurs nowhere. The index
// finds a page for term exactly when this is not empty.
std::vector<std::pair<size_t, size_t>> FindTerm(std::string_view text,
                                                std::string_view term);

// Registers the tokenizer with FTS5 on db. SQLITE_OK, or SQLite's error
// (SQLITE_ERROR if this SQLite has no FTS5).
int RegisterTokenizer(sqlite3* db);

}  // namespace tally::store

#endif  // TALLY_STORE_TOKENIZER_H_
