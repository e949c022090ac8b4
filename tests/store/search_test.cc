// The search index: the tokenizer (table-driven), FindTerm, and
// Store::Search against a LIKE scan, through re-ingests, superseded
// versions, filters, and a database from before the index.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"
#include "store/tokenizer.h"

namespace tally::store {
namespace {

namespace fs = std::filesystem;

// The search text with the barrier (U+E000) shown as "|".
std::string Shown(std::string_view text) {
  std::string s = SearchText(text);
  for (size_t p; (p = s.find("\xEE\x80\x80")) != std::string::npos;) {
    s.replace(p, 3, "|");
  }
  return s;
}

TEST(SearchText, CharactersWordsAndBarriers) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"医保基金", "医 保 基 金"},
      {"医保2022年", "医 保 2022 年"},
      // Punctuation, spaces and newlines between tokens become a barrier.
      {"医\n保，率", "医 | 保 | 率"},
      {"437.32万元", "437 | 32 万 元"},
      {"，医保。", "医 保"},  // none at the ends
      // ASCII folded; Latin words whole.
      {"PDF Café ok", "pdf | café | ok"},
      {"，。！“”", ""},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Shown(c.text), c.want) << c.text;
  EXPECT_EQ(MatchQuery("医保"), "\"医 保\"");
  EXPECT_EQ(MatchQuery("“OR”"), "\"or\"");  // query syntax is searched for
  EXPECT_EQ(MatchQuery("，"), "");
  EXPECT_EQ(Pieces("437.32万元"), (std::vector<std::string>{"437", "32万元"}));
  EXPECT_EQ(Pieces("，PDF文件。"), std::vector<std::string>{"pdf文件"});
  EXPECT_TRUE(Pieces("，").empty());
}

TEST(SearchText, InvalidUtf8NeverStalls) {
  std::string bad = "医\xff\xfe保\xe5\x8c";  // stray bytes, truncated char
  EXPECT_EQ(Shown(bad), "医 | 保");
}

TEST(FindTerm, SubstringsOfHanRunsWholeWords) {
  std::string text = "医保基金实际拨付；医 保不连；PDF与pdfs";
  auto where = [&](const char* term) {
    std::string out;
    for (auto [b, e] : FindTerm(text, term)) {
      out += (out.empty() ? "" : ",") + text.substr(b, e - b);
    }
    return out;
  };
  EXPECT_EQ(where("医保"), "医保");
  EXPECT_EQ(where("医"), "医,医");
  EXPECT_EQ(where("保基金实"), "保基金实");
  EXPECT_EQ(where("金实际拨付"), "金实际拨付");
  EXPECT_EQ(where("保不"), "保不");
  EXPECT_EQ(where("医保不"), "");  // a space between 医 and 保
  EXPECT_EQ(where("pdf"), "PDF");  // folded, whole word only
  EXPECT_EQ(where("，"), "");      // nothing to find
}

// A page's text is indexed in pieces (schema.sql's page_fts): they cover
// the text in order, each cut after a line break near its mark, else
// between characters, each about kSearchPieceBytes.
TEST(SearchPiece, CutAfterALineBreakElseBetweenCharacters) {
  const size_t kP = kSearchPieceBytes;
  std::string line = "医保基金实际拨付437.32万元。\n";  // 40 bytes
  std::string lines;
  while (lines.size() < 3 * kP + kP / 3) lines += line;
  std::string han;  // no line break: cut between 3-byte characters
  while (han.size() < 2 * kP + 7) han += "医";
  struct Case {
    std::string_view name, text;
    size_t pieces;
    bool after_newline;
  } cases[] = {{"empty", "", 1, false},
               {"short", "医保\n基金", 1, false},
               {"lines", lines, 4, true},
               {"han", han, 3, false}};
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.name));
    ASSERT_EQ(SearchPieceCount(c.text), c.pieces);
    size_t at = 0;
    for (size_t k = 0; k < c.pieces; ++k) {
      auto [b, e] = SearchPiece(c.text, k);
      EXPECT_EQ(b, at);
      EXPECT_LE(b, e);
      EXPECT_LE(e - b, kP + kP / 2 + 3);
      if (k > 0) {
        EXPECT_GE(b + kP / 2, k * kP);
        if (c.after_newline) {
          EXPECT_EQ(c.text[b - 1], '\n');
        }
        EXPECT_NE(uint8_t(c.text[b]) & 0xC0, 0x80);  // a character's start
      }
      at = e;
    }
    EXPECT_EQ(at, c.text.size());
  }
}

