// pipeline/codec.h: the tagged binary encoding of the messages between the
// ingest supervisor and its workers (wire.h), in the manner of protocol
// buffers but driven by one field list per struct.
//
// A struct is made encodable by one function that lists its fields with
// their tags, used both to write and to read:
//
//   template <typename A> void Fields(A& a, Word& w) {
//     a(1, w.text);
//     a(2, w.box);
//     a(3, w.font_size);
//   }
//
// Adding a field is one line (a new, higher tag); adding a record type is one
// such function and one line in the struct that holds it. Tags must rise
// within a function: the decoder reads fields in that order, skips fields it
// does not know (a tag it passed over) and leaves fields that are absent at
// their defaults.
//
// Encoding: a message is a sequence of fields, each a varint key
// (tag << 3 | type) and a value: type 0 a varint (integers zigzag-encoded,
// bools, enums), type 1 eight bytes (a double), type 2 a varint length and
// that many bytes (a string, or a nested message, whose length is padded
// to five bytes so it can be written in place). A repeated field (a
// std::vector) is its elements as fields of the same tag; a std::optional is
// present or not. A message ends with a 0 byte, so a truncated message never
// decodes.
//
// Decoding trusts nothing: every length is checked against the bytes left,
// nesting is limited, and the memory a message may make the decoder allocate
// is budgeted (Decoder's constructor), so a corrupt or hostile message fails
// to decode instead of exhausting the reader's memory.
//
// Thread safety: an Encoder or Decoder is used by one thread.
#ifndef TALLY_PIPELINE_CODEC_H_
#define TALLY_PIPELINE_CODEC_H_

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "base/geometry.h"

namespace tally::pipeline::codec {

template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};
template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};

enum WireType : uint8_t { kVarint = 0, kFixed64 = 1, kBytes = 2 };

// Box is a value type every stage shares; its fields are listed here.
template <typename A>
void Fields(A& a, Box& b) {
  a(1, b.x0);
  a(2, b.y0);
  a(3, b.x1);
  a(4, b.y1);
}

class Encoder {
 public:
  // Writes field `tag` of value v (see the file comment for the types).
  template <typename T>
  void operator()(int tag, const T& v) {
    if constexpr (IsVector<T>::value) {
      for (const auto& e : v) (*this)(tag, e);
    } else if constexpr (IsOptional<T>::value) {
      if (v) (*this)(tag, *v);
    } else if constexpr (std::is_same_v<T, bool>) {
      Key(tag, kVarint);
      Varint(v ? 1 : 0);
    } else if constexpr (std::is_enum_v<T>) {
      Key(tag, kVarint);
      Varint(uint64_t(v));
    } else if constexpr (std::is_integral_v<T>) {
      Key(tag, kVarint);
      int64_t s = int64_t(v);
      Varint((uint64_t(s) << 1) ^ uint64_t(s >> 63));  // zigzag
    } else if constexpr (std::is_floating_point_v<T>) {
      Key(tag, kFixed64);
      double d = double(v);
      char b[8];
      std::memcpy(b, &d, 8);
      out_.append(b, 8);
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
      Key(tag, kBytes);
      std::string_view s = v;
      Varint(s.size());
      out_.append(s);
    } else {
      // A nested message, written in place: its length is a varint padded
      // to five bytes (still a valid varint), patched once the message is
      // written, so nested messages are never copied.
      Key(tag, kBytes);
      size_t at = out_.size();
      out_.append(5, '\0');
      Fields(*this, const_cast<T&>(v));  // Fields only reads when encoding
      out_.push_back('\0');              // the nested message's end
      uint64_t n = out_.size() - at - 5;
      for (int k = 0; k < 5; ++k) {
        out_[at + size_t(k)] = char((n & 0x7F) | (k < 4 ? 0x80 : 0));
        n >>= 7;
      }
    }
  }

  // The message: the fields written, and its end marker.
  std::string Finish() {
    out_.push_back('\0');
    return std::move(out_);
  }

 private:
  void Key(int tag, WireType type) { Varint((uint64_t(tag) << 3) | type); }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(char(v | 0x80));
      v >>= 7;
    }
    out_.push_back(char(v));
  }
  std::string out_;
};

class Decoder {
 public:
  // Decodes data; `budget` bounds the bytes of memory the decoded values may
  // take (strings and vector elements are charged as they are made), and is
  // shared with nested messages.
  Decoder(std::string_view data, int64_t* budget, int depth = 0)
      : in_(data), budget_(budget), depth_(depth) {
    Peek();
  }

  // Reads field `tag` into v if the message has it (see the file comment).
  template <typename T>
  void operator()(int tag, T& v) {
    SkipTo(tag);
    if constexpr (IsVector<T>::value) {
      while (ok_ && next_tag_ == tag) {
        if (!Charge(int64_t(sizeof(typename T::value_type)))) return;
        Read(v.emplace_back());
      }
    } else if constexpr (IsOptional<T>::value) {
      if (ok_ && next_tag_ == tag) Read(v.emplace());
    } else {
      if (ok_ && next_tag_ == tag) Read(v);
    }
  }

