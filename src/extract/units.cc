#include "extract/units.h"

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
  for (std::string_view w : {"（元）", "(元)", "单位：元", "单位:元", "金额：元",
                             "金额:元", "单位为元"}) {
    if (Has(key, w)) return "元";
  }
  return "";
}

std::string HeaderUnit(std::string_view header) {
  std::string h = Squeeze(header);
  if (std::string u = ExplicitMoneyUnit(h); !u.empty()) return u;
  if (h.ends_with("元") && !h.ends_with("单元")) return "元";
  if (Has(h, "分值") || Has(h, "得分") || Has(h, "权重") || h == "分数") {
    return "分";
  }
  if (h.ends_with("率") || Has(h, "%") || Has(h, "％")) return "%";
  return "";
}

bool IsMoneyHeader(std::string_view header) {
  std::string h = Squeeze(header);
  for (std::string_view w : {"金额", "预算", "执行数", "支出", "资金", "决算",
                             "拨款", "收入", "经费"}) {
    if (Has(h, w) && !h.ends_with("率")) return true;
  }
  return false;
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

int HeaderShift(int header_first_field, int row_label) {
  if (header_first_field != 0 || row_label < 0) return 0;
  return row_label + 1;
}

}  // namespace tally::extract
