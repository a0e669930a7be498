// A test output that records what an AudioTrack plays instead of playing it. It
// pulls only when asked and waits for the producer, so tests are deterministic
// and need no wall-clock timing.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "audio_output.hpp"
#include "audio_track.hpp"

namespace cuepoint::media::testing {

class CaptureSink final : public AudioSink {
 public:
  CaptureSink(const AudioFormat& format, AudioQueue& queue) : format_(format), queue_(queue) {}

  // Pulls up to `frames` frames; returns how many carried samples (they are
  // appended to samples()). Fewer means playback is paused, at its stop or ended.
  std::int64_t capture(std::int64_t frames);
  // Captures until nothing more comes; returns the frames captured.
  std::int64_t capture_all();

  const std::vector<float>& samples() const { return samples_; }
  std::int64_t frames() const { return static_cast<std::int64_t>(samples_.size()) / format_.channels; }
  void clear() { samples_.clear(); }

  // Everything pulled counts as heard at once.
  std::int64_t frames_heard() const override { return pulled_; }

 private:
  AudioFormat format_;
  AudioQueue& queue_;
  std::vector<float> samples_;
  std::int64_t pulled_ = 0;
};

struct CapturedTrack {
  std::unique_ptr<AudioTrack> track;
  CaptureSink* sink = nullptr;  // owned by track
};

CapturedTrack open_captured(const std::filesystem::path& path, double rate = 1.0);

}  // namespace cuepoint::media::testing
