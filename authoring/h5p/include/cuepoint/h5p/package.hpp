// Reading a .h5p package (a zip file from anyone) without trusting it: at most
// `max_entries` entries, every name a relative path with no '..' (no zip-slip, no
// absolute or drive-letter names, no '\'), only files and folders (no links), and
// extraction bounded in total and by expansion (bytes out per byte of package:
// a zip bomb is refused while it inflates, whatever its headers claim). Entries
// are written only to the destinations the caller names, never to paths taken
// from the package.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cuepoint::h5p {

struct PackageLimits {
  std::size_t max_entries = 20000;                          // H5P packages with libraries hold a few thousand
  std::uint64_t max_bytes = std::uint64_t{16} << 30;        // everything extracted, videos included
  std::uint64_t max_expansion = 100;                        // bytes out per byte of package file ...
  std::uint64_t expansion_floor = std::uint64_t{16} << 20;  // ... once more than this has come out
  std::size_t max_json_bytes = std::size_t{16} << 20;       // h5p.json, content/content.json
};

class H5pPackage {
 public:
  // Checks every entry and reads h5p.json and content/content.json. Throws H5pError
  // ("FILE: ...") for a file that is not a zip or breaks a rule above.
  static H5pPackage open(const std::filesystem::path& file, const PackageLimits& limits = {});

  const std::filesystem::path& file() const { return file_; }
  const std::string& h5p_json() const { return h5p_json_; }          // empty when absent
  const std::string& content_json() const { return content_json_; }  // empty when absent
  bool contains(const std::string& entry) const { return files_.count(entry) != 0; }

  // Writes each (entry, destination) pair's entry to its destination file, creating
  // folders. Throws H5pError when an entry is missing or a limit is reached.
  void extract(const std::vector<std::pair<std::string, std::filesystem::path>>& wanted) const;

 private:
  std::filesystem::path file_;
  PackageLimits limits_;
  std::uint64_t file_size_ = 0;
  std::set<std::string> files_;
  std::string h5p_json_;
  std::string content_json_;
};

}  // namespace cuepoint::h5p
