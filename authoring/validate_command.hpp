// `cuepoint-author validate FILE...`: opens each lesson with the player's own loader
// (video and caption files must be regular files whose real paths lie inside the
// lesson folder, the video must match its sha256 when given), then checks that the
// media engine can read the video and that every cue, chapter and seek time lies
// inside its duration. Diagnostics go to stderr as FILE:LINE:COLUMN: error: ...
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

// Registers `validate` on `app`; when it runs, its status (0 every file valid,
// 1 otherwise) goes to `exit_code`.
void add_validate_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
