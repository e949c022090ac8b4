// The supervisor-worker messages: round trips, and decoding that never
// trusts its input.
#include "pipeline/wire.h"

#include <gtest/gtest.h>

namespace tally::pipeline::wire {
namespace {

TEST(Wire, TaskRoundTrip) {
  Task t;
  t.type = Task::kPage;
  t.doc = 7;
  t.path = "/archive/乐昌/报告.pdf";
  t.sha256 = std::string(64, 'a');
  t.page_no = 12;
  Task back;
  ASSERT_TRUE(Decode(Encode(t), &back));
  EXPECT_EQ(back.type, Task::kPage);
  EXPECT_EQ(back.doc, 7u);
  EXPECT_EQ(back.path, t.path);
  EXPECT_EQ(back.sha256, t.sha256);
  EXPECT_EQ(back.page_no, 12);
}

Reply SampleReply() {
  Reply r;
  r.type = Task::kPage;
  r.doc = 3;
  r.page_no = 2;
  r.status = Corrupt("page 2 cannot be read");
  r.content.page_no = 2;
  r.content.width = 595.3;
  r.content.height = 841.9;
  Word w;
  w.text = "2022";
  w.raw = "2O22";
  w.box = {72, 100.5, 96, 112};
  w.confidence = 91.5;
  w.space_after = true;
  r.content.words = {w, w};
  r.content.rules = {{{72, 200, 500, 200.5}}};
  r.source = "ocr";
  r.route_reason = "no text layer";
  r.ocr_confidence = 91.5;
  return r;
}

TEST(Wire, ReplyRoundTrip) {
  Reply back;
  ASSERT_TRUE(Decode(Encode(SampleReply()), &back));
  EXPECT_EQ(back.status.code(), StatusCode::kCorrupt);
  EXPECT_EQ(back.status.message(), "page 2 cannot be read");
  ASSERT_EQ(back.content.words.size(), 2u);
  EXPECT_EQ(back.content.words[1].text, "2022");
  EXPECT_EQ(back.content.words[1].raw, "2O22");
  EXPECT_DOUBLE_EQ(back.content.words[1].box.y0, 100.5);
  EXPECT_TRUE(back.content.words[1].space_after);
  ASSERT_EQ(back.content.rules.size(), 1u);
  EXPECT_DOUBLE_EQ(back.content.rules[0].box.x1, 500);
  EXPECT_EQ(back.source, "ocr");
  EXPECT_DOUBLE_EQ(back.ocr_confidence, 91.5);
}

TEST(Wire, TruncatedOrPaddedMessagesAreRefused) {
  std::string bytes = Encode(SampleReply());
  Reply back;
  for (size_t n = 0; n < bytes.size(); ++n) {
    EXPECT_FALSE(Decode(bytes.substr(0, n), &back)) << n;
  }
  EXPECT_FALSE(Decode(bytes + "x", &back));
  // A huge word count cannot make the decoder allocate.
  Task t;
  EXPECT_FALSE(Decode(std::string("\x09\0\0\0\0", 5), &t));
}

TEST(Wire, Framing) {
  std::string buffer;
  for (std::string_view p : {"one", "", "three"}) {
    uint32_t n = uint32_t(p.size());
    buffer.append(reinterpret_cast<const char*>(&n), 4).append(p);
  }
  buffer.append("\x05\0", 2);  // a partial length prefix
  std::string frame;
  bool bad = false;
  ASSERT_TRUE(TakeFrame(&buffer, &frame, &bad));
  EXPECT_EQ(frame, "one");
  ASSERT_TRUE(TakeFrame(&buffer, &frame, &bad));
  EXPECT_EQ(frame, "");
  ASSERT_TRUE(TakeFrame(&buffer, &frame, &bad));
  EXPECT_EQ(frame, "three");
  EXPECT_FALSE(TakeFrame(&buffer, &frame, &bad));
  EXPECT_FALSE(bad);
  std::string huge = "\xff\xff\xff\xff";
  EXPECT_FALSE(TakeFrame(&huge, &frame, &bad));
  EXPECT_TRUE(bad);
}

}  // namespace
}  // namespace tally::pipeline::wire
