// A lesson's caption track: the cues of one WebVTT or SRT file, read through
// libavformat's `webvtt`/`srt` demuxers and libavcodec's subtitle decoders, as plain
// text the window draws above its control bar.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::captions {

// A file larger than this or with more cues is refused: a lesson's captions are a few
// hundred kilobytes, and each cue is kept in memory for the whole lesson.
inline constexpr std::uintmax_t kMaxCaptionsFileBytes = std::uintmax_t{8} * 1024 * 1024;
inline constexpr std::size_t kMaxCaptionCues = 20000;

struct CaptionCue {
  lesson::Micros start = 0;  // shown from here (inclusive)
  lesson::Micros end = 0;    // until here (exclusive); always after start
  std::string text;          // plain UTF-8 (styling removed), lines joined by '\n'; never empty
  bool operator==(const CaptionCue&) const = default;
};

// Every problem with a captions file: the message names the file, and the line, cue
// number or cue time where there is one ("a.vtt:7: cue 2: ...").
class CaptionsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class CaptionTrack {
 public:
  // Reads a WebVTT or SRT file (UTF-8, with or without a byte-order mark, LF or CRLF).
  // Throws CaptionsError for a missing, empty, oversized or unrecognised file, a cue
  // timing FFmpeg could not read, a cue that ends before it starts, too many cues, or
  // a file without cues.
  static CaptionTrack load(const std::filesystem::path& file);

  // Builds a track from cues already read (tests, other sources): sorted by start
  // (stable, so equal starts keep their order). Throws std::invalid_argument for a
  // cue whose end is not after its start.
  explicit CaptionTrack(std::vector<CaptionCue> cues);

  // Sorted by start; overlapping cues are kept (both are shown).
  const std::vector<CaptionCue>& cues() const { return cues_; }

  // The text of every cue active at t (start <= t < end), in start order, joined by
  // '\n'; "" when none. O(log n) per active cue.
  std::string text_at(lesson::Micros t) const;

 private:
  std::vector<CaptionCue> cues_;
  std::vector<lesson::Micros> starts_;   // cues_[i].start, for the binary search
  std::vector<lesson::Micros> max_end_;  // segment tree over cues_[i].end: the latest end in each node
  std::size_t leaves_ = 0;               // leaf count of max_end_ (a power of two)
};

}  // namespace cuepoint::captions
