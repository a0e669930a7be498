// `cuepoint-author report DB|EXPORT... [--lesson ID] [--csv FILE] [--html FILE]`:
// how a class did, from the response databases and `cuepoint export` files a
// teacher collected (docs/report.md). Inputs are only read, never changed.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

// Registers the `report` subcommand on `app`; when it runs, its status goes to `exit_code`.
void add_report_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
