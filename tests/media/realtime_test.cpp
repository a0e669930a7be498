// Realtime playback on the system clock: at rate 1.0 and 2.0 the stops land on the
// same frames, no frame past a stop is shown, and the end is reported. No timing
// is asserted (the machine is shared); only which frames are shown.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "clip_paths.hpp"
#include "clip_set.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media::testing {
namespace {

class RealtimeRate : public ::testing::TestWithParam<double> {};

TEST_P(RealtimeRate, StopsOnTheSameFramesAsUntimed) {
  const auto path = clip("h264_bframes_25.mp4");
  const std::vector<ReferenceFrame>& frames = reference_frames(path);
  PlaybackOptions options;
  options.clock = ClockMode::Realtime;
  options.rate = GetParam();
  auto playback = Playback::open(path, options);
  EXPECT_EQ(playback->rate(), GetParam());

  Micros last_shown = frames.front().time;
  for (const Micros stop : {frames[5].time, frames[12].time - 1, frames[20].time + 1}) {
    playback->set_stop(stop);
    playback->play();
    const PlaybackEvent event = run_until_event(*playback, frames, stop, last_shown);
    ASSERT_EQ(event.kind, PlaybackEvent::Kind::ReachedStop);
    EXPECT_EQ(event.position, stop);
    EXPECT_EQ(playback->position(), stop);
    const std::size_t index = expected_index(frames, stop);
    EXPECT_EQ(playback->shown()->lesson_time(), frames[index].time);
    EXPECT_EQ(picture_digest(*playback->shown()), frames[index].digest);
  }
  const PlaybackStats stats = playback->stats();
  EXPECT_LE(stats.frames_shown + stats.frames_dropped, stats.frames_decoded);
}

TEST_P(RealtimeRate, ReportsTheEndAfterTheLastFrame) {
  const auto path = clip("h264_bframes_25.mp4");
  const std::vector<ReferenceFrame>& frames = reference_frames(path);
  PlaybackOptions options;
  options.clock = ClockMode::Realtime;
  options.rate = GetParam();
  auto playback = Playback::open(path, options);
  playback->seek(frames[frames.size() - 8].time);
  Micros last_shown = frames[frames.size() - 8].time;
  playback->play();
  const PlaybackEvent event = run_until_event(*playback, frames, frames.back().time, last_shown);
  EXPECT_EQ(event.kind, PlaybackEvent::Kind::EndOfMedia);
  EXPECT_EQ(playback->shown()->lesson_time(), frames.back().time);
  EXPECT_FALSE(playback->playing());
}

TEST_P(RealtimeRate, PauseHoldsTheClock) {
  PlaybackOptions options;
  options.clock = ClockMode::Realtime;
  options.rate = GetParam();
  auto playback = Playback::open(clip("h264_bframes_25.mp4"), options);
  playback->play();
  playback->update(20'000);
  playback->pause();
  const Micros held = playback->position();
  EXPECT_EQ(playback->update(20'000).kind, PlaybackEvent::Kind::Idle);
  EXPECT_EQ(playback->position(), held);
}

TEST_P(RealtimeRate, LateFramesAreDroppedButNeverTheStopFrame) {
  const auto path = clip("h264_bframes_25.mp4");
  const std::vector<ReferenceFrame>& frames = reference_frames(path);
  PlaybackOptions options;
  options.clock = ClockMode::Realtime;
  options.rate = GetParam();
  auto playback = Playback::open(path, options);
  const Micros stop = frames[40].time + 1;
  playback->set_stop(stop);
  playback->play();
  PlaybackEvent event;
  for (int step = 0; step < 10'000; ++step) {
    // A front end too busy to keep up: several frames fall due between updates.
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    event = playback->update(0);
    if (event.kind == PlaybackEvent::Kind::ReachedStop) break;
    if (event.kind == PlaybackEvent::Kind::FrameShown) {
      EXPECT_LE(playback->shown()->lesson_time(), stop);
    }
  }
  ASSERT_EQ(event.kind, PlaybackEvent::Kind::ReachedStop);
  EXPECT_EQ(playback->shown()->lesson_time(), frames[40].time);
  EXPECT_EQ(picture_digest(*playback->shown()), frames[40].digest);
  EXPECT_GT(playback->stats().frames_dropped, 0);
}

INSTANTIATE_TEST_SUITE_P(Rates, RealtimeRate, ::testing::Values(1.0, 2.0),
                         [](const auto& info) { return info.param == 1.0 ? "Normal" : "Double"; });

TEST(PlaybackRate, OutsideTheRangeIsRefused) {
  auto playback = Playback::open(clip("h264_bframes_25.mp4"), PlaybackOptions{});
  EXPECT_THROW(playback->set_rate(0.25), std::invalid_argument);
  EXPECT_THROW(playback->set_rate(2.5), std::invalid_argument);
  playback->set_rate(0.5);
  EXPECT_EQ(playback->rate(), 0.5);
  PlaybackOptions options;
  options.rate = 3.0;
  EXPECT_THROW(Playback::open(clip("h264_bframes_25.mp4"), options), std::invalid_argument);
}

}  // namespace
}  // namespace cuepoint::media::testing
