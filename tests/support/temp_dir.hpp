// A fresh folder for one test, removed with everything in it when the test ends
// (also what a test made read-only inside it).
#pragma once

#include <filesystem>
#include <string>

namespace cuepoint::testing {

class TempDir {
 public:
  explicit TempDir(const std::string& purpose = "test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// Writes `text` to `path`, creating folders; throws on failure.
void write_file(const std::filesystem::path& path, const std::string& text);
// The whole file as bytes; throws when it cannot be read.
std::string read_file(const std::filesystem::path& path);

}  // namespace cuepoint::testing
