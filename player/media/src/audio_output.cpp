#include "audio_output.hpp"

#include <stdexcept>

#include "audio_null_output.hpp"
#include "audio_sdl_output.hpp"

namespace cuepoint::media {

std::unique_ptr<AudioSink> make_audio_sink(AudioOutput output, const AudioFormat& format, AudioQueue& queue) {
  switch (output) {
    case AudioOutput::Device:
      return std::make_unique<SdlAudioSink>(format, queue);
    case AudioOutput::Null:
      return std::make_unique<NullAudioSink>(format, queue);
    case AudioOutput::None:
      break;
  }
  throw std::invalid_argument("an audio track needs AudioOutput::Device or AudioOutput::Null, not None");
}

}  // namespace cuepoint::media
