// The audio device output: SDL pulls samples from its callback thread.
#pragma once

#include <SDL.h>

#include <atomic>
#include <chrono>
#include <cstdint>

#include "audio_output.hpp"

namespace cuepoint::media {

// SDL's audio subsystem for as long as this lives; SDL counts nested inits.
class SdlAudioSubsystem {
 public:
  SdlAudioSubsystem();
  ~SdlAudioSubsystem();
  SdlAudioSubsystem(const SdlAudioSubsystem&) = delete;
  SdlAudioSubsystem& operator=(const SdlAudioSubsystem&) = delete;
};

// An open SDL audio device; closing it waits for a running callback to return.
class SdlAudioDevice {
 public:
  explicit SdlAudioDevice(SDL_AudioDeviceID id) : id_(id) {}
  ~SdlAudioDevice() { SDL_CloseAudioDevice(id_); }
  SdlAudioDevice(const SdlAudioDevice&) = delete;
  SdlAudioDevice& operator=(const SdlAudioDevice&) = delete;
  SDL_AudioDeviceID id() const { return id_; }

 private:
  SDL_AudioDeviceID id_;
};

class SdlAudioSink final : public AudioSink {
 public:
  // Throws MediaError when SDL has no usable audio device.
  SdlAudioSink(const AudioFormat& format, AudioQueue& queue);
  ~SdlAudioSink() override;

  // SDL reports no playback position, so (like ffplay) the frames in flight are
  // estimated as two device buffers at callback time — the one just filled and
  // the one the hardware is playing — shrinking in real time since then.
  std::int64_t frames_heard() const override;

 private:
  static void callback(void* self, Uint8* stream, int length);
  void fill(Uint8* stream, int length);

  const AudioFormat format_;
  AudioQueue& queue_;
  std::int64_t buffer_frames_ = 0;
  std::atomic<std::int64_t> pulled_{0};
  std::atomic<std::chrono::steady_clock::time_point> last_callback_;
  SdlAudioSubsystem subsystem_;
  std::unique_ptr<SdlAudioDevice> device_;  // after subsystem_: closed before SDL audio quits
};

}  // namespace cuepoint::media
