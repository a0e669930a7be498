#include "entry_io.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <memory>
#include <stdexcept>

extern "C" {
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

namespace cuepoint::av {
namespace {

constexpr int kBufferBytes = 1 << 16;

struct RangeFile {
  int fd = -1;
  ByteRange range;
  std::uint64_t position = 0;  // within the entry
  ~RangeFile() {
    if (fd >= 0) ::close(fd);
  }
};

int read_range(void* opaque, std::uint8_t* buffer, int size) {
  auto& file = *static_cast<RangeFile*>(opaque);
  if (file.position >= file.range.size) return AVERROR_EOF;
  const std::uint64_t left = file.range.size - file.position;
  const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(left, static_cast<std::uint64_t>(size)));
  for (;;) {
    const ssize_t got = ::pread(file.fd, buffer, want, static_cast<off_t>(file.range.offset + file.position));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return AVERROR(errno);
    if (got == 0) return AVERROR_EOF;  // the package was cut short since it was checked
    file.position += static_cast<std::uint64_t>(got);
    return static_cast<int>(got);
  }
}

std::int64_t seek_range(void* opaque, std::int64_t offset, int whence) {
  auto& file = *static_cast<RangeFile*>(opaque);
  const auto size = static_cast<std::int64_t>(file.range.size);
  whence &= ~AVSEEK_FORCE;
  if (whence == AVSEEK_SIZE) return size;
  std::int64_t target = offset;
  if (whence == SEEK_CUR) target += static_cast<std::int64_t>(file.position);
  if (whence == SEEK_END) target += size;
  if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) return AVERROR(EINVAL);
  if (target < 0 || target > size) return AVERROR(EINVAL);
  file.position = static_cast<std::uint64_t>(target);
  return target;
}

}  // namespace

EntryIo::EntryIo(const std::filesystem::path& path, ByteRange range) {
  auto file = std::make_unique<RangeFile>();
  file->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (file->fd < 0) throw std::runtime_error("cannot open the package");
  file->range = range;
  auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferBytes));
  if (buffer == nullptr) throw std::runtime_error("out of memory");
  context_ = avio_alloc_context(buffer, kBufferBytes, 0, file.get(), read_range, nullptr, seek_range);
  if (context_ == nullptr) {
    av_free(buffer);
    throw std::runtime_error("out of memory");
  }
  context_->seekable = AVIO_SEEKABLE_NORMAL;
  file.release();  // owned by the context's opaque from here on
}

EntryIo::~EntryIo() { free_entry_io(context_); }

AVIOContext* EntryIo::release() {
  AVIOContext* context = context_;
  context_ = nullptr;
  return context;
}

std::string EntryIo::head(std::size_t size) const {
  const auto& file = *static_cast<RangeFile*>(context_->opaque);
  std::string bytes(static_cast<std::size_t>(std::min<std::uint64_t>(size, file.range.size)), '\0');
  const ssize_t got = ::pread(file.fd, bytes.data(), bytes.size(), static_cast<off_t>(file.range.offset));
  bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return bytes;
}

void free_entry_io(AVIOContext* context) {
  if (context == nullptr) return;
  // Adopted back from the opaque pointer, so the file closes with the context.
  const std::unique_ptr<RangeFile> file(static_cast<RangeFile*>(context->opaque));
  av_freep(&context->buffer);
  avio_context_free(&context);
}

}  // namespace cuepoint::av
