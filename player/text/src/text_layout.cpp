#include "cuepoint/text/text_layout.hpp"

#include <utility>

#include "cuepoint/text/text_error.hpp"
#include "layout_impl.hpp"
#include "pango_handles.hpp"
#include "utf8.hpp"

namespace cuepoint::text {

namespace {

PixelRect to_pixels(PangoRectangle rect, int origin_x, int origin_y) {
  pango_extents_to_pixels(nullptr, &rect);  // nearest pixel
  return {rect.x + origin_x, rect.y + origin_y, rect.width, rect.height};
}

bool is_rtl(PangoLayoutLine* line) {
  return line != nullptr && pango_layout_line_get_resolved_direction(line) == PANGO_DIRECTION_RTL;
}

}  // namespace

TextLayout::TextLayout(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextLayout::TextLayout(TextLayout&&) noexcept = default;
TextLayout& TextLayout::operator=(TextLayout&&) noexcept = default;
TextLayout::~TextLayout() = default;

const std::string& TextLayout::text() const { return impl_->text; }
int TextLayout::width() const { return impl_->width; }
int TextLayout::height() const { return impl_->height; }
int TextLayout::baseline() const {
  return PANGO_PIXELS(pango_layout_get_baseline(impl_->layout.get())) + impl_->origin_y;
}
bool TextLayout::right_to_left() const {
  return is_rtl(pango_layout_get_line_readonly(impl_->layout.get(), 0));
}
int TextLayout::unknown_glyphs() const { return pango_layout_get_unknown_glyphs_count(impl_->layout.get()); }
std::size_t TextLayout::composition_caret() const { return impl_->composition_caret; }

std::vector<LineExtent> TextLayout::lines() const {
  std::vector<LineExtent> lines;
  const LayoutIterPtr iter(pango_layout_get_iter(impl_->layout.get()));
  do {
    PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter.get());
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter.get(), nullptr, &logical);
    lines.push_back({static_cast<std::size_t>(pango_layout_line_get_start_index(line)),
                     static_cast<std::size_t>(pango_layout_line_get_length(line)),
                     to_pixels(logical, impl_->origin_x, impl_->origin_y),
                     PANGO_PIXELS(pango_layout_iter_get_baseline(iter.get())) + impl_->origin_y,
                     is_rtl(line)});
  } while (pango_layout_iter_next_line(iter.get()));
  return lines;
}

Caret TextLayout::caret(std::size_t index) const {
  check_boundary(impl_->text, index, "caret index");
  PangoRectangle strong;
  PangoRectangle weak;
  pango_layout_get_cursor_pos(impl_->layout.get(), static_cast<int>(index), &strong, &weak);
  return {to_pixels(strong, impl_->origin_x, impl_->origin_y),
          to_pixels(weak, impl_->origin_x, impl_->origin_y)};
}

PixelRect TextLayout::character_box(std::size_t index) const {
  check_boundary(impl_->text, index, "character index");
  PangoRectangle box;
  pango_layout_index_to_pos(impl_->layout.get(), static_cast<int>(index), &box);
  return to_pixels(box, impl_->origin_x, impl_->origin_y);
}

CaretMove TextLayout::move_visually(std::size_t index, int step) const {
  check_boundary(impl_->text, index, "caret index");
  if (step != 1 && step != -1) throw TextError("caret step must be +1 or -1, got " + std::to_string(step));
  int new_index = 0;
  int trailing = 0;
  pango_layout_move_cursor_visually(impl_->layout.get(), TRUE, static_cast<int>(index), 0, step, &new_index,
                                    &trailing);
  if (new_index < 0 || new_index == G_MAXINT) return {index, false};  // off the visual start or end
  return {advance_characters(impl_->text, static_cast<std::size_t>(new_index), trailing), true};
}

Hit TextLayout::hit_test(int x, int y) const {
  int index = 0;
  int trailing = 0;
  const bool inside =
      pango_layout_xy_to_index(impl_->layout.get(), (x - impl_->origin_x) * PANGO_SCALE,
                               (y - impl_->origin_y) * PANGO_SCALE, &index, &trailing) != FALSE;
  return {advance_characters(impl_->text, static_cast<std::size_t>(index), trailing), inside};
}

RenderedText TextLayout::render() const {
  RenderedText out;
  out.width = impl_->width;
  out.height = impl_->height;
  out.origin_x = impl_->origin_x;
  out.origin_y = impl_->origin_y;
  out.baseline = baseline();
  out.right_to_left = right_to_left();
  out.unknown_glyphs = unknown_glyphs();
  out.lines = lines();
  if (out.width == 0 || out.height == 0) return out;

  out.stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, out.width);
  if (out.stride < 0)
    throw TextError("text: Cairo cannot make a " + std::to_string(out.width) + "-pixel row");
  out.pixels.assign(static_cast<std::size_t>(out.stride) * static_cast<std::size_t>(out.height), 0);
  {
    // Cairo draws straight into our vector; the surface is gone before the vector leaves.
    const CairoSurfacePtr surface(cairo_image_surface_create_for_data(out.pixels.data(), CAIRO_FORMAT_ARGB32,
                                                                      out.width, out.height, out.stride));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
      throw TextError(std::string("text: Cairo cannot make the surface: ") +
                      cairo_status_to_string(cairo_surface_status(surface.get())));
    }
    const CairoPtr cr(cairo_create(surface.get()));
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      throw TextError(std::string("text: Cairo cannot draw: ") +
                      cairo_status_to_string(cairo_status(cr.get())));
    }
    const Rgba& c = impl_->colour;
    cairo_set_source_rgba(cr.get(), c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0);
    cairo_move_to(cr.get(), impl_->origin_x, impl_->origin_y);
    pango_cairo_show_layout(cr.get(), impl_->layout.get());
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      throw TextError(std::string("text: drawing the text failed: ") +
                      cairo_status_to_string(cairo_status(cr.get())));
    }
    cairo_surface_flush(surface.get());
  }
  return out;
}

}  // namespace cuepoint::text
