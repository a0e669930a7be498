#include "audio_probe.hpp"

#include <SDL.h>

#include <iostream>

namespace cuepoint::window_player {

AudioProbe probe_audio_device() {
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return {false, SDL_GetError()};
  SDL_AudioSpec wanted{};
  wanted.freq = 48000;
  wanted.format = AUDIO_F32SYS;
  wanted.channels = 2;
  wanted.samples = 1024;
  SDL_AudioSpec obtained{};
  const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &wanted, &obtained, 0);
  AudioProbe probe{device != 0, device != 0 ? "" : SDL_GetError()};
  if (device != 0) SDL_CloseAudioDevice(device);
  SDL_QuitSubSystem(SDL_INIT_AUDIO);
  return probe;
}

bool audio_device_or_warn(bool wanted) {
  if (!wanted) return false;
  const auto probe = probe_audio_device();
  if (!probe.available)
    std::cerr << "cuepoint: no sound: cannot open an audio device (" << probe.problem << ")\n";
  return probe.available;
}

}  // namespace cuepoint::window_player
