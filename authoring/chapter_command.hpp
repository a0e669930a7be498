// `cuepoint-author chapter add|rm|list`: a lesson's named points for navigation.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

void add_chapter_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
