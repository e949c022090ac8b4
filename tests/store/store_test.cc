#include "store/store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "base/file.h"
#include "store/tokenizer.h"
#include "testing/sqlite_exec.h"
#include "testing/stored_box.h"

namespace tally::store {
namespace {

using ::tally::testing::StoredBox;
using ::testing::HasSubstr;
using Row = std::vector<std::optional<std::string>>;

constexpr char kPipeline[] = "1";

std::string Sha(char c) { return std::string(64, c); }

// A two-page document: a text-layer page and an OCR page, with lines and
// boxes whose offsets point into the page text.
DocumentRecord MakeDoc(const std::string& path, const std::string& sha) {
  DocumentRecord doc;
  doc.path = path;
  doc.sha256 = sha;
  doc.size = 1234;
  doc.file_kind = "pdf";
  doc.status = "ok";
  doc.page_count = 2;
  doc.pipeline_version = kPipeline;
  doc.rules_version = "0123456789ab";
  doc.seconds = 0.5;
  doc.bureau = "乐昌市医疗保障局";
  doc.fiscal_year = 2022;
  doc.report_kind = "项目支出绩效自评";
  doc.report_date = "2023-01-30";
  doc.project = "医疗服务与保障能力提升";

  PageRecord p1;
  p1.page_no = 1;
  p1.source = "text";
  p1.route_reason = "text layer";
  p1.width = 595;
  p1.height = 842;
  p1.text = "预算12.5万元。";  // 9 characters, 19 bytes
  p1.lines = {{"header", "乐昌市医疗保障局", {50, 20, 300, 32}},
              {"body", "预算 １２．５ 万元。", {50, 100, 400, 112}}};
  // "预算" is bytes [0, 6); "12.5" is [6, 10); the page number is not in
  // the text.
  p1.boxes = {StoredBox({50, 100, 80, 112}, "预算", 0, 6),
              StoredBox({82, 100, 120, 112}, "１２．５", 6, 10),
              StoredBox({290, 800, 300, 810}, "1", 19, 19, 9)};
  PageRecord p2;
  p2.page_no = 2;
  p2.source = "ocr";
  p2.route_reason = "no text layer";
  p2.width = 595;
  p2.height = 842;
  p2.ocr_confidence = 87.5;
  p2.text = "执行率100%";
  p2.lines = {{"body", "执行率100%", {}}};
  // An OCR box a repair changed keeps the engine's reading.
  p2.boxes = {StoredBox({50, 100, 120, 112}, "执行率100%", 0, 13, 0)};
  p2.boxes[0].confidence = 91;
  p2.boxes[0].ocr_raw = "执行率1OO%";
  p1.boxes[1].ref = "Sheet1!B2";  // a spreadsheet's own address
  p2.boxes[0].symbol_confidence = "99 99 99 98 97 60 99";  // box_symbols
  doc.pages = {p1, p2};
  return doc;
}

// The sha256 of every document Store::StoredDocuments lists.
std::vector<std::string> StoredHashes(Store& store,
                                      const std::string& pipeline_version) {
  std::vector<std::string> hashes;
  auto stored = store.StoredDocuments(pipeline_version);
  EXPECT_TRUE(stored.ok()) << stored.status().ToString();
  if (!stored.ok()) return hashes;
  for (const Store::Stored& s : *stored) hashes.push_back(s.sha256);
  return hashes;
}

bool Equal(const Box& a, const Box& b) {
  return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1;
}

// Field by field, exactly (doubles too: they must survive SQLite's REALs).
bool Equal(const DocumentRecord& a, const DocumentRecord& b) {
  auto fields = [](const DocumentRecord& d) {
    return std::tie(d.path, d.sha256, d.size, d.file_kind, d.status, d.error,
                    d.page_count, d.pipeline_version, d.rules_version,
                    d.seconds, d.bureau, d.report_kind, d.report_date,
                    d.fiscal_year, d.project);
  };
  if (fields(a) != fields(b) || a.pages.size() != b.pages.size()) return false;
  for (size_t i = 0; i < a.pages.size(); ++i) {
    auto page = [](const PageRecord& p) {
      return std::tie(p.page_no, p.source, p.route_reason, p.width, p.height,
                      p.ocr_confidence, p.text);
    };
    const PageRecord &pa = a.pages[i], &pb = b.pages[i];
    if (page(pa) != page(pb) || pa.lines.size() != pb.lines.size() ||
        pa.boxes.size() != pb.boxes.size()) {
      return false;
    }
    for (size_t j = 0; j < pa.lines.size(); ++j) {
      const LineRecord &la = pa.lines[j], &lb = pb.lines[j];
      if (la.kind != lb.kind || la.raw != lb.raw || !Equal(la.box, lb.box)) {
        return false;
      }
    }
    for (size_t j = 0; j < pa.boxes.size(); ++j) {
      auto box = [](const BoxRecord& x) {
        return std::tie(x.text, x.font_size, x.confidence, x.text_begin,
                        x.text_end, x.ocr_raw, x.ref, x.symbol_confidence);
      };
      const BoxRecord &ba = pa.boxes[j], &bb = pb.boxes[j];
      if (box(ba) != box(bb) || !Equal(ba.box, bb.box)) return false;
    }
  }
  return true;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("store_test_" + std::string(info->name()) + "_" +
            std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "tally.sqlite").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Store> Open(const Options& options = Options()) {
    auto store = Store::Open(path_, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  static std::vector<Row> Rows(Store& store, const std::string& sql) {
    auto r = store.Query(sql);
    EXPECT_TRUE(r.ok()) << sql << ": " << r.status().ToString();
    return r.ok() ? r->rows : std::vector<Row>();
  }
  static std::string Scalar(Store& store, const std::string& sql) {
    std::vector<Row> rows = Rows(store, sql);
    if (rows.size() != 1 || !rows[0][0]) return "<none>";
    return *rows[0][0];
  }
  static int64_t Count(Store& store, const std::string& table) {
    return std::stoll(Scalar(store, "SELECT count(*) FROM " + table));
  }

  // Runs sql on a separate, plain SQLite connection.
  void ExecDirect(const std::string& sql) { ExecOn(path_, sql); }
  static void ExecOn(const std::string& path, const std::string& sql) {
    tally::testing::ExecOn(path, sql);
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(StoreTest, RoundTripThroughViews) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto put = store->PutDocument(MakeDoc("/r/a.pdf", Sha('a')));
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_TRUE(put->inserted);
  EXPECT_EQ(put->version, 1);
  const std::string id = std::to_string(put->doc_id);

  auto docs = store->Query(
      "SELECT doc_id, path, sha256, status, error, pages, bureau, fiscal_year,"
      " report_kind, report_date, size, file_kind, version, pipeline_version,"
      " pages_stored FROM v_documents");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  EXPECT_EQ(docs->columns[0], "doc_id");
  ASSERT_EQ(docs->rows.size(), 1u);
  EXPECT_EQ(docs->rows[0],
            (Row{id, "/r/a.pdf", Sha('a'), "ok", std::nullopt, "2",
                 "乐昌市医疗保障局", "2022", "项目支出绩效自评", "2023-01-30",
                 "1234", "pdf", "1", kPipeline, "2"}));

  EXPECT_EQ(Rows(*store,
                 "SELECT page_no, source, chars, ocr_confidence, text,"
                 " route_reason, width, height FROM v_pages ORDER BY page_no"),
            (std::vector<Row>{{"1", "text", "9", std::nullopt, "预算12.5万元。",
                               "text layer", "595.0", "842.0"},
                              {"2", "ocr", "7", "87.5", "执行率100%",
                               "no text layer", "595.0", "842.0"}}));

  // A line without geometry keeps NULL coordinates, not zeros.
  EXPECT_EQ(Rows(*store,
                 "SELECT page_no, line_no, kind, raw, x0, y1 FROM v_lines"
                 " ORDER BY page_no, line_no"),
            (std::vector<Row>{
                {"1", "1", "header", "乐昌市医疗保障局", "50.0", "32.0"},
                {"1", "2", "body", "预算 １２．５ 万元。", "50.0", "112.0"},
                {"2", "1", "body", "执行率100%", std::nullopt, std::nullopt}}));

  // Byte offsets resolve to the normalised text each box became.
  EXPECT_EQ(Rows(*store,
                 "SELECT page_no, box_no, text, font_size, confidence,"
                 " text_begin, text_end, normalized FROM v_boxes"
                 " ORDER BY page_no, box_no"),
            (std::vector<Row>{
                {"1", "1", "预算", "12.0", std::nullopt, "0", "6", "预算"},
                {"1", "2", "１２．５", "12.0", std::nullopt, "6", "10", "12.5"},
                {"1", "3", "1", "9.0", std::nullopt, "19", "19", ""},
                {"2", "1", "执行率100%", std::nullopt, "91.0", "0", "13",
                 "执行率100%"}}));
  EXPECT_EQ(Rows(*store,
                 "SELECT page_no, box_no, symbol_confidences FROM v_boxes"
                 " WHERE symbol_confidences IS NOT NULL"),
            (std::vector<Row>{{"2", "1", "99 99 99 98 97 60 99"}}));

  // The other views exist with their contract columns, empty for now.
  EXPECT_TRUE(store
                  ->Query("SELECT fact_id, doc_id, page_no, kind, raw, value,"
                          " unit, base_value, label, context, x0, y0, x1, y1"
                          " FROM v_facts")
                  .ok());
  EXPECT_TRUE(store
                  ->Query("SELECT doc_id, page_no, level1, level2, level3,"
                          " target, actual, weight, score, note"
                          " FROM v_indicators")
                  .ok());
  EXPECT_TRUE(
      store
          ->Query("SELECT finding_id, doc_id, rule, severity, message,"
                  " expected, actual, page_no, fact_ids FROM v_findings")
          .ok());
  EXPECT_EQ(Scalar(*store,
                   "SELECT value FROM meta"
                   " WHERE key = 'schema_version'"),
            "12");
}

TEST_F(StoreTest, DataSurvivesReopen) {
  int64_t id;
  {
    auto store = Open();
    ASSERT_TRUE(store);
    auto put = store->PutDocument(MakeDoc("/r/a.pdf", Sha('a')));
    ASSERT_TRUE(put.ok());
    id = put->doc_id;
  }
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(Scalar(*store, "SELECT doc_id FROM v_documents"),
            std::to_string(id));
  EXPECT_EQ(Count(*store, "v_boxes"), 4);
}

TEST_F(StoreTest, ForeignKeysAndWalAreOn) {
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(Scalar(*store, "PRAGMA foreign_keys"), "1");
  // WAL is persistent, so a fresh connection sees it.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "wal");
  sqlite3_finalize(s);
  sqlite3_close(db);
}

// An ingest runs an INSERT once per row, so whatever the statement builds
// before it can write is built for every row. SQLite builds a temporary
// b-tree (OpenEphemeral) for `x IN (list)` of three or more values, which
// made the CHECKs of the enumerations cost a third of the time spent
// writing. Every table's INSERT of all its columns must build none.
TEST_F(StoreTest, InsertingARowBuildsNoTemporaryTable) {
  {
    auto store = Open();
    ASSERT_TRUE(store);
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(RegisterSearchFunctions(db), SQLITE_OK);  // the pages triggers'
  auto column = [](sqlite3_stmt* s, int i) {
    const unsigned char* t = sqlite3_column_text(s, i);
    return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
  };
  sqlite3_stmt* tables = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(
                db,
                "SELECT name, (SELECT group_concat(c.name, ', ')"
                " FROM pragma_table_info(m.name) c) FROM sqlite_master m"
                " WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'page_fts_%'",
                -1, &tables, nullptr),
            SQLITE_OK);
  int checked = 0;
  while (sqlite3_step(tables) == SQLITE_ROW) {
    const std::string table = column(tables, 0);
    const std::string columns = column(tables, 1);
    std::string params = "?";
    for (char c : columns) {
      if (c == ',') params += ", ?";
    }
    const std::string sql = "EXPLAIN INSERT INTO " + table + " (" + columns +
                            ") VALUES (" + params + ")";
    sqlite3_stmt* explain = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &explain, nullptr),
              SQLITE_OK)
        << sql << ": " << sqlite3_errmsg(db);
    while (sqlite3_step(explain) == SQLITE_ROW) {
      EXPECT_NE(column(explain, 1), "OpenEphemeral")
          << "INSERT INTO " << table << " builds a temporary table";
    }
    sqlite3_finalize(explain);
    ++checked;
  }
  sqlite3_finalize(tables);
  sqlite3_close(db);
  EXPECT_GE(checked, 15);  // documents, pages, lines, boxes, facts, ...
}

TEST_F(StoreTest, SameDocumentTwiceIsNoOp) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocumentRecord doc = MakeDoc("/r/a.pdf", Sha('a'));
  EXPECT_FALSE(*store->IsStored(Sha('a'), kPipeline));
  auto first = store->PutDocument(doc);
  ASSERT_TRUE(first.ok());
  EXPECT_TRUE(*store->IsStored(Sha('a'), kPipeline));
  EXPECT_FALSE(*store->IsStored(Sha('a'), "2"));
  EXPECT_FALSE(*store->IsStored("", kPipeline));
  EXPECT_EQ(StoredHashes(*store, kPipeline),
            std::vector<std::string>{Sha('a')});
  EXPECT_TRUE(StoredHashes(*store, "2").empty());

  auto second = store->PutDocument(doc);
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(second->inserted);
  EXPECT_EQ(second->doc_id, first->doc_id);
  EXPECT_EQ(second->version, 1);
  EXPECT_EQ(Count(*store, "documents"), 1);
  EXPECT_EQ(Count(*store, "pages"), 2);
  EXPECT_EQ(Count(*store, "lines"), 3);
  EXPECT_EQ(Count(*store, "boxes"), 4);

  // Identity is the bytes: a copy at another path is the same document.
  auto copy = store->PutDocument(MakeDoc("/r/copy-of-a.pdf", Sha('a')));
  ASSERT_TRUE(copy.ok());
  EXPECT_FALSE(copy->inserted);
  EXPECT_EQ(copy->doc_id, first->doc_id);
  EXPECT_EQ(Count(*store, "documents"), 1);
}

TEST_F(StoreTest, NewBytesAtSamePathSupersede) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto v1 = store->PutDocument(MakeDoc("/r/a.pdf", Sha('a')));
  ASSERT_TRUE(v1.ok());
  DocumentRecord changed = MakeDoc("/r/a.pdf", Sha('b'));
  changed.pages.pop_back();
  auto v2 = store->PutDocument(changed);
  ASSERT_TRUE(v2.ok()) << v2.status().ToString();
  EXPECT_TRUE(v2->inserted);
  EXPECT_EQ(v2->version, 2);
  EXPECT_NE(v2->doc_id, v1->doc_id);

