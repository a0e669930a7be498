// The expected samples, from FFmpeg itself: the whole file decoded once, without
// seeking, with plain libav calls, converted to the track's output format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace cuepoint::media::testing {

struct ReferenceAudio {
  int sample_rate = 0;
  int channels = 0;
  std::int64_t first_sample = 0;  // lesson-time index of samples[0]
  std::vector<float> samples;     // interleaved F32

  std::int64_t frames() const { return static_cast<std::int64_t>(samples.size()) / channels; }
  // The interleaved samples of frames [from, from + count) in lesson-time indices.
  std::vector<float> slice(std::int64_t from, std::int64_t count) const;
};

const ReferenceAudio& reference_audio(const std::filesystem::path& path);

}  // namespace cuepoint::media::testing
