// testing/faults.h: the worker's fault-injection hook, for tests only.
//
// InstallFaultInjection() sets the worker's task hook (pipeline/worker.h) to
// one that reads the environment variable TALLY_FAULT_INJECT at every task:
// a comma-separated list of WHAT[@PAGE]:SUBSTR that makes the worker
// misbehave on tasks whose path contains SUBSTR (only on page PAGE if given;
// @0 is the open task, @-1 the assemble task, @-2 its retry without
// extraction, @-3 a `tally reextract` task; @PAGE also fires when an
// assembly reads page PAGE itself):
//   crash  dies by SIGSEGV
//   hang   sleeps forever (until the page timeout kills it)
//   oom    allocates without bound until the memory limit stops it
//   sleep  sleeps 100 ms (slows a batch down for kill tests)
// The tally binary never contains it; build/tests/tally_faults is tally with
// it installed, for tests that run the binary.
//
//   ::setenv("TALLY_FAULT_INJECT", "crash@2:boom", 1);
//   tally::testing::InstallFaultInjection();
#ifndef TALLY_TESTING_FAULTS_H_
#define TALLY_TESTING_FAULTS_H_

namespace tally::testing {

void InstallFaultInjection();

}  // namespace tally::testing

#endif  // TALLY_TESTING_FAULTS_H_
