// The expected frames, from FFmpeg itself: the whole clip decoded once with plain,
// single-threaded libav calls, without seeking, recording each frame's lesson time
// and a digest of its pixels.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "cuepoint/media/playback.hpp"

namespace cuepoint::media::testing {

struct ReferenceFrame {
  Micros time = 0;
  std::string digest;  // MD5 of the visible YUV420P plane bytes
};

// Cached per path: every test of a clip shares one decode.
const std::vector<ReferenceFrame>& reference_frames(const std::filesystem::path& path);

// Index of the frame a stop or seek at t must show: the last frame <= t, else the first.
std::size_t expected_index(const std::vector<ReferenceFrame>& frames, Micros t);

// The same digest over what the engine shows.
std::string picture_digest(const Picture& picture);

// Runs update() until something other than FrameShown/Idle happens; checks each
// shown frame is one of the clip's (time and pixels), going forward from
// `last_shown` (updated), and not past `limit`.
PlaybackEvent run_until_event(Playback& playback, const std::vector<ReferenceFrame>& frames, Micros limit,
                              Micros& last_shown);
// The same, going forward from the picture shown now.
PlaybackEvent run_until_event(Playback& playback, const std::vector<ReferenceFrame>& frames, Micros limit);

}  // namespace cuepoint::media::testing
