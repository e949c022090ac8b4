// extract/lexicon.h: word lists of the genre, loaded from patterns/*.lex.
//
// The relations the extract stage builds (relations.h) rest on what words
// mean in these reports: which label names a budget (年初预算, 全年预算), a
// payment (支出, 执行数) or a rate (执行率); which words open a breakdown
// (其中, 分别为) or say a list is partial (等); which rates cannot pass 100%
// (覆盖率) and which can (参保率, whose base is another population); the
// grade words and their usual bands. Those are data, with examples that a
// test runs through the whole extractor, not code. The format, line by line:
//
//   # a comment ('#' only at the start of a line)
//   lexicon role                  starts a lexicon; the name is unique
//   entry spent [amount]: 支出 执行数 实际支出
//                                 an entry: its name, optionally the fact
//                                 kinds it applies to in brackets, then
//                                 its words separated by spaces; a word
//                                 ending in '$' (多$) counts only where it
//                                 closes the text looked in
//   example: 全年实际支出114万元 => spent
//                                 what the lexicon's user computes for the
//                                 text, extracted alone (see each lexicon's
//                                 user for the meaning of the right side)
//   counter: 人员支出60万元 => -  likewise, an example that must not match
//                                 (in either, "\n" stands for a line break)
//
// Lookup in a label follows the grammar of Chinese noun phrases, whose head
// comes last: of the words found in the label, the one that ends latest
// decides, and of those ending at the same place the longest ("上年结转资金"
// is carry, not balance: 上年结转 and 结转 end together, the longer wins).
//
// Thread safety: immutable after Load.
#ifndef TALLY_EXTRACT_LEXICON_H_
#define TALLY_EXTRACT_LEXICON_H_

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tally::extract {

struct LexEntry {
  std::string name;
  std::vector<std::string> kinds;  // empty: any fact kind
  std::vector<std::string> words;
  // Those of the words written with a closing '$' (stored without it): a
  // word of one character that names the entry only where it closes the
  // text looked in, as 多 does in 比上年多 but not in 多功能运动场.
  std::vector<std::string> closing;
  bool Closing(std::string_view word) const {
    return std::find(closing.begin(), closing.end(), word) != closing.end();
  }
};

struct LexExample {
  std::string text, expect;
  bool counter = false;
  std::string file;
  int line = 0;
};

class Lexicon {
 public:
  const std::string& name() const { return name_; }
  const std::vector<LexEntry>& entries() const { return entries_; }
  const std::vector<LexExample>& examples() const { return examples_; }

  // The entry the label names (see "Lookup" above), restricted to entries
  // that apply to `kind` (any when kind is empty); nullptr if none. *end,
  // if given, is set to the byte offset where the deciding word ends.
  const LexEntry* Find(std::string_view label, std::string_view kind = {},
                       size_t* end = nullptr) const;
  // Find(...)->name, or "" when nothing matches.
  std::string Name(std::string_view label, std::string_view kind = {}) const;
  // True if `text` contains a word of entry `entry`.
  bool Contains(std::string_view text, std::string_view entry) const;
  // True if `text` starts (ends) with a word of entry `entry`; *len is set to
  // that word's size.
  bool StartsWith(std::string_view text, std::string_view entry,
                  size_t* len = nullptr) const;
  bool EndsWith(std::string_view text, std::string_view entry,
                size_t* len = nullptr) const;
  const LexEntry* Entry(std::string_view name) const;
  // True if `word` is, whole, a word of entry `entry`.
  bool Has(std::string_view entry, std::string_view word) const;

 private:
  friend class Lexicons;
  // Every word's entry, by the word's last byte, for Find: a label is read
  // from its end, looking only at words that could end there.
  struct Indexed {
    std::string_view word;
    const LexEntry* entry;
    bool closing;  // the word counts only at the label's end
  };
  void Index();
  std::string name_;
  std::vector<LexEntry> entries_;
  std::vector<LexExample> examples_;
  std::vector<std::vector<Indexed>> by_last_{256};
};

class Lexicons {
 public:
  // Every *.lex file in dir, in name order. Fails with file:line on a
  // malformed line, a duplicate lexicon or an entry without words.
  static StatusOr<std::unique_ptr<Lexicons>> Load(const std::string& dir);
  static StatusOr<std::unique_ptr<Lexicons>> Parse(std::string_view text,
                                                   const std::string& name);

  // The lexicon of that name; a lexicon the code uses but the files lack is
  // an empty one (so a missing file degrades, and Required() reports it).
  const Lexicon& Get(std::string_view name) const;
  const std::map<std::string, Lexicon, std::less<>>& all() const {
    return lexicons_;
  }
  // NotFound naming the first of `names` that no file defines.
  Status Require(const std::vector<std::string>& names) const;

 private:
  Status Add(std::string_view text, const std::string& file);
  std::map<std::string, Lexicon, std::less<>> lexicons_;
};

}  // namespace tally::extract

#endif  // TALLY_EXTRACT_LEXICON_H_
