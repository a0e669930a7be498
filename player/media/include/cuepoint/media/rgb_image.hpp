// A packed RGB24 image (screenshots, window read-backs) and its PNG file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace cuepoint::media {

struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // rows of width * 3 bytes, top to bottom, no padding
};

// Writes `image` as an RGB PNG (FFmpeg's PNG encoder). Throws MediaError naming
// `path`; std::invalid_argument when pixels does not hold width * height * 3 bytes.
void write_png(const RgbImage& image, const std::filesystem::path& path);

}  // namespace cuepoint::media
