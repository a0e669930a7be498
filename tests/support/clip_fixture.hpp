// Media made at test time for the player's tests (headless, window): a short clip whose
// frames all differ, with FFmpeg's own decode of every frame as the reference.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cuepoint::testing {

struct ReferenceClip {
  std::filesystem::path file;
  int width = 0;
  int height = 0;
  std::vector<std::int64_t> frame_times;  // lesson time of each frame, microseconds, presentation order
  std::vector<std::uint8_t> rgb;          // every frame as RGB24, as FFmpeg decodes and converts it

  std::size_t frame_bytes() const { return static_cast<std::size_t>(width) * height * 3; }
  // Index of the last frame whose lesson time <= t (0 when none): what a cue at t must show.
  std::size_t frame_at(std::int64_t t) const;
  // Mean absolute difference per byte between frame `index` and an RGB24 image of the same size.
  double difference(std::size_t index, const std::vector<std::uint8_t>& image) const;
};

// Encodes `ffmpeg_output_args` (codec options + output file name inside `dir`)
// from a lavfi test source; the frame times come from the reference decoder
// (reference_decoder.hpp), the RGB frames from the ffmpeg CLI's conversion.
ReferenceClip make_reference_clip(const std::filesystem::path& dir, const std::string& name,
                                  const std::vector<std::string>& ffmpeg_output_args);

// A PNG (or any image) decoded by FFmpeg to RGB24.
std::vector<std::uint8_t> decode_image_rgb(const std::filesystem::path& image);

}  // namespace cuepoint::testing
