#include "painter.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "cairo_handles.hpp"

namespace cuepoint::overlay {

Painter::Painter(cairo_t* cr, const text::TextRenderer& renderer, text::TextCache& cache, const Theme& theme,
                 double scale, double text_scale, Layout& layout)
    : cr_(cr),
      renderer_(renderer),
      cache_(cache),
      theme_(theme),
      scale_(scale),
      text_scale_(text_scale),
      layout_(layout) {}

int Painter::px(double points) const { return static_cast<int>(std::lround(points * scale_)); }

text::TextStyle Painter::style(double points, Rgba colour, int weight, int max_width,
                               text::Align align) const {
  text::TextStyle s;
  s.size_px = points * text_scale_;
  s.colour = colour;
  s.weight = weight;
  s.align = align;
  // The text layer multiplies the wrap width by the scale; ours is already in output pixels.
  if (max_width > 0) s.max_width_px = std::max(1, static_cast<int>(std::floor(max_width / scale_)));
  return s;
}

text::TextStyle Painter::icon_style(double pixels, Rgba colour, int weight) const {
  text::TextStyle s;
  s.size_px = std::max(1.0, pixels / scale_);
  s.colour = colour;
  s.weight = weight;
  s.direction = text::Direction::LeftToRight;
  return s;
}

TextPtr Painter::text(const std::string& content, const text::TextStyle& style) {
  return cache_.get(text::TextBlock{content, false, std::nullopt}, style, scale_);
}

void Painter::paint(const text::RenderedText& block, int x, int y, double alpha) {
  if (block.width == 0 || block.height == 0) return;
  // Cairo only reads a source surface, so the shared, immutable buffer can back it as it is.
  const CairoSurfacePtr surface(cairo_image_surface_create_for_data(
      const_cast<unsigned char*>(block.pixels.data()),  // NOLINT(cppcoreguidelines-pro-type-const-cast)
      CAIRO_FORMAT_ARGB32, block.width, block.height, block.stride));
  check_cairo(cairo_surface_status(surface.get()), "overlay: text surface");
  cairo_set_source_surface(cr_, surface.get(), x, y);
  if (alpha >= 1.0) {
    cairo_paint(cr_);
  } else {
    cairo_paint_with_alpha(cr_, alpha);
  }
  // Drop the source before the surface goes, so the context holds no reference to the shared pixels.
  cairo_set_source_rgba(cr_, 0, 0, 0, 0);
}

int Painter::text_width(const text::RenderedText& block) {
  int right = 0;
  int left = block.width;
  for (const auto& line : block.lines) {
    left = std::min(left, line.logical.x);
    right = std::max(right, line.logical.x + line.logical.width);
  }
  if (block.lines.empty() || right <= left) return block.width;
  return right - left;
}

int Painter::text_height(const text::RenderedText& block) {
  if (block.lines.empty()) return block.height;
  const auto& last = block.lines.back().logical;
  return last.y + last.height;
}

void Painter::set_colour(Rgba colour, double alpha) {
  cairo_set_source_rgba(cr_, colour.r / 255.0, colour.g / 255.0, colour.b / 255.0, colour.a / 255.0 * alpha);
}

void Painter::rounded_rect(Rect r, double radius) {
  const double rad = std::min({radius, r.width / 2.0, r.height / 2.0});
  const double x = r.x;
  const double y = r.y;
  const double w = r.width;
  const double h = r.height;
  constexpr double kQuarter = std::numbers::pi / 2;
  cairo_new_sub_path(cr_);
  cairo_arc(cr_, x + w - rad, y + rad, rad, -kQuarter, 0);
  cairo_arc(cr_, x + w - rad, y + h - rad, rad, 0, kQuarter);
  cairo_arc(cr_, x + rad, y + h - rad, rad, kQuarter, 2 * kQuarter);
  cairo_arc(cr_, x + rad, y + rad, rad, 2 * kQuarter, 3 * kQuarter);
  cairo_close_path(cr_);
}

void Painter::fill_rounded(Rect r, double radius, Rgba colour) {
  rounded_rect(r, radius);
  set_colour(colour);
  cairo_fill(cr_);
}

void Painter::stroke_rounded(Rect r, double radius, Rgba colour, double width) {
  // Inset by half the line so the stroke stays inside r.
  const double inset = width / 2;
  cairo_save(cr_);
  cairo_translate(cr_, inset, inset);
  rounded_rect(Rect{r.x, r.y, static_cast<int>(r.width - width), static_cast<int>(r.height - width)}, radius);
  cairo_restore(cr_);
  set_colour(colour);
  cairo_set_line_width(cr_, width);
  cairo_stroke(cr_);
}

void Painter::fill_rect(Rect r, Rgba colour) {
  cairo_rectangle(cr_, r.x, r.y, r.width, r.height);
  set_colour(colour);
  cairo_fill(cr_);
}

void Painter::fill_circle(double cx, double cy, double radius, Rgba colour) {
  cairo_new_sub_path(cr_);
  cairo_arc(cr_, cx, cy, radius, 0, 2 * std::numbers::pi);
  set_colour(colour);
  cairo_fill(cr_);
}

void Painter::card(Rect r) {
  const double radius = pxf(theme_.radius);
  if (!theme_.high_contrast) {
    // A soft shadow: a few widening translucent outlines.
    for (int i = 4; i >= 1; --i) {
      const int grow = px(3.0 * i);
      fill_rounded(Rect{r.x - grow, r.y - grow + px(6), r.width + 2 * grow, r.height + 2 * grow},
                   radius + grow, Rgba{0, 0, 0, static_cast<std::uint8_t>(10 + 4 * (4 - i))});
    }
  }
  fill_rounded(r, radius, theme_.card);
  stroke_rounded(r, radius, theme_.card_border, pxf(theme_.border_width));
}

void Painter::scrim(int width, int height) { fill_rect(Rect{0, 0, width, height}, theme_.scrim); }

void Painter::hit(const ui::Widget& widget, Rect rect) {
  if (widget.enabled && !widget.hidden) layout_.hits.push_back(Hit{widget.id, rect});
}

void Painter::hit_area(const std::string& id, Rect rect) { layout_.hits.push_back(Hit{id, rect}); }

void Painter::focusable(const ui::Widget& widget, Rect rect, double radius) {
  if (!widget.focused) return;
  focus_rect_ = rect;
  focus_radius_ = radius;
}

void Painter::focus_ring() {
  if (!focus_rect_) return;
  const double width = pxf(theme_.focus_width);
  const int gap = px(3);
  const int grow = gap + static_cast<int>(std::ceil(width));
  const Rect r = *focus_rect_;
  const Rect ring{r.x - grow, r.y - grow, r.width + 2 * grow, r.height + 2 * grow};
  if (theme_.high_contrast) {
    // A black halo keeps the yellow ring visible on light and dark frames alike.
    stroke_rounded(Rect{ring.x - px(2), ring.y - px(2), ring.width + px(4), ring.height + px(4)},
                   focus_radius_ + grow + px(2), Rgba{0, 0, 0, 255}, width + pxf(2));
  }
  stroke_rounded(ring, focus_radius_ + grow, theme_.focus, width);
}

void Painter::set_field(FieldLayout field) {
  layout_.text_field = field.box;
  field_ = std::move(field);
}

}  // namespace cuepoint::overlay
