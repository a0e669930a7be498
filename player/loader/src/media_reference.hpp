// Resolves one media reference of a lesson to the file it really names.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cuepoint/loader/lesson_loader.hpp"

namespace cuepoint::loader {

// Fills `reference.path` with the real path of `folder_as_named / src` when that
// lies inside `real_folder` (symlinks resolved) and is a regular file; otherwise
// leaves it empty and returns why, as a sentence for a Diagnostic.
std::optional<std::string> resolve_media(MediaReference& reference,
                                         const std::filesystem::path& folder_as_named,
                                         const std::filesystem::path& real_folder);

const char* to_string(MediaKind kind);

}  // namespace cuepoint::loader
