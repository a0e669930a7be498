// The element structure of format v1 (which elements, in which order and how often,
// which attributes, where text goes) and a checker that reports every departure from it.
// Values are not checked here; model_builder reads and checks them.
#pragma once

#include <pugixml.hpp>

#include <string>

#include "parse_context.hpp"

namespace cuepoint::lesson {

// Checks `root` (already known to be <lesson>) and everything below it.
void check_structure(pugi::xml_node root, ParseContext& context);

// The element's text: its text and CDATA children before its first child element,
// with runs of XML white space collapsed to one space and the ends trimmed.
std::string element_text(pugi::xml_node node);

}  // namespace cuepoint::lesson
