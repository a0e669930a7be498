// FFmpeg reading one stored entry of a `.cuepoint` package in place: a custom
// AVIOContext over the entry's byte range (offset and size within the zip file),
// with seeking, so the demuxer sees exactly the bytes of the unpacked file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

extern "C" {
#include <libavformat/avio.h>
}

namespace cuepoint::av {

struct ByteRange {
  std::uint64_t offset = 0;
  std::uint64_t size = 0;
};

// Owns the AVIOContext, its buffer and the open file until released into an
// AVFormatContext (whose closer frees them, see handles.hpp).
class EntryIo {
 public:
  // Throws std::runtime_error when the file cannot be opened.
  EntryIo(const std::filesystem::path& file, ByteRange range);
  ~EntryIo();
  EntryIo(const EntryIo&) = delete;
  EntryIo& operator=(const EntryIo&) = delete;

  AVIOContext* get() const { return context_; }
  AVIOContext* release();

  // Up to `size` bytes from the start of the entry, for naming refused content.
  std::string head(std::size_t size) const;

 private:
  AVIOContext* context_ = nullptr;
};

// Frees an AVIOContext made by EntryIo (after avformat_close_input).
void free_entry_io(AVIOContext* context);

}  // namespace cuepoint::av
