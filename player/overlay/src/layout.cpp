#include <algorithm>
#include <cmath>
#include <ranges>
#include <string>

#include "cuepoint/overlay/overlay_renderer.hpp"

namespace cuepoint::overlay {

bool Rect::contains(int px, int py) const { return px >= x && py >= y && px < x + width && py < y + height; }

lesson::Micros SeekBarArea::time_at(int x) const {
  if (track.width <= 0 || duration <= 0) return 0;
  const double f = std::clamp(static_cast<double>(x - track.x) / track.width, 0.0, 1.0);
  return static_cast<lesson::Micros>(std::llround(f * static_cast<double>(duration)));
}

std::string Layout::hit(int x, int y) const {
  for (const Hit& h : std::views::reverse(hits)) {
    if (h.rect.contains(x, y)) return h.widget_id;
  }
  return {};
}

const Hit* Layout::find(const std::string& widget_id) const {
  for (const Hit& h : std::views::reverse(hits)) {
    if (h.widget_id == widget_id) return &h;
  }
  return nullptr;
}

}  // namespace cuepoint::overlay
