// `cuepoint-author cue add|list|edit|rm|move`: the cues of a lesson, edited in
// place (LessonEdit, SourceEditor): one cue's change is a diff of that cue's lines.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

// Registers `cue` and its subcommands; the one that runs puts its status into `exit_code`.
void add_cue_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
