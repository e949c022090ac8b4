// DecodeImage: image files to Rasters through Leptonica (see ocr.h).
#include <tiffio.h>

#include <algorithm>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstring>
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

// libtiff reads the file from memory through these (its client interface),
// so that its directories can be walked once, recording where each is.
struct MemoryFile {
  const char* data;
  toff_t size;
  toff_t pos = 0;
};

tmsize_t TiffRead(thandle_t h, void* buf, tmsize_t n) {
  auto* m = static_cast<MemoryFile*>(h);
  if (n < 0 || m->pos >= m->size) return 0;
  toff_t take = std::min<toff_t>(toff_t(n), m->size - m->pos);
  std::memcpy(buf, m->data + m->pos, size_t(take));
  m->pos += take;
  return tmsize_t(take);
}
tmsize_t TiffWrite(thandle_t, void*, tmsize_t) { return 0; }
toff_t TiffSeek(thandle_t h, toff_t off, int whence) {
  auto* m = static_cast<MemoryFile*>(h);
  toff_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? m->pos : m->size;
  m->pos = base + off;
  return m->pos;
}
int TiffClose(thandle_t) { return 0; }
toff_t TiffSize(thandle_t h) { return static_cast<MemoryFile*>(h)->size; }
int TiffMap(thandle_t h, void** base, toff_t* size) {
  auto* m = static_cast<MemoryFile*>(h);
  *base = const_cast<char*>(m->data);
  *size = m->size;
  return 1;
}
void TiffUnmap(thandle_t, void*, toff_t) {}

// libtiff reports through process-wide handlers: warnings are dropped (they
// would reach the terminal), errors only noted, for the walk below.
thread_local bool tiff_error = false;
void TiffErrorHandler(const char*, const char*, va_list) { tiff_error = true; }

struct PageInfo {
  uint64_t offset = 0;  // a TIFF page's directory offset
  int width = 0, height = 0;
};

}  // namespace

struct ImageFile::Impl {
  std::string bytes;
  int format = IFF_UNKNOWN;
  bool tiff = false;
  std::vector<PageInfo> pages;
  bool more = false;

  const l_uint8* data() const {
    return reinterpret_cast<const l_uint8*>(bytes.data());
  }

  // Walks a TIFF's directories once, up to max_pages of them.
  Status WalkTiff(int max_pages) {
    TIFFSetWarningHandler(nullptr);
    TIFFSetErrorHandler(TiffErrorHandler);
    tiff_error = false;
    MemoryFile file{bytes.data(), toff_t(bytes.size())};
    TIFF* tif =
        TIFFClientOpen("image", "rm", &file, TiffRead, TiffWrite, TiffSeek,
                       TiffClose, TiffSize, TiffMap, TiffUnmap);
    if (tif == nullptr) return Corrupt("unreadable TIFF");
    do {
      if (int(pages.size()) == max_pages) {
        more = true;
        break;
      }
      uint32_t w = 0, h = 0;
      TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &w);
      TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &h);
      pages.push_back({uint64_t(TIFFCurrentDirOffset(tif)),
                       int(std::min<uint32_t>(w, INT32_MAX)),
                       int(std::min<uint32_t>(h, INT32_MAX))});
    } while (TIFFReadDirectory(tif));
    // A damaged directory ends the walk early: the pages after it are not
    // silently missing, they are unread.
    if (tiff_error && !more) more = true;
    TIFFClose(tif);
    if (pages.empty()) return Corrupt("unreadable TIFF");
    return Status::OK();
  }
};

ImageFile::ImageFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ImageFile::~ImageFile() = default;

StatusOr<std::unique_ptr<ImageFile>> ImageFile::Open(std::string bytes,
                                                     int max_pages) {
  internal::SilenceLeptonica();
  if (bytes.empty()) return Corrupt("empty image file");
  auto impl = std::make_unique<Impl>();
  impl->bytes = std::move(bytes);
  l_int32 format = IFF_UNKNOWN;
  if (findFileFormatBuffer(impl->data(), &format) != 0 ||
      format == IFF_UNKNOWN) {
    return Unsupported("not an image format Leptonica reads");
  }
  impl->format = format;
  impl->tiff = IsTiff(format);
  if (impl->tiff) {
    TALLY_RETURN_IF_ERROR(impl->WalkTiff(std::max(max_pages, 1)));
  } else {
    l_int32 fmt = 0, w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
    if (pixReadHeaderMem(impl->data(), impl->bytes.size(), &fmt, &w, &h, &bps,
                         &spp, &iscmap) != 0) {
      return Corrupt("unreadable image header");
    }
    impl->pages.push_back({0, w, h});
  }
  return std::unique_ptr<ImageFile>(new ImageFile(std::move(impl)));
}

int ImageFile::page_count() const { return int(impl_->pages.size()); }
bool ImageFile::more_pages() const { return impl_->more; }

Status ImageFile::CheckPageSize(int page_no, size_t max_pixels) const {
  if (page_no < 1 || page_no > page_count()) {
    return InvalidArgument("no page " + std::to_string(page_no));
  }
  const PageInfo& info = impl_->pages[size_t(page_no - 1)];
  return CheckSize(info.width, info.height, max_pixels,
                   page_count() > 1 ? page_no : 0);
}

StatusOr<Raster> ImageFile::Page(int page_no, size_t max_pixels) {
  TALLY_RETURN_IF_ERROR(CheckPageSize(page_no, max_pixels));
  const PageInfo& info = impl_->pages[size_t(page_no - 1)];
  const l_uint8* data = impl_->data();
  const size_t size = impl_->bytes.size();
  PixPtr pix;
  if (impl_->tiff) {
    size_t offset = size_t(info.offset);
    pix.reset(pixReadMemFromMultipageTiff(data, size, &offset));
    if (pix == nullptr) {
      return Corrupt("TIFF page " + std::to_string(page_no) +
                     " cannot be decoded");
    }
  } else if (impl_->format == IFF_JFIF_JPEG) {
    // libjpeg fills what it cannot read with grey and only warns: a
    // truncated scan would read as a page with nothing on it.
    l_int32 warnings = 0;
    pix.reset(pixReadMemJpeg(data, size, 0, 1, &warnings, 0));
    if (pix == nullptr) return Corrupt("JPEG cannot be decoded");
    if (warnings > 0) {
      return Corrupt("damaged JPEG: the decoder reported " +
                     std::to_string(warnings) +
                     " problem(s) (truncated or corrupt data)");
    }
  } else {
    pix.reset(pixReadMem(data, size));
    if (pix == nullptr) return Corrupt("image cannot be decoded (truncated?)");
  }
  return Convert(pix.get());
}

StatusOr<std::vector<Raster>> DecodeImage(std::string_view bytes,
                                          size_t max_pixels) {
  StatusOr<std::unique_ptr<ImageFile>> file =
      ImageFile::Open(std::string(bytes), kMaxTiffPages);
  if (!file.ok()) return file.status();
  // Every page's header first, so an oversized page anywhere is refused
  // before any page is decoded.
  const int n = (*file)->page_count();
  for (int p = 1; p <= n; ++p) {
    TALLY_RETURN_IF_ERROR((*file)->CheckPageSize(p, max_pixels));
  }
  std::vector<Raster> pages;
  for (int p = 1; p <= n; ++p) {
    StatusOr<Raster> r = (*file)->Page(p, max_pixels);
    if (!r.ok()) return r.status();
    pages.push_back(std::move(r).value());
  }
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
