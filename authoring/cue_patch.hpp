// Turns a <cue> element as written into the cue `after`, changing only what
// differs from `before` (the model the element was read as): an attribute, a
// prompt's text, the choices, the answer... Parts that change are taken from the
// lesson writer's output for `after` (write_cue), so new elements are written as
// the writer writes them; everything else inside the cue keeps its bytes.
#pragma once

#include <pugixml.hpp>

#include "cuepoint/lesson/model.hpp"
#include "source_editor.hpp"

namespace cuepoint::authoring {

void patch_cue(SourceEditor& editor, pugi::xml_node cue_node, const lesson::Cue& before,
               const lesson::Cue& after);

}  // namespace cuepoint::authoring
