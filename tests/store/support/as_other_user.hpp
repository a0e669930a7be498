// Runs a function in a child process that cannot bypass file permissions:
// as user/group "nobody" (65534) when the tests run as root (root ignores
// read-only modes), as the current user otherwise.
#pragma once

#include <functional>
#include <string>

namespace cuepoint::testing {

struct ChildOutcome {
  int exit_code = -1;   // what `body` returned, or 99 when it threw something unexpected
  std::string message;  // what `body` wrote to `report`
};

ChildOutcome run_without_privileges(const std::function<int(std::string& report)>& body);

}  // namespace cuepoint::testing
