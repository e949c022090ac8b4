// DecodeImage (multi-page TIFF, resolution, oversize refusal, bad bytes)
// and finding the model (FindTessdata, CreateTesseract's missing-model
// error), without running recognition.
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/file.h"
#include "ocr/ocr.h"
#include "testing/hostile.h"

namespace tally::ocr {
namespace {

namespace fs = std::filesystem;

void Put16(std::string* s, uint16_t v) {
  s->push_back(char(v & 0xff));
  s->push_back(char(v >> 8));
}
void Put32(std::string* s, uint32_t v) {
  for (int k = 0; k < 4; ++k) s->push_back(char((v >> (8 * k)) & 0xff));
}

struct TiffPage {
  uint32_t width, height;
  uint32_t dpi;
  unsigned char fill;
  bool with_pixels = true;  // false: a header that promises pixels only
};

// A little-endian, uncompressed 8-bit grey TIFF with one IFD per page.
std::string MakeTiff(const std::vector<TiffPage>& pages) {
  std::string t = "II";
  Put16(&t, 42);
  Put32(&t, 8);  // first IFD right after the header... patched below
  t.resize(8);
  size_t patch = 4;  // where the offset of the next IFD goes
  for (const TiffPage& p : pages) {
    const uint32_t data_offset = uint32_t(t.size());
    const uint32_t bytes = p.width * p.height;
    if (p.with_pixels) t.append(bytes, char(p.fill));
    if (t.size() % 2) t.push_back('\0');
    const uint32_t res_offset = uint32_t(t.size());
    Put32(&t, p.dpi);  // XResolution = dpi / 1
    Put32(&t, 1);
    Put32(&t, p.dpi);  // YResolution
    Put32(&t, 1);
    const uint32_t ifd = uint32_t(t.size());
    for (int k = 0; k < 4; ++k) t[patch + k] = char((ifd >> (8 * k)) & 0xff);
    struct Entry {
      uint16_t tag, type;
      uint32_t count, value;
    };
    const Entry entries[] = {
        {256, 4, 1, p.width},
        {257, 4, 1, p.height},
        {258, 3, 1, 8},
        {259, 3, 1, 1},
        {262, 3, 1, 1},
        {273, 4, 1, data_offset},
        {277, 3, 1, 1},
        {278, 4, 1, p.height},
        {279, 4, 1, bytes},
        {282, 5, 1, res_offset},
        {283, 5, 1, res_offset + 8},
        {296, 3, 1, 2},
    };
    Put16(&t, uint16_t(std::size(entries)));
    for (const Entry& e : entries) {
      Put16(&t, e.tag);
      Put16(&t, e.type);
      Put32(&t, e.count);
      if (e.type == 3) {
        Put16(&t, uint16_t(e.value));
        Put16(&t, 0);
      } else {
        Put32(&t, e.value);
      }
    }
    patch = t.size();
    Put32(&t, 0);  // no next IFD (yet)
  }
  return t;
}

uint32_t Crc32(const std::string& s) {
  uint32_t c = 0xffffffffu;
  for (unsigned char b : s) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
  }
  return ~c;
}

void PutChunk(std::string* png, const std::string& type,
              const std::string& data) {
  uint32_t n = uint32_t(data.size());
  for (int k = 3; k >= 0; --k) png->push_back(char((n >> (8 * k)) & 0xff));
  std::string body = type + data;
  png->append(body);
  uint32_t crc = Crc32(body);
  for (int k = 3; k >= 0; --k) png->push_back(char((crc >> (8 * k)) & 0xff));
}

// A PNG that is all header: IHDR says width x height, no image data.
std::string PngHeaderOnly(uint32_t width, uint32_t height) {
  std::string png = "\x89PNG\r\n\x1a\n";
  std::string ihdr;
  for (uint32_t v : {width, height}) {
    for (int k = 3; k >= 0; --k) ihdr.push_back(char((v >> (8 * k)) & 0xff));
  }
  ihdr += std::string("\x08\x00\x00\x00\x00", 5);  // 8-bit grey
  PutChunk(&png, "IHDR", ihdr);
  PutChunk(&png, "IEND", "");
  return png;
}

TEST(DecodeImageTest, MultiPageTiffGivesOneRasterPerPage) {
  std::string tiff = MakeTiff({{40, 30, 200, 10},
                               {50, 20, 200, 200},
                               {60, 10, 0, 128},
                               {2480, 100, 72, 255}});
  StatusOr<std::vector<Raster>> pages = DecodeImage(tiff, kDefaultMaxPixels);
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_EQ(pages->size(), 4u);
  EXPECT_EQ((*pages)[0].width, 40);
  EXPECT_EQ((*pages)[0].height, 30);
  EXPECT_EQ((*pages)[0].format, Raster::Format::kGray);
  EXPECT_EQ((*pages)[0].pixels[0], 10);
  EXPECT_EQ((*pages)[0].dpi, 200);
  EXPECT_EQ((*pages)[1].width, 50);
  EXPECT_EQ((*pages)[1].pixels[0], 200);
  // No stated resolution: 300 dpi assumed.
  EXPECT_EQ((*pages)[2].dpi, 300);
  // 72 "dpi" would make a 34-inch page: a screen default, not a scan's.
  EXPECT_EQ((*pages)[3].dpi, 300);
}

TEST(DecodeImageTest, OversizeRefusedFromHeader) {
  // 20000 x 20000 = 400 M pixels, without the pixels: must be refused from
  // the header, never allocated.
  StatusOr<std::vector<Raster>> png =
      DecodeImage(PngHeaderOnly(20000, 20000), kDefaultMaxPixels);
  ASSERT_FALSE(png.ok());
  EXPECT_EQ(png.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(png.status().message().find("20000x20000"), std::string::npos)
      << png.status().message();

  std::string tiff =
      MakeTiff({{100, 100, 300, 255}, {20000, 20000, 300, 0, false}});
  StatusOr<std::vector<Raster>> t = DecodeImage(tiff, kDefaultMaxPixels);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(t.status().message().find("page 2"), std::string::npos)
      << t.status().message();

  // A smaller limit applies to ordinary pages too.
  std::string small = MakeTiff({{100, 100, 300, 255}});
  EXPECT_FALSE(DecodeImage(small, 5000).ok());
  EXPECT_TRUE(DecodeImage(small, 10000).ok());
}

TEST(DecodeImageTest, PngFixtureKeepsColour) {
  StatusOr<std::string> bytes =
      ReadFile(std::string(TALLY_TEST_DATA) + "/ocr/amount_300dpi.png");
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  StatusOr<std::vector<Raster>> pages = DecodeImage(*bytes, kDefaultMaxPixels);
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_EQ(pages->size(), 1u);
  const Raster& r = (*pages)[0];
  EXPECT_EQ(r.format, Raster::Format::kRgb);
  EXPECT_EQ(r.channels, 3);
  EXPECT_EQ(r.width, 1151);
  EXPECT_EQ(r.height, 193);
  EXPECT_EQ(r.dpi, 300);
}

TEST(DecodeImageTest, BadBytes) {
  EXPECT_EQ(DecodeImage("", kDefaultMaxPixels).status().code(),
            StatusCode::kCorrupt);
  EXPECT_EQ(DecodeImage("plain text, not an image", kDefaultMaxPixels)
                .status()
                .code(),
            StatusCode::kUnsupported);
  StatusOr<std::string> bytes =
      ReadFile(std::string(TALLY_TEST_DATA) + "/ocr/amount_300dpi.png");
  ASSERT_TRUE(bytes.ok());
  StatusOr<std::vector<Raster>> cut =
      DecodeImage(bytes->substr(0, 200), kDefaultMaxPixels);
  EXPECT_FALSE(cut.ok());
}

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("tally_ocr_test_" + std::to_string(::getpid()) + "_" +
             std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

TEST(FindTessdataTest, MissingModelNamesPathAndPackage) {
  TempDir empty;
  Options options;
  options.tessdata_dir = empty.path().string();
  StatusOr<std::unique_ptr<OcrEngine>> engine = CreateTesseract(options);
  ASSERT_FALSE(engine.ok());
  EXPECT_EQ(engine.status().code(), StatusCode::kNotFound);
  const std::string& m = engine.status().message();
  EXPECT_NE(m.find("tesseract-ocr-chi-sim"), std::string::npos) << m;
  EXPECT_NE(m.find((empty.path() / "chi_sim.traineddata").string()),
            std::string::npos)
      << m;
}

TEST(FindTessdataTest, EnvironmentAndParentDirectory) {
  TempDir dir;
  const char* old = std::getenv("TESSDATA_PREFIX");
  std::string saved = old ? old : "";
  ::setenv("TESSDATA_PREFIX", dir.path().c_str(), 1);
  Options options;
  StatusOr<std::string> found = FindTessdata(options);
  ASSERT_FALSE(found.ok());
  EXPECT_NE(found.status().message().find("TESSDATA_PREFIX"),
            std::string::npos);
  // Tesseract 3 style: the prefix names the parent of tessdata/.
  fs::create_directories(dir.path() / "tessdata");
  std::ofstream(dir.path() / "tessdata" / "chi_sim.traineddata") << "x";
  found = FindTessdata(options);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(*found, (dir.path() / "tessdata").string());
  if (old) {
    ::setenv("TESSDATA_PREFIX", saved.c_str(), 1);
  } else {
    ::unsetenv("TESSDATA_PREFIX");
  }
  // Language lists: every model must be there.
  options.tessdata_dir = (dir.path() / "tessdata").string();
  options.language = "chi_sim+eng";
  found = FindTessdata(options);
  ASSERT_FALSE(found.ok());
  EXPECT_NE(found.status().message().find("tesseract-ocr-eng"),
            std::string::npos);
}

}  // namespace
}  // namespace tally::ocr

namespace tally::ocr {
namespace {

// models/tally.config (for the CLI) says what Options::variables sets.
TEST(ModelsTest, ConfigFileMatchesOptions) {
  StatusOr<std::string> config =
      ReadFile(std::string(TALLY_TEST_DATA) + "/../../models/tally.config");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  std::vector<std::pair<std::string, std::string>> file;
  size_t start = 0;
  while (start < config->size()) {
    size_t end = config->find('\n', start);
    if (end == std::string::npos) end = config->size();
    std::string line = config->substr(start, end - start);
    start = end + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find(' ');
    ASSERT_NE(space, std::string::npos) << line;
    file.emplace_back(line.substr(0, space), line.substr(space + 1));
  }
  EXPECT_EQ(file, Options().variables);
}

}  // namespace
}  // namespace tally::ocr

namespace tally::ocr {
namespace {

// A TIFF of n 8 x 8 pages sharing one strip (testing/hostile.h's).
std::string ManyPages(int n);

TEST(ImageFileTest, EveryPageOfALongTiffIsReachedInLinearTime) {
  // 12,000 pages: beyond the 10,000 that were silently all there was, and
  // reading every page must not re-walk the directories from the start
  // (20,000 pages took minutes that way).
  std::string tiff = ManyPages(12000);
  auto file = ImageFile::Open(tiff, 20000);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ((*file)->page_count(), 12000);
  EXPECT_FALSE((*file)->more_pages());
  for (int p : {1, 6000, 12000}) {
    StatusOr<Raster> r = (*file)->Page(p, kDefaultMaxPixels);
    ASSERT_TRUE(r.ok()) << p << ": " << r.status().ToString();
    EXPECT_EQ(r->width, 8);
  }
  auto limited = ImageFile::Open(tiff, 500);
  ASSERT_TRUE(limited.ok());
  EXPECT_EQ((*limited)->page_count(), 500);
  EXPECT_TRUE((*limited)->more_pages());
}

TEST(ImageFileTest, ADamagedJpegIsCorruptNotABlankPage) {
  // A noisy page, so that most of the file is scan data after the headers.
  PIX* pix = pixCreate(600, 400, 8);
  uint32_t seed = 1;
  for (int y = 0; y < 400; ++y) {
    for (int x = 0; x < 600; ++x) {
      seed = seed * 1103515245 + 12345;
      pixSetPixel(pix, x, y, (seed >> 16) & 0xFF);
    }
  }
  l_uint8* data = nullptr;
  size_t size = 0;
  ASSERT_EQ(pixWriteMemJpeg(&data, &size, pix, 75, 0), 0);
  pixDestroy(&pix);
  std::string jpeg(reinterpret_cast<char*>(data), size);
  lept_free(data);
  auto whole = ImageFile::Open(jpeg, 10);
  ASSERT_TRUE(whole.ok());
  EXPECT_TRUE((*whole)->Page(1, kDefaultMaxPixels).ok());
  // Markers planted in its scan data: libjpeg skips what it cannot read,
  // fills in grey, and only warns.
  std::string damaged = jpeg;
  for (size_t i = damaged.size() / 2; i < damaged.size() / 2 + 64; i += 8) {
    damaged[i] = '\xFF';
    damaged[i + 1] = '\xD3';  // an RST marker out of place
  }
  auto cut = ImageFile::Open(damaged, 10);
  ASSERT_TRUE(cut.ok()) << cut.status().ToString();
  StatusOr<Raster> page = (*cut)->Page(1, kDefaultMaxPixels);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(page.status().message().find("JPEG"), std::string::npos)
      << page.status().message();
}

std::string ManyPages(int n) { return tally::testing::ManyPagesTiff(n); }

}  // namespace
}  // namespace tally::ocr
