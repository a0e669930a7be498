#include "audio_signal.hpp"

#include <cmath>
#include <cstddef>

namespace cuepoint::media::testing {

double zero_crossing_frequency(const std::vector<float>& samples, int channels, int sample_rate) {
  const std::size_t frames = samples.size() / channels;
  std::size_t first = 0;
  std::size_t last = 0;
  int crossings = 0;
  for (std::size_t i = 1; i < frames; ++i) {
    if (samples[(i - 1) * channels] < 0.0F && samples[i * channels] >= 0.0F) {
      if (crossings == 0) first = i;
      last = i;
      ++crossings;
    }
  }
  if (crossings < 2) return 0.0;
  // Whole periods between the first and last crossing.
  return static_cast<double>(crossings - 1) * sample_rate / static_cast<double>(last - first);
}

float peak(const std::vector<float>& samples) {
  float largest = 0.0F;
  for (float sample : samples) largest = std::fmax(largest, std::fabs(sample));
  return largest;
}

}  // namespace cuepoint::media::testing
