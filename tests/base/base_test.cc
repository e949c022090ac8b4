#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/file.h"
#include "base/numerals.h"
#include "base/sha256.h"
#include "base/status.h"
#include "base/utf8.h"

namespace tally {
namespace {

TEST(Status, OkAndError) {
  EXPECT_TRUE(Status::OK().ok());
  Status s = Corrupt("xref missing");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kCorrupt);
  EXPECT_EQ(s.ToString(), "corrupt: xref missing");
  StatusOr<int> v(7);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, 7);
  StatusOr<int> e(NotFound("x"));
  EXPECT_EQ(e.status().code(), StatusCode::kNotFound);
}

TEST(Numerals, ChineseNumbersWrittenAsTheyAreRead) {
  EXPECT_EQ(ChineseNumber(3), "三");
  EXPECT_EQ(ChineseNumber(10), "十");
  EXPECT_EQ(ChineseNumber(12), "十二");
  EXPECT_EQ(ChineseNumber(20), "二十");
  EXPECT_EQ(ChineseNumber(99), "九十九");
  EXPECT_EQ(ChineseNumber(0), "");
  EXPECT_EQ(ChineseNumber(100), "");
  for (int n = 1; n <= 99; ++n) {
    SCOPED_TRACE(n);
    std::u32string s;
    const std::string w = ChineseNumber(n);
    for (size_t pos = 0; pos < w.size();) s.push_back(DecodeUtf8(w, &pos));
    size_t pos = 0;
    EXPECT_EQ(ParseChineseNumber(s, &pos), n);
    EXPECT_EQ(pos, s.size());
  }
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // Two blocks, and the padding boundary at 56 bytes.
  EXPECT_EQ(
      Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  Sha256 h;  // incremental equals one-shot
  std::string big(1000, 'a');
  for (int i = 0; i < 1000; ++i) h.Update(big);
  EXPECT_EQ(h.HexDigest(),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, HardwareAndPortablePathsAgree) {
  // Lengths around the block and padding boundaries, split unevenly.
  std::string data;
  for (int i = 0; i < 5000; ++i) data.push_back(char(i * 131 + (i >> 3)));
  for (size_t len : {0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 5000}) {
    Sha256 hw, sw(/*allow_hardware=*/false);
    EXPECT_FALSE(sw.hardware());
    std::string_view d(data.data(), len);
    hw.Update(d.substr(0, len / 3));
    hw.Update(d.substr(len / 3));
    sw.Update(d);
    EXPECT_EQ(hw.HexDigest(), sw.HexDigest()) << len;
  }
  Sha256 sw(false);
  sw.Update("abc");
  EXPECT_EQ(sw.HexDigest(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Utf8, DecodeAndClasses) {
  std::string s = "预算１２%";
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(s, &pos), U'预');
  EXPECT_EQ(pos, 3u);
  EXPECT_TRUE(IsHan(U'预'));
  EXPECT_FALSE(IsHan(U'１'));
  EXPECT_TRUE(IsCjk(U'１'));
  EXPECT_TRUE(IsCjk(U'，'));
  EXPECT_FALSE(IsCjk(U'%'));
  EXPECT_TRUE(HasHan("2050202 小学教育"));
  EXPECT_FALSE(HasHan("2050202，１２%"));
  EXPECT_EQ(DisplayWidth("预算12"), 6u);
  std::string out;
  AppendUtf8(U'〔', &out);
  EXPECT_EQ(out, "〔");
}

TEST(Utf8, InvalidBytesNeverStall) {
  std::string bad = "a\xC3\x28\xE2\x82\xFF\xF0\x9F";
  EXPECT_FALSE(IsValidUtf8(bad));
  size_t pos = 0;
  int n = 0;
  while (pos < bad.size()) {
    DecodeUtf8(bad, &pos);
    ++n;
  }
  EXPECT_EQ(n, 8);  // 'a', '(' and six bad bytes, one U+FFFD each
  EXPECT_TRUE(IsValidUtf8("乐昌市\xEF\xBF\xBD"));  // a literal U+FFFD is fine
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));       // surrogate
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));           // overlong
}

// The inline paths (ASCII, three bytes) decode as the whole decoder does:
// every three-byte sequence with every kind of second and third byte,
// overlong forms and surrogates among them, and a sequence cut short.
TEST(Utf8, InlinePathsAgreeWithTheWholeDecoder) {
  const unsigned char kTails[] = {0x00, 0x41, 0x7F, 0x80, 0x9F,
                                  0xA0, 0xBF, 0xC0, 0xE4, 0xFF};
  int compared = 0;
  for (int lead = 0xE0; lead <= 0xEF; ++lead) {
    for (unsigned char b1 : kTails) {
      for (unsigned char b2 : kTails) {
        const std::string s = {char(lead), char(b1), char(b2), 'x'};
        for (size_t len : {size_t{2}, size_t{3}, size_t{4}}) {
          const std::string_view v(s.data(), len);
          size_t fast = 0, slow = 0;
          ASSERT_EQ(DecodeUtf8(v, &fast), DecodeUtf8Slow(v, &slow))
              << std::hex << lead << " " << int(b1) << " " << int(b2);
          ASSERT_EQ(fast, slow);
          ++compared;
        }
      }
    }
  }
  EXPECT_EQ(compared, 16 * 10 * 10 * 3);
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", &pos), char32_t{0xFFFD});  // surrogate
  EXPECT_EQ(pos, 1u);
  pos = 0;
  EXPECT_EQ(DecodeUtf8("\xE0\x80\x80", &pos), char32_t{0xFFFD});  // overlong
  EXPECT_EQ(pos, 1u);
  pos = 0;
  EXPECT_EQ(DecodeUtf8("预", &pos), U'预');
  EXPECT_EQ(pos, 3u);
}

