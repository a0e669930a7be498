#include "entry_stream.hpp"

#include <algorithm>
#include <array>

namespace cuepoint::package {
namespace {

constexpr std::size_t kBlockBytes = std::size_t{64} << 10;

}  // namespace

EntryStream::EntryStream(const std::filesystem::path& file, const PackageLimits& limits,
                         std::uint64_t file_size)
    : file_(file), limits_(limits), reader_(archive_read_new()) {
  const std::uint64_t by_ratio = std::max(limits.expansion_floor, file_size * limits.max_expansion);
  out_limit_ = std::min(limits.max_bytes, by_ratio);
  if (!reader_) fail(PackageError::Kind::Io, "cannot start reading (libarchive)");
  // Streamable: entries in file order from their local headers, which is where
  // the player reads stored data; the central directory is checked separately.
  if (archive_read_support_format_zip_streamable(reader_.get()) != ARCHIVE_OK)
    fail(PackageError::Kind::Io, "libarchive has no zip reader");
  if (archive_read_open_filename(reader_.get(), file.c_str(), kBlockBytes) != ARCHIVE_OK)
    fail(PackageError::Kind::NotAPackage, "not a readable package: " + archive_message(reader_.get()));
}

void EntryStream::fail(PackageError::Kind kind, const std::string& why) const {
  throw PackageError(kind, file_.string() + ": " + why);
}

archive_entry* EntryStream::next() {
  archive_entry* entry = nullptr;
  const int status = archive_read_next_header(reader_.get(), &entry);
  if (status == ARCHIVE_EOF) return nullptr;
  if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
    fail(PackageError::Kind::Damaged,
         "damaged package (not a complete zip): " + archive_message(reader_.get()));
  return entry;
}

std::uint64_t EntryStream::header_position() const {
  return static_cast<std::uint64_t>(std::max<la_int64_t>(0, archive_read_header_position(reader_.get())));
}

void EntryStream::read_data(const std::string& name,
                            const std::function<void(const char*, std::size_t)>& sink) {
  std::array<char, kBlockBytes> buffer{};
  for (;;) {
    const la_ssize_t n = archive_read_data(reader_.get(), buffer.data(), buffer.size());
    if (n < 0)
      fail(PackageError::Kind::Damaged,
           "damaged package: entry '" + name + "' cannot be read: " + archive_message(reader_.get()));
    if (n == 0) return;
    count(name, static_cast<std::uint64_t>(n));
    sink(buffer.data(), static_cast<std::size_t>(n));
  }
}

void EntryStream::skip(const std::string& name) {
  if (archive_read_data_skip(reader_.get()) != ARCHIVE_OK)
    fail(PackageError::Kind::Damaged,
         "damaged package: entry '" + name + "' cannot be read: " + archive_message(reader_.get()));
}

void EntryStream::count(const std::string& name, std::uint64_t bytes) {
  out_ += bytes;
  if (out_ <= out_limit_) return;
  fail(PackageError::Kind::Refused,
       out_limit_ < limits_.max_bytes
           ? "refused: entry '" + name + "' expands the package more than " +
                 std::to_string(limits_.max_expansion) + " times its size (a zip bomb?)"
           : "refused: the package expands to more than " + std::to_string(limits_.max_bytes) + " bytes");
}

}  // namespace cuepoint::package
