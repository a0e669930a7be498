#include "source_map.hpp"

#include <algorithm>

namespace cuepoint::lesson {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

SourceMap::SourceMap(std::string_view text) : text_(text) {
  line_starts_.push_back(text.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      line_starts_.push_back(i + 1);
    }
  }
}

SourceLocation SourceMap::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  // The last line start at or before the offset.
  const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line_index =
      static_cast<std::size_t>(std::max<std::ptrdiff_t>(next_line - line_starts_.begin() - 1, 0));
  const std::size_t line_start = std::min(line_starts_[line_index], offset);
  const std::string_view before = text_.substr(line_start, offset - line_start);
  const auto characters =
      std::count_if(before.begin(), before.end(), [](char c) { return !is_continuation_byte(c); });
  return SourceLocation{static_cast<int>(line_index) + 1, static_cast<int>(characters) + 1};
}

}  // namespace cuepoint::lesson
