// What every part of the overlay draws with: the Cairo context over the canvas, the theme,
// the scale, cached text blocks, and the layout being collected (hits, seek bar, text field,
// the focused widget's rect for the focus ring drawn last).
#pragma once

#include <cairo.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#include "cuepoint/overlay/overlay_renderer.hpp"
#include "cuepoint/text/text_cache.hpp"
#include "cuepoint/text/text_layout.hpp"
#include "cuepoint/text/text_renderer.hpp"
#include "theme.hpp"

namespace cuepoint::overlay {

using TextPtr = std::shared_ptr<const text::RenderedText>;

// The focused text field's live layout, kept for caret_at().
struct FieldLayout {
  text::TextLayout layout;
  int origin_x = 0;  // where the layout's buffer was painted
  int origin_y = 0;
  Rect box;
  std::size_t caret = 0;        // committed caret
  std::size_t preedit_len = 0;  // bytes of composition spliced in at the caret
};

class Painter {
 public:
  Painter(cairo_t* cr, const text::TextRenderer& renderer, text::TextCache& cache, const Theme& theme,
          double scale, double text_scale, Layout& layout);

  cairo_t* cr() const { return cr_; }
  const Theme& theme() const { return theme_; }
  const text::TextRenderer& renderer() const { return renderer_; }
  double scale() const { return scale_; }
  double text_scale() const { return text_scale_; }
  // Window points to output pixels.
  int px(double points) const;
  double pxf(double points) const { return points * scale_; }

  // A text style of `points` (times text_scale), wrapped to `max_width` output pixels when non-zero.
  text::TextStyle style(double points, Rgba colour, int weight = 400, int max_width = 0,
                        text::Align align = text::Align::Start) const;
  // Text inside an icon: `pixels` high in output pixels, left-to-right, not scaled with text_scale.
  text::TextStyle icon_style(double pixels, Rgba colour, int weight) const;
  TextPtr text(const std::string& content, const text::TextStyle& style);
  // Paints a rendered block with its top-left buffer corner at (x, y); `alpha` fades it.
  void paint(const text::RenderedText& block, int x, int y, double alpha = 1.0);
  // A text block's drawn extent: the widest line and the last line's bottom.
  static int text_width(const text::RenderedText& block);
  static int text_height(const text::RenderedText& block);

  void set_colour(Rgba colour, double alpha = 1.0);
  void rounded_rect(Rect r, double radius);
  void fill_rounded(Rect r, double radius, Rgba colour);
  void stroke_rounded(Rect r, double radius, Rgba colour, double width);
  void fill_rect(Rect r, Rgba colour);
  void fill_circle(double cx, double cy, double radius, Rgba colour);
  // A card: soft shadow, filled panel, hairline border.
  void card(Rect r);
  // The dimmed frozen frame behind a modal dialog.
  void scrim(int width, int height);

  // Layout bookkeeping. A widget is hit-testable when drawn and enabled.
  void hit(const ui::Widget& widget, Rect rect);
  void hit_area(const std::string& id, Rect rect);  // a dialog's panel: clicks stop there
  // Remembers where the focused widget is; the ring is drawn over everything at the end.
  void focusable(const ui::Widget& widget, Rect rect, double radius);
  void focus_ring();
  void set_seek_bar(SeekBarArea area) { layout_.seek_bar = area; }
  void set_field(FieldLayout field);
  std::optional<FieldLayout> take_field() { return std::move(field_); }
  // A card needs `fit` times its space to fit the screen (< 1: it does not fit).
  void note_overflow(double fit) { fit_ = std::min(fit_, fit); }
  double fit() const { return fit_; }

 private:
  cairo_t* cr_;
  const text::TextRenderer& renderer_;
  text::TextCache& cache_;
  const Theme& theme_;
  double scale_;
  double text_scale_;
  Layout& layout_;
  std::optional<Rect> focus_rect_;
  double focus_radius_ = 0;
  std::optional<FieldLayout> field_;
  double fit_ = 1.0;
};

}  // namespace cuepoint::overlay
