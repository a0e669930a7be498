#include "cuepoint/integrity/sha256_stream.hpp"

#include <openssl/evp.h>

#include <array>
#include <string_view>

#include "cuepoint/integrity/sha256.hpp"

namespace cuepoint::integrity {

struct Sha256Stream::Context {
  struct Free {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
  };
  std::unique_ptr<EVP_MD_CTX, Free> digest{EVP_MD_CTX_new()};
};

Sha256Stream::Sha256Stream() : context_(std::make_unique<Context>()) {
  if (!context_->digest || EVP_DigestInit_ex(context_->digest.get(), EVP_sha256(), nullptr) != 1)
    throw DigestError("OpenSSL could not start a SHA-256 digest");
}
Sha256Stream::~Sha256Stream() = default;
Sha256Stream::Sha256Stream(Sha256Stream&&) noexcept = default;
Sha256Stream& Sha256Stream::operator=(Sha256Stream&&) noexcept = default;

void Sha256Stream::update(const void* data, std::size_t size) {
  if (size > 0 && EVP_DigestUpdate(context_->digest.get(), data, size) != 1)
    throw DigestError("OpenSSL SHA-256 update failed");
}

std::string Sha256Stream::finish() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context_->digest.get(), digest.data(), &length) != 1)
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
