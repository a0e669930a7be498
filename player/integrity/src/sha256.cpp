#include "cuepoint/integrity/sha256.hpp"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <memory>

namespace cuepoint::integrity {
namespace {

struct DigestContextDeleter {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using DigestContext = std::unique_ptr<EVP_MD_CTX, DigestContextDeleter>;

}  // namespace

std::string sha256_of_file(const std::filesystem::path& path) { return sha256_of_file(path, {}); }

std::string sha256_of_file(const std::filesystem::path& path, const DigestProgress& progress) {
  std::error_code size_error;
  const std::uintmax_t size = std::filesystem::file_size(path, size_error);
  const std::uint64_t total = size_error ? 0 : static_cast<std::uint64_t>(size);
  std::uint64_t done = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DigestError("cannot open " + path.string() + " to compute its SHA-256");
  const DigestContext context(EVP_MD_CTX_new());
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
    throw DigestError("OpenSSL could not start a SHA-256 digest");
  }
  std::array<char, 1 << 16> chunk{};
  while (in) {
    in.read(chunk.data(), chunk.size());
    const auto count = static_cast<std::size_t>(in.gcount());
    if (count > 0 && EVP_DigestUpdate(context.get(), chunk.data(), count) != 1) {
      throw DigestError("OpenSSL SHA-256 update failed");
    }
    done += count;
    if (progress) progress(done, total);
  }
  if (in.bad()) throw DigestError("read error in " + path.string());
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1)
    throw DigestError("OpenSSL SHA-256 failed");

  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0x0F];
  }
  return hex;
}

}  // namespace cuepoint::integrity
