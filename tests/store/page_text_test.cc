// A page's text of megabytes is stored in parts (pages.text, then
// page_text): the cut rule, and that every way of reading a page back
// (v_pages, ReadDocument, v_boxes, search and its snippet, export, merge)
// gives the whole text exactly, whether the page was put whole or in pieces,
// and in a database upgraded from schema 10, whose pages are whole.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "base/utf8.h"
#include "store/store.h"
#include "testing/sqlite_exec.h"

namespace tally::store {
namespace {

namespace fs = std::filesystem;
constexpr size_t kPart = kPageTextPartBytes;

// Whole lines (the cut goes after a line break), then a stretch with no
// line break made of 4-, 3- and 1-byte characters (the cut goes before a
// character, never inside one), then lines again; marked words at the very
// start and end.
std::string BigText() {
  std::string text = "开头标记词，";
  while (text.size() < kPart + kPart / 3) {
    text += "本项目资金围绕医疗保障工作开展绩效自评。\n";
  }
  for (size_t n = 0; n < 2 * kPart; n += 8) text += "𠀀医a";  // 4+3+1 bytes
  while (text.size() < 4 * kPart) text += "服务对象普遍认可。\n";
  return text + "结尾标记词437.32万元";
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t pos = 0; pos < s.size(); ++n) DecodeUtf8(s, &pos);
  return n;
}

TEST(PageTextPartEnd, WholeCharactersAfterALineBreakWhereOneIsNear) {
  const std::string big = BigText();
  const std::string no_breaks = [] {
    std::string s;
    while (s.size() < 3 * kPart) s += "𠀀医a";
    return s;
  }();
  struct Case {
    std::string text;
    size_t parts;
  } cases[] = {
      {"", 1},
      {"短", 1},
      {std::string(kPart, 'a'), 1},      // exactly a part
      {std::string(kPart + 1, 'a'), 2},  // one byte more
      {big, 0},                          // 0: more than one, counted below
      {no_breaks, 0},
  };
  for (const Case& c : cases) {
    std::vector<std::string_view> parts;
    size_t at = 0;
    do {
      const size_t end = PageTextPartEnd(c.text, at);
      ASSERT_TRUE(end > at || c.text.empty());
      parts.push_back(std::string_view(c.text).substr(at, end - at));
      at = end;
    } while (at < c.text.size());
    if (c.parts != 0) {
      EXPECT_EQ(parts.size(), c.parts) << c.text.size();
    }
    std::string joined;
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string_view p = parts[i];
      joined += p;
      EXPECT_LE(p.size(), kPart);
      // No cut inside a character: each part is UTF-8 on its own.
      EXPECT_TRUE(IsValidUtf8(p)) << "part " << i;
      if (i + 1 == parts.size()) continue;
      // After a line break if its second half has one, else as full as
      // whole characters allow.
      ASSERT_GT(p.size(), kPart / 2) << "part " << i;
      if (p.substr(kPart / 2).find('\n') != std::string_view::npos) {
        EXPECT_EQ(p.back(), '\n') << "part " << i;
      } else {
        EXPECT_GT(p.size(), kPart - 4) << "part " << i;
      }
    }
    EXPECT_TRUE(joined == c.text);
  }
}

class PageTextTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::path(::testing::TempDir()) /
        ("page_text_" +
         std::string(
             ::testing::UnitTest::GetInstance()->current_test_info()->name()) +
         "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    text_ = BigText();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Db(const std::string& name) { return (dir_ / name).string(); }
  static std::unique_ptr<Store> OpenAt(const std::string& path,
                                       bool read_only = false) {
    Options o;
    o.read_only = read_only;
    auto store = Store::Open(path, o);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }
  static std::string Scalar(Store& store, const std::string& sql) {
    auto r = store.Query(sql);
    EXPECT_TRUE(r.ok()) << sql << ": " << r.status().ToString();
    if (!r.ok() || r->rows.size() != 1 || !r->rows[0][0]) return "<none>";
    return *r->rows[0][0];
  }

  // A one-page document of text_, with boxes: one in the first part, one
  // across the first cut, the last words (in the last part).
  DocumentRecord Doc(const std::string& path, char sha) const {
    DocumentRecord doc;
    doc.path = path;
    doc.sha256 = std::string(64, sha);
    doc.file_kind = "pdf";
    doc.status = "ok";
    doc.page_count = 2;
    doc.pipeline_version = "1";
    PageRecord page;
    page.page_no = 1;
    page.source = "text";
    page.text = text_;
    const uint32_t cut = uint32_t(PageTextPartEnd(text_, 0));
    const uint32_t end = uint32_t(text_.size());
    page.boxes = {{{}, "开头", 0, -1, 0, 6, "", "", ""},
                  // 自评。\n | 本项目资
                  {{}, "跨界", 0, -1, cut - 10, cut + 12, "", "", ""},
                  // 结尾标记词437.32万元
                  {{}, "结尾", 0, -1, end - 27, end, "", "", ""}};
    PageRecord small;
    small.page_no = 2;
    small.source = "text";
    small.text = "第二页";
    doc.pages = {page, small};
    return doc;
  }

  // Every way the page's text is read back gives text_.
  void ExpectWhole(Store& store, int64_t doc_id) {
    const std::string doc = std::to_string(doc_id);
    EXPECT_TRUE(Scalar(store, "SELECT text FROM v_pages WHERE doc_id = " + doc +
                                  " AND page_no = 1") == text_);
    EXPECT_EQ(Scalar(store, "SELECT chars FROM v_pages WHERE doc_id = " + doc +
                                " AND page_no = 1"),
              std::to_string(CodePoints(text_)));
    EXPECT_EQ(Scalar(store, "SELECT text FROM v_pages WHERE doc_id = " + doc +
                                " AND page_no = 2"),
              "第二页");
    auto read = store.ReadDocument(doc_id);
    ASSERT_TRUE(read.ok()) << read.status().ToString();
    ASSERT_EQ(read->pages.size(), 2u);
    EXPECT_TRUE(read->pages[0].text == text_);
    EXPECT_EQ(read->pages[1].text, "第二页");
    auto boxes = store.Query(
        "SELECT text_begin, text_end, normalized FROM v_boxes WHERE doc_id = " +
        doc + " ORDER BY box_no");
    ASSERT_TRUE(boxes.ok());
    ASSERT_EQ(boxes->rows.size(), 3u);
    for (const auto& row : boxes->rows) {
      const size_t b = std::stoul(*row[0]), e = std::stoul(*row[1]);
      EXPECT_EQ(row[2].value_or("NULL"), text_.substr(b, e - b)) << b;
    }
    // Found on its page, the snippet around the words (the last ones'
    // with text before it).
    SearchOptions o;
    o.snippet_chars = 12;
    for (const char* term : {"开头标记词", "结尾标记词", "437.32万元", "医a"}) {
      auto found = store.Search(term, o);
      ASSERT_TRUE(found.ok()) << found.status().ToString();
      int hits = 0;
      for (const SearchHit& h : found->hits) {
        if (h.doc_id != doc_id) continue;
        ++hits;
        EXPECT_EQ(h.page_no, 1);
        EXPECT_NE(h.snippet.find(std::string("【") + term + "】"),
                  std::string::npos)
            << h.snippet;
        if (term == std::string("结尾标记词")) {
          EXPECT_EQ(h.snippet.rfind("…", 0), 0u) << h.snippet;
        }
      }
      EXPECT_EQ(hits, 1) << term;
    }
  }

  fs::path dir_;
  std::string text_;
};

