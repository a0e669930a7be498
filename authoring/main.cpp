// cuepoint-author: tools for teachers who write lessons. Each subcommand lives in
// its own file as add_<name>_command(app, exit_code) (cuepoint/cli/command_line.hpp).
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

#include "captions_command.hpp"
#include "chapter_command.hpp"
#include "collect_command.hpp"
#include "cue_command.hpp"
#include "cuepoint/cli/command_line.hpp"
#include "cuepoint/cli/exit_status.hpp"
#include "cuepoint/media/logging.hpp"
#include "import_h5p_command.hpp"
#include "new_command.hpp"
#include "package_commands.hpp"
#include "preview_command.hpp"
#include "probe_command.hpp"
#include "report_command.hpp"
#include "set_command.hpp"
#include "suggest_command.hpp"
#include "validate_command.hpp"

namespace {

int run(int argc, char** argv) {
  CLI::App app{"cuepoint-author: validate and author Cuepoint interactive video lessons", "cuepoint-author"};
  app.set_version_flag("--version", "cuepoint-author " CUEPOINT_VERSION);
  app.footer(
      "Run cuepoint-author SUBCOMMAND --help for each subcommand's options and an example.\n"
      "Exit status: 0 success; 1 bad input (lesson, media, file) or the work failed; 2 usage error.");
  app.require_subcommand(1);

  int exit_code = cuepoint::cli::kExitOk;
  cuepoint::authoring::add_validate_command(app, exit_code);
  cuepoint::authoring::add_new_command(app, exit_code);
  cuepoint::authoring::add_cue_command(app, exit_code);
  cuepoint::authoring::add_chapter_command(app, exit_code);
  cuepoint::authoring::add_captions_command(app, exit_code);
  cuepoint::authoring::add_set_command(app, exit_code);
  cuepoint::authoring::add_probe_command(app, exit_code);
  cuepoint::authoring::add_preview_command(app, exit_code);
  cuepoint::authoring::add_import_h5p_command(app, exit_code);
  cuepoint::authoring::add_report_command(app, exit_code);
  cuepoint::authoring::add_collect_command(app, exit_code);
  cuepoint::authoring::add_suggest_command(app, exit_code);
  cuepoint::authoring::add_package_commands(app, exit_code);

  // Media problems are reported as diagnostics at the <video> element, not as FFmpeg's log lines.
  cuepoint::media::set_library_log(cuepoint::media::LibraryLog::Quiet);
  if (const auto ended = cuepoint::cli::parse_command_line(app, argc, argv)) return *ended;
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    // Bad lessons are diagnostics, not exceptions: this is an unexpected failure.
    std::cerr << "cuepoint-author: " << error.what() << '\n';
    return cuepoint::cli::kExitFailed;
  }
}
