// pipeline/spool.h: frames held for later, in memory while they are small
// and in an unlinked temporary file beyond that.
//
// The supervisor receives a document's record in parts (wire.h) as soon as a
// worker has assembled it, but writes documents in order; a large record
// waits here, on disk, so that the supervisor's memory does not grow with
// the size of the documents in flight.
//
//   Spool spool;
//   TALLY_RETURN_IF_ERROR(spool.Append(frame));
//   TALLY_RETURN_IF_ERROR(spool.ForEach([](std::string_view f) { ... }));
//
// Thread safety: none; one owner.
#ifndef TALLY_PIPELINE_SPOOL_H_
#define TALLY_PIPELINE_SPOOL_H_

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tally::pipeline {

class Spool {
 public:
  // Frames up to this many bytes in all stay in memory.
  static constexpr size_t kMemoryBytes = 4u << 20;

  bool empty() const { return frames_ == 0; }
  size_t frames() const { return frames_; }
  // Whether the frames went to a temporary file (tests).
  bool on_disk() const { return file_ != nullptr; }

  // IOError if the temporary file cannot be made or written.
  Status Append(std::string_view frame);
  // Calls f with each frame in the order appended; stops at f's first error.
  // The view is valid during the call only.
  Status ForEach(const std::function<Status(std::string_view)>& f);

 private:
  struct Close {
    void operator()(FILE* f) const { std::fclose(f); }
  };
  std::vector<std::string> memory_;
  size_t bytes_ = 0, frames_ = 0;
  std::unique_ptr<FILE, Close> file_;
};

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_SPOOL_H_
