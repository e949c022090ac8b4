// build/tests/tally_faults: the tally binary with the worker's
// fault-injection hook installed (testing/faults.h), for tests that run the
// binary and need a file to crash, hang or exhaust a worker's memory.
#include <iostream>

#include "cli/cli.h"
#include "testing/faults.h"

int main(int argc, char** argv) {
  tally::testing::InstallFaultInjection();
  return tally::cli::Run(argc, argv, std::cout, std::cerr);
}
