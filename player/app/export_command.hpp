// `cuepoint export`: writes answers and watch events to a CSV or JSONL file,
// for schools without any network.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::app {

// Registers the `export` subcommand; 0 on success, 1 on failure into `exit_code`.
void add_export_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::app
