// Package::extract_to: unpacking into a folder that does not exist yet. Entries
// go to a fresh staging folder beside it (names already checked by open(): no
// absolute paths, '..' or links, so nothing can land outside), each file created
// exclusively and never through a link, its size and hash checked while written;
// the staging folder is renamed to the target only when every file is right.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <system_error>

#include "cuepoint/integrity/sha256_stream.hpp"
#include "cuepoint/package/package_error.hpp"
#include "cuepoint/package/package_reader.hpp"
#include "entry_stream.hpp"

namespace cuepoint::package {
namespace {

namespace fs = std::filesystem;
using Kind = PackageError::Kind;

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }
  // Closes now, so a failed close (a full disk on NFS) is seen.
  bool close() {
    const int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }

 private:
  int fd_;
};

// Removes the staging folder unless the extraction was committed.
class Staging {
 public:
  explicit Staging(fs::path path) : path_(std::move(path)) {}
  ~Staging() {
    std::error_code ignored;
    if (!committed_) fs::remove_all(path_, ignored);
  }
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;
  const fs::path& path() const { return path_; }
  void commit() { committed_ = true; }

 private:
  fs::path path_;
  bool committed_ = false;
};

fs::path staging_name(const fs::path& folder) {
  std::random_device random;
  return folder.parent_path() / ("." + folder.filename().string() + ".unpacking-" + std::to_string(random()));
}

void write_all(int fd, const char* data, std::size_t size, const fs::path& target) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw PackageError(Kind::Io, target.string() + ": cannot write: " + std::strerror(errno));
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

}  // namespace

void Package::extract_to(const fs::path& folder) const {
  std::error_code error;
  if (fs::exists(fs::symlink_status(folder, error)))
    throw PackageError(Kind::Io, folder.string() + ": already exists (unpack writes a new folder)");
  const fs::path parent = folder.parent_path().empty() ? fs::path(".") : folder.parent_path();
  if (!fs::is_directory(parent, error))
    throw PackageError(Kind::Io, parent.string() + ": no such folder to unpack into");
  Staging staging(staging_name(folder.parent_path().empty() ? fs::path(".") / folder : folder));
  if (!fs::create_directory(staging.path(), error) || error)
    throw PackageError(Kind::Io, staging.path().string() + ": cannot create: " + error.message());

  EntryStream stream(file_, limits_, file_size_);
  std::size_t written = 0;
  while (archive_entry* entry = stream.next()) {
    const char* raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name != nullptr ? raw_name : "";
    const PackageEntry* expected = find(name);
    if (expected == nullptr) {  // manifest.json: kept, it is what `verify` checks
      if (name != kManifestName)
        stream.fail(Kind::Damaged, "entry '" + name + "' changed since it was opened");
    }
    const fs::path target = staging.path() / fs::path(name);
    fs::create_directories(target.parent_path(), error);
    if (error)
      throw PackageError(Kind::Io, target.parent_path().string() + ": cannot create: " + error.message());
    FileDescriptor out(::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (out.get() < 0)
      throw PackageError(Kind::Io, target.string() + ": cannot create: " + std::strerror(errno));
    integrity::Sha256Stream digest;
    std::uint64_t size = 0;
    stream.read_data(name, [&](const char* data, std::size_t n) {
      write_all(out.get(), data, n, target);
      digest.update(data, n);
      size += n;
    });
    if (::fsync(out.get()) != 0 || !out.close())
      throw PackageError(Kind::Io, target.string() + ": cannot write: " + std::strerror(errno));
    if (expected != nullptr && (size != expected->size || digest.finish() != expected->sha256))
      throw PackageError(Kind::Damaged, where(name) + ": damaged: its bytes do not match the manifest");
    ++written;
  }
  if (written != entries_.size() + 1)
    throw PackageError(Kind::Damaged, file_.string() + ": changed while it was unpacked");
  fs::rename(staging.path(), folder, error);
  if (error) throw PackageError(Kind::Io, folder.string() + ": cannot create: " + error.message());
  staging.commit();
}

}  // namespace cuepoint::package
