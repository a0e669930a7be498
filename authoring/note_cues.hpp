// `suggest --add`: the suggestions inserted into a lesson as `note` cues for the
// teacher to edit, through the same edit as `cue add` (LessonEdit: the file is
// spliced with SourceEditor, so comments and formatting stay byte for byte; each
// new cue goes in time order with its neighbours' indentation, above the
// comment lines right above the next cue; the result is checked like validate
// and written atomically).
#pragma once

#include <string>
#include <vector>

#include "cuepoint/suggest/suggestions.hpp"
#include "lesson_edit.hpp"

namespace cuepoint::authoring {

struct AddedCues {
  std::vector<std::string> ids;  // of the cues added, in time order
  int skipped = 0;               // suggestions at the time of a cue the lesson already has
};

// Ids are "suggested-N", N the smallest numbers no cue of the lesson uses.
// Throws AuthoringError (the lesson left untouched) when the edit is refused.
AddedCues add_note_cues(const LessonEdit& edit, const std::vector<suggest::Suggestion>& suggestions);

}  // namespace cuepoint::authoring
