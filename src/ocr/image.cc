// DecodeImage: image files to Rasters through Leptonica (see ocr.h).
#include <algorithm>
#include <string>

#include "ocr/cleanup.h"
#include "ocr/ocr.h"
#include "ocr/pix.h"

namespace tally::ocr {
namespace {

using internal::PixPtr;

// More pages than any report has; bounds the header walk of a TIFF whose
// directory chain loops.
constexpr int kMaxTiffPages = 10000;

bool IsTiff(int format) {
  switch (format) {
    case IFF_TIFF:
    case IFF_TIFF_PACKBITS:
    case IFF_TIFF_RLE:
    case IFF_TIFF_G3:
    case IFF_TIFF_G4:
    case IFF_TIFF_LZW:
    case IFF_TIFF_ZIP:
    case IFF_TIFF_JPEG:
      return true;
    default:
      return false;
  }
}

// The resolution to believe. Scanners write 0 or 1 (JFIF "aspect ratio
// only") when they know none, and image tools write 72 or 96 (a screen's)
// into files that never were screens: a stated resolution is kept only if
// it is 50..2400 and makes the page at most 17.5 inches on its long side
// (A3 is 16.5); otherwise 300, the resolution scans are usually made at.
double PlausibleDpi(int xres, int width, int height) {
  if (xres < 50 || xres > 2400) return 300;
  if (double(std::max(width, height)) / xres > 17.5) return 300;
  return xres;
}

Status CheckSize(int w, int h, size_t max_pixels, int page) {
  if (w <= 0 || h <= 0) {
    return Corrupt(
        "image header gives no size" +
        (page > 0 ? " (page " + std::to_string(page) + ")" : std::string()));
  }
  if (size_t(w) * size_t(h) > max_pixels) {
    return InvalidArgument(
        "image " +
        std::string(page > 0 ? "page " + std::to_string(page) + " " : "") +
        "is " + std::to_string(w) + "x" + std::to_string(h) +
        " pixels, more than the limit of " + std::to_string(max_pixels));
  }
  return Status::OK();
}

StatusOr<Raster> Convert(PIX* pix) {
  l_int32 xres = 0, yres = 0;
  pixGetResolution(pix, &xres, &yres);
  Raster r = internal::PixToRaster(
      pix, PlausibleDpi(xres, pixGetWidth(pix), pixGetHeight(pix)));
  if (r.width == 0) return Internal("cannot convert the decoded image");
  return r;
}

}  // namespace

StatusOr<std::vector<Raster>> DecodeImage(std::string_view bytes,
                                          size_t max_pixels) {
  internal::SilenceLeptonica();
  if (bytes.empty()) return Corrupt("empty image file");
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  l_int32 format = IFF_UNKNOWN;
  if (findFileFormatBuffer(data, &format) != 0 || format == IFF_UNKNOWN) {
    return Unsupported("not an image format Leptonica reads");
  }
  std::vector<Raster> pages;
  if (IsTiff(format)) {
    // Every page's header first, so an oversized page anywhere is refused
    // before any page is decoded.
    int n = 0;
    for (; n < kMaxTiffPages; ++n) {
      l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, fmt = 0;
      if (readHeaderMemTiff(data, bytes.size(), n, &w, &h, &bps, &spp, &res,
                            &cmap, &fmt) != 0) {
        break;
      }
      TALLY_RETURN_IF_ERROR(CheckSize(w, h, max_pixels, n + 1));
    }
    if (n == 0) return Corrupt("unreadable TIFF");
    for (int i = 0; i < n; ++i) {
      PixPtr pix(pixReadMemTiff(data, bytes.size(), i));
      if (pix == nullptr) {
        return Corrupt("TIFF page " + std::to_string(i + 1) +
                       " cannot be decoded");
      }
      StatusOr<Raster> r = Convert(pix.get());
      if (!r.ok()) return r.status();
      pages.push_back(std::move(r).value());
    }
    return pages;
  }
  l_int32 fmt = 0, w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
  if (pixReadHeaderMem(data, bytes.size(), &fmt, &w, &h, &bps, &spp, &iscmap) !=
      0) {
    return Corrupt("unreadable image header");
  }
  TALLY_RETURN_IF_ERROR(CheckSize(w, h, max_pixels, 0));
  PixPtr pix(pixReadMem(data, bytes.size()));
  if (pix == nullptr) return Corrupt("image cannot be decoded (truncated?)");
  StatusOr<Raster> r = Convert(pix.get());
  if (!r.ok()) return r.status();
  pages.push_back(std::move(r).value());
  return pages;
}

StatusOr<std::string> EncodePng(const Raster& gray) {
  TALLY_RETURN_IF_ERROR(CheckRaster(gray));
  if (gray.format != Raster::Format::kGray || gray.channels != 1) {
    return InvalidArgument("EncodePng takes an 8-bit grey image");
  }
  internal::SilenceLeptonica();
  PixPtr pix = internal::GrayToPix(gray);
  if (pix == nullptr) return Internal("cannot allocate the image to encode");
  // zlib level 1: on a rendered page half the time of the default (6) for
  // an eighth more bytes; a report writes a PNG for every page.
  pixSetZlibCompression(pix.get(), 1);
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemPng(&data, &size, pix.get(), 0.0f) != 0 || data == nullptr) {
    return Internal("Leptonica cannot encode the PNG");
  }
  std::string png(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return png;
}

}  // namespace tally::ocr
