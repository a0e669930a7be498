// Text answer normalisation, shared by grading and anything that stores or compares
// typed answers: Unicode NFKC + case folding (ICU's NFKC_Casefold, which also drops
// default-ignorable characters such as soft hyphens), then leading/trailing white space
// removed and inner runs of white space collapsed to one U+0020.
//   "  Ébène " -> "ébène";  "ﬁne" -> "fine";  "１２" -> "12";  "A\t  b" -> "a b"
#pragma once

#include <string>
#include <string_view>

namespace cuepoint::lesson {

// Input is UTF-8; ill-formed sequences become U+FFFD.
std::string normalize_text(std::string_view utf8);

bool text_matches(std::string_view response, std::string_view accepted);

}  // namespace cuepoint::lesson
