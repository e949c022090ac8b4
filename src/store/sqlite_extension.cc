// The entry point of build/tally_search.so, a SQLite loadable extension that
// registers the search index's tokenizer (tokenizer.h) on a connection:
//   sqlite3 -cmd '.load build/tally_search' tally.sqlite
//     "SELECT doc_id, page_no, snippet FROM v_search WHERE search MATCH '医保'"
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "store/tokenizer.h"

extern "C" int sqlite3_tallysearch_init(sqlite3* db, char** error,
                                        const sqlite3_api_routines* api) {
  SQLITE_EXTENSION_INIT2(api);
  int rc = tally::store::RegisterTokenizer(db);
  if (rc != SQLITE_OK && error != nullptr) {
    *error = sqlite3_mprintf(
        "tally_search: cannot register the tokenizer "
        "(does this SQLite have FTS5?)");
  }
  return rc;
}
