#include "cuepoint/cli/command_line.hpp"

#include "cuepoint/cli/exit_status.hpp"

namespace cuepoint::cli {

UsageError::UsageError(const std::string& message) : CLI::ParseError(message, kExitUsage) {}

std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // --help and --version come through here with status 0; every other
    // parse error is a usage error, whatever number CLI11 gives it.
    const int status = app.exit(error);
    return status == 0 ? kExitOk : kExitUsage;
  }
  return std::nullopt;
}

}  // namespace cuepoint::cli
