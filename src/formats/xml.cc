// XML and HTML trees (libxml2), and the small helpers every reader uses.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <cstring>
#include <mutex>

#include "formats/internal.h"

namespace tally::formats {
namespace {

// libxml2 would print parse errors to stderr; the reader reports them as a
// Status instead. Set once, for the whole process.
void Quiet(void*, const char*, ...) {}
void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlSetGenericErrorFunc(nullptr, Quiet);
  });
}

}  // namespace

StatusOr<XmlDoc> ParseXml(std::string_view bytes, std::string_view what) {
  InitLibxml();
  // No NOENT (entities stay references, never expanded), no DTDLOAD, no
  // network: a hostile part cannot make the parser fetch or balloon.
  const int flags = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                    XML_PARSE_COMPACT;
  if (bytes.size() > size_t(INT32_MAX)) {
    return ResourceExhausted(std::string(what) + ": larger than 2 GiB");
  }
  XmlDoc doc(
      xmlReadMemory(bytes.data(), int(bytes.size()), nullptr, nullptr, flags));
  if (!doc) {
    const xmlError* e = xmlGetLastError();
    std::string why = e != nullptr && e->message != nullptr
                          ? std::string(e->message)
                          : std::string("not well-formed");
    while (!why.empty() && why.back() == '\n') why.pop_back();
    return Corrupt(std::string(what) + ": not well-formed XML (" + why + ")");
  }
  return doc;
}

StatusOr<XmlDoc> ParseHtml(std::string_view bytes) {
  InitLibxml();
  const int flags = HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                    HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;
  if (bytes.size() > size_t(INT32_MAX)) {
    return ResourceExhausted("html: larger than 2 GiB");
  }
  XmlDoc doc(
      htmlReadMemory(bytes.data(), int(bytes.size()), nullptr, nullptr, flags));
  if (!doc) return Corrupt("html: cannot be parsed");
  return doc;
}

std::string_view Name(const xmlNode* n) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE || n->name == nullptr) {
    return "";
  }
  return reinterpret_cast<const char*>(n->name);
}

std::string Attr(const xmlNode* n, std::string_view local_name) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE) return "";
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr ||
        local_name != reinterpret_cast<const char*>(a->name)) {
      continue;
    }
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (c->content != nullptr) {
        value += reinterpret_cast<const char*>(c->content);
      }
    }
    return value;
  }
  return "";
}

std::vector<xmlNode*> Children(const xmlNode* n) {
  std::vector<xmlNode*> out;
  if (n == nullptr) return out;
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) out.push_back(c);
  }
  return out;
}

xmlNode* Child(const xmlNode* n, std::string_view local_name) {
  if (n == nullptr) return nullptr;
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && Name(c) == local_name) return c;
  }
  return nullptr;
}

xmlNode* Root(const XmlDoc& doc) {
  return doc ? xmlDocGetRootElement(doc.get()) : nullptr;
}

std::string Fold(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace tally::formats
