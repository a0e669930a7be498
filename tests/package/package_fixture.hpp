// What the package tests share: the committed sample packed once, the real
// binaries, and reading a package's entries back to build altered copies.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "author_process.hpp"
#include "h5p_zip.hpp"
#include "process.hpp"

namespace cuepoint::testing {

inline const std::filesystem::path kSample =
    std::filesystem::path(CUEPOINT_SOURCE_DIR) / "samples/intro-fractions";

inline ProcessResult player(const std::vector<std::string>& arguments) {
  std::vector<std::string> command{CUEPOINT_BINARY};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return run(command);
}

// Every entry of a zip, in order, with its bytes (libarchive's reader).
std::vector<ZipEntry> read_zip(const std::filesystem::path& zip);

// Packs the sample into `package` with cuepoint-author; throws when that fails.
void pack_sample(const std::filesystem::path& package);

// The names of every file under `folder`, recursively, relative to it (sorted).
std::vector<std::string> tree_of(const std::filesystem::path& folder);

}  // namespace cuepoint::testing
