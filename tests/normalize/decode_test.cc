#include "normalize/decode.h"

#include <gtest/gtest.h>

#include "base/file.h"

namespace tally::normalize {
namespace {

const std::string kData = std::string(TALLY_TEST_DATA) + "/formats/";
const std::string kSeeds = std::string(TALLY_CORPUS) + "/seeds/";

std::string Read(const std::string& path) {
  StatusOr<std::string> s = ReadFile(path);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? *s : "";
}

TEST(DecodeText, RealReportsInEachEncoding) {
  // The samples are the seeds re-encoded; decoding gives the seed back.
  StatusOr<Decoded> gb = DecodeText(Read(kData + "003_8721613ab08d7715.txt"));
  ASSERT_TRUE(gb.ok()) << gb.status().ToString();
  EXPECT_EQ(gb->charset, "GB18030");
  std::string seed = Read(kSeeds + "003_8721613ab08d7715.txt");
  while (!seed.empty() && seed.back() == '\n') seed.pop_back();
  EXPECT_EQ(gb->text, seed);
  StatusOr<Decoded> u16 =
      DecodeText(Read(kData + "000_7f69db8fca4f34bc.txt"));
  ASSERT_TRUE(u16.ok()) << u16.status().ToString();
  EXPECT_EQ(u16->charset, "UTF-16LE");
  EXPECT_NE(u16->text.find("乐昌市医疗保障局"), std::string::npos);
}

TEST(DecodeText, ByteOrderMarksAndUtf8) {
  EXPECT_EQ(DecodeText("\xEF\xBB\xBF预算")->text, "预算");
  EXPECT_EQ(DecodeText("预算\n执行率")->charset, "UTF-8");
  // "预算" in UTF-16BE with its BOM.
  EXPECT_EQ(DecodeText(std::string("\xFE\xFF\x98\x84\x7B\x97", 6))->text,
            "预算");
  // A short GBK line: 预算执行率100%.
  StatusOr<Decoded> gbk = DecodeText(
      "\xD4\xA4\xCB\xE3\xD6\xB4\xD0\xD0\xC2\xCA"
      "100%\xA3\xAC"
      "\xD7\xD4\xC6\xC0\xB5\xC3\xB7\xD6"
      "95\xB7\xD6\xA1\xA3\n");
  ASSERT_TRUE(gbk.ok()) << gbk.status().ToString();
  EXPECT_EQ(gbk->text, "预算执行率100%，自评得分95分。\n");
}

TEST(DecodeText, BinaryIsNotText) {
  EXPECT_EQ(DecodeText(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))
                .status()
                .code(),
            StatusCode::kUnsupported);
  EXPECT_FALSE(DecodeText(std::string("abc\0def", 7)).ok());
}

}  // namespace
}  // namespace tally::normalize
