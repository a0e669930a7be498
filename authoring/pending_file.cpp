#include "pending_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "authoring_error.hpp"

namespace cuepoint::authoring {
namespace {

namespace fs = std::filesystem;

std::string system_error_text() { return std::strerror(errno); }

fs::path folder_of(const fs::path& file) {
  return file.parent_path().empty() ? fs::path(".") : file.parent_path();
}

// Closes a descriptor on every path out.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  // Closes now, reporting the error a deferred write may only show here.
  bool close() {
    const int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }

 private:
  int fd_;
};

bool writable(const fs::path& path, const struct stat& status) {
  // Root may write anything: a file or folder without any write bit is still
  // one its owner made read-only on purpose.
  return (status.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0 && ::access(path.c_str(), W_OK) == 0;
}

}  // namespace

PendingFile::PendingFile(fs::path target, std::string_view content) : target_(std::move(target)) {
  const fs::path folder = folder_of(target_);
  std::string pattern = (folder / ("." + target_.filename().string() + ".edit-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  Descriptor file(::mkstemp(name.data()));
  if (file.get() < 0)
    throw AuthoringError("cannot create a file in " + folder.string() + ": " + system_error_text());
  temporary_ = name.data();

  mode_t mode = 0;
  struct stat status {};
  if (::stat(target_.c_str(), &status) == 0) {
    mode = status.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t count = ::write(file.get(), content.data() + written, content.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) {
      const std::string why = system_error_text();
      ::unlink(temporary_.c_str());
      throw AuthoringError("cannot write " + temporary_.string() + ": " + why);
    }
    written += static_cast<std::size_t>(count);
  }
  if (::fchmod(file.get(), mode) != 0 || ::fsync(file.get()) != 0 || !file.close()) {
    const std::string why = system_error_text();
    ::unlink(temporary_.c_str());
    throw AuthoringError("cannot write " + temporary_.string() + ": " + why);
  }
}

PendingFile::~PendingFile() {
  if (!committed_) ::unlink(temporary_.c_str());
}

void PendingFile::commit() {
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    throw AuthoringError("cannot replace " + target_.string() + ": " + system_error_text());
  }
  committed_ = true;
  // The rename is durable only once the folder's entry is on disk.
  Descriptor folder(::open(folder_of(target_).c_str(), O_RDONLY | O_DIRECTORY));
  if (folder.get() < 0 || ::fsync(folder.get()) != 0) {
    throw AuthoringError("cannot flush " + folder_of(target_).string() + " to disk: " + system_error_text());
  }
}

std::optional<std::string> why_not_replaceable(const fs::path& file) {
  struct stat status {};
  if (::stat(file.c_str(), &status) == 0 && !writable(file, status)) {
    return file.string() + " is read-only (make it writable to edit it: chmod u+w " + file.string() + ")";
  }
  const fs::path folder = folder_of(file);
  if (::stat(folder.c_str(), &status) == 0 && !writable(folder, status)) {
    return "the folder " + folder.string() +
           " is read-only: an edit is written to a new file there, then renamed over the lesson";
  }
  return std::nullopt;
}

}  // namespace cuepoint::authoring
