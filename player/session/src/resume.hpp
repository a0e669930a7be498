// Where a learner left a lesson: their attempts at its cues (over every earlier
// session of the lesson) and the position of their last session of this exact
// lesson content, unless that session was completed.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "cuepoint/runtime/lesson_runtime.hpp"
#include "cuepoint/store/store.hpp"

namespace cuepoint::session {

struct ResumePoint {
  std::vector<std::pair<const lesson::Cue*, runtime::CueProgress>> progress;  // cues with attempts
  lesson::Micros position = 0;
};

// `current_session` (just begun) is not an earlier session. Throws store::StoreError.
ResumePoint find_resume_point(store::Store& store, const lesson::Lesson& lesson,
                              const std::string& lesson_sha256, const std::string& learner_id,
                              const std::string& current_session);

}  // namespace cuepoint::session
