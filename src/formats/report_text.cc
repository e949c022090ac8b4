// NotAReport: whether a text file found in an archive folder is a report's
// text or something else kept beside reports (a README, a CSV export, code).
#include <algorithm>
#include <map>
#include <string>

#include "base/utf8.h"
#include "formats/formats.h"

namespace tally::formats {
namespace {

bool StartsWithAny(std::string_view line,
                   std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (line.starts_with(p)) return true;
  }
  return false;
}

// Han characters and visible (non-blank) characters of text.
struct HanCount {
  size_t han = 0, visible = 0;
};
HanCount CountHan(std::string_view text) {
  HanCount n;
  for (size_t i = 0; i < text.size();) {
    char32_t c = DecodeUtf8(text, &i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000) {
      continue;
    }
    ++n.visible;
    if (IsHan(c)) ++n.han;
  }
  return n;
}

}  // namespace

std::string NotAReport(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < text.size();) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = TrimSpace(text.substr(start, nl - start));
    if (!line.empty()) lines.push_back(line);
    start = nl + 1;
  }
  // A CSV table: most lines split into the same number (two or more) of
  // comma-separated fields.
  if (lines.size() >= 5) {
    std::map<size_t, int> by_fields;
    size_t n = std::min<size_t>(lines.size(), 50);
    for (size_t i = 0; i < n; ++i) {
      ++by_fields[size_t(std::count(lines[i].begin(), lines[i].end(), ',')) +
                  1];
    }
    for (const auto& [fields, count] : by_fields) {
      if (fields >= 3 && count * 10 >= int(n) * 8) {
        return "a CSV table (" + std::to_string(fields) +
               " comma-separated columns), not a report";
      }
    }
  }
  // Tab-separated records (a TSV export, an annotation file): most lines
  // that are not '#' comments hold three or more tab-separated fields. A
  // report's text has its table rows so, but its prose is most of it (under
  // a fifth of the lines of every report in corpus/ are rows).
  {
    int records = 0, data = 0;
    for (std::string_view l : lines) {
      if (l.starts_with('#')) continue;
      ++data;
      if (std::count(l.begin(), l.end(), '\t') >= 2) ++records;
    }
    if (records >= 5 && records * 10 >= data * 8) {
      return "a tab-separated table (" + std::to_string(records) + " of " +
             std::to_string(data) + " lines are records), not a report";
    }
  }
  // Source code: lines ending as statements and blocks do, or opening as
  // declarations do. A line that is mostly Han characters is prose, whatever
  // it ends with: reports typed with ASCII punctuation end the items of a
  // list with ';' ("1. 贯彻落实……集中统一领导;").
  int code = 0;
  for (std::string_view l : lines) {
    HanCount n = CountHan(l);
    if (n.han * 2 >= n.visible) continue;
    if (l.ends_with(';') || l.ends_with('{') || l.ends_with('}') ||
        StartsWithAny(l, {"#include", "import ", "from ", "def ", "class ",
                          "function ", "package ", "public ", "private ",
                          "<?php", "//", "/*", "#!/"})) {
      ++code;
    }
  }
  if (lines.size() >= 3 && code * 10 >= int(lines.size()) * 3) {
    return "source code, not a report";
  }
  auto [han, visible] = CountHan(text);
  if (han < 20) {
    return std::to_string(han) +
           " Chinese characters: too little text for a report";
  }
  if (han * 5 < visible) {
    return "mostly not Chinese text (" + std::to_string(100 * han / visible) +
           "% Han characters), not a report";
  }
  for (std::string_view word :
       {"绩效", "预算", "资金", "自评", "指标", "支出", "评价", "决算"}) {
    if (text.find(word) != std::string_view::npos) return "";
  }
  return "no report vocabulary (绩效, 预算, 资金, 自评, 指标, 支出, 评价, "
         "决算), not a report";
}

}  // namespace tally::formats
