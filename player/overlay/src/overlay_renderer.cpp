#include "cuepoint/overlay/overlay_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "cuepoint/ui/library_picker.hpp"

#include "cairo_handles.hpp"
#include "painter.hpp"
#include "parts.hpp"

namespace cuepoint::overlay {
namespace {

// Enough for every block of a few screens (a question card at 2x is about 2 MB of text).
constexpr std::size_t kTextCacheBytes = 24U << 20U;
constexpr double kSmallestFit = 0.5;

void check_size(int width, int height, double scale) {
  if (width <= 0 || height <= 0 || width > 16384 || height > 16384) {
    throw OverlayError("overlay: the output size must be 1..16384 pixels a side, got " +
                       std::to_string(width) + "x" + std::to_string(height));
  }
  if (!(scale >= 0.25 && scale <= 8.0)) {
    throw OverlayError("overlay: scale must be in [0.25, 8], got " + std::to_string(scale));
  }
}

void prepare(Canvas& canvas, int width, int height) {
  const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width);
  if (stride < 0) throw OverlayError("overlay: Cairo refuses a canvas " + std::to_string(width) + " wide");
  canvas.width = width;
  canvas.height = height;
  canvas.stride = stride;
  // Transparent everywhere until something is drawn: the video shows through.
  canvas.pixels.assign(static_cast<std::size_t>(stride) * height, 0);
}

}  // namespace

struct OverlayRenderer::Impl {
  text::TextRenderer renderer;
  text::TextCache cache{renderer, kTextCacheBytes};
  Canvas canvas;
  Layout layout;
  std::optional<FieldLayout> field;
  Thumbnails thumbnails;

  double draw_once(const ui::View& view, int width, int height, double scale);
};

OverlayRenderer::OverlayRenderer() : impl_(std::make_unique<Impl>()) {}
OverlayRenderer::OverlayRenderer(OverlayRenderer&&) noexcept = default;
OverlayRenderer& OverlayRenderer::operator=(OverlayRenderer&&) noexcept = default;
OverlayRenderer::~OverlayRenderer() = default;

// One pass over the view at `scale`; returns how much smaller the tallest card would have to be
// to fit (1 when everything fits).
double OverlayRenderer::Impl::draw_once(const ui::View& view, int width, int height, double scale) {
  prepare(canvas, width, height);
  layout = Layout{};
  field.reset();

  const CairoSurfacePtr surface(cairo_image_surface_create_for_data(canvas.pixels.data(), CAIRO_FORMAT_ARGB32,
                                                                    width, height, canvas.stride));
  check_cairo(cairo_surface_status(surface.get()), "overlay: canvas surface");
  const CairoPtr cr(cairo_create(surface.get()));
  check_cairo(cairo_status(cr.get()), "overlay: Cairo context");

  const double text_scale = std::clamp(view.text_scale, 0.5, 3.0);
  Painter p(cr.get(), renderer, cache, theme_for(view), scale, text_scale, layout);
  Screen screen{width, height, height};
  for (const auto& child : view.root.children) {
    if (child.id == ui::ids::kControls) screen.free_bottom = draw_control_bar(p, child, screen);
  }
  // Back to front: the widgets over the video, then the layers above them in the view's order.
  for (const auto& child : view.root.children) {
    const std::string_view id = child.id;
    if (id == ui::ids::kCaptionText) {
      draw_caption(p, child, screen);
    } else if (id == ui::ids::kToasts) {
      draw_toasts(p, child, screen);
    } else if (id == ui::ids::kNotice) {
      draw_notice(p, child, screen);
    } else if (id == ui::ids::kCaptionsMenu) {
      draw_captions_menu(p, child, screen, layout);
    } else if (id == ui::ids::kQuestion || id == ui::ids::kNote) {
      draw_question_card(p, child, screen);
    } else if (id == ui::ids::kHelp) {
      draw_help(p, child, screen);
    } else if (id == ui::ids::kQuitDialog) {
      draw_quit_dialog(p, child, screen);
    } else if (id == ui::ids::kEnd) {
      draw_end_screen(p, child, screen);
    } else if (id == ui::ids::kLearner) {
      draw_learner_screen(p, child, screen);
    } else if (id == ui::ids::kLibrary) {
      draw_library_screen(p, child, screen, thumbnails);
    }
  }
  p.focus_ring();
  field = p.take_field();
  cairo_surface_flush(surface.get());
  check_cairo(cairo_status(cr.get()), "overlay: drawing");
  return p.fit();
}

const Canvas& OverlayRenderer::draw(const ui::View& view, int width, int height, double scale) {
  check_size(width, height, scale);
  const double fit = impl_->draw_once(view, width, height, scale);
  // A card taller than a small window is drawn again, everything smaller, rather than cut off
  // (at most down to half size; cards do not scroll).
  if (fit < 1.0) impl_->draw_once(view, width, height, scale * std::max(kSmallestFit, fit * 0.98));
  return impl_->canvas;
}

const Layout& OverlayRenderer::layout() const { return impl_->layout; }

void OverlayRenderer::set_thumbnail(const std::string& widget_id, Thumbnail thumbnail) {
  impl_->thumbnails[widget_id] = std::move(thumbnail);
}

std::optional<std::size_t> OverlayRenderer::caret_at(int x, int y) const {
  const auto& field = impl_->field;
  if (!field || !field->box.contains(x, y)) return std::nullopt;
  const text::Hit hit = field->layout.hit_test(x - field->origin_x, y - field->origin_y);
  std::size_t index = hit.index;
  // The layout shows the composition spliced in at the caret; the UI wants committed-text indices.
  if (field->preedit_len > 0 && index > field->caret) {
    index = index >= field->caret + field->preedit_len ? index - field->preedit_len : field->caret;
  }
  return index;
}

}  // namespace cuepoint::overlay
