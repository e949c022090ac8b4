// The supervisor-worker messages: round trips, decoding that never trusts
// its input, a format that takes new fields, and the supervisor's
// validation of what a worker assembled.
#include "pipeline/wire.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "pipeline/codec.h"
#include "pipeline/spool.h"
#include "pipeline/validate.h"
#include "testing/stored_box.h"

namespace tally::pipeline::wire {
namespace {

using ::tally::testing::StoredBox;

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
  page.boxes.push_back(StoredBox({1, 2, 3, 4}, "437.32", 6, 12));
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

// A record cut into parts: every item once, in order, each part small; a
// page's lines beyond kPartItems continue it; the parts pass the checks one
// by one, and a part out of its order does not.
TEST(Wire, ARecordInPartsKeepsEveryItemInOrder) {
  store::DocumentRecord rec = SampleReply().record;
  rec.bureau = "乐昌市医疗保障局";
  const size_t kLines = 2 * kPartItems + 5;
  for (size_t i = 0; i < kLines; ++i) {
    rec.pages[0].lines.push_back({"body", std::to_string(i), {}});
  }
  store::PageRecord page2 = rec.pages[0];
  page2.page_no = 2;
  page2.lines.resize(3);
  rec.pages.push_back(page2);
  const Fact fact = rec.facts[0];
  for (size_t i = 1; i < kPartItems + 1; ++i) {
    rec.facts.push_back(fact);
    rec.facts.back().fact_id = int64_t(i) + 1;
  }
  const store::DocumentRecord whole = rec;
  std::vector<Part> parts = SplitRecord(&rec);
  EXPECT_EQ(rec.bureau, whole.bureau);  // the metadata stays
  EXPECT_TRUE(rec.pages.empty() && rec.facts.empty() && rec.findings.empty());
  // Page 1 and two more parts of its lines, page 2, two parts of facts, the
  // findings.
  ASSERT_EQ(parts.size(), 7u);
  std::vector<std::string> lines;
  std::vector<int64_t> fact_ids;
  PartsValidator validator(2);
  for (const Part& p : parts) {
    size_t items = std::max(p.record.facts.size(), p.record.findings.size());
    for (const store::PageRecord& page : p.record.pages) {
      items = std::max({items, page.lines.size(), page.boxes.size()});
      for (const store::LineRecord& l : page.lines) {
        if (page.page_no == 1) lines.push_back(l.raw);
      }
    }
    EXPECT_LE(items, kPartItems);
    for (const Fact& f : p.record.facts) fact_ids.push_back(f.fact_id);
    Reply reply;
    reply.record = p.record;
    reply.continues_page = p.continues_page;
    Reply decoded;
    ASSERT_TRUE(Decode(Encode(reply), &decoded));
    EXPECT_EQ(decoded.continues_page, p.continues_page);
    EXPECT_TRUE(validator.Add(decoded.record, decoded.continues_page).ok());
  }
  EXPECT_FALSE(parts[0].continues_page);
  EXPECT_TRUE(parts[1].continues_page && parts[2].continues_page);
  EXPECT_TRUE(parts[1].record.pages[0].text.empty());
  EXPECT_EQ(parts[0].record.pages[0].text, whole.pages[0].text);
  EXPECT_FALSE(parts[3].continues_page);
  EXPECT_EQ(validator.pages(), 2);
  ASSERT_EQ(lines.size(), kLines);
  for (size_t i = 0; i < kLines; ++i) EXPECT_EQ(lines[i], std::to_string(i));
  ASSERT_EQ(fact_ids.size(), whole.facts.size());
  for (size_t i = 0; i < fact_ids.size(); ++i) {
    EXPECT_EQ(fact_ids[i], int64_t(i) + 1);
  }
  ASSERT_EQ(parts.back().record.findings.size(), 1u);

  // Facts before their page, a continuation of no page, a page twice.
  PartsValidator early(2);
  EXPECT_FALSE(early.Add(parts[4].record, false).ok());
  PartsValidator nothing(2);
  EXPECT_FALSE(nothing.Add(parts[1].record, true).ok());
  PartsValidator twice(2);
  EXPECT_TRUE(twice.Add(parts[0].record, false).ok());
  EXPECT_FALSE(twice.Add(parts[0].record, false).ok());
  // And pages after facts.
  PartsValidator late(2);
  EXPECT_TRUE(late.Add(parts[0].record, false).ok());
  EXPECT_TRUE(late.Add(parts[4].record, false).ok());
  EXPECT_FALSE(late.Add(parts[3].record, false).ok());
}

// A page's text beyond kPartTextBytes goes in pieces, cut between
// characters, before the page's lines and boxes (which refer to the whole
// text); the pieces join to the text, and the checks take each piece as it
// comes and refuse one out of its place.
TEST(Wire, APageOfMegabytesGoesInPiecesOfText) {
  store::DocumentRecord rec = SampleReply().record;
  store::PageRecord& page = rec.pages[0];
  page.text.clear();
  while (page.text.size() < 2 * kPartTextBytes + kPartTextBytes / 2) {
    page.text += "医保基金实际拨付437.32万元。\n";  // 40 bytes
  }
  page.text.insert(kPartTextBytes - 1, "\xF0\xA0\x80\x80");  // 4-byte 𠀀
  const uint32_t size = uint32_t(page.text.size());
  for (int i = 0; i < 5; ++i) {
    page.lines.push_back({"body", "医保基金", {}});
    store::BoxRecord b;
    b.text = "医";
    b.text_begin = size - 3;
    b.text_end = size;
    page.boxes.push_back(b);
  }
  const store::DocumentRecord whole = rec;
  std::vector<Part> parts = SplitRecord(&rec);
  // The page with its first piece, two more pieces, its lines and boxes,
  // the facts, the findings.
  ASSERT_EQ(parts.size(), 6u);
  std::string text;
  PartsValidator validator(1);
  for (size_t i = 0; i < parts.size(); ++i) {
    const Part& p = parts[i];
    EXPECT_EQ(p.continues_text, i == 1 || i == 2) << i;
    EXPECT_EQ(p.continues_page, i == 3) << i;
    if (i <= 2) {
      const std::string& piece = p.record.pages[0].text;
      EXPECT_LE(piece.size(), kPartTextBytes);
      EXPECT_NE(uint8_t(piece[0]) & 0xC0, 0x80);  // a character's start
      EXPECT_TRUE(p.record.pages[0].lines.empty());
      text += piece;
    }
    Reply reply;
    reply.record = p.record;
    reply.continues_page = p.continues_page;
    reply.continues_text = p.continues_text;
    Reply decoded;
    ASSERT_TRUE(Decode(Encode(reply), &decoded));
    EXPECT_EQ(decoded.continues_text, p.continues_text);
    Status s = validator.Add(decoded.record, decoded.continues_page,
                             decoded.continues_text);
    EXPECT_TRUE(s.ok()) << i << ": " << s.ToString();
  }
  EXPECT_EQ(text, whole.pages[0].text);
  EXPECT_EQ(parts[3].record.pages[0].lines.size(), whole.pages[0].lines.size());
  EXPECT_EQ(parts[3].record.pages[0].boxes.size(), whole.pages[0].boxes.size());

  // A piece before any page, after the page's lines, with a control
  // character; and boxes beyond the text received so far.
  PartsValidator none(1);
  EXPECT_FALSE(none.Add(parts[1].record, false, true).ok());
  PartsValidator after(1);
  EXPECT_TRUE(after.Add(parts[0].record, false).ok());
  EXPECT_FALSE(after.Add(parts[3].record, true).ok());
  PartsValidator late(1);
  EXPECT_TRUE(late.Add(parts[0].record, false).ok());
  EXPECT_TRUE(late.Add(parts[1].record, false, true).ok());
  EXPECT_TRUE(late.Add(parts[2].record, false, true).ok());
  EXPECT_TRUE(late.Add(parts[3].record, true).ok());
  EXPECT_FALSE(late.Add(parts[2].record, false, true).ok());
  store::DocumentRecord bad = parts[1].record;
  bad.pages[0].text[5] = '\x1b';
  PartsValidator control(1);
  EXPECT_TRUE(control.Add(parts[0].record, false).ok());
  EXPECT_FALSE(control.Add(bad, false, true).ok());
}

// Frames held for their turn come back as they went in, in order, from
// memory while small and from a temporary file beyond Spool::kMemoryBytes.
TEST(Spool, FramesComeBackInOrderFromMemoryAndFromDisk) {
  Spool spool;
  EXPECT_TRUE(spool.empty());
  std::vector<std::string> in = {"first", std::string("a\0b", 3), ""};
  for (const std::string& f : in) ASSERT_TRUE(spool.Append(f).ok());
  EXPECT_FALSE(spool.on_disk());
  auto all = [&] {
    std::vector<std::string> out;
    EXPECT_TRUE(spool
                    .ForEach([&](std::string_view f) {
                      out.emplace_back(f);
                      return Status::OK();
                    })
                    .ok());
    return out;
  };
  EXPECT_EQ(all(), in);
  for (char c : {'x', 'y', 'z'}) {
    in.push_back(std::string(Spool::kMemoryBytes / 2, c));
    ASSERT_TRUE(spool.Append(in.back()).ok());
  }
  EXPECT_TRUE(spool.on_disk());
  EXPECT_EQ(spool.frames(), in.size());
  EXPECT_EQ(all(), in);
  // Read twice, and appended to after a read.
  in.push_back("last");
  ASSERT_TRUE(spool.Append("last").ok());
  EXPECT_EQ(all(), in);
  // The first error stops the walk.
  int calls = 0;
  Status s = spool.ForEach([&](std::string_view) {
    return ++calls == 2 ? IOError("stop") : Status::OK();
  });
  EXPECT_EQ(s.code(), StatusCode::kIOError);
  EXPECT_EQ(calls, 2);
}

}  // namespace
}  // namespace tally::pipeline::wire
