// Whether this machine can open an audio output device now. The window plays
// without sound (paced by the system clock) rather than refusing the lesson on a
// machine with no sound card or sound server (school labs, Xvfb).
#pragma once

#include <string>

namespace cuepoint::window_player {

struct AudioProbe {
  bool available = false;
  std::string problem;  // why not, from SDL
};

AudioProbe probe_audio_device();

}  // namespace cuepoint::window_player
