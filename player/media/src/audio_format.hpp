// The one sample format the audio path hands to outputs: interleaved 32-bit float
// at a fixed rate and channel count, so sample counts map to time by integer math.
#pragma once

#include <cstdint>

#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

struct AudioFormat {
  int sample_rate = 0;
  int channels = 0;

  bool operator==(const AudioFormat&) const = default;
};

inline constexpr Micros kMicrosPerSecond = 1'000'000;

}  // namespace cuepoint::media
