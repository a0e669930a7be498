// The question card over the frozen cue frame: prompt, choices (radio or check rows with the
// digit that picks them), or a text field; the grader's problem; feedback in green or red with
// per-choice feedback; the rewatch notice; attempts left; the buttons. When the prompt or a
// choice is right-to-left, the rows are mirrored: digit and radio on the right, text aligned right.
#include <algorithm>
#include <string_view>

#include "buttons.hpp"
#include "card_stack.hpp"
#include "icons.hpp"
#include "parts.hpp"
#include "text_field.hpp"

namespace cuepoint::overlay {
namespace {

constexpr double kPadding = 28;
constexpr double kRowPadding = 12;
constexpr double kKeycap = 26;
constexpr double kIndicator = 22;

text::TextStyle directed(text::TextStyle style, bool right_to_left) {
  style.direction = right_to_left ? text::Direction::RightToLeft : text::Direction::Auto;
  return style;
}

void keycap(Painter& p, const std::string& digit, Rect r) {
  const Theme& t = p.theme();
  p.stroke_rounded(r, p.pxf(6), t.muted, p.pxf(1.2));
  const auto label = p.text(digit, p.icon_style(r.height * 0.55, t.muted, 700));
  p.paint(*label, r.x + (r.width - label->width) / 2, r.y + (r.height - label->height) / 2);
}

void indicator(Painter& p, const ui::Widget& choice, Rect r) {
  const Theme& t = p.theme();
  const bool check = choice.role == ui::Role::CheckBox;
  const double radius = check ? p.pxf(5) : r.width / 2.0;
  const Rgba colour = choice.selected ? t.accent : t.muted;
  p.stroke_rounded(r, radius, colour, p.pxf(2));
  if (!choice.selected) return;
  if (check) {
    p.fill_rounded(r, radius, t.accent);
    const int inset = p.px(3);
    draw_icon(p, Icon::Check, Rect{r.x + inset, r.y + inset, r.width - 2 * inset, r.height - 2 * inset},
              t.on_accent);
  } else {
    p.fill_circle(r.x + r.width / 2.0, r.y + r.height / 2.0, r.width * 0.26, t.accent);
  }
}

// One choice row; the row's layout is measured first so the card can be sized.
struct ChoiceRow {
  const ui::Widget* choice;
  bool rtl;
  TextPtr label;
  TextPtr feedback;
  int height;
};

ChoiceRow measure_choice(Painter& p, const ui::Widget& choice, int width, bool card_rtl) {
  const Theme& t = p.theme();
  const int text_width = width - p.px(kRowPadding * 2 + kKeycap + kIndicator + 24 + 28);
  const auto probe = p.text(choice.name, p.style(t.body, t.text, 500, text_width));
  const bool rtl = card_rtl || probe->right_to_left;
  ChoiceRow row{&choice, rtl, p.text(choice.name, directed(p.style(t.body, t.text, 500, text_width), rtl)),
                nullptr, 0};
  const ui::Widget* feedback = choice.children.empty() ? nullptr : &choice.children.front();
  if (feedback != nullptr) {
    row.feedback = p.text(feedback->name,
                          directed(p.style(t.small, t.for_status(feedback->status), 400, text_width), rtl));
  }
  const int content =
      Painter::text_height(*row.label) + (row.feedback ? p.px(4) + Painter::text_height(*row.feedback) : 0);
  row.height = std::max(p.px(50), content + 2 * p.px(kRowPadding));
  return row;
}

void draw_choice(Painter& p, const ChoiceRow& row, Rect r) {
  const Theme& t = p.theme();
  const ui::Widget& choice = *row.choice;
  const double radius = p.pxf(10);
  const bool graded = choice.status == ui::Status::Correct || choice.status == ui::Status::Incorrect;
  p.fill_rounded(r, radius, choice.selected ? t.row_selected : t.row);
  if (graded) {
    p.stroke_rounded(r, radius, t.for_status(choice.status), p.pxf(2));
  } else if (choice.selected) {
    p.stroke_rounded(r, radius, t.accent, p.pxf(1.5));
  } else if (t.high_contrast) {
    p.stroke_rounded(r, radius, t.field_border, p.pxf(1));
  }
  // From the start edge: keycap, indicator, text; a status mark at the end edge.
  const int pad = p.px(kRowPadding);
  const int cap = p.px(kKeycap);
  const int ind = p.px(kIndicator);
  const int first_line = Painter::text_height(*row.label);
  const int line_centre = r.y + pad + std::min(first_line, p.px(t.body * 1.5 * 1.0)) / 2;
  const auto at_start = [&](int offset, int width) {
    return row.rtl ? r.x + r.width - offset - width : r.x + offset;
  };
  const int cap_x = at_start(pad, cap);
  const int ind_x = at_start(pad + cap + p.px(12), ind);
  const int text_offset = pad + cap + p.px(12) + ind + p.px(12);
  const int centre = row.feedback ? line_centre : r.y + r.height / 2;
  // Choices no longer open fade back, less so in high contrast, where text must stay legible.
  const double alpha = choice.enabled || choice.selected || graded ? 1.0 : (t.high_contrast ? 0.8 : 0.55);
  keycap(p, choice.value, Rect{cap_x, centre - cap / 2, cap, cap});
  indicator(p, choice, Rect{ind_x, centre - ind / 2, ind, ind});
  const int text_x = at_start(text_offset, row.label->width);
  const int text_top = row.feedback ? r.y + pad : r.y + (r.height - first_line) / 2;
  p.paint(*row.label, text_x, text_top, alpha);
  if (row.feedback) {
    p.paint(*row.feedback, at_start(text_offset, row.feedback->width), text_top + first_line + p.px(4));
  }
  if (graded) {
    const int mark = p.px(20);
    const int mark_x = row.rtl ? r.x + pad : r.x + r.width - pad - mark;
    draw_icon(p, choice.status == ui::Status::Correct ? Icon::Check : Icon::Cross,
              Rect{mark_x, centre - mark / 2, mark, mark}, t.for_status(choice.status));
  }
  p.hit(choice, r);
  p.focusable(choice, r, radius);
}

void add_feedback(Painter& p, CardStack& stack, const ui::Widget& feedback, bool rtl, int gap) {
  const Theme& t = p.theme();
  const Rgba colour = t.for_status(feedback.status);
  const int pad = p.px(14);
  const int bar = p.px(4);
  const int text_width = stack.inner_width() - 2 * pad - bar;
  const auto title = p.text(feedback.name, directed(p.style(t.body * 1.1, colour, 700, text_width), rtl));
  const TextPtr body =
      feedback.description.empty()
          ? nullptr
          : p.text(feedback.description, directed(p.style(t.body, t.text, 400, text_width), rtl));
  const int height =
      2 * pad + Painter::text_height(*title) + (body ? p.px(6) + Painter::text_height(*body) : 0);
  stack.add(
      height,
      [&p, colour, title, body, pad, bar, rtl, width = stack.inner_width(), height](int left, int top) {
        Rgba tint = colour;
        tint.a = p.theme().high_contrast ? 255 : 34;
        if (p.theme().high_contrast) tint = Rgba{0, 0, 0, 255};
        const Rect box{left, top, width, height};
        p.fill_rounded(box, p.pxf(10), tint);
        if (p.theme().high_contrast) p.stroke_rounded(box, p.pxf(10), colour, p.pxf(2));
        p.fill_rounded(Rect{rtl ? left + width - bar : left, top, bar, height}, p.pxf(2), colour);
        const int x = rtl ? left + pad : left + pad + bar;
        p.paint(*title, x, top + pad);
        if (body) p.paint(*body, x, top + pad + Painter::text_height(*title) + p.px(6));
      },
      gap);
}

void add_line(Painter& p, CardStack& stack, const std::string& content, Rgba colour, double size, int weight,
              bool rtl, int gap, std::optional<Icon> icon = std::nullopt) {
  const int icon_size = icon ? p.px(size * 1.2) : 0;
  const int icon_gap = icon ? p.px(8) : 0;
  const auto label = p.text(
      content, directed(p.style(size, colour, weight, stack.inner_width() - icon_size - icon_gap), rtl));
  const int height = std::max(Painter::text_height(*label), icon_size);
  stack.add(
      height,
      [&p, label, colour, icon, icon_size, icon_gap, rtl, width = stack.inner_width()](int left, int top) {
        if (icon) {
          const int x = rtl ? left + width - icon_size : left;
          draw_icon(p, *icon, Rect{x, top + p.px(1), icon_size, icon_size}, colour);
        }
        p.paint(*label, rtl ? left : left + icon_size + icon_gap, top);
      },
      gap);
}

}  // namespace

void draw_question_card(Painter& p, const ui::Widget& dialog, const Screen& screen) {
  const Theme& t = p.theme();
  const int padding = p.px(kPadding);
  const int inner = card_width(p, screen, 680) - 2 * padding;
  CardStack stack(p, inner);
  const bool note = dialog.id == ui::ids::kNote;

  const ui::Widget* prompt = dialog.find(ui::ids::kPrompt);
  const ui::Widget* attempts = dialog.find(ui::ids::kAttempts);
  const TextPtr prompt_text =
      prompt != nullptr ? p.text(prompt->name, p.style(t.prompt, t.text, 600, inner)) : nullptr;
  const bool rtl = prompt_text && prompt_text->right_to_left;

  // Header: what this is at the start edge, attempts left at the end edge.
  {
    const auto kind = p.text(note ? "Note" : "Question", p.style(t.small, t.accent, 700));
    const TextPtr left =
        attempts != nullptr ? p.text(attempts->name, p.style(t.small, t.muted, 500)) : nullptr;
    stack.add(
        std::max(kind->height, left ? left->height : 0),
        [&p, kind, left, rtl, inner, note](int x, int y) {
          const int icon = p.px(p.theme().small * 1.15);
          const int icon_x = rtl ? x + inner - icon : x;
          if (note)
            draw_icon(p, Icon::Info, Rect{icon_x, y + (kind->height - icon) / 2, icon, icon},
                      p.theme().accent);
          const int offset = note ? icon + p.px(8) : 0;
          p.paint(*kind, rtl ? x + inner - offset - kind->width : x + offset, y);
          if (left) p.paint(*left, rtl ? x : x + inner - left->width, y);
        },
        p.px(10));
  }
  if (prompt_text) {
    stack.add(
        Painter::text_height(*prompt_text), [&p, prompt_text](int x, int y) { p.paint(*prompt_text, x, y); },
        p.px(20));
  }
  if (const ui::Widget* choices = dialog.find("question.choices")) {
    std::vector<ChoiceRow> rows;
    for (const auto& choice : choices->children) rows.push_back(measure_choice(p, choice, inner, rtl));
    for (const auto& row : rows) {
      stack.add(
          row.height,
          [&p, row, inner](int x, int y) {
            draw_choice(p, row, Rect{x, y, inner, row.height});
          },
          p.px(8));
    }
    stack.space(p.px(10));
  }
  if (const ui::Widget* field = dialog.find(ui::ids::kAnswerField)) {
    stack.add(
        text_field_height(p),
        [&p, field, inner, rtl](int x, int y) {
          draw_text_field(p, *field, Rect{x, y, inner, text_field_height(p)}, rtl);
        },
        p.px(16));
  }
  if (const ui::Widget* problem = dialog.find(ui::ids::kProblem)) {
    add_line(p, stack, problem->name, t.incorrect, t.body, 600, rtl, p.px(14), Icon::Cross);
  }
  if (const ui::Widget* feedback = dialog.find(ui::ids::kFeedback))
    add_feedback(p, stack, *feedback, rtl, p.px(12));
  if (const ui::Widget* rewatch = dialog.find(ui::ids::kRewatch)) {
    add_line(p, stack, rewatch->name, t.accent, t.body, 600, rtl, p.px(12), Icon::Rewatch);
  }
  stack.space(p.px(8));
  add_buttons(p, stack, dialog, rtl);
  stack.draw(dialog, screen, padding, true);
}

}  // namespace cuepoint::overlay
