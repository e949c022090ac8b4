// The supervisor-worker messages: round trips, decoding that never trusts
// its input, a format that takes new fields, and the supervisor's
// validation of what a worker assembled.
#include "pipeline/wire.h"

#include <gtest/gtest.h>

#include "pipeline/codec.h"
#include "pipeline/validate.h"

namespace tally::pipeline::wire {
namespace {

TEST(Wire, TaskRoundTrip) {
  Task t;
  t.type = Task::kAssemble;
  t.doc = 7;
  t.path = "/archive/乐昌/报告.pdf";
  t.sha256 = std::string(64, 'a');
  t.page_no = 12;
  t.pages = {"one", std::string("t\0o", 3)};
  t.extract = false;
  Task back;
  ASSERT_TRUE(Decode(Encode(t), &back));
  EXPECT_EQ(back.type, Task::kAssemble);
  EXPECT_EQ(back.doc, 7u);
  EXPECT_EQ(back.path, t.path);
  EXPECT_EQ(back.sha256, t.sha256);
  EXPECT_EQ(back.page_no, 12);
  EXPECT_EQ(back.pages, t.pages);
  EXPECT_FALSE(back.extract);
}

PageRead SamplePage() {
  PageRead p;
  p.page_no = 2;
  p.content.page_no = 2;
  p.content.width = 595.3;
  p.content.height = 841.9;
  Word w;
  w.text = "2022";
  w.raw = "2O22";
  w.box = {72, 100.5, 96, 112};
  w.confidence = 91.5;
  w.space_after = true;
  p.content.words = {w, w};
  p.content.rules = {{{72, 200, 500, 200.5}}};
  p.source = "ocr";
  p.route_reason = "no text layer";
  p.ocr_confidence = 91.5;
  return p;
}

TEST(Wire, PageRoundTrip) {
  PageRead back;
  ASSERT_TRUE(Decode(Encode(SamplePage()), &back));
  EXPECT_EQ(back.page_no, 2);
  ASSERT_EQ(back.content.words.size(), 2u);
  EXPECT_EQ(back.content.words[1].text, "2022");
  EXPECT_EQ(back.content.words[1].raw, "2O22");
  EXPECT_DOUBLE_EQ(back.content.words[1].box.y0, 100.5);
  EXPECT_TRUE(back.content.words[1].space_after);
  ASSERT_EQ(back.content.rules.size(), 1u);
  EXPECT_DOUBLE_EQ(back.content.rules[0].box.x1, 500);
  EXPECT_EQ(back.source, "ocr");
  EXPECT_DOUBLE_EQ(back.ocr_confidence, 91.5);
  EXPECT_FALSE(back.is_text);
}

Reply SampleReply() {
  Reply r;
  r.type = Task::kAssemble;
  r.doc = 3;
  r.status = Corrupt("page 2 cannot be read");
  store::PageRecord page;
  page.page_no = 1;
  page.source = "text";
  page.text = "预算437.32万元";
  page.boxes.push_back({{1, 2, 3, 4}, "437.32", 12, -1, 6, 12, "", ""});
  r.record.pages.push_back(page);
  r.record.fiscal_year = 2022;
  Fact f;
  f.fact_id = 1;
  f.kind = "amount";
  f.value = "437.32";
  f.base_value = "4373200";
  f.page_no = 1;
  f.text_begin = 6;
  f.text_end = 18;
  f.section = -1;
  r.record.facts.push_back(f);
  Finding finding;
  finding.rule = "unit.magnitude";
  finding.severity = "warning";
  finding.fact_ids = {1};
  r.record.findings.push_back(finding);
  r.notes = {"page 1: a table too large"};
  return r;
}

TEST(Wire, ReplyRoundTrip) {
  Reply back;
  ASSERT_TRUE(Decode(Encode(SampleReply()), &back));
  EXPECT_EQ(back.status.code(), StatusCode::kCorrupt);
  EXPECT_EQ(back.status.message(), "page 2 cannot be read");
  ASSERT_EQ(back.record.pages.size(), 1u);
  EXPECT_EQ(back.record.pages[0].text, "预算437.32万元");
  ASSERT_EQ(back.record.pages[0].boxes.size(), 1u);
  EXPECT_EQ(back.record.pages[0].boxes[0].text_end, 12u);
  EXPECT_EQ(back.record.fiscal_year, 2022);
  ASSERT_EQ(back.record.facts.size(), 1u);
  EXPECT_EQ(back.record.facts[0].base_value, "4373200");
  EXPECT_EQ(back.record.facts[0].section, -1);
  EXPECT_EQ(back.record.findings[0].fact_ids, std::vector<int64_t>{1});
  EXPECT_EQ(back.notes, SampleReply().notes);
}

TEST(Wire, TruncatedOrPaddedMessagesAreRefused) {
  std::string bytes = Encode(SampleReply());
  Reply back;
  for (size_t n = 0; n < bytes.size(); ++n) {
    EXPECT_FALSE(Decode(bytes.substr(0, n), &back)) << n;
  }
  EXPECT_FALSE(Decode(bytes + "x", &back));
  // A length far beyond the bytes left cannot make the decoder allocate.
  Task t;
  EXPECT_FALSE(Decode(std::string("\x1a\xff\xff\xff\xff\x0f", 6), &t));
}

TEST(Wire, AFlipAnywhereNeverCrashesTheDecoder) {
  std::string bytes = Encode(SampleReply());
  for (size_t i = 0; i < bytes.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string b = bytes;
      b[i] = char(b[i] ^ (1 << bit));
      Reply back;
      Decode(b, &back);  // decodes or not; must not crash or hang
    }
  }
}

TEST(Wire, ManyEmptyElementsExhaustTheBudgetNotTheMemory) {
  // 20 MB of empty facts would be 20 M Fact objects (gigabytes) if the
  // decoder believed them: field 11 (the record) holding field 16 (facts),
  // each an empty message.
  std::string facts;
  for (int i = 0; i < 2'000'000; ++i)
    facts += std::string("\x82\x01\x01\x00", 4);
  facts += '\0';
  std::string record;
  record += '\x5a';  // tag 11, bytes
  size_t n = facts.size();
  while (n >= 0x80) {
    record += char(n | 0x80);
    n >>= 7;
  }
  record += char(n);
  record += facts;
  std::string reply = std::string("\x08\x03", 2) + record + '\0';
  Reply back;
  EXPECT_FALSE(Decode(reply, &back));
}

// A newer sender's field that this reader does not know is skipped; a field
// the sender does not send keeps its default.
struct V1 {
  int32_t a = 0;
  std::string c;
};
struct V2 {
  int32_t a = 0;
  std::string b;
  std::string c;
  std::vector<int64_t> d;
};

}  // namespace
}  // namespace tally::pipeline::wire

