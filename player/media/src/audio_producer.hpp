// The audio path's decoding thread body: turns the AudioQueue's work requests
// into decoded, trimmed, tempo-adjusted chunks tagged with lesson times.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "audio_decoder.hpp"
#include "audio_queue.hpp"
#include "audio_tempo.hpp"

namespace cuepoint::media {

class AudioProducer {
 public:
  // `decoder` must already have its output format set to the queue's.
  AudioProducer(std::unique_ptr<AudioDecoder> decoder, AudioQueue& queue);

  // Runs until the queue asks to quit; a failure is handed to the queue.
  void run() noexcept;

 private:
  void reposition(const AudioQueue::Work& work);
  void produce(const AudioQueue::Work& work);
  void push_direct(AudioBlock block, const AudioQueue::Work& work, std::int64_t stop_sample);
  void push_tempo(std::vector<float> samples, const AudioQueue::Work& work, std::optional<Micros> final_end);
  Micros time_of(std::int64_t sample) const;

  std::unique_ptr<AudioDecoder> decoder_;
  AudioQueue& queue_;
  const AudioFormat format_;
  double rate_ = 1.0;

  // Where the last pushed chunk ended, so contiguous chunks share exact boundaries.
  std::int64_t last_end_sample_ = 0;
  Micros last_end_time_ = 0;
  Micros repositioned_at_ = 0;

  // atempo's output only maps to lesson time by counting from where it started.
  std::optional<AudioTempo> tempo_;
  Micros tempo_origin_ = 0;
  std::int64_t tempo_frames_out_ = 0;
};

}  // namespace cuepoint::media
