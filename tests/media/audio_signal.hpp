// Measurements on captured interleaved samples.
#pragma once

#include <vector>

namespace cuepoint::media::testing {

// Frequency of channel 0 from its rising zero crossings, in Hz of output time.
double zero_crossing_frequency(const std::vector<float>& samples, int channels, int sample_rate);

// Largest absolute sample value.
float peak(const std::vector<float>& samples);

}  // namespace cuepoint::media::testing
