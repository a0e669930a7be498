// `cuepoint-author validate FILE...`: parses each lesson, then checks its media: the
// video and caption files must exist, the video must match its sha256 (when given) and
// be readable by the media engine, and every cue, chapter and seek time must lie inside
// the video's duration. Diagnostics go to stderr as FILE:LINE:COLUMN: error: ...
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
