// A main() for fuzz targets when libFuzzer is not linked (g++ builds): runs
// every input under the given paths (files, or folders recursively), then a
// fixed number of deterministic mutations of them (bit flips, truncations,
// spliced and duplicated chunks), so the suite exercises each target under
// ASan/UBSan on every run without a fuzzing engine.
//
//   fuzz_pdf [--iterations N] [--seconds T] [--seed S] PATH...
//
// --seconds T runs mutations until T seconds have passed instead of N of
// them (a fuzzing session under the sanitizers: another --seed gives other
// mutations). When a sanitizer reports, the input that made it is written
// to crash-<sha256 prefix> in the working directory first, as libFuzzer
// does, so it can go into the target's corpus.
//
// With clang, build the same target against libFuzzer instead
// (-DTALLY_LIBFUZZER=ON) for coverage-guided fuzzing.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/sha256.h"

// Sanitizer builds only (TALLY_SANITIZE: ASan and UBSan together).
#if defined(__SANITIZE_ADDRESS__)
#define TALLY_DEATH_CALLBACK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TALLY_DEATH_CALLBACK 1
#endif
#endif
#ifdef TALLY_DEATH_CALLBACK
#include <sanitizer/common_interface_defs.h>
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

const std::string* current = nullptr;  // the input being run

#ifdef TALLY_DEATH_CALLBACK
// Called by the sanitizer runtime before it exits with a report.
void SaveCrash() {
  if (current == nullptr) return;
  std::string name = "crash-" + tally::Sha256Hex(*current).substr(0, 16);
  if (std::FILE* f = std::fopen(name.c_str(), "wb")) {
    std::fwrite(current->data(), 1, current->size(), f);
    std::fclose(f);
    std::fprintf(stderr, "the input is in %s (%zu bytes)\n", name.c_str(),
                 current->size());
  }
}
#endif

void RunOne(const std::string& input) {
  current = &input;
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
  double seconds = 0;  // > 0: mutations until then, not iterations
  uint64_t seed = 1;
  std::vector<std::string> seeds;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) {
      iterations = std::atol(argv[++i]);
    } else if (a == "--seconds" && i + 1 < argc) {
      seconds = std::atof(argv[++i]);
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
#ifdef TALLY_DEATH_CALLBACK
  __sanitizer_set_death_callback(SaveCrash);
#endif
  if (seeds.empty()) seeds.push_back("");
  for (const std::string& s : seeds) RunOne(s);
  std::mt19937_64 rng(seed);
  const auto start = std::chrono::steady_clock::now();
  auto more = [&](long i) {
    if (seconds <= 0) return i < iterations;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
               .count() < seconds;
  };
  long ran = 0;
  for (; more(ran); ++ran) {
    std::string input = Mutate(seeds, rng);
    RunOne(input);
  }
  current = nullptr;
  std::printf("%zu seeds and %ld mutations ran clean\n", seeds.size(), ran);
  return 0;
}
