#include "cuepoint/overlay/canvas.hpp"

#include <cstring>
#include <string>

#include "cairo_handles.hpp"

namespace cuepoint::overlay {
namespace {

// A Cairo surface over the canvas's own pixels (drawn on in place).
CairoSurfacePtr surface_over(Canvas& canvas, const char* what) {
  CairoSurfacePtr surface(cairo_image_surface_create_for_data(canvas.pixels.data(), CAIRO_FORMAT_ARGB32,
                                                              canvas.width, canvas.height, canvas.stride));
  check_cairo(cairo_surface_status(surface.get()), what);
  return surface;
}

}  // namespace

Canvas solid_canvas(int width, int height, std::uint32_t argb) {
  if (width <= 0 || height <= 0 || width > 32767 || height > 32767) {
    throw OverlayError("overlay: a canvas must be 1..32767 pixels a side, got " + std::to_string(width) +
                       "x" + std::to_string(height));
  }
  Canvas canvas;
  canvas.width = width;
  canvas.height = height;
  canvas.stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width);
  canvas.pixels.resize(static_cast<std::size_t>(canvas.stride) * height);
  for (std::size_t offset = 0; offset < canvas.pixels.size(); offset += 4) {
    std::memcpy(canvas.pixels.data() + offset, &argb, sizeof argb);
  }
  return canvas;
}

Canvas rgb_canvas(int width, int height, const std::vector<std::uint8_t>& rgb) {
  Canvas canvas = solid_canvas(width, height, 0xFF000000U);
  if (rgb.size() != static_cast<std::size_t>(width) * height * 3) {
    throw OverlayError("overlay: an RGB frame of " + std::to_string(width) + "x" + std::to_string(height) +
                       " needs " + std::to_string(static_cast<std::size_t>(width) * height * 3) +
                       " bytes, got " + std::to_string(rgb.size()));
  }
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      const std::uint8_t* p = rgb.data() + (static_cast<std::size_t>(y) * width + x) * 3;
      const std::uint32_t value =
          0xFF000000U | (std::uint32_t{p[0]} << 16U) | (std::uint32_t{p[1]} << 8U) | p[2];
      std::memcpy(canvas.pixels.data() + static_cast<std::size_t>(y) * canvas.stride +
                      static_cast<std::size_t>(x) * 4,
                  &value, sizeof value);
    }
  }
  return canvas;
}

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
  Canvas copy = canvas;  // Cairo wants a writable buffer even to read it; the canvas stays untouched
  const CairoSurfacePtr surface = surface_over(copy, "overlay: PNG source");
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
  draw_over(out, overlay, 0, 0);
  return out;
}

void draw_over(Canvas& target, const Canvas& source, int x, int y, double scale) {
  if (!(scale > 0)) throw OverlayError("overlay: a scale must be positive, got " + std::to_string(scale));
  const CairoSurfacePtr target_surface = surface_over(target, "overlay: drawing target");
  Canvas copy = source;  // Cairo wants a writable buffer even for a source
  const CairoSurfacePtr source_surface = surface_over(copy, "overlay: drawing source");
  const CairoPtr cr(cairo_create(target_surface.get()));
  cairo_translate(cr.get(), x, y);
  cairo_scale(cr.get(), scale, scale);
  cairo_set_source_surface(cr.get(), source_surface.get(), 0, 0);
  if (scale != 1.0) cairo_pattern_set_filter(cairo_get_source(cr.get()), CAIRO_FILTER_GOOD);
  cairo_paint(cr.get());
  cairo_surface_flush(target_surface.get());
  check_cairo(cairo_status(cr.get()), "overlay: drawing a canvas");
}

}  // namespace cuepoint::overlay
