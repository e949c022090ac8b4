#include "pipeline/wire.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tally::pipeline::wire {
namespace {

class Writer {
 public:
  template <typename T>
  void Raw(T v) {
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    out_.append(b, sizeof(T));
  }
  void Str(std::string_view s) {
    Raw<uint32_t>(uint32_t(s.size()));
    out_.append(s);
  }
  void Stat(const Status& s) {
    Raw<uint8_t>(uint8_t(s.code()));
    Str(s.message());
  }
  void BoxOf(const Box& b) {
    Raw(b.x0);
    Raw(b.y0);
    Raw(b.x1);
    Raw(b.y1);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  T Raw() {
    T v{};
    if (!Need(sizeof(T))) return v;
    std::memcpy(&v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string Str() {
    auto n = Raw<uint32_t>();
    if (!Need(n)) return {};
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  Status Stat() {
    auto code = Raw<uint8_t>();
    std::string m = Str();
    if (code == 0) return Status::OK();
    if (code > uint8_t(StatusCode::kInternal)) ok_ = false;
    return Status(StatusCode(code), m);
  }
  Box BoxOf() {
    Box b;
    b.x0 = Raw<double>();
    b.y0 = Raw<double>();
    b.x1 = Raw<double>();
    b.y1 = Raw<double>();
    return b;
  }
  // Counts are checked against the bytes left, so a corrupt count cannot
  // make the decoder reserve gigabytes.
  uint32_t Count(size_t min_item_bytes) {
    auto n = Raw<uint32_t>();
    if (!Need(size_t(n) * min_item_bytes)) return 0;
    return n;
  }
  bool Done() const { return ok_ && pos_ == in_.size(); }

 private:
  bool Need(size_t n) {
    if (!ok_ || in_.size() - pos_ < n) {
      ok_ = false;
      return false;
    }
    return true;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string Encode(const Task& t) {
  Writer w;
  w.Raw<uint8_t>(t.type);
  w.Raw(t.doc);
  w.Str(t.path);
  w.Str(t.sha256);
  w.Raw(t.page_no);
  return w.Take();
}

bool Decode(std::string_view data, Task* t) {
  Reader r(data);
  auto type = r.Raw<uint8_t>();
  t->type = Task::Type(type);
  t->doc = r.Raw<uint32_t>();
  t->path = r.Str();
  t->sha256 = r.Str();
  t->page_no = r.Raw<int32_t>();
  return r.Done() && (type == Task::kOpen || type == Task::kPage);
}

std::string Encode(const Reply& m) {
  Writer w;
  w.Raw<uint8_t>(m.type);
  w.Raw(m.doc);
  w.Raw(m.page_no);
  w.Stat(m.status);
  w.Raw(m.size);
  w.Str(m.sha256);
  w.Str(m.file_kind);
  w.Raw(m.page_count);
  w.Str(m.text);
  const PageContent& c = m.content;
  w.Raw<int32_t>(c.page_no);
  w.Raw(c.width);
  w.Raw(c.height);
  w.Raw<uint32_t>(uint32_t(c.words.size()));
  for (const Word& word : c.words) {
    w.Str(word.text);
    w.BoxOf(word.box);
    w.Raw(word.font_size);
    w.Raw<uint8_t>(word.space_after);
    w.Raw(word.confidence);
    w.Str(word.raw);
  }
  w.Raw<uint32_t>(uint32_t(c.rules.size()));
  for (const Rule& rule : c.rules) w.BoxOf(rule.box);
  w.Str(m.source);
  w.Str(m.route_reason);
  w.Raw(m.ocr_confidence);
  return w.Take();
}

bool Decode(std::string_view data, Reply* m) {
  Reader r(data);
  auto type = r.Raw<uint8_t>();
  m->type = Task::Type(type);
  m->doc = r.Raw<uint32_t>();
  m->page_no = r.Raw<int32_t>();
  m->status = r.Stat();
  m->size = r.Raw<int64_t>();
  m->sha256 = r.Str();
  m->file_kind = r.Str();
  m->page_count = r.Raw<int32_t>();
  m->text = r.Str();
  PageContent& c = m->content;
  c.page_no = r.Raw<int32_t>();
  c.width = r.Raw<double>();
  c.height = r.Raw<double>();
  uint32_t words = r.Count(4 + 6 * 8 + 1 + 4);
  c.words.resize(words);
  for (Word& word : c.words) {
    word.text = r.Str();
    word.box = r.BoxOf();
    word.font_size = r.Raw<double>();
    word.space_after = r.Raw<uint8_t>() != 0;
    word.confidence = r.Raw<double>();
    word.raw = r.Str();
  }
  uint32_t rules = r.Count(4 * 8);
  c.rules.resize(rules);
  for (Rule& rule : c.rules) rule.box = r.BoxOf();
  m->source = r.Str();
  m->route_reason = r.Str();
  m->ocr_confidence = r.Raw<double>();
  return r.Done() && (type == Task::kOpen || type == Task::kPage);
}

Status WriteFrame(int fd, std::string_view payload) {
  if (payload.size() > kMaxFrame) return Internal("message too large");
  uint32_t n = uint32_t(payload.size());
  std::string frame(reinterpret_cast<const char*>(&n), 4);
  frame.append(payload);
  size_t done = 0;
  while (done < frame.size()) {
    ssize_t w = ::write(fd, frame.data() + done, frame.size() - done);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0)
      return IOError(std::string("pipe write: ") + std::strerror(errno));
    done += size_t(w);
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
