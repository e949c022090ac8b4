#include "base/json.h"

#include <cstdio>

#include "base/utf8.h"

namespace tally {

void AppendJsonString(std::string_view v, std::string* out) {
  std::string& s = *out;
  s += '"';
  for (size_t i = 0; i < v.size();) {
    char32_t c = DecodeUtf8(v, &i);
    switch (c) {
      case '"':
        s += "\\\"";
        break;
      case '\\':
        s += "\\\\";
        break;
      case '\b':
        s += "\\b";
        break;
      case '\f':
        s += "\\f";
        break;
      case '\n':
        s += "\\n";
        break;
      case '\r':
        s += "\\r";
        break;
      case '\t':
        s += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
          s += buf;
        } else {
          AppendUtf8(c, &s);
        }
    }
  }
  s += '"';
}

std::string JsonString(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  AppendJsonString(s, &out);
  return out;
}

}  // namespace tally
