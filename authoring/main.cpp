// cuepoint-author: tools for teachers who write lessons. Exit status: 0 success,
// 1 when a lesson has errors, 2 on a command-line usage error.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "cuepoint/media/logging.hpp"
#include "report_command.hpp"
#include "suggest_command.hpp"
#include "validate_command.hpp"

namespace {

constexpr int kUsageError = 2;
constexpr int kFailure = 1;

int run(int argc, char** argv) {
  CLI::App app{"cuepoint-author: validate and author Cuepoint interactive video lessons", "cuepoint-author"};
  app.set_version_flag("--version", "cuepoint-author " CUEPOINT_VERSION);
  app.require_subcommand(1);

  cuepoint::authoring::ValidateOptions validate_options;
  CLI::App& validate = cuepoint::authoring::add_validate_command(app, validate_options);
  int exit_code = 0;
  cuepoint::authoring::add_report_command(app, exit_code);
  cuepoint::authoring::add_suggest_command(app, exit_code);

  // Media problems are reported as diagnostics at the <video> element, not as FFmpeg's log lines;
  // the subcommands run inside parse().
  cuepoint::media::set_library_log(cuepoint::media::LibraryLog::Quiet);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // --help and --version come through here with exit code 0.
    const int status = app.exit(error);
    return status == 0 ? 0 : kUsageError;
  }

  if (validate.parsed()) return cuepoint::authoring::run_validate(validate_options);
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    // Bad lessons are diagnostics, not exceptions: this is an unexpected failure.
    std::cerr << "cuepoint-author: " << error.what() << '\n';
    return kFailure;
  }
}
