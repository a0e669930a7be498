// measure_keyframes() reads the keyframe flags of every video packet.
#include <gtest/gtest.h>

#include "clip_paths.hpp"
#include "cuepoint/media/keyframes.hpp"

namespace cuepoint::media::testing {
namespace {

TEST(Keyframes, SixSecondGopIsMeasuredExactly) {
  // 12 s at 25 fps, a keyframe every 150 frames and no others (make_clips.sh).
  const KeyframeSpacing spacing = measure_keyframes(clip("long_gop.mp4"));
  EXPECT_EQ(spacing.frames, 300);
  EXPECT_EQ(spacing.keyframes, 2);
  EXPECT_EQ(spacing.longest_gop_frames, 150);
  EXPECT_EQ(spacing.longest_interval, 6'000'000);
  EXPECT_EQ(spacing.mean_interval, 6'000'000);
}

TEST(Keyframes, ShortGopStaysWithinItsLimit) {
  // Encoded with -g 25 at 25 fps: never more than 25 frames (1 s) between keyframes.
  const KeyframeSpacing spacing = measure_keyframes(clip("h264_bframes_25.mp4"));
  EXPECT_EQ(spacing.frames, 100);
  EXPECT_GE(spacing.keyframes, 4);
  EXPECT_LE(spacing.longest_gop_frames, 25);
  EXPECT_LE(spacing.longest_interval, 1'000'000);
  EXPECT_GT(spacing.longest_interval, 0);
}

TEST(Keyframes, NotAVideoIsAMediaError) {
  EXPECT_THROW(measure_keyframes(clip("not_media.mp4")), MediaError);
  EXPECT_THROW(measure_keyframes(clip("audio_only.m4a")), MediaError);
}

}  // namespace
}  // namespace cuepoint::media::testing
