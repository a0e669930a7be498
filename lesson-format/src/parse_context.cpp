#include "parse_context.hpp"

#include <algorithm>

namespace cuepoint::lesson {

ParseContext::ParseContext(std::string file, std::string_view original, const char* buffer)
    : file_(std::move(file)), original_(original), buffer_(buffer), map_(original) {}

std::size_t ParseContext::offset_of(const char* pointer) const {
  if (pointer < buffer_ || pointer > buffer_ + original_.size()) return 0;
  return static_cast<std::size_t>(pointer - buffer_);
}

SourceLocation ParseContext::locate(pugi::xml_node node) const {
  const std::size_t name_offset = offset_of(node.name());
  return map_.locate(name_offset > 0 ? name_offset - 1 : 0);
}

SourceLocation ParseContext::locate(pugi::xml_attribute attribute) const {
  return map_.locate(offset_of(attribute.name()));
}

SourceLocation ParseContext::locate_text(pugi::xml_node text) const {
  std::size_t offset = offset_of(text.value());
  // CDATA values start after "<![CDATA["; plain text may start with blanks.
  while (offset < original_.size() &&
         std::string_view(" \t\r\n").find(original_[offset]) != std::string_view::npos) {
    ++offset;
  }
  return map_.locate(offset);
}

void ParseContext::error(SourceLocation where, std::string message) {
  diagnostics_.push_back(Diagnostic{file_, where.line, where.column, Diagnostic::Error, std::move(message)});
}

void ParseContext::warning(SourceLocation where, std::string message) {
  diagnostics_.push_back(
      Diagnostic{file_, where.line, where.column, Diagnostic::Warning, std::move(message)});
}

void ParseContext::add(std::vector<Diagnostic> diagnostics) {
  diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(diagnostics.begin()),
                      std::make_move_iterator(diagnostics.end()));
}

bool ParseContext::has_errors() const { return cuepoint::lesson::has_errors(diagnostics_); }

std::vector<Diagnostic> ParseContext::take_diagnostics() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  return std::move(diagnostics_);
}

std::string element_name(std::string_view name) { return "<" + std::string(name) + ">"; }

}  // namespace cuepoint::lesson
