// Prints a lesson as format v1 XML: UTF-8, two-space indentation, attributes in a fixed
// order, times in canonical form (format_time), and attributes left out when they hold
// their default value. The output is stable (writing a re-parsed lesson gives the same
// bytes) and parses back to an equal model.
#pragma once

#include <string>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::lesson {

std::string write_lesson(const Lesson& lesson);

}  // namespace cuepoint::lesson
