// The UI holds its own copy of the lesson (it exists before a session does and
// outlives each one: start screen, retake, replay); each session has another.
// Cues are the same by index, so pointers cross over by index.
#pragma once

#include <cstddef>
#include <stdexcept>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::window_player {

inline const lesson::Cue* same_cue(const lesson::Lesson& from, const lesson::Lesson& to,
                                   const lesson::Cue* cue) {
  if (cue == nullptr) return nullptr;
  const auto* first = from.cues.data();
  if (cue < first || cue >= first + from.cues.size() || from.cues.size() != to.cues.size()) {
    throw std::logic_error("cue '" + cue->id + "' is not one of lesson '" + from.id + "'s cues");
  }
  return &to.cues[static_cast<std::size_t>(cue - first)];
}

}  // namespace cuepoint::window_player
