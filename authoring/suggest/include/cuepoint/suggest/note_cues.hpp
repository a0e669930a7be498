// `suggest --add`: the suggestions inserted into a lesson as `note` cues for the
// teacher to edit. The file is edited as text, not rewritten from the model, so
// comments and formatting stay byte for byte: each new cue goes on lines of its
// own, in time order, indented like its neighbours (above the comment lines
// that stand right above the next cue). The result is validated
// before it is written, and written atomically (a temporary file renamed over
// the lesson). One function, so that the authoring tools' shared surgical editor
// can take its place.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "cuepoint/suggest/suggestions.hpp"

namespace cuepoint::suggest {

class NoteCueError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct AddedCues {
  std::vector<std::string> ids;  // of the cues added, in time order
  int skipped = 0;               // suggestions at the time of a cue the lesson already has
};

// Ids are "suggested-N", N the smallest numbers no cue of the lesson uses. Throws
// NoteCueError (the lesson left untouched): the lesson cannot be read, is invalid
// (its diagnostics, FILE:LINE:COL), is read-only, or cannot be replaced.
AddedCues add_note_cues(const std::filesystem::path& lesson_file, const std::vector<Suggestion>& suggestions);

}  // namespace cuepoint::suggest
