// A problem found in a lesson file, in the compiler style editors understand:
//   FILE:LINE:COLUMN: error: MESSAGE
// Lines and columns are 1-based; columns count Unicode characters (code points), not
// bytes, and a tab counts as one column. Line 0 means "no position" (a model built in
// code, or a problem with the file as a whole) and prints as "FILE: error: MESSAGE".
#pragma once

#include <string>
#include <vector>

namespace cuepoint::lesson {

struct Diagnostic {
  enum Severity { Error, Warning };

  std::string file;
  int line = 0;
  int column = 0;
  Severity severity = Error;
  std::string message;

  std::string to_string() const;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace cuepoint::lesson
