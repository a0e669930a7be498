// The help overlay (every key and what it does) and the quit dialog.
#include <algorithm>

#include "buttons.hpp"
#include "card_stack.hpp"
#include "parts.hpp"

namespace cuepoint::overlay {
namespace {

constexpr double kPadding = 28;

void add_title(Painter& p, CardStack& stack, const std::string& title, int gap) {
  const auto label = p.text(title, p.style(p.theme().prompt, p.theme().text, 700, stack.inner_width()));
  stack.add(
      Painter::text_height(*label), [&p, label](int x, int y) { p.paint(*label, x, y); }, gap);
}

}  // namespace

void draw_help(Painter& p, const ui::Widget& help, const Screen& screen) {
  const Theme& t = p.theme();
  const int padding = p.px(kPadding);
  const int inner = card_width(p, screen, 620) - 2 * padding;
  CardStack stack(p, inner);
  add_title(p, stack, help.name, p.px(14));
  const int key_width = inner * 2 / 5;
  for (const auto& row : help.children) {
    if (row.role != ui::Role::Label) continue;
    const auto key = p.text(row.name, p.style(t.small, t.accent, 700, key_width - p.px(12)));
    const auto what = p.text(row.value, p.style(t.small, t.text, 400, inner - key_width));
    const int height = std::max(Painter::text_height(*key), Painter::text_height(*what));
    stack.add(
        height,
        [&p, key, what, key_width](int x, int y) {
          p.paint(*key, x, y);
          p.paint(*what, x + key_width, y);
        },
        p.px(5));
  }
  stack.space(p.px(14));
  add_buttons(p, stack, help, false);
  stack.draw(help, screen, padding, true);
}

void draw_quit_dialog(Painter& p, const ui::Widget& dialog, const Screen& screen) {
  const Theme& t = p.theme();
  const int padding = p.px(kPadding);
  const int inner = card_width(p, screen, 460) - 2 * padding;
  CardStack stack(p, inner);
  add_title(p, stack, dialog.name, p.px(10));
  if (!dialog.description.empty()) {
    const auto body = p.text(dialog.description, p.style(t.body, t.muted, 400, inner));
    stack.add(
        Painter::text_height(*body), [&p, body](int x, int y) { p.paint(*body, x, y); }, p.px(22));
  }
  add_buttons(p, stack, dialog, false);
  stack.draw(dialog, screen, padding, true);
}

}  // namespace cuepoint::overlay
