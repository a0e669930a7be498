// The cue timing lines of a WebVTT or SRT file ("00:01.000 --> 00:04.000"), found
// in the file's own text. FFmpeg reads the cues; this is only there to say where
// and why, when what FFmpeg read does not add up: its WebVTT demuxer silently stops
// at the first timing it cannot read, its SRT demuxer takes such a line as text of
// the cue before.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cuepoint/lesson/model.hpp"

namespace cuepoint::captions {

struct TimingLine {
  int line = 0;      // 1-based line number in the file
  std::string text;  // the line, without its line break
  std::optional<lesson::Micros> start, end;
  std::string problem;  // why a time cannot be read ("" when both can)
};

// Every line holding "-->" (the one thing a cue timing line has and cue text,
// WebVTT notes and styles may not), in file order. Times are [hh:]mm:ss.ttt, with
// a ',' or '.' before the milliseconds.
std::vector<TimingLine> find_timing_lines(std::string_view file_text);

// The line of the first WebVTT STYLE or REGION block: FFmpeg 5.1's WebVTT demuxer
// takes it for a cue, cannot read its timing and silently drops every cue after it.
std::optional<int> find_style_block(std::string_view file_text);

}  // namespace cuepoint::captions
