// Nearest-rank percentiles for the playback statistics.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace cuepoint::media {

// The p-th percentile (0 < p <= 100) by nearest rank; 0 for no samples.
inline double percentile(std::vector<double> samples, double p) {
  if (samples.empty()) return 0.0;
  std::sort(samples.begin(), samples.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
  return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

}  // namespace cuepoint::media
