// Converts byte offsets in a lesson file into 1-based line and column numbers.
// Columns count Unicode code points (a tab is one column); a UTF-8 byte order mark at
// the start of the file takes no column. Lines end at LF, CRLF or a lone CR.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::lesson {

class SourceMap {
 public:
  // `text` must outlive the map.
  explicit SourceMap(std::string_view text);

  SourceLocation locate(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace cuepoint::lesson
