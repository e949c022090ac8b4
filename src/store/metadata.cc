// Store::WriteMetadata: a Datasette metadata.json whose table and column
// descriptions are schema.sql's own comments, so the documentation users
// read in Datasette is the documentation next to the schema, never a copy
// that drifts. The conventions the comments follow are in schema.sql's
// header.
#include <cctype>
#include <map>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/json.h"
#include "base/utf8.h"
#include "store/internal.h"
#include "store/store.h"

namespace tally::store {

extern const char kSchemaSql[];

namespace {

struct Described {
  std::string description;
  std::map<std::string, std::string> columns;
};

struct SchemaDocs {
  std::map<std::string, std::string> glossary;
  std::map<std::string, Described> objects;  // tables and views by name
};

bool IsIdentChar(char c) {
  return std::islower(static_cast<unsigned char>(c)) ||
         std::isdigit(static_cast<unsigned char>(c)) || c == '_';
}

// A lower-case identifier (the schema's names; SQL keywords are upper case).
bool IsIdent(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) {
    return false;
  }
  for (char c : s) {
    if (!IsIdentChar(c)) return false;
  }
  return true;
}

void Append(std::string* to, std::string_view more) {
  if (more.empty()) return;
  if (!to->empty()) *to += ' ';
  *to += more;
}

// The column a view's select-list line ends with: "… AS name," or
// "alias.name," or a bare "name,".
std::string ViewColumn(std::string_view code) {
  code = TrimSpace(code);
  if (code.ends_with(',')) code.remove_suffix(1);
  code = TrimSpace(code);
  size_t start = code.size();
  while (start > 0 && IsIdentChar(code[start - 1])) --start;
  std::string_view name = code.substr(start);
  if (!IsIdent(name)) return "";
  std::string_view before = TrimSpace(code.substr(0, start));
  if (start > 0 && code[start - 1] == '.') return std::string(name);
  if (before.empty() || before.ends_with(" AS") || before == "AS" ||
      before.ends_with(',') || before == "SELECT" ||
      before.ends_with(" SELECT")) {
    return std::string(name);
  }
  return "";
}

SchemaDocs ParseSchema(std::string_view sql) {
  SchemaDocs docs;
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos <= sql.size();) {
    size_t nl = sql.find('\n', pos);
    if (nl == std::string_view::npos) nl = sql.size();
    lines.push_back(sql.substr(pos, nl - pos));
    pos = nl + 1;
  }
  std::vector<std::string_view> block;  // comment lines above a statement
  bool in_glossary = false;
  Described* object = nullptr;
  bool view = false;
  std::string column;        // the column the last code line described
  size_t column_indent = 0;  // that line's indentation
  for (std::string_view line : lines) {
    size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos) indent = line.size();
    size_t dashes = line.find("--");
    std::string_view code = TrimSpace(line.substr(
        0, dashes == std::string_view::npos ? line.size() : dashes));
    std::string_view comment =
        dashes == std::string_view::npos ? "" : TrimSpace(line.substr(dashes + 2));
    if (object == nullptr) {
      if (code.empty() && dashes == 0) {
        if (comment == "Glossary:") {
          in_glossary = true;
        } else if (comment.empty()) {
          in_glossary = false;
          block.clear();
        } else if (in_glossary) {
          size_t colon = comment.find(": ");
          if (colon != std::string_view::npos &&
              IsIdent(comment.substr(0, colon))) {
            docs.glossary[std::string(comment.substr(0, colon))] =
                std::string(comment.substr(colon + 2));
          }
        } else if (!comment.starts_with("---")) {
          block.push_back(comment);
        }
        continue;
      }
      for (std::string_view kind :
           {"CREATE TABLE ", "CREATE VIEW ", "CREATE VIRTUAL TABLE "}) {
        if (!code.starts_with(kind)) continue;
        std::string_view rest = code.substr(kind.size());
        size_t end = 0;
        while (end < rest.size() && IsIdentChar(rest[end])) ++end;
        object = &docs.objects[std::string(rest.substr(0, end))];
        for (std::string_view b : block) Append(&object->description, b);
        view = kind == "CREATE VIEW ";
        column.clear();
      }
      block.clear();
      in_glossary = false;
      if (object == nullptr || !code.ends_with(";")) continue;
    }
    // Inside a statement.
    if (!code.empty()) {
      std::string name;
      if (view) {
        name = ViewColumn(code);
      } else {
        size_t end = 0;
        while (end < code.size() && IsIdentChar(code[end])) ++end;
        if (end > 0 && IsIdent(code.substr(0, end)) &&
            (end == code.size() || code[end] == ' ')) {
          name = std::string(code.substr(0, end));
        }
      }
      if (name.empty() && !column.empty() && indent > column_indent) {
        // A continuation of the column's definition (CHECK, DEFAULT, ...).
        Append(&object->columns[column], comment);
      } else {
        column = name;
        column_indent = indent;
        if (!name.empty() && !comment.empty()) {
          Append(&object->columns[name], comment);
        }
      }
    } else if (!comment.empty() && !column.empty() && indent > column_indent) {
      Append(&object->columns[column], comment);  // a continuation line
    } else {
      column.clear();  // a comment about what follows, not a column
    }
    if (code.ends_with(";")) object = nullptr;
  }
  return docs;
}

}  // namespace

