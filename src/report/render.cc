#include "report/render.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "base/file.h"
#include "base/sha256.h"
#include "ocr/cleanup.h"
#include "pipeline/codec.h"

namespace tally::pipeline::codec {

template <typename A>
void Fields(A& a, report::PageRequest& r) {
  a(1, r.path);
  a(2, r.sha256);
  a(3, r.file_kind);
  a(4, r.page_no);
  a(5, r.ocr);
  a(6, r.crops);
}

template <typename A>
void Fields(A& a, report::PageImages& r) {
  a(1, r.png);
  a(2, r.width);
  a(3, r.height);
  a(4, r.pixels_per_point);
  a(5, r.crops);
}

}  // namespace tally::pipeline::codec

namespace tally::report {

namespace {
// Decoding a message may take at most this much memory.
constexpr int64_t kBudget = int64_t(1) << 31;
}  // namespace

std::string Encode(const PageRequest& r) { return pipeline::codec::Encode(r); }
bool Decode(std::string_view data, PageRequest* r) {
  return pipeline::codec::Decode(data, r, kBudget);
}
std::string Encode(const PageImages& r) { return pipeline::codec::Encode(r); }
bool Decode(std::string_view data, PageImages* r) {
  return pipeline::codec::Decode(data, r, kBudget);
}

Raster Crop(const Raster& gray, const Box& region, double pixels_per_point) {
  auto px = [&](double pt, int limit) {
    return std::clamp(int(std::lround(pt * pixels_per_point)), 0, limit);
  };
  int x0 = px(region.x0, gray.width), x1 = px(region.x1, gray.width);
  int y0 = px(region.y0, gray.height), y1 = px(region.y1, gray.height);
  Raster out;
  out.format = Raster::Format::kGray;
  out.channels = 1;
  out.dpi = gray.dpi;
  if (x1 <= x0 || y1 <= y0) return out;
  out.width = x1 - x0;
  out.height = y1 - y0;
  out.stride = out.width;
  out.pixels.resize(size_t(out.width) * size_t(out.height));
  for (int y = 0; y < out.height; ++y) {
    std::memcpy(&out.pixels[size_t(y) * size_t(out.width)],
                &gray.pixels[size_t(y0 + y) * size_t(gray.stride) + size_t(x0)],
                size_t(out.width));
  }
  return out;
}

// The file the renderer has open: a PDF, or an image file's pages.
struct PageRenderer::Open {
  std::string path, sha256;
  std::unique_ptr<pdf::PdfDocument> pdf;
  std::vector<Raster> images;
};

PageRenderer::PageRenderer(const RenderOptions& options) : options_(options) {
  // The rules stay on the page shown; finding them moves nothing.
  options_.ocr.detect_rules = false;
}

PageRenderer::~PageRenderer() = default;

StatusOr<PageImages> PageRenderer::Render(const PageRequest& request) {
  if (!open_ || open_->path != request.path ||
      open_->sha256 != request.sha256) {
    open_.reset();
    StatusOr<std::string> bytes = ReadFile(request.path);
    if (!bytes.ok()) return bytes.status();
    if (Sha256Hex(*bytes) != request.sha256) {
      return Corrupt(request.path +
                     ": the file has changed since it was ingested");
    }
    auto open = std::make_unique<Open>();
    open->path = request.path;
    open->sha256 = request.sha256;
    if (request.file_kind == "pdf") {
      auto doc = pdf::Open(std::move(bytes).value(), options_.pdf);
      if (!doc.ok()) return doc.status();
      open->pdf = std::move(doc).value();
    } else if (request.file_kind == "image") {
      auto images = ocr::DecodeImage(*bytes, options_.max_image_pixels);
      if (!images.ok()) return images.status();
      open->images = std::move(images).value();
    } else {
      return InvalidArgument(request.path + ": a " + request.file_kind +
                             " file has no page images");
    }
    open_ = std::move(open);
  }
  StatusOr<Raster> page = InvalidArgument(
      "no page " + std::to_string(request.page_no) + " in " + request.path);
  if (open_->pdf) {
    // In colour for a scan, so the clean-up can tell the seal from ink.
    page = open_->pdf->RenderPage(
        request.page_no, request.ocr ? options_.ocr.target_dpi : options_.dpi,
        /*color=*/request.ocr);
  } else if (request.page_no >= 1 &&
             size_t(request.page_no) <= open_->images.size()) {
    page = open_->images[size_t(request.page_no - 1)];
  }
  if (!page.ok()) return page.status();
  Raster gray;
  if (request.ocr) {
    StatusOr<ocr::CleanPage> clean = ocr::Clean(*page, options_.ocr);
    if (!clean.ok()) return clean.status();
    gray = std::move(clean->image);
  } else {
    gray = std::move(page).value();
  }
  PageImages out;
  out.width = gray.width;
  out.height = gray.height;
  out.pixels_per_point = gray.dpi / 72;
  StatusOr<std::string> png = ocr::EncodePng(gray);
  if (!png.ok()) return png.status();
  out.png = std::move(png).value();
  for (const Box& region : request.crops) {
    Raster crop = Crop(gray, region, out.pixels_per_point);
    if (crop.width == 0) {
      out.crops.emplace_back();
      continue;
    }
    StatusOr<std::string> c = ocr::EncodePng(crop);
    if (!c.ok()) return c.status();
    out.crops.push_back(std::move(c).value());
  }
  return out;
}

}  // namespace tally::report
