// A one-line text field: the typed text (or its placeholder), the caret, the IME composition
// underlined at the caret, kept scrolled so the caret stays visible. The focused field keeps
// its live layout in the painter for caret_at().
#pragma once

#include "painter.hpp"

namespace cuepoint::overlay {

int text_field_height(const Painter& p);
// `right_to_left`: the field sits in a right-to-left card, so it reads right to left as an
// HTML input with dir="rtl" does: text and placeholder start at the right edge.
void draw_text_field(Painter& p, const ui::Widget& field, Rect rect, bool right_to_left = false);

}  // namespace cuepoint::overlay
