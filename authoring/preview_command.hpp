// `cuepoint-author preview LESSON -o sheet.png [--each DIR] [--width W]`: a contact sheet
// with one tile per cue, each the exact frame the player pauses on with the question drawn
// over it by the window's own overlay renderer, so the teacher sees what the student will see.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

// Exit statuses: 0 written; 1 a bad lesson, unreadable video or unwritable output; 2 usage.
// Registers the subcommand on `app`; when it runs, its status goes to `exit_code`.
void add_preview_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
