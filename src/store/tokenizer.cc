#include "store/tokenizer.h"

#include <algorithm>
#include <cstdint>

#include "base/utf8.h"

namespace tally::store {
namespace {

// U+E000 in UTF-8: the barrier between tokens that a separator kept apart.
constexpr std::string_view kBarrier = "\xEE\x80\x80";

enum class Class { kSeparator, kHan, kWord };

Class Classify(char32_t c) {
  if (c < 0x80) {
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                 (c >= 'A' && c <= 'Z');
    return alnum ? Class::kWord : Class::kSeparator;
  }
  if (IsHan(c)) return Class::kHan;
  // Letters of the alphabets a report may quote (Latin with accents, Greek,
  // Cyrillic); everything else non-ASCII here is punctuation or a symbol.
  bool letter = (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
                (c >= 0x370 && c <= 0x3FF) || (c >= 0x400 && c <= 0x4FF);
  return letter ? Class::kWord : Class::kSeparator;
}

// A token: a Han character, a word, or a barrier (empty range, at the
// separator's start).
struct Token {
  size_t begin = 0, end = 0;
  bool barrier = false;
};

std::vector<Token> Tokens(std::string_view text) {
  std::vector<Token> tokens;
  bool separated = false;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const Class cls = Classify(DecodeUtf8(text, &pos));
    if (cls == Class::kSeparator) {
      separated = true;
      continue;
    }
    if (separated && !tokens.empty()) tokens.push_back({start, start, true});
    separated = false;
    if (cls == Class::kWord) {
      for (size_t next = pos; next < text.size(); pos = next) {
        if (Classify(DecodeUtf8(text, &next)) != Class::kWord) break;
      }
    }
    tokens.push_back({start, pos, false});
  }
  return tokens;
}

// The token's text as the search text has it: ASCII folded to lower case.
void AppendToken(std::string_view text, const Token& t, std::string* out) {
  if (t.barrier) {
    out->append(kBarrier);
    return;
  }
  for (size_t i = t.begin; i < t.end; ++i) {
    char c = text[i];
    out->push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
  }
}

bool SameToken(std::string_view a_text, const Token& a, std::string_view b_text,
               const Token& b) {
  if (a.barrier || b.barrier) return a.barrier == b.barrier;
  if (a.end - a.begin != b.end - b.begin) return false;
  for (size_t i = 0; i < a.end - a.begin; ++i) {
    char x = a_text[a.begin + i], y = b_text[b.begin + i];
    if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// tally_search_text(text) and tally_search_text(text, piece).
void SearchTextFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  if (data == nullptr) {
    sqlite3_result_null(ctx);
    return;
  }
  std::string_view text(data, size_t(sqlite3_value_bytes(argv[0])));
  if (argc == 2) {
    const int64_t k = sqlite3_value_int64(argv[1]);
    if (k < 0 || size_t(k) >= SearchPieceCount(text)) {
      sqlite3_result_error(ctx, "tally_search_text: no such piece", -1);
      return;
    }
    auto [begin, end] = SearchPiece(text, size_t(k));
    text = text.substr(begin, end - begin);
  }
  std::string s = SearchText(text);
  sqlite3_result_text64(ctx, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SearchPiecesFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const size_t n =
      data == nullptr ? 0
                      : SearchPieceCount(std::string_view(
                            data, size_t(sqlite3_value_bytes(argv[0]))));
  std::string json = "[";
  for (size_t k = 0; k < n; ++k) {
    json += (k ? "," : "") + std::to_string(k);
  }
  json += "]";
  sqlite3_result_text64(ctx, json.data(), json.size(), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
}

// Where piece k (0 < k < SearchPieceCount) starts.
size_t PieceStart(std::string_view text, size_t k) {
  size_t mark = k * kSearchPieceBytes;
  const size_t from = mark - kSearchPieceBytes / 2;
  // (Only the half piece before the mark: a text without line breaks is
  // cut in time linear in its size.)
  size_t nl = text.substr(from, mark - from).rfind('\n');
  if (nl != std::string_view::npos) return from + nl + 1;
  while (mark < text.size() && (uint8_t(text[mark]) & 0xC0) == 0x80) ++mark;
  return mark;
}

// The legacy tokenizer: a name and nothing more (see the header).
int NoCreate(void*, const char**, int, Fts5Tokenizer** out) {
  static char instance;
  *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
  return SQLITE_OK;
}
void NoDelete(Fts5Tokenizer*) {}
int NoTokens(Fts5Tokenizer*, void*, int, const char*, int,
             int (*)(void*, int, const char*, int, int, int)) {
  return SQLITE_OK;
}

}  // namespace

std::string SearchText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  for (const Token& t : Tokens(text)) {
    if (!out.empty()) out.push_back(' ');
    AppendToken(text, t, &out);
  }
  return out;
}

size_t SearchPieceCount(std::string_view text) {
  size_t n = (text.size() + kSearchPieceBytes - 1) / kSearchPieceBytes;
  return std::clamp<size_t>(n, 1, kMaxSearchPieces);
}

std::pair<size_t, size_t> SearchPiece(std::string_view text, size_t k) {
  const size_t n = SearchPieceCount(text);
  const size_t begin = k == 0 ? 0 : PieceStart(text, k);
  const size_t end = k + 1 < n ? PieceStart(text, k + 1) : text.size();
  return {begin, end};
}

std::vector<std::string> Pieces(std::string_view term) {
  std::vector<std::string> pieces(1);
  for (const Token& t : Tokens(term)) {
    if (t.barrier) {
      pieces.emplace_back();
    } else {
      AppendToken(term, t, &pieces.back());
    }
  }
  if (pieces.back().empty()) pieces.pop_back();
  return pieces;
}

std::string MatchQuery(std::string_view term) {
  std::string text = SearchText(term);
  // The search text holds no double quote (a separator), so it can be
  // quoted as it is.
  return text.empty() ? "" : "\"" + text + "\"";
}

std::vector<std::pair<size_t, size_t>> FindTerm(std::string_view text,
                                                std::string_view term) {
  std::vector<Token> want = Tokens(term);
  std::vector<Token> have = Tokens(text);
  std::vector<std::pair<size_t, size_t>> found;
  if (want.empty()) return found;
  for (size_t p = 0; p + want.size() <= have.size(); ++p) {
    size_t i = 0;
    while (i < want.size() && SameToken(text, have[p + i], term, want[i])) ++i;
    if (i == want.size()) {
      found.emplace_back(have[p].begin, have[p + want.size() - 1].end);
    }
  }
  return found;
}

int RegisterSearchFunctions(sqlite3* db) {
  int rc = sqlite3_create_function_v2(
      db, "tally_search_text", 1,
      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
      SearchTextFunction, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(
        db, "tally_search_text", 2,
        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
        SearchTextFunction, nullptr, nullptr, nullptr);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(
        db, "tally_search_pieces", 1,
        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
        SearchPiecesFunction, nullptr, nullptr, nullptr);
  }
  if (rc != SQLITE_OK) return rc;
  // FTS5 hands out its API through a pointer-passing SQL function.
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  rc = sqlite3_finalize(stmt);
  if (rc != SQLITE_OK) return rc;
  if (api == nullptr || api->iVersion < 2) return SQLITE_ERROR;
  static fts5_tokenizer legacy = {NoCreate, NoDelete, NoTokens};
  return api->xCreateTokenizer(api, "tally_cjk", nullptr, &legacy, nullptr);
}

}  // namespace tally::store
