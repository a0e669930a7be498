#include "audio_queue.hpp"

#include <algorithm>
#include <ranges>
#include <utility>

extern "C" {
#include <libavutil/mathematics.h>
}

namespace cuepoint::media {
namespace {

// Runs older than this (in handed frames) cannot still be in any output's
// latency, so they are forgotten.
constexpr std::int64_t kRunHistorySeconds = 2;

// The lesson time `frames` into a span mapping [0, total] onto [start, end].
Micros interpolate(Micros start, Micros end, std::int64_t frames, std::int64_t total) {
  if (total <= 0) return end;
  return start + av_rescale(end - start, frames, total);
}

}  // namespace

AudioQueue::AudioQueue(AudioFormat format, std::int64_t capacity_frames, double rate)
    : format_(format), capacity_frames_(capacity_frames), rate_(rate), reposition_(Micros{0}) {}

std::int64_t AudioQueue::frame_count(const AudioChunk& chunk) const {
  return static_cast<std::int64_t>(chunk.samples.size()) / format_.channels;
}

void AudioQueue::set_playing(bool playing) {
  std::lock_guard lock(mutex_);
  playing_ = playing;
  changed_.notify_all();
}

void AudioQueue::set_gain(float gain) {
  std::lock_guard lock(mutex_);
  gain_ = gain;
}

void AudioQueue::seek(Micros time) {
  std::lock_guard lock(mutex_);
  chunks_.clear();
  front_offset_ = 0;
  queued_frames_ = 0;
  runs_.clear();
  base_time_ = time;
  clock_floor_ = time;
  real_end_frame_ = handed_frames_;
  request_reposition_locked(time);
}

void AudioQueue::set_rate(double rate) {
  std::lock_guard lock(mutex_);
  if (rate == rate_) return;
  rate_ = rate;
  // The first lesson time not yet handed out is where the old-rate samples resume.
  Micros resume = tail_;
  if (!chunks_.empty()) {
    const AudioChunk& front = chunks_.front();
    resume = interpolate(front.start, front.end, front_offset_, frame_count(front));
  }
  chunks_.clear();
  front_offset_ = 0;
  queued_frames_ = 0;
  request_reposition_locked(resume);
}

void AudioQueue::set_stop(std::optional<Micros> stop) {
  std::lock_guard lock(mutex_);
  stop_ = stop;
  if (stop && tail_ > *stop && !chunks_.empty()) {
    const AudioChunk& front = chunks_.front();
    const Micros next = interpolate(front.start, front.end, front_offset_, frame_count(front));
    truncate_locked(*stop);
    // Production resumes at the first sample not handed out, should the stop move later.
    request_reposition_locked(std::max(*stop, next));
  }
  changed_.notify_all();
}

void AudioQueue::quit() {
  std::lock_guard lock(mutex_);
  quit_ = true;
  changed_.notify_all();
}

void AudioQueue::request_reposition_locked(Micros position) {
  reposition_ = position;
  tail_ = position;
  end_ = false;
  ++generation_;
  changed_.notify_all();
}

void AudioQueue::truncate_locked(Micros stop) {
  while (!chunks_.empty()) {
    AudioChunk& back = chunks_.back();
    if (back.end <= stop) break;
    const std::int64_t frames = frame_count(back);
    const std::int64_t first = chunks_.size() == 1 ? front_offset_ : 0;
    const std::int64_t keep =
        back.start >= stop ? 0 : av_rescale(stop - back.start, frames, back.end - back.start);
    if (keep <= first) {
      queued_frames_ -= frames - first;
      chunks_.pop_back();
      if (chunks_.empty()) front_offset_ = 0;
      continue;
    }
    queued_frames_ -= frames - keep;
    back.samples.resize(static_cast<std::size_t>(keep) * format_.channels);
    back.end = stop;
    break;
  }
}

bool AudioQueue::halted_at_stop_locked() const { return stop_ && tail_ >= *stop_; }

AudioQueue::Work AudioQueue::wait_for_work() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] {
    return quit_ || reposition_ ||
           (!end_ && !error_.has_value() && !halted_at_stop_locked() && queued_frames_ < capacity_frames_);
  });
  Work work;
  work.rate = rate_;
  work.stop = stop_;
  work.generation = generation_;
  if (quit_) {
    work.kind = Work::Kind::Quit;
  } else if (reposition_) {
    work.kind = Work::Kind::Reposition;
    work.position = *reposition_;
    reposition_.reset();
    changed_.notify_all();  // a waiting output may now see that nothing more is coming
  } else {
    work.kind = Work::Kind::Produce;
  }
  return work;
}

