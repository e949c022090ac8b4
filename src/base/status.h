// base/status.h: errors as values.
//
// A Status is OK or carries a code and a human-readable message; StatusOr<T>
// holds a T or a non-OK Status. No stage throws across its boundary: a bad
// document becomes a Status, and the pipeline records its message against the
// file. Modelled on leveldb::Status and absl::StatusOr.
//
//   StatusOr<int> ParsePages(std::string_view s);
//   StatusOr<int> n = ParsePages("12");
//   if (!n.ok()) return n.status();
//   Use(*n);
//
// Thread safety: values; safe to copy between threads.
#ifndef TALLY_BASE_STATUS_H_
#define TALLY_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace tally {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // the caller passed something malformed
  kNotFound,           // a file, table or model is missing
  kCorrupt,            // input exists but cannot be parsed
  kUnsupported,        // well-formed input of a kind we cannot handle
  kPermissionDenied,   // encrypted, or not readable/writable
  kIOError,            // the operating system refused
  kResourceExhausted,  // out of memory or time
  kInternal,           // a bug or an engine failure; keep last (wire.cc checks)
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "corrupt: xref table missing", or "OK".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) {
  return Status(StatusCode::kInvalidArgument, std::move(m));
}
inline Status NotFound(std::string m) {
  return Status(StatusCode::kNotFound, std::move(m));
}
inline Status Corrupt(std::string m) {
  return Status(StatusCode::kCorrupt, std::move(m));
}
inline Status Unsupported(std::string m) {
  return Status(StatusCode::kUnsupported, std::move(m));
}
inline Status PermissionDenied(std::string m) {
  return Status(StatusCode::kPermissionDenied, std::move(m));
}
inline Status IOError(std::string m) {
  return Status(StatusCode::kIOError, std::move(m));
}
inline Status ResourceExhausted(std::string m) {
  return Status(StatusCode::kResourceExhausted, std::move(m));
}
inline Status Internal(std::string m) {
  return Status(StatusCode::kInternal, std::move(m));
}

// Holds either a value or a non-OK status. Accessing the value of a non-OK
// StatusOr is a programming error (asserted in debug builds).
template <typename T>
class StatusOr {
 public:
  StatusOr(Status s) : status_(std::move(s)) { assert(!status_.ok()); }
  StatusOr(T value) : value_(std::move(value)) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace tally

#define TALLY_RETURN_IF_ERROR(expr) \
  do {                              \
    ::tally::Status _st = (expr);   \
    if (!_st.ok()) return _st;      \
  } while (0)

#endif  // TALLY_BASE_STATUS_H_
