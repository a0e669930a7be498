// Runs a program with arguments (no shell) and captures its exit status and output.
#pragma once

#include <string>
#include <vector>

namespace cuepoint::testing {

struct CommandResult {
  int exit_code = -1;  // -1 when the program did not exit normally
  std::string out;
  std::string err;
};

CommandResult run_command(const std::string& program, const std::vector<std::string>& arguments);

}  // namespace cuepoint::testing
