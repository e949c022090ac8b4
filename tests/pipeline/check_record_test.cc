// pipeline/check_record.h: an OCR'd number's confidence per digit, from the
// box it was read in, as the checks (and the repair's tie-break) see it.
#include "pipeline/check_record.h"

#include <gtest/gtest.h>

namespace tally::pipeline {
namespace {

// Page text "资金18.36万元" (资金 is bytes 0..6), the number read as one box.
store::DocumentRecord Record(const std::string& box_text, uint32_t begin,
                             uint32_t end, const std::string& conf) {
  store::DocumentRecord rec;
  store::PageRecord page;
  page.page_no = 1;
  page.source = "ocr";
  page.text = "资金18.36万元";
  store::BoxRecord box;
  box.text = box_text;
  box.text_begin = begin;
  box.text_end = end;
  box.symbol_confidence = conf;
  page.boxes = {box};
  rec.pages = {page};
  Fact f;
  f.kind = "amount";
  f.raw = "18.36万元";
  f.value = "18.36";
  f.unit = "万元";
  f.page_no = 1;
  f.text_begin = 6;
  f.text_end = 6 + uint32_t(f.raw.size());
  f.source = "ocr";
  rec.facts = {f};
  return rec;
}

TEST(FactsForCheck, ANumberTakesItsBoxsSymbolConfidences) {
  auto facts = FactsForCheck(Record("18.36", 6, 11, "98 55 99 97 96"));
  EXPECT_EQ(facts[0].value_confidence, (std::vector<int>{98, 55, 99, 97, 96}));
  // A box reaching further (the unit read with the number): the value's
  // characters are picked out of it.
  facts = FactsForCheck(Record("资金18.36", 0, 11, "90 91 98 55 99 97 96"));
  EXPECT_EQ(facts[0].value_confidence, (std::vector<int>{98, 55, 99, 97, 96}));
}

TEST(FactsForCheck, NoConfidencesUnlessTheyMatchCharacterForCharacter) {
  // Fewer confidences than the box's text became: no mapping is trusted.
  EXPECT_TRUE(FactsForCheck(Record("18.36", 6, 11, "98 55 99"))[0]
                  .value_confidence.empty());
  // No symbol confidences: none.
  EXPECT_TRUE(
      FactsForCheck(Record("18.36", 6, 11, ""))[0].value_confidence.empty());
  // The box covers only part of the number.
  EXPECT_TRUE(
      FactsForCheck(Record("18", 6, 8, "98 55"))[0].value_confidence.empty());
  // A text layer's number has none.
  auto rec = Record("18.36", 6, 11, "98 55 99 97 96");
  rec.facts[0].source = "text";
  EXPECT_TRUE(FactsForCheck(rec)[0].value_confidence.empty());
}

TEST(FactsForCheck, ANumberTakesItsSecondReading) {
  // Every character read twice: the value's characters of the second.
  auto facts =
      FactsForCheck(Record("18.36", 6, 11, "98/1 55/3 99/. 97/3 96/6"));
  EXPECT_EQ(facts[0].value_confidence, (std::vector<int>{98, 55, 99, 97, 96}));
  EXPECT_EQ(facts[0].value_second, "13.36");
  facts = FactsForCheck(Record("资金18.36", 0, 11,
                               "90 91 98/1 55/8 99/. 97/3 96/6"));
  EXPECT_EQ(facts[0].value_second, "18.36");
  // Some character of the value not read twice: no second reading.
  facts = FactsForCheck(Record("18.36", 6, 11, "98/1 55 99/. 97/3 96/6"));
  EXPECT_EQ(facts[0].value_confidence, (std::vector<int>{98, 55, 99, 97, 96}));
  EXPECT_TRUE(facts[0].value_second.empty());
  // A malformed entry: nothing is trusted.
  facts = FactsForCheck(Record("18.36", 6, 11, "98/ 55/3 99/. 97/3 96/6"));
  EXPECT_TRUE(facts[0].value_confidence.empty());
  EXPECT_TRUE(facts[0].value_second.empty());
}

}  // namespace
}  // namespace tally::pipeline
