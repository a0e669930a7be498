// A tiny file system of its own (a tmpfs of a few KiB), to see what happens
// when the disk is full without filling the machine's disk. Needs the right to
// mount (root, outside a restricted container): `mounted()` is false otherwise
// and `why_not()` says why, for GTEST_SKIP.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace cuepoint::testing {

class SmallDisk {
 public:
  SmallDisk(const std::filesystem::path& mount_point, std::uintmax_t bytes);
  ~SmallDisk();
  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;

  bool mounted() const { return mounted_; }
  const std::string& why_not() const { return why_not_; }
  const std::filesystem::path& path() const { return path_; }

  // Writes a filler file until only `leave` bytes (rounded to the block size) stay free.
  void fill(std::uintmax_t leave = 0);
  // Removes the filler file.
  void make_room();
  std::uintmax_t available() const;

 private:
  std::filesystem::path path_;
  bool mounted_ = false;
  std::string why_not_;
};

}  // namespace cuepoint::testing
