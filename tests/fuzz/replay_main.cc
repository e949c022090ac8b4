// A main() for fuzz targets when libFuzzer is not linked (g++ builds): runs
// every input under the given paths (files, or folders recursively), then a
// fixed number of deterministic mutations of them (bit flips, truncations,
// spliced and duplicated chunks), so the suite exercises each target under
// ASan/UBSan on every run without a fuzzing engine.
//
//   fuzz_pdf [--iterations N] [--seed S] PATH...
//
// With clang, build the same target against libFuzzer instead
// (-DTALLY_LIBFUZZER=ON) for coverage-guided fuzzing.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "base/file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void RunOne(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()),
                         input.size());
}

std::string Mutate(const std::vector<std::string>& seeds,
                   std::mt19937_64& rng) {
  std::string s = seeds[rng() % seeds.size()];
  int edits = 1 + int(rng() % 8);
  for (int e = 0; e < edits; ++e) {
    if (s.empty()) {
      s.push_back(char(rng()));
      continue;
    }
    size_t pos = rng() % s.size();
    switch (rng() % 6) {
      case 0:
        s[pos] = char(s[pos] ^ (1u << (rng() % 8)));
        break;  // bit flip
      case 1:
        s[pos] = char(rng());
        break;  // byte
      case 2:
        s.resize(pos);
        break;   // truncate
      case 3: {  // delete
        s.erase(pos, std::min<size_t>(rng() % 64 + 1, s.size() - pos));
        break;
      }
      case 4: {  // duplicate a chunk
        size_t len = std::min<size_t>(rng() % 256 + 1, s.size() - pos);
        s.insert(rng() % s.size(), s.substr(pos, len));
        break;
      }
      case 5: {  // splice a chunk of another seed
        const std::string& o = seeds[rng() % seeds.size()];
        if (o.empty()) break;
        size_t from = rng() % o.size();
        s.insert(pos, o.substr(from, std::min<size_t>(rng() % 128 + 1,
                                                      o.size() - from)));
        break;
      }
    }
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  long iterations = 200;
  uint64_t seed = 1;
  std::vector<std::string> seeds;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) {
      iterations = std::atol(argv[++i]);
    } else if (a == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else {
      std::vector<std::string> files;
      namespace fs = std::filesystem;
      if (fs::is_directory(a)) {
        for (auto& e : fs::recursive_directory_iterator(a)) {
          if (e.is_regular_file()) files.push_back(e.path().string());
        }
      } else {
        files.push_back(a);
      }
      std::sort(files.begin(), files.end());
      for (const std::string& f : files) {
        auto bytes = tally::ReadFile(f);
        if (!bytes.ok()) {
          std::fprintf(stderr, "%s\n", bytes.status().ToString().c_str());
          return 2;
        }
        seeds.push_back(*bytes);
      }
    }
  }
  if (seeds.empty()) seeds.push_back("");
  for (const std::string& s : seeds) RunOne(s);
  std::mt19937_64 rng(seed);
  for (long i = 0; i < iterations; ++i) RunOne(Mutate(seeds, rng));
  std::printf("%zu seeds and %ld mutations ran clean\n", seeds.size(),
              iterations);
  return 0;
}
