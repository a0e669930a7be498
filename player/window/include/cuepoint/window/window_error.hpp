// The window layer's one error kind: an SDL call failed, or a caller passed a
// buffer the window cannot take.
#pragma once

#include <stdexcept>
#include <string>

namespace cuepoint::window {

class WindowError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws WindowError "<what>: <SDL_GetError()>".
[[noreturn]] void throw_sdl_error(const std::string& what);

}  // namespace cuepoint::window
