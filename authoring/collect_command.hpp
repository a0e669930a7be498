// `cuepoint-author collect BUNDLE... --db class.sqlite`: answers brought back by USB
// (`cuepoint export --bundle` on each device) merged into the teacher's database,
// which `cuepoint upload --db class.sqlite` then sends on (docs/bundles.md).
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

// Registers the `collect` subcommand on `app`; when it runs, its status goes to `exit_code`.
void add_collect_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
