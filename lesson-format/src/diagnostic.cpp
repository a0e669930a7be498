#include "cuepoint/lesson/diagnostic.hpp"

#include <algorithm>

namespace cuepoint::lesson {

std::string Diagnostic::to_string() const {
  std::string text = file;
  if (line > 0) {
    text += ':' + std::to_string(line) + ':' + std::to_string(std::max(column, 1));
  }
  text += severity == Error ? ": error: " : ": warning: ";
  text += message;
  return text;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Diagnostic::Error; });
}

}  // namespace cuepoint::lesson
