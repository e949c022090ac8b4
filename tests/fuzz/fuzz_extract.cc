// Fuzz target: untrusted text through normalisation, extraction and the
// checks, as the pipeline runs them. The input is used twice: as report
// text (mutated seeds), and as a recipe of random UTF-8 drawn from the
// characters reports are made of (digits, units, markers, tabs, newlines),
// which reaches deep into the patterns far more often than random bytes.
// Every fact must point inside its page, quote it exactly, and carry an
// exact decimal; every finding must cite facts that exist.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <set>
#include <string>

#include "base/decimal.h"
#include "check/check.h"
#include "extract/extract.h"
#include "normalize/normalize.h"

namespace {

using namespace tally;

void Check(bool ok) {
  if (!ok) std::abort();
}

std::string Recipe(const uint8_t* data, size_t size) {
  static const char* const kPieces[] = {"0",          "1",
                                        "2",          "5",
                                        "9",          ".",
                                        ",",          "%",
                                        "‰",          "元",
                                        "万",         "亿",
                                        "千",         "万元",
                                        "分",         "人次",
                                        "人",         "家",
                                        "项",         "个",
                                        "余",         "多",
                                        "以上",       "≥",
                                        "≤",          "＞",
                                        "不低于",     "年",
                                        "月",         "日",
                                        "〔2021〕",   "号",
                                        "其中",       "：",
                                        "，",         "。",
                                        "、",         "（",
                                        "）",         "(",
                                        ")",          "\t",
                                        "\n",         " ",
                                        "一、",       "（一）",
                                        "1.",         "（1）",
                                        "执行率",     "预算",
                                        "支出",       "结转",
                                        "得分",       "分值",
                                        "优秀",       "良好",
                                        "评价等级为", "自评",
                                        "总分",       "合计",
                                        "指标分值",   "项目资金(万元)",
                                        "全年预算数", "全年执行数",
                                        "一级指标",   "三级指标",
                                        "得优",       "满意度",
                                        "\xff",       "\xe4\xb8",
                                        "２",         "．"};
  std::string s;
  for (size_t i = 0; i < size; ++i) {
    s += kPieces[data[i] % (sizeof kPieces / sizeof kPieces[0])];
  }
  return s;
}

void RunText(const std::string& text) {
  static const auto* normalizer =
      normalize::Normalizer::Create(normalize::Options()).value().release();
  static const auto* extractor =
      extract::Extractor::Create(extract::Options()).value().release();
  // Two pages, split at a form feed or in the middle, lines as the layout
  // stage gives them (a '\t' makes a table row).
  size_t cut = text.find('\f');
  if (cut == std::string::npos) cut = text.size() / 2;
  std::string halves[2] = {text.substr(0, cut),
                           text.substr(std::min(cut + 1, text.size()))};
  std::vector<std::string> texts;
  for (const std::string& half : halves) {
    std::vector<normalize::InputLine> lines;
    size_t start = 0;
    while (start <= half.size()) {
      size_t nl = half.find('\n', start);
      if (nl == std::string::npos) nl = half.size();
      normalize::InputLine line;
      line.text = half.substr(start, nl - start);
      line.table_row = line.text.find('\t') != std::string::npos;
      lines.push_back(std::move(line));
      start = nl + 1;
    }
    texts.push_back(normalizer->Normalize(lines).text);
  }
  std::vector<extract::Page> pages;
  for (size_t i = 0; i < texts.size(); ++i) {
    extract::Page p;
    p.page_no = int(i) + 1;
    p.text = texts[i];
    p.source = "text";
    // One box per 7 bytes, so provenance lookups run.
    for (uint32_t b = 0; b < texts[i].size(); b += 7) {
      p.boxes.push_back({{double(b), 0, double(b) + 7, 10},
                         b,
                         std::min<uint32_t>(b + 7, texts[i].size()),
                         50});
    }
    pages.push_back(std::move(p));
  }
  extract::Extracted out = extractor->Extract(pages);
  std::set<int64_t> ids;
  for (size_t i = 0; i < out.facts.size(); ++i) {
    Fact& f = out.facts[i];
    Check(f.page_no == 1 || f.page_no == 2);
    const std::string& page = texts[f.page_no - 1];
    Check(f.text_begin <= f.text_end && f.text_end <= page.size());
    Check(f.section >= -1 && f.section < int(out.sections.size()));
    if (f.kind == "amount" || f.kind == "percent" || f.kind == "count" ||
        f.kind == "score") {
      Check(Decimal::Parse(f.value).has_value());
      Check(Decimal::Parse(f.base_value).has_value());
    }
    if (f.rule_id != "table.header_unit") {
      Check(page.compare(f.text_begin, f.text_end - f.text_begin, f.raw) == 0);
    }
    f.fact_id = int64_t(i) + 1;
    ids.insert(f.fact_id);
  }
  for (size_t i = 0; i < out.sections.size(); ++i) {
    Check(out.sections[i].parent < int(i));
  }
  // Every relation names facts of the document; every finding cites facts
  // and a relation that exist.
  for (const Relation& r : out.relations) {
    Check(!r.kind.empty() && !r.members.empty());
    for (const RelationMember& m : r.members) {
      Check(m.fact >= 0 && size_t(m.fact) < out.facts.size());
    }
  }
  check::Document doc{out.facts, out.relations};
  for (const Finding& f : check::CheckDocument(doc, check::Options())) {
    Check(!f.rule.empty() && !f.message.empty());
    Check(f.severity == "error" || f.severity == "warning" ||
          f.severity == "info");
    Check(f.relation >= -1 && f.relation < int(out.relations.size()));
    for (int64_t id : f.fact_ids) Check(ids.count(id) == 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  RunText(std::string(reinterpret_cast<const char*>(data), size));
  RunText(Recipe(data, std::min<size_t>(size, 400)));
  return 0;
}
