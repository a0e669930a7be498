// The clips every exactness test runs on, and the stop/seek times probed in each.
#pragma once

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "engine_frames.hpp"

namespace cuepoint::media::testing {

// Codecs: H.264 with B-frames, HEVC, VP9, AV1, MPEG-4 part 2. Containers: MP4,
// Matroska, WebM, AVI, MPEG-TS. Rates 23.976, 25, 30, 60 and variable; a start time
// of 10 s and of 1.4 s (MPEG-TS); portrait; with an audio track.
inline const std::vector<std::string> kExactnessClips = {
    "h264_bframes_25.mp4", "hevc_30.mkv", "vp9_30.webm",  "av1_23976.mkv",   "mpeg4_25.avi",
    "h264_60.ts",          "vfr.mkv",     "offset10.mkv", "portrait_30.mp4", "with_audio.mp4",
};

// Times exactly on frames, 1 µs before and after them, between two frames, 0, the
// last frame and beyond the end; ascending, no duplicates, none negative.
inline std::vector<Micros> probe_times(const std::vector<ReferenceFrame>& frames) {
  std::set<Micros> times{0};
  const std::size_t n = frames.size();
  for (std::size_t k : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{7}, n / 3, n / 2,
                        2 * n / 3, n - 2, n - 1}) {
    if (k >= n) continue;
    const Micros t = frames[k].time;
    times.insert(t);
    times.insert(t + 1);
    if (t > 0) times.insert(t - 1);
    if (k + 1 < n) times.insert((t + frames[k + 1].time) / 2);
  }
  times.insert(frames.back().time + 5'000'000);
  return {times.begin(), times.end()};
}

// A GoogleTest parameter name for a clip file name ("vp9_30.webm" -> "vp9_30_webm").
inline std::string clip_test_name(const std::string& file) {
  std::string name = file;
  std::replace_if(
      name.begin(), name.end(), [](unsigned char c) { return !std::isalnum(c); }, '_');
  return name;
}

}  // namespace cuepoint::media::testing
