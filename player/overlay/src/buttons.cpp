#include "buttons.hpp"

#include <algorithm>

namespace cuepoint::overlay {
namespace {

text::TextStyle label_style(const Painter& p, Rgba colour) { return p.style(p.theme().body, colour, 600); }

}  // namespace

int button_height(const Painter& p) {
  // Tall enough for the label at any text size, and a comfortable pointer target.
  return std::max(p.px(44), static_cast<int>(p.pxf(p.theme().body) * 2.2 * 1.0));
}

int button_width(Painter& p, const ui::Widget& button) {
  const auto label = p.text(button.name, label_style(p, p.theme().text));
  return std::max(p.px(96), Painter::text_width(*label) + p.px(40));
}

void draw_button(Painter& p, const ui::Widget& button, Rect rect, ButtonKind kind) {
  const Theme& t = p.theme();
  const double radius = p.pxf(8);
  const double alpha = button.enabled ? 1.0 : 0.45;
  Rgba label_colour = t.text;
  if (kind == ButtonKind::Primary) {
    Rgba fill = t.accent;
    fill.a = static_cast<std::uint8_t>(fill.a * alpha);
    p.fill_rounded(rect, radius, fill);
    label_colour = t.on_accent;
  } else {
    p.fill_rounded(rect, radius, t.row);
    p.stroke_rounded(rect, radius, t.field_border, p.pxf(t.border_width));
  }
  const auto label = p.text(button.name, label_style(p, label_colour));
  p.paint(*label, rect.x + (rect.width - label->width) / 2, rect.y + (rect.height - label->height) / 2,
          alpha);
  p.hit(button, rect);
  p.focusable(button, rect, radius);
}

int draw_button_row(Painter& p, const std::vector<const ui::Widget*>& buttons, Rect row, bool right_to_left) {
  if (buttons.empty()) return 0;
  const int height = button_height(p);
  const int gap = p.px(12);
  int edge = right_to_left ? row.x : row.x + row.width;
  for (std::size_t i = 0; i < buttons.size(); ++i) {
    // The first (primary) button sits at the end edge, where the eye finishes reading.
    const int width = button_width(p, *buttons[i]);
    const int x = right_to_left ? edge : edge - width;
    draw_button(p, *buttons[i], Rect{x, row.y, width, height},
                i == 0 ? ButtonKind::Primary : ButtonKind::Secondary);
    edge = right_to_left ? edge + width + gap : edge - width - gap;
  }
  return height;
}

void add_buttons(Painter& p, CardStack& stack, const ui::Widget& dialog, bool right_to_left) {
  std::vector<const ui::Widget*> buttons;
  for (const auto& child : dialog.children) {
    if (child.role == ui::Role::Button) buttons.push_back(&child);
  }
  stack.add(
      button_height(p),
      [&p, buttons, right_to_left, inner = stack.inner_width()](int x, int y) {
        draw_button_row(p, buttons, Rect{x, y, inner, 0}, right_to_left);
      },
      0);
}

}  // namespace cuepoint::overlay
