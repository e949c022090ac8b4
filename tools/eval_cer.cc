// tools/eval_cer.cc: character error rate of tally's stored page text
// against the seed reports the corpus was generated from.
//
//   eval_cer (--db FILE | --texts DIR) --seeds DIR [--split dev|test]
//            [--max-cer 0.005] [--show-diff]
//
// For each DIR/<stem>.txt it takes the current document whose path has the
// basename stem <stem> (any extension: corpus/pdf/<stem>.pdf, a scan
// <stem>.png, ...; the lowest doc_id if several), joins its v_pages.text in
// page order and compares it with SeedToPlain(seed) (tools/seed_text.h).
// Both sides go through tally's normaliser, so only reading errors count,
// not the normaliser's documented rewrites; whitespace is then ignored (see
// tools/cer.h). Prints one row per seed and a total (sum of edits over sum
// of seed characters), each with its number-token recall (tools/cer.h:
// digit strings of two or more digits, matched as a multiset). --show-diff
// adds where each text first and last departs from its seed, and the
// numbers missed.
//
// --texts DIR reads each seed's text from DIR/<stem>.txt instead of a
// database (another reader's output, such as the tesseract CLI's on the
// same scans; a missing file is a missing document). --split dev|test keeps
// only corpus/real's ids of that split (first hex digit 0-5 is test; see
// corpus/real/README.md).
//
// Exit status: 0 every CER within --max-cer; 1 a CER above it or a seed
// with no document; 2 usage error, or the database, seeds or normaliser
// could not be opened.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "base/file.h"
#include "base/status.h"
#include "base/utf8.h"
#include "normalize/normalize.h"
#include "store/store.h"
#include "tools/cer.h"
#include "tools/flags.h"
#include "tools/seed_text.h"

namespace tally::tools {
namespace {

struct Flags {
  std::string db;
  std::string texts;
  std::string split;
  std::string seeds;
  double max_cer = 0.005;
  bool show_diff = false;
};

int Usage(const char* why) {
  if (why != nullptr) std::fprintf(stderr, "eval_cer: %s\n", why);
  std::fprintf(stderr,
               "usage: eval_cer (--db FILE | --texts DIR) --seeds DIR "
               "[--split dev|test] [--max-cer 0.005] [--show-diff]\n");
  return 2;
}

// Returns 0 (go on), or an exit status.
int ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    std::string value;
    auto take = [&](std::string_view name) {
      return TakeFlag(argc, argv, &i, name, &value, nullptr);
    };
    if (take("--db")) {
      flags->db = value;
    } else if (take("--texts")) {
      flags->texts = value;
    } else if (take("--split")) {
      if (value != "dev" && value != "test") {
        return Usage("--split wants dev or test");
      }
      flags->split = value;
    } else if (take("--seeds")) {
      flags->seeds = value;
    } else if (take("--max-cer")) {
      char* end = nullptr;
      double v = std::strtod(value.c_str(), &end);
      if (value.empty() || *end != '\0' || !(v >= 0)) {
        return Usage("--max-cer wants a fraction such as 0.005");
      }
      flags->max_cer = v;
    } else if (a == "--show-diff") {
      flags->show_diff = true;
    } else if (a == "-h" || a == "--help") {
      Usage(nullptr);
      return -1;
    } else {
      std::string why = "unexpected argument " + std::string(a);
      return Usage(why.c_str());
    }
  }
  if (flags->db.empty() == flags->texts.empty() || flags->seeds.empty()) {
    return Usage("--seeds and one of --db and --texts are required");
  }
  return 0;
}

// Up to n code points of s starting at code point from, for display.
std::string Excerpt(const std::u32string& s, size_t from, size_t n) {
  std::string out;
  for (size_t i = from; i < s.size() && i < from + n; ++i) {
    AppendUtf8(s[i], &out);
  }
  return out;
}

