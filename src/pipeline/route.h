// pipeline/route.h: per-page routing between a PDF's text layer and OCR.
//
// A page with a usable text layer is read from it: exact, and a thousand
// times cheaper than OCR. A page without one is rasterised and OCR'd: an
// image-only page, an empty layer, a layer whose glyphs map to no Unicode
// (U+FFFD, private-use code points, control characters: fonts without a
// ToUnicode map), or a layer of implausible characters (a poor invisible
// OCR layer, or a broken encoding). The decision and its reason are stored
// per page (v_pages.source, v_pages.route_reason).
//
// Thread safety: pure function.
//
//   RouteDecision r = RoutePage(text_layer);
//   if (r.ocr) { ... render and OCR ... }
//   page.route_reason = r.reason;
#ifndef TALLY_PIPELINE_ROUTE_H_
#define TALLY_PIPELINE_ROUTE_H_

#include <string>

#include "base/geometry.h"

namespace tally::pipeline {

struct RouteDecision {
  bool ocr = false;
  std::string reason;  // in words, e.g. "text layer: 812 characters"
};

// Fewer non-space characters than this is no text layer (a stray page
// number or a scanner's stamp is not the page's text).
inline constexpr int kMinTextLayerChars = 8;
// More than this share of unmappable or implausible characters means the
// layer cannot be trusted.
inline constexpr double kMaxBadShare = 0.10;

RouteDecision RoutePage(const PageContent& text_layer);

}  // namespace tally::pipeline

#endif  // TALLY_PIPELINE_ROUTE_H_
