// Reads a lesson file (format v1, docs/lesson-format.md) into the model and runs the
// validator on it. Bad input never throws: every problem becomes a Diagnostic with the
// line and column of the offending element or attribute.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::lesson {

// Files larger than this are refused before they are read.
inline constexpr std::size_t kMaxLessonFileBytes = std::size_t{1024} * 1024;
// lesson > cue > question > choice > feedback.
inline constexpr int kMaxElementDepth = 5;

struct ParseResult {
  std::optional<Lesson> lesson;         // present only when there is no error
  std::vector<Diagnostic> diagnostics;  // errors and warnings, in file order
  bool ok() const;                      // no error (warnings allowed)
};

ParseResult parse_lesson_file(const std::filesystem::path& path);

// `file_name_for_diagnostics` is only used to label diagnostics.
ParseResult parse_lesson_string(std::string_view xml, std::string file_name_for_diagnostics);

}  // namespace cuepoint::lesson
