// Saved web pages (HTML): the text a reader sees, not the markup, with
// tables as rows.
//
// Bureaus publish reports as web pages, saved by the archivist with their
// navigation around them. The text is read in document order: block
// elements (p, div, h1…h6, li, br, …) end a line; script, style, head and
// the like are not text. A data table becomes one line per row with its
// cells between tabs; rowspan and colspan leave the covered grid cells
// empty (the text stays in the first), as layout reads a ruled table, so
// the extract stage fills them down. A table used for page layout (a cell
// holding another table, or one column only) is read as blocks instead.
// Provenance is the block's number ("paragraph 12") or the table cell's
// address ("table 1 row 2 cell 4").
// The page declares its own encoding (<meta charset=gb2312> is common on
// government sites); libxml2's HTML parser honours it.
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>

#include "formats/internal.h"

namespace tally::formats {
namespace {

bool Lower(std::string_view name, std::initializer_list<std::string_view> in) {
  for (std::string_view s : in) {
    if (name.size() == s.size()) {
      bool same = true;
      for (size_t i = 0; i < s.size() && same; ++i) {
        same = std::tolower(static_cast<unsigned char>(name[i])) == s[i];
      }
      if (same) return true;
    }
  }
  return false;
}

bool Skipped(std::string_view name) {
  return Lower(name, {"script", "style", "head", "title", "noscript",
                      "template", "iframe", "object", "svg", "button", "select",
                      "option", "textarea", "map"});
}

bool Block(std::string_view name) {
  return Lower(
      name,
      {"p",    "div",      "h1",      "h2",      "h3",         "h4",
       "h5",   "h6",       "li",      "ul",      "ol",         "dl",
       "dt",   "dd",       "section", "article", "header",     "footer",
       "nav",  "aside",    "main",    "center",  "blockquote", "pre",
       "form", "fieldset", "address", "figure",  "figcaption", "hr",
       "tr",   "caption",  "body",    "html",    "details",    "summary"});
}

class HtmlReader {
 public:
  Document Run(xmlNode* root) {
    page_.page_no = 1;
    Walk(root);
    EndLine();
    Document doc;
    doc.pages.push_back(std::move(page_));
    return doc;
  }

 private:
  void EndLine() {
    std::string text = Fold(line_);
    line_.clear();
    if (text.empty()) return;
    // Numbered as docx numbers its paragraphs: the Nth block of text.
    Line line;
    line.cells.push_back(
        {std::move(text), "paragraph " + std::to_string(++paragraphs_), Box()});
    page_.lines.push_back(std::move(line));
  }

  // Text of n's subtree as one cell: blocks separated by spaces.
  void CellText(xmlNode* n, std::string* out) {
    for (xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) *out += reinterpret_cast<const char*>(c->content);
      } else if (c->type == XML_ELEMENT_NODE && !Skipped(Name(c))) {
        bool block = Block(Name(c)) || Lower(Name(c), {"br", "td", "th"});
        if (block) *out += ' ';
        CellText(c, out);
        if (block) *out += ' ';
      }
    }
  }

  // The rows of a table, looking through thead/tbody/tfoot.
  static void Rows(xmlNode* n, std::vector<xmlNode*>* rows) {
    for (xmlNode* c : Children(n)) {
      if (Lower(Name(c), {"tr"})) {
        rows->push_back(c);
      } else if (Lower(Name(c), {"thead", "tbody", "tfoot"})) {
        Rows(c, rows);
      }
    }
  }
  static std::vector<xmlNode*> Cells(xmlNode* tr) {
    std::vector<xmlNode*> cells;
    for (xmlNode* c : Children(tr)) {
      if (Lower(Name(c), {"td", "th"})) cells.push_back(c);
    }
    return cells;
  }
  static bool HasTable(xmlNode* n) {
    for (xmlNode* c : Children(n)) {
      if (Lower(Name(c), {"table"}) || HasTable(c)) return true;
    }
    return false;
  }

  void Table(xmlNode* table) {
    std::vector<xmlNode*> rows;
    Rows(table, &rows);
    size_t widest = 0;
    bool nested = false;
    for (xmlNode* tr : rows) {
      std::vector<xmlNode*> cells = Cells(tr);
      widest = std::max(widest, cells.size());
      for (xmlNode* td : cells) nested = nested || HasTable(td);
    }
    if (nested || widest <= 1) {  // a layout table: its cells are blocks
      for (xmlNode* tr : rows) {
        for (xmlNode* td : Cells(tr)) {
          EndLine();
          Walk(td);
          EndLine();
        }
      }
      return;
    }
    EndLine();
    ++tables_;
    // Grid cells still covered by a rowspan from above: column -> rows left.
    std::map<int, int> covered;
    int row_no = 0;
    for (xmlNode* tr : rows) {
      ++row_no;
      Line line;
      line.table_row = true;
      int col = 0;
      auto add = [&](std::string text) {
        line.cells.push_back({std::move(text),
                              "table " + std::to_string(tables_) + " row " +
                                  std::to_string(row_no) + " cell " +
                                  std::to_string(col + 1),
                              Box()});
        ++col;
      };
      auto skip_covered = [&] {
        while (covered.count(col) && covered[col] > 0) {
          --covered[col];
          add("");
        }
      };
      for (xmlNode* td : Cells(tr)) {
        skip_covered();
        std::string text;
        CellText(td, &text);
        int colspan = std::clamp(std::atoi(Attr(td, "colspan").c_str()), 1, 64);
        int rowspan =
            std::clamp(std::atoi(Attr(td, "rowspan").c_str()), 1, 1000);
        for (int i = 0; i < colspan; ++i) {
          if (rowspan > 1) covered[col] = rowspan - 1;
          add(i == 0 ? Fold(text) : "");
        }
      }
      skip_covered();
      bool any = false;
      for (const Cell& c : line.cells) any = any || !c.text.empty();
      if (any) page_.lines.push_back(std::move(line));
    }
  }

  void Walk(xmlNode* n) {
    for (xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) line_ += reinterpret_cast<const char*>(c->content);
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view name = Name(c);
      if (Skipped(name)) continue;
      if (Lower(name, {"br"})) {
        EndLine();
      } else if (Lower(name, {"table"})) {
        EndLine();
        Table(c);
      } else if (Block(name) || Lower(name, {"td", "th"})) {
        EndLine();
        Walk(c);
        EndLine();
      } else {
        Walk(c);
      }
    }
  }

  Page page_;
  std::string line_;
  int tables_ = 0;
  int paragraphs_ = 0;
};

}  // namespace

StatusOr<Document> ReadHtml(std::string_view bytes, const Options& options) {
  StatusOr<XmlDoc> doc = ParseHtml(bytes);
  if (!doc.ok()) return doc.status();
  xmlNode* root = Root(*doc);
  if (root == nullptr) return Corrupt("html: no document element");
  return HtmlReader().Run(root);
}

}  // namespace tally::formats
