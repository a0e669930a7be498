// Where things stand in a lesson's DOM and where new elements go: children in the
// order docs/lesson-format.md fixes (<lesson>: title, description, video,
// captions, settings, chapter, cue; <question>: prompt, choice, answer, accept,
// feedback, on-correct, on-incorrect), chapters and cues in ascending time.
#pragma once

#include <pugixml.hpp>

#include <string_view>
#include <vector>

#include "cuepoint/lesson/model.hpp"
#include "source_editor.hpp"

namespace cuepoint::authoring {

std::vector<pugi::xml_node> children_named(pugi::xml_node parent, std::string_view name);

// The <cue> with this id, or an empty node.
pugi::xml_node cue_element(pugi::xml_node root, std::string_view id);

// Queues `element_xml` (a new <name> element) after the last child of `parent`
// that comes before or with it in the format's order (before the first child
// when none does).
void insert_in_order(SourceEditor& editor, pugi::xml_node parent, std::string_view name,
                     std::string_view element_xml);

// Queues a new <chapter> or <cue> at time `at`: before the first one that is
// later (`except` is not counted: an element being moved), else in order.
// `verbatim`: the element is an existing one's source, inserted as is.
void insert_timed(SourceEditor& editor, std::string_view name, lesson::Micros at,
                  std::string_view element_xml, bool verbatim = false, pugi::xml_node except = {});

}  // namespace cuepoint::authoring
