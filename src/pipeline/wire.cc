#include "pipeline/wire.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>

#include "pipeline/codec.h"

// The field lists. They live in namespace codec, where the encoder and
// decoder find them (by argument-dependent lookup through their first
// parameter). Tags rise within each list; a field is never renumbered, and a
// removed field's tag is not reused.
namespace tally::pipeline::codec {

template <typename A>
void Fields(A& a, Word& w) {
  a(1, w.text);
  a(2, w.box);
  a(3, w.font_size);
  a(4, w.space_after);
  a(5, w.confidence);
  a(6, w.raw);
  a(7, w.ref);
  a(8, w.symbol_confidence);
}

template <typename A>
void Fields(A& a, Rule& r) {
  a(1, r.box);
}

template <typename A>
void Fields(A& a, PageContent& c) {
  a(1, c.page_no);
  a(2, c.width);
  a(3, c.height);
  a(4, c.words);
  a(5, c.rules);
}

template <typename A>
void Fields(A& a, Section& s) {
  a(1, s.level);
  a(2, s.parent);
  a(3, s.marker);
  a(4, s.title);
  a(5, s.page_no);
  a(6, s.text_begin);
}

template <typename A>
void Fields(A& a, Fact& f) {
  a(1, f.fact_id);
  a(2, f.kind);
  a(3, f.raw);
  a(4, f.value);
  a(5, f.unit);
  a(6, f.qualifier);
  a(7, f.base_value);
  a(8, f.label);
  a(9, f.context);
  a(10, f.sentence);
  a(11, f.section);
  a(12, f.in_table);
  a(13, f.page_no);
  a(14, f.box);
  a(15, f.text_begin);
  a(16, f.text_end);
  a(17, f.source);
  a(18, f.ocr_confidence);
  a(19, f.rule_id);
  a(20, f.role);
  a(21, f.sentence_begin);
  a(22, f.sentence_end);
}

template <typename A>
void Fields(A& a, RelationMember& m) {
  a(1, m.role);
  a(2, m.fact);
}

template <typename A>
void Fields(A& a, Relation& r) {
  a(1, r.kind);
  a(2, r.members);
  a(3, r.complete);
  a(4, r.evidence);
  a(5, r.detail);
  a(6, r.name);
  a(7, r.rule);
  a(8, r.page_no);
}

template <typename A>
void Fields(A& a, IndicatorRow& r) {
  a(1, r.page_no);
  a(2, r.level1);
  a(3, r.level2);
  a(4, r.level3);
  a(5, r.target);
  a(6, r.actual);
  a(7, r.weight);
  a(8, r.score);
  a(9, r.note);
  a(10, r.box);
  a(11, r.source);
}

template <typename A>
void Fields(A& a, BudgetRow& r) {
  a(1, r.page_no);
  a(2, r.item);
  a(3, r.unit);
  a(4, r.initial);
  a(5, r.full);
  a(6, r.executed);
  a(7, r.weight);
  a(8, r.rate);
  a(9, r.score);
  a(10, r.box);
  a(11, r.source);
}

template <typename A>
void Fields(A& a, Finding& f) {
  a(1, f.rule);
  a(2, f.severity);
  a(3, f.message);
  a(4, f.expected);
  a(5, f.actual);
  a(6, f.page_no);
  a(7, f.fact_ids);
  a(8, f.suggested);
  a(9, f.reading);
  a(10, f.alternatives);
  a(11, f.relation);
}

template <typename A>
void Fields(A& a, store::BoxRecord& b) {
  a(1, b.box);
  a(2, b.text);
  a(3, b.font_size);
  a(4, b.confidence);
  a(5, b.text_begin);
  a(6, b.text_end);
  a(7, b.ocr_raw);
  a(8, b.ref);
  a(9, b.symbol_confidence);
}

template <typename A>
void Fields(A& a, store::LineRecord& l) {
  a(1, l.kind);
  a(2, l.raw);
  a(3, l.box);
}

template <typename A>
void Fields(A& a, store::PageRecord& p) {
  a(1, p.page_no);
  a(2, p.source);
  a(3, p.route_reason);
  a(4, p.width);
  a(5, p.height);
  a(6, p.ocr_confidence);
  a(7, p.text);
  a(8, p.lines);
  a(9, p.boxes);
  a(10, p.hidden_chars);
}

// All of a DocumentRecord, though workers fill only what they compute.
template <typename A>
void Fields(A& a, store::DocumentRecord& d) {
  a(1, d.path);
  a(2, d.sha256);
  a(3, d.size);
  a(4, d.file_kind);
  a(5, d.status);
  a(6, d.error);
  a(7, d.page_count);
  a(8, d.pipeline_version);
  a(9, d.seconds);
  a(10, d.bureau);
  a(11, d.report_kind);
  a(12, d.report_date);
  a(13, d.fiscal_year);
  a(14, d.pages);
  a(15, d.sections);
  a(16, d.facts);
  a(17, d.indicators);
  a(18, d.budgets);
  a(19, d.findings);
  a(20, d.project);
  a(21, d.relations);
}

// A Status as its code and message; an unknown code reads as kInternal.
struct WireStatus {
  int32_t code = 0;
  std::string message;
};
template <typename A>
void Fields(A& a, WireStatus& s) {
  a(1, s.code);
  a(2, s.message);
}
template <typename A>
void StatusField(A& a, int tag, Status& status) {
  WireStatus w{int32_t(status.code()), status.message()};
  a(tag, w);
  if constexpr (std::is_same_v<A, Decoder>) {
    bool known = w.code >= 0 && w.code <= int32_t(StatusCode::kInternal);
    status = w.code == 0
                 ? Status::OK()
                 : Status(known ? StatusCode(w.code) : StatusCode::kInternal,
                          std::move(w.message));
  }
}

template <typename A>
void Fields(A& a, wire::PageRead& p) {
  a(1, p.page_no);
  a(2, p.content);
  a(3, p.is_text);
  a(4, p.text);
  a(5, p.source);
  a(6, p.route_reason);
  a(7, p.ocr_confidence);
  a(8, p.structured);
  a(9, p.word_begin);
  a(10, p.hidden_chars);
  a(11, p.invisible_layer);
}

template <typename A>
void Fields(A& a, wire::Task& t) {
  a(1, t.type);
  a(2, t.doc);
  a(3, t.path);
  a(4, t.sha256);
  a(5, t.page_no);
  a(6, t.pages);
  a(7, t.extract);
  a(8, t.named);
  a(9, t.read_pages);
}

template <typename A>
void Fields(A& a, wire::Reply& r) {
  a(1, r.type);
  a(2, r.doc);
  a(3, r.page_no);
  StatusField(a, 4, r.status);
  a(5, r.size);
  a(6, r.sha256);
  a(7, r.file_kind);
  a(8, r.page_count);
  a(9, r.pages_in_file);
  a(10, r.pages);
  a(11, r.record);
  a(12, r.notes);
  a(13, r.members);
  a(14, r.not_a_report);
  a(15, r.unread);
  a(16, r.more);
  a(17, r.continues_page);
  a(18, r.cheap_pages);
  a(19, r.continues_text);
  a(20, r.mtime_ns);
}

}  // namespace tally::pipeline::codec

