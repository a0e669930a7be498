// SHA-256 of bytes that arrive in pieces (a package entry read through libarchive
// or from its byte range), for the package manifest.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace cuepoint::integrity {

class Sha256Stream {
 public:
  Sha256Stream();  // throws DigestError when OpenSSL cannot start a digest
  ~Sha256Stream();
  Sha256Stream(Sha256Stream&&) noexcept;
  Sha256Stream& operator=(Sha256Stream&&) noexcept;

  void update(const void* data, std::size_t size);
  // Lowercase hex of everything given so far; the stream is finished afterwards.
  std::string finish();

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

}  // namespace cuepoint::integrity
