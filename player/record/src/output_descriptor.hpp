// The operating-system part of writing an export, kept in one small place: a
// descriptor owner, a uniquely named new file (mkstemp), "is this our standard
// output", and syncing. POSIX; a Windows port replaces output_descriptor.cpp.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace cuepoint::record::os {

// Owns a file descriptor opened for writing (except standard output, which it
// only borrows). Failures throw std::system_error carrying errno.
class OutputDescriptor {
 public:
  OutputDescriptor() = default;
  OutputDescriptor(const OutputDescriptor&) = delete;
  OutputDescriptor& operator=(const OutputDescriptor&) = delete;
  OutputDescriptor(OutputDescriptor&& other) noexcept;
  OutputDescriptor& operator=(OutputDescriptor&& other) noexcept;
  ~OutputDescriptor();

  static OutputDescriptor standard_output();
  // Opens an existing file, device or named pipe as it is: no creation, no
  // truncation (a pipe blocks here until a reader opens its end).
  static OutputDescriptor open_existing(const std::filesystem::path& path);
  // Creates a new file with an unpredictable name in `folder` beginning with
  // `prefix` (mode 0600, O_EXCL); `created` gets its path.
  static OutputDescriptor create_unique(const std::filesystem::path& folder, const std::string& prefix,
                                        std::filesystem::path& created);

  void write_all(const char* data, std::size_t size);
  void sync();
  // Closes an owned descriptor, reporting a failed close (a late write error on some file systems).
  void close();

 private:
  OutputDescriptor(int fd, bool owned) : fd_(fd), owned_(owned) {}
  int fd_ = -1;
  bool owned_ = false;
};

// True when `path` names the same file as this process's standard output
// (`--out /dev/stdout`, `/proc/self/fd/1`, or the file stdout is redirected to).
bool is_standard_output(const std::filesystem::path& path);

// Makes a rename in `folder` durable. Best effort: some file systems refuse.
void sync_folder(const std::filesystem::path& folder);

}  // namespace cuepoint::record::os