  EXPECT_EQ(Rows(*store, "SELECT doc_id, sha256, version FROM v_documents"),
            (std::vector<Row>{{std::to_string(v2->doc_id), Sha('b'), "2"}}));
  EXPECT_EQ(Count(*store, "v_pages"), 1);
  // History is kept in the tables, marked superseded.
  EXPECT_EQ(Scalar(*store, "SELECT superseded FROM documents WHERE doc_id = " +
                               std::to_string(v1->doc_id)),
            "1");
  EXPECT_EQ(Count(*store, "pages"), 3);
  // Superseded bytes are no longer "stored": a file reverted to them is a
  // third version, not a no-op that would leave the view stale.
  EXPECT_FALSE(*store->IsStored(Sha('a'), kPipeline));
  EXPECT_EQ(StoredHashes(*store, kPipeline),
            std::vector<std::string>{Sha('b')});
  auto v3 = store->PutDocument(MakeDoc("/r/a.pdf", Sha('a')));
  ASSERT_TRUE(v3.ok());
  EXPECT_TRUE(v3->inserted);
  EXPECT_EQ(v3->version, 3);
  EXPECT_EQ(Rows(*store, "SELECT sha256, version FROM v_documents"),
            (std::vector<Row>{{Sha('a'), "3"}}));
}

TEST_F(StoreTest, NewPipelineVersionReplaces) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto old = store->PutDocument(MakeDoc("/r/a.pdf", Sha('a')));
  ASSERT_TRUE(old.ok());
  DocumentRecord doc = MakeDoc("/r/a.pdf", Sha('a'));
  doc.pipeline_version = "2";
  doc.pages[0].text = "预算12.50万元。";
  auto put = store->PutDocument(doc);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_TRUE(put->inserted);
  EXPECT_EQ(put->version, 1);
  EXPECT_EQ(put->doc_id, old->doc_id);  // same bytes keep their id

  EXPECT_EQ(Rows(*store, "SELECT pipeline_version, version FROM documents"),
            (std::vector<Row>{{"2", "1"}}));
  EXPECT_EQ(Count(*store, "pages"), 2);
  EXPECT_EQ(Count(*store, "boxes"), 4);
  EXPECT_EQ(Scalar(*store, "SELECT text FROM v_pages WHERE page_no = 1"),
            "预算12.50万元。");
  EXPECT_FALSE(*store->IsStored(Sha('a'), kPipeline));
  EXPECT_TRUE(*store->IsStored(Sha('a'), "2"));
}

