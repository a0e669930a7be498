#include "cuepoint/xapi/identifiers.hpp"

#include <uuid/uuid.h>

#include <array>

namespace cuepoint::xapi {

std::string random_uuid() {
  uuid_t uuid;
  uuid_generate_random(uuid);
  std::array<char, 37> text{};
  uuid_unparse_lower(uuid, text.data());
  return std::string(text.data());
}

std::string encode_iri_segment(std::string_view text) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string encoded;
  encoded.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0x0f];
    }
  }
  return encoded;
}

}  // namespace cuepoint::xapi
