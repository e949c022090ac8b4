#include "extract/lexicon.h"

#include <algorithm>
#include <filesystem>

#include "base/file.h"

namespace tally::extract {
namespace {

namespace fs = std::filesystem;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    if (end > pos) out.emplace_back(s.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

}  // namespace

void Lexicon::Index() {
  for (auto& v : by_last_) v.clear();
  for (const LexEntry& e : entries_) {
    for (const std::string& w : e.words) {
      by_last_[uint8_t(w.back())].push_back({w, &e, e.Closing(w)});
    }
  }
}

const LexEntry* Lexicon::Find(std::string_view label, std::string_view kind,
                              size_t* end) const {
  // From the label's end backwards: the first place where a word of an
  // allowed entry ends decides, the longest word there winning.
  for (size_t e_end = label.size(); e_end > 0; --e_end) {
    const LexEntry* best = nullptr;
    size_t best_len = 0;
    for (const Indexed& ix : by_last_[uint8_t(label[e_end - 1])]) {
      const std::string_view w = ix.word;
      if (w.size() > e_end || w.size() <= best_len ||
          (ix.closing && e_end != label.size()) ||
          label.compare(e_end - w.size(), w.size(), w) != 0) {
        continue;
      }
      const LexEntry& e = *ix.entry;
      if (!kind.empty() && !e.kinds.empty() &&
          std::find(e.kinds.begin(), e.kinds.end(), kind) == e.kinds.end()) {
        continue;
      }
      best = &e;
      best_len = w.size();
    }
    if (best) {
      if (end) *end = e_end;
      return best;
    }
  }
  if (end) *end = 0;
  return nullptr;
}

std::string Lexicon::Name(std::string_view label, std::string_view kind) const {
  const LexEntry* e = Find(label, kind);
  return e ? e->name : std::string();
}

const LexEntry* Lexicon::Entry(std::string_view name) const {
  for (const LexEntry& e : entries_) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

bool Lexicon::Has(std::string_view entry, std::string_view word) const {
  const LexEntry* e = Entry(entry);
  return e &&
         std::find(e->words.begin(), e->words.end(), word) != e->words.end();
}

bool Lexicon::Contains(std::string_view text, std::string_view entry) const {
  const LexEntry* e = Entry(entry);
  if (!e) return false;
  for (const std::string& w : e->words) {
    if (e->Closing(w) ? text.ends_with(w)
                      : text.find(w) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool Lexicon::StartsWith(std::string_view text, std::string_view entry,
                         size_t* len) const {
  const LexEntry* e = Entry(entry);
  if (!e) return false;
  size_t best = 0;
  for (const std::string& w : e->words) {
    if (e->Closing(w) ? text == w : text.starts_with(w)) {
      best = std::max(best, w.size());
    }
  }
  if (len) *len = best;
  return best > 0;
}

bool Lexicon::EndsWith(std::string_view text, std::string_view entry,
                       size_t* len) const {
  const LexEntry* e = Entry(entry);
  if (!e) return false;
  size_t best = 0;
  for (const std::string& w : e->words) {
    if (text.ends_with(w)) best = std::max(best, w.size());
  }
  if (len) *len = best;
  return best > 0;
}

StatusOr<std::unique_ptr<Lexicons>> Lexicons::Load(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".lex") {
      files.push_back(entry.path().string());
    }
  }
  if (ec) return NotFound(dir + ": cannot list lexicons: " + ec.message());
  std::sort(files.begin(), files.end());
  auto lex = std::unique_ptr<Lexicons>(new Lexicons());
  for (const std::string& file : files) {
    StatusOr<std::string> text = ReadFile(file);
    if (!text.ok()) return text.status();
    TALLY_RETURN_IF_ERROR(lex->Add(*text, file));
  }
  return lex;
}

StatusOr<std::unique_ptr<Lexicons>> Lexicons::Parse(std::string_view text,
                                                    const std::string& name) {
  auto lex = std::unique_ptr<Lexicons>(new Lexicons());
  TALLY_RETURN_IF_ERROR(lex->Add(text, name));
  return lex;
}

const Lexicon& Lexicons::Get(std::string_view name) const {
  static const Lexicon* const kEmpty = new Lexicon();
  auto it = lexicons_.find(name);
  return it == lexicons_.end() ? *kEmpty : it->second;
}

Status Lexicons::Require(const std::vector<std::string>& names) const {
  for (const std::string& n : names) {
    if (lexicons_.find(n) == lexicons_.end()) {
      return NotFound("no lexicon '" + n + "' in patterns/*.lex");
    }
  }
  return Status::OK();
}

Status Lexicons::Add(std::string_view text, const std::string& file) {
  Lexicon* current = nullptr;
  int line_no = 0;
  size_t pos = 0;
  auto bad = [&](const std::string& why) {
    return InvalidArgument(file + ":" + std::to_string(line_no) + ": " + why);
  };
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (line.starts_with("lexicon ")) {
      std::string name(Trim(line.substr(8)));
      if (name.empty()) return bad("lexicon without a name");
      if (lexicons_.count(name)) return bad("duplicate lexicon " + name);
      current = &lexicons_[name];
      current->name_ = name;
      continue;
    }
    if (!current) return bad("'" + std::string(line) + "' before any lexicon");
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return bad("expected 'key: value'");
    std::string_view key = Trim(line.substr(0, colon));
    std::string_view value = Trim(line.substr(colon + 1));
    if (key.starts_with("entry ")) {
      LexEntry e;
      std::string_view head = Trim(key.substr(6));
      size_t bracket = head.find('[');
      if (bracket != std::string_view::npos) {
        size_t close = head.find(']', bracket);
        if (close == std::string_view::npos) return bad("unclosed '['");
        e.kinds = Words(head.substr(bracket + 1, close - bracket - 1));
        head = Trim(head.substr(0, bracket));
      }
      e.name = std::string(head);
      e.words = Words(value);
      for (std::string& w : e.words) {
        if (w.size() > 1 && w.back() == '$') {
          w.pop_back();
          e.closing.push_back(w);
        }
      }
      if (e.name.empty()) return bad("entry without a name");
      if (e.words.empty()) return bad("entry " + e.name + " has no words");
      current->entries_.push_back(std::move(e));
      current->Index();
    } else if (key == "example" || key == "counter") {
      size_t arrow = value.find("=>");
      if (arrow == std::string_view::npos) return bad("expected 'text => x'");
      LexExample ex;
      ex.text = std::string(Trim(value.substr(0, arrow)));
      // "\n" in an example is a line break, for text laid out over lines.
      for (size_t at; (at = ex.text.find("\\n")) != std::string::npos;) {
        ex.text.replace(at, 2, "\n");
      }
      ex.expect = std::string(Trim(value.substr(arrow + 2)));
      ex.counter = key == "counter";
      ex.file = file;
      ex.line = line_no;
      if (ex.text.empty()) return bad("empty example");
      current->examples_.push_back(std::move(ex));
    } else {
      return bad("unknown key '" + std::string(key) + "'");
    }
  }
  return Status::OK();
}

}  // namespace tally::extract
