// `cuepoint-author new VIDEO [-o lesson.xml] [--title T] [--id ID] [--lang L] [--force]`:
// a valid lesson skeleton for a recorded video. The player's media engine opens
// the video (a video it cannot play is refused with the reason), its SHA-256 is
// written into the lesson, and the lesson goes next to the video.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

void add_new_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
