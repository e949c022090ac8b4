#include "extract/doc_text.h"

#include <algorithm>

#include "base/utf8.h"
#include "extract/parts.h"

namespace tally::extract {

namespace {

// A line of one short cell, words only ("（万元）", "指标"): between two
// table rows it is a cell's text wrapped onto a line of its own, and the
// table goes on over it. A caption stating a unit (单位：万元) is not: it
// heads the next table.
bool StatesUnit(std::string_view text) {
  for (std::string_view caption : {"单位：", "单位:"}) {
    if (text.find(caption) != std::string_view::npos) return true;
  }
  return false;
}

// (A line that opens with a clause mark, "，未参加技能评价", is the rest of
// a cell's sentence cut before it: no sentence of its own opens so.)
bool WrappedCell(std::string_view text) {
  if (StatesUnit(text)) return false;
  size_t first = 0;
  const char32_t opening = DecodeUtf8(text, &first);
  const bool rest = opening == U'，' || opening == U'、' || opening == U'；';
  size_t chars = 0;
  for (size_t pos = 0; pos < text.size(); ++chars) {
    char32_t c = DecodeUtf8(text, &pos);
    if (!rest &&
        (c == U'。' || c == U'，' || c == U'；' || c == ',' || c == ';')) {
      return false;
    }
  }
  return chars > 0 && chars <= (rest ? 20 : 10);
}

// A period as a caption prints it: 2019年度, 2019年, 2019年12月31日.
bool IsPeriod(std::string_view cell) {
  size_t digits = 0;
  while (digits < cell.size() && cell[digits] >= '0' && cell[digits] <= '9') {
    ++digits;
  }
  if (digits != 4) return false;
  const std::string_view rest = cell.substr(4);
  return rest == "年" || rest == "年度" ||
         (rest.starts_with("年") && rest.ends_with("日") && rest.size() <= 20);
}

// Whether a cell is a table's label: 表 or 附表 and its number, if any
// (附表, 表1, 附表2-1, 表三).
bool TableLabel(std::string_view cell) {
  for (std::string_view head : {"附表", "表"}) {
    if (!cell.starts_with(head)) continue;
    std::string_view rest = cell.substr(head.size());
    size_t chars = 0;
    for (size_t pos = 0; pos < rest.size(); ++chars) {
      const char32_t c = DecodeUtf8(rest, &pos);
      if (!((c >= '0' && c <= '9') || c == '-' || c == '.' ||
            std::u32string_view(U"一二三四五六七八九十").find(c) !=
                std::u32string_view::npos)) {
        return false;
      }
    }
    return chars <= 4;
  }
  return false;
}

// A row whose filled cells state the unit and who made the table ("单位:元
// | | | |", "编制单位：某某卫生院 | 单位：万元", a web table's caption row)
// before any row of a table is the caption of the table under it, not its
// header: a line of its own. Its cells are a unit, "name：value" pairs and
// the period (2019年度, 2019年12月31日); a header's cells are names only.
// So is one that opens with the table's label ("附表\t信息表", "表1\t2023年
// 收支总表"), whatever follows. (Inside a table, under its header, such a
// row stays the table's.)
bool CaptionRow(std::string_view text) {
  bool unit = false;
  bool first = true;
  for (size_t c = 0; c <= text.size();) {
    size_t tab = text.find('\t', c);
    if (tab == std::string_view::npos) tab = text.size();
    const std::string_view cell = TrimSpace(text.substr(c, tab - c));
    c = tab + 1;
    if (cell.empty()) continue;
    if (first && TableLabel(cell)) return true;
    first = false;
    if (StatesUnit(cell)) {
      unit = true;
    } else if (cell.find("：") == std::string_view::npos &&
               cell.find(':') == std::string_view::npos && !IsPeriod(cell)) {
      return false;
    }
  }
  return unit;
}

}  // namespace

DocText BuildDocText(const std::vector<Page>& pages) {
  DocText doc;
  doc.pages = &pages;
  for (const Page& page : pages) {
    BoxIndex& index = doc.boxes.emplace_back();
    index.order.resize(page.boxes.size());
    for (size_t i = 0; i < page.boxes.size(); ++i) {
      index.order[i] = uint32_t(i);
      const TextBox& b = page.boxes[i];
      if (b.end > b.begin)
        index.longest = std::max(index.longest, b.end - b.begin);
    }
    std::stable_sort(index.order.begin(), index.order.end(),
                     [&](uint32_t a, uint32_t b) {
                       return page.boxes[a].begin < page.boxes[b].begin;
                     });
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    std::string_view text = pages[p].text;
    size_t start = 0;
    while (start < text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string_view::npos) nl = text.size();
      Line line;
      line.page = int(p);
      line.begin = uint32_t(start);
      line.end = uint32_t(nl);
      line.text = text.substr(start, nl - start);
      bool wrapped = false;
      if (line.text.find('\t') == std::string_view::npos &&
          !doc.lines.empty() && doc.lines.back().table >= 0 &&
          doc.lines.back().page == int(p) && WrappedCell(line.text)) {
        size_t next = nl + 1;
        size_t next_end = text.find('\n', next);
        if (next_end == std::string_view::npos) next_end = text.size();
        wrapped = next < text.size() &&
                  text.substr(next, next_end - next).find('\t') !=
                      std::string_view::npos;
      }
      if (wrapped) {
        line.cells.push_back({line.begin, line.end, line.text});
        line.table = doc.lines.back().table;
        line.row = int(doc.tables.back().lines.size());
        doc.tables.back().lines.push_back(int(doc.lines.size()));
      } else if (line.text.find('\t') != std::string_view::npos &&
                 !(CaptionRow(line.text) &&
                   (doc.lines.empty() || doc.lines.back().table < 0))) {
        size_t c = start;
        while (true) {
          size_t tab = text.find('\t', c);
          if (tab == std::string_view::npos || tab > nl) tab = nl;
          line.cells.push_back(
              {uint32_t(c), uint32_t(tab), text.substr(c, tab - c)});
          if (tab == nl) break;
          c = tab + 1;
        }
        // A table continues while rows follow each other, across pages.
        bool continues = !doc.lines.empty() && doc.lines.back().table >= 0;
        if (!continues) doc.tables.emplace_back();
        line.table = int(doc.tables.size()) - 1;
        line.row = int(doc.tables.back().lines.size());
        doc.tables.back().lines.push_back(int(doc.lines.size()));
      }
      if (!line.text.empty()) doc.lines.push_back(std::move(line));
      start = nl + 1;
    }
  }
  FoldCellColumns(&doc);
  FoldPairLines(&doc);
  return doc;
}

Box BoxOf(const DocText& doc, int page, uint32_t begin, uint32_t end,
          double* confidence) {
  Box box;
  double sum = 0;
  int n = 0;
  if (doc.pages && page >= 0 && size_t(page) < doc.boxes.size()) {
    const std::vector<TextBox>& boxes = (*doc.pages)[size_t(page)].boxes;
    const BoxIndex& index = doc.boxes[size_t(page)];
    // From the first box that starts at or after `end`, back while a box
    // could still reach `begin`.
    auto it = std::lower_bound(
        index.order.begin(), index.order.end(), end,
        [&](uint32_t i, uint32_t v) { return boxes[i].begin < v; });
    while (it != index.order.begin()) {
      const TextBox& b = boxes[*--it];
      if (uint64_t(b.begin) + index.longest <= begin) break;
      if (b.end <= begin || b.begin >= end || b.begin == b.end) continue;
      box = box.Union(b.box);
      if (b.confidence >= 0) {
        sum += b.confidence;
        ++n;
      }
    }
  }
  if (confidence) *confidence = n > 0 ? sum / n : -1;
  return box;
}

}  // namespace tally::extract
