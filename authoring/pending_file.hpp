// Replacing a file atomically: the new content goes to a temporary file beside
// it (same folder, so the same file system), is flushed to disk, and is renamed
// over the file only when the caller commits; a crash or a refusal leaves the old
// file whole. The one place with POSIX file calls in authoring/.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cuepoint::authoring {

class PendingFile {
 public:
  // Writes `content` to a new hidden file beside `target` with `target`'s
  // permissions (or the usual ones for a new file) and fsyncs it. Throws
  // AuthoringError naming the folder when it cannot.
  PendingFile(std::filesystem::path target, std::string_view content);
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  ~PendingFile();  // removes the temporary file unless committed

  // Where the new content is now: check it there before committing.
  const std::filesystem::path& path() const { return temporary_; }
  // Renames it over the target and fsyncs the folder. Throws AuthoringError.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  bool committed_ = false;
};

// Why `file` cannot be replaced in place, or nullopt: the file or its folder is
// read-only (no write permission bit, or not writable by this user).
std::optional<std::string> why_not_replaceable(const std::filesystem::path& file);

}  // namespace cuepoint::authoring
