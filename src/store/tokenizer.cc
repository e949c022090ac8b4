// Compiled twice: into the store, and with TALLY_SQLITE_EXTENSION into the
// loadable extension build/tally_search.so, where SQLite's functions are
// reached through the pointers the loading program hands over.
#ifdef TALLY_SQLITE_EXTENSION
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#endif

#include <algorithm>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "store/tokenizer.h"

namespace tally::store {
namespace {

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

// Whether a token starts at or after pos.
bool MoreTokens(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    if (Classify(DecodeUtf8(text, &pos)) != Class::kSeparator) return true;
  }
  return false;
}

}  // namespace

void Tokenize(std::string_view text, bool query,
              const std::function<bool(const Token&)>& emit) {
  std::string folded;
  std::vector<size_t> bounds;  // a Han run's character boundaries
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const Class cls = Classify(DecodeUtf8(text, &pos));
    if (cls == Class::kSeparator) continue;
    if (cls == Class::kWord) {
      size_t end = pos;
      bool upper = false;
      for (size_t next = end; next < text.size(); end = next) {
        if (Classify(DecodeUtf8(text, &next)) != Class::kWord) break;
      }
      for (size_t i = start; i < end; ++i) {
        upper |= text[i] >= 'A' && text[i] <= 'Z';
      }
      std::string_view word = text.substr(start, end - start);
      if (upper) {
        folded.assign(word);
        for (char& ch : folded) {
          if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
        }
        word = folded;
      }
      if (!emit({word, int(start), int(end), false})) return;
      pos = end;
      continue;
    }
    bounds.assign({start, pos});
    for (size_t next = pos; next < text.size(); pos = next) {
      if (Classify(DecodeUtf8(text, &next)) != Class::kHan) break;
      bounds.push_back(next);
    }
    const size_t n = bounds.size() - 1;  // characters in the run
    auto chars = [&](size_t k, size_t count) {
      size_t b = bounds[k], e = bounds[k + count];
      return Token{text.substr(b, e - b), int(b), int(e), false};
    };
    if (!query) {
      // The pair first: FTS5's highlight() and snippet() mark a match with
      // the offsets of each position's first token, and a term is a phrase
      // of pairs.
      for (size_t k = 0; k < n; ++k) {
        if (k + 1 < n && !emit(chars(k, 2))) return;
        Token single = chars(k, 1);
        single.colocated = k + 1 < n;
        if (!emit(single)) return;
      }
    } else if (n == 1) {
      if (!emit(chars(0, 1))) return;
    } else {
      for (size_t k = 0; k + 1 < n; ++k) {
        if (!emit(chars(k, 2))) return;
      }
      // The last character's position, for the phrase's next token.
      if (MoreTokens(text, pos) && !emit(chars(n - 1, 1))) return;
    }
  }
}

std::vector<std::pair<size_t, size_t>> FindTerm(std::string_view text,
                                                std::string_view term) {
  std::vector<std::string> phrase;
  Tokenize(term, true, [&](const Token& t) {
    phrase.emplace_back(t.text);
    return true;
  });
  std::vector<std::pair<size_t, size_t>> found;
  if (phrase.empty()) return found;
  // The document's tokens in order, by byte range (a folded word's
  // Token::text lives in a buffer the next word overwrites), and where each
  // position's tokens start.
  struct Span {
    int begin, end;
  };
  std::vector<Span> tokens;
  std::vector<size_t> starts;
  Tokenize(text, false, [&](const Token& t) {
    if (!t.colocated) starts.push_back(tokens.size());
    tokens.push_back({t.begin, t.end});
    return true;
  });
  starts.push_back(tokens.size());
  auto same = [&](const Span& t, const std::string& want) {
    if (size_t(t.end - t.begin) != want.size()) return false;
    for (size_t i = 0; i < want.size(); ++i) {
      char c = text[size_t(t.begin) + i];
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
      if (c != want[i]) return false;
    }
    return true;
  };
  // The token at position p equal to want, or nullptr.
  auto at = [&](size_t p, const std::string& want) -> const Span* {
    for (size_t k = starts[p]; k < starts[p + 1]; ++k) {
      if (same(tokens[k], want)) return &tokens[k];
    }
    return nullptr;
  };
  const size_t positions = starts.size() - 1;
  for (size_t p = 0; p + phrase.size() <= positions; ++p) {
    const Span* first = at(p, phrase[0]);
    if (first == nullptr) continue;
    size_t end = size_t(first->end);
    bool all = true;
    for (size_t i = 1; i < phrase.size() && all; ++i) {
      const Span* next = at(p + i, phrase[i]);
      all = next != nullptr;
      if (all) end = std::max(end, size_t(next->end));
    }
    if (all) found.emplace_back(size_t(first->begin), end);
  }
  return found;
}

namespace {

// FTS5's tokenizer interface. The tokenizer has no state: every instance is
// the same dummy object.
int Create(void*, const char**, int, Fts5Tokenizer** out) {
  static char instance;
  *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer*) {}

int TokenizeForFts(Fts5Tokenizer*, void* ctx, int flags, const char* text,
                   int size,
                   int (*token)(void*, int, const char*, int, int, int)) {
  int rc = SQLITE_OK;
  Tokenize(std::string_view(text ? text : "", size_t(size > 0 ? size : 0)),
           (flags & FTS5_TOKENIZE_QUERY) != 0, [&](const Token& t) {
             rc = token(ctx, t.colocated ? FTS5_TOKEN_COLOCATED : 0,
                        t.text.data(), int(t.text.size()), t.begin, t.end);
             return rc == SQLITE_OK;
           });
  return rc;
}

}  // namespace

int RegisterTokenizer(sqlite3* db) {
  // FTS5 hands out its API through a pointer-passing SQL function.
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  rc = sqlite3_finalize(stmt);
  if (rc != SQLITE_OK) return rc;
  if (api == nullptr || api->iVersion < 2) return SQLITE_ERROR;
  static fts5_tokenizer tokenizer = {Create, Delete, TokenizeForFts};
  return api->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer,
                               nullptr);
}

}  // namespace tally::store
