// `cuepoint-author probe VIDEO|LESSON`: what the player's media engine sees in a
// video (a lesson's own, when given a lesson): duration in lesson time, streams,
// codecs, size, frame rate, and how far apart its keyframes are, with a plain
// warning when they are far enough apart to make seeks slow.
#pragma once

#include <CLI/CLI.hpp>

namespace cuepoint::authoring {

// Keyframes further apart than this make an exact seek decode seconds of video.
inline constexpr long long kSlowSeekKeyframeInterval = 5'000'000;  // 5 s

void add_probe_command(CLI::App& app, int& exit_code);

}  // namespace cuepoint::authoring
