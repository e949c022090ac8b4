// Fuzz target: untrusted bytes through the formats stage. The first byte
// says where they go, so that mutations reach the XML readers rather than
// dying at a zip's CRC check:
//   Z  the whole file: Sniff, Read, and a zip's members
//   H  an HTML page
//   W  a docx's word/document.xml        X  an xlsx's first sheet
//   S  an xlsx's sharedStrings.xml       O  an OFD's first page
// Parts other than the fuzzed one are fixed and well-formed; the package is
// built as a stored (uncompressed) zip here. Any crash, sanitizer report or
// hang is a bug; errors as Status are fine.
#include <zlib.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "formats/formats.h"

namespace {

void Put16(std::string* s, uint32_t v) {
  s->push_back(char(v & 0xff));
  s->push_back(char((v >> 8) & 0xff));
}
void Put32(std::string* s, uint32_t v) {
  Put16(s, v & 0xffff);
  Put16(s, v >> 16);
}

// A zip with every member stored, as the APPNOTE describes it.
std::string StoredZip(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::string out, central;
  for (const auto& [name, data] : files) {
    uint32_t crc = uint32_t(crc32(
        0, reinterpret_cast<const Bytef*>(data.data()), uInt(data.size())));
    uint32_t offset = uint32_t(out.size());
    Put32(&out, 0x04034b50);
    Put16(&out, 20);
    Put16(&out, 0x800);  // UTF-8 names
    Put16(&out, 0);      // stored
    Put32(&out, 0);      // time, date
    Put32(&out, crc);
    Put32(&out, uint32_t(data.size()));
    Put32(&out, uint32_t(data.size()));
    Put16(&out, uint16_t(name.size()));
    Put16(&out, 0);
    out += name;
    out += data;
    Put32(&central, 0x02014b50);
    Put16(&central, 20);
    Put16(&central, 20);
    Put16(&central, 0x800);
    Put16(&central, 0);
    Put32(&central, 0);
    Put32(&central, crc);
    Put32(&central, uint32_t(data.size()));
    Put32(&central, uint32_t(data.size()));
    Put16(&central, uint16_t(name.size()));
    Put32(&central, 0);  // extra, comment lengths
    Put32(&central, 0);  // disk, internal attributes
    Put32(&central, 0);  // external attributes
    Put32(&central, offset);
    central += name;
  }
  uint32_t central_offset = uint32_t(out.size());
  out += central;
  Put32(&out, 0x06054b50);
  Put32(&out, 0);
  Put16(&out, uint16_t(files.size()));
  Put16(&out, uint16_t(files.size()));
  Put32(&out, uint32_t(central.size()));
  Put32(&out, central_offset);
  Put16(&out, 0);
  return out;
}

constexpr char kWorkbook[] =
    "<workbook xmlns:r=\"r\"><sheets><sheet name=\"表\" sheetId=\"1\" "
    "r:id=\"rId1\"/></sheets></workbook>";
constexpr char kWorkbookRels[] =
    "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/"
    "sheet1.xml\"/><Relationship Id=\"rId2\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Target=\"styles.xml\"/></Relationships>";
constexpr char kStyles[] =
    "<styleSheet><numFmts><numFmt numFmtId=\"176\" formatCode=\"0.00%\"/>"
    "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf "
    "numFmtId=\"176\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
constexpr char kSheet[] =
    "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c "
    "r=\"B1\" s=\"1\"><v>0.95</v></c></row></sheetData></worksheet>";
constexpr char kStrings[] = "<sst><si><t>分值</t></si></sst>";
constexpr char kOfd[] =
    "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>"
    "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
constexpr char kOfdDocument[] =
    "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData>"
    "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
    "</ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID=\"1\" "
    "BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>";

void ReadAll(const std::string& bytes) {
  using namespace tally::formats;
  Options options;
  options.max_member_bytes = 16 << 20;
  options.max_cells = 200000;
  std::optional<Format> f = Sniff(bytes);
  if (!f) return;
  if (*f == Format::kZip) {
    auto members = ZipMembers(bytes, options);
    if (!members.ok()) return;
    for (size_t i = 0; i < members->size() && i < 4; ++i) {
      ZipMember(bytes, (*members)[i].index, options);
    }
    return;
  }
  if (*f != Format::kDoc && *f != Format::kXls && *f != Format::kOffice) {
    Read(bytes, *f, options);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tally::formats;
  if (size == 0) return 0;
  const char mode = char(data[0]);
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (mode) {
    case 'H':
      Read(rest, Format::kHtml, Options());
      break;
    case 'W':
      ReadAll(StoredZip({{"word/document.xml", rest}}));
      break;
    case 'X':
    case 'S':
      ReadAll(
          StoredZip({{"xl/workbook.xml", kWorkbook},
                     {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                     {"xl/styles.xml", kStyles},
                     {"xl/worksheets/sheet1.xml", mode == 'X' ? rest : kSheet},
                     {"xl/sharedStrings.xml", mode == 'S' ? rest : kStrings}}));
      break;
    case 'O':
      ReadAll(StoredZip({{"OFD.xml", kOfd},
                         {"Doc_0/Document.xml", kOfdDocument},
                         {"Doc_0/Pages/Page_0/Content.xml", rest}}));
      break;
    default:
      ReadAll(rest);
  }
  return 0;
}
