// The start screen on a shared device: "Who is watching?" with the learners known here,
// or "What is your name?" on first use, a name field and Start.
#include <algorithm>

#include "buttons.hpp"
#include "card_stack.hpp"
#include "parts.hpp"
#include "text_field.hpp"

namespace cuepoint::overlay {

void draw_learner_screen(Painter& p, const ui::Widget& learner, const Screen& screen) {
  const Theme& t = p.theme();
  p.fill_rect(Rect{0, 0, screen.width, screen.height}, t.screen);
  const int padding = p.px(32);
  const int inner = card_width(p, screen, 480) - 2 * padding;
  CardStack stack(p, inner);
  for (const auto& child : learner.children) {
    if (child.role == ui::Role::Heading) {
      const auto label = p.text(child.name, p.style(t.heading, t.text, 700, inner));
      stack.add(
          Painter::text_height(*label), [&p, label](int x, int y) { p.paint(*label, x, y); }, p.px(20));
    } else if (child.role == ui::Role::Button && child.id != ui::ids::kLearnerStart) {
      const int height = button_height(p);
      const bool first = child.id == ui::ids::known_learner(0);
      stack.add(
          height,
          [&p, &child, inner, height, first](int x, int y) {
            draw_button(p, child, Rect{x, y, inner, height},
                        first ? ButtonKind::Primary : ButtonKind::Secondary);
          },
          p.px(10));
    } else if (child.role == ui::Role::Label || child.role == ui::Role::Alert) {
      const bool problem = child.role == ui::Role::Alert;
      const auto label =
          p.text(child.name, p.style(t.body, problem ? t.incorrect : t.muted, problem ? 600 : 400, inner));
      stack.add(
          Painter::text_height(*label), [&p, label](int x, int y) { p.paint(*label, x, y); }, p.px(10));
    } else if (child.role == ui::Role::TextField) {
      const int height = text_field_height(p);
      stack.add(
          height,
          [&p, &child, inner, height](int x, int y) {
            draw_text_field(p, child, Rect{x, y, inner, height});
          },
          p.px(14));
    }
  }
  if (const ui::Widget* start = learner.find(ui::ids::kLearnerStart)) {
    const int height = button_height(p);
    stack.add(
        height,
        [&p, start, inner](int x, int y) {
          draw_button_row(p, {start}, Rect{x, y, inner, 0}, false);
        },
        0);
  }
  Screen full = screen;
  full.free_bottom = screen.height;
  stack.draw(learner, full, padding, false);
}

}  // namespace cuepoint::overlay
