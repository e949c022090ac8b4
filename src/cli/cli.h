// cli/cli.h: the command line, the only place flags are parsed.
//
//   tally ingest PATH... --db FILE [-j N] [--quiet] [--shard K/N]
//                [--page-timeout S] [--doc-timeout S] [--max-pages N]
//                [--worker-memory MIB] [--patterns DIR]
//   tally merge OUT IN...
//   tally check --db FILE [--store] [--format text|jsonl] [--doc ID]...
//               [--severity S] [--rule R]...
//   tally check FILE... [-j N] [--format text|jsonl] [--severity S]
//               [--rule R]...
//   tally reextract --db FILE [--doc ID]... [-j N]
//   tally export --db FILE --table T [--format csv|jsonl] [-o FILE]
//   tally help | --help | COMMAND --help
//
// Exit codes (stable; scripts rely on them):
//   0  success: every file stored 'ok' (or already stored)
//   1  finished, but some files were stored 'failed' or 'partial'
//      (check: at least one 'error' finding printed, or a FILE unread)
//   2  usage error (unknown command or flag, missing argument)
//   3  database error (cannot open, write or read the database)
#ifndef TALLY_CLI_CLI_H_
#define TALLY_CLI_CLI_H_

#include <ostream>

namespace tally::cli {

enum ExitCode { kOk = 0, kSomeFailed = 1, kUsage = 2, kDatabase = 3 };

// Runs the command line; output to out (results, summary) and err
// (progress, diagnostics), text escaped for a terminal (terminal.h). Sets
// SIGXFSZ to be ignored, so that a file-size limit is a write error (exit
// 3). Returns the exit code.
int Run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace tally::cli

#endif  // TALLY_CLI_CLI_H_
