// What a folder holds, to check that a command left nothing behind (no
// temporary file, no -journal) or exactly what it should.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cuepoint::testing {

// The names of the entries of `folder`, sorted.
std::vector<std::string> file_names_in(const std::filesystem::path& folder);

}  // namespace cuepoint::testing
