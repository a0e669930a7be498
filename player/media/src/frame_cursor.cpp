#include "frame_cursor.hpp"

#include <algorithm>

#include "av_error.hpp"

namespace cuepoint::media {
namespace {

// How far before the target to retry when a demuxer's seek lands after it
// (MPEG-TS, some AVI): doubled on each attempt until the start of the file.
constexpr Micros kFirstSeekBackoff = 1'000'000;

}  // namespace

FrameCursor::FrameCursor(const std::filesystem::path& path) : path_(path), track_(path) {
  const DecodedEvent* first = peek();
  if (first->kind != DecodedEvent::Kind::Frame)
    throw_media_error(MediaError::Kind::Damaged, path, "no decodable video frames");
  first_frame_time_ = first->time;
}

const DecodedEvent* FrameCursor::peek(std::optional<std::chrono::microseconds> timeout) {
  if (!pending_) {
    pending_ = track_.next(timeout);
    if (!pending_) return nullptr;
  }
  if (pending_->kind == DecodedEvent::Kind::Failure) throw *pending_->error;
  return &*pending_;
}

DecodedEvent FrameCursor::take() {
  DecodedEvent taken = std::move(*pending_);
  pending_.reset();
  return taken;
}

// Decodes from the keyframe at or before `attempt`; nullopt when that landed after
// t (or on no frame at all) and an earlier attempt is worth making.
std::optional<DecodedEvent> FrameCursor::decoded_from_keyframe_at(Micros attempt, Micros t) {
  pending_.reset();
  // Read-ahead stays as it is: paused, the decoder works only while this waits for
  // frames, so it stops once the look-ahead is out.
  track_.seek(attempt, t);
  const DecodedEvent* first = peek();
  const bool can_go_earlier = attempt > 0;
  if (first->kind == DecodedEvent::Kind::End) {
    if (can_go_earlier) return std::nullopt;
    throw_media_error(MediaError::Kind::Damaged, path_, "no decodable video frames");
  }
  // Landed after t, or on a frame whose time can only be inferred from earlier ones.
  const bool too_late = !first->timed || (first->time > t && first->time > first_frame_time_);
  if (too_late && can_go_earlier) return std::nullopt;

  return advance_to(t);
}

DecodedEvent FrameCursor::advance_to(Micros t) {
  DecodedEvent shown = take();
  // Frames come in presentation order: keep the last one <= t, stop at the one after.
  for (const DecodedEvent* next = peek(); next->kind == DecodedEvent::Kind::Frame && next->time <= t;
       next = peek()) {
    shown = take();
  }
  return shown;
}

DecodedEvent FrameCursor::start() {
  peek();
  return advance_to(0);
}

DecodedEvent FrameCursor::seek(Micros t) {
  Micros backoff = kFirstSeekBackoff;
  for (Micros attempt = std::max<Micros>(t, 0);; attempt = std::max<Micros>(t - backoff, 0), backoff *= 2) {
    if (std::optional<DecodedEvent> shown = decoded_from_keyframe_at(attempt, t)) return std::move(*shown);
  }
}

}  // namespace cuepoint::media