TEST_F(PageTextTest, APagePutWholeIsStoredInPartsAndReadBackWhole) {
  auto store = OpenAt(Db("a.sqlite"));
  ASSERT_TRUE(store);
  auto put = store->PutDocument(Doc("/r/a.pdf", 'a'));
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  // pages.text is the first part; the others follow, whole characters
  // each, at the byte offsets they start at.
  EXPECT_TRUE(Scalar(*store, "SELECT text FROM pages WHERE page_no = 1") ==
              text_.substr(0, PageTextPartEnd(text_, 0)));
  auto parts = store->Query(
      "SELECT part_no, byte_begin, text FROM page_text ORDER BY part_no");
  ASSERT_TRUE(parts.ok());
  ASSERT_GE(parts->rows.size(), 3u);
  size_t at = PageTextPartEnd(text_, 0);
  for (size_t i = 0; i < parts->rows.size(); ++i) {
    const auto& row = parts->rows[i];
    EXPECT_EQ(*row[0], std::to_string(i + 1));
    EXPECT_EQ(*row[1], std::to_string(at));
    EXPECT_TRUE(IsValidUtf8(*row[2])) << "part " << i + 1;
    EXPECT_LE(row[2]->size(), kPart);
    EXPECT_TRUE(*row[2] == text_.substr(at, row[2]->size()));
    at += row[2]->size();
  }
  EXPECT_EQ(at, text_.size());
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM page_fts"),
            std::to_string(parts->rows.size() + 2));
  ExpectWhole(*store, put->doc_id);

  // Exports hold it whole too (no cell starts with a formula character).
  std::ostringstream csv;
  ASSERT_TRUE(store->Export("v_pages", ExportFormat::kCsv, csv).ok());
  EXPECT_NE(csv.str().find("\"" + text_ + "\""), std::string::npos);

  // Merged into another database: the same.
  auto merged = OpenAt(Db("merged.sqlite"));
  ASSERT_TRUE(merged);
  auto m = merged->MergeFrom(Db("a.sqlite"));
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->added, 1);
  EXPECT_EQ(Scalar(*merged, "SELECT count(*) FROM page_text"),
            std::to_string(parts->rows.size()));
  ExpectWhole(*merged,
              std::stoll(Scalar(*merged, "SELECT doc_id FROM v_documents")));

  // Replaced (the same bytes under another pipeline version): the old
  // parts and their index rows go with their page.
  DocumentRecord again = Doc("/r/a.pdf", 'a');
  again.pipeline_version = "2";
  ASSERT_TRUE(store->PutDocument(again).ok());
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM page_text"),
            std::to_string(parts->rows.size()));
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM page_fts"),
            std::to_string(parts->rows.size() + 2));
  ExpectWhole(*store, put->doc_id);
}

// Store::AddPageText: the page's text in pieces, as the pipeline sends it,
// gives the same rows as the page put whole; a piece that starts or ends
// inside a character is refused and the document rolled back.
TEST_F(PageTextTest, APageInPiecesIsThePageWhole) {
  auto store = OpenAt(Db("a.sqlite"));
  ASSERT_TRUE(store);
  const DocumentRecord doc = Doc("/r/a.pdf", 'a');
  DocumentRecord head = doc;
  head.pages = {};
  // The page with its first piece and no boxes, the rest in pieces of
  // 300,000 bytes moved back to a character's start, then the boxes.
  DocumentRecord first;
  first.pages = {doc.pages[0]};
  first.pages[0].boxes.clear();
  std::vector<std::string> pieces;
  size_t at = 0;
  for (size_t want = 300000; at < text_.size();) {
    size_t end = std::min(text_.size(), at + want);
    while (end < text_.size() && (uint8_t(text_[end]) & 0xC0) == 0x80) --end;
    pieces.push_back(text_.substr(at, end - at));
    at = end;
  }
  first.pages[0].text = pieces[0];
  DocumentRecord boxes;
  boxes.pages.resize(1);
  boxes.pages[0].page_no = 1;
  boxes.pages[0].boxes = doc.pages[0].boxes;
  DocumentRecord second;
  second.pages = {doc.pages[1]};

  auto begun = store->BeginDocument(head);
  ASSERT_TRUE(begun.ok()) << begun.status().ToString();
  ASSERT_TRUE(store->AddToDocument(first, false).ok());
  for (size_t i = 1; i < pieces.size(); ++i) {
    ASSERT_TRUE(store->AddPageText(pieces[i]).ok()) << i;
  }
  ASSERT_TRUE(store->AddToDocument(boxes, true).ok());
  ASSERT_TRUE(store->AddToDocument(second, false).ok());
  ASSERT_TRUE(store->CommitDocument().ok());
  ExpectWhole(*store, begun->doc_id);
  // Each part whole characters, at most a part long.
  EXPECT_EQ(Scalar(*store,
                   "SELECT count(*) FROM page_text WHERE"
                   " length(CAST(text AS BLOB)) > " +
                       std::to_string(kPart)),
            "0");
  auto parts = store->Query("SELECT text FROM page_text");
  ASSERT_TRUE(parts.ok());
  for (const auto& row : parts->rows) EXPECT_TRUE(IsValidUtf8(*row[0]));

  // A cut inside a character: 𠀀 is 4 bytes; a piece that ends after 2 of
  // them, or one that starts with the other 2.
  const std::string han = "𠀀";
  head.path = "/r/b.pdf";
  head.sha256 = std::string(64, 'b');
  for (const std::string& bad :
       {"医保" + han.substr(0, 2), han.substr(2) + "医"}) {
    ASSERT_TRUE(store->BeginDocument(head).ok());
    ASSERT_TRUE(store->AddToDocument(second, false).ok());
    EXPECT_EQ(store->AddPageText(bad).code(), StatusCode::kInvalidArgument);
    EXPECT_FALSE(store->CommitDocument().ok());  // rolled back
  }
  // Text that continues no page.
  ASSERT_TRUE(store->BeginDocument(head).ok());
  EXPECT_EQ(store->AddPageText("医").code(), StatusCode::kInvalidArgument);
  store->AbortDocument();
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM documents"), "1");
}

