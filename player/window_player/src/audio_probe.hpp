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

// Whether to play sound: `wanted` and a device opens; when wanted but none opens,
// says so on standard error (the lesson plays on silently).
bool audio_device_or_warn(bool wanted);

}  // namespace cuepoint::window_player
