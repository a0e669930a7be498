// The end screen: score and pass mark, each question's result with a replay button for the
// missed ones, then "Replay what I missed", retake and close.
#include <algorithm>

#include "buttons.hpp"
#include "card_stack.hpp"
#include "icons.hpp"
#include "parts.hpp"

namespace cuepoint::overlay {
namespace {

constexpr double kPadding = 32;

void status_mark(Painter& p, ui::Status status, Rect r) {
  const Rgba colour = p.theme().for_status(status);
  switch (status) {
    case ui::Status::Correct:
    case ui::Status::Recorded:
      draw_icon(p, Icon::Check, r, colour);
      break;
    case ui::Status::Incorrect:
      draw_icon(p, Icon::Cross, r, colour);
      break;
    default:
      p.fill_circle(r.x + r.width / 2.0, r.y + r.height / 2.0, r.width / 4.0, colour);
      break;
  }
}

void add_result(Painter& p, CardStack& stack, const ui::Widget& item) {
  const Theme& t = p.theme();
  const int inner = stack.inner_width();
  const int mark = p.px(20);
  const int pad = p.px(10);
  const ui::Widget* replay = item.children.empty() ? nullptr : &item.children.front();
  const auto summary = p.text(item.value, p.style(t.small, t.for_status(item.status), 600));
  const int replay_width = replay != nullptr ? button_width(p, *replay) : 0;
  const int right = summary->width + (replay != nullptr ? replay_width + p.px(12) : 0);
  const int text_width = std::max(p.px(80), inner - mark - p.px(12) - right - p.px(16) - 2 * pad);
  auto prompt_style = p.style(t.body, t.text, 500, text_width);
  prompt_style.max_lines = 2;
  const auto prompt = p.text(item.name, prompt_style);
  const int height =
      std::max({Painter::text_height(*prompt), replay != nullptr ? button_height(p) : 0, mark}) + 2 * pad;
  stack.add(
      height,
      [&p, &item, replay, summary, prompt, mark, pad, inner, height, replay_width](int x, int y) {
        p.fill_rounded(Rect{x, y, inner, height}, p.pxf(10), p.theme().row);
        status_mark(p, item.status, Rect{x + pad, y + (height - mark) / 2, mark, mark});
        p.paint(*prompt, x + pad + mark + p.px(12), y + (height - Painter::text_height(*prompt)) / 2);
        int end = x + inner - pad;
        if (replay != nullptr) {
          const int bh = button_height(p);
          draw_button(p, *replay, Rect{end - replay_width, y + (height - bh) / 2, replay_width, bh},
                      ButtonKind::Secondary);
          end -= replay_width + p.px(12);
        }
        p.paint(*summary, end - summary->width, y + (height - summary->height) / 2);
      },
      p.px(6));
}

}  // namespace

void draw_end_screen(Painter& p, const ui::Widget& end, const Screen& screen) {
  const Theme& t = p.theme();
  p.fill_rect(Rect{0, 0, screen.width, screen.height}, t.screen);
  const int padding = p.px(kPadding);
  const int inner = card_width(p, screen, 760) - 2 * padding;
  CardStack stack(p, inner);
  const auto text_item = [&](const std::string& content, const text::TextStyle& style, int gap) {
    const auto label = p.text(content, style);
    stack.add(
        Painter::text_height(*label), [&p, label](int x, int y) { p.paint(*label, x, y); }, gap);
  };
  text_item(end.name, p.style(t.small, t.accent, 700, inner), p.px(6));
  if (const ui::Widget* title = end.find("end.title")) {
    text_item(title->name, p.style(t.heading, t.text, 700, inner), p.px(16));
  }
  if (const ui::Widget* score = end.find(ui::ids::kScore)) {
    text_item(score->value, p.style(t.prompt * 1.2, t.text, 600, inner), p.px(8));
  }
  if (const ui::Widget* pass = end.find(ui::ids::kPassMark)) {
    const auto label = p.text(pass->name + " " + pass->value, p.style(t.body, t.muted, 500));
    const auto badge = p.text(pass->description, p.style(t.small, t.on_accent, 700));
    const Rgba colour = t.for_status(pass->status);
    const int badge_h = badge->height + p.px(8);
    stack.add(
        std::max(label->height, badge_h),
        [&p, label, badge, colour, badge_h](int x, int y) {
          p.paint(*label, x, y + (std::max(label->height, badge_h) - label->height) / 2);
          const Rect pill{x + label->width + p.px(14), y, badge->width + p.px(20), badge_h};
          p.fill_rounded(pill, badge_h / 2.0, colour);
          p.paint(*badge, pill.x + p.px(10), pill.y + p.px(4));
        },
        p.px(22));
  }
  if (const ui::Widget* results = end.find(ui::ids::kResults)) {
    text_item(results->name, p.style(t.body, t.muted, 700, inner), p.px(10));
    for (const auto& item : results->children) add_result(p, stack, item);
    stack.space(p.px(18));
  }
  add_buttons(p, stack, end, false);
  Screen full = screen;
  full.free_bottom = screen.height;
  stack.draw(end, full, padding, false);
}

}  // namespace cuepoint::overlay
