// `cuepoint-author pack`, `verify` and `unpack`: a lesson as one `.cuepoint` file
// (docs/package.md).
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

void add_package_commands(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
