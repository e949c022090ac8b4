#include "pipeline/route.h"

#include <gtest/gtest.h>

namespace tally::pipeline {
namespace {

PageContent Page(std::vector<std::string> texts) {
  PageContent p;
  p.page_no = 1;
  for (auto& t : texts) {
    Word w;
    w.text = t;
    p.words.push_back(w);
  }
  return p;
}

TEST(Route, GoodTextLayerIsUsed) {
  RouteDecision r =
      RoutePage(Page({"乐昌市医疗保障局", "2022", "年度预算执行率", "100%，",
                      "437.32", "万元。"}));
  EXPECT_FALSE(r.ocr);
  EXPECT_EQ(r.reason, "text layer: 33 characters");
}

TEST(Route, EmptyOrNearlyEmptyLayerGoesToOcr) {
  RouteDecision none = RoutePage(Page({}));
  EXPECT_TRUE(none.ocr);
  EXPECT_EQ(none.reason, "no text layer");
  RouteDecision stray = RoutePage(Page({"— 3 —"}));
  EXPECT_TRUE(stray.ocr);
  EXPECT_NE(stray.reason.find("nearly empty"), std::string::npos);
}

TEST(Route, UnmappedGlyphsGoToOcr) {
  // A font without a ToUnicode map: replacement and private-use code points.
  RouteDecision r =
      RoutePage(Page({"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
                      "\xEE\x80\x81\xEE\x80\x82", "预算执行率百分之百"}));
  EXPECT_TRUE(r.ocr);
  EXPECT_NE(r.reason.find("unmapped: 36%"), std::string::npos) << r.reason;
}

TEST(Route, GarbledLayerGoesToOcr) {
  // Mojibake: a GBK report decoded as Latin-1 / Cyrillic.
  RouteDecision r = RoutePage(Page({"ÒæÑôÊÐÒ½ÁÆ±£ÕÏ¾Ö", "ЖЗИЙКЛ"}));
  EXPECT_TRUE(r.ocr);
  EXPECT_NE(r.reason.find("garbled"), std::string::npos) << r.reason;
}

TEST(Route, AFewOddCharactersAreTolerated) {
  RouteDecision r = RoutePage(
      Page({"医保基金实际拨付437.32万元，同比增长百分之五", "\xEF\xBF\xBD"}));
  EXPECT_FALSE(r.ocr) << r.reason;
}

}  // namespace
}  // namespace tally::pipeline
