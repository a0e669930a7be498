// Checks what a database path names before anything opens it. SQLite would
// open whatever it is given: a named pipe blocks until a writer appears (for
// ever, after a typo), a device gets a -journal file created beside it, a
// folder fails with an obscure message. Every command that takes --db calls
// this through Store::open / Store::open_read_only.
#pragma once

#include <filesystem>
#include <string>

namespace cuepoint::store {

// Throws StoreError (Kind::NotAFile) unless `path` is a regular file, a
// symbolic link to one, or does not exist yet. An empty path is refused too.
// Only stats the path: never opens it, so it cannot hang or create anything.
void check_database_path(const std::filesystem::path& path);

// What a file of this type is, in words for a message: "a folder", "a named
// pipe", "a character device", ...
std::string describe(std::filesystem::file_type type);

}  // namespace cuepoint::store
