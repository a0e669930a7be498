#include "cuepoint/integrity/sha256.hpp"

#include <array>
#include <fstream>

#include "cuepoint/integrity/sha256_stream.hpp"

namespace cuepoint::integrity {

std::string sha256_of_file(const std::filesystem::path& path) { return sha256_of_file(path, {}); }

std::string sha256_of_file(const std::filesystem::path& path, const DigestProgress& progress) {
  std::error_code size_error;
  const std::uintmax_t size = std::filesystem::file_size(path, size_error);
  const std::uint64_t total = size_error ? 0 : static_cast<std::uint64_t>(size);
  std::uint64_t done = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DigestError("cannot open " + path.string() + " to compute its SHA-256");
  Sha256Stream digest;
  std::array<char, 1 << 16> chunk{};
  while (in) {
    in.read(chunk.data(), chunk.size());
    const auto count = static_cast<std::size_t>(in.gcount());
    digest.update(chunk.data(), count);
    done += count;
    if (progress) progress(done, total);
  }
  if (in.bad()) throw DigestError("read error in " + path.string());
  return digest.finish();
}

}  // namespace cuepoint::integrity
