// The rules for entry names in a package that a stranger may have made.
#pragma once

#include <string>

namespace cuepoint::package {

// Why `name` may not be an entry of a package, or empty when it may: empty,
// absolute, drive-letter, '\', control characters, and empty, '.' or '..' parts.
std::string bad_entry_name(const std::string& name);

// `name` with ASCII letters lowered: two entries with the same folded name would
// be one file on a case-insensitive disk (a USB stick's FAT), so one is refused.
std::string folded_name(const std::string& name);

}  // namespace cuepoint::package
