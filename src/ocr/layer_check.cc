#include "ocr/layer_check.h"

#include <algorithm>
#include <cstdio>

#include "base/edit_distance.h"
#include "base/utf8.h"

namespace tally::ocr {

std::u32string Significant(std::string_view utf8) {
  std::u32string out;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = DecodeUtf8(utf8, &i);
    // Full-width ASCII (U+FF01..U+FF5E) is ASCII shifted by 0xFEE0.
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    const bool ascii_word = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
                            (c >= 'a' && c <= 'z') || c == '.' || c == '%';
    if (ascii_word || IsHan(c)) out.push_back(c);
  }
  return out;
}

std::vector<LayerLine> SampleLayerLines(const std::vector<Word>& words,
                                        int count, int min_line_chars) {
  std::vector<const Word*> order;
  for (const Word& w : words) {
    if (!w.box.empty() && !w.text.empty()) order.push_back(&w);
  }
  std::sort(order.begin(), order.end(), [](const Word* a, const Word* b) {
    return a->box.cy() < b->box.cy();
  });
  struct Building {
    Box box;
    std::vector<const Word*> words;
  };
  std::vector<Building> lines;
  for (const Word* w : order) {
    if (!lines.empty() && w->box.cy() >= lines.back().box.y0 &&
        w->box.cy() <= lines.back().box.y1) {
      lines.back().box = lines.back().box.Union(w->box);
      lines.back().words.push_back(w);
    } else {
      lines.push_back({w->box, {w}});
    }
  }
  std::vector<LayerLine> candidates;
  for (Building& b : lines) {
    std::sort(b.words.begin(), b.words.end(), [](const Word* x, const Word* y) {
      return x->box.x0 < y->box.x0;
    });
    LayerLine line{"", b.box};
    for (const Word* w : b.words) line.text += w->text;
    if (int(Significant(line.text).size()) >= min_line_chars) {
      candidates.push_back(std::move(line));
    }
  }
  if (count <= 0) return {};
  if (int(candidates.size()) <= count) return candidates;
  // The middle of each of `count` equal bands of the candidates.
  std::vector<LayerLine> out;
  const size_t n = candidates.size(), k = size_t(count);
  for (size_t i = 0; i < k; ++i) {
    out.push_back(std::move(candidates[(2 * i + 1) * n / (2 * k)]));
  }
  return out;
}

std::string LayerCheck::Describe() const {
  char buf[96];
  std::snprintf(buf, sizeof buf, "CER %.1f%% over %d sampled line%s",
                100 * cer(), lines, lines == 1 ? "" : "s");
  return buf;
}

StatusOr<LayerCheck> CheckTextLayer(OcrEngine* engine, const Raster& image,
                                    const std::vector<Word>& layer,
                                    const Options& options) {
  std::vector<LayerLine> lines =
      SampleLayerLines(layer, options.layer_sample_lines);
  LayerCheck check;
  if (lines.empty()) return check;
  std::vector<Box> boxes;
  for (const LayerLine& l : lines) boxes.push_back(l.box);
  StatusOr<std::vector<std::string>> read = engine->ReadLines(image, boxes);
  if (!read.ok()) return read.status();
  if (read->size() != lines.size()) {
    return Internal("the OCR engine read " + std::to_string(read->size()) +
                    " of " + std::to_string(lines.size()) + " lines");
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    std::u32string said = Significant(lines[i].text);
    std::u32string seen = Significant((*read)[i]);
    ++check.lines;
    check.chars += int(said.size());
    check.edits += int(EditDistance(said, seen));
  }
  return check;
}

}  // namespace tally::ocr