TEST_F(StoreTest, FailedDocumentsAreRecorded) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocumentRecord failed;
  failed.path = "/r/locked.pdf";
  failed.file_kind = "unknown";
  failed.status = "failed";
  failed.error = "cannot read: Permission denied";
  failed.pipeline_version = kPipeline;
  auto first = store->PutDocument(failed);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_TRUE(first->inserted);

  // A second hash-less failure at the path replaces the first.
  failed.error = "cannot read: Input/output error";
  auto second = store->PutDocument(failed);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->version, 1);
  EXPECT_EQ(Rows(*store,
                 "SELECT path, sha256, status, error, pages, size"
                 " FROM v_documents"),
            (std::vector<Row>{{"/r/locked.pdf", std::nullopt, "failed",
                               "cannot read: Input/output error", "0",
                               std::nullopt}}));
  EXPECT_EQ(Count(*store, "documents"), 1);
  // Never "stored": an unreadable file is retried by the next batch.
  EXPECT_TRUE(StoredHashes(*store, kPipeline).empty());

  // Once readable, the file becomes the path's next version.
  auto readable = store->PutDocument(MakeDoc("/r/locked.pdf", Sha('c')));
  ASSERT_TRUE(readable.ok());
  EXPECT_EQ(readable->version, 2);
  EXPECT_EQ(Scalar(*store, "SELECT status FROM v_documents"), "ok");

  // A readable file that failed later is identified by its bytes like any
  // other; the pipeline decides from its status and error whether to read
  // it again.
  DocumentRecord broken = MakeDoc("/r/broken.pdf", Sha('d'));
  broken.status = "failed";
  broken.error = "xref table missing";
  broken.pages.clear();
  ASSERT_TRUE(store->PutDocument(broken).ok());
  EXPECT_TRUE(*store->IsStored(Sha('d'), kPipeline));
  EXPECT_EQ(StoredHashes(*store, kPipeline),
            (std::vector<std::string>{Sha('c'), Sha('d')}));
  EXPECT_EQ(Scalar(*store,
                   "SELECT error FROM v_documents"
                   " WHERE status = 'failed'"),
            "xref table missing");
  auto stored = store->StoredDocuments(kPipeline);
  ASSERT_EQ(stored->size(), 2u);
  EXPECT_EQ((*stored)[1].status, "failed");
  EXPECT_EQ((*stored)[1].error, "xref table missing");

  // The same bytes from another path change nothing; read again from its
  // own path (a retry) they replace the failed record, keeping its doc_id.
  DocumentRecord copy = MakeDoc("/r/copy.pdf", Sha('d'));
  EXPECT_FALSE(store->PutDocument(copy)->inserted);
  const std::string id =
      Scalar(*store, "SELECT doc_id FROM documents WHERE sha256 = '" +
                         Sha('d') + "'");
  const std::string rows = Scalar(*store, "SELECT count(*) FROM documents");
  auto retried = store->PutDocument(MakeDoc("/r/broken.pdf", Sha('d')));
  ASSERT_TRUE(retried.ok());
  EXPECT_TRUE(retried->inserted);
  EXPECT_EQ(std::to_string(retried->doc_id), id);
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM documents"), rows);
  EXPECT_EQ(Scalar(*store,
                   "SELECT status FROM v_documents WHERE path = "
                   "'/r/broken.pdf'"),
            "ok");
  // Stored ok, it is not replaced again.
  EXPECT_FALSE(
      store->PutDocument(MakeDoc("/r/broken.pdf", Sha('d')))->inserted);
}

TEST_F(StoreTest, FailedWriteLeavesNothing) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto good = store->PutDocument(MakeDoc("/r/a.pdf", Sha('a')));
  ASSERT_TRUE(good.ok());

  // The second page repeats page_no 1: the UNIQUE key fails mid-write,
  // after the document row and the first page are in.
  DocumentRecord bad = MakeDoc("/r/b.pdf", Sha('b'));
  bad.pages[1].page_no = 1;
  auto put = store->PutDocument(bad);
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(put.status().message(), HasSubstr("/r/b.pdf"));
  EXPECT_THAT(put.status().message(), HasSubstr("UNIQUE"));

  // The same failure as a new version of a stored path must not leave the
  // old version superseded.
  DocumentRecord bad_version = MakeDoc("/r/a.pdf", Sha('c'));
  bad_version.pages[0].lines[0].kind = "footnote";  // not a line kind
  EXPECT_EQ(store->PutDocument(bad_version).status().code(),
            StatusCode::kInvalidArgument);

  EXPECT_EQ(
      Rows(*store, "SELECT doc_id, path, version FROM v_documents"),
      (std::vector<Row>{{std::to_string(good->doc_id), "/r/a.pdf", "1"}}));
  EXPECT_EQ(Count(*store, "documents"), 1);
  EXPECT_EQ(Count(*store, "pages"), 2);
  EXPECT_EQ(Count(*store, "lines"), 3);
  EXPECT_EQ(Count(*store, "boxes"), 4);
  EXPECT_FALSE(*store->IsStored(Sha('b'), kPipeline));

  // The transaction was closed: the store still writes.
  auto after = store->PutDocument(MakeDoc("/r/b.pdf", Sha('b')));
  ASSERT_TRUE(after.ok()) << after.status().ToString();
  EXPECT_EQ(Count(*store, "v_documents"), 2);
}

// One page holding a quote, a comma, a newline, a tab, a control character
// and Chinese text.
class ExportTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    store_ = Open();
    ASSERT_TRUE(store_);
    DocumentRecord doc = MakeDoc("/r/a.pdf", Sha('a'));
    doc.pages.resize(1);
    doc.pages[0].text = "预算\"12,5\"万元\n第二\t行\x01";  // 16 characters
    ASSERT_TRUE(store_->PutDocument(doc).ok());
  }
  std::unique_ptr<Store> store_;
};

TEST_F(ExportTest, Csv) {
  std::ostringstream out;
  ASSERT_TRUE(store_->Export("v_pages", ExportFormat::kCsv, out).ok());
  EXPECT_EQ(out.str(),
            "doc_id,page_no,source,chars,ocr_confidence,text,route_reason,"
            "width,height,path,bureau,fiscal_year,hidden_chars\r\n"
            "1,1,text,16,,\"预算\"\"12,5\"\"万元\n第二\t行\x01\",text layer,"
            "595.0,842.0,/r/a.pdf,乐昌市医疗保障局,2022,0\r\n");
}

TEST_F(ExportTest, Jsonl) {
  std::ostringstream out;
  ASSERT_TRUE(store_->Export("v_pages", ExportFormat::kJsonl, out).ok());
  EXPECT_EQ(out.str(),
            "{\"doc_id\":1,\"page_no\":1,\"source\":\"text\",\"chars\":16,"
            "\"ocr_confidence\":null,"
            "\"text\":\"预算\\\"12,5\\\"万元\\n第二\\t行\\u0001\","
            "\"route_reason\":\"text layer\",\"width\":595.0,"
            "\"height\":842.0,\"path\":\"/r/a.pdf\","
            "\"bureau\":\"乐昌市医疗保障局\",\"fiscal_year\":2022,"
            "\"hidden_chars\":0}\n");
}

TEST_F(ExportTest, EveryExportableNameExports) {
  auto names = store_->Exportable();
  ASSERT_TRUE(names.ok());
  EXPECT_THAT(*names,
              ::testing::IsSupersetOf({"v_documents", "v_pages", "v_facts",
                                       "v_indicators", "v_findings"}));
  for (const std::string& name : *names) {
    std::ostringstream out;
    EXPECT_TRUE(store_->Export(name, ExportFormat::kJsonl, out).ok()) << name;
  }
}

TEST_F(ExportTest, UnknownNameIsRefused) {
  std::ostringstream out;
  for (const char* name :
       {"sqlite_schema", "meta", "v_pages; DROP TABLE pages", "V_PAGES", ""}) {
    Status s = store_->Export(name, ExportFormat::kCsv, out);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << name;
  }
  EXPECT_EQ(out.str(), "");
  EXPECT_EQ(Count(*store_, "pages"), 1);
}

TEST_F(StoreTest, QueryNeverWrites) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutDocument(MakeDoc("/r/a.pdf", Sha('a'))).ok());
  for (const char* sql :
       {"DELETE FROM documents", "UPDATE pages SET text = ''",
        "INSERT INTO meta VALUES ('k', 'v')", "DROP VIEW v_pages",
        "CREATE TABLE t (x)", "PRAGMA foreign_keys = OFF", "BEGIN",
        "ATTACH ':memory:' AS m", "SELECT 1; DELETE FROM documents", "SELEC 1",
        ""}) {
    auto r = store->Query(sql);
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << sql;
  }
  EXPECT_EQ(Count(*store, "v_documents"), 1);
  EXPECT_EQ(Scalar(*store, "PRAGMA foreign_keys"), "1");
  // Trailing semicolons and comments are still one statement.
  EXPECT_EQ(Scalar(*store, "SELECT 2; -- two"), "2");
  EXPECT_EQ(Scalar(*store,
                   "SELECT count(*) > 0"
                   " FROM pragma_table_info('documents')"),
            "1");
  // Writing still works after Query's checks.
  EXPECT_TRUE(store->PutDocument(MakeDoc("/r/b.pdf", Sha('b'))).ok());
}

TEST_F(StoreTest, ReadOnlyOption) {
  Options read_only;
  read_only.read_only = true;
  auto missing = Store::Open(path_, read_only);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(missing.status().message(), HasSubstr(path_));

  Open().reset();  // creates the database
  auto store = Open(read_only);
  ASSERT_TRUE(store);
  EXPECT_EQ(Count(*store, "v_documents"), 0);
  auto put = store->PutDocument(MakeDoc("/r/a.pdf", Sha('a')));
  EXPECT_EQ(put.status().code(), StatusCode::kPermissionDenied);
}

TEST_F(StoreTest, UnwritablePathIsPermissionDenied) {
  // sysfs refuses new files even to root, where chmod would not.
  const std::string path = "/sys/tally_store_test.sqlite";
  auto store = Store::Open(path, Options());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kPermissionDenied)
      << store.status().ToString();
  EXPECT_THAT(store.status().message(), HasSubstr(path));
}

TEST_F(StoreTest, MissingDirectoryIsNotFound) {
  const std::string path = (dir_ / "no-such-dir" / "tally.sqlite").string();
  auto store = Store::Open(path, Options());
  EXPECT_EQ(store.status().code(), StatusCode::kNotFound)
      << store.status().ToString();
  EXPECT_THAT(store.status().message(), HasSubstr(path));
}

