// `cuepoint-author suggest VIDEO [--json] [--add LESSON]`: proposes cue times at
// the video's natural pauses (slide changes, pauses in the narration), one
// `TIME<TAB>REASON` line each or JSON, and can add them to a lesson as note cues.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

// Registers the `suggest` subcommand on `app`; when it runs, its status goes to `exit_code`.
void add_suggest_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