void ShowDiff(std::string_view reference, std::string_view hypothesis) {
  std::u32string ref = RemoveWhitespace(ToCodePoints(reference));
  std::u32string hyp = RemoveWhitespace(ToCodePoints(hypothesis));
  size_t prefix = 0;
  while (prefix < ref.size() && prefix < hyp.size() &&
         ref[prefix] == hyp[prefix]) {
    ++prefix;
  }
  if (prefix == ref.size() && prefix == hyp.size()) return;
  size_t suffix = 0;
  while (suffix < ref.size() - prefix && suffix < hyp.size() - prefix &&
         ref[ref.size() - 1 - suffix] == hyp[hyp.size() - 1 - suffix]) {
    ++suffix;
  }
  size_t from = prefix >= 10 ? prefix - 10 : 0;
  std::printf(
      "    first difference at char %zu:\n      seed:   %s\n"
      "      stored: %s\n",
      prefix, Excerpt(ref, from, 40).c_str(), Excerpt(hyp, from, 40).c_str());
  size_t ref_end = ref.size() - suffix, hyp_end = hyp.size() - suffix;
  std::printf(
      "    last difference ends %zu chars before the end:\n"
      "      seed:   %s\n      stored: %s\n",
      suffix, Excerpt(ref, ref_end >= 30 ? ref_end - 30 : 0, 40).c_str(),
      Excerpt(hyp, hyp_end >= 30 ? hyp_end - 30 : 0, 40).c_str());
}

