#include <malloc.h>

#include <iostream>

#include "cli/cli.h"

int main(int argc, char** argv) {
  // glibc hands the top of the heap back to the kernel whenever more than
  // 128 KiB of it is free. Reading a page allocates and frees megabytes, so
  // the heap shrinks and grows again many times a page, each shrink a TLB
  // flush: with the default, a third of `tally ingest corpus/pdf -j 1`'s CPU
  // time went to brk(). Keeping up to 64 MiB (per process: the supervisor
  // and each forked worker inherit this) cut it from ~280 to ~210 ms.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  return tally::cli::Run(argc, argv, std::cout, std::cerr);
}