TEST_F(StoreTest, NonSqliteFileIsCorrupt) {
  ASSERT_TRUE(WriteFile(path_, "预算 437.32 万元, not a database at all.\n" +
                                   std::string(200, 'x'))
                  .ok());
  for (bool read_only : {false, true}) {
    Options options;
    options.read_only = read_only;
    auto store = Store::Open(path_, options);
    EXPECT_EQ(store.status().code(), StatusCode::kCorrupt)
        << store.status().ToString();
    EXPECT_THAT(store.status().message(), HasSubstr(path_));
  }
}

TEST_F(StoreTest, NewerSchemaIsUnsupported) {
  Open().reset();
  ExecDirect("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  auto store = Store::Open(path_, Options());
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
  EXPECT_THAT(store.status().message(), HasSubstr("99"));
}

TEST_F(StoreTest, ForeignDatabaseIsUnsupported) {
  ExecDirect("CREATE TABLE bookmarks (url TEXT)");
  auto store = Store::Open(path_, Options());
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
  EXPECT_THAT(store.status().message(), HasSubstr("not tally's"));
}

// A finding with the fields a test sets, the rest at their defaults.
Finding FindingOf(std::string rule, std::string severity, std::string message,
                  std::string expected, std::string actual, int page_no,
                  std::vector<int64_t> fact_ids) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = std::move(severity);
  f.message = std::move(message);
  f.expected = std::move(expected);
  f.actual = std::move(actual);
  f.page_no = page_no;
  f.fact_ids = std::move(fact_ids);
  return f;
}

// MakeDoc with what the extract and check stages add: two sections, two
// facts (named 7 and 9 by the record), an indicator and a budget row, and a
// finding citing the facts.
DocumentRecord WithExtracted(DocumentRecord doc) {
  doc.sections = {{1, -1, "一、", "基本情况", 1, 0},
                  {2, 0, "（一）", "预算", 1, 0}};
  Fact budget;
  budget.fact_id = 7;
  budget.kind = "amount";
  budget.raw = "12.5万元";
  budget.value = "12.5";
  budget.unit = "万元";
  budget.base_value = "125000";
  budget.label = "预算";
  budget.context = "预算12.5万元。";
  budget.sentence = 1;
  budget.section = 1;
  budget.page_no = 1;
  budget.box = {82, 100, 140, 112};
  budget.text_begin = 6;
  budget.text_end = 16;
  budget.source = "text";
  budget.rule_id = "amount.money";
  Fact rate = budget;
  rate.fact_id = 9;
  rate.kind = "percent";
  rate.raw = "100%";
  rate.value = "100";
  rate.unit = "%";
  rate.qualifier = "≥";
  rate.base_value = "100";
  rate.label = "执行率";
  rate.page_no = 2;
  rate.section = -1;
  rate.source = "ocr";
  rate.ocr_confidence = 91;
  rate.rule_id = "percent.number";
  doc.facts = {budget, rate};
  doc.indicators = {{2, "产出指标", "数量指标", "执行率", "≥90%", "100%", "10",
                     "10", "", {50, 100, 500, 112}, "ocr"}};
  doc.budgets = {{2, "年度资金总额", "万元", "", "12.5", "12.5", "10", "100%",
                  "10", {50, 120, 500, 132}, "ocr"}};
  doc.findings = {
      FindingOf("rate.ratio", "error", "执行率不符", "100%", "90%", 2, {9, 7})};
  return doc;
}

TEST_F(StoreTest, ExtractedDataRoundTrips) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocumentRecord doc = WithExtracted(MakeDoc("/r/a.pdf", Sha('a')));
  auto put = store->PutDocument(doc);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  auto read = store->ReadDocument(put->doc_id);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(read->sections.size(), 2u);
  EXPECT_EQ(read->sections[1].parent, 0);
  EXPECT_EQ(read->sections[1].marker, "（一）");
  ASSERT_EQ(read->facts.size(), 2u);
  const Fact& f = read->facts[1];
  EXPECT_EQ(std::tie(f.kind, f.value, f.unit, f.qualifier, f.base_value,
                     f.label, f.source, f.rule_id),
            std::tie(doc.facts[1].kind, doc.facts[1].value, doc.facts[1].unit,
                     doc.facts[1].qualifier, doc.facts[1].base_value,
                     doc.facts[1].label, doc.facts[1].source,
                     doc.facts[1].rule_id));
  EXPECT_EQ(f.section, -1);
  EXPECT_EQ(read->facts[0].section, 1);
  EXPECT_DOUBLE_EQ(f.ocr_confidence, 91);
  EXPECT_TRUE(Equal(read->facts[0].box, doc.facts[0].box));
  // The record's names 7 and 9 became the database's ids.
  ASSERT_EQ(read->findings.size(), 1u);
  EXPECT_EQ(read->findings[0].fact_ids,
            (std::vector<int64_t>{read->facts[1].fact_id,
                                  read->facts[0].fact_id}));
  ASSERT_EQ(read->indicators.size(), 1u);
  EXPECT_EQ(read->indicators[0].target, "≥90%");
  ASSERT_EQ(read->budgets.size(), 1u);
  EXPECT_EQ(read->budgets[0].executed, "12.5");
  // The views analysts query.
  EXPECT_EQ(Rows(*store,
                 "SELECT label, section, bureau, fiscal_year FROM v_facts"
                 " ORDER BY fact_id"),
            (std::vector<Row>{{"预算", "预算", "乐昌市医疗保障局", "2022"},
                              {"执行率", std::nullopt, "乐昌市医疗保障局",
                               "2022"}}));
  EXPECT_EQ(Scalar(*store, "SELECT title FROM v_sections WHERE parent_no = 1"),
            "预算");
  EXPECT_EQ(Scalar(*store, "SELECT fact_ids FROM v_findings"),
            "[" + std::to_string(read->facts[1].fact_id) + "," +
                std::to_string(read->facts[0].fact_id) + "]");
  EXPECT_EQ(Scalar(*store, "SELECT rate FROM v_budgets"), "100%");
}

// A record written in parts (Begin/Add/Commit), a page's lines and boxes
// split across two parts, reads back as the whole record put at once.
TEST_F(StoreTest, ADocumentInPartsIsTheDocumentWhole) {
  auto store = Open();
  ASSERT_TRUE(store);
  const DocumentRecord doc = WithExtracted(MakeDoc("/r/a.pdf", Sha('a')));
  DocumentRecord head = doc;
  head.pages = {};
  head.sections = {};
  head.facts = {};
  head.indicators = {};
  head.budgets = {};
  head.findings = {};
  std::vector<std::pair<DocumentRecord, bool>> parts;
  auto part = [&](bool continues) -> DocumentRecord& {
    return parts.emplace_back(DocumentRecord(), continues).first;
  };
  PageRecord first = doc.pages[0];
  first.lines.resize(1);
  first.boxes.resize(2);
  part(false).pages = {first};
  PageRecord rest;
  rest.page_no = 1;
  rest.lines = {doc.pages[0].lines[1]};
  rest.boxes = {doc.pages[0].boxes[2]};
  part(true).pages = {rest};
  part(false).pages = {doc.pages[1]};
  part(false).sections = doc.sections;
  part(false).facts = {doc.facts[0]};
  part(false).facts = {doc.facts[1]};
  DocumentRecord& tables = part(false);
  tables.indicators = doc.indicators;
  tables.budgets = doc.budgets;
  part(false).findings = doc.findings;

  auto begun = store->BeginDocument(head);
  ASSERT_TRUE(begun.ok()) << begun.status().ToString();
  EXPECT_TRUE(begun->inserted);
  for (const auto& [p, continues] : parts) {
    ASSERT_TRUE(store->AddToDocument(p, continues).ok());
  }
  ASSERT_TRUE(store->CommitDocument().ok());
  auto read = store->ReadDocument(begun->doc_id);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_TRUE(Equal(*read, doc));
  ASSERT_EQ(read->facts.size(), 2u);
  ASSERT_EQ(read->findings.size(), 1u);
  EXPECT_EQ(
      read->findings[0].fact_ids,
      (std::vector<int64_t>{read->facts[1].fact_id, read->facts[0].fact_id}));
  EXPECT_EQ(read->facts[0].section, 1);
  EXPECT_EQ(read->indicators.size(), 1u);
  EXPECT_EQ(read->budgets.size(), 1u);

  // The same bytes again: nothing written, the parts ignored.
  begun = store->BeginDocument(head);
  ASSERT_TRUE(begun.ok());
  EXPECT_FALSE(begun->inserted);
  EXPECT_TRUE(store->AddToDocument(parts[0].first, false).ok());
  ASSERT_TRUE(store->CommitDocument().ok());
  EXPECT_EQ(Count(*store, "pages"), 2);

  // A part that breaks a rule (a finding naming a fact never sent, lists
  // out of order) rolls the whole document back.
  head.path = "/r/b.pdf";
  head.sha256 = Sha('b');
  ASSERT_TRUE(store->BeginDocument(head).ok());
  EXPECT_TRUE(store->AddToDocument(parts[0].first, false).ok());
  DocumentRecord bad;
  bad.findings = doc.findings;
  EXPECT_EQ(store->AddToDocument(bad, false).code(),
            StatusCode::kInvalidArgument);
  EXPECT_FALSE(store->CommitDocument().ok());  // already rolled back
  ASSERT_TRUE(store->BeginDocument(head).ok());
  EXPECT_TRUE(store->AddToDocument(parts[0].first, false).ok());  // page 1
  EXPECT_TRUE(store->AddToDocument(parts[3].first, false).ok());  // sections
  EXPECT_EQ(store->AddToDocument(parts[2].first, false).code(),   // page 2
            StatusCode::kInvalidArgument);
  store->AbortDocument();
  EXPECT_EQ(Count(*store, "documents"), 1);
  EXPECT_EQ(Count(*store, "pages"), 2);
  EXPECT_EQ(Count(*store, "facts"), 2);
}

