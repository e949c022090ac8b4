#include "base/printed.h"

#include <array>
#include <utility>

#include "base/decimal.h"
#include "base/utf8.h"

namespace tally {
namespace {

// Longest first where one is a prefix of another (大于等于 before 大于).
constexpr std::array<std::pair<std::string_view, std::string_view>, 19>
    kLeading = {{{"≥", "≥"},
                 {"≧", "≥"},
                 {"≤", "≤"},
                 {"≦", "≤"},
                 {">=", "≥"},
                 {"<=", "≤"},
                 {">", ">"},
                 {"<", "<"},
                 {"=", "="},
                 {"大于等于", "≥"},
                 {"小于等于", "≤"},
                 {"不低于", "≥"},
                 {"不少于", "≥"},
                 {"至少", "≥"},
                 {"不高于", "≤"},
                 {"不超过", "≤"},
                 {"不多于", "≤"},
                 {"大于", ">"},
                 {"小于", "<"}}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 4>
    kLeadingAfter = {
        {{"高于", ">"}, {"超过", ">"}, {"低于", "<"}, {"少于", "<"}}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 3>
    kTrailing = {{{"以上", "≥"}, {"以下", "≤"}, {"以内", "≤"}}};

bool IsUnitChar(char32_t c) {
  if (c == '%' || c == 0x2030 /* ‰ */ || c == 0x2103 /* ℃ */) return true;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return IsHan(c);
}

}  // namespace

std::optional<Comparison> ParseComparison(std::string_view cell) {
  std::string_view s = TrimSpace(cell);
  Comparison out;
  auto take_leading = [&](const auto& table) {
    for (const auto& [word, op] : table) {
      if (s.starts_with(word)) {
        out.op = op;
        s = TrimSpace(s.substr(word.size()));
        return true;
      }
    }
    return false;
  };
  if (!take_leading(kLeading)) take_leading(kLeadingAfter);
  for (const auto& [word, op] : kTrailing) {
    if (s.ends_with(word)) {
      if (!out.op.empty()) return std::nullopt;  // "≥90%以上": two operators
      out.op = op;
      s = TrimSpace(s.substr(0, s.size() - word.size()));
      break;
    }
  }
  // The number: the longest prefix of digits, commas and one point.
  size_t n = 0;
  while (n < s.size() && ((s[n] >= '0' && s[n] <= '9') || s[n] == '.' ||
                          s[n] == ',' || (n == 0 && s[n] == '-'))) {
    ++n;
  }
  std::optional<Decimal> number = Decimal::Parse(s.substr(0, n));
  if (!number) return std::nullopt;
  out.value = number->ToString();
  std::string_view unit = TrimSpace(s.substr(n));
  int chars = 0;
  for (size_t i = 0; i < unit.size();) {
    if (!IsUnitChar(DecodeUtf8(unit, &i)) || ++chars > 5) return std::nullopt;
  }
  out.unit = std::string(unit);
  return out;
}

Weighted SplitWeight(std::string_view cell) {
  std::string_view s = TrimSpace(cell);
  Weighted out{std::string(s), ""};
  std::string_view close;
  if (s.ends_with("分）")) {
    close = "分）";
  } else if (s.ends_with("分)")) {
    close = "分)";
  } else {
    return out;
  }
  std::string_view inner = s.substr(0, s.size() - close.size());
  size_t open = inner.rfind("（");
  size_t open_len = 3;
  if (size_t ascii = inner.rfind('(');
      ascii != std::string_view::npos &&
      (open == std::string_view::npos || ascii > open)) {
    open = ascii;
    open_len = 1;
  }
  if (open == std::string_view::npos) return out;
  std::optional<Decimal> weight =
      Decimal::Parse(TrimSpace(inner.substr(open + open_len)));
  std::string_view name = TrimSpace(inner.substr(0, open));
  if (!weight || weight->negative() || name.empty()) return out;
  out.name = std::string(name);
  out.weight = weight->ToString();
  return out;
}

size_t SignificantDigits(std::string_view value) {
  size_t n = 0;
  bool lead = true;
  for (char c : value) {
    if (c < '0' || c > '9') continue;
    lead = lead && c == '0';
    n += !lead;
  }
  return n;
}

bool AdjacentSwap(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a == b) return false;
  size_t i = 0;
  while (a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a[i] != '.' && a[i + 1] != '.' && a.substr(i + 2) == b.substr(i + 2);
}

bool SwapAcrossPoint(std::string_view a, std::string_view b) {
  const size_t p = a.find('.');
  if (a.size() != b.size() || p == std::string_view::npos || p == 0 ||
      p + 1 >= a.size() || b.find('.') != p) {
    return false;
  }
  return a.substr(0, p - 1) == b.substr(0, p - 1) && a[p - 1] == b[p + 1] &&
         a[p + 1] == b[p - 1] && a[p - 1] != a[p + 1] &&
         a.substr(p + 2) == b.substr(p + 2);
}

std::vector<std::string> NeighbourSwaps(std::string_view value) {
  std::vector<std::string> out;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i + 1 < value.size(); ++i) {
    if (!digit(value[i]) || !digit(value[i + 1]) || value[i] == value[i + 1]) {
      continue;
    }
    std::string s(value);
    std::swap(s[i], s[i + 1]);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::string> DroppedDigits(std::string_view value) {
  std::vector<std::string> out;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i < value.size(); ++i) {
    // A run of one digit drops to one figure, told once.
    if (!digit(value[i]) || (i > 0 && value[i - 1] == value[i])) continue;
    std::string s(value);
    s.erase(i, 1);
    const size_t point = s.find('.');
    const size_t whole = point == std::string::npos ? s.size() : point;
    // A figure as printed: digits on both sides of its point, and no
    // leading zero but the one before a point.
    if (whole == 0 || point + 1 == s.size() || (s[0] == '0' && whole > 1)) {
      continue;
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace tally
