// Checks on the raw bytes of a lesson file that pugixml does not make: the whole file
// must be UTF-8 with only XML characters, and it must not use a DOCTYPE or any entity
// beyond the five predefined ones (no entity expansion tricks, no external fetches).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cuepoint::lesson {

struct RawProblem {
  std::size_t offset = 0;
  std::string message;
};

// The first byte that is not part of well-formed UTF-8, or a character XML 1.0 forbids
// (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF).
std::optional<RawProblem> find_encoding_problem(std::string_view text);

// The first DOCTYPE or undefined entity / invalid character reference, skipping
// comments, CDATA sections and processing instructions.
std::optional<RawProblem> find_markup_problem(std::string_view text);

}  // namespace cuepoint::lesson
