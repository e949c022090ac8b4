// The ingest progress line: never wider than the terminal, an ETA only once
// there is something to base it on; and the summaries' lists, cut short.
#include "cli/progress.h"

#include <gtest/gtest.h>

#include <sstream>

#include "cli/commands.h"

namespace tally::cli {
namespace {

pipeline::Progress At(int done, int total, int pages) {
  pipeline::Progress p;
  p.files_done = done;
  p.files_total = total;
  p.pages_done = pages;
  return p;
}

TEST(Progress, TheLineFitsTheTerminalWhateverTheCounts) {
  const pipeline::Progress states[] = {At(0, 1, 0),
                                       At(0, 5, 3),
                                       At(3, 5, 40),
                                       At(5, 5, 41),
                                       At(123456, 9999999, 88888888),
                                       At(9999999, 9999999, 2147483647)};
  for (int width : {20, 40, 60, 79, 80, 100, 200}) {
    for (const pipeline::Progress& p : states) {
      for (double elapsed : {0.0, 1.5, 3600.0 * 99}) {
        std::string line = ProgressLine(p, elapsed, width);
        EXPECT_LE(int(line.size()), width - 1) << width << ": " << line;
        EXPECT_EQ(line.find('\n'), std::string::npos);
        EXPECT_EQ(line.find('\r'), std::string::npos);
      }
    }
  }
  // At 80 columns the bar and every count are there.
  std::string line = ProgressLine(At(3, 12, 40), 30, 80);
  EXPECT_EQ(line.rfind("[", 0), 0u) << line;
  EXPECT_NE(line.find("] 3/12 files 40 pages 0:00:30"), std::string::npos)
      << line;
  EXPECT_NE(line.find("###"), std::string::npos) << line;
}

TEST(Progress, NoEtaBeforeTheFirstFileFinishes) {
  EXPECT_EQ(ProgressLine(At(0, 10, 7), 12, 80).find("ETA"), std::string::npos);
  EXPECT_EQ(ProgressLogLine(At(0, 10, 7), 12).find("ETA"), std::string::npos);
  // One of ten files in 10 s: nine more take 90 s.
  EXPECT_NE(ProgressLine(At(1, 10, 7), 10, 80).find("ETA 0:01:30"),
            std::string::npos);
  EXPECT_EQ(ProgressLogLine(At(1, 10, 7), 10),
            "progress: 1/10 files, 7 pages, 0:00:10 ETA 0:01:30");
  EXPECT_EQ(FormatSeconds(3725), "1:02:05");
}

TEST(ListSome, ListsAtMostSoManyThenCountsTheRest) {
  auto quoted = [](int v) { return "<" + std::to_string(v) + ">"; };
  struct Case {
    std::vector<int> items;
    size_t most;
    std::string want;
  } cases[] = {
      {{}, 5, ""},
      {{1, 2}, 2, "      <1>\n      <2>\n"},
      {{1, 2, 3}, 2, "      <1>\n      <2>\n      ... and 1 more\n"},
      {{1, 2, 3, 4, 5}, 0, "      ... and 5 more\n"},
  };
  for (const Case& c : cases) {
    std::ostringstream out;
    ListSome(out, c.items, c.most, quoted);
    EXPECT_EQ(out.str(), c.want) << c.items.size() << " items, " << c.most;
  }
}

}  // namespace
}  // namespace tally::cli
