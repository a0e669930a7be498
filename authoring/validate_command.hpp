// `cuepoint-author validate FILE...`: opens each lesson with the player's own loader
// (video and caption files must be regular files whose real paths lie inside the
// lesson folder, the video must match its sha256 when given), then checks that the
// media engine can read the video and that every cue, chapter and seek time lies
// inside its duration. Diagnostics go to stderr as FILE:LINE:COLUMN: error: ...
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <vector>

namespace cuepoint::authoring {

struct ValidateOptions {
  std::vector<std::filesystem::path> files;
};

// Adds the subcommand to `app`, storing its arguments in `options`.
CLI::App& add_validate_command(CLI::App& app, ValidateOptions& options);

// Exit status: 0 when every file is valid, 1 otherwise.
int run_validate(const ValidateOptions& options);

}  // namespace cuepoint::authoring
