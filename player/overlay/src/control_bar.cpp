// The control bar: a dark gradient along the bottom edge, the seek bar across it, and a row
// of icon buttons below (play, -10 s, +10 s, mute, volume, time on the left; speed, captions,
// contrast, help, fullscreen on the right), as in mpv and YouTube.
#include <algorithm>
#include <cmath>
#include <string_view>

#include "cairo_handles.hpp"
#include "icons.hpp"
#include "parts.hpp"

namespace cuepoint::overlay {
namespace {

constexpr double kBarHeight = 96;     // from the bottom edge to the top of the gradient's solid part
constexpr double kShadeHeight = 150;  // the gradient starts this far above the bottom
constexpr double kTrackFromBottom = 62;
constexpr double kRowFromBottom = 28;
constexpr double kButton = 40;
constexpr double kSideMargin = 20;

int x_at(const Rect& track, lesson::Micros t, lesson::Micros duration) {
  if (duration <= 0) return track.x;
  const double f = std::clamp(static_cast<double>(t) / static_cast<double>(duration), 0.0, 1.0);
  return track.x + static_cast<int>(std::lround(f * track.width));
}

void shade(Painter& p, const Screen& screen) {
  const double top = screen.height - p.pxf(kShadeHeight);
  const CairoPatternPtr gradient(cairo_pattern_create_linear(0, top, 0, screen.height));
  const Rgba c = p.theme().bar_shade;
  cairo_pattern_add_color_stop_rgba(gradient.get(), 0, c.r / 255.0, c.g / 255.0, c.b / 255.0, 0);
  cairo_pattern_add_color_stop_rgba(gradient.get(), 0.45, c.r / 255.0, c.g / 255.0, c.b / 255.0,
                                    c.a / 255.0 * 0.6);
  cairo_pattern_add_color_stop_rgba(gradient.get(), 1, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0);
  check_cairo(cairo_pattern_status(gradient.get()), "overlay: control bar gradient");
  cairo_rectangle(p.cr(), 0, top, screen.width, screen.height - top);
  cairo_set_source(p.cr(), gradient.get());
  cairo_fill(p.cr());
}

// Diagonal stripes over what lies beyond the skip-ahead limit: not yet reachable.
void hatch(Painter& p, Rect r, Rgba colour) {
  cairo_t* cr = p.cr();
  cairo_save(cr);
  cairo_rectangle(cr, r.x, r.y, r.width, r.height);
  cairo_clip(cr);
  p.set_colour(colour);
  cairo_set_line_width(cr, p.pxf(1.5));
  const double step = p.pxf(6);
  for (double x = r.x - r.height; x < r.x + r.width + r.height; x += step) {
    cairo_move_to(cr, x, r.y + r.height);
    cairo_line_to(cr, x + r.height, r.y);
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

void draw_seek_bar(Painter& p, const ui::Widget& bar, const Screen& screen) {
  const Theme& t = p.theme();
  const lesson::Micros duration = bar.end.value_or(0);
  const lesson::Micros at = bar.at.value_or(0);
  const int centre = screen.height - p.px(kTrackFromBottom);
  const ui::Widget* hover = bar.find(ui::ids::kSeekHover);
  const int thickness = p.px(hover != nullptr || bar.focused ? 7 : 5);
  const Rect track{p.px(kSideMargin), centre - thickness / 2, screen.width - 2 * p.px(kSideMargin),
                   thickness};
  const double radius = thickness / 2.0;

  p.fill_rounded(track, radius, t.track);
  const int played_x = x_at(track, at, duration);
  p.fill_rounded(Rect{track.x, track.y, played_x - track.x, track.height}, radius, t.accent);

  for (const auto& child : bar.children) {
    if (child.role != ui::Role::Tick || !child.at || *child.at <= 0) continue;
    // A chapter start: a gap in the track, as YouTube draws chapters.
    const int x = x_at(track, *child.at, duration);
    cairo_set_operator(p.cr(), CAIRO_OPERATOR_DEST_OUT);
    p.fill_rect(Rect{x - p.px(1.5), track.y - 1, std::max(2, p.px(3)), track.height + 2}, Rgba{0, 0, 0, 200});
    cairo_set_operator(p.cr(), CAIRO_OPERATOR_OVER);
  }
  if (const ui::Widget* limit = bar.find(ui::ids::kSeekLimit); limit != nullptr && limit->at) {
    const int x = x_at(track, *limit->at, duration);
    const Rect beyond{x, track.y - p.px(2), track.x + track.width - x, track.height + p.px(4)};
    hatch(p, beyond, Rgba{t.limit.r, t.limit.g, t.limit.b, 110});
    // A flag post at the limit, taller than the track so it reads as "no further".
    const Rect post{x - p.px(1.5), centre - p.px(10), std::max(2, p.px(3)), p.px(20)};
    p.fill_rounded(post, p.pxf(1.5), t.limit);
  }
  for (const auto& child : bar.children) {
    if (child.role != ui::Role::Marker || child.status == ui::Status::Limit || !child.at) continue;
    const int x = x_at(track, *child.at, duration);
    p.fill_circle(x, centre, p.pxf(6), Rgba{0, 0, 0, 180});
    p.fill_circle(x, centre, p.pxf(4.5), t.for_status(child.status));
  }
  // The handle.
  p.fill_circle(played_x, centre, p.pxf(bar.focused || hover != nullptr ? 8 : 7), t.accent);
  p.fill_circle(played_x, centre, p.pxf(2.5), t.on_accent);

  const Rect hit{track.x - p.px(8), centre - p.px(14), track.width + p.px(16), p.px(28)};
  p.hit(bar, hit);
  p.focusable(bar, Rect{track.x - p.px(6), centre - p.px(10), track.width + p.px(12), p.px(20)}, p.pxf(10));
  if (bar.enabled) p.set_seek_bar(SeekBarArea{track, duration});

  if (hover != nullptr && hover->at) {
    const int x = x_at(track, *hover->at, duration);
    const auto label = p.text(hover->name, p.style(t.small, t.text, 600));
    const int pad = p.px(8);
    const int w = label->width + 2 * pad;
    const int h = label->height + p.px(8);
    const int left = std::clamp(x - w / 2, p.px(4), screen.width - w - p.px(4));
    const Rect bubble{left, centre - p.px(18) - h, w, h};
    p.fill_rounded(bubble, p.pxf(6), t.backdrop);
    p.paint(*label, bubble.x + pad, bubble.y + (h - label->height) / 2);
    p.fill_rect(Rect{x - p.px(1), track.y - p.px(3), std::max(1, p.px(2)), track.height + p.px(6)}, t.text);
  }
}

Icon icon_for(const ui::Widget& w) {
  const std::string_view id = w.id;
  if (id == ui::ids::kPlay) return w.name == "Pause" ? Icon::Pause : Icon::Play;
  if (id == ui::ids::kBack10) return Icon::Back10;
  if (id == ui::ids::kForward10) return Icon::Forward10;
  if (id == ui::ids::kMute) return w.pressed ? Icon::Muted : Icon::Volume;
  if (id == ui::ids::kCaptions) return Icon::Captions;
  if (id == ui::ids::kContrast) return Icon::Contrast;
  if (id == ui::ids::kFullscreen) return Icon::Fullscreen;
  return Icon::Help;
}

void icon_button(Painter& p, const ui::Widget& w, Rect r) {
  const Theme& t = p.theme();
  const bool active = (w.id == ui::ids::kCaptions && w.value != "Off") ||
                      (w.id == ui::ids::kContrast && w.pressed) || w.expanded;
  if (active) p.fill_rounded(r, p.pxf(8), Rgba{255, 255, 255, 30});
  const int inset = p.px(7);
  Rgba colour = w.enabled || w.id != ui::ids::kCaptions ? t.text : t.muted;
  draw_icon(p, icon_for(w), Rect{r.x + inset, r.y + inset, r.width - 2 * inset, r.height - 2 * inset},
            colour);
  if (active && w.id == ui::ids::kCaptions) {
    p.fill_rounded(Rect{r.x + p.px(10), r.y + r.height - p.px(5), r.width - p.px(20), p.px(3)}, p.pxf(1.5),
                   t.accent);
  }
  p.hit(w, r);
  p.focusable(w, r, p.pxf(8));
}

void volume_slider(Painter& p, const ui::Widget& w, Rect r) {
  const Theme& t = p.theme();
  const int centre = r.y + r.height / 2;
  const Rect track{r.x + p.px(6), centre - p.px(2), r.width - p.px(12), p.px(4)};
  p.fill_rounded(track, p.pxf(2), t.track);
  const bool muted = w.value == "muted";
  const int filled = static_cast<int>(std::lround(track.width * std::clamp(w.level, 0.0, 1.0)));
  p.fill_rounded(Rect{track.x, track.y, filled, track.height}, p.pxf(2), muted ? t.muted : t.text);
  p.fill_circle(track.x + filled, centre, p.pxf(6), muted ? t.muted : t.text);
  p.hit(w, r);
  p.focusable(w, r, p.pxf(8));
}

int text_button(Painter& p, const ui::Widget& w, int x, int y, int height, bool from_right) {
  const auto label = p.text(w.value.empty() ? w.name : w.value, p.style(p.theme().body, p.theme().text, 700));
  const int width = std::max(p.px(kButton), label->width + p.px(20));
  const Rect r{from_right ? x - width : x, y, width, height};
  p.paint(*label, r.x + (r.width - label->width) / 2, r.y + (r.height - label->height) / 2);
  p.hit(w, r);
  p.focusable(w, r, p.pxf(8));
  return width;
}

}  // namespace

int draw_control_bar(Painter& p, const ui::Widget& bar, const Screen& screen) {
  if (bar.hidden) return screen.height;
  shade(p, screen);
  const int size = p.px(kButton);
  const int row_y = screen.height - p.px(kRowFromBottom) - size / 2;
  const int gap = p.px(4);
  int left = p.px(kSideMargin) - p.px(8);
  int right = screen.width - p.px(kSideMargin) + p.px(8);
  const auto child = [&bar](std::string_view id) { return bar.find(id); };

  for (const std::string_view id : {ui::ids::kPlay, ui::ids::kBack10, ui::ids::kForward10, ui::ids::kMute}) {
    if (const ui::Widget* w = child(id)) {
      icon_button(p, *w, Rect{left, row_y, size, size});
      left += size + gap;
    }
  }
  if (const ui::Widget* volume = child(ui::ids::kVolume)) {
    const int width = p.px(76);
    volume_slider(p, *volume, Rect{left, row_y, width, size});
    left += width + p.px(12);
  }
  if (const ui::Widget* time = child(ui::ids::kTime)) {
    const auto label = p.text(time->value, p.style(p.theme().body, p.theme().text, 500));
    p.paint(*label, left, row_y + (size - label->height) / 2);
  }
  for (const std::string_view id : {ui::ids::kFullscreen, ui::ids::kHelpButton, ui::ids::kContrast}) {
    if (const ui::Widget* w = child(id)) {
      icon_button(p, *w, Rect{right - size, row_y, size, size});
      right -= size + gap;
    }
  }
  if (const ui::Widget* captions = child(ui::ids::kCaptions)) {
    icon_button(p, *captions, Rect{right - size, row_y, size, size});
    right -= size + gap;
  }
  if (const ui::Widget* speed = child(ui::ids::kSpeed)) text_button(p, *speed, right, row_y, size, true);
  if (const ui::Widget* seek = child(ui::ids::kSeekBar)) draw_seek_bar(p, *seek, screen);
  return screen.height - p.px(kBarHeight);
}

}  // namespace cuepoint::overlay
