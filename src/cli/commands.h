// cli/commands.h: what the subcommands share inside the cli stage (not a
// public interface): the parsed command line and one entry point per
// command that lives in a file of its own.
#ifndef TALLY_CLI_COMMANDS_H_
#define TALLY_CLI_COMMANDS_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "store/store.h"

namespace tally::cli {

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> flags;  // "--db" -> value
  std::vector<std::string> docs;             // every --doc, in order
  std::vector<std::string> rules;            // every --rule, in order
  std::vector<std::string> include, exclude;  // every --include, --exclude
  bool help = false;

  // The value of flag f, or "" when it was not given.
  std::string Get(const char* f) const {
    auto it = flags.find(f);
    return it == flags.end() ? std::string() : it->second;
  }
  bool Has(const char* f) const { return flags.count(f) > 0; }
};

// Parses an integer flag value in [lo, hi].
bool ParseInt(const std::string& s, long lo, long hi, long* out);

// The flags ingest and reextract share, for their Options (which name
// these members alike): worker processes, their limits, the rules. False if
// flag is none of them; otherwise true, with *bad set (and the reason on
// err) if its value is out of range.
template <typename Options>
bool TakeWorkerFlag(const char* cmd, const std::string& flag,
                    const std::string& value, Options* o, std::ostream& err,
                    bool* bad) {
  long v = 0;
  auto refuse = [&](const char* wants) {
    err << "tally " << cmd << ": " << flag << " wants " << wants << "\n";
    *bad = true;
    return true;
  };
  if (flag == "-j" || flag == "--jobs") {
    if (!ParseInt(value, 1, 256, &v)) return refuse("a number from 1 to 256");
    o->jobs = int(v);
  } else if (flag == "--patterns") {
    o->extract.patterns_dir = value;
  } else if (flag == "--page-timeout") {
    if (!ParseInt(value, 1, 86400, &v)) return refuse("seconds, 1 to 86400");
    o->page_timeout_seconds = double(v);
  } else if (flag == "--doc-timeout") {
    if (!ParseInt(value, 0, 7 * 86400, &v)) {
      return refuse("seconds (0 for no cap)");
    }
    o->document_timeout_seconds = double(v);
  } else if (flag == "--worker-memory") {
    if (!ParseInt(value, 0, 1 << 20, &v)) {
      return refuse("MiB (0 for no limit)");
    }
    o->worker_memory_mb = v;
  } else {
    return false;
  }
  return true;
}

// Lists at most `most` of items on out, one a line as line(item) gives it,
// indented as the summaries indent what they list, then "... and N more":
// a summary of a batch of thousands still reads at a glance.
template <typename T, typename Line>
void ListSome(std::ostream& out, const std::vector<T>& items, size_t most,
              Line line) {
  for (size_t i = 0; i < items.size() && i < most; ++i) {
    out << "      " << line(items[i]) << "\n";
  }
  if (items.size() > most) {
    out << "      ... and " << items.size() - most << " more\n";
  }
}

// check_cmd.cc: tally check (--db FILE, or FILE... through a temporary
// database).
int Check(const Args& args, std::ostream& out, std::ostream& err);
// report_cmd.cc: tally report, and the report of tally check --report:
// writes the report of ids (all current documents if empty) into dir,
// prints its summary; returns the exit code.
int Report(const Args& args, std::ostream& out, std::ostream& err);
int WriteReport(store::Store* store, const std::vector<int64_t>& ids,
                const std::string& dir, int jobs, bool recheck,
                std::ostream& out, std::ostream& err);
// reextract_cmd.cc: tally reextract.
int Reextract(const Args& args, std::ostream& out, std::ostream& err);
// rules_cmd.cc: tally rules.
int Rules(const Args& args, std::ostream& out, std::ostream& err);
// search_cmd.cc: tally search and tally index.
int Search(const Args& args, std::ostream& out, std::ostream& err);
int Index(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace tally::cli

#endif  // TALLY_CLI_COMMANDS_H_
