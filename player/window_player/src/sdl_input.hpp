// SDL keyboard and text events as the UI's abstract inputs (one SDL event, at
// most one UI input). Keys the player does not use map to nothing.
#pragma once

#include <SDL.h>

#include <optional>

#include "cuepoint/ui/input.hpp"

namespace cuepoint::window_player {

std::optional<ui::KeyPress> key_press(const SDL_KeyboardEvent& event);

// Committed text (SDL's event holds it NUL-terminated in a fixed buffer).
ui::TextInput text_input(const SDL_TextInputEvent& event);

// An input method's composition: SDL gives the cursor in characters; the UI wants bytes.
ui::Composition composition(const SDL_TextEditingEvent& event);

}  // namespace cuepoint::window_player
