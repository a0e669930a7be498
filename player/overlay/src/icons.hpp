// Button icons drawn as Cairo paths (no image files to ship or scale): each fills or strokes
// inside `box` in `colour`, crisp at any HiDPI scale.
#pragma once

#include "painter.hpp"

namespace cuepoint::overlay {

enum class Icon {
  Play,
  Pause,
  Back10,
  Forward10,
  Volume,
  Muted,
  Fullscreen,
  Captions,
  Help,
  Contrast,
  Check,
  Cross,
  Info,
  Rewatch,
};

void draw_icon(Painter& p, Icon icon, Rect box, Rgba colour);

}  // namespace cuepoint::overlay
