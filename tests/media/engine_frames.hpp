// The media engine's pictures against the reference decoder (tests/support/reference_decoder.hpp).
#pragma once

#include <string>
#include <vector>

#include "cuepoint/media/playback.hpp"
#include "reference_decoder.hpp"

namespace cuepoint::media::testing {

using cuepoint::testing::expected_index;
using cuepoint::testing::reference_frames;
using cuepoint::testing::ReferenceFrame;

// The reference's digest over what the engine shows.
std::string picture_digest(const Picture& picture);

// Runs update() until something other than FrameShown/Idle happens; checks each
// shown frame is one of the clip's (time and pixels), going forward from
// `last_shown` (updated), and not past `limit`.
PlaybackEvent run_until_event(Playback& playback, const std::vector<ReferenceFrame>& frames, Micros limit,
                              Micros& last_shown);
// The same, going forward from the picture shown now.
PlaybackEvent run_until_event(Playback& playback, const std::vector<ReferenceFrame>& frames, Micros limit);

}  // namespace cuepoint::media::testing
