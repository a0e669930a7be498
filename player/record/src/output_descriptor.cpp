#include "output_descriptor.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>
#include <utility>
#include <vector>

namespace cuepoint::record::os {
namespace {

[[noreturn]] void throw_errno(const std::string& what) {
  throw std::system_error(errno, std::generic_category(), what);
}

}  // namespace

OutputDescriptor::OutputDescriptor(OutputDescriptor&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), owned_(std::exchange(other.owned_, false)) {}

OutputDescriptor& OutputDescriptor::operator=(OutputDescriptor&& other) noexcept {
  if (this != &other) {
    if (owned_ && fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    owned_ = std::exchange(other.owned_, false);
  }
  return *this;
}

OutputDescriptor::~OutputDescriptor() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

OutputDescriptor OutputDescriptor::standard_output() { return {STDOUT_FILENO, false}; }

OutputDescriptor OutputDescriptor::open_existing(const std::filesystem::path& path) {
  int fd = -1;
  do {
    fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) throw_errno("open");
  return {fd, true};
}

OutputDescriptor OutputDescriptor::create_unique(const std::filesystem::path& folder,
                                                 const std::string& prefix, std::filesystem::path& created) {
  const std::string pattern = (folder / (prefix + "XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) throw_errno("mkostemp");
  created = name.data();
  return {fd, true};
}

void OutputDescriptor::write_all(const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(fd_, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      throw_errno("write");
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
}

void OutputDescriptor::sync() {
  if (::fsync(fd_) != 0) throw_errno("fsync");
}

void OutputDescriptor::close() {
  if (!owned_ || fd_ < 0) return;
  const int fd = std::exchange(fd_, -1);
  owned_ = false;
  if (::close(fd) != 0 && errno != EINTR) throw_errno("close");
}

bool is_standard_output(const std::filesystem::path& path) {
  struct stat out {};
  struct stat named {};
  if (::fstat(STDOUT_FILENO, &out) != 0 || ::stat(path.c_str(), &named) != 0) return false;
  return out.st_dev == named.st_dev && out.st_ino == named.st_ino;
}

void sync_folder(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace cuepoint::record::os
