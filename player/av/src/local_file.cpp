#include "cuepoint/av/local_file.hpp"

#include <fstream>
#include <sstream>

#include "cuepoint/package/package_error.hpp"
#include "cuepoint/package/package_reader.hpp"

namespace cuepoint::av {

std::optional<std::uint64_t> local_file_size(const std::filesystem::path& path) {
  if (const auto where = package::split_entry_path(path)) {
    try {
      const package::Package package = package::Package::open(where->package);
      const package::PackageEntry* entry = package.find(where->entry);
      if (entry == nullptr) return std::nullopt;
      return entry->size;
    } catch (const package::PackageError&) {
      return std::nullopt;
    }
  }
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) return std::nullopt;
  return size;
}

std::optional<std::string> read_local_file(const std::filesystem::path& path, std::uint64_t max_bytes) {
  const auto size = local_file_size(path);
  if (!size || *size > max_bytes) return std::nullopt;
  if (const auto where = package::split_entry_path(path)) {
    try {
      return package::Package::open(where->package).read_text(where->entry);
    } catch (const package::PackageError&) {
      return std::nullopt;
    }
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) return std::nullopt;
  return text.str();
}

}  // namespace cuepoint::av
