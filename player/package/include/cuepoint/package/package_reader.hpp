// Opening a `.cuepoint` package (a zip from anyone) without trusting it. open()
// reads every entry header twice, once in file order (the local headers, which is
// what extraction and the player read) and once from the central directory, and
// refuses a package where the two disagree, an entry name that is absolute, holds
// '..', '.', '\', an empty part or a control character, a link, a duplicate name
// or two names that differ only in case, more than max_entries entries, sizes over
// the limits, and an entry or a file missing from the manifest or of another size.
// Hashes are checked by check_hashes() (the player does it at open, `verify` too).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cuepoint/package/manifest.hpp"

namespace cuepoint::package {

struct PackageLimits {
  std::size_t max_entries = 1000;
  std::uint64_t max_bytes = std::uint64_t{16} << 30;        // all entries together
  std::uint64_t max_expansion = 100;                        // bytes out per byte of package ...
  std::uint64_t expansion_floor = std::uint64_t{16} << 20;  // ... once more than this came out
  std::size_t max_text_bytes = std::size_t{16} << 20;       // lesson.xml, manifest.json
};

struct PackageEntry {
  std::string name;
  std::uint64_t size = 0;
  // Stored (not compressed) entries: where their bytes lie in the package file.
  bool stored = false;
  std::uint64_t data_offset = 0;
  std::string sha256;  // from the manifest
};

class Package {
 public:
  static Package open(const std::filesystem::path& file, const PackageLimits& limits = {});

  const std::filesystem::path& file() const { return file_; }
  const std::vector<PackageEntry>& entries() const { return entries_; }  // manifest.json excluded
  const PackageEntry* find(const std::string& name) const;
  // "lesson.cuepoint/lecture.mp4": how messages name an entry.
  std::string where(const std::string& name) const;

  // An entry's bytes (lesson.xml), at most limits.max_text_bytes; hash checked.
  std::string read_text(const std::string& name) const;

  // Hashes every entry (stored ones over their byte range, the bytes the player
  // reads) and throws PackageError (Damaged) naming the first that does not match.
  void check_hashes() const;

  // Writes every entry under `folder` (which must not exist yet), checking each
  // one's size and hash while writing; on any failure nothing is left behind.
  void extract_to(const std::filesystem::path& folder) const;

 private:
  std::filesystem::path file_;
  PackageLimits limits_;
  std::uint64_t file_size_ = 0;
  std::vector<PackageEntry> entries_;
};

// True when `path` names a package by its extension (.cuepoint).
bool is_package_path(const std::filesystem::path& path);

// A path inside a package, "DIR/lesson.cuepoint/video/lecture.mp4": the package
// file and the entry name, when some leading part of `path` is a regular file
// named *.cuepoint. This is how the loader names package media to FFmpeg readers.
struct EntryPath {
  std::filesystem::path package;
  std::string entry;
};
std::optional<EntryPath> split_entry_path(const std::filesystem::path& path);

}  // namespace cuepoint::package
