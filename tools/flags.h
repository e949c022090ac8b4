// tools/flags.h: the one flag-parsing step the evaluation tools share.
#ifndef TALLY_TOOLS_FLAGS_H_
#define TALLY_TOOLS_FLAGS_H_

#include <string>
#include <string_view>

namespace tally::tools {

// Whether argv[*i] is the flag `name`, written "name VALUE" or "name=VALUE".
// If so, *value is its value and *i is left on the last argument used; a
// "name" with nothing after it gives an empty value and sets *missing.
inline bool TakeFlag(int argc, char** argv, int* i, std::string_view name,
                     std::string* value, bool* missing = nullptr) {
  std::string_view a = argv[*i];
  if (a == name) {
    if (*i + 1 >= argc) {
      value->clear();
      if (missing) *missing = true;
      return true;
    }
    *value = argv[++*i];
    return true;
  }
  if (a.starts_with(name) && a.size() > name.size() && a[name.size()] == '=') {
    *value = std::string(a.substr(name.size() + 1));
    return true;
  }
  return false;
}

}  // namespace tally::tools

#endif  // TALLY_TOOLS_FLAGS_H_
