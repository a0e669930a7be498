// Turns FFmpeg status codes into the engine's error messages.
#pragma once

#include <filesystem>
#include <string>

#include "cuepoint/av/error_text.hpp"

namespace cuepoint::media {

using av::av_error_text;

// "<file name>: <what>" — every MediaError names the file it is about.
[[noreturn]] void throw_media_error(const std::filesystem::path& path, const std::string& what);

}  // namespace cuepoint::media
