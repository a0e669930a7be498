// Sealing a lesson for `pack --seal`: every correct answer that can be stored as a
// salted hash is replaced by one (lesson-format's answer_key.hpp says how the hashes
// are made and compared); feedback, prompts and choice texts stay readable. What
// cannot be sealed (a numeric answer is graded by a range, not by equality) is left
// readable with a warning at its question, so the teacher sees it at pack time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cuepoint/lesson/diagnostic.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::authoring {

struct SealedLesson {
  lesson::Lesson lesson;                     // with <seal> and hashed answers
  std::vector<lesson::Diagnostic> unsealed;  // one warning per graded cue left readable
  int sealed_cues = 0;                       // graded cues whose answers are now hashes only
};

// Seals `plain` (a valid lesson without a <seal>) with `salt` (32 lowercase hex digits).
// `file` labels the warnings. Throws AuthoringError for a lesson that is already sealed.
SealedLesson seal_lesson(const lesson::Lesson& plain, std::string_view file, const std::string& salt);

}  // namespace cuepoint::authoring
