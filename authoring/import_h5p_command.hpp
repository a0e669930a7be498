// `cuepoint-author import-h5p FILE.h5p|content.json -o DIR [--video FILE] [--id ID]`:
// turns an H5P Interactive Video into a lesson folder (docs/h5p-import.md). The
// folder appears only when the lesson is complete and passes the player's own
// loader; what could not be converted is listed on stderr and in DIR/IMPORT-NOTES.txt.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

// Registers the subcommand on `app`; when it runs, its status goes to `exit_code`
// (0 imported, 1 refused: the reason is on stderr and DIR was not created).
void add_import_h5p_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
