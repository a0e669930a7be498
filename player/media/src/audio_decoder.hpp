// Demuxes and decodes the best audio stream of a file into output-format samples
// indexed by lesson time, with sample-exact seeking. Used by one thread only.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "audio_format.hpp"
#include "audio_handles.hpp"
#include "av_handles.hpp"

namespace cuepoint::media {

// A contiguous run of samples; `first_sample` is the lesson-time index (at the
// output sample rate) of its first frame.
struct AudioBlock {
  std::vector<float> samples;  // interleaved
  std::int64_t first_sample = 0;
};

class AudioDecoder {
 public:
  // Throws MediaError naming the file when it cannot be opened or has no decodable audio stream.
  explicit AudioDecoder(const std::filesystem::path& path);
  ~AudioDecoder();
  AudioDecoder(const AudioDecoder&) = delete;
  AudioDecoder& operator=(const AudioDecoder&) = delete;

  // The stream as stored: its sample rate and channel count.
  AudioFormat stream_format() const { return stream_format_; }

  // Fixes the format next() produces (channel mix and rate conversion by swresample).
  void set_output(AudioFormat output);

  // Positions so that the next sample next() returns is the one at lesson sample `sample`.
  void seek(std::int64_t sample);

  // The next run of samples whose lesson indices lie in [position(), stop_sample);
  // nullopt once position() has reached stop_sample or the stream has ended.
  std::optional<AudioBlock> next(std::int64_t stop_sample);

  std::int64_t position() const { return position_; }
  bool at_end() const { return at_end_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  bool decode_into_pending();
  bool receive_frame();
  void convert_frame();
  void reset_decoding_state(std::int64_t sample);
  std::int64_t max_silence_frames() const;  // silence is returned in bounded blocks

  std::filesystem::path path_;
  FormatContextPtr format_;
  CodecContextPtr codec_;
  AVStream* stream_ = nullptr;  // owned by format_
  PacketPtr packet_;
  FramePtr frame_;
  AudioFormat stream_format_;
  AudioFormat output_;
  AVChannelLayout output_layout_{};

  SwrContextPtr resampler_;
  // What resampler_ was built for; a mid-stream format change rebuilds it.
  int resampler_in_rate_ = 0;
  int resampler_in_format_ = -1;
  AVChannelLayout resampler_in_layout_{};

  std::int64_t start_offset_ = 0;  // container start time, in output samples

  // The converted samples of the current frame that next() has not yet consumed.
  std::vector<float> pending_;
  std::int64_t pending_first_ = 0;
  std::int64_t pending_offset_ = 0;            // frames of pending_ already consumed or dropped
  std::optional<std::int64_t> expected_next_;  // where the next frame should start if contiguous

  std::int64_t position_ = 0;  // earlier samples (seek warm-up, overlaps) are dropped
  bool demux_drained_ = false;
  bool at_end_ = false;
};

}  // namespace cuepoint::media
