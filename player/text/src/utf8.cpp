#include "utf8.hpp"

#include <glib.h>

#include <string>

#include "cuepoint/text/text_error.hpp"

namespace cuepoint::text {

void check_utf8(const std::string& text, const char* what) {
  const char* end = nullptr;
  if (!g_utf8_validate(text.data(), static_cast<gssize>(text.size()), &end)) {
    throw TextError(std::string(what) + " is not valid UTF-8 at byte " + std::to_string(end - text.data()));
  }
}

void check_boundary(const std::string& text, std::size_t index, const char* what) {
  const bool continuation =
      index < text.size() && (static_cast<unsigned char>(text[index]) & 0xC0U) == 0x80U;  // 10xxxxxx
  if (index > text.size() || continuation) {
    throw TextError(std::string(what) + " " + std::to_string(index) +
                    " is not on a character boundary of a " + std::to_string(text.size()) + "-byte text");
  }
}

std::size_t advance_characters(const std::string& text, std::size_t index, int count) {
  for (int i = 0; i < count && index < text.size(); ++i) {
    index = static_cast<std::size_t>(g_utf8_next_char(text.data() + index) - text.data());
  }
  return index;
}

}  // namespace cuepoint::text
