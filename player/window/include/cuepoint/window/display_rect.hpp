// Where a picture goes in the window: pure geometry, in output pixels.
#pragma once

#include "cuepoint/media/playback.hpp"

namespace cuepoint::window {

struct Rect {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
  bool operator==(const Rect&) const = default;
};

// The largest rectangle of the picture's display aspect (its size times its sample
// aspect ratio) that fits `area`, centred in it (bars left and right, or above and
// below). The side that is scaled to fit is rounded to an even length (at least 1).
Rect display_rect(const Rect& area, int picture_width, int picture_height, media::AspectRatio sample_aspect);

}  // namespace cuepoint::window
