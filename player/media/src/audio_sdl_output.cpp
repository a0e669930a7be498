#include "audio_sdl_output.hpp"

#include <algorithm>
#include <string>

namespace cuepoint::media {
namespace {

// About 23 ms at 44.1 kHz: small enough for a responsive clock and stop.
constexpr Uint16 kDeviceBufferFrames = 1024;

}  // namespace

SdlAudioSubsystem::SdlAudioSubsystem() {
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    throw MediaError(MediaError::Kind::Output, std::string("cannot start SDL audio: ") + SDL_GetError());
  }
}

SdlAudioSubsystem::~SdlAudioSubsystem() { SDL_QuitSubSystem(SDL_INIT_AUDIO); }

SdlAudioSink::SdlAudioSink(const AudioFormat& format, AudioQueue& queue)
    : format_(format), queue_(queue), last_callback_(std::chrono::steady_clock::now()) {
  SDL_AudioSpec wanted{};
  wanted.freq = format.sample_rate;
  wanted.format = AUDIO_F32SYS;
  wanted.channels = static_cast<Uint8>(format.channels);
  wanted.samples = kDeviceBufferFrames;
  wanted.callback = &SdlAudioSink::callback;
  wanted.userdata = this;
  SDL_AudioSpec obtained{};
  // No allowed changes: SDL converts to the hardware's format itself, so sample
  // counts keep mapping to lesson time exactly at the stream's own rate.
  const SDL_AudioDeviceID id = SDL_OpenAudioDevice(nullptr, 0, &wanted, &obtained, 0);
  if (id == 0)
    throw MediaError(MediaError::Kind::Output,
                     std::string("cannot open an audio output device: ") + SDL_GetError());
  device_ = std::make_unique<SdlAudioDevice>(id);
  buffer_frames_ = obtained.samples;
  SDL_PauseAudioDevice(id, 0);
}

SdlAudioSink::~SdlAudioSink() { device_.reset(); }

void SdlAudioSink::callback(void* self, Uint8* stream, int length) {
  static_cast<SdlAudioSink*>(self)->fill(stream, length);
}

void SdlAudioSink::fill(Uint8* stream, int length) {
  const std::int64_t frames = length / static_cast<int>(sizeof(float) * format_.channels);
  queue_.pull(reinterpret_cast<float*>(stream), frames);
  pulled_.fetch_add(frames);
  last_callback_.store(std::chrono::steady_clock::now());
}

std::int64_t SdlAudioSink::frames_heard() const {
  const std::int64_t pulled = pulled_.load();
  const auto since = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                           last_callback_.load());
  const std::int64_t played_since = since.count() * format_.sample_rate / kMicrosPerSecond;
  const std::int64_t in_flight = std::max<std::int64_t>(0, 2 * buffer_frames_ - played_since);
  return std::max<std::int64_t>(0, pulled - in_flight);
}

}  // namespace cuepoint::media