bool AudioQueue::push(AudioChunk chunk, std::uint64_t generation) {
  std::lock_guard lock(mutex_);
  if (generation != generation_) return false;
  if (stop_ && chunk.end > *stop_ && !chunk.samples.empty()) {
    // The stop moved earlier while this chunk was being made: keep what lies
    // before it; production resumes at the first sample not kept.
    const std::int64_t frames = frame_count(chunk);
    const std::int64_t keep =
        chunk.start >= *stop_ ? 0 : av_rescale(*stop_ - chunk.start, frames, chunk.end - chunk.start);
    chunk.samples.resize(static_cast<std::size_t>(keep) * format_.channels);
    chunk.end = std::max(chunk.start, *stop_);
    request_reposition_locked(chunk.end);
  }
  tail_ = std::max(tail_, chunk.end);
  if (!chunk.samples.empty()) {
    queued_frames_ += frame_count(chunk);
    chunks_.push_back(std::move(chunk));
  }
  changed_.notify_all();
  return true;
}

void AudioQueue::mark_end(std::uint64_t generation) {
  std::lock_guard lock(mutex_);
  if (generation != generation_) return;
  end_ = true;
  changed_.notify_all();
}

void AudioQueue::fail(MediaError error) {
  std::lock_guard lock(mutex_);
  error_ = std::move(error);
  end_ = true;
  changed_.notify_all();
}

std::int64_t AudioQueue::pull(float* out, std::int64_t frames) {
  std::lock_guard lock(mutex_);
  return pull_locked(out, frames);
}

std::int64_t AudioQueue::pull_waiting(float* out, std::int64_t frames) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] {
    const bool more_coming = reposition_ || (!end_ && !error_.has_value() && !halted_at_stop_locked());
    return quit_ || !playing_ || !more_coming || queued_frames_ >= std::min(frames, capacity_frames_);
  });
  return pull_locked(out, frames);
}

std::int64_t AudioQueue::pull_locked(float* out, std::int64_t frames) {
  const auto channels = static_cast<std::int64_t>(format_.channels);
  std::int64_t done = 0;
  while (playing_ && done < frames && !chunks_.empty()) {
    AudioChunk& chunk = chunks_.front();
    const std::int64_t total = frame_count(chunk);
    const std::int64_t count = std::min(total - front_offset_, frames - done);
    const float* source = chunk.samples.data() + front_offset_ * channels;
    std::transform(source, source + count * channels, out + done * channels,
                   [gain = gain_](float sample) { return sample * gain; });
    record_run(count, interpolate(chunk.start, chunk.end, front_offset_, total),
               interpolate(chunk.start, chunk.end, front_offset_ + count, total));
    real_end_frame_ = handed_frames_;
    front_offset_ += count;
    done += count;
    queued_frames_ -= count;
    if (front_offset_ == total) {
      chunks_.pop_front();
      front_offset_ = 0;
    }
  }
  if (done < frames) {
    std::fill(out + done * channels, out + frames * channels, 0.0F);
    const Micros now = handed_time_locked();
    record_run(frames - done, now, now);
  }
  if (done > 0) changed_.notify_all();  // room for the producer
  return done;
}

Micros AudioQueue::handed_time_locked() const { return runs_.empty() ? base_time_ : runs_.back().end; }

void AudioQueue::record_run(std::int64_t frames, Micros start, Micros end) {
  if (frames <= 0) return;
  if (!runs_.empty() && runs_.back().start == runs_.back().end && start == end && runs_.back().end == start) {
    runs_.back().frames += frames;  // consecutive silence at one time is one run
  } else {
    runs_.push_back({handed_frames_, frames, start, end});
  }
  handed_frames_ += frames;
  const std::int64_t horizon = handed_frames_ - kRunHistorySeconds * format_.sample_rate;
  while (runs_.size() > 1 && runs_.front().first_frame + runs_.front().frames < horizon) {
    base_time_ = runs_.front().end;
    runs_.pop_front();
  }
}

Micros AudioQueue::time_at(std::int64_t heard_frames) const {
  std::lock_guard lock(mutex_);
  Micros time = base_time_;
  for (const HandedRun& run : std::views::reverse(runs_)) {
    if (heard_frames >= run.first_frame) {
      time =
          interpolate(run.start, run.end, std::min(heard_frames - run.first_frame, run.frames), run.frames);
      break;
    }
  }
  clock_floor_ = std::max(clock_floor_, time);
  return clock_floor_;
}

bool AudioQueue::finished(std::int64_t heard_frames) const {
  std::lock_guard lock(mutex_);
  if (error_) throw *error_;
  return end_ && !reposition_ && chunks_.empty() && heard_frames >= real_end_frame_;
}

}  // namespace cuepoint::media
