// base/sha256.h: SHA-256, a document's identity in the store.
//
//   Sha256 h;
//   h.Update(bytes);
//   std::string hex = h.HexDigest();  // 64 lowercase hex digits
//
// Thread safety: one object per thread.
#ifndef TALLY_BASE_SHA256_H_
#define TALLY_BASE_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tally {

class Sha256 {
 public:
  // Uses the CPU's SHA instructions where present, unless allow_hardware is
  // false (tests compare both paths).
  explicit Sha256(bool allow_hardware = true);
  bool hardware() const { return hardware_; }
  void Update(std::string_view data);
  // Finishes the hash; the object must not be updated afterwards.
  std::string HexDigest();

 private:
  void Block(const uint8_t* p);  // portable
  void Blocks(const uint8_t* p, size_t n);
  bool hardware_ = false;
  std::array<uint32_t, 8> h_;
  uint8_t buf_[64];
  size_t buf_len_ = 0;
  uint64_t total_ = 0;
};

std::string Sha256Hex(std::string_view data);

}  // namespace tally

#endif  // TALLY_BASE_SHA256_H_
