#include "sdl_input.hpp"

#include <cstring>
#include <string>

namespace cuepoint::window_player {
namespace {

using ui::Key;

std::optional<Key> key_of(SDL_Keycode code, bool shift) {
  switch (code) {
    case SDLK_SPACE:
      return Key::Space;
    case SDLK_k:
      return Key::K;
    case SDLK_LEFT:
      return Key::Left;
    case SDLK_RIGHT:
      return Key::Right;
    case SDLK_j:
      return Key::J;
    case SDLK_l:
      return Key::L;
    case SDLK_LEFTBRACKET:
      return Key::LeftBracket;
    case SDLK_RIGHTBRACKET:
      return Key::RightBracket;
    case SDLK_m:
      return Key::M;
    case SDLK_UP:
      return Key::Up;
    case SDLK_DOWN:
      return Key::Down;
    case SDLK_c:
      return Key::C;
    case SDLK_f:
      return Key::F;
    case SDLK_QUESTION:
      return Key::Question;
    case SDLK_SLASH:
      return shift ? std::optional(Key::Question) : std::nullopt;
    case SDLK_q:
      return Key::Q;
    case SDLK_ESCAPE:
      return Key::Escape;
    case SDLK_RETURN:
    case SDLK_RETURN2:
    case SDLK_KP_ENTER:
      return Key::Enter;
    case SDLK_TAB:
      return Key::Tab;
    case SDLK_BACKSPACE:
      return Key::Backspace;
    case SDLK_DELETE:
      return Key::Delete;
    case SDLK_HOME:
      return Key::Home;
    case SDLK_END:
      return Key::End;
    case SDLK_PLUS:
    case SDLK_KP_PLUS:
      return Key::Plus;
    case SDLK_EQUALS:
      return shift ? std::optional(Key::Plus) : std::nullopt;  // + on US layouts
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
      return Key::Minus;
    default:
      return std::nullopt;
  }
}

std::optional<int> digit_of(SDL_Keycode code) {
  if (code >= SDLK_0 && code <= SDLK_9) return static_cast<int>(code - SDLK_0);
  if (code >= SDLK_KP_1 && code <= SDLK_KP_9) return static_cast<int>(code - SDLK_KP_1) + 1;
  if (code == SDLK_KP_0) return 0;
  return std::nullopt;
}

}  // namespace

std::optional<ui::KeyPress> key_press(const SDL_KeyboardEvent& event) {
  const SDL_Keycode code = event.keysym.sym;
  const bool shift = (event.keysym.mod & KMOD_SHIFT) != 0;
  const bool ctrl = (event.keysym.mod & (KMOD_CTRL | KMOD_GUI)) != 0;
  if (const auto digit = digit_of(code); digit && !shift) {
    auto press = ui::KeyPress::digit_key(*digit);
    press.ctrl = ctrl;
    return press;
  }
  const auto key = key_of(code, shift);
  if (!key) return std::nullopt;
  return ui::KeyPress{*key, shift, ctrl, 0};
}

ui::TextInput text_input(const SDL_TextInputEvent& event) {
  return ui::TextInput{std::string(event.text, strnlen(event.text, sizeof(event.text)))};
}

ui::Composition composition(const SDL_TextEditingEvent& event) {
  const std::string text(event.text, strnlen(event.text, sizeof(event.text)));
  // Advance `start` UTF-8 characters (continuation bytes are 10xxxxxx).
  std::size_t byte = 0;
  for (int chars = 0; byte < text.size() && chars < event.start; ++chars) {
    ++byte;
    while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
  }
  return ui::Composition{text, byte};
}

}  // namespace cuepoint::window_player
