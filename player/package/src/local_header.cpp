#include "local_header.hpp"

#include <array>
#include <fstream>

#include "cuepoint/package/package_error.hpp"

namespace cuepoint::package {
namespace {

constexpr std::size_t kFixedBytes = 30;
constexpr std::uint32_t kSignature = 0x04034b50;  // "PK\3\4"

std::uint32_t little_endian(const unsigned char* bytes, int count) {
  std::uint32_t value = 0;
  for (int i = count - 1; i >= 0; --i) value = (value << 8) | bytes[i];
  return value;
}

}  // namespace

LocalHeader read_local_header(const std::filesystem::path& file, std::uint64_t header_offset,
                              const std::string& name, const std::string& where) {
  const auto damaged = [&](const std::string& why) {
    return PackageError(PackageError::Kind::Damaged, where + ": " + why);
  };
  std::ifstream in(file, std::ios::binary);
  if (!in) throw PackageError(PackageError::Kind::Io, file.string() + ": cannot open");
  // libarchive reports the position before the previous entry's data descriptor
  // when that entry was skipped: the descriptor (12 bytes, 16 with its optional
  // signature, 24 with Zip64 sizes) may still lie before this header.
  for (const std::uint64_t descriptor : {0, 16, 12, 24}) {
    in.clear();
    in.seekg(static_cast<std::streamoff>(header_offset + descriptor));
    std::array<unsigned char, kFixedBytes> fixed{};
    if (!in.read(reinterpret_cast<char*>(fixed.data()), fixed.size())) continue;
    if (little_endian(fixed.data(), 4) != kSignature) continue;
    const std::uint32_t name_length = little_endian(fixed.data() + 26, 2);
    const std::uint32_t extra_length = little_endian(fixed.data() + 28, 2);
    std::string stored_name(name_length, '\0');
    if (!in.read(stored_name.data(), name_length) || stored_name != name) continue;
    LocalHeader header;
    header.method = static_cast<std::uint16_t>(little_endian(fixed.data() + 8, 2));
    header.data_offset = header_offset + descriptor + kFixedBytes + name_length + extra_length;
    return header;
  }
  throw damaged("no zip header naming it where libarchive found it");
}

}  // namespace cuepoint::package
