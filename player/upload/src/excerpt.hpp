// Text from outside (an LRS's answer, a config value) shown in a message:
// on one line and short, never an attacker's whole value.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cuepoint::upload {

constexpr std::size_t kExcerptLength = 80;

// Runs of whitespace and control characters become one space; text longer
// than `max_length` bytes is cut (at a UTF-8 character boundary) and ends in "...".
std::string excerpt(std::string_view text, std::size_t max_length = kExcerptLength);

}  // namespace cuepoint::upload
