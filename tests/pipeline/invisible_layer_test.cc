// Invisible text layers through the whole pipeline, with the real Poppler,
// Tesseract and qpdf: a scan whose render-mode-3 layer is Tesseract's own
// reading of it (the `tesseract ... pdf` renderer, the real-world case) is
// kept from its layer after a quick OCR of some lines agrees; the same scan
// under a layer of another page's text is OCR'd instead, and each page's
// route reason says which and by how much. Slow: two Tesseract runs to make
// the layers, and one OCR'd page.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/file.h"
#include "pipeline/pipeline.h"
#include "testing/shell.h"
#include "testing/tiny_pdf.h"

namespace tally::pipeline {
namespace {

namespace fs = std::filesystem;
using ::tally::testing::Shell;

// The top of page 1 of a seed PDF at 200 dpi, as a JPEG of w x h pixels.
void Crop(const std::string& seed, const fs::path& out, int w, int h) {
  std::string cmd = "pdftoppm -r 200 -f 1 -l 1 -x 0 -y 150 -W " +
                    std::to_string(w) + " -H " + std::to_string(h) +
                    " -jpeg -singlefile " + std::string(TALLY_CORPUS) +
                    "/pdf/" + seed + ".pdf " + out.string();
  auto r = Shell(cmd);
  ASSERT_EQ(r.code, 0) << cmd << "\n" << r.out;
}

TEST(InvisibleLayer, KeptWhenOcrAgreesReplacedWhenItDisagrees) {
  fs::path dir = fs::path(::testing::TempDir()) / "invisible_layer";
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  constexpr int kW = 1654, kH = 800;
  ASSERT_NO_FATAL_FAILURE(Crop("000_7f69db8fca4f34bc", dir / "a", kW, kH));
  ASSERT_NO_FATAL_FAILURE(Crop("003_8721613ab08d7715", dir / "b", kW, kH));
  const std::string tess = "OMP_THREAD_LIMIT=1 tesseract ";
  // Page a's scan with Tesseract's reading of it as an invisible layer.
  auto r = Shell(tess + (dir / "a.jpg").string() + " " +
                 (dir / "in/good").string() + " -l chi_sim --dpi 200 pdf");
  ASSERT_EQ(r.code, 0) << r.out;
  // Page b's reading alone, laid over page a's scan.
  r = Shell(tess + (dir / "b.jpg").string() + " " + (dir / "b_text").string() +
            " -l chi_sim --dpi 200 -c textonly_pdf=1 pdf");
  ASSERT_EQ(r.code, 0) << r.out;
  auto jpeg = ReadFile((dir / "a.jpg").string());
  ASSERT_TRUE(jpeg.ok());
  ASSERT_TRUE(WriteFile((dir / "a_scan.pdf").string(),
                        ::tally::testing::JpegPdf(*jpeg, kW, kH, 3, 200))
                  .ok());
  r = Shell("qpdf " + (dir / "a_scan.pdf").string() + " --overlay " +
            (dir / "b_text.pdf").string() + " -- " +
            (dir / "in/wrong.pdf").string());
  ASSERT_EQ(r.code, 0) << r.out;

  auto store = store::Store::Open((dir / "t.sqlite").string(), {});
  ASSERT_TRUE(store.ok());
  auto s = Ingest({(dir / "in").string()}, store->get(), Options());
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->failed + s->partial, 0);
  auto rows = (*store)->Query(
      "SELECT path, source, route_reason, hidden_chars, text FROM v_pages "
      "ORDER BY path");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->rows.size(), 2u);
  auto col = [&](int row, int c) { return rows->rows[row][c].value_or(""); };
  // good.pdf: the layer, checked and kept.
  EXPECT_NE(col(0, 0).find("good.pdf"), std::string::npos);
  EXPECT_EQ(col(0, 1), "text");
  EXPECT_NE(col(0, 2).find("an invisible text layer"), std::string::npos)
      << col(0, 2);
  EXPECT_NE(col(0, 2).find("agrees with OCR (CER "), std::string::npos)
      << col(0, 2);
  EXPECT_GT(std::stoi(col(0, 3)), 100);
  EXPECT_NE(col(0, 4).find("能力提升资金"), std::string::npos) << col(0, 4);
  // wrong.pdf: the layer says page b; the page shows page a.
  EXPECT_NE(col(1, 0).find("wrong.pdf"), std::string::npos);
  EXPECT_EQ(col(1, 1), "ocr");
  EXPECT_NE(col(1, 2).find("invisible text layer ("), std::string::npos)
      << col(1, 2);
  EXPECT_NE(col(1, 2).find("disagrees with OCR (CER "), std::string::npos)
      << col(1, 2);
  EXPECT_NE(col(1, 2).find("replaced by OCR"), std::string::npos);
  EXPECT_GT(std::stoi(col(1, 3)), 100);
  EXPECT_NE(col(1, 4).find("能力提升资金"), std::string::npos) << col(1, 4);
  EXPECT_EQ(col(1, 4).find("承德"), std::string::npos) << col(1, 4);
}

}  // namespace
}  // namespace tally::pipeline