namespace tally::pipeline::wire {
namespace {

// Decoded values may take this many times the message's own bytes (a
// vector element costs its in-memory size, however few bytes encode it),
// plus a little: honest messages need under twice; a hostile one fails.
int64_t Budget(std::string_view data) {
  return 4 * int64_t(data.size()) + (1 << 20);
}

bool KnownType(Task::Type t) {
  return t == Task::kOpen || t == Task::kPage || t == Task::kAssemble;
}

}  // namespace

std::string Encode(const PageRead& page) { return codec::Encode(page); }
std::string Encode(const Task& task) { return codec::Encode(task); }
std::string Encode(const Reply& reply) { return codec::Encode(reply); }

bool Decode(std::string_view data, PageRead* page) {
  return codec::Decode(data, page, Budget(data));
}
bool Decode(std::string_view data, Task* task) {
  return codec::Decode(data, task, Budget(data)) && KnownType(task->type);
}
bool Decode(std::string_view data, Reply* reply) {
  return codec::Decode(data, reply, Budget(data)) && KnownType(reply->type);
}

std::vector<Part> SplitRecord(store::DocumentRecord* rec) {
  std::vector<Part> parts;
  // Moves the items of `from` into parts' `list`, kPartItems at a time.
  auto cut = [&](auto& from, auto list) {
    for (size_t i = 0; i < from.size(); i += kPartItems) {
      auto& to = parts.emplace_back().record.*list;
      size_t end = std::min(from.size(), i + kPartItems);
      to.assign(std::make_move_iterator(from.begin() + ptrdiff_t(i)),
                std::make_move_iterator(from.begin() + ptrdiff_t(end)));
    }
    from = {};
  };
  for (store::PageRecord& page : rec->pages) {
    std::vector<store::LineRecord> lines = std::move(page.lines);
    std::vector<store::BoxRecord> boxes = std::move(page.boxes);
    page.lines.clear();
    page.boxes.clear();
    // The page with the first piece of its text, then the others, then its
    // lines and boxes kPartItems at a time (the first of them in the page's
    // own part if its text is whole there).
    std::string text = std::move(page.text);
    page.text.clear();
    size_t t = store::PageTextPartEnd(text, 0);
    page.text = text.substr(0, t);
    bool first = true;
    if (t < text.size()) {
      parts.emplace_back().record.pages.push_back(std::move(page));
      page = store::PageRecord();
      page.page_no = parts.back().record.pages[0].page_no;
      first = false;
    }
    while (t < text.size()) {
      const size_t end = store::PageTextPartEnd(text, t);
      Part& part = parts.emplace_back();
      part.continues_text = true;
      store::PageRecord& to = part.record.pages.emplace_back();
      to.page_no = page.page_no;
      to.text = text.substr(t, end - t);
      t = end;
    }
    text = std::string();
    size_t l = 0, b = 0;
    while (first || l < lines.size() || b < boxes.size()) {
      Part& part = parts.emplace_back();
      store::PageRecord& to = part.record.pages.emplace_back();
      if (first) {
        to = std::move(page);
      } else {
        to.page_no = page.page_no;
        part.continues_page = true;
      }
      first = false;
      size_t n = std::min(lines.size() - l, kPartItems);
      to.lines.assign(
          std::make_move_iterator(lines.begin() + ptrdiff_t(l)),
          std::make_move_iterator(lines.begin() + ptrdiff_t(l + n)));
      l += n;
      n = std::min(boxes.size() - b, kPartItems);
      to.boxes.assign(
          std::make_move_iterator(boxes.begin() + ptrdiff_t(b)),
          std::make_move_iterator(boxes.begin() + ptrdiff_t(b + n)));
      b += n;
    }
  }
  rec->pages = {};
  cut(rec->sections, &store::DocumentRecord::sections);
  cut(rec->facts, &store::DocumentRecord::facts);
  cut(rec->indicators, &store::DocumentRecord::indicators);
  cut(rec->budgets, &store::DocumentRecord::budgets);
  cut(rec->relations, &store::DocumentRecord::relations);
  cut(rec->findings, &store::DocumentRecord::findings);
  return parts;
}

Status WriteFrame(int fd, std::string_view payload) {
  if (payload.size() > kMaxFrame) return Internal("message too large");
  uint32_t n = uint32_t(payload.size());
  char prefix[4];
  std::memcpy(prefix, &n, 4);
  // Two writes rather than a copy of a large payload; the reader takes
  // whatever arrives.
  for (std::string_view part : {std::string_view(prefix, 4), payload}) {
    size_t done = 0;
    while (done < part.size()) {
      ssize_t w = ::write(fd, part.data() + done, part.size() - done);
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) {
        return IOError(std::string("pipe write: ") + std::strerror(errno));
      }
      done += size_t(w);
    }
  }
  return Status::OK();
}

StatusOr<std::string> ReadFrame(int fd) {
  auto read_exactly = [fd](char* p, size_t n) -> int {
    size_t done = 0;
    while (done < n) {
      ssize_t r = ::read(fd, p + done, n - done);
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) return -1;
      if (r == 0) return done == 0 ? 0 : -1;
      done += size_t(r);
    }
    return 1;
  };
  uint32_t n;
  int r = read_exactly(reinterpret_cast<char*>(&n), 4);
  if (r == 0) return NotFound("end of stream");
  if (r < 0 || n > kMaxFrame) return IOError("pipe read failed");
  std::string payload(n, '\0');
  if (n > 0 && read_exactly(payload.data(), n) != 1) {
    return IOError("pipe read failed mid-frame");
  }
  return payload;
}

bool TakeFrame(std::string* buffer, std::string* frame, bool* error) {
  *error = false;
  if (buffer->size() < 4) return false;
  uint32_t n;
  std::memcpy(&n, buffer->data(), 4);
  if (n > kMaxFrame) {
    *error = true;
    return false;
  }
  if (buffer->size() - 4 < n) return false;
  frame->assign(*buffer, 4, n);
  buffer->erase(0, 4 + size_t(n));
  return true;
}

}  // namespace tally::pipeline::wire
