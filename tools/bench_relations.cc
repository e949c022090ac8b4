// bench_relations [--sentences N]: the extract and check stages on one
// long document, timed (a benchmark, not a test: speed targets are
// reported, never asserted in the suite).
//
// The document is N sentences of the genre, cycling through budget
// statements, 其中 lists, shares, scores and grades, a table every 200
// sentences, then the hostile shapes that once made these stages
// quadratic: a 其中 list of 10^5 parts, one of 5·10^4 parts each with its
// own rate, a sentence of 2,000 list words, a
// run of 60,000 digits, a table of 20,000 columns under a 合计 row, a list
// of 10^5 parts that fails, printed twice. Prints the
// CPU time of normalisation, extraction and checks for each (one core's cost,
// whatever else the machine runs), and facts, relations and findings counted.
//
//   build/tools/bench_relations --sentences 50000 [--no-hostile]
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "check/check.h"
#include "extract/extract.h"
#include "normalize/normalize.h"
#include "tools/flags.h"

using namespace tally;

namespace {

std::string Genre(int n) {
  static const char* kSentences[] = {
      "项目%d年初预算安排100万元，年中追加预算20万元，全年实际支出114万元，"
      "预算执行率95%%。",
      "共下达资金%d万元，其中中央财政资金60万元、省级财政资金40万元，"
      "实际支出95万元。",
      "全年接待来访%d人次，其中：老年人200人次、残疾人50人次。",
      "基金支出7183.01万元，占基金收入的105.49%%，参保人数%d人。",
      "指标分值10分，得分%d分，综合自评得分92分，自评为优。",
      "下设办公室、待遇保障科、医药和基金监管科3个科室，编制%d名。",
      "结余15.42万元，结转下年使用%d万元。",
  };
  std::string out;
  char buf[512];
  for (int i = 0; i < n; ++i) {
    std::snprintf(buf, sizeof buf, kSentences[i % 7], i % 997 + 1);
    out += buf;
    if (i % 5 == 4) out += "\n";
    if (i % 200 == 199) {
      out +=
          "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t"
          "得分"
          "\n年度资金总额\t194.19\t194.19\t194.19\t10\t100%\t10\n"
          "其中：当年财政拨款\t194.19\t194.19\t194.19\t—\t—\t—\n";
    }
  }
  return out;
}

struct Timing {
  double normalize = 0, extract = 0, check = 0;
  size_t facts = 0, relations = 0, findings = 0;
};

// CPU time of this process: what the stages cost on one core, whatever
// else the machine runs (wall time on a shared machine is noise).
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
  }
};

Timing Run(const normalize::Normalizer& n, const extract::Extractor& ex,
           const std::string& raw) {
  auto secs = [](double a, double b) { return b - a; };
  Timing t;
  auto t0 = Clock::now();
  std::string text = n.NormalizeText(raw).text;
  auto t1 = Clock::now();
  std::vector<extract::Page> pages(1);
  pages[0].page_no = 1;
  pages[0].text = text;
  pages[0].source = "text";
  extract::Extracted out = ex.Extract(pages);
  for (size_t i = 0; i < out.facts.size(); ++i) {
    out.facts[i].fact_id = int64_t(i) + 1;
  }
  auto t2 = Clock::now();
  check::Document doc{out.facts, out.relations};
  std::vector<Finding> f = check::CheckDocument(doc, check::Options());
  auto t3 = Clock::now();
  t.normalize = secs(t0, t1);
  t.extract = secs(t1, t2);
  t.check = secs(t2, t3);
  t.facts = out.facts.size();
  t.relations = out.relations.size();
  t.findings = f.size();
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  int sentences = 50000;
  bool hostile = true;
  for (int i = 1; i < argc; ++i) {
    std::string v;
    if (tools::TakeFlag(argc, argv, &i, "--sentences", &v)) {
      sentences = std::atoi(v.c_str());
    } else if (std::string_view(argv[i]) == "--no-hostile") {
      hostile = false;
    } else {
      std::fprintf(stderr,
                   "usage: bench_relations [--sentences N] [--no-hostile]\n");
      return 2;
    }
  }
  auto n = normalize::Normalizer::Create(normalize::Options());
  auto ex = extract::Extractor::Create(extract::Options());
  if (!n.ok() || !ex.ok()) {
    std::fprintf(stderr, "bench_relations: cannot set up the stages\n");
    return 2;
  }
  std::string list = "资金100000万元，其中";
  for (int i = 0; i < 100000; ++i) list += "项目1万元、";
  list += "。";
  std::string openers;
  for (int i = 0; i < 2000; ++i) openers += "资金1万元，其中中央1万元，";
  // Each part with its own rate, set apart by ；: every rate is weighed as
  // the part's (looked ahead once, not from the sentence's start).
  std::string rated = "支出决算100000万元，其中：";
  for (int i = 0; i < 50000; ++i)
    rated += "项目支出决算为1万元，完成预算的50%；";
  rated += "。";
  std::string twice = "资金99999万元，其中";
  for (int i = 0; i < 100000; ++i) twice += "项目1万元、";
  twice += "。\n";
  // A table 20,000 columns wide closed by a 合计 row (every cell of a row
  // looked up once).
  std::string wide = "表（单位：万元）\n项目";
  for (int c = 0; c < 20000; ++c) wide += "\t金额";
  for (const char* row : {"\n甲", "\n乙", "\n丙"}) {
    wide += row;
    for (int c = 0; c < 20000; ++c) wide += "\t1.5";
  }
  wide += "\n合计";
  for (int c = 0; c < 20000; ++c) wide += "\t4.5";
  wide += "\n";
  std::vector<std::pair<std::string, std::string>> inputs = {
      {std::to_string(sentences) + " sentences", Genre(sentences)},
      {"其中 list of 100000 parts", list},
      {"2000 lists in one sentence", openers + "。"},
      {"其中 list of 50000 rated parts", rated},
      {"60000 digits", std::string(60000, '7')},
      {"合计 row of 20000 columns", wide},
      // Printed twice and short of its total: two findings alike, folded.
      {"failing 10^5 list, twice", twice + twice},
  };
  std::printf("%-30s %9s %9s %9s %9s %8s %9s %9s\n", "input", "bytes",
              "normalise", "extract", "check", "facts", "relations",
              "findings");
  if (!hostile) inputs.resize(1);
  for (const auto& [name, raw] : inputs) {
    Timing t = Run(**n, **ex, raw);
    std::printf("%-30s %9zu %8.3fs %8.3fs %8.3fs %8zu %9zu %9zu\n",
                name.c_str(), raw.size(), t.normalize, t.extract, t.check,
                t.facts, t.relations, t.findings);
  }
  return 0;
}
