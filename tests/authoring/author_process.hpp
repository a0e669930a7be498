// Runs the real cuepoint-author binary with arguments, as a teacher's shell would.
#pragma once

#include <string>
#include <vector>

#include "process.hpp"

namespace cuepoint::testing {

inline ProcessResult author(const std::vector<std::string>& arguments) {
  std::vector<std::string> command{CUEPOINT_AUTHOR_BINARY};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return run(command);
}

}  // namespace cuepoint::testing
