// A lesson and its import notes as text, one line per fact, so that a test can say
// exactly what an H5P file imports to in a form a reader can check against the file.
#pragma once

#include <string>
#include <vector>

#include "cuepoint/h5p/converter.hpp"
#include "cuepoint/lesson/model.hpp"

namespace cuepoint::testing {

// "cue q1 0:26.992 pause optional single-choice 'prompt'" then one line per choice
// ("  a* 'text' feedback 'x'"), accepted answer, feedback and seek; chapters, captions,
// settings and the header first.
std::string lesson_text(const lesson::Lesson& lesson);

// One h5p::to_string line per note.
std::string notes_text(const std::vector<h5p::ImportNote>& notes);

}  // namespace cuepoint::testing
