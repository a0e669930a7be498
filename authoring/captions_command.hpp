// `cuepoint-author captions add LESSON FILE --lang L [--label T]`: a caption track.
// Lessons may only name files inside their folder (the loader refuses others), so
// a file from elsewhere is copied into the lesson folder, and the command says so.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

void add_captions_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
