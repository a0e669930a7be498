#include "text_field.hpp"

#include <algorithm>

#include "cairo_handles.hpp"

namespace cuepoint::overlay {

int text_field_height(const Painter& p) {
  return std::max(p.px(48), static_cast<int>(p.pxf(p.theme().prompt * 1.0) * 2.0));
}

void draw_text_field(Painter& p, const ui::Widget& field, Rect rect, bool right_to_left) {
  const Theme& t = p.theme();
  const double radius = p.pxf(8);
  p.fill_rounded(rect, radius, t.field);
  Rgba border = t.field_border;
  if (field.focused) border = t.accent;
  if (field.invalid) border = t.incorrect;
  p.stroke_rounded(rect, radius, border, p.pxf(field.focused || field.invalid ? 2 : t.border_width));
  p.hit(field, rect);
  p.focusable(field, rect, radius);

  const int pad = p.px(14);
  const Rect inner{rect.x + pad, rect.y, rect.width - 2 * pad, rect.height};
  const ui::TextEdit edit = field.edit.value_or(ui::TextEdit{field.value, field.value.size(), {}, 0});
  text::TextStyle style = p.style(t.prompt * 0.9, t.text);
  if (right_to_left) style.direction = text::Direction::RightToLeft;

  if (edit.text.empty() && edit.preedit.empty()) {
    // The placeholder says what to type; the caret still shows where typing goes.
    const auto placeholder = p.text(field.name, p.style(t.prompt * 0.9, t.muted));
    const bool rtl = right_to_left || placeholder->right_to_left;
    const int x = rtl ? inner.x + inner.width - placeholder->width : inner.x;
    p.paint(*placeholder, x, inner.y + (inner.height - placeholder->height) / 2, 0.85);
  }

  text::TextBlock block{edit.text, false, std::nullopt};
  if (!edit.preedit.empty())
    block.composition = text::Composition{edit.caret, edit.preedit, edit.preedit_caret};
  text::TextLayout layout = p.renderer().layout(block, style, p.scale());
  const std::size_t caret_index = edit.preedit.empty() ? edit.caret : layout.composition_caret();
  const text::Caret caret = layout.caret(caret_index);

  // Scroll so the caret stays inside the field; right-to-left text hugs the right edge.
  int origin = layout.right_to_left() ? inner.x + inner.width - layout.width() : inner.x;
  const int caret_x = origin + caret.strong.x;
  if (caret_x > inner.x + inner.width - p.px(2)) origin -= caret_x - (inner.x + inner.width - p.px(2));
  if (caret_x < inner.x) origin += inner.x - caret_x;
  const int top = inner.y + (inner.height - layout.height()) / 2;

  cairo_save(p.cr());
  cairo_rectangle(p.cr(), inner.x - p.px(2), rect.y, inner.width + p.px(4), rect.height);
  cairo_clip(p.cr());
  if (!edit.text.empty() || !edit.preedit.empty())
    p.paint(layout.render(), origin, top, field.enabled ? 1.0 : 0.6);
  if (field.focused && field.enabled) {
    const int height = std::max(caret.strong.height, p.px(t.prompt * 0.9));
    p.fill_rect(Rect{origin + caret.strong.x - p.px(1), top + caret.strong.y, std::max(2, p.px(2)), height},
                t.accent);
  }
  cairo_restore(p.cr());

  if (field.focused) {
    const std::size_t caret_byte = edit.caret;
    const std::size_t preedit_len = edit.preedit.size();
    p.set_field(FieldLayout{std::move(layout), origin, top, rect, caret_byte, preedit_len});
  }
}

}  // namespace cuepoint::overlay
