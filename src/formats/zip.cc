// The zip container under docx, xlsx and ofd, and zip archives themselves
// (libzip, reading from memory).
#include <iconv.h>
#include <zip.h>

#include <cstring>

#include "base/utf8.h"
#include "formats/internal.h"

namespace tally::formats {
namespace {

// A zip written by Chinese Windows stores names in GBK without the UTF-8
// flag; libzip would read them as CP437. Names that are not UTF-8 are
// converted from GB18030 (a superset of GBK) with the C library's iconv.
std::string NameToUtf8(const char* raw) {
  std::string_view in(raw);
  if (IsValidUtf8(in)) return std::string(in);
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == iconv_t(-1)) return std::string(in);
  std::string out(in.size() * 4 + 4, '\0');
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  char* dst = out.data();
  size_t dst_left = out.size();
  size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (rc == size_t(-1)) return std::string(in);
  out.resize(out.size() - dst_left);
  return out;
}

std::string ZipErrorText(zip_error_t* e) {
  std::string s = zip_error_strerror(e);
  zip_error_fini(e);
  return s;
}

}  // namespace

StatusOr<std::unique_ptr<Zip>> Zip::Open(std::string_view bytes,
                                         const Options& options) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src =
      zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) {
    return Internal("zip: " + ZipErrorText(&error));
  }
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (z == nullptr) {
    zip_source_free(src);
    return Corrupt("not a readable zip archive: " + ZipErrorText(&error));
  }
  zip_error_fini(&error);
  std::unique_ptr<Zip> zip(new Zip());
  zip->zip_ = z;
  zip->max_member_bytes_ = options.max_member_bytes;
  zip_int64_t n = zip_get_num_entries(z, 0);
  if (n < 0) return Corrupt("zip: cannot count the members");
  if (n > options.max_members) {
    return ResourceExhausted("zip: " + std::to_string(n) +
                             " members, more than the limit of " +
                             std::to_string(options.max_members));
  }
  for (zip_uint64_t i = 0; i < zip_uint64_t(n); ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, i, ZIP_FL_ENC_RAW, &st) != 0 ||
        !(st.valid & ZIP_STAT_NAME)) {
      continue;
    }
    std::string name = NameToUtf8(st.name);
    if (name.empty() || name.back() == '/') continue;  // a folder
    zip->entries_.push_back({std::move(name),
                             (st.valid & ZIP_STAT_SIZE) ? int64_t(st.size) : 0,
                             i});
  }
  return zip;
}

Zip::~Zip() {
  if (zip_ != nullptr) zip_discard(zip_);
}

std::optional<uint64_t> Zip::Find(std::string_view name) const {
  auto same = [&](std::string_view stored) {
    if (stored.starts_with('/')) stored.remove_prefix(1);
    if (stored.size() != name.size()) return false;
    for (size_t i = 0; i < name.size(); ++i) {
      char a = stored[i] == '\\' ? '/' : stored[i];
      if (a != name[i]) return false;
    }
    return true;
  };
  if (name.starts_with('/')) name.remove_prefix(1);
  for (const ZipEntry& e : entries_) {
    if (same(e.name)) return e.index;
  }
  // Part names are case-insensitive in OPC (ECMA-376 part 2).
  for (const ZipEntry& e : entries_) {
    std::string_view s = e.name;
    if (s.starts_with('/')) s.remove_prefix(1);
    if (s.size() == name.size() &&
        strncasecmp(s.data(), name.data(), name.size()) == 0) {
      return e.index;
    }
  }
  return std::nullopt;
}

StatusOr<std::string> Zip::Read(uint64_t index) const {
  zip_file_t* f = zip_fopen_index(zip_, index, 0);
  if (f == nullptr) {
    zip_error_t* e = zip_get_error(zip_);
    int code = zip_error_code_zip(e);
    std::string why = zip_error_strerror(e);
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD ||
        code == ZIP_ER_ENCRNOTSUPP) {
      return Unsupported("zip member " + std::to_string(index) +
                         " is encrypted");
    }
    return Corrupt("zip member " + std::to_string(index) + ": " + why);
  }
  std::string out;
  char buf[1 << 16];
  for (;;) {
    zip_int64_t got = zip_fread(f, buf, sizeof buf);
    if (got < 0) {
      std::string why = zip_error_strerror(zip_file_get_error(f));
      zip_fclose(f);
      return Corrupt("zip member " + std::to_string(index) + ": " + why);
    }
    if (got == 0) break;
    if (int64_t(out.size()) + got > max_member_bytes_) {
      zip_fclose(f);
      return ResourceExhausted(
          "zip member " + std::to_string(index) + " is larger than " +
          std::to_string(max_member_bytes_ >> 20) + " MiB uncompressed");
    }
    out.append(buf, size_t(got));
  }
  // zip_fclose reports a CRC mismatch found at the end of the stream.
  if (int rc = zip_fclose(f); rc != 0) {
    zip_error_t e;
    zip_error_init_with_code(&e, rc);
    return Corrupt("zip member " + std::to_string(index) + ": " +
                   ZipErrorText(&e));
  }
  return out;
}

StatusOr<std::string> Zip::Read(std::string_view name) const {
  std::optional<uint64_t> i = Find(name);
  if (!i) return NotFound("no part " + std::string(name));
  StatusOr<std::string> s = Read(*i);
  if (!s.ok()) {
    return Status(s.status().code(),
                  std::string(name) + ": " + s.status().message());
  }
  return s;
}

StatusOr<std::vector<ZipEntry>> ZipMembers(std::string_view bytes,
                                           const Options& options) {
  StatusOr<std::unique_ptr<Zip>> zip = Zip::Open(bytes, options);
  if (!zip.ok()) return zip.status();
  return (*zip)->entries();
}

StatusOr<std::string> ZipMember(std::string_view bytes, uint64_t index,
                                const Options& options) {
  StatusOr<std::unique_ptr<Zip>> zip = Zip::Open(bytes, options);
  if (!zip.ok()) return zip.status();
  return (*zip)->Read(index);
}

std::string ResolvePart(std::string_view base, std::string_view target) {
  std::vector<std::string> parts;
  auto push = [&](std::string_view path) {
    size_t start = 0;
    while (start <= path.size()) {
      size_t slash = path.find('/', start);
      if (slash == std::string_view::npos) slash = path.size();
      std::string_view p = path.substr(start, slash - start);
      if (p == "..") {
        if (!parts.empty()) parts.pop_back();
      } else if (!p.empty() && p != ".") {
        parts.emplace_back(p);
      }
      start = slash + 1;
    }
  };
  if (!target.starts_with('/')) {
    size_t slash = base.rfind('/');
    if (slash != std::string_view::npos) push(base.substr(0, slash));
  }
  push(target);
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

}  // namespace tally::formats
