// report/geometry.h: where on a page the report draws: a fact's box, tight
// around its characters, and the region of the page a finding's figure
// shows.
//
// The store keeps, for every text box the engine reported (a run of one
// script: "拨付", "437.32", "元。同时结合医保基金…"), the byte range of the
// page text it became; a fact knows its byte range. A fact's stored box is the
// union of the whole boxes it touches, so "437.32元" would be boxed with
// the rest of the sentence its 元 shares a run with. Within one run the
// characters are of one script and alike in width, so the fact's share of a
// run is cut from the run's box in proportion to characters.
//
// Thread safety: pure functions.
#ifndef TALLY_REPORT_GEOMETRY_H_
#define TALLY_REPORT_GEOMETRY_H_

#include <cstdint>
#include <vector>

#include "base/geometry.h"
#include "store/store.h"

namespace tally::report {

// The page page_no of rec, or null if it was not read.
const store::PageRecord* PageOf(const store::DocumentRecord& rec, int page_no);

// Fact f's box: TextBox of its range on its page, or where that has no
// geometry, the box the store kept.
Box FactBox(const store::DocumentRecord& rec, const Fact& f);

// The box of bytes [begin, end) of page.text: the union, over the page's
// boxes that became part of that range, of each one's share, cut across in
// proportion to the characters of its stretch of text. Empty when no box
// with geometry covers the range (plain text).
Box TextBox(const store::PageRecord& page, uint32_t begin, uint32_t end);

// The region of the page a figure of these boxes shows: across the page's
// text (the union of its lines' boxes, a margin added) and from a line and
// a half above the highest box to a line and a half below the lowest,
// clamped to the page. Empty if boxes has no geometry or the page has no
// size.
Box FigureRegion(const store::PageRecord& page, const std::vector<Box>& boxes);

}  // namespace tally::report

#endif  // TALLY_REPORT_GEOMETRY_H_
