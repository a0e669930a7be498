// The expected frames of a clip, from FFmpeg itself: the whole video stream decoded
// once (stream_decoder.hpp), recording each frame's lesson time and a digest of its
// pixels. The one reference decoder of the tests: the media engine's pictures are
// compared with the digests, the players' frame times with the times
// (clip_fixture.hpp adds FFmpeg's RGB conversion of the same frames).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cuepoint::testing {

struct ReferenceFrame {
  std::int64_t time = 0;  // lesson time (media time minus the container start), microseconds
  std::string digest;     // MD5 of the visible YUV420P plane bytes; empty for other pixel formats
  // FFmpeg decoded it from damaged data (it concealed errors, or flagged it corrupt):
  // how such a frame looks depends on the decoder's threading, so only its time is exact.
  bool damaged = false;
};

// Every frame in presentation order. Cached per path: every test of a clip shares one decode.
const std::vector<ReferenceFrame>& reference_frames(const std::filesystem::path& path);

// Index of the frame a stop or seek at t must show: the last frame <= t, else the first.
std::size_t expected_index(const std::vector<ReferenceFrame>& frames, std::int64_t t);

// MD5 of the visible bytes of three YUV420P planes (what `digest` holds).
std::string yuv420p_digest(const std::uint8_t* const planes[3], const int pitches[3], int width, int height);

}  // namespace cuepoint::testing