// Identical bytes at two paths: one document, both paths recorded; when
// the bytes at its own path change, it moves to the other path (keeping its
// doc_id) instead of leaving the views.
TEST_F(StoreTest, ACopyKeepsTheDocumentWhenTheFirstPathChanges) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto first = store->PutDocument(MakeDoc("/r/a.pdf", Sha('a')));
  ASSERT_TRUE(first.ok());
  auto copy = store->PutDocument(MakeDoc("/r/b.pdf", Sha('a')));
  ASSERT_TRUE(copy.ok());
  EXPECT_FALSE(copy->inserted);
  EXPECT_EQ(Rows(*store, "SELECT path, paths FROM v_documents"),
            (std::vector<Row>{{"/r/a.pdf", R"(["/r/a.pdf","/r/b.pdf"])"}}));
  auto changed = store->PutDocument(MakeDoc("/r/a.pdf", Sha('c')));
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->version, 2);
  EXPECT_EQ(Rows(*store, "SELECT doc_id, path, version, paths FROM v_documents"
                         " ORDER BY path"),
            (std::vector<Row>{{std::to_string(changed->doc_id), "/r/a.pdf",
                               "2", R"(["/r/a.pdf"])"},
                              {std::to_string(first->doc_id), "/r/b.pdf", "1",
                               R"(["/r/b.pdf"])"}}));
  // RecordPath: a file found holding stored bytes. /r/b.pdf now holds the
  // new bytes, so the old document has no path left and is superseded.
  ASSERT_TRUE(store->RecordPath("/r/b.pdf", Sha('c')).ok());
  EXPECT_EQ(Rows(*store, "SELECT path, paths FROM v_documents"),
            (std::vector<Row>{{"/r/a.pdf", R"(["/r/a.pdf","/r/b.pdf"])"}}));
  EXPECT_EQ(Rows(*store, "SELECT path, document_path FROM v_paths"
                         " ORDER BY path"),
            (std::vector<Row>{{"/r/a.pdf", "/r/a.pdf"},
                              {"/r/b.pdf", "/r/a.pdf"}}));
  // Bytes never stored: nothing recorded.
  ASSERT_TRUE(store->RecordPath("/r/z.pdf", Sha('z')).ok());
  EXPECT_EQ(Count(*store, "paths"), 2);
}

// A database of schema 7 (before paths and box_symbols) is upgraded by its
// first writer: its documents' paths recorded, the new tables made, its
// views made anew; a reader reads it as it is.
TEST_F(StoreTest, SchemaSevenIsUpgradedInPlace) {
  {
    auto store = Open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutDocument(MakeDoc("/r/a.pdf", Sha('a'))).ok());
  }
  ExecDirect(
      "DROP VIEW v_paths; DROP VIEW v_documents;"
      " CREATE VIEW v_documents AS SELECT doc_id, path FROM documents;"
      " DROP TABLE paths;"
      " DROP VIEW v_boxes; DROP TABLE box_symbols;"
      " CREATE VIEW v_boxes AS SELECT doc_id, page_no, box_no FROM boxes;"
      " UPDATE meta SET value = '7' WHERE key = 'schema_version'");
  {
    Options read_only;
    read_only.read_only = true;
    auto reader = Store::Open(path_, read_only);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    EXPECT_EQ(Scalar(**reader, "SELECT count(*) FROM v_documents"), "1");
  }
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(Scalar(*store, "SELECT value FROM meta"
                           " WHERE key = 'schema_version'"),
            "12");
  EXPECT_EQ(Scalar(*store, "SELECT paths FROM v_documents"),
            R"(["/r/a.pdf"])");
  // Tables added since are made too (box_symbols, schema 10).
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM box_symbols"), "0");
  EXPECT_TRUE(store->Query("SELECT symbol_confidences FROM v_boxes").ok());
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM v_paths"), "1");
  ASSERT_TRUE(store->PutDocument(MakeDoc("/r/b.pdf", Sha('a'))).ok());
  EXPECT_EQ(Scalar(*store, "SELECT paths FROM v_documents"),
            R"(["/r/a.pdf","/r/b.pdf"])");
}

TEST_F(StoreTest, BrokenExtractedReferencesAreRefused) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocumentRecord doc = WithExtracted(MakeDoc("/r/a.pdf", Sha('a')));
  doc.findings[0].fact_ids = {8};  // no fact is named 8
  EXPECT_EQ(store->PutDocument(doc).status().code(),
            StatusCode::kInvalidArgument);
  doc = WithExtracted(MakeDoc("/r/a.pdf", Sha('a')));
  doc.facts[0].section = 5;
  EXPECT_EQ(store->PutDocument(doc).status().code(),
            StatusCode::kInvalidArgument);
  doc = WithExtracted(MakeDoc("/r/a.pdf", Sha('a')));
  doc.facts[1].fact_id = 7;
  EXPECT_EQ(store->PutDocument(doc).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(Count(*store, "documents"), 0);
  EXPECT_EQ(Count(*store, "facts"), 0);
}

TEST_F(StoreTest, ReplaceFindingsReplaces) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto a = store->PutDocument(WithExtracted(MakeDoc("/r/a.pdf", Sha('a'))));
  auto b = store->PutDocument(WithExtracted(MakeDoc("/r/b.pdf", Sha('b'))));
  ASSERT_TRUE(a.ok() && b.ok());
  auto ids = store->CurrentDocuments();
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, (std::vector<int64_t>{a->doc_id, b->doc_id}));
  auto read = store->ReadDocument(a->doc_id);
  ASSERT_TRUE(read.ok());
  const int64_t fact = read->facts[0].fact_id;
  std::vector<Finding> two = {
      FindingOf("sum.breakdown", "error", "m1", "", "", 1, {fact}),
      FindingOf("grade.band", "info", "m2", "", "", 0, {})};
  ASSERT_TRUE(store->ReplaceFindings(a->doc_id, two).ok());
  ASSERT_TRUE(store->ReplaceFindings(a->doc_id, two).ok());
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM v_findings WHERE doc_id = " +
                               std::to_string(a->doc_id)),
            "2");
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM v_findings WHERE doc_id = " +
                               std::to_string(b->doc_id)),
            "1");
  // A fact of another document: refused, and the old findings stay.
  auto other = store->ReadDocument(b->doc_id);
  two[0].fact_ids = {other->facts[0].fact_id};
  EXPECT_EQ(store->ReplaceFindings(a->doc_id, two).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(Count(*store, "findings"), 3);
  EXPECT_EQ(store->ReplaceFindings(999, {}).code(), StatusCode::kNotFound);
}

// v_facts shows the engine's reading (value) beside the number an
// 'ocr.repair' finding repaired it to; a version-6 database, whose v_facts
// lacks the column, is read as it is and upgraded by a writer.
TEST_F(StoreTest, RepairedNumbersShowInFactsAndVersionSixUpgrades) {
  const std::string kRepaired =
      "SELECT group_concat(value || ':' || coalesce(repaired, '-'), ',')"
      " FROM (SELECT value, repaired FROM v_facts ORDER BY fact_id)";
  {
    auto store = Open();
    ASSERT_TRUE(store);
    DocumentRecord doc = WithExtracted(MakeDoc("/r/a.pdf", Sha('a')));
    Finding repair;
    repair.rule = "ocr.repair";
    repair.severity = "info";
    repair.message = "OCR 读作 100%，按 10% 则相符";
    repair.actual = "100%";
    repair.suggested = "10%";
    repair.page_no = 2;
    repair.fact_ids = {9};  // the rate, the record's name for it
    doc.findings.push_back(repair);
    ASSERT_TRUE(store->PutDocument(doc).ok());
    EXPECT_EQ(Scalar(*store, kRepaired),
              doc.facts[0].value + ":-," + doc.facts[1].value + ":10%");
  }
  ExecDirect(
      "DROP VIEW v_facts; CREATE VIEW v_facts AS SELECT fact_id, value FROM"
      " facts; UPDATE meta SET value = '6' WHERE key = 'schema_version'");
  {
    Options ro;
    ro.read_only = true;
    auto store = Open(ro);
    ASSERT_TRUE(store);
    EXPECT_FALSE(store->Query("SELECT repaired FROM v_facts").ok());
    EXPECT_EQ(Count(*store, "v_facts"), 2);
  }
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(Scalar(*store,
                   "SELECT value FROM meta"
                   " WHERE key = 'schema_version'"),
            "12");
  EXPECT_THAT(Scalar(*store, kRepaired), ::testing::EndsWith(":10%"));
}

