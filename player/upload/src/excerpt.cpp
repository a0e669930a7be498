#include "excerpt.hpp"

namespace cuepoint::upload {

std::string excerpt(std::string_view text, std::size_t max_length) {
  std::string line;
  bool cut = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f) {
      if (!line.empty() && line.back() != ' ') line += ' ';
    } else {
      line += c;
    }
    if (line.size() > max_length) {
      cut = true;
      break;
    }
  }
  if (cut) {
    std::size_t end = max_length;
    while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;  // a continuation byte
    line.resize(end);
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (!line.empty() && line.front() == ' ') line.erase(0, 1);
  return cut ? line + "..." : line;
}

}  // namespace cuepoint::upload
