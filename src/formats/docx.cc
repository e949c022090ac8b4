// docx (WordprocessingML, ECMA-376): the body's paragraphs as lines and its
// tables as rows, in document order.
//
// Pages: Word stores no pages, only where it last broke them when it laid
// the document out (w:lastRenderedPageBreak) and the breaks an author put
// in (a page break, page-break-before, a section break). Both start a new
// page here, so page numbers match the printed report where Word recorded
// its layout. Headers and footers are left out, as the layout stage leaves
// a PDF's running headers out of the page text.
//
// Text: runs' w:t, with w:tab and line breaks as spaces (a tab inside a
// paragraph is not a table cell); deleted text of tracked changes
// (w:delText) and field instructions (w:instrText) are not text. A
// table cell's paragraphs are joined with spaces; a merged cell (gridSpan
// across columns, vMerge down rows) keeps its text in its first grid cell
// and leaves the others empty, so columns stay aligned.
#include <cstdlib>

#include "formats/internal.h"

namespace tally::formats {
namespace {

class DocxReader {
 public:
  Document Run(xmlNode* body) {
    NewPage();
    Blocks(body);
    // A trailing break leaves an empty last page.
    while (doc_.pages.size() > 1 && doc_.pages.back().lines.empty()) {
      doc_.pages.pop_back();
    }
    return std::move(doc_);
  }

 private:
  void NewPage() {
    Page p;
    p.page_no = int(doc_.pages.size()) + 1;
    doc_.pages.push_back(std::move(p));
  }

  // Body-level content: paragraphs, tables, and the containers around them
  // (content controls, custom XML, tracked insertions).
  void Blocks(xmlNode* parent) {
    for (xmlNode* n : Children(parent)) {
      std::string_view name = Name(n);
      if (name == "p") {
        Paragraph(n);
      } else if (name == "tbl") {
        Table(n);
      } else if (name == "sdt") {
        Blocks(Child(n, "sdtContent"));
      } else if (name == "customXml" || name == "ins" || name == "smartTag") {
        Blocks(n);
      }
    }
  }

  // The text of a paragraph or any run container; page breaks found inside
  // are counted in *breaks.
  void Text(xmlNode* n, std::string* out, int* breaks) {
    for (xmlNode* c : Children(n)) {
      std::string_view name = Name(c);
      if (name == "t") {
        xmlChar* t = xmlNodeGetContent(c);
        if (t != nullptr) *out += reinterpret_cast<const char*>(t);
        xmlFree(t);
      } else if (name == "tab" || name == "cr" || name == "ptab") {
        *out += ' ';
      } else if (name == "br") {
        if (Attr(c, "type") == "page") {
          ++*breaks;
        } else {
          *out += ' ';
        }
      } else if (name == "lastRenderedPageBreak") {
        ++*breaks;
      } else if (name == "noBreakHyphen") {
        *out += '-';
      } else if (name == "del" || name == "delText" || name == "instrText" ||
                 name == "pPr" || name == "rPr" || name == "Fallback") {
        continue;
      } else if (name == "tbl") {
        std::string inner;  // a table nested in a cell: its text
        Text(c, &inner, breaks);
        *out += ' ' + inner + ' ';
      } else if (name == "p" && !out->empty()) {
        *out += ' ';
        Text(c, out, breaks);
      } else {
        Text(c, out, breaks);  // runs, hyperlinks, fields, insertions, ...
      }
    }
  }

  bool BreaksBefore(xmlNode* p) {
    xmlNode* ppr = Child(p, "pPr");
    if (ppr == nullptr) return false;
    xmlNode* before = Child(ppr, "pageBreakBefore");
    if (before == nullptr) return false;
    std::string v = Attr(before, "val");
    return v.empty() || v == "1" || v == "true" || v == "on";
  }

  void Paragraph(xmlNode* p) {
    std::string text;
    int breaks = 0;
    Text(p, &text, &breaks);
    // A break inside the paragraph is taken before it: the page a reader
    // finds most of it on is usually the new one only when it starts there,
    // but one page off within a paragraph beats splitting its sentence.
    if ((breaks > 0 || BreaksBefore(p)) && !doc_.pages.back().lines.empty()) {
      NewPage();
    }
    text = Fold(text);
    ++paragraphs_;
    if (!text.empty()) {
      Line line;
      line.cells.push_back(
          {std::move(text), "paragraph " + std::to_string(paragraphs_), Box()});
      doc_.pages.back().lines.push_back(std::move(line));
    }
    // A section break ends the page after this paragraph.
    if (xmlNode* ppr = Child(p, "pPr");
        ppr != nullptr && Child(ppr, "sectPr")) {
      NewPage();
    }
  }

  void Table(xmlNode* tbl) {
    ++tables_;
    int row_no = 0;
    // Per grid column, whether a vertical merge is running down it.
    for (xmlNode* tr : Children(tbl)) {
      if (Name(tr) != "tr") continue;
      ++row_no;
      Line line;
      line.table_row = true;
      int page_breaks = 0;
      auto add = [&](std::string text, int col) {
        line.cells.push_back({std::move(text),
                              "table " + std::to_string(tables_) + " row " +
                                  std::to_string(row_no) + " cell " +
                                  std::to_string(col + 1),
                              Box()});
      };
      if (xmlNode* trpr = Child(tr, "trPr")) {
        int before = std::atoi(Attr(Child(trpr, "gridBefore"), "val").c_str());
        for (int i = 0; i < before && i < 64; ++i)
          add("", int(line.cells.size()));
      }
      for (xmlNode* tc : Children(tr)) {
        if (Name(tc) == "sdt") tc = Child(Child(tc, "sdtContent"), "tc");
        if (Name(tc) != "tc") continue;
        std::string text;
        Text(tc, &text, &page_breaks);
        int span = 1;
        bool continued = false;
        if (xmlNode* tcpr = Child(tc, "tcPr")) {
          if (xmlNode* gs = Child(tcpr, "gridSpan")) {
            span =
                std::max(1, std::min(64, std::atoi(Attr(gs, "val").c_str())));
          }
          if (xmlNode* vm = Child(tcpr, "vMerge")) {
            continued = Attr(vm, "val") != "restart";
          }
        }
        add(continued ? "" : Fold(text), int(line.cells.size()));
        for (int i = 1; i < span; ++i) add("", int(line.cells.size()));
      }
      if (page_breaks > 0 && !doc_.pages.back().lines.empty()) NewPage();
      bool any = false;
      for (const Cell& c : line.cells) any = any || !c.text.empty();
      if (any) doc_.pages.back().lines.push_back(std::move(line));
    }
  }

  Document doc_;
  int paragraphs_ = 0, tables_ = 0;
};

}  // namespace

StatusOr<Document> ReadDocx(std::string_view bytes, const Options& options) {
  StatusOr<std::unique_ptr<Zip>> opened = Zip::Open(bytes, options);
  if (!opened.ok()) return opened.status();
  const std::string part = MainPart(**opened, "word/document.xml");
  StatusOr<std::string> xml = (*opened)->Read(part);
  if (!xml.ok()) return Corrupt("docx: " + xml.status().message());
  StatusOr<XmlDoc> doc = ParseXml(*xml, part);
  if (!doc.ok()) return doc.status();
  xmlNode* body = Child(Root(*doc), "body");
  if (body == nullptr) return Corrupt("docx: " + part + " has no body");
  return DocxReader().Run(body);
}

}  // namespace tally::formats