// A database of schema 10 keeps its pages whole in pages.text; its first
// writer upgrades it to 11 in place (page_text, the views and the search
// triggers made again) without touching them, and both kinds of page then
// read back whole and are found, before and after the index is rebuilt.
TEST_F(PageTextTest, SchemaTenWithWholePagesIsUpgradedInPlace) {
  const std::string path = Db("old.sqlite");
  {
    auto store = OpenAt(path);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutDocument(Doc("/r/old.pdf", 'o')).ok());
  }
  // What schema 10 had: the page whole, no page_text, and the views and
  // the update trigger of then.
  tally::testing::ExecOn(
      path,
      "DROP VIEW v_search; DROP VIEW v_boxes; DROP VIEW v_pages;"
      " DROP TRIGGER pages_search_update;"
      " DROP TRIGGER page_text_search_insert;"
      " UPDATE pages SET text = text || (SELECT group_concat(text, '') FROM"
      " (SELECT text FROM page_text ORDER BY part_no)) WHERE page_no = 1;"
      " DROP TABLE page_text;"
      " CREATE VIEW v_pages AS SELECT p.doc_id, p.page_no, length(p.text) AS"
      " chars, p.text FROM pages p;"
      " CREATE TRIGGER pages_search_update AFTER UPDATE ON pages BEGIN"
      " SELECT 1; END;"
      " UPDATE meta SET value = '10' WHERE key = 'schema_version'");
  {
    auto reader = OpenAt(path, /*read_only=*/true);
    ASSERT_TRUE(reader);
    auto doc = reader->ReadDocument(1);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_TRUE(doc->pages[0].text == text_);
    auto found = reader->Search("结尾标记词", SearchOptions());
    ASSERT_TRUE(found.ok()) << found.status().ToString();
    EXPECT_EQ(found->total, 1);
  }
  auto store = OpenAt(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(Scalar(*store,
                   "SELECT value FROM meta WHERE key ="
                   " 'schema_version'"),
            "12");
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM page_text"), "0");
  EXPECT_NE(Scalar(*store,
                   "SELECT sql FROM sqlite_schema WHERE name ="
                   " 'pages_search_update'")
                .find("page_text"),
            std::string::npos);
  ExpectWhole(*store, 1);
  // A new page of the same size goes in parts beside the old whole one.
  ASSERT_TRUE(store->PutDocument(Doc("/r/new.pdf", 'n')).ok());
  EXPECT_NE(Scalar(*store, "SELECT count(*) FROM page_text"), "0");
  auto two = store->Search("结尾标记词", SearchOptions());
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->total, 2);
  ASSERT_TRUE(store->BuildSearchIndex().ok());
  two = store->Search("结尾标记词", SearchOptions());
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->total, 2);
  EXPECT_EQ(store->Search("医a", SearchOptions())->total, 2);
  ExpectWhole(*store, 1);
  ExpectWhole(*store, 2);
}

}  // namespace
}  // namespace tally::store
