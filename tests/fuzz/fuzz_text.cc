// Fuzz target: untrusted bytes as a plain-text report: sniffing, then the
// normaliser as plain text and as lines with layout fills and table rows,
// checking the offset map's contract on every input.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "base/file.h"
#include "normalize/normalize.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckMap(const tally::normalize::Normalized& n, size_t input_size) {
  Check(n.offsets.size() == n.text.size() + 1);
  Check(n.offsets.back() == input_size);
  for (size_t i = 1; i < n.offsets.size(); ++i) {
    Check(n.offsets[i - 1] <= n.offsets[i]);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tally;
  static const auto* normalizer =
      normalize::Normalizer::Create(normalize::Options()).value().release();
  std::string text(reinterpret_cast<const char*>(data), size);
  SniffKind(text);
  CheckMap(normalizer->NormalizeText(text), text.size());
  std::vector<normalize::InputLine> lines;
  size_t start = 0, total = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    normalize::InputLine line;
    line.text = text.substr(start, nl - start);
    line.fill = (line.text.size() % 5) / 4.0;
    line.table_row = line.text.size() % 7 == 0;
    total += line.text.size() + 1;
    lines.push_back(std::move(line));
    start = nl + 1;
  }
  CheckMap(normalizer->Normalize(lines), total - 1);
  return 0;
}
