// base/json.h: JSON string literals, the one escaper for every JSON tally
// writes (export --format jsonl, check --format jsonl, ...).
//
//   out << "{\"path\":" << JsonString(path) << "}\n";
#ifndef TALLY_BASE_JSON_H_
#define TALLY_BASE_JSON_H_

#include <string>
#include <string_view>

namespace tally {

// s as a JSON string literal, quotes included: quotes, backslashes and
// control characters escaped (\n, \t, ... or \u00XX), every other character
// as UTF-8, unescaped. Invalid UTF-8 becomes U+FFFD, so the result is always
// valid JSON whatever the bytes.
std::string JsonString(std::string_view s);
// The same, appended to *out.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace tally

#endif  // TALLY_BASE_JSON_H_
