// Where the audio path's samples go. An output pulls from the AudioQueue at its
// own pace from construction until destruction and reports how much of what it
// pulled has been heard, which is what the audio clock is made of.
#pragma once

#include <cstdint>
#include <memory>

#include "audio_format.hpp"
#include "audio_queue.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

class AudioSink {
 public:
  virtual ~AudioSink() = default;
  // How many frames of the queue's handed stream have been heard by now.
  virtual std::int64_t frames_heard() const = 0;
};

// AudioOutput::Device opens the default SDL audio device (MediaError when there is
// none); AudioOutput::Null consumes samples in real time on its own thread.
// Both pull in `format`; AudioOutput::None is not an output (std::invalid_argument).
std::unique_ptr<AudioSink> make_audio_sink(AudioOutput output, const AudioFormat& format, AudioQueue& queue);

}  // namespace cuepoint::media
