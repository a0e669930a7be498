// Checks the rules of the format that a well-formed model can still break: ids, time
// order, per-type question content, value ranges and (when the video's duration is
// known) that every time lies inside the video. Works on models built in code too;
// diagnostics then carry line 0.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::lesson {

std::vector<Diagnostic> validate(const Lesson& lesson, std::string_view file,
                                 std::optional<Micros> video_duration = std::nullopt);

// Only the duration checks of validate(): cue times, chapter times and seek targets
// must be <= `video_duration` (lesson time). For tools that learn the duration after
// parsing (cuepoint-author probes the video).
std::vector<Diagnostic> check_times_within(const Lesson& lesson, std::string_view file,
                                           Micros video_duration);

// Syntax of ids (lesson, cue and choice): 1..64 characters from [A-Za-z0-9._-],
// starting with a letter or digit.
bool is_valid_id(std::string_view id);

}  // namespace cuepoint::lesson
