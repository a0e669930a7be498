// The skip-ahead limit the seek bar shows and the UI clamps forward seeks to,
// read from the lesson runtime the session owns. The window sends it to the UI
// (SeekLimitChanged) whenever the position or a cue's progress changes.
#pragma once

#include <optional>

#include "cuepoint/runtime/lesson_runtime.hpp"
#include "cuepoint/ui/input.hpp"

namespace cuepoint::ui {

// nullopt when the lesson allows skipping ahead; else the furthest point a forward
// seek from `position` may reach (runtime::LessonRuntime::allowed_seek_target toward
// the end) and the unanswered required cue that sets it, if one does.
std::optional<SeekLimit> seek_limit(const runtime::LessonRuntime& runtime, Micros position, Micros duration);

}  // namespace cuepoint::ui
