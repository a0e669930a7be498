// Realtime playback with the audio track as master clock (Null output: paced like a
// device, no sound card needed): stops land on the exact frames, the clock sits at
// the stop, the end comes after the last frame and the drained audio.
#include <gtest/gtest.h>

#include "clip_paths.hpp"
#include "clip_set.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media::testing {
namespace {

PlaybackOptions audio_clocked(double rate) {
  PlaybackOptions options;
  options.clock = ClockMode::Realtime;
  options.audio = AudioOutput::Null;
  options.rate = rate;
  return options;
}

class AudioClocked : public ::testing::TestWithParam<double> {};

TEST_P(AudioClocked, StopsOnExactFramesAndReachesTheEnd) {
  const auto path = clip("with_audio.mp4");
  const std::vector<ReferenceFrame>& frames = reference_frames(path);
  auto playback = Playback::open(path, audio_clocked(GetParam()));
  ASSERT_TRUE(playback->info().has_audio);

  for (const Micros stop : {frames[6].time, frames[15].time - 1, frames[30].time + 1}) {
    playback->set_stop(stop);
    playback->play();
    const PlaybackEvent event = run_until_event(*playback, frames, stop);
    ASSERT_EQ(event.kind, PlaybackEvent::Kind::ReachedStop);
    EXPECT_EQ(event.position, stop);
    EXPECT_EQ(playback->position(), stop);
    const std::size_t index = expected_index(frames, stop);
    EXPECT_EQ(playback->shown()->lesson_time(), frames[index].time);
    EXPECT_EQ(picture_digest(*playback->shown()), frames[index].digest);
  }
  // Remediation: back to an earlier point, then on to the end.
  playback->seek(frames[frames.size() - 10].time);
  playback->play();
  const PlaybackEvent end = run_until_event(*playback, frames, frames.back().time);
  EXPECT_EQ(end.kind, PlaybackEvent::Kind::EndOfMedia);
  EXPECT_EQ(playback->shown()->lesson_time(), frames.back().time);

  const PlaybackStats stats = playback->stats();
  EXPECT_GT(stats.frames_shown, 0);
  EXPECT_GE(stats.av_offset_p99_ms, stats.av_offset_p50_ms);
}

INSTANTIATE_TEST_SUITE_P(Rates, AudioClocked, ::testing::Values(1.0, 2.0),
                         [](const auto& info) { return info.param == 1.0 ? "Normal" : "Double"; });

TEST(AudioClocked, AVideoWithoutAudioFallsBackToTheSystemClock) {
  const auto path = clip("h264_bframes_25.mp4");
  const std::vector<ReferenceFrame>& frames = reference_frames(path);
  auto playback = Playback::open(path, audio_clocked(2.0));
  EXPECT_FALSE(playback->info().has_audio);
  playback->set_stop(frames[10].time);
  playback->play();
  EXPECT_EQ(run_until_event(*playback, frames, frames[10].time).kind, PlaybackEvent::Kind::ReachedStop);
  EXPECT_EQ(playback->shown()->lesson_time(), frames[10].time);
}

}  // namespace
}  // namespace cuepoint::media::testing