Status Store::WriteMetadata(const std::string& database, std::ostream& out) {
  const SchemaDocs docs = ParseSchema(kSchemaSql);
  auto described = [&](const std::string& object) -> const Described* {
    auto it = docs.objects.find(object);
    return it == docs.objects.end() ? nullptr : &it->second;
  };
  std::ostringstream o;
  o << "{\n  \"title\": \"tally\",\n  \"description\": "
    << JsonString(
           "Chinese government performance self-evaluation reports "
           "(绩效自评报告) as data, with provenance for every value and the "
           "findings of consistency checks. The v_* views are the stable "
           "interface.")
    << ",\n  \"databases\": {\n    " << JsonString(database)
    << ": {\n      \"tables\": {";
  StatusOr<std::vector<std::string>> names = Exportable();
  if (!names.ok()) return names.status();
  bool first_table = true;
  for (const std::string& name : *names) {
    StatusOr<QueryResult> cols = Query("SELECT name FROM pragma_table_info('" +
                                       name + "') ORDER BY cid");
    if (!cols.ok()) return cols.status();
    // Where a view's column without its own comment takes its description:
    // the table the view shows, then documents, then the glossary.
    std::vector<const Described*> sources = {described(name)};
    if (name.starts_with("v_")) sources.push_back(described(name.substr(2)));
    sources.push_back(described("documents"));
    const Described* self = described(name);
    o << (first_table ? "\n" : ",\n") << "        " << JsonString(name)
      << ": {\n          \"description\": "
      << JsonString(self ? self->description : "")
      << ",\n          \"columns\": {";
    first_table = false;
    bool first_column = true;
    for (const auto& row : cols->rows) {
      const std::string column = row[0].value_or("");
      std::string text;
      for (const Described* d : sources) {
        if (d == nullptr) continue;
        auto it = d->columns.find(column);
        if (it != d->columns.end()) {
          text = it->second;
          break;
        }
      }
      if (text.empty()) {
        auto g = docs.glossary.find(column);
        if (g != docs.glossary.end()) text = g->second;
      }
      o << (first_column ? "\n" : ",\n") << "            " << JsonString(column)
        << ": " << JsonString(text);
      first_column = false;
    }
    o << "\n          }\n        }";
  }
  o << "\n      }\n    }\n  }\n}\n";
  out << o.str();
  if (!out) return IOError("writing the metadata failed");
  return Status::OK();
}

}  // namespace tally::store