std::string Sha(int i) {
  char buf[65];
  std::snprintf(buf, sizeof buf, "%064x", i);
  return buf;
}

DocumentRecord Doc(const std::string& path, int sha,
                   std::vector<std::string> pages,
                   const std::string& bureau = "乐昌市医疗保障局",
                   int year = 2022) {
  DocumentRecord d;
  d.path = path;
  d.sha256 = Sha(sha);
  d.file_kind = "text";
  d.status = "ok";
  d.pipeline_version = "1";
  d.bureau = bureau;
  d.fiscal_year = year;
  for (size_t i = 0; i < pages.size(); ++i) {
    PageRecord p;
    p.page_no = int(i + 1);
    p.source = "text";
    p.text = pages[i];
    d.pages.push_back(p);
  }
  d.page_count = int(pages.size());
  return d;
}

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("search_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "t.sqlite").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> OpenStore(bool read_only = false) {
    Options o;
    o.read_only = read_only;
    auto s = Store::Open(db_, o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }

  // doc_id:page_no of every hit.
  static std::set<std::string> Pages(Store& s, const std::string& q,
                                     SearchOptions o = {}) {
    auto r = s.Search(q, o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::set<std::string> out;
    if (!r.ok()) return out;
    for (const SearchHit& h : r->hits) {
      out.insert(std::to_string(h.doc_id) + ":" + std::to_string(h.page_no));
    }
    EXPECT_EQ(size_t(r->total), out.size());
    return out;
  }
  static std::set<std::string> Like(Store& s, const std::string& term) {
    auto r = s.Query(
        "SELECT doc_id || ':' || page_no FROM v_pages WHERE text LIKE '%" +
        term + "%'");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::set<std::string> out;
    if (r.ok()) {
      for (const auto& row : r->rows) out.insert(*row[0]);
    }
    return out;
  }

  // Runs sql on the database with SQLite alone, as another program would
  // (with the search functions, which the index's triggers call).
  void BehindTheStore(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(RegisterSearchFunctions(db), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
  }

  void PutAll(Store& s) {
    ASSERT_TRUE(s.PutDocument(Doc("/a.txt", 1,
                                  {"医保基金实际拨付437.32元。",
                                   "结转资金\n执行率100%，满意度95%"}))
                    .ok());
    ASSERT_TRUE(
        s.PutDocument(Doc("/b.txt", 2, {"医疗保障局：医 保分开写", "无关的页"},
                          "益阳市医疗保障局", 2021))
            .ok());
    ASSERT_TRUE(s.PutDocument(Doc("/c.txt", 3, {"满意度调查", "医保"})).ok());
  }

  fs::path dir_;
  std::string db_;
};

const char* kTerms[] = {"医保", "结转", "执行率", "医保基金", "满意度",
                        "医",   "保",   "率",     "局"};

TEST_F(SearchTest, EqualsLikeForEveryTerm) {
  auto s = OpenStore();
  PutAll(*s);
  ASSERT_TRUE(*s->HasSearchIndex());
  for (const char* t : kTerms) EXPECT_EQ(Pages(*s, t), Like(*s, t)) << t;
  EXPECT_EQ(Pages(*s, "医保").size(), 2u);  // "医 保" is not 医保
  // Terms separated by spaces: every one on the page.
  EXPECT_EQ(Pages(*s, "结转 满意度"), std::set<std::string>{"1:2"});
  EXPECT_EQ(Pages(*s, "结转　医保"), std::set<std::string>{});  // U+3000
  // Query syntax is searched for, not obeyed.
  EXPECT_TRUE(Pages(*s, "医保 OR 结转").empty());
  EXPECT_EQ(s->Search("，。", {}).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(s->Search("  ", {}).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(SearchTest, FiltersLimitAndSnippets) {
  auto s = OpenStore();
  PutAll(*s);
  SearchOptions o;
  o.bureau = "益阳市医疗保障局";
  EXPECT_EQ(Pages(*s, "局", o), std::set<std::string>{"2:1"});
  o = {};
  o.fiscal_year = 2022;
  EXPECT_EQ(Pages(*s, "满意度", o), (std::set<std::string>{"1:2", "3:1"}));
  o = {};
  o.limit = 1;
  auto r = s->Search("医保", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, 2);
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].doc_id, 1);
  EXPECT_EQ(r->hits[0].path, "/a.txt");
  EXPECT_EQ(r->hits[0].bureau, "乐昌市医疗保障局");
  EXPECT_EQ(r->hits[0].fiscal_year, 2022);
  EXPECT_EQ(r->hits[0].snippet, "【医保】基金实际拨付437.32元。");
  // A long page is cut around the match, newlines shown as spaces.
  o = {};
  o.snippet_chars = 6;
  o.open = "<";
  o.close = ">";
  r = s->Search("执行率", o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].snippet, "…金 <执行率>1…");  // 6 characters
}

TEST_F(SearchTest, IndexFollowsEveryWrite) {
  auto s = OpenStore();
  PutAll(*s);
  // New bytes at a path: version 2 is current, version 1 hidden.
  ASSERT_TRUE(
      s->PutDocument(Doc("/a.txt", 9, {"全新的内容，没有那个词"})).ok());
  EXPECT_EQ(Pages(*s, "医保基金"), Like(*s, "医保基金"));
  EXPECT_TRUE(Pages(*s, "医保基金").empty());
  EXPECT_EQ(Pages(*s, "全新"), std::set<std::string>{"4:1"});
  // The same bytes under a new pipeline version replace the rows (the old
  // pages deleted, the new ones indexed).
  DocumentRecord again = Doc("/c.txt", 3, {"换了管线版本"});
  again.pipeline_version = "2";
  ASSERT_TRUE(s->PutDocument(again).ok());
  EXPECT_TRUE(Pages(*s, "满意度调查").empty());
  EXPECT_EQ(Pages(*s, "管线"), std::set<std::string>{"3:1"});
  auto rows = s->Query("SELECT count(*) FROM page_fts");
  ASSERT_TRUE(rows.ok());
  auto pages = s->Query("SELECT count(*) FROM pages");
  EXPECT_EQ(rows->rows[0][0], pages->rows[0][0]);
  // Merged documents are indexed too.
  std::string other = (dir_ / "other.sqlite").string();
  {
    auto o = Store::Open(other, Options());
    ASSERT_TRUE(o.ok());
    ASSERT_TRUE(
        (*o)->PutDocument(Doc("/m.txt", 20, {"合并进来的医保页"})).ok());
  }
  ASSERT_TRUE(s->MergeFrom(other).ok());
  for (const char* t : kTerms) EXPECT_EQ(Pages(*s, t), Like(*s, t)) << t;
  EXPECT_EQ(Pages(*s, "合并").size(), 1u);
}

// A page of several MiB of text is indexed in pieces, each a row of its own
// (so the memory to write it is bounded): its terms are found wherever they
// stand, the page once, and replacing or deleting it drops every piece.
TEST_F(SearchTest, ALargePageIsIndexedInPieces) {
  std::string big;
  big += "开头的医保基金。\n";
  while (big.size() < 3 * kSearchPieceBytes) big += "本项目围绕医疗保障工作开展。\n";
  big += "结尾的满意度调查\n";
  auto s = OpenStore();
  PutAll(*s);
  ASSERT_TRUE(s->PutDocument(Doc("/big.txt", 7, {"首页", big})).ok());
  auto rows = [&](const std::string& sql) {
    auto r = s->Query(sql);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::stoll(r->rows[0][0].value_or("-1")) : -1;
  };
  // Page 1, then page 2's first part (pages.text) and its others.
  EXPECT_EQ(rows("SELECT count(*) FROM page_text WHERE doc_id = 4"), 3);
  EXPECT_EQ(rows("SELECT count(*) FROM page_fts WHERE rowid >> 31 = 4"), 5);
  EXPECT_EQ(Pages(*s, "开头"), std::set<std::string>{"4:2"});
  EXPECT_EQ(Pages(*s, "结尾的满意度"), std::set<std::string>{"4:2"});
  // Found in every piece, the page is one hit.
  EXPECT_EQ(Pages(*s, "医疗保障"), (std::set<std::string>{"2:1", "4:2"}));
  // Also when it is only counted, after the hits shown.
  SearchOptions first;
  first.limit = 1;
  auto counted = s->Search("医疗保障", first);
  ASSERT_TRUE(counted.ok());
  EXPECT_EQ(counted->hits.size(), 1u);
  EXPECT_EQ(counted->total, 2);
  for (const char* t : kTerms) EXPECT_EQ(Pages(*s, t), Like(*s, t)) << t;
  // v_search has a row for each piece that matches.
  EXPECT_EQ(rows("SELECT count(*) FROM v_search WHERE search MATCH "
                 "'\"医 疗 保 障\"' AND doc_id = 4"),
            4);
  DocumentRecord again = Doc("/big.txt", 7, {"首页"});
  again.pipeline_version = "2";
  ASSERT_TRUE(s->PutDocument(again).ok());
  EXPECT_EQ(rows("SELECT count(*) FROM page_fts"),
            rows("SELECT count(*) FROM pages"));
  EXPECT_TRUE(Pages(*s, "开头").empty());
}

// A batch (Store::BeginBatch) indexes its documents' pages at its commit,
// not page by page: the index, and the schema, are then exactly what
// writing each document alone gives, with a large page's pieces, a
// document replaced within the batch and one rolled back alone in it.
TEST_F(SearchTest, ABatchIndexesAsEachDocumentAloneWould) {
  std::string big = "开头的医保基金。\n";
  while (big.size() < 2 * kSearchPieceBytes)
    big += "本项目围绕医疗保障工作开展。\n";
  DocumentRecord retried = Doc("/r.txt", 5, {"第一次读到的医保"});
  retried.status = "failed";
  retried.error = "timed out";
  DocumentRecord bad = Doc("/bad.txt", 6, {"一页", "二页"});
  bad.pages[1].page_no = 1;  // a repeated page: refused
  auto write = [&](Store& s, bool batch) {
    if (batch) {
      ASSERT_TRUE(s.BeginBatch().ok());
    }
    PutAll(s);
    ASSERT_TRUE(s.PutDocument(retried).ok());
    EXPECT_EQ(s.PutDocument(bad).status().code(), StatusCode::kInvalidArgument);
    ASSERT_TRUE(s.PutDocument(Doc("/big.txt", 7, {"首页", big})).ok());
    ASSERT_TRUE(s.PutDocument(Doc("/r.txt", 5, {"再读一次：满意度"})).ok());
    if (batch) {
      ASSERT_TRUE(s.CommitBatch().ok());
    }
  };
  auto index = [&](Store& s) {
    auto r = s.Query(
        "SELECT group_concat(rowid || ':' || text, '|') FROM"
        " (SELECT rowid, text FROM page_fts ORDER BY rowid)");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    auto schema = s.Query(
        "SELECT group_concat(name || sql) FROM"
        " (SELECT name, sql FROM sqlite_schema ORDER BY name)");
    EXPECT_TRUE(schema.ok()) << schema.status().ToString();
    return r.ok() && schema.ok()
               ? r->rows[0][0].value_or("") + schema->rows[0][0].value_or("")
               : std::string();
  };
  std::string alone;
  {
    auto s = OpenStore();
    write(*s, /*batch=*/false);
    alone = index(*s);
  }
  fs::remove(db_);
  auto s = OpenStore();
  write(*s, /*batch=*/true);
  EXPECT_EQ(index(*s), alone);
  EXPECT_NE(alone.find("再 读 一 次"), std::string::npos);
  EXPECT_EQ(alone.find("第 一 次"), std::string::npos);
  for (const char* t : kTerms) EXPECT_EQ(Pages(*s, t), Like(*s, t)) << t;
  // Written after the batch, one by one: the triggers index it again.
  ASSERT_TRUE(s->PutDocument(Doc("/d.txt", 8, {"批后的结转"})).ok());
  EXPECT_EQ(Pages(*s, "批后"), std::set<std::string>{"6:1"});
}

// What a batch holds is stored only by its commit: before it no other
// connection sees it, an aborted batch leaves nothing (and the search
// index's triggers in place), and a process killed in the middle of a
// batch leaves the batches it committed, whole, which a resumed run
// completes to exactly what an uninterrupted one stores.
TEST_F(SearchTest, ABatchIsStoredByItsCommitOnly) {
  auto count = [&](const char* sql) {
    auto r = OpenStore(/*read_only=*/true)->Query(sql);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::stoll(r->rows[0][0].value_or("-1")) : -1;
  };
  auto doc = [](int i) {
    return Doc("/d" + std::to_string(i) + ".txt", 100 + i,
               {"第" + std::to_string(i) + "份的医保基金", "结转"});
  };
  {
    auto s = OpenStore();
    ASSERT_TRUE(s->BeginBatch().ok());
    ASSERT_TRUE(s->PutDocument(doc(1)).ok());
    EXPECT_EQ(count("SELECT count(*) FROM documents"), 0);
    s->AbortBatch();
    EXPECT_EQ(count("SELECT count(*) FROM documents"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE type ="
                    " 'trigger' AND name LIKE '%search_insert'"),
              2);
  }
  // The whole run, uninterrupted, in batches of 3.
  auto run = [&](Store& s, int from, int to) {
    for (int i = from; i < to; ++i) {
      if ((i - 1) % 3 == 0) {
        ASSERT_TRUE(s.BeginBatch().ok());
      }
      ASSERT_TRUE(s.PutDocument(doc(i)).ok());
      if (i % 3 == 0 || i + 1 == to) {
        ASSERT_TRUE(s.CommitBatch().ok());
      }
    }
  };
  std::string whole_db = (dir_ / "whole.sqlite").string();
  {
    auto whole = Store::Open(whole_db, Options());
    ASSERT_TRUE(whole.ok());
    run(**whole, 1, 11);
  }
  // Killed in its third batch (documents 7 and 8 written, not committed).
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    auto s = Store::Open(db_, Options());
    if (!s.ok()) _exit(1);
    for (int i = 1; i <= 8; ++i) {
      if ((i - 1) % 3 == 0 && !(*s)->BeginBatch().ok()) _exit(1);
      if (!(*s)->PutDocument(doc(i)).ok()) _exit(1);
      if (i % 3 == 0 && !(*s)->CommitBatch().ok()) _exit(1);
    }
    raise(SIGKILL);
    _exit(1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
  EXPECT_EQ(count("SELECT count(*) FROM documents"), 6);
  EXPECT_EQ(count("SELECT count(*) FROM page_fts"), 12);
  EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE type ="
                  " 'trigger' AND name LIKE '%search_insert'"),
            2);
  // Resumed: what is stored is skipped, the rest written.
  {
    auto s = OpenStore();
    for (int i = 1; i <= 6; ++i) {
      ASSERT_TRUE(*s->IsStored(Sha(100 + i), "1"));
    }
    run(*s, 7, 11);
  }
  auto dump = [&](const std::string& db) {
    Options ro;
    ro.read_only = true;
    auto s = Store::Open(db, ro);
    EXPECT_TRUE(s.ok());
    if (!s.ok()) return std::string();
    std::string out;
    for (const char* sql :
         {"SELECT group_concat(doc_id || path || sha256, '|') FROM"
          " (SELECT * FROM documents ORDER BY doc_id)",
          "SELECT group_concat(doc_id || ':' || page_no || text, '|') FROM"
          " (SELECT * FROM pages ORDER BY doc_id, page_no)",
          "SELECT group_concat(rowid || text, '|') FROM"
          " (SELECT rowid, text FROM page_fts ORDER BY rowid)"}) {
      auto r = (*s)->Query(sql);
      EXPECT_TRUE(r.ok()) << r.status().ToString();
      if (r.ok()) out += r->rows[0][0].value_or("") + "\n";
    }
    return out;
  };
  EXPECT_EQ(dump(db_), dump(whole_db));
  EXPECT_EQ(count("SELECT count(*) FROM documents"), 10);
}

// A database indexed by the first tally with search (its own tokenizer,
// tally_cjk, which stock SQLite cannot even drop): the next read-write open
// replaces the index.
TEST_F(SearchTest, IndexOfTheFirstVersionIsReplaced) {
  {
    auto s = OpenStore();
    PutAll(*s);
  }
  BehindTheStore(
      "DROP VIEW v_search; DROP TABLE page_fts; "
      "CREATE VIRTUAL TABLE page_fts USING fts5(text, "
      "tokenize = 'tally_cjk'); UPDATE meta SET value = "
      "'1' WHERE key = 'search_index'");
  auto s = OpenStore();
  EXPECT_TRUE(*s->HasSearchIndex());
  for (const char* t : kTerms) EXPECT_EQ(Pages(*s, t), Like(*s, t)) << t;
}

// A database from before the index: read-only, searched by scanning with
// the same hits; the first read-write open builds the index; BuildSearchIndex
// rebuilds it.
TEST_F(SearchTest, DatabaseFromBeforeTheIndex) {
  std::map<std::string, std::set<std::string>> scanned;
  {
    auto s = OpenStore();
    PutAll(*s);
  }
  BehindTheStore(
      "DROP VIEW v_search; DROP TRIGGER "
      "pages_search_insert; DROP TRIGGER "
      "pages_search_delete; DROP TRIGGER "
      "pages_search_update; DROP TABLE page_fts; "
      "DELETE FROM meta WHERE key = 'search_index'");
  {
    auto ro = OpenStore(/*read_only=*/true);
    EXPECT_FALSE(*ro->HasSearchIndex());
    for (const char* t : kTerms) EXPECT_EQ(Pages(*ro, t), Like(*ro, t)) << t;
    for (const char* t : {"437.32", "437。32", "100%", "执行率100"}) {
      scanned[t] = Pages(*ro, t);
    }
    EXPECT_EQ(ro->BuildSearchIndex().status().code(),
              StatusCode::kPermissionDenied);
  }
  auto s = OpenStore();
  EXPECT_TRUE(*s->HasSearchIndex());
  for (const char* t : kTerms) EXPECT_EQ(Pages(*s, t), Like(*s, t)) << t;
  // Terms with punctuation: the scan finds what the index finds.
  for (const auto& [term, pages] : scanned) {
    EXPECT_EQ(Pages(*s, term), pages) << term;
  }
  EXPECT_EQ(scanned["437.32"], std::set<std::string>{"1:1"});
  EXPECT_EQ(scanned["437。32"], std::set<std::string>{"1:1"});
  auto n = s->BuildSearchIndex();
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_EQ(*n, 6);
}

// v_search from a stock SQLite program (the sqlite3 shell, which has none
// of tally's functions): the index is readable and MATCH works.
TEST_F(SearchTest, SqliteShellReadsTheIndex) {
  {
    auto s = OpenStore();
    PutAll(*s);
  }
  std::string cmd = "sqlite3 " + db_ +
                    " \"SELECT doc_id, page_no FROM v_search WHERE search "
                    "MATCH '\\\"医 保\\\"' ORDER BY doc_id, page_no;"
                    " SELECT count(*) FROM page_fts\" 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[1024];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  int status = pclose(p);
  if (WEXITSTATUS(status) == 127) GTEST_SKIP() << "no sqlite3 shell";
  EXPECT_EQ(out, "1|1\n3|2\n6\n");
}

}  // namespace
}  // namespace tally::store