namespace tally::pipeline::codec {
template <typename A>
void Fields(A& x, wire::V1& v) {
  x(1, v.a);
  x(3, v.c);
}
template <typename A>
void Fields(A& x, wire::V2& v) {
  x(1, v.a);
  x(2, v.b);
  x(3, v.c);
  x(4, v.d);
}
}  // namespace tally::pipeline::codec

namespace tally::pipeline::wire {
namespace {

TEST(Wire, UnknownFieldsAreSkippedAndMissingOnesDefault) {
  V2 v2{-5, "new", "kept", {1, -2, 3}};
  V1 v1;
  ASSERT_TRUE(codec::Decode(codec::Encode(v2), &v1, 1 << 20));
  EXPECT_EQ(v1.a, -5);
  EXPECT_EQ(v1.c, "kept");
  V2 back;
  ASSERT_TRUE(codec::Decode(codec::Encode(v1), &back, 1 << 20));
  EXPECT_EQ(back.a, -5);
  EXPECT_EQ(back.b, "");
  EXPECT_EQ(back.c, "kept");
  EXPECT_TRUE(back.d.empty());
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

// The supervisor's checks of an assembled record.
struct ValidateCase {
  const char* name;
  void (*spoil)(store::DocumentRecord*);
};

TEST(Validate, AGoodRecordPassesAndEachSpoiltOneIsRefused) {
  const store::DocumentRecord good = SampleReply().record;
  EXPECT_TRUE(ValidateAssembled(good, 1).ok());
  const ValidateCase cases[] = {
      {"page beyond the document",
       [](store::DocumentRecord* r) { r->pages[0].page_no = 2; }},
      {"escape in page text",
       [](store::DocumentRecord* r) { r->pages[0].text += "\x1b[2J"; }},
      {"C1 control in page text",
       [](store::DocumentRecord* r) { r->pages[0].text += "\xc2\x9b"; }},
      {"invalid UTF-8",
       [](store::DocumentRecord* r) { r->pages[0].text += "\xff"; }},
      {"box past the text",
       [](store::DocumentRecord* r) { r->pages[0].boxes[0].text_end = 99; }},
      {"unknown source",
       [](store::DocumentRecord* r) { r->pages[0].source = "magic"; }},
      {"fact on a page not stored",
       [](store::DocumentRecord* r) { r->facts[0].page_no = 3; }},
      {"fact range reversed",
       [](store::DocumentRecord* r) { r->facts[0].text_begin = 19; }},
      {"fact of an unknown kind",
       [](store::DocumentRecord* r) { r->facts[0].kind = "money"; }},
      {"fact in no section",
       [](store::DocumentRecord* r) { r->facts[0].section = 4; }},
      {"finding citing nothing",
       [](store::DocumentRecord* r) { r->findings[0].fact_ids = {9}; }},
      {"unknown severity",
       [](store::DocumentRecord* r) { r->findings[0].severity = "fatal"; }},
      {"escape in a finding",
       [](store::DocumentRecord* r) { r->findings[0].message = "\x1b]0;"; }},
      {"section parent after it",
       [](store::DocumentRecord* r) {
         r->sections.push_back({1, 0, "一、", "总", 1, 0});
       }},
  };
  for (const ValidateCase& c : cases) {
    store::DocumentRecord r = good;
    c.spoil(&r);
    Status s = ValidateAssembled(r, 1);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << c.name;
  }
}

}  // namespace
}  // namespace tally::pipeline::wire
