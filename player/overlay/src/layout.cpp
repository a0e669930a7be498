#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "cairo_handles.hpp"
#include "cuepoint/overlay/overlay_renderer.hpp"

namespace cuepoint::overlay {

bool Rect::contains(int px, int py) const { return px >= x && py >= y && px < x + width && py < y + height; }

std::uint32_t Canvas::pixel(int x, int y) const {
  if (x < 0 || y < 0 || x >= width || y >= height) {
    throw OverlayError("overlay: pixel (" + std::to_string(x) + ", " + std::to_string(y) +
                       ") is outside the " + std::to_string(width) + "x" + std::to_string(height) +
                       " canvas");
  }
  std::uint32_t value = 0;
  std::memcpy(&value, pixels.data() + static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(x) * 4,
              sizeof value);
  return value;
}

void write_png(const Canvas& canvas, const std::filesystem::path& path) {
  if (canvas.width == 0 || canvas.height == 0) throw OverlayError(path.string() + ": the canvas is empty");
  // Cairo wants a writable buffer even to read it; the canvas stays untouched.
  std::vector<std::uint8_t> copy = canvas.pixels;
  const CairoSurfacePtr surface(cairo_image_surface_create_for_data(
      copy.data(), CAIRO_FORMAT_ARGB32, canvas.width, canvas.height, canvas.stride));
  check_cairo(cairo_surface_status(surface.get()), path.string());
  const cairo_status_t status = cairo_surface_write_to_png(surface.get(), path.c_str());
  if (status != CAIRO_STATUS_SUCCESS) {
    throw OverlayError(path.string() + ": cannot write the PNG: " + cairo_status_to_string(status));
  }
}

Canvas composite(const Canvas& background, const Canvas& overlay) {
  if (background.width != overlay.width || background.height != overlay.height) {
    throw OverlayError("overlay: cannot composite a " + std::to_string(overlay.width) + "x" +
                       std::to_string(overlay.height) + " overlay over a " +
                       std::to_string(background.width) + "x" + std::to_string(background.height) + " frame");
  }
  Canvas out = background;
  const CairoSurfacePtr target(cairo_image_surface_create_for_data(out.pixels.data(), CAIRO_FORMAT_ARGB32,
                                                                   out.width, out.height, out.stride));
  check_cairo(cairo_surface_status(target.get()), "overlay: composite target");
  std::vector<std::uint8_t> source_pixels = overlay.pixels;  // Cairo wants a writable buffer
  const CairoSurfacePtr source(cairo_image_surface_create_for_data(
      source_pixels.data(), CAIRO_FORMAT_ARGB32, overlay.width, overlay.height, overlay.stride));
  check_cairo(cairo_surface_status(source.get()), "overlay: composite source");
  const CairoPtr cr(cairo_create(target.get()));
  cairo_set_source_surface(cr.get(), source.get(), 0, 0);
  cairo_paint(cr.get());
  cairo_surface_flush(target.get());
  check_cairo(cairo_status(cr.get()), "overlay: composite");
  return out;
}

lesson::Micros SeekBarArea::time_at(int x) const {
  if (track.width <= 0 || duration <= 0) return 0;
  const double f = std::clamp(static_cast<double>(x - track.x) / track.width, 0.0, 1.0);
  return static_cast<lesson::Micros>(std::llround(f * static_cast<double>(duration)));
}

std::string Layout::hit(int x, int y) const {
  for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
    if (it->rect.contains(x, y)) return it->widget_id;
  }
  return {};
}

const Hit* Layout::find(const std::string& widget_id) const {
  for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
    if (it->widget_id == widget_id) return &*it;
  }
  return nullptr;
}

}  // namespace cuepoint::overlay
