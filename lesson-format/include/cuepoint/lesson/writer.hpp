// Prints a lesson as format v1 XML: UTF-8, two-space indentation, attributes in a fixed
// order, times in canonical form (format_time), and attributes left out when they hold
// their default value. The output is stable (writing a re-parsed lesson gives the same
// bytes) and parses back to an equal model.
#pragma once

#include <string>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::lesson {

std::string write_lesson(const Lesson& lesson);

// One element as write_lesson prints it inside <lesson>: the element's own line
// unindented, inner lines indented two spaces per level, no line break at the
// end. For tools that insert an element into a lesson written by hand.
std::string write_cue(const Cue& cue);
std::string write_chapter(const Chapter& chapter);
std::string write_captions(const CaptionTrack& track);
std::string write_settings(const Settings& settings);

}  // namespace cuepoint::lesson
