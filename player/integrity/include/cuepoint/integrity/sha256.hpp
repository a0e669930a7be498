// SHA-256 of files: the lesson's <video sha256>, the lesson content hash recorded with
// every answer, and (later) package manifests. OpenSSL does the hashing.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
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

// Bytes hashed so far and the file's size (0 when unknown), called after each chunk.
using DigestProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;

// The same, reporting progress (a large video takes seconds to hash).
std::string sha256_of_file(const std::filesystem::path& path, const DigestProgress& progress);

}  // namespace cuepoint::integrity
