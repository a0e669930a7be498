// The --db option shared by every command that reads or writes the response
// database (`cuepoint LESSON --headless`, `upload`, `export`).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace cuepoint::app {

// Adds --db to `command`. Left out, `path` stays empty and the device's
// database is used; given empty (`--db ""`) it is a usage error. What the path
// names (a pipe, a device, a folder) is checked by the store when it opens it.
CLI::Option* add_database_option(CLI::App& command, std::string& path, const std::string& what);

}  // namespace cuepoint::app
