// The one exception type of cuepoint_report: every message names the input file
// (with its line, and column where there is one) and says what is wrong.
#pragma once

#include <stdexcept>

namespace cuepoint::report {

class ReportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace cuepoint::report