// The page text of the first current document whose file is named after
// the seed, pages joined by line breaks; nullopt if there is none.
std::optional<std::string> StoredText(store::Store* store,
                                      const store::QueryResult& docs,
                                      const std::string& stem) {
  std::optional<std::string> doc_id;
  for (const auto& row : docs.rows) {
    if (row.size() < 2 || !row[0] || !row[1]) continue;
    if (std::filesystem::path(*row[1]).stem().string() == stem) {
      doc_id = *row[0];
      break;
    }
  }
  // doc_id goes into SQL text below; it came from an INTEGER column, but
  // check rather than trust.
  if (!doc_id || doc_id->empty() ||
      doc_id->find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  StatusOr<store::QueryResult> pages =
      store->Query("SELECT text FROM v_pages WHERE doc_id = " + *doc_id +
                   " ORDER BY page_no");
  if (!pages.ok()) return std::nullopt;
  std::string stored;
  for (const auto& row : pages->rows) {
    if (!row.empty() && row[0]) stored += *row[0];
    stored.push_back('\n');
  }
  return stored;
}

// DIR/<stem>.txt, or nullopt if it cannot be read.
std::optional<std::string> TextFile(const std::string& dir,
                                    const std::string& stem) {
  StatusOr<std::string> text =
      ReadFile((std::filesystem::path(dir) / (stem + ".txt")).string());
  if (!text.ok()) return std::nullopt;
  return std::move(text).value();
}

int Main(int argc, char** argv) {
  Flags flags;
  if (int rc = ParseFlags(argc, argv, &flags); rc != 0) return rc < 0 ? 0 : rc;

  std::vector<std::filesystem::path> seeds;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(flags.seeds, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (it->path().extension() != ".txt") continue;
    if (!flags.split.empty()) {
      // corpus/real's split: an id whose first hex digit is 0-5 is test.
      const char c = it->path().stem().string()[0];
      const bool test = c >= '0' && c <= '5';
      if (test != (flags.split == "test")) continue;
    }
    seeds.push_back(it->path());
  }
  if (ec) {
    std::fprintf(stderr, "eval_cer: cannot list %s: %s\n", flags.seeds.c_str(),
                 ec.message().c_str());
    return 2;
  }
  if (seeds.empty()) {
    std::fprintf(stderr, "eval_cer: no *.txt seeds in %s\n",
                 flags.seeds.c_str());
    return 2;
  }
  std::sort(seeds.begin(), seeds.end());

  std::unique_ptr<store::Store> store;
  store::QueryResult docs;
  if (!flags.db.empty()) {
    store::Options store_options;
    store_options.read_only = true;
    StatusOr<std::unique_ptr<store::Store>> opened =
        store::Store::Open(flags.db, store_options);
    if (!opened.ok()) {
      std::fprintf(stderr, "eval_cer: %s: %s\n", flags.db.c_str(),
                   opened.status().ToString().c_str());
      return 2;
    }
    store = std::move(opened).value();
    StatusOr<store::QueryResult> listed =
        store->Query("SELECT doc_id, path FROM v_documents ORDER BY doc_id");
    if (!listed.ok()) {
      std::fprintf(stderr, "eval_cer: %s\n",
                   listed.status().ToString().c_str());
      return 2;
    }
    docs = std::move(listed).value();
  }
  StatusOr<std::unique_ptr<normalize::Normalizer>> normalizer =
      normalize::Normalizer::Create(normalize::Options());
  if (!normalizer.ok()) {
    std::fprintf(stderr, "eval_cer: %s\n",
                 normalizer.status().ToString().c_str());
    return 2;
  }

  std::printf("%-28s %8s %8s %7s %9s %11s\n", "stem", "seed", "stored", "edits",
              "CER%", "numbers");
  size_t total_chars = 0, total_edits = 0;
  int numbers_found = 0, numbers_total = 0;
  bool failed = false;
  for (const std::filesystem::path& seed_path : seeds) {
    const std::string stem = seed_path.stem().string();
    StatusOr<std::string> seed = ReadFile(seed_path.string());
    if (!seed.ok()) {
      std::fprintf(stderr, "eval_cer: cannot read %s\n",
                   seed_path.string().c_str());
      return 2;
    }
    const std::string reference =
        (*normalizer)->NormalizeText(SeedToPlain(*seed)).text;

    std::optional<std::string> stored =
        store != nullptr ? StoredText(store.get(), docs, stem)
                         : TextFile(flags.texts, stem);
    if (!stored) {
      CerResult r = ComputeCer(reference, "");
      NumberRecall n = CountNumbers(reference, "");
      std::printf("%-28s %8zu %8s %7s %9s %11s  missing\n", stem.c_str(),
                  r.reference_chars, "-", "-", "-", "-");
      total_chars += r.reference_chars;
      total_edits += r.reference_chars;
      numbers_total += n.total;
      failed = true;
      continue;
    }
    const std::string hypothesis = (*normalizer)->NormalizeText(*stored).text;
    CerResult r = ComputeCer(reference, hypothesis);
    NumberRecall n = CountNumbers(reference, hypothesis);
    bool over = r.cer > flags.max_cer;
    failed = failed || over;
    total_chars += r.reference_chars;
    total_edits += r.edits;
    numbers_found += n.found;
    numbers_total += n.total;
    std::printf("%-28s %8zu %8zu %7zu %8.3f%% %5d/%-5d  %s\n", stem.c_str(),
                r.reference_chars, r.hypothesis_chars, r.edits, 100 * r.cer,
                n.found, n.total, over ? "FAIL" : "ok");
    if (flags.show_diff) {
      ShowDiff(reference, hypothesis);
      for (const std::string& t : n.missed) {
        std::printf("    missing number %s\n", t.c_str());
      }
    }
  }
  double total_cer = total_chars == 0 ? 0.0
                                      : static_cast<double>(total_edits) /
                                            static_cast<double>(total_chars);
  std::printf("%-28s %8zu %8s %7zu %8.3f%% %5d/%-5d  (max %.3f%%)\n", "total",
              total_chars, "", total_edits, 100 * total_cer, numbers_found,
              numbers_total, 100 * flags.max_cer);
  std::printf("number recall %.2f%% (%d of %d number tokens)\n",
              numbers_total ? 100.0 * numbers_found / numbers_total : 100.0,
              numbers_found, numbers_total);
  return failed ? 1 : 0;
}

}  // namespace
}  // namespace tally::tools

int main(int argc, char** argv) { return tally::tools::Main(argc, argv); }
