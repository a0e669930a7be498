#include "cuepoint/window/window_error.hpp"

#include <SDL.h>

namespace cuepoint::window {

void throw_sdl_error(const std::string& what) {
  const char* reason = SDL_GetError();
  throw WindowError(what + ": " + (reason && *reason ? reason : "unknown SDL error"));
}

}  // namespace cuepoint::window
