// One subcommand style for every Cuepoint executable: each subcommand lives in its
// own file as
//
//     void add_<name>_command(CLI::App& app, int& exit_code);
//
// which registers the subcommand, its options (held by the callback) and a
// callback that runs it and stores its exit status in `exit_code`. main() adds
// the subcommands and calls parse_command_line(), inside which the chosen
// subcommand's callback runs.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>

namespace cuepoint::cli {

// Parses argv (running the chosen subcommand's callback). Returns the status to
// exit with when parsing ended the run: 0 after --help or --version,
// kExitUsage (with CLI11's message on stderr) for a usage error; std::nullopt
// when the command line was fine.
std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv);

// A usage error raised from inside a subcommand's callback (an option that the
// chosen mode does not take, ...): parse_command_line prints it like CLI11's own
// and returns kExitUsage.
class UsageError : public CLI::ParseError {
 public:
  explicit UsageError(const std::string& message);
};

}  // namespace cuepoint::cli
