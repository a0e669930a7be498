// Turns FFmpeg status codes into the engine's error messages.
#pragma once

#include <filesystem>
#include <string>

namespace cuepoint::media {

// FFmpeg's description of an AVERROR code, e.g. "No such file or directory".
std::string av_error_text(int code);

// "<file name>: <what>" — every MediaError names the file it is about.
[[noreturn]] void throw_media_error(const std::filesystem::path& path, const std::string& what);

}  // namespace cuepoint::media
