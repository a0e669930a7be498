// Reads a package's entries in file order through libarchive, counting every byte
// that comes out against the limits (headers can lie; a zip bomb is refused while
// it inflates).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "archive_handles.hpp"
#include "cuepoint/package/package_error.hpp"
#include "cuepoint/package/package_reader.hpp"

namespace cuepoint::package {

class EntryStream {
 public:
  EntryStream(const std::filesystem::path& file, const PackageLimits& limits, std::uint64_t file_size);

  // The next entry, or nullptr at the end; a damaged zip throws (Damaged).
  archive_entry* next();
  std::uint64_t header_position() const;
  // Streams the current entry's data to `sink`, counting each byte.
  void read_data(const std::string& name, const std::function<void(const char*, std::size_t)>& sink);
  void skip(const std::string& name);
  // Counts bytes that come (or by the headers would come) out of the package.
  void count(const std::string& name, std::uint64_t bytes);

  [[noreturn]] void fail(PackageError::Kind kind, const std::string& why) const;

 private:
  const std::filesystem::path& file_;
  const PackageLimits& limits_;
  ArchiveReader reader_;
  std::uint64_t out_ = 0;
  std::uint64_t out_limit_ = 0;
};

}  // namespace cuepoint::package
