// Comparing packed RGB24 pictures (window read-backs, decoded frames): one crop and
// one mean difference for every test that looks at pixels.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

namespace cuepoint::testing {

// The mean absolute difference per byte; 255 (as unlike as can be) when the sizes
// differ or there is nothing to compare, so a missing picture never passes.
inline double mean_difference(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) {
  if (a.size() != b.size() || a.empty()) return 255.0;
  double sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += std::abs(int(a[i]) - int(b[i]));
  return sum / static_cast<double>(a.size());
}

template <class Image>  // media::RgbImage: width, height, pixels (rows of width * 3 bytes)
double mean_difference(const Image& a, const Image& b) {
  if (a.width != b.width || a.height != b.height) return 255.0;
  return mean_difference(std::span<const std::uint8_t>(a.pixels), std::span<const std::uint8_t>(b.pixels));
}

// The part of `image` at x, y of width x height pixels, clamped to the image.
template <class Image>
Image crop(const Image& image, int x, int y, int width, int height) {
  Image part;
  part.width = std::clamp(width, 0, std::max(0, image.width - x));
  part.height = std::clamp(height, 0, std::max(0, image.height - y));
  const auto row_bytes = static_cast<std::size_t>(part.width) * 3;
  part.pixels.resize(row_bytes * static_cast<std::size_t>(part.height));
  for (int row = 0; row < part.height; ++row) {
    const auto* from = image.pixels.data() + (static_cast<std::size_t>(y + row) * image.width + x) * 3;
    std::copy_n(from, row_bytes, part.pixels.data() + static_cast<std::size_t>(row) * row_bytes);
  }
  return part;
}

}  // namespace cuepoint::testing
