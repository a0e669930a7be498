#include "audio_track.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>

#include "audio_decoder.hpp"
#include "audio_producer.hpp"
#include "audio_tempo.hpp"

namespace cuepoint::media {
namespace {

// A quarter second of output: enough to ride out scheduling hiccups on a busy
// machine, small enough that seeks and rate changes discard little work.
constexpr int kQueueSecondsDivisor = 4;

AudioTrack::SinkFactory sink_factory_for(AudioOutput output) {
  if (output == AudioOutput::None) {
    throw std::invalid_argument("an audio track needs AudioOutput::Device or AudioOutput::Null, not None");
  }
  return [output](const AudioFormat& format, AudioQueue& queue) {
    return make_audio_sink(output, format, queue);
  };
}

}  // namespace

AudioTrack::AudioTrack(const std::filesystem::path& path, AudioOutput output, double rate)
    : AudioTrack(path, sink_factory_for(output), rate) {}

AudioTrack::AudioTrack(const std::filesystem::path& path, const SinkFactory& make_sink, double rate) {
  check_playback_rate(rate);
  auto decoder = std::make_unique<AudioDecoder>(path);
  const AudioFormat stream = decoder->stream_format();
  // Surround is mixed down: lessons are speech and the player assumes stereo at most.
  format_ = {stream.sample_rate, std::min(stream.channels, 2)};
  decoder->set_output(format_);
  queue_ = std::make_unique<AudioQueue>(format_, format_.sample_rate / kQueueSecondsDivisor, rate);
  producer_ = std::make_unique<AudioProducer>(std::move(decoder), *queue_);
  producer_thread_ = std::thread([producer = producer_.get()] { producer->run(); });
  try {
    sink_ = make_sink(format_, *queue_);
  } catch (...) {
    queue_->quit();
    producer_thread_.join();
    throw;
  }
}

AudioTrack::~AudioTrack() {
  sink_.reset();  // no more pulls from the queue
  queue_->quit();
  producer_thread_.join();
}

void AudioTrack::play() { queue_->set_playing(true); }

void AudioTrack::pause() { queue_->set_playing(false); }

void AudioTrack::seek(Micros t) { queue_->seek(std::max<Micros>(t, 0)); }

void AudioTrack::set_stop(std::optional<Micros> stop) { queue_->set_stop(stop); }

Micros AudioTrack::clock() const { return queue_->time_at(sink_->frames_heard()); }

bool AudioTrack::finished() const { return queue_->finished(sink_->frames_heard()); }

void AudioTrack::set_rate(double rate) {
  check_playback_rate(rate);
  queue_->set_rate(rate);
}

void AudioTrack::set_volume(double volume) {
  if (!(volume >= 0.0 && volume <= 1.0)) {
    throw std::invalid_argument("volume " + std::to_string(volume) + " is outside 0 .. 1");
  }
  volume_ = volume;
  apply_gain();
}

void AudioTrack::set_muted(bool muted) {
  muted_ = muted;
  apply_gain();
}

void AudioTrack::apply_gain() { queue_->set_gain(muted_ ? 0.0F : static_cast<float>(volume_)); }

}  // namespace cuepoint::media
