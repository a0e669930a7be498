// Reads attribute values and text of a structurally checked <lesson> into the model,
// reporting every value that does not fit its syntax or range. A value that does not
// fit is left at its default, so later checks do not report it a second time.
#pragma once

#include <pugixml.hpp>

#include "cuepoint/lesson/model.hpp"
#include "parse_context.hpp"

namespace cuepoint::lesson {

Lesson build_lesson(pugi::xml_node root, ParseContext& context);

}  // namespace cuepoint::lesson
