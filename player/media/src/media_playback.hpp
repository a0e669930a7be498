// The playback orchestrator: presents the frames of a FrameCursor against a clock
// (none in untimed mode; the audio track's or the system clock in realtime) and
// stops exactly at the stop point.
#pragma once

#include <optional>
#include <vector>

#include "audio_track.hpp"
#include "cuepoint/media/playback.hpp"
#include "external_clock.hpp"
#include "frame_cursor.hpp"

namespace cuepoint::media {

class MediaPlayback final : public Playback {
 public:
  MediaPlayback(const std::filesystem::path& path, const PlaybackOptions& options);

  const MediaInfo& info() const override { return frames_.info(); }
  void set_stop(std::optional<Micros> stop) override;
  void play() override;
  void pause() override;
  bool playing() const override { return playing_; }
  void seek(Micros t) override;
  PlaybackEvent update(Micros max_wait) override;
  Micros position() const override;
  std::optional<Picture> shown() const override { return shown_; }
  void set_rate(double rate) override;
  double rate() const override { return rate_; }
  void set_volume(double volume) override;
  void set_muted(bool muted) override;
  PlaybackStats stats() const override;

 private:
  bool stop_ahead() const { return stop_ && *stop_ >= stop_floor_; }
  Micros clock_now() const;  // the running clock, held at an armed stop
  bool audio_leads() const;  // the audio track is the master clock (until it has drained)
  void sync_to_audio();      // keeps the system clock on the audio clock, to take over at its end
  Micros end_time() const { return shown_end_; }

  PlaybackEvent update_untimed();
  PlaybackEvent update_realtime(Micros max_wait);
  // Presents the latest look-ahead frame whose time is <= limit; the ones before it
  // that are already decoded are late: dropped.
  PlaybackEvent present_latest_due(Micros limit);
  PlaybackEvent present(DecodedEvent frame);
  PlaybackEvent reach_stop();
  PlaybackEvent reach_end();
  void hold_clock_at(Micros position);
  void stop_playing();  // paused: the decoder stops reading ahead
  void arm_audio_stop();

  PlaybackOptions options_;
  FrameCursor frames_;
  std::unique_ptr<AudioTrack> audio_;  // realtime with audio output only
  bool audio_drained_ = false;
  ExternalClock clock_;
  double rate_ = 1.0;
  bool playing_ = false;
  Micros position_ = 0;  // the clock while paused, and in untimed mode
  std::optional<Micros> stop_;
  Micros stop_floor_ = 0;  // a stop behind this position (when it was set) is not ahead of the clock
  std::optional<Picture> shown_;
  Micros shown_end_ = 0;  // when the shown frame's display time ends

  std::int64_t frames_shown_ = 0;
  std::int64_t frames_dropped_ = 0;
  std::vector<double> av_offsets_ms_;
};

}  // namespace cuepoint::media
