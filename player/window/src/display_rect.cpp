#include "cuepoint/window/display_rect.hpp"

#include <algorithm>
#include <cmath>

namespace cuepoint::window {
namespace {

// Chroma-subsampled pictures scale more cleanly onto even sizes.
int even_length(double length, int limit) {
  int rounded = static_cast<int>(std::lround(length));
  rounded = std::min(rounded, limit);
  if (rounded > 1) rounded &= ~1;
  return std::max(rounded, 1);
}

}  // namespace

Rect display_rect(const Rect& area, int picture_width, int picture_height, media::AspectRatio sample_aspect) {
  if (area.width <= 0 || area.height <= 0 || picture_width <= 0 || picture_height <= 0) {
    return {area.x, area.y, std::max(area.width, 0), std::max(area.height, 0)};
  }
  double sar = 1.0;
  if (sample_aspect.num > 0 && sample_aspect.den > 0) sar = double(sample_aspect.num) / sample_aspect.den;
  const double aspect = sar * picture_width / picture_height;

  int width = 0;
  int height = 0;
  if (area.width >= area.height * aspect) {  // the area is wider: full height, bars left and right
    height = area.height;
    width = even_length(height * aspect, area.width);
  } else {  // the area is taller: full width, bars above and below
    width = area.width;
    height = even_length(width / aspect, area.height);
  }
  return {area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height};
}

}  // namespace cuepoint::window
