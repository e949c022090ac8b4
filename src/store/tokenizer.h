// store/tokenizer.h: how the full-text search index reads Chinese, so that
// terms of any length are found, 1 and 2 characters included.
//
// Chinese has no spaces between words. FTS5's built-in unicode61 tokenizer
// keeps a whole run of Han characters as one word (医保基金实际拨付 is one
// token, so 医保 is never found), and its trigram tokenizer cannot find a
// term shorter than three characters (医保 finds nothing). The index
// therefore stores each page as its search text, the page's tokens one by
// one with spaces between, which unicode61 (built into every SQLite, so
// sqlite3, Datasette and pandas read the index) splits back exactly:
//
//   page text    医保基金实际拨付437.32元。结转
//   search text  医 保 基 金 实 际 拨 付 437 ‖ 32 元 ‖ 结 转
//
// Every Han character is a token; a run of ASCII letters and digits (or
// Latin, Greek, Cyrillic letters) is one token, ASCII folded to lower case;
// everything else (spaces, punctuation, symbols, newlines) separates tokens,
// and where it stood between two tokens the search text has a barrier token
// (U+E000, private use: no query contains it; shown as ‖ above), so a
// term never matches across it. A term is searched as the phrase of its own
// search text (医保基金 as "医 保 基 金"), which matches exactly where the
// term's characters stand next to each other in the page: what
// `text LIKE '%医保基金%'` finds, for Han terms of any length.
//
// Thread safety: pure functions; registration is per connection.
#ifndef TALLY_STORE_TOKENIZER_H_
#define TALLY_STORE_TOKENIZER_H_

#include <sqlite3.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tally::store {

// The search text of text, as described above.
std::string SearchText(std::string_view text);

// A page stored whole (before schema 11; since, a page is stored and
// indexed in parts, store.h) has its search text indexed in pieces of about
// this many bytes of its text (schema.sql's page_fts), so that the memory
// to index a page is bounded whatever its size. At most kMaxSearchPieces
// pieces (the last takes the rest).
constexpr size_t kSearchPieceBytes = size_t{1} << 20;
constexpr size_t kMaxSearchPieces = 2048;

// How many pieces text is indexed in (1 for up to kSearchPieceBytes, also
// for empty text), and the byte range of piece k: cut after the last line
// break within half a piece before each multiple of kSearchPieceBytes (a
// line break is a barrier, which no term but one holding punctuation
// spans), else at the first character boundary from it. Each piece is
// found in time proportional to its size.
size_t SearchPieceCount(std::string_view text);
std::pair<size_t, size_t> SearchPiece(std::string_view text, size_t k);

// The FTS5 query that finds term (a phrase of its search text, in double
// quotes), or "" if term has no token (only spaces and punctuation).
std::string MatchQuery(std::string_view term);

// The stretches of term between its separators, ASCII folded ("437.32万元"
// gives 437 and 32万元): a page where term occurs holds each of them as a
// substring (ignoring ASCII case).
std::vector<std::string> Pieces(std::string_view term);

// Where term occurs in text as the index sees it: the byte range of every
// place where term's tokens (and barriers) stand in text in the same order,
// in text order. The index finds a page for term exactly when this is not
// empty.
std::vector<std::pair<size_t, size_t>> FindTerm(std::string_view text,
                                                std::string_view term);

// Registers on db the SQL functions tally_search_text(text), SearchText,
// tally_search_text(text, k), the SearchText of SearchPiece k, and
// tally_search_pieces(text), the JSON array [0, .., SearchPieceCount - 1],
// for the index's triggers (stock SQLite reads and deletes from the index
// without it; only writing pages needs it). Also registers a tokenizer named
// tally_cjk that reads nothing, so that a database indexed with that name by
// an earlier tally can drop its old index. SQLITE_OK or SQLite's error.
int RegisterSearchFunctions(sqlite3* db);

}  // namespace tally::store

#endif  // TALLY_STORE_TOKENIZER_H_
