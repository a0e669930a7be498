// SHA-256 of a file, for checking <video sha256="...">.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace cuepoint::authoring {

class DigestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Lowercase hex digest; reads the file in chunks. Throws DigestError when the file
// cannot be read.
std::string sha256_of_file(const std::filesystem::path& path);

}  // namespace cuepoint::authoring
