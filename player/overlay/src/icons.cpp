#include "icons.hpp"

#include <algorithm>
#include <numbers>

namespace cuepoint::overlay {
namespace {

constexpr double kPi = std::numbers::pi;

// A unit square mapped onto the box: icons are drawn in 0..1 coordinates.
struct Unit {
  double x0;
  double y0;
  double size;
  double x(double u) const { return x0 + u * size; }
  double y(double v) const { return y0 + v * size; }
  double d(double u) const { return u * size; }
};

Unit unit(Rect box) {
  const double size = std::min(box.width, box.height);
  return Unit{box.x + (box.width - size) / 2.0, box.y + (box.height - size) / 2.0, size};
}

void speaker(cairo_t* cr, const Unit& u) {
  cairo_move_to(cr, u.x(0.12), u.y(0.38));
  cairo_line_to(cr, u.x(0.30), u.y(0.38));
  cairo_line_to(cr, u.x(0.52), u.y(0.18));
  cairo_line_to(cr, u.x(0.52), u.y(0.82));
  cairo_line_to(cr, u.x(0.30), u.y(0.62));
  cairo_line_to(cr, u.x(0.12), u.y(0.62));
  cairo_close_path(cr);
  cairo_fill(cr);
}

// A circular arrow around the centre, opening at the top; `clockwise` for forward.
void circular_arrow(cairo_t* cr, const Unit& u, bool clockwise) {
  const double cx = u.x(0.5);
  const double cy = u.y(0.54);
  const double r = u.d(0.36);
  cairo_set_line_width(cr, u.d(0.085));
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  if (clockwise) {
    cairo_arc(cr, cx, cy, r, -kPi / 2 + 0.05, 3 * kPi / 2 - 0.9);
  } else {
    cairo_arc_negative(cr, cx, cy, r, -kPi / 2 - 0.05, -5 * kPi / 2 + 0.9);
  }
  cairo_stroke(cr);
  // The arrow head at the top, pointing the way the arrow turns.
  const double dir = clockwise ? 1.0 : -1.0;
  cairo_move_to(cr, cx + dir * u.d(0.16), u.y(0.18));
  cairo_line_to(cr, cx - dir * u.d(0.06), u.y(0.04));
  cairo_line_to(cr, cx - dir * u.d(0.06), u.y(0.32));
  cairo_close_path(cr);
  cairo_fill(cr);
}

void ten(Painter& p, const Unit& u, Rgba colour) {
  const auto label = p.text("10", p.icon_style(u.d(0.34), colour, 700));
  p.paint(*label, static_cast<int>(u.x(0.5) - label->width / 2.0),
          static_cast<int>(u.y(0.56) - label->height / 2.0));
}

}  // namespace

void draw_icon(Painter& p, Icon icon, Rect box, Rgba colour) {
  cairo_t* cr = p.cr();
  const Unit u = unit(box);
  cairo_save(cr);
  p.set_colour(colour);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  switch (icon) {
    case Icon::Play:
      cairo_move_to(cr, u.x(0.28), u.y(0.16));
      cairo_line_to(cr, u.x(0.84), u.y(0.50));
      cairo_line_to(cr, u.x(0.28), u.y(0.84));
      cairo_close_path(cr);
      cairo_fill(cr);
      break;
    case Icon::Pause:
      cairo_rectangle(cr, u.x(0.24), u.y(0.18), u.d(0.18), u.d(0.64));
      cairo_rectangle(cr, u.x(0.58), u.y(0.18), u.d(0.18), u.d(0.64));
      cairo_fill(cr);
      break;
    case Icon::Back10:
    case Icon::Forward10:
      circular_arrow(cr, u, icon == Icon::Forward10);
      cairo_restore(cr);
      ten(p, u, colour);
      return;
    case Icon::Volume:
      speaker(cr, u);
      cairo_set_line_width(cr, u.d(0.07));
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
      cairo_arc(cr, u.x(0.52), u.y(0.5), u.d(0.16), -kPi / 4, kPi / 4);
      cairo_stroke(cr);
      cairo_arc(cr, u.x(0.52), u.y(0.5), u.d(0.30), -kPi / 4, kPi / 4);
      cairo_stroke(cr);
      break;
    case Icon::Muted:
      speaker(cr, u);
      cairo_set_line_width(cr, u.d(0.075));
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
      cairo_move_to(cr, u.x(0.64), u.y(0.38));
      cairo_line_to(cr, u.x(0.88), u.y(0.62));
      cairo_move_to(cr, u.x(0.88), u.y(0.38));
      cairo_line_to(cr, u.x(0.64), u.y(0.62));
      cairo_stroke(cr);
      break;
    case Icon::Fullscreen: {
      cairo_set_line_width(cr, u.d(0.09));
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
      const double a = 0.18;
      const double b = 0.40;
      const double c = 0.82;
      const double e = 0.60;
      cairo_move_to(cr, u.x(a), u.y(b));
      cairo_line_to(cr, u.x(a), u.y(a));
      cairo_line_to(cr, u.x(b), u.y(a));
      cairo_move_to(cr, u.x(e), u.y(a));
      cairo_line_to(cr, u.x(c), u.y(a));
      cairo_line_to(cr, u.x(c), u.y(b));
      cairo_move_to(cr, u.x(c), u.y(e));
      cairo_line_to(cr, u.x(c), u.y(c));
      cairo_line_to(cr, u.x(e), u.y(c));
      cairo_move_to(cr, u.x(b), u.y(c));
      cairo_line_to(cr, u.x(a), u.y(c));
      cairo_line_to(cr, u.x(a), u.y(e));
      cairo_stroke(cr);
      break;
    }
    case Icon::Captions: {
      cairo_set_line_width(cr, u.d(0.075));
      cairo_restore(cr);
      p.stroke_rounded(Rect{static_cast<int>(u.x(0.04)), static_cast<int>(u.y(0.16)),
                            static_cast<int>(u.d(0.92)), static_cast<int>(u.d(0.68))},
                       u.d(0.12), colour, u.d(0.075));
      const auto label = p.text("CC", p.icon_style(u.d(0.36), colour, 800));
      p.paint(*label, static_cast<int>(u.x(0.5) - label->width / 2.0),
              static_cast<int>(u.y(0.5) - label->height / 2.0));
      return;
    }
    case Icon::Help: {
      cairo_set_line_width(cr, u.d(0.075));
      cairo_arc(cr, u.x(0.5), u.y(0.5), u.d(0.38), 0, 2 * kPi);
      cairo_stroke(cr);
      cairo_restore(cr);
      const auto label = p.text("?", p.icon_style(u.d(0.44), colour, 800));
      p.paint(*label, static_cast<int>(u.x(0.5) - label->width / 2.0),
              static_cast<int>(u.y(0.5) - label->height / 2.0));
      return;
    }
    case Icon::Contrast:
      cairo_set_line_width(cr, u.d(0.075));
      cairo_arc(cr, u.x(0.5), u.y(0.5), u.d(0.36), 0, 2 * kPi);
      cairo_stroke(cr);
      cairo_arc(cr, u.x(0.5), u.y(0.5), u.d(0.36), -kPi / 2, kPi / 2);
      cairo_close_path(cr);
      cairo_fill(cr);
      break;
    case Icon::Check:
      cairo_set_line_width(cr, u.d(0.13));
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
      cairo_move_to(cr, u.x(0.18), u.y(0.52));
      cairo_line_to(cr, u.x(0.42), u.y(0.76));
      cairo_line_to(cr, u.x(0.84), u.y(0.26));
      cairo_stroke(cr);
      break;
    case Icon::Cross:
      cairo_set_line_width(cr, u.d(0.13));
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
      cairo_move_to(cr, u.x(0.24), u.y(0.24));
      cairo_line_to(cr, u.x(0.76), u.y(0.76));
      cairo_move_to(cr, u.x(0.76), u.y(0.24));
      cairo_line_to(cr, u.x(0.24), u.y(0.76));
      cairo_stroke(cr);
      break;
    case Icon::Info:
      cairo_set_line_width(cr, u.d(0.08));
      cairo_arc(cr, u.x(0.5), u.y(0.5), u.d(0.40), 0, 2 * kPi);
      cairo_stroke(cr);
      cairo_rectangle(cr, u.x(0.44), u.y(0.42), u.d(0.12), u.d(0.34));
      cairo_arc(cr, u.x(0.5), u.y(0.28), u.d(0.07), 0, 2 * kPi);
      cairo_fill(cr);
      break;
    case Icon::Rewatch:
      circular_arrow(cr, u, false);
      break;
  }
  cairo_restore(cr);
}

}  // namespace cuepoint::overlay
