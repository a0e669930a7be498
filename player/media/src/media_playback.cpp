#include "media_playback.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include "percentile.hpp"
#include "picture_impl.hpp"

namespace cuepoint::media {
namespace {

constexpr double kMinRate = 0.5;
constexpr double kMaxRate = 2.0;

void check_rate(double rate) {
  if (!(rate >= kMinRate && rate <= kMaxRate)) {
    throw std::invalid_argument("playback rate " + std::to_string(rate) + " is outside 0.5 .. 2.0");
  }
}

}  // namespace

std::unique_ptr<Playback> Playback::open(const std::filesystem::path& path, const PlaybackOptions& options) {
  return std::make_unique<MediaPlayback>(path, options);
}

MediaPlayback::MediaPlayback(const std::filesystem::path& path, const PlaybackOptions& options)
    : options_(options), frames_((check_rate(options.rate), path)), rate_(options.rate) {
  clock_.set_rate(rate_);
  if (options.clock == ClockMode::Realtime && options.audio != AudioOutput::None &&
      frames_.info().has_audio) {
    audio_ = std::make_unique<AudioTrack>(path, options.audio, rate_);
  }
  // Opened like seek(0): the first frame is shown, paused at lesson time 0.
  present(frames_.start());
  frames_.set_read_ahead(false);
  position_ = 0;
  clock_.set(0);
}

void MediaPlayback::set_stop(std::optional<Micros> stop) {
  stop_ = stop;
  stop_floor_ = position();
  arm_audio_stop();
}

// The audio track stops itself exactly at the stop (sample-accurate); a stop that
// is not ahead of the clock must not halt it.
void MediaPlayback::arm_audio_stop() {
  if (audio_) audio_->set_stop(stop_ahead() ? stop_ : std::nullopt);
}

void MediaPlayback::play() {
  if (playing_) return;
  playing_ = true;
  frames_.set_read_ahead(true);
  clock_.set(position_);
  clock_.start();
  if (audio_) audio_->play();
}

void MediaPlayback::pause() {
  if (!playing_) return;
  position_ = position();
  hold_clock_at(position_);
  if (audio_) audio_->pause();
  stop_playing();
}

void MediaPlayback::seek(Micros t) {
  const Micros target = std::max<Micros>(t, 0);
  present(frames_.seek(target));
  frames_.set_read_ahead(playing_);
  position_ = target;
  stop_floor_ = target;
  clock_.set(target);
  if (audio_) {
    audio_->seek(target);
    audio_drained_ = false;
    arm_audio_stop();
  }
}

bool MediaPlayback::audio_leads() const { return audio_ && !audio_drained_; }

void MediaPlayback::sync_to_audio() {
  if (!audio_leads()) return;
  if (audio_->finished()) {
    // Video may run longer than audio: the system clock carries on from the audio's end.
    audio_drained_ = true;
    return;
  }
  clock_.set(audio_->clock());
}

Micros MediaPlayback::clock_now() const {
  Micros now = audio_leads() ? audio_->clock() : clock_.now();
  if (stop_ahead()) now = std::min(now, *stop_);
  return now;
}

Micros MediaPlayback::position() const {
  if (!playing_ || options_.clock == ClockMode::Untimed) return position_;
  return clock_now();
}

PlaybackEvent MediaPlayback::update(Micros max_wait) {
  if (!playing_) return {PlaybackEvent::Kind::Idle, position_};
  return options_.clock == ClockMode::Untimed ? update_untimed() : update_realtime(max_wait);
}

PlaybackEvent MediaPlayback::update_untimed() {
  const DecodedEvent& next = *frames_.peek();
  const bool at_end = next.kind == DecodedEvent::Kind::End;
  if (stop_ahead()) {
    // A stop after the last frame but within its display time is still reached.
    if (at_end ? *stop_ <= end_time() : next.time > *stop_) return reach_stop();
  }
  if (at_end) return reach_end();
  return present(frames_.take());
}

PlaybackEvent MediaPlayback::update_realtime(Micros max_wait) {
  using WallClock = ExternalClock::WallClock;
  const auto deadline = WallClock::now() + std::chrono::microseconds(std::max<Micros>(max_wait, 0));
  for (;;) {
    sync_to_audio();
    const Micros now = clock_now();
    const auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - WallClock::now());
    const DecodedEvent* next = frames_.peek(std::max(left, std::chrono::microseconds(0)));
    if (!next) return {PlaybackEvent::Kind::Idle, now};  // the decoder is behind
    const bool at_end = next->kind == DecodedEvent::Kind::End;

    if (stop_ahead() && now >= *stop_ && !(at_end && *stop_ > end_time())) {
      // The clock is at the stop: the stop frame first (even when late), then the stop.
      if (!at_end && next->time <= *stop_) return present_latest_due(*stop_);
      return reach_stop();
    }
    if (!at_end && next->time <= now) return present_latest_due(now);
    if (at_end && now >= end_time() && !audio_leads()) return reach_end();

    Micros due = at_end ? end_time() : next->time;
    if (stop_ahead()) due = std::min(due, *stop_);
    const auto until_due =
        std::chrono::microseconds(static_cast<Micros>(static_cast<double>(due - now) / rate_));
    const auto remaining = std::chrono::duration_cast<std::chrono::microseconds>(deadline - WallClock::now());
    if (remaining <= std::chrono::microseconds(0)) return {PlaybackEvent::Kind::Idle, now};
    std::this_thread::sleep_for(std::min(until_due, remaining));
  }
}

