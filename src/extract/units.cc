#include "extract/units.h"

#include <optional>

#include "base/decimal.h"
#include "base/utf8.h"

namespace tally::extract {
namespace {

bool Has(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

}  // namespace

std::string ExplicitMoneyUnit(std::string_view text) {
  std::string key = Squeeze(text);
  if (Has(key, "亿元")) return "亿元";
  if (Has(key, "万元")) return "万元";
  if (Has(key, "千元")) return "千元";
  for (std::string_view w : {"（元）", "(元)", "单位：元", "单位:元",
                             "金额：元", "金额:元", "单位为元"}) {
    if (Has(key, w)) return "元";
  }
  return "";
}

std::string HeaderUnit(std::string_view header) {
  std::string h = Squeeze(header);
  // An amount per head or per period (发放标准（元/人·月）) is in the unit
  // before its slash, whatever unit the table's sums are in.
  for (std::string_view per : {"亿元/", "万元/", "千元/", "元/"}) {
    if (Has(h, per)) return std::string(per.substr(0, per.size() - 1));
  }
  if (std::string u = ExplicitMoneyUnit(h); !u.empty()) return u;
  if (h.ends_with("元") && !h.ends_with("单元")) return "元";
  if (Has(h, "分值") || Has(h, "得分") || Has(h, "权重") || h == "分数") {
    return "分";
  }
  // A rate's header may end in a note on how it is computed ("执行率
  // （B/A）"): the name before the note decides.
  std::string_view name = WithoutTrailingNote(h);
  if (name.ends_with("率") || Has(h, "%") || Has(h, "％")) return "%";
  return "";
}

std::string PercentOfFraction(std::string_view header,
                              std::string_view number) {
  const std::string h = Squeeze(header);
  bool share = false;
  for (std::string_view w :
       {"执行率", "完成率", "到位率", "支付率", "支出率"}) {
    share = share || Has(h, w);
  }
  if (!share || number.find('.') == std::string_view::npos) return "";
  std::optional<Decimal> v = Decimal::Parse(Squeeze(number));
  if (!v || v->negative() || *v > Decimal::FromInt(1)) return "";
  return v->Shift(2).ToString();
}

bool IsScoreHeader(std::string_view header) {
  const std::string h = Squeeze(header);
  const size_t at = h.find("得分");
  if (at == std::string::npos) return false;
  const std::string_view rest = std::string_view(h).substr(at + 6);
  // (得分率 is the score over its weight: a rate, not points.)
  for (std::string_view note :
       {"计算", "方法", "说明", "依据", "标准", "理由", "原因", "情况", "率"}) {
    if (rest.starts_with(note)) return false;
  }
  return true;
}

namespace {

// Whether a header names a share (决算数占调整预算数的比例（%）, or its
// first line where it wrapped: 决算数占调整): a percentage, no money,
// whatever money it names.
bool NamesShare(std::string_view h) {
  return Has(h, "占") || Has(h, "比例") || Has(h, "比重") || Has(h, "%") ||
         Has(h, "％");
}

}  // namespace

bool IsMoneyHeader(std::string_view header) {
  std::string h = Squeeze(header);
  if (NamesShare(h)) return false;
  // A header that names a count too ("学生资助金额、人数和人次") heads a
  // group of columns, not one of money.
  for (std::string_view w : {"人数", "人次", "户数", "个数", "数量", "件数"}) {
    if (Has(h, w)) return false;
  }
  for (std::string_view w : {"金额", "预算", "执行数", "支出", "资金", "决算",
                             "拨款", "收入", "经费"}) {
    if (Has(h, w) && !h.ends_with("率")) return true;
  }
  return false;
}

bool NamesOtherMeasure(std::string_view header) {
  std::string h = Squeeze(header);
  if (h.empty() || h.ends_with("率") || NamesShare(h)) return true;
  for (std::string_view w :
       {"数量", "人数", "户数", "个数", "次数", "项数", "件数", "天数", "人次",
        "序号", "编号", "编码", "代码", "年度", "年份", "面积", "长度", "亩",
        "公里", "（个）", "（人）", "（户）", "（所）", "（项）", "(个)",
        "(人)", "(户)"}) {
    if (Has(h, w)) return true;
  }
  return false;
}

std::string DefaultMoneyUnit(const std::vector<std::string>& header) {
  int form = 0;
  for (std::string_view w : {"年初预算", "全年预算", "全年执行"}) {
    for (const std::string& h : header) {
      if (Has(Squeeze(h), w)) {
        ++form;
        break;
      }
    }
  }
  return form >= 2 ? "万元" : "元";
}

bool IsFieldHeader(std::string_view header) {
  std::string h = Squeeze(header);
  for (std::string_view w :
       {"年初预算", "全年预算", "调整后预算", "预算数", "执行数", "执行率",
        "分值", "得分", "权重", "指标值", "完成值", "金额", "实际支出"}) {
    if (Has(h, w)) return true;
  }
  return false;
}

namespace {

// "10", "9.5", "10分": a points cell.
bool IsPoints(std::string_view cell) {
  std::string c = Squeeze(cell);
  if (c.ends_with("分")) c.resize(c.size() - std::string_view("分").size());
  if (c.empty()) return false;
  int dots = 0;
  for (char ch : c) {
    if (ch == '.') {
      ++dots;
    } else if (ch < '0' || ch > '9') {
      return false;
    }
  }
  return dots <= 1 && c.front() != '.';
}

// A cell's dash for nothing: - — － /.
bool IsDashCell(std::string_view c) {
  return c == "-" || c == "—" || c == "－" || c == "/";
}

bool IsPercent(std::string_view cell) {
  std::string c = Squeeze(cell);
  return c.size() >= 2 && c.back() == '%' && c[0] >= '0' && c[0] <= '9';
}

}  // namespace

bool IsPointsCell(std::string_view cell) {
  if (!IsPoints(cell)) return false;
  std::string v = Squeeze(cell);
  if (v.ends_with("分")) v.resize(v.size() - std::string_view("分").size());
  std::optional<Decimal> d = Decimal::Parse(v);
  return d && *d <= Decimal::FromInt(100);
}

int AlignRow(const std::vector<std::string>& header,
             const std::vector<std::string_view>& row,
             std::optional<int> above) {
  // A header's bracketed note says how its column is figured ("得分（20分
  // *执行率）", "执行率（B/A）"); what the column holds is the name before
  // it. (The money unit, which a note may give, is read from the whole.)
  std::vector<std::string_view> names;
  for (const std::string& h : header) names.push_back(WithoutTrailingNote(h));
  int score_col = -1, weight_col = -1, rate_col = -1, first = -1;
  for (size_t c = 0; c < header.size(); ++c) {
    const std::string_view h = names[c];
    if (h.empty()) continue;
    if (first < 0) first = int(c);
    if (IsScoreHeader(h)) score_col = int(c);
    if (Has(h, "分值") || Has(h, "权重")) weight_col = int(c);
    if (rate_col < 0 && h.ends_with("率") && Has(h, "执行")) rate_col = int(c);
    if (rate_col < 0 && Has(h, "执行率")) rate_col = int(c);
  }
  int last_points = -1, pct = -1, pcts = 0, label = -1;
  for (size_t c = 0; c < row.size(); ++c) {
    std::string_view cell = row[c];
    if (Squeeze(cell).empty()) continue;
    if (label < 0 && !IsPoints(cell) && !IsPercent(cell)) label = int(c);
    if (IsPoints(cell)) last_points = int(c);
    if (IsPercent(cell)) {
      pct = int(c);
      ++pcts;
    }
  }
  // A shift must put every filled cell of the row under the header, but
  // the row's leading label, whose header cell may be the one lost.
  int first_cell = -1, last_cell = -1;
  for (size_t c = 0; c < row.size(); ++c) {
    if (Squeeze(row[c]).empty() || int(c) == label) continue;
    if (first_cell < 0) first_cell = int(c);
    last_cell = int(c);
  }
  // And each figure under a column of its kind: a percentage under a rate
  // or a target, never under points or money; a rate column holds a
  // percentage or a dash.
  auto compatible = [&](size_t col, std::string_view cell) {
    const std::string_view h = names[col];
    std::string c = Squeeze(cell);
    bool rate = h.ends_with("率") || Has(h, "执行率");
    bool dash = IsDashCell(c);
    if (IsPercent(c)) {
      return rate || !(Has(h, "分值") || Has(h, "得分") || Has(h, "权重") ||
                       IsMoneyHeader(header[col]));
    }
    // (A header with no column of points puts none under its rate: a bare
    // number there is the rate without its sign, 执行率 | 93.53; so does a
    // header that gives % as its unit, 得分率（%） | 86.67.)
    return !rate || dash || !IsPoints(c) || (score_col < 0 && weight_col < 0) ||
           !PercentOfFraction(header[col], c).empty() ||
           Has(header[col], "(%)") || Has(header[col], "（%）");
  };
  auto fits = [&](int shift) {
    if (first_cell < 0) return true;
    if (first_cell + shift < 0 || last_cell + shift >= int(header.size())) {
      return false;
    }
    for (int c = first_cell; c <= last_cell; ++c) {
      if (Squeeze(row[size_t(c)]).empty() || c == label) continue;
      if (!compatible(size_t(c + shift), row[size_t(c)])) return false;
    }
    return true;
  };
  auto points = [&](int c) {
    return c >= 0 && size_t(c) < row.size() && IsPointsCell(row[size_t(c)]);
  };
  // The last points cell is the score only if the weight sits where the
  // header puts it.
  auto scored = [&]() {
    if (weight_col < 0) return true;
    return points(last_points - (score_col - weight_col));
  };
  // A row of as many cells as its header with points under its 分值 and
  // 得分 as printed is aligned as printed: a bare number after them is
  // another column's (得分率（%）: a rate printed without its sign).
  if (row.size() == header.size() && score_col >= 0 && points(score_col) &&
      (weight_col < 0 || points(weight_col)) && fits(0)) {
    return 0;
  }
  if (score_col >= 0 && points(last_points) &&
      (last_points > pct || rate_col < 0 || pcts != 1) &&
      fits(score_col - last_points) && scored()) {
    return score_col - last_points;
  }
  if (rate_col >= 0 && pcts == 1 && fits(rate_col - pct)) {
    return rate_col - pct;
  }
  if (first >= 0 && IsFieldHeader(header[size_t(first)]) && label >= 0 &&
      fits(first - (label + 1))) {
    return first - (label + 1);
  }
  if (above && fits(*above)) return *above;
  // A block's header with label columns before its figures ("总体资金（万
  // 元） | 资金来源 | 年初预算数 | …") over rows of one label and figures:
  // the figures start at the first column of figures. (An indicator
  // block's rows name their level in any of its label columns, and are
  // placed by their scores above.)
  int first_field = -1, figures = 0;
  bool levels = false;
  for (size_t c = 0; c < header.size(); ++c) {
    if (first_field < 0 && IsFieldHeader(header[c])) first_field = int(c);
    levels = levels || Has(header[c], "三级指标");
  }
  for (size_t c = 0; c < row.size(); ++c) {
    figures += int(c) != label && !Squeeze(row[c]).empty();
  }
  if (!levels && first_field > first && label >= 0 && label < first_cell &&
      figures >= 2 && fits(first_field - (label + 1))) {
    return first_field - (label + 1);
  }
  // Else the first shift, nearest the row's own positions, that puts
  // every figure under a column of its kind.
  for (int d = 0; d < int(header.size()); ++d) {
    for (int shift : {d, -d}) {
      if (fits(shift)) return shift;
    }
  }
  return 0;
}

std::vector<int> PlaceCells(const std::vector<std::string>& header,
                            const std::vector<std::string_view>& row,
                            int shift) {
  std::vector<int> at(row.size(), -1);
  for (size_t i = 0; i < row.size(); ++i) {
    const int h = int(i) + shift;
    if (h >= 0 && size_t(h) < header.size()) at[i] = h;
  }
  // The cells after the row's name, and the header's money columns before
  // its rate column.
  std::vector<size_t> cells;
  bool named = false;
  for (size_t i = 0; i < row.size(); ++i) {
    const std::string c = Squeeze(row[i]);
    if (c.empty()) continue;
    const bool figure = IsPoints(c) || IsPercent(c) || IsDashCell(c);
    if (!named && !figure && cells.empty()) {
      named = true;
    } else {
      cells.push_back(i);
    }
  }
  if (cells.size() < 2 || !IsPercent(row[cells.back()])) return at;
  std::vector<int> money;
  int rate = -1;
  for (size_t c = 0; c < header.size() && rate < 0; ++c) {
    const std::string_view h = WithoutTrailingNote(header[c]);
    if (Has(h, "执行率")) {
      rate = int(c);
    } else if (IsFieldHeader(h) && IsMoneyHeader(h)) {
      money.push_back(int(c));
    }
  }
  if (rate < 0 || money.size() + 1 != cells.size()) return at;
  for (size_t k = 0; k + 1 < cells.size(); ++k) {
    if (IsPercent(row[cells[k]])) return at;
  }
  for (size_t k = 0; k + 1 < cells.size(); ++k) at[cells[k]] = money[k];
  at[cells.back()] = rate;
  return at;
}

std::string TargetBound(std::string_view op) {
  const std::string o = Squeeze(op);
  if (o == "≥" || o == "≧" || o == ">=" || o == "＞＝") return "≥";
  if (o == "≤" || o == "≦" || o == "<=" || o == "＜＝") return "≤";
  if (o == ">" || o == "＞") return ">";
  if (o == "<" || o == "＜") return "<";
  return "";
}

}  // namespace tally::extract
