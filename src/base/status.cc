#include "base/status.h"

namespace tally {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case StatusCode::kOk:
      return "OK";
    case StatusCode::kInvalidArgument:
      name = "invalid argument";
      break;
    case StatusCode::kNotFound:
      name = "not found";
      break;
    case StatusCode::kCorrupt:
      name = "corrupt";
      break;
    case StatusCode::kUnsupported:
      name = "unsupported";
      break;
    case StatusCode::kPermissionDenied:
      name = "permission denied";
      break;
    case StatusCode::kIOError:
      name = "I/O error";
      break;
    case StatusCode::kResourceExhausted:
      name = "resource exhausted";
      break;
    case StatusCode::kInternal:
      name = "internal error";
      break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace tally
