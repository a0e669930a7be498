// An output without a device: a thread consumes samples at the real-time pace a
// device would, so headless realtime playback still has a true audio clock.
#pragma once

#include <atomic>
#include <chrono>
#include <thread>

#include "audio_output.hpp"

namespace cuepoint::media {

class NullAudioSink final : public AudioSink {
 public:
  NullAudioSink(const AudioFormat& format, AudioQueue& queue);
  ~NullAudioSink() override;

  std::int64_t frames_heard() const override;

 private:
  void consume(const std::stop_token& stop);
  std::int64_t frames_due(std::chrono::steady_clock::time_point now) const;

  const AudioFormat format_;
  AudioQueue& queue_;
  std::atomic<std::chrono::steady_clock::time_point> origin_;  // when handed frame 0 was "heard"
  std::atomic<std::int64_t> pulled_{0};
  std::jthread thread_;  // last: stops and joins before the members it uses go
};

}  // namespace cuepoint::media
