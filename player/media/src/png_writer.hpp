// Encodes a decoded frame as an RGB PNG file with FFmpeg's PNG encoder.
#pragma once

#include <filesystem>

#include "av_handles.hpp"

namespace cuepoint::media {

// Throws MediaError naming `path` on any failure (conversion, encoding, writing).
void write_png_file(const AVFrame& frame, const std::filesystem::path& path);

}  // namespace cuepoint::media
