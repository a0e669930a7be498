// A `.cuepoint` package as a lesson source behind load_lesson(): the package is
// opened and checked (entry rules, sizes and the manifest, then every hash, at
// open), lesson.xml is parsed from it, and media references point into it
// ("DIR/lesson.cuepoint/lecture.mp4"), which cuepoint_av reads in place.
#pragma once

#include <filesystem>

#include "cuepoint/loader/lesson_loader.hpp"

namespace cuepoint::loader {

// `check_hashes` false: the scan_lesson of a package (entries, sizes and manifest only).
LoadResult load_package_lesson(const std::filesystem::path& package, const DigestProgress& progress,
                               bool check_hashes = true);

}  // namespace cuepoint::loader
