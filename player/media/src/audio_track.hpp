// One file's audio, played through an output: the realtime master clock of playback.
//
// Threads: a producer thread demuxes and decodes (own AVFormatContext on the best
// audio stream), trims to exact seek and stop points, applies atempo, and fills a
// bounded AudioQueue with output-format samples tagged with lesson times; the
// output (SDL callback or the Null pacing thread) pulls from it. The public calls
// come from one caller thread.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

#include "audio_format.hpp"
#include "audio_output.hpp"
#include "audio_queue.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

class AudioProducer;

class AudioTrack {
 public:
  using SinkFactory = std::function<std::unique_ptr<AudioSink>(const AudioFormat&, AudioQueue&)>;

  // Throws MediaError (message names the file) when the file cannot be opened or
  // has no decodable audio, or when `output` is Device and no device opens;
  // std::invalid_argument for output None or a rate outside 0.5..2.0.
  AudioTrack(const std::filesystem::path& path, AudioOutput output, double rate);
  // Plays into whatever `make_sink` builds (tests capture the samples this way).
  AudioTrack(const std::filesystem::path& path, const SinkFactory& make_sink, double rate);
  ~AudioTrack();
  AudioTrack(const AudioTrack&) = delete;
  AudioTrack& operator=(const AudioTrack&) = delete;

  void play();
  void pause();
  // Exact: the next sample heard is the one at lesson time t; the clock reads t at once.
  void seek(Micros t);
  // Never plays a sample at or past `stop`; the clock halts there. Moving the
  // stop later continues seamlessly from it.
  void set_stop(std::optional<Micros> stop);
  // The lesson time being heard now, output latency accounted; monotonic between seeks.
  Micros clock() const;
  // End of stream reached and all output heard. Rethrows (MediaError) a failure
  // the decoding thread met.
  bool finished() const;
  void set_rate(double rate);      // 0.5..2.0, pitch preserved; std::invalid_argument outside
  void set_volume(double volume);  // 0..1; std::invalid_argument outside
  void set_muted(bool muted);      // mute keeps the clock running

  // The format outputs receive: F32 interleaved at the stream's rate, at most stereo.
  const AudioFormat& output_format() const { return format_; }

 private:
  void apply_gain();

  AudioFormat format_;
  std::unique_ptr<AudioQueue> queue_;
  std::unique_ptr<AudioProducer> producer_;
  std::unique_ptr<AudioSink> sink_;
  std::thread producer_thread_;
  double volume_ = 1.0;
  bool muted_ = false;
};

}  // namespace cuepoint::media
