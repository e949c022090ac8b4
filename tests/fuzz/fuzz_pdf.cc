// Fuzz target: untrusted bytes as a PDF through the pdf and layout stages.
// Any crash, sanitizer report or hang is a bug; errors as Status are fine.
#include <cstdint>
#include <string>

#include "layout/layout.h"
#include "pdf/pdf.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tally;
  auto doc = pdf::Open(std::string(reinterpret_cast<const char*>(data), size),
                       pdf::Options());
  if (!doc.ok()) return 0;
  std::vector<layout::PageLayout> pages;
  // Bounded: a mutated page tree can claim millions of pages.
  for (int p = 1; p <= (*doc)->page_count() && p <= 8; ++p) {
    auto page = (*doc)->ReadPage(p);
    if (page.ok()) pages.push_back(layout::AssemblePage(*page, {}));
  }
  layout::FinishDocument(&pages, {});
  return 0;
}
