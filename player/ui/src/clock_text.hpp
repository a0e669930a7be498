// Times and numbers as a learner reads them on screen.
#pragma once

#include <string>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/runtime/lesson_runtime.hpp"

namespace cuepoint::ui {

// Whole seconds, rounded down: "0:41", "1:01" (for 1:01.4), "1:02:03".
std::string format_clock(lesson::Micros micros);
// A stretch of video: "0:41–1:01".
std::string format_span(lesson::Micros from, lesson::Micros to);
// What an adaptivity seek is telling the learner: "Rewatching 0:41–1:01" for a
// remediation (from the target back to the cue), "Moving on to 1:40" otherwise.
std::string seek_notice(const runtime::SeekRequest& seek);
// At most two decimals, no trailing zeros: "1", "1.5", "0.33".
std::string format_number(double value);
// One decimal at most, rounded down so 59.96 never reads as a pass mark of 60: "59.9 %".
std::string format_percent(double percent);

}  // namespace cuepoint::ui
