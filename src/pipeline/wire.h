// pipeline/wire.h: messages between the ingest supervisor and its worker
// processes, and their framing on a pipe.
//
// Workers do the risky work (parsing untrusted files with third-party
// libraries) in separate processes, so a crash, a hang or an exhausted
// memory limit costs only the document being read. The supervisor sends
// Tasks; a worker answers each with one Reply. Frames are a 4-byte
// little-endian length and a payload; payloads are decoded with bounds
// checks, so a worker that dies mid-write yields a decode error, never a
// crash of the supervisor.
//
// Thread safety: plain values and functions.
#ifndef TALLY_PIPELINE_WIRE_H_
#define TALLY_PIPELINE_WIRE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/geometry.h"
#include "base/status.h"

namespace tally::pipeline::wire {

struct Task {
  enum Type : uint8_t { kOpen = 1, kPage = 2 };
  Type type = kOpen;
  uint32_t doc = 0;  // the supervisor's index of the document
  std::string path;
  std::string sha256;   // page tasks: the bytes the document was opened as
  int32_t page_no = 0;  // page tasks, from 1
};

// kOpen: the file read, hashed, sniffed and (for a PDF) opened.
// kPage: one page read.
struct Reply {
  Task::Type type = Task::kOpen;
  uint32_t doc = 0;
  int32_t page_no = 0;
  Status status;  // what went wrong, if anything
  // kOpen
  int64_t size = -1;
  std::string sha256;     // empty if the file could not be read
  std::string file_kind;  // base::FileKindName
  int32_t page_count = 0;
  std::string text;  // a plain-text file's bytes
  // kPage
  PageContent content;
  std::string source;  // "text" or "ocr"
  std::string route_reason;
  double ocr_confidence = -1;
};

std::string Encode(const Task& task);
std::string Encode(const Reply& reply);
// False if data is not exactly one well-formed message.
bool Decode(std::string_view data, Task* task);
bool Decode(std::string_view data, Reply* reply);

// Largest frame accepted: a page's words or a text file are far smaller.
constexpr uint32_t kMaxFrame = 1u << 30;

// Writes one frame (blocking, retrying on EINTR and partial writes).
Status WriteFrame(int fd, std::string_view payload);
// Reads one frame (blocking). NotFound at a clean end of stream.
StatusOr<std::string> ReadFrame(int fd);
// Takes one complete frame off the front of buffer, if there is one.
// Returns false with *error set if the length prefix is impossible.
bool TakeFrame(std::string* buffer, std::string* frame, bool* error);

}  // namespace tally::pipeline::wire

#endif  // TALLY_PIPELINE_WIRE_H_
