// `cuepoint upload`: sends the device's pending xAPI statements to an LRS.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::app {

// Exit statuses of `cuepoint upload` (docs/responses.md).
enum UploadExit : int {
  kUploadComplete = 0,     // nothing left unsent
  kUploadIncomplete = 1,   // statements left (LRS unreachable, rejected ones, ...)
  kUploadBadSettings = 2,  // missing endpoint, unreadable config, bad URL
  kUploadAuthRefused = 3,  // wrong user or password
  kUploadStoreFailed = 4,  // the database could not be opened or written
};

// Registers the `upload` subcommand on `app`; when it runs, its status goes to `exit_code`.
void add_upload_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::app
