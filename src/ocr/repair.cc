#include "ocr/repair.h"

#include <cstddef>
#include <string_view>

#include "base/utf8.h"

namespace tally::ocr {
namespace {

bool IsDigit(const std::string& s) {
  return s.size() == 1 && s[0] >= '0' && s[0] <= '9';
}

bool In(const std::string& s, std::initializer_list<std::string_view> set) {
  for (std::string_view v : set) {
    if (s == v) return true;
  }
  return false;
}

bool IsOpener(const std::string& s) {
  return In(s, {"（", "(", "〈", "《", "【", "[", "〔"});
}
bool IsCloser(const std::string& s) {
  return In(s, {"）", ")", "〉", "》", "】", "]", "〕"});
}

bool Matches(const std::string& open, const std::string& close) {
  return ((open == "（" || open == "(") && (close == "）" || close == ")")) ||
         (open == "〈" && close == "〉") || (open == "《" && close == "》") ||
         (open == "【" && close == "】") || (open == "[" && close == "]") ||
         (open == "〔" && close == "〕");
}

// Brackets, over the whole page in reading order (a parenthesis may open
// on one line and close on the next).
void RepairBrackets(std::vector<std::string>* s) {
  constexpr size_t kMaxDepth = 16;
  std::vector<size_t> stack;  // indices of open brackets
  for (size_t i = 0; i < s->size(); ++i) {
    std::string& c = (*s)[i];
    if (IsOpener(c)) {
      if (stack.size() == kMaxDepth) stack.erase(stack.begin());
      stack.push_back(i);
      continue;
    }
    if (!IsCloser(c) || stack.empty()) continue;
    std::string& top = (*s)[stack.back()];
    if (Matches(top, c)) {
      stack.pop_back();
    } else if ((c == "）" || c == ")") &&
               In(top, {"〈", "《", "【", "[", "〔"})) {
      top = "（";
      stack.pop_back();
    } else if (c == "〕" && In(top, {"【", "[", "（", "("})) {
      top = "〔";
      stack.pop_back();
    } else if (c == "]" && top == "〔") {
      c = "〕";
      stack.pop_back();
    } else if (c == "》" && top == "〈") {
      top = "《";
      stack.pop_back();
    } else {
      // An opener whose closer was lost: unwind to the one this closes.
      for (size_t k = stack.size(); k-- > 0;) {
        if (Matches((*s)[stack[k]], c)) {
          stack.resize(k);
          break;
        }
      }
    }
  }
}

// "（2021]", "【2022〕", "〔2021）": a bracketed four-digit year with
// square or tortoise-shell brackets on either side is a document number's
// 〔year〕 (round brackets on both sides are left alone: "（2021）" is text).
// Under a seal the opening bracket also comes out as "「" or "|" ("保「2022]
// 23号", "江|2019]163号"); with a square closer that is the same 〔year〕,
// whose "]" would otherwise be taken for a number's last 1 ("20221").
void RepairYearBrackets(std::vector<std::string>* s,
                        const std::vector<bool>& line_start) {
  const size_t n = s->size();
  for (size_t i = 0; i + 5 < n; ++i) {
    const std::string& open = (*s)[i];
    const std::string& close = (*s)[i + 5];
    if (!In(open, {"（", "(", "【", "[", "〔", "「", "|"}) ||
        !In(close, {"）", ")", "】", "]", "〕"})) {
      continue;
    }
    if (In(open, {"「", "|"}) && !In(close, {"】", "]", "〕"})) continue;
    bool year = true;
    for (size_t k = i + 1; k <= i + 4 && year; ++k) {
      year = IsDigit((*s)[k]) && !(k < line_start.size() && line_start[k]);
    }
    if (!year || (i + 5 < line_start.size() && line_start[i + 5])) continue;
    const bool round_open = In(open, {"（", "("});
    const bool round_close = In(close, {"）", ")"});
    if (round_open && round_close) continue;
    if (open == "[" && close == "]") continue;  // the normaliser's job
    (*s)[i] = "〔";
    (*s)[i + 5] = "〕";
  }
}

// "(〈l)社会效益指标", "（（1）": a list number's full-width bracket read as
// two openers (an ASCII or full-width round one, then 〈 or another round
// one) is one: "（1）". Only before a one-character list number and its
// closer, so nested brackets in text ("（《通知》）") are left alone.
void RepairDoubledOpeners(std::vector<std::string>* s,
                          const std::vector<bool>& line_start) {
  auto starts_line = [&](size_t i) {
    return i < line_start.size() && line_start[i];
  };
  for (size_t i = 0; i + 3 < s->size(); ++i) {
    std::vector<std::string>& t = *s;
    if (!In(t[i], {"（", "("}) || !In(t[i + 1], {"〈", "（", "("}) ||
        !In(t[i + 3], {"）", ")", "〉"})) {
      continue;
    }
    if (starts_line(i + 1) || starts_line(i + 2) || starts_line(i + 3))
      continue;
    if (!IsDigit(t[i + 2]) &&
        !In(t[i + 2], {"l", "I", "|", "\\", "一", "二", "三", "四", "五", "六",
                       "七", "八", "九", "十"})) {
      continue;
    }
    t[i].clear();
    t[i + 1] = "（";
    t[i + 3] = "）";
  }
}

// One symbol that is a Han character.
bool IsHanSymbol(const std::string& s) {
  size_t pos = 0;
  return !s.empty() && IsHan(DecodeUtf8(s, &pos)) && pos == s.size();
}

}  // namespace

void RepairSymbols(std::vector<std::string>* symbols,
                   const std::vector<bool>& line_start,
                   const std::vector<float>& percent_alt) {
  std::vector<std::string>& s = *symbols;
  const size_t n = s.size();
  auto starts_line = [&](size_t i) {
    return i < line_start.size() && line_start[i];
  };
  // Same line as the symbol before it.
  auto joined = [&](size_t i) { return i > 0 && !starts_line(i); };
  // A square bracket opened before s[i] on its line ("[2019]" stays).
  auto square_open = [&](size_t i) {
    for (size_t k = i; k-- > 0;) {
      if (In(s[k], {"[", "〔", "【"})) return true;
      if (starts_line(k)) break;
    }
    return false;
  };

  RepairYearBrackets(&s, line_start);
  RepairDoubledOpeners(&s, line_start);
  RepairBrackets(&s);

  for (size_t i = 0; i < n; ++i) {
    const bool prev_digit = joined(i) && IsDigit(s[i - 1]);
    const bool next_digit =
        i + 1 < n && !starts_line(i + 1) && IsDigit(s[i + 1]);
    // "（\）", "（\D）", "（1D）": a list number's 1 read as a stroke, its
    // bracket as D; "（\D数量指标": the stroke and D are "1）" themselves.
    if (In(s[i], {"\\", "|", "l", "I", "1"}) && joined(i) && i + 1 < n &&
        !starts_line(i + 1) && In(s[i - 1], {"（", "("})) {
      const bool stroke = s[i] != "1";
      if (stroke && In(s[i + 1], {"）", ")"})) {
        s[i] = "1";
        continue;
      }
      const bool more = i + 2 < n && !starts_line(i + 2);
      if (s[i + 1] == "D" && more && In(s[i + 2], {"）", ")"})) {
        s[i] = "1";
        s[i + 1].clear();
        continue;
      }
      if (stroke && s[i + 1] == "D" && more && IsHanSymbol(s[i + 2])) {
        s[i] = "1";
        s[i + 1] = "）";
        continue;
      }
    }
    // Letters inside a number.
    if (prev_digit && next_digit && In(s[i], {"O", "o", "l", "I", "S"})) {
      s[i] = In(s[i], {"O", "o"}) ? "0" : s[i] == "S" ? "5" : "1";
      continue;
    }
    // A number's last 1 read as a bracket or stroke: "3321.5]万元". Only
    // when no square bracket is open on the line ("[2019]" stays).
    if (In(s[i], {"]", "|"}) && prev_digit && !square_open(i)) {
      s[i] = "1";
      continue;
    }
    // A number's first 1 read as a closing bracket right after a Han
    // character ("总支出为]928.76万元"): a "]" with no square bracket open
    // on its line closes nothing.
    if (s[i] == "]" && joined(i) && IsHanSymbol(s[i - 1]) && next_digit &&
        !square_open(i)) {
      s[i] = "1";
      continue;
    }
    // 万 before 元 read as a character of like shape under a seal or in
    // noise ("14796方元", "3.5蓝元"): no such word follows a figure, while
    // 万元 always may. (Currencies, 美元 日元 港元, and 余元, 多元 are
    // not among them.)
    if (prev_digit && i + 1 < n && !starts_line(i + 1) && s[i + 1] == "元" &&
        In(s[i], {"方", "蓝", "旋", "力", "轧", "历", "功", "刀", "厉"})) {
      s[i] = "万";
      continue;
    }
    // The percent sign read as digits (needs the engine's alternatives).
    const bool maybe_percent =
        i < percent_alt.size() && percent_alt[i] >= kPercentAltMin;
    if (maybe_percent && IsDigit(s[i]) && prev_digit) {
      const bool next_same = i + 1 < n && !starts_line(i + 1);
      const bool after_next_digit =
          i + 2 < n && !starts_line(i + 2) && IsDigit(s[i + 2]);
      if (next_same && s[i + 1] == "%") {
        s[i].clear();  // a ghost of the sign before the sign itself
      } else if (next_same && IsDigit(s[i + 1]) && !after_next_digit) {
        s[i] = "%";  // "9" "6": the sign's two rings
        s[i + 1].clear();
        ++i;
      } else if (!next_same || !IsDigit(s[i + 1])) {
        s[i] = "%";
      }
      continue;
    }
    // The percent sign's ghosts.
    if (In(s[i], {"\"", "“", "”", "'"}) && prev_digit && i + 1 < n &&
        !starts_line(i + 1) && s[i + 1] == "%") {
      s[i].clear();
      continue;
    }
    if ((IsDigit(s[i]) || In(s[i], {"o", "O"})) && joined(i) &&
        s[i - 1] == "%" &&
        !(i + 1 < n && !starts_line(i + 1) && IsDigit(s[i + 1]))) {
      s[i].clear();
      continue;
    }
  }

  // Page numbers "一2一": whole lines of dashes and digits only.
  for (size_t b = 0; b < n;) {
    size_t e = b + 1;
    while (e < n && !starts_line(e)) ++e;
    bool digits = false, only = true, han_dash = false;
    for (size_t i = b; i < e && only; ++i) {
      if (IsDigit(s[i])) {
        digits = true;
      } else if (s[i] == "一") {
        han_dash = true;
      } else if (!In(s[i], {"—", "－", "-", "–", ""})) {
        only = false;
      }
    }
    if (only && digits && han_dash) {
      for (size_t i = b; i < e; ++i) {
        if (s[i] == "一") s[i] = "—";
      }
    }
    b = e;
  }
}

}  // namespace tally::ocr
