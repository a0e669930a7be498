#include "cuepoint/json/bounded_json.hpp"

namespace cuepoint::json_input {

std::string line_column(std::string_view text, std::size_t offset) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

std::string shorten(const nlohmann::json& value, std::size_t max_chars) {
  // Depth is bounded by parse_bounded, so dump() cannot run out of stack; the
  // replacement handler keeps invalid UTF-8 from throwing.
  std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (text.size() <= max_chars) return text;
  std::size_t cut = max_chars;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole characters only
  return text.substr(0, cut) + "...";
}

}  // namespace cuepoint::json_input
