// The tally binary as users and scripts run it: exit codes, summary,
// export formats.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "base/file.h"
#include "store/store.h"
#include "testing/db_rows.h"

namespace {

namespace fs = std::filesystem;

struct Result {
  int code;
  std::string out;
};

// Runs `tally ARGS` with stderr discarded; returns exit code and stdout.
Result Tally(const std::string& args) {
  std::string cmd = std::string(TALLY_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

std::string TempDir(const std::string& name) {
  // With the pid: other checkouts run the same tests on this machine.
  fs::path d = fs::path(::testing::TempDir()) /
               ("cli_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d.string();
}

TEST(Cli, HelpAndUsageErrors) {
  Result help = Tally("--help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("tally ingest"), std::string::npos);
  EXPECT_EQ(Tally("ingest --help").code, 0);
  EXPECT_NE(Tally("ingest --help").out.find("--db"), std::string::npos);
  EXPECT_EQ(Tally("export --help").code, 0);
  EXPECT_EQ(Tally("").code, 2);
  EXPECT_EQ(Tally("frobnicate").code, 2);
  EXPECT_EQ(Tally("ingest corpus").code, 2);         // no --db
  EXPECT_EQ(Tally("ingest --db x.sqlite").code, 2);  // no path
  EXPECT_EQ(Tally("ingest x --db y -j zero").code, 2);
  EXPECT_EQ(Tally("ingest x --db y --bogus").code, 2);
}

// Rows of sql over db (read-only), cells joined with '|'.
const auto& Rows = tally::testing::DbRows;

// --version; -q and -v for --quiet and --verbose; -jN as one word; "--"
// ends the options, so a file whose name starts with '-' can be read.
TEST(Cli, VersionShortFlagsAndEndOfOptions) {
  Result version = Tally("--version");
  EXPECT_EQ(version.code, 0);
  EXPECT_EQ(version.out.rfind("tally 0.1.0 (pipeline version ", 0), 0u)
      << version.out;
  const std::string dir = TempDir("manners");
  const std::string seed =
      std::string(TALLY_CORPUS) + "/seeds/000_7f69db8fca4f34bc.txt";
  fs::copy_file(seed, dir + "/-report.txt");
  Result quiet = Tally("ingest -q -j2 --db " + dir + "/q.sqlite -- " + dir +
                       "/-report.txt");
  EXPECT_EQ(quiet.code, 0);
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(Rows(dir + "/q.sqlite", "SELECT path, status FROM v_documents"),
            (std::vector<std::string>{dir + "/-report.txt|ok"}));
  Result verbose = Tally("ingest -v -j2 --db " + dir + "/v.sqlite -- " + dir +
                         "/-report.txt");
  EXPECT_EQ(verbose.code, 0);
  EXPECT_NE(verbose.out.find("supervisor peak memory:"), std::string::npos)
      << verbose.out;
  // Without "--" the name is a flag, and unknown.
  EXPECT_EQ(Tally("ingest --db " + dir + "/x.sqlite -report.txt").code, 2);
  EXPECT_EQ(Tally("ingest --db " + dir + "/x.sqlite -jx " + seed).code, 2);
}

// `tally check --help` lists every rule docs/rules.md describes, and
// nothing else: both come from the checks' own list.
TEST(Cli, CheckHelpListsEveryRuleOfRulesMd) {
  Result help = Tally("check --help");
  ASSERT_EQ(help.code, 0);
  auto md = tally::ReadFile(std::string(TALLY_DOCS) + "/rules.md");
  ASSERT_TRUE(md.ok());
  // The rules of the table "| relation | rules | ... |": `family.name`.
  const size_t table = md->find("| relation | rules |");
  ASSERT_NE(table, std::string::npos);
  const std::string rows = md->substr(table, md->find("\n\n", table) - table);
  std::set<std::string> in_md;
  std::regex rule("`([a-z]+\\.[a-z_]+)`");
  for (auto it = std::sregex_iterator(rows.begin(), rows.end(), rule);
       it != std::sregex_iterator(); ++it) {
    in_md.insert((*it)[1]);
  }
  EXPECT_GE(in_md.size(), 14u);
  // The help's rule names, wherever its lines break.
  std::string flat = help.out;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::set<std::string> in_help;
  std::regex listed("\\b((?:sum|rate|balance|unit|score|grade|fact|table|"
                    "percent|count|form|ocr)\\.[a-z_]+)\\b");
  for (auto it = std::sregex_iterator(flat.begin(), flat.end(), listed);
       it != std::sregex_iterator(); ++it) {
    in_help.insert((*it)[1]);
  }
  EXPECT_EQ(in_help, in_md);
}

// `tally rules` lists the rules `tally check --help` names, one line each
// with its family and severities, and as JSON lines.
TEST(Cli, RulesListsEveryRuleWithFamilyAndSeverity) {
  Result text = Tally("rules");
  ASSERT_EQ(text.code, 0);
  Result help = Tally("check --help");
  std::string flat = help.out;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::regex line(
      "^([a-z]+)\\.([a-z_]+) +([a-z]+) +((?:error|warning|info)"
      "(?:, (?:error|warning|info))*) +\\S");
  int rules = 0;
  std::istringstream lines(text.out);
  std::string l;
  std::getline(lines, l);
  EXPECT_EQ(l.rfind("RULE ", 0), 0u) << l;
  while (std::getline(lines, l)) {
    std::smatch m;
    ASSERT_TRUE(std::regex_search(l, m, line)) << l;
    EXPECT_EQ(m[1], m[3]) << l;  // the family is the id's first part
    const std::string id = m[1].str() + "." + m[2].str();
    EXPECT_NE(flat.find(id), std::string::npos) << id;
    ++rules;
  }
  EXPECT_GE(rules, 14);
  EXPECT_NE(text.out.find("sum.breakdown      sum      error, warning, info"),
            std::string::npos)
      << text.out;
  Result jsonl = Tally("rules --format jsonl");
  ASSERT_EQ(jsonl.code, 0);
  EXPECT_EQ(std::count(jsonl.out.begin(), jsonl.out.end(), '\n'), rules);
  EXPECT_NE(jsonl.out.find("{\"id\":\"ocr.repair\",\"family\":\"ocr\","
                           "\"severities\":[\"info\"],\"checks\":\""),
            std::string::npos)
      << jsonl.out;
  EXPECT_EQ(Tally("rules --format csv").code, 2);
  EXPECT_EQ(Tally("rules extra").code, 2);
  EXPECT_NE(Tally("--help").out.find("tally rules"), std::string::npos);
}

TEST(Cli, PatternsOptionAndBrokenRules) {
  std::string dir = TempDir("patterns");
  std::string db = dir + "/t.sqlite";
  std::string seed = std::string(TALLY_CORPUS) + "/seeds";
  EXPECT_EQ(
      Tally("ingest " + seed + " --db " + db + " --patterns " + dir + "/none")
          .code,
      2);
  ASSERT_TRUE(tally::WriteFile(dir + "/bad.rules",
                               "rule x\nkind: amount\nregex: (?P<value>\\d+\n")
                  .ok());
  EXPECT_EQ(Tally("ingest " + seed + " --db " + db + " --patterns " + dir).code,
            2);
  EXPECT_FALSE(fs::exists(db));  // nothing was started
  // The source tree's rules, named explicitly: facts are extracted.
  Result ok = Tally("ingest " + seed + " --db " + db + " --patterns " +
                    std::string(TALLY_CORPUS) + "/../patterns");
  EXPECT_EQ(ok.code, 0);
  auto store = tally::store::Store::Open(db, {.read_only = true});
  ASSERT_TRUE(store.ok());
  auto n = (*store)->Query(
      "SELECT count(*) FROM v_facts f JOIN v_documents d USING (doc_id)"
      " WHERE d.path LIKE '%001_%' AND f.value = '437.32'"
      " AND f.unit = '元' AND f.label = '医保基金实际拨付'");
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->rows[0][0], "2");  // the slip, printed twice in seed 001
}

TEST(Cli, IngestSummaryExportAndExitCodes) {
  std::string dir = TempDir("ingest");
  std::string db = dir + "/t.sqlite";
  std::string seeds = std::string(TALLY_CORPUS) + "/seeds";
  Result r = Tally("ingest " + seeds + " --db " + db + " -j 2");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("documents: 5 ok, 0 partial, 0 failed, 0 skipped"),
            std::string::npos)
      << r.out;
  // Re-running skips everything.
  Result again = Tally("ingest " + seeds + " --db " + db);
  EXPECT_NE(again.out.find("0 ok, 0 partial, 0 failed, 5 skipped"),
            std::string::npos)
      << again.out;

  Result csv = Tally("export --db " + db + " --table v_documents");
  EXPECT_EQ(csv.code, 0);
  EXPECT_EQ(csv.out.rfind("doc_id,", 0), 0u) << csv.out.substr(0, 80);
  EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 6);
  Result jsonl = Tally("export --db " + db + " --table v_pages --format jsonl");
  EXPECT_EQ(jsonl.code, 0);
  EXPECT_NE(jsonl.out.find("\"page_no\":1"), std::string::npos);
  EXPECT_NE(jsonl.out.find("乐昌市医疗保障局"), std::string::npos);
  EXPECT_EQ(Tally("export --db " + db + " --table nope").code, 2);
  EXPECT_EQ(Tally("export --db " + db + " --table v_pages --format xml").code,
            2);

  // A bad file: stored as failed, exit code 1, reason in the summary.
  ASSERT_TRUE(tally::WriteFile(dir + "/bad.pdf", "%PDF-1.4 garbage").ok());
  Result bad = Tally("ingest " + dir + "/bad.pdf --db " + db);
  EXPECT_EQ(bad.code, 1);
  EXPECT_NE(bad.out.find("1 failed"), std::string::npos);
  EXPECT_NE(bad.out.find("bad.pdf"), std::string::npos);
}

TEST(Cli, DatabaseErrorsExitThree) {
  std::string seeds = std::string(TALLY_CORPUS) + "/seeds";
  EXPECT_EQ(Tally("ingest " + seeds + " --db /nonexistent/dir/t.sqlite").code,
            3);
  std::string dir = TempDir("notdb");
  ASSERT_TRUE(tally::WriteFile(dir + "/x.sqlite", "this is not sqlite").ok());
  EXPECT_EQ(Tally("ingest " + seeds + " --db " + dir + "/x.sqlite").code, 3);
  EXPECT_EQ(
      Tally("export --db " + dir + "/missing.sqlite --table v_pages").code, 3);
}

// Documents and pages, independent of ids and timings.
std::string Content(const std::string& db) {
  tally::store::Options o;
  o.read_only = true;
  auto store = tally::store::Store::Open(db, o);
  if (!store.ok()) return "cannot open " + db;
  auto r = (*store)->Query(
      "SELECT d.path, d.sha256, d.status, d.pages, p.page_no, p.text, "
      "(SELECT count(*) FROM lines l WHERE l.doc_id = d.doc_id), "
      "(SELECT count(*) FROM boxes b WHERE b.doc_id = d.doc_id) "
      "FROM v_documents d LEFT JOIN v_pages p USING (doc_id) "
      "ORDER BY d.path, p.page_no");
  if (!r.ok()) return r.status().ToString();
  std::string out;
  for (auto& row : r->rows) {
    for (auto& c : row) out += c.value_or("NULL") + "|";
    out += "\n";
  }
  return out;
}

// Identical bytes at two paths are one document listed under both; when the
// file at the document's own path changes, the document stays current at
// the other path and the changed file is a document of its own: no path
// leaves the views (issue 13).
TEST(Cli, EveryPathOfIdenticalBytesStaysInTheViews) {
  const std::string dir = TempDir("paths");
  const std::string db = dir + "/t.sqlite";
  const std::string a = dir + "/a/r.txt", b = dir + "/b/r.txt";
  fs::create_directories(dir + "/a");
  fs::create_directories(dir + "/b");
  const std::string seed = std::string(TALLY_CORPUS) + "/seeds/000_7f69db8fca4f34bc.txt";
  fs::copy_file(seed, a);
  fs::copy_file(seed, b);
  const std::string ingest =
      "ingest " + dir + "/a " + dir + "/b --db " + db + " -j 2";
  Result first = Tally(ingest);
  ASSERT_EQ(first.code, 0) << first.out;
  const std::string sha =
      Rows(db, "SELECT sha256 FROM v_documents").at(0);
  EXPECT_EQ(Rows(db, "SELECT path, paths FROM v_documents"),
            (std::vector<std::string>{a + "|[\"" + a + "\",\"" + b + "\"]"}));
  EXPECT_EQ(Rows(db, "SELECT path, document_path, sha256 FROM v_paths"
                     " ORDER BY path"),
            (std::vector<std::string>{a + "|" + a + "|" + sha,
                                      b + "|" + a + "|" + sha}));
  const std::string doc_id = Rows(db, "SELECT doc_id FROM v_documents").at(0);

  // a changes; b still holds the first bytes.
  std::string text = *tally::ReadFile(seed);
  ASSERT_TRUE(tally::WriteFile(a, text + "\n补充说明：追加资金12万元。\n").ok());
  Result second = Tally(ingest);
  ASSERT_EQ(second.code, 0) << second.out;
  EXPECT_NE(second.out.find("1 ok, 0 partial, 0 failed, 1 skipped"),
            std::string::npos)
      << second.out;
  auto docs = Rows(db, "SELECT path, paths, sha256 = '" + sha +
                           "', doc_id = " + doc_id +
                           " FROM v_documents ORDER BY path");
  EXPECT_EQ(docs, (std::vector<std::string>{
                      a + "|[\"" + a + "\"]|0|0",
                      b + "|[\"" + b + "\"]|1|1"}));
  EXPECT_EQ(Rows(db, "SELECT path, document_path, sha256 = '" + sha +
                         "' FROM v_paths ORDER BY path"),
            (std::vector<std::string>{a + "|" + a + "|0", b + "|" + b + "|1"}));
  // The first bytes' facts are still there, under b.
  EXPECT_EQ(Rows(db, "SELECT count(*) > 0 FROM v_facts WHERE path = '" + b +
                         "'"),
            (std::vector<std::string>{"1"}));

  // Nothing changed: nothing moves.
  Result third = Tally(ingest);
  EXPECT_EQ(third.code, 0) << third.out;
  EXPECT_EQ(Rows(db, "SELECT path, paths, sha256 = '" + sha +
                         "', doc_id = " + doc_id +
                         " FROM v_documents ORDER BY path"),
            docs);
}

TEST(Cli, ShardsMergedEqualOneRun) {
  std::string dir = TempDir("shards");
  std::string in =
      std::string(TALLY_CORPUS) + "/pdf " + TALLY_CORPUS + "/seeds";
  ASSERT_EQ(Tally("ingest " + in + " --db " + dir + "/one.sqlite").code, 0);
  int total = 0;
  for (int k = 0; k < 3; ++k) {
    std::string shard = dir + "/s" + std::to_string(k) + ".sqlite";
    Result r = Tally("ingest " + in + " --db " + shard + " --shard " +
                     std::to_string(k) + "/3");
    ASSERT_EQ(r.code, 0) << r.out;
    size_t at = r.out.find(" ok,");
    total += std::stoi(r.out.substr(r.out.find("documents: ") + 11, at));
  }
  EXPECT_EQ(total, 10);  // each file in exactly one shard
  std::string shards =
      dir + "/s0.sqlite " + dir + "/s1.sqlite " + dir + "/s2.sqlite";
  ASSERT_EQ(Tally("merge " + dir + "/merged.sqlite " + shards).code, 0);
  std::string one = Content(dir + "/one.sqlite");
  EXPECT_GT(one.size(), 10000u);
  EXPECT_EQ(Content(dir + "/merged.sqlite"), one);
  // Idempotent, in any order.
  Result again = Tally("merge " + dir + "/merged.sqlite " + dir +
                       "/s2.sqlite " + dir + "/s0.sqlite");
  EXPECT_EQ(again.code, 0);
  EXPECT_NE(again.out.find("0 added"), std::string::npos) << again.out;
  EXPECT_EQ(Content(dir + "/merged.sqlite"), one);
  // Usage and database errors.
  EXPECT_EQ(Tally("ingest " + in + " --db x.sqlite --shard 3/3").code, 2);
  EXPECT_EQ(Tally("ingest " + in + " --db x.sqlite --shard 1").code, 2);
  EXPECT_EQ(Tally("merge " + dir + "/merged.sqlite").code, 2);
  ASSERT_TRUE(tally::WriteFile(dir + "/junk.sqlite", "not a database").ok());
  EXPECT_EQ(
      Tally("merge " + dir + "/merged.sqlite " + dir + "/junk.sqlite").code, 1);
  EXPECT_EQ(Content(dir + "/merged.sqlite"), one);

  // Bad inputs between good ones: corrupt, another program's database, a
  // tally database of a newer schema, one locked by another process, one
  // missing. Each is reported, the rest merged.
  auto sql = [&](const std::string& db, const std::string& statement) {
    return std::system(("sqlite3 " + db + " '" + statement + "'").c_str());
  };
  ASSERT_EQ(sql(dir + "/foreign.sqlite", "CREATE TABLE t (x)"), 0);
  fs::copy_file(dir + "/s1.sqlite", dir + "/newer.sqlite");
  ASSERT_EQ(sql(dir + "/newer.sqlite",
                "UPDATE meta SET value = 99 WHERE key = \"schema_version\""),
            0);
  fs::copy_file(dir + "/s1.sqlite", dir + "/locked.sqlite");
  FILE* holder = popen(("sqlite3 " + dir + "/locked.sqlite").c_str(), "w");
  ASSERT_NE(holder, nullptr);
  std::fputs("BEGIN EXCLUSIVE;\n", holder);
  std::fflush(holder);
  ::sleep(1);
  Result past = Tally("merge " + dir + "/past.sqlite " + dir + "/s0.sqlite " +
                      dir + "/junk.sqlite " + dir + "/foreign.sqlite " + dir +
                      "/newer.sqlite " + dir + "/locked.sqlite " + dir +
                      "/missing.sqlite " + dir + "/s2.sqlite");
  pclose(holder);
  EXPECT_EQ(past.code, 1) << past.out;
  EXPECT_NE(past.out.find("5 of 7 input(s) not merged"), std::string::npos)
      << past.out;
  for (const char* bad :
       {"/junk.sqlite: ", "/foreign.sqlite: ", "/newer.sqlite: ",
        "/locked.sqlite: ", "/missing.sqlite: "}) {
    EXPECT_NE(past.out.find("      " + dir + bad), std::string::npos)
        << bad << past.out;
  }
  EXPECT_NE(past.out.find(dir + "/s2.sqlite: "), std::string::npos);
  ASSERT_EQ(Tally("merge " + dir + "/past.sqlite " + dir + "/s1.sqlite").code,
            0);
  EXPECT_EQ(Content(dir + "/past.sqlite"), one);
}

}  // namespace
