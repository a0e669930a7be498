// Text buttons (primary: filled with the accent; secondary: outlined) and rows of them,
// shared by every dialog and screen.
#pragma once

#include <vector>

#include "card_stack.hpp"
#include "painter.hpp"

namespace cuepoint::overlay {

enum class ButtonKind { Primary, Secondary };

int button_height(const Painter& p);
int button_width(Painter& p, const ui::Widget& button);
void draw_button(Painter& p, const ui::Widget& button, Rect rect, ButtonKind kind);
// Lays the buttons out in one row ending at the row's end edge (right, or left when
// `right_to_left`), the first one primary; returns the row's height.
int draw_button_row(Painter& p, const std::vector<const ui::Widget*>& buttons, Rect row, bool right_to_left);

// The dialog's own buttons (its Button children, in order) as the stack's last row.
void add_buttons(Painter& p, CardStack& stack, const ui::Widget& dialog, bool right_to_left);

}  // namespace cuepoint::overlay
