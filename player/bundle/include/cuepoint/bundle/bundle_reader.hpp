// Reads an answers bundle that a stranger may have written: bounded in size, line
// length and depth (cuepoint_json_input), every field checked for its type, the
// version known, the end line present and the SHA-256 right. Throws BundleError
// naming the file (and line) and what is wrong.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "cuepoint/bundle/bundle.hpp"

namespace cuepoint::bundle {

// `text` is the whole file, named `file` in messages.
Bundle parse_bundle(std::string_view text, const std::string& file, const BundleLimits& limits = {});

// Reads `path` (a regular file, at most limits.max_file_bytes) and parses it.
Bundle read_bundle(const std::filesystem::path& path, const BundleLimits& limits = {});

}  // namespace cuepoint::bundle
