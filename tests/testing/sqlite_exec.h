// tests/testing/sqlite_exec.h: runs SQL on a database behind the store's
// back, on a plain SQLite connection (no tally functions), for tests that
// plant what another program or an older tally would have left: a newer
// schema version, a foreign database, an older schema.
//
//   tally::testing::ExecOn(path, "UPDATE meta SET value = '99' ...");
#ifndef TALLY_TESTING_SQLITE_EXEC_H_
#define TALLY_TESTING_SQLITE_EXEC_H_

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

namespace tally::testing {

// Runs sql (one or more statements) on the database at path; a failure is
// a test failure naming SQLite's message.
inline void ExecOn(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK)
      << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

}  // namespace tally::testing

#endif  // TALLY_TESTING_SQLITE_EXEC_H_
