// Writes zip files for the import-h5p tests with libarchive's writer: real .h5p
// packages, and hostile ones (zip-slip names, absolute names, links, many entries,
// a zip bomb), byte for byte as an attacker could make them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cuepoint::testing {

struct ZipEntry {
  std::string name;
  std::string data;
  std::string link_target;  // non-empty: a symbolic link to this, with no data
};

// Throws std::runtime_error when libarchive cannot write.
void write_zip(const std::filesystem::path& zip, const std::vector<ZipEntry>& entries);

}  // namespace cuepoint::testing