// Re-extraction replaces a document's metadata and extracted rows, and
// only those, in one transaction; its pages, lines, boxes and doc_id stay.
// StaleDocuments lists documents of other rules, of none (a failed
// extraction) and of unknown ones, never those without pages.
TEST_F(StoreTest, ReplaceExtractedKeepsPagesAndListsStaleDocuments) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocumentRecord old_rules = WithExtracted(MakeDoc("/r/a.pdf", Sha('a')));
  old_rules.rules_version = "1-old";
  DocumentRecord none = MakeDoc("/r/b.pdf", Sha('b'));
  none.rules_version = "";
  none.status = "partial";
  none.error = "facts and checks left out: worker crashed";
  DocumentRecord current = MakeDoc("/r/c.pdf", Sha('c'));
  current.rules_version = "1-new";
  DocumentRecord unread = MakeDoc("/r/d.pdf", Sha('d'));
  unread.rules_version = "";
  unread.status = "failed";
  unread.pages.clear();
  auto a = store->PutDocument(old_rules);
  auto b = store->PutDocument(none);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(store->PutDocument(current).ok());
  ASSERT_TRUE(store->PutDocument(unread).ok());
  EXPECT_EQ(*store->StaleDocuments("1-new"),
            (std::vector<int64_t>{a->doc_id, b->doc_id}));
  const int64_t boxes = Count(*store, "boxes"), lines = Count(*store, "lines");

  DocumentRecord redone = WithExtracted(MakeDoc("/r/a.pdf", Sha('a')));
  redone.pages.clear();
  redone.facts.pop_back();  // the rate: the finding cites fact 7 only now
  redone.findings[0].fact_ids = {7};
  redone.indicators.clear();
  redone.bureau = "益阳市医疗保障局";
  redone.fiscal_year.reset();
  redone.rules_version = "1-new";
  ASSERT_TRUE(store->ReplaceExtracted(a->doc_id, redone).ok());
  auto read = store->ReadDocument(a->doc_id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->bureau, "益阳市医疗保障局");
  EXPECT_FALSE(read->fiscal_year.has_value());
  EXPECT_EQ(read->rules_version, "1-new");
  EXPECT_EQ(read->facts.size(), 1u);
  EXPECT_EQ(read->indicators.size(), 0u);
  ASSERT_EQ(read->findings.size(), 1u);
  EXPECT_EQ(read->findings[0].fact_ids,
            (std::vector<int64_t>{read->facts[0].fact_id}));
  EXPECT_EQ(read->pages.size(), 2u);
  EXPECT_EQ(Count(*store, "boxes"), boxes);
  EXPECT_EQ(Count(*store, "lines"), lines);
  EXPECT_EQ(*store->StaleDocuments("1-new"),
            (std::vector<int64_t>{b->doc_id}));
  // A broken record changes nothing.
  DocumentRecord broken = redone;
  broken.findings[0].fact_ids = {8};
  EXPECT_EQ(store->ReplaceExtracted(a->doc_id, broken).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(store->ReadDocument(a->doc_id)->findings.size(), 1u);
  EXPECT_EQ(Count(*store, "facts"), 1);
  EXPECT_EQ(store->ReplaceExtracted(999, redone).code(),
            StatusCode::kNotFound);
}

// A database of schema 8 (before rules_version) is read as it is and
// upgraded by its first writer; its documents' rules are unknown, so all
// of them are stale.
TEST_F(StoreTest, SchemaEightIsUpgradedInPlace) {
  {
    auto store = Open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutDocument(MakeDoc("/r/a.pdf", Sha('a'))).ok());
  }
  ExecDirect(
      "DROP VIEW v_documents; ALTER TABLE documents DROP COLUMN rules_version;"
      " CREATE VIEW v_documents AS SELECT doc_id, path FROM documents;"
      " UPDATE meta SET value = '8' WHERE key = 'schema_version'");
  {
    Options read_only;
    read_only.read_only = true;
    auto reader = Store::Open(path_, read_only);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    auto doc = (*reader)->ReadDocument(1);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_EQ(doc->rules_version, "");
    EXPECT_EQ(*(*reader)->StaleDocuments("1-new"), std::vector<int64_t>{1});
  }
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(Scalar(*store, "SELECT value FROM meta"
                           " WHERE key = 'schema_version'"),
            "12");
  EXPECT_EQ(Scalar(*store, "SELECT coalesce(rules_version, 'NULL')"
                           " FROM v_documents"),
            "NULL");
  EXPECT_EQ(*store->StaleDocuments("1-new"), std::vector<int64_t>{1});
}

// A database of schema 11 (paths without their stamps) gains the columns
// on its first write, its paths unstamped; a path recorded with a size and
// time is listed by PathStamps, one without is not.
TEST_F(StoreTest, SchemaElevenGainsPathStamps) {
  {
    auto store = Open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutDocument(MakeDoc("/r/a.pdf", Sha('a'))).ok());
  }
  ExecDirect(
      "ALTER TABLE paths DROP COLUMN size; ALTER TABLE paths DROP COLUMN"
      " mtime_ns; UPDATE meta SET value = '11' WHERE key = 'schema_version'");
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(Scalar(*store,
                   "SELECT value FROM meta"
                   " WHERE key = 'schema_version'"),
            "12");
  auto stamps = store->PathStamps();
  ASSERT_TRUE(stamps.ok()) << stamps.status().ToString();
  EXPECT_TRUE(stamps->empty());
  ASSERT_TRUE(
      store->RecordPath("/r/b.pdf", Sha('a'), 120, 1700000000123456789).ok());
  DocumentRecord c = MakeDoc("/r/c.pdf", Sha('c'));
  c.size = 99;  // no time: not stamped
  ASSERT_TRUE(store->PutDocument(c).ok());
  stamps = store->PathStamps();
  ASSERT_TRUE(stamps.ok());
  ASSERT_EQ(stamps->size(), 1u);
  const Store::PathStamp& b = stamps->at("/r/b.pdf");
  EXPECT_EQ(b.sha256, Sha('a'));
  EXPECT_EQ(b.size, 120);
  EXPECT_EQ(b.mtime_ns, 1700000000123456789);
}

