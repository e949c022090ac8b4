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
// search_cmd.cc: tally search and tally index.
int Search(const Args& args, std::ostream& out, std::ostream& err);
int Index(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace tally::cli

#endif  // TALLY_CLI_COMMANDS_H_
