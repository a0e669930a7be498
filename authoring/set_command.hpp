// `cuepoint-author set LESSON --title/--pass-score/--max-attempts/--allow-skip-ahead`:
// the lesson's title and settings.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

void add_set_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