TEST_F(StoreTest, PreReleaseSchemaIsRefused) {
  { auto store = Open(); }
  ExecDirect("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  auto store = Store::Open(path_, Options());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
  EXPECT_THAT(store.status().message(), HasSubstr("new database"));
}

TEST_F(StoreTest, ReadDocumentRoundTrips) {
  auto store = Open();
  ASSERT_TRUE(store);
  DocumentRecord doc = MakeDoc("/r/a.pdf", Sha('a'));
  doc.seconds = 0.1 + 0.2;  // not exactly representable in decimal
  doc.pages[0].boxes[0].box = {0, 0, 80.125, 112};  // zeros, but a geometry
  auto put = store->PutDocument(doc);
  ASSERT_TRUE(put.ok());
  auto read = store->ReadDocument(put->doc_id);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_TRUE(Equal(*read, doc));
  // Equal would notice a difference anywhere.
  DocumentRecord other = doc;
  other.pages[1].boxes[0].confidence = 90;
  EXPECT_FALSE(Equal(*read, other));

  // An unreadable file: NULLs come back as the record's sentinels.
  DocumentRecord failed;
  failed.path = "/r/locked.pdf";
  failed.file_kind = "unknown";
  failed.status = "failed";
  failed.error = "cannot read: Permission denied";
  failed.pipeline_version = kPipeline;
  auto put_failed = store->PutDocument(failed);
  ASSERT_TRUE(put_failed.ok());
  read = store->ReadDocument(put_failed->doc_id);
  ASSERT_TRUE(read.ok());
  EXPECT_TRUE(Equal(*read, failed));
  EXPECT_EQ(read->size, -1);
  EXPECT_FALSE(read->fiscal_year.has_value());

  // Superseded versions stay readable.
  ASSERT_TRUE(store->PutDocument(MakeDoc("/r/a.pdf", Sha('b'))).ok());
  read = store->ReadDocument(put->doc_id);
  ASSERT_TRUE(read.ok());
  EXPECT_TRUE(Equal(*read, doc));

  auto missing = store->ReadDocument(12345);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(missing.status().message(), HasSubstr("12345"));
}

// Shards as `tally ingest --shard K/N` writes them, and what merging them
// must give.
class MergeTest : public StoreTest {
 protected:
  struct Ingestion {
    DocumentRecord doc;
    std::string ingested_at;
  };

  std::string Db(const std::string& name) { return (dir_ / name).string(); }

  static std::unique_ptr<Store> OpenAt(const std::string& path) {
    auto store = Store::Open(path, Options());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  // A database at Db(name) holding docs, each stamped with its ingestion
  // time.
  std::string Shard(const std::string& name,
                    const std::vector<Ingestion>& docs) {
    const std::string path = Db(name);
    auto store = OpenAt(path);
    for (const Ingestion& in : docs) {
      auto put = store->PutDocument(in.doc);
      EXPECT_TRUE(put.ok()) << put.status().ToString();
      ExecOn(path, "UPDATE documents SET ingested_at = '" + in.ingested_at +
                       "' WHERE doc_id = " + std::to_string(put->doc_id));
    }
    return path;
  }

  // Gives the document with this sha256 two facts, an indicator row and a
  // finding citing both facts (in reverse order), numbered from first_id as
  // a later stage would have written them.
  static void AddFindings(const std::string& path, const std::string& sha,
                          int first_id) {
    const std::string doc =
        "(SELECT doc_id FROM documents WHERE sha256 = '" + sha + "')";
    const std::string a = std::to_string(first_id);
    const std::string b = std::to_string(first_id + 1);
    ExecOn(
        path,
        "INSERT INTO facts (fact_id, doc_id, page_no, kind, raw, value,"
        " unit, base_value, label, rule_id) VALUES"
        " (" +
            a + ", " + doc +
            ", 1, 'amount', '１２．５万元', '12.5',"
            "  '万元', '125000', '预算', 'amount.wan'),"
            " (" +
            b + ", " + doc +
            ", 2, 'percent', '100%', '100', '%',"
            "  '100', '执行率', 'percent.plain');"
            "INSERT INTO indicators (indicator_id, doc_id, page_no, level1,"
            " level3, target, actual, weight, score) VALUES (" +
            a + ", " + doc +
            ", 2, '产出指标', '执行率', '≥90%', '100%', '10', '10');"
            "INSERT INTO findings (finding_id, doc_id, rule, severity,"
            " message, expected, actual, page_no) VALUES (" +
            a + ", " + doc +
            ", 'rate.ratio', 'warning', '执行率与预算不符', '100', '90',"
            " 2);"
            "INSERT INTO finding_facts (finding_id, position, fact_id) VALUES"
            " (" +
            a + ", 1, " + b + "), (" + a + ", 2, " + a + ");");
  }

  // Everything a merge must carry over, identified by content (sha256,
  // path, version, page_no, ...) rather than ids, without ingested_at and
  // seconds: history in the tables, and the current documents in the views.
  static std::vector<std::vector<Row>> Content(const std::string& path) {
    auto store = OpenAt(path);
    if (!store) return {};
    const std::string doc = "d.sha256, d.path, d.version, ";
    const std::string by_doc =
        " JOIN documents d USING (doc_id) ORDER BY coalesce(d.sha256, ''),"
        " d.path, d.version, ";
    std::vector<std::vector<Row>> content;
    for (const std::string& sql : std::vector<std::string>{
             "SELECT path, sha256, version, superseded, size, file_kind,"
             " status, error, page_count, pipeline_version, bureau,"
             " fiscal_year, report_kind, report_date FROM documents"
             " ORDER BY coalesce(sha256, ''), path, version",
             "SELECT path, sha256, status, error, pages, bureau, fiscal_year,"
             " report_kind, report_date, size, file_kind, version,"
             " pipeline_version, pages_stored FROM v_documents"
             " ORDER BY coalesce(sha256, ''), path",
             "SELECT " + doc +
                 "p.page_no, p.source, p.chars, p.ocr_confidence, p.text,"
                 " p.route_reason, p.width, p.height FROM v_pages p" +
                 by_doc + "p.page_no",
             "SELECT " + doc +
                 "l.page_no, l.line_no, l.kind, l.raw, l.x0, l.y0, l.x1, l.y1"
                 " FROM lines l" +
                 by_doc + "l.page_no, l.line_no",
             "SELECT " + doc +
                 "b.page_no, b.box_no, b.text, b.x0, b.y0, b.x1, b.y1,"
                 " b.font_size, b.confidence, b.text_begin, b.text_end"
                 " FROM boxes b" +
                 by_doc + "b.page_no, b.box_no",
             "SELECT " + doc +
                 "f.page_no, f.kind, f.raw, f.value, f.unit, f.base_value,"
                 " f.label, f.rule_id FROM facts f" +
                 by_doc + "f.raw",
             "SELECT " + doc +
                 "i.page_no, i.level1, i.level3, i.target, i.actual,"
                 " i.weight, i.score FROM indicators i" +
                 by_doc + "i.level3",
             // Each finding with the facts it cites, in order.
             "SELECT " + doc +
                 "f.rule, f.severity, f.message, f.expected, f.actual,"
                 " f.page_no, (SELECT group_concat(raw, '|') FROM (SELECT"
                 " fa.raw FROM finding_facts ff JOIN facts fa USING (fact_id)"
                 " WHERE ff.finding_id = f.finding_id ORDER BY ff.position))"
                 " FROM findings f" +
                 by_doc + "f.rule",
         }) {
      content.push_back(Rows(*store, sql));
    }
    return content;
  }

  static MergeResult Merge(const std::string& out, const std::string& in) {
    auto store = OpenAt(out);
    if (!store) return {};
    auto merged = store->MergeFrom(in);
    EXPECT_TRUE(merged.ok()) << in << ": " << merged.status().ToString();
    return merged.ok() ? *merged : MergeResult();
  }

  static std::string Counts(const MergeResult& r) {
    return std::to_string(r.added) + " added, " +
           std::to_string(r.already_present) + " present, " +
           std::to_string(r.older) + " older, " + std::to_string(r.superseded) +
           " superseded";
  }

  static DocumentRecord Failed(const std::string& path) {
    DocumentRecord failed;
    failed.path = path;
    failed.file_kind = "unknown";
    failed.status = "failed";
    failed.error = "cannot read: Permission denied";
    failed.pipeline_version = kPipeline;
    return failed;
  }

  // Shard A and shard B of one archive, ingested in this order: /r/x.pdf
  // changed between the shards' runs, and /r/locked.pdf became readable.
  std::vector<Ingestion> ShardA() {
    DocumentRecord partial = MakeDoc("/r/2.pdf", Sha('2'));
    partial.status = "partial";
    partial.error = "page 2: OCR failed";
    partial.pages.pop_back();
    return {{MakeDoc("/r/1.pdf", Sha('1')), "2024-05-01T10:00:01Z"},
            {partial, "2024-05-01T10:00:02Z"},
            {MakeDoc("/r/x.pdf", Sha('a')), "2024-05-01T10:00:03Z"},
            {Failed("/r/locked.pdf"), "2024-05-01T10:00:04Z"}};
  }
  std::vector<Ingestion> ShardB() {
    DocumentRecord changed = MakeDoc("/r/x.pdf", Sha('b'));
    changed.pages.pop_back();
    return {{MakeDoc("/r/3.pdf", Sha('3')), "2024-05-01T10:00:05Z"},
            {changed, "2024-05-01T10:00:06Z"},
            {MakeDoc("/r/locked.pdf", Sha('c')), "2024-05-01T10:00:07Z"}};
  }
  // Both shards, with facts and findings whose ids collide between them.
  std::pair<std::string, std::string> Shards() {
    std::string a = Shard("a.sqlite", ShardA());
    std::string b = Shard("b.sqlite", ShardB());
    AddFindings(a, Sha('1'), 1);
    AddFindings(b, Sha('3'), 1);
    return {a, b};
  }
};

TEST_F(MergeTest, ShardsMergeToWhatOneStoreHolds) {
  auto [a, b] = Shards();
  // The same documents put into one store, in ingestion order.
  const std::string direct = Db("direct.sqlite");
  {
    auto store = OpenAt(direct);
    ASSERT_TRUE(store);
    for (const auto& shard : {ShardA(), ShardB()}) {
      for (const Ingestion& in : shard) {
        ASSERT_TRUE(store->PutDocument(in.doc).ok());
      }
    }
  }
  AddFindings(direct, Sha('1'), 1);
  AddFindings(direct, Sha('3'), 3);

  const std::string out = Db("out.sqlite");
  MergeResult from_a = Merge(out, a);
  EXPECT_EQ(Counts(from_a), "4 added, 0 present, 0 older, 0 superseded");
  // x.pdf and locked.pdf: B's versions are later and supersede A's.
  MergeResult from_b = Merge(out, b);
  EXPECT_EQ(Counts(from_b), "3 added, 0 present, 0 older, 2 superseded");

  auto merged = Content(out);
  ASSERT_EQ(merged.size(), 8u);
  EXPECT_EQ(merged[0].size(), 7u);  // documents, history included
  EXPECT_EQ(merged[1].size(), 5u);  // current
  EXPECT_EQ(merged[5].size(), 4u);  // facts
  EXPECT_EQ(merged, Content(direct));
}

TEST_F(MergeTest, MergeOrderDoesNotMatter) {
  auto [a, b] = Shards();
  const std::string ab = Db("ab.sqlite"), ba = Db("ba.sqlite");
  Merge(ab, a);
  Merge(ab, b);
  EXPECT_EQ(Counts(Merge(ba, b)), "3 added, 0 present, 0 older, 0 superseded");
  // A's x.pdf and locked.pdf arrive older than B's: kept as history, with
  // the versions renumbered in ingestion order.
  EXPECT_EQ(Counts(Merge(ba, a)), "2 added, 0 present, 2 older, 0 superseded");
  EXPECT_EQ(Content(ab), Content(ba));
}

TEST_F(MergeTest, MergingTwiceChangesNothing) {
  auto [a, b] = Shards();
  const std::string out = Db("out.sqlite");
  Merge(out, a);
  Merge(out, b);
  const auto before = Content(out);
  // Raw row counts too, to catch duplicates the views would hide.
  auto counts = [&] {
    auto store = OpenAt(out);
    return Rows(*store,
                "SELECT (SELECT count(*) FROM documents),"
                " (SELECT count(*) FROM pages), (SELECT count(*) FROM lines),"
                " (SELECT count(*) FROM boxes), (SELECT count(*) FROM facts),"
                " (SELECT count(*) FROM indicators),"
                " (SELECT count(*) FROM findings),"
                " (SELECT count(*) FROM finding_facts)");
  };
  const auto rows_before = counts();
  EXPECT_EQ(Counts(Merge(out, a)), "0 added, 4 present, 0 older, 0 superseded");
  EXPECT_EQ(Counts(Merge(out, b)), "0 added, 3 present, 0 older, 0 superseded");
  EXPECT_EQ(Content(out), before);
  EXPECT_EQ(counts(), rows_before);
}

TEST_F(MergeTest, LaterIngestionOfAPathIsCurrent) {
  DocumentRecord v2 = MakeDoc("/r/x.pdf", Sha('b'));
  v2.pages.pop_back();
  const std::string early =
      Shard("early.sqlite",
            {{MakeDoc("/r/x.pdf", Sha('a')), "2024-05-01T09:00:00Z"}});
  const std::string late = Shard("late.sqlite", {{v2, "2024-05-02T09:00:00Z"}});
  for (bool late_first : {false, true}) {
    SCOPED_TRACE(late_first ? "late first" : "early first");
    const std::string out = Db(late_first ? "lf.sqlite" : "ef.sqlite");
    Merge(out, late_first ? late : early);
    Merge(out, late_first ? early : late);
    auto store = OpenAt(out);
    EXPECT_EQ(Rows(*store,
                   "SELECT sha256, version, superseded, (SELECT count(*)"
                   " FROM pages p WHERE p.doc_id = d.doc_id) FROM documents d"
                   " ORDER BY version"),
              (std::vector<Row>{{Sha('a'), "1", "1", "2"},
                                {Sha('b'), "2", "0", "1"}}));
    EXPECT_EQ(Scalar(*store, "SELECT sha256 FROM v_documents"), Sha('b'));
    EXPECT_EQ(Count(*store, "v_pages"), 1);
  }
}

// A path merged in from another database has no stamp: a later sighting of
// it there (other bytes) clears the stamp recorded here, which was of the
// bytes this machine read.
TEST_F(MergeTest, AMergedPathHasNoStamp) {
  const std::string out = Db("out.sqlite");
  {
    auto store = OpenAt(out);
    DocumentRecord here = MakeDoc("/r/x.pdf", Sha('a'));
    here.size = 10;
    here.mtime_ns = 5;
    ASSERT_TRUE(store->PutDocument(here).ok());
    ASSERT_EQ(store->PathStamps()->size(), 1u);
  }
  const std::string late = Shard(
      "late.sqlite", {{MakeDoc("/r/x.pdf", Sha('b')), "2999-01-01T00:00:00Z"}});
  ExecOn(late, "UPDATE paths SET seen_at = '2999-01-01T00:00:00Z'");
  Merge(out, late);
  auto store = OpenAt(out);
  EXPECT_EQ(Scalar(*store, "SELECT sha256 FROM paths WHERE path = '/r/x.pdf'"),
            Sha('b'));
  EXPECT_TRUE(store->PathStamps()->empty());
}

TEST_F(MergeTest, LaterPipelineRunOverTheSameBytesWins) {
  DocumentRecord rerun = MakeDoc("/r/1.pdf", Sha('1'));
  rerun.pipeline_version = "2";
  rerun.pages[0].text = "预算12.50万元。";
  const std::string old_run = Shard(
      "old.sqlite", {{MakeDoc("/r/1.pdf", Sha('1')), "2024-05-01T09:00:00Z"}});
  AddFindings(old_run, Sha('1'), 1);
  const std::string new_run =
      Shard("new.sqlite", {{rerun, "2024-05-02T09:00:00Z"}});

  const std::string forward = Db("forward.sqlite");
  Merge(forward, old_run);
  auto id = [&] {
    auto store = OpenAt(forward);
    return Scalar(*store, "SELECT doc_id FROM v_documents");
  };
  const std::string doc_id = id();
  EXPECT_EQ(Counts(Merge(forward, new_run)),
            "1 added, 0 present, 0 older, 1 superseded");
  EXPECT_EQ(id(), doc_id);  // same bytes keep their doc_id, as in PutDocument

  const std::string backward = Db("backward.sqlite");
  Merge(backward, new_run);
  EXPECT_EQ(Counts(Merge(backward, old_run)),
            "0 added, 0 present, 1 older, 0 superseded");

  for (const std::string& out : {forward, backward}) {
    auto store = OpenAt(out);
    EXPECT_EQ(Rows(*store, "SELECT pipeline_version, version FROM documents"),
              (std::vector<Row>{{"2", "1"}}))
        << out;
    EXPECT_EQ(Count(*store, "facts"), 0) << out;  // the old run's went too
  }
  EXPECT_EQ(Content(forward), Content(backward));
}

TEST_F(MergeTest, FactsAndFindingsKeepTheirLinks) {
  auto [a, b] = Shards();
  const std::string out = Db("out.sqlite");
  Merge(out, a);
  Merge(out, b);  // B's fact ids 1 and 2 are taken by A's
  auto store = OpenAt(out);
  ASSERT_TRUE(store);
  EXPECT_EQ(Rows(*store,
                 "SELECT d.sha256, f.fact_ids FROM v_findings f"
                 " JOIN v_documents d USING (doc_id) ORDER BY finding_id"),
            (std::vector<Row>{{Sha('1'), "[2,1]"}, {Sha('3'), "[4,3]"}}));
  // Every link points at a fact of the finding's own document, and every
  // fact and indicator at a page of its document.
  EXPECT_EQ(Scalar(*store,
                   "SELECT count(*) FROM finding_facts ff"
                   " JOIN findings f USING (finding_id)"
                   " JOIN facts fa ON fa.fact_id = ff.fact_id"
                   " WHERE fa.doc_id <> f.doc_id"),
            "0");
  EXPECT_EQ(Scalar(*store, "SELECT count(*) FROM pragma_foreign_key_check"),
            "0");
  EXPECT_EQ(Rows(*store,
                 "SELECT d.sha256, v.indicator_id, v.level3, v.target"
                 " FROM v_indicators v JOIN v_documents d USING (doc_id)"
                 " ORDER BY indicator_id"),
            (std::vector<Row>{{Sha('1'), "1", "执行率", "≥90%"},
                              {Sha('3'), "2", "执行率", "≥90%"}}));
}

TEST_F(MergeTest, HashlessRecordsMergeByPath) {
  DocumentRecord second = Failed("/r/locked.pdf");
  second.error = "cannot read: Input/output error";
  const std::string first = Shard(
      "first.sqlite", {{Failed("/r/locked.pdf"), "2024-05-01T09:00:00Z"}});
  const std::string later =
      Shard("later.sqlite", {{second, "2024-05-02T09:00:00Z"}});
  for (bool later_first : {false, true}) {
    SCOPED_TRACE(later_first ? "later first" : "first first");
    const std::string out = Db(later_first ? "lf.sqlite" : "ff.sqlite");
    Merge(out, later_first ? later : first);
    Merge(out, later_first ? first : later);
    auto store = OpenAt(out);
    // As in PutDocument, the later failure replaced the earlier one.
    EXPECT_EQ(
        Rows(*store, "SELECT error, version, superseded FROM documents"),
        (std::vector<Row>{{"cannot read: Input/output error", "1", "0"}}));
  }
}

TEST_F(MergeTest, RefusesWhatIsNotATallyDatabase) {
  const std::string out = Db("out.sqlite");
  auto store = OpenAt(out);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutDocument(MakeDoc("/r/a.pdf", Sha('a'))).ok());

  const std::string text = Db("notes.txt");
  ASSERT_TRUE(
      WriteFile(text, "预算 437.32 万元\n" + std::string(200, 'x')).ok());
  const std::string empty = Db("empty.sqlite");
  ASSERT_TRUE(WriteFile(empty, "").ok());
  const std::string foreign = Db("foreign.sqlite");
  ExecOn(foreign, "CREATE TABLE bookmarks (url TEXT)");
  const std::string newer = Shard("newer.sqlite", {});
  ExecOn(newer, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  const std::filesystem::path link = dir_ / "link.sqlite";
  std::filesystem::create_symlink(out, link);

  const std::pair<std::string, StatusCode> cases[] = {
      {text, StatusCode::kCorrupt},
      {empty, StatusCode::kCorrupt},
      {foreign, StatusCode::kCorrupt},
      {newer, StatusCode::kUnsupported},
      {Db("missing.sqlite"), StatusCode::kNotFound},
      {out, StatusCode::kInvalidArgument},
      {link.string(), StatusCode::kInvalidArgument},
  };
  for (const auto& [input, code] : cases) {
    auto merged = store->MergeFrom(input);
    EXPECT_EQ(merged.status().code(), code)
        << input << ": " << merged.status().ToString();
    EXPECT_THAT(merged.status().message(), HasSubstr(input));
  }
  EXPECT_FALSE(std::filesystem::exists(Db("missing.sqlite")));
  EXPECT_EQ(Count(*store, "documents"), 1);

  // A read-only store cannot take a merge.
  const std::string shard =
      Shard("shard.sqlite",
            {{MakeDoc("/r/b.pdf", Sha('b')), "2024-01-01T00:00:00Z"}});
  Options read_only;
  read_only.read_only = true;
  auto reader = Store::Open(out, read_only);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ((*reader)->MergeFrom(shard).status().code(),
            StatusCode::kPermissionDenied);
}

}  // namespace
}  // namespace tally::store
