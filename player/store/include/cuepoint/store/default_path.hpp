// Where the device's response database lives when the user does not say.
#pragma once

#include <filesystem>

namespace cuepoint::store {

// Linux/BSD: $XDG_DATA_HOME/cuepoint/responses.sqlite (default ~/.local/share/...);
// macOS: ~/Library/Application Support/Cuepoint/responses.sqlite;
// Windows: %APPDATA%\Cuepoint\responses.sqlite.
// Throws StoreError when the home/app-data folder cannot be determined.
std::filesystem::path default_database_path();

}  // namespace cuepoint::store
