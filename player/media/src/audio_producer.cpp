#include "audio_producer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "thread_failure.hpp"

extern "C" {
#include <libavutil/mathematics.h>
}

namespace cuepoint::media {

AudioProducer::AudioProducer(std::unique_ptr<AudioDecoder> decoder, AudioQueue& queue)
    : decoder_(std::move(decoder)), queue_(queue), format_(queue.format()) {}

void AudioProducer::run() noexcept {
  try {
    while (true) {
      const AudioQueue::Work work = queue_.wait_for_work();
      switch (work.kind) {
        case AudioQueue::Work::Kind::Quit:
          return;
        case AudioQueue::Work::Kind::Reposition:
          reposition(work);
          break;
        case AudioQueue::Work::Kind::Produce:
          produce(work);
          break;
      }
    }
  } catch (...) {
    queue_.fail(current_media_error(decoder_->path()));
  }
}

Micros AudioProducer::time_of(std::int64_t sample) const {
  return av_rescale(sample, kMicrosPerSecond, format_.sample_rate);
}

void AudioProducer::reposition(const AudioQueue::Work& work) {
  const std::int64_t sample = av_rescale(work.position, format_.sample_rate, kMicrosPerSecond);
  decoder_->seek(sample);
  rate_ = work.rate;
  tempo_.reset();
  last_end_sample_ = sample;
  last_end_time_ = work.position;
  repositioned_at_ = work.position;
}

void AudioProducer::produce(const AudioQueue::Work& work) {
  const std::int64_t stop_sample = work.stop ? av_rescale(*work.stop, format_.sample_rate, kMicrosPerSecond)
                                             : std::numeric_limits<std::int64_t>::max();
  if (std::optional<AudioBlock> block = decoder_->next(stop_sample)) {
    // At 1x atempo is bypassed: its overlap-add would still alter the samples,
    // and 1x is where sample exactness is promised.
    if (rate_ == 1.0) {
      push_direct(std::move(*block), work, stop_sample);
      return;
    }
    if (!tempo_) {
      tempo_.emplace(format_, rate_);
      tempo_origin_ = block->first_sample == last_end_sample_ ? last_end_time_ : time_of(block->first_sample);
      tempo_frames_out_ = 0;
    }
    last_end_sample_ =
        block->first_sample + static_cast<std::int64_t>(block->samples.size()) / format_.channels;
    last_end_time_ = time_of(last_end_sample_);
    push_tempo(tempo_->process(block->samples), work, std::nullopt);
    return;
  }
  // Nothing more before the stop, or the end of the stream.
  const bool at_stop = decoder_->position() >= stop_sample;
  // A seek can land past the stop: then nothing plays and the position stays put.
  const Micros end = at_stop ? std::max(*work.stop, repositioned_at_) : last_end_time_;
  if (tempo_) {
    push_tempo(tempo_->finish(), work, end);
    tempo_.reset();
  } else {
    queue_.push(AudioChunk{{}, end, end}, work.generation);
  }
  last_end_time_ = end;
  last_end_sample_ = decoder_->position();
  if (!at_stop) queue_.mark_end(work.generation);
}

void AudioProducer::push_direct(AudioBlock block, const AudioQueue::Work& work, std::int64_t stop_sample) {
  const std::int64_t end_sample =
      block.first_sample + static_cast<std::int64_t>(block.samples.size()) / format_.channels;
  AudioChunk chunk;
  chunk.start = block.first_sample == last_end_sample_ ? last_end_time_ : time_of(block.first_sample);
  chunk.end = work.stop && end_sample == stop_sample ? *work.stop : time_of(end_sample);
  chunk.samples = std::move(block.samples);
  last_end_sample_ = end_sample;
  last_end_time_ = chunk.end;
  queue_.push(std::move(chunk), work.generation);
}

void AudioProducer::push_tempo(std::vector<float> samples, const AudioQueue::Work& work,
                               std::optional<Micros> final_end) {
  const auto frames = static_cast<std::int64_t>(samples.size()) / format_.channels;
  // One output second carries `rate` lesson seconds.
  const auto lesson_after = [&](std::int64_t out_frames) -> Micros {
    return tempo_origin_ +
           std::llround(static_cast<double>(out_frames) * rate_ * kMicrosPerSecond / format_.sample_rate);
  };
  // atempo's output never runs ahead of its input.
  const Micros limit = final_end.value_or(last_end_time_);
  AudioChunk chunk;
  chunk.start = std::min(lesson_after(tempo_frames_out_), limit);
  chunk.end = final_end ? *final_end : std::min(lesson_after(tempo_frames_out_ + frames), limit);
  chunk.samples = std::move(samples);
  tempo_frames_out_ += frames;
  if (chunk.samples.empty() && !final_end) return;
  queue_.push(std::move(chunk), work.generation);
}

}  // namespace cuepoint::media
