// The decoded video frames as a sequence with one frame of look-ahead, plus the
// exact seek. The frame shown for a time t is the last frame whose lesson time is
// <= t (the first frame if none); it is known only once the frame after it (or the
// end) has been decoded, hence the look-ahead.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>

#include "video_track.hpp"

namespace cuepoint::media {

class FrameCursor {
 public:
  // Opens the video track and decodes the first frame. Throws MediaError.
  explicit FrameCursor(const std::filesystem::path& path);

  const MediaInfo& info() const { return track_.info(); }

  // The look-ahead: the next frame or the end. nullptr when `timeout` passes first
  // (no timeout: waits). A decoding failure throws MediaError.
  const DecodedEvent* peek(std::optional<std::chrono::microseconds> timeout = std::nullopt);
  // Removes and returns the look-ahead; call after peek() returned an event.
  DecodedEvent take();

  // Positions the sequence at t: returns the frame to show for t, and the
  // look-ahead becomes the frame after it (or the end). Decodes ahead afterwards
  // only if set_read_ahead(true). Throws MediaError.
  DecodedEvent seek(Micros t);
  // The same for t = 0 right after opening, without restarting the pipeline.
  DecodedEvent start();

  // Decode ahead of the look-ahead (while playing) or not (paused).
  void set_read_ahead(bool read_ahead) { track_.set_read_ahead(read_ahead); }

  std::int64_t frames_decoded() const { return track_.frames_decoded(); }
  std::int64_t damaged_skipped() const { return track_.damaged_skipped(); }

 private:
  std::optional<DecodedEvent> decoded_from_keyframe_at(Micros attempt, Micros t);
  // Takes the look-ahead, then every frame up to t: the last one taken is shown.
  DecodedEvent advance_to(Micros t);

  std::filesystem::path path_;
  VideoTrack track_;
  std::optional<DecodedEvent> pending_;
  Micros first_frame_time_ = 0;
};

}  // namespace cuepoint::media
