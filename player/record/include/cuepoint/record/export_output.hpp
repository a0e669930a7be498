// Where `cuepoint export` writes, so that it never clobbers what --out names
// and never leaves half a file:
// * "-" (or a path naming this process's standard output, like /dev/stdout)
//   is standard output, written as it is;
// * a symbolic link is followed, and its target is written, never the link;
// * a regular file, or a file that does not exist yet, is replaced atomically:
//   the export goes to a new, unpredictably named file beside it, is synced,
//   and is renamed over it only when complete (the old file's permissions are
//   kept; a new file is private, 0600). On failure nothing is left behind;
// * a device, named pipe or other non-regular file is written directly;
// * a folder is refused.
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <system_error>

namespace cuepoint::record {

namespace os {
class OutputDescriptor;
}

// Failures of the export output, naming the path and what failed.
class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ExportOutput {
 public:
  // Opens `path` as described above. Throws ExportError.
  explicit ExportOutput(const std::string& path);
  // Removes the temporary file unless commit() succeeded.
  ~ExportOutput();
  ExportOutput(const ExportOutput&) = delete;
  ExportOutput& operator=(const ExportOutput&) = delete;

  std::ostream& stream() { return stream_; }
  // Flushes everything and, for a regular file, syncs it and renames it into
  // place. Throws ExportError (the old file, if any, is then untouched).
  void commit();

  bool to_standard_output() const { return standard_output_; }
  // For messages: "'out.csv'", "'link.csv' (a link to 'real.csv')" or "standard output".
  const std::string& description() const { return description_; }

 private:
  // Buffers the stream and hands full buffers to the descriptor; keeps the
  // first write error (errno) instead of throwing through the ostream.
  class Buffer : public std::streambuf {
   public:
    explicit Buffer(os::OutputDescriptor& descriptor);
    bool drain();
    const std::error_code& error() const { return error_; }

   protected:
    int_type overflow(int_type c) override;
    int sync() override;

   private:
    os::OutputDescriptor& descriptor_;
    std::array<char, std::size_t{64} * 1024> bytes_{};
    std::error_code error_;
  };

  [[noreturn]] void fail(const std::string& what, const std::error_code& error);
  void discard_temporary() noexcept;

  std::string description_;
  std::filesystem::path target_;     // the file finally written, links resolved
  std::filesystem::path temporary_;  // set while replacing a regular file
  bool standard_output_ = false;
  bool committed_ = false;
  std::unique_ptr<os::OutputDescriptor> descriptor_;
  std::unique_ptr<Buffer> buffer_;
  std::ostream stream_{nullptr};
};

}  // namespace cuepoint::record
