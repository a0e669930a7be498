// How far apart a video's keyframes are. An exact seek decodes from the keyframe
// before its target, so the longest stretch without a keyframe bounds how much
// video one seek (a remediation jump, a learner's seek) may have to decode:
// lessons with keyframes many seconds apart seek slowly on cheap devices.
#pragma once

#include <filesystem>

#include "cuepoint/media/playback.hpp"

namespace cuepoint::media {

struct KeyframeSpacing {
  int frames = 0;     // video packets (frames) in the stream
  int keyframes = 0;  // of them flagged as keyframes
  // The longest lesson time from a keyframe to the next one (or to the end of the
  // last frame), and the mean of those intervals.
  Micros longest_interval = 0;
  Micros mean_interval = 0;
  int longest_gop_frames = 0;  // most frames from a keyframe up to the next one
};

// Reads every packet of the video stream (container flags only, no decoding).
// Throws MediaError naming the file.
KeyframeSpacing measure_keyframes(const std::filesystem::path& path);

}  // namespace cuepoint::media
