// SHA-256 of files: the lesson's <video sha256>, the lesson content hash recorded with
// every answer, and (later) package manifests. OpenSSL does the hashing.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace cuepoint::integrity {

class DigestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Lowercase hex digest; reads the file in chunks. Throws DigestError when the file
// cannot be read.
std::string sha256_of_file(const std::filesystem::path& path);

}  // namespace cuepoint::integrity
