// Where a stored entry's bytes begin in the zip file. libarchive reads entries but
// does not say where their data lies; the player needs that to hand FFmpeg the
// video's byte range. Only the fixed 30-byte local file header is read here (the
// rest of the zip is libarchive's), and everything it says is cross-checked.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace cuepoint::package {

struct LocalHeader {
  std::uint16_t method = 0;  // 0: stored
  std::uint64_t data_offset = 0;
};

// Reads the local file header at `header_offset` (or just after the previous
// entry's data descriptor there) and checks its signature and that
// it names `name`. Throws PackageError (Damaged) otherwise.
LocalHeader read_local_header(const std::filesystem::path& file, std::uint64_t header_offset,
                              const std::string& name, const std::string& where);

}  // namespace cuepoint::package
