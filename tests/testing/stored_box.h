// testing/stored_box.h: a page's stored box (store::BoxRecord) for tests,
// with the fields a test sets named and the rest at their defaults, so a
// field added to BoxRecord needs no edit of every test that makes one.
//
//   page.boxes = {StoredBox({100, 100, 124, 112}, "拨付", 0, 6)};
//   page.boxes[0].confidence = 91;  // an OCR'd box
#ifndef TALLY_TESTING_STORED_BOX_H_
#define TALLY_TESTING_STORED_BOX_H_

#include <cstdint>
#include <string>
#include <utility>

#include "store/store.h"

namespace tally::testing {

// text, read at box (points), covering the page text's bytes [begin, end);
// a text layer's box (confidence -1) in a font of font_size points.
inline store::BoxRecord StoredBox(Box box, std::string text, uint32_t begin,
                                  uint32_t end, double font_size = 12) {
  store::BoxRecord b;
  b.box = box;
  b.text = std::move(text);
  b.font_size = font_size;
  b.text_begin = begin;
  b.text_end = end;
  return b;
}

}  // namespace tally::testing

#endif  // TALLY_TESTING_STORED_BOX_H_
