#include "store/store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "base/file.h"

namespace tally::store {
namespace {

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
  doc.seconds = 0.5;
  doc.bureau = "乐昌市医疗保障局";
  doc.fiscal_year = 2022;
  doc.report_kind = "项目支出绩效自评";
  doc.report_date = "2023-01-30";

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
  p1.boxes = {{{50, 100, 80, 112}, "预算", 12, -1, 0, 6},
              {{82, 100, 120, 112}, "１２．５", 12, -1, 6, 10},
              {{290, 800, 300, 810}, "1", 9, -1, 19, 19}};
  PageRecord p2;
  p2.page_no = 2;
  p2.source = "ocr";
  p2.route_reason = "no text layer";
  p2.width = 595;
  p2.height = 842;
  p2.ocr_confidence = 87.5;
  p2.text = "执行率100%";
  p2.lines = {{"body", "执行率100%", {}}};
  p2.boxes = {{{50, 100, 120, 112}, "执行率100%", 0, 91, 0, 13}};
  doc.pages = {p1, p2};
  return doc;
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
  void ExecDirect(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK)
        << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
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
            "1");
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
  EXPECT_EQ(*store->StoredHashes(kPipeline),
            std::vector<std::string>{Sha('a')});
  EXPECT_TRUE(store->StoredHashes("2")->empty());

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
  EXPECT_EQ(*store->StoredHashes(kPipeline),
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
  EXPECT_TRUE(store->StoredHashes(kPipeline)->empty());

  // Once readable, the file becomes the path's next version.
  auto readable = store->PutDocument(MakeDoc("/r/locked.pdf", Sha('c')));
  ASSERT_TRUE(readable.ok());
  EXPECT_EQ(readable->version, 2);
  EXPECT_EQ(Scalar(*store, "SELECT status FROM v_documents"), "ok");

  // A readable file that failed later is identified by its bytes like any
  // other, so it is not retried under the same pipeline version.
  DocumentRecord broken = MakeDoc("/r/broken.pdf", Sha('d'));
  broken.status = "failed";
  broken.error = "xref table missing";
  broken.pages.clear();
  ASSERT_TRUE(store->PutDocument(broken).ok());
  EXPECT_TRUE(*store->IsStored(Sha('d'), kPipeline));
  EXPECT_EQ(*store->StoredHashes(kPipeline),
            (std::vector<std::string>{Sha('c'), Sha('d')}));
  EXPECT_EQ(Scalar(*store,
                   "SELECT error FROM v_documents"
                   " WHERE status = 'failed'"),
            "xref table missing");
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
            "width,height\r\n"
            "1,1,text,16,,\"预算\"\"12,5\"\"万元\n第二\t行\x01\",text layer,"
            "595.0,842.0\r\n");
}

TEST_F(ExportTest, Jsonl) {
  std::ostringstream out;
  ASSERT_TRUE(store_->Export("v_pages", ExportFormat::kJsonl, out).ok());
  EXPECT_EQ(out.str(),
            "{\"doc_id\":1,\"page_no\":1,\"source\":\"text\",\"chars\":16,"
            "\"ocr_confidence\":null,"
            "\"text\":\"预算\\\"12,5\\\"万元\\n第二\\t行\\u0001\","
            "\"route_reason\":\"text layer\",\"width\":595.0,"
            "\"height\":842.0}\n");
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

}  // namespace
}  // namespace tally::store
