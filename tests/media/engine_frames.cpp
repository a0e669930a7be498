#include "engine_frames.hpp"

#include <stdexcept>

#include <gtest/gtest.h>

namespace cuepoint::media::testing {

std::string picture_digest(const Picture& picture) {
  if (picture.layout() != PixelLayout::YUV420P) throw std::runtime_error("picture_digest expects YUV420P");
  const std::uint8_t* planes[3];
  int pitches[3];
  for (int i = 0; i < 3; ++i) {
    planes[i] = picture.plane(i).data;
    pitches[i] = picture.plane(i).pitch;
  }
  return cuepoint::testing::yuv420p_digest(planes, pitches, picture.width(), picture.height());
}

PlaybackEvent run_until_event(Playback& playback, const std::vector<ReferenceFrame>& frames, Micros limit,
                              Micros& last_shown) {
  for (int step = 0; step < 1'000'000; ++step) {
    const PlaybackEvent event = playback.update(20'000);
    if (event.kind == PlaybackEvent::Kind::Idle) continue;
    if (event.kind != PlaybackEvent::Kind::FrameShown) return event;
    const Picture shown = *playback.shown();
    EXPECT_LE(shown.lesson_time(), limit) << "a frame past the stop was shown";
    EXPECT_GT(shown.lesson_time(), last_shown) << "frames must go forward";
    const std::size_t index = expected_index(frames, shown.lesson_time());
    EXPECT_EQ(frames[index].time, shown.lesson_time());
    EXPECT_EQ(picture_digest(shown), frames[index].digest);
    last_shown = shown.lesson_time();
  }
  ADD_FAILURE() << "realtime playback never reached an event";
  return {};
}

PlaybackEvent run_until_event(Playback& playback, const std::vector<ReferenceFrame>& frames, Micros limit) {
  Micros last_shown = playback.shown()->lesson_time();
  return run_until_event(playback, frames, limit, last_shown);
}

}  // namespace cuepoint::media::testing
