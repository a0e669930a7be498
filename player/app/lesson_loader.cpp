#include "lesson_loader.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>

#include <openssl/evp.h>

#include "cuepoint/lesson/parser.hpp"

namespace cuepoint::app {

std::string sha256_of_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot read: " + std::strerror(errno));
  const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("cannot start a SHA-256 digest");
  }
  std::array<char, 1 << 16> buffer{};
  while (in) {
    in.read(buffer.data(), buffer.size());
    if (in.gcount() > 0) EVP_DigestUpdate(context.get(), buffer.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw std::runtime_error(path.string() + ": read error");
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  EVP_DigestFinal_ex(context.get(), digest.data(), &length);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xF];
  }
  return hex;
}

std::optional<LoadedLesson> load_lesson(const std::filesystem::path& path) {
  std::filesystem::path file = path;
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) file = path / "lesson.xml";
  auto parsed = lesson::parse_lesson_file(file);
  for (const auto& diagnostic : parsed.diagnostics) std::cerr << diagnostic.to_string() << "\n";
  if (!parsed.ok()) return std::nullopt;
  LoadedLesson loaded;
  loaded.lesson = std::move(*parsed.lesson);
  loaded.file = file;
  loaded.video_path = file.parent_path() / loaded.lesson.video.src;
  try {
    loaded.sha256 = sha256_of_file(file);
  } catch (const std::exception& failure) {
    std::cerr << "cuepoint: " << failure.what() << "\n";
    return std::nullopt;
  }
  return loaded;
}

}  // namespace cuepoint::app
