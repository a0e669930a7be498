#include "small_disk.hpp"

#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace cuepoint::testing {

SmallDisk::SmallDisk(const std::filesystem::path& mount_point, std::uintmax_t bytes) : path_(mount_point) {
  std::filesystem::create_directories(path_);
  const std::string options = "size=" + std::to_string(bytes) + ",mode=0777";
  if (::mount("tmpfs", path_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0) {
    why_not_ = "cannot mount a small tmpfs at " + path_.string() + " (" + std::strerror(errno) +
               "): mounting needs root outside a restricted container";
    return;
  }
  mounted_ = true;
}

SmallDisk::~SmallDisk() {
  if (mounted_) ::umount2(path_.c_str(), MNT_DETACH);
}

std::uintmax_t SmallDisk::available() const { return std::filesystem::space(path_).available; }

void SmallDisk::fill(std::uintmax_t leave) {
  std::ofstream filler(path_ / "filler", std::ios::binary | std::ios::app);
  const std::vector<char> block(1024, 'f');
  while (available() > leave && filler.write(block.data(), static_cast<std::streamsize>(block.size()))) {
    filler.flush();
  }
}

void SmallDisk::make_room() { std::filesystem::remove(path_ / "filler"); }

}  // namespace cuepoint::testing