PlaybackEvent MediaPlayback::present_latest_due(Micros limit) {
  DecodedEvent latest = frames_.take();
  for (const DecodedEvent* next = frames_.peek(std::chrono::microseconds(0));
       next && next->kind == DecodedEvent::Kind::Frame && next->time <= limit;
       next = frames_.peek(std::chrono::microseconds(0))) {
    ++frames_dropped_;
    latest = frames_.take();
  }
  return present(std::move(latest));
}

PlaybackEvent MediaPlayback::present(DecodedEvent frame) {
  shown_ = make_picture(*frame.frame, frame.time);
  shown_end_ = frame.time + frame.duration;
  ++frames_shown_;
  if (options_.clock == ClockMode::Untimed) position_ = std::max(position_, frame.time);
  if (playing_ && audio_leads()) {
    av_offsets_ms_.push_back(static_cast<double>(std::abs(frame.time - audio_->clock())) / 1000.0);
  }
  return {PlaybackEvent::Kind::FrameShown, position()};
}

PlaybackEvent MediaPlayback::reach_stop() {
  const Micros stop = *stop_;
  hold_clock_at(stop);
  position_ = stop;
  stop_playing();
  stop_.reset();  // reached once; play() continues from here
  if (audio_) {
    audio_->pause();
    audio_->set_stop(std::nullopt);
  }
  return {PlaybackEvent::Kind::ReachedStop, stop};
}

PlaybackEvent MediaPlayback::reach_end() {
  const Micros end = std::max(position(), end_time());
  hold_clock_at(end);
  position_ = end;
  stop_playing();
  if (audio_) audio_->pause();
  return {PlaybackEvent::Kind::EndOfMedia, end};
}

void MediaPlayback::stop_playing() {
  playing_ = false;
  frames_.set_read_ahead(false);
}

void MediaPlayback::hold_clock_at(Micros position) {
  clock_.stop();
  clock_.set(position);
}

void MediaPlayback::set_rate(double rate) {
  check_rate(rate);
  rate_ = rate;
  clock_.set_rate(rate);
  if (audio_) audio_->set_rate(rate);
}

void MediaPlayback::set_volume(double volume) {
  if (!(volume >= 0.0 && volume <= 1.0)) {
    throw std::invalid_argument("volume " + std::to_string(volume) + " is outside 0 .. 1");
  }
  if (audio_) audio_->set_volume(volume);
}

void MediaPlayback::set_muted(bool muted) {
  if (audio_) audio_->set_muted(muted);
}

PlaybackStats MediaPlayback::stats() const {
  PlaybackStats stats;
  stats.frames_decoded = frames_.frames_decoded();
  stats.frames_shown = frames_shown_;
  stats.frames_dropped = frames_dropped_;
  stats.damaged_skipped = frames_.damaged_skipped();
  stats.av_offset_p50_ms = percentile(av_offsets_ms_, 50);
  stats.av_offset_p99_ms = percentile(av_offsets_ms_, 99);
  return stats;
}

}  // namespace cuepoint::media
