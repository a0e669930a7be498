// What the parser's stages share: the file name, positions of pugixml nodes and
// attributes in the original text, and the diagnostics found so far.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cuepoint/lesson/diagnostic.hpp"
#include "source_map.hpp"

namespace cuepoint::lesson {

class ParseContext {
 public:
  // `original` is the file as read; `buffer` the copy pugixml parsed in place (so node
  // and attribute names point into it). Both must outlive the context.
  ParseContext(std::string file, std::string_view original, const char* buffer);

  SourceLocation locate(std::size_t offset) const { return map_.locate(offset); }
  SourceLocation locate(pugi::xml_node node) const;  // the element's '<'
  SourceLocation locate(pugi::xml_attribute attribute) const;
  // The first non-blank character of a text node.
  SourceLocation locate_text(pugi::xml_node text) const;

  void error(SourceLocation where, std::string message);
  void warning(SourceLocation where, std::string message);
  void add(std::vector<Diagnostic> diagnostics);

  bool has_errors() const;
  const std::string& file() const { return file_; }
  std::vector<Diagnostic> take_diagnostics();

 private:
  std::size_t offset_of(const char* pointer) const;

  std::string file_;
  std::string_view original_;
  const char* buffer_;
  SourceMap map_;
  std::vector<Diagnostic> diagnostics_;
};

// "<name>", for messages.
std::string element_name(std::string_view name);

}  // namespace cuepoint::lesson
