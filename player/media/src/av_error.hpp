// Turns FFmpeg status codes into the engine's error messages and kinds.
#pragma once

#include <filesystem>
#include <string>

#include "cuepoint/av/error_text.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

using av::av_error_text;

// "<file name>: <what>" — every MediaError names the file it is about.
[[noreturn]] void throw_media_error(MediaError::Kind kind, const std::filesystem::path& path,
                                    const std::string& what);

// The kind for an FFmpeg status code: out of memory and I/O errors are what they
// are whatever the call; anything else is `otherwise` (what the call failing means).
MediaError::Kind kind_of(int av_status, MediaError::Kind otherwise);

// Throws when an FFmpeg call failed (status < 0): "<file>: <doing>: <FFmpeg's words>",
// of kind_of(status, otherwise). Returns the status (>= 0) otherwise.
int check_av(int av_status, MediaError::Kind otherwise, const std::filesystem::path& path,
             const std::string& doing);

}  // namespace cuepoint::media
