// gen_hostile: writes the hostile-input corpus (tests/testing/hostile.h)
// into a folder, for the stress benchmark and for trying tally by hand.
//
//   gen_hostile --out DIR [--scale N] [--list]
//
// --scale 1 is what the tests use; 10 reaches the sizes in issue 14's
// report. --list prints each file with what it probes.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "base/file.h"
#include "testing/hostile.h"

int main(int argc, char** argv) {
  std::string out;
  int scale = 1;
  bool list = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (a == "--scale" && i + 1 < argc) {
      scale = std::atoi(argv[++i]);
    } else if (a == "--list") {
      list = true;
    } else {
      out.clear();
      break;
    }
  }
  if (out.empty() || scale < 1) {
    std::fprintf(stderr, "usage: gen_hostile --out DIR [--scale N] [--list]\n");
    return 2;
  }
  std::filesystem::create_directories(out);
  for (const auto& h : tally::testing::HostileInputs(scale)) {
    auto st = tally::WriteFile(out + "/" + h.name, h.bytes);
    if (!st.ok()) {
      std::fprintf(stderr, "gen_hostile: %s\n", st.ToString().c_str());
      return 1;
    }
    if (list) {
      std::printf("%-20s %10zu bytes  %s\n", h.name.c_str(), h.bytes.size(),
                  h.what.c_str());
    }
  }
  return 0;
}