TEST(Sniff, ByContentNotName) {
  EXPECT_EQ(SniffKind(""), FileKind::kEmpty);
  EXPECT_EQ(SniffKind("%PDF-1.7\n..."), FileKind::kPdf);
  EXPECT_EQ(SniffKind("junk\n%PDF-1.4"), FileKind::kPdf);
  EXPECT_EQ(SniffKind("\x89PNG\r\n\x1a\n...."), FileKind::kImage);
  EXPECT_EQ(SniffKind("\xFF\xD8\xFF\xE0"), FileKind::kImage);
  EXPECT_EQ(SniffKind(std::string("II*\0x", 5)), FileKind::kImage);
  EXPECT_EQ(SniffKind("乐昌市医疗保障局\n"), FileKind::kText);
  EXPECT_EQ(SniffKind(std::string("ab\0cd", 5)), FileKind::kUnknown);
  EXPECT_EQ(SniffKind("\xFF\xFE\xFD\x80"), FileKind::kUnknown);
}

TEST(File, ReadErrorsNameThePath) {
  auto r = ReadFile("/nonexistent/dir/x.pdf");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/dir/x.pdf"),
            std::string::npos);
  auto d = ReadFile("/");
  EXPECT_EQ(d.status().code(), StatusCode::kInvalidArgument);
  std::string path = ::testing::TempDir() + "/base_file_test.bin";
  ASSERT_TRUE(WriteFile(path, std::string("a\0b", 3)).ok());
  auto back = ReadFile(path);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, std::string("a\0b", 3));
  auto big = ReadFile(path, 2);
  EXPECT_EQ(big.status().code(), StatusCode::kResourceExhausted);
}

// A file longer than fstat said (it grew, or /proc reports size 0) is read
// to its end, within the limit.
TEST(File, ReadsPastTheSizeFstatGave) {
  auto status = ReadFile("/proc/self/status");
  ASSERT_TRUE(status.ok()) << status.status().ToString();
  EXPECT_TRUE(status->starts_with("Name:")) << status->substr(0, 40);
  EXPECT_GT(status->size(), 100u);
  auto capped = ReadFile("/proc/self/status", 10);
  ASSERT_TRUE(capped.ok());
  EXPECT_EQ(*capped, status->substr(0, 10));
  // A file of exactly the probe's size ends at the probe.
  std::string path = ::testing::TempDir() + "/base_file_test_4096.bin";
  ASSERT_TRUE(WriteFile(path, std::string(4096, 'x')).ok());
  auto page = ReadFile(path);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->size(), 4096u);
}

TEST(File, AFifoIsRefusedWithoutWaitingForAWriter) {
  std::string fifo = ::testing::TempDir() + "/base_file_test.fifo";
  ::unlink(fifo.c_str());
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto r = ReadFile(fifo);  // would block forever on a blocking open
  EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(r.status().message().find("FIFO"), std::string::npos);
  ::unlink(fifo.c_str());
}

}  // namespace
}  // namespace tally

namespace tally {
namespace {

TEST(Utf8, WithoutTrailingNote) {
  struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"执行率（B/A）", "执行率"},
      {"产出指标(50分)", "产出指标"},
      {"预算数（A）（万元）", "预算数（A）"},
      {"（20分）", "（20分）"},
      {"执行率", "执行率"},
      {"合计)", "合计)"},
      {"", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(WithoutTrailingNote(c.in), c.out) << c.in;
  }
}

TEST(Utf8, EscapeForTerminalDisarmsControlsAndKeepsChinese) {
  EXPECT_EQ(EscapeForTerminal("乐昌市 437.32万元"), "乐昌市 437.32万元");
  EXPECT_EQ(EscapeForTerminal("a\x1b[2Jb"), "a\\x1B[2Jb");
  EXPECT_EQ(EscapeForTerminal("\xc2\x9b"
                              "31m"),
            "\\u009B31m");  // C1 CSI
  EXPECT_EQ(EscapeForTerminal("x\ty\nz\\"), "x\\ty\\nz\\");
  EXPECT_EQ(EscapeForTerminal("bad\xff"), "bad\\xFF");
  EXPECT_EQ(EscapeForTerminal("\xe2\x80\xae"
                              "cod.exe"),
            "\\u202Ecod.exe");
  EXPECT_TRUE(IsControl(0x7F));
  EXPECT_TRUE(IsControl(0x85));
  EXPECT_FALSE(IsControl(0xA0));
}

}  // namespace
}  // namespace tally
