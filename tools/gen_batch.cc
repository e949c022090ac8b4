// gen_batch: writes a batch of distinct input files for bulk-ingest tests
// and benchmarks: copies of the corpus PDFs and seed texts, each made
// distinct by bytes appended after the end (a PDF stays valid), plus one of
// each bad input an archive holds.
//
//   gen_batch --corpus corpus --out DIR --files 1000
//
// Bad inputs: empty file, truncated PDF, random bytes named .pdf, a PNG
// named .pdf, an encrypted PDF, a zero-page PDF, a 2,000-page PDF, a PNG
// that claims 20000×20000 pixels. Deterministic for the same arguments.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "base/file.h"
#include "testing/tiny_pdf.h"

namespace fs = std::filesystem;

namespace {

void Write(const fs::path& path, const std::string& bytes) {
  auto st = tally::WriteFile(path.string(), bytes);
  if (!st.ok()) {
    std::fprintf(stderr, "gen_batch: %s\n", st.ToString().c_str());
    std::exit(1);
  }
}

std::string Be32(uint32_t v) {
  std::string s(4, '\0');
  for (int i = 0; i < 4; ++i) s[size_t(i)] = char(v >> (24 - 8 * i));
  return s;
}

// A PNG whose header claims width × height pixels of 8-bit grey, followed
// by a tiny (incomplete) image: a decoder must refuse it by its header
// rather than allocate 400 MB.
std::string HugePng(uint32_t width, uint32_t height) {
  std::string ihdr = "IHDR" + Be32(width) + Be32(height) +
                     std::string("\x08\x00\x00\x00\x00", 5);
  // CRC omitted (zeros): readers that check it refuse the file anyway.
  return std::string("\x89PNG\r\n\x1a\n", 8) + Be32(13) + ihdr + Be32(0) +
         Be32(0) + "IEND" + Be32(0);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "corpus", out;
  int files = 1000;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--corpus")
      corpus = argv[i + 1];
    else if (a == "--out")
      out = argv[i + 1];
    else if (a == "--files")
      files = std::atoi(argv[i + 1]);
  }
  if (out.empty() || files < 8) {
    std::fprintf(stderr,
                 "usage: gen_batch --out DIR [--corpus DIR] [--files N>=8]\n");
    return 2;
  }
  std::vector<fs::path> sources;
  for (const char* sub : {"pdf", "seeds"}) {
    for (auto& e : fs::directory_iterator(fs::path(corpus) / sub)) {
      sources.push_back(e.path());
    }
  }
  std::sort(sources.begin(), sources.end());
  if (sources.empty()) {
    std::fprintf(stderr, "gen_batch: no files under %s\n", corpus.c_str());
    return 1;
  }
  fs::create_directories(fs::path(out) / "bad");
  std::string pdf = *tally::ReadFile(
      (fs::path(corpus) / "pdf" / "000_7f69db8fca4f34bc.pdf").string());
  std::mt19937 rng(7);
  std::string random(4096, '\0');
  for (char& c : random) c = char(rng());
  random[0] = char(0x8a);  // not valid UTF-8, not a known magic
  Write(fs::path(out) / "bad/empty.pdf", "");
  Write(fs::path(out) / "bad/truncated.pdf", pdf.substr(0, pdf.size() / 3));
  Write(fs::path(out) / "bad/random.pdf", random);
  Write(fs::path(out) / "bad/image.pdf", HugePng(64, 64));
  Write(fs::path(out) / "bad/huge.png", HugePng(20000, 20000));
  Write(fs::path(out) / "bad/zero_pages.pdf", tally::testing::TinyPdf(0));
  Write(fs::path(out) / "bad/long_2000_pages.pdf",
        tally::testing::TinyPdf(2000));
  std::string encrypted = (fs::path(corpus) / ".." / "tests/data/encrypted.pdf")
                              .lexically_normal()
                              .string();
  if (auto e = tally::ReadFile(encrypted); e.ok()) {
    Write(fs::path(out) / "bad/encrypted.pdf", *e);
  }
  int bad = 0;
  for (auto& e : fs::directory_iterator(fs::path(out) / "bad")) {
    (void)e;
    ++bad;
  }
  // Distinct good files, spread over folders of 100 like an archive.
  for (int i = 0; i < files - bad; ++i) {
    const fs::path& src = sources[size_t(i) % sources.size()];
    std::string bytes = *tally::ReadFile(src.string());
    bytes += "\n%batch copy " + std::to_string(i) + "\n";
    fs::path dir = fs::path(out) / ("box" + std::to_string(i / 100));
    fs::create_directories(dir);
    Write(dir / (std::to_string(i) + "_" + src.filename().string()), bytes);
  }
  std::printf("%d files (%d bad) in %s\n", files, bad, out.c_str());
  return 0;
}
