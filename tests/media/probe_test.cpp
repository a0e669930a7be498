// probe() reports what the container says, in lesson time.
#include <gtest/gtest.h>

#include "clip_paths.hpp"
#include "cuepoint/media/playback.hpp"

namespace cuepoint::media::testing {
namespace {

TEST(Probe, H264InMp4) {
  const MediaInfo info = probe(clip("h264_bframes_25.mp4"));
  EXPECT_EQ(info.container, "mov,mp4,m4a,3gp,3g2,mj2");
  EXPECT_EQ(info.video_codec, "h264");
  EXPECT_EQ(info.width, 320);
  EXPECT_EQ(info.height, 240);
  EXPECT_DOUBLE_EQ(info.frame_rate, 25.0);
  EXPECT_NEAR(static_cast<double>(info.duration), 4'000'000.0, 50'000.0);
  EXPECT_EQ(info.start_time, 0);
  EXPECT_FALSE(info.has_audio);
}

TEST(Probe, AudioTrack) {
  const MediaInfo info = probe(clip("with_audio.mp4"));
  EXPECT_TRUE(info.has_audio);
  EXPECT_EQ(info.audio_codec, "aac");
  EXPECT_EQ(info.audio_sample_rate, 44100);
  EXPECT_EQ(info.audio_channels, 1);
}

TEST(Probe, StartTimes) {
  EXPECT_EQ(probe(clip("offset10.mkv")).start_time, 10'000'000);
  EXPECT_NEAR(static_cast<double>(probe(clip("h264_60.ts")).start_time), 1'433'333.0, 20'000.0);
}

TEST(Probe, PortraitAndFractionalRate) {
  const MediaInfo portrait = probe(clip("portrait_30.mp4"));
  EXPECT_EQ(portrait.width, 240);
  EXPECT_EQ(portrait.height, 426);
  const MediaInfo av1 = probe(clip("av1_23976.mkv"));
  EXPECT_EQ(av1.video_codec, "av1");
  EXPECT_NEAR(av1.frame_rate, 24000.0 / 1001.0, 0.001);
}

TEST(Probe, OpenReportsTheSameInfo) {
  const auto path = clip("vp9_30.webm");
  const MediaInfo probed = probe(path);
  const auto playback = Playback::open(path, PlaybackOptions{});
  EXPECT_EQ(playback->info().container, probed.container);
  EXPECT_EQ(playback->info().video_codec, "vp9");
  EXPECT_EQ(playback->info().duration, probed.duration);
}

}  // namespace
}  // namespace cuepoint::media::testing
