// testing/db_rows.h: what a tally database holds, as text, for tests of the
// binary that compare databases or check a query's answer.
//
//   EXPECT_EQ(DbRows(db, "SELECT path, status FROM v_documents"),
//             (std::vector<std::string>{"/r/a.txt|ok"}));
//   for (const auto& row : DbCells(db, "SELECT rule, message FROM v_findings"))
//     std::printf("%s: %s\n", row[0].c_str(), row[1].c_str());
#ifndef TALLY_TESTING_DB_ROWS_H_
#define TALLY_TESTING_DB_ROWS_H_

#include <string>
#include <vector>

#include "store/store.h"

namespace tally::testing {

// The rows of sql over db, opened read-only, each a vector of its cells
// with NULL as "NULL"; a failure to open or query is the one row of one
// cell its status makes.
inline std::vector<std::vector<std::string>> DbCells(const std::string& db,
                                                     const std::string& sql) {
  store::Options o;
  o.read_only = true;
  auto opened = store::Store::Open(db, o);
  if (!opened.ok()) return {{opened.status().ToString()}};
  auto r = (*opened)->Query(sql);
  if (!r.ok()) return {{r.status().ToString()}};
  std::vector<std::vector<std::string>> out;
  for (auto& row : r->rows) {
    out.emplace_back();
    for (auto& c : row) out.back().push_back(c.value_or("NULL"));
  }
  return out;
}

// DbCells with each row's cells joined with '|'.
inline std::vector<std::string> DbRows(const std::string& db,
                                       const std::string& sql) {
  std::vector<std::string> out;
  for (const auto& row : DbCells(db, sql)) {
    std::string line;
    for (const auto& c : row) line += (line.empty() ? "" : "|") + c;
    out.push_back(line);
  }
  return out;
}

}  // namespace tally::testing

#endif  // TALLY_TESTING_DB_ROWS_H_
