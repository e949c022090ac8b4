// testing/db_rows.h: what a tally database holds, as text, for tests of the
// binary that compare databases or check a query's answer.
//
//   EXPECT_EQ(DbRows(db, "SELECT path, status FROM v_documents"),
//             (std::vector<std::string>{"/r/a.txt|ok"}));
#ifndef TALLY_TESTING_DB_ROWS_H_
#define TALLY_TESTING_DB_ROWS_H_

#include <string>
#include <vector>

#include "store/store.h"

namespace tally::testing {

// The rows of sql over db, opened read-only, cells joined with '|' and NULL
// as "NULL"; a failure to open or query is the one row its status makes.
inline std::vector<std::string> DbRows(const std::string& db,
                                       const std::string& sql) {
  store::Options o;
  o.read_only = true;
  auto opened = store::Store::Open(db, o);
  if (!opened.ok()) return {opened.status().ToString()};
  auto r = (*opened)->Query(sql);
  if (!r.ok()) return {r.status().ToString()};
  std::vector<std::string> out;
  for (auto& row : r->rows) {
    std::string line;
    for (auto& c : row) line += (line.empty() ? "" : "|") + c.value_or("NULL");
    out.push_back(line);
  }
  return out;
}

}  // namespace tally::testing

#endif  // TALLY_TESTING_DB_ROWS_H_
