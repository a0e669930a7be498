// UTF-8 checks at the text layer's door: Pango would otherwise replace bad bytes silently or
// warn on an index inside a character.
#pragma once

#include <cstddef>
#include <string>

namespace cuepoint::text {

// Throws TextError "<what> is not valid UTF-8 at byte N".
void check_utf8(const std::string& text, const char* what);

// Throws TextError unless `index` is at most text.size() and starts a character (or is the end).
void check_boundary(const std::string& text, std::size_t index, const char* what);

// The byte offset `count` characters after `index`.
std::size_t advance_characters(const std::string& text, std::size_t index, int count);

}  // namespace cuepoint::text
