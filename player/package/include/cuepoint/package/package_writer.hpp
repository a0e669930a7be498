// Writing a `.cuepoint` package: manifest.json first, then each file stored
// (uncompressed, so the player reads videos in place), written to a temporary
// file beside the target and renamed over it only when complete.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cuepoint::package {

struct PackFile {
  std::string name;              // entry name (a lesson's src, normalised)
  std::filesystem::path source;  // the file on disk
};

// Throws PackageError (Refused for a bad entry name, Io otherwise).
void write_package(const std::filesystem::path& target, const std::vector<PackFile>& files);

}  // namespace cuepoint::package