  // True if the whole input was one well-formed message (unknown fields
  // after the last one read are skipped).
  bool Finish() {
    SkipTo(1 << 28);
    return ok_ && at_end_ && pos_ == in_.size();
  }
  bool ok() const { return ok_; }

 private:
  static constexpr int kMaxDepth = 16;

  template <typename T>
  void Read(T& v) {
    if constexpr (std::is_same_v<T, bool>) {
      uint64_t x = 0;
      if (Want(kVarint) && Varint(&x)) v = x != 0;
    } else if constexpr (std::is_enum_v<T>) {
      uint64_t x = 0;
      if (Want(kVarint) && Varint(&x)) v = T(x);
    } else if constexpr (std::is_integral_v<T>) {
      uint64_t x = 0;
      if (Want(kVarint) && Varint(&x)) {
        int64_t s = int64_t(x >> 1) ^ -int64_t(x & 1);
        v = T(s);
        if (int64_t(v) != s) ok_ = false;  // out of the field's range
      }
    } else if constexpr (std::is_floating_point_v<T>) {
      if (Want(kFixed64) && Need(8)) {
        double d;
        std::memcpy(&d, in_.data() + pos_, 8);
        pos_ += 8;
        v = T(d);
      }
    } else if constexpr (std::is_same_v<T, std::string>) {
      std::string_view s;
      if (Want(kBytes) && Bytes(&s) && Charge(int64_t(s.size()))) {
        v.assign(s);
      }
    } else {
      std::string_view s;
      if (!Want(kBytes) || !Bytes(&s)) return;
      if (depth_ + 1 > kMaxDepth) {
        ok_ = false;
        return;
      }
      Decoder sub(s, budget_, depth_ + 1);
      Fields(sub, v);
      if (!sub.Finish()) ok_ = false;
    }
    Peek();
  }

  // Reads the next key, or the end marker.
  void Peek() {
    if (!ok_ || at_end_) return;
    uint64_t key = 0;
    if (!Need(1)) return;
    if (in_[pos_] == '\0') {
      ++pos_;
      at_end_ = true;
      next_tag_ = INT32_MAX;
      return;
    }
    if (!Varint(&key) || key >> 3 == 0 || key >> 3 > (1u << 28)) {
      ok_ = false;
      return;
    }
    next_tag_ = int(key >> 3);
    next_type_ = WireType(key & 7);
  }

  // Skips the fields before `tag` (fields this reader does not know).
  void SkipTo(int tag) {
    while (ok_ && !at_end_ && next_tag_ < tag) {
      uint64_t x;
      std::string_view s;
      switch (next_type_) {
        case kVarint:
          Varint(&x);
          break;
        case kFixed64:
          if (Need(8)) pos_ += 8;
          break;
        case kBytes:
          Bytes(&s);
          break;
        default:
          ok_ = false;
      }
      Peek();
    }
  }

  bool Want(WireType type) {
    if (next_type_ != type) ok_ = false;
    return ok_;
  }
  bool Need(size_t n) {
    if (!ok_ || in_.size() - pos_ < n) ok_ = false;
    return ok_;
  }
  bool Charge(int64_t n) {
    *budget_ -= n;
    if (*budget_ < 0) ok_ = false;
    return ok_;
  }
  bool Varint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!Need(1)) return false;
      uint8_t b = uint8_t(in_[pos_++]);
      *v |= uint64_t(b & 0x7F) << shift;
      if (!(b & 0x80)) return true;
    }
    ok_ = false;
    return false;
  }
  bool Bytes(std::string_view* s) {
    uint64_t n = 0;
    if (!Varint(&n) || !Need(n)) return false;
    *s = in_.substr(pos_, n);
    pos_ += n;
    return true;
  }

  std::string_view in_;
  size_t pos_ = 0;
  int64_t* budget_;
  int depth_;
  bool ok_ = true, at_end_ = false;
  int next_tag_ = 0;
  WireType next_type_ = kVarint;
};

// Encodes a struct that has a Fields function.
template <typename T>
std::string Encode(const T& message) {
  Encoder e;
  Fields(e, const_cast<T&>(message));
  return e.Finish();
}

// Decodes data into *message (reset first); false if data is not exactly one
// well-formed message, or would take more than `budget` bytes of memory.
template <typename T>
bool Decode(std::string_view data, T* message, int64_t budget) {
  *message = T();
  Decoder d(data, &budget);
  Fields(d, *message);
  return d.Finish();
}

}  // namespace tally::pipeline::codec

#endif  // TALLY_PIPELINE_CODEC_H_
