// Which parts of the video the learner has actually watched (xAPI Video
// Profile `played-segments` and `progress`). Pure bookkeeping in media time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::xapi {

struct Segment {
  lesson::Micros start = 0;
  lesson::Micros end = 0;
  friend bool operator==(const Segment&, const Segment&) = default;
};

class PlayedSegments {
 public:
  // Playback starts (or resumes) at `at`; ignored when already playing.
  void play(lesson::Micros at);
  // Playback stops at `at`, closing the open segment; ignored when not playing.
  void stop(lesson::Micros at);
  // A jump: while playing, closes the segment at `from` and opens one at `to`.
  void seek(lesson::Micros from, lesson::Micros to);
  bool playing() const { return open_start_.has_value(); }

  // Closed segments, sorted and with overlapping or touching ones merged.
  std::vector<Segment> segments() const;
  // Closed segments in the order they were watched, not merged: a part watched
  // twice is in two of them (what a class report counts as rewatching).
  const std::vector<Segment>& watched() const { return closed_; }
  lesson::Micros covered() const;
  // Covered fraction of `length`, 0..1, rounded to 3 decimals; 0 for an unknown length.
  double progress(lesson::Micros length) const;
  // "0.000[.]12.000[,]14.000[.]21.000" (seconds, 3 decimals, merged).
  std::string format() const;

 private:
  std::vector<Segment> closed_;
  std::optional<lesson::Micros> open_start_;
};

}  // namespace cuepoint::xapi
